#!/usr/bin/env bash
# Build the "usbids" QA corpus: the USB ID repository (usb.ids, structured
# records: vendor and product ids with their names, device classes and
# subclasses, HID usages, language and country codes, tab-indented) from the
# Debian package usb.ids, copied as it is.
#
# Usage: bench/qa/corpora/usbids.sh OUTDIR
#
# OUTDIR gets the one file usb.ids (/var/lib/usbutils/usb.ids in the package,
# about 730 KB), byte for byte. Idempotent and deterministic: OUTDIR is
# rebuilt from scratch.
set -euo pipefail

pkg=usb.ids
source "$(dirname "${BASH_SOURCE[0]}")/../unpack.sh"
corpus_out "$@"
unpack "$pkg"

stage_open
cp --preserve=timestamps "$tmp/root/var/lib/usbutils/usb.ids" "$stage/usb.ids"
stage_publish usbids
