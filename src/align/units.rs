//! The units alignment pairs: parts, sections (or paragraphs, as a fallback) and the text each owns.

use crate::Report;
use crate::outline::{Paragraph, Span, Structure};

/// How deep in the report a unit sits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Level {
    /// A part `三`, or the front matter, glossary or annex.
    Part,
    /// A section `三/（一）`.
    Section,
    /// A paragraph, when a report without parts forces paragraph-level alignment.
    Paragraph,
}

/// Units that are paired by what they are, not by content.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Role {
    Front,
    Body,
    Glossary,
    Annex,
}

/// Something alignment can pair: a part, a section or a paragraph.
#[derive(Debug, Clone)]
pub struct Unit {
    pub level: Level,
    pub role: Role,
    pub path: String,
    pub heading: Option<Span>,
    /// The text this unit owns, in order: for a part, its heading and the paragraphs outside its
    /// sections; for a section, its heading and paragraphs. Units' pieces never overlap, and
    /// together they cover the report text (less the line breaks between pieces).
    pub pieces: Vec<Span>,
    /// The text its content is judged by: for a part, everything in it, sections included.
    pub scope: Vec<Span>,
    /// Index of the part unit a section belongs to.
    pub parent: Option<usize>,
    /// The unit's whole extent in the text (for a part, sections included).
    pub span: Span,
}

fn spans<'a>(paragraphs: impl IntoIterator<Item = &'a Paragraph>) -> Vec<Span> {
    paragraphs.into_iter().map(|p| p.span.clone()).collect()
}

/// The units of a report. With `by_paragraph`, the body is cut into paragraph units (headings
/// become their own units) instead of parts and sections.
pub fn units(report: &Report, by_paragraph: bool) -> Vec<Unit> {
    let o = &report.outline;
    let mut units = Vec::new();
    if !o.front.is_empty() {
        let pieces = spans(&o.front);
        units.push(Unit {
            level: Level::Part,
            role: Role::Front,
            path: "front".into(),
            heading: None,
            scope: pieces.clone(),
            pieces,
            parent: None,
            span: 0..0,
        });
    }
    if by_paragraph || o.structure == Structure::Flat {
        for part in &o.parts {
            let mut push = |path: &str, span: Span, heading: bool| {
                units.push(Unit {
                    level: Level::Paragraph,
                    role: Role::Body,
                    path: path.to_string(),
                    heading: heading.then(|| span.clone()),
                    pieces: vec![span.clone()],
                    scope: vec![span],
                    parent: None,
                    span: 0..0,
                })
            };
            if !part.is_implicit() {
                push(&part.path, part.heading.clone(), true);
            }
            for p in &part.intro {
                push(&p.path, p.span.clone(), false);
            }
            for s in &part.sections {
                push(&s.path, s.heading.clone(), true);
                for p in &s.paragraphs {
                    push(&p.path, p.span.clone(), false);
                }
            }
            for p in &part.outro {
                push(&p.path, p.span.clone(), false);
            }
        }
    } else {
        for part in &o.parts {
            let mut pieces = vec![part.heading.clone()];
            pieces.extend(spans(&part.intro));
            pieces.extend(spans(&part.outro));
            let scope = std::iter::once(part.heading.clone())
                .chain(part.paragraphs().map(|p| p.span.clone()))
                .chain(part.sections.iter().map(|s| s.heading.clone()))
                .collect();
            let part_index = units.len();
            units.push(Unit {
                level: Level::Part,
                role: Role::Body,
                path: part.path.clone(),
                heading: Some(part.heading.clone()),
                pieces,
                scope,
                parent: None,
                span: 0..0,
            });
            for s in &part.sections {
                let mut pieces = vec![s.heading.clone()];
                pieces.extend(spans(&s.paragraphs));
                units.push(Unit {
                    level: Level::Section,
                    role: Role::Body,
                    path: s.path.clone(),
                    heading: Some(s.heading.clone()),
                    scope: pieces.clone(),
                    pieces,
                    parent: Some(part_index),
                    span: 0..0,
                });
            }
        }
    }
    if let Some(h) = &o.glossary_heading {
        let mut pieces = vec![h.clone()];
        pieces.extend(o.glossary.iter().map(|e| e.span.clone()));
        units.push(Unit {
            level: Level::Part,
            role: Role::Glossary,
            path: "glossary".into(),
            heading: Some(h.clone()),
            scope: pieces.clone(),
            pieces,
            parent: None,
            span: 0..0,
        });
    }
    if !o.annex.is_empty() {
        let pieces = spans(&o.annex);
        units.push(Unit {
            level: Level::Part,
            role: Role::Annex,
            path: "annex".into(),
            heading: None,
            scope: pieces.clone(),
            pieces,
            parent: None,
            span: 0..0,
        });
    }
    for u in &mut units {
        u.pieces.retain(|s| !s.is_empty());
        u.scope.retain(|s| !s.is_empty());
        let start = u
            .scope
            .iter()
            .chain(&u.pieces)
            .map(|s| s.start)
            .min()
            .unwrap_or(0);
        let end = u
            .scope
            .iter()
            .chain(&u.pieces)
            .map(|s| s.end)
            .max()
            .unwrap_or(start);
        u.span = start..end;
    }
    units
}
