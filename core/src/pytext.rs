//! Python's `str` semantics the lexicon matcher and scorer need, exactly: `str.isalnum`,
//! `str.isspace`, `str.lower` (with its Final_Sigma rule), `str.casefold`, `repr`, on
//! the tables of `pyunicode.rs` (this Python's Unicode database, generated).
//!
//! (Private to the matcher's port for now; `text.rs`, owned by the port of the lines,
//! is where shared text predicates belong: these can move there.)

use crate::pyunicode as t;

fn in_ranges(ranges: &[(u32, u32)], c: u32) -> bool {
    ranges
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

/// `str.isalnum` of one character.
pub fn is_alnum(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    in_ranges(t::ALNUM, c as u32)
}

/// `re`'s `\w`: `str.isalnum()` or `_`.
pub fn is_word(c: char) -> bool {
    c == '_' || is_alnum(c)
}

/// `str.isspace` of one character.
pub fn is_space(c: char) -> bool {
    if c.is_ascii() {
        return matches!(c, '\t' | '\n' | '\x0b' | '\x0c' | '\r' | '\x1c'..='\x1f' | ' ');
    }
    in_ranges(t::SPACE, c as u32)
}

/// `str.isprintable` of one character.
pub fn is_printable(c: char) -> bool {
    if c.is_ascii() {
        return (' '..='~').contains(&c);
    }
    in_ranges(t::PRINTABLE, c as u32)
}

fn is_cased(c: char) -> bool {
    in_ranges(t::CASED, c as u32)
}

fn is_case_ignorable(c: char) -> bool {
    in_ranges(t::CASE_IGNORABLE, c as u32)
}

/// `c.lower()` when it is one character (all but `LOWER_LONG`).
pub fn lower_char(c: char) -> char {
    if c.is_ascii() {
        return c.to_ascii_lowercase();
    }
    match t::LOWER.binary_search_by_key(&(c as u32), |&(a, _)| a) {
        Ok(k) => char::from_u32(t::LOWER[k].1).unwrap_or(c),
        Err(_) => c,
    }
}

/// Whether `c.lower()` is longer than one character (`İ`).
pub fn lowers_long(c: char) -> bool {
    !c.is_ascii() && t::LOWER_LONG.contains(&(c as u32))
}

/// `str.lower`, exactly (Final_Sigma included: a capital sigma ending a word is `ς`).
pub fn lower(text: &str) -> String {
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(text.len() + 8);
    for (at, c) in text.char_indices() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else if c == '\u{3a3}' {
            out.push(if final_sigma(&text[..at], &text[at + c.len_utf8()..]) { '\u{3c2}' } else { '\u{3c3}' });
        } else if let Some(k) = t::LOWER_LONG.iter().position(|&x| x == c as u32) {
            out.push_str(t::LOWER_LONG_TO[k]);
        } else {
            out.push(lower_char(c));
        }
    }
    out
}

/// CPython's `handle_capital_sigma`: cased, case-ignorables, Σ, and no case-ignorables
/// then cased after it (`before` and `after`: the text around the Σ).
fn final_sigma(before: &str, after: &str) -> bool {
    let cased_before = before.chars().rev().find(|&c| !is_case_ignorable(c)).is_some_and(is_cased);
    cased_before && after.chars().find(|&c| !is_case_ignorable(c)).is_none_or(|c| !is_cased(c))
}

/// `str.casefold`, exactly.
pub fn casefold(text: &str) -> String {
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else {
            match t::CASEFOLD.binary_search_by_key(&(c as u32), |&(a, _)| a) {
                Ok(k) => out.push_str(t::CASEFOLD[k].1),
                Err(_) => out.push(c),
            }
        }
    }
    out
}

/// `cleaner.patterns.normalise`: casefolded, runs of whitespace (`str.split`'s) made one
/// space, what is not alphanumeric (`str.isalnum`) cut from both ends.
pub fn normalise(text: &str) -> String {
    let folded = casefold(text);
    let mut out = String::with_capacity(folded.len());
    for word in folded.split(is_space).filter(|w| !w.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    let trimmed = out.trim_matches(|c: char| !is_alnum(c));
    if trimmed.len() == out.len() {
        out
    } else {
        trimmed.to_string()
    }
}

/// Whitespace `cleaner.patterns.lower_text` makes plain spaces (`_ODD_SPACES`).
pub const ODD_SPACES: [char; 8] =
    ['\t', '\u{a0}', '\u{2000}', '\u{2001}', '\u{2002}', '\u{2003}', '\u{2009}', '\u{202f}'];

/// `cleaner.patterns.lower_text`: the lines joined by newlines, lowercased keeping every
/// offset (where some character would lengthen, `İ`, each character is lowered alone and
/// that one kept), odd spaces made plain.
pub fn lower_text<S: AsRef<str>>(lines: &[S]) -> String {
    let mut joined = String::new();
    for (k, line) in lines.iter().enumerate() {
        if k > 0 {
            joined.push('\n');
        }
        joined.push_str(line.as_ref());
    }
    let mut low = if joined.is_ascii() {
        joined.make_ascii_lowercase();
        joined
    } else if joined.chars().any(lowers_long) {
        joined.chars().map(|c| if lowers_long(c) { c } else { lower_char(c) }).collect()
    } else {
        lower(&joined)
    };
    if !low.is_ascii() && low.contains(ODD_SPACES) {
        low = low.chars().map(|c| if ODD_SPACES.contains(&c) { ' ' } else { c }).collect();
    } else if low.contains('\t') {
        low = low.replace('\t', " ");
    }
    low
}

/// Python's `repr` of a `str`.
pub fn repr(text: &str) -> String {
    let quote = if text.contains('\'') && !text.contains('"') { '"' } else { '\'' };
    let mut out = String::with_capacity(text.len() + 2);
    out.push(quote);
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if is_printable(c) => out.push(c),
            c if (c as u32) < 0x100 => out.push_str(&format!("\\x{:02x}", c as u32)),
            c if (c as u32) < 0x10000 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push_str(&format!("\\U{:08x}", c as u32)),
        }
    }
    out.push(quote);
    out
}

/// Number of characters (Python's `len` of a `str`).
pub fn len(text: &str) -> usize {
    if text.is_ascii() {
        text.len()
    } else {
        text.chars().count()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lower_keeps_final_sigma_and_dotted_i() {
        assert_eq!(lower("ΟΔΟΣ"), "οδο\u{3c2}");
        assert_eq!(lower("ΣΑ"), "σα");
        assert_eq!(lower("ΑΣ'Α ΑΣ' Σ"), "ασ'α ας' σ"); // (' is case-ignorable; a lone Σ is not final)
        assert_eq!(lower("İ"), "i\u{307}");
        assert_eq!(lower("ÀB"), "àb");
    }

    #[test]
    fn lower_text_keeps_offsets() {
        // İ would lengthen: then each character is lowered alone, İ kept.
        assert_eq!(lower_text(&["İSTANBUL", "ΟΔΟΣ"]), "İstanbul\nοδοσ");
        assert_eq!(lower_text(&["A\u{a0}B\tC"]), "a b c");
    }

    #[test]
    fn normalise_is_casefold_split_and_edges() {
        assert_eq!(normalise("» MOST   POPULAR:"), "most popular");
        assert_eq!(normalise("Straße"), "strasse");
        assert_eq!(normalise("\u{1c}a\u{1d}b"), "a b");
        assert_eq!(normalise("..."), "");
    }

    #[test]
    fn alnum_is_pythons() {
        assert!(is_alnum('²')); // a digit to Python, not alphabetic
        assert!(!is_alnum('\u{301}')); // a combining mark is not alphanumeric
        assert!(is_word('_'));
        assert!(is_space('\u{1f}'));
    }

    #[test]
    fn repr_matches_python() {
        assert_eq!(repr("it's"), "\"it's\"");
        assert_eq!(repr("a'\""), "'a\\'\"'");
        assert_eq!(repr("x\u{ad}\n"), "'x\\xad\\n'");
        assert_eq!(repr("é"), "'é'");
    }
}
