"""Line shape: length, sentence ending, letters versus symbols, link-like text."""

from __future__ import annotations

from collections import defaultdict

import regex

from cleaner.labels import Category
from cleaner.lines import Line, Reason, add_to_each
from cleaner.scorers import Document

# A finished sentence this long is the article's own text far more often than not.
PROSE_KEEP_WEIGHT = -0.5
LONG_PROSE_WORDS = 40
LONG_PROSE_KEEP_WEIGHT = -1.0
LINK_WEIGHT = 1.5
# Below this share of letters a line is punctuation, numbers and symbols: "| | |", "© 2023".
MIN_LETTER_RATIO = 0.5
SYMBOL_WEIGHT = 0.6
_LINK = regex.compile(
    r"^(?:(?:https?://|www\.)\S+|[\w-]+(?:\.[\w-]+)*\.(?-i:[a-z]{2,})(?:/\S*)?|[\w.+-]+@[\w-]+\.[\w.]+)$",
    regex.VERSION1)
# A teaser as a news feed writes it: the headline run into its summary, seen either as
# a dateline in capitals inside the line ("... return home from US NEW DELHI: Their
# ...") or as a Title Case headline running into a sentence ("Customers Leave Without
# Paying $690 Bill At Troy Steakhouse A party of six left ...").
_INNER_DATELINE = regex.compile(
    r"^(?:\S+\s+){3,}(?:\p{Lu}[\p{Lu}.'’-]*\s+){0,2}\p{Lu}[\p{Lu}.'’-]{2,}:\s+\p{Lu}")
# What any inner dateline holds (its capitals come after a space): a search that spares
# ``_INNER_DATELINE`` the lines without one, which it would try to match at every split of
# their first words.
_CAPITALS_COLON = regex.compile(r"\s\p{Lu}[\p{Lu}.'’-]{2,}:\s+\p{Lu}")
# The Title Case lead (six or more words that start with a capital, a digit or a quote,
# then, anywhere after, two lower-case words between spaces) in two steps that give the
# one pattern's answer without its backtracking: the first six words (the sixth with one
# space after it: more words only move the rest further on), then the lower-case pair
# after them (tests/scorers/test_shape_teaser.py compares the two).
_TITLE_CASE_WORDS = regex.compile(r"(?:[\p{Lu}\d‘'\"“][^\s,:;.]*\s+){5}[\p{Lu}\d‘'\"“][^\s,:;.]*\s")
_LOWER_PAIR = regex.compile(r"\s\p{Ll}+\s+\p{Ll}+\s")
MIN_TEASER_WORDS = 12
MIN_TEASER_RUN = 3
TEASER_WEIGHT = 2.0


class ShapeScorer:
    """*What it scores*: the form of a line, whatever its words.

    *Why it signals boilerplate*: article paragraphs are long finished sentences;
    widgets are bare links, symbols and fragments.

    A run of three or more feed teasers (a headline run into its summary) is pushed out.

    *Example*: "kremlin.ru" (a bare domain) is pushed to drop; a 30-word sentence
    ending in a full stop is pushed to keep.

    *Known misses*: short article lines ("He declined.") get no keep push here;
    context smoothing keeps them.
    """

    name = "shape"

    def __init__(self, *, prose_keep_weight: float = PROSE_KEEP_WEIGHT,
                 long_prose_words: int = LONG_PROSE_WORDS,
                 long_prose_keep_weight: float = LONG_PROSE_KEEP_WEIGHT,
                 link_weight: float = LINK_WEIGHT, min_letter_ratio: float = MIN_LETTER_RATIO,
                 symbol_weight: float = SYMBOL_WEIGHT) -> None:
        self.prose_keep_weight = prose_keep_weight
        self.long_prose_words = long_prose_words
        self.long_prose_keep_weight = long_prose_keep_weight
        self.link_weight = link_weight
        self.min_letter_ratio = min_letter_ratio
        self.symbol_weight = symbol_weight

    def score(self, doc: Document) -> None:
        # Prose lines of one length get one shared reason (a page has thousands of them).
        prose: dict[int, list[Line]] = defaultdict(list)
        for line in doc.lines:
            if not line.text:
                continue
            if line.prose:
                prose[line.words].append(line)
            elif " " not in line.text and _may_link(line.text) and _LINK.match(line.text):
                line.add(self.link_weight, Category.NAVIGATION, "score:shape.link",
                         "a bare URL, domain or e-mail address")
            elif line.letters < self.min_letter_ratio * line.chars and not _table_row(line.text):
                line.add(self.symbol_weight, Category.BOILERPLATE, "score:shape.symbols",
                         f"{line.letters}/{line.chars} letters")
        for words, lines in prose.items():
            long = words >= self.long_prose_words
            add_to_each(lines, Reason("score:shape.prose", f"{words} words, ends a sentence",
                                      self.long_prose_keep_weight if long
                                      else self.prose_keep_weight), None)
        self._teasers(doc)

    def _teasers(self, doc: Document) -> None:
        """Runs of at least ``MIN_TEASER_RUN`` feed teasers, one after the other."""
        run: list[Line] = []
        for line in [*doc.lines, None]:
            if line is not None and not line.text:
                continue
            if line is not None and _teaser(line):
                run.append(line)
                continue
            if len(run) >= MIN_TEASER_RUN:
                for teaser in run:
                    teaser.add(TEASER_WEIGHT, Category.RELATED, "score:shape.teaser",
                               f"one of {len(run)} headlines run into their summaries")
            run = []


def _teaser(line: Line) -> bool:
    if line.words < MIN_TEASER_WORDS:
        return False
    text = line.text
    if ":" in text and _CAPITALS_COLON.search(text) and _INNER_DATELINE.match(text):
        return True
    lead = _TITLE_CASE_WORDS.match(text)
    return lead is not None and _LOWER_PAIR.search(text, lead.end()) is not None


def _may_link(text: str) -> bool:
    """Whether ``_LINK`` could match: each of its forms holds a dot, a colon or an at sign
    (a cheap test that spares single words, "Home", "Share", the regex)."""
    return "." in text or ":" in text or "@" in text


def _table_row(text: str) -> bool:
    """ "| Onions | 3 | 6 |": a table row as extractors write it is content, however numeric."""
    return len(text) > 1 and text[0] == "|" and text[-1] == "|"
