//! Lexicon and call-to-action evidence: the twin of `cleaner/scorers/lexicon.py`
//! (`LexiconScorer`).
//!
//! *What it scores*: lines holding entries of the language's boilerplate lexicons
//! (`crate::matcher`). Pitches, prompts and widgets reuse a small vocabulary ("Subscribe
//! now", "Sign up for our newsletter", "Most Popular"). Under a short related-articles
//! heading, the unfinished lines that follow are its list of headlines; a finished
//! sentence directly above a picture credit is the picture's caption. One entry decides
//! at most a paragraph: a line of more than `DECISIVE_MAX_WORDS` words and several
//! sentences is judged sentence by sentence (sentences end as lines do: `crate::lines`).
//!
//! *Reads*: each line's text and features, the page title (the first line) for the lists'
//! end, the document's shape. No other scorer's evidence.
//! *Adds*: `lexicon:LANG/CATEGORY` (entries), `score:call_to_action` (a hit beside "you"),
//! `score:lexicon.caption` (a sentence above a credit) and `score:lexicon.list` (a
//! heading's list of headlines), whose weight it also writes in `State::listed` for the
//! region scorer.

use std::collections::HashMap;
use std::sync::Arc;

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use regex::Regex;

use crate::bridge::PyDoc;
use crate::lines::CLOSERS;
use crate::matcher::{Hit, Matcher, PyMatcher};
use crate::model::{Category, Detail, Doc, Shape};
use crate::text;

/// A whole-line or anchored entry describes the line itself: decisive on its own.
pub const WHOLE_LINE_WEIGHT: f64 = 2.0;
/// A phrase hit weighs 1 on a line of up to this many words, and proportionally less on
/// longer lines: one "subscribe" in a 40-word paragraph is reporting, not a pitch.
pub const FULL_WEIGHT_MAX_WORDS: u32 = 12;
/// One entry decides at most a paragraph. A longer line of several sentences (a page whose
/// text came as one line, a whole article) is judged sentence by sentence: a hit condemns
/// its own sentence (fully when the sentence is short, as a phrase condemns a short line),
/// and the line weighs `WHOLE_LINE_WEIGHT` times the share of its text so condemned.
pub const DECISIVE_MAX_WORDS: u32 = 100;
/// Addressing the reader ("you", "your") beside a lexicon hit is what a pitch does.
pub const SECOND_PERSON_WEIGHT: f64 = 0.3;
/// A "Related" / "More from UK" / "Most popular" heading introduces a list of headlines:
/// the unfinished lines under it (up to the first finished sentence) are that list. Only a
/// short heading that is the whole line counts ("More: <headline>" is an item, not a
/// heading), and not a "Read more" button, which follows its teaser.
pub const LIST_HEADING_MAX_WORDS: u32 = 6;
pub const LIST_ITEM_MAX_WORDS: u32 = 25;
pub const LIST_MAX_ITEMS: usize = 25;
pub const LIST_ITEM_WEIGHT: f64 = 1.0;
pub const LIST_ITEM_CODE: &str = "score:lexicon.list";
/// A list never runs into the article's own headline: a line this like the page title
/// (Dice over word sets, as the region scorer finds the headline) ends it.
pub const LIST_STOP_TITLE_SIMILARITY: f64 = 0.8;
/// A finished sentence directly above a picture credit ("Michael Conroy, AP"; a short
/// caption-lexicon hit with no blank line between) is that picture's caption. Captions are
/// short: a longer paragraph there is a standfirst above the lead picture.
pub const CREDIT_MAX_WORDS: u32 = 10;
pub const CAPTION_MIN_WORDS: u32 = 5;
pub const CAPTION_MAX_WORDS: u32 = 40;
pub const CAPTION_ABOVE_CREDIT_WEIGHT: f64 = 2.0;

const ELLIPSIS: [&str; 2] = ["...", "…"];
const SENTENCE_ENDS: [char; 4] = ['.', '!', '?', '…'];

pub struct LexiconScorer {
    pub full_weight_max_words: u32,
    pub whole_line_weight: f64,
    pub second_person_weight: f64,
    pub decisive_max_words: u32,
    second_person: Regex,
    heading_with_item: Regex,
    button: Regex,
}

/// Python's `round(x, 3)` (correctly rounded, ties to even on the exact value: Rust's
/// formatting rounds the same way).
fn round3(x: f64) -> f64 {
    format!("{x:.3}").parse().expect("a formatted float")
}

impl LexiconScorer {
    pub fn new(full_weight_max_words: u32, whole_line_weight: f64, second_person_weight: f64,
               decisive_max_words: u32) -> LexiconScorer {
        // The Python scorer's patterns (the `regex` package's; its \w, \s, \b and simple
        // case folding are the crate's, Unicode versions aside).
        LexiconScorer {
            full_weight_max_words,
            whole_line_weight,
            second_person_weight,
            decisive_max_words,
            second_person: Regex::new(r"(?i)\b(?:you|your|you're|yours)\b").unwrap(),
            heading_with_item: Regex::new(r":\s*\S").unwrap(),
            button: Regex::new(r"(?i)^\W*(?:read more|also read|read also)\b").unwrap(),
        }
    }

    pub fn score(&self, doc: &mut Doc, matcher: &Matcher) {
        let texts: Vec<&str> = doc.lines.iter().map(|l| l.text.as_str()).collect();
        let hits = matcher.scan(&texts);
        drop(texts);
        let mut headings = Vec::new();
        // (by line: the hits are sorted by line)
        for hits in hits.chunk_by(|a, b| a.line == b.line) {
            let i = hits[0].line;
            let line = &doc.lines[i];
            let (words, chars) = (line.words, line.chars);
            let long = words > self.decisive_max_words;
            let strong: Option<&Hit> = if long {
                let key = text::normalise(&line.text);
                hits.iter().find(|h| h.whole_line && text::normalise(&h.text) == key)
            } else {
                hits.iter().find(|h| h.whole_line)
            };
            if let Some(hit) = strong {
                if hit.category == Category::Related && self.list_heading(&line.text, words) {
                    headings.push(i);
                }
                doc.states[i].add(self.whole_line_weight, Some(hit.category), matcher.code(hit.category),
                                  Detail::Repr(Arc::from(hit.text.as_str())));
                continue;
            }
            let anchored = hits.iter().find(|h| h.whole_line); // (anchored regexes: no key hit)
            let mut phrases: Vec<String> = Vec::new(); // (a set: insertion order is not read)
            for h in hits {
                let folded = text::casefold(&h.text);
                if !phrases.contains(&folded) {
                    phrases.push(folded);
                }
            }
            let category = most_common(hits);
            let detail = Detail::Reprs(Arc::from(phrases.join("\n")));
            let label = matcher.code(category);
            if long {
                let mut sentences = self.sentences(&line.text);
                if sentences.len() > 1 {
                    let (share, condemned) = self.condemned(&mut sentences, hits);
                    let state = &mut doc.states[i];
                    state.add(round3(self.whole_line_weight * share), Some(category), label,
                              format!("{}; {condemned} of {} sentences, {:.0}% of the text",
                                      detail.text(), sentences.len(), share * 100.0));
                    let pitch = if condemned > 0 {
                        sentences.iter().filter(|s| s.1).map(|s| s.0.as_str()).collect::<Vec<_>>().join(" ")
                    } else {
                        String::new()
                    };
                    if self.second_person.is_match(&pitch) {
                        state.add(round3(self.second_person_weight * share), Some(category),
                                  "score:call_to_action", "its pitching sentences address the reader");
                    }
                    continue;
                }
            }
            if let Some(a) = anchored {
                doc.states[i].add(self.whole_line_weight, Some(a.category), matcher.code(a.category),
                                  Detail::Repr(Arc::from(a.text.as_str())));
                continue;
            }
            // (every occurrence covers its part of the line: a share bar is the same few
            // phrases over and over)
            let covered: usize = hits.iter().map(|h| text::len(&h.text)).sum::<usize>().min(chars as usize);
            let weight = self.phrase_weight(phrases.len(), covered, words, chars as usize);
            let addresses = self.second_person.is_match(&line.text);
            let state = &mut doc.states[i];
            state.add(round3(weight), Some(category), label, detail);
            if addresses {
                state.add(self.second_person_weight, Some(category), "score:call_to_action",
                          "addresses the reader");
            }
        }
        let title = if headings.is_empty() { Vec::new() } else { self.title_words(doc) };
        headings.sort_unstable();
        for &i in &headings {
            self.list_under(doc, i, &title);
        }
        if doc.shape == Shape::Extract {
            return;
        }
        // (a credit changes only the line above it: the credits can be listed first)
        let credits: Vec<usize> = (1..doc.len())
            .filter(|&i| doc.states[i].category == Some(Category::Caption))
            .collect();
        let n = doc.len();
        for i in credits {
            if doc.states[i].score < 1.0 {
                continue;
            }
            let (line, above) = (&doc.lines[i], &doc.lines[i - 1]);
            // The pair stands as a block of its own (a blank line around it): in text without
            // blank lines (an extractor's output) a credit often just follows the last paragraph.
            let alone = (i < 2 || doc.lines[i - 2].text.is_empty())
                || (i + 1 < n && doc.lines[i + 1].text.is_empty());
            if alone && 0 < line.words && line.words <= CREDIT_MAX_WORDS && above.terminal
                && CAPTION_MIN_WORDS <= above.words && above.words < CAPTION_MAX_WORDS
                && doc.states[i - 1].score < 1.0
            {
                doc.states[i - 1].add(CAPTION_ABOVE_CREDIT_WEIGHT, Some(Category::Caption),
                                      "score:lexicon.caption",
                                      Detail::number("the caption above the picture credit on line {}", i + 1));
            }
        }
    }

    /// `count` phrases covering `covered` characters of a text: 1 each on a text of up to
    /// `full_weight_max_words` words, less on a longer one; or twice their share of its
    /// characters, if more.
    fn phrase_weight(&self, count: usize, covered: usize, words: u32, chars: usize) -> f64 {
        let scale = f64::min(1.0, self.full_weight_max_words as f64 / words.max(1) as f64);
        let a = count as f64 * scale;
        let b = 2.0 * covered as f64 / chars.max(1) as f64;
        if b > a { b } else { a }
    }

    /// The share of a line's characters its hits condemn (each sentence weighed as a line
    /// of its own, at most 1) and how many sentences hold a hit; marks those sentences.
    fn condemned(&self, sentences: &mut [(String, bool)], hits: &[Hit]) -> (f64, usize) {
        let total = sentences.iter().map(|s| text::len(&s.0)).sum::<usize>().max(1);
        let low: Vec<String> = sentences.iter().map(|s| text::lower_text(&[s.0.as_str()])).collect();
        let mut found: Vec<(usize, Vec<&Hit>)> = Vec::new(); // (insertion-ordered dict)
        let mut seen: HashMap<&str, usize> = HashMap::new(); // the n-th hit of a text: its n-th sentence
        for hit in hits {
            let holding: Vec<usize> = (0..low.len()).filter(|&k| low[k].contains(hit.text.as_str())).collect();
            if !holding.is_empty() {
                let n = seen.entry(hit.text.as_str()).or_insert(0);
                let k = holding[(*n).min(holding.len() - 1)];
                *n += 1;
                match found.iter_mut().find(|(j, _)| *j == k) {
                    Some((_, group)) => group.push(hit),
                    None => found.push((k, vec![hit])),
                }
            }
        }
        let mut condemned = 0.0;
        for (k, sentence_hits) in &found {
            sentences[*k].1 = true;
            let text = &sentences[*k].0;
            let chars = text::len(text);
            let weight = if sentence_hits.iter().any(|h| h.whole_line) {
                1.0 // an anchored entry describes its sentence
            } else {
                let mut phrases: Vec<&str> = Vec::new();
                for h in sentence_hits {
                    if !phrases.contains(&h.text.as_str()) {
                        phrases.push(&h.text);
                    }
                }
                let words = words_of(text).count() as u32;
                let covered = phrases.iter().map(|p| text::len(p)).sum();
                f64::min(1.0, self.phrase_weight(phrases.len(), covered, words, chars))
            };
            condemned += weight * chars as f64;
        }
        (f64::min(1.0, condemned / total as f64), found.len())
    }

    /// A line's sentences (`_SENTENCE_END.split`: after . ! ? …, closing quotes or
    /// brackets, then white space (the `regex` package's `\s`) before more text), each with
    /// false (no hit yet).
    fn sentences(&self, text: &str) -> Vec<(String, bool)> {
        let mut out = Vec::new();
        let chars: Vec<(usize, char)> = text.char_indices().collect();
        let mut piece = 0; // where the current piece starts (bytes)
        let mut k = 1;
        while k < chars.len() {
            if SENTENCE_ENDS.contains(&chars[k - 1].1) {
                let mut q = k;
                while q < chars.len() && CLOSERS.contains(&chars[q].1) {
                    q += 1;
                }
                let mut r = q;
                while r < chars.len() && text::rx_space(chars[r].1) {
                    r += 1;
                }
                if r > q && r < chars.len() {
                    out.push(&text[piece..chars[k].0]);
                    piece = chars[r].0;
                    k = r + 1;
                    continue;
                }
            }
            k += 1;
        }
        out.push(&text[piece..]);
        out.into_iter().filter(|t| !t.is_empty()).map(|t| (t.to_string(), false)).collect()
    }

    fn list_heading(&self, text: &str, words: u32) -> bool {
        words <= LIST_HEADING_MAX_WORDS && !self.heading_with_item.is_match(text) && !self.button.is_match(text)
    }

    /// The set of the `\w+` words of a casefolded text (sorted, deduplicated).
    fn words(&self, text: &str) -> Vec<String> {
        let folded = text::casefold(text);
        let mut words: Vec<String> = words_of(&folded).map(str::to_string).collect();
        words.sort_unstable();
        words.dedup();
        words
    }

    /// The words of the document's first line (a page's `<title>`), if it has several.
    fn title_words(&self, doc: &Doc) -> Vec<String> {
        let first = doc.lines.iter().map(|l| l.text.as_str()).find(|t| !t.is_empty()).unwrap_or("");
        let words = self.words(first);
        if words.len() >= 3 { words } else { Vec::new() }
    }

    fn likeness(&self, title: &[String], text: &str) -> f64 {
        // (`words`, borrowed from the folded text)
        let folded = text::casefold(text);
        let mut words: Vec<&str> = words_of(&folded).collect();
        words.sort_unstable();
        words.dedup();
        if title.is_empty() || words.is_empty() {
            return 0.0;
        }
        let common = words.iter().filter(|w| title.binary_search_by(|t| t.as_str().cmp(w)).is_ok()).count();
        (2 * common) as f64 / (title.len() + words.len()) as f64
    }

    /// Push out the headlines listed under a related-articles heading.
    fn list_under(&self, doc: &mut Doc, heading: usize, title: &[String]) {
        let mut items = 0;
        for k in heading + 1..doc.len() {
            let line = &doc.lines[k];
            if line.text.is_empty() {
                continue;
            }
            let state = &doc.states[k];
            if state.score >= 1.0 {
                return; // another widget (or the next heading) starts
            }
            if !title.is_empty() && self.likeness(title, &line.text) >= LIST_STOP_TITLE_SIMILARITY {
                return; // the page's own headline (a "More" menu sat above it)
            }
            if (line.terminal && !ELLIPSIS.iter().any(|e| line.text.ends_with(e))) || state.protected
                || line.words > LIST_ITEM_MAX_WORDS || items >= LIST_MAX_ITEMS
            {
                return;
            }
            items += 1;
            doc.states[k].listed += LIST_ITEM_WEIGHT;
            doc.states[k].add(LIST_ITEM_WEIGHT, Some(Category::Related), LIST_ITEM_CODE,
                              Detail::number("listed under the heading on line {}", heading + 1));
        }
    }
}

/// The words of a text: its runs of word characters (the crate's `\w+`, as the Python
/// scorer's `regex` package reads it).
fn words_of(text: &str) -> impl Iterator<Item = &str> {
    let word = |c: char| if c.is_ascii() { c.is_ascii_alphanumeric() || c == '_' } else { regex_syntax::is_word_character(c) };
    text.split(move |c: char| !word(c)).filter(|w| !w.is_empty())
}

/// The most frequent category of the hits (the first to reach it, on a tie).
fn most_common(hits: &[Hit]) -> Category {
    let mut counts: Vec<(Category, usize)> = Vec::new();
    for hit in hits {
        match counts.iter_mut().find(|(c, _)| *c == hit.category) {
            Some((_, n)) => *n += 1,
            None => counts.push((hit.category, 1)),
        }
    }
    let mut best = counts[0];
    for &(c, n) in &counts[1..] {
        if n > best.1 {
            best = (c, n);
        }
    }
    best.0
}

/// `cleaner._core.LexiconScorer(matchers, full_weight_max_words=12, whole_line_weight=2.0,
/// second_person_weight=0.3, decisive_max_words=100)`: `score(doc)` with the matcher of
/// the document's language.
#[pyclass(name = "LexiconScorer", module = "cleaner._core")]
pub struct PyLexiconScorer {
    scorer: LexiconScorer,
    matchers: HashMap<String, Arc<Matcher>>,
}

#[pymethods]
impl PyLexiconScorer {
    #[new]
    #[pyo3(signature = (matchers, full_weight_max_words = FULL_WEIGHT_MAX_WORDS,
                        whole_line_weight = WHOLE_LINE_WEIGHT,
                        second_person_weight = SECOND_PERSON_WEIGHT,
                        decisive_max_words = DECISIVE_MAX_WORDS))]
    fn py_new(matchers: Vec<PyRef<'_, PyMatcher>>, full_weight_max_words: u32, whole_line_weight: f64,
              second_person_weight: f64, decisive_max_words: u32) -> PyLexiconScorer {
        PyLexiconScorer {
            scorer: LexiconScorer::new(full_weight_max_words, whole_line_weight, second_person_weight,
                                       decisive_max_words),
            matchers: matchers.iter().map(|m| (m.inner.language.clone(), m.inner.clone())).collect(),
        }
    }

    /// Add a language's matcher (or replace it).
    fn add(&mut self, matcher: PyRef<'_, PyMatcher>) {
        self.matchers.insert(matcher.inner.language.clone(), matcher.inner.clone());
    }

    fn score(&self, doc: &mut PyDoc) -> PyResult<()> {
        let matcher = self.matchers.get(&doc.doc.language).ok_or_else(|| {
            PyValueError::new_err(format!("no lexicon matcher for language {:?}", doc.doc.language))
        })?;
        self.scorer.score(&mut doc.doc, matcher);
        Ok(())
    }
}

pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<PyLexiconScorer>()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::matcher::RegexSpec;
    use crate::model::Features;

    fn line(text: &str, words: u32, terminal: bool) -> Features {
        Features { text: text.into(), words, chars: text::len(text) as u32, terminal, ..Default::default() }
    }

    fn matcher() -> Matcher {
        let whole = [("most popular".to_string(), Category::Related), ("subscribe now".to_string(), Category::Subscription)];
        let phrases = vec![("subscribe".to_string(), Category::Subscription), ("newsletter".to_string(), Category::Newsletter)];
        let regexes = vec![RegexSpec {
            category: Category::Caption, starts: true, anchored: true, exact: "^photo:".into(),
            ascii: "^photo:".into(), loose: "^photo:".into(), look: vec![], ascii_look: vec![],
        }];
        Matcher::new("en", whole.into_iter().collect(), phrases, regexes).unwrap()
    }

    fn scorer() -> LexiconScorer {
        LexiconScorer::new(FULL_WEIGHT_MAX_WORDS, WHOLE_LINE_WEIGHT, SECOND_PERSON_WEIGHT, DECISIVE_MAX_WORDS)
    }

    #[test]
    fn a_whole_line_entry_is_decisive() {
        let mut doc = Doc::new(vec![line("Subscribe now", 2, false)], Shape::Auto, "en", None);
        scorer().score(&mut doc, &matcher());
        let s = &doc.states[0];
        assert_eq!(s.score, 2.0);
        assert_eq!(s.category, Some(Category::Subscription));
        assert_eq!(s.reasons[0].code, "lexicon:en/subscription");
        assert_eq!(s.reasons[0].detail, "'Subscribe now'");
    }

    #[test]
    fn a_phrase_in_a_long_line_weighs_less_and_you_adds() {
        let text = "You can subscribe to the paper at the front desk of the office downtown today";
        let mut doc = Doc::new(vec![line(text, 15, false)], Shape::Auto, "en", None);
        scorer().score(&mut doc, &matcher());
        let s = &doc.states[0];
        assert_eq!(s.reasons[0].weight, 0.8); // 12/15
        assert_eq!(s.reasons[0].detail, "'subscribe'");
        assert_eq!(s.reasons[1].code, "score:call_to_action");
        assert_eq!(s.reasons[1].weight, 0.3);
    }

    #[test]
    fn headlines_under_a_related_heading_are_its_list() {
        let lines = vec![
            line("Most popular", 2, false),
            line("Storm hits the coast", 4, false),
            line("", 0, false),
            line("Markets fall again", 3, false),
            line("The council met on Monday and agreed the budget.", 9, true),
            line("Another headline", 2, false),
        ];
        let mut doc = Doc::new(lines, Shape::Auto, "en", None);
        scorer().score(&mut doc, &matcher());
        assert_eq!(doc.states[1].reasons[0].code, LIST_ITEM_CODE);
        assert_eq!(doc.states[1].reasons[0].detail, "listed under the heading on line 1");
        assert_eq!(doc.states[3].reasons.len(), 1);
        assert!(doc.states[4].reasons.is_empty());
        assert!(doc.states[5].reasons.is_empty());
    }

    #[test]
    fn a_sentence_above_a_credit_is_its_caption() {
        let lines = vec![
            line("", 0, false),
            line("The mayor speaks to reporters outside the hall.", 8, true),
            line("Photo: Jane Doe", 3, false),
            line("", 0, false),
        ];
        let mut doc = Doc::new(lines, Shape::Page, "en", None);
        scorer().score(&mut doc, &matcher());
        assert_eq!(doc.states[2].score, 2.0);
        assert_eq!(doc.states[1].reasons[0].code, "score:lexicon.caption");
        assert_eq!(doc.states[1].reasons[0].detail, "the caption above the picture credit on line 3");
        let mut extract = Doc::new(doc.lines.clone(), Shape::Extract, "en", None);
        scorer().score(&mut extract, &matcher());
        assert!(extract.states[1].reasons.is_empty());
    }

    #[test]
    fn sentences_split_after_closing_punctuation_and_quotes() {
        let s = scorer();
        let got: Vec<String> = s.sentences("He said \"go.\" Then left! Done… ok?  ").into_iter().map(|x| x.0).collect();
        // (the closing quote belongs to the break between sentences, as in Python's split)
        assert_eq!(got, ["He said \"go.", "Then left!", "Done…", "ok?  "]);
        assert_eq!(round3(0.0625), 0.062);
    }

    #[test]
    fn words_are_the_crates_runs_of_word_characters() {
        let re = Regex::new(r"\w+").unwrap();
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let t = format!("a{c}b");
            assert_eq!(words_of(&t).collect::<Vec<_>>(), re.find_iter(&t).map(|m| m.as_str()).collect::<Vec<_>>(), "{c:?}");
        }
    }

    #[test]
    fn a_long_line_is_judged_by_sentence() {
        let mut words = String::new();
        for _ in 0..60 {
            words.push_str("word ");
        }
        let text = format!("{words}ends here. Subscribe to our newsletter. {words}ends.");
        let count = text.split_whitespace().count() as u32;
        let mut doc = Doc::new(vec![line(&text, count, true)], Shape::Auto, "en", None);
        scorer().score(&mut doc, &matcher());
        let r = &doc.states[0].reasons[0];
        // The pitch (28 of 643 characters) is condemned whole: 2 x 28/643.
        assert_eq!(r.weight, round3(2.0 * 28.0 / 643.0));
        assert_eq!(r.detail, "'newsletter', 'subscribe'; 1 of 3 sentences, 4% of the text");
    }
}
