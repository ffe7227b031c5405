#!/usr/bin/env python3
"""Checks bench/qa question files against the built corpora.

Usage: bench/qa/checkgold.py [--cache DIR] [--split SPLIT] [NAME ...]

For every question of questions/NAME.SPLIT.jsonl (default split blind3, all
corpora with such a file): the id is unique, kind and wording are set, an
answerable question's source file exists under CACHE/NAME and holds every
gold string (byte for byte, or once both are folded: markup tags dropped,
HTML entities decoded, case folded, runs of white space made one space, so
that a gold written across a line break or an inline tag is found), an unanswerable one (answers []) has no source and
kind "unanswerable". Prints each problem and counts by kind and wording;
exits 1 on a problem. It does not look at any answer of Verbatim's.
"""
import argparse, collections, glob, html, json, os, re, sys


def fold(text):
    """Text as a reader sees it: no tags, entities decoded, one case, single spaces."""
    text = re.sub(r"<[^<>]*>", "", text)
    return " ".join(html.unescape(text).casefold().split())


here = os.path.dirname(os.path.abspath(__file__))
ap = argparse.ArgumentParser()
ap.add_argument("--cache", default="/tmp/verbatim-qa")
ap.add_argument("--split", default="blind3")
ap.add_argument("names", nargs="*")
a = ap.parse_args()
names = a.names or sorted(os.path.basename(p).split(".")[0]
                          for p in glob.glob(os.path.join(here, "questions", f"*.{a.split}.jsonl")))
bad, seen = 0, set()
for name in names:
    path = os.path.join(here, "questions", f"{name}.{a.split}.jsonl")
    kinds, wordings = collections.Counter(), collections.Counter()
    for n, line in enumerate(open(path, encoding="utf-8"), 1):
        where = f"{path}:{n}"
        q = json.loads(line)
        problems = []
        if q["id"] in seen:
            problems.append(f"id {q['id']} repeated")
        seen.add(q["id"])
        if q.get("wording") not in ("literal", "paraphrase"):
            problems.append(f"wording {q.get('wording')!r}")
        if not q.get("kind") or not q.get("question"):
            problems.append("kind or question empty")
        if q["answers"]:
            src = os.path.join(a.cache, name, q.get("source", ""))
            if not q.get("source") or not os.path.isfile(src):
                problems.append(f"source {q.get('source')!r} not a file in {a.cache}/{name}")
            else:
                data = open(src, "rb").read()
                folded = None
                for g in q["answers"]:
                    if g and g.encode() in data:
                        continue
                    if folded is None:
                        folded = fold(data.decode("utf-8", "replace"))
                    if not g or not fold(g) or fold(g) not in folded:
                        problems.append(f"gold {g!r} not in {q['source']}")
        elif q.get("source") or q.get("kind") != "unanswerable":
            problems.append("unanswerable question with a source or another kind")
        for p in problems:
            print(f"{where}: {q['id']}: {p}")
        bad += len(problems)
        kinds[q.get("kind")] += 1
        wordings[q.get("wording")] += 1
    print(f"{name}: {sum(kinds.values())} questions; " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
          + "; " + ", ".join(f"{k} {v}" for k, v in sorted(wordings.items())))
sys.exit(1 if bad else 0)
