"""One phrase decides at most a paragraph; datelines only at an article's head and tail."""

from __future__ import annotations

from itertools import pairwise

from cleaner import Cleaner
from cleaner.lexicons import load_lexicon
from cleaner.lines import Line, split_lines
from cleaner.scorers import Document
from cleaner.scorers.byline import BylineScorer
from cleaner.scorers.lexicon import LexiconScorer

SENTENCES = [
    "The council voted on Tuesday to open the new bridge across the river.",
    "It cost 40 million pounds and took four years to build, officials said.",
    "The bridge will carry about 20,000 cars a day when it is fully open next spring.",
    "Campaigners had sought a cycle path on both sides for more than a decade.",
    "The mayor said the project was delivered on budget and ahead of time.",
    "Local shops expect more trade once the new road links are finished.",
]
PARAGRAPH = " ".join(SENTENCES[:2])


def lexicon_scored(texts: list[str]) -> list[Line]:
    lines = split_lines("\n".join(texts))
    LexiconScorer().score(Document(lines, [line.text for line in lines], load_lexicon("en")))
    return lines


def test_an_anchored_phrase_does_not_drop_a_long_article_line() -> None:
    # A whole article on one line (a page whose text came as one line), opening with an
    # anchored caption entry ("^photo:"): the entry condemns its sentence, not the line.
    article = "Photo: the new bridge at dawn. " + " ".join(SENTENCES * 3)
    result = Cleaner().clean("Bridge opens\n" + article)
    line = result.lines[1]
    assert line.words > 100
    lexicon = [r for r in line.reasons if r.code.startswith("lexicon:")]
    assert lexicon and "1 of" in lexicon[0].detail and lexicon[0].weight < 0.2
    assert line.label.value == "keep"


def test_a_phrase_in_one_sentence_of_a_long_line_weighs_its_share() -> None:
    article = " ".join(SENTENCES * 2) + " Subscribe now for full access. " + " ".join(SENTENCES)
    line = lexicon_scored([article])[0]
    assert line.words > 100
    assert 0 < line.score < 0.3


def test_a_paragraph_wholly_of_pitches_is_still_condemned() -> None:
    pitch = " ".join(["Subscribe now for full access to every story we publish."] * 12)
    line = lexicon_scored([pitch])[0]
    assert line.words > 100
    assert line.score >= 2.0


def test_a_short_line_with_an_anchored_entry_is_decided_whole() -> None:
    line = lexicon_scored(["Photo: the new bridge at dawn, seen from the east bank"])[0]
    assert line.score >= 2.0


def byline_scored(texts: list[str]) -> list[Line]:
    lines = split_lines("\n".join(texts))
    BylineScorer().score(Document(lines, [line.text for line in lines], load_lexicon("en")))
    return lines


LONG = [s + " " + t for s, t in pairwise(SENTENCES)]  # prose lines (15+ words)


def test_a_dated_list_item_in_mid_article_is_no_dateline() -> None:
    item = "11. Summerfest (June 18-20, 25-27, July 2-4)"
    lines = byline_scored([LONG[0], LONG[1], item, LONG[2], LONG[3]])
    codes = {r.code for r in lines[2].reasons}
    assert "score:byline.dateline" not in codes
    assert codes == {"score:byline.dateline_inner"} and lines[2].score < 0.4
    result = Cleaner().clean("\n".join(["Festival season", LONG[0], LONG[1], item, LONG[2],
                                        LONG[3]]))
    assert result.lines[3].label.value == "keep"


def test_a_dateline_at_the_head_or_the_tail_is_decisive() -> None:
    head = "Updated 1:39 am EST, Wednesday, November 20, 2019"
    lines = byline_scored(["Headline", head, LONG[0], LONG[1], LONG[2], head])
    assert {r.code for r in lines[1].reasons} == {"score:byline.dateline"}
    assert {r.code for r in lines[5].reasons} == {"score:byline.dateline"}


def test_a_bare_date_is_a_dateline_anywhere() -> None:
    # date words and numbers alone ("November 20, 2019") say nothing of the article
    lines = byline_scored([LONG[0], LONG[1], "November 20, 2019", LONG[2], LONG[3]])
    assert {r.code for r in lines[2].reasons} == {"score:byline.dateline"}
