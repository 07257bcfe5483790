"""What the DOM says of each line of a page: landmarks, token categories, links, and the
article container (the element that holds most of the page's prose).

``analyse`` runs once per page, after the lines are made and before the scorers: the DOM
scorer (``cleaner.scorers.dom``) turns its findings into evidence, and the region scorer
pushes out what lies outside the container. See ``docs/algorithm.md``.
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from cleaner import _core
from cleaner.html.blocks import Block, Walk
from cleaner.html.css_rules import CONTAINER, MARK, CssRules
from cleaner.html.page import HtmlPage
from cleaner.html.tokens import ARTICLE, TokenHit, TokenLexicon
from cleaner.labels import Category
from cleaner.lines import Line, LineView

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
# If the elements left out so hold all but less than this share of the page's prose, the
# names of those that are neither landmarks, comments nor cards are not to be trusted.
MIN_UNEXCLUDED_SHARE = 0.2
# A comment section can hold more of a page's prose than its article (but not all of it).
MAX_COMMENTS_SHARE = 0.9
# How many levels above the chosen container an element saying it holds the article's
# text may be, to be the container instead.
MAX_HOLDER_CLIMB = 4
MIN_CLIMB_SHARE = 0.1  # (of the page's prose)
# Cards: at least this many sibling elements alike (tag and class) that each have a link
# line first or second (a headline, after a label or not) and hold another line, and at
# most this many words: teasers, not the article's sections (a slideshow's slides open
# with their caption).
MIN_CARDS = 3
MIN_CARD_LINES = 2
MAX_CARD_WORDS = 150
# Cards are teasers of other articles when the page has this much prose beside them (words,
# and a share of theirs); else they are the page's content.
MIN_BESIDE_CARDS_WORDS = 100
MIN_BESIDE_CARDS_SHARE = 0.25
MIN_LINK_LINE_DENSITY = 0.8
# The JSON-LD articleBody chooses the container when the page's lines hold at least this
# many of its words, and this share of them.
MIN_LD_WORDS = 50
MIN_LD_FOUND = 0.5
MIN_LD_SHARE = 0.3  # (of the words of the page's prose lines)
# A child of the container holding this share of its prose, with an <h1> of its own, is an
# article of its own (when another child is one too).
MIN_ARTICLE_SHARE = 0.25
# Elements that hold a paragraph's text, not paragraphs.
PARAGRAPH_TAGS = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "pre", "blockquote",
                            "dd", "dt", "figcaption", "td", "th", "tr", "a", "span", "b",
                            "strong", "em", "i", "font", "small"})
# The headline: the <h1> or <h2> most like the page's title (at least this alike; the one
# nearest the article among those this share as alike), else an <h1> at most this many
# lines above the container.
HEADLINE_TAGS = frozenset({"h1", "h2"})
MIN_HEADLINE_WORDS = 2
MAX_HEADLINE_WORDS = 40
MIN_TITLE_SIMILARITY = 0.5
HEADLINE_SHARE = 0.75
MAX_HEADLINE_DISTANCE = 40
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


# Tags whose text says what it is, whatever the classes around them: a caption, a control,
# a byline; and those inside which text is text again (a table's cells, a quote).
TAG_KINDS = {"figcaption": "figcaption", "figure": "figure", "button": "control",
             "label": "control", "input": "control", "option": "control",
             "legend": "control", "address": "byline", "time": "byline",
             "table": "text", "tr": "text", "td": "text", "th": "text",
             "blockquote": "text", "pre": "text", "code": "text"}
# An element holding this share of the article's prose is the article's, whatever its
# tokens say (class="article-body paywalled").
MAX_TOKEN_PROSE_SHARE = 0.2


# The element readers of the token lexicons, and the facts they found (shared by the
# elements alike: a page repeats its class names, a site its pages'), up to this many.
MAX_KNOWN_FACTS = 50_000
_READERS: weakref.WeakKeyDictionary[TokenLexicon, Any] = weakref.WeakKeyDictionary()
_KNOWN: dict[tuple[Any, ...], ElementFacts] = {}
_CATEGORIES = {category.value: category for category in Category}


def _reader(lexicon: TokenLexicon) -> Any:
    """The core's reader of an element's facts (``cleaner._core.ElementReader``) with a
    lexicon's entries and this module's tables."""
    reader = _READERS.get(lexicon)
    if reader is None:
        reader = _READERS[lexicon] = _core.ElementReader(
            lexicon.entries, MARK, ARTICLE, {t: c.value for t, c in LANDMARK_TAGS.items()},
            {r: c.value for r, c in LANDMARK_ROLES.items()}, set(ARTICLE_ITEMPROPS))
    return reader


def _known(value: tuple[Any, ...]) -> ElementFacts:
    facts = _KNOWN.get(value)
    if facts is None:
        landmark, article, dropping, mark, hits = value
        facts = ElementFacts(_CATEGORIES[landmark] if landmark else None, article,
                             tuple(TokenHit(*hit) for hit in hits), dropping, mark)
        if len(_KNOWN) < MAX_KNOWN_FACTS:
            _KNOWN[value] = facts
    return facts


def facts_of(lexicon: TokenLexicon, tag: str, attrs: dict[str, str | None]) -> ElementFacts:
    """What an element's tag and attributes say: its landmark (by tag, or by ARIA role),
    whether it says it holds the article's text (an itemprop, a token), the categories
    of its names' tokens (class, id, aria-label, itemprop, short data-* values), and the
    publisher rules' mark."""
    _, (value,) = _reader(lexicon).read([tag], [attrs], [0])
    return _known(value)


@dataclass(slots=True)
class Dom:
    """The DOM's view of a page's lines (``blocks[i]`` is line i's block, ``None`` for a
    blank line), with per-element arrays (indexed like ``Walk.tags``)."""

    page: HtmlPage
    blocks: list[Block | None]
    lexicon: TokenLexicon
    facts: list[ElementFacts | None] = field(default_factory=list)
    first: list[int] = field(default_factory=list)  # an element's first line (-1: none)
    last: list[int] = field(default_factory=list)  # its last line
    prose: list[float] = field(default_factory=list)  # its prose words (of the container)
    container: int | None = None  # the article container's element
    span: tuple[int, int] | None = None  # its first and last line (from the headline on)
    headline: int | None = None  # the headline's line
    in_ld: list[bool] = field(default_factory=list)  # the line's text is in the JSON-LD body
    cards: set[int] = field(default_factory=set)  # elements that are teaser cards
    # The nearest element above each element (itself included; -1 for none) that is a
    # landmark, that has a drop token, that has a tag of TAG_KINDS; for elements inside
    # the container, the container and what is above it left out.
    landmark_of: list[int] = field(default_factory=list)
    token_of: list[int] = field(default_factory=list)
    tag_of: list[int] = field(default_factory=list)
    card_of: list[int] = field(default_factory=list)  # the teaser card it lies in
    rule_of: list[int] = field(default_factory=list)  # the element a CSS rule marked
    css: CssRules | None = None  # the publisher's CSS rules

    @property
    def walk(self) -> Walk:
        return self.page.walk

    def element_facts(self, element: int) -> ElementFacts:
        facts = self.facts[element]
        if facts is None:
            facts = self.facts[element] = facts_of(self.lexicon, self.walk.tags[element],
                                                   self.walk.attrs[element])
        return facts

    def all_facts(self) -> list[ElementFacts | None]:
        """Every element's facts (``None`` for one that holds no line: none are read), read
        by the core in one call."""
        facts, first = self.facts, self.first
        wanted = [e for e, line in enumerate(first) if line >= 0 and facts[e] is None]
        walk, reader = self.walk, _reader(self.lexicon)
        ids, distinct = (reader.read(walk.tags, walk.attrs, wanted) if walk.elements is None
                         else reader.read_walked(walk.elements, wanted))
        known = [_known(value) for value in distinct]
        for e, k in zip(wanted, ids, strict=True):
            facts[e] = known[k]
        return facts

    def chain(self, line: int) -> list[int]:
        """The elements above line i's text, innermost first (the inline elements that
        wrap most of it, then its block and the block's ancestors)."""
        block = self.blocks[line]
        if block is None:
            return []
        return [*reversed(block.inline), *self.walk.ancestors(block.owner)]

    def inside(self, line: int, element: int | None = None) -> bool:
        """Whether line i lies inside an element (by default the container)."""
        element = self.container if element is None else element
        return element is not None and self.first[element] <= line <= self.last[element] \
            and self.first[element] >= 0

    def in_body(self, line: int) -> bool:
        """Whether line i lies in the article's body: inside the container's element (not
        only below its headline) and in no ``<header>`` there."""
        container = self.container
        if container is None or not self.first[container] <= line <= self.last[container]:
            return False
        landmark = self.markup(line)[0]
        return landmark < 0 or self.walk.tags[landmark] != "header"

    def body_lines(self) -> list[bool]:
        """``in_body`` of every line, in one pass over the container's lines."""
        out = [False] * len(self.blocks)
        container = self.container
        if container is None or self.first[container] < 0:
            return out
        tags, landmark_of, blocks = self.walk.tags, self.landmark_of, self.blocks
        for i in range(self.first[container], self.last[container] + 1):
            block = blocks[i]
            if block is None:
                out[i] = True
                continue
            landmark = self.markup(i)[0] if block.inline else landmark_of[block.owner]
            out[i] = landmark < 0 or tags[landmark] != "header"
        return out

    def markup(self, line: int) -> tuple[int, int, int]:
        """The landmark, the element with a drop token and the telling tag nearest above
        line i (-1 for none; inside the container, below it)."""
        block = self.blocks[line]
        if block is None:
            return -1, -1, -1
        owner = block.owner
        landmark, token, tag = self.landmark_of[owner], self.token_of[owner], \
            self.tag_of[owner]
        for e in block.inline:  # (outermost first: the innermost one wins)
            facts = self.element_facts(e)
            if facts.landmark is not None:
                landmark = e
            # (In preformatted text, inline elements' classes are syntax highlighting:
            # "hljs-comment", "token comment".)
            if facts.dropping and not facts.article and not block.pre:
                token = e
            if self.walk.tags[e] in TAG_KINDS:
                tag = e
        return landmark, token, tag


def normalised(text: str) -> str:
    """Case folded, its white space runs one space each, none at its ends (``str.split``
    splits at what ``re``'s ``\\s`` matches: this is ``re.sub(r"\\s+", " ", ...).strip()``,
    without a call a word)."""
    return " ".join(text.casefold().split())


def analyse(page: HtmlPage, lines: Sequence[Line | LineView], lexicon: TokenLexicon,
            css: CssRules | None = None) -> Dom:
    """The DOM's findings on a page whose lines (``lines``, made from ``page.walk.lines``)
    are about to be scored: JSON-LD matches, teaser cards, the container (the one a
    publisher's CSS rule names, else found), the headline, and what lies above each
    element."""
    walk = page.walk
    n = len(walk.tags)
    dom = Dom(page, walk.lines, lexicon, [None] * n, css=css)
    dom.in_ld = _in_ld(page, lines)
    counts, words = _stats(dom, lines)
    dom.all_facts()
    dom.cards = _cards(dom, counts, words)
    dom.container = _container(dom, lines)
    if dom.container is not None and dom.first[dom.container] >= 0:
        first, last = dom.first[dom.container], dom.last[dom.container]
        dom.headline = _headline(dom, lines, first, last)
        if dom.headline is not None and dom.headline < first:
            first = dom.headline
        dom.span = (first, last)
    _inherit(dom)
    return dom


def _in_ld(page: HtmlPage, lines: Sequence[Line | LineView]) -> list[bool]:
    """Whether each line's text is part of the JSON-LD articleBody or description."""
    if not (page.ld_bodies or page.ld_descriptions):
        return []
    whole = " \n ".join(normalised(t) for t in [*page.ld_bodies, *page.ld_descriptions])
    return [bool(line.text) and line.words >= 3 and normalised(line.text) in whole
            for line in lines]


def _stats(dom: Dom, lines: Sequence[Line | LineView]) -> tuple[list[int], list[int]]:
    """Each element's lines and words; and (in ``dom.first``, ``dom.last``) its first and
    last line. One pass over the lines, then one over the elements from the last up (a
    parent comes before its children)."""
    walk = dom.walk
    n = len(walk.tags)
    first, last = [-1] * n, [-1] * n
    counts, words = [0] * n, [0] * n
    for i, (block, line) in enumerate(zip(dom.blocks, lines, strict=True)):
        if block is None or not line.text:
            continue
        owner = block.owner
        counts[owner] += 1
        words[owner] += line.words
        if first[owner] < 0:
            first[owner] = i
        last[owner] = i
        for e in block.inline:  # (inline ones: their lines' span alone)
            if first[e] < 0:
                first[e] = i
            last[e] = i
    parents = walk.parents
    for e in range(n - 1, 0, -1):
        p = parents[e]
        if p < 0 or first[e] < 0:
            continue
        if first[p] < 0 or first[e] < first[p]:
            first[p] = first[e]
        if last[e] > last[p]:
            last[p] = last[e]
        counts[p] += counts[e]
        words[p] += words[e]
    dom.first, dom.last = first, last
    return counts, words


def _cards(dom: Dom, counts: list[int], words: list[int]) -> set[int]:
    """Teaser cards: runs of alike siblings, each a link line first or second (its
    headline, after a label or not) and a line or two more (a summary, a date), short (a
    list of other articles)."""
    walk = dom.walk
    parents, tags, attrs = walk.parents, walk.tags, walk.attrs
    blocks, first = dom.blocks, dom.first
    # (only the children of an element with at least MIN_CARDS children with text)
    kids = [0] * len(counts)
    for e, count in enumerate(counts):
        if count and parents[e] >= 0:
            kids[parents[e]] += 1
    groups: dict[tuple[int, str, str | None], list[int]] = {}  # alike siblings with text
    for e, count in enumerate(counts):
        if count and parents[e] >= 0 and kids[parents[e]] >= MIN_CARDS:
            key = (parents[e], tags[e], attrs[e].get("class"))
            group = groups.get(key)
            if group is None:
                groups[key] = [e]
            else:
                group.append(e)

    def card(e: int) -> bool:
        if counts[e] < MIN_CARD_LINES or words[e] > MAX_CARD_WORDS:
            return False
        i = first[e]
        for _ in range(2):  # its first two lines
            block = blocks[i]
            if block is not None and block.link_density >= MIN_LINK_LINE_DENSITY:
                return True
            i += 1
            while i < len(blocks) and blocks[i] is None:
                i += 1
            if i >= len(blocks):
                return False
        return False

    cards: set[int] = set()
    for siblings in groups.values():
        if len(siblings) < MIN_CARDS:
            continue
        alike = [e for e in siblings if card(e)]
        # Most of the siblings must be cards (not three short sections of ten).
        if len(alike) >= MIN_CARDS and 3 * len(alike) >= 2 * len(siblings):
            cards.update(alike)
    return cards


def _container(dom: Dom, lines: Sequence[Line | LineView]) -> int | None:
    walk = dom.walk
    n = len(walk.tags)
    parents = walk.parents
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
    own = [0.0] * n  # the prose words each element holds itself
    for i, line in enumerate(lines):
        if ld[i] if use_ld else prose[i]:
            own[dom.blocks[i].owner] += line.words  # type: ignore[union-attr]
    weight = _summed(own, parents)
    total = weight[0]
    if total <= 0:
        return None
    # Teaser cards that hold nearly all the page's prose are its content (a list of
    # restaurants, each a linked name and a paragraph), not a list of other articles.
    in_cards = sum(weight[e] for e in dom.cards if not _below_card(e, dom.cards, parents))
    if total - in_cards < max(MIN_BESIDE_CARDS_WORDS, MIN_BESIDE_CARDS_SHARE * in_cards):
        dom.cards = set()
    # Leave out the prose of comment sections, and of the small elements marked as
    # boilerplate (a related-articles box with summaries, an author bio) and of teaser
    # cards; never that of an element that says it holds the article, or holds one that
    # does.
    facts = dom.facts
    # (Only the elements holding prose are looked at below: the others hold none to leave
    # out. A parent of one holds prose too, and comes before it.)
    weighted = [e for e, w in enumerate(weight) if w > 0]
    holder = [False] * n
    for e in weighted:
        if facts[e].article:  # type: ignore[union-attr]
            p = e
            while p >= 0 and not holder[p]:
                holder[p] = True
                p = parents[p]
    # Left out: teaser cards, comment sections and landmarks (``sure``), and the other
    # elements whose names say boilerplate (``by_name``).
    sure, by_name = [False] * n, [False] * n
    for e in weighted:
        if holder[e]:
            continue
        if e in dom.cards:
            sure[e] = True
            continue
        own_facts = facts[e]
        assert own_facts is not None
        if not own_facts.drop:
            continue
        comments = any(h.category == Category.COMMENTS.value for h in own_facts.hits)
        if ((comments or own_facts.landmark is not None)
                and weight[e] < MAX_COMMENTS_SHARE * total):
            sure[e] = True
        if weight[e] < (MAX_COMMENTS_SHARE if comments else MAX_EXCLUDED_SHARE) * total:
            by_name[e] = True
    for e in weighted:  # (a parent comes before its children)
        p = parents[e]
        if p >= 0:
            sure[e] = sure[e] or sure[p]
            by_name[e] = by_name[e] or by_name[p]
    clean = _summed([0.0 if sure[e] or by_name[e] else own[e] for e in range(n)], parents)
    if clean[0] < MIN_UNEXCLUDED_SHARE * total:
        # The names left out nearly all the page's prose: they misread its markup (an
        # article split into boxes named "content-nav-section"). Only the sure ones are
        # left out: cards, and comment sections and landmarks (an <aside>) that hold less
        # than nearly all of it.
        clean = _summed([0.0 if sure[e] else own[e] for e in range(n)], parents)
    dom.prose = clean
    if dom.css is not None and dom.css.container:
        named = next((e for e in range(n) if walk.attrs[e].get(MARK) == CONTAINER
                      and dom.first[e] >= 0), None)
        if named is not None:
            return named
    total = clean[0]
    if total <= 0:
        return None
    # (The elements holding more than half of it lie on one path from the root: the deepest
    # is the last in document order.)
    least = CONTAINER_SHARE * total
    best = next(e for e in range(n - 1, -1, -1) if clean[e] >= least)
    # A paragraph is no container: the article is the element around its paragraphs.
    while walk.tags[best] in PARAGRAPH_TAGS and parents[best] >= 0:
        best = parents[best]
    best = _one_article(dom, lines, best, clean)
    # An element a little above that says it holds the article's text, and holds more of
    # its sentences, holds all of it (the first paragraphs sit beside the rest, in a box
    # of their own).
    chosen = best
    for k, e in enumerate(walk.ancestors(chosen)):
        if k > MAX_HOLDER_CLIMB or parents[e] < 0:
            break
        if dom.element_facts(e).article and clean[e] >= clean[chosen] + MIN_CLIMB_SHARE * total:
            best = e
    return best


def _one_article(dom: Dom, lines: Sequence[Line | LineView], best: int, clean: list[float]) -> int:
    """Where the chosen element holds several articles (a page that loads the next story
    below its own), each a child with its own <h1> (not a link) and a good share of the
    prose: the one whose <h1> is most like the page's title, else the first."""
    walk = dom.walk
    tags, parents = walk.tags, walk.parents
    kids = [e for e in range(best + 1, len(tags)) if parents[e] == best
            and clean[e] >= MIN_ARTICLE_SHARE * clean[best]]
    if len(kids) < 2:
        return best
    heads: dict[int, int] = {}  # kid -> its first <h1> line
    for kid in kids:
        for i in range(dom.first[kid], dom.last[kid] + 1):
            block = dom.blocks[i]
            if (block is not None and tags[block.owner] == "h1"
                    and block.link_density < MIN_LINK_LINE_DENSITY):
                heads[kid] = i
                break
    if len(heads) < 2:
        return best
    titles = _titles(dom.page)
    alike = {kid: max((_dice(_words(lines[i].text), t) for t in titles), default=0.0)
             for kid, i in heads.items()}
    return max(heads, key=lambda kid: (alike[kid], -kid))


def _below_card(e: int, cards: set[int], parents: list[int]) -> bool:
    p = parents[e]
    while p >= 0:
        if p in cards:
            return True
        p = parents[p]
    return False


def _summed(own: list[float], parents: list[int]) -> list[float]:
    """Each element's own value plus its descendants' (children come after parents)."""
    total = list(own)
    for e in range(len(total) - 1, 0, -1):
        if total[e] and parents[e] >= 0:
            total[parents[e]] += total[e]
    return total


def _inherit(dom: Dom) -> None:
    """``landmark_of``, ``token_of``, ``tag_of``: one pass over the elements in document
    order (a parent comes before its children), starting afresh below the container."""
    walk = dom.walk
    n = len(walk.tags)
    parents, tags = walk.parents, walk.tags
    container = dom.container
    total = dom.prose[container] if container is not None and dom.prose else 0.0
    big = MAX_TOKEN_PROSE_SHARE * total
    prose = dom.prose
    landmark_of, token_of, tag_of, card_of = [-1] * n, [-1] * n, [-1] * n, [-1] * n
    rule_of = [-1] * n
    marks = dom.css is not None
    cards = dom.cards
    first = dom.first
    facts = dom.facts
    for e in range(n):
        if first[e] < 0:
            continue  # (no text below it)
        p = parents[e]
        if p >= 0 and p != container:
            landmark, token, tag, card = landmark_of[p], token_of[p], tag_of[p], card_of[p]
        else:
            landmark = token = tag = card = -1
        if e in cards:
            card = e
        own = facts[e]
        assert own is not None
        if marks:
            mark = own.mark
            rule_of[e] = e if mark and mark != CONTAINER else (rule_of[p] if p >= 0 else -1)
        if e != container:
            if own.landmark is not None:
                landmark = e
            if own.dropping and not own.article and not (total and prose[e] >= big):
                token = e
            if tags[e] in TAG_KINDS:
                tag = e
        landmark_of[e], token_of[e], tag_of[e], card_of[e] = landmark, token, tag, card
    dom.landmark_of, dom.token_of, dom.tag_of = landmark_of, token_of, tag_of
    dom.card_of, dom.rule_of = card_of, rule_of


def _headline(dom: Dom, lines: Sequence[Line | LineView], first: int, last: int) -> int | None:
    """The article's headline: the <h1> or <h2> most like the page's title (its <title>,
    og:title or JSON-LD headline; Dice over word sets), the one nearest above the
    container's first line among those nearly as alike; else the <h1> nearest above the
    container (or its first <h1> inside), else None."""
    tags = dom.walk.tags
    candidates = [i for i, block in enumerate(dom.blocks[:last + 1])
                  if block is not None and tags[block.owner] in HEADLINE_TAGS
                  and MIN_HEADLINE_WORDS <= lines[i].words <= MAX_HEADLINE_WORDS]
    titles = _titles(dom.page)
    if titles and candidates:
        alike = [(i, max(_dice(_words(lines[i].text), t) for t in titles))
                 for i in candidates]
        best = max(score for _, score in alike)
        if best >= MIN_TITLE_SIMILARITY:
            close = [i for i, score in alike if score >= HEADLINE_SHARE * best]
            h1 = [i for i in close if tags[dom.blocks[i].owner] == "h1"]  # type: ignore[union-attr]
            close = h1 or close  # (an <h2> repeating the title heads a section)
            above = [i for i in close if i <= first]
            return above[-1] if above else close[0]
    h1 = [i for i in candidates if tags[dom.blocks[i].owner] == "h1"]  # type: ignore[union-attr]
    above = [i for i in h1 if first - MAX_HEADLINE_DISTANCE <= i <= first]
    if above:
        return above[-1]
    inside = [i for i in h1 if first <= i <= last]
    return inside[0] if inside else None


def _titles(page: HtmlPage) -> list[set[str]]:
    """The words of the page's titles: its <title>, og:title and JSON-LD headline."""
    titles = [_words(t) for t in (page.title, page.meta.get("og:title", ""), page.ld_headline)]
    return [t for t in titles if len(t) >= MIN_HEADLINE_WORDS]


def _words(text: str) -> set[str]:
    return set(_WORD.findall(text.casefold()))


def _dice(a: set[str], b: set[str]) -> float:
    return 2 * len(a & b) / (len(a) + len(b)) if a and b else 0.0
