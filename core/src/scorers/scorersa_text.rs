//! Python-exact text semantics for the shape, position, repetition and action scorers
//! (private to them until `core/src/text.rs` offers the same; the names say whose
//! semantics each function has, so they can be unified):
//!
//! - `py_*`: Python's `str` (`str.isalnum`, `str.isspace`, `str.casefold`, `str.lower`
//!   with its Final_Sigma rule, `str.split()`, `str.strip()`), the `normalise` of
//!   `cleaner.patterns`, and `urllib.parse.urlsplit(url).hostname`;
//! - `rx_*`: the `regex` package's classes (`\w`, `\s`, `\d`, `\p{Lu}`, `\p{Ll}`), which
//!   follow that package's own Unicode version, not Python's.
//!
//! The tables are generated from this Python and this `regex` package by
//! `scripts/gen_scorersa_pytext.py` (`scorersa_pytext.rs`).

use std::sync::OnceLock;

use super::scorersa_pytext as t;

fn in_ranges(c: char, table: &[(u32, u32)]) -> bool {
    let c = c as u32;
    table
        .binary_search_by(|&(a, b)| {
            if b < c {
                std::cmp::Ordering::Less
            } else if a > c {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_ok()
}

fn in_map(c: char, table: &'static [(u32, &'static str)]) -> Option<&'static str> {
    let c = c as u32;
    table.binary_search_by_key(&c, |&(k, _)| k).ok().map(|i| table[i].1)
}

/// A class's members in the Basic Multilingual Plane as a bitmap (8 KiB, made on first
/// use), so that the characters of most text are looked up without a search.
struct Bmp(Box<[u64; 1024]>);

impl Bmp {
    fn of(members: impl Iterator<Item = u32>) -> Bmp {
        let mut bits = Box::new([0u64; 1024]);
        for c in members.filter(|&c| c < 0x10000) {
            bits[(c >> 6) as usize] |= 1 << (c & 63);
        }
        Bmp(bits)
    }

    fn of_ranges(table: &[(u32, u32)]) -> Bmp {
        Bmp::of(table.iter().flat_map(|&(a, b)| a..=b.min(0xFFFF)))
    }

    #[inline]
    fn has(&self, c: u32) -> bool {
        self.0[(c >> 6) as usize] >> (c & 63) & 1 == 1
    }
}

/// Membership of a non-ASCII character in a range table: by its bitmap in the BMP, by a
/// binary search beyond.
#[inline]
fn member(c: char, table: &'static [(u32, u32)], bmp: &'static OnceLock<Bmp>) -> bool {
    let code = c as u32;
    if code < 0x10000 {
        bmp.get_or_init(|| Bmp::of_ranges(table)).has(code)
    } else {
        in_ranges(c, table)
    }
}

/// The case map of a non-ASCII character (None where it maps to itself).
#[inline]
fn mapped(c: char, table: &'static [(u32, &'static str)], bmp: &'static OnceLock<Bmp>) -> Option<&'static str> {
    let code = c as u32;
    if code < 0x10000 && !bmp.get_or_init(|| Bmp::of(table.iter().map(|&(k, _)| k))).has(code) {
        return None;
    }
    in_map(c, table)
}

static PY_ALNUM_BMP: OnceLock<Bmp> = OnceLock::new();
static PY_SPACE_BMP: OnceLock<Bmp> = OnceLock::new();
static PY_CASEFOLD_BMP: OnceLock<Bmp> = OnceLock::new();
static PY_LOWER_BMP: OnceLock<Bmp> = OnceLock::new();
static RX_WORD_BMP: OnceLock<Bmp> = OnceLock::new();
static RX_SPACE_BMP: OnceLock<Bmp> = OnceLock::new();
static RX_DIGIT_BMP: OnceLock<Bmp> = OnceLock::new();
static RX_UPPER_BMP: OnceLock<Bmp> = OnceLock::new();
static RX_LOWER_BMP: OnceLock<Bmp> = OnceLock::new();

/// `str.isalnum` of one character.
#[inline]
pub fn py_isalnum(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        member(c, t::PY_ALNUM, &PY_ALNUM_BMP)
    }
}

/// `str.isspace` of one character (what `str.split()` and `str.strip()` take away).
#[inline]
pub fn py_isspace(c: char) -> bool {
    if c.is_ascii() {
        matches!(c, '\t'..='\r' | '\x1c'..='\x1f' | ' ')
    } else {
        member(c, t::PY_SPACE, &PY_SPACE_BMP)
    }
}

/// The `regex` package's `\w`.
#[inline]
pub fn rx_word(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric() || c == '_'
    } else {
        member(c, t::RX_WORD, &RX_WORD_BMP)
    }
}

/// The `regex` package's `\s` (in ASCII, unlike `str.isspace`, not \x1c-\x1f).
#[inline]
pub fn rx_space(c: char) -> bool {
    if c.is_ascii() {
        matches!(c, '\t'..='\r' | ' ')
    } else {
        member(c, t::RX_SPACE, &RX_SPACE_BMP)
    }
}

/// The `regex` package's `\d`.
#[inline]
pub fn rx_digit(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_digit()
    } else {
        member(c, t::RX_DIGIT, &RX_DIGIT_BMP)
    }
}

/// The `regex` package's `\p{Lu}`.
#[inline]
pub fn rx_upper(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_uppercase()
    } else {
        member(c, t::RX_UPPER, &RX_UPPER_BMP)
    }
}

/// The `regex` package's `\p{Ll}`.
#[inline]
pub fn rx_lower(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_lowercase()
    } else {
        member(c, t::RX_LOWER, &RX_LOWER_BMP)
    }
}

/// `text.casefold()`, appended to `out`.
pub fn py_casefold_into(text: &str, out: &mut String) {
    if text.is_ascii() {
        out.extend(text.chars().map(|c| c.to_ascii_lowercase()));
        return;
    }
    for c in text.chars() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else if let Some(folded) = mapped(c, t::PY_CASEFOLD, &PY_CASEFOLD_BMP) {
            out.push_str(folded);
        } else {
            out.push(c);
        }
    }
}

/// `text.casefold()`.
pub fn py_casefold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    py_casefold_into(text, &mut out);
    out
}

/// `text.lower()`, Final_Sigma included (a capital sigma that ends a word is 'ς').
pub fn py_lower(text: &str) -> String {
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    for (i, &c) in chars.iter().enumerate() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else if c == '\u{3A3}' {
            out.push(if final_sigma(&chars, i) { '\u{3C2}' } else { '\u{3C3}' });
        } else if let Some(lowered) = mapped(c, t::PY_LOWER, &PY_LOWER_BMP) {
            out.push_str(lowered);
        } else {
            out.push(c);
        }
    }
    out
}

/// CPython's `handle_capital_sigma`: a cased character before (case-ignorable ones
/// skipped) and none after.
fn final_sigma(chars: &[char], i: usize) -> bool {
    let ignorable = |c: char| in_ranges(c, t::PY_CASE_IGNORABLE);
    let cased = |c: char| in_ranges(c, t::PY_CASED);
    let before = chars[..i].iter().rev().copied().find(|&c| !ignorable(c));
    if !before.is_some_and(cased) {
        return false;
    }
    match chars[i + 1..].iter().copied().find(|&c| !ignorable(c)) {
        None => true,
        Some(c) => !cased(c),
    }
}

/// `text.strip()`.
pub fn py_strip(text: &str) -> &str {
    text.trim_matches(py_isspace)
}

/// `text.split()`: the runs of characters between runs of `str.isspace` ones.
pub fn py_split(text: &str) -> impl Iterator<Item = &str> {
    text.split(py_isspace).filter(|s| !s.is_empty())
}

/// `cleaner.patterns.normalise`: the key a whole-line entry is looked up by:
/// `" ".join(text.casefold().split())` with what is not `str.isalnum` cut from both ends.
/// In one pass over the casefolded characters (no case mapping makes or unmakes a space).
pub fn py_normalise(text: &str) -> String {
    let mut key: Vec<u8> = Vec::with_capacity(text.len());
    let mut end = 0; // the key's length up to its last alphanumeric character
    let mut space = false;
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b < 0x80 {
            // ASCII in line: casefolding is lowering, str.isalnum is [A-Za-z0-9], and
            // str.isspace is \t-\r, \x1c-\x1f and the space.
            i += 1;
            if b.is_ascii_alphanumeric() {
                if space {
                    key.push(b' ');
                    space = false;
                }
                key.push(b.to_ascii_lowercase());
                end = key.len();
            } else if key.is_empty() {
                // (spaces and punctuation before the first letter or digit)
            } else if matches!(b, b'\t'..=b'\r' | 0x1c..=0x1f | b' ') {
                space = true;
            } else {
                if space {
                    key.push(b' ');
                    space = false;
                }
                key.push(b);
            }
            continue;
        }
        let c = text[i..].chars().next().unwrap();
        i += c.len_utf8();
        let mut one = [0u8; 4];
        let folded = mapped(c, t::PY_CASEFOLD, &PY_CASEFOLD_BMP).unwrap_or(c.encode_utf8(&mut one));
        for f in folded.chars() {
            let alnum = py_isalnum(f);
            if key.is_empty() && !alnum {
                continue;
            }
            if py_isspace(f) {
                space = true;
                continue;
            }
            if space {
                key.push(b' ');
                space = false;
            }
            let mut buf = [0u8; 4];
            key.extend_from_slice(f.encode_utf8(&mut buf).as_bytes());
            if alnum {
                end = key.len();
            }
        }
    }
    key.truncate(end);
    String::from_utf8(key).expect("whole characters")
}

/// Characters `urlsplit` strips from a URL's start (WHATWG's C0 controls and space).
fn whatwg_c0_or_space(c: char) -> bool {
    c <= ' '
}

/// `urllib.parse.urlsplit(url).hostname` (Python 3.11): the host of the URL's network
/// location, lower-cased (a scoped IPv6 address's zone aside); None without one. URLs on
/// which `urlsplit` raises (a bracket without its pair) get what the parse gives up to there.
pub fn py_urlsplit_hostname(url: &str) -> Option<String> {
    let url = url.trim_start_matches(whatwg_c0_or_space);
    let url: String = url.chars().filter(|&c| !matches!(c, '\t' | '\r' | '\n')).collect();
    let mut rest: &str = &url;
    if let Some(i) = rest.find(':') {
        let first = rest.chars().next().unwrap();
        if i > 0
            && first.is_ascii_alphabetic()
            && rest[..i].chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
        {
            rest = &rest[i + 1..];
        }
    }
    let netloc = match rest.strip_prefix("//") {
        Some(after) => &after[..after.find(['/', '?', '#']).unwrap_or(after.len())],
        None => "",
    };
    let hostinfo = match netloc.rfind('@') {
        Some(at) => &netloc[at + 1..],
        None => netloc,
    };
    let hostname = match hostinfo.find('[') {
        Some(open) => {
            let bracketed = &hostinfo[open + 1..];
            &bracketed[..bracketed.find(']').unwrap_or(bracketed.len())]
        }
        None => &hostinfo[..hostinfo.find(':').unwrap_or(hostinfo.len())],
    };
    if hostname.is_empty() {
        return None;
    }
    Some(match hostname.find('%') {
        Some(p) => format!("{}{}", py_lower(&hostname[..p]), &hostname[p..]),
        None => py_lower(hostname),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_fast_paths_agree_with_the_tables() {
        for b in 0u8..128 {
            let c = b as char;
            assert_eq!(py_isalnum(c), in_ranges(c, t::PY_ALNUM), "isalnum {b}");
            assert_eq!(py_isspace(c), in_ranges(c, t::PY_SPACE), "isspace {b}");
            assert_eq!(rx_word(c), in_ranges(c, t::RX_WORD), "\\w {b}");
            assert_eq!(rx_space(c), in_ranges(c, t::RX_SPACE), "\\s {b}");
            assert_eq!(rx_digit(c), in_ranges(c, t::RX_DIGIT), "\\d {b}");
            assert_eq!(rx_upper(c), in_ranges(c, t::RX_UPPER), "Lu {b}");
            assert_eq!(rx_lower(c), in_ranges(c, t::RX_LOWER), "Ll {b}");
            let folded = in_map(c, t::PY_CASEFOLD).map(str::to_string).unwrap_or(c.to_string());
            assert_eq!(py_casefold(&c.to_string()), folded, "casefold {b}");
        }
    }

    #[test]
    fn bitmaps_agree_with_the_tables_on_every_character() {
        let classes: [(&[(u32, u32)], &'static OnceLock<Bmp>); 7] = [
            (t::PY_ALNUM, &PY_ALNUM_BMP), (t::PY_SPACE, &PY_SPACE_BMP), (t::RX_WORD, &RX_WORD_BMP),
            (t::RX_SPACE, &RX_SPACE_BMP), (t::RX_DIGIT, &RX_DIGIT_BMP), (t::RX_UPPER, &RX_UPPER_BMP),
            (t::RX_LOWER, &RX_LOWER_BMP),
        ];
        for c in (0..0x11_0000).filter_map(char::from_u32) {
            for (table, bmp) in classes {
                assert_eq!(member(c, table, bmp), in_ranges(c, table), "{:X}", c as u32);
            }
            assert_eq!(mapped(c, t::PY_CASEFOLD, &PY_CASEFOLD_BMP), in_map(c, t::PY_CASEFOLD));
            assert_eq!(mapped(c, t::PY_LOWER, &PY_LOWER_BMP), in_map(c, t::PY_LOWER));
        }
    }

    #[test]
    fn python_character_classes_differ_from_rusts_where_python_says_so() {
        // str.isalnum holds for superscript two (a digit), not for a combining accent;
        // regex's \w holds for the accent (a mark) and the zero-width joiner.
        assert!(py_isalnum('²'));
        assert!(!py_isalnum('\u{301}'));
        assert!(rx_word('\u{301}'));
        assert!(rx_word('\u{200D}'));
        assert!(!rx_word('-'));
        assert!(rx_space('\u{A0}'));
        assert!(py_isspace('\u{1F}') && !rx_space('\u{1F}'));
        assert!(rx_upper('É') && !rx_upper('é') && rx_lower('é'));
        assert!(rx_digit('٣') && !rx_digit('²'));
    }

    #[test]
    fn casefold_and_lower_are_pythons() {
        assert_eq!(py_casefold("Straße ΣΑΣ"), "strasse σασ");
        assert_eq!(py_lower("Straße"), "straße");
        // Final sigma: at a word's end after a cased letter, not alone or inside a word.
        assert_eq!(py_lower("ΟΔΟΣ"), "οδος");
        assert_eq!(py_lower("ΣΑ"), "σα");
        assert_eq!(py_lower("Σ"), "σ");
        assert_eq!(py_lower("İ"), "i\u{307}");
    }

    #[test]
    fn normalise_folds_case_spaces_and_edge_punctuation() {
        assert_eq!(py_normalise("  » MOST\u{A0} Popular: "), "most popular");
        assert_eq!(py_normalise("--"), "");
        assert_eq!(py_normalise("A\tb"), "a b");
        assert_eq!(py_normalise("Straße , «Ünd»  ."), "strasse , «ünd");
        assert_eq!(py_normalise(" ,. "), "");
    }

    #[test]
    fn strip_and_split_use_str_isspace() {
        assert_eq!(py_strip("\u{3000} a b\u{1C}"), "a b");
        assert_eq!(py_split(" a \u{A0}b  c ").collect::<Vec<_>>(), vec!["a", "b", "c"]);
    }

    #[test]
    fn hostname_is_urlsplits() {
        let host = |u: &str| py_urlsplit_hostname(u);
        assert_eq!(host("https://WWW.Example.co.uk/path?q#f").as_deref(), Some("www.example.co.uk"));
        assert_eq!(host("http://user:pw@Host.com:8080/").as_deref(), Some("host.com"));
        assert_eq!(host("  \thttps://a.b.c").as_deref(), Some("a.b.c"));
        assert_eq!(host("http://[FE80::1%Zone]:80/").as_deref(), Some("fe80::1%Zone"));
        assert_eq!(host("example.com/path"), None);
        assert_eq!(host("//example.com").as_deref(), Some("example.com"));
        assert_eq!(host("http:///path"), None);
        // A scheme only when its first character is an ASCII letter.
        assert_eq!(host("1http://x.com"), None);
    }
}
