//! `govdiff numbers` end to end: the sample report's figures in both formats, and errors as a user meets them.

mod common;

use common::{check_colour_conventions, check_output_option, govdiff, stdout};

#[test]
fn numbers_of_the_sample_in_the_terminal() {
    let out = stdout(&govdiff(&[
        "numbers",
        "samples/jiefang-2022.txt",
        "--color",
        "never",
    ]));
    common::snapshots().bind(|| insta::assert_snapshot!("numbers_terminal__jiefang-2022_txt", out));
}

#[test]
fn numbers_of_the_sample_as_json() {
    let out = stdout(&govdiff(&[
        "numbers",
        "samples/jiefang-2022.txt",
        "--format",
        "json",
    ]));
    let value: serde_json::Value = serde_json::from_str(&out).expect("valid JSON");
    assert_eq!(value["schema_version"], 1);
    let figures = value["figures"].as_array().unwrap();
    assert!(
        figures
            .iter()
            .all(|f| f["raw"].is_string() && f["value"].is_number() && f["path"].is_string())
    );
    // The targets paragraph, as the report writes it.
    let targets: Vec<(&str, &str)> = figures
        .iter()
        .filter(|f| f["path"] == "三/p2")
        .map(|f| (f["indicator"].as_str().unwrap(), f["raw"].as_str().unwrap()))
        .collect();
    assert_eq!(
        targets,
        [
            ("地区生产总值", "8%左右"),
            ("规模以上工业增加值", "8.5%以上"),
            ("固定资产投资", "10%以上"),
            ("社会消费品零售总额", "8.5%"),
            ("一般公共预算收入", "5%以上")
        ]
    );
    common::snapshots().bind(|| insta::assert_snapshot!("numbers_json__jiefang-2022_txt", out));
}

#[test]
fn ranges_in_the_json_point_at_the_figure_in_the_input_file() {
    let out = stdout(&govdiff(&[
        "numbers",
        "samples/jiefang-2022.txt",
        "--format",
        "json",
    ]));
    let value: serde_json::Value = serde_json::from_str(&out).unwrap();
    let input: Vec<char> =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/samples/jiefang-2022.txt"))
            .unwrap()
            .chars()
            .collect();
    for f in value["figures"].as_array().unwrap() {
        let [start, end] = [
            f["range"][0].as_u64().unwrap() as usize,
            f["range"][1].as_u64().unwrap() as usize,
        ];
        let text: String = input[start..end].iter().collect();
        assert_eq!(text, f["raw"].as_str().unwrap());
    }
}

#[test]
fn colour_is_off_when_piped_and_on_when_asked() {
    check_colour_conventions(&["numbers", "samples/jiefang-2022.txt"]);
}

#[test]
fn errors_are_one_line_naming_the_file_with_exit_code_2() {
    let dir = std::env::temp_dir().join(format!("govdiff-numbers-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let empty = dir.join("empty.txt");
    std::fs::write(&empty, b"").unwrap();
    for (path, message) in [
        (
            "no-such-report.txt".to_string(),
            "govdiff: no-such-report.txt: no such file",
        ),
        (empty.display().to_string(), "the file is empty"),
    ] {
        let out = govdiff(&["numbers", &path]);
        assert_eq!(out.status.code(), Some(2), "{path}");
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert_eq!(stderr.lines().count(), 1, "{stderr}");
        assert!(stderr.contains(message), "{stderr}");
        assert!(out.stdout.is_empty());
    }
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_report_without_figures_says_so() {
    let dir = std::env::temp_dir().join(format!("govdiff-numbers-none-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("r.txt");
    std::fs::write(
        &file,
        "各位代表：\n一、回顾\n我们做了很多工作。\n二、任务\n今年要抓好项目建设。\n",
    )
    .unwrap();
    let out = stdout(&govdiff(&["numbers", file.to_str().unwrap()]));
    assert!(out.contains("0 figures"), "{out}");
    assert!(out.contains("no figures found"), "{out}");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn output_file_option_writes_there() {
    check_output_option(&["numbers", "samples/jiefang-2022.txt"]);
}

#[test]
fn hostile_text_is_neutralised_in_the_terminal() {
    let dir = std::env::temp_dir().join(format!("govdiff-numbers-esc-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("r.txt");
    std::fs::write(
        &file,
        "各位代表：\n一、2021年工作回顾\n红\u{1b}[31m旗项目完成投资5亿元。\n二、2022年重点工作\n今年要抓好项目建设。\n",
    )
    .unwrap();
    let out = stdout(&govdiff(&["numbers", file.to_str().unwrap(), "--color", "never"]));
    assert!(out.contains("5亿元"), "{out}");
    assert!(!out.contains('\u{1b}'), "{out}");
    std::fs::remove_dir_all(&dir).unwrap();
}
