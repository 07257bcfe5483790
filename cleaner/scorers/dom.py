"""DOM evidence: what a page's markup says of each of its lines (HTML mode only)."""

from __future__ import annotations

from typing import Any

from cleaner.labels import Category
from cleaner.scorers import Document


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
    # other scorer's evidence: the core found its evidence when it analysed the page
    # (``core/src/dom_analysis.rs``, where its weights are), and applies it at the scorer's
    # place in the order (``cleaner.engine``'s Python stages).
    def apply(self, core: Any, doc: Document) -> None:
        """Apply the evidence to the page's document (``cleaner._core.Doc``)."""
        if doc.dom is not None:
            doc.dom.found.apply(core)

    def score(self, doc: Document) -> None:
        """The same evidence on ``Line`` objects."""
        if doc.dom is None:
            return
        for i, kind, weight, category, code, detail in doc.dom.found.ops():
            line = doc.lines[i]
            if kind == "add":
                line.add(weight, None if category is None else Category(category), code, detail)
            elif kind == "protect":
                line.protected = True
            else:
                line.forced = True
