//! Repetition inside the document: pull-quotes and captions printed twice
//! (`cleaner/scorers/repetition.py`, `RepetitionScorer`).
//!
//! *What it scores*: lines that occur more than once in a document (their `normalise`d
//! text). *Why it signals boilerplate*: a pull-quote or caption repeats a sentence out of
//! its place. The copy that sits among the article's sentences is the article's; the
//! others are furniture. Two copies back to back (an image's alt text, then its caption)
//! lose the first.
//!
//! The article printed again as one line (a script's copy of its text, a feed or print
//! version run together): a line of at least `COPY_MIN_WORDS` words that holds at least
//! `COPY_MIN_LINES` other lines of the document whose words make at least `COPY_MIN_SHARE`
//! of its own. The copy line by line is the article's; the run-together one goes.
//!
//! *Reads*: each line's text, words and whether it is prose. No evidence.
//! *Adds*: `score:repetition`, `score:repetition.copy`.

use memchr::memmem;
use std::collections::{HashMap, HashSet};

use pyo3::prelude::*;

use crate::text;
use crate::bridge::PyDoc;
use crate::model::{Category, Detail, Doc};

/// Shorter repeated lines are menu items and buttons, left to the other scorers.
pub const MIN_WORDS: u32 = 6;
pub const DUPLICATE_WEIGHT: f64 = 2.0;
pub const COPY_MIN_WORDS: u32 = 300;
pub const COPY_MIN_LINES: usize = 10;
/// The lines counted as held: at least this many words (shorter ones recur by chance).
pub const COPY_LINE_WORDS: u32 = 8;
pub const COPY_MIN_SHARE: f64 = 0.4;
/// How many bytes of a line's key sort the lines first (enough to part most sentences).
const PREFIX_BYTES: usize = 24;

/// `RepetitionScorer`'s settings (its keyword arguments).
#[derive(Clone, Debug)]
pub struct Repetition {
    pub min_words: u32,
    pub duplicate_weight: f64,
}

impl Default for Repetition {
    fn default() -> Self {
        Repetition { min_words: MIN_WORDS, duplicate_weight: DUPLICATE_WEIGHT }
    }
}

impl Repetition {
    pub fn score(&self, doc: &mut Doc) {
        // Each line is in one group, and gets at most one piece of evidence: the order the
        // groups are visited in does not change any line's evidence.
        // Lines are sorted by the first bytes of their key (`text::normalise_prefix`), read
        // from the first few words only; the whole key is made for the lines that share
        // those with another line.
        let mut key = Vec::with_capacity(PREFIX_BYTES);
        let mut prefixes: Vec<(bool, [u8; PREFIX_BYTES], usize)> = Vec::new();
        for (i, line) in doc.lines.iter().enumerate() {
            if line.words >= self.min_words {
                let long = text::normalise_prefix(&line.text, PREFIX_BYTES, &mut key);
                let mut prefix = [0u8; PREFIX_BYTES];
                prefix[..key.len()].copy_from_slice(&key);
                prefixes.push((long, prefix, i));
            }
        }
        prefixes.sort_unstable();
        let mut copies: HashMap<String, Vec<usize>> = HashMap::new();
        for run in prefixes.chunk_by(|a, b| (a.0, a.1) == (b.0, b.1)) {
            if run.len() >= 2 {
                for &(_, _, i) in run {
                    copies.entry(text::normalise(&doc.lines[i].text)).or_default().push(i);
                }
            }
        }
        for indexes in copies.values() {
            if indexes.len() < 2 {
                continue;
            }
            let repeated = |j: usize| indexes.binary_search(&j).is_ok(); // (in line order)
            // The copy with the most prose neighbours (not copies themselves) is in place;
            // on a tie, the later one (pull-quotes and teasers come first). Only copies
            // with no prose beside them go: a subheading repeated in each section stays.
            let places: Vec<usize> = indexes.iter().map(|&i| in_place(doc, i, &repeated)).collect();
            let (home_k, &home) = indexes
                .iter()
                .enumerate()
                .max_by_key(|&(k, &i)| (places[k], i))
                .unwrap();
            let detail = Detail::number("repeats line {}", home + 1);
            for (k, &i) in indexes.iter().enumerate() {
                let adjacent = doc.neighbour(i, 1).is_some_and(&repeated); // alt text, then caption
                if i != home && ((places[k] == 0 && 0 < places[home_k]) || adjacent) {
                    doc.states[i].add(self.duplicate_weight, Some(Category::Duplicate),
                                      "score:repetition", detail.clone());
                }
            }
        }
        self.run_together_copies(doc);
    }

    /// The article again as one line (`COPY_MIN_WORDS`...): such a line gets the duplicate
    /// weight, unless it has it already as a copy of another line.
    fn run_together_copies(&self, doc: &mut Doc) {
        for i in 0..doc.len() {
            let line = &doc.lines[i];
            if line.words < COPY_MIN_WORDS || doc.states[i].category == Some(Category::Duplicate) {
                continue;
            }
            let (mut held, mut words) = (0usize, 0u32);
            let mut seen: HashSet<&str> = HashSet::new();
            for (j, other) in doc.lines.iter().enumerate() {
                if j != i
                    && other.words >= COPY_LINE_WORDS
                    && other.text.len() < line.text.len()
                    && seen.insert(other.text.as_str())
                    && holds(line.text.as_bytes(), other.text.as_bytes())
                {
                    held += 1;
                    words += other.words;
                }
            }
            if held >= COPY_MIN_LINES && words as f64 >= COPY_MIN_SHARE * line.words as f64 {
                let detail = Detail::number("holds {} other lines of the document: the article again, run together", held);
                doc.states[i].add(self.duplicate_weight, Some(Category::Duplicate),
                                  "score:repetition.copy", detail);
            }
        }
    }
}

/// The bytes of a line that `holds` looks for first.
const FIRST_BYTES: usize = 12;

/// Whether `hay` holds `needle`. Building memchr's searcher for a whole line costs more
/// than searching a long line with it, and most lines are not in the long one: a line is
/// looked for whole only where its first `FIRST_BYTES` are found.
fn holds(hay: &[u8], needle: &[u8]) -> bool {
    let first = &needle[..needle.len().min(FIRST_BYTES)];
    memmem::find(hay, first).is_some() && (first.len() == needle.len() || memmem::find(hay, needle).is_some())
}

/// How many of line i's two neighbours are prose that is not itself a copy.
fn in_place(doc: &Doc, i: usize, repeated: &impl Fn(usize) -> bool) -> usize {
    [doc.neighbour(i, -1), doc.neighbour(i, 1)]
        .into_iter()
        .flatten()
        .filter(|&j| !repeated(j) && doc.lines[j].prose)
        .count()
}

/// `cleaner.scorers.repetition.RepetitionScorer` in the core.
#[pyclass(name = "RepetitionScorer", module = "cleaner._core")]
pub struct PyRepetitionScorer {
    pub(crate) inner: Repetition,
}

#[pymethods]
impl PyRepetitionScorer {
    #[new]
    #[pyo3(signature = (*, min_words = MIN_WORDS, duplicate_weight = DUPLICATE_WEIGHT))]
    fn new(min_words: u32, duplicate_weight: f64) -> Self {
        PyRepetitionScorer { inner: Repetition { min_words, duplicate_weight } }
    }

    #[getter]
    fn name(&self) -> &'static str {
        "repetition"
    }

    /// Add this scorer's evidence to a core `Doc`, in place.
    fn score(&self, doc: &mut PyDoc) {
        self.inner.score(&mut doc.doc);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Reason;
    use crate::model::{Features, Shape};

    fn line(text: &str, words: u32, prose: bool) -> Features {
        Features { text: text.into(), words, terminal: prose, prose, ..Default::default() }
    }

    fn reasons(doc: &Doc, i: usize) -> &[Reason] {
        &doc.states[i].reasons
    }

    const QUOTE: &str = "“We will rebuild the bridge by next spring,” she said.";

    #[test]
    fn the_copy_among_sentences_stays_the_one_outside_goes() {
        let mut doc = Doc::new(vec![
            line(QUOTE, 10, false),
            line("Menu", 1, false),
            line("A paragraph of the article that runs on.", 20, true),
            line("  we will rebuild THE bridge by next spring,\u{201D} she said ", 10, false),
            line("Another paragraph of the article.", 20, true),
        ], Shape::Auto, "en", None);
        Repetition::default().score(&mut doc);
        assert_eq!(reasons(&doc, 0), vec![("score:repetition", "repeats line 4", DUPLICATE_WEIGHT)]);
        assert_eq!(doc.states[0].category, Some(Category::Duplicate));
        assert!(reasons(&doc, 3).is_empty());
    }

    #[test]
    fn copies_back_to_back_lose_the_first_and_ties_keep_the_later() {
        let mut doc = Doc::new(vec![
            line(QUOTE, 10, false),
            line("", 0, false),
            line(QUOTE, 10, false),
        ], Shape::Auto, "en", None);
        Repetition::default().score(&mut doc);
        assert_eq!(reasons(&doc, 0), vec![("score:repetition", "repeats line 3", DUPLICATE_WEIGHT)]);
        assert!(reasons(&doc, 2).is_empty());
    }

    fn paragraph(n: usize) -> String {
        format!("Paragraph {n} says the council met on Tuesday and voted to rebuild the old \
                 bridge across the river by next spring, at a cost of forty million pounds.")
    }

    #[test]
    fn the_article_run_together_in_one_line_goes_its_lines_stay() {
        let paragraphs: Vec<String> = (1..=12).map(paragraph).collect();
        let words = |t: &str| t.split_whitespace().count() as u32;
        let joined = paragraphs.join(" ");
        let mut lines: Vec<Features> = paragraphs.iter().map(|p| line(p, words(p), true)).collect();
        lines.push(line(&joined, words(&joined), true));
        let mut doc = Doc::new(lines, Shape::Auto, "en", None);
        Repetition::default().score(&mut doc);
        assert_eq!(doc.states[12].reasons.len(), 1);
        assert_eq!(doc.states[12].reasons[0].code, "score:repetition.copy");
        assert_eq!(doc.states[12].category, Some(Category::Duplicate));
        for i in 0..12 {
            assert!(reasons(&doc, i).is_empty(), "line {i}");
        }
        // A long line that holds a few of the others (a summary quoting them) stays.
        let few = format!("{} {}", paragraphs[..3].join(" "), "and more words ".repeat(100));
        let mut lines: Vec<Features> = paragraphs.iter().map(|p| line(p, words(p), true)).collect();
        lines.push(line(&few, words(&few), true));
        let mut doc = Doc::new(lines, Shape::Auto, "en", None);
        Repetition::default().score(&mut doc);
        assert!(reasons(&doc, 12).is_empty());
    }

    #[test]
    fn a_line_is_held_where_it_is_whole() {
        let hay = b"The council met on Tuesday. The vote was close. It passed.";
        assert!(holds(hay, b"The vote was close."));
        assert!(holds(hay, b"It passed."));  // (shorter than its first bytes)
        assert!(!holds(hay, b"The vote was postponed."));  // (its first bytes are there)
        assert!(!holds(hay, b"Nobody came."));
    }

    #[test]
    fn a_subheading_repeated_in_each_section_without_prose_beside_it_stays() {
        let mut doc = Doc::new(vec![
            line("Where to go and what to see", 7, false),
            line("Menu", 1, false),
            line("Where to go and what to see", 7, false),
            line("Short lines repeated twice", 4, false),
            line("Menu", 1, false),
            line("Short lines repeated twice", 4, false),
        ], Shape::Auto, "en", None);
        Repetition::default().score(&mut doc);
        for i in 0..6 {
            assert!(reasons(&doc, i).is_empty(), "line {i}");
        }
    }
}
