"""Runs over many documents: clean each job in a supervised worker, add up what happened.

A job is a file found by ``cleaner.files.Plan`` (or standard input). Workers
(``cleaner.workers``) read it (a regular file, within the size limit), decode, clean,
and write its output atomically (``cleaner.data.write_atomic``), or hand the text back
for standard output. Every job ends as one ``Report``: cleaned, or failed with a reason.
"""

from __future__ import annotations

import contextlib
import os
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from cleaner.api import Cleaner, CleanResult
from cleaner.data import temporary_path, write_atomic
from cleaner.errors import CleanerError, InputError, LimitError
from cleaner.files import DEFAULT_MAX_BYTES, Job, read_document
from cleaner.lines import decode
from cleaner.workers import DEFAULT_LIMITS, Failed, Limits, Supervisor


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
        report = cls(documents=1, lines=sum(1 for line in result.lines if line.text))
        for line in result.dropped:
            category = line.category.value if line.category else "boilerplate"
            report.lines_removed[category] += 1
            report.chars_removed[category] += len(line.text)
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


def run_job(job: Job, cleaner: Cleaner, settings: Settings) -> tuple[Report, str]:
    """Clean one document; every error becomes a counted, reported failure."""
    try:
        if job.refused is not None:
            raise InputError(job.refused)
        if job.source is not None:
            data = read_document(job.source, settings.max_bytes)
        else:
            data = job.data or b""
        result = cleaner.clean(decode(data), url=settings.url, publisher=settings.publisher,
                               language=settings.language)
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
    # Load what loads lazily (the language model, the fallback lexicon) once here: the
    # forked workers inherit it.
    cleaner.clean("A sentence to load the language model before the workers start.")

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
