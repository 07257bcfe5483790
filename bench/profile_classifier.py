"""Profile the classifier over a benchmark's texts with cProfile (after one warm-up pass).

    python bench/profile_classifier.py [DATASET_DIR] [--top 15]

Prints the time of each stage of ``Cleaner.clean``, own time by module, and the functions
with the most own time. cProfile charges every Python call, which inflates code that
makes many small calls; for a sampling profile without that bias, run the same passes
under py-spy and read its stacks with ``bench/spy_summary.py``:

    py-spy record -r 250 -f raw -o spy.txt -- python bench/profile_classifier.py --plain 8
    python bench/spy_summary.py spy.txt
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
from collections import Counter
from pathlib import Path

from cleaner import Cleaner
from cleaner.evaluate import load_dataset

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "benchmarks" / "scrapinghub"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dataset", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--top", type=int, default=15)
    parser.add_argument("--plain", type=int, metavar="ROUNDS",
                        help="no cProfile: just this many passes (to run under py-spy)")
    args = parser.parse_args()
    pages = [(page.text(), page.url) for page in load_dataset(args.dataset)]
    cleaner = Cleaner()
    for text, url in pages:  # warm-up: lexicons and the language model load lazily
        cleaner.clean(text, url=url)
    if args.plain:
        plain_passes(cleaner, pages, args.plain)
        return
    profiler = cProfile.Profile()
    profiler.enable()
    for text, url in pages:
        cleaner.clean(text, url=url)
    profiler.disable()
    stats = pstats.Stats(profiler).stats  # type: ignore[attr-defined]
    total = sum(own for _, _, own, _, _ in stats.values())
    print(f"{len(pages)} documents, {total:.2f} s profiled")
    # Stages: the calls Cleaner.clean makes, with their cumulative time.
    stages: Counter[str] = Counter()
    # Own time by module; a builtin's (a regex match, str.translate) goes to its caller.
    modules: Counter[str] = Counter()
    for (file, _, func), (_, _, own, _, callers) in stats.items():
        for (c_file, _, c_func), (_, _, c_own, c_cumulative) in callers.items():
            if c_func == "clean" and c_file.endswith("api.py"):
                stages[f"{short(file)}:{func}"] += c_cumulative
            modules[short(c_file if file == "~" else file)] += c_own
        if not callers:
            modules[short(file)] += own
    for title, counts in (("stages of Cleaner.clean (cumulative)", stages),
                          ("own time by module (builtins charged to their caller)", modules)):
        print(f"\n{title}:")
        for name, seconds in counts.most_common(args.top):
            print(f"{seconds / total:6.1%} {seconds:7.3f}s  {name}")
    print("\nown time by function:")
    for (file, line, func), (_, calls, own, cumulative, _) in sorted(
            stats.items(), key=lambda kv: -kv[1][2])[:args.top]:
        print(f"{own / total:6.1%} {own:7.3f}s cum {cumulative:7.3f}s {calls:>8} calls  "
              f"{short(file)}:{line} {func}")


def plain_passes(cleaner: Cleaner, pages: list[tuple[str, str | None]], rounds: int) -> None:
    """The passes bench/spy_summary.py reads (by this function's name in the stacks)."""
    for _ in range(rounds):
        for text, url in pages:
            cleaner.clean(text, url=url)


def short(file: str) -> str:
    """A module path from cleaner/ or site-packages/ on."""
    parts = Path(file).parts
    for anchor in ("cleaner", "site-packages", "lib"):
        if anchor in parts:
            index = len(parts) - 1 - parts[::-1].index(anchor)
            return "/".join(parts[index + (anchor != "cleaner"):])
    return file


if __name__ == "__main__":
    main()
