#!/usr/bin/env bash
# Ingest with training against Xapian, side by side in one run, measuring
# the real binaries: wall and CPU time and peak RSS (/usr/bin/time) of
# `verbatim ingest --no-train`, `verbatim ingest` (training included) and
# Xapian's ingest (bench/xapian_bench.py) on the same folders, each into a
# fresh directory, with a warm page cache.
#
# Usage:
#   bench/ingest_train.sh [-b VERBATIM_BINARY] [-a AFTER_BINARY] [-r ROUNDS] [-X] [-l MB] FOLDER...
#
# Prints one line per engine and folder, then the ratios the model issue
# asks for: throughput against Xapian, training's share of the ingest's
# wall time, and peak RSS against --no-train. ROUNDS (default 1) repeats
# each measurement, alternating the engines; the median is reported. -a
# measures a second build in the same rounds (before = -b, after = -a,
# alternating) and prints its figures and the after/before ratios. -X
# leaves Xapian out; -l fails (exit 1) when `verbatim ingest` with
# training peaks above MB megabytes (MiB) of RSS on any folder, e.g.
#   mkdir /tmp/one && head -c 32M TEXT >/tmp/one/big.txt
#   bench/ingest_train.sh -X -l 400 /tmp/one
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/.." && pwd)"
bin="" after="" rounds=1 xapian=1 limit=0 over=0
while getopts "b:a:r:Xl:" opt; do
	case "$opt" in
	b) bin="$OPTARG" ;;
	a) after="$OPTARG" ;;
	r) rounds="$OPTARG" ;;
	X) xapian=0 ;;
	l) limit="$OPTARG" ;;
	*) sed -n '2,21p' "${BASH_SOURCE[0]}" && exit 2 ;;
	esac
done
shift $((OPTIND - 1))
(($#)) || { sed -n '2,21p' "${BASH_SOURCE[0]}" && exit 2; }

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

# report PREFIX prints the medians of the rows of the build PREFIX names
# ("" or "after-"; Xapian's beside them) and the ratios, and sets w_, c_,
# m_, t_ PREFIX no_train and PREFIX train.
report() {
	local p="$1" e v
	[[ -z $p ]] || echo "-- after (-a):"
	for e in xapian ${p}no-train ${p}train; do
		v="${e//-/_}"
		grep -q "^$e " "$work/rows" || { eval "w_$v=0 c_$v=0 m_$v=0 t_$v=0" && continue; }
		w=$(awk -v e=$e '$1==e {print $2}' "$work/rows" | median)
		c=$(awk -v e=$e '$1==e {print $3}' "$work/rows" | median)
		m=$(awk -v e=$e '$1==e {print $4}' "$work/rows" | median)
		t=$(awk -v e=$e '$1==e {print $5}' "$work/rows" | median)
		printf '%-9s wall %7.2f s  cpu %7.2f s  peak RSS %6.0f MB  training %6.2f s\n' "${e#"$p"}" "$w" "$c" "$((m / 1024))" "$t"
		eval "w_$v=$w c_$v=$c m_$v=$m t_$v=$t"
	done
	local pv="${p//-/_}" w_t w_n t_t m_t m_n c_t c_n
	eval "w_t=\$w_${pv}train w_n=\$w_${pv}no_train t_t=\$t_${pv}train m_t=\$m_${pv}train m_n=\$m_${pv}no_train c_t=\$c_${pv}train c_n=\$c_${pv}no_train"
	awk -v xw="$w_xapian" -v tw="$w_t" -v nw="$w_n" -v tt="$t_t" -v tm="$m_t" -v nm="$m_n" -v tc="$c_t" -v nc="$c_n" -v xc="$c_xapian" 'BEGIN {
		if (xw > 0) printf "throughput vs Xapian: ingest %.2fx, ingest --no-train %.2fx (by CPU time: %.2fx, %.2fx)\n", xw/tw, xw/nw, xc/tc, xc/nc
		printf "training CPU (ingest - ingest --no-train): %.0f%% of the ingest'"'"'s CPU\n", 100*(tc-nc)/tc
		printf "training share of ingest wall: %.0f%%; peak RSS train/no-train: %.2fx\n", 100*tt/tw, tm/nm
	}'
	if ((limit > 0 && m_t / 1024 > limit)); then
		echo "FAIL: ingest with training peaked at $((m_t / 1024)) MB of RSS, over the limit of $limit MB"
		over=1
	fi
}

for folder in "$@"; do
	files=$(find "$folder" -type f | wc -l)
	bytes=$(find "$folder" -type f -printf '%s\n' | awk '{s+=$1} END {print s}')
	find "$folder" -type f -print0 | xargs -0 cat >/dev/null
	: >"$work/rows"
	for _ in $(seq "$rounds"); do
		((xapian)) && measure xapian /usr/bin/python3 "$here/xapian_bench.py" --phase ingest --folder "$folder" --index-dir "$work/data"
		measure no-train "$bin" --data-dir "$work/data" ingest --no-train "$folder"
		measure train "$bin" --data-dir "$work/data" ingest "$folder"
		if [[ -n $after ]]; then
			measure after-no-train "$after" --data-dir "$work/data" ingest --no-train "$folder"
			measure after-train "$after" --data-dir "$work/data" ingest "$folder"
		fi
	done
	echo "== $folder: $files files, $bytes bytes, load $(cut -d' ' -f1-3 /proc/loadavg)"
	[[ -z $after ]] || echo "-- before (-b):"
	report ""
	[[ -z $after ]] || report after-
	if [[ -n $after ]]; then
		awk -v aw="$w_after_train" -v bw="$w_train" -v ac="$c_after_train" -v bc="$c_train" -v anw="$w_after_no_train" -v bnw="$w_no_train" -v anc="$c_after_no_train" -v bnc="$c_no_train" 'BEGIN {
			printf "after / before (medians): ingest wall %.2f, CPU %.2f; --no-train wall %.2f, CPU %.2f\n", aw/bw, ac/bc, anw/bnw, anc/bnc
		}'
	fi
done
exit "$over"
