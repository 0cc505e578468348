//! Builds data/vocabulary/established.tsv.gz, the phrases of standing policy language and the year
//! each became established: `GOVDIFF_CORPUS=../shared/corpus cargo run --release --example vocabulary`.
//!
//! A phrase (one to six words, three to fourteen CJK characters, inside one clause; a quoted name
//! counts as a word without its quotation marks) is established
//! - from the year of the third national work report (国务院) that uses it: national language
//!   (`大气污染防治`, `多边贸易体制`); or
//! - from the year after the third government (any level) used it: the common language of reports
//!   (`造林绿化`, `生态补水`). A coinage spreads through the reports of the year it is coined, and a
//!   government adopting it the next year still takes up something new (`具身智能` in 2026); what
//!   is older than that is no new formulation, and no news.
//!
//! Reports are read from the corpus's MANIFEST.tsv (government and year; one file per government
//! and year, the plain one where there are several). The reports of the evaluation's check sets
//! (tests/corpus/blind/pairs.tsv) are left out, so that no rule is fitted on them. The list holds
//! short phrases that recur across reports, never a passage of one.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use govdiff::Report;
use govdiff::initiatives::Normalized;
use govdiff::segment::{Kind, Segmenter};

/// National reports (of different years), or governments, a phrase must be in to be established.
const ESTABLISHED_AFTER: usize = 3;

/// A phrase is at most this many words: enough for the names jieba cuts into pieces.
const MAX_WORDS: usize = 6;

/// And at most this many characters: the standing formulas run that long (`基本实现社会主义现代化`,
/// `因地制宜发展新质生产力`).
const MAX_CHARS: usize = 14;

/// Names one report whatever copy of it the corpus holds: `guowuyuan-2016.html.txt` and
/// `guowuyuan-2016.txt` are one report.
fn stem(file: &str) -> String {
    let base = file.strip_suffix(".txt").unwrap_or(file);
    let base = [".html", ".gbk", ".crlf", ".alt", ".trad"]
        .iter()
        .fold(base, |b, s| b.strip_suffix(s).unwrap_or(b));
    base.to_string()
}

/// Every phrase of a report's clauses, in the [`Normalized`] form terms are looked up in.
///
/// A quoted name is a word of the clause without its quotation marks (`“一带一路”`, `“双一流”建设`),
/// and so is a number written in characters (`党的十八大精神`): names are written so, and a
/// programme the reports have named for years is no new one.
fn phrases(report: &Report) -> BTreeSet<String> {
    let text = report.source.text();
    let tokens = Segmenter::for_texts(&[text]).tokens(text);
    let is_cjk = |w: &str| w.chars().all(|c| ('\u{4e00}'..='\u{9fff}').contains(&c));
    let words: Vec<Option<String>> = tokens
        .iter()
        .map(|t| {
            let w = &text[t.span()];
            match t.kind {
                Kind::Word => Some(w.to_string()),
                Kind::Quoted => Some(Normalized::key(w)).filter(|k| is_cjk(k)),
                Kind::Number => Some(w.to_string()).filter(|w| is_cjk(w)),
                _ => None,
            }
        })
        .collect();
    let mut seen = BTreeSet::new();
    for clause in words.split(Option::is_none) {
        for from in 0..clause.len() {
            let mut phrase = String::new();
            for w in clause[from..].iter().flatten().take(MAX_WORDS) {
                phrase.push_str(w);
                let chars = phrase.chars().count();
                if chars > MAX_CHARS {
                    break;
                }
                if chars >= 3 && is_cjk(&phrase) {
                    seen.insert(phrase.clone());
                }
            }
        }
    }
    seen
}

/// The reports to read, `(government, year) → file`, from the corpus's manifest.
fn reports(corpus: &Path) -> Result<BTreeMap<(String, i32), String>, String> {
    let manifest = std::fs::read_to_string(corpus.join("MANIFEST.tsv"))
        .map_err(|e| format!("{}: {e}", corpus.join("MANIFEST.tsv").display()))?;
    let held_out: BTreeSet<String> = include_str!("../tests/corpus/blind/pairs.tsv")
        .lines()
        .filter_map(|l| {
            let c: Vec<&str> = l.split('\t').collect();
            c.get(1)
                .is_some_and(|s| s.starts_with("check"))
                .then(|| [stem(c[2]), stem(c[3])])
        })
        .flatten()
        .collect();
    let mut by_report: BTreeMap<(String, i32), String> = BTreeMap::new();
    for line in manifest.lines().skip(1) {
        let c: Vec<&str> = line.split('\t').collect();
        let (Some(file), Some(government), Some(year)) = (c.first(), c.get(1), c.get(2)) else {
            continue;
        };
        // Files of several years (`2003-2025`) are collections, not one report.
        let Ok(year) = year.parse::<i32>() else {
            continue;
        };
        // The originals/ folder keeps the archives the texts were extracted from.
        if held_out.contains(&stem(file)) || file.contains('/') {
            continue;
        }
        let government = government.split(" (").next().unwrap_or(government).to_string();
        let slot = by_report
            .entry((government, year))
            .or_insert_with(|| file.to_string());
        if (file.len(), *file) < (slot.len(), slot.as_str()) {
            *slot = file.to_string();
        }
    }
    Ok(by_report)
}

fn main() -> ExitCode {
    let corpus =
        std::env::var_os("GOVDIFF_CORPUS").map_or_else(|| PathBuf::from("../shared/corpus"), PathBuf::from);
    let by_report = match reports(&corpus) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("vocabulary: {e} (set GOVDIFF_CORPUS)");
            return ExitCode::from(2);
        }
    };
    // Per phrase: the years of the national reports using it, and the first year each government did.
    let mut national: HashMap<String, BTreeSet<i32>> = HashMap::new();
    let mut first_use: HashMap<String, BTreeMap<String, i32>> = HashMap::new();
    for ((government, year), file) in &by_report {
        let report = match Report::read(corpus.join(file)) {
            Ok(r) => r,
            Err(e) => {
                eprintln!("vocabulary: {e}");
                return ExitCode::from(2);
            }
        };
        for phrase in phrases(&report) {
            if government == "国务院" {
                national.entry(phrase.clone()).or_default().insert(*year);
            }
            let first = first_use
                .entry(phrase)
                .or_default()
                .entry(government.clone())
                .or_insert(*year);
            *first = (*first).min(*year);
        }
    }
    let mut since: BTreeMap<&str, i32> = BTreeMap::new();
    for (phrase, years) in &national {
        if let Some(&year) = years.iter().nth(ESTABLISHED_AFTER - 1) {
            since.insert(phrase, year);
        }
    }
    for (phrase, governments) in &first_use {
        let mut years: Vec<i32> = governments.values().copied().collect();
        years.sort_unstable();
        if let Some(&year) = years.get(ESTABLISHED_AFTER - 1) {
            let entry = since.entry(phrase).or_insert(year + 1);
            *entry = (*entry).min(year + 1);
        }
    }
    let mut lines = String::new();
    for (phrase, year) in &since {
        lines.push_str(&format!("{phrase}\t{year}\n"));
    }
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    gz.write_all(lines.as_bytes()).expect("compress in memory");
    let bytes = gz.finish().expect("compress in memory");
    let out = PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/data/vocabulary/established.tsv.gz"
    ));
    if let Err(e) = std::fs::create_dir_all(out.parent().unwrap()).and_then(|()| std::fs::write(&out, &bytes))
    {
        eprintln!("vocabulary: {}: {e}", out.display());
        return ExitCode::from(2);
    }
    let governments: BTreeSet<&str> = by_report.keys().map(|(g, _)| g.as_str()).collect();
    eprintln!(
        "vocabulary: {} reports of {} governments, {} established phrases, {} bytes",
        by_report.len(),
        governments.len(),
        since.len(),
        bytes.len()
    );
    ExitCode::SUCCESS
}
