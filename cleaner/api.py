"""The library: ``clean(doc, url=...)`` and the reusable ``Cleaner``.

Data flow: lines (``cleaner.lines``; for HTML, ``cleaner.html``: decode, parse, walk the
DOM into blocks) → publisher rules (``cleaner.rules``) → scorers (``cleaner.scorers``;
for HTML the DOM scorer too, and the region scorer reads the article container) →
classify and smooth (``cleaner.classify``) → headline/standfirst/body
(``cleaner.structure``) → text (``cleaner.render``).
"""

from __future__ import annotations

import logging
import re
import threading
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from cleaner import _core
from cleaner.classify import MIXED_DROP_SCORE
from cleaner.data import rules_dir
from cleaner.engine import Pipeline, line_views, mark_rules, split_core
from cleaner.errors import CleanerError
from cleaner.labels import Label
from cleaner.language import detect_language, make_every_row
from cleaner.lexicons import DEFAULT_LANGUAGE, Lexicon, available_languages, load_lexicon
from cleaner.lines import Line, decode
from cleaner.rules import DOCUMENT_SECONDS, Deadline, RuleBook, RuleSet
from cleaner.scorers import SHAPES, Document, Scorer, Shape
from cleaner.scorers.action import ActionScorer
from cleaner.scorers.byline import BylineScorer
from cleaner.scorers.dom import DomScorer
from cleaner.scorers.lexicon import LexiconScorer
from cleaner.scorers.position import PositionScorer
from cleaner.scorers.region import RegionScorer
from cleaner.scorers.repetition import RepetitionScorer
from cleaner.scorers.shape import ShapeScorer

if TYPE_CHECKING:
    from cleaner.html.metadata import Metadata
    from cleaner.html.page import HtmlPage
    from cleaner.html.tokens import TokenLexicon

log = logging.getLogger(__name__)

# What a document is: plain text (one paragraph per line), an HTML page, or either
# (``auto``: a document that opens like markup is HTML).
Format = Literal["auto", "text", "html"]
FORMATS: tuple[Format, ...] = ("auto", "text", "html")


@dataclass(frozen=True, slots=True)
class Options:
    """Classifier settings, grouped (defaults are the module constants beside their use)."""

    shape: Shape = "auto"  # "page": a whole page's text; "extract": an extractor's output
    language: str | None = None  # None: detect each document's language
    fallback_language: str = DEFAULT_LANGUAGE  # for languages without lexicons
    mixed_drop_score: float = MIXED_DROP_SCORE
    use_packaged_rules: bool = True
    rule_seconds: float = DOCUMENT_SECONDS  # all rule patterns' time on one document


@dataclass(slots=True)
class CleanResult:
    """The cleaned article and the verdict on every input line."""

    # The compiled core's document (``cleaner._core.Doc``): every line's text, features,
    # evidence and labels. ``lines`` are made from it on first use.
    core: _core.Doc = field(repr=False)
    publisher: str | None
    language: str
    final_newline: bool = False
    # Every line's terminator where the input has a CR (``split_document``); None: ``\n``.
    line_ends: list[str] | None = field(default=None, repr=False)
    _text: str | None = field(default=None, repr=False)
    # HTML mode: the parsed page (its head's facts, how its bytes were decoded) and the
    # URL the caller gave.
    page: HtmlPage | None = field(default=None, repr=False)
    url: str | None = None
    _metadata: Metadata | None = field(default=None, repr=False)
    _lines: list[Line] | None = field(default=None, repr=False)

    @property
    def lines(self) -> list[Line]:
        """Every input line with its features, evidence (``reasons``) and labels."""
        if self._lines is None:
            self._lines = line_views(self.core)
        return self._lines

    @property
    def format(self) -> Format:
        return "text" if self.page is None else "html"

    @property
    def encoding(self) -> str | None:
        """How an HTML page's bytes were decoded: "utf-8 (<meta> charset)" and the like."""
        return self.page.decoded.describe() if self.page is not None else None

    @property
    def metadata(self) -> Metadata | None:
        """An HTML page's title, authors, date, language, site name and canonical URL, from
        its meta tags and JSON-LD (trafilatura's extractor and htmldate, run on first use:
        they parse the page again, a few times the cost of cleaning it). ``None`` for text."""
        if self.page is None:
            return None
        if self._metadata is None:
            from cleaner.html.metadata import extract_metadata

            self._metadata = extract_metadata(self.page, self.url, self.language)
        return self._metadata

    @property
    def text(self) -> str:
        """The article: headline, standfirst and body."""
        if self._text is None:
            self._text = self.core.render("article", self.final_newline, self.line_ends)
        return self._text

    @property
    def body(self) -> str:
        """The body alone: no headline, standfirst, byline or dateline."""
        return self.core.render("body", self.final_newline, self.line_ends)

    @property
    def dropped(self) -> list[Line]:
        drop = Label.DROP  # (labels.py)
        return [line for line in self.lines if line.label is drop]

    def tally(self) -> tuple[int, list[tuple[int, str, int]]]:
        """What a run counts, read from the core without making ``lines``: how many lines
        hold text, and each dropped line as (index, category, characters of its text), the
        category "boilerplate" where it has none."""
        with_text, dropped = self.core.tally()
        return with_text, [(i, category or "boilerplate", chars) for i, category, chars in dropped]

    def removed_by_category(self) -> Counter[str]:
        return Counter(category for _, category, _ in self.tally()[1])

    def explain(self) -> str:
        """One row per line: number, final label, first label, category, reasons, text
        (for an HTML page, first its encoding and metadata)."""
        rows = []
        if self.page is not None:
            rows.append(f"encoding: {self.encoding}")
            meta = self.metadata
            if meta is not None:
                rows.extend(f"{key}: {value}" for key, value in meta.rows())
        for line in self.lines:
            if line.label is Label.BLANK:
                continue
            category = line.category.value if line.category else "-"
            reasons = "; ".join(str(r) for r in line.reasons) or "-"
            rows.append(f"{line.index + 1:>4}  {line.label.value:<4}  "
                        f"first={line.first_label.value:<5} {category:<12} "
                        f"score={line.score:+.2f}  {reasons}\n      | {line.text}")
        return "\n".join(rows)

    def __str__(self) -> str:
        return self.text


def default_scorers() -> list[Scorer]:
    # RegionScorer reads the evidence of the others: it runs last. DomScorer scores HTML
    # pages only (it leaves text alone).
    return [LexiconScorer(), ActionScorer(), ShapeScorer(), BylineScorer(), RepetitionScorer(),
            PositionScorer(), DomScorer(), RegionScorer()]


class Cleaner:
    """Compiles rules and lexicons once; thread-safe (no per-call state is shared) and
    picklable (a worker process recompiles from the same folders)."""

    def __init__(self, rule_dirs: Iterable[str | Path] = (), *, options: Options | None = None,
                 scorers: Sequence[Scorer] | None = None) -> None:
        self.options = options or Options()
        if self.options.shape not in SHAPES:
            raise CleanerError(f"shape must be one of: {', '.join(SHAPES)}; "
                               f"got {self.options.shape!r}")
        # (resolved: a pickled Cleaner is rebuilt in workers that may run elsewhere)
        self.rule_dirs = tuple(Path(d).resolve() for d in rule_dirs)
        Deadline(self.options.rule_seconds)  # (a positive number of seconds, or CleanerError)
        folders = ([rules_dir() / "publishers"] if self.options.use_packaged_rules else [])
        self.rulebook = RuleBook.load([*folders, *self.rule_dirs])
        self._custom_scorers = scorers
        self._dom_tokens: TokenLexicon | None = None
        self.scorers: list[Scorer] = list(scorers) if scorers is not None else default_scorers()
        self.pipeline = Pipeline(self.scorers, self.options.mixed_drop_score)
        self._lexicons: dict[str, Lexicon] = {}
        self._lock = threading.RLock()
        self._warned: set[str] = set()
        self._languages = tuple(available_languages())
        self.lexicon(self.options.language or self.options.fallback_language)

    def __getstate__(self) -> dict[str, Any]:
        return {"rule_dirs": self.rule_dirs, "options": self.options,
                "scorers": self._custom_scorers}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(state["rule_dirs"], options=state["options"],  # type: ignore[misc]
                      scorers=state["scorers"])

    def lexicon(self, language: str) -> Lexicon:
        """The compiled lexicon of a language; one without lexicons falls back to the default."""
        lexicon = self._lexicons.get(language)
        if lexicon is None:
            with self._lock:
                fallback = self.options.fallback_language
                if language not in self._languages:
                    if language not in self._warned:
                        self._warned.add(language)
                        log.info("no lexicons for language %r; using %r (available: %s)",
                                 language, fallback, ", ".join(self._languages))
                    lexicon = self.lexicon(fallback) if language != fallback else load_lexicon(
                        language)
                else:
                    lexicon = load_lexicon(language)
                self._lexicons[language] = lexicon
        return lexicon

    def prepare_workers(self) -> None:
        """Make now what each worker forked from this process would otherwise make for
        itself and keep apart: the language identifier's rows (the workers share them)."""
        make_every_row(self._languages)

    def choose_publisher(self, texts: Sequence[str] | _core.Doc, url: str | None,
                         publisher: str | None,
                         deadline: Deadline | None = None) -> RuleSet | None:
        """The rule set a publisher's name chooses, else the URL's host's, else the one
        whose signatures the document (its lines' texts, or the core's document) matches."""
        if publisher:
            ruleset = self.rulebook.by_name(publisher)
            if ruleset is None:
                known = ", ".join(r.key for r in self.rulebook.rulesets)
                raise CleanerError(f"unknown publisher '{publisher}'; known: {known}")
            return ruleset
        if url:
            ruleset = self.rulebook.for_url(url)
            if ruleset is not None:
                return ruleset
        return self.rulebook.detect(texts, deadline=deadline)

    def clean(self, doc: str | bytes, *, url: str | None = None, publisher: str | None = None,
              language: str | None = None, format: Format = "auto",
              charset: str | None = None) -> CleanResult:
        """Clean one document: text (one paragraph per line; bytes must be UTF-8) or an HTML
        page (str, or bytes decoded as a browser would; ``charset``: the HTTP header's)."""
        if format not in FORMATS:
            raise CleanerError(f"format must be one of: {', '.join(FORMATS)}; got {format!r}")
        if format == "html" or (format == "auto" and looks_like_html(doc)):
            return self._clean_html(doc, url=url, publisher=publisher, language=language,
                                    charset=charset)
        text = decode(doc) if isinstance(doc, bytes) else doc
        # (no list of every line's text is made unless a rule's pattern runs on it; the
        # stages read the core's document)
        core, line_ends = split_core(text)
        deadline = Deadline(self.options.rule_seconds)  # detection and rules share it
        ruleset = self.choose_publisher(core, url, publisher, deadline)
        language = (language or (ruleset.language if ruleset and ruleset.language else None)
                    or self.options.language
                    or detect_language(core, self._languages)
                    or self.options.fallback_language)
        if ruleset is not None:
            mark_rules(core, ruleset.marks(core.texts(), deadline=deadline))
        document = Document([], [], self.lexicon(language), self.options.shape, url=url)
        self._classify(core, document)
        return CleanResult(core, ruleset.key if ruleset else None, document.lexicon.language,
                           final_newline=text.endswith(("\n", "\r")), line_ends=line_ends)

    def _classify(self, core: Any, doc: Document) -> None:
        """Score, classify, smooth, and name the article's parts, in the core's document
        (``doc``: the lexicon, shape, DOM and URL the stages read)."""
        core.shape = doc.shape
        core.language = doc.lexicon.language
        core.url = doc.url
        self.pipeline.run(core, doc)

    def _clean_html(self, doc: str | bytes, *, url: str | None, publisher: str | None,
                    language: str | None, charset: str | None) -> CleanResult:
        from cleaner.html.css_rules import CssRules, css_rules
        from cleaner.html.dom import analyse
        from cleaner.html.page import page_core, parse_page

        chosen: list[RuleSet | None] = [None]
        css: list[CssRules | None] = [None]
        deadline = Deadline(self.options.rule_seconds)  # detection and rules share it

        def before_walk(tree: Any, page: HtmlPage) -> None:
            # The publisher, from the URL, else the page's canonical link, og:url or
            # og:site_name: its CSS rules mark the tree before the walk.
            ruleset = (self.choose_publisher((), url or page.url, publisher, deadline)
                       if url or page.url or publisher else None)
            if ruleset is None and not url and page.site_name:
                ruleset = self.rulebook_by_site_name(page.site_name)
            chosen[0] = ruleset
            css[0] = css_rules(ruleset.key, ruleset.path) if ruleset is not None else None
            if css[0] is not None:
                css[0].mark(tree)

        page = parse_page(doc, charset, before_walk)
        core = page_core(page)
        texts = core.texts()
        ruleset = chosen[0]
        if ruleset is None and not publisher:
            ruleset = self.rulebook.detect(texts, deadline=deadline)  # (its signatures)
            rules = css_rules(ruleset.key, ruleset.path) if ruleset is not None else None
            if rules is not None:  # walk again, with its marks
                css[0] = rules
                page = parse_page(page.decoded, None, lambda tree, _: rules.mark(tree))
                core = page_core(page)
                texts = core.texts()
        language = (language or (ruleset.language if ruleset and ruleset.language else None)
                    or self.options.language or detect_language(texts, self._languages)
                    or self.options.fallback_language)
        if ruleset is not None:
            mark_rules(core, ruleset.marks(texts, deadline=deadline))
        # (the DOM analysis reads the lines as the rules left them: their features, flags)
        dom = analyse(page, core, self.dom_tokens, css[0])
        document = Document([], texts, self.lexicon(language), "page", dom, url=url or page.url)
        self._classify(core, document)
        return CleanResult(core, ruleset.key if ruleset else None, document.lexicon.language,
                           page=page, url=url)

    @property
    def dom_tokens(self) -> TokenLexicon:
        """The token lexicons of ``rules/dom/`` (loaded on the first HTML page)."""
        if self._dom_tokens is None:
            with self._lock:
                if self._dom_tokens is None:
                    from cleaner.html.tokens import TokenLexicon

                    self._dom_tokens = TokenLexicon(rules_dir() / "dom")
        return self._dom_tokens

    def rulebook_by_site_name(self, name: str) -> RuleSet | None:
        """The rule set whose publisher a page's og:site_name names (case set aside)."""
        key = name.strip().casefold()
        return next((r for r in self.rulebook.rulesets
                     if key in (r.publisher.casefold(), r.key.casefold())), None)

    def clean_batch(self, texts: Sequence[str], urls: Sequence[str | None] | None = None, *,
                    publisher: str | None = None, language: str | None = None,
                    format: Format = "auto") -> list[CleanResult]:
        """Clean several documents in order, in this process (``urls[i]`` goes with
        ``texts[i]``); the first document that cannot be cleaned raises its
        ``CleanerError``. For many processes, see ``clean`` folder and record runs."""
        if urls is None:
            urls = [None] * len(texts)
        elif len(urls) != len(texts):
            raise CleanerError(f"clean_batch: {len(texts)} texts but {len(urls)} urls")
        return [self.clean(text, url=url, publisher=publisher, language=language, format=format)
                for text, url in zip(texts, urls, strict=True)]


_MARKUP_START = re.compile(
    r"\A(?:\ufeff)?\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title)\b",
    re.IGNORECASE | re.DOTALL)
_MARKUP_TAGS = re.compile(r"<(?:html|body|head)\b", re.IGNORECASE)


def looks_like_html(doc: str | bytes) -> bool:
    """Whether a document is an HTML page: it opens with a doctype or an ``<html>``,
    ``<head>``, ``<body>``, ``<meta>`` or ``<title>`` tag, or holds an ``<html>`` or
    ``<body>`` tag within its first 4 KB."""
    sample = doc[:4096]
    if isinstance(sample, bytes):
        if b"<" not in sample:
            return False
        sample = sample.decode("latin-1")
    elif "<" not in sample:
        return False  # (plain text, most often: no tag at all)
    return bool(_MARKUP_START.match(sample) or _MARKUP_TAGS.search(sample))


_default: Cleaner | None = None
_default_lock = threading.Lock()


def default_cleaner() -> Cleaner:
    global _default
    if _default is None:
        with _default_lock:
            if _default is None:
                _default = Cleaner()
    return _default


def clean(doc: str | bytes, *, url: str | None = None, publisher: str | None = None,
          language: str | None = None, format: Format = "auto",
          charset: str | None = None) -> CleanResult:
    """Clean one document, text or HTML (``format``), with the packaged rules.
    ``str(result)`` is the article text."""
    return default_cleaner().clean(doc, url=url, publisher=publisher, language=language,
                                   format=format, charset=charset)
