#!/usr/bin/env bash
# Build the "maintguide" QA corpus: the Debian New Maintainers' Guide (an
# HTML manual on making a first Debian package: dh_make, debian/control,
# rules, quilt, building and uploading) from the Debian package maint-guide,
# English pages only, copied as they are.
#
# Usage: bench/qa/corpora/maintguide.sh OUTDIR
#
# OUTDIR gets every /usr/share/doc/maint-guide/html/*.en.html of the package
# (index and ten chapters: start, first, modify, dreq, dother, build, checkit,
# upload, update, advanced; 11 files, about 400 KB), byte for byte; the other
# languages, images, the PDF and the text version are left out. Idempotent
# and deterministic: OUTDIR is rebuilt from scratch.
set -euo pipefail

pkg=maint-guide
source "$(dirname "${BASH_SOURCE[0]}")/../unpack.sh"
corpus_out "$@"
unpack "$pkg"
src="$tmp/root/usr/share/doc/maint-guide/html"

stage_open
find "$src" -maxdepth 1 -type f -name '*.en.html' -exec cp --preserve=timestamps {} "$stage"/ \;
stage_publish maintguide
