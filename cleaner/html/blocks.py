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


class _Builder:
    """The walk's state: the line being gathered and the layout gap before the next."""

    __slots__ = ("gap", "inline", "link_chars", "links", "out", "parts", "pre")

    def __init__(self, out: Walk) -> None:
        self.out = out
        self.parts: list[str] = []
        self.link_chars = 0
        self.links = 0
        self.inline: dict[int, int] = {}  # inline element -> its characters in this line
        self.gap = 0  # 0: none yet; 1: a line break; 2: a blank line
        self.pre = False

    def flush(self, owner: int) -> None:
        if not self.parts:
            return
        raw = "".join(self.parts)
        self.parts = []
        link_chars, links, inline = self.link_chars, self.links, self.inline
        self.link_chars = self.links = 0
        if inline:
            self.inline = {}
        if self.pre:
            text = raw.replace("\r", "").rstrip()
            if not text.strip():
                return
        else:
            text = _SPACES.sub(" ", raw).strip()
            if not text or not text.strip():  # (no-break spaces alone: a blank line)
                return
        chars = len(text) - text.count(" ")
        lines = self.out.lines
        if self.gap == 2 and lines:
            lines.append(None)
        self.gap = 0
        cover = tuple(e for e, n in inline.items() if n >= MIN_INLINE_COVER * chars) if inline \
            else ()
        lines.append(Block(text, owner, chars, min(link_chars, chars), links, cover, self.pre))


def _leaves(href: str | None) -> bool:
    """Whether a link's ``href`` leads away from the text: a link to a place on the same
    page (``#section``, a table of contents, a footnote) is the text's own."""
    return href is not None and not href.startswith("#")


def walk(root: Any, *, show_hidden: bool = False) -> Walk:
    """Walk a page's ``<body>`` (or any element) into lines; see the module's docstring.
    ``show_hidden``: read hidden elements too (``cleaner.html.page`` does, for a page whose
    visible text holds no article).

    (The loop is written for speed: a page has thousands of nodes, and every one costs
    Python work; empty flushes are skipped before the call.)"""
    out = Walk()
    b = _Builder(out)
    parts = b.parts
    tags, parents, attrs_of = out.tags, out.parents, out.attrs
    tags.append(root.tag)
    parents.append(-1)
    attrs_of.append(root.attributes)
    # One entry per open element: its children still to visit, its index, its kind
    # (0 a block, 1 inline, 2 a link).
    stack: list[tuple[Iterator[Any], int, int]] = [(iter(root.iter(include_text=True)), 0, 0)]
    owner = 0  # the innermost open block element
    owners = [0]
    in_link = 0
    in_pre = 0
    inline_open: list[int] = []  # open inline elements with attributes of their own
    skip_tags, inline_tags, cell_tags, double = SKIP_TAGS, INLINE_TAGS, CELL_TAGS, \
        DOUBLE_NEWLINE_TAGS
    while stack:
        children, element, kind = stack[-1]
        node = next(children, None)
        if node is None:  # the element ends
            stack.pop()
            if kind == 0:  # a block
                if parts:
                    b.flush(owner)
                    parts = b.parts
                owners.pop()
                if not owners:
                    break
                owner = owners[-1]
                tag = tags[element]
                if tag in double:
                    b.gap = 2
                elif not b.gap:
                    b.gap = 1
                if tag == "pre":
                    in_pre -= 1
                    b.pre = in_pre > 0
            elif kind == 2:  # a link
                in_link -= 1
            if inline_open and inline_open[-1] == element:
                inline_open.pop()
            continue
        tag = node.tag
        if tag == "-text":
            text = node.text_content
            if not text or (not parts and not in_pre and text.isspace()):
                continue  # (a line's leading white space is dropped anyway)
            if in_pre:
                pieces = text.split("\n")
                for piece in pieces[:-1]:
                    parts.append(piece)
                    b.flush(owner)
                    parts = b.parts
                text = pieces[-1]
                if not text:
                    continue
            parts.append(text)
            if in_link or inline_open:
                n = len(text) - text.count(" ") - text.count("\n")
                if in_link:
                    b.link_chars += n
                for e in inline_open:
                    b.inline[e] = b.inline.get(e, 0) + n
            continue
        if not tag or tag[0] == "-" or tag in skip_tags:  # comments, doctype; never content
            continue
        if tag == "br":
            if parts:
                b.flush(owner)
                parts = b.parts
            continue
        attrs = node.attributes
        if attrs and not show_hidden and hidden(attrs):
            continue
        new = len(tags)
        tags.append(tag)
        parents.append(element)
        attrs_of.append(attrs)
        children = iter(node.iter(include_text=True))
        if tag in inline_tags:
            if tag == "a" and _leaves(attrs.get("href")):
                in_link += 1
                b.links += 1
                stack.append((children, new, 2))
            else:
                stack.append((children, new, 1))
            if attrs:
                inline_open.append(new)
        elif tag in cell_tags:
            parts.append(" ")
            stack.append((children, new, 1))
            if attrs:
                inline_open.append(new)
        else:
            if parts:
                b.flush(owner)
                parts = b.parts
            if tag in double:
                b.gap = 2
            elif not b.gap:
                b.gap = 1
            owner = new
            owners.append(new)
            stack.append((children, new, 0))
            if tag == "pre":
                in_pre += 1
                b.pre = True
    if parts:
        b.flush(owner)
    return out
