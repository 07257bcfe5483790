"""The Python side of the compiled core (``cleaner._core``, the crate in ``core/``).

A stage that runs in Python (HTML mode's DOM scorer, which reads the page's tree that
Python walks with selectolax; a caller's own scorer) sees the core's lines as
``cleaner.lines.Line`` views; what it does to them is recorded as operations, and the core
applies them in order, at the stage's place in the order of stages.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from cleaner import _core
from cleaner.errors import InputError
from cleaner.labels import Category, Label
from cleaner.lexicons import DEFAULT_LANGUAGE
from cleaner.lines import Line, Reason
from cleaner.rules import Mark
from cleaner.scorers import Document, Scorer

# (line, "add" | "protect" | "force" | "category", weight, category, code, detail)
Op = tuple[int, str, float, "str | None", str, str]

_LABELS = {label.value: label for label in Label}
_CATEGORIES = {category.value: category for category in Category}


def split_core(text: str) -> tuple[Any, list[str] | None]:
    """The core's document of a text, split into lines (``cleaner.lines.split_document``),
    and every line's terminator where the text holds a ``\\r`` (``None``: all are ``\\n``)."""
    try:
        return _core.split_document(text)  # type: ignore[no-any-return]
    except UnicodeEncodeError as exc:
        raise InputError(f"the text holds a lone surrogate (U+{ord(exc.object[exc.start]):04X} "
                         f"at character {exc.start}), which no encoding can write: decode "
                         "the document's bytes with an error handler, or remove it") from None


def mark_rules(core: Any, marks: Iterable[Mark]) -> None:
    """A publisher's rules' verdicts (``RuleSet.marks``) on the core's lines."""
    for i, protect, category, code, detail in marks:
        core.mark_rule(i, protect, category.value if category else None, code, detail)


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


class Pipeline:
    """The stages of one Cleaner, in order, each run on the core's document: the scorers
    (the compiled twin where the core has one, else the Python scorer through
    ``run_in_python``), then classify, smooth and the article's roles."""

    def __init__(self, scorers: Sequence[Scorer], mixed_drop_score: float) -> None:
        self.scorers = list(scorers)
        self.mixed_drop_score = mixed_drop_score
        self._compiled: dict[tuple[int, str], Any] = {}  # (scorer, language) -> core scorer

    def run(self, core: Any, doc: Document) -> None:
        for scorer in self.scorers:
            compiled = self._core_scorer(scorer, doc)
            if compiled is None:
                run_in_python(scorer, core, doc)
            else:
                compiled(core, doc)
        _core.classify(core)
        _core.smooth(core, mixed_drop_score=self.mixed_drop_score)
        dom = doc.dom
        _core.assign_roles(core, None if dom is None else [dom.in_body(i)
                                                           for i in range(len(core))])

    def _core_scorer(self, scorer: Scorer, doc: Document) -> Callable[[Any, Document], None] | None:
        build = _COMPILED.get(type(scorer).__name__)
        if build is None:
            return None
        key = (id(scorer), doc.lexicon.language)
        compiled = self._compiled.get(key)
        if compiled is None:
            compiled = self._compiled[key] = build(scorer, doc.lexicon)
        return compiled  # type: ignore[no-any-return]


def _byline(scorer: Any, lexicon: Any) -> Callable[[Any, Document], None]:
    compiled = _core.BylineScorer({lexicon.language: lexicon.words},
                                  max_dateline_words=scorer.max_dateline_words,
                                  min_date_token_ratio=scorer.min_date_token_ratio)
    return lambda core, doc: compiled.score(core)


def _action(scorer: Any, lexicon: Any) -> Callable[[Any, Document], None]:
    from cleaner.scorers.action import about_words, actions_dir, load_actions

    # The verbs of every language that has a file (a language without one falls back to
    # the default language's, as load_actions does), and the copulas of about.txt.
    languages = sorted(path.stem for path in actions_dir().glob("*.txt"))
    compiled = _core.ActionScorer(
        {language: sorted(load_actions(language).verbs) for language in languages},
        DEFAULT_LANGUAGE, sorted(about_words()), button_max_words=scorer.button_max_words,
        button_weight=scorer.button_weight, button_mark_weight=scorer.button_mark_weight)
    return lambda core, doc: compiled.score(core)


def _shape(scorer: Any, lexicon: Any) -> Callable[[Any, Document], None]:
    compiled = _core.ShapeScorer(
        prose_keep_weight=scorer.prose_keep_weight, long_prose_words=scorer.long_prose_words,
        long_prose_keep_weight=scorer.long_prose_keep_weight, link_weight=scorer.link_weight,
        min_letter_ratio=scorer.min_letter_ratio, symbol_weight=scorer.symbol_weight)
    return lambda core, doc: compiled.score(core)


def _position(scorer: Any, lexicon: Any) -> Callable[[Any, Document], None]:
    compiled = _core.PositionScorer(tail_weight=scorer.tail_weight,
                                    head_weight=scorer.head_weight,
                                    head_max_words=scorer.head_max_words)
    return lambda core, doc: compiled.score(core)


def _repetition(scorer: Any, lexicon: Any) -> Callable[[Any, Document], None]:
    compiled = _core.RepetitionScorer(min_words=scorer.min_words,
                                      duplicate_weight=scorer.duplicate_weight)
    return lambda core, doc: compiled.score(core)


def _region(scorer: Any, lexicon: Any) -> Callable[[Any, Document], None]:
    from cleaner.scorers.lexicon import LIST_ITEM_CODE

    compiled = _core.RegionScorer(
        line_cost=scorer.line_cost, wall_cost=scorer.wall_cost,
        min_sentence_words=scorer.min_sentence_words, outside_weight=scorer.outside_weight,
        list_item_code=LIST_ITEM_CODE)
    # (HTML mode: the article container's span of lines)
    return lambda core, doc: compiled.score(core, doc.dom.span if doc.dom is not None else None)


# The scorers the core has compiled twins of, by their Python class's name: each builds
# the core's scorer from the Python scorer's settings and the document's lexicon.
_COMPILED: dict[str, Callable[[Any, Any], Callable[[Any, Document], None]]] = {
    "ActionScorer": _action,
    "BylineScorer": _byline,
    "PositionScorer": _position,
    "RegionScorer": _region,
    "RepetitionScorer": _repetition,
    "ShapeScorer": _shape,
}
