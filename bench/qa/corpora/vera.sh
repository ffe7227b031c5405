#!/usr/bin/env bash
# Build the "vera" QA corpus: V.E.R.A. (Virtual Entity of Relevant Acronyms, a
# list of computer acronyms and their expansions) from the Debian package
# dict-vera, one UTF-8 text file per headword.
#
# Usage (as root or any user that may run apt-get download):
#   bench/qa/corpora/vera.sh OUTDIR
#
# See bench/qa/dictd.sh for the layout of the files.
exec bash "$(dirname "${BASH_SOURCE[0]}")/../dictd.sh" dict-vera vera "$@"
