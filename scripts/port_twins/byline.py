"""Twins of the byline scorer (core/src/scorers/byline.rs) and of the roles pass
(``cleaner.structure.assign_roles``, core/src/structure.rs)."""

from cleaner import _core

# One Rust scorer per (Python scorer, language): built once from the word lists the Python
# scorer reads (the document's lexicon's), as the Python scorer builds its patterns.
_scorers: dict[tuple[int, str], object] = {}


def _byline(core, doc, cleaner):
    python = next(s for s in cleaner.scorers if s.name == "byline")
    key = (id(python), doc.lexicon.language)
    scorer = _scorers.get(key)
    if scorer is None:
        scorer = _scorers[key] = _core.BylineScorer(
            {doc.lexicon.language: doc.lexicon.words},
            max_dateline_words=python.max_dateline_words,
            min_date_token_ratio=python.min_date_token_ratio)
    scorer.score(core)


def _roles(core, doc, cleaner):
    dom = doc.dom
    in_body = [dom.in_body(i) for i in range(len(doc.lines))] if dom is not None else None
    _core.assign_roles(core, in_body)


TWINS = {"byline": _byline, "roles": _roles}
