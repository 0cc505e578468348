//! Builds data/vocabulary/national.tsv.gz, the phrases of national policy language and the year
//! each became established: `GOVDIFF_CORPUS=../shared/corpus cargo run --example national_vocabulary`.
//!
//! A phrase (two to six jieba words, three to ten CJK characters, inside one clause) is established
//! from the year of the third national work report (国务院) that uses it. A wording a local report
//! has and its previous report lacks is no new formulation when the national reports had used it in
//! three earlier years (`大气污染防治`, `多边贸易体制`), and a programme that old is no news.
//!
//! The national reports of the evaluation's check set (tests/corpus/blind/pairs.tsv) are left out,
//! so that no rule is fitted on them. The list holds short phrases that recur across years, never
//! a passage of a report.

use std::collections::{BTreeMap, BTreeSet};
use std::io::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;

use govdiff::Report;
use govdiff::segment::{Kind, Segmenter};

/// Reports a phrase must be in (of different years) to be established.
const ESTABLISHED_AFTER: usize = 3;

fn main() -> ExitCode {
    let corpus =
        std::env::var_os("GOVDIFF_CORPUS").map_or_else(|| PathBuf::from("../shared/corpus"), PathBuf::from);
    let pairs = include_str!("../tests/corpus/blind/pairs.tsv");
    let held_out: BTreeSet<&str> = pairs
        .lines()
        .filter_map(|l| {
            let c: Vec<&str> = l.split('\t').collect();
            (c.get(1) == Some(&"check")).then(|| [c[2], c[3]])
        })
        .flatten()
        .collect();
    let Ok(entries) = std::fs::read_dir(&corpus) else {
        eprintln!(
            "national_vocabulary: no corpus at {} (set GOVDIFF_CORPUS)",
            corpus.display()
        );
        return ExitCode::from(2);
    };
    // One file a year: the plain one where there is one.
    let mut by_year: BTreeMap<i32, String> = BTreeMap::new();
    let mut names: Vec<String> = entries
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.starts_with("guowuyuan-") && n.ends_with(".txt"))
        .collect();
    names.sort_by_key(|n| (n.len(), n.clone()));
    for name in names {
        let Some(year) = name
            .get("guowuyuan-".len().."guowuyuan-".len() + 4)
            .and_then(|y| y.parse::<i32>().ok())
        else {
            continue;
        };
        if held_out
            .iter()
            .any(|h| h.starts_with(&format!("guowuyuan-{year}")))
        {
            continue;
        }
        by_year.entry(year).or_insert(name);
    }
    let mut years_of: BTreeMap<String, BTreeSet<i32>> = BTreeMap::new();
    for (&year, name) in &by_year {
        let report = match Report::read(corpus.join(name)) {
            Ok(r) => r,
            Err(e) => {
                eprintln!("national_vocabulary: {e}");
                return ExitCode::from(2);
            }
        };
        let text = report.source.text();
        let tokens = Segmenter::for_texts(&[text]).tokens(text);
        let mut seen: BTreeSet<String> = BTreeSet::new();
        for clause in tokens.split(|t| t.kind != Kind::Word) {
            let words: Vec<&str> = clause.iter().map(|t| &text[t.span()]).collect();
            for from in 0..words.len() {
                let mut phrase = String::new();
                for w in words[from..].iter().take(6) {
                    phrase.push_str(w);
                    let chars = phrase.chars().count();
                    if chars > 10 {
                        break;
                    }
                    if chars >= 3 && phrase.chars().all(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)) {
                        seen.insert(phrase.clone());
                    }
                }
            }
        }
        for phrase in seen {
            years_of.entry(phrase).or_default().insert(year);
        }
    }
    let out = PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/data/vocabulary/national.tsv.gz"
    ));
    let mut lines = String::new();
    let mut kept = 0;
    for (phrase, years) in &years_of {
        if let Some(&since) = years.iter().nth(ESTABLISHED_AFTER - 1) {
            lines.push_str(&format!("{phrase}\t{since}\n"));
            kept += 1;
        }
    }
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    gz.write_all(lines.as_bytes()).expect("compress in memory");
    let bytes = gz.finish().expect("compress in memory");
    if let Err(e) = std::fs::create_dir_all(out.parent().unwrap()).and_then(|()| std::fs::write(&out, &bytes))
    {
        eprintln!("national_vocabulary: {}: {e}", out.display());
        return ExitCode::from(2);
    }
    eprintln!(
        "national_vocabulary: {} national reports ({} – {}), {kept} established phrases, {} bytes",
        by_year.len(),
        by_year.keys().next().unwrap_or(&0),
        by_year.keys().last().unwrap_or(&0),
        bytes.len()
    );
    ExitCode::SUCCESS
}
