"""The call-to-action scorer: buttons inside the article, on synthetic lines."""

from __future__ import annotations

from cleaner import Cleaner
from cleaner.data import rules_dir
from cleaner.lexicons import load_lexicon
from cleaner.lines import Line, split_lines
from cleaner.scorers import Document
from cleaner.scorers.action import ActionScorer, load_actions

PARAGRAPH = ("The council voted on Tuesday to open the new bridge, which cost 40 million pounds "
             "and took four years to build, officials said.")
PARAGRAPH_2 = ("The bridge will carry about 20,000 cars a day when it is fully open next spring, "
               "the council's transport chief said on Tuesday.")


def scored(texts: list[str], url: str | None = None, shape: str = "auto",
           language: str = "en") -> list[Line]:
    lines = split_lines("\n".join(texts))
    doc = Document(lines, [line.text for line in lines], load_lexicon(language),
                   shape, url=url)  # type: ignore[arg-type]
    ActionScorer().score(doc)
    return lines


def codes(line: Line) -> set[str]:
    return {r.code for r in line.reasons}


def test_doubled_button_text_is_a_button() -> None:
    lines = scored(["Headline", "Buy Now Buy Now"])
    assert codes(lines[1]) == {"score:action.button", "score:action.button_mark"}
    assert lines[1].score >= 1.0


def test_two_calls_to_action_in_a_few_words_are_buttons() -> None:
    lines = scored(["Headline", "Learn More Buy Now", "Sign Up Today Download the App"])
    assert all(line.score >= 1.0 for line in lines[1:])
    assert "a second call to action" in [r.detail for r in lines[1].reasons]


def test_a_button_naming_the_site_from_its_host_is_a_button() -> None:
    lines = scored(["Headline", "Shop Bells of Steel"], url="https://www.bellsofsteel.com/blog/x")
    assert lines[1].score >= 1.0
    # on another site the same words only lean
    other = scored(["Headline", "Shop Bells of Steel"], url="https://example.org/x")
    assert 0 < other[1].score < 0.25


def test_a_label_in_capitals_after_its_verb_is_a_button() -> None:
    lines = scored(["Headline", "SEE ON AMAZON", "SHOP", "See on Amazon"])
    assert lines[1].score >= 1.0
    assert "written in capitals" in [r.detail for r in lines[1].reasons]
    # the verb alone is a menu item, and the same words in lower case only lean
    assert 0 < lines[2].score < 0.25 and 0 < lines[3].score < 0.25


def test_a_verb_led_subheading_only_leans_and_is_kept_between_paragraphs() -> None:
    result = Cleaner().clean("\n".join(["A guide to cheap travel", PARAGRAPH,
                                        "Book your flights early", PARAGRAPH_2]))
    line = result.lines[2]
    assert "score:action.button" in codes(line)
    assert line.label.value == "keep"


def test_a_finished_sentence_or_a_long_line_is_no_button() -> None:
    lines = scored(["Headline", "Check the tyre pressure every month.",
                    "Get the kids to school and then get to the office before nine o'clock"])
    assert not lines[1].reasons and not lines[2].reasons


def test_a_button_between_paragraphs_is_dropped_and_they_are_kept() -> None:
    result = Cleaner().clean("\n".join(["Bridge opens", PARAGRAPH, "Learn More Buy Now",
                                        PARAGRAPH_2]))
    labels = [line.label.value for line in result.lines]
    assert labels[1:] == ["keep", "drop", "keep"]


def marks(texts: list[str], url: str | None = None, shape: str = "auto") -> list[str]:
    """The button mark of each line after the first (the page title's place): its detail,
    or "" for a button without one (each of these lines must be a button)."""
    out = []
    for line in scored(texts, url, shape)[1:]:
        details = [r.detail for r in line.reasons if r.code == "score:action.button_mark"]
        assert "score:action.button" in codes(line), line.text
        out.append(details[0] if details else "")
    return out


def test_brand_from_host_and_title() -> None:
    # The host's registrable label ("www." and the top-level domain aside), spelled by
    # consecutive words of the button.
    assert marks(["Headline", "Try Sprout Social free", "Try sprouts free"],
                 "https://www.sproutsocial.com/insights/x") == ["names the site", ""]
    # Three letters are too short a name (core/src/scorers/action.rs, MIN_BRAND_CHARS = 4);
    # four are enough; a country's second-level label ("co.uk") is passed over.
    assert marks(["Headline", "Shop BBC"], "https://news.bbc.co.uk/a") == [""]
    assert marks(["Headline", "Shop ABCD"], "https://news.abcd.co.uk/a") == ["names the site"]
    # Hyphens and sub-domains: shop.white-coat-investor.co.uk is "whitecoatinvestor".
    assert marks(["Headline", "Join White Coat Investor"],
                 "https://shop.white-coat-investor.co.uk/a") == ["names the site"]
    # The last part of the page title (the first line), with no URL.
    assert marks(["Ten tips for a better squat | Bells of Steel", "Shop Bells of Steel",
                  "Shop Bells of Iron"]) == ["names the site", ""]
    # A title without a site name after a separator names nothing; nor does an extract's
    # first line (an extract has no page title).
    assert marks(["A headline without a site name", "Shop A Headline"]) == [""]
    assert marks(["Ten tips for a better squat | Bells of Steel", "Shop Bells of Steel"],
                 shape="extract") == [""]


def test_generic_verbs_are_data() -> None:
    actions = load_actions("en")
    verbs = ("buy", "subscribe", "sign up", "learn", "download", "register", "shop", "get",
             "start", "try", "request", "book", "contact", "join")
    for verb in verbs:
        assert tuple(verb.split()) in actions
    assert load_actions("xx") == actions  # a language without a file uses English's
    # ...and so does the scorer: each verb opens a button, on an English page and on one
    # in a language without a verb file.
    assert not (rules_dir() / "actions" / "de.txt").exists()
    texts = ["Headline", *(f"{verb.capitalize()} today" for verb in verbs)]
    for language in ("en", "de"):
        lines = scored(texts, language=language)
        assert all("score:action.button" in codes(line) for line in lines[1:]), language
        assert [r.detail for r in lines[2].reasons] == ["opens with 'subscribe', 2 words"]


def test_a_paragraph_about_the_site_at_the_end_is_boilerplate() -> None:
    about = ("Harbourline is a maritime news service for port operators, shipping lines and "
             "the people who work with them.")
    lines = scored([PARAGRAPH, PARAGRAPH_2, about], url="https://www.harbourline.example/news/1")
    assert "score:action.about" in codes(lines[2])
    assert not any("score:action.about" in codes(line) for line in lines[:2])


def test_the_site_s_name_without_a_copula_or_away_from_the_end_says_nothing() -> None:
    url = "https://www.harbourline.example/news/1"
    news = ("Harbourline reported on Monday that two cranes at the northern quay had "
            "failed, delaying six ships.")
    about = ("Harbourline is a maritime news service for port operators, shipping lines and "
             "the people who work with them.")
    lines = scored([news, PARAGRAPH, PARAGRAPH_2], url=url)
    assert "score:action.about" not in codes(lines[0])
    early = scored([about, PARAGRAPH, PARAGRAPH_2, PARAGRAPH, PARAGRAPH_2], url=url)
    assert "score:action.about" not in codes(early[0])
