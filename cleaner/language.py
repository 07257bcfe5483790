"""Which language a document is in, to choose its lexicons (py3langid, model in the package)."""

from __future__ import annotations

import heapq
import logging
import shutil
import tempfile
import threading
from array import array
from collections.abc import Sequence
from contextlib import suppress
from importlib.metadata import version
from pathlib import Path
from typing import Any

import numpy as np

from cleaner.data import cache_dir

try:  # the compiled DFA walk and scoring (cleaner/_kernels.c); without them py3langid's run
    from cleaner._kernels import dfa_scores
except ImportError:  # pragma: no cover - a build without a C compiler
    dfa_scores = None

# Enough text for a confident guess: the longest lines (the article's sentences, not
# the menus), up to about this many characters.
SAMPLE_CHARS = 600
# Languages the guess may return besides those with lexicons: widespread ones, so that
# a Japanese page is called Japanese (and falls back to English lexicons) rather than
# forced into the nearest lexicon language.
EXTRA_LANGUAGES = ("ar", "zh", "ja", "ko", "tr", "sv", "da", "no", "fi", "cs", "uk", "id", "hi")

log = logging.getLogger(__name__)
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
    """py3langid's identifier over the model's tables (``_model_tables``)."""
    from py3langid.langid import LanguageIdentifier

    tables = _model_tables()
    nextmove = tables["nextmove"]
    if dfa_scores is None:  # py3langid's walk indexes it per byte: a stdlib array is faster
        nextmove = _array(nextmove)
    return LanguageIdentifier(tables["ptc"], tables["pc"], tables["classes"].tolist(), nextmove,
                              tables["output"].tolist(), tk_row=_array(tables["row"]))


_TABLES = ("ptc", "pc", "classes", "nextmove", "row", "output")


def _model_tables() -> dict[str, np.ndarray]:
    """py3langid's model as arrays. The package ships it xz-compressed, which takes most of
    a second to unpack; the arrays are kept in the cache (``cleaner.data.cache_dir``), one
    ``.npy`` file each, and mapped into memory, not read: a process reads only the pages of
    the 39 MB DFA table its texts walk through, and processes share them. A cache that
    cannot be read is rebuilt."""
    from py3langid.langid import MODEL_DIR, MODEL_FILE

    source = MODEL_DIR / MODEL_FILE
    cache = cache_dir()
    folder = None
    if cache is not None:
        stat = source.stat()
        folder = cache / f"langid-{version('py3langid')}-{stat.st_size}-{stat.st_mtime_ns}"
        tables = _cached_tables(folder)
        if tables is not None:
            return tables
    from py3langid.modelio import load_model

    ptc, pc, classes, nextmove, row, output = load_model(source)
    tables = {"ptc": ptc, "pc": pc, "classes": np.array(classes),
              "nextmove": np.frombuffer(nextmove, dtype=_DTYPES[nextmove.itemsize]),
              "row": np.frombuffer(row, dtype=_DTYPES[row.itemsize]),
              "output": np.array(output, dtype=np.int64)}
    if folder is not None:
        _store_tables(folder, tables)
    return tables


def _cached_tables(folder: Path) -> dict[str, np.ndarray] | None:
    """The cached tables, mapped; ``None`` if not cached yet (or damaged)."""
    try:
        return {name: np.load(folder / f"{name}.npy", mmap_mode="r", allow_pickle=False)
                for name in _TABLES}
    except (OSError, ValueError):
        return None


def _store_tables(folder: Path, tables: dict[str, np.ndarray]) -> None:
    """Write the tables into a temporary folder renamed into place (atomic), and remove the
    copies of other versions or formats; a cache that cannot be written is no cache."""
    temporary = None
    try:
        folder.parent.mkdir(parents=True, exist_ok=True)
        temporary = Path(tempfile.mkdtemp(prefix=f".{folder.name}.", dir=folder.parent))
        for name, values in tables.items():
            np.save(temporary / f"{name}.npy", values, allow_pickle=False)
        try:
            temporary.rename(folder)
        except OSError:  # a copy is in the way: another process's (kept), or a damaged one
            if _cached_tables(folder) is None:
                shutil.rmtree(folder, ignore_errors=True)
                with suppress(OSError):
                    temporary.rename(folder)
        for stale in folder.parent.glob("langid-*"):
            if stale != folder:
                if stale.is_dir():
                    shutil.rmtree(stale, ignore_errors=True)
                else:
                    stale.unlink(missing_ok=True)
    except OSError as exc:
        log.debug("cannot cache the language model in %s: %s", folder, exc)
    finally:
        if temporary is not None:  # (renamed into place, it is gone already)
            shutil.rmtree(temporary, ignore_errors=True)


def _with_kernel(ident: Any) -> Any:
    """Count the model's features with the compiled DFA walk and score them with the
    compiled sum: py3langid's own walk is a Python loop over every byte, and its scoring a
    float16 matrix product that NumPy does slowly. The counts are the same, the scores
    equal to float32 rounding, the decisions the same (tests/test_kernels.py)."""
    base = type(ident)
    if dfa_scores is None or not all(
            hasattr(ident, name) for name in ("_raw_score", "_rowbase", "tk_output",
                                              "tk_nextmove", "nb_ptc", "nb_pc")):
        return ident  # another py3langid than the one this was written against
    nextmove = ident.tk_nextmove
    if getattr(nextmove, "itemsize", None) not in (2, 4, 8):
        return ident
    tables = (nextmove, array("q", ident._rowbase), array("q", ident.tk_output))
    # The float32 copies of the tables of the languages in force (set_languages replaces them).
    converted: list[Any] = [None, None, None]

    def _raw_score(self: Any, text: bytes) -> Any:
        if converted[0] is not self.nb_ptc:
            converted[:] = [self.nb_ptc, np.ascontiguousarray(self.nb_ptc, dtype=np.float32),
                            np.ascontiguousarray(self.nb_pc, dtype=np.float32)]
        scores = np.empty(len(self.nb_pc), dtype=np.float32)
        if not dfa_scores(text, *tables, converted[1], converted[2], scores):
            return base._raw_score(self, text)  # no features: py3langid's answer for none
        return scores

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
