//! Line shape: length, sentence ending, letters versus symbols, link-like text
//! (`cleaner/scorers/shape.py`, `ShapeScorer`).
//!
//! *What it scores*: the form of a line, whatever its words. *Why it signals
//! boilerplate*: article paragraphs are long finished sentences; widgets are bare links,
//! symbols and fragments. A run of three or more feed teasers (a headline run into its
//! summary) is pushed out.
//!
//! The Python scorer's patterns (`regex` package) are read here by hand, each as the one
//! answer its backtracking can give; the character classes are the `regex` package's
//! (`crate::text::rx_*`).
//!
//! *Reads*: each line's text and features (words, prose, letters, characters). No evidence.
//! *Adds*: `score:shape.prose`, `score:shape.link`, `score:shape.symbols`, `score:shape.teaser`.

use pyo3::prelude::*;

use crate::text::{rx_digit, rx_lower, rx_space, rx_upper, rx_word};
use crate::bridge::PyDoc;
use crate::model::{Category, Detail, Doc, Features};

/// A finished sentence this long is the article's own text far more often than not.
pub const PROSE_KEEP_WEIGHT: f64 = -0.5;
pub const LONG_PROSE_WORDS: u32 = 40;
pub const LONG_PROSE_KEEP_WEIGHT: f64 = -1.0;
pub const LINK_WEIGHT: f64 = 1.5;
/// Below this share of letters a line is punctuation, numbers and symbols: "| | |", "© 2023".
pub const MIN_LETTER_RATIO: f64 = 0.5;
pub const SYMBOL_WEIGHT: f64 = 0.6;
/// A teaser as a news feed writes it (the headline run into its summary) has at least
/// this many words, and only a run of this many teasers in a row is pushed out.
pub const MIN_TEASER_WORDS: u32 = 12;
pub const MIN_TEASER_RUN: usize = 3;
pub const TEASER_WEIGHT: f64 = 2.0;

/// `ShapeScorer`'s settings (its keyword arguments).
#[derive(Clone, Debug)]
pub struct Shape {
    pub prose_keep_weight: f64,
    pub long_prose_words: u32,
    pub long_prose_keep_weight: f64,
    pub link_weight: f64,
    pub min_letter_ratio: f64,
    pub symbol_weight: f64,
}

impl Default for Shape {
    fn default() -> Self {
        Shape {
            prose_keep_weight: PROSE_KEEP_WEIGHT,
            long_prose_words: LONG_PROSE_WORDS,
            long_prose_keep_weight: LONG_PROSE_KEEP_WEIGHT,
            link_weight: LINK_WEIGHT,
            min_letter_ratio: MIN_LETTER_RATIO,
            symbol_weight: SYMBOL_WEIGHT,
        }
    }
}

impl Shape {
    pub fn score(&self, doc: &mut Doc) {
        // Python adds each line's one form reason in a first pass and the prose reasons
        // (grouped by length) in a second; a line gets at most one of them, so one pass
        // adds the same evidence to every line in the same order.
        for (line, state) in doc.lines.iter().zip(doc.states.iter_mut()) {
            let text = line.text.as_str();
            if text.is_empty() {
                continue;
            }
            if line.prose {
                let weight = if line.words >= self.long_prose_words {
                    self.long_prose_keep_weight
                } else {
                    self.prose_keep_weight
                };
                let detail = Detail::Numbers("{} words, ends a sentence", [line.words, 0]);
                state.add(weight, None, "score:shape.prose", detail);
            } else if !text.contains(' ') && may_link(text) && is_link(text) {
                state.add(self.link_weight, Some(Category::Navigation), "score:shape.link",
                          "a bare URL, domain or e-mail address");
            } else if (line.letters as f64) < self.min_letter_ratio * line.chars as f64
                && !table_row(text)
            {
                let detail = Detail::Numbers("{}/{} letters", [line.letters, line.chars]);
                state.add(self.symbol_weight, Some(Category::Boilerplate), "score:shape.symbols", detail);
            }
        }
        teasers(doc);
    }
}

/// Runs of at least `MIN_TEASER_RUN` feed teasers, one after the other (blank lines
/// between them do not break a run).
fn teasers(doc: &mut Doc) {
    let mut run: Vec<usize> = Vec::new();
    let n = doc.lines.len();
    for i in 0..=n {
        if i < n {
            let line = &doc.lines[i];
            if line.text.is_empty() {
                continue;
            }
            if teaser(line) {
                run.push(i);
                continue;
            }
        }
        if run.len() >= MIN_TEASER_RUN {
            let detail = Detail::number("one of {} headlines run into their summaries", run.len());
            for &j in &run {
                doc.states[j].add(TEASER_WEIGHT, Some(Category::Related), "score:shape.teaser",
                                  detail.clone());
            }
        }
        run.clear();
    }
}

/// The text's tokens: its runs of characters that are not the `regex` package's `\s`, as
/// byte ranges, and whether the text opens with a token.
fn tokens(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut chars = text.char_indices().peekable();
    std::iter::from_fn(move || {
        while let Some(&(_, c)) = chars.peek() {
            if !rx_space(c) {
                break;
            }
            chars.next();
        }
        let (start, _) = *chars.peek()?;
        let mut end = text.len();
        while let Some(&(k, c)) = chars.peek() {
            if rx_space(c) {
                end = k;
                break;
            }
            chars.next();
        }
        Some((start, end))
    })
}

/// A feed teaser: a headline run into its summary, seen either as a dateline in
/// capitals inside the line ("... return home from US NEW DELHI: Their ...") or as a
/// Title Case headline running into a sentence.
pub fn teaser(line: &Features) -> bool {
    if line.words < MIN_TEASER_WORDS {
        return false;
    }
    let text = line.text.as_str();
    // (Python first asks for a colon and `_CAPITALS_COLON`, which any inner dateline holds.)
    if text.contains(':') && inner_dateline(text) {
        return true;
    }
    match title_case_lead(text) {
        Some(end) => lower_pair(text, end),
        None => false,
    }
}

/// A dateline's capitals: `\p{Lu}`, full stops, apostrophes and hyphens.
fn dateline_char(c: char) -> bool {
    rx_upper(c) || matches!(c, '.' | '\'' | '’' | '-')
}

/// `^(?:\S+\s+){3,}(?:\p{Lu}[\p{Lu}.'’-]*\s+){0,2}\p{Lu}[\p{Lu}.'’-]{2,}:\s+\p{Lu}`:
/// whole tokens from the text's start, at least three, then a token that is a capital,
/// two or more dateline characters and a colon, then a token that opens with a capital.
/// (The middle group's up to two capital words can always be counted among the first
/// three or more tokens instead, so it adds no condition.)
fn inner_dateline(text: &str) -> bool {
    if text.chars().next().is_none_or(rx_space) {
        return false;
    }
    // (the colon ends a token of dateline characters, and a token that opens with a
    // capital follows it after a space: most lines with a colon have none such)
    let ends_dateline = |k: usize| {
        let after = &text[k + 1..];
        text[..k].chars().next_back().is_some_and(dateline_char)
            && after.chars().next().is_some_and(rx_space)
            && after.trim_start_matches(rx_space).chars().next().is_some_and(rx_upper)
    };
    if !text.match_indices(':').any(|(k, _)| ends_dateline(k)) {
        return false;
    }
    let mut toks = tokens(text).enumerate().peekable();
    while let Some((j, (a, b))) = toks.next() {
        let Some(&(_, (c, d))) = toks.peek() else { return false };
        let Some(head) = text[a..b].strip_suffix(':') else { continue };
        let mut chars = head.chars();
        if j >= 3
            && chars.next().is_some_and(rx_upper)
            && chars.clone().count() >= 2
            && chars.all(dateline_char)
            && text[c..d].chars().next().is_some_and(rx_upper)
        {
            return true;
        }
    }
    false
}

/// Whether a character can open a Title Case word: `[\p{Lu}\d‘'"“]`.
fn title_opener(c: char) -> bool {
    rx_upper(c) || rx_digit(c) || matches!(c, '‘' | '\'' | '"' | '“')
}

/// `(?:[\p{Lu}\d‘'"“][^\s,:;.]*\s+){5}[\p{Lu}\d‘'"“][^\s,:;.]*\s` matched at the text's
/// start: its first six tokens each open like a Title Case word and hold no comma, colon,
/// semicolon or full stop, and a space follows the sixth. The match's end (just after
/// that space), in bytes.
fn title_case_lead(text: &str) -> Option<usize> {
    if text.chars().next().is_none_or(rx_space) {
        return None;
    }
    let mut count = 0;
    for (a, b) in tokens(text) {
        let token = &text[a..b];
        let mut chars = token.chars();
        if !chars.next().is_some_and(title_opener) || chars.any(|c| matches!(c, ',' | ':' | ';' | '.')) {
            return None;
        }
        count += 1;
        if count == 6 {
            let space = text[b..].chars().next()?;
            return Some(b + space.len_utf8());
        }
    }
    None
}

/// `\s\p{Ll}+\s+\p{Ll}+\s` searched from byte `pos`: two tokens in a row, wholly
/// lower-case letters, the first after a space at or after `pos`, the second with a
/// space after it.
fn lower_pair(text: &str, pos: usize) -> bool {
    let lower = |a: usize, b: usize| text[a..b].chars().all(rx_lower);
    let mut previous: Option<(usize, usize)> = None;
    for (a, b) in tokens(text) {
        if let Some((pa, pb)) = previous {
            // (a token after `pos` has its space before it at `pos` or later)
            if pa > pos && lower(pa, pb) && b < text.len() && lower(a, b) {
                return true;
            }
        }
        previous = Some((a, b));
    }
    false
}

/// Whether `_LINK` could match: each of its forms holds a dot, a colon or an at sign.
fn may_link(text: &str) -> bool {
    text.contains(['.', ':', '@'])
}

fn word_or_hyphen(c: char) -> bool {
    rx_word(c) || c == '-'
}

/// `_LINK`: a bare URL, domain or e-mail address, the whole text:
/// `(?:https?://|www\.)\S+`, or `[\w-]+(?:\.[\w-]+)*\.(?-i:[a-z]{2,})(?:/\S*)?`, or
/// `[\w.+-]+@[\w-]+\.[\w.]+`.
pub fn is_link(text: &str) -> bool {
    // (`$` also matches before a final newline; a stripped line has none, but the
    // pattern's answer is kept.)
    let text = text.strip_suffix('\n').unwrap_or(text);
    url_form(text) || domain_form(text) || email_form(text)
}

fn url_form(text: &str) -> bool {
    ["http://", "https://", "www."].iter().any(|prefix| {
        text.strip_prefix(prefix)
            .is_some_and(|rest| !rest.is_empty() && !rest.chars().any(rx_space))
    })
}

/// A host of dot-separated `[\w-]+` labels, the last (at least the second) two or more
/// ASCII lower-case letters, then optionally a slash and non-space characters. (No label
/// holds a slash, so the host ends at the first one.)
fn domain_form(text: &str) -> bool {
    let (host, path) = match text.find('/') {
        Some(k) => (&text[..k], Some(&text[k + 1..])),
        None => (text, None),
    };
    if path.is_some_and(|p| p.chars().any(rx_space)) {
        return false;
    }
    let labels: Vec<&str> = host.split('.').collect();
    if labels.len() < 2 {
        return false;
    }
    let (last, others) = labels.split_last().unwrap();
    last.len() >= 2
        && last.bytes().all(|b| b.is_ascii_lowercase())
        && others.iter().all(|l| !l.is_empty() && l.chars().all(word_or_hyphen))
}

/// `[\w.+-]+@[\w-]+\.[\w.]+`: no part holds an at sign, so there is exactly one; the
/// domain's first dot ends its `[\w-]+`.
fn email_form(text: &str) -> bool {
    let Some((local, domain)) = text.split_once('@') else { return false };
    if local.is_empty() || !local.chars().all(|c| rx_word(c) || matches!(c, '.' | '+' | '-')) {
        return false;
    }
    let Some((name, rest)) = domain.split_once('.') else { return false };
    !name.is_empty()
        && name.chars().all(word_or_hyphen)
        && !rest.is_empty()
        && rest.chars().all(|c| rx_word(c) || c == '.')
}

/// "| Onions | 3 | 6 |": a table row as extractors write it is content, however numeric.
fn table_row(text: &str) -> bool {
    text.len() > 1 && text.starts_with('|') && text.ends_with('|')
}

/// `cleaner.scorers.shape.ShapeScorer` in the core.
#[pyclass(name = "ShapeScorer", module = "cleaner._core")]
pub struct PyShapeScorer {
    pub(crate) inner: Shape,
}

#[pymethods]
impl PyShapeScorer {
    #[new]
    #[pyo3(signature = (*, prose_keep_weight = PROSE_KEEP_WEIGHT, long_prose_words = LONG_PROSE_WORDS,
                        long_prose_keep_weight = LONG_PROSE_KEEP_WEIGHT, link_weight = LINK_WEIGHT,
                        min_letter_ratio = MIN_LETTER_RATIO, symbol_weight = SYMBOL_WEIGHT))]
    fn new(prose_keep_weight: f64, long_prose_words: u32, long_prose_keep_weight: f64,
           link_weight: f64, min_letter_ratio: f64, symbol_weight: f64) -> Self {
        PyShapeScorer {
            inner: Shape {
                prose_keep_weight,
                long_prose_words,
                long_prose_keep_weight,
                link_weight,
                min_letter_ratio,
                symbol_weight,
            },
        }
    }

    #[getter]
    fn name(&self) -> &'static str {
        "shape"
    }

    /// Add this scorer's evidence to a core `Doc`, in place.
    fn score(&self, doc: &mut PyDoc) {
        self.inner.score(&mut doc.doc);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Shape as InputShape;

    fn line(text: &str, words: u32, prose: bool, letters: u32) -> Features {
        Features {
            text: text.to_string(),
            words,
            chars: text.chars().count() as u32,
            terminal: prose,
            prose,
            letters,
            ..Default::default()
        }
    }

    fn doc(lines: Vec<Features>) -> Doc {
        Doc::new(lines, InputShape::Auto, "en", None)
    }

    fn codes(doc: &Doc, i: usize) -> Vec<(String, String, f64)> {
        doc.states[i].reasons.iter().map(|r| (r.code.as_str().to_string(), r.detail.text().into_owned(), r.weight)).collect()
    }

    #[test]
    fn bare_urls_domains_and_addresses_are_links() {
        for text in ["kremlin.ru", "https://example.com/a?b=c", "www.x", "news.bbc.co.uk/sport",
                     "jane.doe+news@mail.example.org", "my-site.info", "état.fr"] {
            assert!(is_link(text), "{text}");
        }
        for text in ["Home", "example.COM", "a.b1", "file.c", "x@y", "@x.org", "a..com", "http://",
                     "example.com/a\u{A0}b", ".com", "HTTP://x.org/"] {
            assert!(!is_link(text), "{text}");
        }
    }

    #[test]
    fn prose_gets_a_keep_push_by_length_links_and_symbols_a_drop_push() {
        let mut d = doc(vec![
            line("kremlin.ru", 2, false, 9),
            line("A finished sentence.", 20, true, 17),
            line("A finished sentence.", 45, true, 17),
            line("© 2023 | | |", 1, false, 0),
            line("| 3 | 6 |", 2, false, 0),
            line("", 0, false, 0),
        ]);
        Shape::default().score(&mut d);
        assert_eq!(codes(&d, 0), vec![("score:shape.link".into(),
                   "a bare URL, domain or e-mail address".into(), LINK_WEIGHT)]);
        assert_eq!(d.states[0].category, Some(Category::Navigation));
        assert_eq!(codes(&d, 1), vec![("score:shape.prose".into(), "20 words, ends a sentence".into(),
                   PROSE_KEEP_WEIGHT)]);
        assert_eq!(codes(&d, 2)[0].2, LONG_PROSE_KEEP_WEIGHT);
        assert_eq!(codes(&d, 3), vec![("score:shape.symbols".into(), "0/12 letters".into(),
                   SYMBOL_WEIGHT)]);
        assert!(codes(&d, 4).is_empty(), "a table row is content");
        assert!(codes(&d, 5).is_empty());
    }

    #[test]
    fn half_letters_is_not_symbols() {
        let mut d = doc(vec![line("ab12", 1, false, 2)]);
        Shape::default().score(&mut d);
        assert!(codes(&d, 0).is_empty());
    }

    #[test]
    fn a_dateline_inside_the_line_makes_a_teaser() {
        let t = |s: &str| line(s, 14, false, 0);
        assert!(teaser(&t("Three students return home from US NEW DELHI: Their flight landed late on a Sunday")));
        assert!(teaser(&t("one two three AB.C: Then it goes on and on and on and on further")));
        // Fewer than three words before the dateline, or no capital after it.
        assert!(!teaser(&t("one two DELHI: Their flight landed late on a Sunday night x y z")));
        assert!(!teaser(&t("one two three DELHI: their flight landed late on a Sunday night x")));
        // An ordinary colon before the dateline; spaces after it; none after it, or a colon
        // more before it.
        assert!(teaser(&t("He said: no. Then three students from US NEW DELHI: Their flight landed")));
        assert!(teaser(&t("one two three AB.C: \u{a0} Then it goes on and on and on and on further")));
        assert!(!teaser(&t("one two three DELHI:Their flight landed late on a Sunday night x y")));
        assert!(!teaser(&t("one two three DELHI:: Their flight landed late on a Sunday night x")));
        // Too short a line is no teaser.
        assert!(!teaser(&line("one two three DELHI: Their flight", 6, false, 0)));
    }

    #[test]
    fn a_title_case_headline_run_into_a_sentence_makes_a_teaser() {
        let t = |s: &str| line(s, 14, false, 0);
        assert!(teaser(&t("Customers Leave Without Paying Big Bill At Troy A party of six left")));
        // A dollar sign does not open a Title Case word.
        assert!(!teaser(&t("Customers Leave Without Paying $690 Bill At Troy Steakhouse A party of six left")));
        assert!(teaser(&t("“Quoted Headline Goes Here For 2024 Now the rest follows here today")));
        // The lower-case pair must come after the sixth word's space.
        assert!(!teaser(&t("Customers Leave Without Paying Bill Now Party Of Six Left Early Today Yes")));
        // A comma inside the first six words breaks the lead.
        assert!(!teaser(&t("Customers Leave, Without Paying Big Bill and then they left quickly too")));
        // The pair's second word needs a space after it.
        assert!(!teaser(&t("One Two Three Four Five Six Seven Eight Nine Ten eleven twelve")));
    }

    #[test]
    fn only_runs_of_three_teasers_are_pushed() {
        let teaser_text = "Customers Leave Without Paying Big Bill At Troy A party of six left";
        let mut d = doc(vec![
            line(teaser_text, 14, false, 50),
            line("", 0, false, 0),
            line(teaser_text, 14, false, 50),
            line(teaser_text, 14, false, 50),
            line("Other", 1, false, 5),
            line(teaser_text, 14, false, 50),
            line(teaser_text, 14, false, 50),
        ]);
        Shape::default().score(&mut d);
        for i in [0, 2, 3] {
            assert_eq!(codes(&d, i), vec![("score:shape.teaser".into(),
                       "one of 3 headlines run into their summaries".into(), TEASER_WEIGHT)]);
            assert_eq!(d.states[i].category, Some(Category::Related));
        }
        for i in [4, 5, 6] {
            assert!(codes(&d, i).is_empty());
        }
    }
}
