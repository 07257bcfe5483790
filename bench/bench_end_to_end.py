"""Group "end_to_end": ``clean DIR -o OUT`` over the scrapinghub text files (copied once
to a temporary folder), each round into a fresh output folder; reading, writing and (for
``--jobs 2``) the process pool are timed. ``inproc``: ``cleaner.cli.main`` in this
process (rules and lexicons compiled per call, interpreter warm); ``subprocess``: the
``clean`` console script (adds interpreter start-up and imports).

Group "scaling": the console script over a folder of many files (the 711 WCXB text
files, 12.5 MB, in nine languages) with ``--jobs 1`` and ``--jobs 2`` in alternating
pairs: what a second process buys once start-up is small beside the work."""

from __future__ import annotations

import html
import resource
import shutil
import statistics
import subprocess
import sys
import sysconfig
import time
from itertools import count
from pathlib import Path

import pytest
from conftest import TextSet, package_version

import cleaner
from cleaner.cli import main as clean_main


def copy_texts(texts: TextSet, tmp_path_factory: pytest.TempPathFactory) -> Path:
    src = tmp_path_factory.mktemp(f"{texts.name}-pages")
    for path in Path(texts.source, "text").glob("*.txt"):
        shutil.copy(path, src / path.name)
    return src


@pytest.fixture(scope="session")
def folder(scrapinghub: TextSet, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return copy_texts(scrapinghub, tmp_path_factory)


@pytest.fixture(scope="session")
def many_files(wcxb: TextSet, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return copy_texts(wcxb, tmp_path_factory)


@pytest.fixture
def fresh_output(tmp_path: Path):
    numbers = count()

    def setup():  # untimed: a new, absent output folder for every round
        return (tmp_path / f"out{next(numbers)}",), {}

    return setup


def console_script() -> str:
    script = Path(sysconfig.get_path("scripts")) / "clean"
    found = str(script) if script.is_file() else shutil.which("clean")
    if not found:
        pytest.skip("the `clean` console script is not installed (pip install -e .)")
    return found


def check_output(folder: Path, out: Path) -> None:
    inputs = sorted(p.name for p in folder.glob("*.txt"))
    outputs = sorted(p.name for p in out.glob("*.txt"))
    assert outputs == inputs
    sizes = [(folder / n).stat().st_size - (out / n).stat().st_size for n in inputs]
    assert all(s >= 0 for s in sizes) and any(s > 0 for s in sizes), "nothing was removed"


@pytest.mark.benchmark(group="end_to_end")
@pytest.mark.parametrize("how", ["inproc", "subprocess"])
@pytest.mark.parametrize("jobs", [1, 2])
def test_clean_folder(measure, scrapinghub, folder, fresh_output, how: str, jobs: int) -> None:
    def run(out: Path) -> Path:
        args = [str(folder), "-o", str(out), "--jobs", str(jobs), "--quiet"]
        if how == "inproc":
            assert clean_main(args) == 0
        else:
            subprocess.run([script, *args], check=True)
        return out

    script = console_script() if how == "subprocess" else ""
    out = measure(run, scrapinghub, f"clean --jobs {jobs} ({how})", cleaner.__version__,
                  setup=fresh_output, rounds=3, reference=(how, jobs) == ("inproc", 1))
    check_output(folder, out)


@pytest.mark.benchmark(group="end_to_end")
def test_justext_folder(measure, scrapinghub, folder, fresh_output) -> None:
    """jusText over the same files, one process: read, classify, write."""
    justext = pytest.importorskip("justext", reason="jusText not installed: pip install justext")
    stoplist = justext.get_stoplist("English")

    def run(out: Path) -> Path:
        out.mkdir()
        for path in folder.glob("*.txt"):
            doc = "".join(f"<p>{html.escape(line)}</p>"
                          for line in path.read_text(encoding="utf-8").split("\n") if line.strip())
            paragraphs = justext.justext(f"<html><body>{doc}</body></html>".encode(), stoplist,
                                         encoding="utf-8")
            (out / path.name).write_text("\n".join(p.text for p in paragraphs
                                                   if not p.is_boilerplate), encoding="utf-8")
        return out

    out = measure(run, scrapinghub, "jusText (in-process)", package_version("justext"),
                  setup=fresh_output, rounds=3)
    check_output(folder, out)


# Alternating pairs for the scaling group: this machine's speed drifts by a fifth over
# minutes, so --jobs 1 and --jobs 2 are timed in turns (the order swapped every pair) and
# compared pair by pair rather than as two separate series.
SCALING_PAIRS = 6
# The yardstick loop: SPIN_ROUNDS iterations take about half a second here.
SPIN = "x = 0\nfor i in range({n}):\n    x += i * i\n"
SPIN_ROUNDS = 4_000_000


@pytest.mark.benchmark(group="scaling")
def test_clean_many_files(benchmark, wcxb, many_files, tmp_path: Path) -> None:
    script = console_script()
    numbers = count()
    times: dict[int, list[float]] = {1: [], 2: []}
    # CPU seconds (user and system) of each run, all its processes: more with two processes
    # than with one is what they cost each other (the rest of a shortfall is serial work).
    cpu: dict[int, list[float]] = {1: [], 2: []}

    def run(jobs: int) -> tuple[float, float]:
        """Wall and CPU seconds of one run."""
        out = tmp_path / f"out{next(numbers)}"
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run([script, str(many_files), "-o", str(out), "--jobs", str(jobs),
                        "--quiet"], check=True)
        elapsed = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        check_output(many_files, out)
        shutil.rmtree(out)
        return elapsed, after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime

    # The machine's own scaling at the same moments: a pure-Python loop, twice in one
    # process, against once in each of two processes at the same time.
    spin: dict[int, list[float]] = {1: [], 2: []}

    def loops(processes: int) -> float:
        start = time.perf_counter()
        running = [subprocess.Popen([sys.executable, "-c", SPIN.format(n=SPIN_ROUNDS * 2 //
                                                                        processes)])
                   for _ in range(processes)]
        assert all(process.wait() == 0 for process in running)
        return time.perf_counter() - start

    def pair() -> None:
        order = (1, 2) if len(times[1]) % 2 == 0 else (2, 1)
        for jobs in order:
            elapsed, used = run(jobs)
            times[jobs].append(elapsed)
            cpu[jobs].append(used)
            spin[jobs].append(loops(jobs))

    run(1)  # untimed: the files into the page cache
    benchmark.pedantic(pair, rounds=SCALING_PAIRS, warmup_rounds=0, iterations=1)
    ratios = [one / two for one, two in zip(times[1], times[2], strict=True)]
    benchmark.extra_info.update(
        system="clean --jobs 1 and --jobs 2 (subprocess, alternating)", set=wcxb.name,
        source=wcxb.source, version=cleaner.__version__, bytes=wcxb.bytes, lines=wcxb.lines,
        documents=len(wcxb), reference=False, pairs=SCALING_PAIRS, jobs1_s=times[1],
        jobs2_s=times[2], ratios=ratios, median_ratio=statistics.median(ratios),
        jobs1_cpu_s=cpu[1], jobs2_cpu_s=cpu[2],
        cpu_ratios=[two / one for one, two in zip(cpu[1], cpu[2], strict=True)],
        loop1_s=spin[1], loop2_s=spin[2],
        loop_ratios=[one / two for one, two in zip(spin[1], spin[2], strict=True)])
