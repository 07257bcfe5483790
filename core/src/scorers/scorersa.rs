//! The Python-visible classes of the shape, position, repetition and action scorers'
//! twins (`cleaner._core.ShapeScorer`, ...), registered by one call from `lib.rs`.

use pyo3::prelude::*;

pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<super::action::PyActionScorer>()?;
    m.add_class::<super::shape::PyShapeScorer>()?;
    m.add_class::<super::position::PyPositionScorer>()?;
    m.add_class::<super::repetition::PyRepetitionScorer>()?;
    Ok(())
}
