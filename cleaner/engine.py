"""The Python side of the compiled core (``cleaner._core``, the crate in ``core/``).

A stage that runs in Python (a caller's own scorer) sees the core's lines as
``cleaner.lines.Line`` views; what it does to them is recorded as operations, and the core
applies them in order, at the stage's place in the order of stages. HTML mode's DOM scorer
applies the evidence the core found when it analysed the page (``DomScorer.apply``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from cleaner import _core
from cleaner.errors import InputError
from cleaner.labels import Category, Label
from cleaner.lexicons import Lexicon
from cleaner.lines import Line, Reason
from cleaner.rules import Mark
from cleaner.scorers import CoreScorer, Document, Scorer, Stage

# (line, "add" | "protect" | "force" | "category", weight, category, code, detail)
Op = tuple[int, str, float, "str | None", str, str]

_LABELS = {label.value: label for label in Label}
_CATEGORIES = {category.value: category for category in Category}


def split_core(text: str) -> tuple[Any, list[str] | None]:
    """The core's document of a text, split into lines (``cleaner.lines.split_document``),
    and every line's terminator where the text holds a ``\\r`` (``None``: all are ``\\n``)."""
    try:
        return _core.split_document(text)
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
        raw, text, words, chars, terminal, prose, letters, digit, decimal = features
        lines.append(line_type(i, raw, text, words, chars, terminal, prose, letters, digit,
                               decimal, _LABELS[first], _LABELS[label], score,
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


def through_core(lines: Sequence[Line], stage: Callable[[Any], None], *,
                 shape: str = "auto", language: str = "en", url: str | None = None) -> None:
    """Run a core stage on ``Line`` objects (a caller's own pipeline, the tests): their state
    goes to a core document, ``stage`` runs on it, and what it leaves (evidence, flags,
    category, labels) comes back to the lines."""
    core = _core.Doc.from_lines(lines, shape, language, url)
    stage(core)
    for line, view in zip(lines, line_views(core), strict=True):
        line.score, line.category = view.score, view.category
        line.protected, line.forced = view.protected, view.forced
        line.strongest, line.positive, line.reasons = view.strongest, view.positive, view.reasons
        line.first_label, line.label = view.first_label, view.label


def score_lines(scorer: Any, doc: Document) -> None:
    """Run a core scorer on ``doc``'s ``Line`` objects (``through_core``)."""
    through_core(doc.lines, lambda core: scorer.run(core, doc), shape=doc.shape,
                 language=doc.lexicon.language, url=doc.url)


class Pipeline:
    """The stages of one Cleaner, in order, each run on the core's document: the scorers
    (in the core; a scorer the core does not run, such as HTML mode's DOM scorer or a
    caller's own, through ``run_in_python``), then classify, smooth and the article's
    roles. Each run of core scorers is one call of the core (``_core.Stages``), the last
    one with the classifier's passes: a text takes one call."""

    def __init__(self, scorers: Sequence[Scorer], mixed_drop_score: float) -> None:
        self.scorers = list(scorers)
        self.mixed_drop_score = mixed_drop_score
        # The scorers' calls per language, for texts and for pages (``stages``).
        self._stages: dict[tuple[str, bool], tuple[Stage, ...]] = {}

    def run(self, core: Any, doc: Document) -> None:
        for stage in self.stages(doc.lexicon, html=doc.dom is not None):
            stage(core, doc)

    def stages(self, lexicon: Lexicon, *, html: bool) -> tuple[Stage, ...]:
        """The calls that run the scorers on a document in the lexicon's language, then the
        classifier's passes, made once: each run of core scorers (their compiled objects,
        ``CoreScorer.compiled``) one ``_core.Stages`` call, the last one deciding; a Python
        scorer's through ``run_in_python`` (or its own ``apply``: HTML mode's DOM scorer). A
        scorer for HTML pages only has none on a text."""
        key = (lexicon.language, html)
        stages = self._stages.get(key)
        if stages is None:
            made: list[Stage] = []
            run: list[Any] = []  # (the core scorers since the last Python one)
            for scorer in self.scorers:
                if not html and getattr(scorer, "html_only", False):
                    continue
                if isinstance(scorer, CoreScorer):
                    run.append(scorer.compiled(lexicon))
                    continue
                if run:
                    made.append(core_stage(_core.Stages(run)))
                    run = []
                made.append(_python_stage(scorer))
            made.append(core_stage(_core.Stages(run, self.mixed_drop_score)))
            stages = self._stages[key] = tuple(made)
        return stages


def core_stage(stages: _core.Stages) -> Stage:
    """The call of a run of core stages on a document: in HTML mode with the DOM's
    article container (the region scorer's) and, where it decides, the lines in the body."""
    decides = stages.decides

    def stage(core: Any, doc: Document) -> None:
        dom = doc.dom
        if dom is None:
            stages.run(core)
        else:
            stages.run(core, dom.span, dom.body_lines() if decides else None)

    return stage


def _python_stage(scorer: Scorer) -> Stage:
    # (a scorer whose evidence the core found before the stages ran applies it here, at its
    # place in the order: HTML mode's DOM scorer)
    apply = getattr(scorer, "apply", None)

    def stage(core: Any, doc: Document) -> None:
        if apply is not None:
            apply(core, doc)
        else:
            run_in_python(scorer, core, doc)

    return stage
