"""Parts of the kept article: headline, standfirst, body.

``.text`` is every kept line; ``.body`` leaves out the headline and the standfirst
(bylines and datelines are already dropped). The headline is the first kept line
when it comes before the first prose line and reads like a title (at most 20 words,
unfinished); the standfirst is the unfinished line that follows it when it stands as a
block of its own (a blank line after it): in an extractor's output without blank lines,
a second unfinished line is more often the body's first paragraph than a standfirst.
In HTML mode the markup says more: a line inside the article container's element, and
not in a ``<header>``, is the body's first paragraph, however it reads
(``cleaner.html.dom.Dom.in_body``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from cleaner.labels import Category, Label
from cleaner.lines import Line

MIN_HEADLINE_WORDS = 3
MAX_HEADLINE_WORDS = 20
MIN_STANDFIRST_WORDS = 8
MAX_STANDFIRST_WORDS = 80
# The evidence that names a line the headline: the region scorer's (the page title names
# it) and the DOM scorer's (the <h1> above the article container).
HEADLINE_CODES = frozenset({"score:region.headline", "dom:headline"})


def assign_roles(lines: Sequence[Line], in_body: Callable[[int], bool] | None = None) -> None:
    """Name the kept lines' parts. ``in_body(i)``: whether the page's markup puts line i in
    the article's body (HTML mode)."""
    keep, body = Label.KEEP, Category.BODY  # (labels.py)
    kept = [line for line in lines if line.label is keep]
    for line in kept:
        line.category = body
    first_prose = next((line.index for line in kept if line.prose), None)
    if len(kept) < 2 or first_prose is None:
        return
    titled = [line for line in kept if line.index < first_prose and any(
        r.code in HEADLINE_CODES for r in line.reasons)]
    if titled:  # the page title named it (cleaner.scorers.region), or the DOM did
        kept = kept[kept.index(titled[0]):]
    head = kept[0]
    # A headline the page title named is one, however it ends ("... time to be careful?").
    if len(kept) > 1 and (bool(titled) or (
            head.index < first_prose and not head.text.endswith((".", "!", "?", ":"))
            and MIN_HEADLINE_WORDS <= head.words <= MAX_HEADLINE_WORDS)):
        head.category = Category.HEADLINE
        nxt = kept[1]
        if in_body is not None and in_body(nxt.index):
            pass  # (the body's first paragraph)
        elif (nxt.index < first_prose and not nxt.terminal and _stands_alone(lines, nxt)
                and MIN_STANDFIRST_WORDS <= nxt.words <= MAX_STANDFIRST_WORDS):
            nxt.category = Category.STANDFIRST
        elif titled and nxt.words <= MAX_STANDFIRST_WORDS and _byline_after(lines, nxt):
            # headline, deck, byline, article: the deck sits above the byline, even when
            # it is a finished sentence.
            nxt.category = Category.STANDFIRST
        for line in kept[1:]:
            if line.text == head.text:  # the headline printed again over the article
                line.category = Category.HEADLINE


def _byline_after(lines: Sequence[Line], line: Line) -> bool:
    """A byline or dateline is dropped between this line and the next kept one."""
    for after in lines[line.index + 1:]:
        if after.label is Label.KEEP:
            return False
        if after.label is Label.DROP and after.category is Category.BYLINE:
            return True
    return False


def _stands_alone(lines: Sequence[Line], line: Line) -> bool:
    after = line.index + 1
    return after < len(lines) and lines[after].label is Label.BLANK
