"""Heuristic scorers: each looks at the whole document once and adds evidence to lines.

Evidence is a weight on ``Line.score`` (positive: boilerplate, negative: article)
with a category and a reason code ``score:<name>`` or ``lexicon:<lang>/<category>``.
Scorers run in the order of ``cleaner.api.default_scorers``; none of them labels a line —
the classifier does. The compiled core (``core/src/scorers/``) runs them: each class here
holds a scorer's settings and reads its data from ``rules/``; its docstring says what it
does.

Every scorer's docstring has the same headings: *What it scores*, *Why it signals
boilerplate*, *Example*, *Known misses*.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Protocol

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
    page's URL where the caller gave one. (``Cleaner.clean`` on text gives the pipeline no
    lines, no texts: its stages read the core's document, and a scorer that runs in
    Python gets ``Line`` views of it, ``cleaner.engine.run_in_python``.)"""

    lines: list[Line]
    texts: list[str]
    lexicon: Lexicon
    shape: Shape = "auto"
    dom: Dom | None = None
    url: str | None = None  # the page's URL, where known (the site's brand is read from it)


# A scorer's call on the core's document (``cleaner._core.Doc``) and the ``Document`` it
# is about: ``stage(core, doc)``.
Stage = Callable[[Any, Document], None]


class Scorer(Protocol):
    @property
    def name(self) -> str: ...

    def score(self, doc: Document) -> None: ...


class CoreScorer:
    """A scorer the compiled core runs (``cleaner._core.<core_type>``), built once per
    language where its data depends on the lexicon (``per_language``), from ``data`` (what it
    reads from ``rules/``) and the keyword settings given here (the core's defaults
    otherwise)."""

    name: ClassVar[str]
    core_type: ClassVar[str]
    per_language: ClassVar[bool] = False

    def __init__(self, **settings: Any) -> None:
        self.settings = settings
        self._compiled: dict[str, Any] = {}
        self._lock = threading.Lock()
        if settings:  # (settings the core does not take fail here, not on a page)
            self.compiled(None)

    def data(self, lexicon: Lexicon | None) -> tuple[Any, ...]:
        """The positional arguments of the core's scorer: data read from ``rules/``."""
        return ()

    def compiled(self, lexicon: Lexicon | None) -> Any:
        key = lexicon.language if self.per_language and lexicon is not None else ""
        compiled = self._compiled.get(key)
        if compiled is None:
            from cleaner import _core

            with self._lock:
                compiled = self._compiled.get(key)
                if compiled is None:
                    compiled = getattr(_core, self.core_type)(*self.data(lexicon),
                                                              **self.settings)
                    self._compiled[key] = compiled
        return compiled

    def run(self, core: Any, doc: Document) -> None:
        """Score the core's document (``cleaner._core.Doc``) in place (in HTML mode, the
        region scorer with the DOM's article container): as ``cleaner.engine.Pipeline``
        runs it, alone."""
        from cleaner import _core
        from cleaner.engine import core_stage

        core_stage(_core.Stages([self.compiled(doc.lexicon)]))(core, doc)

    def score(self, doc: Document) -> None:
        """Score ``doc``'s ``Line`` objects (a caller's own pipeline): through the core."""
        from cleaner.engine import score_lines

        score_lines(self, doc)

    def __getstate__(self) -> dict[str, Any]:
        return {"settings": self.settings}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(**state["settings"])  # type: ignore[misc]
