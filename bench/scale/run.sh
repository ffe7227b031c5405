#!/usr/bin/env bash
# Opt-in scale benchmark: Verbatim on a synthetic corpus of >= 1,000,000
# passages. Not part of bench/run.sh or of go test; run it by hand.
#
# Usage:
#   bench/scale/run.sh [--passages N] [--profile] [CACHE_DIR]
#
#   --passages N  generate files until they hold N passages (default 1000000)
#   --profile     also write CPU profiles of the ingest and the search and a
#                 heap profile at the end of the ingest to
#                 bench/results/scale-{ingest,search}.pprof, scale-heap.pprof
#   CACHE_DIR     where the corpus is generated and kept, and the data dir
#                 (CACHE_DIR/data) built (default /tmp/verbatim-scale)
#
# What it costs, on 2 cores: generating the 1M-passage corpus (~275,000
# files, ~0.6 GB of text, about 1.5 GB on disk with the data dir) takes a
# couple of minutes the first time and is reused afterwards; the ingest
# takes roughly 10 minutes; the search (500 queries, 1 warm-up and 5 timed
# rounds) a minute or two. It stops the ingest if resident memory passes
# 8 GiB (-max-rss-mb of bench/scale).
#
# Writes bench/results/scale.json and scale.md (the table) and prints the
# table. See bench/scale/main.go for what is generated and measured.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
passages=1000000 profile=0 cache=/tmp/verbatim-scale
while (($#)); do
	case "$1" in
	--passages) passages="$2" && shift ;;
	--profile) profile=1 ;;
	-h | --help) sed -n '2,23p' "${BASH_SOURCE[0]}" && exit 0 ;;
	-*) echo "run.sh: unknown flag $1" >&2 && exit 2 ;;
	*) cache="$1" ;;
	esac
	shift
done

results="$repo/bench/results"
mkdir -p "$results" "$cache"
bin="$cache/scale-bench"
echo "run.sh: building bench/scale" >&2
(cd "$repo" && go build -o "$bin" ./bench/scale)

args=(-dir "$cache" -passages "$passages" -out "$results/scale.json" -md "$results/scale.md"
	-note "commit $(cd "$repo" && git rev-parse --short HEAD 2>/dev/null || echo unknown)")
((profile)) && args+=(-cpuprofile "$results/scale-ingest.pprof" -memprofile "$results/scale-heap.pprof")
"$bin" "${args[@]}" >/dev/null
((profile)) && [[ -f $results/scale-ingest.pprof.search ]] &&
	mv "$results/scale-ingest.pprof.search" "$results/scale-search.pprof"
cat "$results/scale.md"
