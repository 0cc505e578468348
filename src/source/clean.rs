//! Character-level clean-up passes over decoded text; every character keeps its original offsets.
//!
//! Each pass takes and returns a `Vec<MChar>`: the character and the range of characters of the
//! decoded input it stands for. Replacing, dropping and inserting characters therefore never loses
//! the way back to what the user gave, whatever the order of the passes.

use std::sync::LazyLock;

use regex::Regex;

use crate::markers;

/// One character of cleaned text and the characters `start..end` of the decoded input it came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct MChar {
    pub c: char,
    pub start: u32,
    pub end: u32,
}

/// What the clean-up changed, so the user can see it (and tests can check it).
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct Fixes {
    /// The input was an HTML page: tags removed, block elements made line breaks.
    pub html: bool,
    /// HTML character references decoded (`&nbsp;`, `&#8220;`…).
    pub entities: usize,
    /// Literal two-character `\r\n` (or `\n`) sequences turned into line breaks.
    pub literal_line_breaks: usize,
    /// CRLF or CR line ends turned into LF.
    pub crlf: usize,
    /// Zero-width and other invisible characters removed, control characters dropped.
    pub invisible: usize,
    /// Full-width digits and Latin letters (`１９９７`, `％`) made ASCII.
    pub full_width: usize,
    /// Spaces removed from inside spaced-out numbers (`1 9 9 3 年`).
    pub spaced_digits: usize,
    /// The text had (almost) no line breaks and was split into paragraphs at its indentation.
    pub resplit_single_line: bool,
    /// Lines joined because a break fell inside a sentence or a word.
    pub joined_lines: usize,
    /// Traditional characters folded to simplified for reading and matching (printed as written).
    pub traditional: usize,
}

pub(crate) fn from_text(text: &str) -> Vec<MChar> {
    text.chars()
        .enumerate()
        .map(|(i, c)| MChar {
            c,
            start: i as u32,
            end: i as u32 + 1,
        })
        .collect()
}

fn spanning(c: char, from: &[MChar]) -> MChar {
    MChar {
        c,
        start: from.first().map_or(0, |m| m.start),
        end: from.last().map_or(0, |m| m.end),
    }
}

fn string_of(chars: &[MChar]) -> String {
    chars.iter().map(|m| m.c).collect()
}

static HTML_TAG: LazyLock<Regex> = LazyLock::new(|| {
    // No Unicode word boundary and no bounded repetition: both make the regex slow to build.
    Regex::new(r"(?i)</?(?:p|div|br|h[1-6]|span|table|tr|td|li|ul|html|body|head|meta|script|style|strong|font|a)(?-u:\b)[^<>]*>")
        .unwrap()
});

/// Whether the text is (part of) a saved web page rather than plain text.
pub(crate) fn looks_like_html(text: &str) -> bool {
    text.contains('<') && HTML_TAG.find_iter(text).take(5).count() >= 5
}

const BLOCK_TAGS: &[&str] = &[
    "p",
    "div",
    "br",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "tr",
    "table",
    "tbody",
    "thead",
    "ul",
    "ol",
    "dl",
    "dd",
    "dt",
    "section",
    "article",
    "header",
    "footer",
    "nav",
    "aside",
    "main",
    "title",
    "blockquote",
    "hr",
    "pre",
    "figure",
    "figcaption",
    "form",
    "body",
    "html",
];
const SKIPPED_TAGS: &[&str] = &["script", "style", "noscript", "template"];

/// Removes tags; block elements become line breaks; scripts, styles and comments disappear.
pub(crate) fn strip_html(input: &[MChar]) -> Vec<MChar> {
    let mut out = Vec::with_capacity(input.len());
    let mut i = 0;
    // The next `>` at or after some point, kept as `i` moves forward: looking it up afresh for
    // every `<` costs 2000 steps each on a page full of `<` that close nothing.
    let mut next_gt = 0;
    while i < input.len() {
        if input[i].c != '<' {
            out.push(input[i]);
            i += 1;
            continue;
        }
        if starts_with(&input[i..], "<!--") {
            i = find(input, i + 4, "-->").map_or(input.len(), |j| j + 3);
            continue;
        }
        if next_gt <= i {
            next_gt = (i + 1..input.len())
                .find(|&j| input[j].c == '>')
                .unwrap_or(input.len());
        }
        let close = Some(next_gt).filter(|&j| j < input.len().min(i + 2000));
        let Some(close) = close else {
            out.push(input[i]);
            i += 1;
            continue;
        };
        let inner = string_of(&input[i + 1..close]);
        let closing = inner.starts_with('/');
        let name: String = inner
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect::<String>()
            .to_ascii_lowercase();
        if name.is_empty() && !inner.starts_with('!') {
            // `a < b` in text, not a tag.
            out.push(input[i]);
            i += 1;
            continue;
        }
        if !closing && SKIPPED_TAGS.contains(&name.as_str()) && !inner.ends_with('/') {
            let end_tag = format!("</{name}");
            i = find_ci(input, close + 1, &end_tag)
                .and_then(|j| (j..input.len()).find(|&k| input[k].c == '>'))
                .map_or(input.len(), |k| k + 1);
            continue;
        }
        if BLOCK_TAGS.contains(&name.as_str()) {
            out.push(spanning('\n', &input[i..=close]));
        } else if matches!(name.as_str(), "td" | "th") {
            out.push(spanning(' ', &input[i..=close]));
        }
        i = close + 1;
    }
    out
}

fn starts_with(chars: &[MChar], s: &str) -> bool {
    let mut it = chars.iter();
    s.chars().all(|c| it.next().is_some_and(|m| m.c == c))
}

fn find(chars: &[MChar], from: usize, s: &str) -> Option<usize> {
    (from..chars.len()).find(|&j| starts_with(&chars[j..], s))
}

fn find_ci(chars: &[MChar], from: usize, s: &str) -> Option<usize> {
    (from..chars.len()).find(|&j| {
        let mut it = chars[j..].iter();
        s.chars()
            .all(|c| it.next().is_some_and(|m| m.c.eq_ignore_ascii_case(&c)))
    })
}

/// Decodes HTML character references, also the stray ones left in text scraped from pages.
pub(crate) fn decode_entities(input: Vec<MChar>, fixes: &mut Fixes) -> Vec<MChar> {
    if !input.iter().any(|m| m.c == '&') {
        return input;
    }
    let mut out = Vec::with_capacity(input.len());
    let mut i = 0;
    while i < input.len() {
        if input[i].c == '&' {
            let mut j = i + 1;
            while j < input.len() && j - i <= 10 && (input[j].c.is_ascii_alphanumeric() || input[j].c == '#')
            {
                j += 1;
            }
            let name = string_of(&input[i + 1..j]);
            let has_semicolon = j < input.len() && input[j].c == ';';
            let end = if has_semicolon { j + 1 } else { j };
            if let Some(decoded) = entity(&name, has_semicolon) {
                for c in decoded.chars() {
                    out.push(spanning(c, &input[i..end]));
                }
                fixes.entities += 1;
                i = end;
                continue;
            }
        }
        out.push(input[i]);
        i += 1;
    }
    out
}

fn entity(name: &str, has_semicolon: bool) -> Option<String> {
    if name.len() < 2 {
        return None;
    }
    // Page scrapes cut space entities short (`&ems…`); they are padding either way.
    if !has_semicolon && matches!(name, "ems" | "ens" | "nbs" | "emsp" | "ensp" | "nbsp") {
        return Some(" ".into());
    }
    let candidate = format!("&{name};");
    let decoded = html_escape::decode_html_entities(&candidate);
    (decoded != candidate && decoded.chars().count() <= 2).then(|| decoded.into_owned())
}

/// Turns the literal text `\r\n` (backslash, r, backslash, n) into line breaks, as spreadsheet
/// exports of county reports carry it; only when such sequences outnumber real line breaks.
pub(crate) fn literal_line_breaks(input: Vec<MChar>, fixes: &mut Fixes) -> Vec<MChar> {
    let is_escape =
        |i: usize| input[i].c == '\\' && i + 1 < input.len() && matches!(input[i + 1].c, 'r' | 'n');
    let literal = (0..input.len()).filter(|&i| is_escape(i)).count();
    let real = input.iter().filter(|m| m.c == '\n').count();
    if literal < 3 || literal < real {
        return input;
    }
    let mut out = Vec::with_capacity(input.len());
    let mut i = 0;
    while i < input.len() {
        if is_escape(i) {
            let mut j = i;
            while j < input.len() && is_escape(j) {
                j += 2;
            }
            out.push(spanning('\n', &input[i..j]));
            fixes.literal_line_breaks += 1;
            i = j;
        } else {
            out.push(input[i]);
            i += 1;
        }
    }
    out
}

/// CRLF, CR and the Unicode line and paragraph separators become LF.
pub(crate) fn line_ends(input: Vec<MChar>, fixes: &mut Fixes) -> Vec<MChar> {
    if !input
        .iter()
        .any(|m| matches!(m.c, '\r' | '\u{2028}' | '\u{2029}' | '\u{85}' | '\u{b}' | '\u{c}'))
    {
        return input;
    }
    let mut out = Vec::with_capacity(input.len());
    let mut i = 0;
    while i < input.len() {
        match input[i].c {
            '\r' if i + 1 < input.len() && input[i + 1].c == '\n' => {
                out.push(spanning('\n', &input[i..i + 2]));
                fixes.crlf += 1;
                i += 2;
                continue;
            }
            '\r' | '\u{2028}' | '\u{2029}' | '\u{85}' | '\u{b}' | '\u{c}' => {
                out.push(spanning('\n', &input[i..=i]));
                fixes.crlf += 1;
            }
            _ => out.push(input[i]),
        }
        i += 1;
    }
    out
}

/// Zero-width characters, stray BOMs, soft hyphens, bidi controls (also the Arabic letter mark),
/// deprecated format controls, interlinear annotation marks and tag characters (which can hide
/// ASCII in plain sight): never part of the words a reader sees.
pub(crate) fn is_invisible(c: char) -> bool {
    matches!(c,
        '\u{200b}'..='\u{200f}' | '\u{2060}'..='\u{2064}' | '\u{feff}' | '\u{ad}'
        | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{206f}' | '\u{180e}' | '\u{61c}'
        | '\u{fff9}'..='\u{fffb}' | '\u{e0000}'..='\u{e007f}')
}

/// Padding whitespace: never meaningful inside a line of Chinese, trimmed at line ends.
pub(crate) fn is_blank(c: char) -> bool {
    matches!(
        c,
        ' ' | '\t' | '\u{3000}' | '\u{a0}' | '\u{2000}'..='\u{200a}' | '\u{202f}' | '\u{205f}'
    )
}

/// Invisible characters and control characters are dropped; exotic spaces become plain spaces.
/// Invisibles are kept on lines that hold nothing else, which `lines` reads as a broken word.
pub(crate) fn characters(mut out: Vec<MChar>, fixes: &mut Fixes) -> Vec<MChar> {
    out.retain_mut(|m| {
        m.c = match m.c {
            '０'..='９' | 'Ａ'..='Ｚ' | 'ａ'..='ｚ' | '％' => {
                fixes.full_width += 1;
                char::from_u32(m.c as u32 - 0xfee0).unwrap_or(m.c)
            }
            '\t' | '\u{a0}' | '\u{2000}'..='\u{200a}' | '\u{202f}' | '\u{205f}' => ' ',
            '\n' => '\n',
            c if is_invisible(c) => c,
            c if c.is_control() => {
                fixes.invisible += 1;
                return false;
            }
            c => c,
        };
        true
    });
    // A full-width point between digits (`３．６５`) is a decimal point.
    for i in 1..out.len().saturating_sub(1) {
        if out[i].c == '．' && out[i - 1].c.is_ascii_digit() && out[i + 1].c.is_ascii_digit() {
            out[i].c = '.';
            fixes.full_width += 1;
        }
    }
    out
}

/// `1 9 9 3 年3 月`: some old reports space every digit; join them, but only in such files.
pub(crate) fn spaced_digits(input: Vec<MChar>, fixes: &mut Fixes) -> Vec<MChar> {
    let spaced = |i: usize| {
        i + 2 < input.len()
            && input[i].c.is_ascii_digit()
            && matches!(input[i + 1].c, ' ' | '\u{3000}')
            && input[i + 2].c.is_ascii_digit()
    };
    if (0..input.len()).filter(|&i| spaced(i)).count() < 5 {
        return input;
    }
    let mut out = Vec::with_capacity(input.len());
    for (i, m) in input.iter().enumerate() {
        let after_digit = i > 0 && input[i - 1].c.is_ascii_digit();
        let lone = i + 1 < input.len() && !matches!(input[i + 1].c, ' ' | '\u{3000}');
        let before_unit = input
            .get(i + 1)
            .is_some_and(|n| n.c.is_ascii_digit() || n.c == '%' || n.c == '.' || is_cjk(n.c));
        if matches!(m.c, ' ' | '\u{3000}') && after_digit && lone && before_unit {
            fixes.spaced_digits += 1;
            continue;
        }
        out.push(*m);
    }
    out
}

pub(crate) fn is_cjk(c: char) -> bool {
    matches!(c, '\u{4e00}'..='\u{9fff}' | '\u{3400}'..='\u{4dbf}' | '\u{f900}'..='\u{faff}' | '〇')
}

/// A report with its line breaks collapsed to spaces (上海 2020–2024) keeps its paragraph
/// indentation: a run of spaces holding an ideographic space, or several spaces, was a break.
pub(crate) fn resplit_single_line(input: Vec<MChar>, fixes: &mut Fixes) -> Vec<MChar> {
    let newlines = input.iter().filter(|m| m.c == '\n').count();
    if input.len() < 3000 || newlines * 1500 > input.len() {
        return input;
    }
    fixes.resplit_single_line = true;
    let mut out = Vec::with_capacity(input.len());
    let mut i = 0;
    while i < input.len() {
        if !is_blank(input[i].c) {
            out.push(input[i]);
            i += 1;
            continue;
        }
        let mut j = i;
        while j < input.len() && is_blank(input[j].c) {
            j += 1;
        }
        let run = &input[i..j];
        let is_break = run.len() >= 2 || run.iter().any(|m| m.c == ' ');
        if is_break {
            out.push(spanning('\n', run));
        } else {
            out.extend_from_slice(run);
        }
        i = j;
    }
    out
}

/// One line of cleaned text.
#[derive(Debug, Clone)]
pub(crate) struct Line {
    pub chars: Vec<MChar>,
}

impl Line {
    pub fn text(&self) -> String {
        string_of(&self.chars)
    }
}

const TERMINAL: &[char] = &['。', '！', '？', '!', '?', '：', ':', '；', ';', '…'];
const OPENS_CONTINUATION: &[char] = &['，', '、', '“', '《', '（', '(', ',', '‘', '「', '【', '—'];
const CANNOT_START: &[char] = &[
    '，', '、', '。', '；', '：', '！', '？', '”', '》', '）', ',', ';', ':', '!', '?', ')', '’', '」', '%',
];

/// Splits into trimmed, non-empty lines and joins lines that a break cut inside a sentence.
///
/// A break is inside a sentence when the line before ends on a comma or an opening quote, when
/// the line after starts with punctuation that cannot open a paragraph, or when the break held a
/// line of nothing but invisible characters (a page break in guowuyuan-2021: `人\n​\n民满意`).
/// Fragments cut out by links (`“\n两个维护\n”`) chain the joins along.
pub(crate) fn lines(input: &[MChar], fixes: &mut Fixes) -> Vec<Line> {
    let mut raw: Vec<(Vec<MChar>, bool)> = Vec::new();
    let mut invisible_break = false;
    for piece in input.split(|m| m.c == '\n') {
        let mut visible: Vec<MChar> = piece.iter().copied().filter(|m| !is_invisible(m.c)).collect();
        fixes.invisible += piece.len() - visible.len();
        let start = visible.iter().position(|m| !is_blank(m.c));
        let Some(start) = start else {
            invisible_break |= piece.iter().any(|m| is_invisible(m.c));
            continue;
        };
        let end = visible.iter().rposition(|m| !is_blank(m.c)).unwrap() + 1;
        visible.truncate(end);
        visible.drain(..start);
        raw.push((visible, invisible_break));
        invisible_break = false;
    }

    let mut out: Vec<Line> = Vec::with_capacity(raw.len());
    let mut last_piece_was_fragment = false;
    for (chars, after_invisible) in raw {
        let mut inside_sentence = false;
        let join = out.last().is_some_and(|prev: &Line| {
            let last = prev.chars.last().unwrap().c;
            let first = chars[0].c;
            let prev_open = !TERMINAL.contains(&last);
            // `今年经济社会发展的` ⏎ `主要预期目标` ⏎ `是：…`: a page's highlighted words on lines of
            // their own; a particle cannot end a line of its own, nor a copula and colon open one.
            let copula_opens = starts_with(&chars, "是：") || starts_with(&chars, "为：");
            inside_sentence =
                (OPENS_CONTINUATION.contains(&last) || last == '的' || open_bracket(&prev.chars))
                    && !is_heading_start(&chars);
            inside_sentence |= copula_opens;
            inside_sentence
                || CANNOT_START.contains(&first)
                || (after_invisible && prev_open && !is_heading_start(&chars))
                || (last_piece_was_fragment && prev_open && !is_heading_start(&chars))
        });
        if join {
            let prev = out.last_mut().unwrap();
            fixes.joined_lines += 1;
            // A short piece after a comma or an opening quote was cut out of its sentence by a
            // link (`“` / `两个维护` / `”，…`): the line after it continues the sentence too.
            last_piece_was_fragment =
                inside_sentence && chars.len() <= 6 && !TERMINAL.contains(&chars.last().unwrap().c);
            prev.chars.extend(chars);
        } else {
            last_piece_was_fragment = false;
            out.push(Line { chars });
        }
    }
    out
}

/// Whether a line ends inside brackets opened near its end (`细颗粒物（PM` ⏎ `2.5` ⏎ `）平均浓度`):
/// a page broke the line inside a parenthesis.
fn open_bracket(chars: &[MChar]) -> bool {
    let tail = &chars[chars.len().saturating_sub(12)..];
    let mut depth = 0i32;
    for m in tail {
        match m.c {
            '（' | '(' => depth += 1,
            '）' | ')' => depth -= 1,
            _ => {}
        }
    }
    depth > 0
}

/// Lines starting like a heading or list item are never glued to the previous line.
fn is_heading_start(chars: &[MChar]) -> bool {
    let head: String = chars.iter().take(8).map(|m| m.c).collect();
    markers::part_marker(&head).is_some()
        || markers::section_marker(&head).is_some()
        || markers::item_marker(&head).is_some()
        || head.starts_with("——")
        || head.starts_with("各位代表")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str) -> (Vec<String>, Fixes) {
        let mut fixes = Fixes::default();
        let mut m = from_text(text);
        if looks_like_html(text) {
            m = strip_html(&m);
            fixes.html = true;
        }
        m = decode_entities(m, &mut fixes);
        m = literal_line_breaks(m, &mut fixes);
        m = line_ends(m, &mut fixes);
        m = characters(m, &mut fixes);
        m = spaced_digits(m, &mut fixes);
        m = resplit_single_line(m, &mut fixes);
        let lines = lines(&m, &mut fixes);
        (lines.iter().map(Line::text).collect(), fixes)
    }

    #[test]
    fn crlf_cr_and_lf_all_end_lines() {
        let (lines, fixes) = run("一、回顾\r\n正文。\r第二段。\n第三段。");
        assert_eq!(lines, ["一、回顾", "正文。", "第二段。", "第三段。"]);
        assert_eq!(fixes.crlf, 2);
    }

    #[test]
    fn literal_backslash_r_backslash_n_text_becomes_line_breaks() {
        // As in the 保定 county spreadsheet exports: no real line break in the whole file.
        let (lines, fixes) = run(
            r"各位代表：\r\n现在，我代表县人民政府向大会报告工作。\r\n一、2017年工作回顾\r\n2017年，全县完成地区生产总值202亿元。",
        );
        assert_eq!(lines[0], "各位代表：");
        assert_eq!(lines[2], "一、2017年工作回顾");
        assert_eq!(lines.len(), 4);
        assert_eq!(fixes.literal_line_breaks, 3);
    }

    #[test]
    fn a_single_backslash_n_in_prose_is_left_alone() {
        let (lines, _) = run("路径为C:\\new\\data。\n第二行。");
        assert_eq!(lines, ["路径为C:\\new\\data。", "第二行。"]);
    }

    #[test]
    fn zero_width_characters_vanish_and_a_word_broken_by_them_is_joined() {
        // guowuyuan-2021 breaks words at page boundaries with a line holding only U+200B.
        let (lines, fixes) =
            run("交出一份人\n\n\u{200b}\n\n民满意、世界瞩目的答卷。\n国\u{200b}内生产总值增长2.3%。");
        assert_eq!(
            lines,
            ["交出一份人民满意、世界瞩目的答卷。", "国内生产总值增长2.3%。"]
        );
        assert_eq!(fixes.joined_lines, 1);
        assert!(fixes.invisible >= 2);
    }

    #[test]
    fn hidden_format_characters_vanish_like_zero_width_spaces() {
        // Tag characters spell hidden ASCII (`AB` here); an annotation hides `注` from readers.
        let (lines, fixes) =
            run("国内\u{e0041}\u{e0042}生产\u{61c}总值\u{fff9}注\u{fffa}\u{fffb}增长\u{206a}。");
        assert_eq!(lines, ["国内生产总值注增长。"]);
        assert_eq!(fixes.invisible, 7);
    }

    #[test]
    fn a_page_break_after_a_full_stop_stays_a_paragraph_break() {
        let (lines, _) = run("谱写鱼水情深的时代华章。\n\u{200b}\n各位代表！");
        assert_eq!(lines, ["谱写鱼水情深的时代华章。", "各位代表！"]);
    }

    #[test]
    fn link_fragments_on_their_own_lines_are_rejoined() {
        // hebei-2021: highlighted terms were links, each on a line of its own.
        let (lines, _) = run(
            "坚定“四个自信”，做到“\n两个维护\n”，坚决拥护核心。\n二、“\n十四五\n”时期主要目标任务\n正文。",
        );
        assert_eq!(
            lines,
            [
                "坚定“四个自信”，做到“两个维护”，坚决拥护核心。",
                "二、“十四五”时期主要目标任务",
                "正文。"
            ]
        );
    }

    #[test]
    fn a_lead_in_broken_around_its_highlighted_words_is_rejoined() {
        // guangdong-2026: `今年经济社会发展的` ⏎ `主要预期目标` ⏎ `是：地区生产总值增长4.5%—5%`.
        let (lines, _) = run(
            "根据部署，今年经济社会发展的\n主要预期目标\n是：地区生产总值增长4.5%—5%。\n（一）推动大湾区建设",
        );
        assert_eq!(
            lines,
            [
                "根据部署，今年经济社会发展的主要预期目标是：地区生产总值增长4.5%—5%。",
                "（一）推动大湾区建设"
            ]
        );
    }

    #[test]
    fn a_line_broken_inside_parentheses_is_rejoined() {
        // guowuyuan-2022: `细颗粒物（PM` ⏎ `2.5` ⏎ `）平均浓度下降9.1%`.
        let (lines, _) =
            run("地级及以上城市细颗粒物（PM\n2.5\n）平均浓度下降9.1%。\n（一）着力稳定宏观经济大盘");
        assert_eq!(
            lines,
            [
                "地级及以上城市细颗粒物（PM2.5）平均浓度下降9.1%。",
                "（一）着力稳定宏观经济大盘"
            ]
        );
    }

    #[test]
    fn nbsp_and_ideographic_space_padding_is_trimmed() {
        let (lines, _) = run("\u{3000}\u{3000}各位代表：\u{a0}\u{a0}\n    现在，我代表区人民政府。");
        assert_eq!(lines, ["各位代表：", "现在，我代表区人民政府。"]);
    }

    #[test]
    fn full_width_digits_and_points_become_ascii() {
        let (lines, fixes) = run("１９９７年国内生产总值达到７４７７２亿元，增长８．８％。");
        assert_eq!(lines, ["1997年国内生产总值达到74772亿元，增长8.8%。"]);
        assert_eq!(fixes.full_width, 13);
    }

    #[test]
    fn spaced_digits_are_closed_up_only_in_files_that_space_them() {
        let (lines, _) =
            run("本届政府从1 9 9 3 年3 月开始工作。1 9 9 7 年国内生产总值达到7 4 7 7 2 亿元，增长1 1 %。");
        assert_eq!(
            lines,
            ["本届政府从1993年3月开始工作。1997年国内生产总值达到74772亿元，增长11%。"]
        );
        let (lines, _) = run("发表于 2023-2-23 19:22:26 | 显示全部楼层");
        assert_eq!(lines, ["发表于 2023-2-23 19:22:26 | 显示全部楼层"]);
    }

    #[test]
    fn a_report_on_one_line_is_split_at_its_indentation() {
        let para = "过去一年，全市经济社会延续了总体平稳、稳中有进的发展态势。".repeat(60);
        let text = format!(
            "上海市市长\u{3000}应勇 各位代表： \u{3000}\u{3000}一、2019年工作回顾 \u{3000}\u{3000}{para} \u{3000}\u{3000}（一）全力实施“三大任务、一大平台” \u{3000}\u{3000}{para}"
        );
        let (lines, fixes) = run(&text);
        assert!(fixes.resplit_single_line);
        assert_eq!(
            &lines[..3],
            ["上海市市长\u{3000}应勇", "各位代表：", "一、2019年工作回顾"]
        );
        assert_eq!(lines[4], "（一）全力实施“三大任务、一大平台”");
    }

    #[test]
    fn html_tags_go_block_elements_break_and_entities_decode() {
        let html = "[<div class=\"box\">\n<h4>各位代表：</h4><p>现在，我代表国务院&nbsp;报告。</p>\
                    <script>var a = '<p>x</p>';</script><style>p{}</style><!-- c -->\
                    <p><span class=\"t\">——经济运行保持在合理区间。</span>国内生产总值增长6.6%&#65292;总量突破90万亿元。</p>\n</div>]";
        let (lines, fixes) = run(html);
        assert!(fixes.html);
        assert_eq!(
            lines,
            [
                "[",
                "各位代表：",
                "现在，我代表国务院 报告。",
                "——经济运行保持在合理区间。国内生产总值增长6.6%，总量突破90万亿元。",
                "]"
            ]
        );
        assert_eq!(fixes.entities, 2);
    }

    #[test]
    fn stray_entities_in_plain_text_are_decoded_but_r_and_d_is_not_one() {
        let (lines, fixes) = run("下降8.7%&nbsp;和5.7%，研发R&D投入增长。获得感。&ems");
        assert_eq!(lines, ["下降8.7% 和5.7%，研发R&D投入增长。获得感。"]);
        assert_eq!(fixes.entities, 2);
    }

    #[test]
    fn offsets_survive_every_pass() {
        let text = "a&amp;b\r\n\u{200b}中文";
        let mut fixes = Fixes::default();
        let m = decode_entities(from_text(text), &mut fixes);
        let m = line_ends(m, &mut fixes);
        let m = characters(m, &mut fixes);
        let lines = lines(&m, &mut fixes);
        let first = &lines[0].chars;
        assert_eq!(
            first[1],
            MChar {
                c: '&',
                start: 1,
                end: 6
            }
        );
        let second = &lines[1].chars;
        assert_eq!(
            second[0],
            MChar {
                c: '中',
                start: 10,
                end: 11
            }
        );
    }
}
