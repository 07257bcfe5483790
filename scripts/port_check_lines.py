"""The port's equivalence check of the lines (core/src/lines.rs against cleaner/lines.py):
every line's features (raw, text, words, chars, terminal, prose, letters, digit, decimal)
and first labels, and every line end, from the Rust core and from Python, on

- every development document in text mode (the benchmarks' text pages and the corpus):
  ``_core.split_document(text)`` against ``cleaner.lines.split_document(text)``;
- every benchmark HTML page's lines, as the cleaner builds them (``page_lines``, after the
  publisher's CSS rules; each walk of a page that is walked twice): ``_core.lines_of`` of
  the block texts and ``_core.split_lines`` of the page's text against ``page_lines``;
- edge cases (empty text, line-end mixes, controls, astral characters, combining marks,
  Thai, Chinese, Japanese).

    python scripts/port_check_lines.py [--mode text|html|both] [--limit N]

Exit status 1 when anything differs.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from evidence_digest import BENCHMARKS, documents  # noqa: E402

import cleaner.html.page as html_page  # noqa: E402
from cleaner import Cleaner  # noqa: E402
from cleaner import _core  # type: ignore[attr-defined]  # noqa: E402
from cleaner.lines import (_CLOSERS, _TERMINAL_CHARS, MIN_PROSE_WORDS, Line,  # noqa: E402
                           split_document, split_lines)

FIELDS = ("raw", "text", "words", "chars", "terminal", "prose", "letters", "digit", "decimal",
          "first_label", "label")

EDGE_CASES = [
    "", "\n", "\n\n\n", "\r", "\r\n", "\r\r\n", "\n\r", "\r\n\r", "a", "a\n", "a\r", "a\r\n",
    "a\n\n", "a\r\r\nb\n\rc\r\n\r\nd", "\r\r\r\n\n", "  \t \n\u3000\n\xa0x\xa0",
    "a line.\nand a trailing newline.\n", "no final\r\nline end",
    "\x01\x02 control\x07 chars\x1b.\x7f\n\x0b\x0c\x1c\x1d\x1e\x1f\x85\u2028\u2029",
    "astral: 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 😀 𠀀𠀁 𐐀𐐨 text!", "e\u0301 a\u0308\u0323 n\u0303 combining marks.",
    "ภาษาไทยไม่มีการเว้นวรรคระหว่างคำ ครับ", "中文没有空格，一个句子就是这样。",
    "日本語の文章です。「引用」", "カタカナとひらがな、漢字！（注）", "ລາວ ខ្មែរ မြန်မာ ꧠ",
    "He said: “It is done.”", "(a parenthesis.)", "closers only \"'”’»)]」』）",
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen.",
    "² ½ ٣ ３ Ⅻ 五 digits", "Σ ΟΔΟΣ ǅ", "snake_case and-hyphens", "\ufeffBOM inside",
    "\u200b zero width \u200d\u200b", "x" * 10000 + ".",
]


def python_rows(lines: list[Line]) -> list[tuple[Any, ...]]:
    return [(line.raw, line.text, line.words, line.chars, line.terminal, line.prose,
             line.letters, line.digit, line.decimal, line.first_label.value, line.label.value)
            for line in lines]


def core_rows(doc: Any) -> list[tuple[Any, ...]]:
    return [(*features, state[6], state[7])
            for features, state in zip(_core.line_features(doc), doc.states(), strict=True)]


class Checker:
    def __init__(self) -> None:
        self.pages: Counter[str] = Counter()  # (calls: an HTML page walked twice counts twice)
        self.names: dict[str, set[str]] = {}
        self.lines: Counter[str] = Counter()
        self.differing: Counter[str] = Counter()
        self.examples: list[str] = []
        self.seconds = {"python": 0.0, "rust": 0.0}

    def compare(self, kind: str, page: str, want: list[tuple[Any, ...]],
                got: list[tuple[Any, ...]], ends: tuple[Any, Any] | None = None) -> None:
        self.pages[kind] += 1
        self.names.setdefault(kind, set()).add(page)
        self.lines[kind] += len(want)
        problem = None
        if len(want) != len(got):
            problem = f"{len(want)} lines in Python, {len(got)} in Rust"
        else:
            for w, g in zip(want, got):
                if w != g:
                    field = next(f for f, a, b in zip(FIELDS, w, g) if a != b)
                    problem = (f"{field}: python {dict(zip(FIELDS, w))[field]!r} rust "
                               f"{dict(zip(FIELDS, g))[field]!r} ({w[1][:60]!r})")
                    break
        if problem is None and ends is not None and ends[0] != ends[1]:
            problem = f"line ends: python {ends[0]!r} rust {ends[1]!r}"
        if problem is not None:
            self.differing[kind] += 1
            if len(self.examples) < 20:
                self.examples.append(f"{kind} {page}: {problem}")

    def text(self, kind: str, page: str, text: str) -> None:
        t0 = time.perf_counter()
        lines, ends = split_document(text)
        t1 = time.perf_counter()
        doc, core_ends = _core.split_document(text)
        t2 = time.perf_counter()
        self.seconds["python"] += t1 - t0
        self.seconds["rust"] += t2 - t1
        self.compare(kind, page, python_rows(lines), core_rows(doc), (ends, core_ends))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.partition("\n\n")[0])
    parser.add_argument("--mode", choices=("text", "html", "both"), default="both")
    parser.add_argument("--limit", type=int, default=0, help="at most this many pages per set")
    parser.add_argument("--benchmarks", type=Path, default=BENCHMARKS)
    args = parser.parse_args(argv)
    checker = Checker()
    if _core.lines_constants() != (_CLOSERS, _TERMINAL_CHARS, MIN_PROSE_WORDS):
        print(f"constants differ: {_core.lines_constants()!r}")
        return 1

    for i, text in enumerate(EDGE_CASES):
        checker.text("edge cases", f"#{i}", text)
        lines = split_lines(text)
        checker.compare("edge cases (split_lines)", f"#{i}", python_rows(lines),
                        core_rows(_core.split_lines(text)))

    # HTML: each page_lines call of the cleaner (the pipeline after it is not needed)
    page_name = [""]
    original = html_page.page_lines

    def page_lines(page: Any) -> list[Line]:
        lines = original(page)
        texts = [block.text if block is not None else "" for block in page.walk.lines]
        checker.compare("html (lines_of)", page_name[0], python_rows(lines),
                        core_rows(_core.lines_of(texts)))
        checker.compare("html (split_lines)", page_name[0], python_rows(lines),
                        core_rows(_core.split_lines(html_page.page_text(page))) if texts else [])
        return lines

    html_page.page_lines = page_lines
    cleaner = Cleaner()
    cleaner._classify = lambda doc: None  # type: ignore[method-assign]
    seen: Counter[str] = Counter()
    for name, page, data, url, language in documents(args.benchmarks, args.mode):
        if args.limit and seen[name] >= args.limit:
            continue
        seen[name] += 1
        page_name[0] = f"{name}/{page}"
        if isinstance(data, bytes):
            cleaner.clean(data, url=url, language=language, format="html")
        else:
            checker.text(f"text ({name})" if name != "corpus" else "corpus", page_name[0], data)

    bad = 0
    for kind in checker.pages:
        print(f"{kind:<26} {len(checker.names[kind]):>5} pages ({checker.pages[kind]:>4} "
              f"splits) {checker.lines[kind]:>7} lines, {checker.differing[kind]:>3} differ")
        bad += checker.differing[kind]
    for example in checker.examples:
        print(f"    {example}")
    print(f"split_document, text pages: Python {checker.seconds['python']:.2f} s, "
          f"Rust (with the Doc) {checker.seconds['rust']:.2f} s")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
