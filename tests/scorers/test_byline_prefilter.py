"""The byline scorer's literal test never hides a line its prefix pattern matches."""

from __future__ import annotations

from pathlib import Path

from cleaner.corpus import iter_corpus
from cleaner.lexicons import available_languages, load_lexicon
from cleaner.prefilter import lines_holding, phrase_literals
from cleaner.scorers import Document
from cleaner.scorers.byline import BylineScorer

ROOT = Path(__file__).resolve().parents[2]
# Letters re's IGNORECASE takes for ASCII ones: a byline written with them is still one.
LOOK_ALIKES = str.maketrans({"i": "ı", "I": "İ", "s": "ſ", "k": "\u212a"})


def _lines() -> list[str]:
    lines = [line.strip() for doc in iter_corpus(ROOT / "corpus")
             for line in doc.text.split("\n") if line.strip()]
    lines += [line.strip() for path in (ROOT / "tests" / "data" / "benchmarks").glob(
        "*/text/*.txt") for line in path.read_text("utf-8").split("\n") if line.strip()]
    return lines


def test_every_line_a_prefix_pattern_matches_holds_a_literal() -> None:
    lines = _lines()
    variants = [v for line in lines[:4000] for v in (line, line.upper(), line.swapcase(),
                                                       line.translate(LOOK_ALIKES))]
    variants += ["BY JANE DOE", "ſtory by Jane", "İn text von Max", "Reported BY  Jo",
                 "TEXTE DE Marie", "Tekst: Jan", "Autor: Jan", "автор: Иван", "ЕСЕ"]
    scorer = BylineScorer()
    checked = 0
    for language in available_languages():
        lexicon = load_lexicon(language, engine="python")
        patterns = scorer._patterns(Document([], [], lexicon))
        prefixed, literals = patterns.prefixed, patterns.literals
        if literals is None:
            continue
        holding = lines_holding(variants, literals)
        for i, text in enumerate(variants):
            if prefixed.search(text):
                checked += 1
                assert i in holding, (language, text)
    assert checked > 200


def testphrase_literals() -> None:
    assert phrase_literals(["by", "written by"]) == ("by", "written")
    assert phrase_literals(["redacción:", "un análisis de"]) == ("lisis", "redacci")
    assert phrase_literals(["von", "автор"]) is None


def test_ascii_tokens_are_the_regex_tokens() -> None:
    """On ASCII text the dateline test tokenizes with re after lowering: the same tokens as
    regex's \\w+ after casefolding, for every ASCII character beside letters and digits."""
    from cleaner.scorers.byline import _ASCII_TOKEN, _TOKEN

    chars = [chr(c) for c in range(128)]
    texts = ["".join(chars), *(f"Ab{c}9z {c}Q_{c}" for c in chars), "Updated 1:39 am EST, Nov 20"]
    for text in texts:
        assert _ASCII_TOKEN.findall(text.lower()) == _TOKEN.findall(text.casefold()), repr(text)
