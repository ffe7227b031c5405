#!/usr/bin/env bash
# Build the "tzdata" QA corpus: the time zone tables of the Debian package
# tzdata (structured records, one per line, tab-separated columns with #
# comments): iso3166.tab (ISO 3166 alpha-2 country codes and the names the
# tz database gives them), zone.tab (one row per country and zone: country
# code, ISO 6709 coordinates of the principal city, TZ name, a comment on
# the region covered) and zone1970.tab (the same for zones that have
# differed since 1970, with every country a zone covers).
#
# Usage: bench/qa/corpora/tzdata.sh OUTDIR
#
# OUTDIR gets the three files of the package's /usr/share/zoneinfo named in
# $files (about 45 KB), byte for byte. Idempotent and deterministic: OUTDIR
# is rebuilt from scratch.
set -euo pipefail

pkg=tzdata
files=(iso3166.tab zone.tab zone1970.tab)
source "$(dirname "${BASH_SOURCE[0]}")/../unpack.sh"
corpus_out "$@"
unpack "$pkg"
src="$tmp/root/usr/share/zoneinfo"

stage_open
for f in "${files[@]}"; do
	cp --preserve=timestamps "$src/$f" "$stage/$f"
done
stage_publish tzdata
