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
pub mod scorersa;
pub mod shape;
pub mod region;
pub mod lexicon;
