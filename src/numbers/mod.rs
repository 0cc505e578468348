//! Figures of a report: every quantity, the indicator it measures, and how it moved across years.
//!
//! [`extract`] finds every quantity of a report ([`quantity`]), reads what it measures
//! ([`indicator`]) and whose year it speaks of ([`role`]); [`compare`] pairs the figures of two
//! years by indicator, role, measure and unit ([`matching`]); [`compare_reports`] also notes a
//! numeric target that became words. [`wire`] is the JSON form of the result.
//!
//! ```
//! use govdiff::numbers::{self, Change, Role};
//! let old = govdiff::Report::from_bytes("2021.txt", "2021年某区政府工作报告\n各位代表：\n一、2020年工作回顾\n全区生产总值完成170.6亿元，同比增长2.4%。\n二、2021年主要目标和重点工作\n2021年经济社会发展的主要预期目标是：地区生产总值增长7%以上；一般公共预算收入增长5%以上。\n让我们团结一心而努力奋斗！".as_bytes()).unwrap();
//! let new = govdiff::Report::from_bytes("2022.txt", "2022年某区政府工作报告\n各位代表：\n一、2021年工作回顾\n地区生产总值完成181.8亿元，同比增长5.3%。\n二、2022年主要目标和重点工作\n2022年经济社会发展的预期目标是：地区生产总值增长8%左右；一般公共预算收入增长5%以上。\n让我们团结一心而努力奋斗！".as_bytes()).unwrap();
//! let changes = numbers::compare_reports(&old, &new);
//! let gdp_target = changes.iter().find(|c| c.indicator == "地区生产总值" && c.role == Role::Target).unwrap();
//! assert_eq!(gdp_target.change, Change::Increased);
//! assert!(gdp_target.qualifier_changed); // 以上 → 左右
//! assert_eq!(gdp_target.new.as_ref().unwrap().quantity.raw, "8%左右");
//! let revenue = changes.iter().find(|c| c.indicator == "一般公共预算收入").unwrap();
//! assert_eq!(revenue.change, Change::Unchanged);
//! ```

pub mod indicator;
pub mod lexicon;
pub mod matching;
pub mod numeral;
pub mod quantity;
pub mod role;
pub mod units;
pub mod wire;

use crate::Report;
use crate::outline::{Paragraph, Span};

pub use indicator::Measure;
pub use matching::{Change, Movement, NumberChange, Words, compare};
pub use quantity::{Bound, Direction, Quantity};
pub use role::{Horizon, Role};

/// One figure of a report: a quantity and what it measures.
#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    /// The quantity; its spans index the report text ([`crate::Source::text`]).
    pub quantity: Quantity,
    /// What is measured: a lexicon name for headline indicators (`地区生产总值`), else the phrase.
    pub indicator: String,
    /// Whether `indicator` is a lexicon name (a headline indicator).
    pub canonical: bool,
    pub measure: Measure,
    pub role: Role,
    pub horizon: Horizon,
    /// In a targets paragraph, or the first mention of a headline indicator's result.
    pub headline: bool,
    /// The paragraph: `三/（一）/p2`.
    pub path: String,
    /// The sentence holding the figure, in the report text.
    pub sentence: Span,
    /// The sentence's text, trimmed.
    pub quote: String,
    /// The quantity's `[start, end)` in characters of the decoded input file, for editors.
    pub range: [usize; 2],
}

/// What a reader of the figures should know about the report they come from: the outline's
/// warnings (no parts found…), and an unknown year, which leaves roles to headings and wording.
pub fn warnings(report: &Report) -> Vec<String> {
    let mut out = report.outline.warnings.clone();
    if report.outline.meta.year.is_none() {
        out.push("the report's year is unknown; roles come from headings and wording only".into());
    }
    out
}

/// Every figure of the report in text order: the parts' paragraphs, then lists after the closing.
pub fn extract(report: &Report) -> Vec<Figure> {
    let year = report.outline.meta.year;
    let mut figures = Vec::new();
    let mut after_targets = false;
    for part in &report.outline.parts {
        let heading = report.text(&part.heading);
        let kind = role::part_kind(heading, year);
        let paragraphs: Vec<&Paragraph> = part.paragraphs().collect();
        let mut lead_in_targets: Option<(Role, bool)> = None;
        // A review speaks of the five years or of the year until a paragraph opens the other; a
        // review of the five years alone keeps to them, whatever one paragraph says of the year…
        let five_year_review = role::five_year_heading(heading, year);
        let mut period = five_year_review.then_some(role::Period::FiveYears);
        // A paragraph that goes on with the sentence the one before left open (a file with line
        // breaks inside sentences: `…十次全会⏎部署，…预计全省生产总值增长3.8%左右`) speaks of the
        // same period.
        let mut left_open: Option<Option<role::Period>> = None;
        for p in paragraphs {
            let text = report.text(&p.span);
            let opened = role::opens_period(text, year);
            let here = match (opened, left_open) {
                (None, Some(before)) => before,
                // …unless it leads into what follows (`一年来，我们主要做了以下工作：`): the sections
                // after it are the year's work.
                (Some(role::Period::Year), _) if five_year_review && !role::leads_in(text) => opened,
                (Some(_), _) => {
                    period = opened;
                    opened
                }
                (None, None) => period,
            };
            left_open = role::ends_open(text).then_some(here);
            let mut place = paragraph_place(report, p, kind, year, &mut lead_in_targets, &mut after_targets);
            place.five_years = here == Some(role::Period::FiveYears);
            figures_of(report, p, place, year, &mut figures);
        }
    }
    // Lists after the closing (民生实事) are this year's undertakings.
    for p in &report.outline.annex {
        let place = role::Place {
            part: role::PartKind::Targets,
            targets: None,
            five_years: false,
            after_targets: true,
        };
        figures_of(report, p, place, year, &mut figures);
    }
    national_output(&mut figures);
    mark_headlines(&mut figures);
    figures
}

/// Only the national report names output 国内生产总值 (a region's is 地区生产总值, and its
/// 单位国内生产总值能耗 is another indicator): there, 经济增长 and 生产总值 are the nation's too.
fn national_output(figures: &mut [Figure]) {
    if figures.iter().any(|f| f.indicator == "国内生产总值") {
        for f in figures.iter_mut().filter(|f| f.indicator == "地区生产总值") {
            f.indicator = "国内生产总值".into();
        }
    }
}

/// The place of a paragraph; a targets lead-in ending in `：` makes the paragraph after it targets
/// (`今年…主要预期目标是：` on a line of its own, the targets on the next), and the short
/// paragraphs after that too while the list goes on (reports that list each target on its own line).
fn paragraph_place(
    report: &Report,
    p: &Paragraph,
    kind: role::PartKind,
    year: Option<i32>,
    lead_in: &mut Option<(Role, bool)>,
    after_targets: &mut bool,
) -> role::Place {
    let text = report.text(&p.span);
    let mut targets = role::targets_paragraph(text, year).map(|t| t.0);
    if targets.is_some() {
        let (_, start) = role::targets_paragraph(text, year).unwrap_or((Role::Target, 0));
        let listed = text[start..].trim().is_empty();
        *lead_in = listed.then_some(targets).flatten().map(|role| (role, true));
    } else if let Some((role, first)) = *lead_in {
        *lead_in = Some((role, false));
        // The paragraph right after the lead-in holds the targets, however long; after it, a
        // listed target is one short sentence with a figure, and anything longer ends the list.
        let short = p.sentences.len() <= 1 && text.chars().count() <= 80;
        if (first || short) && !quantity::scan(text).is_empty() {
            targets = Some(role);
            // The list goes on line by line while each ends in `；`; a full stop closes it.
            if !text.trim_end().ends_with(['；', ';']) {
                *lead_in = None;
            }
        } else {
            *lead_in = None;
        }
    }
    let place = role::Place {
        part: kind,
        targets,
        five_years: role::five_year_paragraph(text),
        after_targets: *after_targets,
    };
    if targets == Some(Role::Target) {
        *after_targets = true;
    }
    place
}

fn figures_of(report: &Report, p: &Paragraph, place: role::Place, year: Option<i32>, out: &mut Vec<Figure>) {
    let targets_start = role::targets_paragraph(report.text(&p.span), year).map_or(0, |t| t.1);
    // A sentence that looks back on the targets (`这样的目标，…`, `重点抓好14个方面工作`) ends them.
    let mut list_over = false;
    for sentence in &p.sentences {
        let text = report.text(sentence);
        let quantities = quantity::scan(text);
        let readings = indicator::read(text, &quantities);
        let past_lead_in = sentence.start >= p.span.start + targets_start;
        list_over |= past_lead_in && role::after_the_targets(text);
        for (mut q, r) in quantities.into_iter().zip(readings) {
            let offset = sentence.start;
            // The lead-in of a targets paragraph (`2022年经济社会发展的…`) holds no targets.
            let in_targets = offset + q.span.start >= p.span.start + targets_start && !list_over;
            let mut place = place;
            if !in_targets {
                place.targets = None;
            }
            let (mut role, horizon) = role::decide(place, &r, year);
            let measured = !r.indicator.is_empty() && !counted_in_words(&q);
            if !measured {
                role = Role::Other;
            }
            q.span = offset + q.span.start..offset + q.span.end;
            q.number_start += offset;
            let range = report.source.original_range(q.span.clone());
            out.push(Figure {
                indicator: r.indicator,
                canonical: r.canonical,
                measure: r.measure,
                role,
                horizon,
                headline: place.targets.is_some() && measured,
                path: p.path.clone(),
                sentence: sentence.clone(),
                quote: text.trim().to_string(),
                range: [range.start, range.end],
                quantity: q,
            });
        }
    }
}

/// A small count written in words (`对两个指标作些说明`, `十个方面工作`): reports write what they
/// measure in figures, and small counts in words belong to their formulas and lists.
fn counted_in_words(q: &Quantity) -> bool {
    !q.raw.contains(|c: char| c.is_ascii_digit()) && q.value.abs() <= 10.0 && matches!(q.base, "个" | "")
}

/// A headline indicator's first result in the report is a headline figure (the review's opening
/// results); targets paragraphs were marked as they were read. A threshold crossed
/// (`突破4万亿元大关`) gives way to the figure itself when the report gives it (`达到4.32万亿元`).
fn mark_headlines(figures: &mut [Figure]) {
    let mut chosen: std::collections::HashMap<(String, Measure, &'static str), usize> = Default::default();
    for (k, f) in figures.iter().enumerate() {
        if f.role == Role::Actual && f.canonical && f.horizon == Horizon::Year {
            let key = (f.indicator.clone(), f.measure, f.quantity.base);
            let exact = |f: &Figure| matches!(f.quantity.bound, Bound::Exact | Bound::About);
            chosen
                .entry(key)
                .and_modify(|have| {
                    if !exact(&figures[*have]) && exact(f) {
                        *have = k;
                    }
                })
                .or_insert(k);
        }
    }
    for k in chosen.into_values() {
        figures[k].headline = true;
    }
}

/// Extracts both reports and compares their figures ([`compare`]), then notes each target given as
/// a number in one year and in words in the other (`能耗强度目标在“十四五”规划期内统筹考核`).
pub fn compare_reports(old: &Report, new: &Report) -> Vec<NumberChange> {
    compare_reports_bounded(old, new).0
}

/// [`compare_reports`], and a warning when pairing by wording was skipped as too costly (see
/// [`matching::compare_bounded`]).
pub fn compare_reports_bounded(old: &Report, new: &Report) -> (Vec<NumberChange>, Option<String>) {
    let (old_figures, new_figures) = rayon::join(|| extract(old), || extract(new));
    let (mut changes, unweighed) = matching::compare_bounded(&old_figures, &new_figures);
    matching::note_words(&mut changes, &targets_text(old), &targets_text(new));
    let warning = unweighed.map(|(old, new)| {
        format!(
            "too many figures of unlisted indicators to weigh every pair of wordings ({old} old, {new} new): they pair only when worded alike"
        )
    });
    (changes, warning)
}

/// The targets paragraphs of a report: (path, text after the lead-in).
fn targets_text(report: &Report) -> Vec<(String, String)> {
    let year = report.outline.meta.year;
    report
        .outline
        .paragraphs()
        .filter_map(|p| {
            let text = report.text(&p.span);
            let (role, start) = role::targets_paragraph(text, year)?;
            (role == Role::Target).then(|| (p.path.clone(), text[start..].to_string()))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn report(text: &str) -> Report {
        Report::from_bytes("r.txt", text.as_bytes()).unwrap()
    }

    fn rows(report: &Report) -> Vec<(String, String, Role, bool)> {
        extract(report)
            .into_iter()
            .map(|f| (f.quantity.raw, f.indicator, f.role, f.headline))
            .collect()
    }

    const REVIEW_AND_TARGETS: &str = "2022年某区政府工作报告\n各位代表：\n一、2021年工作回顾\n地区生产总值完成181.8亿元，同比增长5.3%。\n全年地区生产总值增长5.3%，位居全市前列。\n二、2022年主要目标和重点工作\n2022年经济社会发展的预期目标是：地区生产总值增长8%左右；一般公共预算收入增长5%以上。\n（一）抓项目。确保全年招商落地项目不少于260个。\n让我们团结一心而努力奋斗！";

    #[test]
    fn a_review_of_five_years_and_the_year_gives_the_years_figure_as_the_headline() {
        let text = "2026年某省政府工作报告\n各位代表：\n一、“十四五”时期和2025年工作回顾\n过去的五年极不寻常。我们稳中求进。\n综合实力稳步提升。生产总值6.66万亿元。城镇新增就业603.7万人，居民人均可支配收入年均增长6%。\n刚刚过去的2025年很不平凡。\n（一）千方百计稳就业。城镇新增就业121.7万人。\n二、2026年主要任务\n今年是“十五五”开局之年。今年经济社会发展主要预期目标是：生产总值增长5%左右。\n让我们团结一心而努力奋斗！";
        let figures = extract(&report(text));
        let got: Vec<(&str, Role, Horizon, bool)> = figures
            .iter()
            .map(|f| (f.quantity.raw.as_str(), f.role, f.horizon, f.headline))
            .collect();
        assert_eq!(
            got,
            [
                ("6.66万亿元", Role::Actual, Horizon::Year, true),
                ("603.7万人", Role::Actual, Horizon::Years, false),
                ("6%", Role::Actual, Horizon::Years, false),
                ("121.7万人", Role::Actual, Horizon::Year, true),
                ("5%左右", Role::Target, Horizon::Year, true),
            ]
        );
    }

    #[test]
    fn a_five_year_review_turns_to_the_year_where_a_lead_in_or_a_broken_line_says_so() {
        let text = "2023年某省政府工作报告\n各位代表：\n一、过去五年工作回顾\n五年来，全省生产总值从2017年的3.06万亿元增长到2022年的4.2万亿元，城镇新增就业445万人。\n各位代表，刚刚过去的2022年，我们认真落实省委全会\n部署，预计全省生产总值增长3.8%左右。\n五年来，我们坚持稳中求进。\n一年来，我们主要做了以下工作：\n（一）抓民生办实事。城镇新增就业89.7万人。\n二、2023年目标任务\n今年经济社会发展的主要预期目标是：生产总值增长6%左右。\n让我们团结一心而努力奋斗！";
        let figures = extract(&report(text));
        let got: Vec<(&str, Role, Horizon)> = figures
            .iter()
            .map(|f| (f.quantity.raw.as_str(), f.role, f.horizon))
            .collect();
        assert_eq!(
            got,
            [
                ("3.06万亿元", Role::Other, Horizon::Year),
                ("4.2万亿元", Role::Actual, Horizon::Year),
                ("445万人", Role::Actual, Horizon::Years),
                ("3.8%左右", Role::Actual, Horizon::Year),
                ("89.7万人", Role::Actual, Horizon::Year),
                ("6%左右", Role::Target, Horizon::Year),
            ]
        );
    }

    #[test]
    fn the_headline_result_is_the_figure_not_the_threshold_it_crossed() {
        let text = "2023年某市政府工作报告\n各位代表：\n一、2022年工作回顾\n全市生产总值突破4万亿元大关，达到4.32万亿元。\n让我们团结一心而努力奋斗！";
        let r = rows(&report(text));
        let headline: Vec<(&str, bool)> = r.iter().map(|r| (r.0.as_str(), r.3)).collect();
        assert_eq!(headline, [("突破4万亿元", false), ("4.32万亿元", true)]);
    }

    #[test]
    fn small_counts_in_words_and_unnamed_figures_are_other_and_no_headline() {
        let text = "2022年某区政府工作报告\n各位代表：\n一、2021年工作回顾\n正文。\n二、2022年主要目标\n今年经济社会发展的主要预期目标是：地区生产总值增长6%左右。下面，我对两个指标作些说明。\n让我们团结一心而努力奋斗！";
        let r = rows(&report(text));
        assert_eq!(r[0], ("6%左右".into(), "地区生产总值".into(), Role::Target, true));
        assert_eq!(r[1].2, Role::Other, "{r:?}");
        assert!(!r[1].3);
    }

    #[test]
    fn review_results_are_actual_and_the_first_is_the_headline() {
        let r = rows(&report(REVIEW_AND_TARGETS));
        assert_eq!(
            r[0],
            ("181.8亿元".into(), "地区生产总值".into(), Role::Actual, true)
        );
        assert_eq!(r[1], ("5.3%".into(), "地区生产总值".into(), Role::Actual, true));
        assert_eq!(
            r[2],
            ("5.3%".into(), "地区生产总值".into(), Role::Actual, false),
            "a repeat is no headline"
        );
    }

    #[test]
    fn the_targets_paragraph_is_target_and_headline_but_not_its_lead_in() {
        let r = rows(&report(REVIEW_AND_TARGETS));
        let targets: Vec<_> = r.iter().filter(|r| r.2 == Role::Target).collect();
        assert_eq!(targets.len(), 3, "{r:?}");
        assert_eq!(
            *targets[0],
            ("8%左右".into(), "地区生产总值".into(), Role::Target, true)
        );
        assert!(targets[1].3);
        assert_eq!(
            *targets[2],
            ("不少于260个".into(), "招商落地项目".into(), Role::Target, false)
        );
    }

    #[test]
    fn a_five_year_targets_paragraph_is_a_plan() {
        let text = "2021年某市政府工作报告\n各位代表：\n一、“十三五”时期经济社会发展回顾\n五年来，生产总值年均增长6.3%，生产总值达到3353.3亿元。\n二、“十四五”时期的主要目标任务\n“十四五”时期我市经济社会发展主要目标：一是经济实力显著增强。生产总值年均增长8%以上。\n三、2021年重点工作\n全市经济社会发展主要预期目标是：生产总值增长8%以上。\n让我们团结一心而努力奋斗！";
        let figures = extract(&report(text));
        let roles: Vec<(&str, Role, Horizon)> = figures
            .iter()
            .map(|f| (f.quantity.raw.as_str(), f.role, f.horizon))
            .collect();
        assert_eq!(
            roles,
            [
                ("6.3%", Role::Actual, Horizon::Years),
                ("3353.3亿元", Role::Actual, Horizon::Year),
                ("8%以上", Role::Plan, Horizon::Years),
                ("8%以上", Role::Target, Horizon::Year),
            ]
        );
    }

    #[test]
    fn targets_in_the_paragraph_after_a_lead_in_of_their_own() {
        let text = "2011年政府工作报告\n各位代表：\n一、2010年工作回顾\n正文。\n二、2011年工作\n今年国民经济和社会发展的主要预期目标是：\n国内生产总值增长8%左右；经济结构进一步优化；居民消费价格总水平涨幅控制在4%左右；城镇新增就业900万人以上，城镇登记失业率控制在4.6%以内；国际收支状况继续改善。实现这些目标，要做好以下工作。\n全年新建学校3所。\n让我们团结一心而努力奋斗！";
        let mut r = report(text);
        r.outline.meta.year = Some(2011);
        let got: Vec<(String, String, bool)> = extract(&r)
            .into_iter()
            .map(|f| (f.quantity.raw, f.indicator, f.headline))
            .collect();
        assert_eq!(
            got,
            [
                ("8%左右".into(), "国内生产总值".into(), true),
                ("4%左右".into(), "居民消费价格".into(), true),
                ("900万人以上".into(), "城镇新增就业".into(), true),
                ("4.6%以内".into(), "城镇登记失业率".into(), true),
                ("3所".into(), "新建学校".into(), false),
            ]
        );
    }

    #[test]
    fn targets_listed_one_per_line_after_their_lead_in() {
        let text = "各位代表：\n一、2021年工作回顾\n正文。\n二、2022年工作安排\n今年经济社会发展的主要预期目标是：\n地区生产总值增长6%左右；\n城镇新增就业5000人以上。\n重点做好以下工作。全年新建学校3所。\n让我们团结一心而努力奋斗！";
        let mut r = report(text);
        r.outline.meta.year = Some(2022);
        let figures = extract(&r);
        let headline: Vec<(&str, bool)> = figures
            .iter()
            .map(|f| (f.quantity.raw.as_str(), f.headline))
            .collect();
        assert_eq!(headline, [("6%左右", true), ("5000人以上", true), ("3所", false)]);
    }

    #[test]
    fn full_width_digits_are_read_after_cleaning() {
        let text =
            "各位代表：\n一、2021年工作回顾\n全区生产总值完成１８１.８亿元。\n二、2022年工作安排\n正文。\n";
        let f = extract(&report(text));
        assert_eq!(f[0].quantity.value, 181.8);
        assert_eq!(f[0].range[1] - f[0].range[0], "１８１.８亿元".chars().count());
    }

    #[test]
    fn without_a_year_roles_come_from_headings() {
        let text = "各位代表：\n一、工作回顾\n全区生产总值增长5%。\n二、今后工作安排\n全区生产总值增长6%。\n";
        let f = extract(&report(text));
        assert_eq!(
            f.iter().map(|f| f.role).collect::<Vec<_>>(),
            [Role::Actual, Role::Target]
        );
    }

    #[test]
    fn numbers_in_the_annex_are_this_years_undertakings() {
        let text = "各位代表：\n一、2021年工作回顾\n正文。\n二、2022年工作安排\n正文。\n让我们团结一心，为建设美好家园而努力奋斗！\n附件\n新建幼儿园5所。\n";
        let f = extract(&report(text));
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!((f[0].role, f[0].path.as_str()), (Role::Target, "annex/p2"));
    }

    #[test]
    fn a_target_given_in_words_the_next_year_is_noted_as_such() {
        let old = report(
            "2021年某区政府工作报告\n各位代表：\n一、2020年工作回顾\n正文。\n二、2021年工作安排\n2021年经济社会发展的主要预期目标是：地区生产总值增长6%以上；单位地区生产总值能耗降低3%左右。\n让我们团结一心而努力奋斗！",
        );
        let new = report(
            "2022年某区政府工作报告\n各位代表：\n一、2021年工作回顾\n正文。\n二、2022年工作安排\n2022年经济社会发展的主要预期目标是：地区生产总值增长5.5%左右；能耗强度目标在“十四五”规划期内统筹考核。\n让我们团结一心而努力奋斗！",
        );
        let changes = compare_reports(&old, &new);
        let energy = changes
            .iter()
            .find(|c| c.indicator == "单位国内生产总值能耗")
            .unwrap();
        assert_eq!(energy.change, Change::Dropped);
        let words = energy.words.as_ref().unwrap();
        assert_eq!((words.side, words.path.as_str()), (matching::Side::New, "二/p1"));
        assert_eq!(words.text, "能耗强度目标在“十四五”规划期内统筹考核");
        let gdp = changes.iter().find(|c| c.indicator == "地区生产总值").unwrap();
        assert!(gdp.words.is_none());
    }

    #[test]
    fn the_wire_form_follows_the_contract() {
        let old = report(REVIEW_AND_TARGETS);
        let new = report(
            &REVIEW_AND_TARGETS
                .replace("增长8%左右", "增长7%以上")
                .replace("181.8亿元", "190亿元"),
        );
        let changes = compare_reports(&old, &new);
        let json = serde_json::to_value(wire::numbers(&changes)).unwrap();
        let first = &json[0];
        for key in ["indicator", "role", "measure", "old", "new", "change"] {
            assert!(first.get(key).is_some(), "{key} missing: {first}");
        }
        assert_eq!(first["role"], "target");
        assert_eq!(first["old"]["raw"], "8%左右");
        assert_eq!(first["new"]["qualifier"], "以上");
        assert_eq!(first["change"], "decreased");
        assert_eq!(first["qualifier_changed"], true);
        let level = json
            .as_array()
            .unwrap()
            .iter()
            .find(|n| n["measure"] == "level")
            .unwrap();
        assert_eq!(level["old"]["normalised"], 18_180_000_000.0);
        assert_eq!(level["change"], "increased");
        assert_eq!(level["old"]["path"], "一/p1");
    }

    proptest::proptest! {
        #![proptest_config(proptest::test_runner::Config::with_cases(64))]
        /// Reports made of report-like lines extract and compare without a panic.
        #[test]
        fn any_report_extracts_and_compares(lines in proptest::collection::vec(proptest::sample::select(vec![
            "各位代表：", "一、2021年工作回顾", "二、2022年主要目标和重点工作", "（一）抓项目。",
            "地区生产总值完成181.8亿元，同比增长5.3%。", "今年发展主要预期目标是：", "国内生产总值增长5.5%左右；",
            "从129.6亿元增加到181.8亿元", "PM2.5、PM10年均浓度分别下降18.2%和11.7%", "占一般公共预算支出的71%",
            "五年来，累计实施老旧小区改造389个。", "到2025年，森林覆盖率达到35%。", "分别", "总投资1.5亿元的",
            "“3+10”", "3000多个", "翻番", "百分之百", "近千万", "１８１.８亿元", "附件", "让我们团结一心而努力奋斗！",
        ]), 0..12)) {
            let text = lines.join("\n");
            if let Ok(r) = Report::from_bytes("p.txt", text.as_bytes()) {
                let figures = extract(&r);
                for f in &figures {
                    proptest::prop_assert_eq!(r.source.text().get(f.quantity.span.clone()), Some(f.quantity.raw.as_str()));
                }
                let changes = compare_reports(&r, &r);
                proptest::prop_assert!(changes.iter().all(|c| matches!(c.change, Change::Unchanged | Change::QualifierChanged)));
            }
        }
    }
}
