//! Initiatives, phrases and word ranks as serde wire types, for the comparison document and `govdiff initiatives --format json`.
//!
//! The types here are the wire format; the algorithm's types live in [`crate::initiatives`]. A
//! comparison document embeds [`initiatives`] under `"initiatives"` and [`phrases`] under `"phrases"`.
//! Spans are `[start, end)` in characters (Unicode scalar values) of the decoded input file.
//!
//! ```text
//! "initiatives": {
//!   "added":   [ term ],                     // in the new report, absent from the old one's text
//!   "dropped": [ term ],                     // in the old report, absent from the new one's text
//!   "kept":    [ term + { "old": side, "match": "same|number|core|reworded",
//!                         "merged": ["“项目建设年”活动", "“项目建设和招商引资年”活动"] } ] }
//! term = { "term": "“三个一批”活动", "count": 3, "path": "一/（二）/p1", "quote": "扎实开展“三个一批”活动,…",
//!          "key": "三个一批", "kind": "quoted|title|name|glossary", "paths": ["一/（二）/p1", …],
//!          "span": [start, end], "glossary": "签约一批、开工一批、投产一批。" }   // glossary only when explained
//! side = { "term", "count", "path", "quote", "span" }   // kept: the new report's in term, the old one's here
//! "phrases": {
//!   "added":   [ { "phrase": "留抵退税", "count": 4, "path", "quote", "span", "novelty": 4.0 } ],
//!   "dropped": [ … ],
//!   "words":   [ { "word": "稳", "new": { "count": 78, "rank": 1 } | null, "old": { "count": 60, "rank": 3 } | null } ],
//!   "old_words": 8123, "new_words": 8455 }
//! ```
//!
//! The standalone documents (`govdiff initiatives`, `govdiff terms`) also carry `"warnings"`: what
//! the reports' outlines warn about, as in the comparison document.
//!
//! Lists are in the order the library ranks them, most salient first; `merged` is empty when both
//! years write the term alike.

use schemars::JsonSchema;
use serde::Serialize;

use super::outline_json::SCHEMA_VERSION;
use crate::Report;
use crate::initiatives::{Candidate, Initiatives, Kept, Mention, Phrase, Phrases, Tally, WordRank};

/// The three lists of initiatives.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct InitiativesJson {
    pub added: Vec<TermJson>,
    pub dropped: Vec<TermJson>,
    pub kept: Vec<KeptJson>,
}

/// One initiative as one report names it.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct TermJson {
    pub term: String,
    pub count: usize,
    /// The first mention's outline path.
    pub path: String,
    pub quote: String,
    /// What identifies the term across years.
    pub key: String,
    pub kind: &'static str,
    /// Every distinct path it is mentioned in, in text order.
    pub paths: Vec<String>,
    /// The first mention, in characters of the decoded input.
    pub span: [usize; 2],
    #[serde(skip_serializing_if = "Option::is_none")]
    pub glossary: Option<String>,
}

/// A kept initiative: the new report's side at the top level, the old report's under `old`.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct KeptJson {
    #[serde(flatten)]
    pub new: TermJson,
    pub old: SideJson,
    /// `same`, `number`, `core` or `reworded`: see [`crate::initiatives::Match`].
    #[serde(rename = "match")]
    pub how: &'static str,
    /// The two written forms merged into one entry, old first; empty when they are the same.
    pub merged: Vec<String>,
}

/// How the old report names a kept initiative.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct SideJson {
    pub term: String,
    pub count: usize,
    pub path: String,
    pub quote: String,
    pub span: [usize; 2],
}

/// New and vanished phrases, and the word table.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct PhrasesJson {
    pub added: Vec<PhraseJson>,
    pub dropped: Vec<PhraseJson>,
    pub words: Vec<WordJson>,
    pub old_words: usize,
    pub new_words: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct PhraseJson {
    pub phrase: String,
    pub count: usize,
    pub path: String,
    pub quote: String,
    pub span: [usize; 2],
    /// What the list is ranked by: count over one plus the other report's uses of its rarest word.
    pub novelty: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct WordJson {
    pub word: String,
    pub new: Option<TallyJson>,
    pub old: Option<TallyJson>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
pub struct TallyJson {
    pub count: usize,
    pub rank: usize,
}

/// One report as the standalone document names it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ReportJson {
    pub path: String,
    pub title: Option<String>,
    pub year: Option<i32>,
    pub government: Option<String>,
    pub chars: usize,
}

/// The initiatives of a comparison as wire types.
pub fn initiatives(found: &Initiatives) -> InitiativesJson {
    InitiativesJson {
        added: found.added.iter().map(term).collect(),
        dropped: found.dropped.iter().map(term).collect(),
        kept: found.kept.iter().map(kept).collect(),
    }
}

/// The phrases and word ranks of a comparison as wire types.
pub fn phrases(found: &Phrases) -> PhrasesJson {
    PhrasesJson {
        added: found.added.iter().map(phrase).collect(),
        dropped: found.dropped.iter().map(phrase).collect(),
        words: found.words.iter().map(word).collect(),
        old_words: found.old_words,
        new_words: found.new_words,
    }
}

/// The candidates of one report (`govdiff terms`) as wire types.
pub fn candidates(found: &[Candidate]) -> Vec<TermJson> {
    found.iter().map(term).collect()
}

/// What a report is, as the standalone documents name it.
pub fn report(report: &Report) -> ReportJson {
    let meta = crate::written::meta(report);
    ReportJson {
        path: report.source.name().to_string(),
        title: meta.title.clone(),
        year: meta.year,
        government: meta.government.clone(),
        chars: report.source.original().chars().count(),
    }
}

#[derive(Serialize)]
struct ComparisonDoc {
    schema_version: u32,
    old: ReportJson,
    new: ReportJson,
    warnings: Vec<String>,
    initiatives: InitiativesJson,
    phrases: PhrasesJson,
}

#[derive(Serialize)]
struct TermsDoc {
    schema_version: u32,
    report: ReportJson,
    warnings: Vec<String>,
    candidates: Vec<TermJson>,
}

/// `govdiff initiatives OLD NEW --format json`: pretty-printed, ending with a newline.
pub fn render(found: &Initiatives, found_phrases: &Phrases, old: &Report, new: &Report) -> String {
    let doc = ComparisonDoc {
        schema_version: SCHEMA_VERSION,
        old: report(old),
        new: report(new),
        warnings: [crate::compare::report_warnings(old, new), found.warnings()].concat(),
        initiatives: initiatives(found),
        phrases: phrases(found_phrases),
    };
    super::json_document(&doc)
}

/// `govdiff terms FILE --format json`: pretty-printed, ending with a newline.
pub fn render_candidates(found: &[Candidate], of: &Report) -> String {
    super::json_document(&TermsDoc {
        schema_version: SCHEMA_VERSION,
        report: report(of),
        warnings: of.outline.warnings.clone(),
        candidates: candidates(found),
    })
}

fn span(m: Option<&Mention>) -> [usize; 2] {
    m.map_or([0, 0], |m| [m.range.start, m.range.end])
}

fn term(c: &Candidate) -> TermJson {
    TermJson {
        term: c.term.clone(),
        count: c.count,
        path: c.path().to_string(),
        quote: c.quote().to_string(),
        key: c.key.clone(),
        kind: c.kind.as_str(),
        paths: c.paths().into_iter().map(String::from).collect(),
        span: span(c.mentions.first()),
        glossary: c.glossary.clone(),
    }
}

fn kept(k: &Kept) -> KeptJson {
    KeptJson {
        new: term(&k.new),
        old: SideJson {
            term: k.old.term.clone(),
            count: k.old.count,
            path: k.old.path().to_string(),
            quote: k.old.quote().to_string(),
            span: span(k.old.mentions.first()),
        },
        how: k.how.as_str(),
        merged: if k.changed() {
            vec![k.old.term.clone(), k.new.term.clone()]
        } else {
            Vec::new()
        },
    }
}

fn phrase(p: &Phrase) -> PhraseJson {
    PhraseJson {
        phrase: p.phrase.clone(),
        count: p.count,
        path: p.path().to_string(),
        quote: p.quote().to_string(),
        span: span(p.mentions.first()),
        novelty: (p.novelty * 1000.0).round() / 1000.0,
    }
}

fn word(w: &WordRank) -> WordJson {
    let tally = |t: &Tally| TallyJson {
        count: t.count,
        rank: t.rank,
    };
    WordJson {
        word: w.word.clone(),
        new: w.new.as_ref().map(tally),
        old: w.old.as_ref().map(tally),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::Segmenter;

    fn pair() -> (Report, Report) {
        let report = |year: u32, body: &str| {
            let text = format!(
                "{year}年某区政府工作报告\n各位代表：\n一、工作回顾\n{body}\n二、{year}年工作\n正文。"
            );
            Report::from_bytes(&format!("{year}.txt"), text.as_bytes()).unwrap()
        };
        (
            report(2021, "深化开展“项目建设年”活动。推进“两新一重”建设。"),
            report(
                2022,
                "扎实开展“项目建设和招商引资年”活动。深入开展“万人助万企”活动。",
            ),
        )
    }

    #[test]
    fn the_wire_format_has_the_contracted_fields() {
        let (old, new) = pair();
        let (found, found_phrases) = crate::initiatives::analyse(&old, &new, &Segmenter::full());
        let json: serde_json::Value =
            serde_json::from_str(&render(&found, &found_phrases, &old, &new)).unwrap();
        assert_eq!(json["schema_version"], 1);
        assert_eq!(json["old"]["year"], 2021);
        let added = &json["initiatives"]["added"][0];
        for field in ["term", "count", "path", "quote"] {
            assert!(!added[field].is_null(), "{field}");
        }
        assert_eq!(added["term"], "“万人助万企”活动");
        assert_eq!(added["path"], "一/p1");
        assert!(added.get("glossary").is_none());
        let kept = &json["initiatives"]["kept"][0];
        assert_eq!(kept["match"], "reworded");
        assert_eq!(kept["old"]["term"], "“项目建设年”活动");
        assert_eq!(kept["merged"][1], "“项目建设和招商引资年”活动");
        // Spans point into the decoded input.
        let span = added["span"].as_array().unwrap();
        let (from, to) = (
            span[0].as_u64().unwrap() as usize,
            span[1].as_u64().unwrap() as usize,
        );
        let input: String = new.source.original().chars().skip(from).take(to - from).collect();
        assert_eq!(input, "万人助万企");
        assert!(json["phrases"]["words"].as_array().is_some());
    }
}
