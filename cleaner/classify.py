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

from bisect import bisect_right
from collections.abc import Sequence

from cleaner.labels import Category, Label
from cleaner.lines import Line, Reason

DROP_THRESHOLD = 1.0
# Evidence this strong but below ``DROP_THRESHOLD`` makes a line undecided, not kept.
NEAR_THRESHOLD = 0.4
# An unfinished line of at most this many words cannot be judged alone (menu items,
# subheadings, names, buttons).
MAX_SHORT_WORDS = 8
# With article on one side and boilerplate on the other, a short line goes with the
# boilerplate only if its own evidence reaches this.
MIXED_DROP_SCORE = 0.25
# A fragment this short ("Once", "Speech Bubbles") with boilerplate on its only decided
# side (nothing decided between it and the document's edge) goes with it; a longer line
# there may be the headline, and a fragment with article on its other side a subheading
# ("Key points"): both are judged as mixed.
MAX_FRAGMENT_WORDS = 2


def classify(lines: Sequence[Line], *, drop_threshold: float = DROP_THRESHOLD,
             near_threshold: float = NEAR_THRESHOLD,
             max_short_words: int = MAX_SHORT_WORDS) -> None:
    """Set ``first_label`` (and ``label``) of every line from its own evidence."""
    blank, keep, drop, short = Label.BLANK, Label.KEEP, Label.DROP, Label.SHORT  # (labels.py)
    for line in lines:
        if not line.text:
            label = blank
        elif line.protected:
            label = keep
        elif line.forced or line.score >= drop_threshold:
            label = drop
        elif line.score >= near_threshold or (
            not line.terminal and line.words <= max_short_words and line.score > -near_threshold
        ):
            label = short
        else:
            label = keep
        line.first_label = line.label = label


def smooth(lines: Sequence[Line], *, mixed_drop_score: float = MIXED_DROP_SCORE,
           max_fragment_words: int = MAX_FRAGMENT_WORDS) -> None:
    """Decide every ``short`` line from the nearest decided lines above and below it."""
    keep, drop, short = Label.KEEP, Label.DROP, Label.SHORT  # (labels.py)
    decided = [i for i, line in enumerate(lines) if line.label is keep or line.label is drop]
    for i in [i for i, line in enumerate(lines) if line.label is short]:
        line = lines[i]
        k = bisect_right(decided, i)  # the first decided line below this one
        up = decided[k - 1] if k else None
        down = decided[k] if k < len(decided) else None
        sides = [lines[j] for j in (up, down) if j is not None]
        dropped = [s for s in sides if s.label is drop]
        where = " and ".join(f"line {s.index + 1} ({s.label.value})" for s in sides)
        if not sides:
            _set(line, Label.KEEP, None, "smooth:no_context", "nothing around it is decided")
        elif not dropped:
            _set(line, Label.KEEP, None, "smooth:beside_article", where)
        elif len(dropped) == 2 or (len(sides) == 1 and line.words <= max_fragment_words):
            # Between boilerplate, or a fragment with boilerplate on its only decided side
            # (the other is the document's edge). Beside the article it is a subheading.
            nearest = min(dropped, key=lambda s: abs(s.index - i))
            _set(line, Label.DROP, nearest.category, "smooth:between_boilerplate", where)
        elif line.score >= mixed_drop_score:
            _set(line, Label.DROP, line.category or dropped[0].category, "smooth:edge_of_article",
                 f"{where}; own evidence {line.score:.2f}")
        else:
            # Article (or the document's edge) on one side, boilerplate on the other.
            _set(line, Label.KEEP, None, "smooth:edge_of_article", f"{where}; kept")


def _set(line: Line, label: Label, category: Category | None, code: str, detail: str) -> None:
    line.label = label
    if label is Label.DROP:
        line.category = category or line.category or Category.BOILERPLATE
    line.note(Reason(code, detail))
