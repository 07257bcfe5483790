"""Calls to action: buttons inside the article ("Learn More Buy Now", "Buy Now Buy Now")."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

from cleaner import _core
from cleaner.data import rules_dir
from cleaner.lexicons import DEFAULT_LANGUAGE, Lexicon
from cleaner.scorers import CoreScorer

ABOUT_FILE = "about.txt"


def actions_dir(root: Path | None = None) -> Path:
    return (root or rules_dir()) / "actions"


@functools.cache
def load_actions(language: str, root: Path | None = None) -> frozenset[tuple[str, ...]]:
    """A language's call-to-action verbs (``rules/actions/<lang>.txt``), as word tuples
    (casefolded); a language without a file uses English's."""
    path = actions_dir(root) / f"{language}.txt"
    if not path.is_file():
        path = actions_dir(root) / f"{DEFAULT_LANGUAGE}.txt"
    # (an entry's words as the core reads a line's: "Sign up" -> sign, up)
    return frozenset(tuple(_core.action_tokens(entry.casefold())) for entry in _entries(path))


def _entries(path: Path) -> list[str]:
    """A word list's entries: its lines but blank ones and comments."""
    return [line.strip() for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.lstrip().startswith("#")]


@functools.cache
def about_words(root: Path | None = None) -> frozenset[str]:
    """The copulas of ``rules/actions/about.txt``."""
    return frozenset(_entries(actions_dir(root) / ABOUT_FILE))


class ActionScorer(CoreScorer):
    """*What it scores*: buttons inside the article: a few words that open with a
    call-to-action verb and do not end like a sentence ("Learn More Buy Now", "Request
    Callback", "Shop Bells of Steel"). The verbs are per-language data
    (``rules/actions/<lang>.txt``: the generic verbs any interface's buttons use); the
    site's brand is read from the URL's host and the page title.

    *Why it signals boilerplate*: a button is the page's furniture, whatever its label
    says. Whole-line lexicon keys miss the endless variants ("Shop Bells of Steel", "Buy
    Now Buy Now"); their form does not vary.

    A verb-led fragment alone only leans (``score:action.button``, 0.2, below the
    classifier's mixed-drop score): a subheading of a how-to article opens the same way. A
    mark makes it a button (``score:action.button_mark``): its text doubled ("Buy Now Buy
    Now"), a second call to action ("Learn More Buy Now"), the site's brand ("Shop
    Bells of Steel" on bellsofsteel.com), or a label set in capitals after its verb ("SHOP
    MESH SYSTEMS", "SEE ON AMAZON": interfaces set buttons so; a bare "SHOP" is a menu
    item, left to the other scorers).

    A sentence among the document's last three lines that opens with the site's name and a
    copula (``rules/actions/about.txt``: "Ascom is headquartered in Baar", "Clay is a
    design agency") is the site's paragraph about itself (``score:action.about``, 1.5).

    *Example*: "Buy Now Buy Now" is dropped; "Book your flights early", a subheading
    between two paragraphs, is kept.

    *Known misses*: a lone button with no mark ("Request Callback") is left to its
    neighbours; sentences that pitch for the site ("Join our list for free updates.") are
    not judged here (on the development pages such sentences were as often the article's
    own as not); buttons in scripts without case or spaces.
    """

    name = "action"
    core_type = "ActionScorer"

    def data(self, lexicon: Lexicon | None) -> tuple[Any, ...]:
        # The verbs of every language that has a file (a language without one falls back
        # to the default language's), and the copulas of about.txt.
        languages = sorted(path.stem for path in actions_dir().glob("*.txt")
                           if path.name != ABOUT_FILE)
        verbs = {language: sorted(load_actions(language)) for language in languages}
        return verbs, DEFAULT_LANGUAGE, sorted(about_words())
