#ifndef CPCRE2_SHIM_H
#define CPCRE2_SHIM_H
/* Must come before pcre2.h: selects the 8-bit library, so Swift sees pcre2_*_8. */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#endif
