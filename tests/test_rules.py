from __future__ import annotations

import os
import pickle
import re
import time
from pathlib import Path
from typing import Any

import pytest

from cleaner import Cleaner, Options
from cleaner import rules as rules_module
from cleaner.errors import RuleError, RuleTimeoutError
from cleaner.labels import Label
from cleaner.lines import split_lines
from cleaner.prefilter import folded
from cleaner.rules import (
    Deadline,
    Matcher,
    Rule,
    RuleBook,
    RuleSet,
    load_ruleset,
    packaged_rulebook,
)

TESTS = """
tests:
  - doc: corpus/seeds/000.tsv
"""


def _ruleset(tmp_path: Path, body: str, name: str = "example.com.yaml") -> Path:
    path = tmp_path / name
    path.write_text("publisher: Example\n" + body + TESTS, encoding="utf-8")
    return path


def _labels(tmp_path: Path, body: str, text: str) -> list[str]:
    ruleset = load_ruleset(_ruleset(tmp_path, body))
    lines = split_lines(text)
    ruleset.apply(lines)
    return ["drop" if line.forced else ("protect" if line.protected else "-") for line in lines]


# --- validation: file, line, key and reason ---------------------------------------------

def test_malformed_yaml_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.com.yaml"
    path.write_text("publisher: X\nrules:\n  - id: a\n    drop: {literal: x\n", encoding="utf-8")
    with pytest.raises(RuleError, match=r"bad.com.yaml:\d+: not valid YAML"):
        load_ruleset(path)


def test_unknown_key_names_line_key_and_allowed(tmp_path: Path) -> None:
    path = _ruleset(tmp_path, "rules:\n  - id: a\n    category: comments\n"
                    "    drop:\n      literal: x\n      regx: y\n")
    with pytest.raises(RuleError) as info:
        load_ruleset(path)
    assert info.value.line == 7
    assert info.value.key == "rules[0].drop.regx"
    assert "unknown key 'regx'" in info.value.reason and "literal" in info.value.reason


def test_missing_rule_kind(tmp_path: Path) -> None:
    path = _ruleset(tmp_path, "rules:\n  - id: a\n    category: comments\n")
    with pytest.raises(RuleError, match=r"example.com.yaml:3: key 'rules\[0\]': needs exactly one"):
        load_ruleset(path)


def test_a_text_validated_once_is_not_validated_again(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWS_CLEANER_CACHE", str(tmp_path / "cache"))
    good = "rules:\n  - id: a\n    category: comments\n    drop: {literal: x}\n"
    load_ruleset(_ruleset(tmp_path, good))
    [mark] = (tmp_path / "cache" / "rules-valid").iterdir()
    calls = []
    real = rules_module._validator
    monkeypatch.setattr(rules_module, "_validator", lambda: calls.append(1) or real())
    load_ruleset(_ruleset(tmp_path, good))  # the same text: its mark stands for the check
    assert calls == []
    bad = good.replace("literal", "literall")  # an edited text is validated, and fails
    with pytest.raises(RuleError, match="unknown key 'literall'"):
        load_ruleset(_ruleset(tmp_path, bad))
    assert calls == [1]
    assert list((tmp_path / "cache" / "rules-valid").iterdir()) == [mark]
    monkeypatch.setenv("NEWS_CLEANER_CACHE", "")  # no cache: every load validates
    load_ruleset(_ruleset(tmp_path, good))
    assert calls == [1, 1]


def test_a_text_that_fails_leaves_no_mark(tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    # (the mark stands for the whole load: the patterns of a marked text compile on first
    # use, so a text whose pattern does not compile must fail at every load)
    monkeypatch.setenv("NEWS_CLEANER_CACHE", str(tmp_path / "cache"))
    bad = "rules:\n  - id: a\n    category: comments\n    drop: {regex: '(open'}\n"
    for _ in range(2):
        with pytest.raises(RuleError, match="invalid regex"):
            load_ruleset(_ruleset(tmp_path, bad))
    assert not (tmp_path / "cache" / "rules-valid").exists()
    good = "rules:\n  - id: a\n    category: comments\n    drop: {regex: 'x+y'}\n"
    load_ruleset(_ruleset(tmp_path, good))
    [rule] = load_ruleset(_ruleset(tmp_path, good)).rules  # (marked: compiled on first use)
    assert rule.matcher.matches("xxy", 0) and not rule.matcher.matches("y", 0)


def test_a_text_loaded_whole_is_built_from_its_record(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    # (the cache's record of a text: its data and the lines of its patterns and rules; the
    # rule set built from it is the one the YAML gave, without parsing it)
    monkeypatch.setenv("NEWS_CLEANER_CACHE", str(tmp_path / "cache"))
    paths = sorted((rules_module.rules_dir() / "publishers").glob("*.yaml"))
    first = [load_ruleset(path) for path in paths]
    assert len(list((tmp_path / "cache" / "rules-valid").iterdir())) == len(paths)
    monkeypatch.setattr(rules_module, "_parse", lambda *args: pytest.fail("parsed again"))
    assert [load_ruleset(path) for path in paths] == first
    assert any(rule.line > 1 and rule.matcher.line > rule.line
               for ruleset in first for rule in ruleset.rules)


def test_bad_category(tmp_path: Path) -> None:
    path = _ruleset(tmp_path, "rules:\n  - id: a\n    category: spam\n    drop: {literal: x}\n")
    with pytest.raises(RuleError, match=r":4: key 'rules\[0\].category': 'spam' is not allowed"):
        load_ruleset(path)


def test_bad_regex(tmp_path: Path) -> None:
    path = _ruleset(tmp_path, "rules:\n  - id: a\n    category: comments\n"
                    "    drop: {regex: '(open'}\n")
    with pytest.raises(RuleError, match=r":5: key 'rules\[0\].drop.regex': invalid regex"):
        load_ruleset(path)


def test_duplicate_rule_id(tmp_path: Path) -> None:
    path = _ruleset(tmp_path, "rules:\n  - id: a\n    category: comments\n    drop: {literal: x}\n"
                    "  - id: a\n    category: comments\n    drop: {literal: y}\n")
    with pytest.raises(RuleError, match="duplicate rule id 'a'"):
        load_ruleset(path)


def test_tests_are_required(tmp_path: Path) -> None:
    path = tmp_path / "x.com.yaml"
    path.write_text("publisher: X\nrules: []\n", encoding="utf-8")
    with pytest.raises(RuleError, match="'tests' is a required property"):
        load_ruleset(path)


RULE = "rules:\n  - id: a\n    category: comments\n"  # lines 2-4 of a _ruleset file
NESTED = "[" * 40 + "]" * 40
BOMB = "".join(f"a{n}: &a{n} [{', '.join([f'*a{n - 1}'] * 10)}]\n" for n in range(1, 7))


@pytest.mark.parametrize(("body", "line", "key", "reason"), [
    # wrong types (the first two were refused before, untested)
    ("hosts: example.org\nrules: []\n", 2, "hosts", r"'example.org' is not of type 'array'"),
    (RULE + "    drop_block: {start: {literal: x}, end: {literal: y}, max_lines: lots}\n", 5,
     "rules[0].drop_block.max_lines", r"'lots' is not of type 'integer'"),
    ("language: no\nrules: []\n", 2, "language",
     r"False is not of type 'string' \(YAML reads the bare no as a bool: write 'no' for text\)"),
    # a key given twice: YAML kept the last, the first rule kind was lost
    (RULE + "    drop: {literal: x}\n    drop: {literal: y}\n", 6, "rules[0].drop",
     r"given twice \(first on line 5\)"),
    ("rules: []\n1: x\n", 3, "(top level)", r"key '1' is read by YAML as a int, not a name"),
    # the shapes that hung or crashed the loader: nesting (a segfault at 100,000 deep),
    # aliases expanded a million times over by the schema check, a loop
    ("rules: []\nhosts: " + NESTED + "\n", 3, None, r"nested more than 32 deep"),
    ("rules: []\na0: &a0 [x, x, x, x, x, x, x, x, x, x]\n" + BOMB, 7, None,
     r"more than 50000 YAML nodes"),
    ("rules: []\nhosts: &h [a, *h]\n", 3, None, r"alias \*h is inside the node &h"),
    ("rules: []\nhosts: *nowhere\n", 3, None, r"not valid YAML: found undefined alias"),
    # regex spells out a{10**9} in memory; (?:(?:a{1000}){1000}){1000} took hours
    (RULE + "    drop: {regex: 'x{1000000000}'}\n", 5, "rules[0].drop.regex",
     r"spells out 1,000,000,000 atoms"),
    (RULE + "    drop: {regex: '(?:(?:a{1000}){1000}){1000}'}\n", 5, "rules[0].drop.regex",
     r"spells out 1,00\d,\d{3},\d{3} atoms .* use \+ or \* instead"),
    ("publisher: X\x00\n", 2, None, r"not valid YAML: control characters are not allowed"),
], ids=["hosts_str", "max_lines_str", "language_no", "duplicate_key", "int_key", "nested",
        "alias_bomb", "alias_loop", "undefined_alias", "regex_huge_count", "regex_nested_counts",
        "nul"])
def test_malformed_rule_file(tmp_path: Path, body: str, line: int, key: str | None,
                             reason: str) -> None:
    path = _ruleset(tmp_path, body)
    start = time.perf_counter()
    with pytest.raises(RuleError) as info:
        load_ruleset(path)
    assert time.perf_counter() - start < 2
    assert (info.value.path, info.value.line, info.value.key) == (str(path), line, key)
    assert re.search(reason, info.value.reason), info.value.reason


@pytest.mark.parametrize(("content", "line", "reason"), [
    (b"", 1, "is empty; a rule file is a mapping"),
    (b"# only a comment\n", 1, "is empty"),
    (b"- a list\n", 1, "must be a mapping with keys publisher, rules and tests"),
    (b"publisher: Caf\xe9\n", 1, r"not UTF-8 text: byte 0xE9 \(column 15\)"),
    (b"publisher: X\n\x89PNG\r\n\x1a\n\x00", 2, "not UTF-8 text: byte 0x89 \\(column 1\\)"),
    (b"x" * (128 * 1024 + 1), None, "larger than 128 KiB"),
], ids=["empty", "comment_only", "list", "latin1", "binary", "huge"])
def test_a_rule_file_that_is_no_text_mapping(tmp_path: Path, content: bytes, line: int | None,
                                            reason: str) -> None:
    path = tmp_path / "example.com.yaml"
    path.write_bytes(content)
    with pytest.raises(RuleError) as info:
        load_ruleset(path)
    assert (info.value.path, info.value.line) == (str(path), line)
    assert re.search(reason, info.value.reason), info.value.reason


def test_a_rule_file_that_is_a_folder(tmp_path: Path) -> None:
    (tmp_path / "example.com.yaml").mkdir()
    with pytest.raises(RuleError, match=r"example.com.yaml: is a folder, not a rule file"):
        RuleBook.load([tmp_path])


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_a_rule_file_that_is_a_fifo_is_refused_not_waited_on(tmp_path: Path) -> None:
    """Reading a FIFO waits for a writer: the old loader hung here."""
    os.mkfifo(tmp_path / "example.com.yaml")
    with pytest.raises(RuleError, match=r"example.com.yaml: is not a regular file \(a FIFO"):
        RuleBook.load([tmp_path])


def test_a_rule_folder_that_is_a_file_or_missing(tmp_path: Path) -> None:
    path = _ruleset(tmp_path, "rules: []\n")
    with pytest.raises(RuleError, match=r"example.com.yaml: is a file, not a rule folder"):
        RuleBook.load([path])
    with pytest.raises(RuleError, match=r"nowhere: rule folder does not exist"):
        RuleBook.load([tmp_path / "nowhere"])


def test_a_rule_folder_that_cannot_be_listed(tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """A glob finds nothing in a folder it may not read, and says nothing: the rules in it
    were lost. (Permissions do not bind root, so the refusal is simulated.)"""
    _ruleset(tmp_path, "rules: []\n")
    real = os.scandir

    def scandir(path: Any = ".") -> Any:
        if Path(path) == tmp_path:
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    with pytest.raises(RuleError, match=r": cannot list the rule folder: Permission denied"):
        RuleBook.load([tmp_path])


def test_a_rule_file_named_yml_is_not_skipped_without_a_word(tmp_path: Path) -> None:
    _ruleset(tmp_path, "rules: []\n", name="example.com.yml")
    with pytest.raises(RuleError, match=r"example.com.yml: a rule file's name ends in .yaml"):
        RuleBook.load([tmp_path])


def test_a_cleaner_with_a_relative_rule_folder_works_unpickled_in_another_folder(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A worker process may start in another working folder: the pickled Cleaner must
    name its rule folders so that they are found from there."""
    (tmp_path / "project" / "rules").mkdir(parents=True)
    (tmp_path / "elsewhere").mkdir()
    _ruleset(tmp_path / "project" / "rules",
             "rules:\n  - {id: pitch, category: subscription, drop: {literal: Subscribe now}}\n")
    monkeypatch.chdir(tmp_path / "project")
    data = pickle.dumps(Cleaner(["rules"], options=Options(use_packaged_rules=False)))
    monkeypatch.chdir(tmp_path / "elsewhere")
    cleaner = pickle.loads(data)
    result = cleaner.clean("Subscribe now\nSome text that is an article sentence, long enough.",
                           url="https://www.example.com/a")
    assert result.publisher == "example.com"
    assert "rule:example.com/pitch" in [r.code for r in result.lines[0].reasons]


# --- rule kinds -------------------------------------------------------------------------

def test_drop_literal_prefix_contains_regex(tmp_path: Path) -> None:
    body = """rules:
  - {id: a, category: comments, drop: {literal: Comments}}
  - {id: b, category: social, drop: {prefix: "Share on"}}
  - {id: c, category: newsletter, drop: {contains: weekly newsletter}}
  - {id: d, category: caption, drop: {regex: '^Photo \\d+$', ignore_case: false}}
"""
    text = "comments\nShare on X\nOur weekly newsletter rocks\nPhoto 3\nphoto 3\nComments here"
    assert _labels(tmp_path, body, text) == ["drop", "drop", "drop", "drop", "-", "-"]


def test_document_signatures_match_as_lines_do(tmp_path: Path) -> None:
    """``detect`` looks for the longest word first; what matches a line matches the document."""
    body = """detect:
  patterns:
    - contains: Join our commenting forum
    - literal: Speech Bubbles
    - prefix: Straße zum Glück
rules:
  - {id: a, category: comments, drop: {literal: Comments}}
"""
    ruleset = load_ruleset(_ruleset(tmp_path, body))
    contains, literal, prefix = ruleset.detect
    assert contains.required == "commenting"
    for matcher, yes, no in [
        (contains, "so JOIN  our\u00a0Commenting forum now", "join our forum"),
        (literal, "speech bubbles", "Speech Bubbles here"),
        (prefix, "STRASSE zum glück, links", "zur Straße zum Glück"),
    ]:
        for text, expected in ((yes, True), (no, False)):
            assert matcher.matches(text, 0) is expected
            document = f"first line\n{text}\nlast line"
            assert matcher.in_document(document, folded(document)) is expected


def test_drop_block_needs_its_end(tmp_path: Path) -> None:
    body = """rules:
  - id: appeal
    category: donation
    drop_block: {start: {literal: Support us}, end: {literal: Thanks}, max_lines: 3}
"""
    text = "a\nSupport us\nx\n\nThanks\nb\nSupport us\n1\n2\n3\n4\nThanks"
    assert _labels(tmp_path, body, text) == (
        ["-", "drop", "drop", "-", "drop", "-"] + ["-"] * 6)  # second block is too long


def test_cut_after_and_before(tmp_path: Path) -> None:
    body = """rules:
  - {id: foot, category: comments, cut_after: {marker: {literal: Comments}}}
  - {id: head, category: navigation,
     cut_before: {marker: {literal: Headline}, include_marker: false}}
"""
    text = "Menu\nHeadline\nComments\nbody\nComments\nfooter"
    # cut_after defaults to the last marker (cuts least), cut_before to the first
    assert _labels(tmp_path, body, text) == ["drop", "-", "-", "-", "drop", "drop"]


def test_protect_beats_scorers(tmp_path: Path) -> None:
    (tmp_path / "example.com.yaml").write_text(
        "publisher: Example\nrules:\n  - {id: keep_subscribe, category: body, "
        "protect: {literal: Subscribe now}}\n" + TESTS, encoding="utf-8")
    cleaner = Cleaner([tmp_path], options=Options(use_packaged_rules=False))
    result = cleaner.clean("Subscribe now\nSome text that is an article sentence, long enough.",
                           url="https://www.example.com/a")
    assert result.lines[0].label is Label.KEEP
    assert "rule:example.com/keep_subscribe" in [r.code for r in result.lines[0].reasons]


def test_catastrophic_regex_times_out_with_a_clear_error(tmp_path: Path) -> None:
    body = "rules:\n  - {id: evil, category: comments, drop: {regex: '^(a|aa)+$'}}\n"
    ruleset = load_ruleset(_ruleset(tmp_path, body))
    lines = split_lines("fine\n" + "a" * 40 + "!")
    start = time.perf_counter()
    with pytest.raises(RuleTimeoutError, match=r"rule .evil. took more than its 0.5s on input "
                       r"line 2"):
        ruleset.apply(lines)
    assert time.perf_counter() - start < 30


def _every_line_span(rule: Rule, texts: list[str]) -> list[int]:
    """What a rule marks when its pattern is searched in every line (as it was before
    the literal prefilter): the reference for ``rules._rule_span``."""
    def hit(matcher: Matcher | None, i: int) -> bool:
        assert matcher is not None
        return bool(texts[i]) and matcher.pattern.search(texts[i]) is not None

    n = len(texts)
    if rule.kind in ("drop", "protect"):
        return [i for i in range(n) if hit(rule.matcher, i)]
    if rule.kind == "drop_block":
        span: list[int] = []
        i = 0
        while i < n:
            if hit(rule.matcher, i):
                for j in range(i, min(n, i + rule.max_lines + 1)):
                    if hit(rule.end, j):
                        span.extend(range(i, j + 1))
                        i = j
                        break
            i += 1
        return span
    order = range(n - 1, -1, -1) if rule.last else range(n)
    marker = next((i for i in order if hit(rule.matcher, i)), None)
    if marker is None:
        return []
    if rule.kind == "cut_after":
        return list(range(marker if rule.include_marker else marker + 1, n))
    return list(range(0, marker + 1 if rule.include_marker else marker))


def test_rules_run_on_the_lines_holding_their_literal_mark_what_every_line_would(
        tmp_path: Path, corpus_docs) -> None:
    """Every rule kind, cased and uncased, on lines with letters that fold to ASCII ones
    (ß, long s, the Kelvin sign), and every packaged rule on the corpus, each text also in
    upper case and swapped case."""
    synthetic = load_ruleset(_ruleset(tmp_path, r"""rules:
  - {id: a, category: comments, drop: {contains: Straße zum}}
  - {id: b, category: comments, drop: {regex: 'KELVIN \d', ignore_case: false}}
  - id: c
    category: donation
    drop_block: {start: {prefix: Support us}, end: {regex: '^Thanks'}, max_lines: 3}
  - {id: d, category: comments, cut_after: {marker: {literal: Comments}}}
  - {id: e, category: comments, cut_after: {marker: {literal: Comments}, occurrence: first,
     include_marker: false}}
  - {id: f, category: navigation, cut_before: {marker: {prefix: Headline}, occurrence: last}}
  - {id: g, category: body, protect: {regex: '\d+ subscribers'}}
  - {id: h, category: comments, drop: {regex: '^\W+$'}}
  - {id: i, category: comments, drop: {contains: Strasse}}
"""))
    text = "\n".join([
        "Menu", "Headline one", "STRASSE ZUM Glück", "\u212aELVIN 5", "KELVIN 6", "kelvin 7",
        "Support us", "x", "", "thanks!", "Support us", "1", "2", "3", "4", "Thanks",
        "SUPPORT US now", "Thanks", "HEADLINE two", "500 subscribers", "9 \u017fub\u017fcribers",
        "Große Straße", "Comments", "body",
        "---", "COMMENTS", "footer"])
    cases = [(synthetic, text)] + [(ruleset, doc.text) for ruleset in packaged_rulebook().rulesets
                                   for doc in corpus_docs]
    marked = 0
    for ruleset, sample in cases:
        for variant in (sample, sample.upper(), sample.swapcase()):
            texts = [line.text for line in split_lines(variant)]
            lines = rules_module._Texts(texts)
            for rule in ruleset.rules:
                span = list(rules_module._rule_span(rule, lines,
                                                    Deadline(1e6).clock(rule.matcher)))
                assert span == _every_line_span(rule, texts), (ruleset.key, rule.id, variant)
                marked += bool(span)
    assert marked > 50


# --- choosing a publisher ---------------------------------------------------------------

def test_host_conventions(tmp_path: Path) -> None:
    for name in ("example.com.yaml", ".example.org.yaml", "sport.example.net.yaml"):
        _ruleset(tmp_path, "rules: []\n", name)
    book = RuleBook.load([tmp_path])
    assert book.for_url("https://www.example.com/x").key == "example.com"
    assert book.for_url("https://example.com/x").key == "example.com"
    assert book.for_url("https://news.example.com/x") is None
    assert book.for_url("https://a.b.example.org/").key == ".example.org"
    assert book.for_url("https://example.org/").key == ".example.org"
    assert book.for_url("https://sport.example.net/").key == "sport.example.net"
    assert book.for_url("https://example.net/") is None


def _covers(ruleset: RuleSet, host: str) -> bool:
    """The naming convention (rules/README.md), stated plainly: a plain entry covers its
    name and the name with "www."; an entry with a leading dot its domain and every name
    under it."""
    host = host.lower().rstrip(".")
    for pattern in ruleset.hosts:
        if pattern.startswith("."):
            if host == pattern[1:] or host.endswith(pattern):
                return True
        elif host in (pattern, "www." + pattern):
            return True
    return False


def test_host_look_up_chooses_as_asking_every_rule_set_would(tmp_path: Path) -> None:
    """``for_host`` looks a host up in an index; it chooses what asking each rule set
    whether it covers the host (the most specific file first) would."""
    for name in ("example.com.yaml", ".example.org.yaml", "sport.example.org.yaml",
                 ".news.example.org.yaml", "sport.example.net.yaml"):
        _ruleset(tmp_path, "rules: []\n", name)
    book = RuleBook.load([tmp_path, rules_module.rules_dir() / "publishers"])
    patterns = [h.lstrip(".") for r in book.rulesets for h in r.hosts]
    hosts = [f"{pre}{p}{post}" for p in patterns for pre in ("", "www.", "a.", "a.b.", "x")
             for post in ("", ".", ".evil.com")]
    hosts += [h.upper() for h in hosts[:40]] + ["com", "org", "localhost", ""]
    for host in hosts:
        matches = [r for r in book.rulesets if _covers(r, host)]
        expected = max(matches, key=lambda r: len(r.key), default=None)
        assert book.for_host(host) is expected, host


def test_detection_by_text(cleaner: Cleaner, seeds) -> None:
    expected = {"000": "timeslive.co.za", "001": None, "002": "independent.co.uk",
                "003": "themoscowtimes.com", "004": "timesofisrael.com"}
    for doc in seeds:
        assert cleaner.clean(doc.text).publisher == expected[doc.path.stem], doc.path


def test_one_search_for_every_signature_literal_chooses_as_a_test_each_would(
        cleaner: Cleaner) -> None:
    """``detect`` finds the signatures' required literals with one automaton; it chooses
    what a substring test per signature would, on every corpus document, in upper case,
    and on its lines alone."""
    from cleaner.corpus import iter_corpus

    book = cleaner.rulebook
    chosen = 0
    for doc in iter_corpus(Path(__file__).resolve().parents[1] / "corpus"):
        for text in (doc.text, doc.text.upper(), *doc.text.split("\n")[:40]):
            lines = [line.strip() for line in text.split("\n")]
            joined = "\n".join(lines)
            best, best_count = None, 0
            for ruleset in book.rulesets:
                count = ruleset.signature_count(joined, folded(joined))
                if ruleset.detect and count >= ruleset.min_matches and count > best_count:
                    best, best_count = ruleset, count
            assert book.detect(lines) is best
            chosen += best is not None
    assert chosen > 10


def test_signature_literals_that_overlap_are_all_found(tmp_path: Path) -> None:
    """One literal's end may be the next one's start ("subscribers|support"): the search
    for them reports overlapping ones too."""
    _ruleset(tmp_path, """detect:
  min_matches: 2
  patterns:
    - contains: subscribers
    - contains: support the paper
rules: []
""")
    book = RuleBook.load([tmp_path])
    assert book.detect(["Thanks, subscribersupport the paper"]) is book.rulesets[0]
    assert book.detect(["Thanks, subscribers"]) is None


def test_url_wins_over_text(cleaner: Cleaner, seeds) -> None:
    doc = seeds[2]
    result = cleaner.clean(doc.text, url="https://www.timesofisrael.com/x/")
    assert result.publisher == "timesofisrael.com"


def test_later_folder_overrides(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    _ruleset(tmp_path / "a", "rules: []\n")
    (tmp_path / "b" / "example.com.yaml").write_text(
        "publisher: Override\nrules: []\n" + TESTS, encoding="utf-8")
    book = RuleBook.load([tmp_path / "a", tmp_path / "b"])
    assert [r.publisher for r in book.rulesets] == ["Override"]
