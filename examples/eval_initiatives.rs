//! Prints recall against the hand-checked initiative expectations and the share of reported terms truly absent.
//!
//! `GOVDIFF_CORPUS=../shared/corpus cargo run --example eval_initiatives` (or the corpus folder as the
//! first argument). For each pair with an expectation file in `tests/corpus/`, it compares the two
//! reports and prints recall of the expected added and dropped initiatives, the misses, the share of
//! reported added/dropped terms and phrases truly absent from the other report, and the top 30 of each
//! list for a reader's judgement.

#[path = "../tests/common/initiatives_eval.rs"]
mod eval;

use std::path::PathBuf;
use std::process::ExitCode;

const PAIRS: &[(&str, &str, &str)] = &[
    (
        "guowuyuan-2021.txt",
        "guowuyuan-2022.txt",
        include_str!("../tests/corpus/initiatives-guowuyuan-2021-2022.tsv"),
    ),
    (
        "baoding-2021.txt",
        "baoding-2022.txt",
        include_str!("../tests/corpus/initiatives-baoding-2021-2022.tsv"),
    ),
];

fn main() -> ExitCode {
    let Some(corpus) = std::env::args_os()
        .nth(1)
        .or_else(|| std::env::var_os("GOVDIFF_CORPUS"))
        .map(PathBuf::from)
    else {
        eprintln!("eval_initiatives: name the corpus folder: GOVDIFF_CORPUS=DIR or the first argument");
        return ExitCode::from(2);
    };
    let segmenter = govdiff::segment::Segmenter::full();
    let mut ok = true;
    for (old, new, expected) in PAIRS {
        let read = |name: &str| govdiff::Report::read(corpus.join(name));
        let (old_report, new_report) = match (read(old), read(new)) {
            (Ok(o), Ok(n)) => (o, n),
            (Err(e), _) | (_, Err(e)) => {
                eprintln!("eval_initiatives: {e}");
                return ExitCode::from(2);
            }
        };
        let (initiatives, phrases) = govdiff::initiatives::analyse(&old_report, &new_report, &segmenter);
        let result = eval::evaluate(
            &format!("{old} → {new}"),
            &old_report,
            &new_report,
            &initiatives,
            &phrases,
            &eval::parse(expected),
        );
        println!("{result}");
        ok &= result.not_absent.is_empty() && result.bad_expectations.is_empty();
    }
    if ok { ExitCode::SUCCESS } else { ExitCode::FAILURE }
}
