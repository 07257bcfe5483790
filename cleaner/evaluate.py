"""``clean eval``: score the cleaner, and its peers, on a benchmark in the common layout.

A dataset folder holds ``pages.jsonl`` (``id``, ``url``, ``text``, ``html``, ``body``,
``with``, ``without``, ``domain``), ``text/ID.txt`` and ``html/ID.html.gz``. Metrics:

- **shingle** P/R/F1, as scrapinghub's article-extraction-benchmark ``evaluate.py``
  computes them: ``\\w+`` tokens (case kept), multisets of 4-token shingles (a text of
  1-3 tokens is one shorter shingle), per-page tp/fp/fn normalised to sum 1; precision
  is the mean over pages with tp+fp>0, recall over pages with tp+fn>0 (fp=fn=0 scores 1),
  F1 the harmonic mean of the two means.
- **word** P/R/F1, WCXB's: bags of lowercased ``\\w+`` tokens, per-page P, R, F1 (empty
  gold: 1 if the prediction is empty too, else 0; empty prediction: 0), averaged.
- **with / without** snippet rates: whitespace-normalised, case-insensitive substring
  tests pooled over the dataset (with: present, higher is better; without: absent).

**Held-out sites.** A page's site is its URL's host, lowercased, without a leading
``www.`` (a dataset's ``publisher`` field, where it has one, names the site instead: one
fundus publisher spans several hosts). A site is *held out* when the SHA-256 of its name,
read as an integer, is divisible by 5: about a fifth of each dataset's sites, fixed for
good. Every report gives the figures on the tuning sites and on the held-out sites apart;
the held-out pages are for measuring, never for tuning (their per-page scores are not
listed). ``--sites tuning|heldout`` runs one part alone.

**Modes.** ``text`` (the default) cleans each page's ``text/`` file, as a scraper hands it
over; ``html`` cleans the page's HTML. The peers of each mode read the same input as the
cleaner: jusText and the text as is beside the text mode, trafilatura beside both;
resiliparse and the cleaner's own text mode beside the HTML mode.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import re
import statistics
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit

from cleaner.api import Cleaner
from cleaner.errors import CleanerError, InputError

_TOKEN = re.compile(r"\w+", re.UNICODE)
_SPACE = re.compile(r"\s+")
Mode = Literal["text", "html"]
MODES: tuple[Mode, ...] = ("text", "html")
Sites = Literal["all", "tuning", "heldout"]
SITES: tuple[Sites, ...] = ("all", "tuning", "heldout")
# One site in this many is held out (by the hash of its name).
HELDOUT_MODULUS = 5


@dataclass(frozen=True, slots=True)
class Page:
    id: str
    url: str | None
    domain: str
    text_path: Path
    html_path: Path | None
    body: str | None
    with_: tuple[str, ...]
    without: tuple[str, ...]
    site: str = ""

    @property
    def heldout(self) -> bool:
        return is_heldout(self.site)

    def text(self) -> str:
        return self.text_path.read_text(encoding="utf-8")

    def html_bytes(self) -> bytes:
        """The page's HTML as it was fetched (the datasets keep it gzip-compressed)."""
        if self.html_path is None:
            raise InputError(f"page {self.id} has no HTML")
        with gzip.open(self.html_path, "rb") as handle:
            return handle.read()

    def html(self) -> str:
        return self.html_bytes().decode("utf-8", errors="replace")


def site_of(url: str | None, publisher: str | None = None) -> str:
    """A page's site: the dataset's publisher name where it has one, else the URL's host,
    lowercased, without a leading ``www.``."""
    if publisher:
        return publisher
    host = (urlsplit(url).hostname or "") if url else ""
    host = host.lower()
    return host[4:] if host.startswith("www.") else host


def is_heldout(site: str) -> bool:
    """Whether a site is held out from tuning: fixed by the SHA-256 of its name."""
    return int(hashlib.sha256(site.encode()).hexdigest(), 16) % HELDOUT_MODULUS == 0


def select_sites(pages: list[Page], sites: Sites) -> list[Page]:
    if sites not in SITES:
        raise CleanerError(f"sites must be one of: {', '.join(SITES)}; got {sites!r}")
    if sites == "all":
        return pages
    return [p for p in pages if p.heldout == (sites == "heldout")]


def load_dataset(folder: Path) -> list[Page]:
    index = folder / "pages.jsonl"
    if not index.is_file():
        raise InputError(f"{folder}: no pages.jsonl; a dataset folder holds pages.jsonl, "
                         "text/ and html/ (see the benchmarks' README)")
    pages = []
    with index.open(encoding="utf-8") as handle:
        for number, row in enumerate(handle, 1):
            try:
                item = json.loads(row)
            except json.JSONDecodeError as exc:
                raise InputError(f"{index}:{number}: not JSON: {exc}") from None
            pages.append(Page(
                id=str(item["id"]), url=item.get("url"), domain=item.get("domain") or "",
                text_path=folder / item["text"],
                html_path=folder / item["html"] if item.get("html") else None,
                body=item.get("body"), with_=tuple(item.get("with") or ()),
                without=tuple(item.get("without") or ()),
                site=site_of(item.get("url"), item.get("publisher"))))
    return pages


# --- metrics -----------------------------------------------------------------------------

def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text or "")


def shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    toks = tokens(text)
    return Counter(tuple(toks[i:i + n]) for i in range(max(1, len(toks) - n + 1))
                   if toks[i:i + n])


def shingle_tp_fp_fn(true: str, pred: str) -> tuple[float, float, float]:
    t, p = shingles(true), shingles(pred)
    tp = float(sum((t & p).values()))
    fp = float(sum((p - t).values()))
    fn = float(sum((t - p).values()))
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total > 0 else (tp, fp, fn)


def _precision(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fp == 0 else tp / (tp + fp)


def _recall(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fn == 0 else tp / (tp + fn)


def shingle_scores(counts: list[tuple[float, float, float]]) -> dict[str, float]:
    ps = [_precision(*c) for c in counts if c[0] + c[1] > 0]
    rs = [_recall(*c) for c in counts if c[0] + c[2] > 0]
    p = statistics.mean(ps) if ps else 0.0
    r = statistics.mean(rs) if rs else 0.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def word_prf(true: str, pred: str) -> tuple[float, float, float]:
    t = Counter(w.lower() for w in tokens(true))
    p = Counter(w.lower() for w in tokens(pred))
    if not t:
        return (1.0, 1.0, 1.0) if not p else (0.0, 0.0, 0.0)
    if not p:
        return 0.0, 0.0, 0.0
    overlap = sum((t & p).values())
    precision, recall = overlap / sum(p.values()), overlap / sum(t.values())
    f1 = 2 * precision * recall / (precision + recall) if overlap else 0.0
    return precision, recall, f1


def _norm(text: str) -> str:
    return _SPACE.sub(" ", text).strip().casefold()


def page_f1(true: str, pred: str) -> float:
    p, r = _precision(*shingle_tp_fp_fn(true, pred)), _recall(*shingle_tp_fp_fn(true, pred))
    return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(slots=True)
class SystemRun:
    """One system's predictions on a dataset and what it cost."""

    name: str
    seconds: float = 0.0
    input_bytes: int = 0
    predictions: dict[str, str] = field(default_factory=dict)
    failures: dict[str, str] = field(default_factory=dict)
    removed: Counter[str] = field(default_factory=Counter)

    def scores(self, pages: list[Page]) -> dict[str, Any]:
        gold = [p for p in pages if p.body is not None]
        counts = [shingle_tp_fp_fn(p.body or "", self.predictions.get(p.id, "")) for p in gold]
        words = [word_prf(p.body or "", self.predictions.get(p.id, "")) for p in gold]
        with_total = with_hit = without_total = without_hit = 0
        for p in pages:
            pred = _norm(self.predictions.get(p.id, ""))
            for s in p.with_:
                with_total += 1
                with_hit += _norm(s) in pred
            for s in p.without:
                without_total += 1
                without_hit += _norm(s) not in pred
        shingle = shingle_scores(counts)
        return {
            "pages": len(pages), "failures": len(self.failures),
            "shingle_precision": shingle["precision"], "shingle_recall": shingle["recall"],
            "shingle_f1": shingle["f1"],
            "word_precision": statistics.mean(w[0] for w in words) if words else 0.0,
            "word_recall": statistics.mean(w[1] for w in words) if words else 0.0,
            "word_f1": statistics.mean(w[2] for w in words) if words else 0.0,
            "with_rate": with_hit / with_total if with_total else None,
            "without_rate": without_hit / without_total if without_total else None,
            "seconds": self.seconds,
            "mb_per_s": self.input_bytes / 1e6 / self.seconds if self.seconds else None,
        }


# --- systems -----------------------------------------------------------------------------

def _timed(run: SystemRun, pages: Iterable[Page], source: Callable[[Page], str | bytes],
           system: Callable[[Page, Any], str]) -> SystemRun:
    for page in pages:
        try:
            data = source(page)
        except (OSError, InputError) as exc:
            run.failures[page.id] = str(exc)
            continue
        run.input_bytes += len(data) if isinstance(data, bytes) else len(data.encode("utf-8"))
        start = time.perf_counter()
        try:
            run.predictions[page.id] = system(page, data)
        except Exception as exc:  # a crash is a failure of that page, not of the run
            run.failures[page.id] = f"{type(exc).__name__}: {exc}"
        run.seconds += time.perf_counter() - start
    return run


def run_cleaner(pages: list[Page], cleaner: Cleaner, name: str = "news-cleaner",
                source: Callable[[Page], str] | None = None) -> SystemRun:
    run = SystemRun(name)

    def system(page: Page, text: str) -> str:
        result = cleaner.clean(text, url=page.url)
        run.removed.update(result.removed_by_category())
        return result.body

    return _timed(run, pages, source or Page.text, system)


def run_cleaner_html(pages: list[Page], cleaner: Cleaner,
                     name: str = "news-cleaner on HTML") -> SystemRun:
    """The cleaner's HTML mode on the page's bytes as fetched (it decodes them itself)."""
    run = SystemRun(name)

    def system(page: Page, data: bytes) -> str:
        result = cleaner.clean(data, url=page.url, format="html")
        run.removed.update(result.removed_by_category())
        return result.body

    return _timed(run, pages, Page.html_bytes, system)


def run_as_is(pages: list[Page]) -> SystemRun:
    return _timed(SystemRun("text as is"), pages, Page.text, lambda page, text: text)


def run_justext(pages: list[Page]) -> SystemRun:
    import html as html_lib

    try:
        import justext
    except ImportError as exc:
        raise CleanerError(f"jusText is not installed ({exc}); pip install 'news-cleaner[eval]'"
                           ) from None

    stoplist = justext.get_stoplist("English")

    def system(page: Page, text: str) -> str:
        doc = "<html><body>" + "".join(f"<p>{html_lib.escape(line)}</p>"
                                       for line in text.split("\n") if line.strip())
        paragraphs = justext.justext((doc + "</body></html>").encode("utf-8"), stoplist,
                                     encoding="utf-8")
        return "\n".join(p.text for p in paragraphs if not p.is_boilerplate)

    return _timed(SystemRun("jusText on text"), pages, Page.text, system)


def trafilatura_text(html: str, url: str | None = None) -> str:
    """trafilatura's main text, without comments (as the scrapinghub benchmark runs it)."""
    try:
        import trafilatura
    except ImportError as exc:
        raise CleanerError(f"trafilatura is not installed ({exc}); "
                           "pip install 'news-cleaner[eval]'") from None

    return trafilatura.extract(html, url=url, include_comments=False) or ""


def run_trafilatura(pages: list[Page]) -> SystemRun:
    trafilatura_text("<html><body><p>warm-up</p></body></html>")  # (its imports, untimed)
    return _timed(SystemRun("trafilatura on HTML"), pages, Page.html,
                  lambda page, html: trafilatura_text(html, page.url))


def resiliparse_text(html: str) -> str:
    """resiliparse's main-content extraction: its own heuristics, without alt texts and
    comment sections (the article's text, as trafilatura's is without comments)."""
    try:
        from resiliparse.extract.html2text import extract_plain_text
    except ImportError as exc:
        raise CleanerError(f"resiliparse is not installed ({exc}); "
                           "pip install 'news-cleaner[eval]'") from None
    return str(extract_plain_text(html, main_content=True, alt_texts=False, comments=False))


def run_resiliparse(pages: list[Page]) -> SystemRun:
    resiliparse_text("<html><body><p>warm-up</p></body></html>")
    return _timed(SystemRun("resiliparse on HTML"), pages, Page.html,
                  lambda page, html: resiliparse_text(html))


def iter_worst(run: SystemRun, pages: list[Page], count: int) -> Iterator[tuple[float, Page]]:
    """The pages the run scores worst on, among the tuning sites' pages only (a held-out
    page's own score is never shown)."""
    scored = sorted(((page_f1(p.body, run.predictions.get(p.id, "")), p) for p in pages
                     if p.body is not None and not p.heldout), key=lambda item: item[0])
    yield from scored[:count]


def evaluate(folder: Path, cleaner: Cleaner, *, mode: Mode = "text", peers: bool = False,
             after_trafilatura: bool = False, limit: int | None = None, worst: int = 10,
             sites: Sites = "all") -> dict[str, Any]:
    """Run the cleaner (and peers) on a dataset; return every figure as a JSON-ready dict:
    on the chosen pages (``systems``) and on their tuning and held-out sites apart
    (``splits``)."""
    if mode not in MODES:
        raise CleanerError(f"mode must be one of: {', '.join(MODES)}; got {mode!r}")
    pages = select_sites(load_dataset(folder), sites)[:limit]
    if mode == "html":
        runs = [run_cleaner_html(pages, cleaner)]
        if peers:
            runs += [run_trafilatura(pages), run_resiliparse(pages),
                     run_cleaner(pages, cleaner, "news-cleaner on text")]
    else:
        runs = [run_cleaner(pages, cleaner)]
        if peers:
            runs += [run_as_is(pages), run_justext(pages)]
    traf = next((run for run in runs if run.name == "trafilatura on HTML"), None)
    if traf is None and (after_trafilatura or (peers and mode == "text")):
        traf = run_trafilatura(pages)
        runs.append(traf)
    if after_trafilatura and traf is not None:
        # The pipeline knows it feeds an extractor's output: say so.
        extract = Cleaner(cleaner.rule_dirs, options=replace(cleaner.options, shape="extract"))
        runs.append(run_cleaner(pages, extract, "news-cleaner after trafilatura",
                                source=lambda page: traf.predictions.get(page.id, "")))
        # The same, not told it reads an extract (shape "auto"): none may be read as a page.
        auto = (cleaner if cleaner.options.shape == "auto"
                else Cleaner(cleaner.rule_dirs, options=replace(cleaner.options, shape="auto")))
        runs.append(run_cleaner(pages, auto, "after trafilatura, shape auto",
                                source=lambda page: traf.predictions.get(page.id, "")))
    ours = runs[0]
    parts = {"tuning": [p for p in pages if not p.heldout],
             "heldout": [p for p in pages if p.heldout]}
    return {
        "dataset": str(folder), "pages": len(pages), "mode": mode, "sites": sites,
        "packaged_rules": cleaner.options.use_packaged_rules,
        "systems": {run.name: run.scores(pages) for run in runs},
        "splits": {part: {"pages": len(subset), "sites": len({p.site for p in subset}),
                          "systems": {run.name: run.scores(subset) for run in runs}}
                   for part, subset in parts.items() if subset},
        "removed_lines_by_category": dict(ours.removed.most_common()),
        "worst_pages": [{"id": p.id, "url": p.url, "shingle_f1": round(f1, 4)}
                        for f1, p in iter_worst(ours, pages, worst)],
        "failures": {run.name: run.failures for run in runs if run.failures},
    }
