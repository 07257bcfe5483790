"""Instructions one pass of the classifier takes, counted by valgrind's callgrind: steady
where this machine's timings drift by a fifth within minutes.

    python bench/count_instructions.py [TREE]    # TREE: a checkout to count (default: this one)
    python bench/count_instructions.py --keep    # every result of the pass kept alive, as a
                                                 # batch keeps them (the cycle collector's work)

Runs this script twice under ``valgrind --tool=callgrind``, as ``--passes 0`` and
``--passes 1`` (each: start-up and a three-document warm-up, then that many passes over
the 181 scrapinghub pages, results discarded), and prints the difference: one pass with
start-up taken out. About a minute and a half. Needs valgrind (``apt install valgrind``) and the
scrapinghub benchmark beside the repository.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PAGES = ROOT.parent / "shared" / "benchmarks" / "scrapinghub"


def run_passes(tree: Path, passes: int, keep: bool = False) -> None:
    sys.path.insert(0, str(tree))
    from cleaner import Cleaner

    pages = [json.loads(row) for row in (PAGES / "pages.jsonl").read_text("utf-8").splitlines()]
    docs = [((PAGES / p["text"]).read_text("utf-8"), p["url"]) for p in pages]
    cleaner = Cleaner()
    for text, url in docs[:3]:
        cleaner.clean(text, url=url)
    for _ in range(passes):
        if keep:
            results = [cleaner.clean(text, url=url) for text, url in docs]
            del results
            continue
        for text, url in docs:
            cleaner.clean(text, url=url)


def count(tree: Path, passes: int, keep: bool = False) -> int:
    proc = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", sys.executable,
         __file__, str(tree), "--passes", str(passes), *(["--keep"] if keep else [])],
        capture_output=True, text=True, check=True)
    found = re.search(r"Collected : (\d+)", proc.stderr)
    if found is None:
        raise SystemExit(f"no instruction count in valgrind's output:\n{proc.stderr[-2000:]}")
    return int(found.group(1))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("tree", nargs="?", type=Path, default=ROOT)
    parser.add_argument("--passes", type=int, help="(internal) run this many passes, uncounted")
    parser.add_argument("--keep", action="store_true",
                        help="keep every result of a pass alive until the pass ends")
    args = parser.parse_args()
    if args.passes is not None:
        run_passes(args.tree.resolve(), args.passes, args.keep)
        return
    if not (PAGES / "pages.jsonl").is_file():
        raise SystemExit(f"the scrapinghub benchmark is not at {PAGES}")
    start, one = count(args.tree, 0, args.keep), count(args.tree, 1, args.keep)
    kept = ", every result kept" if args.keep else ""
    print(f"{args.tree}: {(one - start) / 1e6:,.0f} million instructions per pass "
          f"(181 scrapinghub pages{kept}; start-up, {start / 1e6:,.0f} million, taken out)")


if __name__ == "__main__":
    main()
