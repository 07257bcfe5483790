"""Input → lines: decode bytes, split into ``Line`` objects, compute their shape features.

A document is one paragraph per line. Each ``Line`` keeps its raw text (so the
output is always a subsequence of the input's lines), its shape features, the
evidence scorers add to it, and both labels (first and final), as jusText keeps
``cf_class`` and ``class_type``.
"""

from __future__ import annotations

import codecs
import dataclasses
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

import regex

from cleaner.errors import InputError
from cleaner.labels import Category, Label

try:  # the compiled kernels (hatch_build.py); the Python code below gives the same lines
    from cleaner import _kernels
except ImportError:  # pragma: no cover - a build without a C compiler
    _kernels = None  # type: ignore[assignment]

# A "prose" line is the article's own material: long, and ending like a sentence.
MIN_PROSE_WORDS = 15
# Closing punctuation after which a line counts as a finished sentence, and what may
# follow it (quotes, brackets).
_TERMINAL_CHARS = ".!?…:;。！？．"
_TERMINALS = frozenset(_TERMINAL_CHARS)
_CLOSERS = "\"'”’»)]」』）"
_WORD = re.compile(r"\w+")
# Scripts written without spaces: two characters count as one word.
_UNSPACED = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}]")
_FIRST_UNSPACED = "\u0e00"  # Thai, the first of those scripts in code-point order
# Bytes that never occur in text: NUL and most C0 controls (tab, LF, CR, FF allowed).
_BINARY = regex.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")
MAX_BINARY_RATIO = 0.01


class Reason(NamedTuple):
    """One piece of evidence about a line: a stable code for machines, a detail for people.
    (A named tuple: lines get tens of thousands of these per second, and a tuple is the
    cheapest immutable record to make.)"""

    code: str  # e.g. "rule:independent.co.uk/donation_block", "lexicon:en/subscription"
    detail: str = ""
    weight: float = 0.0

    def __str__(self) -> str:
        return f"{self.code} ({self.detail})" if self.detail else self.code


@dataclass(slots=True)
class Line:
    index: int
    raw: str
    text: str
    words: int
    chars: int
    terminal: bool
    # The article's own material: a finished sentence of at least MIN_PROSE_WORDS words.
    prose: bool = False
    letters: int = 0  # characters for which str.isalpha holds
    digit: bool = False  # holds a character for which str.isdigit holds ("2", "²")
    decimal: bool = False  # holds a decimal digit (str.isdecimal; re's \d)
    first_label: Label = Label.KEEP
    label: Label = Label.KEEP
    score: float = 0.0
    category: Category | None = None
    protected: bool = False
    forced: bool = False  # a publisher rule decided this line; scorers cannot overturn it
    strongest: float = 0.0  # the largest positive weight of its evidence
    positive: float = 0.0  # the sum of its evidence's positive weights, in order
    # Evidence, in the order it was added (a list from the first piece on; most lines of a
    # page get none, and an empty tuple costs nothing to make).
    reasons: Sequence[Reason] = ()

    @property
    def blank(self) -> bool:
        return not self.text

    def note(self, reason: Reason) -> None:
        """Record a reason (``add`` records weighted evidence through this)."""
        if self.reasons.__class__ is list:
            self.reasons.append(reason)
        else:
            self.reasons = [reason]

    def add(self, weight: float, category: Category | None, code: str, detail: str = "") -> None:
        """Add evidence: positive weight pushes toward drop, negative toward keep. The
        category is that of the strongest positive evidence (the first, on a tie)."""
        reason = Reason(code, detail, weight)
        # (``add_to_each([self], ...)``, without its call: thousands of lines a pass)
        if not (_kernels is not None and weight.__class__ is float
                and _kernels.add_to_each([self], reason, category, weight)):
            _add_to_each_python((self,), reason, category)


def add_to_each(lines: Iterable[Line], reason: Reason, category: Category | None) -> None:
    """``line.add(reason.weight, category, reason.code, reason.detail)`` for each line, with
    the one reason shared (it is immutable): the scorers that push out a whole stretch of a
    page add the same evidence to thousands of lines a second. The kernel does it in place
    (tests/test_kernels.py compares the two); where it stops, the Python loop goes on."""
    if _kernels is not None and reason.weight.__class__ is float:
        todo = lines if isinstance(lines, list) else list(lines)
        done = _kernels.add_to_each(todo, reason, category, reason.weight)
        if done == len(todo):
            return
        lines = todo[done:]
    _add_to_each_python(lines, reason, category)


def _add_to_each_python(lines: Iterable[Line], reason: Reason,
                        category: Category | None) -> None:
    weight = reason.weight
    for line in lines:
        if weight > 0:
            if category is not None and (line.category is None or weight > line.strongest):
                line.category = category
            if weight > line.strongest:
                line.strongest = weight
            line.positive += weight
        line.score += weight
        if line.reasons.__class__ is list:
            line.reasons.append(reason)
        else:
            line.reasons = [reason]


def neighbour(lines: list[Line], i: int, step: int) -> int | None:
    """The index of the nearest non-blank line above (``step=-1``) or below (``1``) line i."""
    j = i + step
    while 0 <= j < len(lines) and not lines[j].text:
        j += step
    return j if 0 <= j < len(lines) else None


# Byte-order marks and their encodings, longest first (UTF-32-LE's begins with UTF-16-LE's).
_BOMS = ((codecs.BOM_UTF32_LE, "UTF-32"), (codecs.BOM_UTF32_BE, "UTF-32"),
         (codecs.BOM_UTF8, "UTF-8-sig"), (codecs.BOM_UTF16_LE, "UTF-16"),
         (codecs.BOM_UTF16_BE, "UTF-16"))


def decode(data: bytes) -> str:
    """Decode a document: UTF-8, or UTF-16/32 where a byte-order mark says so (the mark
    is dropped). Binary data (a NUL byte anywhere, or control bytes in more than 1 % of the
    first 64 KiB) and invalid text raise ``InputError`` naming the first bad byte; the
    caller adds which document it was."""
    if not data:
        return ""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding.lower())
            except UnicodeDecodeError as exc:
                raise InputError(f"invalid {encoding} at byte {exc.start} (after a "
                                 f"{encoding} byte-order mark): {exc.reason}") from None
            if "\x00" in text:
                raise InputError(f"looks like a binary file (a NUL character in {encoding} "
                                 "text); news-cleaner reads text only")
            return text.removeprefix("\ufeff")
    nul = data.find(b"\x00")
    if nul >= 0:
        raise InputError(
            f"looks like a binary file (a NUL byte at byte {nul}); news-cleaner reads text: "
            "UTF-8, or UTF-16/32 with a byte-order mark (UTF-16 without one: "
            "`iconv -f UTF-16LE -t UTF-8`)")
    sample = data[:65536]
    if len(_BINARY.findall(sample)) > MAX_BINARY_RATIO * len(sample):
        raise InputError("looks like a binary file (control bytes in its first 64 KiB); "
                         "news-cleaner reads text only")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise InputError(
            f"invalid UTF-8 at byte {exc.start} (line {line}): {exc.reason}; "
            "convert it first, e.g. `iconv -f LATIN1 -t UTF-8`"
        ) from None
    return text.removeprefix("\ufeff")


def count_words(text: str) -> int:
    """Words in a line; in scripts without spaces (Chinese, Japanese, Thai...), characters / 2."""
    words = len(_WORD.findall(text))
    if text.isascii() or max(text) < _FIRST_UNSPACED:
        return words
    unspaced = len(_UNSPACED.findall(text))
    return words + unspaced // 2 if unspaced else words


def _slot_layout() -> tuple[tuple[str, ...], tuple[object, ...]] | tuple[None, None]:
    """``Line``'s fields in ``__init__`` order and the defaults of those after the tenth, for
    the kernel to set its slots directly: what the dataclass's ``__init__`` does, at a
    fraction of the cost (tests/test_kernels.py compares the lines)."""
    fields = dataclasses.fields(Line)
    if hasattr(Line, "__post_init__") or any(f.default is dataclasses.MISSING
                                             for f in fields[10:]):
        return None, None
    return tuple(f.name for f in fields), tuple(f.default for f in fields[10:])


_SLOTS, _DEFAULTS = _slot_layout()


# Each of these ends a line (the output keeps every line's own).
_LINE_END = re.compile(r"\r\n?|\n")


def split_document(text: str) -> tuple[list[Line], list[str] | None]:
    """Split a document into lines at ``\\n``, ``\\r\\n`` and ``\\r``. The second item is
    every line's terminator where the text holds a ``\\r`` (``None``: all are ``\\n``), so
    that the output keeps the input's line endings."""
    if "\r" not in text:
        return split_lines(text), None
    return split_lines(_LINE_END.sub("\n", text)), _LINE_END.findall(text)


def split_lines(text: str) -> list[Line]:
    """Split text into lines at ``\\n`` (``split_document`` handles the other line ends)."""
    if _kernels is not None:
        lines: list[Line] = _kernels.split_lines(text, Line, Label.BLANK, count_words,
                                                 _CLOSERS, _TERMINAL_CHARS, MIN_PROSE_WORDS,
                                                 _SLOTS, _DEFAULTS)
        return lines
    return _split_lines_python(text)


def _split_lines_python(text: str) -> list[Line]:
    if text.endswith("\n"):
        text = text[:-1]
    lines = []
    for i, raw in enumerate(text.split("\n")):
        stripped = raw.strip()
        if not stripped:
            lines.append(Line(i, raw, "", 0, 0, False, False, 0, False, False,
                              Label.BLANK, Label.BLANK))
            continue
        words = count_words(stripped)
        terminal = stripped.rstrip(_CLOSERS)[-1:] in _TERMINALS
        lines.append(Line(i, raw, stripped, words, len(stripped), terminal,
                          terminal and words >= MIN_PROSE_WORDS, sum(map(str.isalpha, stripped)),
                          any(map(str.isdigit, stripped)), any(map(str.isdecimal, stripped))))
    return lines
