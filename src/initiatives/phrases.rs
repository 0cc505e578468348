//! New phrases (新提法) and word frequencies: wordings one year uses repeatedly and the other never,
//! and each year's most frequent words with their ranks.
//!
//! A phrase is a run of two to six words inside a clause (`留抵/退税`, `稳/字/当头`), neither starting
//! nor ending with a function word or a governing verb. It is new when the new report uses it at least
//! [`MIN_COUNT`] times and the old report's text never has it, once both are [`Normalized`]; the
//! reverse for vanished phrases. Of a phrase and a longer one holding it, the one that says more is
//! kept: the longer when both occur equally often, the shorter when it occurs more often.
//!
//! New combinations of familiar words (`支持/政策`) are everywhere; a new wording usually brings a
//! word the old report rarely used (`跨/周期`). So phrases rank by count divided by one plus how often
//! the old report used the rarest of their words.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::cmp::Reverse;
use std::collections::hash_map::Entry;
use std::hash::BuildHasher;
use std::ops::Range;
use std::sync::LazyLock;

use super::candidates::is_governing;
use super::{Initiatives, Match, Mention, Normalized, Side, automaton, mention};
use crate::outline::Span;
use crate::segment::Kind as TokenKind;

/// How often the new report must use a phrase for it to count as a new wording.
pub const MIN_COUNT: usize = 2;

/// How many of each year's most frequent words [`Phrases::words`] holds.
pub const TOP_WORDS: usize = 50;

/// Words of at most this many tokens make a phrase: enough to hold the names jieba cuts into
/// pieces (`猫/岔/乡野/度假/民宿`), whose overlapping fragments would otherwise each be listed.
const MAX_TOKENS: usize = 6;

/// A wording one report uses and the other does not.
#[derive(Debug, Clone, PartialEq)]
pub struct Phrase {
    /// As the report writes it, first occurrence: `留抵退税`.
    pub phrase: String,
    /// [`Normalized`] form, the one checked for absence.
    pub key: String,
    pub count: usize,
    /// `count / (1 + uses of its rarest word in the other report)`: what the lists are ranked by.
    pub novelty: f64,
    pub mentions: Vec<Mention>,
}

impl Phrase {
    pub fn path(&self) -> &str {
        self.mentions.first().map_or("", |m| m.path.as_str())
    }

    pub fn quote(&self) -> &str {
        self.mentions.first().map_or("", |m| m.quote.as_str())
    }
}

/// A word's count in one year and its rank there (1 = most frequent; equal counts share a rank).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tally {
    pub count: usize,
    pub rank: usize,
}

/// A word among either year's most frequent, with its tally in each year.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WordRank {
    pub word: String,
    /// `None` when the old report never uses the word.
    pub old: Option<Tally>,
    pub new: Option<Tally>,
}

/// New and vanished phrases, ranked, and the word-frequency table.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Phrases {
    /// Frequent in the new report, absent from the old; the most novel first. Wordings the initiative
    /// lists already report (added, dropped, renamed) are left out.
    pub added: Vec<Phrase>,
    /// Frequent in the old report, absent from the new.
    pub dropped: Vec<Phrase>,
    /// The union of both years' [`TOP_WORDS`] most frequent words, in the new report's order, then
    /// the old report's for words the new one lacks.
    pub words: Vec<WordRank>,
    /// Words counted in each report (function words and punctuation left out).
    pub old_words: usize,
    pub new_words: usize,
}

static STOPWORDS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    include_str!("stopwords.txt")
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect()
});

/// Whether a word is a function word left out of phrase edges and word counts.
pub(crate) fn is_stopword(w: &str) -> bool {
    STOPWORDS.contains(w)
}

/// The function words (see [`is_stopword`]).
pub(crate) fn stopwords() -> impl Iterator<Item = &'static str> {
    STOPWORDS.iter().copied()
}

/// Both reports' phrases and word counts: what [`compare`] needs that does not depend on the
/// initiative lists, so that it can be worked out beside them.
pub(crate) struct Counted<'t> {
    old_grams: Grams<'t>,
    new_grams: Grams<'t>,
    old_counts: Counts<'t>,
    new_counts: Counts<'t>,
    old_words: usize,
    new_words: usize,
}

pub(crate) fn count<'t>(old: &Side<'t>, new: &Side<'t>) -> Counted<'t> {
    let ((old_grams, new_grams), ((old_counts, old_words), (new_counts, new_words))) = rayon::join(
        || rayon::join(|| ngrams(old), || ngrams(new)),
        || rayon::join(|| word_counts(old), || word_counts(new)),
    );
    Counted {
        old_grams,
        new_grams,
        old_counts,
        new_counts,
        old_words,
        new_words,
    }
}

pub(crate) fn compare(old: &Side, new: &Side, counted: &Counted, initiatives: &Initiatives) -> Phrases {
    // What the initiative lists already say in each direction: added and dropped terms, and both
    // names of a renamed one.
    let renamed = || initiatives.kept.iter().filter(|k| k.how != Match::Same);
    let added_keys: Vec<&str> = (initiatives.added.iter().map(|c| c.key.as_str()))
        .chain(renamed().map(|k| k.new.key.as_str()))
        .collect();
    let dropped_keys: Vec<&str> = (initiatives.dropped.iter().map(|c| c.key.as_str()))
        .chain(renamed().map(|k| k.old.key.as_str()))
        .collect();
    let c = counted;
    // The last step of the analysis: each part on whichever thread is free.
    let (added, (dropped, words)) = rayon::join(
        || {
            novel(
                new,
                &c.new_grams,
                old,
                &c.old_counts,
                &added_keys,
                new.report.outline.meta.year,
            )
        },
        || {
            rayon::join(
                || novel(old, &c.old_grams, new, &c.new_counts, &dropped_keys, None),
                || word_ranks(&c.old_counts, &c.new_counts),
            )
        },
    );
    Phrases {
        added,
        dropped,
        words,
        old_words: c.old_words,
        new_words: c.new_words,
    }
}

/// Whether a word can open or close a phrase of `chars` characters: no function word or governing
/// verb; and in a three-character phrase, no single character, which is mostly left over from a word
/// jieba did not know (`级/景区`, `旅/文创`), unless it is a one-character policy verb (`稳/就业`).
fn is_edge(w: &str, chars: usize) -> bool {
    // Governing words include the function words.
    !is_governing(w)
        && (chars >= 4 || w.chars().count() >= 2 || ONE_CHARACTER_VERBS.contains(&w) || w.is_ascii())
}

/// The one-character verbs of policy slogans (`稳/就业`, `保/交房`): words of their own.
const ONE_CHARACTER_VERBS: &[&str] = &[
    "稳", "保", "促", "强", "优", "抓", "扩", "降", "减", "增", "防", "控", "治",
];

/// Adverbs of degree, which jieba leaves apart from a one-character adjective after them (`更/大`).
const DEGREE_ADVERBS: &[&str] = &["更", "最", "较", "很", "太", "极", "越", "愈"];

/// The keys of the shorter phrases inside a phrase of these words: every run of two or more of them
/// but the whole.
fn inner_keys<'a>(words: &'a [&'a str]) -> impl Iterator<Item = String> + 'a {
    let n = words.len();
    (0..n).flat_map(move |from| {
        (from + 2..=n)
            .filter(move |&to| to - from < n)
            .map(move |to| Normalized::key(&words[from..to].concat()))
    })
}

/// The repeated phrases of a report, by their first written form.
struct Grams<'t> {
    /// Every clause's words, end to end; a phrase's words are a window of these.
    words: Vec<&'t str>,
    /// Where each word is in the text.
    spans: Vec<Span>,
    /// Each clause's range of words.
    clauses: Vec<Range<usize>>,
    by_surface: HashMap<&'t str, Gram>,
}

/// A phrase's occurrences in one report.
struct Gram {
    /// Where its words are in [`Grams::words`].
    words: Range<usize>,
    first: Span,
    /// The later occurrences: most phrases occur once, and then nothing is allocated for them.
    more: Vec<Span>,
}

impl Gram {
    fn count(&self) -> usize {
        1 + self.more.len()
    }

    fn spans(&self) -> impl Iterator<Item = &Span> {
        std::iter::once(&self.first).chain(&self.more)
    }
}

impl<'t> Grams<'t> {
    fn words(&self, gram: &Gram) -> &[&'t str] {
        &self.words[gram.words.clone()]
    }
}

/// Every phrase of two to [`MAX_TOKENS`] words a report uses at least [`MIN_COUNT`] times.
///
/// Most phrases occur once, and a report has tens of thousands of them: a first pass only marks
/// a hash of each in two bit sets, seen and seen again, and the second keeps the phrases whose
/// hash was seen again. (Phrases sharing a hash are kept too, and told apart by their text and
/// counted exactly.)
fn ngrams<'t>(side: &Side<'t>) -> Grams<'t> {
    const { assert!(MIN_COUNT >= 2, "only phrases seen again are kept") };
    let text: &'t str = side.text();
    let clauses = Clauses::new(side);
    // A few windows start at each word: 64 bits a word keep the sets sparse (a report's two
    // take 256 KB), up to 2^21 bits for the largest texts.
    let bits = (clauses.words.len() * 64)
        .next_power_of_two()
        .trailing_zeros()
        .clamp(12, 21);
    let slot = |span: Span| {
        let h = rustc_hash::FxBuildHasher.hash_one(text.get(span).unwrap_or("")) >> (64 - bits);
        (h as usize / 64, 1u64 << (h % 64))
    };
    let mut seen = vec![0u64; (1 << bits) / 64];
    let mut again = vec![0u64; (1 << bits) / 64];
    clauses.windows(|_, span| {
        let (word, bit) = slot(span);
        if seen[word] & bit != 0 {
            again[word] |= bit;
        }
        seen[word] |= bit;
    });
    drop(seen);
    let mut by_surface: HashMap<&'t str, Gram> = HashMap::default();
    clauses.windows(|words, span| {
        let (word, bit) = slot(span.clone());
        if again[word] & bit == 0 {
            return;
        }
        let surface = text.get(span.clone()).unwrap_or("");
        match by_surface.entry(surface) {
            Entry::Occupied(mut e) => e.get_mut().more.push(span),
            Entry::Vacant(e) => {
                e.insert(Gram {
                    words,
                    first: span,
                    more: Vec::new(),
                });
            }
        }
    });
    Grams {
        words: clauses.words,
        spans: clauses.spans,
        clauses: clauses.clauses,
        by_surface,
    }
}

/// Every clause's words end to end, with what the phrase windows over them need of each word,
/// worked out once for both passes.
struct Clauses<'t> {
    words: Vec<&'t str>,
    spans: Vec<Span>,
    /// Whether each word may open or close a phrase of three characters, and of four or more.
    edges: Vec<(bool, bool)>,
    /// Characters before each word, so a window's length is a subtraction.
    before: Vec<usize>,
    /// Each clause's range of words.
    clauses: Vec<Range<usize>>,
}

impl<'t> Clauses<'t> {
    fn new(side: &Side<'t>) -> Clauses<'t> {
        let text: &'t str = side.text();
        // At most every token is a word: room for them all up front, not doubled into.
        let tokens: usize = side.units.iter().map(|u| u.tokens.len()).sum();
        let mut c = Clauses {
            words: Vec::with_capacity(tokens),
            spans: Vec::with_capacity(tokens),
            edges: Vec::with_capacity(tokens),
            before: Vec::with_capacity(tokens + 1),
            clauses: Vec::new(),
        };
        c.before.push(0);
        // Words recur: judge each distinct word once.
        let mut edge_of: HashMap<&'t str, (bool, bool)> = HashMap::default();
        for unit in &side.units {
            let clauses = unit
                .tokens
                .split(|t| !matches!(t.kind, TokenKind::Word | TokenKind::Quoted | TokenKind::Latin));
            for clause in clauses {
                let from = c.words.len();
                for t in clause {
                    let w = text.get(t.span()).unwrap_or("");
                    c.words.push(w);
                    c.spans.push(t.span());
                    c.edges
                        .push(*edge_of.entry(w).or_insert_with(|| (is_edge(w, 3), is_edge(w, 4))));
                    c.before
                        .push(c.before.last().copied().unwrap_or(0) + w.chars().count());
                }
                c.clauses.push(from..c.words.len());
            }
        }
        c
    }

    /// Calls `found` with every phrase's words (a range of [`Clauses::words`]) and its span in
    /// the text, in text order.
    fn windows(&self, mut found: impl FnMut(Range<usize>, Span)) {
        for clause in &self.clauses {
            for n in 2..=MAX_TOKENS.min(clause.len()) {
                for i in clause.start..=clause.end - n {
                    let chars = self.before[i + n] - self.before[i];
                    let edge = |k: usize| {
                        if chars >= 4 {
                            self.edges[k].1
                        } else {
                            self.edges[k].0
                        }
                    };
                    if chars < 3 || !edge(i) || !edge(i + n - 1) {
                        continue;
                    }
                    found(i..i + n, self.spans[i].start..self.spans[i + n - 1].end);
                }
            }
        }
    }
}

/// The phrases of `side` used at least [`MIN_COUNT`] times and absent from `other`, best first,
/// leaving out those an initiative key already reports, and, given the report's year, those the
/// national reports had established before it ([`super::vocabulary`]).
fn novel(
    side: &Side,
    grams: &Grams,
    other: &Side,
    other_words: &Counts,
    initiative_keys: &[&str],
    established_by: Option<i32>,
) -> Vec<Phrase> {
    // Everything repeated and absent from the other report. A phrase holding one of these is absent
    // too, so phrases are compared only within this set, through the shorter phrases each one holds.
    let repeated: HashMap<String, &Gram> = grams
        .by_surface
        .iter()
        .filter(|(_, g)| g.count() >= MIN_COUNT)
        .map(|(surface, g)| (Normalized::key(surface), g))
        .filter(|(key, _)| !other.normalized.contains(key))
        .collect();
    // For every phrase, the highest count of a longer repeated phrase holding it.
    let mut held_by: HashMap<String, usize> = HashMap::default();
    for g in repeated.values() {
        for inner in inner_keys(grams.words(g)) {
            let best = held_by.entry(inner).or_default();
            *best = (*best).max(g.count());
        }
    }
    // What the initiative lists report is left to them: a phrase inside one of their names, or
    // holding one. Both are looked up with automata, as a report of megabytes has tens of
    // thousands of each.
    let keys: Vec<&str> = repeated.keys().map(String::as_str).collect();
    let text = side.text();
    let inside_a_name = named_in(&keys, initiative_keys);
    let holds_a_name = automaton(initiative_keys);
    // A phrase that only ever occurs inside a longer one is the longer one.
    let maximal: HashMap<&str, &Gram> = keys
        .iter()
        .zip(&inside_a_name)
        .filter(|(_, inside)| !**inside)
        .map(|(key, _)| (*key, repeated[*key]))
        .filter(|(key, g)| held_by.get(*key) != Some(&g.count()))
        .filter(|(key, _)| !holds_a_name.as_ref().is_some_and(|ac| ac.is_match(*key)))
        // Judged before the longer and shorter phrases are weighed against each other, so that a
        // frequent fragment which is no wording cannot hide the wording holding it.
        .filter(|(key, g)| {
            is_wording(grams.words(g))
                && !cuts_a_word(text, &g.first)
                && g.spans().any(|span| stands_alone(grams, span))
                // New to this report, but national language for years: a standing formula.
                && !established_by.is_some_and(|year| super::vocabulary::established_before(key, year))
        })
        .collect();
    // A longer phrase holding a more frequent new phrase adds nothing to it.
    let found: Vec<(&str, &Gram)> = maximal
        .iter()
        .filter(|(_, g)| {
            !inner_keys(grams.words(g)).any(|inner| {
                maximal
                    .get(inner.as_str())
                    .is_some_and(|sg| sg.count() > g.count())
            })
        })
        .map(|(key, g)| (*key, *g))
        // Judged last, on the few phrases left: each is looked for in the other text several times.
        .filter(|(_, g)| !rewords(grams.words(g), &other.normalized))
        .collect();
    // Two fragments of one longer wording (`新都汇商业广场等商业` and `汇商业广场等商业综合体`) overlap
    // wherever either occurs: keep the longer. Only phrases with a span crossing a phrase's first
    // span can overlap it, so those are looked up among all spans sorted by start.
    let overlaps = |a: &Gram, b: &Gram| {
        a.count() == b.count()
            && a.spans()
                .all(|s| b.spans().any(|t| s.start < t.end && t.start < s.end))
    };
    let mut starts: Vec<(usize, usize)> = found
        .iter()
        .enumerate()
        .flat_map(|(i, (_, g))| g.spans().map(move |s| (s.start, i)))
        .collect();
    starts.sort_unstable();
    let longest = found
        .iter()
        .flat_map(|(_, g)| g.spans().map(|s| s.len()))
        .max()
        .unwrap_or(0);
    let found: Vec<(&str, &Gram)> = found
        .iter()
        .filter(|(key, g)| {
            let from = starts.partition_point(|&(start, _)| start + longest <= g.first.start);
            let to = starts.partition_point(|&(start, _)| start < g.first.end);
            !starts[from..to].iter().any(|&(_, i)| {
                let (other_key, other) = found[i];
                other_key != *key && overlaps(g, other) && (other_key.len(), other_key) > (key.len(), *key)
            })
        })
        .copied()
        .collect();
    let mut phrases: Vec<Phrase> = found
        .into_iter()
        .filter_map(|(key, g)| {
            let mut spans: Vec<Span> = g.spans().cloned().collect();
            spans.sort_by_key(|s| s.start);
            // A phrase always written inside the same longer wording is that wording.
            // Only a compact phrase takes the word before it (`楼市股市` → `稳住楼市股市`): a longer one
            // would take the verb that governs it (`取得新的重大进展`).
            let compact = text.get(spans[0].clone()).is_some_and(|t| t.chars().count() <= 4);
            let front = if compact {
                shared_context(text, &spans, true)
            } else {
                0
            };
            let back = shared_context(text, &spans, false);
            for s in &mut spans {
                *s = s.start - front..s.end + back;
            }
            let surface = text.get(spans[0].clone()).unwrap_or(key);
            if (front > 0 || back > 0)
                && (NOT_WORDINGS.iter().any(|w| surface.contains(w))
                    || STATEMENT_ENDINGS.iter().any(|e| surface.ends_with(e)))
            {
                return None;
            }
            let rarest = grams
                .words(g)
                .iter()
                .filter(|w| !is_stopword(w))
                .map(|w| other_words.get(*w).map_or(0, |&(n, _)| n))
                .min()
                .unwrap_or(0);
            Some(Phrase {
                phrase: surface.to_string(),
                key: if front > 0 || back > 0 {
                    Normalized::key(surface)
                } else {
                    key.to_string()
                },
                count: spans.len(),
                novelty: spans.len() as f64 / (1 + rarest) as f64,
                mentions: spans
                    .into_iter()
                    .map(|s| mention(&side.report.source, &side.units, s))
                    .collect(),
            })
        })
        .collect();
    // Two fragments of one wording extended to it are one phrase.
    let mut seen_keys: HashSet<String> = HashSet::default();
    phrases.retain(|p| seen_keys.insert(p.key.clone()));
    phrases.sort_by(|a, b| {
        b.novelty
            .total_cmp(&a.novelty)
            .then(b.count.cmp(&a.count))
            .then(b.key.chars().count().cmp(&a.key.chars().count()))
            .then(
                a.mentions
                    .first()
                    .map(|m| m.span.start)
                    .cmp(&b.mentions.first().map(|m| m.span.start)),
            )
    });
    phrases
}

/// Words whose coming or going does not make a formulation new: a head or a modifier any phrase
/// can take (`重点人群就业工作` / `重点人群就业`).
const LIGHT_WORDS: &[&str] = &[
    "工作",
    "建设",
    "国家",
    "全国",
    "体系",
    "机制",
    "全面",
    "持续",
    "深入",
    "加快",
    "推进",
    "推动",
    "积极",
    "大力",
    "进一步",
    "着力",
    "切实",
    "不断",
    "更加",
];

/// Whether a phrase is the other report's reworded: with a light word (one character, or one of
/// [`LIGHT_WORDS`]) left out or changed (`集群化发展` / `集群式发展`, `国家高新技术企业` /
/// `高新技术企业`), or with a few characters the other has left out of it
/// (`深层次改革和高水平开放` / `深层次改革和高水平对外开放`). Reports reword their formulations
/// every year, and a rewording is no new formulation; a word that carries meaning makes one
/// (`免费学前教育` is new beside `学前教育`). What is kept must be most of the phrase and four
/// characters or more.
fn rewords(words: &[&str], other: &Normalized) -> bool {
    /// Characters the other may have between two of the phrase's words.
    const GAP: usize = 3;
    let total: usize = words.iter().map(|w| w.chars().count()).sum();
    let enough = |kept: usize| kept >= 4 && kept * 5 >= total * 3;
    // `prefix`, then from `least` to `most` characters, then `suffix`, in the other text.
    let found = |prefix: &str, suffix: &str, least: usize, most: usize| {
        if prefix.is_empty() {
            return least == 0 && other.contains(suffix);
        }
        // Looked up through the text's index of character pairs: thousands of phrases are weighed.
        other.occurrences(prefix).any(|at| {
            let rest = &other.as_str()[at + prefix.len()..];
            let mut skip = 0;
            for gap in 0..=most {
                if gap >= least && rest[skip..].starts_with(suffix) {
                    return true;
                }
                match rest[skip..].chars().next() {
                    Some(c) if c.is_alphanumeric() => skip += c.len_utf8(),
                    _ => return false,
                }
            }
            false
        })
    };
    // A one-character word may also be changed for another (`化` / `式`); a longer light word
    // only left out (`持续` for `平稳` changes what is said).
    let one_char = |w: &str| w.chars().count() == 1;
    let light = |w: &str| one_char(w) || LIGHT_WORDS.contains(&w);
    let left_out = (0..words.len()).filter(|&i| light(words[i])).any(|i| {
        let prefix = Normalized::key(&words[..i].concat());
        let suffix = Normalized::key(&words[i + 1..].concat());
        let most = usize::from(one_char(words[i]));
        enough(prefix.chars().count() + suffix.chars().count()) && found(&prefix, &suffix, 0, most)
    });
    left_out
        || swaps_a_number(&Normalized::key(&words.concat()), other)
        || (1..words.len()).any(|i| {
            let prefix = Normalized::key(&words[..i].concat());
            let suffix = Normalized::key(&words[i..].concat());
            enough(total) && found(&prefix, &suffix, 1, GAP)
        })
}

/// Whether the other report has the phrase with only its numbers changed (`党的十八大精神` /
/// `党的十七大精神`, `“十五五”规划` / `“十四五”规划`): a standing formula dated anew, no new
/// formulation. What stays must be three characters or more.
fn swaps_a_number(key: &str, other: &Normalized) -> bool {
    use super::matching::is_numeral;
    let rest = key.chars().filter(|&c| !is_numeral(c)).count();
    if rest < 3 || rest == key.chars().count() {
        return false;
    }
    // The key as literal runs between runs of numerals; a literal run holds no numeral, so a run of
    // numerals in the other text is read whole, with no backtracking.
    let mut literals: Vec<&str> = key.split(is_numeral).collect();
    let opens_with_number = literals.first().is_some_and(|l| l.is_empty());
    let closes_with_number = literals.last().is_some_and(|l| l.is_empty());
    literals.retain(|l| !l.is_empty());
    let Some(first) = literals.first() else {
        return false;
    };
    let text = other.as_str();
    let numerals_before = |at: usize| text[..at].chars().next_back().is_some_and(is_numeral);
    // Looked up where the first literal run occurs, through the text's index of character pairs.
    other.occurrences(first).any(|at| {
        if opens_with_number && !numerals_before(at) {
            return false;
        }
        let mut rest = &text[at + first.len()..];
        for literal in &literals[1..] {
            let after = rest.trim_start_matches(is_numeral);
            if after.len() == rest.len() || !after.starts_with(literal) {
                return false;
            }
            rest = &after[literal.len()..];
        }
        !closes_with_number || rest.starts_with(is_numeral)
    })
}

/// Words of statistics, ranks and set formulas: a phrase holding one reports a figure or repeats a
/// formula (`增加值分别增长`, `全国首位`, `三中全会精神`), it is no new formulation.
const NOT_WORDINGS: &[&str] = &[
    "增长",
    "增加值",
    "同比",
    "分别",
    "年均",
    "比重",
    "占比",
    "增速",
    "增幅",
    "百分点",
    "下降",
    "首位",
    "前列",
    "稳居",
    "全会",
    "感谢",
    "讲话",
    "指示",
    "表现",
    "显著",
    "明显",
    "大幅",
    "过去的五年",
    "过去五年",
    "届",
    "等",
    "时期",
    "数量",
    "总值",
    "总额",
    "总量",
    // The standing political formulas every report repeats.
    "党风廉政",
    "反腐败",
    "两个确立",
    "两个维护",
    "总书记",
    "中国共产党",
    "生命安全",
    // Statements, not names: a completed action (`奠定了坚实基础`), a share (`…占规模以上工业`).
    "了",
    "占",
    "规模以上",
];

/// Endings of a clause stating a figure or a time (`高新技术企业达到`60家, `计算…时`, `…召开之年`),
/// or opening a list (`…建设包括`).
const STATEMENT_ENDINGS: &[&str] = &["达到", "突破", "超过", "时", "之年", "包括"];

/// Endings of the names of places and institutions (`新郑综保区`, `工人文化宫`, `县医疗卫生集团`):
/// a name, not a formulation. (Not 市 or 省: `稳住楼市股市`, `数智强省`; and 乡村 is the
/// countryside: `和美乡村`.)
const NAME_ENDINGS: &[&str] = &[
    "区",
    "县",
    "镇",
    "村",
    "港",
    "宫",
    "院",
    "所",
    "馆",
    "集团",
    "公司",
    "中心",
    "大学",
    "学校",
    "医院",
    "银行",
    "委员会",
    "常委会",
];

/// Whether a phrase can be a new formulation (see [`NOT_WORDINGS`]).
fn is_wording(words: &[&str]) -> bool {
    let phrase = words.concat();
    // The name of a statistic (`进出口总值`, `城镇化率`) is not a formulation either.
    let names_a_place = NAME_ENDINGS.iter().any(|e| phrase.ends_with(e)) && !phrase.ends_with("乡村");
    !NOT_WORDINGS.iter().any(|w| phrase.contains(w))
        && !names_a_place
        && !STATEMENT_ENDINGS.iter().any(|e| phrase.ends_with(e))
        && crate::numbers::lexicon::lookup(&phrase).is_none()
}

/// Words that may follow a formulation in its clause without being part of it (`加大单边开放力度`).
const CLAUSE_TAILS: &[&str] = &[
    "工作", "力度", "步伐", "进程", "水平", "能力", "成效", "作用", "建设", "发展", "召开",
];

/// Conjunctions: a wording listed with another is bounded by them on either side.
const CONJUNCTIONS: &[&str] = &["和", "与", "及", "以及", "并", "同"];

/// The verbs and adverbs that open a programme's clause (`大力发展`首发经济) beyond those
/// [`is_governing`] knows.
const CLAUSE_OPENERS: &[&str] = &[
    "建设", "发展", "开发", "严守", "谱写", "催生", "加力", "借势", "突出", "着力", "加快", "大力", "积极",
    "深入", "全面", "持续", "坚决", "扎实", "切实", "不断", "奋力", "牢牢", "全力",
];

/// Classifiers: after a figure, which the clauses are cut at, `个`和美乡村 opens a wording.
const CLASSIFIERS: &[&str] = &["个", "家", "项", "条", "座", "所", "批", "件", "类"];

/// Whether the phrase at `span` is bounded as a formulation is, in its clause: opened by the
/// clause's start, a governing verb, an adverb, a conjunction or a count (`推动`房地产市场止跌回稳,
/// `1000个`和美乡村), and closed by the clause's end, a conjunction or a tail word
/// (`扎实推进`保交房`工作`). A fragment (`发展格局` of 构建新`发展格局`) or a piece of a longer
/// sentence (`方面的问题`) is not, anywhere it occurs.
fn stands_alone(grams: &Grams, span: &Span) -> bool {
    let first = grams.spans.partition_point(|s| s.start < span.start);
    let last = grams.spans.partition_point(|s| s.end <= span.end);
    if first >= last {
        return false;
    }
    let k = grams.clauses.partition_point(|c| c.end <= first);
    let Some(clause) = grams.clauses.get(k).filter(|c| c.start <= first && last <= c.end) else {
        return false;
    };
    let joins = |w: &str| is_stopword(w) || CONJUNCTIONS.contains(&w);
    // A degree adverb and the one character after it are one word jieba did not know
    // (`更/大`自主权, `更/优`营商环境): a phrase starting between them cuts it.
    let degree = |w: &str| DEGREE_ADVERBS.contains(&w);
    let opened = first == clause.start || {
        let w = grams.words[first - 1];
        !(degree(w) && grams.words[first].chars().count() == 1)
            && (is_governing(w)
                || joins(w)
                || CLAUSE_OPENERS.contains(&w)
                || (first - 1 == clause.start && CLASSIFIERS.contains(&w)))
    };
    let closed = last == clause.end || {
        let w = grams.words[last];
        joins(w) || CLAUSE_TAILS.contains(&w)
    };
    opened && closed
}

/// Whether a phrase starts or ends inside a word: the character before it and its first make a
/// common word (`有`+`效应对…` is `有效应对`), or its last and the character after do.
fn cuts_a_word(text: &str, span: &Span) -> bool {
    let common = |a: char, b: char| {
        let mut w = String::with_capacity(6);
        w.push(a);
        w.push(b);
        crate::segment::dictionary::frequency(&w).is_some_and(|f| f >= COMMON_WORD)
    };
    let phrase = &text[span.clone()];
    let before = text[..span.start].chars().next_back();
    let after = text[span.end..].chars().next();
    let first = phrase.chars().next();
    let last = phrase.chars().next_back();
    let cjk = |c: char| crate::segment::is_alphabetic(c) && !c.is_ascii();
    matches!((before, first), (Some(b), Some(f)) if cjk(b) && common(b, f))
        || matches!((last, after), (Some(l), Some(a)) if cjk(a) && common(l, a))
}

/// How many bytes of text every occurrence of a phrase shares right before it (`before`) or right
/// after it: up to four characters of words, never across punctuation, and only when they make a
/// word of two characters or more that opens (closes) with no function word.
fn shared_context(text: &str, spans: &[Span], before: bool) -> usize {
    let cjk = |c: &char| crate::segment::is_alphabetic(*c) && !c.is_ascii();
    let context = |s: &Span| -> Vec<char> {
        if before {
            let mut v: Vec<char> = text[..s.start].chars().rev().take(4).take_while(cjk).collect();
            v.reverse();
            v
        } else {
            text[s.end..].chars().take(4).take_while(cjk).collect()
        }
    };
    let contexts: Vec<Vec<char>> = spans.iter().map(context).collect();
    let Some(first) = contexts.first() else {
        return 0;
    };
    // The longest run every context shares, counted from the phrase outwards.
    let mut n = 0;
    while n < first.len()
        && contexts.iter().all(|c| {
            let at = |v: &Vec<char>| {
                if before {
                    v.len().checked_sub(n + 1).map(|i| v[i])
                } else {
                    v.get(n).copied()
                }
            };
            at(c).is_some() && at(c) == at(first)
        })
    {
        n += 1;
    }
    let shared: String = if before {
        first[first.len() - n..].iter().collect()
    } else {
        first[..n].iter().collect()
    };
    let outer = if before {
        shared.chars().next()
    } else {
        shared.chars().next_back()
    };
    let function = outer.is_some_and(|c| is_stopword(&c.to_string()));
    if shared.chars().count() < 2 || function {
        return 0;
    }
    shared.len()
}

/// A dictionary frequency from which/// A dictionary frequency from which a two-character word is common enough to be read as one.
const COMMON_WORD: u64 = 1000;

/// For each key, whether it occurs inside one of `names`/// For each key, whether it occurs inside one of `names`: every piece of every name, up to the
/// longest key, is put in a set (names are short), and each key is looked up there.
fn named_in(keys: &[&str], names: &[&str]) -> Vec<bool> {
    let longest = keys.iter().map(|k| k.len()).max().unwrap_or(0);
    let mut pieces: HashSet<&str> = HashSet::default();
    for name in names {
        let bounds: Vec<usize> = name.char_indices().map(|(i, _)| i).chain([name.len()]).collect();
        for (k, &from) in bounds.iter().enumerate() {
            for &to in bounds[k + 1..].iter().take_while(|&&to| to - from <= longest) {
                pieces.insert(&name[from..to]);
            }
        }
    }
    keys.iter().map(|k| pieces.contains(k)).collect()
}

/// Each word's count and where it first occurs, by word.
type Counts<'t> = HashMap<&'t str, (usize, usize)>;

/// Each word's count, and the number of words counted. Function words, numbers and punctuation are
/// left out; so are single Latin letters.
fn word_counts<'t>(side: &Side<'t>) -> (Counts<'t>, usize) {
    let text: &'t str = side.text();
    let mut counts: Counts<'t> = HashMap::default();
    let mut total = 0;
    for unit in &side.units {
        for t in unit.tokens {
            if t.kind != TokenKind::Word {
                continue;
            }
            let Some(w) = text.get(t.span()) else {
                continue;
            };
            // `我区` is cut `我/区`: the administrative level alone is no word a reader counts.
            if is_stopword(w)
                || !w.chars().any(crate::segment::is_alphabetic)
                || matches!(w, "区" | "市" | "县" | "省")
            {
                continue;
            }
            total += 1;
            let entry = counts.entry(w).or_insert((0, t.span().start));
            entry.0 += 1;
        }
    }
    (counts, total)
}

/// Ranks (1 = most frequent, equal counts share a rank) of every word.
fn ranks<'t>(counts: &Counts<'t>) -> Vec<(&'t str, Tally)> {
    let mut words: Vec<(&str, usize, usize)> = counts.iter().map(|(&w, &(n, at))| (w, n, at)).collect();
    words.sort_by_key(|&(w, n, at)| (Reverse(n), at, w));
    let mut out = Vec::with_capacity(words.len());
    let mut rank = 0;
    let mut previous = usize::MAX;
    for (i, (w, n, _)) in words.into_iter().enumerate() {
        if n != previous {
            rank = i + 1;
            previous = n;
        }
        out.push((w, Tally { count: n, rank }));
    }
    out
}

fn word_ranks(old: &Counts, new: &Counts) -> Vec<WordRank> {
    let old_ranks = ranks(old);
    let new_ranks = ranks(new);
    let old_of: HashMap<&str, Tally> = old_ranks.iter().copied().collect();
    let new_of: HashMap<&str, Tally> = new_ranks.iter().copied().collect();
    let mut out: Vec<WordRank> = Vec::new();
    let mut seen: HashSet<&str> = HashSet::default();
    for (w, _) in new_ranks
        .iter()
        .take(TOP_WORDS)
        .chain(old_ranks.iter().take(TOP_WORDS))
    {
        if seen.insert(w) {
            out.push(WordRank {
                word: w.to_string(),
                old: old_of.get(w).copied(),
                new: new_of.get(w).copied(),
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::Report;
    use crate::initiatives::testing::{SEGMENTER, report};

    fn phrases(old: &str, new: &str) -> Phrases {
        super::super::analyse(&report(2021, old), &report(2022, new), &SEGMENTER).1
    }

    #[test]
    fn a_repeated_wording_absent_from_the_old_year_is_new() {
        let p = phrases(
            "扩大有效投资。加大减税降费力度。",
            "实施留抵退税。扩大有效投资。留抵退税要直达企业。确保留抵退税落实。",
        );
        let added: Vec<(&str, usize)> = p.added.iter().map(|x| (x.phrase.as_str(), x.count)).collect();
        assert_eq!(added.first(), Some(&("留抵退税", 3)), "{added:?}");
        assert!(added.iter().all(|(a, _)| !a.contains("有效投资")), "{added:?}");
        assert_eq!(p.added[0].path(), "一/p1");
    }

    #[test]
    fn once_is_not_a_new_wording() {
        let p = phrases("扩大有效投资。", "加快建设全国统一大市场。");
        assert!(p.added.is_empty(), "{:?}", p.added);
    }

    #[test]
    fn vanished_wordings_are_the_reverse() {
        let p = phrases("扩大两新一重投资。两新一重投资增长。", "扩大有效投资。");
        assert!(
            p.dropped.iter().any(|x| x.key.contains("两新一重")),
            "{:?}",
            p.dropped
        );
    }

    #[test]
    fn a_phrase_only_ever_inside_a_longer_one_is_the_longer_one() {
        let p = phrases("扩大有效投资。", "稳定宏观经济大盘。着力稳定宏观经济大盘。");
        let added: Vec<&str> = p.added.iter().map(|x| x.phrase.as_str()).collect();
        assert_eq!(added.first(), Some(&"稳定宏观经济大盘"), "{added:?}");
        assert!(!added.contains(&"宏观经济"), "{added:?}");
    }

    #[test]
    fn overlapping_fragments_of_one_wording_are_one_phrase() {
        let p = phrases(
            "扩大有效投资。",
            "建设甲乙丙丁商业综合体。推进甲乙丙丁商业综合体。甲乙丙丁商业综合体。丙丁商业综合体与甲乙丙丁商业中心。",
        );
        for (i, a) in p.added.iter().enumerate() {
            for b in &p.added[i + 1..] {
                let overlap = a.mentions.iter().all(|m| {
                    b.mentions
                        .iter()
                        .any(|n| m.span.start < n.span.end && n.span.start < m.span.end)
                });
                assert!(!overlap, "{} and {} overlap", a.phrase, b.phrase);
            }
        }
        assert!(!p.added.is_empty(), "{:?}", p);
    }

    #[test]
    fn statistics_formulas_and_cut_words_are_no_new_wording() {
        let p = phrases(
            "扩大有效投资。",
            "高技术制造业增加值分别增长8.9%、7.7%。装备制造业增加值分别增长5%、6%。\
             落实三中全会精神。学习三中全会精神。有效应对外部冲击。有效应对外部冲击。\
             进出口总值增长5%。进出口总值下降3%。",
        );
        let added: Vec<&str> = p.added.iter().map(|x| x.phrase.as_str()).collect();
        for noise in ["增加值分别增长", "三中全会精神", "效应对外部冲击", "进出口总值"]
        {
            assert!(!added.contains(&noise), "{noise} in {added:?}");
        }
    }

    #[test]
    fn a_phrase_cut_after_a_degree_adverb_is_no_wording() {
        // jieba leaves 更大 as 更/大: 大自主权 is a piece of 更大自主权.
        let p = phrases("扩大有效投资。", "赋予高校更大自主权。赋予城市更大自主权。");
        let added: Vec<&str> = p.added.iter().map(|x| x.phrase.as_str()).collect();
        assert!(!added.contains(&"大自主权"), "{added:?}");
        // A preposition before a one-character word opens a wording.
        let p = phrases("扩大有效投资。", "推动由大县向强县转变。实现由大县向强县转变。");
        let added: Vec<&str> = p.added.iter().map(|x| x.phrase.as_str()).collect();
        assert!(added.iter().any(|a| a.contains("大县向强县转变")), "{added:?}");
    }

    #[test]
    fn a_phrase_always_written_after_the_same_verb_takes_it() {
        let p = phrases("扩大有效投资。", "稳住楼市股市，防范风险。着力稳住楼市股市。");
        let added: Vec<&str> = p.added.iter().map(|x| x.phrase.as_str()).collect();
        assert!(added.contains(&"稳住楼市股市"), "{added:?}");
        assert!(!added.contains(&"楼市股市"), "{added:?}");
    }

    #[test]
    fn phrases_an_initiative_already_reports_are_left_out() {
        let p = phrases("扩大有效投资。", "实施“万企兴万村”行动。推进“万企兴万村”行动。");
        assert!(
            p.added.iter().all(|x| !x.key.contains("万企兴万村")),
            "{:?}",
            p.added
        );
    }

    #[test]
    fn word_ranks_in_both_years() {
        let plain = |text: &str| Report::from_bytes("r.txt", text.as_bytes()).unwrap();
        let p = super::super::analyse(
            &plain("发展经济。发展产业。稳就业。"),
            &plain("稳增长。稳就业。稳物价。发展经济。"),
            &SEGMENTER,
        )
        .1;
        let row = |w: &str| p.words.iter().find(|r| r.word == w).cloned();
        let wen = row("稳").unwrap();
        assert_eq!(wen.new, Some(Tally { count: 3, rank: 1 }));
        assert_eq!(wen.old.map(|t| t.count), Some(1));
        let fazhan = row("发展").unwrap();
        assert_eq!(fazhan.old, Some(Tally { count: 2, rank: 1 }));
        assert!(p.words.iter().all(|r| !is_stopword(&r.word)));
    }

    #[test]
    fn the_phrases_inside_a_phrase_are_its_shorter_runs() {
        let words = ["稳定", "宏观", "经济", "大盘"];
        let inner: Vec<String> = inner_keys(&words).collect();
        assert_eq!(
            inner,
            ["稳定宏观", "稳定宏观经济", "宏观经济", "宏观经济大盘", "经济大盘"]
        );
        assert_eq!(inner_keys(&words[..2]).count(), 0);
    }

    #[test]
    fn equal_counts_share_a_rank() {
        let counts: Counts = [("甲", (3, 0)), ("乙", (2, 1)), ("丙", (2, 2)), ("丁", (1, 3))]
            .into_iter()
            .collect();
        let got: Vec<(&str, usize)> = ranks(&counts).into_iter().map(|(w, t)| (w, t.rank)).collect();
        assert_eq!(got, [("甲", 1), ("乙", 2), ("丙", 2), ("丁", 4)]);
    }

    #[test]
    fn the_stopword_list_is_small_and_has_no_blank_entries() {
        assert!(is_stopword("的") && is_stopword("我们"));
        assert!(!is_stopword("发展") && !is_stopword(""));
        assert!(STOPWORDS.len() < 300);
    }

    #[test]
    fn a_phrase_reworded_from_the_other_report_is_no_new_wording() {
        let other =
            "推动产业集群式发展，做好重点人群就业，培育高新技术企业，推进深层次改革和高水平对外开放。";
        for words in [
            &["集群", "化", "发展"][..],
            &["重点", "人群", "就业", "工作"],
            &["国家", "高新技术", "企业"],
            &["深层次", "改革", "和", "高水平", "开放"],
        ] {
            assert!(rewords(words, &Normalized::new(other)), "{words:?}");
        }
        // A word that carries meaning makes a new formulation; too little kept says nothing.
        // A standing formula dated anew is the other year's: only its numbers changed.
        let other = "深入学习贯彻党的十七大精神，“十一五”规划纲要圆满完成。";
        for words in [&["党", "的", "十八大", "精神"][..], &["“十二五”", "规划", "纲要"]] {
            assert!(rewords(words, &Normalized::new(other)), "{words:?}");
        }
        assert!(!rewords(&["十八大", "以来"], &Normalized::new(other)));
        let other = Normalized::new("完成2024年度目标，推进第3批试点。");
        assert!(swaps_a_number("完成2025年度目标", &other));
        assert!(swaps_a_number("推进第4批试点", &other));
        assert!(!swaps_a_number("完成年度目标", &other), "no number: no swap");
        assert!(!swaps_a_number("推进第批试点", &other));
        let other = "发展学前教育，打造先导产业，加强网络治理，发展智能产业，经济平稳健康发展。";
        for words in [
            &["经济", "持续", "健康", "发展"][..],
            &["具身", "智能"],
            &["免费", "学前教育"],
            &["三大", "先导", "产业"],
            &["网络", "生态", "治理"],
        ] {
            assert!(!rewords(words, &Normalized::new(other)), "{words:?}");
        }
    }
}
