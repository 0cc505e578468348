//! Big and pathological inputs: they finish, keep every promise, and say when they cut corners.
//!
//! No test here asserts on time (machines differ); each checks the outcome, and each input is one
//! that took minutes or gigabytes before its fix (see the comments), so a regression shows as a
//! test that no longer finishes.

mod common;

use std::time::Duration;

use govdiff::Report;
use govdiff::compare::{self, Comparison, Options};

fn report(name: &str, text: &str) -> Report {
    Report::from_bytes(name, text.as_bytes()).unwrap_or_else(|e| panic!("{e}"))
}

/// The promises every comparison keeps, however large or strange its inputs.
fn check(old: &Report, new: &Report, c: &Comparison) {
    common::check_invariants(old, new, c).unwrap_or_else(|e| panic!("{e}"));
    if c.summary.timed_out {
        assert!(
            c.warnings.iter().any(|w| w.contains("cut short")),
            "a timed-out diff must say so: {:?}",
            c.warnings
        );
    }
}

const MB: usize = 1024 * 1024;

#[test]
fn two_unrelated_megabyte_texts_of_one_line_paragraphs() {
    // 40,000 paragraphs a side: scoring every pair took 73 s and 5 GB before pairing was bounded.
    let old = report("a.txt", &common::prose(1, MB, Some(1), true));
    let new = report("b.txt", &common::prose(2, MB, Some(1), true));
    let c = compare::compare(&old, &new, &Options::default());
    check(&old, &new, &c);
    assert!(c.summary.by_paragraph);
    // Thousands of figures and names a side: pairing them by wording took seconds more.
    for bound in [
        "too many paragraphs to weigh every pair",
        "too many figures of unlisted indicators to weigh every pair of wordings",
        "too many initiatives added and dropped to weigh every pair as a renaming",
    ] {
        assert!(
            c.warnings.iter().any(|w| w.starts_with(bound)),
            "{bound}: {:?}",
            c.warnings
        );
    }
}

#[test]
fn a_megabyte_text_and_an_edited_copy_still_pair_up_when_pairing_is_bounded() {
    // Every word of this text is common, so only where paragraphs stand can pair them.
    let text = common::prose(7, MB, Some(1), false);
    let edited: Vec<String> = text
        .lines()
        .enumerate()
        .filter(|(k, _)| k % 20 != 3)
        .map(|(k, l)| {
            if k % 20 == 9 {
                l.replacen("发展", "进步", 1)
            } else {
                l.to_string()
            }
        })
        .collect();
    let old = report("a.txt", &text);
    let new = report("b.txt", &edited.join("\n"));
    let c = compare::compare(&old, &new, &Options::default());
    check(&old, &new, &c);
    assert!(
        c.warnings.iter().any(|w| w.starts_with("too many paragraphs")),
        "{:?}",
        c.warnings
    );
    assert!(c.summary.similarity > 0.9, "{}", c.summary.similarity);
}

#[test]
fn two_unrelated_megabyte_texts_of_long_paragraphs() {
    let old = report("a.txt", &common::prose(3, MB, Some(40), false));
    let new = report("b.txt", &common::prose(4, MB, Some(40), false));
    let c = compare::compare(&old, &new, &Options::default());
    check(&old, &new, &c);
    // Under the alignment's bound, every pair of paragraphs is weighed, as for any real report.
    // (Thousands of made-up names a side are over the initiatives' bound, which is another.)
    assert!(
        !c.warnings.iter().any(|w| w.starts_with("too many paragraphs")),
        "{:?}",
        c.warnings
    );
}

#[test]
fn two_unrelated_megabyte_texts_on_one_line_each() {
    // One paragraph a side and no figures to anchor on: the word diff meets its deadline.
    let old = report("a.txt", &common::prose(5, MB, None, false));
    let new = report("b.txt", &common::prose(6, MB, None, false));
    let c = compare::compare(&old, &new, &Options::default());
    check(&old, &new, &c);
}

#[test]
fn a_diff_out_of_time_degrades_and_says_so() {
    // One long part, edited here and there: small pairs are always diffed to the end, so the
    // deadline has to bite on a long one.
    let body = common::prose(7, 40_000, Some(100), true);
    let edited: Vec<String> = body
        .lines()
        .enumerate()
        .map(|(k, line)| {
            if k % 2 == 0 {
                line.replace("经济", "财政")
            } else {
                line.to_string()
            }
        })
        .collect();
    let text = |body: &str| format!("2021年某区政府工作报告\n各位代表：\n一、工作回顾\n{body}\n");
    let old = report("old.txt", &text(&body));
    let new = report("new.txt", &text(&edited.join("\n")));
    let options = Options {
        diff_timeout: Duration::ZERO,
        ..Options::default()
    };
    let c = compare::compare(&old, &new, &options);
    assert!(c.summary.timed_out);
    check(&old, &new, &c);
    let json = govdiff::render::json::render(&c);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["summary"]["timed_out"], true);
    // Coarser, not emptier: the same pairs, the same text, fewer and longer changes.
    let full = compare::compare(&old, &new, &Options::default());
    assert!(!full.summary.timed_out);
    assert_eq!(c.sections.len(), full.sections.len());
    let changes = |c: &Comparison| c.sections.iter().map(|s| s.changes.len()).sum::<usize>();
    assert!(
        changes(&c) < changes(&full),
        "{} vs {}",
        changes(&c),
        changes(&full)
    );
}

#[test]
fn thirty_thousand_parts_and_sections_keep_distinct_paths() {
    // Counting the earlier parts of the same number for each part was quadratic.
    let numerals = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];
    let mut text = String::from("各位代表：\n");
    for k in 0..30_000 {
        text.push_str(&format!(
            "{}、第{k}项工作回顾\n（一）稳增长\n正文。\n（一）促改革\n正文。\n",
            numerals[k % 10]
        ));
    }
    let r = report("parts.txt", &text);
    let parts = &r.outline.parts;
    assert_eq!(parts.len(), 30_000);
    assert_eq!(parts[29_999].path, "十#3000");
    assert_eq!(parts[29_999].sections[1].path, "十#3000/（一）#2");
    let mut paths: Vec<&str> = parts.iter().map(|p| p.path.as_str()).collect();
    paths.sort_unstable();
    paths.dedup();
    assert_eq!(paths.len(), 30_000);
}

#[test]
fn a_page_full_of_unclosed_angle_brackets_keeps_them_as_text() {
    // Each `<` looked 2000 characters ahead for its `>`: minutes on a few megabytes of them.
    let mut page = String::from("<html><body><p>各位代表：</p><p>现在报告工作。</p><p>\n");
    page.push_str(&"比较a<b，c<d，e<f，g<h，i<j。\n".repeat(200_000));
    // Far enough from the last `<` that it cannot be read as that tag's end.
    page.push_str(&"正文。".repeat(1000));
    page.push_str("</p></body></html>");
    let r = report("page.html", &page);
    assert!(r.source.fixes().html);
    assert_eq!(r.source.text().matches('<').count(), 1_000_000);
}
