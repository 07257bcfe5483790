//! The heuristic scorers (`cleaner/scorers/`): each looks at the whole document once and
//! adds evidence to lines; none labels a line (the classifier does, `classify.rs`).
pub mod lexicon;
