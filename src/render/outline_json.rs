//! `govdiff outline --format json`: the outline of one report as a versioned JSON document.
//!
//! Wire format (schema_version 1). Spans are `[start, end)` in characters (Unicode scalar values)
//! of the decoded input file, so an editor can highlight them in what the user opened.
//!
//! ```text
//! { "schema_version": 1, "path": "samples/jiefang-2022.txt",
//!   "title", "year", "government", "meeting", "date", "speaker", "office",   // null when absent
//!   "structure": "numbered" | "unnumbered" | "flat", "warnings": ["…"],
//!   "input": { "encoding", "chars", "body_chars", "fixes": {…} },
//!   "cut": [ { "position": "before|header|duplicate|after", "span", "lines", "chars", "first_line" } ],
//!   "front": [paragraph],
//!   "parts": [ { "path": "三", "number": 3, "heading": "三、…" | null, "span", "chars",
//!                "intro": [paragraph],
//!                "sections": [ { "path": "三/（一）", "number": 1, "heading", "span", "chars",
//!                                "paragraphs": [paragraph] } ] } ],
//!   "glossary_heading": "…" | null,
//!   "glossary": [ { "number", "term", "explanation", "span" } ],
//!   "annex": [paragraph] }
//! paragraph = { "path": "三/（一）/p2", "span", "chars", "item": 1 | null, "lead": "…" | null,
//!               "sentences": 3, "text": "…" }
//! ```

use serde::Serialize;

use crate::Report;
use crate::outline::{Paragraph, Span, Structure};
use crate::source::CutPosition;

/// Bumped only when a field is removed or renamed.
pub const SCHEMA_VERSION: u32 = 1;

#[derive(Serialize)]
struct Doc<'a> {
    schema_version: u32,
    path: &'a str,
    title: Option<&'a str>,
    year: Option<i32>,
    government: Option<&'a str>,
    meeting: Option<&'a str>,
    date: Option<&'a str>,
    speaker: Option<&'a str>,
    office: Option<&'a str>,
    structure: &'static str,
    warnings: &'a [String],
    input: Input<'a>,
    cut: Vec<Cut<'a>>,
    front: Vec<Para<'a>>,
    parts: Vec<Part<'a>>,
    glossary_heading: Option<&'a str>,
    glossary: Vec<Entry<'a>>,
    annex: Vec<Para<'a>>,
}

#[derive(Serialize)]
struct Input<'a> {
    encoding: &'static str,
    chars: usize,
    body_chars: usize,
    fixes: &'a crate::source::Fixes,
}

#[derive(Serialize)]
struct Cut<'a> {
    position: &'static str,
    span: [usize; 2],
    lines: usize,
    chars: usize,
    first_line: &'a str,
}

#[derive(Serialize)]
struct Part<'a> {
    path: &'a str,
    number: u32,
    heading: Option<&'a str>,
    span: [usize; 2],
    chars: usize,
    intro: Vec<Para<'a>>,
    sections: Vec<Section<'a>>,
}

#[derive(Serialize)]
struct Section<'a> {
    path: &'a str,
    number: u32,
    heading: &'a str,
    span: [usize; 2],
    chars: usize,
    paragraphs: Vec<Para<'a>>,
}

#[derive(Serialize)]
struct Para<'a> {
    path: &'a str,
    span: [usize; 2],
    chars: usize,
    item: Option<u32>,
    lead: Option<&'a str>,
    sentences: usize,
    text: &'a str,
}

#[derive(Serialize)]
struct Entry<'a> {
    number: u32,
    term: &'a str,
    explanation: &'a str,
    span: [usize; 2],
}

/// The outline of `report` as pretty-printed JSON, ending with a newline.
pub fn render(report: &Report) -> String {
    let o = &report.outline;
    let src = &report.source;
    let span = |s: &Span| {
        let r = src.original_range(s.clone());
        [r.start, r.end]
    };
    let chars = |s: &Span| report.written(s).chars().count();
    let para = |p| paragraph(report, p);
    let meta = crate::written::meta(report);
    let doc = Doc {
        schema_version: SCHEMA_VERSION,
        path: src.name(),
        title: meta.title.as_deref(),
        year: meta.year,
        government: meta.government.as_deref(),
        meeting: meta.meeting.as_deref(),
        date: meta.date.as_deref(),
        speaker: meta.speaker.as_deref(),
        office: meta.office.as_deref(),
        structure: match o.structure {
            Structure::Numbered => "numbered",
            Structure::Unnumbered => "unnumbered",
            Structure::Flat => "flat",
        },
        warnings: &o.warnings,
        input: Input {
            encoding: src.encoding().name(),
            chars: src.original().chars().count(),
            body_chars: src.text().chars().count(),
            fixes: src.fixes(),
        },
        cut: src
            .cuts()
            .iter()
            .map(|c| Cut {
                position: position_name(c.position),
                span: [c.range.start, c.range.end],
                lines: c.lines,
                chars: c.text.chars().filter(|&ch| ch != '\n').count(),
                first_line: c.text.lines().next().unwrap_or(""),
            })
            .collect(),
        front: o.front.iter().map(para).collect(),
        parts: o
            .parts
            .iter()
            .map(|p| Part {
                path: &p.path,
                number: p.number,
                heading: (!p.is_implicit()).then(|| report.written(&p.heading)),
                span: span(&p.span),
                chars: chars(&p.span),
                intro: p.intro.iter().map(para).collect(),
                sections: p
                    .sections
                    .iter()
                    .map(|s| Section {
                        path: &s.path,
                        number: s.number,
                        heading: report.written(&s.heading),
                        span: span(&s.span),
                        chars: chars(&s.span),
                        paragraphs: s.paragraphs.iter().map(para).collect(),
                    })
                    .collect(),
            })
            .collect(),
        glossary_heading: o.glossary_heading.clone().map(|h| report.written(&h)),
        glossary: o
            .glossary
            .iter()
            .map(|e| Entry {
                number: e.number,
                term: &e.term,
                explanation: &e.explanation,
                span: span(&e.span),
            })
            .collect(),
        annex: o.annex.iter().map(para).collect(),
    };
    super::json_document(&doc)
}

fn paragraph<'a>(report: &'a Report, p: &'a Paragraph) -> Para<'a> {
    let r = report.source.original_range(p.span.clone());
    Para {
        path: &p.path,
        span: [r.start, r.end],
        chars: report.written(&p.span).chars().count(),
        item: p.item,
        lead: p.lead.clone().map(|l| report.written(&l)),
        sentences: p.sentences.len(),
        text: report.written(&p.span),
    }
}

pub(crate) fn position_name(p: CutPosition) -> &'static str {
    match p {
        CutPosition::Before => "before",
        CutPosition::Header => "header",
        CutPosition::Duplicate => "duplicate",
        CutPosition::After => "after",
    }
}
