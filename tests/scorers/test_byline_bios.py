"""The byline scorer's author boxes: a name line, and within a few lines of it a line that
opens with the name, a bio verb and a job word. The lines it searches for bios (a cheap
search over the lines that open with a capital, or any letter beyond ASCII) miss none a
test per line would find: bios above and below, at the document's edges, in capitals,
beyond ASCII, with blank lines between; and the near misses find none."""

from __future__ import annotations

from cleaner.labels import Category
from cleaner.lexicons import load_lexicon
from cleaner.lines import split_lines
from cleaner.scorers import Document
from cleaner.scorers.byline import BylineScorer

# core/src/scorers/byline.rs: BIO_MAX_DISTANCE (lines with text between a name line and its
# bio, at most), BIO_ROLE_WITHIN_CHARS (the job word within this many characters after the
# name), BIO_WEIGHT, NAME_NEAR_DATELINE_WEIGHT (the name line's weight).
BIO_MAX_DISTANCE = 3
BIO_ROLE_WITHIN_CHARS = 80
BIO_WEIGHT = 2.0
NAME_WEIGHT = 1.5
FILLER = "more stories from the desk"  # a line with text that is neither name nor bio
BIO = "Jane Doe is a staff writer at the Daily News."


def bios(texts: list[str], language: str = "en") -> tuple[list[int], list[int]]:
    """The bio lines and the name lines the scorer marks (their indexes in ``texts``)."""
    lines = split_lines("\n".join(texts))
    assert [line.text for line in lines] == [text.strip() for text in texts]
    BylineScorer().score(Document(lines, [line.text for line in lines],
                                  load_lexicon(language)))
    found: tuple[list[int], list[int]] = ([], [])
    for i, line in enumerate(lines):
        for r in line.reasons:
            if r.code == "score:byline.bio":
                assert r.weight == BIO_WEIGHT and line.category is Category.BYLINE
                found[0].append(i)
            elif r.code == "score:byline.name":
                assert r.weight == NAME_WEIGHT and line.category is Category.BYLINE
                found[1].append(i)
    return found


def test_a_bio_beside_its_name_line_is_found() -> None:
    assert bios(["Jane Doe", BIO]) == ([1], [0])
    assert bios([BIO, "Jane Doe"]) == ([0], [1])
    assert bios(["View all posts by Jane Doe", BIO]) == ([1], [0])
    # Every bio verb and job word is data (rules/lexicons/en/words/).
    assert bios(["Jane Doe", "Jane Doe serves as the paper's correspondent in Rome."]) == (
        [1], [0])


def test_bios_up_to_the_distance_above_and_below_are_found() -> None:
    for gap in range(BIO_MAX_DISTANCE + 2):
        fillers = [FILLER] * gap
        expected = ([gap + 1], [0]) if gap < BIO_MAX_DISTANCE else ([], [])
        assert bios(["Jane Doe", *fillers, BIO]) == expected, gap
        expected = ([0], [gap + 1]) if gap < BIO_MAX_DISTANCE else ([], [])
        assert bios([BIO, *fillers, "Jane Doe"]) == expected, gap
    # Blank lines are not counted, and the document's edges stop the search.
    assert bios(["", "Jane Doe", "", "", FILLER, "", FILLER, "", BIO]) == ([8], [1])
    assert bios([FILLER, FILLER, "Jane Doe", FILLER, BIO]) == ([4], [2])
    assert bios(["Jane Doe", FILLER, FILLER, FILLER, BIO, FILLER, "Jane Doe"]) == ([4], [6])


def test_bios_in_capitals_and_beyond_ascii_are_found() -> None:
    assert bios(["JANE DOE", "JANE DOE IS AN EDITOR"]) == ([1], [0])
    assert bios(["Émile Roe", "Émile Roe was the editor-in-chief of the paper"]) == ([1], [0])
    assert bios(["ZOË ROE", FILLER, "ZOË ROE HAS BEEN A REPORTER SINCE 2009"]) == ([2], [0])
    assert bios(["Łucja Nowak", "Łucja Nowak is a freelance journalist in Kraków."]) == (
        [1], [0])
    assert bios(["Jane  Doe", "Jane  Doe is a writer"]) == ([1], [0])


def test_near_misses_are_no_bios() -> None:
    for bio in ["Jane Doe is", "Jane Doe was authored by many", "Jane Doe said the editor quit",
                "Jane Doe's editor is here", "Jane Doe  is a staff writer", "Jane Doeis a writer",
                "John Roe is a staff writer", "jane doe is a staff writer",
                "Jane Doe is " + "a" * (BIO_ROLE_WITHIN_CHARS - 10) + " writer"]:
        assert bios(["Jane Doe", bio]) == ([], []), bio
    assert bios(["Jane Doe", "Jane Doe is " + "a" * (BIO_ROLE_WITHIN_CHARS - 11) + " writer"]) \
        == ([1], [0])
    # The name line: a name alone (or after a link's words), capitalised, of two or three
    # words; a line that opens in lower case is no bio's.
    for name in ["jane doe", "Jane", "Author: Jane Doe is", "Jane Doe Ann Roe Bob",
                 "x is a writer"]:
        assert bios([name, BIO]) == ([], []), name
    # A language without bio verbs and job words finds none.
    assert bios(["Jane Doe", BIO], "de") == ([], [])


def test_a_german_author_box_is_found_by_the_languages_words() -> None:
    # rules/lexicons/de/words/bio_verbs.txt and roles.txt: a form of the language, not a
    # site's; a sentence about a reporter in the article is no bio without the name line.
    assert bios(["Erika Mustermann",
                 "Erika Mustermann ist Redakteurin im Ressort Politik."], "de") == ([1], [0])
    assert bios(["Max Beispiel", "Max Beispiel arbeitet als Korrespondent in Rom."],
                "de") == ([1], [0])
    assert bios(["Der Landtag tagte am Montag.",
                 "Erika Mustermann ist Redakteurin im Ressort Politik."], "de") == ([], [])
