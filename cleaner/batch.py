"""Folder runs: find inputs, map them to outputs, clean in worker processes, add up counters.

Inputs stream: files are found lazily and go to the workers in small chunks, at most two
chunks per worker in flight, so memory stays flat whatever the folder's size. Each output
is written to a temporary file beside its destination and renamed into place (atomic).
No destination may be an input or lie inside an input folder.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, cast

from cleaner.api import Cleaner, CleanResult, Format, read_document
from cleaner.data import write_atomic
from cleaner.errors import CleanerError, InputError

if TYPE_CHECKING:
    from concurrent.futures import Future


@dataclass(slots=True)
class Report:
    """What happened to one input, or (added up) to many."""

    documents: int = 0
    failed: int = 0
    skipped: int = 0
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
        self.skipped += other.skipped
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


@dataclass(frozen=True, slots=True)
class Job:
    source: Path
    destination: Path | None  # None: write to standard output


def render_output(result: CleanResult, fmt: str) -> str:
    if fmt == "explain":
        return result.explain() + "\n"
    if fmt == "body":
        return result.body
    return result.text


def iter_jobs(inputs: Sequence[Path], output: Path | None, pattern: str,
              on_skip: Callable[[Path], None]) -> Iterator[Job]:
    """Map inputs to destinations, mirroring each folder's tree under ``output``."""
    single_folder = len(inputs) == 1 and inputs[0].is_dir()
    for item in inputs:
        if item.is_dir():
            base = output if single_folder or output is None else output / item.resolve().name
            for root, dirs, files in os.walk(item):
                dirs.sort()
                for name in sorted(files):
                    path = Path(root) / name
                    if not path.match(pattern):
                        on_skip(path)
                        continue
                    yield Job(path, base / path.relative_to(item) if base else None)
        else:
            yield Job(item, output / item.name if output else None)


def check_destinations(inputs: Sequence[Path], output: Path) -> None:
    """Refuse an output folder that is, or lies inside, an input folder."""
    out = output.resolve()
    for item in inputs:
        src = item.resolve()
        if item.is_dir() and (out == src or out.is_relative_to(src)):
            raise InputError(f"output folder {output} is inside input folder {item}: "
                             "news-cleaner never writes into its inputs; choose another -o")
        if item.is_file() and out == src.parent and len(inputs) == 1:
            raise InputError(f"writing to {output} would overwrite input {item}; choose another -o")


_worker: tuple[Cleaner, dict[str, str | None]] | None = None


def _init_worker(cleaner: Cleaner, settings: dict[str, str | None]) -> None:
    global _worker
    _worker = (cleaner, settings)


def run_job(job: Job, cleaner: Cleaner, settings: dict[str, str | None]) -> tuple[Report, str]:
    """Clean one file; errors become a counted, reported failure, never an exception."""
    try:
        data = job.source.read_bytes()
        # (HTML mode: a page's bytes go to the cleaner as they are)
        fmt = cast(Format, settings.get("input_format") or "auto")
        doc = read_document(data, str(job.source), fmt)
        result = cleaner.clean(doc, url=settings.get("url"), publisher=settings.get("publisher"),
                               language=settings.get("language"), format=fmt,
                               charset=settings.get("charset"))
        output = render_output(result, settings.get("format") or "text")
        if job.destination is not None:
            if job.destination.exists() and job.destination.samefile(job.source):
                raise InputError(f"{job.destination} is the input itself; not overwritten")
            write_atomic(job.destination, output.encode("utf-8"))
            return Report.of(result), ""
        return Report.of(result), output
    except (CleanerError, OSError) as exc:
        return Report(failed=1, errors=[f"{job.source}: {exc}"]), ""


def _run_in_worker(chunk: list[Job]) -> list[tuple[Report, str]]:
    assert _worker is not None
    return [run_job(job, *_worker) for job in chunk]


# Files go to the workers in chunks of up to this many files or bytes: one round trip per
# chunk instead of per file, while a chunk stays a small share of a worker's work.
CHUNK_FILES = 8
CHUNK_BYTES = 128 * 1024


def chunked(jobs: Iterator[Job]) -> Iterator[list[Job]]:
    chunk: list[Job] = []
    size = 0
    for job in jobs:
        chunk.append(job)
        with suppress(OSError):  # (the worker reports it)
            size += job.source.stat().st_size
        if len(chunk) >= CHUNK_FILES or size >= CHUNK_BYTES:
            yield chunk
            chunk, size = [], 0
    if chunk:
        yield chunk


def run_jobs(jobs: Iterator[Job], cleaner: Cleaner, settings: dict[str, str | None], workers: int,
             on_done: Callable[[Report, str], None]) -> None:
    """Run jobs in order (one worker) or in a process pool with a bounded window. A worker
    that dies (a crash in a compiled parser) fails its document, not the run: the chunks
    it may have held run again, each document in a process of its own, and the rest go to
    a new pool."""
    if workers <= 1:
        for job in jobs:
            on_done(*run_job(job, cleaner, settings))
        return
    # (imported here: a one-process run does without it, 0.015 s of every start-up)
    from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
    from concurrent.futures.process import BrokenProcessPool

    def new_pool() -> ProcessPoolExecutor:
        return ProcessPoolExecutor(workers, initializer=_init_worker, initargs=(cleaner, settings))

    window = workers * 2  # chunks in flight
    # Load what loads lazily (the language model) once here: forked workers inherit it.
    cleaner.clean("A sentence to load the language model before the workers start.")
    suspects: list[list[Job]] = []  # chunks a dead worker may have held
    pool = new_pool()
    pending: dict[Future[list[tuple[Report, str]]], list[Job]] = {}

    def collect(futures: Iterable[Future[list[tuple[Report, str]]]]) -> bool:
        broken = False
        for future in futures:
            chunk = pending.pop(future)
            try:
                results = future.result()
            except BrokenProcessPool:
                suspects.append(chunk)
                broken = True
                continue
            for result in results:
                on_done(*result)
        return broken

    try:
        for chunk in chunked(jobs):
            pending[pool.submit(_run_in_worker, chunk)] = chunk
            if len(pending) >= window:
                done, _ = wait(pending, return_when=FIRST_COMPLETED)
                if collect(done):  # the pool is dead: so are its other chunks
                    collect(list(pending))
                    pool.shutdown(wait=False, cancel_futures=True)
                    pool = new_pool()
        collect(list(pending))
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
    for chunk in suspects:
        for job in chunk:
            on_done(*_run_alone(job, cleaner, settings))


def _run_alone(job: Job, cleaner: Cleaner, settings: dict[str, str | None]) -> tuple[Report, str]:
    """One job in a process of its own: if it dies, the job fails with the reason."""
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    with ProcessPoolExecutor(1, initializer=_init_worker, initargs=(cleaner, settings)) as pool:
        try:
            return pool.submit(_run_in_worker, [job]).result()[0]
        except BrokenProcessPool:
            reason = f"{job.source}: the worker cleaning it died (a crash in a compiled library)"
            return Report(failed=1, errors=[reason]), ""
