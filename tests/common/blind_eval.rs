//! Scores a comparison against the blind expectation files of `tests/corpus/blind/` (see its README).
//!
//! Shared by `examples/eval_blind.rs` and `tests/corpus_blind.rs`. The files were written by readers
//! who never saw govdiff's output, so names differ from govdiff's: a figure is found by its values
//! and role, and its name only has to be one a reader would accept (the file's indicator or one of
//! its aliases, one inside the other, or most character pairs shared). Units, qualifiers and ranges
//! are read here by a table of this file's own, not by govdiff's parser.

#![allow(dead_code)]

use std::collections::{BTreeMap, HashSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use govdiff::Report;
use govdiff::compare::{Comparison, Node};
use govdiff::numbers::{Figure, NumberChange};

/// The folder of the blind files.
pub fn folder() -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/corpus/blind"))
}

/// One pair of `pairs.tsv`.
#[derive(Debug, Clone)]
pub struct Pair {
    pub name: String,
    /// `dev`, or a check set (`check`, `check2`, `check3`).
    pub set: String,
    pub old: String,
    pub new: String,
    pub level: String,
}

impl Pair {
    /// The pair's file of `kind` (`figures`, `sections`, `terms`, `judged`), if written.
    pub fn file(&self, kind: &str) -> Option<String> {
        let path = folder().join(&self.set).join(format!("{}.{kind}.tsv", self.name));
        std::fs::read_to_string(path).ok()
    }

    pub fn file_path(&self, kind: &str) -> PathBuf {
        folder().join(&self.set).join(format!("{}.{kind}.tsv", self.name))
    }
}

fn rows(tsv: &str) -> impl Iterator<Item = Vec<&str>> {
    tsv.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .skip(1)
        .map(|l| l.split('\t').map(str::trim).collect())
}

pub fn pairs() -> Vec<Pair> {
    let text = std::fs::read_to_string(folder().join("pairs.tsv")).expect("tests/corpus/blind/pairs.tsv");
    rows(&text)
        .map(|c| Pair {
            name: c[0].into(),
            set: c[1].into(),
            old: c[2].into(),
            new: c[3].into(),
            level: c[4].into(),
        })
        .collect()
}

// ---------------------------------------------------------------------------------------------
// Figures

/// Qualifier classes: what a qualifier says about the true value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Class {
    Exact,
    About,
    AtLeast,
    AtMost,
    Nearly,
}

fn class(qualifier: &str) -> Class {
    match qualifier {
        "" | "-" | "力争" | "确保" => Class::Exact,
        "左右" | "约" | "大约" | "上下" => Class::About,
        "以上" | "不低于" | "不少于" | "至少" | "超过" | "突破" | "高于" | "逾" | "超" | "多" | "余" => {
            Class::AtLeast
        }
        "以内" | "以下" | "不超过" | "不高于" | "低于" | "不到" | "不足" | "控制在" | "少于" => {
            Class::AtMost
        }
        "近" | "将近" | "接近" => Class::Nearly,
        _ => Class::Exact,
    }
}

/// A figure as read by hand: bounds in the base unit, the base unit, the qualifier's class.
#[derive(Debug, Clone, PartialEq)]
pub struct Value {
    pub lo: f64,
    pub hi: f64,
    pub base: String,
    pub class: Class,
    pub shown: String,
}

/// `亿元` → (1e8, `元`): the multiplier a unit opens with and the base unit.
fn split_unit(unit: &str) -> (f64, String) {
    for (prefix, m) in [
        ("万亿", 1e12),
        ("千亿", 1e11),
        ("百亿", 1e10),
        ("亿", 1e8),
        ("千万", 1e7),
        ("百万", 1e6),
        ("万", 1e4),
        ("千", 1e3),
    ] {
        if let Some(rest) = unit.strip_prefix(prefix) {
            return (m, rest.to_string());
        }
    }
    (1.0, unit.to_string())
}

fn parse_value(v: &str, unit: &str, qualifier: &str) -> Option<Value> {
    if v == "-" || v == "words" || v.is_empty() {
        return None;
    }
    let (m, base) = split_unit(if unit == "-" { "" } else { unit });
    let (lo, hi) = match v.split_once('~') {
        Some((a, b)) => (a.parse::<f64>().ok()?, b.parse::<f64>().ok()?),
        None => {
            let x = v.parse::<f64>().ok()?;
            (x, x)
        }
    };
    Some(Value {
        lo: lo * m,
        hi: hi * m,
        base,
        class: class(qualifier),
        shown: format!(
            "{v}{}{}",
            if unit == "-" { "" } else { unit },
            if qualifier == "-" { "" } else { qualifier }
        ),
    })
}

/// A figure govdiff reported, read with the same table.
fn reported_value(f: &Figure) -> Value {
    let q = &f.quantity;
    let (m, base) = split_unit(&q.unit);
    let (lo, hi) = (q.value * m, q.upper.map_or(q.value, |u| u) * m);
    let qualifier = q.qualifier.as_deref().unwrap_or("");
    Value {
        lo: lo.min(hi),
        hi: lo.max(hi),
        base,
        class: if q.upper.is_some() {
            Class::Exact
        } else {
            class(qualifier)
        },
        shown: q.raw.clone(),
    }
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-6 * a.abs().max(b.abs()).max(1e-9)
}

/// Same figure: bounds, base unit and qualifier class agree (a range's qualifier is its range).
fn same_value(got: &Value, want: &Value) -> bool {
    // `800余家` written by hand as 800 with 余, read by govdiff as [800, 900).
    let some_more =
        want.class == Class::AtLeast && want.lo == want.hi && got.hi > got.lo && close(got.lo, want.lo);
    some_more
        || close(got.lo, want.lo)
            && close(got.hi, want.hi)
            && got.base == want.base
            && (got.class == want.class || (want.lo != want.hi))
}

/// One row of a figures file.
#[derive(Debug, Clone)]
pub struct ExpectedFigure {
    pub indicator: String,
    pub aliases: Vec<String>,
    pub role: String,
    pub measure: String,
    pub old: Option<Value>,
    pub new: Option<Value>,
    /// The side given in words (`words`): a target that became words, or the reverse.
    pub old_words: bool,
    pub new_words: bool,
    pub scope: String,
}

impl ExpectedFigure {
    /// The change a reader expects, from the values.
    pub fn change(&self) -> &'static str {
        match (&self.old, &self.new) {
            (Some(o), Some(n)) => {
                if close(o.lo, n.lo) && close(o.hi, n.hi) {
                    if o.class == n.class {
                        "unchanged"
                    } else {
                        "qualifier_changed"
                    }
                } else if n.lo + n.hi > o.lo + o.hi {
                    "increased"
                } else {
                    "decreased"
                }
            }
            (None, Some(_)) => "added",
            (Some(_), None) => "dropped",
            (None, None) => "none",
        }
    }

    fn describe(&self) -> String {
        let side = |v: &Option<Value>, words: bool| match v {
            Some(v) => v.shown.clone(),
            None if words => "(words)".into(),
            None => "—".into(),
        };
        format!(
            "{} {} {}: {} → {}",
            self.indicator,
            self.role,
            self.measure,
            side(&self.old, self.old_words),
            side(&self.new, self.new_words)
        )
    }
}

pub fn parse_figures(tsv: &str) -> Vec<ExpectedFigure> {
    rows(tsv)
        .map(|c| {
            assert!(c.len() >= 11, "bad figures line: {c:?}");
            ExpectedFigure {
                indicator: c[0].into(),
                aliases: if c[1] == "-" {
                    Vec::new()
                } else {
                    c[1].split('|').map(|a| a.trim().to_string()).collect()
                },
                role: c[2].into(),
                measure: c[3].into(),
                old: parse_value(c[4], c[5], c[6]),
                new: parse_value(c[7], c[8], c[9]),
                old_words: c[4] == "words",
                new_words: c[7] == "words",
                scope: c[10].into(),
            }
        })
        .collect()
}

/// A name without the government's prefix, spaces, quotation marks and brackets.
fn plain_name(name: &str) -> String {
    let mut s: String = name
        .chars()
        .filter(|c| !c.is_whitespace() && !"“”\"‘’《》（）()".contains(*c))
        .collect();
    for prefix in [
        "全国",
        "全省",
        "全市",
        "全县",
        "全区",
        "全州",
        "全盟",
        "我省",
        "我市",
        "我县",
        "我区",
        "全自治区",
    ] {
        if let Some(rest) = s.strip_prefix(prefix) {
            s = rest.to_string();
        }
    }
    s
}

fn bigrams(s: &str) -> Vec<(char, char)> {
    let c: Vec<char> = s.chars().collect();
    c.windows(2).map(|w| (w[0], w[1])).collect()
}

fn dice(a: &str, b: &str) -> f64 {
    let (x, y) = (bigrams(a), bigrams(b));
    if x.is_empty() || y.is_empty() {
        return if a == b { 1.0 } else { 0.0 };
    }
    let mut pool = y.clone();
    let mut shared = 0;
    for g in &x {
        if let Some(at) = pool.iter().position(|h| h == g) {
            pool.swap_remove(at);
            shared += 1;
        }
    }
    2.0 * shared as f64 / (x.len() + y.len()) as f64
}

/// Words that name whose quantity it is: two names holding different ones are different subjects.
const SUBJECTS: &[&str] = &[
    "城乡",
    "城镇",
    "农村",
    "乡村",
    "农民",
    "进出口",
    "出口",
    "进口",
    "人均",
];

fn subjects(name: &str) -> Vec<&'static str> {
    let mut out = Vec::new();
    let mut rest = name.to_string();
    for s in SUBJECTS {
        if rest.contains(s) {
            out.push(*s);
            rest = rest.replace(s, "");
        }
    }
    out
}

/// Whether a reader would accept `got` as the name of the indicator the row names.
pub fn name_ok(got: &str, row: &ExpectedFigure) -> bool {
    let g = plain_name(got);
    if g.chars().count() < 2 {
        return false;
    }
    std::iter::once(&row.indicator).chain(&row.aliases).any(|want| {
        // Two wordings of one headline indicator (`研究与试验发展经费投入强度` / `全社会研发投入强度`).
        let known = govdiff::numbers::lexicon::lookup(got);
        if known.is_some() && known == govdiff::numbers::lexicon::lookup(want) {
            return true;
        }
        let w = plain_name(want);
        if subjects(&g) != subjects(&w) && !(g.contains(&w) || w.contains(&g)) {
            return false;
        }
        let shorter = g.chars().count().min(w.chars().count());
        g == w || (shorter >= 3 && (g.contains(&w) || w.contains(&g))) || dice(&g, &w) >= 0.6
    })
}

fn side_matches(got: Option<&Figure>, want: Option<&Value>) -> bool {
    match (got, want) {
        (Some(f), Some(v)) => same_value(&reported_value(f), v),
        (None, None) => true,
        _ => false,
    }
}

/// Whether a reported change is the expected row: role, both sides, name and change.
pub fn is_row(c: &NumberChange, e: &ExpectedFigure) -> bool {
    c.role.name() == e.role
        && side_matches(c.old.as_ref(), e.old.as_ref())
        && side_matches(c.new.as_ref(), e.new.as_ref())
        && c.change.name() == e.change()
        && name_ok(&c.indicator, e)
}

/// A headline row as the terminal shows it, the key its judgement is recorded under.
pub fn row_key(c: &NumberChange) -> String {
    let side = |f: &Option<Figure>| f.as_ref().map_or("—".to_string(), |f| f.quantity.raw.clone());
    format!(
        "{} {} {} → {}",
        c.indicator,
        c.role.name(),
        side(&c.old),
        side(&c.new)
    )
}

/// Verdicts recorded by a reader: `(list, row) → right`.
pub type Judged = BTreeMap<(String, String), (bool, String)>;

pub fn parse_judged(tsv: Option<&str>) -> Judged {
    let mut out = Judged::new();
    for c in rows(tsv.unwrap_or("list\trow\tverdict\twhy\n")) {
        if c.len() < 3 {
            continue;
        }
        out.insert(
            (c[0].to_string(), c[1].to_string()),
            (c[2] == "right", c.get(3).unwrap_or(&"").to_string()),
        );
    }
    out
}

#[derive(Debug, Default, Clone)]
pub struct FigureScore {
    /// Expected rows with a figure on both sides, and those reported right (anywhere).
    pub pairs: usize,
    pub pairs_right: usize,
    /// Of those, reported right in the headline table.
    pub pairs_in_table: usize,
    /// Rows of the headline table, right by the file, right by a reader's verdict, not judged.
    pub table_rows: usize,
    pub table_right_by_file: usize,
    pub table_right_by_verdict: usize,
    pub table_unjudged: usize,
    pub lines: String,
    pub unjudged: Vec<String>,
}

impl FigureScore {
    pub fn recall(&self) -> f64 {
        ratio(self.pairs_right, self.pairs)
    }
    pub fn table_precision(&self) -> f64 {
        ratio(
            self.table_right_by_file + self.table_right_by_verdict,
            self.table_rows,
        )
    }
    pub fn add(&mut self, o: &FigureScore) {
        self.pairs += o.pairs;
        self.pairs_right += o.pairs_right;
        self.pairs_in_table += o.pairs_in_table;
        self.table_rows += o.table_rows;
        self.table_right_by_file += o.table_right_by_file;
        self.table_right_by_verdict += o.table_right_by_verdict;
        self.table_unjudged += o.table_unjudged;
    }
}

pub fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 1.0 } else { a as f64 / b as f64 }
}

fn shown_change(c: &NumberChange) -> String {
    let side = |f: &Option<Figure>| {
        f.as_ref()
            .map_or("—".to_string(), |f| format!("{} [{}]", f.quantity.raw, f.path))
    };
    format!(
        "{} {} {}: {} → {} ({})",
        c.indicator,
        c.role.name(),
        c.measure.name(),
        side(&c.old),
        side(&c.new),
        c.change.name()
    )
}

pub fn score_figures(expected: &[ExpectedFigure], changes: &[NumberChange], judged: &Judged) -> FigureScore {
    let mut s = FigureScore::default();
    let table: Vec<&NumberChange> = changes.iter().filter(|c| c.headline).collect();
    for e in expected {
        if e.old.is_none() || e.new.is_none() {
            continue;
        }
        s.pairs += 1;
        let anywhere = changes.iter().find(|c| is_row(c, e));
        let in_table = table.iter().any(|c| is_row(c, e));
        match anywhere {
            Some(_) => {
                s.pairs_right += 1;
                if in_table {
                    s.pairs_in_table += 1;
                } else {
                    writeln!(
                        s.lines,
                        "  HIDDEN  {} (right, but not in the headline table)",
                        e.describe()
                    )
                    .unwrap();
                }
            }
            None => {
                // What govdiff says about the same values or the same name, for the reader.
                let near: Vec<String> = changes
                    .iter()
                    .filter(|c| {
                        c.role.name() == e.role && name_ok(&c.indicator, e)
                            || c.old.as_ref().is_some_and(|f| {
                                e.old.as_ref().is_some_and(|v| same_value(&reported_value(f), v))
                            })
                            || c.new.as_ref().is_some_and(|f| {
                                e.new.as_ref().is_some_and(|v| same_value(&reported_value(f), v))
                            })
                    })
                    .take(3)
                    .map(shown_change)
                    .collect();
                writeln!(
                    s.lines,
                    "  MISS    {} ({}); near: {}",
                    e.describe(),
                    e.change(),
                    if near.is_empty() {
                        "nothing".into()
                    } else {
                        near.join(" | ")
                    }
                )
                .unwrap();
            }
        }
    }
    for c in &table {
        s.table_rows += 1;
        if expected.iter().any(|e| is_row(c, e) || words_row(c, e)) {
            s.table_right_by_file += 1;
            continue;
        }
        match judged.get(&("figures".to_string(), row_key(c))) {
            Some((true, _)) => s.table_right_by_verdict += 1,
            Some((false, why)) => {
                writeln!(s.lines, "  WRONG   {} — judged: {why}", shown_change(c)).unwrap();
            }
            None => {
                s.table_unjudged += 1;
                s.unjudged.push(row_key(c));
                writeln!(
                    s.lines,
                    "  WRONG?  {} (not in the file, not judged)",
                    shown_change(c)
                )
                .unwrap();
            }
        }
    }
    s
}

/// A one-sided row whose other side the file gives in words.
fn words_row(c: &NumberChange, e: &ExpectedFigure) -> bool {
    c.role.name() == e.role
        && name_ok(&c.indicator, e)
        && match (&c.old, &c.new) {
            (Some(o), None) => {
                e.new_words && e.old.as_ref().is_some_and(|v| same_value(&reported_value(o), v))
            }
            (None, Some(n)) => {
                e.old_words && e.new.as_ref().is_some_and(|v| same_value(&reported_value(n), v))
            }
            _ => false,
        }
}

// ---------------------------------------------------------------------------------------------
// Sections

#[derive(Debug, Clone)]
pub struct ExpectedSections {
    pub kind: String,
    pub old: Vec<String>,
    pub new: Vec<String>,
}

pub fn parse_sections(tsv: &str) -> Vec<ExpectedSections> {
    let side = |s: &str| -> Vec<String> {
        if s == "-" || s.is_empty() {
            Vec::new()
        } else {
            s.split('|').map(|x| x.trim().to_string()).collect()
        }
    };
    rows(tsv)
        .map(|c| {
            assert!(c.len() >= 3, "bad sections line: {c:?}");
            ExpectedSections {
                kind: c[0].into(),
                old: side(c[1]),
                new: side(c[2]),
            }
        })
        .collect()
}

fn squeeze(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '\u{200b}' | '\u{feff}' | '\u{a0}' | '\u{3000}'))
        .map(|c| match c {
            '(' => '（',
            ')' => '）',
            c => c,
        })
        .collect()
}

/// Every part and section of a report: (path, the numbers its part goes by, heading squeezed).
/// A part goes by its place among the parts (how the readers number unnumbered parts) and by the
/// numeral of its path (`四`, `四#2` → 四).
fn units(report: &Report) -> Vec<(String, Vec<usize>, String)> {
    let mut out = Vec::new();
    for (k, part) in report.outline.parts.iter().enumerate() {
        let numeral = part.path.split('#').next().unwrap_or("");
        let mut numbers = vec![k + 1];
        numbers.extend(NUMERALS.iter().position(|n| *n == numeral).map(|i| i + 1));
        out.push((
            part.path.clone(),
            numbers.clone(),
            squeeze(report.text(&part.heading)),
        ));
        for s in &part.sections {
            out.push((s.path.clone(), numbers.clone(), squeeze(report.text(&s.heading))));
        }
    }
    out
}

const NUMERALS: &[&str] = &[
    "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二",
];

/// The path of the unit a reference names: `三/（二）坚持…` (a section of the third part) or
/// `一、2024年工作回顾` (a part), by the opening of its heading.
fn resolve(reference: &str, report: &Report) -> Option<String> {
    let all = units(report);
    let (part, heading) = match reference.split_once('/') {
        Some((p, h)) => (NUMERALS.iter().position(|n| *n == p.trim()).map(|i| i + 1), h),
        None => (None, reference),
    };
    let h = squeeze(heading);
    let is_section = reference.contains('/');
    let fits = |(path, numbers, text): &(String, Vec<usize>, String)| {
        let level_ok = path.contains('/') == is_section;
        let part_ok = part.is_none_or(|p| numbers.contains(&p));
        let text_ok = !h.is_empty()
            && (text.starts_with(&h) || h.starts_with(text.as_str()) && text.chars().count() >= 4);
        level_ok && part_ok && text_ok
    };
    if let Some(u) = all.iter().find(|u| fits(u)) {
        return Some(u.0.clone());
    }
    // A heading written with its mark only partly (`（二）坚持` for `（二）、坚持`): the mark and
    // the first words.
    let loose = |(path, numbers, text): &(String, Vec<usize>, String)| {
        let level_ok = path.contains('/') == is_section;
        let part_ok = part.is_none_or(|p| numbers.contains(&p));
        let t: String = text.chars().filter(|c| !"、，．.".contains(*c)).collect();
        let w: String = h.chars().filter(|c| !"、，．.".contains(*c)).collect();
        level_ok && part_ok && !w.is_empty() && t.starts_with(&w.chars().take(8).collect::<String>())
    };
    all.iter().find(|u| loose(u)).map(|u| u.0.clone())
}

#[derive(Debug, Default, Clone)]
pub struct SectionScore {
    pub rows: usize,
    pub right: usize,
    pub lines: String,
}

impl SectionScore {
    pub fn accuracy(&self) -> f64 {
        ratio(self.right, self.rows)
    }
    pub fn add(&mut self, o: &SectionScore) {
        self.rows += o.rows;
        self.right += o.right;
    }
}

fn node_path(n: &Option<Node>) -> Option<&str> {
    n.as_ref().map(|n| n.path.as_str())
}

pub fn score_sections(
    expected: &[ExpectedSections],
    old: &Report,
    new: &Report,
    comparison: &Comparison,
) -> SectionScore {
    let mut s = SectionScore::default();
    let links: HashSet<(Option<&str>, Option<&str>)> = comparison
        .sections
        .iter()
        .map(|c| (node_path(&c.old), node_path(&c.new)))
        .collect();
    let shown = |p: Option<&str>| -> String {
        let olds: Vec<String> = comparison
            .sections
            .iter()
            .filter(|c| node_path(&c.old) == p || node_path(&c.new) == p)
            .map(|c| {
                format!(
                    "{}→{} {:?}",
                    node_path(&c.old).unwrap_or("-"),
                    node_path(&c.new).unwrap_or("-"),
                    c.status
                )
            })
            .collect();
        olds.join(", ")
    };
    for e in expected {
        s.rows += 1;
        let olds: Vec<Option<String>> = e.old.iter().map(|r| resolve(r, old)).collect();
        let news: Vec<Option<String>> = e.new.iter().map(|r| resolve(r, new)).collect();
        let unresolved: Vec<&String> = e
            .old
            .iter()
            .zip(&olds)
            .chain(e.new.iter().zip(&news))
            .filter(|(_, p)| p.is_none())
            .map(|(r, _)| r)
            .collect();
        if !unresolved.is_empty() {
            writeln!(
                s.lines,
                "  WRONG   {} {} → {}: not in the outline: {}",
                e.kind,
                e.old.join(" | "),
                e.new.join(" | "),
                unresolved
                    .iter()
                    .map(|r| r.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            )
            .unwrap();
            continue;
        }
        let olds: Vec<String> = olds.into_iter().flatten().collect();
        let news: Vec<String> = news.into_iter().flatten().collect();
        let right = match (olds.as_slice(), news.as_slice()) {
            ([], [n]) => links.contains(&(None, Some(n.as_str()))),
            ([o], []) => links.contains(&(Some(o.as_str()), None)),
            (os, ns) => os.iter().all(|o| {
                ns.iter()
                    .all(|n| links.contains(&(Some(o.as_str()), Some(n.as_str()))))
            }),
        };
        if right {
            s.right += 1;
        } else {
            let got: Vec<String> = olds
                .iter()
                .map(|o| shown(Some(o)))
                .chain(news.iter().map(|n| shown(Some(n))))
                .collect();
            writeln!(
                s.lines,
                "  WRONG   {} {} → {}; govdiff: {}",
                e.kind,
                e.old.join(" | "),
                e.new.join(" | "),
                got.join("; ")
            )
            .unwrap();
        }
    }
    s
}

// ---------------------------------------------------------------------------------------------
// Terms

#[derive(Debug, Clone)]
pub struct ExpectedTerm {
    pub direction: String,
    pub term: String,
    /// For a `renamed` row, the new name.
    pub renamed_to: Option<String>,
    pub kind: String,
}

pub fn parse_terms(tsv: &str) -> Vec<ExpectedTerm> {
    rows(tsv)
        .map(|c| {
            assert!(c.len() >= 3, "bad terms line: {c:?}");
            if c[0] == "renamed" {
                ExpectedTerm {
                    direction: "renamed".into(),
                    term: c[1].into(),
                    renamed_to: Some(c[2].into()),
                    kind: c.get(3).unwrap_or(&"").to_string(),
                }
            } else {
                ExpectedTerm {
                    direction: c[0].into(),
                    term: c[1].into(),
                    renamed_to: None,
                    kind: c[2].into(),
                }
            }
        })
        .collect()
}

/// Without spaces, invisible characters and quotation marks, lowercased.
pub fn bare(text: &str) -> String {
    text.chars()
        .filter(|&c| {
            !c.is_whitespace()
                && !matches!(c, '\u{200b}'..='\u{200f}' | '\u{2060}'..='\u{2064}' | '\u{feff}' | '\u{ad}')
                && !matches!(c, '“' | '”' | '‘' | '’' | '"' | '\'' | '「' | '」')
        })
        .flat_map(char::to_lowercase)
        .collect()
}

/// Whether a reported term is the expected one: the expected inside the reported, or the reported
/// (three characters or more) inside the expected.
fn term_matches(expected: &str, reported: &str) -> bool {
    let (e, r) = (bare(expected), bare(reported));
    r.contains(&e) || (r.chars().count() >= 3 && e.contains(&r))
}

#[derive(Debug, Default, Clone)]
pub struct TermScore {
    pub expected: usize,
    pub found: usize,
    pub found_as_initiative: usize,
    pub renamed: usize,
    pub renamed_right: usize,
    /// Top-10 rows: (judged right, judged, rows) for "new in" and for new wordings.
    pub top_new_in: (usize, usize, usize),
    pub top_wordings: (usize, usize, usize),
    /// Terms in two verdicts (added and kept, …).
    pub contradictions: Vec<String>,
    pub lines: String,
    pub unjudged: Vec<(String, String)>,
}

impl TermScore {
    pub fn recall(&self) -> f64 {
        ratio(self.found, self.expected)
    }
    pub fn add(&mut self, o: &TermScore) {
        self.expected += o.expected;
        self.found += o.found;
        self.found_as_initiative += o.found_as_initiative;
        self.renamed += o.renamed;
        self.renamed_right += o.renamed_right;
        for (a, b) in [
            (&mut self.top_new_in, o.top_new_in),
            (&mut self.top_wordings, o.top_wordings),
        ] {
            a.0 += b.0;
            a.1 += b.1;
            a.2 += b.2;
        }
    }
}

/// Whether `term` is absent from the report's text (spaces, invisible characters, quotes ignored).
pub fn absent(term: &str, text: &str) -> bool {
    !text.contains(&bare(term))
}

pub fn score_terms(
    expected: &[ExpectedTerm],
    comparison: &Comparison,
    old: &Report,
    new: &Report,
    judged: &Judged,
) -> TermScore {
    let mut s = TermScore::default();
    let ini = &comparison.initiatives;
    let ph = &comparison.phrases;
    for e in expected {
        match e.direction.as_str() {
            "added" | "dropped" => {
                s.expected += 1;
                let (cands, phrases) = if e.direction == "added" {
                    (&ini.added, &ph.added)
                } else {
                    (&ini.dropped, &ph.dropped)
                };
                let as_initiative = cands.iter().position(|c| term_matches(&e.term, &c.term));
                let as_phrase = phrases.iter().position(|p| term_matches(&e.term, &p.phrase));
                if as_initiative.is_some() || as_phrase.is_some() {
                    s.found += 1;
                    if as_initiative.is_some() {
                        s.found_as_initiative += 1;
                    }
                } else {
                    writeln!(s.lines, "  MISS    {} {} ({})", e.direction, e.term, e.kind).unwrap();
                }
            }
            "renamed" => {
                s.renamed += 1;
                let to = e.renamed_to.as_deref().unwrap_or("");
                let right = ini.kept.iter().any(|k| {
                    k.changed() && term_matches(&e.term, &k.old.term) && term_matches(to, &k.new.term)
                });
                if right {
                    s.renamed_right += 1;
                } else {
                    writeln!(s.lines, "  MISS    renamed {} → {to}", e.term).unwrap();
                }
            }
            other => panic!("bad direction {other}"),
        }
    }
    // A term has one verdict.
    let kept_keys: HashSet<&str> = ini
        .kept
        .iter()
        .flat_map(|k| [k.old.key.as_str(), k.new.key.as_str()])
        .collect();
    for c in ini.added.iter().chain(&ini.dropped) {
        if kept_keys.contains(c.key.as_str()) {
            s.contradictions.push(c.term.clone());
        }
    }
    let (old_text, new_text) = (bare(old.source.text()), bare(new.source.text()));
    let mut top = |list: &str, terms: Vec<&str>, other: &str| -> (usize, usize, usize) {
        let mut t = (0, 0, terms.len());
        for term in terms {
            if !absent(term, other) {
                t.1 += 1;
                writeln!(s.lines, "  WRONG   {list}: {term} (in the other report)").unwrap();
                continue;
            }
            match judged.get(&(list.to_string(), term.to_string())) {
                Some((right, why)) => {
                    t.1 += 1;
                    if *right {
                        t.0 += 1;
                    } else {
                        writeln!(s.lines, "  WRONG   {list}: {term} — judged: {why}").unwrap();
                    }
                }
                None => {
                    s.unjudged.push((list.to_string(), term.to_string()));
                }
            }
        }
        t
    };
    s.top_new_in = top(
        "new_in",
        ini.added.iter().take(10).map(|c| c.term.as_str()).collect(),
        &old_text,
    );
    s.top_wordings = top(
        "wordings",
        ph.added.iter().take(10).map(|p| p.phrase.as_str()).collect(),
        &old_text,
    );
    let _ = new_text;
    s
}

/// Reads a pair's reports from the corpus.
pub fn read(corpus: &Path, pair: &Pair) -> (Report, Report) {
    let read = |f: &str| Report::read(corpus.join(f)).unwrap_or_else(|e| panic!("{f}: {e}"));
    (read(&pair.old), read(&pair.new))
}
