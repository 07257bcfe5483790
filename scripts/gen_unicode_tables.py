"""Generate ``core/src/unicode_tables.rs``: the character tables behind ``core/src/text.rs``
(the core's one text module), read from the running Python's own ``str`` methods and
``unicodedata`` (CPython 3.11: Unicode 14.0.0) and from the ``regex`` package (its own,
newer, Unicode: its classes, and the unspaced scripts of ``_UNSPACED`` here), so that the
Rust core's text predicates are Python's exactly.

    python scripts/gen_unicode_tables.py          # (re)write the table file
    python scripts/gen_unicode_tables.py --check  # exit 1 if the committed file is stale

Per code point (surrogates excepted: a Rust ``char`` cannot be one) a set of flags, in a
two-level table (a block index, then the distinct blocks):

- ``SPACE``: ``str.isspace`` (what ``str.strip()`` and ``str.split()`` strip and split at);
- ``ALPHA``, ``DECIMAL``, ``DIGIT``, ``NUMERIC``: ``str.isalpha/isdecimal/isdigit/isnumeric``
  of the one character (CPython's ``Py_UNICODE_IS*``);
- ``UPPER``, ``LOWER``, ``TITLE``: CPython's per-character case flags (the derived
  properties Uppercase and Lowercase, and category Lt), which ``str.isupper``,
  ``str.islower`` and ``str.istitle`` read; for one character ``c.isupper()`` is
  UPPER and not (LOWER or TITLE), and so on: the generator checks the three are disjoint;
- ``CASED`` (= UPPER or LOWER or TITLE) and ``CASE_IGNORABLE``: what ``str.lower``'s
  final-sigma rule looks at, read from how ``str.lower`` treats a capital sigma beside the
  character, and checked against each other;
- ``WORD``: ``re``'s Unicode ``\\w`` (``str.isalnum()`` or ``_``);
- ``UNSPACED``: matched by ``_UNSPACED`` here (Han, Hiragana, Katakana, Thai, Lao,
  Khmer, Myanmar, as the ``regex`` package sees those scripts);
- ``LOWER_MAPS``, ``FOLD_MAPS``: ``c.lower() != c``, ``c.casefold() != c`` (the case tables
  are searched for those characters only);
- ``PRINTABLE``: ``str.isprintable`` (what ``repr`` leaves unescaped);
- ``RX_WORD``, ``RX_SPACE``, ``RX_DIGIT``, ``RX_LETTER``, ``RX_UPPER``, ``RX_LOWER``: the
  ``regex`` package's ``\\w``, ``\\s``, ``\\d``, ``\\p{L}``, ``\\p{Lu}``, ``\\p{Ll}`` (the scorers'
  patterns are ``regex`` patterns). They differ from ``str``'s by definition (``\\w`` takes
  marks and joiners, ``\\s`` leaves out U+001C..U+001F) and by Unicode version (the
  package's is newer than Python's); VERSION0 and VERSION1 agree on them (checked).

Then ``str.lower()`` and ``str.casefold()`` of every character that they change: sorted
(code point, mapping) pairs for the one-character results, and the few longer results.
"""

from __future__ import annotations

import argparse
import sys
import unicodedata
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "core" / "src" / "unicode_tables.rs"
sys.path.insert(0, str(ROOT))

# Scripts written without spaces: two characters count as one word (core/src/lines.rs).
_UNSPACED = regex.compile(
    r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}]")
_FIRST_UNSPACED = "\u0e00"  # Thai, the first of those scripts in code-point order

FLAGS = ("SPACE", "ALPHA", "DECIMAL", "DIGIT", "NUMERIC", "UPPER", "LOWER", "TITLE", "CASED",
         "CASE_IGNORABLE", "WORD", "UNSPACED", "LOWER_MAPS", "FOLD_MAPS", "PRINTABLE",
         "RX_WORD", "RX_SPACE", "RX_DIGIT", "RX_LETTER", "RX_UPPER", "RX_LOWER")
# The `regex` package's classes, by flag.
RX_CLASSES = {"RX_WORD": r"\w", "RX_SPACE": r"\s", "RX_DIGIT": r"\d", "RX_LETTER": r"\p{L}",
              "RX_UPPER": r"\p{Lu}", "RX_LOWER": r"\p{Ll}"}
BIT = {name: 1 << i for i, name in enumerate(FLAGS)}
SHIFT = 7  # 128 code points a block
MAX = 0x110000


def is_surrogate(cp: int) -> bool:
    return 0xD800 <= cp <= 0xDFFF


def final_sigma(text: str, at: int) -> bool:
    """Whether ``text.lower()`` makes the capital sigma at ``at`` (whose preceding
    characters each lower to one character) a final sigma."""
    return text.lower()[at] == "\u03c2"


def regex_classes() -> dict[str, set[int]]:
    """Each ``RX_`` flag's members: the ``regex`` package's class, the same in VERSION0
    and VERSION1."""
    everything = "".join(chr(cp) for cp in range(MAX) if not is_surrogate(cp))
    members = {}
    for name, pattern in RX_CLASSES.items():
        found = {ord(ch) for ch in regex.findall(pattern, everything)}
        if found != {ord(ch) for ch in regex.findall("(?V1)" + pattern, everything)}:
            raise SystemExit(f"regex's {pattern} differs between VERSION0 and VERSION1")
        members[name] = found
    return members


def flags_of(cp: int) -> int:
    c = chr(cp)
    f = 0
    if c.isspace():
        f |= BIT["SPACE"]
    if c.isalpha():
        f |= BIT["ALPHA"]
    if c.isdecimal():
        f |= BIT["DECIMAL"]
    if c.isdigit():
        f |= BIT["DIGIT"]
    if c.isnumeric():
        f |= BIT["NUMERIC"]
    upper, lower, title = c.isupper(), c.islower(), unicodedata.category(c) == "Lt"
    # One character: isupper = UPPER and not (LOWER or TITLE), islower = LOWER and not
    # (UPPER or TITLE), istitle = UPPER or TITLE. If the three flags are disjoint (as the
    # Unicode properties are), isupper and islower are the flags themselves; istitle checks.
    assert c.istitle() == (upper or title), hex(cp)
    assert not (title and (upper or lower)), hex(cp)
    # (One character is a shortcut in CPython: longer strings read the flags in a loop,
    # which a character both UPPER and LOWER would show.)
    assert (c + c).isupper() == upper and (c + c).islower() == lower, hex(cp)
    if upper:
        f |= BIT["UPPER"]
    if lower:
        f |= BIT["LOWER"]
    if title:
        f |= BIT["TITLE"]
    cased = upper or lower or title
    if cased:
        f |= BIT["CASED"]
    if c.isalnum() or c == "_":
        f |= BIT["WORD"]
    if cp >= ord(_FIRST_UNSPACED) and _UNSPACED.match(c):
        f |= BIT["UNSPACED"]
    if c.lower() != c:
        f |= BIT["LOWER_MAPS"]
    if c.casefold() != c:
        f |= BIT["FOLD_MAPS"]
    if c.isprintable():
        f |= BIT["PRINTABLE"]
    if cp != 0x3A3:
        # c + Σ: final iff c is cased and not case-ignorable; A + c + Σ: final iff c is
        # case-ignorable or cased (str.lower skips case-ignorable characters backwards).
        width = len(c.lower())
        after_c = final_sigma(c + "\u03a3", width)
        after_a_c = final_sigma("A" + c + "\u03a3", 1 + width)
        ignorable = after_a_c and not after_c
        if ignorable:
            f |= BIT["CASE_IGNORABLE"]
        else:
            assert after_c == cased, hex(cp)
        # and forwards: A + Σ + c is final iff c is case-ignorable or not cased
        assert final_sigma("A\u03a3" + c, 1) == (ignorable or not cased), hex(cp)
    else:
        f |= BIT["CASED"]  # (Σ is Lu, cased and not case-ignorable)
    return f


def case_maps(method: str) -> tuple[list[tuple[int, int]], list[tuple[int, str]]]:
    single, multi = [], []
    for cp in range(MAX):
        if is_surrogate(cp):
            continue
        c = chr(cp)
        mapped = getattr(c, method)()
        if mapped != c:
            if len(mapped) == 1:
                single.append((cp, ord(mapped)))
            else:
                multi.append((cp, mapped))
    return single, multi


def generate() -> str:
    flags = [0 if is_surrogate(cp) else flags_of(cp) for cp in range(MAX)]
    for name, members in regex_classes().items():
        for cp in members:
            flags[cp] |= BIT[name]
    # Below the first unspaced script nothing matches _UNSPACED (count_words skips such
    # text); the table holds the flag from there on only, and this says it loses nothing.
    assert not any(_UNSPACED.match(chr(cp)) for cp in range(ord(_FIRST_UNSPACED))
                   if not is_surrogate(cp))
    blocks: dict[tuple[int, ...], int] = {}
    index = []
    for start in range(0, MAX, 1 << SHIFT):
        block = tuple(flags[start:start + (1 << SHIFT)])
        index.append(blocks.setdefault(block, len(blocks)))
    lower, lower_multi = case_maps("lower")
    fold, fold_multi = case_maps("casefold")
    assert max(len(m) for _, m in lower_multi + fold_multi) <= 3
    out = [
        ("// @generated by scripts/gen_unicode_tables.py from CPython "
         f"{sys.version_info[0]}.{sys.version_info[1]} (Unicode "
         f"{unicodedata.unidata_version}) and regex {regex.__version__}: do not edit."),
        ("// Read by core/src/text.rs; `python scripts/gen_unicode_tables.py --check` says "
         "whether it is current."),
        "",
        f"pub const UNIDATA_VERSION: &str = \"{unicodedata.unidata_version}\";",
        "",
    ]
    for name in FLAGS:
        out.append(f"pub const {name}: u32 = {BIT[name]:#010x};")
    out += [
        "",
        f"pub const SHIFT: u32 = {SHIFT};",
        "",
        f"pub static BLOCK_INDEX: [u16; {len(index)}] = [",
    ]
    out += wrap([str(i) for i in index])
    out.append("];")
    out.append("")
    out.append(f"pub static BLOCKS: [[u32; {1 << SHIFT}]; {len(blocks)}] = [")
    for block in blocks:
        out.append("    [")
        out += wrap([str(v) for v in block], indent=8)
        out.append("    ],")
    out.append("];")
    for name, single, multi in (("LOWER", lower, lower_multi), ("FOLD", fold, fold_multi)):
        out.append("")
        out.append(f"/// (character, its `str.{name.lower().replace('fold', 'casefold')}()`) "
                   "for the characters mapped to one other character, sorted.")
        out.append(f"pub static {name}_SINGLE: [(u32, u32); {len(single)}] = [")
        out += wrap([f"({a:#x}, {b:#x})" for a, b in single])
        out.append("];")
        out.append("/// ... and those mapped to two or three (unused slots 0), sorted.")
        out.append(f"pub static {name}_MULTI: [(u32, [u32; 3]); {len(multi)}] = [")
        for a, m in multi:
            chars = [ord(x) for x in m] + [0] * (3 - len(m))
            out.append(f"    ({a:#x}, [{', '.join(f'{x:#x}' for x in chars)}]),")
        out.append("];")
    return "\n".join(out) + "\n"


def wrap(items: list[str], indent: int = 4, width: int = 100) -> list[str]:
    lines, line = [], ""
    for item in items:
        piece = item + ","
        if line and len(line) + 1 + len(piece) + indent > width:
            lines.append(" " * indent + line)
            line = piece
        else:
            line = f"{line} {piece}" if line else piece
    if line:
        lines.append(" " * indent + line)
    return lines


def body(text: str) -> str:
    return text.partition("\n")[2]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.partition("\n\n")[0])
    parser.add_argument("--check", action="store_true",
                        help="compare with the committed file instead of writing it")
    args = parser.parse_args(argv)
    if sys.version_info[:2] != (3, 11):
        print(f"warning: Python {sys.version.split()[0]}: the reference is CPython 3.11 "
              "(Unicode 14.0.0)", file=sys.stderr)
    text = generate()
    if args.check:
        current = OUT.read_text("utf-8") if OUT.exists() else ""
        if body(current) != body(text):  # (the header names the versions that made it)
            print(f"{OUT} is stale: run python scripts/gen_unicode_tables.py", file=sys.stderr)
            return 1
        print(f"{OUT} is current")
        return 0
    OUT.write_text(text, "utf-8")
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
