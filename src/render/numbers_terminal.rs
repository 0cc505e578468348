//! Figures as terminal tables: a comparison's number changes (▲/▼/=) and `govdiff numbers FILE`.

use std::fmt::Write as _;

use super::{Palette, pad, sanitize, truncate, width};
use crate::Report;
use crate::numbers::{Change, Figure, NumberChange, Role};

/// The mark of a change: ▲ increased, ▼ decreased, = unchanged, ≈ same value with another
/// qualifier, + added, − dropped.
pub fn mark(change: Change) -> &'static str {
    match change {
        Change::Increased => "▲",
        Change::Decreased => "▼",
        Change::Unchanged => "=",
        Change::QualifierChanged => "≈",
        Change::Added => "+",
        Change::Dropped => "−",
    }
}

fn paint_mark(palette: &Palette, change: Change, text: &str) -> String {
    match change {
        Change::Increased | Change::Added => palette.inserted(text),
        Change::Decreased | Change::QualifierChanged => palette.warn(text),
        Change::Dropped => palette.deleted(text),
        Change::Unchanged => palette.dim(text),
    }
}

fn role_label(role: Role) -> &'static str {
    match role {
        Role::Target => "target",
        Role::Actual => "actual",
        Role::Plan => "plan",
        Role::Other => "other",
    }
}

/// A figure as the table shows it: as written, with the qualifier or decline it takes from a list
/// (`PM2.5、PM10年均浓度分别下降18.2%和11.7%` shows `下降11.7%`).
fn shown(f: &Figure) -> String {
    let q = &f.quantity;
    let mut text = sanitize(&q.raw);
    if let Some(word) = &q.qualifier
        && !q.raw.contains(word.as_str())
    {
        text = format!("{}{text}", sanitize(word));
    }
    if q.direction == Some(crate::numbers::Direction::Down)
        && q.value < 0.0
        && !q.raw.starts_with(|c: char| "下降减回缩收压".contains(c))
    {
        text = format!("下降{text}");
    }
    text
}

/// The comparison's numbers table in at most `columns` terminal columns: indicator, role, old,
/// new, change. Rows keep the order of `changes`; headline rows carry a `*`.
pub fn changes(changes: &[NumberChange], palette: &Palette, columns: usize) -> String {
    let mut out = String::new();
    if changes.is_empty() {
        writeln!(out, "{}", palette.dim("no figures to compare")).unwrap();
        return out;
    }
    let value = |f: &Option<Figure>| f.as_ref().map_or("—".to_string(), shown);
    let rows: Vec<(String, &'static str, String, String, &NumberChange)> = changes
        .iter()
        .map(|c| {
            let star = if c.headline { "*" } else { " " };
            (
                format!("{star}{}", sanitize(&c.indicator)),
                role_label(c.role),
                value(&c.old),
                value(&c.new),
                c,
            )
        })
        .collect();
    let columns = columns.max(50);
    let role_col = 8;
    let old_col = rows.iter().map(|r| width(&r.2)).max().unwrap_or(3).clamp(3, 16) + 2;
    let new_col = rows.iter().map(|r| width(&r.3)).max().unwrap_or(3).clamp(3, 16) + 2;
    let change_col = 20;
    let indicator_col = rows.iter().map(|r| width(&r.0)).max().unwrap_or(9).clamp(
        9,
        columns
            .saturating_sub(role_col + old_col + new_col + change_col)
            .max(12),
    ) + 2;
    writeln!(
        out,
        "{}",
        palette.dim(&format!(
            "{}{}{}{}change",
            pad("indicator", indicator_col),
            pad("role", role_col),
            pad("old", old_col),
            pad("new", new_col)
        ))
    )
    .unwrap();
    for (indicator, role, old, new, c) in &rows {
        // `下降20.7%` → `下降2.17%` went up as a number; the words say it was a smaller fall.
        let words = c.movement().map_or(c.change.name(), |m| m.name());
        let mut change = format!("{} {}", mark(c.change), words.replace('_', " "));
        if c.qualifier_changed && c.change != Change::QualifierChanged {
            change.push_str(", qualifier");
        }
        let line = format!(
            "{}{}{}{}{}",
            pad(&truncate(indicator, indicator_col - 2), indicator_col),
            pad(role, role_col),
            pad(&truncate(old, old_col - 2), old_col),
            pad(&truncate(new, new_col - 2), new_col),
            paint_mark(palette, c.change, &change)
        );
        writeln!(out, "{}", line.trim_end()).unwrap();
        if let Some(w) = &c.words {
            let which = match w.side {
                crate::numbers::matching::Side::Old => "old",
                crate::numbers::matching::Side::New => "new",
            };
            let note = format!(
                "in words in the {which} report ({}): {}",
                sanitize(&w.path),
                sanitize(&w.text)
            );
            writeln!(
                out,
                "  {}",
                palette.dim(&truncate(&note, columns.saturating_sub(2)))
            )
            .unwrap();
        }
    }
    out
}

/// `govdiff numbers FILE`: every figure of one report with its indicator, measure, role and path,
/// for auditing the extraction.
pub fn figures(report: &Report, figures: &[Figure], palette: &Palette, columns: usize) -> String {
    let mut out = String::new();
    let meta = crate::written::meta(report);
    let title = meta.title.as_deref().unwrap_or("(no title found)");
    writeln!(out, "{}", palette.title(&sanitize(title))).unwrap();
    let count = |role: Role| figures.iter().filter(|f| f.role == role).count();
    let headline = figures.iter().filter(|f| f.headline).count();
    writeln!(
        out,
        "{}",
        palette.dim(&format!(
            "{} figures: {} target, {} actual, {} plan, {} other; {} headline (*)",
            figures.len(),
            count(Role::Target),
            count(Role::Actual),
            count(Role::Plan),
            count(Role::Other),
            headline
        ))
    )
    .unwrap();
    for w in crate::numbers::warnings(report) {
        writeln!(out, "{}", palette.warn(&format!("warning: {}", sanitize(&w)))).unwrap();
    }
    out.push('\n');
    if figures.is_empty() {
        writeln!(out, "{}", palette.dim("no figures found")).unwrap();
        return out;
    }
    let columns = columns.max(60);
    let path_col = figures
        .iter()
        .map(|f| width(&f.path))
        .max()
        .unwrap_or(4)
        .clamp(4, 16)
        + 2;
    let figure_col = figures
        .iter()
        .map(|f| width(&sanitize(&f.quantity.raw)))
        .max()
        .unwrap_or(6)
        .clamp(6, 18)
        + 2;
    let measure_col = 8;
    let role_col = 13;
    let indicator_col = columns
        .saturating_sub(path_col + figure_col + measure_col + role_col)
        .max(12);
    writeln!(
        out,
        "{}",
        palette.dim(&format!(
            "{}{}{}{}role",
            pad("path", path_col),
            pad("figure", figure_col),
            pad("indicator", indicator_col),
            pad("measure", measure_col)
        ))
    )
    .unwrap();
    let mut last_path = "";
    for f in figures {
        let path = if f.path == last_path {
            String::new()
        } else {
            f.path.clone()
        };
        last_path = &f.path;
        let role = format!(
            "{}{}{}",
            role_label(f.role),
            if f.horizon == crate::numbers::Horizon::Years {
                " years"
            } else {
                ""
            },
            if f.headline { " *" } else { "" }
        );
        let indicator = if f.indicator.is_empty() {
            "?".to_string()
        } else {
            sanitize(&f.indicator)
        };
        let line = format!(
            "{}{}{}{}{}",
            palette.path(&pad(&truncate(&sanitize(&path), path_col - 2), path_col)),
            pad(&truncate(&sanitize(&f.quantity.raw), figure_col - 2), figure_col),
            pad(&truncate(&indicator, indicator_col - 2), indicator_col),
            pad(f.measure.name(), measure_col),
            role
        );
        writeln!(out, "{}", line.trim_end()).unwrap();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::numbers;

    fn pair() -> Vec<NumberChange> {
        let old = Report::from_bytes(
            "2021.txt",
            "2021年某区政府工作报告\n各位代表：\n一、2020年工作回顾\n全区生产总值完成170.6亿元，同比增长2.4%。\n二、2021年主要目标和重点工作\n2021年经济社会发展的主要预期目标是：地区生产总值增长7%以上；居民消费价格涨幅3%左右；一般公共预算收入增长5%以上。\n让我们团结一心而努力奋斗！"
                .as_bytes(),
        )
        .unwrap();
        let new = Report::from_bytes(
            "2022.txt",
            "2022年某区政府工作报告\n各位代表：\n一、2021年工作回顾\n地区生产总值完成181.8亿元，同比增长5.3%。\n二、2022年主要目标和重点工作\n2022年经济社会发展的预期目标是：地区生产总值增长8%左右；一般公共预算收入增长5%以上；物价\u{1b}[31m保持稳定。\n让我们团结一心而努力奋斗！"
                .as_bytes(),
        )
        .unwrap();
        numbers::compare_reports(&old, &new)
    }

    #[test]
    fn the_changes_table_marks_each_move() {
        let table = changes(&pair(), &Palette::plain(), 100);
        let lines: Vec<&str> = table.lines().collect();
        assert!(lines[0].starts_with("indicator"), "{table}");
        assert!(
            lines[1].starts_with("*地区生产总值")
                && lines[1].contains("7%以上")
                && lines[1].contains("8%左右")
        );
        assert!(lines[1].contains("▲ increased, qualifier"), "{table}");
        assert!(table.contains("= unchanged"), "{table}");
        assert!(table.contains("− dropped"), "{table}");
        assert!(!table.contains('\u{1b}'));
    }

    #[test]
    fn a_smaller_fall_is_said_to_be_one() {
        let old = Report::from_bytes("2024.txt", "2024年某市政府工作报告\n各位代表：\n一、2023年工作回顾\nPM2.5平均浓度下降20.7%，单位地区生产总值能耗下降3%。\n".as_bytes()).unwrap();
        let new = Report::from_bytes("2025.txt", "2025年某市政府工作报告\n各位代表：\n一、2024年工作回顾\nPM2.5平均浓度下降2.17%，单位地区生产总值能耗上升1%。\n".as_bytes()).unwrap();
        let table = changes(&numbers::compare_reports(&old, &new), &Palette::plain(), 100);
        assert!(table.contains("▲ smaller fall"), "{table}");
        assert!(!table.contains("increased"), "{table}");
    }

    #[test]
    fn columns_line_up_with_wide_characters() {
        let table = changes(&pair(), &Palette::plain(), 100);
        let at: Vec<usize> = table
            .lines()
            .map(|l| {
                let role_end = l
                    .find("target")
                    .or_else(|| l.find("actual"))
                    .or_else(|| l.find("role"))
                    .unwrap();
                width(&l[..role_end])
            })
            .collect();
        assert!(at.windows(2).all(|w| w[0] == w[1]), "{table}");
    }

    #[test]
    fn a_target_in_words_gets_a_line_of_its_own() {
        let old = Report::from_bytes("2021.txt", "2021年某区政府工作报告\n各位代表：\n一、2020年工作回顾\n正文。\n二、2021年工作安排\n2021年经济社会发展的主要预期目标是：单位地区生产总值能耗降低3%左右。\n".as_bytes()).unwrap();
        let new = Report::from_bytes("2022.txt", "2022年某区政府工作报告\n各位代表：\n一、2021年工作回顾\n正文。\n二、2022年工作安排\n2022年经济社会发展的主要预期目标是：能耗强度目标在“十四五”规划期内统筹考核。\n".as_bytes()).unwrap();
        let table = changes(&numbers::compare_reports(&old, &new), &Palette::plain(), 100);
        let lines: Vec<&str> = table.lines().collect();
        assert!(
            lines[1].contains("降低3%左右") && lines[1].ends_with("− dropped"),
            "{table}"
        );
        assert_eq!(
            lines[2],
            "  in words in the new report (二/p1): 能耗强度目标在“十四五”规划期内统筹考核"
        );
    }

    #[test]
    fn colour_only_when_asked() {
        let coloured = changes(&pair(), &Palette::new(true), 100);
        assert!(coloured.contains("\u{1b}["));
        assert!(!changes(&pair(), &Palette::plain(), 100).contains('\u{1b}'));
    }

    #[test]
    fn an_empty_comparison_says_so() {
        assert_eq!(changes(&[], &Palette::plain(), 80), "no figures to compare\n");
    }
}
