"""Token lexicons: what the words of an element's class, id, aria-label and data-*
attributes say it is (``rules/dom/<category>.txt``).

An attribute value is cut into lower-case tokens at every non-letter and at every
lower-to-upper case change (``relatedArticles`` and ``related-articles`` both read
``related articles``); an entry of one or more tokens matches a run of the same tokens.
The file name is the category: a drop category (``related``, ``social``...), or
``article`` for the element that holds the article's body. This module loads and checks
the lexicons; the core matches them (``core/src/dom.rs``: which attributes name an
element, and how their values are cut into tokens).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from cleaner.data import rules_dir
from cleaner.errors import RuleError
from cleaner.labels import DROP_CATEGORIES, Category

# The category of the article body's own element (keep evidence).
ARTICLE = "article"
# Entries of up to this many tokens.
MAX_ENTRY_TOKENS = 3
_ENTRY = re.compile(rf"^[a-z0-9]+(?: [a-z0-9]+){{0,{MAX_ENTRY_TOKENS - 1}}}$")


@dataclass(frozen=True, slots=True)
class TokenHit:
    category: str  # a Category value, or ARTICLE
    entry: str  # the lexicon entry, e.g. "related articles"


class TokenLexicon:
    """The token lexicons of one folder (entry -> category), matched by the core
    (``cleaner.html.dom``'s element reader)."""

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


def category_of(hit: TokenHit) -> Category | None:
    """The drop category of a hit; ``None`` for the article's own element."""
    return None if hit.category == ARTICLE else Category(hit.category)
