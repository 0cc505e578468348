//! Pairing the figures of two years: by indicator, role, measure, horizon and unit; then how each moved.

use std::collections::{BTreeMap, HashSet};

use super::Figure;
use super::indicator::Measure;
use super::lexicon;
use super::quantity::Quantity;
use super::role::{Horizon, Role};
use crate::blocking::sharing_a_key;

/// How a figure moved from the old report to the new one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Change {
    Increased,
    Decreased,
    /// Same value, same qualifier (`5%以上` → `不低于5%` is unchanged: both mean at least).
    Unchanged,
    /// Same value, another qualifier: `5.5%左右` → `5.5%以内`.
    QualifierChanged,
    /// Only the new report has the indicator (with this role and measure).
    Added,
    /// Only the old report has it.
    Dropped,
}

impl Change {
    pub fn name(self) -> &'static str {
        match self {
            Change::Increased => "increased",
            Change::Decreased => "decreased",
            Change::Unchanged => "unchanged",
            Change::QualifierChanged => "qualifier_changed",
            Change::Added => "added",
            Change::Dropped => "dropped",
        }
    }
}

/// What a change of a signed figure means when a side is a fall: `下降20.7%` → `下降2.17%` went up
/// as a number, but what happened is a smaller fall, and a reader must be told so.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Movement {
    SmallerFall,
    LargerFall,
    FallToRise,
    RiseToFall,
}

impl Movement {
    pub fn name(self) -> &'static str {
        match self {
            Movement::SmallerFall => "smaller_fall",
            Movement::LargerFall => "larger_fall",
            Movement::FallToRise => "fall_to_rise",
            Movement::RiseToFall => "rise_to_fall",
        }
    }
}

/// Which report a piece of text comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    Old,
    New,
}

/// A target one report gives as a number and the other only in words.
#[derive(Debug, Clone, PartialEq)]
pub struct Words {
    /// The report that has the words.
    pub side: Side,
    pub path: String,
    /// The clause that names the indicator without a number.
    pub text: String,
}

/// One indicator across the two years.
#[derive(Debug, Clone, PartialEq)]
pub struct NumberChange {
    pub indicator: String,
    pub role: Role,
    pub measure: Measure,
    pub horizon: Horizon,
    pub old: Option<Figure>,
    pub new: Option<Figure>,
    pub change: Change,
    /// The qualifier's meaning changed (`6%以上` → `5.5%左右`), whatever the value did.
    pub qualifier_changed: bool,
    /// Either side is a headline figure (targets paragraph, the review's opening results).
    pub headline: bool,
    /// The target is words, not a number, in the other report.
    pub words: Option<Words>,
}

type Key = (String, Role, Measure, Horizon, &'static str);

fn key(f: &Figure) -> Key {
    (
        normalise(&f.indicator),
        f.role,
        f.measure,
        f.horizon,
        f.quantity.base,
    )
}

/// Wording noise that differs between years without changing the indicator: spaces, quotation
/// marks, bracket widths, and two words for one thing (`比率` / `比例`, `GDP` / `经济`).
fn normalise(indicator: &str) -> String {
    let plain: String = indicator
        .chars()
        .filter(|c| !c.is_whitespace() && !"“”\"‘’《》、".contains(*c))
        .map(|c| match c {
            '（' => '(',
            '）' => ')',
            c => c,
        })
        .collect();
    plain.replace("比率", "比例").replace("GDP", "经济")
}

/// One figure per key: a headline mention if there is one, else the first.
fn representatives(figures: &[Figure]) -> BTreeMap<Key, &Figure> {
    let mut out: BTreeMap<Key, &Figure> = BTreeMap::new();
    for f in figures
        .iter()
        .filter(|f| f.role != Role::Other && !f.indicator.is_empty())
    {
        out.entry(key(f))
            .and_modify(|have| {
                if f.headline && !have.headline {
                    *have = f;
                }
            })
            .or_insert(f);
    }
    out
}

/// Pairs the figures of the old and new report and says how each indicator moved.
///
/// Figures are paired when their indicator, role, measure, horizon and base unit agree (`%` and
/// `个百分点` never pair); among several mentions of one indicator the headline one is used, else
/// the first. Indicators that are not headline ones may also pair by wording when one name contains
/// the other or they share most character pairs (`垃圾中转站` / `连体式垃圾中转站`). Figures whose role is
/// `other` (earlier levels, years long past) are left out. Rows come targets first, then results,
/// then plans; headline rows first within each; then in the new report's order, dropped ones last.
pub fn compare(old: &[Figure], new: &[Figure]) -> Vec<NumberChange> {
    compare_bounded(old, new).0
}

/// [`compare`], and whether pairing by wording was skipped as too costly ([`MAX_WEIGHED_PAIRS`]):
/// then how many unlisted indicators each side had, which pair only when worded alike.
pub fn compare_bounded(old: &[Figure], new: &[Figure]) -> (Vec<NumberChange>, Option<(usize, usize)>) {
    let old_reps = representatives(old);
    let new_reps = representatives(new);
    let mut pairs: Vec<(Option<&Figure>, Option<&Figure>)> = Vec::new();
    let mut used_old: HashSet<&Key> = HashSet::new();
    let mut used_new: HashSet<&Key> = HashSet::new();
    for (k, n) in &new_reps {
        if let Some(o) = old_reps.get(k) {
            pairs.push((Some(o), Some(n)));
            used_old.insert(k);
            used_new.insert(k);
        }
    }
    let (fuzzy, unweighed) = match fuzzy_pairs(&old_reps, &new_reps, &used_old, &used_new) {
        Ok(pairs) => (pairs, None),
        Err(sizes) => (Vec::new(), Some(sizes)),
    };
    for (ko, kn) in fuzzy {
        pairs.push((Some(old_reps[ko]), Some(new_reps[kn])));
        used_old.insert(ko);
        used_new.insert(kn);
    }
    for (k, n) in &new_reps {
        if !used_new.contains(k) {
            pairs.push((None, Some(n)));
        }
    }
    for (k, o) in &old_reps {
        if !used_old.contains(k) {
            pairs.push((Some(o), None));
        }
    }
    let mut changes: Vec<NumberChange> = pairs.into_iter().map(|(o, n)| change(o, n)).collect();
    changes.sort_by_key(|c| {
        let role_rank = match c.role {
            Role::Target => 0,
            Role::Actual => 1,
            Role::Plan => 2,
            Role::Other => 3,
        };
        let position = match (&c.new, &c.old) {
            (Some(n), _) => (0, n.quantity.span.start),
            (None, Some(o)) => (1, o.quantity.span.start),
            (None, None) => (2, 0),
        };
        (role_rank, !c.headline, position)
    });
    (changes, unweighed)
}

impl NumberChange {
    /// How the figure moved when either side is a fall (`None` when neither is, or nothing moved).
    pub fn movement(&self) -> Option<Movement> {
        let (o, n) = (
            self.old.as_ref()?.quantity.value,
            self.new.as_ref()?.quantity.value,
        );
        if !matches!(self.change, Change::Increased | Change::Decreased) {
            return None;
        }
        match (o < 0.0, n < 0.0) {
            (true, true) if n > o => Some(Movement::SmallerFall),
            (true, true) => Some(Movement::LargerFall),
            (true, false) => Some(Movement::FallToRise),
            (false, true) => Some(Movement::RiseToFall),
            (false, false) => None,
        }
    }
}

fn change(old: Option<&Figure>, new: Option<&Figure>) -> NumberChange {
    let any = new.or(old).expect("a pair has a side");
    let (change, qualifier_changed) = match (old, new) {
        (Some(o), Some(n)) => classify(&o.quantity, &n.quantity),
        (None, _) => (Change::Added, false),
        (_, None) => (Change::Dropped, false),
    };
    NumberChange {
        indicator: any.indicator.clone(),
        role: any.role,
        measure: any.measure,
        horizon: any.horizon,
        headline: old.is_some_and(|f| f.headline) || new.is_some_and(|f| f.headline),
        old: old.cloned(),
        new: new.cloned(),
        change,
        qualifier_changed,
        words: None,
    }
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
}

/// How `new` differs from `old` (same base unit): by value, ranges by their middle; then by qualifier.
pub fn classify(old: &Quantity, new: &Quantity) -> (Change, bool) {
    let bounds = |q: &Quantity| {
        let lo = q.normalised();
        let hi = q.normalised_upper().unwrap_or(lo);
        (lo.min(hi), lo.max(hi))
    };
    let (olo, ohi) = bounds(old);
    let (nlo, nhi) = bounds(new);
    let qualifier_changed = old.bound != new.bound;
    if close(olo, nlo) && close(ohi, nhi) {
        let c = if qualifier_changed {
            Change::QualifierChanged
        } else {
            Change::Unchanged
        };
        return (c, qualifier_changed);
    }
    let c = if (nlo + nhi) > (olo + ohi) {
        Change::Increased
    } else {
        Change::Decreased
    };
    (c, qualifier_changed)
}

/// Character pairs of a name, for comparing wordings.
fn bigrams(s: &str) -> Vec<(char, char)> {
    let chars: Vec<char> = s.chars().collect();
    chars.windows(2).map(|w| (w[0], w[1])).collect()
}

fn similarity(a: &str, b: &str) -> f64 {
    let (x, y) = (bigrams(a), bigrams(b));
    if x.is_empty() || y.is_empty() {
        return 0.0;
    }
    let mut pool = y.clone();
    let mut shared = 0;
    for g in &x {
        if let Some(at) = pool.iter().position(|h| h == g) {
            pool.swap_remove(at);
            shared += 1;
        }
    }
    2.0 * shared as f64 / (x.len() + y.len()) as f64
}

/// Whether two phrases name the same thing: one holds the other (at least three characters), or
/// most character pairs are shared.
fn same_thing(a: &str, b: &str) -> Option<f64> {
    // 新增X counts what was added in the year, X what there is: never the same figure.
    if a.starts_with("新增") != b.starts_with("新增") {
        return None;
    }
    let (na, nb) = (a.chars().count(), b.chars().count());
    if na.min(nb) >= 3 && (a.contains(b) || b.contains(a)) {
        return Some(0.9 + 0.1 * na.min(nb) as f64 / na.max(nb) as f64);
    }
    // `新型窨井盖` / `新型智慧窨井盖`: the shorter name read in order inside the longer.
    let (short, long) = if na <= nb { (a, b) } else { (b, a) };
    if na.min(nb) >= 4 && 10 * na.min(nb) >= 6 * na.max(nb) && is_subsequence(short, long) {
        return Some(0.8);
    }
    let s = similarity(a, b);
    (s >= 0.75).then_some(s)
}

fn is_subsequence(short: &str, long: &str) -> bool {
    let mut rest = long.chars();
    short.chars().all(|c| rest.any(|d| d == c))
}

/// At most this many pairs of wordings are weighed for [`fuzzy_pairs`]: real reports need a few
/// thousand; texts of megabytes would need hundreds of millions.
pub const MAX_WEIGHED_PAIRS: usize = 200_000;

/// Pairs of not-yet-matched keys whose phrases name the same thing, each the other's best; or,
/// when more than [`MAX_WEIGHED_PAIRS`] pairs would have to be weighed, nothing and how many
/// phrases there were on each side.
fn fuzzy_pairs<'a>(
    old: &'a BTreeMap<Key, &Figure>,
    new: &'a BTreeMap<Key, &Figure>,
    used_old: &HashSet<&Key>,
    used_new: &HashSet<&Key>,
) -> Result<Vec<(&'a Key, &'a Key)>, (usize, usize)> {
    let candidates = |keys: &'a BTreeMap<Key, &Figure>, used: &HashSet<&Key>| -> Vec<&'a Key> {
        keys.iter()
            .filter(|(k, f)| !used.contains(k) && !f.canonical)
            .map(|(k, _)| k)
            .collect()
    };
    let olds = candidates(old, used_old);
    let news = candidates(new, used_new);
    // Phrases naming the same thing share a character pair: one holds the other (three characters
    // or more), or reads inside it with few insertions, or shares most pairs. So only phrases that
    // share one, and are otherwise compatible, are weighed.
    type Block = (Role, Measure, Horizon, &'static str, (char, char));
    let blocks = |k: &'a Key| -> Vec<Block> {
        let mut b: Vec<Block> = bigrams(&k.0)
            .into_iter()
            .map(|g| (k.1, k.2, k.3, k.4, g))
            .collect();
        b.sort_unstable();
        b.dedup();
        b
    };
    let old_blocks: Vec<Vec<Block>> = olds.iter().map(|k| blocks(k)).collect();
    let new_blocks: Vec<Vec<Block>> = news.iter().map(|k| blocks(k)).collect();
    let Some(candidates) = sharing_a_key(&old_blocks, &new_blocks, MAX_WEIGHED_PAIRS) else {
        return Err((olds.len(), news.len()));
    };
    let mut scored: Vec<(f64, usize, usize)> = Vec::new();
    for (i, js) in candidates.iter().enumerate() {
        for &j in js {
            if let Some(score) = same_thing(&olds[i].0, &news[j].0) {
                scored.push((score, i, j));
            }
        }
    }
    // Each side's best, when it is the only one with the highest score.
    let best = |side: usize, n: usize| -> Vec<Option<usize>> {
        let mut top: Vec<Option<(f64, usize, bool)>> = vec![None; n];
        for &(score, i, j) in &scored {
            let (me, other) = if side == 0 { (i, j) } else { (j, i) };
            top[me] = match top[me] {
                Some((s, k, unique)) if s > score => Some((s, k, unique)),
                Some((s, k, _)) if s == score => Some((s, k, false)),
                _ => Some((score, other, true)),
            };
        }
        top.into_iter()
            .map(|t| t.and_then(|(_, k, unique)| unique.then_some(k)))
            .collect()
    };
    let (best_new, best_old) = (best(0, olds.len()), best(1, news.len()));
    Ok(best_new
        .iter()
        .enumerate()
        .filter_map(|(i, j)| {
            let j = (*j)?;
            (best_old[j] == Some(i)).then(|| (olds[i], news[j]))
        })
        .collect())
}

/// Notes, for each target given as a number in one report's targets paragraph and missing from the
/// other's numbers, where the other report's targets name it in words.
pub fn note_words(
    changes: &mut [NumberChange],
    old_targets: &[(String, String)],
    new_targets: &[(String, String)],
) {
    for c in changes.iter_mut().filter(|c| c.role == Role::Target) {
        let (figure, side, texts) = match (&c.old, &c.new) {
            (Some(o), None) if o.headline => (o, Side::New, new_targets),
            (None, Some(n)) if n.headline => (n, Side::Old, old_targets),
            _ => continue,
        };
        let wordings: Vec<&str> = match lexicon::INDICATORS.iter().find(|i| i.name == figure.indicator) {
            Some(i) => i.aliases.to_vec(),
            None => vec![figure.indicator.as_str()],
        };
        'texts: for (path, text) in texts {
            for clause in text.split(['；', ';', '。']) {
                if wordings.iter().any(|w| clause.contains(w)) {
                    c.words = Some(Words {
                        side,
                        path: path.clone(),
                        text: clause.trim().to_string(),
                    });
                    break 'texts;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::numbers::quantity::scan;

    fn q(text: &str) -> Quantity {
        scan(text).remove(0)
    }

    fn figure(indicator: &str, text: &str, role: Role, headline: bool) -> Figure {
        let quantity = q(text);
        let measure = crate::numbers::indicator::read(text, std::slice::from_ref(&quantity))[0].measure;
        Figure {
            quantity,
            indicator: indicator.into(),
            canonical: lexicon::lookup(indicator).is_some(),
            measure,
            role,
            horizon: Horizon::Year,
            headline,
            path: "一".into(),
            sentence: 0..text.len(),
            quote: text.into(),
            range: [0, 0],
        }
    }

    #[test]
    fn a_change_between_falls_says_how_the_fall_moved() {
        let f = |text: &str| figure("PM2.5年均浓度", text, Role::Actual, true);
        let moved = |o: &str, n: &str| change(Some(&f(o)), Some(&f(n))).movement();
        assert_eq!(moved("下降20.7%", "下降2.17%"), Some(Movement::SmallerFall));
        assert_eq!(moved("下降2%", "下降5%"), Some(Movement::LargerFall));
        assert_eq!(moved("下降2%", "增长1%"), Some(Movement::FallToRise));
        assert_eq!(moved("增长1%", "下降2%"), Some(Movement::RiseToFall));
        assert_eq!(moved("增长1%", "增长2%"), None);
        assert_eq!(moved("下降2%", "下降2%"), None);
    }

    #[test]
    fn values_and_qualifiers_classify() {
        assert_eq!(
            classify(&q("增长6%以上"), &q("增长5.5%左右")),
            (Change::Decreased, true)
        );
        assert_eq!(
            classify(&q("1100万人以上"), &q("1100万人以上")),
            (Change::Unchanged, false)
        );
        assert_eq!(
            classify(&q("5.5%左右"), &q("5.5%以内")),
            (Change::QualifierChanged, true)
        );
        assert_eq!(classify(&q("增长2.3%"), &q("增长8.1%")).0, Change::Increased);
        assert_eq!(classify(&q("不低于5%"), &q("5%以上")), (Change::Unchanged, false));
    }

    #[test]
    fn the_same_amount_in_other_units_is_unchanged() {
        assert_eq!(
            classify(&q("1.5亿元"), &q("15000万元")),
            (Change::Unchanged, false)
        );
    }

    #[test]
    fn declines_compare_as_signed_growth() {
        // PM2.5 fell faster: the growth rate went down.
        assert_eq!(classify(&q("下降12.6%"), &q("下降18.2%")).0, Change::Decreased);
        assert_eq!(classify(&q("下降3.2%"), &q("增长9.5%")).0, Change::Increased);
    }

    #[test]
    fn ranges_compare_by_their_middle() {
        assert_eq!(classify(&q("4600多个"), &q("5900多个")).0, Change::Increased);
        assert_eq!(classify(&q("10余条"), &q("10余条")).0, Change::Unchanged);
        assert_eq!(classify(&q("8条"), &q("10余条")), (Change::Increased, true));
    }

    #[test]
    fn pairs_by_indicator_role_and_measure_and_lists_the_rest() {
        let old = [
            figure("地区生产总值", "增长7%以上", Role::Target, true),
            figure("居民消费价格", "涨幅3%左右", Role::Target, true),
            figure("地区生产总值", "增长2.4%", Role::Actual, true),
        ];
        let new = [
            figure("地区生产总值", "增长8%左右", Role::Target, true),
            figure("地区生产总值", "增长5.3%", Role::Actual, true),
        ];
        let c = compare(&old, &new);
        let rows: Vec<(&str, Role, Change)> = c
            .iter()
            .map(|c| (c.indicator.as_str(), c.role, c.change))
            .collect();
        assert_eq!(
            rows,
            [
                ("地区生产总值", Role::Target, Change::Increased),
                ("居民消费价格", Role::Target, Change::Dropped),
                ("地区生产总值", Role::Actual, Change::Increased),
            ]
        );
        assert!(c[0].qualifier_changed);
    }

    #[test]
    fn percent_and_points_do_not_pair() {
        let old = [figure("常住人口城镇化率", "提高9个百分点", Role::Actual, false)];
        let new = [figure("常住人口城镇化率", "增长2%", Role::Actual, false)];
        let c = compare(&old, &new);
        assert_eq!(c.len(), 2);
        assert!(c.iter().all(|c| c.old.is_none() || c.new.is_none()));
    }

    #[test]
    fn a_headline_mention_is_preferred_over_an_earlier_one() {
        let old = [figure("地区生产总值", "增长2.4%", Role::Actual, true)];
        let mut early = figure("地区生产总值", "增长9%", Role::Actual, false);
        early.quantity.span = 0..1;
        let mut headline = figure("地区生产总值", "增长5.3%", Role::Actual, true);
        headline.quantity.span = 10..11;
        let c = compare(&old, &[early, headline]);
        assert_eq!(c.len(), 1);
        assert_eq!(c[0].new.as_ref().unwrap().quantity.value, 5.3);
    }

    #[test]
    fn other_roles_are_not_compared() {
        let old = [figure("地区生产总值", "129.6亿元", Role::Other, false)];
        let new = [figure("地区生产总值", "118.3亿元", Role::Other, false)];
        assert!(compare(&old, &new).is_empty());
    }

    #[test]
    fn similar_wordings_of_a_minor_indicator_pair() {
        let old = [figure("垃圾中转站", "2座", Role::Actual, false)];
        let new = [figure("连体式垃圾中转站", "4座", Role::Actual, false)];
        let c = compare(&old, &new);
        assert_eq!(c.len(), 1);
        assert_eq!(c[0].change, Change::Increased);
        let old = [figure("新型窨井盖", "800余个", Role::Actual, false)];
        let new = [figure("新型智慧窨井盖", "1200余个", Role::Actual, false)];
        assert_eq!(compare(&old, &new)[0].change, Change::Increased);
        let old = [figure("垃圾中转站", "2座", Role::Actual, false)];
        let unrelated = [figure("旅游公厕", "3座", Role::Actual, false)];
        let increment = [figure("新增国家高新技术企业", "3家以上", Role::Target, false)];
        let stock = [figure("国家高新技术企业", "10家以上", Role::Target, false)];
        assert_eq!(
            compare(&increment, &stock).len(),
            2,
            "an increment is not a stock"
        );
        assert_eq!(compare(&old, &unrelated).len(), 2);
    }

    #[test]
    fn a_target_that_became_words_is_noted() {
        let old = [figure("单位国内生产总值能耗", "降低3%左右", Role::Target, true)];
        let mut c = compare(&old, &[]);
        let new_targets = [(
            "二/p3".to_string(),
            "粮食产量保持在1.3万亿斤以上；能耗强度目标在“十四五”规划期内统筹考核，并留有适当弹性；"
                .to_string(),
        )];
        note_words(&mut c, &[], &new_targets);
        assert_eq!(c[0].change, Change::Dropped);
        let words = c[0].words.as_ref().unwrap();
        assert_eq!(words.side, Side::New);
        assert!(words.text.starts_with("能耗强度目标"), "{}", words.text);
    }
}
