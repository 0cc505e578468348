//! Inputs the fuzzers (fuzz/) found breaking govdiff, each kept as a test after its fix.

mod common;

use govdiff::Report;
use govdiff::compare::{self, Options};

/// fuzz `outline`, crash-3a607b45: a meeting line whose year mixes in a non-ASCII digit
/// (`202１1年`) made `\d` match it, and the year was then cut at byte 4, inside the digit.
#[test]
fn a_meeting_date_whose_year_holds_a_non_ascii_digit() {
    let text = "2021年某区政府工作报告\n——（二）202１1年1月27日在区十四届人大五次会议上\n各位代表:\n一、2020年工作回顾\n正文。\n二、2021年工作安排\n正文。";
    let outline = govdiff::outline::parse(text);
    assert_eq!(outline.meta.date, None);
    assert_eq!(outline.meta.year, Some(2021));
}

/// The same through the whole pipeline: cleaning turns full-width digits into ASCII, but not
/// the digits of other scripts (here Devanagari २, three bytes in UTF-8).
#[test]
fn a_meeting_date_with_a_devanagari_digit_reads_without_panic() {
    let text = "2022年某区政府工作报告\n——202२年3月5日在区第十五届人民代表大会第一次会议上\n各位代表：\n一、2021年工作回顾\n正文。\n二、2022年工作安排\n正文。";
    let report = Report::from_bytes("deva.txt", text.as_bytes()).unwrap();
    assert_eq!(report.outline.meta.date, None);
    assert_eq!(report.outline.meta.year, Some(2022));
    assert_eq!(report.outline.parts.len(), 2);
}

/// fuzz `compare`, crash-24e75f85: spaces between an inline section heading and the paragraph
/// it opens (`（二）惠民生、补短板。  办好…`) belonged to neither, so the pairs no longer covered
/// the whole report (nothing-lost broken by two spaces).
#[test]
fn spaces_after_an_inline_heading_are_covered() {
    let old = "各位代表：\n一、2022年工作回顾\n（一）稳增长。  全区生产总值增长5%。\n二、2023年重点工作\n（一）抓项目。\u{3000}开工项目30个。\n（二）惠民生、补短板。 办好十件民生实事。";
    let new = "各位代表：\n一、2023年工作回顾\n（一）稳增长。全区生产总值增长6%。\n二、2024年重点工作\n（一）抓项目。开工项目40个。";
    let (old, new) = (
        Report::from_bytes("old.txt", old.as_bytes()).unwrap(),
        Report::from_bytes("new.txt", new.as_bytes()).unwrap(),
    );
    let section = &old.outline.parts[1].sections[1];
    assert_eq!(old.text(&section.paragraphs[0].span), "办好十件民生实事。");
    for (a, b) in [(&old, &new), (&new, &old), (&old, &old)] {
        let c = compare::compare(a, b, &Options::default());
        common::check_invariants(a, b, &c).unwrap_or_else(|e| panic!("{e}"));
    }
}
