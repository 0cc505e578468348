//! The phrases of standing policy language and the year each became established.
//!
//! A phrase is established from the third year the national work reports (国务院) used it, or from
//! the year after the third government did (data/vocabulary/established.tsv.gz, built by
//! examples/vocabulary.rs from the corpus less the evaluation's check set). A report that uses such
//! a phrase for the first time adopts a standing formula (`大气污染防治`, `造林绿化`) or mentions an
//! old programme (`一带一路`): no new formulation, and no news.

use fst::Map;

static FST_BYTES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/established-vocabulary.fst"));

fn map() -> Map<&'static [u8]> {
    Map::new(FST_BYTES).expect("the vocabulary FST written by build.rs is valid")
}

/// The year from which `phrase` (in its normalised form) was standing language, if it was.
pub fn established_since(phrase: &str) -> Option<i32> {
    map().get(phrase).and_then(|y| i32::try_from(y).ok())
}

/// Whether `phrase` was established language before `year` (a report's year).
pub fn established_before(phrase: &str, year: i32) -> bool {
    established_since(phrase).is_some_and(|since| since < year)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn standing_formulas_are_established_and_coinages_are_not() {
        assert!(established_before("大气污染防治", 2026));
        assert!(!established_before("房地产市场止跌回稳", 2026));
        assert!(!established_before("大气污染防治", 1999));
    }
}
