#!/usr/bin/env bash
# Build the "unicode" QA corpus: a selection of the Unicode Character Database
# files shipped by the Debian package unicode-data, copied as they are.
#
# Usage: bench/qa/corpora/unicode.sh OUTDIR
# OUTDIR is rebuilt from scratch and holds exactly the files listed in
# $files, byte for byte (idempotent, deterministic), about 4 MB.
set -euo pipefail

pkg=unicode-data
files=(
	UnicodeData.txt
	NamesList.txt
	Blocks.txt
	Scripts.txt
	PropList.txt
	NameAliases.txt
	PropertyValueAliases.txt
	ReadMe.txt
)
source "$(dirname "${BASH_SOURCE[0]}")/../unpack.sh"
corpus_out "$@"
unpack "$pkg"
src="$tmp/root/usr/share/unicode"

stage_open
for f in "${files[@]}"; do
	mkdir -p "$stage/$(dirname "$f")"
	cp --preserve=timestamps "$src/$f" "$stage/$f"
done
stage_publish unicode
