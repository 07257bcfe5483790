//! Every lexicon pattern of a language in one scan of a document: the twin of
//! `cleaner/patterns.py`'s matchers (`Lexicon.scan`).
//!
//! A lexicon has three kinds of entry (`cleaner/lexicons.py`): whole-line keys, phrases and
//! regular expressions. `Matcher::scan` reports every hit in a document's stripped lines in
//! the order the lexicon scorer weighs them: per line, whole-line hits first, then the
//! regexes that describe the line (anchored with `^`, then with `$`), then phrases and the
//! other regexes (leftmost-longest, not overlapping).
//!
//! - Whole-line keys are looked up by each short line's `normalise`d text.
//! - Phrases: one Aho-Corasick automaton (`automaton::Automaton`) over the lowered text
//!   (`lower_text`), every occurrence (overlapping ones too), kept where it sits on word
//!   boundaries (`re`'s `\w`), then leftmost-longest.
//! - Regexes: Python `re` sources, translated by `cleaner/core_lexicon.py` into the
//!   `regex` crate's syntax (explicit classes of the characters `re` would match, no class
//!   taking a newline: a regex describes one line, and is searched for in one line at a
//!   time, with `^` and `$` the line's ends: `line_form`). As `HyperscanMatcher` does, a
//!   regex is run only on the lines its *gate* flags: the gate is
//!   `cleaner.patterns.prefilter_source`'s pattern as Hyperscan reads it (case as written,
//!   `\w` taking any non-ASCII character...), so that hits are `Lexicon.scan`'s even where
//!   `re`'s IGNORECASE would take `ſ` for `s`. The literals a gate requires (one of which
//!   each of its matches holds: regex-syntax's literal extraction) ride in the phrases'
//!   automaton: a gate is tried on the lines holding one (a gate without any, on every
//!   line).
//! - Most lines hold nothing but ASCII, punctuation and symbols: on such a *plain* line a
//!   regex is matched in its `plain` form (`line_form`), a small automaton.
//! - The crate's `\b` reads its own word characters, which differ from `re`'s on a few
//!   (combining marks, `²`): a line holding one is matched with the regexes' `ascii` forms,
//!   over a copy of the line in which each non-ASCII word character (`re`'s) stands between
//!   two `Q`s, with ASCII word boundaries.
//! - A regex with a lookahead (anchored at both ends: its hit is the line) is checked line
//!   by line, alternative by alternative, at every place where the part before the
//!   lookahead can end.

use std::collections::HashMap;
use std::sync::{Arc, OnceLock};

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;

use regex::bytes::{Regex, RegexBuilder};

use crate::automaton::Automaton;
use crate::model::{Category, CATEGORIES};
use crate::text;

/// Characters that could edge a whole-line key (anything but letters and digits) longer
/// than this are not looked at: a line that long is not a button or a heading.
pub const MAX_EDGE_CHARS: usize = 40;

// Ranks: the order in which a line's hits are weighed (`cleaner.patterns`).
const WHOLE: u8 = 0;
const LINE_START: u8 = 1;
const LINE_END: u8 = 2;
const PHRASE: u8 = 3;
const REGEX: u8 = 4;

// Compiled-size limits: a lexicon regex's explicit classes (`re`'s `\w` is hundreds of
// ranges) under counted repeats exceed the crate's default.
const SIZE_LIMIT: usize = 256 << 20;
const DFA_SIZE_LIMIT: usize = 64 << 20;

/// A hit of a lexicon entry (`cleaner.patterns.Hit`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hit {
    pub line: usize,
    pub category: Category,
    /// The line (a whole-line key), or the matched part of the lowered text.
    pub text: String,
    /// A whole-line entry, or an anchored regex (one that describes the line).
    pub whole_line: bool,
}

/// One alternative `P (?=N) S` (`negative`: `(?!N)`) of a regex with a lookahead.
#[derive(Clone)]
pub struct LookSpec {
    pub prefix: String,
    pub low: usize,
    pub high: Option<usize>,
    pub body: String,
    pub negative: bool,
    pub suffix: String,
}

/// A lexicon regex as `cleaner/core_lexicon.py` translates it.
pub struct RegexSpec {
    pub category: Category,
    /// Starts with `^` (else, if anchored, ends with `$`).
    pub starts: bool,
    pub anchored: bool,
    pub exact: String,
    pub ascii: String,
    pub loose: String,
    pub look: Vec<LookSpec>,
    pub ascii_look: Vec<LookSpec>,
}

struct Look {
    prefix: Regex,
    low: usize,
    high: Option<usize>,
    body: Regex,
    negative: bool,
    suffix: Regex,
}

/// A form compiled where first needed. (The translation writes every form; each
/// language's compile in the tests: `Matcher::compile`.)
struct Lazy<T> {
    cell: OnceLock<T>,
    make: Box<dyn Fn() -> Result<T, String> + Send + Sync>,
}

impl<T> Lazy<T> {
    fn new(make: impl Fn() -> Result<T, String> + Send + Sync + 'static) -> Lazy<T> {
        Lazy { cell: OnceLock::new(), make: Box::new(make) }
    }

    fn get(&self) -> &T {
        self.cell.get_or_init(|| (self.make)().expect("a lexicon's forms compile (Matcher::compile)"))
    }

    fn try_get(&self) -> Result<&T, String> {
        if let Some(made) = self.cell.get() {
            return Ok(made);
        }
        let made = (self.make)()?;
        Ok(self.cell.get_or_init(|| made))
    }
}

/// A regex's compiled forms, each built where first needed: a document needs few of them
/// (a one-line file, none but the gates its lines open), and the exact forms' classes
/// make them slow to compile.
struct Rx {
    category: Category,
    rank: u8,
    /// The gate (`loose`), in its line form, and the bytes a line it flags can start and
    /// end with (`edge_bytes`).
    gate: Lazy<Regex>,
    edges: Edges,
    /// The exact form (None for a regex with a lookahead).
    exact: Lazy<Option<Regex>>,
    /// The exact form for a plain line (`line_form`).
    plain: Lazy<Option<Regex>>,
    ascii: Lazy<Option<Regex>>,
    look: Lazy<Vec<Look>>,
    ascii_look: Lazy<Vec<Look>>,
}

/// What a line holds, which decides the form of a regex it is matched with.
#[derive(Clone, Copy, PartialEq, Eq)]
enum LineKind {
    /// Only ASCII and `PLAIN`'s characters that are no word characters: the `plain` forms.
    Plain,
    /// Characters whose word-ness `re` and the crate agree on: the exact forms.
    Unicode,
    /// A character whose word-ness they disagree on: the `ascii` forms, over the tagged line.
    Tagged,
}

/// The characters of a plain line: ASCII, Latin-1's punctuation and symbols, general
/// punctuation (curly quotes, dashes, the ellipsis) and currency signs; those beyond ASCII
/// only where they are no word characters (to `re` and to the crate alike).
const PLAIN: [(char, char); 4] = [('\0', '\x7F'), ('\u{80}', '\u{BF}'), ('\u{2000}', '\u{206F}'), ('\u{20A0}', '\u{20CF}')];

fn line_kind(line: &str) -> LineKind {
    let mut kind = LineKind::Plain;
    for c in line.chars().filter(|c| !c.is_ascii()) {
        let word = text::is_word(c);
        if word != regex_syntax::is_word_character(c) {
            return LineKind::Tagged;
        }
        if word || !PLAIN.iter().any(|&(a, b)| a <= c && c <= b) {
            kind = LineKind::Unicode;
        }
    }
    kind
}

/// A form as it is matched on one line (a haystack without a newline): `^` and `$` its
/// start and end, which anchors the search there (a line that does not match at its start
/// is given up on at the first character that rules it out, and a match's start needs no
/// search backwards). `plain`: as it matches on a plain line, its classes and literals cut
/// down to `PLAIN`'s characters and its word boundaries ASCII ones (which are Unicode's
/// there: every other character of a plain line is no word character): a far smaller
/// automaton than the exact form's (`re`'s `\w` is hundreds of ranges), and one the lazy
/// DFA runs without giving up on non-ASCII text (as it does at Unicode word boundaries).
fn line_form(pattern: &str, plain: bool) -> Result<String, String> {
    use regex_syntax::hir::{Capture, Class, ClassUnicode, ClassUnicodeRange, Hir, HirKind, Look as L, Repetition};
    fn cut(h: &Hir, plain: Option<&ClassUnicode>) -> Hir {
        match h.kind() {
            HirKind::Literal(lit) => match (plain, std::str::from_utf8(&lit.0)) {
                (None, _) => h.clone(),
                (Some(_), Ok(s)) if s.chars().all(|c| PLAIN.iter().any(|&(a, b)| a <= c && c <= b)) => h.clone(),
                _ => Hir::fail(),
            },
            HirKind::Class(Class::Unicode(class)) => match plain {
                None => h.clone(),
                Some(plain) => {
                    let mut class = class.clone();
                    class.intersect(plain);
                    Hir::class(Class::Unicode(class))
                }
            },
            HirKind::Empty | HirKind::Class(Class::Bytes(_)) => h.clone(),
            HirKind::Look(look) => Hir::look(match (look, plain.is_some()) {
                (L::StartLF, _) => L::Start,
                (L::EndLF, _) => L::End,
                (L::WordUnicode, true) => L::WordAscii,
                (L::WordUnicodeNegate, true) => L::WordAsciiNegate,
                (L::WordStartUnicode, true) => L::WordStartAscii,
                (L::WordEndUnicode, true) => L::WordEndAscii,
                (L::WordStartHalfUnicode, true) => L::WordStartHalfAscii,
                (L::WordEndHalfUnicode, true) => L::WordEndHalfAscii,
                (other, _) => *other,
            }),
            HirKind::Repetition(r) => Hir::repetition(Repetition { sub: Box::new(cut(&r.sub, plain)), ..r.clone() }),
            HirKind::Capture(c) => Hir::capture(Capture { sub: Box::new(cut(&c.sub, plain)), ..c.clone() }),
            HirKind::Concat(subs) => Hir::concat(subs.iter().map(|s| cut(s, plain)).collect()),
            HirKind::Alternation(subs) => Hir::alternation(subs.iter().map(|s| cut(s, plain)).collect()),
        }
    }
    let hir = regex_syntax::ParserBuilder::new().multi_line(true).utf8(false).build().parse(pattern).map_err(|e| e.to_string())?;
    let class = ClassUnicode::new(PLAIN.iter().map(|&(a, b)| ClassUnicodeRange::new(a, b)));
    Ok(cut(&hir, plain.then_some(&class)).to_string())
}

pub struct Matcher {
    pub language: String,
    /// Each category's reason code, `lexicon:LANGUAGE/CATEGORY` (by `Category as usize`).
    codes: Vec<Arc<str>>,
    whole: HashMap<String, Category, text::FastHash>,
    /// The most characters a line with a whole-line key can have (`MAX_EDGE_CHARS` of
    /// edges), and the longest key's bytes.
    longest_whole: usize,
    keys: KeyShapes,
    phrases: Vec<(String, Category)>,
    /// Phrases and the literals the regexes' gates require in one automaton: per pattern,
    /// the phrase it is (if any) and the regexes whose gates it opens.
    automaton: Option<Automaton>,
    pattern_phrase: Vec<Option<usize>>,
    pattern_regexes: Vec<Vec<usize>>,
    regexes: Vec<Rx>,
    /// The regexes whose gates require no literal to look for: tried on every line.
    always: Vec<usize>,
}

/// Literals shorter than this are not looked for (they would be found everywhere), unless
/// they hold punctuation, a symbol or a character beyond ASCII ("©", "|", "/").
const MIN_LITERAL_BYTES: usize = 3;
/// Nor are sets of more literals than this.
const MAX_LITERALS: usize = 64;

/// `required_literals_of` a gate's text.
#[cfg(test)]
fn required_literals(gate: &str) -> Option<Vec<Vec<u8>>> {
    required_literals_of(&parse_gate(gate).ok()??)
}

/// Literals one of which every match of a gate holds (regex-syntax's prefix extraction, of
/// each part of a sequence from there on), the longest such set if there are few and none
/// too short: a line holding none is no line the gate flags.
fn required_literals_of(hir: &regex_syntax::hir::Hir) -> Option<Vec<Vec<u8>>> {
    use regex_syntax::hir::literal::{ExtractKind, Extractor};
    use regex_syntax::hir::{Hir, HirKind};
    type Literals = Vec<Vec<u8>>;
    fn usable(literals: &Literals) -> bool {
        !literals.is_empty() && literals.len() <= MAX_LITERALS
            && literals.iter().all(|l| l.len() >= MIN_LITERAL_BYTES || l.iter().any(|&b| !b.is_ascii_alphanumeric() && b != b' '))
    }
    // (the shortest literal the longest, then the fewest literals)
    fn better(a: &Literals, b: &Option<Literals>) -> bool {
        let shortest = |l: &Literals| l.iter().map(Vec::len).min().unwrap_or(0);
        b.as_ref().is_none_or(|b| (shortest(a), std::cmp::Reverse(a.len())) > (shortest(b), std::cmp::Reverse(b.len())))
    }
    fn prefixes(h: &Hir) -> Option<Literals> {
        let seq = Extractor::new().kind(ExtractKind::Prefix).extract(h);
        let mut literals: Literals = seq.literals()?.iter().map(|l| l.as_bytes().to_vec()).collect();
        literals.sort_unstable();
        literals.dedup();
        Some(literals)
    }
    fn required(h: &Hir) -> Option<Literals> {
        match h.kind() {
            HirKind::Literal(_) | HirKind::Class(_) => prefixes(h),
            HirKind::Capture(c) => required(&c.sub),
            HirKind::Repetition(r) if r.min >= 1 => required(&r.sub),
            HirKind::Alternation(subs) => {
                let mut all = Vec::new();
                for sub in subs {
                    all.extend(required(sub)?);
                }
                all.sort_unstable();
                all.dedup();
                Some(all).filter(usable)
            }
            HirKind::Concat(subs) => {
                let mut best = None;
                for j in 0..subs.len() {
                    let candidates = [prefixes(&Hir::concat(subs[j..].to_vec())), required(&subs[j])];
                    for literals in candidates.into_iter().flatten() {
                        if usable(&literals) && better(&literals, &best) {
                            best = Some(literals);
                        }
                    }
                }
                best
            }
            _ => None,
        }
    }
    required(hir).or_else(|| prefixes(hir)).filter(usable)
}

/// The bytes a line a gate flags can start with (for a gate whose every match starts the
/// line) and those it can end with (for one whose every match ends it); None at an end
/// where the gate is not anchored or a match can be empty.
type Edges = [Option<[bool; 256]>; 2];

/// Whether a line can be one a gate flags, by its first and last bytes.
fn at_edges(edges: &Edges, line: &[u8]) -> bool {
    let holds = |set: &Option<[bool; 256]>, b: Option<&u8>| set.as_ref().is_none_or(|set| b.is_some_and(|&b| set[b as usize]));
    holds(&edges[0], line.first()) && holds(&edges[1], line.last())
}

/// A gate's `Edges`.
#[cfg(test)]
fn edge_bytes(gate: &str) -> Edges {
    match parse_gate(gate) {
        Ok(Some(hir)) => edge_bytes_of(&hir),
        _ => [None, None],
    }
}

/// `edge_bytes` of a gate's parse.
fn edge_bytes_of(hir: &regex_syntax::hir::Hir) -> Edges {
    use regex_syntax::hir::{Class, Hir, HirKind, Look as L};
    // The bytes a match of `h` can start (`first`) or end with, and whether it can be empty.
    fn edge(h: &Hir, first: bool, set: &mut [bool; 256]) -> bool {
        match h.kind() {
            HirKind::Empty | HirKind::Look(_) => true,
            HirKind::Literal(lit) => {
                let b = if first { lit.0.first() } else { lit.0.last() };
                b.map(|&b| set[b as usize] = true).is_none()
            }
            HirKind::Class(Class::Unicode(class)) => {
                let mut mark = |from: u8, to: u8| (from..=to).for_each(|b| set[b as usize] = true);
                for r in class.iter() {
                    if first {
                        // (a lead byte rises with the character)
                        let lead = |c: char| c.encode_utf8(&mut [0; 4]).as_bytes()[0];
                        mark(lead(r.start()), lead(r.end()));
                    } else {
                        if r.start().is_ascii() {
                            mark(r.start() as u8, r.end().min('\x7F') as u8);
                        }
                        if !r.end().is_ascii() {
                            mark(0x80, 0xBF); // (any continuation byte)
                        }
                    }
                }
                false
            }
            HirKind::Class(Class::Bytes(class)) => {
                class.iter().for_each(|r| (r.start()..=r.end()).for_each(|b| set[b as usize] = true));
                false
            }
            HirKind::Repetition(r) => edge(&r.sub, first, set) || r.min == 0,
            HirKind::Capture(c) => edge(&c.sub, first, set),
            HirKind::Concat(subs) => {
                let mut ordered: Vec<&Hir> = subs.iter().collect();
                if !first {
                    ordered.reverse();
                }
                ordered.into_iter().all(|sub| edge(sub, first, set))
            }
            HirKind::Alternation(subs) => subs.iter().fold(false, |empty, sub| edge(sub, first, set) | empty),
        }
    }
    let bytes = |first: bool, anchored: bool| {
        let mut set = [false; 256];
        (anchored && !edge(hir, first, &mut set)).then_some(set)
    };
    [bytes(true, hir.properties().look_set_prefix().contains(L::StartLF)),
     bytes(false, hir.properties().look_set_suffix().contains(L::EndLF))]
}

fn build(pattern: &str) -> Result<Regex, String> {
    RegexBuilder::new(pattern)
        .multi_line(true)
        .size_limit(SIZE_LIMIT)
        .dfa_size_limit(DFA_SIZE_LIMIT)
        .build()
        .map_err(|e| e.to_string())
}

/// A gate's syntax checked without compiling it, parsed once for what is read from it
/// (`edge_bytes_of`, `required_literals_of`): its UTF-8 parse, or `None` if it is valid
/// only as a pattern over bytes (then nothing is read from it).
fn parse_gate(pattern: &str) -> Result<Option<regex_syntax::hir::Hir>, String> {
    let parse = |utf8: bool| regex_syntax::ParserBuilder::new().multi_line(true).utf8(utf8).build().parse(pattern);
    match parse(true) {
        Ok(hir) => Ok(Some(hir)),
        Err(_) => parse(false).map(|_| None).map_err(|e| e.to_string()),
    }
}

fn build_look(specs: &[LookSpec]) -> Result<Vec<Look>, String> {
    specs
        .iter()
        .map(|s| {
            Ok(Look {
                prefix: build(&s.prefix)?,
                low: s.low,
                high: s.high,
                body: build(&s.body)?,
                negative: s.negative,
                suffix: build(&s.suffix)?,
            })
        })
        .collect()
}

/// A lookaround's forms, compiled where first needed.
fn lazy_look(specs: &[LookSpec]) -> Lazy<Vec<Look>> {
    let specs = specs.to_vec();
    Lazy::new(move || build_look(&specs))
}

/// A form compiled (in its line form) where first needed; none where `absent`.
fn lazy_regex(pattern: &str, absent: bool, plain: bool) -> Lazy<Option<Regex>> {
    let pattern = pattern.to_string();
    Lazy::new(move || if absent { Ok(None) } else { build(&line_form(&pattern, plain)?).map(Some) })
}

/// Whether some match of `re` starts at `at` (the text around it in view).
fn matches_at(re: &Regex, hay: &[u8], at: usize) -> bool {
    re.find_at(hay, at).is_some_and(|m| m.start() == at)
}

impl Look {
    /// Whether the line (`hay`, its unit boundaries `bounds`) matches `P (?=N) S`.
    fn matches(&self, hay: &[u8], bounds: &[usize]) -> bool {
        let top = self.high.map_or(bounds.len() - 1, |h| h.min(bounds.len() - 1));
        (self.low..=top).any(|k| {
            let p = bounds[k];
            self.prefix.is_match(&hay[..p])
                && matches_at(&self.body, hay, p) != self.negative
                && matches_at(&self.suffix, hay, p)
        })
    }
}

impl Matcher {
    pub fn new(
        language: &str,
        whole: HashMap<String, Category>,
        phrases: Vec<(String, Category)>,
        regexes: Vec<RegexSpec>,
    ) -> Result<Matcher, String> {
        let longest_whole = whole.keys().map(|k| text::len(k)).max().unwrap_or(0) + MAX_EDGE_CHARS;
        let keys = KeyShapes::of(whole.keys());
        let mut compiled = Vec::with_capacity(regexes.len());
        let mut parsed = Vec::with_capacity(regexes.len());
        for spec in &regexes {
            let lookaround = !spec.look.is_empty();
            let hir = parse_gate(&spec.loose)?;
            let loose = spec.loose.clone();
            compiled.push(Rx {
                category: spec.category,
                rank: if !spec.anchored {
                    REGEX
                } else if spec.starts {
                    LINE_START
                } else {
                    LINE_END
                },
                edges: hir.as_ref().map_or([None, None], edge_bytes_of),
                gate: Lazy::new(move || build(&line_form(&loose, false)?)),
                exact: lazy_regex(&spec.exact, lookaround, false),
                plain: lazy_regex(&spec.exact, lookaround, true),
                ascii: lazy_regex(&spec.ascii, lookaround, false),
                look: lazy_look(&spec.look),
                ascii_look: lazy_look(&spec.ascii_look),
            });
            parsed.push(hir);
        }
        // One automaton: the phrases, then the literals the regexes' gates require.
        let mut patterns: Vec<Vec<u8>> = phrases.iter().map(|(p, _)| p.as_bytes().to_vec()).collect();
        let mut pattern_phrase: Vec<Option<usize>> = (0..phrases.len()).map(Some).collect();
        let mut pattern_regexes: Vec<Vec<usize>> = vec![Vec::new(); phrases.len()];
        let mut index: HashMap<Vec<u8>, usize> = patterns.iter().cloned().enumerate().map(|(k, p)| (p, k)).collect();
        let mut always = Vec::new();
        for (k, hir) in parsed.iter().enumerate() {
            match hir.as_ref().and_then(required_literals_of) {
                None => always.push(k),
                Some(literals) => {
                    for literal in literals {
                        let id = *index.entry(literal.clone()).or_insert_with(|| {
                            patterns.push(literal);
                            pattern_phrase.push(None);
                            pattern_regexes.push(Vec::new());
                            patterns.len() - 1
                        });
                        if !pattern_regexes[id].contains(&k) {
                            pattern_regexes[id].push(k);
                        }
                    }
                }
            }
        }
        let automaton = if patterns.is_empty() {
            None
        } else {
            Some(Automaton::new(&patterns)?)
        };
        Ok(Matcher {
            language: language.to_string(),
            codes: CATEGORIES.iter().map(|c| Arc::from(format!("lexicon:{language}/{}", c.name()))).collect(),
            whole: whole.into_iter().collect(), longest_whole, keys, phrases, automaton, pattern_phrase,
            pattern_regexes, regexes: compiled, always,
        })
    }

    /// The reason code of the lexicon's entries of `category`.
    pub fn code(&self, category: Category) -> Arc<str> {
        Arc::clone(&self.codes[category as usize])
    }

    /// Compile every form now (a document compiles those it needs): whether the lexicon's
    /// translation is one the crate takes, within its size limits.
    pub fn compile(&self) -> Result<(), String> {
        for rx in &self.regexes {
            rx.gate.try_get()?;
            rx.exact.try_get()?;
            rx.plain.try_get()?;
            rx.ascii.try_get()?;
            rx.look.try_get()?;
            rx.ascii_look.try_get()?;
        }
        Ok(())
    }

    /// Every hit in a document's (stripped) lines, by line, strongest first.
    pub fn scan<S: AsRef<str>>(&self, lines: &[S]) -> Vec<Hit> {
        // (line, rank, order, start, hit), sorted (stably) on the first four.
        let mut hits: Vec<(usize, u8, usize, usize, Hit)> = Vec::new();
        if lines.is_empty() {
            return Vec::new();
        }
        let (low, starts) = text::lower_lines(lines);
        let bytes = low.as_bytes();
        let line_of = |at: usize| starts.partition_point(|&s| s <= at) - 1;
        if !self.whole.is_empty() {
            let mut key = Vec::new();
            for (i, line) in lines.iter().enumerate() {
                let text = line.as_ref();
                // (at most `longest_whole` characters: no more bytes, or none too many counted)
                if text.is_empty() || text.len() > 4 * self.longest_whole
                    || (text.len() > self.longest_whole && text::len(text) > self.longest_whole)
                {
                    continue;
                }
                let end = starts.get(i + 1).map_or(low.len(), |&next| next - 1);
                let found = match text.is_ascii().then(|| ascii_key(&low[starts[i]..end], &self.keys)).flatten() {
                    Some(key) => self.whole.get(key),
                    // (a key longer than the longest is none)
                    None if text::normalise_prefix(text, self.keys.longest + 1, &mut key) => None,
                    None => self.whole.get(std::str::from_utf8(&key).expect("whole characters")),
                };
                if let Some(&category) = found {
                    hits.push((i, WHOLE, 0, 0, Hit { line: i, category, text: text.to_string(), whole_line: true }));
                }
            }
        }
        if self.phrases.is_empty() && self.regexes.is_empty() {
            return order(hits);
        }
        // Per regex: None (not to run), or the lines holding one of its literals.
        let mut opened: Vec<Option<Vec<usize>>> = vec![None; self.regexes.len()];
        if let Some(automaton) = &self.automaton {
            let mut spans: Vec<(usize, usize, usize)> = Vec::new();
            automaton.each_overlapping(bytes, |id, start, end| {
                if let Some(k) = self.pattern_phrase[id] {
                    if text::bounded(&low, start, end) {
                        spans.push((start, end, k));
                    }
                }
                if !self.pattern_regexes[id].is_empty() {
                    // (the lines come in order: a match ends in the line it starts in)
                    let i = line_of(start);
                    for &k in &self.pattern_regexes[id] {
                        let lines = opened[k].get_or_insert_with(Vec::new);
                        if lines.last() != Some(&i) {
                            lines.push(i);
                        }
                    }
                }
            });
            for (start, end, k) in leftmost_longest(&mut spans) {
                let i = line_of(start);
                let hit = Hit { line: i, category: self.phrases[k].1, text: low[start..end].to_string(), whole_line: false };
                hits.push((i, PHRASE, 0, start, hit));
            }
        }
        let mut which: Vec<(usize, Option<Vec<usize>>)> = Vec::new();
        for (k, lines) in opened.into_iter().enumerate() {
            if let Some(lines) = lines {
                which.push((k, Some(lines)));
            }
        }
        which.extend(self.always.iter().map(|&k| (k, None)));
        which.sort_by_key(|w| w.0);
        if !which.is_empty() {
            let found = self.regex_spans(&low, &starts, &which);
            hits.extend(self.regex_hits(found, &low, &line_of));
        }
        order(hits)
    }

    /// (start, end, regex) of the matches of the regexes `which` (by regex, then place):
    /// every match of a regex that is not anchored, the first in a line of one that is
    /// (the one `regex_hits` keeps). Each regex's gate finds the lines worth searching; the
    /// exact form searches those lines alone (a regex describes one line: a line's search is
    /// the document's, there), in its `plain` form on a plain line, in its `ascii` form over
    /// the tagged line where the line holds a character whose word-ness `re` and the crate
    /// disagree on.
    fn regex_spans(&self, low: &str, starts: &[usize], which: &[(usize, Option<Vec<usize>>)]) -> Vec<(usize, usize, usize)> {
        let mut found = Vec::new();
        let line_span = |i: usize| {
            let end = if i + 1 < starts.len() { starts[i + 1] - 1 } else { low.len() };
            (starts[i], end)
        };
        let mut kinds: Vec<Option<LineKind>> = vec![None; starts.len()];
        for (k, lines) in which {
            let k = *k;
            let rx = &self.regexes[k];
            // The lines the gate flags, of those holding one of its literals (or of all) that
            // start and end with bytes its matches can.
            let flagged: Vec<usize> = match lines {
                None => (0..starts.len()).collect(),
                Some(lines) => lines.clone(),
            }
            .into_iter()
            .filter(|&i| {
                let (s, e) = line_span(i);
                let line = &low.as_bytes()[s..e];
                at_edges(&rx.edges, line) && rx.gate.get().is_match(line)
            })
            .collect();
            for i in flagged {
                let (s, e) = line_span(i);
                let line = &low[s..e];
                let kind = *kinds[i].get_or_insert_with(|| line_kind(line));
                let look = rx.look.get();
                if !look.is_empty() {
                    let hit = if kind == LineKind::Tagged {
                        let (enc, _, bounds) = tagged(line);
                        rx.ascii_look.get().iter().any(|l| l.matches(&enc, &bounds))
                    } else {
                        let bounds: Vec<usize> = line.char_indices().map(|(p, _)| p).chain([line.len()]).collect();
                        look.iter().any(|l| l.matches(line.as_bytes(), &bounds))
                    };
                    if hit {
                        found.push((s, e, k));
                    }
                    continue;
                }
                let (re, hay, back) = match kind {
                    LineKind::Tagged => {
                        let (enc, back, _) = tagged(line);
                        (rx.ascii.get(), std::borrow::Cow::Owned(enc), Some(back))
                    }
                    LineKind::Plain => (rx.plain.get(), std::borrow::Cow::Borrowed(line.as_bytes()), None),
                    LineKind::Unicode => (rx.exact.get(), std::borrow::Cow::Borrowed(line.as_bytes()), None),
                };
                let re = re.as_ref().expect("compiled");
                let at = |p: usize| s + back.as_ref().map_or(p, |b| b[p]);
                if rx.rank == REGEX {
                    found.extend(re.find_iter(&hay).map(|m| (at(m.start()), at(m.end()), k)));
                } else if let Some(m) = re.find(&hay) {
                    found.push((at(m.start()), at(m.end()), k));
                }
            }
        }
        found
    }

    /// `cleaner.patterns._regex_hits`: every anchored match (one per regex and line, the
    /// leftmost, longest), and the leftmost-longest of the others.
    fn regex_hits(
        &self,
        mut found: Vec<(usize, usize, usize)>,
        low: &str,
        line_of: &dyn Fn(usize) -> usize,
    ) -> Vec<(usize, u8, usize, usize, Hit)> {
        let mut hits = Vec::new();
        let mut loose = Vec::new();
        let mut seen = std::collections::HashSet::new();
        found.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
        for (start, end, k) in found {
            let rx = &self.regexes[k];
            if rx.rank == REGEX {
                loose.push((start, end, k));
                continue;
            }
            let i = line_of(start);
            if !seen.insert((k, i)) {
                continue;
            }
            let hit = Hit { line: i, category: rx.category, text: low[start..end].to_string(), whole_line: true };
            hits.push((i, rx.rank, k, start, hit));
        }
        for (start, end, k) in leftmost_longest(&mut loose) {
            let i = line_of(start);
            let hit = Hit { line: i, category: self.regexes[k].category, text: low[start..end].to_string(), whole_line: false };
            hits.push((i, REGEX, k, start, hit));
        }
        hits
    }
}

/// The text with each non-ASCII character tagged: one that `re` counts as a word character
/// between two `Q`s (which lowered text never holds), any other between two `0xFF` bytes
/// (which UTF-8 never holds; no word character to an ASCII `\b`), as `cleaner/core_lexicon.py`'s
/// `ascii` forms read it; for each of its offsets the text's; and where each character
/// starts in it (and its length).
fn tagged(low: &str) -> (Vec<u8>, Vec<usize>, Vec<usize>) {
    let mut enc = Vec::with_capacity(low.len() + 16);
    let mut back = Vec::with_capacity(low.len() + 17);
    let mut bounds = Vec::with_capacity(low.len() + 1);
    for (at, c) in low.char_indices() {
        bounds.push(enc.len());
        let mut buf = [0u8; 4];
        let bytes = c.encode_utf8(&mut buf).as_bytes();
        let tag = match c.is_ascii() {
            true => None,
            false if text::is_word(c) => Some(b'Q'),
            false => Some(0xFF),
        };
        if let Some(tag) = tag {
            enc.push(tag);
            back.push(at);
        }
        for &b in bytes {
            enc.push(b);
            back.push(at);
        }
        if let Some(tag) = tag {
            enc.push(tag);
            back.push(at);
        }
    }
    back.push(low.len());
    bounds.push(enc.len());
    (enc, back, bounds)
}

/// What the whole-line keys look like: the longest one's bytes, and the pairs of first and
/// last bytes they have (a bit per pair).
struct KeyShapes {
    longest: usize,
    ends: Vec<u64>,
}

impl KeyShapes {
    fn of<'a>(keys: impl Iterator<Item = &'a String>) -> KeyShapes {
        let mut shapes = KeyShapes { longest: 0, ends: vec![0; 1024] };
        for key in keys {
            shapes.longest = shapes.longest.max(key.len());
            if let (Some(&first), Some(&last)) = (key.as_bytes().first(), key.as_bytes().last()) {
                let pair = (first as usize) << 8 | last as usize;
                shapes.ends[pair / 64] |= 1 << (pair % 64);
            }
        }
        shapes
    }

    /// Whether some key starts with `first` and ends with `last`.
    fn ends(&self, first: u8, last: u8) -> bool {
        let pair = (first as usize) << 8 | last as usize;
        self.ends[pair / 64] & 1 << (pair % 64) != 0
    }
}

/// An ASCII line's `normalise`d key, read from its lowered text (lowercase, tabs made
/// spaces) where that needs no copy: what lies between its first and last letter or digit,
/// if no white space there but single spaces. (None: `normalise` makes it.) A text whose
/// key no key looks like (`keys`: by its ends, or longer than every key) has the key "",
/// which no entry has either.
fn ascii_key<'a>(low: &'a str, keys: &KeyShapes) -> Option<&'a str> {
    let bytes = low.as_bytes();
    let Some(start) = bytes.iter().position(u8::is_ascii_alphanumeric) else { return Some("") };
    let end = bytes.iter().rposition(u8::is_ascii_alphanumeric).map_or(start, |k| k + 1);
    let space = |b: &&u8| matches!(**b, b'\t'..=b'\r' | 0x1c..=0x1f | b' ');
    if !keys.ends(bytes[start], bytes[end - 1])
        || (end - start > keys.longest && bytes[start..end].iter().filter(|b| !space(b)).count() > keys.longest)
    {
        return Some(""); // (however spaced)
    }
    let mut space = false;
    for &b in &bytes[start..end] {
        match b {
            b' ' if space => return None,
            b' ' => space = true,
            b'\t'..=b'\r' | 0x1c..=0x1f => return None,
            _ => space = false,
        }
    }
    Some(&low[start..end])
}

/// Of (start, end, id) spans, the leftmost-longest ones that do not overlap.
fn leftmost_longest(spans: &mut [(usize, usize, usize)]) -> Vec<(usize, usize, usize)> {
    spans.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)).then(a.2.cmp(&b.2)));
    let mut chosen = Vec::new();
    let mut reach = 0usize;
    let mut any = false;
    for &span in spans.iter() {
        if !any || span.0 >= reach {
            chosen.push(span);
            reach = span.1;
            any = true;
        }
    }
    chosen
}

fn order(mut hits: Vec<(usize, u8, usize, usize, Hit)>) -> Vec<Hit> {
    hits.sort_by_key(|h| (h.0, h.1, h.2, h.3)); // (stable: ties keep their order, as in Python)
    hits.into_iter().map(|h| h.4).collect()
}

// The Python side (`cleaner._core.LexiconMatcher`), built by `cleaner.core_lexicon.core_matcher`.

type LookTuple = (String, usize, Option<usize>, String, bool, String);
type RegexTuple = (String, bool, bool, String, String, String, Vec<LookTuple>, Vec<LookTuple>);

fn category(name: &str) -> PyResult<Category> {
    Category::from_name(name).ok_or_else(|| PyValueError::new_err(format!("unknown category {name:?}")))
}

fn looks(tuples: Vec<LookTuple>) -> Vec<LookSpec> {
    tuples
        .into_iter()
        .map(|(prefix, low, high, body, negative, suffix)| LookSpec { prefix, low, high, body, negative, suffix })
        .collect()
}

/// A language's lexicon matcher: `LexiconMatcher(language, whole, phrases, regexes)` with
/// `whole` {key: category}, `phrases` [(phrase, category)], `regexes` as
/// `cleaner.core_lexicon.core_matcher` translates them; `scan(texts)` gives the hits of
/// `Lexicon.scan` as (line, category, text, whole_line) tuples; `compile()` compiles every
/// form now (a scan compiles those it needs).
#[pyclass(name = "LexiconMatcher", module = "cleaner._core", frozen)]
pub struct PyMatcher {
    pub inner: Arc<Matcher>,
}

#[pymethods]
impl PyMatcher {
    #[new]
    fn py_new(
        language: &str,
        whole: HashMap<String, String>,
        phrases: Vec<(String, String)>,
        regexes: Vec<RegexTuple>,
    ) -> PyResult<PyMatcher> {
        let whole = whole.into_iter().map(|(k, c)| Ok((k, category(&c)?))).collect::<PyResult<_>>()?;
        let phrases = phrases.into_iter().map(|(k, c)| Ok((k, category(&c)?))).collect::<PyResult<_>>()?;
        let mut specs = Vec::with_capacity(regexes.len());
        for (cat, starts, anchored, exact, ascii, loose, look, ascii_look) in regexes {
            specs.push(RegexSpec {
                category: category(&cat)?,
                starts,
                anchored,
                exact,
                ascii,
                loose,
                look: looks(look),
                ascii_look: looks(ascii_look),
            });
        }
        let inner = Matcher::new(language, whole, phrases, specs).map_err(PyValueError::new_err)?;
        Ok(PyMatcher { inner: Arc::new(inner) })
    }

    #[getter]
    fn language(&self) -> String {
        self.inner.language.clone()
    }

    /// Compile every form now (`Matcher::compile`; ValueError if one does not).
    fn compile(&self) -> PyResult<()> {
        self.inner.compile().map_err(PyValueError::new_err)
    }

    fn scan(&self, py: Python<'_>, texts: Vec<String>) -> Vec<(usize, &'static str, String, bool)> {
        let inner = self.inner.clone();
        py.detach(move || {
            inner.scan(&texts).into_iter().map(|h| (h.line, h.category.name(), h.text, h.whole_line)).collect()
        })
    }
}

pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<PyMatcher>()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn matcher(whole: &[(&str, Category)], phrases: &[(&str, Category)], regexes: Vec<RegexSpec>) -> Matcher {
        let m = Matcher::new(
            "xx",
            whole.iter().map(|(k, c)| (k.to_string(), *c)).collect(),
            phrases.iter().map(|(k, c)| (k.to_string(), *c)).collect(),
            regexes,
        )
        .unwrap();
        m.compile().unwrap();
        m
    }

    fn regex(source: &str, category: Category) -> RegexSpec {
        // (a hand translation: these tests state the matcher's behaviour, not the translator's)
        RegexSpec {
            category,
            starts: source.starts_with('^'),
            anchored: source.starts_with('^') || source.ends_with('$'),
            exact: source.to_string(),
            ascii: source.replace("\\b", "(?-u:\\b)"),
            loose: source.replace("\\b", ""),
            look: vec![],
            ascii_look: vec![],
        }
    }

    #[test]
    fn whole_line_keys_ignore_case_spacing_and_edge_punctuation() {
        let m = matcher(&[("most popular", Category::Related)], &[], vec![]);
        let hits = m.scan(&["» MOST   Popular:", "most popular items"]);
        assert_eq!(hits.len(), 1);
        assert_eq!(hits[0].text, "» MOST   Popular:");
        assert!(hits[0].whole_line);
    }

    #[test]
    fn an_ascii_lines_key_is_read_from_its_lowered_text() {
        for line in ["» MOST Popular:", "  most\tpopular ", "most  popular", "--", "a\x1fb", "Most popular!!"] {
            let low = text::lower_text(&[line]);
            if let Some(key) = ascii_key(&low, &KeyShapes::of([text::normalise(line)].iter())) {
                assert_eq!(key, text::normalise(line), "{line:?}");
            }
        }
        let keys = KeyShapes::of(["most popular".to_string()].iter());
        assert_eq!(ascii_key("» most popular:", &keys), Some("most popular"));
        assert_eq!(ascii_key("most  popular", &keys), None);
        assert_eq!(ascii_key("most popular stories", &keys), Some("")); // (no key ends so)
        assert_eq!(ascii_key("more of the most          popular", &keys), Some("")); // (no key that long)
        assert_eq!(ascii_key("most      popular", &keys), None); // (its key is 12 bytes)
    }

    #[test]
    fn phrases_sit_on_word_boundaries_and_the_longest_wins() {
        let m = matcher(&[], &[("subscribe", Category::Subscription), ("subscribe now", Category::Subscription)], vec![]);
        let hits = m.scan(&["Please SUBSCRIBE NOW", "subscribers", "resubscribe"]);
        assert_eq!(hits.len(), 1);
        assert_eq!(hits[0].text, "subscribe now");
        assert_eq!(hits[0].line, 0);
    }

    #[test]
    fn a_line_is_ordered_whole_then_anchored_then_by_place() {
        let m = matcher(
            &[("share this", Category::Social)],
            &[("share", Category::Social)],
            vec![regex(r"this$", Category::Social), regex(r"^share", Category::Social)],
        );
        let hits = m.scan(&["Share this"]);
        let texts: Vec<&str> = hits.iter().map(|h| h.text.as_str()).collect();
        assert_eq!(texts, ["Share this", "share", "this", "share"]);
        assert_eq!(hits.iter().map(|h| h.whole_line).collect::<Vec<_>>(), [true, true, true, false]);
    }

    #[test]
    fn loose_regexes_do_not_overlap_and_come_in_lexicon_order() {
        let m = matcher(&[], &[], vec![regex(r"ab", Category::Advertising), regex(r"abc", Category::Legal)]);
        let hits = m.scan(&["xabc abd"]);
        assert_eq!(hits.iter().map(|h| (h.text.as_str(), h.category)).collect::<Vec<_>>(),
                   [("ab", Category::Advertising), ("abc", Category::Legal)]);
    }

    #[test]
    fn python_word_characters_decide_word_boundaries() {
        // "²" is a word character to re (str.isalnum), not to the regex crate: the document
        // is matched in the tagged form.
        let m = matcher(&[], &[], vec![regex(r"\bm\b", Category::Advertising)]);
        assert!(m.scan(&["5 m² here"]).is_empty());
        assert_eq!(m.scan(&["5 m here"]).len(), 1);
    }

    #[test]
    fn a_gate_is_tried_on_the_lines_holding_a_literal_it_requires() {
        // (not a prefix: the required literal is inside the gate's matches)
        let literals = required_literals(r"^[a-z ]*\d+ (?:comments|replies) on").unwrap();
        assert_eq!(literals, [b" comments on".to_vec(), b" replies on".to_vec()]);
        assert_eq!(required_literals(r"^\d+\s*/\s*\d+$"), Some(vec![b"/".to_vec()])); // (punctuation)
        assert_eq!(required_literals(r"^\d+(?:\s+\d+)+$"), None);
        let m = matcher(&[], &[], vec![regex(r"^[a-z ]*\d+ (?:comments|replies) on", Category::Comments),
                                        regex(r"^\d+/\d+$", Category::Caption)]);
        let hits = m.scan(&["So 12 comments on it", "3/4", "no comments on it"]);
        assert_eq!(hits.iter().map(|h| (h.line, h.text.as_str())).collect::<Vec<_>>(),
                   [(0, "so 12 comments on"), (1, "3/4")]);
    }

    #[test]
    fn a_gate_anchored_at_one_end_is_tried_on_lines_that_start_or_end_as_its_matches_can() {
        let [first, last] = edge_bytes(r"^(?:\d+|©)\s*/");
        let set = first.unwrap();
        assert!(set[b'7' as usize] && set[0xC2] && !set[b'a' as usize] && !set[b' ' as usize] && last.is_none());
        let [first, last] = edge_bytes(r"(?:ap|afp|é)$");
        let set = last.unwrap();
        assert!(first.is_none() && set[b'p' as usize] && set[0xA9] && !set[b'a' as usize]);
        let [first, last] = edge_bytes(r"^\w+,\s(?:ap|reuters)$"); // (both ends)
        assert!(first.unwrap()[b'j' as usize] && last.unwrap()[b's' as usize] && !last.unwrap()[b'e' as usize]);
        assert_eq!(edge_bytes(r"^a?").map(|e| e.is_some()), [false, false]); // (an empty match)
        assert_eq!(edge_bytes(r"ab").map(|e| e.is_some()), [false, false]);
        let m = matcher(&[], &[], vec![regex(r"^\d+/\d+$", Category::Caption)]);
        assert_eq!(m.scan(&["3/4", "a 3/4", "3/4 a", "x"]).len(), 1);
    }

    #[test]
    fn a_plain_line_is_matched_in_the_plain_form() {
        assert!(line_kind("it’s 5 € «here»") == LineKind::Plain);
        assert!(line_kind("café") == LineKind::Unicode);
        assert!(line_kind("5 m²") == LineKind::Tagged);
        // (a curly quote is no word character: a word boundary before it; "é" is one)
        let m = matcher(&[], &[], vec![regex(r"\bit\b", Category::Advertising)]);
        assert_eq!(m.scan(&["it’s here"]).len(), 1);
        assert!(m.scan(&["ité here"]).is_empty());
        let form = line_form(r"^[\x{61}\x{E9}\x{2019}]+\b$", true).unwrap();
        assert!(!form.contains("E9"), "{form}");
    }

    #[test]
    fn a_lookahead_is_checked_where_its_prefix_ends() {
        let spec = RegexSpec {
            look: vec![LookSpec { prefix: "^copyright$".into(), low: 9, high: Some(9), body: r"[^.\n]*\bis\b".into(), negative: true, suffix: r"\b.*\d$".into() }],
            ascii_look: vec![],
            ..regex(r"^copyright.*\d$", Category::Legal)
        };
        let m = matcher(&[], &[], vec![spec]);
        assert_eq!(m.scan(&["Copyright 2020"]).len(), 1);
        assert!(m.scan(&["Copyright law is 2020"]).is_empty());
        assert_eq!(m.scan(&["Copyright. law is 2020"]).len(), 1);
    }
}
