"""A parsed page → its blocks in reading order, with what the DOM says of each.

One walk over the DOM (selectolax's Lexbor tree; every node it hands to Python is a new
object, so each is visited once). Text nodes are gathered into the *block* that holds
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
_SPACES = re.compile(r"[ \t\n\r\f]+")
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
    """The page's lines (``None`` for a blank line between blocks) and its elements, in
    document order: their tags, parents (-1 above the ``<body>``) and attributes. A parent
    comes before its children."""

    lines: list[Block | None] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    parents: list[int] = field(default_factory=list)
    attrs: list[dict[str, str | None]] = field(default_factory=list)

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


def _leaves(href: str | None) -> bool:
    """Whether a link's ``href`` leads away from the text: a link to a place on the same
    page (``#section``, a table of contents, a footnote) is the text's own."""
    return href is not None and not href.startswith("#")


# What the walk does with an element, by its tag (any other tag starts a block).
_SKIP, _INLINE, _LINK, _CELL, _BLOCK, _BREAK, _DOUBLE, _PRE = range(8)
_KINDS = {**dict.fromkeys(SKIP_TAGS, _SKIP), **dict.fromkeys(INLINE_TAGS, _INLINE), "a": _LINK,
          **dict.fromkeys(CELL_TAGS, _CELL), "br": _BREAK,
          **dict.fromkeys(DOUBLE_NEWLINE_TAGS, _DOUBLE), "pre": _PRE}


def walk(root: Any, *, show_hidden: bool = False) -> Walk:
    """Walk a page's ``<body>`` (or any element) into lines; see the module's docstring.
    ``show_hidden``: read hidden elements too (``cleaner.html.page`` does, for a page whose
    visible text holds no article).

    (The loop is written for speed: a page has thousands of nodes, and every one costs
    Python work. The line being gathered is ``parts``, with its link characters, links and
    the characters of each open inline element with attributes of its own in it;
    ``flush`` makes it a ``Block`` after the layout gap ``gap`` asks for: 0 none yet, 1 a
    line break, 2 a blank line. Callers test ``parts`` before they call it.)"""
    out = Walk()
    lines, tags, parents, attrs_of = out.lines, out.tags, out.parents, out.attrs
    parts: list[str] = []
    link_chars = links = gap = 0
    inline: dict[int, int] = {}  # inline element -> its characters in this line
    pre = False

    def flush(owner: int) -> None:
        nonlocal link_chars, links, gap
        raw = "".join(parts)
        parts.clear()
        gathered, linked, count = link_chars, links, len(inline)
        link_chars = links = 0
        if pre:
            text = raw.replace("\r", "").rstrip()
            if not text.strip():
                inline.clear()
                return
        else:
            text = _SPACES.sub(" ", raw).strip()  # (no-break spaces alone: a blank line)
            if not text:
                inline.clear()
                return
        chars = len(text) - text.count(" ")
        if gap == 2 and lines:
            lines.append(None)
        gap = 0
        if count:
            least = MIN_INLINE_COVER * chars
            cover = tuple(e for e, n in inline.items() if n >= least)
            inline.clear()
        else:
            cover = ()
        lines.append(Block(text, owner, chars, min(gathered, chars), linked, cover, pre))

    tags.append(root.tag)
    parents.append(-1)
    attrs_of.append(root.attributes)
    # The open element (its index and kind: _BLOCK, _DOUBLE and _PRE a block, _INLINE and
    # _CELL inline, _LINK a link), and one entry per element around it: the node after it
    # and the element and kind it is in.
    element, kind = 0, _BLOCK
    stack: list[tuple[Any, int, int]] = []
    owner = 0  # the innermost open block element
    owners: list[int] = []  # the block elements around it
    in_link = 0
    in_pre = 0
    inline_open: list[int] = []  # open inline elements with attributes of their own
    kinds = _KINDS
    node = root.first_child
    while True:
        if node is None:  # the open element ends
            if kind >= _BLOCK:
                if parts:
                    flush(owner)
                if not owners:
                    break
                owner = owners.pop()
                if kind != _BLOCK:  # (_DOUBLE, _PRE)
                    gap = 2
                    if kind == _PRE:
                        in_pre -= 1
                        pre = in_pre > 0
                elif not gap:
                    gap = 1
            elif kind == _LINK:
                in_link -= 1
            if inline_open and inline_open[-1] == element:
                inline_open.pop()
            node, element, kind = stack.pop()
            continue
        tag = node.tag
        if tag == "-text":
            text = node.text_content
            node = node.next
            if not text or (not parts and not in_pre and text.isspace()):
                continue  # (a line's leading white space is dropped anyway)
            if in_pre:
                pieces = text.split("\n")
                for piece in pieces[:-1]:
                    parts.append(piece)
                    flush(owner)
                text = pieces[-1]
                if not text:
                    continue
            parts.append(text)
            if in_link or inline_open:
                n = len(text) - text.count(" ") - text.count("\n")
                if in_link:
                    link_chars += n
                for e in inline_open:
                    inline[e] = inline.get(e, 0) + n
            continue
        new_kind = kinds.get(tag, _BLOCK) if tag else _SKIP
        if new_kind == _SKIP or (new_kind == _BLOCK and tag[0] == "-"):  # comments, doctype
            node = node.next
            continue
        if new_kind == _BREAK:
            if parts:
                flush(owner)
            node = node.next
            continue
        attrs = node.attributes
        if attrs and not show_hidden and ("hidden" in attrs or "aria-hidden" in attrs
                                          or "style" in attrs) and hidden(attrs):
            node = node.next
            continue
        new = len(tags)
        tags.append(tag)
        parents.append(element)
        attrs_of.append(attrs)
        stack.append((node.next, element, kind))
        node = node.first_child
        element, kind = new, new_kind
        if kind <= _CELL:  # (_INLINE, _LINK, _CELL)
            if kind == _LINK:
                if _leaves(attrs.get("href")):
                    in_link += 1
                    links += 1
                else:
                    kind = _INLINE
            elif kind == _CELL:
                parts.append(" ")
            if attrs:
                inline_open.append(new)
        else:
            if parts:
                flush(owner)
            if kind != _BLOCK:  # (_DOUBLE, _PRE)
                gap = 2
                if kind == _PRE:
                    in_pre += 1
                    pre = True
            elif not gap:
                gap = 1
            owners.append(owner)
            owner = new
    return out
