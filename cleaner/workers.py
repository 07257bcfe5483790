"""Worker processes under supervision, for runs over many documents.

Each document finishes, fails with a reason, or is stopped at its time limit: a worker
that runs past it is killed, which really stops the work (as datatrove's extractor step
kills its child process), and replaced. A worker that dies (killed by the system for
memory, crashed in a C extension) is replaced too; only the document it was working on
fails, and the documents queued behind it go to another worker. A worker's address space
is capped, so a document too large for memory fails with ``MemoryError`` instead of
taking the machine down. Results come back in input order.

Workers are forked from the parent (they inherit its compiled rules and lexicons), ignore
SIGINT (the parent stops them), and die with the parent where the system allows it.
Documents go to a worker in chunks (one round trip per chunk); each result comes back on
its own, so the parent knows which document a worker is on and since when.
"""

from __future__ import annotations

import contextlib
import gc
import os
import signal
import time
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from multiprocessing import get_context
from multiprocessing.connection import Connection, wait
from typing import Any, Generic, TypeVar

T = TypeVar("T")
R = TypeVar("R")

# A document that takes longer than this fails; news pages take milliseconds, the largest
# allowed document (files.DEFAULT_MAX_BYTES) a few seconds.
DEFAULT_SECONDS = 60.0
# Address space per worker. A worker uses about 100 MB; the largest allowed document
# needs some hundreds more.
DEFAULT_MEMORY_BYTES = 2048 * 1024 * 1024
# Documents go to a worker in chunks of up to this many, or this many bytes.
CHUNK_TASKS = 8
CHUNK_BYTES = 128 * 1024


@dataclass(frozen=True, slots=True)
class Limits:
    """What one document may cost (``None``: no limit)."""

    seconds: float | None = DEFAULT_SECONDS  # wall-clock time per document
    memory_bytes: int | None = DEFAULT_MEMORY_BYTES  # address space per worker process


DEFAULT_LIMITS = Limits()


@dataclass(frozen=True, slots=True)
class Failed:
    """A document the workers could not finish, and why."""

    reason: str
    limit: bool = False  # over a limit (time, memory) rather than broken


def _die_with_parent() -> None:
    """Ask Linux to kill this process when its parent dies (no orphan workers)."""
    with contextlib.suppress(Exception):  # (elsewhere: the closed pipe ends the worker)
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        pr_set_pdeathsig = 1
        libc.prctl(pr_set_pdeathsig, signal.SIGKILL)


def _serve(conn: Connection, work: Callable[[Any], Any], memory_bytes: int | None,
           parent: int) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _die_with_parent()
    if os.getppid() != parent:  # (the parent died before the request above)
        return
    if memory_bytes:
        import resource

        _, hard = resource.getrlimit(resource.RLIMIT_AS)
        soft = memory_bytes if hard == resource.RLIM_INFINITY else min(memory_bytes, hard)
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))
    while True:
        try:
            chunk = conn.recv()
        except (EOFError, OSError):
            return
        if chunk is None:
            return
        for seq, task in chunk:
            retire = False
            try:
                outcome = work(task)
            except MemoryError:
                limit = f" of {memory_bytes / 2**20:,.0f} MB" if memory_bytes else ""
                outcome = Failed(f"ran out of memory (the limit{limit} per worker; "
                                 "raise it with --max-memory)", limit=True)
                retire = True  # (what it freed may not come back: start afresh)
            except Exception as exc:  # a bug: this document fails, the run goes on
                outcome = Failed(f"internal error: {type(exc).__name__}: {exc}")
            try:
                conn.send((seq, outcome, retire))
            except (OSError, ValueError):
                return
            except Exception as exc:  # (a result that cannot be pickled)
                conn.send((seq, Failed(f"internal error: {type(exc).__name__}: {exc}"), retire))
            if retire:
                return


def _death(exitcode: int | None, memory_bytes: int | None) -> str:
    if exitcode is not None and exitcode < 0:
        number = -exitcode
        try:
            name = signal.Signals(number).name
        except ValueError:
            name = f"signal {number}"
        why = " (by the system, perhaps for lack of memory)" if number == signal.SIGKILL else ""
        if memory_bytes and number in (signal.SIGABRT, signal.SIGSEGV, signal.SIGBUS):
            # (C code that cannot allocate often aborts instead of raising MemoryError)
            why = (f" (perhaps out of memory: a worker may map {memory_bytes / 2**20:,.0f} MB; "
                   "raise it with --max-memory)")
        return f"its worker process was killed by {name}{why}"
    return f"its worker process exited with status {exitcode}"


class _Worker(Generic[T]):
    def __init__(self, process: Any, conn: Connection) -> None:
        self.process = process
        self.conn = conn
        self.queue: deque[tuple[int, T]] = deque()  # sent, no result yet; the head is running
        self.since = 0.0  # when the head document started (as far as the parent can tell)


class Supervisor(Generic[T, R]):
    """Runs ``work`` over tasks in ``workers`` processes, within ``limits``.

    ``on_done(task, result)`` is called in the parent, in input order, with what ``work``
    returned or a ``Failed``; ``on_abort(task, pid)`` for each document a worker was on
    when it was killed (to remove what it left half-written)."""

    def __init__(self, work: Callable[[T], R], *, workers: int = 1, limits: Limits = DEFAULT_LIMITS,
                 cost: Callable[[T], int] = lambda task: 0,
                 on_abort: Callable[[T, int], None] = lambda task, pid: None) -> None:
        self.work = work
        self.count = max(1, workers)
        self.limits = limits
        self.cost = cost
        self.on_abort = on_abort
        self.replaced = 0  # workers replaced after a death or a time-out
        self._context = get_context("fork")

    def _start(self) -> _Worker[T]:
        parent_conn, child_conn = self._context.Pipe()
        process = self._context.Process(
            target=_serve, args=(child_conn, self.work, self.limits.memory_bytes, os.getpid()),
            daemon=True)
        # The worker's cycle collector leaves alone what it inherits (frozen in the parent
        # for the fork only): its full collections would walk all of it and write to its
        # pages, which the worker would then copy (about 1.4% of a worker's instructions
        # over the WCXB texts).
        gc.freeze()
        try:
            process.start()
        finally:
            gc.unfreeze()
        child_conn.close()
        return _Worker(process, parent_conn)

    def _stop(self, worker: _Worker[T], kill: bool) -> None:
        if kill and worker.process.is_alive():
            worker.process.kill()
        worker.process.join()
        worker.conn.close()
        if kill and worker.queue:
            self.on_abort(worker.queue[0][1], worker.process.pid)

    def run(self, tasks: Iterable[T], on_done: Callable[[T, R | Failed], None]) -> None:
        numbered = enumerate(tasks)
        retry: deque[tuple[int, T]] = deque()  # sent to a worker that died before them
        results: dict[int, tuple[T, R | Failed]] = {}
        state = {"taken": 0, "delivered": 0, "exhausted": False}
        # Results held back for order are bounded: no task is taken this far ahead of the
        # first one not yet delivered.
        max_ahead = self.count * CHUNK_TASKS * 4

        def take() -> list[tuple[int, T]]:
            chunk: list[tuple[int, T]] = []
            size = 0
            while len(chunk) < CHUNK_TASKS and size < CHUNK_BYTES:
                if retry:
                    chunk.append(retry.popleft())
                    continue
                if state["exhausted"] or state["taken"] - state["delivered"] >= max_ahead:
                    break
                try:
                    item = next(numbered)
                except StopIteration:
                    state["exhausted"] = True
                    break
                state["taken"] += 1
                chunk.append(item)
                size += self.cost(item[1])
            return chunk

        def finish(worker: _Worker[T], outcome: R | Failed) -> None:
            seq, task = worker.queue.popleft()
            results[seq] = (task, outcome)
            worker.since = time.monotonic()

        pool = [self._start() for _ in range(self.count)]
        try:
            while True:
                for worker in pool:
                    if not worker.queue:
                        chunk = take()
                        if chunk:
                            worker.queue.extend(chunk)
                            worker.since = time.monotonic()
                            worker.conn.send(chunk)
                busy = [w for w in pool if w.queue]
                if not busy:
                    break
                timeout = None
                if self.limits.seconds:
                    now = time.monotonic()
                    timeout = max(0.0, min(w.since + self.limits.seconds - now for w in busy))
                wait([w.conn for w in busy] + [w.process.sentinel for w in busy], timeout)
                for i, worker in enumerate(pool):
                    replace = self._collect(worker, finish, retry)
                    if replace:
                        self.replaced += 1
                        pool[i] = self._start()
                while state["delivered"] in results:
                    task, outcome = results.pop(state["delivered"])
                    state["delivered"] += 1
                    on_done(task, outcome)
            for worker in pool:
                with contextlib.suppress(OSError):
                    worker.conn.send(None)
                self._stop(worker, kill=False)
        finally:
            for worker in pool:
                if worker.process.exitcode is None:
                    self._stop(worker, kill=True)

    def _collect(self, worker: _Worker[T], finish: Callable[[_Worker[T], R | Failed], None],
                 retry: deque[tuple[int, T]]) -> bool:
        """Read a worker's results; stop it if it died, retired or ran out of time. Whether
        it must be replaced."""
        if not worker.queue:
            return False
        broken = False
        try:
            while worker.queue and worker.conn.poll():
                seq, outcome, retire = worker.conn.recv()
                if seq != worker.queue[0][0]:  # (cannot happen: results come in order)
                    raise RuntimeError(f"worker sent result {seq}, expected {worker.queue[0][0]}")
                finish(worker, outcome)
                if retire:
                    self._stop(worker, kill=False)
                    retry.extend(worker.queue)
                    worker.queue.clear()
                    return True
        except (EOFError, OSError):
            broken = True  # (it died: the checks below say how)
        if not worker.queue:
            return False
        seconds = self.limits.seconds
        if broken or not worker.process.is_alive():
            worker.process.join()
            reason = Failed(_death(worker.process.exitcode, self.limits.memory_bytes))
        elif seconds and time.monotonic() - worker.since > seconds:
            reason = Failed(f"took longer than {seconds:g} s, the time limit (raise it with "
                            "--time-limit)", limit=True)
        else:
            return False
        self._stop(worker, kill=True)
        finish(worker, reason)
        retry.extend(worker.queue)
        worker.queue.clear()
        return True
