#!/usr/bin/env bash
# Build the "wordnet" QA corpus: a deterministic subset of WordNet 3.0's
# glosses (a general English glossary: for each headword its senses by part
# of speech, short definitions, quoted usage examples, [syn: {...}] and
# [ant: {...}] cross-references) from the Debian package dict-wn (dictd
# database), one UTF-8 text file per headword.
#
# Usage: bench/qa/corpora/wordnet.sh OUTDIR
#
# Subset: walk wn.index in its own order, skip the 00-database-* records,
# keep each distinct index word once and take every 40th (the 1st, 41st,
# 81st, ...): 3,683 files, about 0.9 MB.
#
# File: OUTDIR/<slug>.txt, written by bench/qa/dictd.py as for dictd.sh (lower case,
# [a-z0-9-], a ~N suffix on a clash). It holds the database's entry as it
# is: its first line is the headword as the database writes it, then the
# senses; an index word with several blocks gets them all in index order,
# separated by a blank line. All text comes from the package; nothing is
# hand-copied. Idempotent and deterministic: OUTDIR is rebuilt from scratch.
set -euo pipefail

pkg=dict-wn
source "$(dirname "${BASH_SOURCE[0]}")/../unpack.sh"
corpus_out "$@"
unpack "$pkg"

stage_open
python3 "$(dirname "${BASH_SOURCE[0]}")/../dictd.py" every 40 "$tmp/root/usr/share/dictd/wn" "$stage"
stage_publish wordnet
