//! How long and how much memory the big inputs of `tests/robust_bounds.rs` take, whole pipeline:
//! `cargo run --release --example bounds`.
//!
//! The tests check that these inputs finish with every promise kept; this measures them. Each case
//! runs in a process of its own, so its peak resident memory (`VmHWM`) is its own.

#[path = "../tests/common/mod.rs"]
mod common;

use std::process::{Command, ExitCode};
use std::time::Instant;

use govdiff::Report;
use govdiff::compare::{self, Options};

const MB: usize = 1024 * 1024;

/// Name, old text, new text.
type Case = (&'static str, fn() -> (String, String));

const CASES: &[Case] = &[
    ("two unrelated 1 MB texts, one sentence a line", || {
        (
            common::prose(1, MB, Some(1), true),
            common::prose(2, MB, Some(1), true),
        )
    }),
    ("two unrelated 1 MB texts, 100 sentences a line", || {
        (
            common::prose(1, MB, Some(100), true),
            common::prose(2, MB, Some(100), true),
        )
    }),
    ("two unrelated 1 MB texts, one line each", || {
        (common::prose(1, MB, None, true), common::prose(2, MB, None, true))
    }),
    ("a single 5 MB line against the sample report", || {
        let sample = include_str!("../samples/jiefang-2022.txt").to_string();
        (common::prose(5, 5 * MB, None, true), sample)
    }),
];

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if let Some(case) = args.first() {
        let Some((name, make)) = case.parse::<usize>().ok().and_then(|k| CASES.get(k)) else {
            eprintln!("usage: bounds [CASE NUMBER]");
            return ExitCode::from(2);
        };
        return run(name, *make);
    }
    println!("{:<48} {:>8} {:>10}", "case", "wall s", "peak MB");
    let me = std::env::current_exe().expect("the example's own path");
    for k in 0..CASES.len() {
        let status = Command::new(&me).arg(k.to_string()).status();
        if !status.is_ok_and(|s| s.success()) {
            eprintln!("case {k} failed");
            return ExitCode::FAILURE;
        }
    }
    ExitCode::SUCCESS
}

fn run(name: &str, make: fn() -> (String, String)) -> ExitCode {
    let (old, new) = make();
    let start = Instant::now();
    let (old, new) = match (
        Report::from_bytes("old.txt", old.as_bytes()),
        Report::from_bytes("new.txt", new.as_bytes()),
    ) {
        (Ok(o), Ok(n)) => (o, n),
        (Err(e), _) | (_, Err(e)) => {
            eprintln!("govdiff: {e}");
            return ExitCode::from(2);
        }
    };
    let c = compare::compare(&old, &new, &Options::default());
    let json = govdiff::render::json::render(&c);
    let wall = start.elapsed().as_secs_f64();
    let peak = std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find_map(|l| l.strip_prefix("VmHWM:"))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
        })
        .map_or_else(|| "?".to_string(), |kb| format!("{:.0}", kb / 1024.0));
    println!("{name:<48} {wall:>8.2} {peak:>10}");
    if c.summary.timed_out || !c.warnings.is_empty() {
        for w in &c.warnings {
            println!("    warning: {w}");
        }
    }
    drop(json);
    ExitCode::SUCCESS
}
