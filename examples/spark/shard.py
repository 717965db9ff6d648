#!/usr/bin/env python3
"""Write articles as a set of JSON Lines shards (for the Spark example).

    shard.py --shards 4 --out DIR INPUTS...

An input ending in .jsonl contributes its lines (one article each, kept as
they are); any other file is one article, {"document": path, "text": content},
the document id `quotes extract FILE` would give it. Articles are dealt out
round-robin to DIR/shard-00000.jsonl, DIR/shard-00001.jsonl, ...
"""
import argparse
import json
import os


def articles(paths):
    for path in paths:
        with open(path, encoding="utf-8") as f:
            if path.endswith(".jsonl"):
                yield from (line.rstrip("\n") for line in f if line.strip())
            else:
                yield json.dumps({"document": path, "text": f.read()}, ensure_ascii=False)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shards", type=int, default=2)
    parser.add_argument("--out", required=True)
    parser.add_argument("inputs", nargs="+")
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    shards = [open(os.path.join(args.out, "shard-%05d.jsonl" % i), "w", encoding="utf-8")
              for i in range(args.shards)]
    count = 0
    for count, line in enumerate(articles(args.inputs), 1):
        shards[(count - 1) % args.shards].write(line + "\n")
    for shard in shards:
        shard.close()
    print("shard.py: %d articles in %d shards under %s" % (count, args.shards, args.out))


if __name__ == "__main__":
    main()
