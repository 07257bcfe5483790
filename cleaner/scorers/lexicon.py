"""Lexicon and call-to-action evidence."""

from __future__ import annotations

from collections import defaultdict

import regex

from cleaner.casing import casefold
from cleaner.labels import Category
from cleaner.lexicons import Hit, normalise
from cleaner.patterns import lower_text
from cleaner.scorers import Document

try:  # the compiled kernels (hatch_build.py); _dice gives the same likeness
    from cleaner import _kernels
except ImportError:  # pragma: no cover - a build without a C compiler
    _kernels = None  # type: ignore[assignment]

# A whole-line or anchored entry describes the line itself: decisive on its own.
WHOLE_LINE_WEIGHT = 2.0
# A phrase hit weighs 1 on a line of up to this many words, and proportionally less on longer
# lines: one "subscribe" in a 40-word paragraph is reporting, not a pitch.
FULL_WEIGHT_MAX_WORDS = 12
# One entry decides at most a paragraph. A longer line of several sentences (a page whose
# text came as one line, a whole article) is judged sentence by sentence: a hit condemns
# its own sentence (fully when the sentence is short, as a phrase condemns a short line),
# and the line weighs ``WHOLE_LINE_WEIGHT`` times the share of its text so condemned. One
# anchored entry ("^photo:") at the start of a 2,800-word line weighs 2 times its one
# sentence's share, next to nothing. (Below this length a disclosure or pitch paragraph
# whose first sentence holds the entry is that entry's: it is judged whole, as before.)
DECISIVE_MAX_WORDS = 100
_SENTENCE_END = regex.compile(r"(?<=[.!?…])[\"'”’»)\]]*\s+(?=\S)")
# Addressing the reader ("you", "your") beside a lexicon hit is what a pitch does.
SECOND_PERSON_WEIGHT = 0.3
_SECOND_PERSON = regex.compile(r"\b(?:you|your|you're|yours)\b", regex.IGNORECASE)
# A "Related" / "More from UK" / "Most popular" heading introduces a list of headlines: the
# unfinished lines under it (up to the first finished sentence) are that list, not article
# subheadings. Only a short heading that is the whole line counts ("More: <headline>" is an
# item, not a heading), and not a "Read more" button, which follows its teaser.
LIST_HEADING_MAX_WORDS = 6
LIST_ITEM_MAX_WORDS = 25
LIST_MAX_ITEMS = 25
LIST_ITEM_WEIGHT = 1.0
LIST_ITEM_CODE = "score:lexicon.list"
_HEADING_WITH_ITEM = regex.compile(r":\s*\S")
_BUTTON = regex.compile(r"^\W*(?:read more|also read|read also)\b", regex.IGNORECASE)
_ELLIPSIS = ("...", "…")
# A list never runs into the article's own headline: a line this like the page title
# (Dice over word sets, as the region scorer finds the headline) ends it.
LIST_STOP_TITLE_SIMILARITY = 0.8
_WORD = regex.compile(r"\w+")
# A finished sentence directly above a picture credit ("Michael Conroy, AP", "Courtesy of
# NASA"; a short caption-lexicon hit with no blank line between) is that picture's caption.
# Captions are short: a longer paragraph there is a standfirst above the lead picture.
CREDIT_MAX_WORDS = 10
CAPTION_MIN_WORDS = 5
CAPTION_MAX_WORDS = 40
CAPTION_ABOVE_CREDIT_WEIGHT = 2.0


class LexiconScorer:
    """*What it scores*: lines holding entries of the language's boilerplate lexicons.

    *Why it signals boilerplate*: pitches, prompts and widgets reuse a small
    vocabulary ("Subscribe now", "Sign up for our newsletter", "Most Popular").

    *Example*: "Subscribe now" is dropped (whole-line entry); "The paper lost 5,000
    subscribers last year, its editor said in a statement to staff." is kept (one
    phrase hit in a long sentence weighs 12/15 and the prose scorer outweighs it).

    Under a short related-articles heading ("More from UK", "Most popular"), the
    unfinished lines that follow, up to the first finished sentence or other widget, are
    its list of headlines and are pushed out with it. A finished sentence directly above a
    picture credit (no blank line between) is the picture's caption.

    One entry decides at most a paragraph: a line of more than ``DECISIVE_MAX_WORDS``
    words and several sentences is judged sentence by sentence (a hit condemns its own
    sentence; the line weighs twice the share of its text condemned), so an anchored entry
    at the start of a whole page's one line, or one pitch inside a long article line, does
    not drop the line.

    *Known misses*: appeals written as ordinary prose ("We are facing unprecedented
    challenges"); publisher rules catch those.
    """

    name = "lexicon"

    def __init__(self, *, full_weight_max_words: int = FULL_WEIGHT_MAX_WORDS,
                 whole_line_weight: float = WHOLE_LINE_WEIGHT,
                 second_person_weight: float = SECOND_PERSON_WEIGHT,
                 decisive_max_words: int = DECISIVE_MAX_WORDS) -> None:
        self.full_weight_max_words = full_weight_max_words
        self.decisive_max_words = decisive_max_words
        self.whole_line_weight = whole_line_weight
        self.second_person_weight = second_person_weight

    def score(self, doc: Document) -> None:
        by_line: dict[int, list[Hit]] = defaultdict(list)
        for hit in doc.lexicon.scan(doc.texts):
            by_line[hit.line].append(hit)
        code = f"lexicon:{doc.lexicon.language}"
        headings: list[int] = []
        for i, hits in by_line.items():
            line = doc.lines[i]
            strong = [h for h in hits if h.whole_line and normalise(h.text) == normalise(
                line.text)] if line.words > self.decisive_max_words else [
                h for h in hits if h.whole_line]
            if strong:
                hit = strong[0]
                line.add(self.whole_line_weight, hit.category, f"{code}/{hit.category.value}",
                         repr(hit.text))
                if hit.category is Category.RELATED and _list_heading(line.text, line.words):
                    headings.append(i)
                continue
            anchored = [h for h in hits if h.whole_line]  # (anchored regexes: no key hit)
            phrases = {h.text.casefold() for h in hits}
            category = _most_common(hits)
            detail = ", ".join(sorted(repr(p) for p in phrases))
            sentences = (_sentences(line.text) if line.words > self.decisive_max_words
                         else None)
            if sentences is not None and len(sentences) > 1:
                share, condemned = self._condemned(sentences, hits)
                line.add(round(self.whole_line_weight * share, 3), category,
                         f"{code}/{category.value}",
                         f"{detail}; {condemned} of {len(sentences)} sentences, "
                         f"{share:.0%} of the text")
                pitch = " ".join(t for t, b in sentences if b) if condemned else ""
                if _SECOND_PERSON.search(pitch):
                    line.add(round(self.second_person_weight * share, 3), category,
                             "score:call_to_action", "its pitching sentences address the reader")
                continue
            if anchored:
                line.add(self.whole_line_weight, anchored[0].category,
                         f"{code}/{anchored[0].category.value}", repr(anchored[0].text))
                continue
            covered = sum(len(p) for p in phrases)
            weight = self._phrase_weight(len(phrases), covered, line.words, line.chars)
            line.add(round(weight, 3), category, f"{code}/{category.value}", detail)
            if _SECOND_PERSON.search(line.text):
                line.add(self.second_person_weight, category, "score:call_to_action",
                         "addresses the reader")
        title = _title_words(doc) if headings else set()
        for i in sorted(headings):
            self._list_under(doc, i, title)
        if doc.shape == "extract":
            return
        caption = Category.CAPTION  # (labels.py)
        # (a credit changes only the line above it: the credits can be listed first)
        for i in [i for i, line in enumerate(doc.lines) if line.category is caption and i]:
            line = doc.lines[i]
            if line.score < 1.0:
                continue
            above = doc.lines[i - 1]
            # The pair stands as a block of its own (a blank line around it): in text without
            # blank lines (an extractor's output) a credit often just follows the last paragraph.
            alone = (i < 2 or doc.lines[i - 2].blank) or (
                i + 1 < len(doc.lines) and doc.lines[i + 1].blank)
            if (alone and 0 < line.words <= CREDIT_MAX_WORDS and above.terminal
                    and CAPTION_MIN_WORDS <= above.words < CAPTION_MAX_WORDS
                    and above.score < 1.0):
                above.add(CAPTION_ABOVE_CREDIT_WEIGHT, Category.CAPTION, "score:lexicon.caption",
                          f"the caption above the picture credit on line {i + 1}")

    def _phrase_weight(self, count: int, covered: int, words: int, chars: int) -> float:
        """``count`` phrases covering ``covered`` characters of a text: 1 each on a text of
        up to ``full_weight_max_words`` words, less on a longer one; or twice their share
        of its characters, if more."""
        scale = min(1.0, self.full_weight_max_words / max(words, 1))
        return max(count * scale, 2.0 * covered / max(chars, 1))

    def _condemned(self, sentences: list[tuple[str, bool]], hits: list[Hit],
                   ) -> tuple[float, int]:
        """The share of a line's characters its hits condemn (each sentence weighed as a
        line of its own, at most 1) and how many sentences hold a hit; marks the sentences
        holding one (``sentences``: (text, holds a hit) pairs, filled in here)."""
        total = sum(len(t) for t, _ in sentences) or 1
        low = [lower_text([t]) for t, _ in sentences]
        found: dict[int, list[Hit]] = defaultdict(list)
        seen: dict[str, int] = defaultdict(int)  # the n-th hit of a text: its n-th sentence
        for hit in hits:
            holding = [k for k, t in enumerate(low) if hit.text in t]
            if holding:
                found[holding[min(seen[hit.text], len(holding) - 1)]].append(hit)
                seen[hit.text] += 1
        condemned = 0.0
        for k, sentence_hits in found.items():
            text = sentences[k][0]
            sentences[k] = (text, True)
            words = len(_WORD.findall(text))
            if any(h.whole_line for h in sentence_hits):
                weight = 1.0  # an anchored entry describes its sentence
            else:
                phrases = {h.text for h in sentence_hits}
                weight = min(1.0, self._phrase_weight(len(phrases), sum(map(len, phrases)),
                                                      words, len(text)))
            condemned += weight * len(text)
        return min(1.0, condemned / total), len(found)

    @staticmethod
    def _list_under(doc: Document, heading: int, title: set[str]) -> None:
        """Push out the headlines listed under a related-articles heading (``title``: the
        words of the page title, ``_title_words``)."""
        items = 0
        lines = doc.lines
        # (by index, not a slice of the rest: a page can hold thousands of such headings)
        for k in range(heading + 1, len(lines)):
            line = lines[k]
            if not line.text:
                continue
            if line.score >= 1.0:
                return  # another widget (or the next heading) starts
            if title and _likeness(title, line.text) >= LIST_STOP_TITLE_SIMILARITY:
                return  # the page's own headline (a "More" menu sat above it)
            if (line.terminal and not line.text.endswith(_ELLIPSIS)) or line.protected or (
                    line.words > LIST_ITEM_MAX_WORDS) or items >= LIST_MAX_ITEMS:
                return
            items += 1
            line.add(LIST_ITEM_WEIGHT, Category.RELATED, LIST_ITEM_CODE,
                     f"listed under the heading on line {heading + 1}")


def _sentences(text: str) -> list[tuple[str, bool]]:
    """A line's sentences, each with False (no hit found in it yet)."""
    return [(t, False) for t in _SENTENCE_END.split(text) if t]


def _most_common(hits: list[Hit]) -> Category:
    counts: dict[Category, int] = defaultdict(int)
    for hit in hits:
        counts[hit.category] += 1
    return max(counts, key=lambda c: counts[c])


def _list_heading(text: str, words: int) -> bool:
    return (words <= LIST_HEADING_MAX_WORDS and not _HEADING_WITH_ITEM.search(text)
            and not _BUTTON.match(text))


def _words(text: str) -> set[str]:
    return set(_WORD.findall(casefold(text)))


def _title_words(doc: Document) -> set[str]:
    """The words of the document's first line (a page's ``<title>``), if it has several."""
    first = next((t for t in doc.texts if t), "")
    words = _words(first)
    return words if len(words) >= 3 else set()


def _dice(a: set[str], b: set[str]) -> float:
    return 2 * len(a & b) / (len(a) + len(b)) if a and b else 0.0


def _likeness(title: set[str], text: str) -> float:
    """``_dice(title, _words(text))``; on ASCII text (where ``regex``'s ``\\w`` is ``re``'s)
    by the kernel the region scorer uses, for a non-empty title."""
    if _kernels is not None and title and text.isascii():
        return _kernels.dice([text], title)[0]
    return _dice(title, _words(text))
