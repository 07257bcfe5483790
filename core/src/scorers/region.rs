//! The article's region: the stretch of the page where its sentences are
//! (`cleaner/scorers/region.py`, `RegionScorer`).
//!
//! *What it scores*: whether a line lies inside the article's region of a whole page.
//!
//! *Why it signals boilerplate*: a page's text is menus, then the headline, the article's
//! sentences, then lists and footers. The stretch of lines that maximises "words in
//! finished sentences minus a cost per other line" is the article; the page's `<title>`
//! (the first line a page-to-text tool writes) names its headline. With shape `auto` only
//! documents that show evidence of a page are treated this way (menus or boilerplate in
//! the head, a `<title>` line over the headline: `page_evidence`); an extractor's output
//! (shape `extract`, or no such evidence) is left to the other scorers. In HTML mode the
//! DOM's article container (`doc.dom.span`, handed to `score`) is the region.
//!
//! Every function mirrors its Python namesake: the same evidence, added in the same order,
//! with the same arithmetic. The regular expressions of the Python module are spelled out
//! here as scans over characters with Python's own character classes (re's `\w`, `\s`,
//! `\d` on str patterns, `str.casefold`: `crate::text`).
//!
//! *Reads*: each line's features and the evidence of the scorers before it as sums (its
//! score, positive weight and category) and as the typed columns `State::listed` (the
//! lexicon scorer's list items, which are no wall) and `State::forced` (a publisher rule
//! dropped the line: it is out of the reckoning, neither wall nor comments stop); the DOM's
//! article container in HTML mode.
//! *Adds*: `score:region.outside`, `score:region.head`, `score:region.headline`, and marks
//! the headline it finds (`State::headline`, read by the article's roles, `structure.rs`).

use std::sync::Arc;

use memchr::memmem;

use pyo3::prelude::*;

use crate::bridge::PyDoc;
use crate::model::{Category, Detail, Doc, Features, State};

use crate::text;

// Line values for the maximum-sum stretch (after BTE, Finn et al. 2001): a finished
// sentence is worth its words; any other line costs `line_cost`; a line the other
// scorers already call boilerplate costs `wall_cost` more, so that a "Related" or
// "Comments" heading walls the article off from the teasers and comments after it.
pub const MIN_SENTENCE_WORDS: u32 = 6;
pub const MAX_SENTENCE_EVIDENCE: f64 = 0.5;
pub const LINE_COST: f64 = 5.0;
pub const WALL_COST: f64 = 30.0;
pub const OUTSIDE_WEIGHT: f64 = 2.0;
/// In the head (between headline and first sentence) a fragment this short is a byline,
/// a date or a button; longer lines may be the standfirst and are judged as usual.
pub const HEAD_FRAGMENT_MAX_WORDS: u32 = 7;
pub const HEAD_FRAGMENT_WEIGHT: f64 = 1.0;
/// The head ends, at the latest, after this many sentences in a row (the article's first
/// paragraphs): a list or subheadings after them, before the stretch that scores best,
/// are the article's (a checklist under its introduction), not its byline and buttons.
pub const HEAD_ENDS_AFTER_SENTENCES: usize = 3;
pub const HEADLINE_WEIGHT: f64 = -3.0;
pub const MIN_HEADLINE_WORDS: u32 = 3;
pub const MAX_HEADLINE_WORDS: u32 = 40;
/// How alike (Dice over word sets) the best match and the page title must at least be. The
/// headline itself may match less well: an SEO title often names a later sub-heading
/// better than the headline it heads, so see `HEADLINE_SHARE`.
pub const MIN_TITLE_SIMILARITY: f64 = 0.5;
// With shape "auto", whether a document is a whole page (title, menus, headline, article,
// footers) or an extract (the article, perhaps with widgets inside it) is read from
// positive evidence of a page, never assumed (`page_evidence`): at least `MIN_MENU_LINES`
// lines of page furniture in its head, where menu fragments (unfinished lines of at most
// `MAX_MENU_WORDS` words, in runs of at least `MIN_MENU_RUN`) and lines the other scorers
// already call boilerplate count. An extract, or a cleaned article (the cleaner's own
// output), starts with its headline, a byline or the first paragraph: it has none of these.
pub const MAX_MENU_WORDS: u32 = 4;
pub const MIN_MENU_LINES: i64 = 4;
pub const MIN_MENU_RUN: i64 = 3;
/// A line of at least this many words that is neither a sentence nor furniture: prose
/// wrapped at a fixed width (a plain-text article, a `<pre>` block), a long caption. Where
/// such lines outnumber the furniture before the first two sentences in a row, that span
/// is an article's text, not a page's head.
pub const WRAPPED_LINE_WORDS: u32 = 8;
/// Boilerplate that an extract holds too, at its head: bylines, datelines, captions.
pub const ARTICLE_FURNITURE: [Category; 2] = [Category::Byline, Category::Caption];
/// Sentences before the headline (not already boilerplate, as cookie notices are), as a
/// share of those after it, above which the headline the title names is not the article's
/// start; if there are sentences there, page furniture must outnumber them this much.
pub const MAX_PROSE_BEFORE_HEADLINE: f64 = 0.25;
pub const MIN_MENU_SHARE: f64 = 2.0;
/// A page's `<title>` spells out its headline, alone or with the site's name: the title
/// line (or a part of it, on either side of a separator) and the headline are this alike.
pub const SITE_TITLE_SIMILARITY: f64 = 0.8;
/// The earliest line at least this close to the best match is the headline (even if it is
/// below MIN_TITLE_SIMILARITY itself): the later ones are tables of contents, "Trending"
/// lists, breadcrumbs and sub-headings.
pub const HEADLINE_SHARE: f64 = 0.75;
/// The article is the first stretch after the headline worth this share of the best one.
pub const FIRST_STRETCH_SHARE: f64 = 0.5;
/// A sentence ending in a colon (or in one of the language's endings that say "as
/// follows", `words/intro.txt`: Japanese "次のとおり。") introduces the block of lines under
/// it: its list or table, up to a blank line, or, where each item is a paragraph of its
/// own, up to a finished sentence. Those lines are worth this much each, not a line's cost.
pub const MIN_INTRO_WORDS: u32 = 4;
pub const LIST_ITEM_VALUE: f64 = 1.0;
/// So are the rows of a table: this many consecutive lines of this many words with a figure.
pub const MIN_TABLE_ROWS: usize = 4;
pub const MIN_TABLE_ROW_WORDS: u32 = 4;
/// Headings that end the article for good (its comments), once this many words of
/// sentences are in: the region never runs on into the comments, however many sentences
/// they hold.
pub const STOP_CATEGORIES: [Category; 1] = [Category::Comments];
pub const MIN_WORDS_BEFORE_STOP: f64 = 150.0;
/// A line that says the article goes on after a box ("Story continues below", the
/// language's `words/continues.txt`, a line of at most `MAX_CONTINUES_WORDS` words) bridges
/// the box it opens: the stretches before and after it are one, when the one after holds at
/// least `MIN_CONTINUED_WORDS` words of sentences, and a comments prompt in the box (in the
/// `CONTINUES_REACH` lines after the marker) does not end the article.
pub const MAX_CONTINUES_WORDS: u32 = 20;
pub const MIN_CONTINUED_WORDS: f64 = 50.0;
pub const CONTINUES_REACH: usize = 40;
/// After as many words, a run of post-article markers (lines the other scorers put in
/// these categories, at least `MIN_END_MARKERS` of `END_WINDOW` lines) ends the article
/// when the sentences after it are worth less than `END_TAIL_SHARE` of those before.
pub const END_CATEGORIES: [Category; 6] = [
    Category::Social,
    Category::Related,
    Category::Newsletter,
    Category::Subscription,
    Category::Donation,
    Category::Comments,
];
pub const MIN_END_MARKERS: usize = 2;
pub const END_WINDOW: usize = 3;
pub const END_TAIL_SHARE: f64 = 0.25;
/// ... or when a byline or dateline follows the run within this many lines: the next
/// article of an endless page (its headline, teaser, authors and date) starts there.
pub const NEXT_ARTICLE_REACH: usize = 12;
/// A page whose title names no headline: its article is the group of stretches that holds
/// the best one (`region`), its headline the first title-like line among the few above it.
pub const HEADLINE_LOOKBACK: usize = 2;
/// A copy of the headline among this many lines under it is pushed out (a second <h1>).
pub const COPY_LOOKAHEAD: usize = 4;

pub const HEADLINE_CODE: &str = "score:region.headline";
const HEAD_CODE: &str = "score:region.head";
const OUTSIDE_CODE: &str = "score:region.outside";

// ---------------------------------------------------------------------------------------
// Python-exact text semantics: `crate::text` (re's `\w`, `\s`, `\d` on str patterns are
// `str`'s `isalnum() or _`, `isspace`, `isdecimal`).

/// Where the runs of `\w` in `text` are (byte offsets), in order.
fn word_spans(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    // Whether the character at byte i is `\w`, and its length (ASCII by its byte).
    let word_at = |i: usize| -> (bool, usize) {
        let b = text.as_bytes()[i];
        if b < 0x80 {
            return (b.is_ascii_alphanumeric() || b == b'_', 1);
        }
        let c = text[i..].chars().next().expect("a char boundary");
        (text::is_word(c), c.len_utf8())
    };
    let mut at = 0;
    std::iter::from_fn(move || {
        let mut i = at;
        loop {
            if i >= text.len() {
                at = i;
                return None;
            }
            let (word, length) = word_at(i);
            if word {
                break;
            }
            i += length;
        }
        let start = i;
        while i < text.len() {
            let (word, length) = word_at(i);
            if !word {
                break;
            }
            i += length;
        }
        at = i;
        Some((start, i))
    })
}

/// The runs of `\w` in `text`, in order (`re.findall(r"\w+", text)`).
fn word_runs(text: &str) -> impl Iterator<Item = &str> {
    word_spans(text).map(move |(a, b)| &text[a..b])
}

/// `_TOKEN.findall(casefold(text))`: the casefolded words, in order.
fn tokens(text: &str) -> Vec<String> {
    word_runs(&text::casefold(text)).map(str::to_string).collect()
}

/// A word's hash (FNV-1a over its bytes, ASCII capitals lowered: a casefolded word's own):
/// word sets compare words by it first, and by their bytes only where two hashes are equal.
fn word_hash(word: &str) -> u64 {
    word.bytes().fold(FNV_OFFSET, |h, b| (h ^ b.to_ascii_lowercase() as u64).wrapping_mul(FNV_PRIME))
}

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0100_0000_01b3;

/// An ASCII byte as a word's byte (re's `\w`): a letter lowered, a digit or `_` itself,
/// and 0 for a byte outside words (every byte of 128 or more: not met in ASCII text). One
/// table read a byte in place of the three range tests and the lowering (`ascii_words`).
const WORD_BYTE: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        if c.is_ascii_alphanumeric() || c == b'_' {
            table[b] = c.to_ascii_lowercase();
        }
        b += 1;
    }
    table
};

/// The words (runs of `\w`) of an ASCII text, each as its `word_hash` and its span, in
/// order: the bytes hashed as they are found, by `WORD_BYTE`.
fn ascii_words(bytes: &[u8], mut each: impl FnMut(u64, usize, usize)) {
    let mut i = 0;
    while i < bytes.len() {
        if WORD_BYTE[bytes[i] as usize] == 0 {
            i += 1;
            continue;
        }
        let (start, mut hash) = (i, FNV_OFFSET);
        while let Some(&b) = bytes.get(i) {
            let lowered = WORD_BYTE[b as usize];
            if lowered == 0 {
                break;
            }
            hash = (hash ^ lowered as u64).wrapping_mul(FNV_PRIME);
            i += 1;
        }
        each(hash, start, i);
    }
}

/// Two words' order with ASCII capitals lowered.
fn cmp_lowered(a: &str, b: &str) -> std::cmp::Ordering {
    a.bytes().map(|c| c.to_ascii_lowercase()).cmp(b.bytes().map(|c| c.to_ascii_lowercase()))
}

/// `set(_TOKEN.findall(casefold(text)))`: a set of words, kept sorted by hash (a title has
/// a few dozen words at most: a binary search over integers beats hashing them again), and
/// a filter of 256 bits, one per word set by its hash's low byte, that turns most other
/// words away without the search.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct WordSet(Vec<(u64, String)>, [u64; 4]);

impl WordSet {
    pub fn of(text: &str) -> WordSet {
        let mut words: Vec<(u64, String)> =
            word_runs(&text::casefold(text)).map(|w| (word_hash(w), w.to_string())).collect();
        words.sort_unstable();
        words.dedup();
        let mut filter = [0u64; 4];
        for &(hash, _) in &words {
            filter[(hash as u8 >> 6) as usize] |= 1 << (hash & 63);
        }
        WordSet(words, filter)
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn contains(&self, word: &str) -> bool {
        self.position(word_hash(word), word).is_some()
    }

    /// Where a word is in the set (`hash`: its `word_hash`); its ASCII capitals read as
    /// small letters (the set's words are casefolded). The filter's test inline, the
    /// search apart (`search`): most words are turned away without a call.
    #[inline(always)]
    fn position(&self, hash: u64, word: &str) -> Option<usize> {
        if self.1[(hash as u8 >> 6) as usize] & (1 << (hash & 63)) == 0 {
            return None;
        }
        self.search(hash, word)
    }

    #[inline(never)]
    fn search(&self, hash: u64, word: &str) -> Option<usize> {
        let from = self.0.partition_point(|&(h, _)| h < hash);
        self.0[from..].iter().take_while(|&&(h, _)| h == hash).position(|(_, w)| w.eq_ignore_ascii_case(word)).map(|k| from + k)
    }
}

/// How like the title each text is: the Dice coefficient of the two sets of casefolded
/// words (runs of re's `\w`), 0 when both are empty (`_dice_python`, the C kernel `dice`).
///
/// An ASCII text is its own casefolding but for its capitals: its words are read with
/// them lowered (`word_hash`, `WordSet::position`) rather than copied. A text that shares
/// no word with the title is 0 whatever its own words (most lines): they are counted
/// (sorted, repeats dropped) only where it shares one.
pub fn dice<'a>(texts: impl IntoIterator<Item = &'a str>, title: &WordSet) -> Vec<f64> {
    let theirs = title.len();
    let mut folded = String::new();
    let mut own: Vec<(u64, usize, usize)> = Vec::new(); // its words: hash, span of the text
    let mut shared: Vec<usize> = Vec::new(); // the title's words it holds (places in the set)
    let mut out = Vec::new();
    for text in texts {
        let text = if text.is_ascii() {
            text
        } else {
            folded.clear();
            text::casefold_into(text, &mut folded);
            folded.as_str()
        };
        own.clear();
        shared.clear();
        if text.is_ascii() {
            ascii_words(text.as_bytes(), |hash, a, b| {
                shared.extend(title.position(hash, &text[a..b]));
                own.push((hash, a, b));
            });
        } else {
            for (a, b) in word_spans(text) {
                let hash = word_hash(&text[a..b]);
                shared.extend(title.position(hash, &text[a..b]));
                own.push((hash, a, b));
            }
        }
        if shared.is_empty() {
            out.push(0.0);
            continue;
        }
        shared.sort_unstable();
        shared.dedup();
        let word = |w: &(u64, usize, usize)| &text[w.1..w.2];
        own.sort_unstable_by(|x, y| x.0.cmp(&y.0).then_with(|| cmp_lowered(word(x), word(y))));
        own.dedup_by(|x, y| x.0 == y.0 && word(x).eq_ignore_ascii_case(word(y)));
        out.push((2 * shared.len()) as f64 / (own.len() + theirs) as f64);
    }
    out
}

// The module's regular expressions, as scans.

/// `_LIST_ITEM.match`: `^(?:[-–—•·*▪►✓✔]|\(?(?:\d{1,3}|[a-z])[.)])\s`: a list item opens
/// with a bullet or a number ("- ", "• ", "3. ", "(b) ").
fn list_item(text: &str) -> bool {
    const BULLETS: [char; 10] = ['-', '–', '—', '•', '·', '*', '▪', '►', '✓', '✔'];
    // `\d{1,3}|[a-z]`, then `[.)]`, then `\s`, from the start of `s`.
    fn numbered(s: &str) -> bool {
        let mut chars = s.chars();
        let mut digits = 0;
        let mut next = chars.next();
        while let Some(c) = next {
            if !text::is_decimal(c) {
                break;
            }
            digits += 1;
            next = chars.next();
        }
        match digits {
            // (more than three digits: \d{1,3} leaves a digit where [.)] must be)
            0 => match next {
                Some('a'..='z') => next = chars.next(),
                _ => return false,
            },
            1..=3 => {}
            _ => return false,
        }
        matches!(next, Some('.' | ')')) && chars.next().is_some_and(text::is_space)
    }
    let mut chars = text.chars();
    match chars.next() {
        Some(c) if BULLETS.contains(&c) => chars.next().is_some_and(text::is_space),
        Some('(') => numbered(&text[1..]) || numbered(text),
        Some(_) => numbered(text),
        None => false,
    }
}

/// `\w\(|[{};]$|^[}\])]|\s(?:=|==|=>|->|-->|:=|\+=)\s|^(?:\$|#|//|>>>) `: a line of code
/// calls a function, ends a statement or a block, assigns, compares or draws an arrow (a
/// diagram's edge: `A --> B`), or is a shell prompt or a comment.
fn code(text: &str) -> bool {
    const OPERATORS: [&str; 7] = ["=", "==", "=>", "->", "-->", ":=", "+="];
    if text.ends_with(['{', '}', ';'])
        || text.starts_with(['}', ']', ')'])
        || ["$ ", "# ", "// ", ">>> "].iter().any(|p| text.starts_with(p))
    {
        return true;
    }
    let mut previous: Option<char> = None;
    for (k, c) in text.char_indices() {
        if c == '(' && previous.is_some_and(text::is_word) {
            return true;
        }
        if text::is_space(c) {
            let after = &text[k + c.len_utf8()..];
            for op in OPERATORS {
                if let Some(rest) = after.strip_prefix(op) {
                    if rest.chars().next().is_some_and(text::is_space) {
                        return true;
                    }
                }
            }
        }
        previous = Some(c);
    }
    false
}

/// `_EMBED_CREDIT.match`: `^[—–-]\s*.{1,80}\(@\w{1,15}\)\s+\w+\.?\s+\d{1,2},\s+\d{4}$`, the
/// credit line of a post embedded in the article ("— Name (@handle) November 18, 2019").
/// The part from `\(@` to the end admits one reading only, taken from the end; `.{1,80}`
/// (any character: a line holds no line end) then fits before it when `\s*` can take
/// the rest.
fn embed_credit(text: &str) -> bool {
    let chars: Vec<char> = text.chars().collect();
    if !matches!(chars.first(), Some('—' | '–' | '-')) {
        return false;
    }
    let n = chars.len();
    // `\d{4}$`, after `\s+`, after `,`
    if n < 5 || !chars[n - 4..].iter().all(|&c| text::is_decimal(c)) {
        return false;
    }
    let mut k = n - 4; // k: the end of what is still to read
    let spaces = |k: usize| -> usize {
        // the start of the run of \s ending at k
        let mut j = k;
        while j > 0 && text::is_space(chars[j - 1]) {
            j -= 1;
        }
        j
    };
    let j = spaces(k);
    if j == k || j == 0 || chars[j - 1] != ',' {
        return false;
    }
    k = j - 1;
    // `\s+\d{1,2}` before the comma
    let mut j = k;
    while j > 0 && k - j < 3 && text::is_decimal(chars[j - 1]) {
        j -= 1;
    }
    if j == k || k - j > 2 {
        return false;
    }
    k = j;
    let j = spaces(k);
    if j == k {
        return false;
    }
    k = j;
    // `\s+\w+\.?`
    if k > 0 && chars[k - 1] == '.' {
        k -= 1;
    }
    let mut j = k;
    while j > 0 && text::is_word(chars[j - 1]) {
        j -= 1;
    }
    if j == k {
        return false;
    }
    k = j;
    let j = spaces(k);
    if j == k {
        return false;
    }
    k = j;
    // `\(@\w{1,15}\)`
    if k == 0 || chars[k - 1] != ')' {
        return false;
    }
    k -= 1;
    let mut j = k;
    while j > 0 && text::is_word(chars[j - 1]) {
        j -= 1;
    }
    if j == k || k - j > 15 || j < 2 || chars[j - 1] != '@' || chars[j - 2] != '(' {
        return false;
    }
    let open = j - 2; // where `\(` stands: `.{1,80}` takes chars s+1..open for some \s* of s
    let blank = chars[1..].iter().take_while(|&&c| text::is_space(c)).count();
    open >= 2 && open - 1 <= 80 + blank
}

/// Whether a line's category is one of `categories`.
fn is_in(category: Option<Category>, categories: &[Category]) -> bool {
    category.is_some_and(|c| categories.contains(&c))
}

/// A table row: several words with figures, no sentence, no boilerplate evidence.
fn table_row(line: &Features, state: &State) -> bool {
    line.words >= MIN_TABLE_ROW_WORDS && state.score < 1.0 && !line.prose && line.decimal
}

/// A line of the article's own material that is not a sentence: a list item (a bullet or
/// a number opens it), a line of code, a table row.
fn material(line: &Features, state: &State) -> bool {
    let text = line.text.as_str();
    list_item(text) || code(text) || table_row(line, state) || (text.starts_with('|') && text.ends_with('|'))
}

/// A line of page furniture: an unfinished line the other scorers call boilerplate (not a
/// byline or a caption, nor a pitch written as sentences: an extract has those too), or a
/// menu fragment (an unfinished line of at most `MAX_MENU_WORDS` words that is not a list
/// item, code or a table row).
fn is_furniture(line: &Features, state: &State) -> bool {
    if state.score >= 1.0 {
        return !line.terminal && !is_in(state.category, &ARTICLE_FURNITURE);
    }
    line.words <= MAX_MENU_WORDS && !line.terminal && !material(line, state)
}

/// The lines of page furniture among `lines` (indices of non-blank lines): those the other
/// scorers call boilerplate, and the menu fragments that stand in runs of at least
/// `MIN_MENU_RUN` (lines with boilerplate evidence do not break a run; a heading or two
/// over an article's paragraphs is no menu).
/// (`furnished[k]`: whether `lines[k]` `is_furniture`.)
fn furniture(doc: &Doc, lines: &[usize], furnished: &[bool]) -> i64 {
    let (mut count, mut run) = (0i64, 0i64);
    for (&i, &furnished) in lines.iter().zip(furnished) {
        if doc.states[i].score >= 1.0 {
            count += furnished as i64;
            continue;
        }
        if furnished {
            run += 1;
            continue;
        }
        count += if run >= MIN_MENU_RUN { run } else { 0 };
        run = 0;
    }
    count + if run >= MIN_MENU_RUN { run } else { 0 }
}

/// A sentence of the article: prose without boilerplate evidence.
fn sentence(doc: &Doc, i: usize) -> bool {
    doc.lines[i].prose && doc.states[i].score < 1.0
}

fn non_blank(doc: &Doc, from: usize, to: usize) -> Vec<usize> {
    (from..to.min(doc.len())).filter(|&i| !doc.lines[i].text.is_empty()).collect()
}

/// How much a document looks like a whole page rather than an extract, in lines of page
/// furniture (`is_furniture`) in its head: the lines after the title line and before the
/// first sentence; or before the first two sentences in a row (the article's first
/// paragraphs), less `MIN_MENU_SHARE` for each sentence among them (a cookie notice or a
/// browser warning between the menus), unless wrapped lines outnumber the furniture there
/// (`WRAPPED_LINE_WORDS`); or, where the title line names a headline, before
/// the headline, less the same for each sentence: whichever is most. Plus
/// `MIN_MENU_LINES` if the title line reads as a page's `<title>` over the headline
/// (`site_title`) with no sentence between them. (Footers are no evidence: an extract
/// often ends in a box of widgets.)
pub fn page_evidence(doc: &Doc, title: usize, headline: Option<usize>) -> i64 {
    let texts = non_blank(doc, title + 1, doc.len());
    let first = texts.iter().position(|&i| sentence(doc, i)).unwrap_or(texts.len());
    let pair = (first..texts.len().saturating_sub(1))
        .find(|&k| sentence(doc, texts[k]) && sentence(doc, texts[k + 1]))
        .unwrap_or(texts.len());
    // Each span is the lines of `texts` up to some line: whether each is furniture is
    // asked once.
    let mut spans: Vec<usize> = vec![pair]; // (their lengths)
    if let Some(h) = headline {
        spans.push(texts.partition_point(|&i| i < h)); // (the lines with text before h)
    }
    let longest = spans.iter().fold(first, |m, &k| m.max(k));
    let furnished: Vec<bool> =
        texts[..longest].iter().map(|&i| is_furniture(&doc.lines[i], &doc.states[i])).collect();
    let mut count = furniture(doc, &texts[..first], &furnished);
    for (n, &k) in spans.iter().enumerate() {
        if n == 0 && k > first {
            // past the first sentence, text written as long unfinished lines (prose wrapped
            // at a fixed width) outweighing the furniture is an article, not a page's head
            let long = (first..k)
                .filter(|&j| {
                    let (line, state) = (&doc.lines[texts[j]], &doc.states[texts[j]]);
                    !furnished[j] && !line.prose && line.words >= WRAPPED_LINE_WORDS && state.score < 1.0
                })
                .count();
            if long > furnished[..k].iter().filter(|&&f| f).count() {
                continue;
            }
        }
        let sentences = texts[..k].iter().filter(|&&i| sentence(doc, i)).count();
        count = count.max(furniture(doc, &texts[..k], &furnished) - (MIN_MENU_SHARE * sentences as f64) as i64);
    }
    if let Some(h) = headline {
        if !(title + 1..h).any(|i| sentence(doc, i)) {
            let between = (title + 1..h).any(|i| !doc.lines[i].text.is_empty());
            if site_title(&doc.lines[title].text, &doc.lines[h].text, between) {
                count += MIN_MENU_LINES;
            }
        }
    }
    count
}

/// `_SEPARATOR.finditer`: `\s(?:[|–—·•»/-]|::|-{2})\s|:\s`, the (start, end) byte offsets
/// of each separator in a title, left to right, not overlapping.
fn separators(title: &str) -> Vec<(usize, usize)> {
    const MARKS: [char; 8] = ['|', '–', '—', '·', '•', '»', '/', '-'];
    let mut found = Vec::new();
    let mut at = 0;
    while at < title.len() {
        let rest = &title[at..];
        let c = rest.chars().next().unwrap();
        let after = &rest[c.len_utf8()..];
        let mut end = None;
        if text::is_space(c) {
            let mut middles: Vec<usize> = Vec::with_capacity(3);
            if let Some(m) = after.chars().next().filter(|m| MARKS.contains(m)) {
                middles.push(m.len_utf8());
            }
            if after.starts_with("::") || after.starts_with("--") {
                middles.push(2);
            }
            for m in middles {
                if after[m..].chars().next().is_some_and(text::is_space) {
                    let space = after[m..].chars().next().unwrap().len_utf8();
                    end = Some(at + c.len_utf8() + m + space);
                    break;
                }
            }
        }
        if end.is_none() && c == ':' {
            if let Some(s) = after.chars().next().filter(|&s| text::is_space(s)) {
                end = Some(at + 1 + s.len_utf8());
            }
        }
        match end {
            Some(e) => {
                found.push((at, e));
                at = e;
            }
            None => at += c.len_utf8(),
        }
    }
    found
}

/// Whether a line reads as a page's `<title>` over its headline: the same words (as
/// html-text writes `<title>` above the `<h1>`), or the headline with the site's name
/// before or after a separator ("Storm hits coast | Daily News"; the part on either side
/// of a separator compared with the headline by Dice over word sets,
/// `SITE_TITLE_SIMILARITY`). The same words count only with lines `apart`.
pub fn site_title(title: &str, headline: &str, apart: bool) -> bool {
    let head = WordSet::of(headline);
    if !((MIN_HEADLINE_WORDS as usize) <= head.len() && head.len() <= WordSet::of(title).len()) {
        return false; // (a breadcrumb ending in the headline is no title)
    }
    if tokens(title) == tokens(headline) {
        return apart; // (an extract may print its headline twice, one under the other)
    }
    let mut parts: Vec<&str> = Vec::new();
    for (start, end) in separators(title) {
        parts.push(&title[..start]);
        parts.push(&title[end..]);
    }
    let similar = dice(parts, &head);
    similar.into_iter().fold(0.0, py_max) >= SITE_TITLE_SIMILARITY
}

/// Python's `max(a, b)`: `a` unless `b` is greater.
fn py_max(a: f64, b: f64) -> f64 {
    if b > a {
        b
    } else {
        a
    }
}

/// Whether the article's sentences come before the headline the title names, so that the
/// headline is not where the article starts (an extract whose first line, read as a
/// title, names a later sub-heading; or a page whose headline the title misses): any
/// sentence there, unless fragments (lines of at most `MAX_MENU_WORDS` words) outnumber
/// the sentences `MIN_MENU_SHARE` to one, are at least `MIN_MENU_LINES`, and the
/// sentences' words are at most `MAX_PROSE_BEFORE_HEADLINE` of those after it.
fn sentences_before(doc: &Doc, title: usize, headline: usize) -> bool {
    let before = non_blank(doc, title + 1, headline);
    let sentences: Vec<usize> = before.iter().copied().filter(|&i| sentence(doc, i)).collect();
    if sentences.is_empty() {
        return false;
    }
    let fragments = before.iter().filter(|&&i| doc.lines[i].words <= MAX_MENU_WORDS).count();
    let after: u64 =
        (headline..doc.len()).filter(|&i| doc.lines[i].prose).map(|i| doc.lines[i].words as u64).sum();
    let words: u64 = sentences.iter().map(|&i| doc.lines[i].words as u64).sum();
    let needed = (MIN_MENU_LINES as f64).max(MIN_MENU_SHARE * sentences.len() as f64);
    !((fragments as f64) >= needed && (words as f64) <= MAX_PROSE_BEFORE_HEADLINE * after as f64)
}

/// The line that best spells out the page title (html-text writes `<title>` first).
///
/// Similarity is the Dice coefficient of the two lines' sets of lowercased words, so
/// quotes, separators and a site name after the title cost little, and an SEO title that
/// rewords the headline can still find it. On a tie the earliest line wins: later copies
/// sit in "Trending" lists and breadcrumbs.
pub fn find_headline(doc: &Doc, title_index: usize, min_similarity: f64) -> Option<usize> {
    let title = WordSet::of(&doc.lines[title_index].text);
    if title.len() < MIN_HEADLINE_WORDS as usize {
        return None;
    }
    let candidates: Vec<usize> = (title_index + 1..doc.len())
        .filter(|&i| {
            let line = &doc.lines[i];
            (MIN_HEADLINE_WORDS..=MAX_HEADLINE_WORDS).contains(&line.words) && !line.prose
        })
        .collect();
    let similar = dice(candidates.iter().map(|&i| doc.lines[i].text.as_str()), &title);
    let scores: Vec<(usize, f64)> =
        candidates.into_iter().zip(similar).filter(|&(_, s)| s >= HEADLINE_SHARE * min_similarity).collect();
    let best = scores.iter().fold(0.0, |m, &(_, s)| py_max(m, s));
    if best < min_similarity {
        return None;
    }
    scores.iter().find(|&&(_, s)| s >= HEADLINE_SHARE * best).map(|&(i, _)| i)
}

/// A stretch: (peak sum, first line, last line).
type Stretch = (f64, usize, usize);

/// Python's tuple order on stretches (peak, then first, then last).
fn stretch_greater(a: &Stretch, b: &Stretch) -> bool {
    a.0 > b.0 || (a.0 == b.0 && (a.1, a.2) > (b.1, b.2))
}

/// Join each stretch to the one before it when no line between them carries boilerplate
/// evidence (a code block, a list, a table cost a line each but are the article's own), or
/// when a line between them says the article continues below and the later stretch is
/// substantial (`continues`): their sum is both stretches' and the lines' between them.
fn join(stretches: &[Stretch], doc: &Doc, continues: &[bool]) -> Vec<Stretch> {
    let mut joined = vec![stretches[0]];
    for &(peak, first, last) in &stretches[1..] {
        let (before, start, end) = *joined.last().unwrap();
        let own = (end + 1..first).all(|i| {
            let (line, state) = (&doc.lines[i], &doc.states[i]);
            line.text.is_empty() || (state.score < 1.0 && material(line, state))
        });
        let bridged = peak >= MIN_CONTINUED_WORDS && continues[end + 1..first].contains(&true);
        if own || bridged {
            *joined.last_mut().unwrap() = (before + peak, start, last);
        } else {
            joined.push((peak, first, last));
        }
    }
    joined
}

/// The language's phrases that say the article continues after a box (`MAX_CONTINUES_WORDS`,
/// `words/continues.txt`, casefolded), found on word boundaries; and a vectorised
/// substring searcher for each (memchr's), built once, so that the lines that hold none
/// (nearly all) are not searched phrase by phrase.
#[derive(Clone, Debug, Default)]
pub struct Continues {
    phrases: Vec<String>,
    finders: Vec<memmem::Finder<'static>>,
}

impl Continues {
    /// From the phrases as the language's file gives them (each trimmed and casefolded;
    /// empty ones, and those holding a line end, which no line holds, left out).
    pub fn new<S: AsRef<str>>(phrases: &[S]) -> Continues {
        let phrases: Vec<String> = phrases
            .iter()
            .map(|p| text::casefold(p.as_ref().trim()))
            .filter(|p| !p.is_empty() && !p.contains('\n'))
            .collect();
        let finders = phrases.iter().map(|p| memmem::Finder::new(p.as_bytes()).into_owned()).collect();
        Continues { phrases, finders }
    }
}

/// The lines that say the article continues after a box (`Continues`, in lines of at most
/// `MAX_CONTINUES_WORDS` words). Those lines are casefolded into one text, a line end after
/// each (an ASCII line casefolds to itself with its capitals lowered), and each phrase is
/// looked for in it once; no phrase holds a line end, so only the lines it is found in are
/// searched for it on word boundaries.
fn continues_lines(doc: &Doc, continues: &Continues) -> Vec<bool> {
    let mut said = vec![false; doc.len()];
    if continues.phrases.is_empty() {
        return said;
    }
    let mut folded = String::new();
    let mut spans: Vec<(usize, usize, usize)> = Vec::new(); // (start, end in `folded`, line)
    for (i, line) in doc.lines.iter().enumerate() {
        if line.words > MAX_CONTINUES_WORDS || line.text.is_empty() {
            continue;
        }
        let start = folded.len();
        if line.text.is_ascii() {
            // (a capital's bit 5 set, without a branch: the loop is vectorised)
            let lowered = line.text.bytes().map(|b| b | (((b.wrapping_sub(b'A') < 26) as u8) << 5));
            // SAFETY: ASCII bytes, lowered, are ASCII.
            unsafe { folded.as_mut_vec() }.extend(lowered);
        } else {
            text::casefold_into(&line.text, &mut folded);
        }
        spans.push((start, folded.len(), i));
        folded.push('\n');
    }
    for (phrase, finder) in continues.phrases.iter().zip(&continues.finders) {
        for at in finder.find_iter(folded.as_bytes()) {
            let (start, end, i) = spans[spans.partition_point(|&(start, _, _)| start <= at) - 1];
            said[i] = said[i] || text::contains_phrase(&folded[start..end], phrase);
        }
    }
    said
}

fn end_marker(state: &State, value: f64, wall: f64) -> bool {
    value <= wall && is_in(state.category, &END_CATEGORIES)
}

/// Where the article ends: at the first run of post-article markers (walls of
/// `END_CATEGORIES`, at least `MIN_END_MARKERS` among `END_WINDOW` lines: a share bar, a
/// newsletter box, recommendation cards; not the headlines listed under a "Related"
/// heading, which sit between paragraphs too) after `MIN_WORDS_BEFORE_STOP` words of
/// sentences, when what follows up to `last` is worth less than `END_TAIL_SHARE` of what
/// came before (an author's bio, "Thanks for reading", a paragraph about the brand; a
/// share bar between the article's paragraphs has the rest of the article after it).
fn end_at_markers(doc: &Doc, values: &[f64], first: usize, last: usize, wall: f64) -> usize {
    let mut seen = 0.0;
    let texts = non_blank(doc, first, last + 1);
    for (k, &i) in texts.iter().enumerate() {
        if values[i] > 0.0 {
            seen += values[i];
            continue;
        }
        if seen < MIN_WORDS_BEFORE_STOP || !end_marker(&doc.states[i], values[i], wall) {
            continue;
        }
        let window = &texts[k..(k + END_WINDOW).min(texts.len())];
        let markers = window.iter().filter(|&&j| end_marker(&doc.states[j], values[j], wall)).count();
        if markers < MIN_END_MARKERS {
            continue;
        }
        let rest = texts[k..].iter().filter(|&&j| values[j] > 0.0).fold(0.0, |s, &j| s + values[j]);
        let after = &texts[(k + END_WINDOW).min(texts.len())..(k + END_WINDOW + NEXT_ARTICLE_REACH).min(texts.len())];
        let next_article = after.iter().any(|&j| doc.states[j].score >= 1.0 && doc.states[j].category == Some(Category::Byline));
        if rest < END_TAIL_SHARE * seen || next_article {
            return *texts[..k].iter().filter(|&&j| values[j] > 0.0).max().unwrap();
        }
    }
    last
}

// ---------------------------------------------------------------------------------------

/// The region scorer (`cleaner.scorers.region.RegionScorer`): its costs and weights.
#[pyclass(name = "RegionScorer", module = "cleaner._core", frozen)]
#[derive(Clone, Debug)]
pub struct RegionScorer {
    pub line_cost: f64,
    pub wall_cost: f64,
    pub min_sentence_words: u32,
    pub outside_weight: f64,
    /// The language's phrases that say the article continues below.
    pub continues: Continues,
    /// The language's sentence endings that introduce a list (`words/intro.txt`).
    pub intro: Vec<String>,
}

impl Default for RegionScorer {
    fn default() -> Self {
        RegionScorer {
            line_cost: LINE_COST,
            wall_cost: WALL_COST,
            min_sentence_words: MIN_SENTENCE_WORDS,
            outside_weight: OUTSIDE_WEIGHT,
            continues: Continues::default(),
            intro: Vec::new(),
        }
    }
}

impl RegionScorer {
    /// Every line's value, with the lists that a sentence ending in a colon introduces.
    ///
    /// A line's own value: a sentence (finished, at least `min_sentence_words`, little
    /// boilerplate evidence) is worth its words; a line with boilerplate evidence is a
    /// wall (`wall_cost`), unless it sits between paragraphs anyway (a caption, a box of
    /// headlines under a "Related" heading: `line_cost`); any other line costs
    /// `line_cost`; a blank line nothing.
    pub fn values(&self, doc: &Doc) -> Vec<f64> {
        let n = doc.len();
        let mut values: Vec<f64> = Vec::with_capacity(n);
        let mut colons: Vec<usize> = Vec::new(); // lines ending in a colon
        let mut dashes: Vec<usize> = Vec::new(); // lines opening with a dash
        let mut rows = 0usize; // table rows
        for (line, state) in doc.lines.iter().zip(&doc.states) {
            let text = line.text.as_str();
            if text.is_empty() || state.forced {
                // (a line a publisher's rule dropped is not there: its rules know the
                // template, and a box they take out neither walls nor carries the article)
                values.push(0.0);
                continue;
            }
            if text.ends_with([':', '：']) || self.intro.iter().any(|e| text.ends_with(e.as_str())) {
                colons.push(values.len());
            }
            if text.starts_with(['—', '–', '-']) {
                dashes.push(values.len());
            }
            if line.decimal && table_row(line, state) {
                rows += 1;
            }
            if state.score >= 1.0 {
                // A caption sits between the article's paragraphs, and so does a box of
                // headlines under a "Related" heading (its heading is the wall): neither is
                // a wall itself.
                let inline = state.category == Some(Category::Caption) || state.score - state.listed < 1.0;
                values.push(if inline { -self.line_cost } else { -self.wall_cost });
            } else if line.terminal
                && !crate::lines::is_cut_short(text)
                && line.words >= self.min_sentence_words
                && state.positive < MAX_SENTENCE_EVIDENCE
            {
                // A sentence with boilerplate evidence ("Need more space? Subscribe to
                // ...") does not carry the article on.
                values.push(line.words as f64);
            } else {
                values.push(-self.line_cost);
            }
        }
        let mut i = 0; // the first line not yet taken into a list
        for &k in &colons {
            if k < i || doc.lines[k].words < MIN_INTRO_WORDS || doc.states[k].score >= 1.0 {
                continue;
            }
            i = k + 1;
            if i < n && doc.lines[i].text.is_empty() {
                i += 1;
            }
            // (a list written one item per paragraph, a blank line after its first item,
            // goes on over blank lines to the next unfinished line; one written as a block
            // ends at its first blank line)
            let (mut items, mut spaced) = (0, false);
            while i < n && doc.states[i].score < 1.0 {
                if doc.lines[i].text.is_empty() {
                    spaced = spaced || items == 1;
                    if spaced && i + 1 < n && !doc.lines[i + 1].text.is_empty() && !doc.lines[i + 1].terminal {
                        i += 1;
                        continue;
                    }
                    break;
                }
                values[i] = py_max(values[i], LIST_ITEM_VALUE);
                items += 1;
                i += 1;
            }
        }
        // A post embedded in the article (a tweet: its text, then "— Name (@handle)
        // November 18, 2019") is quoted material: its text is worth its words, like a
        // sentence.
        for &i in &dashes {
            if doc.states[i].score < 1.0 && embed_credit(&doc.lines[i].text) {
                values[i] = py_max(values[i], LIST_ITEM_VALUE);
                let mut j = i;
                while j > 0 && doc.lines[j - 1].text.is_empty() {
                    j -= 1;
                }
                if j > 0 && doc.states[j - 1].score < 1.0 {
                    values[j - 1] = py_max(values[j - 1], doc.lines[j - 1].words as f64);
                }
            }
        }
        // The rows of a table: a run of lines of several words with figures in them.
        if rows >= MIN_TABLE_ROWS {
            let mut run = 0;
            for i in 0..=n {
                if i < n && table_row(&doc.lines[i], &doc.states[i]) {
                    run += 1;
                    continue;
                }
                if run >= MIN_TABLE_ROWS {
                    for v in &mut values[i - run..i] {
                        *v = py_max(*v, LIST_ITEM_VALUE);
                    }
                }
                run = 0;
            }
        }
        values
    }

    /// The article's stretch from `start` on; `None` if no stretch is positive.
    ///
    /// The stretches are Kadane's maximum-sum stretches, in order; those apart only by
    /// lines no scorer calls boilerplate (code, a list, a table: the article's own
    /// material) are one. The substantial ones (worth at least `share` of the best) make
    /// groups: one runs on to the next substantial stretch unless a wall (a line with
    /// boilerplate evidence) parts them. The article is the first group (preferring it
    /// over the best keeps the article, which follows its headline, ahead of a longer list
    /// of teasers further down), or, with `best`, the one that holds the best stretch.
    pub fn region(
        &self,
        doc: &Doc,
        start: usize,
        share: f64,
        stop: bool,
        best: bool,
    ) -> Option<(usize, usize)> {
        let n = doc.len();
        let mut values = self.values(doc);
        let continues = continues_lines(doc, &self.continues);
        if stop {
            // the first comments heading after enough sentences ends the article, unless it
            // sits in a box that a "continues below" line opened
            let mut seen = 0.0;
            let mut marker: Option<usize> = None;
            for i in start..n {
                if continues[i] {
                    marker = Some(i);
                }
                if values[i] > 0.0 {
                    seen += values[i];
                } else if seen >= MIN_WORDS_BEFORE_STOP
                    && marker.is_none_or(|m| i - m > CONTINUES_REACH)
                    && doc.states[i].score >= 1.0
                    && !doc.states[i].forced
                    && is_in(doc.states[i].category, &STOP_CATEGORIES)
                {
                    for v in &mut values[i..] {
                        *v = -self.wall_cost;
                    }
                    break;
                }
            }
        }
        let mut stretches: Vec<Stretch> = Vec::new();
        let (mut total, mut first, mut peak, mut peak_at) = (0.0f64, start, 0.0f64, usize::MAX);
        for (i, &value) in values.iter().enumerate().skip(start) {
            if total <= 0.0 {
                if peak > 0.0 {
                    stretches.push((peak, first, peak_at));
                }
                (total, first, peak, peak_at) = (0.0, i, 0.0, usize::MAX);
            }
            total += value;
            if total > peak {
                (peak, peak_at) = (total, i);
            }
        }
        if peak > 0.0 {
            stretches.push((peak, first, peak_at));
        }
        if stretches.is_empty() {
            return None;
        }
        let stretches = join(&stretches, doc, &continues);
        let mut top = 0;
        for k in 1..stretches.len() {
            if stretch_greater(&stretches[k], &stretches[top]) {
                top = k;
            }
        }
        let wall = -self.wall_cost;
        let mut groups: Vec<Vec<usize>> = Vec::new(); // indices into stretches
        for (k, stretch) in stretches.iter().enumerate() {
            if stretch.0 < share * stretches[top].0 {
                continue;
            }
            if let Some(group) = groups.last_mut() {
                let after = stretches[*group.last().unwrap()].2 + 1;
                if (after..stretch.1).all(|i| values[i] > wall) {
                    group.push(k);
                    continue;
                }
            }
            groups.push(vec![k]);
        }
        let chosen = if best { groups.iter().find(|g| g.contains(&top)).unwrap() } else { &groups[0] };
        let (_, mut first, head_last) = stretches[chosen[0]];
        while first < head_last && values[first] <= 0.0 {
            first += 1;
        }
        let last = stretches[*chosen.last().unwrap()].2;
        Some((first, if stop { end_at_markers(doc, &values, first, last, wall) } else { last }))
    }

    /// Push out the lines before `start` and after `last`.
    fn outside(&self, doc: &mut Doc, start: usize, last: usize, before: &str, place: &str) {
        let n = doc.len();
        // (each detail's words are made once, for all the lines they are said of)
        let detail: Arc<str> = Arc::from(format!("{before}; {place}"));
        for i in 0..start.min(n) {
            if !doc.lines[i].text.is_empty() {
                doc.states[i].add(self.outside_weight, Some(Category::Navigation), OUTSIDE_CODE, &detail);
            }
        }
        let detail: Arc<str> = Arc::from(format!("after the article; {place}"));
        for i in last.saturating_add(1).min(n)..n {
            if !doc.lines[i].text.is_empty() {
                doc.states[i].add(self.outside_weight, Some(Category::Related), OUTSIDE_CODE, &detail);
            }
        }
    }

    /// Score a document; `span` is the DOM's article container in HTML mode
    /// (`doc.dom.span`: its first and last line, from the headline on).
    pub fn score_doc(&self, doc: &mut Doc, span: Option<(usize, usize)>) {
        use crate::model::Shape;
        if let Some((first, last)) = span {
            // HTML mode: the article container (cleaner.html.dom), from its headline on.
            let place = format!("the article container holds lines {}-{}", first + 1, last + 1);
            self.outside(doc, first, last, "before the article container", &place);
            return;
        }
        if doc.shape == Shape::Extract {
            return;
        }
        let texts = non_blank(doc, 0, doc.len());
        if texts.len() < 3 {
            return;
        }
        let title = texts[0];
        let mut headline = find_headline(doc, title, MIN_TITLE_SIMILARITY);
        if let Some(h) = headline {
            if sentences_before(doc, title, h) {
                headline = None; // the article does not start there
            }
        }
        if doc.shape == Shape::Auto && page_evidence(doc, title, headline) < MIN_MENU_LINES {
            return; // no evidence of a page: an extract, left to the other scorers
        }
        let span = match headline {
            Some(h) => self.region(doc, h + 1, FIRST_STRETCH_SHARE, true, false),
            // its article is the group of stretches that holds the best one
            None => self.region(doc, title, FIRST_STRETCH_SHARE, true, true),
        };
        let Some((first, last)) = span else { return };
        let place = format!("article region is lines {}-{}", first + 1, last + 1);
        let Some(headline) = headline else {
            // The article's own headline usually sits just above its first sentence.
            let above: Vec<usize> = (title..first)
                .rev()
                .filter(|&i| !doc.lines[i].text.is_empty() && doc.states[i].score < 1.0)
                .take(HEADLINE_LOOKBACK)
                .collect();
            let head = above.into_iter().find(|&i| {
                let line = &doc.lines[i];
                (MIN_HEADLINE_WORDS..=MAX_HEADLINE_WORDS).contains(&line.words) && !line.terminal
            });
            let place = format!("{place} (no headline found)");
            self.outside(doc, head.unwrap_or(first), last, "before the article", &place);
            return;
        };
        let detail = Detail::number("the page title (line {}) names it", title + 1);
        doc.states[headline].add(HEADLINE_WEIGHT, None, HEADLINE_CODE, detail);
        doc.states[headline].headline = true;
        self.outside(doc, headline, last, "before the headline", &place);
        // The headline printed again just under it (a second <h1>) goes too: a second pass
        // would read the first copy as a page title naming the second.
        let said = tokens(&doc.lines[headline].text);
        let near: Vec<usize> = non_blank(doc, headline + 1, first).into_iter().take(COPY_LOOKAHEAD).collect();
        let place: Arc<str> = Arc::from(place);
        let mut fragment: Option<Arc<str>> = None; // (its words, made once)
        let mut in_a_row = 0; // sentences in a row, up to line i
        for i in headline + 1..first {
            let line = &doc.lines[i];
            if line.text.is_empty() {
                continue;
            }
            if in_a_row >= HEAD_ENDS_AFTER_SENTENCES {
                break; // the article has begun, before its best stretch
            }
            in_a_row = if sentence(doc, i) { in_a_row + 1 } else { 0 };
            if line.words <= HEAD_FRAGMENT_MAX_WORDS && !line.terminal {
                let detail = fragment.get_or_insert_with(|| {
                    Arc::from(format!("a fragment between headline and article; {place}"))
                });
                doc.states[i].add(HEAD_FRAGMENT_WEIGHT, Some(Category::Byline), HEAD_CODE, &*detail);
            } else if near.contains(&i) && tokens(&line.text) == said {
                let detail = Detail::TextNumber("the headline (line {}) again; {s}", Arc::clone(&place),
                                                headline as u32 + 1);
                doc.states[i].add(HEAD_FRAGMENT_WEIGHT, Some(Category::Duplicate), HEAD_CODE, detail);
            }
        }
    }
}

#[pymethods]
impl RegionScorer {
    /// The scorer with the language's "continues below" phrases (`words/continues.txt`),
    /// its sentence endings that introduce a list (`words/intro.txt`)
    /// and the Python scorer's settings (`RegionScorer(line_cost=..., wall_cost=...,
    /// min_sentence_words=..., outside_weight=...)`).
    #[new]
    #[pyo3(signature = (continues = Vec::new(), intro = Vec::new(), *, line_cost = LINE_COST,
                        wall_cost = WALL_COST, min_sentence_words = MIN_SENTENCE_WORDS,
                        outside_weight = OUTSIDE_WEIGHT))]
    fn new(continues: Vec<String>, intro: Vec<String>, line_cost: f64, wall_cost: f64,
           min_sentence_words: u32, outside_weight: f64) -> Self {
        let intro = intro.iter().map(|e| e.trim().to_string()).filter(|e| !e.is_empty()).collect();
        RegionScorer { line_cost, wall_cost, min_sentence_words, outside_weight,
                       continues: Continues::new(&continues), intro }
    }

    #[getter]
    fn name(&self) -> &'static str {
        "region"
    }

    /// Add the region's evidence to a `cleaner._core.Doc` in place; `span` is
    /// `doc.dom.span` in HTML mode.
    #[pyo3(signature = (doc, span = None))]
    fn score(&self, doc: &mut PyDoc, span: Option<(usize, usize)>) {
        self.score_doc(&mut doc.doc, span);
    }
}

/// The module's Python-visible items (`cleaner._core.RegionScorer`).
pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<RegionScorer>()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Shape;

    /// A line as `cleaner.lines` would see it, roughly: words are runs of `\w`, a line is
    /// terminal when it ends in `.`, `!` or `?`, prose when terminal with 15 words or more.
    fn features(text: &str) -> Features {
        let words = word_runs(text).count() as u32;
        let terminal = text.ends_with(['.', '!', '?']);
        Features {
            padded: None,
            text: text.to_string(),
            words,
            chars: text.chars().count() as u32,
            terminal,
            prose: terminal && words >= 15,
            letters: text.chars().filter(|c| c.is_alphabetic()).count() as u32,
            digit: text.chars().any(|c| c.is_ascii_digit()),
            decimal: text.chars().any(|c| c.is_ascii_digit()),
        }
    }

    fn doc(lines: &[&str]) -> Doc {
        Doc::new(lines.iter().map(|t| features(t)).collect(), Shape::Auto, "en", None)
    }

    fn sentence_of(words: usize) -> String {
        let mut s = vec!["word"; words].join(" ");
        s.push('.');
        s
    }

    #[test]
    fn the_head_ends_after_the_articles_first_sentences_in_a_row() {
        // A checklist under three sentences of introduction, before the stretch that scores
        // best (the items cost more than the introduction is worth): the head's fragments
        // are the byline above the introduction, not the list below it.
        let intro = sentence_of(16);
        let body = sentence_of(40);
        let mut lines: Vec<String> = ["Checklist for a hike | Trail News", "Home", "News", "Sport",
                                      "Weather", "Checklist for a hike", "By Jane Doe"]
            .iter().map(|t| t.to_string()).collect();
        lines.extend([intro.clone(), intro.clone(), intro]);
        lines.extend((0..12).map(|k| format!("Item {k}")));
        lines.extend([body.clone(), body.clone(), body]);
        let mut d = doc(&lines.iter().map(String::as_str).collect::<Vec<_>>());
        RegionScorer::default().score_doc(&mut d, None);
        assert_eq!(codes(&d, 5), vec![(HEADLINE_CODE, -3.0, None)]);
        assert_eq!(codes(&d, 6), vec![(HEAD_CODE, 1.0, Some(Category::Byline))]);
        for i in 10..22 {
            assert!(d.states[i].reasons.is_empty(), "line {i}: {:?}", codes(&d, i));
        }
        // With one sentence of introduction the list is still the head's.
        let mut lines = lines;
        lines.drain(8..10);
        let mut d = doc(&lines.iter().map(String::as_str).collect::<Vec<_>>());
        RegionScorer::default().score_doc(&mut d, None);
        assert_eq!(codes(&d, 8), vec![(HEAD_CODE, 1.0, Some(Category::Byline))]);
    }

    #[test]
    fn continues_lines_are_found_casefolded_on_word_boundaries() {
        let continues = Continues::new(&["Story continues below", "", "weiter\nlesen"]);
        let long = format!("{} story continues below", sentence_of(20));
        let d = doc(&[
            "STORY CONTINUES BELOW",     // capitals
            "history continues below",   // no word boundary before it
            "Story continues below ▼",   // a line with non-ASCII characters
            "ſtory continues below",     // long s: casefolds to s
            "",
            &long,                       // more than MAX_CONTINUES_WORDS words
            "the story continues belowground; story continues below",  // the second one
            "weiter lesen",
        ]);
        let said = continues_lines(&d, &continues);
        assert_eq!(said, vec![true, false, true, true, false, false, true, false]);
        assert!(continues_lines(&d, &Continues::new::<&str>(&[])).iter().all(|&s| !s));
    }

    fn codes(doc: &Doc, i: usize) -> Vec<(&str, f64, Option<Category>)> {
        doc.states[i].reasons.iter().map(|r| (r.code.as_str(), r.weight, doc.states[i].category)).collect()
    }

    #[test]
    fn python_character_classes_not_rusts() {
        // A Devanagari vowel sign is Alphabetic to Rust but not alphanumeric to Python.
        assert!('\u{0903}'.is_alphanumeric());
        assert!(!text::is_word('\u{0903}'));
        assert!(text::is_word('_') && text::is_word('é') && text::is_word('²') && text::is_word('٣'));
        // str.isspace holds for the information separators, not for a zero-width space.
        assert!(text::is_space('\u{1c}') && text::is_space('\u{a0}') && !text::is_space('\u{200b}'));
        assert!(text::is_decimal('٣') && !text::is_decimal('²'));
    }

    #[test]
    fn casefold_is_full_case_folding() {
        assert_eq!(text::casefold("Straße"), "strasse");
        assert_eq!(text::casefold("İ"), "i\u{307}");
        assert_eq!(text::casefold("ΣΊΣΥΦΟΣ"), "σίσυφοσ"); // no final sigma: one character at a time
        assert_eq!(text::casefold("ﬁne"), "fine");
        assert_eq!(tokens("Don't STOP—now!"), vec!["don", "t", "stop", "now"]);
    }

    #[test]
    fn dice_over_sets_of_casefolded_words() {
        let title = WordSet::of("Storm hits coast - Daily News");
        let scores = dice(["STORM hits the coast", "", "storm storm storm"], &title);
        assert_eq!(scores[0], 2.0 * 3.0 / 9.0);
        assert_eq!(scores[1], 0.0);
        assert_eq!(scores[2], 2.0 / 6.0);
        assert_eq!(dice([""], &WordSet::default()), vec![0.0]);
    }

    #[test]
    fn list_items_open_with_a_bullet_or_a_number() {
        for yes in ["- item", "• item", "✔ done", "3. three", "123) x", "(b) bee", "(12. x", "1.\u{a0}x"]
        {
            assert!(list_item(yes), "{yes:?}");
        }
        for no in ["-item", "1234. x", "A. x", "(ab) x", "3.x", "", "(", "—"] {
            assert!(!list_item(no), "{no:?}");
        }
    }

    #[test]
    fn code_lines() {
        for yes in [
            "print(x)",
            "x = 1;",
            "}",
            "] more",
            "a == b",
            "a => b",
            "a += 1",
            "$ pip install",
            "# comment",
            "// note",
            ">>> import os",
            "if {",
            "A[SQL Query] --> B[Parser]",
        ] {
            assert!(code(yes), "{yes:?}");
        }
        for no in ["A plain sentence.", "a=b", "a =", "(aside)", "#hashtag", "x ( y", "Home -- News"] {
            assert!(!code(no), "{no:?}");
        }
    }

    #[test]
    fn embed_credits() {
        assert!(embed_credit("— Jane Doe (@jane_doe) November 18, 2019"));
        assert!(embed_credit("-Jane (@j) Nov. 8, 2019"));
        assert!(!embed_credit("Jane Doe (@jane) November 18, 2019")); // no dash
        assert!(!embed_credit("—(@jane) November 18, 2019")); // nothing before the handle
        assert!(embed_credit("— (@jane) November 18, 2019")); // (`.{1,80}` takes the space)
        assert!(!embed_credit("— Jane (@a_sixteen_chars_) November 18, 2019"));
        assert!(!embed_credit("— Jane (@jane) November 118, 2019"));
        assert!(!embed_credit("— Jane (@jane) November 18, 20199"));
        assert!(!embed_credit("— Jane (@jane) November 18,2019"));
        // .{1,80} before the handle; white space after the dash does not count
        let name = "n".repeat(80);
        assert!(embed_credit(&format!("—{name} (@j) May 1, 2020").replacen(' ', "", 1)));
        assert!(!embed_credit(&format!("—{name}x(@j) May 1, 2020")));
        assert!(embed_credit(&format!("—   {name}(@j) May 1, 2020")));
    }

    #[test]
    fn separators_and_site_titles() {
        let title = "Storm hits coast | Daily News";
        assert_eq!(separators(title), vec![(16, 19)]);
        assert_eq!(separators("a -- b: c"), vec![(1, 5), (6, 8)]);
        assert!(site_title(title, "Storm hits coast", true));
        assert!(site_title("Daily News: Storm hits coast", "Storm hits coast", true));
        assert!(site_title("Storm hits coast", "Storm hits coast", true));
        assert!(!site_title("Storm hits coast", "Storm hits coast", false)); // not apart
        assert!(!site_title("Home / News", "Storm hits coast", true)); // the title is shorter
        assert!(!site_title("Storm hits the whole coast today", "Storm hits coast", true));
    }

    #[test]
    fn the_headline_is_the_earliest_line_close_to_the_best_match() {
        let d = doc(&[
            "Storm hits coast - Daily News",
            "Menu",
            "Storm hits coast",
            "Storm hits coast today",
            "Daily News storm hits coast",
        ]);
        // line 4 matches best (1.0); line 2 (0.75) is at least HEADLINE_SHARE of it
        assert_eq!(find_headline(&d, 0, MIN_TITLE_SIMILARITY), Some(2));
        let d = doc(&["Storm hits coast - Daily News", "Elections in the north"]);
        assert_eq!(find_headline(&d, 0, MIN_TITLE_SIMILARITY), None);
        let d = doc(&["Two words", "Two words here"]);
        assert_eq!(find_headline(&d, 0, MIN_TITLE_SIMILARITY), None); // too short a title
    }

    #[test]
    fn values_of_sentences_walls_captions_and_lists() {
        let s = sentence_of(8);
        let mut d = doc(&[
            &s,
            "",
            "a fragment",
            "Related",
            "A caption",
            "Listed teaser",
            "These are the items:",
            "first item",
            "second item",
            "",
            "after the list",
        ]);
        d.states[3].add(2.0, Some(Category::Related), "x", "");
        d.states[4].add(2.0, Some(Category::Caption), "x", "");
        d.states[5].add(0.5, Some(Category::Related), "x", "");
        d.states[5].add(0.8, Some(Category::Related), "score:lexicon.list", "");
        d.states[5].listed = 0.8; // (the lexicon scorer's list item: no wall)
        let v = RegionScorer::default().values(&d);
        assert_eq!(v, vec![8.0, 0.0, -5.0, -30.0, -5.0, -5.0, -5.0, 1.0, 1.0, 0.0, -5.0]);
        // a sentence with boilerplate evidence does not count
        let mut d = doc(&[&s]);
        d.states[0].add(0.5, Some(Category::Subscription), "x", "");
        assert_eq!(RegionScorer::default().values(&d), vec![-5.0]);
    }

    #[test]
    fn a_list_one_item_per_paragraph_and_an_intro_in_the_languages_words() {
        let s = sentence_of(8);
        // one item per paragraph: the list runs over the blank lines, to the sentence
        let d = doc(&["These are the items:", "", "first item", "", "second item", "", "third item", "", &s]);
        assert_eq!(RegionScorer::default().values(&d), vec![-5.0, 0.0, 1.0, 0.0, 1.0, 0.0, 1.0, 0.0, 8.0]);
        // a sentence ending in the language's "as follows" introduces one too; without
        // the ending it is a sentence like any other
        let mut d = doc(&["各地の震度は次のとおり。", "", "＜震度4＞", "", "宮崎県： 高鍋町"]);
        d.lines[0].words = 6; // (two Han or kana characters count as a word: `crate::lines`)
        let scorer = RegionScorer { intro: vec!["次のとおり。".to_string()], ..RegionScorer::default() };
        assert_eq!(scorer.values(&d)[2..], [1.0, 0.0, 1.0]);
        assert_eq!(RegionScorer::default().values(&d)[2..], [-5.0, 0.0, -5.0]);
        // a full-width colon is a colon
        let mut d = doc(&["以下は項目の一覧です：", "第一項目"]);
        d.lines[0].words = 5;
        assert_eq!(RegionScorer::default().values(&d)[1], 1.0);
    }

    #[test]
    fn values_of_table_rows_and_embedded_posts() {
        let rows = ["Team A won 3 games", "Team B won 2 games", "Team C won 1 games", "Team D won 0 games"];
        let d = doc(&rows);
        assert_eq!(RegionScorer::default().values(&d), vec![1.0; 4]);
        let d = doc(&rows[..3]);
        assert_eq!(RegionScorer::default().values(&d), vec![-5.0; 3]);
        let d = doc(&["what a day", "", "— Jane Doe (@jane) November 18, 2019"]);
        assert_eq!(RegionScorer::default().values(&d), vec![3.0, 0.0, 1.0]);
    }

    #[test]
    fn stretches_join_across_code_and_break_at_walls() {
        let s = sentence_of(10);
        let scorer = RegionScorer::default();
        // code between two stretches joins them; the article starts at its first sentence
        let d = doc(&["menu", &s, "print(x)", "y = f(x)", "z = g(y)", &s]);
        assert_eq!(scorer.region(&d, 0, FIRST_STRETCH_SHARE, false, false), Some((1, 5)));
        // plain fragments part them; the first substantial stretch is the article, but
        // without a wall between them the group runs on
        let d = doc(&[&s, "a", "b", "c", &s]);
        assert_eq!(scorer.region(&d, 0, FIRST_STRETCH_SHARE, false, false), Some((0, 4)));
        // a wall parts the groups: the first group, or with `best` the best one's
        let s = sentence_of(20);
        let big = sentence_of(30);
        let mut d = doc(&[&s, "Related", &big]);
        d.states[1].add(2.0, Some(Category::Related), "x", "");
        assert_eq!(scorer.region(&d, 0, FIRST_STRETCH_SHARE, false, false), Some((0, 0)));
        assert_eq!(scorer.region(&d, 0, FIRST_STRETCH_SHARE, false, true), Some((2, 2)));
        // a stretch worth less than half the best one is no group of its own
        let small = sentence_of(10);
        let mut d = doc(&[&small, "Related", &big]);
        d.states[1].add(2.0, Some(Category::Related), "x", "");
        assert_eq!(scorer.region(&d, 0, FIRST_STRETCH_SHARE, false, false), Some((2, 2)));
        // no positive stretch
        let d = doc(&["a", "b"]);
        assert_eq!(scorer.region(&d, 0, FIRST_STRETCH_SHARE, false, false), None);
    }

    #[test]
    fn comments_and_end_markers_end_the_article() {
        let s = sentence_of(40);
        let scorer = RegionScorer::default();
        let mut lines: Vec<&str> = vec![&s; 4];
        lines.extend(["Comments", &s, &s]);
        let mut d = doc(&lines);
        d.states[4].add(2.0, Some(Category::Comments), "x", "");
        // a comments heading after 160 words: nothing after it is the article
        assert_eq!(scorer.region(&d, 0, FIRST_STRETCH_SHARE, true, false), Some((0, 3)));
        // a run of share and newsletter walls, then a short tail: the article ends there
        let short = sentence_of(10);
        let mut lines: Vec<&str> = vec![&s; 4];
        lines.extend(["Share", "Subscribe", &short]);
        let mut d = doc(&lines);
        d.states[4].add(2.0, Some(Category::Social), "x", "");
        d.states[5].add(2.0, Some(Category::Newsletter), "x", "");
        let values = scorer.values(&d);
        assert_eq!(end_at_markers(&d, &values, 0, 6, -WALL_COST), 3);
        // one marker alone is no run
        d.states[5] = State::default();
        let values = scorer.values(&d);
        assert_eq!(end_at_markers(&d, &values, 0, 6, -WALL_COST), 6);
        // a share bar and a tag list, then as long a text again: the article goes on ...
        let mut lines: Vec<&str> = vec![&s; 4];
        lines.extend(["Share", "Tags", "Next headline", "Jane Doe", "Published 6 January 2026"]);
        lines.extend(vec![&s as &str; 4]);
        let mut d = doc(&lines);
        d.states[4].add(2.0, Some(Category::Social), "x", "");
        d.states[5].add(2.0, Some(Category::Related), "x", "");
        let values = scorer.values(&d);
        assert_eq!(end_at_markers(&d, &values, 0, 12, -WALL_COST), 12);
        // ... unless a byline or dateline follows the markers: the next article's
        d.states[8].add(2.0, Some(Category::Byline), "score:byline.dateline", "");
        let values = scorer.values(&d);
        assert_eq!(end_at_markers(&d, &values, 0, 12, -WALL_COST), 3);
    }

    #[test]
    fn lines_a_publisher_rule_dropped_neither_wall_nor_stop_the_article() {
        let s = sentence_of(40);
        let scorer = RegionScorer::default();
        // a box a rule took out (forced, with a comments prompt and a sign-in pitch in it)
        // between the article's paragraphs: the paragraphs after it are the article's
        let mut lines: Vec<&str> = vec![&s; 4];
        lines.extend(["SUBSCRIBE TO UNLOCK", "Join the conversation in the comments.", &s, &s]);
        let mut d = doc(&lines);
        for (i, category) in [(4, Category::Subscription), (5, Category::Comments)] {
            d.states[i].add(10.0, Some(category), "rule:x/box", "");
            d.states[i].forced = true;
        }
        assert_eq!(scorer.values(&d)[4..6], [0.0, 0.0]);
        assert_eq!(scorer.region(&d, 0, FIRST_STRETCH_SHARE, true, false), Some((0, 7)));
        // the same box as the scorers' evidence alone is a wall, and its comments prompt
        // ends the article
        for i in [4, 5] {
            d.states[i].forced = false;
        }
        assert_eq!(scorer.region(&d, 0, FIRST_STRETCH_SHARE, true, false), Some((0, 3)));
    }

    fn page() -> Vec<String> {
        let s = sentence_of(20);
        let mut lines: Vec<String> = [
            "Storm hits coast | Daily News",
            "Home",
            "World",
            "Sport",
            "Weather",
            "Storm hits coast",
            "By Jane Doe",
        ]
        .iter()
        .map(|t| t.to_string())
        .collect();
        lines.extend([s.clone(), String::new(), s.clone(), s]);
        lines.extend(["Related".to_string(), "Another story here".to_string()]);
        lines
    }

    #[test]
    fn a_page_keeps_its_headline_and_pushes_out_menus_and_footers() {
        let lines = page();
        let mut d = doc(&lines.iter().map(String::as_str).collect::<Vec<_>>());
        d.states[11].add(2.0, Some(Category::Related), "x", "");
        assert_eq!(page_evidence(&d, 0, Some(5)), 6 + MIN_MENU_LINES);
        RegionScorer::default().score_doc(&mut d, None);
        for i in 0..5 {
            assert_eq!(codes(&d, i), vec![(OUTSIDE_CODE, 2.0, Some(Category::Navigation))], "line {i}");
        }
        assert_eq!(d.states[0].reasons[0].detail, "before the headline; article region is lines 8-11");
        assert_eq!(codes(&d, 5), vec![(HEADLINE_CODE, -3.0, None)]);
        assert_eq!(d.states[5].reasons[0].detail, "the page title (line 1) names it");
        assert_eq!(codes(&d, 6), vec![(HEAD_CODE, 1.0, Some(Category::Byline))]);
        assert!(d.states[7].reasons.is_empty() && d.states[10].reasons.is_empty());
        assert_eq!(codes(&d, 12), vec![(OUTSIDE_CODE, 2.0, Some(Category::Related))]);
        assert_eq!(d.states[12].reasons[0].detail, "after the article; article region is lines 8-11");
    }

    #[test]
    fn a_copy_of_the_headline_under_it_goes() {
        let s = sentence_of(20);
        let title = "Storm hits the coast of the north tonight | Daily News";
        let headline = "Storm hits the coast of the north tonight";
        let lines =
            [title, "Home", "World", "Sport", headline, "STORM hits the coast of the north, tonight", &s, &s];
        let mut d = doc(&lines);
        RegionScorer::default().score_doc(&mut d, None);
        assert_eq!(codes(&d, 5), vec![(HEAD_CODE, 1.0, Some(Category::Duplicate))]);
        assert_eq!(d.states[5].reasons[0].detail, "the headline (line 5) again; article region is lines 7-8");
    }

    #[test]
    fn extracts_are_left_alone() {
        let s = sentence_of(20);
        // an extract: headline, byline, paragraphs; no page furniture in its head
        let mut d = doc(&["Storm hits coast", "By Jane Doe", &s, &s, "Share this"]);
        RegionScorer::default().score_doc(&mut d, None);
        assert!(d.states.iter().all(|s| s.reasons.is_empty()));
        // a page, but declared an extract
        let lines = page();
        let mut d = doc(&lines.iter().map(String::as_str).collect::<Vec<_>>());
        d.shape = Shape::Extract;
        RegionScorer::default().score_doc(&mut d, None);
        assert!(d.states.iter().all(|s| s.reasons.is_empty()));
    }

    #[test]
    fn without_a_headline_the_best_group_and_the_title_like_line_above_it() {
        let s = sentence_of(20);
        let lines = [
            "Daily News",
            "Home",
            "World",
            "Sport",
            "Weather",
            "Nothing like the title here",
            &s,
            &s,
            "Footer",
            "Links",
        ];
        let mut d = doc(&lines);
        d.shape = Shape::Page;
        RegionScorer::default().score_doc(&mut d, None);
        let place = "article region is lines 7-8 (no headline found)";
        for i in 0..5 {
            assert_eq!(d.states[i].reasons[0].detail, format!("before the article; {place}"));
        }
        assert!(d.states[5].reasons.is_empty()); // the title-like line above the article
        assert_eq!(d.states[9].reasons[0].detail, format!("after the article; {place}"));
    }

    #[test]
    fn html_mode_pushes_out_what_lies_outside_the_container() {
        let mut d = doc(&["Menu", "", "Headline here", "Body.", "End", "Footer"]);
        d.shape = Shape::Extract; // the container decides, whatever the shape
        RegionScorer::default().score_doc(&mut d, Some((2, 4)));
        let detail = "before the article container; the article container holds lines 3-5";
        assert_eq!(d.states[0].reasons[0].detail, detail);
        assert!(
            d.states[1].reasons.is_empty()
                && d.states[2].reasons.is_empty()
                && d.states[4].reasons.is_empty()
        );
        assert_eq!(codes(&d, 5), vec![(OUTSIDE_CODE, 2.0, Some(Category::Related))]);
    }

    #[test]
    fn sentences_before_the_headline_unseat_it() {
        let s = sentence_of(20);
        let d = doc(&["Storm hits coast | Daily News", &s, "Storm hits coast", &s]);
        assert!(sentences_before(&d, 0, 2));
        // unless menu fragments outnumber them and they are a small share of the article
        let lines = [
            "Storm hits coast | Daily News",
            "Home",
            "World",
            "Sport",
            "Weather",
            &s,
            "Storm hits coast",
            &s,
            &s,
            &s,
            &s,
        ];
        let d = doc(&lines);
        assert!(!sentences_before(&d, 0, 6));
    }
}
