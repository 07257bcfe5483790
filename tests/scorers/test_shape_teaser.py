"""The shape scorer's two-step teaser test decides as the single patterns it replaces."""

from __future__ import annotations

import itertools
from pathlib import Path

import regex

from cleaner.corpus import iter_corpus
from cleaner.lines import split_lines
from cleaner.scorers.shape import MIN_TEASER_WORDS, _teaser

ROOT = Path(__file__).resolve().parents[2]
# The patterns as first written, each matched once per line.
INNER_DATELINE = regex.compile(
    r"^(?:\S+\s+){3,}(?:\p{Lu}[\p{Lu}.'’-]*\s+){0,2}\p{Lu}[\p{Lu}.'’-]{2,}:\s+\p{Lu}")
TITLE_CASE_LEAD = regex.compile(r"^(?:[\p{Lu}\d‘'\"“][^\s,:;.]*\s+){6,}.*\s\p{Ll}+\s+\p{Ll}+\s")


def one_step(text: str) -> bool:
    return bool(INNER_DATELINE.match(text) or TITLE_CASE_LEAD.match(text))


def _texts() -> list[str]:
    texts = [doc.text for doc in iter_corpus(ROOT / "corpus")]
    texts += [p.read_text("utf-8") for p in sorted(
        (ROOT / "tests" / "data" / "benchmarks").glob("*/text/*.txt"))]
    return texts


def _variants(line: str) -> list[str]:
    """The line, and forms that move the patterns' edges: capitals, doubled and odd
    spaces, the words cut at each of the first eight places."""
    words = line.split(" ")
    out = [line, line.upper(), line.title(), line.replace(" ", "  "),
           line.replace(" ", "\u00a0", 6), line.replace(" ", " \t", 3)]
    out += [" ".join(words[k:]) for k in range(1, min(8, len(words)))]
    return out


def test_two_steps_decide_as_the_single_patterns_on_every_line() -> None:
    lines = [line for text in _texts() for line in split_lines(text)
             if line.words >= MIN_TEASER_WORDS]
    assert len(lines) > 1000
    seen = checked = teasers = 0
    for line in lines:
        for text in _variants(line.text):
            variant = split_lines(text)[0]
            if variant.words < MIN_TEASER_WORDS:
                continue
            checked += 1
            expected = one_step(variant.text)
            teasers += expected
            assert _teaser(variant) is expected, variant.text
        seen += 1
    assert checked > 10 * seen // 2 and teasers > 50


def test_edges_of_the_title_case_lead() -> None:
    heads = ["One Two Three Four Five Six", "One Two Three Four Five",
             "1 ‘Two' “Three Four\" Five Six"]
    spaces = [" ", "  ", "\u00a0", " \t "]
    tails = ["a party of six left", "party of", "Of Six Left a b", "of six", "x y z"]
    for head, space, tail in itertools.product(heads, spaces, tails):
        text = f"{head}{space}{tail} and more words to reach twelve words here"
        line = split_lines(text)[0]
        if line.words >= MIN_TEASER_WORDS:
            assert _teaser(line) is one_step(line.text), text
