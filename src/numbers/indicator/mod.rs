//! What each quantity of a sentence measures: the indicator phrase, the measure, and the cues
//! (年均, 从…到…, 比2015年, 到2025年) that decide its role.
//!
//! The indicator is the subject before the number (`地区生产总值完成181.8亿元`), carried over to
//! the next clause when that clause has none (`…,同比增长5.3%`), the noun after a count
//! (`530支抢险突击队`), a share's whole (`占一般公共预算支出的71%`), or one item of a `分别` list
//! (`PM2.5、PM10年均浓度分别下降18.2%和11.7%`). Headline indicators are named by the lexicon.

mod lists;
mod phrase;
pub(super) mod time;
mod words;

use std::ops::Range;

use super::lexicon;
use super::quantity::Quantity;
use lists::list_names;
use phrase::{clean, following_noun, is_cjk, names_a_quantity, noun_after, strip_leading, strip_trailing};
use time::YearPattern;
pub use time::{TimeCue, time_cue};
use words::*;

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
    /// 累计, 共, 五年: a total over several years, whatever the years spoken of.
    pub cumulative: bool,
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

/// A clause, its `分别` list (figures and names) and the figures in it.
type ClauseLists = (Range<usize>, Option<(Vec<usize>, Vec<String>)>, Vec<usize>);

/// Output named without what is produced (`总产130亿斤`).
const BARE_OUTPUT: &[&str] = &["总产", "总产量", "产量"];

/// Reads every quantity of `sentence` (`quantities` are its own, spans relative to it).
pub fn read(sentence: &str, quantities: &[Quantity]) -> Vec<Reading> {
    let cls = clauses(sentence);
    let zones = zone_subjects(sentence, &cls);
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
    // The clause read last, its `分别` list (figures and names) and the figures in it.
    let mut lists: Option<ClauseLists> = None;
    // The names of the last `分别` list: a clause after it with no subject of its own and as many
    // figures goes with them in order (`…分别达6.9万元、3.4万元，增长4.2%、5.3%`).
    let mut last_names: Option<Vec<String>> = None;
    for (k, q) in quantities.iter().enumerate() {
        let clause = clause_of(q);
        if lists.as_ref().is_none_or(|(c, ..)| *c != clause) {
            let list = list_names(sentence, clause.clone(), quantities);
            let in_clause: Vec<usize> = (k..quantities.len())
                .take_while(|&j| clause.contains(&quantities[j].span.start))
                .collect();
            lists = Some((clause.clone(), list, in_clause));
        }
        let (_, list, in_clause) = lists.as_ref().expect("read above");
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

        // `年均分别增长8.8%、9.9%`: the list's word stands between the average and its verb.
        let average = ends_with_average(&pre.trim_end_matches(['约', '近', '了']).replace("分别", ""));
        let cumulative = is_cumulative(clause_pre);
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
        if let Some((group, names)) = list {
            if let Some(position) = group.iter().position(|&j| j == k) {
                phrase = names[position].clone();
            }
            last_names = Some(names.clone());
        } else if let Some(names) = &last_names
            && in_clause.len() == names.len()
            && clean(&sentence[clause.start..quantities[in_clause[0]].span.start]).is_empty()
            && let Some(position) = in_clause.iter().position(|&j| j == k)
        {
            phrase = names[position].clone();
        }
        let structure_count = count_like && STRUCTURE_NOUNS.contains(&noun.as_str());
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
        // `粮食播种面积1570.5万亩、总产130亿斤`, `粮食连续五年增产，总产量1057亿斤`: the bare output
        // of a sentence about grain is the grain output.
        if BARE_OUTPUT.contains(&phrase.as_str()) && sentence[..q.span.start].contains("粮食") {
            phrase = format!("粮食{phrase}");
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
        // `开发区营业收入增长65.8%，税收收入增长29%`: a zone named at the head of a clause is the
        // subject of the clauses after it in the sentence, not the county, until another is named.
        if let Some(zone) = cls.iter().position(|c| *c == clause).and_then(|i| zones[i])
            && !phrase.is_empty()
            && !phrase.contains(zone)
        {
            phrase = format!("{zone}{phrase}");
        }
        if structure_count {
            phrase.clear();
        }
        let (mut indicator, mut canonical) = match lexicon::lookup(&phrase) {
            Some(name) => (name.to_string(), true),
            None => (phrase.clone(), false),
        };
        // What names nothing measured is no indicator (`万亿元台阶、达14.2万亿元`), nor does a
        // generic head (`增速全国第3，总量达到60013亿元`): the subject carried over, if any, is the
        // figure's.
        if !canonical && (!names_a_quantity(&indicator) || GENERIC_HEADS.contains(&indicator.as_str())) {
            indicator.clear();
        }
        if indicator.is_empty()
            && !structure_count
            && let Some((c, canon)) = &carried
        {
            indicator = c.clone();
            canonical = *canon;
        }
        if let Some(whole) = share_of {
            // `战略性新兴产业产值占规上工业比重…`: the part is named before 占, or carried over.
            let own = pre.rfind('占').map_or(String::new(), |at| clean(&pre[..at]));
            let subject = if own.is_empty() {
                carried.as_ref().map_or(String::new(), |c| c.0.clone())
            } else {
                own
            };
            indicator = format!("{subject}占{whole}比重");
            canonical = false;
        }
        if indicator.is_empty() && !structure_count && !GENERIC_NOUNS.contains(&noun.as_str()) {
            indicator = noun;
        }
        // Nor a noun that names nothing: the figure is listed as other.
        if !canonical && !names_a_quantity(&indicator) {
            indicator.clear();
        }
        // A headline indicator in a unit it is not measured in (`城镇化率…连续5年`) is not its figure.
        if canonical && !lexicon::fits(&indicator, q.base) {
            // `优良天数比例达到77%、增加13天`: days are the count the share is of.
            match ["比例", "比率", "率"]
                .iter()
                .find_map(|r| indicator.strip_suffix(r))
                .and_then(lexicon::lookup)
                .filter(|counted| lexicon::fits(counted, q.base))
            {
                Some(counted) => indicator = counted.to_string(),
                None => {
                    indicator.clear();
                    canonical = false;
                }
            }
        }
        let measure = measure(q, &indicator, pre);
        if !indicator.is_empty() && !GENERIC_MONEY.contains(&indicator.as_str()) {
            carried = Some((indicator.clone(), canonical));
        } else if indicator.is_empty()
            && let Some(name) = lexicon::lookup(&clean(pre))
        {
            // `地区生产总值连续迈上4个万亿元台阶、达14.2万亿元`: the count names nothing, but the
            // subject before it goes on to the next figure.
            carried = Some((name.to_string(), true));
        }
        out.push(Reading {
            indicator,
            canonical,
            measure,
            average,
            cumulative,
            from,
            end_level,
            old_base,
            cue: time_cue(sentence, q.span.start),
        });
    }
    out
}

/// Zones a report gives figures of apart from its government's (`开发区`, `高新区`, `雄安新区`).
const ZONE_ENDINGS: &[&str] = &[
    "开发区",
    "高新区",
    "经开区",
    "园区",
    "新区",
    "保税区",
    "自贸区",
    "自贸试验区",
];

/// The zone that is the subject of each clause of a sentence: one named at the head of the clause
/// or of an earlier one that gives a figure of it (`开发区营业收入增长65.8%`, not `完善园区道路`),
/// unless a clause in between names the government (`全县`, `全市`…).
fn zone_subjects<'s>(sentence: &'s str, clauses: &[Range<usize>]) -> Vec<Option<&'s str>> {
    let mut zone = None;
    clauses
        .iter()
        .map(|clause| {
            let text =
                sentence[clause.clone()].trim_start_matches(|c: char| c.is_whitespace() || c == '\u{3000}');
            let text = ["其中", "同时"]
                .iter()
                .find_map(|w| text.strip_prefix(w))
                .unwrap_or(text);
            if lexicon::SCOPE_WORDS.iter().any(|w| text.starts_with(w)) {
                zone = None;
            } else if let Some(z) = leading_zone(text).filter(|_| text.contains(|c: char| c.is_ascii_digit()))
            {
                zone = Some(z);
            }
            zone
        })
        .collect()
}

/// Longest a zone's name opening a clause is, in characters.
const ZONE_NAME_CHARS: usize = 8;

/// `开发区营业收入…` → `开发区`: a zone's name opening a clause, as its subject (not an action's
/// object: `创建省级开发区`).
fn leading_zone(text: &str) -> Option<&str> {
    let head = text
        .char_indices()
        .nth(ZONE_NAME_CHARS)
        .map_or(text, |(at, _)| &text[..at]);
    // Every zone ends in 区: most clauses are told apart by that one character.
    if !head.contains('区') {
        return None;
    }
    let end = ZONE_ENDINGS
        .iter()
        .filter_map(|z| head.find(z).map(|at| at + z.len()))
        .min()?;
    let zone = &text[..end];
    let named = zone.chars().all(is_cjk)
        && !ACTION_VERBS.iter().any(|v| zone.starts_with(v))
        && !LEADING.iter().any(|v| zone.starts_with(v));
    named.then_some(zone)
}

fn measure(q: &Quantity, indicator: &str, pre: &str) -> Measure {
    let rate_name = ["率", "比重", "比例", "占比", "强度", "指数"]
        .iter()
        .any(|s| indicator.ends_with(s));
    // `居民消费价格涨幅控制在3%左右`: the rate of a rise is a growth, whatever verb sets it.
    let change_word = ["涨幅", "增幅", "增速", "降幅", "增长率", "增长"]
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

/// `累计新增城镇就业`, `五年共`, `总计`: the clause adds up several years; `全年累计` adds up one.
fn is_cumulative(clause_pre: &str) -> bool {
    const WITHIN_A_YEAR: &[&str] = &["全年", "年内", "当年", "今年", "去年", "一年"];
    clause_pre.contains("五年")
        || ["累计", "共计", "总计", "合计"].iter().any(|w| {
            clause_pre
                .match_indices(w)
                .any(|(at, _)| !WITHIN_A_YEAR.iter().any(|y| clause_pre[..at].ends_with(y)))
        })
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
    // `从上半年的5.5%下降到5.3%`: a time within the year names where the change started.
    let t = t.strip_suffix('的').unwrap_or(t);
    let t = ["上半年", "年初", "一季度", "前三季度", "去年", "上年"]
        .iter()
        .find_map(|w| t.strip_suffix(w))
        .unwrap_or(t);
    let opens = t.ends_with('从')
        || t.ends_with('由')
        || YearPattern::Base.find(t).is_some_and(|m| m.range.end == t.len());
    opens && (after.contains('到') || after.contains('至'))
}

/// `达到`, `增加到`, `提升至`, `为`: the value reached, a level at the end of the period; also
/// with the year reached between (`增长到2022年的4.2万亿元`).
fn is_end_level(pre: &str) -> bool {
    let t = pre.trim_end_matches(['约', '近']);
    let t = t.strip_suffix('的').map_or(t, |rest| {
        let rest = rest.trim_end_matches(['底', '末']);
        match rest.strip_suffix('年') {
            Some(digits) => digits.trim_end_matches(|c: char| c.is_ascii_digit()),
            None => t,
        }
    });
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
    // `…比例稳定在80%左右`, `…比重从40.3%提高到`: the verbs after the whole are no part of it.
    let rest = strip_trailing(rest, TRAILING);
    let whole = rest
        .trim_end_matches("的比重")
        .trim_end_matches("的比例")
        .trim_end_matches("比重")
        .trim_end_matches("比例")
        .trim_end_matches('的');
    (!whole.is_empty() && whole.chars().count() <= 16 && !whole.contains(['，', ',']))
        .then(|| whole.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::numbers::quantity::scan;

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
    fn wording_around_a_figure_is_not_its_name() {
        assert_eq!(indicators("广义货币M2预期增长目标拟定为13%左右"), ["广义货币M2"]);
        assert_eq!(
            indicators("城乡居民基本医疗保险财政补助标准由每人每年580元提高到610元"),
            [
                "城乡居民基本医疗保险财政补助标准",
                "城乡居民基本医疗保险财政补助标准"
            ]
        );
        assert_eq!(indicators("优良天数较去年增加16天"), ["优良天数"]);
        assert_eq!(
            indicators("规模以上工业增加值（可比）增长8.1%"),
            ["规模以上工业增加值"]
        );
        assert_eq!(indicators("年内新增市场主体2万户"), ["新增市场主体"]);
        assert_eq!(indicators("城镇登记失业率低于4.6%"), ["城镇登记失业率"]);
        assert_eq!(
            indicators("细颗粒物（PM2.5）年均浓度为27微克/立方米"),
            ["PM2.5年均浓度"]
        );
        assert_eq!(indicators("经济增长5%左右"), ["地区生产总值"]);
        assert_eq!(indicators("一般公共预算收入可比增长7%"), ["一般公共预算收入"]);
        assert_eq!(
            indicators("PM2.5年均浓度首次低于30微克/立方米"),
            ["PM2.5年均浓度"]
        );
        assert_eq!(
            indicators("全社会研发投入强度达到2.62%"),
            ["研究与试验发展经费投入强度"]
        );
        assert_eq!(
            indicators("地区生产总值达到5.53万亿元、稳居全国前十强、增长4.8%"),
            ["地区生产总值", "地区生产总值"]
        );
        assert_eq!(indicators("粮食种植面积1500万亩以上"), ["粮食播种面积"]);
    }

    #[test]
    fn a_zone_at_the_head_of_a_sentence_is_the_subject_of_its_clauses() {
        assert_eq!(
            indicators("开发区营业收入增长65.8%，税收收入增长29%，实际利用外资增长91.6%"),
            ["开发区营业收入", "开发区税收收入", "开发区实际利用外资"]
        );
        assert_eq!(
            indicators("开发区主营业务收入和税收收入分别完成210亿元和7.5亿元"),
            ["开发区主营业务收入", "开发区税收收入"]
        );
        // The government named again takes the subject back; a zone as an object is no subject.
        assert_eq!(
            indicators("高新区营业收入增长8%，全县税收收入增长5%"),
            ["高新区营业收入", "税收收入"]
        );
        assert_eq!(indicators("创建省级开发区，税收收入增长5%"), ["税收收入"]);
        assert_eq!(
            indicators("完善园区道路、停车等配套设施，影视文创产业园等2个专业园区建成投用"),
            ["专业园区"]
        );
        assert_eq!(
            indicators("综合排名跻身省级开发区前50，工业总产值达到150亿元"),
            ["工业总产值"]
        );
    }

    #[test]
    fn an_ordinal_list_shares_its_ordinal_and_its_head() {
        assert_eq!(
            indicators("第一、二、三产业增加值分别增长4.2%、5%、5.4%"),
            ["第一产业增加值", "第二产业增加值", "第三产业增加值"]
        );
        assert_eq!(
            indicators("一、二、三产业增加值分别增长4%、5.3%、3.4%"),
            ["第一产业增加值", "第二产业增加值", "第三产业增加值"]
        );
        assert_eq!(
            indicators("第一、第三产业增加值分别增长2.5%、3.9%"),
            ["第一产业增加值", "第三产业增加值"]
        );
    }

    #[test]
    fn a_stretch_of_time_is_no_part_of_a_name() {
        let s = "城镇调查失业率从上半年的5.5%下降到5.3%";
        let q = scan(s);
        let r = read(s, &q);
        assert_eq!((r[0].indicator.as_str(), r[0].from), ("城镇调查失业率", true));
        assert_eq!((r[1].indicator.as_str(), r[1].from), ("城镇调查失业率", false));
        assert_eq!(
            indicators("1—11月规模以上工业能耗强度下降8.9%"),
            ["规模以上工业能耗强度"]
        );
        assert_eq!(indicators("海铁联运班列突破1万列"), ["海铁联运班列"]);
    }

    #[test]
    fn a_list_goes_on_into_the_next_clause_without_a_subject() {
        assert_eq!(
            indicators("城乡居民人均可支配收入分别达6.9万元、3.4万元，增长4.2%、5.3%"),
            [
                "城镇居民人均可支配收入",
                "农村居民人均可支配收入",
                "城镇居民人均可支配收入",
                "农村居民人均可支配收入"
            ]
        );
        assert_eq!(
            indicators("城乡居民人均可支配收入分别达6.9万元、3.4万元，税收收入增长4.2%"),
            ["城镇居民人均可支配收入", "农村居民人均可支配收入", "税收收入"]
        );
    }

    #[test]
    fn the_part_of_a_share_is_named_before_its_whole() {
        assert_eq!(
            indicators("战略性新兴产业产值占规上工业比重从40.3%提高到45.4%"),
            [
                "战略性新兴产业产值占规上工业比重",
                "战略性新兴产业产值占规上工业比重"
            ]
        );
        assert_eq!(
            indicators("民生支出占一般公共预算支出比例稳定在80%左右"),
            ["民生支出占一般公共预算支出比重"]
        );
    }

    #[test]
    fn a_threshold_crossed_belongs_to_the_subject() {
        assert_eq!(
            indicators("地区生产总值连续迈上4个万亿元台阶、达14.2万亿元"),
            ["", "地区生产总值"]
        );
        assert_eq!(indicators("经济总量跨上5万亿元台阶"), ["地区生产总值"]);
    }

    #[test]
    fn a_count_after_a_share_is_the_count_the_share_is_of() {
        assert_eq!(
            indicators("优良天数比例达到77%、增加13天"),
            ["优良天数比例", "优良天数"]
        );
    }

    #[test]
    fn bare_output_in_a_sentence_about_grain_is_grain_output() {
        assert_eq!(
            indicators("粮食播种面积1570.5万亩、总产130亿斤"),
            ["粮食播种面积", "粮食产量"]
        );
        assert_eq!(indicators("粮食连续五年增产，总产量1057亿斤"), ["粮食产量"]);
        assert_eq!(indicators("蔬菜总产量达到500万吨"), ["蔬菜总产量"]);
    }

    #[test]
    fn a_phrase_that_names_nothing_measured_is_no_indicator() {
        for name in [
            "公",
            "新",
            "指标作些说明",
            "空气优良天数、增加25天",
            "10亿元大关",
            "标准由",
        ] {
            assert!(!names_a_quantity(name), "{name}");
        }
        for name in [
            "优良天数",
            "5000万元以上项目",
            "省、市重点项目",
            "即办件占比",
            "PM2.5年均浓度",
        ] {
            assert!(names_a_quantity(name), "{name}");
        }
        assert_eq!(indicators("突破10亿元大关"), [""]);
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
        assert_eq!(
            indicators("城乡居民人均可支配收入分别达6.6万元、3.2万元"),
            ["城镇居民人均可支配收入", "农村居民人均可支配收入"]
        );
        assert_eq!(
            indicators("城镇和农村居民人均可支配收入依次增长7%和8%左右"),
            ["城镇居民人均可支配收入", "农村居民人均可支配收入"]
        );
        assert_eq!(
            indicators("城乡居民人均可支配收入增长6%"),
            ["居民人均可支配收入"],
            "城乡 without a list is every resident"
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
        let s = "今年拟安排财政赤字1.62万亿元，赤字率从去年的2.1%提高到";
        assert_eq!(time_cue(s, s.len()), Some(TimeCue::ThisYear), "去年 is the base");
        let s = "中央财政支出将由上年18亿元增加到95亿元，明年将安排";
        assert_eq!(
            time_cue(s, s.len()),
            Some(TimeCue::PlanPeriod),
            "明年 is after the year planned"
        );
        let s = "进一步优化完善今年乃至未来";
        assert_eq!(time_cue(s, s.len()), Some(TimeCue::PlanPeriod));
        let s = "聚焦未来产业,组建";
        assert_eq!(time_cue(s, s.len()), None, "未来产业 is a name");
        let s = "今年赤字率拟按2.8%左右安排";
        assert_eq!(time_cue(s, s.len()), Some(TimeCue::ThisYear));
        let s = "“十四五”时期,常住人口城镇化率提高到65%";
        assert_eq!(time_cue(s, s.len()), Some(TimeCue::Named(2021)));
        let s = "“十三五”以来,累计减税降费7.6万亿元";
        assert_eq!(time_cue(s, s.len()), Some(TimeCue::SinceNamed(2016)));
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
