from __future__ import annotations

import re
import time
from pathlib import Path

import pytest

from cleaner.errors import RuleError
from cleaner.labels import Category
from cleaner.lexicons import (
    available_languages,
    entry_sites,
    lexicon_entries,
    load_lexicon,
    normalise,
    packaged_lexicon,
)
from cleaner.patterns import REGEX_FLAGS


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


def test_a_general_marker_is_not_part_of_the_entry(tmp_path: Path) -> None:
    _write(tmp_path, "comments.txt",
           "= sort by    # general: Sort by\n"
           "comment guidelines\t# general: Please read our comment guidelines.\n"
           "re: ^comments \\(\\d+\\)$ # general: Comments (3)\n"
           "join the discussion\n")
    entries = lexicon_entries("xx", tmp_path)
    assert [(e.kind, e.key, e.general) for e in entries] == [
        ("whole", "sort by", "Sort by"),
        ("phrase", "comment guidelines", "Please read our comment guidelines."),
        ("regex", r"^comments \(\d+\)$", "Comments (3)"),
        ("phrase", "join the discussion", None)]
    assert all(e.matches([e.general]) for e in entries if e.general)
    lexicon = load_lexicon("xx", tmp_path)
    assert [h.line for h in lexicon.scan(["Sort by", "Comments (3)", "general"])] == [0, 1]


def test_a_general_marker_needs_a_sentence(tmp_path: Path) -> None:
    _write(tmp_path, "comments.txt", "join the discussion\n= sort by  # general:\n")
    with pytest.raises(RuleError, match=r"comments.txt:2: .*# general: A SENTENCE"):
        load_lexicon("xx", tmp_path)


def test_entry_sites_counts_the_sites_an_entry_matches_on(tmp_path: Path) -> None:
    _write(tmp_path, "related.txt", "= read more\nsee also\nre: ^more from \\w+$\n")
    whole, phrase, regex = lexicon_entries("xx", tmp_path)
    found = entry_sites([whole, phrase, regex], [
        ("a.example", ["Read more »", "See also: the budget"]),
        ("a.example", ["More from Jane"]),
        ("b.example", ["read more about the budget", "More from Jane"]),
        ("c.example", ["overseas also"])])
    assert found == {whole: {"a.example"}, phrase: {"a.example"},
                     regex: {"a.example", "b.example"}}


def test_bad_regex_names_file_and_line(tmp_path: Path) -> None:
    _write(tmp_path, "comments.txt", "ok phrase\nre: (unclosed\n")
    with pytest.raises(RuleError, match=r"comments.txt:2: bad regex"):
        load_lexicon("xx", tmp_path)


def test_translations_kept_in_the_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A lexicon's regexes translated once are read from the cache the next time (not
    # parsed again); an edited regex is translated, and checked, again.
    import cleaner.core_lexicon as cl
    import cleaner.lexicons as lexicons

    monkeypatch.setenv("NEWS_CLEANER_CACHE", str(tmp_path / "cache"))
    parsed: list[str] = []
    real = cl._translate
    monkeypatch.setattr(cl, "_translate", lambda source: parsed.append(source) or real(source))
    sources = [r"^more (?:from|on) \w+$", r"\bsee also\b"]
    texts = ["More from Jane", "see also: the budget"]
    for n, regex in enumerate(sources):
        _write(tmp_path / str(n), "related.txt", f"re: {regex}\n")
    for _ in range(2):
        for n in range(len(sources)):
            cl.translate.cache_clear()  # (a new process: nothing translated or loaded yet)
            monkeypatch.setattr(lexicons, "_compiled", {})
            lexicon = load_lexicon("xx", tmp_path / str(n))
            assert [h.line for h in lexicon.scan(texts)] == [n]
    assert parsed == sources  # (each once: the second round read them from the cache)
    _write(tmp_path / "0", "related.txt", "re: (unclosed\n")
    with pytest.raises(RuleError, match=r"related.txt:1: bad regex"):
        load_lexicon("xx", tmp_path / "0")


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
    hits = list(lexicon.scan(["Subscribe now", "Be the first to comment"]))
    assert {h.category for h in hits} == {Category.SUBSCRIPTION, Category.COMMENTS}


# Line forms of the English lexicons that decide a line on their own (whole-line or anchored
# entries), and article sentences that share their words but must not be decided by them.
DECISIVE = [  # synthetic lines, each in a form the lexicons describe (no benchmark page's text)
    "We may earn a commission when you buy through links on this page.",
    ("Products are picked by our editors. Purchases made through our links may earn us a "
     "commission."),
    "Disclosure: This post contains affiliate links, so we may earn a small fee.",
    ("Example Weekly is reader-supported. When you buy via links on our site, we may earn an "
     "affiliate commission."),
    "Other Stories You May Enjoy",
    "View all posts by Jane Doe",
    "Recent stories by Jane Doe:",
    "Start your free trial",
    "Share: Facebook X Email",
    "Copyright Jane Doe 2019-2024. All rights reserved.",
    "Add Example News as a preferred source on Google",
    "Check price at Amazon",
    "Request a free consultation",
    "By using any of the recipes on this website, you agree to the terms in our disclaimer.",
    "Keep up with the latest in home gardening",
    "Sign-Up for Free",
    "Fishing boats in the harbour at dawn, Cornwall © Jane Doe Photography",
    "Firefighters on the flooded road near the old bridge (Jane Doe/Example Press)",
    "The mayor speaks at the harbour on Monday. (Example Photo/John Roe, File)",
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
    ("The estate still holds the © on her early novels, which were reissued in 2021 and "
     "sold well."),
    "Copyright law: the © symbol is not required for protection in the US.",
    "Top long-distance mover: Example Van Lines (4.7/5 rating)",
    "- Meet with vendors for final details (venue/caterer, photographer, DJ/band, florist)",
    "Comprehensive insurance ($6/lb full-value protection option)",
]


@pytest.mark.parametrize("line", DECISIVE)
def test_english_line_forms_decide_the_line(line: str) -> None:
    assert any(h.whole_line for h in packaged_lexicon("en").scan([line])), line


@pytest.mark.parametrize("line", NOT_DECISIVE)
def test_english_line_forms_spare_article_sentences(line: str) -> None:
    assert not any(h.whole_line for h in packaged_lexicon("en").scan([line])), line


# --- every lexicon regex runs in linear time on a line ----------------------------------
# A regex is tried on lines of any length (a page can be one line of megabytes). Two kinds
# of pattern do not stay linear there: one that can match the same text two ways inside a
# repeat (``(?:name\s*[|,]?\s*){3,}`` on "x  x  x ... é": exponential in the words), and one
# whose failing tries each run on over a long run of characters (``\s*:?\s*`` on a run of
# spaces, ``\d+`` unanchored on a run of digits: quadratic). The lines below are built from
# each regex's own words, pumped: linear work grows with them, such patterns much faster.

_ESCAPE_OR_SYNTAX = re.compile(r"\\.|[()|?:*+{}\[\]^$]")
_WORD_RUNS = re.compile(r"[^\W\d_]{2,}")
_PUMPED = [" ", "  ", ", ", " / ", " | ", "1", " é "]
MAX_SMALL_SECONDS = 0.05


def _words(source: str) -> list[str]:
    """The first words the regex names (runs of two letters or more), in order."""
    found = _WORD_RUNS.findall(_ESCAPE_OR_SYNTAX.sub(" ", source))
    return list(dict.fromkeys(found))[:3] or ["a"]


def _lines(source: str, repeats: int, run: int) -> list[str]:
    """Each of the regex's words ``repeats`` times with each separator, and each word
    followed by a run of ``run`` of each separator; every line ends in characters that
    no regex expects there."""
    lines = []
    for word in _words(source):
        for pumped in _PUMPED:
            lines.append((word + pumped) * repeats + "é!")
            lines.append(word + pumped * run + "é!")
    return lines


def _cost(pattern: re.Pattern[str], lines: list[str]) -> float:
    best = float("inf")
    for _ in range(3):
        start = time.process_time()
        for line in lines:
            for _ in pattern.finditer(line.lower()):
                pass
        best = min(best, time.process_time() - start)
    return best


@pytest.mark.parametrize("language", available_languages())
def test_lexicon_regexes_run_in_linear_time(language: str) -> None:
    slow = []
    for regex in packaged_lexicon(language).regexes:
        pattern = re.compile(regex.source, REGEX_FLAGS)
        small = _cost(pattern, _lines(regex.source, 5, 150))
        if small > MAX_SMALL_SECONDS:  # (lines of a few hundred characters)
            slow.append(f"{regex.source} ({small:.4f} s on the small lines)")
            continue
        large = _cost(pattern, _lines(regex.source, 10, 600))
        # (twice the words, four times the runs: linear work costs 2-4x as much, quadratic
        # 16x, exponential 2**5x and more)
        if large > 0.0002 and large > 8 * small:
            slow.append(f"{regex.source} ({small:.4f} s, then {large:.4f} s)")
    assert slow == []
