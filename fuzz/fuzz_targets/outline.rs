//! Fuzz target: `outline::parse` on arbitrary text, clean or not; every span it gives slices it.
#![no_main]

#[path = "common.rs"]
mod common;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let outline = govdiff::outline::parse(text);
    common::check_outline(&outline, text);
});
