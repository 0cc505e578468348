//! Initiatives over the corpus: recall against the hand-checked pairs, and absence of every reported term in every pair.

mod common;
#[path = "common/initiatives_eval.rs"]
mod eval;

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::PathBuf;
use std::sync::LazyLock;

use govdiff::Report;
use govdiff::initiatives;
use govdiff::segment::Segmenter;

static SEGMENTER: LazyLock<Segmenter> = LazyLock::new(Segmenter::full);

/// Recall each hand-checked pair must keep (what it measured when the files were written, rounded
/// down), so a change that loses initiatives fails loudly.
const PAIRS: &[(&str, &str, &str, f64, f64)] = &[
    (
        "guowuyuan-2021.txt",
        "guowuyuan-2022.txt",
        include_str!("corpus/initiatives-guowuyuan-2021-2022.tsv"),
        0.85,
        0.95,
    ),
    (
        "baoding-2021.txt",
        "baoding-2022.txt",
        include_str!("corpus/initiatives-baoding-2021-2022.tsv"),
        0.95,
        0.95,
    ),
];

#[test]
#[cfg_attr(
    not(govdiff_corpus),
    ignore = "reads the corpus: set GOVDIFF_CORPUS to its folder (.ci/run does)"
)]
fn recall_against_the_hand_checked_pairs() {
    let corpus = common::corpus();
    for &(old, new, expected, min_added, min_dropped) in PAIRS {
        let old_report = Report::read(corpus.join(old)).unwrap_or_else(|e| panic!("{e}"));
        let new_report = Report::read(corpus.join(new)).unwrap_or_else(|e| panic!("{e}"));
        let (found, phrases) = initiatives::analyse(&old_report, &new_report, &SEGMENTER);
        let expected = eval::parse(expected);
        assert!(expected.added.len() >= 15 && expected.dropped.len() >= 15);
        let e = eval::evaluate(
            &format!("{old} → {new}"),
            &old_report,
            &new_report,
            &found,
            &phrases,
            &expected,
        );
        eprintln!("{e}");
        assert!(
            e.bad_expectations.is_empty(),
            "the expectation file is wrong:\n{e}"
        );
        assert!(e.not_absent.is_empty() && e.absent_share() == 1.0, "{e}");
        assert!(e.added.recall() >= min_added, "added recall fell:\n{e}");
        assert!(e.dropped.recall() >= min_dropped, "dropped recall fell:\n{e}");
    }
}

/// Every report file named `government-YEAR.txt`, grouped by government, in year order.
fn series() -> BTreeMap<String, Vec<(u32, PathBuf)>> {
    let mut by_government: BTreeMap<String, Vec<(u32, PathBuf)>> = BTreeMap::new();
    for path in common::corpus_files() {
        let name = common::file_name(&path);
        let Some(stem) = name.strip_suffix(".txt") else {
            continue;
        };
        // Other copies of a report (`.gbk`, `.html`, `.crlf`, `.trad`) would pair it with itself.
        let Some((government, year)) = stem.rsplit_once('-') else {
            continue;
        };
        let Ok(year) = year.parse::<u32>() else {
            continue;
        };
        by_government
            .entry(government.to_string())
            .or_default()
            .push((year, path));
    }
    for files in by_government.values_mut() {
        files.sort();
    }
    by_government
}

/// The promises, on every pair of reports of one government in consecutive corpus years: each
/// reported added term and new phrase is absent from the old report's text, each dropped one from
/// the new, checked independently of the library's own normalisation; and no term is both added
/// (or dropped) and kept.
#[test]
#[cfg_attr(
    not(govdiff_corpus),
    ignore = "reads the corpus: set GOVDIFF_CORPUS to its folder (.ci/run does)"
)]
fn every_reported_term_is_absent_from_the_other_report_in_every_pair() {
    let mut table = String::new();
    let (mut pairs, mut checked) = (0, 0);
    let mut failures = Vec::new();
    let mut contradictions = Vec::new();
    for (government, files) in series() {
        for pair in files.windows(2) {
            let [(old_year, old_path), (new_year, new_path)] = pair else {
                continue;
            };
            let old = Report::read(old_path).unwrap_or_else(|e| panic!("{e}"));
            let new = Report::read(new_path).unwrap_or_else(|e| panic!("{e}"));
            let (found, phrases) = initiatives::analyse(&old, &new, &SEGMENTER);
            let (old_text, new_text) = (eval::Text::of(&old), eval::Text::of(&new));
            let terms = (found
                .added
                .iter()
                .map(|c| (&c.term, &old_text, c.count, c.mentions.len())))
            .chain(
                found
                    .dropped
                    .iter()
                    .map(|c| (&c.term, &new_text, c.count, c.mentions.len())),
            )
            .chain(
                phrases
                    .added
                    .iter()
                    .map(|p| (&p.phrase, &old_text, p.count, p.mentions.len())),
            )
            .chain(
                phrases
                    .dropped
                    .iter()
                    .map(|p| (&p.phrase, &new_text, p.count, p.mentions.len())),
            );
            // A term has one verdict: nothing added or dropped is also kept (under either year's name).
            let kept: std::collections::HashSet<&str> = found
                .kept
                .iter()
                .flat_map(|k| [k.old.key.as_str(), k.new.key.as_str()])
                .collect();
            for c in found.added.iter().chain(&found.dropped) {
                if kept.contains(c.key.as_str()) {
                    contradictions.push(format!(
                        "{government} {old_year}→{new_year}: {} (added or dropped, and kept)",
                        c.term
                    ));
                }
            }
            for (term, other, count, mentions) in terms {
                checked += 1;
                if term.is_empty() || !eval::truly_absent(term, other) || count != mentions || count == 0 {
                    failures.push(format!("{government} {old_year}→{new_year}: {term} (×{count})"));
                }
            }
            pairs += 1;
            writeln!(
                table,
                "{government}\t{old_year}→{new_year}\t+{} -{} ={} (merged {})\tphrases +{} -{}",
                found.added.len(),
                found.dropped.len(),
                found.kept.len(),
                found.kept.iter().filter(|k| k.changed()).count(),
                phrases.added.len(),
                phrases.dropped.len()
            )
            .unwrap();
        }
    }
    eprintln!("{table}compared {pairs} pairs, checked {checked} reported terms and phrases");
    assert!(pairs >= 40, "only {pairs} pairs in the corpus");
    assert!(
        failures.is_empty(),
        "{} not absent:\n{}",
        failures.len(),
        failures.join("\n")
    );
    assert!(
        contradictions.is_empty(),
        "{} terms in two verdicts:\n{}",
        contradictions.len(),
        contradictions.join("\n")
    );
}
