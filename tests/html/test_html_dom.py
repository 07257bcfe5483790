"""What the DOM says of a page's lines: the container, the headline, teaser cards,
several articles on one page, JSON-LD (cleaner/html/dom.py)."""

from __future__ import annotations

import json

from pages import SENTENCES, article_page

from cleaner.html.dom import Dom, analyse, facts_of
from cleaner.html.page import page_core, parse_page
from cleaner.html.tokens import TokenLexicon


def dom_of(html: str) -> tuple[Dom, list[str]]:
    page = parse_page(html)
    core = page_core(page)
    return analyse(page, core, TokenLexicon()), core.texts()


def span_texts(dom: Dom, texts: list[str]) -> list[str]:
    assert dom.span is not None
    return [t for t in texts[dom.span[0]:dom.span[1] + 1] if t]


def test_the_container_holds_the_article_from_its_headline() -> None:
    dom, texts = dom_of(article_page())
    inside = span_texts(dom, texts)
    assert inside[0] == "Old bridge to close for repairs"
    assert all(s in inside for s in SENTENCES)
    assert "Home" not in inside and "Related" not in inside
    assert dom.headline is not None and texts[dom.headline] == inside[0]


def test_the_headline_is_the_h1_most_like_the_title() -> None:
    page = article_page(before="<div class='promo'><h1>Subscribe today</h1></div>")
    dom, texts = dom_of(page)
    assert dom.headline is not None and texts[dom.headline] == "Old bridge to close for repairs"


def test_teasers_alike_are_cards_and_stay_out_of_the_container() -> None:
    teasers = "".join(
        f"<div class='teaser'><h3><a href='/s{i}'>Other story number {i} today</a></h3>"
        f"<p>{SENTENCES[i % 5]}</p></div>" for i in range(6))
    dom, texts = dom_of(article_page(after=f"<section>{teasers}</section>"))
    assert len(dom.cards) == 6
    inside = span_texts(dom, texts)
    assert "Other story number 1 today" not in inside


def test_cards_that_are_the_whole_page_are_its_content() -> None:
    venues = "".join(
        f"<div class='venue'><h3><a href='/v{i}'>Venue {i}</a></h3><p>{SENTENCES[i % 5]}</p>"
        "</div>" for i in range(6))
    dom, _ = dom_of(article_page(paragraphs=["A short intro to the list below."],
                                 inside=venues))
    assert dom.cards == set()


def test_a_page_holding_the_next_story_keeps_its_own() -> None:
    other = ("<article><h1>Ferry service to resume after winter break</h1>"
             + "".join(f"<p>{s} Again.</p>" for s in SENTENCES) + "</article>")
    html = article_page().replace("</article>", "</article>" + other, 1)
    html = html.replace("<main><article>", "<main><div class='stream'><article>")
    dom, texts = dom_of(html.replace("<aside", "</div><aside", 1))
    inside = span_texts(dom, texts)
    assert SENTENCES[0] in inside
    assert "Ferry service to resume after winter break" not in inside


def test_json_ld_article_body_marks_the_article_lines() -> None:
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle",
                     "headline": "Old bridge to close for repairs",
                     "articleBody": " ".join(SENTENCES)})
    dom, texts = dom_of(article_page(head=f'<script type="application/ld+json">{ld}</script>'))
    marked = [t for t, hit in zip(texts, dom.in_ld, strict=True) if hit]
    assert marked == SENTENCES


def test_a_page_without_prose_has_no_container() -> None:
    dom, _ = dom_of("<html><body><nav><a href='/'>Home</a></nav></body></html>")
    assert dom.container is None and dom.span is None


def test_utility_classes_with_variants_name_nothing() -> None:
    # "[&>figcaption]:mt-2" styles the element's captions; "md:sidebar" is a breakpoint.
    lexicon = TokenLexicon()
    assert facts_of(lexicon, "div", {"class": "prose [&>figcaption]:mt-2 md:sidebar"}).hits == ()
    assert [h.category for h in facts_of(lexicon, "div", {"class": "prose sidebar"}).hits] \
        == ["navigation"]


def test_the_main_element_is_never_a_widget_by_its_class() -> None:
    page = article_page().replace("<body>", "<body><main class='has-sidebar'>").replace(
        "</body>", "</main></body>")
    dom, texts = dom_of(page)
    inside = set(span_texts(dom, texts))
    main = next(e for e, tag in enumerate(dom.walk.tags) if tag == "main")
    assert not facts_of(TokenLexicon(), "main", dom.walk.attrs[main]).drop
    assert all(s in inside for s in SENTENCES)


def test_syntax_highlighting_classes_in_code_are_not_widgets() -> None:
    code = ("<pre><code><span class='hljs-comment'># keep the old branch</span>\n"
            "git branch old</code></pre>")
    dom, texts = dom_of(article_page(inside=code))
    line = texts.index("# keep the old branch")
    assert dom.markup(line)[1] == -1  # (no element with a drop token above it)


def test_names_that_would_leave_out_nearly_all_prose_are_not_trusted() -> None:
    # The article's sections sit in boxes whose class says "nav": left out one by one,
    # they would leave the page no prose; only landmarks, comments and cards stay out.
    boxes = "".join(f"<div class='content-nav-section'><p>{s}</p></div>" for s in SENTENCES)
    page = article_page(paragraphs=["Short intro."]).replace(
        "<p>Short intro.</p>", boxes)
    dom, texts = dom_of(page)
    inside = span_texts(dom, texts)
    assert all(s in inside for s in SENTENCES)
    assert "Home" not in inside
