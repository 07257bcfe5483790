"""The required-literal test (cleaner/prefilter.py) never rules out a document a pattern
matches: checked against ``regex``'s own case tables and on real patterns and texts."""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import pytest
import regex

from cleaner import _core
from cleaner.corpus import iter_corpus
from cleaner.lexicons import available_languages, load_lexicon
from cleaner.prefilter import _regex_runs, folded, required_literals, spelt_out_size

ROOT = Path(__file__).resolve().parents[1]
FLAGS = regex.VERSION1 | regex.IGNORECASE  # as rule files compile their patterns


def test_folding_agrees_with_regex_case_tables_wherever_ascii_is_involved() -> None:
    """Every pair of characters ``regex`` matches alike under IGNORECASE, one of them ASCII,
    folds alike; so does every character ``regex`` expands when it folds (ß, ﬁ)."""
    from regex import _regex
    from regex._regex_core import FULLCASE, IGNORECASE, UNICODE

    info = UNICODE | IGNORECASE | FULLCASE
    pairs = 0
    for code in range(0x110000):
        if 0xD800 <= code <= 0xDFFF:
            continue
        for other in _regex.get_all_cases(info, code):
            if other is None or not (code < 128 or other < 128):
                continue
            pairs += 1
            assert folded(chr(other)) == folded(chr(code)), (hex(code), hex(other))
    assert pairs > 100  # a-z, A-Z, and the Kelvin sign, long s and Turkic i's
    for char in _regex.get_expand_on_folding():
        assert regex.fullmatch(regex.escape(folded(char)), char, FLAGS), repr(char)


@pytest.mark.parametrize(("literal", "text"), [
    ("kitchen", "KİTCHEN"), ("istanbul", "İSTANBUL"), ("istanbul", "ISTANBUL"),
    ("izmir", "ızmır".upper()), ("kelvin", "\u212aelvin"), ("subscribe", "ſubſcribe"),
    ("strasse", "STRAẞE"), ("strasse", "Straße"), ("office", "oﬃce"), ("first", "ﬁrst"),
])
def test_a_literal_regex_matches_is_found_folded(literal: str, text: str) -> None:
    assert regex.search(regex.escape(literal), text, FLAGS)
    assert folded(literal) in folded(f"before\n{text}\nafter")


def test_the_core_folds_every_character_as_folded_does() -> None:
    """``LiteralFilter`` (publisher detection's prefilter) looks for literals in ``folded``
    of the lines' texts joined by newlines: on every code point (surrogates aside: the
    core's text cannot hold one) and on lines that mix them with ASCII."""
    chars = [chr(code) for code in range(0x110000) if not 0xD800 <= code <= 0xDFFF
             and not chr(code).isspace()]  # (white space ends a line's text)
    lines = ["".join(chars[k:k + 64]) for k in range(0, len(chars), 64)]
    lines += ["Straße ﬁrst KİTCHEN \u212aelvin", "ızmır".upper(), "a\u0307b oﬃce", "", "ASCII"]
    core = _core.lines_of(lines)
    assert core.texts() == lines
    # each line's folding is found whole, and where it joins the next (a literal that
    # holds a newline is looked for in the whole document)
    whole = [folded(line) for line in lines if line]
    across = [folded(f"{a}\n{b}")[-20:] for a, b in itertools.pairwise(lines)]
    for literals in (whole, across):
        groups = [[literal] for literal in literals]
        assert _core.LiteralFilter(groups).search(core)[0] == list(range(len(groups)))
    found, held = _core.LiteralFilter([["strasse first kitchen"], ["kelvin\nizmir"],
                                       ["kelvin izmir"], ["ascii", "nowhere"]]).search(core)
    assert found == [0, 1] and held == {"strasse first kitchen", "kelvin\nizmir", "ascii"}


def test_the_literal_filter_finds_the_groups_a_document_holds() -> None:
    """A group is found where the folded document holds all of its literals; one of none
    always is; lines given as texts are read as a core document's are."""
    texts = ["Follow other INDEPENDENT readers", "", "Most Popular"]
    groups = [["independent", "readers"], ["most popular", "independent"], [],
              ["independent", "nowhere"], ["most\npopular"], ["readers\n\nmost"]]
    expected = [0, 1, 2, 5]
    assert _core.LiteralFilter(groups).search(texts)[0] == expected
    assert _core.LiteralFilter(groups).search(_core.lines_of(texts))[0] == expected


def test_regex_runs() -> None:
    assert _regex_runs("^Support The Moscow Times!?$") == ["Support The Moscow Times"]
    assert _regex_runs(r"subscribe just R\d+ for the first month") == [
        "subscribe just R", " for the first month"]
    assert _regex_runs(r"/Flash90\)$") == ["/Flash90)"]
    assert _regex_runs("colou?r x+y z{2,3}w") == ["colo", "r x", "y ", "w"]
    assert _regex_runs(r"a\.b\ c (?:optional)? d") == ["a.b c ", " d"]
    assert _regex_runs("[a-z]+ing") == ["ing"]
    # nothing is required, or the construct is not understood: no literal at all
    for source in ("a|b", "(?:x|y)abc", "(?x) spaced out", "ab{e<=1}", r"\x41bc", r"\p{L}abc",
                   r"\L<words>abc", "[[a-z]--[aeiou]]zz", r"(a)\1bc"):
        assert _regex_runs(source) == [], source


def test_required_literals() -> None:
    assert required_literals("contains", "Join our commenting forum") == (
        "commenting", "forum", "join", "our")  # (longest first; of equal lengths, in order)
    assert required_literals("contains", "the end of the line") == ("line", "the", "end", "of")
    assert required_literals("prefix", "Straße zum Glück") == ("zum",)  # (ASCII only)
    assert required_literals("literal", "Straße Glück") == ()
    assert required_literals("regex", "^Most Popular$") == ("most popular",)
    assert required_literals("regex", r"subscribe just R\d+ for the first month") == (
        " for the first month", "subscribe just r")
    assert required_literals("regex", r"\d+") == ()


def _lexicon_regexes() -> list[str]:
    return sorted({r.source for language in available_languages()
                   for r in load_lexicon(language).regexes})


def test_every_lexicon_regex_match_holds_its_literal() -> None:
    """Every regex of every lexicon, on every line of the corpus and of the sample pages
    (and the lines it matches, recased): where it matches, each of its literals is there."""
    texts = [doc.text for doc in iter_corpus(ROOT / "corpus")]
    texts += [p.read_text("utf-8") for p in sorted(
        (ROOT / "tests" / "data" / "benchmarks").glob("*/text/*.txt"))]
    document = "\n".join(sorted({line.strip() for text in texts for line in text.split("\n")
                                 if line.strip()}))
    sources = _lexicon_regexes()
    assert len(sources) > 300
    with_literal = matched = 0
    for source in sources:
        literals = required_literals("regex", source)
        if not literals:
            continue
        with_literal += 1
        pattern = regex.compile(source, FLAGS)
        # (the lines found by re, which is faster; each then searched by regex, as rules are)
        for m in re.finditer(source, document, re.IGNORECASE | re.MULTILINE):
            for variant in (m.group(), m.group().upper(), m.group().swapcase()):
                if pattern.search(variant):
                    matched += 1
                    assert all(lit in folded(variant) for lit in literals), (source, variant)
    assert with_literal > 50 and matched > 100


def test_spelt_out_size_counts_repeats_at_their_least() -> None:
    assert spelt_out_size("abc") == 3
    assert spelt_out_size("a{1000}") == 1000
    assert spelt_out_size("x{100000,}") == 100_000
    assert spelt_out_size("a{0,1000000000}") == spelt_out_size("a+") == 1
    assert spelt_out_size("(?:(?:a{1000}){1000}){1000}") > 10**9  # (the "(?:" count too)
    assert spelt_out_size(r"\{1000\}[{1000}]") == 7  # no repeats: escaped, in a class


def test_no_real_regex_comes_near_the_spelt_out_bound() -> None:
    """Every lexicon regex and rule-file pattern spells out under 1% of the bound a rule
    file's regex may reach."""
    from cleaner.rules import MAX_REGEX_ATOMS, packaged_rulebook

    sources = _lexicon_regexes() + [
        m.pattern.pattern for ruleset in packaged_rulebook().rulesets
        for rule in ruleset.rules for m in (rule.matcher, rule.end, *ruleset.detect) if m]
    assert max(map(spelt_out_size, sources)) < MAX_REGEX_ATOMS // 100
