//! Scores number changes against a hand-checked expectation file (tests/corpus/numbers-*.tsv).
//!
//! A pair is right when the indicator, role and measure agree, both values are the ones read by
//! hand (value, unit and qualifier as written) and the change is classified as expected. Recall is
//! right pairs over expected pairs; precision is right pairs over the pairs reported in the file's
//! scope: one-year pairs whose indicator, role and measure the file lists, or with a headline side.

#![allow(dead_code)]

use std::collections::HashSet;
use std::fmt::Write as _;

use govdiff::numbers::{Figure, Horizon, NumberChange};

/// One figure as read by hand.
#[derive(Debug, Clone, PartialEq)]
pub struct Value {
    pub value: f64,
    pub unit: String,
    pub qualifier: Option<String>,
}

/// One row of an expectation file.
#[derive(Debug, Clone)]
pub struct Expected {
    pub indicator: String,
    pub role: String,
    pub measure: String,
    pub old: Option<Value>,
    pub new: Option<Value>,
    pub change: String,
    pub scope: String,
}

fn value(v: &str, unit: &str, qualifier: &str) -> Option<Value> {
    if v == "-" {
        return None;
    }
    Some(Value {
        value: v.parse().unwrap_or_else(|_| panic!("bad value {v}")),
        unit: unit.to_string(),
        qualifier: (qualifier != "-").then(|| qualifier.to_string()),
    })
}

/// Parses an expectation file: a header line, `#` comments, then tab-separated rows.
pub fn parse(tsv: &str) -> Vec<Expected> {
    tsv.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .skip(1)
        .map(|line| {
            let c: Vec<&str> = line.split('\t').collect();
            assert!(c.len() >= 11, "bad expectation line: {line}");
            Expected {
                indicator: c[0].into(),
                role: c[1].into(),
                measure: c[2].into(),
                old: value(c[3], c[4], c[5]),
                new: value(c[6], c[7], c[8]),
                change: c[9].into(),
                scope: c[10].into(),
            }
        })
        .collect()
}

/// Whether a figure is the value read by hand.
pub fn same(f: &Figure, v: &Value) -> bool {
    (f.quantity.value - v.value).abs() < 1e-9
        && f.quantity.unit == v.unit
        && f.quantity.qualifier == v.qualifier
}

fn shown(f: Option<&Figure>) -> String {
    f.map_or("—".into(), |f| format!("{} [{}]", f.quantity.raw, f.path))
}

fn shown_value(v: Option<&Value>) -> String {
    v.map_or("—".into(), |v| {
        format!("{}{}{}", v.value, v.unit, v.qualifier.as_deref().unwrap_or(""))
    })
}

/// The outcome of scoring one comparison.
#[derive(Debug, Default)]
pub struct Score {
    pub expected_pairs: usize,
    pub reported_pairs: usize,
    pub right_pairs: usize,
    pub one_sided: usize,
    pub one_sided_right: usize,
    /// Every disagreement and every reported pair outside the file, in words.
    pub report: String,
}

impl Score {
    pub fn recall(&self) -> f64 {
        self.right_pairs as f64 / self.expected_pairs.max(1) as f64
    }

    pub fn precision(&self) -> f64 {
        if self.reported_pairs == 0 {
            return 0.0;
        }
        self.right_pairs as f64 / self.reported_pairs as f64
    }

    pub fn summary(&self, name: &str) -> String {
        format!(
            "{name}: matched pairs precision {:.1}% ({}/{}), recall {:.1}% ({}/{}); one-sided rows right {}/{}",
            self.precision() * 100.0,
            self.right_pairs,
            self.reported_pairs,
            self.recall() * 100.0,
            self.right_pairs,
            self.expected_pairs,
            self.one_sided_right,
            self.one_sided
        )
    }
}

fn key_of(c: &NumberChange) -> (String, String, String) {
    (
        c.indicator.clone(),
        c.role.name().to_string(),
        c.measure.name().to_string(),
    )
}

/// Scores `changes` against `expected`.
pub fn score(expected: &[Expected], changes: &[NumberChange]) -> Score {
    let mut s = Score::default();
    let keys: HashSet<(String, String, String)> = expected
        .iter()
        .map(|e| (e.indicator.clone(), e.role.clone(), e.measure.clone()))
        .collect();
    let find = |e: &Expected| {
        changes
            .iter()
            .find(|c| c.indicator == e.indicator && c.role.name() == e.role && c.measure.name() == e.measure)
    };
    for e in expected {
        let c = find(e);
        let want = format!(
            "{} {} {}: {} → {} ({})",
            e.indicator,
            e.role,
            e.measure,
            shown_value(e.old.as_ref()),
            shown_value(e.new.as_ref()),
            e.change
        );
        let got = c.map_or("nothing".into(), |c| {
            format!(
                "{} → {} ({})",
                shown(c.old.as_ref()),
                shown(c.new.as_ref()),
                c.change.name()
            )
        });
        let side_ok = |f: Option<&Figure>, v: Option<&Value>| match (f, v) {
            (Some(f), Some(v)) => same(f, v),
            (None, None) => true,
            _ => false,
        };
        let right = c.is_some_and(|c| {
            side_ok(c.old.as_ref(), e.old.as_ref())
                && side_ok(c.new.as_ref(), e.new.as_ref())
                && c.change.name() == e.change
        });
        if e.old.is_some() && e.new.is_some() {
            s.expected_pairs += 1;
        } else {
            s.one_sided += 1;
            if right {
                s.one_sided_right += 1;
            }
        }
        let mark = if right { "ok  " } else { "MISS" };
        if !right {
            writeln!(s.report, "  {mark} want {want}; got {got}").unwrap();
        }
    }
    for c in changes {
        let (Some(o), Some(n)) = (&c.old, &c.new) else {
            continue;
        };
        if c.horizon != Horizon::Year || !(keys.contains(&key_of(c)) || c.headline) {
            continue;
        }
        s.reported_pairs += 1;
        let right = expected.iter().any(|e| {
            e.indicator == c.indicator
                && e.role == c.role.name()
                && e.measure == c.measure.name()
                && e.old.as_ref().is_some_and(|v| same(o, v))
                && e.new.as_ref().is_some_and(|v| same(n, v))
                && e.change == c.change.name()
        });
        if right {
            s.right_pairs += 1;
        } else {
            writeln!(
                s.report,
                "  WRONG reported {} {} {}: {} → {} ({})",
                c.indicator,
                c.role.name(),
                c.measure.name(),
                shown(Some(o)),
                shown(Some(n)),
                c.change.name()
            )
            .unwrap();
        }
    }
    s
}
