//! Many comparisons at once: consecutive years of each government in a folder, compared in parallel.
//!
//! Files are matched by name: `<government>-<year>[.<variant>].txt`, as in the corpus
//! (`hebei-2021.txt`, `guowuyuan-2020.gbk.txt`). A variant is another copy of the same report
//! (`.gbk`, `.html`, `.web`…): when the plain file exists the variants are left out, otherwise the
//! first variant in name order stands in for it. Each government's reports are paired year with
//! next year; a gap in the years is not bridged. A TSV of pairs (`old<TAB>new` per line, paths
//! relative to the TSV's folder, `#` comments) gives pairs explicitly instead.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::Report;
use crate::compare::{self, Comparison, Options};
use crate::error::{Error, Result};

/// One comparison to make.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Job {
    pub old: PathBuf,
    pub new: PathBuf,
}

impl Job {
    /// `hebei-2021 → hebei-2022`, for messages and file names.
    pub fn name(&self) -> String {
        format!("{} → {}", stem(&self.old), stem(&self.new))
    }
}

fn stem(path: &Path) -> String {
    let name = path
        .file_name()
        .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
    name.strip_suffix(".txt").map_or(name.clone(), str::to_string)
}

/// `(government, year, variant)` from `<government>-<year>[.<variant>].txt`.
fn parse_name(name: &str) -> Option<(String, u32, Option<String>)> {
    let stem = name.strip_suffix(".txt")?;
    let (base, variant) = match stem.split_once('.') {
        Some((b, v)) => (b, Some(v.to_string())),
        None => (stem, None),
    };
    let (government, year) = base.rsplit_once('-')?;
    let year: u32 = year.parse().ok().filter(|y| (1900..=2200).contains(y))?;
    (!government.is_empty()).then(|| (government.to_string(), year, variant))
}

/// The consecutive-year pairs among the reports in `dir`, by government then year.
pub fn pairs_in(dir: &Path) -> Result<Vec<Job>> {
    let entries = std::fs::read_dir(dir).map_err(|e| Error::read(dir, &e))?;
    // government → year → (variant, path), the plain file sorting first
    let mut reports: BTreeMap<String, BTreeMap<u32, (Option<String>, PathBuf)>> = BTreeMap::new();
    for entry in entries {
        let path = entry.map_err(|e| Error::read(dir, &e))?.path();
        let Some((government, year, variant)) =
            path.file_name().and_then(|n| parse_name(&n.to_string_lossy()))
        else {
            continue;
        };
        let years = reports.entry(government).or_default();
        match years.get(&year) {
            Some((existing, _)) if existing.is_none() || existing <= &variant => {}
            _ => {
                years.insert(year, (variant, path));
            }
        }
    }
    let mut jobs = Vec::new();
    for years in reports.values() {
        let years: Vec<(&u32, &PathBuf)> = years.iter().map(|(y, (_, p))| (y, p)).collect();
        for w in years.windows(2) {
            if *w[0].0 + 1 == *w[1].0 {
                jobs.push(Job {
                    old: w[0].1.clone(),
                    new: w[1].1.clone(),
                });
            }
        }
    }
    Ok(jobs)
}

/// Pairs listed in a TSV file: `old<TAB>new` per line, relative to the file's folder.
pub fn pairs_from_tsv(path: &Path) -> Result<Vec<Job>> {
    let text = std::fs::read_to_string(path).map_err(|e| Error::read(path, &e))?;
    let base = path.parent().unwrap_or(Path::new("."));
    let mut jobs = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let Some((old, new)) = line.split_once('\t') else {
            return Err(Error::Pairs {
                name: path.display().to_string(),
                problem: format!("line {}: expected two paths separated by a tab", n + 1),
            });
        };
        jobs.push(Job {
            old: base.join(old.trim()),
            new: base.join(new.trim()),
        });
    }
    Ok(jobs)
}

/// Compares every job, in parallel on the current rayon pool; results come back in job order,
/// whatever the number of threads. `done` is called as each job finishes.
pub fn run(jobs: &[Job], options: &Options, done: impl Fn() + Sync) -> Vec<Result<Comparison>> {
    jobs.par_iter()
        .map(|job| {
            let result = Report::read(&job.old)
                .and_then(|old| Report::read(&job.new).map(|new| (old, new)))
                .map(|(old, new)| compare::compare(&old, &new, options));
            done();
            result
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_give_government_year_and_variant() {
        assert_eq!(parse_name("hebei-2021.txt"), Some(("hebei".into(), 2021, None)));
        assert_eq!(
            parse_name("baoding-boyexian-2024.txt"),
            Some(("baoding-boyexian".into(), 2024, None))
        );
        assert_eq!(
            parse_name("guowuyuan-2020.gbk.txt"),
            Some(("guowuyuan".into(), 2020, Some("gbk".into())))
        );
        assert_eq!(parse_name("MANIFEST.tsv"), None);
        assert_eq!(parse_name("notes-final.txt"), None);
    }

    #[test]
    fn consecutive_years_pair_and_plain_files_win_over_variants() {
        let dir = std::env::temp_dir().join(format!("govdiff-batch-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        for name in [
            "a-2020.txt",
            "a-2021.txt",
            "a-2021.gbk.txt",
            "a-2023.txt",
            "b-2019.html.txt",
            "b-2020.txt",
            "README.md",
        ] {
            std::fs::write(dir.join(name), "x").unwrap();
        }
        let jobs = pairs_in(&dir).unwrap();
        let names: Vec<String> = jobs.iter().map(Job::name).collect();
        assert_eq!(names, ["a-2020 → a-2021", "b-2019.html → b-2020"]);
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
