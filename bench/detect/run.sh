#!/usr/bin/env bash
# The detector benchmark: the citation checker against a scripted
# OpenAI-compatible model that answers with copied (clean) and perturbed
# text, on real corpora built by bench/qa/run.sh --fetch. Prints detection
# and false-alarm rates per corpus and kind and writes bench/results/detect.md.
#
# Usage: bench/detect/run.sh [--half tune|held|all|blind2] [--max N] [--cache DIR] [--label TEXT] [-v] [NAME ...]
#   --half    which half of the dev questions (default held: the half measured once, at the end),
#             or blind2: every question of NAME.blind2.jsonl, a held-back set never tuned on
#   --max     at most N questions per corpus (default: all)
#   --cache   where bench/qa/run.sh built the corpus folders (default /tmp/verbatim-qa)
#   --out     the Markdown file written (default bench/results/detect.md)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
half=held cache=/tmp/verbatim-qa out="$repo/bench/results/detect.md" label="the checker at $(git -C "$repo" rev-parse --short HEAD)" args=()
names=()
while (($#)); do
	case "$1" in
	--half) half="$2" && shift ;;
	--cache) cache="$2" && shift ;;
	--max) args+=(-max "$2") && shift ;;
	--out) out="$2" && shift ;;
	--label) label="$2" && shift ;;
	-v) args+=(-v) ;;
	-h | --help) sed -n '2,12p' "${BASH_SOURCE[0]}" && exit 0 ;;
	-*) echo "run.sh: unknown flag $1" >&2 && exit 2 ;;
	*) names+=("$1") ;;
	esac
	shift
done
for n in "${names[@]:-debref isocodes jargon unicode gcide vera}"; do
	for m in $n; do [[ -d "$cache/$m" ]] || bash "$repo/bench/qa/run.sh" --cache "$cache" --fetch "$m"; done
done
cd "$repo"
go run ./bench/detect -cache "$cache" -questions bench/qa/questions -half "$half" -md "$out" -label "$label" "${args[@]}" "${names[@]}"
