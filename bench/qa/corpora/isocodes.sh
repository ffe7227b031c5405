#!/usr/bin/env bash
# Build the "isocodes" QA corpus: the ISO code tables (JSON) shipped by the
# Debian package iso-codes, copied as they are.
#
# Usage: bench/qa/corpora/isocodes.sh OUTDIR
# OUTDIR is rebuilt from scratch and holds exactly the files below (idempotent, deterministic):
#   iso_3166-1.json iso_3166-2.json iso_3166-3.json iso_4217.json
#   iso_639-2.json iso_639-3.json iso_639-5.json iso_15924.json  (+ schema-*.json)
set -euo pipefail

pkg=iso-codes
source "$(dirname "${BASH_SOURCE[0]}")/../unpack.sh"
corpus_out "$@"
unpack "$pkg"
src="$tmp/root/usr/share/iso-codes/json"

stage_open
for f in iso_3166-1 iso_3166-2 iso_3166-3 iso_4217 iso_639-2 iso_639-3 iso_639-5 iso_15924 \
	schema-3166-1 schema-3166-2 schema-3166-3 schema-4217 schema-639-2 schema-639-3 schema-639-5 schema-15924; do
	cp --preserve=timestamps "$src/$f.json" "$stage/$f.json"
done
stage_publish isocodes
