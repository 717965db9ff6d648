#!/usr/bin/env python3
"""Per-speaker quote counts over JSON Lines shards, with Spark.

    quotes_job.py --binary /abs/path/to/quotes --out OUT [--master local[2]] INPUTS...

INPUTS are .jsonl files, folders (every *.jsonl inside) or globs, on any file
system Spark reads. Each partition of article lines is piped through
`quotes extract` (RDD.pipe); its output lines, {"document", "quotes": [...]},
become per-speaker counts:

    OUT/speakers.jsonl/part-*   {"speaker": ..., "quotes": N, "documents": M}
    OUT/speakers.csv/part-*     speaker,quotes,documents (with a header)
    OUT/summary.json            documents, documents without quotes, quotes, ...

sorted by quotes (desc), then speaker. A top-20 table is
printed. Quotes without a speaker are counted in the summary only.
"""
import argparse
import json
import os
import shlex
import sys
import time

from pyspark.sql import SparkSession
from pyspark.sql import functions as F
from pyspark.sql.types import LongType, StringType, StructField, StructType

# Run by RDD.pipe with /bin/sh for each partition; $1 is the quotes binary.
# Uses `extract --input-format jsonl -` when the binary has it; otherwise writes
# the partition to a temporary .jsonl file and runs `extract FILE`. One job per
# task (`--jobs 1`): Spark already runs a task on each of its cores, and a
# default of all the machine's cores in every task would oversubscribe them.
WRAPPER = r"""
q=$1
if "$q" extract --help 2>/dev/null | grep -q -e '--input-format'; then
  exec "$q" extract --jobs 1 --input-format jsonl -
fi
d=$(mktemp -d) || exit 1
trap 'rm -rf "$d"' EXIT
cat > "$d/part.jsonl" || exit 1
[ -s "$d/part.jsonl" ] || exit 0
"$q" extract --jobs 1 "$d/part.jsonl"
"""

SCHEMA = StructType([
    StructField("speaker", StringType(), False),
    StructField("quotes", LongType(), False),
    StructField("documents", LongType(), False),
])


def input_paths(args):
    """foo.jsonl and globs stay as they are; anything else is a folder of *.jsonl."""
    return [p if p.endswith(".jsonl") or any(c in p for c in "*?[") else p.rstrip("/") + "/*.jsonl"
            for p in args]


def pipe_command(binary):
    # Piped programs get an empty environment: absolute paths only, and our own PATH.
    # A path like ./quotes is left as it is: each executor resolves it in its working
    # directory, where `spark-submit --files` puts shipped files (YARN, standalone, k8s).
    if not binary.startswith("./"):
        binary = os.path.abspath(binary)
    return "/bin/sh -c %s quotes-pipe %s" % (shlex.quote(WRAPPER), shlex.quote(binary))


def parse(line):
    """One output line -> (document, [speaker or None per quote])."""
    doc = json.loads(line)
    return doc["document"], [q.get("speaker") for q in doc.get("quotes") or []]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--binary", required=True, help="the quotes binary, absolute path on every node (or ./NAME with --files)")
    parser.add_argument("--out", required=True, help="output folder (replaced)")
    parser.add_argument("--master", help="e.g. local[2]; default: what spark-submit says")
    parser.add_argument("--partitions", type=int, help="repartition the articles into N partitions first")
    parser.add_argument("--top", type=int, default=20)
    parser.add_argument("inputs", nargs="+")
    args = parser.parse_args()
    started = time.monotonic()

    builder = SparkSession.builder.appName("quotes-speakers").config("spark.ui.showConsoleProgress", "false")
    if args.master:
        builder = builder.master(args.master)
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("WARN")
    sc = spark.sparkContext

    articles = sc.textFile(",".join(input_paths(args.inputs))).filter(lambda line: line.strip())
    if args.partitions:
        articles = articles.repartition(args.partitions)
    docs = (articles.pipe(pipe_command(args.binary), env={"PATH": "/usr/bin:/bin"}, checkCode=True)
            .filter(lambda line: line.strip())
            .map(parse)
            .cache())

    # Totals; a document without quotes counts here and nowhere else.
    n_docs, n_empty, n_quotes, n_unattributed = docs.map(
        lambda d: (1, int(not d[1]), len(d[1]), sum(s is None for s in d[1]))
    ).fold((0, 0, 0, 0), lambda a, b: tuple(x + y for x, y in zip(a, b)))
    summary = {
        "input_articles": articles.count(),
        "documents": n_docs,
        "distinct_documents": docs.keys().distinct().count(),
        "documents_without_quotes": n_empty,
        "quotes": n_quotes,
        "quotes_without_speaker": n_unattributed,
        "partitions": articles.getNumPartitions(),
    }

    # speaker -> (quotes, documents)
    pairs = docs.flatMap(lambda d: [(s, d[0]) for s in d[1] if s is not None])
    per_speaker = (pairs.aggregateByKey((0, set()),
                                        lambda acc, doc: (acc[0] + 1, acc[1] | {doc}),
                                        lambda a, b: (a[0] + b[0], a[1] | b[1]))
                   .map(lambda kv: (kv[0], kv[1][0], len(kv[1][1]))))
    table = (spark.createDataFrame(per_speaker, SCHEMA)
             .repartition(1)
             .sortWithinPartitions(F.desc("quotes"), F.asc("speaker"))
             .cache())
    summary["speakers"] = table.count()

    out = args.out.rstrip("/")
    table.write.mode("overwrite").json(out + "/speakers.jsonl")
    (table.write.mode("overwrite").option("header", True).option("escape", '"')  # RFC 4180 quoting
     .option("ignoreLeadingWhiteSpace", False).option("ignoreTrailingWhiteSpace", False)
     .csv(out + "/speakers.csv"))
    text = json.dumps(summary, indent=2, sort_keys=True) + "\n"
    if "://" not in out:  # local folder: write the summary too
        with open(os.path.join(out, "summary.json"), "w", encoding="utf-8") as f:
            f.write(text)

    print("summary: " + json.dumps(summary, sort_keys=True))
    if summary["documents"] != summary["input_articles"]:
        print("warning: %d input articles but %d output documents (malformed lines are skipped)"
              % (summary["input_articles"], summary["documents"]), file=sys.stderr)
    top = table.take(args.top)
    width = max([7] + [len(r.speaker) for r in top])
    print("\n%-*s  %6s  %9s" % (width, "speaker", "quotes", "documents"))
    for r in top:
        print("%-*s  %6d  %9d" % (width, r.speaker, r.quotes, r.documents))
    print("(%d speakers; written to %s/speakers.jsonl and %s/speakers.csv in %.1f s)"
          % (summary["speakers"], out, out, time.monotonic() - started))
    spark.stop()


if __name__ == "__main__":
    main()
