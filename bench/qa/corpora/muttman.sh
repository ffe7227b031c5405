#!/usr/bin/env bash
# Build the "muttman" QA corpus: the Mutt E-Mail Client manual as plain
# text (manual.txt: introduction, getting started, configuration, advanced
# usage, mailbox formats, MIME support, optional features, security,
# tuning, and the reference of command-line options, configuration
# commands, every configuration variable with its type and default, and the
# functions with their default key bindings) from the Debian package mutt.
#
# Usage: bench/qa/corpora/muttman.sh OUTDIR
#
# OUTDIR gets the one file manual.txt, the package's
# /usr/share/doc/mutt/manual.txt.gz uncompressed (gunzip; the text byte for
# byte, about 760 KB); the HTML edition of the same manual, the example
# configuration files, the changelogs and the other notes are left out.
# Idempotent and deterministic: OUTDIR is rebuilt from scratch.
set -euo pipefail

pkg=mutt
source "$(dirname "${BASH_SOURCE[0]}")/../unpack.sh"
corpus_out "$@"
unpack "$pkg"
src="$tmp/root/usr/share/doc/mutt"

stage_open
gunzip -c "$src/manual.txt.gz" >"$stage/manual.txt"
touch -r "$src/manual.txt.gz" "$stage/manual.txt"
stage_publish muttman
