"""Benchmark fixtures: inputs are read here, outside the timed calls.

Text sets: the ``text/`` files of the two public benchmarks in ``../shared/benchmarks``
(falling back to the samples in ``tests/data/benchmarks``, same layout) and the documents
of the labelled corpus. ``measure`` times one call per round and records what is needed
to compute MB/s, lines/s and docs/s and to compare runs.
"""

from __future__ import annotations

import os
import platform
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "benchmarks"
SAMPLES = ROOT / "tests" / "data" / "benchmarks"
DATASETS = {"scrapinghub": "scrapinghub", "wcxb": "wcxb-dev-articles"}
# Timed rounds per set, after one warm-up round (lexicons and the language model load
# lazily). wcxb is 12.5 MB: one round of C4 "full" takes ~27 s on 2 cores, so one round.
ROUNDS = {"scrapinghub": 5, "wcxb": 1, "corpus": 5}
PACKAGES = ("news-cleaner", "regex", "justext",
            "datatrove", "selectolax", "trafilatura", "resiliparse")


@dataclass(frozen=True)
class TextSet:
    name: str
    source: str  # the folder the texts came from
    texts: list[str]
    urls: list[str | None]
    rounds: int

    @property
    def bytes(self) -> int:
        return sum(len(text.encode("utf-8")) for text in self.texts)

    @property
    def lines(self) -> int:
        return sum(len(text.splitlines()) for text in self.texts)

    def __len__(self) -> int:
        return len(self.texts)


def package_version(name: str) -> str | None:
    try:
        return version(name)
    except PackageNotFoundError:
        return None


def dataset_folder(name: str) -> Path:
    """The full benchmark in ../shared, else the test suite's sample of it."""
    for base in (SHARED, SAMPLES):
        folder = base / DATASETS[name]
        if (folder / "pages.jsonl").is_file():
            return folder
    pytest.skip(f"benchmark {DATASETS[name]!r} not found: neither {SHARED} (the full set, "
                f"beside the repository) nor {SAMPLES} (the test sample) holds it")


@cache
def load_text_set(name: str) -> TextSet:
    if name == "corpus":
        from cleaner.corpus import iter_corpus

        root = ROOT / "corpus"
        if not root.is_dir():
            pytest.skip(f"no labelled corpus at {root}")
        docs = list(iter_corpus(root))
        return TextSet(name, str(root), [d.text for d in docs], [d.url for d in docs],
                       ROUNDS[name])
    from cleaner.evaluate import load_dataset

    folder = dataset_folder(name)
    pages = load_dataset(folder)
    return TextSet(name, str(folder), [p.text() for p in pages], [p.url for p in pages],
                   ROUNDS[name])


@pytest.fixture(scope="session", params=["scrapinghub", "wcxb", "corpus"])
def text_set(request: pytest.FixtureRequest) -> TextSet:
    return load_text_set(request.param)


@pytest.fixture(scope="session")
def scrapinghub() -> TextSet:
    return load_text_set("scrapinghub")


@pytest.fixture(scope="session")
def wcxb() -> TextSet:
    return load_text_set("wcxb")


@pytest.fixture(scope="session")
def cleaner_obj() -> Any:
    from cleaner import Cleaner

    return Cleaner()


@pytest.fixture
def measure(benchmark: Any) -> Callable[..., Any]:
    """``measure(target, texts, system, version, setup=None)``: time ``target`` (one pass
    over a whole text set per round) and record sizes and rates in ``extra_info``;
    ``reference``: the row that report.py's ratios divide by (one per group and set)."""

    def run(target: Callable[..., Any], texts: TextSet, system: str, version: str | None,
            setup: Callable[[], tuple[tuple[Any, ...], dict[str, Any]]] | None = None,
            rounds: int | None = None, reference: bool = False) -> Any:
        info = benchmark.extra_info
        info.update(system=system, reference=reference, set=texts.name, source=texts.source,
                    version=version, bytes=texts.bytes, lines=texts.lines, documents=len(texts))
        result = benchmark.pedantic(target, setup=setup, rounds=rounds or texts.rounds,
                                    warmup_rounds=1, iterations=1)
        if benchmark.stats:  # None under --benchmark-disable
            mean = benchmark.stats.stats.mean
            info.update(mb_per_s=info["bytes"] / 1e6 / mean, lines_per_s=info["lines"] / mean,
                        docs_per_s=info["documents"] / mean)
        return result

    return run


def cpu_model() -> str:
    try:
        for row in Path("/proc/cpuinfo").read_text().splitlines():
            if row.startswith("model name"):
                return row.partition(":")[2].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def pytest_benchmark_update_machine_info(config: Any, machine_info: dict[str, Any]) -> None:
    machine_info["cpu_model"] = cpu_model()
    machine_info["cpu_count"] = os.cpu_count()
    machine_info["cpu_usable"] = len(os.sched_getaffinity(0)) if hasattr(
        os, "sched_getaffinity") else os.cpu_count()
    machine_info["packages"] = {name: package_version(name) for name in PACKAGES}
    from cleaner import _core

    machine_info["news_cleaner_core"] = _core.__version__


def pytest_report_header(config: pytest.Config) -> str:
    where = SHARED if SHARED.is_dir() else f"{SAMPLES} (samples: {SHARED} is absent)"
    from cleaner import _core

    return f"bench inputs: {where}\nnews-cleaner core: {_core.__version__} (Rust, compiled)"
