//! Calls to action: buttons inside the article ("Learn More Buy Now", "Buy Now Buy Now"),
//! and the site's paragraph about itself (`cleaner/scorers/action.py`, `ActionScorer`).
//!
//! *What it scores*: a few words that open with a call-to-action verb and do not end like
//! a sentence. The verbs are per-language data (`rules/actions/<lang>.txt`, read by the
//! Python side and handed over at construction); the site's brand is read from the URL's
//! host and the page title. A verb-led fragment alone only leans (`score:action.button`);
//! a mark makes it a button (`score:action.button_mark`): its text doubled, a second call
//! to action, the site's brand, or capitals. A sentence among the document's last three
//! lines that opens with the site's name and a copula (`rules/actions/about.txt`) is the site's
//! paragraph about itself (`score:action.about`).
//!
//! *Reads*: each line's text, words and ending, the publisher rules' flags (`protected`,
//! `forced`), the document's shape, language and URL. No other scorer's evidence.
//! *Adds*: `score:action.button`, `score:action.button_mark`, `score:action.about`.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::PyString;

use crate::text::{self, rx_space, rx_word};
use crate::bridge::PyDoc;
use crate::model::{Category, Detail, Doc, Shape};

/// A button is a few words that open with a call-to-action verb ("Buy Now", "Request
/// Callback", "Shop Bells of Steel") and do not end like a sentence.
pub const BUTTON_MAX_WORDS: u32 = 6;
/// Alone, a verb-led fragment is only a lean (a subheading of a how-to article opens the
/// same way: "Book your flights early"): below the classifier's MIXED_DROP_SCORE, so it
/// never tips a line that has the article on one side.
pub const BUTTON_WEIGHT: f64 = 0.2;
/// A mark makes it a button outright (with BUTTON_WEIGHT, at the drop threshold): its
/// text doubled ("Buy Now Buy Now": a button's label and its screen-reader copy), a second
/// call to action in the same few words ("Learn More Buy Now"), the site's own brand
/// ("Shop Bells of Steel" on bellsofsteel.com), or a label set in capitals after its verb
/// ("SHOP MESH SYSTEMS", "SEE ON AMAZON": how interfaces set buttons; a bare "SHOP" is a
/// menu item, left to the other scorers).
pub const BUTTON_MARK_WEIGHT: f64 = 0.8;
/// A paragraph about the site itself ("Clay is a UI/UX design agency in San Francisco. We
/// team up with..."): a sentence among the document's last few lines that opens with the
/// site's name and a copula.
pub const TAIL_LINES: usize = 3;
pub const BRAND_TAIL_WEIGHT: f64 = 1.5;
/// A brand shorter than this is too likely a word of the text (host labels of two or
/// three letters are initials that also spell words).
pub const MIN_BRAND_CHARS: usize = 4;
/// Second-level labels under which a country's registrable names sit ("bbc.co.uk").
const SECOND_LEVEL: [&str; 10] = ["co", "com", "org", "net", "gov", "ac", "edu", "or", "ne", "go"];
/// How a line that ends like a sentence ends (no button does).
const FINISHED: [char; 4] = ['.', '?', ':', ';'];
/// How many words of a sentence at the end are read for the site's name and a copula.
const ABOUT_WORDS: usize = 6;
/// How many words a brand's spelling may take.
const BRAND_WORDS: usize = 5;

/// A language's call-to-action verbs (`Actions`): each verb's words, with the Python
/// `repr` of the words joined by spaces (the button's detail names the verb so).
#[derive(Clone, Debug, Default)]
pub struct Actions {
    verbs: HashMap<Vec<String>, Arc<str>, text::FastHash>,
    /// The verbs' first words: a line whose first word is none of them opens with no verb.
    first_words: HashSet<String, text::FastHash>,
}

impl Actions {
    pub fn new(verbs: impl IntoIterator<Item = (Vec<String>, String)>) -> Actions {
        let verbs: HashMap<Vec<String>, Arc<str>, text::FastHash> =
            verbs.into_iter().map(|(words, shown)| (words, Arc::from(shown))).collect();
        let first_words = verbs.keys().filter_map(|words| words.first().cloned()).collect();
        Actions { verbs, first_words }
    }

    /// How many words of `words` from `start` make a verb of the list (0: none); the
    /// longest first, three words at most.
    pub fn verb_at(&self, words: &[String], start: usize) -> usize {
        for size in [3, 2, 1] {
            if start + size <= words.len() && self.verbs.contains_key(&words[start..start + size]) {
                return size;
            }
        }
        0
    }
}

/// `ActionScorer`'s data and settings.
#[derive(Clone, Debug)]
pub struct Action {
    /// Each language's verbs (a language without a file of its own uses `default`'s).
    pub actions: HashMap<String, Actions>,
    pub default_language: String,
    /// The copulas of `rules/actions/about.txt`.
    pub copulas: HashSet<String, text::FastHash>,
    pub button_max_words: u32,
    pub button_weight: f64,
    pub button_mark_weight: f64,
}

/// `[\w'’-]` with the `regex` package's `\w`: a word's characters.
fn token_char(c: char) -> bool {
    rx_word(c) || matches!(c, '\'' | '’' | '-')
}

/// The runs of `[\w'’-]` (`regex.findall`).
pub fn tokens(text: &str) -> Vec<String> {
    text.split(|c: char| !token_char(c)).filter(|s| !s.is_empty()).map(str::to_string).collect()
}

/// `cleaner._core.action_tokens(text)`: `tokens`, for the verb lists' entries
/// (`cleaner.scorers.action.load_actions`), read as a line's words are.
#[pyfunction]
#[pyo3(name = "action_tokens")]
pub fn py_tokens(text: &str) -> Vec<String> {
    tokens(text)
}

/// `tokens(casefold(_LEAD.sub("", text)))`: a line's words, casefolded, after the
/// bullets, arrows and emoji (`^\W+`) before its first word.
pub fn line_words(text: &str) -> Vec<String> {
    let start = text.find(rx_word).unwrap_or(text.len());
    tokens(&text::casefold(&text[start..]))
}

/// The first of `line_words(text)`, written into `out` (empty for none): enough to tell
/// most lines from a button without tokenising them.
fn first_line_word(text: &str, out: &mut String) {
    out.clear();
    let start = text.find(rx_word).unwrap_or(text.len());
    let mut folded = String::new();
    for c in text[start..].chars() {
        if c.is_ascii() {
            // (an ASCII character folds to itself lowered)
            let f = c.to_ascii_lowercase();
            if token_char(f) {
                out.push(f);
            } else if !out.is_empty() {
                return;
            }
            continue;
        }
        let mut one = [0u8; 4];
        folded.clear();
        text::casefold_into(c.encode_utf8(&mut one), &mut folded);
        for f in folded.chars() {
            if token_char(f) {
                out.push(f);
            } else if !out.is_empty() {
                return;
            }
        }
    }
}

/// `_spelled`: words joined, without hyphens and apostrophes.
fn spelled_into(word: &str, out: &mut String) {
    out.extend(word.chars().filter(|c| !matches!(c, '-' | '\'' | '’')));
}

/// The last part of a page title split at its separators (`_TITLE_SEPARATORS`:
/// `\s+[|–—-]\s+|\s+::\s+|\s*»\s*`, its matches found left to right as `regex.split`
/// finds them), or None where no separator splits it.
fn title_last_part(title: &str) -> Option<&str> {
    let chars: Vec<(usize, char)> = title.char_indices().collect();
    let n = chars.len();
    let byte = |k: usize| if k < n { chars[k].0 } else { title.len() };
    let spaces_from = |mut k: usize| {
        while k < n && rx_space(chars[k].1) {
            k += 1;
        }
        k
    };
    let mut last_end: Option<usize> = None;
    let mut p = 0;
    while p < n {
        let q = spaces_from(p); // the run of spaces from p ends at q
        if q == n {
            break;
        }
        let c = chars[q].1;
        let mut end = None;
        if q > p {
            if matches!(c, '|' | '–' | '—' | '-') {
                let r = spaces_from(q + 1);
                if r > q + 1 {
                    end = Some(r);
                }
            } else if c == ':' && q + 1 < n && chars[q + 1].1 == ':' {
                let r = spaces_from(q + 2);
                if r > q + 2 {
                    end = Some(r);
                }
            }
        }
        if end.is_none() && c == '»' {
            end = Some(spaces_from(q + 1));
        }
        match end {
            Some(r) => {
                last_end = Some(r);
                p = r;
            }
            // Every start from p to q reaches the same character q, and fails there.
            None => p = q + 1,
        }
    }
    last_end.map(|k| &title[byte(k)..])
}

/// Characters `urlsplit` strips from a URL's start (WHATWG's C0 controls and space).
fn whatwg_c0_or_space(c: char) -> bool {
    c <= ' '
}

/// `urllib.parse.urlsplit(url).hostname` (Python 3.11): the host of the URL's network
/// location, lower-cased (a scoped IPv6 address's zone aside); None without one. URLs on
/// which `urlsplit` raises (a bracket without its pair) get what the parse gives up to there.
fn urlsplit_hostname(url: &str) -> Option<String> {
    let url = url.trim_start_matches(whatwg_c0_or_space);
    let url: String = url.chars().filter(|&c| !matches!(c, '\t' | '\r' | '\n')).collect();
    let mut rest: &str = &url;
    if let Some(i) = rest.find(':') {
        let first = rest.chars().next().unwrap();
        if i > 0
            && first.is_ascii_alphabetic()
            && rest[..i].chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
        {
            rest = &rest[i + 1..];
        }
    }
    let netloc = match rest.strip_prefix("//") {
        Some(after) => &after[..after.find(['/', '?', '#']).unwrap_or(after.len())],
        None => "",
    };
    let hostinfo = match netloc.rfind('@') {
        Some(at) => &netloc[at + 1..],
        None => netloc,
    };
    let hostname = match hostinfo.find('[') {
        Some(open) => {
            let bracketed = &hostinfo[open + 1..];
            &bracketed[..bracketed.find(']').unwrap_or(bracketed.len())]
        }
        None => &hostinfo[..hostinfo.find(':').unwrap_or(hostinfo.len())],
    };
    if hostname.is_empty() {
        return None;
    }
    Some(match hostname.find('%') {
        Some(p) => format!("{}{}", text::lower(&hostname[..p]), &hostname[p..]),
        None => text::lower(hostname),
    })
}

/// `brand_of`: the site's own name, as lower-case letters without spaces: the registrable
/// label of the URL's host ("sproutsocial" for www.sproutsocial.com), and the last part
/// of a page title ("Ten tips for spring | Bells of Steel": "bellsofsteel"); each at least
/// `MIN_BRAND_CHARS` long, once.
pub fn brand_of(url: Option<&str>, title: Option<&str>) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    let host = url.filter(|u| !u.is_empty()).and_then(urlsplit_hostname).unwrap_or_default();
    let host = text::lower(&host);
    let mut labels: Vec<&str> = host.split('.').filter(|l| !l.is_empty() && *l != "www").collect();
    if labels.len() >= 2 {
        labels.pop(); // the top-level domain
        if labels.len() >= 2 && SECOND_LEVEL.contains(labels.last().unwrap()) {
            labels.pop();
        }
        names.push(labels.last().unwrap().replace('-', ""));
    }
    if let Some(title) = title.filter(|t| !t.is_empty()) {
        if let Some(part) = title_last_part(text::strip(title)) {
            let count = text::split(part).count();
            if (1..=4).contains(&count) {
                let mut name = String::new();
                for word in tokens(&text::casefold(part)) {
                    spelled_into(&word, &mut name);
                }
                names.push(name);
            }
        }
    }
    let mut brands: Vec<String> = Vec::new();
    for name in names {
        if name.chars().count() >= MIN_BRAND_CHARS && !brands.contains(&name) {
            brands.push(name);
        }
    }
    brands
}

/// `_brand_at`: how many words from `start` spell one of the brands ("Sprout Social":
/// sproutsocial); 0 for none.
pub fn brand_at(words: &[String], start: usize, brands: &[String]) -> usize {
    let mut spelled = String::new();
    for brand in brands {
        let brand_chars = brand.chars().count();
        spelled.clear();
        let mut spelled_chars = 0;
        for (k, word) in words.iter().skip(start).take(BRAND_WORDS).enumerate() {
            let before = spelled.len();
            spelled_into(word, &mut spelled);
            spelled_chars += spelled[before..].chars().count();
            if spelled_chars >= brand_chars {
                if spelled == *brand {
                    return k + 1;
                }
                break;
            }
        }
    }
    0
}

/// `names_brand`: whether consecutive words spell one of the brands.
pub fn names_brand(words: &[String], brands: &[String]) -> bool {
    (0..words.len()).any(|i| brand_at(words, i, brands) > 0)
}

impl Action {
    fn actions_for(&self, language: &str) -> Option<&Actions> {
        self.actions.get(language).or_else(|| self.actions.get(&self.default_language))
    }

    /// Whether a sentence opens with the site's name and a copula ("Ascom is ...").
    fn opens_with_brand(&self, words: &[String], brands: &[String]) -> bool {
        let size = brand_at(words, 0, brands);
        size > 0 && size < words.len() && self.copulas.contains(&words[size])
    }

    pub fn score(&self, doc: &mut Doc) {
        let Some(actions) = self.actions_for(&doc.language) else { return };
        if actions.verbs.is_empty() {
            return;
        }
        let first = doc.lines.iter().position(|l| !l.text.is_empty());
        let title = match first {
            Some(i) if doc.shape != Shape::Extract => Some(doc.lines[i].text.as_str()),
            _ => None,
        };
        let brands = brand_of(doc.url.as_deref(), title);
        let mut first_word = String::new();
        for (i, (line, state)) in doc.lines.iter().zip(doc.states.iter_mut()).enumerate() {
            if !line.text.is_empty()
                && 0 < line.words
                && line.words <= self.button_max_words
                && Some(i) != first
                && !state.protected
                && !state.forced
                && !line.text.ends_with(FINISHED)
                && {
                    first_line_word(&line.text, &mut first_word);
                    actions.first_words.contains(&first_word)
                }
            {
                self.button(&line.text, state, actions, &brands);
            }
        }
        if !brands.is_empty() {
            let tail: Vec<usize> =
                (0..doc.len()).rev().filter(|&i| !doc.lines[i].text.is_empty()).take(TAIL_LINES).collect();
            for i in tail {
                let (line, state) = (&doc.lines[i], &mut doc.states[i]);
                if line.prose && !state.protected && !state.forced {
                    let mut words = line_words(&line.text);
                    words.truncate(ABOUT_WORDS);
                    if self.opens_with_brand(&words, &brands) {
                        state.add(BRAND_TAIL_WEIGHT, Some(Category::Boilerplate), "score:action.about",
                                  "the site's own name opens a paragraph at the end");
                    }
                }
            }
        }
    }

    fn button(&self, text: &str, state: &mut crate::model::State, actions: &Actions, brands: &[String]) {
        let words = line_words(text);
        let size = actions.verb_at(&words, 0);
        if size == 0 {
            return;
        }
        let verb = &actions.verbs[&words[..size]];
        let detail = Detail::TextNumber("opens with {s}, {} words", Arc::clone(verb), words.len() as u32);
        state.add(self.button_weight, Some(Category::Advertising), "score:action.button", detail);
        let half = words.len() / 2;
        let mark = if words.len().is_multiple_of(2) && words[..half] == words[half..] {
            "its text doubled"
        } else if (size..words.len()).any(|k| actions.verb_at(&words, k) > 0) {
            "a second call to action"
        } else if names_brand(&words[size..], brands) {
            "names the site"
        } else if words.len() > size && text::isupper(text) {
            // (a label set in capitals, as interfaces set buttons: "SHOP MESH SYSTEMS")
            "written in capitals"
        } else {
            return;
        };
        state.add(self.button_mark_weight, Some(Category::Advertising), "score:action.button_mark", mark);
    }
}

/// `cleaner.scorers.action.ActionScorer` in the core, built from the verbs of each
/// language (`{language: [verb's words, ...]}`, as `load_actions` reads them), the
/// language whose verbs the others fall back to, and the copulas of `about.txt`.
#[pyclass(name = "ActionScorer", module = "cleaner._core")]
pub struct PyActionScorer {
    pub(crate) inner: Action,
}

#[pymethods]
impl PyActionScorer {
    #[new]
    #[pyo3(signature = (actions, default_language, copulas, *, button_max_words = BUTTON_MAX_WORDS,
                        button_weight = BUTTON_WEIGHT, button_mark_weight = BUTTON_MARK_WEIGHT))]
    fn new(py: Python<'_>, actions: HashMap<String, Vec<Vec<String>>>, default_language: String,
           copulas: Vec<String>, button_max_words: u32, button_weight: f64,
           button_mark_weight: f64) -> PyResult<Self> {
        if !actions.contains_key(&default_language) {
            return Err(PyValueError::new_err(format!(
                "no verbs for the default language {default_language:?}")));
        }
        let mut by_language = HashMap::new();
        for (language, verbs) in actions {
            let mut entries = Vec::with_capacity(verbs.len());
            for words in verbs {
                // (the detail names the verb as Python's repr does: its quotes, its escapes)
                let shown = PyString::new(py, &words.join(" ")).repr()?.to_string();
                entries.push((words, shown));
            }
            by_language.insert(language, Actions::new(entries));
        }
        Ok(PyActionScorer {
            inner: Action {
                actions: by_language,
                default_language,
                copulas: copulas.into_iter().collect(),
                button_max_words,
                button_weight,
                button_mark_weight,
            },
        })
    }

    #[getter]
    fn name(&self) -> &'static str {
        "action"
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
    use crate::model::Features;

    fn s(words: &[&str]) -> Vec<String> {
        words.iter().map(|w| w.to_string()).collect()
    }

    fn scorer() -> Action {
        let verbs = [vec!["buy"], vec!["shop"], vec!["learn", "more"], vec!["sign", "up"], vec!["book"]];
        let english = Actions::new(verbs.iter().map(|v| (s(v), format!("'{}'", v.join(" ")))));
        Action {
            actions: HashMap::from([("en".to_string(), english)]),
            default_language: "en".into(),
            copulas: ["is", "ist"].iter().map(|w| w.to_string()).collect(),
            button_max_words: BUTTON_MAX_WORDS,
            button_weight: BUTTON_WEIGHT,
            button_mark_weight: BUTTON_MARK_WEIGHT,
        }
    }

    fn line(text: &str, words: u32, prose: bool) -> Features {
        Features { text: text.into(), words, terminal: prose, prose, ..Default::default() }
    }

    fn reasons(doc: &Doc, i: usize) -> &[Reason] {
        &doc.states[i].reasons
    }

    #[test]
    fn hostname_is_urlsplits() {
        let host = |u: &str| urlsplit_hostname(u);
        assert_eq!(host("https://WWW.Example.co.uk/path?q#f").as_deref(), Some("www.example.co.uk"));
        assert_eq!(host("http://user:pw@Host.com:8080/").as_deref(), Some("host.com"));
        assert_eq!(host("  \thttps://a.b.c").as_deref(), Some("a.b.c"));
        assert_eq!(host("http://[FE80::1%Zone]:80/").as_deref(), Some("fe80::1%Zone"));
        assert_eq!(host("example.com/path"), None);
        assert_eq!(host("//example.com").as_deref(), Some("example.com"));
        assert_eq!(host("http:///path"), None);
        // A scheme only when its first character is an ASCII letter.
        assert_eq!(host("1http://x.com"), None);
    }

    #[test]
    fn the_brand_is_the_hosts_registrable_label_and_the_titles_last_part() {
        assert_eq!(brand_of(Some("https://www.sproutsocial.com/x"), None), s(&["sproutsocial"]));
        assert_eq!(brand_of(Some("https://news.bbc.co.uk/"), None), Vec::<String>::new(), "too short");
        assert_eq!(brand_of(Some("https://www.the-verge.co.uk/"), None), s(&["theverge"]));
        assert_eq!(brand_of(Some("http://localhost/"), None), Vec::<String>::new());
        assert_eq!(brand_of(None, Some("Ten tips for spring | Bells of Steel")), s(&["bellsofsteel"]));
        assert_eq!(brand_of(None, Some("Ten tips » Ascom's News")), s(&["ascomsnews"]));
        assert_eq!(brand_of(None, Some("Tips :: Five Words Is Too Long Here")), Vec::<String>::new());
        assert_eq!(brand_of(None, Some("No separator-here")), Vec::<String>::new());
        assert_eq!(brand_of(Some("https://bellsofsteel.com"), Some("Tips | Bells of Steel")),
                   s(&["bellsofsteel"]), "once");
    }

    #[test]
    fn title_separators_split_as_the_pattern_does() {
        assert_eq!(title_last_part("a | b - c"), Some("c"));
        assert_eq!(title_last_part("a|b"), None, "a bar needs spaces around it");
        assert_eq!(title_last_part("a»b"), Some("b"));
        assert_eq!(title_last_part("a  -x"), None);
        assert_eq!(title_last_part("a - "), Some(""));
    }

    #[test]
    fn the_first_word_is_the_first_of_the_line_words() {
        let mut out = String::new();
        for text in ["» Buy Now!", "→ Don’t-miss STRASSE", "★★", "Straße", "x", "«ŉ»", "..a.b"] {
            first_line_word(text, &mut out);
            assert_eq!(out, line_words(text).first().cloned().unwrap_or_default(), "{text}");
        }
    }

    #[test]
    fn words_spell_a_brand_across_word_breaks() {
        let brands = s(&["sproutsocial"]);
        assert_eq!(brand_at(&s(&["sprout", "social", "is"]), 0, &brands), 2);
        assert_eq!(brand_at(&s(&["sprout", "socials"]), 0, &brands), 0);
        assert!(names_brand(&s(&["try", "sprout-social"]), &brands));
        assert!(!names_brand(&s(&["try", "sprout"]), &brands));
    }

    #[test]
    fn line_words_skip_the_bullets_and_fold_case() {
        assert_eq!(line_words("» Buy Now!"), s(&["buy", "now"]));
        assert_eq!(line_words("→ Don’t-miss STRASSE"), s(&["don’t-miss", "strasse"]));
        assert_eq!(line_words("★★"), Vec::<String>::new());
    }

    #[test]
    fn a_verb_led_fragment_leans_and_a_mark_makes_it_a_button() {
        let mut doc = Doc::new(vec![
            line("Ten tips for spring | Bells of Steel", 7, false),
            line("Buy Now Buy Now", 4, false),
            line("Learn More Buy Now", 4, false),
            line("Shop Bells of Steel", 4, false),
            line("Book your flights early", 4, false),
            line("Book your flights early.", 4, false),
            line("Nothing to do", 3, false),
            line("SHOP MESH SYSTEMS", 3, false),
            line("SHOP", 1, false),
            line("Shop MESH systems", 3, false),
        ], Shape::Page, "de", Some("https://example.org/".into()));
        scorer().score(&mut doc);
        assert!(reasons(&doc, 0).is_empty(), "the title is no button");
        let button = |n| ("score:action.button", n, BUTTON_WEIGHT);
        let mark = |m| ("score:action.button_mark", m, BUTTON_MARK_WEIGHT);
        assert_eq!(reasons(&doc, 1), vec![button("opens with 'buy', 4 words"), mark("its text doubled")]);
        assert_eq!(reasons(&doc, 2), vec![button("opens with 'learn more', 4 words"),
                                          mark("a second call to action")]);
        assert_eq!(reasons(&doc, 3), vec![button("opens with 'shop', 4 words"), mark("names the site")]);
        assert_eq!(reasons(&doc, 4), vec![button("opens with 'book', 4 words")]);
        assert!(reasons(&doc, 5).is_empty(), "ends like a sentence");
        assert!(reasons(&doc, 6).is_empty());
        assert_eq!(reasons(&doc, 7), vec![button("opens with 'shop', 3 words"), mark("written in capitals")]);
        assert_eq!(reasons(&doc, 8), vec![button("opens with 'shop', 1 words")], "the verb alone: a menu item");
        assert_eq!(reasons(&doc, 9), vec![button("opens with 'shop', 3 words")], "not all capitals");
        assert_eq!(doc.states[1].category, Some(Category::Advertising));
    }

    #[test]
    fn in_an_extract_the_first_line_is_no_title_but_may_be_a_button() {
        let mut doc = Doc::new(vec![line("Buy Now", 2, false)], Shape::Extract, "en", None);
        scorer().score(&mut doc);
        assert!(reasons(&doc, 0).is_empty(), "the first line is never a button");
        let mut doc = Doc::new(vec![line("Intro", 1, false), line("Shop Bells of Steel", 4, false)],
                               Shape::Extract, "en", None);
        scorer().score(&mut doc);
        assert_eq!(reasons(&doc, 1).len(), 1, "no brand without a title or URL");
    }

    #[test]
    fn the_sites_name_and_a_copula_at_the_end_is_its_paragraph_about_itself() {
        let about = "Sprout Social is a social media management platform for brands of all sizes.";
        let mut doc = Doc::new(vec![
            line("Title", 1, false),
            line(about, 15, true),
            line("", 0, false),
            line(about, 15, true),
            line("Tags", 1, false),
            line("Share", 1, false),
        ], Shape::Page, "en", Some("https://sproutsocial.com/insights/".into()));
        scorer().score(&mut doc);
        assert!(reasons(&doc, 1).is_empty(), "not among the last three lines");
        assert_eq!(reasons(&doc, 3), vec![("score:action.about",
                   "the site's own name opens a paragraph at the end", BRAND_TAIL_WEIGHT)]);
        assert_eq!(doc.states[3].category, Some(Category::Boilerplate));
    }

    #[test]
    fn protected_and_forced_lines_are_left_alone() {
        let mut doc = Doc::new(vec![line("Title", 1, false), line("Buy Now Buy Now", 4, false)],
                               Shape::Page, "en", None);
        doc.states[1].protected = true;
        scorer().score(&mut doc);
        assert!(reasons(&doc, 1).is_empty());
    }
}
