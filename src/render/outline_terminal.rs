//! `govdiff outline FILE`: the outline of one report as a readable table for the terminal.

use std::fmt::Write as _;

use super::{Palette, pad, sanitize, thousands, truncate, width};
use crate::Report;
use crate::outline::{Span, Structure};
use crate::source::CutPosition;

/// Renders the outline in at most `columns` terminal columns.
pub fn render(report: &Report, palette: &Palette, columns: usize) -> String {
    let o = &report.outline;
    let meta = crate::written::meta(report);
    let src = &report.source;
    let text = |s: &Span| sanitize(report.written(s));
    let chars = |s: &Span| report.written(s).chars().count();
    let columns = columns.max(40);
    let mut out = String::new();

    let title = meta.title.as_deref().unwrap_or("(no title found)");
    writeln!(out, "{}", palette.title(&sanitize(title))).unwrap();
    let mut who = Vec::new();
    who.push(
        meta.government
            .clone()
            .unwrap_or_else(|| "government unknown".into()),
    );
    who.push(meta.year.map_or("year unknown".into(), |y| y.to_string()));
    match (&meta.speaker, &meta.office) {
        (Some(s), Some(office)) => who.push(format!("{s}（{office}）")),
        (None, Some(office)) => who.push(office.clone()),
        (Some(s), None) => who.push(s.clone()),
        (None, None) => {}
    }
    writeln!(out, "{}", sanitize(&who.join(" · "))).unwrap();
    if let Some(meeting) = &meta.meeting {
        writeln!(out, "{}", sanitize(meeting)).unwrap();
    }

    let sections: usize = o.parts.iter().map(|p| p.sections.len()).sum();
    let paragraphs = o.paragraphs().count();
    let structure = match o.structure {
        Structure::Numbered => count(o.parts.len(), "part", "parts"),
        Structure::Unnumbered => count(o.parts.len(), "unnumbered part", "unnumbered parts"),
        Structure::Flat => "no parts".into(),
    };
    writeln!(
        out,
        "{}",
        palette.dim(&format!(
            "{structure} · {} · {} · {} chars · {}",
            count(sections, "section", "sections"),
            count(paragraphs, "paragraph", "paragraphs"),
            thousands(src.text().chars().count()),
            count(o.glossary.len(), "glossary entry", "glossary entries")
        ))
    )
    .unwrap();
    writeln!(out, "{}", palette.dim(&sanitize(&input_line(report)))).unwrap();
    for w in &o.warnings {
        writeln!(out, "{}", palette.warn(&format!("warning: {}", sanitize(w)))).unwrap();
    }
    out.push('\n');

    let mut rows: Vec<(String, String, usize, usize, u8)> = Vec::new();
    if let Some(first) = o.front.first() {
        let span = first.span.start..o.front.last().map_or(first.span.end, |p| p.span.end);
        rows.push(("front".into(), text(&first.span), o.front.len(), chars(&span), 0));
    }
    for p in &o.parts {
        let heading = if p.is_implicit() {
            "(body without parts)".into()
        } else {
            text(&p.heading)
        };
        rows.push((p.path.clone(), heading, p.paragraphs().count(), chars(&p.span), 1));
        for s in &p.sections {
            rows.push((
                s.path.clone(),
                text(&s.heading),
                s.paragraphs.len(),
                chars(&s.span),
                2,
            ));
        }
    }
    if let Some(h) = &o.glossary_heading {
        let span = h.start..o.glossary.last().map_or(h.end, |e| e.span.end);
        rows.push(("glossary".into(), text(h), o.glossary.len(), chars(&span), 1));
    }
    if let Some(first) = o.annex.first() {
        let span = first.span.start..o.annex.last().map_or(first.span.end, |p| p.span.end);
        rows.push(("annex".into(), text(&first.span), o.annex.len(), chars(&span), 1));
    }

    let path_col = rows.iter().map(|r| width(&r.0)).max().unwrap_or(4).max(4) + 2;
    let count_col = 4;
    let chars_col = 8;
    let heading_col = columns
        .saturating_sub(path_col + count_col + chars_col + 2)
        .max(10);
    writeln!(
        out,
        "{}",
        palette.dim(&format!(
            "{}{}{:>count_col$}{:>chars_col$}",
            pad("path", path_col),
            pad("heading", heading_col + 2),
            "¶",
            "chars"
        ))
    )
    .unwrap();
    for (path, heading, count, n, level) in rows {
        let path_cell = pad(&path, path_col);
        let path_cell = if level == 2 {
            palette.dim(&path_cell)
        } else {
            palette.path(&path_cell)
        };
        let heading = pad(&truncate(&heading, heading_col), heading_col + 2);
        let heading = if level == 1 {
            palette.title(&heading)
        } else {
            heading
        };
        writeln!(
            out,
            "{path_cell}{heading}{count:>count_col$}{:>chars_col$}",
            thousands(n)
        )
        .unwrap();
    }

    if !o.glossary.is_empty() {
        out.push('\n');
        writeln!(
            out,
            "{}",
            palette.title(&format!("glossary ({} entries)", o.glossary.len()))
        )
        .unwrap();
        let term_col = o
            .glossary
            .iter()
            .map(|e| width(&sanitize(&e.term)))
            .max()
            .unwrap_or(4)
            .min(24)
            + 2;
        for e in &o.glossary {
            let number = format!("{:>3}. ", e.number);
            let term = pad(&truncate(&sanitize(&e.term), term_col - 2), term_col);
            let room = columns.saturating_sub(width(&number) + term_col).max(10);
            writeln!(
                out,
                "{number}{}{}",
                palette.path(&term),
                truncate(&sanitize(&e.explanation), room)
            )
            .unwrap();
        }
    }
    out
}

fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// `input: FILE · UTF-8 · cut 31 lines before the report (设为首页收藏本站 …), 17 after (…)`.
fn input_line(report: &Report) -> String {
    let src = &report.source;
    let mut parts = vec![
        format!("input: {}", src.name()),
        src.encoding().name().to_string(),
    ];
    let fixes = src.fixes();
    if fixes.html {
        parts.push("HTML page".into());
    }
    if fixes.resplit_single_line {
        parts.push("one-line text split at its indentation".into());
    }
    if fixes.literal_line_breaks > 0 {
        parts.push(format!(
            "{} literal \\r\\n made line breaks",
            fixes.literal_line_breaks
        ));
    }
    if fixes.traditional > 0 {
        parts.push(format!(
            "{} traditional characters read as simplified",
            thousands(fixes.traditional)
        ));
    }
    if fixes.joined_lines > 0 {
        parts.push(format!("{} broken lines joined", fixes.joined_lines));
    }
    // One entry per kind of cut, in input order: `31 lines before the report (设为首页收藏本站)`.
    let mut cuts: Vec<(CutPosition, usize, &str)> = Vec::new();
    for c in src.cuts() {
        match cuts.iter_mut().find(|(p, _, _)| *p == c.position) {
            Some((_, lines, _)) => *lines += c.lines,
            None => cuts.push((c.position, c.lines, c.text.lines().next().unwrap_or(""))),
        }
    }
    let cuts: Vec<String> = cuts
        .into_iter()
        .map(|(position, lines, first)| {
            let what = match position {
                CutPosition::Before => "before the report",
                CutPosition::Header => "inside its header",
                CutPosition::Duplicate => "repeated",
                CutPosition::After => "after the report",
            };
            format!(
                "{} {what} ({})",
                count(lines, "line", "lines"),
                truncate(first, 24)
            )
        })
        .collect();
    if cuts.is_empty() {
        parts.push("nothing cut".into());
    } else {
        parts.push(format!("cut {}", cuts.join(", ")));
    }
    parts.join(" · ")
}
