"""The Rust core's text predicates and case maps (core/src/text.rs) against Python's own
``str`` methods (and the ``regex`` package's classes, ``repr``, ``cleaner.patterns``'s
``normalise`` and ``lower_text``), on every code point (surrogates aside: Rust text cannot
hold one), alone and beside the characters whose neighbours matter (the final sigma of
``str.lower``, the string-level rules of ``isupper``/``islower``/``istitle``); and its lines
(core/src/lines.rs) against the line rules written out in Python here, on edge cases."""

from __future__ import annotations

import re

import pytest
import regex

from cleaner.lines import split_document, split_lines
from cleaner.patterns import lower_text, normalise

_core = pytest.importorskip("cleaner._core")

EVERY = [chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF]
_WORDS = re.compile(r"\w+")

PREDICATES = ("isspace", "isalpha", "isdecimal", "isdigit", "isnumeric", "isalnum", "isupper",
              "islower", "istitle")
MAPPINGS = ("strip", "lstrip", "rstrip", "lower", "casefold")


# The `regex` package's classes, which the core has apart from str's (its own Unicode).
RX_CLASSES = {"rx_word": r"\w", "rx_space": r"\s", "rx_digit": r"\d", "rx_letter": r"\p{L}",
              "rx_upper": r"\p{Lu}", "rx_lower": r"\p{Ll}"}
OTHERS = ("isprintable", "repr", "normalise", "lower_text")


def python(name: str, texts: list[str]) -> list[object]:
    if name == "isword":
        return [_WORDS.fullmatch(t) is not None for t in texts]
    if name in RX_CLASSES:
        run = regex.compile(f"{RX_CLASSES[name]}+")
        return [run.fullmatch(t) is not None for t in texts]
    if name == "repr":
        return [repr(t) for t in texts]
    if name == "normalise":
        return [normalise(t) for t in texts]
    if name == "lower_text":
        return [lower_text([t]) for t in texts]
    return [getattr(t, name)() for t in texts]


def compare(name: str, texts: list[str]) -> None:
    want, got = python(name, texts), _core.str_method(name, texts)
    bad = [(t, w, g) for t, w, g in zip(texts, want, got, strict=True) if w != g]
    assert not bad, f"{name}: {len(bad)} differ, e.g. {[(ascii(t), w, g) for t, w, g in bad[:5]]}"


def test_the_tables_are_of_this_pythons_unicode() -> None:
    import unicodedata

    assert _core.unidata_version() == unicodedata.unidata_version


@pytest.mark.parametrize("name", PREDICATES + MAPPINGS + ("isword",) + tuple(RX_CLASSES) + OTHERS)
def test_every_character_alone(name: str) -> None:
    compare(name, EVERY)


CASE_CONTEXTS = (("A", ""), ("", "a"), ("a", ""), ("ǅ", ""), ("", "A"))
# str.lower makes a capital sigma final by what precedes and follows it, case-ignorable
# characters skipped.
SIGMA_CONTEXTS = (("Σ", ""), ("", "Σ"), ("AΣ", ""), ("A", "Σ"), ("AΣ", "a"), ("A", "Σ'"))


@pytest.mark.parametrize(("name", "contexts"), [
    ("isupper", CASE_CONTEXTS), ("islower", CASE_CONTEXTS), ("istitle", CASE_CONTEXTS),
    ("lower", SIGMA_CONTEXTS), ("isword", (("a", ""),)), ("strip", ((" ", " "),))])
def test_every_character_beside_others(name: str, contexts: tuple[tuple[str, str], ...]) -> None:
    for before, after in contexts:
        compare(name, [before + c + after for c in EVERY])


def test_strip_and_case_on_mixed_text() -> None:
    texts = ["", " ", "\x1c\x1d\x1e\x1f", "\u200b a \u200b", "\u3000ΟΔΟΣ.\u3000", "ΑΣ'Σ Σ",
             "İSTANBUL ﬃ ß ẞ", "\x85x\xa0", "Ⓐ Ⓑ", "ᾼ", "ΣΑΣ ΑΣΑ Σ̈ Α̈Σ̈"]
    for name in PREDICATES + MAPPINGS + ("isword",) + tuple(RX_CLASSES) + OTHERS:
        compare(name, texts)


def test_normalise_and_lower_text_of_every_character_in_text() -> None:
    # normalise: a character between letters and spaces (casefolding, edges, runs of spaces)
    compare("normalise", [f" A {c}b{c} " for c in EVERY])
    compare("normalise", [f"{c}" + " " * 2 + "x" for c in EVERY])
    # lower_text: beside a capital sigma (final or not) and a lengthening İ
    compare("lower_text", [f"ΑΣ{c}" for c in EVERY])
    compare("lower_text", [f"İ{c}Σ" for c in EVERY])


# The line rules, written out: a line's words (runs of re's \w and of the characters that
# only the regex package's \w takes, combining marks and joiners; in scripts without
# spaces, two characters count as one word besides), its letters (str.isalpha, and those
# marks), its end (closing punctuation, then quotes or brackets), prose (a finished
# sentence of at least 15 words, not cut short at an ellipsis after a word).
_CLOSERS = "\"'”’“‘»«›‹)]」』》〉）"
_TERMINAL_CHARS = ".!?…:;。！？．।॥؟۔։።။"
MIN_PROSE_WORDS = 15
_UNSPACED = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}]")
_RX_WORD = regex.compile(r"\w")
_WORD = re.compile(r"\w")


def _mark(c: str) -> bool:
    return bool(_RX_WORD.match(c)) and not _WORD.match(c)


def count_words(text: str) -> int:
    unspaced = len(_UNSPACED.findall(text))
    runs = "".join("w" if _WORD.match(c) or _mark(c) else " " for c in text).split()
    return len(runs) + unspaced // 2


def _cut_short(text: str) -> bool:
    head = text[:-3] if text.endswith("...") else text[:-1] if text.endswith("…") else None
    return bool(head) and bool(_WORD.match(head[-1]) or _mark(head[-1]))


def reference_lines(text: str) -> list[tuple[object, ...]]:
    """Each line's features as the rules above give them (text split at \\n only)."""
    if text.endswith("\n"):
        text = text[:-1]
    out: list[tuple[object, ...]] = []
    for raw in text.split("\n"):
        stripped = raw.strip()
        if not stripped:
            out.append((raw, "", 0, 0, False, False, 0, False, False))
            continue
        words = count_words(stripped)
        terminal = stripped.rstrip(_CLOSERS)[-1:] in _TERMINAL_CHARS
        out.append((raw, stripped, words, len(stripped), terminal,
                    terminal and words >= MIN_PROSE_WORDS and not _cut_short(stripped),
                    sum(c.isalpha() or _mark(c) for c in stripped),
                    any(map(str.isdigit, stripped)), any(map(str.isdecimal, stripped))))
    return out


def test_the_constants_are_the_rules_written_here() -> None:
    assert _core.lines_constants() == (_CLOSERS, _TERMINAL_CHARS, MIN_PROSE_WORDS)


def test_count_words_of_every_character() -> None:
    for text in ("".join(EVERY[i:i + 64]) for i in range(0, len(EVERY), 64)):
        assert _core.count_words(text) == count_words(text), ascii(text[:8])
    for c in EVERY[0xE00:0x3100]:
        text = f"{c}{c} a{c}b {c}"
        assert _core.count_words(text) == count_words(text), ascii(c)


FIELDS = ("raw", "text", "words", "chars", "terminal", "prose", "letters", "digit", "decimal")

EDGE_CASES = [
    "", "\n", "\n\n", "\r", "\r\n", "\r\r\n", "\n\r", "a", "a\n", "a\r", "a\r\n", "a\n\n",
    "a\r\r\nb\n\rc\r\n\r\nd", "\r\r\r", " \t \n\u3000\n\xa0x\xa0",
    "trailing newline.\n", "no final\r\nline end",
    "\x01\x02 control\x07 chars\x1b.\x7f\n\x0b\x0c\x1c\x1d\x1e\x1f\x85\u2028\u2029",
    "astral 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 😀 𠀀𠀁 text!", "e\u0301 a\u0308\u0323 combining marks.",
    "ภาษาไทยไม่มีการเว้นวรรคระหว่างคำ ครับ。", "中文没有空格，一个句子就是这样。",
    "日本語の文章です。「引用」", "カタカナとひらがな、漢字！", "ລາວ ខ្មែរ မြန်မာ",
    "He said: “It is done.”", "(a parenthesis.)", "Ends with closers only \"'”’»)]」』）",
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen.",
    "² ½ ٣ ３ Ⅻ 五 digits", "Σ ΟΔΟΣ", "snake_case and-hyphens", "\ufeffBOM inside",
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen...",
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen …",
    "यह एक लंबा वाक्य है जो हिन्दी में लिखा गया है और इसमें कई शब्द हैं जो पढ़ने में आसान हैं।",
    "यह एक लंबा वाक्य है जो हिन्दी में लिखा गया है और इसमें कई शब्द हैं जो पढ़ने में पढ़ें...",
    "هل هذا صحيح؟", "zero\u200dwidth joiner‿tie",
]


def python_features(lines: list) -> list[tuple[object, ...]]:  # type: ignore[type-arg]
    return [tuple(getattr(line, f) for f in FIELDS) for line in lines]


@pytest.mark.parametrize("text", EDGE_CASES)
def test_split_document_edge_cases(text: str) -> None:
    lines, ends = split_document(text)
    doc, core_ends = _core.split_document(text)
    normalised = re.sub(r"\r\n?", "\n", text)
    assert _core.line_features(doc) == python_features(lines) == reference_lines(normalised)
    assert core_ends == ends == (re.findall(r"\r\n?|\n", text) if "\r" in text else None)
    assert _core.line_features(_core.split_lines(text)) == python_features(split_lines(text))
    assert python_features(split_lines(text)) == reference_lines(text)
    # lines already split (an HTML page's blocks): the features split_lines gives their join
    raw = [line.raw for line in split_lines(text.replace("\r", "\n"))]
    if raw[-1] or len(raw) == 1:  # (a join ending in "" would lose that line)
        assert _core.line_features(_core.lines_of(raw)) == python_features(
            split_lines("\n".join(raw)))


def test_lines_of_refuses_a_newline() -> None:
    with pytest.raises(ValueError):
        _core.lines_of(["a\nb"])


def test_the_committed_tables_are_current() -> None:
    import subprocess
    import sys
    from pathlib import Path

    script = Path(__file__).resolve().parent.parent / "scripts" / "gen_unicode_tables.py"
    done = subprocess.run([sys.executable, str(script), "--check"], capture_output=True,
                          text=True)
    assert done.returncode == 0, done.stderr
