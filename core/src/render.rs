//! Kept lines → text (`cleaner/render.py`). Never invents: the output is a subsequence of
//! the input's lines, each with its own raw text and line end.

use crate::model::{Category, Doc, Label};

/// Which lines an output holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    /// The article: every kept line (headline, standfirst, body).
    Article,
    /// The body alone: kept lines of the body category.
    Body,
}

/// Join the kept lines with their raw text, each ended as it was in the input
/// (`line_ends`: every line's terminator; `None`: `\n`). Blank lines between two kept
/// lines stay as they were when nothing between them was dropped; where something was,
/// one blank line (if there was any) marks the gap.
pub fn render(doc: &Doc, part: Part, final_newline: bool, line_ends: Option<&[String]>) -> String {
    let keep = |i: usize| {
        let s = &doc.states[i];
        s.label == Label::Keep && (part == Part::Article || s.category == Some(Category::Body))
    };
    let mut out: Vec<usize> = Vec::new();
    let mut gap: Vec<usize> = Vec::new(); // blank lines since the last kept line
    let mut cut = false; // a line was dropped since the last kept line
    for i in 0..doc.len() {
        if doc.states[i].label == Label::Blank {
            gap.push(i);
        } else if !keep(i) {
            cut = true;
        } else {
            if !cut {
                out.append(&mut gap);
            } else if !gap.is_empty() && !out.is_empty() {
                out.push(gap[0]);
            }
            gap.clear();
            cut = false;
            out.push(i);
        }
    }
    if !cut {
        out.append(&mut gap);
    }
    let mut text = String::new();
    let Some(&last) = out.last() else { return text };
    for &i in &out {
        text.push_str(doc.lines[i].raw());
        if i == last && !final_newline {
            break;
        }
        match line_ends {
            None => text.push('\n'),
            Some(ends) => text.push_str(ends.get(i).map(String::as_str).unwrap_or("")),
        }
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Features, Shape};

    fn doc(rows: &[(&str, Label, Option<Category>)]) -> Doc {
        let lines = rows
            .iter()
            .map(|(t, _, _)| Features::new(t, t.trim()))
            .collect();
        let mut d = Doc::new(lines, Shape::Auto, "en", None);
        for (s, (_, label, category)) in d.states.iter_mut().zip(rows) {
            s.label = *label;
            s.category = *category;
        }
        d
    }

    const B: Option<Category> = Some(Category::Body);

    #[test]
    fn a_gap_left_by_dropped_lines_keeps_one_blank_line() {
        let d = doc(&[
            ("a", Label::Keep, B),
            ("", Label::Blank, None),
            ("", Label::Blank, None),
            ("ad", Label::Drop, None),
            ("", Label::Blank, None),
            ("b", Label::Keep, B),
        ]);
        assert_eq!(render(&d, Part::Article, true, None), "a\n\nb\n");
        assert_eq!(render(&d, Part::Article, false, None), "a\n\nb");
    }

    #[test]
    fn blank_lines_between_kept_lines_stay() {
        let d = doc(&[("a", Label::Keep, B), ("", Label::Blank, None), ("", Label::Blank, None), ("b", Label::Keep, B)]);
        assert_eq!(render(&d, Part::Article, false, None), "a\n\n\nb");
    }

    #[test]
    fn line_ends_are_the_inputs_own() {
        let d = doc(&[("a", Label::Keep, B), ("x", Label::Drop, None), ("b", Label::Keep, B)]);
        let ends = vec!["\r\n".to_string(), "\r\n".to_string(), "\r".to_string()];
        assert_eq!(render(&d, Part::Article, true, Some(&ends)), "a\r\nb\r");
        assert_eq!(render(&d, Part::Article, false, Some(&ends)), "a\r\nb");
    }

    #[test]
    fn body_leaves_out_the_headline() {
        let d = doc(&[("T", Label::Keep, Some(Category::Headline)), ("b", Label::Keep, B)]);
        assert_eq!(render(&d, Part::Body, false, None), "b");
        assert_eq!(render(&d, Part::Article, false, None), "T\nb");
    }

    #[test]
    fn nothing_kept_is_empty() {
        let d = doc(&[("x", Label::Drop, None), ("", Label::Blank, None)]);
        assert_eq!(render(&d, Part::Article, true, None), "");
    }
}
