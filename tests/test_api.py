from __future__ import annotations

import pickle
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from cleaner import Cleaner, CleanerError, Label, clean
from cleaner.corpus import CorpusDoc
from cleaner.labels import Category


def _is_subsequence(output: str, text: str) -> bool:
    source = iter(text.split("\n"))
    return all(any(line == s for s in source) for line in output.rstrip("\n").split("\n"))


def test_seeds_without_url_are_labelled_exactly(seeds: list[CorpusDoc]) -> None:
    for doc in seeds:
        result = clean(doc.text)
        for line, gold in zip(result.lines, doc.gold, strict=True):
            if gold is not None:
                assert line.label is gold[0], (doc.path.name, line.index + 1, line.text,
                                               line.reasons)


def test_clean_seed_passes_through_byte_for_byte(seeds: list[CorpusDoc]) -> None:
    doc = next(d for d in seeds if d.path.stem == "001")
    assert not doc.text.endswith("\n")
    assert clean(doc.text).text == doc.text
    assert clean(doc.text + "\n").text == doc.text + "\n"


def test_output_is_a_subsequence_of_input_lines(corpus_docs: list[CorpusDoc]) -> None:
    cleaner = Cleaner()
    for doc in corpus_docs:
        result = cleaner.clean(doc.text, url=doc.url)
        assert _is_subsequence(result.text, doc.text), doc.path
        assert _is_subsequence(result.body, result.text), doc.path


def test_same_input_same_output(seeds: list[CorpusDoc]) -> None:
    a, b = Cleaner(), Cleaner()
    for doc in seeds:
        assert a.clean(doc.text).text == b.clean(doc.text).text == a.clean(doc.text).text


def test_every_dropped_line_says_why(corpus_docs: list[CorpusDoc]) -> None:
    cleaner = Cleaner()
    for doc in corpus_docs:
        for line in cleaner.clean(doc.text, url=doc.url).dropped:
            assert line.category is not None and line.reasons, (doc.path, line.index)


def test_body_leaves_out_headline_and_standfirst(seeds: list[CorpusDoc]) -> None:
    doc = next(d for d in seeds if d.path.stem == "002")
    result = clean(doc.text)
    assert result.text.startswith("Russia claims it could play unlikely role of peacemaker")
    assert "Putin calls escalation" in result.text
    assert "Putin calls escalation" not in result.body
    assert result.body.startswith("Russia has claimed it can play a role")
    roles = {line.category for line in result.lines if line.label is Label.KEEP}
    assert roles == {Category.HEADLINE, Category.STANDFIRST, Category.BODY}


def test_blank_lines_collapse_where_lines_were_dropped() -> None:
    text = "Headline of this story\n\nSubscribe now\n\nFirst sentence of the story goes here."
    assert clean(text).text == "Headline of this story\n\nFirst sentence of the story goes here."


def test_empty_and_blank_documents() -> None:
    assert clean("").text == ""
    assert clean("\n\n").text == "\n\n"


def test_cleaner_is_picklable(seeds: list[CorpusDoc]) -> None:
    cleaner = pickle.loads(pickle.dumps(Cleaner()))
    assert cleaner.clean(seeds[0].text).text == clean(seeds[0].text).text


def test_cleaner_is_thread_safe(seeds: list[CorpusDoc]) -> None:
    cleaner = Cleaner()
    expected = [cleaner.clean(d.text).text for d in seeds]
    with ThreadPoolExecutor(4) as pool:
        got = list(pool.map(lambda d: cleaner.clean(d.text).text, seeds * 10))
    assert got == expected * 10


def test_unknown_publisher_is_a_clear_error() -> None:
    with pytest.raises(CleanerError, match="unknown publisher 'nope'; known: "):
        clean("text", publisher="nope")


def test_unknown_language_falls_back_to_default() -> None:
    assert clean("Subscribe now\nA sentence.", language="xx").language == "en"


def test_str_is_the_text() -> None:
    assert str(clean("One line of text.")) == "One line of text."


@pytest.mark.parametrize("end", ["\r\n", "\r"])
def test_cr_and_crlf_documents_clean_as_lf_ones_and_keep_their_line_ends(end: str) -> None:
    sample = Path(__file__).resolve().parent.parent / "corpus" / "sample"
    text = (sample / "000_c8f4f69c4eddb561.txt").read_text("utf-8")
    assert "\r" not in text
    cleaned = clean(text).text
    assert cleaned != text  # (this page has boilerplate to remove)
    assert clean(text.replace("\n", end)).text == cleaned.replace("\n", end)


def test_mixed_line_ends_are_each_kept() -> None:
    text = "A first paragraph of the article.\r\nA second one, ending in a CR.\rA third.\n"
    assert clean(text).text == text
