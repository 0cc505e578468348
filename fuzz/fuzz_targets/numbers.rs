//! Fuzz target: quantity parsing (`numbers::quantity::scan`) and figure extraction on any text.
//!
//! Every quantity's span slices the text in order, its raw text is that slice and its values are
//! finite; every figure of a report points into the report's text, and its JSON parses.
#![no_main]

use govdiff::Report;
use govdiff::numbers::{self, quantity};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let mut last_end = 0;
    for q in quantity::scan(text) {
        let raw = text
            .get(q.span.clone())
            .unwrap_or_else(|| panic!("{:?} does not slice the text", q.span));
        assert_eq!(raw, q.raw);
        assert!(
            q.span.start >= last_end,
            "quantities overlap or come out of order"
        );
        assert!(q.span.start <= q.number_start && q.number_start < q.span.end);
        assert!(
            q.value.is_finite() && q.normalised().is_finite(),
            "{}: {}",
            q.raw,
            q.value
        );
        assert!(q.upper.is_none_or(f64::is_finite), "{}", q.raw);
        last_end = q.span.end;
    }
    let Ok(report) = Report::from_bytes("fuzz.txt", text.as_bytes()) else {
        return;
    };
    let figures = numbers::extract(&report);
    let report_text = report.source.text();
    for f in &figures {
        assert!(report_text.get(f.quantity.span.clone()).is_some());
        assert!(report_text.get(f.sentence.clone()).is_some());
        assert!(f.range[0] <= f.range[1]);
    }
    let json = govdiff::render::numbers_json::render(&report, &figures);
    serde_json::from_str::<serde_json::Value>(&json).expect("numbers JSON parses");
});
