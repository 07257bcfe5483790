"""Random documents through the shape, position, repetition and action scorers and their
Rust twins (scripts/port_twins/scorersa.py): the equivalence check of
scripts/port_check.py on text made to hit the edges the development pages may not
(spaces that ``str.isspace`` and the ``regex`` package disagree on, capital sigma, marks
and joiners inside words, URLs ``urlsplit`` reads oddly, title separators, brands spelled
across words, protected and forced lines).

    python scripts/port_fuzz_scorersa.py [--docs 2000] [--seed 1]

Exit status 1 when a twin differs on any document (the first few are printed).
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from port_check import core_state, python_state  # noqa: E402
from port_twins.scorersa import TWINS  # noqa: E402

from cleaner import Cleaner  # noqa: E402
from cleaner._core import Doc as CoreDoc  # noqa: E402
from cleaner.lines import split_lines  # noqa: E402
from cleaner.scorers import SHAPES, Document  # noqa: E402

SPACES = [" "] * 12 + ["\xa0", "\t", "\x1c", "\u2003", "\u3000", "  ", "\u200b", "\x85"]
WORDS = [
    # Title Case, lower case, capitals with a dateline's punctuation
    "Customers", "Leave", "Without", "Paying", "Big", "Bill", "At", "Troy", "A", "party",
    "of", "six", "left", "the", "news", "and", "from", "US", "NEW", "DELHI:", "O'NEIL:",
    "ST.-LOUIS:", "AB:", "Their", "their", "“Quoted", "‘Single", "'Tis", "2024", "٣٣",
    "$690", "Hello,", "semi;", "dot.", "ÉTAT:", "État", "straße", "STRASSE", "ΟΔΟΣ", "Σ",
    "İstanbul", "ŉ", "e\u0301", "zw\u200dj", "x\u200cy", "—", "-", "|", "»", "::", "·",
    "★", "→", "…", "²", "_under_", "don’t", "it's", "co-op",
    # calls to action, brands, copulas
    "Buy", "Now", "buy", "now", "Learn", "More", "Sign", "Up", "Shop", "Book", "Get",
    "Started", "Download", "Subscribe", "Bells", "of", "Steel", "Sprout", "Social",
    "sprout-social", "SproutSocial", "Ascom", "Example", "is", "ist", "est", "are", "Is",
    # links
    "kremlin.ru", "https://example.com/a?b=c", "www.x", "news.bbc.co.uk/sport",
    "jane.doe+news@mail.example.org", "my-site.info", "état.fr", "example.COM", "a.b1",
    "x@y", "@x.org", "a..com", "http://", "HTTP://x.org/", "a@b@c.de", "ex_ample.com/",
]
ENDS = ["", "", "", ".", "?", "!", ":", ";", "…", ".”", "|", " |"]
URLS = [None, "", "https://www.sproutsocial.com/insights/x", "http://bellsofsteel.com",
        "https://news.bbc.co.uk/", "https://www.the-verge.co.uk/", "http://user:pw@Ascom.COM:80/",
        "  \thttps://example.org", "http://[fe80::1%Zone]/", "example.com/path",
        "//sprout-social.net", "http:///x", "https://localhost/", "https://ΣΟΦΙΑ.gr/",
        "https://a.b.c.d.example.co.jp/", "mailto:someone@example.com"]
TITLES = ["Ten tips for spring | Bells of Steel", "News » Ascom", "Tips :: Sprout Social",
          "Tips - Example", "One — Two – Sprout Social", "a|b", "a»b", "Tips | ",
          "Tips | Five Words Is Too Long"]


def random_line(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.08:
        return ""
    if kind < 0.15:
        return rng.choice(TITLES)
    if kind < 0.3:  # a long sentence
        count = rng.randint(15, 50)
    elif kind < 0.45:  # a teaser-length line
        count = rng.randint(12, 16)
    else:
        count = rng.randint(1, 7)
    words = [rng.choice(WORDS) for _ in range(count)]
    text = words[0]
    for word in words[1:]:
        text += rng.choice(SPACES) + word
    if rng.random() < 0.1:
        text = rng.choice(["» ", "★ ", "- ", "→", "\u200b"]) + text
    return text + rng.choice(ENDS)


BRAND_OPENINGS = ["Sprout Social", "SproutSocial", "Ascom", "Bells of Steel", "★ Example",
                  "sprout-social", "Ascom’s", "SPROUT SOCIAL", "Example"]


def about_line(rng: random.Random) -> str:
    """A sentence that may open with a brand and a copula."""
    words = [rng.choice(WORDS) for _ in range(rng.randint(13, 20))]
    return (f"{rng.choice(BRAND_OPENINGS)} {rng.choice(['is', 'ist', 'are', 'Is', 'was'])} "
            + " ".join(words) + ".")


def random_document(rng: random.Random) -> str:
    lines = [random_line(rng) for _ in range(rng.randint(1, 25))]
    if rng.random() < 0.5:
        lines.insert(0, rng.choice(TITLES))
    for _ in range(rng.randint(0, 2)):  # near the end
        lines.insert(max(0, len(lines) - rng.randint(0, 3)), about_line(rng))
    for _ in range(rng.randint(0, 3)):  # copies
        if lines:
            lines.insert(rng.randrange(len(lines) + 1), rng.choice(lines))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.partition("\n\n")[0])
    parser.add_argument("--docs", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    cleaner = Cleaner()
    scorers = {s.name: s for s in cleaner.scorers}
    differing = {name: 0 for name in TWINS}
    shown = 0
    seen: Counter[str] = Counter()
    for n in range(args.docs):
        text = random_document(rng)
        language = rng.choice(["en", "en", "de", "xx"])
        shape = rng.choice(SHAPES)
        url = rng.choice(URLS)
        for name, twin in TWINS.items():
            lines = split_lines(text)
            for line in lines:
                if line.text and rng.random() < 0.05:
                    line.protected = True
                if line.text and rng.random() < 0.05:
                    line.forced = True
            doc = Document(lines, [line.text for line in lines], cleaner.lexicon(language),
                           shape, url=url)
            core = CoreDoc.from_lines(lines, shape, doc.lexicon.language, url)
            scorers[name].score(doc)
            twin(core, doc, cleaner)
            seen.update(r.code for line in lines for r in line.reasons)
            for line, state in zip(lines, core.states(), strict=True):
                want, got = python_state(line, True), core_state(state, True)
                if want != got:
                    differing[name] += 1
                    if shown < 10:
                        shown += 1
                        print(f"doc {n} {name} line {line.index} {line.text!r} url={url!r} "
                              f"shape={shape}:\n  python {want}\n  rust   {got}")
                    break
    print("evidence added:", ", ".join(f"{code} {count}" for code, count in sorted(seen.items())))
    for name, count in differing.items():
        print(f"{name:<12} {args.docs:>5} documents, {count:>4} differ")
    return 1 if any(differing.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
