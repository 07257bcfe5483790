//! py3langid's model as tables: read from an uncompressed `.npz` (a stored zip of `.npy`
//! files, as `numpy.savez` writes it) and checked, so that the DFA walk never leaves them.
//!
//! Standard library only: `core/build.rs` includes this file too (`#[path]`), to unpack
//! the vendored model (`core/data/langid-model.npz.xz`) into the raw tables that
//! `language.rs` embeds; `language.rs` uses it for models given as `.npz` bytes (tests).

use std::collections::HashMap;
use std::fmt;
use std::io::{self, Read};

/// A model that cannot be read, or does not hold py3langid's tables.
#[derive(Debug)]
pub enum ModelError {
    Io(io::Error),
    Format(String),
}

impl fmt::Display for ModelError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ModelError::Io(e) => write!(f, "cannot read the language model: {e}"),
            ModelError::Format(m) => write!(f, "not a py3langid model: {m}"),
        }
    }
}

impl std::error::Error for ModelError {}

impl From<io::Error> for ModelError {
    fn from(e: io::Error) -> Self {
        ModelError::Io(e)
    }
}

pub fn bad(message: impl Into<String>) -> ModelError {
    ModelError::Format(message.into())
}

/// One DFA state: where its 256-entry row starts in `nextmove` (the model's
/// `nextmove_row` << 8), and the feature it emits (`out_feat`; negative: none): the model's
/// DFA as read, before `compact` makes the walk's tables of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DfaState {
    pub row: u32,
    pub feature: i32,
}

/// One state of the compact DFA (`compact`): where a step goes when the slots it looked
/// in hold no move for its byte (a state, and the base of that state's slots).
/// `repr(C)`: 8 bytes, no padding, any bits valid (the embedded table is this layout,
/// written by build.rs).
#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hop {
    pub fallback: u32,
    pub fallback_base: u32,
}

/// A move of the compact DFA, at `base + byte` of the state it leaves: `tag` is the state
/// it leads to and its byte (`next << SLOT_BYTE_BITS | (byte + 1)`; 0: no move), `base`
/// where the next state's slots begin and `feature` the one it emits (negative: none), so
/// that a step that finds its move reads nothing else. `repr(C)`: 12 bytes, any bits valid.
#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Slot {
    pub tag: u32,
    pub base: u32,
    pub feature: i32,
}

/// The bits of a slot's tag that name its byte (plus one, so that an empty slot names none).
pub const SLOT_BYTE_BITS: u32 = 9;
const BYTE_MASK: u32 = (1 << SLOT_BYTE_BITS) - 1;

/// The DFA in the form the walk reads, 2 MB instead of 40, so that a step's reads are
/// cache hits, not the memory latency of a 40 MB table, and one read after another only
/// where the step falls back.
///
/// py3langid's DFA is an Aho-Corasick automaton over byte n-grams: a state is the longest
/// suffix of the text read that begins a feature, and its row differs from its *fallback*
/// (the state of that suffix without its first byte) only in the bytes that extend it. So
/// each state keeps only those moves (its *exceptions*), and a step from state `s` on byte
/// `b` is: the slot `slots[base(s) + b]`, if it is `s`'s move on `b`; else the same step
/// from `fallback(s)`, down to state 0, which keeps all 256 moves. (A comb: the states'
/// exceptions are interleaved in one array, each state at its own base, so a slot's byte
/// tells whose move it is.) A state with no exceptions has its fallback's base and
/// fallback, so that no step visits it. A slot holds the next state's base and feature
/// beside it, and a state's record its fallback's: a step that finds its move reads one
/// slot. States are numbered breadth first from state 0 (the model's
/// numbering changed; the features they emit did not), so that the short n-grams' states,
/// which every text visits, lie together.
///
/// Exact for any DFA, not only for Aho-Corasick's: a state's exceptions are all the bytes
/// where its row differs from its fallback's, and a fallback is nearer state 0 (fewer
/// bytes from it) than its state, so the steps end. `compact` checks every state's every
/// move against the DFA's (`step`) before it returns.
pub struct Compact {
    pub hops: Vec<Hop>,
    pub slots: Vec<Slot>,
    /// How many bytes before a position decide the state there (`window`; 0: all of them).
    pub window: usize,
}

/// A step of the walk: from `state`, whose slots begin at `base` (state 0's at 0), on
/// `byte`, to the move that leads to the next state (its number, base and feature).
///
/// SAFETY (the caller's): `check_walk(hops, slots, ..)` passed, `state < hops.len()` and
/// `base + 256 <= slots.len()` (as every step returns them): every base's 256 slots lie in
/// `slots`, every fallback and every slot's state is a state, and every fallback chain
/// ends at a base whose 256 slots are all moves.
#[inline(always)]
pub unsafe fn step<'a>(hops: &[Hop], slots: &'a [Slot], mut state: usize, mut base: usize, byte: u8) -> &'a Slot {
    loop {
        let slot = slots.get_unchecked(base + byte as usize);
        if slot.tag & BYTE_MASK == byte as u32 + 1 {
            return slot;
        }
        let hop = hops.get_unchecked(state);
        (state, base) = (hop.fallback as usize, hop.fallback_base as usize);
    }
}

/// The checks that keep the compact walk inside its tables and make its steps end: state
/// 0 exists and its 256 slots at base 0 are all moves, every base's 256 slots lie in
/// `slots`, every fallback and every move leads to a state, every move's feature is a
/// row of ptc (`< features`), and every state's fallback chain reaches a base whose 256
/// slots are all moves.
pub fn check_walk(hops: &[Hop], slots: &[Slot], features: usize) -> Result<(), ModelError> {
    if hops.is_empty() || hops.len() >= 1 << (32 - SLOT_BYTE_BITS) || slots.len() < 256 {
        return Err(bad("the DFA's states do not fit the compact walk"));
    }
    let inside = |base: u32| base as usize + 256 <= slots.len();
    if hops.iter().any(|h| !inside(h.fallback_base) || h.fallback as usize >= hops.len()) {
        return Err(bad("a state's fallback lies outside the tables"));
    }
    if slots.iter().any(|s| s.tag != 0 && ((s.tag >> SLOT_BYTE_BITS) as usize >= hops.len() || !inside(s.base))) {
        return Err(bad("a move leads outside the states"));
    }
    if slots.iter().any(|s| s.feature >= 0 && s.feature as usize >= features) {
        return Err(bad("a state emits a feature outside ptc"));
    }
    let complete = |base: u32| (0..=255u8).all(|b| slots[base as usize + b as usize].tag & BYTE_MASK == b as u32 + 1);
    if !complete(0) {
        return Err(bad("state 0 does not have all its moves"));
    }
    // 0: not known yet, 1: on the chain being followed, 2: its fallbacks end
    let mut ends = vec![0u8; hops.len()];
    for start in 0..hops.len() {
        let mut chain = Vec::new();
        let mut at = start;
        while ends[at] == 0 && !complete(hops[at].fallback_base) {
            ends[at] = 1;
            chain.push(at);
            at = hops[at].fallback as usize;
        }
        if ends[at] == 1 {
            return Err(bad("a state's fallbacks go round in a circle"));
        }
        for s in chain.into_iter().chain([at]) {
            ends[s] = 2;
        }
    }
    Ok(())
}

/// The DFA (checked by `check_dfa`) as the compact walk's tables (see `Compact`), checked
/// move by move against it.
pub fn compact(nextmove: &[u32], states: &[DfaState]) -> Result<Compact, ModelError> {
    let n = states.len();
    let moves = |s: usize| &nextmove[states[s].row as usize..states[s].row as usize + 256];
    // Breadth first from state 0: each state's fallback is the state of its first path's
    // bytes without the first, so nearer state 0 than it (Aho-Corasick's failure link).
    let mut fallback: Vec<Option<usize>> = vec![None; n];
    let mut order = vec![0usize];
    fallback[0] = Some(0);
    let mut at = 0;
    while at < order.len() {
        let s = order[at];
        at += 1;
        for (byte, &next) in moves(s).iter().enumerate() {
            let next = next as usize;
            if fallback[next].is_none() {
                fallback[next] = Some(if s == 0 { 0 } else { moves(fallback[s].unwrap())[byte] as usize });
                order.push(next);
            }
        }
    }
    // (states no walk reaches: their fallback is state 0, their exceptions its differences)
    order.extend((0..n).filter(|&s| fallback[s].is_none()));
    let fallback: Vec<usize> = fallback.into_iter().map(|f| f.unwrap_or(0)).collect();
    let mut number = vec![0u32; n]; // the compact numbering: breadth first
    for (i, &s) in order.iter().enumerate() {
        number[s] = i as u32;
    }
    let exceptions: Vec<Vec<u8>> = (0..n)
        .map(|s| {
            let (own, theirs) = (moves(s), moves(fallback[s]));
            (0..=255u8).filter(|&b| s == 0 || own[b as usize] != theirs[b as usize]).collect()
        })
        .collect();

    // The comb: the states with exceptions, breadth first (state 0 at base 0), each at the
    // lowest base that is no other state's and whose slots for its bytes are free.
    let mut free = vec![true; 256]; // per slot
    let mut taken = vec![false; 256]; // per base
    let mut base_of = vec![0u32; n];
    let mut first_free = 0usize;
    for &s in order.iter().filter(|&&s| !exceptions[s].is_empty()) {
        let bytes = &exceptions[s];
        let mut base = first_free.saturating_sub(bytes[0] as usize);
        loop {
            if free.len() < base + 256 {
                free.resize(base + 256, true);
                taken.resize(base + 256, false);
            }
            if !taken[base] && bytes.iter().all(|&b| free[base + b as usize]) {
                break;
            }
            base += 1;
        }
        taken[base] = true;
        base_of[s] = base as u32;
        for &b in bytes {
            free[base + b as usize] = false;
        }
        while first_free < free.len() && !free[first_free] {
            first_free += 1;
        }
    }
    // The state whose slots a step from `s` reads (its own, or its fallback's if it has
    // no exceptions): made breadth first, so a fallback's is made before it is needed.
    let mut own = vec![0usize; n];
    for &s in &order {
        own[s] = if exceptions[s].is_empty() { own[fallback[s]] } else { s };
    }
    let base = |s: usize| base_of[own[s]];
    let end = (0..n).filter(|&s| !exceptions[s].is_empty()).map(|s| base_of[s] as usize + 256).max().unwrap_or(256);
    let mut slots = vec![Slot::default(); end];
    for s in (0..n).filter(|&s| !exceptions[s].is_empty()) {
        for &b in &exceptions[s] {
            let next = moves(s)[b as usize] as usize;
            let tag = number[next] << SLOT_BYTE_BITS | (b as u32 + 1);
            slots[base_of[s] as usize + b as usize] = Slot { tag, base: base(next), feature: states[next].feature };
        }
    }
    let mut hops = vec![Hop { fallback: 0, fallback_base: 0 }; n];
    for s in 0..n {
        let f = fallback[own[s]];
        hops[number[s] as usize] = Hop { fallback: number[f], fallback_base: base(f) };
    }
    let features = states.iter().map(|s| s.feature.max(0) as usize + 1).max().unwrap_or(0);
    check_walk(&hops, &slots, features)?;
    for s in 0..n {
        for b in 0..=255u8 {
            let next = moves(s)[b as usize] as usize;
            // SAFETY: check_walk passed; number[s] is a state, base(s) one of its bases.
            let slot = unsafe { step(&hops, &slots, number[s] as usize, base(s) as usize, b) };
            if (slot.tag >> SLOT_BYTE_BITS, slot.base, slot.feature) != (number[next], base(next), states[next].feature) {
                return Err(bad(format!("the compact DFA moves otherwise from state {s} on byte {b}")));
            }
        }
    }
    let window = window(&order, moves, n);
    Ok(Compact { hops, slots, window })
}

/// How many bytes before a position decide the DFA's state there, if that is so for every
/// text: `D`, the longest of the states' strings, when every state is the longest suffix
/// of the text read that is some state's string (the Aho-Corasick property); else 0.
///
/// A state's string is its first path from state 0 (breadth first: `order`); they are
/// prefix-closed. If every move of every state `s` on byte `b` leads to the longest
/// suffix of `string(s) + b` that is a state's string, then by induction the state after
/// any text is the longest suffix of the text that is a state's string (such a suffix,
/// without its last byte, is a state's string and a suffix of the text before it, so no
/// longer than the state there, and a suffix of its string), and that suffix lies in the
/// last `D` bytes. So a walk begun at state 0 `D` bytes before a position is in the same
/// state there as the walk from the text's start: the walk can begin in several places
/// at once (`Model::walk`). Strings of up to 6 bytes only (one 8-byte key per string).
fn window<'a>(order: &[usize], moves: impl Fn(usize) -> &'a [u32], n: usize) -> usize {
    const LONGEST: usize = 6;
    // each reachable state's string, as (bytes, length) packed in a u64 key
    let key = |bytes: u64, len: usize| bytes | (len as u64) << 56;
    let mut string: Vec<Option<(u64, usize)>> = vec![None; n];
    string[0] = Some((0, 0));
    let mut by_key: std::collections::HashMap<u64, usize> = std::collections::HashMap::new();
    by_key.insert(key(0, 0), 0);
    for &s in order {
        let Some((bytes, len)) = string[s] else { continue }; // (unreachable: never walked)
        for (b, &next) in moves(s).iter().enumerate() {
            let next = next as usize;
            if string[next].is_none() && next != 0 {
                if len + 1 > LONGEST {
                    return 0;
                }
                let grown = (bytes << 8 | b as u64, len + 1);
                string[next] = Some(grown);
                by_key.insert(key(grown.0, grown.1), next);
            }
        }
    }
    let mut longest = 0;
    for s in 0..n {
        let Some((bytes, len)) = string[s] else { continue };
        longest = longest.max(len);
        for (b, &next) in moves(s).iter().enumerate() {
            let (text, text_len) = (bytes << 8 | b as u64, len + 1);
            let suffix = |l: usize| key(text & ((1u64 << (8 * l)) - 1), l);
            // the longest suffix of the text that is a state's string
            let found = (0..=text_len).rev().find_map(|l| by_key.get(&suffix(l)).copied());
            if found != Some(next as usize) {
                return 0;
            }
        }
    }
    longest
}

/// py3langid's model, checked: the labels, the naive Bayes tables and the DFA.
pub struct Tables {
    /// Labels of the classifier's columns (a label may appear twice: script aliases).
    pub classes: Vec<String>,
    /// Per feature, one float16 (IEEE half, as its bits) per class: rows of `classes.len()`.
    pub ptc: Vec<u16>,
    /// Per class, the prior (float32).
    pub pc: Vec<f32>,
    /// The DFA, compact (`Compact`): per state, its record; the moves, interleaved.
    pub hops: Vec<Hop>,
    pub slots: Vec<Slot>,
    /// How many bytes before a position decide the walk's state there (0: all of them).
    pub window: usize,
    /// The number of features: the rows of `ptc`.
    pub features: usize,
}

/// One `.npy` table as read: its dtype, shape and little-endian data.
struct Npy {
    descr: String,
    shape: Vec<usize>,
    data: Vec<u8>,
}

impl Npy {
    fn count(&self) -> usize {
        self.shape.iter().product()
    }

    fn item(&self) -> usize {
        self.descr[2..].parse().unwrap_or(0)
    }

    /// Unsigned integers of 2, 4 or 8 bytes (`<u2`, `<u4`, `<u8`) as u32.
    fn unsigned(&self, name: &str) -> Result<Vec<u32>, ModelError> {
        let width = match self.descr.as_str() {
            "<u2" | "|u2" => 2,
            "<u4" => 4,
            "<u8" => 8,
            other => return Err(bad(format!("{name}: dtype {other}, not unsigned ints"))),
        };
        self.data
            .chunks_exact(width)
            .map(|c| {
                let mut v = [0u8; 8];
                v[..width].copy_from_slice(c);
                u32::try_from(u64::from_le_bytes(v))
                    .map_err(|_| bad(format!("{name}: a value beyond 32 bits")))
            })
            .collect()
    }
}

/// The checks that keep the walk inside its tables (the kernel checked each step): state 0
/// exists, every state's row lies in `nextmove`, every move leads to a state, every
/// emitted feature is a row of ptc (`< features`).
pub fn check_dfa(nextmove: &[u32], states: &[DfaState], features: usize) -> Result<(), ModelError> {
    if states.is_empty() || nextmove.len() % 256 != 0 || nextmove.len() > u32::MAX as usize {
        return Err(bad("the DFA's tables do not fit together"));
    }
    if states.iter().any(|s| s.row % 256 != 0 || s.row as usize + 256 > nextmove.len()) {
        return Err(bad("a state's row lies outside nextmove"));
    }
    if nextmove.iter().any(|&s| s as usize >= states.len()) {
        return Err(bad("a move leads outside the states"));
    }
    if states.iter().any(|s| s.feature >= 0 && s.feature as usize >= features) {
        return Err(bad("a state emits a feature outside ptc"));
    }
    Ok(())
}

impl Tables {
    /// The model from an uncompressed `.npz` stream, read front to back, each table
    /// straight into its place, then checked.
    pub fn from_npz<R: Read>(mut reader: R) -> Result<Tables, ModelError> {
        let mut tables: HashMap<String, Npy> = HashMap::new();
        loop {
            let mut signature = [0u8; 4];
            reader.read_exact(&mut signature)?;
            if signature == *b"PK\x01\x02" || signature == *b"PK\x05\x06" {
                break; // the central directory: every member is read
            }
            if signature != *b"PK\x03\x04" {
                return Err(bad("not a zip archive"));
            }
            let mut header = [0u8; 26];
            reader.read_exact(&mut header)?;
            let u16_at = |i: usize| u16::from_le_bytes([header[i], header[i + 1]]);
            let u32_at = |i: usize| u32::from_le_bytes(header[i..i + 4].try_into().unwrap());
            let (flags, method) = (u16_at(2), u16_at(4));
            let (mut compressed, mut size) = (u32_at(14) as u64, u32_at(18) as u64);
            let (name_len, extra_len) = (u16_at(22) as usize, u16_at(24) as usize);
            if flags & 0x8 != 0 || method != 0 {
                return Err(bad("a zip member compressed or of unknown size"));
            }
            let mut name = vec![0u8; name_len];
            reader.read_exact(&mut name)?;
            let mut extra = vec![0u8; extra_len];
            reader.read_exact(&mut extra)?;
            let mut at = 0;
            while at + 4 <= extra.len() {
                let id = u16::from_le_bytes([extra[at], extra[at + 1]]);
                let len = u16::from_le_bytes([extra[at + 2], extra[at + 3]]) as usize;
                let field = extra.get(at + 4..at + 4 + len).ok_or_else(|| bad("zip extra field"))?;
                if id == 1 {
                    // zip64: the sizes that read 0xFFFFFFFF, in this order
                    let mut values = field.chunks_exact(8).map(|c| u64::from_le_bytes(c.try_into().unwrap()));
                    if size == 0xFFFF_FFFF {
                        size = values.next().ok_or_else(|| bad("zip64 size"))?;
                    }
                    if compressed == 0xFFFF_FFFF {
                        compressed = values.next().ok_or_else(|| bad("zip64 size"))?;
                    }
                }
                at += 4 + len;
            }
            if compressed != size {
                return Err(bad("a zip member of two sizes"));
            }
            let name = String::from_utf8_lossy(&name).into_owned();
            let npy = read_npy(&mut (&mut reader).take(size), size)?;
            tables.insert(name.trim_end_matches(".npy").to_string(), npy);
        }
        Tables::from_npy(tables)
    }

    fn from_npy(mut tables: HashMap<String, Npy>) -> Result<Tables, ModelError> {
        let mut take = |name: &str| tables.remove(name).ok_or_else(|| bad(format!("no table {name}")));
        let (ptc, pc, classes) = (take("ptc")?, take("pc")?, take("classes")?);
        let (nextmove, row, out) = (take("nextmove")?, take("nextmove_row")?, take("out_feat")?);

        // classes: fixed-width UTF-32 strings, NULs at the end stripped (NumPy's tolist)
        if !classes.descr.starts_with("<U") || classes.item() == 0 {
            return Err(bad("classes: not an array of strings"));
        }
        let width = classes.item() * 4;
        let classes: Vec<String> = classes
            .data
            .chunks_exact(width)
            .map(|c| {
                c.chunks_exact(4)
                    .map(|b| u32::from_le_bytes(b.try_into().unwrap()))
                    .take_while(|&v| v != 0)
                    .map(|v| char::from_u32(v).ok_or_else(|| bad("classes: not a character")))
                    .collect::<Result<String, _>>()
            })
            .collect::<Result<_, _>>()?;
        let k = classes.len();
        if k == 0 {
            return Err(bad("no classes"));
        }

        if pc.descr != "<f4" || pc.count() != k {
            return Err(bad("pc: not one float32 per class"));
        }
        let pc: Vec<f32> = pc.data.chunks_exact(4).map(|c| f32::from_le_bytes(c.try_into().unwrap())).collect();
        if ptc.descr != "<f2" || ptc.shape.len() != 2 || ptc.shape[1] != k {
            return Err(bad("ptc: not float16 features x classes"));
        }
        let features = ptc.shape[0];
        let ptc: Vec<u16> = ptc.data.chunks_exact(2).map(|c| u16::from_le_bytes([c[0], c[1]])).collect();

        let nextmove = nextmove.unsigned("nextmove")?;
        let rows = row.unsigned("nextmove_row")?;
        if out.descr != "<i4" && out.descr != "<i8" {
            return Err(bad("out_feat: not signed ints"));
        }
        let w = out.item();
        let output: Vec<i32> = out
            .data
            .chunks_exact(w)
            .map(|c| {
                let v = if w == 4 {
                    i32::from_le_bytes(c.try_into().unwrap()) as i64
                } else {
                    i64::from_le_bytes(c.try_into().unwrap())
                };
                // any negative value is "no feature"
                if v < 0 { Ok(-1) } else { i32::try_from(v).map_err(|_| bad("out_feat: too large")) }
            })
            .collect::<Result<_, _>>()?;
        if rows.len() != output.len() || nextmove.len() / 256 > (u32::MAX >> 8) as usize {
            return Err(bad("the DFA's tables do not fit together"));
        }
        let row_count = nextmove.len() / 256;
        if rows.iter().any(|&r| r as usize >= row_count) {
            return Err(bad("a state's row lies outside nextmove"));
        }
        let states: Vec<DfaState> =
            rows.iter().zip(&output).map(|(&r, &feature)| DfaState { row: r << 8, feature }).collect();
        check_dfa(&nextmove, &states, features)?;
        let Compact { hops, slots, window } = compact(&nextmove, &states)?;
        Ok(Tables { classes, ptc, pc, hops, slots, window, features })
    }
}

/// Read one `.npy` file of `size` bytes: header, then the data straight into a buffer.
fn read_npy<R: Read>(reader: &mut R, size: u64) -> Result<Npy, ModelError> {
    let mut magic = [0u8; 8];
    reader.read_exact(&mut magic)?;
    if &magic[..6] != b"\x93NUMPY" {
        return Err(bad("a zip member that is not a .npy file"));
    }
    let (header_len, prefix) = if magic[6] == 1 {
        let mut n = [0u8; 2];
        reader.read_exact(&mut n)?;
        (u16::from_le_bytes(n) as usize, 10)
    } else {
        let mut n = [0u8; 4];
        reader.read_exact(&mut n)?;
        (u32::from_le_bytes(n) as usize, 12)
    };
    let mut header = vec![0u8; header_len];
    reader.read_exact(&mut header)?;
    let header = String::from_utf8_lossy(&header).into_owned();
    let field = |key: &str| -> Result<&str, ModelError> {
        let at = header.find(&format!("'{key}':")).ok_or_else(|| bad(format!(".npy header without {key}")))?;
        Ok(header[at + key.len() + 3..].trim_start())
    };
    let descr = field("descr")?;
    let descr = descr.get(1..).and_then(|d| d.split('\'').next()).unwrap_or("").to_string();
    if field("fortran_order")?.starts_with("True") {
        return Err(bad("a Fortran-ordered table"));
    }
    let shape_text = field("shape")?;
    let shape_text = &shape_text[1..shape_text.find(')').ok_or_else(|| bad(".npy shape"))?];
    let shape: Vec<usize> = shape_text
        .split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|s| s.parse().map_err(|_| bad(".npy shape")))
        .collect::<Result<_, _>>()?;
    let npy_item: usize = descr.get(2..).and_then(|d| d.parse().ok()).unwrap_or(0);
    let item = if descr.starts_with("<U") { npy_item * 4 } else { npy_item };
    let bytes = shape.iter().product::<usize>() * item;
    if item == 0 || (prefix + header_len + bytes) as u64 != size {
        return Err(bad(format!(".npy data of another size than its header says ({descr})")));
    }
    let mut data = vec![0u8; bytes];
    reader.read_exact(&mut data)?;
    Ok(Npy { descr, shape, data })
}
