//! `govdiff OLD NEW --format json`: the comparison as a versioned, deterministic JSON document.
//!
//! These types are the wire format (schema_version 1), kept apart from the algorithm's types so
//! that internals can change without breaking pipelines. `schema/comparison.schema.json` is
//! generated from them (a test fails when the two drift). Fields are only ever added; removing or
//! renaming one bumps `schema_version`. Same input, same bytes: no timestamps, no hash-map order,
//! similarities rounded to 3 decimals. Ranges are `[start, end)` in characters (Unicode scalar
//! values) of the decoded input file.

use schemars::JsonSchema;
use serde::Serialize;

use crate::compare::{self, Comparison, Level, Op, Status};
use crate::numbers;
use crate::render::initiatives_json;

/// Bumped only when a field is removed or renamed.
pub const SCHEMA_VERSION: u32 = 1;

/// A comparison of two reports.
#[derive(Debug, Serialize, JsonSchema)]
pub struct Document<'a> {
    /// Always 1 for this layout.
    pub schema_version: u32,
    pub old: Report,
    pub new: Report,
    pub summary: Summary,
    /// How the comparison was made, when the reader should know (missing parts, a cut-short diff).
    pub warnings: Vec<String>,
    /// One entry per aligned part and section (or paragraph, when a report has no parts), in
    /// new-report order; removed ones where they stood in the old report. Front matter, glossary
    /// and annex are parts with the paths `front`, `glossary` and `annex`.
    pub sections: Vec<Section<'a>>,
    /// Every indicator with a figure in either report, matched across the years (unchanged ones
    /// included): targets first, then results, then multi-year plans; headline figures first in
    /// each. See `src/numbers/wire.rs` for the fields.
    pub numbers: Vec<numbers::wire::Number<'a>>,
    /// Named programmes, slogans, titles and glossary terms: `added` (absent from the old report's
    /// text), `dropped` (absent from the new one's), `kept`. See `src/render/initiatives_json.rs`.
    pub initiatives: initiatives_json::InitiativesJson,
    /// New and vanished wordings (新提法) and both years' most frequent words with their ranks.
    pub phrases: initiatives_json::PhrasesJson,
}

/// One of the two reports.
#[derive(Debug, Serialize, JsonSchema)]
pub struct Report {
    /// The file as given on the command line.
    pub path: String,
    pub title: Option<String>,
    /// The year the report was delivered.
    pub year: Option<i32>,
    pub government: Option<String>,
    /// Characters of the decoded input file.
    pub chars: usize,
    /// Characters of the report body (page chrome cut).
    pub body_chars: usize,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct Summary {
    /// Share of text unchanged: 2 × unchanged / (old + new characters), 0–1.
    pub similarity: f64,
    pub parts: Counts,
    pub sections: Counts,
    pub paragraphs: Counts,
    pub inserted_chars: usize,
    pub deleted_chars: usize,
    pub unchanged_chars: usize,
    /// The reports were aligned paragraph by paragraph (one has no parts).
    pub by_paragraph: bool,
    /// A word diff hit its deadline; some changes are coarser than they could be.
    pub timed_out: bool,
}

/// Entries by status.
#[derive(Debug, Serialize, JsonSchema)]
pub struct Counts {
    pub matched: usize,
    pub moved: usize,
    pub added: usize,
    pub removed: usize,
    pub split: usize,
    pub merged: usize,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct Section<'a> {
    pub level: LevelName,
    pub status: StatusName,
    /// The unit in the old report; null when added.
    pub old: Option<Node>,
    /// The unit in the new report; null when removed.
    pub new: Option<Node>,
    /// For `split`: the other new units the old one went to. For `merged`: the other old units.
    pub group: Vec<String>,
    /// Share of this entry's text unchanged, 0–1.
    pub similarity: f64,
    /// The word diff: `equal` + `delete` texts rebuild the old side, `equal` + `insert` the new.
    /// Paragraph breaks inside an entry are `\n`.
    pub changes: Vec<Change<'a>>,
}

#[derive(Debug, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum LevelName {
    Part,
    Section,
    Paragraph,
}

#[derive(Debug, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum StatusName {
    Matched,
    Moved,
    Added,
    Removed,
    Split,
    Merged,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct Node {
    /// `三`, `三/（一）`, `三/（一）/p2`, `front`, `glossary`, `annex`.
    pub path: String,
    pub heading: Option<String>,
    /// `[start, end)` in characters of the decoded input file.
    pub range: [usize; 2],
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct Change<'a> {
    pub op: OpName,
    pub text: &'a str,
}

#[derive(Debug, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum OpName {
    Equal,
    Insert,
    Delete,
}

fn round(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

fn counts(c: &compare::Counts) -> Counts {
    Counts {
        matched: c.matched,
        moved: c.moved,
        added: c.added,
        removed: c.removed,
        split: c.split,
        merged: c.merged,
    }
}

fn report(d: &compare::Document) -> Report {
    Report {
        path: d.path.clone(),
        title: d.title.clone(),
        year: d.year,
        government: d.government.clone(),
        chars: d.chars,
        body_chars: d.body_chars,
    }
}

fn node(n: &compare::Node) -> Node {
    Node {
        path: n.path.clone(),
        heading: n.heading.clone(),
        range: [n.range.start, n.range.end],
    }
}

/// The wire document for a comparison.
pub fn document(c: &Comparison) -> Document<'_> {
    Document {
        schema_version: SCHEMA_VERSION,
        old: report(&c.old),
        new: report(&c.new),
        summary: summary(&c.summary),
        warnings: c.warnings.clone(),
        sections: sections(c),
        numbers: numbers::wire::numbers(&c.numbers),
        initiatives: initiatives_json::initiatives(&c.initiatives),
        phrases: initiatives_json::phrases(&c.phrases),
    }
}

fn summary(s: &compare::Summary) -> Summary {
    Summary {
        similarity: round(s.similarity),
        parts: counts(&s.parts),
        sections: counts(&s.sections),
        paragraphs: counts(&s.paragraphs),
        inserted_chars: s.inserted_chars,
        deleted_chars: s.deleted_chars,
        unchanged_chars: s.unchanged_chars,
        by_paragraph: s.by_paragraph,
        timed_out: s.timed_out,
    }
}

/// The `sections` field.
fn sections(c: &Comparison) -> Vec<Section<'_>> {
    c.sections
        .iter()
        .map(|s| Section {
            level: match s.level {
                Level::Part => LevelName::Part,
                Level::Section => LevelName::Section,
                Level::Paragraph => LevelName::Paragraph,
            },
            status: match s.status {
                Status::Matched => StatusName::Matched,
                Status::Moved => StatusName::Moved,
                Status::Added => StatusName::Added,
                Status::Removed => StatusName::Removed,
                Status::Split => StatusName::Split,
                Status::Merged => StatusName::Merged,
            },
            old: s.old.as_ref().map(node),
            new: s.new.as_ref().map(node),
            group: s.group.clone(),
            similarity: round(s.similarity),
            changes: s
                .changes
                .iter()
                .map(|ch| Change {
                    op: match ch.op {
                        Op::Equal => OpName::Equal,
                        Op::Insert => OpName::Insert,
                        Op::Delete => OpName::Delete,
                    },
                    text: &ch.text,
                })
                .collect(),
        })
        .collect()
}

/// The comparison as pretty-printed JSON, ending with a newline.
pub fn render(c: &Comparison) -> String {
    String::from_utf8(render_pieces(c).concat()).expect("serde_json writes UTF-8")
}

/// [`render`] in pieces of UTF-8 to be written one after the other (see [`super::json_object`]).
pub fn render_pieces(c: &Comparison) -> Vec<Vec<u8>> {
    use super::json_field as field;
    // The document as `json_document(&document(c))` writes it, its four large fields made and
    // laid out side by side.
    let ((sections, numbers), (initiatives, phrases)) = rayon::join(
        || {
            rayon::join(
                || field(&self::sections(c)),
                || field(&numbers::wire::numbers(&c.numbers)),
            )
        },
        || {
            rayon::join(
                || field(&initiatives_json::initiatives(&c.initiatives)),
                || field(&initiatives_json::phrases(&c.phrases)),
            )
        },
    );
    super::json_object(vec![
        ("schema_version", field(&SCHEMA_VERSION)),
        ("old", field(&report(&c.old))),
        ("new", field(&report(&c.new))),
        ("summary", field(&summary(&c.summary))),
        ("warnings", field(&c.warnings)),
        ("sections", sections),
        ("numbers", numbers),
        ("initiatives", initiatives),
        ("phrases", phrases),
    ])
}

/// The comparison as one line of JSON (for JSON Lines), without the newline.
pub fn render_line(c: &Comparison) -> String {
    super::to_json_line(&document(c)).expect("comparison serialises")
}

/// A JSON Lines entry for a pair that could not be compared: `{"schema_version", "old": {"path"},
/// "new": {"path"}, "error"}`.
pub fn error_line(old: &std::path::Path, new: &std::path::Path, error: &str) -> String {
    serde_json::json!({
        "schema_version": SCHEMA_VERSION,
        "old": {"path": old.display().to_string()},
        "new": {"path": new.display().to_string()},
        "error": error,
    })
    .to_string()
}

/// The JSON Schema of [`Document`], pretty-printed.
pub fn schema() -> String {
    super::json_document(&schemars::schema_for!(Document<'static>))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Report;

    #[test]
    fn the_document_laid_out_in_pieces_is_the_document_laid_out_whole() {
        let read = |name: &str| {
            let path = format!("{}/samples/{name}", env!("CARGO_MANIFEST_DIR"));
            Report::from_bytes(&path, &std::fs::read(&path).unwrap()).unwrap()
        };
        let (old, new) = (read("jiefang-2021.constructed.txt"), read("jiefang-2022.txt"));
        for (a, b) in [(&old, &new), (&new, &old), (&old, &old)] {
            let c = compare::compare(a, b, &compare::Options::default());
            assert_eq!(render(&c), crate::render::json_document(&document(&c)));
        }
    }
}
