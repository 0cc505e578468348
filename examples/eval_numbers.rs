//! Scores `numbers` against the hand-checked expectation files: `cargo run --example eval_numbers`.
//!
//! Reads the corpus from `GOVDIFF_CORPUS` (default `../shared/corpus`) and prints, for guowuyuan
//! 2021→2022 and baoding 2021→2022, the precision and recall of matched pairs and every
//! disagreement. `--all` also lists every pair the comparison reports.

#[path = "../tests/common/numbers_eval.rs"]
mod numbers_eval;

use std::path::PathBuf;
use std::process::ExitCode;

const PAIRS: &[(&str, &str, &str, &str)] = &[
    (
        "guowuyuan 2021→2022",
        "guowuyuan-2021.txt",
        "guowuyuan-2022.txt",
        include_str!("../tests/corpus/numbers-guowuyuan-2021-2022.tsv"),
    ),
    (
        "baoding 2021→2022",
        "baoding-2021.txt",
        "baoding-2022.txt",
        include_str!("../tests/corpus/numbers-baoding-2021-2022.tsv"),
    ),
];

fn main() -> ExitCode {
    let all = std::env::args().any(|a| a == "--all");
    let corpus =
        std::env::var_os("GOVDIFF_CORPUS").map_or_else(|| PathBuf::from("../shared/corpus"), PathBuf::from);
    for (name, old, new, tsv) in PAIRS {
        let read = |file: &str| govdiff::Report::read(corpus.join(file));
        let (old, new) = match (read(old), read(new)) {
            (Ok(o), Ok(n)) => (o, n),
            (Err(e), _) | (_, Err(e)) => {
                eprintln!("eval_numbers: {e} (set GOVDIFF_CORPUS to the corpus folder)");
                return ExitCode::from(2);
            }
        };
        let changes = govdiff::numbers::compare_reports(&old, &new);
        let score = numbers_eval::score(&numbers_eval::parse(tsv), &changes);
        println!("{}", score.summary(name));
        print!("{}", score.report);
        if all {
            for c in changes.iter().filter(|c| c.old.is_some() && c.new.is_some()) {
                let side = |f: &Option<govdiff::numbers::Figure>| {
                    f.as_ref()
                        .map_or("—".to_string(), |f| format!("{} [{}]", f.quantity.raw, f.path))
                };
                println!(
                    "  pair {} {} {} {}: {} → {} ({})",
                    c.indicator,
                    c.role.name(),
                    c.measure.name(),
                    c.horizon.name(),
                    side(&c.old),
                    side(&c.new),
                    c.change.name()
                );
            }
        }
    }
    ExitCode::SUCCESS
}
