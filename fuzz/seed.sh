#!/bin/sh
# Builds the seed corpora of the fuzz targets from the sample corpus (examples/data/*.txt).
# Corpora are not committed: run this once before fuzzing; re-running it adds nothing twice.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data="$here/../examples/data"
for target in tokenize strip extract dedup pipeline; do
    mkdir -p "$here/corpus/$target"
done
for page in "$data"/*.txt; do
    name=$(basename "$page" .txt)
    for target in tokenize strip extract; do
        cp "$page" "$here/corpus/$target/$name"
    done
done
# Multi-document targets: pairs of pages separated by U+001E (the documents separator).
set -- "$data"/*.txt
prev=""
for page in "$@"; do
    name=$(basename "$page" .txt)
    if [ -n "$prev" ]; then
        for target in dedup pipeline; do
            { cat "$prev"; printf '\036'; cat "$page"; } > "$here/corpus/$target/pair-$name"
        done
    fi
    prev=$page
done
# The pipeline target also reads its input as JSONL: one line per page.
python3 - "$data" "$here/corpus/pipeline/pages.jsonl" <<'PY'
import json, pathlib, sys
pages = sorted(pathlib.Path(sys.argv[1]).glob("*.txt"))
with open(sys.argv[2], "w") as out:
    for i, p in enumerate(pages):
        out.write(json.dumps({"id": i, "text": p.read_text()}) + "\n")
PY
# Claim keys for the dedup target: act<TAB>actors<TAB>content lines, two documents.
printf 'demand\tRussia\ta halt to NATO expansion\nreject\tNATO\tthe Russian demands\n\036demand\tRussia\tthat NATO stop expanding eastward\n' \
    > "$here/corpus/dedup/claim-keys"
echo "seeded $(ls "$here"/corpus/* | wc -l) files under $here/corpus/"
