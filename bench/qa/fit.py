#!/usr/bin/env python3
"""Fits the reader's calibrator: a logistic regression from the features of
the reader's best unit (qa -json records of the questions already read,
-split seen, and the project's own sets) to whether that unit holds a
gold answer. Prints the weights for generate/reader and the
risk-coverage table: at each threshold, the share of questions answered and
the share of those answered wrong. Pure Python, no dependencies.

    go run ./bench/qa -split seen -json /tmp/seen.json && python3 bench/qa/fit.py /tmp/seen.json
"""
import json, math, sys

def main():
    recs = [r for r in json.load(open(sys.argv[1])) if r.get("features")]
    xs = [r["features"] for r in recs]
    ys = [1.0 if r["best_right"] and r["answers"] else 0.0 for r in recs]
    n, d = len(xs), len(xs[0])
    w = [0.0] * d
    lr, l2 = 0.5, 0.01
    for it in range(3000):
        g = [0.0] * d
        for x, y in zip(xs, ys):
            p = 1 / (1 + math.exp(-sum(a * b for a, b in zip(w, x))))
            for j in range(d):
                g[j] += (p - y) * x[j]
        for j in range(d):
            w[j] -= lr * (g[j] / n + l2 * w[j] * (j > 0))
    print("weights = []float64{" + ", ".join("%.3g" % v for v in w) + "}")
    probs = [1 / (1 + math.exp(-sum(a * b for a, b in zip(w, x)))) for x in xs]
    print("threshold  answered  wrong/answered  correct/answerable")
    answerable = sum(1 for r in recs if r["answers"])
    for t in [0.3, 0.4, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9]:
        ans = [(p, y) for p, y in zip(probs, ys) if p >= t]
        wrong = sum(1 for p, y in ans if y == 0)
        right = len(ans) - wrong
        print("%9.2f  %8d  %14.3f  %18.3f" % (t, len(ans), wrong / max(1, len(ans)), right / max(1, answerable)))

main()
