//! Scores govdiff against the blind expectation files: `cargo run --release --example eval_blind`.
//!
//! For every pair of `tests/corpus/blind/pairs.tsv` whose files are written, prints one row per
//! pair and the totals of the development set and of the check sets apart:
//!
//! - figures: recall of the figure pairs the file lists (value, unit, qualifier, role, change and a
//!   name a reader accepts), and the precision of the terminal's headline table, each row right by
//!   the file or by a reader's recorded verdict (`NAME.judged.tsv`); rows neither are listed;
//! - sections: the share of the file's rows (pair, split, merged, added, removed) govdiff agrees with;
//! - terms: recall of the notable added and dropped terms (as initiatives or new wordings), renames
//!   found, and the top-10 precision of "new in" and of the new wordings by recorded verdicts.
//!
//! `--details` prints every disagreement of the sets already read (dev, and the check sets whose
//! rows were read to report them); `--check-details` those of the blind check set, [`BLIND`]
//! (read them only when reporting: no rule is written while looking at it).
//! `--unjudged FILE` writes the rows that need a reader's verdict, per pair, for the judges.
//! The corpus comes from `GOVDIFF_CORPUS` (default `../shared/corpus`).

#[path = "../tests/common/blind_eval.rs"]
mod blind;

use std::fmt::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;

use govdiff::compare::{Options, compare};

/// The check set no rule has been written while looking at: `--details` leaves it out.
const BLIND: &str = "check3";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let details = args.iter().any(|a| a == "--details");
    let check_details = args.iter().any(|a| a == "--check-details");
    let unjudged_out = args
        .iter()
        .position(|a| a == "--unjudged")
        .and_then(|i| args.get(i + 1))
        .map(PathBuf::from);
    let only: Option<&String> = args
        .iter()
        .position(|a| a == "--pair")
        .and_then(|i| args.get(i + 1));
    let corpus =
        std::env::var_os("GOVDIFF_CORPUS").map_or_else(|| PathBuf::from("../shared/corpus"), PathBuf::from);
    if !corpus.join("MANIFEST.tsv").is_file() {
        eprintln!(
            "eval_blind: no corpus at {} (set GOVDIFF_CORPUS to the corpus folder)",
            corpus.display()
        );
        return ExitCode::from(2);
    }
    let mut unjudged = String::new();
    // Each check set was written blind after the rules fitted on the ones before it; once a set's
    // rows are read to report them, the next one is the blind measure.
    for set in ["dev", "check", "check2", "check3"] {
        let mut fig_total = blind::FigureScore::default();
        let mut sec_total = blind::SectionScore::default();
        let mut term_total = blind::TermScore::default();
        println!("== {set} set");
        println!(
            "{:<24} {:>14} {:>16} {:>12} {:>12} {:>9} {:>9} {:>9}",
            "pair",
            "fig recall",
            "table precision",
            "sections",
            "terms recall",
            "renamed",
            "new in",
            "wordings"
        );
        let mut lines = String::new();
        for pair in blind::pairs().into_iter().filter(|p| p.set == set) {
            if only.is_some_and(|o| *o != pair.name) {
                continue;
            }
            let (old, new) = blind::read(&corpus, &pair);
            let comparison = compare(&old, &new, &Options::default());
            let judged = blind::parse_judged(pair.file("judged").as_deref());
            let mut row = format!("{:<24}", pair.name);
            let mut detail = String::new();
            match pair.file("figures") {
                Some(tsv) => {
                    let s = blind::score_figures(&blind::parse_figures(&tsv), &comparison.numbers, &judged);
                    write!(
                        row,
                        " {:>5.1}% ({:>2}/{:>2}) {:>6.1}% ({:>2}/{:>2}){}",
                        s.recall() * 100.0,
                        s.pairs_right,
                        s.pairs,
                        s.table_precision() * 100.0,
                        s.table_right_by_file + s.table_right_by_verdict,
                        s.table_rows,
                        if s.table_unjudged > 0 { "?" } else { " " }
                    )
                    .unwrap();
                    if !s.lines.is_empty() {
                        writeln!(detail, " figures:\n{}", s.lines).unwrap();
                    }
                    for r in &s.unjudged {
                        writeln!(unjudged, "{}\tfigures\t{r}", pair.name).unwrap();
                    }
                    fig_total.add(&s);
                }
                None => write!(row, " {:>14} {:>16}", "-", "-").unwrap(),
            }
            match pair.file("sections") {
                Some(tsv) => {
                    let s = blind::score_sections(&blind::parse_sections(&tsv), &old, &new, &comparison);
                    write!(
                        row,
                        " {:>5.1}% ({:>2}/{:>2})",
                        s.accuracy() * 100.0,
                        s.right,
                        s.rows
                    )
                    .unwrap();
                    if !s.lines.is_empty() {
                        writeln!(detail, " sections:\n{}", s.lines).unwrap();
                    }
                    sec_total.add(&s);
                }
                None => write!(row, " {:>12}", "-").unwrap(),
            }
            match pair.file("terms") {
                Some(tsv) => {
                    let s = blind::score_terms(&blind::parse_terms(&tsv), &comparison, &old, &new, &judged);
                    let top = |t: (usize, usize, usize)| {
                        if t.1 < t.2 {
                            format!("{}/{}?{}", t.0, t.1, t.2 - t.1)
                        } else {
                            format!("{}/{}", t.0, t.1)
                        }
                    };
                    write!(
                        row,
                        " {:>5.1}% ({:>2}/{:>2}) {:>5}/{:<3} {:>9} {:>9}",
                        s.recall() * 100.0,
                        s.found,
                        s.expected,
                        s.renamed_right,
                        s.renamed,
                        top(s.top_new_in),
                        top(s.top_wordings)
                    )
                    .unwrap();
                    if !s.contradictions.is_empty() {
                        writeln!(detail, "  IN TWO VERDICTS: {}", s.contradictions.join(" · ")).unwrap();
                    }
                    if !s.lines.is_empty() {
                        writeln!(detail, " terms:\n{}", s.lines).unwrap();
                    }
                    for (list, term) in &s.unjudged {
                        writeln!(unjudged, "{}\t{list}\t{term}", pair.name).unwrap();
                    }
                    term_total.add(&s);
                }
                None => write!(row, " {:>12}", "-").unwrap(),
            }
            println!("{row}");
            if !detail.is_empty() {
                writeln!(lines, "-- {}\n{detail}", pair.name).unwrap();
            }
        }
        println!(
            "{:<24} {:>5.1}% ({:>3}/{:>3}) {:>5.1}% ({:>3}/{:>3}) {:>5.1}% ({:>3}/{:>3}) {:>5.1}% ({:>3}/{:>3}) {:>3}/{:<3} {:>3}/{:<3} {:>3}/{:<3}",
            format!("{set} total"),
            fig_total.recall() * 100.0,
            fig_total.pairs_right,
            fig_total.pairs,
            fig_total.table_precision() * 100.0,
            fig_total.table_right_by_file + fig_total.table_right_by_verdict,
            fig_total.table_rows,
            sec_total.accuracy() * 100.0,
            sec_total.right,
            sec_total.rows,
            term_total.recall() * 100.0,
            term_total.found,
            term_total.expected,
            term_total.renamed_right,
            term_total.renamed,
            term_total.top_new_in.0,
            term_total.top_new_in.1,
            term_total.top_wordings.0,
            term_total.top_wordings.1,
        );
        if fig_total.table_unjudged > 0 {
            println!(
                "  ({} headline rows not judged yet are counted wrong)",
                fig_total.table_unjudged
            );
        }
        println!();
        if (set != BLIND && details) || (set == BLIND && check_details) {
            print!("{lines}");
        }
    }
    if let Some(path) = unjudged_out
        && let Err(e) = std::fs::write(&path, unjudged)
    {
        eprintln!("eval_blind: {}: {e}", path.display());
        return ExitCode::from(2);
    }
    ExitCode::SUCCESS
}
