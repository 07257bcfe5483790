//! Every occurrence of a set of byte strings in a text, overlapping ones too: the lexicon
//! matcher's phrases and gate literals (`matcher::Matcher::scan`), as the `aho-corasick`
//! crate's overlapping search finds them, with a fraction of its instructions.
//!
//! An Aho-Corasick automaton whose shallow states (`DENSE_DEPTH` bytes deep or less) are a
//! DFA's rows (every byte class's next state, failures resolved when built) and whose deeper
//! states keep only their own transitions and a failure link. About 98% of the bytes of a
//! page's lowered text leave the automaton at most six bytes deep, where a step is one
//! table read; the crate's contiguous NFA cost about 50 instructions a byte (its transitions
//! scanned, failure links followed at every depth), its DFA a 5 MB table for English, in
//! every worker for every language it meets. This one is 0.44 MB for English (the NFA
//! 0.18 MB).

use std::collections::VecDeque;

/// States this many bytes deep or less have a row of next states (the DFA's). Six covers
/// about 98% of the bytes of scrapinghub's pages with 1,213 of English's 9,743 states (0.28
/// MB of rows; four, 95% with 604 states, cost 4 million instructions more a pass).
const DENSE_DEPTH: usize = 6;

/// A state code's flag: the state ends at least one pattern.
const MATCH: u32 = 1 << 31;
const CODE: u32 = !MATCH;

/// States are numbered by depth, the root first; the search reads each by its *code*: a
/// dense state's row in `rows` (its number times `alphabet`: no multiplication a byte),
/// a deeper one's number past them, `rows.len() + (number - dense)`; flagged with `MATCH`
/// where it ends a pattern.
pub struct Automaton {
    /// Each byte's class: 0 for bytes in no pattern, else its own.
    classes: [u8; 256],
    alphabet: usize,
    /// States `0..dense` as rows of `alphabet` next states' codes.
    dense: usize,
    rows: Vec<u32>,
    /// Deeper states (`dense..`): their transitions (`sparse_at[s - dense]..` in
    /// `sparse_class` and `sparse_next`) and failure links (codes, unflagged).
    sparse_at: Vec<u32>,
    sparse_class: Vec<u8>,
    sparse_next: Vec<u32>,
    fail: Vec<u32>,
    /// The patterns each state ends (`ends_at[s]..ends_at[s + 1]` of `ends`), longest first.
    ends_at: Vec<u32>,
    ends: Vec<u32>,
    lengths: Vec<usize>,
}

/// The trie of the patterns, by state: (class, next state) transitions, depth and patterns.
struct Trie {
    next: Vec<Vec<(u8, u32)>>,
    depth: Vec<usize>,
    own: Vec<Vec<u32>>,
}

impl Trie {
    fn of(patterns: &[Vec<u8>], classes: &[u8; 256]) -> Trie {
        let mut trie = Trie { next: vec![Vec::new()], depth: vec![0], own: vec![Vec::new()] };
        for (id, pattern) in patterns.iter().enumerate() {
            let mut s = 0usize;
            for &b in pattern {
                let c = classes[b as usize];
                s = match trie.next[s].iter().find(|t| t.0 == c) {
                    Some(&(_, t)) => t as usize,
                    None => {
                        trie.next.push(Vec::new());
                        trie.depth.push(trie.depth[s] + 1);
                        trie.own.push(Vec::new());
                        let t = trie.next.len() - 1;
                        trie.next[s].push((c, t as u32));
                        t
                    }
                };
            }
            trie.own[s].push(id as u32);
        }
        trie
    }

    fn step(&self, s: usize, c: u8) -> Option<usize> {
        self.next[s].iter().find(|t| t.0 == c).map(|&(_, t)| t as usize)
    }

    /// The states in breadth-first order (by depth) and each one's failure link.
    fn failures(&self) -> (Vec<usize>, Vec<usize>) {
        let mut fail = vec![0usize; self.next.len()];
        let mut order = Vec::with_capacity(self.next.len());
        let mut queue = VecDeque::from([0usize]);
        while let Some(s) = queue.pop_front() {
            order.push(s);
            for &(c, t) in &self.next[s] {
                let t = t as usize;
                if s != 0 {
                    let mut f = fail[s];
                    fail[t] = loop {
                        if let Some(next) = self.step(f, c) {
                            break next;
                        }
                        if f == 0 {
                            break 0;
                        }
                        f = fail[f];
                    };
                }
                queue.push_back(t);
            }
        }
        (order, fail)
    }
}

impl Automaton {
    /// The automaton of `patterns` (none of them empty).
    pub fn new(patterns: &[Vec<u8>]) -> Result<Automaton, String> {
        if patterns.iter().any(|p| p.is_empty()) {
            return Err("an empty phrase or literal".to_string());
        }
        let mut seen = [false; 256];
        for &b in patterns.iter().flatten() {
            seen[b as usize] = true;
        }
        // (class 0 is the bytes in no pattern, if there are any: at most 256 classes)
        let mut classes = [0u8; 256];
        let mut alphabet = usize::from(!seen.iter().all(|&s| s));
        for b in (0..256).filter(|&b| seen[b]) {
            classes[b] = alphabet as u8;
            alphabet += 1;
        }
        let trie = Trie::of(patterns, &classes);
        if (trie.next.len() * alphabet) >= CODE as usize {
            return Err("too many phrases and literals for one automaton".to_string());
        }
        let (order, fail) = trie.failures();
        // States renumbered by depth: the dense ones first.
        let mut id = vec![0u32; order.len()];
        for (k, &s) in order.iter().enumerate() {
            id[s] = k as u32;
        }
        let dense = order.iter().take_while(|&&s| trie.depth[s] <= DENSE_DEPTH).count();
        // Each state's patterns: its own, then its failure state's (already listed: shallower).
        let mut ends_at = vec![0u32];
        let mut ends: Vec<u32> = Vec::new();
        for &s in &order {
            ends.extend(&trie.own[s]);
            if s != 0 {
                let f = id[fail[s]] as usize;
                let inherited = ends_at[f] as usize..ends_at[f + 1] as usize;
                ends.extend_from_within(inherited);
            }
            ends_at.push(ends.len() as u32);
        }
        let code = |s: usize| {
            let k = id[s] as usize;
            (if k < dense { k * alphabet } else { dense * alphabet + k - dense }) as u32
        };
        let flagged = |s: usize| {
            let k = id[s] as usize;
            code(s) | if ends_at[k + 1] > ends_at[k] { MATCH } else { 0 }
        };
        // A row is its failure state's (shallower: done already; the root's, all to the
        // root) with the state's own transitions over it.
        let mut rows = vec![0u32; dense * alphabet];
        for &s in &order[..dense] {
            let row = code(s) as usize;
            if s != 0 {
                let failed = code(fail[s]) as usize;
                rows.copy_within(failed..failed + alphabet, row);
            }
            for &(c, t) in &trie.next[s] {
                rows[row + c as usize] = flagged(t as usize);
            }
        }
        let mut sparse_at = vec![0u32];
        let (mut sparse_class, mut sparse_next, mut fails) = (Vec::new(), Vec::new(), Vec::new());
        for &s in &order[dense..] {
            for &(c, t) in &trie.next[s] {
                sparse_class.push(c);
                sparse_next.push(flagged(t as usize));
            }
            sparse_at.push(sparse_class.len() as u32);
            fails.push(code(fail[s]));
        }
        Ok(Automaton {
            classes, alphabet, dense, rows, sparse_at, sparse_class, sparse_next, fail: fails, ends_at, ends,
            lengths: patterns.iter().map(Vec::len).collect(),
        })
    }

    /// The code of the state after a deep state (`code`, unflagged) reads a byte of class
    /// `c` (flagged). Out of the search's loop: about one byte in fifty.
    #[inline(never)]
    fn next_deep(&self, mut code: usize, c: usize) -> u32 {
        loop {
            if code < self.rows.len() {
                return self.rows[code + c];
            }
            let d = code - self.rows.len();
            let from = self.sparse_at[d] as usize;
            let to = self.sparse_at[d + 1] as usize;
            if let Some(k) = self.sparse_class[from..to].iter().position(|&x| x as usize == c) {
                return self.sparse_next[from + k];
            }
            code = self.fail[d] as usize;
        }
    }

    /// The patterns the state of `code` (unflagged) ends.
    fn ends(&self, code: usize) -> &[u32] {
        let dense_end = self.rows.len();
        let k = if code < dense_end { code / self.alphabet } else { self.dense + code - dense_end };
        &self.ends[self.ends_at[k] as usize..self.ends_at[k + 1] as usize]
    }

    /// Calls `found(pattern, start, end)` for every occurrence of every pattern in `hay`, by
    /// end (at one end, longest first).
    pub fn each_overlapping(&self, hay: &[u8], mut found: impl FnMut(usize, usize, usize)) {
        let (classes, rows) = (&self.classes, &self.rows[..]);
        let mut code = 0usize;
        for (at, &b) in hay.iter().enumerate() {
            let c = classes[b as usize] as usize;
            let next = if code < rows.len() { rows[code + c] } else { self.next_deep(code, c) };
            code = (next & CODE) as usize;
            if next & MATCH != 0 {
                for &p in self.ends(code) {
                    let p = p as usize;
                    found(p, at + 1 - self.lengths[p], at + 1);
                }
            }
        }
    }

    /// Bytes held.
    pub fn memory_usage(&self) -> usize {
        4 * (self.rows.len() + self.sparse_at.len() + self.sparse_next.len() + self.fail.len()
            + self.ends_at.len() + self.ends.len())
            + self.sparse_class.len()
            + 8 * self.lengths.len()
            + 256
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (pattern, start, end) of every occurrence, as the `aho-corasick` crate's overlapping
    /// search finds them, sorted.
    fn crate_matches(patterns: &[Vec<u8>], hay: &[u8]) -> Vec<(usize, usize, usize)> {
        let ac = aho_corasick::AhoCorasick::new(patterns).unwrap();
        let mut all: Vec<_> =
            ac.find_overlapping_iter(hay).map(|m| (m.pattern().as_usize(), m.start(), m.end())).collect();
        all.sort();
        all
    }

    fn matches(patterns: &[Vec<u8>], hay: &[u8]) -> Vec<(usize, usize, usize)> {
        let mut all = Vec::new();
        Automaton::new(patterns).unwrap().each_overlapping(hay, |p, s, e| all.push((p, s, e)));
        all.sort();
        all
    }

    fn bytes(patterns: &[&str]) -> Vec<Vec<u8>> {
        patterns.iter().map(|p| p.as_bytes().to_vec()).collect()
    }

    #[test]
    fn every_occurrence_is_found_overlapping_ones_too() {
        let patterns = bytes(&["he", "she", "his", "hers", "she sells", "sells", "s", "ells", "é"]);
        let hay = "she sells sea shells; his hers héé\nshe".as_bytes();
        assert_eq!(matches(&patterns, hay), crate_matches(&patterns, hay));
        assert!(matches(&patterns, hay).contains(&(4, 0, 9)));
    }

    #[test]
    fn deep_states_fail_into_shallow_ones_as_the_crates_automaton_does() {
        // (patterns longer than DENSE_DEPTH whose suffixes are other patterns' prefixes)
        let patterns = bytes(&[
            "continues below", "nues", "below the fold", "low", "subscribe now", "scribe",
            "click here to subscribe", "here to", "to subscribe", "aaaaaaa", "aaab", "ab",
        ]);
        let hay = "story continues below the fold. click here to subscribe now, aaaaaaaaab \
                   continues belo continues below"
            .as_bytes();
        assert_eq!(matches(&patterns, hay), crate_matches(&patterns, hay));
    }

    #[test]
    fn every_byte_in_some_pattern_has_a_class_of_its_own() {
        let mut patterns: Vec<Vec<u8>> = (0..=255u8).map(|b| vec![b, b.wrapping_add(1)]).collect();
        patterns.push(vec![0xff, 0xff, 0]);
        let hay: Vec<u8> = (0..=255u8).chain([0xff, 0xff, 0, 1]).collect();
        assert_eq!(matches(&patterns, &hay), crate_matches(&patterns, &hay));
        assert_eq!(matches(&patterns, &hay).len(), 258);
    }

    #[test]
    fn a_repeated_pattern_is_reported_under_each_id() {
        let patterns = bytes(&["cookie", "cookie", "ok"]);
        assert_eq!(matches(&patterns, b"cookies"), vec![(0, 0, 6), (1, 0, 6), (2, 2, 4)]);
    }

    #[test]
    fn an_empty_pattern_is_refused() {
        assert!(Automaton::new(&bytes(&["a", ""])).is_err());
    }
}
