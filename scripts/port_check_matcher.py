"""The port's equivalence check of the lexicon matcher: on every benchmark page (text and
HTML) and corpus document, the Rust matcher (``cleaner._core.LexiconMatcher``, built by
``cleaner.core_lexicon.core_matcher``) must find exactly the hits of ``Lexicon.scan`` (line,
category, text, whole-line flag, in order), for the document's own language (its lines as
the pipeline hands them to the scorers), and, on every ``--sample``-th document, for every
language's lexicon.

    python scripts/port_check_matcher.py
    python scripts/port_check_matcher.py --mode text --limit 50 --sample 5
    python scripts/port_check_matcher.py --fuzz 3000   # and synthetic documents

``--fuzz N`` also scans N synthetic documents per language, made of the lexicon's own
entries (whole-line keys with punctuation around them, phrases inside sentences, the
sentences regexes are marked with) and the development pages' lines, with characters
where Python's and Rust's text semantics part: capitals, ``İ``, ``ſ``, the Kelvin sign,
combining marks, ``²``, odd spaces, ``Σ``.

Exit status 1 when the hits differ anywhere.
"""  # noqa: RUF002 (the letters named are meant)

from __future__ import annotations

import argparse
import random
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
from cleaner.lexicons import available_languages, lexicon_entries, load_lexicon  # noqa: E402
from cleaner.scorers import Document  # noqa: E402


def python_hits(lexicon: Any, texts: list[str]) -> list[tuple[int, str, str, bool]]:
    return [(h.line, h.category.value, h.text, h.whole_line) for h in lexicon.scan(texts)]


# Characters where text semantics part (case folding, word characters, spaces).
ODD = ["İ", "ı", "ſ", "\u212a", "\u0301", "²", "½", "\xa0", "\u2009", "\t", "Σ", "ς", "ß",
       "\u2028", "\x1c", "_", "’", "ǅ", "ﬁ", "\u0345", "Ⅻ", "\u200d", "‿", "٣"]


# Letters and the characters re's IGNORECASE matches them with (besides their capitals).
TWINS = {"i": ["ı", "İ"], "s": ["ſ"], "k": ["\u212a"], "σ": ["ς", "Σ"], "µ": ["μ"],
         "β": ["ϐ"], "ε": ["ϵ"], "θ": ["ϑ"], "κ": ["ϰ"], "π": ["ϖ"], "ρ": ["ϱ"], "φ": ["ϕ"],
         " ": ["\xa0", "\u2009", "\t", "\u2002"], "-": ["\u2011"], "'": ["’"]}


def fuzz_lines(entries: list[Any], pool: list[str], rng: random.Random) -> list[str]:
    """A synthetic document: entries as the lexicon reads them, mutated."""
    lines = []
    for _ in range(rng.randint(3, 30)):
        roll = rng.random()
        if roll < 0.15:
            lines.append("")
            continue
        if roll < 0.35 and pool:
            text = rng.choice(pool)
        else:
            entry = rng.choice(entries)
            if entry.general and rng.random() < 0.7:
                text = entry.general
            elif entry.kind == "whole":
                text = (rng.choice(["", "» ", "- ", "(", "* "]) + entry.key
                        + rng.choice(["", ":", " »", ")", "..."]))
            elif entry.kind == "phrase":
                text = (rng.choice(["", "Please ", "We say ", "x"]) + entry.key
                        + rng.choice(["", " now.", "s", " today"]))
            else:
                text = rng.choice(pool) if pool else "text"
        chars = list(text)
        for _ in range(rng.choice([0, 0, 1, 2, 4])):
            k = rng.randrange(len(chars) + 1)
            action = rng.random()
            if action < 0.4 and chars:
                k = min(k, len(chars) - 1)
                chars[k] = chars[k].upper()
            elif action < 0.8:
                chars.insert(k, rng.choice(ODD))
            elif chars:  # a letter for one that re's IGNORECASE takes for it
                places = [j for j, c in enumerate(chars) if c.lower() in TWINS]
                if places:
                    j = rng.choice(places)
                    chars[j] = rng.choice(TWINS[chars[j].lower()])
        lines.append("".join(chars).strip())
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.partition("\n\n")[0])
    parser.add_argument("--mode", choices=("text", "html", "both"), default="both")
    parser.add_argument("--limit", type=int, default=0, help="at most this many pages per set")
    parser.add_argument("--sample", type=int, default=10,
                        help="every N-th document is also scanned with every language's lexicon")
    parser.add_argument("--benchmarks", type=Path, default=BENCHMARKS)
    parser.add_argument("--fuzz", type=int, default=0,
                        help="also this many synthetic documents per language")
    parser.add_argument("--seed", type=int, default=17)
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
    pool_texts: list[str] = []
    rng_pool = random.Random(args.seed)
    for name, page, text, url, language in documents(args.benchmarks, args.mode):
        if args.limit and seen[name] >= args.limit:
            continue
        seen[name] += 1
        captured.clear()
        cleaner.clean(text, url=url, language=language,
                      format="html" if isinstance(text, bytes) else "text")
        for doc in captured:
            count += 1
            if len(pool_texts) < 50000:
                pool_texts.extend(rng_pool.sample(doc.texts, min(5, len(doc.texts))))
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
                        pairs = enumerate(zip(want, got, strict=False))
                        first = next((k for k, (x, y) in pairs if x != y),
                                     min(len(want), len(got)))
                        examples.append(
                            f"{name}/{page} [{language}]: hit {first}: python "
                            f"{want[first] if first < len(want) else None!r} rust "
                            f"{got[first] if first < len(got) else None!r} "
                            f"({len(want)} vs {len(got)} hits)")
    if args.fuzz:
        rng = random.Random(args.seed)
        pool = [t for t in pool_texts if t][:20000]
        for language in languages:
            entries = lexicon_entries(language)
            for n in range(args.fuzz):
                texts = fuzz_lines(entries, pool, rng)
                want = python_hits(lexicons[language], texts)
                got = matchers[language].scan(texts)
                scans["fuzz"] += 1
                if got != want:
                    differing["fuzz"] += 1
                    if len(examples) < 24:
                        examples.append(f"fuzz {language} #{n}: {texts!r}: python {want!r} "
                                        f"rust {got!r}")
    for kind in ("own", "other", "fuzz"):
        print(f"{kind:<6} language: {scans[kind]:>6} scans, {differing[kind]:>4} differ")
    for example in examples:
        print(f"    {example}")
    print(f"scan time (own language): python {timing['python']:.2f} s, "
          f"rust {timing['rust']:.2f} s")
    return 1 if sum(differing.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
