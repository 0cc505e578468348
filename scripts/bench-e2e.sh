#!/usr/bin/env bash
# End-to-end timing of govdiff against the tools people use today, in one run on one machine:
#   python3 + jieba + difflib (the usual script), and `git diff --no-index --word-diff-regex=.`.
# Prints medians, ratios and peak memory, and how govdiff's time grows with input size (10×).
# The 10× inputs are ten consecutive guowuyuan reports in one file (2014–2023 against 2015–2024),
# with the salutation and opening sentence dropped from all but the first so that the reader does
# not cut the later ones as a second copy; it needs $GOVDIFF_CORPUS and is skipped without it.
#
#   scripts/bench-e2e.sh [OLD NEW]     (default: guowuyuan 2021 → 2022 from $GOVDIFF_CORPUS,
#                                       or the bundled demo pair without it)
# Needs hyperfine (Debian: apt-get install hyperfine) and python3 with venv; jieba is installed
# into a temporary virtual environment that is removed afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ $# -eq 2 ]; then
    old=$1 new=$2
elif [ -n "${GOVDIFF_CORPUS:-}" ]; then
    old=$GOVDIFF_CORPUS/guowuyuan-2021.txt new=$GOVDIFF_CORPUS/guowuyuan-2022.txt
else
    old=samples/jiefang-2021.constructed.txt new=samples/jiefang-2022.txt
fi
command -v hyperfine >/dev/null || { echo "bench-e2e: hyperfine is not installed (apt-get install hyperfine)" >&2; exit 1; }

cargo build --release --quiet
bin=$PWD/target/release/govdiff
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 -m venv "$work/venv"
"$work/venv/bin/pip" install --quiet jieba
cat > "$work/baseline.py" <<'PY'
# The script people write today: jieba tokens, difflib opcodes, JSON out.
import difflib, json, sys
import jieba
jieba.setLogLevel(60)
old, new = (open(p, encoding="utf-8").read() for p in sys.argv[1:3])
a, b = jieba.lcut(old, HMM=False), jieba.lcut(new, HMM=False)
ops = difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
json.dump([[tag, "".join(a[i1:i2]), "".join(b[j1:j2])] for tag, i1, i2, j1, j2 in ops], sys.stdout, ensure_ascii=False)
PY
# jieba builds its dictionary cache on first use; do that outside the timing.
"$work/venv/bin/python" "$work/baseline.py" "$old" "$new" > /dev/null

scaled=()
if [ -n "${GOVDIFF_CORPUS:-}" ]; then
    ten() {
        cat "$GOVDIFF_CORPUS/guowuyuan-$1.txt"
        for y in $(seq $(($1 + 1)) $(($1 + 9))); do
            grep -v -e '^[[:space:]　]*各位代表' -e '我代表国务院' "$GOVDIFF_CORPUS/guowuyuan-$y.txt"
        done
    }
    ten 2014 > "$work/old10.txt"
    ten 2015 > "$work/new10.txt"
    scaled=(-n "govdiff, inputs 10x" "$bin $work/old10.txt $work/new10.txt --format json")
fi

# At least 20 runs each, and as many more as fit in hyperfine's 3 s per command: the fast commands
# run a few hundred times, so their medians hold still on a noisy machine.
hyperfine --style basic --warmup 3 --min-runs 20 -N -i --export-json "$work/times.json" \
    -n govdiff "$bin $old $new --format json" \
    -n "python jieba+difflib" "$work/venv/bin/python $work/baseline.py $old $new" \
    -n "git diff --word-diff-regex=." "git diff --no-index --word-diff-regex=. $old $new" \
    "${scaled[@]}" > "$work/hyperfine.txt" || true

peak() { /usr/bin/time -f %M "$@" > /dev/null 2> "$work/peak" || true; tail -1 "$work/peak"; }
python3 - "$work/times.json" \
    "$(peak "$bin" "$old" "$new" --format json)" \
    "$(peak "$work/venv/bin/python" "$work/baseline.py" "$old" "$new")" \
    "$(peak git diff --no-index --word-diff-regex=. "$old" "$new")" \
    ${scaled:+"$(peak "$bin" "$work/old10.txt" "$work/new10.txt" --format json)"} <<'PY'
import json, sys
results = json.load(open(sys.argv[1]))["results"]
peaks = sys.argv[2:]
med = {r["command"]: r["median"] * 1000 for r in results}
base = med["govdiff"]
print(f"{'command':32} {'median ms':>10} {'× govdiff':>10} {'peak RSS MB':>12}")
for r, kb in zip(results, peaks):
    m = r["median"] * 1000
    print(f"{r['command']:32} {m:10.1f} {m / base:10.1f} {int(kb) / 1024:12.1f}")
print(f"\npython jieba+difflib / govdiff: {med['python jieba+difflib'] / base:.0f}×")
if "govdiff, inputs 10x" in med:
    print(f"inputs 10× larger: {med['govdiff, inputs 10x'] / base:.1f}× the time (linear would be 10×)")
PY
