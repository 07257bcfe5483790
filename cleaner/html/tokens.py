"""Token lexicons: what the words of an element's class, id, aria-label and data-*
attributes say it is (``rules/dom/<category>.txt``).

An attribute value is cut into lower-case tokens at every non-letter and at every
lower-to-upper case change (``relatedArticles`` and ``related-articles`` both read
``related articles``); an entry of one or more tokens matches a run of the same tokens.
The file name is the category: a drop category (``related``, ``social``...), or
``article`` for the element that holds the article's body.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from pathlib import Path

from cleaner.data import rules_dir
from cleaner.errors import RuleError
from cleaner.labels import DROP_CATEGORIES, Category

# The category of the article body's own element (keep evidence).
ARTICLE = "article"
# Entries of up to this many tokens.
MAX_ENTRY_TOKENS = 3
# data-* values longer than this are tracking payloads, JSON or URLs, not names.
MAX_DATA_VALUE_CHARS = 60
# A class or id of more hyphenated words than this is a slug made from the article's own
# title ("zendaya-promoted-dune-part-two-in-london-..."), not a name for what it is.
MAX_NAME_HYPHENS = 6
# Attributes whose values name what an element is (and every data-* attribute's value).
NAME_ATTRIBUTES = frozenset({"class", "id", "aria-label", "itemprop"})
_TOKEN = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+")
_ENTRY = re.compile(rf"^[a-z0-9]+(?: [a-z0-9]+){{0,{MAX_ENTRY_TOKENS - 1}}}$")


@dataclass(frozen=True, slots=True)
class TokenHit:
    category: str  # a Category value, or ARTICLE
    entry: str  # the lexicon entry, e.g. "related articles"


class TokenLexicon:
    """The token lexicons of one folder, with a cache of the attribute values seen (pages of
    one site repeat their class names; the cache is bounded)."""

    MAX_CACHE = 50_000

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder or rules_dir() / "dom"
        self.entries: dict[str, str] = {}
        for path in sorted(self.folder.glob("*.txt")):
            category = path.stem
            if category != ARTICLE and category not in {c.value for c in DROP_CATEGORIES}:
                raise RuleError(str(path), None, None,
                                f"unknown category {category!r}: a token lexicon is named "
                                f"after a drop category or '{ARTICLE}'")
            for number, raw in enumerate(path.read_text("utf-8").splitlines(), 1):
                entry = raw.split("#", 1)[0].strip()
                if not entry:
                    continue
                if not _ENTRY.match(entry):
                    raise RuleError(str(path), number, None,
                                    f"{entry!r}: an entry is 1-{MAX_ENTRY_TOKENS} lower-case "
                                    "tokens of letters and digits, separated by spaces")
                self.entries.setdefault(entry, category)
        self.firsts = frozenset(entry.split(" ", 1)[0] for entry in self.entries)
        self._cache: dict[str, tuple[TokenHit, ...]] = {}
        self._lock = threading.Lock()

    def __reduce__(self) -> tuple[type[TokenLexicon], tuple[Path]]:
        return (TokenLexicon, (self.folder,))

    def match(self, value: str) -> tuple[TokenHit, ...]:
        """The entries an attribute value (or several, joined by spaces) holds."""
        hits = self._cache.get(value)
        if hits is None:
            hits = self._match(value)
            if len(self._cache) < self.MAX_CACHE:
                with self._lock:
                    self._cache[value] = hits
        return hits

    def _match(self, value: str) -> tuple[TokenHit, ...]:
        words = [w.lower() for w in _TOKEN.findall(value)]
        entries, firsts = self.entries, self.firsts
        found: dict[str, TokenHit] = {}
        for i, word in enumerate(words):
            if word not in firsts:  # (no entry starts with it: most words)
                continue
            for n in range(1, MAX_ENTRY_TOKENS + 1):
                key = word if n == 1 else " ".join(words[i:i + n])
                category = entries.get(key)
                if category is not None and key not in found:
                    found[key] = TokenHit(category, key)
        # Unigrams first, then longer entries, as they appear (the first hit speaks for it).
        return tuple(sorted(found.values(), key=lambda h: h.entry.count(" ")))


def names(attrs: dict[str, str | None]) -> str:
    """The attribute values of an element that name it, joined (the lexicons' input):
    class, id, aria-label, itemprop, and the short data-* values (not the marks of the
    publisher's CSS rules, ``cleaner.html.css_rules.MARK``)."""
    parts = []
    for key, value in attrs.items():
        if not value:
            continue
        if key in NAME_ATTRIBUTES:
            if key == "class" and (":" in value or "[" in value
                                   or value.count("-") > MAX_NAME_HYPHENS):
                # (the names are read as tokens: a value none of whose names is left out
                # stays as it is)
                value = " ".join(v for v in value.split() if _names_it(v))
            elif value.count("-") > MAX_NAME_HYPHENS:  # (a slug among the names?)
                value = " ".join(v for v in value.split() if v.count("-") <= MAX_NAME_HYPHENS)
            parts.append(value)
        elif (key.startswith("data-") and len(value) <= MAX_DATA_VALUE_CHARS
              and "/" not in value and "{" not in value and key != "data-news-cleaner"):
            parts.append(value)
    return " ".join(parts)


def _names_it(name: str) -> bool:
    """Whether one class name can say what its element is. Not a slug of the article's
    title (more than ``MAX_NAME_HYPHENS`` hyphens), and not a utility class with a variant
    (``md:hidden``, ``[&>figcaption]:mt-2``, ``desktop:px-0``): those say how the element
    or its children are styled."""
    return name.count("-") <= MAX_NAME_HYPHENS and ":" not in name and "[" not in name


def category_of(hit: TokenHit) -> Category | None:
    """The drop category of a hit; ``None`` for the article's own element."""
    return None if hit.category == ARTICLE else Category(hit.category)
