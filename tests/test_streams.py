"""Record files through the ``clean`` command: JSONL (plain, gzip, zstd), Parquet, WARC
and WET. Every record comes out, in order, with all its fields; the cleaned text is what
``Cleaner.clean`` gives record by record; bad records are kept and marked."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from cleaner import Cleaner
from cleaner.records import META_FIELD

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "tests" / "data" / "benchmarks"


def _pages(limit: int = 16) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for name in ("scrapinghub", "wcxb-dev-articles"):
        with open(BENCH / name / "pages.jsonl", encoding="utf-8") as handle:
            for line in handle:
                page = json.loads(line)
                rows.append({"id": f"{name}/{page['id']}", "url": page.get("url"),
                             "text": (BENCH / name / page["text"]).read_text("utf-8"),
                             "nested": {"site": name, "n": [len(rows)]}})
                if len(rows) >= limit * (1 + (name != "scrapinghub")):
                    break
    return rows


BAD = [{"id": "null", "text": None}, {"id": "int", "text": 42}, {"id": "empty", "text": ""},
       {"id": "no-text", "body": "x"}]


def _records() -> list[dict[str, Any]]:
    rows = _pages()
    return [*rows[:5], *BAD, *rows[5:]]


def _run(args: list[str], stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "cleaner", *args], input=stdin,
                          capture_output=True, cwd=ROOT, timeout=300)


def _write_jsonl(path: Path, rows: list[dict[str, Any]]) -> None:
    data = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows).encode()
    if path.suffix == ".gz":
        data = gzip.compress(data)
    elif path.suffix == ".zst":
        zstandard = pytest.importorskip("zstandard")
        data = zstandard.ZstdCompressor().compress(data)
    path.write_bytes(data)


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    data = path.read_bytes()
    if path.suffix == ".gz":
        data = gzip.decompress(data)
    elif path.suffix == ".zst":
        data = pytest.importorskip("zstandard").ZstdDecompressor().decompressobj().decompress(data)
    return [json.loads(line) for line in data.decode().splitlines()]


def _check(inp: list[dict[str, Any]], out: list[dict[str, Any]], *,
           output_field: str | None = None) -> None:
    """Same records, same order, other fields untouched, text as Cleaner.clean gives it."""
    cleaner = Cleaner()
    assert len(out) == len(inp)
    for before, after in zip(inp, out, strict=True):
        meta = after.pop(META_FIELD)
        text = before.get("text")
        if isinstance(text, str):
            assert meta["error"] is None
            expected = cleaner.clean(text, url=before.get("url")).text
            if output_field:
                assert after.pop(output_field) == expected
            else:
                assert after["text"] == expected
                after["text"] = text
            dropped = cleaner.clean(text, url=before.get("url")).dropped
            assert sum(meta["removed_chars"].values()) == sum(len(d.text) for d in dropped)
        else:
            assert meta["error"], before
            if output_field:
                assert after.pop(output_field) is None
        assert after == before


@pytest.mark.parametrize("suffix", [".jsonl", ".jsonl.gz", ".jsonl.zst"])
def test_jsonl_round_trip(tmp_path: Path, suffix: str) -> None:
    rows = _records()
    _write_jsonl(tmp_path / f"in{suffix}", rows)
    proc = _run([str(tmp_path / f"in{suffix}"), "-o", str(tmp_path / f"out{suffix}"),
                 "--id-field", "id"])
    err = proc.stderr.decode()
    assert proc.returncode == 1  # (the bad records failed, counted)
    assert f"records: {len(rows) - 3} cleaned, 3 failed, 0 skipped" in err
    assert "record 6 (id null): text is null" in err
    _check(rows, _read_jsonl(tmp_path / f"out{suffix}"))


def test_output_field_keeps_the_original_and_two_workers_give_the_same_bytes(
        tmp_path: Path) -> None:
    rows = _records()
    _write_jsonl(tmp_path / "in.jsonl", rows)
    outs = []
    for jobs in ("1", "2"):
        _run([str(tmp_path / "in.jsonl"), "-o", str(tmp_path / f"out{jobs}.jsonl"),
              "--output-field", "clean", "--jobs", jobs])
        outs.append((tmp_path / f"out{jobs}.jsonl").read_bytes())
    assert outs[0] == outs[1]
    _check(rows, _read_jsonl(tmp_path / "out1.jsonl"), output_field="clean")


def test_errors_file_and_drop_empty(tmp_path: Path) -> None:
    rows = [*_records(), {"id": "nav", "text": "Home\nNews\nSport"}]
    _write_jsonl(tmp_path / "in.jsonl", rows)
    proc = _run([str(tmp_path / "in.jsonl"), "-o", str(tmp_path / "out.jsonl"),
                 "--errors", str(tmp_path / "bad.jsonl"), "--drop-empty"])
    out, bad = _read_jsonl(tmp_path / "out.jsonl"), _read_jsonl(tmp_path / "bad.jsonl")
    assert [r["id"] for r in bad] == ["null", "int", "no-text"]
    assert all(r[META_FIELD]["error"] for r in bad)
    cleaner = Cleaner()
    kept = [r["id"] for r in rows if isinstance(r.get("text"), str)
            and cleaner.clean(r["text"], url=r.get("url")).text]
    assert [r["id"] for r in out] == kept and "empty" not in kept
    empty = sum(1 for r in rows if isinstance(r.get("text"), str)) - len(kept)
    assert f"{empty} empty after cleaning (--drop-empty)" in proc.stderr.decode()


def test_standard_input_to_standard_output_with_an_explicit_format() -> None:
    rows = _pages(4)
    data = "".join(json.dumps(r) + "\n" for r in rows).encode()
    proc = _run(["--input-format", "jsonl", "--quiet"], stdin=data)
    assert proc.returncode == 0
    _check(rows, [json.loads(line) for line in proc.stdout.decode().splitlines()])


def test_explain_adds_the_removed_line_ranges(tmp_path: Path) -> None:
    rows = _pages(3)
    _write_jsonl(tmp_path / "in.jsonl", rows)
    _run([str(tmp_path / "in.jsonl"), "-o", str(tmp_path / "out.jsonl"), "--explain"])
    cleaner = Cleaner()
    for row, out in zip(rows, _read_jsonl(tmp_path / "out.jsonl"), strict=True):
        dropped = {line.index + 1 for line in cleaner.clean(row["text"], url=row["url"]).dropped}
        ranges = out[META_FIELD]["removed"]
        assert {n for r in ranges for n in range(r["first"], r["last"] + 1)} >= dropped
        assert all(r["reasons"] for r in ranges)


def test_parquet_round_trip_keeps_types_and_rows(tmp_path: Path) -> None:
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    rows = [r for r in _records() if "text" in r and not isinstance(r["text"], int)]
    table = pa.Table.from_pylist(rows)
    rows = table.to_pylist()  # (every row has every column: missing ones are null)
    pq.write_table(table, tmp_path / "in.parquet", row_group_size=7)
    proc = _run([str(tmp_path / "in.parquet"), "-o", str(tmp_path / "out.parquet"),
                 "--jobs", "2"])
    assert f"records: {len(rows) - 1} cleaned, 1 failed" in proc.stderr.decode()
    out = pq.read_table(tmp_path / "out.parquet")
    assert out.schema.field("nested").type == table.schema.field("nested").type
    _check(rows, out.to_pylist())
    # and Parquet to JSONL
    _run([str(tmp_path / "in.parquet"), "-o", str(tmp_path / "out.jsonl")])
    _check(rows, _read_jsonl(tmp_path / "out.jsonl"))


def test_records_never_overwrite_an_input_and_fail_whole(tmp_path: Path) -> None:
    _write_jsonl(tmp_path / "in.jsonl", _pages(2))
    before = (tmp_path / "in.jsonl").read_bytes()
    proc = _run([str(tmp_path / "in.jsonl"), "-o", str(tmp_path / "in.jsonl")])
    assert proc.returncode == 1 and b"is an input" in proc.stderr
    assert (tmp_path / "in.jsonl").read_bytes() == before
    proc = _run([str(tmp_path / "in.jsonl"), "-o", str(tmp_path)])
    assert proc.returncode == 2 and b"names one output file" in proc.stderr


def test_a_record_over_the_time_limit_is_kept_and_marked(tmp_path: Path) -> None:
    rows = _pages(3)
    rows.insert(1, {"id": "slow", "url": None, "text": rows[0]["text"] * 3000})  # seconds
    _write_jsonl(tmp_path / "in.jsonl", rows)
    proc = _run([str(tmp_path / "in.jsonl"), "-o", str(tmp_path / "out.jsonl"),
                 "--time-limit", "0.3", "--max-bytes", "0"])
    out = _read_jsonl(tmp_path / "out.jsonl")
    assert [r["id"] for r in out] == [r["id"] for r in rows]
    assert "time limit" in out[1][META_FIELD]["error"] and out[1]["text"] == rows[1]["text"]
    assert "1 failed (1 over a limit)" in proc.stderr.decode()


def _warc(path: Path, records: list[tuple[str, str, str, bytes]]) -> None:
    """A WARC file written by warcio: (type, url, content type, payload)."""
    warcio = pytest.importorskip("warcio")
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=path.suffix == ".gz")
        for kind, url, content_type, payload in records:
            import io

            if kind == "response":
                http = StatusAndHeaders("200 OK", [("Content-Type", content_type)],
                                        protocol="HTTP/1.1")
                record = writer.create_warc_record(url, "response", payload=io.BytesIO(payload),
                                                   http_headers=http)
            else:
                record = writer.create_warc_record(
                    url, kind, payload=io.BytesIO(payload),
                    warc_headers_dict={"Content-Type": content_type})
            writer.write_record(record)
    assert warcio


def test_wet_conversion_records_are_cleaned_as_text(tmp_path: Path) -> None:
    rows = _pages(4)
    _warc(tmp_path / "crawl.wet.gz", [("conversion", r["url"], "text/plain",
                                       r["text"].encode()) for r in rows]
          + [("metadata", "https://x.example/", "application/json", b"{}")])
    proc = _run([str(tmp_path / "crawl.wet.gz"), "-o", str(tmp_path / "out.jsonl")])
    assert proc.returncode == 0, proc.stderr.decode()
    out = _read_jsonl(tmp_path / "out.jsonl")
    cleaner = Cleaner()
    assert [r["url"] for r in out] == [r["url"] for r in rows]
    for row, got in zip(rows, out, strict=True):
        assert got["text"] == cleaner.clean(row["text"], url=row["url"]).text
        assert got["id"].startswith("<urn:uuid:") and got["date"]


def test_warc_response_records_are_cleaned_as_html(tmp_path: Path) -> None:
    pages = []
    with open(BENCH / "scrapinghub" / "pages.jsonl", encoding="utf-8") as handle:
        for line in list(handle)[:4]:
            page = json.loads(line)
            pages.append((page["url"], gzip.decompress((BENCH / "scrapinghub" /
                                                        page["html"]).read_bytes())))
    _warc(tmp_path / "crawl.warc.gz",
          [("response", url, "text/html; charset=utf-8", html) for url, html in pages[:2]]
          + [("response", "https://x.example/logo.png", "image/png", b"\x89PNG\r\n")]
          + [("request", pages[2][0], "application/http", b"GET / HTTP/1.1\r\n\r\n")]
          + [("response", url, "text/html", html) for url, html in pages[2:]])
    proc = _run([str(tmp_path / "crawl.warc.gz"), "-o", str(tmp_path / "out.jsonl")])
    out = _read_jsonl(tmp_path / "out.jsonl")
    assert [r["url"] for r in out] == [pages[0][0], pages[1][0], "https://x.example/logo.png",
                                       pages[2][0], pages[3][0]]
    assert "not HTML" in out[2][META_FIELD]["error"] and out[2]["text"] is None
    assert "records: 4 cleaned, 1 failed" in proc.stderr.decode()
    cleaner = Cleaner()
    for (url, html), got in zip(pages, [out[0], out[1], out[3], out[4]], strict=True):
        expected = cleaner.clean(html, url=url, format="html")  # type: ignore[call-arg]
        assert got["text"] == expected.text and got["text"]
        assert got[META_FIELD]["error"] is None
