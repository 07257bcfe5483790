"""The ``clean`` command.

    clean article.txt                  # cleaned article to standard output
    clean < article.txt                # the same, from standard input
    clean --explain article.txt        # every line: keep/drop, category, reasons
    clean pages/ -o cleaned/ --jobs 2  # a folder, mirrored into another
    clean corpus [corpus/]             # line precision and recall on a labelled corpus
    clean eval DATASET --peers         # benchmark metrics, ours and the peers' side by side
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from cleaner import __version__
from cleaner.api import Cleaner, Options, read_document
from cleaner.batch import Report, check_destinations, iter_jobs, render_output, run_jobs
from cleaner.errors import CleanerError

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="clean", description="Strip boilerplate from scraped news text (one paragraph "
        "per line); keep every sentence of the article.",
        epilog="Other commands: `clean corpus [DIR]` scores the labelled corpus; "
        "`clean eval DATASET_DIR` scores a benchmark (see `clean eval --help`).")
    parser.add_argument("--version", action="version", version=f"news-cleaner {__version__}")
    inputs = parser.add_argument_group("Input")
    inputs.add_argument("paths", nargs="*", type=Path,
                        help="files and folders (recursive); none or '-': standard input")
    inputs.add_argument("--glob", default="*.txt",
                        help="which files of a folder to clean (default: %(default)s); "
                        "the others are counted as skipped")
    inputs.add_argument("--url", help="the document's URL (chooses the publisher rule set)")
    inputs.add_argument("--language",
                        help="lexicon language (default: the publisher's, else detected)")
    inputs.add_argument("--shape", choices=("auto", "page", "extract"), default="auto",
                        help="page: a whole page's text; extract: an HTML extractor's output; "
                        "auto (default): judged per document")
    inputs.add_argument("--input-format", choices=("auto", "text", "html"), default="auto",
                        help="html: an HTML page (decoded as a browser would); text: one "
                        "paragraph per line; auto (default): a document that opens like "
                        "markup is HTML")
    inputs.add_argument("--charset", help="an HTML page's charset from its HTTP header (else "
                        "its <meta> tag, else detected)")
    output = parser.add_argument_group("Output")
    output.add_argument("-o", "--output", type=Path,
                        help="output folder (required for folders and several files); "
                        "mirrors the input tree, never inside an input folder")
    output.add_argument("--format", choices=("text", "body"), default="text",
                        help="text: headline, standfirst and body; body: the body alone")
    rules = parser.add_argument_group("Rules")
    rules.add_argument("--publisher", help="use this publisher's rule set (host or name)")
    rules.add_argument("--rules", action="append", type=Path, default=[], metavar="DIR",
                       help="an extra folder of publisher rule files (repeatable)")
    rules.add_argument("--no-packaged-rules", action="store_true",
                       help="use only the rule folders given with --rules")
    diag = parser.add_argument_group("Diagnostics")
    diag.add_argument("--explain", action="store_true",
                      help="print every line with its labels, category and reasons")
    diag.add_argument("--jobs", type=int, default=1, metavar="N", help="worker processes")
    diag.add_argument("--quiet", action="store_true", help="no progress bar, no summary")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        if args[:1] == ["corpus"]:
            return corpus_main(args[1:])
        if args[:1] == ["eval"]:
            return eval_main(args[1:])
        return clean_main(args)
    except CleanerError as exc:
        print(f"clean: error: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        return 130


def clean_main(argv: Sequence[str]) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.jobs < 1:
        parser.error("--jobs must be at least 1")
    cleaner = Cleaner(args.rules, options=Options(use_packaged_rules=not args.no_packaged_rules,
                                                  shape=args.shape))
    settings = {"url": args.url, "publisher": args.publisher, "language": args.language,
                "format": "explain" if args.explain else args.format,
                "input_format": args.input_format, "charset": args.charset}
    paths = [p for p in args.paths if str(p) != "-"]
    if not paths:
        doc = read_document(sys.stdin.buffer.read(), "<stdin>", args.input_format)
        result = cleaner.clean(doc, url=args.url, publisher=args.publisher,
                               language=args.language, format=args.input_format,
                               charset=args.charset)
        sys.stdout.write(render_output(result, settings["format"] or "text"))
        return EXIT_OK
    missing = [p for p in paths if not p.exists()]
    if missing:
        parser.error(f"no such file or folder: {', '.join(map(str, missing))}")
    many = len(paths) > 1 or paths[0].is_dir()
    if many and args.output is None:
        parser.error("give an output folder with -o for folders or several files "
                     "(news-cleaner never writes beside or over its inputs)")
    if args.output is not None:
        check_destinations(paths, args.output)

    total = Report()
    skipped: list[Path] = []
    progress = None
    if not args.quiet and sys.stderr.isatty() and many:
        from tqdm import tqdm

        progress = tqdm(unit="doc", file=sys.stderr)

    def done(report: Report, output: str) -> None:
        nonlocal total
        total += report
        if output:
            sys.stdout.write(output)
        if progress is not None:
            progress.update(1)

    jobs = iter_jobs(paths, args.output, args.glob, skipped.append)
    run_jobs(jobs, cleaner, settings, args.jobs, done)
    if progress is not None:
        progress.close()
    total.skipped = len(skipped)
    if not args.quiet and (many or total.failed):
        print(summary(total), file=sys.stderr)
    elif total.failed:
        print("\n".join(total.errors), file=sys.stderr)
    return EXIT_FAILED if total.failed else EXIT_OK


def summary(report: Report) -> str:
    rows = [(f"documents: {report.documents} cleaned, {report.failed} failed, "
            f"{report.skipped} skipped (not matching --glob)"),
            (f"lines: {report.lines}, removed {sum(report.lines_removed.values())} "
            f"({sum(report.chars_removed.values())} characters)")]
    for category, count in report.lines_removed.most_common():
        rows.append(f"  {category:<14}{count:>8} lines {report.chars_removed[category]:>10} chars")
    if report.publishers:
        rows.append("publishers: " + ", ".join(f"{k} {v}" for k, v in
                                               report.publishers.most_common()))
    for error in report.errors[:20]:
        rows.append(f"error: {error}")
    if len(report.errors) > 20:
        rows.append(f"... and {len(report.errors) - 20} more errors")
    return "\n".join(rows)


def corpus_main(argv: Sequence[str]) -> int:
    from cleaner.corpus import iter_corpus, score_corpus

    parser = argparse.ArgumentParser(
        prog="clean corpus", description="Line precision and recall on a labelled corpus "
        "(keep = article line is the positive class).")
    parser.add_argument("root", nargs="?", type=Path, default=Path("corpus"))
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    parser.add_argument("--missed", action="store_true", help="list article lines dropped")
    args = parser.parse_args(argv)
    if not args.root.is_dir():
        parser.error(f"{args.root} is not a folder")
    totals = score_corpus(Cleaner(), iter_corpus(args.root))
    if args.json:
        print(json.dumps({k: {"lines": v.lines, "keep_precision": v.keep_precision,
                              "keep_recall": v.keep_recall, "drop_precision": v.drop_precision,
                              "drop_recall": v.drop_recall} for k, v in totals.items()}, indent=2))
        return EXIT_OK
    print(f"{'set':<14}{'lines':>7}{'keep P':>9}{'keep R':>9}{'drop P':>9}{'drop R':>9}")
    for name, c in sorted(totals.items(), key=lambda kv: (kv[0] == "all", kv[0])):
        print(f"{name:<14}{c.lines:>7}{c.keep_precision:>9.3f}{c.keep_recall:>9.3f}"
              f"{c.drop_precision:>9.3f}{c.drop_recall:>9.3f}")
    if args.missed:
        for row in totals["all"].missed if "all" in totals else []:
            print("missed:", row)
    return EXIT_OK


def eval_main(argv: Sequence[str]) -> int:
    from cleaner.evaluate import MODES, SITES, evaluate

    parser = argparse.ArgumentParser(
        prog="clean eval", description="Clean every page of a benchmark dataset (pages.jsonl, "
        "text/, html/) and report its own metrics against the cleaned body, on all the "
        "pages and on the tuning and held-out sites apart.")
    parser.add_argument("dataset", type=Path, help="a dataset folder, e.g. a benchmarks/ folder")
    parser.add_argument("--mode", choices=MODES, default="text",
                        help="text (default): clean the pages' text/ files; html: their HTML")
    parser.add_argument("--peers", action="store_true",
                        help="also, in text mode: the text as is, jusText on the text, "
                        "trafilatura on the HTML; in html mode: trafilatura and resiliparse "
                        "on the HTML and the cleaner on the text")
    parser.add_argument("--after", choices=("trafilatura",),
                        help="also clean the named extractor's output (the cleaner as a step "
                        "after HTML extraction)")
    parser.add_argument("--sites", choices=SITES, default="all",
                        help="all (default), or only the tuning or the held-out sites' pages")
    parser.add_argument("--limit", type=int, help="only the first N pages")
    parser.add_argument("--worst", type=int, default=10,
                        help="list the N worst pages (of the tuning sites)")
    parser.add_argument("--json", type=Path, metavar="FILE", help="also write every figure as JSON")
    parser.add_argument("--rules", action="append", type=Path, default=[], metavar="DIR")
    args = parser.parse_args(argv)
    report = evaluate(args.dataset, Cleaner(args.rules), mode=args.mode, peers=args.peers,
                      after_trafilatura=args.after == "trafilatura", limit=args.limit,
                      worst=args.worst, sites=args.sites)
    print(format_eval(report))
    if args.json:
        args.json.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    return EXIT_OK


def format_eval(report: dict[str, Any]) -> str:
    def cell(value: object, width: int = 8) -> str:
        if not isinstance(value, float):
            return f"{'-':>{width}}"
        return f"{value:>{width}.{3 if value < 100 else 0}f}"

    def table(systems: dict[str, dict[str, Any]], timed: bool) -> list[str]:
        rows = [f"{'system':<34}{'sh.P':>8}{'sh.R':>8}{'sh.F1':>8}{'w.P':>8}{'w.R':>8}"
                f"{'w.F1':>8}{'with':>8}{'without':>8}"
                + (f"{'sec':>8}{'pages/s':>8}{'MB/s':>8}" if timed else "")]
        for name, s in systems.items():
            row = (f"{name:<34}{cell(s['shingle_precision'])}{cell(s['shingle_recall'])}"
                   f"{cell(s['shingle_f1'])}{cell(s['word_precision'])}{cell(s['word_recall'])}"
                   f"{cell(s['word_f1'])}{cell(s['with_rate'])}{cell(s['without_rate'])}")
            if timed:
                done = s["pages"] - s["failures"]
                row += (f"{s['seconds']:>8.1f}"
                        f"{cell(done / s['seconds'] if s['seconds'] else None)}"
                        f"{cell(s['mb_per_s'])}")
            rows.append(row)
        return rows

    head = (f"{report['dataset']}: {report['pages']} pages, {report.get('mode', 'text')} mode, "
            f"{report.get('sites', 'all')} sites")
    rows = [head, *table(report["systems"], True)]
    for part, split in report.get("splits", {}).items():
        rows.append(f"{part} sites ({split['sites']} sites, {split['pages']} pages):")
        rows.extend(table(split["systems"], False))
    removed = report["removed_lines_by_category"]
    rows.append("lines removed by category: " + ", ".join(f"{k} {v}" for k, v in removed.items()))
    rows.append("worst pages of the tuning sites (shingle F1): " + ", ".join(
        f"{w['id'][:12]} {w['shingle_f1']:.2f}" for w in report["worst_pages"]))
    for name, failures in report["failures"].items():
        rows.append(f"{name}: {len(failures)} pages failed, e.g. {next(iter(failures.items()))}")
    return "\n".join(rows)


if __name__ == "__main__":
    sys.exit(main())
