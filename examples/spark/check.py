#!/usr/bin/env python3
"""Checks the Spark job against one plain `quotes extract` run.

    check.py --binary /abs/path/to/quotes --out OUT INPUTS...

Runs `quotes extract` once over the same inputs (local .jsonl files, folders
or globs, as given to quotes_job.py), counts quotes and documents per speaker
in plain Python and exits 1 unless OUT/speakers.jsonl, OUT/speakers.csv and
OUT/summary.json say exactly the same, in the same order.
"""
import argparse
import csv
import glob
import json
import os
import subprocess
import sys
import time


def input_files(args):
    files = []
    for p in args:
        pattern = p if p.endswith(".jsonl") or any(c in p for c in "*?[") else os.path.join(p, "*.jsonl")
        files += sorted(f for f in glob.glob(pattern) if not os.path.basename(f).startswith(("_", ".")))
    return files


def expected(binary, files):
    out = subprocess.run([binary, "extract", *files], check=True, capture_output=True, text=True).stdout
    quotes, docs, summary = {}, {}, {"documents": 0, "documents_without_quotes": 0,
                                     "quotes": 0, "quotes_without_speaker": 0}
    ids = set()
    for line in out.splitlines():
        if not line.strip():
            continue
        doc = json.loads(line)
        speakers = [q.get("speaker") for q in doc["quotes"]]
        ids.add(doc["document"])
        summary["documents"] += 1
        summary["documents_without_quotes"] += not speakers
        summary["quotes"] += len(speakers)
        summary["quotes_without_speaker"] += speakers.count(None)
        for s in speakers:
            if s is not None:
                quotes[s] = quotes.get(s, 0) + 1
                docs.setdefault(s, set()).add(doc["document"])
    summary["distinct_documents"] = len(ids)
    summary["speakers"] = len(quotes)
    rows = [{"speaker": s, "quotes": n, "documents": len(docs[s])} for s, n in quotes.items()]
    rows.sort(key=lambda r: (-r["quotes"], r["speaker"]))
    return rows, summary


def part_lines(folder):
    lines = []
    for part in sorted(glob.glob(os.path.join(folder, "part-*"))):
        with open(part, encoding="utf-8") as f:
            lines += f.read().splitlines()
    return lines


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--binary", required=True)
    parser.add_argument("--out", required=True, help="the output folder of quotes_job.py")
    parser.add_argument("inputs", nargs="+")
    args = parser.parse_args()
    started = time.monotonic()

    files = input_files(args.inputs)
    if not files:
        sys.exit("check.py: no .jsonl input files")
    rows, summary = expected(os.path.abspath(args.binary), files)

    spark_rows = [json.loads(line) for line in part_lines(os.path.join(args.out, "speakers.jsonl"))]
    csv_rows = [{"speaker": r["speaker"], "quotes": int(r["quotes"]), "documents": int(r["documents"])}
                for r in csv.DictReader(part_lines(os.path.join(args.out, "speakers.csv")))]
    with open(os.path.join(args.out, "summary.json"), encoding="utf-8") as f:
        spark_summary = json.load(f)

    problems = []
    for name, got in (("speakers.jsonl", spark_rows), ("speakers.csv", csv_rows)):
        if got != rows:
            diff = next((i for i, (a, b) in enumerate(zip(got, rows)) if a != b), min(len(got), len(rows)))
            problems.append("%s differs from plain Python at row %d: spark %s, python %s (%d vs %d rows)" % (
                name, diff, got[diff] if diff < len(got) else None, rows[diff] if diff < len(rows) else None,
                len(got), len(rows)))
    for key, value in summary.items():
        if spark_summary.get(key) != value:
            problems.append("summary %s: spark %s, python %s" % (key, spark_summary.get(key), value))
    if problems:
        print("check.py: FAILED\n  " + "\n  ".join(problems), file=sys.stderr)
        sys.exit(1)
    print("check.py: OK: %d speakers, %d quotes (%d without speaker), %d documents (%d without quotes) "
          "from %d files; Spark and plain Python agree (%.1f s)" % (
              summary["speakers"], summary["quotes"], summary["quotes_without_speaker"],
              summary["documents"], summary["documents_without_quotes"], len(files), time.monotonic() - started))


if __name__ == "__main__":
    main()
