#!/usr/bin/env bash
# Seeds the fuzz corpora (fuzz/corpus/<target>/, not committed) from the samples: each sample whole
# and its first 3000 bytes; for `numbers`, its lines with digits, four at a time; for `compare`,
# pairs of sample heads joined by a 0xFF byte.
set -euo pipefail
cd "$(dirname "$0")"
samples=(../samples/*.txt ../samples/cases/*)
mkdir -p corpus/source corpus/outline corpus/compare corpus/numbers
for f in "${samples[@]}"; do
    name=$(basename "$f")
    cp "$f" "corpus/source/$name"
    head -c 3000 "$f" > "corpus/source/$name.head"
    if iconv -f UTF-8 -t UTF-8 "$f" >/dev/null 2>&1; then
        cp "$f" "corpus/outline/$name"
        head -c 3600 "$f" > "corpus/outline/$name.head"
        # Quantities live in sentences: the numbers target starts from lines that hold a digit.
        grep '[0-9]' "$f" | split -l 4 - "corpus/numbers/$name." || true
    fi
done
pairs=(
    "jiefang-2021.constructed.txt jiefang-2022.txt"
    "cases/gbk-crlf.txt cases/page.html"
    "cases/one-line.txt cases/unnumbered-zwsp.txt"
    "cases/literal-crlf.txt cases/utf16-bom.txt"
    "jiefang-2022.txt cases/unnumbered-zwsp.txt"
)
k=0
for pair in "${pairs[@]}"; do
    read -r old new <<<"$pair"
    for n in 1500 3500; do
        { head -c "$n" "../samples/$old"; printf '\xff'; head -c "$n" "../samples/$new"; } > "corpus/compare/pair$k-$n"
    done
    k=$((k + 1))
done
echo "seeded: $(ls corpus/source | wc -l) source, $(ls corpus/outline | wc -l) outline, $(ls corpus/numbers | wc -l) numbers, $(ls corpus/compare | wc -l) compare"
