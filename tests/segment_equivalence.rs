//! The fast dictionary cuts exactly like `Jieba::new()` with the same dictionaries, on real reports.

mod common;

use govdiff::Report;
use govdiff::segment::{Dictionary, POLICY_TERMS, Segmenter, Token};
use jieba_rs::Jieba;

/// jieba's full default dictionary, then the same extra dictionaries, as `Jieba::new()` users have.
fn full(extra: &[&str]) -> Segmenter {
    let mut jieba = Jieba::new();
    jieba.load_dict(&mut POLICY_TERMS.as_bytes()).unwrap();
    for d in extra {
        jieba.load_dict(&mut d.as_bytes()).unwrap();
    }
    Segmenter::from_jieba(jieba)
}

fn assert_same(name: &str, text: &str, fast: &[Token], full: &[Token]) {
    if fast != full {
        let at = fast
            .iter()
            .zip(full)
            .position(|(a, b)| a != b)
            .unwrap_or(fast.len().min(full.len()));
        let show = |t: &[Token]| {
            t[at..(at + 6).min(t.len())]
                .iter()
                .map(|t| text[t.span()].to_string())
                .collect::<Vec<_>>()
        };
        panic!(
            "{name}: tokens differ at token {at}: fast {:?} full {:?}",
            show(fast),
            show(full)
        );
    }
}

/// A user dictionary that redefines words jieba has (whether or not the text uses them) and adds new ones.
const USER: &str = "经济 5 n\n发展 3\n改革开放 2 n\n宇宙飞船 900000 n\n三室经济 50000 n\n起高峰 80000\n";

#[test]
fn the_samples_cut_the_same_as_with_the_full_dictionary() {
    let full_plain = full(&[]);
    let full_user = full(&[USER]);
    let user = Dictionary::parse("user", USER).unwrap();
    for sample in ["samples/jiefang-2022.txt", "samples/jiefang-2021.constructed.txt"] {
        let report = Report::read(format!("{}/{sample}", env!("CARGO_MANIFEST_DIR"))).unwrap();
        let text = report.source.text();
        assert_same(
            sample,
            text,
            &Segmenter::for_texts(&[text]).tokens(text),
            &full_plain.tokens(text),
        );
        let fast = Segmenter::for_texts_with(&[text], std::slice::from_ref(&user));
        assert_same(sample, text, &fast.tokens(text), &full_user.tokens(text));
    }
}

#[test]
fn the_segmenter_for_any_text_cuts_as_jieba_new() {
    let full_plain = full(&[]);
    let any_text = Segmenter::full();
    for sample in ["samples/jiefang-2022.txt", "samples/jiefang-2021.constructed.txt"] {
        let report = Report::read(format!("{}/{sample}", env!("CARGO_MANIFEST_DIR"))).unwrap();
        let text = report.source.text();
        assert_same(sample, text, &any_text.tokens(text), &full_plain.tokens(text));
    }
}

#[test]
#[cfg_attr(
    not(govdiff_corpus),
    ignore = "reads the corpus: set GOVDIFF_CORPUS to its folder (.ci/run does)"
)]
fn every_corpus_report_cuts_the_same_as_with_the_full_dictionary() {
    let full_plain = full(&[]);
    let full_user = full(&[USER]);
    let user = Dictionary::parse("user", USER).unwrap();
    let mut tokens = 0;
    let files = common::corpus_files();
    for path in &files {
        let report = Report::read(path).unwrap();
        let text = report.source.text();
        let name = common::file_name(path);
        let expected = full_plain.tokens(text);
        assert_same(
            &name,
            text,
            &Segmenter::for_texts(&[text]).tokens(text),
            &expected,
        );
        let fast = Segmenter::for_texts_with(&[text], std::slice::from_ref(&user));
        assert_same(&name, text, &fast.tokens(text), &full_user.tokens(text));
        tokens += expected.len();
    }
    // A segmenter built for a pair cuts each of the two like the full dictionary too.
    for (old, new) in common::corpus_pairs().iter().take(20) {
        let (old, new) = (Report::read(old).unwrap(), Report::read(new).unwrap());
        let pair = Segmenter::for_texts(&[old.source.text(), new.source.text()]);
        for r in [&old, &new] {
            let text = r.source.text();
            assert_same(
                r.source.name(),
                text,
                &pair.tokens(text),
                &full_plain.tokens(text),
            );
        }
    }
    eprintln!(
        "{} corpus reports, {tokens} tokens: identical to Jieba::new()",
        files.len()
    );
}
