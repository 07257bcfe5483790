"""The Python side of the compiled core (``cleaner._core``, the crate in ``core/``).

HTML mode's DOM scorer (``cleaner.scorers.dom``) reads the page's tree, which Python
walks with selectolax; its evidence reaches the core as a list of operations recorded
here, applied by the core at the DOM scorer's place in the order of stages.
"""

from __future__ import annotations

from typing import Any

from cleaner.labels import Category
from cleaner.lines import Line
from cleaner.scorers import Document, Scorer

# (line, "add" | "protect" | "force", weight, category, code, detail)
Op = tuple[int, str, float, "str | None", str, str]


class _Recorder:
    """A line as a scorer sees it, recording what the scorer does to it."""

    __slots__ = ("_ops", "forced", "index", "letters", "prose", "protected", "text")

    def __init__(self, line: Line, ops: list[Op]) -> None:
        self.index, self.text, self.prose, self.letters = (line.index, line.text, line.prose,
                                                           line.letters)
        self.forced, self.protected = line.forced, line.protected
        self._ops = ops

    def __setattr__(self, name: str, value: Any) -> None:
        if name in ("forced", "protected") and value and hasattr(self, "_ops"):
            self._ops.append((self.index, "force" if name == "forced" else "protect", 0.0,
                              None, "", ""))
        object.__setattr__(self, name, value)

    def add(self, weight: float, category: Category | None, code: str, detail: str = "") -> None:
        self._ops.append((self.index, "add", weight, category.value if category else None,
                          code, detail))


def recorded_ops(scorer: Scorer, doc: Document) -> list[Op]:
    """What ``scorer`` does to ``doc``'s lines, as operations, leaving the lines untouched.
    The scorer may read each line's text, ``prose``, ``letters`` and flags only."""
    ops: list[Op] = []
    lines = [_Recorder(line, ops) for line in doc.lines]
    scorer.score(Document(lines, doc.texts, doc.lexicon, doc.shape,  # type: ignore[arg-type]
                          doc.dom, url=doc.url))
    return ops
