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
import contextlib
import io
import json
import os
import signal
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from cleaner import __version__
from cleaner.api import Cleaner, Options
from cleaner.batch import RecordOutput, Report, Settings, run_jobs, run_records
from cleaner.data import write_all, write_atomic
from cleaner.errors import CleanerError, InputError, OutputError
from cleaner.files import (
    DEFAULT_MAX_BYTES,
    OUTPUT_FORMATS,
    RECORD_FORMATS,
    Job,
    Plan,
    record_format,
)
from cleaner.rules import DOCUMENT_SECONDS
from cleaner.workers import DEFAULT_MEMORY_BYTES, DEFAULT_SECONDS, Limits

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
    inputs.add_argument("--glob",
                        help="which files of a folder to clean (default: .txt, .html, .htm, "
                        ".xhtml and .html.gz files); the others are counted as skipped")
    inputs.add_argument("--input-format", choices=("text", "html", "auto", *RECORD_FORMATS),
                        help="what the inputs are (default: by extension; standard input: "
                        "auto, which recognises markup): text or html documents, or files of "
                        "records: jsonl (.jsonl, .gz, .zst), parquet, warc (response records, "
                        "HTML), wet (conversion records, text)")
    inputs.add_argument("--url", help="the document's URL (chooses the publisher rule set)")
    inputs.add_argument("--charset", help="an HTML page's charset from its HTTP header (else "
                        "its <meta> tag, else detected)")
    inputs.add_argument("--language",
                        help="lexicon language (default: the publisher's, else detected)")
    inputs.add_argument("--shape", choices=("auto", "page", "extract"), default="auto",
                        help="page: a whole page's text; extract: an HTML extractor's output; "
                        "auto (default): judged per document")
    output = parser.add_argument_group("Output")
    output.add_argument("-o", "--output", type=Path,
                        help="output folder (required for folders and several files); "
                        "mirrors the inputs' paths under it, never inside an input folder")
    output.add_argument("--format", choices=("text", "body"), default="text",
                        help="text: headline, standfirst and body; body: the body alone")
    records = parser.add_argument_group("Records (JSONL, Parquet, WARC, WET)")
    records.add_argument("--output-format", choices=OUTPUT_FORMATS,
                         help="jsonl or parquet (default: by -o's extension; jsonl on "
                         "standard output)")
    records.add_argument("--text-field", default="text", metavar="NAME",
                         help="the field holding the text (default: %(default)s)")
    records.add_argument("--url-field", default="url", metavar="NAME",
                         help="the field holding the URL (default: %(default)s)")
    records.add_argument("--id-field", metavar="NAME",
                         help="the field naming a record in error messages")
    records.add_argument("--output-field", metavar="NAME",
                         help="write the cleaned text to this field and keep the original "
                         "(default: replace the text field)")
    records.add_argument("--errors", type=Path, metavar="FILE",
                         help="write records that could not be cleaned here (JSONL), not to "
                         "the output")
    records.add_argument("--drop-empty", action="store_true",
                         help="leave out records with no text left after cleaning (counted)")
    rules = parser.add_argument_group("Rules")
    rules.add_argument("--publisher", help="use this publisher's rule set (host or name)")
    add_rule_folders(rules)
    limits = parser.add_argument_group("Limits (per document; 0: none)")
    limits.add_argument("--max-bytes", type=int, default=DEFAULT_MAX_BYTES, metavar="N",
                        help="larger documents fail, counted (default: %(default)s)")
    limits.add_argument("--time-limit", type=float, default=DEFAULT_SECONDS, metavar="S",
                        help="a document still being cleaned after S seconds is stopped and "
                        "fails, counted (default: %(default)s)")
    limits.add_argument("--rule-time", type=float, default=DOCUMENT_SECONDS, metavar="S",
                        help="time all publisher rule patterns may take on one document; "
                        "a document that needs more fails, naming the rule (default: "
                        "%(default)s)")
    limits.add_argument("--max-memory", type=int, default=DEFAULT_MEMORY_BYTES // 2**20,
                        metavar="MB", help="address space of each worker process; a document "
                        "that needs more fails, counted (default: %(default)s)")
    diag = parser.add_argument_group("Diagnostics")
    diag.add_argument("--explain", action="store_true",
                      help="print every line with its labels, category and reasons")
    diag.add_argument("--jobs", type=int, default=1, metavar="N", help="worker processes")
    diag.add_argument("--quiet", action="store_true", help="no progress bar, no summary")
    return parser


class Interrupted(KeyboardInterrupt):
    """SIGINT or SIGTERM: the run stops, its workers with it, nothing is left half-written."""

    def __init__(self, signum: int) -> None:
        super().__init__(signal.Signals(signum).name)
        self.signum = signum


def _interrupt(signum: int, frame: object) -> None:
    raise Interrupted(signum)


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
    except KeyboardInterrupt as exc:
        signum = exc.signum if isinstance(exc, Interrupted) else signal.SIGINT
        return 128 + signum


def write_stdout(text: str) -> None:
    """Write to standard output and flush; a failure (a full disk, a file size limit, a
    closed pipe) is an ``OutputError``, and standard output is closed quietly after it."""
    try:
        fd = sys.stdout.fileno()
    except (AttributeError, ValueError, io.UnsupportedOperation):  # (not a file: a capture)
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    try:
        sys.stdout.flush()
        write_all(fd, text.encode("utf-8"))
    except OSError as exc:
        with contextlib.suppress(OSError):  # (no second complaint when Python exits)
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        raise OutputError(f"cannot write to standard output: {exc.strerror or exc}") from None


def clean_main(argv: Sequence[str]) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.jobs < 1:
        parser.error("--jobs must be at least 1")
    if args.max_bytes < 0 or args.time_limit < 0 or args.max_memory < 0:
        parser.error("--max-bytes, --time-limit and --max-memory take 0 (no limit) or more")
    paths = [p for p in args.paths if str(p) != "-"]
    missing = [p for p in paths if not os.path.lexists(p)]
    if missing:
        parser.error(f"no such file or folder: {', '.join(map(str, missing))}")
    many = len(paths) > 1 or (len(paths) == 1 and paths[0].is_dir())
    if many and args.output is None:
        parser.error("give an output folder with -o for folders or several files "
                     "(news-cleaner never writes beside or over its inputs)")
    # What is wrong for every document is said once, before anything runs.
    if not args.rule_time > 0:
        parser.error("--rule-time takes a positive number of seconds")
    cleaner = Cleaner(args.rules, options=Options(use_packaged_rules=not args.no_packaged_rules,
                                                  shape=args.shape, rule_seconds=args.rule_time))
    cleaner.choose_publisher([], args.url, args.publisher)
    signal.signal(signal.SIGTERM, _interrupt)
    if args.input_format in RECORD_FORMATS or (
            args.output is not None and record_format(args.output) in OUTPUT_FORMATS) or (
            paths and all(record_format(p) for p in paths if not p.is_dir())
            and any(not p.is_dir() for p in paths)):
        return records_main(parser, args, paths, cleaner)
    plan = Plan(paths, args.output, args.glob) if paths else None
    settings = Settings(url=args.url, publisher=args.publisher, language=args.language,
                        format="explain" if args.explain else args.format,
                        max_bytes=args.max_bytes or None, input_format=args.input_format,
                        charset=args.charset)
    limits = _limits(args)

    total = Report()
    progress = None
    if plan is None:
        data = sys.stdin.buffer.read(args.max_bytes + 1 if args.max_bytes else -1)
        jobs: Iterable[Job] = [Job(None, None, data=data)]
        if args.max_bytes and len(data) > args.max_bytes:
            jobs = [Job(None, None, refused=f"over {args.max_bytes:,} bytes, the limit "
                                            "(raise it with --max-bytes)")]
    else:
        found = plan.check_all() if args.output is not None else None
        if not args.quiet and sys.stderr.isatty() and many:
            progress = _progress(total=found, unit="doc")
        jobs = plan.jobs(lambda path, why: total.skipped.update([why]))

    def done(report: Report, output: str) -> None:
        nonlocal total
        total += report
        if output:
            write_stdout(output)
        if progress is not None:
            progress.update(1)

    try:
        run_jobs(jobs, cleaner, settings, workers=args.jobs, limits=limits, on_done=done)
    except KeyboardInterrupt:
        if not args.quiet:
            print("clean: interrupted; every output written so far is whole, none is left "
                  "half-written", file=sys.stderr)
        raise
    finally:
        if progress is not None:
            progress.close()
    if not args.quiet and (many or total.failed):
        print(summary(total), file=sys.stderr)
    elif total.failed:
        print("\n".join(total.errors), file=sys.stderr)
    return EXIT_FAILED if total.failed else EXIT_OK


def _progress(**kwargs: Any) -> Any:
    """A progress bar on standard error (tqdm, imported only for a terminal)."""
    from tqdm import tqdm

    tqdm.monitor_interval = 0  # (no monitor thread: the workers are forked)
    return tqdm(file=sys.stderr, **kwargs)


def _limits(args: argparse.Namespace) -> Limits:
    return Limits(seconds=args.time_limit or None,
                  memory_bytes=args.max_memory * 2**20 if args.max_memory else None)


def records_main(parser: argparse.ArgumentParser, args: argparse.Namespace, paths: list[Path],
                 cleaner: Cleaner) -> int:
    """``clean`` over files of records: every record out, in order, in one output."""
    from cleaner.streams import Fields, Writer, parquet_schema

    inputs: list[tuple[Path | None, str]] = []
    for path in paths:
        found = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for item in found:
            fmt = args.input_format or record_format(item)
            if fmt is None or (path.is_dir() and record_format(item) not in (fmt, None)):
                continue
            if fmt not in RECORD_FORMATS:
                parser.error(f"{item}: not a record file (.jsonl, .parquet, .warc, .wet)")
            inputs.append((item, fmt))
    if not paths:
        if args.input_format == "parquet":
            parser.error("Parquet cannot be read from standard input; give a file")
        inputs.append((None, args.input_format))
    output = args.output
    fmt = args.output_format or (record_format(output) if output is not None else "jsonl") or ""
    if output is not None and (output.is_dir() or fmt not in OUTPUT_FORMATS):
        parser.error(f"-o {output}: for records, -o names one output file (.jsonl, "
                     ".jsonl.gz, .jsonl.zst or .parquet), or give --output-format")
    if output is None and fmt == "parquet":
        parser.error("Parquet is written to a file: give -o OUT.parquet")
    real_inputs = {os.path.realpath(p) for p, _ in inputs if p is not None}
    for target in (output, args.errors):
        if target is not None and os.path.realpath(target) in real_inputs:
            raise InputError(f"{target} is an input; news-cleaner never writes over its inputs")
    settings = Settings(url=args.url, publisher=args.publisher, language=args.language,
                        format=args.format, max_bytes=args.max_bytes or None)
    fields = Fields(text=args.text_field, url=args.url_field, id=args.id_field)
    writer = Writer(output, fmt)
    if fmt == "parquet" and inputs and all(f == "parquet" for _, f in inputs):
        schemas = {parquet_schema(p) for p, _ in inputs if p is not None}
        if len(schemas) == 1:  # (the output keeps the input's types, nulls and all)
            writer.schema_hint = schemas.pop()
    out = RecordOutput(writer, Writer(args.errors, "jsonl") if args.errors else None,
                       output_field=args.output_field, drop_empty=args.drop_empty,
                       explain=args.explain)
    progress = None
    if not args.quiet and sys.stderr.isatty():
        progress = _progress(unit="B", unit_scale=True, desc="records")

    records = 0

    def done(report: Report, size: int) -> None:
        nonlocal records
        records += 1
        if progress is not None:
            progress.set_postfix_str(f"{records:,} records", refresh=False)
            progress.update(size)

    try:
        total = run_records(inputs, fields, out, cleaner, settings, workers=args.jobs,
                            limits=_limits(args), on_done=done)
    except KeyboardInterrupt:
        if not args.quiet:
            print("clean: interrupted; no output was written", file=sys.stderr)
        raise
    finally:
        if progress is not None:
            progress.close()
    if not args.quiet:
        print(summary(total, unit="records"), file=sys.stderr)
    return EXIT_FAILED if total.failed else EXIT_OK


def summary(report: Report, unit: str = "documents") -> str:
    failed = f"{report.failed} failed"
    if report.over_limit:
        failed += f" ({report.over_limit} over a limit)"
    skipped = sum(report.skipped.values())
    why = ", ".join(f"{n} {reason}" for reason, n in report.skipped.most_common())
    rows = [f"{unit}: {report.documents} cleaned, {failed}, {skipped} skipped"
            + (f" ({why})" if why else ""),
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


def add_rule_folders(parser: argparse.ArgumentParser | argparse._ArgumentGroup) -> None:
    """``--rules DIR`` (repeatable) and ``--no-packaged-rules``, taken by ``clean`` and by
    ``clean eval`` (where leaving the packaged rules out measures what a publisher without
    a rule file of its own sees)."""
    parser.add_argument("--rules", action="append", type=Path, default=[], metavar="DIR",
                        help="an extra folder of publisher rule files (repeatable)")
    parser.add_argument("--no-packaged-rules", action="store_true",
                        help="use only the rule folders given with --rules")


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
                        "after HTML extraction), told it is an extract and not told")
    parser.add_argument("--sites", choices=SITES, default="all",
                        help="all (default), or only the tuning or the held-out sites' pages")
    parser.add_argument("--limit", type=int, help="only the first N pages")
    parser.add_argument("--worst", type=int, default=10,
                        help="list the N worst pages (of the tuning sites)")
    parser.add_argument("--json", type=Path, metavar="FILE", help="also write every figure as JSON")
    add_rule_folders(parser)
    args = parser.parse_args(argv)
    cleaner = Cleaner(args.rules, options=Options(use_packaged_rules=not args.no_packaged_rules))
    report = evaluate(args.dataset, cleaner, mode=args.mode, peers=args.peers,
                      after_trafilatura=args.after == "trafilatura", limit=args.limit,
                      worst=args.worst, sites=args.sites)
    print(format_eval(report))
    if args.json:
        write_atomic(args.json, (json.dumps(report, indent=2) + "\n").encode("utf-8"))
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
            f"{report.get('sites', 'all')} sites"
            + ("" if report.get("packaged_rules", True) else ", without the packaged rules"))
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
