from __future__ import annotations

from pathlib import Path

import pytest

from cleaner.errors import RuleError
from cleaner.labels import Category
from cleaner.lexicons import load_lexicon, normalise, packaged_lexicon


def _write(root: Path, name: str, text: str) -> None:
    folder = root / "lexicons" / "xx"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")


def test_normalise_sets_case_spacing_and_edge_punctuation_aside() -> None:
    assert normalise("  » MOST   Popular: ") == "most popular"


def test_entry_kinds(tmp_path: Path) -> None:
    _write(tmp_path, "related.txt",
           "# comment\n= most popular\nread also\nre: ^see (?:more|all)$\n")
    lexicon = load_lexicon("xx", tmp_path)
    lines = ["Most Popular", "Please read also this.", "See all", "most popular stories"]
    hits = sorted((h.line, h.whole_line) for h in lexicon.scan(lines))
    # line 3 has no hit: a whole-line entry needs the whole line
    assert hits == [(0, True), (1, False), (2, True)]
    assert all(h.category is Category.RELATED for h in lexicon.scan(lines))


def test_phrase_needs_word_boundaries(tmp_path: Path) -> None:
    _write(tmp_path, "login.txt", "sign in\n")
    lexicon = load_lexicon("xx", tmp_path)
    assert [h.line for h in lexicon.scan(["design instructions", "Sign in now"])] == [1]


def test_phrase_does_not_cross_lines(tmp_path: Path) -> None:
    _write(tmp_path, "login.txt", "sign in\n")
    lexicon = load_lexicon("xx", tmp_path)
    assert list(lexicon.scan(["please sign", "in here"])) == []


def test_bad_regex_names_file_and_line(tmp_path: Path) -> None:
    _write(tmp_path, "comments.txt", "ok phrase\nre: (unclosed\n")
    with pytest.raises(RuleError, match=r"comments.txt:2: bad regex"):
        load_lexicon("xx", tmp_path)


def test_file_must_be_named_by_a_category(tmp_path: Path) -> None:
    _write(tmp_path, "menus.txt", "home\n")
    with pytest.raises(RuleError, match="not a drop category"):
        load_lexicon("xx", tmp_path)


def test_unknown_language(tmp_path: Path) -> None:
    (tmp_path / "lexicons" / "en").mkdir(parents=True)
    with pytest.raises(RuleError, match="no lexicons for language 'zz'; available: en"):
        load_lexicon("zz", tmp_path)


def test_packaged_english_lexicon_loads() -> None:
    lexicon = packaged_lexicon("en")
    assert "dates" in lexicon.words and "october" in lexicon.words["dates"]
    hits = list(lexicon.scan(["Subscribe now", "Join our commenting forum"]))
    assert {h.category for h in hits} == {Category.SUBSCRIPTION, Category.COMMENTS}


# Line forms of the English lexicons that decide a line on their own (whole-line or anchored
# entries), and article sentences that share their words but must not be decided by them.
DECISIVE = [
    "We may earn commission from links on this page, but we only recommend products we back.",
    ("Products are chosen independently by our editors. Purchases made through our links may "
     "earn us a commission."),
    ("Disclosure: This post contains affiliate links. If you use them to make a purchase, we "
     "may earn a small commission."),
    "Homegrounds is reader-supported. When you buy via the links on our site, we may earn.",
    "Other Posts You May Enjoy",
    "View all posts by Craig Randall",
    "Recent stories by Michael Ansaldo:",
    "Start your free trial",
    "Share: Facebook X Reddit Pinterest Email LinkedIn WhatsApp",
    "Copyright Sam Bossley 2012-2025. CC BY-NC 4.0.",
    "Add Newsweek as a preferred source on Google to see more of our trusted coverage.",
    "Check price at Amazon (on sale!)",
    "Request A Free Consultation for Accounting Services",
    ("By utilizing any of the recipes on this website, you are agreeing to the terms and "
     "conditions in the legal disclaimer."),
    "Keep up with the latest and greatest in growth marketing",
    "Help Keep Artlyst Free and Independent",
    "Sign-Up for Free",
]
NOT_DECISIVE = [
    "The company will receive a commission of 5% on every sale, its chief executive said.",
    "Copyright infringement cases rose sharply in 2023, the office said.",
    "Previous attempts to regulate the market, in 2019 and 2021, failed.",
    "She said the editor had chosen the stories independently by 2020.",
    "Related stories about the flood appeared in three other newspapers that week.",
    "Note: The commission will vote on the proposal next week.",
    "If you buy a house this year, you will get a tax credit worth up to $8,000.",
    "Brokers may earn commissions of up to 6% on the sale of a home.",
    "Items chosen by the jury will be exhibited in May.",
    "Some articles criticised affiliate links as a conflict of interest.",
    "Get a free estimate from at least three contractors before you commit.",
    "By using the app, you agree to share your location with the company.",
    "Keep up with the latest software updates to stay secure.",
    "Help keep the beach free of plastic by bringing your own bag.",
    "Sign-up numbers rose by a fifth in March.",
]


@pytest.mark.parametrize("line", DECISIVE)
def test_english_line_forms_decide_the_line(line: str) -> None:
    assert any(h.whole_line for h in packaged_lexicon("en").scan([line])), line


@pytest.mark.parametrize("line", NOT_DECISIVE)
def test_english_line_forms_spare_article_sentences(line: str) -> None:
    assert not any(h.whole_line for h in packaged_lexicon("en").scan([line])), line
