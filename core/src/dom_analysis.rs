//! HTML mode's DOM analysis and DOM evidence (`cleaner.html.dom.analyse`,
//! `cleaner.scorers.dom.DomScorer`): what the markup says of each line of a page. Each
//! element's lines, words and facts; the teaser cards; the article container (the element
//! that holds most of the page's prose); the headline; what lies above each element (the
//! nearest landmark, element with a drop token, telling tag); then each line's evidence.
//! One pass over the lines and a few over the elements, on the walk as the core keeps it
//! (`walk.rs`) and the core's document of the page's lines. See `docs/algorithm.md`.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::PyTuple;

use crate::bridge::{typed_evidence, PyDoc, DOM_HEADLINE_CODE};
use crate::dom::{Facts, PyElementReader};
use crate::model::{Category, Code, Detail, Features};
use crate::text;
use crate::walk::{LineBlock, PyWalkedElements};

// --- The analysis (`cleaner.html.dom`) ---

/// A line counts toward the container when it is a finished sentence of at least this many
/// words with little link text.
const MIN_CONTAINER_WORDS: u32 = 10;
const MAX_CONTAINER_LINK_DENSITY: f64 = 0.3;
/// The container is the deepest element holding at least this share of the page's prose.
const CONTAINER_SHARE: f64 = 0.7;
/// An element marked as boilerplate (by a token or a landmark) holding less than this share
/// of the page's prose does not count toward the container.
const MAX_EXCLUDED_SHARE: f64 = 0.5;
/// If the elements left out so hold all but less than this share of the page's prose, the
/// names of those that are neither landmarks, comments nor cards are not to be trusted.
const MIN_UNEXCLUDED_SHARE: f64 = 0.2;
/// A comment section can hold more of a page's prose than its article (but not all of it).
const MAX_COMMENTS_SHARE: f64 = 0.9;
/// How many levels above the chosen container an element saying it holds the article's
/// text may be, to be the container instead.
const MAX_HOLDER_CLIMB: usize = 4;
const MIN_CLIMB_SHARE: f64 = 0.1; // (of the page's prose)
/// Cards: at least this many sibling elements alike (tag and class) that each have a link
/// line first or second (a headline, after a label or not) and hold another line, and at
/// most this many words: teasers, not the article's sections (a slideshow's slides open
/// with their caption).
const MIN_CARDS: usize = 3;
const MIN_CARD_LINES: u32 = 2;
const MAX_CARD_WORDS: u32 = 150;
/// Cards are teasers of other articles when the page has this much prose beside them
/// (words, and a share of theirs); else they are the page's content.
const MIN_BESIDE_CARDS_WORDS: f64 = 100.0;
const MIN_BESIDE_CARDS_SHARE: f64 = 0.25;
const MIN_LINK_LINE_DENSITY: f64 = 0.8;
/// The JSON-LD articleBody chooses the container when the page's lines hold at least this
/// many of its words, and this share of them.
const MIN_LD_WORDS: f64 = 50.0;
const MIN_LD_FOUND: f64 = 0.5;
const MIN_LD_SHARE: f64 = 0.3; // (of the words of the page's prose lines)
/// A child of the container holding this share of its prose, with an <h1> of its own, is
/// an article of its own (when another child is one too).
const MIN_ARTICLE_SHARE: f64 = 0.25;
/// Elements that hold a paragraph's text, not paragraphs.
const PARAGRAPH_TAGS: [&str; 24] = ["p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "pre",
    "blockquote", "dd", "dt", "figcaption", "td", "th", "tr", "a", "span", "b", "strong", "em",
    "i", "font", "small"];
/// The headline: the <h1> or <h2> most like the page's title (at least this alike; the one
/// nearest the article among those this share as alike), else an <h1> at most this many
/// lines above the container.
const MIN_HEADLINE_WORDS: u32 = 2;
const MAX_HEADLINE_WORDS: u32 = 40;
const MIN_TITLE_SIMILARITY: f64 = 0.5;
const HEADLINE_SHARE: f64 = 0.75;
const MAX_HEADLINE_DISTANCE: usize = 40;
/// An element holding this share of the article's prose is the article's, whatever its
/// tokens say (class="article-body paywalled").
const MAX_TOKEN_PROSE_SHARE: f64 = 0.2;

/// What a tag says of the text inside it, whatever the classes around it: a caption, a
/// control, a byline; or text again inside a table's cells or a quote.
#[derive(Clone, Copy, PartialEq)]
enum TagKind {
    Figcaption,
    Figure,
    Control,
    Byline,
    Text,
}

fn tag_kind(tag: &str) -> Option<TagKind> {
    Some(match tag {
        "figcaption" => TagKind::Figcaption,
        "figure" => TagKind::Figure,
        "button" | "label" | "input" | "option" | "legend" => TagKind::Control,
        "address" | "time" => TagKind::Byline,
        "table" | "tr" | "td" | "th" | "blockquote" | "pre" | "code" => TagKind::Text,
        _ => return None,
    })
}

// --- The evidence (`cleaner.scorers.dom`) ---

/// A landmark (nav, aside, footer, form; ARIA navigation, complementary, contentinfo...) or
/// an element whose class, id, aria-label or data-* tokens name a widget: as decisive as a
/// lexicon's whole-line entry.
const LANDMARK_WEIGHT: f64 = 1.5;
const TOKEN_WEIGHT: f64 = 1.5;
/// A <header> inside the article, or holding its headline, holds its headline and
/// standfirst as well as its byline.
const INNER_HEADER_WEIGHT: f64 = 0.5;
/// A picture's caption and credit.
const FIGCAPTION_WEIGHT: f64 = 2.0;
const FIGURE_WEIGHT: f64 = 1.0;
/// Controls: buttons, labels.
const CONTROL_WEIGHT: f64 = 1.5;
const BYLINE_TAG_WEIGHT: f64 = 1.0;
/// Link text over text: a line of links is a menu or a list of headlines.
const MIN_LINK_DENSITY: f64 = 0.5;
const LINK_DENSITY_WEIGHT: f64 = 1.5;
/// Inside the article a linked line is as often its own (a product, a source, "Book your
/// flight here") as a "Read more" link: too weak alone (0.8 for a line all links, a
/// quarter of it for a half-linked one), its neighbours decide. A link in capitals ("CLICK
/// HERE TO GET THE APP") is a call to action.
const INNER_LINK_DENSITY_WEIGHT: f64 = 0.8;
const SHOUTED_LINK_WEIGHT: f64 = 0.5;
/// (A line all links but for a word or two is a menu's even in prose.)
const MAX_PROSE_LINK_DENSITY: f64 = 0.9;
/// A heading inside the article is one of its subheadings.
const HEADING_TAGS: [&str; 5] = ["h2", "h3", "h4", "h5", "h6"];
const SUBHEADING_WEIGHT: f64 = -0.3;
/// Its code, read back as `State::subheading`.
pub const SUBHEADING_CODE: &str = "dom:subheading";
/// A row of a table inside the article is its data, however many figures it holds.
const TABLE_ROW_WEIGHT: f64 = -0.6;
/// The page's JSON-LD articleBody (or description) carries the line: the publisher's own
/// word that it is the article.
const JSONLD_WEIGHT: f64 = -3.0;
const HEADLINE_WEIGHT: f64 = -3.0;
/// A teaser card: one of a run of alike elements, each a linked headline and a line or two
/// more.
const CARD_WEIGHT: f64 = 1.0;
/// A publisher's CSS rule decides a line, as its text rules do.
const CSS_KEEP_WEIGHT: f64 = -10.0;
const CSS_DROP_WEIGHT: f64 = 10.0;
/// `_describe`'s length, in characters.
const MAX_DESCRIPTION_CHARS: usize = 80;

/// What the DOM scorer does to a line (`cleaner.engine.Op`): add evidence (weight,
/// category, code, detail), or set its `protect` or `force` flag.
struct Op {
    line: usize,
    kind: OpKind,
    weight: f64,
    category: Option<Category>,
    code: Code,
    detail: Detail,
}

#[derive(Clone, Copy, PartialEq)]
enum OpKind {
    Add,
    Protect,
    Force,
}

impl OpKind {
    fn name(self) -> &'static str {
        match self {
            OpKind::Add => "add",
            OpKind::Protect => "protect",
            OpKind::Force => "force",
        }
    }
}

fn add(ops: &mut Vec<Op>, line: usize, weight: f64, category: Option<Category>,
       code: impl Into<Code>, detail: impl Into<Detail>) {
    ops.push(Op { line, kind: OpKind::Add, weight, category, code: code.into(),
                  detail: detail.into() });
}

/// A publisher's CSS rules on this page: its key (for the codes), whether they name the
/// container, and `describe(mark)`: the selector behind a mark.
pub struct Css<'py> {
    key: String,
    container: bool,
    describe: Bound<'py, PyAny>,
}

/// The page's findings (`cleaner._core.PageDom`): the container and its span, the
/// headline, the teaser cards, each line's place (in the body; the landmark, drop-token
/// element and telling tag above it) and the DOM scorer's evidence, made when the page is
/// analysed (on its lines as the publisher rules left them).
#[pyclass(name = "PageDom", module = "cleaner._core", frozen)]
pub struct PyPageDom {
    #[pyo3(get)]
    container: Option<usize>,
    #[pyo3(get)]
    span: Option<(usize, usize)>,
    #[pyo3(get)]
    headline: Option<usize>,
    #[pyo3(get)]
    cards: Vec<usize>,
    /// Whether each line's text is part of the JSON-LD articleBody or description (empty
    /// for a page without).
    #[pyo3(get)]
    in_ld: Vec<bool>,
    in_body: Vec<bool>,
    markups: Vec<(i32, i32, i32)>,
    ops: Vec<Op>,
}

#[pymethods]
impl PyPageDom {
    /// The findings on a page without lines (no `<body>`).
    #[staticmethod]
    fn empty() -> PyPageDom {
        PyPageDom { container: None, span: None, headline: None, cards: Vec::new(),
                    in_ld: Vec::new(), in_body: Vec::new(), markups: Vec::new(), ops: Vec::new() }
    }

    /// `in_body` of every line: inside the container's element (not only below its
    /// headline) and in no `<header>` there.
    fn body_lines(&self) -> Vec<bool> {
        self.in_body.clone()
    }

    /// The landmark, the element with a drop token and the telling tag nearest above line
    /// i (-1 for none; inside the container, below it).
    fn markup(&self, line: usize) -> PyResult<(i32, i32, i32)> {
        self.markups.get(line).copied()
            .ok_or_else(|| PyValueError::new_err(format!("no line {line} on the page")))
    }

    /// The DOM scorer's evidence, as `cleaner.engine.Op` tuples in order.
    fn ops<'py>(&self, py: Python<'py>) -> PyResult<Vec<Bound<'py, PyTuple>>> {
        self.ops.iter().map(|op| {
            (op.line, op.kind.name(), op.weight, op.category.map(Category::name),
             op.code.as_str(), op.detail.text()).into_pyobject(py)
        }).collect()
    }

    /// Apply the DOM scorer's evidence to the page's document, in order (at the scorer's
    /// place among the stages): what `Doc.apply_ops` does with `ops()`.
    fn apply(&self, mut doc: PyRefMut<'_, PyDoc>) -> PyResult<()> {
        let states = &mut doc.doc.states;
        if self.markups.len() != states.len() {
            return Err(PyValueError::new_err("the DOM's findings are of another document"));
        }
        for op in &self.ops {
            let state = &mut states[op.line];
            match op.kind {
                OpKind::Add => {
                    typed_evidence(state, op.code.as_str(), op.weight);
                    state.add(op.weight, op.category, op.code.clone(), op.detail.clone());
                }
                OpKind::Protect => state.protected = true,
                OpKind::Force => state.forced = true,
            }
        }
        Ok(())
    }
}

/// The page being analysed.
struct Page<'a> {
    walked: &'a PyWalkedElements,
    lines: &'a [Features],
    facts: Vec<Option<&'a Facts>>,
    first: Vec<i32>,
    last: Vec<i32>,
}

impl Page<'_> {
    fn tag(&self, e: usize) -> &str {
        self.walked.tag(e)
    }

    fn block(&self, i: usize) -> Option<&LineBlock> {
        self.walked.blocks[i].as_ref()
    }

    fn facts(&self, e: usize) -> &Facts {
        self.facts[e].expect("the facts of an element holding a line")
    }

    /// Whether line i lies inside an element.
    fn inside(&self, line: usize, element: usize) -> bool {
        self.first[element] >= 0 && self.first[element] as usize <= line
            && line as i64 <= self.last[element] as i64
    }

    /// `div#id.class1.class2[role=...]`, shortened (`_describe`).
    fn describe(&self, e: usize) -> String {
        let walked = self.walked;
        let mut out = self.tag(e).to_string();
        if let Some(id) = walked.attribute(e, "id").filter(|v| !v.is_empty()) {
            out.push('#');
            out.push_str(id);
        }
        let classes: Vec<&str> = text::split(walked.attribute(e, "class").unwrap_or("")).collect();
        if !classes.is_empty() {
            out.push('.');
            out.push_str(&classes[..classes.len().min(3)].join("."));
        }
        if let Some(role) = walked.attribute(e, "role").filter(|v| !v.is_empty()) {
            out.push_str("[role=");
            out.push_str(role);
            out.push(']');
        }
        match out.char_indices().nth(MAX_DESCRIPTION_CHARS) {
            Some((cut, _)) => out[..cut].to_string(),
            None => out,
        }
    }
}

/// Each element's own value plus its descendants' (children come after parents).
fn summed(own: &[f64], parents: &[i32]) -> Vec<f64> {
    let mut total = own.to_vec();
    for e in (1..total.len()).rev() {
        if total[e] != 0.0 && parents[e] >= 0 {
            total[parents[e] as usize] += total[e];
        }
    }
    total
}

impl PyElementReader {
    /// The DOM analysis of a walked page whose lines are `doc`'s (`cleaner.html.dom.analyse`).
    #[allow(clippy::too_many_arguments)]
    pub fn analyse_page(&self, walked: &PyWalkedElements, doc: &PyDoc, in_ld: Vec<bool>,
                        ld_body_words: usize, titled: bool, similarity: &Bound<'_, PyAny>,
                        css: Option<Css<'_>>) -> PyResult<PyPageDom> {
        let lines = &doc.doc.lines[..];
        if lines.len() != walked.blocks.len() {
            return Err(PyValueError::new_err(format!(
                "a page of {} lines and a document of {}", walked.blocks.len(), lines.len())));
        }
        let n = walked.len();
        let mut page = Page { walked, lines, facts: vec![None; n], first: vec![-1; n],
                              last: vec![-1; n] };
        let (counts, words) = stats(&mut page);
        // Every element's facts (not those of an element that holds no line: none are read).
        let wanted: Vec<usize> = (0..n).filter(|&e| page.first[e] >= 0).collect();
        let (ids, distinct) = self.facts_of_walked(walked, &wanted)?;
        for (&e, &id) in wanted.iter().zip(&ids) {
            page.facts[e] = Some(&distinct[id]);
        }
        let mut cards = cards(&page, &counts, &words);
        let sim = |i: usize| -> PyResult<f64> { similarity.call1((&lines[i].text,))?.extract() };
        let (container, prose) = self.container(&page, &in_ld, ld_body_words, &mut cards,
                                                css.as_ref(), &sim)?;
        let (mut span, mut headline) = (None, None);
        if let Some(c) = container.filter(|&c| page.first[c] >= 0) {
            let (mut first, last) = (page.first[c] as usize, page.last[c] as usize);
            headline = heading(&page, first, last, titled, &sim)?;
            if let Some(h) = headline.filter(|&h| h < first) {
                first = h;
            }
            span = Some((first, last));
        }
        let inherited = self.inherit(&page, container, prose.as_deref(), &cards, css.is_some());
        let markups = self.markups(&page, &inherited);
        let in_body = body_lines(&page, container, &markups);
        let ops = self.evidence(&page, doc, container, headline, &inherited, &markups, &in_ld,
                                css.as_ref())?;
        let mut cards: Vec<usize> = cards.into_iter().collect();
        cards.sort_unstable();
        Ok(PyPageDom { container, span, headline, cards, in_ld, in_body, markups, ops })
    }
}

/// Whether each line's text is part of the JSON-LD articleBody or description: a line of
/// at least 3 words whose text, case folded and its white space runs one space each, is in
/// theirs (empty for a page without).
pub fn in_ld(lines: &[Features], bodies: &[String], descriptions: &[String]) -> Vec<bool> {
    if bodies.is_empty() && descriptions.is_empty() {
        return Vec::new();
    }
    let normalised = |text: &str| text::split(&text::casefold(text)).collect::<Vec<_>>().join(" ");
    let whole = bodies.iter().chain(descriptions).map(|t| normalised(t)).collect::<Vec<_>>()
        .join(" \n ");
    let finder = |text: &str| memchr::memmem::find(whole.as_bytes(), normalised(text).as_bytes());
    lines.iter().map(|line| !line.text.is_empty() && line.words >= 3
                            && finder(&line.text).is_some()).collect()
}

/// Each element's lines and words; and (in `page.first`, `page.last`) its first and last
/// line. One pass over the lines, then one over the elements from the last up (a parent
/// comes before its children).
fn stats(page: &mut Page<'_>) -> (Vec<u32>, Vec<u32>) {
    let walked = page.walked;
    let n = walked.len();
    let (mut counts, mut words) = (vec![0u32; n], vec![0u32; n]);
    let (first, last) = (&mut page.first, &mut page.last);
    for (i, (block, line)) in walked.blocks.iter().zip(page.lines).enumerate() {
        let Some(block) = block else { continue };
        if line.text.is_empty() {
            continue;
        }
        let owner = block.owner as usize;
        counts[owner] += 1;
        words[owner] += line.words;
        for e in std::iter::once(owner).chain(walked.inline(block).iter().map(|&e| e as usize)) {
            if first[e] < 0 {
                first[e] = i as i32;
            }
            last[e] = i as i32;
        }
    }
    for e in (1..n).rev() {
        let p = walked.parents[e];
        if p < 0 || first[e] < 0 {
            continue;
        }
        let p = p as usize;
        if first[p] < 0 || first[e] < first[p] {
            first[p] = first[e];
        }
        if last[e] > last[p] {
            last[p] = last[e];
        }
        counts[p] += counts[e];
        words[p] += words[e];
    }
    (counts, words)
}

/// Teaser cards: runs of alike siblings, each a link line first or second (its headline,
/// after a label or not) and a line or two more (a summary, a date), short (a list of other
/// articles).
fn cards(page: &Page<'_>, counts: &[u32], words: &[u32]) -> HashSet<usize> {
    let walked = page.walked;
    let parents = &walked.parents;
    // (only the children of an element with at least MIN_CARDS children with text)
    let mut kids = vec![0usize; counts.len()];
    for (e, &count) in counts.iter().enumerate() {
        if count > 0 && parents[e] >= 0 {
            kids[parents[e] as usize] += 1;
        }
    }
    let mut groups: HashMap<(i32, &str, Option<&str>), Vec<usize>> = HashMap::new();
    for (e, &count) in counts.iter().enumerate() {
        if count > 0 && parents[e] >= 0 && kids[parents[e] as usize] >= MIN_CARDS {
            groups.entry((parents[e], walked.tag(e), walked.attribute(e, "class")))
                .or_default().push(e);
        }
    }
    let blocks = &walked.blocks;
    let card = |e: usize| -> bool {
        if counts[e] < MIN_CARD_LINES || words[e] > MAX_CARD_WORDS {
            return false;
        }
        let mut i = page.first[e] as usize;
        for _ in 0..2 { // (its first two lines)
            if blocks[i].is_some_and(|b| b.link_density() >= MIN_LINK_LINE_DENSITY) {
                return true;
            }
            i += 1;
            while i < blocks.len() && blocks[i].is_none() {
                i += 1;
            }
            if i >= blocks.len() {
                return false;
            }
        }
        false
    };
    let mut out = HashSet::new();
    for siblings in groups.values() {
        if siblings.len() < MIN_CARDS {
            continue;
        }
        let alike: Vec<usize> = siblings.iter().copied().filter(|&e| card(e)).collect();
        // Most of the siblings must be cards (not three short sections of ten).
        if alike.len() >= MIN_CARDS && 3 * alike.len() >= 2 * siblings.len() {
            out.extend(alike);
        }
    }
    out
}

fn below_card(e: usize, cards: &HashSet<usize>, parents: &[i32]) -> bool {
    let mut p = parents[e];
    while p >= 0 {
        if cards.contains(&(p as usize)) {
            return true;
        }
        p = parents[p as usize];
    }
    false
}

impl PyElementReader {
    /// The article container, and each element's prose words (of the container's count).
    #[allow(clippy::too_many_arguments)]
    fn container(&self, page: &Page<'_>, in_ld: &[bool], ld_body_words: usize,
                 cards: &mut HashSet<usize>, css: Option<&Css<'_>>,
                 sim: &dyn Fn(usize) -> PyResult<f64>)
                 -> PyResult<(Option<usize>, Option<Vec<f64>>)> {
        let walked = page.walked;
        let n = walked.len();
        let parents = &walked.parents[..];
        let lines = page.lines;
        let prose: Vec<bool> = walked.blocks.iter().zip(lines).map(|(block, line)| {
            block.is_some_and(|b| line.terminal && line.words >= MIN_CONTAINER_WORDS
                                  && b.link_density() <= MAX_CONTAINER_LINK_DENSITY)
        }).collect();
        // The JSON-LD articleBody names the article's lines, where the page's lines hold
        // most of it and it is no mere teaser of the page's prose (or another article's
        // text).
        let ld_words: u32 = lines.iter().zip(in_ld).filter(|(_, &hit)| hit).map(|(l, _)| l.words).sum();
        let prose_words: u32 = lines.iter().zip(&prose).filter(|(_, &p)| p).map(|(l, _)| l.words).sum();
        let body_words = ld_body_words as f64;
        let use_ld = body_words >= MIN_LD_SHARE * prose_words as f64
            && ld_words as f64 >= MIN_LD_WORDS.max(MIN_LD_FOUND * body_words);
        let mut own = vec![0.0f64; n]; // the prose words each element holds itself
        for (i, line) in lines.iter().enumerate() {
            let counted = if use_ld { in_ld.get(i).copied().unwrap_or(false) } else { prose[i] };
            if counted {
                let block = walked.blocks[i].as_ref().expect("a prose line's block");
                own[block.owner as usize] += line.words as f64;
            }
        }
        let weight = summed(&own, parents);
        let total = weight[0];
        if total <= 0.0 {
            return Ok((None, None));
        }
        // Teaser cards that hold nearly all the page's prose are its content (a list of
        // restaurants, each a linked name and a paragraph), not a list of other articles.
        let in_cards: f64 = cards.iter().filter(|&&e| !below_card(e, cards, parents))
            .map(|&e| weight[e]).sum();
        if total - in_cards < MIN_BESIDE_CARDS_WORDS.max(MIN_BESIDE_CARDS_SHARE * in_cards) {
            cards.clear();
        }
        // Leave out the prose of comment sections, and of the small elements marked as
        // boilerplate (a related-articles box with summaries, an author bio) and of teaser
        // cards; never that of an element that says it holds the article, or holds one that
        // does. (Only the elements holding prose are looked at: the others hold none to
        // leave out. A parent of one holds prose too, and comes before it.)
        let weighted: Vec<usize> = (0..n).filter(|&e| weight[e] > 0.0).collect();
        let mut holder = vec![false; n];
        for &e in &weighted {
            if page.facts(e).article {
                let mut p = e as i32;
                while p >= 0 && !holder[p as usize] {
                    holder[p as usize] = true;
                    p = parents[p as usize];
                }
            }
        }
        // Left out: teaser cards, comment sections and landmarks (`sure`), and the other
        // elements whose names say boilerplate (`by_name`).
        let (mut sure, mut by_name) = (vec![false; n], vec![false; n]);
        for &e in &weighted {
            if holder[e] {
                continue;
            }
            if cards.contains(&e) {
                sure[e] = true;
                continue;
            }
            let facts = page.facts(e);
            if !(facts.landmark.is_some() || facts.dropping) {
                continue;
            }
            let comments = facts.hits.iter().any(|(c, _)| self.token_category(*c) == Category::Comments.name());
            if (comments || facts.landmark.is_some()) && weight[e] < MAX_COMMENTS_SHARE * total {
                sure[e] = true;
            }
            if weight[e] < (if comments { MAX_COMMENTS_SHARE } else { MAX_EXCLUDED_SHARE }) * total {
                by_name[e] = true;
            }
        }
        for &e in &weighted { // (a parent comes before its children)
            let p = parents[e];
            if p >= 0 {
                sure[e] = sure[e] || sure[p as usize];
                by_name[e] = by_name[e] || by_name[p as usize];
            }
        }
        let kept = |left_out: &dyn Fn(usize) -> bool| -> Vec<f64> {
            summed(&(0..n).map(|e| if left_out(e) { 0.0 } else { own[e] }).collect::<Vec<_>>(),
                   parents)
        };
        let mut clean = kept(&|e| sure[e] || by_name[e]);
        if clean[0] < MIN_UNEXCLUDED_SHARE * total {
            // The names left out nearly all the page's prose: they misread its markup (an
            // article split into boxes named "content-nav-section"). Only the sure ones are
            // left out: cards, and comment sections and landmarks (an <aside>) that hold
            // less than nearly all of it.
            clean = kept(&|e| sure[e]);
        }
        if css.is_some_and(|c| c.container) {
            let named = (0..n).find(|&e| page.first[e] >= 0
                && page.facts(e).mark.as_deref() == Some(self.container_mark()));
            if named.is_some() {
                return Ok((named, Some(clean)));
            }
        }
        let total = clean[0];
        if total <= 0.0 {
            return Ok((None, Some(clean)));
        }
        // (The elements holding more than half of it lie on one path from the root: the
        // deepest is the last in document order.)
        let least = CONTAINER_SHARE * total;
        let mut best = (0..n).rev().find(|&e| clean[e] >= least).expect("the root holds it all");
        // A paragraph is no container: the article is the element around its paragraphs.
        while PARAGRAPH_TAGS.contains(&page.tag(best)) && parents[best] >= 0 {
            best = parents[best] as usize;
        }
        best = one_article(page, best, &clean, sim)?;
        // An element a little above that says it holds the article's text, and holds more
        // of its sentences, holds all of it (the first paragraphs sit beside the rest, in a
        // box of their own).
        let chosen = best;
        let mut e = chosen as i32;
        let mut k = 0;
        while e >= 0 {
            let u = e as usize;
            if k > MAX_HOLDER_CLIMB || parents[u] < 0 {
                break;
            }
            if page.facts(u).article && clean[u] >= clean[chosen] + MIN_CLIMB_SHARE * total {
                best = u;
            }
            e = parents[u];
            k += 1;
        }
        Ok((Some(best), Some(clean)))
    }
}

/// Where the chosen element holds several articles (a page that loads the next story below
/// its own), each a child with its own <h1> (not a link) and a good share of the prose: the
/// one whose <h1> is most like the page's title, else the first.
fn one_article(page: &Page<'_>, best: usize, clean: &[f64], sim: &dyn Fn(usize) -> PyResult<f64>)
               -> PyResult<usize> {
    let parents = &page.walked.parents;
    let kids: Vec<usize> = (best + 1..page.walked.len())
        .filter(|&e| parents[e] == best as i32 && clean[e] >= MIN_ARTICLE_SHARE * clean[best])
        .collect();
    if kids.len() < 2 {
        return Ok(best);
    }
    let mut heads: Vec<(usize, usize)> = Vec::new(); // (kid, its first <h1> line)
    for &kid in &kids {
        let (first, last) = (page.first[kid], page.last[kid]);
        if first < 0 {
            continue;
        }
        for i in first as usize..=last as usize {
            if page.block(i).is_some_and(|b| page.tag(b.owner as usize) == "h1"
                                             && b.link_density() < MIN_LINK_LINE_DENSITY) {
                heads.push((kid, i));
                break;
            }
        }
    }
    if heads.len() < 2 {
        return Ok(best);
    }
    // (the most alike; on a tie, the first)
    let mut chosen: Option<(f64, usize)> = None;
    for &(kid, i) in &heads {
        let alike = sim(i)?;
        if chosen.is_none_or(|(a, _)| alike > a) {
            chosen = Some((alike, kid));
        }
    }
    Ok(chosen.expect("two heads").1)
}

/// The article's headline: the <h1> or <h2> most like the page's title (its <title>,
/// og:title or JSON-LD headline: `sim`), the one nearest above the container's first line
/// among those nearly as alike; else the <h1> nearest above the container (or its first
/// <h1> inside), else none.
fn heading(page: &Page<'_>, first: usize, last: usize, titled: bool,
           sim: &dyn Fn(usize) -> PyResult<f64>) -> PyResult<Option<usize>> {
    let h1 = |i: usize| page.tag(page.block(i).expect("a headline's block").owner as usize) == "h1";
    let candidates: Vec<usize> = (0..=last.min(page.lines.len().saturating_sub(1)))
        .filter(|&i| page.block(i).is_some_and(|b| matches!(page.tag(b.owner as usize), "h1" | "h2"))
                && (MIN_HEADLINE_WORDS..=MAX_HEADLINE_WORDS).contains(&page.lines[i].words))
        .collect();
    if titled && !candidates.is_empty() {
        let alike = candidates.iter().map(|&i| Ok((i, sim(i)?))).collect::<PyResult<Vec<_>>>()?;
        let best = alike.iter().map(|&(_, s)| s).fold(f64::NEG_INFINITY, f64::max);
        if best >= MIN_TITLE_SIMILARITY {
            let close: Vec<usize> = alike.iter().filter(|&&(_, s)| s >= HEADLINE_SHARE * best)
                .map(|&(i, _)| i).collect();
            let h1s: Vec<usize> = close.iter().copied().filter(|&i| h1(i)).collect();
            // (an <h2> repeating the title heads a section)
            let close = if h1s.is_empty() { close } else { h1s };
            return Ok(close.iter().copied().rfind(|&i| i <= first).or(Some(close[0])));
        }
    }
    let h1s: Vec<usize> = candidates.into_iter().filter(|&i| h1(i)).collect();
    if let Some(&i) = h1s.iter().rfind(|&&i| first.saturating_sub(MAX_HEADLINE_DISTANCE) <= i
                                           && i <= first) {
        return Ok(Some(i));
    }
    Ok(h1s.into_iter().find(|&i| first <= i && i <= last))
}

/// What lies above each element (itself included; -1 for none): the nearest landmark,
/// element with a drop token, element with a tag of `tag_kind`, teaser card and element a
/// CSS rule marked; starting afresh below the container.
struct Inherited {
    landmark: Vec<i32>,
    token: Vec<i32>,
    tag: Vec<i32>,
    card: Vec<i32>,
    rule: Vec<i32>,
}

impl PyElementReader {
    fn inherit(&self, page: &Page<'_>, container: Option<usize>, prose: Option<&[f64]>,
               cards: &HashSet<usize>, marks: bool) -> Inherited {
        let n = page.walked.len();
        let parents = &page.walked.parents;
        let total = match (container, prose) {
            (Some(c), Some(prose)) => prose[c],
            _ => 0.0,
        };
        let big = MAX_TOKEN_PROSE_SHARE * total;
        let mut out = Inherited { landmark: vec![-1; n], token: vec![-1; n], tag: vec![-1; n],
                                  card: vec![-1; n], rule: vec![-1; n] };
        let container = container.map_or(-1, |c| c as i32);
        for e in 0..n {
            if page.first[e] < 0 {
                continue; // (no text below it)
            }
            let p = parents[e];
            let (mut landmark, mut token, mut tag, mut card) = if p >= 0 && p != container {
                let p = p as usize;
                (out.landmark[p], out.token[p], out.tag[p], out.card[p])
            } else {
                (-1, -1, -1, -1)
            };
            if cards.contains(&e) {
                card = e as i32;
            }
            let own = page.facts(e);
            if marks {
                out.rule[e] = match own.mark.as_deref() {
                    Some(mark) if !mark.is_empty() && mark != self.container_mark() => e as i32,
                    _ if p >= 0 => out.rule[p as usize],
                    _ => -1,
                };
            }
            if e as i32 != container {
                if own.landmark.is_some() {
                    landmark = e as i32;
                }
                let big_enough = total != 0.0 && prose.is_some_and(|prose| prose[e] >= big);
                if own.dropping && !own.article && !big_enough {
                    token = e as i32;
                }
                if tag_kind(page.tag(e)).is_some() {
                    tag = e as i32;
                }
            }
            out.landmark[e] = landmark;
            out.token[e] = token;
            out.tag[e] = tag;
            out.card[e] = card;
        }
        out
    }

    /// Each line's `markup`: the landmark, the element with a drop token and the telling tag
    /// nearest above it (its inline elements', else its block's).
    fn markups(&self, page: &Page<'_>, inherited: &Inherited) -> Vec<(i32, i32, i32)> {
        page.walked.blocks.iter().map(|block| {
            let Some(block) = block else { return (-1, -1, -1) };
            let owner = block.owner as usize;
            let (mut landmark, mut token, mut tag) =
                (inherited.landmark[owner], inherited.token[owner], inherited.tag[owner]);
            for &e in page.walked.inline(block) { // (outermost first: the innermost one wins)
                let e = e as usize;
                let Some(facts) = page.facts[e] else { continue }; // (a line without text)
                if facts.landmark.is_some() {
                    landmark = e as i32;
                }
                // (In preformatted text, inline elements' classes are syntax highlighting:
                // "hljs-comment", "token comment".)
                if facts.dropping && !facts.article && !block.pre {
                    token = e as i32;
                }
                if tag_kind(page.tag(e)).is_some() {
                    tag = e as i32;
                }
            }
            (landmark, token, tag)
        }).collect()
    }
}

/// `in_body` of every line: inside the container's element and in no `<header>` there.
fn body_lines(page: &Page<'_>, container: Option<usize>, markups: &[(i32, i32, i32)]) -> Vec<bool> {
    let mut out = vec![false; page.lines.len()];
    let Some(c) = container.filter(|&c| page.first[c] >= 0) else { return out };
    for i in page.first[c] as usize..=page.last[c] as usize {
        let landmark = markups[i].0;
        out[i] = page.block(i).is_none() || landmark < 0 || page.tag(landmark as usize) != "header";
    }
    out
}

impl PyElementReader {
    /// The DOM scorer's evidence on each line (`cleaner.scorers.dom.DomScorer`).
    #[allow(clippy::too_many_arguments)]
    fn evidence(&self, page: &Page<'_>, doc: &PyDoc, container: Option<usize>,
                headline: Option<usize>, inherited: &Inherited, markups: &[(i32, i32, i32)],
                in_ld: &[bool], css: Option<&Css<'_>>) -> PyResult<Vec<Op>> {
        let mut ops = Vec::new();
        // (inside the container: lines low to high)
        let (low, high) = match container {
            Some(c) => (page.first[c] as i64, page.last[c] as i64),
            None => (0, -1),
        };
        // What a landmark and an element with a drop token add (each speaks for many lines).
        let mut landmarks: HashMap<usize, (Option<Category>, Arc<str>)> = HashMap::new();
        let mut tokens: HashMap<usize, (Option<Category>, Arc<str>, Arc<str>)> = HashMap::new();
        let mut described: HashMap<String, String> = HashMap::new(); // CSS mark -> selector
        for (i, (block, line)) in page.walked.blocks.iter().zip(page.lines).enumerate() {
            let Some(block) = block else { continue };
            if line.text.is_empty() {
                continue;
            }
            if let Some(css) = css {
                self.css_rule(page, doc, i, block, inherited, css, &mut described, &mut ops)?;
            }
            let inside = low <= i as i64 && i as i64 <= high;
            let owner = block.owner as usize;
            let owner_tag = page.tag(owner);
            let (landmark, token, tag) = markups[i];
            if tag >= 0 {
                let tag_name = page.tag(tag as usize);
                match tag_kind(tag_name).expect("a telling tag") {
                    TagKind::Figcaption => add(&mut ops, i, FIGCAPTION_WEIGHT, Some(Category::Caption),
                                               "dom:figcaption", ""),
                    TagKind::Figure => add(&mut ops, i, FIGURE_WEIGHT, Some(Category::Caption), "dom:figure",
                                           ""),
                    TagKind::Control => add(&mut ops, i, CONTROL_WEIGHT, Some(Category::Boilerplate),
                                            "dom:control", format!("<{tag_name}>")),
                    TagKind::Byline => add(&mut ops, i, BYLINE_TAG_WEIGHT, Some(Category::Byline),
                                           "dom:byline_tag", format!("<{tag_name}>")),
                    TagKind::Text => {} // (a table's cells, a quote: text again)
                }
            } else if inside && HEADING_TAGS.contains(&owner_tag) {
                add(&mut ops, i, SUBHEADING_WEIGHT, None, SUBHEADING_CODE, format!("<{owner_tag}>"));
            }
            let density = block.link_density();
            if inside && owner_tag == "tr" && density < MIN_LINK_DENSITY {
                add(&mut ops, i, TABLE_ROW_WEIGHT, None, "dom:table_row", "a row of a table");
            }
            if landmark >= 0 {
                let landmark = landmark as usize;
                if page.tag(landmark) == "header"
                    && (inside || headline.is_some_and(|h| page.inside(h, landmark))) {
                    // The article's own header (inside the container, or holding its
                    // headline): its headline, standfirst and byline, not the page's banner.
                    add(&mut ops, i, INNER_HEADER_WEIGHT, Some(Category::Byline), "dom:landmark",
                        "<header>");
                } else {
                    let (category, detail) = landmarks.entry(landmark).or_insert_with(|| {
                        let category = page.facts(landmark).landmark
                            .and_then(|l| Category::from_name(self.landmark_category(l)));
                        (category, Arc::from(page.describe(landmark)))
                    });
                    add(&mut ops, i, LANDMARK_WEIGHT, *category, "dom:landmark", &*detail);
                }
            }
            if token >= 0 {
                let token = token as usize;
                let (category, code, detail) = tokens.entry(token).or_insert_with(|| {
                    let (c, entry) = page.facts(token).hits.iter()
                        .find(|(c, _)| self.token_category(*c) != self.article_category())
                        .expect("a drop token's hit");
                    let name = self.token_category(*c);
                    (Category::from_name(name), Arc::from(format!("dom:token.{name}")),
                     Arc::from(format!("{}: {}", page.describe(token), text::repr(entry))))
                });
                add(&mut ops, i, TOKEN_WEIGHT, *category, Arc::clone(code), &*detail);
            }
            if inherited.card[owner] >= 0 {
                add(&mut ops, i, CARD_WEIGHT, Some(Category::Related), "dom:card",
                    "in one of a run of teasers alike");
            }
            if density >= MIN_LINK_DENSITY && !(line.prose && density < MAX_PROSE_LINK_DENSITY) {
                let weight = if inside {
                    INNER_LINK_DENSITY_WEIGHT * density * density
                } else {
                    LINK_DENSITY_WEIGHT * density
                };
                add(&mut ops, i, round2(weight), Some(Category::Navigation), "dom:link_density",
                    format!("{density:.2}, {} links", block.links));
                if line.letters > 0 && text::isupper(&line.text) {
                    add(&mut ops, i, SHOUTED_LINK_WEIGHT, Some(Category::Related), "dom:shouted_link",
                        "a link in capitals");
                }
            }
            if in_ld.get(i).copied().unwrap_or(false) {
                add(&mut ops, i, JSONLD_WEIGHT, None, "dom:jsonld",
                    "the JSON-LD articleBody holds it");
            }
        }
        if let Some(h) = headline {
            add(&mut ops, h, HEADLINE_WEIGHT, None, DOM_HEADLINE_CODE,
                "the <h1> above the article container");
        }
        Ok(ops)
    }

    /// A publisher's CSS rule (`keep_css`, `drop_css`) decides the line, as its text rules
    /// do: kept whatever follows, or dropped (`DomScorer._rule`).
    #[allow(clippy::too_many_arguments)]
    fn css_rule(&self, page: &Page<'_>, doc: &PyDoc, i: usize, block: &LineBlock,
                inherited: &Inherited, css: &Css<'_>, described: &mut HashMap<String, String>,
                out: &mut Vec<Op>) -> PyResult<()> {
        let mut marked = inherited.rule[block.owner as usize];
        for &e in page.walked.inline(block) {
            if page.facts[e as usize].is_some_and(|f| f.mark.as_deref().is_some_and(|m| !m.is_empty())) {
                marked = e as i32;
            }
        }
        let Some(mark) = (marked >= 0).then(|| page.facts(marked as usize).mark.as_deref()).flatten()
            .filter(|m| !m.is_empty()) else { return Ok(()) };
        let selector = match described.get(mark) {
            Some(s) => s.clone(),
            None => {
                let s: String = css.describe.call1((mark,))?.extract()?;
                described.insert(mark.to_string(), s.clone());
                s
            }
        };
        let state = &doc.doc.states[i];
        let flag = |kind: OpKind| Op { line: i, kind, weight: 0.0, category: None,
                                       code: Code::Static(""), detail: Detail::Static("") };
        if mark == self.keep_mark() {
            if !state.protected {
                out.push(flag(OpKind::Protect));
            }
            add(out, i, CSS_KEEP_WEIGHT, None, format!("rule:{}/css.keep", css.key), selector);
        } else if mark.starts_with(self.drop_prefix()) && !state.forced {
            let category = mark.split(':').nth(1).and_then(Category::from_name);
            out.push(flag(OpKind::Force));
            add(out, i, CSS_DROP_WEIGHT, category, format!("rule:{}/css.drop", css.key), selector);
        }
        Ok(())
    }
}

/// `round(x, 2)`: Python rounds to the nearest of the decimal numbers of two places (half to
/// even, on the float's exact value), as formatting with two places does.
fn round2(x: f64) -> f64 {
    format!("{x:.2}").parse().expect("a formatted float")
}

impl<'py> Css<'py> {
    pub fn new(key: String, container: bool, describe: Bound<'py, PyAny>) -> Css<'py> {
        Css { key, container, describe }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rounds_to_two_places_as_python_does() {
        // (half to even, on the float's exact value: 0.125 is exact, 0.375 too)
        assert_eq!(round2(0.125), 0.12);
        assert_eq!(round2(0.375), 0.38);
        assert_eq!(round2(1.5 * (2.0 / 3.0)), 1.0);
        assert_eq!(round2(INNER_LINK_DENSITY_WEIGHT * 0.75 * 0.75), 0.45);
    }

    #[test]
    fn sums_each_element_with_its_descendants() {
        // body > div > (p, p); body > aside
        let parents = [-1, 0, 1, 1, 0];
        assert_eq!(summed(&[0.0, 1.0, 10.0, 5.0, 2.0], &parents), [18.0, 16.0, 10.0, 5.0, 2.0]);
    }

    #[test]
    fn finds_lines_of_three_words_or_more_in_the_json_ld_text() {
        let line = |t: &str| Features { text: t.to_string(), words: t.split_whitespace().count() as u32,
                                        ..Default::default() };
        let lines = [line("The Council  voted on TUESDAY"), line("Subscribe now today"),
                     line("Council voted"), line("")];
        let bodies = ["Intro. The council voted\non Tuesday to close it.".to_string()];
        assert_eq!(in_ld(&lines, &bodies, &[]), [true, false, false, false]);
        assert!(in_ld(&lines, &[], &[]).is_empty());
    }
}
