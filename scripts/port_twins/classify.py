"""Twins of the classifier's two passes (core/src/classify.rs)."""

from cleaner import _core

TWINS = {
    "classify": lambda core, doc, cleaner: _core.classify(core),
    "smooth": lambda core, doc, cleaner: _core.smooth(
        core, mixed_drop_score=cleaner.options.mixed_drop_score),
}
