//! `govdiff OLD NEW`: the comparison as a coloured (or marked-up) view for the terminal.
//!
//! Deletions are red and struck through, insertions green and underlined; without colour they are
//! `[-…-]` and `{+…+}` so plain text and snapshots stay readable. Long unchanged runs are cut to a
//! little context. Lines wrap at the terminal width, CJK characters counting two columns.

use std::fmt::Write as _;

use unicode_width::UnicodeWidthChar;

use super::{Palette, sanitize, thousands, truncate};
use crate::compare::{Comparison, Counts, Level, Op, SectionChange, Status};

/// How to lay the view out.
#[derive(Debug, Clone, Copy)]
pub struct Layout {
    /// Terminal width in columns.
    pub columns: usize,
    /// Characters of unchanged text kept on each side of a change.
    pub context: usize,
    /// List every matched figure, not only the headline ones (targets paragraph, opening results).
    pub all_figures: bool,
    /// Lines shown per list of initiatives and phrases.
    pub top: usize,
}

impl Default for Layout {
    fn default() -> Self {
        Layout {
            columns: 100,
            context: 24,
            all_figures: false,
            top: 10,
        }
    }
}

const INDENT: &str = "   ";

/// Renders the whole comparison: header, figures, then the sections.
pub fn render(c: &Comparison, palette: &Palette, layout: Layout) -> String {
    let mut out = header(c, palette);
    out.push('\n');
    out.push_str(&figures(c, palette, layout));
    out.push('\n');
    let years = super::initiatives_terminal::Years {
        old: c.old.year,
        new: c.new.year,
    };
    out.push_str(&super::initiatives_terminal::render(
        &c.initiatives,
        &c.phrases,
        years,
        palette,
        layout.columns,
        layout.top,
    ));
    for s in &c.sections {
        out.push('\n');
        out.push_str(&section(s, palette, layout));
    }
    out
}

/// Titles, similarity and counts: the first lines a reader sees.
pub fn header(c: &Comparison, palette: &Palette) -> String {
    let mut out = String::new();
    let name = |d: &crate::compare::Document| {
        // Without a title, the file's name: its folders only push the other report off the line.
        let title = d.title.clone().unwrap_or_else(|| {
            let base = d.path.rsplit(['/', '\\']).next().unwrap_or(&d.path);
            base.to_string()
        });
        match d.year {
            Some(y) => format!("{title} ({y})"),
            None => title,
        }
    };
    writeln!(
        out,
        "{}",
        palette.title(&sanitize(&format!("{} → {}", name(&c.old), name(&c.new))))
    )
    .unwrap();
    let s = &c.summary;
    let mut line = Vec::new();
    match (&c.old.government, &c.new.government) {
        (Some(a), Some(b)) if a == b => line.push(a.clone()),
        (Some(a), Some(b)) => line.push(format!("{a} → {b}")),
        _ => {}
    }
    line.push(format!("{:.1}% unchanged", s.similarity * 100.0));
    line.push(format!(
        "{} → {} chars",
        thousands(c.old.body_chars),
        thousands(c.new.body_chars)
    ));
    line.push(format!(
        "{} deleted, {} inserted",
        thousands(s.deleted_chars),
        thousands(s.inserted_chars)
    ));
    writeln!(out, "{}", sanitize(&line.join(" · "))).unwrap();
    let mut counts = Vec::new();
    for (what, n) in [
        ("parts", &s.parts),
        ("sections", &s.sections),
        ("paragraphs", &s.paragraphs),
    ] {
        if let Some(text) = counts_text(n) {
            counts.push(format!("{what}: {text}"));
        }
    }
    if !counts.is_empty() {
        writeln!(out, "{}", palette.dim(&counts.join(" · "))).unwrap();
    }
    for w in &c.warnings {
        writeln!(out, "{}", palette.warn(&format!("warning: {}", sanitize(w)))).unwrap();
    }
    out
}

/// The numbers table: headline figures (or all), with a line saying what was left out.
pub fn figures(c: &Comparison, palette: &Palette, layout: Layout) -> String {
    let shown: Vec<_> = c
        .numbers
        .iter()
        .filter(|n| layout.all_figures || n.headline)
        .cloned()
        .collect();
    let hidden = c.numbers.len() - shown.len();
    let mut out = String::new();
    let title = if layout.all_figures {
        "figures"
    } else {
        "headline figures (targets and the year's main results)"
    };
    writeln!(out, "{}", palette.title(title)).unwrap();
    out.push_str(&super::numbers_terminal::changes(&shown, palette, layout.columns));
    if hidden > 0 {
        writeln!(
            out,
            "{}",
            palette.dim(&format!(
                "… and {hidden} more figures matched across the years (--figures all)"
            ))
        )
        .unwrap();
    }
    out
}

fn counts_text(n: &Counts) -> Option<String> {
    let items: Vec<String> = [
        (n.matched, "matched"),
        (n.moved, "moved"),
        (n.added, "added"),
        (n.removed, "removed"),
        (n.split, "split"),
        (n.merged, "merged"),
    ]
    .into_iter()
    .filter(|(k, _)| *k > 0)
    .map(|(k, what)| format!("{k} {what}"))
    .collect();
    (!items.is_empty()).then(|| items.join(", "))
}

fn status_name(s: Status) -> &'static str {
    match s {
        Status::Matched => "matched",
        Status::Moved => "moved",
        Status::Added => "added",
        Status::Removed => "removed",
        Status::Split => "split",
        Status::Merged => "merged",
    }
}

/// One aligned pair: a heading line naming both sides, then the inline word diff.
pub fn section(s: &SectionChange, palette: &Palette, layout: Layout) -> String {
    let mut out = String::new();
    let unchanged = s.changes.iter().all(|c| c.op == Op::Equal) && s.status == Status::Matched;
    let paths = match (&s.old, &s.new) {
        (Some(o), Some(n)) if o.path == n.path && s.status == Status::Matched => o.path.clone(),
        (Some(o), Some(n)) => format!("{} → {}", o.path, n.path),
        (Some(o), None) => format!("- {}", o.path),
        (None, Some(n)) => format!("+ {}", n.path),
        (None, None) => String::new(),
    };
    let mut status = status_name(s.status).to_string();
    if !s.group.is_empty() {
        let with = s.group.join(", ");
        status = match s.status {
            Status::Split => format!("split, also into {with}"),
            Status::Merged => format!("merged, with {with}"),
            _ => status,
        };
    }
    if unchanged {
        status = "unchanged".into();
    } else if s.old.is_some() && s.new.is_some() {
        status = format!("{status} · {:.0}% unchanged", s.similarity * 100.0);
    }
    let heading = s
        .new
        .as_ref()
        .or(s.old.as_ref())
        .and_then(|n| n.heading.clone())
        .unwrap_or_default();
    let rule = if s.level == Level::Part {
        "━━"
    } else {
        "──"
    };
    let label = format!("{rule} {paths}  {status}");
    let room = layout.columns.saturating_sub(super::width(&label) + 3);
    let heading = if heading.is_empty() || room < 6 {
        String::new()
    } else {
        format!("  {}", truncate(&sanitize(&heading), room))
    };
    let label = match s.status {
        Status::Added => palette.inserted_label(&sanitize(&label)),
        Status::Removed => palette.deleted_label(&sanitize(&label)),
        _ if s.level == Level::Part => palette.title(&sanitize(&label)),
        _ => palette.path(&sanitize(&label)),
    };
    writeln!(out, "{label}{}", palette.dim(&heading)).unwrap();
    if unchanged {
        return out;
    }
    let styled = styled_changes(s, palette, layout.context);
    for line in wrap(&styled, layout.columns.saturating_sub(INDENT.len()).max(10)) {
        writeln!(out, "{INDENT}{}", paint(&line, palette)).unwrap();
    }
    out
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Style {
    Plain,
    Deleted,
    Inserted,
    Elided,
}

/// The pair's diff as styled characters, with unchanged runs elided and, without colour, markers.
fn styled_changes(s: &SectionChange, palette: &Palette, context: usize) -> Vec<(char, Style)> {
    let mut out = Vec::new();
    let n = s.changes.len();
    for (k, change) in s.changes.iter().enumerate() {
        let text = sanitize(&change.text);
        match change.op {
            Op::Equal => {
                let chars: Vec<char> = text.chars().collect();
                let (keep_head, keep_tail) = (k > 0, k + 1 < n);
                let head = if keep_head { context } else { 0 };
                let tail = if keep_tail { context } else { 0 };
                if chars.len() > head + tail + 6 {
                    let head_end = if head == 0 { 0 } else { phrase_end(&chars, head) };
                    let tail_start = if tail == 0 {
                        chars.len()
                    } else {
                        phrase_start(&chars, chars.len() - tail)
                    };
                    let tail_start = tail_start.max(head_end);
                    out.extend(chars[..head_end].iter().map(|&c| (c, Style::Plain)));
                    out.extend(" … ".chars().map(|c| (c, Style::Elided)));
                    out.extend(chars[tail_start..].iter().map(|&c| (c, Style::Plain)));
                } else {
                    out.extend(chars.iter().map(|&c| (c, Style::Plain)));
                }
            }
            Op::Delete | Op::Insert => {
                let style = if change.op == Op::Delete {
                    Style::Deleted
                } else {
                    Style::Inserted
                };
                let (open, close) = if change.op == Op::Delete {
                    ("[-", "-]")
                } else {
                    ("{+", "+}")
                };
                if !palette.enabled() {
                    out.extend(open.chars().map(|c| (c, style)));
                }
                out.extend(text.chars().map(|c| (c, style)));
                if !palette.enabled() {
                    out.extend(close.chars().map(|c| (c, style)));
                }
            }
        }
    }
    out
}

/// How far past the context a cut may move to land on a phrase boundary.
const PHRASE_SLACK: usize = 12;

fn is_phrase_break(c: char) -> bool {
    matches!(
        c,
        '，' | '。' | '；' | '：' | '、' | '！' | '？' | ',' | ';' | ':' | '!' | '?' | '\n'
    )
}

/// The punctuation mark nearest to `at` within the slack, as a cut just after it.
fn nearest_break(chars: &[char], at: usize) -> Option<usize> {
    let from = at.saturating_sub(PHRASE_SLACK / 2);
    let to = (at + PHRASE_SLACK).min(chars.len());
    (from..to)
        .filter(|&i| is_phrase_break(chars[i]))
        .map(|i| i + 1)
        .filter(|&cut| cut > 0 && cut < chars.len())
        .min_by_key(|&cut| cut.abs_diff(at))
}

/// Where kept context after a change ends: at a punctuation mark near `at` if there is one, else
/// at `at`, moved off the middle of a number or Latin word (`181.8亿元`, `PM2.5`).
fn phrase_end(chars: &[char], at: usize) -> usize {
    nearest_break(chars, at).unwrap_or_else(|| snap(chars, at, true))
}

/// Where kept context before a change starts, likewise.
fn phrase_start(chars: &[char], at: usize) -> usize {
    nearest_break(chars, at).unwrap_or_else(|| snap(chars, at, false))
}

/// Moves a cut point off the middle of a number or Latin word.
fn snap(chars: &[char], at: usize, forward: bool) -> usize {
    let inside = |i: usize| {
        i > 0
            && i < chars.len()
            && [chars[i - 1], chars[i]]
                .iter()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '%'))
    };
    let mut i = at.min(chars.len());
    while inside(i) {
        if forward {
            i += 1;
        } else {
            i -= 1;
        }
    }
    i
}

/// Breaks styled characters into lines of at most `columns` columns; `\n` starts a new line.
fn wrap(chars: &[(char, Style)], columns: usize) -> Vec<Vec<(char, Style)>> {
    let mut lines = vec![Vec::new()];
    let mut used = 0;
    for &(c, style) in chars {
        if c == '\n' {
            lines.push(Vec::new());
            used = 0;
            continue;
        }
        let w = c.width().unwrap_or(0);
        if used + w > columns && used > 0 {
            lines.push(Vec::new());
            used = 0;
        }
        lines.last_mut().unwrap().push((c, style));
        used += w;
    }
    lines
}

fn paint(line: &[(char, Style)], palette: &Palette) -> String {
    let mut out = String::new();
    let mut k = 0;
    while k < line.len() {
        let style = line[k].1;
        let run: String = line[k..]
            .iter()
            .take_while(|(_, s)| *s == style)
            .map(|(c, _)| *c)
            .collect();
        k += run.chars().count();
        out.push_str(&match style {
            Style::Plain => run,
            Style::Deleted => palette.deleted(&run),
            Style::Inserted => palette.inserted(&run),
            Style::Elided => palette.dim(&run),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::{Change, Node};

    fn pair(changes: Vec<(Op, &str)>) -> SectionChange {
        SectionChange {
            level: Level::Section,
            status: Status::Matched,
            old: Some(Node {
                path: "一/（一）".into(),
                heading: Some("(一)旧".into()),
                range: 0..1,
            }),
            new: Some(Node {
                path: "一/（一）".into(),
                heading: Some("(一)新".into()),
                range: 0..1,
            }),
            group: vec![],
            similarity: 0.5,
            changes: changes
                .into_iter()
                .map(|(op, t)| Change { op, text: t.into() })
                .collect(),
            old_pieces: vec![],
            new_pieces: vec![],
        }
    }

    #[test]
    fn without_colour_changes_are_marked_and_long_runs_elided() {
        let s = pair(vec![
            (Op::Equal, &"全区经济运行平稳。".repeat(10)),
            (Op::Delete, "170.6亿元"),
            (Op::Insert, "181.8亿元"),
            (Op::Equal, &"同比增长。".repeat(10)),
        ]);
        let text = section(
            &s,
            &Palette::plain(),
            Layout {
                columns: 200,
                context: 6,
                ..Layout::default()
            },
        );
        let body = text.lines().nth(1).unwrap();
        assert_eq!(
            body,
            "    … 全区经济运行平稳。[-170.6亿元-]{+181.8亿元+}同比增长。 … "
        );
    }

    #[test]
    fn wrapping_counts_cjk_as_two_columns() {
        let s = pair(vec![(Op::Insert, &"新".repeat(30))]);
        let text = section(
            &s,
            &Palette::plain(),
            Layout {
                columns: 23,
                context: 6,
                ..Layout::default()
            },
        );
        for line in text.lines().skip(1) {
            assert!(super::super::width(line) <= 23, "{line:?}");
        }
    }

    #[test]
    fn escape_sequences_from_the_input_never_reach_the_terminal() {
        let s = pair(vec![(Op::Insert, "恶意\u{1b}]52;c;cm0gLXJmIH4=\u{7}\u{1b}[2J")]);
        for palette in [Palette::plain(), Palette::new(true)] {
            let text = section(&s, &palette, Layout::default());
            let escapes: Vec<&str> = text.matches('\u{1b}').collect();
            // Only our own SGR colour codes (ESC [ … m) may appear.
            assert!(
                text.split('\u{1b}').skip(1).all(|rest| rest.starts_with('[')
                    && rest[1..]
                        .trim_start_matches(|c: char| c.is_ascii_digit() || c == ';')
                        .starts_with('m')),
                "{text:?} {}",
                escapes.len()
            );
            assert!(text.contains("\\u{1b}]52"));
        }
    }

    #[test]
    fn cuts_never_split_a_number() {
        let chars: Vec<char> = "完成181.8亿元".chars().collect();
        assert_eq!(snap(&chars, 4, true), 7);
        assert_eq!(snap(&chars, 4, false), 2);
    }
}
