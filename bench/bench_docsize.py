"""Group "docsize": one document of 1, 10 and 100 MB (the pages of ``corpus/sample``
repeated), cleaned whole: time, and the peak memory of a fresh process that cleans it.

Every stage is linear in a document's lines and bytes (tests/test_scaling.py), so the
MB/s of the three rows should be alike, and the peak memory grow with the size. The peak
is read in a new process per size, through ``resource.getrusage(RUSAGE_CHILDREN)`` of a
parent that starts only that process: ``peak_rss_mb`` cleaning the document,
``ready_rss_mb`` with the document read and the cleaner made but nothing cleaned (the
difference is the cleaning's own memory). Both are in ``extra_info``, with
``peak_per_input_byte`` (the peak over the document's size).

    python -m pytest bench/bench_docsize.py -p no:cacheprovider
"""

from __future__ import annotations

import json
import subprocess
import sys
from functools import cache

import pytest
from conftest import ROOT

import cleaner
from cleaner import Label

SIZES_MB = (1, 10, 100)
SAMPLE = ROOT / "corpus" / "sample"
# The child cleans (or only reads) the document; its parent reports the child's peak.
_CHILD = """
import sys
sys.path.insert(0, {root!r})
from bench_docsize import document
from cleaner import Cleaner
text = document({mb})
cleaner = Cleaner()
if {clean}:
    result = cleaner.clean(text)
    assert result.lines
"""
_PARENT = """
import resource, subprocess, sys
subprocess.run([sys.executable, "-c", sys.argv[1]], check=True)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""


@cache
def document(mb: int) -> str:
    """The sample pages, repeated in order (a blank line between pages) up to ``mb`` MB."""
    pages = [p.read_text("utf-8").strip("\n") for p in sorted(SAMPLE.glob("*.txt"))]
    if not pages:
        pytest.skip(f"no sample pages in {SAMPLE}")
    unit = "\n\n".join(pages) + "\n\n"
    size = len(unit.encode("utf-8"))
    return unit * max(1, round(mb * 1_000_000 / size))


def peak_rss_mb(mb: int, clean: bool) -> float:
    """The peak resident memory (MB) of a new process that reads the document of ``mb`` MB,
    makes a cleaner and (``clean``) cleans the document."""
    child = _CHILD.format(root=str(ROOT / "bench"), mb=mb, clean=clean)
    done = subprocess.run([sys.executable, "-c", _PARENT, child], capture_output=True,
                          text=True, check=True, cwd=ROOT)
    return int(done.stdout.split()[-1]) / 1024  # (Linux reports KiB)


@pytest.mark.benchmark(group="docsize")
@pytest.mark.parametrize("mb", SIZES_MB, ids=[f"{mb}MB" for mb in SIZES_MB])
def test_one_document(benchmark, cleaner_obj, mb: int) -> None:
    text = document(mb)
    size = len(text.encode("utf-8"))
    lines = text.count("\n")
    info = benchmark.extra_info
    info.update(system="news-cleaner", reference=True, set=f"sample x {mb} MB",
                source=str(SAMPLE), version=cleaner.__version__, bytes=size, lines=lines,
                documents=1)
    result = benchmark.pedantic(cleaner_obj.clean, args=(text,), rounds=1 if mb > 10 else 3,
                                warmup_rounds=0, iterations=1)
    labels = [line.label for line in result.lines]
    assert labels.count(Label.KEEP) and labels.count(Label.DROP)
    if benchmark.stats:
        mean = benchmark.stats.stats.mean
        info.update(mb_per_s=size / 1e6 / mean, lines_per_s=lines / mean, docs_per_s=1 / mean)
    peak, ready = peak_rss_mb(mb, clean=True), peak_rss_mb(mb, clean=False)
    info.update(peak_rss_mb=round(peak, 1), ready_rss_mb=round(ready, 1),
                peak_per_input_byte=round(peak * 2**20 / size, 1))
    print(json.dumps({"mb": mb, "peak_rss_mb": info["peak_rss_mb"],
                      "ready_rss_mb": info["ready_rss_mb"]}))
