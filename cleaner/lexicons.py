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
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from cleaner.data import rules_dir
from cleaner.errors import RuleError
from cleaner.labels import DROP_CATEGORIES, Category
from cleaner.patterns import REGEX_FLAGS, Hit, Matcher, Regex, compile_patterns, normalise

__all__ = ["DEFAULT_LANGUAGE", "Hit", "Lexicon", "load_lexicon", "normalise", "packaged_lexicon"]

DEFAULT_LANGUAGE = "en"


@dataclass(frozen=True, slots=True)
class Lexicon:
    """A language's lexicons: whole-line keys, phrases and regexes, compiled into one
    matcher (``cleaner.patterns``), and the word lists scorers use."""

    language: str
    whole: dict[str, Category]
    phrases: dict[str, Category]
    regexes: tuple[Regex, ...]
    words: dict[str, frozenset[str]]
    matcher: Matcher = field(repr=False, compare=False)

    def scan(self, lines: list[str]) -> list[Hit]:
        """Every hit in a document's (stripped) lines, by line, strongest first."""
        return self.matcher.scan(lines)


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


_ESCAPE = re.compile(r"\\.")
_compiled: dict[tuple[Any, ...], Lexicon] = {}
_compiled_lock = threading.Lock()


def load_lexicon(language: str, root: Path | None = None,
                 engine: str | None = None) -> Lexicon:
    """Read and compile one language's lexicons; a bad entry fails with file and line.

    Compiled once per process: a second call for the same files (unchanged since) returns
    the same (immutable, thread-safe) lexicon."""
    folder = lexicon_dir(language, root)
    if not folder.is_dir():
        raise RuleError(str(folder), None, None,
                        f"no lexicons for language '{language}'; available: "
                        f"{', '.join(available_languages(root))}")
    files = sorted(folder.rglob("*.txt"))
    key = (str(folder.resolve()), engine, *((str(f), f.stat().st_mtime_ns, f.stat().st_size)
                                            for f in files))
    with _compiled_lock:
        lexicon = _compiled.get(key)
        if lexicon is None:
            lexicon = _compiled[key] = _load(language, folder, engine)
    return lexicon


def _load(language: str, folder: Path, engine: str | None) -> Lexicon:
    whole: dict[str, Category] = {}
    phrases: dict[str, Category] = {}
    regexes: list[Regex] = []
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
                    re.compile(source, REGEX_FLAGS)  # (as the matchers compile it: cached)
                except re.error as exc:
                    raise RuleError(str(path), number, None,
                                    f"bad regex {source!r}: {exc}") from None
                if any(c.isupper() for c in _ESCAPE.sub("", source)):
                    raise RuleError(str(path), number, None,
                                    f"regex {source!r} has capital letters; lexicons are "
                                    "matched against lowercased text, so write them in lower case")
                regexes.append(Regex(source, category))
            else:
                phrases.setdefault(" ".join(entry.lower().split()), category)
    words = {
        p.stem: frozenset(entry.casefold() for _, entry in _entries(p))
        for p in sorted((folder / "words").glob("*.txt"))
    }
    return Lexicon(language, whole, phrases, tuple(regexes), words,
                   compile_patterns(whole, phrases, regexes, engine))


@cache
def packaged_lexicon(language: str) -> Lexicon:
    return load_lexicon(language)
