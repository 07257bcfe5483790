"""The quality gate of HTML mode (after trafilatura's ``tests/eval_gate.py``).

Samples of each development set's HTML live in the repository with their licences:
``tests/data/benchmarks/scrapinghub`` and ``wcxb-dev-articles`` (every 4th and every 10th
page) and ``tests/data/html/fundus-dev`` (every 4th page). HTML mode's scores on them,
with the benchmarks' own metrics, may not fall below the floors pinned in
``html_baseline.json``: on all of a sample's pages, and on the pages of its held-out
sites apart (sites never tuned on: a fall there is over-fitting). Re-pin after an
improvement with ``python scripts/pin_baselines.py``.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import pytest

from cleaner import Cleaner
from cleaner.corpus import corpus_digest
from cleaner.evaluate import evaluate

DATA = Path(__file__).resolve().parents[1] / "data"
SAMPLES = {"scrapinghub": DATA / "benchmarks" / "scrapinghub",
           "wcxb-dev-articles": DATA / "benchmarks" / "wcxb-dev-articles",
           "fundus-dev": DATA / "html" / "fundus-dev"}
BASELINE = json.loads((Path(__file__).resolve().parents[1] / "html_baseline.json")
                      .read_text("utf-8"))
# Deterministic scores: this only absorbs the 4-decimal rounding of the pinned floors.
EPSILON = 0.0001
PIN = "python scripts/pin_baselines.py"
SYSTEM = "news-cleaner on HTML"


def test_samples_are_the_pinned_ones() -> None:
    digest = hashlib.sha256()
    for folder in SAMPLES.values():
        digest.update(corpus_digest(folder, "pages.jsonl").encode())
        digest.update(corpus_digest(folder / "html", "*.gz").encode())
    assert digest.hexdigest() == BASELINE["digest"], (
        f"the HTML samples changed since the floors were pinned; re-pin: {PIN}")


@pytest.fixture(scope="module")
def reports() -> dict[str, dict[str, Any]]:
    cleaner = Cleaner()
    return {name: evaluate(folder, cleaner, mode="html") for name, folder in SAMPLES.items()}


@pytest.mark.parametrize("key", sorted(BASELINE["floors"]))
def test_floors(key: str, reports: dict[str, dict[str, Any]]) -> None:
    name, part = key.split("/")
    report = reports[name]
    scores = (report["systems"] if part == "all" else report["splits"][part]["systems"])[SYSTEM]
    for metric, floor in BASELINE["floors"][key].items():
        assert scores[metric] >= floor - EPSILON, (
            f"{key} {metric} fell to {scores[metric]:.4f} (floor {floor}); worst pages of the "
            f"tuning sites: {report['worst_pages'][:5]}")
