"""HTML mode's DOM scorer stays in Python (it reads the selectolax walk); the core takes
its evidence as recorded operations (cleaner/engine.py, Doc.apply_ops)."""

from cleaner.engine import run_in_python
from cleaner.scorers.dom import DomScorer

_SCORER = DomScorer()

TWINS = {"dom": lambda core, doc, cleaner: run_in_python(_SCORER, core, doc)}
