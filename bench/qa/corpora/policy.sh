#!/usr/bin/env bash
# Build the "policy" QA corpus: the Debian Policy Manual (an HTML manual of
# numbered rules: the archive and its sections, source and binary packages,
# control fields, package relationships, maintainer scripts, shared
# libraries, the file system layout, customized programs, documentation,
# and appendices on the packaging system, with the upgrading checklist)
# from the Debian package debian-policy, copied as it is.
#
# Usage: bench/qa/corpora/policy.sh OUTDIR
#
# OUTDIR gets every /usr/share/doc/debian-policy/policy.html/*.html of the
# package but the Sphinx search and general index pages (genindex.html,
# search.html): the index, 12 chapters, 10 appendices and the upgrading
# checklist, 24 files, about 1.1 MB, byte for byte. The _sources, _static,
# searchindex.js and the other documents of the package (menu, Perl and
# debconf policies, FHS, PDF, text) are left out. Idempotent and
# deterministic: OUTDIR is rebuilt from scratch.
set -euo pipefail

pkg=debian-policy
source "$(dirname "${BASH_SOURCE[0]}")/../unpack.sh"
corpus_out "$@"
unpack "$pkg"
src="$tmp/root/usr/share/doc/debian-policy/policy.html"

stage_open
find "$src" -maxdepth 1 -type f -name '*.html' ! -name genindex.html ! -name search.html \
	-exec cp --preserve=timestamps {} "$stage"/ \;
stage_publish policy
