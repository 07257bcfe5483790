"""The corpus quality gate: line precision and recall may not fall below the pinned floors.

Re-pin after an improvement (or a deliberate corpus change) with
``python scripts/pin_baselines.py``.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cleaner import Cleaner
from cleaner.corpus import CorpusDoc, corpus_digest, score_corpus

ROOT = Path(__file__).resolve().parent.parent
BASELINE = json.loads((Path(__file__).parent / "corpus_baseline.json").read_text("utf-8"))
# The classifier is deterministic, so there is no noise to allow for; this only absorbs
# rounding of the pinned 4-decimal floors. One flipped line moves a figure by >= 0.0003.
EPSILON = 0.0001
PIN = "python scripts/pin_baselines.py"


def test_corpus_is_the_pinned_one() -> None:
    assert corpus_digest(ROOT / "corpus") == BASELINE["digest"], (
        f"corpus/ changed since the floors were pinned; check the scores and re-pin: {PIN}")


@pytest.fixture(scope="module")
def totals(corpus_docs: list[CorpusDoc]) -> dict[str, object]:
    return score_corpus(Cleaner(), corpus_docs)  # type: ignore[return-value]


@pytest.mark.parametrize("group", sorted(BASELINE["floors"]))
def test_floors(group: str, totals: dict[str, object]) -> None:
    counts = totals[group]
    for metric, floor in BASELINE["floors"][group].items():
        value = getattr(counts, metric)
        assert value >= floor - EPSILON, (
            f"{group} {metric} fell to {value:.4f} (floor {floor}); "
            f"articles lines now dropped: {counts.missed[:10]}")  # type: ignore[attr-defined]


def test_seeds_are_perfect(totals: dict[str, object]) -> None:
    seeds = totals["seeds"]
    assert seeds.fp == seeds.fn == 0  # type: ignore[attr-defined]
