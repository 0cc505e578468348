//! Checks shared by the fuzz targets: what every outline and every comparison promises.
#![allow(dead_code)]

use std::ops::Range;

use govdiff::Report;
use govdiff::compare::{Comparison, Op};
use govdiff::outline::{Outline, Paragraph};
use govdiff::render::unsafe_for_terminal;

fn slice<'t>(text: &'t str, span: &Range<usize>, what: &str) -> &'t str {
    text.get(span.clone()).unwrap_or_else(|| {
        panic!(
            "{what} span {span:?} does not slice a text of {} bytes",
            text.len()
        )
    })
}

fn check_paragraph(p: &Paragraph, text: &str) {
    slice(text, &p.span, &p.path);
    // Sentences cut the paragraph into consecutive pieces, none lost.
    let mut at = p.span.start;
    for s in &p.sentences {
        slice(text, s, &p.path);
        assert_eq!(s.start, at, "{}: sentences not contiguous", p.path);
        at = s.end;
    }
    assert!(
        p.sentences.is_empty() || at == p.span.end,
        "{}: sentences end early",
        p.path
    );
    if let Some(lead) = &p.lead {
        assert!(
            p.span.start <= lead.start && lead.end <= p.span.end,
            "{}: lead outside",
            p.path
        );
    }
}

/// Every span slices the text; paragraphs come in order without overlapping; and every byte of
/// the text but line breaks is in exactly one heading, paragraph or glossary entry.
pub fn check_outline(o: &Outline, text: &str) {
    let mut owned: Vec<&Range<usize>> = o.paragraphs().map(|p| &p.span).collect();
    for part in &o.parts {
        owned.push(&part.heading);
        owned.extend(part.sections.iter().map(|s| &s.heading));
    }
    owned.extend(&o.glossary_heading);
    owned.extend(o.glossary.iter().map(|e| &e.span));
    let mut covered = vec![0u8; text.len()];
    for span in owned {
        slice(text, span, "owned");
        for b in span.clone() {
            covered[b] = covered[b].saturating_add(1);
        }
    }
    for (b, &n) in covered.iter().enumerate() {
        let newline = text.as_bytes()[b] == b'\n';
        assert!(n <= 1 && (n == 1 || newline), "byte {b} is in {n} spans");
    }

    let mut last_end = 0;
    for p in o.paragraphs() {
        check_paragraph(p, text);
        assert!(
            p.span.start >= last_end,
            "{}: paragraphs overlap or go backwards",
            p.path
        );
        last_end = p.span.end;
    }
    for part in &o.parts {
        slice(text, &part.heading, &part.path);
        slice(text, &part.span, &part.path);
        for s in &part.sections {
            slice(text, &s.heading, &s.path);
            slice(text, &s.span, &s.path);
            assert!(
                part.span.start <= s.span.start && s.span.end <= part.span.end,
                "{}",
                s.path
            );
        }
    }
    if let Some(h) = &o.glossary_heading {
        slice(text, h, "glossary heading");
    }
    for e in &o.glossary {
        slice(text, &e.span, "glossary entry");
    }
}

/// Each pair's diff rebuilds exactly the text it covers on both sides, and the pairs together
/// cover each report's text exactly once (line breaks between pieces aside): the promise of
/// tests/common/mod.rs `check_invariants`, restated here for the fuzzer.
pub fn check_comparison(old: &Report, new: &Report, c: &Comparison) {
    for (k, s) in c.sections.iter().enumerate() {
        let join = |report: &Report, pieces: &[Range<usize>]| {
            pieces
                .iter()
                .map(|p| slice(report.source.text(), p, "piece"))
                .collect::<Vec<_>>()
                .join("\n")
        };
        let side = |skip: Op| -> String {
            s.changes
                .iter()
                .filter(|c| c.op != skip)
                .map(|c| c.text.as_str())
                .collect()
        };
        assert!(
            side(Op::Insert) == join(old, &s.old_pieces),
            "entry {k}: old side not rebuilt"
        );
        assert!(
            side(Op::Delete) == join(new, &s.new_pieces),
            "entry {k}: new side not rebuilt"
        );
    }
    for (name, report, pieces) in [
        (
            "old",
            old,
            c.sections.iter().flat_map(|s| &s.old_pieces).collect::<Vec<_>>(),
        ),
        (
            "new",
            new,
            c.sections.iter().flat_map(|s| &s.new_pieces).collect::<Vec<_>>(),
        ),
    ] {
        let text = report.source.text();
        let mut covered = vec![0u8; text.len()];
        for p in pieces {
            for b in p.clone() {
                covered[b] = covered[b].saturating_add(1);
            }
        }
        for (b, &n) in covered.iter().enumerate() {
            let newline = text.as_bytes()[b] == b'\n';
            assert!(
                n <= 1 && (n == 1 || newline),
                "{name} report: byte {b} covered {n} times"
            );
        }
    }
    if c.summary.timed_out {
        assert!(c.warnings.iter().any(|w| w.contains("cut short")));
    }
}

/// Nothing in terminal output a terminal would act on, but govdiff's own colours (`ESC [ … m`).
pub fn check_terminal(out: &str) {
    let mut rest = out;
    while let Some(at) = rest.find(unsafe_for_terminal) {
        let tail = &rest[at..];
        let params = tail.strip_prefix("\u{1b}[").map(|t| {
            t.len()
                - t.trim_start_matches(|c: char| c.is_ascii_digit() || c == ';')
                    .len()
        });
        match params {
            Some(n) if tail[2 + n..].starts_with('m') => rest = &tail[2 + n + 1..],
            _ => panic!(
                "terminal output lets through {:?}",
                tail.chars().take(8).collect::<String>()
            ),
        }
    }
}
