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
self_hash="$(cat "${BASH_SOURCE[0]}" "$(dirname "${BASH_SOURCE[0]}")/dictd.py" | sha256sum | cut -c1-16)"

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
python3 "$(dirname "${BASH_SOURCE[0]}")/dictd.py" all "$tmp/root/usr/share/dictd/$db" "$out.tmp"
printf '%s' "$stamp" >"$out.tmp/.stamp"
rm -rf "$out"
mv "$out.tmp" "$out"
echo "$db.sh: built $out ($(du -sh --apparent-size "$out" | cut -f1))" >&2
