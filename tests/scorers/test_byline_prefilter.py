"""The byline scorer's cheap prefix test hides no byline from its patterns: a byline is one
whatever the case its prefix is written in (as the `regex` package folds case), in every
language; and the dateline test's tokens on ASCII text are the `regex` package's \\w+ runs
after casefolding."""

from __future__ import annotations

from cleaner.lexicons import available_languages, load_lexicon
from cleaner.lines import Line, split_lines
from cleaner.prefilter import phrase_literals
from cleaner.scorers import Document
from cleaner.scorers.byline import BylineScorer

# Letters re's IGNORECASE takes for ASCII ones: a byline written with them is still one,
# but for the dotless i (U+0131), which the byline patterns (the `regex` package's case
# folding) do not take for an i.
LOOK_ALIKES = str.maketrans({"i": "ı", "I": "İ", "s": "ſ", "k": "\u212a"})


SCORER = BylineScorer()


def scored(text: str, language: str) -> Line:
    lines = split_lines(text)
    assert len(lines) == 1
    SCORER.score(Document(lines, [lines[0].text], load_lexicon(language)))
    return lines[0]


def codes(text: str, language: str) -> list[str]:
    return [r.code for r in scored(text, language).reasons]


def is_byline(text: str, language: str) -> bool:
    return "score:byline" in codes(text, language)


def test_a_byline_is_one_whatever_the_case_of_its_prefix() -> None:
    checked = 0
    for language in available_languages():
        prefixes = load_lexicon(language).words.get("bylines")
        assert prefixes, language
        for prefix in sorted(prefixes):
            forms = [prefix, prefix.upper(), prefix.swapcase(), prefix.title(),
                     prefix.upper().translate(LOOK_ALIKES), prefix.replace(" ", "  "),
                     prefix.replace(" ", "\u00a0")]
            for form in forms:
                assert is_byline(f"{form} Jane Doe", language), (language, form)
                checked += 1
            if any("ı" in p for p in prefixes):
                continue  # (a language with a dotless ı lists its prefixes with it and without)
            dotless = prefix.translate(LOOK_ALIKES)
            assert is_byline(f"{dotless} Jane Doe", language) is ("i" not in prefix), (
                language, dotless)
            checked += 1
    assert checked > 600


def test_bylines_in_other_forms_are_their_language_s() -> None:
    expected = {"BY JANE DOE": ["en"], "ſtory by Jane": ["en"], "Reported BY  Jo": ["en"],
                "STORY BY Jane Doe": ["en"], "Words by Jane Doe and John Roe": ["en"],
                "TEXTE DE Marie": ["fr"], "Tekst: Jan": ["da", "nl", "no", "pl"],
                "Autor: Jan": ["cs", "de", "es", "pl", "pt"], "автор: Иван": ["ru", "uk"],
                # a prefix inside the line, after words that are no dateline; no name after
                # the prefix; no prefix
                "İn text von Max": [], "by jane doe": [], "ЕСЕ": []}
    for text, languages in expected.items():
        found = [language for language in available_languages() if is_byline(text, language)]
        assert found == languages, text


def testphrase_literals() -> None:
    assert phrase_literals(["by", "written by"]) == ("by", "written")
    assert phrase_literals(["redacción:", "un análisis de"]) == ("lisis", "redacci")
    assert phrase_literals(["von", "автор"]) is None


def test_ascii_tokens_are_the_regex_tokens() -> None:
    """On ASCII text the dateline test's tokens are the `regex` package's \\w+ runs after
    casefolding: every ASCII character beside letters, digits and the underscore parts
    them, and capitals are date words as their lower case is."""
    assert codes("Updated 1:39 am EST, Nov 20", "en") == ["score:byline.dateline"]
    checked = 0
    for c in map(chr, range(128)):
        if c.isalnum() or c == "\n":
            continue
        for form in ("Nov{c}20{c}2019", "NOV{c}20{c}2019", "Updated{c}1{c}39 am EST{c} Nov 20"):
            text = form.format(c=c)
            assert codes(text, "en") == ([] if c == "_" else ["score:byline.dateline"]), repr(text)
            checked += 1
    assert checked == 3 * (128 - 62 - 1)
    # Nearly all its tokens (core/src/scorers/byline.rs, MIN_DATE_TOKEN_RATIO = 0.7).
    assert codes("Nov 20 2019 storm", "en") == ["score:byline.dateline"]
    assert codes("Nov 20 2019 storm and rain", "en") == []
