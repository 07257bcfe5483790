"""The supervisor of worker processes: order, limits, deaths, interruption."""

from __future__ import annotations

import os
import signal
import time
from collections.abc import Iterator

import pytest

from cleaner.workers import CHUNK_TASKS, Failed, Limits, Supervisor


def _square(n: int) -> int:
    time.sleep((n * 7 % 5) / 1000)  # (uneven work: results come back out of order)
    return n * n


def _run(supervisor: Supervisor[int, int], tasks: list[int]) -> list[tuple[int, int | Failed]]:
    got: list[tuple[int, int | Failed]] = []
    supervisor.run(tasks, lambda task, result: got.append((task, result)))
    return got


def test_results_come_back_in_input_order_from_several_workers() -> None:
    tasks = list(range(60))
    got = _run(Supervisor(_square, workers=2), tasks)
    assert got == [(n, n * n) for n in tasks]


def test_a_task_over_the_time_limit_is_stopped_and_the_rest_go_on() -> None:
    def work(n: int) -> int:
        if n == 3:
            time.sleep(3600)
        return n

    supervisor = Supervisor(work, workers=1, limits=Limits(seconds=0.3, memory_bytes=None))
    got = _run(supervisor, list(range(8)))
    assert [task for task, _ in got] == list(range(8))
    failed = got[3][1]
    assert isinstance(failed, Failed) and failed.limit and "time limit" in failed.reason
    assert [result for _, result in got if not isinstance(result, Failed)] == [0, 1, 2, 4, 5, 6, 7]
    assert supervisor.replaced == 1


def test_a_killed_worker_fails_only_its_own_task_and_is_replaced() -> None:
    def work(n: int) -> int:
        if n == 2:
            os.kill(os.getpid(), signal.SIGKILL)  # (as the system's out-of-memory killer does)
        return n

    supervisor = Supervisor(work, workers=2, limits=Limits(seconds=None, memory_bytes=None))
    got = _run(supervisor, list(range(20)))
    assert [task for task, _ in got] == list(range(20))
    failed = got[2][1]
    assert isinstance(failed, Failed) and "SIGKILL" in failed.reason
    assert all(result == task for task, result in got if task != 2)
    assert supervisor.replaced == 1


def test_a_task_over_the_memory_limit_fails_and_the_worker_starts_afresh() -> None:
    def work(n: int) -> int:
        if n == 1:
            return len(bytearray(1 << 30))  # 1 GiB, over the limit below
        return n

    # (the workers are forked: the limit counts what this process has mapped already)
    limit = _mapped_bytes() + (400 << 20)
    supervisor = Supervisor(work, workers=1, limits=Limits(seconds=None, memory_bytes=limit))
    got = _run(supervisor, list(range(5)))
    failed = got[1][1]
    assert isinstance(failed, Failed) and failed.limit and "memory" in failed.reason
    assert [result for task, result in got if task != 1] == [0, 2, 3, 4]
    assert supervisor.replaced == 1


def _mapped_bytes() -> int:
    with open("/proc/self/status", encoding="ascii") as handle:
        for row in handle:
            if row.startswith("VmSize:"):
                return int(row.split()[1]) * 1024
    raise AssertionError("no VmSize in /proc/self/status")


def test_an_unexpected_exception_fails_its_task_only() -> None:
    def work(n: int) -> int:
        if n == 4:
            raise ValueError("a bug")
        return n

    got = _run(Supervisor(work, workers=1), list(range(6)))
    failed = got[4][1]
    assert isinstance(failed, Failed) and "ValueError: a bug" in failed.reason
    assert [result for task, result in got if task != 4] == [0, 1, 2, 3, 5]


def test_interrupting_the_run_stops_every_worker_and_reports_what_they_were_on() -> None:
    def work(n: int) -> int:
        if n >= 1:
            time.sleep(3600)
        return n

    aborted: list[tuple[int, int]] = []
    supervisor = Supervisor(work, workers=2, limits=Limits(seconds=None, memory_bytes=None),
                            on_abort=lambda task, pid: aborted.append((task, pid)))

    def done(task: int, result: int | Failed) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        supervisor.run(range(CHUNK_TASKS * 2), done)
    assert aborted and all(task >= 1 for task, _ in aborted)
    time.sleep(0.1)
    for _, pid in aborted:
        assert not os.path.exists(f"/proc/{pid}") or _zombie_or_gone(pid)


def _zombie_or_gone(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as handle:
            return handle.read().split(") ")[1][0] in "ZX"
    except OSError:
        return True


def test_tasks_are_taken_lazily_and_never_far_ahead_of_a_slow_one() -> None:
    pulled = 0

    def tasks() -> Iterator[int]:
        nonlocal pulled
        for n in range(10_000):
            pulled += 1
            yield n

    def work(n: int) -> int:
        if n == 0:
            time.sleep(1.0)
        return n

    seen_when_first_done: list[int] = []

    def done(task: int, result: int | Failed) -> None:
        if not seen_when_first_done:
            seen_when_first_done.append(pulled)

    Supervisor(work, workers=2).run(tasks(), done)
    assert pulled == 10_000
    # While task 0 ran, the other worker could not take the whole stream.
    assert seen_when_first_done[0] <= 2 * CHUNK_TASKS * 4 + CHUNK_TASKS
