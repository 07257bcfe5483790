"""The lexicon matcher (the core's, core/src/matcher.rs, through ``Lexicon.scan``): what a
hit is, on synthetic lexicons."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from cleaner.errors import RuleError
from cleaner.labels import Category
from cleaner.lexicons import Lexicon, available_languages, load_lexicon
from cleaner.patterns import Regex


def _lexicon(whole: dict[str, Category] | None = None,
             phrases: dict[str, Category] | None = None,
             regexes: tuple[Regex, ...] = ()) -> Lexicon:
    return Lexicon("en", whole or {}, phrases or {}, regexes, {})


def test_a_regex_matches_within_a_line() -> None:
    # Under re, [^.]{0,50} and \s take newlines: "Sign in" would swallow the lines below
    # it, and the second "Sign in" would go unseen.
    lexicon = _lexicon(regexes=(Regex(r"^sign (?:in|up)\b[^.]{0,50}$", Category.LOGIN),))
    hits = lexicon.scan(["Sign in", "", "Sign in", "Account"])
    assert [(h.line, h.text, h.whole_line) for h in hits] == [
        (0, "sign in", True), (2, "sign in", True)]


def test_phrases_overlap_and_boundaries() -> None:
    lexicon = _lexicon(phrases={"sign up for": Category.NEWSLETTER,
                                "sign up": Category.NEWSLETTER,
                                "schrift": Category.RELATED})
    hits = lexicon.scan(["Sign up form", "Überschrift", "Sign up for more", "die Schrift"])
    # the longer phrase fails its boundary on line 0 ("form"), the shorter one stands;
    # "schrift" inside "Überschrift" is no phrase
    assert [(h.line, h.text) for h in hits] == [(0, "sign up"), (2, "sign up for"),
                                                (3, "schrift")]


def test_phrases_match_odd_spaces_and_capitals() -> None:
    lexicon = _lexicon(phrases={"sign up": Category.NEWSLETTER})
    hits = lexicon.scan(["SIGN\xa0UP today", "sign\u2009up", "signup", "sign  up"])
    assert [h.line for h in hits] == [0, 1]


def test_whole_line_keys() -> None:
    lexicon = _lexicon(whole={"grüsse": Category.BOILERPLATE, "most popular": Category.RELATED})
    hits = lexicon.scan(["Grüße!", "» MOST   Popular:", "most popular stories", "Grüsse"])
    assert [(h.line, h.category) for h in hits] == [
        (0, Category.BOILERPLATE), (1, Category.RELATED), (3, Category.BOILERPLATE)]


def test_hits_by_line_strongest_first() -> None:
    lexicon = _lexicon(whole={"subscribe": Category.SUBSCRIPTION},
                       phrases={"newsletter": Category.NEWSLETTER},
                       regexes=(Regex(r"newsletter$", Category.NEWSLETTER),
                                Regex(r"^our\b", Category.NEWSLETTER)))
    hits = lexicon.scan(["Our newsletter", "subscribe"])
    assert [(h.line, h.whole_line, h.text) for h in hits] == [
        (0, True, "our"), (0, True, "newsletter"), (0, False, "newsletter"),
        (1, True, "subscribe")]


def test_a_regex_the_core_cannot_take_names_its_file_and_line(tmp_path: Path) -> None:
    # (a negated class of Unicode escapes: no line gate can be made of it)
    folder = tmp_path / "lexicons" / "xx"
    folder.mkdir(parents=True)
    (folder / "login.txt").write_text("sign in\nre: ^[^\\S\\n]*x{3}$\n", encoding="utf-8")
    with pytest.raises(RuleError, match=re.escape("login.txt:2: regex") + ".*core"):
        load_lexicon("xx", tmp_path)


def test_a_lookahead_in_a_line_regex() -> None:
    lexicon = _lexicon(regexes=(Regex(r"^copyright(?![^.]*\breserved\b)[^.]*$",
                                      Category.LEGAL),))
    hits = lexicon.scan(["Copyright 2020 Foo", "Copyright 2020 Foo, all rights reserved",
                         "this is a sentence"])
    assert [h.line for h in hits] == [0]


def test_word_boundaries_are_pythons() -> None:
    # re's \w holds ² (a digit) but not a combining mark: "x²" has no boundary after the
    # x, "x\u0301" has one (the regex crate's \w holds both)
    lexicon = _lexicon(regexes=(Regex(r"\bx\b", Category.BOILERPLATE),))
    assert [h.line for h in lexicon.scan(["a x b", "x²", "x\u0301", "x-y"])] == [0, 2, 3]


def test_lexicon_regexes_are_lower_case(tmp_path: Path) -> None:
    folder = tmp_path / "lexicons" / "xx"
    folder.mkdir(parents=True)
    (folder / "login.txt").write_text("re: ^\\s*Sign in\\b\n", encoding="utf-8")
    with pytest.raises(RuleError, match=re.escape("login.txt:1: regex") + ".*lower case"):
        load_lexicon("xx", tmp_path)


@pytest.mark.parametrize("language", available_languages())
def test_every_packaged_lexicon_compiles_into_the_core(language: str) -> None:
    lexicon = load_lexicon(language)
    assert lexicon.scan([]) == []
    assert lexicon.matcher is lexicon.matcher  # (built once)
