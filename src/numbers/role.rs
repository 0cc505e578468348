//! Which year a figure speaks of: the past year's result, this year's target, a multi-year plan.

use std::ops::Range;

use super::indicator::{Measure, Reading, TimeCue};

/// What a figure is about in time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Role {
    /// This year's expected target (主要预期目标, tasks for the year).
    Target,
    /// The past year's result (the review).
    Actual,
    /// A multi-year goal (“十四五”时期, 到2025年, 今后五年).
    Plan,
    /// Anything else: an earlier level (`从129.6亿元…`), a year long past, the government's own work.
    Other,
}

impl Role {
    pub fn name(self) -> &'static str {
        match self {
            Role::Target => "target",
            Role::Actual => "actual",
            Role::Plan => "plan",
            Role::Other => "other",
        }
    }
}

/// Whether a figure covers one year or several (a five-year total, 年均, a change since 2015).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Horizon {
    Year,
    Years,
}

impl Horizon {
    pub fn name(self) -> &'static str {
        match self {
            Horizon::Year => "year",
            Horizon::Years => "years",
        }
    }
}

/// What a part of the report is for, from its heading.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PartKind {
    /// `一、2021年工作回顾`.
    Review,
    /// `三、2022年主要目标和重点工作`, `二、2022年经济社会发展总体要求和政策取向`.
    Targets,
    /// `二、今后五年指导思想和奋斗目标`, `二、“十四五”时期的主要目标任务`.
    Plan,
    /// `二、“十三五”时期发展成就和“十四五”时期主要目标任务`: a review and a plan.
    Mixed,
    /// `四、切实加强政府自身建设`.
    Other,
    /// No heading or none of the above: decided by position around the targets paragraph.
    Unknown,
}

// Headings are short and read once each: plain lists of words, not regexes to compile.
const REVIEW: &[&str] = &["回顾", "总结", "成就", "过去"];
const FUTURE: &[&str] = &[
    "目标",
    "任务",
    "安排",
    "重点工作",
    "主要工作",
    "工作建议",
    "总体要求",
    "政策取向",
    "工作部署",
    "发展思路",
    "指导思想",
];
const PLAN: &[&str] = &["十四五", "十五五", "今后五年", "未来五年", "今后一个时期", "远景"];
const SELF: &[&str] = &["自身建设", "政府建设"];

fn names_any(heading: &str, words: &[&str]) -> bool {
    words.iter().any(|w| heading.contains(w))
}

/// The kind of a part from its heading text.
pub fn part_kind(heading: &str, year: Option<i32>) -> PartKind {
    let review = names_any(heading, REVIEW);
    // `2025年主要工作` in a 2026 report is the work of the year reviewed, not of the year ahead.
    let past_year = |before: &str| {
        let before = before.strip_suffix('的').unwrap_or(before);
        let Some(digits) = before.strip_suffix('年') else {
            return false;
        };
        let tail = digits.get(digits.len().saturating_sub(4)..).unwrap_or("");
        year.is_some_and(|now| tail.len() == 4 && tail.parse::<i32>().is_ok_and(|y| y < now))
    };
    let future = FUTURE
        .iter()
        .any(|w| heading.match_indices(w).any(|(at, _)| !past_year(&heading[..at])));
    let plan = names_any(heading, PLAN);
    match (review, future, plan) {
        _ if names_any(heading, SELF) => PartKind::Other,
        (true, true, _) => PartKind::Mixed,
        (true, false, _) => PartKind::Review,
        (false, true, true) => PartKind::Plan,
        (false, true, false) => PartKind::Targets,
        (false, false, true) => PartKind::Plan,
        (false, false, false) => PartKind::Unknown,
    }
}

/// `(?:预期目标|主要目标|发展目标|奋斗目标|目标任务)(?:是|为)?\s*[：:]`, the lead-in of a targets
/// paragraph: the first one in `text`, found by hand (as with the other patterns of this module,
/// building the regex took longer than reading with it; a test holds them together).
fn targets_lead(text: &str) -> Option<Range<usize>> {
    // The lead-in at `word`, if a colon follows it.
    let with_colon = |word: Range<usize>| {
        let after = &text[word.end..];
        let after = after.strip_prefix(['是', '为']).unwrap_or(after);
        let after = after.trim_start_matches(char::is_whitespace);
        let colon = after.chars().next().filter(|c| matches!(c, '：' | ':'))?;
        Some(word.start..text.len() - after.len() + colon.len_utf8())
    };
    // Every lead-in holds `目标`: only around it can one start, and in text order, since the
    // words that end in it start before the word that starts with it.
    text.match_indices("目标").find_map(|(at, goal)| {
        let end = at + goal.len();
        ["预期", "主要", "发展", "奋斗"]
            .into_iter()
            .find(|w| text[..at].ends_with(w))
            .and_then(|w| with_colon(at - w.len()..end))
            .or_else(|| {
                let task = text[end..].starts_with("任务").then_some(end + "任务".len())?;
                with_colon(at..task)
            })
    })
}

/// `十四五|十五五|五年|20[3-9][0-9]年|202[5-9]年.*目标`: words of a multi-year plan.
fn has_plan_words(text: &str) -> bool {
    let bytes = text.as_bytes();
    let year_at = |at: usize, third: std::ops::RangeInclusive<u8>| {
        bytes
            .get(at..at + 4)
            .is_some_and(|y| y[..2] == *b"20" && third.contains(&y[2]) && y[3].is_ascii_digit())
            && text[at + 4..].starts_with('年')
    };
    ["十四五", "十五五", "五年"].iter().any(|w| text.contains(w))
        || (0..bytes.len()).any(|at| {
            year_at(at, b'3'..=b'9')
                // `.` stops at a line break.
                || (year_at(at, b'2'..=b'2')
                    && (b'5'..=b'9').contains(&bytes[at + 3])
                    && text[at + 4 + '年'.len_utf8()..].split('\n').next().is_some_and(|l| l.contains("目标")))
        })
}

/// A targets paragraph (`今年发展主要预期目标是：…`): `Some(Target)` for this year's, `Some(Plan)`
/// for a multi-year one (`“十四五”时期…主要目标：`), with where its targets start.
pub fn targets_paragraph(text: &str, year: Option<i32>) -> Option<(Role, usize)> {
    let m = targets_lead(text)?;
    // Only the lead-in's own sentence says whose targets follow: a report opening a plan period
    // says so first (`今年是“十五五”开局之年。…今年…主要预期目标是：`).
    let lead = &text[..m.start];
    let lead = lead
        .rfind(['。', '！', '？', '!', '?'])
        .map_or(lead, |at| &lead[at + '。'.len_utf8()..]);
    // `2025年…目标` in a 2025 report, or `今年…目标`, is this year's.
    let this_year = year.is_some_and(|y| lead.contains(&format!("{y}年")))
        || ["今年", "本年", "明年"].iter().any(|w| lead.contains(w));
    let role = if has_plan_words(lead) && !this_year {
        Role::Plan
    } else {
        Role::Target
    };
    Some((role, m.end))
}

/// A paragraph about the past five years (`这五年，…`, `五年来，…`, `“十三五”时期…`).
///
/// As the regex `^[　\s]*(?:各位代表[，,!！]?)?(?:五年来|这五年|过去五年|五年间|“?十三五”?(?:时期|期间|以来))`.
pub fn five_year_paragraph(text: &str) -> bool {
    let rest = text.trim_start_matches(|c: char| c == '　' || c.is_whitespace());
    let rest = match rest.strip_prefix("各位代表") {
        Some(after) => after.strip_prefix(['，', ',', '!', '！']).unwrap_or(after),
        None => rest,
    };
    ["五年来", "这五年", "过去五年", "五年间"]
        .iter()
        .any(|w| rest.starts_with(w))
        || super::indicator::time::period(rest, "十三五", &["时期", "期间", "以来"]).is_some()
}

/// A sentence after a targets list that speaks of the targets or turns to the work
/// (`这样的目标，是…`, `实现上述目标，…`, `重点抓好14个方面工作`): no target of its own.
pub fn after_the_targets(sentence: &str) -> bool {
    const OPENINGS: &[&str] = &[
        "这样的",
        "这些",
        "这个",
        "实现",
        "上述",
        "以上",
        "做好",
        "为此",
        "重点",
        "要",
        "我们",
        "完成",
    ];
    let s = sentence.trim_start_matches(|c: char| c == '　' || c.is_whitespace());
    OPENINGS.iter().any(|w| s.starts_with(w))
}

/// The span of time a stretch of a review speaks of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Period {
    /// The past five years, or a plan period now over.
    FiveYears,
    /// The year just past.
    Year,
    /// A plan period to come (`“十四五”时期是…第一个五年` in a 2021 report, `今后五年`).
    Ahead,
}

/// The paragraph's first sentence, without a salutation before it.
fn opening(text: &str) -> &str {
    let rest = text.trim_start_matches(|c: char| c == '　' || c.is_whitespace());
    let rest = match rest.strip_prefix("各位代表") {
        Some(after) => after.trim_start_matches(['，', ',', '!', '！', '：', ':']),
        None => rest,
    };
    let end = rest.find(['。', '！', '？', '!', '?']).unwrap_or(rest.len());
    &rest[..end]
}

/// Words by which a sentence speaks of the five years past (`过去的五年极不寻常`,
/// `“十四五”时期是…极不平凡的五年`), never of five years to come.
fn names_past_five_years(sentence: &str) -> bool {
    const PAST: &[&str] = &[
        "过去五年",
        "过去的五年",
        "五年来",
        "这五年",
        "五年间",
        "五年里",
        "的五年",
    ];
    PAST.iter().any(|w| {
        sentence.match_indices(w).any(|(at, _)| {
            let before = &sentence[..at];
            !["今后", "未来", "后", "今后的", "未来的"]
                .iter()
                .any(|f| before.ends_with(f))
        })
    })
}

/// The period a review paragraph opens on, if it opens one: `过去五年，…`, `“十四五”时期是…`,
/// `五年来` open the five years; `刚刚过去的2025年…`, `过去一年`, `一年来`, `2025年，…` (the year
/// before the report's) open the year.
pub fn opens_period(text: &str, year: Option<i32>) -> Option<Period> {
    let first = opening(text);
    let named = super::indicator::time::named_period(first, &["时期", "期间", "以来", "是", "，", ","]);
    if let Some((_, start)) = named
        && !period_over(start, year)
        && !first.contains("以来")
    {
        return Some(Period::Ahead);
    }
    if ["今后五年", "未来五年", "今后一个时期"]
        .iter()
        .any(|w| first.starts_with(w))
    {
        return Some(Period::Ahead);
    }
    if five_year_paragraph(text) || named.is_some() || names_past_five_years(first) {
        return Some(Period::FiveYears);
    }
    // `2025年是“十四五”收官之年。五年来，…`: the year named to close the period opens the five years.
    let after_first = text.find(first).map_or(0, |at| at + first.len());
    let next = opening(text[after_first..].trim_start_matches(['。', '！', '？', '!', '?']));
    if ["五年来", "这五年", "过去五年", "回顾五年"]
        .iter()
        .any(|w| next.starts_with(w))
    {
        return Some(Period::FiveYears);
    }
    let last_year = year.is_some_and(|y| first.starts_with(&format!("{}年", y - 1)));
    let year_words = ["刚刚过去的", "过去一年", "过去的一年", "一年来"];
    if last_year || first.starts_with("去年") || year_words.iter().any(|w| first.contains(w)) {
        return Some(Period::Year);
    }
    None
}

/// Whether a paragraph stops inside a sentence: its last character is a letter or a comma, not the
/// end of a sentence or of a heading.
pub fn ends_open(text: &str) -> bool {
    text.trim_end()
        .chars()
        .last()
        .is_some_and(|c| c.is_alphanumeric() || matches!(c, '，' | ',' | '、'))
}

/// Whether a paragraph leads into the ones after it (`一年来，我们主要做了以下工作：`).
pub fn leads_in(text: &str) -> bool {
    text.trim_end().ends_with(['：', ':'])
}

/// A review heading about the five years past alone (`一、过去五年工作回顾`,
/// `一、“十三五”时期经济社会发展回顾`), not one about them and the last year
/// (`一、“十四五”时期和2025年工作回顾`).
pub fn five_year_heading(heading: &str, year: Option<i32>) -> bool {
    let named_over = super::indicator::time::PLAN_PERIODS
        .iter()
        .any(|(name, start)| heading.contains(name) && period_over(*start, year));
    let one_year =
        heading.contains("一年") || year.is_some_and(|y| heading.contains(&format!("{}年", y - 1)));
    (named_over || names_past_five_years(heading) || heading.contains("五年工作")) && !one_year
}

/// Where a figure stands in the report.
#[derive(Debug, Clone, Copy)]
pub struct Place {
    pub part: PartKind,
    /// The paragraph is a targets paragraph with this role (after its lead-in).
    pub targets: Option<Role>,
    pub five_years: bool,
    /// The figure comes after the report's first targets paragraph.
    pub after_targets: bool,
}

/// Whether a figure read in a review of several years is the last year's: a headline indicator's
/// level, share or stock reached at the end of the period (地区生产总值6.66万亿元, 城镇化率60%).
/// A change, an average, a total (累计, 五年), an increment (新增) and anything else covers the years.
fn reached_at_the_end(reading: &Reading) -> bool {
    reading.end_level
        || (reading.canonical
            && reading.measure != Measure::Growth
            && !reading.cumulative
            && !reading.average
            && !reading.old_base
            && !reading.indicator.contains("新增"))
}

/// Whether a named plan period is over by `year` (`“十四五”时期` in a 2026 report): without a
/// year, periods before 2021 are taken as over, as in the reports this was first written for.
fn period_over(start: i32, year: Option<i32>) -> bool {
    match year {
        Some(now) => start + 4 < now,
        None => start < 2021,
    }
}

/// The role and horizon of a figure read as `reading` at `place` in a report of `year`.
pub fn decide(place: Place, reading: &Reading, year: Option<i32>) -> (Role, Horizon) {
    // A total (累计) covers several years only where the paragraph speaks of several years: in a
    // year's review it adds up the year.
    let several = reading.average || reading.old_base;
    let horizon = |multi: bool| {
        if several || (multi && !reached_at_the_end(reading)) {
            Horizon::Years
        } else {
            Horizon::Year
        }
    };
    if reading.from {
        return (Role::Other, Horizon::Year);
    }
    if let Some(role) = place.targets {
        return (role, horizon(role == Role::Plan && reading.average));
    }
    let default = || -> Role {
        match place.part {
            PartKind::Review => Role::Actual,
            PartKind::Targets => Role::Target,
            PartKind::Plan => Role::Plan,
            PartKind::Mixed if place.five_years => Role::Actual,
            PartKind::Mixed => Role::Plan,
            PartKind::Other => Role::Other,
            PartKind::Unknown if place.after_targets => Role::Target,
            PartKind::Unknown => Role::Actual,
        }
    };
    let past_paragraph = place.five_years && matches!(place.part, PartKind::Review | PartKind::Mixed);
    match (reading.cue, year) {
        (Some(TimeCue::Deadline(y)), Some(now)) | (Some(TimeCue::Year(y)), Some(now)) if y > now => {
            (Role::Plan, horizon(false))
        }
        (Some(TimeCue::Deadline(y)), Some(now)) if y == now => (Role::Target, Horizon::Year),
        (Some(TimeCue::Year(y)), Some(now)) if y == now => (Role::Target, horizon(false)),
        (Some(TimeCue::Year(y)), Some(now)) if y == now - 1 => (Role::Actual, horizon(false)),
        (Some(TimeCue::Year(_)), Some(_)) => (Role::Other, Horizon::Year),
        (Some(TimeCue::Years(_, b)), Some(now)) if b > now => (Role::Plan, Horizon::Years),
        (Some(TimeCue::Years(_, b)), Some(now)) if b >= now - 1 => (Role::Actual, horizon(true)),
        (Some(TimeCue::Years(..)), Some(_)) => (Role::Other, Horizon::Years),
        (Some(TimeCue::ThisYear), _) => (Role::Target, horizon(false)),
        (Some(TimeCue::LastYear), _) => (Role::Actual, horizon(false)),
        (Some(TimeCue::PlanPeriod), _) => (Role::Plan, horizon(false)),
        (Some(TimeCue::PastPeriod), _) => (Role::Actual, horizon(true)),
        (Some(TimeCue::Named(start)), _) if period_over(start, year) => (Role::Actual, horizon(true)),
        (Some(TimeCue::Named(_)), _) => (Role::Plan, horizon(false)),
        (Some(TimeCue::SinceNamed(_)), _) => (Role::Actual, horizon(true)),
        _ => (default(), horizon(past_paragraph)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The regexes the lead-in, plan-word and five-year matchers stand for.
    fn regexes() -> [regex::Regex; 3] {
        [
            r"(?:预期目标|主要目标|发展目标|奋斗目标|目标任务)(?:是|为)?\s*[：:]",
            r"十四五|十五五|五年|20[3-9][0-9]年|202[5-9]年.*目标",
            r"^[　\s]*(?:各位代表[，,!！]?)?(?:五年来|这五年|过去五年|五年间|“?十三五”?(?:时期|期间|以来))",
        ]
        .map(|re| regex::Regex::new(re).unwrap())
    }

    fn agree(text: &str) {
        let [lead, plan, five] = regexes();
        assert_eq!(targets_lead(text), lead.find(text).map(|m| m.range()), "{text}");
        assert_eq!(has_plan_words(text), plan.is_match(text), "{text}");
        assert_eq!(five_year_paragraph(text), five.is_match(text), "{text}");
    }

    #[test]
    fn lead_ins_and_plan_words_are_found_as_the_regexes_find_them() {
        for text in [
            "今年发展主要预期目标是：国内生产总值增长5.5%左右",
            "“十四五”时期经济社会发展主要目标： 2035年远景目标为 :",
            "2025年主要目标\n2026年目标任务为\u{3000}：",
            " 　各位代表，五年来，我们…",
            "各位代表！“十三五”以来",
            "各位代表十三五”期间",
            "这五年2030年202",
            "2024年目标",
            "2025年\n目标",
            "全省奋斗目标为：",
            "主要预期目标目标任务是 ：",
            "发展目标，目标任务:",
            "主要目标任务：",
            "目标任何：",
        ] {
            agree(text);
        }
    }

    proptest::proptest! {
        #[test]
        fn lead_ins_and_plan_words_match_the_regexes_on_any_mix(parts in proptest::collection::vec(proptest::sample::select(vec![
            "预期目标", "主要目标", "目标任务", "目标", "是", "为", " ", "\u{3000}", "\n", "：", ":", "十四五",
            "十三五", "十五五", "五年", "五年来", "这", "过去", "间", "“", "”", "时期", "期间", "以来", "各位代表",
            "，", "!", "20", "2", "3", "4", "5", "9", "年", "中", "预期", "主要", "发展", "奋斗", "任务",
        ]), 0..16)) {
            let text: String = parts.concat();
            let [lead, plan, five] = regexes();
            proptest::prop_assert_eq!(targets_lead(&text), lead.find(&text).map(|m| m.range()));
            proptest::prop_assert_eq!(has_plan_words(&text), plan.is_match(&text));
            proptest::prop_assert_eq!(five_year_paragraph(&text), five.is_match(&text));
        }
    }
    use crate::numbers::indicator::Measure;

    fn reading(cue: Option<TimeCue>) -> Reading {
        Reading {
            indicator: "地区生产总值".into(),
            canonical: true,
            measure: Measure::Growth,
            average: false,
            cumulative: false,
            from: false,
            end_level: false,
            old_base: false,
            cue,
        }
    }

    fn place(part: PartKind) -> Place {
        Place {
            part,
            targets: None,
            five_years: false,
            after_targets: false,
        }
    }

    #[test]
    fn parts_by_heading() {
        for (heading, kind) in [
            ("一、2021年和过去五年的工作回顾", PartKind::Review),
            ("一、“十三五”时期经济社会发展回顾", PartKind::Review),
            ("二、今后五年指导思想和奋斗目标", PartKind::Plan),
            ("二、“十四五”时期的主要目标任务", PartKind::Plan),
            ("三、2022年主要目标和重点工作", PartKind::Targets),
            ("二、2022年经济社会发展总体要求和政策取向", PartKind::Targets),
            ("三、2021年重点工作", PartKind::Targets),
            (
                "二、“十三五”时期发展成就和“十四五”时期主要目标任务",
                PartKind::Mixed,
            ),
            ("四、切实加强政府自身建设", PartKind::Other),
            ("", PartKind::Unknown),
        ] {
            assert_eq!(part_kind(heading, None), kind, "{heading}");
        }
        // The work of the year before the report's is reviewed, whatever the heading calls it.
        for (heading, kind) in [
            ("一、2025年主要工作和“十四五”发展成就", PartKind::Review),
            ("三、2026年重点工作", PartKind::Targets),
            ("一、2025年工作回顾和2026年工作安排", PartKind::Mixed),
        ] {
            assert_eq!(part_kind(heading, Some(2026)), kind, "{heading}");
        }
    }

    #[test]
    fn targets_paragraphs_for_the_year_and_for_five_years() {
        let t = "今年发展主要预期目标是：国内生产总值增长6%以上；";
        assert_eq!(targets_paragraph(t, Some(2021)).map(|t| t.0), Some(Role::Target));
        let t = "全市经济社会发展的主要目标是：生产总值增长8%以上";
        assert_eq!(targets_paragraph(t, Some(2022)).map(|t| t.0), Some(Role::Target));
        let t = "“十四五”时期我市经济社会发展主要目标：一是经济实力显著增强。生产总值年均增长8%以上";
        assert_eq!(targets_paragraph(t, Some(2021)).map(|t| t.0), Some(Role::Plan));
        let t = "2025年经济社会发展主要预期目标是：地区生产总值增长5%左右";
        assert_eq!(targets_paragraph(t, Some(2025)).map(|t| t.0), Some(Role::Target));
        assert_eq!(
            targets_paragraph("实现以上目标，必须牢牢把握五个原则", Some(2022)),
            None
        );
        // A plan period's first year: the plan is named before, this year's targets follow.
        let t = "今年是“十五五”开局之年。我们将确保“十五五”开好局。今年经济社会发展主要预期目标是：地区生产总值按增长5%安排";
        assert_eq!(targets_paragraph(t, Some(2026)).map(|t| t.0), Some(Role::Target));
        assert_eq!(targets_paragraph(t, None).map(|t| t.0), Some(Role::Target));
        let t = "今年是“十五五”开局之年。“十五五”时期经济社会发展的主要目标是：居民收入增长和经济增长同步";
        assert_eq!(targets_paragraph(t, Some(2026)).map(|t| t.0), Some(Role::Plan));
    }

    #[test]
    fn part_decides_when_the_sentence_has_no_time_word() {
        let r = reading(None);
        assert_eq!(decide(place(PartKind::Review), &r, Some(2022)).0, Role::Actual);
        assert_eq!(decide(place(PartKind::Targets), &r, Some(2022)).0, Role::Target);
        assert_eq!(decide(place(PartKind::Plan), &r, Some(2022)).0, Role::Plan);
        assert_eq!(decide(place(PartKind::Other), &r, Some(2022)).0, Role::Other);
        let mut after = place(PartKind::Unknown);
        assert_eq!(decide(after, &r, Some(2022)).0, Role::Actual);
        after.after_targets = true;
        assert_eq!(decide(after, &r, Some(2022)).0, Role::Target);
    }

    #[test]
    fn time_words_override_the_part() {
        let at = |cue| decide(place(PartKind::Targets), &reading(Some(cue)), Some(2022));
        assert_eq!(at(TimeCue::Deadline(2025)), (Role::Plan, Horizon::Year));
        assert_eq!(at(TimeCue::Year(2026)).0, Role::Plan);
        assert_eq!(at(TimeCue::Year(2021)).0, Role::Actual);
        assert_eq!(at(TimeCue::Year(2015)).0, Role::Other);
        assert_eq!(at(TimeCue::LastYear).0, Role::Actual);
        assert_eq!(at(TimeCue::PlanPeriod).0, Role::Plan);
        assert_eq!(at(TimeCue::PastPeriod), (Role::Actual, Horizon::Years));
        let review = decide(
            place(PartKind::Review),
            &reading(Some(TimeCue::ThisYear)),
            Some(2022),
        );
        assert_eq!(review.0, Role::Target);
    }

    #[test]
    fn five_year_totals_span_years_but_levels_reached_do_not() {
        let mut p = place(PartKind::Review);
        p.five_years = true;
        let r = reading(None);
        assert_eq!(decide(p, &r, Some(2021)), (Role::Actual, Horizon::Years));
        let reached = Reading {
            end_level: true,
            ..reading(None)
        };
        assert_eq!(decide(p, &reached, Some(2021)), (Role::Actual, Horizon::Year));
        let year = reading(Some(TimeCue::Year(2020)));
        assert_eq!(decide(p, &year, Some(2021)), (Role::Actual, Horizon::Year));
        let average = Reading {
            average: true,
            ..reading(None)
        };
        assert_eq!(
            decide(place(PartKind::Review), &average, Some(2021)).1,
            Horizon::Years
        );
        let from = Reading {
            from: true,
            ..reading(None)
        };
        assert_eq!(decide(p, &from, Some(2021)).0, Role::Other);
    }

    #[test]
    fn five_year_paragraph_openings() {
        assert!(five_year_paragraph("这五年,是解放区跨越赶超的五年。"));
        assert!(five_year_paragraph(
            "五年来，我们在稳运行、保增长中推进高质量发展"
        ));
        assert!(five_year_paragraph(
            "过去五年，我国经济社会发展取得新的历史性成就。"
        ));
        assert!(!five_year_paragraph("今后五年的指导思想是:"));
    }

    #[test]
    fn a_paragraph_opens_the_five_years_the_year_or_the_plan() {
        let at = |text: &str| opens_period(text, Some(2026));
        assert_eq!(
            at("过去的五年极不寻常。在省委坚强领导下"),
            Some(Period::FiveYears)
        );
        assert_eq!(
            at("“十四五”时期是江苏发展历程中极不平凡的五年。"),
            Some(Period::FiveYears)
        );
        assert_eq!(at("五年来，老龄、妇女儿童工作"), Some(Period::FiveYears));
        assert_eq!(
            at("各位代表，刚刚过去的2025年，在党中央坚强领导下"),
            Some(Period::Year)
        );
        assert_eq!(at("2025年，我们全面贯彻落实"), Some(Period::Year));
        assert_eq!(
            at("各位代表！2025年是“十四五”收官之年。五年来，我们牢记嘱托"),
            Some(Period::FiveYears)
        );
        assert_eq!(at("一年来，我们全面正确履行政府职能"), Some(Period::Year));
        assert_eq!(
            at("“十五五”时期是基本实现社会主义现代化夯实基础的关键时期。"),
            Some(Period::Ahead)
        );
        assert_eq!(
            at("未来五年，是我们加速补齐发展短板的机遇期"),
            Some(Period::Ahead)
        );
        assert_eq!(at("综合实力稳步提升。生产总值6.66万亿元"), None);
        // In 2021 the fourteenth plan lies ahead; in 2026 it is over.
        let t = "“十四五”时期是开启新征程的第一个五年。";
        assert_eq!(opens_period(t, Some(2021)), Some(Period::Ahead));
        assert_eq!(opens_period(t, Some(2026)), Some(Period::FiveYears));
        assert_eq!(opens_period("今后的五年，是关键五年。", Some(2021)), None);
    }

    #[test]
    fn a_review_of_the_five_years_alone() {
        assert!(leads_in("一年来，我们主要做了以下工作：\n"));
        assert!(!leads_in("一年来，我们主要做了以下工作。"));
        assert!(ends_open("我们认真落实省委全会"));
        assert!(ends_open("我们认真落实，"));
        assert!(!ends_open("各项事业发展呈现良好势头。"));
        assert!(!ends_open("（一）抓民生办实事。"));
        assert!(five_year_heading("一、过去五年工作回顾", Some(2013)));
        assert!(five_year_heading("一、“十三五”时期经济社会发展回顾", Some(2021)));
        assert!(five_year_heading("一、过去五年主要工作", Some(2017)));
        assert!(!five_year_heading("一、“十四五”时期和2025年工作回顾", Some(2026)));
        assert!(!five_year_heading("一、2021年和过去五年的工作回顾", Some(2022)));
        assert!(!five_year_heading("一、2024年工作回顾", Some(2025)));
        assert!(!five_year_heading("二、今后五年发展目标", Some(2017)));
    }

    #[test]
    fn named_plan_periods_are_past_or_ahead_by_the_reports_year() {
        let named = |start| reading(Some(TimeCue::Named(start)));
        let review = place(PartKind::Review);
        assert_eq!(decide(review, &named(2021), Some(2026)).0, Role::Actual);
        assert_eq!(decide(review, &named(2021), Some(2022)).0, Role::Plan);
        assert_eq!(decide(review, &named(2026), Some(2026)).0, Role::Plan);
        assert_eq!(decide(review, &named(2016), None).0, Role::Actual);
    }

    #[test]
    fn in_a_review_of_five_years_a_headline_level_is_the_last_years_and_a_change_the_periods() {
        let mut p = place(PartKind::Review);
        p.five_years = true;
        let level = Reading {
            measure: Measure::Level,
            ..reading(None)
        };
        assert_eq!(decide(p, &level, Some(2026)), (Role::Actual, Horizon::Year));
        let total = Reading {
            cumulative: true,
            ..level.clone()
        };
        assert_eq!(decide(p, &total, Some(2026)).1, Horizon::Years);
        let jobs = Reading {
            indicator: "城镇新增就业".into(),
            measure: Measure::Count,
            ..reading(None)
        };
        assert_eq!(decide(p, &jobs, Some(2026)).1, Horizon::Years);
        let unlisted = Reading {
            indicator: "高标准农田".into(),
            canonical: false,
            ..level
        };
        assert_eq!(decide(p, &unlisted, Some(2026)).1, Horizon::Years);
        assert_eq!(
            decide(p, &reading(None), Some(2026)).1,
            Horizon::Years,
            "a change"
        );
    }
}
