//! `govdiff numbers --format json`: every figure of one report as a versioned JSON document.
//!
//! ```text
//! { "schema_version": 1, "path", "title", "year", "government", "warnings": ["…"],
//!   "figures": [ { "indicator", "canonical", "role", "measure", "horizon", "headline",
//!                  "raw", "value", "upper", "unit", "qualifier", "bound", "normalised", "base_unit",
//!                  "path", "quote", "range": [start, end] } ] }
//! ```
//! Field meanings are those of [`crate::numbers::wire`]; the comparison's `numbers` array is
//! [`crate::numbers::wire::numbers`].

use serde::Serialize;

use crate::Report;
use crate::numbers::{Figure, wire};

/// Bumped only when a field is removed or renamed.
pub const SCHEMA_VERSION: u32 = 1;

#[derive(Serialize)]
struct Doc<'a> {
    schema_version: u32,
    path: &'a str,
    title: Option<&'a str>,
    year: Option<i32>,
    government: Option<&'a str>,
    warnings: Vec<String>,
    figures: Vec<wire::FigureOut<'a>>,
}

/// The figures of `report` as pretty-printed JSON, ending with a newline.
pub fn render(report: &Report, figures: &[Figure]) -> String {
    let meta = crate::written::meta(report);
    let doc = Doc {
        schema_version: SCHEMA_VERSION,
        path: report.source.name(),
        title: meta.title.as_deref(),
        year: meta.year,
        government: meta.government.as_deref(),
        warnings: crate::numbers::warnings(report),
        figures: wire::figures(figures),
    };
    super::json_document(&doc)
}
