"""A language's lexicon for the Rust core (``cleaner._core.LexiconMatcher``): its entries as
``cleaner.lexicons`` reads them, and its regexes translated from Python's ``re`` to the
Rust ``regex`` crate's syntax, so that the core's matcher finds exactly the hits
``Lexicon.scan`` finds (``scripts/port_check_matcher.py`` compares them).

The translation is mechanical, from ``re``'s own parse of each regex (``re._parser``), and
exact for the text a lexicon regex is matched against (``cleaner.patterns.lower_text``:
lowercased, one line at a time):

- every character, class, ``.``, ``\\w``, ``\\s``, ``\\d`` becomes an explicit class of the
  characters ``re`` would match there: ``re``'s IGNORECASE compares ``tolower`` of the
  text's character with the pattern's lowered characters and their ``_EXTRA_CASES``
  (``i``/``ı``, ``s``/``ſ``, ``σ``/``ς``...), its ``\\w`` is ``str.isalnum`` or ``_``, its
  ``\\s`` ``str.isspace``, its ``\\d`` ``str.isdecimal``, all of this Python's Unicode.
  Only the text's own characters matter: the lowered text holds no character that
  ``tolower`` changes but ``İ`` (which ``lower_text`` keeps where lowering would lengthen
  it), so the classes are exact there, whatever they say of capitals;
- no class takes the newline: a regex describes one line (``cleaner.patterns``), so a
  search of the whole lowered document finds exactly the matches of each line's search;
- ``^``, ``$`` (MULTILINE), ``\\Z`` are the line's ends; repeats, lazy repeats, groups and
  alternatives keep ``re``'s leftmost-first preference, which the ``regex`` crate shares;
- ``\\b``, ``\\B`` stay word boundaries: the crate's ``\\w`` differs from ``re``'s on a few
  characters (combining marks, ``²``, ``½``...): the core reads a line holding one of
  them with the ``ascii`` form of each regex, over the line with every character beyond
  ASCII tagged: one that ``re`` counts as a word character between two ``Q``s (a
  capital, which lowered text never holds), any other between two ``0xFF`` bytes (which
  UTF-8 never holds), so that ASCII word boundaries are ``re``'s. A match can only begin
  at a tag's first byte, so a class need not say again which tag a character is in: of
  the characters it takes, or all but those of the tag's kind it does not, it says
  whichever is shorter (``.`` is two ranges, not the hundreds of ``\\w``'s);
- a lookahead (only in regexes anchored at both ends, whose hit is the whole line) is
  split out: the regex becomes alternatives ``P (?=N) S`` / ``P (?!N) S``, each checked
  at every place ``P`` can end (``lookarounds``);
- the ``loose`` form is the regex's *gate*, ``HyperscanMatcher``'s prefilter
  (``cleaner.patterns.prefilter_source``) as Hyperscan reads it: ``Lexicon.scan`` runs a
  regex only on the lines it flags, and Hyperscan, unlike ``re``'s IGNORECASE, takes
  characters as written (``s`` is not ``ſ``), so the core flags lines the same way.

Anything else (backreferences, lookbehinds, possessive repeats, ``\\A``, a class beyond the
BMP) raises ``Untranslatable``.

Every lexicon regex is translated when its lexicon loads (or read from the cache, where
the same regexes were translated before by the same code: ``recall_translations``), so
this is quick (English's, in a few tens of ms): the Unicode tables (``\\w``, ``\\d``,
``\\s``, ``tolower``) come from the core, whose tables are generated from Python's own
``str`` methods (``core/src/text.rs``; built here from every code point only if the core's
Unicode is not this Python's); each distinct character or class is written once per form
and kept; classes are sorted range lists, and those in ``_norm``'s canonical form are met
and joined by bisection.
"""  # noqa: RUF002 (the letters named are meant)

from __future__ import annotations

import importlib
import marshal
import re
import sys
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from functools import cache
from itertools import chain, repeat
from operator import gt, itemgetter, le, sub
from pathlib import Path
from typing import Any, NamedTuple

from cleaner.data import cache_dir, store_cached
from cleaner.patterns import REGEX_FLAGS


def _module(*names: str) -> Any:
    """The first of these modules that imports (re's internals moved in Python 3.11)."""
    for name in names:
        try:
            return importlib.import_module(name)
        except ImportError:
            continue
    raise ImportError(names[-1])


C: Any = _module("re._constants", "sre_constants")
sre_parse: Any = _module("re._parser", "sre_parse")
_sre: Any = _module("_sre")
try:
    _EXTRA_CASES: dict[int, tuple[int, ...]] = _module("re._casefix")._EXTRA_CASES
except ImportError:  # pragma: no cover - Python < 3.11
    _EXTRA_CASES = _module("sre_compile")._ignorecase_fixes

MAX = 0x10FFFF
NEWLINE = 0x0A
DOTTED_I = 0x130  # İ: lower_text keeps it where lowering would lengthen the text
QUOTE = ord("Q")  # the tag of a non-ASCII word character in the ascii form
OTHER_TAG = "(?-u:\\xFF)"  # the tag of any other non-ASCII character there
# The characters beyond ASCII that text can hold (no surrogates).
WIDE: list[tuple[int, int]] = [(0x80, 0xD7FF), (0xE000, MAX)]
NOTHING = "[^\\x00-\\x{10FFFF}]"  # a class that matches nothing


class Untranslatable(ValueError):
    pass


Ranges = list[tuple[int, int]]


def _norm(pairs: list[tuple[int, int]]) -> Ranges:
    out: Ranges = []
    for a, b in sorted(pairs):
        if out and a <= out[-1][1] + 1:
            if b > out[-1][1]:
                out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def _complement(rs: Ranges) -> Ranges:
    out: Ranges = []
    at = 0
    for a, b in rs:
        if a > at:
            out.append((at, a - 1))
        at = b + 1
    if at <= MAX:
        out.append((at, MAX))
    return out


def _intersect(x: Ranges, y: Ranges) -> Ranges:
    out: Ranges = []
    i = j = 0
    while i < len(x) and j < len(y):
        a, b = max(x[i][0], y[j][0]), min(x[i][1], y[j][1])
        if a <= b:
            out.append((a, b))
        if x[i][1] < y[j][1]:
            i += 1
        else:
            j += 1
    return out


def _canonical(rs: Ranges) -> bool:
    """Sorted, disjoint and not adjacent: ``_norm``'s form (which ``_complement`` and
    ``_intersect`` keep). The gate's ``[^x]`` is built otherwise (``_gate_charset``)."""
    flat = list(chain.from_iterable(rs))  # (in C: a class can hold 700 ranges)
    starts, ends = flat[0::2], flat[1::2]
    return all(map(le, starts, ends)) and all(map(gt, map(sub, starts[1:], ends), repeat(1)))


_start, _end = itemgetter(0), itemgetter(1)


def _union(x: Ranges, y: Ranges) -> Ranges:
    """``_norm`` of two canonical range lists together (the same list): each range of the
    shorter one replaces the ranges of the longer it touches, by bisection."""
    if len(x) < len(y):
        x, y = y, x
    out = list(x)
    for a, b in y:
        i, j = bisect_left(out, a - 1, key=_end), bisect_right(out, b + 1, key=_start)
        if i < j:
            a, b = min(a, out[i][0]), max(b, out[j - 1][1])
        out[i:j] = [(a, b)]
    return out


def _meet(x: Ranges, y: Ranges) -> Ranges:
    """``_intersect`` of two canonical range lists (the same list), by bisection: each range
    of the shorter list takes the slice of the longer one it overlaps, ends clipped."""
    if len(x) > len(y):
        x, y = y, x
    out: Ranges = []
    for a, b in x:
        j, k = bisect_left(y, a, key=_end), bisect_right(y, b, key=_start)
        if j < k:
            first = len(out)
            out.extend(y[j:k])
            if out[first][0] < a:
                out[first] = (a, out[first][1])
            if out[-1][1] > b:
                out[-1] = (out[-1][0], b)
    return out


def _contains(rs: Ranges, c: int) -> bool:
    return any(a <= c <= b for a, b in rs)


def _with(rs: Ranges, c: int, inside: bool) -> Ranges:
    if inside:
        return _norm([*rs, (c, c)])
    return _intersect(rs, _complement([(c, c)]))


def _property(predicate: Any) -> Ranges:
    """The code points for which a one-character predicate holds, asking Python about each
    (the fallback of ``_core_tables``)."""
    out: Ranges = []
    start = None
    for c in range(MAX + 2):
        inside = c <= MAX and predicate(chr(c))
        if inside and start is None:
            start = c
        elif not inside and start is not None:
            out.append((start, c - 1))
            start = None
    return out


@cache
def _core_tables() -> Any:
    """The core (``core/src/text.rs``), whose tables are generated from Python's own
    ``str`` methods, when they are this Python's Unicode (else None: the tables are then
    built here, by asking Python about every code point, ~2 s)."""
    try:
        core = importlib.import_module("cleaner._core")
    except ImportError:  # pragma: no cover - the core not built
        return None
    if (not hasattr(core, "unicode_ranges")
            or core.unidata_version() != unicodedata.unidata_version):
        return None  # pragma: no cover
    return core


@cache
def _categories() -> dict[Any, Ranges]:
    core = _core_tables()
    if core is not None:
        word = [tuple(r) for r in core.unicode_ranges("isword")]  # str.isalnum or _
        digit = [tuple(r) for r in core.unicode_ranges("isdecimal")]
        space = [tuple(r) for r in core.unicode_ranges("isspace")]
    else:
        word = _norm([*_property(str.isalnum), (0x5F, 0x5F)])
        digit = _property(str.isdecimal)
        space = _property(str.isspace)
    return {
        C.CATEGORY_WORD: word, C.CATEGORY_NOT_WORD: _complement(word),
        C.CATEGORY_DIGIT: digit, C.CATEGORY_NOT_DIGIT: _complement(digit),
        C.CATEGORY_SPACE: space, C.CATEGORY_NOT_SPACE: _complement(space),
    }


@cache
def _lowered() -> dict[int, int]:
    """``_sre.unicode_tolower`` of each character it changes (the first character of
    ``str.lower``'s mapping, which the core's tables hold), in code point order."""
    core = _core_tables()
    if core is not None:
        return dict(core.lowered_chars())
    return {c: low for c in range(MAX + 1) if (low := _sre.unicode_tolower(c)) != c}


@cache
def _lowered_keys() -> list[int]:
    return sorted(_lowered())


def _lower_ranges(a: int, b: int) -> Ranges:
    """``tolower`` of every character of a range."""
    lowered = _lowered()
    keys = _lowered_keys()
    moved = keys[bisect_left(keys, a):bisect_right(keys, b)]
    out: Ranges = []
    at = a
    for c in moved:  # the range without the characters tolower moves...
        if c > at:
            out.append((at, c - 1))
        at = c + 1
    if at <= b:
        out.append((at, b))
    return _norm([*out, *((lowered[c], lowered[c]) for c in moved)])  # ...and where to


def _with_fixes(rs: Ranges) -> Ranges:
    if len(rs) == 1 and rs[0][0] == rs[0][1]:  # (one character: most of them)
        extra = [(k, k) for k in _EXTRA_CASES.get(rs[0][0], ())]
    else:
        extra = [(k, k) for lo, ks in _EXTRA_CASES.items() if _contains(rs, lo) for k in ks]
    return _union(rs, _norm(extra))


def _ignoring_case(members: Ranges, negated: bool) -> Ranges:
    """The characters of lowered text that ``re`` matches against IGNORECASE members
    (lowered characters and their extra cases): those in it, ``İ`` as ``i``."""
    out = _complement(members) if negated else members
    return _with(out, DOTTED_I, _contains(members, 0x69) != negated)


def _charset(items: list[tuple[Any, Any]], ignore: bool) -> Ranges:
    """The characters an ``IN`` matches, as ``re._compiler`` compiles it."""
    negated = False
    members: Ranges = []
    cased = False
    for op, av in items:
        if op is C.NEGATE:
            negated = True
        elif op is C.LITERAL:
            if av > 0xFFFF:
                raise Untranslatable("a class holding a character beyond the BMP")
            if ignore:
                members = _union(members, _with_fixes([(_sre.unicode_tolower(av),) * 2]))
                cased = cased or _sre.unicode_iscased(av)
            else:
                members = _union(members, [(av, av)])
        elif op is C.RANGE:
            a, b = av
            if b > 0xFFFF:
                raise Untranslatable("a class range beyond the BMP")
            if ignore:
                members = _union(members, _with_fixes(_lower_ranges(a, b)))
                cased = cased or any(_sre.unicode_iscased(c) for c in range(a, b + 1))
            else:
                members = _union(members, [(a, b)])
        elif op is C.CATEGORY:
            members = _union(members, _categories()[av])
        else:
            raise Untranslatable(f"class item {op}")
    if ignore and cased:
        return _ignoring_case(members, negated)
    return _complement(members) if negated else members


@cache
def _charset_of(items: tuple[tuple[Any, Any], ...], ignore: bool) -> Ranges:
    return _charset(list(items), ignore)


_ASCII_WORD = [(0x30, 0x39), (0x41, 0x5A), (0x5F, 0x5F), (0x61, 0x7A)]
_ASCII_DIGIT = [(0x30, 0x39)]
_ASCII_SPACE = [(0x09, 0x0D), (0x20, 0x20)]  # Hyperscan's \s (ASCII mode)
_SPACES = [(0x09, 0x09), (0x0B, 0x0D), (0x1C, 0x1F), (0x20, 0x20)]  # prefilter_source's
_WIDE = [(0x80, MAX)]


def _gate_charset(op: Any, av: Any) -> Ranges:
    """A character, class or category as ``cleaner.patterns.prefilter_source`` writes it
    for Hyperscan (ASCII mode, no CASELESS: the text is lowercased): as written, case and
    all (so ``s`` does not take ``ſ`` there, which ``re``'s IGNORECASE does), with
    ``\\w``/``\\d``/``\\s`` taking every non-ASCII character too."""  # noqa: RUF002
    if op is C.LITERAL:
        return [(av, av)]
    if op is C.NOT_LITERAL:
        return _complement([(av, av), (NEWLINE, NEWLINE)])
    items = list(av)
    if items == [(C.NEGATE, None), (C.CATEGORY, C.CATEGORY_NOT_WORD),
                 (C.CATEGORY, C.CATEGORY_DIGIT), (C.LITERAL, 0x5F)]:
        return _norm([(0x61, 0x7A), *_WIDE])  # [^\W\d_]: a letter
    negated = items and items[0][0] is C.NEGATE
    members: Ranges = []
    bare = len(items) == 1 and items[0][0] is C.CATEGORY  # \w, \s... outside a class
    wide = False
    for item, value in items[1:] if negated else items:
        if item is C.LITERAL:
            members = _norm([*members, (value, value)])
        elif item is C.RANGE:
            members = _norm([*members, value])
        elif item is C.CATEGORY:
            ascii_sets = {C.CATEGORY_WORD: _ASCII_WORD, C.CATEGORY_DIGIT: _ASCII_DIGIT,
                          C.CATEGORY_SPACE: _SPACES if not negated else _ASCII_SPACE}
            if value in ascii_sets:
                members = _norm([*members, *ascii_sets[value]])
                wide = True
            elif bare:  # \W, \D: [^\w\n], [^\d\n]; \S as Hyperscan reads it
                inner = {C.CATEGORY_NOT_WORD: _ASCII_WORD, C.CATEGORY_NOT_DIGIT: _ASCII_DIGIT,
                         C.CATEGORY_NOT_SPACE: _ASCII_SPACE}[value]
                return _complement(_norm([*inner, (NEWLINE, NEWLINE)]))
            else:
                raise Untranslatable("a class holding \\W, \\S or \\D (no prefilter)")
        else:
            raise Untranslatable(f"class item {item}")
    if negated:
        return _complement(_norm([*members, (NEWLINE, NEWLINE)]))
    return _norm([*members, *_WIDE]) if wide else members


def _literal(c: int, ignore: bool, negated: bool) -> Ranges:
    if not ignore or not _sre.unicode_iscased(c):
        return _complement([(c, c)]) if negated else [(c, c)]
    return _ignoring_case(_with_fixes([(_sre.unicode_tolower(c),) * 2]), negated)


@cache
def _word() -> Ranges:
    return _categories()[C.CATEGORY_WORD]


def _hex(c: int) -> str:
    """A character in a pattern or a class: as itself where it means itself in either (an
    ASCII letter or digit, any character beyond ASCII: the crate's syntax gives meaning to
    ASCII punctuation and spaces only, and no form holds one beyond ASCII inside a
    ``(?-u:...)``), which the crate parses several times faster; else as ``\\x{...}``."""
    return chr(c) if c >= 0x80 or chr(c).isalnum() else f"\\x{{{c:X}}}"


class _Emitter:
    """Writes a parsed ``re`` pattern in the ``regex`` crate's syntax: ``ascii`` selects the
    form for bytes in which non-ASCII characters are tagged (``Q...Q``, ``\\xFF...\\xFF``)."""

    def __init__(self, ascii_form: bool, gate: bool = False) -> None:
        self.ascii = ascii_form
        # The gate: what ``HyperscanMatcher`` flags a line with, ``prefilter_source``'s
        # pattern as Hyperscan reads it (see ``_gate_charset``).
        self.gate = gate
        self.bounds = not gate
        # Each character, class and ``.`` as this kind of emitter writes it, kept: the same
        # few recur in every regex (``\s``, ``\d``, ``[^\W\d_]``, the letters).
        self.written = _WRITTEN.setdefault((ascii_form, gate), {})

    def chars(self, rs: Ranges) -> str:
        return _chars(tuple(rs), self.ascii)

    def seq(self, items: list[tuple[Any, Any]], ignore: bool) -> str:
        written = self.written
        out = []
        for op, av in getattr(items, "data", items):  # (a SubPattern's own list)
            if op in _CHARACTER_OPS:
                key = (op, tuple(av) if op is _IN else av, ignore)
                text = written.get(key)
                if text is None:
                    text = written[key] = self.item(op, av, ignore)
                out.append(text)
            else:
                out.append(self.item(op, av, ignore))
        return "".join(out)

    def item(self, op: Any, av: Any, ignore: bool) -> str:
        if self.gate and op in (C.LITERAL, C.NOT_LITERAL, C.IN):
            return self.chars(_gate_charset(op, av))
        if op is C.LITERAL:
            return self.chars(_literal(av, ignore, False))
        if op is C.NOT_LITERAL:
            return self.chars(_literal(av, ignore, True))
        if op is C.IN:
            return self.chars(_charset_of(tuple(av), ignore))
        if op is C.ANY:
            return self.chars([(0, MAX)])
        if op in (C.MAX_REPEAT, C.MIN_REPEAT):
            low, high, body = av
            bound = f"{{{low},}}" if high is C.MAXREPEAT else f"{{{low},{high}}}"
            if self.gate:  # (prefilter_source: {0,n} a *, {m,n} a +, {m} kept)
                bound = ("?" if (low, high) == (0, 1) else "*" if low == 0
                         else f"{{{low}}}" if low == high else "+")
            lazy = "?" if op is C.MIN_REPEAT else ""
            return f"(?:{self.seq(body, ignore)}){bound}{lazy}"
        if op is C.SUBPATTERN:
            _group, add, delete, body = av
            for flags in (add, delete):
                if flags & ~re.IGNORECASE:
                    raise Untranslatable("inline flags other than i")
            inner = (ignore or bool(add & re.IGNORECASE)) and not delete & re.IGNORECASE
            return f"(?:{self.seq(body, inner)})"
        if op is C.BRANCH:
            return "(?:" + "|".join(self.seq(b, ignore) for b in av[1]) + ")"
        if op is C.AT:
            if av in (C.AT_BEGINNING, C.AT_BEGINNING_LINE):
                return "^"
            if av in (C.AT_END, C.AT_END_LINE, C.AT_END_STRING):
                return "$"
            if av is C.AT_BOUNDARY:
                return ("(?-u:\\b)" if self.ascii else "\\b") if self.bounds else ""
            if av is C.AT_NON_BOUNDARY:
                return ("(?-u:\\B)" if self.ascii else "\\B") if self.bounds else ""
            raise Untranslatable(f"anchor {av}")
        if op in (C.ASSERT, C.ASSERT_NOT):
            raise Untranslatable("a lookaround where it cannot be split out")
        raise Untranslatable(f"{op}")


_CHARACTER_OPS = frozenset((C.LITERAL, C.NOT_LITERAL, C.IN, C.ANY))
_IN = C.IN
_WRITTEN: dict[tuple[bool, bool], dict[Any, str]] = {}


@cache
def _not_word() -> Ranges:
    return _complement(_word())


@cache
def _chars(rs: tuple[tuple[int, int], ...], ascii_form: bool) -> str:
    """The class of these characters in the crate's syntax (``ascii_form``: see
    ``_Emitter``), without the newline (and surrogates, which text cannot hold)."""
    # (``_meet`` where it gives what ``_intersect`` gives: on canonical lists, most of them)
    meet = _meet if _canonical(list(rs)) else _intersect
    ranges = meet(list(rs), _complement([(NEWLINE, NEWLINE)]))
    ranges = meet(ranges, _complement([(0xD800, 0xDFFF)]))
    if not ascii_form:
        return _class(ranges)
    low = meet(ranges, [(0, 0x7F)])
    low = meet(low, _complement([(QUOTE, QUOTE)]))
    if meet is _meet:
        word, other = _wide_parts(tuple(meet(ranges, [(0x80, MAX)])))
    else:
        word = meet(meet(ranges, [(0x80, MAX)]), _word())
        other = meet(meet(ranges, [(0x80, MAX)]), _not_word())
    parts = []
    if low:
        parts.append(f"(?-u:{_class(low)})")
    if word:
        parts.append(f"Q{_class(_within_tag(tuple(word), True))}Q")
    if other:
        parts.append(f"{OTHER_TAG}{_class(_within_tag(tuple(other), False))}{OTHER_TAG}")
    if not parts:
        return "[^\\x00-\\x{10FFFF}]"
    return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"


@cache
def _within_tag(members: tuple[tuple[int, int], ...], word: bool) -> Ranges:
    """A class between the tags of word characters (``word``) or of the others, for the
    tagged ``members`` (all of that kind): they, or every character beyond ASCII but the
    tag's kind's others, whichever is fewer ranges (only that kind sits in the tag)."""
    kind = _meet(WIDE, _word() if word else _not_word())
    loose = _meet(WIDE, _complement(_meet(kind, _complement(list(members)))))
    return loose if len(loose) < len(members) else list(members)


@cache
def _wide_parts(wide: tuple[tuple[int, int], ...]) -> tuple[Ranges, Ranges]:
    """A canonical class beyond ASCII split into its word characters and the others (the
    same few recur: those of ``\\w``, of ``\\W``...)."""
    return _meet(list(wide), _word()), _meet(list(wide), _not_word())


_PIECES: dict[tuple[int, int], str] = {}  # a range as _class writes it (\w's recur)


def _piece(r: tuple[int, int]) -> str:
    a, b = r
    text = _PIECES[r] = _hex(a) if a == b else f"{_hex(a)}-{_hex(b)}"
    return text


def _class(rs: Ranges) -> str:
    if not rs:
        return "[^\\x00-\\x{10FFFF}]"
    if len(rs) == 1 and rs[0][0] == rs[0][1]:
        return _hex(rs[0][0])
    get = _PIECES.get
    return "[" + "".join([get(r) or _piece(r) for r in rs]) + "]"


class Lookaround(NamedTuple):
    """One alternative ``P (?=N) S`` (``negative``: ``(?!N)``) of a regex anchored at both
    ends; ``P`` spans ``low`` to ``high`` characters (``high`` None: unbounded)."""

    prefix: str
    low: int
    high: int | None
    body: str
    negative: bool
    suffix: str


class Translation(NamedTuple):
    source: str
    exact: str  # Unicode form (None for a regex with lookaheads: see lookarounds)
    ascii: str  # the same over tagged text (a line holding a disputed word character)
    loose: str  # the lines HyperscanMatcher would look at (its prefilter: the core's gate)
    lookarounds: list[Lookaround]
    ascii_lookarounds: list[Lookaround]


def _items(sub: Any) -> list[tuple[Any, Any]]:
    """A ``SubPattern``'s items (its list: iterating one goes through ``__getitem__``)."""
    return list(getattr(sub, "data", sub))


def _has_assert(items: list[tuple[Any, Any]]) -> bool:
    for op, av in items:
        if op in (C.ASSERT, C.ASSERT_NOT):
            return True
        if op is C.SUBPATTERN and _has_assert(_items(av[3])):
            return True
        if op is C.BRANCH and any(_has_assert(_items(b)) for b in av[1]):
            return True
        if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT) and _has_assert(_items(av[2])):
            return True
    return False


def _strip_asserts(items: list[tuple[Any, Any]]) -> list[tuple[Any, Any]]:
    out = []
    for op, av in items:
        if op in (C.ASSERT, C.ASSERT_NOT):
            continue
        if op is C.SUBPATTERN:
            av = (av[0], av[1], av[2], _strip_asserts(_items(av[3])))
        elif op is C.BRANCH:
            av = (av[0], [_strip_asserts(_items(b)) for b in av[1]])
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT):
            av = (av[0], av[1], _strip_asserts(_items(av[2])))
        out.append((op, av))
    return out


def _alternatives(items: list[tuple[Any, Any]]) -> list[list[tuple[Any, Any]]]:
    """The sequence as alternatives in which every lookaround is at the top level: a
    group or an alternation holding one is spread out (for whole-line existence, the
    language is what counts, and a union of alternatives is the same language)."""
    for j, (op, av) in enumerate(items):
        if op is C.SUBPATTERN and _has_assert(_items(av[3])):
            if av[1] or av[2]:
                raise Untranslatable("inline flags around a lookaround")
            return _alternatives([*items[:j], *_items(av[3]), *items[j + 1:]])
        if op is C.BRANCH and any(_has_assert(_items(b)) for b in av[1]):
            out = []
            for branch in av[1]:
                out.extend(_alternatives([*items[:j], *_items(branch), *items[j + 1:]]))
            return out
        if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT) and _has_assert(_items(av[2])):
            raise Untranslatable("a lookaround inside a repeat")
    return [items]


def _lookarounds(parsed: Any, emitter: _Emitter) -> list[Lookaround]:
    items = list(parsed.data)
    ends = (items and items[0] == (C.AT, C.AT_BEGINNING)
            and items[-1] in ((C.AT, C.AT_END), (C.AT, C.AT_END_STRING)))
    if not ends:
        raise Untranslatable("a lookahead in a regex not anchored at both ends")
    out = []
    for alternative in _alternatives(items):
        asserts = [j for j, (op, _) in enumerate(alternative) if op in (C.ASSERT, C.ASSERT_NOT)]
        if not asserts:  # (an alternative without one: the whole line, from its start)
            out.append(Lookaround("$", 0, 0, NOTHING, True, emitter.seq(alternative, True)))
            continue
        if len(asserts) != 1:
            raise Untranslatable("more than one lookaround in an alternative")
        j = asserts[0]
        op, (direction, body) = alternative[j]
        if direction < 0:
            raise Untranslatable("a lookbehind")
        prefix, suffix = alternative[:j], alternative[j + 1:]
        # Zero-width tests just before the lookahead happen at the same place: after it.
        while prefix and prefix[-1][0] is C.AT and prefix[-1][1] in (
                C.AT_BOUNDARY, C.AT_NON_BOUNDARY):
            suffix.insert(0, prefix.pop())
        if any(op is C.AT and av in (C.AT_BOUNDARY, C.AT_NON_BOUNDARY) for op, av in prefix):
            raise Untranslatable("a word boundary before a lookahead")  # (could be at its end)
        if _has_assert(_items(body)) or _has_assert(suffix) or _has_assert(prefix):
            raise Untranslatable("nested lookarounds")
        low, high = sre_parse.SubPattern(parsed.state, prefix).getwidth()
        out.append(Lookaround(
            emitter.seq(prefix, True) + "$", low, None if high >= C.MAXREPEAT else high,
            emitter.seq(list(body), True), op is C.ASSERT_NOT, emitter.seq(suffix, True)))
    return out


@cache
def translate(source: str) -> Translation:
    """A lexicon regex (``re`` syntax, compiled with ``REGEX_FLAGS``) in the ``regex``
    crate's syntax; see the module's docstring. (One that ``recall_translations`` found in
    the cache is not made again.)"""
    recalled = _RECALLED.pop(source, None)
    return recalled if recalled is not None else _translate(source)


def _translate(source: str) -> Translation:
    parsed = sre_parse.parse(source, REGEX_FLAGS)
    flags = parsed.state.flags
    if flags & (re.ASCII | re.LOCALE) or not flags & re.IGNORECASE:
        raise Untranslatable("global flags other than IGNORECASE and MULTILINE")
    items = list(parsed.data)
    loose = _Emitter(False, gate=True).seq(_strip_asserts(items), True)
    if _has_assert(items):
        return Translation(source, "", "", loose, _lookarounds(parsed, _Emitter(False)),
                           _lookarounds(parsed, _Emitter(True)))
    return Translation(source, _Emitter(False).seq(items, True),
                       _Emitter(True).seq(items, True), loose, [], [])


# --- translations kept between runs -----------------------------------------------------

# Translations read from the cache, until ``translate`` takes them.
_RECALLED: dict[str, Translation] = {}
# Lists of translations kept in the cache (what edited lexicons leave behind is removed).
MAX_KEPT_TRANSLATIONS = 64


@cache
def _translator_stamp() -> bytes:
    """What a translation depends on besides its regex: this module's code, the flags
    lexicon regexes are written for, Python's (its ``re`` parser, its Unicode) and the
    core's (its Unicode tables)."""
    import hashlib

    core = _core_tables()
    parts = [Path(__file__).read_bytes(), str(int(REGEX_FLAGS)).encode(), sys.version.encode(),
             unicodedata.unidata_version.encode(),
             (core.__version__ if core is not None else "no core").encode()]
    return hashlib.sha256(b"\0".join(parts)).digest()


def _translations_path(sources: Sequence[str]) -> Path | None:
    folder = cache_dir()
    if folder is None:
        return None
    import hashlib

    digest = hashlib.sha256(_translator_stamp())
    digest.update("\0".join(sources).encode("utf-8", "surrogatepass"))
    return folder / "lexicon-regexes" / f"{digest.hexdigest()[:32]}.marshal"


def recall_translations(sources: Sequence[str]) -> bool:
    """Whether the cache (``cleaner.data.cache_dir``) holds the translations of exactly
    these regexes, made by this code (``keep_translations``): ``translate`` then returns
    them without parsing a regex or reading a Unicode table (a lexicon's, a few tens of
    ms). A cache file that cannot be read, or is not what was written, is none."""
    path = _translations_path(sources)
    if path is None or not sources:
        return False
    try:
        rows = marshal.loads(path.read_bytes())
        found = {source: Translation(source, exact, ascii_form, loose,
                                     [Lookaround(*look) for look in looks],
                                     [Lookaround(*look) for look in ascii_looks])
                 for source, (exact, ascii_form, loose, looks, ascii_looks)
                 in zip(sources, rows, strict=True)}
    except (OSError, ValueError, EOFError, TypeError):
        return False
    _RECALLED.update(found)
    return True


def keep_translations(sources: Sequence[str]) -> None:
    """Keep the translations of these regexes (each one translates) in the cache, for
    ``recall_translations``; a cache that cannot be written is left alone."""
    path = _translations_path(sources)
    if path is None or not sources:
        return
    rows = []
    for source in sources:
        t = translate(source)
        rows.append((t.exact, t.ascii, t.loose, [tuple(look) for look in t.lookarounds],
                     [tuple(look) for look in t.ascii_lookarounds]))
    store_cached(path, marshal.dumps(rows), keep=MAX_KEPT_TRANSLATIONS)


def core_matcher(lexicon: Any) -> Any:
    """The core's matcher of a ``cleaner.lexicons.Lexicon``: same entries, same hits."""
    _core = importlib.import_module("cleaner._core")
    regexes = []
    for regex in lexicon.regexes:
        t = translate(regex.source)
        regexes.append((regex.category.value, regex.source.startswith("^"), regex.anchored,
                        t.exact, t.ascii, t.loose,
                        [tuple(a) for a in t.lookarounds],
                        [tuple(a) for a in t.ascii_lookarounds]))
    return _core.LexiconMatcher(
        lexicon.language,
        {key: category.value for key, category in lexicon.whole.items()},
        [(phrase, category.value) for phrase, category in lexicon.phrases.items()],
        regexes)
