//! Fuzz target: two reports cut from one input at its first 0xFF byte (never part of UTF-8 or
//! GB18030 text), compared and rendered; every promise of the comparison is checked.
#![no_main]

#[path = "common.rs"]
mod common;

use std::time::Duration;

use govdiff::Report;
use govdiff::compare::{self, Options};
use govdiff::render::{self, Palette, unsafe_for_terminal};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some(at) = data.iter().position(|&b| b == 0xff) else {
        return;
    };
    let (Ok(old), Ok(new)) = (
        Report::from_bytes("old.txt", &data[..at]),
        Report::from_bytes("new.txt", &data[at + 1..]),
    ) else {
        return;
    };
    // Short, so slow inputs show up as a deadline met rather than as a fuzzer timeout.
    let options = Options {
        diff_timeout: Duration::from_millis(200),
        ..Options::default()
    };
    let c = compare::compare(&old, &new, &options);
    common::check_comparison(&old, &new, &c);
    let json = render::json::render(&c);
    serde_json::from_str::<serde_json::Value>(&json).expect("comparison JSON parses");
    assert!(!json.chars().any(|c| unsafe_for_terminal(c) && c != '\n'));
    for palette in [Palette::plain(), Palette::new(true)] {
        let layout = render::terminal::Layout {
            columns: 60,
            context: 8,
            all_figures: true,
            top: 5,
        };
        common::check_terminal(&render::terminal::render(&c, &palette, layout));
    }
});
