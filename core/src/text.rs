//! Python's text semantics, exactly (CPython 3.11, Unicode 14.0.0): what `str.strip()`,
//! `str.isalpha()` & co., `re`'s Unicode `\w`, `str.lower()` and `str.casefold()`, `repr`
//! and `len` of a `str` do; and, apart and named `rx_*`, the classes of the `regex` package
//! (`\w`, `\s`, `\d`, `\p{L}`, `\p{Lu}`, `\p{Ll}`), which follow that package's own, newer,
//! Unicode and its own definitions (`\w` takes marks and joiners, `\s` leaves out
//! U+001C..U+001F), so differ from `str`'s. The core's one text module: every port reads
//! its text through it.
//!
//! Rust's own notions differ in places: `char::is_alphabetic` is the Alphabetic property
//! (combining marks, Roman numerals...) where `str.isalpha` is the letter categories;
//! `char::is_whitespace` is White_Space, where `str.isspace` adds the separators
//! U+001C..U+001F and leaves out nothing else; `char::to_lowercase` follows a newer
//! Unicode and has no final-sigma rule. Every predicate here reads tables generated from
//! Python itself (`scripts/gen_unicode_tables.py` -> `unicode_tables.rs`), and
//! `tests/test_core_text.py` compares them with the `str` methods on every code point.
//!
//! Lone surrogates, which a Python `str` may hold and a Rust `str` cannot, are outside
//! this module's world: text reaches it as UTF-8.

use crate::unicode_tables as t;

/// The character's flags (`unicode_tables`'s bits).
#[inline(always)]
pub fn flags(c: char) -> u32 {
    let cp = c as u32;
    let block = t::BLOCK_INDEX[(cp >> t::SHIFT) as usize] as usize;
    t::BLOCKS[block][(cp & ((1 << t::SHIFT) - 1)) as usize]
}

#[inline(always)]
fn has(c: char, bits: u32) -> bool {
    flags(c) & bits != 0
}

// One character, as the `str` method of a one-character string sees it.

/// `c.isspace()`: what `str.strip()` strips and `str.split()` splits at (Unicode white
/// space by bidirectional class WS/B/S or category Zs: U+001C..U+001F are in, U+200B out).
#[inline]
pub fn is_space(c: char) -> bool {
    if c.is_ascii() {
        return matches!(c, ' ' | '\t' | '\n' | '\x0b' | '\x0c' | '\r' | '\x1c'..='\x1f');
    }
    has(c, t::SPACE)
}

/// `c.isalpha()`: categories Lu, Ll, Lt, Lm, Lo (not Rust's Alphabetic property).
#[inline]
pub fn is_alpha(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    has(c, t::ALPHA)
}

/// `c.isdecimal()`: a decimal digit (category Nd; `re`'s `\d`).
#[inline]
pub fn is_decimal(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    has(c, t::DECIMAL)
}

/// `c.isdigit()`: a digit, decimal or not ("²" is one).
#[inline]
pub fn is_digit(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    has(c, t::DIGIT)
}

/// `c.isnumeric()`: any numeric character ("½", "Ⅻ", "五").
#[inline]
pub fn is_numeric(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    has(c, t::NUMERIC)
}

/// `c.isalnum()`: alpha, decimal, digit or numeric.
#[inline]
pub fn is_alnum(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    has(c, t::ALPHA | t::DECIMAL | t::DIGIT | t::NUMERIC)
}

/// `re`'s `\w` on a `str` pattern: `c.isalnum()` or `_`.
#[inline]
pub fn is_word(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric() || c == '_';
    }
    has(c, t::WORD)
}

/// CPython's per-character case flags, which `str.isupper/islower/istitle` read: the
/// Uppercase and Lowercase properties, and category Lt. (For one character `c.isupper()`
/// is `has_upper(c)`; for longer strings see `isupper`.)
#[inline]
pub fn has_upper(c: char) -> bool {
    has(c, t::UPPER)
}

#[inline]
pub fn has_lower(c: char) -> bool {
    has(c, t::LOWER)
}

#[inline]
pub fn has_title(c: char) -> bool {
    has(c, t::TITLE)
}

/// The Cased property (Uppercase, Lowercase or Lt), read by `str.lower`'s final sigma.
#[inline]
pub fn is_cased(c: char) -> bool {
    has(c, t::CASED)
}

/// The Case_Ignorable property, skipped by `str.lower`'s final-sigma rule.
#[inline]
pub fn is_case_ignorable(c: char) -> bool {
    has(c, t::CASE_IGNORABLE)
}

/// Matched by `cleaner.lines._UNSPACED`: a character of a script written without spaces
/// (Han, Hiragana, Katakana, Thai, Lao, Khmer, Myanmar, as the `regex` package sees them).
#[inline]
pub fn is_unspaced(c: char) -> bool {
    has(c, t::UNSPACED)
}

/// `c.isprintable()`: what `repr` leaves as it is.
#[inline]
pub fn is_printable(c: char) -> bool {
    if c.is_ascii() {
        return (' '..='~').contains(&c);
    }
    has(c, t::PRINTABLE)
}

// One character, as the `regex` package's classes see it (its Unicode, not Python's).

/// The `regex` package's `\w` (letters, marks, digits, connector punctuation, joiners).
#[inline]
pub fn rx_word(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric() || c == '_';
    }
    has(c, t::RX_WORD)
}

/// The `regex` package's `\s` (in ASCII, unlike `str.isspace`, not U+001C..U+001F).
#[inline]
pub fn rx_space(c: char) -> bool {
    if c.is_ascii() {
        return matches!(c, '\t'..='\r' | ' ');
    }
    has(c, t::RX_SPACE)
}

/// The `regex` package's `\d` (category Nd).
#[inline]
pub fn rx_digit(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    has(c, t::RX_DIGIT)
}

/// The `regex` package's `\p{L}`.
#[inline]
pub fn rx_letter(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    has(c, t::RX_LETTER)
}

/// The `regex` package's `\p{Lu}`.
#[inline]
pub fn rx_upper(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_uppercase();
    }
    has(c, t::RX_UPPER)
}

/// The `regex` package's `\p{Ll}`.
#[inline]
pub fn rx_lower(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_lowercase();
    }
    has(c, t::RX_LOWER)
}

/// The code point ranges (first, last; sorted, disjoint) of the characters with any of
/// the flags `bits` (`unicode_tables`'s): a class as ranges, for who compares it with
/// another's (surrogates are in none).
pub fn flag_ranges(bits: u32) -> Vec<(u32, u32)> {
    // (block by block: a distinct block of the table wholly in or wholly out is taken at
    // once, and few are mixed; a walk of every code point took 30 million instructions)
    const SIZE: u32 = 1 << t::SHIFT;
    let kinds: Vec<(bool, bool)> = t::BLOCKS
        .iter()
        .map(|block| (block.iter().any(|&f| f & bits != 0), block.iter().all(|&f| f & bits != 0)))
        .collect();
    let mut out: Vec<(u32, u32)> = Vec::new();
    let mut take = |first: u32, last: u32| match out.last_mut() {
        Some(run) if run.1 + 1 == first => run.1 = last,
        _ => out.push((first, last)),
    };
    for (number, &index) in t::BLOCK_INDEX.iter().enumerate() {
        let start = number as u32 * SIZE;
        let (any, all) = kinds[index as usize];
        let surrogates = (0xD800..=0xDFFF).contains(&start);
        if all && !surrogates {
            take(start, start + SIZE - 1);
        } else if any {
            for (k, &f) in t::BLOCKS[index as usize].iter().enumerate() {
                let cp = start + k as u32;
                if f & bits != 0 && char::from_u32(cp).is_some() {
                    take(cp, cp);
                }
            }
        }
    }
    out
}

// Strings, as the `str` methods see them.

fn all_nonempty(s: &str, f: impl Fn(char) -> bool) -> bool {
    !s.is_empty() && s.chars().all(f)
}

/// `s.isspace()`
pub fn isspace(s: &str) -> bool {
    all_nonempty(s, is_space)
}

/// `s.isalpha()`
pub fn isalpha(s: &str) -> bool {
    all_nonempty(s, is_alpha)
}

/// `s.isdecimal()`
pub fn isdecimal(s: &str) -> bool {
    all_nonempty(s, is_decimal)
}

/// `s.isdigit()`
pub fn isdigit(s: &str) -> bool {
    all_nonempty(s, is_digit)
}

/// `s.isnumeric()`
pub fn isnumeric(s: &str) -> bool {
    all_nonempty(s, is_numeric)
}

/// `s.isalnum()`
pub fn isalnum(s: &str) -> bool {
    all_nonempty(s, is_alnum)
}

/// `re.fullmatch(r"\w+", s) is not None`
pub fn isword(s: &str) -> bool {
    all_nonempty(s, is_word)
}

/// `s.isupper()`: at least one cased character, and none lower case or title case.
pub fn isupper(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        let f = flags(c);
        if f & (t::LOWER | t::TITLE) != 0 {
            return false;
        }
        cased |= f & t::UPPER != 0;
    }
    cased
}

/// `s.islower()`: at least one cased character, and none upper case or title case.
pub fn islower(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        let f = flags(c);
        if f & (t::UPPER | t::TITLE) != 0 {
            return false;
        }
        cased |= f & t::LOWER != 0;
    }
    cased
}

/// `s.istitle()`: upper- and title-case characters only after uncased ones, lower-case
/// ones only after cased ones, and at least one cased character.
pub fn istitle(s: &str) -> bool {
    let (mut cased, mut previous_is_cased) = (false, false);
    for c in s.chars() {
        let f = flags(c);
        if f & (t::UPPER | t::TITLE) != 0 {
            if previous_is_cased {
                return false;
            }
            previous_is_cased = true;
            cased = true;
        } else if f & t::LOWER != 0 {
            if !previous_is_cased {
                return false;
            }
            previous_is_cased = true;
            cased = true;
        } else {
            previous_is_cased = false;
        }
    }
    cased
}

/// `s.strip()`
#[inline]
pub fn strip(s: &str) -> &str {
    s.trim_matches(is_space)
}

/// `s.lstrip()`
#[inline]
pub fn lstrip(s: &str) -> &str {
    s.trim_start_matches(is_space)
}

/// `s.rstrip()`
#[inline]
pub fn rstrip(s: &str) -> &str {
    s.trim_end_matches(is_space)
}

/// `s.split()`: the runs of characters between runs of `str.isspace` ones.
pub fn split(s: &str) -> impl Iterator<Item = &str> {
    s.split(is_space).filter(|w| !w.is_empty())
}

/// `len(s)`: the number of characters.
pub fn len(s: &str) -> usize {
    if s.is_ascii() {
        s.len()
    } else {
        s.chars().count()
    }
}

/// `repr(s)`.
pub fn repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if is_printable(c) => out.push(c),
            c if (c as u32) < 0x100 => out.push_str(&format!("\\x{:02x}", c as u32)),
            c if (c as u32) < 0x10000 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push_str(&format!("\\U{:08x}", c as u32)),
        }
    }
    out.push(quote);
    out
}

const SIGMA: char = '\u{3a3}';

fn map_in(single: &[(u32, u32)], multi: &[(u32, [u32; 3])], c: char, out: &mut String) {
    let cp = c as u32;
    if let Ok(i) = single.binary_search_by_key(&cp, |&(k, _)| k) {
        out.push(char::from_u32(single[i].1).expect("a table of characters"));
    } else if let Ok(i) = multi.binary_search_by_key(&cp, |&(k, _)| k) {
        for &m in multi[i].1.iter().take_while(|&&m| m != 0) {
            out.push(char::from_u32(m).expect("a table of characters"));
        }
    } else {
        out.push(c);
    }
}

/// Push `c.lower()` (full mapping, without the final-sigma context: see `lower_into`).
#[inline]
pub fn push_lower_char(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
    } else if has(c, t::LOWER_MAPS) {
        map_in(&t::LOWER_SINGLE, &t::LOWER_MULTI, c, out);
    } else {
        out.push(c);
    }
}

/// Whether `c.lower()` is longer than one character ("İ").
#[inline]
pub fn lowers_long(c: char) -> bool {
    !c.is_ascii() && has(c, t::LOWER_MAPS) && t::LOWER_MULTI.binary_search_by_key(&(c as u32), |&(k, _)| k).is_ok()
}

/// The characters whose `str.casefold()` is more than one character, with what they fold
/// to ("ß": "ss"), in code point order.
pub fn multi_folds() -> impl Iterator<Item = (char, String)> {
    t::FOLD_MULTI.iter().map(|&(c, m)| {
        let folded = m.iter().take_while(|&&x| x != 0).map(|&x| char::from_u32(x).expect("a table of characters"));
        (char::from_u32(c).expect("a table of characters"), folded.collect())
    })
}

/// Whether `c.casefold()` is `c` itself, for a character beyond ASCII (most are: one
/// table read, so that a caller can copy runs of them whole).
#[inline]
pub fn casefolds_to_itself(c: char) -> bool {
    !has(c, t::FOLD_MAPS)
}

/// Push `c.casefold()` (full folding: "ß" is "ss").
#[inline]
pub fn push_casefold_char(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
    } else if has(c, t::FOLD_MAPS) {
        map_in(&t::FOLD_SINGLE, &t::FOLD_MULTI, c, out);
    } else {
        out.push(c);
    }
}

/// Whether the capital sigma at byte `at` of `s` is final, as CPython's `str.lower` decides
/// (`handle_capital_sigma`): after a cased character (case-ignorable ones skipped), and not
/// before one (case-ignorable ones skipped).
fn final_sigma(s: &str, at: usize) -> bool {
    let before = s[..at].chars().rev().find(|&c| !is_case_ignorable(c));
    if !before.is_some_and(is_cased) {
        return false;
    }
    let after = s[at + SIGMA.len_utf8()..].chars().find(|&c| !is_case_ignorable(c));
    !after.is_some_and(is_cased)
}

/// Append `s.lower()` to `out`: full mappings ("İ" is "i̇"), and capital sigma final ("ς")
/// at a word's end.
pub fn lower_into(s: &str, out: &mut String) {
    if s.is_ascii() {
        out.push_str(s);
        let start = out.len() - s.len();
        out[start..].make_ascii_lowercase();
        return;
    }
    out.reserve(s.len());
    for (i, c) in s.char_indices() {
        if c == SIGMA {
            out.push(if final_sigma(s, i) { '\u{3c2}' } else { '\u{3c3}' });
        } else {
            push_lower_char(c, out);
        }
    }
}

/// `s.lower()`
pub fn lower(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    lower_into(s, &mut out);
    out
}

/// Append `s.casefold()` to `out`.
pub fn casefold_into(s: &str, out: &mut String) {
    out.reserve(s.len());
    let mut rest = s;
    loop {
        // (a run of ASCII folds to itself lowered)
        let ascii = rest.bytes().position(|b| b >= 0x80).unwrap_or(rest.len());
        let start = out.len();
        out.push_str(&rest[..ascii]);
        out[start..].make_ascii_lowercase();
        rest = &rest[ascii..];
        let Some(c) = rest.chars().next() else { return };
        push_casefold_char(c, out);
        rest = &rest[c.len_utf8()..];
    }
}

/// `cleaner.patterns._bounded`: a phrase sits on word boundaries (where it starts or ends
/// with a letter or digit).
pub fn bounded(low: &str, start: usize, end: usize) -> bool {
    let word = |c: Option<char>| c.is_some_and(is_word);
    let before = |at: usize| low[..at].chars().next_back();
    let after = |at: usize| low[at..].chars().next();
    !((start > 0 && word(after(start)) && word(before(start)))
        || (end < low.len() && word(before(end)) && word(after(end))))
}

/// Whether `phrase` occurs in `hay` on word boundaries (both casefolded alike).
pub fn contains_phrase(hay: &str, phrase: &str) -> bool {
    !phrase.is_empty()
        && hay.match_indices(phrase).any(|(start, found)| bounded(hay, start, start + found.len()))
}

/// `s.casefold()`
pub fn casefold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    casefold_into(s, &mut out);
    out
}

/// `cleaner.patterns.normalise`: the key a whole-line entry is looked up by,
/// `" ".join(text.casefold().split())` with what is not `str.isalnum` cut from both ends.
/// In one pass over the casefolded characters (no case folding makes or unmakes a space).
pub fn normalise(text: &str) -> String {
    let mut key = Vec::with_capacity(text.len());
    normalise_into(text, usize::MAX, &mut key);
    String::from_utf8(key).expect("whole characters")
}

/// `normalise_into`'s step for a casefolded character (`alnum`: `str.isalnum`, `white`:
/// `str.isspace`).
fn push_normalised(c: char, alnum: bool, white: bool, key: &mut Vec<u8>, space: &mut bool, end: &mut usize) {
    if key.is_empty() && !alnum {
        return;
    }
    if white {
        *space = true;
        return;
    }
    if *space {
        key.push(b' ');
        *space = false;
    }
    let mut buf = [0u8; 4];
    key.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
    if alnum {
        *end = key.len();
    }
}

// `normalise_into`'s reading of an ASCII byte, one table read (not three range tests):
// casefolding is lowering, `str.isalnum` is [A-Za-z0-9] (the lowered byte with `ALNUM`
// set), `str.isspace` is \t-\r, \x1c-\x1f and the space (`SPACE`); any other byte is itself.
const ALNUM: u8 = 0x80;
const SPACE: u8 = 0xff;
const NORMALISED_ASCII: [u8; 128] = {
    let mut table = [0u8; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        table[b] = if c.is_ascii_alphanumeric() {
            c.to_ascii_lowercase() | ALNUM
        } else if matches!(c, b'\t'..=b'\r' | 0x1c..=0x1f | b' ') {
            SPACE
        } else {
            c
        };
        b += 1;
    }
    table
};

/// `normalise(text)`'s first `limit` bytes, when it has at least that many (true), read
/// from as little of `text` as they need; otherwise the whole of it (false). Two texts with
/// the same `normalise` have the same prefix key: a cheap first sort of many lines.
pub fn normalise_prefix(text: &str, limit: usize, key: &mut Vec<u8>) -> bool {
    key.clear();
    let long = normalise_into(text, limit, key);
    if long {
        key.truncate(limit);
    }
    long
}

/// Write `normalise(text)` into `key`; stop (true) as soon as it is known to hold at least
/// `limit` bytes (an alphanumeric character ends at `limit` or later), leaving what was
/// written so far (at least `limit` bytes, not cut at its end).
fn normalise_into(text: &str, limit: usize, key: &mut Vec<u8>) -> bool {
    let mut end = 0; // the key's length up to its last alphanumeric character
    let mut space = false;
    let bytes = text.as_bytes();
    let mut i = 0;
    let mut folded = String::new();
    while i < bytes.len() {
        if end >= limit {
            return true;
        }
        let b = bytes[i];
        if b < 0x80 {
            // ASCII in line, by `NORMALISED_ASCII`.
            i += 1;
            let n = NORMALISED_ASCII[b as usize];
            if n == SPACE {
                // (spaces before the first letter or digit are dropped)
                space = !key.is_empty();
            } else if key.is_empty() && n & ALNUM == 0 {
                // (so is punctuation)
            } else {
                if space {
                    key.push(b' ');
                    space = false;
                }
                key.push(n & !ALNUM);
                if n & ALNUM != 0 {
                    end = key.len();
                }
            }
            continue;
        }
        let c = text[i..].chars().next().expect("a character");
        i += c.len_utf8();
        let flags = flags(c);
        if flags & t::FOLD_MAPS == 0 {
            // (most characters beyond ASCII fold to themselves: their flags read once)
            let alnum = flags & (t::ALPHA | t::DECIMAL | t::DIGIT | t::NUMERIC) != 0;
            push_normalised(c, alnum, flags & t::SPACE != 0, key, &mut space, &mut end);
            continue;
        }
        folded.clear();
        push_casefold_char(c, &mut folded);
        for f in folded.chars() {
            push_normalised(f, is_alnum(f), is_space(f), key, &mut space, &mut end);
        }
    }
    if end >= limit {
        return true;
    }
    key.truncate(end);
    false
}

/// Whitespace `cleaner.patterns.lower_text` makes plain spaces (`_ODD_SPACES`).
pub const ODD_SPACES: [char; 8] =
    ['\t', '\u{a0}', '\u{2000}', '\u{2001}', '\u{2002}', '\u{2003}', '\u{2009}', '\u{202f}'];

/// `cleaner.patterns.lower_text`: the lines joined by newlines, lowercased keeping every
/// offset (where some character would lengthen, "İ", each character is lowered alone and
/// that one kept), odd spaces made plain.
pub fn lower_text<S: AsRef<str>>(lines: &[S]) -> String {
    lower_lines(lines).0
}

/// How many bytes of `bytes` are ASCII before the first that is not (eight at a time).
pub fn ascii_prefix(bytes: &[u8]) -> usize {
    let mut chunks = bytes.chunks_exact(8);
    let mut at = 0;
    for chunk in &mut chunks {
        let high = u64::from_le_bytes(chunk.try_into().expect("eight bytes")) & 0x8080_8080_8080_8080;
        if high != 0 {
            return at + (high.trailing_zeros() / 8) as usize;
        }
        at += 8;
    }
    at + chunks.remainder().iter().position(|b| !b.is_ascii()).unwrap_or(chunks.remainder().len())
}

/// `lower_text(lines)` and where each line starts in it (bytes).
///
/// Line by line, in one pass: a line is copied and its ASCII lowered in bulk; where it
/// holds a character beyond ASCII that lowering changes (or an odd space), it is written
/// again character by character, as `lower` would write it; if some character of the
/// document would lengthen ("İ"), the pass is made again with each character lowered alone
/// and that one kept. No character is lowered to or from an odd space, so those are made
/// plain where they stand; a line end is neither cased nor case-ignorable, so a capital
/// sigma's context is its line.
pub fn lower_lines<S: AsRef<str>>(lines: &[S]) -> (String, Vec<usize>) {
    lower_lines_as(lines, false).unwrap_or_else(|| lower_lines_as(lines, true).expect("lowered alone"))
}

/// `lower_lines`, each character lowered alone (`alone`) or not: None if not, and some
/// character would lengthen.
fn lower_lines_as<S: AsRef<str>>(lines: &[S], alone: bool) -> Option<(String, Vec<usize>)> {
    // (whether a line holds a character beyond ASCII that it cannot keep as it is)
    let changes = |line: &str| {
        let bytes = line.as_bytes();
        let mut at = 0;
        loop {
            at += ascii_prefix(&bytes[at..]);
            let Some(c) = line[at..].chars().next() else { return false };
            if has(c, t::LOWER_MAPS) || ODD_SPACES.contains(&c) {
                return true;
            }
            at += c.len_utf8();
        }
    };
    let mut out = String::with_capacity(lines.iter().map(|l| l.as_ref().len() + 1).sum());
    let mut starts = Vec::with_capacity(lines.len());
    for (k, line) in lines.iter().enumerate() {
        if k > 0 {
            out.push('\n');
        }
        let from = out.len();
        starts.push(from);
        let line = line.as_ref();
        out.push_str(line);
        out[from..].make_ascii_lowercase();
        if line.is_ascii() || !changes(line) {
            continue;
        }
        out.truncate(from);
        let mut at = 0;
        while at < line.len() {
            let run = ascii_prefix(&line.as_bytes()[at..]);
            if run > 0 {
                let from = out.len();
                out.push_str(&line[at..at + run]);
                out[from..].make_ascii_lowercase();
                at += run;
                continue;
            }
            let c = line[at..].chars().next().expect("a character");
            if ODD_SPACES.contains(&c) {
                out.push(' ');
            } else if !has(c, t::LOWER_MAPS) {
                out.push_str(&line[at..at + c.len_utf8()]);
            } else if lowers_long(c) {
                if !alone {
                    return None;
                }
                out.push(c);
            } else if c == SIGMA && !alone {
                out.push(if final_sigma(line, at) { '\u{3c2}' } else { '\u{3c3}' });
            } else {
                push_lower_char(c, &mut out);
            }
            at += c.len_utf8();
        }
    }
    if out.contains('\t') {
        out = out.replace('\t', " ");
    }
    Some((out, starts))
}

/// The hasher of tables made from lexicons (whole-line keys, date words): `rustc-hash`'s
/// FxHash, several times cheaper than the standard library's SipHash on short keys. Not
/// for tables whose keys a document chooses (collisions it could arrange would slow them).
pub type FastHash = rustc_hash::FxBuildHasher;

/// The Python `str` method `name` of each text, for the exhaustive comparison with Python
/// (`tests/test_core_text.py`): booleans for the predicates, strings for the rest.
pub mod python {
    use pyo3::exceptions::PyValueError;
    use pyo3::prelude::*;
    use pyo3::types::PyList;

    /// `s.isprintable()`: true of the empty string too.
    fn all_nonempty_or_empty(s: &str, f: fn(char) -> bool) -> bool {
        s.chars().all(f)
    }

    /// Besides the `str` methods: `isprintable`; `rx_word` ... `rx_lower`, whether the text
    /// is a run of the `regex` package's class (`regex.fullmatch(r"\w+", s)`...); `repr`;
    /// `normalise` and `lower_text` (of one line), `cleaner.patterns`'s.
    #[pyfunction]
    pub fn str_method<'py>(py: Python<'py>, name: &str, texts: Vec<String>) -> PyResult<Bound<'py, PyList>> {
        let predicate: Option<fn(&str) -> bool> = match name {
            "isspace" => Some(super::isspace),
            "isalpha" => Some(super::isalpha),
            "isdecimal" => Some(super::isdecimal),
            "isdigit" => Some(super::isdigit),
            "isnumeric" => Some(super::isnumeric),
            "isalnum" => Some(super::isalnum),
            "isword" => Some(super::isword),
            "isupper" => Some(super::isupper),
            "islower" => Some(super::islower),
            "istitle" => Some(super::istitle),
            "isprintable" => Some(|s| all_nonempty_or_empty(s, super::is_printable)),
            "rx_word" => Some(|s| super::all_nonempty(s, super::rx_word)),
            "rx_space" => Some(|s| super::all_nonempty(s, super::rx_space)),
            "rx_digit" => Some(|s| super::all_nonempty(s, super::rx_digit)),
            "rx_letter" => Some(|s| super::all_nonempty(s, super::rx_letter)),
            "rx_upper" => Some(|s| super::all_nonempty(s, super::rx_upper)),
            "rx_lower" => Some(|s| super::all_nonempty(s, super::rx_lower)),
            _ => None,
        };
        if let Some(f) = predicate {
            return PyList::new(py, texts.iter().map(|s| f(s)));
        }
        let mapping: fn(&str) -> String = match name {
            "strip" => |s| super::strip(s).to_string(),
            "lstrip" => |s| super::lstrip(s).to_string(),
            "rstrip" => |s| super::rstrip(s).to_string(),
            "lower" => super::lower,
            "casefold" => super::casefold,
            "repr" => super::repr,
            "normalise" => super::normalise,
            "lower_text" => |s| super::lower_text(&[s]),
            _ => return Err(PyValueError::new_err(format!("no str method {name:?} in the core"))),
        };
        PyList::new(py, texts.iter().map(|s| mapping(s)))
    }

    /// The Unicode version of the tables (`unicodedata.unidata_version` of their Python).
    #[pyfunction]
    pub fn unidata_version() -> &'static str {
        crate::unicode_tables::UNIDATA_VERSION
    }

    /// Calls `each` with every character (in code point order) but those of the tables'
    /// blocks in which no character has any of `bits`: beyond ASCII (whose block is always
    /// read), a predicate or mapping below that reads `bits` does not hold or change there.
    fn chars_with(bits: u32, mut each: impl FnMut(char)) {
        use crate::unicode_tables as t;
        let block_size = 1u32 << t::SHIFT;
        let mut read = vec![None::<bool>; t::BLOCKS.len()];
        for (number, &block) in t::BLOCK_INDEX.iter().enumerate() {
            let block = block as usize;
            let any = *read[block].get_or_insert_with(|| t::BLOCKS[block].iter().any(|&f| f & bits != 0));
            if !any && number != 0 {
                continue;
            }
            let first = number as u32 * block_size;
            for c in (first..first + block_size).filter_map(char::from_u32) {
                each(c);
            }
        }
    }

    /// The code points (as sorted, disjoint, non-adjacent inclusive ranges) for which the
    /// one-character `str` predicate `name` holds: `isalnum`, `isdecimal`, `isspace` or
    /// `isword` (`re`'s `\w`). Surrogates hold none. For `cleaner.core_lexicon`, which
    /// would otherwise ask Python about each of the 1,114,112 code points.
    #[pyfunction]
    pub fn unicode_ranges(name: &str) -> PyResult<Vec<(u32, u32)>> {
        use crate::unicode_tables as t;
        let (predicate, bits): (fn(char) -> bool, u32) = match name {
            "isalnum" => (super::is_alnum, t::ALPHA | t::DECIMAL | t::DIGIT | t::NUMERIC),
            "isdecimal" => (super::is_decimal, t::DECIMAL),
            "isspace" => (super::is_space, t::SPACE),
            "isword" => (super::is_word, t::WORD),
            _ => return Err(PyValueError::new_err(format!("no predicate {name:?} in the core"))),
        };
        let mut out: Vec<(u32, u32)> = Vec::new();
        chars_with(bits, |c| {
            if predicate(c) {
                let cp = c as u32;
                match out.last_mut() {
                    Some(last) if last.1 + 1 == cp => last.1 = cp,
                    _ => out.push((cp, cp)),
                }
            }
        });
        Ok(out)
    }

    /// Every code point whose `c.lower()` begins with another character, with that character
    /// (`(0x130, 0x69)`: "İ".lower() is "i\u{307}"), in code point order: CPython's simple
    /// lowercase, `_sre.unicode_tolower`, which `re`'s IGNORECASE compares.
    #[pyfunction]
    pub fn lowered_chars() -> Vec<(u32, u32)> {
        let mut out = Vec::new();
        let mut buf = String::new();
        chars_with(crate::unicode_tables::LOWER_MAPS, |c| {
            buf.clear();
            super::push_lower_char(c, &mut buf);
            let first = buf.chars().next().expect("a character's lowercase") as u32;
            if first != c as u32 {
                out.push((c as u32, first));
            }
        });
        out
    }

    pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
        m.add_function(wrap_pyfunction!(str_method, m)?)?;
        m.add_function(wrap_pyfunction!(unidata_version, m)?)?;
        m.add_function(wrap_pyfunction!(unicode_ranges, m)?)?;
        m.add_function(wrap_pyfunction!(lowered_chars, m)?)?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phrases_are_found_on_word_boundaries_only() {
        let hay = casefold("This ad has not loaded yet, but your article continues below.");
        assert!(contains_phrase(&hay, "article continues below"));
        assert!(!contains_phrase(&hay, "article continues belo"));
        assert!(!contains_phrase(&hay, "ticle continues below"));
        assert!(contains_phrase(&casefold("La suite après la publicité"), "la suite après la publicité"));
        assert!(!contains_phrase(&hay, ""));
    }

    #[test]
    fn white_space_is_str_isspace() {
        for c in [' ', '\t', '\n', '\x0b', '\x0c', '\r', '\x1c', '\x1d', '\x1e', '\x1f',
                  '\u{85}', '\u{a0}', '\u{1680}', '\u{2000}', '\u{200a}', '\u{2028}',
                  '\u{2029}', '\u{202f}', '\u{205f}', '\u{3000}'] {
            assert!(is_space(c), "{c:?}");
        }
        // Not white space to Python: zero-width space, joiners, BOM, NUL.
        for c in ['\u{200b}', '\u{200d}', '\u{feff}', '\0', 'a', '\u{180e}'] {
            assert!(!is_space(c), "{c:?}");
        }
        assert_eq!(strip("\u{3000}\x1f a b \u{85}\n"), "a b");
        assert_eq!(strip("\u{200b}a\u{200b}"), "\u{200b}a\u{200b}");
        assert_eq!(lstrip("  a "), "a ");
        assert_eq!(rstrip("  a "), "  a");
        assert_eq!(strip(" \t "), "");
    }

    #[test]
    fn letters_are_the_letter_categories() {
        assert!(isalpha("Straße"));
        assert!(isalpha("日本語"));
        assert!(isalpha("ǅ")); // Lt
        assert!(isalpha("ʰ")); // Lm
        assert!(!is_alpha('\u{301}')); // a combining mark: Alphabetic to Rust, not to Python
        assert!('\u{345}'.is_alphabetic() && !is_alpha('\u{345}'));
        assert!(!is_alpha('Ⅻ')); // Nl: Alphabetic, but not a letter
        assert!(!isalpha(""));
        assert!(!isalpha("a b"));
    }

    #[test]
    fn digits_decimals_numerics() {
        assert!(isdecimal("0123") && isdigit("0123") && isnumeric("0123"));
        assert!(isdecimal("٣") && isdecimal("３")); // Arabic-Indic, full width
        assert!(!is_decimal('²') && is_digit('²') && is_numeric('²'));
        assert!(!is_digit('½') && is_numeric('½'));
        assert!(!is_digit('五') && is_numeric('五') && is_alpha('五'));
        assert!(is_alnum('½') && is_word('½') && is_word('_') && !is_alnum('_'));
        assert!(is_word('é') && !is_word('\u{301}') && !is_word('-'));
        assert!(!isdecimal(""));
    }

    #[test]
    fn upper_lower_title_read_the_whole_string() {
        assert!(isupper("ABC 1") && !isupper("AbC") && !isupper("123") && !isupper(""));
        assert!(islower("abc 1") && !islower("abC") && !islower("123"));
        assert!(!isupper("Aǅ") && !islower("aǅ")); // a title-case letter spoils both
        assert!(isupper("Ⓐ")); // Other_Uppercase
        assert!(islower("ª")); // Other_Lowercase
        assert!(istitle("Hello World") && istitle("ǅemal") && !istitle("HEllo"));
        assert!(!istitle("hello") && !istitle("") && !istitle("123") && istitle("1A"));
    }

    #[test]
    fn lower_and_casefold_are_full_mappings() {
        assert_eq!(lower("HeLLo"), "hello");
        assert_eq!(lower("İ"), "i\u{307}");
        assert_eq!(casefold("İ"), "i\u{307}");
        assert_eq!(lower("Straße"), "straße");
        assert_eq!(casefold("Straße"), "strasse");
        assert_eq!(casefold("ﬃ"), "ffi");
        assert_eq!(casefold("ΐ"), "\u{3b9}\u{308}\u{301}");
        assert_eq!(lower("ǅ"), "ǆ");
        assert_eq!(casefold("ſ"), "s");
        assert_eq!(lower("ſ"), "ſ");
        assert_eq!(casefold("Ꭰ"), "Ꭰ"); // Cherokee folds to upper case
        assert_eq!(lower("K"), "k"); // Kelvin sign
        assert_eq!(lower("𐐀"), "𐐨"); // astral
    }

    #[test]
    fn lower_makes_a_final_capital_sigma_final() {
        assert_eq!(lower("ΟΔΟΣ"), "οδος");
        assert_eq!(lower("ΟΔΟΣ ΚΑΙ"), "οδος και");
        assert_eq!(lower("Σ"), "σ"); // nothing cased before it
        assert_eq!(lower("ΣΑ"), "σα");
        assert_eq!(lower("ΑΣ'"), "ας'"); // the apostrophe is case-ignorable
        assert_eq!(lower("ΑΣ'Α"), "ασ'α");
        assert_eq!(lower("Α'Σ"), "α'ς");
        assert_eq!(lower("1Σ"), "1σ");
        assert_eq!(lower("ΑΣΣ"), "ασς");
        assert_eq!(casefold("ΟΔΟΣ"), "οδοσ"); // casefold has no context
    }

    #[test]
    fn unspaced_scripts() {
        for c in ['中', 'ひ', 'カ', 'ก', 'ກ', 'ក', 'က', '𠀀'] {
            assert!(is_unspaced(c), "{c:?}");
        }
        for c in ['a', '한', '。', 'ー', '１'] {
            // Hangul is spaced; the prolonged sound mark and full-width forms are Common
            assert!(!is_unspaced(c), "{c:?}");
        }
    }

    #[test]
    fn ascii_shortcuts_agree_with_the_tables() {
        use crate::unicode_tables as t;
        for c in (0u8..128).map(char::from) {
            let f = flags(c);
            assert_eq!(is_space(c), f & t::SPACE != 0, "{c:?}");
            assert_eq!(is_alpha(c), f & t::ALPHA != 0, "{c:?}");
            assert_eq!(is_decimal(c), f & t::DECIMAL != 0, "{c:?}");
            assert_eq!(is_digit(c), f & t::DIGIT != 0, "{c:?}");
            assert_eq!(is_numeric(c), f & t::NUMERIC != 0, "{c:?}");
            assert_eq!(is_word(c), f & t::WORD != 0, "{c:?}");
            let (mut a, mut b) = (String::new(), String::new());
            push_lower_char(c, &mut a);
            push_casefold_char(c, &mut b);
            assert_eq!(a, c.to_ascii_lowercase().to_string());
            assert_eq!(a, b);
            assert_eq!(f & t::LOWER_MAPS != 0, c.is_ascii_uppercase());
            assert_eq!(is_printable(c), f & t::PRINTABLE != 0, "{c:?}");
            assert_eq!(rx_word(c), f & t::RX_WORD != 0, "{c:?}");
            assert_eq!(rx_space(c), f & t::RX_SPACE != 0, "{c:?}");
            assert_eq!(rx_digit(c), f & t::RX_DIGIT != 0, "{c:?}");
            assert_eq!(rx_letter(c), f & t::RX_LETTER != 0, "{c:?}");
            assert_eq!(rx_upper(c), f & t::RX_UPPER != 0, "{c:?}");
            assert_eq!(rx_lower(c), f & t::RX_LOWER != 0, "{c:?}");
        }
    }

    #[test]
    fn word_is_alnum_or_underscore_everywhere() {
        for c in (0..=0x10ffffu32).filter_map(char::from_u32) {
            assert_eq!(is_word(c), is_alnum(c) || c == '_', "{c:?}");
            assert_eq!(is_cased(c), has_upper(c) || has_lower(c) || has_title(c), "{c:?}");
            assert!(!(is_unspaced(c) && (c as u32) < 0xe00), "{c:?}");
        }
    }

    #[test]
    fn into_appends() {
        let mut out = String::from("x:");
        lower_into("AB", &mut out);
        casefold_into("ẞ", &mut out);
        assert_eq!(out, "x:abss");
    }

    #[test]
    fn the_regex_packages_classes_are_not_strs() {
        // regex's \w holds for a combining accent (a mark) and the zero-width joiner, which
        // str.isalnum does not; its \s leaves out the separators U+001C..U+001F.
        assert!(rx_word('\u{301}') && !is_word('\u{301}'));
        assert!(rx_word('\u{200D}') && !is_word('\u{200D}'));
        assert!(!rx_word('-'));
        assert!(rx_space('\u{A0}'));
        assert!(is_space('\u{1F}') && !rx_space('\u{1F}'));
        assert!(rx_upper('É') && !rx_upper('é') && rx_lower('é'));
        assert!(rx_letter('é') && !rx_letter('1') && !rx_letter('\u{301}'));
        assert!(rx_digit('٣') && !rx_digit('²'));
        assert_eq!(flag_ranges(t::RX_DIGIT)[0], (0x30, 0x39));
    }

    #[test]
    fn flag_ranges_are_every_code_point_with_the_flags() {
        for bits in [t::RX_WORD, t::RX_LETTER, t::RX_UPPER, t::RX_SPACE, t::SPACE, t::RX_WORD | t::RX_UPPER] {
            let mut walked: Vec<(u32, u32)> = Vec::new();
            for c in (0..=0x10ffffu32).filter_map(char::from_u32).filter(|&c| has(c, bits)) {
                match walked.last_mut() {
                    Some(run) if run.1 + 1 == c as u32 => run.1 = c as u32,
                    _ => walked.push((c as u32, c as u32)),
                }
            }
            assert_eq!(flag_ranges(bits), walked, "{bits:#x}");
        }
    }

    #[test]
    fn split_len_and_repr_are_pythons() {
        assert_eq!(split(" a \u{A0}b \u{1c} c ").collect::<Vec<_>>(), vec!["a", "b", "c"]);
        assert_eq!(len("Straße"), 6);
        assert_eq!(repr("it's"), "\"it's\"");
        assert_eq!(repr("a'\""), "'a\\'\"'");
        assert_eq!(repr("x\u{ad}\n"), "'x\\xad\\n'");
        assert_eq!(repr("é"), "'é'");
    }

    #[test]
    fn lower_text_keeps_offsets() {
        // İ would lengthen: then each character is lowered alone, İ kept.
        assert_eq!(lower_text(&["İSTANBUL", "ΟΔΟΣ"]), "İstanbul\nοδοσ");
        assert_eq!(lower_text(&["A\u{a0}B\tC"]), "a b c");
        assert_eq!(lower_text(&["ΟΔΟΣ Α"]), "οδος α");
        assert!(lowers_long('İ') && !lowers_long('I') && !lowers_long('Σ'));
    }

    #[test]
    fn normalise_folds_case_spaces_and_edge_punctuation() {
        assert_eq!(normalise("  » MOST\u{A0} Popular: "), "most popular");
        assert_eq!(normalise("--"), "");
        assert_eq!(normalise("A\tb"), "a b");
        assert_eq!(normalise("Straße , «Ünd»  ."), "strasse , «ünd");
        assert_eq!(normalise(" ,. "), "");
        assert_eq!(normalise("\u{1c}a\u{1d}b"), "a b");
    }

    #[test]
    fn normalise_is_its_definition_and_a_prefix_its_start() {
        // `" ".join(text.casefold().split())`, what is not alphanumeric cut from both ends
        let defined = |text: &str| {
            let joined = casefold(text).split(is_space).filter(|w| !w.is_empty()).collect::<Vec<_>>().join(" ");
            joined.trim_matches(|c: char| !is_alnum(c)).to_string()
        };
        let texts = [
            "", " ", "a", "--a--", "A-b, C.D!  (e) ", "...MORE news »", "Ünd--DIE  Straße.  x", "x\u{a0}\u{a0}y",
            "«Read» more…", "Page 1 of 12 >>", "  ,Hello ,  World ,  ", "ÆØÅ abc -- ΣΊΣΥΦΟΣ.", "a\u{300}b c",
            "\u{0}a\u{0} \u{7f}", " \t\r\u{1f}Z_9 ",
        ];
        for text in texts {
            let whole = normalise(text);
            assert_eq!(whole, defined(text), "{text:?}");
            for limit in 0..whole.len() + 2 {
                let mut key = Vec::new();
                let long = normalise_prefix(text, limit, &mut key);
                assert_eq!(long, whole.len() >= limit, "{text:?} {limit}");
                let want = if long { &whole.as_bytes()[..limit] } else { whole.as_bytes() };
                assert_eq!(key, want, "{text:?} {limit}");
            }
        }
    }

    #[test]
    fn multi_folds_are_casefolds_longer_than_a_character() {
        let folds: Vec<(char, String)> = multi_folds().collect();
        assert!(folds.contains(&('ß', "ss".to_string())));
        assert!(folds.iter().all(|(c, f)| casefold(&c.to_string()) == *f && f.chars().count() > 1));
    }
}

#[cfg(test)]
mod range_tests {
    use super::python::{lowered_chars, unicode_ranges};
    use super::*;

    fn naive(f: impl Fn(char) -> bool) -> Vec<(u32, u32)> {
        let mut out: Vec<(u32, u32)> = Vec::new();
        for cp in (0..=0x10FFFF_u32).filter(|&cp| char::from_u32(cp).is_some_and(&f)) {
            match out.last_mut() {
                Some(last) if last.1 + 1 == cp => last.1 = cp,
                _ => out.push((cp, cp)),
            }
        }
        out
    }

    #[test]
    fn ranges_skip_no_character_that_holds() {
        assert_eq!(unicode_ranges("isalnum").unwrap(), naive(is_alnum));
        assert_eq!(unicode_ranges("isdecimal").unwrap(), naive(is_decimal));
        assert_eq!(unicode_ranges("isspace").unwrap(), naive(is_space));
        assert_eq!(unicode_ranges("isword").unwrap(), naive(is_word));
        assert!(unicode_ranges("isbogus").is_err());
    }

    #[test]
    fn ranges_are_the_predicates() {
        let space = unicode_ranges("isspace").unwrap();
        assert_eq!(&space[..3], &[(0x09, 0x0D), (0x1C, 0x20), (0x85, 0x85)]);
        let word = unicode_ranges("isword").unwrap();
        assert!(word.contains(&(0x5F, 0x5F)) && word.contains(&(0x30, 0x39)));
        assert!(!word.iter().any(|&(a, b)| a <= 0xD800 && 0xDFFF <= b), "no surrogates");
    }

    #[test]
    fn lowered_chars_are_first_characters_of_lower() {
        let lowered = lowered_chars();
        assert!(lowered.contains(&(0x41, 0x61)));  // A
        assert!(lowered.contains(&(0x130, 0x69)));  // İ: "i\u{307}"
        assert!(lowered.contains(&(0x3A3, 0x3C3)));  // Σ alone is not final
        assert!(!lowered.iter().any(|&(c, _)| c == 0x61 || c == 0xDF));  // a, ß
        assert!(lowered.windows(2).all(|w| w[0].0 < w[1].0));
        for (c, first) in lowered {
            let c = char::from_u32(c).unwrap();
            assert_eq!(lower(&c.to_string()).chars().next(), char::from_u32(first));
        }
    }
}
