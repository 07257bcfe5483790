"""Runs tests/cases/scorers.yaml: each scorer alone, on synthetic lines."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from cleaner.api import default_scorers
from cleaner.lexicons import packaged_lexicon
from cleaner.lines import split_lines
from cleaner.scorers import Document

CASES = yaml.safe_load((Path(__file__).parent.parent / "cases" / "scorers.yaml").read_text("utf-8"))
SCORERS = {s.name: s for s in default_scorers()}


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "case" in metafunc.fixturenames:
        items = [(f"{scorer}_{name}", scorer, case) for scorer, cases in CASES.items()
                 for name, case in cases.items()]
        metafunc.parametrize("scorer_name,case", [(s, c) for _, s, c in items],
                             ids=[i for i, _, _ in items])


def test_every_scorer_has_cases() -> None:
    assert set(SCORERS) <= set(CASES)


def test_case_ids_are_unique() -> None:
    ids = [f"{s}_{c}" for s, cases in CASES.items() for c in cases]
    assert len(ids) == len(set(ids))


def test_case(scorer_name: str, case: dict[str, Any]) -> None:
    lines = split_lines("\n".join(case["lines"]))
    doc = Document(lines, [line.text for line in lines], packaged_lexicon("en"))
    for earlier in case.get("after", []):  # scorers whose evidence this one reads
        SCORERS[earlier].score(doc)
    SCORERS[scorer_name].score(doc)
    for index, code in (case.get("drop") or {}).items():
        line = lines[index]
        assert line.score > 0 and code in [r.code for r in line.reasons], (
            f"line {index} should get {code}: {line.score} {line.reasons}")
    for index in case.get("keep", []):
        assert lines[index].score <= 0, f"line {index}: {lines[index].reasons}"
    for index in case.get("weak", []):
        assert 0 < lines[index].score < 1, f"line {index}: {lines[index].reasons}"
