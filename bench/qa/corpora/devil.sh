#!/usr/bin/env bash
# Build the "devil" QA corpus: The Devil's Dictionary by Ambrose Bierce (a
# satirical glossary, many entries with verses signed by invented poets) from
# the Debian package dict-devil, one UTF-8 text file per headword.
#
# Usage (as root or any user that may run apt-get download):
#   bench/qa/corpora/devil.sh OUTDIR
#
# See bench/qa/dictd.sh for the layout of the files.
exec bash "$(dirname "${BASH_SOURCE[0]}")/../dictd.sh" dict-devil devil "$@"
