//! Build script: jieba's dictionary and the established vocabulary as FSTs, and the corpus tests switched on by `GOVDIFF_CORPUS`.

use std::collections::BTreeMap;
use std::io::Read;
use std::path::PathBuf;

#[path = "src/segment/key_code.rs"]
mod key_code;

fn main() {
    println!("cargo::rerun-if-env-changed=GOVDIFF_CORPUS");
    println!("cargo::rustc-check-cfg=cfg(govdiff_corpus)");
    if std::env::var_os("GOVDIFF_CORPUS").is_some_and(|v| !v.is_empty()) {
        println!("cargo::rustc-cfg=govdiff_corpus");
    }
    dictionary();
    vocabulary();
}

/// A gzipped data file of the repository as text; the build reruns when it changes.
fn read_gz(path: &str) -> String {
    println!("cargo::rerun-if-changed={path}");
    let gz = std::fs::read(path).unwrap_or_else(|e| panic!("read {path}: {e}"));
    let mut text = String::new();
    flate2::read::GzDecoder::new(&gz[..])
        .read_to_string(&mut text)
        .unwrap_or_else(|e| panic!("decompress {path}: {e}"));
    text
}

/// Compiles data/vocabulary/established.tsv.gz (`phrase<TAB>year` lines, written by
/// examples/vocabulary.rs) into `established-vocabulary.fst` (phrase → year established).
fn vocabulary() {
    let text = read_gz("data/vocabulary/established.tsv.gz");
    let mut phrases: BTreeMap<&[u8], u64> = BTreeMap::new();
    for line in text.lines() {
        let (phrase, year) = line.split_once('\t').expect("phrase<TAB>year");
        phrases.insert(phrase.as_bytes(), year.parse().expect("a year"));
    }
    let fst = fst::Map::from_iter(phrases).expect("build vocabulary FST");
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("OUT_DIR"));
    std::fs::write(out.join("established-vocabulary.fst"), fst.as_fst().as_bytes()).expect("write FST");
}

/// Compiles data/jieba/dict.txt.gz (`word freq tag` lines) into `jieba-dict.fst` (coded word →
/// frequency), `jieba-codes.bin` (each character's code, plus one, by code point; 0 for none),
/// `jieba-chars.bin` (the characters by code) and `jieba-dict.rs` (the total jieba computes over
/// every line, and the number of one-byte codes).
fn dictionary() {
    let text = read_gz("data/jieba/dict.txt.gz");
    let mut words: BTreeMap<&[u8], u64> = BTreeMap::new();
    let mut total: u64 = 0;
    for line in text.lines() {
        let mut fields = line.split_whitespace();
        let Some(word) = fields.next() else { continue };
        let freq: u64 = fields
            .next()
            .map_or(0, |f| f.parse().expect("dictionary frequency"));
        total += freq;
        // jieba keeps the last entry of a repeated word, and counts every line in the total.
        words.insert(word.as_bytes(), freq);
    }
    // The FST maps each word to its frequency. Most frequencies are small, so the FST carries
    // them in fewer bytes (2.73 MB) than a rank into a table of frequencies takes with the table
    // (2.64 + 0.70 MB), and a walk touches one structure instead of two.
    //
    // Keys are not the words' UTF-8 but a shorter code of their characters: one byte for the
    // most used characters, two for the rest. A walk through the FST decodes a node per byte, and
    // most characters of a report then take one byte instead of three.
    let mut weights: BTreeMap<char, u64> = BTreeMap::new();
    for (word, &freq) in &words {
        for c in std::str::from_utf8(word).expect("UTF-8 dictionary").chars() {
            *weights.entry(c).or_default() += freq + 1;
        }
    }
    let mut chars: Vec<(char, u64)> = weights.into_iter().collect();
    chars.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let one_byte = (0..=255usize)
        .rev()
        .find(|&b| b + (256 - b) * 256 >= chars.len())
        .expect("two bytes code every character");
    let mut codes = vec![0u8; 2 * 65536];
    let mut by_code: Vec<u8> = Vec::with_capacity(chars.len() * 4);
    for (code, &(c, _)) in chars.iter().enumerate() {
        assert!(u32::from(c) <= 0xFFFF, "dictionary characters lie in the BMP");
        let at = 2 * c as usize;
        let stored = u16::try_from(code + 1).expect("codes fit 16 bits");
        codes[at..at + 2].copy_from_slice(&stored.to_le_bytes());
        by_code.extend(u32::from(c).to_le_bytes());
    }
    let code_of: std::collections::HashMap<char, usize> = chars
        .iter()
        .enumerate()
        .map(|(code, &(c, _))| (c, code))
        .collect();
    let mut keys: Vec<(Vec<u8>, u64)> = words
        .iter()
        .map(|(w, &freq)| {
            let mut key = Vec::new();
            for c in std::str::from_utf8(w).expect("UTF-8 dictionary").chars() {
                let (bytes, n) = key_code::bytes(code_of[&c], one_byte);
                key.extend_from_slice(&bytes[..n]);
            }
            (key, freq)
        })
        .collect();
    keys.sort_unstable();
    let fst = fst::Map::from_iter(keys).expect("build dictionary FST");
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("OUT_DIR"));
    std::fs::write(out.join("jieba-dict.fst"), fst.as_fst().as_bytes()).expect("write FST");
    std::fs::write(out.join("jieba-codes.bin"), codes).expect("write character codes");
    std::fs::write(out.join("jieba-chars.bin"), by_code).expect("write characters by code");
    std::fs::write(
        out.join("jieba-dict.rs"),
        format!(
            "/// Sum of all frequencies in jieba's dictionary.\npub const TOTAL: u64 = {total};\n/// Entries in jieba's dictionary.\npub const ENTRIES: usize = {};\n/// Characters coded in one byte; the others take two, the first from this value up.\npub const ONE_BYTE_CODES: usize = {one_byte};\n",
            words.len()
        ),
    )
    .expect("write dictionary constants");
}
