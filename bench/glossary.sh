#!/usr/bin/env bash
# Build (or reuse) the glossary benchmark folder: the two glossaries of the
# QA benchmark, the Jargon File (bench/qa/corpora/jargon.sh, 2,308 entries)
# and V.E.R.A. (bench/qa/corpora/vera.sh, 9,411 acronyms), side by side in
# one folder of 11,719 small files, and the questions of their dev halves that
# have a source file (195), as bench/run.sh reads them ({"q", "gold"}).
#
# Usage: bench/glossary.sh [QA_CACHE] [OUT]
#   QA_CACHE  where bench/qa/run.sh --fetch keeps the corpora (default /tmp/verbatim-qa)
#   OUT       where the folder and questions go (default /tmp/verbatim-glossary)
# Prints OUT on its last line: the folder is OUT/folder, the questions
# OUT/questions.jsonl. Then, for example:
#   bench/run.sh --folder OUT/folder --questions OUT/questions.jsonl --name glossary
# Never reads the blind halves.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
qa="${1:-/tmp/verbatim-qa}" out="${2:-/tmp/verbatim-glossary}"
names=(jargon vera)
for n in "${names[@]}"; do
	[[ -d $qa/$n ]] || bash "$here/qa/corpora/$n.sh" "$qa/$n" >&2
done
if [[ ! -d $out/folder ]]; then
	mkdir -p "$out/folder.tmp"
	for n in "${names[@]}"; do cp -r "$qa/$n" "$out/folder.tmp/$n"; done
	mv "$out/folder.tmp" "$out/folder"
fi
/usr/bin/python3 - "$here/qa/questions" "$out/questions.jsonl" "${names[@]}" <<'PY'
import json, sys
qdir, out, names = sys.argv[1], sys.argv[2], sys.argv[3:]
with open(out, "w", encoding="utf-8") as f:
    for n in names:
        for line in open(f"{qdir}/{n}.dev.jsonl", encoding="utf-8"):
            q = json.loads(line)
            if q.get("source"):
                f.write(json.dumps({"q": q["question"], "gold": f"{n}/{q['source']}", "id": q["id"]}) + "\n")
PY
echo "$out"
