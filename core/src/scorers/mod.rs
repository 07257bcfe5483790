//! The heuristic scorers (`cleaner/scorers/`): each looks at the whole document once and
//! adds evidence to lines; none labels a line (the classifier does, `classify.rs`).
//!
//! Each module's doc says what it reads and what it adds. A stage reads another's evidence
//! only as sums (a line's score, positive weight, category) or as a typed column written by
//! the stage that owns it (`model::State::listed`, `model::State::headline`), never by
//! looking for a reason's code.

pub mod byline;
pub mod action;
pub mod position;
pub mod repetition;
pub mod shape;
pub mod region;
pub mod lexicon;

use pyo3::prelude::*;

/// The Python classes of the action, shape, position and repetition scorers
/// (`cleaner._core.ActionScorer`, ...) and the action scorer's `action_tokens`; byline,
/// region and lexicon register their own.
pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<action::PyActionScorer>()?;
    m.add_function(wrap_pyfunction!(action::py_tokens, m)?)?;
    m.add_class::<shape::PyShapeScorer>()?;
    m.add_class::<position::PyPositionScorer>()?;
    m.add_class::<repetition::PyRepetitionScorer>()?;
    Ok(())
}
