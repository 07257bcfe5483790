"""A cheap test that rules a publisher's pattern out of a document before the pattern runs.

Most documents hold none of a publisher's signatures, and a ``regex`` search of a whole
document costs far more than a plain substring test. So each pattern gets a *required
literal*: a piece of text every match of it contains. ``folded(literal) in
folded(document)`` is then a superset test: false means the pattern cannot match, true
means run it.

The test must hold under ``regex``'s IGNORECASE, which folds case fully (``ß`` matches
``ss``, ``ﬁ`` matches ``fi``) and matches the Turkic i's (``İ`` and ``i``, ``ı`` and
``I``) and the Kelvin sign and long s (``K``, ``ſ``). ``str.casefold`` folds all of these
alike once ``ı`` is read as ``i`` and the combining dot of ``İ`` (``i̇``) is dropped. The
``regex`` module knows a newer Unicode than Python's ``str`` does, so a literal is only
taken where it is ASCII: no character a newer Unicode added folds to ASCII
(tests/test_prefilter.py checks every code point against ``regex``'s own case tables).

The byline scorer's prefixes ("by", "written by", "von") are matched by ``re``, whose
IGNORECASE lowercases one character at a time and also takes ``ı`` for ``i`` and ``ſ``
for ``s``: their literals (``phrase_literals``) are looked for in ``lowered`` text.
"""  # noqa: RUF002 (the letters named are meant)

from __future__ import annotations

import re
from collections.abc import Iterable

# A regex's atoms: an escape, a character class, a counted repeat, or any one character.
_TOKENS = re.compile(r"\\.|\[\^?\]?(?:\\.|[^\]])*\]|\{\d*(?:,\d*)?\}|.", re.DOTALL)
# Escapes of a letter that stand for a class, an anchor or a control character: not a
# literal, but understood. Any other (\x41, \p{L}, \N{...}, \L<list>, \1) is not.
_KNOWN_ESCAPES = frozenset("dDwWsSbBAZntrfva")
# Inline flags that make whitespace in the pattern mean nothing (verbose mode).
_VERBOSE = re.compile(r"\(\?[a-zA-Z]*x")
_ASCII_RUN = re.compile(r"[!-~]+")  # printable ASCII, no space


def folded(text: str) -> str:
    """``text`` as the required literals are compared: casefolded, ``ı`` as ``i``, no
    combining dot above (``İ`` casefolds to ``i̇``)."""  # noqa: RUF002
    if text.isascii():
        return text.lower()
    return text.casefold().replace("\u0307", "").replace("ı", "i")


def required_literals(kind: str, source: str) -> tuple[str, ...]:
    """The ASCII texts every match of a rule pattern holds, folded, longest first (of equal
    lengths, the first in the pattern); none where none is known.

    ``literal``, ``prefix`` and ``contains`` patterns are words joined by any whitespace:
    their words. A ``regex``: its runs of plain characters outside any group, class or
    repeat; none where it has an alternative (``|``) or is verbose."""
    runs = _regex_runs(source) if kind == "regex" else source.split()
    found = dict.fromkeys(folded(run) for run in runs if run.isascii() and run.strip())
    return tuple(sorted(found, key=len, reverse=True))  # (stable, reversed too)


def _regex_runs(source: str) -> list[str]:
    """Runs of literal characters at the top level of a regex that every match holds; none
    where the regex has an alternative (``|``), is verbose, or holds a construct this does
    not know (a nested class, a fuzzy or unknown escape): then no literal is safe."""
    if _VERBOSE.search(source):
        return []
    runs: list[str] = []
    run: list[str] = []
    depth = 0
    for token in _TOKENS.findall(source):
        literal = None
        if token == "|" or token == "{":
            return []  # alternatives, or a brace that is no counted repeat (fuzzy matching)
        if token.startswith("[") and len(token) > 1:
            if "[" in token[1:].replace("\\[", ""):
                return []  # a nested set (regex's VERSION1)
        elif token.startswith("\\"):
            char = token[1:]
            if char.isalnum():
                if char not in _KNOWN_ESCAPES:
                    return []
            else:
                literal = char  # an escaped sign: itself
        elif token in ("(", ")"):
            depth += 1 if token == "(" else -1
        elif token in ("*", "?", "+") or token.startswith("{"):
            if token != "+" and run:  # the atom before may be absent: not required
                run.pop()
        elif token not in (".", "^", "$"):
            literal = token
        if literal is not None and depth == 0:
            run.append(literal)
        else:
            if run:
                runs.append("".join(run))
            run = []
    if run:
        runs.append("".join(run))
    return runs


def spelt_out_size(source: str) -> int:
    """How many atoms a regex holds once its counted repeats are spelt out, as the ``regex``
    package compiles them: ``a{1000}`` is 1,000 atoms, ``(?:a{100}){1000}`` about 100,000. A
    repeat counts at its least number (``regex`` spells out only that many: ``a{0,10**9}``
    compiles at once, ``a{10**9}`` fills memory, ``(?:(?:a{1000}){1000}){1000}`` takes
    hours). An over-estimate: alternatives add up, and a comment's or verbose pattern's
    text counts as atoms."""
    frames = [[0, 0]]  # per open group: its atoms so far, its last atom's (or group's)
    for token in _TOKENS.findall(source):
        frame = frames[-1]
        if token == "(":
            frames.append([0, 0])
        elif token == ")" and len(frames) > 1:
            inner = frames.pop()[0]
            frames[-1][0] += inner
            frames[-1][1] = inner
        elif token.startswith("{") and len(token) > 2:  # {m}, {m,}, {m,n}, {,n}
            least = max(int(token[1:-1].split(",")[0] or 1), 1)
            frame[0] += frame[1] * (least - 1)
            frame[1] *= least
        elif token not in ("*", "+", "?", "|"):
            frame[0] += 1
            frame[1] = 1
    while len(frames) > 1:  # (an unclosed group: regex refuses the pattern anyway)
        inner = frames.pop()[0]
        frames[-1][0] += inner
    return frames[0][0]


def phrase_literals(phrases: Iterable[str]) -> tuple[str, ...] | None:
    """For each phrase (matched by ``re`` with IGNORECASE, any whitespace between its words),
    its longest run of ASCII characters other than a space, lowercased: a line a phrase
    matches holds one of them once ``lowered``. ``None`` if a phrase has no such run
    ("автор")."""
    runs = []
    for phrase in phrases:
        found = _ASCII_RUN.findall(phrase)
        if not found:
            return None
        runs.append(max(found, key=len).lower())
    return tuple(sorted(set(runs)))


def lowered(text: str) -> str:
    """``text`` as ``phrase_literals``' literals are looked for in it: lowercased, as ``re``'s
    IGNORECASE compares, with the letters it also takes for ASCII ones made so (``ı`` for
    ``i``, ``ſ`` for ``s``; the dot that ``İ`` leaves when lowered dropped)."""  # noqa: RUF002
    low = text.lower()
    if low.isascii():
        return low
    return low.replace("\u0307", "").replace("ı", "i").replace("ſ", "s")
