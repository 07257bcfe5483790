"""The shape scorer's bare links: a cheap pre-test (a dot, a colon or an at sign) spares
single words the pattern, and never hides a link from it (a link of each form, and one
whose only mark is a colon, is still scored)."""

from __future__ import annotations

from cleaner.labels import Category
from cleaner.lexicons import packaged_lexicon
from cleaner.lines import Line, split_lines
from cleaner.scorers import Document
from cleaner.scorers.shape import ShapeScorer

# core/src/scorers/shape.rs, LINK_WEIGHT
LINK_WEIGHT = 1.5
LINK = ("score:shape.link", "a bare URL, domain or e-mail address", LINK_WEIGHT)


def scored(texts: list[str]) -> list[Line]:
    lines = split_lines("\n".join(texts))
    assert [line.text for line in lines] == texts
    ShapeScorer().score(Document(lines, texts, packaged_lexicon("en")))
    return lines


def links(texts: list[str]) -> list[str]:
    return [line.text for line in scored(texts)
            if any(r.code == "score:shape.link" for r in line.reasons)]


def test_a_bare_link_of_each_form_is_scored_whatever_mark_it_holds() -> None:
    texts = [
        "http://localhost", "https://x",  # a URL whose only mark is the colon
        "www.bbc.co.uk", "https://news.example.com/a?b=c#d",  # URLs
        "kremlin.ru", "news.example.com/path?q=1", "co-op.example.org", "état.fr",  # domains
        "a@b.co", "jane.doe+news@mail.example.org",  # e-mail addresses
    ]
    lines = scored(texts)
    for line in lines:
        assert [(r.code, r.detail, r.weight) for r in line.reasons] == [LINK], line.text
        assert line.category is Category.NAVIGATION
        assert line.score == LINK_WEIGHT


def test_words_without_a_link_s_marks_and_near_misses_are_no_links() -> None:
    # No dot, colon or at sign: spared the pattern.
    assert not links(["Home", "Share", "2023", "e-mail", "co-op", "Subscribe"])
    # Marks, but no link's form: a capital or digit top-level name, one letter after the
    # dot, nothing after the scheme, an address without a dot after the at sign, a space.
    assert not links(["example.COM", "a.b1", "file.c", "http://", "x@y.", "x@y", "@x.org",
                      "a..com", ".com", "Note:", "10:30"])
    assert not links(["see kremlin.ru", "www.bbc.co.uk today"])


def test_a_link_among_words_is_the_only_line_scored_as_one() -> None:
    assert links(["Home", "kremlin.ru", "Share", "a@b.co", "News:", "http://localhost"]) == [
        "kremlin.ru", "a@b.co", "http://localhost"]
