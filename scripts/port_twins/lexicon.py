"""Twin of the lexicon scorer (core/src/scorers/lexicon.rs, with core/src/matcher.rs):
built from the Python scorer's settings and, per language, from the lexicon the document
is scored with (``cleaner.core_lexicon.core_matcher``)."""

from typing import Any

from cleaner import _core
from cleaner.core_lexicon import core_matcher

_scorers: dict[int, Any] = {}  # per Python scorer: its twin
_lexicons: dict[int, dict[str, Any]] = {}  # per Python scorer: each language's lexicon held


def _twin(core: Any, doc: Any, cleaner: Any) -> None:
    scorer = next(s for s in cleaner.scorers if s.name == "lexicon")
    twin = _scorers.get(id(scorer))
    if twin is None:
        twin = _scorers[id(scorer)] = _core.LexiconScorer(
            [], full_weight_max_words=scorer.full_weight_max_words,
            whole_line_weight=scorer.whole_line_weight,
            second_person_weight=scorer.second_person_weight,
            decisive_max_words=scorer.decisive_max_words)
        _lexicons[id(scorer)] = {}
    held = _lexicons[id(scorer)]
    if held.get(doc.lexicon.language) is not doc.lexicon:  # (a new one replaces its language's)
        held[doc.lexicon.language] = doc.lexicon
        twin.add(core_matcher(doc.lexicon))
    twin.score(core)


TWINS = {"lexicon": _twin}
