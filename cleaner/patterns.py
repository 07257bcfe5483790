"""The lexicons' text as their entries are written against: lowercased, one line at a time.

A lexicon has three kinds of entry (``cleaner.lexicons``): whole-line keys, phrases and
regular expressions (Python ``re`` syntax, a regex describes one line). The compiled core
matches them all in one scan of a document (``core/src/matcher.rs``, its regexes translated
by ``cleaner.core_lexicon``); this module holds what the Python side still reads: the
records, the flags the regexes are written for, and the text they are written against
(used by the lexicon lint, ``cleaner.lexicons.Entry``).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from itertools import accumulate
from typing import NamedTuple

from cleaner.labels import Category

# Whitespace a phrase's single space should match; same length, so offsets stay valid.
_ODD_SPACES = "\t\xa0\u2000\u2001\u2002\u2003\u2009\u202f"
# How lexicon regexes are written for ``re`` (a regex describes a line of the document).
REGEX_FLAGS = re.IGNORECASE | re.MULTILINE


def normalise(text: str) -> str:
    """The key a whole-line entry is looked up by: lowercase, single spaces, no edge
    punctuation."""
    key = " ".join(text.casefold().split())
    start, end = 0, len(key)
    while start < end and not key[start].isalnum():
        start += 1
    while end > start and not key[end - 1].isalnum():
        end -= 1
    return key[start:end]


@dataclass(frozen=True, slots=True)
class Regex:
    """A lexicon regex: its source (Python ``re`` syntax), category and place in its file."""

    source: str
    category: Category

    @property
    def anchored(self) -> bool:
        """Anchored with ``^`` or ``$``: the regex describes the line, not a phrase in it."""
        return self.source.startswith("^") or self.source.endswith("$")


class Hit(NamedTuple):  # (thousands a second: a tuple is the cheapest record to make)
    line: int
    category: Category
    text: str
    whole_line: bool  # a whole-line entry, or an anchored regex (one that describes the line)


def lower_text(lines: Sequence[str]) -> str:
    """The document as the patterns see it: lines joined by newlines, lowercased (keeping
    every offset), odd spaces made plain."""
    joined = "\n".join(lines)
    low = joined.lower()
    if len(low) != len(joined):  # a few characters ("İ") grow when lowered
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in joined)
    for space in _ODD_SPACES:  # (str.replace is many times faster than str.translate)
        if space in low:
            low = low.replace(space, " ")
    return low


def line_starts(text: str | bytes) -> list[int]:
    """Offset of each line of ``text`` (characters, or bytes), then ``len(text) + 1``."""
    lines = text.split("\n" if isinstance(text, str) else b"\n")  # type: ignore[arg-type]
    return list(accumulate(map((1).__add__, map(len, lines)), initial=0))


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"


def _within_lines(pattern: re.Pattern[str], low: str, starts: list[int],
                  ) -> Iterator[tuple[int, int]]:
    """``pattern.finditer(low)``, each line on its own: a regex describes a line, so a
    match that would run on into the next line (``\\s`` and ``[^.]`` take newlines) is
    tried again within its first line."""
    pos = 0
    while True:
        m = pattern.search(low, pos)
        if m is None:
            return
        start, end = m.span()
        if "\n" not in low[start:end]:
            yield start, end
            pos = end if end > start else end + 1
            continue
        i = bisect.bisect_right(starts, start) - 1
        stop = starts[i + 1] - 1 if i + 1 < len(starts) else len(low)
        for inner in pattern.finditer(low, start, stop):
            yield inner.span()
        pos = stop + 1


def _bounded(low: str, start: int, end: int) -> bool:
    """A phrase sits on word boundaries (where it starts or ends with a letter or digit)."""
    return not ((start > 0 and _is_word(low[start]) and _is_word(low[start - 1]))
                or (end < len(low) and _is_word(low[end - 1]) and _is_word(low[end])))


