#!/usr/bin/env python3
"""Build the benchmark folder and its question set from two Debian dictionaries.

Run through bench/dataset.sh, which installs the packages first:

    python3 bench/mkdataset.py DICT_DIR OUT_DIR

DICT_DIR holds the dictd databases of `dict-gcide` (GNU Collaborative
International Dictionary of English) and `dict-wn` (WordNet), normally
/usr/share/dictd. The script writes, deterministically (stdlib only):

    OUT_DIR/full/<a..z|other>/<headword>.txt   one file per headword: every
                                              GCIDE and WordNet entry of it
    OUT_DIR/small/...                         ~3,000 of those files: every
                                              gold file plus a fixed sample
    OUT_DIR/questions.jsonl                   {"id","q","gold","headword"}

A question is a distinctive 3-6 word phrase of one file's definitions that
does not contain the headword, whose content words occur together in at most
MAX_SHARED files: the question "which entry says this?" has a known answer,
and recall@5 asks whether the gold file is among the first five results.
"""

import array
import gzip
import json
import os
import random
import re
import shutil
import sys

B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
B64_VAL = {c: i for i, c in enumerate(B64)}

SEED = 20240501
N_QUESTIONS = 200
SMALL_FILES = 3000
MAX_SHARED = 3  # files holding all content words of a question (gold included)

STOP = set("""a about above after again against all also am an and any are as at be
because been before being below between both but by can could did do does doing down
during each few for from further had has have having he her here hers him his how i if
in into is it its itself just me more most my no nor not now of off on once only or
other our out over own same she should so some such than that the their them then there
these they this those through to too under until up very was we were what when where
which while who whom why will with would you your one two any used etc esp e g""".split())

# Words of the dictionaries' own apparatus, never part of a question.
APPARATUS = set("""webster wordnet pjc syn see called written obs zool bot n v adj adv
imp pr vb p t i r ant sing pl fr oe as cf gr lat l f ac usually""".split())

WORD = re.compile(r"[a-z]+")


def b64(s):
    n = 0
    for c in s:
        n = n * 64 + B64_VAL[c]
    return n


def read_blocks(dict_dir, name):
    """Yield (index word, block text) for each distinct block of a dictd db."""
    with gzip.open(os.path.join(dict_dir, name + ".dict.dz")) as f:
        data = f.read()
    seen = set()
    with open(os.path.join(dict_dir, name + ".index"), encoding="utf-8") as f:
        for line in f:
            word, off, length = line.rstrip("\n").split("\t")
            if word.startswith("00-database") or word.startswith("00-"):
                continue
            key = (b64(off), b64(length))
            if key in seen:
                continue
            seen.add(key)
            yield word, data[key[0]:key[0] + key[1]].decode("utf-8", "replace")


def headword(index_word, block):
    """The entry's own headword: GCIDE's "Word \\Pron\\", WordNet's first line."""
    first = block.lstrip("\n").split("\n", 1)[0]
    head = first.split(" \\", 1)[0].strip() if " \\" in first else first.strip()
    if not head or len(head) > 80:
        head = index_word
    return head.lower()


def file_name(key):
    name = re.sub(r"[^a-z0-9]+", "_", key).strip("_")[:80] or "entry"
    sub = name[0] if "a" <= name[0] <= "z" else "other"
    return sub, name


def group(dict_dir):
    """Map headword -> list of blocks (GCIDE first, then WordNet)."""
    entries = {}
    for db in ("gcide", "wn"):
        for word, block in read_blocks(dict_dir, db):
            entries.setdefault(headword(word, block), []).append(block.strip("\n"))
    return entries


def layout(entries):
    """Assign each headword a unique relative path, in sorted order."""
    paths, used = {}, set()
    for key in sorted(entries):
        sub, name = file_name(key)
        rel, n = f"{sub}/{name}.txt", 1
        while rel in used:
            n += 1
            rel = f"{sub}/{name}~{n}.txt"
        used.add(rel)
        paths[key] = rel
    return paths


def write_tree(root, files):
    tmp = root + ".tmp"
    shutil.rmtree(tmp, ignore_errors=True)
    for rel, text in files:
        p = os.path.join(tmp, rel)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w", encoding="utf-8") as f:
            f.write(text)
    shutil.rmtree(root, ignore_errors=True)
    os.rename(tmp, root)


def postings(texts):
    """Inverted index word -> sorted file numbers, as compact arrays."""
    post = {}
    for i, text in enumerate(texts):
        for w in set(WORD.findall(text.lower())):
            if w in STOP or len(w) < 3:
                continue
            a = post.get(w)
            if a is None:
                a = post[w] = array.array("I")
            a.append(i)
    return post


def shared(post, words):
    """Number of files holding all words."""
    lists = sorted((post[w] for w in words), key=len)
    acc = set(lists[0])
    for a in lists[1:]:
        acc.intersection_update(a)
        if not acc:
            break
    return len(acc)


def definition_lines(text):
    """The text without pronunciations, etymologies, citations and cross-reference braces."""
    return re.sub(r"\\[^\\]*\\|\[[^\]]*\]?|\{|\}|\([^)]*\)?|\"[^\"]*\"?|--\S+", " ", text)


def question_for(rng, key, text, post, df):
    head = set(WORD.findall(key))
    stems = {h[:5] for h in head if len(h) >= 4}
    words = re.findall(r"[A-Za-z]+(?:-[A-Za-z]+)?|[;:.,]", definition_lines(text))
    spans = []
    for n in (3, 4, 5, 6):
        for i in range(len(words) - n + 1):
            win = words[i:i + n]
            if any(not w[0].isalpha() for w in win):
                continue
            low = [w.lower() for w in win]
            flat = [p for w in low for p in w.split("-")]
            if any(p in head or p[:5] in stems or p in APPARATUS for p in flat):
                continue
            content = [p for p in flat if p not in STOP and len(p) >= 3]
            if len(content) < 3 or low[0] in STOP or low[-1] in STOP:
                continue
            if any(df.get(p, 0) < 2 for p in content):
                continue  # a word found nowhere else makes it a lookup, not a search
            spans.append((win, content))
    rng.shuffle(spans)
    for win, content in spans[:40]:
        if shared(post, content) <= MAX_SHARED:
            return " ".join(win)
    return None


def make_questions(entries, paths):
    keys = sorted(entries)
    texts = ["\n\n".join(entries[k]) + "\n" for k in keys]
    post = postings(texts)
    df = {w: len(a) for w, a in post.items()}
    rng = random.Random(SEED)
    order = list(range(len(keys)))
    rng.shuffle(order)
    qs = []
    for i in order:
        key, text = keys[i], texts[i]
        if not re.fullmatch(r"[a-z]+", key) or not 150 <= len(text) <= 4000:
            continue
        q = question_for(rng, key, text, post, df)
        if q:
            qs.append({"id": len(qs) + 1, "q": q, "gold": paths[key], "headword": key})
        if len(qs) == N_QUESTIONS:
            break
    return qs, texts, keys


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: mkdataset.py DICT_DIR OUT_DIR")
    dict_dir, out = sys.argv[1], sys.argv[2]
    os.makedirs(out, exist_ok=True)
    entries = group(dict_dir)
    paths = layout(entries)
    qs, texts, keys = make_questions(entries, paths)
    full = [(paths[k], t) for k, t in zip(keys, texts)]
    write_tree(os.path.join(out, "full"), full)
    gold = {q["gold"] for q in qs}
    rest = [f for f in full if f[0] not in gold]
    rng = random.Random(SEED + 1)
    small = [f for f in full if f[0] in gold] + rng.sample(rest, SMALL_FILES - len(gold))
    write_tree(os.path.join(out, "small"), sorted(small))
    with open(os.path.join(out, "questions.jsonl"), "w", encoding="utf-8") as f:
        for q in qs:
            f.write(json.dumps(q, sort_keys=True) + "\n")
    size = sum(len(t.encode("utf-8")) for _, t in full)
    print(f"mkdataset: {len(full)} files, {size / 1e6:.1f} MB; "
          f"small {len(small)} files; {len(qs)} questions", file=sys.stderr)


if __name__ == "__main__":
    main()
