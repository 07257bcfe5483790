"""Spark: clean a DataFrame's text column with ``mapInArrow``.

    >>> from cleaner.spark import clean_dataframe
    >>> df = spark.read.parquet("news/")
    >>> clean_dataframe(df).write.parquet("cleaned/")

Every row is kept, every other column as it was; the cleaned text replaces the text column
(or goes to ``output_column``) and the ``news_cleaner`` struct column is added
(``cleaner.records``). Each Arrow batch is cleaned by ``cleaner.arrow.clean_table``; each
Python worker process builds one ``Cleaner`` on its first batch and keeps it for every
task it runs (``cleaner.records.worker_cleaner``). news-cleaner must be installed where
the executors run Python. Needs ``pip install 'news-cleaner[spark]'``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from cleaner.api import Options
from cleaner.arrow import check_columns, clean_table, output_names
from cleaner.batch import RecordTask, Settings, run_record
from cleaner.errors import CleanerError
from cleaner.files import DEFAULT_MAX_BYTES, record_format
from cleaner.records import META_FIELD, arrow_meta_type, require, worker_cleaner
from cleaner.streams import Fields, read_records


def spark_type(arrow_type: Any) -> Any:
    """The Spark SQL type of an Arrow type of strings, 64-bit integers, structs and lists
    (the types of ``news_cleaner``)."""
    pa = require("pyarrow", "spark")
    types = require("pyspark.sql.types", "spark")
    if pa.types.is_string(arrow_type) or pa.types.is_large_string(arrow_type):
        return types.StringType()
    if pa.types.is_int64(arrow_type):
        return types.LongType()
    if pa.types.is_struct(arrow_type):
        return types.StructType([types.StructField(field.name, spark_type(field.type))
                                 for field in arrow_type])
    if pa.types.is_list(arrow_type):
        return types.ArrayType(spark_type(arrow_type.value_type))
    raise CleanerError(f"no Spark type for the Arrow type {arrow_type}")


def output_schema(schema: Any, output_column: str | None = None) -> Any:
    """The schema of ``clean_dataframe``'s result: ``schema``'s fields in order (the text
    column's own type kept), then ``output_column`` (a string) and ``news_cleaner``, each
    replacing a field of that name where there is one."""
    types = require("pyspark.sql.types", "spark")
    fields = {field.name: field for field in schema.fields}
    if output_column:
        fields[output_column] = types.StructField(output_column, types.StringType())
    fields[META_FIELD] = types.StructField(META_FIELD, spark_type(arrow_meta_type()))
    return types.StructType([fields[name] for name in output_names(schema.names,
                                                                    output_column)])


def clean_dataframe(df: Any, text_column: str = "text", url_column: str = "url",
                    output_column: str | None = None, explain: bool = False, *,
                    rule_dirs: Iterable[str | Path] = (), options: Options | None = None) -> Any:
    """A DataFrame of ``df``'s rows cleaned, lazily (nothing runs before an action).

    ``url_column`` may be missing (no URLs); ``rule_dirs`` and ``options`` are the
    ``Cleaner``'s (rule folders must be readable at the same path on every executor);
    ``explain`` fills ``news_cleaner.removed`` with the removed line ranges."""
    require("pyspark.sql", "spark")
    check_columns(list(df.columns), text_column, output_column)
    if output_column == text_column:
        output_column = None
    schema = output_schema(df.schema, output_column)
    folders = tuple(Path(d).resolve() for d in rule_dirs)

    def clean_batches(batches: Iterator[Any]) -> Iterator[Any]:
        cleaner = worker_cleaner(folders, options)
        for batch in batches:
            yield clean_table(batch, text_column, url_column, output_column, cleaner=cleaner,
                              explain=explain)

    return df.mapInArrow(clean_batches, schema)


def clean_warc_files(spark: Any, paths: Iterable[str | Path], explain: bool = False, *,
                     rule_dirs: Iterable[str | Path] = (), options: Options | None = None,
                     max_bytes: int | None = DEFAULT_MAX_BYTES) -> Any:
    """A DataFrame of the cleaned records of WARC files (``response`` records, as HTML)
    and WET files (``conversion`` records, as text), lazily: ``id``, ``url``, ``date``,
    ``text`` and ``news_cleaner``, one row per record, as ``clean FILE -o OUT.jsonl``
    writes them. Each file is read by one task (``paths`` must be readable at the same
    path on every executor); needs ``pip install 'news-cleaner[spark,warc]'``."""
    require("pyspark.sql", "spark")
    pa = require("pyarrow", "spark")
    types = require("pyspark.sql.types", "spark")
    files = [str(Path(p).resolve()) for p in paths]
    for path in files:
        if record_format(path) not in ("warc", "wet"):
            raise CleanerError(f"{path}: not a WARC or WET file (.warc, .warc.gz, .wet, .wet.gz)")
    arrow_schema = pa.schema([(name, pa.string()) for name in ("id", "url", "date", "text")]
                             + [(META_FIELD, arrow_meta_type())])
    schema = types.StructType([types.StructField(f.name, spark_type(f.type))
                               for f in arrow_schema])
    folders = tuple(Path(d).resolve() for d in rule_dirs)
    settings = Settings(max_bytes=max_bytes)

    def clean_files(batches: Iterator[Any]) -> Iterator[Any]:
        cleaner = worker_cleaner(folders, options)
        for batch in batches:
            for path in batch.column("path").to_pylist():
                fmt = record_format(path) or "warc"
                rows = []
                for record in read_records(Path(path), fmt, Fields()):
                    task = RecordTask(record.text, record.url, record.content, record.charset,
                                      record.error)
                    text, meta, _ = run_record(task, cleaner, settings, explain)
                    rows.append({**record.fields, "text": text, META_FIELD: meta})
                    if len(rows) >= WARC_BATCH_ROWS:
                        yield pa.RecordBatch.from_pylist(rows, schema=arrow_schema)
                        rows = []
                if rows:
                    yield pa.RecordBatch.from_pylist(rows, schema=arrow_schema)

    listing = spark.createDataFrame([(path,) for path in files], "path STRING")
    return listing.repartition(max(1, len(files))).mapInArrow(clean_files, schema)


# Rows per Arrow batch handed back to Spark from a WARC file.
WARC_BATCH_ROWS = 256
