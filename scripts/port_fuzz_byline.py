"""Random synthetic documents for the byline port: the Python byline scorer and roles pass
against their Rust twins (core/src/scorers/byline.rs, core/src/structure.rs), on lines made
of byline prefixes, names, date words, numbers and the characters where Python's text
semantics and Rust's differ (``İ``, ``ı``, ``ß``, superscript digits, the separators
``\\x1c``-``\\x1f``, letters newer than the regex crate's tables, ...).

    python scripts/port_fuzz_byline.py [--docs 3000] [--seed 1]
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from cleaner import _core  # noqa: E402
from cleaner.classify import classify, smooth  # noqa: E402
from cleaner.lexicons import packaged_lexicon  # noqa: E402
from cleaner.lines import split_lines  # noqa: E402
from cleaner.scorers import Document  # noqa: E402
from cleaner.scorers.byline import BylineScorer  # noqa: E402
from cleaner.structure import assign_roles  # noqa: E402

PIECES = {
    "prefix": ["By", "BY", "bY", "by", "By:", "Written by", "WRITTEN  BY", "Story by", "Von", "von:",
               "Ein Essay von", "Ein Eßay von", "Di", "DI", "dİ", "dı", "A cura di", "A CURA dİ",
               "Autor:", "Автор", "текст:", "Par", "Propos recueillis par", "Door", "Por",
               "By\x1c", "by\u00a0", "Oprac.", "Dal nostro inviato", "\ufb06ory by", "Teﬆo di", "Dal noﬆro inviato", "Tekﬆ:", "Gaﬆbeitrag von",
               "EIN ESẞAY VON", "Ein Essay  von"],
    "name": ["Jane Doe", "JANE DOE", "Jane", "Jane de la Cruz", "O'Brien", "Łukasz Nowak",
             "İlker Ay", "Ödön Kis", "\U00016EA0ab Cd", "\uA7CEx Yz", "Straße", "ǅemal Bey",
             "Ann-Marie Smith", "J. R. Hartley", "Anna", "Иван Петров", "November Rain",
             "Tuesday Weld", "Nov", "Mary Jane Kelly Watson", "\U00010940x Doe"],
    "sep": ["and", "AND", "&", ",", "|", "@jane", "-", "–", "—", "•", "Updated", "UPDATED",
            "PUBLİSHED", "published", "posted", "Posted:", "and\U00016EA0", "·", "poﬆed", "Poﬅed"],
    "date": ["Nov", "November", "MÄRZ", "märz", "Tuesday", "am", "pm", "EDT", "Mai", "mars",
             "января", "12", "2019", "10:28am", "1:39", "²", "３", "½", "20,", "(June", "18-20)",
             "Jan.", "2023-10-11", "06:23"],
    "word": ["the", "storm", "had", "passed", "is", "a", "staff", "writer", "editor", "was",
             "has been", "at", "View all posts by", "About", "More articles from", "Day",
             "rooms", "movers", "Summerfest", "time", "rescuers", "arrived", "said", "journalist",
             "est", "un", "reporter", "IS", "Is", "founder", "View all poﬆs by", "Lateﬆ posts", "More ﬆories by", "ﬁx"],
    "verb": ["is", "was", "has been", "IS", "is the", "serves as", "said"],
    "role": ["writer", "editor", "staff writer", "Journalist", "co-founder", "CEO", "reporter",
             "writer.", "editorial"],
    "end": [".", "!", "?", ":", "", "", "", "", " .", "\u2019"],
    "space": [" ", " ", " ", " ", "  ", "\u00a0", "\u2009", "\x1c", "\t"],
}
PROSE = ("This is a long finished sentence of the article which goes on for many more words "
         "than fifteen in all.")


def piece(rng: random.Random, kind: str) -> str:
    return rng.choice(PIECES[kind])


def random_line(rng: random.Random) -> str:
    shape = rng.random()
    if shape < 0.12:
        return ""
    if shape < 0.35:
        return PROSE
    kinds = rng.choice([
        ["prefix", "name"], ["prefix", "name", "sep", "name"], ["prefix", "name", "sep", "date", "date"],
        ["date", "date", "date"], ["date", "date", "prefix", "name"], ["name"], ["word", "name"],
        ["name", "word", "word", "word", "word"], ["date", "word", "date", "word", "date"],
        ["prefix", "date", "sep", "word", "word"], ["word", "word", "word"], ["name", "word", "word"],
        ["name", "verb", "word", "role", "word", "word"], ["name", "verb", "role"], ["word", "name"],
        ["date", "word", "word", "date"], ["word", "word", "word", "word", "word", "word", "word", "word"],
    ])
    words = [piece(rng, k) for k in kinds]
    if rng.random() < 0.3:
        words.insert(rng.randrange(len(words) + 1), piece(rng, rng.choice(list(PIECES)[:5])))
    text = ""
    for w in words:
        text += (piece(rng, "space") if text else "") + w
    return text + piece(rng, "end")


def python_state(line):
    return (line.score, line.category.value if line.category else None, line.protected,
            line.forced, line.strongest, line.positive, line.first_label.value, line.label.value,
            [(r.code, r.detail, r.weight) for r in line.reasons])


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--docs", type=int, default=3000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    python = BylineScorer()
    rust: dict[str, _core.BylineScorer] = {}
    bad = 0
    seen: Counter[str] = Counter()
    for n in range(args.docs):
        language = rng.choice(["en", "en", "en", "de", "fr", "it", "ru", "pl", "nl", "es"])
        lexicon = packaged_lexicon(language)
        if language not in rust:
            rust[language] = _core.BylineScorer({language: lexicon.words})
        texts = [random_line(rng) for _ in range(rng.randint(1, 14))]
        if rng.random() < 0.3:  # an author box: a name line and a bio near it
            name = piece(rng, "name")
            box = [rng.choice(["", "View all posts by ", "About ", "MORE ARTICLES FROM ", "Posted by "])
                   + name + rng.choice(["", ":", " »"]),
                   *[""] * rng.randint(0, 2),
                   f"{name} {piece(rng, 'verb')} a {piece(rng, 'role')} {piece(rng, 'word')} "
                   f"{piece(rng, 'word')}{piece(rng, 'end')}"]
            if rng.random() < 0.5:
                box.reverse()
            at = rng.randint(0, len(texts))
            texts[at:at] = box
        text = "\n".join(texts)
        lines = split_lines(text)
        for line in lines:
            if line.text and rng.random() < 0.1:
                line.add(-1.0, None, rng.choice(["score:region.headline", "dom:headline"]), "")
        doc = Document(lines, [line.text for line in lines], lexicon)
        core = _core.Doc.from_lines(lines, "auto", language)
        python.score(doc)
        seen.update(r.code for line in lines for r in line.reasons if r.code.startswith("score:byline"))
        rust[language].score(core)
        stages = [("byline", [python_state(line) for line in lines], core.states())]
        classify(lines)
        smooth(lines)
        core = _core.Doc.from_lines(lines, "auto", language)
        in_body = [rng.random() < 0.3 for _ in lines] if rng.random() < 0.5 else None
        assign_roles(lines, in_body.__getitem__ if in_body is not None else None)
        seen.update(f"role:{line.category.value}" for line in lines if line.category
                    and line.category.value in ("headline", "standfirst"))
        _core.assign_roles(core, in_body)
        stages.append(("roles", [python_state(line) for line in lines], core.states()))
        for stage, want, got in stages:
            if want != [(*s[:8], list(s[8])) for s in got]:
                bad += 1
                if bad <= 10:
                    i = next(i for i, (a, b) in enumerate(zip(want, got)) if a != (*b[:8], list(b[8])))
                    print(f"doc {n} ({language}) {stage} line {i} {lines[i].text!r}:\n"
                          f"  python {want[i]}\n  rust   {got[i]}")
    print(f"{args.docs} documents, {bad} differing stages; evidence and roles seen: "
          + ", ".join(f"{k} {v}" for k, v in sorted(seen.items())))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
