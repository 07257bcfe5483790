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
"""  # noqa: RUF002 (the letters named are meant)

from __future__ import annotations

import re

# A regex's atoms: an escape, a character class, a counted repeat, or any one character.
_TOKENS = re.compile(r"\\.|\[\^?\]?(?:\\.|[^\]])*\]|\{\d*(?:,\d*)?\}|.", re.DOTALL)
# Escapes of a letter that stand for a class, an anchor or a control character: not a
# literal, but understood. Any other (\x41, \p{L}, \N{...}, \L<list>, \1) is not.
_KNOWN_ESCAPES = frozenset("dDwWsSbBAZntrfva")
# Inline flags that make whitespace in the pattern mean nothing (verbose mode).
_VERBOSE = re.compile(r"\(\?[a-zA-Z]*x")


def folded(text: str) -> str:
    """``text`` as the required literals are compared: casefolded, ``ı`` as ``i``, no
    combining dot above (``İ`` casefolds to ``i̇``)."""  # noqa: RUF002
    if text.isascii():
        return text.lower()
    return text.casefold().replace("\u0307", "").replace("ı", "i")


def required_literal(kind: str, source: str) -> str | None:
    """The longest ASCII text every match of a rule pattern holds, folded, or ``None``.

    ``literal``, ``prefix`` and ``contains`` patterns are words joined by any whitespace:
    their longest word. A ``regex``: its longest run of plain characters outside any
    group, class or repeat; none where it has an alternative (``|``) or is verbose."""
    runs = _regex_runs(source) if kind == "regex" else source.split()
    candidates = [run for run in runs if run.isascii() and run.strip()]
    if not candidates:
        return None
    return folded(max(candidates, key=len))


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
