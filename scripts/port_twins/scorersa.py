"""Twins of the shape, position, repetition and action scorers
(core/src/scorers/{shape,position,repetition,action}.rs), each built once from the Python
scorer's settings and data, as a Cleaner would build it."""

from __future__ import annotations

from typing import Any

from cleaner import _core


def _scorer(cleaner: Any, name: str) -> Any:
    return next(s for s in cleaner.scorers if s.name == name)


_BUILT: dict[tuple[int, str], Any] = {}


def _built(cleaner: Any, name: str, build: Any) -> Any:
    key = (id(cleaner), name)
    if key not in _BUILT:
        _BUILT[key] = build(_scorer(cleaner, name))
    return _BUILT[key]


def _shape(python: Any) -> Any:
    return _core.ShapeScorer(
        prose_keep_weight=python.prose_keep_weight, long_prose_words=python.long_prose_words,
        long_prose_keep_weight=python.long_prose_keep_weight, link_weight=python.link_weight,
        min_letter_ratio=python.min_letter_ratio, symbol_weight=python.symbol_weight)


def _position(python: Any) -> Any:
    return _core.PositionScorer(tail_weight=python.tail_weight, head_weight=python.head_weight,
                                head_max_words=python.head_max_words)


def _repetition(python: Any) -> Any:
    return _core.RepetitionScorer(min_words=python.min_words,
                                  duplicate_weight=python.duplicate_weight)


TWINS = {
    "shape": lambda core, doc, cleaner: _built(cleaner, "shape", _shape).score(core),
    "position": lambda core, doc, cleaner: _built(cleaner, "position", _position).score(core),
    "repetition": lambda core, doc, cleaner: _built(cleaner, "repetition", _repetition).score(core),
}
