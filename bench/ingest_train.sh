#!/usr/bin/env bash
# Ingest with training against Xapian, side by side in one run, measuring
# the real binaries: wall and CPU time and peak RSS (/usr/bin/time) of
# `verbatim ingest --no-train`, `verbatim ingest` (training included) and
# Xapian's ingest (bench/xapian_bench.py) on the same folders, each into a
# fresh directory, with a warm page cache.
#
# Usage:
#   bench/ingest_train.sh [-b VERBATIM_BINARY] [-r ROUNDS] [-X] [-l MB] FOLDER...
#
# Prints one line per engine and folder, then the ratios the model issue
# asks for: throughput against Xapian, training's share of the ingest's
# wall time, and peak RSS against --no-train. ROUNDS (default 1) repeats
# each measurement, alternating the engines; the median is reported. -X
# leaves Xapian out; -l fails (exit 1) when `verbatim ingest` with
# training peaks above MB megabytes (MiB) of RSS on any folder, e.g.
#   mkdir /tmp/one && head -c 32M TEXT >/tmp/one/big.txt
#   bench/ingest_train.sh -X -l 400 /tmp/one
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/.." && pwd)"
bin="" rounds=1 xapian=1 limit=0 over=0
while getopts "b:r:Xl:" opt; do
	case "$opt" in
	b) bin="$OPTARG" ;;
	r) rounds="$OPTARG" ;;
	X) xapian=0 ;;
	l) limit="$OPTARG" ;;
	*) sed -n '2,19p' "${BASH_SOURCE[0]}" && exit 2 ;;
	esac
done
shift $((OPTIND - 1))
(($#)) || { sed -n '2,19p' "${BASH_SOURCE[0]}" && exit 2; }

work="$(mktemp -d /tmp/verbatim-ingest-train.XXXXXX)"
trap 'rm -rf "$work"' EXIT
if [[ -z $bin ]]; then
	(cd "$repo" && go build -o "$work/verbatim" ./cmd/verbatim)
	bin="$work/verbatim"
fi

# measure NAME CMD... appends "NAME wall cpu maxrss_kb" to $work/rows.
measure() {
	local name="$1" && shift
	rm -rf "$work/data"
	/usr/bin/time -o "$work/time" -f "%e %U %S %M" "$@" >"$work/out" 2>&1 ||
		{ cat "$work/out" >&2 && return 1; }
	read -r wall user sys rss <"$work/time"
	local train
	# "trained in 850ms", "12.3s" or "1m5.2s" (a Go duration), in seconds
	train="$(sed -n 's/.*trained in \([0-9hms.µ]*\).*/\1/p' "$work/out" | awk '{
		s = 0; d = $1
		if (d ~ /ms$/) { sub(/ms$/, "", d); print d / 1000; next }
		if (d ~ /h/) { split(d, a, "h"); s += a[1] * 3600; d = a[2] }
		if (d ~ /m/) { split(d, a, "m"); s += a[1] * 60; d = a[2] }
		sub(/s$/, "", d); print s + d }')"
	echo "$name $wall $(echo "$user + $sys" | bc) $rss ${train:-0}" >>"$work/rows"
}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

for folder in "$@"; do
	files=$(find "$folder" -type f | wc -l)
	bytes=$(find "$folder" -type f -printf '%s\n' | awk '{s+=$1} END {print s}')
	find "$folder" -type f -print0 | xargs -0 cat >/dev/null
	: >"$work/rows"
	for _ in $(seq "$rounds"); do
		((xapian)) && measure xapian /usr/bin/python3 "$here/xapian_bench.py" --phase ingest --folder "$folder" --index-dir "$work/data"
		measure no-train "$bin" --data-dir "$work/data" ingest --no-train "$folder"
		measure train "$bin" --data-dir "$work/data" ingest "$folder"
	done
	echo "== $folder: $files files, $bytes bytes, load $(cut -d' ' -f1-3 /proc/loadavg)"
	for e in xapian no-train train; do
		grep -q "^$e " "$work/rows" || { eval "w_${e//-/_}=0 c_${e//-/_}=0 m_${e//-/_}=0 t_${e//-/_}=0" && continue; }
		w=$(awk -v e=$e '$1==e {print $2}' "$work/rows" | median)
		c=$(awk -v e=$e '$1==e {print $3}' "$work/rows" | median)
		m=$(awk -v e=$e '$1==e {print $4}' "$work/rows" | median)
		t=$(awk -v e=$e '$1==e {print $5}' "$work/rows" | median)
		printf '%-9s wall %7.2f s  cpu %7.2f s  peak RSS %6.0f MB  training %6.2f s\n' "$e" "$w" "$c" "$((m / 1024))" "$t"
		eval "w_${e//-/_}=$w c_${e//-/_}=$c m_${e//-/_}=$m t_${e//-/_}=$t"
	done
	awk -v xw="$w_xapian" -v tw="$w_train" -v nw="$w_no_train" -v tt="$t_train" -v tm="$m_train" -v nm="$m_no_train" -v tc="$c_train" -v nc="$c_no_train" -v xc="$c_xapian" 'BEGIN {
		if (xw > 0) printf "throughput vs Xapian: ingest %.2fx, ingest --no-train %.2fx (by CPU time: %.2fx, %.2fx)\n", xw/tw, xw/nw, xc/tc, xc/nc
		printf "training CPU (ingest - ingest --no-train): %.0f%% of the ingest'"'"'s CPU\n", 100*(tc-nc)/tc
		printf "training share of ingest wall: %.0f%%; peak RSS train/no-train: %.2fx\n", 100*tt/tw, tm/nm
	}'
	if ((limit > 0 && m_train / 1024 > limit)); then
		echo "FAIL: ingest with training peaked at $((m_train / 1024)) MB of RSS, over the limit of $limit MB"
		over=1
	fi
done
exit "$over"
