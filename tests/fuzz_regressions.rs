//! Inputs the fuzzers (fuzz/) found breaking govdiff, each kept as a test after its fix.

use govdiff::Report;

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
