"""cleaner.core_lexicon's own machinery: the Unicode tables it reads from the core are
re's, and its quick range arithmetic is the plain one (tests/test_core_matcher.py checks
what the translations match)."""

from __future__ import annotations

import random
import re

import pytest

pytest.importorskip("cleaner._core")

from cleaner import core_lexicon as cl
from cleaner.lexicons import available_languages, packaged_lexicon

C = cl.C
EVERY_CHARACTER = "".join(map(chr, range(cl.MAX + 1)))  # surrogates too: re takes them


def _spans(pattern: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end() - 1) for m in re.finditer(pattern, EVERY_CHARACTER)]


def test_the_core_tables_are_used() -> None:
    assert cl._core_tables() is not None


def test_categories_are_res_own() -> None:
    categories = cl._categories()
    assert categories[C.CATEGORY_WORD] == _spans(r"\w+")
    assert categories[C.CATEGORY_DIGIT] == _spans(r"\d+")
    assert categories[C.CATEGORY_SPACE] == _spans(r"\s+")
    assert categories[C.CATEGORY_NOT_WORD] == _spans(r"\W+")


def test_lowered_is_sres_tolower() -> None:
    tolower = cl._sre.unicode_tolower
    assert cl._lowered() == {c: low for c in range(cl.MAX + 1) if (low := tolower(c)) != c}


def test_lower_ranges_lower_every_character() -> None:
    tolower = cl._sre.unicode_tolower
    for a, b in [(0x41, 0x5A), (0x20, 0x7E), (0x100, 0x17F), (0x130, 0x130), (0x391, 0x3FF),
                 (0x400, 0x52F), (0x1E00, 0x1FFF), (0x2160, 0x2188), (0xFF21, 0xFF5A)]:
        want = cl._norm([(tolower(c), tolower(c)) for c in range(a, b + 1)])
        assert cl._lower_ranges(a, b) == want, (a, b)


def _canonical_ranges(rng: random.Random) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    at = rng.randrange(0, 40)
    for _ in range(rng.randrange(0, 12)):
        a = at + rng.randrange(0, 6)
        b = a + rng.randrange(0, 6)
        if b > cl.MAX:
            break
        out.append((a, b))
        at = b + 2  # (a gap: not adjacent)
    return out


def test_quick_range_arithmetic_is_the_plain_one() -> None:
    rng = random.Random(17)
    for _ in range(3000):
        x, y = _canonical_ranges(rng), _canonical_ranges(rng)
        assert cl._canonical(x) and cl._canonical(y)
        assert cl._meet(x, y) == cl._intersect(x, y), (x, y)
        assert cl._union(x, y) == cl._norm([*x, *y]), (x, y)
    assert not cl._canonical([(0, 5), (6, 9)])  # adjacent
    assert not cl._canonical([(5, 9), (0, 2)])  # unsorted
    assert not cl._canonical([(3, 2)])


def test_a_class_is_written_the_same_whatever_came_before() -> None:
    # Written classes are kept: a regex's translation does not depend on what else was
    # translated first (a fresh emitter writes the same).
    source = r"^(?:photo|image)s?\b[^\w.]{0,3}\w+[\s\d]*(?:by|via)\s*[^\W\d_]+$"
    first = cl.translate(source)
    cl.translate.cache_clear()
    cl._WRITTEN.clear()
    assert cl.translate(source) == first


@pytest.mark.parametrize("language", available_languages())
def test_every_form_of_every_lexicon_regex_compiles(language: str) -> None:
    # (a document compiles only the forms it needs: a form the crate refused would fail there)
    cl.core_matcher(packaged_lexicon(language)).compile()
