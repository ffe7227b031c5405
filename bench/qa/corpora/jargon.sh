#!/usr/bin/env bash
# Build the "jargon" QA corpus: the Jargon File 4.4.7 (a hacker glossary with
# {cross-reference} markup) from the Debian package dict-jargon, one UTF-8 text
# file per headword.
#
# Usage (as root or any user that may run apt-get download):
#   bench/qa/corpora/jargon.sh OUTDIR
#
# See bench/qa/dictd.sh for the layout of the files.
exec bash "$(dirname "${BASH_SOURCE[0]}")/../dictd.sh" dict-jargon jargon "$@"
