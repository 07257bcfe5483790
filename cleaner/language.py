"""Which language a document is in, to choose its lexicons (py3langid's model and decisions).

Where the kernels are compiled (cleaner/_kernels.c), ``_Identifier`` makes py3langid's
decision itself, over the model's tables mapped from the cache, and never imports NumPy
or py3langid: a new process is ready sooner (NumPy's import is a quarter of a start-up)
and smaller. Without the kernels, or before the cache is written, py3langid decides.
tests/test_kernels.py checks the two decide alike.
"""

from __future__ import annotations

import ast
import importlib.util
import json
import logging
import mmap
import shutil
import sys
import tempfile
import threading
import unicodedata
from array import array
from collections.abc import Sequence
from contextlib import suppress
from pathlib import Path
from typing import Any

from cleaner.data import cache_dir

try:  # the compiled DFA walk and scoring (cleaner/_kernels.c); without them py3langid's run
    from cleaner._kernels import dfa_scores, half_columns
except ImportError:  # pragma: no cover - a build without a C compiler
    dfa_scores = half_columns = None  # type: ignore[assignment]

# Enough text for a confident guess: the longest lines (the article's sentences, not
# the menus), up to about this many characters.
SAMPLE_CHARS = 600
# Languages the guess may return besides those with lexicons: widespread ones, so that
# a Japanese page is called Japanese (and falls back to English lexicons) rather than
# forced into the nearest lexicon language.
EXTRA_LANGUAGES = ("ar", "zh", "ja", "ko", "tr", "sv", "da", "no", "fi", "cs", "uk", "id", "hi")
# py3langid's score of a language no feature spoke for (its RAW_FLOOR: float32's lowest).
RAW_FLOOR = -3.4028234663852886e38

log = logging.getLogger(__name__)
_local = threading.local()


def _identifier(languages: tuple[str, ...], rebuild: bool = False) -> Any:
    """An identifier restricted to ``languages``, with ``decide(text) -> language``;
    ``rebuild``: the cached model is damaged (the kernel said so), unpack it again."""
    cache = getattr(_local, "identifiers", None)
    if cache is None:
        cache = _local.identifiers = {}
    ident = None if rebuild else cache.get(languages)
    if ident is None:
        if dfa_scores is not None:
            if rebuild:
                _discard_cached_model()
            try:
                ident = _Identifier(_kernel_tables(), languages)
            except (ValueError, IndexError):  # tables that pass the file checks, not the model's
                _discard_cached_model()
                ident = _Identifier(_kernel_tables(), languages)
        else:
            ident = _Py3langid(_load_identifier(), languages)
        cache[languages] = ident
    return ident


def detect_language(texts: Sequence[str], candidates: Sequence[str]) -> str | None:
    """The most likely language of a document's lines, or ``None`` if it has no text."""
    longest = sorted(texts, key=len, reverse=True)[:12]  # (heapq.nlargest's answer, in C)
    sample, size = [], 0
    for text in longest:
        sample.append(text)
        size += len(text)
        if size >= SAMPLE_CHARS:
            break
    if size == 0:
        return None
    languages = tuple(sorted({*candidates, *EXTRA_LANGUAGES}))
    text = " ".join(sample)
    try:
        return str(_identifier(languages).decide(text))
    except ValueError:  # the kernel's walk left the mapped tables: damaged, unpack them again
        if dfa_scores is None:
            raise
        return str(_identifier(languages, rebuild=True).decide(text))


def _discard_cached_model() -> None:
    """Remove this model's cache folder (damaged: the next read unpacks the model again)."""
    folder = _cache_folder()
    if folder is not None:
        log.warning("the cached language model in %s is damaged; unpacking it again", folder)
        shutil.rmtree(folder, ignore_errors=True)


class _Py3langid:
    """py3langid's own identifier, restricted to some languages."""

    def __init__(self, ident: Any, languages: tuple[str, ...]) -> None:
        ident.set_languages(list(languages))
        self.ident = ident

    def decide(self, text: str) -> str:
        return str(self.ident.classify(text)[0])


class _Identifier:
    """py3langid's ``classify`` (norm_probs off, as ``detect_language`` uses it) by the
    kernels: the same walk, the same float32 scores, the same argmax. ``tables`` are
    buffers (mapped ``.npy`` data, or NumPy arrays)."""

    def __init__(self, tables: dict[str, Any], languages: tuple[str, ...]) -> None:
        classes = _class_names(tables["classes"])
        unknown = set(languages) - set(classes)
        if unknown:
            raise ValueError(f"Unknown language code(s): {unknown}")
        wanted = set(languages)
        indices = [i for i, c in enumerate(classes) if c in wanted]
        self.classes = [classes[i] for i in indices]
        first: dict[str, int] = {}
        self.aliases = []  # (first, duplicate) columns of a label that appears twice
        for i, c in enumerate(self.classes):
            if c in first:
                self.aliases.append((first[c], i))
            else:
                first[c] = i
        self.walk = (tables["nextmove"], tables["rowbase"], tables["output"])
        ptc = tables["ptc"]  # (features x classes half floats, flat or not)
        features = memoryview(ptc).nbytes // 2 // len(classes)
        self.table = array("f", bytes(4 * features * len(indices)))
        half_columns(ptc, len(classes), array("q", indices), self.table)
        prior = tables["pc"]
        self.prior = array("f", [prior[i] for i in indices])

    def decide(self, text: str) -> str:
        if text.isupper():  # py3langid's _encode
            text = text.lower()
        data = unicodedata.normalize("NFC", text).encode("utf8", errors="surrogatepass")
        scores = array("f", bytes(4 * len(self.classes)))
        if not dfa_scores(data, *self.walk, self.table, self.prior, scores):
            scores = array("f", [RAW_FLOOR] * len(self.classes))  # no features
        for i, j in self.aliases:
            scores[i] = max(scores[i], scores[j])
            scores[j] = RAW_FLOOR
        return self.classes[max(range(len(scores)), key=scores.__getitem__)]


def _class_names(values: Any) -> list[str]:
    """The labels of the model's ``classes`` table: a list, or a NumPy array of strings."""
    return [str(v) for v in (values if isinstance(values, list) else values.tolist())]


def _load_identifier() -> Any:
    """py3langid's identifier over the model's tables (``_model_tables``)."""
    from py3langid.langid import LanguageIdentifier

    tables = _model_tables()
    return LanguageIdentifier(tables["ptc"], tables["pc"], tables["classes"].tolist(),
                              _array(tables["nextmove"]), tables["output"].tolist(),
                              tk_row=_array(tables["row"]))


# The tables the cache holds, and the dtypes _read_mapped accepts (little-endian); a half
# float table is mapped as its 2-byte items (the kernel converts them).
_TABLES = ("ptc", "pc", "classes", "nextmove", "row", "rowbase", "output")
_MAPPED_TYPES = {"ptc": "<f2", "pc": "<f4", "nextmove": ("<u2", "<u4", "<u8"), "row": "<u2",
                 "rowbase": "<i8", "output": "<i8"}
_FORMATS = {"<f2": "H", "<f4": "f", "<u2": "H", "<u4": "I", "<u8": "Q", "<i8": "q"}
# Written last into a cache folder: each table's dtype and shape. A folder without it, or a
# table whose file does not hold what it says (truncated, garbage, another size), is damaged
# and is rebuilt.
_MANIFEST = "tables.json"


def _model_file() -> Path:
    """py3langid's packaged model, found without importing py3langid (which imports NumPy)."""
    spec = importlib.util.find_spec("py3langid")
    if spec is not None and spec.submodule_search_locations:
        path = Path(next(iter(spec.submodule_search_locations))) / "data" / "model.npz.xz"
        if path.is_file():
            return path
    from py3langid.langid import MODEL_DIR, MODEL_FILE  # (its layout changed: ask it)

    return Path(MODEL_DIR) / str(MODEL_FILE)


def _cache_folder() -> Path | None:
    """The cache folder of this model: named by the model file's and py3langid's loader's
    size and time, so that a new model or a new py3langid gets a folder of its own."""
    cache = cache_dir()
    if cache is None:
        return None
    source = _model_file()
    loader = source.parent.parent / "langid.py"
    stamps = [source.stat()] + ([loader.stat()] if loader.is_file() else [])
    return cache / ("langid-" + "-".join(f"{s.st_size}-{s.st_mtime_ns}" for s in stamps))


def _kernel_tables() -> dict[str, Any]:
    """The tables ``_Identifier`` decides from: mapped from the cache, without NumPy (the
    model is unpacked into the cache first if need be); where there is no cache to map
    (turned off, or not writable), the unpacked NumPy arrays themselves."""
    folder = _cache_folder() if sys.byteorder == "little" else None
    mapped = _read_mapped(folder) if folder is not None else None
    if mapped is not None:
        return mapped
    tables = _model_tables()  # (writes the cache where it can)
    mapped = _read_mapped(folder) if folder is not None else None
    return mapped if mapped is not None else tables


def _read_mapped(folder: Path) -> dict[str, Any] | None:
    manifest = _manifest(folder)
    if manifest is None:
        return None
    tables: dict[str, Any] = {}
    for name in _TABLES:
        found = _npy(folder / f"{name}.npy")
        if found is None or found[1:] != manifest[name]:
            return None
        values, descr, _ = found
        allowed = _MAPPED_TYPES.get(name)
        if name == "classes":  # fixed-width UTF-32 strings
            width = int(descr[2:]) if descr.startswith("<U") else 0
            if not width:
                return None
            text = values.tobytes().decode("utf-32-le")
            tables[name] = [text[i:i + width].rstrip("\x00")
                            for i in range(0, len(text), width)]
            continue
        if descr not in (allowed if isinstance(allowed, tuple) else (allowed,)):
            return None
        tables[name] = values
    return tables


def _manifest(folder: Path) -> dict[str, tuple[str, tuple[int, ...]]] | None:
    """The dtype and shape of each table, as the cache folder's manifest records them;
    ``None`` if it is missing or unreadable."""
    try:
        recorded = json.loads((folder / _MANIFEST).read_text("utf-8"))
        return {name: (str(recorded[name][0]), tuple(int(n) for n in recorded[name][1]))
                for name in _TABLES}
    except (OSError, ValueError, KeyError, TypeError, IndexError):
        return None


def _npy(path: Path) -> tuple[memoryview, str, tuple[int, ...]] | None:
    """The data of a one-dimensional or C-ordered ``.npy`` file as a memoryview over the
    mapped file (items of its dtype), its dtype and shape; ``None`` if unreadable."""
    try:
        with path.open("rb") as handle:
            mapped = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
        view = memoryview(mapped)
        if bytes(view[:6]) != b"\x93NUMPY":
            return None
        size_bytes = 2 if view[6] == 1 else 4
        length = int.from_bytes(view[8:8 + size_bytes], "little")
        start = 8 + size_bytes + length
        header = ast.literal_eval(bytes(view[8 + size_bytes:start]).decode("latin-1"))
        descr, shape = header["descr"], header["shape"]
        if header["fortran_order"] and len(shape) > 1:
            return None
        count = 1
        for n in shape:
            count *= n
        data = view[start:]
        shape = tuple(int(n) for n in shape)
        if descr.startswith("<U"):
            return (data, descr, shape) if len(data) == count * 4 * int(descr[2:]) else None
        item = _FORMATS.get(descr)
        if item is None or len(data) != count * int(descr[2:]):
            return None
        return data.cast(item), descr, shape  # type: ignore[call-overload]  # (from _FORMATS)
    except (OSError, ValueError, SyntaxError, KeyError, TypeError, IndexError):
        return None


def _model_tables() -> dict[str, Any]:
    """py3langid's model as NumPy arrays. The package ships it xz-compressed, which takes
    most of a second to unpack; the arrays are kept in the cache (``cleaner.data.cache_dir``),
    one ``.npy`` file each, and mapped into memory, not read: a process reads only the pages
    of the 39 MB DFA table its texts walk through, and processes share them. A cache that
    cannot be read is rebuilt."""
    import numpy as np

    folder = _cache_folder()
    if folder is not None:
        tables = _cached_tables(folder)
        if tables is not None:
            return tables
    from py3langid.modelio import load_model

    ptc, pc, classes, nextmove, row, output = load_model(_model_file())
    row_values = np.frombuffer(row, dtype=_DTYPES[row.itemsize])
    tables = {"ptc": ptc, "pc": pc, "classes": np.array(classes),
              "nextmove": np.frombuffer(nextmove, dtype=_DTYPES[nextmove.itemsize]),
              "row": row_values, "rowbase": row_values.astype(np.int64) << 8,
              "output": np.array(output, dtype=np.int64)}
    if folder is not None:
        _store_tables(folder, tables)
    return tables


def _cached_tables(folder: Path) -> dict[str, Any] | None:
    """The cached tables, mapped by NumPy; ``None`` if not cached yet, or damaged (a table
    unreadable, or not of the dtype and shape the manifest records)."""
    import numpy as np

    manifest = _manifest(folder)
    if manifest is None:
        return None
    try:
        tables = {name: np.load(folder / f"{name}.npy", mmap_mode="r", allow_pickle=False)
                  for name in _TABLES}
    except (OSError, ValueError, EOFError):  # (an empty file: EOFError)
        return None
    if any((values.dtype.str, values.shape) != manifest[name]
           for name, values in tables.items()):
        return None
    return tables


def _store_tables(folder: Path, tables: dict[str, Any]) -> None:
    """Write the tables into a temporary folder renamed into place (atomic), and remove the
    copies of other versions or formats; a cache that cannot be written is no cache."""
    import numpy as np

    temporary = None
    try:
        folder.parent.mkdir(parents=True, exist_ok=True)
        temporary = Path(tempfile.mkdtemp(prefix=f".{folder.name}.", dir=folder.parent))
        shapes = {}
        for name, values in tables.items():
            values = np.asarray(values)
            np.save(temporary / f"{name}.npy", values, allow_pickle=False)
            shapes[name] = [values.dtype.str, list(values.shape)]
        (temporary / _MANIFEST).write_text(json.dumps(shapes), "utf-8")  # (last: complete)
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


_DTYPES = {2: "<u2", 4: "<u4", 8: "<u8"}
_TYPECODES = {2: "H", 4: "I", 8: "L"}


def _array(values: Any) -> array[int]:
    """The model's DFA tables as py3langid walks them: stdlib arrays of unsigned ints."""
    out = array(_TYPECODES[values.dtype.itemsize])
    out.frombytes(values.tobytes())
    return out
