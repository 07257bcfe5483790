"""A parsed page → its blocks in reading order, with what the DOM says of each.

One walk over the DOM (selectolax's Lexbor tree, walked by the core: ``core/src/walk.rs``,
with this module's tables and ``hidden``). Text nodes are gathered into the *block* that holds
them: the nearest enclosing block-level element (``p``, ``h1``-``h6``, ``li``, ``td`` rows,
``div``, any element that is not inline). Inline elements (``a``, ``span``, ``em``...) join
into their block; ``<br>`` ends a line within it; whitespace collapses as a browser
renders it (runs of ASCII whitespace become one space; no-break spaces stay), except in
``<pre>``, whose lines are kept as they are. A table row is one line, its cells joined by
a space.

Never content: ``script``, ``style``, ``noscript``, ``template``, ``svg``, ``iframe`` and
the like, comments, the ``<head>``, and hidden elements (``hidden``,
``aria-hidden="true"``, an inline ``display:none`` or ``visibility:hidden``).

Every line records its *owner* (the block element it came from; the element chain above
it is ``Walk.parents``), its link text and links, and the inline elements that wrap most
of it (a ``<span class="byline">`` inside a ``<p>``). Between blocks the walk leaves the
blank lines html-text's ``guess_layout`` leaves (a paragraph gap around ``p``, headings,
lists, ``blockquote``...), so the text scorers see the layout they were written for.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from cleaner import _core

# Elements whose content is never rendered as text.
SKIP_TAGS = frozenset({
    "script", "style", "noscript", "template", "svg", "iframe", "object", "embed", "canvas",
    "math", "head", "select", "datalist", "audio", "video", "map", "frameset", "frame",
    "textarea", "dialog",
})
# Elements that flow inside their block (everything else starts a block of its own, as
# custom elements, ``div`` and ``section`` do).
INLINE_TAGS = frozenset({
    "a", "abbr", "acronym", "b", "bdi", "bdo", "big", "blink", "button", "cite", "code",
    "data", "del", "dfn", "em", "font", "i", "img", "input", "ins", "kbd", "label", "mark",
    "nobr", "output", "picture", "q", "rp", "rt", "ruby", "s", "samp", "small", "source",
    "span", "strike", "strong", "sub", "sup", "time", "tt", "u", "var", "wbr",
})
# A table's cells flow into their row's line, a space between them.
CELL_TAGS = frozenset({"td", "th"})
# html-text's guess_layout (0.7.1): a blank line around these, a line break around the other
# block elements.
DOUBLE_NEWLINE_TAGS = frozenset({
    "blockquote", "dl", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "ol", "p", "pre",
    "title", "ul",
})
# An inline element wrapping at least this share of a line's characters speaks for it.
MIN_INLINE_COVER = 0.6
# (The core asks ``hidden`` of a style only where it holds "none" or "dden", in any case:
# a test of this pattern, whatever its "i", needs one of them.)
_HIDING_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)


@dataclass(slots=True)
class Block:
    """One line of the page's text and where it came from."""

    text: str
    owner: int  # the element whose text it is (an index into ``Walk.tags``)
    chars: int = 0  # characters of text, spaces left out
    link_chars: int = 0  # of them, inside links
    links: int = 0  # links that hold some of its text
    inline: tuple[int, ...] = ()  # inline elements that wrap most of it
    pre: bool = False  # a line of a <pre>

    @property
    def link_density(self) -> float:
        return self.link_chars / self.chars if self.chars else 0.0


@dataclass(slots=True)
class Walk:
    """The page's lines' texts (``None`` for a blank line between blocks) and the walk as the
    core keeps it (``elements``, ``cleaner._core.WalkedElements``: each element's tag,
    attributes and parent, each line's block), which the DOM analysis reads. The other
    columns are made from it when asked for: elements in document order (a parent comes
    before its children; -1 above the ``<body>``)."""

    texts: list[str | None] = field(default_factory=list)
    elements: _core.WalkedElements | None = None

    @property
    def lines(self) -> list[Block | None]:
        """Each line's ``Block`` (``None`` for a blank line)."""
        if self.elements is None:
            return []
        return [None if t is None or b is None
                else Block(t, b[0], b[1], b[2], b[3], tuple(b[4]), b[5])
                for t, b in zip(self.texts, self.elements.blocks(), strict=True)]

    @property
    def tags(self) -> list[str]:
        return [] if self.elements is None else self.elements.tags()

    @property
    def parents(self) -> list[int]:
        return [] if self.elements is None else self.elements.parents()

    @property
    def attrs(self) -> list[dict[str, str | None]]:
        return [] if self.elements is None else self.elements.attrs()

    def ancestors(self, element: int) -> Iterator[int]:
        """The element and those above it, innermost first."""
        parents = self.parents
        while element >= 0:
            yield element
            element = parents[element]

    @property
    def blocks(self) -> list[Block]:
        return [b for b in self.lines if b is not None]


def hidden(attrs: dict[str, str | None]) -> bool:
    """Whether an element is hidden from the reader by its own attributes."""
    if "hidden" in attrs:
        return True
    if "aria-hidden" not in attrs and "style" not in attrs:
        return False
    if (attrs.get("aria-hidden") or "").strip().lower() == "true":
        return True
    style = attrs.get("style")
    return bool(style) and _HIDING_STYLE.search(style) is not None  # type: ignore[arg-type]


# What the walk does with an element, by its tag (any other tag starts a block).
_SKIP, _INLINE, _LINK, _CELL, _BLOCK, _BREAK, _DOUBLE, _PRE = range(8)
_KINDS = {**dict.fromkeys(SKIP_TAGS, _SKIP), **dict.fromkeys(INLINE_TAGS, _INLINE), "a": _LINK,
          **dict.fromkeys(CELL_TAGS, _CELL), "br": _BREAK,
          **dict.fromkeys(DOUBLE_NEWLINE_TAGS, _DOUBLE), "pre": _PRE}
_WALKER = _core.HtmlWalker(_KINDS, hidden, MIN_INLINE_COVER)


def walk(root: Any, *, show_hidden: bool = False) -> Walk:
    """Walk a page's ``<body>`` (or any element of a selectolax Lexbor tree) into lines;
    see the module's docstring. ``show_hidden``: read hidden elements too
    (``cleaner.html.page`` does, for a page whose visible text holds no article).

    The core walks the tree (``core/src/walk.rs``; in Python the walk cost about 1 us a
    node, a quarter of HTML mode's time) and keeps what it found; Python gets each line's
    text. A link to a place
    on the same page (``#section``, a table of contents, a footnote) is the text's own: its
    characters are not link characters."""
    return Walk(*_WALKER.walk(root, show_hidden))
