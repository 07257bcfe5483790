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
from typing import TYPE_CHECKING, Literal, Protocol

from cleaner.lexicons import Lexicon
from cleaner.lines import Line

if TYPE_CHECKING:
    from cleaner.html.dom import Dom

# What the input is: a whole page's text (menus, footers and all), an HTML extractor's
# output (the article and the widgets inside it), or unknown (``auto``: judged per page).
Shape = Literal["auto", "page", "extract"]
SHAPES: tuple[Shape, ...] = ("auto", "page", "extract")


@dataclass(slots=True)
class Document:
    """What a scorer sees: the lines, their stripped texts, the language's lexicon and the
    input's shape; in HTML mode, the DOM's view of the lines (``cleaner.html.dom``); the
    page's URL where the caller gave one."""

    lines: list[Line]
    texts: list[str]
    lexicon: Lexicon
    shape: Shape = "auto"
    dom: Dom | None = None
    url: str | None = None  # the page's URL, where known (the site's brand is read from it)


class Scorer(Protocol):
    name: str

    def score(self, doc: Document) -> None: ...
