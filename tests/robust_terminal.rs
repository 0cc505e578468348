//! Hostile input end to end: escape sequences, control and bidi characters never reach a terminal.
//!
//! The sample report is laced with CSI and OSC sequences (clear screen, recolour, retitle, a
//! hyperlink), C1 controls, backspaces, bidi overrides and isolates, invisible tag characters, and
//! read by every subcommand in every output mode. The only escape sequences allowed out are
//! govdiff's own colours (`ESC [ … m`), and only when colour is on; JSON escapes the rest.

mod common;

use std::process::Output;

use common::Scratch;
use govdiff::render::unsafe_for_terminal;

const GOOD: &str = "samples/jiefang-2022.txt";

/// What gets injected, one per non-empty line, round robin.
const INJECTIONS: &[&str] = &[
    "\u{1b}]0;pwned\u{7}",
    "\u{1b}[2J\u{1b}[31m",
    "\u{202e}倒序\u{202c}",
    "\u{9b}31m",
    "\u{8}\u{8}\u{7f}",
    "\u{2067}隔离\u{2069}\u{61c}",
    "\u{e0041}\u{e0042}",
    "\u{1b}]8;;http://example.invalid\u{1b}\\链接\u{1b}]8;;\u{1b}\\",
    "\u{fff9}注\u{fffa}\u{fffb}",
    "\u{200f}\u{200e}\u{2028}",
];

/// The sample report with an injection in the middle of every line.
fn hostile_report() -> String {
    let text = std::fs::read_to_string(GOOD).unwrap();
    let mut k = 0;
    text.split('\n')
        .map(|line| {
            if line.trim().is_empty() {
                return line.to_string();
            }
            let mid = line
                .char_indices()
                .nth(line.chars().count() / 2)
                .map_or(0, |(i, _)| i);
            k += 1;
            format!(
                "{}{}{}",
                &line[..mid],
                INJECTIONS[k % INJECTIONS.len()],
                &line[mid..]
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn govdiff(args: &[&str]) -> Output {
    common::govdiff_command(args)
        .env_remove("TERM")
        .output()
        .expect("run govdiff")
}

/// The first character of `text` a terminal would act on, other than govdiff's SGR colours.
fn first_unsafe(text: &str) -> Option<String> {
    let mut rest = text;
    while let Some(at) = rest.find(|c: char| unsafe_for_terminal(c)) {
        let tail = &rest[at..];
        let sgr = tail.strip_prefix("\u{1b}[").and_then(|t| {
            let params = t.len()
                - t.trim_start_matches(|c: char| c.is_ascii_digit() || c == ';')
                    .len();
            t[params..].starts_with('m').then_some(2 + params + 1)
        });
        match sgr {
            Some(len) => rest = &tail[len..],
            None => return Some(tail.chars().take(12).collect()),
        }
    }
    None
}

/// The runs to check for a report file: every subcommand and file position, every colour mode.
fn runs(file: &str) -> Vec<Vec<String>> {
    let commands: [&[&str]; 7] = [
        &["outline", file],
        &["numbers", file],
        &["terms", file],
        &[GOOD, file],
        &[file, GOOD],
        &["initiatives", GOOD, file],
        &["initiatives", file, GOOD],
    ];
    let mut runs = Vec::new();
    for command in commands {
        for mode in [
            &["--color", "never"][..],
            &["--color", "always"],
            &["--color", "auto"],
            &["--format", "json"],
            &["--format", "json", "--color", "always"],
        ] {
            runs.push(command.iter().chain(mode).map(|s| s.to_string()).collect());
        }
    }
    runs
}

#[test]
fn hostile_text_is_harmless_in_every_output_of_every_subcommand() {
    let scratch = Scratch::new("hostile");
    let hostile = hostile_report();
    assert!(hostile.contains('\u{1b}') && hostile.contains('\u{202e}'));
    let file = scratch.write("hostile.txt", &hostile);
    let file = file.to_str().unwrap();
    for args in runs(file) {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let out = govdiff(&args);
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let stdout = String::from_utf8(out.stdout).unwrap();
        assert_eq!(first_unsafe(&stdout), None, "{args:?}");
        let colour = args.contains(&"always") && !args.contains(&"json");
        assert_eq!(
            stdout.contains('\u{1b}'),
            colour,
            "{args:?}: colour only when asked"
        );
        if args.contains(&"json") {
            serde_json::from_str::<serde_json::Value>(&stdout).expect("valid JSON");
        }
    }
}

#[test]
fn the_words_around_hostile_characters_survive() {
    let scratch = Scratch::new("hostile-words");
    let file = scratch.write("hostile.txt", hostile_report());
    let out = govdiff(&["outline", file.to_str().unwrap(), "--format", "json"]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let text: String = v["parts"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|p| {
            p["intro"]
                .as_array()
                .unwrap()
                .iter()
                .chain(p["sections"].as_array().unwrap())
        })
        .map(|n| n.to_string())
        .collect();
    for word in ["倒序", "隔离", "链接", "注", "pwned"] {
        assert!(text.contains(word), "{word} lost");
    }
    // The controls themselves are gone from the text compared (counted as invisible fixes).
    assert!(v["input"]["fixes"]["invisible"].as_u64().unwrap() > 100);
}

#[test]
fn a_hostile_file_name_is_escaped_in_messages_and_output() {
    let scratch = Scratch::new("hostile-name");
    let name = "\u{1b}[31mred\u{202e}txt.\u{9b}2J";
    let file = scratch.write(name, std::fs::read(GOOD).unwrap());
    let file = file.to_str().unwrap();
    for args in [
        vec!["outline", file],
        vec!["outline", file, "--color", "always"],
        vec![GOOD, file],
        vec![file, GOOD, "--color", "always"],
    ] {
        let out = govdiff(&args);
        let stdout = String::from_utf8(out.stdout).unwrap();
        assert_eq!(first_unsafe(&stdout), None, "{args:?}");
    }
    let out = govdiff(&["outline", file]);
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(
        stdout.contains("\\u{1b}[31mred\\u{202e}txt.\\u{9b}2J"),
        "{stdout}"
    );
    // JSON keeps the exact name, escaped.
    let out = govdiff(&[GOOD, file, "--format", "json"]);
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert_eq!(first_unsafe(&stdout), None);
    let v: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(v["new"]["path"].as_str().unwrap(), file);
    // An error about such a file is still one harmless line.
    let missing = format!("{file}\nsecond line.txt");
    let out = govdiff(&["outline", &missing]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert_eq!(first_unsafe(&stderr), None, "{stderr}");
    assert!(stderr.ends_with("\\nsecond line.txt: no such file\n"), "{stderr}");
}

#[test]
fn json_of_hostile_input_is_byte_identical_across_runs() {
    let scratch = Scratch::new("hostile-json");
    let file = scratch.write("hostile.txt", hostile_report());
    let file = file.to_str().unwrap();
    for args in [
        vec!["outline", file, "--format", "json"],
        vec![GOOD, file, "--format", "json"],
    ] {
        let first = govdiff(&args).stdout;
        let second = govdiff(&args).stdout;
        assert!(!first.is_empty() && first == second, "{args:?}");
    }
}
