//! The document the scorers read and add evidence to: each line's text and shape
//! features, and its evidence so far (score, category, the reasons in order).
//!
//! Mirrors `cleaner/lines.py` (`Line`, `Line.add`) and `cleaner/labels.py` (`Category`):
//! the same fields, the same arithmetic, in the same order, so that a port of a scorer
//! adds exactly the evidence its Python twin adds.

use std::borrow::Cow;
use std::fmt::Write;
use std::sync::Arc;

/// Why a dropped line is boilerplate, or what part of the article a kept line is.
/// The order and the names are those of `cleaner.labels.Category`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Category {
    Headline,
    Standfirst,
    Body,
    Subscription,
    Donation,
    Newsletter,
    Notification,
    Comments,
    Login,
    Social,
    Navigation,
    Related,
    Caption,
    Byline,
    Advertising,
    Cookie,
    Legal,
    Duplicate,
    Boilerplate,
}

pub const CATEGORIES: [Category; 19] = [
    Category::Headline, Category::Standfirst, Category::Body, Category::Subscription,
    Category::Donation, Category::Newsletter, Category::Notification, Category::Comments,
    Category::Login, Category::Social, Category::Navigation, Category::Related,
    Category::Caption, Category::Byline, Category::Advertising, Category::Cookie,
    Category::Legal, Category::Duplicate, Category::Boilerplate,
];

impl Category {
    pub fn name(self) -> &'static str {
        match self {
            Category::Headline => "headline",
            Category::Standfirst => "standfirst",
            Category::Body => "body",
            Category::Subscription => "subscription",
            Category::Donation => "donation",
            Category::Newsletter => "newsletter",
            Category::Notification => "notification",
            Category::Comments => "comments",
            Category::Login => "login",
            Category::Social => "social",
            Category::Navigation => "navigation",
            Category::Related => "related",
            Category::Caption => "caption",
            Category::Byline => "byline",
            Category::Advertising => "advertising",
            Category::Cookie => "cookie",
            Category::Legal => "legal",
            Category::Duplicate => "duplicate",
            Category::Boilerplate => "boilerplate",
        }
    }

    pub fn from_name(name: &str) -> Option<Category> {
        CATEGORIES.iter().copied().find(|c| c.name() == name)
    }

    /// Categories of kept lines (the article's parts).
    pub fn is_kept(self) -> bool {
        matches!(self, Category::Headline | Category::Standfirst | Category::Body)
    }
}

/// What the classifier says of a line (`cleaner.labels.Label`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Label {
    Keep,
    Drop,
    Short,
    Blank,
}

impl Label {
    pub fn name(self) -> &'static str {
        match self {
            Label::Keep => "keep",
            Label::Drop => "drop",
            Label::Short => "short",
            Label::Blank => "blank",
        }
    }

    pub fn from_name(name: &str) -> Option<Label> {
        match name {
            "keep" => Some(Label::Keep),
            "drop" => Some(Label::Drop),
            "short" => Some(Label::Short),
            "blank" => Some(Label::Blank),
            _ => None,
        }
    }
}

/// One piece of evidence: a stable code (`lexicon:en/subscription`, `score:byline.dateline`),
/// a detail for people, and its weight (positive: boilerplate; negative: article).
///
/// Kept as data, not words: a scorer's code is a `&'static str` and its detail a template
/// with the numbers that fill it (`Detail`); the words are made only when a caller asks for
/// them (`Detail::text`: the Python side's `Doc.states`, `--explain`, the digest).
#[derive(Clone, Debug, PartialEq)]
pub struct Reason {
    pub code: Code,
    pub detail: Detail,
    pub weight: f64,
}

/// (code, detail, weight), as the Python side sees a reason.
impl PartialEq<(&str, &str, f64)> for Reason {
    fn eq(&self, (code, detail, weight): &(&str, &str, f64)) -> bool {
        self.code == *code && self.detail == *detail && self.weight == *weight
    }
}

/// A reason's code: a scorer's own constant, or one made at run time (a lexicon's
/// `lexicon:<language>/<category>`, the codes of a scorer that runs in Python).
#[derive(Clone, Debug)]
pub enum Code {
    Static(&'static str),
    Shared(Arc<str>),
}

impl Code {
    pub fn as_str(&self) -> &str {
        match self {
            Code::Static(s) => s,
            Code::Shared(s) => s,
        }
    }
}

impl PartialEq for Code {
    fn eq(&self, other: &Code) -> bool {
        self.as_str() == other.as_str()
    }
}

impl PartialEq<&str> for Code {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl From<&'static str> for Code {
    fn from(code: &'static str) -> Code {
        Code::Static(code)
    }
}

/// (a code made at run time: copied once)
impl From<&String> for Code {
    fn from(code: &String) -> Code {
        Code::Shared(Arc::from(code.as_str()))
    }
}

impl From<String> for Code {
    fn from(code: String) -> Code {
        Code::Shared(Arc::from(code))
    }
}

impl From<Arc<str>> for Code {
    fn from(code: Arc<str>) -> Code {
        Code::Shared(code)
    }
}

/// A reason's detail, as the data its words are made from.
#[derive(Clone, Debug)]
pub enum Detail {
    /// Words fixed in the scorer.
    Static(&'static str),
    /// Words made once and shared by the lines they are said of (a document's article
    /// region), or made elsewhere (a lexicon's matched phrase, a Python scorer's detail).
    Shared(Arc<str>),
    /// A template whose `{}`s are the numbers in order (`"repeats line {}"`, line 4).
    Numbers(&'static str, [u32; 2]),
    /// A template whose `{s}` is the text and whose `{}` is the number.
    TextNumber(&'static str, Arc<str>, u32),
    /// A text, in Python's `repr` (a lexicon's whole-line entry as the line says it).
    Repr(Arc<str>),
    /// Texts, one a line: their `repr`s in Python's `str` order, joined by ", " (the
    /// phrases a lexicon found in a line).
    Reprs(Arc<str>),
}

impl Detail {
    /// A template with one number.
    pub fn number(template: &'static str, n: usize) -> Detail {
        Detail::Numbers(template, [n as u32, 0])
    }

    /// A template with two numbers.
    pub fn numbers(template: &'static str, a: usize, b: usize) -> Detail {
        Detail::Numbers(template, [a as u32, b as u32])
    }

    /// The words.
    pub fn text(&self) -> Cow<'_, str> {
        match self {
            Detail::Static(s) => Cow::Borrowed(s),
            Detail::Shared(s) => Cow::Borrowed(s),
            Detail::Numbers(template, numbers) => {
                let mut out = String::with_capacity(template.len() + 8);
                let mut numbers = numbers.iter();
                let mut parts = template.split("{}");
                out.push_str(parts.next().unwrap_or(""));
                for part in parts {
                    let _ = write!(out, "{}", numbers.next().expect("a number for each {}"));
                    out.push_str(part);
                }
                Cow::Owned(out)
            }
            Detail::TextNumber(template, text, number) => {
                Cow::Owned(template.replacen("{}", &number.to_string(), 1).replacen("{s}", text, 1))
            }
            Detail::Repr(text) => Cow::Owned(crate::text::repr(text)),
            Detail::Reprs(texts) => {
                let mut reprs: Vec<String> = texts.split('\n').map(crate::text::repr).collect();
                reprs.sort_unstable(); // (UTF-8 byte order is code point order: Python's)
                Cow::Owned(reprs.join(", "))
            }
        }
    }
}

impl PartialEq for Detail {
    fn eq(&self, other: &Detail) -> bool {
        self.text() == other.text()
    }
}

impl PartialEq<&str> for Detail {
    fn eq(&self, other: &&str) -> bool {
        self.text() == *other
    }
}

impl PartialEq<String> for Detail {
    fn eq(&self, other: &String) -> bool {
        self.text() == other.as_str()
    }
}

impl From<&'static str> for Detail {
    fn from(detail: &'static str) -> Detail {
        Detail::Static(detail)
    }
}

/// (words made for this one piece of evidence: copied once)
impl From<&String> for Detail {
    fn from(detail: &String) -> Detail {
        Detail::Shared(Arc::from(detail.as_str()))
    }
}

impl From<String> for Detail {
    fn from(detail: String) -> Detail {
        Detail::Shared(Arc::from(detail))
    }
}

impl From<&Arc<str>> for Detail {
    fn from(detail: &Arc<str>) -> Detail {
        Detail::Shared(Arc::clone(detail))
    }
}

/// A line's text and shape features (`cleaner.lines.split_lines`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Features {
    /// The line as it came (without its line end) where that is not `text`: most lines
    /// have no white space at either end, and keep one `String`, not two (`raw()`).
    pub padded: Option<String>,
    /// The raw line stripped of white space; empty for a blank line.
    pub text: String,
    pub words: u32,
    pub chars: u32,
    /// Ends like a sentence (closing punctuation, then quotes or brackets).
    pub terminal: bool,
    /// A finished sentence of at least `MIN_PROSE_WORDS` words.
    pub prose: bool,
    /// Characters for which Python's `str.isalpha` holds.
    pub letters: u32,
    /// Holds a character for which `str.isdigit` holds.
    pub digit: bool,
    /// Holds a decimal digit (`str.isdecimal`).
    pub decimal: bool,
}

impl Features {
    /// The features of a line with its raw text and that text stripped (`text`).
    pub fn new(raw: &str, text: &str) -> Features {
        Features { padded: Features::pad(raw, text), text: text.to_string(), ..Features::default() }
    }

    /// `padded` of a raw line and its stripped text.
    pub fn pad(raw: &str, text: &str) -> Option<String> {
        (raw != text).then(|| raw.to_string())
    }

    /// The line as it came (without its line end).
    pub fn raw(&self) -> &str {
        self.padded.as_deref().unwrap_or(&self.text)
    }
}

/// A line's evidence so far and its labels (`cleaner.lines.Line`'s mutable fields).
#[derive(Clone, Debug, PartialEq)]
pub struct State {
    pub score: f64,
    pub category: Option<Category>,
    pub protected: bool,
    /// A publisher rule decided this line; scorers cannot overturn it.
    pub forced: bool,
    /// The largest positive weight of its evidence.
    pub strongest: f64,
    /// The sum of its evidence's positive weights, in order.
    pub positive: f64,
    pub reasons: Vec<Reason>,
    pub first_label: Label,
    pub label: Label,
    /// The weight of the lexicon scorer's evidence that the line is an item of a list under
    /// a heading (`score:lexicon.list`); the region scorer does not count it as a wall.
    pub listed: f64,
    /// Named the article's headline (by the region scorer: the page title names it; by
    /// HTML mode's DOM scorer: the `<h1>` above the article); the roles read it.
    pub headline: bool,
    /// A heading inside the article (HTML mode's DOM scorer: an `<h2>`-`<h6>` in the
    /// article container); smoothing reads it.
    pub subheading: bool,
}

impl Default for State {
    fn default() -> Self {
        State {
            score: 0.0,
            category: None,
            protected: false,
            forced: false,
            strongest: 0.0,
            positive: 0.0,
            reasons: Vec::new(),
            first_label: Label::Keep,
            label: Label::Keep,
            listed: 0.0,
            headline: false,
            subheading: false,
        }
    }
}

impl State {
    /// Add evidence: `Line.add` / `_add_to_each_python`. The category is that of the
    /// strongest positive evidence (the first, on a tie).
    pub fn add(&mut self, weight: f64, category: Option<Category>, code: impl Into<Code>,
               detail: impl Into<Detail>) {
        if weight > 0.0 {
            if let Some(c) = category {
                if self.category.is_none() || weight > self.strongest {
                    self.category = Some(c);
                }
            }
            if weight > self.strongest {
                self.strongest = weight;
            }
            self.positive += weight;
        }
        self.score += weight;
        self.reasons.push(Reason { code: code.into(), detail: detail.into(), weight });
    }

    /// Record a reason without weight (`Line.note`).
    pub fn note(&mut self, code: impl Into<Code>, detail: impl Into<Detail>) {
        self.reasons.push(Reason { code: code.into(), detail: detail.into(), weight: 0.0 });
    }
}

/// What the input is (`cleaner.scorers.Shape`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    Auto,
    Page,
    Extract,
}

impl Shape {
    pub fn from_name(name: &str) -> Option<Shape> {
        match name {
            "auto" => Some(Shape::Auto),
            "page" => Some(Shape::Page),
            "extract" => Some(Shape::Extract),
            _ => None,
        }
    }
}

/// What a scorer sees (`cleaner.scorers.Document`): the lines, their evidence, the input's
/// shape, the language of the lexicon in use and the page's URL where known.
#[derive(Clone, Debug)]
pub struct Doc {
    pub lines: Vec<Features>,
    pub states: Vec<State>,
    pub shape: Shape,
    pub language: String,
    pub url: Option<String>,
}

impl Doc {
    pub fn new(lines: Vec<Features>, shape: Shape, language: &str, url: Option<String>) -> Doc {
        let mut states = vec![State::default(); lines.len()];
        for (state, line) in states.iter_mut().zip(&lines) {
            if line.text.is_empty() {
                state.first_label = Label::Blank;
                state.label = Label::Blank;
            }
        }
        Doc { lines, states, shape, language: language.to_string(), url }
    }

    pub fn len(&self) -> usize {
        self.lines.len()
    }

    pub fn is_empty(&self) -> bool {
        self.lines.is_empty()
    }

    /// The index of the nearest non-blank line above (`step = -1`) or below (`1`) line i
    /// (`cleaner.lines.neighbour`).
    pub fn neighbour(&self, i: usize, step: isize) -> Option<usize> {
        let mut j = i as isize + step;
        while j >= 0 && (j as usize) < self.lines.len() && self.lines[j as usize].text.is_empty() {
            j += step;
        }
        if j >= 0 && (j as usize) < self.lines.len() { Some(j as usize) } else { None }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn add_keeps_the_strongest_positive_category_first_on_a_tie() {
        let mut s = State::default();
        s.add(1.0, Some(Category::Social), "a", "");
        s.add(1.0, Some(Category::Related), "b", "");
        s.add(-0.5, Some(Category::Caption), "c", "");
        assert_eq!(s.category, Some(Category::Social));
        s.add(1.5, Some(Category::Caption), "d", "");
        assert_eq!(s.category, Some(Category::Caption));
        assert_eq!(s.score, 3.0);
        assert_eq!(s.positive, 3.5);
        assert_eq!(s.strongest, 1.5);
        assert_eq!(s.reasons.len(), 4);
    }

    #[test]
    fn category_names_round_trip() {
        for c in CATEGORIES {
            assert_eq!(Category::from_name(c.name()), Some(c));
        }
        assert_eq!(Category::from_name("nope"), None);
    }

    #[test]
    fn neighbour_skips_blank_lines() {
        let line = |t: &str| Features::new(t, t);
        let doc = Doc::new(vec![line("a"), line(""), line("b")], Shape::Auto, "en", None);
        assert_eq!(doc.neighbour(0, 1), Some(2));
        assert_eq!(doc.neighbour(2, -1), Some(0));
        assert_eq!(doc.neighbour(2, 1), None);
    }
}
