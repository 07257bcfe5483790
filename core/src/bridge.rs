//! The Python side's view of a `Doc` (`cleaner._core.Doc`): made from `cleaner.lines.Line`
//! objects, read back as tuples. The port's equivalence checks (`scripts/port_check.py`)
//! hand each scorer the lines as the Python pipeline left them and compare what it adds.
//!
//! Evidence crosses this boundary as words (code, detail, weight): a reason's words are
//! made here, when `states` is asked for. Python's lines carry no other columns, so the
//! evidence that later stages read as typed columns (`State::listed`, `State::headline`,
//! `State::subheading`) is taken from the codes of the reasons that come in
//! (`typed_evidence`), here and only here.

use std::borrow::Cow;

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use memchr::memmem;
use pyo3::types::{PyFrozenSet, PyList, PyTuple};

use crate::dom_analysis::SUBHEADING_CODE;
use crate::model::{Category, Code, Detail, Doc, Features, Label, Reason, Shape, State};
use crate::scorers::lexicon::LIST_ITEM_CODE;
use crate::scorers::region::HEADLINE_CODE;
use crate::text;

/// The code of HTML mode's DOM scorer's headline evidence (`cleaner.scorers.dom.HEADLINE_CODE`).
pub const DOM_HEADLINE_CODE: &str = "dom:headline";

/// The typed columns a reason that comes from Python stands for: a list item's weight
/// (`State::listed`), a headline (`State::headline`), a subheading (`State::subheading`).
pub(crate) fn typed_evidence(state: &mut State, code: &str, weight: f64) {
    if code == LIST_ITEM_CODE {
        state.listed += weight;
    } else if code == HEADLINE_CODE || code == DOM_HEADLINE_CODE {
        state.headline = true;
    } else if code == SUBHEADING_CODE {
        state.subheading = true;
    }
}

#[pyclass(name = "Doc", module = "cleaner._core")]
pub struct PyDoc {
    pub doc: Doc,
}

fn category_of(value: &Bound<'_, PyAny>) -> PyResult<Option<Category>> {
    if value.is_none() {
        return Ok(None);
    }
    let name: String = value.getattr("value")?.extract()?;
    Category::from_name(&name)
        .map(Some)
        .ok_or_else(|| PyValueError::new_err(format!("unknown category {name:?}")))
}

fn label_of(value: &Bound<'_, PyAny>) -> PyResult<Label> {
    let name: String = value.getattr("value")?.extract()?;
    Label::from_name(&name).ok_or_else(|| PyValueError::new_err(format!("unknown label {name:?}")))
}

#[pymethods]
impl PyDoc {
    /// A document from `cleaner.lines.Line` objects, their evidence included.
    #[staticmethod]
    #[pyo3(signature = (lines, shape = "auto", language = "en", url = None))]
    fn from_lines(lines: &Bound<'_, PyList>, shape: &str, language: &str, url: Option<String>) -> PyResult<PyDoc> {
        let shape = Shape::from_name(shape)
            .ok_or_else(|| PyValueError::new_err(format!("unknown shape {shape:?}")))?;
        let mut features = Vec::with_capacity(lines.len());
        let mut states = Vec::with_capacity(lines.len());
        for line in lines.iter() {
            let (raw, text): (String, String) = (line.getattr("raw")?.extract()?, line.getattr("text")?.extract()?);
            features.push(Features {
                padded: (raw != text).then_some(raw),
                text,
                words: line.getattr("words")?.extract()?,
                chars: line.getattr("chars")?.extract()?,
                terminal: line.getattr("terminal")?.extract()?,
                prose: line.getattr("prose")?.extract()?,
                letters: line.getattr("letters")?.extract()?,
                digit: line.getattr("digit")?.extract()?,
                decimal: line.getattr("decimal")?.extract()?,
            });
            let mut state = State {
                score: line.getattr("score")?.extract()?,
                category: category_of(&line.getattr("category")?)?,
                protected: line.getattr("protected")?.extract()?,
                forced: line.getattr("forced")?.extract()?,
                strongest: line.getattr("strongest")?.extract()?,
                positive: line.getattr("positive")?.extract()?,
                first_label: label_of(&line.getattr("first_label")?)?,
                label: label_of(&line.getattr("label")?)?,
                ..State::default()
            };
            for reason in line.getattr("reasons")?.try_iter()? {
                let reason = reason?;
                let code: String = reason.getattr("code")?.extract()?;
                let detail: String = reason.getattr("detail")?.extract()?;
                let weight: f64 = reason.getattr("weight")?.extract()?;
                typed_evidence(&mut state, &code, weight);
                state.reasons.push(Reason { code: Code::from(code), detail: Detail::from(detail), weight });
            }
            states.push(state);
        }
        let mut doc = Doc::new(features, shape, language, url);
        doc.states = states;
        Ok(PyDoc { doc })
    }

    #[getter]
    fn get_language(&self) -> String {
        self.doc.language.clone()
    }

    #[setter]
    fn set_language(&mut self, language: String) {
        self.doc.language = language;
    }

    #[getter]
    fn get_url(&self) -> Option<String> {
        self.doc.url.clone()
    }

    #[setter]
    fn set_url(&mut self, url: Option<String>) {
        self.doc.url = url;
    }

    #[getter]
    fn get_shape(&self) -> &'static str {
        match self.doc.shape {
            Shape::Auto => "auto",
            Shape::Page => "page",
            Shape::Extract => "extract",
        }
    }

    #[setter]
    fn set_shape(&mut self, shape: &str) -> PyResult<()> {
        self.doc.shape = Shape::from_name(shape)
            .ok_or_else(|| PyValueError::new_err(format!("unknown shape {shape:?}")))?;
        Ok(())
    }

    fn __len__(&self) -> usize {
        self.doc.len()
    }

    /// Every line's stripped text (blank lines: "").
    fn texts(&self) -> Vec<&str> {
        self.doc.lines.iter().map(|l| l.text.as_str()).collect()
    }

    /// Every line's stripped text joined by newlines (`"\n".join(texts())`, made at once:
    /// no `str` per line), what the publisher signatures' patterns run on.
    fn joined_text(&self) -> String {
        let mut joined = String::with_capacity(self.doc.lines.iter().map(|l| l.text.len() + 1).sum());
        for (k, line) in self.doc.lines.iter().enumerate() {
            if k > 0 {
                joined.push('\n');
            }
            joined.push_str(&line.text);
        }
        joined
    }

    /// Each line's features: (raw, text, words, chars, terminal, prose, letters, digit,
    /// decimal), the first nine fields of `cleaner.lines.Line` after its index.
    fn features(&self) -> Vec<(String, String, u32, u32, bool, bool, u32, bool, bool)> {
        self.doc
            .lines
            .iter()
            .map(|l| (l.raw().to_string(), l.text.clone(), l.words, l.chars, l.terminal, l.prose,
                      l.letters, l.digit, l.decimal))
            .collect()
    }

    /// What a record run counts of the verdict, without `Line` objects (`CleanResult.tally`):
    /// the lines that hold text, and each dropped line as (index, category or None,
    /// characters of its stripped text).
    fn tally(&self) -> (usize, Vec<(usize, Option<&'static str>, u32)>) {
        let (lines, states) = (&self.doc.lines, &self.doc.states);
        let with_text = lines.iter().filter(|l| !l.text.is_empty()).count();
        let dropped = lines.iter().zip(states).enumerate()
            .filter(|(_, (_, s))| s.label == Label::Drop)
            .map(|(i, (l, s))| (i, s.category.map(Category::name), l.chars))
            .collect();
        (with_text, dropped)
    }

    /// A publisher rule's verdict on line i (`cleaner.rules.RuleSet.apply`): `protect`
    /// keeps it whatever follows (-10), otherwise the line is dropped (+10, `category`)
    /// unless a rule already dropped it. Blank lines are left alone.
    #[pyo3(signature = (i, protect, category, code, detail))]
    fn mark_rule(&mut self, i: usize, protect: bool, category: Option<&str>, code: &str, detail: &str) -> PyResult<()> {
        let category = match category {
            None => None,
            Some(name) => Some(Category::from_name(name)
                .ok_or_else(|| PyValueError::new_err(format!("unknown category {name:?}")))?),
        };
        if i >= self.doc.len() {
            return Err(PyValueError::new_err(format!("line {i} of a {}-line document", self.doc.len())));
        }
        if self.doc.lines[i].text.is_empty() {
            return Ok(());
        }
        let state = &mut self.doc.states[i];
        if protect {
            state.protected = true;
            state.add(-10.0, None, code.to_string(), detail.to_string());
        } else if !state.forced {
            state.forced = true;
            state.add(10.0, category, code.to_string(), detail.to_string());
        }
        Ok(())
    }

    /// Evidence recorded elsewhere (HTML mode's DOM scorer, run in Python), applied in
    /// order: `(i, "add", weight, category, code, detail)` adds evidence as `Line.add`
    /// does; `(i, "protect" | "force", ...)` sets the flag alone; `(i, "category", _,
    /// category, ...)` sets the line's category.
    fn apply_ops(&mut self, ops: Vec<(usize, String, f64, Option<String>, String, String)>) -> PyResult<()> {
        for (i, kind, weight, category, code, detail) in ops {
            if i >= self.doc.len() {
                return Err(PyValueError::new_err(format!("line {i} of a {}-line document", self.doc.len())));
            }
            let state = &mut self.doc.states[i];
            match kind.as_str() {
                "add" => {
                    let category = match category {
                        None => None,
                        Some(name) => Some(Category::from_name(&name).ok_or_else(|| {
                            PyValueError::new_err(format!("unknown category {name:?}"))
                        })?),
                    };
                    typed_evidence(state, &code, weight);
                    state.add(weight, category, code, detail);
                }
                "category" => {
                    state.category = match category {
                        None => None,
                        Some(name) => Some(Category::from_name(&name).ok_or_else(|| {
                            PyValueError::new_err(format!("unknown category {name:?}"))
                        })?),
                    };
                }
                "protect" => state.protected = true,
                "force" => state.forced = true,
                _ => return Err(PyValueError::new_err(format!("unknown operation {kind:?}"))),
            }
        }
        Ok(())
    }

    /// The kept lines as text (`cleaner.render.render`): `part` "article" (every kept
    /// line) or "body" (kept body lines).
    #[pyo3(signature = (part = "article", final_newline = false, line_ends = None))]
    fn render(&self, part: &str, final_newline: bool, line_ends: Option<Vec<String>>) -> PyResult<String> {
        let part = match part {
            "article" => crate::render::Part::Article,
            "body" => crate::render::Part::Body,
            _ => return Err(PyValueError::new_err(format!("part must be article or body, not {part:?}"))),
        };
        Ok(crate::render::render(&self.doc, part, final_newline, line_ends.as_deref()))
    }

    /// Each line's state: (score, category or None, protected, forced, strongest, positive,
    /// first label, label, [(code, detail, weight), ...]).
    fn states<'py>(&self, py: Python<'py>) -> PyResult<Vec<Bound<'py, PyTuple>>> {
        self.doc
            .states
            .iter()
            .map(|s| {
                let reasons: Vec<(&str, Cow<'_, str>, f64)> = s
                    .reasons
                    .iter()
                    .map(|r| (r.code.as_str(), r.detail.text(), r.weight))
                    .collect();
                (
                    s.score,
                    s.category.map(|c| c.name()),
                    s.protected,
                    s.forced,
                    s.strongest,
                    s.positive,
                    s.first_label.name(),
                    s.label.name(),
                    reasons,
                )
                    .into_pyobject(py)
            })
            .collect()
    }
}

/// Which of a set of literals a document holds once folded (`cleaner.prefilter.folded` of
/// its lines' texts joined by newlines): the publisher signatures' prefilter
/// (`RuleBook.detect`). The literals come in groups, a signature's each, longest first; a
/// group is a candidate where the document holds all of its literals (a group of none
/// always is). A group's literals are looked for in order until one is missing (the
/// first, long and rare, is missing from most documents), each literal once, by memchr's
/// vectorised substring search over the folded document.
#[pyclass(name = "LiteralFilter", module = "cleaner._core", frozen)]
pub struct PyLiteralFilter {
    literals: Vec<String>,
    finders: Vec<memmem::Finder<'static>>,
    /// Each group's literals (places in `literals`).
    groups: Vec<Vec<usize>>,
}

impl PyLiteralFilter {
    /// The groups that are candidates in a document (its lines' texts), in order, and
    /// whether it holds each literal (`None`: not looked for, no group needing it).
    fn candidates<'a>(&self, texts: impl Iterator<Item = &'a str> + Clone) -> (Vec<usize>, Vec<Option<bool>>) {
        // (room for the document as it is, with its line ends: most fold to as many bytes)
        let mut folded = String::with_capacity(texts.clone().map(|t| t.len() + 1).sum());
        for (n, text) in texts.enumerate() {
            if n > 0 {
                folded.push('\n');
            }
            push_folded(text, &mut folded);
        }
        let mut held: Vec<Option<bool>> = vec![None; self.literals.len()];
        let candidates = (0..self.groups.len())
            .filter(|&g| {
                self.groups[g].iter().all(|&k| {
                    *held[k].get_or_insert_with(|| self.finders[k].find(folded.as_bytes()).is_some())
                })
            })
            .collect();
        (candidates, held)
    }
}

#[pymethods]
impl PyLiteralFilter {
    #[new]
    fn new(groups: Vec<Vec<String>>) -> Self {
        let mut literals: Vec<String> = Vec::new();
        let groups = groups
            .into_iter()
            .map(|group| {
                group
                    .into_iter()
                    .map(|literal| match literals.iter().position(|l| *l == literal) {
                        Some(place) => place,
                        None => {
                            literals.push(literal);
                            literals.len() - 1
                        }
                    })
                    .collect()
            })
            .collect();
        let finders = literals.iter().map(|l| memmem::Finder::new(l.as_bytes()).into_owned()).collect();
        PyLiteralFilter { literals, finders, groups }
    }

    /// The numbers of the groups whose every literal the document (a `Doc`, or its lines'
    /// texts) holds once folded, in order; and the literals it was found to hold (each
    /// group's up to its first missing one: enough to tell, as
    /// `cleaner.rules.Matcher.may_match` does, which groups it holds).
    fn search<'py>(&self, py: Python<'py>, lines: &Bound<'py, PyAny>)
                   -> PyResult<(Vec<usize>, Bound<'py, PyFrozenSet>)> {
        let (candidates, held) = if let Ok(doc) = lines.cast::<PyDoc>() {
            self.candidates(doc.borrow().doc.lines.iter().map(|l| l.text.as_str()))
        } else {
            let texts: Vec<String> = lines.extract()?;
            self.candidates(texts.iter().map(String::as_str))
        };
        let found = self.literals.iter().zip(&held).filter(|(_, &h)| h == Some(true)).map(|(l, _)| l.as_str());
        Ok((candidates, PyFrozenSet::new(py, found)?))
    }
}

/// Append `cleaner.prefilter.folded(s)`: `s` casefolded (`text::push_casefold_char`,
/// Python's), with `ı` as `i` and no combining dot above (only `İ`, `ı` and that dot itself
/// fold to text holding either). A run of characters that fold to themselves (ASCII but
/// for its capitals, and most beyond it: quotation marks, dashes, most letters of other
/// scripts) is copied whole and its ASCII lowered at once; only the characters folding
/// to something else are written one at a time.
fn push_folded(s: &str, out: &mut String) {
    fn push_lowered(run: &str, out: &mut String) {
        let from = out.len();
        out.push_str(run);
        // (the bytes of a character beyond ASCII are all 0x80 or more: left as they are)
        out[from..].make_ascii_lowercase();
    }
    if s.is_ascii() {
        push_lowered(s, out);
        return;
    }
    let bytes = s.as_bytes();
    let (mut run, mut i) = (0, 0); // the run not yet copied starts at `run`
    while i < bytes.len() {
        if bytes[i] < 0x80 {
            i += text::ascii_prefix(&bytes[i..]);
            continue;
        }
        let c = s[i..].chars().next().expect("a character");
        let next = i + c.len_utf8();
        if !matches!(c, '\u{307}' | 'ı' | 'İ') && text::casefolds_to_itself(c) {
            i = next; // (in the run)
            continue;
        }
        push_lowered(&s[run..i], out);
        match c {
            '\u{307}' => {}
            'ı' | 'İ' => out.push('i'),
            _ => text::push_casefold_char(c, out),
        }
        (run, i) = (next, next);
    }
    push_lowered(&s[run..], out);
}

/// One scorer of a `Stages` run: a core scorer, called directly; any other object with a
/// `score(doc)` method (the lexicon scorer), called through Python.
enum Stage {
    Action(Py<crate::scorers::action::PyActionScorer>),
    Shape(Py<crate::scorers::shape::PyShapeScorer>),
    Byline(Py<crate::scorers::byline::PyBylineScorer>),
    Repetition(Py<crate::scorers::repetition::PyRepetitionScorer>),
    Position(Py<crate::scorers::position::PyPositionScorer>),
    Region(Py<crate::scorers::region::RegionScorer>),
    Other(Py<PyAny>),
}

/// Scorers run on a document in order in one call (`cleaner.engine.Pipeline`: a run of
/// the core's scorers between the Python ones), and, given `mixed_drop_score`, then the
/// classifier's passes: classify, smooth and the article's roles (`classify.rs`,
/// `structure.rs`). A document of text takes one call for the whole pipeline.
#[pyclass(name = "Stages", module = "cleaner._core", frozen)]
pub struct PyStages {
    stages: Vec<Stage>,
    mixed_drop_score: Option<f64>,
}

#[pymethods]
impl PyStages {
    #[new]
    #[pyo3(signature = (scorers, mixed_drop_score = None))]
    fn new(scorers: Vec<Bound<'_, PyAny>>, mixed_drop_score: Option<f64>) -> Self {
        let stages = scorers
            .into_iter()
            .map(|s| {
                if let Ok(s) = s.cast::<crate::scorers::action::PyActionScorer>() {
                    Stage::Action(s.clone().unbind())
                } else if let Ok(s) = s.cast::<crate::scorers::shape::PyShapeScorer>() {
                    Stage::Shape(s.clone().unbind())
                } else if let Ok(s) = s.cast::<crate::scorers::byline::PyBylineScorer>() {
                    Stage::Byline(s.clone().unbind())
                } else if let Ok(s) = s.cast::<crate::scorers::repetition::PyRepetitionScorer>() {
                    Stage::Repetition(s.clone().unbind())
                } else if let Ok(s) = s.cast::<crate::scorers::position::PyPositionScorer>() {
                    Stage::Position(s.clone().unbind())
                } else if let Ok(s) = s.cast::<crate::scorers::region::RegionScorer>() {
                    Stage::Region(s.clone().unbind())
                } else {
                    Stage::Other(s.unbind())
                }
            })
            .collect();
        PyStages { stages, mixed_drop_score }
    }

    /// Whether a run ends with the classifier's passes.
    #[getter]
    fn decides(&self) -> bool {
        self.mixed_drop_score.is_some()
    }

    /// Run the stages on a `cleaner._core.Doc` in place; `span`: the DOM's article
    /// container (the region scorer's, HTML mode), `in_body`: each line's `Dom.in_body`
    /// (the article's roles, HTML mode).
    #[pyo3(signature = (doc, span = None, in_body = None))]
    fn run(&self, py: Python<'_>, doc: &Bound<'_, PyDoc>, span: Option<(usize, usize)>,
           in_body: Option<Vec<bool>>) -> PyResult<()> {
        for stage in &self.stages {
            match stage {
                Stage::Action(s) => s.borrow(py).inner.score(&mut doc.borrow_mut().doc),
                Stage::Shape(s) => s.borrow(py).inner.score(&mut doc.borrow_mut().doc),
                Stage::Byline(s) => s.get().inner.score(&mut doc.borrow_mut().doc),
                Stage::Repetition(s) => s.borrow(py).inner.score(&mut doc.borrow_mut().doc),
                Stage::Position(s) => s.borrow(py).inner.score(&mut doc.borrow_mut().doc),
                Stage::Region(s) => s.get().score_doc(&mut doc.borrow_mut().doc, span),
                Stage::Other(s) => {
                    s.call_method1(py, "score", (doc,))?;
                }
            }
        }
        if let Some(mixed_drop_score) = self.mixed_drop_score {
            let doc = &mut doc.borrow_mut().doc;
            crate::classify::classify(doc);
            crate::classify::smooth(doc, mixed_drop_score);
            crate::structure::assign_roles(doc, in_body.as_deref());
        }
        Ok(())
    }
}

/// `cleaner.classify.classify`, on a `Doc` in place.
#[pyfunction]
pub fn classify(doc: &mut PyDoc) {
    crate::classify::classify(&mut doc.doc);
}

/// `cleaner.classify.smooth`, on a `Doc` in place.
#[pyfunction]
#[pyo3(signature = (doc, mixed_drop_score = crate::classify::MIXED_DROP_SCORE))]
pub fn smooth(doc: &mut PyDoc, mixed_drop_score: f64) {
    crate::classify::smooth(&mut doc.doc, mixed_drop_score);
}

/// The classifier's settings, for the Python side (`cleaner.classify`).
pub fn register_constants(m: &Bound<'_, PyModule>) -> PyResult<()> {
    use crate::classify::*;
    m.add("DROP_THRESHOLD", DROP_THRESHOLD)?;
    m.add("NEAR_THRESHOLD", NEAR_THRESHOLD)?;
    m.add("MAX_SHORT_WORDS", MAX_SHORT_WORDS)?;
    m.add("MIXED_DROP_SCORE", MIXED_DROP_SCORE)?;
    m.add("MAX_FRAGMENT_WORDS", MAX_FRAGMENT_WORDS)?;
    Ok(())
}
