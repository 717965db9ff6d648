#!/usr/bin/env python3
"""Measures two facts of a JSON Lines set that bound what a faster design of the analysis could gain.

1. The share of text bytes in paragraphs with no quotation mark near them: the most that a design analysing only
   the text around quotes could skip.
2. The share of tokens that are the first of their text in their document: the work a per-document vocabulary
   (`Narration.Vocabulary`) does for a new word (lexicon lookup, insert, text) rather than for a repeat.

Usage: scripts/text-shape.py SET.jsonl [SET.jsonl ...]   (reads each line's "text"; Python standard library only)
The marks and tokens are approximations (straight and curly double quotes, guillemets; words and single
punctuation marks), not what `quotes` detects.
"""
import json
import re
import sys

MARKS = re.compile('["\u201c\u201d\u00ab\u00bb]')
TOKENS = re.compile(r"\w+|[^\w\s]")
# Paragraphs before and after a paragraph that are read as its neighbourhood.
WINDOWS = {"1 before, 1 after": (1, 1), "3 before": (3, 0), "2 before, 2 after": (2, 2)}


def shape(path):
    total = 0
    far = dict.fromkeys(WINDOWS, 0)
    documents = tokens = first = 0
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            text = json.loads(line)["text"]
            documents += 1
            words = TOKENS.findall(text.lower())
            tokens += len(words)
            first += len(set(words))
            paragraphs = [p for p in text.split("\n") if p.strip()]
            marked = [bool(MARKS.search(p)) for p in paragraphs]
            for i, paragraph in enumerate(paragraphs):
                size = len(paragraph.encode("utf-8")) + 1
                total += size
                for name, (before, after) in WINDOWS.items():
                    if not any(marked[max(0, i - before): i + after + 1]):
                        far[name] += size
    print(f"{path}: {documents} documents, {total} text bytes, {tokens / max(documents, 1):.0f} tokens a document")
    for name in WINDOWS:
        print(f"  bytes with no quote mark in the paragraph or {name}: {100 * far[name] / max(total, 1):.1f} %")
    print(f"  tokens that are the first of their text in the document: {100 * first / max(tokens, 1):.1f} %")


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    for argument in sys.argv[1:]:
        shape(argument)
