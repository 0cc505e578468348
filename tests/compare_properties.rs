//! The comparison's invariants, as properties over generated reports and the bundled samples.

mod common;

use govdiff::Report;
use govdiff::compare::{self, Op, Options, Status};
use proptest::prelude::*;

/// A tiny deterministic generator, so a failing seed reproduces.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

const WORDS: &[&str] = &[
    "经济",
    "发展",
    "项目",
    "建设",
    "推进",
    "改革",
    "开放",
    "民生",
    "保障",
    "创新",
    "产业",
    "城市",
    "乡村",
    "生态",
    "环境",
    "就业",
    "收入",
    "教育",
    "医疗",
    "安全",
    "持续",
    "加快",
    "全面",
    "深化",
    "的",
    "和",
    "“三个一批”",
    "《发展规划》",
];
const NUMERALS: &[&str] = &["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

fn sentence(rng: &mut Rng) -> String {
    let mut s = String::new();
    for k in 0..3 + rng.below(10) {
        if k > 0 && rng.below(6) == 0 {
            s.push_str(["，", "、", ","][rng.below(3)]);
        }
        if rng.below(8) == 0 {
            s.push_str(&format!(
                "{}.{}{}",
                rng.below(500),
                rng.below(10),
                ["亿元", "%", "个", "万人"][rng.below(4)]
            ));
        } else {
            s.push_str(rng.pick(WORDS));
        }
    }
    s.push_str(["。", "！", "；"][rng.below(3)]);
    s
}

fn paragraph(rng: &mut Rng) -> String {
    (0..1 + rng.below(4)).map(|_| sentence(rng)).collect()
}

/// A report: header, parts with sections and paragraphs, closing, sometimes a glossary.
fn report(seed: u64) -> String {
    let mut rng = Rng(seed | 1);
    let mut lines = vec![
        "2022年示例区政府工作报告".to_string(),
        "各位代表：".into(),
        "现在，我代表区人民政府向大会报告工作。".into(),
    ];
    let parts = if rng.below(6) == 0 { 0 } else { 2 + rng.below(3) };
    for numeral in &NUMERALS[..parts] {
        lines.push(format!("{numeral}、{}{}工作", rng.pick(WORDS), rng.pick(WORDS)));
        for _ in 0..rng.below(3) {
            lines.push(paragraph(&mut rng));
        }
        let sections = rng.below(5);
        for numeral in &NUMERALS[..sections] {
            if rng.below(2) == 0 {
                lines.push(format!(
                    "（{numeral}）{}{}。{}",
                    rng.pick(WORDS),
                    rng.pick(WORDS),
                    paragraph(&mut rng)
                ));
            } else {
                lines.push(format!("（{numeral}）{}、{}", rng.pick(WORDS), rng.pick(WORDS)));
            }
            for _ in 0..rng.below(3) {
                lines.push(paragraph(&mut rng));
            }
        }
    }
    if parts == 0 {
        for _ in 0..2 + rng.below(6) {
            lines.push(paragraph(&mut rng));
        }
    }
    lines.push("各位代表！让我们团结一心，为建设美好家园而努力奋斗！".into());
    if rng.below(2) == 0 {
        lines.push("名词解释".into());
        for n in 1..=1 + rng.below(4) {
            lines.push(format!(
                "{n}.{}{}：{}",
                rng.pick(WORDS),
                rng.pick(WORDS),
                sentence(&mut rng)
            ));
        }
    }
    lines.join("\n")
}

/// The next year's report: some lines edited, dropped, swapped or added.
fn edit(text: &str, seed: u64) -> String {
    let mut rng = Rng(seed.wrapping_mul(31) | 1);
    let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
    for _ in 0..1 + rng.below(6) {
        let k = 3 + rng.below(lines.len().saturating_sub(3).max(1));
        if k >= lines.len() {
            continue;
        }
        match rng.below(4) {
            0 => {
                let (from, to) = (rng.pick(WORDS), rng.pick(WORDS));
                lines[k] = lines[k].replacen(from, to, 1);
            }
            1 if lines.len() > 6 => {
                lines.remove(k);
            }
            2 => {
                let j = 3 + rng.below(lines.len() - 3);
                lines.swap(k, j);
            }
            _ => lines.insert(k, paragraph(&mut rng)),
        }
    }
    lines.join("\n")
}

fn parse(name: &str, text: &str) -> Report {
    Report::from_bytes(name, text.as_bytes()).expect("generated report parses")
}

proptest! {
    #[test]
    fn diffs_rebuild_both_sides_and_pairs_cover_each_report_once(seed in any::<u64>()) {
        let old_text = report(seed);
        let new_text = if seed % 3 == 0 { report(seed.rotate_left(17)) } else { edit(&old_text, seed) };
        let (old, new) = (parse("old", &old_text), parse("new", &new_text));
        let c = compare::compare(&old, &new, &Options::default());
        if let Err(broken) = common::check_invariants(&old, &new, &c) {
            prop_assert!(false, "{broken}\n--- old\n{old_text}\n--- new\n{new_text}");
        }
    }

    #[test]
    fn a_report_compared_with_itself_is_all_equal(seed in any::<u64>()) {
        let text = report(seed);
        let r = parse("same", &text);
        let c = compare::compare(&r, &r, &Options::default());
        prop_assert!(c.sections.iter().all(|s| s.status == Status::Matched), "{:?}", c.sections.iter().map(|s| s.status).collect::<Vec<_>>());
        prop_assert!(c.sections.iter().flat_map(|s| &s.changes).all(|ch| ch.op == Op::Equal));
        prop_assert!(!c.differs());
        prop_assert_eq!(c.summary.similarity, 1.0);
    }
}

#[test]
fn the_samples_pair_keeps_every_promise() {
    let root = env!("CARGO_MANIFEST_DIR");
    let old = Report::read(format!("{root}/samples/jiefang-2021.constructed.txt")).unwrap();
    let new = Report::read(format!("{root}/samples/jiefang-2022.txt")).unwrap();
    let c = compare::compare(&old, &new, &Options::default());
    common::check_invariants(&old, &new, &c).unwrap();
    for r in [&old, &new] {
        let same = compare::compare(r, r, &Options::default());
        assert!(!same.differs());
        common::check_invariants(r, r, &same).unwrap();
    }
}

#[test]
fn the_same_inputs_give_the_same_bytes() {
    let root = env!("CARGO_MANIFEST_DIR");
    let old = Report::read(format!("{root}/samples/jiefang-2021.constructed.txt")).unwrap();
    let new = Report::read(format!("{root}/samples/jiefang-2022.txt")).unwrap();
    let first = govdiff::render::json::render(&compare::compare(&old, &new, &Options::default()));
    for _ in 0..3 {
        let again = govdiff::render::json::render(&compare::compare(&old, &new, &Options::default()));
        assert!(first == again, "JSON differs between runs");
    }
}
