#!/usr/bin/env bash
# Build the "debfaq" QA corpus: The Debian GNU/Linux FAQ (an HTML manual in
# questions and answers: what Debian is, getting and installing it,
# compatibility, software, the archives and suites, package basics and
# tools, keeping up to date, the kernel, customizing, support, contributing,
# redistributing, the next release) from the Debian package debian-faq,
# English pages only, copied as they are.
#
# Usage: bench/qa/corpora/debfaq.sh OUTDIR
#
# OUTDIR gets every regular /usr/share/doc/debian/FAQ/*.en.html of the
# package (index and 16 chapters: 17 files, about 310 KB), byte for byte; the
# symbolic links without the language suffix, the images, the style sheet,
# the PDF and the text version are left out. Idempotent and deterministic:
# OUTDIR is rebuilt from scratch.
set -euo pipefail

pkg=debian-faq
source "$(dirname "${BASH_SOURCE[0]}")/../unpack.sh"
corpus_out "$@"
unpack "$pkg"
src="$tmp/root/usr/share/doc/debian/FAQ"

stage_open
find "$src" -maxdepth 1 -type f -name '*.en.html' -exec cp --preserve=timestamps {} "$stage"/ \;
stage_publish debfaq
