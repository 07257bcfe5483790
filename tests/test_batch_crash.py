"""A worker that dies (a segfault in a compiled parser) fails its document, not the run
(cleaner/batch.py's run_jobs, under cleaner/workers.py's supervisor)."""

from __future__ import annotations

import ctypes
import sys
from pathlib import Path

import pytest

from cleaner.api import Cleaner, default_scorers
from cleaner.batch import Report, Settings, run_jobs
from cleaner.files import Plan
from cleaner.scorers import Document


class CrashOnMarker:
    """A scorer that crashes its process on a document holding "CRASH"."""

    name = "crash"

    def score(self, doc: Document) -> None:
        if any("CRASH" in text for text in doc.texts):
            ctypes.string_at(0)  # reads address 0: SIGSEGV


@pytest.mark.skipif(sys.platform != "linux", reason="relies on fork and SIGSEGV")
def test_a_crashing_document_fails_alone(tmp_path: Path) -> None:
    source, output = tmp_path / "in", tmp_path / "out"
    source.mkdir()
    for i in range(12):
        marker = "CRASH here.\n" if i == 5 else ""
        (source / f"{i:02}.txt").write_text(
            marker + "The council voted on Tuesday to close the old bridge for repairs.\n",
            "utf-8")
    cleaner = Cleaner(scorers=[*default_scorers(), CrashOnMarker()])
    total = Report()

    def done(report: Report, _: str) -> None:
        nonlocal total
        total += report

    jobs = Plan([source], output).jobs(lambda path, why: None)
    run_jobs(jobs, cleaner, Settings(), workers=2, on_done=done)
    assert (total.documents, total.failed) == (11, 1)
    assert total.errors[0].startswith(str(source / "05.txt"))
    assert "SIGSEGV" in total.errors[0]
    assert len(list(output.glob("*.txt"))) == 11
