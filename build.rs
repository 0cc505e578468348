//! Build script: jieba's dictionary as an FST, and the corpus tests switched on by `GOVDIFF_CORPUS`.

use std::collections::BTreeMap;
use std::io::Read;
use std::path::PathBuf;

fn main() {
    println!("cargo::rerun-if-env-changed=GOVDIFF_CORPUS");
    println!("cargo::rustc-check-cfg=cfg(govdiff_corpus)");
    if std::env::var_os("GOVDIFF_CORPUS").is_some_and(|v| !v.is_empty()) {
        println!("cargo::rustc-cfg=govdiff_corpus");
    }
    dictionary();
}

/// Compiles data/jieba/dict.txt.gz (`word freq tag` lines) into `jieba-dict.fst` (word → rank),
/// `jieba-freqs.bin` (16-bit frequency by rank), `jieba-large-freqs.bin` (the larger ones) and
/// `jieba-dict.rs` (the total jieba computes over every line).
fn dictionary() {
    let source = PathBuf::from("data/jieba/dict.txt.gz");
    println!("cargo::rerun-if-changed={}", source.display());
    let gz = std::fs::read(&source).expect("read data/jieba/dict.txt.gz");
    let mut text = String::new();
    flate2::read::GzDecoder::new(&gz[..])
        .read_to_string(&mut text)
        .expect("decompress data/jieba/dict.txt.gz");
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
    // The FST maps each word to its rank in byte order; frequencies sit in a table by rank, so
    // that looking words up needs no hashing and a bit set can tell which were seen. All but 82
    // frequencies fit 16 bits: the table holds those, and `u16::MAX` sends the others to a short
    // list, which halves the pages a comparison touches.
    let fst = fst::Map::from_iter(words.keys().enumerate().map(|(rank, w)| (*w, rank as u64)))
        .expect("build dictionary FST");
    let mut freqs: Vec<u8> = Vec::with_capacity(words.len() * 2);
    let mut large: Vec<u8> = Vec::new();
    for (rank, &f) in words.values().enumerate() {
        let f = u32::try_from(f).expect("frequency fits u32");
        match u16::try_from(f) {
            Ok(small) if small != u16::MAX => freqs.extend(small.to_le_bytes()),
            _ => {
                freqs.extend(u16::MAX.to_le_bytes());
                large.extend(u32::try_from(rank).expect("rank fits u32").to_le_bytes());
                large.extend(f.to_le_bytes());
            }
        }
    }
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("OUT_DIR"));
    std::fs::write(out.join("jieba-dict.fst"), fst.as_fst().as_bytes()).expect("write FST");
    std::fs::write(out.join("jieba-freqs.bin"), freqs).expect("write frequencies");
    std::fs::write(out.join("jieba-large-freqs.bin"), large).expect("write large frequencies");
    std::fs::write(
        out.join("jieba-dict.rs"),
        format!(
            "/// Sum of all frequencies in jieba's dictionary.\npub const TOTAL: u64 = {total};\n/// Entries in jieba's dictionary.\npub const ENTRIES: usize = {};\n",
            words.len()
        ),
    )
    .expect("write dictionary constants");
}
