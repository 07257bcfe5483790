"""Lexicon and call-to-action evidence."""

from __future__ import annotations

from typing import Any

from cleaner.lexicons import Lexicon
from cleaner.scorers import CoreScorer


class LexiconScorer(CoreScorer):
    """*What it scores*: lines holding entries of the language's boilerplate lexicons.

    *Why it signals boilerplate*: pitches, prompts and widgets reuse a small
    vocabulary ("Subscribe now", "Sign up for our newsletter", "Most Popular").

    *Example*: "Subscribe now" is dropped (whole-line entry); "The paper lost 5,000
    subscribers last year, its editor said in a statement to staff." is kept (one
    phrase hit in a long sentence weighs 12/15 and the prose scorer outweighs it).

    Under a short related-articles heading ("More from UK", "Most popular"), the
    unfinished lines that follow, up to the first finished sentence or other widget, are
    its list of headlines and are pushed out with it. A finished sentence directly above a
    picture credit (no blank line between) is the picture's caption.

    One entry decides at most a paragraph: a line of more than ``DECISIVE_MAX_WORDS``
    words and several sentences is judged sentence by sentence (a hit condemns its own
    sentence; the line weighs twice the share of its text condemned), so an anchored entry
    at the start of a whole page's one line, or one pitch inside a long article line, does
    not drop the line.

    *Known misses*: appeals written as ordinary prose ("We are facing unprecedented
    challenges"); publisher rules catch those.
    """

    name = "lexicon"
    core_type = "LexiconScorer"
    per_language = True

    def data(self, lexicon: Lexicon | None) -> tuple[Any, ...]:
        # The language's compiled matcher (cleaner.core_lexicon): its entries from rules/.
        return ([lexicon.matcher] if lexicon is not None else [],)
