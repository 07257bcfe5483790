"""datatrove: ``NewsCleanerStep``, a pipeline step between a reader and a writer.

    >>> from datatrove.executor import LocalExecutor
    >>> from datatrove.pipeline.readers import JsonlReader
    >>> from datatrove.pipeline.writers import JsonlWriter
    >>> from cleaner.datatrove import NewsCleanerStep
    >>> LocalExecutor([JsonlReader("in/"), NewsCleanerStep(), JsonlWriter("out/")],
    ...               tasks=4).run()

Every document goes on, in order: ``doc.text`` cleaned in place, ``doc.metadata`` kept
and ``news_cleaner`` added to it (``cleaner.records``; JSON-compatible). The URL is read
from ``doc.metadata[url_key]`` (readers put the record's other fields there). A document
that cannot be cleaned keeps its text and gets ``news_cleaner["error"]``; it is counted
(``failed``), never dropped. The step's stats (datatrove's, per task): ``cleaned``,
``failed``, ``removed_chars_<category>`` per document cleaned, ``doc_len`` after cleaning.

The step pickles its settings only: each worker process builds one ``Cleaner`` on its
first document and keeps it.
Needs ``pip install 'news-cleaner[datatrove]'``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from cleaner.api import Cleaner, Options
from cleaner.records import META_FIELD, clean_record, require, worker_cleaner

PipelineStep: Any = require("datatrove.pipeline.base", "datatrove").PipelineStep
_hints = require("datatrove.utils.typeshelper", "datatrove").StatHints
_logger = require("datatrove.utils.logging", "datatrove").logger


class NewsCleanerStep(PipelineStep):  # type: ignore[misc]  # (datatrove has no types)
    """Clean each document's text in place; add what was found to its metadata."""

    name = "📰 news-cleaner"
    type = "✂️ - FORMAT"

    def __init__(self, url_key: str = "url", *, rule_dirs: Iterable[str | Path] = (),
                 options: Options | None = None, explain: bool = False) -> None:
        super().__init__()
        self.url_key = url_key
        self.rule_dirs = tuple(Path(d).resolve() for d in rule_dirs)
        self.options = options
        self.explain = explain
        self._warned = False

    @property
    def cleaner(self) -> Cleaner:
        """This process's ``Cleaner`` (``cleaner.records.worker_cleaner``)."""
        return worker_cleaner(self.rule_dirs, self.options)

    def run(self, data: Iterable[Any] | None, rank: int = 0,
            world_size: int = 1) -> Iterator[Any]:
        for doc in data or ():
            self.stat_update(_hints.total)
            with self.track_time():
                text, meta = clean_record(self.cleaner, doc.text, doc.metadata.get(self.url_key),
                                          explain=self.explain)
            doc.metadata[META_FIELD] = meta
            if text is None:
                self.stat_update("failed")
                if not self._warned:
                    self._warned = True
                    _logger.warning(f"news-cleaner: document {doc.id!r} kept as it was: "
                                    f"{meta['error']} (counted in 'failed'; this message "
                                    "appears once)")
            else:
                doc.text = text
                self.stat_update("cleaned")
                for category, chars in meta["removed_chars"].items():
                    self.stat_update(f"removed_chars_{category}", value=chars)
                self.update_doc_stats(doc)
            self.stat_update(_hints.forwarded)
            yield doc
