//! A document into lines and their shape features: the twin of `cleaner/lines.py`'s
//! `split_document`, `split_lines` and `count_words` (and of the C kernel `split_lines`
//! of `cleaner/_kernels.c`, which computes the same lines).
//!
//! A document is one paragraph per line. Each line keeps its raw text (so that the output
//! is always a subsequence of the input's lines) and its shape: the stripped text, words,
//! characters, whether it ends like a sentence, letters, digits.

use crate::model::Features;
use crate::text;

/// The top bit of every byte of a `u64`.
const HIGH_BITS: u64 = 0x8080_8080_8080_8080;
/// 1 in every byte of a `u64`.
const ONES: u64 = 0x0101_0101_0101_0101;

/// Eight bytes of a line read as one `u64` (the first in the lowest byte), to classify
/// them at once as `ASCII_CLASS` does one by one: each class test leaves the top bit of
/// the bytes it holds for set, the other bits clear. Valid only where `is_ascii`: no byte
/// above 0x7f, so adding to a byte never carries into the next.
#[derive(Clone, Copy)]
struct AsciiWord(u64);

impl AsciiWord {
    /// The eight bytes from `at`; past the end, NULs (no word character, letter or digit).
    fn at(bytes: &[u8], at: usize) -> AsciiWord {
        let mut chunk = [0u8; 8];
        match bytes.get(at..at + 8) {
            Some(eight) => chunk.copy_from_slice(eight),
            None => {
                for (to, &b) in chunk.iter_mut().zip(&bytes[at..]) {
                    *to = b;
                }
            }
        }
        AsciiWord(u64::from_le_bytes(chunk))
    }

    fn is_ascii(self) -> bool {
        self.0 & HIGH_BITS == 0
    }

    /// The bytes from `low` to `high`.
    fn between(self, low: u8, high: u8) -> u64 {
        let at_least_low = self.0.wrapping_add(ONES * u64::from(0x80 - low));
        let above_high = self.0.wrapping_add(ONES * u64::from(0x7f - high));
        at_least_low & !above_high & HIGH_BITS
    }

    /// ASCII letters (a capital with 0x20 set is its small letter; nothing else becomes
    /// one).
    fn alpha(self) -> u64 {
        AsciiWord(self.0 | ONES * 0x20).between(b'a', b'z')
    }

    fn digits(self) -> u64 {
        self.between(b'0', b'9')
    }

    fn underscores(self) -> u64 {
        self.between(b'_', b'_')
    }

    /// How many bytes a class test's result holds.
    fn count(bits: u64) -> u32 {
        // (the top bits moved to each byte's lowest, summed into the top byte)
        ((bits >> 7).wrapping_mul(ONES) >> 56) as u32
    }
}

/// A "prose" line is the article's own material: long, and ending like a sentence.
pub const MIN_PROSE_WORDS: u32 = 15;
/// Closing punctuation after which a line counts as a finished sentence (`_TERMINAL_CHARS`)...
/// Besides the Latin and CJK stops: the Devanagari danda and double danda (Hindi, Marathi,
/// Nepali, Bengali), the Arabic question mark and the Urdu full stop, the Armenian,
/// Ethiopic and Myanmar full stops.
pub const TERMINAL_CHARS: &[char] = &['.', '!', '?', '…', ':', ';', '。', '！', '？', '．', '।', '॥',
                                      '؟', '۔', '։', '።', '။'];
/// ... and what may follow it: closing brackets and quotes, as every language closes a
/// quotation (English ” ’, German and Czech “ ‘ after „ ‚, French and Italian » ›, Danish and
/// Swedish « ‹ or », Chinese and Japanese 」』》〉) (`_CLOSERS`).
pub const CLOSERS: &[char] = &[
    '"', '\'', '”', '’', '“', '‘', '»', '«', '›', '‹', ')', ']', '」', '』', '》', '〉', '）',
];

// ASCII characters' classes: str.isalpha, str.isdigit (= isdecimal there), re's \w.
const A_ALPHA: u8 = 1;
const A_DIGIT: u8 = 2;
const A_WORD: u8 = 4;
const ASCII_CLASS: [u8; 128] = {
    let mut table = [0u8; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        table[b] = if c.is_ascii_alphabetic() {
            A_ALPHA | A_WORD
        } else if c.is_ascii_digit() {
            A_DIGIT | A_WORD
        } else if c == b'_' {
            A_WORD
        } else {
            0
        };
        b += 1;
    }
    table
};

/// A line's terminator in the input (`split_document`'s second item).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LineEnd {
    Lf,
    CrLf,
    Cr,
}

impl LineEnd {
    pub fn as_str(self) -> &'static str {
        match self {
            LineEnd::Lf => "\n",
            LineEnd::CrLf => "\r\n",
            LineEnd::Cr => "\r",
        }
    }
}

/// Words in a (stripped) line: runs of `re`'s `\w`; in scripts written without spaces
/// (Chinese, Japanese, Thai...), two characters count as one word besides
/// (`count_words`: `len(re.findall(r"\w+", text)) + len(_UNSPACED.findall(text)) // 2`).
pub fn count_words(text: &str) -> u32 {
    let (mut words, mut unspaced, mut in_word) = (0u32, 0u32, false);
    for c in text.chars() {
        if text::is_word(c) || joins_word(text::flags(c)) {
            words += u32::from(!in_word);
            in_word = true;
        } else {
            in_word = false;
        }
        unspaced += u32::from(!c.is_ascii() && text::is_unspaced(c));
    }
    words + unspaced / 2
}

/// Whether a character with these flags is part of the word it is in without being a
/// letter or digit of its own: a combining mark (the vowel signs and viramas of Devanagari,
/// Bengali, Tamil, Thai; a decomposed umlaut's diaeresis), a joiner. `re`'s `\w` leaves
/// them out and would cut "हिन्दी" into four words; the `regex` package's `\w` takes them.
fn joins_word(flags: u32) -> bool {
    use crate::unicode_tables as t;
    flags & (t::RX_WORD | t::WORD) == t::RX_WORD
}

/// Whether a (stripped) line ends like a sentence: its last character before any closers
/// is a terminal one (`stripped.rstrip(_CLOSERS)[-1:] in _TERMINALS`).
pub fn is_terminal(text: &str) -> bool {
    text.trim_end_matches(CLOSERS)
        .chars()
        .next_back()
        .is_some_and(|c| TERMINAL_CHARS.contains(&c))
}

/// Whether a (stripped) line stops at an ellipsis right after a word ("...the team's
/// best sea…", "el gobierno anunció..."): a teaser cut short, not a finished sentence.
pub fn is_cut_short(text: &str) -> bool {
    let Some(head) = text.strip_suffix("...").or_else(|| text.strip_suffix('…')) else {
        return false;
    };
    head.chars().next_back().is_some_and(|c| text::is_word(c) || joins_word(text::flags(c)))
}

/// The features of one line (`raw`: the line without its line end), as `split_lines`
/// computes them.
pub fn line_features(raw: &str) -> Features {
    let stripped = text::strip(raw);
    if stripped.is_empty() {
        return Features::new(raw, "");
    }
    // One pass: words (runs of \w and the marks that join them, plus half the unspaced
    // characters), letters (str.isalpha, and those marks), and whether any character is a
    // digit or a decimal; ASCII bytes by a table of their own, the rest by the Unicode
    // tables. (Characters: code points, counted apart.)
    let (mut words, mut unspaced, mut in_word) = (0u32, 0u32, false);
    let (mut letters, mut ascii_classes, mut digit, mut decimal) = (0u32, 0u8, false, false);
    let bytes = stripped.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        // Eight ASCII bytes at once (most of a Latin-script text), as `AsciiWord` says.
        let word = AsciiWord::at(bytes, i);
        if word.is_ascii() {
            let (alpha, digits) = (word.alpha(), word.digits());
            let words_here = alpha | digits | word.underscores();
            // (a word starts where a word byte follows a byte that is none)
            let before = (words_here << 8) | if in_word { HIGH_BITS & 0xff } else { 0 };
            words += AsciiWord::count(words_here & !before);
            in_word = words_here >> 63 != 0;
            letters += AsciiWord::count(alpha);
            if digits != 0 {
                ascii_classes |= A_DIGIT;
            }
            i += 8;
            continue;
        }
        let b = bytes[i];
        if b < 128 {
            let class = ASCII_CLASS[b as usize];
            let word = class & A_WORD != 0;
            words += u32::from(word && !in_word);
            in_word = word;
            letters += u32::from(class & A_ALPHA);
            ascii_classes |= class;
            i += 1;
            continue;
        }
        let c = stripped[i..].chars().next().expect("a char boundary");
        i += c.len_utf8();
        let f = text::flags(c);
        use crate::unicode_tables as t;
        let mark = joins_word(f);
        let word = f & t::WORD != 0 || mark;
        words += u32::from(word && !in_word);
        in_word = word;
        letters += u32::from(f & t::ALPHA != 0 || mark);
        digit |= f & t::DIGIT != 0;
        decimal |= f & t::DECIMAL != 0;
        unspaced += u32::from(f & t::UNSPACED != 0);
    }
    if ascii_classes & A_DIGIT != 0 {
        // (an ASCII digit is a decimal one)
        (digit, decimal) = (true, true);
    }
    let chars = stripped.chars().count() as u32;
    let words = words + unspaced / 2;
    let terminal = is_terminal(stripped);
    Features {
        padded: Features::pad(raw, stripped),
        text: stripped.to_string(),
        words,
        chars,
        terminal,
        prose: terminal && words >= MIN_PROSE_WORDS && !is_cut_short(stripped),
        letters,
        digit,
        decimal,
    }
}

/// Split text into lines at `\n` (`split_lines`): one final `\n` ends the last line rather
/// than beginning an empty one; the empty text is one blank line.
pub fn split_lines(text: &str) -> Vec<Features> {
    let text = text.strip_suffix('\n').unwrap_or(text);
    let mut lines = Vec::with_capacity(memchr::memchr_iter(b'\n', text.as_bytes()).count() + 1);
    // (`text.split('\n')`, the line ends found by memchr's vector search: the standard
    // library's char search cost about 3 instructions a byte)
    let mut start = 0;
    for end in memchr::memchr_iter(b'\n', text.as_bytes()) {
        lines.push(line_features(&text[start..end]));
        start = end + 1;
    }
    lines.push(line_features(&text[start..]));
    lines
}

/// Split a document into lines at `\n`, `\r\n` and `\r` (`split_document`). The second
/// item is every line's terminator where the text holds a `\r` (`None`: all are `\n`), so
/// that the output keeps the input's line endings.
pub fn split_document(text: &str) -> (Vec<Features>, Option<Vec<LineEnd>>) {
    if memchr::memchr(b'\r', text.as_bytes()).is_none() {
        return (split_lines(text), None);
    }
    // As Python does it, `split_lines(re.sub(r"\r\n?|\n", "\n", text))`, without the copy:
    // the pieces between line ends, the last one dropped where it is empty after a line end.
    let bytes = text.as_bytes();
    let mut lines = Vec::new();
    let mut ends = Vec::new();
    let (mut start, mut i) = (0, 0);
    while i < bytes.len() {
        let end = match bytes[i] {
            b'\n' => LineEnd::Lf,
            b'\r' if bytes.get(i + 1) == Some(&b'\n') => LineEnd::CrLf,
            b'\r' => LineEnd::Cr,
            _ => {
                i += 1;
                continue;
            }
        };
        lines.push(line_features(&text[start..i]));
        ends.push(end);
        i += end.as_str().len();
        start = i;
    }
    if start < text.len() || ends.is_empty() {
        lines.push(line_features(&text[start..]));
    }
    (lines, Some(ends))
}

/// The features of lines already split (an HTML page's blocks, `cleaner.html.page.page_lines`:
/// `split_lines("\n".join(texts))` for texts that hold no `\n`, none empty at the end).
pub fn lines_of<'a>(texts: impl IntoIterator<Item = &'a str>) -> Vec<Features> {
    texts.into_iter().map(line_features).collect()
}

pub mod python {
    //! `cleaner._core.split_document`, `split_lines`, `lines_of`, `line_features`.
    use pyo3::exceptions::PyValueError;
    use pyo3::prelude::*;
    use pyo3::types::PyList;

    use crate::bridge::PyDoc;
    use crate::model::{Doc, Shape};

    fn doc(lines: Vec<crate::model::Features>, shape: &str, language: &str, url: Option<String>) -> PyResult<PyDoc> {
        let shape = Shape::from_name(shape)
            .ok_or_else(|| PyValueError::new_err(format!("unknown shape {shape:?}")))?;
        Ok(PyDoc { doc: Doc::new(lines, shape, language, url) })
    }

    /// `cleaner.lines.split_document(text)`: (a Doc of the lines, every line's terminator
    /// or None where the text holds no `\r`). The Doc's shape, language and URL are given
    /// here (the language is often known only later: the Python side passes it).
    #[pyfunction]
    #[pyo3(signature = (text, shape = "auto", language = "en", url = None))]
    pub fn split_document(text: &str, shape: &str, language: &str, url: Option<String>)
        -> PyResult<(PyDoc, Option<Vec<&'static str>>)> {
        let (lines, ends) = super::split_document(text);
        let ends = ends.map(|e| e.into_iter().map(super::LineEnd::as_str).collect());
        Ok((doc(lines, shape, language, url)?, ends))
    }

    /// `cleaner.lines.split_lines(text)` (at `\n` only), as a Doc.
    #[pyfunction]
    #[pyo3(signature = (text, shape = "auto", language = "en", url = None))]
    pub fn split_lines(text: &str, shape: &str, language: &str, url: Option<String>) -> PyResult<PyDoc> {
        doc(super::split_lines(text), shape, language, url)
    }

    /// A Doc of lines already split: an HTML page's block texts ("" for a blank line), as
    /// `cleaner.html.page.page_lines` makes them (`split_lines("\n".join(texts))`).
    #[pyfunction]
    #[pyo3(signature = (texts, shape = "page", language = "en", url = None))]
    pub fn lines_of(texts: Vec<String>, shape: &str, language: &str, url: Option<String>) -> PyResult<PyDoc> {
        if let Some(t) = texts.iter().find(|t| t.contains('\n')) {
            return Err(PyValueError::new_err(format!("a line's text holds a newline: {t:?}")));
        }
        doc(super::lines_of(texts.iter().map(String::as_str)), shape, language, url)
    }

    /// Each line's features: (raw, text, words, chars, terminal, prose, letters, digit,
    /// decimal), the fields of `cleaner.lines.Line` of those names.
    #[pyfunction]
    pub fn line_features<'py>(py: Python<'py>, doc: &PyDoc) -> PyResult<Bound<'py, PyList>> {
        let rows = doc.doc.lines.iter().map(|f| {
            (f.raw(), f.text.as_str(), f.words, f.chars, f.terminal, f.prose, f.letters,
             f.digit, f.decimal)
        });
        PyList::new(py, rows)
    }

    /// The constants of `cleaner.lines` this module carries: (_CLOSERS, _TERMINAL_CHARS,
    /// MIN_PROSE_WORDS), for the check that they are the same.
    #[pyfunction]
    pub fn lines_constants() -> (String, String, u32) {
        (super::CLOSERS.iter().collect(), super::TERMINAL_CHARS.iter().collect(),
         super::MIN_PROSE_WORDS)
    }

    /// `cleaner.lines.count_words(text)`.
    #[pyfunction]
    pub fn count_words(text: &str) -> u32 {
        super::count_words(text)
    }

    pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
        m.add_function(wrap_pyfunction!(split_document, m)?)?;
        m.add_function(wrap_pyfunction!(split_lines, m)?)?;
        m.add_function(wrap_pyfunction!(lines_of, m)?)?;
        m.add_function(wrap_pyfunction!(line_features, m)?)?;
        m.add_function(wrap_pyfunction!(lines_constants, m)?)?;
        m.add_function(wrap_pyfunction!(count_words, m)?)?;
        Ok(())
    }
}

/// Registers this module's and `text`'s Python-visible functions.
pub fn register(m: &pyo3::Bound<'_, pyo3::types::PyModule>) -> pyo3::PyResult<()> {
    python::register(m)?;
    text::python::register(m)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(lines: &[Features]) -> Vec<&str> {
        lines.iter().map(|f| f.raw()).collect()
    }

    #[test]
    fn split_lines_drops_one_final_newline() {
        assert_eq!(texts(&split_lines("")), [""]);
        assert_eq!(texts(&split_lines("\n")), [""]);
        assert_eq!(texts(&split_lines("\n\n")), ["", ""]);
        assert_eq!(texts(&split_lines("a\nb")), ["a", "b"]);
        assert_eq!(texts(&split_lines("a\nb\n")), ["a", "b"]);
        assert_eq!(texts(&split_lines("a\n\n")), ["a", ""]);
        // only \n splits: \r, \x0b, \x1c, \u2028 stay inside (and are stripped as space)
        assert_eq!(texts(&split_lines("a\rb\u{2028}c\x1cd\x0be")), ["a\rb\u{2028}c\x1cd\x0be"]);
    }

    #[test]
    fn split_document_keeps_each_line_end() {
        let (lines, ends) = split_document("a\nb");
        assert_eq!(texts(&lines), ["a", "b"]);
        assert_eq!(ends, None);
        let (lines, ends) = split_document("a\r\nb\rc\nd\r\r\ne\r");
        assert_eq!(texts(&lines), ["a", "b", "c", "d", "", "e"]);
        use LineEnd::*;
        assert_eq!(ends, Some(vec![CrLf, Cr, Lf, Cr, CrLf, Cr]));
        let (lines, ends) = split_document("\r");
        assert_eq!(texts(&lines), [""]);
        assert_eq!(ends, Some(vec![Cr]));
        let (lines, ends) = split_document("\n\r");
        assert_eq!(texts(&lines), ["", ""]);
        assert_eq!(ends, Some(vec![Lf, Cr]));
        let (lines, _) = split_document("a\r\n\r\n");
        assert_eq!(texts(&lines), ["a", ""]);
        let (lines, _) = split_document("x\r\u{2028}y");
        assert_eq!(texts(&lines), ["x", "\u{2028}y"]);
    }

    #[test]
    fn blank_lines_have_no_features() {
        let f = line_features(" \t\u{3000}\u{a0}");
        assert_eq!(f.raw(), " \t\u{3000}\u{a0}");
        assert_eq!(f, Features::new(f.raw(), ""));
    }

    #[test]
    fn features_of_a_sentence() {
        let f = line_features("  It costs 2 € – or ²½ (see “this”).  ");
        assert_eq!(f.text, "It costs 2 € – or ²½ (see “this”).");
        assert_eq!(f.words, 7); // It, costs, 2, or, ²½ (one run of \w), see, this
        assert_eq!(f.chars, f.text.chars().count() as u32);
        assert!(f.terminal);
        assert!(!f.prose);
        assert_eq!(f.letters, 2 + 5 + 2 + 3 + 4);
        assert!(f.digit && f.decimal);
        let f = line_features("²");
        assert!(f.digit && !f.decimal);
    }

    #[test]
    fn words_in_unspaced_scripts_are_half_the_characters() {
        // Han: one \w run, plus 4 // 2
        assert_eq!(count_words("日本語文"), 1 + 2);
        assert_eq!(count_words("日本語"), 1 + 1);
        // Thai: its vowel signs are marks that join the run they are in (2 runs), plus
        // 10 unspaced characters // 2
        assert_eq!(count_words("สวัสดี ครับ"), 2 + 5);
        assert_eq!(count_words("a_b c-d"), 3);
        assert_eq!(count_words(""), 0);
        // Hangul is written with spaces
        assert_eq!(count_words("한국어 문장"), 2);
    }

    #[test]
    fn marks_join_their_words_and_count_as_letters() {
        // Hindi: vowel signs, viramas and nuktas are marks; 21 words, and a danda ends it.
        let hindi = "यह एक लंबा वाक्य है जो हिन्दी में लिखा गया है और इसमें कई शब्द हैं जो पढ़ने में आसान हैं।";
        let f = line_features(hindi);
        assert_eq!(f.words, 21);
        assert!(f.terminal && f.prose);
        assert_eq!(f.letters, f.chars - 21); // all but the 20 spaces and the danda
        assert_eq!(count_words(hindi), 21);
        // Tamil and Bengali alike; a decomposed umlaut (u + U+0308) stays in its word.
        assert_eq!(count_words("தமிழ் மொழி"), 2);
        assert_eq!(count_words("বাংলা ভাষা"), 2);
        assert_eq!(line_features("Mu\u{0308}nchen heute").words, 2);
        // Other scripts' full stops end a sentence too.
        assert!(is_terminal("هل هذا صحيح؟"));
        assert!(is_terminal("یہ ایک جملہ ہے۔"));
    }

    #[test]
    fn terminal_looks_past_closers() {
        assert!(is_terminal("He said “yes.”"));
        assert!(is_terminal("Er sagte: „Ja, gern.“"));
        assert!(is_terminal("Sie sagte: „Er rief: ‚Komm!‘“"));
        assert!(is_terminal("Han sa: »Ja.«"));
        assert!(is_terminal("(Done.)"));
        assert!(is_terminal("終わり。」"));
        assert!(is_terminal("Note:"));
        assert!(!is_terminal("Home"));
        assert!(!is_terminal("\"'"));
        assert!(!is_terminal(""));
        assert!(!is_terminal("a.b"));
    }

    #[test]
    fn a_line_stopped_at_an_ellipsis_after_a_word_is_cut_short() {
        assert!(is_cut_short("Officials said the plans would be put to residents next..."));
        assert!(is_cut_short("宮崎県で震度５弱を観測した地震の影響で、走行中の列…"));
        assert!(!is_cut_short("He paused. ..."));
        assert!(!is_cut_short("Wait for it …"));
        assert!(!is_cut_short("A finished sentence."));
        let teaser = "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen...";
        assert!(line_features(teaser).terminal);
        assert!(!line_features(teaser).prose);
    }

    #[test]
    fn prose_needs_fifteen_words_and_an_end() {
        let fourteen = "one two three four five six seven eight nine ten eleven twelve thirteen fourteen.";
        assert!(!line_features(fourteen).prose);
        let fifteen = fourteen.replace("fourteen.", "fourteen fifteen.");
        let f = line_features(&fifteen);
        assert_eq!(f.words, 15);
        assert!(f.prose);
        assert!(!line_features(fifteen.trim_end_matches('.')).prose);
    }

    #[test]
    fn eight_ascii_bytes_at_once_count_as_one_by_one() {
        // Every ASCII character, at every offset from an eight-byte boundary, beside word
        // characters and not, with a non-ASCII character before or after the run.
        let all: String = (1u8..128).map(char::from).filter(|&c| c != '\n').collect();
        for shift in 0..9 {
            for around in ["", "é", "x", " "] {
                let text = format!("a{}{all}{around}b_{all}9{around}", "w".repeat(shift));
                let f = line_features(&text);
                let stripped = text::strip(&text);
                assert_eq!(f.words, count_words(stripped), "{text:?}");
                assert_eq!(f.letters, stripped.chars().filter(|c| c.is_alphabetic()).count() as u32);
                assert!(f.digit && f.decimal);
            }
        }
        let f = line_features("no digits in these words_ at_all");
        assert_eq!((f.words, f.letters, f.digit, f.decimal), (6, 25, false, false));
    }

    #[test]
    fn chars_are_code_points() {
        let f = line_features("e\u{301}𝔘");
        assert_eq!(f.chars, 3);
        assert_eq!(f.letters, 3); // the combining mark counts with its letter
        assert_eq!(f.words, 1); // and does not split the run
    }
}

#[cfg(test)]
mod timing {
    /// `LINES_TIMING=/path/to/text cargo test --release --no-default-features timing -- --nocapture`
    #[test]
    fn time_split_document() {
        let Ok(path) = std::env::var("LINES_TIMING") else { return };
        let text = std::fs::read_to_string(path).unwrap();
        for _ in 0..3 {
            let t = std::time::Instant::now();
            let (lines, _) = super::split_document(&text);
            let split = t.elapsed();
            let doc = crate::model::Doc::new(lines, crate::model::Shape::Auto, "en", None);
            let made = t.elapsed();
            drop(doc);
            eprintln!("{} bytes: split {:?}, doc {:?}, dropped {:?}", text.len(), split, made, t.elapsed());
        }
    }
}
