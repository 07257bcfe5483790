"""The fields cleaning adds to a record, the same for every format and adapter."""

from __future__ import annotations

import pytest

from cleaner import Cleaner, CleanerError
from cleaner.records import CATEGORIES, cleaned_meta, failed_meta, removed_ranges

TEXT = ("Subscribe now\n"
        "The council voted on Tuesday to close the old bridge to all traffic for good.\n"
        "\n"
        "Sign up for our newsletter\n"
        "Sign up for our newsletter to get the news first.\n"
        "Officials said the new bridge would open in the spring of next year, on time.\n")


def test_removed_chars_count_every_drop_category_and_add_up(cleaner: Cleaner) -> None:
    result = cleaner.clean(TEXT)
    meta = cleaned_meta(result)
    assert set(meta["removed_chars"]) == set(CATEGORIES) and "body" not in CATEGORIES
    dropped = [line for line in result.lines if line.label.value == "drop"]
    assert dropped
    assert sum(meta["removed_chars"].values()) == sum(len(line.text) for line in dropped)
    assert meta["error"] is None and meta["removed"] is None
    assert meta["language"] == "en"


def test_removed_ranges_join_neighbouring_lines_of_one_category_and_reasons(
        cleaner: Cleaner) -> None:
    result = cleaner.clean(TEXT)
    ranges = removed_ranges(result)
    covered = {n for r in ranges for n in range(r["first"], r["last"] + 1)}
    assert covered >= {line.index + 1 for line in result.lines if line.label.value == "drop"}
    for r in ranges:
        assert r["first"] <= r["last"] and r["reasons"] == sorted(r["reasons"])
        assert r["category"] in CATEGORIES
    assert cleaned_meta(result, explain=True)["removed"] == ranges


def test_a_failed_record_has_an_error_and_the_same_shape() -> None:
    meta = failed_meta("text is not a string (got int)")
    assert meta["error"] == "text is not a string (got int)"
    assert set(meta) == {"publisher", "language", "removed_chars", "error", "removed"}
    assert sum(meta["removed_chars"].values()) == 0


def test_clean_batch_is_clean_record_by_record(cleaner: Cleaner) -> None:
    texts = [TEXT, "Only one line here."]
    urls = [None, "https://www.independent.co.uk/news/x"]
    batch = cleaner.clean_batch(texts, urls)
    assert [r.text for r in batch] == [cleaner.clean(t, url=u).text
                                       for t, u in zip(texts, urls, strict=True)]
    assert batch[1].publisher == "independent.co.uk"
    with pytest.raises(CleanerError, match="2 texts but 1 urls"):
        cleaner.clean_batch(texts, urls[:1])
