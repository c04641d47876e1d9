#!/usr/bin/env python3
"""Fits the answer/suggest decision to labelled questions and compares it with the shipped rule.

Logistic regression of "the leader is the expected entry" on what the decision sees (score,
margin, explained share, unknown share, whether the question decides between close entries,
log of the explained weight), 5-fold cross-validated; then, at each number of errors (wrong
answers plus out-of-scope questions answered), how many questions the fitted rule answers right,
beside the shipped rule's count.

Usage (pip install numpy scikit-learn):

  cargo run --release --example fit -- tests/styles_tune.tsv tests/questions.tsv \\
      tests/holdout.tsv tests/fresh.tsv tests/blind.tsv > features.tsv
  python3 benches/fit_decision.py features.tsv
"""

import csv
import math
import random
import sys

import numpy as np
from sklearn.linear_model import LogisticRegression


def features(r):
    score, margin = float(r["score"]), float(r["margin"])
    matched, unexplained, unknown = float(r["matched"]), float(r["unexplained"]), float(r["unknown"])
    weight = matched + unexplained
    return [
        score,
        margin,
        matched / weight if weight > 0 else 0.0,
        unknown / (weight + 1e-9),
        float(r["decides"]),
        math.log1p(matched),
    ]


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else sys.exit(__doc__)
    rows = [
        r
        for r in csv.DictReader(open(path, encoding="utf-8"), delimiter="\t")
        if r["smalltalk"] == "0" and float(r["score"]) > 0
    ]
    x = np.array([features(r) for r in rows])
    y = np.array([r["leader"] == "1" for r in rows])
    in_scope = np.array([r["leader"] != "-" for r in rows])
    shipped = np.array([r["status"] == "Answered" for r in rows])
    n = len(rows)

    def count(answered):
        return (
            int((answered & y).sum()),
            int((answered & in_scope & ~y).sum()),
            int((answered & ~in_scope).sum()),
        )

    right, wrong, oos = count(shipped)
    print(f"{n} questions ({in_scope.sum()} in scope)")
    print(f"shipped rule: {right} right, {wrong} wrong, {oos} out of scope answered ({wrong + oos} errors)")

    random.seed(1)
    order = list(range(n))
    random.shuffle(order)
    folds = [order[i::5] for i in range(5)]
    p = np.zeros(n)
    for f in range(5):
        test = np.array(folds[f])
        train = np.array([i for g in range(5) if g != f for i in folds[g]])
        model = LogisticRegression(C=1.0, max_iter=1000).fit(x[train], y[train])
        p[test] = model.predict_proba(x[test])[:, 1]
    r = w = o = 0
    curve = []
    for i in np.argsort(-p):
        if y[i]:
            r += 1
        elif in_scope[i]:
            w += 1
        else:
            o += 1
        curve.append((r, w, o))
    for budget in (20, 40, 60, wrong + oos):
        best = max((c for c in curve if c[1] + c[2] <= budget), key=lambda c: c[0])
        print(f"fitted, cross-validated, at most {budget} errors: {best[0]} right, {best[1]} wrong, {best[2]} out of scope answered")


if __name__ == "__main__":
    main()
