"""Every stage is linear in a document's lines and bytes: a document ten times larger costs
about ten times as much, in time and in memory.

Each case builds a synthetic document made to trip one quadratic path (many
related-articles headings each over its list; thousands of datelines; many bylines and
bios; repeated lines; long runs of blank lines; one line of megabytes), once at 1x and
once at 10x, and times one stage on each (``time.process_time``, the best of 3, on a fresh
copy of the lines each time, the earlier scorers' evidence added untimed). Linear work
costs about 10x; the bound is 25x (quadratic work costs about 100x). Memory: the peak
``tracemalloc`` sees while cleaning the 10x document is at most about 10x that of the 1x
one, plus a constant.
"""

from __future__ import annotations

import time
import tracemalloc
from collections.abc import Callable

import pytest

from cleaner import Cleaner, _core
from cleaner.api import default_scorers
from cleaner.lexicons import packaged_lexicon
from cleaner.lines import split_lines
from cleaner.scorers import CoreScorer, Document

SCALE = 10
MAX_TIME_RATIO = 25.0
MAX_MEMORY_RATIO = 12.0
MEMORY_SLACK_BYTES = 2_000_000
TRIALS = 3

SENTENCE = ("The council voted on Tuesday to approve the new budget for the coming year, "
            "officials said in a statement.")


def related_lists(n: int) -> str:
    """Related-articles headings, each over a list of headlines, then a sentence."""
    return "\n".join(f"More from UK\nHeadline number {i} of the list\nAnother headline {i} "
                     f"here\n\n{SENTENCE}" for i in range(n))


def related_lists_alone(n: int) -> str:
    """Headings and lists with nothing else: each list runs on to the next heading."""
    return "Title of the page about the news\n" + "\n".join(
        f"Related\nHeadline number {i} of the list\n\n" for i in range(n))


def datelines(n: int) -> str:
    return "\n".join(f"Wednesday {i % 28 + 1} October 2023 06:{i % 60:02d} EDT" for i in range(n))


def bylines(n: int) -> str:
    """A byline, a name beside it, a paragraph: every byline finds a neighbour to test."""
    return "\n".join(f"By Jane Doe and John Roe\nJane Doe\n{SENTENCE}" for _ in range(n))


def bios(n: int) -> str:
    return "\n".join(f"Jane Doe\nJane Doe is a staff writer at the Daily Post.\n{SENTENCE}"
                     for _ in range(n))


def repeated(n: int) -> str:
    """One sentence many times over, and one line repeated between blank runs."""
    return "\n".join(f"{SENTENCE}\n\n\n\nA repeated line that is long enough to count"
                     for _ in range(n))


def blank_runs(n: int) -> str:
    """A page title, then fragments between long runs of blank lines."""
    gap = "\n" * 20
    return "Title of the page about the news\n" + "".join(
        f"{gap}By Jane Doe\n{gap}Menu item\n" for _ in range(n)) + SENTENCE


def page(n: int) -> str:
    """A whole page: title, menus, headline, the article with lists, tables, an embedded
    post, captions and credits, then teasers and footers."""
    title = "Storm hits the coast as thousands flee - Daily News"
    menu = "\n".join(["Home", "World", "Sport", "Subscribe now"] * 3)
    block = (f"{SENTENCE}\nThe figures were as follows:\n\nOne item of the list\nAnother item\n\n"
             "- Jane Doe (@janedoe) November 18, 2019\n"
             "Region 2023 total 45 units sold\nRegion 2024 total 50 units sold\n"
             "Region 2025 total 55 units sold\nRegion 2026 total 60 units sold\n\n"
             "A picture shows the storm over the coast.\nMichael Conroy, AP\n\n")
    teasers = ("Customers Leave Without Paying Their Bill At The Steakhouse A party of six "
               "left the restaurant without paying for their meal on Friday.")
    return (f"{title}\n{menu}\nStorm hits the coast as thousands flee\n"
            + block * n + "\n".join([teasers] * 3) + "\nComments\nShare this article\n")


def one_long_line(n: int) -> str:
    """A document of one line of n words (megabytes at 10x)."""
    return " ".join(["word"] * n) + "."


def one_long_token(n: int) -> str:
    """One line without a space: link-like, dotted."""
    return "a." * n


def lexicon_traps(n: int) -> str:
    """Lines that made lexicon regexes backtrack: share rows of repeated names that end in
    a character no row allows, agency lists, long runs of spaces after a caption word."""
    row = "facebook  twitter  x " * n + "é"
    return "\n".join([row, "image" + " " * (200 * n) + "x", "reuters / " * n + "é",
                      "published" + " " * (200 * n) + "é", SENTENCE])


def _scorer_names() -> list[str]:
    return [s.name for s in default_scorers()]


def _document(text: str) -> tuple[Document, list[object]]:
    lines = split_lines(text)
    return Document(lines, [line.text for line in lines], packaged_lexicon("en")), []


def _best(run: Callable[[], Callable[[], object]]) -> float:
    """The least process time of ``TRIALS`` calls of what ``run`` prepares (untimed)."""
    best = float("inf")
    for _ in range(TRIALS):
        timed = run()
        start = time.process_time()
        timed()
        best = min(best, time.process_time() - start)
    return best


def _stage_cost(text: str, stage: str) -> float:
    scorers = default_scorers()  # (one set: a scorer compiles its patterns once)

    def prepare() -> Callable[[], object]:
        # The stage alone, in the core, on the core's document as the earlier stages left
        # it (no Line objects made: their cost is Python's, not the stage's).
        core = _core.split_lines(text)
        doc = Document([], core.texts(), packaged_lexicon("en"))
        for scorer in scorers:
            if not isinstance(scorer, CoreScorer):
                continue  # (the DOM scorer: HTML only)
            if scorer.name == stage:
                return lambda: scorer.run(core, doc)
            scorer.run(core, doc)
        if stage == "classify":
            return lambda: (_core.classify(core), _core.smooth(core))
        _core.classify(core)
        _core.smooth(core)
        return lambda: _core.assign_roles(core, None)

    return _best(prepare)


CASES = [
    ("lexicon", related_lists, 300),
    ("lexicon", related_lists_alone, 300),
    ("lexicon", lexicon_traps, 2),
    ("lexicon", page, 10),
    ("byline", datelines, 400),
    ("byline", bylines, 300),
    ("byline", bios, 300),
    ("byline", blank_runs, 100),
    ("repetition", repeated, 300),
    ("repetition", blank_runs, 100),
    ("shape", page, 10),
    ("shape", one_long_token, 100_000),
    ("position", blank_runs, 100),
    ("region", page, 10),
    ("region", related_lists_alone, 300),
    ("classify", blank_runs, 100),
    ("classify", page, 10),
    ("structure", page, 10),
    ("structure", blank_runs, 100),
]


@pytest.mark.parametrize(("stage", "make", "size"), CASES,
                         ids=[f"{stage}-{make.__name__}" for stage, make, _ in CASES])
def test_stage_is_linear(stage: str, make: Callable[[int], str], size: int) -> None:
    assert stage in [*_scorer_names(), "classify", "structure"]
    small = _stage_cost(make(size), stage)
    large = _stage_cost(make(size * SCALE), stage)
    # (a floor of 1 ms for the small cost: below it the clock's grain is the ratio)
    assert large <= MAX_TIME_RATIO * max(small, 0.001), (
        f"{stage} on {make.__name__}: {small:.4f} s at 1x, {large:.4f} s at {SCALE}x")


WHOLE = [related_lists, datelines, bylines, repeated, blank_runs, page, lexicon_traps]


def _mixed(scale: int) -> str:
    sizes = {related_lists: 30, datelines: 40, bylines: 30, repeated: 30, blank_runs: 10,
             page: 2, lexicon_traps: 1}
    return "\n".join(make(sizes[make] * scale) for make in WHOLE)


@pytest.fixture(scope="module")
def fresh_cleaner() -> Cleaner:
    cleaner = Cleaner()
    cleaner.clean(_mixed(1))  # (compiles the patterns and loads the language model)
    return cleaner


@pytest.mark.parametrize("make", [_mixed, lambda scale: one_long_line(20_000 * scale)],
                         ids=["mixed", "one_long_line"])
def test_clean_is_linear_in_time(fresh_cleaner: Cleaner, make: Callable[[int], str]) -> None:
    small, large = make(1), make(SCALE)
    cost = [_best(lambda text=text: lambda: fresh_cleaner.clean(text)) for text in (small, large)]
    assert cost[1] <= MAX_TIME_RATIO * max(cost[0], 0.001), cost


@pytest.mark.parametrize("make", [_mixed, lambda scale: one_long_line(20_000 * scale)],
                         ids=["mixed", "one_long_line"])
def test_clean_is_linear_in_memory(fresh_cleaner: Cleaner, make: Callable[[int], str]) -> None:
    peaks = []
    for scale in (1, SCALE):
        text = make(scale)
        tracemalloc.start()
        try:
            fresh_cleaner.clean(text)
            peaks.append(tracemalloc.get_traced_memory()[1])
        finally:
            tracemalloc.stop()
    assert peaks[1] <= MAX_MEMORY_RATIO * peaks[0] + MEMORY_SLACK_BYTES, peaks
