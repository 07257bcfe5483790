"""Exceptions: one base class, one subclass per kind of failure.

Every message says what failed, where, and what to do next.
"""

from __future__ import annotations

import re


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


class RuleTimeoutError(RuleError):
    """A rule's (or a publisher signature's) pattern ran past its time budget on a document.

    The document is not cleaned: its output would otherwise depend on how fast the machine
    was. ``rule`` is the rule's id (``None`` for a signature), ``path``, ``line`` and
    ``key`` say where the pattern is in its rule file, ``input_line`` on which line of the
    document it was running (``None``: a signature searches the whole document), and
    ``budget`` which budget ran out: ``"rule"`` (the rule's own share, ``seconds``) or
    ``"document"`` (all the rule patterns' time on one document, ``seconds``).
    """

    def __init__(self, rule: str | None, path: str, line: int, key: str,
                 input_line: int | None, budget: str, seconds: float,
                 heaviest: str | None = None) -> None:
        self.rule = rule
        self.input_line = input_line
        self.budget = budget
        self.seconds = seconds
        what = f"rule '{rule}'" if rule is not None else "publisher signature"
        where = f"on input line {input_line}" if input_line else "searching the document"
        if budget == "rule":
            happened = f"took more than its {seconds:g}s {where}"
        else:
            happened = (f"was {where} when the document's {seconds:g}s budget for rule "
                        "patterns (detection and every rule together) ran out"
                        + (f"; {heaviest}" if heaviest else ""))
        super().__init__(path, line, key, (
            f"{what} {happened}; the document was not cleaned. A regex that backtracks "
            "catastrophically never ends: rewrite it (avoid nested quantifiers such as "
            "(a+)+$) or use a literal, prefix or contains matcher; for very large documents, "
            "give the rules more time (Deadline(seconds=...))"))


class InputError(CleanerError):
    """A document cannot be read as text (binary, invalid UTF-8, unreadable)."""


class UrlError(InputError):
    """A document's URL cannot be read, so it cannot choose the publisher's rules.

    ``url`` is the URL as given, ``problem`` what is wrong with it. The message shows
    the URL without its user name and password, cut to 120 characters.
    """

    def __init__(self, url: str, problem: str) -> None:
        self.url = url
        self.problem = problem
        shown = re.sub(r"^([^/?#]*//)[^/?#]*@", r"\1…@", url)  # no user:password@
        if len(shown) > 120:
            shown = f"{shown[:100]}… ({len(url):,} characters)"
        super().__init__(
            f"URL {shown!r} cannot be read: {problem}; give a URL such as "
            "https://example.com/page, or none (the publisher is then recognised from the "
            "text)")


class LimitError(InputError):
    """A document is over a limit of a run: its size, its time, or its memory."""


class OutputError(CleanerError):
    """An output cannot be written (a full disk, a file size limit, a closed pipe)."""
