"""The two passes alone: first labels from scores, then smoothing of label sequences."""

from __future__ import annotations

import pytest

from cleaner.classify import classify, smooth
from cleaner.labels import Category, Label
from cleaner.lines import Line, split_lines

K, D, S = Label.KEEP, Label.DROP, Label.SHORT


def _lines(labels: list[Label], scores: list[float] | None = None) -> list[Line]:
    lines = split_lines("\n".join(f"a synthetic line {i}" for i in range(len(labels))))
    for line, label, score in zip(lines, labels, scores or [0.0] * len(labels), strict=True):
        line.label = line.first_label = label
        line.score = score
        if label is D:
            line.category = Category.COMMENTS
    return lines


@pytest.mark.parametrize(("before", "after"), [
    ([K, S, K], [K, K, K]),
    ([D, S, D], [D, D, D]),
    ([D, S, S, D], [D, D, D, D]),
    ([S, D], [K, D]),          # the document's edge is no evidence: judged as mixed
    ([S, K], [K, K]),
    ([K, S, D], [K, K, D]),    # disagreeing sides: kept (losing text costs more)
    ([S, S], [K, K]),          # nothing decided: keep everything
])
def test_smooth_sequences(before: list[Label], after: list[Label]) -> None:
    lines = _lines(before)
    smooth(lines)
    assert [line.label for line in lines] == after
    assert [line.first_label for line in lines] == before


def test_fragment_at_the_edge_goes_with_its_only_side() -> None:
    lines = split_lines("Speech Bubbles\nComments")
    lines[0].label, lines[1].label = S, D
    smooth(lines)
    assert lines[0].label is D


def test_title_at_the_edge_above_boilerplate_is_kept() -> None:
    lines = split_lines("Headline of this story\nSubscribe now")
    lines[0].label, lines[1].label = S, D
    smooth(lines)
    assert lines[0].label is K


def test_smooth_mixed_side_with_own_evidence_drops() -> None:
    lines = _lines([K, S, D], [0.0, 0.3, 2.0])
    smooth(lines)
    assert lines[1].label is D and lines[1].reasons[-1].code == "smooth:edge_of_article"


def test_smoothed_drop_takes_nearest_category_and_says_why() -> None:
    lines = _lines([D, S, D])
    smooth(lines)
    assert lines[1].category is Category.COMMENTS
    assert lines[1].reasons[-1].code == "smooth:between_boilerplate"


def test_blank_lines_are_skipped_by_smoothing() -> None:
    lines = split_lines("a\n\nb\n\nc")
    for line in lines:
        if line.text:
            line.score = 0
    classify(lines)
    assert [line.first_label for line in lines] == [S, Label.BLANK, S, Label.BLANK, S]


@pytest.mark.parametrize(("score", "text", "label"), [
    (2.0, "Subscribe now", D),
    (0.5, "A long enough line that finishes like a sentence does, with words.", S),
    (0.0, "Menu", S),
    (0.0, "This headline is long enough to stand alone as text", K),
    (-0.5, "A sentence.", K),
])
def test_classify_thresholds(score: float, text: str, label: Label) -> None:
    [line] = split_lines(text)
    line.score = score
    classify([line])
    assert line.first_label is label


def test_protect_and_forced() -> None:
    lines = split_lines("a\nb")
    lines[0].protected, lines[0].score = True, 9
    lines[1].forced, lines[1].score = True, -9
    classify(lines)
    assert [line.label for line in lines] == [K, D]


def _labelled(rows: list[tuple[str, Label]]) -> list[Line]:
    lines = split_lines("\n".join(text for text, _ in rows))
    for line, (_, label) in zip(lines, rows, strict=True):
        line.label = line.first_label = label
        if label is D:
            line.category = Category.SUBSCRIPTION
    return lines


@pytest.mark.parametrize(("rows", "after"), [
    # A one- or two-word subheading between the article and boilerplate is the article's.
    ([("The council voted on the budget.", K), ("Key points", S), ("Subscribe now", D)],
     [K, K, D]),
    ([("Subscribe now", D), ("Key points", S), ("The council voted on the budget.", K)],
     [D, K, K]),
    ([("The council voted on the budget.", K), ("Analysis", S), ("Subscribe now", D)],
     [K, K, D]),
    # With boilerplate on its only decided side (the other is the document's edge) it goes.
    ([("Key points", S), ("Subscribe now", D)], [D, D]),
    ([("Subscribe now", D), ("Key points", S)], [D, D]),
    ([("Key points", S), ("Comments", S), ("Subscribe now", D)], [D, D, D]),
    # Between boilerplate it goes too, whatever its length.
    ([("Subscribe now", D), ("Key points", S), ("Sign in", D)], [D, D, D]),
])
def test_fragment_goes_with_boilerplate_only_on_its_only_side(
        rows: list[tuple[str, Label]], after: list[Label]) -> None:
    lines = _labelled(rows)
    smooth(lines)
    assert [line.label for line in lines] == after


def test_a_kept_subheading_says_it_sits_beside_the_article() -> None:
    lines = _labelled([("The council voted on the budget.", K), ("Key points", S),
                       ("Subscribe now", D)])
    smooth(lines)
    assert lines[1].reasons[-1].code == "smooth:edge_of_article"
    assert lines[1].category is None


def _subheaded(rows: list[tuple[str, Label]], heading: int, own: float = 0.0) -> list[Line]:
    """Lines labelled as given; line ``heading`` is a subheading in the article's container
    (HTML mode's ``dom:subheading`` evidence) with ``own`` further evidence."""
    lines = _labelled(rows)
    lines[heading].add(-0.3, None, "dom:subheading", "<h2>")
    if own:
        lines[heading].add(own, Category.RELATED, "dom:card", "a teaser card")
    return lines


@pytest.mark.parametrize(("rows", "own", "after"), [
    # Between a publisher's marker and a caption, a subheading heads the text just below.
    ([("Advertisement", D), ("Security drills", S), ("Advertisement", D),
      ("Several states will hold security drills on Wednesday.", K)], 0.0, [D, K, D, K]),
    ([("Advertisement", D), ("Security drills", S), ("", Label.BLANK),
      ("A man walks past the closed market. Photo by a staff photographer", D),
      ("Several states will hold security drills on Wednesday.", K)],
     0.0, [D, K, Label.BLANK, D, K]),
    # Too far from the text (jusText's 200 characters of lines between): boilerplate's.
    ([("Advertisement", D), ("Security drills", S)]
     + [("Sign in to read the whole story " * 2, D)] * 4
     + [("Several states will hold security drills on Wednesday.", K)], 0.0, [D, D, D, D, D, D, K]),
    # With evidence of its own against it (a teaser card's heading), it is not rescued.
    ([("Advertisement", D), ("Security drills", S), ("Advertisement", D),
      ("Several states will hold security drills on Wednesday.", K)], 0.9, [D, D, D, K]),
])
def test_a_subheading_heads_the_kept_text_close_below_it(
        rows: list[tuple[str, Label]], own: float, after: list[Label]) -> None:
    lines = _subheaded(rows, 1, own)
    smooth(lines)
    assert [line.label for line in lines] == after
    assert (lines[1].reasons[-1].code == "smooth:heading") is (after[1] is K)


def test_a_line_without_the_subheading_evidence_is_smoothed_as_before() -> None:
    lines = _labelled([("Advertisement", D), ("Security drills", S), ("Advertisement", D),
                       ("Several states will hold security drills on Wednesday.", K)])
    smooth(lines)
    assert lines[1].label is D and lines[1].reasons[-1].code == "smooth:between_boilerplate"
