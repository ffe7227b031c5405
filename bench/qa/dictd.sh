#!/usr/bin/env bash
# Builds a QA corpus from a dictd database in a Debian package: one UTF-8 text
# file per headword. Called by the corpus scripts (bench/qa/corpora/jargon.sh,
# vera.sh) as: bench/qa/dictd.sh PACKAGE DATABASE OUTDIR
#
# Each file is named by a filesystem-safe slug of its headword (lower case,
# [a-z0-9-], a ~N suffix when two headwords share a slug) and holds the
# database's entry as it is: its first line is the headword as the database
# writes it, then the entry text, markup and all. Headwords that the database
# has more than once (same spelling) share one file, their entries in database
# order separated by a blank line. The database's own 00-database-* records are
# left out. All text comes from the package; nothing is hand-copied.
#
# Idempotent and deterministic: OUTDIR/.stamp records the package version and
# this script's hash; a second run with both unchanged does nothing. The folder
# is built beside OUTDIR and moved into place whole.
set -euo pipefail

if [[ $# -ne 3 || "$3" == -* ]]; then
	sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d' >&2
	exit 2
fi
pkg="$1" db="$2" out="${3%/}"
self_hash="$(sha256sum "${BASH_SOURCE[0]}" | cut -c1-16)"

# Skip the download when the stamp already matches the candidate version.
candidate="$(apt-cache policy "$pkg" 2>/dev/null | awk '/Candidate:/ {print $2}')"
if [[ -d "$out" && -f "$out/.stamp" && -n "$candidate" && "$candidate" != "(none)" &&
	"$(cat "$out/.stamp")" == "$pkg=$candidate script=$self_hash" ]]; then
	echo "$db.sh: $out is up to date" >&2
	exit 0
fi

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
chown _apt "$tmp" 2>/dev/null || true # apt-get download fetches as user _apt
(
	cd "$tmp"
	apt-get download "$pkg" >&2 || { apt-get update >&2 && apt-get download "$pkg" >&2; }
)
deb="$(ls "$tmp"/*.deb)"
version="$(dpkg-deb -f "$deb" Version)"
stamp="$pkg=$version script=$self_hash"
if [[ -d "$out" && -f "$out/.stamp" && "$(cat "$out/.stamp")" == "$stamp" ]]; then
	echo "$db.sh: $out is up to date" >&2
	exit 0
fi
dpkg -x "$deb" "$tmp/root"

mkdir -p "$(dirname "$out")"
rm -rf "$out.tmp"
python3 - "$tmp/root/usr/share/dictd/$db" "$out.tmp" <<'PY'
import gzip, os, re, sys, unicodedata

B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
VAL = {c: i for i, c in enumerate(B64)}


def b64(s):
    n = 0
    for c in s:
        n = n * 64 + VAL[c]
    return n


def slug(head):
    s = unicodedata.normalize("NFKD", head).encode("ascii", "ignore").decode()
    s = re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")[:80].strip("-")
    if not s:  # a headword of symbols only: name it by its code points
        s = "u" + "-".join("%04x" % ord(c) for c in head)[:78]
    return s


base, out = sys.argv[1], sys.argv[2]
with gzip.open(base + ".dict.dz") as f:
    data = f.read()
entries = {}  # headword -> [(offset, text)]
with open(base + ".index", encoding="utf-8") as f:
    for line in f:
        word, off, length = line.rstrip("\n").split("\t")
        if word.startswith("00-database") or word.startswith("00database"):
            continue
        o, n = b64(off), b64(length)
        text = data[o:o + n].decode("utf-8").strip("\n").rstrip()
        head = text.split("\n", 1)[0].strip()
        if not head:
            sys.exit(f"{base}.index: entry {word!r} at {o} has no headword line")
        entries.setdefault(head, {})[o] = text
os.makedirs(out)
used = set()
for head in sorted(entries):
    name, n = slug(head), 1
    while name + ".txt" in used:
        n += 1
        name = f"{slug(head)}~{n}"
    used.add(name + ".txt")
    blocks = [t for _, t in sorted(entries[head].items())]
    with open(os.path.join(out, name + ".txt"), "w", encoding="utf-8") as f:
        f.write("\n\n".join(blocks) + "\n")
print(f"{len(used)} files", file=sys.stderr)
PY
printf '%s' "$stamp" >"$out.tmp/.stamp"
rm -rf "$out"
mv "$out.tmp" "$out"
echo "$db.sh: built $out ($(du -sh --apparent-size "$out" | cut -f1))" >&2
