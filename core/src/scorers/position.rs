//! Position in the document, relative to the article's own long-sentence region
//! (`cleaner/scorers/position.py`, `PositionScorer`).
//!
//! *What it scores*: where a line sits against the region from the first to the last
//! prose line (long finished sentences) of the document. *Why it signals boilerplate*:
//! past the article's last sentence come share bars, tags and comment widgets; before its
//! first come menus. A fragment there leans toward boilerplate.
//!
//! *Reads*: each line's text, words, ending and whether it is prose. No evidence.
//! *Adds*: `score:position.head`, `score:position.tail`.

use pyo3::prelude::*;

use crate::bridge::PyDoc;
use crate::model::{Category, Detail, Doc};

// Both stay below the classifier's MIXED_DROP_SCORE: alone they never drop a line that has
// article text beside it; they tip lines that have other weak evidence.
pub const TAIL_WEIGHT: f64 = 0.2;
pub const HEAD_WEIGHT: f64 = 0.2;
pub const HEAD_MAX_WORDS: u32 = 3;

/// `PositionScorer`'s settings (its keyword arguments).
#[derive(Clone, Debug)]
pub struct Position {
    pub tail_weight: f64,
    pub head_weight: f64,
    pub head_max_words: u32,
}

impl Default for Position {
    fn default() -> Self {
        Position { tail_weight: TAIL_WEIGHT, head_weight: HEAD_WEIGHT, head_max_words: HEAD_MAX_WORDS }
    }
}

impl Position {
    pub fn score(&self, doc: &mut Doc) {
        let Some(first) = doc.lines.iter().position(|l| l.prose) else { return };
        let last = doc.lines.iter().rposition(|l| l.prose).unwrap();
        // Unfinished lines after the last sentence.
        let detail = Detail::number("after the last sentence (line {})", last + 1);
        for (line, state) in doc.lines.iter().zip(doc.states.iter_mut()).skip(last + 1) {
            if !line.text.is_empty() && !line.terminal {
                state.add(self.tail_weight, Some(Category::Boilerplate), "score:position.tail", detail.clone());
            }
        }
        // Fragments before the first.
        let detail = Detail::number("a fragment before the first sentence (line {})", first + 1);
        for (line, state) in doc.lines.iter().zip(doc.states.iter_mut()).take(first) {
            if !line.text.is_empty() && line.words <= self.head_max_words && !line.terminal {
                state.add(self.head_weight, Some(Category::Navigation), "score:position.head", detail.clone());
            }
        }
    }
}

/// `cleaner.scorers.position.PositionScorer` in the core.
#[pyclass(name = "PositionScorer", module = "cleaner._core")]
pub struct PyPositionScorer {
    pub(crate) inner: Position,
}

#[pymethods]
impl PyPositionScorer {
    #[new]
    #[pyo3(signature = (*, tail_weight = TAIL_WEIGHT, head_weight = HEAD_WEIGHT,
                        head_max_words = HEAD_MAX_WORDS))]
    fn new(tail_weight: f64, head_weight: f64, head_max_words: u32) -> Self {
        PyPositionScorer { inner: Position { tail_weight, head_weight, head_max_words } }
    }

    #[getter]
    fn name(&self) -> &'static str {
        "position"
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

    fn line(text: &str, words: u32, terminal: bool, prose: bool) -> Features {
        Features { text: text.into(), words, terminal, prose, ..Default::default() }
    }

    fn reasons(doc: &Doc, i: usize) -> &[Reason] {
        &doc.states[i].reasons
    }

    #[test]
    fn fragments_outside_the_sentence_region_lean_to_boilerplate() {
        let mut doc = Doc::new(vec![
            line("Home", 1, false, false),
            line("Four words of menu", 4, false, false),
            line("Ends.", 1, true, false),
            line("", 0, false, false),
            line("A long sentence.", 20, true, true),
            line("Inside", 1, false, false),
            line("Another long sentence.", 20, true, true),
            line("Share this story with friends", 5, false, false),
            line("Ends.", 1, true, false),
        ], Shape::Auto, "en", None);
        Position::default().score(&mut doc);
        assert_eq!(reasons(&doc, 0), vec![("score:position.head",
                   "a fragment before the first sentence (line 5)", HEAD_WEIGHT)]);
        assert_eq!(doc.states[0].category, Some(Category::Navigation));
        assert!(reasons(&doc, 1).is_empty(), "more than three words");
        assert!(reasons(&doc, 2).is_empty(), "finished");
        assert!(reasons(&doc, 3).is_empty() && reasons(&doc, 5).is_empty());
        assert_eq!(reasons(&doc, 7), vec![("score:position.tail",
                   "after the last sentence (line 7)", TAIL_WEIGHT)]);
        assert_eq!(doc.states[7].category, Some(Category::Boilerplate));
        assert!(reasons(&doc, 8).is_empty(), "finished");
    }

    #[test]
    fn a_document_without_prose_gets_nothing() {
        let mut doc = Doc::new(vec![line("Home", 1, false, false)], Shape::Auto, "en", None);
        Position::default().score(&mut doc);
        assert!(reasons(&doc, 0).is_empty());
    }
}
