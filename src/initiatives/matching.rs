//! Matching initiatives across years: the same key, a key the other year writes without naming it,
//! and near-identical names (a year or a modifier reworded) merged as kept-and-changed.
//!
//! The order is what keeps the result honest. A term whose key occurs anywhere in the other report's
//! text is kept, whether or not that report names it the same way. Only terms absent from the other
//! text are candidates for added or dropped; among those, near-identical pairs are merged. What is
//! left is checked for absence once more, so every reported addition and drop is literally absent.

use rustc_hash::FxHashSet as HashSet;
use std::cmp::Reverse;

use super::candidates::{GENERIC as GENERAL_WORDS, SPECIFIC_HEADS, WEAK_HEADS};
use super::{Candidate, Initiatives, Kept, Kind, Match, Normalized, Side};
use crate::blocking::sharing_a_key;
use crate::outline::Span;

/// Words that end a name; stripping one leaves the name's core (`龙佰国际康养城项目` → `龙佰国际康养城`).
#[rustfmt::skip]
const HEADS: &[&str] = &[
    "行动计划", "行动方案", "行动纲要", "实施纲要", "实施方案", "专项斗争", "示范区", "试验区",
    "产业园", "三年行动", "行动", "工程", "计划", "战略", "机制", "体系", "模式", "项目", "活动",
    "规划", "方案", "试点", "基地", "园区", "纲要", "改革", "政策", "制度", "中心", "建设",
];

/// A core must be this long to stand for its name: `城市更新` does, `双减` does not.
const MIN_CORE_CHARS: usize = 4;

/// A core this short (`质量提升`, `共同富裕`) also turns up in unrelated sentences: it stands for its
/// name only where the other report names something with it or makes it a theme.
const SHORT_CORE_CHARS: usize = 4;

/// How often the other report must use a short core for it to be a theme (`乡村振兴`), not an
/// accident (`质量提升` twice, in the education and the industry paragraphs).
const THEME_COUNT: usize = 3;

/// At most this many pairs of added and dropped names are weighed as renamings: real reports need
/// a few thousand; texts of megabytes would need hundreds of millions.
pub const MAX_WEIGHED_PAIRS: usize = 200_000;

/// What two names must share to be weighed as one renamed.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Block {
    Start([char; 3]),
    End([char; 2]),
    Masked(String),
}

pub(crate) fn compare(old: &Side, new: &Side) -> Initiatives {
    let mut kept: Vec<Kept> = Vec::new();
    let mut added: Vec<&Candidate> = Vec::new();
    let mut dropped: Vec<&Candidate> = Vec::new();
    // Keys of old candidates already shown in a kept pair.
    let mut old_shown: HashSet<String> = HashSet::default();

    for n in &new.candidates {
        if old.normalized.contains(&n.key) {
            let o = counterpart(old, n, &n.key);
            old_shown.insert(o.key.clone());
            kept.push(Kept {
                old: o,
                new: (*n).clone(),
                how: Match::Same,
            });
        } else {
            added.push(n);
        }
    }
    let mut new_shown: HashSet<String> = kept.iter().map(|k| k.new.key.clone()).collect();
    for o in &old.candidates {
        if old_shown.contains(&o.key) {
            continue;
        }
        if new.normalized.contains(&o.key) {
            let n = counterpart(new, o, &o.key);
            new_shown.insert(n.key.clone());
            kept.push(Kept {
                old: (*o).clone(),
                new: n,
                how: Match::Same,
            });
        } else {
            dropped.push(o);
        }
    }
    // A new name the old report's kept term extends into is that kept term, renamed.
    added.retain(|n| !new_shown.contains(&n.key));

    // A name one year gives to what the other year mentions without the head word. A core that
    // was standing language before the new report (`乡村振兴`, `中小金融机构`) is the general
    // subject, not the programme: its mention keeps no named one alive.
    let year = new.report.outline.meta.year;
    let general = |core: &str| year.is_some_and(|y| super::vocabulary::established_before(core, y));
    added.retain(|n| match core(&n.key) {
        Some(core) if !general(core) && core_named(old, core) => {
            let o = counterpart(old, n, core);
            old_shown.insert(o.key.clone());
            kept.push(Kept {
                how: if o.key == core {
                    Match::Core
                } else {
                    Match::Reworded
                },
                old: o,
                new: (*n).clone(),
            });
            false
        }
        _ => true,
    });
    dropped.retain(|o| !old_shown.contains(&o.key));
    dropped.retain(|o| match core(&o.key) {
        Some(core) if !general(core) && core_present(new, core) => {
            let n = counterpart(new, o, core);
            kept.push(Kept {
                how: if n.key == core {
                    Match::Core
                } else {
                    Match::Reworded
                },
                old: (*o).clone(),
                new: n,
            });
            false
        }
        _ => true,
    });

    // Near-identical names, best pairs first, each term used once. Every rule wants a shared
    // beginning (three characters) or ending (two), or equal numbers-masked forms: only names
    // alike in one of these ways are weighed, found through an index of the new names by each.
    let shape = |k: &str| (k.chars().collect::<Vec<char>>(), mask_numerals(k));
    let old_shapes: Vec<_> = dropped.iter().map(|c| shape(&c.key)).collect();
    let new_shapes: Vec<_> = added.iter().map(|c| shape(&c.key)).collect();
    let blocks = |(chars, masked): &(Vec<char>, String)| -> Vec<Block> {
        [
            (chars.len() >= 3).then(|| Block::Start([chars[0], chars[1], chars[2]])),
            (chars.len() >= 2).then(|| Block::End([chars[chars.len() - 2], chars[chars.len() - 1]])),
            Some(Block::Masked(masked.clone())),
        ]
        .into_iter()
        .flatten()
        .collect()
    };
    let old_blocks: Vec<Vec<Block>> = old_shapes.iter().map(blocks).collect();
    let new_blocks: Vec<Vec<Block>> = new_shapes.iter().map(blocks).collect();
    let candidates = sharing_a_key(&old_blocks, &new_blocks, MAX_WEIGHED_PAIRS);
    let unweighed = candidates.is_none().then_some((dropped.len(), added.len()));
    let mut pairs: Vec<(f64, Match, usize, usize)> = Vec::new();
    // Judged once per name, not once per pair weighed.
    let old_general: Vec<bool> = dropped.iter().map(|c| all_general(&c.key)).collect();
    let new_general: Vec<bool> = added.iter().map(|c| all_general(&c.key)).collect();
    for (i, js) in candidates.iter().flatten().enumerate() {
        if old_general[i] {
            continue;
        }
        for &j in js.iter().filter(|&&j| !new_general[j]) {
            if let Some((how, score)) = similar_names(&dropped[i].key, &added[j].key) {
                pairs.push((score, how, i, j));
            }
        }
    }
    pairs.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.2.cmp(&b.2)).then(a.3.cmp(&b.3)));
    let mut used_old = vec![false; dropped.len()];
    let mut used_new = vec![false; added.len()];
    for (_, how, i, j) in pairs {
        if used_old[i] || used_new[j] {
            continue;
        }
        used_old[i] = true;
        used_new[j] = true;
        kept.push(Kept {
            old: dropped[i].clone(),
            new: added[j].clone(),
            how,
        });
    }

    // The promise, checked last: what is reported as added is absent from the old text, and the
    // reverse for dropped.
    let absent_from = |side: &Side, c: &Candidate| {
        side.normalized.count(&c.key) == 0 && side.normalized.count(&Normalized::key(&c.term)) == 0
    };
    // And a term has one verdict: a name a kept pair shows (an old name's counterpart in the new
    // report, found through its core) is kept, not also added or dropped.
    let kept_new: HashSet<&str> = kept.iter().map(|k| k.new.key.as_str()).collect();
    let kept_old: HashSet<&str> = kept.iter().map(|k| k.old.key.as_str()).collect();
    let mut added: Vec<Candidate> = added
        .iter()
        .zip(used_new)
        .filter(|(c, used)| !used && absent_from(old, c) && !kept_new.contains(c.key.as_str()))
        .map(|(c, _)| (*c).clone())
        .collect();
    let mut dropped: Vec<Candidate> = dropped
        .iter()
        .zip(used_old)
        .filter(|(c, used)| !used && absent_from(new, c) && !kept_old.contains(c.key.as_str()))
        .map(|(c, _)| (*c).clone())
        .collect();
    added.sort_by_key(salience);
    // A name the new report recalls once in its review of the past and never plans for
    // (`国家中长期人才发展规划纲要` in a review of five years) is less news than one it plans.
    let reviews = review_spans(new.report);
    added.sort_by_key(|c| c.count == 1 && c.mentions.iter().all(|m| inside(&m.span, &reviews)));
    // A name the national reports had used for years (`一带一路`) is absent from last year's report
    // but no news: the coinages come first.
    if let Some(year) = new.report.outline.meta.year {
        added.sort_by_key(|c| established(c, year));
    }
    dropped.sort_by_key(salience);
    kept.sort_by_key(|k| {
        (
            k.how == Match::Same,
            !k.changed(),
            Reverse(k.new.count + k.old.count),
            k.new.mentions.first().map_or(usize::MAX, |m| m.span.start),
        )
    });
    Initiatives {
        added,
        dropped,
        kept,
        unweighed,
    }
}

/// Whether a key is made only of general words (`经济社会`, `重点项目`): read greedily, longest word
/// first, against the general words that make no name.
fn all_general(key: &str) -> bool {
    let mut rest = key;
    while !rest.is_empty() {
        let Some(w) = GENERAL_WORDS
            .iter()
            .filter(|w| rest.starts_with(**w))
            .max_by_key(|w| w.len())
        else {
            return false;
        };
        rest = &rest[w.len()..];
    }
    true
}

/// Where a report reviews the past: its parts headed as a review (`一、2025年工作回顾`).
fn review_spans(report: &crate::Report) -> Vec<crate::outline::Span> {
    let year = report.outline.meta.year;
    report
        .outline
        .parts
        .iter()
        .filter(|p| {
            crate::numbers::role::part_kind(report.text(&p.heading), year)
                == crate::numbers::role::PartKind::Review
        })
        .map(|p| p.span.clone())
        .collect()
}

/// Whether a span lies inside one of `spans`.
fn inside(span: &crate::outline::Span, spans: &[crate::outline::Span]) -> bool {
    spans.iter().any(|r| r.start <= span.start && span.end <= r.end)
}

/// Whether the national reports had established a candidate's name before `year`.
fn established(c: &Candidate, year: i32) -> bool {
    let bare: String = c.term.chars().filter(|ch| !QUOTES.contains(ch)).collect();
    super::vocabulary::established_before(&c.key, year) || super::vocabulary::established_before(&bare, year)
}

/// Quotation marks a name is written with.
const QUOTES: &[char] = &['“', '”', '‘', '’', '"'];

/// How a term appears in the other report: its own candidate when it names the term by the same
/// key, else the text's occurrences of `key`, written as the text writes them.
fn counterpart(side: &Side, like: &Candidate, key: &str) -> Candidate {
    if let Some(c) = side.candidates.iter().find(|c| c.key == key) {
        return c.clone();
    }
    // A name that is the key with a word before or after says best how this report writes it
    // (`国企改革三年行动方案` for `国企改革三年行动`, `“新四馆”` for `四馆`). A quoted term with more
    // words after it is another slogan (`“互联网+督查”` is not `“互联网+”`) unless they are a head word.
    if let Some(c) = side
        .candidates
        .iter()
        .filter(|c| extends(&c.key, key) && c.key.chars().count() <= key.chars().count() + 4)
        .min_by_key(|c| (c.key.len(), c.mentions.first().map(|m| m.span.start)))
    {
        return c.clone();
    }
    let mentions = side.mentions(key);
    let term = mentions
        .first()
        .map(|m| written(side.text(), m.span.clone()))
        .unwrap_or_else(|| key.to_string());
    Candidate {
        term,
        key: key.to_string(),
        kind: like.kind.min(Kind::Quoted),
        glossary: None,
        count: mentions.len(),
        mentions,
    }
}

/// The text at `span` with the quotation marks around or half inside it: `“十四五”` rather than
/// `十四五`, `“3+10”重大项目推进` rather than `3+10”重大项目推进`.
fn written(text: &str, span: Span) -> String {
    let inner = text.get(span.clone()).unwrap_or("");
    let before = text.get(..span.start).and_then(|t| t.chars().next_back());
    let after = text.get(span.end..).and_then(|t| t.chars().next());
    let mut out = String::new();
    let opens = inner.matches(['“', '‘']).count();
    let closes = inner.matches(['”', '’']).count();
    let enclosed = before == Some('“') && after == Some('”');
    if let Some(b) =
        before.filter(|&b| (b == '“' && (closes > opens || enclosed)) || (b == '‘' && closes > opens))
    {
        out.push(b);
    }
    out.push_str(inner);
    if let Some(a) =
        after.filter(|&a| (a == '”' && (opens > closes || enclosed)) || (a == '’' && opens > closes))
    {
        out.push(a);
    }
    out
}

/// Whether the old report names what a new name's core names: inside a name of its own, or as a
/// long core it mentions only once or twice. A concept the old report discusses at large
/// (`高质量发展`, eight times) does not make a new programme built on it (`高质量发展示范区`) old.
fn core_named(old: &Side, core: &str) -> bool {
    let count = old.normalized.count(core);
    count > 0 && (names_core(old, core) || (core.chars().count() > SHORT_CORE_CHARS && count <= 2))
}

/// Whether a name carries a core on: it ends in the core, or is the core with a head word after it
/// (`国家区域` lives on in `国家区域战略`, not in `国家区域医疗中心`).
fn extends(name: &str, core: &str) -> bool {
    name.ends_with(core) || name.strip_prefix(core).is_some_and(|rest| HEADS.contains(&rest))
}

/// Whether a candidate of `side` names the core ([`extends`]).
fn names_core(side: &Side, core: &str) -> bool {
    side.candidates.iter().any(|c| extends(&c.key, core))
}

/// Whether the new report still has what an old name's core names: anywhere for a long core, and
/// for a short one inside a candidate or as a theme (`乡村振兴战略` lives on as `乡村振兴`).
fn core_present(side: &Side, core: &str) -> bool {
    let count = side.normalized.count(core);
    count > 0 && (core.chars().count() > SHORT_CORE_CHARS || count >= THEME_COUNT || names_core(side, core))
}

/// The key without its head word, when what is left is long enough to stand for the name.
fn core(key: &str) -> Option<&str> {
    let head = HEADS.iter().find(|h| key.ends_with(*h))?;
    let core = &key[..key.len() - head.len()];
    (core.chars().count() >= MIN_CORE_CHARS).then_some(core)
}

/// Most salient first: the report's own glossary, then how often and how the term is named.
fn salience(c: &Candidate) -> (Reverse<bool>, Reverse<usize>, Reverse<usize>, usize) {
    // A short quoted word with nothing after it (`“米袋子”`) is more often a figure of speech than a
    // programme; a name whose head names an institution (`…制度`) is less news than a programme.
    let weight = match c.kind {
        Kind::Glossary => 4,
        Kind::Quoted if c.term.chars().count() <= 5 && c.term.ends_with(['”', '’']) => 2,
        Kind::Quoted | Kind::Title => 3,
        Kind::Name if SPECIFIC_HEADS.iter().any(|h| c.key.ends_with(h)) => 2,
        Kind::Name if WEAK_HEADS.iter().any(|h| c.key.ends_with(h)) => 1,
        Kind::Name => 2,
    };
    (
        Reverse(c.glossary.is_some()),
        Reverse(c.count * weight),
        Reverse(c.key.chars().count()),
        c.mentions.first().map_or(usize::MAX, |m| m.span.start),
    )
}

/// Whether two keys (already [`Normalized`]) name the same initiative, how, and how closely (0–1).
///
/// * `Number`: equal once digit runs are masked (`2019—2021年` / `2022—2024年`), or once Chinese
///   numerals are too, when at least two characters are not numbers (`三环七带` / `三环五带`).
/// * `Reworded`, with Chinese numerals read as digits (`五个1000` / `5个1000`): one key is the other
///   with words inserted, sharing its beginning (`项目建设年` / `项目建设和招商引资年`) or more than
///   its head word at the end (`碳达峰行动方案` / `碳排放达峰行动方案`); or the same name with another
///   head word (`基础研究十年行动方案` / `基础研究十年规划`).
///
/// Names that share only a generic ending (`区域协调发展体制机制` / `人才发展体制机制`), a beginning
/// with different words after it (`互联网+监管` / `互联网+督查`), or short slogans one character apart
/// (`六稳` / `六保`) do not match.
pub fn similarity(a: &str, b: &str) -> Option<(Match, f64)> {
    if a == b {
        return Some((Match::Same, 1.0));
    }
    // A name is not renamed into general words (`经济社会活动` / `经济社会`), nor the reverse.
    if all_general(a) || all_general(b) {
        return None;
    }
    similar_names(a, b)
}

/// [`similarity`] of two names neither of which is made only of general words.
fn similar_names(a: &str, b: &str) -> Option<(Match, f64)> {
    // Most pairs are told apart here, character by character, without making strings.
    let digit = |c: char| c.is_ascii_digit();
    // `2019—2021年` / `2022—2024年`, but not `18310` / `1357`: two codes made only of numbers are
    // two slogans, not one renumbered.
    if masked(a, digit).any(|c| c == '#')
        && masked(a, digit).eq(masked(b, digit))
        && masked(a, digit).filter(|&c| c != '#').count() >= 2
    {
        return Some((Match::Number, 1.0));
    }
    // `三环七带` / `三环五带`: the same name with another count, when enough of it is not numbers
    // (`七五` / `八五` and `十三五` / `十四五` are all numbers: different plans, not one renamed).
    if masked(a, is_numeral).eq(masked(b, is_numeral))
        && masked(a, is_numeral).filter(|&c| c != '#').count() >= 2
    {
        return Some((Match::Number, 1.0));
    }
    if digits(a).eq(digits(b)) {
        return Some((Match::Reworded, 1.0));
    }
    let prefix = digits(a).zip(digits(b)).take_while(|(x, y)| x == y).count();
    let suffix = digits(a)
        .rev()
        .zip(digits(b).rev())
        .take_while(|(x, y)| x == y)
        .count();
    // Both rewordings below need three characters in common at the start or two at the end.
    if prefix < 3 && suffix < 2 {
        return None;
    }
    let a: Vec<char> = digits(a).collect();
    let b: Vec<char> = digits(b).collect();
    let (short, long) = if a.len() <= b.len() { (&a, &b) } else { (&b, &a) };
    let lcs = lcs_len(&a, &b);
    let dice = 2.0 * lcs as f64 / (a.len() + b.len()) as f64;
    let ends_with = |k: &[char], h: &str| {
        h.chars().count() <= k.len() && k.iter().rev().zip(h.chars().rev()).all(|(x, y)| *x == y)
    };
    let head_len = HEADS
        .iter()
        .find(|h| ends_with(short, h))
        .map_or(0, |h| h.chars().count());
    let inserted = lcs == short.len() && short.len() >= 4 && long.len() > short.len();
    // Words inserted inside a name that keeps its first word and its head are the same name
    // (`降低物流成本行动` / `降低全社会物流成本专项行动`).
    let framed = prefix >= 2 && head_len > 0 && suffix >= head_len && short.len() >= 5;
    let inserted_match = inserted && dice >= 0.5 && (prefix >= 3 || suffix >= head_len + 2 || framed);
    let is_head = |k: &[char]| HEADS.iter().any(|h| h.chars().eq(k.iter().copied()));
    let other_head = prefix >= 3 && is_head(&a[prefix..]) && is_head(&b[prefix..]);
    (inserted_match || other_head).then_some((Match::Reworded, dice))
}

/// Runs of digits and Chinese numerals as `#`.
fn mask_numerals(s: &str) -> String {
    masked(s, is_numeral).collect()
}

/// Whether a character is part of a number: a digit or a Chinese numeral.
pub(super) fn is_numeral(c: char) -> bool {
    c.is_ascii_digit() || crate::numbers::numeral::is_numeral_char(c)
}

/// The characters of `s` with each run of `numeral` ones as one `#`.
fn masked(s: &str, numeral: impl Fn(char) -> bool) -> impl Iterator<Item = char> {
    let mut in_number = false;
    s.chars().filter_map(move |c| {
        let is_numeral = numeral(c);
        let out = if !is_numeral {
            Some(c)
        } else if !in_number {
            Some('#')
        } else {
            None
        };
        in_number = is_numeral;
        out
    })
}

/// The characters of `s` with Chinese digits as ASCII ones.
fn digits(s: &str) -> impl DoubleEndedIterator<Item = char> + '_ {
    s.chars().map(numeral_as_digit)
}

fn numeral_as_digit(c: char) -> char {
    match c {
        '〇' | '零' => '0',
        '一' => '1',
        '二' | '两' => '2',
        '三' => '3',
        '四' => '4',
        '五' => '5',
        '六' => '6',
        '七' => '7',
        '八' => '8',
        '九' => '9',
        c => c,
    }
}

fn lcs_len(a: &[char], b: &[char]) -> usize {
    let mut row = vec![0usize; b.len() + 1];
    for &x in a {
        let mut diagonal = 0;
        for (j, &y) in b.iter().enumerate() {
            let up = row[j + 1];
            row[j + 1] = if x == y { diagonal + 1 } else { up.max(row[j]) };
            diagonal = up;
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::initiatives::testing::{SEGMENTER, report};

    fn compare_bodies(old: &str, new: &str) -> Initiatives {
        super::super::compare(&report(2021, old), &report(2022, new), &SEGMENTER)
    }

    fn terms(list: &[Candidate]) -> Vec<&str> {
        list.iter().map(|c| c.term.as_str()).collect()
    }

    fn merged(found: &Initiatives) -> Vec<(&str, &str, Match)> {
        found
            .kept
            .iter()
            .filter(|k| k.changed())
            .map(|k| (k.old.term.as_str(), k.new.term.as_str(), k.how))
            .collect()
    }

    #[test]
    fn added_dropped_and_kept_with_counts_in_both_years() {
        let found = compare_bodies(
            "推进“两新一重”建设。深化“放管服”改革。持续深化“放管服”改革。",
            "深化“放管服”改革。大力实施“万企兴万村”行动。",
        );
        assert_eq!(terms(&found.added), ["“万企兴万村”行动"]);
        assert_eq!(terms(&found.dropped), ["“两新一重”建设"]);
        let kept = &found.kept[0];
        assert_eq!((kept.old.count, kept.new.count, kept.how), (2, 1, Match::Same));
    }

    #[test]
    fn quotes_do_not_make_a_different_term() {
        let found = compare_bodies("实现了十四五开局。", "“十四五”实现良好开局。");
        assert!(found.added.is_empty() && found.dropped.is_empty(), "{found:?}");
        assert_eq!(merged(&found), [("十四五", "“十四五”", Match::Same)]);
        let found = compare_bodies("“十四五”实现良好开局。", "实现了十四五开局。");
        assert_eq!(merged(&found), [("“十四五”", "十四五", Match::Same)]);
    }

    #[test]
    fn a_term_the_other_year_mentions_unnamed_is_kept_not_added() {
        // The old report says 双控 only inside another word: not absent, so not added.
        let found = compare_bodies(
            "完善能源消费双控制度。",
            "推动能耗“双控”向碳排放总量和强度“双控”转变。",
        );
        assert!(found.added.iter().all(|c| c.key != "双控"), "{:?}", found.added);
    }

    #[test]
    fn a_reworded_modifier_is_kept_and_changed() {
        let found = compare_bodies(
            "深化开展“项目建设年”活动。",
            "扎实开展“项目建设和招商引资年”活动。",
        );
        assert!(found.added.is_empty() && found.dropped.is_empty(), "{found:?}");
        assert_eq!(
            merged(&found),
            [("“项目建设年”活动", "“项目建设和招商引资年”活动", Match::Reworded)]
        );
    }

    #[test]
    fn a_year_inside_the_name_is_kept_and_changed() {
        let found = compare_bodies(
            "实施《解放区老旧小区改造三年行动计划(2019—2021年)》。",
            "实施《解放区老旧小区改造三年行动计划(2022—2024年)》。",
        );
        assert_eq!(merged(&found).len(), 1, "{found:?}");
        assert_eq!(merged(&found)[0].2, Match::Number);
    }

    #[test]
    fn a_name_the_other_year_gives_without_its_head_is_kept() {
        let found = compare_bodies(
            "确保龙佰国际康养城等19个新建项目开工。",
            "龙佰国际康养城项目建设正式启动。",
        );
        assert!(found.added.is_empty(), "{:?}", found.added);
        assert_eq!(
            merged(&found),
            [("龙佰国际康养城", "龙佰国际康养城项目", Match::Core)]
        );
    }

    #[test]
    fn a_short_core_in_an_unrelated_sentence_does_not_keep_a_name() {
        let found = compare_bodies("深入实施质量提升行动。", "促进教育公平与质量提升。");
        assert_eq!(terms(&found.dropped), ["质量提升行动"]);
        // Made a theme of the report, a core that is no standing language keeps its name.
        let found = compare_bodies(
            "深入实施品牌提升行动。",
            "开展品牌提升。推动品牌提升。加强品牌提升。",
        );
        assert!(found.dropped.is_empty(), "{:?}", found.dropped);
    }

    #[test]
    fn standing_language_keeps_no_named_programme_alive() {
        // 中小金融机构 was national language long before 2026: the new report's mentions of it are
        // the subject, not the old year's reform programme under another name.
        let found = super::super::compare(
            &report(2025, "推进中小金融机构改革。"),
            &report(
                2026,
                "支持中小金融机构发展。防范中小金融机构风险。化解中小金融机构风险。",
            ),
            &SEGMENTER,
        );
        assert_eq!(terms(&found.dropped), ["中小金融机构改革"]);
        assert!(merged(&found).is_empty(), "{:?}", merged(&found));
    }

    #[test]
    fn a_name_recalled_once_in_the_review_comes_after_the_ones_planned() {
        let read = |text: &str| crate::Report::from_bytes("r.txt", text.as_bytes()).unwrap();
        let old = read(
            "2021年某区政府工作报告\n各位代表：\n一、2020年工作回顾\n正文。\n二、2021年工作安排\n正文。",
        );
        let new = read(
            "2022年某区政府工作报告\n各位代表：\n一、2021年工作回顾\n完成千村美化工程。\n二、2022年工作安排\n实施万企升级工程。",
        );
        let found = super::super::compare(&old, &new, &SEGMENTER);
        assert_eq!(terms(&found.added), ["万企升级工程", "千村美化工程"]);
    }

    #[test]
    fn a_new_programme_on_an_old_theme_is_new() {
        let theme = "推动高质量发展。".repeat(4);
        let found = compare_bodies(&theme, "全力推动高质量发展示范区规划建设。");
        assert_eq!(terms(&found.added), ["高质量发展示范区"]);
    }

    #[test]
    fn a_dropped_head_word_merges_the_other_way() {
        let found = compare_bodies("制定2030年前碳排放达峰行动方案。", "出台碳达峰行动方案。");
        assert!(found.added.is_empty() && found.dropped.is_empty(), "{found:?}");
        assert_eq!(merged(&found)[0].2, Match::Reworded);
    }

    #[test]
    fn distinct_programmes_stay_apart() {
        let found = compare_bodies(
            "实施区域协调发展战略。落实“六稳”。",
            "实施创新驱动发展战略。落实“六保”。",
        );
        // 创新驱动发展战略 had been national language for years: it comes after the coinage.
        assert_eq!(terms(&found.added), ["“六保”", "创新驱动发展战略"]);
        assert_eq!(terms(&found.dropped), ["区域协调发展战略", "“六稳”"]);
        assert!(merged(&found).is_empty());
    }

    #[test]
    fn the_similarity_rules() {
        let reworded = |a: &str, b: &str| similarity(a, b).map(|(m, _)| m);
        assert_eq!(
            reworded("项目建设年", "项目建设和招商引资年"),
            Some(Match::Reworded)
        );
        assert_eq!(
            reworded("教育信息化2.0提升工程", "教育信息化2.0工程"),
            Some(Match::Reworded)
        );
        assert_eq!(reworded("五个1000行动", "5个1000行动"), Some(Match::Number));
        assert_eq!(
            reworded("基础研究十年行动方案", "基础研究十年规划"),
            Some(Match::Reworded)
        );
        assert_eq!(
            reworded("2021年全域旅游发展研讨会", "2022年全域旅游发展研讨会"),
            Some(Match::Number)
        );
        assert_eq!(reworded("区域协调发展战略", "创新驱动发展战略"), None);
        assert_eq!(reworded("科技体制改革三年攻坚方案", "国企改革三年行动方案"), None);
        assert_eq!(reworded("七五", "八五"), None);
        assert_eq!(reworded("三环七带", "三环五带"), Some(Match::Number));
        assert_eq!(
            reworded("18310", "1357"),
            None,
            "two codes of numbers are two slogans"
        );
        assert_eq!(reworded("百千万", "千百万"), None);
        assert_eq!(
            reworded("3+10重大项目推进机制", "3+10重大项目推进计划"),
            Some(Match::Reworded)
        );
        assert_eq!(
            reworded("碳达峰行动方案", "碳排放达峰行动方案"),
            Some(Match::Reworded)
        );
        assert_eq!(
            reworded("降低物流成本行动", "降低全社会物流成本专项行动"),
            Some(Match::Reworded)
        );
        assert_eq!(reworded("富硒产业园", "富硒农业产业园"), Some(Match::Reworded));
        assert_eq!(reworded("系列活动", "系列供采对接活动"), None);
        assert_eq!(reworded("互联网+监管", "互联网+督查"), None);
        assert_eq!(reworded("区域协调发展体制机制", "人才发展体制机制"), None);
        assert_eq!(reworded("生物多样性保护重大工程", "生态保护修复重大工程"), None);
        assert_eq!(reworded("资本市场基础制度", "市场体系基础制度"), None);
        assert_eq!(reworded("十三五", "十四五"), None);
        assert_eq!(reworded("四个意识", "四个自信"), None);
        assert_eq!(reworded("六稳", "六稳"), Some(Match::Same));
    }

    #[test]
    fn a_quoted_term_with_more_words_after_it_is_another_slogan() {
        let found = compare_bodies("运用好“互联网＋”。", "深入实施“互联网+督查”。");
        assert_eq!(terms(&found.added), ["“互联网+督查”"]);
        // A word before it is a modifier: the same thing, renamed.
        let found = compare_bodies("完成“四馆”建设。", "“新四馆”免费开放。");
        assert!(found.added.is_empty(), "{:?}", found.added);
        assert_eq!(merged(&found), [("“四馆”建设", "“新四馆”", Match::Same)]);
    }

    #[test]
    fn text_found_terms_are_written_with_their_quotes() {
        let text = "实施“3+10”重大项目推进机制和“十四五”规划";
        let at = |s: &str| text.find(s).unwrap()..text.find(s).unwrap() + s.len();
        assert_eq!(written(text, at("3+10”重大项目推进")), "“3+10”重大项目推进");
        assert_eq!(written(text, at("十四五")), "“十四五”");
        assert_eq!(written(text, at("重大项目")), "重大项目");
    }

    #[test]
    fn lcs_lengths() {
        let chars = |s: &str| s.chars().collect::<Vec<_>>();
        assert_eq!(lcs_len(&chars("项目建设年"), &chars("项目建设和招商引资年")), 5);
        assert_eq!(lcs_len(&chars(""), &chars("abc")), 0);
        assert_eq!(lcs_len(&chars("abcbdab"), &chars("bdcaba")), 4);
    }

    #[test]
    fn cores_need_a_head_and_enough_characters() {
        assert_eq!(core("龙佰国际康养城项目"), Some("龙佰国际康养城"));
        assert_eq!(core("双减政策"), None);
        assert_eq!(core("四治融合"), None);
    }
}
