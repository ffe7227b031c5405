#!/usr/bin/env bash
# Build (or reuse) the benchmark folder: one text file per English headword,
# made from two Debian dictionaries — dict-gcide (GNU Collaborative
# International Dictionary of English) and dict-wn (WordNet) — about 207,000
# files and 71 MB, plus a 3,000-file subset and a question set.
#
# Usage (as root, from anywhere; installs the packages with apt-get if missing):
#   bench/dataset.sh [--small] [CACHE_DIR]     # CACHE_DIR defaults to /tmp/verbatim-bench
# Prints the folder to benchmark on its last line of stdout:
#   CACHE_DIR/full   (or CACHE_DIR/small with --small)
# and leaves the questions in CACHE_DIR/questions.jsonl (the same set as the
# committed bench/questions.jsonl when the Debian packages are the same versions).
# Idempotent: a stamp file records the inputs; a second run only prints the path.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
mode=full
cache=/tmp/verbatim-bench
for arg in "$@"; do
	case "$arg" in
	--small) mode=small ;;
	-h | --help)
		sed -n '2,13p' "${BASH_SOURCE[0]}"
		exit 0
		;;
	-*)
		echo "dataset.sh: unknown flag $arg" >&2
		exit 2
		;;
	*) cache="$arg" ;;
	esac
done

dict_dir=/usr/share/dictd
packages=(dict-gcide dict-wn)

missing=()
for p in "${packages[@]}"; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
	echo "dataset.sh: installing ${missing[*]}" >&2
	export DEBIAN_FRONTEND=noninteractive
	apt-get install -y --no-install-recommends "${missing[@]}" >&2 ||
		{ apt-get update >&2 && apt-get install -y --no-install-recommends "${missing[@]}" >&2; }
fi

# The stamp ties the built folder to the package versions and the generator.
stamp_want="$(dpkg-query -W -f='${Package}=${Version} ' "${packages[@]}") $(sha256sum "$here/mkdataset.py" | cut -c1-16)"
stamp="$cache/.stamp"
if [[ ! -f "$stamp" || "$(cat "$stamp")" != "$stamp_want" || ! -d "$cache/$mode" ]]; then
	echo "dataset.sh: building $cache (about a minute)" >&2
	mkdir -p "$cache"
	rm -f "$stamp"
	/usr/bin/python3 "$here/mkdataset.py" "$dict_dir" "$cache"
	printf '%s' "$stamp_want" >"$stamp"
fi

if [[ -f "$here/questions.jsonl" ]] && ! cmp -s "$here/questions.jsonl" "$cache/questions.jsonl"; then
	echo "dataset.sh: note: $cache/questions.jsonl differs from bench/questions.jsonl (other package versions?); the benchmark uses the generated one" >&2
fi
echo "$cache/$mode"
