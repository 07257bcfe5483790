"""Runs over many documents: clean each job in a supervised worker, add up what happened.

A job is a file found by ``cleaner.files.Plan`` (or standard input). Workers
(``cleaner.workers``) read it (a regular file, within the size limit), decode, clean,
and write its output atomically (``cleaner.data.write_atomic``), or hand the text back
for standard output. Every job ends as one ``Report``: cleaned, or failed with a reason.
"""

from __future__ import annotations

import contextlib
import os
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from cleaner.api import Cleaner, CleanResult, Format
from cleaner.data import temporary_path, write_atomic
from cleaner.errors import CleanerError, InputError, LimitError
from cleaner.files import DEFAULT_MAX_BYTES, Job, document_kind, read_document
from cleaner.lines import decode
from cleaner.workers import DEFAULT_LIMITS, Failed, Limits, Supervisor

if TYPE_CHECKING:  # (record runs import them: a run over files needs neither)
    from cleaner.streams import Fields, Record, Writer


@dataclass(slots=True)
class Report:
    """What happened to one input, or (added up) to many."""

    documents: int = 0
    failed: int = 0
    over_limit: int = 0  # of the failed: over the size, time or memory limit
    skipped: Counter[str] = field(default_factory=Counter)  # files left out, by reason
    lines: int = 0
    lines_removed: Counter[str] = field(default_factory=Counter)
    chars_removed: Counter[str] = field(default_factory=Counter)
    publishers: Counter[str] = field(default_factory=Counter)
    errors: list[str] = field(default_factory=list)

    def __iadd__(self, other: Report) -> Report:
        """Add another report's counts to this one's (in place: a folder run adds one per
        file, and a new report each time would copy every count so far)."""
        self.documents += other.documents
        self.failed += other.failed
        self.over_limit += other.over_limit
        self.skipped.update(other.skipped)
        self.lines += other.lines
        self.lines_removed.update(other.lines_removed)
        self.chars_removed.update(other.chars_removed)
        self.publishers.update(other.publishers)
        self.errors.extend(other.errors)
        return self

    @classmethod
    def of(cls, result: CleanResult) -> Report:
        with_text, dropped = result.tally()
        report = cls(documents=1, lines=with_text)
        for _, category, chars in dropped:
            report.lines_removed[category] += 1
            report.chars_removed[category] += chars
        report.publishers[result.publisher or "(generic)"] += 1
        return report

    @classmethod
    def failure(cls, name: str, reason: str, limit: bool = False) -> Report:
        return cls(failed=1, over_limit=int(limit), errors=[f"{name}: {reason}"])


def render_output(result: CleanResult, fmt: str) -> str:
    if fmt == "explain":
        return result.explain() + "\n"
    if fmt == "body":
        return result.body
    return result.text


@dataclass(frozen=True, slots=True)
class Settings:
    """What every job of a run shares."""

    url: str | None = None
    publisher: str | None = None
    language: str | None = None
    format: str = "text"  # text | body | explain
    max_bytes: int | None = DEFAULT_MAX_BYTES
    input_format: str | None = None  # text | html | auto; None: by each file's name
    charset: str | None = None  # an HTML page's charset from its HTTP header


def run_job(job: Job, cleaner: Cleaner, settings: Settings) -> tuple[Report, str]:
    """Clean one document; every error becomes a counted, reported failure."""
    try:
        if job.refused is not None:
            raise InputError(job.refused)
        if job.source is not None:
            data = read_document(job.source, settings.max_bytes)
            kind = settings.input_format or document_kind(job.source)
        else:
            data = job.data or b""
            kind = settings.input_format or "auto"
        result = _clean_document(cleaner, data, settings.url, kind, settings.charset, settings)
        output = render_output(result, settings.format)
        if job.destination is None:
            return Report.of(result), output
        try:
            write_atomic(job.destination, output.encode("utf-8"))
        except OSError as exc:
            raise InputError(f"cannot write {job.destination}: {exc.strerror or exc}") from None
        return Report.of(result), ""
    except LimitError as exc:
        return Report.failure(job.name, str(exc), limit=True), ""
    except CleanerError as exc:
        return Report.failure(job.name, str(exc)), ""


def _warm_up(cleaner: Cleaner, workers: int) -> None:
    """Load what loads lazily (the lexicons, the fallback lexicon) once, before the
    workers are forked: they inherit it. For several workers, also what each would make
    for itself and keep apart (``Cleaner.prepare_workers``: the language identifier's
    rows, 10 MB, which they share instead of each reading the model's 28 MB for them)."""
    cleaner.clean("A sentence to load the language model before the workers start.")
    if workers > 1:
        cleaner.prepare_workers()


def _remove_partial(job: Job, pid: int) -> None:
    """What a killed worker may have left: its temporary file beside the output."""
    if job.destination is not None:
        with contextlib.suppress(OSError):
            temporary_path(job.destination, pid).unlink(missing_ok=True)


def run_jobs(jobs: Iterable[Job], cleaner: Cleaner, settings: Settings, *, workers: int = 1,
             limits: Limits = DEFAULT_LIMITS,
             on_done: Callable[[Report, str], None]) -> Supervisor[Job, tuple[Report, str]]:
    """Clean every job in supervised worker processes; ``on_done(report, output)`` in input
    order (``output``: the text for standard output, else empty)."""
    _warm_up(cleaner, workers)

    def work(job: Job) -> tuple[Report, str]:
        return run_job(job, cleaner, settings)

    def done(job: Job, outcome: tuple[Report, str] | Failed) -> None:
        if isinstance(outcome, Failed):
            on_done(Report.failure(job.name, outcome.reason, outcome.limit), "")
        else:
            on_done(*outcome)

    def cost(job: Job) -> int:
        if job.data is not None:
            return len(job.data)
        try:
            return os.stat(job.source).st_size if job.source is not None else 0
        except OSError:
            return 0

    supervisor: Supervisor[Job, tuple[Report, str]] = Supervisor(
        work, workers=workers, limits=limits, cost=cost, on_abort=_remove_partial)
    supervisor.run(jobs, done)
    return supervisor


# --- record runs: JSONL, Parquet, WARC, WET ----------------------------------------------


@dataclass(frozen=True, slots=True)
class RecordTask:
    """What a worker needs of a record (its other fields stay with the parent)."""

    text: Any
    url: str | None
    content: str = "text"  # text | html | auto
    charset: str | None = None
    refused: str | None = None


def _clean_document(cleaner: Cleaner, doc: str | bytes, url: str | None, content: str,
                    charset: str | None, settings: Settings) -> CleanResult:
    if content == "text":
        text = decode(doc) if isinstance(doc, bytes) else doc
        return cleaner.clean(text, url=url, publisher=settings.publisher,
                             language=settings.language)
    return cleaner.clean(doc, url=url, publisher=settings.publisher, language=settings.language,
                         format=cast(Format, content), charset=charset)


def run_record(task: RecordTask, cleaner: Cleaner, settings: Settings,
               explain: bool) -> tuple[str | None, dict[str, Any], Report]:
    """Clean one record: its cleaned text (None: failed), its ``news_cleaner`` field, and
    what happened, counted."""
    from cleaner.records import cleaned_meta, failed_meta, text_refusal

    reason = task.refused
    limit = False
    if reason is None:
        reason = text_refusal(task.text)
    if reason is None and settings.max_bytes and len(task.text) > settings.max_bytes:
        reason = (f"{len(task.text):,} characters, over the limit of {settings.max_bytes:,} "
                  "(raise it with --max-bytes)")
        limit = True
    if reason is None:
        try:
            result = _clean_document(cleaner, task.text, task.url or settings.url,
                                     task.content, task.charset, settings)
        except CleanerError as exc:
            reason = str(exc)
        else:
            return (render_output(result, "body" if settings.format == "body" else "text"),
                    cleaned_meta(result, explain=explain), Report.of(result))
    return None, failed_meta(reason), Report(failed=1, over_limit=int(limit))


@dataclass(frozen=True, slots=True)
class RecordOutput:
    """Where a record run writes, and how."""

    writer: Writer
    errors: Writer | None = None  # failed records go here instead (``--errors FILE``)
    output_field: str | None = None  # the cleaned text goes here; the text field is kept
    drop_empty: bool = False  # records left with no text are not written (counted)
    explain: bool = False  # add the removed line ranges


def run_records(inputs: Sequence[tuple[Path | None, str]], fields: Fields, output: RecordOutput,
                cleaner: Cleaner, settings: Settings, *, workers: int = 1,
                limits: Limits = DEFAULT_LIMITS,
                on_done: Callable[[Report, int], None] = lambda report, size: None) -> Report:
    """Clean every record of ``inputs`` (path, format; path ``None``: standard input) in
    supervised workers and write them all, in order, with all their fields. A record
    that cannot be cleaned is written as it was, with ``news_cleaner.error`` (or to
    ``output.errors``); none is left out but the empty ones ``drop_empty`` asks to drop."""
    from cleaner.records import META_FIELD, failed_meta
    from cleaner.streams import read_records

    pending: deque[tuple[str, int, Record]] = deque()
    total = Report()

    def tasks() -> Iterator[RecordTask]:
        for path, fmt in inputs:
            name = str(path) if path is not None else "<stdin>"
            number = 0
            try:
                for record in read_records(path, fmt, fields):
                    number += 1
                    pending.append((name, number, record))
                    yield RecordTask(record.text, record.url, record.content, record.charset,
                                     record.error)
            except (OSError, EOFError, ValueError, CleanerError) as exc:
                # A damaged file: what was read of it is cleaned, the rest is reported.
                failure = Report.failure(name, f"cannot read past record {number}: {exc}")
                total.__iadd__(failure)
                on_done(failure, 0)

    def done(task: RecordTask, outcome: tuple[str | None, dict[str, Any], Report] | Failed
             ) -> None:
        name, number, record = pending.popleft()
        if isinstance(outcome, Failed):
            cleaned, meta = None, failed_meta(outcome.reason)
            report = Report(failed=1, over_limit=int(outcome.limit))
        else:
            cleaned, meta, report = outcome
        if meta["error"] is not None:
            ident = record.fields.get(fields.id) if fields.id else None
            which = f"record {number}" + (f" ({fields.id} {ident})" if ident is not None else "")
            report.errors.append(f"{name}: {which}: {meta['error']}")
        row = dict(record.fields)
        if output.output_field is not None:
            row[output.output_field] = cleaned
        elif cleaned is not None:
            row[fields.text] = cleaned
        row[META_FIELD] = meta
        if meta["error"] is not None and output.errors is not None:
            output.errors.write(row)
        elif output.drop_empty and cleaned == "":
            report.skipped["empty after cleaning (--drop-empty)"] += 1
        else:
            output.writer.write(row)
        total.__iadd__(report)
        on_done(report, record.size)

    def work(task: RecordTask) -> tuple[str | None, dict[str, Any], Report]:
        return run_record(task, cleaner, settings, output.explain)

    _warm_up(cleaner, workers)
    supervisor: Supervisor[RecordTask, tuple[str | None, dict[str, Any], Report]] = Supervisor(
        work, workers=workers, limits=limits,
        cost=lambda task: len(task.text) if isinstance(task.text, (str, bytes)) else 0)
    writers = [w for w in (output.writer, output.errors) if w is not None]
    try:
        supervisor.run(tasks(), done)
        for writer in writers:
            writer.close()
    except BaseException:
        for writer in writers:
            writer.abort()
        raise
    return total
