//! Time words before a figure (2021年, 到2025年, 今年, “十四五”时期): which year or years it speaks of.

use std::ops::Range;

use super::phrase::{find_all, without};

/// A time word before a quantity in its sentence, the nearest one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimeCue {
    /// `2021年`.
    Year(i32),
    /// `到2025年`, `2023年底前`: a deadline.
    Deadline(i32),
    /// `2017年到2021年`.
    Years(i32, i32),
    /// 今年, 本年.
    ThisYear,
    /// 去年, 上年, 过去一年, 一年来.
    LastYear,
    /// 今后五年, 未来五年.
    PlanPeriod,
    /// 五年来, 这五年, 过去五年.
    PastPeriod,
    /// A five-year plan period by name, with the year it starts: `“十四五”时期` (2021),
    /// `到“十四五”末`. Whether it is past or planned depends on the report's year.
    Named(i32),
    /// `“十四五”以来`: from the named period's start to now.
    SinceNamed(i32),
}

/// The five-year plan periods reports name, and the year each starts.
pub(in crate::numbers) const PLAN_PERIODS: &[(&str, i32)] = &[
    ("十一五", 2006),
    ("十二五", 2011),
    ("十三五", 2016),
    ("十四五", 2021),
    ("十五五", 2026),
    ("十六五", 2031),
];

/// The plan period named at the start of `rest` with one of `suffixes` (`“十四五”时期`): its
/// length and the year it starts.
pub(in crate::numbers) fn named_period(rest: &str, suffixes: &[&str]) -> Option<(usize, i32)> {
    PLAN_PERIODS
        .iter()
        .find_map(|(name, start)| period(rest, name, suffixes).map(|n| (n, *start)))
}

/// A year written in figures, found by hand as one of a few regexes would find it: one match
/// or all, leftmost first and not overlapping. (Building the regexes took longer than the
/// reading they did; a test holds each to its regex.)
#[derive(Debug, Clone, Copy)]
pub(super) enum YearPattern {
    /// `([0-9]{4})年`
    Year,
    /// `(?:比|较|由|从)([0-9]{4})年(?:的|末|底)?`: the base year of a change.
    Base,
    /// `([0-9]{4})年?(?:到|至|—|-|－|～)([0-9]{4})年`
    Years,
    /// `(?:到|至|在|于)([0-9]{4})年|([0-9]{4})年(?:底|末|年底)?(?:前|之前)`
    Deadline,
}

/// A [`YearPattern`] found: where, and where its years (the regex's groups) are.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct YearMatch {
    pub(super) range: Range<usize>,
    years: [Option<Range<usize>>; 2],
}

impl YearMatch {
    /// The year of group `k` (0 or 1).
    pub(super) fn year(&self, text: &str, k: usize) -> Option<i32> {
        text.get(self.years[k].clone()?)?.parse().ok()
    }
}

/// Four ASCII digits at `at`: where they end.
pub(super) fn four_digits(text: &str, at: usize) -> Option<usize> {
    let digits = text.as_bytes().get(at..at + 4)?;
    digits.iter().all(u8::is_ascii_digit).then_some(at + 4)
}

/// The first of `words` at `at` (in their order, as a regex alternation tries them): where it ends.
pub(super) fn word_at(text: &str, at: usize, words: &[&str]) -> Option<usize> {
    let rest = text.get(at..)?;
    words.iter().find(|w| rest.starts_with(**w)).map(|w| at + w.len())
}

impl YearPattern {
    /// The match starting at `at`.
    pub(super) fn at(self, text: &str, at: usize) -> Option<YearMatch> {
        let found = |end: usize, years: [Option<Range<usize>>; 2]| YearMatch {
            range: at..end,
            years,
        };
        match self {
            YearPattern::Year => {
                let y = four_digits(text, at)?;
                Some(found(word_at(text, y, &["年"])?, [Some(at..y), None]))
            }
            YearPattern::Base => {
                let from = word_at(text, at, &["比", "较", "由", "从"])?;
                let y = four_digits(text, from)?;
                let end = word_at(text, y, &["年"])?;
                let end = word_at(text, end, &["的", "末", "底"]).unwrap_or(end);
                Some(found(end, [Some(from..y), None]))
            }
            YearPattern::Years => {
                let y1 = four_digits(text, at)?;
                let sep = word_at(text, y1, &["年"]).unwrap_or(y1);
                let from = word_at(text, sep, &["到", "至", "—", "-", "－", "～"])?;
                let y2 = four_digits(text, from)?;
                Some(found(word_at(text, y2, &["年"])?, [Some(at..y1), Some(from..y2)]))
            }
            YearPattern::Deadline => {
                let by = || {
                    let from = word_at(text, at, &["到", "至", "在", "于"])?;
                    let y = four_digits(text, from)?;
                    Some(found(word_at(text, y, &["年"])?, [Some(from..y), None]))
                };
                let before = || {
                    let y = four_digits(text, at)?;
                    let year_end = word_at(text, y, &["年"])?;
                    let end = word_at(text, year_end, &["底", "末", "年底"]).unwrap_or(year_end);
                    let end = word_at(text, end, &["前", "之前"])
                        .or_else(|| word_at(text, year_end, &["前", "之前"]))?;
                    Some(found(end, [None, Some(at..y)]))
                };
                by().or_else(before)
            }
        }
    }

    /// Every match, leftmost first, not overlapping.
    pub(super) fn matches(self, text: &str) -> impl Iterator<Item = YearMatch> {
        // Every pattern starts with a digit or one of a few characters.
        let may_start = |c: char| {
            c.is_ascii_digit() || matches!(c, '比' | '较' | '由' | '从' | '到' | '至' | '在' | '于')
        };
        find_all(text, may_start, move |at| {
            self.at(text, at).map(|m| (m.range.end, m))
        })
        .map(|(_, m)| m)
    }

    pub(super) fn find_iter(self, text: &str) -> Vec<YearMatch> {
        self.matches(text).collect()
    }

    pub(super) fn find(self, text: &str) -> Option<YearMatch> {
        self.matches(text).next()
    }

    /// `text` with every match left out.
    pub(super) fn remove_all(self, text: &str) -> String {
        without(text, self.matches(text).map(|m| m.range))
    }
}

/// The time words of [`time_cue`] in `text`, leftmost first and not overlapping, as a regex
/// alternating them would find them: `(今年|本年)|(去年|…)|(今后五年|未来五年|未来$|“?十四五”?(时期|…)|…)|…`.
/// (Found by hand: that regex took longer to build than all the reading it did.)
pub(super) fn word_cues(text: &str) -> Vec<(Range<usize>, TimeCue)> {
    // Every time word starts with one of these.
    let may_start = |c: char| {
        matches!(
            c,
            '今' | '本' | '去' | '上' | '过' | '一' | '未' | '“' | '十' | '到' | '五' | '这' | '明'
        )
    };
    find_all(text, may_start, |at| {
        word_cue_at(&text[at..]).map(|(len, cue)| (at + len, cue))
    })
    .collect()
}

/// The time word `rest` starts with, trying the words in order: its length and what it names.
pub(super) fn word_cue_at(rest: &str) -> Option<(usize, TimeCue)> {
    use TimeCue::{LastYear, Named, PastPeriod, PlanPeriod, SinceNamed, ThisYear};
    let word = |words: &[&str]| word_at(rest, 0, words);
    if let Some(n) = word(&["今年", "本年"]) {
        return Some((n, ThisYear));
    }
    if let Some(n) = word(&["去年", "上年", "上一年", "过去一年", "一年来"]) {
        return Some((n, LastYear));
    }
    // 明年 in a report is the year after the one it plans: a goal beyond this year's targets.
    let plan = word(&["今后五年", "未来五年", "明年"]).or_else(|| (rest == "未来").then_some(rest.len()));
    if let Some(n) = plan {
        return Some((n, PlanPeriod));
    }
    if let Some((n, start)) = named_period(rest, &["时期", "期间", "末", "规划"]) {
        return Some((n, Named(start)));
    }
    if let Some((n, start)) = rest
        .strip_prefix('到')
        .and_then(|after| named_period(after, &["末"]))
    {
        return Some(('到'.len_utf8() + n, Named(start)));
    }
    if let Some((n, start)) = named_period(rest, &["以来"]) {
        return Some((n, SinceNamed(start)));
    }
    word(&["五年来", "这五年", "过去五年", "五年间"]).map(|n| (n, PastPeriod))
}

/// The length of `“?{name}”?{suffix}` at the start of `rest`, quotation marks taken when there.
pub(in crate::numbers) fn period(rest: &str, name: &str, suffixes: &[&str]) -> Option<usize> {
    let open = if rest.starts_with('“') {
        '“'.len_utf8()
    } else {
        0
    };
    let after = rest[open..].strip_prefix(name)?;
    let close = if after.starts_with('”') {
        '”'.len_utf8()
    } else {
        0
    };
    let suffix = suffixes.iter().find(|s| after[close..].starts_with(**s))?;
    Some(open + name.len() + close + suffix.len())
}

/// The nearest time cue before `at` in `sentence`.
pub fn time_cue(sentence: &str, at: usize) -> Option<TimeCue> {
    let before = &sentence[..at];
    let mut best: Option<(usize, TimeCue)> = None;
    let mut offer = |pos: usize, cue: TimeCue| {
        if best.is_none_or(|(p, _)| pos >= p) {
            best = Some((pos, cue));
        }
    };
    let bases: Vec<Range<usize>> = YearPattern::Base.matches(before).map(|m| m.range).collect();
    let years = YearPattern::Years.find_iter(before);
    let ranges: Vec<Range<usize>> = years.iter().map(|m| m.range.clone()).collect();
    for c in &years {
        let (Some(a), Some(b)) = (c.year(before, 0), c.year(before, 1)) else {
            continue;
        };
        offer(c.range.end, TimeCue::Years(a, b));
    }
    let deadlines = YearPattern::Deadline.find_iter(before);
    for c in &deadlines {
        let m = &c.range;
        if let Some(y) = c.year(before, 0).or_else(|| c.year(before, 1))
            && !ranges.iter().any(|r| r.contains(&m.start))
        {
            offer(m.end, TimeCue::Deadline(y));
        }
    }
    for c in YearPattern::Year.matches(before) {
        let m = &c.range;
        let inside = |rs: &[Range<usize>]| rs.iter().any(|r| r.start <= m.start && m.end <= r.end);
        let deadline = deadlines
            .iter()
            .any(|d| d.range.start <= m.start && m.end <= d.range.end);
        if inside(&bases) || inside(&ranges) || deadline || before[m.end..].starts_with("以来") {
            continue;
        }
        if let Some(y) = c.year(before, 0) {
            offer(m.end, TimeCue::Year(y));
        }
    }
    for (m, cue) in word_cues(before) {
        // 比去年, 高于去年: a comparison, not the year spoken of; 从去年的2.1%提高到2.3%: the base
        // of a change, not the year of the level it reaches.
        if before[..m.start].ends_with(['比', '于', '较', '从', '由']) {
            continue;
        }
        offer(m.end, cue);
    }
    best.map(|(_, cue)| cue)
}

#[cfg(test)]
mod tests {
    use super::*;
    use regex::Regex;

    /// Each [`YearPattern`] and the regex it stands for.
    fn year_patterns() -> [(YearPattern, Regex); 4] {
        [
            (YearPattern::Year, r"([0-9]{4})年"),
            (YearPattern::Base, r"(?:比|较|由|从)([0-9]{4})年(?:的|末|底)?"),
            (
                YearPattern::Years,
                r"([0-9]{4})年?(?:到|至|—|-|－|～)([0-9]{4})年",
            ),
            (
                YearPattern::Deadline,
                r"(?:到|至|在|于)([0-9]{4})年|([0-9]{4})年(?:底|末|年底)?(?:前|之前)",
            ),
        ]
        .map(|(p, re)| (p, Regex::new(re).unwrap()))
    }

    fn year_matches_by_regex(re: &Regex, text: &str) -> Vec<YearMatch> {
        re.captures_iter(text)
            .map(|c| YearMatch {
                range: c.get(0).unwrap().range(),
                years: [c.get(1).map(|m| m.range()), c.get(2).map(|m| m.range())],
            })
            .collect()
    }

    #[test]
    fn years_are_found_as_the_regexes_find_them() {
        for text in [
            "2017年到2021年,到2025年,2023年底前,在2020年之前,比2015年末,由2013年的2330元",
            "12021年2020—2021年2020-2021 2019年至2020年于2022年底之前较2010年底从2011年",
            "到202年,2020年前2020年末前2020年年底前,比2020,2020到",
        ] {
            for (pattern, re) in year_patterns() {
                assert_eq!(
                    pattern.find_iter(text),
                    year_matches_by_regex(&re, text),
                    "{pattern:?}: {text}"
                );
                let removed = re.replace_all(text, "");
                assert_eq!(pattern.remove_all(text), removed, "{pattern:?}: {text}");
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn years_match_the_regexes_on_any_mix(parts in proptest::collection::vec(proptest::sample::select(vec![
            "2", "0", "1", "2021", "年", "到", "至", "在", "于", "比", "较", "由", "从", "的", "末", "底", "前",
            "之前", "—", "-", "－", "～", "，", "中", "é",
        ]), 0..24)) {
            let text: String = parts.concat();
            for (pattern, re) in year_patterns() {
                proptest::prop_assert_eq!(pattern.find_iter(&text), year_matches_by_regex(&re, &text));
            }
        }
    }

    /// The regex [`word_cues`] stands for, group by group.
    fn word_cues_by_regex(text: &str) -> Vec<(Range<usize>, TimeCue)> {
        let re = Regex::new(concat!(
            r"(今年|本年)|(去年|上年|上一年|过去一年|一年来)|(今后五年|未来五年|明年|未来$)|",
            r"“?(十[一二三四五六]五)”?(?:时期|期间|末|规划)|到“?(十[一二三四五六]五)”?末|",
            r"“?(十[一二三四五六]五)”?以来|(五年来|这五年|过去五年|五年间)"
        ))
        .unwrap();
        let start = |name: &str| PLAN_PERIODS.iter().find(|p| p.0 == name).unwrap().1;
        re.captures_iter(text)
            .map(|c| {
                let group = (1..=7).find(|&g| c.get(g).is_some()).unwrap();
                let name = c.get(group).unwrap().as_str();
                let cue = match group {
                    1 => TimeCue::ThisYear,
                    2 => TimeCue::LastYear,
                    3 => TimeCue::PlanPeriod,
                    4 | 5 => TimeCue::Named(start(name)),
                    6 => TimeCue::SinceNamed(start(name)),
                    _ => TimeCue::PastPeriod,
                };
                (c.get(0).unwrap().range(), cue)
            })
            .collect()
    }

    #[test]
    fn time_words_are_found_as_the_regex_finds_them() {
        for text in [
            "“十四五”时期,今年和去年",
            "到“十四五”末,未来五年,未来",
            "聚焦未来产业",
            "十四五”规划和“十三五期间,过去一年、过去五年",
            "上一年上年一年来五年来这五年五年间今后五年",
            "到十四五末到“十四五末",
            "“十五五”时期,“十二五”以来,十一五期间,十六五规划,“十三五”以来",
        ] {
            assert_eq!(word_cues(text), word_cues_by_regex(text), "{text}");
        }
    }

    proptest::proptest! {
        #[test]
        fn time_words_match_the_regex_on_any_mix(parts in proptest::collection::vec(proptest::sample::select(vec![
            "今", "年", "本", "去", "上", "一", "过", "来", "未", "五", "十", "四", "三", "“", "”", "到", "这",
            "后", "时期", "期间", "间", "末", "规划", "比", "2021", "，", "产业", "二", "六", "以来",
        ]), 0..24)) {
            let text: String = parts.concat();
            proptest::prop_assert_eq!(word_cues(&text), word_cues_by_regex(&text));
        }
    }
}
