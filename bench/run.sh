#!/usr/bin/env bash
# Verbatim vs Xapian, side by side in one run on the same folder.
#
# Usage (as root, from a fresh clone; installs dict-gcide, dict-wn and
# python3-xapian with apt-get when missing):
#   bench/run.sh [--small] [--reps N] [--rounds R] [--cpuprofile] [CACHE_DIR]
#   bench/run.sh --folder DIR --questions Q.jsonl --name NAME [--keep WORK] [...]
#
#   --small       the 3,000-file subset instead of the full ~207,000-file, 71 MB folder
#   --folder, --questions, --name
#                 another folder and question set (JSON lines with q and gold,
#                 gold a path relative to DIR; bench/glossary.sh makes one),
#                 reported as bench/results/NAME.{json,md}
#   --keep WORK   keep both engines' indexes in WORK and reuse them when there
#                 (search only: the ingest figures are the first run's)
#   VERBATIM_BENCH_BIN=PATH  time this verbatim_bench binary instead of building one
#   --reps N      timed passes over the question set per engine (default 20),
#                 split over R rounds (default 4) that alternate the engines
#   --cpuprofile  also write CPU profiles of Verbatim's ingest and search to
#                 bench/results/<mode>-{ingest,search}.pprof
#   CACHE_DIR     where the folder is built and kept (default /tmp/verbatim-bench)
#
# Steps: build (or reuse) the folder with bench/dataset.sh; read it once so
# both engines see a warm page cache; ingest with Xapian, then Verbatim
# without training, then Verbatim with training as `verbatim ingest` does
# (each into a fresh directory; the report gives both Verbatim ingests
# against Xapian's); search in R interleaved rounds; merge with
# bench/report.py. Writes bench/results/latest.{json,md} and
# bench/results/<mode>.{json,md}, and prints the table.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/.." && pwd)"
mode=full reps=20 rounds=4 profile=0 cache=/tmp/verbatim-bench
folder="" questions="" name="" keep=""
while (($#)); do
	case "$1" in
	--small) mode=small ;;
	--reps) reps="$2" && shift ;;
	--rounds) rounds="$2" && shift ;;
	--cpuprofile) profile=1 ;;
	--folder) folder="$2" && shift ;;
	--questions) questions="$2" && shift ;;
	--name) name="$2" && shift ;;
	--keep) keep="$2" && shift ;;
	-h | --help) sed -n '2,28p' "${BASH_SOURCE[0]}" && exit 0 ;;
	-*) echo "run.sh: unknown flag $1" >&2 && exit 2 ;;
	*) cache="$1" ;;
	esac
	shift
done
per_round=$(((reps + rounds - 1) / rounds))

if [[ -n $folder ]]; then
	[[ -n $questions && -n $name ]] || { echo "run.sh: --folder needs --questions and --name" >&2 && exit 2; }
	mode="$name"
else
	dataset_args=("$cache")
	[[ $mode == small ]] && dataset_args+=(--small)
	folder="$("$here/dataset.sh" "${dataset_args[@]}" | tail -n 1)"
	questions="$cache/questions.jsonl"
fi

if ! /usr/bin/python3 -c 'import xapian' 2>/dev/null; then
	echo "run.sh: installing python3-xapian" >&2
	export DEBIAN_FRONTEND=noninteractive
	apt-get install -y --no-install-recommends python3-xapian >&2 ||
		{ apt-get update >&2 && apt-get install -y --no-install-recommends python3-xapian >&2; }
fi

if [[ -n $keep ]]; then
	work="$keep" && mkdir -p "$work" && rm -f "$work"/*-search-*.json "$work"/*-lat-*.txt
else
	work="$(mktemp -d /tmp/verbatim-run.XXXXXX)"
	trap 'rm -rf "$work"' EXIT
fi
results="$here/results"
mkdir -p "$results"

if [[ -n ${VERBATIM_BENCH_BIN:-} ]]; then
	cp "$VERBATIM_BENCH_BIN" "$work/verbatim_bench"
else
	echo "run.sh: building bench/verbatim_bench" >&2
	(cd "$repo" && go build -o "$work/verbatim_bench" ./bench/verbatim_bench)
fi

/usr/bin/python3 - "$work/meta.json" "$mode" "$(cd "$repo" && git rev-parse --short HEAD 2>/dev/null || echo unknown)${VERBATIM_BENCH_BIN:+ (Verbatim: $VERBATIM_BENCH_BIN)}" <<'EOF'
import json, os, sys, time
out, mode, commit = sys.argv[1:]
json.dump({"mode": mode, "commit": commit, "cpus": os.cpu_count(),
           "load": " ".join(f"{x:.2f}" for x in os.getloadavg()),
           "date": time.strftime("%Y-%m-%d %H:%M:%S %Z")}, open(out, "w"))
EOF

echo "run.sh: warming the page cache with $folder" >&2
find "$folder" -type f -print0 | xargs -0 cat >/dev/null

prof() { ((profile)) && echo "-cpuprofile=$results/$mode-$1.pprof" || true; }

if [[ -f $work/xapian-ingest.json && -f $work/verbatim-ingest.json ]]; then
	echo "run.sh: reusing the indexes in $work" >&2
else
	rm -rf "$work/xapian" "$work/verbatim"
	echo "run.sh: Xapian ingest" >&2
	/usr/bin/python3 "$here/xapian_bench.py" --phase ingest --folder "$folder" \
		--index-dir "$work/xapian" --out "$work/xapian-ingest.json" >/dev/null
	# Verbatim twice: as `verbatim ingest --no-train` (into a folder
	# removed afterwards), then as `verbatim ingest`, training included
	# (the index searched below).
	echo "run.sh: Verbatim ingest --no-train" >&2
	"$work/verbatim_bench" -phase ingest -no-train -folder "$folder" -data-dir "$work/verbatim-nt" \
		-out "$work/verbatim-ingest-notrain.json" >/dev/null
	rm -rf "$work/verbatim-nt"
	echo "run.sh: Verbatim ingest (training included)" >&2
	# shellcheck disable=SC2046
	"$work/verbatim_bench" -phase ingest -folder "$folder" -data-dir "$work/verbatim" \
		-out "$work/verbatim-ingest.json" $(prof ingest) >/dev/null
fi

xapian_search() {
	/usr/bin/python3 "$here/xapian_bench.py" --phase search --questions "$questions" \
		--index-dir "$work/xapian" --reps "$per_round" \
		--latencies "$work/xapian-lat-$1.txt" --out "$work/xapian-search-$1.json" >/dev/null
}
verbatim_search() {
	local p=()
	((profile)) && (($1 == 1)) && p=("-cpuprofile=$results/$mode-search.pprof")
	"$work/verbatim_bench" -phase search -questions "$questions" -data-dir "$work/verbatim" \
		-reps "$per_round" -latencies "$work/verbatim-lat-$1.txt" \
		-out "$work/verbatim-search-$1.json" "${p[@]}" >/dev/null
}
for ((r = 1; r <= rounds; r++)); do
	echo "run.sh: search round $r/$rounds ($per_round passes each)" >&2
	if ((r % 2)); then
		xapian_search "$r" && verbatim_search "$r"
	else
		verbatim_search "$r" && xapian_search "$r"
	fi
done

/usr/bin/python3 "$here/report.py" "$work" "$results/$mode.json" "$results/$mode.md"
cp "$results/$mode.json" "$results/latest.json"
cp "$results/$mode.md" "$results/latest.md"
