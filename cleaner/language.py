"""Which language a document is in, to choose its lexicons: py3langid's model and decisions,
made by the core (``cleaner._core.LanguageIdentifier``, core/src/language.rs).

The model (py3langid 0.4.0's) is embedded in the core library: nothing is read, unpacked
or cached when a process starts, and worker processes share its pages. One identifier
serves the whole process; it is thread-safe.
"""

from __future__ import annotations

from collections.abc import Sequence

from cleaner import _core

# Enough text for a confident guess: the longest lines (the article's sentences, not
# the menus), up to about this many characters (the core's constant).
SAMPLE_CHARS: int = _core.LanguageIdentifier.SAMPLE_CHARS
# Languages the guess may return besides those with lexicons: widespread ones, so that
# a Japanese page is called Japanese (and falls back to English lexicons) rather than
# forced into the nearest lexicon language (the core's list).
EXTRA_LANGUAGES: tuple[str, ...] = tuple(_core.LanguageIdentifier.EXTRA_LANGUAGES)

_IDENTIFIER = _core.LanguageIdentifier()


def detect_language(texts: Sequence[str] | _core.Doc, candidates: Sequence[str]) -> str | None:
    """The most likely language of a document's lines (their texts, or the core's
    document) among ``candidates`` and ``EXTRA_LANGUAGES``, or ``None`` if they hold no
    text. The sample is the longest of the 12 longest lines, longest first, until
    ``SAMPLE_CHARS`` characters; a candidate the model does not know is a ``ValueError``."""
    return _IDENTIFIER.decide(texts, candidates)


def make_every_row(candidates: Sequence[str]) -> None:
    """Make the identifier's every row for ``candidates`` now (a document makes those it
    needs): in a process about to fork several workers, which then share them instead of
    each making (and reading the model's pages for) its own."""
    _IDENTIFIER.make_every_row(list(candidates))
