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
# Elements that say they hold the article's text.
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
# How many levels above the chosen container an element saying it holds the article's
# text may be, to be the container instead.
MAX_HOLDER_CLIMB = 4
MIN_CLIMB_SHARE = 0.1  # (of the page's prose)
# Cards: at least this many sibling elements alike (tag and class) that each open with a
# link line and hold another line, and at most this many words: teasers, not the article's
# sections (a slideshow's slides open with their caption).
MIN_CARDS = 3
MIN_CARD_LINES = 2
MAX_CARD_WORDS = 80
MIN_LINK_LINE_DENSITY = 0.8
# The JSON-LD articleBody chooses the container when the page's lines hold at least this
# many of its words, and this share of them.
MIN_LD_WORDS = 50
MIN_LD_FOUND = 0.5
MIN_LD_SHARE = 0.3  # (of the words of the page's prose lines)
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
    # It holds the article's text: itemprop=articleBody, an article token ("article-body").
    # (<article> and <main> say less: listing pages wrap every teaser in an <article>.)
    article: bool = False
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
    cards: set[int] = field(default_factory=set)  # elements that are teaser cards
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
    facts = ElementFacts(landmark=LANDMARK_TAGS.get(tag))
    if not attrs:
        return facts
    role = (attrs.get("role") or "").strip().lower()
    if role in LANDMARK_ROLES:
        facts.landmark = LANDMARK_ROLES[role]
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
    dom.cards = _cards(dom, lines)
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


def _cards(dom: Dom, lines: list[Line]) -> set[int]:
    """Teaser cards: runs of alike siblings, each a link line first (its headline) and a
    line or two more (a summary, a date), short (a list of other articles)."""
    walk = dom.walk
    parents = walk.parents
    # element -> [lines, whether its first line is a link, words]
    stats: dict[int, list[int]] = {}
    for i, line in enumerate(lines):
        block = dom.blocks[i]
        if block is None or not line.text:
            continue
        link = block.link_density >= MIN_LINK_LINE_DENSITY
        for e in dom.chain(i):
            row = stats.get(e)
            if row is None:
                row = stats[e] = [0, link, 0]
            row[0] += 1
            row[2] += line.words
    groups: dict[tuple[int, str, str], list[int]] = {}
    for e in stats:
        parent = parents[e]
        if parent < 0:
            continue
        key = (parent, walk.tags[e], walk.attrs[e].get("class") or "")
        groups.setdefault(key, []).append(e)
    cards: set[int] = set()
    for members in groups.values():
        if len(members) < MIN_CARDS:
            continue
        alike = [e for e in members if stats[e][0] >= MIN_CARD_LINES and stats[e][1] >= 1
                 and stats[e][2] <= MAX_CARD_WORDS]
        if len(alike) >= MIN_CARDS and 3 * len(alike) >= 2 * len(members):
            cards.update(alike)
    return cards


def _container(dom: Dom, lines: list[Line], lexicon: TokenLexicon) -> int | None:
    walk = dom.walk
    n = len(walk.tags)
    weight = [0.0] * n
    ld = dom.in_ld
    prose = [block is not None and line.terminal and line.words >= MIN_CONTAINER_WORDS
             and block.link_density <= MAX_CONTAINER_LINK_DENSITY
             for line, block in zip(lines, dom.blocks, strict=True)]
    # The JSON-LD articleBody names the article's lines, where the page's lines hold most
    # of it and it is no mere teaser of the page's prose (or another article's text).
    ld_words = sum(line.words for line, hit in zip(lines, ld, strict=False) if hit)
    body_words = sum(len(body.split()) for body in dom.page.ld_bodies)
    prose_words = sum(line.words for line, p in zip(lines, prose, strict=True) if p)
    use_ld = (body_words >= MIN_LD_SHARE * prose_words
              and ld_words >= max(MIN_LD_WORDS, MIN_LD_FOUND * body_words))
    contributions: list[tuple[int, float]] = []
    for i, line in enumerate(lines):
        block = dom.blocks[i]
        if block is None or not (ld[i] if use_ld else prose[i]):
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
    for e in dom.cards:
        excluded[e] = not holders[e]
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
    # An element a little above that says it holds the article's text, and holds more of
    # its sentences, holds all of it (the first paragraphs sit beside the rest, in a box
    # of their own).
    chosen = best
    for k, e in enumerate(walk.ancestors(chosen)):
        if k > MAX_HOLDER_CLIMB or walk.parents[e] < 0:
            break
        if (dom.element_facts(e, lexicon).article
                and clean[e] >= clean[chosen] + MIN_CLIMB_SHARE * total):
            best = e
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
