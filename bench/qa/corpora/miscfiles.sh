#!/usr/bin/env bash
# Build the "miscfiles" QA corpus: the small reference tables of the Debian
# package miscfiles (GNU miscfiles: structured records, one per line, in
# tab- or space-separated columns or short blocks): airport codes, world
# cities with coordinates, ISO country codes, currencies, international and
# North American telephone codes, language codes, US postal codes, top-level
# domains, birthstones and flowers, common and talk abbreviations, the ASCII
# and Latin-1 charts, C operator precedence and a list of mailing lists.
#
# Usage: bench/qa/corpora/miscfiles.sh OUTDIR
#
# OUTDIR gets the files of /usr/share/misc named in $files, uncompressed
# (gunzip; the text byte for byte), about 330 KB; the package's unicode
# table (the Unicode corpus already holds UnicodeData.txt), word lists and
# state papers are left out. Idempotent and deterministic: OUTDIR is
# rebuilt from scratch.
set -euo pipefail

pkg=miscfiles
files=(
	abbrevs.gen abbrevs.talk airport ascii birthtoken cities.dat countries
	currency inter.phone languages latin1 mailinglists na.phone
	na.postalcodes operator top-level.domains
)
source "$(dirname "${BASH_SOURCE[0]}")/../unpack.sh"
corpus_out "$@"
unpack "$pkg"
src="$tmp/root/usr/share/misc"

stage_open
for f in "${files[@]}"; do
	gunzip -c "$src/$f.gz" >"$stage/$f"
	touch -r "$src/$f.gz" "$stage/$f"
done
stage_publish miscfiles
