#!/usr/bin/env python3
"""Label the lines of a benchmark page's plain text as keep/drop, using the gold body.

This writes the first draft of a labelled corpus document; every file it writes is
meant to be read and corrected by hand afterwards (hand corrections live in the
.tsv files, so an existing file is never overwritten without ``--force``).

Input: a benchmark folder in the shared layout (``pages.jsonl`` with ``id``, ``url``,
``html``, ``text``, ``body``, ``title``; ``text/ID.txt``; ``html/ID.html.gz``).

Output: ``<out>/<source>/<name>.tsv``, where source is ``wcxb`` for a folder whose
name starts with ``wcxb`` and ``scrapinghub`` otherwise, and name is the page id
(wcxb) or its first 12 characters (scrapinghub). The file starts with ``# key: value``
header lines, then has one line per line of ``text/ID.txt``, in order: an empty line
for a blank (or whitespace-only) source line, else ``LABEL<TAB>CATEGORY<TAB>TEXT``
with TEXT the source line exactly. Joining the TEXT fields (empty for empty lines)
with "\\n" gives back the source text (whitespace-only lines become empty; the
script adds a ``# note:`` when that happens).

Method
------
* Tokens are ``\\w+`` matches, lowercased; a text's normalised form is its tokens
  joined by single spaces.
* Body: a line of 4 or more tokens is ``keep body`` when its normalised form is a
  substring of the normalised gold body, or when at least 60% of its 3-token
  shingles occur among the gold body's shingles. A line of 1-3 tokens is
  ``keep body`` only when it equals a whole gold paragraph (a gold line), e.g. a
  short in-article subheading. If a gold-matching line occurs more often in the page
  than in the gold, the copies with the most ``keep body`` neighbours are kept and
  the others become ``drop duplicate``.
* A gold-matching short line that looks like a byline or a dateline ("By X",
  "Updated ...", a bare date) becomes ``drop byline`` (the cleaner's body excludes
  them by design) and a note is written.
* Headline: the ``<h1>`` texts of the HTML (selectolax's lexbor parser if installed,
  else a regex), then og:title and the ``<title>`` text with a " - Site Name" suffix
  removed, are matched against the lines; the first candidate with a matching line
  before the first body line (other than the first line, which html-text fills
  with the ``<title>``) wins, and its last such line becomes ``keep headline``;
  failing that, the first line matching any candidate does. Other exact copies
  of the headline become ``drop duplicate``, or ``drop boilerplate`` when the
  headline is also the whole ``<title>`` text (the line equal to the whole
  ``<title>`` is always ``drop boilerplate``).
* Standfirst: a line among the first three non-blank lines after the headline that
  matches the page's meta/og description (substring or >= 60% shingles), or that
  is not body, has 8+ tokens and ends like a sentence, becomes ``keep standfirst``.
* Every other line is ``drop`` with a category guessed by keyword rules (cookie,
  subscription, newsletter, donation, notification, login, comments, social,
  advertising, legal, caption, byline, related, navigation; on lines of more than
  25 tokens only the banner-like ones: cookie, newsletter, donation, subscription,
  notification, legal, advertising). Runs of three or more headline-like lines
  (6-25 tokens, no final full stop) that no rule caught become ``related``; the
  fallback is ``navigation`` for 1-4 word lines and ``boilerplate`` otherwise.
  The rules are English-only.
* Header: ``# source``, ``# url``, ``# language`` (the html ``lang`` attribute,
  else og:locale or Content-Language, else ``en``) and ``# labelled: script
  scripts/label_from_gold.py, not yet checked by hand``; the person who checks the
  file replaces "not yet checked by hand" with "checked by hand <date>" and adds
  ``# note:`` lines for the corrections.

Sampling: ``--sample N --seed S`` sorts the domains that have at least one eligible
page (non-empty gold body, at most ``--max-lines`` text lines), shuffles them with
``random.Random(S)``, takes the first N and picks one page per domain with the same
generator, so the choice is deterministic and has no two pages from one domain.
``--list`` prints the chosen pages instead of writing files.
"""

from __future__ import annotations

import argparse
import gzip
import html as html_lib
import json
import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

TOKEN_RE = re.compile(r"\w+")
SHINGLE = 3
SHINGLE_MIN_RATIO = 0.6
LABELLED_LINE = "script scripts/label_from_gold.py, not yet checked by hand"


# --------------------------------------------------------------------------- text


def tokens(text: str) -> list[str]:
    return TOKEN_RE.findall(text.lower())


def norm(text: str) -> str:
    return " ".join(tokens(text))


def shingles(toks: list[str], k: int = SHINGLE) -> list[tuple[str, ...]]:
    return [tuple(toks[i : i + k]) for i in range(len(toks) - k + 1)]


class Gold:
    def __init__(self, body: str):
        self.toks = tokens(body)
        self.text = " " + " ".join(self.toks) + " "
        self.shingles = set(shingles(self.toks))
        self.paragraphs = Counter(n for n in (norm(p) for p in body.split("\n")) if n)

    def matches(self, line: str) -> bool:
        toks = tokens(line)
        if not toks:
            return False
        n = " ".join(toks)
        if len(toks) < 4:
            return n in self.paragraphs
        if " " + n + " " in self.text:
            return True
        sh = shingles(toks)
        hit = sum(1 for s in sh if s in self.shingles)
        return hit / len(sh) >= SHINGLE_MIN_RATIO

    def count(self, line: str) -> int:
        """How many times the line occurs in the gold (at least 1 for a match)."""
        n = norm(line)
        return max(1, self.text.count(" " + n + " "))


# --------------------------------------------------------------------------- html


def read_html(path: Path) -> str:
    try:
        with gzip.open(path, "rb") as fh:
            return fh.read().decode("utf-8", errors="replace")
    except OSError:
        return ""


def html_info(html: str) -> dict:
    """h1 texts, <title>, og:title, description and language of a page."""
    info = {"h1": [], "title": "", "og_title": "", "description": [], "lang": ""}
    HTMLParser = None
    try:  # selectolax >= 0.3.13: lexbor backend (the modest one is gone in 1.0)
        from selectolax.lexbor import LexborHTMLParser as HTMLParser  # type: ignore
    except ImportError:
        try:
            from selectolax.parser import HTMLParser  # type: ignore
        except ImportError:  # pragma: no cover - fallback without selectolax
            HTMLParser = None
    if HTMLParser is not None:
        tree = HTMLParser(html)
        for tag in ("script", "style", "noscript", "template"):
            for node in tree.css(tag):
                node.decompose()
        info["h1"] = [h.text(separator=" ") for h in tree.css("h1")]
        t = tree.css_first("title")
        info["title"] = t.text() if t else ""
        for meta in tree.css("meta"):
            a = meta.attributes
            key = (a.get("property") or a.get("name") or "").lower()
            val = a.get("content") or ""
            if key in ("og:title", "twitter:title") and not info["og_title"]:
                info["og_title"] = val
            elif key in ("description", "og:description", "twitter:description"):
                info["description"].append(val)
            elif key == "og:locale" and not info["lang"]:
                info["lang"] = val
            elif (a.get("http-equiv") or "").lower() == "content-language" and val:
                info["lang"] = val
        root = tree.css_first("html")
        if root is not None and root.attributes.get("lang"):
            info["lang"] = root.attributes.get("lang") or ""
    else:
        strip = lambda s: html_lib.unescape(re.sub(r"<[^>]+>", " ", s))
        info["h1"] = [strip(m) for m in re.findall(r"<h1\b[^>]*>(.*?)</h1>", html, re.S | re.I)]
        m = re.search(r"<title[^>]*>(.*?)</title>", html, re.S | re.I)
        info["title"] = strip(m.group(1)) if m else ""
        m = re.search(r'<meta[^>]+property=["\']og:title["\'][^>]+content=["\']([^"\']*)', html, re.I)
        info["og_title"] = html_lib.unescape(m.group(1)) if m else ""
        info["description"] = [
            html_lib.unescape(x)
            for x in re.findall(r'<meta[^>]+(?:name|property)=["\'](?:og:)?description["\'][^>]+content=["\']([^"\']*)', html, re.I)
        ]
        m = re.search(r"<html\b[^>]*\blang=[\"']?([\w-]+)", html, re.I)
        info["lang"] = m.group(1) if m else ""
    lang = re.split(r"[-_]", info["lang"].strip().lower())[0] if info["lang"].strip() else ""
    info["lang"] = lang if re.fullmatch(r"[a-z]{2,3}", lang) else "en"
    return info


# --------------------------------------------------------------------------- categories

MONTHS = (
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec"
).split()
DATE_WORDS = set(MONTHS) | set(
    "monday tuesday wednesday thursday friday saturday sunday mon tue wed thu fri sat sun "
    "am pm a m p m et est edt pt pst pdt gmt bst utc cet ist uk updated published posted "
    "on at last modified first and st nd rd th ago hours hour minutes minute mins days day "
    "weeks week h min".split()
)


def is_date_line(line: str) -> bool:
    toks = tokens(line)
    if not toks or len(toks) > 14:
        return False
    has_date = any(t in MONTHS or t == "ago" or re.fullmatch(r"(19|20)\d\d", t) for t in toks)
    return has_date and all(t in DATE_WORDS or t.isdigit() for t in toks)


BYLINE_RE = re.compile(
    r"^\s*(by|written by|posted by|words by|reporting by|additional reporting|edited by|editing by|"
    r"updated|published|posted|last updated|first published)\b",
    re.I,
)

CREDIT_RE = re.compile(
    r"^\s*\(?(reporting|additional reporting|writing|editing) by\b|\b\d+\s*min(ute)?s? read\b|"
    r"^\s*(staff|senior|chief)? ?(writer|reporter|correspondent|editor)\s*$|^\s*about the author\b",
    re.I,
)

LONG_LINE_RULES = {"cookie", "newsletter", "donation", "subscription", "notification", "legal", "advertising"}

RULES: list[tuple[str, re.Pattern]] = [
    ("cookie", re.compile(r"\bcookies?\b.*\b(use|accept|consent|settings|preferences|agree)|\bconsent\b|\bgdpr\b", re.I)),
    ("newsletter", re.compile(r"newsletter|\bsign up\b.*\b(email|inbox|updates)|\binbox\b|\bemail address\b", re.I)),
    ("donation", re.compile(r"\bdonat|\bsupport (our|us|independent|quality)\b|\bbecome a (member|patron|supporter)\b|\bpatreon\b|\bcontribute\b", re.I)),
    ("subscription", re.compile(r"subscri|paywall|\bfree articles?\b|\bdigital access\b|\bpremium\b|\bunlimited access\b|\bper (month|week)\b", re.I)),
    ("notification", re.compile(r"\bnotifications?\b|\bpush alerts?\b|\b(download|get) (the|our) app\b|\bapp store\b|\bgoogle play\b|\balerts?\b", re.I)),
    ("login", re.compile(r"\b(sign|log) ?(in|out|up)\b|\blogin\b|\bregister\b|\bmy account\b|\bcreate (an|your) account\b|\bforgot (your )?password\b", re.I)),
    ("comments", re.compile(r"\bcomments?\b|\bjoin the (conversation|discussion)\b|\bleave a reply\b|\bdisqus\b|\breply\b", re.I)),
    ("advertising", re.compile(r"^\s*(advertisement|advertising|ad|ads|sponsored|promoted|paid (post|content)|story continues below)\b|\badvertis|\bsponsored\b|\bpartner content\b", re.I)),
    ("legal", re.compile(r"©|\(c\)\s*\d{4}|\bcopyright\b|\ball rights reserved\b|\bterms (of|and) (use|service|conditions)\b|\bprivacy\b|\bdo not sell\b|\bcookie (policy|settings)\b|\bimprint\b|\bimpressum\b|\blicen[cs]e\b", re.I)),
    ("social", re.compile(r"\b(facebook|twitter|linkedin|pinterest|whatsapp|reddit|instagram|youtube|tiktok|telegram|flipboard|messenger)\b|\bshare\b|\btweet\b|\bfollow (us|me)\b|\bcopy link\b|^\s*(email|print)\s*$", re.I)),
    ("caption", re.compile(r"^\s*(file photo|image|photo|picture|video|photograph|credit|illustration|caption|gallery)s?\s*[:|(]|\bimage \d+ of \d+\b|^\s*(show|hide) caption\s*$|\bphoto(s|graph)? (by|courtesy|credit)\b|\bgetty images\b|\bshutterstock\b|\bap photo\b|\(photo\b|/\s*(reuters|afp|ap|getty)\b|\b(reuters|afp|epa|getty)/\w|\bpictured\b|^\s*\d+\s*/\s*\d+\s*$", re.I)),
    ("related", re.compile(r"\bread (more|next|also)\b|\brelated\b|\bmost (popular|read|viewed|shared)\b|\bmore (from|on|stories|news|in)\b|\brecommended\b|\btrending\b|\byou (may|might) (also )?like\b|\balso read\b|\bsee also\b|\btop stories\b|\blatest (news|stories|articles)\b|\bmust read\b|\bwhat to read\b|\bup next\b", re.I)),
    ("navigation", re.compile(r"\bskip to\b|^\s*(menu|home|next|previous|prev|back to top|search|close|open|more|sections?|navigation|toggle)\b|\bpage \d+\b|^\s*[«‹<>›»]|[«‹›»]\s*$|\bbreadcrumb", re.I)),
]


def guess_category(line: str) -> str:
    stripped = line.strip()
    toks = tokens(stripped)
    if BYLINE_RE.match(stripped) and len(toks) <= 14:
        return "byline"
    if CREDIT_RE.search(stripped) and len(toks) <= 40:
        return "byline"
    if is_date_line(stripped):
        return "byline"
    long_line = len(toks) > 25  # only banner-like rules are trusted on long lines
    for cat, rx in RULES:
        if long_line and cat not in LONG_LINE_RULES:
            continue
        if rx.search(stripped):
            if cat == "cookie" and len(toks) <= 4:
                return "legal"
            return cat
    if re.match(r"^\s*@\w+\s*$", stripped):
        return "social"
    return "navigation" if len(toks) <= 4 else "boilerplate"


def headline_like(line: str) -> bool:
    """6-25 tokens and no final full stop, comma, colon or semicolon."""
    return 6 <= len(tokens(line)) <= 25 and not re.search(r"[.!:;,]\s*$", line.strip())


def looks_byline(line: str) -> bool:
    toks = tokens(line)
    if len(toks) > 14:
        return False
    return bool(BYLINE_RE.match(line.strip())) or is_date_line(line)


# --------------------------------------------------------------------------- labelling


def label_page(lines: list[str], body: str, info: dict) -> tuple[list[tuple[str, str] | None], list[str]]:
    gold = Gold(body or "")
    notes: list[str] = []
    labels: list[tuple[str, str] | None] = [None] * len(lines)
    nonblank = [i for i, l in enumerate(lines) if l.strip()]

    # body
    for i in nonblank:
        if gold.matches(lines[i]):
            labels[i] = ("keep", "body")

    # gold-matching bylines / datelines
    byl = [i for i in nonblank if labels[i] == ("keep", "body") and looks_byline(lines[i])]
    for i in byl:
        labels[i] = ("drop", "byline")
    if byl:
        notes.append("the gold body includes byline/dateline line(s), labelled drop byline")

    # duplicates of gold lines beyond their gold count
    groups: dict[str, list[int]] = defaultdict(list)
    for i in nonblank:
        if labels[i] == ("keep", "body"):
            groups[norm(lines[i])].append(i)
    pos = {i: k for k, i in enumerate(nonblank)}
    for n, idxs in groups.items():
        allowed = gold.count(lines[idxs[0]])
        if len(idxs) <= allowed:
            continue

        def support(i: int) -> int:
            k = pos[i]
            near = nonblank[max(0, k - 3) : k] + nonblank[k + 1 : k + 4]
            return sum(1 for j in near if labels[j] == ("keep", "body") and norm(lines[j]) != n)

        ranked = sorted(idxs, key=lambda i: (-support(i), -i))
        for i in ranked[allowed:]:
            labels[i] = ("drop", "duplicate")

    body_idx = [i for i in nonblank if labels[i] == ("keep", "body")]
    first_body = body_idx[0] if body_idx else len(lines)

    # headline
    title_n = norm(info.get("title", ""))
    cands = [norm(h) for h in info.get("h1", []) if len(tokens(h)) >= 2]
    if info.get("og_title"):
        cands.append(norm(info["og_title"]))
    if info.get("title"):
        parts = re.split(r"\s+[-|–—:·•]\s+", info["title"].strip())
        if len(parts) > 1:
            cands.append(norm(max(parts, key=len)))
            cands.append(norm(" - ".join(parts[:-1])))
    headline = None
    fallback_hit = None
    for c in cands:  # prefer a candidate that occurs before the first body line
        if not c:
            continue
        hits = [i for i in nonblank if norm(lines[i]) == c and labels[i] is None]
        before = [i for i in hits if i < first_body and i != nonblank[0]]
        if before:
            headline = before[-1]
            break
        if hits and fallback_hit is None:
            fallback_hit = hits[0]
    if headline is None:
        headline = fallback_hit
    if headline is not None:
        labels[headline] = ("keep", "headline")
        hn = norm(lines[headline])
        for i in nonblank:
            if i != headline and labels[i] is None and norm(lines[i]) == hn:
                labels[i] = ("drop", "boilerplate" if hn == title_n else "duplicate")

        # standfirst: first lines after the headline, before any body line
        descs = [Gold(d) for d in info.get("description", []) if d.strip()]
        for i in [i for i in nonblank if i > headline][:3]:
            if labels[i] is not None:
                break
            toks = tokens(lines[i])
            if len(toks) < 6 or looks_byline(lines[i]):
                continue
            if any(d.matches(lines[i]) for d in descs) or (
                len(toks) >= 8 and re.search(r"[.!?\"”’]\s*$", lines[i].strip())
            ):
                labels[i] = ("keep", "standfirst")
                break

    # the <title> line
    for i in nonblank:
        if labels[i] is None and title_n and norm(lines[i]) == title_n:
            labels[i] = ("drop", "boilerplate")

    # keyword categories
    fallback: set[int] = set()
    for i in nonblank:
        if labels[i] is None:
            cat = guess_category(lines[i])
            labels[i] = ("drop", cat)
            if cat in ("boilerplate", "navigation"):
                fallback.add(i)

    # runs of headline-like fallback lines: lists of other articles' headlines
    run: list[int] = []
    for i in nonblank + [None]:  # type: ignore[list-item]
        if i is not None and i in fallback and headline_like(lines[i]):
            run.append(i)
            continue
        if i is not None and labels[i][0] == "drop" and len(tokens(lines[i])) <= 4 and run:
            continue  # short separators (dates, section names) do not break a run
        if len(run) >= 3:
            for j in run:
                labels[j] = ("drop", "related")
        run = []

    out: list[tuple[str, str] | None] = []
    for i, l in enumerate(lines):
        out.append(labels[i] if l.strip() else None)
    return out, notes


# --------------------------------------------------------------------------- io


def source_name(folder: Path) -> str:
    return "wcxb" if folder.name.lower().startswith("wcxb") else "scrapinghub"


def doc_name(source: str, page_id: str) -> str:
    return page_id[:12] if source == "scrapinghub" else page_id


def load_pages(folder: Path) -> list[dict]:
    with open(folder / "pages.jsonl", encoding="utf-8") as fh:
        return [json.loads(l) for l in fh if l.strip()]


def read_text(folder: Path, page: dict) -> str:
    with open(folder / page["text"], encoding="utf-8", newline="") as fh:
        return fh.read()


def render(folder: Path, page: dict) -> str:
    text = read_text(folder, page)
    lines = text.split("\n")
    info = html_info(read_html(folder / page["html"]))
    labels, notes = label_page(lines, page.get("body") or "", info)
    ws = sum(1 for l in lines if l and not l.strip())
    if ws:
        notes.append(f"{ws} whitespace-only source line(s) written as empty lines")
    if not page.get("body"):
        notes.append("the page has no gold body; every line is drop")
    head = [
        f"# source: {folder.name} {page['id']}",
        f"# url: {page.get('url', '')}",
        f"# language: {info['lang']}",
        f"# labelled: {LABELLED_LINE}",
    ] + [f"# note: {n}" for n in notes]
    body = []
    for line, lab in zip(lines, labels):
        body.append("" if lab is None else f"{lab[0]}\t{lab[1]}\t{line}")
    return "\n".join(head + body) + "\n"


def sample(pages: list[dict], folder: Path, n: int, seed: int, max_lines: int) -> list[dict]:
    by_domain: dict[str, list[dict]] = defaultdict(list)
    for p in sorted(pages, key=lambda p: p["id"]):
        if not p.get("body"):
            continue
        if read_text(folder, p).count("\n") + 1 > max_lines:
            continue
        by_domain[p.get("domain") or p.get("url", "")].append(p)
    rng = random.Random(seed)
    domains = sorted(by_domain)
    rng.shuffle(domains)
    return [rng.choice(by_domain[d]) for d in domains[:n]]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("benchmark", type=Path, help="benchmark folder (with pages.jsonl, text/, html/)")
    ap.add_argument("ids", nargs="*", help="page ids (a unique prefix is enough)")
    ap.add_argument("--sample", type=int, metavar="N", help="pick N pages from N distinct domains")
    ap.add_argument("--seed", type=int, default=0, help="seed for --sample (default 0)")
    ap.add_argument("--max-lines", type=int, default=400, help="--sample: skip pages with more text lines")
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parent.parent / "corpus",
                    help="corpus root (default: the repo's corpus/)")
    ap.add_argument("--list", action="store_true", help="print the chosen pages, write nothing")
    ap.add_argument("--force", action="store_true", help="overwrite existing .tsv files")
    args = ap.parse_args(argv)

    pages = load_pages(args.benchmark)
    chosen: list[dict] = []
    for pid in args.ids:
        hits = [p for p in pages if p["id"].startswith(pid)]
        if len(hits) != 1:
            ap.error(f"page id {pid!r} matches {len(hits)} pages")
        chosen.append(hits[0])
    if args.sample:
        chosen += sample(pages, args.benchmark, args.sample, args.seed, args.max_lines)
    if not chosen:
        ap.error("give page ids or --sample N")

    source = source_name(args.benchmark)
    outdir = args.out / source
    status = 0
    for p in chosen:
        if args.list:
            n = read_text(args.benchmark, p).count("\n") + 1
            print(f"{p['id']}\t{p.get('domain', '')}\t{n}\t{p.get('url', '')}")
            continue
        dest = outdir / f"{doc_name(source, p['id'])}.tsv"
        if dest.exists() and not args.force:
            print(f"skip {dest} (exists; --force to overwrite)", file=sys.stderr)
            status = 1
            continue
        outdir.mkdir(parents=True, exist_ok=True)
        with open(dest, "w", encoding="utf-8", newline="") as fh:
            fh.write(render(args.benchmark, p))
        print(f"wrote {dest}")
    return status


if __name__ == "__main__":
    sys.exit(main())
