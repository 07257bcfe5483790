"""Record files: read JSONL, Parquet, WARC and WET records as a stream; write JSONL or
Parquet, whole or not at all.

Formats go by extension (``record_format``): ``.jsonl`` (also ``.ndjson``, and either
compressed ``.gz`` or ``.zst``), ``.parquet``, ``.warc``/``.warc.gz`` (``response``
records with an HTML payload, cleaned as HTML) and ``.wet``/``.wet.gz`` (``conversion``
records, cleaned as text). Everything streams: JSONL line by line, Parquet batch by
batch (``iter_batches``), WARC record by record, so memory does not grow with a file.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from cleaner.data import temporary_path
from cleaner.errors import CleanerError, InputError
from cleaner.files import RECORD_FORMATS
from cleaner.html.charset import charset_of_content_type
from cleaner.records import META_FIELD, arrow_meta_type, require

# Parquet batches read at a time, and rows per row group written.
PARQUET_BATCH_ROWS = 1024
ROW_GROUP_ROWS = 10_000


def _compression(path: Path | str) -> str | None:
    name = str(path).lower()
    return "gzip" if name.endswith(".gz") else "zstd" if name.endswith(".zst") else None


@dataclass(slots=True)
class Record:
    """One record read: its fields as they were, and what is to be cleaned."""

    fields: dict[str, Any]
    text: Any  # the text field's value (not always a string: that record fails)
    url: str | None = None
    content: str = "text"  # text | html | auto: how the text is to be read
    charset: str | None = None  # the HTTP charset of a WARC response
    error: str | None = None  # why it cannot be cleaned, found while reading
    size: int = 0  # bytes read for it


@dataclass(frozen=True, slots=True)
class Fields:
    """Which fields hold what (``--text-field``, ``--url-field``, ``--id-field``)."""

    text: str = "text"
    url: str = "url"
    id: str | None = None
    content: str = "text"  # how JSONL and Parquet texts are read: text | html | auto


def _open_binary(path: Path | None) -> IO[bytes]:
    if path is None:
        return sys.stdin.buffer
    compression = _compression(path)
    if compression == "gzip":
        return gzip.open(path, "rb")  # type: ignore[return-value]
    if compression == "zstd":
        zstandard = require("zstandard", "zstd")
        reader = zstandard.ZstdDecompressor().stream_reader(open(path, "rb"))  # noqa: SIM115
        return io.BufferedReader(reader)  # (lines: the reader alone has no readline)
    return open(path, "rb")


def read_records(path: Path | None, fmt: str, fields: Fields) -> Iterator[Record]:
    """Every record of a file (``None``: standard input), in order."""
    if fmt == "jsonl":
        yield from _read_jsonl(path, fields)
    elif fmt == "parquet":
        if path is None:
            raise InputError("Parquet cannot be read from standard input; give a file")
        yield from _read_parquet(path, fields)
    elif fmt in ("warc", "wet"):
        yield from _read_warc(path, fmt)
    else:
        raise InputError(f"unknown record format {fmt!r}; one of: {', '.join(RECORD_FORMATS)}")


def _record(row: dict[str, Any], fields: Fields, size: int) -> Record:
    url = row.get(fields.url)
    return Record(row, row.get(fields.text), url if isinstance(url, str) and url else None,
                  fields.content, size=size,
                  error=None if fields.text in row else f"no field {fields.text!r} "
                  f"(fields: {', '.join(map(str, row)) or 'none'}; choose one with --text-field)")


def _read_jsonl(path: Path | None, fields: Fields) -> Iterator[Record]:
    with _open_binary(path) as handle:
        for number, raw in enumerate(handle, 1):
            if not raw.strip():
                continue
            try:
                row = json.loads(raw)
            except (json.JSONDecodeError, UnicodeDecodeError) as exc:
                yield Record({"raw": raw.decode("utf-8", "replace").rstrip("\r\n")}, None,
                             size=len(raw), error=f"line {number}: not JSON ({exc})")
                continue
            if not isinstance(row, dict):
                yield Record({"raw": row}, None, size=len(raw),
                             error=f"line {number}: a JSON {type(row).__name__}, not an object")
                continue
            yield _record(row, fields, len(raw))


def parquet_schema(path: Path) -> Any:
    """A Parquet file's Arrow schema."""
    pq = require("pyarrow.parquet", "parquet")
    with pq.ParquetFile(path) as handle:
        return handle.schema_arrow


def _read_parquet(path: Path, fields: Fields) -> Iterator[Record]:
    pq = require("pyarrow.parquet", "parquet")
    with pq.ParquetFile(path) as handle:
        for batch in handle.iter_batches(batch_size=PARQUET_BATCH_ROWS):
            size = batch.nbytes // max(1, batch.num_rows)
            for row in batch.to_pylist():
                yield _record(row, fields, size)


def _read_warc(path: Path | None, fmt: str) -> Iterator[Record]:
    """WARC ``response`` records with an HTML payload, or WET ``conversion`` records; the
    output record is ``id`` (WARC-Record-ID), ``url`` (WARC-Target-URI), ``date``
    (WARC-Date) and ``text``."""
    try:
        from fastwarc.warc import ArchiveIterator, WarcRecordType
    except ImportError:
        yield from _read_warc_warcio(path, fmt)
        return
    wanted = WarcRecordType.conversion if fmt == "wet" else WarcRecordType.response
    # (fastwarc reads gzip, record by record, itself)
    with open(path, "rb") if path is not None else sys.stdin.buffer as handle:
        for record in ArchiveIterator(handle, record_types=wanted, parse_http=fmt == "warc"):
            headers = record.headers
            fields = {"id": headers.get("WARC-Record-ID"), "url": headers.get("WARC-Target-URI"),
                      "date": headers.get("WARC-Date")}
            body = record.reader.read()
            content_type = (record.http_content_type or "") if fmt == "warc" else "text/plain"
            yield _warc_record(fields, body, fmt, content_type,
                               record.http_charset if fmt == "warc" else "utf-8")


def _read_warc_warcio(path: Path | None, fmt: str) -> Iterator[Record]:
    archive = require("warcio.archiveiterator", "warc")
    wanted = "conversion" if fmt == "wet" else "response"
    with open(path, "rb") if path is not None else sys.stdin.buffer as handle:
        for record in archive.ArchiveIterator(handle):
            if record.rec_type != wanted:
                continue
            get = record.rec_headers.get_header
            fields = {"id": get("WARC-Record-ID"), "url": get("WARC-Target-URI"),
                      "date": get("WARC-Date")}
            content_type: str = "text/plain"
            charset: str | None = "utf-8"
            if fmt == "warc" and record.http_headers is not None:
                content_type = record.http_headers.get_header("Content-Type") or ""
                charset = charset_of_content_type(content_type)
            yield _warc_record(fields, record.content_stream().read(), fmt, content_type,
                               charset)


def _warc_record(fields: dict[str, Any], body: bytes, fmt: str, content_type: str,
                 charset: str | None) -> Record:
    if fmt == "wet":
        return Record({**fields, "text": None}, body, fields["url"], "text", "utf-8",
                      size=len(body))
    mime = content_type.split(";")[0].strip().lower()
    record = Record({**fields, "text": None}, body, fields["url"], "html", charset,
                    size=len(body))
    if mime not in ("text/html", "application/xhtml+xml", ""):
        record.error = f"not HTML (Content-Type {content_type!r}): not cleaned"
    return record


# --- writing -----------------------------------------------------------------------------


@dataclass(slots=True)
class Writer:
    """Writes records to a file through a temporary file renamed into place when the run
    ends (``close``), or to standard output; ``abort`` removes what was written."""

    path: Path | None
    fmt: str
    row_group_rows: int = ROW_GROUP_ROWS
    schema_hint: Any = None  # the input's Arrow schema, where it has one (Parquet)
    _handle: IO[bytes] | None = field(default=None, init=False)
    _raw: IO[bytes] | None = field(default=None, init=False)
    _rows: list[dict[str, Any]] = field(default_factory=list, init=False)
    _parquet: Any = field(default=None, init=False)
    _schema: Any = field(default=None, init=False)
    count: int = field(default=0, init=False)

    @property
    def _target(self) -> Path | None:
        return temporary_path(self.path) if self.path is not None else None

    def _open(self) -> IO[bytes]:
        if self._handle is None:
            if self._target is None:
                self._raw = None
                self._handle = sys.stdout.buffer
            else:
                self._target.parent.mkdir(parents=True, exist_ok=True)
                raw = open(self._target, "wb")  # noqa: SIM115 (closed in close/abort)
                self._raw = raw
                compression = _compression(self.path) if self.path is not None else None
                if compression == "gzip":
                    self._handle = gzip.GzipFile(fileobj=raw, mode="wb")  # type: ignore[assignment]
                elif compression == "zstd":
                    zstandard = require("zstandard", "zstd")
                    self._handle = zstandard.ZstdCompressor().stream_writer(raw)
                else:
                    self._handle = raw
        return self._handle  # type: ignore[return-value]

    def write(self, row: dict[str, Any]) -> None:
        self.count += 1
        if self.fmt == "jsonl":
            self._open().write(json.dumps(row, ensure_ascii=False).encode("utf-8") + b"\n")
            return
        self._rows.append(row)
        if len(self._rows) >= self.row_group_rows:
            self._flush_rows()

    def _flush_rows(self) -> None:
        if not self._rows:
            return
        pa = require("pyarrow", "parquet")
        pq = require("pyarrow.parquet", "parquet")
        if self._schema is None:
            inferred = self.schema_hint or pa.Table.from_pylist(self._rows).schema
            for name in self._rows[0]:  # fields added to the input's (an output field)
                if inferred.get_field_index(name) < 0:
                    inferred = inferred.append(pa.field(name, pa.string()))
            for index, column in enumerate(inferred):  # (null in the first rows: say text)
                if pa.types.is_null(column.type):
                    inferred = inferred.set(index, pa.field(column.name, pa.string()))
            meta = pa.field(META_FIELD, arrow_meta_type())
            index = inferred.get_field_index(META_FIELD)
            self._schema = inferred.set(index, meta) if index >= 0 else inferred.append(meta)
            self._parquet = pq.ParquetWriter(self._open(), self._schema)
        try:
            table = pa.Table.from_pylist(self._rows, schema=self._schema)
        except (pa.ArrowInvalid, pa.ArrowTypeError) as exc:
            raise CleanerError(f"a record does not fit the Parquet schema of the first ones "
                               f"({exc}); write JSONL instead") from None
        self._parquet.write_table(table, row_group_size=self.row_group_rows)
        self._rows.clear()

    def close(self) -> None:
        """Finish the file and rename it into place (an empty input writes an empty file)."""
        if self.fmt == "parquet":
            self._flush_rows()
            if self._parquet is None:  # (no record: an empty table, no columns)
                pa = require("pyarrow", "parquet")
                pq = require("pyarrow.parquet", "parquet")
                self._parquet = pq.ParquetWriter(self._open(), pa.schema([]))
            self._parquet.close()
        handle = self._open()
        handle.flush()
        if self._raw is None:
            return
        if handle is not self._raw:
            handle.close()
        self._raw.close()
        assert self.path is not None and self._target is not None
        os.replace(self._target, self.path)

    def abort(self) -> None:
        if self._raw is not None:
            self._raw.close()
            if self._target is not None:
                self._target.unlink(missing_ok=True)
