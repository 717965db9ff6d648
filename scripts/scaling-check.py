#!/usr/bin/env python3
"""Worst-case input shapes: does the time of `quotes extract` grow linearly with their size?

Each shape (unclosed Markdown brackets, HTML with a stray NUL, one paragraph of many quotes and no full stop,
many people sharing a surname, ...) is written at N and 4 N bytes and run with one job; the best of three runs
is kept. Linear growth gives a ratio near 4, quadratic near 16. Exits 1 when a ratio passes --fail (default 10).

    python3 scripts/scaling-check.py [--binary .build/release/quotes] [--size 400000]
"""
import argparse, os, subprocess, sys, tempfile, time

SHAPES = {
    # Markdown: runs that never close.
    "md_brackets.md": lambda n: "[a " * (n // 3),
    "md_link_targets.md": lambda n: "[a](b " * (n // 6),
    "md_comments.md": lambda n: "<!-- a " * (n // 7),
    "md_backticks.md": lambda n: "`a " * (n // 3),
    "md_emphasis.md": lambda n: "*a " * (n // 3),
    "md_angles.md": lambda n: "<a " * (n // 3),
    # HTML: text libxml2 rewrites, tags and comments that never end, deep nesting.
    "html_nul.html": lambda n: "a" * n + "\0b",
    "html_tags.html": lambda n: "<p>" + "<a " * (n // 3),
    "html_comments.html": lambda n: "<p>" + "<!-- a " * (n // 7),
    "html_entities.html": lambda n: "<p>" + "&a " * (n // 3),
    "html_nesting.html": lambda n: "<div>" * (n // 5),
    # Text: one paragraph, no full stop, many quotes and names.
    "txt_label_colons.txt": lambda n: "".join('Smith%d: "x" ' % k for k in range(n // 14)),
    "txt_shared_surname.txt": lambda n: "".join('"Point %d," Name%d Smith said, ' % (k, k % 500) for k in range(n // 30)),
    "txt_pronouns.txt": lambda n: '"Point," he said, "more," she added, ' * (n // 36),
    "txt_open_quote.txt": lambda n: "\u201c" + "word " * (n // 5),
    "txt_straight_quotes.txt": lambda n: '"a ' * (n // 3),
    "txt_alternating.txt": lambda n: "\u201ca\u201d " * (n // 4),
    "txt_nested.txt": lambda n: "\u201ca \u2018b \u201cc \u2018d " * (n // 12),
    "txt_according.txt": lambda n: "".join('according to Officials%d, "x" ' % k for k in range(n // 30)),
    "txt_dashes.txt": lambda n: "".join('"x" \u2014 Smith%d, ' % k for k in range(n // 16)),
    "txt_titles.txt": lambda n: "".join("the foreign minister of State%d told the President " % k for k in range(n // 50)),
    "txt_no_spaces.txt": lambda n: "a" * n,
    "txt_dialogue_lines.txt": lambda n: "".join('"Line %d."\n' % k for k in range(n // 12)),
    "txt_headlines.txt": lambda n: "".join("Smith%d Says Things\n\n" % k for k in range(n // 20)),
}


def best_time(binary, path, runs=3):
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([binary, "extract", "--jobs", "1", "--quiet", path], stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, check=False)
        best = min(best, time.perf_counter() - start)
    return best


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--binary", default=".build/release/quotes")
    parser.add_argument("--size", type=int, default=400_000, help="N, in characters")
    parser.add_argument("--fail", type=float, default=10.0, help="the largest ratio accepted")
    args = parser.parse_args()
    worst = 0.0
    with tempfile.TemporaryDirectory() as folder:
        print("%-26s %9s %9s %7s" % ("shape", "N", "4 N", "ratio"))
        for name, make in SHAPES.items():
            times = []
            for size in (args.size, 4 * args.size):
                path = os.path.join(folder, name)
                with open(path, "w", encoding="utf-8") as f:
                    f.write(make(size))
                times.append(best_time(args.binary, path))
            ratio = times[1] / max(times[0], 1e-3)
            worst = max(worst, ratio)
            flag = "  <- superlinear" if ratio > args.fail else ""
            print("%-26s %8.3fs %8.3fs %7.1f%s" % (name, times[0], times[1], ratio, flag))
    print("worst ratio %.1f (linear is about 4, quadratic 16)" % worst)
    return 1 if worst > args.fail else 0


if __name__ == "__main__":
    sys.exit(main())
