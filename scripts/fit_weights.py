"""Fit the classifier's evidence multipliers on benchmark development pages.

    pip install scikit-learn
    python scripts/fit_weights.py ../shared/benchmarks/scrapinghub ../shared/benchmarks/wcxb-dev-articles
    python scripts/fit_weights.py ... --write      # also write rules/weights.yaml

Every line the scorers judge becomes a vector: per evidence key (``lexicon/related``,
``shape.prose``, ``region.outside``, ...; see ``cleaner.classify.evidence_key``), the sum
of the weights the scorers gave it. Its label is *article* when its words occur, in
order, in the page's gold body, *boilerplate* when few of them occur there at all
(lines in between are left out of the fit). A logistic regression, with article lines
weighing ``--keep-weight`` times as much (a lost sentence costs more than a kept
widget), separates the two; its coefficients divided by minus its intercept are the
multipliers, so that the classifier's drop threshold of 1.0 is the regression's 0.5.

The figures that count are cross-validated: pages are split into folds by site
(domain), the weights fitted on the other folds judge each fold's pages with the whole
pipeline (smoothing included), and the benchmarks' own metrics are computed on the
pooled held-out pages. The script prints them beside the unfitted (hand-set) figures.

Measured 2026-11-21 on both development sets (891 pages, 813 sites, 5 folds): the fitted
weights lose to the hand-set ones (scrapinghub shingle F1 0.871 against 0.903, WCXB 0.891
against 0.908, keep-weight 1.0): a line-by-line fit cannot see the smoothing pass and the
region scorer that follow it. Again 2026-11-27, after that day's lexicon and scorer
changes: scrapinghub 0.908 (P 0.854, R 0.969) against 0.952 hand-set; WCXB 0.913 (with
0.872, without 0.901) against 0.929 (with 0.865, without 0.955). So no rules/weights.yaml
is shipped; refit when scorers change.
"""

from __future__ import annotations

import argparse
import datetime
import os
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402
import yaml  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402
from sklearn.model_selection import GroupKFold  # noqa: E402

from cleaner import Cleaner, Options  # noqa: E402
from cleaner.classify import evidence_key  # noqa: E402
from cleaner.evaluate import Page, SystemRun, load_dataset, tokens  # noqa: E402

MAX_BOILERPLATE_OVERLAP = 0.3


def line_examples(cleaner: Cleaner, page: Page) -> list[tuple[dict[str, float], int]]:
    """(evidence vector, 1 if boilerplate) for each judged line of a page."""
    gold_tokens = [t.lower() for t in tokens(page.body or "")]
    gold = " " + " ".join(gold_tokens) + " "
    gold_set = set(gold_tokens)
    out = []
    for line in cleaner.clean(page.text(), url=page.url).lines:
        if not line.text or line.forced or line.protected:
            continue
        toks = [t.lower() for t in tokens(line.text)]
        if not toks:
            continue
        if (" " + " ".join(toks) + " ") in gold:
            label = 0
        elif sum(t in gold_set for t in toks) <= MAX_BOILERPLATE_OVERLAP * len(toks):
            label = 1
        else:
            continue
        vector: dict[str, float] = defaultdict(float)
        for reason in line.reasons:
            if reason.weight:
                vector[evidence_key(reason.code)] += reason.weight
        out.append((dict(vector), label))
    return out


def fit(examples: list[tuple[dict[str, float], int]], keep_weight: float,
        c: float) -> dict[str, object]:
    keys = sorted({k for vector, _ in examples for k in vector})
    index = {k: i for i, k in enumerate(keys)}
    x = np.zeros((len(examples), len(keys)))
    y = np.zeros(len(examples))
    for row, (vector, label) in enumerate(examples):
        for k, v in vector.items():
            x[row, index[k]] = v
        y[row] = label
    model = LogisticRegression(C=c, class_weight={0: keep_weight, 1: 1.0}, max_iter=2000)
    model.fit(x, y)
    bias = float(model.intercept_[0])
    if bias >= 0:
        raise SystemExit(f"the fitted intercept is {bias:.3f} >= 0: lines without evidence "
                         "would be dropped; refusing these weights")
    multipliers = {k: round(float(w) / -bias, 4) for k, w in zip(keys, model.coef_[0])}
    return {"multipliers": multipliers, "bias": bias}


def write_weights(path: Path, fitted: dict[str, object], note: str) -> None:
    data = {"fitted": note, "thresholds": {"drop": 1.0, "near": 0.4},
            "multipliers": fitted["multipliers"]}
    path.write_text("# Written by scripts/fit_weights.py: refit rather than edit by hand.\n"
                    + yaml.safe_dump(data, sort_keys=True, allow_unicode=True), "utf-8")


def scores(cleaner: Cleaner, pages: list[Page]) -> dict[str, float | None]:
    run = SystemRun("cv")
    for page in pages:
        run.predictions[page.id] = cleaner.clean(page.text(), url=page.url).body
    s = run.scores(pages)
    return {k: s[k] for k in ("shingle_precision", "shingle_recall", "shingle_f1", "word_f1",
                              "with_rate", "without_rate")}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("datasets", nargs="+", type=Path)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--keep-weight", type=float, default=2.0)
    parser.add_argument("--c", type=float, default=1.0, help="inverse regularisation strength")
    parser.add_argument("--write", action="store_true", help="write rules/weights.yaml")
    args = parser.parse_args()

    base = Cleaner(options=Options(weights=os.devnull))  # an empty weights file: unfitted
    pages: list[tuple[str, Page]] = [(d.name, p) for d in args.datasets for p in load_dataset(d)
                                     if p.body is not None]
    examples = [line_examples(base, p) for _, p in pages]
    groups = [p.domain or p.id for _, p in pages]
    print(f"{len(pages)} pages, {sum(map(len, examples))} labelled lines, "
          f"{len(set(groups))} sites, {args.folds} folds by site")

    held_out: dict[str, dict[str, str]] = defaultdict(dict)
    folds = GroupKFold(n_splits=args.folds)
    with tempfile.TemporaryDirectory() as tmp:
        for fold, (train, test) in enumerate(folds.split(pages, groups=groups)):
            fitted = fit([e for i in train for e in examples[i]], args.keep_weight, args.c)
            path = Path(tmp) / f"fold{fold}.yaml"
            write_weights(path, fitted, f"fold {fold}")
            cleaner = Cleaner(options=Options(weights=str(path)))
            for i in test:
                name, page = pages[i]
                held_out[name][page.id] = cleaner.clean(page.text(), url=page.url).body
    for name in sorted({n for n, _ in pages}):
        subset = [p for n, p in pages if n == name]
        run = SystemRun("cv")
        run.predictions = held_out[name]
        cv = run.scores(subset)
        hand = scores(base, subset)
        print(f"{name}:")
        for label, s in (("hand-set", hand), ("fitted, cross-validated", cv)):
            print(f"  {label:<25}" + "  ".join(
                f"{k.replace('shingle_', 'sh.')} {s[k]:.3f}" for k in
                ("shingle_precision", "shingle_recall", "shingle_f1", "word_f1", "with_rate",
                 "without_rate") if s[k] is not None))
    if args.write:
        fitted = fit([e for ex in examples for e in ex], args.keep_weight, args.c)
        note = (f"{datetime.date.today().isoformat()} on {', '.join(d.name for d in args.datasets)}"
                f" ({len(pages)} pages), keep-weight {args.keep_weight}, C {args.c}")
        write_weights(ROOT / "rules" / "weights.yaml", fitted, note)
        print("wrote rules/weights.yaml:", yaml.safe_dump(fitted["multipliers"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
