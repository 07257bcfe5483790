"""DOM evidence: what a page's markup says of each of its lines (HTML mode only)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from cleaner.labels import Category
from cleaner.lines import Line
from cleaner.scorers import Document

if TYPE_CHECKING:  # (cleaner.html is imported on the first page: a text needs none of it)
    from cleaner.html.blocks import Block
    from cleaner.html.dom import Dom

# A landmark (nav, aside, footer, form; ARIA navigation, complementary, contentinfo...) or
# an element whose class, id, aria-label or data-* tokens name a widget: as decisive as a
# lexicon's whole-line entry.
LANDMARK_WEIGHT = 1.5
TOKEN_WEIGHT = 1.5
# A <header> inside the article, or holding its headline, holds its headline and
# standfirst as well as its byline.
INNER_HEADER_WEIGHT = 0.5
# A picture's caption and credit.
FIGCAPTION_WEIGHT = 2.0
FIGURE_WEIGHT = 1.0
# Controls: buttons, labels (cleaner.html.dom.TAG_KINDS).
CONTROL_WEIGHT = 1.5
BYLINE_TAG_WEIGHT = 1.0
# Link text over text: a line of links is a menu or a list of headlines.
MIN_LINK_DENSITY = 0.5
LINK_DENSITY_WEIGHT = 1.5
# Inside the article a linked line is as often its own (a product, a source, "Book your
# flight here") as a "Read more" link: too weak alone (0.8 for a line all links, a
# quarter of it for a half-linked one), its neighbours decide. A link in capitals ("CLICK
# HERE TO GET THE APP") is a call to action.
INNER_LINK_DENSITY_WEIGHT = 0.8
SHOUTED_LINK_WEIGHT = 0.5
# A heading inside the article is one of its subheadings.
HEADING_TAGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
SUBHEADING_WEIGHT = -0.3
# A row of a table inside the article is its data, however many figures it holds.
TABLE_ROW_WEIGHT = -0.6
# The page's JSON-LD articleBody (or description) carries the line: the publisher's own
# word that it is the article.
JSONLD_WEIGHT = -3.0
HEADLINE_WEIGHT = -3.0
# A teaser card: one of a run of alike elements, each a linked headline and a line or two
# more (cleaner.html.dom).
CARD_WEIGHT = 1.0
HEADLINE_CODE = "dom:headline"


class DomScorer:
    """*What it scores*: in HTML mode, the markup around each line: the landmarks above it
    (``nav``, ``aside``, ``footer``, ``form``, ARIA roles), the categories its elements'
    class, id, aria-label and data-* tokens name (``rules/dom/``), its tag (captions,
    buttons, subheadings), its link density, and whether the page's JSON-LD articleBody
    carries it. Inside the article container only the elements below the container count;
    the region scorer pushes out what lies outside it.

    *Why it signals boilerplate*: a page's widgets are marked up as what they are, for the
    page's own style sheets and scripts: ``<aside class="related-stories">``,
    ``<div class="newsletter-signup">``, ``<nav>``; their lines are links.

    *Example*: "Sign up for our morning briefing" inside ``<div class="nl-signup
    newsletter">`` is dropped (``dom:token.newsletter``); a paragraph inside the article
    container that the JSON-LD articleBody carries gets ``dom:jsonld`` (-3).

    *Known misses*: widgets marked up with meaningless class names (``css-1x2y3z``) get
    only the link-density and text evidence; the article container is wrong where
    comments without any telling token outweigh a short article.
    """

    name = "dom"
    html_only = True  # (it reads the page's DOM; a text has none)
    # It reads each line's text, words, prose, letters and the publisher rules' flags, no
    # other scorer's evidence: it runs on the page's lines as the rules left them, and the
    # core applies what it adds at its place in the order (cleaner.engine.recorded_ops).
    independent = True

    def score(self, doc: Document) -> None:
        dom = doc.dom
        if dom is None:
            return
        from cleaner.html.tokens import ARTICLE, category_of

        lines, texts = doc.lines, doc.texts
        tags, attrs = dom.walk.tags, dom.walk.attrs
        container = dom.container
        # (inside the container: lines low to high)
        low, high = (dom.first[container], dom.last[container]) if container is not None \
            else (0, -1)
        in_ld = dom.in_ld
        card_of, landmark_of, token_of, tag_of = dom.card_of, dom.landmark_of, dom.token_of, \
            dom.tag_of
        css = dom.css is not None
        # What a landmark and an element with a drop token add (each of them speaks for
        # many lines): (category, code, detail).
        landmarks: dict[int, tuple[Category | None, str, str]] = {}
        tokens: dict[int, tuple[Category | None, str, str]] = {}
        # (a line is read only where something is added to it: most lines get nothing)
        for i, block in enumerate(dom.blocks):
            if block is None or not texts[i]:
                continue
            if css:
                self._rule(dom, lines[i], block)
            inside = low <= i <= high
            owner = block.owner
            owner_tag = tags[owner]
            if block.inline:
                landmark, token, tag = dom.markup(i)
            else:
                landmark, token, tag = landmark_of[owner], token_of[owner], tag_of[owner]
            if tag >= 0:
                self._tag(lines[i], tags[tag], inside)
            elif inside and owner_tag in HEADING_TAGS:
                lines[i].add(SUBHEADING_WEIGHT, None, "dom:subheading", f"<{owner_tag}>")
            density = block.link_chars / block.chars if block.chars else 0.0
            if inside and owner_tag == "tr" and density < MIN_LINK_DENSITY:
                lines[i].add(TABLE_ROW_WEIGHT, None, "dom:table_row", "a row of a table")
            if landmark >= 0:
                if tags[landmark] == "header" and (inside or (
                        dom.headline is not None and dom.inside(dom.headline, landmark))):
                    # The article's own header (inside the container, or holding its
                    # headline): its headline, standfirst and byline, not the page's banner.
                    lines[i].add(INNER_HEADER_WEIGHT, Category.BYLINE, "dom:landmark",
                                 "<header>")
                else:
                    evidence = landmarks.get(landmark)
                    if evidence is None:
                        evidence = landmarks[landmark] = (
                            dom.element_facts(landmark).landmark, "dom:landmark",
                            _describe(tags[landmark], attrs[landmark]))
                    lines[i].add(LANDMARK_WEIGHT, *evidence)
            if token >= 0:
                evidence = tokens.get(token)
                if evidence is None:
                    hit = next(h for h in dom.element_facts(token).hits if h.category != ARTICLE)
                    evidence = tokens[token] = (
                        category_of(hit), f"dom:token.{hit.category}",
                        f"{_describe(tags[token], attrs[token])}: {hit.entry!r}")
                lines[i].add(TOKEN_WEIGHT, *evidence)
            if card_of[owner] >= 0:
                lines[i].add(CARD_WEIGHT, Category.RELATED, "dom:card",
                             "in one of a run of teasers alike")
            if density >= MIN_LINK_DENSITY:
                line = lines[i]
                if not (line.prose and density < 0.9):
                    weight = (INNER_LINK_DENSITY_WEIGHT * density * density if inside
                              else LINK_DENSITY_WEIGHT * density)
                    line.add(round(weight, 2), Category.NAVIGATION, "dom:link_density",
                             f"{density:.2f}, {block.links} links")
                    if line.letters and line.text.isupper():
                        line.add(SHOUTED_LINK_WEIGHT, Category.RELATED, "dom:shouted_link",
                                 "a link in capitals")
            if in_ld and in_ld[i]:
                lines[i].add(JSONLD_WEIGHT, None, "dom:jsonld", "the JSON-LD articleBody holds it")
        if dom.headline is not None:
            lines[dom.headline].add(HEADLINE_WEIGHT, None, HEADLINE_CODE,
                                    "the <h1> above the article container")

    @staticmethod
    def _rule(dom: Dom, line: Line, block: Block) -> None:
        """A publisher's CSS rule (``keep_css``, ``drop_css``) decides the line, as its text
        rules do: kept whatever follows, or dropped."""
        from cleaner.html.css_rules import DROP_PREFIX, KEEP

        assert dom.css is not None
        marked = dom.rule_of[block.owner]
        for e in block.inline:
            if dom.element_facts(e).mark:
                marked = e
        mark = dom.element_facts(marked).mark if marked >= 0 else None
        if not mark:
            return
        selector = dom.css.describe(mark)
        if mark == KEEP:
            line.protected = True
            line.add(-10.0, None, f"rule:{dom.css.key}/css.keep", selector)
        elif mark.startswith(DROP_PREFIX) and not line.forced:
            line.forced = True
            line.add(10.0, Category(mark.split(":")[1]), f"rule:{dom.css.key}/css.drop",
                     selector)

    @staticmethod
    def _tag(line: Line, tag: str, inside: bool) -> None:
        from cleaner.html.dom import TAG_KINDS

        kind = TAG_KINDS[tag]
        if kind == "figcaption":
            line.add(FIGCAPTION_WEIGHT, Category.CAPTION, "dom:figcaption", "")
        elif kind == "figure":
            line.add(FIGURE_WEIGHT, Category.CAPTION, "dom:figure", "")
        elif kind == "control":
            line.add(CONTROL_WEIGHT, Category.BOILERPLATE, "dom:control", f"<{tag}>")
        elif kind == "byline":
            line.add(BYLINE_TAG_WEIGHT, Category.BYLINE, "dom:byline_tag", f"<{tag}>")
        # ("text": a table's cells, a quote: text again, whatever holds it)


def _describe(tag: str, attrs: dict[str, str | None]) -> str:
    """``div#id.class1.class2``, shortened."""
    out = tag
    if attrs.get("id"):
        out += f"#{attrs['id']}"
    classes = (attrs.get("class") or "").split()
    if classes:
        out += "." + ".".join(classes[:3])
    role = attrs.get("role")
    if role:
        out += f"[role={role}]"
    return out[:80]
