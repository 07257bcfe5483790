"""Exceptions: one base class, one subclass per kind of failure.

Every message says what failed, where, and what to do next.
"""

from __future__ import annotations


class CleanerError(Exception):
    """Base class of every error news-cleaner raises on purpose."""


class RuleError(CleanerError):
    """A rule or lexicon file is malformed.

    ``str(error)`` reads ``FILE:LINE: key 'KEY': REASON``.
    """

    def __init__(self, path: str, line: int | None, key: str | None, reason: str) -> None:
        self.path = path
        self.line = line
        self.key = key
        self.reason = reason
        where = f"{path}:{line}" if line is not None else path
        what = f" key '{key}':" if key else ""
        super().__init__(f"{where}:{what} {reason}")


class RuleTimeoutError(CleanerError):
    """A rule's regular expression ran past its time budget on one line."""

    def __init__(self, rule: str, source: str, line_number: int, timeout: float) -> None:
        self.rule = rule
        self.source = source
        self.line_number = line_number
        where = f"input line {line_number}" if line_number else "the document"
        super().__init__(
            f"rule '{rule}' ({source}) took longer than {timeout:g}s on {where}: its regex "
            "backtracks catastrophically; rewrite it "
            "(avoid nested quantifiers such as (a+)+) or use a literal/prefix matcher"
        )


class InputError(CleanerError):
    """A document cannot be read as text (binary, invalid UTF-8, unreadable)."""


class LimitError(InputError):
    """A document is over a limit of a run: its size, its time, or its memory."""


class OutputError(CleanerError):
    """An output cannot be written (a full disk, a file size limit, a closed pipe)."""
