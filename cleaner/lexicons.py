"""Generic lexicons: plain-text phrase lists by language and category, compiled once.

Layout: ``rules/lexicons/<lang>/<category>.txt``, where ``<category>`` is a drop
category (``subscription``, ``comments``, ...), and ``rules/lexicons/<lang>/words/<name>.txt``
for the word lists scorers use (``dates``: month and weekday names and the like).

One entry per line, ``#`` starts a comment. Entries are matched case-insensitively:

- ``subscribe now``: a phrase found anywhere in a line, on word boundaries;
- ``= most popular``: the whole line, once case, spacing and the punctuation
  around it are set aside ("Most Popular", "» MOST POPULAR:" both match);
- ``re: just r\\d+ for the first month``: a regular expression (Python ``re`` syntax,
  matched by Hyperscan where it is installed: see ``cleaner.patterns``; users'
  publisher rules use ``regex`` with a time budget) found anywhere in a line;
  one anchored with ``^`` or ``$`` describes the line's form (``re: ^photo:``) and
  counts as strongly as a whole-line entry.

An entry earns its place in a generic lexicon on several sites of the development data
(``tests/test_lexicon_lint.py`` checks it), or is marked as a form of the language in
general, with a sentence of its own that it must match::

    = read more    # general: Read more
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, Literal

from cleaner.core_lexicon import Untranslatable, keep_translations, recall_translations, translate
from cleaner.data import rules_dir
from cleaner.errors import RuleError
from cleaner.labels import DROP_CATEGORIES, Category
from cleaner.patterns import (
    REGEX_FLAGS,
    Hit,
    Regex,
    _bounded,
    _within_lines,
    line_starts,
    lower_text,
    normalise,
)

__all__ = ["DEFAULT_LANGUAGE", "Entry", "Hit", "Lexicon", "entry_sites", "lexicon_entries",
           "load_lexicon", "normalise", "packaged_lexicon"]

DEFAULT_LANGUAGE = "en"


@dataclass(frozen=True, slots=True)
class Lexicon:
    """A language's lexicons: whole-line keys, phrases and regexes (compiled into the core's
    matcher on first use, ``cleaner.core_lexicon``), and the word lists scorers use."""

    language: str
    whole: dict[str, Category]
    phrases: dict[str, Category]
    regexes: tuple[Regex, ...]
    words: dict[str, frozenset[str]]
    _matcher: list[Any] = field(default_factory=list, repr=False, compare=False)

    @property
    def matcher(self) -> Any:
        """The core's matcher of these entries (``cleaner._core.LexiconMatcher``)."""
        if not self._matcher:
            from cleaner.core_lexicon import core_matcher

            self._matcher.append(core_matcher(self))
        return self._matcher[0]

    def scan(self, lines: list[str]) -> list[Hit]:
        """Every hit in a document's (stripped) lines, by line, strongest first: per line,
        whole-line hits, then the regexes that describe the line (anchored), then phrases
        and the other regexes (leftmost-longest, not overlapping)."""
        return [Hit(line, Category(category), text, whole)
                for line, category, text, whole in self.matcher.scan(lines)]


def lexicon_dir(language: str, root: Path | None = None) -> Path:
    return (root or rules_dir()) / "lexicons" / language


def available_languages(root: Path | None = None) -> list[str]:
    base = (root or rules_dir()) / "lexicons"
    return sorted(p.name for p in base.iterdir() if p.is_dir())


# The marker of a language-general entry: "ENTRY    # general: A SENTENCE IT MATCHES".
_GENERAL = re.compile(r"\s#\s*general:(.*)$")
EntryKind = Literal["whole", "phrase", "regex"]


@dataclass(frozen=True, slots=True)
class Entry:
    """One entry of a lexicon file, as written: where it is, what kind, its key (a
    whole-line key ``normalise``d, a phrase lowercased, a regex's source), and, for an
    entry marked as a language-general form, the sentence it must match."""

    path: Path
    line: int
    kind: EntryKind
    key: str
    category: Category
    general: str | None = None

    def __str__(self) -> str:
        text = {"whole": "= ", "phrase": "", "regex": "re: "}[self.kind] + self.key
        return f"{self.path}:{self.line}: {text!r}"

    def matches(self, lines: list[str]) -> bool:
        """Whether the entry matches one of the (stripped) lines, as the matcher would
        (``cleaner.patterns``): a whole line, a phrase on word boundaries, a regex
        within one line."""
        return self._matches(_Text(lines))

    def _matches(self, text: _Text) -> bool:
        if self.kind == "whole":
            return self.key in text.keys
        if self.kind == "phrase":
            low = text.low
            start = low.find(self.key)
            while start >= 0:
                if _bounded(low, start, start + len(self.key)):
                    return True
                start = low.find(self.key, start + 1)
            return False
        pattern = re.compile(self.key, REGEX_FLAGS)
        return any(True for _ in _within_lines(pattern, text.low, text.starts))


class _Text:
    """A document as entries are matched against it: its lines' whole-line keys, and
    its lowercased text with the offset of each line."""

    __slots__ = ("keys", "low", "starts")

    def __init__(self, lines: list[str]) -> None:
        stripped = [line.strip() for line in lines]
        self.keys = {normalise(line) for line in stripped if line}
        self.low = lower_text(stripped)
        self.starts = line_starts(self.low)


def entry_sites(entries: list[Entry], documents: Iterable[tuple[str, list[str]]],
                ) -> dict[Entry, set[str]]:
    """The sites on which each entry matches a line, of (site, lines) documents: the
    evidence that an entry is a form of the language and not one site's text."""
    found: dict[Entry, set[str]] = {entry: set() for entry in entries}
    for site, lines in documents:
        text = _Text(lines)
        for entry, sites in found.items():
            if site not in sites and entry._matches(text):
                sites.add(site)
    return found


def _entries(path: Path) -> Iterator[tuple[int, str, str | None]]:
    """(line number, entry, its general sentence or None) of each entry of a file."""
    try:
        content = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise RuleError(str(path), None, None, f"not UTF-8 ({exc.reason})") from None
    for number, line in enumerate(content.splitlines(), 1):
        entry = line.strip()
        if entry and not entry.startswith("#"):
            marker = _GENERAL.search(entry)
            general = None
            if marker:
                general = marker.group(1).strip()
                entry = entry[:marker.start()].strip()
                if not general or not entry:
                    raise RuleError(str(path), number, None,
                                    "a '# general:' marker follows an entry and gives a "
                                    "sentence it matches: ENTRY    # general: A SENTENCE")
            yield number, entry, general


_ESCAPE = re.compile(r"\\.")
_compiled: dict[tuple[Any, ...], Lexicon] = {}
_compiled_lock = threading.Lock()


def load_lexicon(language: str, root: Path | None = None) -> Lexicon:
    """Read and compile one language's lexicons; a bad entry fails with file and line.

    Compiled once per process: a second call for the same files (unchanged since) returns
    the same (immutable, thread-safe) lexicon."""
    folder = lexicon_dir(language, root)
    if not folder.is_dir():
        raise RuleError(str(folder), None, None,
                        f"no lexicons for language '{language}'; available: "
                        f"{', '.join(available_languages(root))}")
    files = sorted(folder.rglob("*.txt"))
    key = (str(folder.resolve()), *((str(f), f.stat().st_mtime_ns, f.stat().st_size)
                                            for f in files))
    with _compiled_lock:
        lexicon = _compiled.get(key)
        if lexicon is None:
            lexicon = _compiled[key] = _load(language, folder)
    return lexicon


def lexicon_entries(language: str, root: Path | None = None) -> list[Entry]:
    """Every entry of a language's category files (not its word lists), validated, in
    file and line order."""
    folder = lexicon_dir(language, root)
    if not folder.is_dir():
        raise RuleError(str(folder), None, None,
                        f"no lexicons for language '{language}'; available: "
                        f"{', '.join(available_languages(root))}")
    return _check_regexes(list(_category_entries(folder)))


def _category_entries(folder: Path) -> Iterator[Entry]:
    """The entries of a folder's category files, in file and line order (their regexes
    not yet checked: ``_check_regexes``)."""
    allowed = sorted(c.value for c in DROP_CATEGORIES)
    for path in sorted(folder.glob("*.txt")):
        if path.stem not in allowed:
            raise RuleError(str(path), None, None,
                            f"'{path.stem}' is not a drop category; name the file one of: "
                            f"{', '.join(allowed)}")
        category = Category(path.stem)
        for number, entry, general in _entries(path):
            if entry.startswith("="):
                key = normalise(entry[1:])
                if not key:
                    raise RuleError(str(path), number, None, "empty whole-line entry")
                yield Entry(path, number, "whole", key, category, general)
            elif entry.startswith("re:"):
                yield Entry(path, number, "regex", entry[3:].strip(), category, general)
            else:
                yield Entry(path, number, "phrase", " ".join(entry.lower().split()), category,
                            general)


def _check_regexes(entries: list[Entry]) -> list[Entry]:
    """``entries``, once every regex among them is translated for the core's matcher
    (``translate`` parses it as ``re.compile`` would first) and written in lower case; a
    fault names its file and line. Where the cache holds the translations of exactly these
    regexes (``recall_translations``), they passed before and are not made again."""
    sources = [entry.key for entry in entries if entry.kind == "regex"]
    if recall_translations(sources):
        return entries
    for entry in entries:
        if entry.kind != "regex":
            continue
        where, source = str(entry.path), entry.key
        try:  # (cached: the core's matcher reads the same translation)
            translate(source)
        except re.error as exc:
            raise RuleError(where, entry.line, None, f"bad regex {source!r}: {exc}") from None
        except Untranslatable as exc:
            raise RuleError(where, entry.line, None, f"regex {source!r} uses what the core's "
                            f"matcher does not take: {exc}") from None
        if any(c.isupper() for c in _ESCAPE.sub("", source)):
            raise RuleError(where, entry.line, None,
                            f"regex {source!r} has capital letters; lexicons are "
                            "matched against lowercased text, so write them in lower case")
    keep_translations(sources)
    return entries


def _load(language: str, folder: Path) -> Lexicon:
    whole: dict[str, Category] = {}
    phrases: dict[str, Category] = {}
    regexes: list[Regex] = []
    for entry in _check_regexes(list(_category_entries(folder))):
        if entry.kind == "whole":
            whole.setdefault(entry.key, entry.category)
        elif entry.kind == "regex":
            regexes.append(Regex(entry.key, entry.category))
        else:
            phrases.setdefault(entry.key, entry.category)
    words = {
        p.stem: frozenset(entry.casefold() for _, entry, _ in _entries(p))
        for p in sorted((folder / "words").glob("*.txt"))
    }
    return Lexicon(language, whole, phrases, tuple(regexes), words)


@cache
def packaged_lexicon(language: str) -> Lexicon:
    return load_lexicon(language)
