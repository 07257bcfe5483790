"""``Cleaner`` is thread-safe from its first call on: 16 threads cleaning documents of 8
languages at once, on a fresh ``Cleaner`` with the module caches emptied (so that every
language's lexicon and per-scorer state is built while the others run), give what one
thread gives, in every trial.

The documents are synthetic, one per language, made of its own lexicon entries (bylines,
datelines, widgets) around article sentences. The interpreter is made to switch threads
every microsecond, so that a state published before it is complete is seen by another
thread.
"""

from __future__ import annotations

import re
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
import regex

from cleaner import Cleaner, lexicons
from cleaner.api import CleanResult
from cleaner.data import rules_dir

LANGUAGES = ["de", "en", "es", "fr", "it", "nl", "pl", "pt"]
THREADS = 16
TRIALS = 4


def _entries(path: Path) -> list[str]:
    if not path.is_file():
        return []
    rows = [row.strip() for row in path.read_text("utf-8").splitlines()]
    return [row.lstrip("= ") for row in rows if row and not row.startswith(("#", "re:"))]


def _document(language: str) -> str:
    """Widgets of the language's lexicons, a byline and a dateline in its words, between
    sentences (the same sentence in each: the language is given, not detected)."""
    folder = rules_dir() / "lexicons" / language
    prefix = (_entries(folder / "words" / "bylines.txt") or ["by"])[0]
    month = sorted(w for w in _entries(folder / "words" / "dates.txt") if w.isalpha())[0]
    widgets = [entry for name in ("subscription", "social", "related", "newsletter")
               for entry in _entries(folder / f"{name}.txt")[:4]]
    sentence = ("The council voted on Tuesday to approve the new budget for the coming year, "
                "officials said in a statement.")
    lines = [f"{prefix.capitalize()} Jane Doe", f"12 {month} 2023 10:30", "", sentence,
             sentence, *widgets[:6], sentence, "Related", "First headline of the list",
             "Jane Doe", "Jane Doe is a staff writer at the paper.", *widgets[6:]]
    return "\n".join(lines) + "\n"


def _verdict(result: CleanResult) -> list[tuple[object, ...]]:
    return [(line.label, line.category, round(line.score, 6), tuple(line.reasons))
            for line in result.lines]


def _forget_compiled() -> None:
    """Empty what the package keeps between Cleaners (compiled lexicons, word automata) and
    the regex modules' caches of compiled patterns: each trial compiles everything anew."""
    re.purge()
    regex.purge()
    lexicons._compiled.clear()
    lexicons.packaged_lexicon.cache_clear()


@pytest.fixture
def fast_switching() -> Iterator[None]:
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    try:
        yield
    finally:
        sys.setswitchinterval(interval)


def test_sixteen_threads_on_a_fresh_cleaner_agree_with_one(fast_switching: None) -> None:
    documents = {language: _document(language) for language in LANGUAGES}
    _forget_compiled()
    alone = Cleaner()
    expected = {language: _verdict(alone.clean(text, language=language))
                for language, text in documents.items()}
    failures: list[str] = []
    for trial in range(TRIALS):
        _forget_compiled()
        cleaner = Cleaner()
        start = threading.Barrier(THREADS)
        results: dict[int, list[tuple[object, ...]]] = {}
        errors: list[str] = []

        def work(k: int, cleaner: Cleaner = cleaner, start: threading.Barrier = start,
                 results: dict[int, list[tuple[object, ...]]] = results,
                 errors: list[str] = errors) -> None:
            language = LANGUAGES[k % len(LANGUAGES)]
            start.wait()
            try:
                results[k] = _verdict(cleaner.clean(documents[language], language=language))
            except Exception as exc:  # (reported below, with the trial and the language)
                errors.append(f"{language}: {exc!r}")

        threads = [threading.Thread(target=work, args=(k,)) for k in range(THREADS)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        wrong = sorted({LANGUAGES[k % len(LANGUAGES)] for k, verdict in results.items()
                        if verdict != expected[LANGUAGES[k % len(LANGUAGES)]]})
        if errors or wrong:
            failures.append(f"trial {trial}: errors {errors}, differing {wrong}")
    assert failures == []
