"""The byline scorer's search for bio lines finds the lines a test per line would."""

from __future__ import annotations

from pathlib import Path

from cleaner.casing import casefold
from cleaner.corpus import iter_corpus
from cleaner.lexicons import available_languages, load_lexicon
from cleaner.lines import split_lines
from cleaner.scorers import Document
from cleaner.scorers.byline import _near_bios, _nearby

ROOT = Path(__file__).resolve().parents[2]


def per_line(doc: Document, verbs: frozenset[str], roles: frozenset[str]) -> set[int]:
    """``_near_bios`` as its docstring says it: each line opening with a capital (or a
    letter beyond ASCII) that holds, casefolded, " <verb> " and a job word, and the lines
    ``_nearby`` it."""
    near: set[int] = set()
    for k, text in enumerate(doc.texts):
        if not text or not (text[0].isupper() or not text[0].isascii()):
            continue
        folded = casefold(text)
        if not (any(f" {v} " in folded for v in verbs) and any(r in folded for r in roles)):
            continue
        near.add(k)
        near.update(_nearby(doc.lines, k))
    return near


def test_near_bios_finds_what_a_test_per_line_finds() -> None:
    texts = [doc.text for doc in iter_corpus(ROOT / "corpus")]
    texts += [p.read_text("utf-8") for p in sorted(
        (ROOT / "tests" / "data" / "benchmarks").glob("*/text/*.txt"))]
    # Bios of several shapes, beside one another and at the document's edges.
    texts.append("Jane Doe is a staff writer.\nJANE DOE IS AN EDITOR\nJane Doe\n\nÉmile Roe "
                 "was the editor-in-chief\nx is a writer\nAuthor: Jane is\nJane was authored")
    found = 0
    for language in available_languages():
        lexicon = load_lexicon(language)
        verbs, roles = lexicon.words.get("bio_verbs"), lexicon.words.get("roles")
        if not verbs or not roles:
            continue
        for text in texts:
            for variant in (text, text.upper(), text.replace(" ", "  ")):
                lines = split_lines(variant)
                doc = Document(lines, [line.text for line in lines], lexicon)
                near = _near_bios(doc, verbs, roles)
                assert near == per_line(doc, verbs, roles), (language, variant[:60])
                found += len(near)
    assert found > 100
