//! `govdiff initiatives` and `govdiff terms` end to end on the samples: views, JSON, colour and errors.

mod common;

use common::{check_output_option, govdiff, stdout};
use std::fmt::Write as _;

const OLD: &str = "samples/jiefang-2021.constructed.txt";
const NEW: &str = "samples/jiefang-2022.txt";

#[test]
fn initiatives_of_the_sample_pair_in_the_terminal() {
    let out = stdout(&govdiff(&["initiatives", OLD, NEW, "--color", "never"]));
    common::snapshots().bind(|| insta::assert_snapshot!("initiatives_terminal__jiefang", out));
}

#[test]
fn top_cuts_every_list() {
    let out = stdout(&govdiff(&[
        "initiatives",
        OLD,
        NEW,
        "--color",
        "never",
        "--top",
        "3",
    ]));
    let listed = out.lines().filter(|l| l.starts_with("  + ")).count();
    assert_eq!(
        listed, 6,
        "three added initiatives and three new wordings:\n{out}"
    );
    assert!(out.contains("  … and 89 more"), "{out}");
}

/// One line per listed item, with the fields a reader checks, so the snapshot can be read whole;
/// the JSON itself is checked for its fields and for being the same bytes on every run.
fn digest(json: &serde_json::Value) -> String {
    let mut out = String::new();
    let s = |v: &serde_json::Value| v.as_str().unwrap_or("?").to_string();
    for list in ["added", "dropped"] {
        for t in json["initiatives"][list].as_array().unwrap() {
            writeln!(
                out,
                "{list}\t{}\t×{}\t{}\t{}{}",
                s(&t["term"]),
                t["count"],
                s(&t["path"]),
                s(&t["kind"]),
                if t.get("glossary").is_some() {
                    "\texplained"
                } else {
                    ""
                }
            )
            .unwrap();
        }
    }
    for k in json["initiatives"]["kept"].as_array().unwrap() {
        writeln!(
            out,
            "kept\t{} ×{} → {} ×{}\t{}",
            s(&k["old"]["term"]),
            k["old"]["count"],
            s(&k["term"]),
            k["count"],
            s(&k["match"])
        )
        .unwrap();
    }
    for list in ["added", "dropped"] {
        for p in json["phrases"][list].as_array().unwrap().iter().take(15) {
            writeln!(
                out,
                "phrase {list}\t{}\t×{}\t{}",
                s(&p["phrase"]),
                p["count"],
                s(&p["path"])
            )
            .unwrap();
        }
    }
    for w in json["phrases"]["words"].as_array().unwrap().iter().take(15) {
        writeln!(out, "word\t{}\t{}\t{}", s(&w["word"]), w["new"], w["old"]).unwrap();
    }
    out
}

#[test]
fn initiatives_of_the_sample_pair_as_json() {
    let out = stdout(&govdiff(&["initiatives", OLD, NEW, "--format", "json"]));
    assert_eq!(
        out,
        stdout(&govdiff(&["initiatives", OLD, NEW, "--format", "json"])),
        "same input, same bytes"
    );
    let json: serde_json::Value = serde_json::from_str(&out).expect("valid JSON");
    assert_eq!(json["schema_version"], 1);
    assert_eq!(json["old"]["year"], 2021);
    assert_eq!(json["new"]["government"], "焦作市解放区");
    for list in ["added", "dropped", "kept"] {
        for item in json["initiatives"][list].as_array().unwrap() {
            for field in ["term", "count", "path", "quote", "key", "kind", "paths", "span"] {
                assert!(item.get(field).is_some(), "{list} item without {field}: {item}");
            }
        }
    }
    for k in json["initiatives"]["kept"].as_array().unwrap() {
        assert!(k["old"]["count"].as_u64().unwrap() > 0 && k["count"].as_u64().unwrap() > 0);
        assert!(["same", "number", "core", "reworded"].contains(&k["match"].as_str().unwrap()));
    }
    common::snapshots().bind(|| insta::assert_snapshot!("initiatives_json__jiefang", digest(&json)));
}

#[test]
fn terms_of_the_seed_report() {
    let out = stdout(&govdiff(&["terms", NEW, "--color", "never"]));
    common::snapshots().bind(|| insta::assert_snapshot!("terms_terminal__jiefang-2022", out));
    let json: serde_json::Value =
        serde_json::from_str(&stdout(&govdiff(&["terms", NEW, "--format", "json"]))).unwrap();
    let glossary: Vec<&serde_json::Value> = json["candidates"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["kind"] == "glossary")
        .collect();
    assert_eq!(glossary.len(), 15);
    assert!(glossary.iter().all(|c| c["glossary"].is_string()));
}

#[test]
fn colour_only_on_the_terminal_when_asked() {
    let piped = stdout(&govdiff(&["initiatives", OLD, NEW]));
    assert!(!piped.contains('\u{1b}'));
    let forced = stdout(&govdiff(&["initiatives", OLD, NEW, "--color", "always"]));
    assert!(forced.contains("\u{1b}["));
    let json = stdout(&govdiff(&["terms", NEW, "--format", "json", "--color", "always"]));
    assert!(!json.contains('\u{1b}'), "JSON is never coloured");
}

#[test]
fn a_user_dictionary_is_used_and_a_bad_one_is_an_error() {
    let dir = std::env::temp_dir().join(format!("govdiff-cli-initiatives-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let bad = dir.join("bad.dict");
    std::fs::write(&bad, "三室经济 not-a-number\n").unwrap();
    let out = govdiff(&["terms", NEW, "--dict", bad.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(
        stderr.starts_with("govdiff: ") && stderr.contains("bad.dict"),
        "{stderr}"
    );
    let good = dir.join("good.dict");
    std::fs::write(&good, "添翼计划 50000 n\n").unwrap();
    assert!(
        govdiff(&["terms", NEW, "--dict", good.to_str().unwrap()])
            .status
            .success()
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn errors_name_the_file_and_exit_2() {
    let out = govdiff(&["initiatives", OLD, "no-such-report.txt"]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(stderr, "govdiff: no-such-report.txt: no such file\n");
    assert!(out.stdout.is_empty());
    let out = govdiff(&["terms", "samples"]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn output_file_option_writes_there() {
    check_output_option(&["initiatives", OLD, NEW]);
}
