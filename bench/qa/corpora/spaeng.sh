#!/usr/bin/env bash
# Build the "spaeng" QA corpus: the FreeDict Spanish-English dictionary (a
# bilingual glossary: Spanish headword, IPA pronunciation, part of speech and
# gender in <...>, English senses) from the Debian package
# dict-freedict-spa-eng, one UTF-8 text file per headword.
#
# Usage (as root or any user that may run apt-get download):
#   bench/qa/corpora/spaeng.sh OUTDIR
#
# See bench/qa/dictd.sh for the layout of the files.
exec bash "$(dirname "${BASH_SOURCE[0]}")/../dictd.sh" dict-freedict-spa-eng freedict-spa-eng "$@"
