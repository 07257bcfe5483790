"""Every packaged rule file carries its own tests and examples; run them all."""

from __future__ import annotations

from pathlib import Path

import pytest

from cleaner import Cleaner
from cleaner.corpus import read_doc
from cleaner.data import rules_dir
from cleaner.labels import Label
from cleaner.rules import load_ruleset

ROOT = Path(__file__).resolve().parent.parent
FILES = sorted((rules_dir() / "publishers").glob("*.yaml"))


def test_there_are_rule_files() -> None:
    assert len(FILES) >= 4


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_rule_file_tests(path: Path, cleaner: Cleaner) -> None:
    """A rule file's tests pass because its rules fire: every line it says to drop is
    dropped by one of its own rules (a ``rule:<file>/<id>`` reason), not only by the
    generic scorers, and every rule of the file fires on a line its tests name (one it
    drops, or, for a ``protect`` rule, keeps): with publisher rules off, they fail."""
    ruleset = load_ruleset(path)
    assert ruleset.tests, f"{path} has no tests"
    own = f"rule:{ruleset.key}/"
    fired: set[str] = set()
    for test in ruleset.tests:
        doc = read_doc(ROOT / test["doc"])
        result = cleaner.clean(doc.text, publisher=ruleset.key)
        named = [line for line in result.lines
                 if any(" ".join(needle.split()) in " ".join(line.text.split())
                        for needle in [*test.get("keeps", []), *test.get("drops", [])])]
        fired.update(r.code.removeprefix(own) for line in named for r in line.reasons
                     if r.code.startswith(own))
        assert test.get("keeps") or test.get("drops")
        for wanted, label in ((test.get("keeps", []), Label.KEEP),
                              (test.get("drops", []), Label.DROP)):
            for needle in wanted:
                found = [line for line in result.lines
                         if " ".join(needle.split()) in " ".join(line.text.split())]
                assert found, f"{path}: {needle!r} is not in {test['doc']}"
                assert all(line.label is label for line in found), (
                    f"{path}: {needle!r} should be {label.value}:\n"
                    + "\n".join(f"{line.label.value} {line.reasons}" for line in found))
                if label is Label.DROP:
                    assert all(any(r.code.startswith(own) for r in line.reasons)
                               for line in found), (
                        f"{path}: {needle!r} is dropped, but by none of this file's rules "
                        "(a generic behaviour: test it in tests/, not here):\n"
                        + "\n".join(f"{line.reasons}" for line in found))
    assert fired == {rule.id for rule in ruleset.rules}, (
        f"{path}: rules that fire on no line its tests name (add one to keeps/drops): "
        f"{sorted({rule.id for rule in ruleset.rules} - fired)}")


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_rule_examples(path: Path) -> None:
    ruleset = load_ruleset(path)
    for rule in ruleset.rules:
        for line in rule.examples.get("drop", []):
            assert rule.matcher.matches(line, 0), f"{rule.id} should match {line!r}"
        for line in rule.examples.get("keep", []):
            assert not rule.matcher.matches(line, 0), f"{rule.id} should not match {line!r}"
