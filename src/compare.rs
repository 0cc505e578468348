//! The comparison of two reports: runs the stages and keeps their plain results for the renderers.
//!
//! ```
//! use govdiff::{Report, compare};
//! let old = Report::from_bytes("2021.txt", "各位代表：\n一、2020年工作回顾\n全区生产总值完成170.6亿元。\n二、2021年重点工作\n开展“项目建设年”活动。".as_bytes()).unwrap();
//! let new = Report::from_bytes("2022.txt", "各位代表：\n一、2021年工作回顾\n全区生产总值完成181.8亿元。\n二、2022年重点工作\n开展“项目建设和招商引资年”活动。".as_bytes()).unwrap();
//! let comparison = compare::compare(&old, &new, &compare::Options::default());
//! let review = &comparison.sections[1];
//! assert_eq!(review.new.as_ref().unwrap().path, "一");
//! assert!(review.changes.iter().any(|c| c.text == "181.8亿元"));
//! ```

use std::ops::Range;
use std::time::{Duration, Instant};

use crate::Report;
use crate::align::{self, Unit, vectors::Tokens};
pub use crate::align::{Level, Status};
use crate::diff::{self, Side};
pub use crate::diff::{Change, Op};
use crate::initiatives::{Initiatives, Phrases};
use crate::numbers::NumberChange;
use crate::outline::Structure;
use crate::segment::{Dictionary, Kind, Segmenter, dictionary};

/// How to compare.
#[derive(Debug, Clone)]
pub struct Options {
    /// Total time the word diffs may take before they settle for a coarser result; a safety net
    /// for pathological inputs, not a tuning knob (default: 3 seconds).
    pub diff_timeout: Duration,
    /// User dictionaries for the segmenter, in jieba's format (default: none).
    pub dictionaries: Vec<Dictionary>,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            diff_timeout: Duration::from_secs(3),
            dictionaries: Vec::new(),
        }
    }
}

/// Everything the renderers show: plain data, no references into the reports.
#[derive(Debug, Clone)]
pub struct Comparison {
    pub old: Document,
    pub new: Document,
    pub summary: Summary,
    /// Aligned parts and sections in new-report order; removed ones where they stood in the old.
    pub sections: Vec<SectionChange>,
    /// Every indicator found in either report, matched across the years: targets first.
    pub numbers: Vec<NumberChange>,
    /// Named programmes, slogans and titles added, dropped and kept.
    pub initiatives: Initiatives,
    /// New and vanished wordings (新提法), and both years' most frequent words.
    pub phrases: Phrases,
    /// What the reader should know about how the comparison was made.
    pub warnings: Vec<String>,
}

/// One side's report, as far as the comparison output names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    pub path: String,
    pub title: Option<String>,
    pub year: Option<i32>,
    pub government: Option<String>,
    /// Characters of the decoded input file.
    pub chars: usize,
    /// Characters of the report body compared.
    pub body_chars: usize,
}

/// Counts of pairs by status.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub matched: usize,
    pub moved: usize,
    pub added: usize,
    pub removed: usize,
    pub split: usize,
    pub merged: usize,
}

/// The comparison in numbers.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Summary {
    /// Share of the two texts left unchanged: 2 × equal characters / (old + new characters).
    pub similarity: f64,
    pub parts: Counts,
    pub sections: Counts,
    /// Paragraph pairs, when a report without parts forced paragraph-level alignment.
    pub paragraphs: Counts,
    pub inserted_chars: usize,
    pub deleted_chars: usize,
    pub unchanged_chars: usize,
    /// Paragraph-level alignment was used.
    pub by_paragraph: bool,
    /// A word diff hit the deadline and is coarser than it could be.
    pub timed_out: bool,
}

/// One aligned pair and its word diff.
#[derive(Debug, Clone, PartialEq)]
pub struct SectionChange {
    pub level: Level,
    pub status: Status,
    pub old: Option<Node>,
    pub new: Option<Node>,
    /// For a split (merge), the other new (old) units the content went to (came from).
    pub group: Vec<String>,
    /// Share of this pair's text unchanged, as for the summary.
    pub similarity: f64,
    /// The word diff: equal + delete rebuild the old side's text, equal + insert the new side's.
    pub changes: Vec<Change>,
    /// The stretches of the old report's text this pair covers (byte ranges of its cleaned text,
    /// joined by `\n` in the diff). All pairs' pieces together cover each report exactly once.
    pub old_pieces: Vec<Range<usize>>,
    pub new_pieces: Vec<Range<usize>>,
}

/// A part, section or paragraph of one report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Node {
    pub path: String,
    pub heading: Option<String>,
    /// Characters of the decoded input file.
    pub range: Range<usize>,
}

/// Compares two reports.
pub fn compare(old: &Report, new: &Report, options: &Options) -> Comparison {
    // Finding the dictionary words takes both threads, one report each; the figures need no words,
    // and are read while the segmenter is loaded and cuts.
    let words = dictionary::words_in(&[old.source.text(), new.source.text()]);
    let (tokens, numbers) = rayon::join(
        || {
            let segmenter = Segmenter::for_words(&words, &options.dictionaries);
            // The list is not needed past here, and the analysis after is the run's peak.
            drop(words);
            rayon::join(|| tokens(old, &segmenter), || tokens(new, &segmenter))
        },
        || crate::numbers::compare_reports_bounded(old, new),
    );
    assemble(old, new, tokens, numbers, options)
}

/// Compares two reports, cutting words with `segmenter`, which must know the words of both
/// (built with [`Segmenter::for_texts`] for them, or over a full jieba dictionary).
pub fn compare_with(old: &Report, new: &Report, segmenter: &Segmenter, options: &Options) -> Comparison {
    // The stages that do not need each other run side by side (on rayon's pool, so a batch of
    // comparisons shares the same threads); the result does not depend on the number of threads.
    let (tokens, numbers) = rayon::join(
        || rayon::join(|| tokens(old, segmenter), || tokens(new, segmenter)),
        || crate::numbers::compare_reports_bounded(old, new),
    );
    assemble(old, new, tokens, numbers, options)
}

fn tokens<'r>(report: &'r Report, segmenter: &Segmenter) -> Tokens<'r> {
    Tokens::new(report.source.text(), segmenter.tokens(report.source.text()))
}

/// What the two reports' outlines warn about, each saying which report it is about.
pub fn report_warnings(old: &Report, new: &Report) -> Vec<String> {
    let mut warnings = Vec::new();
    // Everything reads backwards then: added is dropped, raised is lowered.
    if let (Some(o), Some(n)) = (old.outline.meta.year, new.outline.meta.year)
        && o > n
    {
        warnings.push(format!(
            "the old report is of {o} and the new one of {n}: give the earlier report first (govdiff OLD NEW), or every change reads backwards"
        ));
    }
    for (side, report) in [("old", old), ("new", new)] {
        for w in &report.outline.warnings {
            warnings.push(format!("{side} report: {w}"));
        }
    }
    warnings
}

/// The stages that need words, and the comparison put together.
fn assemble(
    old: &Report,
    new: &Report,
    (old_tokens, new_tokens): (Tokens, Tokens),
    (numbers, numbers_warning): (Vec<NumberChange>, Option<String>),
    options: &Options,
) -> Comparison {
    let ((summary, sections, bounded), (initiatives, phrases)) = rayon::join(
        || sections(old, &old_tokens, new, &new_tokens, options),
        || crate::initiatives::analyse_tokens(old, &old_tokens.tokens, new, &new_tokens.tokens),
    );
    let mut warnings = report_warnings(old, new);
    if summary.by_paragraph {
        let which: Vec<&str> = [("old", old), ("new", new)]
            .into_iter()
            .filter(|(_, r)| r.outline.structure == Structure::Flat)
            .map(|(s, _)| s)
            .collect();
        warnings.push(match which.as_slice() {
            [one] => format!("the {one} report has no parts: aligned paragraph by paragraph"),
            _ => "neither report has parts: aligned paragraph by paragraph".to_string(),
        });
    }
    for (level, n, m) in bounded {
        let what = match level {
            Level::Part => "parts",
            Level::Section => "sections",
            Level::Paragraph => "paragraphs",
        };
        warnings.push(format!(
            "too many {what} to weigh every pair ({n} old, {m} new): only {what} sharing rare words or standing at matching places were considered"
        ));
    }
    warnings.extend(numbers_warning);
    warnings.extend(initiatives.warnings());
    if summary.timed_out {
        warnings.push(format!(
            "the word diff took longer than {} s and was cut short: some changes are shown coarser than they are",
            options.diff_timeout.as_secs_f64()
        ));
    }
    let mut comparison = Comparison {
        old: document(old),
        new: document(new),
        summary,
        sections,
        numbers,
        initiatives,
        phrases,
        warnings,
    };
    crate::written::comparison(old, new, &mut comparison);
    comparison
}

/// Aligns the two reports and diffs every pair: the summary counts and the sections.
fn sections(
    old: &Report,
    old_tokens: &Tokens,
    new: &Report,
    new_tokens: &Tokens,
    options: &Options,
) -> (Summary, Vec<SectionChange>, Vec<(Level, usize, usize)>) {
    let alignment = align::align(old, old_tokens, new, new_tokens);
    let deadline = Instant::now() + options.diff_timeout;

    let mut summary = Summary {
        by_paragraph: alignment.by_paragraph,
        ..Summary::default()
    };
    let mut sections = Vec::with_capacity(alignment.pairs.len());
    for pair in &alignment.pairs {
        let d = diff::diff(
            &side(old, old_tokens, &pair.old_pieces),
            &side(new, new_tokens, &pair.new_pieces),
            Some(deadline),
        );
        summary.timed_out |= d.timed_out;
        let (equal, deleted, inserted) = tally(&d.changes);
        summary.unchanged_chars += equal;
        summary.deleted_chars += deleted;
        summary.inserted_chars += inserted;
        let counts = match pair.level {
            Level::Part => &mut summary.parts,
            Level::Section => &mut summary.sections,
            Level::Paragraph => &mut summary.paragraphs,
        };
        count(counts, pair.status);
        sections.push(SectionChange {
            level: pair.level,
            status: pair.status,
            old: pair.old.map(|i| node(old, &alignment.old_units[i])),
            new: pair.new.map(|j| node(new, &alignment.new_units[j])),
            group: pair.group.clone(),
            similarity: ratio(equal, deleted, inserted),
            changes: d.changes,
            old_pieces: pair.old_pieces.clone(),
            new_pieces: pair.new_pieces.clone(),
        });
    }
    summary.similarity = ratio(
        summary.unchanged_chars,
        summary.deleted_chars,
        summary.inserted_chars,
    );
    (summary, sections, alignment.bounded)
}

/// The tokens of some pieces of text, with a line break between pieces.
fn side<'t>(report: &'t Report, tokens: &Tokens<'t>, pieces: &[Range<usize>]) -> Side<'t> {
    let words = pieces.iter().map(|p| tokens.range(p).len() + 1).sum();
    let folded = report.source.is_folded();
    let mut s = Side {
        words: Vec::with_capacity(words),
        protected: Vec::with_capacity(words),
        written: Vec::with_capacity(if folded { words } else { 0 }),
    };
    let written = report.source.written();
    for (k, piece) in pieces.iter().enumerate() {
        if k > 0 {
            s.words.push("\n");
            s.protected.push(true);
            if folded {
                s.written.push("\n");
            }
        }
        for t in tokens.within(piece) {
            s.words.push(tokens.word(t));
            s.protected.push(matches!(
                t.kind,
                Kind::Number | Kind::Quoted | Kind::Title | Kind::Latin
            ));
            if folded {
                s.written.push(&written[t.span()]);
            }
        }
    }
    s
}

/// Characters equal, deleted and inserted (line breaks between paragraphs not counted).
fn tally(changes: &[Change]) -> (usize, usize, usize) {
    let mut t = (0, 0, 0);
    for c in changes {
        let n = c.text.chars().filter(|&ch| ch != '\n').count();
        match c.op {
            Op::Equal => t.0 += n,
            Op::Delete => t.1 += n,
            Op::Insert => t.2 += n,
        }
    }
    t
}

fn ratio(equal: usize, deleted: usize, inserted: usize) -> f64 {
    let total = 2 * equal + deleted + inserted;
    if total == 0 {
        1.0
    } else {
        (2 * equal) as f64 / total as f64
    }
}

fn count(counts: &mut Counts, status: Status) {
    match status {
        Status::Matched => counts.matched += 1,
        Status::Moved => counts.moved += 1,
        Status::Added => counts.added += 1,
        Status::Removed => counts.removed += 1,
        Status::Split => counts.split += 1,
        Status::Merged => counts.merged += 1,
    }
}

fn node(report: &Report, unit: &Unit) -> Node {
    Node {
        path: unit.path.clone(),
        heading: unit.heading.as_ref().map(|h| report.written(h).to_string()),
        range: report.source.original_range(unit.span.clone()),
    }
}

fn document(report: &Report) -> Document {
    let meta = &report.outline.meta;
    Document {
        path: report.source.name().to_string(),
        title: meta.title.clone(),
        year: meta.year,
        government: meta.government.clone(),
        chars: report.source.original().chars().count(),
        body_chars: report.source.text().chars().count(),
    }
}

impl Comparison {
    /// Whether the two reports differ at all (for `--exit-code`).
    pub fn differs(&self) -> bool {
        self.sections
            .iter()
            .any(|s| s.changes.iter().any(|c| c.op != Op::Equal) || s.status != Status::Matched)
    }
}
