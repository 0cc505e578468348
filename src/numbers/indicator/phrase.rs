//! Cutting the indicator phrase out of the words around a number: footnotes, counts, scope and verbs stripped.

use std::ops::Range;

use super::is_clause_end;
use super::time::YearPattern;
use super::words::*;
use crate::numbers::lexicon;
use crate::numbers::quantity::Quantity;

/// `text` without its footnote markers (`^[4]`, `[12]`, `［3］`, `〔3〕`): the regex
/// `\^?\[[0-9]{1,3}\]|［[0-9]{1,3}］|〔[0-9]{1,3}〕` replaced by nothing.
pub(super) fn without_footnote_markers(text: &str) -> String {
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
pub(super) fn find_all<T>(
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
pub(super) fn without(text: &str, ranges: impl IntoIterator<Item = Range<usize>>) -> String {
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
pub(super) fn without_trailing_count(text: &str) -> &str {
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

pub(super) fn strip_leading<'a>(mut s: &'a str, words: &[&str]) -> &'a str {
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

pub(super) fn strip_trailing<'a>(mut s: &'a str, words: &[&str]) -> &'a str {
    loop {
        let t = s.trim_end_matches(|c: char| c.is_whitespace() || "、“（(—-".contains(c));
        match words.iter().find(|w| t.ends_with(**w)) {
            Some(w) => s = &t[..t.len() - w.len()],
            None => return t,
        }
    }
}

/// Whether a phrase can name what a figure measures: a noun phrase of two characters or more,
/// not clauses (`增速，位居`), not a phrase holding a figure of its own (`空气优良天数、增加25天`,
/// `10亿元大关`) unless it is a class (`5000万元以上项目`), not one ending in a word no name ends
/// in (`指标作些说明`, `标准由`).
pub fn names_a_quantity(name: &str) -> bool {
    const NOT_AN_END: &[&str] = &["说明", "由", "从", "对", "把", "将", "被", "和", "及", "与", "或"];
    let class = |q: &Quantity| matches!(q.qualifier.as_deref(), Some("以上" | "以下"));
    name.chars()
        .filter(|c| is_cjk(*c) || c.is_ascii_alphanumeric())
        .count()
        >= 2
        // `万亿元台阶`: what follows a number's multiplier or unit is no name.
        && !name.starts_with(['万', '亿', '元', '%', '％'])
        && !name.contains(['，', ',', '；', ';', '：', ':', '。'])
        && crate::numbers::quantity::scan(name).iter().all(class)
        && !NOT_AN_END.iter().any(|w| name.ends_with(w))
        // `稳居全国前十强`, `位居全省首位`: a rank, not what is measured.
        && !RANKS.iter().any(|w| name.contains(w))
}

/// Words of a rank, which a name never holds.
const RANKS: &[&str] = &[
    "位居",
    "稳居",
    "居全国",
    "居全省",
    "居全市",
    "排名",
    "前列",
    "前十",
    "首位",
];

/// `text` without a period of months at its start (`1—11月`, `前三季度`) or a `从…` naming where
/// a change started from (`从上半年的`, `由年初`) at its end.
fn without_time_spans(text: &str) -> String {
    let mut s = text;
    for opener in ["1—", "1-", "1－", "前三季度", "上半年", "一季度"] {
        if let Some(rest) = s.strip_prefix(opener) {
            let rest = rest.trim_start_matches(|c: char| c.is_ascii_digit());
            s = rest.strip_prefix('月').unwrap_or(rest);
            break;
        }
    }
    let mut out = s.to_string();
    if let Some(at) = out.rfind(['从', '由']) {
        let tail = &out[at + '从'.len_utf8()..];
        let times = ["上半年", "年初", "去年", "上年", "一季度", "前三季度"];
        if times.iter().any(|t| tail.trim_end_matches('的').ends_with(t)) && tail.chars().count() <= 5 {
            out.truncate(at);
        }
    }
    out
}

/// `text` without the remarks statistics put in brackets after a name (`（可比）`, `（现价）`,
/// `(同口径)`).
fn without_remarks(text: &str) -> String {
    let mut out = text.to_string();
    for remark in ["可比", "现价", "同口径", "可比价", "不变价"] {
        for (open, close) in [('（', '）'), ('(', ')')] {
            out = out.replace(&format!("{open}{remark}{close}"), "");
        }
    }
    out
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
    // `规模以上工业增加值（可比）`: how the figure was computed, not what it measures.
    s = without_remarks(&s);
    // `城镇调查失业率从上半年的`, `1—11月规模以上工业能耗强度`: the stretch of time is no part of
    // the name.
    s = without_time_spans(&s);
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
pub(super) fn noun_after(after: &str, gap: Option<usize>, chain: bool) -> String {
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
        let unit_len = crate::numbers::units::unit_at(rest).map_or(0, |u| u.written.len());
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

pub(super) fn is_cjk(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c) || ('\u{3400}'..='\u{4dbf}').contains(&c)
}

/// For generic money (`总投资`, `投资`): the thing it is for, named after it (`…的26个灾后恢复重建
/// 项目`, `改扩建孟州路、政一街等5条道路`).
pub(super) fn following_noun(after: &str, sentence: &str, quantities: &[Quantity], k: usize) -> String {
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

#[cfg(test)]
mod tests {
    use super::super::ends_with_average;
    use super::*;
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
}
