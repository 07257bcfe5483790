"""Line shape: length, sentence ending, letters versus symbols, link-like text."""

from __future__ import annotations

from cleaner.scorers import CoreScorer


class ShapeScorer(CoreScorer):
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
    core_type = "ShapeScorer"
