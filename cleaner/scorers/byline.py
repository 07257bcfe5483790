"""Bylines and datelines: "By Jane Doe", "Wednesday 11 October 2023 06:23 EDT"."""

from __future__ import annotations

import functools
import re
from bisect import bisect_right
from dataclasses import dataclass

import ahocorasick_rs
import regex

from cleaner.casing import casefold
from cleaner.labels import Category
from cleaner.lines import Line, neighbour
from cleaner.patterns import line_starts
from cleaner.prefilter import lines_holding, phrase_literals
from cleaner.scorers import Document

DATELINE_WEIGHT = 2.0
# A dateline sits at an article's head (under the headline) or tail (after the last
# paragraph). A line of date words and numbers that also holds other words, with at least
# this many prose lines (long finished sentences) on each side, is inside the article: a
# table row ("2 BR 3 movers 4-5 hours
# $785"), a list item ("11. Summerfest (June 18-20, 25-27, July 2-4)"), a day's heading
# ("Day 7"). There it is only a lean, below the classifier's near threshold: alone it
# leaves the line to its neighbours (kept between paragraphs, dropped between widgets).
MIN_PROSE_AROUND_INNER = 2
INNER_DATELINE_WEIGHT = 0.3
BYLINE_WEIGHT = 2.0
NAME_NEAR_DATELINE_WEIGHT = 1.5
# An author box: a name on its own line ("Jane Doe", "View all posts by Jane Doe") and, at
# most this many lines away, a line that opens with that name, a verb of being and a job
# within its first words ("Jane Doe is a staff writer at ...": the language's
# ``words/bio_verbs.txt`` and ``words/roles.txt``). Enough to outweigh the keep push of a
# long sentence; the verb and the job keep "Jane Doe said the editor resigned" out.
BIO_WEIGHT = 2.0
BIO_MAX_DISTANCE = 3
BIO_ROLE_WITHIN_CHARS = 80
# A dateline is short and made of date words and numbers ("Updated 1:39 am EST, Nov 20, 2019").
MAX_DATELINE_WORDS = 14
MIN_DATE_TOKEN_RATIO = 0.7

_TOKEN = regex.compile(r"\w+")
_ASCII_TOKEN = re.compile(r"\w+")
_NAME = r"\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|de|da|di|van|von|der|al|bin|la|le)){0,3}"
# "By Jane Doe", "By Jane Doe and John Roe", "By JANE DOE, Reuters": whole rest of the line.
_BYLINE_TEMPLATE = r"(?:^|\s)(?i:{prefixes})\s+{name}(?:\s*(?:,|&|\band\b)\s*{name})*\s*$"
# "By Jane Doe | The Post", "By Jane Doe @janedoe Nov 18, 2019", "By Jane Doe Updated 10:28am":
# a byline at the line's start, followed by a separator, a handle or a dateline.
_BYLINE_LEAD_TEMPLATE = r"^(?i:{prefixes})\s+(?P<first>{name})(?:\s*(?:,|&|\band\b)\s*{name})*"
_BYLINE_TAIL = regex.compile(r"^\s*(?:[|•·@\u2013\u2014]|-\s|(?i:updated|published|posted)\b)",
                            regex.VERSION1)
# Two or three capitalised words and nothing else: a name, when it sits by a dateline.
_NAME_LINE = regex.compile(r"^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,2}$", regex.VERSION1)
# The name in an author box's own line: the name alone, or after a link's words ("View all
# posts by", "More articles from", "About"): the line ends with it.
_AUTHOR_LINE = regex.compile(
    r"^(?:(?i:view all (?:posts|articles|stories)|(?:more|recent|latest) (?:posts|articles|stories)"
    r"|written|posted|about)\s+(?i:by|from)?\s*)?(?P<name>\p{Lu}[\p{L}'’.-]+"
    r"(?:\s+\p{Lu}[\p{L}'’.-]+){1,2})\W*$", regex.VERSION1)


@dataclass(frozen=True, slots=True)
class _Patterns:
    """A language's byline patterns: the whole-line byline, the byline that leads its line,
    and the cheap prefix test (stdlib ``re``) and its literals that spare most lines both."""

    byline: regex.Pattern[str]
    lead: regex.Pattern[str]
    prefixed: re.Pattern[str]
    literals: tuple[str, ...] | None

    @classmethod
    def build(cls, prefix_words: frozenset[str]) -> _Patterns:
        prefixes = sorted(prefix_words, key=len, reverse=True)
        alternatives = "|".join(regex.escape(p).replace(r"\ ", r"\s+") for p in prefixes)
        # Both patterns need a prefix word and a space after it: a cheap stdlib test for
        # that spares most lines the two full patterns.
        prefixed = re.compile(
            r"(?:^|\s)(?:" + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in prefixes)
            + r")\s", re.IGNORECASE)
        return cls(
            regex.compile(_BYLINE_TEMPLATE.format(prefixes=alternatives, name=_NAME),
                          regex.VERSION1),
            regex.compile(_BYLINE_LEAD_TEMPLATE.format(prefixes=alternatives, name=_NAME),
                          regex.VERSION1),
            prefixed, phrase_literals(prefixes))


class BylineScorer:
    """*What it scores*: datelines, "By ..." bylines, and a bare name beside either; author
    boxes (a name line, and near it "Jane Doe is a staff writer at ...").

    *Why it signals boilerplate*: they are about the article, not of it; ``.body``
    leaves them out and the reader does not need them between paragraphs.

    Datelines belong to an article's head and tail: a line of date words and numbers that
    also holds other words, with two prose lines or more on each side, is a table row or a
    list item inside the article ("11. Summerfest (June 18-20, 25-27, July 2-4)") and only
    leans (``score:byline.dateline_inner``); a bare date ("November 20, 2019") is a
    dateline anywhere.

    *Example*: "24 October 2023 - 13:44 By Felix Light and Gareth Jones" is dropped;
    "By the time the rescuers arrived, the fire had spread." is kept (not a name).

    *Known misses*: a bio with no name line beside it ("Jane Doe is a senior reporter"
    alone), bios that open otherwise ("Hi, I'm Jane"), and names in scripts without case.
    """

    name = "byline"

    def __init__(self, *, max_dateline_words: int = MAX_DATELINE_WORDS,
                 min_date_token_ratio: float = MIN_DATE_TOKEN_RATIO) -> None:
        self.max_dateline_words = max_dateline_words
        self.min_date_token_ratio = min_date_token_ratio
        # Per language, every pattern at once: a thread that finds a language here finds
        # all of its state (each is built whole, then published by one assignment).
        self._states: dict[str, _Patterns] = {}

    def _patterns(self, doc: Document) -> _Patterns:
        language = doc.lexicon.language
        state = self._states.get(language)
        if state is None:
            state = self._states[language] = _Patterns.build(
                doc.lexicon.words.get("bylines", frozenset({"by"})))
        return state

    def is_dateline(self, text: str, dates: frozenset[str]) -> bool:
        # no number: no dateline (and no tokenizing)
        return any(map(str.isdigit, text)) and self._date_tokens(text, dates)

    def _date_tokens(self, text: str, dates: frozenset[str]) -> bool:
        """Few tokens, and (nearly) all of them numbers or date words."""
        return self._date_share(text, dates) >= self.min_date_token_ratio

    def _date_share(self, text: str, dates: frozenset[str]) -> float:
        """The share of a short line's tokens that are numbers or date words (0 for a long
        line, or one without both a number and a date word)."""
        # (on ASCII, re's \w is regex's, and lowering is casefolding: the stdlib is faster)
        tokens = (_ASCII_TOKEN.findall(text.lower()) if text.isascii()
                  else _TOKEN.findall(casefold(text)))
        if not tokens or len(tokens) > self.max_dateline_words:
            return 0.0
        numbers = sum(map(str.isdigit, tokens))
        words = sum(map(dates.__contains__, tokens))
        return (numbers + words) / len(tokens) if numbers > 0 and words > 0 else 0.0

    def _lead(self, lead: regex.Pattern[str], text: str, terminal: bool,
              dates: frozenset[str]) -> regex.Match[str] | None:
        """A byline that does not fill its line: "By Jane Doe | Daily News", "By Jane Doe
        Updated Nov 13, 2019" (not "By Tuesday - the storm had passed.")."""
        m = lead.match(text)
        if m is None or _TOKEN.findall(m.group("first").casefold())[0] in dates:
            return None
        rest = text[m.end():]
        if self.is_dateline(rest, dates) or (_BYLINE_TAIL.match(rest) and not terminal):
            return m
        return None

    def score(self, doc: Document) -> None:
        dates = doc.lexicon.words.get("dates", frozenset())
        patterns = self._patterns(doc)
        byline, lead, prefixed, literals = (patterns.byline, patterns.lead, patterns.prefixed,
                                            patterns.literals)
        most_words = self.max_dateline_words + 6
        # (a table row is content, however many dates it holds)
        short = [line for line in doc.lines
                 if line.text and line.words <= most_words and line.text[0] != "|"]
        # The short lines that can hold a prefix: one search of their text for each prefix's
        # literal spares the rest the prefix pattern.
        holding = (lines_holding([line.text for line in short], literals)
                   if literals is not None else None)
        found: list[int] = []
        prose = [line.index for line in doc.lines if line.prose]
        for k, line in enumerate(short):
            m = None
            if (holding is None or k in holding) and prefixed.search(line.text):
                m = byline.search(line.text) or self._lead(lead, line.text, line.terminal, dates)
            if m and (m.start() == 0 or self.is_dateline(line.text[: m.start()], dates)):
                line.add(BYLINE_WEIGHT, Category.BYLINE, "score:byline", "a 'By ...' line")
                found.append(line.index)
            elif line.digit and (share := self._date_share(line.text, dates)
                                 ) >= self.min_date_token_ratio:  # (is_dateline)
                # (a line of date words and numbers alone is a dateline wherever it is)
                inner = _inner(prose, line.index) if share < 1.0 else None
                if inner is not None:
                    line.add(INNER_DATELINE_WEIGHT, Category.BYLINE, "score:byline.dateline_inner",
                             f"date and time words only, inside the article (prose lines "
                             f"{inner[0] + 1} and {inner[1] + 1} around it)")
                    continue
                line.add(DATELINE_WEIGHT, Category.BYLINE, "score:byline.dateline",
                         "date and time words only")
                found.append(line.index)
        self._bios(doc)
        first_text = next((line.index for line in doc.lines if line.text), -1)
        taken = set(found)
        for i in found:
            for j in (neighbour(doc.lines, i, -1), neighbour(doc.lines, i, 1)):
                if j is None or j == first_text or j in taken:
                    continue
                line = doc.lines[j]
                if _NAME_LINE.match(line.text):
                    line.add(NAME_NEAR_DATELINE_WEIGHT, Category.BYLINE, "score:byline.name",
                             f"a name beside the dateline on line {i + 1}")

    def _bios(self, doc: Document) -> None:
        """Author boxes: a name line and, near it, a line opening with the name and a job."""
        roles = doc.lexicon.words.get("roles")
        verbs = doc.lexicon.words.get("bio_verbs")
        if not roles or not verbs:
            return
        lines = doc.lines
        near = _near_bios(doc, verbs, roles)
        for line in lines:
            if line.index not in near:
                continue
            m = _AUTHOR_LINE.match(line.text) if line.text and line.words <= 8 else None
            if m is None:
                continue
            name = m.group("name")
            j = line.index
            for k in _nearby(lines, j):
                bio = lines[k]
                head = bio.text[len(name):len(name) + BIO_ROLE_WITHIN_CHARS].casefold()
                if (bio.text.startswith(name + " ")
                        and any(head.startswith(f" {v} ") for v in verbs)
                        and any(t in roles for t in _TOKEN.findall(head))):
                    bio.add(BIO_WEIGHT, Category.BYLINE, "score:byline.bio",
                            f"opens with the name on line {j + 1} and a job")
                    if not any(r.code.startswith("score:byline") for r in line.reasons):
                        line.add(NAME_NEAR_DATELINE_WEIGHT, Category.BYLINE,
                                 "score:byline.name", f"the name of the bio on line {k + 1}")


def _inner(prose: list[int], i: int) -> tuple[int, int] | None:
    """The nearest of the ``MIN_PROSE_AROUND_INNER`` prose lines above and below line i (of
    the sorted prose line indexes), if it has that many on each side; else None."""
    k = bisect_right(prose, i)
    if k < MIN_PROSE_AROUND_INNER or len(prose) - k < MIN_PROSE_AROUND_INNER:
        return None
    return prose[k - 1], prose[k]


def _nearby(lines: list[Line], i: int) -> list[int]:
    """The lines with text up to ``BIO_MAX_DISTANCE`` such lines above line i (nearest
    first), then those below it."""
    found = []
    for step in (-1, 1):
        j = i
        for _ in range(BIO_MAX_DISTANCE):
            after = neighbour(lines, j, step)
            if after is None:
                break
            j = after
            found.append(j)
    return found


def _near_bios(doc: Document, verbs: frozenset[str], roles: frozenset[str]) -> set[int]:
    """The lines that could be the name line of a bio: at most ``BIO_MAX_DISTANCE`` lines
    from a line that opens with a capital (as a name does; any non-ASCII letter counts) and
    holds, casefolded, both " <verb> " and a job word (a bio holds both; its name line needs
    a regex the other lines are spared)."""
    texts = doc.texts
    heads = [i for i, t in enumerate(texts) if t and (t[0].isupper() or not t[0].isascii())]
    folded = casefold("\n".join([texts[i] for i in heads]))  # (casefolding keeps newlines)
    automaton, verb_count = _bio_words(verbs, roles)
    starts = line_starts(folded)
    with_verb: set[int] = set()
    with_role: set[int] = set()
    for k, start, _ in automaton.find_matches_as_indexes(folded, overlapping=True):
        (with_verb if k < verb_count else with_role).add(bisect_right(starts, start) - 1)
    near: set[int] = set()
    for h in with_verb & with_role:
        near.add(heads[h])
        near.update(_nearby(doc.lines, heads[h]))
    return near


@functools.cache
def _bio_words(verbs: frozenset[str], roles: frozenset[str],
               ) -> tuple[ahocorasick_rs.AhoCorasick, int]:
    """One automaton of the verbs with a space on each side, then the job words: a match of
    pattern k is a verb when k is below the count returned (one per pair of word lists:
    their hashes are kept, the spaced words' would be computed for every document). Its
    matches are those of a search for any of the words, anywhere (a superset of the token
    and prefix tests in ``_bios``)."""
    spaced = sorted(" " + v + " " for v in verbs)
    return ahocorasick_rs.AhoCorasick([*spaced, *sorted(roles)]), len(spaced)
