"""Records: a document with fields around it (a JSONL line, a Parquet or Arrow row, a
Hugging Face or Spark row, a datatrove ``Document``, a WARC record), and what cleaning adds.

Every record keeps all its fields. The cleaned text replaces the text field, or goes to
an output field of its own; and one field is added, ``news_cleaner`` (``META_FIELD``),
with the same shape everywhere (a fixed schema, so that Arrow, Parquet and Spark get one
type for every record):

- ``publisher``: the publisher rule set used, or null;
- ``language``: the lexicon language used, or null (a failed record);
- ``removed_chars``: characters removed, for every category a dropped line can have
  (zeros included);
- ``error``: why the record could not be cleaned (its text is left as it was), or null;
- ``removed``: with ``explain``, the removed line ranges: ``first`` and ``last`` line
  (1-based, inclusive), ``category`` and the ``reasons``' codes; else null.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cleaner.errors import CleanerError
from cleaner.labels import DROP_CATEGORIES, Label

if TYPE_CHECKING:
    from cleaner.api import Cleaner, CleanResult, Options

META_FIELD = "news_cleaner"
CATEGORIES = tuple(sorted(c.value for c in DROP_CATEGORIES))


def removed_ranges(result: CleanResult) -> list[dict[str, Any]]:
    """Runs of dropped lines of one category and one set of reason codes (blank lines
    between them do not break a run)."""
    ranges: list[dict[str, Any]] = []
    current: dict[str, Any] | None = None
    drop = Label.DROP  # (labels.py)
    for line in result.lines:
        if not line.text:
            continue
        if line.label is not drop:
            current = None
            continue
        category = line.category.value if line.category else "boilerplate"
        codes = sorted({reason.code for reason in line.reasons})
        if current is not None and current["category"] == category and current["reasons"] == codes:
            current["last"] = line.index + 1
            continue
        current = {"first": line.index + 1, "last": line.index + 1, "category": category,
                   "reasons": codes}
        ranges.append(current)
    return ranges


def cleaned_meta(result: CleanResult, *, explain: bool = False) -> dict[str, Any]:
    """The ``news_cleaner`` field of a cleaned record."""
    removed = dict.fromkeys(CATEGORIES, 0)
    for category, text in result.tally()[1]:
        removed[category] += len(text)
    return {"publisher": result.publisher, "language": result.language,
            "removed_chars": removed, "error": None,
            "removed": removed_ranges(result) if explain else None}


def failed_meta(reason: str) -> dict[str, Any]:
    """The ``news_cleaner`` field of a record that could not be cleaned."""
    return {"publisher": None, "language": None, "removed_chars": dict.fromkeys(CATEGORIES, 0),
            "error": reason, "removed": None}


def clean_record(cleaner: Cleaner, text: object, url: object = None, *,
                 explain: bool = False) -> tuple[str | None, dict[str, Any]]:
    """Clean one record's text: the cleaned text and its ``news_cleaner`` field. A text that
    is not a string, a url that is neither a string nor null, or a ``CleanerError`` give
    None (the caller keeps the record as it was) and ``failed_meta`` saying why. (The
    same step as a record run's, ``cleaner.batch.run_record``, with no size limit.)"""
    from cleaner.batch import RecordTask, Settings, run_record

    if url is not None and not isinstance(url, str):
        return None, failed_meta(f"url is not a string (got {type(url).__name__})")
    cleaned, meta, _ = run_record(RecordTask(text, url or None, "auto"), cleaner,
                                  Settings(max_bytes=None), explain)
    return cleaned, meta


def text_refusal(text: object) -> str | None:
    """Why a record's text cannot be cleaned (not a string), or None."""
    if isinstance(text, (str, bytes)):
        return None
    return "text is null" if text is None else f"text is not a string (got {type(text).__name__})"


_cleaners: dict[tuple[tuple[Path, ...], Options | None], Cleaner] = {}
_cleaners_lock = threading.Lock()


def worker_cleaner(rule_dirs: Iterable[str | Path] = (), options: Options | None = None) -> Cleaner:
    """This process's ``Cleaner`` for these rule folders and options, built on first use and
    kept: an adapter's batch function or pipeline step pickles only its settings, and every
    batch and task in a worker process shares one compiled ``Cleaner``."""
    from cleaner.api import Cleaner

    key = (tuple(Path(d).resolve() for d in rule_dirs), options)
    cleaner = _cleaners.get(key)
    if cleaner is None:
        with _cleaners_lock:
            cleaner = _cleaners.get(key)
            if cleaner is None:
                cleaner = _cleaners[key] = Cleaner(key[0], options=options)
    return cleaner


def arrow_meta_type() -> Any:
    """The Arrow type of the ``news_cleaner`` field (``pyarrow`` imported here: an extra)."""
    import pyarrow as pa

    return pa.struct([
        ("publisher", pa.string()),
        ("language", pa.string()),
        ("removed_chars", pa.struct([(name, pa.int64()) for name in CATEGORIES])),
        ("error", pa.string()),
        ("removed", pa.list_(pa.struct([("first", pa.int64()), ("last", pa.int64()),
                                        ("category", pa.string()),
                                        ("reasons", pa.list_(pa.string()))]))),
    ])


def require(module: str, extra: str) -> Any:
    """Import an optional dependency, or fail with the exact ``pip install`` line."""
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError:
        raise CleanerError(f"this needs the '{module.partition('.')[0]}' package: "
                           f"pip install 'news-cleaner[{extra}]'") from None
