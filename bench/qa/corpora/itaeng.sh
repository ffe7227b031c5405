#!/usr/bin/env bash
# Build the "itaeng" QA corpus: the FreeDict Italian-English dictionary (a
# bilingual glossary: Italian headword, IPA pronunciation, part of speech
# and gender in <...>, English senses) from the Debian package
# dict-freedict-ita-eng, one UTF-8 text file per headword (about 3,300 files).
#
# Usage (as root or any user that may run apt-get download):
#   bench/qa/corpora/itaeng.sh OUTDIR
#
# See bench/qa/dictd.sh for the layout of the files.
exec bash "$(dirname "${BASH_SOURCE[0]}")/../dictd.sh" dict-freedict-ita-eng freedict-ita-eng "$@"
