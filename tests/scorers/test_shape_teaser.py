"""The shape scorer's feed teasers (a headline run into its summary): an inner dateline in
capitals, or six Title Case words with two lower-case words after them. Positives and the
near misses at each edge of the two forms, stated through the scorer's evidence on a run
of three such lines."""

from __future__ import annotations

import itertools

from cleaner.labels import Category
from cleaner.lexicons import packaged_lexicon
from cleaner.lines import split_lines
from cleaner.scorers import Document
from cleaner.scorers.shape import ShapeScorer

# core/src/scorers/shape.rs: MIN_TEASER_WORDS (a teaser has at least this many words),
# MIN_TEASER_RUN (only a run of this many in a row is pushed out), TEASER_WEIGHT.
MIN_TEASER_WORDS = 12
MIN_TEASER_RUN = 3
TEASER_WEIGHT = 2.0
TAIL = "and more words to reach twelve words here"


def teaser(text: str) -> bool:
    """Whether ``text`` is a teaser: a run of ``MIN_TEASER_RUN`` copies of it is pushed out
    as one (and each line's words are counted as the scorer counts them)."""
    lines = split_lines("\n".join([text] * MIN_TEASER_RUN))
    assert len(lines) == MIN_TEASER_RUN
    ShapeScorer().score(Document(lines, [line.text for line in lines], packaged_lexicon("en")))
    marked = [[(r.code, r.detail, r.weight) for r in line.reasons
               if r.code == "score:shape.teaser"] for line in lines]
    if marked[0]:
        detail = "one of 3 headlines run into their summaries"
        for line, reasons in zip(lines, marked, strict=True):
            assert reasons == [("score:shape.teaser", detail, TEASER_WEIGHT)]
            assert line.category is Category.RELATED
        return True
    assert not any(marked)
    return False


def words(text: str) -> int:
    return split_lines(text)[0].words


def test_an_inner_dateline_makes_a_teaser() -> None:
    assert teaser("Two sisters fly back from abroad NEW DELHI: The sisters landed at dawn")
    assert teaser("Two sisters fly back from abroad NEW DELHI:  The sisters landed at dawn")
    assert teaser("Two sisters fly back ST. JOHN'S: The sisters landed at dawn on Sunday")
    assert teaser("Two sisters fly back from abroad ABC: The sisters landed at dawn today")
    assert teaser("two sisters fly back from abroad NEW DELHI: The sisters landed at dawn")
    # Three words at least before the capitals; the capitals a capital and two more
    # dateline characters, all capitals, against the colon; a capital after the colon.
    assert not teaser("Sisters fly DELHI: The sisters landed at dawn on a Sunday in May now")
    assert teaser("Sisters fly back DELHI: The sisters landed at dawn on a Sunday in May")
    assert not teaser("Two sisters fly back from abroad NEW DELHI: the sisters landed at dawn")
    assert not teaser("Two sisters fly back from abroad New Delhi: the sisters landed at dawn")
    assert not teaser("Two sisters fly back from abroad to the UK: the sisters landed at dawn")
    assert not teaser("Two sisters fly back from abroad NEW DELHI : The sisters landed at dawn")
    assert not teaser("Two sisters fly back from abroad NEW DELHI:The sisters landed at dawn")


def test_a_title_case_headline_run_into_a_sentence_makes_a_teaser() -> None:
    assert teaser("Storm Hits Coast As Power Fails Across County the lights went out at ten")
    assert teaser("2024 ‘Storm' “Hits Coast\" As Power the lights went out at ten tonight")
    # More Title Case words only move the lower-case pair further on.
    assert teaser("Storm Hits Coast As Power Fails Across The Whole County it was late then")
    # Five Title Case words are not a headline.
    assert not teaser("Storm Hits Coast As Power the lights went out at ten tonight in town")
    # A comma, colon, semicolon or full stop in the first six words ends the headline.
    for mark in ",:;.":
        assert not teaser(f"Storm Hits{mark} Coast As Power Fails the lights went out at ten")
    # A dollar sign opens no Title Case word.
    assert not teaser("Storm Hits Coast As $50 Power Fails the lights went out at ten tonight")
    # Two lower-case words, wholly letters, between spaces: a line ending in the second, a
    # digit or a capital inside one, is no pair.
    assert not teaser("Storm Hits Coast As Power Fails Across The County Tonight At ten pm")
    assert not teaser("Storm Hits Coast As Power Fails Across The County At 10 pm In Town")
    assert not teaser("Storm Hits Coast As Power Fails Across The County at Ten pM and Ours")


def test_the_pair_comes_after_the_sixth_word_s_space() -> None:
    # Straight after the sixth word, its one space belongs to the headline: the pair needs
    # a space of its own before it (a second space gives it one).
    assert not teaser("Storm Hits Coast As Power Fails lights out At Ten Across The County")
    assert teaser("Storm Hits Coast As Power Fails  lights out At Ten Across The County")
    assert teaser("Storm Hits Coast As Power Fails \tlights out At Ten Across The County")
    # A pair inside the headline's first six words does not count.
    assert not teaser("Storm hits coast As Power Fails Across The County At Ten Of Night")


def test_edges_of_the_title_case_lead() -> None:
    # Six words that open like Title Case words (capitals, digits, quotes) with any
    # whitespace between them are a headline; five are one only if the tail's first word
    # opens with a capital. The tail then always holds a lower-case pair.
    heads = {"One Two Three Four Five Six": True, "One Two Three Four Five": False,
             "1 ‘Two' “Three Four\" Five Six": True}
    spaces = [" ", "  ", "\u00a0", " \t "]
    tails = {"a party of six left": False, "party of": False, "Of Six Left a b": True,
             "of six": False, "x y z": False}
    checked = 0
    for (head, six), space, (tail, capital) in itertools.product(heads.items(), spaces,
                                                                  tails.items()):
        text = f"{head}{space}{tail} {TAIL}"
        assert words(text) >= MIN_TEASER_WORDS
        assert teaser(text) is (six or capital), text
        checked += 1
    assert checked == 60


def test_a_teaser_has_at_least_the_minimum_of_words() -> None:
    dateline = "Two sisters fly back NEW DELHI: The sisters landed at dawn"
    title = "Storm Hits Coast As Power Fails the lights went out at"
    for short in (dateline, title):
        enough = f"{short} today"
        assert words(short) == MIN_TEASER_WORDS - 1 and words(enough) == MIN_TEASER_WORDS
        assert not teaser(short) and teaser(enough)


def test_capitals_spaces_and_cut_words_move_the_edges() -> None:
    # The forms a line takes (all capitals, title case, odd spaces, its first words cut)
    # turn it into a teaser or out of one as the two forms say.
    title = "Storm Hits Coast As Power Fails Across Town the lights went out at ten tonight"
    assert teaser(title)
    assert not teaser(title.upper()) and not teaser(title.title())  # no lower-case pair
    assert teaser(title.replace(" ", "  ")) and teaser(title.replace(" ", "\u00a0", 6))
    cut = [teaser(" ".join(title.split(" ")[k:])) for k in range(1, 5)]
    assert cut == [True, True, False, False]  # 7, 6, 5 and 4 Title Case words
    dateline = ("Storm hits the coast NEW DELHI: Power went out across the whole city at ten "
                "tonight")
    assert teaser(dateline) and teaser(dateline.upper())
    assert not teaser(dateline.title())  # "New Delhi:" is no dateline, nor a Title Case lead
    assert teaser(dateline.replace(" ", " \t", 3))
    cut = [teaser(" ".join(dateline.split(" ")[k:])) for k in range(1, 4)]
    assert cut == [True, True, False]  # 4, 3 and 2 words before the dateline
