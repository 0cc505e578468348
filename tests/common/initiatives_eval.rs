//! Scoring initiatives against a hand-checked expectation file: recall, and whether every reported term is truly absent.
//!
//! Shared by `tests/corpus_initiatives.rs` and `examples/eval_initiatives.rs`. The absence check here
//! is written independently of the library's [`govdiff::initiatives::Normalized`], from the rule as
//! stated: the other report's text, with whitespace, line breaks and invisible characters removed,
//! must not contain the term — neither as reported nor with its quotation marks left out.

#![allow(dead_code)]

use std::fmt;

use govdiff::Report;
use govdiff::initiatives::{Candidate, Initiatives, Phrases};

/// The terms of an expectation file (`direction<TAB>term`, `#` comments).
#[derive(Debug, Default)]
pub struct Expected {
    pub added: Vec<String>,
    pub dropped: Vec<String>,
}

pub fn parse(tsv: &str) -> Expected {
    let mut expected = Expected::default();
    for line in tsv.lines().map(str::trim_end) {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        match line.split_once('\t') {
            Some(("added", term)) => expected.added.push(term.to_string()),
            Some(("dropped", term)) => expected.dropped.push(term.to_string()),
            _ => panic!("bad expectation line: {line:?}"),
        }
    }
    expected
}

/// Whitespace, line breaks and invisible characters removed: the stated rule, nothing more.
pub fn plain(text: &str) -> String {
    text.chars()
        .filter(|&c| {
            !c.is_whitespace()
                && !matches!(c, '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2060}'..='\u{2064}' | '\u{feff}' | '\u{ad}')
        })
        .collect()
}

fn unquoted(text: &str) -> String {
    plain(text)
        .chars()
        .filter(|c| !matches!(c, '“' | '”' | '‘' | '’' | '"' | '\''))
        .collect()
}

/// A report's text in the two forms a term is checked against, with where each character occurs
/// (a search starts only at the term's first character: thousands of terms are checked per run).
pub struct Text {
    plain: Indexed,
    unquoted: Indexed,
}

struct Indexed {
    text: String,
    at: std::collections::HashMap<char, Vec<usize>>,
}

impl Indexed {
    fn new(text: String) -> Indexed {
        let mut at: std::collections::HashMap<char, Vec<usize>> = std::collections::HashMap::new();
        for (i, c) in text.char_indices() {
            at.entry(c).or_default().push(i);
        }
        Indexed { text, at }
    }

    fn contains(&self, term: &str) -> bool {
        let Some(first) = term.chars().next() else {
            return true;
        };
        self.at
            .get(&first)
            .is_some_and(|starts| starts.iter().any(|&i| self.text[i..].starts_with(term)))
    }
}

impl Text {
    pub fn of(report: &Report) -> Text {
        let text = report.source.text();
        Text {
            plain: Indexed::new(plain(text)),
            unquoted: Indexed::new(unquoted(text)),
        }
    }
}

/// Whether `term` is absent from the text, as reported and with quotation marks left out.
pub fn truly_absent(term: &str, text: &Text) -> bool {
    !text.plain.contains(&plain(term)) && !text.unquoted.contains(&unquoted(term))
}

/// Whether an expected term is present in the report at all (footnote markers aside).
fn mentioned(term: &str, report: &Report) -> bool {
    !govdiff::initiatives::is_absent(term, report)
}

/// Whether a reported candidate is the expected term: the term inside what was reported
/// (`万企兴万村` in `“万企兴万村”行动`), or what was reported, at least three characters long, inside
/// the term.
fn matches(expected: &str, reported: &Candidate) -> bool {
    let e = unquoted(expected).to_lowercase();
    let term = unquoted(&reported.term).to_lowercase();
    let key = reported.key.as_str();
    term.contains(&e) || key == e || (key.chars().count() >= 3 && e.contains(key))
}

/// Recall in one direction.
#[derive(Debug, Default)]
pub struct Score {
    pub found: Vec<String>,
    pub missed: Vec<String>,
    /// Missed as initiatives but listed among the new (or vanished) phrases.
    pub in_phrases: Vec<String>,
}

impl Score {
    pub fn recall(&self) -> f64 {
        let total = self.found.len() + self.missed.len();
        if total == 0 {
            1.0
        } else {
            self.found.len() as f64 / total as f64
        }
    }
}

#[derive(Debug, Default)]
pub struct Evaluation {
    pub name: String,
    pub added: Score,
    pub dropped: Score,
    /// Reported added and dropped terms (initiatives and phrases), and how many are truly absent.
    pub reported: usize,
    pub absent: usize,
    pub not_absent: Vec<String>,
    /// Expectation lines that do not hold (term present in the other report, or absent from its own).
    pub bad_expectations: Vec<String>,
    pub top_added: Vec<String>,
    pub top_dropped: Vec<String>,
}

impl Evaluation {
    pub fn absent_share(&self) -> f64 {
        if self.reported == 0 {
            1.0
        } else {
            self.absent as f64 / self.reported as f64
        }
    }
}

pub fn evaluate(
    name: &str,
    old: &Report,
    new: &Report,
    initiatives: &Initiatives,
    phrases: &Phrases,
    expected: &Expected,
) -> Evaluation {
    let mut eval = Evaluation {
        name: name.to_string(),
        ..Evaluation::default()
    };
    let (old_text, new_text) = (Text::of(old), Text::of(new));
    for (terms, own, other, reported, phrase_list, score, direction) in [
        (
            &expected.added,
            new,
            &old_text,
            &initiatives.added,
            &phrases.added,
            &mut eval.added,
            "added",
        ),
        (
            &expected.dropped,
            old,
            &new_text,
            &initiatives.dropped,
            &phrases.dropped,
            &mut eval.dropped,
            "dropped",
        ),
    ] {
        for term in terms {
            if !truly_absent(term, other) || !mentioned(term, own) {
                eval.bad_expectations.push(format!("{direction}\t{term}"));
            }
            if reported.iter().any(|c| matches(term, c)) {
                score.found.push(term.clone());
            } else {
                score.missed.push(term.clone());
                if phrase_list
                    .iter()
                    .any(|p| unquoted(&p.phrase).contains(&unquoted(term)))
                {
                    score.in_phrases.push(term.clone());
                }
            }
        }
    }
    let checks = initiatives
        .added
        .iter()
        .map(|c| (&c.term, &old_text))
        .chain(initiatives.dropped.iter().map(|c| (&c.term, &new_text)))
        .chain(phrases.added.iter().map(|p| (&p.phrase, &old_text)))
        .chain(phrases.dropped.iter().map(|p| (&p.phrase, &new_text)));
    for (term, other) in checks {
        eval.reported += 1;
        if truly_absent(term, other) {
            eval.absent += 1;
        } else {
            eval.not_absent.push(term.clone());
        }
    }
    eval.top_added = initiatives
        .added
        .iter()
        .take(30)
        .map(|c| c.term.clone())
        .collect();
    eval.top_dropped = initiatives
        .dropped
        .iter()
        .take(30)
        .map(|c| c.term.clone())
        .collect();
    eval
}

impl fmt::Display for Evaluation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "== {}", self.name)?;
        for (label, s) in [("added", &self.added), ("dropped", &self.dropped)] {
            writeln!(
                f,
                "recall {label}: {}/{} = {:.1}%",
                s.found.len(),
                s.found.len() + s.missed.len(),
                s.recall() * 100.0
            )?;
            if !s.missed.is_empty() {
                writeln!(f, "  missed: {}", s.missed.join(" · "))?;
            }
            if !s.in_phrases.is_empty() {
                writeln!(f, "  of which among the phrases: {}", s.in_phrases.join(" · "))?;
            }
        }
        writeln!(
            f,
            "reported added/dropped terms and phrases truly absent from the other report: {}/{} = {:.1}%",
            self.absent,
            self.reported,
            self.absent_share() * 100.0
        )?;
        if !self.not_absent.is_empty() {
            writeln!(f, "  NOT absent: {}", self.not_absent.join(" · "))?;
        }
        if !self.bad_expectations.is_empty() {
            writeln!(
                f,
                "  expectation lines that do not hold: {}",
                self.bad_expectations.join(" · ")
            )?;
        }
        writeln!(f, "top 30 added:")?;
        for (i, t) in self.top_added.iter().enumerate() {
            writeln!(f, "  {:>2}. {t}", i + 1)?;
        }
        writeln!(f, "top 30 dropped:")?;
        for (i, t) in self.top_dropped.iter().enumerate() {
            writeln!(f, "  {:>2}. {t}", i + 1)?;
        }
        Ok(())
    }
}
