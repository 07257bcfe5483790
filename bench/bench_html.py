"""Group "html": pages/s and MB/s of cleaning HTML pages, news-cleaner's HTML mode beside
trafilatura (``include_comments=False``, as the scrapinghub benchmark runs it) and
resiliparse's main-content extraction, in one run, on the same pages.

The pages are the ``html/`` files of the public benchmarks in ``../shared/benchmarks``
(scrapinghub's 181, fundus-dev's 119 and WCXB's 711 development articles; else the test
suite's samples in ``tests/data``), read and un-gzipped in a fixture, outside the timed
calls. news-cleaner gets each page's bytes as fetched (it decodes them itself); the peers
get the text (they take ``str``), decoded outside the timed call. ``docs_per_s`` in each
row's ``extra_info`` is pages/s.
"""

from __future__ import annotations

import gzip
from dataclasses import dataclass
from functools import cache
from typing import Any

import pytest
from conftest import ROOT, SHARED, package_version

SAMPLE_FOLDERS = {"scrapinghub": ROOT / "tests/data/benchmarks/scrapinghub",
                  "wcxb-dev-articles": ROOT / "tests/data/benchmarks/wcxb-dev-articles",
                  "fundus-dev": ROOT / "tests/data/html/fundus-dev"}
# Timed rounds per set, after one warm-up round. trafilatura takes ~6 s a scrapinghub pass
# and ~35 s a WCXB one on this machine: three rounds, and one for WCXB.
ROUNDS = {"scrapinghub": 3, "fundus-dev": 3, "wcxb-dev-articles": 1}


@dataclass(frozen=True)
class HtmlSet:
    name: str
    source: str
    pages: list[bytes]
    urls: list[str | None]
    rounds: int

    @property
    def texts(self) -> list[str]:
        return [page.decode("utf-8", "replace") for page in self.pages]

    @property
    def bytes(self) -> int:
        return sum(len(page) for page in self.pages)

    @property
    def lines(self) -> int:
        return sum(page.count(b"\n") + 1 for page in self.pages)

    def __len__(self) -> int:
        return len(self.pages)


@cache
def load_html_set(name: str) -> HtmlSet:
    from cleaner.evaluate import load_dataset

    for folder in (SHARED / name, SAMPLE_FOLDERS[name]):
        if (folder / "pages.jsonl").is_file():
            break
    else:
        pytest.skip(f"no HTML pages of {name!r} in {SHARED} or the test samples")
    pages = [p for p in load_dataset(folder) if p.html_path is not None]
    data = []
    for page in pages:
        with gzip.open(page.html_path, "rb") as handle:  # type: ignore[arg-type]
            data.append(handle.read())
    return HtmlSet(name, str(folder), data, [p.url for p in pages], ROUNDS[name])


@pytest.fixture(scope="session", params=["scrapinghub", "fundus-dev", "wcxb-dev-articles"])
def html_set(request: pytest.FixtureRequest) -> HtmlSet:
    return load_html_set(request.param)


def check(outputs: list[str], pages: HtmlSet) -> None:
    """Most pages give some text, and not all of it (a fast wrong answer is worthless)."""
    assert sum(1 for out in outputs if out.strip()) >= 0.9 * len(pages)
    assert sum(len(out) for out in outputs) < 0.5 * pages.bytes


@pytest.mark.benchmark(group="html")
def test_news_cleaner_html(measure: Any, html_set: HtmlSet, cleaner_obj: Any) -> None:
    def run() -> list[str]:
        return [cleaner_obj.clean(page, url=url, format="html").body
                for page, url in zip(html_set.pages, html_set.urls, strict=True)]

    check(measure(run, html_set, "news-cleaner (HTML mode)", package_version("news-cleaner"),
                  reference=True), html_set)


@pytest.mark.benchmark(group="html")
def test_trafilatura(measure: Any, html_set: HtmlSet) -> None:
    trafilatura = pytest.importorskip("trafilatura")
    texts = html_set.texts

    def run() -> list[str]:
        return [trafilatura.extract(text, url=url, include_comments=False) or ""
                for text, url in zip(texts, html_set.urls, strict=True)]

    check(measure(run, html_set, "trafilatura", package_version("trafilatura")), html_set)


@pytest.mark.benchmark(group="html")
def test_resiliparse(measure: Any, html_set: HtmlSet) -> None:
    html2text = pytest.importorskip("resiliparse.extract.html2text")
    texts = html_set.texts

    def run() -> list[str]:
        return [html2text.extract_plain_text(text, main_content=True, alt_texts=False,
                                             comments=False) for text in texts]

    check(measure(run, html_set, "resiliparse (main content)", package_version("resiliparse")),
          html_set)
