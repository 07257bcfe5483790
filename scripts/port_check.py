"""The port's equivalence check, stage by stage: on every benchmark page (text and HTML) and
corpus document, each Rust twin of a stage is handed the lines exactly as the Python
pipeline left them before that stage, and must leave them exactly as the Python stage does
(score, category, flags, labels, and every reason's code and weight; ``--details`` also
compares the reasons' details).

    python scripts/port_check.py                  # every stage that has a twin
    python scripts/port_check.py --stage byline   # one stage
    python scripts/port_check.py --mode text --limit 50

Twins register in ``scripts/port_twins/*.py``: each module has ``TWINS``, a dict from a
stage's name (a scorer's ``name``, or ``classify``, ``smooth``, ``roles``) to a function
``twin(core_doc, document, cleaner)`` that runs the Rust stage on ``core_doc`` (a
``cleaner._core.Doc``) in place. Exit status 1 when a twin differs anywhere.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from evidence_digest import BENCHMARKS, documents  # noqa: E402

import cleaner.api as api  # noqa: E402
from cleaner import Cleaner  # noqa: E402
from cleaner._core import Doc as CoreDoc  # noqa: E402
from cleaner.engine import line_views  # noqa: E402
from cleaner.lines import Line  # noqa: E402
from cleaner.scorers import Document  # noqa: E402

Twin = Callable[[Any, Document, Cleaner], None]


def load_twins() -> dict[str, Twin]:
    twins: dict[str, Twin] = {}
    for path in sorted((ROOT / "scripts" / "port_twins").glob("*.py")):
        if path.name.startswith("_"):
            continue
        module = importlib.import_module(f"port_twins.{path.stem}")
        twins.update(module.TWINS)
    return twins


def python_state(line: Line, details: bool) -> tuple[Any, ...]:
    reasons = [(r.code, r.detail if details else "", r.weight) for r in line.reasons]
    return (line.score, line.category.value if line.category else None, line.protected,
            line.forced, line.strongest, line.positive, line.first_label.value,
            line.label.value, reasons)


def core_state(state: tuple[Any, ...], details: bool) -> tuple[Any, ...]:
    *head, reasons = state
    return (*head, [(c, d if details else "", w) for c, d, w in reasons])


FIELDS = ("score", "category", "protected", "forced", "strongest", "positive", "first_label",
          "label", "reasons")


class Checker:
    def __init__(self, twins: dict[str, Twin], stages: set[str] | None, details: bool) -> None:
        self.twins = {k: v for k, v in twins.items() if stages is None or k in stages}
        self.details = details
        self.pages: Counter[str] = Counter()
        self.differing: Counter[str] = Counter()
        self.examples: dict[str, list[str]] = defaultdict(list)
        self.page = ""

    def run(self, name: str, doc: Document, cleaner: Cleaner, python_stage: Callable[[], None]) -> None:
        twin = self.twins.get(name)
        if twin is None:
            python_stage()
            return
        core = CoreDoc.from_lines(doc.lines, doc.shape, doc.lexicon.language, doc.url)
        twin(core, doc, cleaner)  # (first: it sees the Python lines as they were before too)
        python_stage()
        self.pages[name] += 1
        mine = core.states()
        diffs = []
        for line, state in zip(doc.lines, mine, strict=True):
            want, got = python_state(line, self.details), core_state(state, self.details)
            if want != got:
                field = next(f for f, a, b in zip(FIELDS, want, got, strict=True) if a != b)
                diffs.append(f"line {line.index} {field}: python {dict(zip(FIELDS, want))[field]!r}"
                             f" rust {dict(zip(FIELDS, got))[field]!r} ({line.text[:60]!r})")
        if diffs:
            self.differing[name] += 1
            if len(self.examples[name]) < 12:
                self.examples[name].append(f"{self.page}: {diffs[0]} (+{len(diffs) - 1} more)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.partition("\n\n")[0])
    parser.add_argument("--stage", action="append", help="check this stage only (repeatable)")
    parser.add_argument("--mode", choices=("text", "html", "both"), default="both")
    parser.add_argument("--limit", type=int, default=0, help="at most this many pages per set")
    parser.add_argument("--details", action="store_true", help="compare reasons' details too")
    parser.add_argument("--benchmarks", type=Path, default=BENCHMARKS)
    args = parser.parse_args(argv)
    twins = load_twins()
    checker = Checker(twins, set(args.stage) if args.stage else None, args.details)
    if not checker.twins:
        print("no twins to check", file=sys.stderr)
        return 2
    cleaner = Cleaner()

    def classify(core: Any, doc: Document) -> None:  # Cleaner._classify, one stage at a time
        doc.lines = line_views(core)  # the Python reference runs on these
        for scorer in cleaner.scorers:
            checker.run(scorer.name, doc, cleaner, lambda s=scorer: s.score(doc))
        lines = doc.lines
        checker.run("classify", doc, cleaner, lambda: api.classify(lines))
        checker.run("smooth", doc, cleaner, lambda: api.smooth(
            lines, mixed_drop_score=cleaner.options.mixed_drop_score))
        checker.run("roles", doc, cleaner, lambda: api.assign_roles(
            lines, doc.dom.in_body if doc.dom is not None else None))

    cleaner._classify = classify  # type: ignore[method-assign]
    seen: Counter[str] = Counter()
    for name, page, text, url, language in documents(args.benchmarks, args.mode):
        if args.limit and seen[name] >= args.limit:
            continue
        seen[name] += 1
        checker.page = f"{name}/{page}"
        cleaner.clean(text, url=url, language=language,
                      format="html" if isinstance(text, bytes) else "text")
    bad = 0
    for stage in checker.twins:
        print(f"{stage:<12} {checker.pages[stage]:>5} pages, {checker.differing[stage]:>4} differ")
        for example in checker.examples[stage]:
            print(f"    {example}")
        bad += checker.differing[stage]
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
