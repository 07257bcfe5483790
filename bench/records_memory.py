"""Peak memory of this checkout's ``clean IN.jsonl -o OUT.jsonl`` as the input grows: a
record run streams, so a 1 GB input must peak where a 100 MB one does.

The input is the WCXB development texts (or the test samples) as JSONL records, repeated
to each size. The peak is the largest sum of the resident memory of the whole process
tree (the parent and its workers), sampled every 0.1 s from /proc (Linux), each
process's own peak (``VmHWM``) at its last sample, and the largest proportional set size
(``Pss``: a page shared by n processes counted 1/n in each) a worker had at a sample. A
forked worker's resident memory counts every page it shares with the parent (the
compiled rules, lexicons, language tables): its ``Pss`` is nearer what it costs alone.

    python bench/records_memory.py                # 100 MB and 1 GB, --jobs 2
    python bench/records_memory.py --sizes 10 100 --jobs 1
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def texts() -> list[dict[str, str]]:
    for base in (ROOT.parent / "shared" / "benchmarks" / "wcxb-dev-articles",
                 ROOT / "tests" / "data" / "benchmarks" / "wcxb-dev-articles"):
        if (base / "pages.jsonl").is_file():
            rows = []
            with open(base / "pages.jsonl", encoding="utf-8") as handle:
                for line in handle:
                    page = json.loads(line)
                    rows.append({"url": page.get("url") or "",
                                 "text": (base / page["text"]).read_text("utf-8")})
            return rows
    raise SystemExit("no WCXB texts found")


def make_input(path: Path, megabytes: int, rows: list[dict[str, str]]) -> int:
    target = megabytes * 1_000_000
    written = n = 0
    with open(path, "w", encoding="utf-8") as out:
        while written < target:
            row = rows[n % len(rows)]
            line = json.dumps({"id": n, **row}, ensure_ascii=False) + "\n"
            out.write(line)
            written += len(line.encode())
            n += 1
    return n


def tree(pid: int) -> list[int]:
    found = [pid]
    for child in Path("/proc").glob("[0-9]*"):
        try:
            stat = (child / "stat").read_text()
        except OSError:
            continue
        if int(stat.rsplit(")", 1)[1].split()[1]) in found:
            found.append(int(child.name))
    return found


def rss_kb(pid: int, key: str = "VmRSS") -> int:
    try:
        for row in Path(f"/proc/{pid}/status").read_text().splitlines():
            if row.startswith(key + ":"):
                return int(row.split()[1])
    except OSError:
        pass
    return 0


def pss_kb(pid: int) -> int:
    try:
        for row in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if row.startswith("Pss:"):
                return int(row.split()[1])
    except OSError:
        pass
    return 0


def run(path: Path, out: Path, jobs: int) -> tuple[float, float, float, float]:
    """Seconds, the peak of the tree's resident memory (MB), the largest process peak, the
    largest worker Pss."""
    # (this checkout's cleaner, as `python -m cleaner` runs it from here; the `clean`
    # console script would run the installed one)
    start = time.monotonic()
    proc = subprocess.Popen([sys.executable, "-m", "cleaner", str(path), "-o", str(out),
                             "--jobs", str(jobs), "--quiet"], cwd=ROOT)
    peak_tree = peak_one = peak_pss = 0
    while proc.poll() is None:
        pids = tree(proc.pid)
        peak_tree = max(peak_tree, sum(rss_kb(p) for p in pids))
        peak_one = max(peak_one, *(rss_kb(p, "VmHWM") for p in pids))
        peak_pss = max(peak_pss, 0, *(pss_kb(p) for p in pids[1:]))  # (the workers)
        time.sleep(0.1)
    return time.monotonic() - start, peak_tree / 1024, peak_one / 1024, peak_pss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000], metavar="MB")
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    rows = texts()
    with tempfile.TemporaryDirectory(prefix="records-memory-") as tmp:
        print(f"{'input':>8} {'records':>9} {'seconds':>8} {'MB/s':>6} {'records/s':>9} "
              f"{'peak, all processes':>20} {'peak, one process':>18} {'Pss, one worker':>16}")
        for size in args.sizes:
            path = Path(tmp) / f"in-{size}.jsonl"
            count = make_input(path, size, rows)
            seconds, peak_tree, peak_one, peak_pss = run(path, Path(tmp) / "out.jsonl", args.jobs)
            mb = path.stat().st_size / 1e6
            print(f"{mb:>6.0f}MB {count:>9,} {seconds:>8.1f} {mb / seconds:>6.2f} "
                  f"{count / seconds:>9.1f} {peak_tree:>17.0f} MB {peak_one:>15.0f} MB "
                  f"{peak_pss:>13.0f} MB",
                  flush=True)
            os.unlink(path)


if __name__ == "__main__":
    main()
