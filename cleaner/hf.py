"""Hugging Face datasets: ``Dataset.map`` with ``CleanBatch``, batched, in any number of
processes.

    >>> from datasets import load_dataset
    >>> from cleaner.hf import CleanBatch
    >>> ds = load_dataset("json", data_files="news.jsonl", split="train")
    >>> ds = ds.with_format("arrow").map(CleanBatch(), batched=True, num_proc=4)
    >>> ds = ds.with_format(None)

Every record is kept, in order, every other column as it was; the cleaned text replaces
the text column (or goes to ``output_column``) and ``news_cleaner`` is added
(``cleaner.records``). A record whose text is null or not a string, or that cannot be
cleaned, keeps its text (``output_column``: null) and gets ``news_cleaner["error"]``.

Why the Arrow format: a batch of Arrow columns comes back as one (``cleaner.arrow``), every
column its own type and ``news_cleaner`` the same type in every batch and process. A batch
of Python lists comes back as lists (the text column and ``news_cleaner``, a list of dicts),
from which ``datasets`` infers each batch's types: a field that is null throughout the first
batch (no error yet) is typed null, and a later error cannot be written (pass ``features=``
to ``map`` then).

It pickles its settings only: each process builds one ``Cleaner`` on its first batch and
keeps it. Needs ``pip install 'news-cleaner[hf]'``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from cleaner.api import Cleaner, Options
from cleaner.arrow import check_columns, clean_table
from cleaner.errors import CleanerError
from cleaner.records import META_FIELD, clean_record, require, worker_cleaner


class CleanBatch:
    """A picklable batch function for ``Dataset.map(..., batched=True)``."""

    def __init__(self, text_column: str = "text", url_column: str = "url",
                 output_column: str | None = None, *, rule_dirs: Iterable[str | Path] = (),
                 options: Options | None = None, explain: bool = False) -> None:
        self.text_column = text_column
        self.url_column = url_column
        self.output_column = output_column
        self.rule_dirs = tuple(Path(d).resolve() for d in rule_dirs)
        self.options = options
        self.explain = explain

    @property
    def cleaner(self) -> Cleaner:
        """This process's ``Cleaner`` (``cleaner.records.worker_cleaner``)."""
        return worker_cleaner(self.rule_dirs, self.options)

    def __call__(self, batch: Any) -> Any:
        """A ``pyarrow.Table`` batch: the whole table, cleaned. A dict of columns: the
        columns it writes (the cleaned text, and ``news_cleaner`` as a list of dicts)."""
        pa = require("pyarrow", "hf")
        if isinstance(batch, pa.Table):
            return clean_table(batch, self.text_column, self.url_column, self.output_column,
                               cleaner=self.cleaner, explain=self.explain)
        if not isinstance(batch, Mapping):
            raise CleanerError("CleanBatch takes a batch of records: a pyarrow Table or a dict "
                               f"of columns, not {type(batch).__name__}; use it with "
                               "Dataset.map(..., batched=True)")
        check_columns(list(batch), self.text_column, self.output_column)
        texts = batch[self.text_column]
        urls = batch.get(self.url_column) or [None] * len(texts)
        in_place = self.output_column in (None, self.text_column)
        cleaned: list[Any] = []
        metas: list[dict[str, Any]] = []
        for text, url in zip(texts, urls, strict=True):
            new_text, meta = clean_record(self.cleaner, text, url, explain=self.explain)
            cleaned.append(text if new_text is None and in_place else new_text)
            metas.append(meta)
        return {self.output_column or self.text_column: cleaned, META_FIELD: metas}
