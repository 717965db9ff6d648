#!/usr/bin/env python3
"""Writes Sources/QuoteAttribution/Evaluation/CompatibilityDecomposition.swift from Python's `unicodedata`.

The Swift file holds every code point whose NFKD form differs from itself, except the Hangul syllables
U+AC00...U+D7A3 (decomposed by formula in Swift), one line per code point: the code point in hex, then the
scalars of its full NFKD decomposition in hex, separated by spaces. `SpeakerMatcher` uses it to reproduce
`score.py`'s `unicodedata.normalize("NFKD", s)` without Foundation. Rerun with the `python3` that runs
`score.py` whenever its Unicode version changes (a test checks they agree):

    python3 scripts/unicode-nfkd.py [--output PATH]
"""
import argparse, os, sys, unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_OUTPUT = os.path.join(ROOT, "Sources/QuoteAttribution/Evaluation/CompatibilityDecomposition.swift")
HANGUL = range(0xAC00, 0xD7A4)
SURROGATES = range(0xD800, 0xE000)


def entries():
    """(code point, NFKD scalars) for every code point whose NFKD differs, Hangul syllables excluded."""
    for cp in range(0x110000):
        if cp in HANGUL or cp in SURROGATES:
            continue
        c = chr(cp)
        d = unicodedata.normalize("NFKD", c)
        if d != c:
            yield cp, [ord(x) for x in d]


def render(table):
    lines = "\n".join("%X %s" % (cp, " ".join("%X" % s for s in d)) for cp, d in table)
    return f'''// swift-format-ignore-file
// GENERATED FILE: DO NOT EDIT. Regenerate with `python3 scripts/unicode-nfkd.py`.
// From Unicode {unicodedata.unidata_version} (Python {sys.version.split()[0]} `unicodedata`): {len(table)} code points
// whose NFKD form differs from themselves, Hangul syllables U+AC00...U+D7A3 excluded.

/// Python's `unicodedata` NFKD table, as text parsed on first use (see `CompatibilityDecomposition+Lookup.swift`).
enum CompatibilityDecomposition {{
    /// The Unicode version the table was generated from (Python's `unicodedata.unidata_version`).
    static let unicodeVersion = "{unicodedata.unidata_version}"

    /// One line per code point: its hex value, then the hex scalars of its full NFKD decomposition.
    static let table = """
{lines}
"""
}}
'''


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", default=DEFAULT_OUTPUT)
    args = parser.parse_args()
    table = list(entries())
    text = render(table)
    with open(args.output, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    print(f"{args.output}: {len(table)} entries, {len(text.encode())} bytes, Unicode {unicodedata.unidata_version}")


if __name__ == "__main__":
    main()
