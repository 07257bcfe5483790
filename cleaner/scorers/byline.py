"""Bylines and datelines: "By Jane Doe", "Wednesday 11 October 2023 06:23 EDT"."""

from __future__ import annotations

from typing import Any

from cleaner.lexicons import Lexicon
from cleaner.scorers import CoreScorer


class BylineScorer(CoreScorer):
    """*What it scores*: datelines, "By ..." bylines, and a bare name beside either; author
    boxes (a name line, and near it "Jane Doe is a staff writer at ...").

    *Why it signals boilerplate*: they are about the article, not of it; ``.body``
    leaves them out and the reader does not need them between paragraphs.

    Datelines belong to an article's head and tail: a line of date words and numbers that
    also holds other words, with two prose lines or more on each side, is a table row or a
    list item inside the article ("11. Summerfest (June 18-20, 25-27, July 2-4)") and only
    leans (``score:byline.dateline_inner``); a bare date ("November 20, 2019") is a
    dateline anywhere.

    *Example*: "24 October 2023 - 13:44 By Felix Light and Gareth Jones" is dropped;
    "By the time the rescuers arrived, the fire had spread." is kept (not a name).

    *Known misses*: a bio with no name line beside it ("Jane Doe is a senior reporter"
    alone), bios that open otherwise ("Hi, I'm Jane"), and names in scripts without case.
    """

    name = "byline"
    core_type = "BylineScorer"
    per_language = True

    def data(self, lexicon: Lexicon | None) -> tuple[Any, ...]:
        # The lexicon's word lists (rules/lexicons/<lang>/words/): byline prefixes, date
        # words, bio verbs and roles.
        return ({lexicon.language: lexicon.words},) if lexicon is not None else ({},)
