//! news-cleaner's compiled core (`cleaner._core`): the per-document path of the cleaner.
//!
//! Reading order is the data flow: `model` (lines, evidence) is what every stage shares;
//! `bridge` is the Python side's view of it.

use pyo3::prelude::*;

pub mod bridge;
pub mod classify;
pub mod matcher;
pub mod model;
pub mod pytext;
pub mod pyunicode;
pub mod scorers;

#[pymodule]
fn _core(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add_class::<bridge::PyDoc>()?;
    m.add_function(wrap_pyfunction!(bridge::classify, m)?)?;
    m.add_function(wrap_pyfunction!(bridge::smooth, m)?)?;
    matcher::register(m)?;
    scorers::lexicon::register(m)?;
    Ok(())
}
