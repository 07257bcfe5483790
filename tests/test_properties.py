"""Properties that hold for any text: only ``CleanerError``s, never invented text, the same
output for the same input.

Documents are drawn from real lines (the corpus: article sentences, menus, pitches,
bylines) mixed with arbitrary text, so that the scorers have something to act on.

Cleaning is not idempotent in general (a second pass sees a document without its menus
and may drop more; README, "Cleaning twice"); what holds is that a second pass never adds
a line, and that an extract's shape (a headline, sub-headings, paragraphs: no menus)
cleaned once cleans to itself.
"""

from __future__ import annotations

import contextlib
import re
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cleaner import Cleaner, CleanerError
from cleaner.corpus import iter_corpus
from cleaner.errors import InputError
from cleaner.lines import decode

ROOT = Path(__file__).resolve().parent.parent
_REAL_LINES = sorted({line for doc in iter_corpus(ROOT / "corpus")
                      for line in doc.text.splitlines() if line.strip()})
_CLEANER = Cleaner()
_LINE_END = re.compile(r"\r\n|\r|\n")

_line = st.one_of(
    st.sampled_from(_REAL_LINES),
    st.text(st.characters(blacklist_categories=("Cs",)), max_size=120).map(
        lambda t: t.replace("\n", " ").replace("\r", " ")),
    st.just(""),
    st.just("   "),
)
_end = st.sampled_from(["\n", "\n", "\n", "\r\n", "\r"])
_document = st.lists(st.tuples(_line, _end), max_size=60).map(
    lambda pairs: "".join(text + end for text, end in pairs))
_text = st.one_of(_document, st.text(max_size=400))
_settings = settings(max_examples=120, deadline=None,
                     suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def _lines(text: str) -> list[str]:
    return _LINE_END.split(text.removesuffix("\r\n").removesuffix("\n").removesuffix("\r"))


def _is_subsequence(part: list[str], whole: list[str]) -> bool:
    rest = iter(whole)
    return all(any(line == other for other in rest) for line in part)


@_settings
@given(_text)
def test_output_is_a_subsequence_of_the_input_lines(text: str) -> None:
    try:
        result = _CLEANER.clean(text)
    except CleanerError:
        return
    out = result.text
    if out:
        assert _is_subsequence([line for line in _lines(out) if line.strip()], _lines(text))
    assert _is_subsequence([line.raw for line in result.lines if line.label.value == "keep"],
                           _lines(text))


@_settings
@given(_text)
def test_the_same_input_gives_the_same_output_and_a_second_pass_adds_nothing(text: str) -> None:
    try:
        first = _CLEANER.clean(text)
    except CleanerError:
        return
    again = _CLEANER.clean(text)
    assert again.text == first.text
    assert [line.label for line in again.lines] == [line.label for line in first.lines]
    second = _CLEANER.clean(first.text).text
    assert _is_subsequence([line for line in _lines(second) if line.strip()],
                           _lines(first.text))


_word = st.text(st.characters(min_codepoint=97, max_codepoint=122), min_size=2, max_size=9)
_sentence = st.lists(_word, min_size=8, max_size=30).map(
    lambda words: " ".join(words).capitalize() + ".")
_heading = st.lists(_word, min_size=2, max_size=9).map(lambda words: " ".join(words).title())
# (None: a sub-heading that repeats the headline's words, which a page title would name.
# No line twice: a repeated line is the repetition scorer's, whose neighbours change.)
_extract = st.tuples(_heading, st.lists(st.one_of(_sentence, _sentence, _heading, st.none()),
                                        min_size=2, max_size=25, unique=True)).map(
    lambda parts: "\n".join([parts[0], *(f"{parts[0]}: more" if line is None else line
                                          for line in parts[1])]) + "\n")


@_settings
@given(_extract)
def test_an_extract_cleaned_once_cleans_to_itself(text: str) -> None:
    once = _CLEANER.clean(text).text
    assert _CLEANER.clean(once).text == once


@_settings
@given(st.binary(max_size=600) | _document.map(lambda t: t.encode("utf-8", "surrogatepass")))
def test_decoding_any_bytes_gives_text_or_an_input_error(data: bytes) -> None:
    try:
        text = decode(data)
    except InputError as exc:
        assert str(exc)
        return
    assert "\x00" not in text
    with contextlib.suppress(CleanerError):
        _CLEANER.clean(text)


@_settings
@given(_text, st.sampled_from([None, "https://example.com/a", "http://[::1", "not a url",
                               "https://www.independent.co.uk/news/x", "ftp://x", ""]),
       st.sampled_from([None, "en", "de", "zz", "xx-YY"]))
def test_any_url_and_language_give_a_result_or_a_cleaner_error(
        text: str, url: str | None, language: str | None) -> None:
    try:
        result = _CLEANER.clean(text, url=url, language=language)
    except CleanerError:
        return
    assert isinstance(result.text, str)
