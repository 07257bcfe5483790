"""HTML mode's DOM scorer stays in Python (it reads the selectolax walk); the core applies
its evidence as recorded operations (cleaner/engine.py, Doc.apply_ops)."""

from cleaner.engine import recorded_ops
from cleaner.scorers.dom import DomScorer

_SCORER = DomScorer()

TWINS = {"dom": lambda core, doc, cleaner: core.apply_ops(recorded_ops(_SCORER, doc))}
