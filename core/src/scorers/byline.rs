//! Bylines and datelines (`cleaner/scorers/byline.py`): "By Jane Doe", "Wednesday 11
//! October 2023 06:23 EDT".
//!
//! *What it scores*: datelines, "By ..." bylines, and a bare name beside either; author
//! boxes (a name line, and near it "Jane Doe is a staff writer at ...").
//!
//! *Why it signals boilerplate*: they are about the article, not of it; `.body` leaves them
//! out and the reader does not need them between paragraphs.
//!
//! Datelines belong to an article's head and tail: a line of date words and numbers that
//! also holds other words, with two prose lines or more on each side, is a table row or a
//! list item inside the article and only leans (`score:byline.dateline_inner`); a bare date
//! ("November 20, 2019") is a dateline anywhere.
//!
//! The word lists (`bylines`, `dates`, `roles`, `bio_verbs` of each language's
//! `rules/lexicons/<lang>/words/`) come from Python at construction; the patterns are built
//! from them once, as the Python scorer builds them per language, and each is compiled where
//! it is first matched (`Pattern`).
//!
//! Python text semantics. The Python scorer's patterns use the `regex` package (`\p{Lu}`,
//! `\p{L}`, `\w`, `\b`, scoped `(?i:...)` with full case folding), its prefix test the
//! standard library's `re` (IGNORECASE, `\s` = `str.isspace`), its tokens are `\w+` runs of
//! casefolded text and its numbers `str.isdigit`:
//! - the `regex` package's Unicode tables are newer than the `regex` crate's: the patterns
//!   read a view of the text in which each character the two class differently stands in
//!   for one the crate classes as the package does (`PackageView`);
//! - case-insensitive literals are written out where the crate's simple case folding
//!   differs (`ci_literal`: `İ`, `ı`, "ß" for "ss", "ﬆ" for "st", ...);
//! - `str.casefold`, `str.isdigit` and the package's `\w`, `\p{L}`, `\p{Lu}` come from
//!   `crate::text` (tables taken from Python and the package by
//!   `scripts/gen_unicode_tables.py`), not from the standard library's (newer) ones.
//!
//! *Reads*: each line's text and features, the document's language. No other scorer's
//! evidence (an author box's name line gets evidence only if this scorer has given it none:
//! a column of its own, `bylined`).
//! *Adds*: `score:byline`, `score:byline.dateline`, `score:byline.dateline_inner`,
//! `score:byline.name`, `score:byline.bio`.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use regex::{Regex, RegexBuilder};

use crate::bridge::PyDoc;
use crate::model::{Category, Detail, Doc};

use crate::text;
use crate::unicode_tables as tables;

pub const DATELINE_WEIGHT: f64 = 2.0;
/// A dateline sits at an article's head (under the headline) or tail (after the last
/// paragraph). A line of date words and numbers that also holds other words, with at least
/// this many prose lines (long finished sentences) on each side, is inside the article: a
/// table row, a list item, a day's heading. There it is only a lean, below the classifier's
/// near threshold: alone it leaves the line to its neighbours (kept between paragraphs,
/// dropped between widgets).
pub const MIN_PROSE_AROUND_INNER: usize = 2;
pub const INNER_DATELINE_WEIGHT: f64 = 0.3;
pub const BYLINE_WEIGHT: f64 = 2.0;
pub const NAME_NEAR_DATELINE_WEIGHT: f64 = 1.5;
/// An author box: a name on its own line ("Jane Doe", "View all posts by Jane Doe") and, at
/// most this many lines away, a line that opens with that name, a verb of being and a job
/// within its first words ("Jane Doe is a staff writer at ...": the language's
/// `words/bio_verbs.txt` and `words/roles.txt`). Enough to outweigh the keep push of a long
/// sentence; the verb and the job keep "Jane Doe said the editor resigned" out.
pub const BIO_WEIGHT: f64 = 2.0;
pub const BIO_MAX_DISTANCE: usize = 3;
pub const BIO_ROLE_WITHIN_CHARS: usize = 80;
/// A dateline is short and made of date words and numbers ("Updated 1:39 am EST, Nov 20, 2019").
pub const MAX_DATELINE_WORDS: usize = 14;
pub const MIN_DATE_TOKEN_RATIO: f64 = 0.7;
/// A line of more words than the dateline's longest plus this is not looked at.
const SHORT_LINE_EXTRA_WORDS: usize = 6;
/// A name line of an author box has at most this many words.
const MAX_AUTHOR_LINE_WORDS: u32 = 8;

// ---------------------------------------------------------------------------------------
// Python text semantics: `crate::text` (`str`'s and, `rx_*`, the `regex` package's).

/// The tokens of `regex.findall(r"\w+", text)`: maximal runs of word characters.
fn regex_words(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = text;
    std::iter::from_fn(move || {
        let start = rest.find(text::rx_word)?;
        let tail = &rest[start..];
        let end = tail.find(|c: char| !text::rx_word(c)).unwrap_or(tail.len());
        rest = &tail[end..];
        Some(&tail[..end])
    })
}

/// What the `regex` package's `\w`, `\p{L}` and `\p{Lu}` say of a character (bits 0, 1, 2).
fn regex_package_flags(c: u32) -> u8 {
    let Some(c) = char::from_u32(c) else { return 0 };
    (text::rx_word(c) as u8)
        | ((text::rx_letter(c) as u8) << 1)
        | ((text::rx_upper(c) as u8) << 2)
}

/// The `regex` crate's `\w`, `\p{L}` and `\p{Lu}`, as code point ranges.
fn regex_crate_classes() -> [Vec<(u32, u32)>; 3] {
    [r"\w", r"\p{L}", r"\p{Lu}"].map(|class| {
        let hir = regex_syntax::Parser::new().parse(class).expect("a Unicode class");
        match hir.kind() {
            regex_syntax::hir::HirKind::Class(regex_syntax::hir::Class::Unicode(ranges)) => {
                ranges.iter().map(|r| (r.start() as u32, r.end() as u32)).collect()
            }
            other => panic!("{class} is not a Unicode class: {other:?}"),
        }
    })
}

/// The text the patterns read: each character on which the `regex` crate's Unicode tables
/// (`\w`, `\p{L}`, `\p{Lu}`, and so `\W` and `\b`) disagree with the `regex` package's
/// (newer: letters of scripts the crate does not know yet) stands in for a character the
/// crate classes as the package classes the original, of the same UTF-8 length: matches
/// and their offsets are then the package's, and hold for the original text.
struct PackageView {
    /// Sorted, disjoint (first, last, stand-in).
    ranges: Vec<(u32, u32, char)>,
    /// One bit a code point of the Basic Multilingual Plane: whether it is in a range. The
    /// characters beyond ASCII a page holds (quotation marks, dashes, letters of its
    /// script) are in none, and are told so by one read instead of a binary search.
    bmp: Box<[u64; 1024]>,
}

impl PackageView {
    /// A stand-in for each class membership (bits as in `regex_package_flags`) and UTF-8
    /// length: Armenian, Hebrew, Georgian, Samaritan, Deseret, Linear B, ... (letters of no
    /// byline word list; the crate and the package agree on them, see the tests).
    const STAND_INS: [(u8, [char; 3]); 4] = [
        (0b111, ['\u{531}', '\u{10A0}', '\u{10400}']),
        (0b011, ['\u{5D0}', '\u{800}', '\u{10000}']),
        (0b001, ['\u{591}', '\u{816}', '\u{101FD}']),
        (0b000, ['\u{A7}', '\u{2020}', '\u{10100}']),
    ];

    fn new() -> PackageView {
        let crate_classes = regex_crate_classes();
        let crate_flags = |c: u32| -> u8 {
            crate_classes.iter().enumerate().fold(0u8, |flags, (bit, ranges)| {
                let k = ranges.partition_point(|&(_, hi)| hi < c);
                flags | (((k < ranges.len() && ranges[k].0 <= c) as u8) << bit)
            })
        };
        // where a table's membership may change
        let mut bounds: Vec<u32> = vec![0, 0x80, 0x800, 0x10000, 0x110000];
        for flag in [tables::RX_WORD, tables::RX_LETTER, tables::RX_UPPER] {
            let table = text::flag_ranges(flag);
            bounds.extend(table.iter().flat_map(|&(lo, hi)| [lo, hi + 1]));
        }
        for ranges in &crate_classes {
            bounds.extend(ranges.iter().flat_map(|&(lo, hi)| [lo, hi + 1]));
        }
        bounds.sort_unstable();
        bounds.dedup();
        let mut ranges: Vec<(u32, u32, char)> = Vec::new();
        for pair in bounds.windows(2) {
            let (lo, hi) = (pair[0], pair[1] - 1);
            let (package, krate) = (regex_package_flags(lo), crate_flags(lo));
            if package == krate {
                continue;
            }
            let length = char::from_u32(lo).map_or(3, |c| c.len_utf8());
            assert!(length > 1, "the crate and the package disagree on ASCII");
            let stand_in = Self::STAND_INS
                .iter()
                .find(|(flags, _)| *flags == package)
                .unwrap_or_else(|| panic!("no stand-in for class flags {package:#b}"))
                .1[length - 2];
            match ranges.last_mut() {
                Some(last) if last.1 + 1 == lo && last.2 == stand_in => last.1 = hi,
                _ => ranges.push((lo, hi, stand_in)),
            }
        }
        let mut bmp = Box::new([0u64; 1024]);
        for &(lo, hi, _) in &ranges {
            for c in lo..=hi.min(0xFFFF) {
                bmp[(c >> 6) as usize] |= 1 << (c & 63);
            }
        }
        PackageView { ranges, bmp }
    }

    fn stand_in(&self, c: char) -> Option<char> {
        if c.is_ascii() {
            return None; // (they agree on ASCII: see `new`)
        }
        let c = c as u32;
        if c <= 0xFFFF && self.bmp[(c >> 6) as usize] & (1 << (c & 63)) == 0 {
            return None;
        }
        let k = self.ranges.partition_point(|&(_, hi, _)| hi < c);
        self.ranges.get(k).filter(|r| r.0 <= c).map(|r| r.2)
    }

    /// `text` as the patterns read it (itself, unless it holds such a character).
    fn view<'a>(&self, text: &'a str) -> Cow<'a, str> {
        if text.is_ascii() || !text.chars().any(|c| self.stand_in(c).is_some()) {
            return Cow::Borrowed(text);
        }
        Cow::Owned(text.chars().map(|c| self.stand_in(c).unwrap_or(c)).collect())
    }
}

/// `text` as the patterns read it: the process's one `PackageView`, made (about 100
/// million instructions: every code point's classes) on the first text that is not ASCII.
fn view(text: &str) -> Cow<'_, str> {
    static VIEW: OnceLock<PackageView> = OnceLock::new();
    if text.is_ascii() {
        return Cow::Borrowed(text);
    }
    VIEW.get_or_init(PackageView::new).view(text)
}

/// `re`'s `\s` (`str.isspace`): the `regex` package's and the crate's `\s` (Unicode
/// White_Space) and the four separators `\x1c`-`\x1f`.
const RE_SPACE: &str = r"[\s\x{1C}-\x{1F}]";

/// Whose case-insensitive matching a literal follows.
#[derive(Clone, Copy, PartialEq)]
enum Engine {
    /// The standard library's `re` (IGNORECASE: simple case folding, and its `i` takes `İ`
    /// and the dotless `ı`).
    Re,
    /// The `regex` package (VERSION1, so full case folding: "ß" takes "ss" in a literal,
    /// "ﬆ" "st"; its `i` takes `İ`).
    RegexPackage,
}

/// The characters whose casefolding is more than one character, by what they fold to
/// ("ss": "ß", "ẞ"; "st": "ﬅ", "ﬆ"; ...).
fn multi_folds() -> Vec<(String, Vec<char>)> {
    let mut folds: Vec<(String, Vec<char>)> = Vec::new();
    for (c, folded) in text::multi_folds() {
        match folds.iter_mut().find(|(f, _)| *f == folded) {
            Some((_, chars)) => chars.push(c),
            None => folds.push((folded, vec![c])),
        }
    }
    folds
}

/// A literal of casefolded text for a case-insensitive group, as `engine` matches it:
/// escaped, each space standing for `spaces` (one or more white space characters) where
/// given. The crate's `(?i)` is simple case folding: its `i` takes neither `İ` nor `ı`, so
/// `i` is written out as a class; for the `regex` package, each run of the literal that a
/// character casefolds to may be that character instead.
fn ci_literal(literal: &str, spaces: Option<&str>, engine: Engine) -> String {
    let chars: Vec<char> = literal.chars().collect();
    let folds = if engine == Engine::RegexPackage { multi_folds() } else { Vec::new() };
    ci_chars(&chars, spaces, engine, &folds)
}

fn ci_chars(chars: &[char], spaces: Option<&str>, engine: Engine, folds: &[(String, Vec<char>)]) -> String {
    let mut out = String::new();
    for (p, &c) in chars.iter().enumerate() {
        // the characters that fold to a run starting here: either, then the rest
        let mut folded: Vec<String> = Vec::new();
        for (run, by) in folds {
            let n = run.chars().count();
            if chars.len() - p >= n && run.chars().eq(chars[p..p + n].iter().copied()) {
                let class: String = by.iter().map(|&x| regex::escape(&x.to_string())).collect();
                folded.push(format!("[{class}]{}", ci_chars(&chars[p + n..], spaces, engine, folds)));
            }
        }
        if !folded.is_empty() {
            let own = ci_chars(&chars[p..p + 1], spaces, engine, &[]);
            let rest = ci_chars(&chars[p + 1..], spaces, engine, folds);
            out.push_str(&format!("(?:{own}{rest}|{})", folded.join("|")));
            return out;
        }
        match c {
            ' ' if spaces.is_some() => {
                out.push_str(spaces.unwrap());
                out.push('+');
            }
            'i' | 'I' if engine == Engine::Re => out.push_str("[iI\u{130}\u{131}]"),
            'i' | 'I' => out.push_str("[iI\u{130}]"),
            _ => out.push_str(&regex::escape(&c.to_string())),
        }
    }
    out
}

fn compile(pattern: &str) -> Regex {
    RegexBuilder::new(pattern)
        .size_limit(256 << 20)
        .dfa_size_limit(64 << 20)
        .build()
        .unwrap_or_else(|e| panic!("byline pattern does not compile: {e}"))
}

/// A pattern compiled where it is first matched: the name patterns' Unicode classes make
/// each a few million instructions to compile, and most documents need few of them (a
/// short one none).
struct Pattern {
    source: String,
    compiled: OnceLock<Regex>,
}

impl Pattern {
    fn new(source: String) -> Pattern {
        Pattern { source, compiled: OnceLock::new() }
    }

    fn regex(&self) -> &Regex {
        self.compiled.get_or_init(|| compile(&self.source))
    }
}

/// _NAME: a capitalised word, then up to three more (or particles: "de", "van", ...)
const NAME: &str = r"\p{Lu}[\p{L}'’.\-]*(?:\s+(?:\p{Lu}[\p{L}'’.\-]*|de|da|di|van|von|der|al|bin|la|le)){0,3}";

/// `^\s*(?:[|•·@–—]|-\s|(?i:updated|published|posted)\b)`: what may follow a byline that
/// leads its line (one per process, as the two below: they are the same in every language).
fn tail() -> &'static Regex {
    static TAIL: OnceLock<Regex> = OnceLock::new();
    TAIL.get_or_init(|| {
        compile(&format!(r"^\s*(?:[|•·@\x{{2013}}\x{{2014}}]|-\s|(?i:{})\b)", ci_words(&["updated", "published", "posted"])))
    })
}

/// Two or three capitalised words and nothing else: a name, when it sits by a dateline.
fn name_line() -> &'static Regex {
    static NAME_LINE: OnceLock<Regex> = OnceLock::new();
    NAME_LINE.get_or_init(|| compile(r"^\p{Lu}[\p{L}'’.\-]+(?:\s+\p{Lu}[\p{L}'’.\-]+){1,2}$"))
}

/// The name in an author box's own line: the name alone, or after a link's words ("View
/// all posts by", "More articles from", "About"): the line ends with it.
fn author_line() -> &'static Regex {
    static AUTHOR_LINE: OnceLock<Regex> = OnceLock::new();
    AUTHOR_LINE.get_or_init(|| {
        compile(&format!(
            r"^(?:(?i:{view} (?:{posts})|(?:{more}) (?:{posts})|{written})\s+(?i:{by})?\s*)?(?P<name>\p{{Lu}}[\p{{L}}'’.\-]+(?:\s+\p{{Lu}}[\p{{L}}'’.\-]+){{1,2}})\W*$",
            view = ci_words(&["view all"]),
            posts = ci_words(&["posts", "articles", "stories"]),
            more = ci_words(&["more", "recent", "latest"]),
            written = ci_words(&["written", "posted", "about"]),
            by = ci_words(&["by", "from"]),
        ))
    })
}

/// Case-insensitive alternatives of the `regex` package's.
fn ci_words(words: &[&str]) -> String {
    words.iter().map(|w| ci_literal(w, None, Engine::RegexPackage)).collect::<Vec<_>>().join("|")
}

// ---------------------------------------------------------------------------------------

/// A language's byline patterns and word lists (`_Patterns` and the lexicon's words).
struct Language {
    /// "By Jane Doe", "By Jane Doe and John Roe", "By JANE DOE, Reuters": whole rest of the line.
    byline: Pattern,
    /// "By Jane Doe | The Post", "By Jane Doe @janedoe Nov 18, 2019": a byline at the
    /// line's start, followed by a separator, a handle or a dateline.
    lead: Pattern,
    /// A prefix word between white space (or the line's start) and white space: the cheap
    /// test (Python's stdlib `re`, IGNORECASE) that spares most lines both patterns.
    prefixed: Pattern,
    /// A cheaper test still, before `prefixed`'s: the first two bytes a prefix word can
    /// open with, at a word's start (None: every line goes to `prefixed`).
    openings: Option<Openings>,
    /// (looked up per token of every short line with a number: `FastHash`)
    dates: HashSet<String, text::FastHash>,
    /// The job words and the verbs with a space on each side: both or no bios.
    bios: Option<Bios>,
}

/// The pairs of bytes a match of a language's prefix words (`(?i:gate)`) can open with, as
/// a bit set over 65,536 pairs, and whether a byte may end a white space character
/// (`SPACE_END`): a line with no such pair at its start or after such a byte holds no
/// prefix word where `prefixed` would find one, and is spared its regex (about 430
/// instructions a call, where this test reads a short line's 20-odd bytes; on
/// scrapinghub seven in eight short lines hold no such pair).
struct Openings {
    pairs: Box<[u64; 1024]>,
}

impl Openings {
    /// From the gate's alternatives (the prefix words, as `prefixed` holds them): the
    /// first two bytes of each literal regex-syntax finds every match to start with (a
    /// literal of one byte takes every second byte). None where it finds no finite set, or
    /// an empty literal.
    fn of(gate: &str) -> Option<Openings> {
        use regex_syntax::hir::literal::{ExtractKind, Extractor};
        let hir = regex_syntax::parse(&format!("(?i:{gate})")).ok()?;
        // (two bytes a literal: all this test reads, and few enough for the set to stay finite)
        let seq = Extractor::new().kind(ExtractKind::Prefix).limit_literal_len(2).limit_total(4096).extract(&hir);
        let mut pairs = Box::new([0u64; 1024]);
        for literal in seq.literals()? {
            match *literal.as_bytes() {
                [] => return None,
                [first] => (0..=255u8).for_each(|second| set_pair(&mut pairs, first, second)),
                [first, second, ..] => set_pair(&mut pairs, first, second),
            }
        }
        Some(Openings { pairs })
    }

    /// Whether `view` may hold a prefix word at its start or after white space: a pair of
    /// `pairs` there (a match needs at least the pair's two bytes). (Three bytes a step, the
    /// pair tested only after a byte of `SPACE_END`: about half the instructions a byte of
    /// a loop that carries whether the byte before was one.)
    fn may_open(&self, view: &str) -> bool {
        let bytes = view.as_bytes();
        if let [first, second, ..] = *bytes {
            if self.opens(first, second) {
                return true;
            }
        }
        bytes.windows(3).any(|w| SPACE_END[w[0] as usize] && self.opens(w[1], w[2]))
    }

    fn opens(&self, first: u8, second: u8) -> bool {
        let pair = (first as usize) << 8 | second as usize;
        self.pairs[pair >> 6] & (1 << (pair & 63)) != 0
    }
}

fn set_pair(pairs: &mut [u64; 1024], first: u8, second: u8) {
    let pair = (first as usize) << 8 | second as usize;
    pairs[pair >> 6] |= 1 << (pair & 63);
}

/// The bytes that may end a character of `RE_SPACE`: its ASCII ones (`\t`-`\r`,
/// `\x1c`-`\x1f`, the space) and every byte beyond ASCII (the last byte of a character
/// beyond ASCII, which may be white space: taken as if it were).
const SPACE_END: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = matches!(b as u8, b'\t'..=b'\r' | 0x1c..=0x1f | b' ' | 0x80..=0xff);
        b += 1;
    }
    table
};

struct Bios {
    roles: HashSet<String, text::FastHash>,
    /// " is ", " has been ", ...
    spaced_verbs: Vec<String>,
    /// The longest one's characters.
    longest_verb: usize,
}

impl Language {
    fn new(words: &HashMap<String, HashSet<String>>) -> Language {
        let default_prefixes: HashSet<String> = ["by".to_string()].into_iter().collect();
        let prefix_words = words.get("bylines").unwrap_or(&default_prefixes);
        let mut prefixes: Vec<&String> = prefix_words.iter().collect();
        // longest first (the order among equally long ones cannot change a match)
        prefixes.sort_by(|a, b| b.chars().count().cmp(&a.chars().count()).then(a.cmp(b)));
        let alternatives = |space: &str, engine: Engine| {
            prefixes.iter().map(|p| ci_literal(p, Some(space), engine)).collect::<Vec<_>>().join("|")
        };
        // (the patterns are the `regex` package's; the gate is `re`'s, with its own `\s`)
        let (full, gate) = (alternatives(r"\s", Engine::RegexPackage), alternatives(RE_SPACE, Engine::Re));
        let byline = format!(r"(?:^|\s)(?i:{full})\s+{NAME}(?:\s*(?:,|&|\band\b)\s*{NAME})*\s*$");
        let lead = format!(r"^(?i:{full})\s+(?P<first>{NAME})(?:\s*(?:,|&|\band\b)\s*{NAME})*");
        let prefixed = format!(r"(?:^|{RE_SPACE})(?i:{gate}){RE_SPACE}");
        let bios = match (words.get("roles"), words.get("bio_verbs")) {
            (Some(roles), Some(verbs)) if !roles.is_empty() && !verbs.is_empty() => {
                let mut spaced: Vec<String> = verbs.iter().map(|v| format!(" {v} ")).collect();
                spaced.sort();
                let longest_verb = spaced.iter().map(|v| v.chars().count()).max().unwrap_or(0);
                Some(Bios { roles: roles.iter().cloned().collect(), spaced_verbs: spaced, longest_verb })
            }
            _ => None,
        };
        Language {
            byline: Pattern::new(byline),
            lead: Pattern::new(lead),
            openings: Openings::of(&gate),
            prefixed: Pattern::new(prefixed),
            dates: words.get("dates").map(|d| d.iter().cloned().collect()).unwrap_or_default(),
            bios,
        }
    }
}

/// The byline scorer: its patterns for each language it was given, and its two knobs.
pub struct BylineScorer {
    pub max_dateline_words: usize,
    pub min_date_token_ratio: f64,
    languages: HashMap<String, Language>,
    /// For a language it was not given: the prefix "by" and no date words (as Python reads
    /// a lexicon without those lists).
    fallback: Language,
}

impl BylineScorer {
    pub fn new(
        languages: &HashMap<String, HashMap<String, HashSet<String>>>,
        max_dateline_words: usize,
        min_date_token_ratio: f64,
    ) -> BylineScorer {
        let built = languages.iter().map(|(language, words)| (language.clone(), Language::new(words))).collect();
        BylineScorer { max_dateline_words, min_date_token_ratio, languages: built, fallback: Language::new(&HashMap::new()) }
    }

    fn language(&self, language: &str) -> &Language {
        self.languages.get(language).unwrap_or(&self.fallback)
    }

    /// A dateline: a number, few tokens, and (nearly) all of them numbers or date words.
    pub fn is_dateline(&self, text: &str, dates: &HashSet<String, text::FastHash>) -> bool {
        // no number: no dateline (and no tokenizing)
        text.chars().any(text::is_digit) && self.date_share(text, dates) >= self.min_date_token_ratio
    }

    /// The share of a short line's tokens that are numbers or date words (0 for a long
    /// line, or one without both a number and a date word).
    pub fn date_share(&self, text: &str, dates: &HashSet<String, text::FastHash>) -> f64 {
        let folded = text::casefold(text);
        let (mut tokens, mut numbers, mut words) = (0usize, 0usize, 0usize);
        for token in regex_words(&folded) {
            tokens += 1;
            if tokens > self.max_dateline_words {
                return 0.0;
            }
            numbers += text::isdigit(token) as usize;
            words += dates.contains(token) as usize;
        }
        if tokens == 0 || numbers == 0 || words == 0 {
            return 0.0;
        }
        (numbers + words) as f64 / tokens as f64
    }

    /// A byline that does not fill its line: "By Jane Doe | Daily News", "By Jane Doe
    /// Updated Nov 13, 2019" (not "By Tuesday - the storm had passed."). The match starts
    /// the line.
    /// (`view`: the text as the patterns read it.)
    fn lead(&self, language: &Language, text: &str, view: &str, terminal: bool) -> bool {
        let Some(m) = language.lead.regex().captures(view) else { return false };
        let first = &text[m.name("first").expect("the lead pattern's first name").range()];
        let folded = text::casefold(first);
        if regex_words(&folded).next().is_some_and(|t| language.dates.contains(t)) {
            return false;
        }
        let end = m.get(0).expect("the whole match").end();
        self.is_dateline(&text[end..], &language.dates) || (tail().is_match(&view[end..]) && !terminal)
    }

    pub fn score(&self, doc: &mut Doc) {
        let language = self.language(&doc.language);
        let dates = &language.dates;
        let most_words = self.max_dateline_words + SHORT_LINE_EXTRA_WORDS;
        let prose: Vec<usize> = (0..doc.len()).filter(|&i| doc.lines[i].prose).collect();
        let mut found: Vec<usize> = Vec::new();
        let mut bylined = vec![false; doc.len()]; // lines this scorer has added evidence to
        for i in 0..doc.len() {
            let line = &doc.lines[i];
            let text = line.text.as_str();
            // (a table row is content, however many dates it holds)
            if text.is_empty() || line.words as usize > most_words || text.starts_with('|') {
                continue;
            }
            let view = view(text);
            let mut start = None;
            let may_open = language.openings.as_ref().is_none_or(|o| o.may_open(&view));
            if may_open && language.prefixed.regex().is_match(&view) {
                start = match language.byline.regex().find(&view) {
                    Some(m) => Some(m.start()),
                    None => self.lead(language, text, &view, line.terminal).then_some(0),
                };
            }
            if start.is_some_and(|s| s == 0 || self.is_dateline(&text[..s], dates)) {
                add(doc, &mut bylined, i, BYLINE_WEIGHT, "score:byline", Detail::Static("a 'By ...' line"));
                found.push(i);
            } else if line.digit {
                let share = self.date_share(text, dates);
                if share >= self.min_date_token_ratio {
                    // (a line of date words and numbers alone is a dateline wherever it is)
                    let inner = if share < 1.0 { inner(&prose, i) } else { None };
                    if let Some((above, below)) = inner {
                        let detail = Detail::numbers(
                            "date and time words only, inside the article (prose lines {} and {} around it)",
                            above + 1,
                            below + 1,
                        );
                        add(doc, &mut bylined, i, INNER_DATELINE_WEIGHT, "score:byline.dateline_inner", detail);
                        continue;
                    }
                    add(doc, &mut bylined, i, DATELINE_WEIGHT, "score:byline.dateline",
                        Detail::Static("date and time words only"));
                    found.push(i);
                }
            }
        }
        if let Some(bios) = &language.bios {
            self.bios(doc, bios, &mut bylined);
        }
        let first_text = doc.lines.iter().position(|l| !l.text.is_empty());
        let mut taken = vec![false; doc.len()];
        for &i in &found {
            taken[i] = true;
        }
        for &i in &found {
            for j in [doc.neighbour(i, -1), doc.neighbour(i, 1)].into_iter().flatten() {
                if Some(j) == first_text || taken[j] {
                    continue;
                }
                if name_line().is_match(&view(&doc.lines[j].text)) {
                    let detail = Detail::number("a name beside the dateline on line {}", i + 1);
                    add(doc, &mut bylined, j, NAME_NEAR_DATELINE_WEIGHT, "score:byline.name", detail);
                }
            }
        }
    }

    /// Author boxes: a name line and, near it, a line opening with the name and a job.
    fn bios(&self, doc: &mut Doc, bios: &Bios, bylined: &mut [bool]) {
        let near = near_bios(doc, bios);
        let mut head = String::new();
        for j in (0..doc.len()).filter(|&j| near[j]) {
            let line = &doc.lines[j];
            if line.text.is_empty() || line.words > MAX_AUTHOR_LINE_WORDS {
                continue;
            }
            let shown = view(&line.text);
            let Some(m) = author_line().captures(&shown) else { continue };
            let name = line.text[m.name("name").expect("the author line's name").range()].to_string();
            for k in nearby(doc, j) {
                let bio = doc.lines[k].text.as_str();
                if bio.starts_with(name.as_str()) && bios.opens(&bio[name.len()..], &mut head) {
                    let detail = Detail::number("opens with the name on line {} and a job", j + 1);
                    add(doc, bylined, k, BIO_WEIGHT, "score:byline.bio", detail);
                    if !bylined[j] {
                        let detail = Detail::number("the name of the bio on line {}", k + 1);
                        add(doc, bylined, j, NAME_NEAR_DATELINE_WEIGHT, "score:byline.name", detail);
                    }
                }
            }
        }
    }
}

impl Bios {
    /// Whether what follows a name in a line (`after`) makes the line its bio: a space,
    /// then, casefolded, a verb of being (" is ") and a job word within the first
    /// `BIO_ROLE_WITHIN_CHARS` characters. (`head`: a buffer.)
    fn opens(&self, after: &str, head: &mut String) -> bool {
        if !after.starts_with(' ') {
            return false;
        }
        // (the verbs first, on the few characters they can take: each character casefolds
        // to one or more; ASCII ones to themselves, lowered, and a verb's first non-ASCII
        // byte comes within its characters' count)
        let end = |chars: usize| after.char_indices().nth(chars).map_or(after.len(), |(b, _)| b);
        let verb = if after.as_bytes()[..after.len().min(self.longest_verb)].is_ascii() {
            let start = |v: &String| after.as_bytes().get(..v.len()).is_some_and(|a| a.eq_ignore_ascii_case(v.as_bytes()));
            self.spaced_verbs.iter().any(start)
        } else {
            head.clear();
            text::casefold_into(&after[..end(self.longest_verb)], head);
            self.spaced_verbs.iter().any(|v| head.starts_with(v.as_str()))
        };
        if !verb {
            return false;
        }
        head.clear();
        text::casefold_into(&after[..end(BIO_ROLE_WITHIN_CHARS)], head);
        regex_words(head).any(|t| self.roles.contains(t))
    }
}

/// Byline evidence on line i, recorded in `bylined` (the lines this scorer has spoken of:
/// an author box's name line gets its evidence only if it has none yet).
fn add(doc: &mut Doc, bylined: &mut [bool], i: usize, weight: f64, code: &'static str, detail: Detail) {
    doc.states[i].add(weight, Some(Category::Byline), code, detail);
    bylined[i] = true;
}

/// The nearest of the `MIN_PROSE_AROUND_INNER` prose lines above and below line i (of the
/// sorted prose line indexes), if it has that many on each side; else None.
fn inner(prose: &[usize], i: usize) -> Option<(usize, usize)> {
    let k = prose.partition_point(|&p| p <= i); // bisect_right
    if k < MIN_PROSE_AROUND_INNER || prose.len() - k < MIN_PROSE_AROUND_INNER {
        return None;
    }
    Some((prose[k - 1], prose[k]))
}

/// The lines with text up to `BIO_MAX_DISTANCE` such lines above line i (nearest first),
/// then those below it.
fn nearby(doc: &Doc, i: usize) -> Vec<usize> {
    let mut found = Vec::with_capacity(2 * BIO_MAX_DISTANCE);
    for step in [-1isize, 1] {
        let mut j = i;
        for _ in 0..BIO_MAX_DISTANCE {
            match doc.neighbour(j, step) {
                Some(after) => {
                    j = after;
                    found.push(j);
                }
                None => break,
            }
        }
    }
    found
}

/// The lines that could be the name line of a bio: at most `BIO_MAX_DISTANCE` lines from a
/// line that could be a bio of a name of two or three words. Such a name is the line's
/// first two or three runs of characters other than white space (a name's words hold
/// none, and white space parts them), its first character a capital (any non-ASCII one
/// counts): the line `opens` after them.
fn near_bios(doc: &Doc, bios: &Bios) -> Vec<bool> {
    let mut near = vec![false; doc.len()];
    let mut head = String::new();
    for (h, line) in doc.lines.iter().enumerate() {
        let text = line.text.as_str();
        // (`str.isupper` of an ASCII character: A to Z)
        let Some(first) = text.chars().next() else { continue };
        if first.is_ascii() && !first.is_ascii_uppercase() {
            continue;
        }
        if name_ends(text).into_iter().flatten().any(|e| bios.opens(&text[e..], &mut head)) {
            near[h] = true;
            for j in nearby(doc, h) {
                near[j] = true;
            }
        }
    }
    near
}

/// Where the second and the third run of characters other than white space (the `regex`
/// crate's `\s`: Unicode's White_Space, as `char::is_whitespace`) of a stripped text end.
fn name_ends(text: &str) -> [Option<usize>; 2] {
    let mut ends = [None, None];
    let (mut runs, mut inside) = (0, false);
    for (at, c) in text.char_indices() {
        if c.is_whitespace() {
            if inside {
                runs += 1;
                if runs >= 2 {
                    ends[runs - 2] = Some(at);
                    if runs == 3 {
                        break;
                    }
                }
            }
            inside = false;
        } else {
            inside = true;
        }
    }
    ends
}

// ---------------------------------------------------------------------------------------
// Python side

/// `cleaner._core.BylineScorer(languages, max_dateline_words=14, min_date_token_ratio=0.7)`:
/// `languages` maps a language to its lexicon's word lists (`Lexicon.words`: `bylines`,
/// `dates`, `roles`, `bio_verbs`, casefolded). `score(doc)` adds the evidence of
/// `cleaner.scorers.byline.BylineScorer.score` to a `cleaner._core.Doc`, with the word
/// lists of the doc's language.
#[pyclass(name = "BylineScorer", module = "cleaner._core", frozen)]
pub struct PyBylineScorer {
    pub(crate) inner: BylineScorer,
}

#[pymethods]
impl PyBylineScorer {
    #[new]
    #[pyo3(signature = (languages, max_dateline_words = MAX_DATELINE_WORDS, min_date_token_ratio = MIN_DATE_TOKEN_RATIO))]
    fn new(
        languages: HashMap<String, HashMap<String, HashSet<String>>>,
        max_dateline_words: usize,
        min_date_token_ratio: f64,
    ) -> PyResult<Self> {
        if !min_date_token_ratio.is_finite() {
            return Err(PyValueError::new_err("min_date_token_ratio must be finite"));
        }
        Ok(PyBylineScorer { inner: BylineScorer::new(&languages, max_dateline_words, min_date_token_ratio) })
    }

    #[getter]
    fn name(&self) -> &'static str {
        "byline"
    }

    fn score(&self, doc: &mut PyDoc) {
        self.inner.score(&mut doc.doc);
    }
}

pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<PyBylineScorer>()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Features, Shape};

    fn words(pairs: &[(&str, &[&str])]) -> HashMap<String, HashSet<String>> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.iter().map(|s| s.to_string()).collect()))
            .collect()
    }

    fn scorer() -> BylineScorer {
        let en = words(&[
            ("bylines", &["by", "written by"]),
            ("dates", &["january", "november", "nov", "am", "pm", "updated", "tuesday", "edt"]),
            ("roles", &["writer", "editor"]),
            ("bio_verbs", &["is", "has been"]),
        ]);
        let de = words(&[("bylines", &["von", "ein essay von"]), ("dates", &["november"])]);
        let languages = [("en".to_string(), en), ("de".to_string(), de)].into_iter().collect();
        BylineScorer::new(&languages, MAX_DATELINE_WORDS, MIN_DATE_TOKEN_RATIO)
    }

    fn line(text: &str) -> Features {
        let words = text.split_whitespace().count() as u32;
        let terminal = text.ends_with(['.', '!', '?']);
        Features {
            padded: Features::pad(text, text.trim()),
            text: text.trim().to_string(),
            words,
            chars: text.chars().count() as u32,
            terminal,
            prose: terminal && words >= 15,
            letters: text.chars().filter(|c| c.is_alphabetic()).count() as u32,
            digit: text.chars().any(text::is_digit),
            decimal: text.chars().any(|c| c.is_ascii_digit()),
        }
    }

    fn doc(texts: &[&str], language: &str) -> Doc {
        Doc::new(texts.iter().map(|t| line(t)).collect(), Shape::Auto, language, None)
    }

    fn codes(doc: &Doc, i: usize) -> Vec<&str> {
        doc.states[i].reasons.iter().map(|r| r.code.as_str()).collect()
    }

    const PROSE: &str = "This is a long finished sentence of the article that runs on for more than fifteen words.";

    #[test]
    fn python_text_semantics() {
        assert!(text::isdigit("²3") && !text::isdigit("½") && !text::isdigit(""));
        assert_eq!(text::casefold("Straße ΣΑΣ İ"), "strasse σασ i\u{307}");
        assert!(text::rx_word('_') && text::rx_word('é') && !text::rx_word('-'));
        let tokens: Vec<&str> = regex_words("  by jane_doe, 12:30--x ").collect();
        assert_eq!(tokens, ["by", "jane_doe", "12", "30", "x"]);
    }

    #[test]
    fn the_view_classes_characters_as_the_regex_package_does() {
        let view = PackageView::new();
        let crate_classes = regex_crate_classes();
        let crate_flags = |c: char| -> u8 {
            crate_classes.iter().enumerate().fold(0, |f, (bit, r)| {
                f | ((r.iter().any(|&(lo, hi)| lo <= c as u32 && c as u32 <= hi) as u8) << bit)
            })
        };
        // the stand-ins: the crate and the package agree on them, and they stand for themselves
        for (flags, chars) in PackageView::STAND_INS {
            for (k, c) in chars.into_iter().enumerate() {
                assert_eq!((regex_package_flags(c as u32), crate_flags(c), c.len_utf8()), (flags, flags, k + 2));
                assert_eq!(view.stand_in(c), None);
            }
        }
        // every character: the crate's classes of its stand-in are the package's of it
        for c in (0..0x110000u32).filter_map(char::from_u32) {
            let shown = view.stand_in(c).unwrap_or(c);
            assert_eq!(crate_flags(shown), regex_package_flags(c as u32), "{c:?}");
            assert_eq!(shown.len_utf8(), c.len_utf8());
        }
        assert!(matches!(view.view("By Jane Doe"), Cow::Borrowed(_)));
    }

    #[test]
    fn word_boundaries_and_letters_are_the_regex_packages() {
        // U+16EA0 is a capital letter (and so a word character) to the `regex` package
        let s = scorer();
        let mut d = doc(&["Title", "By Jane Doe and\u{16EA0} Nov 20", "By \u{16EA0}ne Doe"], "en");
        s.score(&mut d);
        assert!(codes(&d, 1).is_empty(), "no word boundary between 'and' and a letter");
        assert_eq!(codes(&d, 2), ["score:byline"]);
    }

    #[test]
    fn case_insensitive_prefixes_as_python_compares() {
        // `re` (the gate) and the `regex` package take "İ" for "i"; only `re` takes "ı"
        let languages = [("it".to_string(), words(&[("bylines", &["di"])]))].into_iter().collect();
        let s = BylineScorer::new(&languages, MAX_DATELINE_WORDS, MIN_DATE_TOKEN_RATIO);
        let mut d = doc(&["Title", "DI Mario Rossi", "dİ Mario Rossi", "dı Mario Rossi", "Di\u{1C}Mario Rossi"], "it");
        s.score(&mut d);
        assert_eq!(codes(&d, 1), ["score:byline"]);
        assert_eq!(codes(&d, 2), ["score:byline"]);
        assert!(codes(&d, 3).is_empty());
        // `\x1c` is white space to `re` (the gate), not to the `regex` package (the pattern)
        assert!(codes(&d, 4).is_empty());
    }

    #[test]
    fn the_patterns_casefold_fully_and_the_gate_simply() {
        let s = scorer();
        // the `regex` package's full case folding: "ß" for "ss"; the gate (`re`) found "von"
        let mut d = doc(&["Titel", "Ein Eßay von Anna Schmidt und mehr", "Ein Eßay von Anna Schmidt"], "de");
        s.score(&mut d);
        assert!(codes(&d, 1).is_empty());
        assert_eq!(codes(&d, 2), ["score:byline"]);
        // ... but the gate does not fold "ﬆ" to "st": no prefix for it in "Written ﬆory"
        let languages = [("en".to_string(), words(&[("bylines", &["story by"])]))].into_iter().collect();
        let s = BylineScorer::new(&languages, MAX_DATELINE_WORDS, MIN_DATE_TOKEN_RATIO);
        let mut d = doc(&["Title", "\u{FB06}ory by Jane Doe", "Story by Jane Doe"], "en");
        s.score(&mut d);
        assert!(codes(&d, 1).is_empty());
        assert_eq!(codes(&d, 2), ["score:byline"]);
        assert_eq!(ci_literal("essay", None, Engine::RegexPackage), "e(?:ssay|[\u{DF}\u{1E9E}]ay)");
    }

    #[test]
    fn a_by_line_is_a_byline_and_a_sentence_starting_with_by_is_not() {
        let s = scorer();
        let mut d = doc(&["Headline of the story here", "By Jane Doe and John Roe",
                          "By the time the rescuers arrived, the fire had spread."], "en");
        s.score(&mut d);
        assert_eq!(codes(&d, 1), ["score:byline"]);
        assert_eq!(d.states[1].category, Some(Category::Byline));
        assert!(codes(&d, 2).is_empty());
    }

    #[test]
    fn a_byline_after_a_dateline_and_a_leading_byline() {
        let s = scorer();
        let mut d = doc(&["Title", "24 November 2023 - 13:44 By Felix Light", "By Jane Doe | Daily News",
                          "By Tuesday - the storm had passed", "WRITTEN BY Jane Doe Updated 10:28 am"], "en");
        s.score(&mut d);
        assert_eq!(codes(&d, 1), ["score:byline"]);
        assert_eq!(codes(&d, 2), ["score:byline"]);
        assert!(codes(&d, 3).is_empty(), "a date word is not a name");
        assert_eq!(codes(&d, 4), ["score:byline"]);
    }

    #[test]
    fn the_prefix_words_are_the_languages() {
        let s = scorer();
        let mut d = doc(&["Titel", "Ein Essay von Anna Schmidt", "Written by Jane Doe"], "de");
        s.score(&mut d);
        assert_eq!(codes(&d, 1), ["score:byline"]);
        assert!(codes(&d, 2).is_empty());
        // a language not given: "by" and no date words
        let mut d = doc(&["Title", "By Jane Doe", "Nov 20, 2019"], "xx");
        s.score(&mut d);
        assert_eq!(codes(&d, 1), ["score:byline"]);
        assert!(codes(&d, 2).is_empty());
    }

    #[test]
    fn datelines_at_the_edge_and_inside_the_article() {
        let s = scorer();
        let mut d = doc(&["Title", "Updated 1:39 am EDT, Nov 20, 2019", PROSE, PROSE,
                          "Tuesday 3 rooms November 20", "November 20, 2019", PROSE, PROSE], "en");
        s.score(&mut d);
        assert_eq!(codes(&d, 1), ["score:byline.dateline"]);
        assert_eq!(codes(&d, 4), ["score:byline.dateline_inner"]);
        assert_eq!(d.states[4].reasons[0].detail,
                   "date and time words only, inside the article (prose lines 4 and 7 around it)");
        assert_eq!(d.states[4].score, INNER_DATELINE_WEIGHT);
        // only date tokens: a dateline wherever it is
        assert_eq!(codes(&d, 5), ["score:byline.dateline"]);
    }

    #[test]
    fn a_name_beside_a_dateline_but_not_the_first_line() {
        let s = scorer();
        let mut d = doc(&["Jane Doe", "Nov 20, 2019", "", "John Roe", PROSE], "en");
        s.score(&mut d);
        assert!(codes(&d, 0).is_empty(), "the first line is the headline's place");
        assert_eq!(codes(&d, 1), ["score:byline.dateline"]);
        assert_eq!(codes(&d, 3), ["score:byline.name"]);
        assert_eq!(d.states[3].reasons[0].detail, "a name beside the dateline on line 2");
    }

    #[test]
    fn an_author_box() {
        let s = scorer();
        let mut d = doc(&[PROSE, "View all posts by Jane Doe", "",
                          "Jane Doe is a staff writer at the Daily News.",
                          "Jane Doe said the editor resigned."], "en");
        s.score(&mut d);
        assert_eq!(codes(&d, 3), ["score:byline.bio"]);
        assert_eq!(d.states[3].reasons[0].detail, "opens with the name on line 2 and a job");
        assert_eq!(codes(&d, 1), ["score:byline.name"]);
        assert_eq!(d.states[1].reasons[0].detail, "the name of the bio on line 4");
        assert!(codes(&d, 4).is_empty(), "no verb of being after the name");
    }

    #[test]
    fn an_author_box_with_a_three_word_name_in_any_case() {
        let s = scorer();
        let mut d = doc(&[PROSE, "Zoë Van Dyke", "Zoë Van Dyke HAS BEEN an editor here since 2001.",
                          "Ann Lee is an editor."], "en");
        s.score(&mut d);
        assert_eq!(codes(&d, 2), ["score:byline.bio"]);
        assert_eq!(codes(&d, 1), ["score:byline.name"]);
        assert!(codes(&d, 3).is_empty(), "not the name line's name");
        assert_eq!(name_ends("Zoë Van  Dyke is"), [Some(8), Some(14)]);
        assert_eq!(name_ends("Jane"), [None, None]);
    }

    #[test]
    fn long_lines_and_table_rows_are_not_looked_at() {
        let s = scorer();
        let mut d = doc(&["Title", "| Nov 20 | 2019 |", &format!("By Jane Doe {}", "word ".repeat(20))], "en");
        s.score(&mut d);
        assert!(codes(&d, 1).is_empty() && codes(&d, 2).is_empty());
    }

    /// `Openings::may_open` turns no line away that `prefixed` flags: every language's
    /// prefix words (the lexicons' files), in other cases, after other white space, with
    /// characters that match another case-insensitively (ſ, K, İ, ı); and it turns away a
    /// line that holds none.
    #[test]
    fn openings_keep_every_prefixed_line() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../rules/lexicons");
        let mut languages = 0;
        for entry in std::fs::read_dir(&root).expect("the lexicons") {
            let path = entry.expect("a lexicon").path().join("words/bylines.txt");
            let Ok(file) = std::fs::read_to_string(&path) else { continue };
            let prefixes: Vec<&str> = file.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).collect();
            let language = Language::new(&words(&[("bylines", &prefixes)]));
            let openings = language.openings.as_ref().unwrap_or_else(|| panic!("{path:?}: no openings"));
            let gate = language.prefixed.regex();
            languages += 1;
            for prefix in &prefixes {
                let forms = [
                    prefix.to_string(),
                    prefix.to_uppercase(),
                    prefix.replace('s', "ſ").replace('k', "\u{212A}"),
                    prefix.replace('i', "İ"),
                    prefix.replace('i', "ı"),
                ];
                for form in &forms {
                    for line in [
                        format!("{form} Jane Doe"),
                        format!("Photo:\u{a0}{form}\u{2003}Jane"),
                        format!("x\u{1f}{form}\tJane"),
                        format!("Text\n{form} J"),
                        format!("{form}"),
                        format!("a{form} Jane"),
                    ] {
                        if gate.is_match(&line) {
                            assert!(openings.may_open(&line), "{path:?}: {line:?}");
                        }
                    }
                }
            }
            assert!(!openings.may_open("") && !openings.may_open("12 34 56 78"), "{path:?}");
        }
        assert!(languages >= 10);
    }
}
