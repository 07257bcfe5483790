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

from cleaner import _core
from cleaner.lines import Line


def assign_roles(lines: Sequence[Line], in_body: Callable[[int], bool] | None = None) -> None:
    """Name the kept lines' parts (core/src/structure.rs). ``in_body(i)``: whether the
    page's markup puts line i in the article's body (HTML mode)."""
    from cleaner.engine import through_core

    body = None if in_body is None else [in_body(i) for i in range(len(lines))]
    through_core(lines, lambda core: _core.assign_roles(core, body))
