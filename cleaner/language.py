"""Which language a document is in, to choose its lexicons (py3langid, model in the package)."""

from __future__ import annotations

import heapq
import io
import threading
from array import array
from collections.abc import Sequence
from importlib.metadata import version
from typing import Any

import numpy as np

from cleaner.data import cache_dir, store_cached

try:  # the compiled DFA walk (cleaner/_kernels.c); without it py3langid's own runs
    from cleaner._kernels import dfa_counts
except ImportError:  # pragma: no cover - a build without a C compiler
    dfa_counts = None

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
        ident = _with_kernel(_load_identifier())
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


def _load_identifier() -> Any:
    """py3langid's model. The package ships it xz-compressed, which takes most of a second
    to unpack; its arrays are kept in the cache (``cleaner.data.cache_dir``), uncompressed
    (69 MB: read back in 0.05 s, against 0.24 s zlib-compressed), for every process's
    start-up. A cache that cannot be read is rebuilt."""
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

    source = MODEL_DIR / MODEL_FILE
    cache = cache_dir()
    if cache is None:
        return LanguageIdentifier.from_model_file(MODEL_FILE)
    stat = source.stat()
    path = cache / f"langid-{version('py3langid')}-{stat.st_size}-{stat.st_mtime_ns}-raw.npz"
    try:
        with np.load(path, allow_pickle=False) as data:
            return LanguageIdentifier(
                data["ptc"], data["pc"], data["classes"].tolist(), _array(data["nextmove"]),
                data["output"].tolist(), tk_row=_array(data["row"]))
    except (OSError, KeyError, ValueError, TypeError):
        pass  # not cached yet (or from another version): load and cache it
    from py3langid.modelio import load_model

    ptc, pc, classes, nextmove, row, output = load_model(source)
    for stale in cache.glob("langid-*.npz"):  # earlier versions' or formats' copies
        if stale != path:
            stale.unlink(missing_ok=True)
    buffer = io.BytesIO()
    np.savez(buffer, ptc=ptc, pc=pc, classes=np.array(classes), output=np.array(output),
             nextmove=np.frombuffer(nextmove, dtype=_DTYPES[nextmove.itemsize]),
             row=np.frombuffer(row, dtype=_DTYPES[row.itemsize]))
    store_cached(path, buffer.getvalue())
    return LanguageIdentifier(ptc, pc, classes, nextmove, output, tk_row=row)


def _with_kernel(ident: Any) -> Any:
    """Count the model's features with the compiled DFA walk: py3langid's own walk is a
    Python loop over every byte, most of the time language detection takes. The counts,
    and so the scores, are the same (tests/test_kernels.py)."""
    base = type(ident)
    if dfa_counts is None or not all(
            hasattr(ident, name) for name in ("_raw_score", "_sparse_score", "_rowbase",
                                              "tk_output", "tk_nextmove", "nb_ptc")):
        return ident  # another py3langid than the one this was written against
    nextmove = ident.tk_nextmove
    if not isinstance(nextmove, array) or nextmove.itemsize not in (2, 4, 8):
        return ident
    tables = (nextmove, array("q", ident._rowbase), array("q", ident.tk_output),
              max(ident.tk_output, default=-1) + 1)

    def _raw_score(self: Any, text: bytes) -> Any:
        visits = dfa_counts(text, *tables)
        return self._sparse_score(visits, self.nb_ptc) if visits else base._raw_score(self, text)

    # Same slots, one method more: py3langid's identifier takes no new attributes.
    ident.__class__ = type("KernelLanguageIdentifier", (base,),
                           {"__slots__": (), "_raw_score": _raw_score})
    return ident


_DTYPES = {2: np.uint16, 4: np.uint32, 8: np.uint64}
_TYPECODES = {2: "H", 4: "I", 8: "L"}


def _array(values: Any) -> array:
    """The model's DFA tables as py3langid walks them: stdlib arrays of unsigned ints."""
    out = array(_TYPECODES[values.dtype.itemsize])
    out.frombytes(values.tobytes())
    return out
