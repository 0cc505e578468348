//! The JSON form of figures and number changes: the comparison's `numbers` array and `govdiff numbers`.
//!
//! A comparison's `numbers` array (schema_version 1) holds one [`Number`] per indicator:
//!
//! ```text
//! { "indicator": "国内生产总值", "role": "target|actual|plan", "measure": "level|growth|share|count",
//!   "horizon": "year|years", "headline": true,
//!   "old": side | null, "new": side | null,
//!   "change": "increased|decreased|unchanged|qualifier_changed|added|dropped",
//!   "qualifier_changed": true,
//!   "movement": "smaller_fall|larger_fall|fall_to_rise|rise_to_fall" | null,
//!   "in_words": { "report": "old|new", "path": "二/p3", "text": "能耗强度目标在…统筹考核" } | null }
//! side = { "raw": "6%以上", "value": 6.0, "upper": null, "unit": "%", "qualifier": "以上",
//!          "bound": "exact|about|at_least|at_most|nearly|range", "normalised": 6.0, "base_unit": "%",
//!          "path": "二/p3", "quote": "今年发展主要预期目标是：…", "range": [start, end] }
//! ```
//!
//! `value` is the number in the written `unit`, negative for a decline (`下降1.7%` → -1.7); `upper`
//! the other end of a range (`3000多个` → 4000, exclusive); `normalised` the value in `base_unit`
//! (`181.8亿元` → 18180000000.0 元). `range` is `[start, end)` in characters of the decoded input.
//! `govdiff numbers --format json` lists [`FigureOut`]s: a side plus `indicator`, `canonical`,
//! `role`, `measure`, `horizon`, `headline`.

use schemars::JsonSchema;
use serde::Serialize;

use super::Figure;
use super::matching::{NumberChange, Side as Which};

/// One indicator across two years, as the comparison's `numbers` array holds it.
#[derive(Debug, Serialize, JsonSchema)]
pub struct Number<'a> {
    pub indicator: &'a str,
    pub role: &'static str,
    pub measure: &'static str,
    pub horizon: &'static str,
    pub headline: bool,
    pub old: Option<Side<'a>>,
    pub new: Option<Side<'a>>,
    pub change: &'static str,
    pub qualifier_changed: bool,
    /// When a side is a fall: what the change means (`下降20.7%` → `下降2.17%` is a smaller fall).
    pub movement: Option<&'static str>,
    pub in_words: Option<InWords<'a>>,
}

/// One year's figure of an indicator.
#[derive(Debug, Serialize, JsonSchema)]
pub struct Side<'a> {
    pub raw: &'a str,
    pub value: f64,
    pub upper: Option<f64>,
    pub unit: &'a str,
    pub qualifier: Option<&'a str>,
    pub bound: &'static str,
    pub normalised: f64,
    pub base_unit: &'static str,
    pub path: &'a str,
    pub quote: &'a str,
    pub range: [usize; 2],
}

/// Where the other report gives the target in words.
#[derive(Debug, Serialize, JsonSchema)]
pub struct InWords<'a> {
    pub report: &'static str,
    pub path: &'a str,
    pub text: &'a str,
}

/// One figure of one report, as `govdiff numbers --format json` lists it.
#[derive(Debug, Serialize)]
pub struct FigureOut<'a> {
    pub indicator: &'a str,
    pub canonical: bool,
    pub role: &'static str,
    pub measure: &'static str,
    pub horizon: &'static str,
    pub headline: bool,
    #[serde(flatten)]
    pub side: Side<'a>,
}

/// The side of a figure.
pub fn side(f: &Figure) -> Side<'_> {
    let q = &f.quantity;
    Side {
        raw: &q.raw,
        value: q.value,
        upper: q.upper,
        unit: &q.unit,
        qualifier: q.qualifier.as_deref(),
        bound: q.bound.name(),
        normalised: q.normalised(),
        base_unit: q.base,
        path: &f.path,
        quote: &f.quote,
        range: f.range,
    }
}

/// The comparison's `numbers` array for `changes`, in their order.
pub fn numbers(changes: &[NumberChange]) -> Vec<Number<'_>> {
    changes
        .iter()
        .map(|c| Number {
            indicator: &c.indicator,
            role: c.role.name(),
            measure: c.measure.name(),
            horizon: c.horizon.name(),
            headline: c.headline,
            old: c.old.as_ref().map(side),
            new: c.new.as_ref().map(side),
            change: c.change.name(),
            qualifier_changed: c.qualifier_changed,
            movement: c.movement().map(|m| m.name()),
            in_words: c.words.as_ref().map(|w| InWords {
                report: match w.side {
                    Which::Old => "old",
                    Which::New => "new",
                },
                path: &w.path,
                text: &w.text,
            }),
        })
        .collect()
}

/// The figures of one report, in text order.
pub fn figures(figures: &[Figure]) -> Vec<FigureOut<'_>> {
    figures
        .iter()
        .map(|f| FigureOut {
            indicator: &f.indicator,
            canonical: f.canonical,
            role: f.role.name(),
            measure: f.measure.name(),
            horizon: f.horizon.name(),
            headline: f.headline,
            side: side(f),
        })
        .collect()
}
