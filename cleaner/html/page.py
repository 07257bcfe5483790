"""An HTML page, parsed: its lines (``cleaner.html.blocks``) and what its ``<head>`` and
JSON-LD say of it (title, canonical URL, site name, the article's own text).

Parsing is selectolax's Lexbor backend (the version pinned in ``pyproject.toml``: some
releases crash on some pages). The facts read here are the cheap ones the cleaner uses
on every page; the full metadata (authors, date) is ``cleaner.html.metadata``'s, on demand.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from cleaner.html.blocks import Walk, walk
from cleaner.html.charset import Decoded, decode_html
from cleaner.lines import Line

log = logging.getLogger(__name__)

# JSON-LD types whose articleBody and description are the article's own text.
ARTICLE_TYPES = frozenset({
    "article", "newsarticle", "blogposting", "reportagenews", "analysisnewsarticle",
    "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "techarticle",
    "scholarlyarticle", "liveblogposting", "socialmediaposting", "report", "webpage",
    "askpublicnewsarticle", "satiricalarticle", "medicalwebpage", "posting", "blog",
})
_MARKUP = re.compile(r"<[^>]{0,200}>")
# A page with fewer words of finished sentences than this outside its hidden elements is
# read with them.
MIN_VISIBLE_PROSE_WORDS = 100


@dataclass(slots=True)
class HtmlPage:
    """A parsed page: its lines and its head's facts."""

    walk: Walk
    decoded: Decoded
    title: str = ""
    language: str | None = None  # the <html lang> attribute's primary subtag
    canonical: str | None = None  # <link rel=canonical>
    meta: dict[str, str] = field(default_factory=dict)  # <meta> name/property -> content
    # From the page's JSON-LD: the article's headline, body and description.
    ld_headline: str = ""
    ld_bodies: list[str] = field(default_factory=list)
    ld_descriptions: list[str] = field(default_factory=list)
    ld_objects: list[dict[str, Any]] = field(default_factory=list)
    hidden_shown: bool = False  # its hidden elements were read (its visible text has no prose)

    @property
    def html(self) -> str:
        return self.decoded.text

    @property
    def site_name(self) -> str | None:
        return self.meta.get("og:site_name") or None

    @property
    def url(self) -> str | None:
        """The page's own address, as it states it: its canonical link, else og:url."""
        return self.canonical or self.meta.get("og:url") or None


def page_lines(page: HtmlPage) -> list[Line]:
    """The page's ``Line`` objects: line i is ``page.walk.texts[i]``."""
    from cleaner.engine import line_views

    return line_views(page_core(page))


def page_core(page: HtmlPage) -> Any:
    """The core's document of the page's lines (``cleaner._core.Doc``): line i is
    ``page.walk.texts[i]``."""
    from cleaner import _core

    return _core.lines_of([text or "" for text in page.walk.texts], "page")


def parse_page(data: str | bytes | Decoded, charset: str | None = None,
               before_walk: Callable[[Any, HtmlPage], None] | None = None) -> HtmlPage:
    """Decode (bytes, as a browser would; ``charset``: the HTTP header's), parse, read the
    head, then walk the body. ``before_walk(tree, page)`` runs between the head and the
    walk: the publisher's CSS rules mark the tree there (``cleaner.html.css_rules``)."""
    from selectolax.lexbor import LexborHTMLParser

    source: str | bytes  # (what Lexbor parses: UTF-8 bytes as they came, else the text)
    if isinstance(data, Decoded):
        decoded = data
        source = decoded.text
    elif isinstance(data, bytes):
        decoded = decode_html(data, charset)
        # (valid UTF-8 is the text's own encoding: Lexbor needs it not encoded again)
        source = data if decoded.source == "utf-8" else decoded.text
    else:
        decoded = Decoded(data, "utf-8", "text")
        source = data
    tree = LexborHTMLParser(source)
    page = HtmlPage(Walk(), decoded)
    _read_head(tree, page)
    if before_walk is not None:
        before_walk(tree, page)
    body = tree.body
    if body is not None:
        page.walk = walk(body)
        # A page whose visible text holds no article keeps it in hidden elements until a
        # script shows it (server-rendered apps stream their content into a hidden <div>).
        if _prose_words(page.walk) < MIN_VISIBLE_PROSE_WORDS:
            shown = walk(body, show_hidden=True)
            if _prose_words(shown) > _prose_words(page.walk):
                page.walk = shown
                page.hidden_shown = True
    return page


def _prose_words(walked: Walk) -> int:
    """The words of the finished sentences of at least 10 words (a rough count)."""
    total = 0
    for text in walked.texts:
        if text is not None and text[-1] in ".!?…。":
            words = text.count(" ") + 1
            if words >= 10:
                total += words
    return total


def _read_head(tree: Any, page: HtmlPage) -> None:
    root = tree.root
    if root is not None:
        lang = (root.attributes.get("lang") or "").strip()
        page.language = lang.split("-")[0].split("_")[0].lower() or None
    title = tree.css_first("title")
    if title is not None:
        page.title = " ".join(title.text().split())
    meta = page.meta
    canonical = False  # (the first canonical link is the page's)
    # (one pass over the tree: its meta tags, links and scripts in document order)
    for node in tree.css("meta[content], link[rel][href], script[type]"):
        tag, attrs = node.tag, node.attributes
        if tag == "meta":
            key = attrs.get("property") or attrs.get("name") or attrs.get("itemprop")
            content = attrs.get("content")
            if key and content and key.lower() not in meta:
                meta[key.lower()] = content.strip()
            continue
        if tag == "link":
            if not canonical and "canonical" in (attrs.get("rel") or "").lower().split():
                page.canonical = (attrs.get("href") or "").strip() or None
                canonical = True
            continue
        if "ld+json" not in (attrs.get("type") or "").lower():
            continue
        try:
            data = json.loads(node.text(deep=True) or "null", strict=False)
        except (ValueError, RecursionError):
            continue
        for item in _ld_items(data):
            types = item.get("@type")
            names = {t.lower() for t in (types if isinstance(types, list) else [types])
                     if isinstance(t, str)}
            if not names & ARTICLE_TYPES:
                continue
            page.ld_objects.append(item)
            for key, into in (("articleBody", page.ld_bodies),
                              ("description", page.ld_descriptions)):
                value = item.get(key)
                if isinstance(value, str) and value.strip():
                    into.append(_MARKUP.sub(" ", value))
            headline = item.get("headline")
            if isinstance(headline, str) and headline.strip() and not page.ld_headline:
                page.ld_headline = headline.strip()


def _ld_items(data: Any, depth: int = 0) -> Iterator[dict[str, Any]]:
    """The objects of a JSON-LD document (lists and ``@graph`` opened; mainEntity too)."""
    if depth > 4:
        return
    if isinstance(data, list):
        for item in data:
            yield from _ld_items(item, depth + 1)
    elif isinstance(data, dict):
        yield data
        for key in ("@graph", "mainEntity", "mainEntityOfPage"):
            if isinstance(data.get(key), (list, dict)):
                yield from _ld_items(data[key], depth + 1)
