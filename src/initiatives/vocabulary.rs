//! The phrases of national policy language and the year each became established.
//!
//! A phrase the national work reports (国务院) used in three different years is established from the
//! third (data/vocabulary/national.tsv.gz, built by examples/national_vocabulary.rs from the
//! national reports of 1998–2025 less those of the evaluation's check set). A local report that
//! uses such a phrase for the first time adopts a standing formula (`大气污染防治`) or mentions an
//! old programme (`一带一路`): no new formulation, and no news.

use fst::Map;

static FST_BYTES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/national-vocabulary.fst"));

fn map() -> Map<&'static [u8]> {
    Map::new(FST_BYTES).expect("the vocabulary FST written by build.rs is valid")
}

/// The year from which the national reports had used `phrase` (in its normalised form) in three
/// years, if they had.
pub fn established_since(phrase: &str) -> Option<i32> {
    map().get(phrase).and_then(|y| i32::try_from(y).ok())
}

/// Whether `phrase` was established national language before `year` (a report's year).
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
