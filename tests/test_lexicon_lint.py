"""The lexicon lint: a generic lexicon entry is a claim about a language, not about a page.

Every entry of ``rules/lexicons/<lang>/<category>.txt`` (whole-line keys, phrases,
regexes) must match a line on at least ``MIN_SITES`` different sites of the development
data's *tuning* pages (``../shared/benchmarks/*``, sites as ``clean eval`` derives them:
``cleaner.evaluate.site_of``; the held-out sites guide no choice, so they are no
evidence either), or be marked as a form of the language in general, with a sentence of
its own that it matches (rules/README.md)::

    = sort by                                # general: Sort by
    comment guidelines                       # general: Please read our comment guidelines.

A language is linted where its development tuning pages span at least
``MIN_LANGUAGE_SITES`` sites (English and German today; the others span 0-4): with fewer,
one site's text cannot be told from a form of the language. A publisher's own widget
text belongs in its rule file (``rules/publishers/``), with a test.

The marked entries' sentences are checked everywhere (without ``../shared`` too); the
site counts need ``../shared`` and are skipped without it.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from cleaner import Cleaner
from cleaner.evaluate import Page, load_dataset
from cleaner.lexicons import Entry, available_languages, entry_sites, lexicon_entries

BENCHMARKS = Path(__file__).resolve().parents[1].parent / "shared" / "benchmarks"
# An entry earns its place on this many sites.
MIN_SITES = 2
# A language's development pages are evidence when they span this many sites: then a form
# that is on fewer than MIN_SITES of them is on fewer than one site in twelve, and one site's
# text shows as an entry on a single site (English: 688 tuning sites, German: 29).
MIN_LANGUAGE_SITES = 25
FIX = ("remove it; move a publisher's own text to its rules/publishers file (with a test); "
       "or, if it is a form of the language in general, mark it with a sentence of your own "
       "that it matches: ENTRY    # general: A SENTENCE (rules/README.md)")


def _datasets() -> list[Path]:
    if not BENCHMARKS.is_dir():
        pytest.skip(f"no development data at {BENCHMARKS}")
    return sorted(p for p in BENCHMARKS.iterdir() if (p / "pages.jsonl").is_file())


@cache
def _pages() -> list[tuple[Page, str, list[str]]]:
    """Every development page, with the language whose lexicon the cleaner applies to it
    and its lines (``text/``: the text mode's input)."""
    cleaner = Cleaner()
    pages = []
    for folder in _datasets():
        for page in load_dataset(folder):
            text = page.text()
            language = cleaner.clean(text, url=page.url).language
            pages.append((page, language, text.splitlines()))
    return pages


@pytest.mark.parametrize("language", available_languages())
def test_generic_entries_occur_on_several_sites(language: str) -> None:
    documents = [(page.site, lines) for page, lang, lines in _pages()
                 if lang == language and not page.heldout]
    sites = {site for site, _ in documents}
    if len(sites) < MIN_LANGUAGE_SITES:
        pytest.skip(f"the development data's tuning pages in '{language}' span {len(sites)} "
                    f"sites (fewer than {MIN_LANGUAGE_SITES}): too few to tell a form of the "
                    "language from one site's text")
    unmarked = [e for e in lexicon_entries(language) if e.general is None]
    found = entry_sites(unmarked, documents)
    bare = [f"{entry} on {len(on)} site(s) {sorted(on)}"
            for entry, on in found.items() if len(on) < MIN_SITES]
    assert not bare, (f"{len(bare)} '{language}' lexicon entries are on fewer than "
                      f"{MIN_SITES} of {len(sites)} development sites; for each: {FIX}\n"
                      + "\n".join(bare))


def _marked(language: str) -> list[Entry]:
    return [e for e in lexicon_entries(language) if e.general is not None]


@pytest.mark.parametrize("language", available_languages())
def test_general_entries_match_their_sentence(language: str) -> None:
    wrong = [f"{e}: {e.general!r}" for e in _marked(language) if not e.matches([e.general or ""])]
    assert not wrong, ("entries marked '# general:' that do not match their own sentence:\n"
                       + "\n".join(wrong))


def _folded(text: str) -> str:
    return " ".join(text.casefold().split())


@pytest.mark.parametrize("language", available_languages())
def test_general_sentences_are_not_copied_from_benchmark_pages(language: str) -> None:
    """A marked phrase or regex shows its form on a sentence of its own, not on a line
    of a benchmark page (a whole-line key's sentence is the key itself)."""
    marked = [e for e in _marked(language) if e.kind != "whole"]
    if not marked:
        return
    texts = [_folded("\n".join(lines)) for _, _, lines in _pages()]
    copied = [f"{e}: {e.general!r}" for e in marked
              if any(_folded(e.general or "") in text for text in texts)]
    assert not copied, ("sentences of '# general:' entries found on a benchmark page; write "
                        "one of your own:\n" + "\n".join(copied))
