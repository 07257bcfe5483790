"""HTML mode end to end: ``clean(page, format=...)`` on synthetic pages
(cleaner/api.py, cleaner/scorers/dom.py)."""

from __future__ import annotations

import json

import pytest
from pages import SENTENCES, article_page

from cleaner import Cleaner, clean
from cleaner.api import looks_like_html
from cleaner.errors import CleanerError


def reasons(result: object, text: str) -> list[str]:
    for line in result.lines:  # type: ignore[attr-defined]
        if line.text == text:
            return [r.code for r in line.reasons]
    raise AssertionError(f"no line {text!r}")


def test_the_article_is_kept_and_the_page_around_it_dropped() -> None:
    result = clean(article_page(), url="https://news.example.com/bridge")
    assert result.format == "html"
    assert result.body.split("\n\n") == SENTENCES
    assert result.text.startswith("Old bridge to close for repairs\n")
    for gone in ("Home", "Council approves new cycle lanes for the city centre",
                 "© 2026 The Daily Example. All rights reserved."):
        assert gone not in result.text


def test_the_evidence_names_the_markup() -> None:
    box = ("<div class='newsletter-signup'><p>Sign up for our morning briefing and get the "
           "day's news in your inbox before breakfast every weekday.</p></div>")
    result = clean(article_page(inside=box))
    line = ("Sign up for our morning briefing and get the day's news in your inbox before "
            "breakfast every weekday.")
    assert "dom:token.newsletter" in reasons(result, line)
    assert line not in result.text
    assert "dom:link_density" in reasons(result, "Ferry service to resume after winter break")
    assert "dom:landmark" in reasons(result, "Related")


def test_the_article_s_own_header_is_not_the_page_s_banner() -> None:
    # A <header> holding the headline is the article's: its standfirst stays; the page's
    # banner <header> (a menu) goes.
    standfirst = ("Drivers face a long diversion while engineers repair two cracked pillars, "
                  "the council said on Tuesday.")
    page = article_page().replace(
        "<h1>Old bridge to close for repairs</h1>",
        f"<header class='story-head'><h1>Old bridge to close for repairs</h1>"
        f"<p class='deck'>{standfirst}</p></header>").replace(
        "<nav class=\"site-nav\">", "<header class='masthead'><nav class=\"site-nav\">").replace(
        "</ul></nav>", "</ul></nav></header>", 1)
    result = clean(page, url="https://news.example.com/bridge")
    assert standfirst in result.text.split("\n")
    assert "Home" not in result.text
    assert "dom:landmark" in reasons(result, "Home")


def test_a_first_paragraph_inside_the_article_body_is_body_not_standfirst() -> None:
    # Read as text, an unfinished line under the headline is its standfirst; the markup
    # says it is the body's first paragraph when the body's element holds it.
    lead = "Why the old bridge matters to the three towns along the river"
    inside = clean(article_page(paragraphs=[lead, *SENTENCES]))
    assert inside.body.split("\n\n")[0] == lead
    above = article_page().replace("<div class=\"byline\">", f"<p>{lead}</p><div class=\"byline\">")
    result = clean(above)
    assert lead in result.text and lead not in result.body  # (above the body: a standfirst)


def test_the_page_s_json_ld_body_keeps_its_lines() -> None:
    ld = json.dumps({"@type": "NewsArticle", "articleBody": " ".join(SENTENCES)})
    result = clean(article_page(head=f'<script type="application/ld+json">{ld}</script>'))
    assert "dom:jsonld" in reasons(result, SENTENCES[0])


def test_bytes_are_decoded_as_the_page_says() -> None:
    page = article_page(paragraphs=[s.replace("council", "café council") for s in SENTENCES])
    data = page.replace('charset="utf-8"', 'charset="windows-1252"').encode("cp1252")
    result = clean(data)
    assert result.encoding == "cp1252 (<meta> charset)"
    assert "café council" in result.body
    assert "encoding: cp1252 (<meta> charset)" in result.explain()


def test_format_auto_tells_markup_from_text() -> None:
    assert looks_like_html(article_page())
    assert looks_like_html(b"  <!-- x --><!doctype html><p>a</p>")
    assert not looks_like_html("A line about <b> tags.\nAnother line.")
    text = "Subscribe now\n" + "\n".join(SENTENCES) + "\n"
    assert clean(text).format == "text"
    assert clean(text.encode("utf-8")).body == clean(text).body


def test_format_text_reads_markup_as_text() -> None:
    result = clean("<p>" + SENTENCES[0] + "</p>", format="text")
    assert result.format == "text" and result.text == "<p>" + SENTENCES[0] + "</p>"


def test_an_unknown_format_is_refused() -> None:
    with pytest.raises(CleanerError, match="format must be one of: auto, text, html"):
        clean("x", format="pdf")  # type: ignore[arg-type]


def test_a_page_without_a_body_or_prose_cleans_to_nothing() -> None:
    assert clean("<html><head><title>x</title></head></html>", format="html").text == ""
    assert clean(b"", format="html").text == ""


def test_metadata_from_the_page() -> None:
    pytest.importorskip("trafilatura")
    ld = json.dumps({"@type": "NewsArticle", "headline": "Old bridge to close for repairs",
                     "datePublished": "2026-03-04T10:00:00Z",
                     "author": {"@type": "Person", "name": "Jane Doe"}})
    result = clean(article_page(head=f'<script type="application/ld+json">{ld}</script>'))
    meta = result.metadata
    assert meta is not None
    assert meta.title == "Old bridge to close for repairs"
    assert meta.date == "2026-03-04"
    assert meta.authors == ("Jane Doe",)
    assert meta.site_name == "The Daily Example"
    assert meta.canonical_url == "https://news.example.com/bridge"
    assert meta.language == "en"
    assert clean("plain text").metadata is None


def test_a_cleaner_pickles_and_cleans_html_after() -> None:
    import pickle

    cleaner = pickle.loads(pickle.dumps(Cleaner()))
    assert cleaner.clean(article_page()).body.startswith(SENTENCES[0])


def test_the_command_line_cleans_a_page_and_explains_it(tmp_path: object,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    from pathlib import Path

    from cleaner.cli import main

    page = Path(str(tmp_path)) / "page.html"
    page.write_bytes(article_page().encode("utf-8"))
    assert main([str(page), "--format", "body"]) == 0
    assert capsys.readouterr().out.split("\n\n") == SENTENCES
    assert main([str(page), "--explain", "--input-format", "html"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("encoding: utf-8 (<meta> charset)\ntitle: Old bridge")
    assert "dom:landmark" in out
