//! The heuristic scorers (`cleaner/scorers/`): each looks at the whole document once and
//! adds evidence to lines; none labels a line (the classifier does, `classify.rs`).

pub mod byline;
pub mod action;
pub mod position;
pub mod repetition;
pub mod scorersa;
pub mod shape;
pub mod region;
pub mod lexicon;
