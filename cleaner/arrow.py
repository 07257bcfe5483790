"""Arrow and Parquet: clean a ``pyarrow.Table`` or ``RecordBatch`` column by column.

    >>> import pyarrow.parquet as pq
    >>> from cleaner.arrow import clean_table
    >>> pq.write_table(clean_table(pq.read_table("news.parquet")), "cleaned.parquet")

Every row is kept, in order, and every other column is left as it was. The cleaned text
replaces the text column (or goes to ``output_column``, the original kept) and the
``news_cleaner`` struct column is added (``cleaner.records``). A row whose text is null or
not a string, or that cannot be cleaned, keeps its text (``output_column``: null) and gets
``news_cleaner.error``. Needs ``pip install 'news-cleaner[parquet]'``.
"""

from __future__ import annotations

from typing import Any

from cleaner.api import Cleaner, default_cleaner
from cleaner.errors import CleanerError
from cleaner.records import META_FIELD, arrow_meta_type, clean_record, require


def check_columns(names: list[str], text_column: str, output_column: str | None) -> None:
    """Fail unless ``text_column`` is one column of ``names`` and ``output_column`` can be
    written (also used by ``cleaner.spark`` on a DataFrame's columns)."""
    if names.count(text_column) != 1:
        what = "no" if text_column not in names else "more than one"
        raise CleanerError(f"{what} text column '{text_column}' in the records; their columns: "
                           f"{', '.join(names) or '(none)'}; pass text_column= to name it")
    if output_column == META_FIELD:
        raise CleanerError(f"output_column cannot be '{META_FIELD}': that column holds what "
                           "cleaning found; choose another name")


def _is_text_type(pa: Any, arrow_type: Any) -> bool:
    if pa.types.is_dictionary(arrow_type):
        arrow_type = arrow_type.value_type
    is_view = getattr(pa.types, "is_string_view", lambda _: False)
    return bool(pa.types.is_string(arrow_type) or pa.types.is_large_string(arrow_type)
                or is_view(arrow_type))


def output_names(names: list[str], output_column: str | None) -> list[str]:
    """The columns ``clean_table`` returns: the input's, then ``output_column`` and
    ``news_cleaner`` unless the input already has them (they are then replaced in place)."""
    added = [name for name in (output_column, META_FIELD) if name and name not in names]
    return [*names, *added]


def clean_table(table: Any, text_column: str = "text", url_column: str = "url",
                output_column: str | None = None, *, cleaner: Cleaner | None = None,
                explain: bool = False) -> Any:
    """Clean every row of a ``pyarrow.Table`` or ``RecordBatch``; return the same kind.

    ``url_column`` may be missing (no URLs: publishers are detected from the text);
    ``cleaner`` defaults to one with the packaged rules; ``explain`` fills
    ``news_cleaner.removed`` with the removed line ranges."""
    pa = require("pyarrow", "parquet")
    if not isinstance(table, (pa.Table, pa.RecordBatch)):
        raise CleanerError("clean_table takes a pyarrow Table or RecordBatch, "
                           f"not {type(table).__name__}")
    schema = table.schema
    check_columns(schema.names, text_column, output_column)
    cleaner = cleaner or default_cleaner()
    texts = table.column(text_column).to_pylist()
    urls = (table.column(url_column).to_pylist() if url_column in schema.names
            else [None] * len(texts))
    cleaned: list[str | None] = []
    metas: list[dict[str, Any]] = []
    for text, url in zip(texts, urls, strict=True):
        new_text, meta = clean_record(cleaner, text, url, explain=explain)
        cleaned.append(new_text)
        metas.append(meta)

    text_field = schema.field(text_column)
    text_type = text_field.type if _is_text_type(pa, text_field.type) else pa.string()
    columns = dict(zip(schema.names, table.columns, strict=True))
    fields = {field.name: field for field in schema}
    if output_column is None or output_column == text_column:
        if text_type is text_field.type:  # (a column of no strings has nothing cleaned)
            kept = [text if new is None else new
                    for text, new in zip(texts, cleaned, strict=True)]
            columns[text_column] = pa.array(kept, type=text_type)
    else:
        columns[output_column] = pa.array(cleaned, type=text_type)
        fields[output_column] = pa.field(output_column, text_type)
    columns[META_FIELD] = pa.array(metas, type=arrow_meta_type())
    fields[META_FIELD] = pa.field(META_FIELD, arrow_meta_type())
    names = output_names(schema.names, output_column)
    out_schema = pa.schema([fields[name] for name in names], metadata=schema.metadata)
    return type(table).from_arrays([columns[name] for name in names], schema=out_schema)
