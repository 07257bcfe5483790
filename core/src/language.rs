//! Which language a document is in, to choose its lexicons: the twin of
//! `cleaner/language.py`'s `detect_language(texts, candidates)`, with py3langid's model and
//! decisions as the compiled kernels (`cleaner/_kernels.c`: `dfa_scores`, `half_columns`)
//! make them.
//!
//! The model is py3langid 0.4.0's (`core/data/langid-model.npz.xz`, vendored): build.rs
//! unpacks it into raw tables that are embedded in the library (`include_bytes!`), so
//! that it is ready at once, costs no process memory of its own (its pages are the
//! library file's, shared, read in where the walk goes) and no file is read or cached.
//!
//! The decision, step by step as Python makes it:
//! 1. the sample: the 12 longest texts (lengths in code points; a stable sort, so equal
//!    lengths keep their order), taken longest first until `SAMPLE_CHARS` is reached, and
//!    joined by single spaces; no characters at all: no language (`None`);
//! 2. the languages: the candidates and `EXTRA_LANGUAGES`, a set, in sorted order; one the
//!    model does not know is an error (`ValueError`), as in py3langid's `set_languages`;
//! 3. py3langid's `_encode`: an all-uppercase sample (`str.isupper`) is lowercased
//!    (`str.lower`), then NFC-normalised and encoded as UTF-8 (lone surrogates passed);
//! 4. the DFA walk over the bytes counts the n-gram features (in order of first emission);
//! 5. naive Bayes: per language, the sum over features of `log1pf(count) * ptc[f, lang]`
//!    (`log1pf` in float32, product and sum in float64, features in first-emission order),
//!    rounded to float32 and plus the prior (float32): `_kernels.c`'s `add_row` and
//!    `write_scores`, bit for bit. No feature at all: every score is `RAW_FLOOR`;
//! 6. a label that appears twice in the restricted model (py3langid's script aliases,
//!    `sr`, `uz`) keeps the larger of its two scores in its first column (Python's
//!    `max(a, b)`: `b` only if `b > a`) and its second column gets `RAW_FLOOR`;
//! 7. the argmax. Tie rule: the FIRST column (in the model's column order, restricted) with
//!    the highest score wins, as Python's `max(range(n), key=scores.__getitem__)` and
//!    NumPy's `argmax` both choose: a later column replaces the best only if its score is
//!    strictly greater (so a NaN, which the model's finite tables cannot produce, would never
//!    replace one, nor be replaced if first).

use std::borrow::Cow;
use std::cell::RefCell;
use std::collections::{BTreeSet, HashMap};
use std::fmt;
use std::io::Read;
use std::sync::{Arc, Mutex, OnceLock};

use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyList, PyString};
use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

#[path = "language_tables.rs"]
mod language_tables;

pub use language_tables::{Hop, ModelError, Slot};
use language_tables::{step, Tables, SLOT_BYTE_BITS};

use crate::text;
#[cfg(test)]
use language_tables::{check_dfa, check_walk, DfaState};

/// Enough text for a confident guess: the longest lines (the article's sentences, not
/// the menus), up to about this many characters.
pub const SAMPLE_CHARS: usize = 600;
/// How many of the longest lines the sample is taken from (`detect_language`'s `[:12]`).
pub const SAMPLE_LINES: usize = 12;
/// Languages the guess may return besides those with lexicons: widespread ones, so that
/// a Japanese page is called Japanese (and falls back to English lexicons) rather than
/// forced into the nearest lexicon language (a Zulu page into Indonesian). The written
/// languages of the regions news comes from, but those close to a lexicon language (Slovak
/// to Czech, Malay to Indonesian, Nynorsk to Bokmål, Catalan and Galician to Spanish and
/// Portuguese), whose pages that lexicon serves better than English, and Somali and Hausa,
/// which the model takes short English pages for.
pub const EXTRA_LANGUAGES: [&str; 44] = [
    "ar", "zh", "ja", "ko", "tr", "sv", "da", "no", "fi", "cs", "uk", "id", "hi",
    // Africa
    "af", "am", "sw", "xh", "yo", "zu",
    // Western, South and South-East Asia
    "bn", "fa", "he", "ml", "mr", "ta", "te", "th", "tl", "ur",
    // Europe and the Caucasus
    "az", "be", "bg", "bs", "et", "hr", "hy", "ka", "kk", "lt", "lv", "mk", "sl", "sq", "sr",
];
/// py3langid's score of a language no feature spoke for (its RAW_FLOOR: float32's lowest).
pub const RAW_FLOOR: f32 = f32::MIN;

// ---------------------------------------------------------------------------------------
// Errors

/// Languages the model does not know (py3langid's `set_languages`: a `ValueError`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownLanguages(pub Vec<String>);

impl fmt::Display for UnknownLanguages {
    /// As Python words it: `Unknown language code(s): {'xx', 'yy'}` (here sorted; a Python
    /// set's order is its hashes').
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let codes: Vec<String> = self.0.iter().map(|c| format!("'{c}'")).collect();
        write!(f, "Unknown language code(s): {{{}}}", codes.join(", "))
    }
}

impl std::error::Error for UnknownLanguages {}

// ---------------------------------------------------------------------------------------
// The model

/// The embedded model's sizes, labels and priors (`langid_model.rs`: written by build.rs
/// from the vendored `data/langid-model.npz.xz`, py3langid 0.4.0's).
mod embedded {
    include!(concat!(env!("OUT_DIR"), "/langid_model.rs"));
}

/// Bytes at an 8-byte boundary, so that they can be read as u16, [`Slot`] or [`Hop`].
#[repr(C, align(8))]
struct Aligned<T: ?Sized>(T);

// The embedded model's big tables, as build.rs wrote them (the target's byte order, the
// walk's layout): in the library's read-only data, so file-backed pages that processes
// share and that are read in only where a text's walk goes.
static SLOTS: &Aligned<[u8]> = &Aligned(*include_bytes!(concat!(env!("OUT_DIR"), "/langid_slots.bin")));
static HOPS: &Aligned<[u8]> = &Aligned(*include_bytes!(concat!(env!("OUT_DIR"), "/langid_hops.bin")));
static PTC: &Aligned<[u8]> = &Aligned(*include_bytes!(concat!(env!("OUT_DIR"), "/langid_ptc.bin")));

/// `bytes` as `T`s: 8-aligned (`Aligned`), a whole number of them.
///
/// SAFETY (the caller's): every bit pattern is a valid `T` (u16, `Slot`, `Hop`: plain
/// integers, `repr(C)`, no padding), and `T`'s alignment is at most 8.
unsafe fn cast<T>(bytes: &'static Aligned<[u8]>) -> &'static [T] {
    let bytes = &bytes.0;
    assert!(std::mem::align_of::<T>() <= 8 && bytes.len() % std::mem::size_of::<T>() == 0);
    std::slice::from_raw_parts(bytes.as_ptr().cast::<T>(), bytes.len() / std::mem::size_of::<T>())
}

/// py3langid's model: the byte-level DFA that finds the n-gram features, and the naive
/// Bayes tables. The embedded one borrows the library's data; one read from `.npz` bytes
/// (tests) owns its tables. The DFA is kept compact (`language_tables::Compact`), checked
/// (`check_walk`) so that the walk never leaves its tables: the embedded one by build.rs,
/// when it made them.
pub struct Model {
    /// Labels of the classifier's columns (a label may appear twice: script aliases).
    classes: Vec<String>,
    /// Per feature, one float16 (IEEE half, as its bits) per class: rows of `classes.len()`.
    ptc: Cow<'static, [u16]>,
    /// Per class, the prior (float32).
    pc: Vec<f32>,
    /// The compact DFA: per state, its fallback and where the fallback's moves lie.
    hops: Cow<'static, [Hop]>,
    /// The compact DFA's moves, interleaved (`language_tables::step`).
    slots: Cow<'static, [Slot]>,
    /// How many bytes before a position decide the walk's state there (0: all of them):
    /// the walk's parts may begin there (`walk`).
    window: usize,
    /// The number of features: the rows of `ptc`.
    features: usize,
}

/// How many parts of a text the walk follows at once (`Model::walk`).
const WALKS: usize = 8;

/// A part of a text the walk follows: the next byte, the end, the first byte whose
/// feature it records, and where it is (state and base).
#[derive(Clone, Copy, Default)]
struct Lane {
    at: usize,
    end: usize,
    from: usize,
    state: usize,
    base: usize,
}

impl fmt::Debug for Model {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Model")
            .field("classes", &self.classes.len())
            .field("features", &self.features)
            .field("states", &self.hops.len())
            .field("slots", &self.slots.len())
            .finish()
    }
}

impl Model {
    /// The embedded model (py3langid 0.4.0's), built once per process: its tables are the
    /// library's read-only data, nothing is read, unpacked or copied.
    pub fn embedded() -> &'static Arc<Model> {
        static MODEL: OnceLock<Arc<Model>> = OnceLock::new();
        MODEL.get_or_init(|| {
            // SAFETY: u16, Slot (repr(C) u32, u32, i32) and Hop (repr(C) u32, u32) hold any
            // bits; align <= 8.
            let (slots, hops, ptc) = unsafe { (cast::<Slot>(SLOTS), cast::<Hop>(HOPS), cast::<u16>(PTC)) };
            let classes: Vec<String> = embedded::CLASSES.iter().map(|c| c.to_string()).collect();
            // The sizes build.rs recorded: these slices are the tables it checked.
            assert!(
                slots.len() == embedded::SLOTS
                    && hops.len() == embedded::STATES
                    && ptc.len() == embedded::FEATURES * classes.len(),
                "the embedded language model's tables are not those build.rs wrote"
            );
            Arc::new(Model {
                classes,
                ptc: Cow::Borrowed(ptc),
                pc: embedded::PC_BITS.iter().map(|&b| f32::from_bits(b)).collect(),
                hops: Cow::Borrowed(hops),
                slots: Cow::Borrowed(slots),
                window: embedded::WINDOW,
                features: embedded::FEATURES,
            })
        })
    }

    /// A model from an uncompressed `.npz` stream (a zip of stored `.npy` files, as
    /// `numpy.savez` writes it), checked.
    pub fn from_npz<R: Read>(reader: R) -> Result<Model, ModelError> {
        let t = Tables::from_npz(reader)?;
        Ok(Model {
            classes: t.classes,
            ptc: Cow::Owned(t.ptc),
            pc: t.pc,
            hops: Cow::Owned(t.hops),
            slots: Cow::Owned(t.slots),
            window: t.window,
            features: t.features,
        })
    }

    /// The labels of the model's columns, in order (a label may appear twice).
    pub fn classes(&self) -> &[String] {
        &self.classes
    }

    /// The number of n-gram features (rows of the naive Bayes table).
    pub fn features(&self) -> usize {
        self.features
    }

    /// The DFA walk (py3langid's `visit_counts`, the kernel's `walk`): `seen[f]` counts
    /// feature `f`, `order` lists the features in the order of their first emission.
    ///
    /// A step's reads depend on the step before, so a walk waits for each read it misses
    /// in the cache. Where the model's state at a position depends only on the `window`
    /// bytes before it (`language_tables::window`), the text is cut in `WALKS` parts,
    /// each walked from state 0 `window` bytes before its start, all at once, so that
    /// their waits overlap; the features each position emits are recorded (`emitted`),
    /// then counted in the text's order.
    fn walk(&self, data: &[u8], seen: &mut [u32], order: &mut Vec<u32>, emitted: &mut Vec<i32>) {
        debug_assert!(seen.len() >= self.features);
        let (hops, slots) = (&self.hops[..], &self.slots[..]);
        let parts = if self.window == 0 { 1 } else { WALKS.min(data.len() / (4 * self.window + 1)).max(1) };
        let part = data.len().div_ceil(parts);
        let mut lanes = [Lane::default(); WALKS];
        for (k, lane) in lanes[..parts].iter_mut().enumerate() {
            let from = (k * part).min(data.len());
            let at = if k == 0 { 0 } else { from - self.window };
            *lane = Lane { at, end: ((k + 1) * part).min(data.len()), from, state: 0, base: 0 }; // state 0's slots at 0
        }
        emitted.clear();
        emitted.resize(data.len(), -1);
        let mut busy = true;
        while busy {
            busy = false;
            for lane in &mut lanes[..parts] {
                if lane.at < lane.end {
                    busy = true;
                    // SAFETY: `check_walk` passed on these tables (build.rs's, for the
                    // embedded ones; `from_npz`'s otherwise): a step stays in them and
                    // ends, and leads to a state (< hops.len()) and its base. The tables
                    // are private and never change after.
                    let slot = unsafe { step(hops, slots, lane.state, lane.base, data[lane.at]) };
                    (lane.state, lane.base) = ((slot.tag >> SLOT_BYTE_BITS) as usize, slot.base as usize);
                    if lane.at >= lane.from {
                        emitted[lane.at] = slot.feature;
                    }
                    lane.at += 1;
                }
            }
        }
        for &feature in emitted.iter() {
            if feature >= 0 {
                // (every emitted feature is a row of ptc, < features <= seen.len(): check_walk)
                let count = &mut seen[feature as usize];
                if *count == 0 {
                    order.push(feature as u32);
                }
                *count += 1;
            }
        }
    }
}

/// `half_to_float` of every half, computed once: a row's conversion is a load per value.
fn half_floats() -> &'static [f32] {
    static FLOATS: OnceLock<Vec<f32>> = OnceLock::new();
    FLOATS.get_or_init(|| (0..=u16::MAX).map(half_to_float).collect())
}

/// An IEEE 754 half float, exactly, as a float (`_kernels.c`'s `half_to_float`).
pub fn half_to_float(half: u16) -> f32 {
    let sign = ((half & 0x8000) as u32) << 16;
    let (mut exponent, mut mantissa) = (((half >> 10) & 0x1f) as u32, (half & 0x3ff) as u32);
    let bits = if exponent == 0x1f {
        sign | 0x7f80_0000 | (mantissa << 13) // infinity, NaN (its payload kept)
    } else if exponent != 0 {
        sign | ((exponent + 112) << 23) | (mantissa << 13)
    } else if mantissa == 0 {
        sign
    } else {
        // a subnormal half is a normal float
        exponent = 113;
        while mantissa & 0x400 == 0 {
            mantissa <<= 1;
            exponent -= 1;
        }
        sign | (exponent << 23) | ((mantissa & 0x3ff) << 13)
    };
    f32::from_bits(bits)
}


// ---------------------------------------------------------------------------------------
// An identifier restricted to some languages

/// py3langid's `classify` restricted to some languages (norm_probs off, as
/// `detect_language` uses it). It keeps its own table: the model's rows cut down to its
/// columns, as float32 (`half_to_float` is exact: the same values the C kernel's
/// `half_columns` copied out), side by side, so that a feature's weights are one or two
/// cache lines (the model's row of every class is five) and need no conversion. A row is
/// made where a text first needs it (`Rows::made`): a document's sample holds a few
/// hundred of the model's 146,000 features, and a run over many documents some tens of
/// thousands, so that making every row at once (10 MB read out of the model's 28 MB,
/// about 50 million instructions for 22 languages) cost a one-line run more than cleaning
/// its line.
pub struct Identifier {
    model: Arc<Model>,
    /// The restricted columns' labels, in the model's column order.
    classes: Vec<String>,
    /// The restricted columns: their places in the model's rows.
    columns: Vec<usize>,
    /// (first, duplicate) columns of a label that appears twice.
    aliases: Vec<(usize, usize)>,
    prior: Vec<f32>,
    /// The rows made so far (behind a lock: a text's rows are made, then summed).
    rows: Mutex<Rows>,
    /// The columns in chunks of `LANES` (the last one padded with zeros).
    chunks: usize,
}

/// An identifier's rows, made where first needed.
struct Rows {
    /// Per feature, its row in `table` plus one (0: not made yet).
    at: Vec<u32>,
    /// Rows of `chunks` chunks: a feature's ptc in the restricted columns, then zeros.
    table: Vec<[f32; LANES]>,
}

impl Rows {
    /// Which row of `table` each of `features` has, each made if it is not yet (rows of
    /// `chunks` chunks): `features` become their rows.
    fn made(&mut self, features: &mut [u32], model: &Model, columns: &[usize], chunks: usize) {
        let (classes_in_model, floats) = (model.classes.len(), half_floats());
        for f in features.iter_mut() {
            let at = &mut self.at[*f as usize];
            if *at == 0 {
                let row = &model.ptc[*f as usize * classes_in_model..][..classes_in_model];
                let start = self.table.len();
                self.table.resize(start + chunks, [0f32; LANES]);
                for (weight, &j) in self.table[start..].as_flattened_mut().iter_mut().zip(columns) {
                    *weight = floats[row[j] as usize];
                }
                *at = (start / chunks + 1) as u32; // (at most the model's features)
            }
            *f = *at - 1;
        }
    }
}

/// The columns a chunk holds (one AVX vector of float64, two SSE2 ones).
const LANES: usize = 4;

/// The most chunks the sum keeps in registers at once (`block_sums`): 32 columns.
const BLOCK: usize = 8;

/// How many rows ahead of the sum the scoring asks for (as `_kernels.c`'s PREFETCH_ROWS).
const PREFETCH_ROWS: usize = 8;

/// Ask the cache for the lines of a row (a hint: no effect on any result).
#[inline(always)]
fn prefetch<T>(span: &[T]) {
    #[cfg(target_arch = "x86_64")]
    {
        // SAFETY: prefetches of addresses inside a live slice; they read nothing.
        unsafe {
            use std::arch::x86_64::{_mm_prefetch, _MM_HINT_T0};
            let (start, bytes) = (span.as_ptr().cast::<u8>(), std::mem::size_of_val(span));
            let mut at = 0;
            while at < bytes {
                _mm_prefetch::<_MM_HINT_T0>(start.add(at).cast::<i8>());
                at += 64; // a cache line
            }
            if bytes > 0 {
                _mm_prefetch::<_MM_HINT_T0>(start.add(bytes - 1).cast::<i8>());
            }
        }
    }
    #[cfg(not(target_arch = "x86_64"))]
    let _ = span;
}

/// Counts below this have their weight `log1pf(n)` in a table (the same function's values).
const WEIGHTS: usize = 256;

/// A feature's weight: `log1pf(count)` (libm's, as the C kernel's), as float64.
#[inline]
fn weight(count: u32, table: &[f64; WEIGHTS]) -> f64 {
    match table.get(count as usize) {
        Some(&w) => w,
        None => (count as f32).ln_1p() as f64,
    }
}

/// `log1pf(n)` for the counts below `WEIGHTS`, computed once by the same call.
fn log1p_weights() -> &'static [f64; WEIGHTS] {
    static TABLE: OnceLock<[f64; WEIGHTS]> = OnceLock::new();
    TABLE.get_or_init(|| std::array::from_fn(|n| (n as f32).ln_1p() as f64))
}

thread_local! {
    /// The walk's per-feature counts, kept zeroed between calls (a fresh zeroed buffer per
    /// call costs more in page faults than the walk), the order of first emission, the
    /// features' weights, the sums, and the feature of each byte.
    static SCRATCH: RefCell<(Vec<u32>, Vec<u32>, Vec<f64>, Vec<f64>, Vec<i32>)> =
        const { RefCell::new((Vec::new(), Vec::new(), Vec::new(), Vec::new(), Vec::new())) };
}

/// The naive Bayes sums of `N` chunks of columns, from chunk `first` of each row:
/// `sums[c] += weights[i] * table[rows[i]][c]` for the features' rows in order (float64, the
/// float32 values widened: exact products, the same sums whatever the vector width). The
/// sums stay in registers; with AVX, a chunk is one instruction of each kind.
#[inline(always)]
fn block_sums_in<const N: usize>(rows: &[u32], weights: &[f64], table: &[[f32; LANES]], chunks: usize, first: usize) -> [[f64; LANES]; N] {
    let mut sums = [[0f64; LANES]; N];
    for (at, (&f, &weight)) in rows.iter().zip(weights).enumerate() {
        // The rows are scattered over megabytes: each is asked for some rows ahead
        // (a prefetch changes no result), so that their loads overlap, not queue.
        if let Some(&ahead) = rows.get(at + PREFETCH_ROWS) {
            let start = ahead as usize * chunks + first;
            prefetch(&table[start..start + N]);
        }
        let start = f as usize * chunks + first;
        let row: &[[f32; LANES]; N] = table[start..start + N].try_into().expect("N chunks");
        for (sums, chunk) in sums.iter_mut().zip(row) {
            for (sum, &p) in sums.iter_mut().zip(chunk) {
                *sum += weight * p as f64;
            }
        }
    }
    sums
}

/// `block_sums_in` with AVX where the processor has it (the same arithmetic: IEEE float64
/// products and sums, no fused multiply-add), else as the target's baseline compiles it.
fn block_sums<const N: usize>(order: &[u32], weights: &[f64], table: &[[f32; LANES]], chunks: usize, first: usize) -> [[f64; LANES]; N] {
    #[cfg(target_arch = "x86_64")]
    {
        #[target_feature(enable = "avx")]
        unsafe fn with_avx<const N: usize>(order: &[u32], weights: &[f64], table: &[[f32; LANES]], chunks: usize, first: usize) -> [[f64; LANES]; N] {
            block_sums_in::<N>(order, weights, table, chunks, first)
        }
        if std::arch::is_x86_feature_detected!("avx") {
            // SAFETY: the processor has AVX.
            return unsafe { with_avx::<N>(order, weights, table, chunks, first) };
        }
    }
    block_sums_in::<N>(order, weights, table, chunks, first)
}

impl Identifier {
    /// Restricted to `languages` (py3langid's `set_languages`): the model's columns whose
    /// label is one of them, in the model's order.
    pub fn new(model: Arc<Model>, languages: &[String]) -> Result<Identifier, UnknownLanguages> {
        let wanted: BTreeSet<&str> = languages.iter().map(String::as_str).collect();
        let known: BTreeSet<&str> = model.classes.iter().map(String::as_str).collect();
        let unknown: Vec<String> = wanted.difference(&known).map(|s| s.to_string()).collect();
        if !unknown.is_empty() {
            return Err(UnknownLanguages(unknown));
        }
        let columns: Vec<usize> =
            (0..model.classes.len()).filter(|&i| wanted.contains(model.classes[i].as_str())).collect();
        let classes: Vec<String> = columns.iter().map(|&i| model.classes[i].clone()).collect();
        let mut first: HashMap<&str, usize> = HashMap::new();
        let mut aliases = Vec::new();
        for (i, c) in classes.iter().enumerate() {
            match first.get(c.as_str()) {
                Some(&f) => aliases.push((f, i)),
                None => {
                    first.insert(c, i);
                }
            }
        }
        let prior = columns.iter().map(|&i| model.pc[i]).collect();
        let rows = Mutex::new(Rows { at: vec![0; model.features], table: Vec::new() });
        let chunks = columns.len().div_ceil(LANES);
        Ok(Identifier { model, classes, columns, aliases, prior, rows, chunks })
    }

    /// Make every row now (a text makes those it needs, `Rows::made`): a process about to
    /// fork several workers makes them once, to be shared, instead of each worker making
    /// (and reading the model's pages for) those its texts need.
    pub fn make_every_row(&self) {
        if self.chunks == 0 {
            return;
        }
        let mut every: Vec<u32> = (0..self.model.features as u32).collect();
        let mut rows = self.rows.lock().unwrap_or_else(|e| e.into_inner());
        let missing = rows.at.iter().filter(|&&at| at == 0).count();
        rows.table.reserve(missing * self.chunks);
        rows.made(&mut every, &self.model, &self.columns, self.chunks);
    }

    /// The restricted columns' labels, in order.
    pub fn classes(&self) -> &[String] {
        &self.classes
    }

    /// The raw scores of UTF-8 bytes (py3langid's `_decide` after `_encode`), aliases
    /// folded: `_Identifier.decide`'s `scores` before the argmax.
    pub fn scores(&self, data: &[u8]) -> Vec<f32> {
        let (model, k) = (&*self.model, self.classes.len());
        let mut scores = SCRATCH.with(|scratch| {
            let (seen, order, weights, sums, emitted) = &mut *scratch.borrow_mut();
            if seen.len() < model.features {
                seen.resize(model.features, 0);
            }
            order.clear();
            model.walk(data, seen, order, emitted);
            // the features' weights, log1pf(n) (the counts zeroed again for the next call)
            let weights_table = log1p_weights();
            weights.clear();
            weights.extend(order.iter().map(|&f| weight(std::mem::take(&mut seen[f as usize]), weights_table)));
            if order.is_empty() || k == 0 {
                return vec![RAW_FLOOR; k]; // no features
            }
            // sums[c] += weight * row[c]: float32 weight, float64 product (exact) and sum,
            // features in first-emission order (the kernel's add_row), BLOCK chunks of
            // columns at a time (each column's sum is its own: the blocks change no order)
            // (the features become their rows' places in the table: `order` is read no more)
            let mut rows = self.rows.lock().unwrap_or_else(|e| e.into_inner());
            rows.made(order, model, &self.columns, self.chunks);
            sums.clear();
            let mut first = 0;
            while first < self.chunks {
                let block = (self.chunks - first).min(BLOCK);
                let (table, chunks) = (&rows.table[..], self.chunks);
                macro_rules! sum {
                    ($($n:literal)*) => {
                        match block {
                            $($n => sums.extend(block_sums::<$n>(order, weights, table, chunks, first).as_flattened()),)*
                            _ => unreachable!("a block holds 1 to BLOCK chunks"),
                        }
                    };
                }
                sum!(1 2 3 4 5 6 7 8);
                first += block;
            }
            sums[..k].iter().zip(&self.prior).map(|(&s, &p)| s as f32 + p).collect()
        });
        for &(i, j) in &self.aliases {
            if scores[j] > scores[i] {
                scores[i] = scores[j]; // Python's max(scores[i], scores[j])
            }
            scores[j] = RAW_FLOOR;
        }
        scores
    }

    /// The language of UTF-8 bytes as `_encode` leaves them: the first best column.
    pub fn decide_encoded(&self, data: &[u8]) -> &str {
        let scores = self.scores(data);
        let mut best = 0;
        for (i, &s) in scores.iter().enumerate().skip(1) {
            if s > scores[best] {
                best = i; // strictly greater: ties keep the first column
            }
        }
        &self.classes[best]
    }

    /// The language of a text (py3langid's `classify(text)[0]`).
    pub fn decide(&self, text: &str) -> &str {
        self.decide_encoded(&encode(text.as_bytes()))
    }
}

// ---------------------------------------------------------------------------------------
// Python's text semantics: str.isupper, str.lower, NFC, encode("utf8", "surrogatepass")
//
// Texts are handled as "WTF-8": UTF-8 in which a lone surrogate (which a Python str may
// hold) is its 3-byte form ED A0..BF xx, as Python's surrogatepass encodes it. Valid UTF-8
// is the common case; a surrogate is neither cased nor changed by lower() or NFC, and
// splits the text into pieces that are (see `encode`).

/// Code points that Python 3.11 (Unicode 14.0) and this build's tables (unicode-normalization's
/// combining classes and decompositions, and Rust's `char` case properties, a newer Unicode;
/// case itself is read from `crate::text`, Python's own tables) see differently: mostly letters and marks
/// assigned since 14.0 (Garay's cased letters, new combining marks), and six whose
/// properties changed (U+0295 became Lo; five modifier letters became Lowercase). For
/// Python all of them are starters with no canonical decomposition, unchanged by
/// `lower()`, and uncased except U+0295, which is lowercase. Found by comparing every code
/// point; the test `python_and_rust_see_every_code_point_alike` compares them again (with
/// python3 at hand), so that a new toolchain's tables cannot slip by.
const PYTHON_SEES_OTHERWISE: &[(u32, u32)] = &[
    (0x295, 0x295), (0x5C8, 0x5C9), (0x897, 0x897), (0x10FC, 0x10FC), (0x1ACF, 0x1AF0),
    (0x1C89, 0x1C8A), (0xA7CB, 0xA7CF), (0xA7D2, 0xA7D2), (0xA7D4, 0xA7D4), (0xA7DA, 0xA7DC),
    (0xA7F1, 0xA7F4), (0xAB69, 0xAB69), (0x105C9, 0x105C9), (0x105E4, 0x105E4),
    (0x10D50, 0x10D65), (0x10D69, 0x10D6D), (0x10D70, 0x10D85), (0x10ECB, 0x10ECF),
    (0x10EF0, 0x10EFB), (0x10EFD, 0x10EFF), (0x11383, 0x11383), (0x11385, 0x11385),
    (0x1138E, 0x1138E), (0x11391, 0x11391), (0x113C5, 0x113C5), (0x113C7, 0x113C8),
    (0x113CE, 0x113D0), (0x11F41, 0x11F42), (0x16121, 0x16128), (0x1612F, 0x1612F),
    (0x16D68, 0x16D6A), (0x16EA0, 0x16EB8), (0x16EBB, 0x16ED3), (0x1D127, 0x1D128),
    (0x1D250, 0x1D252), (0x1D25B, 0x1D25C), (0x1D25F, 0x1D25F), (0x1D280, 0x1D281),
    (0x1DF25, 0x1DF2A), (0x1E030, 0x1E06D), (0x1E08F, 0x1E08F), (0x1E4EC, 0x1E4EF),
    (0x1E5EE, 0x1E5EF), (0x1E6E3, 0x1E6E3), (0x1E6E6, 0x1E6E6), (0x1E6EE, 0x1E6EF),
    (0x1E6F5, 0x1E6F5),
];
fn python_sees_otherwise(c: char) -> bool {
    let cp = c as u32;
    cp >= 0x295
        && PYTHON_SEES_OTHERWISE
            .binary_search_by(|&(lo, hi)| {
                if hi < cp {
                    std::cmp::Ordering::Less
                } else if lo > cp {
                    std::cmp::Ordering::Greater
                } else {
                    std::cmp::Ordering::Equal
                }
            })
            .is_ok()
}

/// Python's `str.isupper` of the text cut into `runs`: `text::isupper`'s rule (no lowercase
/// or titlecase character, at least one uppercase one; Python's own case flags) over the
/// runs and the inert units between them (a lone surrogate is uncased; U+0295, which
/// `runs` sets apart, is lowercase to Python).
fn py_isupper(parts: &[(&str, &[u8])]) -> bool {
    let mut cased = false;
    let mut look = |c: char| -> bool {
        if text::has_lower(c) || text::has_title(c) {
            return false;
        }
        cased |= text::has_upper(c);
        true
    };
    for &(run, inert) in parts {
        if !run.chars().all(&mut look) {
            return false;
        }
        let unit = std::str::from_utf8(inert).ok().and_then(|u| u.chars().next());
        if unit.is_some_and(|c| !look(c)) {
            return false;
        }
    }
    cased
}

/// WTF-8 bytes cut into runs of valid UTF-8 that Rust's tables treat as Python does, and
/// the inert units between them (lone surrogates, and the code points Python sees
/// otherwise): `(run, inert unit after it, or empty)`.
fn runs(data: &[u8]) -> Vec<(&str, &[u8])> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < data.len() {
        let b = data[i];
        if b < 0x80 {
            i += 1;
            continue;
        }
        let width = if b >= 0xF0 { 4 } else if b >= 0xE0 { 3 } else { 2 };
        let unit = &data[i..(i + width).min(data.len())];
        // (valid UTF-8 has ED 80..9F only: ED A0..BF is a surrogate)
        let inert = if b == 0xED && unit.len() == 3 && unit[1] >= 0xA0 {
            true
        } else {
            std::str::from_utf8(unit).ok().and_then(|u| u.chars().next()).is_some_and(python_sees_otherwise)
        };
        if inert {
            out.push((std::str::from_utf8(&data[start..i]).expect("WTF-8"), unit));
            start = i + unit.len();
        }
        i += unit.len();
    }
    out.push((std::str::from_utf8(&data[start..]).expect("WTF-8"), &data[data.len()..]));
    out
}

/// py3langid's `_encode` of a str: lowercased if `isupper()`, NFC, UTF-8 (surrogates
/// passed). `data` is the text as WTF-8.
///
/// Python's `lower()` maps Σ to ς at a word's end (Final_Sigma: a cased letter before it,
/// none after, case-ignorable characters skipped); `text::lower` (Python's own) applies it
/// within each run. A surrogate, or a code point unassigned in Python's Unicode, is neither cased
/// nor case-ignorable, so it ends the context as the end of a run does: lowering the runs
/// apart gives Python's result (the five modifier letters of `PYTHON_SEES_OTHERWISE` are
/// case-ignorable for Python: a Σ beside one of them, in an all-uppercase text, is the one
/// case where this may differ). Likewise NFC: each inert unit is a starter that composes
/// with nothing, for Python.
pub fn encode(data: &[u8]) -> Cow<'_, [u8]> {
    if data.is_ascii() {
        // NFC already; lowered if it has an uppercase letter and no lowercase one
        let upper = data.iter().any(u8::is_ascii_uppercase) && !data.iter().any(u8::is_ascii_lowercase);
        return if upper { Cow::Owned(data.to_ascii_lowercase()) } else { Cow::Borrowed(data) };
    }
    let parts = runs(data);
    let upper = py_isupper(&parts);
    if !upper && parts.len() == 1 && is_nfc_quick(parts[0].0.chars()) == IsNormalized::Yes {
        return Cow::Borrowed(data);
    }
    let mut out = Vec::with_capacity(data.len() + 8);
    for (run, inert) in parts {
        let lowered: Cow<str> = if upper { Cow::Owned(text::lower(run)) } else { Cow::Borrowed(run) };
        if lowered.is_ascii() || is_nfc_quick(lowered.chars()) == IsNormalized::Yes {
            out.extend_from_slice(lowered.as_bytes());
        } else {
            let mut buf = [0u8; 4];
            for c in lowered.nfc() {
                out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
            }
        }
        out.extend_from_slice(inert);
    }
    Cow::Owned(out)
}

// ---------------------------------------------------------------------------------------
// detect_language

/// The texts' sample as `detect_language` takes it: of the `SAMPLE_LINES` longest
/// (`len`: code points; a stable sort, longest first, so equal lengths keep their order),
/// as many as reach `SAMPLE_CHARS`, joined by single spaces (WTF-8 bytes); `None` if they
/// hold no character. `lengths(i)` is the code-point length of text `i`; `append(i, out)`
/// appends its WTF-8 (called for the chosen texts only).
pub fn sample(
    count: usize,
    mut lengths: impl FnMut(usize) -> usize,
    mut append: impl FnMut(usize, &mut Vec<u8>),
) -> Option<Vec<u8>> {
    // the longest, by insertion: after every one at least as long (stability)
    let mut longest: Vec<(usize, usize)> = Vec::with_capacity(SAMPLE_LINES + 1); // (len, index)
    for i in 0..count {
        let len = lengths(i);
        if longest.len() == SAMPLE_LINES && len <= longest[SAMPLE_LINES - 1].0 {
            continue;
        }
        let at = longest.partition_point(|&(l, _)| l >= len);
        longest.insert(at, (len, i));
        longest.truncate(SAMPLE_LINES);
    }
    let mut size = 0;
    let mut taken = 0;
    for &(len, _) in &longest {
        taken += 1;
        size += len;
        if size >= SAMPLE_CHARS {
            break;
        }
    }
    if size == 0 {
        return None;
    }
    let mut out = Vec::with_capacity(size + taken);
    for (k, &(_, i)) in longest[..taken].iter().enumerate() {
        if k > 0 {
            out.push(b' ');
        }
        append(i, &mut out);
    }
    Some(out)
}

/// The languages an identifier is restricted to: the candidates and `EXTRA_LANGUAGES`,
/// without repeats, sorted (Python's `tuple(sorted({*candidates, *EXTRA_LANGUAGES}))`;
/// codes compare by code point, as Rust's `str` order does on UTF-8).
pub fn languages<S: AsRef<str>>(candidates: &[S]) -> Vec<String> {
    let set: BTreeSet<&str> =
        candidates.iter().map(AsRef::as_ref).chain(EXTRA_LANGUAGES.iter().copied()).collect();
    set.into_iter().map(str::to_string).collect()
}

/// `detect_language` with one model and an identifier per set of languages (built on first
/// use and kept, up to `IDENTIFIERS_KEPT` of them), found by the candidates as given (no
/// set is made per call).
pub struct Detector {
    model: Arc<Model>,
    identifiers: Mutex<Identifiers>,
}

/// How many identifiers a detector keeps (each holds a table of about 0.4 MB per language):
/// one more starts the collection over. A process asks for one set or a few.
const IDENTIFIERS_KEPT: usize = 8;

/// A detector's identifiers, by their languages, and by candidates as last given.
#[derive(Default)]
struct Identifiers {
    by_languages: HashMap<Vec<String>, Arc<Identifier>>,
    by_candidates: Vec<(Vec<String>, Arc<Identifier>)>,
}

impl Detector {
    pub fn new(model: Arc<Model>) -> Detector {
        Detector { model, identifiers: Mutex::new(Identifiers::default()) }
    }

    pub fn model(&self) -> &Arc<Model> {
        &self.model
    }

    /// The identifier restricted to `languages` (sorted, no repeats).
    pub fn identifier(&self, languages: Vec<String>) -> Result<Arc<Identifier>, UnknownLanguages> {
        let mut cache = self.identifiers.lock().unwrap_or_else(|e| e.into_inner());
        Self::kept(&mut cache, &self.model, languages)
    }

    fn kept(cache: &mut Identifiers, model: &Arc<Model>, languages: Vec<String>) -> Result<Arc<Identifier>, UnknownLanguages> {
        if let Some(found) = cache.by_languages.get(&languages) {
            return Ok(found.clone());
        }
        let made = Arc::new(Identifier::new(model.clone(), &languages)?);
        if cache.by_languages.len() == IDENTIFIERS_KEPT {
            *cache = Identifiers::default();
        }
        cache.by_languages.insert(languages, made.clone());
        Ok(made)
    }

    /// The identifier of `candidates` and the extra languages (`languages`).
    pub fn identifier_for<S: AsRef<str>>(&self, candidates: &[S]) -> Result<Arc<Identifier>, UnknownLanguages> {
        let mut cache = self.identifiers.lock().unwrap_or_else(|e| e.into_inner());
        let same = |given: &[String]| given.len() == candidates.len() && given.iter().zip(candidates).all(|(g, c)| g == c.as_ref());
        if let Some((_, found)) = cache.by_candidates.iter().find(|(given, _)| same(given)) {
            return Ok(found.clone());
        }
        let made = Self::kept(&mut cache, &self.model, languages(candidates))?;
        if cache.by_candidates.len() == IDENTIFIERS_KEPT {
            cache.by_candidates.clear();
        }
        cache.by_candidates.push((candidates.iter().map(|c| c.as_ref().to_string()).collect(), made.clone()));
        Ok(made)
    }

    /// The most likely language of a document's lines, or `None` if it has no text.
    pub fn detect<S: AsRef<str>>(&self, texts: &[&str], candidates: &[S]) -> Result<Option<String>, UnknownLanguages> {
        let Some(data) = sample(texts.len(), |i| texts[i].chars().count(), |i, out| out.extend_from_slice(texts[i].as_bytes())) else {
            return Ok(None);
        };
        self.decide_sample(&data, candidates)
    }

    /// The language of a sample (WTF-8) among `candidates` and the extra languages.
    pub fn decide_sample<S: AsRef<str>>(&self, data: &[u8], candidates: &[S]) -> Result<Option<String>, UnknownLanguages> {
        let identifier = self.identifier_for(candidates)?;
        Ok(Some(identifier.decide_encoded(&encode(data)).to_string()))
    }
}

// ---------------------------------------------------------------------------------------
// Python

/// `cleaner._core.LanguageIdentifier()`: the embedded model (py3langid 0.4.0's), ready at
/// once, and `decide(texts, candidates)`, `cleaner.language.detect_language`. Thread-safe
/// (frozen; the identifiers per set of languages behind a mutex, the walk's scratch per
/// thread).
#[pyclass(name = "LanguageIdentifier", module = "cleaner._core", frozen)]
pub struct PyLanguageIdentifier {
    detector: Detector,
}

/// A Python str as WTF-8: its UTF-8, or with lone surrogates, Python's own
/// `encode("utf-8", "surrogatepass")`.
fn wtf8<'a>(text: &'a Bound<'_, PyString>) -> PyResult<Cow<'a, [u8]>> {
    match text.to_str() {
        Ok(s) => Ok(Cow::Borrowed(s.as_bytes())),
        Err(_) => {
            let encoded = text.call_method1("encode", ("utf-8", "surrogatepass"))?;
            Ok(Cow::Owned(encoded.cast_into::<PyBytes>()?.as_bytes().to_vec()))
        }
    }
}

#[pymethods]
impl PyLanguageIdentifier {
    #[new]
    fn new() -> Self {
        PyLanguageIdentifier { detector: Detector::new(Model::embedded().clone()) }
    }

    /// `detect_language(texts, candidates)`: the most likely language of a document's
    /// lines among the candidates and the extra languages, or None if they hold no text.
    /// `texts`: the lines' texts, or a `cleaner._core.Doc` (its lines', read where they
    /// are). A list is read in place (another iterable is made a list first); only the
    /// chosen lines are converted.
    fn decide(&self, texts: &Bound<'_, PyAny>, candidates: &Bound<'_, PyAny>) -> PyResult<Option<String>> {
        if let Ok(doc) = texts.cast::<crate::bridge::PyDoc>() {
            let doc = doc.borrow();
            let lines = &doc.doc.lines;
            // (a line's `chars` is Python's len of its text: a Doc holds no surrogate)
            let data = sample(lines.len(), |i| lines[i].chars as usize,
                              |i, out| out.extend_from_slice(lines[i].text.as_bytes()));
            return self.decide_data(data, candidates);
        }
        let texts = match texts.cast::<PyList>() {
            Ok(list) => list.clone(),
            Err(_) => texts.py().get_type::<PyList>().call1((texts,))?.cast_into::<PyList>()?,
        };
        let mut lengths = Vec::with_capacity(texts.len());
        for item in texts.iter() {
            let text = item.cast::<PyString>().map_err(|e| PyTypeError::new_err(e.to_string()))?;
            lengths.push(text.len()?); // (Python's len: code points, surrogates counted)
        }
        let mut failed: Option<PyErr> = None;
        let data = sample(lengths.len(), |i| lengths[i], |i, out| {
            // (the list may have changed since its lengths were read: an item's own error)
            let appended = texts.get_item(i).and_then(|item| Ok(out.extend_from_slice(&wtf8(item.cast::<PyString>()?)?)));
            if let Err(e) = appended {
                failed.get_or_insert(e);
            }
        });
        if let Some(e) = failed {
            return Err(e);
        }
        self.decide_data(data, candidates)
    }

    /// The language of a sample (`sample`; `None`: no text) among the candidates.
    fn decide_data(&self, data: Option<Vec<u8>>, candidates: &Bound<'_, PyAny>) -> PyResult<Option<String>> {
        let Some(data) = data else { return Ok(None) };
        let mut codes: Vec<Bound<'_, PyString>> = Vec::new();
        for code in candidates.try_iter()? {
            codes.push(code?.cast_into::<PyString>().map_err(|e| PyTypeError::new_err(e.to_string()))?);
        }
        let codes: Vec<&str> = codes.iter().map(|c| c.to_str()).collect::<PyResult<_>>()?;
        self.detector.decide_sample(&data, &codes).map_err(|e| PyValueError::new_err(e.to_string()))
    }

    /// Make every row of the identifier of `candidates` now (`Identifier::make_every_row`).
    fn make_every_row(&self, candidates: Vec<String>) -> PyResult<()> {
        let identifier = self.detector.identifier_for(&candidates).map_err(|e| PyValueError::new_err(e.to_string()))?;
        identifier.make_every_row();
        Ok(())
    }

    /// The language of one text among exactly `languages` (py3langid's
    /// `set_languages(languages)` then `classify(text)[0]`), without the sample or extras.
    fn classify(&self, text: &Bound<'_, PyString>, languages: Vec<String>) -> PyResult<String> {
        let languages: Vec<String> = languages.into_iter().collect::<BTreeSet<_>>().into_iter().collect();
        let identifier = self.detector.identifier(languages).map_err(|e| PyValueError::new_err(e.to_string()))?;
        Ok(identifier.decide_encoded(&encode(&wtf8(text)?)).to_string())
    }

    /// The raw scores behind `classify` (float32, aliases folded), with the restricted
    /// columns' labels: `(labels, scores)`, for checking the arithmetic bit for bit.
    fn scores(&self, text: &Bound<'_, PyString>, languages: Vec<String>) -> PyResult<(Vec<String>, Vec<f32>)> {
        let languages: Vec<String> = languages.into_iter().collect::<BTreeSet<_>>().into_iter().collect();
        let identifier = self.detector.identifier(languages).map_err(|e| PyValueError::new_err(e.to_string()))?;
        Ok((identifier.classes().to_vec(), identifier.scores(&encode(&wtf8(text)?))))
    }

    /// The labels of the model's columns, in order.
    #[getter]
    fn classes(&self) -> Vec<String> {
        self.detector.model().classes().to_vec()
    }

    #[classattr]
    const SAMPLE_CHARS: usize = SAMPLE_CHARS;

    #[classattr]
    #[allow(non_snake_case)]
    fn EXTRA_LANGUAGES() -> Vec<&'static str> {
        EXTRA_LANGUAGES.to_vec()
    }
}

/// The Python-visible items of this module.
pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<PyLanguageIdentifier>()
}

#[cfg(test)]
mod tests {
    use super::*;

    // -- a tiny model, written as numpy.savez writes one (stored zip of .npy files) -----

    fn npy(descr: &str, shape: &[usize], data: &[u8]) -> Vec<u8> {
        let dims: Vec<String> = shape.iter().map(|n| n.to_string()).collect();
        let shape = if dims.len() == 1 { format!("({},)", dims[0]) } else { format!("({})", dims.join(", ")) };
        let mut header = format!("{{'descr': '{descr}', 'fortran_order': False, 'shape': {shape}, }}");
        while (10 + header.len() + 1) % 64 != 0 {
            header.push(' ');
        }
        header.push('\n');
        let mut out = b"\x93NUMPY\x01\x00".to_vec();
        out.extend_from_slice(&(header.len() as u16).to_le_bytes());
        out.extend_from_slice(header.as_bytes());
        out.extend_from_slice(data);
        out
    }

    fn npz(members: &[(&str, Vec<u8>)]) -> Vec<u8> {
        let mut out = Vec::new();
        for (name, data) in members {
            out.extend_from_slice(b"PK\x03\x04\x2d\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00");
            out.extend_from_slice(&(data.len() as u32).to_le_bytes());
            out.extend_from_slice(&(data.len() as u32).to_le_bytes());
            out.extend_from_slice(&(name.len() as u16).to_le_bytes());
            out.extend_from_slice(&0u16.to_le_bytes());
            out.extend_from_slice(name.as_bytes());
            out.extend_from_slice(data);
        }
        out.extend_from_slice(b"PK\x05\x06");
        out
    }

    fn halves(values: &[f32]) -> Vec<u8> {
        // exact small values only: 1.0, 0.5, 2.0, 0.25 ... (sign, exponent, no mantissa)
        values
            .iter()
            .flat_map(|&v| {
                let bits: u16 = if v == 0.0 {
                    0
                } else {
                    let e = v.abs().log2() as i32 + 15;
                    (if v < 0.0 { 0x8000 } else { 0 }) | ((e as u16) << 10)
                };
                bits.to_le_bytes()
            })
            .collect()
    }

    /// A DFA over bytes: 'a' emits feature 0, 'b' feature 1, anything else nothing. Three
    /// columns labelled `labels`; ptc[feature][class] and the priors as given.
    fn tiny(labels: &[&str], ptc: &[f32], pc: &[f32]) -> Model {
        let mut row = vec![0u16; 256];
        row[b'a' as usize] = 1;
        row[b'b' as usize] = 2;
        let width = labels.iter().map(|l| l.chars().count()).max().unwrap();
        let classes: Vec<u8> = labels
            .iter()
            .flat_map(|l| {
                let mut cs: Vec<u32> = l.chars().map(|c| c as u32).collect();
                cs.resize(width, 0);
                cs.into_iter().flat_map(u32::to_le_bytes).collect::<Vec<u8>>()
            })
            .collect();
        let k = labels.len();
        let members = vec![
            ("ptc.npy", npy("<f2", &[ptc.len() / k, k], &halves(ptc))),
            ("pc.npy", npy("<f4", &[k], &pc.iter().flat_map(|v| v.to_le_bytes()).collect::<Vec<u8>>())),
            ("classes.npy", npy(&format!("<U{width}"), &[k], &classes)),
            ("nextmove.npy", npy("<u2", &[256], &row.iter().flat_map(|v| v.to_le_bytes()).collect::<Vec<u8>>())),
            ("nextmove_row.npy", npy("<u2", &[3], &[0, 0, 0, 0, 0, 0])),
            ("out_feat.npy", npy("<i4", &[3], &[-1i32, 0, 1].iter().flat_map(|v| v.to_le_bytes()).collect::<Vec<u8>>())),
        ];
        Model::from_npz(&npz(&members)[..]).expect("a tiny model")
    }

    fn all(model: Model) -> Identifier {
        let labels: Vec<String> = model.classes().to_vec();
        Identifier::new(Arc::new(model), &labels).unwrap()
    }

    #[test]
    fn half_floats_convert_exactly() {
        assert_eq!(half_to_float(0x3C00), 1.0);
        assert_eq!(half_to_float(0xC000), -2.0);
        assert_eq!(half_to_float(0x3555), 0.333_251_953_125);
        assert_eq!(half_to_float(0x0001), 2f32.powi(-24)); // the smallest subnormal
        assert_eq!(half_to_float(0x03FF), 1023.0 * 2f32.powi(-24));
        assert_eq!(half_to_float(0x7C00), f32::INFINITY);
        assert!(half_to_float(0x7E00).is_nan());
        assert_eq!(half_to_float(0x8000).to_bits(), (-0.0f32).to_bits());
        assert_eq!(half_to_float(0xCB80), -15.0);
    }

    #[test]
    fn the_walk_counts_features_and_naive_bayes_scores_them() {
        // "aab": feature 0 twice, feature 1 once
        let ident = all(tiny(&["xx", "yy", "zz"], &[1.0, 0.5, 0.25, -1.0, 2.0, 0.0], &[0.0, 0.0, 4.0]));
        let scores = ident.scores(b"aab");
        let (w2, w1) = ((2f32).ln_1p() as f64, (1f32).ln_1p() as f64);
        assert_eq!(scores[0], (w2 * 1.0 + w1 * -1.0) as f32);
        assert_eq!(scores[1], (w2 * 0.5 + w1 * 2.0) as f32);
        assert_eq!(scores[2], (w2 * 0.25) as f32 + 4.0);
        assert_eq!(ident.decide("aab"), "zz"); // the prior decides
        assert_eq!(ident.decide(&"b".repeat(24)), "yy"); // 2 * log1p(24) > the prior 4
        // the scratch counts are zeroed after each call: the same text, the same scores
        assert_eq!(ident.scores(b"aab"), scores);
    }

    #[test]
    fn rows_made_at_once_score_as_rows_made_where_first_needed() {
        let model = || tiny(&["xx", "yy", "zz"], &[1.0, 0.5, 0.25, -1.0, 2.0, 0.0], &[0.0, 0.0, 4.0]);
        let (lazy, every) = (all(model()), all(model()));
        every.make_every_row();
        for text in [&b"aab"[..], b"b", b"ba", b"zzz"] {
            assert_eq!(lazy.scores(text), every.scores(text));
        }
        lazy.make_every_row(); // (rows already made are kept)
        assert_eq!(lazy.scores(b"aab"), every.scores(b"aab"));
    }

    #[test]
    fn no_feature_means_every_score_is_the_floor_and_the_first_column_wins() {
        let ident = all(tiny(&["xx", "yy"], &[1.0, 2.0, 1.0, 2.0], &[0.0, 1.0]));
        assert_eq!(ident.scores(b"zzz 123"), vec![RAW_FLOOR, RAW_FLOOR]);
        assert_eq!(ident.decide("zzz 123"), "xx");
        assert_eq!(ident.decide(""), "xx");
    }

    #[test]
    fn ties_go_to_the_first_column() {
        let ident = all(tiny(&["xx", "yy", "zz"], &[1.0, 2.0, 2.0, 1.0, 1.0, 1.0], &[0.0, 0.0, 0.0]));
        assert_eq!(ident.scores(b"a")[1], ident.scores(b"a")[2]);
        assert_eq!(ident.decide("a"), "yy");
    }

    #[test]
    fn a_label_twice_keeps_its_larger_score_in_its_first_column() {
        // columns: sr, en, sr (a script alias): the second sr scores best
        let model = Arc::new(tiny(&["sr", "en", "sr"], &[1.0, 2.0, 4.0, 1.0, 1.0, 1.0], &[0.0, 0.0, 0.0]));
        let ident = Identifier::new(model.clone(), &["en".to_string(), "sr".to_string()]).unwrap();
        let scores = ident.scores(b"a");
        assert_eq!(scores[0], (1f32.ln_1p() as f64 * 4.0) as f32); // the second sr's
        assert_eq!(scores[2], RAW_FLOOR);
        assert_eq!(ident.decide("a"), "sr");
        // restricted to one label: its columns only, in the model's order
        let en = Identifier::new(model, &["en".to_string()]).unwrap();
        assert_eq!(en.classes(), &["en".to_string()]);
        assert_eq!(en.decide("a"), "en");
    }

    #[test]
    fn unknown_languages_are_an_error() {
        let model = Arc::new(tiny(&["xx", "yy"], &[1.0, 2.0, 1.0, 2.0], &[0.0, 1.0]));
        let err = Identifier::new(model, &["xx".into(), "qq".into()]).err().unwrap();
        assert_eq!(err.to_string(), "Unknown language code(s): {'qq'}");
    }

    #[test]
    fn a_model_that_does_not_fit_together_is_refused() {
        assert!(matches!(Model::from_npz(&b"garbage that is no zip"[..]), Err(ModelError::Format(_))));
        assert!(matches!(Model::from_npz(&b"PK\x03"[..]), Err(ModelError::Io(_))));
        let mut row = vec![0u16; 256];
        row[7] = 9; // a move to a state that does not exist
        let members = vec![
            ("ptc.npy", npy("<f2", &[1, 1], &halves(&[1.0]))),
            ("pc.npy", npy("<f4", &[1], &0f32.to_le_bytes())),
            ("classes.npy", npy("<U2", &[1], &[b'x', 0, 0, 0, b'x', 0, 0, 0])),
            ("nextmove.npy", npy("<u2", &[256], &row.iter().flat_map(|v| v.to_le_bytes()).collect::<Vec<u8>>())),
            ("nextmove_row.npy", npy("<u2", &[1], &[0, 0])),
            ("out_feat.npy", npy("<i4", &[1], &(-1i32).to_le_bytes())),
        ];
        let err = Model::from_npz(&npz(&members)[..]).unwrap_err();
        assert!(err.to_string().contains("outside the states"), "{err}");
    }

    // -- the compact DFA and the sums -----------------------------------------------------

    /// A xorshift stream: the same numbers on every run.
    fn numbers(mut x: u64) -> impl FnMut() -> u64 {
        move || {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x
        }
    }

    /// An Aho-Corasick DFA over `patterns` (as py3langid's is made): a state per prefix,
    /// each pattern's state emitting it; rows shared where equal.
    fn aho_corasick(patterns: &[&[u8]]) -> (Vec<u32>, Vec<DfaState>) {
        let mut prefixes: Vec<Vec<u8>> = vec![vec![]];
        for p in patterns {
            for end in 1..=p.len() {
                if !prefixes.contains(&p[..end].to_vec()) {
                    prefixes.push(p[..end].to_vec());
                }
            }
        }
        // the move on b: the longest suffix of prefix + b that is a prefix
        let longest = |text: &[u8]| (0..=text.len()).find_map(|at| prefixes.iter().position(|p| p == &text[at..])).unwrap();
        let mut nextmove = Vec::new();
        let mut states = Vec::new();
        for p in &prefixes {
            let row: Vec<u32> = (0..=255u8).map(|b| longest(&[p.as_slice(), &[b]].concat()) as u32).collect();
            let at = (0..nextmove.len() / 256).find(|&r| nextmove[r * 256..r * 256 + 256] == row[..]);
            let at = at.unwrap_or_else(|| {
                nextmove.extend_from_slice(&row);
                nextmove.len() / 256 - 1
            });
            let feature = patterns.iter().position(|q| q == &p.as_slice()).map_or(-1, |f| f as i32);
            states.push(DfaState { row: (at * 256) as u32, feature });
        }
        (nextmove, states)
    }

    /// The compact walk's states from state 0 over `text`, with the features emitted.
    fn walked(c: &language_tables::Compact, text: &[u8]) -> Vec<(u32, i32)> {
        let (mut state, mut base) = (0, 0);
        text.iter()
            .map(|&b| {
                // SAFETY: `compact` checked the tables (check_walk).
                let slot = unsafe { step(&c.hops, &c.slots, state, base, b) };
                (state, base) = ((slot.tag >> SLOT_BYTE_BITS) as usize, slot.base as usize);
                (slot.tag >> SLOT_BYTE_BITS, slot.feature)
            })
            .collect()
    }

    #[test]
    fn the_compact_dfa_emits_what_the_dfa_emits() {
        let patterns: [&[u8]; 7] = [b"the", b"he", b"e", b"her", b"ab", b"b", b"\xc3\xa9"];
        let (nextmove, states) = aho_corasick(&patterns);
        check_dfa(&nextmove, &states, patterns.len()).unwrap();
        let c = language_tables::compact(&nextmove, &states).unwrap();
        // fewer slots than the rows' moves (state 0 keeps its 256; the others their own)
        assert!(c.slots.len() < nextmove.len(), "{} slots", c.slots.len());
        let mut next = numbers(7);
        for _ in 0..200 {
            let text: Vec<u8> = (0..next() % 40).map(|_| b"theraby \xc3\xa9"[next() as usize % 10]).collect();
            let mut state = 0;
            let expected: Vec<i32> = text
                .iter()
                .map(|&b| {
                    state = nextmove[states[state].row as usize + b as usize] as usize;
                    states[state].feature
                })
                .collect();
            let emitted: Vec<i32> = walked(&c, &text).into_iter().map(|(_, f)| f).collect();
            assert_eq!(emitted, expected, "{text:?}");
        }
        // t, th, the, (the)r -> her, (ther)e -> e: a state emits its own pattern
        assert_eq!(walked(&c, b"there").iter().map(|&(_, f)| f).collect::<Vec<_>>(), [-1, -1, 0, 3, 2]);
    }

    #[test]
    fn an_aho_corasick_dfa_has_a_window_and_its_walks_in_parts_count_alike() {
        let patterns: [&[u8]; 6] = [b"the", b"he", b"e", b"her", b"ab", b"b"];
        let (nextmove, states) = aho_corasick(&patterns);
        assert_eq!(language_tables::compact(&nextmove, &states).unwrap().window, 3); // "the", "her"
        // a DFA whose state remembers more than its strings' bytes: no window
        let mut next = numbers(5);
        let random: Vec<u32> = (0..20 * 256).map(|_| (next() % 20) as u32).collect();
        let states20: Vec<DfaState> = (0..20).map(|s| DfaState { row: s * 256, feature: -1 }).collect();
        assert_eq!(language_tables::compact(&random, &states20).unwrap().window, 0);
        // the walk in WALKS parts counts what one walk counts, in the same order
        let model = tiny(&["xx", "yy"], &[1.0, 2.0, 1.0, 2.0], &[0.0, 0.0]);
        let mut parted = Model { window: 1, ..model };
        let text: Vec<u8> = (0..500).map(|_| b"abz"[next() as usize % 3]).collect();
        let counted = |m: &Model| {
            let (mut seen, mut order, mut emitted) = (vec![0u32; 2], Vec::new(), Vec::new());
            m.walk(&text, &mut seen, &mut order, &mut emitted);
            (seen, order)
        };
        let in_parts = counted(&parted);
        parted.window = 0; // one walk from the start
        assert_eq!(in_parts, counted(&parted));
        assert_eq!(in_parts.0.iter().sum::<u32>() as usize, text.iter().filter(|&&b| b != b'z').count());
    }

    #[test]
    fn any_dfa_compacts_exactly() {
        // random moves (no Aho-Corasick structure): exact all the same, every move checked
        let mut next = numbers(11);
        let n = 300;
        let nextmove: Vec<u32> = (0..n * 256).map(|_| (next() % n as u64) as u32).collect();
        let states: Vec<DfaState> = (0..n).map(|s| DfaState { row: (s * 256) as u32, feature: (s % 5) as i32 - 1 }).collect();
        let c = language_tables::compact(&nextmove, &states).unwrap();
        check_walk(&c.hops, &c.slots, 4).unwrap();
        let text: Vec<u8> = (0..5000).map(|_| next() as u8).collect();
        let mut state = 0;
        let expected: Vec<i32> = text
            .iter()
            .map(|&b| {
                state = nextmove[state * 256 + b as usize] as usize;
                states[state].feature
            })
            .collect();
        let emitted: Vec<i32> = walked(&c, &text).into_iter().map(|(_, f)| f).collect();
        assert_eq!(emitted, expected);
    }

    #[test]
    fn a_compact_walk_that_could_leave_its_tables_or_never_end_is_refused() {
        let (nextmove, states) = aho_corasick(&[b"ab", b"b"]);
        let c = language_tables::compact(&nextmove, &states).unwrap();
        let mut slots = c.slots.clone();
        slots[b'a' as usize].base = slots.len() as u32; // a base past the end
        assert!(check_walk(&c.hops, &slots, 2).is_err());
        let mut slots = c.slots.clone();
        slots[b'a' as usize].feature = 2; // a feature outside ptc
        assert!(check_walk(&c.hops, &slots, 2).is_err());
        let mut slots = c.slots.clone();
        slots[0].tag = 0; // state 0 without its move on byte 0
        assert!(check_walk(&c.hops, &slots, 2).is_err());
        // two states that fall back on each other, at a base with no complete moves
        let mut hops = c.hops.clone();
        let end = c.slots.len() as u32 - 256;
        hops[1] = Hop { fallback: 2, fallback_base: end };
        hops[2] = Hop { fallback: 1, fallback_base: end };
        let mut slots = c.slots.clone();
        for slot in &mut slots[end as usize..] {
            *slot = Slot::default();
        }
        slots[..256].copy_from_slice(&c.slots[..256]);
        assert!(check_walk(&hops, &slots, 2).unwrap_err().to_string().contains("circle"));
    }

    #[test]
    fn the_sums_are_the_same_with_and_without_avx() {
        let mut next = numbers(3);
        let chunks = 11;
        let table: Vec<[f32; LANES]> =
            (0..50 * chunks).map(|_| std::array::from_fn(|_| half_to_float((next() as u16) & 0x7BFF))).collect();
        let order: Vec<u32> = (0..40).map(|_| (next() % 50) as u32).collect();
        let weights: Vec<f64> = (0..40).map(|i| ((i % 7 + 1) as f32).ln_1p() as f64).collect();
        fn check<const N: usize>(order: &[u32], weights: &[f64], table: &[[f32; LANES]], chunks: usize) {
            for first in [0, chunks - N] {
                let (a, b) = (block_sums::<N>(order, weights, table, chunks, first), block_sums_in::<N>(order, weights, table, chunks, first));
                let bits = |s: [[f64; LANES]; N]| s.as_flattened().iter().map(|v| v.to_bits()).collect::<Vec<_>>();
                assert_eq!(bits(a), bits(b));
                // and each column is the plain sum, in order
                for (c, &sum) in a.as_flattened().iter().enumerate() {
                    let column = first * LANES + c;
                    let mut plain = 0f64;
                    for (&f, &w) in order.iter().zip(weights) {
                        plain += w * table[f as usize * chunks + column / LANES][column % LANES] as f64;
                    }
                    assert_eq!(sum.to_bits(), plain.to_bits());
                }
            }
        }
        check::<1>(&order, &weights, &table, chunks);
        check::<3>(&order, &weights, &table, chunks);
        check::<8>(&order, &weights, &table, chunks);
    }

    #[test]
    fn an_identifier_of_more_columns_than_a_block_sums_each_column() {
        // 37 labels: 10 chunks, summed as a block of 8 and one of 2
        let labels: Vec<String> = (0..37).map(|i| format!("l{i:02}")).collect();
        let refs: Vec<&str> = labels.iter().map(String::as_str).collect();
        let ptc: Vec<f32> = (0..2 * 37).map(|i| [1.0, 0.5, 2.0, 0.25, 4.0][i % 5]).collect();
        let ident = all(tiny(&refs, &ptc, &vec![0.0; 37]));
        let scores = ident.scores(b"aab");
        let (w2, w1) = ((2f32).ln_1p() as f64, (1f32).ln_1p() as f64);
        for (c, &score) in scores.iter().enumerate() {
            assert_eq!(score, (w2 * ptc[c] as f64 + w1 * ptc[37 + c] as f64) as f32, "column {c}");
        }
    }

    #[test]
    fn identifiers_are_found_by_their_candidates_and_kept() {
        let detector = Detector::new(Model::embedded().clone());
        let a = detector.identifier_for(&["en", "de"]).unwrap();
        assert!(Arc::ptr_eq(&a, &detector.identifier_for(&["en", "de"]).unwrap()));
        // the same languages given otherwise: the same identifier
        assert!(Arc::ptr_eq(&a, &detector.identifier_for(&["de", "en", "en"]).unwrap()));
        assert!(Arc::ptr_eq(&a, &detector.identifier(languages(&["de", "en"])).unwrap()));
        // (a label the model has twice, `sr`, in two columns)
        let labels: BTreeSet<&String> = a.classes().iter().collect();
        assert_eq!(labels.len(), EXTRA_LANGUAGES.len() + 2);
        // more sets than are kept: each still right
        for code in ["fr", "it", "es", "pt", "nl", "pl", "ru", "el", "fr"] {
            let ident = detector.identifier_for(&[code]).unwrap();
            assert!(ident.classes().iter().any(|c| c == code));
        }
        assert!(detector.identifier_for(&["en", "xx"]).is_err());
    }

    // -- the sample and the languages ---------------------------------------------------

    fn sampled(texts: &[&str]) -> Option<String> {
        sample(texts.len(), |i| texts[i].chars().count(), |i, out| out.extend_from_slice(texts[i].as_bytes()))
            .map(|b| String::from_utf8(b).unwrap())
    }

    #[test]
    fn the_sample_is_the_longest_lines_longest_first() {
        assert_eq!(sampled(&["ab", "abcd", "abc"]).unwrap(), "abcd abc ab");
        // equal lengths keep their order (a stable sort)
        assert_eq!(sampled(&["one", "two", "three", "six"]).unwrap(), "three one two six");
        // lengths in code points, not bytes: "éé" (2) is shorter than "abc" (3)
        assert_eq!(sampled(&["éé", "abc"]).unwrap(), "abc éé");
    }

    #[test]
    fn the_sample_stops_at_sample_chars_and_twelve_lines() {
        let long = "x".repeat(SAMPLE_CHARS);
        assert_eq!(sampled(&["short", &long, "y"]).unwrap(), long);
        let lines: Vec<String> = (0..20).map(|i| format!("{:>width$}", i, width = 20 - i)).collect();
        let refs: Vec<&str> = lines.iter().map(String::as_str).collect();
        let expected: Vec<&str> = refs[..SAMPLE_LINES].to_vec();
        assert_eq!(sampled(&refs).unwrap(), expected.join(" "));
        // 599 characters are not enough: the next line is taken too
        let almost = "z".repeat(SAMPLE_CHARS - 1);
        assert_eq!(sampled(&[&almost, "ab", "c"]).unwrap(), format!("{almost} ab"));
    }

    #[test]
    fn no_characters_no_sample() {
        assert_eq!(sampled(&[]), None);
        assert_eq!(sampled(&["", "", ""]), None);
        assert_eq!(sampled(&["", " "]).unwrap(), "  "); // a space is a character
    }

    #[test]
    fn languages_are_the_candidates_and_the_extras_sorted() {
        let langs = languages(&["fr", "en", "fr", "ar"]);
        assert_eq!(langs.first().map(String::as_str), Some("af"));
        assert!(langs.windows(2).all(|w| w[0] < w[1]));
        assert_eq!(langs.len(), EXTRA_LANGUAGES.len() + 2);
        assert_eq!(languages::<&str>(&[]).len(), EXTRA_LANGUAGES.len());
    }

    // -- _encode: str.isupper, str.lower, NFC, surrogatepass ---------------------------

    fn encoded(text: &str) -> String {
        String::from_utf8(encode(text.as_bytes()).into_owned()).unwrap()
    }

    #[test]
    fn an_all_uppercase_text_is_lowercased() {
        assert_eq!(encoded("THE COUNCIL, 2024!"), "the council, 2024!");
        assert_eq!(encoded("The Council"), "The Council"); // not all upper
        assert_eq!(encoded("123 456"), "123 456"); // no cased character: not upper
        assert_eq!(encoded("ÄRGER ÜBER"), "ärger über");
        // a titlecase letter (Lt) is not upper: nothing is lowered
        assert_eq!(encoded("ǅ ABC"), "ǅ ABC");
        // Python's lower: Σ at a word's end is ς, elsewhere σ; İ is i + combining dot
        assert_eq!(encoded("ΟΔΟΣ ΣΟΦΙΑΣ Σ"), "οδος σοφιας σ");
        assert_eq!(encoded("İSTANBUL"), "i\u{307}stanbul");
        // U+0295 is lowercase to Python (Ll in Unicode 14.0), though `runs` sets it apart:
        // a text holding it is not upper
        assert_eq!(encoded("ABC \u{295}"), "ABC \u{295}");
    }

    #[test]
    fn text_is_nfc_normalised() {
        assert_eq!(encoded("cafe\u{301}"), "café");
        assert_eq!(encoded("A\u{308}RGER"), "ärger"); // lowered, then composed
        assert!(matches!(encode("plain ascii".as_bytes()), Cow::Borrowed(_)));
        assert!(matches!(encode("déjà composé".as_bytes()), Cow::Borrowed(_)));
    }

    #[test]
    fn lone_surrogates_pass_through_and_split_the_text() {
        // "ABC\u{D800}DEF" as Python's surrogatepass encodes it: still all upper
        let mut data = b"ABC".to_vec();
        data.extend_from_slice(&[0xED, 0xA0, 0x80]);
        data.extend_from_slice(b"DE\xCE\xA3");
        let mut expected = b"abc".to_vec();
        expected.extend_from_slice(&[0xED, 0xA0, 0x80]);
        expected.extend_from_slice("deς".as_bytes());
        assert_eq!(encode(&data).into_owned(), expected);
        let mut mixed = b"Abc".to_vec();
        mixed.extend_from_slice(&[0xED, 0xB0, 0x80]);
        assert_eq!(encode(&mixed).into_owned(), mixed);
    }

    /// Every code point as Python 3.11 sees it (`str.isupper`, `_encode`, the combining
    /// class and canonical decomposition NFC composes by) against this module's view: the
    /// check that `PYTHON_SEES_OTHERWISE` is complete for this toolchain's Unicode tables.
    /// Python prints the code points where one of the four is not trivial.
    #[test]
    fn python_and_rust_see_every_code_point_alike() {
        let script = r#"
import sys, unicodedata as u
if sys.version_info[:2] != (3, 11): sys.exit(3)
out = []
for cp in range(0x110000):
    if 0xD800 <= cp <= 0xDFFF: continue
    c = chr(cp)
    e = unicodedata_nfc = u.normalize('NFC', c.lower() if c.isupper() else c)
    d = u.normalize('NFD', c)
    if c.isupper() or e != c or u.combining(c) or d != c:
        out.append('%x %d %s %d %s' % (cp, c.isupper(), '.'.join('%x' % ord(x) for x in e),
                   u.combining(c), '.'.join('%x' % ord(x) for x in d)))
print('\n'.join(out))
"#;
        let Ok(run) = std::process::Command::new("python3").args(["-c", script]).output() else {
            eprintln!("no python3: skipped");
            return;
        };
        if !run.status.success() {
            eprintln!("not Python 3.11: skipped");
            return;
        }
        let hex = |cs: &str| -> String { cs.split('.').map(|h| char::from_u32(u32::from_str_radix(h, 16).unwrap()).unwrap()).collect() };
        let mut python: HashMap<u32, (bool, String, u8, String)> = HashMap::new();
        for line in String::from_utf8(run.stdout).unwrap().lines() {
            let f: Vec<&str> = line.split(' ').collect();
            python.insert(u32::from_str_radix(f[0], 16).unwrap(), (f[1] == "1", hex(f[2]), f[3].parse().unwrap(), hex(f[4])));
        }
        let mut differing = Vec::new();
        for cp in 0..0x110000u32 {
            let Some(c) = char::from_u32(cp) else { continue };
            let text = c.to_string();
            let upper = py_isupper(&runs(text.as_bytes()));
            let encoded = String::from_utf8(encode(text.as_bytes()).into_owned()).unwrap();
            let (ccc, nfd) = if python_sees_otherwise(c) {
                (0, text.clone())
            } else {
                (unicode_normalization::char::canonical_combining_class(c), text.nfd().collect())
            };
            let rust = (upper, encoded, ccc, nfd);
            let expected = python.get(&cp).cloned().unwrap_or((false, text.clone(), 0, text.clone()));
            if rust != expected {
                differing.push(format!("U+{cp:04X}: python {expected:?}, rust {rust:?}"));
            }
        }
        assert!(differing.is_empty(), "{} code points differ:\n{}", differing.len(), differing[..differing.len().min(20)].join("\n"));
    }

    // -- the embedded model ----------------------------------------------------------------

    #[test]
    fn the_embedded_model_is_py3langids_and_passes_the_checks() {
        let model = Model::embedded();
        assert_eq!(model.classes().len(), 142);
        assert!(model.classes().iter().any(|c| c == "en") && model.classes().iter().any(|c| c == "ja"));
        assert_eq!(model.features(), 100_053);
        check_walk(&model.hops, &model.slots, model.features).expect("the embedded DFA");
        assert!(std::ptr::eq(Model::embedded(), model)); // one per process
    }

    #[test]
    fn the_shipped_model_tells_languages_apart() {
        let detector = Detector::new(Model::embedded().clone());
        let candidates = ["de", "en", "es", "fr", "it", "nl", "pl", "pt", "ru"];
        let cases = [
            ("en", "The weather was fine and the children played in the garden all afternoon."),
            ("de", "Das Wetter war schön und die Kinder spielten den ganzen Nachmittag im Garten."),
            ("fr", "Il faisait beau et les enfants ont joué dans le jardin tout l'après-midi."),
            ("ru", "Погода была хорошая, и дети весь день играли в саду."),
            ("ja", "天気が良かったので、子供たちは午後ずっと庭で遊んでいました。"),
        ];
        for (code, text) in cases {
            assert_eq!(detector.detect(&[text], &candidates).unwrap().as_deref(), Some(code), "{text}");
        }
        assert_eq!(detector.detect(&["", ""], &candidates).unwrap(), None);
        assert!(detector.detect(&["words"], &["xx"]).is_err());
        assert_eq!(detector.detect(&[""], &["xx"]).unwrap(), None); // no text: not even checked
    }
}
