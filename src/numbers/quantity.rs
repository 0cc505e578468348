//! Quantities in a sentence: number, unit, qualifier, range and direction — and what is not one.
//!
//! A quantity needs a unit (`181.8亿元`, `5.3%`, `50个百分点`, `26个`), a multiplier (`1亿农业转移人口`)
//! or a percent form (`百分之百`); a bare number is a name or a code (`7447`, `12345政务服务热线`,
//! `教育信息化2.0`). Years, dates, ordinals, plan names, list numbers and anything inside quotes,
//! titles or footnote brackets are not quantities (`2021年`, `6月1日`, `第一`, `十四五`, `（三）`,
//! `“3+10”`, `5G`, `PM2.5`, `^[1]`).
//!
//! ```
//! use govdiff::numbers::quantity::{scan, Bound};
//! let q = scan("城镇新增就业1100万人以上");
//! assert_eq!(q[0].raw, "1100万人以上");
//! assert_eq!(q[0].normalised(), 1.1e7);
//! assert_eq!(q[0].bound, Bound::AtLeast);
//! ```

use std::ops::Range;

use super::numeral;
use super::units::{self, MULTIPLIERS, Unit};

/// What the qualifier says about the value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Bound {
    /// As written, no qualifier.
    Exact,
    /// 左右, 约, 上下.
    About,
    /// 以上, 不低于, 不少于, 至少, 超过, 突破: at least or above.
    AtLeast,
    /// 以内, 以下, 不超过, 不高于, 不到, 不足: at most or below.
    AtMost,
    /// 近, 将近, 接近: nearly.
    Nearly,
    /// A range: `3-5年`, `5%—6%`, or `3000多` = [3000, 4000).
    Range,
}

impl Bound {
    pub fn name(self) -> &'static str {
        match self {
            Bound::Exact => "exact",
            Bound::About => "about",
            Bound::AtLeast => "at_least",
            Bound::AtMost => "at_most",
            Bound::Nearly => "nearly",
            Bound::Range => "range",
        }
    }
}

/// Which way a change goes when the quantity is a change (`增长8.1%`, `下降1.7%`), not a level.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Direction {
    Up,
    Down,
}

/// One quantity found in a text.
#[derive(Debug, Clone, PartialEq)]
pub struct Quantity {
    /// Byte range in the scanned text, from a prefix qualifier or decline verb to a suffix qualifier.
    pub span: Range<usize>,
    /// The text of `span`: `6%以上`, `下降1.7%`, `不低于58亿元`, `3-5年`.
    pub raw: String,
    /// Where the number itself starts (after `约`, `超过`, `下降`).
    pub number_start: usize,
    /// The value in the written unit; negative for a decline (`下降1.7%` → -1.7).
    pub value: f64,
    /// The other end of a range in the written unit (`3-5年` → 5; `3000多` → 4000, exclusive).
    pub upper: Option<f64>,
    /// The unit as written, multiplier included: `亿元`, `%`, `个百分点`, `万人`; empty for a bare
    /// multiplied count (`1亿农业转移人口`).
    pub unit: String,
    /// The unit values are compared in: `元`, `%`, `个`, `人`…
    pub base: &'static str,
    /// Written unit → base unit: `亿元` → 1e8.
    pub scale: f64,
    /// The qualifier as written: `以上`, `左右`, `不低于`, `多`, `近`.
    pub qualifier: Option<String>,
    pub bound: Bound,
    pub direction: Option<Direction>,
}

impl Quantity {
    /// The value in the base unit (`181.8亿元` → 1.818e10 元), for comparing across wordings.
    pub fn normalised(&self) -> f64 {
        self.value * self.scale
    }

    /// The other end of a range in the base unit.
    pub fn normalised_upper(&self) -> Option<f64> {
        self.upper.map(|u| u * self.scale)
    }

    /// Whether two quantities can be compared: same base unit (percent and 个百分点 never mix).
    pub fn compatible(&self, other: &Quantity) -> bool {
        self.base == other.base
    }
}

/// Prefix qualifiers, longest first.
const PREFIX_QUALIFIERS: &[(&str, Bound)] = &[
    ("不低于", Bound::AtLeast),
    ("不少于", Bound::AtLeast),
    ("不超过", Bound::AtMost),
    ("不高于", Bound::AtMost),
    ("不多于", Bound::AtMost),
    ("至少", Bound::AtLeast),
    ("超过", Bound::AtLeast),
    ("突破", Bound::AtLeast),
    ("将近", Bound::Nearly),
    ("接近", Bound::Nearly),
    ("不到", Bound::AtMost),
    ("不足", Bound::AtMost),
    ("大约", Bound::About),
    ("约", Bound::About),
    ("近", Bound::Nearly),
    ("逾", Bound::AtLeast),
    // Right before the number a comparison is a bound: `失业率低于4.6%`, `下降超14%`.
    ("低于", Bound::AtMost),
    ("高于", Bound::AtLeast),
    ("超", Bound::AtLeast),
    // A threshold crossed: `迈上5万亿元台阶`.
    ("迈上", Bound::AtLeast),
    ("跨上", Bound::AtLeast),
    ("站上", Bound::AtLeast),
    ("跃上", Bound::AtLeast),
];

/// Suffix qualifiers, longest first.
const SUFFIX_QUALIFIERS: &[(&str, Bound)] = &[
    ("左右", Bound::About),
    ("上下", Bound::About),
    ("以上", Bound::AtLeast),
    ("之上", Bound::AtLeast),
    ("以下", Bound::AtMost),
    ("以内", Bound::AtMost),
    ("之内", Bound::AtMost),
];

/// Verbs that make the number a decline, longest first; the span starts at them so `raw` reads `下降9.1%`.
const DOWN_VERBS: &[&str] = &[
    "下降", "降低", "减少", "回落", "下滑", "缩小", "收窄", "压减", "压缩", "下调", "降幅", "减", "降",
];
const UP_VERBS: &[&str] = &[
    "增长", "提高", "上涨", "上升", "增加", "提升", "扩大", "上调", "增幅", "涨幅", "增速", "增", "涨", "升",
];

/// Set phrases with a numeral that are names, not counts (when the report does not quote them).
const NAMED_TERMS: &[&str] = &[
    "八项规定",
    "两个确立",
    "两个维护",
    "两个大局",
    "两个一百年",
    "两个毫不动摇",
    "四个意识",
    "四个自信",
    "四个全面",
    "三个代表",
    "三个一批",
    "五个一批",
    "六个精准",
    "四个不摘",
    "一个中心",
    "两个基本点",
    "两件大事",
];

/// The length of the number in figures `text` starts with: the regex
/// `^[0-9]+(?:,[0-9]{3})*(?:\.[0-9]+)?` (`1,234.5`).
fn arabic_len(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let digits = |from: usize| bytes[from..].iter().take_while(|b| b.is_ascii_digit()).count();
    let mut end = digits(0);
    if end == 0 {
        return None;
    }
    while bytes.get(end) == Some(&b',') && digits(end + 1) >= 3 {
        end += 4;
    }
    if bytes.get(end) == Some(&b'.') && digits(end + 1) > 0 {
        end += 1 + digits(end + 1);
    }
    Some(end)
}

/// Every quantity in `text`, in order.
pub fn scan(text: &str) -> Vec<Quantity> {
    let masked = masked_ranges(text);
    let mut out: Vec<Quantity> = Vec::new();
    let mut i = 0;
    while i < text.len() {
        if let Some(m) = masked.iter().find(|m| m.contains(&i)) {
            i = m.end;
            continue;
        }
        // Only a digit, a numeral, 百(分之) or 翻(番) can start a quantity: skip the rest cheaply.
        let c = text[i..].chars().next().unwrap_or(' ');
        if !(c.is_ascii_digit() || c == '百' || c == '翻' || numeral::is_numeral_char(c)) {
            i += c.len_utf8();
            continue;
        }
        match parse_at(text, i) {
            Ok(q) => {
                i = q.span.end.max(i + 1);
                out.push(q);
            }
            Err(skip) => i = skip.max(next_char(text, i)),
        }
    }
    inherit_direction(text, &mut out);
    out
}

fn next_char(text: &str, i: usize) -> usize {
    i + text[i..].chars().next().map_or(1, char::len_utf8)
}

fn char_before(text: &str, i: usize) -> Option<char> {
    text[..i].chars().next_back()
}

/// Quoted terms, titles and footnote markers: names, not quantities (`“3+10”`, `《…十条措施》`, `^[1]`).
fn masked_ranges(text: &str) -> Vec<Range<usize>> {
    let pairs = [
        ('“', '”', 40),
        ('‘', '’', 40),
        ('「', '」', 40),
        ('《', '》', 80),
        ('〔', '〕', 8),
        ('［', '］', 8),
        ('[', ']', 8),
        ('【', '】', 8),
    ];
    let mut out = Vec::new();
    for (at, c) in text.char_indices() {
        let Some(&(_, close, limit)) = pairs.iter().find(|p| p.0 == c) else {
            continue;
        };
        let body = &text[at + c.len_utf8()..];
        if let Some((n, (end, _))) = body
            .char_indices()
            .enumerate()
            .find(|(_, (_, ch))| *ch == close || *ch == '\n')
            && n <= limit
            && body[end..].starts_with(close)
        {
            out.push(at..at + c.len_utf8() + end + close.len_utf8());
        }
    }
    // Straight double quotes pair up in order.
    let straight: Vec<usize> = text.match_indices('"').map(|(i, _)| i).collect();
    for pair in straight.chunks(2) {
        if let [a, b] = pair
            && text[*a..*b].chars().count() <= 40
        {
            out.push(*a..*b + 1);
        }
    }
    out
}

/// A number at `i`: its value, where it ends, and how its digits step for `多/余` ranges.
struct Number {
    value: f64,
    end: usize,
    /// `3000` → 1000: `3000多` means [3000, 4000).
    step: f64,
    chinese: bool,
    percent_form: bool,
}

fn parse_at(text: &str, i: usize) -> Result<Quantity, usize> {
    let rest = &text[i..];
    let c = rest.chars().next().ok_or(text.len())?;
    if let Some(q) = doubling(text, i) {
        return Ok(q);
    }
    if let Some(term) = NAMED_TERMS.iter().find(|t| rest.starts_with(**t)) {
        return Err(i + term.len());
    }
    let prev = char_before(text, i);
    if prev == Some('第') {
        return Err(token_end(text, i));
    }
    let number = if rest.starts_with("百分之") {
        percent_form(text, i).ok_or(i + "百分之".len())?
    } else if c.is_ascii_digit() {
        arabic(text, i)?
    } else if numeral::is_numeral_char(c) {
        chinese(text, i)?
    } else {
        return Err(next_char(text, i));
    };

    let mut p = number.end;
    let mut multiplier: Option<(&str, f64)> = None;
    let mut approx = false;
    if !number.chinese && !number.percent_form {
        multiplier = take_multiplier(text, &mut p);
    }
    if !number.percent_form
        && let Some(a) = ["多", "余"].iter().find(|a| text[p..].starts_with(**a))
    {
        approx = true;
        p += a.len();
        if multiplier.is_none() {
            multiplier = take_multiplier(text, &mut p);
        }
    }
    let mut upper = None;
    if !approx
        && !number.percent_form
        && let Some((second, end)) = range_end(text, p, number.chinese)
    {
        upper = Some(second);
        p = end;
        if multiplier.is_none() {
            multiplier = take_multiplier(text, &mut p);
        }
    }
    let mut unit: Option<Unit> = if number.percent_form {
        units::unit_at("%")
    } else {
        let u = units::unit_at(skip_spaces(&text[p..]));
        if let Some(u) = u {
            p += space_len(&text[p..]) + u.written.len();
        }
        u
    };
    let mut shared_unit = false;
    if unit.is_none() && !number.chinese && upper.is_none() {
        // `22.7和28.8个百分点`: the first number borrows the unit of the second.
        if let Some(u) = borrowed_unit(text, p) {
            unit = Some(u);
            shared_unit = true;
        }
    }
    // `5%—6%`: a range written with the unit on both ends.
    if upper.is_none()
        && let Some(u) = unit
        && !shared_unit
        && let Some((second, end)) = range_end(text, p, number.chinese)
        && text[end..].starts_with(u.written)
    {
        upper = Some(second);
        p = end + u.written.len();
    }
    // A Chinese numeral with 万 or 亿 in it counts without a unit, as `1亿农业转移人口` does.
    let big_chinese = number.chinese && number.value >= 1e4;
    match unit {
        Some(u) if number.chinese && units::is_time(&u) => return Err(p),
        // 三个百分之百: the count is of the 百分之百 that follows, read on its own.
        Some(u) if u.written == "个" && text[p..].starts_with("百分之") => return Err(p),
        None if (number.chinese && !big_chinese) || (!number.chinese && multiplier.is_none()) => {
            return Err(token_end(text, i).max(number.end));
        }
        _ => {}
    }
    if number.chinese && number.value == 1.0 && !matches!(unit.map(|u| u.base), Some("倍" | "个百分点"))
    {
        // 一批, 一个, 一次: an article, not a count.
        return Err(p);
    }
    if text[p..].starts_with(|c: char| c.is_ascii_alphabetic()) {
        return Err(p);
    }
    let (mult_text, mult_factor) = multiplier.unwrap_or(("", 1.0));
    let unit_written = unit.map_or("", |u| if number.percent_form { "%" } else { u.written });

    let mut qualifier: Option<String> = None;
    let mut bound = Bound::Exact;
    if approx {
        upper = Some(number.value + number.step);
        bound = Bound::Range;
        qualifier = Some(
            if text[number.end..].starts_with('余') {
                "余"
            } else {
                "多"
            }
            .to_string(),
        );
    } else if upper.is_some() {
        bound = Bound::Range;
    }
    let mut end = p;
    if let Some((q, b)) = SUFFIX_QUALIFIERS.iter().find(|(q, _)| text[p..].starts_with(*q)) {
        end = p + q.len();
        if qualifier.is_none() {
            qualifier = Some(q.to_string());
            bound = *b;
        }
    }
    let mut start = i;
    if let Some((q, b)) = PREFIX_QUALIFIERS.iter().find(|(q, _)| text[..i].ends_with(*q))
        && !(*q == "近"
            && ["最近", "附近", "临近", "就近"]
                .iter()
                .any(|w| text[..i].ends_with(w)))
    {
        start = i - q.len();
        if qualifier.is_none() {
            qualifier = Some(q.to_string());
            bound = *b;
        }
    }
    let (direction, verb_start) = direction_before(text, start);
    if direction == Some(Direction::Down)
        && let Some(v) = verb_start
    {
        start = v;
    }
    let mut value = number.value;
    if direction == Some(Direction::Down) {
        value = -value;
        upper = upper.map(|u| -u);
        if let Some(u) = upper {
            (value, upper) = (u, Some(value));
        }
    }
    let unit_factor = unit.map_or(1.0, |u| u.factor);
    Ok(Quantity {
        raw: text[start..end].to_string(),
        span: start..end,
        number_start: i,
        value,
        upper,
        unit: format!("{mult_text}{unit_written}"),
        base: unit.map_or("", |u| u.base),
        scale: mult_factor * unit_factor,
        qualifier,
        bound,
        direction,
    })
}

fn skip_spaces(s: &str) -> &str {
    s.trim_start_matches([' ', '\u{3000}'])
}

fn space_len(s: &str) -> usize {
    s.len() - skip_spaces(s).len()
}

/// A multiplier at `*p` (after spaces: `1.5 亿`), moving `*p` past it.
fn take_multiplier(text: &str, p: &mut usize) -> Option<(&'static str, f64)> {
    let m = multiplier_at(&text[*p..])?;
    *p += space_len(&text[*p..]) + m.0.len();
    Some(m)
}

fn multiplier_at(rest: &str) -> Option<(&'static str, f64)> {
    let rest = skip_spaces(rest);
    MULTIPLIERS.iter().copied().find(|(m, _)| rest.starts_with(*m))
}

/// Where a run of digits (or numeral characters) starting at `i` ends: skipping it whole keeps a
/// year's tail (`021年`) from being read as a number.
fn token_end(text: &str, i: usize) -> usize {
    let mut end = i;
    for c in text[i..].chars() {
        if c.is_ascii_digit() || c == '.' || c == ',' || numeral::is_numeral_char(c) {
            end += c.len_utf8();
        } else {
            break;
        }
    }
    end.max(next_char(text, i))
}

fn arabic(text: &str, i: usize) -> Result<Number, usize> {
    let rest = &text[i..];
    let digits = &rest[..arabic_len(rest).ok_or(next_char(text, i))?];
    let end = i + digits.len();
    let skip = token_end(text, i);
    // PM2.5, R1, G7 (a letter before), 5G, 4A (a letter after), 2.0 after a word: names.
    if let Some(p) = char_before(text, i)
        && (p.is_ascii_alphabetic() || p == '.' || p.is_ascii_digit())
    {
        return Err(skip);
    }
    if text[end..].starts_with(|c: char| c.is_ascii_alphabetic()) {
        return Err(skip);
    }
    let plain = digits.replace(',', "");
    let after = skip_spaces(&text[end..]);
    if !plain.contains('.') && plain.len() == 4 && plain.starts_with(['1', '2']) {
        // A year (`2021年`, `2017年到2021年`, `2019—2021年`) or a date (`2023-2-23`).
        let year_like = after.starts_with('年')
            || after.starts_with(['-', '—', '–', '－', '~', '～', '至', '到'])
                && after
                    .trim_start_matches(['-', '—', '–', '－', '~', '～', '至', '到'])
                    .starts_with(|c: char| c.is_ascii_digit());
        if year_like {
            return Err(skip);
        }
    }
    // 7·20, 9:00: a date or a clock time.
    if after.starts_with(['·', ':', '：']) {
        return Err(skip);
    }
    let value: f64 = plain.parse().map_err(|_| skip)?;
    if !value.is_finite() {
        return Err(skip);
    }
    let int_part = plain.split('.').next().unwrap_or("");
    let step = if plain.contains('.') {
        // 1.5多 is unusual; step on the last decimal place.
        10f64.powi(-(plain.len() as i32 - int_part.len() as i32 - 1))
    } else {
        10f64.powi(int_part.len() as i32 - int_part.trim_end_matches('0').len() as i32)
    };
    Ok(Number {
        value,
        end,
        step,
        chinese: false,
        percent_form: false,
    })
}

fn chinese(text: &str, i: usize) -> Result<Number, usize> {
    let run_end = text[i..]
        .char_indices()
        .find(|(_, c)| !numeral::is_numeral_char(*c))
        .map_or(text.len(), |(k, _)| i + k);
    let mut run = &text[i..run_end];
    // `三十多万`: the run stops before 多; `五千余家`: likewise.
    let implicit_one = matches!(run.chars().next(), Some('百' | '千' | '万'))
        && ["近", "约", "逾", "超"].iter().any(|w| text[..i].ends_with(w));
    let owned;
    if implicit_one {
        owned = format!("一{run}");
        run = &owned;
    }
    // 零部件, 零售: 零 alone is a word, never a figure.
    let value = numeral::value(run).filter(|&v| v > 0).ok_or(run_end)?;
    let last_digit_place = {
        let trailing = run
            .chars()
            .rev()
            .take_while(|c| matches!(c, '十' | '百' | '千' | '万' | '亿'))
            .count();
        match trailing {
            0 => 1.0,
            _ => {
                let tail: String = run
                    .chars()
                    .rev()
                    .take(trailing)
                    .collect::<Vec<_>>()
                    .into_iter()
                    .rev()
                    .collect();
                numeral::value(&format!("一{tail}")).map_or(1.0, |v| v as f64)
            }
        }
    };
    Ok(Number {
        value: value as f64,
        end: run_end,
        step: last_digit_place,
        chinese: true,
        percent_form: false,
    })
}

/// `百分之百`, `百分之五十`, `百分之3`.
fn percent_form(text: &str, i: usize) -> Option<Number> {
    let at = i + "百分之".len();
    let rest = &text[at..];
    if rest.starts_with('百') && !rest[3..].starts_with(|c: char| numeral::is_numeral_char(c)) {
        return Some(Number {
            value: 100.0,
            end: at + 3,
            step: 1.0,
            chinese: false,
            percent_form: true,
        });
    }
    let n = if rest.starts_with(|c: char| c.is_ascii_digit()) {
        arabic(text, at).ok()?
    } else {
        chinese(text, at).ok()?
    };
    Some(Number {
        percent_form: true,
        chinese: false,
        ..n
    })
}

/// 翻番 / 翻一番 / 翻两番: doubling is growth by one time (增长一倍), quadrupling by three.
fn doubling(text: &str, i: usize) -> Option<Quantity> {
    let rest = &text[i..];
    let forms: [(&str, f64); 5] = [
        ("翻了一番", 1.0),
        ("翻了两番", 3.0),
        ("翻一番", 1.0),
        ("翻两番", 3.0),
        ("翻番", 1.0),
    ];
    let (form, value) = forms.iter().find(|(f, _)| rest.starts_with(*f))?;
    Some(Quantity {
        span: i..i + form.len(),
        raw: form.to_string(),
        number_start: i,
        value: *value,
        upper: None,
        unit: "倍".into(),
        base: "倍",
        scale: 1.0,
        qualifier: None,
        bound: Bound::Exact,
        direction: Some(Direction::Up),
    })
}

/// The second number of a range starting at `p` (`-5`, `—6`, `至5`), and where it ends.
fn range_end(text: &str, p: usize, chinese: bool) -> Option<(f64, usize)> {
    let rest = &text[p..];
    let dash = ["——", "—", "－", "–", "-", "~", "～", "至"]
        .iter()
        .find(|d| rest.starts_with(**d))?;
    let at = p + dash.len();
    let n = if chinese {
        self::chinese(text, at).ok()?
    } else {
        if !text[at..].starts_with(|c: char| c.is_ascii_digit()) {
            return None;
        }
        let len = arabic_len(&text[at..])?;
        Number {
            value: text[at..at + len].replace(',', "").parse().ok()?,
            end: at + len,
            step: 1.0,
            chinese: false,
            percent_form: false,
        }
    };
    Some((n.value, n.end))
}

/// The unit of the next number after `和`/`、`/`与`/`及` (`22.7和28.8个百分点`).
fn borrowed_unit(text: &str, p: usize) -> Option<Unit> {
    let rest = &text[p..];
    let sep = ["和", "、", "与", "及"].iter().find(|s| rest.starts_with(**s))?;
    let at = p + sep.len();
    let after = at + arabic_len(&text[at..])?;
    multiplier_at(&text[after..]).map_or_else(|| units::unit_at(&text[after..]), |_| None)
}

/// The direction verb right before `start` (`同比下降`, `增长了`), and where the verb starts.
fn direction_before(text: &str, start: usize) -> (Option<Direction>, Option<usize>) {
    let before = text[..start].trim_end_matches(['了', ' ']);
    let trimmed = start - (text[..start].len() - before.len());
    // 新增 is "newly added", a level: 新增就业8561人.
    if before.ends_with("新增") {
        return (None, None);
    }
    for v in DOWN_VERBS {
        if before.ends_with(v) {
            return (Some(Direction::Down), Some(trimmed - v.len()));
        }
    }
    for v in UP_VERBS {
        if before.ends_with(v) {
            return (Some(Direction::Up), Some(trimmed - v.len()));
        }
    }
    (None, None)
}

/// `分别增长29.2%、16.5%和33%`: the numbers after the first, joined only by 、和及与, share its direction.
/// `分别不少于3850万美元和4000万美元`: likewise a prefix qualifier.
fn inherit_direction(text: &str, quantities: &mut [Quantity]) {
    for k in 1..quantities.len() {
        let (head, tail) = quantities.split_at_mut(k);
        let prev = &head[k - 1];
        let q = &mut tail[0];
        let between = &text[prev.span.end..q.span.start];
        if between.is_empty() || !between.chars().all(|c| "、和及与".contains(c)) || prev.base != q.base {
            continue;
        }
        if q.qualifier.is_none()
            && let Some(word) = &prev.qualifier
            && prev.raw.starts_with(word.as_str())
        {
            q.qualifier = Some(word.clone());
            q.bound = prev.bound;
        }
        if q.direction.is_none() && prev.direction.is_some() {
            q.direction = prev.direction;
            if prev.direction == Some(Direction::Down) {
                q.value = -q.value;
                q.upper = q.upper.map(|u| -u);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_in_figures_end_where_the_regex_ends_them() {
        let re = regex::Regex::new(r"^[0-9]+(?:,[0-9]{3})*(?:\.[0-9]+)?").unwrap();
        for text in [
            "1",
            "1,234.5亿",
            "1,2345",
            "1,23",
            "3.",
            "3.14.15",
            "12,345,678",
            ",1",
            "a1",
            "1,234,",
            "",
        ] {
            assert_eq!(arabic_len(text), re.find(text).map(|m| m.len()), "{text}");
        }
    }

    proptest::proptest! {
        #[test]
        fn numbers_in_figures_match_the_regex_on_any_mix(parts in proptest::collection::vec(proptest::sample::select(vec![
            "1", "23", "456", ",", ".", "万", "a",
        ]), 0..12)) {
            let text: String = parts.concat();
            let re = regex::Regex::new(r"^[0-9]+(?:,[0-9]{3})*(?:\.[0-9]+)?").unwrap();
            proptest::prop_assert_eq!(arabic_len(&text), re.find(&text).map(|m| m.len()));
        }
    }

    fn raws(text: &str) -> Vec<String> {
        scan(text).into_iter().map(|q| q.raw).collect()
    }

    fn one(text: &str) -> Quantity {
        let mut q = scan(text);
        assert_eq!(q.len(), 1, "{text}: {q:#?}");
        q.remove(0)
    }

    // — values, units, normalisation —

    #[test]
    fn money_in_yi_yuan_normalises_to_yuan() {
        let q = one("地区生产总值完成181.8亿元");
        assert_eq!((q.value, q.unit.as_str(), q.base), (181.8, "亿元", "元"));
        assert!((q.normalised() - 1.818e10).abs() < 1.0);
        assert_eq!(q.bound, Bound::Exact);
    }

    #[test]
    fn mixed_arabic_and_wan_yi() {
        let q = one("今年拟安排地方政府专项债券3.65万亿元");
        assert_eq!((q.value, q.unit.as_str()), (3.65, "万亿元"));
        assert!((q.normalised() - 3.65e12).abs() < 1e3);
        let q = one("粮食产量保持在1.3万亿斤以上");
        assert_eq!(q.base, "千克");
        assert_eq!(q.bound, Bound::AtLeast);
        assert!((q.normalised() - 0.65e12).abs() < 1e3);
    }

    #[test]
    fn thousands_separators_and_full_width_percent() {
        assert_eq!(one("累计提供就业岗位12,300个").value, 12300.0);
        let q = one("年末全国城镇调查失业率降到5.2％");
        assert_eq!((q.value, q.base), (5.2, "%"));
        assert_eq!(q.direction, None, "降到 is a level, not a decline by");
    }

    #[test]
    fn money_in_yuan_and_dollars_do_not_mix() {
        let q = scan("合同利用外资和实际利用外资分别不少于3850万美元和4000万美元");
        assert_eq!(q.len(), 2);
        assert_eq!(q[0].base, "美元");
        assert_eq!(q[0].raw, "不少于3850万美元");
        assert_eq!(
            (q[1].bound, q[1].qualifier.as_deref()),
            (Bound::AtLeast, Some("不少于"))
        );
        let yuan = one("争取中央预算内资金8466万元");
        assert!(!q[0].compatible(&yuan));
    }

    #[test]
    fn percent_and_percentage_points_never_mix() {
        let q = scan("17个省、市重点项目超年度计划50个百分点");
        assert_eq!((q[0].base, q[1].base), ("个", "个百分点"));
        let q = scan("规模以上工业增加值增长8.5%以上;超年度计划16个百分点");
        assert_eq!(q[0].base, "%");
        assert_eq!(q[1].base, "个百分点");
        assert!(!q[0].compatible(&q[1]));
    }

    #[test]
    fn counters_share_a_base_and_people_have_their_own() {
        let q = scan("落地华为、猪八戒等知名企业592家,市场主体达到86.3万户,4292名党员群众");
        assert_eq!(q.iter().map(|q| q.base).collect::<Vec<_>>(), ["个", "个", "人"]);
        assert_eq!(q[1].normalised(), 863_000.0);
    }

    #[test]
    fn areas_convert_to_square_metres() {
        let q = scan("完成山区乡村绿化3000亩、封山育林1500亩,涧西街剩余21万平方米安置房");
        assert_eq!(q.len(), 3);
        assert!((q[0].normalised() - 2_000_000.0).abs() < 1e-6);
        assert_eq!(q[2].normalised(), 210_000.0);
    }

    // — Chinese numerals —

    #[test]
    fn chinese_numeral_counts() {
        let q = one("全面推进十件民生实事");
        assert_eq!((q.value, q.unit.as_str()), (10.0, "件"));
        let q = one("京雄高速和容易、安大两条建材通道如期通车");
        assert_eq!((q.value, q.raw.as_str()), (2.0, "两条"));
        assert_eq!(one("实施项目一千二百个").value, 1200.0);
        assert_eq!(one("改造农村危房两万户").normalised(), 20000.0);
    }

    #[test]
    fn chinese_numerals_with_wan_yi_and_zero() {
        assert_eq!(one("三万亿元").normalised(), 3e12);
        assert_eq!(one("新增就业一千零五人").value, 1005.0);
        let q = scan("新开工改造城镇老旧小区5.6万个,惠及近千万家庭");
        assert_eq!(q[0].normalised(), 56000.0);
        assert_eq!((q[1].raw.as_str(), q[1].normalised()), ("近千万", 1e7));
    }

    #[test]
    fn nearly_a_bare_thousand_or_ten_thousand() {
        let q = scan("惠及近千万户家庭");
        assert_eq!(q.len(), 1);
        assert_eq!(q[0].normalised(), 1e7);
        assert_eq!(q[0].bound, Bound::Nearly);
        assert_eq!(q[0].raw, "近千万户");
    }

    #[test]
    fn percent_words() {
        let q = one("省定考核实现三个百分之百");
        assert_eq!((q.value, q.base, q.raw.as_str()), (100.0, "%", "百分之百"));
        assert_eq!(one("覆盖率达到百分之五十").value, 50.0);
        assert_eq!(one("行政审批时限压缩百分之30").value, -30.0);
    }

    #[test]
    fn doubling_and_one_time() {
        let q = one("一般公共预算收入基本实现翻番");
        assert_eq!((q.value, q.base, q.raw.as_str()), (1.0, "倍", "翻番"));
        assert_eq!(q.direction, Some(Direction::Up));
        let q = one("居民收入比2010年增长一倍");
        assert_eq!((q.value, q.base), (1.0, "倍"));
        assert_eq!(one("一般公共预算收入比“十二五”末增长了1.5倍").value, 1.5);
        assert_eq!(one("经济总量翻两番").value, 3.0);
    }

    // — qualifiers —

    #[test]
    fn qualifiers_about_at_least_at_most_nearly() {
        for (text, bound, word) in [
            ("国内生产总值增长5.5%左右", Bound::About, "左右"),
            ("预计全年退税减税约2.5万亿元", Bound::About, "约"),
            ("国内生产总值增长6%以上", Bound::AtLeast, "以上"),
            ("引进省外境内资金不低于58亿元", Bound::AtLeast, "不低于"),
            ("确保全年招商落地项目不少于260个", Bound::AtLeast, "不少于"),
            ("疫苗全程接种覆盖率超过85%", Bound::AtLeast, "超过"),
            ("全国财政收入突破20万亿元", Bound::AtLeast, "突破"),
            ("力争新增国家科技型中小企业至少5家", Bound::AtLeast, "至少"),
            ("城镇调查失业率全年控制在5.5%以内", Bound::AtMost, "以内"),
            ("登记失业率控制在3%以下", Bound::AtMost, "以下"),
            ("赤字率不超过3%", Bound::AtMost, "不超过"),
            ("新纳入低保、特困供养近600万人", Bound::Nearly, "近"),
        ] {
            let q = one(text);
            assert_eq!(q.bound, bound, "{text}");
            assert_eq!(q.qualifier.as_deref(), Some(word), "{text}");
            assert!(q.raw.contains(word), "{text}: raw {}", q.raw);
        }
    }

    #[test]
    fn duo_and_yu_are_ranges_to_the_next_step() {
        let q = one("累计提供就业岗位5900多个");
        assert_eq!((q.value, q.upper, q.bound), (5900.0, Some(6000.0), Bound::Range));
        let q = one("举办招聘活动20余场");
        assert_eq!((q.value, q.upper), (20.0, Some(30.0)));
        assert_eq!(q.qualifier.as_deref(), Some("余"));
        let q = one("更换新型智慧窨井盖1200余个");
        assert_eq!(q.upper, Some(1300.0));
        let q = one("1000多万高中毕业生顺利完成高考");
        assert_eq!((q.normalised(), q.normalised_upper()), (1e7, Some(2e7)));
        assert_eq!(one("打造人民路、建设路等10余条精品路").upper, Some(20.0));
        assert!(
            raws("比去年多3000多").is_empty(),
            "a number with neither unit nor multiplier is no quantity"
        );
    }

    #[test]
    fn ranges_keep_both_bounds() {
        let q = one("进一步优化完善今年乃至未来3-5年的政府投资项目计划安排");
        assert_eq!((q.value, q.upper, q.unit.as_str()), (3.0, Some(5.0), "年"));
        assert_eq!(q.bound, Bound::Range);
        let q = one("经济增长5%—6%");
        assert_eq!((q.value, q.upper, q.raw.as_str()), (5.0, Some(6.0), "5%—6%"));
        let q = one("新建10至15个社区服务中心");
        assert_eq!((q.value, q.upper), (10.0, Some(15.0)));
    }

    // — directions —

    #[test]
    fn declines_are_signed_and_read_with_their_verb() {
        let q = one("居民消费价格同比下降1.7%");
        assert_eq!((q.value, q.direction), (-1.7, Some(Direction::Down)));
        assert_eq!(q.raw, "下降1.7%");
        let q = one("单位国内生产总值能耗降低3%左右");
        assert_eq!((q.value, q.raw.as_str()), (-3.0, "降低3%左右"));
        let q = one("居民消费价格上涨2.5%");
        assert_eq!(
            (q.value, q.direction, q.raw.as_str()),
            (2.5, Some(Direction::Up), "2.5%")
        );
        assert_eq!(one("社会消费品零售总额下降了3.2%").value, -3.2);
    }

    #[test]
    fn a_decline_keeps_its_sign_through_a_bound() {
        let q = one("单位地区生产总值能耗累计下降超14%");
        assert_eq!(
            (q.value, q.raw.as_str(), q.bound),
            (-14.0, "下降超14%", Bound::AtLeast)
        );
        let q = one("城镇登记失业率低于4.6%");
        assert_eq!((q.raw.as_str(), q.bound), ("低于4.6%", Bound::AtMost));
        let q = one("PM2.5平均浓度38.8微克/立方米");
        assert_eq!((q.value, q.base), (38.8, "微克/立方米"));
        assert_eq!(
            one("增速高于全省3.1个百分点").raw,
            "3.1个百分点",
            "a comparison with a subject between is no bound"
        );
    }

    #[test]
    fn a_list_after_one_verb_shares_its_direction() {
        let q = scan("PM2.5、PM10年均浓度分别下降18.2%和11.7%");
        assert_eq!(q.iter().map(|q| q.value).collect::<Vec<_>>(), [-18.2, -11.7]);
        let q = scan("产业增加值分别同比增长29.2%、16.5%、16%、17.6%和33%");
        assert!(q.iter().all(|q| q.direction == Some(Direction::Up)), "{q:#?}");
        assert_eq!(q.len(), 5);
    }

    #[test]
    fn a_bare_number_before_and_borrows_the_unit() {
        let q = scan("比重分别达到45.4%、47.8%,高于全省22.7和28.8个百分点");
        assert_eq!(
            q.iter().map(|q| (q.value, q.base)).collect::<Vec<_>>(),
            [(45.4, "%"), (47.8, "%"), (22.7, "个百分点"), (28.8, "个百分点")]
        );
    }

    // — what is not a quantity —

    #[test]
    fn years_and_dates_are_not_quantities() {
        assert!(raws("2021年是中国共产党成立100周年").is_empty());
        assert!(raws("——2022年6月1日在区十五届人大一次会议上").is_empty());
        assert!(raws("2017年到2021年,2019—2021年,2013年以来").is_empty());
        assert!(raws("发表于 2023-2-23 19:22:26").is_empty());
        assert!(raws("二〇三五年远景目标").is_empty());
    }

    #[test]
    fn plan_names_ordinals_and_list_numbers_are_not_quantities() {
        assert!(raws("实现了“十四五”开局平稳,十四五时期").is_empty());
        assert!(raws("位列全市第一,全省第2位,第七次全国人口普查").is_empty());
        assert!(raws("(三)建平台、抓产业,（1）项目,一是构建体系").is_empty());
        assert!(raws("党的十九大和十九届六中全会,迎接党的二十大").is_empty());
        assert!(raws("1.持续强化项目建设。").is_empty());
    }

    #[test]
    fn quoted_terms_titles_and_footnotes_are_names() {
        assert!(raws("强力实施“3+10”重大项目推进机制").is_empty());
        assert!(raws("打造“15分钟”居家养老服务圈").is_empty());
        assert!(raws("深入研究《金融支持疫情防控常态化实体经济稳定发展十条措施》").is_empty());
        assert!(raws("聚焦“三步走”战略目标^[1]、“三聚焦一加强”战略部署^[2]").is_empty());
        assert!(raws("实现了“三个圆满收官”[1]").is_empty());
    }

    #[test]
    fn latin_names_and_codes_are_not_quantities() {
        assert!(raws("重点围绕地理信息、5G应用、应急服务").is_empty());
        assert!(raws("PM2.5、PM10、优良天数连续五年实现“两降一升”").is_empty());
        assert!(raws("加快焦作森林动物园4A级景区创建工作").is_empty());
        assert!(raws("雄忻高铁、京雄保城际(R1线)").is_empty());
        assert!(raws("完成教育信息化2.0工程,推进12345政务服务热线,7447等地块").is_empty());
    }

    #[test]
    fn articles_idioms_and_durations_in_words_are_not_quantities() {
        for text in [
            "签约落地一批重大项目",
            "一分部署、九分落实",
            "千方百计扩大有效投资",
            "深入开展“万人助万企”活动,万人助万企",
            "五年来,我们始终坚持;这五年,是解放区励精图治的五年",
            "今后五年,实施农村人居环境整治提升五年行动,全面实施长江十年禁渔",
            "千年古城,百年未有之大变局,百日攻坚",
            "严格落实中央八项规定精神,坚决捍卫“两个确立”、做到两个维护",
            "统筹好发展与安全两件大事",
            "水环境质量达到近20年来的最好水平",
            "一网通办,统一大市场,唯一的国家重大科技基础设施",
        ] {
            assert!(raws(text).is_empty(), "{text}: {:?}", raws(text));
        }
    }

    #[test]
    fn durations_in_digits_are_quantities() {
        let q = scan("40天打赢北山治理攻坚战,4个月完成南水北调绿化带提升区征迁,连续9年荣获");
        assert_eq!(
            q.iter().map(|q| q.unit.as_str()).collect::<Vec<_>>(),
            ["天", "个月", "年"]
        );
    }

    #[test]
    fn a_multiplier_after_a_space_is_read() {
        let q = one("这将使农村1.5 亿中小学生的家庭普遍减轻经济负担");
        assert_eq!(q.normalised(), 1.5e8);
    }

    #[test]
    fn clock_times_phone_numbers_and_month_ranges_are_not_quantities() {
        assert!(raws("在线时间:周一~周五 9:00-18:00,联系电话:010-63691786").is_empty());
        assert!(raws("1-2月,深刻汲取郑州“7·20”特大暴雨灾害教训,7·20").is_empty());
    }

    #[test]
    fn ages_and_per_mille_are_units() {
        let q = one("人均预期寿命再提高1岁");
        assert_eq!((q.base, q.direction), ("岁", Some(Direction::Up)));
        assert_eq!(one("人口自然增长率控制在6‰以内").base, "‰");
    }

    #[test]
    fn newly_added_is_a_level_not_a_rise() {
        let q = one("新增城镇就业9.56万人");
        assert_eq!(q.direction, None);
        assert_eq!(one("市场主体净增3万户").direction, Some(Direction::Up));
    }

    #[test]
    fn a_decline_range_keeps_its_order() {
        let q = one("单位能耗下降3%—5%");
        assert_eq!((q.value, q.upper), (-5.0, Some(-3.0)));
    }

    #[test]
    fn words_that_start_with_a_unit_character_do_not_take_it() {
        // 1000万保定人民: 人民 is no unit, but 万 makes it a multiplied count.
        assert!(raws("汽车及零部件、社会消费品零售总额").is_empty());
        let q = one("1000万保定人民众志成城");
        assert_eq!((q.unit.as_str(), q.base, q.normalised()), ("万", "", 1e7));
        assert!(raws("200个体工商户").is_empty());
    }

    proptest::proptest! {
        /// Any mix of digits, numerals, units, qualifiers and punctuation scans without a panic, and
        /// every quantity's raw text is its span.
        #[test]
        fn scanning_never_panics_and_spans_hold(parts in proptest::collection::vec(proptest::sample::select(vec![
            "1", "2021", "3.65", ".", ",", "-", "—", "至", "万", "亿", "万亿", "多", "余", "%", "％", "个百分点", "个",
            "人", "元", "亿元", "年", "月", "日", "两", "三", "十", "百", "千", "零", "一", "百分之", "翻番", "下降",
            "增长", "约", "近", "超过", "以上", "左右", "以内", "“", "”", "《", "》", "[", "]", "^", "第", "PM", "G",
            "、", "和", "，", "。", " ", "的", "分别", "占", "从", "到", "\u{3000}", "é", "🙂",
        ]), 0..40)) {
            let text: String = parts.concat();
            for q in scan(&text) {
                proptest::prop_assert_eq!(text.get(q.span.clone()), Some(q.raw.as_str()));
                proptest::prop_assert!(q.value.is_finite());
            }
            let quantities = scan(&text);
            let readings = crate::numbers::indicator::read(&text, &quantities);
            proptest::prop_assert_eq!(readings.len(), quantities.len());
        }
    }
}
