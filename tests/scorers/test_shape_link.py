"""The shape scorer's cheap pre-test for a bare link never hides one from the pattern."""

from __future__ import annotations

from pathlib import Path

from cleaner.corpus import iter_corpus
from cleaner.scorers.shape import _LINK, _may_link

ROOT = Path(__file__).resolve().parents[2]


def test_every_line_the_link_pattern_matches_passes_the_pre_test() -> None:
    words = {word for doc in iter_corpus(ROOT / "corpus") for line in doc.text.split("\n")
             for word in line.split()}
    words |= {"http://localhost", "https://x", "www.bbc.co.uk", "kremlin.ru", "a@b.co",
              "news.example.com/path?q=1", "Home", "Share", "2023", "e-mail", "co-op"}
    matched = [w for w in words if _LINK.match(w)]
    assert len(matched) > 10
    assert all(_may_link(w) for w in matched)
    assert not _may_link("Home") and not _may_link("Share")
