"""Position in the document, relative to the article's own long-sentence region."""

from __future__ import annotations

from cleaner.labels import Category
from cleaner.lines import Reason, add_to_each
from cleaner.scorers import Document

# Both stay below the classifier's MIXED_DROP_SCORE: alone they never drop a line that has
# article text beside it; they tip lines that have other weak evidence.
TAIL_WEIGHT = 0.2
HEAD_WEIGHT = 0.2
HEAD_MAX_WORDS = 3


class PositionScorer:
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

    def __init__(self, *, tail_weight: float = TAIL_WEIGHT, head_weight: float = HEAD_WEIGHT,
                 head_max_words: int = HEAD_MAX_WORDS) -> None:
        self.tail_weight = tail_weight
        self.head_weight = head_weight
        self.head_max_words = head_max_words

    def score(self, doc: Document) -> None:
        prose = [line.index for line in doc.lines if line.prose]
        if not prose:
            return
        first, last = prose[0], prose[-1]
        add_to_each([line for line in doc.lines[last + 1:] if line.text and not line.terminal],
                    Reason("score:position.tail", f"after the last sentence (line {last + 1})",
                           self.tail_weight), Category.BOILERPLATE)
        add_to_each([line for line in doc.lines[:first]
                     if line.text and line.words <= self.head_max_words and not line.terminal],
                    Reason("score:position.head",
                           f"a fragment before the first sentence (line {first + 1})",
                           self.head_weight), Category.NAVIGATION)
