"""The region scorer: a page only on evidence of a page; stretches joined, not cut; a
cleaned article cleans to itself. Synthetic documents that state the behaviour."""

from __future__ import annotations

import textwrap
from dataclasses import replace

import pytest

from cleaner.api import Cleaner, Options, default_scorers
from cleaner.lexicons import packaged_lexicon
from cleaner.lines import Line, split_lines
from cleaner.scorers import Document, Shape

SENTENCES = [
    f"Paragraph {n} of the report says the storm hit the coast overnight, cutting power "
    f"to thousands of homes and closing roads across the county." for n in range(1, 17)]
MENUS = ["Home", "World", "Politics", "Sport", "Weather", "Opinion"]
FOOTER = ["About us", "Contact", "Privacy Policy", "Terms of Use"]


def _score(texts: list[str], shape: Shape = "auto") -> list[Line]:
    """Every default scorer on the lines, in order (the region scorer reads the others)."""
    lines = split_lines("\n".join(texts))
    doc = Document(lines, [line.text for line in lines], packaged_lexicon("en"), shape)
    for scorer in default_scorers():
        scorer.score(doc)
    return lines


def _region_codes(lines: list[Line]) -> set[str]:
    return {r.code for line in lines for r in line.reasons if r.code.startswith("score:region")}


def _outside(lines: list[Line]) -> list[str]:
    """The lines the region scorer pushes out (before or after the article)."""
    return [line.text for line in lines
            if any(r.code == "score:region.outside" for r in line.reasons)]


def _headline(lines: list[Line]) -> str | None:
    """The line the region scorer marks as the article's headline (at most one)."""
    heads = [line.text for line in lines
             if any(r.code == "score:region.headline" for r in line.reasons)]
    assert len(heads) <= 1
    return heads[0] if heads else None


def test_an_extract_whose_first_line_names_a_later_heading_is_not_a_page() -> None:
    # The first line reads like a page title that names the next line, a heading; but no
    # menus come between them: nothing above that "headline" is pushed out.
    texts = ["Storm hits the coast", "Storm hits the coast: what we know so far",
             SENTENCES[0], SENTENCES[1], SENTENCES[2], SENTENCES[3]]
    lines = _score(texts)
    assert not _region_codes(lines)
    assert all(line.score <= 0 for line in lines if line.prose)


def test_bylines_and_dates_at_the_head_of_an_extract_are_no_menus() -> None:
    texts = ["Storm hits the coast", "By Jane Doe", "Updated March 3, 2024", "5 min read",
             "Share", *SENTENCES[:4]]
    lines = _score(texts)
    assert not _region_codes(lines)
    # Two lines of boilerplate in the head ("Home", "Share") are not evidence enough of a
    # page (core/src/scorers/region.rs, MIN_MENU_LINES = 4 lines of page furniture); a
    # byline and datelines beside them add nothing, where a run of menu fragments as long
    # makes the document a page.
    head = ["Storm hits the coast", "Home", "Share"]
    bylines = ["By Jane Doe", "Updated March 3, 2024", "5 min read"]
    assert not _region_codes(_score([*head, *bylines, *SENTENCES[:4]]))
    assert not _region_codes(_score([*head, *SENTENCES[:4]]))
    menus = _score([*head, "World", "Politics", "Sport", *SENTENCES[:4]])
    assert _outside(menus) == [*head, "World", "Politics", "Sport"]


def test_a_whole_page_with_menus_is_a_page() -> None:
    texts = ["Storm hits the coast - Daily News", *MENUS, "Storm hits the coast", "By Jane Doe",
             *SENTENCES[:4], "Most Popular", "Other story about the weather", *FOOTER]
    lines = _score(texts)
    assert "score:region.headline" in _region_codes(lines)
    assert lines[0].score >= 1.0 and lines[1].score >= 1.0  # the title and a menu
    assert all(line.score < 1.0 for line in lines[len(MENUS) + 3:len(MENUS) + 7])


def test_a_page_title_over_its_headline_is_evidence_of_a_page() -> None:
    # A first line that reads as a page's <title> over the headline (the headline with the
    # site's name before or after a separator, or the same words a line apart) makes the
    # document a page: the headline is marked and the title pushed out.
    for title in ("Storm hits the coast | Daily News", "Daily News: Storm hits the coast"):
        lines = _score([title, "Storm hits the coast", *SENTENCES[:4]])
        assert _headline(lines) == "Storm hits the coast", title
        assert _outside(lines) == [title]
    lines = _score(["Storm hits the coast", "Daily News", "Storm hits the coast",
                    *SENTENCES[:4]])
    assert _headline(lines) == "Storm hits the coast" and lines[2].text == _headline(lines)
    assert _outside(lines) == ["Storm hits the coast", "Daily News"]
    assert lines[0].score >= 1.0 and lines[2].score < 0
    # ...but not a breadcrumb that ends in the headline, nor an unrelated line, nor the
    # headline printed twice, one line under the other (an extract may do that).
    for texts in (["Storm hits the coast", "Home / News / Storm hits the coast today"],
                  ["Storm hits the coast | Daily News", "Council approves budget"],
                  ["Storm hits the coast", "Storm hits the coast"]):
        assert not _region_codes(_score([*texts, *SENTENCES[:4]])), texts
    # With the site's name on a line between them, the title still names the headline,
    # and both lines above it go.
    texts = ["Storm hits the coast | Daily News", "Daily News", "Storm hits the coast",
             *SENTENCES[:3]]
    lines = _score(texts)
    assert _headline(lines) == "Storm hits the coast"
    assert _outside(lines) == texts[:2]


def test_stretches_apart_only_by_code_are_one_article() -> None:
    code = ["def restore(power):", "    grid = connect(power)", "    return grid.start()", "}",
            "x = restore(1);", "print(x)", "y = restore(2);", "print(y)"]
    texts = ["Storm hits the coast - Daily News", *MENUS, "Storm hits the coast",
             SENTENCES[0], *code, SENTENCES[1], SENTENCES[2], "Most Popular", *FOOTER]
    lines = _score(texts, "page")
    kept = [line.text for line in lines if line.score < 1.0]
    assert SENTENCES[0] in kept and SENTENCES[2] in kept and "print(y)" in kept


def test_without_a_headline_several_stretches_are_kept_not_the_best_one() -> None:
    # No line is named by the title; the article's two halves are parted by unmarked lines
    # (a picture's caption and a sub-heading), not by boilerplate: both halves stay in.
    texts = ["Daily News - Your city, your news", *MENUS, "Sign in", "Subscribe",
             *SENTENCES[:3], "A crew at work", "What comes next", "Power lines",
             "Roads", "Schools", *SENTENCES[3:5], "Most Popular", *FOOTER]
    lines = _score(texts, "page")
    for sentence in SENTENCES[:5]:
        line = next(line for line in lines if line.text == sentence)
        assert "score:region.outside" not in [r.code for r in line.reasons]


@pytest.mark.parametrize("shape", ["auto", "extract"])
def test_a_cleaned_extract_cleans_to_itself(shape: Shape) -> None:
    # An extract: headline, standfirst, byline, paragraphs and a heading repeated from the
    # headline's words; then the same as a whole page. Each cleaned once cleans to itself.
    extract = ["Storm hits the coast overnight",
               "Storm hits the coast overnight: what we know so far",
               *SENTENCES[:3], "What to do", *SENTENCES[3:6]]
    page = ["Storm hits the coast overnight | Daily News", *MENUS, *extract,
            "Most Popular", "Other story about the weather", *FOOTER]
    cleaner = Cleaner(options=replace(Options(), shape=shape))
    for text in ("\n".join(extract) + "\n", "\n".join(page) + "\n"):
        once = cleaner.clean(text).text
        assert SENTENCES[0] in once and SENTENCES[5] in once
        assert cleaner.clean(once).text == once
    assert cleaner.clean("\n".join(extract) + "\n").text == "\n".join(extract) + "\n"


def _page_with_bar(before: list[str], after: list[str]) -> list[Line]:
    texts = ["Storm hits the coast - Daily News", *MENUS, "Storm hits the coast",
             *before, "Share on Facebook", "Share on Twitter", *after,
             *FOOTER]
    return _score(texts, "page")


def test_a_share_bar_after_the_article_ends_it() -> None:
    # What follows the bar is worth little beside the article (a note about the author),
    # though more than the bar's cost: without the marker it would be taken in.
    bio = [("Jane Doe has covered the weather, the coast and the county council for the paper "
           "since 2009, and she lives with her family and two dogs in a small house near the "
           "harbour."),
           ("Thanks for reading this report; she would like to hear from readers who saw the "
           "storm come ashore, and from anyone who lost power or had to leave their home "
           "overnight.")]
    lines = _page_with_bar(SENTENCES, bio)
    for text in bio:
        line = next(line for line in lines if line.text == text)
        assert "score:region.outside" in [r.code for r in line.reasons]
    assert all(line.score < 1.0 for line in lines if line.text in SENTENCES)


def test_a_share_bar_inside_the_article_does_not_end_it() -> None:
    lines = _page_with_bar(SENTENCES[:10], SENTENCES[10:])
    for sentence in SENTENCES[10:]:
        line = next(line for line in lines if line.text == sentence)
        assert "score:region.outside" not in [r.code for r in line.reasons]


# A box inside the article: an offer to subscribe, a sign-in prompt and a comments prompt,
# all lines the lexicons call boilerplate, with two sentences of its own.
BOX = ["Advertisement", "Subscribe for unlimited access", "Sign in to your account",
       "Join the conversation", "Enjoy the latest local, national and international news.",
       "Daily puzzles, recipes and the crossword are included in every subscription.",
       "Share your thoughts and join the conversation in the comments."]


def _page_with_box(marker: list[str]) -> list[Line]:
    texts = ["Storm hits the coast - Daily News", *MENUS, "Storm hits the coast",
             *SENTENCES[:7], *marker, *BOX, *SENTENCES[7:16], "Most Popular", *FOOTER]
    return _score(texts, "page")


def test_a_box_the_page_says_the_article_continues_after_is_bridged() -> None:
    # Without the marker the box's comments prompt ends the article after its first
    # paragraphs; with "Story continues below" the paragraphs after the box are in too.
    loaded = "This ad has not loaded yet, but your article continues below."
    for marker in (["Story continues below"], [loaded]):
        lines = _page_with_box(marker)
        outside = _outside(lines)
        assert not set(SENTENCES) & set(outside), marker
        assert {"Most Popular", *FOOTER} <= set(outside)
    outside = _outside(_page_with_box([]))
    assert set(SENTENCES[7:]) <= set(outside)
    assert not set(SENTENCES[:7]) & set(outside)


def test_a_continues_line_before_a_short_tail_does_not_take_it_in() -> None:
    # The marker after the last paragraph, then a newsletter pitch of one sentence: the
    # tail is no part of the article.
    pitch = "The email you need for the day's top news stories from the county and around."
    texts = ["Storm hits the coast - Daily News", *MENUS, "Storm hits the coast",
             *SENTENCES[:8], "Story continues below", "Sponsored content", "More from Daily News",
             "Advertisement", "Stay in the loop", pitch, "Sign up for our newsletter", *FOOTER]
    outside = _outside(_score(texts, "page"))
    assert pitch in outside
    assert not set(SENTENCES[:8]) & set(outside)


def _wrapped(text: str, width: int = 64) -> list[str]:
    """Prose hard-wrapped at a fixed width, as a plain-text article or a <pre> block is."""
    return textwrap.wrap(text, width)


def test_prose_wrapped_at_a_fixed_width_is_an_extract_not_a_page() -> None:
    # An extractor's output of a plain-text post: a first sentence, then wrapped lines,
    # none a sentence on its own, and between its parts short labels in runs (the
    # furniture a page's head has). The wrapped lines outnumber them: no evidence of a
    # page, nothing pushed out.
    labels = ["Part one", "Setup", "Inputs", "Outputs"]
    texts = ["Notes on the storm season", SENTENCES[15], *_wrapped(" ".join(SENTENCES[:3])),
             *labels, *_wrapped(" ".join(SENTENCES[3:6])), *labels,
             *_wrapped(" ".join(SENTENCES[6:9]))]
    assert not _region_codes(_score(texts))
    # The same labels over a page's menus and the article's paragraphs: a page.
    page = ["Storm season notes - Daily News", *MENUS, *labels, "Storm season notes",
            *SENTENCES[:6], *FOOTER]
    assert _region_codes(_score(page))


def test_a_diagrams_arrows_are_code_not_a_menu() -> None:
    # A flowchart written as text between an extract's paragraphs: its edges are the
    # article's material, not a run of menu fragments that would make it a page.
    diagram = ["flowchart LR", "A[Query] --> B[Parser]", "B --> C[Planner]", "C --> D[Executor]",
               "D --> E[Results]", "F[Statistics] --> C", "G[Indexes] --> C", "E --> H[Client]"]
    texts = ["How a query runs", SENTENCES[0], *diagram, SENTENCES[1], SENTENCES[2], *FOOTER]
    assert not _region_codes(_score(texts))


def test_teasers_cut_short_after_the_article_do_not_carry_it_on() -> None:
    # Cards under the article with no heading the other scorers know: a headline, the
    # first words of its story cut off at an ellipsis, a date. Each teaser is long and
    # ends in punctuation, but a line stopped at "..." is no finished sentence: the cards
    # stay outside the article, whose paragraphs all stay in.
    cards = []
    for n, topic in enumerate(["Bridge reopens after repairs", "Council votes on budget",
                               "School bus routes change", "Harbour festival returns"]):
        cards += [topic, (f"Officials said on Tuesday that the plans for the {topic.lower()} "
                         f"would be put to residents at a meeting in the town hall next..."),
                  f"{n + 2} March"]
    texts = ["Storm hits the coast - Daily News", *MENUS, "Storm hits the coast",
             *SENTENCES[:6], *cards, *FOOTER]
    outside = _outside(_score(texts, "page"))
    assert not set(SENTENCES[:6]) & set(outside)
    assert set(cards) <= set(outside)
