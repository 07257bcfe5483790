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
# With ``shape="auto"``, whether a document is a whole page (title, menus, headline,
# article, footers) or an extract (the article, perhaps with widgets inside it) is read
# from positive evidence of a page, never assumed (``page_evidence``): at least
# ``MIN_MENU_LINES`` lines of page furniture in its head, where menu fragments (unfinished
# lines of at most ``MAX_MENU_WORDS`` words, in runs of at least ``MIN_MENU_RUN``) and
# lines the other scorers already call boilerplate count. An extract, or a cleaned
# article (the cleaner's own output), starts with its headline, a byline or the first
# paragraph: it has none of these.
MAX_MENU_WORDS = 4
MIN_MENU_LINES = 4
MIN_MENU_RUN = 3
# Boilerplate that an extract holds too, at its head: bylines, datelines, captions.
ARTICLE_FURNITURE = frozenset({Category.BYLINE, Category.CAPTION})
# Sentences before the headline (not already boilerplate, as cookie notices are), as a
# share of those after it, above which the headline the title names is not the article's
# start; if there are sentences there, page furniture must outnumber them this much.
MAX_PROSE_BEFORE_HEADLINE = 0.25
MIN_MENU_SHARE = 2.0
# A page's ``<title>`` spells out its headline, alone or with the site's name: the title
# line (or a part of it, on either side of a separator) and the headline are this alike.
SITE_TITLE_SIMILARITY = 0.8
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
# After as many words, a run of post-article markers (lines the other scorers put in
# these categories, at least ``MIN_END_MARKERS`` of ``END_WINDOW`` lines) ends the article
# when the sentences after it are worth less than ``END_TAIL_SHARE`` of those before.
END_CATEGORIES = frozenset({Category.SOCIAL, Category.RELATED, Category.NEWSLETTER,
                            Category.SUBSCRIPTION, Category.DONATION, Category.COMMENTS})
MIN_END_MARKERS = 2
END_WINDOW = 3
END_TAIL_SHARE = 0.25
# A page whose title names no headline: its article is the group of stretches that holds
# the best one (``region``), its headline the first title-like line among the few above it.
HEADLINE_LOOKBACK = 2
# A copy of the headline among this many lines under it is pushed out (a second <h1>).
COPY_LOOKAHEAD = 4
_TOKEN = re.compile(r"\w+")
# A list item opens with a bullet or a number ("- ", "• ", "3. ", "(b) "); a line of code
# calls a function ("print(x)"), ends a statement or a block ("x = 1;", "}"), assigns or
# compares ("x = y", "a => b", "a == b"), or is a shell prompt or a comment ("$ pip", "// x").
_LIST_ITEM = re.compile(r"^(?:[-–—•·*▪►✓✔]|\(?(?:\d{1,3}|[a-z])[.)])\s")
_CODE = re.compile(r"\w\(|[{};]$|^[}\])]|\s(?:=|==|=>|->|:=|\+=)\s|^(?:\$|#|//|>>>) ")
_EMBED_CREDIT = re.compile(r"^[—–-]\s*.{1,80}\(@\w{1,15}\)\s+\w+\.?\s+\d{1,2},\s+\d{4}$")
_DASHES = frozenset("—–-")
_SEPARATOR = re.compile(r"\s(?:[|–—·•»/-]|::|-{2})\s|:\s")


class RegionScorer:
    """*What it scores*: whether a line lies inside the article's region of a whole page.

    *Why it signals boilerplate*: a page's text is menus, then the headline, the
    article's sentences, then lists and footers. The stretch of lines that maximises
    "words in finished sentences minus a cost per other line" is the article; the
    page's ``<title>`` (the first line a page-to-text tool writes) names its headline.
    With ``shape`` ``auto`` only documents that show evidence of a page are treated this
    way (menus or boilerplate in the head, a ``<title>`` line over the headline:
    ``page_evidence``); an extractor's output (``shape="extract"``, or no such evidence) is
    left to the other scorers.

    *Example*: on a page whose first line is "Storm hits coast - Daily News" and whose
    line 40 is "Storm hits coast", lines 1-39 are dropped as outside the article, line
    40 is the headline, and the menus after the last paragraph are dropped.

    *Known misses*: an article split in two by a widget the other scorers call
    boilerplate (a "Related" box) keeps only its first half (halves that no such line
    parts are one group); comments written as sentences right after the
    article can be taken into the region; a page with a bare head (title, headline,
    article) and few footers reads as an extract.
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
               stop: bool = False, best: bool = False) -> tuple[int, int] | None:
        """The article's stretch from ``start`` on; ``None`` if no stretch is positive.

        The stretches are Kadane's maximum-sum stretches, in order; those apart only by
        lines no scorer calls boilerplate (code, a list, a table: the article's own
        material) are one. The substantial ones (worth at least ``share``, by default
        ``FIRST_STRETCH_SHARE``, of the best) make groups: one runs on to the next
        substantial stretch unless a wall (a line with boilerplate evidence) parts them.
        The article is the first group (preferring it over the best keeps the article,
        which follows its headline, ahead of a longer list of teasers further down), or,
        with ``best``, the one that holds the best stretch."""
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
        stretches = _join(stretches, lines, values)
        top = max(stretches)
        share = FIRST_STRETCH_SHARE if share is None else share
        groups: list[list[tuple[float, int, int]]] = []
        wall = -self.wall_cost
        for stretch in stretches:
            if stretch[0] < share * top[0]:
                continue
            if groups and all(values[i] > wall
                              for i in range(groups[-1][-1][2] + 1, stretch[1])):
                groups[-1].append(stretch)
            else:
                groups.append([stretch])
        chosen = next(g for g in groups if top in g) if best else groups[0]
        first = chosen[0][1]
        while first < chosen[0][2] and values[first] <= 0:
            first += 1
        last = chosen[-1][2]
        return first, (_end_at_markers(lines, values, first, last, wall) if stop else last)

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
        title = texts[0]
        headline = find_headline(lines, title)
        if headline is not None and _sentences_before(lines, title, headline):
            headline = None  # the article does not start there
        if doc.shape == "auto" and page_evidence(lines, title, headline) < MIN_MENU_LINES:
            return  # no evidence of a page: an extract, left to the other scorers
        if headline is not None:
            span = self.region(lines, headline + 1, stop=True)
        else:  # its article is the group of stretches that holds the best one
            span = self.region(lines, title, stop=True, best=True)
        if span is None:
            return
        first, last = span
        where = f"article region is lines {first + 1}-{last + 1}"
        if headline is None:
            # The article's own headline usually sits just above its first sentence.
            above = [i for i in range(first - 1, title - 1, -1)
                     if lines[i].text and lines[i].score < 1.0][:HEADLINE_LOOKBACK]
            heads = [i for i in above
                     if MIN_HEADLINE_WORDS <= lines[i].words <= MAX_HEADLINE_WORDS
                     and not lines[i].terminal]
            self._outside(lines, heads[0] if heads else first, last, "before the article",
                          where + " (no headline found)")
            return
        lines[headline].add(HEADLINE_WEIGHT, None, "score:region.headline",
                            f"the page title (line {title + 1}) names it")
        self._outside(lines, headline, last, "before the headline", where)
        # The headline printed again just under it (a second <h1>) goes too: a second pass
        # would read the first copy as a page title naming the second.
        said = _TOKEN.findall(casefold(lines[headline].text))
        near = [i for i in range(headline + 1, first) if lines[i].text][:COPY_LOOKAHEAD]
        for i, line in enumerate(lines[headline + 1:first], headline + 1):
            if line.text and line.words <= HEAD_FRAGMENT_MAX_WORDS and not line.terminal:
                line.add(HEAD_FRAGMENT_WEIGHT, Category.BYLINE, "score:region.head",
                         f"a fragment between headline and article; {where}")
            elif i in near and _TOKEN.findall(casefold(line.text)) == said:
                line.add(HEAD_FRAGMENT_WEIGHT, Category.DUPLICATE, "score:region.head",
                         f"the headline (line {headline + 1}) again; {where}")

    def _outside(self, lines: list[Line], start: int, last: int, before: str,
                 where: str) -> None:
        """Push out the lines before ``start`` and after ``last``."""
        code = "score:region.outside"
        add_to_each([line for line in lines[:start] if line.text],
                    Reason(code, f"{before}; {where}", self.outside_weight), Category.NAVIGATION)
        add_to_each([line for line in lines[last + 1:] if line.text],
                    Reason(code, f"after the article; {where}", self.outside_weight),
                    Category.RELATED)


def _join(stretches: list[tuple[float, int, int]], lines: list[Line],
          values: list[float]) -> list[tuple[float, int, int]]:
    """Join each stretch to the one before it when no line between them carries boilerplate
    evidence (a code block, a list, a table cost a line each but are the article's own):
    their sum is both stretches' and the lines' between them."""
    joined = [stretches[0]]
    for peak, first, last in stretches[1:]:
        before, start, end = joined[-1]
        gap = range(end + 1, first)
        if all(not lines[i].text or (lines[i].score < 1.0 and _material(lines[i]))
               for i in gap):
            joined[-1] = (before + peak, start, last)
        else:
            joined.append((peak, first, last))
    return joined


def _end_at_markers(lines: list[Line], values: list[float], first: int, last: int,
                    wall: float) -> int:
    """Where the article ends: at the first run of post-article markers (walls of
    ``END_CATEGORIES``, at least ``MIN_END_MARKERS`` among ``END_WINDOW`` lines: a share
    bar, a newsletter box, recommendation cards; not the headlines listed under a
    "Related" heading, which sit between paragraphs too) after ``MIN_WORDS_BEFORE_STOP`` words of
    sentences, when what follows up to ``last`` is worth less than ``END_TAIL_SHARE`` of
    what came before (an author's bio, "Thanks for reading", a paragraph about the brand;
    a share bar between the article's paragraphs has the rest of the article after it)."""
    seen = 0.0
    texts = [i for i in range(first, last + 1) if lines[i].text]
    for k, i in enumerate(texts):
        if values[i] > 0:
            seen += values[i]
            continue
        if seen < MIN_WORDS_BEFORE_STOP or not _end_marker(lines[i], values[i], wall):
            continue
        window = texts[k:k + END_WINDOW]
        if sum(1 for j in window if _end_marker(lines[j], values[j], wall)) < MIN_END_MARKERS:
            continue
        rest = sum(values[j] for j in texts[k:] if values[j] > 0)
        if rest < END_TAIL_SHARE * seen:
            return max(j for j in texts[:k] if values[j] > 0)
    return last


def _end_marker(line: Line, value: float, wall: float) -> bool:
    return value <= wall and line.category in END_CATEGORIES


def _material(line: Line) -> bool:
    """A line of the article's own material that is not a sentence: a list item (a bullet
    or a number opens it), a line of code, a table row."""
    text = line.text
    return bool(_LIST_ITEM.match(text) or _CODE.search(text) or _table_row(line)
                or (text[0] == "|" and text[-1] == "|"))


def _table_row(line: Line) -> bool:
    return (line.words >= MIN_TABLE_ROW_WORDS and line.score < 1.0 and not line.prose
            and line.decimal)  # (re's \d)


def is_furniture(line: Line) -> bool:
    """A line of page furniture: an unfinished line the other scorers call boilerplate (not
    a byline or a caption, nor a pitch written as sentences: an extract has those too), or
    a menu fragment
    (an unfinished line of at most ``MAX_MENU_WORDS`` words that is not a list item, code
    or a table row)."""
    if line.score >= 1.0:
        return not line.terminal and line.category not in ARTICLE_FURNITURE
    return line.words <= MAX_MENU_WORDS and not line.terminal and not _material(line)


def furniture(lines: list[Line]) -> int:
    """The lines of page furniture among ``lines`` (non-blank): those the other scorers call
    boilerplate, and the menu fragments that stand in runs of at least ``MIN_MENU_RUN``
    (lines with boilerplate evidence do not break a run; a heading or two over an
    article's paragraphs is no menu)."""
    count = run = 0
    for line in [*lines, None]:
        if line is not None and line.score >= 1.0:
            count += is_furniture(line)
            continue
        if line is not None and is_furniture(line):
            run += 1
            continue
        count += run if run >= MIN_MENU_RUN else 0
        run = 0
    return count


def page_evidence(lines: list[Line], title: int, headline: int | None) -> int:
    """How much a document looks like a whole page rather than an extract, in lines of page
    furniture (``is_furniture``) in its head: the lines after the title line and before
    the first sentence; or before the first two sentences in a row (the article's first
    paragraphs), less ``MIN_MENU_SHARE`` for each sentence among them (a cookie notice or
    a browser warning between the menus); or, where the title line names a headline,
    before the headline, less the same for each sentence: whichever is most. Plus
    ``MIN_MENU_LINES`` if the title line reads as a page's ``<title>`` over the headline
    (``site_title``) with no sentence between them. (Footers are no evidence: an extract
    often ends in a box of widgets.)"""
    def sentence(line: Line) -> bool:
        return line.prose and line.score < 1.0

    texts = [line for line in lines[title + 1:] if line.text]
    first = next((k for k, line in enumerate(texts) if sentence(line)), len(texts))
    pair = next((k for k in range(first, len(texts) - 1)
                 if sentence(texts[k]) and sentence(texts[k + 1])), len(texts))
    count = furniture(texts[:first])
    spans = [texts[:pair]]
    if headline is not None:
        spans.append([line for line in lines[title + 1:headline] if line.text])
    for span in spans:
        sentences = sum(1 for line in span if sentence(line))
        count = max(count, furniture(span) - int(MIN_MENU_SHARE * sentences))
    if headline is not None and not any(sentence(line) for line in lines[title + 1:headline]):
        between = any(line.text for line in lines[title + 1:headline])
        if site_title(lines[title].text, lines[headline].text, between):
            count += MIN_MENU_LINES
    return count


def site_title(title: str, headline: str, apart: bool = True) -> bool:
    """Whether a line reads as a page's ``<title>`` over its headline: the same words (as
    html-text writes ``<title>`` above the ``<h1>``), or the headline with the site's name
    before or after a separator ("Storm hits coast | Daily News"; the part on either side
    of a separator compared with the headline by Dice over word sets,
    ``SITE_TITLE_SIMILARITY``). The same words count only with lines ``apart``."""
    head = set(_TOKEN.findall(casefold(headline)))
    if not MIN_HEADLINE_WORDS <= len(head) <= len(set(_TOKEN.findall(casefold(title)))):
        return False  # (a breadcrumb ending in the headline is no title)
    if _TOKEN.findall(casefold(title)) == _TOKEN.findall(casefold(headline)):
        return apart  # (an extract may print its headline twice, one under the other)
    parts = []
    for match in _SEPARATOR.finditer(title):
        parts += [title[:match.start()], title[match.end():]]
    similar = (_kernels.dice(parts, head) if _kernels is not None
               else _dice_python(parts, head))
    return max(similar, default=0.0) >= SITE_TITLE_SIMILARITY


def _sentences_before(lines: list[Line], title: int, headline: int) -> bool:
    """Whether the article's sentences come before the headline the title names, so that
    the headline is not where the article starts (an extract whose first line, read as a
    title, names a later sub-heading; or a page whose headline the title misses): any
    sentence there, unless fragments (lines of at most ``MAX_MENU_WORDS`` words) outnumber
    the sentences ``MIN_MENU_SHARE`` to one, are at least ``MIN_MENU_LINES``, and the
    sentences' words are at most ``MAX_PROSE_BEFORE_HEADLINE`` of those after it."""
    before = [line for line in lines[title + 1:headline] if line.text]
    sentences = [line for line in before if line.prose and line.score < 1.0]
    if not sentences:
        return False
    fragments = sum(1 for line in before if line.words <= MAX_MENU_WORDS)
    after = sum(line.words for line in lines[headline:] if line.prose)
    return not (fragments >= max(MIN_MENU_LINES, MIN_MENU_SHARE * len(sentences))
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
