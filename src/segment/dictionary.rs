//! jieba's dictionary, compiled to an FST at build time; the words that occur in given texts.
//!
//! `Jieba::new()` parses all 349,045 entries (~120 ms, ~33 MB) although a pair of reports uses a
//! few thousand. Jieba's result for a text depends only on the dictionary words that occur in it and
//! on the total of all frequencies, so a dictionary of exactly the occurring words plus one filler
//! entry carrying the rest of the total segments identically (tests/segment_equivalence.rs checks
//! every corpus report).

use std::path::Path;

use fst::raw::{CompiledAddr, Fst, Output};

use super::key_code;
use crate::error::Error;

mod generated {
    include!(concat!(env!("OUT_DIR"), "/jieba-dict.rs"));
}

use generated::ONE_BYTE_CODES;
pub use generated::{ENTRIES, TOTAL};

/// Coded word ([`code`]) → frequency.
static FST_BYTES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/jieba-dict.fst"));

/// Each BMP character's code plus one (0: in no word), u16 little-endian by code point.
static CODES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/jieba-codes.bin"));
/// The characters by code, u32 little-endian.
static CHARS: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/jieba-chars.bin"));

/// A character's code in the FST's keys: one byte for the most used characters, two for the
/// others; `None` for a character in no word of the dictionary.
fn code(c: char) -> Option<([u8; 2], usize)> {
    let at = 2 * c as usize;
    let stored = usize::from(u16::from_le_bytes([*CODES.get(at)?, *CODES.get(at + 1)?]));
    Some(key_code::bytes(stored.checked_sub(1)?, ONE_BYTE_CODES))
}

/// A word's key in the FST; `None` when a character is in no word.
fn key(word: &str) -> Option<Vec<u8>> {
    let mut key = Vec::with_capacity(word.len());
    for c in word.chars() {
        let (bytes, n) = code(c)?;
        key.extend_from_slice(&bytes[..n]);
    }
    Some(key)
}

/// The word a key spells.
fn word(key: &[u8]) -> String {
    let mut word = String::new();
    let mut at = 0;
    while let Some((code, n)) = key_code::read(&key[at..], ONE_BYTE_CODES) {
        at += n;
        let c = CHARS
            .get(code * 4..code * 4 + 4)
            .and_then(|b| char::from_u32(u32::from_le_bytes(b.try_into().ok()?)));
        word.extend(c);
    }
    word
}

fn fst() -> Fst<&'static [u8]> {
    Fst::new(FST_BYTES).expect("the dictionary FST written by build.rs is valid")
}

/// The frequency of `word` in jieba's dictionary.
pub fn frequency(word: &str) -> Option<u64> {
    fst().get(key(word)?).map(|o| o.value())
}

/// Every dictionary word occurring in `texts`, with its frequency, sorted by word (byte order).
pub fn words_in<'t>(texts: &[&'t str]) -> Vec<(&'t str, u64)> {
    // Each text is walked on its own (side by side when there are threads to spare), then the
    // sorted lists are merged.
    match texts {
        [] => Vec::new(),
        [one] => sorted_words_in(one),
        [first, rest @ ..] => {
            let (a, b) = rayon::join(|| sorted_words_in(first), || words_in_sorted(rest));
            merge(a, b)
        }
    }
}

fn words_in_sorted<'t>(texts: &[&'t str]) -> Vec<(&'t str, u64)> {
    texts
        .iter()
        .map(|t| sorted_words_in(t))
        .reduce(merge)
        .unwrap_or_default()
}

/// Two lists sorted by word as one, each word once.
fn merge<'t>(a: Vec<(&'t str, u64)>, b: Vec<(&'t str, u64)>) -> Vec<(&'t str, u64)> {
    let mut out = Vec::with_capacity(a.len() + b.len());
    let (mut a, mut b) = (a.into_iter().peekable(), b.into_iter().peekable());
    loop {
        let next = match (a.peek(), b.peek()) {
            (Some(x), Some(y)) if x.0 < y.0 => a.next(),
            (Some(x), Some(y)) if x.0 > y.0 => b.next(),
            (Some(_), Some(_)) => {
                b.next();
                a.next()
            }
            (Some(_), None) => a.next(),
            (None, Some(_)) => b.next(),
            (None, None) => break,
        };
        out.extend(next);
    }
    out
}

/// The dictionary words occurring in one text, sorted, with their frequencies.
fn sorted_words_in(text: &str) -> Vec<(&str, u64)> {
    let fst = fst();
    let mut walk = Walk {
        fst: &fst,
        text,
        found: Vec::new(),
    };
    let mut starts: Vec<u64> = text.char_indices().map(|(i, _)| i as u64).collect();
    walk.extend(&mut starts, fst.root().addr(), Output::zero(), 0);
    // The walk finds each word once.
    walk.found.sort_unstable_by_key(|&(word, _)| word);
    walk.found
}

/// A walk through the FST from every position of a text at once.
///
/// A report has tens of thousands of positions but a few thousand distinct characters, and the
/// walks from them retrace the same steps. Positions are grouped by the characters that follow
/// them, so that each step shared by a group is decoded once for the group, and each word is
/// found once, by the one group that spells it.
struct Walk<'f, 't> {
    fst: &'f Fst<&'static [u8]>,
    text: &'t str,
    found: Vec<(&'t str, u64)>,
}

/// Positions are held as numbers with the position in these low bits and the character that
/// follows (plus one; 0 for the end of the text) above them: much cheaper to sort and group than
/// positions compared by the characters at them.
const POSITION_BITS: u32 = 64 - 22;

/// Groups of at least this many positions are sorted by radix (measured best on reports).
const RADIX_FROM: usize = 512;

fn position(key: u64) -> usize {
    (key & ((1 << POSITION_BITS) - 1)) as usize
}

impl<'t> Walk<'_, 't> {
    /// Walks on from `starts`, positions all followed by the same `len` bytes, which lead from the
    /// root to the node at `addr` gathering `out`.
    fn extend(&mut self, starts: &mut [u64], addr: CompiledAddr, out: Output, len: usize) {
        let text = self.text;
        for key in starts.iter_mut() {
            let start = position(*key);
            let c = text[start + len..].chars().next().map_or(0, |c| u64::from(c) + 1);
            *key = (c << POSITION_BITS) | start as u64;
        }
        // Positions come in text order: the text's at the root, and in each group the order its
        // sort left (by character, then position). So a stable sort by the character alone orders
        // them as the whole keys would. A radix sort by three bytes beats comparing on the
        // thousands of positions near the root (measured: 11 % of the walk); comparisons win on
        // the small groups further down.
        if starts.len() >= RADIX_FROM {
            radsort::sort_by_key(starts, |&k| (k >> POSITION_BITS) as u32);
        } else {
            starts.sort_unstable();
        }
        for group in starts.chunk_by_mut(|a, b| a >> POSITION_BITS == b >> POSITION_BITS) {
            self.extend_with(group, addr, out, len);
        }
    }

    /// Walks on from `starts`, positions followed by the same `len` bytes and the same character
    /// after them, which their keys hold.
    fn extend_with(&mut self, starts: &mut [u64], addr: CompiledAddr, out: Output, len: usize) {
        let next = (starts[0] >> POSITION_BITS).checked_sub(1);
        let Some(c) = next.and_then(|c| char::from_u32(c as u32)) else {
            return;
        };
        let Some((addr, out)) = self.step(addr, out, c, position(starts[0]), len) else {
            return;
        };
        let len = len + c.len_utf8();
        match starts {
            [start] => self.follow(position(*start), addr, out, len),
            _ => self.extend(starts, addr, out, len),
        }
    }

    /// Walks on from a position no other shares the way with.
    fn follow(&mut self, start: usize, mut addr: CompiledAddr, mut out: Output, mut len: usize) {
        while let Some(c) = self.text[start + len..].chars().next() {
            let Some(next) = self.step(addr, out, c, start, len) else {
                return;
            };
            (addr, out) = next;
            len += c.len_utf8();
        }
    }

    /// Steps on `c` from the node at `addr`, noting the word that ends there; `None` when no word
    /// goes on with `c`.
    fn step(
        &mut self,
        addr: CompiledAddr,
        mut out: Output,
        c: char,
        start: usize,
        len: usize,
    ) -> Option<(CompiledAddr, Output)> {
        let mut node = self.fst.node(addr);
        let (bytes, n) = code(c)?;
        for &byte in &bytes[..n] {
            let t = node.transition(node.find_input(byte)?);
            out = out.cat(t.out);
            node = self.fst.node(t.addr);
        }
        if node.is_final() {
            let frequency = out.cat(node.final_output()).value();
            let end = start + len + c.len_utf8();
            self.found.push((&self.text[start..end], frequency));
        }
        Some((node.addr(), out))
    }
}

/// Every word of jieba's dictionary with its frequency, in byte order.
pub fn all_words() -> Vec<(String, u64)> {
    use fst::{IntoStreamer, Streamer};
    let map = fst::Map::from(fst());
    let mut stream = map.into_stream();
    let mut words = Vec::with_capacity(ENTRIES);
    while let Some((key, frequency)) = stream.next() {
        words.push((word(key), frequency));
    }
    // Keys are in the order of their codes, not of the words.
    words.sort_unstable();
    words
}

/// A user dictionary in jieba's format: `word [freq] [tag]` per line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dictionary {
    name: String,
    text: String,
}

impl Dictionary {
    /// Checks `text` the way jieba reads it: a frequency, when given, is a whole number.
    pub fn parse(name: &str, text: &str) -> Result<Dictionary, Error> {
        for (n, line) in text.lines().enumerate() {
            if let Some(freq) = line.split_whitespace().nth(1)
                && freq.parse::<usize>().is_err()
            {
                return Err(Error::Dict {
                    name: name.into(),
                    problem: format!("line {}: the frequency {freq:?} is not a whole number", n + 1),
                });
            }
        }
        Ok(Dictionary {
            name: name.into(),
            text: text.into(),
        })
    }

    /// Reads a dictionary file (`--dict FILE`).
    pub fn read(path: &Path) -> Result<Dictionary, Error> {
        let bytes = std::fs::read(path).map_err(|e| Error::read(path, &e))?;
        let name = path.display().to_string();
        let text = String::from_utf8(bytes).map_err(|_| Error::Dict {
            name: name.clone(),
            problem: "not UTF-8 text".into(),
        })?;
        Dictionary::parse(&name, &text)
    }

    pub fn name(&self) -> &str {
        &self.name
    }

    pub fn text(&self) -> &str {
        &self.text
    }

    /// The words it defines.
    pub fn words(&self) -> impl Iterator<Item = &str> {
        self.text.lines().filter_map(|l| l.split_whitespace().next())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_fst_holds_the_whole_dictionary() {
        assert_eq!(fst().len(), ENTRIES);
        assert_eq!(ENTRIES, 349_045);
        assert_eq!(frequency("政府"), Some(23_452), "as in dict.txt: 政府 23452 n");
        assert_eq!(frequency("不是一个词啊"), None);
    }

    #[test]
    fn every_word_keeps_its_frequency() {
        // As in dict.txt, up to the largest of all.
        assert_eq!(frequency("工作"), Some(66_367));
        assert_eq!(frequency("了"), Some(883_634));
        let all = all_words();
        assert_eq!(all.len(), ENTRIES);
        assert!(
            all.is_sorted_by(|a, b| a.0 < b.0),
            "in byte order, each word once"
        );
        assert_eq!(all.iter().map(|(_, f)| *f).max(), Some(883_634));
        let total: u64 = all.iter().map(|(_, f)| f).sum();
        assert!(total <= TOTAL, "repeated lines count in TOTAL only");
    }

    #[test]
    fn words_in_finds_every_occurring_word_and_no_other() {
        let words = words_in(&["深化改革"]);
        let names: Vec<&str> = words.iter().map(|(w, _)| *w).collect();
        for w in ["深化", "改革", "深", "化", "改", "革"] {
            assert_eq!(names.contains(&w), frequency(w).is_some(), "{w}");
        }
        assert!(names.iter().all(|w| "深化改革".contains(w)));
        // Repeated, at the end of the text and in two texts: each word once, in byte order.
        let words = words_in(&["改革深化改革", "化改革"]);
        let names: Vec<&str> = words.iter().map(|(w, _)| *w).collect();
        assert_eq!(names, ["化", "改", "改革", "深", "深化", "深化改革", "革"]);
    }

    #[test]
    fn a_frequency_must_be_a_number() {
        assert!(Dictionary::parse("d", "三室经济 500 n\n两新一重\n").is_ok());
        let err = Dictionary::parse("d.txt", "三室经济 多 n\n").unwrap_err();
        assert_eq!(
            err.to_string(),
            "d.txt: not a jieba dictionary: line 1: the frequency \"多\" is not a whole number"
        );
    }
}
