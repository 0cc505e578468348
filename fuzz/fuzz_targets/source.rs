//! Fuzz target: any bytes through `Source::from_bytes`, then outline and its renderers.
//!
//! Bytes are either refused with an error or become non-empty clean text whose every character
//! maps back, in order, into the decoded input; the outline's spans slice that text; the outline
//! views never let a terminal control through but their own colours.
#![no_main]

#[path = "common.rs"]
mod common;

use govdiff::render::{self, Palette, unsafe_for_terminal};
use govdiff::{Report, Source};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(source) = Source::from_bytes("fuzz.txt", data) else {
        return;
    };
    let text = source.text();
    assert!(!text.trim().is_empty(), "a blank text must be an error");
    let chars = source.original().chars().count();
    let mut last_start = 0;
    let bounds: Vec<usize> = text.char_indices().map(|(i, _)| i).chain([text.len()]).collect();
    for w in bounds.windows(2) {
        let r = source.original_range(w[0]..w[1]);
        assert!(r.start <= r.end && r.end <= chars, "{r:?} outside {chars} chars");
        assert!(r.start >= last_start, "characters map back out of order");
        last_start = r.start;
    }
    for cut in source.cuts() {
        assert!(cut.range.start <= cut.range.end && cut.range.end <= chars);
    }

    let report = Report::new(source);
    common::check_outline(&report.outline, report.source.text());
    let json = render::outline_json::render(&report);
    serde_json::from_str::<serde_json::Value>(&json).expect("outline JSON parses");
    assert!(!json.chars().any(|c| unsafe_for_terminal(c) && c != '\n'));
    for palette in [Palette::plain(), Palette::new(true)] {
        common::check_terminal(&render::outline_terminal::render(&report, &palette, 80));
    }
});
