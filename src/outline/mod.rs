//! The report as a tree: metadata, parts `一、`, sections `（一）`, paragraphs, sentences, glossary.
//!
//! ```
//! let text = "2022年某区政府工作报告\n各位代表：\n一、2021年工作回顾\n（一）稳增长。全区生产总值增长5.3%。\n持续强化项目建设。全年完成投资64.45亿元。\n二、2022年重点工作\n（一）抓项目。扎实开展“三个一批”活动。\n让我们团结一心而努力奋斗！";
//! let report = govdiff::Report::from_bytes("r.txt", text.as_bytes()).unwrap();
//! let outline = &report.outline;
//! assert_eq!(outline.meta.year, Some(2022));
//! assert_eq!(outline.parts.len(), 2);
//! let section = &outline.parts[0].sections[0];
//! assert_eq!(section.path, "一/（一）");
//! assert_eq!(report.text(&section.heading), "（一）稳增长。");
//! assert_eq!(section.paragraphs[1].path, "一/（一）/p2");
//! assert_eq!(report.text(section.paragraphs[1].lead.as_ref().unwrap()), "持续强化项目建设。");
//! ```

mod meta;

use std::collections::HashMap;
use std::ops::Range;
use std::sync::LazyLock;

use regex_lite::Regex;

pub use meta::Meta;

use crate::markers::{
    glossary_marker, is_annex_heading, is_exclamation_end_with_tail, is_glossary_heading, is_salutation,
    is_sentence_end, item_marker, numeral, part_marker, section_marker,
};

/// A byte range of the report text ([`crate::Source::text`]).
pub type Span = Range<usize>;

/// How the report's top level was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Structure {
    /// Parts numbered `一、二、三、`.
    Numbered,
    /// No numbered parts; stand-alone heading lines (`2024年工作回顾`) were taken as parts.
    Unnumbered,
    /// No parts at all: the body is one implicit part (alignment falls back to paragraphs).
    Flat,
}

/// The parsed structure of one report. Spans index into the report text.
#[derive(Debug, Clone)]
pub struct Outline {
    pub meta: Meta,
    pub structure: Structure,
    /// Title, meeting line, speaker, salutation and opening: everything before the first part.
    pub front: Vec<Paragraph>,
    /// The parts in report order. A `Flat` report has one implicit part without heading.
    pub parts: Vec<Part>,
    /// The glossary's own heading line, when there is a glossary.
    pub glossary_heading: Option<Span>,
    pub glossary: Vec<GlossaryEntry>,
    /// Annexes after the closing that are not the glossary (民生实事 lists…).
    pub annex: Vec<Paragraph>,
    /// What the parser had to guess, in words for the user.
    pub warnings: Vec<String>,
}

/// A top-level part: `三、2022年主要目标和重点工作`.
#[derive(Debug, Clone)]
pub struct Part {
    /// 1-based, as numbered (or counted, for unnumbered parts).
    pub number: u32,
    /// `三`; `body` for the implicit part of a flat report.
    pub path: String,
    /// The heading line (or the heading sentence of an inline heading); empty when implicit.
    pub heading: Span,
    /// From the heading to the end of the part's last paragraph.
    pub span: Span,
    /// Paragraphs before the first section.
    pub intro: Vec<Paragraph>,
    pub sections: Vec<Section>,
    /// Paragraphs after the last section that speak to the whole part (`各位代表，…这五年…`).
    pub outro: Vec<Paragraph>,
}

/// A section: `（二）保预期、稳增长,经济大盘平稳运转`.
#[derive(Debug, Clone)]
pub struct Section {
    pub number: u32,
    /// `一/（二）`; a numbering that restarts inside the part gets `#2`, `#3`.
    pub path: String,
    /// The heading: the whole line, or the first sentence when the heading opens a paragraph.
    pub heading: Span,
    pub span: Span,
    pub paragraphs: Vec<Paragraph>,
}

/// A paragraph: one line of the cleaned text (minus an inline heading).
#[derive(Debug, Clone)]
pub struct Paragraph {
    /// `三/（二）/p4`, `三/p1`, `front/p2`, `annex/p3`.
    pub path: String,
    pub span: Span,
    /// The number of a numbered item (`1.` `（2）`).
    pub item: Option<u32>,
    /// A short first sentence naming the paragraph's topic (`持续强化项目建设。`).
    pub lead: Option<Span>,
    pub sentences: Vec<Span>,
}

/// A glossary entry: `1.四早:早发现、早报告、早隔离、早治疗。`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GlossaryEntry {
    pub number: u32,
    pub term: String,
    pub explanation: String,
    pub span: Span,
}

impl Outline {
    /// Every paragraph of the report in text order: front, parts, annex (not the glossary).
    pub fn paragraphs(&self) -> impl Iterator<Item = &Paragraph> {
        self.front
            .iter()
            .chain(self.parts.iter().flat_map(Part::paragraphs))
            .chain(&self.annex)
    }
}

impl Outline {
    /// Completes the metadata from the page around the report and the file name.
    pub fn fill_from_page(&mut self, page_lines: &[&str], file_name: &str) {
        let had_title = self.meta.title.is_some();
        let had_year = self.meta.year.is_some();
        let had_government = self.meta.government.is_some();
        meta::fill_from_page(&mut self.meta, page_lines);
        if !had_title && self.meta.title.is_some() {
            self.warnings
                .push("title taken from the page title around the report".into());
        }
        if !had_government && self.meta.government.is_some() {
            self.warnings
                .push("government taken from the page title around the report".into());
        }
        if !had_year && self.meta.year.is_some() {
            self.warnings
                .push("year taken from the page title around the report".into());
        }
        if self.meta.year.is_none() {
            self.meta.year = meta::year_in_file_name(file_name);
            if self.meta.year.is_some() {
                self.warnings
                    .push("the report does not state its year; taken from the file name".into());
            }
        }
        // Chinese prose with none of a report's marks (a novel, a news story): said first, as
        // everything else read from it means little.
        let m = &self.meta;
        if self.structure == Structure::Flat
            && m.title.is_none()
            && m.government.is_none()
            && m.meeting.is_none()
            && m.speaker.is_none()
        {
            self.warnings.insert(
                0,
                "this does not read as a government work report: no title, meeting, government or parts found".into(),
            );
        }
    }
}

impl Part {
    /// Whether the part is the implicit one of a flat report.
    pub fn is_implicit(&self) -> bool {
        self.heading.is_empty()
    }

    /// All paragraphs of the part in text order: intro, sections, outro.
    pub fn paragraphs(&self) -> impl Iterator<Item = &Paragraph> {
        self.intro
            .iter()
            .chain(self.sections.iter().flat_map(|s| &s.paragraphs))
            .chain(&self.outro)
    }
}

/// A line of the report text and where it starts.
#[derive(Clone, Copy)]
struct Line<'a> {
    start: usize,
    text: &'a str,
}

impl Line<'_> {
    fn span(&self) -> Span {
        self.start..self.start + self.text.len()
    }
    fn chars(&self) -> usize {
        self.text.chars().count()
    }
}

/// Parses the cleaned report text (see [`crate::Source::text`]).
pub fn parse(text: &str) -> Outline {
    let mut offset = 0;
    let lines: Vec<Line> = text
        .split('\n')
        .map(|t| {
            let line = Line {
                start: offset,
                text: t,
            };
            offset += t.len() + 1;
            line
        })
        .filter(|l| !l.text.is_empty())
        .collect();

    let mut warnings = Vec::new();
    // The body ends where the glossary or an annex begins.
    let first_content = lines
        .iter()
        .position(|l| is_salutation(l.text))
        .map_or(0, |i| i + 1);
    let body_end = (first_content..lines.len())
        .find(|&i| is_glossary_heading(lines[i].text) || is_annex_heading(lines[i].text))
        .unwrap_or(lines.len());
    let body = &lines[..body_end];

    let (structure, heads) = match numbered_parts(body) {
        heads if heads.len() >= 2 => (Structure::Numbered, heads),
        _ => match unnumbered_parts(body, first_content) {
            heads if heads.len() >= 2 => {
                warnings.push(format!(
                    "no numbered parts (一、二、…); took {} stand-alone heading lines as parts",
                    heads.len()
                ));
                (Structure::Unnumbered, heads)
            }
            _ => {
                warnings.push("no parts found; the report is treated as one run of paragraphs".into());
                (Structure::Flat, Vec::new())
            }
        },
    };

    // Chapters above the numbered parts (`“十四五”时期发展成就和2025年工作回顾` ⏎ its text ⏎
    // `“十五五”时期主要目标和2026年重点工作` ⏎ the targets ⏎ `一、…`): the review and the targets
    // stand under a chapter heading of their own, before the first numbered part, and would
    // otherwise be taken for front matter. Every chapter heading is then a part too.
    let chapters: Vec<usize> = if structure == Structure::Numbered {
        // A chapter heading is a name (`2024年工作回顾`); a line with a comma is a lead sentence
        // (`我们始终注重自身建设，行政效能实现新提高`).
        let found: Vec<usize> = unnumbered_parts(body, first_content)
            .into_iter()
            .filter(|&i| !heads.contains(&i) && !body[i].text.contains(['，', ',', '、']))
            .collect();
        let holds_text_before_the_parts = found.iter().any(|&c| c + 2 < heads[0]);
        if holds_text_before_the_parts {
            found
        } else {
            Vec::new()
        }
    } else {
        Vec::new()
    };
    let mut heads = heads;
    heads.extend(&chapters);
    heads.sort_unstable();

    let front_end = match structure {
        Structure::Flat => opening_end(body),
        _ => heads[0],
    };
    let front_lines: Vec<&str> = body[..front_end].iter().map(|l| l.text).collect();
    let meta = meta::parse(&front_lines, heads.first().map(|&h| body[h].text));
    let front = body[..front_end]
        .iter()
        .enumerate()
        .map(|(i, l)| paragraph(format!("front/p{}", i + 1), l.span(), text))
        .collect();

    let mut parts = Vec::new();
    if structure == Structure::Flat {
        let lines = &body[front_end..];
        let mut part = build_part(0, "body".into(), None, lines, text);
        part.span =
            lines.first().map_or(text.len(), |l| l.start)..lines.last().map_or(text.len(), |l| l.span().end);
        parts.push(part);
    } else {
        // How often each number was seen, for the `#2` of a restarted numbering (a count kept as
        // it goes: a pasted text can have a hundred thousand parts).
        let mut seen: HashMap<u32, usize> = HashMap::new();
        for (k, &h) in heads.iter().enumerate() {
            let end = heads.get(k + 1).copied().unwrap_or(body.len());
            if let Some(c) = chapters.iter().position(|&c| c == h) {
                // A chapter is named 篇一, 篇二…: its own count, apart from the numbered parts.
                let number = c as u32 + 1;
                let path = format!("篇{}", numeral(number));
                parts.push(build_part(number, path, Some(body[h]), &body[h + 1..end], text));
                continue;
            }
            let number = match structure {
                Structure::Numbered => part_marker(body[h].text).map_or(k as u32 + 1, |(n, _)| n),
                _ => k as u32 + 1,
            };
            let round = {
                let n = seen.entry(number).or_default();
                *n += 1;
                *n
            };
            let path = match round {
                1 => numeral(number),
                r => format!("{}#{r}", numeral(number)),
            };
            parts.push(build_part(number, path, Some(body[h]), &body[h + 1..end], text));
        }
    }

    let (glossary_heading, glossary, annex) = glossary_and_annex(&lines[body_end..], text);
    Outline {
        meta,
        structure,
        front,
        parts,
        glossary_heading,
        glossary,
        annex,
        warnings,
    }
}

/// Where a flat report's front matter ends: after the salutation and the opening sentence.
fn opening_end(body: &[Line]) -> usize {
    match body.iter().position(|l| is_salutation(l.text)) {
        Some(i) if body.get(i + 1).is_some_and(|l| l.text.contains("我代表")) => i + 2,
        Some(i) => i + 1,
        None => 0,
    }
}

/// A candidate part heading: `一、…` alone on its line, or opening a line with a short first sentence.
fn is_part_heading(line: &Line) -> bool {
    let Some((_, marker)) = part_marker(line.text) else {
        return false;
    };
    let rest = &line.text[marker..];
    let unpunctuated = !rest.contains(is_sentence_end);
    line.chars() <= 50 || (unpunctuated && line.chars() <= 90) || first_sentence(rest).chars().count() <= 40
}

/// Part headings numbered 一, 二, 三… in order. The numbering may restart at 一 once two parts
/// have been seen (gaotangxian's chapters each number their own parts), but not after the closing
/// exhortation, so that lists appended to the report (民生实事) are not taken for parts.
fn numbered_parts(body: &[Line]) -> Vec<usize> {
    let closing = body
        .iter()
        .rposition(|l| is_exclamation_end_with_tail(l.text) && CLOSING_WORDS.is_match(l.text))
        .unwrap_or(body.len());
    let mut run = Vec::new();
    let mut expected = 1;
    for (i, l) in body.iter().enumerate().take(closing) {
        if !is_part_heading(l) {
            continue;
        }
        let Some((n, _)) = part_marker(l.text) else {
            continue;
        };
        if n == expected || (n == 1 && run.len() >= 2) {
            run.push(i);
            expected = n + 1;
        }
    }
    run
}

static CLOSING_WORDS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"让我们|奋斗|奋进|贡献|篇章|前进").unwrap());

static PART_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"回顾|安排|目标|任务|建议|自身建设|重点工作|主要工作|总体要求|工作部署|发展思路").unwrap()
});

/// Stand-alone heading lines of reports whose parts carry no numerals (`2024年工作回顾`).
fn unnumbered_parts(body: &[Line], first_content: usize) -> Vec<usize> {
    (first_content.min(body.len())..body.len())
        .filter(|&i| {
            let l = &body[i];
            let last = l.text.chars().last().unwrap_or('。');
            l.chars() <= 25
                && !is_sentence_end(last)
                && !matches!(last, '：' | ':' | '；' | ';' | '，' | ',')
                && section_marker(l.text).is_none()
                && item_marker(l.text).is_none()
                && !l.text.starts_with("——")
                && !is_salutation(l.text)
                && PART_WORDS.is_match(l.text)
        })
        .collect()
}

fn build_part(number: u32, path: String, heading: Option<Line>, lines: &[Line], text: &str) -> Part {
    let (heading_span, rest) = match heading {
        Some(h) => {
            let marker = part_marker(h.text).map_or(0, |(_, m)| m);
            split_heading(h, marker)
        }
        None => (0..0, None),
    };
    // Section headings: numbered 1, 2, 3…, a restart at 1 allowed (yixian-2025 restarts twice),
    // and one number may be missing (guowuyuan-2007's text lost its （三） heading).
    let mut section_starts = Vec::new();
    let mut expected = 1;
    for (i, l) in lines.iter().enumerate() {
        if let Some((n, _)) = section_marker(l.text)
            && (n == expected || (n == expected + 1 && expected > 1) || (n == 1 && expected > 1))
        {
            section_starts.push(i);
            expected = n + 1;
        }
    }
    let mut intro_lines: Vec<Span> = rest.into_iter().collect();
    intro_lines.extend(
        lines[..section_starts.first().copied().unwrap_or(lines.len())]
            .iter()
            .map(Line::span),
    );
    let intro: Vec<Paragraph> = intro_lines
        .into_iter()
        .enumerate()
        .map(|(i, span)| paragraph(format!("{path}/p{}", i + 1), span, text))
        .collect();
    let mut sections: Vec<Section> = Vec::new();
    let mut seen: HashMap<u32, usize> = HashMap::new();
    for (k, &s) in section_starts.iter().enumerate() {
        let end = section_starts.get(k + 1).copied().unwrap_or(lines.len());
        let (number, marker) = section_marker(lines[s].text).unwrap_or((0, 0));
        let round = {
            let n = seen.entry(number).or_default();
            *n += 1;
            *n
        };
        let section_path = match round {
            1 => format!("{path}/（{}）", numeral(number)),
            r => format!("{path}/（{}）#{r}", numeral(number)),
        };
        let (heading, inline_rest) = split_heading(lines[s], marker);
        let mut spans: Vec<Span> = inline_rest.into_iter().collect();
        spans.extend(lines[s + 1..end].iter().map(Line::span));
        let paragraphs: Vec<Paragraph> = spans
            .into_iter()
            .enumerate()
            .map(|(i, span)| paragraph(format!("{section_path}/p{}", i + 1), span, text))
            .collect();
        let span_end = paragraphs.last().map_or(heading.end, |p| p.span.end);
        sections.push(Section {
            number,
            path: section_path,
            span: heading.start..span_end,
            heading,
            paragraphs,
        });
    }
    // `各位代表，…` after the last section addresses the congress about the whole part (jiefang's
    // 过去五年 review follows section (七)): it and what follows belong to the part.
    let mut outro = Vec::new();
    if let Some(last) = sections.last_mut()
        && let Some(j) = last
            .paragraphs
            .iter()
            .skip(1)
            .position(|p| text[p.span.clone()].starts_with("各位代表"))
            .map(|j| j + 1)
    {
        let moved = last.paragraphs.split_off(j);
        last.span.end = last.paragraphs.last().map_or(last.heading.end, |p| p.span.end);
        outro = moved;
    }
    for (m, p) in outro.iter_mut().enumerate() {
        p.path = format!("{path}/p{}", intro.len() + 1 + m);
    }
    let last_end = outro
        .last()
        .map(|p| p.span.end)
        .or_else(|| sections.last().map(|s| s.span.end))
        .or_else(|| lines.last().map(|l| l.span().end))
        .unwrap_or(heading_span.end);
    Part {
        number,
        path,
        span: heading_span.start..last_end.max(heading_span.end),
        heading: heading_span,
        intro,
        sections,
        outro,
    }
}

/// A heading line is the heading; a long line opening with a marker has its first sentence as the
/// heading and the rest as the first paragraph (`（一）疫情防控科学有效，取得重大战略成果。坚持…`).
/// Spaces between the two end the heading: every byte of the line belongs to one of them.
fn split_heading(line: Line, marker: usize) -> (Span, Option<Span>) {
    let rest = &line.text[marker..];
    let first = first_sentence(rest);
    let inline = first.len() < rest.trim_end().len();
    if !inline {
        return (line.span(), None);
    }
    let cut = line.start + marker + first.len();
    let paragraph_start =
        cut + (line.text[cut - line.start..].len() - line.text[cut - line.start..].trim_start().len());
    (
        line.start..paragraph_start,
        Some(paragraph_start..line.span().end),
    )
}

/// The text up to and including the first sentence end (and closing quotes after it).
fn first_sentence(s: &str) -> &str {
    sentence_ends(s).next().map_or(s, |end| &s[..end])
}

/// Byte offsets just after each sentence end in `s`.
fn sentence_ends(s: &str) -> impl Iterator<Item = usize> + '_ {
    let mut chars = s.char_indices().peekable();
    std::iter::from_fn(move || {
        while let Some((i, c)) = chars.next() {
            if is_sentence_end(c) {
                let mut end = i + c.len_utf8();
                while let Some(&(j, n)) = chars.peek() {
                    if matches!(
                        n,
                        '”' | '’' | '」' | '』' | '）' | ')' | '"' | '！' | '？' | '!' | '?'
                    ) {
                        end = j + n.len_utf8();
                        chars.next();
                    } else {
                        break;
                    }
                }
                return Some(end);
            }
        }
        None
    })
}

/// How short a first sentence must be to be a paragraph's lead (`持续强化项目建设。`).
const LEAD_MAX_CHARS: usize = 30;

fn paragraph(path: String, span: Span, text: &str) -> Paragraph {
    let body = &text[span.clone()];
    let item = item_marker(body).map(|(n, _)| n);
    let mut sentences = Vec::new();
    let mut start = 0;
    for end in sentence_ends(body) {
        sentences.push(span.start + start..span.start + end);
        start = end;
    }
    if start < body.len() {
        sentences.push(span.start + start..span.end);
    }
    let lead = sentences
        .first()
        .filter(|s| sentences.len() >= 2 && text[(*s).clone()].chars().count() <= LEAD_MAX_CHARS)
        .cloned();
    Paragraph {
        path,
        span,
        item,
        lead,
        sentences,
    }
}

fn glossary_and_annex(lines: &[Line], text: &str) -> (Option<Span>, Vec<GlossaryEntry>, Vec<Paragraph>) {
    let mut heading = None;
    let mut entries: Vec<GlossaryEntry> = Vec::new();
    let mut annex_lines = Vec::new();
    let mut in_glossary = false;
    for l in lines {
        if is_glossary_heading(l.text) && heading.is_none() {
            heading = Some(l.span());
            in_glossary = true;
            continue;
        }
        if is_annex_heading(l.text) && !is_glossary_heading(l.text) {
            in_glossary = false;
        }
        if !in_glossary {
            annex_lines.push(l.span());
            continue;
        }
        match glossary_marker(l.text) {
            Some((number, marker)) => {
                let (term, explanation) = split_term(&l.text[marker..]);
                entries.push(GlossaryEntry {
                    number,
                    term,
                    explanation,
                    span: l.span(),
                });
            }
            None => match entries.last_mut() {
                // An explanation on the lines after its term (hainan-2026: `［1］一降三减：` ⏎ `…`).
                Some(last) => {
                    last.explanation.push_str(l.text);
                    last.span.end = l.span().end;
                }
                None => annex_lines.push(l.span()),
            },
        }
    }
    let annex = annex_lines
        .into_iter()
        .enumerate()
        .map(|(i, span)| paragraph(format!("annex/p{}", i + 1), span, text))
        .collect();
    (heading, entries, annex)
}

fn split_term(entry: &str) -> (String, String) {
    // `[三个收官]即实现脱贫攻坚…`: the term in brackets, the explanation after.
    for (open, close) in [('[', ']'), ('【', '】'), ('［', '］')] {
        if let Some(rest) = entry.strip_prefix(open)
            && let Some(at) = rest.find(close)
        {
            let explanation = rest[at + close.len_utf8()..]
                .trim_start_matches(['：', ':'])
                .trim();
            return (rest[..at].trim().to_string(), explanation.to_string());
        }
    }
    match entry.find(['：', ':']) {
        Some(at) => {
            let colon = entry[at..].chars().next().map_or(1, char::len_utf8);
            (
                entry[..at].trim().to_string(),
                entry[at + colon..].trim().to_string(),
            )
        }
        None => {
            let at = entry.find(['，', '。', ',']).unwrap_or(entry.len());
            (
                entry[..at].trim().to_string(),
                entry[at..]
                    .trim_start_matches(['，', '。', ','])
                    .trim()
                    .to_string(),
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(outline: &Outline, text: &str) -> Vec<String> {
        outline
            .parts
            .iter()
            .map(|p| text[p.heading.clone()].to_string())
            .collect()
    }

    #[test]
    fn parts_sections_and_inline_section_headings() {
        let text = "2022年焦作市解放区政府工作报告\n各位代表:\n现在,我代表区人民政府,向大会作工作报告。\n一、2021年和过去五年的工作回顾\n主要做了以下工作:\n(一)担使命、守底线,抗疫防汛双战双赢\n面对多点散发的疫情,我们秉承人民至上理念。全力以赴守牢疫情防线。\n(二)保预期、稳增长,经济大盘平稳运转\n坚持“六稳”“六保”主线。\n二、2022年主要目标和重点工作\n(一)突出抓项目、促招商,奋力蓄积高质量发展后劲。扎实开展“项目建设和招商引资年”活动,千方百计扩大有效投资。\n各位代表!让我们团结一心而努力奋斗!";
        let o = parse(text);
        assert_eq!(o.structure, Structure::Numbered);
        assert_eq!(
            lines(&o, text),
            ["一、2021年和过去五年的工作回顾", "二、2022年主要目标和重点工作"]
        );
        assert_eq!(o.parts[0].intro.len(), 1);
        assert_eq!(o.parts[0].sections.len(), 2);
        let s = &o.parts[1].sections[0];
        assert_eq!(s.path, "二/（一）");
        assert_eq!(
            &text[s.heading.clone()],
            "(一)突出抓项目、促招商,奋力蓄积高质量发展后劲。"
        );
        assert_eq!(
            &text[s.paragraphs[0].span.clone()],
            "扎实开展“项目建设和招商引资年”活动,千方百计扩大有效投资。"
        );
        assert_eq!(s.paragraphs.len(), 1);
        // The closing speaks to the congress, not about the section: it belongs to the part.
        assert_eq!(o.parts[1].outro[0].path, "二/p1");
        assert_eq!(o.front.len(), 3);
    }

    #[test]
    fn a_numbered_list_after_the_closing_is_not_parts() {
        // 广东 2025: 十件民生实事 restart at 一、 after the closing.
        let mut text = String::from(
            "各位代表：\n一、2024年工作回顾\n正文。\n二、2025年工作安排\n正文。\n让我们团结一心，为谱写中国式现代化广东篇章而努力奋斗！\n附件1\n",
        );
        for n in 1..=10 {
            text.push_str(&format!("{}、民生实事第{n}件。\n", numeral(n)));
        }
        let o = parse(&text);
        assert_eq!(o.parts.len(), 2);
        assert_eq!(o.annex.len(), 11);
        let text = text.replace("附件1\n", "");
        assert_eq!(parse(&text).parts.len(), 2, "no parts after the closing");
    }

    #[test]
    fn chapters_that_restart_the_part_numbering_give_distinct_paths() {
        // gaotangxian: each unnumbered chapter numbers its parts from 一 again.
        let text = "各位代表：\n2020年工作回顾\n一、经济运行\n正文。\n二、项目建设\n正文。\n2021年工作安排\n一、扩大投资\n正文。\n二、改善民生\n正文。\n让我们团结一心而努力奋斗！";
        let o = parse(text);
        let paths: Vec<&str> = o.parts.iter().map(|p| p.path.as_str()).collect();
        assert_eq!(paths, ["一", "二", "一#2", "二#2"]);
        assert_eq!(o.parts[0].number, 1);
    }

    #[test]
    fn chapters_holding_the_review_and_the_targets_above_numbered_parts_are_parts() {
        // neimenggu-2026, miyixian: the review and the targets under chapter headings, the year's
        // tasks numbered 一、二、 in the last chapter.
        let text = "各位代表：\n“十四五”时期发展成就和2025年工作回顾\n过去五年极不平凡。\n刚刚过去的2025年，生产总值增长5%。\n“十五五”时期主要目标和2026年重点工作\n今年经济社会发展的主要预期目标是：地区生产总值增长5%左右。\n一、建设现代化产业体系\n正文。\n二、持续改善民生\n正文。\n让我们团结一心而努力奋斗！";
        let o = parse(text);
        let paths: Vec<&str> = o.parts.iter().map(|p| p.path.as_str()).collect();
        assert_eq!(paths, ["篇一", "篇二", "一", "二"]);
        assert_eq!(o.structure, Structure::Numbered);
        assert_eq!(o.parts[1].intro.len(), 1);
        assert!(o.front.iter().all(|p| !text[p.span.clone()].contains("增长")));
    }

    #[test]
    fn unnumbered_parts_are_taken_from_heading_lines_and_said() {
        let text = "2025年四川省政府工作报告\n各位代表：\n现在，我代表省人民政府，向大会报告工作。\n2024年工作回顾\n过去一年，极不平凡。\n2025年工作安排建议\n重点做好9个方面工作：\n（一）全方位扩大内需，稳住经济大盘。依托我省独特战略位势，用好政策机遇。\n加强政府自身建设\n正文。";
        let o = parse(text);
        assert_eq!(o.structure, Structure::Unnumbered);
        assert_eq!(o.parts.len(), 3);
        assert_eq!(o.parts[1].sections.len(), 1);
        assert_eq!(o.parts[1].path, "二");
        assert!(o.warnings[0].contains("no numbered parts"));
    }

    #[test]
    fn a_report_without_parts_is_one_implicit_part() {
        let text = "各位代表：\n现在，我代表县人民政府向大会报告工作。\n过去一年，全县经济平稳。\n今年要抓好项目建设。";
        let o = parse(text);
        assert_eq!(o.structure, Structure::Flat);
        assert!(o.parts[0].is_implicit());
        assert_eq!(o.parts[0].intro.len(), 2);
        assert_eq!(o.parts[0].intro[0].path, "body/p1");
        assert_eq!(o.front.len(), 2);
    }

    #[test]
    fn restarted_section_numbering_gets_distinct_paths() {
        let text = "各位代表：\n一、回顾\n正文。\n二、任务\n（一）甲\n（二）乙\n（一）丙\n（二）丁\n（三）戊";
        let o = parse(text);
        let paths: Vec<&str> = o.parts[1].sections.iter().map(|s| s.path.as_str()).collect();
        assert_eq!(
            paths,
            [
                "二/（一）",
                "二/（二）",
                "二/（一）#2",
                "二/（二）#2",
                "二/（三）"
            ]
        );
    }

    #[test]
    fn glossary_entries_on_one_or_two_lines() {
        let text = "各位代表：\n一、回顾\n正文。\n二、任务\n让我们团结一心而努力奋斗！\n注释\n［1］一降三减：\n全年火灾起数总体下降。\n［2］四大主导产业：旅游业、现代服务业。\n3.三零,零上访、零事故、零案件。\n4.[三个收官]即实现脱贫攻坚、全面建成小康社会、“十三五”规划三个收官。";
        let o = parse(text);
        assert_eq!(
            o.glossary
                .iter()
                .map(|e| (e.number, e.term.as_str(), e.explanation.as_str()))
                .collect::<Vec<_>>(),
            [
                (1, "一降三减", "全年火灾起数总体下降。"),
                (2, "四大主导产业", "旅游业、现代服务业。"),
                (3, "三零", "零上访、零事故、零案件。"),
                (
                    4,
                    "三个收官",
                    "即实现脱贫攻坚、全面建成小康社会、“十三五”规划三个收官。"
                )
            ]
        );
        assert_eq!(&text[o.glossary_heading.clone().unwrap()], "注释");
    }

    #[test]
    fn sentences_items_and_leads() {
        let text = "各位代表：\n一、回顾\n正文。\n二、任务\n1.持续强化项目建设。强力实施“3+10”重大项目推进机制！完成投资64.45亿元\n——经济保持恢复发展。地区生产总值增长5.3%。";
        let o = parse(text);
        let p = &o.parts[1].intro[0];
        assert_eq!(p.item, Some(1));
        assert_eq!(p.sentences.len(), 3);
        assert_eq!(&text[p.lead.clone().unwrap()], "1.持续强化项目建设。");
        let q = &o.parts[1].intro[1];
        assert_eq!(&text[q.lead.clone().unwrap()], "——经济保持恢复发展。");
    }
}
