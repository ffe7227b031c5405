#!/usr/bin/env bash
# Build the "ieeeoui" QA corpus: the IEEE Registration Authority's public
# listings of assigned MAC address blocks, as CSV tables (structured records,
# one per line, comma-separated with double quotes around fields that hold a
# comma; header row "Registry,Assignment,Organization Name,Organization
# Address") from the Debian package ieee-data: oui.csv (MA-L, 24-bit
# Organizationally Unique Identifiers), mam.csv (MA-M, 28-bit blocks),
# oui36.csv (MA-S, 36-bit blocks) and iab.csv (IAB, Individual Address
# Blocks); each row gives the registry, the assigned prefix in hexadecimal,
# the organization's name and its postal address.
#
# Usage: bench/qa/corpora/ieeeoui.sh OUTDIR
#
# OUTDIR gets every *.csv file of the package's /usr/share/ieee-data (4
# files, about 4.3 MB), byte for byte; the same listings in the IEEE's text
# layout (*.txt, 9 MB) are left out. Idempotent and deterministic: OUTDIR
# is rebuilt from scratch.
set -euo pipefail

pkg=ieee-data
source "$(dirname "${BASH_SOURCE[0]}")/../unpack.sh"
corpus_out "$@"
unpack "$pkg"
src="$tmp/root/usr/share/ieee-data"

stage_open
find "$src" -maxdepth 1 -type f -name '*.csv' -exec cp --preserve=timestamps {} "$stage"/ \;
stage_publish ieeeoui
