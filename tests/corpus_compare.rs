//! Compares every consecutive-year pair of one government in the corpus: no error, every promise kept.

mod common;

use std::fmt::Write as _;

use govdiff::Report;
use govdiff::compare::{self, Counts, Options};

fn counts(c: &Counts) -> String {
    format!(
        "{}/{}/{}/{}/{}/{}",
        c.matched, c.moved, c.added, c.removed, c.split, c.merged
    )
}

#[test]
#[cfg_attr(
    not(govdiff_corpus),
    ignore = "reads the corpus: set GOVDIFF_CORPUS to its folder (.ci/run does)"
)]
fn every_consecutive_year_pair_compares() {
    let pairs = common::corpus_pairs();
    assert!(pairs.len() >= 50, "only {} pairs found", pairs.len());
    let mut table =
        String::from("pair\tparts m/mv/a/r/s/mg\tsections m/mv/a/r/s/mg\tparagraphs\tsimilarity\n");
    for (old_path, new_path) in &pairs {
        let old = Report::read(old_path).unwrap_or_else(|e| panic!("{e}"));
        let new = Report::read(new_path).unwrap_or_else(|e| panic!("{e}"));
        let c = compare::compare(&old, &new, &Options::default());
        let name = format!(
            "{} → {}",
            common::file_name(old_path),
            common::file_name(new_path)
        );
        if let Err(broken) = common::check_invariants(&old, &new, &c) {
            panic!("{name}: {broken}");
        }
        assert!(!c.summary.timed_out, "{name}: diff timed out");
        let s = &c.summary;
        writeln!(
            table,
            "{name}\t{}\t{}\t{}\t{:.2}",
            counts(&s.parts),
            counts(&s.sections),
            if s.by_paragraph {
                counts(&s.paragraphs)
            } else {
                "-".into()
            },
            s.similarity
        )
        .unwrap();
    }
    eprintln!("compared {} consecutive-year pairs", pairs.len());
    common::snapshots().bind(|| insta::assert_snapshot!("corpus_compare", table));
}

#[test]
#[cfg_attr(
    not(govdiff_corpus),
    ignore = "reads the corpus: set GOVDIFF_CORPUS to its folder (.ci/run does)"
)]
fn every_corpus_report_compared_with_itself_is_unchanged() {
    for path in common::corpus_files() {
        let r = Report::read(&path).unwrap_or_else(|e| panic!("{e}"));
        let c = compare::compare(&r, &r, &Options::default());
        assert!(!c.differs(), "{}", path.display());
        common::check_invariants(&r, &r, &c).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    }
}
