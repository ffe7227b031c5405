#!/usr/bin/env bash
# Build the "debref" QA corpus: the HTML files of the Debian Reference
# (English), copied as they are from the Debian package debian-reference-en.
#
# Usage: bench/qa/corpora/debref.sh OUTDIR
#
# OUTDIR gets every /usr/share/debian-reference/*.en.html of the package
# (index, preface pr01, chapters ch01-ch12, appendix apa; about 2.3 MB),
# byte for byte. Idempotent: OUTDIR is rebuilt from scratch.
set -euo pipefail

out="${1:?usage: debref.sh OUTDIR}"
pkg=debian-reference-en
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
(
	cd "$tmp"
	apt-get download "$pkg" >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get download "$pkg" >/dev/null; }
	dpkg -x "$pkg"_*.deb root
)
rm -rf "$out.tmp"
mkdir -p "$out.tmp"
cp "$tmp"/root/usr/share/debian-reference/*.en.html "$out.tmp"/
rm -rf "$out"
mv "$out.tmp" "$out"
echo "debref: $(ls "$out" | wc -l) files in $out" >&2
