//! Content similarity: TF-IDF vectors over jieba tokens, cosine, and weighted containment.

use std::sync::OnceLock;

use rustc_hash::FxHashMap as HashMap;

use crate::outline::Span;
use crate::segment::{Kind, Token};

/// The tokens of one report's text, searchable by span.
#[derive(Debug)]
pub struct Tokens<'t> {
    pub text: &'t str,
    pub tokens: Vec<Token>,
}

impl<'t> Tokens<'t> {
    pub fn new(text: &'t str, tokens: Vec<Token>) -> Tokens<'t> {
        Tokens { text, tokens }
    }

    /// The tokens inside `span` (spans always fall on token boundaries: both are cut at line ends
    /// and sentence ends).
    pub fn within(&self, span: &Span) -> &[Token] {
        &self.tokens[self.range(span)]
    }

    /// The indices of the tokens inside `span`.
    pub fn range(&self, span: &Span) -> std::ops::Range<usize> {
        crate::segment::tokens_within(&self.tokens, span)
    }

    pub fn word(&self, token: &Token) -> &'t str {
        &self.text[token.span()]
    }
}

/// Whether a token carries content (punctuation and spaces do not).
pub fn is_content(kind: Kind) -> bool {
    !matches!(kind, Kind::Punct | Kind::Space)
}

const NO_TERM: u32 = u32::MAX;

/// The term id of each token of one text.
#[derive(Debug)]
pub struct Terms {
    ids: Vec<u32>,
}

/// Term ids shared by both reports, and how many units each term occurs in.
#[derive(Debug, Default)]
pub struct Vocabulary<'t> {
    ids: HashMap<&'t str, u32>,
    df: Vec<u32>,
    documents: u32,
    /// Each term's [`Vocabulary::idf`], worked out once all documents are in: tens of thousands
    /// of weights read the few thousand terms' logarithms.
    idf: OnceLock<Vec<f64>>,
}

/// A sparse vector: sorted term ids with weights.
#[derive(Debug, Clone, Default)]
pub struct Vector {
    pub terms: Vec<(u32, f64)>,
    pub norm: f64,
}

impl<'t> Vocabulary<'t> {
    fn id(&mut self, word: &'t str) -> u32 {
        let next = self.ids.len() as u32;
        let id = *self.ids.entry(word).or_insert(next);
        if id as usize == self.df.len() {
            self.df.push(0);
        }
        id
    }

    /// The term id of every token (`None` for punctuation and spaces). A number counts as its unit
    /// alone: the figures are what changes from year to year, the sentence around them is what stays.
    pub fn terms(&mut self, tokens: &Tokens<'t>) -> Terms {
        let ids = tokens
            .tokens
            .iter()
            .map(|t| {
                if !is_content(t.kind) {
                    return NO_TERM;
                }
                let word = tokens.word(t);
                let term = if t.kind == Kind::Number {
                    word.trim_start_matches(|c: char| c.is_ascii_digit() || matches!(c, '.' | ','))
                } else {
                    word
                };
                self.id(term)
            })
            .collect();
        Terms { ids }
    }

    /// Term frequencies of the content tokens in `spans`, sorted by term.
    pub fn counts(&self, tokens: &Tokens<'t>, terms: &Terms, spans: &[Span]) -> Vec<(u32, u32)> {
        let mut ids: Vec<u32> = Vec::with_capacity(spans.iter().map(|s| tokens.range(s).len()).sum());
        for span in spans {
            ids.extend(
                terms.ids[tokens.range(span)]
                    .iter()
                    .copied()
                    .filter(|&id| id != NO_TERM),
            );
        }
        // The ids of a whole part or section number thousands: a radix sort is faster on them,
        // comparisons on a sentence's few dozen (256: measured best on reports).
        if ids.len() >= 256 {
            radsort::sort(&mut ids);
        } else {
            ids.sort_unstable();
        }
        let mut counts: Vec<(u32, u32)> = Vec::with_capacity(ids.len());
        for id in ids {
            match counts.last_mut() {
                Some((last, n)) if *last == id => *n += 1,
                _ => counts.push((id, 1)),
            }
        }
        counts
    }

    /// Registers one document's counts for the document frequencies.
    pub fn add_document(&mut self, counts: &[(u32, u32)]) {
        debug_assert!(
            self.idf.get().is_none(),
            "documents are added before any weight is read"
        );
        self.documents += 1;
        for &(id, _) in counts {
            self.df[id as usize] += 1;
        }
    }

    /// Rare terms weigh more; a term in every unit weighs almost nothing.
    pub fn idf(&self, id: u32) -> f64 {
        let weight = |df: u32| ((self.documents as f64 + 1.0) / (df as f64 + 0.5)).ln().max(0.0);
        let idf = self
            .idf
            .get_or_init(|| self.df.iter().map(|&df| weight(df)).collect());
        idf.get(id as usize).copied().unwrap_or_else(|| weight(0))
    }

    /// Sublinear TF-IDF weights.
    pub fn vector(&self, counts: &[(u32, u32)]) -> Vector {
        let mut terms: Vec<(u32, f64)> = Vec::with_capacity(counts.len());
        terms.extend(
            counts
                .iter()
                .map(|&(id, n)| {
                    // Most terms occur once in a unit, and ln 1 is 0.
                    let tf = if n == 1 { 1.0 } else { 1.0 + (n as f64).ln() };
                    (id, tf * self.idf(id))
                })
                .filter(|&(_, w)| w > 0.0),
        );
        let norm = terms.iter().map(|(_, w)| w * w).sum::<f64>().sqrt();
        Vector { terms, norm }
    }
}

/// Cosine similarity in [0, 1].
pub fn cosine(a: &Vector, b: &Vector) -> f64 {
    if a.norm == 0.0 || b.norm == 0.0 {
        return 0.0;
    }
    let (mut i, mut j, mut dot) = (0, 0, 0.0);
    while i < a.terms.len() && j < b.terms.len() {
        match a.terms[i].0.cmp(&b.terms[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                dot += a.terms[i].1 * b.terms[j].1;
                i += 1;
                j += 1;
            }
        }
    }
    (dot / (a.norm * b.norm)).clamp(0.0, 1.0)
}

/// How much of `a`'s weight `b` also has: 1 when everything `a` says is in `b`.
pub fn containment(a: &Vector, b: &Vector) -> f64 {
    let total: f64 = a.terms.iter().map(|(_, w)| w).sum();
    if total == 0.0 {
        return 0.0;
    }
    let (mut i, mut j, mut shared) = (0, 0, 0.0);
    while i < a.terms.len() && j < b.terms.len() {
        match a.terms[i].0.cmp(&b.terms[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                shared += a.terms[i].1.min(b.terms[j].1);
                i += 1;
                j += 1;
            }
        }
    }
    shared / total
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(terms: &[(u32, f64)]) -> Vector {
        let norm = terms.iter().map(|(_, w)| w * w).sum::<f64>().sqrt();
        Vector {
            terms: terms.to_vec(),
            norm,
        }
    }

    #[test]
    fn cosine_of_identical_disjoint_and_overlapping() {
        let a = v(&[(1, 1.0), (2, 2.0)]);
        assert!((cosine(&a, &a) - 1.0).abs() < 1e-9);
        assert_eq!(cosine(&a, &v(&[(3, 1.0)])), 0.0);
        let c = cosine(&a, &v(&[(2, 2.0), (3, 1.0)]));
        assert!(c > 0.5 && c < 1.0, "{c}");
        assert_eq!(cosine(&a, &Vector::default()), 0.0);
    }

    #[test]
    fn containment_is_asymmetric() {
        let small = v(&[(1, 1.0), (2, 1.0)]);
        let big = v(&[(1, 1.0), (2, 1.0), (3, 1.0), (4, 1.0)]);
        assert!((containment(&small, &big) - 1.0).abs() < 1e-9);
        assert!((containment(&big, &small) - 0.5).abs() < 1e-9);
    }
}
