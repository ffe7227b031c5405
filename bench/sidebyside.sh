#!/usr/bin/env bash
# Two Verbatim builds and Xapian, side by side in one run, on indexes that
# bench/run.sh --keep WORK left (WORK/xapian and WORK/verbatim): R rounds,
# each running the three engines in a rotating order, P timed passes over
# the question set each; prints p50, p90, p99 (all rounds pooled), recall@5
# and the ratios to Xapian as a Markdown table.
#
# Usage: bench/sidebyside.sh WORK QUESTIONS BEFORE_BIN AFTER_BIN [ROUNDS] [PASSES]
#   BEFORE_BIN, AFTER_BIN  verbatim_bench binaries (go build -o X ./bench/verbatim_bench
#                          at each commit); ROUNDS default 4, PASSES default 2
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
(($# >= 4)) || { sed -n '2,11p' "${BASH_SOURCE[0]}" && exit 2; }
work="$1" questions="$2" before="$3" after="$4" rounds="${5:-4}" passes="${6:-2}"
out="$(mktemp -d /tmp/verbatim-sbs.XXXXXX)"
trap 'rm -rf "$out"' EXIT
run() {
	local engine="$1" r="$2"
	case "$engine" in
	xapian) /usr/bin/python3 "$here/xapian_bench.py" --phase search --questions "$questions" \
		--index-dir "$work/xapian" --reps "$passes" --latencies "$out/xapian-$r.txt" \
		--out "$out/xapian-$r.json" >/dev/null ;;
	*) "${!engine}" -phase search -questions "$questions" -data-dir "$work/verbatim" \
		-reps "$passes" -latencies "$out/$engine-$r.txt" -out "$out/$engine-$r.json" >/dev/null ;;
	esac
}
order=(xapian before after)
for ((r = 1; r <= rounds; r++)); do
	echo "sidebyside.sh: round $r/$rounds: ${order[*]}" >&2
	for e in "${order[@]}"; do run "$e" "$r"; done
	order=("${order[@]:1}" "${order[0]}")
done
/usr/bin/python3 - "$out" "$(uptime)" <<'PY'
import glob, json, sys
out, up = sys.argv[1], sys.argv[2]
def pct(xs, p):
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(p / 100 * len(xs)))]
rows = {}
for e in ("xapian", "before", "after"):
    lat = [float(x) for f in glob.glob(f"{out}/{e}-*.txt") for x in open(f)]
    rec = json.load(open(sorted(glob.glob(f"{out}/{e}-*.json"))[0]))["recall_at_k"]
    rows[e] = (pct(lat, 50), pct(lat, 90), pct(lat, 99), rec, len(lat))
x = rows["xapian"]
print(f"load at the end: {up.strip()}\n")
print("| engine | searches | p50 ms | p90 ms | p99 ms | p50 / Xapian | p99 / Xapian | recall@5 |")
print("|---|---:|---:|---:|---:|---:|---:|---:|")
for e, (p50, p90, p99, rec, n) in rows.items():
    print(f"| {e} | {n} | {p50:.3f} | {p90:.3f} | {p99:.3f} | {p50 / x[0]:.2f} | {p99 / x[2]:.2f} | {rec:.3f} |")
PY
