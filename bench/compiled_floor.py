"""The compiled parts of one classifier pass, each timed alone: what no faster Python
around them could save.

    python bench/compiled_floor.py [DATASET_DIR]

Over a benchmark's texts (default: scrapinghub beside the repository), best of 7 passes
in one process: cutting the texts into ``Line`` objects (the ``split_lines`` kernel), the
English lexicon's Hyperscan pass alone (nothing read from its hits), and the language
decision of each document (``detect_language``: the core's sample, walk and sum); then
the whole classifier in the same process, and what a 60 MB/s pass may take. Needs the kernels and
``hyperscan``.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path

from cleaner import Cleaner
from cleaner.evaluate import load_dataset
from cleaner.language import detect_language
from cleaner.lines import split_lines
from cleaner.patterns import HyperscanMatcher, _collect, lower_text

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "benchmarks" / "scrapinghub"
TARGET_MB_PER_S = 60.0


def best_ms(run: Callable[[], object], rounds: int = 7) -> float:
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - start)
    return best * 1e3


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dataset", nargs="?", type=Path, default=DEFAULT)
    args = parser.parse_args()
    cleaner = Cleaner()
    matcher = cleaner.lexicon("en").matcher
    if not isinstance(matcher, HyperscanMatcher):
        raise SystemExit("hyperscan is not installed: nothing to time")
    candidates = cleaner._languages
    pages = [(page.text(), page.url) for page in load_dataset(args.dataset)]
    megabytes = sum(len(text.encode("utf-8")) for text, _ in pages) / 1e6
    docs = [[line.text for line in split_lines(text)] for text, _ in pages]
    data = [lower_text(texts).encode("utf-8") for texts in docs]
    scratch = matcher._scratch()

    def scan() -> None:
        for chunk in data:
            matcher._database.scan(chunk, match_event_handler=_collect, context=[],
                                   scratch=scratch)

    def walk() -> None:
        for texts in docs:
            detect_language(texts, candidates)

    timed = {
        "split_lines (Line objects)": best_ms(lambda: [split_lines(t) for t, _ in pages]),
        "lexicon's Hyperscan pass": best_ms(scan),
        "language decision": best_ms(walk),
        "the whole classifier": best_ms(lambda: [cleaner.clean(t, url=u) for t, u in pages]),
    }
    print(f"{len(pages)} documents, {megabytes:.2f} MB: a {TARGET_MB_PER_S:.0f} MB/s pass may "
          f"take {megabytes / TARGET_MB_PER_S * 1e3:.1f} ms")
    for name, ms in timed.items():
        print(f"  {name:28s} {ms:7.1f} ms  ({megabytes / ms * 1e3:6.1f} MB/s alone)")


if __name__ == "__main__":
    main()
