"""Print a pytest-benchmark JSON file (``--benchmark-json``) as a markdown table.

    python bench/report.py bench/latest.json

Rates come from the mean time of a round (one pass over a whole text set). "vs cleaner"
is the row's MB/s over the reference cleaner row's (the news-cleaner row of the same
group and text set; in end_to_end, ``clean --jobs 1`` in-process; in scaling, ``--jobs
1``): above 1 is faster. The scaling rows are the median times of alternating pairs, and
the line under the table gives the median of the pairs' ratios.
"""

from __future__ import annotations

import argparse
import json
import statistics
from pathlib import Path


def _row(bench: dict, system: str, mean: float, rounds: int, reference: bool | None) -> dict:
    info = bench["extra_info"]
    return {"group": bench["group"], "name": bench["name"], "set": info.get("set"),
            "system": system, "mean": mean, "rounds": rounds, "reference": reference,
            "mb_s": info["bytes"] / 1e6 / mean, "lines_s": info["lines"] / mean,
            "docs_s": info["documents"] / mean}


def rows(data: dict) -> list[dict]:
    out = []
    for bench in data["benchmarks"]:
        info = bench["extra_info"]
        if "pairs" in info:  # the scaling pairs: a row per --jobs, from the median times
            out.extend(_row(bench, f"clean --jobs {jobs} (subprocess)",
                            statistics.median(info[f"jobs{jobs}_s"]), info["pairs"], jobs == 1)
                       for jobs in (1, 2))
        else:
            out.append(_row(bench, info.get("system", bench["name"]), bench["stats"]["mean"],
                            bench["stats"]["rounds"], info.get("reference")))
    return out


def table(data: dict) -> str:
    found = rows(data)
    reference = {(r["group"], r["set"]): r["mb_s"] for r in found if r["reference"]}
    lines = ["| group | set | name | mean s | MB/s | lines/s | docs/s | vs cleaner |",
             "|---|---|---|--:|--:|--:|--:|--:|"]
    for r in sorted(found, key=lambda r: (r["group"], r["set"], not r["reference"], -r["mb_s"])):
        ref = reference.get((r["group"], r["set"]))
        ratio = f"{r['mb_s'] / ref:.2f}" if ref else "-"
        lines.append(f"| {r['group']} | {r['set']} | {r['system']} | {r['mean']:.3f} "
                     f"| {r['mb_s']:.2f} | {r['lines_s']:,.0f} | {r['docs_s']:,.1f} | {ratio} |")
    return "\n".join(lines)


def scaling(data: dict) -> str:
    out = []
    for bench in data["benchmarks"]:
        info = bench["extra_info"]
        if "pairs" in info:
            pairs = ", ".join(f"{r:.2f}" for r in info["ratios"])
            out.append(f"{info['set']}: --jobs 2 is {info['median_ratio']:.2f}x as fast as "
                       f"--jobs 1 (median of {info['pairs']} alternating pairs: {pairs})")
            if "cpu_ratios" in info:  # (bench runs from before it was recorded have none)
                cpu = ", ".join(f"{r:.2f}" for r in info["cpu_ratios"])
                out.append(f"{info['set']}: CPU time of --jobs 2 over --jobs 1, all processes, "
                           f"per pair: {cpu}")
            if "loop_ratios" in info:
                loops = ", ".join(f"{r:.2f}" for r in info["loop_ratios"])
                out.append(f"the machine, in the same pairs: a pure-Python loop in two processes "
                           f"at once is {statistics.median(info['loop_ratios']):.2f}x as fast as "
                           f"in one ({loops})")
    return "\n".join(out)


def machine(data: dict) -> str:
    m = data.get("machine_info", {})
    packages = ", ".join(f"{k} {v}" for k, v in (m.get("packages") or {}).items() if v)
    return (f"{m.get('cpu_model', '?')}, {m.get('cpu_usable', m.get('cpu_count', '?'))} cores, "
            f"Python {m.get('python_version', '?')}; {packages}; "
            f"news-cleaner core {m.get('news_cleaner_core', '?')}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("json", type=Path, help="a pytest-benchmark --benchmark-json file")
    args = parser.parse_args()
    data = json.loads(args.json.read_text(encoding="utf-8"))
    print(table(data))
    if scaling(data):
        print(f"\n{scaling(data)}")
    print(f"\n{machine(data)}")


if __name__ == "__main__":
    main()
