#!/usr/bin/env bash
# Verbatim's question-answering benchmark on real documents from Debian
# packages: builds every corpus (bench/qa/corpora/NAME.sh, apt-get download
# + dpkg -x), then asks the questions of one set and prints a table per
# corpus, question kind and wording.
#
# Usage: bench/qa/run.sh [--split dev|blind|blind2|blind3|blind4|blind5|blind6|blind7|blind8|blind9|blind10|all] [--cache DIR] [-v] [--json FILE] [NAME ...]
#   --split   which set to ask (default dev); a blind set is read once, at the end of a piece of work;
#             a corpus with no file for the split (devil and gitdoc have only blind3; fraeng, usbids, maintguide only blind4; spaeng, devref, miscfiles only blind5;
#             wordnet, netbase, debfaq only blind6; itaeng, tzdata, policy only blind7; bashdoc, ieeeoui, perlgloss, muttman only dev and blind10) is skipped
#   --cache   where the corpus folders are built and kept (default /tmp/verbatim-qa)
#   -v        print every wrong or declined answer (dev only)
#   --fetch   only build the corpora
#   --bare    ask in bare mode (the model alone) at each budget of --budgets LIST (default 64KiB,256KiB,1MiB,all)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
split=dev cache=/tmp/verbatim-qa fetch=0 args=()
names=()
while (($#)); do
	case "$1" in
	--split) split="$2" && shift ;;
	--cache) cache="$2" && shift ;;
	--json) args+=(-json "$2") && shift ;;
	--fetch) fetch=1 ;;
	--bare) args+=(-bare) ;;
	--budgets) args+=(-budgets "$2") && shift ;;
	-v) args+=(-v) ;;
	-h | --help) sed -n '2,14p' "${BASH_SOURCE[0]}" && exit 0 ;;
	-*) echo "run.sh: unknown flag $1" >&2 && exit 2 ;;
	*) names+=("$1") ;;
	esac
	shift
done
if ((${#names[@]} == 0)); then
	for f in "$here"/corpora/*.sh; do names+=("$(basename "$f" .sh)"); done
fi
mkdir -p "$cache"
for n in "${names[@]}"; do
	echo "run.sh: corpus $n" >&2
	bash "$here/corpora/$n.sh" "$cache/$n" >&2
done
((fetch)) && exit 0
cd "$repo"
go run ./bench/qa -cache "$cache" -questions "$here/questions" -split "$split" "${args[@]}" "${names[@]}"
