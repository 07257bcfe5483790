"""The article's region: the stretch of the page where its sentences are."""

from __future__ import annotations

from typing import Any

from cleaner.lexicons import Lexicon
from cleaner.scorers import CoreScorer


class RegionScorer(CoreScorer):
    """*What it scores*: whether a line lies inside the article's region of a whole page.

    *Why it signals boilerplate*: a page's text is menus, then the headline, the
    article's sentences, then lists and footers. The stretch of lines that maximises
    "words in finished sentences minus a cost per other line" is the article; the
    page's ``<title>`` (the first line a page-to-text tool writes) names its headline.
    With ``shape`` ``auto`` only documents that show evidence of a page are treated this
    way (menus or boilerplate in the head, a ``<title>`` line over the headline:
    ``page_evidence``); an extractor's output (``shape="extract"``, or no such evidence) is
    left to the other scorers.

    *Example*: on a page whose first line is "Storm hits coast - Daily News" and whose
    line 40 is "Storm hits coast", lines 1-39 are dropped as outside the article, line
    40 is the headline, and the menus after the last paragraph are dropped.

    A box inside the article that says so ("Story continues below": the language's
    ``rules/lexicons/<lang>/words/continues.txt``) does not end it: the stretches before
    and after the box are one, and a comments prompt in the box is no comments heading.

    *Known misses*: an article split in two by a widget the other scorers call
    boilerplate (a "Related" box) keeps only its first half (halves that no such line
    or "continues below" line parts are one group); comments written as sentences right after the
    article can be taken into the region; a page with a bare head (title, headline,
    article) and few footers reads as an extract.
    """

    name = "region"
    core_type = "RegionScorer"
    per_language = True

    def data(self, lexicon: Lexicon | None) -> tuple[Any, ...]:
        # The phrases that say the article continues after a box in the page, and the
        # sentence endings that introduce a list ("as follows").
        if lexicon is None:
            return ([], [])
        return (sorted(lexicon.words.get("continues", ())), sorted(lexicon.words.get("intro", ())))
