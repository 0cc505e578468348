//! Bad inputs at the command line, for every subcommand that reads a report: a result or one line.
//!
//! Each case is a file a user could plausibly hand to govdiff. Every subcommand taking files gets
//! it in every file position (`FILE_COMMANDS`); each run must end in a correct result (with a
//! warning when the structure is missing) or in exit code 2 with one line on standard error naming
//! the file and the problem, never a panic. Big inputs are made at run time, never committed.

mod common;

use std::path::Path;
use std::process::Output;

use common::Scratch;

/// A report that works, for the other side of a comparison.
const GOOD: &str = "samples/jiefang-2022.txt";
/// Where the file under test goes in an argument list.
const FILE: &str = "{file}";

/// Every subcommand that reads report files, once per file position. A new subcommand is one line.
const FILE_COMMANDS: &[&[&str]] = &[
    &["outline", FILE],
    &["numbers", FILE],
    &["terms", FILE],
    &[FILE, GOOD], // compare, as the old report
    &[GOOD, FILE], // compare, as the new report
    &["initiatives", FILE, GOOD],
    &["initiatives", GOOD, FILE],
];

/// What a run must do.
#[derive(Debug, Clone, Copy)]
enum Expect<'a> {
    /// Exit 2; standard error is one line, `govdiff: <file>: …`, containing this.
    Error(&'a str),
    /// Exit 0 with output; the warnings (terminal and JSON) include one containing this, if given.
    Result(Option<&'a str>),
}

fn govdiff(args: &[&str]) -> Output {
    common::govdiff_command(args)
        .env("RUST_BACKTRACE", "1")
        .output()
        .expect("run govdiff")
}

/// Runs every file command on `file` (in both formats for results) and checks `expect`.
fn check(case: &str, file: &Path, expect: Expect) {
    let formats: &[&str] = match expect {
        Expect::Error(_) => &["terminal"],
        Expect::Result(_) => &["terminal", "json"],
    };
    check_formats(case, file, expect, formats);
}

fn check_formats(case: &str, file: &Path, expect: Expect, formats: &[&str]) {
    let path = file.to_str().expect("UTF-8 test path");
    for command in FILE_COMMANDS {
        let args: Vec<&str> = command
            .iter()
            .map(|a| if *a == FILE { path } else { a })
            .collect();
        for format in formats {
            let mut args = args.clone();
            args.extend(["--format", format]);
            let out = govdiff(&args);
            let stderr = String::from_utf8_lossy(&out.stderr);
            let stdout = String::from_utf8_lossy(&out.stdout);
            let what = format!("{case}: govdiff {}", args.join(" "));
            assert!(
                !stderr.contains("panicked") && !stderr.contains("backtrace"),
                "{what}: {stderr}"
            );
            match expect {
                Expect::Error(problem) => {
                    assert_eq!(out.status.code(), Some(2), "{what}: {stderr}");
                    assert_eq!(stderr.lines().count(), 1, "{what}: {stderr}");
                    let prefix = format!("govdiff: {path}: ");
                    assert!(stderr.starts_with(&prefix), "{what}: {stderr}");
                    assert!(stderr.contains(problem), "{what}: {stderr}");
                    assert!(stdout.is_empty(), "{what}: {stdout}");
                }
                Expect::Result(warning) => {
                    assert_eq!(out.status.code(), Some(0), "{what}: {stderr}");
                    assert!(stderr.is_empty(), "{what}: {stderr}");
                    if *format == "json" {
                        let v: serde_json::Value = serde_json::from_str(&stdout)
                            .unwrap_or_else(|e| panic!("{what}: invalid JSON: {e}"));
                        assert_eq!(v["schema_version"], 1, "{what}");
                        if let Some(warning) = warning {
                            let warnings = v["warnings"].as_array().expect("warnings");
                            assert!(
                                warnings.iter().any(|w| w.as_str().unwrap().contains(warning)),
                                "{what}: {warnings:?}"
                            );
                        }
                    } else {
                        assert!(!stdout.is_empty(), "{what}");
                        if let Some(warning) = warning {
                            assert!(
                                stdout
                                    .lines()
                                    .any(|l| l.starts_with("warning: ") && l.contains(warning)),
                                "{what}: {stdout}"
                            );
                        }
                    }
                }
            }
        }
    }
}

const NO_PARTS: &str = "no parts found";

#[test]
fn a_missing_file_is_named() {
    check(
        "missing",
        Path::new("no-such-report-2022.txt"),
        Expect::Error("no such file"),
    );
}

#[test]
fn a_directory_is_named() {
    let scratch = Scratch::new("directory");
    let dir = scratch.path("reports");
    std::fs::create_dir(&dir).unwrap();
    check(
        "directory",
        &dir,
        Expect::Error("is a directory, not a report file"),
    );
}

#[cfg(unix)]
#[test]
fn an_unreadable_file_is_named() {
    use std::os::unix::fs::PermissionsExt;
    let scratch = Scratch::new("unreadable");
    let file = scratch.write("locked.txt", std::fs::read(GOOD).unwrap());
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o000)).unwrap();
    if std::fs::File::open(&file).is_ok() {
        // Root (and some sandboxes) read files whatever their mode: nothing to test there.
        eprintln!("skipped the unreadable-file case: file permissions are not enforced for this user");
        return;
    }
    check("unreadable", &file, Expect::Error("permission denied"));
}

#[test]
fn an_empty_file_and_a_report_compared_with_it_are_refused() {
    let scratch = Scratch::new("empty");
    let file = scratch.write("empty.txt", b"");
    check("empty", &file, Expect::Error("the file is empty"));
}

#[test]
fn whitespace_only_is_refused() {
    let scratch = Scratch::new("whitespace");
    let file = scratch.write("blank.txt", " \n\t\r\n\u{3000}\u{3000}\u{a0}\n\u{200b}\n\n    \n");
    check(
        "whitespace",
        &file,
        Expect::Error("the file holds no text, only whitespace"),
    );
}

#[test]
fn binary_files_are_refused_by_kind() {
    let scratch = Scratch::new("binary");
    let mut png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0\0\0\x01\0\x08\x06\0\0\0".to_vec();
    png.extend((0..4000u32).map(|i| (i * 7919 % 251) as u8));
    let png = scratch.write("scan.png", png);
    check(
        "PNG",
        &png,
        Expect::Error("this is not a text file (a PNG image)"),
    );
    let mut elf = b"\x7fELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x02\0\x3e\0\x01\0\0\0".to_vec();
    elf.extend((0..4000u32).map(|i| (i * 104_729 % 256) as u8));
    let elf = scratch.write("govdiff-copy", elf);
    check(
        "ELF",
        &elf,
        Expect::Error("this is not a text file (an ELF executable)"),
    );
    // No signature, just bytes: refused for what they contain.
    let noise: Vec<u8> = (0..8000u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
        .collect();
    let noise = scratch.write("noise.bin", noise);
    check("noise", &noise, Expect::Error("this is not a text file"));
}

#[test]
fn bytes_valid_in_no_supported_encoding_are_refused() {
    // Chinese in UTF-8 broken by bytes that are neither UTF-8 nor GB18030 (0xFF never starts a
    // GB18030 character); no NUL, so not taken for UTF-16 or binary.
    let mut bytes = Vec::new();
    for _ in 0..200 {
        bytes.extend_from_slice("各位代表：全区经济平稳运行。".as_bytes());
        bytes.extend_from_slice(b"\xff\xfe\x80 ");
    }
    let scratch = Scratch::new("undecodable");
    let file = scratch.write("mixed.txt", bytes);
    check(
        "undecodable",
        &file,
        Expect::Error("cannot decode the text as UTF-8, UTF-16 or GB18030"),
    );
}

#[test]
fn utf16_without_a_bom_is_read_in_either_byte_order() {
    let text = std::fs::read_to_string(GOOD).unwrap();
    let scratch = Scratch::new("utf16");
    let le: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
    let be: Vec<u8> = text.encode_utf16().flat_map(u16::to_be_bytes).collect();
    let reference = outline_json(Path::new(GOOD));
    for (name, bytes, encoding) in [("le.txt", le, "UTF-16LE"), ("be.txt", be, "UTF-16BE")] {
        let file = scratch.write(name, bytes);
        check(name, &file, Expect::Result(None));
        let got = outline_json(&file);
        assert_eq!(got["input"]["encoding"], encoding);
        assert_eq!(got["parts"], reference["parts"], "{name}");
    }
    // One line of Chinese has no NUL byte at all to give UTF-16 away.
    let line: String = text.lines().filter(|l| l.chars().count() > 60).take(3).collect();
    let file = scratch.write(
        "one-line.txt",
        line.encode_utf16().flat_map(u16::to_le_bytes).collect::<Vec<_>>(),
    );
    check("UTF-16 one line", &file, Expect::Result(Some(NO_PARTS)));
    assert_eq!(outline_json(&file)["input"]["encoding"], "UTF-16LE");
}

fn outline_json(file: &Path) -> serde_json::Value {
    let out = govdiff(&["outline", file.to_str().unwrap(), "--format", "json"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn a_50_megabyte_file_is_refused_without_reading_it_all() {
    let scratch = Scratch::new("huge");
    let file = scratch.path("huge.txt");
    {
        use std::io::Write;
        let mut w = std::io::BufWriter::new(std::fs::File::create(&file).unwrap());
        let line = "全区经济社会发展取得新成效，地区生产总值完成181.8亿元。\n";
        let mut written = 0;
        while written < 50 * 1024 * 1024 {
            w.write_all(line.as_bytes()).unwrap();
            written += line.len();
        }
    }
    let size = std::fs::metadata(&file).unwrap().len() as f64 / (1024.0 * 1024.0);
    let message = format!("the file is {size:.1} MB, more than the 16 MB a report may be");
    check("50 MB", &file, Expect::Error(&message));
}

#[cfg(target_os = "linux")]
#[test]
fn an_endless_stream_is_cut_off_at_the_limit() {
    // A device or pipe has no size to check up front: reading stops one byte past the limit.
    check(
        "endless stream",
        Path::new("/dev/zero"),
        Expect::Error("the input is more than the 16 MB a report may be"),
    );
}

#[test]
fn a_single_5_megabyte_line_gives_a_result() {
    let scratch = Scratch::new("one-line");
    let text = common::prose(5, 5 * 1024 * 1024, None, true);
    assert!(!text.contains('\n'));
    let file = scratch.write("line.txt", text);
    // One format: a comparison of 5 MB takes seconds in a debug build.
    check_formats("5 MB line", &file, Expect::Result(Some(NO_PARTS)), &["json"]);
}

/// Written for this test: the opening of a short story, nothing like a report.
const NOVEL: &str = "第一章 雨夜

那天夜里的雨下得很急，老周把三轮车停在桥洞底下，点了一支烟。
桥上偶尔有车开过，灯光从雨帘里扫下来，照见他半边脸。他想起女儿早上出门时说的话，说这个月的房租再交不上，房东就要换锁了。
“爸，你别老往夜市跑，身体要紧。”她说这话的时候没有看他，低头系鞋带。
烟烧到一半，他听见有人在喊。声音是从河边传来的，断断续续，像是一个孩子。
老周掐了烟，打着手电往河边走。泥地很滑，他摔了一跤，手电滚进草丛里，光柱直直地照着天。
河边站着一个穿黄雨衣的小男孩，手里攥着一根断了线的风筝轴。
“叔叔，我的风筝飞到对岸去了。”男孩说，“那是我爷爷给我做的。”
老周看了看对岸，黑黢黢的一片，只有一盏路灯亮着。他叹了口气，蹲下来，把男孩的帽子拉好。
“先回家，”他说，“明天天亮了，叔叔陪你去找。”
男孩没有动，只是看着对岸那盏灯，好像风筝就挂在那里。
";

/// Written for this test: an English web page, as a browser saves it.
const ENGLISH_PAGE: &str = "<!DOCTYPE html>
<html><head><title>Riverside Bakery - About us</title>
<style>body { font-family: serif; }</style></head>
<body>
<div class=\"nav\"><a href=\"/\">Home</a> | <a href=\"/menu\">Menu</a> | <a href=\"/contact\">Contact</a></div>
<h1>About Riverside Bakery</h1>
<p>We opened our doors in 1998 with one oven, two bakers and a recipe for rye bread that had been in the family for three generations.</p>
<p>Today we bake more than 40 kinds of bread every morning, from sourdough to sweet buns, and we still start at four o'clock.</p>
<h2>Our principles</h2>
<ul><li>Flour from farms within 100 miles.</li><li>No preservatives, ever.</li><li>Whatever is left at closing time goes to the shelter on Fifth Street.</li></ul>
<p>Questions? Write to us &amp; we will answer within two days.</p>
<script>console.log('analytics');</script>
<div class=\"footer\">&copy; 2024 Riverside Bakery. All rights reserved.</div>
</body></html>
";

#[test]
fn chinese_texts_that_are_not_reports_give_a_result_with_a_warning() {
    let scratch = Scratch::new("not-reports");
    let novel = scratch.write("novel.txt", NOVEL);
    check("novel chapter", &novel, Expect::Result(Some(NO_PARTS)));
    check(
        "novel chapter",
        &novel,
        Expect::Result(Some("does not read as a government work report")),
    );
}

#[test]
fn texts_with_almost_no_chinese_are_refused() {
    let scratch = Scratch::new("not-chinese");
    let page = scratch.write("about.html", ENGLISH_PAGE);
    check("English page", &page, Expect::Error("almost no Chinese text"));
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR")).join("Cargo.toml");
    check("Cargo.toml", &manifest, Expect::Error("almost no Chinese text"));
}

/// Written for this test: a short report of a made-up county in another year, sharing no text
/// with the sample report but the form every report has.
const UNRELATED_REPORT: &str = "2019年青川县政府工作报告
——2019年1月10日在青川县第十七届人民代表大会第三次会议上
县长 李明
各位代表：
现在，我代表县人民政府，向大会报告工作，请予审议。
一、2018年工作回顾
过去一年，全县茶叶种植面积扩大到28万亩，山区公路通车里程新增120公里。
（一）农业基础更加稳固。新建高标准农田3.2万亩，粮食总产量稳定在9.6万吨。
（二）旅游产业加快成长。唐家河景区接待游客突破150万人次，旅游综合收入增长18%。
二、2019年主要任务
（一）做强特色产业。推进茶叶加工园区建设，培育两个区域公用品牌。
（二）补齐民生短板。改造农村危房800户，新建乡镇卫生院3所。
各位代表，让我们携手并进，为建设生态美丽青川而努力奋斗！
";

#[test]
fn two_unrelated_reports_compare_with_every_part_accounted_for() {
    let scratch = Scratch::new("unrelated");
    let other = scratch.write("qingchuan-2019.txt", UNRELATED_REPORT);
    check("unrelated report", &other, Expect::Result(None));
    let out = govdiff(&[GOOD, other.to_str().unwrap(), "--format", "json"]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let similarity = v["summary"]["similarity"].as_f64().unwrap();
    assert!(similarity < 0.2, "unrelated reports read as {similarity} similar");
    // Both reports' parts show up: paired, added or removed, none dropped silently.
    let sections = v["sections"].as_array().unwrap();
    for (side, parts) in [("old", 4), ("new", 2)] {
        let seen = sections
            .iter()
            .filter(|s| s["level"] == "part" && s[side]["path"].as_str().is_some_and(|p| p.len() <= 3))
            .count();
        assert_eq!(seen, parts, "{side} parts in {sections:#?}");
    }
}
