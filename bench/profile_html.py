"""Time the parts of HTML mode over a benchmark's pages (after one warm-up pass): decoding,
parsing (selectolax's Lexbor), the head, the walk into lines, the DOM analysis (with the
DOM scorer's evidence) and the core's stages.

    python bench/profile_html.py [DATASET_DIR ...] [--passes 2] [--tree CHECKOUT]
    python bench/profile_html.py --instructions [--every 10] [--tree CHECKOUT]

(``--tree``: the checkout whose ``cleaner`` to time, by default this one.
``--instructions``: the instructions of one steady pass over every ``--every``-th page of
the sets instead, counted by valgrind's callgrind, which a loaded machine does not move:
this script run twice under it, with ``--passes 1`` and ``--passes 0``, parts not timed;
each run warms up on the very pages, as the bench's rounds do. A few minutes.)

Each part is timed by wrapping its function (the wrapper's cost is a few microseconds a
call, a few per page): the shares are those of plain runs, unlike cProfile's, which
charges every Python call and inflates the walk's per-node code. The machine is shared:
compare two versions by alternating runs, and read the shares rather than the seconds.
"""

from __future__ import annotations

import argparse
import gzip
import importlib
import re
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "benchmarks"
DEFAULT = [SHARED / name for name in ("scrapinghub", "fundus-dev", "wcxb-dev-articles")]
SPENT: Counter[str] = Counter()


def timed(owner: Any, name: str, part: str) -> None:
    """Charge the calls of ``owner.name`` to ``part``."""
    inner: Callable[..., Any] = getattr(owner, name)

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        start = time.perf_counter()
        try:
            return inner(*args, **kwargs)
        finally:
            SPENT[part] += time.perf_counter() - start

    setattr(owner, name, wrapper)


def instrument() -> None:
    from selectolax import lexbor

    page, dom = (importlib.import_module(f"cleaner.html.{name}") for name in ("page", "dom"))
    api = importlib.import_module("cleaner.api")
    timed(page, "decode_html", "decode")
    timed(lexbor, "LexborHTMLParser", "parse")
    timed(page, "_read_head", "head")
    timed(page, "walk", "walk")
    timed(page, "page_core", "core lines")
    timed(dom, "analyse", "DOM analysis")
    timed(api.Cleaner, "_classify", "scorers, classify, smooth")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("datasets", nargs="*", type=Path, default=DEFAULT)
    parser.add_argument("--passes", type=int, default=2)
    parser.add_argument("--tree", type=Path, default=ROOT)
    parser.add_argument("--every", type=int, help="every n-th page of a set (by default "
                        "all of them, and every 10th with --instructions)")
    parser.add_argument("--instructions", action="store_true")
    parser.add_argument("--untimed", action="store_true", help="(internal) no part timed")
    args = parser.parse_args()
    if args.instructions:
        args.every = args.every or 10
        count_instructions(args)
        return
    args.every = args.every or 1
    sys.path.insert(0, str(args.tree))
    from cleaner import Cleaner
    from cleaner.evaluate import load_dataset

    if not args.untimed:
        instrument()
    clean = Cleaner().clean
    for folder in args.datasets:
        pages = []
        for k, page in enumerate(p for p in load_dataset(folder) if p.html_path is not None):
            if k % args.every == 0:
                with gzip.open(page.html_path, "rb") as handle:
                    pages.append((handle.read(), page.url))
        for data, url in pages:  # warm-up: lexicons and models load lazily
            clean(data, url=url, format="html")
        SPENT.clear()
        start = time.perf_counter()
        for _ in range(args.passes):
            for data, url in pages:
                clean(data, url=url, format="html")
        total = time.perf_counter() - start
        if not args.passes:
            continue
        print(f"{folder.name}: {len(pages) * args.passes / total:.1f} pages/s "
              f"({args.passes} passes, {total:.2f} s)")
        for part, spent in [*SPENT.items(), ("other", total - sum(
                v for k, v in SPENT.items() if not k.startswith(" ")))]:
            print(f"  {part:<28} {spent / args.passes:7.3f} s  {100 * spent / total:4.1f} %")


def count_instructions(args: argparse.Namespace) -> None:
    counts = []
    for passes in (0, 1):
        proc = subprocess.run(
            ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", sys.executable,
             __file__, *map(str, args.datasets), "--tree", str(args.tree), "--every",
             str(args.every), "--passes", str(passes), "--untimed"],
            capture_output=True, text=True, check=True)
        found = re.search(r"Collected : (\d+)", proc.stderr)
        if found is None:
            raise SystemExit(f"no instruction count in valgrind's output:\n{proc.stderr[-2000:]}")
        counts.append(int(found.group(1)))
    print(f"{args.tree}: {(counts[1] - counts[0]) / 1e6:,.0f} million instructions a steady "
          f"pass (every {args.every}th page of {', '.join(d.name for d in args.datasets)})")


if __name__ == "__main__":
    main()
