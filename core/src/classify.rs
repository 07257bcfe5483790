//! The line classifier (`cleaner/classify.py`): evidence → first label (`classify`) →
//! final label (`smooth`), jusText's classify-then-revise design. See `docs/algorithm.md`.

use crate::model::{Category, Detail, Doc, Label};

pub const DROP_THRESHOLD: f64 = 1.0;
/// Evidence this strong but below `DROP_THRESHOLD` makes a line undecided, not kept.
pub const NEAR_THRESHOLD: f64 = 0.4;
/// An unfinished line of at most this many words cannot be judged alone.
pub const MAX_SHORT_WORDS: u32 = 8;
/// With article on one side and boilerplate on the other, a short line goes with the
/// boilerplate only if its own evidence reaches this.
pub const MIXED_DROP_SCORE: f64 = 0.25;
/// A fragment this short with boilerplate on its only decided side goes with it.
pub const MAX_FRAGMENT_WORDS: u32 = 2;
/// A subheading with kept article text this close below it (in characters of the lines
/// between) heads that text, whatever lies around it: jusText's `max_heading_distance`.
pub const MAX_HEADING_DISTANCE: usize = 200;

/// Set the first label (and label) of every line from its own evidence.
pub fn classify(doc: &mut Doc) {
    for (line, state) in doc.lines.iter().zip(doc.states.iter_mut()) {
        let label = if line.text.is_empty() {
            Label::Blank
        } else if state.protected {
            Label::Keep
        } else if state.forced || state.score >= DROP_THRESHOLD {
            Label::Drop
        } else if state.score >= NEAR_THRESHOLD
            || (!line.terminal && line.words <= MAX_SHORT_WORDS && state.score > -NEAR_THRESHOLD)
        {
            Label::Short
        } else {
            Label::Keep
        };
        state.first_label = label;
        state.label = label;
    }
}

/// Decide every `short` line from the nearest decided lines above and below it.
pub fn smooth(doc: &mut Doc, mixed_drop_score: f64) {
    let decided: Vec<usize> = (0..doc.len())
        .filter(|&i| matches!(doc.states[i].label, Label::Keep | Label::Drop))
        .collect();
    let shorts: Vec<usize> = (0..doc.len()).filter(|&i| doc.states[i].label == Label::Short).collect();
    for i in shorts {
        let k = decided.partition_point(|&j| j <= i); // the first decided line below this one
        let up = if k > 0 { Some(decided[k - 1]) } else { None };
        let down = decided.get(k).copied();
        let sides: Vec<usize> = [up, down].into_iter().flatten().collect();
        let dropped: Vec<usize> =
            sides.iter().copied().filter(|&s| doc.states[s].label == Label::Drop).collect();
        let place = |s: usize| format!("line {} ({})", s + 1, doc.states[s].label.name());
        let place = sides.iter().map(|&s| place(s)).collect::<Vec<_>>().join(" and ");
        let words = doc.lines[i].words;
        let score = doc.states[i].score;
        if let Some(below) = heads_article(doc, i) {
            // A subheading of the article: a publisher's marker or a caption between it and
            // its text must not take it with them.
            let detail = Detail::number("kept article text follows on line {}", below + 1);
            set(doc, i, Label::Keep, None, "smooth:heading", detail);
        } else if sides.is_empty() {
            set(doc, i, Label::Keep, None, "smooth:no_context", "nothing around it is decided");
        } else if dropped.is_empty() {
            set(doc, i, Label::Keep, None, "smooth:beside_article", place);
        } else if dropped.len() == 2 || (sides.len() == 1 && words <= MAX_FRAGMENT_WORDS) {
            // Between boilerplate, or a fragment with boilerplate on its only decided side.
            let nearest = *dropped.iter().min_by_key(|&&s| s.abs_diff(i)).unwrap();
            let category = doc.states[nearest].category;
            set(doc, i, Label::Drop, category, "smooth:between_boilerplate", place);
        } else if score >= mixed_drop_score {
            let category = doc.states[i].category.or(doc.states[dropped[0]].category);
            let detail = format!("{place}; own evidence {score:.2}");
            set(doc, i, Label::Drop, category, "smooth:edge_of_article", detail);
        } else {
            // Article (or the document's edge) on one side, boilerplate on the other.
            set(doc, i, Label::Keep, None, "smooth:edge_of_article", format!("{place}; kept"));
        }
    }
}

/// The kept line below subheading `i` that it heads: the first line kept on its own
/// evidence, with at most `MAX_HEADING_DISTANCE` characters of other lines between.
fn heads_article(doc: &Doc, i: usize) -> Option<usize> {
    if !doc.states[i].subheading || doc.states[i].score >= NEAR_THRESHOLD {
        return None;
    }
    let mut between = 0;
    for j in i + 1..doc.len() {
        match doc.states[j].label {
            Label::Keep => return Some(j),
            Label::Blank => {}
            _ => {
                between += doc.lines[j].chars as usize;
                if between > MAX_HEADING_DISTANCE {
                    return None;
                }
            }
        }
    }
    None
}

fn set(doc: &mut Doc, i: usize, label: Label, category: Option<Category>, code: &'static str,
       detail: impl Into<Detail>) {
    let state = &mut doc.states[i];
    state.label = label;
    if label == Label::Drop {
        state.category = Some(category.or(state.category).unwrap_or(Category::Boilerplate));
    }
    state.note(code, detail);
}
