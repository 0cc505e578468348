//! `govdiff batch`: pairs found by name, parallel but deterministic, failures reported and survived.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn govdiff(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_govdiff"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("run govdiff")
}

/// A folder with the demo pair under corpus-style names, a third year, and an unrelated file.
fn folder(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("govdiff-batch-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    std::fs::copy(
        root.join("samples/jiefang-2021.constructed.txt"),
        dir.join("jiefang-2021.txt"),
    )
    .unwrap();
    std::fs::copy(
        root.join("samples/jiefang-2022.txt"),
        dir.join("jiefang-2022.txt"),
    )
    .unwrap();
    std::fs::copy(
        root.join("samples/cases/gbk-crlf.txt"),
        dir.join("shili-2023.txt"),
    )
    .unwrap();
    std::fs::copy(
        root.join("samples/cases/unnumbered-zwsp.txt"),
        dir.join("shili-2024.txt"),
    )
    .unwrap();
    std::fs::write(dir.join("notes.md"), "not a report").unwrap();
    dir
}

#[test]
fn pairs_consecutive_years_and_writes_json_lines_in_order() {
    let dir = folder("lines");
    let out = govdiff(&["batch", dir.to_str().unwrap()]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let stdout = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<serde_json::Value> = stdout.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    let pairs: Vec<(String, String)> = lines
        .iter()
        .map(|v| {
            (
                v["old"]["path"].as_str().unwrap().to_string(),
                v["new"]["path"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(pairs.len(), 2);
    assert!(pairs[0].0.ends_with("jiefang-2021.txt") && pairs[0].1.ends_with("jiefang-2022.txt"));
    assert!(pairs[1].0.ends_with("shili-2023.txt") && pairs[1].1.ends_with("shili-2024.txt"));
    assert_eq!(lines[0]["schema_version"], 1);
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn the_output_is_the_same_whatever_the_number_of_threads() {
    let dir = folder("threads");
    let one = govdiff(&["batch", dir.to_str().unwrap(), "--jobs", "1"]);
    let two = govdiff(&["batch", dir.to_str().unwrap(), "--jobs", "2"]);
    assert!(one.status.success() && two.status.success());
    assert!(one.stdout == two.stdout);
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn a_failing_pair_is_reported_and_the_batch_goes_on() {
    let dir = folder("fail");
    std::fs::write(dir.join("shili-2024.txt"), b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").unwrap();
    let out = govdiff(&["batch", dir.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(
        stderr.contains("shili-2023 → shili-2024") && stderr.contains("not a text file"),
        "{stderr}"
    );
    let stdout = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<serde_json::Value> = stdout.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 2);
    assert!(lines[0]["sections"].is_array());
    assert!(lines[1]["error"].as_str().unwrap().contains("not a text file"));
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn a_pairs_file_and_an_output_folder() {
    let dir = folder("tsv");
    std::fs::write(
        dir.join("pairs.tsv"),
        "# old\tnew\nshili-2024.txt\tshili-2023.txt\n",
    )
    .unwrap();
    let out_dir = dir.join("out");
    std::fs::create_dir_all(&out_dir).unwrap();
    let out = govdiff(&[
        "batch",
        "--pairs",
        dir.join("pairs.tsv").to_str().unwrap(),
        "--out-dir",
        out_dir.to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(out.stdout.is_empty());
    let written = std::fs::read_to_string(out_dir.join("shili-2024__shili-2023.json")).unwrap();
    assert!(written.starts_with("{\n  \"schema_version\": 1"));
    std::fs::write(dir.join("bad.tsv"), "only-one-column.txt\n").unwrap();
    let out = govdiff(&["batch", "--pairs", dir.join("bad.tsv").to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8(out.stderr)
            .unwrap()
            .contains("line 1: expected two paths separated by a tab")
    );
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
#[cfg_attr(
    not(govdiff_corpus),
    ignore = "reads the corpus: set GOVDIFF_CORPUS to its folder (.ci/run does)"
)]
fn the_whole_corpus_in_one_batch_is_deterministic() {
    let corpus = common::corpus();
    let one = govdiff(&["batch", corpus.to_str().unwrap(), "--jobs", "1"]);
    let two = govdiff(&["batch", corpus.to_str().unwrap(), "--jobs", "2"]);
    assert!(one.status.success(), "{}", String::from_utf8_lossy(&one.stderr));
    assert!(
        one.stdout == two.stdout,
        "output depends on the number of threads"
    );
    let lines = String::from_utf8(one.stdout).unwrap().lines().count();
    assert_eq!(lines, common::corpus_pairs().len());
}
