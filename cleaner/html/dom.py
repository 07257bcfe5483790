"""What the DOM says of each line of a page: landmarks, token categories, links, and the
article container (the element that holds most of the page's prose).

``analyse`` runs once per page, after the lines are made and before the scorers: the DOM
scorer (``cleaner.scorers.dom``) turns its findings into evidence, and the region scorer
pushes out what lies outside the container. See ``docs/algorithm.md``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from cleaner.casing import casefold
from cleaner.html.blocks import Block, Walk
from cleaner.html.page import HtmlPage
from cleaner.html.tokens import ARTICLE, TokenHit, TokenLexicon, names
from cleaner.labels import Category
from cleaner.lines import Line

# Landmarks: elements (by tag, or by ARIA role) whose content is not the article's text.
LANDMARK_TAGS = {"nav": Category.NAVIGATION, "aside": Category.RELATED,
                 "footer": Category.NAVIGATION, "form": Category.BOILERPLATE,
                 "header": Category.NAVIGATION}
LANDMARK_ROLES = {"navigation": Category.NAVIGATION, "complementary": Category.RELATED,
                  "contentinfo": Category.NAVIGATION, "banner": Category.NAVIGATION,
                  "search": Category.NAVIGATION, "dialog": Category.BOILERPLATE,
                  "alertdialog": Category.BOILERPLATE, "menu": Category.NAVIGATION,
                  "menubar": Category.NAVIGATION, "toolbar": Category.NAVIGATION}
# Elements that say they hold the article.
ARTICLE_TAGS = frozenset({"article", "main"})
ARTICLE_ROLES = frozenset({"main", "article"})
ARTICLE_ITEMPROPS = frozenset({"articlebody", "text", "reviewbody"})
# A line counts toward the container when it is a finished sentence of at least this many
# words with little link text.
MIN_CONTAINER_WORDS = 10
MAX_CONTAINER_LINK_DENSITY = 0.3
# The container is the deepest element holding at least this share of the page's prose.
CONTAINER_SHARE = 0.7
# An element marked as boilerplate (by a token or a landmark) holding less than this share
# of the page's prose does not count toward the container.
MAX_EXCLUDED_SHARE = 0.5
# A comment section can hold more of a page's prose than its article (but not all of it).
MAX_COMMENTS_SHARE = 0.9
# Elements that hold a paragraph's text, not paragraphs.
PARAGRAPH_TAGS = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "pre", "blockquote",
                            "dd", "dt", "figcaption", "td", "th", "tr", "a", "span", "b",
                            "strong", "em", "i", "font", "small"})
# The headline: an <h1> at most this many lines above the container.
MAX_HEADLINE_DISTANCE = 40
_SPACE = re.compile(r"\s+")


@dataclass(slots=True)
class ElementFacts:
    """What an element's own tag and attributes say."""

    landmark: Category | None = None  # nav, aside, ... or an ARIA role
    article: bool = False  # <article>, <main>, role=main, itemprop=articleBody, an article token
    hits: tuple[TokenHit, ...] = ()  # its tokens' categories

    @property
    def drop(self) -> bool:
        return self.landmark is not None or any(h.category != ARTICLE for h in self.hits)


@dataclass(slots=True)
class Dom:
    """The DOM's view of a page's lines (``blocks[i]`` is line i's block, ``None`` for a
    blank line)."""

    page: HtmlPage
    blocks: list[Block | None]
    facts: dict[int, ElementFacts] = field(default_factory=dict)
    container: int | None = None  # the article container's element
    span: tuple[int, int] | None = None  # its first and last line (from the headline on)
    headline: int | None = None  # the headline's line
    in_ld: list[bool] = field(default_factory=list)  # the line's text is in the JSON-LD body
    prose: list[float] = field(default_factory=list)  # each element's prose words

    @property
    def walk(self) -> Walk:
        return self.page.walk

    def element_facts(self, element: int, lexicon: TokenLexicon) -> ElementFacts:
        facts = self.facts.get(element)
        if facts is None:
            facts = self.facts[element] = _facts(self.walk.tags[element],
                                                 self.walk.attrs[element], lexicon)
        return facts

    def chain(self, line: int) -> list[int]:
        """The elements above line i's text, innermost first (the inline elements that
        wrap most of it, then its block and the block's ancestors)."""
        block = self.blocks[line]
        if block is None:
            return []
        return [*reversed(block.inline), *self.walk.ancestors(block.owner)]

    def inside(self, line: int, element: int | None = None) -> bool:
        element = self.container if element is None else element
        return element is not None and element in self.chain(line)


def _facts(tag: str, attrs: dict[str, str | None], lexicon: TokenLexicon) -> ElementFacts:
    facts = ElementFacts(landmark=LANDMARK_TAGS.get(tag), article=tag in ARTICLE_TAGS)
    if not attrs:
        return facts
    role = (attrs.get("role") or "").strip().lower()
    if role:
        if role in LANDMARK_ROLES:
            facts.landmark = LANDMARK_ROLES[role]
        elif role in ARTICLE_ROLES:
            facts.article = True
    itemprop = (attrs.get("itemprop") or "").strip().lower()
    if itemprop in ARTICLE_ITEMPROPS:
        facts.article = True
    value = names(attrs)
    if value:
        facts.hits = lexicon.match(value)
        if any(h.category == ARTICLE for h in facts.hits):
            facts.article = True
    return facts


def normalised(text: str) -> str:
    return _SPACE.sub(" ", casefold(text)).strip()


def analyse(page: HtmlPage, lines: list[Line], lexicon: TokenLexicon) -> Dom:
    """The DOM's findings on a page whose lines (``lines``, made from ``page.walk.lines``)
    are about to be scored: JSON-LD matches, the container, the headline."""
    dom = Dom(page, page.walk.lines)
    dom.in_ld = _in_ld(page, lines)
    dom.container = _container(dom, lines, lexicon)
    if dom.container is not None:
        inside = [i for i in range(len(lines)) if lines[i].text and dom.inside(i)]
        if inside:
            first, last = inside[0], inside[-1]
            dom.headline = _headline(dom, lines, first, last)
            if dom.headline is not None and dom.headline < first:
                first = dom.headline
            dom.span = (first, last)
    return dom


def _in_ld(page: HtmlPage, lines: list[Line]) -> list[bool]:
    """Whether each line's text is part of the JSON-LD articleBody or description."""
    if not (page.ld_bodies or page.ld_descriptions):
        return []
    whole = " \n ".join(normalised(t) for t in [*page.ld_bodies, *page.ld_descriptions])
    return [bool(line.text) and line.words >= 3 and normalised(line.text) in whole
            for line in lines]


def _container(dom: Dom, lines: list[Line], lexicon: TokenLexicon) -> int | None:
    walk = dom.walk
    n = len(walk.tags)
    weight = [0.0] * n
    ld = dom.in_ld
    ld_words = sum(line.words for line, hit in zip(lines, ld, strict=False) if hit)
    use_ld = ld_words >= 50  # the JSON-LD body names the article's lines
    contributions: list[tuple[int, float]] = []
    for i, line in enumerate(lines):
        block = dom.blocks[i]
        if block is None:
            continue
        if use_ld:
            if not ld[i]:
                continue
        elif not (line.terminal and line.words >= MIN_CONTAINER_WORDS
                  and block.link_density <= MAX_CONTAINER_LINK_DENSITY):
            continue
        contributions.append((i, float(line.words)))
        for e in walk.ancestors(block.owner):
            weight[e] += line.words
    total = weight[0]
    if total <= 0:
        return None
    # Leave out the prose of comment sections, and of the small elements marked as
    # boilerplate (a related-articles box with summaries, an author bio); never that of an
    # element that says it holds the article, or holds one that does.
    holders = [False] * n
    for i, _ in contributions:
        chain = list(walk.ancestors(dom.blocks[i].owner))  # type: ignore[union-attr]
        for k, e in enumerate(chain):
            if dom.element_facts(e, lexicon).article:
                for above in chain[k:]:
                    holders[above] = True
                break
    excluded = [False] * n
    for e in range(n):
        if weight[e] <= 0 or holders[e]:
            continue
        facts = dom.element_facts(e, lexicon)
        comments = any(h.category == Category.COMMENTS.value for h in facts.hits)
        if facts.drop and weight[e] < (MAX_COMMENTS_SHARE if comments
                                       else MAX_EXCLUDED_SHARE) * total:
            excluded[e] = True
    clean = [0.0] * n
    for i, words in contributions:
        chain = list(walk.ancestors(dom.blocks[i].owner))  # type: ignore[union-attr]
        if any(excluded[e] for e in chain):
            continue
        for e in chain:
            clean[e] += words
    dom.prose = clean
    total = clean[0]
    if total <= 0:
        return None
    best = 0
    depths = walk.depths
    for e in range(n):
        if clean[e] >= CONTAINER_SHARE * total and depths[e] >= depths[best]:
            best = e
    # A paragraph is no container: the article is the element around its paragraphs.
    while walk.tags[best] in PARAGRAPH_TAGS and walk.parents[best] >= 0:
        best = walk.parents[best]
    return best


def _headline(dom: Dom, lines: list[Line], first: int, last: int) -> int | None:
    """The article's headline: the <h1> nearest above the container's first line (or its
    first <h1> inside), else None."""
    tags = dom.walk.tags
    candidates = [i for i, block in enumerate(dom.blocks)
                  if block is not None and tags[block.owner] == "h1" and i <= last]
    above = [i for i in candidates if first - MAX_HEADLINE_DISTANCE <= i <= first]
    if above:
        return above[-1]
    inside = [i for i in candidates if first <= i <= last]
    return inside[0] if inside else None
