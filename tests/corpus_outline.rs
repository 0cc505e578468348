//! Outlines every report of the corpus: no error, no panic, and structure as a reader sees it.

mod common;

use std::collections::BTreeMap;
use std::fmt::Write as _;

use govdiff::Report;
use govdiff::outline::Structure;

fn sections_per_part(report: &Report) -> String {
    let parts: Vec<String> = report
        .outline
        .parts
        .iter()
        .map(|p| p.sections.len().to_string())
        .collect();
    parts.join(",")
}

fn counted_parts(report: &Report) -> usize {
    match report.outline.structure {
        Structure::Flat => 0,
        _ => report.outline.parts.len(),
    }
}

#[test]
#[cfg_attr(
    not(govdiff_corpus),
    ignore = "reads the corpus: set GOVDIFF_CORPUS to its folder (.ci/run does)"
)]
fn every_corpus_report_outlines() {
    let mut table = String::new();
    let mut structures: BTreeMap<&str, usize> = BTreeMap::new();
    let files = common::corpus_files();
    for path in &files {
        let report = Report::read(path).unwrap_or_else(|e| panic!("{e}"));
        let o = &report.outline;
        let name = common::file_name(path);
        assert!(
            o.structure == Structure::Flat || !o.parts.is_empty(),
            "{name}: no parts"
        );
        *structures
            .entry(match o.structure {
                Structure::Numbered => "numbered",
                Structure::Unnumbered => "unnumbered",
                Structure::Flat => "flat",
            })
            .or_default() += 1;
        writeln!(
            table,
            "{name}\t{}\t{}\t{}\t{}\t{}",
            o.meta.year.map_or("-".into(), |y| y.to_string()),
            o.meta.government.as_deref().unwrap_or("-"),
            counted_parts(&report),
            sections_per_part(&report),
            o.glossary.len()
        )
        .unwrap();
    }
    eprintln!("outlined {} corpus files: {structures:?}", files.len());
    common::snapshots().bind(|| insta::assert_snapshot!("corpus_outline", table));
}

/// Scores the outline against the hand-checked reading in tests/corpus/outline-expected.tsv and
/// prints every disagreement; fails under 95% of files fully right.
#[test]
#[cfg_attr(
    not(govdiff_corpus),
    ignore = "reads the corpus: set GOVDIFF_CORPUS to its folder (.ci/run does)"
)]
fn outline_agrees_with_the_hand_checked_reading() {
    let expected = include_str!("corpus/outline-expected.tsv");
    let corpus = common::corpus();
    let mut right = 0;
    let mut total = 0;
    let mut fields_wrong: BTreeMap<&str, usize> = BTreeMap::new();
    let mut report_lines = String::new();
    for line in expected.lines().skip(1) {
        let cols: Vec<&str> = line.split('\t').collect();
        let [file, year, government, parts, sections, glossary, ..] = cols[..] else {
            panic!("bad expectation line: {line}");
        };
        let report = Report::read(corpus.join(file)).unwrap_or_else(|e| panic!("{e}"));
        let o = &report.outline;
        let got_year = o.meta.year.map_or("-".into(), |y| y.to_string());
        let got_gov = o.meta.government.clone().unwrap_or_else(|| "-".into());
        let got_parts = counted_parts(&report).to_string();
        let got_sections = if counted_parts(&report) == 0 {
            o.parts
                .iter()
                .map(|p| p.sections.len())
                .sum::<usize>()
                .to_string()
        } else {
            sections_per_part(&report)
        };
        let got_glossary = o.glossary.len().to_string();
        let gov_ok = government.split('|').any(|g| g == got_gov);
        let mut wrong = Vec::new();
        for (field, ok, want, got) in [
            ("year", year == got_year, year, got_year.as_str()),
            ("government", gov_ok, government, got_gov.as_str()),
            ("parts", parts == got_parts, parts, got_parts.as_str()),
            (
                "sections",
                sections == got_sections,
                sections,
                got_sections.as_str(),
            ),
            (
                "glossary",
                glossary == got_glossary,
                glossary,
                got_glossary.as_str(),
            ),
        ] {
            if !ok {
                *fields_wrong.entry(field).or_default() += 1;
                wrong.push(format!("{field} {want} ≠ {got}"));
            }
        }
        total += 1;
        if wrong.is_empty() {
            right += 1;
        } else {
            writeln!(report_lines, "  {file}: {}", wrong.join("; ")).unwrap();
        }
    }
    let share = right as f64 / total as f64;
    eprintln!(
        "outline vs hand-checked reading: {right}/{total} files fully right ({:.1}%); wrong fields: {fields_wrong:?}\n{report_lines}",
        share * 100.0
    );
    assert!(share >= 0.95, "only {:.1}% of files right", share * 100.0);
}
