//! The last stage: results computed on folded text put back in the characters each report is written in.
//!
//! Everything is read and matched on the reports' text with traditional characters folded to
//! simplified ([`crate::Source::text`]), so that a report written in traditional characters
//! compares with one in simplified. What is shown of a report (headings, quotes, terms, figures'
//! names, the word diff) is its own writing ([`crate::Source::as_written`]). For reports in
//! simplified characters, which is nearly all, every function here returns at once.

use crate::Report;
use crate::compare::Comparison;
use crate::initiatives::{Candidate, Initiatives, Mention, Phrases};
use crate::numbers::matching::Side;
use crate::numbers::{Figure, NumberChange};
use crate::outline::Meta;

/// The report's metadata (title, government, meeting, speaker) as it writes it.
pub fn meta(report: &Report) -> Meta {
    let mut meta = report.outline.meta.clone();
    let Meta {
        title,
        government,
        meeting,
        speaker,
        office,
        ..
    } = &mut meta;
    for s in [title, government, meeting, speaker, office]
        .into_iter()
        .flatten()
    {
        put_back(report, s);
    }
    meta
}

fn put_back(report: &Report, s: &mut String) {
    if let std::borrow::Cow::Owned(w) = report.source.as_written(s) {
        *s = w;
    }
}

fn mentions(report: &Report, mentions: &mut [Mention]) {
    for m in mentions {
        put_back(report, &mut m.quote);
    }
}

/// A report's figures as it writes them.
pub fn figures(report: &Report, figures: &mut [Figure]) {
    if !report.source.is_folded() {
        return;
    }
    for f in figures {
        put_back(report, &mut f.indicator);
        put_back(report, &mut f.quote);
        put_back(report, &mut f.quantity.raw);
        put_back(report, &mut f.quantity.unit);
        if let Some(q) = &mut f.quantity.qualifier {
            put_back(report, q);
        }
    }
}

/// Figures matched across two reports, each side as its report writes it; an indicator's name as
/// the new report writes it.
pub fn number_changes(old: &Report, new: &Report, changes: &mut [NumberChange]) {
    if !old.source.is_folded() && !new.source.is_folded() {
        return;
    }
    for c in changes {
        let named_by = if c.new.is_some() { new } else { old };
        put_back(named_by, &mut c.indicator);
        if let Some(f) = &mut c.old {
            figures(old, std::slice::from_mut(f));
        }
        if let Some(f) = &mut c.new {
            figures(new, std::slice::from_mut(f));
        }
        if let Some(w) = &mut c.words {
            put_back(if w.side == Side::Old { old } else { new }, &mut w.text);
        }
    }
}

/// A report's initiatives as it writes them.
pub fn candidates(report: &Report, candidates: &mut [Candidate]) {
    if !report.source.is_folded() {
        return;
    }
    for c in candidates {
        put_back(report, &mut c.term);
        if let Some(g) = &mut c.glossary {
            put_back(report, g);
        }
        mentions(report, &mut c.mentions);
    }
}

/// Added, dropped and kept initiatives, each as its report writes it.
pub fn initiatives(old: &Report, new: &Report, found: &mut Initiatives) {
    candidates(new, &mut found.added);
    candidates(old, &mut found.dropped);
    for k in &mut found.kept {
        candidates(old, std::slice::from_mut(&mut k.old));
        candidates(new, std::slice::from_mut(&mut k.new));
    }
}

/// New and vanished wordings, and the frequent words, each as its report writes it.
pub fn phrases(old: &Report, new: &Report, phrases: &mut Phrases) {
    for (report, list) in [(new, &mut phrases.added), (old, &mut phrases.dropped)] {
        if !report.source.is_folded() {
            continue;
        }
        for p in list.iter_mut() {
            put_back(report, &mut p.phrase);
            mentions(report, &mut p.mentions);
        }
    }
    for w in &mut phrases.words {
        put_back(if w.new.is_some() { new } else { old }, &mut w.word);
    }
}

/// A whole comparison, each piece as its report writes it (the word diff is made so:
/// [`crate::diff::Side::written`]).
pub fn comparison(old: &Report, new: &Report, c: &mut Comparison) {
    if !old.source.is_folded() && !new.source.is_folded() {
        return;
    }
    for (report, doc) in [(old, &mut c.old), (new, &mut c.new)] {
        for s in [&mut doc.title, &mut doc.government].into_iter().flatten() {
            put_back(report, s);
        }
    }
    number_changes(old, new, &mut c.numbers);
    initiatives(old, new, &mut c.initiatives);
    phrases(old, new, &mut c.phrases);
}
