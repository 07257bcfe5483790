//! HTML mode's token lexicons (`cleaner.html.tokens`): what the names of an element say
//! it is. An element's names are its class, id, aria-label and itemprop values and its short
//! data-* values; they are cut into lower-case tokens at every non-letter and at every
//! lower-to-upper case change (`relatedArticles` and `related-articles` both read
//! `related articles`), and an entry of one or more tokens matches a run of the same tokens.
//!
//! Python loads and checks the lexicons (`rules/dom/<category>.txt`) and walks the page;
//! this reads the attributes of one element at a time, as selectolax gives them (a dict).

use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex};

use pyo3::exceptions::PyIndexError;
use pyo3::prelude::*;
use pyo3::types::{PyBool, PyDict, PyString, PyTuple};

use crate::text::{self, FastHash};
use crate::bridge::PyDoc;
use crate::dom_analysis::{Css, PyPageDom};
use crate::walk::PyWalkedElements;

/// data-* values longer than this are tracking payloads, JSON or URLs, not names.
const MAX_DATA_VALUE_CHARS: usize = 60;
/// A class or id of more hyphenated words than this is a slug made from the article's own
/// title ("zendaya-promoted-dune-part-two-in-london-..."), not a name for what it is.
const MAX_NAME_HYPHENS: usize = 6;
/// Attributes whose values name what an element is (and every data-* attribute's value).
const NAME_ATTRIBUTES: [&str; 4] = ["class", "id", "aria-label", "itemprop"];

/// The entries of the token lexicons (entry -> its category), as `cleaner.html.tokens`
/// loaded them.
pub struct Tokens {
    entries: HashMap<String, usize>, // -> index into `categories`
    categories: Vec<String>,
    firsts: HashSet<String>, // the first tokens of the entries
    longest: usize,          // the most tokens of an entry
    unnamed: String,         // a data-* attribute that is no name (the publisher rules' mark)
}

impl Tokens {
    pub fn new<'a>(entries: impl IntoIterator<Item = (&'a str, &'a str)>, unnamed: &str) -> Tokens {
        let mut out = Tokens { entries: HashMap::new(), categories: Vec::new(),
                               firsts: HashSet::new(), longest: 0, unnamed: unnamed.to_string() };
        for (entry, category) in entries {
            let index = match out.categories.iter().position(|c| c == category) {
                Some(i) => i,
                None => {
                    out.categories.push(category.to_string());
                    out.categories.len() - 1
                }
            };
            out.entries.insert(entry.to_string(), index);
            out.firsts.insert(entry.split(' ').next().unwrap_or("").to_string());
            out.longest = out.longest.max(entry.split(' ').count());
        }
        out
    }

    /// The entries an element's names hold (`names`: its attributes in order, a value
    /// `None` for one without), with their categories: unigrams first, then longer
    /// entries, each group in the order they appear (the first hit speaks for it).
    pub fn hits<'a>(&self, names: impl IntoIterator<Item = (&'a str, Option<&'a str>)>)
                    -> Vec<(usize, String)> {
        // The tokens, lower case, one after another in `buf`; `words`: their spans.
        let (mut buf, mut words) = (String::new(), Vec::new());
        for (key, value) in names {
            let Some(value) = value.filter(|v| !v.is_empty()) else { continue };
            if NAME_ATTRIBUTES.contains(&key) {
                let slug = hyphens(value) > MAX_NAME_HYPHENS;
                if key == "class" && (value.contains([':', '[']) || slug) {
                    // (the names are read as tokens: a value none of whose names is left
                    // out reads as it is)
                    for name in text::split(value).filter(|v| names_it(v)) {
                        push_tokens(name, &mut buf, &mut words);
                    }
                } else if slug {  // (a slug among the names?)
                    for name in text::split(value).filter(|v| hyphens(v) <= MAX_NAME_HYPHENS) {
                        push_tokens(name, &mut buf, &mut words);
                    }
                } else {
                    push_tokens(value, &mut buf, &mut words);
                }
            } else if self.names_by_data(key, value) {
                push_tokens(value, &mut buf, &mut words);
            }
        }
        let mut found: Vec<(usize, String)> = Vec::new(); // (category, entry)
        let mut key = String::new();
        for (i, &(start, end)) in words.iter().enumerate() {
            if !self.firsts.contains(&buf[start..end]) {
                continue; // (no entry starts with it: most words)
            }
            key.clear();
            for (n, &(start, end)) in words[i..words.len().min(i + self.longest)].iter().enumerate() {
                if n > 0 {
                    key.push(' ');
                }
                key.push_str(&buf[start..end]);
                if let Some(&category) = self.entries.get(key.as_str()) {
                    if !found.iter().any(|(_, e)| *e == key) {
                        found.push((category, key.clone()));
                    }
                }
            }
        }
        found.sort_by_key(|(_, entry)| entry.matches(' ').count()); // (stable)
        found
    }

}

impl Tokens {
    /// Whether an attribute's value is a data-* name (short, no URL or JSON).
    fn names_by_data(&self, key: &str, value: &str) -> bool {
        key.starts_with("data-") && text::len(value) <= MAX_DATA_VALUE_CHARS
            && !value.contains(['/', '{']) && key != self.unnamed
    }
}

fn hyphens(value: &str) -> usize {
    value.matches('-').count()
}

/// Whether one class name can say what its element is. Not a slug of the article's title
/// (more than `MAX_NAME_HYPHENS` hyphens), and not a utility class with a variant
/// (`md:hidden`, `[&>figcaption]:mt-2`, `desktop:px-0`): those say how the element or its
/// children are styled.
fn names_it(name: &str) -> bool {
    hyphens(name) <= MAX_NAME_HYPHENS && !name.contains([':', '['])
}

/// The lower-case tokens of a name: runs of capitals (not the one that begins a word), a
/// word of small letters after at most one capital, runs of digits (the regex
/// `[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+`, found left to right); anything else separates.
fn push_tokens(value: &str, buf: &mut String, words: &mut Vec<(usize, usize)>) {
    let bytes = value.as_bytes();
    let run = |from: usize, f: fn(&u8) -> bool| {
        from + bytes[from..].iter().take_while(|b| f(b)).count()
    };
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let end = if b.is_ascii_uppercase() {
            let upper = run(i, u8::is_ascii_uppercase);
            if upper == bytes.len() || !bytes[upper].is_ascii_lowercase() {
                upper
            } else if upper - i >= 2 {
                upper - 1 // (the last capital begins the next word)
            } else {
                run(upper, u8::is_ascii_lowercase)
            }
        } else if b.is_ascii_lowercase() {
            run(i, u8::is_ascii_lowercase)
        } else if b.is_ascii_digit() {
            run(i, u8::is_ascii_digit)
        } else {
            i += 1;
            continue;
        };
        let start = buf.len();
        buf.extend(value[i..end].chars().map(|c| c.to_ascii_lowercase()));
        words.push((start, buf.len()));
        i = end;
    }
}

/// What an element's own tag and attributes say (`cleaner.html.dom.ElementFacts`).
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Facts {
    pub landmark: Option<usize>, // an index into `PyElementReader::categories`
    pub article: bool,
    pub dropping: bool,
    pub mark: Option<String>,
    pub hits: Vec<(usize, String)>, // (an index into `Tokens::categories`, the entry)
}

/// `cleaner._core.ElementReader`: an element's facts from its tag and attributes, with
/// the token lexicons and the tables of `cleaner.html.dom` (landmarks by tag and by ARIA
/// role, the itemprops of the article's text, the publisher rules' mark, the token
/// lexicons' category of the article's own element).
#[pyclass(name = "ElementReader", module = "cleaner._core", frozen)]
pub struct PyElementReader {
    tokens: Tokens,
    landmark_tags: HashMap<String, usize>,
    landmark_roles: HashMap<String, usize>,
    categories: Vec<String>, // the landmarks' categories
    itemprops: HashSet<String>,
    mark: String,
    article: String,
    marks: (String, String, String), // the mark's values: container, keep, the drop prefix
    // The facts of the elements read so far, by what of an element they depend on
    // (`facts_key`): a page repeats its markup, a site its pages'; up to MAX_KNOWN_FACTS.
    known: Mutex<HashMap<String, Arc<Facts>, FastHash>>,
}

/// How many elements' facts a reader keeps (each by a key of its tag and names: a few
/// hundred bytes at most).
const MAX_KNOWN_FACTS: usize = 50_000;

impl PyElementReader {
    pub fn token_category(&self, category: usize) -> &str {
        &self.tokens.categories[category]
    }

    pub fn landmark_category(&self, landmark: usize) -> &str {
        &self.categories[landmark]
    }

    /// The token lexicons' category of the article's own element.
    pub fn article_category(&self) -> &str {
        &self.article
    }

    pub fn container_mark(&self) -> &str {
        &self.marks.0
    }

    pub fn keep_mark(&self) -> &str {
        &self.marks.1
    }

    pub fn drop_prefix(&self) -> &str {
        &self.marks.2
    }

    /// What of an element its facts depend on: its tag, and its attributes that name it
    /// (class, id, aria-label, itemprop, role, the publisher rules' mark, data-* names), in
    /// order, written into `key`.
    fn facts_key<'a>(&self, tag: &str, names: impl Iterator<Item = (&'a str, Option<&'a str>)>,
                     key: &mut String) {
        key.clear();
        key.push_str(tag);
        for (name, value) in names {
            let kept = NAME_ATTRIBUTES.contains(&name) || name == "role" || name == self.mark
                || value.is_some_and(|v| self.tokens.names_by_data(name, v));
            if kept {
                key.extend(['\0', if value.is_some() { '=' } else { '-' }]);
                key.push_str(name);
                key.push('\0');
                key.push_str(value.unwrap_or(""));
            }
        }
    }

    /// The facts of some of a walk's elements: for each, an index into the distinct facts
    /// among them.
    pub fn facts_of_walked(&self, walked: &PyWalkedElements, elements: &[usize])
                           -> PyResult<(Vec<usize>, Vec<Arc<Facts>>)> {
        let mut known = self.known.lock().unwrap_or_else(|e| e.into_inner());
        let mut page: HashMap<*const Facts, usize, FastHash> = HashMap::default();
        let (mut ids, mut distinct) = (Vec::with_capacity(elements.len()), Vec::new());
        let (mut key, mut names) = (String::new(), Vec::new());
        for &e in elements {
            if e >= walked.len() {
                return Err(PyIndexError::new_err(format!("no element {e} in the walk")));
            }
            self.facts_key(walked.tag(e), walked.attributes(e), &mut key);
            let facts = match known.get(key.as_str()) {
                Some(facts) => Arc::clone(facts),
                None => {
                    names.clear();
                    names.extend(walked.attributes(e));
                    let facts = Arc::new(self.facts(walked.tag(e), &names));
                    if known.len() < MAX_KNOWN_FACTS {
                        known.insert(key.clone(), Arc::clone(&facts));
                    }
                    facts
                }
            };
            let id = *page.entry(Arc::as_ptr(&facts)).or_insert_with(|| {
                distinct.push(Arc::clone(&facts));
                distinct.len() - 1
            });
            ids.push(id);
        }
        Ok((ids, distinct))
    }

    fn category(&self, name: &str) -> usize {
        self.categories.iter().position(|c| c == name).expect("a landmark's category")
    }

    /// The facts of an element from its tag and its attributes (`names`: in order, a
    /// value `None` for one without).
    fn facts(&self, tag: &str, names: &[(&str, Option<&str>)]) -> Facts {
        let mut facts = Facts { landmark: self.landmark_tags.get(tag).copied(), article: false,
                                dropping: false, mark: None, hits: Vec::new() };
        if names.is_empty() {
            return facts;
        }
        let get = |name: &str| names.iter().find(|(k, _)| *k == name).and_then(|(_, v)| *v);
        facts.mark = get(&self.mark).map(str::to_string);
        let role = get("role").filter(|r| !r.is_empty()).map(|r| text::lower(text::strip(r)));
        if let Some(landmark) = role.as_deref().and_then(|r| self.landmark_roles.get(r)) {
            facts.landmark = Some(*landmark);
        }
        if get("itemprop").is_some_and(|v| self.itemprops.contains(&text::lower(text::strip(v)))) {
            facts.article = true;
        }
        facts.hits = self.tokens.hits(names.iter().copied());
        for (category, _) in &facts.hits {
            if self.tokens.categories[*category] == self.article {
                facts.article = true;
            } else {
                facts.dropping = true;
            }
        }
        if tag == "main" || role.as_deref() == Some("main") {
            // The page's own word that it holds its main content: its class names say how
            // it is laid out ("has-sidebar"), not that it is a widget.
            facts.dropping = false;
        }
        facts
    }

    /// The facts of an element whose attributes are a selectolax `attributes` dict.
    fn facts_of_dict(&self, tag: &str, attrs: &Bound<'_, PyAny>) -> PyResult<Facts> {
        let attrs = attrs.cast::<PyDict>()?;
        let mut bound = Vec::with_capacity(attrs.len());
        for (key, value) in attrs.iter() {
            let value = if value.is_none() { None } else { Some(value.cast_into::<PyString>()?) };
            bound.push((key.cast_into::<PyString>()?, value));
        }
        let names: Vec<_> = bound.iter()
            .map(|(k, v)| (k.to_string_lossy(), v.as_ref().map(|v| v.to_string_lossy())))
            .collect();
        let names: Vec<_> = names.iter().map(|(k, v)| (k.as_ref(), v.as_deref())).collect();
        Ok(self.facts(tag, &names))
    }

    /// Facts as Python sees them: `(landmark, article, dropping, mark, hits)`, `hits` a
    /// tuple of (category, entry).
    fn facts_tuple<'py>(&self, py: Python<'py>, facts: &Facts) -> PyResult<Bound<'py, PyTuple>> {
        let hits = PyTuple::new(py, facts.hits.iter().map(|(c, entry)| {
            (self.tokens.categories[*c].as_str(), entry.as_str())
        }))?;
        PyTuple::new(py, [
            facts.landmark.map(|l| self.categories[l].as_str()).into_pyobject(py)?.into_any(),
            PyBool::new(py, facts.article).to_owned().into_any(),
            PyBool::new(py, facts.dropping).to_owned().into_any(),
            facts.mark.as_deref().into_pyobject(py)?.into_any(),
            hits.into_any(),
        ])
    }
}

#[pymethods]
impl PyElementReader {
    #[new]
    fn new(entries: HashMap<String, String>, mark: String, article: String,
           landmark_tags: HashMap<String, String>, landmark_roles: HashMap<String, String>,
           itemprops: HashSet<String>, marks: (String, String, String)) -> PyElementReader {
        let tokens = Tokens::new(entries.iter().map(|(e, c)| (e.as_str(), c.as_str())), &mark);
        let mut reader = PyElementReader { tokens, landmark_tags: HashMap::new(),
                                           landmark_roles: HashMap::new(), categories: Vec::new(),
                                           itemprops, mark, article, marks,
                                           known: Mutex::new(HashMap::default()) };
        for category in landmark_tags.values().chain(landmark_roles.values()) {
            if !reader.categories.contains(category) {
                reader.categories.push(category.clone());
            }
        }
        reader.landmark_tags = landmark_tags.iter().map(|(t, c)| (t.clone(), reader.category(c))).collect();
        reader.landmark_roles = landmark_roles.iter().map(|(r, c)| (r.clone(), reader.category(c))).collect();
        reader
    }

    /// The facts of an element of tag `tag` whose attributes are the dict `attrs`:
    /// `(landmark, article, dropping, mark, hits)`, `hits` a tuple of (category, entry).
    fn read<'py>(&self, py: Python<'py>, tag: &str, attrs: &Bound<'py, PyAny>)
                 -> PyResult<Bound<'py, PyTuple>> {
        self.facts_tuple(py, &self.facts_of_dict(tag, attrs)?)
    }

    /// The facts of some of a walk's elements (`cleaner.html.blocks.Walk`'s `elements`), as
    /// `read` gives them.
    fn read_walked<'py>(&self, py: Python<'py>, walked: PyRef<'py, PyWalkedElements>,
                        elements: Vec<usize>) -> PyResult<Vec<Bound<'py, PyTuple>>> {
        let (ids, distinct) = self.facts_of_walked(&walked, &elements)?;
        ids.into_iter().map(|id| self.facts_tuple(py, &distinct[id])).collect()
    }

    /// The DOM analysis of a walked page (`cleaner.html.dom.analyse`): `walked`, the walk's
    /// elements and lines; `doc`, the core's document of its lines (as the publisher rules
    /// left them); `ld_bodies` and `ld_descriptions`, the JSON-LD articleBody and
    /// description texts; `titled`, whether the page has a title, and `similarity(text)`,
    /// how like it a line's text is; `css`, the publisher's CSS rules: `(key, names a
    /// container, describe(mark))`.
    #[allow(clippy::too_many_arguments)]
    #[pyo3(signature = (walked, doc, ld_bodies, ld_descriptions, titled, similarity, css = None))]
    fn analyse<'py>(&self, walked: PyRef<'py, PyWalkedElements>, doc: PyRef<'py, PyDoc>,
                    ld_bodies: Vec<String>, ld_descriptions: Vec<String>, titled: bool,
                    similarity: Bound<'py, PyAny>,
                    css: Option<(String, bool, Bound<'py, PyAny>)>) -> PyResult<PyPageDom> {
        let css = css.map(|(key, container, describe)| Css::new(key, container, describe));
        let in_ld = crate::dom_analysis::in_ld(&doc.doc.lines, &ld_bodies, &ld_descriptions);
        let ld_body_words = ld_bodies.iter().map(|body| text::split(body).count()).sum();
        self.analyse_page(&walked, &doc, in_ld, ld_body_words, titled, &similarity, css)
    }
}

pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<PyElementReader>()?;
    m.add_class::<PyPageDom>()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tokens(value: &str) -> Vec<String> {
        let (mut buf, mut words) = (String::new(), Vec::new());
        push_tokens(value, &mut buf, &mut words);
        words.into_iter().map(|(start, end)| buf[start..end].to_string()).collect()
    }

    #[test]
    fn cuts_names_into_tokens() {
        assert_eq!(tokens("relatedArticles related-articles"),
                   ["related", "articles", "related", "articles"]);
        assert_eq!(tokens("HTMLParser x2Box AB"), ["html", "parser", "x", "2", "box", "ab"]);
        assert_eq!(tokens("é-Ab_cD"), ["ab", "c", "d"]);
    }

    #[test]
    fn finds_entries_unigrams_first() {
        let t = Tokens::new([("related", "related"), ("related articles", "related"),
                             ("nav", "navigation")], "data-mark");
        let hits: Vec<_> = t.hits([("class", Some("relatedArticles nav")), ("data-mark", Some("nav"))])
            .into_iter().map(|(c, e)| (t.categories[c].clone(), e)).collect();
        let pair = |c: &str, e: &str| (c.to_string(), e.to_string());
        assert_eq!(hits, [pair("related", "related"), pair("navigation", "nav"),
                          pair("related", "related articles")]);
        // A utility class with a variant names nothing; a slug is left out.
        assert!(t.hits([("class", Some("md:nav [&>p]:related"))]).is_empty());
        assert!(t.hits([("id", Some("a-b-c-d-e-f-g-nav"))]).is_empty());
        assert_eq!(t.hits([("id", Some("a-b-c-d-e-f-g-h nav"))]).len(), 1);
    }
}
