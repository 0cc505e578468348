//! Initiatives and phrases for the terminal: what was added, dropped, renamed, the new wordings and word ranks, most salient first.
//!
//! [`render`] is the comparison view (`govdiff initiatives OLD NEW`, and the initiatives part of
//! `govdiff OLD NEW`); [`render_candidates`] lists what one report names (`govdiff terms FILE`). Every
//! text from a report goes through [`sanitize`], widths are terminal columns (CJK counts two), and
//! colour comes only from the [`Palette`].

use std::fmt::Write as _;

use super::{Palette, pad, sanitize, thousands, truncate, width};
use crate::Report;
use crate::initiatives::{Candidate, Initiatives, Kind, Match, Phrase, Phrases};

/// The years compared, when the reports say; sections are headed "new in 2022", "gone since 2021".
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Years {
    pub old: Option<i32>,
    pub new: Option<i32>,
}

impl Years {
    /// The years the two reports state.
    pub fn of(old: &Report, new: &Report) -> Years {
        Years {
            old: old.outline.meta.year,
            new: new.outline.meta.year,
        }
    }

    fn old_label(&self) -> String {
        self.old
            .map_or_else(|| "the old report".into(), |y| y.to_string())
    }

    fn new_label(&self) -> String {
        self.new
            .map_or_else(|| "the new report".into(), |y| y.to_string())
    }
}

/// The comparison view in at most `columns` terminal columns, each list cut to `top` lines.
///
/// Sections, most salient first: initiatives added, dropped, renamed or reworded; new and vanished
/// phrases; the new report's most frequent words with their rank the year before; initiatives kept
/// as they were.
pub fn render(
    found: &Initiatives,
    phrases: &Phrases,
    years: Years,
    palette: &Palette,
    columns: usize,
    top: usize,
) -> String {
    render_with_warnings(found, phrases, years, &[], palette, columns, top)
}

/// `govdiff initiatives OLD NEW`: the view of [`render`], with what the two reports' outlines warn
/// about (no parts found…) under its summary line, as the comparison view has it in its header.
pub fn render_standalone(
    found: &Initiatives,
    phrases: &Phrases,
    old: &Report,
    new: &Report,
    palette: &Palette,
    columns: usize,
    top: usize,
) -> String {
    let mut warnings = crate::compare::report_warnings(old, new);
    warnings.extend(found.warnings());
    render_with_warnings(
        found,
        phrases,
        Years::of(old, new),
        &warnings,
        palette,
        columns,
        top,
    )
}

fn render_with_warnings(
    found: &Initiatives,
    phrases: &Phrases,
    years: Years,
    warnings: &[String],
    palette: &Palette,
    columns: usize,
    top: usize,
) -> String {
    let columns = columns.max(40);
    let mut out = String::new();
    // Written a little differently (`十四五` / `“十四五”`) is kept as it was; renamed is a merge.
    let (renamed, mut unchanged): (Vec<_>, Vec<_>) = found.kept.iter().partition(|k| k.how != Match::Same);
    unchanged.sort_by_key(|k| std::cmp::Reverse(k.old.count + k.new.count));
    let summary = format!(
        "initiatives {} → {}: {} added · {} dropped · {} kept, {} of them renamed",
        years.old_label(),
        years.new_label(),
        thousands(found.added.len()),
        thousands(found.dropped.len()),
        thousands(found.kept.len()),
        thousands(renamed.len())
    );
    writeln!(out, "{}", palette.title(&truncate(&summary, columns))).unwrap();
    for w in warnings {
        writeln!(out, "{}", palette.warn(&format!("warning: {}", sanitize(w)))).unwrap();
    }

    let glossary = found
        .added
        .iter()
        .chain(&found.dropped)
        .take(top.saturating_mul(2))
        .any(|c| c.glossary.is_some());
    terms_section(
        &mut out,
        &format!("new in {}", years.new_label()),
        &found.added,
        '+',
        palette,
        columns,
        top,
    );
    terms_section(
        &mut out,
        &format!("gone since {}", years.old_label()),
        &found.dropped,
        '-',
        palette,
        columns,
        top,
    );
    if glossary {
        writeln!(
            out,
            "{}",
            palette.dim("  * explained in the report's own glossary")
        )
        .unwrap();
    }

    heading(
        &mut out,
        "renamed or reworded (one initiative, merged)",
        renamed.len(),
        palette,
        columns,
    );
    let pairs: Vec<(String, String, String)> = renamed
        .iter()
        .take(top)
        .map(|k| {
            (
                sanitize(&k.old.term),
                sanitize(&k.new.term),
                format!("×{} → ×{}  {}", k.old.count, k.new.count, k.how.as_str()),
            )
        })
        .collect();
    let old_col = pairs
        .iter()
        .map(|(o, _, _)| width(o))
        .max()
        .unwrap_or(0)
        .min(columns * 2 / 5);
    let tail_col = pairs.iter().map(|(_, _, t)| width(t)).max().unwrap_or(0);
    let new_col = pairs
        .iter()
        .map(|(_, n, _)| width(n))
        .max()
        .unwrap_or(0)
        .min(columns.saturating_sub(4 + old_col + 3 + 2 + tail_col).max(8));
    for (old, new, tail) in &pairs {
        writeln!(
            out,
            "  ~ {} → {}  {}",
            palette.deleted(&pad(&truncate(old, old_col), old_col)),
            palette.inserted(&pad(&truncate(new, new_col), new_col)),
            palette.dim(tail)
        )
        .unwrap();
    }
    more(&mut out, renamed.len(), top, palette);

    phrases_section(
        &mut out,
        &format!("new wordings in {} (新提法)", years.new_label()),
        &phrases.added,
        '+',
        palette,
        columns,
        top,
    );
    phrases_section(
        &mut out,
        &format!("wordings gone since {}", years.old_label()),
        &phrases.dropped,
        '-',
        palette,
        columns,
        top,
    );
    words_section(&mut out, phrases, years, palette, columns, top);

    heading(
        &mut out,
        "kept as they were, most mentioned first",
        unchanged.len(),
        palette,
        columns,
    );
    let rows: Vec<(String, String)> = unchanged
        .iter()
        .take(top)
        .map(|k| {
            (
                sanitize(&k.new.term),
                format!("×{} → ×{}", k.old.count, k.new.count),
            )
        })
        .collect();
    let term_col = rows
        .iter()
        .map(|(t, _)| width(t))
        .max()
        .unwrap_or(0)
        .min(columns * 2 / 3);
    for (term, counts) in &rows {
        writeln!(
            out,
            "  = {}  {}",
            pad(&truncate(term, term_col), term_col),
            palette.dim(counts)
        )
        .unwrap();
    }
    more(&mut out, unchanged.len(), top, palette);
    out
}

fn heading(out: &mut String, title: &str, n: usize, palette: &Palette, columns: usize) {
    out.push('\n');
    let line = format!("{title} ({})", thousands(n));
    writeln!(out, "{}", palette.title(&truncate(&line, columns))).unwrap();
    if n == 0 {
        writeln!(out, "{}", palette.dim("  (none)")).unwrap();
    }
}

fn more(out: &mut String, n: usize, top: usize, palette: &Palette) {
    if n > top {
        writeln!(
            out,
            "{}",
            palette.dim(&format!("  … and {} more", thousands(n - top)))
        )
        .unwrap();
    }
}

/// One line per term: marker, term, count, first path, a quote with the term in it.
struct Row {
    term: String,
    count: String,
    path: String,
    quote: String,
}

fn rows_out(out: &mut String, rows: &[Row], marker: char, palette: &Palette, columns: usize) {
    let term_col = rows
        .iter()
        .map(|r| width(&r.term))
        .max()
        .unwrap_or(0)
        .min(columns * 2 / 5);
    let count_col = rows.iter().map(|r| width(&r.count)).max().unwrap_or(0);
    let path_col = rows.iter().map(|r| width(&r.path)).max().unwrap_or(0).min(16);
    let quote_col = columns.saturating_sub(4 + term_col + 2 + count_col + 2 + path_col + 2);
    for r in rows {
        let term = pad(&truncate(&r.term, term_col), term_col);
        let term = match marker {
            '+' => palette.inserted(&term),
            '-' => palette.deleted(&term),
            _ => term,
        };
        let count = format!(
            "{}{}",
            " ".repeat(count_col.saturating_sub(width(&r.count))),
            r.count
        );
        let mut line = format!(
            "  {marker} {term}  {count}  {}",
            palette.path(&pad(&truncate(&r.path, path_col), path_col)),
        );
        if quote_col >= 10 && !r.quote.is_empty() {
            line.push_str("  ");
            line.push_str(&highlight(&truncate(&r.quote, quote_col), &r.term, palette));
        }
        writeln!(out, "{}", line.trim_end()).unwrap();
    }
}

/// The quote, dimmed, with the term in it in bold where it occurs whole.
fn highlight(quote: &str, term: &str, palette: &Palette) -> String {
    match quote.find(term).filter(|_| !term.is_empty()) {
        Some(at) => format!(
            "{}{}{}",
            palette.dim(&quote[..at]),
            palette.title(term),
            palette.dim(&quote[at + term.len()..])
        ),
        None => palette.dim(quote),
    }
}

fn terms_section(
    out: &mut String,
    title: &str,
    list: &[Candidate],
    marker: char,
    palette: &Palette,
    columns: usize,
    top: usize,
) {
    let rows = list.iter().map(|c| Row {
        term: sanitize(&c.term),
        count: format!("{}×{}", if c.glossary.is_some() { "*" } else { "" }, c.count),
        path: sanitize(c.path()),
        quote: sanitize(c.quote()),
    });
    list_section(out, title, list.len(), rows, marker, palette, columns, top);
}

fn phrases_section(
    out: &mut String,
    title: &str,
    list: &[Phrase],
    marker: char,
    palette: &Palette,
    columns: usize,
    top: usize,
) {
    let rows = list.iter().map(|p| Row {
        term: sanitize(&p.phrase),
        count: format!("×{}", p.count),
        path: sanitize(p.path()),
        quote: sanitize(p.quote()),
    });
    list_section(out, title, list.len(), rows, marker, palette, columns, top);
}

/// A heading with the list's size, its first `top` rows, and how many more there are.
#[allow(clippy::too_many_arguments)]
fn list_section(
    out: &mut String,
    title: &str,
    total: usize,
    rows: impl Iterator<Item = Row>,
    marker: char,
    palette: &Palette,
    columns: usize,
    top: usize,
) {
    heading(out, title, total, palette, columns);
    let rows: Vec<Row> = rows.take(top).collect();
    rows_out(out, &rows, marker, palette, columns);
    more(out, total, top, palette);
}

/// The new report's most frequent words: `稳  ×78  rank 3 → 1`.
fn words_section(
    out: &mut String,
    phrases: &Phrases,
    years: Years,
    palette: &Palette,
    columns: usize,
    top: usize,
) {
    // The new report's words, each with its tally there and its written form made safe.
    let mut ranked: Vec<_> = phrases
        .words
        .iter()
        .filter_map(|w| Some((w, w.new?, sanitize(&w.word))))
        .collect();
    ranked.sort_by_key(|(w, new, _)| (new.rank, w.old.map_or(usize::MAX, |t| t.rank)));
    out.push('\n');
    let title = format!(
        "most frequent words in {} ({} counted; {} in {})",
        years.new_label(),
        thousands(phrases.new_words),
        thousands(phrases.old_words),
        years.old_label()
    );
    writeln!(out, "{}", palette.title(&truncate(&title, columns))).unwrap();
    let shown: Vec<_> = ranked.into_iter().take(top).collect();
    let word_col = shown.iter().map(|(_, _, word)| width(word)).max().unwrap_or(0);
    for (w, new, word) in shown {
        let change = match w.old {
            Some(old) if old.rank == new.rank => {
                format!("rank {} (×{} in {})", new.rank, old.count, years.old_label())
            }
            Some(old) => format!(
                "rank {} → {} (×{} in {})",
                old.rank,
                new.rank,
                old.count,
                years.old_label()
            ),
            None => format!("new (not used in {})", years.old_label()),
        };
        let arrow = match w.old {
            Some(old) if old.rank > new.rank => palette.inserted("↑"),
            Some(old) if old.rank < new.rank => palette.deleted("↓"),
            Some(_) => " ".into(),
            None => palette.inserted("★"),
        };
        let head = format!(
            "  {:>3}. {}  {:>5}  ",
            new.rank,
            pad(&word, word_col),
            format!("×{}", new.count)
        );
        let room = columns.saturating_sub(width(&head) + 2).max(8);
        writeln!(out, "{head}{arrow} {}", palette.dim(&truncate(&change, room))).unwrap();
    }
}

/// What one report names (`govdiff terms FILE`): glossary entries, quoted terms, titles and names,
/// each with its count, paths and a quote (the glossary's explanation for glossary entries).
pub fn render_candidates(report: &Report, found: &[Candidate], palette: &Palette, columns: usize) -> String {
    let columns = columns.max(40);
    let meta = crate::written::meta(report);
    let mut out = String::new();
    let title = meta.title.as_deref().unwrap_or("(no title found)");
    writeln!(out, "{}", palette.title(&truncate(&sanitize(title), columns))).unwrap();
    let count = |kind: Kind| found.iter().filter(|c| c.kind == kind).count();
    let summary = sanitize(&format!(
        "{} · {} · {} candidates: {} glossary · {} quoted · {} titles · {} names",
        meta.government.as_deref().unwrap_or("government unknown"),
        meta.year.map_or("year unknown".into(), |y| y.to_string()),
        thousands(found.len()),
        count(Kind::Glossary),
        count(Kind::Quoted),
        count(Kind::Title),
        count(Kind::Name)
    ));
    writeln!(out, "{}", palette.dim(&truncate(&summary, columns))).unwrap();
    for w in &report.outline.warnings {
        writeln!(out, "{}", palette.warn(&format!("warning: {}", sanitize(w)))).unwrap();
    }
    for (kind, title) in [
        (Kind::Glossary, "glossary entries"),
        (Kind::Quoted, "quoted terms"),
        (Kind::Title, "titles"),
        (Kind::Name, "names"),
    ] {
        let list: Vec<&Candidate> = found.iter().filter(|c| c.kind == kind).collect();
        heading(&mut out, title, list.len(), palette, columns);
        let rows: Vec<Row> = list
            .iter()
            .map(|c| {
                let paths = c.paths();
                let path = match paths.len() {
                    0 | 1 => paths.join(""),
                    n => format!("{} +{}", paths[0], n - 1),
                };
                Row {
                    term: sanitize(&c.term),
                    count: format!("×{}", c.count),
                    path: sanitize(&path),
                    quote: sanitize(c.glossary.as_deref().unwrap_or(c.quote())),
                }
            })
            .collect();
        rows_out(&mut out, &rows, ' ', palette, columns);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::Segmenter;

    fn compared() -> (Report, Report, Initiatives, Phrases) {
        let report = |year: u32, body: &str| {
            let text = format!(
                "{year}年某区政府工作报告\n各位代表：\n一、工作回顾\n{body}\n二、{year}年工作\n正文。"
            );
            Report::from_bytes(&format!("{year}.txt"), text.as_bytes()).unwrap()
        };
        let old = report(
            2021,
            "深化开展“项目建设年”活动。推进“两新一重”建设。深化“放管服”改革。稳就业。",
        );
        let new = report(
            2022,
            "扎实开展“项目建设和招商引资年”活动。深入开展“万人助万企”活动。深化“放管服”改革。\u{1b}[31m稳增长、稳就业、稳物价。",
        );
        let (found, phrases) = crate::initiatives::analyse(&old, &new, &Segmenter::full());
        (old, new, found, phrases)
    }

    #[test]
    fn sections_come_most_salient_first_and_say_their_years() {
        let (old, new, found, phrases) = compared();
        let view = render(
            &found,
            &phrases,
            Years::of(&old, &new),
            &Palette::plain(),
            100,
            10,
        );
        let at = |s: &str| view.find(s).unwrap_or_else(|| panic!("{s} missing in\n{view}"));
        assert!(at("new in 2022 (1)") < at("gone since 2021 (1)"));
        assert!(at("gone since 2021") < at("renamed or reworded (one"));
        assert!(at("renamed or reworded (one") < at("most frequent words in 2022"));
        assert!(at("most frequent words") < at("kept as they were"));
        assert!(
            view.contains("  + “万人助万企”活动  ×1  一/p1  深入开展“万人助万企”活动。"),
            "{view}"
        );
        assert!(
            view.contains("“项目建设年”活动 → “项目建设和招商引资年”活动"),
            "{view}"
        );
        assert!(view.contains("  = “放管服”改革  ×1 → ×1"), "{view}");
        assert!(view.contains("稳"), "{view}");
    }

    #[test]
    fn input_text_is_sanitized_and_lines_fit_the_columns() {
        let (old, new, found, phrases) = compared();
        let view = render(&found, &phrases, Years::of(&old, &new), &Palette::plain(), 60, 10);
        assert!(!view.contains('\u{1b}'), "{view}");
        for line in view.lines() {
            assert!(width(line) <= 60, "{} columns: {line}", width(line));
        }
    }

    #[test]
    fn lists_are_cut_to_top_and_say_how_many_more() {
        let (old, new, found, phrases) = compared();
        let view = render(&found, &phrases, Years::of(&old, &new), &Palette::plain(), 100, 0);
        assert!(view.contains("new in 2022 (1)\n  … and 1 more"), "{view}");
    }

    #[test]
    fn colour_only_when_the_palette_has_it() {
        let (old, new, found, phrases) = compared();
        let years = Years::of(&old, &new);
        let plain = render(&found, &phrases, years, &Palette::plain(), 100, 10);
        let coloured = render(&found, &phrases, years, &Palette::new(true), 100, 10);
        assert!(!plain.contains("\u{1b}["));
        assert!(coloured.contains("\u{1b}["));
    }

    #[test]
    fn unknown_years_are_named_as_the_reports() {
        let (_, _, found, phrases) = compared();
        let view = render(&found, &phrases, Years::default(), &Palette::plain(), 100, 10);
        assert!(
            view.starts_with("initiatives the old report → the new report:"),
            "{view}"
        );
    }

    #[test]
    fn candidates_of_one_report_by_kind() {
        let (_, new, _, _) = compared();
        let found = crate::initiatives::extract(&new, &Segmenter::full());
        let view = render_candidates(&new, &found, &Palette::plain(), 100);
        assert!(view.contains("quoted terms (3)"), "{view}");
        assert!(view.contains("glossary entries (0)\n  (none)"), "{view}");
    }
}
