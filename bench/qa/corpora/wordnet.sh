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
# File: OUTDIR/<slug>.txt, slug as in bench/qa/dictd.sh (lower case,
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
python3 - "$tmp/root/usr/share/dictd/wn" "$stage" <<'PY'
import gzip, os, re, sys, unicodedata

EVERY = 40
B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
VAL = {c: i for i, c in enumerate(B64)}


def b64(s):
    n = 0
    for c in s:
        n = n * 64 + VAL[c]
    return n


def slug(head):
    s = unicodedata.normalize("NFKD", head).encode("ascii", "ignore").decode()
    s = re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")[:80].strip("-")
    if not s:  # a headword of symbols only: name it by its code points
        s = "u" + "-".join("%04x" % ord(c) for c in head)[:78]
    return s


base, out = sys.argv[1], sys.argv[2]
with gzip.open(base + ".dict.dz") as f:
    data = f.read()
words, order = {}, []
with open(base + ".index", encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        parts = line.rstrip("\n").split("\t")
        if len(parts) != 3:
            sys.exit(f"{base}.index:{n}: want word, offset and length, got {line!r}")
        word, off, length = parts
        if word.startswith("00-database") or word.startswith("00database"):
            continue
        if word not in words:
            words[word] = []
            order.append(word)
        key = (b64(off), b64(length))
        if key not in words[word]:
            words[word].append(key)
used = set()
for word in order[::EVERY]:
    blocks = [data[o:o + n].decode("utf-8").strip("\n").rstrip() for o, n in words[word]]
    head = blocks[0].split("\n", 1)[0].strip()
    if not head:
        sys.exit(f"{base}.index: entry {word!r} has no headword line")
    name, n = slug(head), 1
    while name + ".txt" in used:
        n += 1
        name = f"{slug(head)}~{n}"
    used.add(name + ".txt")
    with open(os.path.join(out, name + ".txt"), "w", encoding="utf-8") as f:
        f.write("\n\n".join(blocks) + "\n")
PY
stage_publish wordnet
