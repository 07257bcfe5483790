"""DOM evidence: what a page's markup says of each of its lines (HTML mode only)."""

from __future__ import annotations

from cleaner.html.dom import Dom
from cleaner.html.tokens import ARTICLE, TokenLexicon, category_of
from cleaner.labels import Category
from cleaner.lines import Line
from cleaner.scorers import Document

# A landmark (nav, aside, footer, form; ARIA navigation, complementary, contentinfo...) or
# an element whose class, id, aria-label or data-* tokens name a widget: as decisive as a
# lexicon's whole-line entry.
LANDMARK_WEIGHT = 1.5
TOKEN_WEIGHT = 1.5
# A <header> inside the article holds its headline and standfirst as well as its byline.
INNER_HEADER_WEIGHT = 0.5
# A picture's caption and credit.
FIGCAPTION_WEIGHT = 2.0
FIGURE_WEIGHT = 1.0
# Within a <figure>, these hold text of their own (a table, a pull quote), not a caption.
QUOTE_TAGS = frozenset({"table", "tr", "td", "th", "blockquote", "pre", "code"})
# Controls: buttons, labels.
CONTROL_TAGS = frozenset({"button", "label", "input", "option", "legend"})
CONTROL_WEIGHT = 1.5
BYLINE_TAGS = frozenset({"address", "time"})
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
# The page's JSON-LD articleBody (or description) carries the line: the publisher's own
# word that it is the article.
JSONLD_WEIGHT = -3.0
HEADLINE_WEIGHT = -3.0
HEADLINE_CODE = "dom:headline"
# An element holding this share of the article's prose is the article's, whatever its
# tokens say (class="article-body paywalled").
MAX_TOKEN_PROSE_SHARE = 0.3


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

    def __init__(self, tokens: TokenLexicon | None = None) -> None:
        self.tokens = tokens or TokenLexicon()

    def score(self, doc: Document) -> None:
        dom = doc.dom
        if dom is None:
            return
        lines = doc.lines
        container = dom.container
        total = dom.prose[container] if container is not None and dom.prose else 0.0
        for i, line in enumerate(lines):
            block = dom.blocks[i]
            if block is None or not line.text:
                continue
            chain = dom.chain(i)
            inside = container is not None and container in chain
            if container is not None and inside:
                chain = chain[:chain.index(container)]
            self._markup(dom, line, chain, inside, total)
            density = block.link_density
            if density >= MIN_LINK_DENSITY and not (line.prose and density < 0.9):
                weight = (INNER_LINK_DENSITY_WEIGHT * density * density if inside
                          else LINK_DENSITY_WEIGHT * density)
                line.add(round(weight, 2), Category.NAVIGATION, "dom:link_density",
                         f"{density:.2f}, {block.links} links")
                if density >= MIN_LINK_DENSITY and line.letters and line.text.isupper():
                    line.add(SHOUTED_LINK_WEIGHT, Category.RELATED, "dom:shouted_link",
                             "a link in capitals")
            if dom.in_ld and dom.in_ld[i]:
                line.add(JSONLD_WEIGHT, None, "dom:jsonld", "the JSON-LD articleBody holds it")
        if dom.headline is not None:
            lines[dom.headline].add(HEADLINE_WEIGHT, None, HEADLINE_CODE,
                                    "the <h1> above the article container")

    def _markup(self, dom: Dom, line: Line, chain: list[int], inside: bool,
                total: float) -> None:
        tags = dom.walk.tags
        landmark = token = tag_done = False
        for e in chain:
            tag = tags[e]
            if not tag_done:
                if tag == "figcaption":
                    line.add(FIGCAPTION_WEIGHT, Category.CAPTION, "dom:figcaption", "")
                    tag_done = True
                elif tag in CONTROL_TAGS:
                    line.add(CONTROL_WEIGHT, Category.BOILERPLATE, "dom:control", f"<{tag}>")
                    tag_done = True
                elif tag in BYLINE_TAGS:
                    line.add(BYLINE_TAG_WEIGHT, Category.BYLINE, "dom:byline_tag", f"<{tag}>")
                    tag_done = True
                elif inside and tag in HEADING_TAGS and e == chain[0]:
                    line.add(SUBHEADING_WEIGHT, None, "dom:subheading", f"<{tag}>")
                    tag_done = True
                elif tag in QUOTE_TAGS:
                    tag_done = True  # a table's cells, or a quote, in a <figure> are text
                elif tag == "figure":
                    line.add(FIGURE_WEIGHT, Category.CAPTION, "dom:figure", "")
                    tag_done = True
            facts = dom.element_facts(e, self.tokens)
            if not landmark and facts.landmark is not None:
                landmark = True
                if inside and tag == "header":
                    line.add(INNER_HEADER_WEIGHT, Category.BYLINE, "dom:landmark", "<header>")
                else:
                    line.add(LANDMARK_WEIGHT, facts.landmark, "dom:landmark",
                             _describe(tag, dom.walk.attrs[e]))
            if not token and facts.hits and not facts.article:
                if total and dom.prose and dom.prose[e] >= MAX_TOKEN_PROSE_SHARE * total:
                    continue  # (the element holds much of the article)
                hit = next((h for h in facts.hits if h.category != ARTICLE), None)
                category = category_of(hit) if hit is not None else None
                if hit is not None and category is not None:
                    token = True
                    line.add(TOKEN_WEIGHT, category, f"dom:token.{hit.category}",
                             f"{_describe(tag, dom.walk.attrs[e])}: {hit.entry!r}")


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
