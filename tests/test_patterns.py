from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from cleaner.corpus import iter_corpus
from cleaner.errors import RuleError
from cleaner.labels import Category
from cleaner.lexicons import available_languages, load_lexicon
from cleaner.lines import split_lines
from cleaner.patterns import PythonMatcher, Regex, compile_patterns, prefilter_source

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "tests" / "data" / "benchmarks"
ENGINES = ["python", "hyperscan"]
_S = r"[\t\x0b\x0c\r\x1c-\x1f \x{80}-\x{10FFFF}]"  # \\s in a prefilter: no newline


def _engine(name: str) -> str:
    if name == "hyperscan":
        pytest.importorskip("hyperscan", reason="hyperscan is not installed (x86-64 only)")
    return name


def _documents() -> list[list[str]]:
    """The stripped lines of every corpus document and benchmark sample text."""
    texts = [doc.text for doc in iter_corpus(ROOT / "corpus")]
    texts += [p.read_text("utf-8") for p in sorted(SAMPLES.glob("*/text/*.txt"))]
    return [[line.text for line in split_lines(text)] for text in texts]


@pytest.mark.parametrize(("source", "loose"), [
    (r"\bjoin (?:the|our)\b.{0,40}\bnewsletter\.?$", r"join (?:the|our).*newsletter\.?$"),
    (r"^\d+\s+comments?$", r"^[\d\x{80}-\x{10FFFF}]+" + _S + "+comments?$"),
    (r"^von\s+[^\W\d_]+$", r"^von" + _S + r"+[a-z\x{80}-\x{10FFFF}]+$"),
    (r"^[\w.'-]{2}x", r"^[\x{80}-\x{10FFFF}\w.'-]{2}x"),
    (r"^image (?:caption|copyright)\b.{0,30}", r"^image (?:caption|copyright)"),
    (r"^page \d{1,3} of \d{1,}$", r"^page [\d\x{80}-\x{10FFFF}]+ of [\d\x{80}-\x{10FFFF}]+$"),
    # Nothing matches a newline: a match running over lines would flag every line after it.
    (r"^sign in\b[^.]{0,50}$", r"^sign in[^\n.]*$"),
    (r"^[^]x]a", r"^[^]\nx]a"),
    (r"a\Wb\Dc", r"a[^\w\n]b[^\d\n]c"),
    (r"[\s,]x", r"[\x{80}-\x{10FFFF}\t\x0b\x0c\r\x1c-\x1f ,]x"),
    (r"^[^\S\n]*x$", None),  # a negated class of Unicode escapes has no ASCII superset
])
def test_prefilter_source(source: str, loose: str | None) -> None:
    assert prefilter_source(source) == loose


@pytest.mark.parametrize("language", available_languages())
def test_every_packaged_regex_gets_a_prefilter(language: str) -> None:
    lexicon = load_lexicon(language, engine="python")
    assert [r.source for r in lexicon.regexes if prefilter_source(r.source) is None] == []


@pytest.mark.parametrize("language", available_languages())
def test_engines_agree_on_the_corpus_and_samples(language: str) -> None:
    _engine("hyperscan")
    fast = load_lexicon(language, engine="hyperscan")
    slow = load_lexicon(language, engine="python")
    assert fast.matcher.engine == "hyperscan" and slow.matcher.engine == "python"
    documents = _documents()
    # (the other languages' lexicons on a third of the documents: the Python engine is slow)
    for lines in documents if language == "en" else documents[::3]:
        assert fast.scan(lines) == slow.scan(lines)


def _matcher(engine: str, whole=None, phrases=None, regexes=()):
    return compile_patterns(whole or {}, phrases or {}, list(regexes), _engine(engine))


@pytest.mark.parametrize("engine", ENGINES)
def test_a_regex_matches_within_a_line(engine: str) -> None:
    # Under re, [^.]{0,50} and \s take newlines: "Sign in" would swallow the lines below
    # it, and the second "Sign in" would go unseen.
    matcher = _matcher(engine, regexes=[Regex(r"^sign (?:in|up)\b[^.]{0,50}$", Category.LOGIN)])
    hits = matcher.scan(["Sign in", "", "Sign in", "Account"])
    assert [(h.line, h.text, h.whole_line) for h in hits] == [
        (0, "sign in", True), (2, "sign in", True)]


@pytest.mark.parametrize("engine", ENGINES)
def test_phrases_overlap_and_boundaries(engine: str) -> None:
    matcher = _matcher(engine, phrases={"sign up for": Category.NEWSLETTER,
                                        "sign up": Category.NEWSLETTER,
                                        "schrift": Category.RELATED})
    hits = matcher.scan(["Sign up form", "Überschrift", "Sign up for more", "die Schrift"])
    # the longer phrase fails its boundary on line 0 ("form"), the shorter one stands;
    # "schrift" inside "Überschrift" is no phrase
    assert [(h.line, h.text) for h in hits] == [(0, "sign up"), (2, "sign up for"),
                                                (3, "schrift")]


@pytest.mark.parametrize("engine", ENGINES)
def test_whole_line_keys(engine: str) -> None:
    matcher = _matcher(engine, whole={"grüsse": Category.BOILERPLATE,
                                      "most popular": Category.RELATED})
    hits = matcher.scan(["Grüße!", "» MOST   Popular:", "most popular stories", "Grüsse"])
    assert [(h.line, h.category) for h in hits] == [
        (0, Category.BOILERPLATE), (1, Category.RELATED), (3, Category.BOILERPLATE)]


@pytest.mark.parametrize("engine", ENGINES)
def test_hits_by_line_strongest_first(engine: str) -> None:
    matcher = _matcher(engine, whole={"subscribe": Category.SUBSCRIPTION},
                       phrases={"newsletter": Category.NEWSLETTER},
                       regexes=[Regex(r"newsletter$", Category.NEWSLETTER),
                                Regex(r"^our\b", Category.NEWSLETTER)])
    hits = matcher.scan(["Our newsletter", "subscribe"])
    assert [(h.line, h.whole_line, h.text) for h in hits] == [
        (0, True, "our"), (0, True, "newsletter"), (0, False, "newsletter"),
        (1, True, "subscribe")]


def test_regex_without_prefilter_is_matched_with_re() -> None:
    _engine("hyperscan")
    regex = Regex(r"^[^\S\n]*x{3}$", Category.BOILERPLATE)
    fast = _matcher("hyperscan", regexes=[regex])
    lines = ["xxx", "a xxx", "xxx"]
    assert [h.line for h in fast.scan(lines)] == [0, 2]
    assert fast.scan(lines) == PythonMatcher({}, {}, [regex]).scan(lines)


def test_lexicon_regexes_are_lower_case(tmp_path: Path) -> None:
    folder = tmp_path / "lexicons" / "xx"
    folder.mkdir(parents=True)
    (folder / "login.txt").write_text("re: ^\\s*Sign in\\b\n", encoding="utf-8")
    with pytest.raises(RuleError, match=re.escape("login.txt:1: regex") + ".*lower case"):
        load_lexicon("xx", tmp_path)


def test_phrases_without_ahocorasick(monkeypatch: pytest.MonkeyPatch) -> None:
    lexicon = load_lexicon("en", engine="python")
    documents = _documents()[::4]
    expected = [lexicon.scan(lines) for lines in documents]
    monkeypatch.setitem(sys.modules, "ahocorasick_rs", None)  # import fails
    bare = PythonMatcher(lexicon.whole, lexicon.phrases, lexicon.regexes)
    assert bare._automaton is None
    assert [bare.scan(lines) for lines in documents] == expected


def _compile_fresh(lexicon):
    from cleaner.patterns import HyperscanMatcher

    return HyperscanMatcher(lexicon.whole, lexicon.phrases, lexicon.regexes)


def test_databases_are_cached_between_runs(tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    _engine("hyperscan")
    monkeypatch.setenv("NEWS_CLEANER_CACHE", str(tmp_path / "cache"))
    lexicon = load_lexicon("en", engine="python")
    lines = _documents()[0]
    first = _compile_fresh(lexicon)
    [cached] = (tmp_path / "cache").glob("*.hsdb")
    stamp = cached.stat().st_mtime_ns
    second = _compile_fresh(lexicon)  # read back, not compiled and written again
    assert cached.stat().st_mtime_ns == stamp
    assert second.scan(lines) == first.scan(lines) == lexicon.scan(lines)
    cached.write_bytes(b"not a database")  # a damaged cache is compiled anew
    assert _compile_fresh(lexicon).scan(lines) == first.scan(lines)


def test_cache_off(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _engine("hyperscan")
    monkeypatch.setenv("NEWS_CLEANER_CACHE", "")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    _compile_fresh(load_lexicon("de", engine="python"))
    assert list(tmp_path.rglob("*.hsdb")) == []


def test_a_cache_keeps_only_its_newest_files(tmp_path: Path) -> None:
    import os

    from cleaner.data import store_cached

    for n in range(5):
        old = tmp_path / f"{n}.hsdb"
        old.write_bytes(b"old")
        os.utime(old, (n, n))
    (tmp_path / "other.npy").write_bytes(b"not pruned")
    assert store_cached(tmp_path / "new.hsdb", b"new", keep=3)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["3.hsdb", "4.hsdb", "new.hsdb",
                                                          "other.npy"]


@pytest.mark.parametrize("damage", ["truncated", "garbage", "empty"])
def test_a_damaged_compiled_lexicon_is_compiled_again_and_rewritten(
        damage: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    hyperscan = pytest.importorskip("hyperscan", reason="hyperscan is not installed")
    monkeypatch.setenv("NEWS_CLEANER_CACHE", str(tmp_path))
    regexes = [Regex(r"^sign (?:in|up)\b", Category.LOGIN)]
    lines = ["Sign in", "Subscribe now to read on", "The council voted."]
    first = compile_patterns({}, {"subscribe now": Category.SUBSCRIPTION}, regexes, "hyperscan")
    expected = first.scan(lines)
    assert [h.line for h in expected] == [0, 1]
    [cached] = tmp_path.glob("*.hsdb")
    data = cached.read_bytes()
    cached.write_bytes({"truncated": data[: len(data) // 2], "garbage": bytes(range(256)) * 8,
                        "empty": b""}[damage])
    again = compile_patterns({}, {"subscribe now": Category.SUBSCRIPTION}, regexes, "hyperscan")
    assert again.scan(lines) == expected
    assert hyperscan.loadb(cached.read_bytes(), hyperscan.HS_MODE_BLOCK) is not None  # rewritten
