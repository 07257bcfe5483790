"""Position in the document, relative to the article's own long-sentence region."""

from __future__ import annotations

from cleaner.scorers import CoreScorer


class PositionScorer(CoreScorer):
    """*What it scores*: where a line sits against the region from the first to the last
    prose line (long finished sentences) of the document.

    *Why it signals boilerplate*: past the article's last sentence come share bars,
    tags and comment widgets; before its first come menus. A fragment there leans
    toward boilerplate.

    *Example*: "Speech Bubbles" after the last paragraph gets a push; the same line
    between two paragraphs would not.

    *Known misses*: a short closing line of the article ("Ends.") gets the push too;
    it is only a push, and context smoothing decides.
    """

    name = "position"
    core_type = "PositionScorer"
