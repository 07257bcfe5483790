"""Clean each benchmark page's text, clean the output again, and count what the second
pass removes (it never adds: the output is a subsequence of the input's lines).

    python scripts/idempotence.py                       # ../shared/benchmarks/*/text
    python scripts/idempotence.py DATASET_DIR ... [--shape extract] [--show 20] [--json FILE]

A line lost on the second pass is put down to the evidence that weighed most for dropping
it (its largest positive weight: ``score:region``, ``lexicon``, ``score:repetition``...), or to
the publisher rule that dropped it. ``--show N`` lists N of the lost lines with their reason.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from cleaner.api import Cleaner  # noqa: E402
from cleaner.evaluate import load_dataset  # noqa: E402
from cleaner.labels import Label  # noqa: E402
from cleaner.lines import Line  # noqa: E402


def source(line: Line) -> str:
    """The evidence that weighed most for dropping a line, by family (``score:region``,
    ``lexicon``, ``rule``...)."""
    weighted = [r for r in line.reasons if r.weight > 0]
    if line.forced or not weighted:
        code = line.reasons[-1].code if line.reasons else "unknown"
    else:
        code = max(weighted, key=lambda r: r.weight).code
    kind, _, rest = code.partition(":")
    if kind == "score":
        return "score:" + rest.partition(".")[0]
    return kind


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("datasets", nargs="*", type=Path,
                        help="benchmark folders (default: ../shared/benchmarks/*)")
    parser.add_argument("--shape", choices=("auto", "page", "extract"), default="auto",
                        help="the shape both passes are told (default: auto)")
    parser.add_argument("--show", type=int, default=0, metavar="N",
                        help="list N of the lines lost on the second pass")
    parser.add_argument("--json", type=Path, metavar="FILE", help="write the counts here")
    args = parser.parse_args(argv)
    folders = args.datasets or sorted(p for p in (ROOT.parent / "shared" / "benchmarks").glob("*")
                                      if (p / "pages.jsonl").is_file())
    if not folders:
        parser.error("no datasets given and none in ../shared/benchmarks")
    base = Cleaner()
    cleaner = Cleaner(options=replace(base.options, shape=args.shape))
    report: dict[str, dict[str, object]] = {}
    shown: list[str] = []
    total = Counter[str]()
    for folder in folders:
        pages = load_dataset(folder)
        changed = lost = 0
        by_source = Counter[str]()
        for page in pages:
            first = cleaner.clean(page.text(), url=page.url)
            second = cleaner.clean(first.text, url=page.url)
            dropped = [line for line in second.lines if line.label is Label.DROP]
            if not dropped:
                continue
            changed += 1
            lost += len(dropped)
            for line in dropped:
                family = source(line)
                by_source[family] += 1
                if len(shown) < args.show:
                    strongest = max(line.reasons, key=lambda r: r.weight, default=None)
                    shown.append(f"{folder.name}/{page.id} line {line.index + 1} [{family}] "
                                 f"{strongest}\n    | {line.text[:160]}")
        report[folder.name] = {"pages": len(pages), "pages_changed": changed,
                               "lines_lost": lost, "by_source": dict(by_source.most_common())}
        total.update({"pages": len(pages), "pages_changed": changed, "lines_lost": lost})
        sources = ", ".join(f"{k} {v}" for k, v in by_source.most_common()) or "-"
        print(f"{folder.name}: {changed} of {len(pages)} pages change on a second pass, "
              f"{lost} lines lost ({sources})")
    print(f"all: {total['pages_changed']} of {total['pages']} pages, {total['lines_lost']} lines")
    for row in shown:
        print(row)
    if args.json:
        args.json.write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
