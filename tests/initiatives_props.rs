//! Properties of initiatives on generated reports: no panic on any text, and every reported term absent from the other report.

#[path = "common/initiatives_eval.rs"]
mod eval;

use std::sync::LazyLock;
use std::sync::atomic::{AtomicUsize, Ordering};

use govdiff::Report;
use govdiff::initiatives::{self, Normalized};
use govdiff::render::{Palette, initiatives_json, initiatives_terminal};
use govdiff::segment::Segmenter;
use proptest::prelude::*;
use proptest::test_runner::TestRunner;

static SEGMENTER: LazyLock<Segmenter> = LazyLock::new(Segmenter::full);

/// Pieces real reports are made of, and the characters that trip parsers: quotes, brackets,
/// footnote markers, full-width forms, invisible and bidi characters, line breaks. (An escape
/// character makes a short text read as binary, which would skip the case: the renderers' unit tests
/// cover it.)
#[rustfmt::skip]
const PIECES: &[&str] = &[
    "实施", "开展", "“三个一批”", "“334”", "楼院协商治理模式", "活动", "行动", "工程", "计划",
    "战略", "机制", "体系", "示范区", "项目", "《", "》", "“", "”", "‘", "’", "[12]", "^[3]",
    "［4］", "（一）", "一、", "二、", "各位代表：", "\n", "。", "，", "、", "；", "2021年", "5.5%",
    "１２", "ＡＢ", "\u{200b}", "\u{202e}", "\t", " ", "　", "乡村振兴", "龙佰国际康养城", "十四五",
    "“十四五”", "六稳", "名词解释", "1.", "三零:", "零上访。", "高质量发展", "稳", "就业", "的",
    "和", "等", "深入", "重点",
];

fn report_text() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 10..120).prop_map(|p| p.concat())
}

fn report(text: &str) -> Option<Report> {
    Report::from_bytes("generated.txt", text.as_bytes()).ok()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    #[test]
    fn any_text_is_scanned_without_panic(text in report_text()) {
        if let Some(r) = report(&text) {
            for c in initiatives::extract(&r, &SEGMENTER) {
                prop_assert!(!c.key.is_empty());
                prop_assert_eq!(c.count, c.mentions.len());
                prop_assert!(c.count > 0);
                prop_assert!(Normalized::key(&c.term).contains(&c.key) || c.kind == initiatives::Kind::Glossary);
            }
        }
    }

}

/// The promise on generated pairs, run by hand so the test can also check it was exercised: most
/// pairs must report something added or dropped, or the property would hold vacuously.
#[test]
fn reported_terms_are_absent_from_the_other_report() {
    let mut runner = TestRunner::new(ProptestConfig {
        cases: 96,
        ..ProptestConfig::default()
    });
    let exercised = AtomicUsize::new(0);
    let result = runner.run(&(report_text(), report_text()), |(old, new)| {
        let (Some(old), Some(new)) = (report(&old), report(&new)) else {
            return Ok(());
        };
        let (found, phrases) = initiatives::analyse(&old, &new, &SEGMENTER);
        if !found.added.is_empty() || !found.dropped.is_empty() {
            exercised.fetch_add(1, Ordering::Relaxed);
        }
        let (old_text, new_text) = (eval::Text::of(&old), eval::Text::of(&new));
        for c in &found.added {
            prop_assert!(
                eval::truly_absent(&c.term, &old_text),
                "added {} is in the old report",
                c.term
            );
            prop_assert!(initiatives::is_absent(&c.term, &old));
        }
        for c in &found.dropped {
            prop_assert!(
                eval::truly_absent(&c.term, &new_text),
                "dropped {} is in the new report",
                c.term
            );
        }
        for p in &phrases.added {
            prop_assert!(
                eval::truly_absent(&p.phrase, &old_text),
                "phrase {} is in the old report",
                p.phrase
            );
        }
        for p in &phrases.dropped {
            prop_assert!(
                eval::truly_absent(&p.phrase, &new_text),
                "phrase {} is in the new report",
                p.phrase
            );
        }
        for k in &found.kept {
            prop_assert!(
                k.old.count > 0 && k.new.count > 0,
                "kept {} → {}",
                k.old.term,
                k.new.term
            );
        }
        // Rendering never panics and never lets a control character through.
        let years = initiatives_terminal::Years::of(&old, &new);
        let view = initiatives_terminal::render(&found, &phrases, years, &Palette::plain(), 50, 5);
        let unsafe_chars = view.chars().any(|c| c == '\u{1b}' || c == '\u{202e}');
        prop_assert!(!unsafe_chars, "{}", view);
        let json = initiatives_json::render(&found, &phrases, &old, &new);
        prop_assert!(serde_json::from_str::<serde_json::Value>(&json).is_ok());
        Ok(())
    });
    if let Err(e) = result {
        panic!("{e}");
    }
    let exercised = exercised.into_inner();
    assert!(
        exercised >= 48,
        "only {exercised} of 96 generated pairs reported anything"
    );
}
