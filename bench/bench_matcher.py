"""Group "matcher": one language's lexicon patterns over whole documents. Each round scans
every document of a set (its stripped lines, split outside the timed call) with the
English lexicon.

- ``core matcher``: ``Lexicon.scan``, the compiled core's matcher (core/src/matcher.rs:
  whole-line keys, one Aho-Corasick automaton of the phrases, the regexes on the lines
  their gates flag), with the call from Python and the hits made into Python tuples;
- ``one re alternation``: phrases and regexes as one case-insensitive stdlib ``re``
  alternation searched over the document (how the lexicons were matched before an
  automaton): hits only, no per-line attribution.
"""

from __future__ import annotations

import re

import pytest
from conftest import TextSet, package_version

from cleaner.lexicons import load_lexicon
from cleaner.lines import split_lines
from cleaner.patterns import lower_text

_split: dict[str, list[list[str]]] = {}


def stripped(texts: TextSet) -> list[list[str]]:
    if texts.name not in _split:
        _split[texts.name] = [[line.text for line in split_lines(t)] for t in texts.texts]
    return _split[texts.name]


@pytest.mark.benchmark(group="matcher")
def test_core_matcher(measure, text_set: TextSet) -> None:
    lexicon = load_lexicon("en")
    documents = stripped(text_set)
    lexicon.scan(documents[0])  # (built on first use, outside the timed rounds)

    def scan_all():
        return [lexicon.scan(lines) for lines in documents]

    hits = measure(scan_all, text_set, "core matcher", package_version("news-cleaner"),
                   reference=True)
    assert sum(map(len, hits)) > len(documents), "hardly any lexicon hit: a broken matcher"


@pytest.mark.benchmark(group="matcher")
def test_one_alternation(measure, text_set: TextSet) -> None:
    lexicon = load_lexicon("en")
    phrases = sorted(lexicon.phrases, key=len, reverse=True)
    pattern = re.compile("|".join([*(re.escape(p) for p in phrases),
                                   *(f"(?:{r.source})" for r in lexicon.regexes)]),
                         re.IGNORECASE | re.MULTILINE)
    documents = stripped(text_set)

    def scan_all():
        return [pattern.findall(lower_text(lines)) for lines in documents]

    hits = measure(scan_all, text_set, "one re alternation", None)
    assert sum(map(len, hits)) > len(documents)
