//! Helpers shared by the integration tests: the corpus folder and snapshot settings.

#![allow(dead_code)]

use std::path::PathBuf;

/// The corpus folder named by `GOVDIFF_CORPUS`; corpus tests are compiled as ignored without it.
pub fn corpus() -> PathBuf {
    let dir = std::env::var_os("GOVDIFF_CORPUS").expect("GOVDIFF_CORPUS is not set");
    let dir = PathBuf::from(dir);
    assert!(
        dir.join("MANIFEST.tsv").is_file(),
        "GOVDIFF_CORPUS={} holds no MANIFEST.tsv: is it the corpus folder?",
        dir.display()
    );
    dir
}

/// Every report file of the corpus (`*.txt`), sorted by name.
pub fn corpus_files() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(corpus())
        .expect("read corpus folder")
        .map(|e| e.expect("corpus entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    files
}

pub fn file_name(path: &std::path::Path) -> String {
    path.file_name().unwrap().to_string_lossy().into_owned()
}

/// Snapshots live in `snapshots/` at the top of the repository, named by test.
pub fn snapshots() -> insta::Settings {
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path(concat!(env!("CARGO_MANIFEST_DIR"), "/snapshots"));
    settings.set_prepend_module_to_snapshot(false);
    settings
}
