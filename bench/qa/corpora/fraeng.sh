#!/usr/bin/env bash
# Build the "fraeng" QA corpus: the FreeDict French-English dictionary (a
# bilingual glossary: French headword, IPA pronunciation, part of speech and
# gender in <...>, numbered English senses) from the Debian package
# dict-freedict-fra-eng, one UTF-8 text file per headword (about 8,500 files).
#
# Usage (as root or any user that may run apt-get download):
#   bench/qa/corpora/fraeng.sh OUTDIR
#
# See bench/qa/dictd.sh for the layout of the files.
exec bash "$(dirname "${BASH_SOURCE[0]}")/../dictd.sh" dict-freedict-fra-eng freedict-fra-eng "$@"
