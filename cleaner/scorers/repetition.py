"""Repetition inside the document: pull-quotes and captions printed twice."""

from __future__ import annotations

from cleaner.scorers import CoreScorer


class RepetitionScorer(CoreScorer):
    """*What it scores*: lines that occur more than once in a document.

    *Why it signals boilerplate*: a pull-quote or caption repeats a sentence out of
    its place. The copy that sits among the article's sentences is the article's;
    the others are furniture.

    *Example*: a quote printed above the first paragraph and again inside the body:
    the copy above is dropped as ``duplicate``, the copy inside is kept.

    Two copies back to back (an image's alt text, then its caption) lose the first.

    The article printed again as one long line (a script's copy of its text, a feed or
    print version run together: 300 words or more holding at least 10 of the document's
    other lines, which make 40% of its words) goes as ``repetition.copy``; the copy line
    by line stays.

    *Known misses*: near-duplicates (a quote shortened for display) are not matched.
    """

    name = "repetition"
    core_type = "RepetitionScorer"
