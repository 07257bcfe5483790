"""Heuristic scorers: each looks at the whole document once and adds evidence to lines.

Evidence is a weight on ``Line.score`` (positive: boilerplate, negative: article)
with a category and a reason code ``score:<name>`` or ``lexicon:<lang>/<category>``.
Scorers run in the order of ``DEFAULT_SCORERS``; none of them labels a line — the
classifier does (``cleaner.classify``).

Every scorer's docstring has the same headings: *What it scores*, *Why it signals
boilerplate*, *Example*, *Known misses*.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from cleaner.lexicons import Lexicon
from cleaner.lines import Line


@dataclass(slots=True)
class Document:
    """What a scorer sees: the lines, their stripped texts, and the language's lexicon."""

    lines: list[Line]
    texts: list[str]
    lexicon: Lexicon


class Scorer(Protocol):
    name: str

    def score(self, doc: Document) -> None: ...
