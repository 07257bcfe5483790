//! Parts of the kept article: headline, standfirst, body (`cleaner/structure.py`).
//!
//! `.text` is every kept line; `.body` leaves out the headline and the standfirst (bylines
//! and datelines are already dropped). The headline is the first kept line when it comes
//! before the first prose line and reads like a title (at most 20 words, unfinished); the
//! standfirst is the unfinished line that follows it when it stands as a block of its own
//! (a blank line after it): in an extractor's output without blank lines, a second
//! unfinished line is more often the body's first paragraph than a standfirst. In HTML mode
//! the markup says more: a line inside the article container's element, and not in a
//! `<header>`, is the body's first paragraph, however it reads
//! (`cleaner.html.dom.Dom.in_body`).
//!
//! *Reads*: the labels, each line's text, words and whether it is prose, and the typed
//! column `State::headline` (set by the region scorer, or by HTML mode's DOM scorer through
//! the bridge). *Sets*: the categories of kept lines.

use pyo3::prelude::*;

use crate::bridge::PyDoc;
use crate::model::{Category, Doc, Label};

pub const MIN_HEADLINE_WORDS: u32 = 3;
pub const MAX_HEADLINE_WORDS: u32 = 20;
pub const MIN_STANDFIRST_WORDS: u32 = 8;
pub const MAX_STANDFIRST_WORDS: u32 = 80;

/// Name the kept lines' parts. `in_body[i]`: whether the page's markup puts line i in the
/// article's body (HTML mode; a line past the list's end is not).
pub fn assign_roles(doc: &mut Doc, in_body: Option<&[bool]>) {
    let mut kept: Vec<usize> = (0..doc.len()).filter(|&i| doc.states[i].label == Label::Keep).collect();
    for &i in &kept {
        doc.states[i].category = Some(Category::Body);
    }
    let Some(first_prose) = kept.iter().copied().find(|&i| doc.lines[i].prose) else { return };
    if kept.len() < 2 {
        return;
    }
    let titled = kept.iter().copied().find(|&i| {
        i < first_prose && doc.states[i].headline
    });
    if let Some(t) = titled {
        // the page title named it (the region scorer), or the DOM did
        let at = kept.iter().position(|&i| i == t).expect("a kept line");
        kept.drain(..at);
    }
    let head = kept[0];
    let (head_line, titled) = (&doc.lines[head], titled.is_some());
    // A headline the page title named is one, however it ends ("... time to be careful?").
    if !(kept.len() > 1
        && (titled
            || (head < first_prose
                && !head_line.text.ends_with(['.', '!', '?', ':'])
                && (MIN_HEADLINE_WORDS..=MAX_HEADLINE_WORDS).contains(&head_line.words))))
    {
        return;
    }
    doc.states[head].category = Some(Category::Headline);
    let next = kept[1];
    let next_line = &doc.lines[next];
    if in_body.is_some_and(|b| b.get(next).copied().unwrap_or(false)) {
        // (the body's first paragraph)
    } else if next < first_prose
        && !next_line.terminal
        && stands_alone(doc, next)
        && (MIN_STANDFIRST_WORDS..=MAX_STANDFIRST_WORDS).contains(&next_line.words)
    {
        doc.states[next].category = Some(Category::Standfirst);
    } else if titled && next_line.words <= MAX_STANDFIRST_WORDS && byline_after(doc, next) {
        // headline, deck, byline, article: the deck sits above the byline, even when it is
        // a finished sentence.
        doc.states[next].category = Some(Category::Standfirst);
    }
    for &i in &kept[1..] {
        if doc.lines[i].text == doc.lines[head].text {
            // the headline printed again over the article
            doc.states[i].category = Some(Category::Headline);
        }
    }
}

/// A byline or dateline is dropped between line i and the next kept one.
fn byline_after(doc: &Doc, i: usize) -> bool {
    for state in &doc.states[i + 1..] {
        if state.label == Label::Keep {
            return false;
        }
        if state.label == Label::Drop && state.category == Some(Category::Byline) {
            return true;
        }
    }
    false
}

fn stands_alone(doc: &Doc, i: usize) -> bool {
    doc.states.get(i + 1).is_some_and(|s| s.label == Label::Blank)
}

/// `cleaner.structure.assign_roles` on a `cleaner._core.Doc`, in place; `in_body`: for each
/// line, `Dom.in_body` (HTML mode), or None.
#[pyfunction]
#[pyo3(name = "assign_roles", signature = (doc, in_body = None))]
fn py_assign_roles(doc: &mut PyDoc, in_body: Option<Vec<bool>>) {
    assign_roles(&mut doc.doc, in_body.as_deref());
}

pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(py_assign_roles, m)?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Features, Shape};

    const PROSE: &str = "A long finished sentence of the article, running on for well over fifteen words in all.";

    fn doc(texts: &[&str]) -> Doc {
        let lines = texts
            .iter()
            .map(|t| {
                let words = t.split_whitespace().count() as u32;
                let terminal = t.ends_with(['.', '!', '?']);
                Features { text: t.to_string(), words, terminal,
                           prose: terminal && words >= 15, ..Default::default() }
            })
            .collect();
        Doc::new(lines, Shape::Auto, "en", None)
    }

    fn roles(doc: &Doc) -> Vec<Option<&'static str>> {
        doc.states.iter().map(|s| s.category.map(|c| c.name())).collect()
    }

    #[test]
    fn headline_standfirst_body() {
        let mut d = doc(&["A title of some words", "A standfirst that stands alone over the story", "", PROSE]);
        assign_roles(&mut d, None);
        assert_eq!(roles(&d), [Some("headline"), Some("standfirst"), None, Some("body")]);
    }

    #[test]
    fn no_standfirst_without_a_blank_line_or_inside_the_body() {
        let mut d = doc(&["A title of some words", "A second unfinished line of the story here now", PROSE]);
        assign_roles(&mut d, None);
        assert_eq!(roles(&d), [Some("headline"), Some("body"), Some("body")]);
        let mut d = doc(&["A title of some words", "A standfirst that stands alone over the story", "", PROSE]);
        assign_roles(&mut d, Some(&[false, true, false, false]));
        assert_eq!(roles(&d), [Some("headline"), Some("body"), None, Some("body")]);
    }

    #[test]
    fn a_finished_first_line_is_no_headline_unless_titled() {
        let mut d = doc(&["A finished first line here.", PROSE]);
        assign_roles(&mut d, None);
        assert_eq!(roles(&d), [Some("body"), Some("body")]);
        let mut d = doc(&["Menu", "Is it time to be careful?", "A deck sentence that is finished.", "By Jane Doe", PROSE]);
        d.states[0].label = Label::Drop;
        d.states[1].headline = true;
        d.states[3].label = Label::Drop;
        d.states[3].category = Some(Category::Byline);
        assign_roles(&mut d, None);
        assert_eq!(roles(&d), [None, Some("headline"), Some("standfirst"), Some("byline"), Some("body")]);
    }

    #[test]
    fn the_headline_printed_again_and_too_few_lines() {
        let mut d = doc(&["A title of some words", PROSE, "A title of some words"]);
        assign_roles(&mut d, None);
        assert_eq!(roles(&d), [Some("headline"), Some("body"), Some("headline")]);
        let mut d = doc(&[PROSE]);
        assign_roles(&mut d, None);
        assert_eq!(roles(&d), [Some("body")]);
    }
}
