#!/usr/bin/env bash
# Build the "gcide" QA corpus: one UTF-8 text file per headword for a
# deterministic subset of the GNU Collaborative International Dictionary of
# English, taken from the Debian package dict-gcide (dictd database).
#
# Usage: bench/qa/corpora/gcide.sh OUTDIR
#
# Subset: walk gcide.index in its own order, skip the 00-* database entries,
# keep each distinct index word once, and keep only "main" headwords: words
# one of whose dictd blocks begins with that very headword (e.g. "Obloquy \Ob"lo*quy\")
# rather than sub-phrases defined inside another word's block. Of those
# (about 110,600), take every 14th (the 1st, 15th, 29th, ...): about 7,900 files.
#
# File: OUTDIR/<slug>.txt, slug = headword lower-cased, runs of characters
# other than a-z0-9 turned into "_" (a "~2", "~3" suffix on a clash).
# First line: the headword as the index has it; then every distinct dictd
# block of that index word, in index order, as it is (markup and all),
# separated by blank lines. Idempotent: OUTDIR is rebuilt from scratch.
set -euo pipefail

out="${1:?usage: gcide.sh OUTDIR}"
pkg=dict-gcide
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
(
	cd "$tmp"
	apt-get download "$pkg" >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get download "$pkg" >/dev/null; }
	dpkg -x "$pkg"_*.deb root
)

python3 - "$tmp/root/usr/share/dictd" "$out" "$(dirname "${BASH_SOURCE[0]}")/.." <<'EOF'
import gzip, os, re, shutil, sys

src, out = sys.argv[1], sys.argv[2]
sys.dont_write_bytecode = True
sys.path.insert(0, sys.argv[3])
from dictd import b64  # the index's base-64 offsets, read as for every dictd corpus

EVERY = 14

with gzip.open(os.path.join(src, "gcide.dict.dz")) as f:
    data = f.read()

words, order = {}, []
with open(os.path.join(src, "gcide.index"), encoding="utf-8") as f:
    for line in f:
        w, off, ln = line.rstrip("\n").split("\t")
        if w.startswith("00-"):
            continue
        if w not in words:
            words[w] = []
            order.append(w)
        key = (b64(off), b64(ln))
        if key not in words[w]:
            words[w].append(key)

def block(key):
    return data[key[0]:key[0] + key[1]].decode("utf-8", "replace")

def is_main(w):
    for key in words[w]:
        first = block(key).lstrip("\n").split("\n", 1)[0]
        if first.split(" \\", 1)[0].strip().lower() == w.lower():
            return True
    return False

chosen = [w for w in order if is_main(w)][::EVERY]

tmp = out.rstrip("/") + ".tmp"
shutil.rmtree(tmp, ignore_errors=True)
os.makedirs(tmp)
used = set()
for w in chosen:
    slug = re.sub(r"[^a-z0-9]+", "_", w.lower()).strip("_")[:80] or "entry"
    name, n = slug, 1
    while name in used:
        n += 1
        name = f"{slug}~{n}"
    used.add(name)
    text = w + "\n" + "\n\n".join(block(k).strip("\n") for k in words[w]) + "\n"
    with open(os.path.join(tmp, name + ".txt"), "w", encoding="utf-8") as f:
        f.write(text)
shutil.rmtree(out, ignore_errors=True)
os.rename(tmp, out)
print(f"gcide: {len(chosen)} files in {out}", file=sys.stderr)
EOF
