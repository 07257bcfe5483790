"""The Rust core's lexicon matcher (cleaner._core.LexiconMatcher, built by
cleaner.core_lexicon) finds exactly the hits of Lexicon.scan: on lines where Python's and
Rust's text semantics part (scripts/port_check_matcher.py checks every development page)."""

from __future__ import annotations

import pytest

from cleaner.lexicons import load_lexicon

core = pytest.importorskip("cleaner._core")
pytest.importorskip("hyperscan", reason="Lexicon.scan's reference engine here is Hyperscan")

from cleaner.core_lexicon import Untranslatable, core_matcher, translate  # noqa: E402

CASES = [
    ["Subscribe now", "» MOST POPULAR:", "Sign up for our newsletter today"],
    ["x²credits: foo bar", "x credits: foo bar", "e\u0301credits: foo"],  # re's word characters
    ["ſign in", "Sign ın to comment", "SIGN İN to comment", "İ ſubscribe now"],  # case twins
    ["Copyright 2020 Foo Inc", "this is a sentence"],  # a lookahead stops at the line's end
    ["Copyright law is 2020", "Copyright\u0301 2020 Foo"],
    ["Stand: 12.03.2024", "Stand 12.03.2024", "Aktualisiert am 3. Mai"],  # (?::|(?=\\d))
    ["Jetzt\xa0spenden für freie Presse", "ΟΔΟΣ Σ", "\u212aeep reading"],
    ["", "Photo credit: AP", "", "5 min read", "Read more…"],
    ["Copyright² 2020 Foo", "Copyright 2020 is² foo", "copyright\u0301 2020 is", "© 2020 Foo²"],
    ["Stand²: 12.03.2024", "Stand: ²12", "Stand ²12", "Stand 12² Uhr"],
]


@pytest.mark.parametrize("language", ["en", "de"])
def test_core_hits_are_lexicon_scans(language: str) -> None:
    lexicon = load_lexicon(language)
    matcher = core_matcher(lexicon)
    for texts in CASES:
        want = [(h.line, h.category.value, h.text, h.whole_line) for h in lexicon.scan(texts)]
        assert matcher.scan(texts) == want, texts


def test_untranslatable_regexes_are_refused() -> None:
    for source in (r"(a)\1", r"(?<=a)b", r"a++", r"\Afoo", r"x(?=y)z"):
        with pytest.raises(Untranslatable):
            translate(source)


def test_ignorecase_twins_are_explicit() -> None:
    # re's IGNORECASE matches 'ı' and 'İ' for 'i' and 'ſ' for 's' (the lowered text's  # noqa: RUF003
    # own characters): the translation says so, with no case-insensitive flag.
    exact = translate("is").exact
    assert "(?i" not in exact
    assert "\\x{131}" in exact and "\\x{130}" in exact and "\\x{17F}" in exact
