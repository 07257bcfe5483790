"""The benchmarks' metrics, on hand-made texts whose scores can be worked out by hand."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cleaner import Cleaner
from cleaner.errors import CleanerError, InputError
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


def test_a_site_is_its_host_without_www_or_the_publisher() -> None:
    from cleaner.evaluate import site_of

    assert site_of("https://WWW.Example.co.uk/a/b") == "example.co.uk"
    assert site_of("https://news.example.com/x") == "news.example.com"
    assert site_of("https://www.spiegel.de/x", "SpiegelOnline") == "SpiegelOnline"
    assert site_of(None) == ""


def test_held_out_sites_are_fixed_by_the_hash_of_their_name() -> None:
    import hashlib

    from cleaner.evaluate import is_heldout

    for site in ("example.com", "nytimes.com", "DiePresse", "bbc.co.uk", "a", "b", "c"):
        expected = int(hashlib.sha256(site.encode()).hexdigest(), 16) % 5 == 0
        assert is_heldout(site) == expected


def test_reports_split_tuning_and_held_out_pages(tmp_path: Path) -> None:
    from cleaner.evaluate import evaluate, is_heldout, select_sites

    folder = _dataset(tmp_path)
    pages = load_dataset(folder)
    assert [p.site for p in pages] == ["example.com", ""]
    report = evaluate(folder, Cleaner())
    held = [p for p in pages if p.heldout]
    assert {p.heldout for p in pages} == {is_heldout("example.com"), is_heldout("")}
    assert sum(s["pages"] for s in report["splits"].values()) == 2
    assert select_sites(pages, "heldout") == held
    assert all(not p.heldout for p in select_sites(pages, "tuning"))
    with pytest.raises(CleanerError, match="sites must be one of"):
        select_sites(pages, "some")  # type: ignore[arg-type]


def test_html_mode_cleans_the_pages_html(tmp_path: Path) -> None:
    import gzip

    from cleaner.evaluate import evaluate

    folder = _dataset(tmp_path)
    (folder / "html").mkdir()
    page = ("<html><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav><article>"
            "<p>The council voted on Tuesday to close the old bridge for repairs.</p>"
            "</article></body></html>")
    with gzip.open(folder / "html" / "1.html.gz", "wt", encoding="utf-8") as handle:
        handle.write(page)
    rows = [json.loads(row) for row in (folder / "pages.jsonl").read_text("utf-8").split("\n")
            if row]
    rows[0]["html"] = "html/1.html.gz"
    (folder / "pages.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), "utf-8")
    report = evaluate(folder, Cleaner(), mode="html")
    ours = report["systems"]["news-cleaner on HTML"]
    assert report["mode"] == "html"
    assert ours["shingle_f1"] == pytest.approx(1.0)
    assert report["failures"]["news-cleaner on HTML"] == {"2": "page 2 has no HTML"}


def test_eval_without_the_packaged_rules_measures_a_publisher_without_a_rule_file(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # A page of a publisher with a packaged rule file (The Times of India: its byline
    # "Author / TIMESOFINDIA.COM / date IST", which only that file drops).
    from cleaner.cli import main

    (tmp_path / "text").mkdir()
    byline = "Asha Example / TIMESOFINDIA.COM / Mar 6, 2026, 08:15 IST"
    body = ("The ferry between the two islands ran again on Friday after engineers replaced "
            "both of its diesel engines.\nCommuters said on Saturday that the crossing was "
            "quicker than before the repairs began.\n")
    (tmp_path / "text" / "1.txt").write_text(
        f"Ferry service resumes between the islands\n{byline}\n{body}", encoding="utf-8")
    row = {"id": "1", "url": "https://timesofindia.indiatimes.com/city/ferry.cms",
           "text": "text/1.txt", "html": None, "body": body, "with": [],
           "without": [byline]}
    (tmp_path / "pages.jsonl").write_text(json.dumps(row) + "\n", encoding="utf-8")
    reports = {}
    for flags in ([], ["--no-packaged-rules"]):
        out = tmp_path / f"report{len(flags)}.json"
        assert main(["eval", str(tmp_path), "--json", str(out), *flags]) == 0
        reports[bool(flags)] = json.loads(out.read_text(encoding="utf-8"))
    head = capsys.readouterr().out.splitlines()
    assert reports[False]["packaged_rules"] is True
    assert reports[False]["systems"]["news-cleaner"]["without_rate"] == 1.0
    assert reports[True]["packaged_rules"] is False
    assert reports[True]["systems"]["news-cleaner"]["without_rate"] == 0.0
    assert sum("without the packaged rules" in line for line in head) == 1
