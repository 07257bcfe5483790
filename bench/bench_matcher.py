"""Group "matcher": one language's lexicon patterns over whole documents, the ways measured
before choosing cleaner/patterns.py's engine. Each round scans every document of a set
(its stripped lines, split outside the timed call) with the English lexicon.

- ``hyperscan``: ``HyperscanMatcher`` (one Hyperscan database; ``re`` confirms regexes on
  the lines their prefilter flags) — the engine the cleaner uses where Hyperscan installs;
- ``ahocorasick-rs + re``: ``PythonMatcher`` (phrases by Aho-Corasick, each regex by
  stdlib ``re`` over the document) — the fallback;
- ``one re alternation``: phrases and regexes as one case-insensitive stdlib ``re``
  alternation searched over the document (how the lexicons were matched before an
  automaton): hits only, no per-line attribution;
- ``hyperscan pass alone (C)``: the database scan of ``hyperscan`` with nothing else (the
  text lowercased and encoded beforehand, untimed; each match only counted).
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
@pytest.mark.parametrize("engine", ["hyperscan", "python"])
def test_engine(measure, text_set: TextSet, engine: str) -> None:
    if engine == "hyperscan":
        pytest.importorskip("hyperscan", reason="hyperscan not installed (x86-64 Linux only)")
    lexicon = load_lexicon("en", engine=engine)
    documents = stripped(text_set)

    def scan_all():
        return [lexicon.scan(lines) for lines in documents]

    name = "hyperscan" if engine == "hyperscan" else "ahocorasick-rs + re"
    version = package_version("hyperscan" if engine == "hyperscan" else "ahocorasick_rs")
    hits = measure(scan_all, text_set, name, version, reference=engine == "hyperscan")
    assert sum(map(len, hits)) > len(documents), "hardly any lexicon hit: a broken matcher"


@pytest.mark.benchmark(group="matcher")
def test_one_alternation(measure, text_set: TextSet) -> None:
    lexicon = load_lexicon("en", engine="python")
    phrases = sorted(lexicon.phrases, key=len, reverse=True)
    pattern = re.compile("|".join([*(re.escape(p) for p in phrases),
                                   *(f"(?:{r.source})" for r in lexicon.regexes)]),
                         re.IGNORECASE | re.MULTILINE)
    documents = stripped(text_set)

    def scan_all():
        return [pattern.findall(lower_text(lines)) for lines in documents]

    hits = measure(scan_all, text_set, "one re alternation", None)
    assert sum(map(len, hits)) > len(documents)


@pytest.mark.benchmark(group="matcher")
def test_hyperscan_scan_alone(measure, text_set: TextSet) -> None:
    """The Hyperscan pass of ``hyperscan`` alone, in C with no Python around it: the
    English lexicon's database over each document's lowercased bytes (lowercased and
    encoded outside the timed call), matches counted. What the one pass costs before any
    hit is read or confirmed."""
    pytest.importorskip("hyperscan", reason="hyperscan not installed (x86-64 Linux only)")
    import hyperscan

    matcher = load_lexicon("en", engine="hyperscan").matcher
    database = matcher._database
    scratch = hyperscan.Scratch(database)
    data = [lower_text(lines).encode("utf-8") for lines in stripped(text_set)]

    def scan_all():
        count = [0]

        def on_match(*_args: object) -> None:
            count[0] += 1

        for document in data:
            database.scan(document, match_event_handler=on_match, scratch=scratch)
        return count[0]

    matches = measure(scan_all, text_set, "hyperscan pass alone (C)",
                      package_version("hyperscan"))
    assert matches > len(data)
