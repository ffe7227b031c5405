#!/usr/bin/env bash
# Build the "devref" QA corpus: the Debian Developer's Reference (an HTML
# manual made by Sphinx on the duties of a Debian developer, the archive and
# its suites, uploads, bugs, NMUs, best packaging practices, l10n and
# tools) from the Debian package developers-reference, one page per
# chapter, copied as they are.
#
# Usage: bench/qa/corpora/devref.sh OUTDIR
#
# OUTDIR gets every /usr/share/developers-reference/*.html of the package
# except the one-page edition developers-reference.html (the same text
# again) and the search page search.html: index and nine chapters (scope,
# new-maintainer, developer-duties, resources, pkgs, best-pkging-practices,
# beyond-pkging, l10n, tools; 10 files, about 650 KB), byte for byte.
# Idempotent and deterministic: OUTDIR is rebuilt from scratch.
set -euo pipefail

pkg=developers-reference
source "$(dirname "${BASH_SOURCE[0]}")/../unpack.sh"
corpus_out "$@"
unpack "$pkg"
src="$tmp/root/usr/share/developers-reference"

stage_open
find "$src" -maxdepth 1 -type f -name '*.html' \
	! -name developers-reference.html ! -name search.html \
	-exec cp --preserve=timestamps {} "$stage"/ \;
stage_publish devref
