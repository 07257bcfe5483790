"""Pin the corpus quality gate: write tests/corpus_baseline.json from the current scores.

    python scripts/pin_corpus_baseline.py            # raise floors that improved; refuse to lower
    python scripts/pin_corpus_baseline.py --lower    # accept lower floors (say why in the commit)

The baseline holds, per corpus folder and for ``all``, the line precision and recall
of both classes, plus a digest of the corpus files, so that a changed document cannot
quietly move the score (tests/test_corpus_gate.py checks both).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from cleaner import Cleaner  # noqa: E402
from cleaner.corpus import corpus_digest, iter_corpus, score_corpus  # noqa: E402

BASELINE = ROOT / "tests" / "corpus_baseline.json"
METRICS = ("keep_precision", "keep_recall", "drop_precision", "drop_recall")


def current() -> dict[str, object]:
    totals = score_corpus(Cleaner(), iter_corpus(ROOT / "corpus"))
    return {
        "digest": corpus_digest(ROOT / "corpus"),
        "floors": {name: {m: round(getattr(c, m), 4) for m in METRICS}
                   for name, c in sorted(totals.items())},
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--lower", action="store_true", help="accept floors lower than pinned")
    args = parser.parse_args()
    new = current()
    if BASELINE.exists() and not args.lower:
        old = json.loads(BASELINE.read_text("utf-8"))
        if old["digest"] == new["digest"]:
            worse = [f"{name}.{m}: {old['floors'][name][m]} -> {v}"
                     for name, floors in new["floors"].items() for m, v in floors.items()
                     if name in old["floors"] and v < old["floors"][name][m]]
            if worse:
                print("refusing to lower floors (use --lower and say why):\n  " + "\n  ".join(worse))
                return 1
    BASELINE.write_text(json.dumps(new, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(new["floors"], indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
