//! What each quantity of a sentence measures: the indicator phrase, the measure, and the cues
//! (年均, 从…到…, 比2015年, 到2025年) that decide its role.
//!
//! The indicator is the subject before the number (`地区生产总值完成181.8亿元`), carried over to
//! the next clause when that clause has none (`…,同比增长5.3%`), the noun after a count
//! (`530支抢险突击队`), a share's whole (`占一般公共预算支出的71%`), or one item of a `分别` list
//! (`PM2.5、PM10年均浓度分别下降18.2%和11.7%`). Headline indicators are named by the lexicon.

use std::ops::Range;

use super::lexicon;
use super::quantity::Quantity;

/// What a quantity measures about its indicator.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Measure {
    /// An amount: 181.8亿元, 1.3万亿斤.
    Level,
    /// A change: 增长5.3%, 下降18.2%, 提高9个百分点, 增加11500元.
    Growth,
    /// A rate or proportion: 失业率5.5%, 占支出的71%, 覆盖率85%.
    Share,
    /// A number of things or people: 26个项目, 8561人.
    Count,
}

impl Measure {
    pub fn name(self) -> &'static str {
        match self {
            Measure::Level => "level",
            Measure::Growth => "growth",
            Measure::Share => "share",
            Measure::Count => "count",
        }
    }
}

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
    /// 今后五年, 未来五年, “十四五”时期.
    PlanPeriod,
    /// 五年来, 这五年, 过去五年, “十三五”时期.
    PastPeriod,
}

/// How one quantity reads in its sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct Reading {
    /// The indicator: a lexicon name when the phrase is a headline indicator, else the phrase.
    pub indicator: String,
    /// Whether `indicator` is a lexicon name.
    pub canonical: bool,
    pub measure: Measure,
    /// 年均: an average over several years.
    pub average: bool,
    /// The first value of `从X增加到Y` / `由X提升至Y`: an earlier level, not this year's.
    pub from: bool,
    /// Reached by `达到`, `增加到`, `为`: the level at the end of a period.
    pub end_level: bool,
    /// Measured against an older base (`比2015年`, `比“十二五”末`): a change over several years.
    pub old_base: bool,
    pub cue: Option<TimeCue>,
}

/// Characters that end a clause.
fn is_clause_end(c: char) -> bool {
    matches!(
        c,
        '，' | ',' | '；' | ';' | '：' | ':' | '。' | '！' | '？' | '!' | '?'
    )
}

fn clauses(sentence: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in sentence.char_indices() {
        if is_clause_end(c) {
            out.push(start..i);
            start = i + c.len_utf8();
        }
    }
    if start < sentence.len() {
        out.push(start..sentence.len());
    }
    out
}

/// Words that open a phrase without belonging to the indicator, stripped repeatedly.
const LEADING: &[&str] = &[
    "我们",
    "到",
    "至",
    "其中",
    "同时",
    "另外",
    "此外",
    "并且",
    "并",
    "且",
    "和",
    "及",
    "与",
    "还",
    "再",
    "又",
    "也",
    "将",
    "要",
    "力争",
    "确保",
    "争取",
    "预计",
    "计划",
    "拟",
    "全年",
    "全市",
    "全区",
    "全县",
    "全省",
    "全国",
    "我区",
    "我市",
    "我县",
    "我省",
    "我国",
    "辖区",
    "本年",
    "今年",
    "去年",
    "年末",
    "年底",
    "累计",
    "共计",
    "合计",
    "总计",
    "共",
    "先后",
    "积极",
    "全力",
    "大力",
    "努力",
    "持续",
    "主动",
    "成功",
    "顺利",
    "基本",
    "已",
    "已经",
    "进一步",
    "全面",
    "当年",
    "对",
    "使",
    "让",
    "通过",
    "年度",
];

/// Verbs that open a count's phrase (`建成图书馆总分馆`, `组建…专班`): the thing counted follows.
const ACTION_VERBS: &[&str] = &[
    "新开工改造",
    "新开工",
    "开工建设",
    "改扩建",
    "新改扩建",
    "新建和改建",
    "新建",
    "改建",
    "扩建",
    "建成投用",
    "建成",
    "建设",
    "完成",
    "实施",
    "引进",
    "组建",
    "举办",
    "开展",
    "创建",
    "化解",
    "推动",
    "推进",
    "落地",
    "签约",
    "入库",
    "实现",
    "提供",
    "办理",
    "打造",
    "培育",
    "获得",
    "帮助",
    "改造",
    "安排",
    "申报",
    "争取",
    "更换",
    "启动",
    "确定",
    "设立",
    "出台",
    "制定修订",
    "制定",
    "修订",
    "审议",
    "提请",
    "新纳入",
    "纳入",
    "惠及",
    "吸引",
    "接待",
    "发放",
    "投入",
    "培训",
    "带动",
];

/// Words that end a phrase before its number without belonging to the indicator, stripped repeatedly.
const TRAILING: &[&str] = &[
    "分别",
    "同比",
    "比上年",
    "比去年",
    "比上年同期",
    "实际",
    "年均",
    "平均为",
    "平均",
    "均为",
    "均",
    "全年",
    "年度",
    "达到",
    "达",
    "为",
    "是",
    "在",
    "实现",
    "完成",
    "保持在",
    "控制在",
    "稳定在",
    "保持",
    "控制",
    "稳定",
    "增长",
    "增加",
    "提高",
    "提升",
    "上涨",
    "上升",
    "下降",
    "降低",
    "减少",
    "回落",
    "压减",
    "压缩",
    "扩大",
    "增幅",
    "涨幅",
    "增速",
    "降幅",
    "由",
    "从",
    "到",
    "至",
    "拟按",
    "按",
    "安排",
    "拟安排",
    "预计",
    "约",
    "近",
    "超过",
    "突破",
    "不低于",
    "不少于",
    "不超过",
    "不高于",
    "至少",
    "将近",
    "接近",
    "不到",
    "不足",
    "逾",
    "以上",
    "以下",
    "以内",
    "了",
    "累计",
    "共",
    "总计",
    "合计",
    "已",
    "再",
    "又",
    "就",
    "的",
    "力争",
    "确保",
    "争取",
    "超",
    "全部",
    "降",
    "升",
    "增",
    "基本",
    "减",
    "涨",
];

/// Filler inside a phrase that wordings add or drop from year to year.
const INNER_FILLER: &[&str] = &["年度", "累计", "全年", "完成"];

/// Words a count's noun stops before (verbs and adverbs that follow the thing counted).
const NOUN_STOPS: &[&str] = &[
    "开工",
    "建设",
    "建成",
    "完成",
    "实现",
    "积极",
    "奔赴",
    "投身",
    "点对点",
    "获得",
    "进入",
    "入选",
    "成功",
    "全部",
    "基本",
    "顺利",
    "正式",
    "进展",
    "年度",
    "提质",
    "实施",
    "达到",
    "被",
    "将",
    "已",
    "陆续",
    "开展",
    "投入",
    "落户",
    "落地",
    "签约",
    "稳步",
    "加快",
    "深度",
    "脱贫",
    "摘帽",
    "出列",
    "均",
    "共",
    "累计",
    "通过",
    "受益",
    "尽快",
    "年内",
    "年底",
    "早日",
    "如期",
    "提前",
    "按期",
    "同步",
    "率先",
    "增加",
    "减少",
    "上升",
    "降低",
    "扩大",
    "到",
    "至",
    "安排",
    "安装",
    "以内",
    "左右",
    "建立",
    "用于",
    "支持",
    "带动",
    "覆盖",
    "荣获",
    "参与",
    "纳入",
    "实行",
    "完工",
    "竣工",
    "投产",
    "运营",
    "开园",
    "开放",
    "挂牌",
    "上市",
    "获批",
    "达标",
    "得到",
    "列入",
    "认定",
    "评为",
    "惠及",
    "和",
    "与",
    "及",
    "等",
    "的",
    "同比",
    "分别",
    "连续",
    "超",
    "达",
    "为",
    "走进",
    "进行",
    "驰援",
    "冲锋",
    "参加",
    "对接",
    "合作",
    "发展",
    "提升",
    "保持",
    "增长",
    "下降",
    "提高",
];

/// Heads a `分别` list shares (`城镇、乡村居民人均可支配收入` → 城镇居民人均可支配收入).
const SHARED_HEADS: &[&str] = &[
    "居民人均可支配收入",
    "人均可支配收入",
    "年均浓度",
    "平均浓度",
    "浓度",
    "增加值",
    "增速",
    "比重",
    "占比",
    "收入",
    "产量",
    "总额",
    "指数",
    "投资",
    "支出",
];

/// Nouns after a count that name no thing (`扩招100万人目标`): the phrase before names it.
const GENERIC_NOUNS: &[&str] = &["目标", "任务", "目标任务", "计划", "规模", "水平", "左右"];

/// Starts of words that begin with a character [`LEADING`] would strip (`对接项目`, `和平`).
const PROTECTED: &[&str] = &[
    "对接",
    "对外",
    "对口",
    "对标",
    "和平",
    "和谐",
    "并购",
    "还款",
    "将近",
    "通过率",
];

/// Openings of a comparison: what is compared is the subject before.
const COMPARATIVES: &[&str] = &["超", "高于", "低于", "快于", "慢于", "多于", "少于"];

/// Money phrases too generic to name an indicator on their own (`投资3100万元改扩建…道路`).
const GENERIC_MONEY: &[&str] = &[
    "投资",
    "总投资",
    "资金",
    "投入",
    "金额",
    "计划投资",
    "拟利用资金",
    "占地面积",
    "占地",
    "建筑面积",
    "面积",
];

/// `text` without its footnote markers (`^[4]`, `[12]`, `［3］`, `〔3〕`): the regex
/// `\^?\[[0-9]{1,3}\]|［[0-9]{1,3}］|〔[0-9]{1,3}〕` replaced by nothing.
fn without_footnote_markers(text: &str) -> String {
    let marker = |at: usize| {
        let rest = &text[at..];
        let (lead, close) = [("^[", ']'), ("[", ']'), ("［", '］'), ("〔", '〕')]
            .into_iter()
            .find(|(lead, _)| rest.starts_with(lead))?;
        let digits = rest[lead.len()..].bytes().take_while(u8::is_ascii_digit).count();
        let after = &rest[lead.len() + digits..];
        ((1..=3).contains(&digits) && after.starts_with(close))
            .then(|| (at + lead.len() + digits + close.len_utf8(), ()))
    };
    let markers = find_all(text, |c| matches!(c, '^' | '[' | '［' | '〔'), marker);
    without(text, markers.map(|(range, ())| range))
}

/// Every match of a pattern in `text`, leftmost first and not overlapping, as a regex finds them:
/// `at` gives the end of the match starting at a byte, and what it found there, and is asked only
/// where `may_start` says one can begin. Lazy: a search for the first match stops there.
fn find_all<T>(
    text: &str,
    may_start: impl Fn(char) -> bool,
    at: impl Fn(usize) -> Option<(usize, T)>,
) -> impl Iterator<Item = (Range<usize>, T)> {
    let mut from = 0;
    std::iter::from_fn(move || {
        while let Some(c) = text[from..].chars().next() {
            if let Some((end, what)) = may_start(c).then(|| at(from)).flatten() {
                let found = from..end;
                from = end;
                return Some((found, what));
            }
            from += c.len_utf8();
        }
        None
    })
}

/// `text` without the stretches `ranges` (in order, not overlapping) covers.
fn without(text: &str, ranges: impl IntoIterator<Item = Range<usize>>) -> String {
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for range in ranges {
        out.push_str(&text[at..range.start]);
        at = range.end;
    }
    out.push_str(&text[at..]);
    out
}

/// `text` without a count ending it (`三个`): the regex `[一二两三四五六七八九十]+个$` replaced
/// by nothing.
fn without_trailing_count(text: &str) -> &str {
    let Some(before) = text.strip_suffix('个') else {
        return text;
    };
    let numerals = before.trim_end_matches(|c| {
        matches!(
            c,
            '一' | '二' | '两' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十'
        )
    });
    if numerals.len() == before.len() {
        text
    } else {
        numerals
    }
}
/// A year written in figures, found by hand as one of a few regexes would find it: one match
/// or all, leftmost first and not overlapping. (Building the regexes took longer than the
/// reading they did; a test holds each to its regex.)
#[derive(Debug, Clone, Copy)]
enum YearPattern {
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
struct YearMatch {
    range: Range<usize>,
    years: [Option<Range<usize>>; 2],
}

impl YearMatch {
    /// The year of group `k` (0 or 1).
    fn year(&self, text: &str, k: usize) -> Option<i32> {
        text.get(self.years[k].clone()?)?.parse().ok()
    }
}

/// Four ASCII digits at `at`: where they end.
fn four_digits(text: &str, at: usize) -> Option<usize> {
    let digits = text.as_bytes().get(at..at + 4)?;
    digits.iter().all(u8::is_ascii_digit).then_some(at + 4)
}

/// The first of `words` at `at` (in their order, as a regex alternation tries them): where it ends.
fn word_at(text: &str, at: usize, words: &[&str]) -> Option<usize> {
    let rest = text.get(at..)?;
    words.iter().find(|w| rest.starts_with(**w)).map(|w| at + w.len())
}

impl YearPattern {
    /// The match starting at `at`.
    fn at(self, text: &str, at: usize) -> Option<YearMatch> {
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
    fn matches(self, text: &str) -> impl Iterator<Item = YearMatch> {
        // Every pattern starts with a digit or one of a few characters.
        let may_start = |c: char| {
            c.is_ascii_digit() || matches!(c, '比' | '较' | '由' | '从' | '到' | '至' | '在' | '于')
        };
        find_all(text, may_start, move |at| {
            self.at(text, at).map(|m| (m.range.end, m))
        })
        .map(|(_, m)| m)
    }

    fn find_iter(self, text: &str) -> Vec<YearMatch> {
        self.matches(text).collect()
    }

    fn find(self, text: &str) -> Option<YearMatch> {
        self.matches(text).next()
    }

    /// `text` with every match left out.
    fn remove_all(self, text: &str) -> String {
        without(text, self.matches(text).map(|m| m.range))
    }
}

/// The time words of [`time_cue`] in `text`, leftmost first and not overlapping, as a regex
/// alternating them would find them: `(今年|本年)|(去年|…)|(今后五年|未来五年|未来$|“?十四五”?(时期|…)|…)|…`.
/// (Found by hand: that regex took longer to build than all the reading it did.)
fn word_cues(text: &str) -> Vec<(Range<usize>, TimeCue)> {
    // Every time word starts with one of these.
    let may_start = |c: char| {
        matches!(
            c,
            '今' | '本' | '去' | '上' | '过' | '一' | '未' | '“' | '十' | '到' | '五' | '这'
        )
    };
    find_all(text, may_start, |at| {
        word_cue_at(&text[at..]).map(|(len, cue)| (at + len, cue))
    })
    .collect()
}

/// The time word `rest` starts with, trying the words in order: its length and what it names.
fn word_cue_at(rest: &str) -> Option<(usize, TimeCue)> {
    use TimeCue::{LastYear, PastPeriod, PlanPeriod, ThisYear};
    let word = |words: &[&str]| word_at(rest, 0, words);
    if let Some(n) = word(&["今年", "本年"]) {
        return Some((n, ThisYear));
    }
    if let Some(n) = word(&["去年", "上年", "上一年", "过去一年", "一年来"]) {
        return Some((n, LastYear));
    }
    let plan = word(&["今后五年", "未来五年"])
        .or_else(|| (rest == "未来").then_some(rest.len()))
        .or_else(|| period(rest, "十四五", &["时期", "期间", "末", "规划"]))
        .or_else(|| {
            let after = rest.strip_prefix('到')?;
            Some('到'.len_utf8() + period(after, "十四五", &["末"])?)
        });
    if let Some(n) = plan {
        return Some((n, PlanPeriod));
    }
    word(&["五年来", "这五年", "过去五年", "五年间"])
        .or_else(|| period(rest, "十三五", &["时期", "期间"]))
        .map(|n| (n, PastPeriod))
}

/// The length of `“?{name}”?{suffix}` at the start of `rest`, quotation marks taken when there.
pub(super) fn period(rest: &str, name: &str, suffixes: &[&str]) -> Option<usize> {
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
        // 比去年, 高于去年: a comparison, not the year spoken of.
        if before[..m.start].ends_with(['比', '于', '较']) {
            continue;
        }
        offer(m.end, cue);
    }
    best.map(|(_, cue)| cue)
}

/// Reads every quantity of `sentence` (`quantities` are its own, spans relative to it).
pub fn read(sentence: &str, quantities: &[Quantity]) -> Vec<Reading> {
    let cls = clauses(sentence);
    let clause_of = |q: &Quantity| {
        cls.iter()
            .find(|c| c.contains(&q.span.start))
            .cloned()
            .unwrap_or(0..sentence.len())
    };
    let mut out: Vec<Reading> = Vec::with_capacity(quantities.len());
    // The subject a clause without one carries over from: the last indicator read in the sentence.
    let mut carried: Option<(String, bool)> = None;
    // A threshold written before a noun (`5000万元以上项目`): the class it names, for the count after it.
    let mut modifier: Option<(String, String, usize)> = None;
    for (k, q) in quantities.iter().enumerate() {
        let clause = clause_of(q);
        let prev_end = quantities[..k]
            .iter()
            .rev()
            .find(|p| p.span.end <= q.span.start && p.span.end >= clause.start)
            .map_or(clause.start, |p| p.span.end);
        let pre = &sentence[prev_end..q.span.start];
        let clause_pre = &sentence[clause.start..q.span.start];
        let after = &sentence[q.span.end..clause.end.max(q.span.end)];
        let gap = quantities
            .get(k + 1)
            .map(|n| n.span.start.saturating_sub(q.span.end));
        let joined_to_previous = k > 0 && !pre.is_empty() && pre.chars().all(|c| "、和及与".contains(c));

        let average = ends_with_average(pre.trim_end_matches(['约', '近', '了']));
        // `从2015年的118.3亿元增加到170.6亿元`: the level reached is this year's, whatever the base.
        let old_base = has_old_base(clause_pre) && !is_end_level(pre);
        let from = is_from(pre, after);
        let end_level =
            is_end_level(pre) || (joined_to_previous && out.last().is_some_and(|r: &Reading| r.end_level));

        let count_like = matches!(q.base, "个" | "人" | "人次" | "") && q.direction.is_none();
        let time_like = matches!(q.base, "年" | "天" | "个月" | "小时" | "分钟") && !count_like;
        let mut phrase = clean(pre);
        let noun = if count_like || (phrase.is_empty() && carried.is_none()) {
            noun_after(after, gap, true)
        } else if !q.unit.is_empty() {
            noun_after(after, gap, false)
        } else {
            String::new()
        };
        let mut share_of = None;
        if matches!(q.base, "%" | "‰")
            && let Some(whole) = share_whole(pre)
        {
            share_of = Some(whole);
            phrase.clear();
        }
        if let Some(items) = distributed(sentence, clause.clone(), quantities, k) {
            phrase = items;
        }
        if time_like && q.direction.is_none() {
            // `40天打赢北山治理攻坚战`, `连续9年荣获…`, `未来3-5年的政府投资项目计划`: what took the time.
            phrase = duration_phrase(&phrase, after);
        } else if count_like && !noun.is_empty() && !GENERIC_NOUNS.contains(&noun.as_str()) {
            // A count followed by its noun counts that noun (`551万农村贫困人口`); what precedes is context.
            phrase = noun.clone();
        } else if !count_like
            && !noun.is_empty()
            && !GENERIC_NOUNS.contains(&noun.as_str())
            && q.direction.is_none()
            && !matches!(q.base, "%" | "‰" | "个百分点" | "倍")
            && !after.starts_with('的')
        {
            // `剩余21万平方米安置房`, `5000万元以上项目`: the amount names the noun after it.
            if phrase.is_empty() {
                let class = format!("{}{noun}", q.raw);
                modifier = Some((noun.clone(), class.clone(), clause.start));
                phrase = class;
            } else if !GENERIC_MONEY.contains(&phrase.as_str()) {
                let joined = format!("{phrase}{noun}");
                phrase = strip_leading(strip_leading(&joined, LEADING), ACTION_VERBS).to_string();
            }
        }
        // `新增国家科技型中小企业5家以上、国家高新技术企业3家以上`: increments, all of them.
        if pre.starts_with('、')
            && !phrase.starts_with("新增")
            && out
                .last()
                .is_some_and(|r: &Reading| r.indicator.starts_with("新增"))
        {
            phrase = format!("新增{phrase}");
        }
        if let Some((noun, class, at)) = &modifier
            && *at == clause.start
            && phrase == *noun
            && count_like
        {
            phrase = class.clone();
        }
        // `超年度计划50个百分点`, `高于全省3.1个百分点`: a comparison of the subject carried over.
        if COMPARATIVES.iter().any(|c| phrase.starts_with(c))
            && let Some((c, _)) = &carried
        {
            phrase = format!("{c}{phrase}");
        }
        // `总投资1.5亿元的26个项目`, `投资3100万元改扩建…5条道路`: the money belongs to what follows,
        // or else to the subject before (`实施…重点项目278个,完成投资678.42亿元`).
        if !count_like && GENERIC_MONEY.contains(&phrase.as_str()) {
            let following = following_noun(after, sentence, quantities, k);
            if !following.is_empty() {
                phrase = format!("{following}{phrase}");
            } else if let Some((c, _)) = &carried {
                phrase = format!("{c}{phrase}");
            }
        }
        let (mut indicator, mut canonical) = match lexicon::lookup(&phrase) {
            Some(name) => (name.to_string(), true),
            None => (phrase.clone(), false),
        };
        if indicator.is_empty()
            && let Some((c, canon)) = &carried
        {
            indicator = c.clone();
            canonical = *canon;
        }
        if let Some(whole) = share_of {
            let subject = carried.as_ref().map_or(String::new(), |c| c.0.clone());
            indicator = format!("{subject}占{whole}比重");
            canonical = false;
        }
        if indicator.is_empty() {
            indicator = noun;
        }
        let measure = measure(q, &indicator, pre);
        if !indicator.is_empty() && !GENERIC_MONEY.contains(&indicator.as_str()) {
            carried = Some((indicator.clone(), canonical));
        }
        out.push(Reading {
            indicator,
            canonical,
            measure,
            average,
            from,
            end_level,
            old_base,
            cue: time_cue(sentence, q.span.start),
        });
    }
    out
}

fn measure(q: &Quantity, indicator: &str, pre: &str) -> Measure {
    let rate_name = ["率", "比重", "比例", "占比", "强度", "指数"]
        .iter()
        .any(|s| indicator.ends_with(s));
    // `居民消费价格涨幅控制在3%左右`: the rate of a rise is a growth, whatever verb sets it.
    let change_word = ["涨幅", "增幅", "增速", "降幅", "增长率"]
        .iter()
        .any(|w| pre.contains(w));
    match q.base {
        "%" | "‰" if (q.direction.is_some() || change_word) && !rate_name => Measure::Growth,
        "%" | "‰" => Measure::Share,
        "个百分点" | "倍" => Measure::Growth,
        _ if q.direction.is_some() => Measure::Growth,
        "个" | "人" | "人次" | "" | "天" => Measure::Count,
        _ if pre.ends_with("增加") => Measure::Growth,
        _ => Measure::Level,
    }
}

/// `年均增长`: an average over years; `年均浓度` is a name, not an average. (The regex
/// `年均(?:增长|提高|增加|递增|下降|降低|减少|增速|增幅)?$`.)
fn ends_with_average(text: &str) -> bool {
    let text = [
        "增长", "提高", "增加", "递增", "下降", "降低", "减少", "增速", "增幅",
    ]
    .iter()
    .find_map(|w| text.strip_suffix(w).filter(|t| t.ends_with("年均")))
    .unwrap_or(text);
    text.ends_with("年均")
}

/// What a duration measures: the thing named after it (`3-5年的政府投资项目计划安排`) or the
/// action it took (`40天打赢北山治理攻坚战`).
fn duration_phrase(pre: &str, after: &str) -> String {
    let after = after.trim_start();
    let text: String = match after.strip_prefix('的') {
        Some(noun) => noun.chars().take(14).collect(),
        None => format!("{pre}{}", after.chars().take(14).collect::<String>()),
    };
    text.trim_end_matches(|c: char| !is_cjk(c)).to_string()
}

/// `比2015年`, `比“十二五”末`, `由2013年的`: a change measured over several years.
fn has_old_base(clause_pre: &str) -> bool {
    YearPattern::Base.find(clause_pre).is_some()
        || clause_pre.contains("比“十二五”末")
        || clause_pre.contains("比十二五末")
}

/// The first value of `从X增加到Y`: `从`/`由` before it and a `到`/`至` verb after it in the clause.
fn is_from(pre: &str, after: &str) -> bool {
    let t = pre.trim_end_matches(|c: char| c.is_whitespace());
    let opens = t.ends_with('从')
        || t.ends_with('由')
        || YearPattern::Base.find(t).is_some_and(|m| m.range.end == t.len());
    opens && (after.contains('到') || after.contains('至'))
}

/// `达到`, `增加到`, `提升至`, `为`: the value reached, a level at the end of the period.
fn is_end_level(pre: &str) -> bool {
    let t = pre.trim_end_matches(['约', '近']);
    ["达到", "达", "到", "至", "为"].iter().any(|w| t.ends_with(w))
}

/// `占一般公共预算支出的` → `一般公共预算支出`.
fn share_whole(pre: &str) -> Option<String> {
    let at = pre.rfind('占')?;
    let rest = &pre[at + '占'.len_utf8()..];
    // 占比 is the name of a share, 占地 an area: neither introduces the whole.
    if rest.starts_with(['比', '地']) {
        return None;
    }
    let whole = rest
        .trim_end_matches("的比重")
        .trim_end_matches("的比例")
        .trim_end_matches("比重")
        .trim_end_matches('的');
    (!whole.is_empty() && whole.chars().count() <= 16 && !whole.contains(['，', ',']))
        .then(|| whole.to_string())
}

fn strip_leading<'a>(mut s: &'a str, words: &[&str]) -> &'a str {
    loop {
        let t = s.trim_start_matches(|c: char| c.is_whitespace() || "、”）)—-".contains(c));
        if PROTECTED.iter().any(|p| t.starts_with(p)) {
            return t;
        }
        match words.iter().find(|w| t.starts_with(**w) && t.len() > w.len()) {
            Some(w) => s = &t[w.len()..],
            None => return t,
        }
    }
}

fn strip_trailing<'a>(mut s: &'a str, words: &[&str]) -> &'a str {
    loop {
        let t = s.trim_end_matches(|c: char| c.is_whitespace() || "、“（(—-".contains(c));
        match words.iter().find(|w| t.ends_with(**w)) {
            Some(w) => s = &t[..t.len() - w.len()],
            None => return t,
        }
    }
}

/// The indicator phrase in the text before a number: scope and time words, verbs and qualifiers
/// stripped; example lists (`华为、猪八戒等`) dropped; a long lead-in cut to its last part.
pub fn clean(pre: &str) -> String {
    let mut s = without_footnote_markers(pre);
    s = YearPattern::Year.remove_all(&s);
    // `实现三个百分之百`: the count before a percent form is read with it.
    s = without_trailing_count(&s).to_string();
    // `由2013年的2330元` leaves `由的`.
    s = s.replace("由的", "由").replace("从的", "从");
    // Examples: keep what follows `等`, or, when nothing does, what precedes the list.
    if let Some(at) = s.rfind('等') {
        let tail = s[at + '等'.len_utf8()..].to_string();
        if strip_trailing(&tail, TRAILING).is_empty() {
            let head = &s[..at];
            let verb_end = ACTION_VERBS
                .iter()
                .filter_map(|v| head.find(v).map(|p| p + v.len()))
                .min()
                .unwrap_or(0);
            s = head[..verb_end].to_string();
        } else {
            s = tail;
        }
    }
    // A long lead-in: keep what follows its last verb-like break (`对`, `把`, `将`, `为`).
    let mut t: &str = &s;
    t = strip_trailing(t, TRAILING);
    t = strip_leading(t, LEADING);
    t = strip_trailing(t, TRAILING);
    let mut out = t.to_string();
    for f in INNER_FILLER {
        if out.len() > f.len() {
            out = out.replace(f, "");
        }
    }
    let out = strip_leading(&out, LEADING).to_string();
    // 新增城镇就业 is a name that opens with a verb.
    if lexicon::lookup(&out).is_some() {
        return out;
    }
    let stripped = strip_leading(&out, ACTION_VERBS);
    // `落地项目`: a verb stripped from a two-character noun leaves too little to name anything.
    let out = if stripped.chars().count() > 2 {
        stripped.to_string()
    } else {
        out
    };
    if out.chars().count() > 24 {
        // Too long to be a name: the indicator is its end.
        let keep: String = out
            .chars()
            .rev()
            .take(16)
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        return keep;
    }
    out
}

/// The noun a count counts, after it: `530支抢险突击队奔赴一线` → `抢险突击队`. `gap` is the
/// distance to the next quantity in the clause, which the noun never reaches.
fn noun_after(after: &str, gap: Option<usize>, chain: bool) -> String {
    let mut text = after;
    // `41个、1744户老旧小区`: the noun of the next count.
    if let Some(rest) = text.strip_prefix('、').or_else(|| text.strip_prefix('和'))
        && chain
        && rest.starts_with(|c: char| c.is_ascii_digit())
    {
        let skip = rest
            .find(|c: char| !(c.is_ascii_digit() || c == '.'))
            .unwrap_or(rest.len());
        let rest = &rest[skip..];
        let unit_len = super::units::unit_at(rest).map_or(0, |u| u.written.len());
        text = &rest[unit_len..];
    } else if let Some(g) = gap {
        text = &text[..g.min(text.len())];
    }
    let text = text.strip_prefix('的').unwrap_or(text);
    if text.starts_with('、') {
        return String::new();
    }
    let mut end = 0;
    for (i, c) in text.char_indices() {
        if i < end {
            continue;
        }
        // A quoted name is taken whole: `2场“云签约”活动`.
        if c == '“'
            && let Some(close) = text[i..].find('”')
        {
            end = i + close + '”'.len_utf8();
            continue;
        }
        if !(is_cjk(c) || c.is_ascii_alphanumeric() || "（）()、".contains(c))
            || NOUN_STOPS.iter().any(|w| text[i..].starts_with(w))
        {
            break;
        }
        end = i + c.len_utf8();
    }
    let noun: String = text[..end].chars().take(14).collect();
    noun.trim_end_matches(['（', '(']).to_string()
}

fn is_cjk(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c) || ('\u{3400}'..='\u{4dbf}').contains(&c)
}

/// For generic money (`总投资`, `投资`): the thing it is for, named after it (`…的26个灾后恢复重建
/// 项目`, `改扩建孟州路、政一街等5条道路`).
fn following_noun(after: &str, sentence: &str, quantities: &[Quantity], k: usize) -> String {
    // `占地面积150亩、总投资12亿元的龙佰国际康养城项目`: both amounts are the project's.
    if after.starts_with('、')
        && let Some(next) = quantities.get(k + 1)
        && sentence
            .get(quantities[k].span.end..next.span.start)
            .is_some_and(|t| !t.contains(is_clause_end))
    {
        let next_after = &sentence[next.span.end..];
        if next_after.starts_with('的') {
            return following_noun(next_after, sentence, quantities, k + 1);
        }
    }
    let after = after.strip_prefix('的').unwrap_or(after);
    if after.is_empty() || !after.starts_with(is_cjk) && !after.starts_with(|c: char| c.is_ascii_digit()) {
        return String::new();
    }
    if let Some(next) = quantities.get(k + 1) {
        let next_start = next.span.start;
        let q_end = quantities[k].span.end;
        let between = sentence.get(q_end..next_start).unwrap_or("");
        if !between.contains(is_clause_end) {
            let next_after = &sentence[next.span.end..];
            let noun = noun_after(
                next_after,
                quantities
                    .get(k + 2)
                    .map(|n| n.span.start.saturating_sub(next.span.end)),
                true,
            );
            if !noun.is_empty() {
                return noun;
            }
        }
    }
    let noun = noun_after(after, None, true);
    strip_leading(&noun, ACTION_VERBS).to_string()
}

/// `A、B分别…X和Y`: the item of the list that quantity `k` goes with, when the counts agree.
fn distributed(sentence: &str, clause: Range<usize>, quantities: &[Quantity], k: usize) -> Option<String> {
    let text = &sentence[clause.clone()];
    let at = text.find("分别")?;
    let subject_end = clause.start + at;
    // The group: quantities after 分别 in this clause, joined by 、和及与.
    let group: Vec<usize> = (0..quantities.len())
        .filter(|&j| quantities[j].span.start > subject_end && quantities[j].span.start < clause.end)
        .collect();
    let position = group.iter().position(|&j| j == k)?;
    let subject = strip_trailing(&sentence[clause.start..subject_end], TRAILING);
    let subject = if let Some(b) = YearPattern::Base.find(subject) {
        &subject[..b.range.start]
    } else {
        subject
    };
    let subject = strip_leading(subject, LEADING);
    let items: Vec<&str> = subject.split(['、', '和']).filter(|s| !s.is_empty()).collect();
    if items.len() < 2 || items.len() != group.len() {
        return Some(clean(subject));
    }
    let last = items[items.len() - 1];
    let head_at = SHARED_HEADS
        .iter()
        .filter_map(|h| last.find(h).filter(|&p| p > 0))
        .min();
    let item = items[position];
    let full = match head_at {
        Some(h) if !SHARED_HEADS.iter().any(|s| item.ends_with(s)) => {
            let tail = &last[h..];
            if position == items.len() - 1 {
                item.to_string()
            } else {
                format!("{item}{tail}")
            }
        }
        _ => item.to_string(),
    };
    let full = match full.find('等') {
        Some(p) => {
            let tail = head_at.map_or("", |h| &last[h..]);
            format!("{}{tail}", &full[..p])
        }
        None => full,
    };
    Some(clean(&full))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::numbers::quantity::scan;
    use regex::Regex;

    #[test]
    fn footnotes_counts_and_averages_go_as_the_regexes_say() {
        let footnote = Regex::new(r"\^?\[[0-9]{1,3}\]|［[0-9]{1,3}］|〔[0-9]{1,3}〕").unwrap();
        let count = Regex::new(r"[一二两三四五六七八九十]+个$").unwrap();
        let average = Regex::new(r"年均(?:增长|提高|增加|递增|下降|降低|减少|增速|增幅)?$").unwrap();
        for text in [
            "增长^[4]和[12]、［3］〔7〕[1234]^[]^^[5]［2]",
            "实现三个一二个",
            "两个九十个",
            "三个",
            "个",
            "年均",
            "年均增长",
            "年均浓度",
            "年均增长率",
            "年均年均增速",
        ] {
            assert_eq!(
                without_footnote_markers(text),
                footnote.replace_all(text, ""),
                "{text}"
            );
            assert_eq!(without_trailing_count(text), count.replace(text, ""), "{text}");
            assert_eq!(ends_with_average(text), average.is_match(text), "{text}");
        }
    }

    proptest::proptest! {
        #[test]
        fn footnotes_counts_and_averages_match_the_regexes_on_any_mix(parts in proptest::collection::vec(proptest::sample::select(vec![
            "^", "[", "]", "［", "］", "〔", "〕", "1", "23", "4567", "三", "两", "十", "百", "个", "年均", "增长", "增速",
            "浓度", "中", "é",
        ]), 0..16)) {
            let text: String = parts.concat();
            let footnote = Regex::new(r"\^?\[[0-9]{1,3}\]|［[0-9]{1,3}］|〔[0-9]{1,3}〕").unwrap();
            let count = Regex::new(r"[一二两三四五六七八九十]+个$").unwrap();
            let average = Regex::new(r"年均(?:增长|提高|增加|递增|下降|降低|减少|增速|增幅)?$").unwrap();
            proptest::prop_assert_eq!(without_footnote_markers(&text), footnote.replace_all(&text, ""));
            proptest::prop_assert_eq!(without_trailing_count(&text), count.replace(&text, ""));
            proptest::prop_assert_eq!(ends_with_average(&text), average.is_match(&text));
        }
    }

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
            r"(今年|本年)|(去年|上年|上一年|过去一年|一年来)|",
            r"(今后五年|未来五年|未来$|“?十四五”?(?:时期|期间|末|规划)|到“?十四五”?末)|",
            r"(五年来|这五年|过去五年|五年间|“?十三五”?(?:时期|期间))"
        ))
        .unwrap();
        let cues = [
            TimeCue::ThisYear,
            TimeCue::LastYear,
            TimeCue::PlanPeriod,
            TimeCue::PastPeriod,
        ];
        re.captures_iter(text)
            .map(|c| {
                let group = (1..=4).find(|&g| c.get(g).is_some()).unwrap();
                (c.get(0).unwrap().range(), cues[group - 1])
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
        ] {
            assert_eq!(word_cues(text), word_cues_by_regex(text), "{text}");
        }
    }

    proptest::proptest! {
        #[test]
        fn time_words_match_the_regex_on_any_mix(parts in proptest::collection::vec(proptest::sample::select(vec![
            "今", "年", "本", "去", "上", "一", "过", "来", "未", "五", "十", "四", "三", "“", "”", "到", "这",
            "后", "时期", "期间", "间", "末", "规划", "比", "2021", "，", "产业",
        ]), 0..24)) {
            let text: String = parts.concat();
            proptest::prop_assert_eq!(word_cues(&text), word_cues_by_regex(&text));
        }
    }

    fn readings(sentence: &str) -> Vec<(String, String, Measure)> {
        let q = scan(sentence);
        read(sentence, &q)
            .into_iter()
            .zip(&q)
            .map(|(r, q)| (q.raw.clone(), r.indicator, r.measure))
            .collect()
    }

    fn indicators(sentence: &str) -> Vec<String> {
        readings(sentence).into_iter().map(|r| r.1).collect()
    }

    #[test]
    fn the_subject_before_the_verb_names_the_indicator_and_carries_over() {
        let r = readings(
            "紧盯年初指标任务,积极组织调度,地区生产总值完成181.8亿元,同比增长5.3%;一般公共预算收入完成13.8亿元,同比增长2.3%;城镇居民人均可支配收入达到39607元,实现了“十四五”开局平稳。",
        );
        assert_eq!(
            r,
            [
                ("181.8亿元".into(), "地区生产总值".into(), Measure::Level),
                ("5.3%".into(), "地区生产总值".into(), Measure::Growth),
                ("13.8亿元".into(), "一般公共预算收入".into(), Measure::Level),
                ("2.3%".into(), "一般公共预算收入".into(), Measure::Growth),
                ("39607元".into(), "城镇居民人均可支配收入".into(), Measure::Level),
            ]
        );
    }

    #[test]
    fn wordings_normalise_to_one_indicator() {
        assert_eq!(
            indicators("国内生产总值达到114万亿元,增长8.1%。"),
            ["国内生产总值"; 2]
        );
        assert_eq!(
            indicators("全市生产总值完成3725亿元,增长7.2%、全省第一。"),
            ["地区生产总值"; 2]
        );
        assert_eq!(indicators("年末全国城镇调查失业率降到5.2%。"), ["城镇调查失业率"]);
        assert_eq!(
            indicators("新增城镇就业9.56万人,超额完成省定目标。"),
            ["城镇新增就业"]
        );
        assert_eq!(
            indicators("城镇调查失业率全年控制在5.5%以内;"),
            ["城镇调查失业率"]
        );
    }

    #[test]
    fn targets_paragraph_clauses() {
        let r = readings(
            "2022年经济社会发展的预期目标是:地区生产总值增长8%左右;人均可支配收入与经济增长协调同步;规模以上工业增加值增长8.5%以上;固定资产投资增长10%以上;社会消费品零售总额增长8.5%;一般公共预算收入增长5%以上。",
        );
        let names: Vec<&str> = r.iter().map(|r| r.1.as_str()).collect();
        assert_eq!(
            names,
            [
                "地区生产总值",
                "规模以上工业增加值",
                "固定资产投资",
                "社会消费品零售总额",
                "一般公共预算收入"
            ]
        );
        assert!(r.iter().all(|r| r.2 == Measure::Growth));
        assert_eq!(
            indicators("城镇新增就业1100万人以上,城镇调查失业率5.5%左右;居民消费价格涨幅3%左右;"),
            ["城镇新增就业", "城镇调查失业率", "居民消费价格"]
        );
    }

    #[test]
    fn measures_level_growth_share_count() {
        let m = |s: &str| readings(s).into_iter().map(|r| r.2).collect::<Vec<_>>();
        assert_eq!(m("粮食产量1.37万亿斤"), [Measure::Level]);
        assert_eq!(m("居民消费价格上涨0.9%"), [Measure::Growth]);
        assert_eq!(m("城镇调查失业率平均为5.1%"), [Measure::Share]);
        assert_eq!(m("疫苗全程接种覆盖率超过85%"), [Measure::Share]);
        assert_eq!(
            m("常住人口城镇化率达到56%,提高9个百分点"),
            [Measure::Share, Measure::Growth]
        );
        assert_eq!(m("城镇新增就业1269万人"), [Measure::Count]);
        assert_eq!(m("城镇居民人均可支配收入增加11500元"), [Measure::Growth]);
        assert_eq!(m("居民消费价格涨幅控制在3%左右"), [Measure::Growth]);
    }

    #[test]
    fn a_count_names_the_noun_after_it() {
        assert_eq!(
            indicators("率先在全市推行党员联户工作,4292名党员群众积极投身抗疫一线,全员抗疫蔚然成风。"),
            ["党员群众"]
        );
        assert_eq!(indicators("530支抢险突击队奔赴一线,守住了底线。"), ["抢险突击队"]);
        assert_eq!(
            indicators("组建6个功能性服务专班,39名县级干部点对点助企服务"),
            ["功能性服务专班", "县级干部"]
        );
        assert_eq!(
            indicators("年初剩余的551万农村贫困人口全部脱贫、52个贫困县全部摘帽。"),
            ["农村贫困人口", "贫困县"]
        );
    }

    #[test]
    fn a_count_after_its_noun_takes_the_noun_before() {
        assert_eq!(
            indicators("建成图书馆总分馆15个,数字文化馆社区总分馆10个"),
            ["图书馆总分馆", "数字文化馆社区总分馆"]
        );
        assert_eq!(indicators("全年累计外出招商131批次,"), ["外出招商"]);
        assert_eq!(indicators("落地华为、猪八戒等知名企业592家,"), ["知名企业"]);
    }

    #[test]
    fn money_of_a_counted_thing_names_both() {
        assert_eq!(
            indicators("17个省、市重点项目年度完成投资64.45亿元,超年度计划50个百分点;"),
            ["省、市重点项目", "省、市重点项目投资", "省、市重点项目投资超计划"]
        );
        assert_eq!(
            indicators("总投资1.5亿元的26个灾后恢复重建项目开工建设"),
            ["灾后恢复重建项目总投资", "灾后恢复重建项目"]
        );
        assert_eq!(
            indicators("投资3100万元改扩建孟州路、政一街等5条道路;"),
            ["道路投资", "道路"]
        );
    }

    #[test]
    fn a_share_names_its_whole() {
        assert_eq!(
            readings("全年民生支出11.19亿元,占一般公共预算支出的71%。"),
            [
                ("11.19亿元".into(), "民生支出".into(), Measure::Level),
                (
                    "71%".into(),
                    "民生支出占一般公共预算支出比重".into(),
                    Measure::Share
                ),
            ]
        );
    }

    #[test]
    fn respectively_lists_pair_items_with_numbers() {
        assert_eq!(
            indicators("PM2.5、PM10年均浓度分别下降18.2%和11.7%,优良天数达224天"),
            ["PM2.5年均浓度", "PM10年均浓度", "优良天数"]
        );
        assert_eq!(
            indicators("城镇、乡村居民人均可支配收入分别达到3.4万元、1.7万元"),
            ["城镇居民人均可支配收入", "农村居民人均可支配收入"]
        );
        assert_eq!(
            indicators("合同利用外资和实际利用外资分别不少于3850万美元和4000万美元;"),
            ["合同利用外资", "实际利用外资"]
        );
    }

    #[test]
    fn from_to_marks_the_start_value() {
        let s = "行政许可事项即办件占比由73.5%提升至84.1%";
        let q = scan(s);
        let r = read(s, &q);
        assert!(r[0].from && !r[1].from);
        assert!(r[1].end_level);
        assert_eq!(
            (r[0].measure, r[1].indicator.as_str()),
            (Measure::Share, "行政许可事项即办件占比")
        );
        let s = "全区地区生产总值年均增长10亿元以上,从129.6亿元增加到181.8亿元;";
        let q = scan(s);
        let r = read(s, &q);
        assert!(r[0].average && r[1].from && r[2].end_level);
        assert!(r.iter().all(|r| r.indicator == "地区生产总值"), "{r:#?}");
    }

    #[test]
    fn an_older_base_is_noted() {
        let s = "空气质量综合指数、PM2.5浓度分别比2015年下降45.6%、51.7%。";
        let q = scan(s);
        let r = read(s, &q);
        assert!(r.iter().all(|r| r.old_base));
        assert_eq!(r[1].indicator, "PM2.5年均浓度");
        assert_eq!(r[0].indicator, "空气质量综合指数");
    }

    #[test]
    fn time_cues_nearest_first() {
        let s = "2017年到2021年,全区地区生产总值年均增长10亿元以上";
        assert_eq!(time_cue(s, s.len()), Some(TimeCue::Years(2017, 2021)));
        let s = "力争2026年高新技术企业达到60家";
        assert_eq!(time_cue(s, s.len()), Some(TimeCue::Year(2026)));
        let s = "到2023年底,创建达标村(社区)、达标单位分别实现90%和95%以上";
        assert_eq!(time_cue(s, s.len()), Some(TimeCue::Deadline(2023)));
        let s = "2013年以来新增的涉税市场主体去年纳税达到4.76万亿元";
        assert_eq!(time_cue(s, s.len()), Some(TimeCue::LastYear));
        let s = "进一步优化完善今年乃至未来";
        assert_eq!(time_cue(s, s.len()), Some(TimeCue::PlanPeriod));
        let s = "聚焦未来产业,组建";
        assert_eq!(time_cue(s, s.len()), None, "未来产业 is a name");
        let s = "今年赤字率拟按2.8%左右安排";
        assert_eq!(time_cue(s, s.len()), Some(TimeCue::ThisYear));
        let s = "“十四五”时期,常住人口城镇化率提高到65%";
        assert_eq!(time_cue(s, s.len()), Some(TimeCue::PlanPeriod));
        let s = "五年来,城镇新增就业50.2万人";
        assert_eq!(time_cue(s, s.len()), Some(TimeCue::PastPeriod));
        let s = "空气质量综合指数比2015年下降45.6%";
        assert_eq!(time_cue(s, s.len()), None, "a base year is no time cue");
    }

    #[test]
    fn a_comparison_names_what_is_compared() {
        assert_eq!(
            indicators("全年民生支出666亿元,占一般公共预算支出的84.1%,高于全省3.3个百分点。"),
            [
                "民生支出",
                "民生支出占一般公共预算支出比重",
                "民生支出占一般公共预算支出比重高于全省"
            ]
        );
    }

    #[test]
    fn generic_money_takes_the_subject_before_when_nothing_follows() {
        assert_eq!(
            indicators("实施千万元以上重点项目278个,完成投资678.42亿元,经济体量进一步增大。"),
            ["千万元以上重点项目", "千万元以上重点项目投资"]
        );
    }

    #[test]
    fn an_area_belongs_to_the_project_named_after_it() {
        assert_eq!(
            indicators("占地面积150亩、总投资12亿元的龙佰国际康养城项目建设正式启动"),
            ["龙佰国际康养城项目占地面积", "龙佰国际康养城项目总投资"]
        );
    }

    #[test]
    fn a_threshold_names_the_class_it_counts() {
        assert_eq!(
            indicators("确保全年招商落地项目不少于260个,5000万元以上项目不少于5个;"),
            ["招商落地项目", "5000万元以上项目", "5000万元以上项目"]
        );
    }

    #[test]
    fn a_duration_names_what_took_the_time() {
        assert_eq!(
            indicators("40天打赢北山治理攻坚战,4个月完成南水北调绿化带提升区征迁"),
            ["打赢北山治理攻坚战", "完成南水北调绿化带提升区征迁"]
        );
        assert_eq!(
            indicators("优化完善今年乃至未来3-5年的政府投资项目计划安排"),
            ["政府投资项目计划安排"]
        );
    }

    #[test]
    fn footnote_markers_and_quotes_in_names() {
        assert_eq!(
            indicators("“5个1000”行动^[4]累计入库项目1290个"),
            ["“5个1000”行动入库项目"]
        );
        assert_eq!(indicators("开展2场“云签约”活动"), ["“云签约”活动"]);
    }

    #[test]
    fn increments_stay_increments_along_a_list() {
        assert_eq!(
            indicators("力争新增国家科技型中小企业5家以上、国家高新技术企业3家以上。"),
            ["新增国家科技型中小企业", "新增国家高新技术企业"]
        );
        assert_eq!(indicators("国家高新技术企业达到10家以上"), ["国家高新技术企业"]);
    }

    #[test]
    fn an_average_is_a_verb_not_a_name() {
        let s = "生产总值年均增长6.3%,PM2.5、PM10年均浓度分别下降18.2%和11.7%";
        let q = scan(s);
        let r = read(s, &q);
        assert_eq!(
            r.iter().map(|r| r.average).collect::<Vec<_>>(),
            [true, false, false]
        );
    }

    #[test]
    fn a_count_before_a_percent_form_is_read_with_it() {
        assert_eq!(
            indicators("扎实开展“三个一批”活动,省定考核实现三个百分之百。"),
            ["省定考核"]
        );
    }

    #[test]
    fn a_comparison_with_last_year_is_no_time_cue() {
        let s = "今年赤字率拟按3.2%左右安排、比去年有所下调,增幅明显高于去年,其中增幅均超过10%";
        let q = scan(s);
        assert_eq!(time_cue(s, q[1].span.start), Some(TimeCue::ThisYear));
    }
}
