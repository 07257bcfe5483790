"""Generic lexicons: plain-text phrase lists by language and category, compiled once.

Layout: ``rules/lexicons/<lang>/<category>.txt``, where ``<category>`` is a drop
category (``subscription``, ``comments``, ...), and ``rules/lexicons/<lang>/words/<name>.txt``
for the word lists scorers use (``dates``: month and weekday names and the like).

One entry per line, ``#`` starts a comment. Entries are matched case-insensitively:

- ``subscribe now``: a phrase found anywhere in a line, on word boundaries;
- ``= most popular``: the whole line, once case, spacing and the punctuation
  around it are set aside ("Most Popular", "» MOST POPULAR:" both match);
- ``re: just r\\d+ for the first month``: a regular expression found anywhere in a line;
  one anchored with ``^`` or ``$`` describes the line's form (``re: ^photo:``) and
  counts as strongly as a whole-line entry.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import regex

from cleaner.data import rules_dir
from cleaner.errors import RuleError, RuleTimeoutError
from cleaner.labels import DROP_CATEGORIES, Category

DEFAULT_LANGUAGE = "en"
# A lexicon scan is linear for phrases; the budget only bites on a user's bad regex.
REGEX_TIMEOUT_SECONDS = 2.0

ANCHORED = "_anchored"  # suffix of the group holding a category's anchored regexes
_EDGES = regex.compile(r"^[\W_]+|[\W_]+$")
_SPACES = regex.compile(r"\s+")


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
    language: str
    whole: dict[str, Category]
    pattern: regex.Pattern[str] | None
    words: dict[str, frozenset[str]]

    def scan(self, lines: list[str]) -> Iterator[Hit]:
        """Yield every hit in a document's (stripped) lines, in one pass of one pattern."""
        for i, text in enumerate(lines):
            if text:
                category = self.whole.get(normalise(text))
                if category is not None:
                    yield Hit(i, category, text, True)
        if self.pattern is None:
            return
        joined = "\n".join(lines)
        starts = [0]
        for text in lines[:-1]:
            starts.append(starts[-1] + len(text) + 1)
        try:
            for m in self.pattern.finditer(joined, timeout=REGEX_TIMEOUT_SECONDS):
                i = bisect.bisect_right(starts, m.start()) - 1
                group = m.lastgroup or ""
                anchored = group.endswith(ANCHORED)
                yield Hit(i, Category(group.removesuffix(ANCHORED)), m.group(), anchored)
        except TimeoutError:
            raise RuleTimeoutError(f"lexicon:{self.language}", str(lexicon_dir(self.language)),
                                   0, REGEX_TIMEOUT_SECONDS) from None


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


def _phrase_pattern(phrase: str) -> str:
    words = phrase.split()
    body = r"[^\S\n]+".join(regex.escape(w) for w in words)
    left = r"\b" if regex.match(r"\w", words[0]) else ""
    right = r"\b" if regex.search(r"\w$", words[-1]) else ""
    return left + body + right


def load_lexicon(language: str, root: Path | None = None) -> Lexicon:
    """Read and compile one language's lexicons; a bad entry fails with file and line."""
    folder = lexicon_dir(language, root)
    if not folder.is_dir():
        raise RuleError(str(folder), None, None,
                        f"no lexicons for language '{language}'; available: "
                        f"{', '.join(available_languages(root))}")
    whole: dict[str, Category] = {}
    alternatives: list[tuple[str, list[str]]] = []
    allowed = sorted(c.value for c in DROP_CATEGORIES)
    for path in sorted(folder.glob("*.txt")):
        if path.stem not in allowed:
            raise RuleError(str(path), None, None,
                            f"'{path.stem}' is not a drop category; name the file one of: "
                            f"{', '.join(allowed)}")
        category = Category(path.stem)
        parts: list[str] = []
        anchored: list[str] = []
        for number, entry in _entries(path):
            if entry.startswith("="):
                key = normalise(entry[1:])
                if not key:
                    raise RuleError(str(path), number, None, "empty whole-line entry")
                whole.setdefault(key, category)
            elif entry.startswith("re:"):
                source = entry[3:].strip()
                try:
                    regex.compile(source, regex.IGNORECASE | regex.MULTILINE | regex.VERSION1)
                except regex.error as exc:
                    raise RuleError(str(path), number, None, f"bad regex {source!r}: {exc}") from None
                # An anchored regex describes the line's form, not a phrase inside it.
                (anchored if source.startswith("^") or source.endswith("$") else parts).append(
                    f"(?:{source})")
            else:
                parts.append(_phrase_pattern(entry.casefold()))
        for name, group in ((category.value, parts), (category.value + ANCHORED, anchored)):
            if group:
                # Longest first, so that an alternation prefers the fuller phrase.
                group.sort(key=len, reverse=True)
                alternatives.append((name, group))
    words = {
        p.stem: frozenset(entry.casefold() for _, entry in _entries(p))
        for p in sorted((folder / "words").glob("*.txt"))
    }
    pattern = None
    if alternatives:
        # One named group per category: the outer group closes last, so ``lastgroup``
        # names the category even when an entry has groups of its own.
        source = "|".join(f"(?P<{name}>" + "|".join(parts) + ")" for name, parts in alternatives)
        pattern = regex.compile(source, regex.IGNORECASE | regex.MULTILINE | regex.VERSION1)
    return Lexicon(language, whole, pattern, words)


@lru_cache(maxsize=None)
def packaged_lexicon(language: str) -> Lexicon:
    return load_lexicon(language)
