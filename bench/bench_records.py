"""Group "records": ``clean IN -o OUT`` over the scrapinghub texts as one file of records,
JSONL and Parquet, with ``--jobs 1`` and ``--jobs 2`` (the console script: start-up,
reading, the supervised workers and writing are timed). The reference row, a folder run
over the same texts as ``.txt`` files, says what records cost beside files.

The peak memory of record runs as the input grows is ``bench/records_memory.py``."""

from __future__ import annotations

import json
import subprocess
from itertools import count
from pathlib import Path

import pytest
from bench_end_to_end import console_script, copy_texts
from conftest import TextSet

import cleaner


@pytest.fixture(scope="session")
def record_files(scrapinghub: TextSet, tmp_path_factory: pytest.TempPathFactory
                 ) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("records")
    rows = [{"id": n, "url": url, "text": text}
            for n, (text, url) in enumerate(zip(scrapinghub.texts, scrapinghub.urls,
                                                strict=True))]
    jsonl = folder / "pages.jsonl"
    jsonl.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows),
                     encoding="utf-8")
    files = {"jsonl": jsonl, "txt": copy_texts(scrapinghub, tmp_path_factory)}
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        return files
    pq.write_table(pa.Table.from_pylist(rows), folder / "pages.parquet")
    files["parquet"] = folder / "pages.parquet"
    return files


@pytest.mark.benchmark(group="records")
@pytest.mark.parametrize("fmt", ["txt", "jsonl", "parquet"])
@pytest.mark.parametrize("jobs", [1, 2])
def test_clean_records(measure, scrapinghub, record_files, tmp_path: Path, fmt: str,
                       jobs: int) -> None:
    if fmt not in record_files:
        pytest.skip("pyarrow not installed: pip install 'news-cleaner[parquet]'")
    script = console_script()
    numbers = count()

    def fresh():  # untimed: a new output path every round
        suffix = "" if fmt == "txt" else f".{fmt}"
        return (tmp_path / f"out{next(numbers)}{suffix}",), {}

    def run(out: Path) -> Path:
        subprocess.run([script, str(record_files[fmt]), "-o", str(out), "--jobs", str(jobs),
                        "--quiet"], check=True)
        return out

    name = "folder of .txt files" if fmt == "txt" else f"{fmt} records"
    out = measure(run, scrapinghub, f"clean {name} --jobs {jobs}", cleaner.__version__,
                  setup=fresh, rounds=3, reference=(fmt, jobs) == ("txt", 1))
    if fmt == "jsonl":
        rows = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
        assert len(rows) == len(scrapinghub)
        assert sum(len(r["text"]) for r in rows) < sum(len(t) for t in scrapinghub.texts)
    elif fmt == "parquet":
        import pyarrow.parquet as pq

        assert pq.read_metadata(out).num_rows == len(scrapinghub)
