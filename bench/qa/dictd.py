#!/usr/bin/env python3
"""Writes a dictd database (DATABASE.index + DATABASE.dict.dz) as one UTF-8
text file per headword, for bench/qa's corpus scripts (dictd.sh, and
corpora/wordnet.sh for a subset).

    dictd.py all DATABASE OUTDIR        every headword (dictd.sh)
    dictd.py every N DATABASE OUTDIR    every Nth distinct index word, in
                                        index order (the 1st, N+1st, ...)

Each file is named by a filesystem-safe slug of its headword (lower case,
[a-z0-9-], a ~N suffix on a clash) and holds the database's entry as it is:
its first line is the headword as the database writes it, then the entry
text, markup and all. The database's own 00-database-* records are left
out. With "all", headwords the database has more than once share one file,
their entries in database order separated by a blank line; with "every",
an index word's blocks come in index order, separated by a blank line.
"""
import gzip, os, re, sys, unicodedata

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


def index(base):
    """Yields (word, offset, length) of the index, database records left out."""
    with open(base + ".index", encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            parts = line.rstrip("\n").split("\t")
            if len(parts) != 3:
                sys.exit(f"{base}.index:{n}: want word, offset and length, got {line!r}")
            word, off, length = parts
            if word.startswith("00-database") or word.startswith("00database"):
                continue
            yield word, b64(off), b64(length)


def write(out, files):
    """Writes (headword, blocks) pairs as OUTDIR/<slug>.txt; returns the count."""
    os.makedirs(out, exist_ok=True)
    used = set()
    for head, blocks in files:
        name, n = slug(head), 1
        while name + ".txt" in used:
            n += 1
            name = f"{slug(head)}~{n}"
        used.add(name + ".txt")
        with open(os.path.join(out, name + ".txt"), "w", encoding="utf-8") as f:
            f.write("\n\n".join(blocks) + "\n")
    return len(used)


def every_headword(base, data):
    entries = {}  # headword -> {offset: text}
    for word, o, n in index(base):
        text = data[o:o + n].decode("utf-8").strip("\n").rstrip()
        head = text.split("\n", 1)[0].strip()
        if not head:
            sys.exit(f"{base}.index: entry {word!r} at {o} has no headword line")
        entries.setdefault(head, {})[o] = text
    for head in sorted(entries):
        yield head, [t for _, t in sorted(entries[head].items())]


def every_nth_word(base, data, every):
    words, order = {}, []
    for word, o, n in index(base):
        if word not in words:
            words[word] = []
            order.append(word)
        if (o, n) not in words[word]:
            words[word].append((o, n))
    for word in order[::every]:
        blocks = [data[o:o + n].decode("utf-8").strip("\n").rstrip() for o, n in words[word]]
        head = blocks[0].split("\n", 1)[0].strip()
        if not head:
            sys.exit(f"{base}.index: entry {word!r} has no headword line")
        yield head, blocks


def main(argv):
    if len(argv) == 3 and argv[0] == "all":
        mode, base, out = None, argv[1], argv[2]
    elif len(argv) == 4 and argv[0] == "every" and argv[1].isdigit() and int(argv[1]) > 0:
        mode, base, out = int(argv[1]), argv[2], argv[3]
    else:
        sys.exit(__doc__)
    with gzip.open(base + ".dict.dz") as f:
        data = f.read()
    files = every_headword(base, data) if mode is None else every_nth_word(base, data, mode)
    print(f"{write(out, files)} files", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1:])
