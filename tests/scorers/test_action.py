"""The call-to-action scorer: buttons inside the article, on synthetic lines."""

from __future__ import annotations

from cleaner import Cleaner
from cleaner.lexicons import load_lexicon
from cleaner.lines import Line, split_lines
from cleaner.scorers import Document
from cleaner.scorers.action import ActionScorer, brand_of, load_actions, names_brand

PARAGRAPH = ("The council voted on Tuesday to open the new bridge, which cost 40 million pounds "
             "and took four years to build, officials said.")
PARAGRAPH_2 = ("The bridge will carry about 20,000 cars a day when it is fully open next spring, "
               "the council's transport chief said on Tuesday.")


def scored(texts: list[str], url: str | None = None, shape: str = "auto") -> list[Line]:
    lines = split_lines("\n".join(texts))
    doc = Document(lines, [line.text for line in lines], load_lexicon("en"), shape,  # type: ignore[arg-type]
                   url=url)
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


def test_brand_from_host_and_title() -> None:
    assert brand_of("https://www.sproutsocial.com/insights/x") == ("sproutsocial",)
    assert brand_of("https://news.bbc.co.uk/a") == ()  # three letters: too short a name
    assert brand_of("https://shop.white-coat-investor.co.uk/a") == ("whitecoatinvestor",)
    assert brand_of(None, "Ten tips for a better squat | Bells of Steel") == ("bellsofsteel",)
    assert brand_of(None, "A headline without a site name") == ()
    assert names_brand(["try", "sprout", "social", "free"], ("sproutsocial",))
    assert not names_brand(["try", "sprouts", "free"], ("sproutsocial",))


def test_generic_verbs_are_data() -> None:
    actions = load_actions("en")
    for verb in ("buy", "subscribe", "sign up", "learn", "download", "register", "shop", "get",
                 "start", "try", "request", "book", "contact", "join"):
        assert tuple(verb.split()) in actions.verbs
    assert load_actions("xx") == actions  # a language without a file uses English's


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
