//! `govdiff outline` end to end: every sample in both formats, and errors as a user meets them.

mod common;

use common::{check_colour_conventions, check_output_option, govdiff, stdout};
use std::path::Path;

const SAMPLES: &[&str] = &[
    "samples/jiefang-2022.txt",
    "samples/jiefang-2021.constructed.txt",
    "samples/cases/gbk-crlf.txt",
    "samples/cases/utf16-bom.txt",
    "samples/cases/one-line.txt",
    "samples/cases/literal-crlf.txt",
    "samples/cases/page.html",
    "samples/cases/unnumbered-zwsp.txt",
];

fn snapshot_name(sample: &str, format: &str) -> String {
    let stem = Path::new(sample)
        .file_name()
        .unwrap()
        .to_string_lossy()
        .replace('.', "_");
    format!("outline_{format}__{stem}")
}

#[test]
fn outline_of_every_sample_in_the_terminal() {
    for sample in SAMPLES {
        let out = stdout(&govdiff(&["outline", sample, "--color", "never"]));
        common::snapshots().bind(|| insta::assert_snapshot!(snapshot_name(sample, "terminal"), out));
    }
}

#[test]
fn outline_of_every_sample_as_json() {
    for sample in SAMPLES {
        let out = stdout(&govdiff(&["outline", sample, "--format", "json"]));
        let value: serde_json::Value = serde_json::from_str(&out).expect("valid JSON");
        assert_eq!(value["schema_version"], 1);
        common::snapshots().bind(|| insta::assert_snapshot!(snapshot_name(sample, "json"), out));
    }
}

#[test]
fn the_same_report_in_any_encoding_or_line_ending_outlines_the_same() {
    let strip = |json: String| {
        let mut v: serde_json::Value = serde_json::from_str(&json).unwrap();
        // Where the text came from legitimately differs; what was found in it must not.
        for key in ["path", "input", "cut"] {
            v.as_object_mut().unwrap().remove(key);
        }
        for part in v["parts"].as_array_mut().unwrap() {
            strip_spans(part);
        }
        for key in ["front", "glossary", "annex"] {
            for node in v[key].as_array_mut().unwrap() {
                strip_spans(node);
            }
        }
        v
    };
    let reference = strip(stdout(&govdiff(&[
        "outline",
        "samples/cases/utf16-bom.txt",
        "--format",
        "json",
    ])));
    for variant in [
        "samples/cases/gbk-crlf.txt",
        "samples/cases/literal-crlf.txt",
        "samples/cases/page.html",
    ] {
        let got = strip(stdout(&govdiff(&["outline", variant, "--format", "json"])));
        assert_eq!(got, reference, "{variant}");
    }
}

/// Spans count characters of each input file, which differ with CRLF and tags; drop them.
fn strip_spans(node: &mut serde_json::Value) {
    if let Some(obj) = node.as_object_mut() {
        obj.remove("span");
        for (_, child) in obj.iter_mut() {
            if let Some(items) = child.as_array_mut() {
                items.iter_mut().for_each(strip_spans);
            }
        }
    }
}

#[test]
fn colour_is_off_when_piped_and_on_when_asked() {
    check_colour_conventions(&["outline", "samples/jiefang-2022.txt"]);
}

#[test]
fn errors_are_one_line_naming_the_file_with_exit_code_2() {
    let dir = std::env::temp_dir().join(format!("govdiff-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let empty = dir.join("empty.txt");
    std::fs::write(&empty, b"").unwrap();
    let png = dir.join("image.txt");
    std::fs::write(&png, b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0").unwrap();
    let cases = [
        (
            "no-such-report.txt".to_string(),
            "govdiff: no-such-report.txt: no such file",
        ),
        (dir.display().to_string(), "is a directory, not a report file"),
        (empty.display().to_string(), "the file is empty"),
        (png.display().to_string(), "this is not a text file (a PNG image)"),
    ];
    for (path, message) in &cases {
        let out = govdiff(&["outline", path]);
        assert_eq!(out.status.code(), Some(2), "{path}");
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert_eq!(stderr.lines().count(), 1, "{stderr}");
        assert!(stderr.starts_with("govdiff: "), "{stderr}");
        assert!(stderr.contains(message), "{stderr}");
        assert!(out.stdout.is_empty());
    }
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn output_file_option_writes_there() {
    check_output_option(&["outline", "samples/jiefang-2022.txt"]);
}
