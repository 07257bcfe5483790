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
//! - Phrases: one Aho-Corasick automaton over the lowered text (`lower_text`), every
//!   occurrence (overlapping ones too), kept where it sits on word boundaries (`re`'s
//!   `\w`), then leftmost-longest.
//! - Regexes: Python `re` sources, translated by `cleaner/core_lexicon.py` into the
//!   `regex` crate's syntax (explicit classes of the characters `re` would match, no class
//!   taking a newline, so that a search of the whole lowered document is each line's
//!   search). As `HyperscanMatcher` does, a regex is run only on the lines its *gate*
//!   flags: the gate is `cleaner.patterns.prefilter_source`'s pattern as Hyperscan reads
//!   it (case as written, `\w` taking any non-ASCII character...), so that hits are
//!   `Lexicon.scan`'s even where `re`'s IGNORECASE would take `ſ` for `s`. The gates' required
//!   prefixes (regex-syntax's literal extraction) ride in the phrases' automaton: a gate
//!   with prefixes is tried on the lines holding one; a `RegexSet` of the other gates says
//!   which of them to run over the document.
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

use aho_corasick::{AhoCorasick, MatchKind};
use regex::bytes::{Regex, RegexBuilder, RegexSet, RegexSetBuilder};

use crate::model::Category;
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

/// A form compiled where first needed (the `ascii` forms: few documents need them, and
/// their classes make them the slowest to compile).
struct Lazy<T> {
    cell: OnceLock<T>,
    make: Box<dyn Fn() -> Result<T, String> + Send + Sync>,
}

impl<T> Lazy<T> {
    fn get(&self) -> &T {
        self.cell.get_or_init(|| (self.make)().expect("validated when the matcher was built"))
    }
}

struct Rx {
    category: Category,
    rank: u8,
    exact: Option<Regex>,
    ascii: Lazy<Option<Regex>>,
    loose: Regex,
    look: Vec<Look>,
    ascii_look: Lazy<Vec<Look>>,
}

pub struct Matcher {
    pub language: String,
    whole: HashMap<String, Category>,
    longest_whole: usize,
    phrases: Vec<(String, Category)>,
    /// Phrases and the regexes' required prefixes in one automaton: per pattern, the phrase
    /// it is (if any) and the regexes whose gates it opens.
    automaton: Option<AhoCorasick>,
    pattern_phrase: Vec<Option<usize>>,
    pattern_regexes: Vec<Vec<usize>>,
    regexes: Vec<Rx>,
    /// The regexes whose gates have no prefix to look for: a set says which match.
    always: Vec<usize>,
    set: Option<RegexSet>,
}

/// Regex prefixes shorter than this are not looked for (they would be found everywhere).
const MIN_PREFIX_BYTES: usize = 3;
/// Nor are sets of more prefixes than this.
const MAX_PREFIXES: usize = 64;

/// The prefixes every match of a gate starts with (regex-syntax's literal extraction), if
/// there are few and none too short.
fn required_prefixes(gate: &str) -> Option<Vec<Vec<u8>>> {
    use regex_syntax::hir::literal::{ExtractKind, Extractor};
    let hir = regex_syntax::ParserBuilder::new().multi_line(true).build().parse(gate).ok()?;
    let seq = Extractor::new().kind(ExtractKind::Prefix).extract(&hir);
    let literals = seq.literals()?;
    if literals.is_empty() || literals.len() > MAX_PREFIXES
        || literals.iter().any(|l| l.as_bytes().len() < MIN_PREFIX_BYTES)
    {
        return None;
    }
    Some(literals.iter().map(|l| l.as_bytes().to_vec()).collect())
}

fn build(pattern: &str) -> Result<Regex, String> {
    RegexBuilder::new(pattern)
        .multi_line(true)
        .size_limit(SIZE_LIMIT)
        .dfa_size_limit(DFA_SIZE_LIMIT)
        .build()
        .map_err(|e| e.to_string())
}

/// A pattern's syntax checked without compiling it.
fn validate(pattern: &str) -> Result<(), String> {
    regex_syntax::ParserBuilder::new().multi_line(true).utf8(false).build().parse(pattern).map(|_| ()).map_err(|e| e.to_string())
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
        let mut compiled = Vec::with_capacity(regexes.len());
        for spec in &regexes {
            let lookaround = !spec.look.is_empty();
            compiled.push(Rx {
                category: spec.category,
                rank: if !spec.anchored {
                    REGEX
                } else if spec.starts {
                    LINE_START
                } else {
                    LINE_END
                },
                exact: if lookaround { None } else { Some(build(&spec.exact)?) },
                ascii: {
                    let source = spec.ascii.clone();
                    validate(&source)?;
                    Lazy { cell: OnceLock::new(), make: Box::new(move || if lookaround { Ok(None) } else { build(&source).map(Some) }) }
                },
                loose: build(&spec.loose)?,
                look: build_look(&spec.look)?,
                ascii_look: {
                    let specs: Vec<LookSpec> = spec.ascii_look.iter().map(LookSpec::clone).collect();
                    for l in &specs {
                        validate(&l.prefix)?;
                        validate(&l.body)?;
                        validate(&l.suffix)?;
                    }
                    Lazy { cell: OnceLock::new(), make: Box::new(move || build_look(&specs)) }
                },
            });
        }
        // One automaton: the phrases, then the prefixes of the regexes that have them.
        let mut patterns: Vec<Vec<u8>> = phrases.iter().map(|(p, _)| p.as_bytes().to_vec()).collect();
        let mut pattern_phrase: Vec<Option<usize>> = (0..phrases.len()).map(Some).collect();
        let mut pattern_regexes: Vec<Vec<usize>> = vec![Vec::new(); phrases.len()];
        let mut index: HashMap<Vec<u8>, usize> = patterns.iter().cloned().enumerate().map(|(k, p)| (p, k)).collect();
        let mut always = Vec::new();
        for (k, spec) in regexes.iter().enumerate() {
            match required_prefixes(&spec.loose) {
                None => always.push(k),
                Some(prefixes) => {
                    for prefix in prefixes {
                        let id = *index.entry(prefix.clone()).or_insert_with(|| {
                            patterns.push(prefix);
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
            Some(
                AhoCorasick::builder()
                    .match_kind(MatchKind::Standard)
                    // (a DFA: its overlapping search is the fastest, and a lexicon's few
                    // hundred phrases make a small one)
                    .kind(Some(aho_corasick::AhoCorasickKind::DFA))
                    .build(&patterns)
                    .map_err(|e| e.to_string())?,
            )
        };
        let set = if always.is_empty() {
            None
        } else {
            Some(
                RegexSetBuilder::new(always.iter().map(|&k| regexes[k].loose.as_str()))
                    .multi_line(true)
                    .size_limit(SIZE_LIMIT)
                    .dfa_size_limit(DFA_SIZE_LIMIT)
                    .build()
                    .map_err(|e| e.to_string())?,
            )
        };
        Ok(Matcher {
            language: language.to_string(), whole, longest_whole, phrases, automaton, pattern_phrase,
            pattern_regexes, regexes: compiled, always, set,
        })
    }

    /// Every hit in a document's (stripped) lines, by line, strongest first.
    pub fn scan<S: AsRef<str>>(&self, lines: &[S]) -> Vec<Hit> {
        // (line, rank, order, start, hit), sorted (stably) on the first four.
        let mut hits: Vec<(usize, u8, usize, usize, Hit)> = Vec::new();
        if !self.whole.is_empty() {
            for (i, line) in lines.iter().enumerate() {
                let text = line.as_ref();
                let n = text::len(text);
                if n > 0 && n <= self.longest_whole {
                    if let Some(&category) = self.whole.get(&text::normalise(text)) {
                        hits.push((i, WHOLE, 0, 0, Hit { line: i, category, text: text.to_string(), whole_line: true }));
                    }
                }
            }
        }
        if self.phrases.is_empty() && self.regexes.is_empty() {
            return order(hits);
        }
        let low = text::lower_text(lines);
        let bytes = low.as_bytes();
        let mut starts: Vec<usize> = vec![0];
        starts.extend(bytes.iter().enumerate().filter(|(_, &b)| b == b'\n').map(|(k, _)| k + 1));
        let line_of = |at: usize| starts.partition_point(|&s| s <= at) - 1;
        // Per regex: None (not to run), the lines holding one of its prefixes, or all.
        let mut opened: Vec<Option<Vec<usize>>> = vec![None; self.regexes.len()];
        if let Some(automaton) = &self.automaton {
            let mut spans: Vec<(usize, usize, usize)> = Vec::new();
            for m in automaton.find_overlapping_iter(bytes) {
                let id = m.pattern().as_usize();
                if let Some(k) = self.pattern_phrase[id] {
                    if bounded(&low, m.start(), m.end()) {
                        spans.push((m.start(), m.end(), k));
                    }
                }
                if !self.pattern_regexes[id].is_empty() {
                    let i = line_of(m.start());
                    for &k in &self.pattern_regexes[id] {
                        opened[k].get_or_insert_with(Vec::new).push(i);
                    }
                }
            }
            for (start, end, k) in leftmost_longest(&mut spans) {
                let i = line_of(start);
                let hit = Hit { line: i, category: self.phrases[k].1, text: low[start..end].to_string(), whole_line: false };
                hits.push((i, PHRASE, 0, start, hit));
            }
        }
        let mut which: Vec<(usize, Option<Vec<usize>>)> = Vec::new();
        for (k, lines) in opened.into_iter().enumerate() {
            if let Some(mut lines) = lines {
                lines.sort_unstable();
                lines.dedup();
                which.push((k, Some(lines)));
            }
        }
        if let Some(set) = &self.set {
            which.extend(set.matches(bytes).into_iter().map(|j| (self.always[j], None)));
            which.sort_by_key(|w| w.0);
        }
        if !which.is_empty() {
            let found = self.regex_spans(&low, &starts, &which);
            hits.extend(self.regex_hits(found, &low, &line_of));
        }
        order(hits)
    }

    /// (start, end, regex) of every match of the regexes `which` (by regex, then place).
    /// Each regex's loose form (a superset, DFA-fast) finds the lines worth searching; the
    /// exact form searches those lines alone (a regex describes one line: a line's search
    /// is the document's, there), in its `ascii` form over the tagged line where the line
    /// holds a character whose word-ness `re` and the crate disagree on.
    fn regex_spans(&self, low: &str, starts: &[usize], which: &[(usize, Option<Vec<usize>>)]) -> Vec<(usize, usize, usize)> {
        let mut found = Vec::new();
        let line_span = |i: usize| {
            let end = if i + 1 < starts.len() { starts[i + 1] - 1 } else { low.len() };
            (starts[i], end)
        };
        let mut disputed: Vec<Option<bool>> = vec![None; starts.len()];
        for (k, lines) in which {
            let k = *k;
            let rx = &self.regexes[k];
            // The lines the gate flags: from a search of the document, or, where its prefixes
            // were found, of their lines alone (a gate's match starts with a prefix).
            let flagged: Vec<usize> = match lines {
                None => {
                    let mut flagged: Vec<usize> = Vec::new();
                    for m in rx.loose.find_iter(low.as_bytes()) {
                        let i = starts.partition_point(|&s| s <= m.start()) - 1;
                        if flagged.last() != Some(&i) {
                            flagged.push(i);
                        }
                    }
                    flagged
                }
                Some(lines) => lines
                    .iter()
                    .copied()
                    .filter(|&i| {
                        let (s, e) = line_span(i);
                        rx.loose.is_match(&low.as_bytes()[s..e])
                    })
                    .collect(),
            };
            for i in flagged {
                let (s, e) = line_span(i);
                let line = &low[s..e];
                let odd = *disputed[i].get_or_insert_with(|| {
                    line.chars().any(|c| !c.is_ascii() && text::is_word(c) != regex_syntax::is_word_character(c))
                });
                if !rx.look.is_empty() {
                    let hit = if odd {
                        let (enc, _, bounds) = tagged(line);
                        rx.ascii_look.get().iter().any(|l| l.matches(&enc, &bounds))
                    } else {
                        let bounds: Vec<usize> = line.char_indices().map(|(p, _)| p).chain([line.len()]).collect();
                        rx.look.iter().any(|l| l.matches(line.as_bytes(), &bounds))
                    };
                    if hit {
                        found.push((s, e, k));
                    }
                } else if odd {
                    let (enc, back, _) = tagged(line);
                    let re = rx.ascii.get().as_ref().expect("compiled");
                    found.extend(re.find_iter(&enc).map(|m| (s + back[m.start()], s + back[m.end()], k)));
                } else {
                    let re = rx.exact.as_ref().expect("compiled");
                    found.extend(re.find_iter(line.as_bytes()).map(|m| (s + m.start(), s + m.end(), k)));
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

/// The text with each non-ASCII character that `re` counts as a word character between
/// two `Q`s (which lowered text never holds); for each of its offsets the text's; and
/// where each character starts in it (and its length).
fn tagged(low: &str) -> (Vec<u8>, Vec<usize>, Vec<usize>) {
    let mut enc = Vec::with_capacity(low.len() + 16);
    let mut back = Vec::with_capacity(low.len() + 17);
    let mut bounds = Vec::with_capacity(low.len() + 1);
    for (at, c) in low.char_indices() {
        bounds.push(enc.len());
        let mut buf = [0u8; 4];
        let bytes = c.encode_utf8(&mut buf).as_bytes();
        let tag = !c.is_ascii() && text::is_word(c);
        if tag {
            enc.push(b'Q');
            back.push(at);
        }
        for &b in bytes {
            enc.push(b);
            back.push(at);
        }
        if tag {
            enc.push(b'Q');
            back.push(at);
        }
    }
    back.push(low.len());
    bounds.push(enc.len());
    (enc, back, bounds)
}

/// `cleaner.patterns._bounded`: a phrase sits on word boundaries (where it starts or ends
/// with a letter or digit).
fn bounded(low: &str, start: usize, end: usize) -> bool {
    let word = |c: Option<char>| c.is_some_and(text::is_word);
    let before = |at: usize| low[..at].chars().next_back();
    let after = |at: usize| low[at..].chars().next();
    !((start > 0 && word(after(start)) && word(before(start)))
        || (end < low.len() && word(before(end)) && word(after(end))))
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
/// `Lexicon.scan` as (line, category, text, whole_line) tuples.
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
        Matcher::new(
            "xx",
            whole.iter().map(|(k, c)| (k.to_string(), *c)).collect(),
            phrases.iter().map(|(k, c)| (k.to_string(), *c)).collect(),
            regexes,
        )
        .unwrap()
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
