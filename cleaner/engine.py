"""The Python side of the compiled core (``cleaner._core``, the crate in ``core/``).

A stage that runs in Python (HTML mode's DOM scorer, which reads the page's tree that
Python walks with selectolax; a caller's own scorer) sees the core's lines as
``cleaner.lines.Line`` views; what it does to them is recorded as operations, and the core
applies them in order, at the stage's place in the order of stages.
"""

from __future__ import annotations

from typing import Any

from cleaner.labels import Category, Label
from cleaner.lines import Line, Reason
from cleaner.scorers import Document, Scorer

# (line, "add" | "protect" | "force" | "category", weight, category, code, detail)
Op = tuple[int, str, float, "str | None", str, str]

_LABELS = {label.value: label for label in Label}
_CATEGORIES = {category.value: category for category in Category}


def line_views(core: Any, line_type: type[Line] = Line) -> list[Line]:
    """The core document's lines as ``Line`` objects, their evidence and labels included."""
    lines = []
    for i, (features, state) in enumerate(zip(core.features(), core.states(), strict=True)):
        score, category, protected, forced, strongest, positive, first, label, reasons = state
        lines.append(line_type(i, *features, _LABELS[first], _LABELS[label], score,
                               _CATEGORIES[category] if category else None, protected, forced,
                               strongest, positive, [Reason(*r) for r in reasons] or ()))
    return lines


def run_in_python(scorer: Scorer, core: Any, doc: Document) -> None:
    """Run a Python scorer on the core's document: it sees ``Line`` views of the core's
    lines (with ``doc``'s lexicon, shape, DOM and URL); the evidence it adds, the flags it
    sets and the categories it leaves go to the core, line by line, in order."""
    lines = line_views(core)
    before = [(len(line.reasons), line.category, line.protected, line.forced) for line in lines]
    scorer.score(Document(lines, [line.text for line in lines], doc.lexicon, doc.shape,
                          doc.dom, url=doc.url))
    ops: list[Op] = []
    for line, (count, category, protected, forced) in zip(lines, before, strict=True):
        if line.protected and not protected:
            ops.append((line.index, "protect", 0.0, None, "", ""))
        if line.forced and not forced:
            ops.append((line.index, "force", 0.0, None, "", ""))
        # (the category each piece of evidence came with does not matter, only the one the
        # line is left with: the sums do not depend on it)
        ops.extend((line.index, "add", r.weight, None, r.code, r.detail)
                   for r in line.reasons[count:])
        if line.category is not category:
            ops.append((line.index, "category", 0.0,
                        line.category.value if line.category else None, "", ""))
    core.apply_ops(ops)
