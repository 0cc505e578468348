//! The `govdiff` binary: parses the command line and hands over to `govdiff::cli`.

use clap::Parser;

fn main() -> std::process::ExitCode {
    govdiff::cli::run(govdiff::cli::Cli::parse())
}
