#!/usr/bin/env python3
"""Fits the reader's calibrator: a logistic regression from the features of
the reader's best unit (qa -json records of the questions already read,
-split seen) to whether that unit holds a gold answer. Prints the weights
for generate/reader and the risk-coverage table: at each threshold, the
share of questions answered and the share of those answered wrong. Pure
Python, no dependencies.

    go run ./bench/qa -split seen -json /tmp/seen.json && python3 bench/qa/fit.py /tmp/seen.json

The fit is Newton's method on the log-loss summed over the questions plus
an L2 penalty of 1/(2C) on every weight but the bias (C = 0.1, chosen by
leaving one corpus out at a time: the weights fitted on the other corpora,
the left-out corpus's questions ranked by them; at 4% and 5% answered
wrong, C = 0.03-0.3 answered within 4% of each other, weaker penalties
fewer). It converges in about ten steps.
"""
import json, math, sys

C = 0.1


def solve(a, b):
    """Solves a x = b for a small symmetric positive-definite a."""
    n = len(b)
    m = [row[:] + [b[i]] for i, row in enumerate(a)]
    for i in range(n):
        p = max(range(i, n), key=lambda r: abs(m[r][i]))
        m[i], m[p] = m[p], m[i]
        for r in range(i + 1, n):
            f = m[r][i] / m[i][i]
            for k in range(i, n + 1):
                m[r][k] -= f * m[i][k]
    x = [0.0] * n
    for i in reversed(range(n)):
        x[i] = (m[i][n] - sum(m[i][k] * x[k] for k in range(i + 1, n))) / m[i][i]
    return x


def sigmoid(z):
    return 1 / (1 + math.exp(-max(-40.0, min(40.0, z))))


def fit(xs, ys, c=C, steps=50):
    d = len(xs[0])
    w = [0.0] * d
    for _ in range(steps):
        g = [(w[j] / c if j else 0.0) for j in range(d)]
        h = [[(1 / c if j == k and j else 0.0) for k in range(d)] for j in range(d)]
        for x, y in zip(xs, ys):
            p = sigmoid(sum(a * b for a, b in zip(w, x)))
            s = p * (1 - p)
            for j in range(d):
                if x[j] == 0:
                    continue
                g[j] += (p - y) * x[j]
                sx = s * x[j]
                hj = h[j]
                for k in range(d):
                    hj[k] += sx * x[k]
        step = solve(h, g)
        w = [a - b for a, b in zip(w, step)]
        if max(abs(v) for v in step) < 1e-6:
            break
    return w


def main():
    recs = [r for r in json.load(open(sys.argv[1])) if r.get("features")]
    xs = [r["features"] for r in recs]
    ys = [1.0 if r["best_right"] and r["answers"] else 0.0 for r in recs]
    w = fit(xs, ys)
    print("weights = []float64{" + ", ".join("%.3g" % v for v in w) + "}")
    probs = [sigmoid(sum(a * b for a, b in zip(w, x))) for x in xs]
    print("threshold  answered  wrong/answered  correct/answerable")
    answerable = sum(1 for r in recs if r["answers"])
    for t in [0.3, 0.4, 0.5, 0.55, 0.6, 0.65, 0.7, 0.72, 0.74, 0.76, 0.78, 0.8, 0.82, 0.85, 0.9]:
        ans = [(p, y) for p, y in zip(probs, ys) if p >= t]
        wrong = sum(1 for p, y in ans if y == 0)
        right = len(ans) - wrong
        print("%9.2f  %8d  %14.3f  %18.3f" % (t, len(ans), wrong / max(1, len(ans)), right / max(1, answerable)))


main()
