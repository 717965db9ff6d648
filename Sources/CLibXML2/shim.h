#ifndef CLIBXML2_SHIM_H
#define CLIBXML2_SHIM_H
#include <libxml/xmlversion.h>
/* libxml2's encoding.h pulls in the system ICU headers when built with ICU; their UErrorCode
   clashes with Foundation's bundled ICU in any module that imports both. Only the ICU converter
   fields of xmlCharEncodingHandler depend on it, and Swift code never touches that struct. */
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#endif
