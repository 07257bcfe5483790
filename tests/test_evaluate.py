"""The benchmarks' metrics, on hand-made texts whose scores can be worked out by hand."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cleaner import Cleaner
from cleaner.errors import InputError
from cleaner.evaluate import (
    Page,
    SystemRun,
    load_dataset,
    shingle_scores,
    shingle_tp_fp_fn,
    shingles,
    word_prf,
)


def test_shingles_of_short_and_long_texts() -> None:
    assert shingles("") == {}
    assert shingles("one two") == {("one", "two"): 1}  # 1-3 tokens: one shorter shingle
    assert sum(shingles("a b c d e f").values()) == 3  # 6 tokens: 3 four-token shingles
    assert ("A", "b", "c", "d") in shingles("A b c d")  # case is kept


def test_shingle_counts_are_normalised_per_page() -> None:
    # true has shingles abcd, bcde; pred has abcd, bcdx: tp 1, fp 1, fn 1 -> thirds
    tp, fp, fn = shingle_tp_fp_fn("a b c d e", "a b c d x")
    assert (tp, fp, fn) == pytest.approx((1 / 3, 1 / 3, 1 / 3))


def test_shingle_scores_average_over_pages_then_take_f1() -> None:
    perfect = shingle_tp_fp_fn("a b c d e", "a b c d e")
    half = shingle_tp_fp_fn("a b c d e", "a b c d x")
    scores = shingle_scores([perfect, half])
    assert scores["precision"] == pytest.approx(0.75)
    assert scores["recall"] == pytest.approx(0.75)
    assert scores["f1"] == pytest.approx(0.75)


def test_word_prf_edge_cases() -> None:
    assert word_prf("", "") == (1.0, 1.0, 1.0)
    assert word_prf("", "something") == (0.0, 0.0, 0.0)
    assert word_prf("some words", "") == (0.0, 0.0, 0.0)
    p, r, f = word_prf("The cat sat", "the cat ran away")
    assert (p, r) == pytest.approx((2 / 4, 2 / 3))
    assert f == pytest.approx(2 * p * r / (p + r))


def _dataset(tmp_path: Path) -> Path:
    (tmp_path / "text").mkdir()
    rows = [
        {"id": "1", "url": "https://example.com/a", "text": "text/1.txt", "html": None,
         "body": "The council voted on Tuesday to close the old bridge for repairs.",
         "with": ["voted on Tuesday"], "without": ["Subscribe now"]},
        {"id": "2", "url": None, "text": "text/2.txt", "html": None, "body": None,
         "with": [], "without": ["Most Popular"]},
    ]
    (tmp_path / "text" / "1.txt").write_text(
        "Subscribe now\nThe council voted on Tuesday to close the old bridge for repairs.\n",
        encoding="utf-8")
    (tmp_path / "text" / "2.txt").write_text("Most Popular\nA line.\n", encoding="utf-8")
    (tmp_path / "pages.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), "utf-8")
    return tmp_path


def test_snippet_rates_are_pooled_and_pages_without_gold_count_only_there(
        tmp_path: Path) -> None:
    pages = load_dataset(_dataset(tmp_path))
    run = SystemRun("x", predictions={"1": "The council VOTED  on\nTuesday.", "2": "Most Popular"})
    scores = run.scores(pages)
    assert scores["with_rate"] == 1.0  # whitespace and case set aside
    assert scores["without_rate"] == 0.5  # "Most Popular" leaked on page 2
    assert scores["pages"] == 2


def test_evaluate_runs_the_cleaner_end_to_end(tmp_path: Path) -> None:
    from cleaner.evaluate import evaluate

    report = evaluate(_dataset(tmp_path), Cleaner())
    ours = report["systems"]["news-cleaner"]
    assert ours["shingle_f1"] == pytest.approx(1.0)
    assert ours["without_rate"] == 1.0
    assert report["removed_lines_by_category"]


def test_missing_index_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"no pages\.jsonl"):
        load_dataset(tmp_path)


def test_page_without_html_says_so(tmp_path: Path) -> None:
    page = Page("x", None, "", tmp_path / "x.txt", None, "", (), ())
    with pytest.raises(InputError, match="has no HTML"):
        page.html()
