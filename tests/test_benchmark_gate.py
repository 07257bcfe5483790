"""The benchmark quality gate (after trafilatura's ``tests/eval_gate.py``).

A fixed sample of each public benchmark lives in ``tests/data/benchmarks/`` (every 4th
scrapinghub page, every 10th WCXB development article; licences beside them). The
cleaner's scores on it, with the benchmarks' own metrics, may not fall below the
floors pinned in ``benchmark_baseline.json``. Re-pin after an improvement with
``python scripts/pin_baselines.py``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from cleaner import Cleaner
from cleaner.corpus import corpus_digest
from cleaner.evaluate import evaluate

SAMPLES = Path(__file__).parent / "data" / "benchmarks"
BASELINE = json.loads((Path(__file__).parent / "benchmark_baseline.json").read_text("utf-8"))
# Deterministic scores: this only absorbs the 4-decimal rounding of the pinned floors.
EPSILON = 0.0001
PIN = "python scripts/pin_baselines.py"


def test_samples_are_the_pinned_ones() -> None:
    assert corpus_digest(SAMPLES, "*") == BASELINE["digest"], (
        f"tests/data/benchmarks changed since the floors were pinned; re-pin: {PIN}")


@pytest.fixture(scope="module")
def reports() -> dict[str, dict[str, Any]]:
    pytest.importorskip("trafilatura")
    cleaner = Cleaner()
    return {folder.name: evaluate(folder, cleaner, after_trafilatura=True)
            for folder in sorted(p for p in SAMPLES.iterdir() if p.is_dir())}


@pytest.mark.parametrize("key", sorted(BASELINE["floors"]))
def test_floors(key: str, reports: dict[str, dict[str, Any]]) -> None:
    dataset, system = key.split("/", 1)
    scores = reports[dataset]["systems"][system]
    for metric, floor in BASELINE["floors"][key].items():
        assert scores[metric] >= floor - EPSILON, (
            f"{key} {metric} fell to {scores[metric]:.4f} (floor {floor}); worst pages: "
            f"{reports[dataset]['worst_pages'][:5]}")


@pytest.mark.parametrize("dataset", sorted(p.name for p in SAMPLES.iterdir() if p.is_dir()))
def test_cleaning_after_trafilatura_helps(dataset: str,
                                         reports: dict[str, dict[str, Any]]) -> None:
    """As a step after an HTML extractor, the cleaner raises F1 and loses almost nothing."""
    systems = reports[dataset]["systems"]
    alone, after = systems["trafilatura on HTML"], systems["news-cleaner after trafilatura"]
    assert after["shingle_f1"] >= alone["shingle_f1"] - 0.002
    if alone["with_rate"] is not None:
        assert after["with_rate"] >= alone["with_rate"] - 0.01
        assert after["without_rate"] >= alone["without_rate"]


@pytest.mark.parametrize("dataset", sorted(p.name for p in SAMPLES.iterdir() if p.is_dir()))
def test_an_extract_cleans_alike_whether_or_not_the_caller_says_so(
        dataset: str, reports: dict[str, dict[str, Any]]) -> None:
    """Told nothing (shape "auto"), the cleaner must not read an extractor's output as a
    whole page and cut it to one stretch: it scores as when told it is an extract."""
    systems = reports[dataset]["systems"]
    told = systems["news-cleaner after trafilatura"]
    untold = systems["after trafilatura, shape auto"]
    assert untold["shingle_f1"] >= told["shingle_f1"] - 0.002
    assert untold["shingle_recall"] >= told["shingle_recall"] - 0.002
