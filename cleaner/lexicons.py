"""Generic lexicons: plain-text phrase lists by language and category, compiled once.

Layout: ``rules/lexicons/<lang>/<category>.txt``, where ``<category>`` is a drop
category (``subscription``, ``comments``, ...), and ``rules/lexicons/<lang>/words/<name>.txt``
for the word lists scorers use (``dates``: month and weekday names and the like).

One entry per line, ``#`` starts a comment. Entries are matched case-insensitively:

- ``subscribe now``: a phrase found anywhere in a line, on word boundaries;
- ``= most popular``: the whole line, once case, spacing and the punctuation
  around it are set aside ("Most Popular", "» MOST POPULAR:" both match);
- ``re: just r\\d+ for the first month``: a regular expression (Python ``re`` syntax: the
  lexicons are the project's own data, so they use the faster engine; users' publisher
  rules use ``regex`` with a time budget) found anywhere in a line;
  one anchored with ``^`` or ``$`` describes the line's form (``re: ^photo:``) and
  counts as strongly as a whole-line entry.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any


from cleaner.data import rules_dir
from cleaner.errors import RuleError
from cleaner.labels import DROP_CATEGORIES, Category

DEFAULT_LANGUAGE = "en"

MAX_EDGE_CHARS = 40  # punctuation and spaces a whole-line entry may carry around it
ANCHORED = "_anchored"  # suffix of the group holding a category's anchored regexes
_EDGES = re.compile(r"^[\W_]+|[\W_]+$")
_SPACES = re.compile(r"\s+")
# Whitespace a phrase's single space should match; same length, so offsets stay valid.
_SPACE_MAP = str.maketrans({c: " " for c in "\t\xa0\u2000\u2001\u2002\u2003\u2009\u202f"})


def normalise(text: str) -> str:
    """The key a whole-line entry is looked up by: lowercase, single spaces, no edge punctuation."""
    return _SPACES.sub(" ", _EDGES.sub("", text.casefold()))


@dataclass(frozen=True, slots=True)
class Hit:
    line: int
    category: Category
    text: str
    whole_line: bool  # a whole-line entry, or an anchored regex (one that describes the line)


@dataclass(frozen=True, slots=True)
class Lexicon:
    """A language's compiled lexicons: whole-line keys, a phrase automaton, regexes."""

    language: str
    whole: dict[str, Category]
    phrases: PhraseMatcher | None
    line_start: re.Pattern[str] | None  # regexes anchored with ^: tried at line starts only
    anywhere: re.Pattern[str] | None  # the other regexes: one scan of the document
    words: dict[str, frozenset[str]]
    # Lines longer than this cannot be a whole-line entry, whatever punctuation surrounds them.
    longest_whole: int = 0

    def scan(self, lines: list[str]) -> Iterator[Hit]:
        """Yield every hit in a document's (stripped) lines."""
        longest = self.longest_whole
        for i, text in enumerate(lines):
            if text:
                if len(text) <= longest:
                    category = self.whole.get(normalise(text))
                    if category is not None:
                        yield Hit(i, category, text, True)
                if self.line_start is not None:
                    m = self.line_start.match(text)
                    if m is not None:
                        yield _regex_hit(i, m)
        if self.phrases is None and self.anywhere is None:
            return
        joined = "\n".join(lines)
        starts = [0]
        for text in lines[:-1]:
            starts.append(starts[-1] + len(text) + 1)
        if self.phrases is not None:
            for start, _end, phrase, category in self.phrases.find(joined):
                yield Hit(bisect.bisect_right(starts, start) - 1, category, phrase, False)
        if self.anywhere is not None:
            for m in self.anywhere.finditer(joined):
                yield _regex_hit(bisect.bisect_right(starts, m.start()) - 1, m)


def _regex_hit(line: int, m: re.Match[str]) -> Hit:
    name = (m.lastgroup or "").rpartition("__")[0]
    return Hit(line, Category(name.removesuffix(ANCHORED)), m.group(), name.endswith(ANCHORED))


class PhraseMatcher:
    """All phrases of a lexicon in one automaton (Aho-Corasick), matched on word boundaries.

    Uses ``ahocorasick_rs`` when installed (about 80 MB/s here); otherwise one stdlib
    ``re`` alternation over the lowercased text (about 7 MB/s), with the same results.
    """

    def __init__(self, phrases: dict[str, Category]) -> None:
        self.categories = phrases
        ordered = sorted(phrases, key=len, reverse=True)
        self._automaton: Any = None
        self._pattern: re.Pattern[str] | None = None
        try:
            import ahocorasick_rs

            self._automaton = ahocorasick_rs.AhoCorasick(
                ordered, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest)
            self._ordered = ordered
        except ImportError:
            self._pattern = re.compile("|".join(re.escape(p) for p in ordered))

    def find(self, text: str) -> Iterator[tuple[int, int, str, Category]]:
        low = text.lower()
        if len(low) != len(text):  # a few characters change length when lowered
            low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
        low = low.translate(_SPACE_MAP)
        if self._automaton is not None:
            spans = ((s, e, self._ordered[k])
                     for k, s, e in self._automaton.find_matches_as_indexes(low))
        else:
            assert self._pattern is not None
            spans = ((m.start(), m.end(), m.group()) for m in self._pattern.finditer(low))
        for start, end, phrase in spans:
            if ((start > 0 and phrase[0].isalnum() and _is_word(low[start - 1]))
                    or (end < len(low) and phrase[-1].isalnum() and _is_word(low[end]))):
                continue
            yield start, end, text[start:end], self.categories[phrase]


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"


def lexicon_dir(language: str, root: Path | None = None) -> Path:
    return (root or rules_dir()) / "lexicons" / language


def available_languages(root: Path | None = None) -> list[str]:
    base = (root or rules_dir()) / "lexicons"
    return sorted(p.name for p in base.iterdir() if p.is_dir())


def _entries(path: Path) -> Iterator[tuple[int, str]]:
    try:
        content = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise RuleError(str(path), None, None, f"not UTF-8 ({exc.reason})") from None
    for number, line in enumerate(content.splitlines(), 1):
        entry = line.strip()
        if entry and not entry.startswith("#"):
            yield number, entry


def load_lexicon(language: str, root: Path | None = None) -> Lexicon:
    """Read and compile one language's lexicons; a bad entry fails with file and line."""
    folder = lexicon_dir(language, root)
    if not folder.is_dir():
        raise RuleError(str(folder), None, None,
                        f"no lexicons for language '{language}'; available: "
                        f"{', '.join(available_languages(root))}")
    whole: dict[str, Category] = {}
    phrases: dict[str, Category] = {}
    line_start: list[str] = []
    anywhere: list[str] = []
    allowed = sorted(c.value for c in DROP_CATEGORIES)
    for path in sorted(folder.glob("*.txt")):
        if path.stem not in allowed:
            raise RuleError(str(path), None, None,
                            f"'{path.stem}' is not a drop category; name the file one of: "
                            f"{', '.join(allowed)}")
        category = Category(path.stem)
        for number, entry in _entries(path):
            if entry.startswith("="):
                key = normalise(entry[1:])
                if not key:
                    raise RuleError(str(path), number, None, "empty whole-line entry")
                whole.setdefault(key, category)
            elif entry.startswith("re:"):
                source = entry[3:].strip()
                try:
                    re.compile(source, re.IGNORECASE)
                except re.error as exc:
                    raise RuleError(str(path), number, None, f"bad regex {source!r}: {exc}") from None
                # An anchored regex describes the line's form, not a phrase inside it.
                name = category.value + (ANCHORED if source.startswith("^") or source.endswith("$")
                                         else "")
                group = f"(?P<{name}__{len(line_start) + len(anywhere)}>{source})"
                (line_start if source.startswith("^") else anywhere).append(group)
            else:
                phrase = " ".join(entry.lower().split())
                phrases.setdefault(phrase, category)
    words = {
        p.stem: frozenset(entry.casefold() for _, entry in _entries(p))
        for p in sorted((folder / "words").glob("*.txt"))
    }
    return Lexicon(
        language, whole, PhraseMatcher(phrases) if phrases else None,
        re.compile("|".join(line_start), re.IGNORECASE) if line_start else None,
        re.compile("|".join(anywhere), re.IGNORECASE | re.MULTILINE) if anywhere else None,
        words, max(map(len, whole), default=0) + MAX_EDGE_CHARS)


@lru_cache(maxsize=None)
def packaged_lexicon(language: str) -> Lexicon:
    return load_lexicon(language)
