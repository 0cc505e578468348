//! The numbers table between two reports: `cargo run --example numbers_changes OLD NEW`.
//!
//! Shows what the comparison view will print before the section diffs: every indicator of both
//! reports with its role, old and new figure and how it moved (▲/▼/=). `--headline` keeps only the
//! targets paragraph and the review's headline results.

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let headline = args.iter().any(|a| a == "--headline");
    let files: Vec<&String> = args.iter().filter(|a| !a.starts_with("--")).collect();
    let [old, new] = files.as_slice() else {
        eprintln!("usage: numbers_changes OLD NEW [--headline]");
        return ExitCode::from(2);
    };
    let (old, new) = match (govdiff::Report::read(old), govdiff::Report::read(new)) {
        (Ok(o), Ok(n)) => (o, n),
        (Err(e), _) | (_, Err(e)) => {
            eprintln!("govdiff: {e}");
            return ExitCode::from(2);
        }
    };
    let mut changes = govdiff::numbers::compare_reports(&old, &new);
    if headline {
        changes.retain(|c| c.headline);
    }
    let palette = govdiff::render::Palette::plain();
    print!(
        "{}",
        govdiff::render::numbers_terminal::changes(&changes, &palette, 100)
    );
    ExitCode::SUCCESS
}
