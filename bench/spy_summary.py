"""Summarise a py-spy profile of the classifier: time by stage of ``Cleaner.clean`` and by
the Python function on top of the stack (C calls are charged to the function calling them).

    py-spy record -r 250 -f raw -o spy.txt -- python bench/profile_classifier.py --plain 8
    python bench/spy_summary.py spy.txt [--top 15]

Only samples taken in ``plain_passes`` count (not start-up or the warm-up pass).
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from pathlib import Path

_LINE = re.compile(r":\d+\)$")


def summarise(raw: str) -> tuple[int, Counter[str], Counter[str]]:
    """(samples, samples by stage, samples by top function) of py-spy's raw stacks."""
    stages: Counter[str] = Counter()
    tops: Counter[str] = Counter()
    total = 0
    for row in raw.splitlines():
        stack, _, count = row.rpartition(" ")
        frames = [_LINE.sub(")", frame) for frame in stack.split(";")]
        if not any(f.startswith("plain_passes ") for f in frames):
            continue
        clean = next((i for i, f in enumerate(frames) if f.startswith("Cleaner.clean ")), None)
        if clean is None:
            continue
        n = int(count)
        total += n
        stages[frames[clean + 1] if clean + 1 < len(frames) else "Cleaner.clean itself"] += n
        tops[frames[-1]] += n
    return total, stages, tops


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("raw", type=Path, help="py-spy record -f raw output")
    parser.add_argument("--top", type=int, default=15)
    args = parser.parse_args()
    total, stages, tops = summarise(args.raw.read_text("utf-8"))
    if not total:
        raise SystemExit(f"{args.raw}: no samples in plain_passes/Cleaner.clean")
    print(f"{total} samples in Cleaner.clean")
    for title, counts in (("by stage", stages), ("by function on top of the stack", tops)):
        print(f"\n{title}:")
        for name, n in counts.most_common(args.top):
            print(f"{n / total:6.1%}  {name}")


if __name__ == "__main__":
    main()
