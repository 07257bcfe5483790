"""Input → lines: decode bytes; ``Line``, a line as Python code sees it.

A document is one paragraph per line. The compiled core splits it and computes each
line's shape features (``core/src/lines.rs``); a ``Line`` is a view of one of its lines:
its raw text (so the output is always a subsequence of the input's lines), its shape
features, the evidence scorers added to it, and both labels (first and final), as jusText
keeps ``cf_class`` and ``class_type``.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

from cleaner import _core
from cleaner.errors import InputError
from cleaner.labels import Category, Label

# Closing punctuation after which a line counts as a finished sentence, what may follow it,
# and how long a finished sentence must be to be prose (core/src/lines.rs).
_CLOSERS, _TERMINAL_CHARS, MIN_PROSE_WORDS = _core.lines_constants()
# Bytes that never occur in text: NUL and most C0 controls (tab, LF, CR, FF allowed).
_BINARY = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")
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
        category is that of the strongest positive evidence (the first, on a tie): the
        arithmetic of the core's ``State::add``."""
        if weight > 0:
            if category is not None and (self.category is None or weight > self.strongest):
                self.category = category
            if weight > self.strongest:
                self.strongest = weight
            self.positive += weight
        self.score += weight
        self.note(Reason(code, detail, weight))


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


def split_document(text: str) -> tuple[list[Line], list[str] | None]:
    """Split a document into lines at ``\\n``, ``\\r\\n`` and ``\\r``. The second item is
    every line's terminator where the text holds a ``\\r`` (``None``: all are ``\\n``), so
    that the output keeps the input's line endings."""
    from cleaner.engine import line_views

    core, ends = _core.split_document(text)
    return line_views(core), ends


def split_lines(text: str) -> list[Line]:
    """Split text into lines at ``\\n`` (``split_document`` handles the other line ends)."""
    from cleaner.engine import line_views

    return line_views(_core.split_lines(text))
