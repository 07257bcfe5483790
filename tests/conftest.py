from __future__ import annotations

from pathlib import Path

import pytest

from cleaner import Cleaner
from cleaner.corpus import CorpusDoc, iter_corpus, read_doc

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"


@pytest.fixture(scope="session")
def cleaner() -> Cleaner:
    return Cleaner()


@pytest.fixture(scope="session")
def corpus_docs() -> list[CorpusDoc]:
    return list(iter_corpus(CORPUS))


@pytest.fixture(scope="session")
def seeds() -> list[CorpusDoc]:
    return [read_doc(p) for p in sorted((CORPUS / "seeds").glob("*.tsv"))]
