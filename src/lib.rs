//! govdiff compares two years of a Chinese government work report (政府工作报告).
//!
//! The pipeline is one module per stage, with plain data between them:
//! [`source`] (bytes → clean report text) → [`outline`] (text → tree of parts, sections,
//! paragraphs) → … → renderers that only read the result.
//!
//! ```
//! let report = govdiff::Report::from_bytes(
//!     "r.txt",
//!     "2022年某区政府工作报告\n各位代表：\n一、2021年工作回顾\n正文。\n二、2022年工作安排\n正文。".as_bytes(),
//! ).unwrap();
//! assert_eq!(report.outline.meta.government.as_deref(), Some("某区"));
//! assert_eq!(report.outline.parts.len(), 2);
//! ```

pub mod align;
pub mod batch;
mod blocking;
pub mod cli;
pub mod compare;
pub mod diff;
pub mod error;
pub mod initiatives;
pub mod markers;
pub mod numbers;
pub mod outline;
pub mod render;
pub mod segment;
pub mod source;
pub mod written;

use std::path::Path;

pub use error::{Error, Result};
pub use outline::Outline;
pub use source::Source;

/// A report read and parsed: its cleaned text and its outline.
#[derive(Debug, Clone)]
pub struct Report {
    pub source: Source,
    pub outline: Outline,
}

impl Report {
    /// Reads, cleans and parses the report at `path`.
    pub fn read(path: impl AsRef<Path>) -> Result<Report> {
        Ok(Report::new(Source::read(path)?))
    }

    /// Cleans and parses a report given as bytes; `name` is used in messages.
    pub fn from_bytes(name: &str, bytes: &[u8]) -> Result<Report> {
        Ok(Report::new(Source::from_bytes(name, bytes)?))
    }

    /// Parses an already cleaned source.
    ///
    /// What the report does not say about itself is taken, in this order, from the page title
    /// cut before it and from a year in the file name; the outline's warnings say so.
    pub fn new(source: Source) -> Report {
        let mut outline = outline::parse(source.text());
        let page: Vec<std::borrow::Cow<str>> = source
            .cuts()
            .iter()
            .filter(|c| c.position != source::CutPosition::After)
            .flat_map(|c| c.text.lines())
            .map(|l| source.read_as_body(l))
            .collect();
        let page: Vec<&str> = page.iter().map(|l| l.as_ref()).collect();
        outline.fill_from_page(&page, source.name());
        Report { source, outline }
    }

    /// The text of a span of the report, as read: traditional characters folded to simplified.
    pub fn text(&self, span: &outline::Span) -> &str {
        &self.source.text()[span.clone()]
    }

    /// The text of a span of the report as written, for showing.
    pub fn written(&self, span: &outline::Span) -> &str {
        &self.source.written()[span.clone()]
    }
}
