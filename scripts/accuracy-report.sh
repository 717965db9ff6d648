#!/usr/bin/env bash
# Regenerates the figures of docs/ACCURACY.md and prints them as Markdown tables, ready to paste.
#
#   scripts/accuracy-report.sh                 # all three sets
#   SETS="polnear/dev" scripts/accuracy-report.sh
#
# For each gold set of ../shared/eval/data it builds the release binary, then runs
#   quotes eval GOLD --rules --reliability            (the analyzer runs itself when PRED is omitted; --json is
#                                                       added so the figures can be read back)
#   python3 ../shared/eval/score.py GOLD <(quotes extract GOLD) --json
# and checks that the two agree. It also sorts the attribution misses into mechanical classes with
# score.py's own matching and speaker rules (imported, not copied).
#
# Environment: EVAL_DIR (default ../shared/eval), SCRATCH_PATH (default .build), SETS.
# Progress goes to standard error, the Markdown to standard output. Needs swift and python3.
set -euo pipefail
cd "$(dirname "$0")/.."

EVAL_DIR=${EVAL_DIR:-../shared/eval}
SCRATCH_PATH=${SCRATCH_PATH:-.build}
SETS=${SETS:-"seed/gold polnear/dev pdnc/dev"}

[ -f "$EVAL_DIR/score.py" ] || { echo "accuracy-report: no $EVAL_DIR/score.py (set EVAL_DIR)" >&2; exit 1; }

echo "building the release binary ($SCRATCH_PATH)" >&2
swift build -c release --product quotes --scratch-path "$SCRATCH_PATH" >&2
BIN="$(swift build -c release --scratch-path "$SCRATCH_PATH" --show-bin-path)/quotes"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for set in $SETS; do
    gold="$EVAL_DIR/data/$set.jsonl"
    out="$work/${set//\//_}"
    echo "scoring $set" >&2
    "$BIN" eval "$gold" --json --rules --reliability >"$out.eval.json" 2>"$out.tables.txt"
    python3 "$EVAL_DIR/score.py" "$gold" <("$BIN" extract "$gold") --json >"$out.score.json"
    "$BIN" extract "$gold" >"$out.pred.jsonl"
done

python3 - "$EVAL_DIR" "$work" $SETS <<'PY'
import json
import sys

eval_dir, work, sets = sys.argv[1], sys.argv[2], sys.argv[3:]
sys.path.insert(0, eval_dir)
import score as ref  # the reference scorer's functions: trim_span, overlap_match, speaker_correct, ...

EDGES = [0.0, 0.2, 0.4, 0.6, 0.8, 1.0]
TITLES = {"mr", "mrs", "ms", "dr"}


def f3(x):
    return "n/a" if x is None else f"{x:.3f}"


def table(header, rows):
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join(" --- " for _ in header) + "|"]
    lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


def sections(path):
    """The --rules and --reliability text tables: {'rule': [...rows], 'confidence': [...], 'ece': str, 'left': str}."""
    out, current = {"rule": [], "confidence": []}, None
    for line in open(path, encoding="utf-8").read().splitlines():
        if not line.strip():
            current = None
        elif line.startswith("rule ") or line.startswith("confidence "):
            current = line.split()[0]
        elif line.startswith("expected calibration error:"):
            out["ece"] = line.split(":", 1)[1].strip()
        elif line.startswith("left out:"):
            out["left"] = line.split(":", 1)[1].strip()
        elif current:
            out[current].append(line.split())
    return out


def bin_of(c):
    if not isinstance(c, (int, float)) or isinstance(c, bool) or not (EDGES[0] <= c <= EDGES[-1]):
        return None
    return next((i - 1 for i in range(1, len(EDGES)) if c < EDGES[i]), len(EDGES) - 2)


def is_description(name):
    """A gold speaker given as a description ('the former secretary', 'one questioner'), not a name."""
    words = name.replace("\u2019", "'").split()
    if not words:
        return False
    if words[0][:1].islower():
        return True
    return words[0] in ("The", "A", "An") and any(w[:1].islower() for w in words[1:])


def analyse(gold_path, pred_path):
    """Mechanical classes of the attribution misses, and the calibration error without speakerless predictions."""
    pred = {}
    for d in ref.read_jsonl(pred_path):
        pred.setdefault(d.get("document"), []).extend(d.get("quotes") or [])
    classes = {k: 0 for k in ("placeholder gold speaker", "not detected", "no speaker predicted",
                              "courtesy title (Mr. X vs First X)", "pronoun predicted", "gold speaker is a description",
                              "predicted speaker is a description or fragment", "other wrong name")}
    unknown_undetected = 0
    bins = [[0, 0, 0.0] for _ in EDGES[1:]]
    for gd in ref.read_jsonl(gold_path):
        text = gd.get("text", "")
        gq = gd.get("quotes", [])
        pq = [q for q in pred.get(gd["document"], []) if (sp := ref._span(q)) and sp[0] < sp[1]]
        gtr = [ref.trim_span(text, q["start"], q["end"]) for q in gq]
        ptr = [ref.trim_span(text, *ref._span(q)) for q in pq]
        matched = dict(ref.overlap_match(gtr, ptr))
        for gi, q in enumerate(gq):
            g = q.get("speaker")
            p = pq[matched[gi]] if gi in matched else None
            if not g:
                unknown_undetected += p is None
                continue
            ok = p is not None and ref.speaker_correct(p.get("speaker"), g, q.get("speaker_mentions") or ())
            if p is not None and p.get("speaker"):
                b = bin_of(p.get("confidence"))
                if b is not None:
                    bins[b][0] += 1
                    bins[b][1] += ok
                    bins[b][2] += p["confidence"]
            if ok:
                continue
            gn, pn = ref.norm_speaker(g).split(), ref.norm_speaker(p.get("speaker") if p else None).split()
            if g.startswith("_"):
                key = "placeholder gold speaker"
            elif p is None:
                key = "not detected"
            elif not pn:
                key = "no speaker predicted"
            elif len(gn) >= 2 and gn[0] in TITLES and len(pn) >= len(gn) - 1 and pn[-(len(gn) - 1):] == gn[1:]:
                key = "courtesy title (Mr. X vs First X)"
            elif ref.is_pronoun(" ".join(pn)):
                key = "pronoun predicted"
            elif is_description(g):
                key = "gold speaker is a description"
            elif any(w[:1].islower() for w in p["speaker"].split()):
                key = "predicted speaker is a description or fragment"
            else:
                key = "other wrong name"
            classes[key] += 1
    n = sum(b[0] for b in bins)
    ece = sum(b[0] / n * abs(b[1] / b[0] - b[2] / b[0]) for b in bins if b[0]) if n else None
    return classes, unknown_undetected, ece, n


results = {}
for s in sets:
    base = f"{work}/{s.replace('/', '_')}"
    swift = json.load(open(base + ".eval.json"))
    python = json.load(open(base + ".score.json"))
    results[s] = (swift, python, sections(base + ".tables.txt"),
                  analyse(f"{eval_dir}/data/{s}.jsonl", base + ".pred.jsonl"))

print("### Headline (reference scorer, end to end)\n")
rows = []
for s, (r, py, _, _) in results.items():
    a = r["attribution"]
    rows.append([s, r["documents"], r["quote_overlap"]["gold"], f3(a["precision"]), f3(a["recall"]), f"**{f3(a['f1'])}**",
                 f3(r["quote_overlap"]["f1"]), f"{f3(r['speaker_accuracy'])} ({r['speaker_correct']}/{r['speaker_n']})",
                 "yes" if r == py else "**NO**"])
print(table(["set", "docs", "gold quotes", "attr. P", "attr. R", "attr. F1", "quote overlap F1", "speaker accuracy",
             "score.py agrees"], rows))

print("\n### Recall by gold kind\n")
rows = [[s, k, v["gold"], f3(v["recall_overlap"]), f3(v["attribution_recall"])]
        for s, (r, _, _, _) in results.items() for k, v in r["by_kind"].items()]
print(table(["set", "kind", "gold", "recall (overlap)", "attribution recall"], rows))

print("\n### Per-rule precision (speaker right / matched to a gold quote with a known speaker)\n")
for s, (_, _, t, _) in results.items():
    print(f"**{s}**\n")
    print(table(["rule", "fired", "matched", "correct", "precision"], [[f"`{r[0]}`"] + r[1:] for r in t["rule"]]))
    print()

print("### Reliability: confidence against observed precision\n")
for s, (_, _, t, (_, _, ece_named, n_named)) in results.items():
    print(f"**{s}**\n")
    print(table(["confidence", "matched", "correct", "precision", "mean confidence"], t["confidence"]))
    print(f"\nExpected calibration error {t.get('ece', 'n/a')}; left out: {t.get('left', '?')}. "
          f"Without the quotes left unattributed (confidence 0): {f3(ece_named)} over {n_named}.\n")

print("### Attribution misses by mechanical class\n")
names = list(next(iter(results.values()))[3][0])
rows = [[k] + [results[s][3][0][k] for s in sets] for k in names]
rows.append(["**all attribution misses**"] + [sum(results[s][3][0].values()) for s in sets])
rows.append(["(quotes without a gold speaker, not detected)"] + [results[s][3][1] for s in sets])
print(table(["class"] + list(sets), rows))
PY
