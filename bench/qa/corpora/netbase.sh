#!/usr/bin/env bash
# Build the "netbase" QA corpus: the network name tables of the Debian
# package netbase (structured records, one per line, whitespace-separated
# columns with aliases and # comments): services (service name,
# port/protocol, aliases), protocols (IP protocol names and numbers), rpc
# (Sun RPC program numbers) and ethertypes (Ethernet frame type codes).
#
# Usage: bench/qa/corpora/netbase.sh OUTDIR
#
# OUTDIR gets the four files of the package's /etc named in $files (about
# 19 KB), byte for byte. Idempotent and deterministic: OUTDIR is rebuilt
# from scratch.
set -euo pipefail

pkg=netbase
files=(services protocols rpc ethertypes)
source "$(dirname "${BASH_SOURCE[0]}")/../unpack.sh"
corpus_out "$@"
unpack "$pkg"
src="$tmp/root/etc"

stage_open
for f in "${files[@]}"; do
	cp --preserve=timestamps "$src/$f" "$stage/$f"
done
stage_publish netbase
