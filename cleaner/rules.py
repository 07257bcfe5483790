"""Publisher rule sets: load and validate the YAML, choose a publisher, apply its rules.

A rule set is ``rules/publishers/<host>.yaml``, named by the ftr-site-config
convention: ``example.com.yaml`` covers the apex and ``www.``; ``.example.com.yaml``
any subdomain; ``sport.example.com.yaml`` that subdomain only. It is chosen by the
host of the document's URL when one is given, else by the publisher's textual
signatures (``detect``). Rule kinds: ``drop`` a line, ``drop_block`` from a start
line to an end line, ``cut_after`` / ``cut_before`` a marker line, ``protect`` a
line from removal. See ``rules/README.md`` for the format.
"""

from __future__ import annotations

import importlib.util
import math
import os
import re
import stat
import time
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Container, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple
from urllib.parse import unquote, urlsplit

from cleaner import _core
from cleaner.data import cache_dir, rules_dir, store_cached
from cleaner.errors import CleanerError, RuleError, RuleTimeoutError, UrlError
from cleaner.labels import DROP_CATEGORIES, KEEP_CATEGORIES, Category
from cleaner.lines import Line
from cleaner.patterns import line_starts
from cleaner.prefilter import folded, required_literals, spelt_out_size

if TYPE_CHECKING:
    # (yaml is imported to parse a rule file the cache has no record of; regex where a
    # pattern is compiled or a URL read: a run that does neither never imports it)
    import regex
    import yaml

# The time rule patterns may take on one document: publisher detection and every rule
# together. A sane rule set needs milliseconds even on a large document, its patterns
# running only on the lines that hold their literals (each packaged set 0.01-0.04 s on
# 10 MB; tests/test_rule_budget.py); a catastrophic pattern ((a+)+$ against a run of
# a's) never ends.
DOCUMENT_SECONDS = 1.0
# The share of it one rule (or signature) may take by default, so that the rule that is
# slow is the one named, not a sane one that runs after it.
RULE_SHARE = 0.5
DEFAULT_MAX_BLOCK_LINES = 40
_SCHEMA_TEXT = Path(__file__).with_name("ruleset.schema.json").read_text("utf-8")


class Deadline:
    """The time budget of one document's rule patterns: ``seconds`` for all of them
    (publisher detection and every rule), ``rule_seconds`` (by default half of it) for any
    one rule or signature. Only the matching's own time is counted, so a deadline may be
    made before a document's other work. Make one per document and pass it to
    ``RuleBook.detect`` and ``RuleSet.apply``. Past either budget the running pattern is
    stopped (the ``regex`` package's ``timeout=``, given what is left) and raises
    ``RuleTimeoutError``: the document fails, naming the rule, its file and line."""

    __slots__ = ("_heaviest", "rule_seconds", "seconds", "spent")

    def __init__(self, seconds: float = DOCUMENT_SECONDS,
                 rule_seconds: float | None = None) -> None:
        if rule_seconds is None:
            rule_seconds = seconds * RULE_SHARE if _positive(seconds) else seconds
        for name, value in (("seconds", seconds), ("rule_seconds", rule_seconds)):
            if not _positive(value):
                raise CleanerError(f"Deadline {name} must be a positive, finite number of "
                                   f"seconds; got {value!r}")
        self.seconds = float(seconds)
        self.rule_seconds = float(rule_seconds)
        self.spent = 0.0
        self._heaviest: tuple[float, Matcher | None] = (0.0, None)

    def clock(self, matcher: Matcher) -> _Clock:
        """Start timing one rule's (or signature's) run: ``matcher`` stands for it."""
        return _Clock(self, matcher)


def _positive(value: object) -> bool:
    return (isinstance(value, (int, float)) and not isinstance(value, bool)
            and math.isfinite(value) and value > 0)


class _Clock:
    """One rule's run under a ``Deadline``; ``left()`` is the timeout for its next search."""

    __slots__ = ("_began", "_by_rule", "_limit", "deadline", "matcher")

    def __init__(self, deadline: Deadline, matcher: Matcher) -> None:
        self.deadline = deadline
        self.matcher = matcher
        document_left = deadline.seconds - deadline.spent
        self._by_rule = deadline.rule_seconds < document_left
        self._limit = min(document_left, deadline.rule_seconds)
        self._began = time.perf_counter()

    def __enter__(self) -> _Clock:
        return self

    def __exit__(self, *exc: object) -> None:
        took = time.perf_counter() - self._began
        deadline = self.deadline
        deadline.spent += took
        if took > deadline._heaviest[0]:
            deadline._heaviest = (took, self.matcher)

    def left(self) -> float:
        """Seconds left for this rule; raises ``TimeoutError`` when none are."""
        left = self._limit - (time.perf_counter() - self._began)
        if left <= 0:  # (regex takes a timeout of 0 as "stop now", a negative one as none)
            raise TimeoutError
        return left

    def error(self, matcher: Matcher, input_line: int | None) -> RuleTimeoutError:
        deadline = self.deadline
        heaviest = None
        if not self._by_rule:
            took, other = deadline._heaviest
            if other is not None and (other.path, other.owner) != (
                    self.matcher.path, self.matcher.owner):
                heaviest = (f"{other.describe()} ({other.path}:{other.line}) had taken "
                            f"{took:.2g}s of it")
        return RuleTimeoutError(
            matcher.rule_id, matcher.path, matcher.line, matcher.key, input_line,
            "rule" if self._by_rule else "document",
            deadline.rule_seconds if self._by_rule else deadline.seconds, heaviest)


@cache
def _pattern(text: str, ignore_case: bool, multiline: bool = False) -> regex.Pattern[str]:
    """A rule's pattern (the ``regex`` package's version 1 syntax), compiled on first use
    (most never run: their literals are not in the document) and kept."""
    import regex

    return regex.compile(text, regex.VERSION1 | (regex.IGNORECASE if ignore_case else 0)
                         | (regex.MULTILINE if multiline else 0))


@dataclass(frozen=True, slots=True)
class Matcher:
    """A line pattern (literal, prefix, contains or regex) from a rule file: ``text`` in
    the ``regex`` package's syntax, compiled on first use (``load_ruleset`` compiled it
    once to check it, in this process or, for the same text of the file, an earlier one)."""

    kind: str
    source: str
    text: str
    ignore_case: bool
    owner: str  # the rule id, or "detect" for a publisher signature
    path: str
    # Texts every match holds, folded, longest first (cleaner.prefilter): a substring
    # test for them rules out most documents before the pattern runs.
    literals: tuple[str, ...] = ()
    line: int = 0  # where the pattern is in its rule file, and its key there
    key: str = ""

    @property
    def pattern(self) -> regex.Pattern[str]:
        return _pattern(self.text, self.ignore_case)

    @property
    def doc_pattern(self) -> regex.Pattern[str]:
        """The same, MULTILINE, to search a whole document at once."""
        return _pattern(self.text, self.ignore_case, multiline=True)

    @property
    def required(self) -> str | None:
        """The longest of the ``literals`` (the lines that hold it are the pattern's
        candidates: ``_Texts``), or ``None``."""
        return self.literals[0] if self.literals else None

    def may_match(self, present: Container[str]) -> bool:
        """Whether a document may match: ``present`` (see ``in_document``) holds every one
        of the ``literals``."""
        return all(literal in present for literal in self.literals)

    @property
    def rule_id(self) -> str | None:
        return None if self.owner == "detect" else self.owner

    def describe(self) -> str:
        return f"rule '{self.owner}'" if self.owner != "detect" else f"signature {self.key}"

    def in_document(self, joined: str, present: Container[str],
                    clock: _Clock | None = None) -> bool:
        """Whether any line of a document (stripped lines joined by newlines) matches.
        ``present`` answers ``literal in present`` for the ``literals``: the document
        ``folded``, or the literals found in it (``RuleBook.detect``). ``clock`` times the
        search (by default, a fresh ``Deadline``'s)."""
        if not self.may_match(present):
            return False
        clock = clock or Deadline().clock(self)
        try:
            return self.doc_pattern.search(joined, timeout=clock.left()) is not None
        except TimeoutError:
            raise clock.error(self, None) from None

    def matches(self, line: str, number: int, clock: _Clock | None = None) -> bool:
        """Whether the line matches; ``number`` (from 0) is its place in the document, for
        a timeout's message; ``clock`` times the search (by default, a fresh
        ``Deadline``'s)."""
        clock = clock or Deadline().clock(self)
        try:
            return self.pattern.search(line, timeout=clock.left()) is not None
        except TimeoutError:
            raise clock.error(self, number + 1) from None


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    kind: str  # drop | protect | drop_block | cut_after | cut_before
    category: Category
    matcher: Matcher  # the line matcher, block start or cut marker
    end: Matcher | None = None
    max_lines: int = DEFAULT_MAX_BLOCK_LINES
    include_marker: bool = True
    last: bool = False
    description: str = ""
    examples: dict[str, list[str]] = field(default_factory=dict)
    line: int = 0  # where the rule starts in its rule file


@dataclass(frozen=True, slots=True)
class RuleSet:
    key: str  # the file name's host part, e.g. "independent.co.uk"
    publisher: str
    path: str
    hosts: tuple[str, ...]
    detect: tuple[Matcher, ...]
    min_matches: int
    rules: tuple[Rule, ...]
    tests: tuple[dict[str, Any], ...]
    language: str | None = None

    def signature_count(self, joined: str, present: Container[str],
                        deadline: Deadline | None = None) -> int:
        """How many of the signatures match the document, each timed by ``deadline``
        (one that cannot, its literals not all ``present``, does not run)."""
        deadline = deadline or Deadline()
        count = 0
        for matcher in self.detect:
            if matcher.may_match(present):
                with deadline.clock(matcher) as clock:
                    count += matcher.in_document(joined, present, clock)
        return count

    def marks(self, texts: list[str], *, deadline: Deadline | None = None) -> list[Mark]:
        """What this publisher's rules say of a document's lines (``texts``: each line's
        stripped text), in the order they apply. ``deadline`` (by default a fresh one:
        ``DOCUMENT_SECONDS``) bounds the patterns' time; past it, ``RuleTimeoutError``, and
        no mark is returned."""
        deadline = deadline or Deadline()
        lines = _Texts(texts)
        spans = []
        for rule in self.rules:
            for matcher in (rule.matcher, rule.end):
                if matcher is not None:  # (not timed: a linear search, that cannot hang)
                    lines.candidates(matcher)
            with deadline.clock(rule.matcher) as clock:
                spans.append(_rule_span(rule, lines, clock))
        marks: list[Mark] = []
        for rule, span in zip(self.rules, spans, strict=True):
            code = f"rule:{self.key}/{rule.id}"
            protect = rule.kind == "protect"
            detail = rule.description or ("protected line" if protect else rule.kind)
            category = None if protect else rule.category
            marks.extend(Mark(i, protect, category, code, detail) for i in span if texts[i])
        return marks

    def apply(self, lines: list[Line], *, deadline: Deadline | None = None) -> None:
        """Mark the lines this publisher's rules protect (kept whatever follows, -10) or drop
        (``forced``, +10, unless a rule dropped it already); see ``marks``."""
        apply_marks(lines, self.marks([line.text for line in lines], deadline=deadline))


def apply_marks(lines: list[Line], marks: list[Mark]) -> None:
    """Publisher rules' verdicts on ``Line`` objects (the core's ``Doc.mark_rule`` does the
    same on its lines)."""
    for i, protect, category, code, detail in marks:
        line = lines[i]
        if protect:
            line.protected = True
            line.add(-10.0, None, code, detail)
        elif not line.forced:
            line.forced = True
            line.add(10.0, category, code, detail)


class Mark(NamedTuple):
    """A publisher rule's verdict on one line."""

    line: int
    protect: bool  # kept whatever follows; otherwise dropped
    category: Category | None
    code: str  # rule:<publisher>/<rule id>
    detail: str


class _Texts:
    """A document's line texts, and for each pattern the lines it may match: those that
    hold its required literal (``cleaner.prefilter``), found by ``str.find`` in the folded
    document, much faster than the pattern. Most rules' patterns then run on a few lines,
    not on every line of the document."""

    __slots__ = ("_folded", "_holding", "_starts", "texts")

    def __init__(self, texts: list[str]) -> None:
        self.texts = texts
        self._folded = ""
        self._starts: list[int] = []
        self._holding: dict[str | None, list[int]] = {}

    def candidates(self, matcher: Matcher) -> list[int]:
        """The numbers of the lines ``matcher`` may match, in order (never an empty one)."""
        literal = matcher.required
        found = self._holding.get(literal)
        if found is not None:
            return found
        if literal is None:
            found = [i for i, text in enumerate(self.texts) if text]
        else:
            if not self._starts:
                # (folded line by line: the same text, as folding is per character and
                # keeps the newlines, without casefold's buffer of 12 bytes a character
                # for the whole document at once)
                self._folded = "\n".join(map(folded, self.texts))
                self._starts = line_starts(self._folded)
            document, starts = self._folded, self._starts
            found = []
            at = document.find(literal)
            while at >= 0:  # (one hit a line is enough: on from the next line's start)
                line = bisect_right(starts, at) - 1
                found.append(line)
                at = document.find(literal, starts[line + 1])
        self._holding[literal] = found
        return found


def _rule_span(rule: Rule, lines: _Texts, clock: _Clock) -> Sequence[int]:
    texts = lines.texts
    matcher = rule.matcher
    if rule.kind in ("drop", "protect"):
        return [i for i in lines.candidates(matcher) if matcher.matches(texts[i], i, clock)]
    if rule.kind == "drop_block":
        assert rule.end is not None
        ends = lines.candidates(rule.end)
        span: list[int] = []
        for i in lines.candidates(matcher):
            if (span and i <= span[-1]) or not matcher.matches(texts[i], i, clock):
                continue  # (inside the block before)
            k = bisect_left(ends, i)
            while k < len(ends) and ends[k] <= i + rule.max_lines:
                j = ends[k]
                if rule.end.matches(texts[j], j, clock):
                    span.extend(range(i, j + 1))
                    break
                k += 1
        return span
    marker = next((i for i in (reversed(lines.candidates(matcher)) if rule.last
                               else lines.candidates(matcher))
                   if matcher.matches(texts[i], i, clock)), None)
    if marker is None:
        return []
    if rule.kind == "cut_after":
        return range(marker if rule.include_marker else marker + 1, len(texts))
    return range(0, marker + 1 if rule.include_marker else marker)


# --- loading and validation -------------------------------------------------------------


def _yaml_loader() -> Any:
    """libyaml's parser where PyYAML was built with it (ten times faster), else PyYAML's."""
    import yaml

    return getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _node_at(node: yaml.Node, path: Sequence[Any]) -> yaml.Node:
    """The YAML node at a JSON path, for error line numbers (as deep as it exists)."""
    import yaml

    for step in path:
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                if key.value == step:
                    node = value
                    break
            else:
                return node
        elif (isinstance(node, yaml.SequenceNode) and isinstance(step, int)
              and step < len(node.value)):
            node = node.value[step]
        else:
            return node
    return node


def _key_path(path: Sequence[Any]) -> str:
    out = ""
    for step in path:
        out += f"[{step}]" if isinstance(step, int) else (f".{step}" if out else str(step))
    return out or "(top level)"


def _line_of(root: yaml.Node, path: Sequence[Any]) -> int:
    return _node_at(root, path).start_mark.line + 1


def _compile(spec: dict[str, Any], owner: str, where: str, line_of: Callable[[list[Any]], int],
             path: list[Any], check: bool = True) -> Matcher:
    """A rule file's line pattern; ``check``: compile it now (a fault raises ``RuleError``),
    else on first use (a text of the file that loaded before)."""
    kind = next(k for k in ("literal", "prefix", "contains", "regex") if k in spec)
    source = spec[kind]
    ignore_case = bool(spec.get("ignore_case", True))
    if kind == "regex":
        text = source
    else:
        # Any run of whitespace in the rule matches any run in the text (NBSP included).
        # (``re.escape`` writes what the ``regex`` package's escape writes, but for white
        # space, which a word holds none of.)
        text = r"\s+".join(re.escape(word) for word in source.split())
        text = {"literal": f"^(?:{text})$", "prefix": f"^(?:{text})", "contains": text}[kind]
    line, key = line_of([*path, kind]), _key_path([*path, kind])
    atoms = spelt_out_size(text)
    if atoms > MAX_REGEX_ATOMS:
        raise RuleError(where, line, key, f"regex {source[:80]!r} spells out {atoms:,} atoms "
                        f"through its counted repeats ({{n}}), more than {MAX_REGEX_ATOMS:,}: "
                        "it would take long to compile and much memory; use + or * instead "
                        "of a large count")
    if check:
        import regex

        try:
            _pattern(text, ignore_case)
        except regex.error as exc:
            raise RuleError(where, line, key, f"invalid regex {source!r}: {exc}") from None
    return Matcher(kind, source, text, ignore_case, owner, where, required_literals(kind, source),
                   line, key)


@cache
def _validator() -> Any:
    import json

    import jsonschema

    return jsonschema.Draft202012Validator(json.loads(_SCHEMA_TEXT))


def _package_stamp(name: str) -> str:
    """Which version of a package is installed, without importing it (or
    importlib.metadata, 0.02 s): its package file's path, size and time."""
    spec = importlib.util.find_spec(name)
    if spec is None or spec.origin is None:
        return "missing"
    stat = os.stat(spec.origin)
    return f"{spec.origin}:{stat.st_size}:{stat.st_mtime_ns}"


@cache
def _loader_stamp() -> bytes:
    """What loading a rule file depends on besides its text: this module's code, the
    schema, and the jsonschema, PyYAML and regex installed."""
    import hashlib

    parts = [Path(__file__).read_text("utf-8"), _SCHEMA_TEXT, _package_stamp("jsonschema"),
             _package_stamp("yaml"), _package_stamp("regex")]
    return hashlib.sha256("\0".join(parts).encode("utf-8")).digest()


# Records of rule files' texts that loaded whole, kept in the cache.
MAX_VALIDATED_MARKS = 256


def _validated_mark(content: str) -> Path | None:
    """Where the cache (``cleaner.data.cache_dir``) keeps the record of a rule file's text
    that loaded whole (``_remember_ruleset``), or ``None`` with no cache. Such a text is
    not parsed or checked again: importing PyYAML costs a start-up about 0.01 s,
    jsonschema 0.05 s, compiling every pattern 0.01 s (they compile on first use)."""
    cache = cache_dir()
    if cache is None:
        return None
    import hashlib

    digest = hashlib.sha256(_loader_stamp())
    digest.update(content.encode("utf-8", "surrogatepass"))
    return cache / "rules-valid" / f"{digest.hexdigest()[:32]}.json"


def _recall_ruleset(mark: Path | None) -> tuple[dict[str, Any], dict[str, int]] | None:
    """A rule file's data and the line of each of its patterns and rules, from the
    cache's record of its text (``None``: no record, or one that cannot be read)."""
    if mark is None:
        return None
    import json

    try:
        record = json.loads(mark.read_bytes())
        data, lines = record["data"], record["lines"]
    except (OSError, ValueError, TypeError, KeyError):
        return None
    if not isinstance(data, dict) or not isinstance(lines, dict):
        return None
    return data, lines


def _remember_ruleset(mark: Path, data: dict[str, Any], lines: dict[str, int]) -> None:
    """Record a rule file's text that loaded whole: its data (which a valid file's YAML
    gives as JSON's types) and the line of each of its patterns and rules."""
    import json

    try:
        record = json.dumps({"data": data, "lines": lines}, ensure_ascii=False)
    except (TypeError, ValueError):  # (a value JSON cannot hold: no record)
        return
    store_cached(mark, record.encode("utf-8"), keep=MAX_VALIDATED_MARKS)


def _schema_error(data: Any) -> Any:
    """The error that best says how a rule file breaks the schema, or ``None``."""
    import jsonschema

    return jsonschema.exceptions.best_match(_validator().iter_errors(data))


# A rule file's limits: far beyond any real one (the packaged files are 1-2 KB, nested 6
# deep, with 2-20 atoms a regex), near enough that no file can fill memory, overflow the
# stack (libyaml's composer recurses in C), make the schema check walk millions of nodes
# (it walks an aliased node each time it is used) or take long to compile (regex spells
# out counted repeats: a{1000000} takes 0.7 s).
MAX_RULE_FILE_BYTES = 128 * 1024
MAX_YAML_DEPTH = 32
MAX_YAML_NODES = 50_000
MAX_REGEX_ATOMS = 200_000
_STR_TAG = "tag:yaml.org,2002:str"


def _read_rule_file(path: Path) -> str:
    """The text of a rule file. Opened without blocking and checked to be a regular
    file first: reading a FIFO would wait for a writer for ever."""
    where = str(path)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as exc:
        raise RuleError(where, None, None, f"cannot open: {exc.strerror or exc}") from None
    try:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):
            raise RuleError(where, None, None, "is a folder, not a rule file: a rule folder "
                            "holds <host>.yaml files; rename or move this folder")
        if not stat.S_ISREG(mode):
            raise RuleError(where, None, None, "is not a regular file (a FIFO, socket or "
                            "device); a rule file is a UTF-8 text file")
        chunks, size = [], 0
        while size <= MAX_RULE_FILE_BYTES:
            chunk = os.read(fd, MAX_RULE_FILE_BYTES + 1 - size)
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    except OSError as exc:
        raise RuleError(where, None, None, f"cannot read: {exc.strerror or exc}") from None
    finally:
        os.close(fd)
    data = b"".join(chunks)
    if len(data) > MAX_RULE_FILE_BYTES:
        raise RuleError(where, None, None, f"is larger than {MAX_RULE_FILE_BYTES // 1024} KiB, "
                        "the most a rule file may be (a publisher's rules take a few KB): "
                        "is it a rule file? remove rules it does not need")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        raise RuleError(where, line, None, f"not UTF-8 text: byte 0x{data[exc.start]:02X} "
                        f"(column {column}) is not UTF-8; save the file as UTF-8") from None


def _check_shape(content: str, where: str) -> None:
    """Refuse YAML nested deeper than ``MAX_YAML_DEPTH``, holding more than
    ``MAX_YAML_NODES`` nodes once its aliases are expanded, or with an alias inside the
    node it names: before the node tree is built, on libyaml's event stream."""
    sizes: dict[str, int] = {}  # each anchor's node count, expanded
    open_: list[tuple[str | None, int]] = []  # collections open: anchor, count at start
    nodes = 0
    import yaml

    for event in yaml.parse(content, Loader=_yaml_loader()):
        line = event.start_mark.line + 1 if event.start_mark else None
        if isinstance(event, yaml.AliasEvent):
            if any(anchor == event.anchor for anchor, _ in open_):
                raise RuleError(where, line, None, f"alias *{event.anchor} is inside the "
                                f"node &{event.anchor} it names (a loop); rule files "
                                "cannot hold loops")
            nodes += sizes.get(event.anchor or "", 1)
        elif isinstance(event, yaml.CollectionStartEvent):
            nodes += 1
            if len(open_) == MAX_YAML_DEPTH:
                raise RuleError(where, line, None, f"nested more than {MAX_YAML_DEPTH} deep; "
                                "a rule file is nested about 6 deep (rules/README.md)")
            open_.append((event.anchor, nodes))
        elif isinstance(event, yaml.CollectionEndEvent):
            anchor, first = open_.pop()
            if anchor is not None:
                sizes[anchor] = nodes - first + 1
        elif isinstance(event, yaml.ScalarEvent):
            nodes += 1
            if event.anchor is not None:
                sizes[event.anchor] = 1
        if nodes > MAX_YAML_NODES:
            raise RuleError(where, line, None, f"holds more than {MAX_YAML_NODES} YAML nodes "
                            "with its aliases (*name) expanded; a rule file holds a few "
                            "hundred: repeat less through aliases")


def _check_keys(root: yaml.Node, where: str) -> None:
    """Every mapping key is text, and none is given twice (YAML keeps the last one alone,
    so the first, a rule's ``drop:`` say, would be lost without a word)."""
    import yaml

    todo: list[tuple[yaml.Node, list[Any]]] = [(root, [])]
    seen: set[int] = set()
    while todo:
        node, path = todo.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        if isinstance(node, yaml.SequenceNode):
            todo.extend((item, [*path, n]) for n, item in enumerate(node.value))
        elif isinstance(node, yaml.MappingNode):
            first: dict[str, int] = {}
            for key, value in node.value:
                line = key.start_mark.line + 1
                if key.tag == "tag:yaml.org,2002:merge":  # <<: *name
                    continue
                if not isinstance(key, yaml.ScalarNode) or key.tag != _STR_TAG:
                    kind = key.tag.rsplit(":", 1)[-1]
                    shown = f"'{key.value}'" if isinstance(key, yaml.ScalarNode) else "this"
                    raise RuleError(where, line, _key_path(path), f"key {shown} is read by "
                                    f"YAML as a {kind}, not a name; keys are names such as "
                                    "publisher or rules (quote it if a name is meant)")
                if key.value in first:
                    raise RuleError(where, line, _key_path([*path, key.value]),
                                    f"given twice (first on line {first[key.value]}); YAML "
                                    "would keep only the last: remove one")
                first[key.value] = line
                todo.append((value, [*path, key.value]))


def load_ruleset(path: Path) -> RuleSet:
    """Parse, validate and compile one rule file; any fault raises ``RuleError``. A text
    that loaded whole before is built from the cache's record of it (its data and the
    lines its patterns and rules are on: ``_recall_ruleset``), not parsed or checked
    again."""
    where = str(path)
    content = _read_rule_file(path)
    mark = _validated_mark(content)
    known = _recall_ruleset(mark)
    if known is not None:
        data, lines = known
        return _ruleset(path, data, lambda p: lines[_key_path(p)], check=False)
    data, root = _parse(content, where)
    _check_schema(data, root, where)
    lines = {}

    def line_of(p: list[Any]) -> int:
        line = lines[_key_path(p)] = _line_of(root, p)
        return line

    ruleset = _ruleset(path, data, line_of, check=True)
    if mark is not None:
        _remember_ruleset(mark, data, lines)
    return ruleset


def _parse(content: str, where: str) -> tuple[dict[str, Any], yaml.Node]:
    """A rule file's data and its node tree (for line numbers), in one parse."""
    import yaml

    loader = _yaml_loader()(content)
    try:
        _check_shape(content, where)
        root = loader.get_single_node()
        if root is not None:
            _check_keys(root, where)
        data = loader.construct_document(root) if root is not None else None
    except yaml.reader.ReaderError as exc:
        raise RuleError(where, content.count("\n", 0, exc.position) + 1, None,
                        f"not valid YAML: {exc.reason} (character #x{exc.character:04X})"
                        ) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or str(exc)
        raise RuleError(where, mark.line + 1 if mark else None, None,
                        f"not valid YAML: {problem}") from None
    finally:
        loader.dispose()
    if root is None:
        raise RuleError(where, 1, None, "is empty; a rule file is a mapping with keys "
                        "publisher, rules and tests (rules/README.md)")
    if not isinstance(data, dict):
        raise RuleError(where, 1, None, "a rule file must be a mapping with keys "
                        "publisher, rules and tests")
    return data, root


def _check_schema(data: dict[str, Any], root: yaml.Node, where: str) -> None:
    """A rule file's data against the schema: the error that best says how it breaks it,
    with its line and key, raised."""
    import yaml

    error = _schema_error(data)
    if error is None:
        return
    epath = list(error.absolute_path)
    reason = error.message
    if error.validator == "additionalProperties" and isinstance(error.instance, dict):
        allowed = sorted(error.schema.get("properties", {}))
        extra = [k for k in error.instance if k not in allowed]
        if extra:
            epath.append(extra[0])
            reason = f"unknown key '{extra[0]}'; allowed here: {', '.join(allowed)}"
    elif error.validator == "type":
        node = _node_at(root, epath)
        if (isinstance(node, yaml.ScalarNode) and not node.style  # (plain: None or "")
                and node.tag != _STR_TAG):
            reason += (f" (YAML reads the bare {node.value} as a "
                       f"{node.tag.rsplit(':', 1)[-1]}: write '{node.value}' for text)")
    elif error.validator == "oneOf" and isinstance(error.instance, dict):
        kinds = [next(iter(s["required"])) for s in error.schema["oneOf"]]
        present = [k for k in kinds if k in error.instance]
        reason = (f"needs exactly one of: {', '.join(kinds)}"
                  + (f" (found {', '.join(present)})" if present else ""))
    raise RuleError(where, _line_of(root, epath), _key_path(epath), reason)


def _ruleset(path: Path, data: dict[str, Any], line_of: Callable[[list[Any]], int], *,
             check: bool) -> RuleSet:
    """The rule set of a rule file's valid data (``line_of``: the line of the node at a
    path); ``check``: compile every pattern now (else on first use) and check what the
    schema does not (rule ids, categories)."""
    where = str(path)
    key = path.name.removesuffix(".yaml")
    hosts = tuple(h.lower() for h in (key, *data.get("hosts", ())))  # (URL hosts are)
    detect_spec = data.get("detect") or {"patterns": []}
    detect = tuple(
        _compile(m, "detect", where, line_of, ["detect", "patterns", n], check)
        for n, m in enumerate(detect_spec["patterns"])
    )
    rules: list[Rule] = []
    seen: set[str] = set()
    for n, spec in enumerate(data["rules"]):
        rpath: list[Any] = ["rules", n]
        if spec["id"] in seen:
            raise RuleError(where, line_of([*rpath, "id"]), _key_path([*rpath, "id"]),
                            f"duplicate rule id '{spec['id']}'")
        seen.add(spec["id"])
        kind = next(k for k in ("drop", "protect", "drop_block", "cut_after", "cut_before")
                    if k in spec)
        categories = KEEP_CATEGORIES if kind == "protect" else DROP_CATEGORIES
        if spec["category"] not in {c.value for c in categories}:
            raise RuleError(where, line_of([*rpath, "category"]),
                            _key_path([*rpath, "category"]),
                            f"'{spec['category']}' is not allowed for a {kind} rule; one of: "
                            f"{', '.join(sorted(c.value for c in categories))}")
        body = spec[kind]
        end = None
        if kind == "drop_block":
            matcher = _compile(body["start"], spec["id"], where, line_of,
                               [*rpath, kind, "start"], check)
            end = _compile(body["end"], spec["id"], where, line_of, [*rpath, kind, "end"],
                           check)
        elif kind in ("cut_after", "cut_before"):
            matcher = _compile(body["marker"], spec["id"], where, line_of,
                               [*rpath, kind, "marker"], check)
        else:
            matcher = _compile(body, spec["id"], where, line_of, [*rpath, kind], check)
        default_last = kind == "cut_after"  # cut as little as possible by default
        rules.append(Rule(
            id=spec["id"], kind=kind, category=Category(spec["category"]), matcher=matcher,
            end=end,
            max_lines=body.get("max_lines", DEFAULT_MAX_BLOCK_LINES) if kind == "drop_block"
            else DEFAULT_MAX_BLOCK_LINES,
            include_marker=body.get("include_marker", True) if kind.startswith("cut") else True,
            last=(body.get("occurrence", "last" if default_last else "first") == "last")
            if kind.startswith("cut") else False,
            description=spec.get("description", ""),
            examples=spec.get("examples", {}),
            line=line_of(rpath),
        ))
    return RuleSet(
        key=key, publisher=data["publisher"], path=where, hosts=hosts, detect=detect,
        min_matches=detect_spec.get("min_matches", 1), rules=tuple(rules),
        tests=tuple(data["tests"]), language=data.get("language"),
    )


@dataclass(frozen=True, slots=True)
class RuleBook:
    """Every publisher rule set in force, with look-up by URL and detection by text."""

    rulesets: tuple[RuleSet, ...]
    # Every rule set's signatures' literals, a group per signature in order, found in a
    # document in one pass (``detect``); and the rule set of each signature.
    _literals: _core.LiteralFilter = field(init=False, repr=False, compare=False)
    _owners: tuple[int, ...] = field(init=False, repr=False, compare=False)
    # The rule sets (their indexes) by the host names they cover: a name as written, and
    # with "www." (``hosts``'s plain entries); a domain and every name under it (its
    # entries that start with a dot). ``for_host`` looks a host up in them.
    _by_host: dict[str, tuple[int, ...]] = field(init=False, repr=False, compare=False)
    _by_domain: dict[str, tuple[int, ...]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        signatures = [(k, matcher) for k, ruleset in enumerate(self.rulesets)
                      for matcher in ruleset.detect]
        object.__setattr__(self, "_literals",
                           _core.LiteralFilter([m.literals for _, m in signatures]))
        object.__setattr__(self, "_owners", tuple(k for k, _ in signatures))
        by_host: dict[str, list[int]] = {}
        by_domain: dict[str, list[int]] = {}
        for k, ruleset in enumerate(self.rulesets):
            for pattern in ruleset.hosts:
                if pattern.startswith("."):
                    by_domain.setdefault(pattern[1:], []).append(k)
                else:
                    for name in (pattern, "www." + pattern):
                        by_host.setdefault(name, []).append(k)
        object.__setattr__(self, "_by_host", {h: tuple(ks) for h, ks in by_host.items()})
        object.__setattr__(self, "_by_domain", {d: tuple(ks) for d, ks in by_domain.items()})

    def __getstate__(self) -> tuple[RuleSet, ...]:
        return self.rulesets

    def __setstate__(self, rulesets: tuple[RuleSet, ...]) -> None:
        object.__setattr__(self, "rulesets", rulesets)
        self.__post_init__()

    @classmethod
    def load(cls, folders: Iterable[str | Path]) -> RuleBook:
        """The rule files (``*.yaml``) of each folder; a later folder's file overrides an
        earlier one's of the same name. Any fault raises ``RuleError``."""
        found: dict[str, RuleSet] = {}
        for folder in map(Path, folders):
            for path in _rule_files(folder):
                ruleset = load_ruleset(path)
                found[ruleset.key] = ruleset
        return cls(tuple(found.values()))

    def by_name(self, name: str) -> RuleSet | None:
        """The rule set a name chooses, or ``None``: a file's name without ``.yaml``
        (``example.com``, ``.example.org``), else a publisher's name (in any case), else
        the most specific file that covers the name as a host (as ``for_url``)."""
        wanted = name.strip()
        for ruleset in self.rulesets:
            if wanted and wanted.lower() == ruleset.key.lower():
                return ruleset
        for ruleset in self.rulesets:
            if wanted and wanted.casefold() == ruleset.publisher.strip().casefold():
                return ruleset
        try:
            host = _ascii_host(wanted, wanted)
        except UrlError:
            return None  # no host name
        return self.for_host(host) if host else None

    def for_url(self, url: str) -> RuleSet | None:
        """The rule set of the URL's host (``url_host``): the most specific file that covers
        it, ``sport.example.com`` before ``.example.com``; ``None`` if none does or the URL
        has no host. A URL that cannot be read raises ``UrlError``."""
        host = url_host(url)
        return self.for_host(host) if host else None

    def for_host(self, host: str) -> RuleSet | None:
        host = host.lower().rstrip(".")
        found = set(self._by_host.get(host, ()))
        labels = host.split(".")
        for i in range(len(labels)):  # (the host and each domain above it)
            found.update(self._by_domain.get(".".join(labels[i:]), ()))
        matches = [self.rulesets[k] for k in sorted(found)]
        return max(matches, key=lambda r: len(r.key), default=None)

    def detect(self, lines: Sequence[str] | _core.Doc, *,
               deadline: Deadline | None = None) -> RuleSet | None:
        """The rule set whose signatures match the document most (at least its
        ``min_matches``), or ``None``. ``lines``: the document's stripped lines, or the
        core's document (its lines' texts are made only if a signature's pattern runs).
        ``deadline`` (by default a fresh one) bounds the signatures' time; past it,
        ``RuleTimeoutError``."""
        best, best_count = None, 0
        # The signatures whose literals the folded document holds (cleaner.prefilter),
        # found by the core in one pass; only their rule sets' patterns run.
        candidates, present = self._literals.search(lines)
        joined = None
        for k in sorted({self._owners[n] for n in candidates}):
            ruleset = self.rulesets[k]
            if joined is None:
                joined = (lines.joined_text() if isinstance(lines, _core.Doc)
                          else "\n".join(lines))
            deadline = deadline or Deadline()
            count = ruleset.signature_count(joined, present, deadline)
            if count >= ruleset.min_matches and count > best_count:
                best, best_count = ruleset, count
        return best


# The schemes whose URLs must have a host.
_NEEDS_HOST = frozenset({"http", "https", "ftp", "ws", "wss"})


class _UrlPatterns(NamedTuple):
    # An http(s) URL whose authority is a bare host of ASCII letters, digits, dots and
    # hyphens (no user, port, brackets, escapes or characters urlsplit removes): its host
    # is that.
    plain_http: regex.Pattern[str]
    # A scheme that is followed by "//" and an authority (http://host/...), and an opaque
    # one (mailto:, urn:, data:; no host).
    hierarchical: regex.Pattern[str]
    opaque: regex.Pattern[str]
    host_chars: regex.Pattern[str]  # a host name's, once in its ASCII form


@cache
def _url_patterns() -> _UrlPatterns:
    """Compiled where a URL is first read (a run without URLs never imports ``regex``)."""
    import regex

    return _UrlPatterns(
        plain_http=regex.compile(r"https?://([a-z0-9.-]+)(?=[/?#]|\Z)",
                                 regex.IGNORECASE | regex.ASCII),
        hierarchical=regex.compile(r"[a-z][a-z0-9+.-]*://", regex.IGNORECASE),
        opaque=regex.compile(r"[a-z][a-z0-9+.-]*:(?!\d)", regex.IGNORECASE),
        host_chars=regex.compile(r"[a-z0-9_.-]+"))


def url_host(url: str) -> str | None:
    """The host of a document's URL as rule files are named by it: lower case, an
    internationalised name in its ASCII (``xn--``) form (Python's IDNA 2003 codec), no
    final dot. ``None`` for a URL without one (``file:///x``, ``urn:...``, ``""``). A URL
    without a scheme is read as starting with its host (``www.example.com/x``).

    Raises ``UrlError`` for a URL that cannot be read: unbalanced brackets (``http://[::1``),
    a port that is no number from 0 to 65535, a host with a character no host name holds
    (``http://a b``), an empty label or one over 63 characters, a host over 253."""
    text = url.strip()
    plain = _url_patterns().plain_http.match(text)
    if plain is not None:  # (what _split_host finds, without urlsplit: most URLs)
        return _ascii_host(url, plain.group(1))
    return _split_host(url, text)


def _split_host(url: str, text: str) -> str | None:
    """``url_host`` of any URL (``text``: the URL stripped), read by ``urlsplit``."""
    patterns = _url_patterns()
    if patterns.opaque.match(text) and not patterns.hierarchical.match(text):
        return None  # mailto:, urn:, data: ... (a host:port has a digit after the colon)
    if not text.startswith("//") and not patterns.hierarchical.match(text):
        text = "//" + text
    try:
        parts = urlsplit(text)
        host = parts.hostname
    except ValueError as exc:  # unbalanced or bad [brackets], NFKC changes the host
        raise UrlError(url, str(exc)[:200]) from None
    try:
        parts.port  # noqa: B018 (read for its check)
    except ValueError:
        port = parts.netloc.rpartition(":")[2]
        raise UrlError(url, f"port {port[:20]!r} is no number from 0 to 65535") from None
    if not host:
        if parts.scheme.lower() in _NEEDS_HOST:
            raise UrlError(url, f"an {parts.scheme}: URL needs a host")
        return None
    if ":" in host:  # an IPv6 address, checked by urlsplit (no rule file names one)
        return host
    return _ascii_host(url, unquote(host))


def _ascii_host(url: str, host: str) -> str:
    """``host`` (a URL's, lower case) in the ASCII form rule files are named by."""
    host = host.lower()
    try:
        ascii_host = host.encode("idna").decode("ascii") if host else host
    except UnicodeError as exc:
        reason = str(exc).removeprefix("encoding with 'idna' codec failed (UnicodeError: ")
        raise UrlError(url, f"host {host[:80]!r} is no valid host name: "
                       f"{reason.rstrip(')')}") from None
    ascii_host = ascii_host.removesuffix(".")
    if not ascii_host:
        raise UrlError(url, f"host {host!r} is no host name")
    host_chars = _url_patterns().host_chars
    if not host_chars.fullmatch(ascii_host):
        bad = next(c for c in ascii_host if not host_chars.fullmatch(c))
        raise UrlError(url, f"host {host[:80]!r} holds {bad!r}; a host name holds letters, "
                       "digits, '-', '_' and '.'")
    if len(ascii_host) > 253:
        raise UrlError(url, f"host is {len(ascii_host)} characters long; a host name has "
                       "at most 253")
    return ascii_host


def _rule_files(folder: Path) -> list[Path]:
    """A rule folder's ``*.yaml`` files, by name. A folder that cannot be listed is an
    error (a glob would find nothing in it and say nothing), and so is a file named like
    a rule file that would not be read (``*.yml``, ``*.YAML``)."""
    where = str(folder)
    try:
        with os.scandir(folder) as entries:
            names = sorted(entry.name for entry in entries)
    except FileNotFoundError:
        raise RuleError(where, None, None, "rule folder does not exist; give a folder "
                        "of <host>.yaml files") from None
    except NotADirectoryError:
        raise RuleError(where, None, None, "is a file, not a rule folder; give the "
                        "folder that holds it") from None
    except OSError as exc:
        raise RuleError(where, None, None,
                        f"cannot list the rule folder: {exc.strerror or exc}") from None
    for name in names:
        if name.lower().endswith((".yaml", ".yml")) and not name.endswith(".yaml"):
            raise RuleError(str(folder / name), None, None, "a rule file's name ends in "
                            ".yaml, in lower case, or it is not read: rename it")
    return [folder / name for name in names if name.endswith(".yaml")]


@cache
def packaged_rulebook() -> RuleBook:
    return RuleBook.load([rules_dir() / "publishers"])
