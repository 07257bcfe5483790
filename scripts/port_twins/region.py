"""Twin of the region scorer (core/src/scorers/region.rs, cleaner/scorers/region.py)."""

from __future__ import annotations

from typing import Any

from cleaner import _core
from cleaner.scorers.lexicon import LIST_ITEM_CODE
from cleaner.scorers.region import RegionScorer

_built: dict[int, Any] = {}  # one Rust scorer per Python scorer (built once per Cleaner)


def _scorer(cleaner: Any) -> Any:
    python = next(s for s in cleaner.scorers if isinstance(s, RegionScorer))
    if id(python) not in _built:
        _built[id(python)] = _core.RegionScorer(
            line_cost=python.line_cost, wall_cost=python.wall_cost,
            min_sentence_words=python.min_sentence_words,
            outside_weight=python.outside_weight, list_item_code=LIST_ITEM_CODE)
    return _built[id(python)]


def _region(core: Any, doc: Any, cleaner: Any) -> None:
    _scorer(cleaner).score(core, doc.dom.span if doc.dom is not None else None)


TWINS = {RegionScorer.name: _region}
