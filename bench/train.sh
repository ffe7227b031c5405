#!/usr/bin/env bash
# Training's cost before and after a change, side by side in one run: peak
# RSS of `verbatim ingest` against `ingest --no-train`, and training's
# share of the ingest's wall time, on the two folders the model issues
# name:
#   big    one 32 MiB text file (issue 14: ingests and trains within 400 MB)
#   small  the glossary files of the QA corpora (gcide, jargon, vera: 19,621
#          files, 5.4 MB; issue 11: training <= 30% of the ingest's wall,
#          peak RSS <= 1.5x that of --no-train)
# Each folder is measured with bench/ingest_train.sh -X for the binary
# built from BEFORE (a git revision, default the merge base with main) and
# the one built from the working tree, alternating, ROUNDS times each
# (median reported).
#
# Usage: bench/train.sh [-r ROUNDS] [-B BEFORE] [-q QA_CACHE] [-o OUT]
#   QA_CACHE  the QA corpora (bench/qa/run.sh --fetch; default /tmp/verbatim-qa)
#   OUT       where the folders are built and kept (default /tmp/verbatim-train)
# The 32 MiB file is the QA corpora's text, then the .md and .txt files of
# the Go module cache (go env GOMODCACHE) and its .go sources, valid UTF-8 without control
# characters, cut at 32 MiB.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/.." && pwd)"
rounds=1 before="" qa=/tmp/verbatim-qa out=/tmp/verbatim-train
while getopts "r:B:q:o:" opt; do
	case "$opt" in
	r) rounds="$OPTARG" ;;
	B) before="$OPTARG" ;;
	q) qa="$OPTARG" ;;
	o) out="$OPTARG" ;;
	*) sed -n '2,20p' "${BASH_SOURCE[0]}" && exit 2 ;;
	esac
done
[[ -n $before ]] || before="$(git -C "$repo" merge-base HEAD main)"
mkdir -p "$out"

if [[ ! -f $out/big/big.txt ]]; then
	mkdir -p "$out/big"
	/usr/bin/python3 - "$qa" "$out/big/big.txt" "$(go env GOMODCACHE)" <<'PY'
import os, sys
qa, dst, mods = sys.argv[1], sys.argv[2], sys.argv[3]
limit, n = 32 << 20, 0
with open(dst + ".tmp", "wb") as out:
    for root, doc in ((qa, False), (mods, True)):
        for dp, dn, fn in sorted(os.walk(root)):
            dn.sort()
            for f in sorted(fn):
                p = os.path.join(dp, f)
                if doc and not f.endswith((".md", ".txt", ".go")):
                    continue
                if os.path.islink(p):
                    continue
                try:
                    s = open(p, "rb").read().decode("utf-8")
                except (OSError, UnicodeDecodeError):
                    continue
                if any(ord(c) < 32 and c not in "\n\t\r\f" for c in s):
                    continue
                b = s.encode("utf-8")[: limit - n]
                b = b.decode("utf-8", "ignore").encode("utf-8")
                out.write(b)
                n += len(b)
                if n >= limit - 4:
                    break
os.rename(dst + ".tmp", dst)
PY
fi
if [[ ! -d $out/small ]]; then
	mkdir -p "$out/small.tmp"
	for n in gcide jargon vera; do
		[[ -d $qa/$n ]] || bash "$here/qa/corpora/$n.sh" "$qa/$n" >&2
		cp -r "$qa/$n" "$out/small.tmp/$n"
	done
	mv "$out/small.tmp" "$out/small"
fi

work="$(mktemp -d /tmp/verbatim-train-bin.XXXXXX)"
trap 'git -C "$repo" worktree remove --force "$work/src" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
git -C "$repo" worktree add --detach "$work/src" "$before" >/dev/null 2>&1
(cd "$work/src" && go build -o "$work/before" ./cmd/verbatim)
(cd "$repo" && go build -o "$work/after" ./cmd/verbatim)
echo "before: $(git -C "$repo" rev-parse --short "$before"); after: working tree of $(git -C "$repo" rev-parse --short HEAD)"

for folder in "$out/big" "$out/small"; do
	for _ in $(seq "$rounds"); do
		for b in before after; do
			echo "-- $b"
			bash "$here/ingest_train.sh" -X -b "$work/$b" "$folder"
		done
	done
done
