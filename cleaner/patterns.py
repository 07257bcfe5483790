"""Every lexicon pattern of a language in one scan of a document.

A lexicon has three kinds of entry (``cleaner.lexicons``): whole-line keys, phrases
and regular expressions. ``compile_patterns`` turns them into one matcher, and
``matcher.scan(lines)`` reports every hit in a document's stripped lines, in the
order the lexicon scorer weighs them: per line, whole-line hits first, then the
regexes that describe the line (anchored with ``^`` or ``$``), then phrases and the
other regexes (leftmost-longest, not overlapping).

Two engines give the same hits (the test suite checks it on every lexicon):

- ``HyperscanMatcher`` (when the ``hyperscan`` package is installed, as it is on
  x86-64): every phrase and regex in one Hyperscan database, one pass over the
  document's UTF-8 bytes; ``re`` then confirms a regex only on the lines where its loose
  form matched.
- ``PythonMatcher`` (anywhere else): Aho-Corasick (``ahocorasick_rs``, or a stdlib
  ``re`` lookahead without it) for phrases, and each regex run over the document with
  ``re``: several times slower.

Both look whole-line keys up in a dictionary, by each short line's ``normalise``d text,
and both read the text lowercased, with the odd spaces (no-break, thin) made plain, so
lexicons are written in lower case; a regex matches within one line.
"""

from __future__ import annotations

import bisect
import hashlib
import logging
import re
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import accumulate
from typing import Any, NamedTuple, Protocol

from cleaner.casing import lower
from cleaner.data import cache_dir, store_cached
from cleaner.labels import Category

try:  # the compiled kernels (hatch_build.py); the Python code below gives the same keys
    from cleaner import _kernels
except ImportError:  # pragma: no cover - a build without a C compiler
    _kernels = None  # type: ignore[assignment]

log = logging.getLogger(__name__)

# Whitespace a phrase's single space should match; same length, so offsets stay valid.
_ODD_SPACES = "\t\xa0\u2000\u2001\u2002\u2003\u2009\u202f"
# How lexicon regexes are compiled for ``re`` (a regex describes a line of the document).
REGEX_FLAGS = re.IGNORECASE | re.MULTILINE
# Characters that could edge a whole-line key (anything but letters and digits) longer
# than this are not looked at: a line that long is not a button or a heading.
MAX_EDGE_CHARS = 40


def _normalise_python(text: str) -> str:
    """The key a whole-line entry is looked up by: lowercase, single spaces, no edge punctuation."""
    key = " ".join(text.casefold().split())
    start, end = 0, len(key)
    while start < end and not key[start].isalnum():
        start += 1
    while end > start and not key[end - 1].isalnum():
        end -= 1
    return key[start:end]


def normalise(text: str) -> str:
    """``_normalise_python``, compiled where the kernels are (tests/test_kernels.py
    compares the two)."""
    return _kernels.normalise(text) if _kernels is not None else _normalise_python(text)


@dataclass(frozen=True, slots=True)
class Regex:
    """A lexicon regex: its source (Python ``re`` syntax), category and place in its file."""

    source: str
    category: Category

    @property
    def anchored(self) -> bool:
        """Anchored with ``^`` or ``$``: the regex describes the line, not a phrase in it."""
        return self.source.startswith("^") or self.source.endswith("$")


class Hit(NamedTuple):  # (thousands a second: a tuple is the cheapest record to make)
    line: int
    category: Category
    text: str
    whole_line: bool  # a whole-line entry, or an anchored regex (one that describes the line)


class Matcher(Protocol):
    engine: str

    def scan(self, lines: Sequence[str]) -> list[Hit]: ...


def lower_text(lines: Sequence[str]) -> str:
    """The document as the patterns see it: lines joined by newlines, lowercased (keeping
    every offset), odd spaces made plain."""
    joined = "\n".join(lines)
    low = lower(joined)
    if len(low) != len(joined):  # a few characters ("İ") grow when lowered
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in joined)
    for space in _ODD_SPACES:  # (str.replace is many times faster than str.translate)
        if space in low:
            low = low.replace(space, " ")
    return low


def line_starts(text: str | bytes) -> list[int]:
    """Offset of each line of ``text`` (characters, or bytes), then ``len(text) + 1``."""
    return _kernels.line_starts(text) if _kernels is not None else _line_starts_python(text)


def _line_starts_python(text: str | bytes) -> list[int]:
    lines = text.split("\n" if isinstance(text, str) else b"\n")  # type: ignore[arg-type]
    return list(accumulate(map((1).__add__, map(len, lines)), initial=0))


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"


def _order(hits: list[tuple[int, int, int, int, Hit]]) -> list[Hit]:
    """Sort (line, rank, order, start, hit) tuples and keep the hits."""
    hits.sort(key=lambda h: h[:4])
    return [h[4] for h in hits]


def _leftmost_longest(spans: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """Of (start, end, id) spans, the leftmost-longest ones that do not overlap."""
    spans.sort(key=lambda s: (s[0], -s[1], s[2]))
    chosen, reach = [], -1
    for span in spans:
        if span[0] >= reach:
            chosen.append(span)
            reach = span[1]
    return chosen


# Ranks: the order in which a line's hits are weighed.
WHOLE, LINE_START, LINE_END, PHRASE, REGEX = range(5)
# What a Hyperscan pattern id stands for, besides a regex's index.
PHRASE_KEY = -1


class PythonMatcher:
    """Whole-line keys by dictionary, phrases by Aho-Corasick, regexes by stdlib ``re``."""

    engine = "python"

    def __init__(self, whole: dict[str, Category], phrases: dict[str, Category],
                 regexes: Sequence[Regex]) -> None:
        self.whole = whole
        self.longest_whole = max(map(len, whole), default=0) + MAX_EDGE_CHARS
        self.phrases = phrases
        self.regexes = [(r, re.compile(r.source, REGEX_FLAGS)) for r in regexes]
        ordered = sorted(phrases, key=len, reverse=True)
        self._ordered = ordered
        self._automaton: Any = None
        self._pattern: re.Pattern[str] | None = None
        if ordered:
            try:
                import ahocorasick_rs

                self._automaton = ahocorasick_rs.AhoCorasick(ordered)
            except ImportError:
                self._pattern = re.compile(
                    "(?=(?:" + "|".join(re.escape(p) for p in ordered) + "))")
                self._by_first: dict[str, list[int]] = {}
                for k, phrase in enumerate(ordered):
                    self._by_first.setdefault(phrase[0], []).append(k)

    def scan(self, lines: Sequence[str]) -> list[Hit]:
        hits = _whole_line_hits(lines, self.whole, self.longest_whole)
        if not (self.phrases or self.regexes):
            return _order(hits)
        low = lower_text(lines)
        starts = line_starts(low)
        spans = [(s, e, k) for s, e, k in self._phrase_spans(low) if _bounded(low, s, e)]
        for start, end, k in _leftmost_longest(spans):
            i = bisect.bisect_right(starts, start) - 1
            phrase = self._ordered[k]
            hits.append((i, PHRASE, 0, start, Hit(i, self.phrases[phrase], low[start:end], False)))
        found = [(s, e, k) for k, (_, pattern) in enumerate(self.regexes)
                 for s, e in _within_lines(pattern, low, starts)]
        hits.extend(_regex_hits(found, self.regexes, starts, lambda s, e: low[s:e]))
        return _order(hits)

    def _phrase_spans(self, low: str) -> Iterable[tuple[int, int, int]]:
        """Every phrase occurrence, overlapping ones included."""
        if not self._ordered:
            return []
        if self._automaton is not None:
            return [(s, e, k) for k, s, e in
                    self._automaton.find_matches_as_indexes(low, overlapping=True)]
        assert self._pattern is not None
        # The lookahead finds each place where some phrase starts; all phrases starting
        # there are then read off the (longest first) list of phrases with that first letter.
        spans = []
        for m in self._pattern.finditer(low):
            start = m.start()
            for k in self._by_first[low[start]]:
                if low.startswith(self._ordered[k], start):
                    spans.append((start, start + len(self._ordered[k]), k))
        return spans


def _within_lines(pattern: re.Pattern[str], low: str, starts: list[int],
                  ) -> Iterator[tuple[int, int]]:
    """``pattern.finditer(low)``, each line on its own: a regex describes a line, so a
    match that would run on into the next line (``\\s`` and ``[^.]`` take newlines) is
    tried again within its first line."""
    pos = 0
    while True:
        m = pattern.search(low, pos)
        if m is None:
            return
        start, end = m.span()
        if "\n" not in low[start:end]:
            yield start, end
            pos = end if end > start else end + 1
            continue
        i = bisect.bisect_right(starts, start) - 1
        stop = starts[i + 1] - 1 if i + 1 < len(starts) else len(low)
        for inner in pattern.finditer(low, start, stop):
            yield inner.span()
        pos = stop + 1


def _bounded(low: str, start: int, end: int) -> bool:
    """A phrase sits on word boundaries (where it starts or ends with a letter or digit)."""
    return not ((start > 0 and _is_word(low[start]) and _is_word(low[start - 1]))
                or (end < len(low) and _is_word(low[end - 1]) and _is_word(low[end])))


def _regex_hits(found: list[tuple[int, int, int]], regexes: Sequence[tuple[Regex, Any]],
                starts: list[int], cut: Callable[[int, int], str],
                ) -> list[tuple[int, int, int, int, Hit]]:
    """Hits of (start, end, regex index) matches: every anchored match (one per regex and
    line), and the leftmost-longest of the others; ``cut`` gives a span's text."""
    hits = []
    loose: list[tuple[int, int, int]] = []
    seen: set[tuple[int, int]] = set()
    for start, end, k in sorted(found, key=lambda f: (f[0], -f[1])):
        regex = regexes[k][0]
        if not regex.anchored:
            loose.append((start, end, k))
            continue
        i = bisect.bisect_right(starts, start) - 1
        if (k, i) in seen:
            continue
        seen.add((k, i))
        rank = LINE_START if regex.source.startswith("^") else LINE_END
        hits.append((i, rank, k, start, Hit(i, regex.category, cut(start, end), True)))
    for start, end, k in _leftmost_longest(loose):
        i = bisect.bisect_right(starts, start) - 1
        hits.append((i, REGEX, k, start, Hit(i, regexes[k][0].category, cut(start, end), False)))
    return hits


class HyperscanMatcher:
    """Phrases and regexes in one Hyperscan database: one pass over the document's bytes.

    Phrases are matched as they are. A regex is compiled as a *prefilter*
    (``prefilter_source``: a looser pattern, cheap to compile, that matches wherever the
    regex does and sometimes elsewhere); the lines it flags are then matched with ``re``,
    so hits are exactly those of ``re``. A regex with no loose form is matched with
    ``re`` over the whole document. Whole-line keys are looked up as in
    ``PythonMatcher``: a dictionary lookup per short line costs less than their patterns
    in the database did (they were a third of its scan).
    """

    engine = "hyperscan"

    def __init__(self, whole: dict[str, Category], phrases: dict[str, Category],
                 regexes: Sequence[Regex]) -> None:
        import hyperscan

        self._hs = hyperscan
        self.whole = whole
        self.longest_whole = max(map(len, whole), default=0) + MAX_EDGE_CHARS
        utf8 = hyperscan.HS_FLAG_UTF8  # no CASELESS: the text is lowercased, and so are lexicons
        expressions: list[bytes] = []
        flags: list[int] = []
        # Per pattern id: a phrase's category (else None), and what the id stands for
        self._categories: list[Category | None] = []
        self._regex_of: list[int] = []  # a regex's index, or PHRASE_KEY
        for phrase, category in phrases.items():
            expressions.append(_pcre_escape(phrase).encode())
            flags.append(utf8 | hyperscan.HS_FLAG_SOM_LEFTMOST)
            self._categories.append(category)
            self._regex_of.append(PHRASE_KEY)
        self.regexes = [(r, re.compile(r.source, REGEX_FLAGS)) for r in regexes]
        self._leftover: list[int] = []  # regexes without a prefilter: matched with re alone
        loose = utf8 | hyperscan.HS_FLAG_MULTILINE | hyperscan.HS_FLAG_PREFILTER
        candidates: list[tuple[int, bytes]] = []
        for k, regex in enumerate(regexes):
            source = prefilter_source(regex.source)
            if source is None:
                self._leftover.append(k)
            else:
                candidates.append((k, source.encode()))
        try:
            self._database = _compile(hyperscan, expressions, flags, candidates, loose)
        except hyperscan.error:
            # Some regex is refused (rare): find which, match those with re alone.
            refused = [k for k, source in candidates
                       if not _compiles(hyperscan, source, loose)]
            self._leftover.extend(refused)
            candidates = [(k, s) for k, s in candidates if k not in refused]
            self._database = _compile(hyperscan, expressions, flags, candidates, loose)
        self._regex_of.extend(k for k, _ in candidates)
        self._categories.extend(None for _ in candidates)
        for k in sorted(self._leftover):
            log.debug("lexicon regex %r has no Hyperscan prefilter; matched with re",
                      regexes[k].source)
        self._local = threading.local()

    def _scratch(self) -> Any:
        scratch = getattr(self._local, "scratch", None)
        if scratch is None:
            scratch = self._local.scratch = self._hs.Scratch(self._database)
        return scratch

    def scan(self, lines: Sequence[str]) -> list[Hit]:
        hits = _whole_line_hits(lines, self.whole, self.longest_whole)
        if self._database is None and not self._leftover:
            return _order(hits)
        low = lower_text(lines)
        data = low.encode("utf-8")
        starts = line_starts(low)  # in characters
        byte_starts = starts if len(data) == len(low) else line_starts(data)
        matches: list[tuple[int, int, int]] = []
        if self._database is not None:
            self._database.scan(data, match_event_handler=_collect, context=matches,
                                scratch=self._scratch())
        spans: list[tuple[int, int, int]] = []
        flagged: set[tuple[int, int]] = set()  # (regex, line) pairs its prefilter flags
        for pattern, start, end in matches:
            k = self._regex_of[pattern]
            if k == PHRASE_KEY:
                if _bounded_bytes(data, start, end):
                    spans.append((start, end, pattern))
            else:
                flagged.add((k, bisect.bisect_right(byte_starts, max(end - 1, 0)) - 1))
        for start, end, pattern in _leftmost_longest(spans):
            i = bisect.bisect_right(byte_starts, start) - 1
            category = self._categories[pattern]
            assert category is not None
            hits.append((i, PHRASE, 0, start,
                         Hit(i, category, data[start:end].decode("utf-8", "replace"), False)))
        found = [(m.start(), m.end(), k) for k, i in sorted(flagged)
                 for m in self.regexes[k][1].finditer(low, starts[i], starts[i] + len(lines[i]))]
        found.extend((s, e, k) for k in self._leftover
                     for s, e in _within_lines(self.regexes[k][1], low, starts))
        hits.extend(_regex_hits(found, self.regexes, starts, lambda s, e: low[s:e]))
        return _order(hits)


# The parts of a regex that prefilter_source loosens: escapes, classes, bounded repeats.
_TOKENS = re.compile(r"\\.|\[\^?\]?(?:\\.|[^\]])*\]|\{(?:\d+(?:,\d*)?|,\d+)\}|.", re.DOTALL)
_WIDE = r"\x{80}-\x{10FFFF}"  # every character beyond ASCII, in Hyperscan's syntax
# re's \s (str.isspace) but the newline: its ASCII characters, and all beyond ASCII.
_SPACES = r"\t\x0b\x0c\r\x1c-\x1f "
# Tokens that would match a newline, and their forms that do not.
_NOT_NEWLINE = {"\\W": r"[^\w\n]", "\\D": r"[^\d\n]", "\\s": f"[{_SPACES}{_WIDE}]"}


def prefilter_source(source: str) -> str | None:
    """A Hyperscan pattern (ASCII mode) that matches wherever ``source`` (Unicode ``re``)
    does within a line, or ``None``. ``\\b`` goes; ``\\w``, ``\\s``, ``\\d`` also take any
    non-ASCII character (so does a class holding them); ``{m,n}`` becomes ``*`` or ``+``
    (cheap to compile, and no shorter); a trailing ``.*`` goes. Nothing in it matches a
    newline (Hyperscan reports every match end, and a match running over lines would flag
    each line after it). A negated class holding ``\\W``, ``\\S`` or ``\\D`` other than
    ``[^\\W\\d_]`` (a letter) has no such form."""
    out: list[str] = []
    for token in _TOKENS.findall(source):
        if token in ("\\b", "\\B"):
            continue
        if token in _NOT_NEWLINE:
            out.append(_NOT_NEWLINE[token])
        elif token in ("\\w", "\\d"):
            out.append(f"[{token}{_WIDE}]")
        elif token.startswith("[") and len(token) > 1:
            if token == "[^\\W\\d_]":
                out.append(f"[a-z{_WIDE}]")
            elif token.startswith("[^"):
                if re.search(r"\\[WSD]", token):
                    return None
                head = "[^]" if token.startswith("[^]") else "[^"  # (a leading ] is literal)
                out.append(head + "\\n" + token[len(head):])
            elif re.search(r"\\[wsd]", token):
                if token.startswith("[]"):
                    return None
                out.append("[" + _WIDE + token[1:].replace("\\s", _SPACES))
            else:
                out.append(token.replace("\\s", _SPACES))
        elif token.startswith("{") and len(token) > 1:
            low = token[1:-1].split(",")[0]
            out.append("*" if low in ("", "0") else "+" if "," in token else token)
        else:
            out.append(token)
    loose = "".join(out)
    if loose.endswith((".*", ".+")) and not loose.endswith(("\\.*", "\\.+")):
        loose = loose[:-2] + ("" if loose.endswith(".*") else ".")
    return loose


def _whole_line_hits(lines: Sequence[str], whole: dict[str, Category], longest: int,
                     ) -> list[tuple[int, int, int, int, Hit]]:
    """The lines that are a whole-line key (at most ``longest`` characters long)."""
    if not whole:
        return []
    texts = lines if isinstance(lines, list) else list(lines)
    found = (_kernels.whole_line_keys(texts, whole, longest) if _kernels is not None
             else _whole_line_python(texts, whole, longest))
    return [(i, WHOLE, 0, 0, Hit(i, category, texts[i], True)) for i, category in found]


def _whole_line_python(texts: list[str], whole: dict[str, Category], longest: int,
                       ) -> list[tuple[int, Category]]:
    """(number, category) of each text of 1 to ``longest`` characters that is a key once
    ``normalise``d."""
    found = []
    for i, text in enumerate(texts):
        if 0 < len(text) <= longest:
            category = whole.get(normalise(text))
            if category is not None:
                found.append((i, category))
    return found


def _collect(pattern: int, start: int, end: int, _flags: int,
             matches: list[tuple[int, int, int]]) -> None:
    matches.append((pattern, start, end))


def _bounded_bytes(data: bytes, start: int, end: int) -> bool:
    """``_bounded`` on UTF-8 bytes."""
    if start > 0 and _is_word(_char_at(data, start)) and _is_word(_char_before(data, start)):
        return False
    return not (end < len(data) and _is_word(_char_before(data, end))
                and _is_word(_char_at(data, end)))


def _char_at(data: bytes, at: int) -> str:
    lead = data[at]
    if lead < 0x80:
        return chr(lead)
    size = 2 if lead < 0xE0 else 3 if lead < 0xF0 else 4
    return data[at:at + size].decode("utf-8", "replace")[:1]


def _char_before(data: bytes, at: int) -> str:
    j = at - 1
    if data[j] < 0x80:
        return chr(data[j])
    while j > 0 and data[j] & 0xC0 == 0x80:
        j -= 1
    return data[j:at].decode("utf-8", "replace")[-1:]


def _pcre_escape(text: str) -> str:
    return "".join(c if c.isalnum() or c == " " or ord(c) > 127 else "\\" + c for c in text)


# Cached databases kept: a lexicon edited many times leaves old ones behind.
MAX_CACHED_DATABASES = 64


def _compile(hyperscan: Any, expressions: list[bytes], flags: list[int],
             regexes: list[tuple[int, bytes]], regex_flags: int) -> Any:
    """One block-mode database of the expressions and then the regexes' prefilters, read
    from the cache (``cleaner.data.cache_dir``: compiling a language's lexicon takes
    0.9-1.9 s, loading it a millisecond) when this Hyperscan compiled the same before."""
    everything = [*expressions, *(source for _, source in regexes)]
    if not everything:
        return None
    all_flags = [*flags, *[regex_flags] * len(regexes)]
    cache = cache_dir()
    path = None
    if cache is not None:
        digest = hashlib.sha256(repr((hyperscan.__version__, everything, all_flags)).encode())
        path = cache / f"{digest.hexdigest()[:32]}.hsdb"
        try:
            return hyperscan.loadb(path.read_bytes(), hyperscan.HS_MODE_BLOCK)
        except (OSError, hyperscan.error):
            pass  # not cached yet, or from another machine: compile
    database = hyperscan.Database()
    database.compile(expressions=everything, ids=list(range(len(everything))),
                     elements=len(everything), flags=all_flags)
    if path is not None:
        store_cached(path, hyperscan.dumpb(database), keep=MAX_CACHED_DATABASES)
    return database


def _compiles(hyperscan: Any, source: bytes, flag: int) -> bool:
    try:
        _compile(hyperscan, [source], [flag], [], 0)
    except hyperscan.error:
        return False
    return True


def compile_patterns(whole: dict[str, Category], phrases: dict[str, Category],
                     regexes: Sequence[Regex], engine: str | None = None) -> Matcher:
    """The fastest matcher installed (``engine``: "hyperscan" or "python" to choose)."""
    if engine != "python":
        try:
            return HyperscanMatcher(whole, phrases, regexes)
        except ImportError:
            if engine == "hyperscan":
                raise
    return PythonMatcher(whole, phrases, regexes)
