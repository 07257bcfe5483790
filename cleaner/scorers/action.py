"""Calls to action: buttons inside the article ("Learn More Buy Now", "Buy Now Buy Now")."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from urllib.parse import urlsplit

import regex

from cleaner.casing import casefold
from cleaner.data import rules_dir
from cleaner.labels import Category
from cleaner.lexicons import DEFAULT_LANGUAGE
from cleaner.lines import Line
from cleaner.scorers import Document

# A button is a few words that open with a call-to-action verb ("Buy Now", "Request
# Callback", "Shop Bells of Steel") and do not end like a sentence.
BUTTON_MAX_WORDS = 6
# Alone, a verb-led fragment is only a lean (a subheading of a how-to article opens the same
# way: "Book your flights early"): below the classifier's MIXED_DROP_SCORE, so it never
# tips a line that has the article on one side.
BUTTON_WEIGHT = 0.2
# A mark makes it a button outright (with BUTTON_WEIGHT, at the drop threshold): its text
# doubled ("Buy Now Buy Now": a button's label and its screen-reader copy), a second call to
# action in the same few words ("Learn More Buy Now"), or the site's own brand ("Shop Bells
# of Steel" on bellsofsteel.com).
BUTTON_MARK_WEIGHT = 0.8
# A paragraph about the site itself ("Clay is a UI/UX design agency in San Francisco. We
# team up with..."): a sentence among the document's last few lines that opens with the
# site's name and a copula (``rules/actions/about.txt``).
TAIL_LINES = 3
ABOUT_FILE = "about.txt"
BRAND_TAIL_WEIGHT = 1.5
# A brand shorter than this is too likely a word of the text (host labels of two or three
# letters are initials that also spell words).
MIN_BRAND_CHARS = 4
# Second-level labels under which a country's registrable names sit ("bbc.co.uk").
_SECOND_LEVEL = frozenset({"co", "com", "org", "net", "gov", "ac", "edu", "or", "ne", "go"})
_TITLE_SEPARATORS = regex.compile(r"\s+[|–—-]\s+|\s+::\s+|\s*»\s*")
_TOKEN = regex.compile(r"[\w'’-]+")
_LEAD = regex.compile(r"^\W+")  # bullets, arrows, emoji before a button's first word
_FINISHED = (".", "?", ":", ";")


@dataclass(frozen=True, slots=True)
class Actions:
    """A language's call-to-action verbs (``rules/actions/<lang>.txt``), as word tuples."""

    verbs: frozenset[tuple[str, ...]]

    def verb_at(self, words: list[str], start: int = 0) -> int:
        """How many words of ``words`` from ``start`` make a verb of the list (0: none)."""
        for size in (3, 2, 1):
            if start + size <= len(words) and tuple(words[start:start + size]) in self.verbs:
                return size
        return 0


def actions_dir(root: Path | None = None) -> Path:
    return (root or rules_dir()) / "actions"


@functools.cache
def load_actions(language: str, root: Path | None = None) -> Actions:
    """A language's call-to-action verbs; a language without a file uses English's."""
    path = actions_dir(root) / f"{language}.txt"
    if not path.is_file():
        path = actions_dir(root) / f"{DEFAULT_LANGUAGE}.txt"
    return Actions(frozenset(tuple(_TOKEN.findall(casefold(entry))) for entry in _entries(path)))


def brand_of(url: str | None, title: str | None = None) -> tuple[str, ...]:
    """The site's own name, as lower-case letters without spaces: the registrable label of
    the URL's host ("sproutsocial" for www.sproutsocial.com), and the last part of a page
    title ("Ten tips for spring | Bells of Steel": "bellsofsteel")."""
    names = []
    host = (urlsplit(url).hostname or "") if url else ""
    labels = [label for label in host.lower().split(".") if label and label != "www"]
    if len(labels) >= 2:
        labels = labels[:-1]  # the top-level domain
        if len(labels) >= 2 and labels[-1] in _SECOND_LEVEL:
            labels = labels[:-1]
        names.append(labels[-1].replace("-", ""))
    if title:
        parts = _TITLE_SEPARATORS.split(title.strip())
        if len(parts) > 1 and 1 <= len(parts[-1].split()) <= 4:
            names.append(_spelled(_TOKEN.findall(casefold(parts[-1]))))
    return tuple(dict.fromkeys(n for n in names if len(n) >= MIN_BRAND_CHARS))


def _spelled(words: list[str]) -> str:
    return "".join(words).replace("-", "").replace("'", "").replace("’", "")


def _brand_at(words: list[str], start: int, brands: tuple[str, ...]) -> int:
    """How many words from ``start`` spell one of the brands ("Sprout Social":
    sproutsocial); 0 for none."""
    for brand in brands:
        spelled = ""
        for k, word in enumerate(words[start:start + 5], 1):
            spelled += _spelled([word])
            if len(spelled) >= len(brand):
                if spelled == brand:
                    return k
                break
    return 0


def names_brand(words: list[str], brands: tuple[str, ...]) -> bool:
    """Whether consecutive words spell one of the brands."""
    return any(_brand_at(words, i, brands) for i in range(len(words)))


def _opens_with_brand(words: list[str], brands: tuple[str, ...],
                      copulas: frozenset[str]) -> bool:
    """Whether a sentence opens with the site's name and a copula ("Ascom is ...")."""
    size = _brand_at(words, 0, brands)
    return bool(size) and size < len(words) and words[size] in copulas


def _entries(path: Path) -> list[str]:
    """A word list's entries: its lines but blank ones and comments."""
    return [line.strip() for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.lstrip().startswith("#")]


@functools.cache
def about_words(root: Path | None = None) -> frozenset[str]:
    """The copulas of ``rules/actions/about.txt``."""
    return frozenset(_entries(actions_dir(root) / ABOUT_FILE))


class ActionScorer:
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
    Now"), a second call to action ("Learn More Buy Now"), or the site's brand ("Shop
    Bells of Steel" on bellsofsteel.com).

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

    def __init__(self, *, button_max_words: int = BUTTON_MAX_WORDS,
                 button_weight: float = BUTTON_WEIGHT,
                 button_mark_weight: float = BUTTON_MARK_WEIGHT) -> None:
        self.button_max_words = button_max_words
        self.button_weight = button_weight
        self.button_mark_weight = button_mark_weight

    def score(self, doc: Document) -> None:
        actions = load_actions(doc.lexicon.language)
        if not actions.verbs:
            return
        lines = doc.lines
        first = next((line for line in lines if line.text), None)
        title = first.text if first is not None and doc.shape != "extract" else None
        brands = brand_of(doc.url, title)
        for line in lines:
            if (line.text and 0 < line.words <= self.button_max_words and line is not first
                    and not line.protected and not line.forced
                    and not line.text.endswith(_FINISHED)):
                self._button(line, actions, brands)
        if brands:
            tail = islice((line for line in reversed(lines) if line.text), TAIL_LINES)
            for line in tail:
                if line.prose and not line.protected and not line.forced:
                    words = _TOKEN.findall(casefold(_LEAD.sub("", line.text)))[:6]
                    if _opens_with_brand(words, brands, about_words()):
                        line.add(BRAND_TAIL_WEIGHT, Category.BOILERPLATE, "score:action.about",
                                 "the site's own name opens a paragraph at the end")

    def _button(self, line: Line, actions: Actions, brands: tuple[str, ...]) -> None:
        words = _TOKEN.findall(casefold(_LEAD.sub("", line.text)))
        size = actions.verb_at(words)
        if not size:
            return
        verb = " ".join(words[:size])
        line.add(self.button_weight, Category.ADVERTISING, "score:action.button",
                 f"opens with {verb!r}, {len(words)} words")
        half = len(words) // 2
        if len(words) % 2 == 0 and words[:half] == words[half:]:
            mark = "its text doubled"
        elif any(actions.verb_at(words, k) for k in range(size, len(words))):
            mark = "a second call to action"
        elif names_brand(words[size:], brands):
            mark = "names the site"
        else:
            return
        line.add(self.button_mark_weight, Category.ADVERTISING, "score:action.button_mark", mark)
