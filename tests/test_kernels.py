"""The compiled kernels (cleaner/_kernels.c) give exactly what the Python code gives."""

from __future__ import annotations

import os
import random
from pathlib import Path
from typing import Any

import pytest

from cleaner import lines as lines_module
from cleaner import patterns as patterns_module
from cleaner.corpus import iter_corpus
from cleaner.labels import Category
from cleaner.lines import _UNSPACED, Reason, _split_lines_python
from cleaner.scorers import lexicon as lexicon_module
from cleaner.scorers import region as region_module

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "tests" / "data" / "benchmarks"

if os.environ.get("NEWS_CLEANER_REQUIRE_KERNELS"):
    from cleaner import _kernels  # fail, not skip, where the build must have compiled them
else:
    _kernels = pytest.importorskip(
        "cleaner._kernels", reason="kernels not compiled (no C compiler at install)")

EDGE_CASES = [
    "", "\n", "\n\n", "a", "a\n", "a\n\n", " a \r\n b\n", "\r", "»«", "Hello.»", "x…",
    "(end.)", "“Quoted.”", "Ends with a colon:", "中文字符测试。", "ไทย ภาษา ไทย",
    "日本語のテキスト", "a_b c-d 1,000 e'f", "\u2028x\u2029y", "\x0bv\x0c", "\x1c\x1d\x1e\x1f",
    "é́ ǅ Ⅻ ² ٣", "½ ⅔ ① ¹²", "٣٤ ۵ ߁ ໒", "tab\there", "\ud7ff 𝔘𝔫𝔦", "\u3000全角\u3000",
    "no break\u00a0space",
    " ".join(["word"] * 15) + ".", " ".join(["word"] * 14) + ".", "x" * 100_000,
]


def _texts() -> list[str]:
    texts = [doc.text for doc in iter_corpus(ROOT / "corpus")]
    texts += [p.read_text("utf-8") for p in sorted(SAMPLES.glob("*/text/*.txt"))]
    return texts + EDGE_CASES


def _fields(line: lines_module.Line) -> tuple[object, ...]:
    return (line.index, line.raw, line.text, line.words, line.chars, line.terminal,
            line.prose, line.letters, line.digit, line.decimal, line.first_label, line.label,
            line.score, line.category, line.protected, line.forced, line.strongest,
            line.positive, tuple(line.reasons))


@pytest.mark.parametrize("text", _texts(), ids=lambda t: repr(t[:20]))
def test_split_lines_kernel_equals_python(text: str) -> None:
    assert lines_module._kernels is not None
    assert [_fields(x) for x in lines_module.split_lines(text)] == [
        _fields(x) for x in _split_lines_python(text)]


def test_every_unspaced_character_is_counted_as_python_counts_it() -> None:
    """The kernel leaves lines with a character of a script written without spaces to
    ``count_words``: no such character may fall outside its ranges."""
    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)
    unspaced = _UNSPACED.findall(every)
    assert len(unspaced) > 90_000
    text = "\n".join(f"ab {c}{c}{c}{c} cd" for c in unspaced)
    assert [x.words for x in lines_module.split_lines(text)] == [
        x.words for x in _split_lines_python(text)]


def test_split_lines_kernel_classifies_every_latin1_character_as_python_does() -> None:
    """ASCII is classified from a table of its own: every character below 256, alone, inside
    a word, and at a line's edges."""
    chars = [chr(c) for c in range(1, 256) if c != 10]
    text = "\n".join(f"{c}\nab{c}cd {c}{c} 1{c}2\n{c}x {c}." for c in chars)
    assert [_fields(x) for x in lines_module.split_lines(text)] == [
        _fields(x) for x in _split_lines_python(text)]


def test_split_lines_kernel_sets_the_slots_of_line() -> None:
    """Line's layout is one the kernel can fill directly (it would fall back to calling
    Line, which is slower but the same)."""
    assert lines_module._SLOTS is not None
    assert lines_module._SLOTS[:3] == ("index", "raw", "text")


def test_split_lines_kernel_leaves_its_lines_out_of_the_cycle_collector() -> None:
    """A line cannot close a reference cycle: the kernel's lines are not tracked (so a batch
    holding thousands of them costs the collector nothing), the Python code's are."""
    import gc

    text = "a\n\nb c.\n" + "word " * 20
    assert not any(gc.is_tracked(line) for line in lines_module.split_lines(text))
    assert all(gc.is_tracked(line) for line in _split_lines_python(text))


def test_split_lines_kernel_calls_a_type_it_cannot_fill() -> None:
    """Without a layout, or with one that names no slot, the kernel calls the line type."""
    made: list[tuple[object, ...]] = []

    class Plain:
        def __init__(self, *args: object) -> None:
            made.append(args)

    args = ("a\n\nb.", Plain, "blank", len, "", ".", 15)
    _kernels.split_lines(*args)
    _kernels.split_lines(*args, ("x",) * 12, (0, 0))
    _kernels.split_lines(*args, lines_module._SLOTS, lines_module._DEFAULTS)
    assert len(made) == 9
    assert made[1] == (1, "", "", 0, 0, False, False, 0, False, False, "blank", "blank")
    assert made[2][:6] == (2, "b.", "b.", 1, 2, True)


def test_split_lines_kernel_reports_a_failing_count() -> None:
    def broken(text: str) -> int:
        raise RuntimeError("boom")

    with pytest.raises(RuntimeError, match="boom"):
        _kernels.split_lines("ok\n中文", lines_module.Line, lines_module.Label.BLANK, broken,
                             "", ".", 15)


def test_line_starts_kernel_equals_python() -> None:
    from cleaner.patterns import _line_starts_python

    for text in [*_texts(), "\n", "\n\n", "a\n", "\na", "é\n€\n𝔘\n", "x" * 70_000 + "\n"]:
        for value in (text, text.encode("utf-8")):
            assert _kernels.line_starts(value) == _line_starts_python(value), repr(value[:20])
    assert _kernels.line_starts("") == [0, 1]
    with pytest.raises(TypeError):
        _kernels.line_starts(["a", "b"])


def test_normalise_kernel_equals_python() -> None:
    from cleaner.patterns import _normalise_python

    texts = [line for text in _texts() for line in text.split("\n")] + EDGE_CASES + [
        "  Most   Popular!! ", "-- a \t b --", "x\u00a0\u2003 y", "İSTANBUL  ǰ ß", ". . .",
        "a" * 10_000 + "  " + "b", "\u2028x\u3000\u3000y\u2029", "ﬁ ﬂ ΐ", "¿Qué?  ¡Sí!"]
    for text in texts:
        assert _kernels.normalise(text) == _normalise_python(text), repr(text)
    # every character alone, and at the edges and inside, beside letters and spaces
    for code in range(0x110000):
        char = chr(code)
        for text in (char, f"{char}a {char}  b{char}"):
            assert _kernels.normalise(text) == _normalise_python(text), hex(code)
    with pytest.raises(TypeError):
        _kernels.normalise(b"bytes")


def test_whole_line_keys_kernel_equals_python() -> None:
    """The lines of every text that are a key, by the kernel (whose ASCII lines take a path
    of their own) and by ``_whole_line_python``: keys made from a third of the lines
    themselves, from their variants and from the English lexicon's keys, and every
    ASCII character alone and around a key."""
    from cleaner.lexicons import load_lexicon
    from cleaner.patterns import _whole_line_python, normalise

    rng = random.Random(11)
    lines = [line for text in _texts() for line in text.split("\n")]
    variants = [f" {line.upper()}\t\x1f" for line in lines[::7]] + [
        line.replace(" ", "  \x0b") + " »" for line in lines[::5]]
    chars = [chr(c) for c in range(128)]
    ascii_lines = [f"{c}" for c in chars] + [f"{c}most{c}  {c}popular{c}" for c in chars]
    texts = lines + variants + ascii_lines
    keys: dict[str, Any] = {normalise(line): k for k, line in enumerate(lines)
                            if rng.random() < 0.33}
    keys.update(load_lexicon("en").whole)
    keys["most popular"] = "m"
    for longest in (0, 1, 20, 77, 10**6):
        found = _kernels.whole_line_keys(texts, keys, longest)
        assert found == _whole_line_python(texts, keys, longest)
    found = _kernels.whole_line_keys(texts, keys, 77)
    assert len(found) > 1000 and sum(1 for i, _ in found if texts[i].isascii()) > 500
    assert sum(1 for i, _ in found if i >= len(lines) + len(variants)) > 40  # the ASCII ones
    with pytest.raises(TypeError):
        _kernels.whole_line_keys(["a", b"b"], keys, 10)


def test_dice_kernel_equals_python() -> None:
    """Each line against the words of another line (a page title), by the kernel and by
    ``_dice_python``, to the bit; and every character, alone and inside words, against a
    title that holds many of them."""
    from cleaner.scorers.region import _TOKEN, _dice_python

    lines = [line for text in _texts() for line in text.split("\n")]
    rng = random.Random(5)
    for title_line in [*rng.sample(lines, 8), "", "Storm hits coast - Daily News"]:
        title = set(_TOKEN.findall(title_line.casefold()))
        assert _kernels.dice(lines, title) == _dice_python(lines, title)
    assert _kernels.dice(lines, frozenset(title)) == _dice_python(lines, title)
    texts = [" ".join(f"{chr(c)} {chr(c)}x Ab_{chr(c)}d" for c in range(start, start + 64))
             for start in range(0, 0x110000, 64)]
    title = {"x", "ab_", "d", "ss", "i̇", "ǰ"} | {chr(c).casefold() for c in range(0x2000)}
    assert _kernels.dice(texts, title) == _dice_python(texts, title)
    with pytest.raises(TypeError):
        _kernels.dice(["a"], ["a"])
    with pytest.raises(TypeError):
        _kernels.dice(["a", b"b"], {"a"})


def test_list_likeness_to_the_title_is_dice_of_regex_words() -> None:
    """The lexicon scorer's ``_likeness`` (the kernel on ASCII lines) is ``_dice`` of the
    ``regex`` module's words, for every corpus line against other lines as titles, and
    for every ASCII character inside words."""
    from cleaner.scorers.lexicon import _dice, _likeness, _words

    lines = [line for text in _texts() for line in text.split("\n")]
    lines += [f"Ab{chr(c)}cd {chr(c)} x{chr(c)}" for c in range(128)]
    rng = random.Random(3)
    titles = [_words(t) for t in rng.sample(lines, 6)] + [{"ab", "cd", "x"}, {"ab_cd", "x"}]
    ascii_lines = 0
    for title in (t for t in titles if t):
        for line in lines:
            assert _likeness(title, line) == _dice(title, _words(line)), (title, line)
            ascii_lines += line.isascii()
    assert ascii_lines > 1000


def test_add_to_each_kernel_equals_python() -> None:
    """Random runs of evidence on the lines of every text, through the kernel and through
    the Python loop: every field the same, the reasons the same objects."""
    rng = random.Random(7)
    weights = [0.0, 1.0, -1.0, 0.5, 2.0, -0.25, 1e-9, 3.0]
    categories = [None, *Category]
    for text in _texts()[::3]:
        ours, theirs = _split_lines_python(text), _split_lines_python(text)
        for _ in range(12):
            a = rng.randrange(len(ours) + 1)
            b = rng.randrange(a, len(ours) + 1)
            reason = Reason(f"code:{rng.random()}", "detail", rng.choice(weights))
            category = rng.choice(categories)
            lines_module.add_to_each(ours[a:b], reason, category)
            lines_module._add_to_each_python(theirs[a:b], reason, category)
        assert [_fields(x) for x in ours] == [_fields(x) for x in theirs]
        assert all(x.reasons.__class__ is list for x in ours if x.reasons)


def test_add_to_each_kernel_leaves_odd_lines_to_python() -> None:
    """Lines the kernel cannot fill in place (an int score, a subclass with a property, an
    object that is not a line) go through the Python loop: the same result, or its error."""

    class Scored(lines_module.Line):
        @property  # type: ignore[override]
        def score(self) -> float:
            return 0.0

        @score.setter
        def score(self, value: float) -> None:
            pass

    ours = _split_lines_python("a\nb\nc\nd")
    theirs = _split_lines_python("a\nb\nc\nd")
    for lines in (ours, theirs):
        lines[1].score = 0  # an int
        lines[2].reasons = (Reason("x"),)
    reason = Reason("code", "", 1.5)
    lines_module.add_to_each(ours, reason, Category.RELATED)
    lines_module._add_to_each_python(theirs, reason, Category.RELATED)
    assert [_fields(x) for x in ours] == [_fields(x) for x in theirs]
    assert ours[1].score == 1.5 and ours[2].reasons == [reason]  # (a tuple: none yet)
    one = _split_lines_python("a\nb")
    one[1].score = 0  # Line.add too leaves such a line to the Python loop
    one[1].add(1.5, Category.RELATED, "code")
    assert _fields(one[1]) == _fields(theirs[1])
    odd = Scored(0, "a", "a", 1, 1, False)
    odd.add(-1.0, None, "minus")
    assert odd.reasons == [Reason("minus", "", -1.0)]
    odd.reasons = ()
    lines_module.add_to_each([odd, *ours], reason, None)
    assert odd.reasons == [reason] and ours[0].reasons == [reason, reason]
    with pytest.raises(AttributeError):
        lines_module.add_to_each([*ours, object()], reason, None)  # type: ignore[list-item]
    with pytest.raises(TypeError):
        _kernels.add_to_each((ours[0],), reason, None, 1.0)


def test_lower_and_casefold_kernels_equal_the_str_methods() -> None:
    texts = [*_texts(), *(line for text in _texts() for line in text.split("\n"))]
    texts += ["AΣ", "ΣA", "A Σ b", "Σ", "ΟΔΟΣ ΟΔΟΣ.", "x’Σ’", "İSTANBUL ǰ ß ﬁ ŉ", "K Å",
              "a’" * 50, "ab’" * 50,
              "a word that ends in a capital sigma, ABΣ, in plain ASCII text", "xΣ" + "y" * 20,
              "a’’" * 50, "\U0001d518" + "a" * 3]
    for text in texts:
        assert _kernels.lower(text) == text.lower(), repr(text[:40])
        assert _kernels.casefold(text) == text.casefold(), repr(text[:40])
    # every character alone, and in mostly ASCII text (where the kernels map it themselves)
    for code in range(0x110000):
        char = chr(code)
        for text in (char, f"Ab{char}d {char} EFGH ijkl"):
            assert _kernels.lower(text) == text.lower(), hex(code)
            assert _kernels.casefold(text) == text.casefold(), hex(code)
    for convert in (_kernels.lower, _kernels.casefold):
        with pytest.raises(TypeError):
            convert(b"bytes")  # type: ignore[arg-type]


def test_the_cleaner_gives_the_same_evidence_without_the_kernels(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """End to end, on every corpus document and the edge cases: the compiled path and the
    pure-Python path label, categorise and explain every line alike."""
    from cleaner import Cleaner

    texts = [doc.text for doc in iter_corpus(ROOT / "corpus")] + EDGE_CASES[:-1]

    def evidence(cleaner: Cleaner) -> list[object]:
        out = []
        for text in texts:
            result = cleaner.clean(text)
            out.append((result.language, result.publisher,
                        [(line.label, line.first_label, line.category, line.score,
                          tuple(line.reasons)) for line in result.lines]))
        return out

    compiled = evidence(Cleaner())
    monkeypatch.setattr(lines_module, "_kernels", None)
    monkeypatch.setattr(patterns_module, "_kernels", None)
    monkeypatch.setattr(region_module, "_kernels", None)
    monkeypatch.setattr(lexicon_module, "_kernels", None)
    assert evidence(Cleaner()) == compiled
