"""The line classifier: evidence → first label (``classify``) → final label (``smooth``).

The two passes follow jusText's classify-then-revise design. ``classify`` labels
each line from its own evidence: publisher rules decide outright (``protect`` wins
over everything); otherwise a score at or above ``drop_threshold`` drops the line,
and a line that is short and unfinished, or carries weak evidence, is ``short``: it
cannot be judged alone. ``smooth`` then decides every ``short`` line from its nearest
decided neighbours: between boilerplate it is boilerplate, beside article text it
is article text. When the two sides disagree the line is kept unless it carries
evidence of its own, because losing an article sentence costs more than leaving a
widget in. See ``docs/algorithm.md`` for the whole method.
"""

from __future__ import annotations

from collections.abc import Sequence

from cleaner import _core
from cleaner.lines import Line

# The classifier's settings (core/src/classify.rs says what each means).
DROP_THRESHOLD: float = _core.DROP_THRESHOLD
NEAR_THRESHOLD: float = _core.NEAR_THRESHOLD
MAX_SHORT_WORDS: int = _core.MAX_SHORT_WORDS
MIXED_DROP_SCORE: float = _core.MIXED_DROP_SCORE
MAX_FRAGMENT_WORDS: int = _core.MAX_FRAGMENT_WORDS


def classify(lines: Sequence[Line]) -> None:
    """Set ``first_label`` (and ``label``) of every line from its own evidence."""
    from cleaner.engine import through_core

    through_core(lines, _core.classify)


def smooth(lines: Sequence[Line], *, mixed_drop_score: float = MIXED_DROP_SCORE) -> None:
    """Decide every ``short`` line from the nearest decided lines above and below it."""
    from cleaner.engine import through_core

    through_core(lines, lambda core: _core.smooth(core, mixed_drop_score=mixed_drop_score))
