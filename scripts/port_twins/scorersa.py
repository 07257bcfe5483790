"""Twins of the shape, position, repetition and action scorers
(core/src/scorers/{shape,position,repetition,action}.rs), each built once from the Python
scorer's settings and data, as a Cleaner would build it."""

from __future__ import annotations

from typing import Any

from cleaner import _core
from cleaner.lexicons import DEFAULT_LANGUAGE
from cleaner.scorers.action import about_words, actions_dir, load_actions


def _scorer(cleaner: Any, name: str) -> Any:
    return next(s for s in cleaner.scorers if s.name == name)


_BUILT: dict[tuple[int, str], Any] = {}


def _built(cleaner: Any, name: str, build: Any) -> Any:
    key = (id(cleaner), name)
    if key not in _BUILT:
        _BUILT[key] = build(_scorer(cleaner, name))
    return _BUILT[key]


def _action(python: Any) -> Any:
    # The verbs of every language that has a file (a language without one falls back to
    # the default language's, as load_actions does), and the copulas of about.txt.
    languages = sorted(path.stem for path in actions_dir().glob("*.txt"))
    actions = {language: sorted(load_actions(language).verbs) for language in languages}
    return _core.ActionScorer(
        actions, DEFAULT_LANGUAGE, sorted(about_words()),
        button_max_words=python.button_max_words, button_weight=python.button_weight,
        button_mark_weight=python.button_mark_weight)


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
    "action": lambda core, doc, cleaner: _built(cleaner, "action", _action).score(core),
    "shape": lambda core, doc, cleaner: _built(cleaner, "shape", _shape).score(core),
    "position": lambda core, doc, cleaner: _built(cleaner, "position", _position).score(core),
    "repetition": lambda core, doc, cleaner: _built(cleaner, "repetition", _repetition).score(core),
}
