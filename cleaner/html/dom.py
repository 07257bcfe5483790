"""What the DOM says of each line of a page: landmarks, token categories, links, and the
article container (the element that holds most of the page's prose).

``analyse`` runs once per page, after the lines are made and before the scorers. The core
does the work (``core/src/dom_analysis.rs``: each element's lines and facts, the teaser
cards, the container, the headline, what lies above each element, and the DOM scorer's
evidence, ``cleaner.scorers.dom``); this module gives it the tables below, the JSON-LD
matches and the page's titles. The region scorer pushes out what lies outside the
container. See ``docs/algorithm.md``.
"""

from __future__ import annotations

import re
import weakref
from dataclasses import dataclass
from typing import Any

from cleaner import _core
from cleaner.html.blocks import Walk
from cleaner.html.css_rules import CONTAINER, DROP_PREFIX, KEEP, MARK, CssRules
from cleaner.html.page import HtmlPage
from cleaner.html.tokens import ARTICLE, TokenHit, TokenLexicon
from cleaner.labels import Category

# Landmarks: elements (by tag, or by ARIA role) whose content is not the article's text.
LANDMARK_TAGS = {"nav": Category.NAVIGATION, "aside": Category.RELATED,
                 "footer": Category.NAVIGATION, "form": Category.BOILERPLATE,
                 "header": Category.NAVIGATION}
LANDMARK_ROLES = {"navigation": Category.NAVIGATION, "complementary": Category.RELATED,
                  "contentinfo": Category.NAVIGATION, "banner": Category.NAVIGATION,
                  "search": Category.NAVIGATION, "dialog": Category.BOILERPLATE,
                  "alertdialog": Category.BOILERPLATE, "menu": Category.NAVIGATION,
                  "menubar": Category.NAVIGATION, "toolbar": Category.NAVIGATION}
# Elements that say they hold the article's text.
ARTICLE_ITEMPROPS = frozenset({"articlebody", "text", "reviewbody"})
# The headline's and the articles' likeness to the page's title: Dice over word sets, of
# titles of at least this many words.
MIN_HEADLINE_WORDS = 2
_WORD = re.compile(r"\w+")


@dataclass(slots=True)
class ElementFacts:
    """What an element's own tag and attributes say."""

    landmark: Category | None = None  # nav, aside, ... or an ARIA role
    # It holds the article's text: itemprop=articleBody, an article token ("article-body").
    # (<article> and <main> say less: listing pages wrap every teaser in an <article>.)
    article: bool = False
    hits: tuple[TokenHit, ...] = ()  # its tokens' categories
    dropping: bool = False  # a token of a drop category among them
    mark: str | None = None  # a publisher's CSS rule marked it (cleaner.html.css_rules)

    @property
    def drop(self) -> bool:
        return self.landmark is not None or self.dropping


# The element readers of the token lexicons.
_READERS: weakref.WeakKeyDictionary[TokenLexicon, Any] = weakref.WeakKeyDictionary()


def _reader(lexicon: TokenLexicon) -> Any:
    """The core's reader of an element's facts (``cleaner._core.ElementReader``) with a
    lexicon's entries and this module's tables."""
    reader = _READERS.get(lexicon)
    if reader is None:
        reader = _READERS[lexicon] = _core.ElementReader(
            lexicon.entries, MARK, ARTICLE, {t: c.value for t, c in LANDMARK_TAGS.items()},
            {r: c.value for r, c in LANDMARK_ROLES.items()}, set(ARTICLE_ITEMPROPS),
            (CONTAINER, KEEP, DROP_PREFIX))
    return reader


def facts_of(lexicon: TokenLexicon, tag: str, attrs: dict[str, str | None]) -> ElementFacts:
    """What an element's tag and attributes say: its landmark (by tag, or by ARIA role),
    whether it says it holds the article's text (an itemprop, a token), the categories
    of its names' tokens (class, id, aria-label, itemprop, short data-* values), and the
    publisher rules' mark."""
    landmark, article, dropping, mark, hits = _reader(lexicon).read(tag, attrs)
    return ElementFacts(Category(landmark) if landmark else None, article,
                        tuple(TokenHit(*hit) for hit in hits), dropping, mark)


@dataclass(slots=True)
class Dom:
    """The DOM's view of a page's lines: the core's findings (``cleaner._core.PageDom``)."""

    page: HtmlPage
    found: _core.PageDom
    css: CssRules | None = None  # the publisher's CSS rules

    @property
    def walk(self) -> Walk:
        return self.page.walk

    @property
    def container(self) -> int | None:
        """The article container's element."""
        return self.found.container

    @property
    def span(self) -> tuple[int, int] | None:
        """The container's first and last line (from the headline on)."""
        return self.found.span

    @property
    def headline(self) -> int | None:
        """The headline's line."""
        return self.found.headline

    @property
    def in_ld(self) -> list[bool]:
        """Whether each line's text is part of the JSON-LD articleBody or description (an
        empty list for a page without)."""
        return self.found.in_ld

    @property
    def cards(self) -> set[int]:
        """The elements that are teaser cards."""
        return set(self.found.cards)

    def body_lines(self) -> list[bool]:
        """Whether each line lies in the article's body: inside the container's element (not
        only below its headline) and in no ``<header>`` there."""
        return self.found.body_lines()

    def markup(self, line: int) -> tuple[int, int, int]:
        """The landmark, the element with a drop token and the telling tag nearest above
        line i (-1 for none; inside the container, below it)."""
        return self.found.markup(line)


def analyse(page: HtmlPage, core: Any, lexicon: TokenLexicon,
            css: CssRules | None = None) -> Dom:
    """The DOM's findings on a page whose lines (``core``, the core's document made from
    ``page.walk.lines``, as the publisher rules left them) are about to be scored: JSON-LD
    matches, teaser cards, the container (the one a publisher's CSS rule names, else found),
    the headline, what lies above each element, and the DOM scorer's evidence."""
    if page.walk.elements is None:  # (a page without a body: no lines)
        return Dom(page, _core.PageDom.empty(), css)
    titles = _titles(page)

    def similarity(text: str) -> float:
        return max((_dice(_words(text), t) for t in titles), default=0.0)

    found = _reader(lexicon).analyse(
        page.walk.elements, core, page.ld_bodies, page.ld_descriptions, bool(titles), similarity,
        None if css is None else (css.key, bool(css.container), css.describe))
    return Dom(page, found, css)


def _titles(page: HtmlPage) -> list[set[str]]:
    """The words of the page's titles: its <title>, og:title and JSON-LD headline."""
    titles = [_words(t) for t in (page.title, page.meta.get("og:title", ""), page.ld_headline)]
    return [t for t in titles if len(t) >= MIN_HEADLINE_WORDS]


def _words(text: str) -> set[str]:
    return set(_WORD.findall(text.casefold()))


def _dice(a: set[str], b: set[str]) -> float:
    return 2 * len(a & b) / (len(a) + len(b)) if a and b else 0.0
