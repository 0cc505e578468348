//! Traditional characters folded to simplified, character for character, for matching only.
//!
//! A report in traditional characters (`政府工作報告`, the 1954 report) is read and matched as
//! simplified: the outline's markers, the figures' wording, the dictionary and the other year's
//! report are all simplified. Every character is replaced by one of the same UTF-8 length, so that
//! every span into the folded text is a span into the text as written, which is what is printed
//! ([`Folding::as_written`]).

use rustc_hash::FxHashMap as HashMap;
use std::borrow::Cow;
use std::sync::LazyLock;

use ferrous_opencc::OpenCC;
use ferrous_opencc::config::BuiltinConfig;

static T2S: LazyLock<Option<OpenCC>> = LazyLock::new(|| OpenCC::from_config(BuiltinConfig::T2s).ok());

/// Text in traditional characters cannot go a paragraph without one of these; a simplified
/// text never has them (sorted, for a binary search).
const TELLTALES: &[char] = &[
    '來', '個', '們', '價', '區', '問', '國', '學', '實', '對', '導', '層', '時', '會', '業', '樣', '機',
    '歷', '為', '環', '產', '當', '發', '確', '經', '與', '華', '見', '說', '讓', '這', '進', '長', '開',
    '關', '體', '點',
];

/// Share of a text's Chinese characters that must be traditional for it to be folded.
///
/// Simplified reports hold a few characters the tables would change though they are good simplified
/// writing (`颠覆`, `菜薹`, `乾县`); they are read as they are. A text in traditional characters
/// changes by the hundreds in a thousand.
const TRADITIONAL_SHARE: f64 = 0.01;

/// `text` with its traditional characters simplified, or `None` when it is not written in them (or
/// the tables could not be loaded, which leaves the text as it is: matching is then only poorer).
pub(crate) fn fold(text: &str) -> Option<String> {
    // Most texts are simplified, and are told so before the tables load.
    if !text
        .chars()
        .any(|c| c >= '\u{4e00}' && TELLTALES.binary_search(&c).is_ok())
    {
        return None;
    }
    let t2s = T2S.as_ref()?;
    // Most texts are simplified: their distinct characters, simplified one by one, tell so at a
    // tenth of the cost of converting the whole text.
    let mut counts: HashMap<char, usize> = HashMap::default();
    for c in text.chars().filter(|&c| super::clean::is_cjk(c)) {
        *counts.entry(c).or_default() += 1;
    }
    let han: usize = counts.values().sum();
    let mut distinct: Vec<char> = counts.keys().copied().collect();
    distinct.sort_unstable();
    let probe: String = distinct.iter().flat_map(|&c| [c, '\n']).collect();
    let changed: usize = probe
        .chars()
        .zip(t2s.convert(&probe).chars())
        .filter(|(a, b)| a != b)
        .map(|(a, _)| counts.get(&a).copied().unwrap_or(0))
        .sum();
    if changed == 0 || (changed as f64) < TRADITIONAL_SHARE * han as f64 {
        return None;
    }
    let whole = t2s.convert(text);
    // OpenCC converts by phrase, and a phrase may change length (rarely): then each line is
    // taken whole if it kept its shape, else character by character.
    let folded = if aligned(text, &whole) {
        whole
    } else {
        text.split_inclusive('\n')
            .map(|line| {
                let converted = t2s.convert(line);
                if aligned(line, &converted) {
                    converted
                } else {
                    line.chars().map(|c| one(t2s, c)).collect()
                }
            })
            .collect()
    };
    (folded != text).then_some(folded)
}

/// One character simplified, if its simplified form is one character of the same length.
fn one(t2s: &OpenCC, c: char) -> char {
    let mut buf = [0u8; 4];
    let converted = t2s.convert(c.encode_utf8(&mut buf));
    let mut chars = converted.chars();
    match (chars.next(), chars.next()) {
        (Some(s), None) if s.len_utf8() == c.len_utf8() => s,
        _ => c,
    }
}

/// Whether `b` replaces each character of `a` by one of the same UTF-8 length.
fn aligned(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.chars().count() == b.chars().count()
        && a.chars()
            .zip(b.chars())
            .all(|(x, y)| x.len_utf8() == y.len_utf8())
}

/// A report's text as written, beside the folded text everything is computed on.
#[derive(Debug, Clone)]
pub(crate) struct Folding {
    written: String,
    /// For each folded character, the written one it stands for most often in this report.
    back: HashMap<char, char>,
}

impl Folding {
    pub(crate) fn new(written: String, folded: &str) -> Folding {
        let mut counts: HashMap<(char, char), usize> = HashMap::default();
        for (w, f) in written.chars().zip(folded.chars()) {
            if w != f {
                *counts.entry((f, w)).or_default() += 1;
            }
        }
        let mut best: HashMap<char, (char, usize)> = HashMap::default();
        for ((f, w), n) in counts {
            let slot = best.entry(f).or_insert((w, n));
            if (n, w) > (slot.1, slot.0) {
                *slot = (w, n);
            }
        }
        let back = best.into_iter().map(|(f, (w, _))| (f, w)).collect();
        Folding { written, back }
    }

    pub(crate) fn written(&self) -> &str {
        &self.written
    }

    /// A string taken from the folded text, as the report writes it: where it occurs in the
    /// folded text, the written characters there; elsewhere (quotes cut with `…`, names of the
    /// tool's own), each character as the report most often writes it.
    pub(crate) fn as_written<'a>(&self, folded_text: &str, s: &'a str) -> Cow<'a, str> {
        if !s.chars().any(|c| self.back.contains_key(&c)) {
            return Cow::Borrowed(s);
        }
        if let Some(at) = folded_text.find(s) {
            return Cow::Owned(self.written[at..at + s.len()].to_string());
        }
        // A quote cut short: each piece is text.
        if s.contains('…') {
            let pieces: Vec<Cow<str>> = s.split('…').map(|p| self.as_written(folded_text, p)).collect();
            return Cow::Owned(pieces.join("…"));
        }
        Cow::Owned(
            s.chars()
                .map(|c| self.back.get(&c).copied().unwrap_or(c))
                .collect(),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn telltales_are_sorted_and_folded() {
        assert!(TELLTALES.is_sorted());
        let all: String = TELLTALES.iter().collect();
        let folded = T2S.as_ref().unwrap().convert(&all);
        assert!(all.chars().zip(folded.chars()).all(|(a, b)| a != b), "{folded}");
    }

    #[test]
    fn traditional_text_folds_character_for_character() {
        let written = "政府工作報告\n我們的國家經濟發展了。";
        let folded = fold(written).expect("traditional characters");
        assert_eq!(folded, "政府工作报告\n我们的国家经济发展了。");
        assert_eq!(folded.len(), written.len());
        assert_eq!(fold("政府工作报告"), None);
        // A simplified text with one character the tables would change is read as it is.
        assert_eq!(fold(&format!("{}防止颠覆。", "政府工作报告。".repeat(20))), None);
    }

    #[test]
    fn strings_of_the_folded_text_print_as_written() {
        let written = "經濟發展。發展經濟。".to_string();
        let folded = fold(&written).unwrap();
        let f = Folding::new(written, &folded);
        assert_eq!(f.as_written(&folded, "经济发展"), "經濟發展");
        // Cut with an ellipsis: each piece found in the text.
        assert_eq!(f.as_written(&folded, "…发展经"), "…發展經");
        // Not in the text as such: character by character.
        assert_eq!(f.as_written(&folded, "经济发展经济"), "經濟發展經濟");
        assert_eq!(f.as_written(&folded, "地区生产总值"), "地区生产总值");
    }
}
