#!/usr/bin/env bash
# Build the "gitdoc" QA corpus: Git's HTML manual (the command manual pages
# git-*.html, the guides and concept pages such as gitglossary.html,
# gitfaq.html, giteveryday.html, user-manual.html) from the Debian package
# git-doc, copied as they are.
#
# Usage: bench/qa/corpora/gitdoc.sh OUTDIR
#
# OUTDIR gets every regular *.html file at the top of the package's
# /usr/share/doc/git-doc (which /usr/share/doc/git/html links to): 205 files,
# 7.7 MB with their inline styles, byte for byte; the howto/ and technical/
# subfolders and the AsciiDoc *.txt sources are left out. Idempotent and
# deterministic: OUTDIR is rebuilt from scratch.
set -euo pipefail

pkg=git-doc
source "$(dirname "${BASH_SOURCE[0]}")/../unpack.sh"
corpus_out "$@"
unpack "$pkg"
src="$tmp/root/usr/share/doc/git-doc" # /usr/share/doc/git/html links here

stage_open
find "$src" -maxdepth 1 -type f -name '*.html' -exec cp --preserve=timestamps {} "$stage"/ \;
stage_publish gitdoc
