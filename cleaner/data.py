"""The one place that knows where packaged data lives."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def rules_dir() -> Path:
    """Return the folder holding ``publishers/`` and ``lexicons/``.

    An installed wheel carries the rules inside the package (``cleaner/rules``);
    a source checkout or editable install reads the repository's ``rules/``.
    """
    for candidate in (_PACKAGE / "rules", _PACKAGE.parent / "rules"):
        if (candidate / "lexicons").is_dir():
            return candidate
    raise FileNotFoundError(
        f"news-cleaner's rules/ folder is missing (looked in {_PACKAGE / 'rules'} and "
        f"{_PACKAGE.parent / 'rules'}); reinstall the package with `pip install news-cleaner`"
    )
