"""Repetition inside the document: pull-quotes and captions printed twice."""

from __future__ import annotations

from collections import defaultdict

from cleaner.labels import Category
from cleaner.lexicons import normalise
from cleaner.lines import neighbour
from cleaner.scorers import Document

# Shorter repeated lines are menu items and buttons, left to the other scorers.
MIN_WORDS = 6
DUPLICATE_WEIGHT = 2.0


class RepetitionScorer:
    """*What it scores*: lines that occur more than once in a document.

    *Why it signals boilerplate*: a pull-quote or caption repeats a sentence out of
    its place. The copy that sits among the article's sentences is the article's;
    the others are furniture.

    *Example*: a quote printed above the first paragraph and again inside the body:
    the copy above is dropped as ``duplicate``, the copy inside is kept.

    Two copies back to back (an image's alt text, then its caption) lose the first.

    *Known misses*: near-duplicates (a quote shortened for display) are not matched.
    """

    name = "repetition"

    def __init__(self, *, min_words: int = MIN_WORDS,
                 duplicate_weight: float = DUPLICATE_WEIGHT) -> None:
        self.min_words = min_words
        self.duplicate_weight = duplicate_weight

    def score(self, doc: Document) -> None:
        copies: dict[str, list[int]] = defaultdict(list)
        for line in doc.lines:
            if line.words >= self.min_words:
                copies[normalise(line.text)].append(line.index)
        for indexes in copies.values():
            if len(indexes) < 2:
                continue
            repeated = set(indexes)
            # The copy with the most prose neighbours (not copies themselves) is in place;
            # on a tie, the later one (pull-quotes and teasers come first). Only copies with
            # no prose beside them go: a subheading repeated in each section stays.
            places = {i: self._in_place(doc, i, repeated) for i in indexes}
            home = max(indexes, key=lambda i: (places[i], i))
            for i in indexes:
                adjacent = neighbour(doc.lines, i, 1) in repeated  # alt text, then caption
                if i != home and (places[i] == 0 < places[home] or adjacent):
                    doc.lines[i].add(self.duplicate_weight, Category.DUPLICATE,
                                     "score:repetition", f"repeats line {home + 1}")

    @staticmethod
    def _in_place(doc: Document, i: int, repeated: set[int]) -> int:
        """How many of the line's two neighbours are prose that is not itself a copy."""
        return sum(1 for j in (neighbour(doc.lines, i, -1), neighbour(doc.lines, i, 1))
                   if j is not None and j not in repeated and doc.lines[j].prose)
