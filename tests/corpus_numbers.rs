//! Numbers over the corpus: every report extracts without a panic, consecutive years compare, and
//! the comparisons of guowuyuan and baoding 2021→2022 agree with the hand-checked reading.

mod common;
#[path = "common/numbers_eval.rs"]
mod numbers_eval;

use std::collections::BTreeMap;
use std::fmt::Write as _;

use govdiff::Report;
use govdiff::numbers::{self, Role};

fn evaluate(name: &str, old: &str, new: &str, tsv: &str) -> numbers_eval::Score {
    let corpus = common::corpus();
    let old = Report::read(corpus.join(old)).unwrap_or_else(|e| panic!("{e}"));
    let new = Report::read(corpus.join(new)).unwrap_or_else(|e| panic!("{e}"));
    let changes = numbers::compare_reports(&old, &new);
    let score = numbers_eval::score(&numbers_eval::parse(tsv), &changes);
    eprintln!("{}\n{}", score.summary(name), score.report);
    score
}

fn assert_good(score: &numbers_eval::Score, name: &str) {
    assert!(
        score.recall() >= 0.90,
        "{name}: recall {:.1}% under 90%",
        score.recall() * 100.0
    );
    assert!(
        score.precision() >= 0.95,
        "{name}: precision {:.1}% under 95%",
        score.precision() * 100.0
    );
}

#[test]
#[cfg_attr(
    not(govdiff_corpus),
    ignore = "reads the corpus: set GOVDIFF_CORPUS to its folder (.ci/run does)"
)]
fn guowuyuan_2021_2022_agrees_with_the_hand_checked_reading() {
    let name = "guowuyuan 2021→2022";
    let score = evaluate(
        name,
        "guowuyuan-2021.txt",
        "guowuyuan-2022.txt",
        include_str!("corpus/numbers-guowuyuan-2021-2022.tsv"),
    );
    assert_good(&score, name);
}

#[test]
#[cfg_attr(
    not(govdiff_corpus),
    ignore = "reads the corpus: set GOVDIFF_CORPUS to its folder (.ci/run does)"
)]
fn baoding_2021_2022_agrees_with_the_hand_checked_reading() {
    let name = "baoding 2021→2022";
    let score = evaluate(
        name,
        "baoding-2021.txt",
        "baoding-2022.txt",
        include_str!("corpus/numbers-baoding-2021-2022.tsv"),
    );
    assert_good(&score, name);
}

#[test]
#[cfg_attr(
    not(govdiff_corpus),
    ignore = "reads the corpus: set GOVDIFF_CORPUS to its folder (.ci/run does)"
)]
fn a_target_that_became_words_is_noted_for_guowuyuan_2022() {
    let corpus = common::corpus();
    let old = Report::read(corpus.join("guowuyuan-2021.txt")).unwrap();
    let new = Report::read(corpus.join("guowuyuan-2022.txt")).unwrap();
    let changes = numbers::compare_reports(&old, &new);
    let energy = changes
        .iter()
        .find(|c| c.indicator == "单位国内生产总值能耗" && c.role == Role::Target)
        .expect("the 2021 energy-intensity target");
    let words = energy.words.as_ref().expect("2022 states it in words");
    assert!(words.text.contains("能耗强度"), "{}", words.text);
}

/// Extracts every report of the corpus and compares each with the same government's previous
/// report; prints the counts and snapshots them per file.
#[test]
#[cfg_attr(
    not(govdiff_corpus),
    ignore = "reads the corpus: set GOVDIFF_CORPUS to its folder (.ci/run does)"
)]
fn every_corpus_report_extracts_and_compares() {
    let files = common::corpus_files();
    let mut table = String::new();
    let mut by_government: BTreeMap<String, Vec<(i32, Report)>> = BTreeMap::new();
    let mut total = 0;
    for path in &files {
        let name = common::file_name(path);
        let report = Report::read(path).unwrap_or_else(|e| panic!("{e}"));
        let figures = numbers::extract(&report);
        total += figures.len();
        let count = |role: Role| figures.iter().filter(|f| f.role == role).count();
        let headline = figures.iter().filter(|f| f.headline).count();
        let unnamed = figures.iter().filter(|f| f.indicator.is_empty()).count();
        writeln!(
            table,
            "{name}\t{}\ttarget {}\tactual {}\tplan {}\tother {}\theadline {headline}\tunnamed {unnamed}",
            figures.len(),
            count(Role::Target),
            count(Role::Actual),
            count(Role::Plan),
            count(Role::Other)
        )
        .unwrap();
        for f in &figures {
            assert!(
                report.source.text().get(f.quantity.span.clone()).is_some(),
                "{name}: bad span"
            );
        }
        // One file per government and year: the first of duplicated sources.
        let government = name
            .split(['-', '.'])
            .take_while(|p| !p.chars().all(|c| c.is_ascii_digit()))
            .collect::<Vec<_>>()
            .join("-");
        if let Some(year) = report.outline.meta.year {
            let list = by_government.entry(government).or_default();
            if !list.iter().any(|(y, _)| *y == year) {
                list.push((year, report));
            }
        }
    }
    let mut compared = 0;
    let mut rows = 0;
    for reports in by_government.values_mut() {
        reports.sort_by_key(|(y, _)| *y);
        for pair in reports.windows(2) {
            if pair[1].0 == pair[0].0 + 1 {
                rows += numbers::compare_reports(&pair[0].1, &pair[1].1).len();
                compared += 1;
            }
        }
    }
    eprintln!(
        "extracted {total} figures from {} corpus files; compared {compared} consecutive-year pairs ({rows} rows)",
        files.len()
    );
    assert!(compared >= 10, "only {compared} consecutive-year pairs found");
    common::snapshots().bind(|| insta::assert_snapshot!("corpus_numbers", table));
}
