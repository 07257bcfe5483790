"""Copy the development sets' held-out pages into tests/data/heldout/, for the gate on them.

    python scripts/heldout_sample.py [--benchmarks ../shared/benchmarks]

For each benchmark, the pages of its held-out sites (``cleaner.evaluate.is_heldout``: a
fifth of the sites, by the hash of their name) go to ``tests/data/heldout/<name>/``:
``pages.jsonl`` (the gold: ``body``, ``with``, ``without``; the URL and publisher that
name the site) and ``text/`` (the text mode's input, unchanged). Beside them,
``<name>/after-trafilatura/`` holds trafilatura's output on each page's HTML (as
``clean eval --after trafilatura`` makes it), with the same gold: the input of the cleaner
as a step after trafilatura, so the gate needs neither the HTML nor trafilatura. Each
benchmark's LICENSE and README are copied beside its pages. Then re-pin the gate:
``python scripts/pin_baselines.py`` (a floor that falls needs ``--lower``).
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from importlib.metadata import version
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from cleaner.evaluate import load_dataset, select_sites, trafilatura_text  # noqa: E402

OUT = ROOT / "tests" / "data" / "heldout"
FIELDS = ("id", "url", "publisher", "body", "with", "without")
HEADER = """# Held-out pages of {name}, for the gate on sites never tuned on

The {count} pages of the {sites} held-out sites of the project's copy of this benchmark
(`cleaner.evaluate.is_heldout`: a site whose name's SHA-256 is divisible by 5), chosen by
that rule alone, not by score. Kept: each page's `text/` file unchanged and, in
`pages.jsonl`, its gold (`body`, `with`, `without`) and the `url` and `publisher` that
name its site; the HTML is left out. `after-trafilatura/text/` holds trafilatura {traf}'s
output on each page's HTML (`trafilatura.extract(html, url=url, include_comments=False)`),
with the same gold. Made by `scripts/heldout_sample.py`. The licence of the source is
unchanged (LICENSE beside this file); the original README follows.

---

"""


def copy(folder: Path) -> None:
    pages = select_sites(load_dataset(folder), "heldout")
    out = OUT / folder.name
    shutil.rmtree(out, ignore_errors=True)
    (out / "text").mkdir(parents=True)
    (out / "after-trafilatura" / "text").mkdir(parents=True)
    with (folder / "pages.jsonl").open(encoding="utf-8") as index:  # (lines end in \n only)
        rows = {str(row["id"]): row for row in map(json.loads, index)}
    with (out / "pages.jsonl").open("w", encoding="utf-8") as plain, \
         (out / "after-trafilatura" / "pages.jsonl").open("w", encoding="utf-8") as after:
        for page in pages:
            row = {k: rows[page.id][k] for k in FIELDS if k in rows[page.id]}
            shutil.copyfile(page.text_path, out / "text" / f"{page.id}.txt")
            plain.write(json.dumps({**row, "text": f"text/{page.id}.txt"},
                                   ensure_ascii=False) + "\n")
            (out / "after-trafilatura" / "text" / f"{page.id}.txt").write_text(
                trafilatura_text(page.html(), page.url), encoding="utf-8")
            after.write(json.dumps({**row, "text": f"text/{page.id}.txt"},
                                   ensure_ascii=False) + "\n")
    shutil.copyfile(folder / "LICENSE", out / "LICENSE")
    readme = HEADER.format(name=folder.name, count=len(pages),
                           sites=len({p.site for p in pages}), traf=version("trafilatura"))
    (out / "README.md").write_text(readme + (folder / "README.md").read_text("utf-8"),
                                   encoding="utf-8")
    print(f"{folder.name}: {len(pages)} pages of {len({p.site for p in pages})} sites")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--benchmarks", type=Path, default=ROOT.parent / "shared" / "benchmarks")
    args = parser.parse_args()
    for folder in sorted(p for p in args.benchmarks.iterdir() if (p / "pages.jsonl").is_file()):
        copy(folder)
    return 0


if __name__ == "__main__":
    sys.exit(main())
