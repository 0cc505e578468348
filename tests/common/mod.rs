//! Helpers shared by the integration tests: the corpus folder and snapshot settings.

#![allow(dead_code)]

use std::path::PathBuf;
use std::process::{Command, Output};

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

/// Checks the comparison's promises: each pair's diff rebuilds exactly the text it covers on
/// both sides, as written, and the pairs together cover each report's text exactly once (line breaks between
/// pieces aside). Returns a description of the first broken promise.
pub fn check_invariants(
    old: &govdiff::Report,
    new: &govdiff::Report,
    c: &govdiff::compare::Comparison,
) -> Result<(), String> {
    use govdiff::compare::Op;
    for (k, s) in c.sections.iter().enumerate() {
        let join = |report: &govdiff::Report, pieces: &[std::ops::Range<usize>]| {
            pieces
                .iter()
                .map(|p| &report.source.written()[p.clone()])
                .collect::<Vec<_>>()
                .join("\n")
        };
        let old_side: String = s
            .changes
            .iter()
            .filter(|c| c.op != Op::Insert)
            .map(|c| c.text.as_str())
            .collect();
        let new_side: String = s
            .changes
            .iter()
            .filter(|c| c.op != Op::Delete)
            .map(|c| c.text.as_str())
            .collect();
        if old_side != join(old, &s.old_pieces) {
            return Err(format!(
                "entry {k} ({:?}): equal+delete does not rebuild the old side",
                s.old
            ));
        }
        if new_side != join(new, &s.new_pieces) {
            return Err(format!(
                "entry {k} ({:?}): equal+insert does not rebuild the new side",
                s.new
            ));
        }
    }
    for (name, report, pieces) in [
        (
            "old",
            old,
            c.sections
                .iter()
                .flat_map(|s| s.old_pieces.iter())
                .collect::<Vec<_>>(),
        ),
        (
            "new",
            new,
            c.sections
                .iter()
                .flat_map(|s| s.new_pieces.iter())
                .collect::<Vec<_>>(),
        ),
    ] {
        let text = report.source.text();
        let mut covered = vec![0u8; text.len()];
        for p in pieces {
            for b in p.clone() {
                covered[b] += 1;
            }
        }
        for (b, &n) in covered.iter().enumerate() {
            let newline = text.as_bytes()[b] == b'\n';
            // A line break is covered when it sits inside a piece (a glossary entry on two lines).
            if n > 1 || (n == 0 && !newline) {
                let at = text.floor_char_boundary(b);
                let around: String = text[at..].chars().take(20).collect();
                return Err(format!("{name} report: byte {b} covered {n} times: {around:?}"));
            }
        }
    }
    Ok(())
}

/// Consecutive-year pairs of one government in the corpus, as `govdiff batch` makes them.
pub fn corpus_pairs() -> Vec<(PathBuf, PathBuf)> {
    govdiff::batch::pairs_in(&corpus())
        .expect("read corpus folder")
        .into_iter()
        .map(|job| (job.old, job.new))
        .collect()
}

/// A folder of one test's input files, removed when the test ends.
pub struct Scratch(PathBuf);

impl Scratch {
    pub fn new(test: &str) -> Scratch {
        let dir = std::env::temp_dir().join(format!("govdiff-{test}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("create scratch folder");
        Scratch(dir)
    }

    pub fn path(&self, file: &str) -> PathBuf {
        self.0.join(file)
    }

    pub fn write(&self, file: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
        let path = self.path(file);
        std::fs::write(&path, bytes).expect("write scratch file");
        path
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        // A file left unreadable by a test must not stop the clean-up.
        #[cfg(unix)]
        if let Ok(entries) = std::fs::read_dir(&self.0) {
            use std::os::unix::fs::PermissionsExt;
            for e in entries.flatten() {
                let _ = std::fs::set_permissions(e.path(), std::fs::Permissions::from_mode(0o644));
            }
        }
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Report-flavoured Chinese prose of about `bytes` bytes, the same for the same `seed`, with a
/// line break after every `per_line` sentences (`None`: one single line). Two seeds give texts
/// made of the same words in unrelated order: the worst case for alignment and diff, which find
/// common words everywhere and real correspondences nowhere.
pub fn prose(seed: u64, bytes: usize, per_line: Option<usize>, numbers: bool) -> String {
    const WORDS: &[&str] = &[
        "经济", "发展", "项目", "建设", "推进", "改革", "开放", "民生", "保障", "创新", "产业", "城市",
        "乡村", "生态", "环境", "就业", "收入", "教育", "医疗", "安全", "持续", "加快", "全面", "深化", "的",
        "和", "工作", "政府", "人民", "群众", "服务", "管理", "质量", "提升", "完善", "体系", "机制", "加强",
        "落实", "重点", "企业", "投资", "增长", "市场", "消费",
    ];
    let mut state = seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1;
    let mut next = |n: usize| {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        (state % n as u64) as usize
    };
    let mut out = String::with_capacity(bytes + 64);
    let mut sentences = 0;
    while out.len() < bytes {
        for _ in 0..5 + next(16) {
            out.push_str(WORDS[next(WORDS.len())]);
        }
        if numbers && next(5) == 0 {
            out.push_str(&format!("{}.{}亿元", next(1000), next(10)));
        }
        out.push('。');
        sentences += 1;
        if per_line.is_some_and(|n| sentences % n == 0) {
            out.push('\n');
        }
    }
    out
}

/// The built `govdiff` run from the crate folder, 100 columns wide, with `NO_COLOR` unset: each
/// test says which colour it wants.
pub fn govdiff_command(args: &[&str]) -> Command {
    // `option_env!`: this file is also part of `examples/bounds.rs`, which has no binary to run.
    let Some(bin) = option_env!("CARGO_BIN_EXE_govdiff") else {
        panic!("only integration tests run the govdiff binary");
    };
    let mut cmd = Command::new(bin);
    cmd.args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("COLUMNS", "100")
        .env_remove("NO_COLOR");
    cmd
}

/// [`govdiff_command`], run to the end.
pub fn govdiff(args: &[&str]) -> Output {
    govdiff_command(args).output().expect("run govdiff")
}

/// The standard output of a run that must succeed.
pub fn stdout(out: &Output) -> String {
    assert!(
        out.status.success(),
        "govdiff failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout.clone()).expect("UTF-8 output")
}

/// Checks a command's colour conventions: plain when piped, coloured with `--color always`, and
/// its JSON never coloured.
pub fn check_colour_conventions(args: &[&str]) {
    let run = |extra: &[&str]| stdout(&govdiff(&[args, extra].concat()));
    assert!(!run(&[]).contains('\u{1b}'));
    assert!(run(&["--color", "always"]).contains("\u{1b}["));
    let json = run(&["--format", "json", "--color", "always"]);
    assert!(!json.contains('\u{1b}'), "JSON is never coloured");
}

/// Runs a command with `--format json -o FILE`: it must print nothing and write a JSON document.
pub fn check_output_option(args: &[&str]) {
    let name = args.first().copied().unwrap_or("compare");
    let path = std::env::temp_dir().join(format!("govdiff-{name}-{}.json", std::process::id()));
    let out = govdiff(&[args, &["--format", "json", "-o", path.to_str().unwrap()]].concat());
    assert!(out.status.success() && out.stdout.is_empty());
    let written = std::fs::read_to_string(&path).unwrap();
    assert!(written.starts_with("{\n  \"schema_version\": 1"));
    std::fs::remove_file(path).unwrap();
}
