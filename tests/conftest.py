from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

from cleaner import Cleaner
from cleaner.corpus import CorpusDoc, iter_corpus, read_doc

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"


def pytest_configure(config: pytest.Config) -> None:
    # Hermetic: compiled Hyperscan databases go to a fresh folder, not the user's cache.
    os.environ["NEWS_CLEANER_CACHE"] = tempfile.mkdtemp(prefix="news-cleaner-cache-")


@pytest.fixture(scope="session")
def cleaner() -> Cleaner:
    return Cleaner()


@pytest.fixture(scope="session")
def corpus_docs() -> list[CorpusDoc]:
    return list(iter_corpus(CORPUS))


@pytest.fixture(scope="session")
def seeds() -> list[CorpusDoc]:
    return [read_doc(p) for p in sorted((CORPUS / "seeds").glob("*.tsv"))]
