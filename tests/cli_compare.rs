//! `govdiff OLD NEW` end to end: the demo pair in both formats, exit codes, colour, pipes, errors.

mod common;

use std::io::Read;
use std::process::{Command, Output, Stdio};

use common::stdout;

const OLD: &str = "samples/jiefang-2021.constructed.txt";
const NEW: &str = "samples/jiefang-2022.txt";

fn govdiff_with(args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut cmd = common::govdiff_command(args);
    cmd.env_remove("TERM");
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.output().expect("run govdiff")
}

fn govdiff(args: &[&str]) -> Output {
    govdiff_with(args, &[])
}

#[test]
fn the_demo_pair_in_the_terminal_without_colour() {
    let out = stdout(&govdiff(&[OLD, NEW, "--color", "never"]));
    common::snapshots().bind(|| insta::assert_snapshot!("compare_terminal__jiefang_2021_2022", out));
}

#[test]
fn the_demo_pair_as_json() {
    let out = stdout(&govdiff(&[OLD, NEW, "--format", "json"]));
    let v: serde_json::Value = serde_json::from_str(&out).expect("valid JSON");
    assert_eq!(v["schema_version"], 1);
    common::snapshots().bind(|| insta::assert_snapshot!("compare_json__jiefang_2021_2022", out));
}

#[test]
fn json_is_byte_identical_across_runs() {
    let first = stdout(&govdiff(&[OLD, NEW, "--format", "json"]));
    let second = stdout(&govdiff(&[OLD, NEW, "--format", "json"]));
    assert!(first == second);
}

#[test]
fn exit_code_says_whether_the_reports_differ() {
    assert_eq!(govdiff(&[OLD, NEW]).status.code(), Some(0));
    assert_eq!(govdiff(&[OLD, NEW, "--exit-code"]).status.code(), Some(1));
    assert_eq!(govdiff(&[NEW, NEW, "--exit-code"]).status.code(), Some(0));
    // The same report saved another way is the same report.
    assert_eq!(
        govdiff(&[
            "samples/cases/gbk-crlf.txt",
            "samples/cases/page.html",
            "--exit-code"
        ])
        .status
        .code(),
        Some(0)
    );
}

#[test]
fn colour_follows_the_conventions() {
    let never = stdout(&govdiff(&[OLD, NEW]));
    assert!(!never.contains('\u{1b}'), "piped output is plain");
    let always = stdout(&govdiff(&[OLD, NEW, "--color", "always"]));
    assert!(always.contains("\u{1b}[") && !always.contains("[-") && !always.contains("{+"));
    for env in [("NO_COLOR", "1"), ("TERM", "dumb")] {
        let out = stdout(&govdiff_with(&[OLD, NEW, "--color", "auto"], &[env]));
        assert!(!out.contains('\u{1b}'), "{env:?}");
    }
    let json = stdout(&govdiff(&[OLD, NEW, "--format", "json", "--color", "always"]));
    assert!(!json.contains('\u{1b}'));
}

#[test]
fn context_option_controls_how_much_unchanged_text_is_shown() {
    let short = stdout(&govdiff(&[OLD, NEW, "--context", "4"]));
    let long = stdout(&govdiff(&[OLD, NEW, "--context", "80"]));
    assert!(short.len() < long.len());
}

#[test]
fn narrow_terminals_wrap_within_their_width() {
    let out = stdout(&govdiff_with(&[OLD, NEW], &[("COLUMNS", "40")]));
    for line in out.lines().filter(|l| l.starts_with("   ")) {
        assert!(govdiff::render::width(line) <= 40, "{line}");
    }
}

#[test]
fn a_closed_pipe_ends_quietly() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_govdiff"))
        .args([OLD, NEW, "--format", "json"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = [0u8; 10];
    child.stdout.as_mut().unwrap().read_exact(&mut first).unwrap();
    drop(child.stdout.take());
    let status = child.wait().unwrap();
    let mut stderr = String::new();
    child.stderr.take().unwrap().read_to_string(&mut stderr).unwrap();
    assert!(status.success(), "{status:?}");
    assert_eq!(stderr, "");
}

#[test]
fn errors_name_the_file_on_one_line_with_exit_code_2() {
    let out = govdiff(&[OLD, "missing-2022.txt"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        String::from_utf8(out.stderr).unwrap(),
        "govdiff: missing-2022.txt: no such file\n"
    );
    let out = govdiff(&[OLD]);
    assert_eq!(out.status.code(), Some(2), "a missing argument is a usage error");
    let out = govdiff(&[OLD, NEW, "--dict", "no-such.dict"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8(out.stderr)
            .unwrap()
            .starts_with("govdiff: no-such.dict: no such file")
    );
}

#[test]
fn a_user_dictionary_changes_the_words() {
    let dir = std::env::temp_dir().join(format!("govdiff-dict-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let dict = dir.join("user.dict");
    std::fs::write(&dict, "做引领 90000 n\n").unwrap();
    let out = stdout(&govdiff(&[
        OLD,
        NEW,
        "--format",
        "json",
        "--dict",
        dict.to_str().unwrap(),
    ]));
    assert!(out.contains("\"schema_version\": 1"));
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn output_file_option_writes_there() {
    let path = std::env::temp_dir().join(format!("govdiff-compare-{}.json", std::process::id()));
    let out = govdiff(&[OLD, NEW, "--format", "json", "-o", path.to_str().unwrap()]);
    assert!(out.status.success() && out.stdout.is_empty());
    assert!(std::fs::read_to_string(&path).unwrap().contains("\"sections\""));
    std::fs::remove_file(path).unwrap();
}

#[test]
fn reports_given_in_the_wrong_order_are_warned_about_first() {
    let out = stdout(&govdiff(&[NEW, OLD, "--color", "never"]));
    let warning = out
        .lines()
        .position(|l| l.starts_with("warning: the old report is of 2022 and the new one of 2021"));
    assert!(warning.is_some_and(|line| line < 5), "{out}");
    let right_order = stdout(&govdiff(&[OLD, NEW, "--color", "never"]));
    assert!(
        !right_order.contains("give the earlier report first"),
        "{right_order}"
    );
}

#[test]
fn a_report_in_traditional_characters_compares_with_one_in_simplified() {
    let dir = std::env::temp_dir().join(format!("govdiff-trad-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let old = dir.join("old-2024.txt");
    let new = dir.join("new-2025.txt");
    std::fs::write(
        &old,
        "2024年政府工作報告\n各位代表：\n一、過去一年工作回顧\n全年地區生產總值增長5.2%。\n\
         二、今年主要預期目標\n地區生產總值增長5%左右。加快發展新質生產力。\n",
    )
    .unwrap();
    std::fs::write(
        &new,
        "2025年政府工作报告\n各位代表：\n一、过去一年工作回顾\n全年地区生产总值增长5.0%。\n\
         二、今年主要预期目标\n地区生产总值增长5.5%左右。加快发展新质生产力。\n",
    )
    .unwrap();
    let (old, new) = (old.to_str().unwrap(), new.to_str().unwrap());
    let out = stdout(&govdiff(&[old, new, "--color", "never"]));
    // The title is found on its folded form and printed as written; every part is paired.
    assert!(
        out.starts_with("2024年政府工作報告 (2024) → 2025年政府工作报告 (2025)"),
        "{out}"
    );
    assert!(out.contains("parts: 3 matched\n"), "{out}");
    // Script alone is a difference in the text as written, shown as such.
    assert!(out.contains("[-回顧-]{+回顾+}"), "{out}");
    // The figures match across scripts, each quote as its report writes it.
    let json = stdout(&govdiff(&[old, new, "--format", "json"]));
    let json: serde_json::Value = serde_json::from_str(&json).unwrap();
    let numbers = json["numbers"].as_array().unwrap();
    let target = numbers.iter().find(|c| c["role"] == "target").unwrap();
    assert_eq!(target["indicator"], "地区生产总值", "{numbers:?}");
    assert_eq!(target["old"]["quote"], "地區生產總值增長5%左右。");
    assert_eq!(target["new"]["quote"], "地区生产总值增长5.5%左右。");
    assert_eq!(target["change"], "increased");
    std::fs::remove_dir_all(dir).unwrap();
}
