"""Which language a document is in, to choose its lexicons (py3langid, model in the package)."""

from __future__ import annotations

import heapq
import threading
from collections.abc import Sequence
from typing import Any

# Enough text for a confident guess: the longest lines (the article's sentences, not
# the menus), up to about this many characters.
SAMPLE_CHARS = 600
# Languages the guess may return besides those with lexicons: widespread ones, so that
# a Japanese page is called Japanese (and falls back to English lexicons) rather than
# forced into the nearest lexicon language.
EXTRA_LANGUAGES = ("ar", "zh", "ja", "ko", "tr", "sv", "da", "no", "fi", "cs", "uk", "id", "hi")

_local = threading.local()


def _identifier(languages: tuple[str, ...]) -> Any:
    cache = getattr(_local, "identifiers", None)
    if cache is None:
        cache = _local.identifiers = {}
    ident = cache.get(languages)
    if ident is None:
        from py3langid.langid import MODEL_FILE, LanguageIdentifier

        ident = LanguageIdentifier.from_model_file(MODEL_FILE)
        ident.set_languages(list(languages))
        cache[languages] = ident
    return ident


def detect_language(texts: Sequence[str], candidates: Sequence[str]) -> str | None:
    """The most likely language of a document's lines, or ``None`` if it has no text."""
    longest = heapq.nlargest(12, texts, key=len)
    sample, size = [], 0
    for text in longest:
        sample.append(text)
        size += len(text)
        if size >= SAMPLE_CHARS:
            break
    if size == 0:
        return None
    languages = tuple(sorted({*candidates, *EXTRA_LANGUAGES}))
    language, _score = _identifier(languages).classify(" ".join(sample))
    return str(language)
