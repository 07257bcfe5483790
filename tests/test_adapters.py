"""The pipeline adapters (Arrow/Parquet, Hugging Face datasets, datatrove, Spark) on real
pages: every record kept, in order, every other field untouched, the cleaned text that
``Cleaner().clean`` gives record by record, and bad records kept and marked.

Each adapter's tests skip when its extra is not installed."""

from __future__ import annotations

import json
import os
import pickle
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from cleaner import Cleaner, CleanerError
from cleaner.corpus import read_doc
from cleaner.records import META_FIELD, cleaned_meta, worker_cleaner

ROOT = Path(__file__).resolve().parent.parent
BENCHMARKS = ROOT / "tests" / "data" / "benchmarks"
# A page whose URL picks a packaged publisher rule set (so a URL lost on the way shows).
PUBLISHER_PAGE = (ROOT / "corpus" / "seeds" / "001.tsv", "https://www.independent.co.uk/news/uk/x")
PAGES_PER_SET = 10
# A publisher rule that backtracks for ever on a line of a's: cleaning that page raises
# RuleTimeoutError, a CleanerError (as tests/test_rules.py's catastrophic rule).
EVIL_RULES = ("publisher: Example\n"
              "rules:\n  - {id: evil, category: comments, drop: {regex: '^(a|aa)+$'}}\n"
              "tests:\n  - doc: corpus/seeds/000.tsv\n")
EVIL_URL = "https://www.example.com/evil"
EVIL_TEXT = "A headline that is fine\n" + "a" * 40 + "!\n"


def _need(module: str, extra: str) -> Any:
    """The module, or the test skipped saying which extra installs it."""
    return pytest.importorskip(module, reason=f"{module.partition('.')[0]} not installed: "
                               f"pip install 'news-cleaner[{extra}]'")


def _pages() -> list[dict[str, Any]]:
    records: list[dict[str, Any]] = []
    for folder in sorted(p for p in BENCHMARKS.iterdir() if (p / "pages.jsonl").is_file()):
        with open(folder / "pages.jsonl", encoding="utf-8") as pages:
            for line in list(pages)[:PAGES_PER_SET]:
                page = json.loads(line)
                records.append({"text": (folder / page["text"]).read_text(encoding="utf-8"),
                                "url": page["url"]})
    path, url = PUBLISHER_PAGE
    records.append({"text": read_doc(path).text, "url": url})
    return records


def _records(*, int_text: bool = True) -> list[dict[str, Any]]:
    """About 20 real pages, then bad ones: a null text, an empty one, a text that is an int
    (where the format can hold one); each with an ``id`` and a nested ``source``."""
    records = _pages()
    records += [{"text": None, "url": "https://example.org/null"},
                {"text": "", "url": None}]
    if int_text:
        records.append({"text": 42, "url": "https://example.org/int"})
    for number, record in enumerate(records):
        record["id"] = 1000 + number
        record["source"] = {"set": "adapters", "tags": [f"n{number}", "x"]}
    return records


def _expected(cleaner: Cleaner, record: dict[str, Any]) -> str | None:
    """What ``cleaner.clean`` makes of the record's text; None: it cannot be cleaned."""
    if not isinstance(record["text"], str):
        return None
    try:
        return cleaner.clean(record["text"], url=record["url"]).text
    except CleanerError:
        return None


def _check(cleaner: Cleaner, records: list[dict[str, Any]], out: list[dict[str, Any]],
           output_column: str | None = None) -> None:
    """``out`` is ``records`` cleaned: same length and order, ``id``, ``url`` and ``source``
    as they were, the cleaned text (in ``output_column``, or replacing the text) and the
    ``news_cleaner`` field; a record that cannot be cleaned keeps its text and its error."""
    assert len(out) == len(records)
    assert [o["id"] for o in out] == [r["id"] for r in records]
    for record, row in zip(records, out, strict=True):
        assert row["source"] == record["source"] and row.get("url") == record.get("url")
        expected = _expected(cleaner, record)
        meta = row[META_FIELD]
        if output_column:
            assert row["text"] == record["text"] and row[output_column] == expected
        else:
            assert row["text"] == (record["text"] if expected is None else expected)
        if expected is None:
            assert meta["error"], f"record {record['id']} has no error"
            assert meta["publisher"] is None and sum(meta["removed_chars"].values()) == 0
        else:
            assert meta == cleaned_meta(cleaner.clean(record["text"], url=record["url"]))
    errors = {row["id"]: row[META_FIELD]["error"] for row in out if row[META_FIELD]["error"]}
    assert all(record["text"] is not None for record in records) or (
        "text is null" in errors.values())
    assert "independent.co.uk" in {row[META_FIELD]["publisher"] for row in out}
    assert sum(row[META_FIELD]["language"] is not None for row in out) >= 20


@pytest.fixture()
def evil_cleaner(tmp_path: Path) -> Cleaner:
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "example.com.yaml").write_text(EVIL_RULES, encoding="utf-8")
    return Cleaner([rules])


def _evil_records() -> list[dict[str, Any]]:
    good = _pages()[0]
    return [{"id": 1, "text": good["text"], "url": good["url"]},
            {"id": 2, "text": EVIL_TEXT, "url": EVIL_URL},
            {"id": 3, "text": good["text"], "url": good["url"]}]


def _check_evil(cleaner: Cleaner, out: list[dict[str, Any]]) -> None:
    """The middle record's cleaning raised a CleanerError: it keeps its text and says why;
    the records around it are cleaned."""
    records = _evil_records()
    with pytest.raises(CleanerError, match="rule 'evil'"):
        cleaner.clean(EVIL_TEXT, url=EVIL_URL)
    assert [row["id"] for row in out] == [1, 2, 3]
    assert out[1]["text"] == EVIL_TEXT and "rule 'evil'" in out[1][META_FIELD]["error"]
    for index in (0, 2):
        assert out[index]["text"] == _expected(cleaner, records[index])
        assert out[index][META_FIELD]["error"] is None


# --- Arrow and Parquet ----------------------------------------------------------------

def _table(records: list[dict[str, Any]], chunks: int = 1) -> Any:
    pa = _need("pyarrow", "parquet")
    step = -(-len(records) // chunks)
    return pa.concat_tables([pa.Table.from_pylist(records[i:i + step])
                             for i in range(0, len(records), step)])


def test_arrow_table_round_trips_real_pages_through_parquet(cleaner: Cleaner,
                                                             tmp_path: Path) -> None:
    pq = _need("pyarrow.parquet", "parquet")
    from cleaner.arrow import clean_table

    records = _records(int_text=False)
    table = _table(records, chunks=3)
    pq.write_table(table, tmp_path / "in.parquet")
    cleaned = clean_table(pq.read_table(tmp_path / "in.parquet"))
    assert cleaned.schema.names == ["text", "url", "id", "source", META_FIELD]
    for name in ("url", "id", "source"):
        assert cleaned.column(name).equals(table.column(name))
    pq.write_table(cleaned, tmp_path / "out.parquet")
    back = pq.read_table(tmp_path / "out.parquet")
    assert back.equals(cleaned)
    _check(cleaner, records, back.to_pylist())


def test_arrow_output_column_keeps_the_text_and_record_batches_stay_batches(
        cleaner: Cleaner) -> None:
    from cleaner.arrow import clean_table

    records = _records(int_text=False)
    batch = _table(records).to_batches()[0]
    out = clean_table(batch, output_column="clean")
    assert type(out) is type(batch) and out.schema.names[-2:] == ["clean", META_FIELD]
    assert out.column("text").equals(batch.column("text"))
    _check(cleaner, records, out.to_pylist(), output_column="clean")


def test_arrow_explain_gives_the_removed_line_ranges(cleaner: Cleaner) -> None:
    from cleaner.arrow import clean_table

    records = _records(int_text=False)
    out = clean_table(_table(records), explain=True).to_pylist()
    for record, row in zip(records, out, strict=True):
        if isinstance(record["text"], str):
            result = cleaner.clean(record["text"], url=record["url"])
            assert row[META_FIELD] == cleaned_meta(result, explain=True)
    assert any(row[META_FIELD]["removed"] for row in out)


def test_arrow_without_urls_and_with_a_text_column_of_ints(cleaner: Cleaner) -> None:
    pa = _need("pyarrow", "parquet")
    from cleaner.arrow import clean_table

    records = _records(int_text=False)
    table = _table(records).drop_columns(["url"])
    out = clean_table(table).to_pylist()
    for record, row in zip(records, out, strict=True):
        if isinstance(record["text"], str):
            assert row["text"] == cleaner.clean(record["text"]).text
    numbers = pa.table({"body": [1, 2, None], "id": [7, 8, 9]})
    out = clean_table(numbers, text_column="body")
    assert out.column("body").equals(numbers.column("body"))
    assert [m["error"] for m in out.column(META_FIELD).to_pylist()] == [
        "text is not a string (got int)", "text is not a string (got int)", "text is null"]


def test_arrow_a_record_that_fails_to_clean_keeps_its_text(evil_cleaner: Cleaner) -> None:
    from cleaner.arrow import clean_table

    out = clean_table(_table(_evil_records()), cleaner=evil_cleaner)
    _check_evil(evil_cleaner, out.to_pylist())


def test_arrow_missing_text_column_names_the_columns_there_are() -> None:
    pa = _need("pyarrow", "parquet")
    from cleaner.arrow import clean_table

    with pytest.raises(CleanerError, match=r"no text column 'text'.*columns: body, id"):
        clean_table(pa.table({"body": ["x"], "id": [1]}))
    with pytest.raises(CleanerError, match="Table or RecordBatch, not dict"):
        clean_table({"text": ["x"]})


# --- Hugging Face datasets ---------------------------------------------------------------

def _dataset(records: list[dict[str, Any]]) -> Any:
    datasets = _need("datasets", "hf")
    return datasets.Dataset.from_list(records)


def test_hf_map_in_two_processes_round_trips_real_pages(cleaner: Cleaner) -> None:
    from cleaner.hf import CleanBatch

    records = _records(int_text=False)
    dataset = _dataset(records)
    dataset = dataset.cast_column("id", _need("datasets", "hf").Value("int32"))
    # (the bad records fall in the second process's shard: its news_cleaner has errors
    # where the first one's has none, and the two shards still join)
    out = dataset.with_format("arrow").map(CleanBatch(), batched=True, batch_size=5,
                                           num_proc=2).with_format(None)
    assert out.column_names == ["text", "url", "id", "source", META_FIELD]
    for name in ("url", "id", "source"):
        assert out.features[name] == dataset.features[name]
        assert out.data.column(name).equals(dataset.data.column(name))
    _check(cleaner, records, out.to_list())
    explained = dataset.with_format("arrow").map(
        CleanBatch(output_column="clean", explain=True), batched=True, batch_size=7)
    rows = explained.with_format(None).to_list()
    _check(cleaner, records, [{**row, META_FIELD: {**row[META_FIELD], "removed": None}}
                              for row in rows], output_column="clean")
    assert any(row[META_FIELD]["removed"] for row in rows)


def test_hf_batch_function_alone_pickles_without_its_cleaner(cleaner: Cleaner) -> None:
    _need("datasets", "hf")
    from cleaner.hf import CleanBatch

    records = _records()  # (a dict of columns can hold an int text)
    batch = {name: [r[name] for r in records] for name in ("id", "text", "url", "source")}
    clean = CleanBatch()
    out = clean(batch)
    assert set(out) == {"text", META_FIELD}
    rows = [{**row, "text": text, META_FIELD: meta} for row, text, meta in
            zip(records, out["text"], out[META_FIELD], strict=True)]
    _check(cleaner, records, rows)
    assert rows[-1][META_FIELD]["error"] == "text is not a string (got int)"
    data = pickle.dumps(clean)
    assert b"cleaner.api" not in data  # (no Cleaner in it)
    copy = pickle.loads(data)
    assert copy.cleaner is clean.cleaner is worker_cleaner()  # (one per process)
    assert copy(batch)["text"] == out["text"]
    no_urls = CleanBatch(url_column="link")({"text": [records[0]["text"]]})
    assert no_urls["text"] == [cleaner.clean(records[0]["text"]).text]
    with pytest.raises(CleanerError, match=r"no text column 'body'.*columns: id, text"):
        CleanBatch("body")({"id": [1], "text": ["x"]})


def test_hf_a_record_that_fails_to_clean_keeps_its_text(evil_cleaner: Cleaner) -> None:
    from cleaner.hf import CleanBatch

    dataset = _dataset(_evil_records()).with_format("arrow")
    out = dataset.map(CleanBatch(rule_dirs=evil_cleaner.rule_dirs), batched=True)
    _check_evil(evil_cleaner, out.with_format(None).to_list())


# --- datatrove -------------------------------------------------------------------------

def _datatrove() -> Any:
    return _need("datatrove", "datatrove")


def test_datatrove_step_cleans_in_place_keeps_metadata_and_counts(cleaner: Cleaner) -> None:
    _datatrove()
    from datatrove.data import Document

    from cleaner.datatrove import NewsCleanerStep

    records = _records()
    docs = [Document(text=r["text"], id=str(r["id"]),
                     metadata={"url": r["url"], "source": r["source"]}) for r in records]
    step = NewsCleanerStep()
    out = list(step.run(iter(docs)))
    rows = [{"id": int(d.id), "text": d.text, **d.metadata} for d in out]
    _check(cleaner, records, rows)
    json.dumps([d.metadata for d in out])  # (JSON-compatible, for the writers)
    failed = sum(_expected(cleaner, r) is None for r in records)
    assert failed == 2 and step.stats["failed"].total == failed
    assert step.stats["cleaned"].total == len(records) - failed
    assert step.stats["forwarded"].total == step.stats["total"].total == len(records)
    assert step.stats["doc_len"].total == sum(
        len(d.text) for d in out if d.metadata[META_FIELD]["error"] is None)
    for category in rows[0][META_FIELD]["removed_chars"]:
        assert step.stats[f"removed_chars_{category}"].total == sum(
            row[META_FIELD]["removed_chars"][category] for row in rows)
    assert sum(step.stats[f"removed_chars_{c}"].total for c in rows[0][META_FIELD]
               ["removed_chars"]) > 0
    data = pickle.dumps(step)
    assert b"cleaner.api" not in data  # (no Cleaner in it)
    assert pickle.loads(data).cleaner is step.cleaner is worker_cleaner()


def test_datatrove_pipeline_from_jsonl_to_jsonl_in_two_tasks(evil_cleaner: Cleaner,
                                                             tmp_path: Path) -> None:
    _datatrove()
    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter

    from cleaner.datatrove import NewsCleanerStep

    # (datatrove's readers skip records without text: no null or empty ones here)
    records = [*_pages(), {"text": EVIL_TEXT, "url": EVIL_URL}]
    for number, record in enumerate(records):
        record.update(id=1000 + number, source={"set": "adapters", "tags": [str(number)]})
    half = len(records) // 2
    (tmp_path / "in").mkdir()
    for name, part in (("a.jsonl", records[:half]), ("b.jsonl", records[half:])):
        (tmp_path / "in" / name).write_text("".join(json.dumps(r) + "\n" for r in part),
                                            encoding="utf-8")
    LocalPipelineExecutor([JsonlReader(str(tmp_path / "in")),
                           NewsCleanerStep(rule_dirs=evil_cleaner.rule_dirs),
                           JsonlWriter(str(tmp_path / "out"), compression=None)],
                          tasks=2, workers=2, logging_dir=str(tmp_path / "logs")).run()
    out = []
    for path in sorted((tmp_path / "out").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            doc = json.loads(line)
            out.append({"id": int(doc["id"]), "text": doc["text"], **doc["metadata"]})
    _check(evil_cleaner, records, out)
    assert "rule 'evil'" in out[-1][META_FIELD]["error"]
    stats = json.loads((tmp_path / "logs" / "stats.json").read_text(encoding="utf-8"))
    step = next(s["stats"] for s in stats if "news-cleaner" in s["name"])
    # (a count is written as its total alone)
    assert step["failed"] == 1 and step["cleaned"] == len(records) - 1
    assert step["removed_chars_navigation"]["total"] == sum(
        row[META_FIELD]["removed_chars"]["navigation"] for row in out) > 0


# --- Spark -----------------------------------------------------------------------------

@pytest.fixture(scope="module")
def spark() -> Iterator[Any]:
    """A local Spark of two cores: Arrow on, few partitions, no UI. Its Python workers
    import this checkout's ``cleaner`` (PYTHONPATH)."""
    _need("pyspark", "spark")
    _need("pyarrow", "spark")
    from pyspark.sql import SparkSession

    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("PYTHONPATH", os.pathsep.join(filter(None, [
            str(ROOT), os.environ.get("PYTHONPATH")])))
        patch.setenv("PYSPARK_PYTHON", sys.executable)
        session = (SparkSession.builder.master("local[2]").appName("news-cleaner-tests")
                   .config("spark.sql.execution.arrow.pyspark.enabled", "true")
                   .config("spark.sql.shuffle.partitions", "2")
                   .config("spark.default.parallelism", "2")
                   .config("spark.ui.enabled", "false")
                   .config("spark.driver.memory", "512m")
                   # (a short job: start the JVM fast rather than compile it hot)
                   .config("spark.driver.extraJavaOptions",
                           "-XX:+UseSerialGC -XX:TieredStopAtLevel=1")
                   .getOrCreate())
        session.sparkContext.setLogLevel("ERROR")
        try:
            yield session
        finally:
            session.stop()


SPARK_SCHEMA = ("id LONG, text STRING, url STRING, "
                "source STRUCT<set: STRING, tags: ARRAY<STRING>>")


def test_spark_dataframe_round_trips_real_pages_in_two_partitions(spark: Any,
                                                                  cleaner: Cleaner) -> None:
    from cleaner.spark import clean_dataframe

    records = _records(int_text=False)
    rows = [(r["id"], r["text"], r["url"], r["source"]) for r in records]
    df = spark.createDataFrame(rows, SPARK_SCHEMA)
    assert df.rdd.getNumPartitions() == 2
    cleaned = clean_dataframe(df)
    assert cleaned.columns == ["id", "text", "url", "source", META_FIELD]
    assert cleaned.schema["source"] == df.schema["source"]
    out = [row.asDict(recursive=True) for row in cleaned.collect()]
    _check(cleaner, records, out)
    second = clean_dataframe(df, output_column="clean", explain=True).collect()
    explained = [row.asDict(recursive=True) for row in second]
    _check(cleaner, records, [{**row, META_FIELD: {**row[META_FIELD], "removed": None}}
                              for row in explained], output_column="clean")
    assert any(row[META_FIELD]["removed"] for row in explained)


def test_spark_without_urls_and_without_a_text_column(spark: Any, cleaner: Cleaner) -> None:
    from cleaner.spark import clean_dataframe

    page = _pages()[0]["text"]
    df = spark.createDataFrame([(1, page)], "id LONG, body STRING")
    [row] = clean_dataframe(df, text_column="body").collect()
    assert row["body"] == cleaner.clean(page).text and row[META_FIELD]["error"] is None
    with pytest.raises(CleanerError, match=r"no text column 'text'.*columns: id, body"):
        clean_dataframe(df)


def test_spark_cleans_warc_and_wet_files_as_the_command_line_does(
        spark: Any, cleaner: Cleaner, tmp_path: Path) -> None:
    import gzip
    import io

    _need("warcio", "warc")
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    from cleaner.spark import clean_warc_files

    pages = []
    with open(BENCHMARKS / "scrapinghub" / "pages.jsonl", encoding="utf-8") as handle:
        for line in list(handle)[:3]:
            page = json.loads(line)
            pages.append((page["url"], gzip.decompress((BENCHMARKS / "scrapinghub" /
                                                        page["html"]).read_bytes()),
                          (BENCHMARKS / "scrapinghub" / page["text"]).read_text("utf-8")))
    with open(tmp_path / "a.warc.gz", "wb") as out:
        writer = WARCWriter(out, gzip=True)
        for url, html, _ in pages:
            http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                    protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                url, "response", payload=io.BytesIO(html), http_headers=http))
    with open(tmp_path / "b.wet", "wb") as out:
        writer = WARCWriter(out, gzip=False)
        for url, _, text in pages:
            writer.write_record(writer.create_warc_record(
                url, "conversion", payload=io.BytesIO(text.encode()),
                warc_headers_dict={"Content-Type": "text/plain"}))
    rows = [row.asDict(recursive=True) for row in
            clean_warc_files(spark, [tmp_path / "a.warc.gz", tmp_path / "b.wet"]).collect()]
    assert len(rows) == 2 * len(pages)
    for row in rows:
        assert row["id"].startswith("<urn:uuid:") and row["date"]
        assert row[META_FIELD]["error"] is None
    for url, html, text in pages:  # one row from the WARC (as HTML), one from the WET
        got = sorted(row["text"] for row in rows if row["url"] == url)
        assert got == sorted([cleaner.clean(html, url=url, format="html").text,
                              cleaner.clean(text, url=url).text])
    with pytest.raises(CleanerError, match="not a WARC or WET file"):
        clean_warc_files(spark, [BENCHMARKS / "scrapinghub" / "pages.jsonl"])
