"""The classifier's fitted numbers: per-evidence multipliers and thresholds, kept as data.

``rules/weights.yaml`` is written by ``scripts/fit_weights.py`` (which says how it was
fitted and how it scores under cross-validation); without the file, every piece of
evidence counts as its scorer weighed it and the thresholds are the module defaults.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

from cleaner.classify import DROP_THRESHOLD, NEAR_THRESHOLD
from cleaner.errors import RuleError


@dataclass(frozen=True, slots=True)
class Weights:
    drop_threshold: float = DROP_THRESHOLD
    near_threshold: float = NEAR_THRESHOLD
    multipliers: dict[str, float] = field(default_factory=dict)


def load_weights(path: Path) -> Weights:
    if not path.exists():
        return Weights()
    try:
        data = yaml.safe_load(path.read_text("utf-8")) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise RuleError(str(path), mark.line + 1 if mark else None, None,
                        f"not valid YAML: {exc}") from None
    try:
        thresholds = data.get("thresholds", {})
        multipliers = {str(k): float(v) for k, v in (data.get("multipliers") or {}).items()}
        return Weights(float(thresholds.get("drop", DROP_THRESHOLD)),
                       float(thresholds.get("near", NEAR_THRESHOLD)), multipliers)
    except (AttributeError, TypeError, ValueError) as exc:
        raise RuleError(str(path), None, None,
                        f"expected 'thresholds: {{drop, near}}' and 'multipliers: {{key: number}}' "
                        f"({exc})") from None
