//! news-cleaner's compiled core (`cleaner._core`): the per-document path of the cleaner.
//!
//! Reading order is the data flow: `model` (lines, evidence) is what every stage shares;
//! `bridge` is the Python side's view of it.

use pyo3::prelude::*;

pub mod automaton;
pub mod bridge;
pub mod classify;
pub mod dom;
pub mod dom_analysis;
pub mod lines;
pub mod language;
pub mod model;
pub mod render;
pub mod matcher;
pub mod scorers;
pub mod text;
mod unicode_tables;
pub mod structure;
pub mod walk;

#[pymodule]
fn _core(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add_class::<bridge::PyDoc>()?;
    m.add_class::<bridge::PyLiteralFilter>()?;
    m.add_class::<bridge::PyStages>()?;
    m.add_function(wrap_pyfunction!(bridge::classify, m)?)?;
    m.add_function(wrap_pyfunction!(bridge::smooth, m)?)?;
    bridge::register_constants(m)?;
    lines::register(m)?;
    scorers::byline::register(m)?;
    structure::register(m)?;
    scorers::register(m)?;
    scorers::region::register(m)?;
    language::register(m)?;
    matcher::register(m)?;
    scorers::lexicon::register(m)?;
    dom::register(m)?;
    walk::register(m)?;
    Ok(())
}
