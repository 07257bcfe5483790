"""A digest of the cleaner's whole verdict on every benchmark page and corpus document:
the equivalence test of a change that must not move a single line's evidence.

    python scripts/evidence_digest.py                         # a SHA-256 per set, and overall
    python scripts/evidence_digest.py --json /tmp/before.json # ... and keep each page's digest
    python scripts/evidence_digest.py --diff /tmp/before.json # ... and list the pages that changed
    python scripts/evidence_digest.py --labels-only           # label and category alone

Per line (blank ones too) the full digest takes its index, label, first label, category,
score rounded to 6 places, and every reason's code, detail and weight (rounded to 6
places), in order. ``--labels-only`` takes the index, label and category alone: what
another implementation of the classifier (a port to Rust, say) must reproduce exactly,
whatever its reasons read like.

Sets: the ``text/`` pages of each benchmark in ``../shared/benchmarks`` (cleaned with
their URL, as ``clean eval`` does), the same pages' ``html/`` (set ``NAME/html``, cleaned
as ``clean eval --mode html`` does) and the documents of ``corpus/`` (with their URL and
language, as ``clean corpus`` does; the sample's ``.txt`` files as they are).
``--mode text`` or ``--mode html`` takes one of the two views of the benchmarks.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from cleaner import Cleaner  # noqa: E402
from cleaner.corpus import iter_corpus  # noqa: E402
from cleaner.evaluate import load_dataset  # noqa: E402
from cleaner.lines import Line  # noqa: E402

BENCHMARKS = ROOT.parent / "shared" / "benchmarks"
SETS = ("scrapinghub", "wcxb-dev-articles", "fundus-dev")


def line_record(line: Line, labels_only: bool) -> str:
    category = line.category.value if line.category is not None else "-"
    if labels_only:
        return f"{line.index}\t{line.label.value}\t{category}"
    reasons = "\x1f".join(f"{r.code}\x1e{r.detail}\x1e{round(r.weight, 6)!r}"
                          for r in line.reasons)
    return (f"{line.index}\t{line.label.value}\t{line.first_label.value}\t{category}\t"
            f"{round(line.score, 6)!r}\t{reasons}")


def page_digest(lines: list[Line], labels_only: bool) -> str:
    digest = hashlib.sha256()
    for line in lines:
        digest.update(line_record(line, labels_only).encode("utf-8", "surrogatepass") + b"\n")
    return digest.hexdigest()


Document = tuple[str, str, "str | bytes", "str | None", "str | None"]


def documents(benchmarks: Path, mode: str = "both") -> Iterator[Document]:
    """(set, page id, text or HTML bytes, url, language) of every document, set by set."""
    for name in SETS:
        folder = benchmarks / name
        if not (folder / "pages.jsonl").is_file():
            print(f"(no benchmark at {folder}: skipped)", file=sys.stderr)
            continue
        pages = load_dataset(folder)
        if mode in ("text", "both"):
            for page in pages:
                yield name, page.id, page.text(), page.url, None
        if mode in ("html", "both"):
            for page in pages:
                if page.html_path is not None:
                    yield f"{name}/html", page.id, page.html_bytes(), page.url, None
    corpus = ROOT / "corpus"
    for doc in iter_corpus(corpus):
        yield "corpus", doc.path.relative_to(corpus).as_posix(), doc.text, doc.url, \
            doc.meta.get("language")
    for path in sorted((corpus / "sample").glob("*.txt")):
        yield "corpus", path.relative_to(corpus).as_posix(), path.read_text("utf-8"), None, None


def digests(labels_only: bool, benchmarks: Path, mode: str = "both") -> dict[str, dict[str, str]]:
    """Per set, each page's digest."""
    cleaner = Cleaner()
    out: dict[str, dict[str, str]] = {}
    for name, page, text, url, language in documents(benchmarks, mode):
        result = cleaner.clean(text, url=url, language=language,
                               format="html" if isinstance(text, bytes) else "text")
        out.setdefault(name, {})[page] = page_digest(result.lines, labels_only)
    return out


def combine(pages: dict[str, str]) -> str:
    digest = hashlib.sha256()
    for page in sorted(pages):
        digest.update(f"{page}\t{pages[page]}\n".encode())
    return digest.hexdigest()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.partition("\n\n")[0])
    parser.add_argument("--labels-only", action="store_true",
                        help="digest each line's label and category only")
    parser.add_argument("--json", type=Path, metavar="OUT.json",
                        help="write every page's digest to this file")
    parser.add_argument("--diff", type=Path, metavar="OTHER.json",
                        help="list the pages whose digest differs from this file's")
    parser.add_argument("--benchmarks", type=Path, default=BENCHMARKS,
                        help=f"the benchmark folders' parent (default {BENCHMARKS})")
    parser.add_argument("--mode", choices=("text", "html", "both"), default="both",
                        help="the benchmarks' text pages, their HTML, or both (default)")
    args = parser.parse_args(argv)
    found = digests(args.labels_only, args.benchmarks, args.mode)
    sets = {name: combine(pages) for name, pages in found.items()}
    overall = combine(sets)
    for name, value in sets.items():
        print(f"{name:<20} {len(found[name]):>5} pages  {value}")
    print(f"{'overall':<20} {sum(map(len, found.values())):>5} pages  {overall}")
    if args.json:
        args.json.write_text(json.dumps({"labels_only": args.labels_only, "overall": overall,
                                         "sets": sets, "pages": found}, indent=1) + "\n")
    if args.diff:
        other = json.loads(args.diff.read_text("utf-8"))
        if other.get("labels_only") != args.labels_only:
            print(f"{args.diff} holds {'label' if other.get('labels_only') else 'full'} "
                  "digests: run with the same --labels-only", file=sys.stderr)
            return 2
        changed = 0
        for name in sorted({*found, *other["pages"]}):
            mine, theirs = found.get(name, {}), other["pages"].get(name, {})
            for page in sorted({*mine, *theirs}):
                if mine.get(page) != theirs.get(page):
                    changed += 1
                    state = ("new" if page not in theirs else "gone" if page not in mine
                             else "changed")
                    print(f"{state}: {name}/{page}")
        print(f"{changed} page(s) differ from {args.diff}"
              if changed else f"identical to {args.diff}")
        return 1 if changed else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
