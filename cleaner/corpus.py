"""The labelled corpus: read its documents and score the cleaner on them, line by line.

Format (``corpus/README.md``): one UTF-8 ``.tsv`` per document; ``# key: value``
header lines first (``url``, ``language``, ``final-newline``, ...); then one line per
line of the original document: empty for a blank line, else
``LABEL<TAB>CATEGORY<TAB>TEXT`` with LABEL ``keep`` or ``drop``.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from cleaner.api import Cleaner
from cleaner.errors import InputError
from cleaner.labels import DROP_CATEGORIES, KEEP_CATEGORIES, Category, Label


@dataclass(slots=True)
class CorpusDoc:
    path: Path
    meta: dict[str, str]
    texts: list[str]  # the original lines, blank ones included
    gold: list[tuple[Label, Category] | None]  # None for a blank line

    @property
    def text(self) -> str:
        final = self.meta.get("final-newline", "yes") != "no"
        return "\n".join(self.texts) + ("\n" if final else "")

    @property
    def url(self) -> str | None:
        return self.meta.get("url")


def read_doc(path: Path) -> CorpusDoc:
    meta: dict[str, str] = {}
    texts: list[str] = []
    gold: list[tuple[Label, Category] | None] = []
    content = path.read_text(encoding="utf-8")
    body = content[:-1] if content.endswith("\n") else content
    for number, row in enumerate(body.split("\n"), 1):
        if not texts and row.startswith("#"):
            key, _, value = row[1:].partition(":")
            meta[key.strip()] = value.strip()
            continue
        if not row.strip():
            texts.append(row)
            gold.append(None)
            continue
        parts = row.split("\t", 2)
        if len(parts) != 3 or parts[0] not in ("keep", "drop"):
            raise InputError(f"{path}:{number}: expected LABEL<TAB>CATEGORY<TAB>TEXT with LABEL "
                             f"keep or drop, got {row[:60]!r}")
        label = Label(parts[0])
        allowed = KEEP_CATEGORIES if label is Label.KEEP else DROP_CATEGORIES
        if parts[1] not in {c.value for c in allowed}:
            raise InputError(f"{path}:{number}: category {parts[1]!r} is not allowed with "
                             f"{parts[0]}; one of: {', '.join(sorted(c.value for c in allowed))}")
        texts.append(parts[2])
        gold.append((label, Category(parts[1])))
    return CorpusDoc(path, meta, texts, gold)


def corpus_digest(root: Path, pattern: str = "*.tsv") -> str:
    """SHA-256 over the paths and bytes of a folder's files (the corpus documents by default)."""
    digest = hashlib.sha256()
    for path in sorted(p for p in root.rglob(pattern) if p.is_file()):
        digest.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def iter_corpus(root: Path) -> Iterator[CorpusDoc]:
    for path in sorted(root.rglob("*.tsv")):
        yield read_doc(path)


@dataclass(slots=True)
class LineCounts:
    """Line-level confusion counts; ``keep`` is the positive class (article lines)."""

    tp: int = 0  # article line kept
    fp: int = 0  # boilerplate line kept
    fn: int = 0  # article line dropped
    tn: int = 0  # boilerplate line dropped
    missed: list[str] = field(default_factory=list)  # article lines dropped, for reports

    def __add__(self, other: LineCounts) -> LineCounts:
        return LineCounts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn,
                          self.tn + other.tn, self.missed + other.missed)

    @staticmethod
    def _ratio(a: int, b: int) -> float:
        return a / b if b else 1.0

    @property
    def keep_precision(self) -> float:
        return self._ratio(self.tp, self.tp + self.fp)

    @property
    def keep_recall(self) -> float:
        return self._ratio(self.tp, self.tp + self.fn)

    @property
    def drop_precision(self) -> float:
        return self._ratio(self.tn, self.tn + self.fn)

    @property
    def drop_recall(self) -> float:
        return self._ratio(self.tn, self.tn + self.fp)

    @property
    def lines(self) -> int:
        return self.tp + self.fp + self.fn + self.tn


def score_doc(cleaner: Cleaner, doc: CorpusDoc) -> LineCounts:
    result = cleaner.clean(doc.text, url=doc.url, language=doc.meta.get("language"))
    counts = LineCounts()
    for line, gold in zip(result.lines, doc.gold, strict=True):
        if gold is None:
            continue
        kept = line.label is Label.KEEP
        if gold[0] is Label.KEEP:
            if kept:
                counts.tp += 1
            else:
                counts.fn += 1
                counts.missed.append(f"{doc.path}:{line.index + 1}: {line.text[:80]}")
        elif kept:
            counts.fp += 1
        else:
            counts.tn += 1
    return counts


def score_corpus(cleaner: Cleaner, docs: Iterable[CorpusDoc]) -> dict[str, LineCounts]:
    """Counts per corpus folder (``seeds``, ``scrapinghub``, ...) and ``all``."""
    totals: dict[str, LineCounts] = {}
    for doc in docs:
        counts = score_doc(cleaner, doc)
        group = doc.path.parent.name
        totals[group] = totals.get(group, LineCounts()) + counts
        totals["all"] = totals.get("all", LineCounts()) + counts
    return totals
