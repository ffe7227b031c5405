#!/usr/bin/env python3
"""Seeded pick of candidate fact lines for a blind question set.

    DRAWS=16 python3 bench/qa/pick.py SEED [NAME ...]   (gitdoc: DRAWS=40)

For each corpus: random.Random(SEED), sorted file list under
/tmp/verbatim-qa/NAME, draw a file uniformly, then a line uniformly among
lines holding >=20 chars and >=3 alphabetic words once markup tags are
stripped (CSS declarations left out; a file with no such line, a short
dictionary entry, falls back to any non-empty line). Draws are used in
order; a draw is skipped only if it holds no fact (boilerplate, CSS/JS,
navigation) or repeats an earlier draw's line. Seed N drew blindN
(blind8 to blind64; blind37 was written from seed 36's draws for the six
corpora blind36 lacks): `python3 bench/qa/pick.py 40` prints blind40's
draws again.
"""
import os, random, re, sys


def main(seed, names):
    root = "/tmp/verbatim-qa"
    names = names or sorted(os.listdir(root))
    for name in names:
        rng = random.Random(seed)
        files = sorted(os.path.relpath(os.path.join(d, f), os.path.join(root, name))
                       for d, _, fs in os.walk(os.path.join(root, name)) for f in fs)
        print(f"===== {name} ({len(files)} files)")
        for k in range(int(os.environ.get("DRAWS", "16"))):
            f = rng.choice(files)
            lines = open(os.path.join(root, name, f), encoding="utf-8", errors="replace").read().split("\n")
            text = [re.sub(r"<[^>]*>?", " ", l).strip() for l in lines]  # markup stripped
            cand = [i for i, t in enumerate(text) if len(t) >= 20 and len(re.findall(r"[A-Za-z]{2,}", t)) >= 3 and not re.match(r"^[\w-]+:\s.*;$", t)]
            if not cand:  # a short dictionary entry: any non-empty line
                cand = [i for i, t in enumerate(text) if t]
            i = rng.choice(cand)
            print(f"--- {k} {f}:{i+1}")
            for j in range(max(0, i-2), min(len(lines), i+3)):
                print(("> " if j == i else "  ") + lines[j][:300])


if __name__ == "__main__":
    main(int(sys.argv[1]), sys.argv[2:])
