"""The port's equivalence check of the lexicon matcher: on every benchmark page (text and
HTML) and corpus document, the Rust matcher (``cleaner._core.LexiconMatcher``, built by
``cleaner.core_lexicon.core_matcher``) must find exactly the hits of ``Lexicon.scan`` (line,
category, text, whole-line flag, in order), for the document's own language (its lines as
the pipeline hands them to the scorers), and, on every ``--sample``-th document, for every
language's lexicon.

    python scripts/port_check_matcher.py
    python scripts/port_check_matcher.py --mode text --limit 50 --sample 5

Exit status 1 when the hits differ anywhere.
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

from cleaner import Cleaner  # noqa: E402
from cleaner.core_lexicon import core_matcher  # noqa: E402
from cleaner.lexicons import available_languages, load_lexicon  # noqa: E402
from cleaner.scorers import Document  # noqa: E402


def python_hits(lexicon: Any, texts: list[str]) -> list[tuple[int, str, str, bool]]:
    return [(h.line, h.category.value, h.text, h.whole_line) for h in lexicon.scan(texts)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.partition("\n\n")[0])
    parser.add_argument("--mode", choices=("text", "html", "both"), default="both")
    parser.add_argument("--limit", type=int, default=0, help="at most this many pages per set")
    parser.add_argument("--sample", type=int, default=10,
                        help="every N-th document is also scanned with every language's lexicon")
    parser.add_argument("--benchmarks", type=Path, default=BENCHMARKS)
    args = parser.parse_args(argv)
    languages = available_languages()
    lexicons = {language: load_lexicon(language) for language in languages}
    started = time.perf_counter()
    matchers = {language: core_matcher(lexicon) for language, lexicon in lexicons.items()}
    print(f"built {len(matchers)} matchers in {time.perf_counter() - started:.1f} s")
    cleaner = Cleaner()
    captured: list[Document] = []
    original = cleaner._classify

    def classify(doc: Document) -> None:
        captured.append(doc)
        original(doc)

    cleaner._classify = classify  # type: ignore[method-assign]
    seen: Counter[str] = Counter()
    scans: Counter[str] = Counter()
    differing: Counter[str] = Counter()
    examples: list[str] = []
    timing = {"python": 0.0, "rust": 0.0}
    count = 0
    for name, page, text, url, language in documents(args.benchmarks, args.mode):
        if args.limit and seen[name] >= args.limit:
            continue
        seen[name] += 1
        captured.clear()
        cleaner.clean(text, url=url, language=language,
                      format="html" if isinstance(text, bytes) else "text")
        for doc in captured:
            count += 1
            own = doc.lexicon.language
            which = languages if args.sample and count % args.sample == 0 else [own]
            for language in which:
                lexicon = doc.lexicon if language == own else lexicons[language]
                texts = list(doc.texts)
                a = time.perf_counter()
                want = python_hits(lexicon, texts)
                b = time.perf_counter()
                got = matchers[language].scan(texts)
                c = time.perf_counter()
                if language == own:
                    timing["python"] += b - a
                    timing["rust"] += c - b
                kind = "own" if language == own else "other"
                scans[kind] += 1
                if got != want:
                    differing[kind] += 1
                    if len(examples) < 12:
                        first = next((k for k, (x, y) in enumerate(zip(want, got)) if x != y),
                                     min(len(want), len(got)))
                        examples.append(
                            f"{name}/{page} [{language}]: hit {first}: python "
                            f"{want[first] if first < len(want) else None!r} rust "
                            f"{got[first] if first < len(got) else None!r} "
                            f"({len(want)} vs {len(got)} hits)")
    for kind in ("own", "other"):
        print(f"{kind:<6} language: {scans[kind]:>6} scans, {differing[kind]:>4} differ")
    for example in examples:
        print(f"    {example}")
    print(f"scan time (own language): python {timing['python']:.2f} s, "
          f"rust {timing['rust']:.2f} s")
    return 1 if sum(differing.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
