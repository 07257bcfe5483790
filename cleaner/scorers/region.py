"""The article's region: the stretch of the page where its sentences are."""

from __future__ import annotations

import re

from cleaner.casing import casefold
from cleaner.labels import Category
from cleaner.lines import Line, Reason, add_to_each
from cleaner.scorers import Document
from cleaner.scorers.lexicon import LIST_ITEM_CODE

try:  # the compiled kernels (hatch_build.py); _dice_python gives the same scores
    from cleaner import _kernels
except ImportError:  # pragma: no cover - a build without a C compiler
    _kernels = None  # type: ignore[assignment]

# Line values for the maximum-sum stretch (after BTE, Finn et al. 2001): a finished
# sentence is worth its words; any other line costs ``line_cost``; a line the other
# scorers already call boilerplate costs ``wall_cost`` more, so that a "Related" or
# "Comments" heading walls the article off from the teasers and comments after it.
MIN_SENTENCE_WORDS = 6
MAX_SENTENCE_EVIDENCE = 0.5
LINE_COST = 5.0
WALL_COST = 30.0
OUTSIDE_WEIGHT = 2.0
# In the head (between headline and first sentence) a fragment this short is a byline,
# a date or a button; longer lines may be the standfirst and are judged as usual.
HEAD_FRAGMENT_MAX_WORDS = 7
HEAD_FRAGMENT_WEIGHT = 1.0
HEADLINE_WEIGHT = -3.0
MIN_HEADLINE_WORDS = 3
MAX_HEADLINE_WORDS = 40
# How alike (Dice over word sets) the best match and the page title must at least be. The
# headline itself may match less well: an SEO title often names a later sub-heading
# ("Best live TV streaming services: YouTube, Sling, Hulu" -> "Hulu + Live TV - Best TV
# streaming service") better than the headline it heads, so see HEADLINE_SHARE.
MIN_TITLE_SIMILARITY = 0.5
# Sentences before the headline (not already boilerplate, as cookie notices are), as a
# share of those after it, above which the document
# is not a whole page (title, menus, headline, article) but an extract.
MAX_PROSE_BEFORE_HEADLINE = 0.25
# If there are sentences there, menu fragments (lines of a few words) must outnumber
# them this much, and be at least ``MIN_MENU_LINES``.
MAX_MENU_WORDS = 4
MIN_MENU_SHARE = 2.0
MIN_MENU_LINES = 4
# The earliest line at least this close to the best match is the headline (even if it is
# below MIN_TITLE_SIMILARITY itself): the later ones are tables of contents, "Trending"
# lists, breadcrumbs and sub-headings.
HEADLINE_SHARE = 0.75
# The article is the first stretch after the headline worth this share of the best one.
FIRST_STRETCH_SHARE = 0.5
# A sentence ending in a colon introduces the block of lines under it (up to the next
# blank line): its list or table. Those lines are worth this much each, not a line's cost.
MIN_INTRO_WORDS = 4
LIST_ITEM_VALUE = 1.0
# So are the rows of a table: this many consecutive lines of this many words with a figure.
MIN_TABLE_ROWS = 4
MIN_TABLE_ROW_WORDS = 4
# Headings that end the article for good (its comments), once this many words of
# sentences are in: the region never runs on into the comments, however many
# sentences they hold.
STOP_CATEGORIES = frozenset({Category.COMMENTS})
MIN_WORDS_BEFORE_STOP = 150
# A page whose title names no headline is still a whole page (not an extract) when the
# other scorers call at least this many of its lines boilerplate and this share of its
# lines are fragments (menus); its article is then the best stretch of the whole page,
# and its headline the first title-like line among the few above that stretch.
MIN_PAGE_BOILERPLATE_LINES = 5
MIN_PAGE_FRAGMENT_SHARE = 0.2
PAGE_FRAGMENT_MAX_WORDS = 3
HEADLINE_LOOKBACK = 2
_TOKEN = re.compile(r"\w+")
_EMBED_CREDIT = re.compile(r"^[—–-]\s*.{1,80}\(@\w{1,15}\)\s+\w+\.?\s+\d{1,2},\s+\d{4}$")
_DASHES = frozenset("—–-")


class RegionScorer:
    """*What it scores*: whether a line lies inside the article's region of a whole page.

    *Why it signals boilerplate*: a page's text is menus, then the headline, the
    article's sentences, then lists and footers. The stretch of lines that maximises
    "words in finished sentences minus a cost per other line" is the article; the
    page's ``<title>`` (the first line a page-to-text tool writes) names its headline.
    Only pages that carry such a title line are treated this way, and with ``shape``
    ``auto`` only when menus rather than sentences come between title and headline; an
    extractor's output (``shape="extract"``) is left to the other scorers.

    *Example*: on a page whose first line is "Storm hits coast - Daily News" and whose
    line 40 is "Storm hits coast", lines 1-39 are dropped as outside the article, line
    40 is the headline, and the menus after the last paragraph are dropped.

    *Known misses*: an article split in two by a long widget keeps only its larger half;
    comments written as sentences right after the article can be taken into the region.
    """

    name = "region"

    def __init__(self, *, line_cost: float = LINE_COST, wall_cost: float = WALL_COST,
                 min_sentence_words: int = MIN_SENTENCE_WORDS,
                 outside_weight: float = OUTSIDE_WEIGHT) -> None:
        self.line_cost = line_cost
        self.wall_cost = wall_cost
        self.min_sentence_words = min_sentence_words
        self.outside_weight = outside_weight

    def values(self, lines: list[Line]) -> list[float]:
        """Every line's value, with the lists that a sentence ending in a colon introduces.

        A line's own value: a sentence (finished, at least ``min_sentence_words``, little
        boilerplate evidence) is worth its words; a line with boilerplate evidence is a
        wall (``wall_cost``), unless it sits between paragraphs anyway (a caption, a box of
        headlines under a "Related" heading: ``line_cost``); any other line costs
        ``line_cost``; a blank line nothing. (One pass over the lines also notes those that
        can start a list, an embedded post or a table.)"""
        values: list[float] = []
        colons: list[int] = []  # lines ending in a colon
        dashes: list[int] = []  # lines opening with a dash
        rows = 0  # table rows
        line_cost, wall_cost, sentence_words = (self.line_cost, self.wall_cost,
                                                self.min_sentence_words)
        caption = Category.CAPTION  # (labels.py)
        for k, line in enumerate(lines):
            text = line.text
            if not text:
                values.append(0.0)
                continue
            if text[-1] == ":":
                colons.append(k)
            if text[0] in _DASHES:
                dashes.append(k)
            if line.decimal and _table_row(line):  # (a row holds figures)
                rows += 1
            if line.score >= 1.0:
                # A caption sits between the article's paragraphs, and so does a box of
                # headlines under a "Related" heading (its heading is the wall): neither is a
                # wall itself.
                inline = line.category is caption or line.score - sum(
                    r.weight for r in line.reasons if r.code == LIST_ITEM_CODE) < 1.0
                values.append(-line_cost if inline else -wall_cost)
            # A sentence with boilerplate evidence ("Need more space? Subscribe to ...") does
            # not carry the article on.
            elif (line.terminal and line.words >= sentence_words
                  and line.positive < MAX_SENTENCE_EVIDENCE):
                values.append(float(line.words))
            else:
                values.append(-line_cost)
        n = len(lines)
        i = 0  # the first line not yet taken into a list
        for k in colons:
            line = lines[k]
            if k < i or line.words < MIN_INTRO_WORDS or line.score >= 1.0:
                continue  # (the text is stripped)
            i = k + 1
            if i < n and not lines[i].text:
                i += 1
            while i < n and lines[i].text and lines[i].score < 1.0:
                values[i] = max(values[i], LIST_ITEM_VALUE)
                i += 1
        # A post embedded in the article (a tweet: its text, then "— Name (@handle) November
        # 18, 2019") is quoted material: its text is worth its words, like a sentence.
        for i in dashes:
            line = lines[i]
            if line.score < 1.0 and _EMBED_CREDIT.match(line.text):
                values[i] = max(values[i], LIST_ITEM_VALUE)
                j = i - 1
                while j >= 0 and not lines[j].text:
                    j -= 1
                if j >= 0 and lines[j].score < 1.0:
                    values[j] = max(values[j], float(lines[j].words))
        # The rows of a table: a run of lines of several words with figures in them.
        if rows >= MIN_TABLE_ROWS:
            run = 0
            for i, row in enumerate([*map(_table_row, lines), False]):
                if row:
                    run += 1
                    continue
                if run >= MIN_TABLE_ROWS:
                    values[i - run:i] = [max(v, LIST_ITEM_VALUE) for v in values[i - run:i]]
                run = 0
        return values

    def region(self, lines: list[Line], start: int = 0, share: float | None = None,
               stop: bool = False) -> tuple[int, int] | None:
        """The first stretch from ``start`` on worth at least ``FIRST_STRETCH_SHARE`` of the
        best one (Kadane's maximum-sum stretches, in order); ``None`` if none is positive.

        Preferring the first good stretch over the best keeps the article, which follows
        its headline, ahead of a longer list of teasers further down."""
        values = self.values(lines)
        if stop:  # the first comments heading after enough sentences ends the article
            seen = 0.0
            for i in range(start, len(lines)):
                if values[i] > 0:
                    seen += values[i]
                elif (seen >= MIN_WORDS_BEFORE_STOP and lines[i].score >= 1.0
                      and lines[i].category in STOP_CATEGORIES):
                    values[i:] = [-self.wall_cost] * (len(lines) - i)
                    break
        stretches: list[tuple[float, int, int]] = []  # (peak sum, first, last)
        total, first, peak, peak_at = 0.0, start, 0.0, -1
        for i in range(start, len(lines)):
            if total <= 0:
                if peak > 0:
                    stretches.append((peak, first, peak_at))
                total, first, peak, peak_at = 0.0, i, 0.0, -1
            total += values[i]
            if total > peak:
                peak, peak_at = total, i
        if peak > 0:
            stretches.append((peak, first, peak_at))
        if not stretches:
            return None
        best = max(s[0] for s in stretches)
        share = FIRST_STRETCH_SHARE if share is None else share
        chosen = next(s for s in stretches if s[0] >= share * best)
        first = chosen[1]
        while first < chosen[2] and values[first] <= 0:
            first += 1
        return first, chosen[2]

    def score(self, doc: Document) -> None:
        if doc.dom is not None and doc.dom.span is not None:
            # HTML mode: the article container (cleaner.html.dom), from its headline on.
            first, last = doc.dom.span
            self._outside(doc.lines, first, last, "before the article container",
                          f"the article container holds lines {first + 1}-{last + 1}")
            return
        if doc.shape == "extract":
            return
        lines = doc.lines
        texts = [i for i, line in enumerate(lines) if line.text]
        if len(texts) < 3:
            return
        headline = find_headline(lines, texts[0])
        if headline is None or (doc.shape == "auto" and not _menus_before(lines, headline)):
            if doc.shape == "page" or _whole_page(lines):
                self._without_headline(lines, texts[0])
            return
        span = self.region(lines, headline + 1, stop=True)
        if span is None:
            return
        first, last = span
        lines[headline].add(HEADLINE_WEIGHT, None, "score:region.headline",
                            f"the page title (line {texts[0] + 1}) names it")
        where = f"article region is lines {first + 1}-{last + 1}"
        self._outside(lines, headline, last, "before the headline", where)
        for line in lines[headline + 1:first]:
            if line.text and line.words <= HEAD_FRAGMENT_MAX_WORDS and not line.terminal:
                line.add(HEAD_FRAGMENT_WEIGHT, Category.BYLINE, "score:region.head",
                         f"a fragment between headline and article; {where}")

    def _without_headline(self, lines: list[Line], start: int) -> None:
        """A whole page whose headline is not found: its best stretch is the article."""
        span = self.region(lines, start, share=1.0)
        if span is None:
            return
        first, last = span
        where = f"article region is lines {first + 1}-{last + 1} (no headline found)"
        # The article's own headline usually sits just above its first sentence.
        above = [i for i in range(first - 1, start - 1, -1)
                 if lines[i].text and lines[i].score < 1.0][:HEADLINE_LOOKBACK]
        heads = [i for i in above if MIN_HEADLINE_WORDS <= lines[i].words <= MAX_HEADLINE_WORDS
                 and not lines[i].terminal]
        self._outside(lines, heads[0] if heads else first, last, "before the article", where)

    def _outside(self, lines: list[Line], start: int, last: int, before: str,
                 where: str) -> None:
        """Push out the lines before ``start`` and after ``last``."""
        code = "score:region.outside"
        add_to_each([line for line in lines[:start] if line.text],
                    Reason(code, f"{before}; {where}", self.outside_weight), Category.NAVIGATION)
        add_to_each([line for line in lines[last + 1:] if line.text],
                    Reason(code, f"after the article; {where}", self.outside_weight),
                    Category.RELATED)


def _table_row(line: Line) -> bool:
    return (line.words >= MIN_TABLE_ROW_WORDS and line.score < 1.0 and not line.prose
            and line.decimal)  # (re's \d)


def _whole_page(lines: list[Line]) -> bool:
    """A page as html-text writes it (menus, footers) rather than an extractor's output."""
    texts = [line for line in lines if line.text]
    boilerplate = sum(1 for line in texts if line.score >= 1.0)
    fragments = sum(1 for line in texts
                    if line.words <= PAGE_FRAGMENT_MAX_WORDS and not line.terminal)
    return (boilerplate >= MIN_PAGE_BOILERPLATE_LINES
            and fragments >= MIN_PAGE_FRAGMENT_SHARE * len(texts))


def _menus_before(lines: list[Line], headline: int) -> bool:
    """A whole page has menus, not sentences, between its title and its headline; an
    extractor's output starts with the article, so its "title" is just its first line."""
    before = [line for line in lines[:headline] if line.text]
    sentences = [line for line in before if line.prose and line.score < 1.0]
    if not sentences:
        return True
    fragments = sum(1 for line in before if line.words <= MAX_MENU_WORDS)
    after = sum(line.words for line in lines[headline:] if line.prose)
    return (fragments >= max(MIN_MENU_LINES, MIN_MENU_SHARE * len(sentences))
            and sum(line.words for line in sentences) <= MAX_PROSE_BEFORE_HEADLINE * after)


def find_headline(lines: list[Line], title_index: int,
                  min_similarity: float = MIN_TITLE_SIMILARITY) -> int | None:
    """The line that best spells out the page title (html-text writes ``<title>`` first).

    Similarity is the Dice coefficient of the two lines' sets of lowercased words, so
    quotes, separators and a site name after the title cost little, and an SEO title
    that rewords the headline can still find it. On a tie the earliest line wins: later
    copies sit in "Trending" lists and breadcrumbs."""
    title = set(_TOKEN.findall(casefold(lines[title_index].text)))
    if len(title) < MIN_HEADLINE_WORDS:
        return None
    candidates = [i for i in range(title_index + 1, len(lines))
                  if MIN_HEADLINE_WORDS <= lines[i].words <= MAX_HEADLINE_WORDS
                  and not lines[i].prose]
    texts = [lines[i].text for i in candidates]
    similar = _kernels.dice(texts, title) if _kernels is not None else _dice_python(texts, title)
    scores = [(i, score) for i, score in zip(candidates, similar, strict=True)
              if score >= HEADLINE_SHARE * min_similarity]
    best = max((score for _, score in scores), default=0.0)
    if best < min_similarity:
        return None
    return next(i for i, score in scores if score >= HEADLINE_SHARE * best)


def _dice_python(texts: list[str], title: set[str]) -> list[float]:
    """How like the title each text is: the Dice coefficient of the two sets of casefolded
    words (runs of ``re``'s ``\\w``)."""
    scores = []
    for text in texts:
        words = set(_TOKEN.findall(casefold(text)))
        scores.append(2 * len(words & title) / (len(words) + len(title)) if words or title
                      else 0.0)
    return scores
