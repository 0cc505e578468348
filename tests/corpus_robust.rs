//! The corpus under stress: same bytes every run, promises kept between unrelated reports, every
//! report read back the same from any encoding.

mod common;

use govdiff::compare::{self, Options};
use govdiff::{Report, Source};

#[test]
#[cfg_attr(
    not(govdiff_corpus),
    ignore = "reads the corpus: set GOVDIFF_CORPUS to its folder (.ci/run does)"
)]
fn every_consecutive_year_pair_gives_byte_identical_json_twice() {
    let pairs = common::corpus_pairs();
    assert!(pairs.len() >= 50, "only {} pairs found", pairs.len());
    for (old_path, new_path) in &pairs {
        let old = Report::read(old_path).unwrap_or_else(|e| panic!("{e}"));
        let new = Report::read(new_path).unwrap_or_else(|e| panic!("{e}"));
        // Two comparisons in one process still get different hash seeds: any hash-map order
        // leaking into the output shows up as a difference.
        let first = govdiff::render::json::render(&compare::compare(&old, &new, &Options::default()));
        let second = govdiff::render::json::render(&compare::compare(&old, &new, &Options::default()));
        assert!(
            first == second,
            "{}: JSON differs between runs",
            old_path.display()
        );
    }
    eprintln!("{} pairs gave the same JSON twice", pairs.len());
}

#[test]
#[cfg_attr(
    not(govdiff_corpus),
    ignore = "reads the corpus: set GOVDIFF_CORPUS to its folder (.ci/run does)"
)]
fn every_report_compared_with_an_unrelated_one_keeps_every_promise() {
    let files = common::corpus_files();
    let government = |p: &std::path::Path| {
        let name = common::file_name(p);
        name.rsplit_once('-').map_or(name.clone(), |(g, _)| g.to_string())
    };
    let mut compared = 0;
    for (k, old_path) in files.iter().enumerate() {
        // Half the corpus further on: another government, another year, another size.
        let Some(new_path) = (0..files.len())
            .map(|d| &files[(k + files.len() / 2 + d) % files.len()])
            .find(|p| government(p) != government(old_path))
        else {
            continue;
        };
        let old = Report::read(old_path).unwrap_or_else(|e| panic!("{e}"));
        let new = Report::read(new_path).unwrap_or_else(|e| panic!("{e}"));
        let c = compare::compare(&old, &new, &Options::default());
        common::check_invariants(&old, &new, &c)
            .unwrap_or_else(|e| panic!("{} → {}: {e}", old_path.display(), new_path.display()));
        compared += 1;
    }
    assert!(compared >= 100, "only {compared} unrelated pairs");
    eprintln!("{compared} unrelated pairs kept every promise");
}

#[test]
#[cfg_attr(
    not(govdiff_corpus),
    ignore = "reads the corpus: set GOVDIFF_CORPUS to its folder (.ci/run does)"
)]
fn every_report_reads_the_same_from_utf16_without_bom_and_from_gb18030() {
    let mut checked = 0;
    for path in common::corpus_files() {
        let source = Source::read(&path).unwrap_or_else(|e| panic!("{e}"));
        let text = source.original();
        let le: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
        let be: Vec<u8> = text.encode_utf16().flat_map(u16::to_be_bytes).collect();
        let (gb, _, unmappable) = encoding_rs::GB18030.encode(text);
        assert!(!unmappable);
        for (bytes, encoding) in [(&le[..], "UTF-16LE"), (&be[..], "UTF-16BE"), (&gb[..], "GB18030")] {
            let got = Source::from_bytes("t", bytes).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            // Pure ASCII or Chinese-free GB18030 is UTF-8 too; a report never is.
            assert_eq!(got.encoding().name(), encoding, "{}", path.display());
            assert!(got.original() == text, "{} as {encoding}", path.display());
            assert!(got.text() == source.text(), "{} as {encoding}", path.display());
        }
        checked += 1;
    }
    eprintln!("{checked} reports read the same in UTF-16LE, UTF-16BE and GB18030");
}
