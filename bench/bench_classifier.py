"""Group "classifier": line classification of text already in memory, one whole text set
per round, the cleaner and its peers on the same texts."""

from __future__ import annotations

import html
import re

import pytest
from conftest import TextSet, package_version

import cleaner
from cleaner import Label
from cleaner.lexicons import load_lexicon


@pytest.mark.benchmark(group="classifier")
def test_cleaner(measure, cleaner_obj, text_set: TextSet) -> None:
    def clean_all():
        return [cleaner_obj.clean(text, url=url)
                for text, url in zip(text_set.texts, text_set.urls, strict=True)]

    results = measure(clean_all, text_set, "news-cleaner", cleaner.__version__,
                      reference=True)
    labels = [line.label for result in results for line in result.lines]
    kept, dropped = labels.count(Label.KEEP), labels.count(Label.DROP)
    assert len(results) == len(text_set)
    assert kept and dropped, f"{text_set.name}: kept {kept} lines, dropped {dropped}"
    assert all(result.text for result in results[:5])


@pytest.mark.benchmark(group="classifier")
@pytest.mark.parametrize("variant", ["lines", "full"])
def test_c4_datatrove(measure, text_set: TextSet, variant: str) -> None:
    """C4's rules as datatrove's ``C4QualityFilter`` applies them. ``lines``: the line
    rules alone (``min_num_sentences=-1``); ``full``: the defaults, whose page-level
    "at least 5 sentences" rule splits sentences with spaCy."""
    pytest.importorskip("datatrove", reason="datatrove not installed: pip install datatrove")
    if variant == "full":
        pytest.importorskip("spacy", reason="datatrove's English sentence splitter needs spaCy")
    from datatrove.data import Document
    from datatrove.pipeline.filters.c4_filters import C4QualityFilter

    c4 = C4QualityFilter(min_num_sentences=-1) if variant == "lines" else C4QualityFilter()

    def fresh_documents():  # filter() rewrites doc.text: new documents each round, untimed
        return ([Document(text=t, id=str(i)) for i, t in enumerate(text_set.texts)],), {}

    def filter_all(docs):
        return docs, [c4.filter(doc) for doc in docs]

    docs, verdicts = measure(filter_all, text_set, f"C4 {variant} (datatrove)",
                             package_version("datatrove"), setup=fresh_documents)
    kept = [doc for doc, verdict in zip(docs, verdicts, strict=True) if verdict is True]
    kept_lines = sum(len(doc.text.splitlines()) for doc in kept)
    assert kept, f"{text_set.name}: C4 dropped every document"
    assert 0 < kept_lines < text_set.lines


@pytest.mark.benchmark(group="classifier")
def test_justext(measure, text_set: TextSet) -> None:
    """jusText on the text, each line a <p> (as cleaner/evaluate.py's run_justext)."""
    justext = pytest.importorskip("justext", reason="jusText not installed: pip install justext")
    stoplist = justext.get_stoplist("English")

    def justext_all():
        out = []
        for text in text_set.texts:
            doc = "".join(f"<p>{html.escape(line)}</p>" for line in text.split("\n")
                          if line.strip())
            out.append(justext.justext(f"<html><body>{doc}</body></html>".encode(), stoplist,
                                       encoding="utf-8"))
        return out

    results = measure(justext_all, text_set, "jusText", package_version("justext"))
    flags = [p.is_boilerplate for paragraphs in results for p in paragraphs]
    assert True in flags and False in flags


@pytest.mark.benchmark(group="classifier")
@pytest.mark.parametrize("variant", ["line loop", "50-phrase re"])
def test_python_floor(measure, text_set: TextSet, variant: str) -> None:
    """What per-line Python costs before any classifying, on the same texts: ``line
    loop`` cuts each text into lines, strips each and splits it into words (the least a
    classifier that looks at lines in Python does); ``50-phrase re`` searches each line
    for any of 50 phrases (the English lexicon's first, sorted) with one case-insensitive
    ``re`` alternation, the yardstick of the throughput issue."""
    if variant == "line loop":
        def run_all():
            return sum(len(line.strip().split()) for text in text_set.texts
                       for line in text.split("\n"))
    else:
        phrases = sorted(load_lexicon("en").phrases)[:50]
        pattern = re.compile("|".join(map(re.escape, phrases)), re.IGNORECASE)
        search = pattern.search

        def run_all():
            return sum(1 for text in text_set.texts for line in text.split("\n")
                       if search(line))

    found = measure(run_all, text_set, f"floor: {variant} (Python)", None)
    assert found > 0
