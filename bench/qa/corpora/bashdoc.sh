#!/usr/bin/env bash
# Build the "bashdoc" QA corpus: the GNU Bash manuals in HTML from the
# Debian package bash-doc: bashref.html (the Bash Reference Manual: shell
# syntax, expansions, redirections, builtins, variables, job control,
# readline, installation) and bash.html (the bash(1) manual page as HTML).
#
# Usage: bench/qa/corpora/bashdoc.sh OUTDIR
#
# OUTDIR gets every regular *.html file at the top of the package's
# /usr/share/doc/bash (bash.html and bashref.html: 2 files, about 1.2 MB),
# byte for byte; the PDF versions, the info manual and the examples/ folder
# (sample scripts and their INDEX) are left out. Idempotent and
# deterministic: OUTDIR is rebuilt from scratch.
set -euo pipefail

pkg=bash-doc
source "$(dirname "${BASH_SOURCE[0]}")/../unpack.sh"
corpus_out "$@"
unpack "$pkg"
src="$tmp/root/usr/share/doc/bash"

stage_open
find "$src" -maxdepth 1 -type f -name '*.html' -exec cp --preserve=timestamps {} "$stage"/ \;
stage_publish bashdoc
