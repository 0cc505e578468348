//! Initiatives and new phrases: the named programmes, slogans and wordings one year has and the other lacks.
//!
//! A reporter reading a new work report asks which programmes appeared (`“万企兴万村”行动`), which
//! vanished (`“两新一重”`), and which new wordings (新提法) the government adopted. This module
//! answers with three lists — added, dropped, kept — and a ranked list of new and vanished phrases
//! with the word frequencies reporters publish.
//!
//! * [`extract`] finds the candidates of one report: quoted terms, `《…》` titles, names ending in
//!   行动/工程/计划/战略/机制/体系/… with the modifiers that make them a name, and every glossary entry.
//! * [`compare`] sorts the candidates of two years into added, dropped and kept, merging near-identical
//!   names (a reworded modifier, a year inside the name) into kept-and-changed.
//! * [`analyse`] does that and also finds the new phrases and word frequencies ([`Phrases`]).
//!
//! The promise every result keeps: a term reported as added does not occur in the old report's text,
//! and a dropped one not in the new, once both are compared through [`Normalized`] (whitespace, line
//! breaks, invisible characters, quotation marks and full-width forms folded away). [`is_absent`]
//! is that check; it is applied last, to every reported term and phrase.
//!
//! ```
//! let segmenter = govdiff::segment::Segmenter::full();
//! let old = govdiff::Report::from_bytes("2021.txt",
//!     "2021年某区政府工作报告\n各位代表：\n一、工作回顾\n深化开展“项目建设年”活动，推进“两新一重”建设。\n二、2021年工作\n实施乡村建设行动。".as_bytes()).unwrap();
//! let new = govdiff::Report::from_bytes("2022.txt",
//!     "2022年某区政府工作报告\n各位代表：\n一、工作回顾\n扎实开展“项目建设和招商引资年”活动，深入开展“万人助万企”活动。\n二、2022年工作\n实施乡村建设行动。".as_bytes()).unwrap();
//! let found = govdiff::initiatives::compare(&old, &new, &segmenter);
//! let terms = |list: &[govdiff::initiatives::Candidate]| list.iter().map(|c| c.term.clone()).collect::<Vec<_>>();
//! assert_eq!(terms(&found.added), ["“万人助万企”活动"]);
//! assert_eq!(terms(&found.dropped), ["“两新一重”建设"]);
//! // The reworded name is kept, and says which variants were merged.
//! let reworded = found.kept.iter().find(|k| k.how != govdiff::initiatives::Match::Same).unwrap();
//! assert_eq!((reworded.old.term.as_str(), reworded.new.term.as_str()),
//!            ("“项目建设年”活动", "“项目建设和招商引资年”活动"));
//! ```

mod candidates;
mod matching;
mod phrases;
pub mod vocabulary;

use aho_corasick::{AhoCorasick, AhoCorasickKind};
use either::Either;
use std::ops::Range;

use crate::Report;
use crate::outline::Span;
use crate::segment::{Segmenter, Token};

pub use candidates::extract;
pub use matching::{MAX_WEIGHED_PAIRS, similarity};
pub use phrases::{MIN_COUNT as MIN_PHRASE_COUNT, Phrase, Phrases, TOP_WORDS, Tally, WordRank};

/// How a candidate was found; the strongest way wins when a term is found several ways.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    /// A name ending in 行动/工程/计划/战略/机制/体系/…: `龙头企业保链稳链工程`.
    Name,
    /// A `《…》` title: a plan, law or document.
    Title,
    /// A quoted term, with the word that follows it when that makes it a name: `“三个一批”活动`.
    Quoted,
    /// An entry of the report's own glossary (名词解释).
    Glossary,
}

impl Kind {
    /// The lower-case word used in JSON and on the terminal.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Name => "name",
            Kind::Title => "title",
            Kind::Quoted => "quoted",
            Kind::Glossary => "glossary",
        }
    }
}

/// One place a term occurs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    /// The outline path of the paragraph or heading: `三/（一）/p2`, `glossary/4`.
    pub path: String,
    /// Where in the report text ([`crate::Source::text`]), in bytes.
    pub span: Span,
    /// A short quote around the mention, within its sentence.
    pub quote: String,
    /// Where in the decoded input file, in characters.
    pub range: Span,
}

/// A named initiative, slogan or title found in one report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    /// The term as the report writes it most often: `“三个一批”活动`.
    pub term: String,
    /// What identifies the term across years, in [`Normalized`] form: `三个一批`.
    pub key: String,
    pub kind: Kind,
    /// The glossary's explanation, when the report explains the term.
    pub glossary: Option<String>,
    /// Times the key occurs in the report (not counting where it is only part of a longer candidate).
    pub count: usize,
    /// Every occurrence, in text order; one per counted occurrence.
    pub mentions: Vec<Mention>,
}

impl Candidate {
    /// The first mention's path, or `""` for a term with no mention.
    pub fn path(&self) -> &str {
        self.mentions.first().map_or("", |m| m.path.as_str())
    }

    /// The first mention's quote.
    pub fn quote(&self) -> &str {
        self.mentions.first().map_or("", |m| m.quote.as_str())
    }

    /// The distinct paths of the mentions, in text order.
    pub fn paths(&self) -> Vec<&str> {
        let mut out: Vec<&str> = Vec::new();
        for m in &self.mentions {
            if !out.contains(&m.path.as_str()) {
                out.push(&m.path);
            }
        }
        out
    }
}

/// Why a kept term counts as the same initiative in both years.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Match {
    /// The same key in both reports (the written form may differ: `十四五` / `“十四五”`).
    Same,
    /// The same name with a different year or number inside (`2019—2021年` / `2022—2024年`,
    /// `三环七带` / `三环五带`).
    Number,
    /// One year names the programme, the other only its core (`龙佰国际康养城` / `龙佰国际康养城项目`).
    Core,
    /// A reworded modifier or head (`“项目建设年”活动` / `“项目建设和招商引资年”活动`).
    Reworded,
}

impl Match {
    pub fn as_str(self) -> &'static str {
        match self {
            Match::Same => "same",
            Match::Number => "number",
            Match::Core => "core",
            Match::Reworded => "reworded",
        }
    }
}

/// A term present in both years: how each year writes it, how often, and why they were merged.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Kept {
    pub old: Candidate,
    pub new: Candidate,
    pub how: Match,
}

impl Kept {
    /// Whether the two years write the term differently (a merged variant worth showing).
    pub fn changed(&self) -> bool {
        self.how != Match::Same || self.old.term != self.new.term
    }
}

/// The initiatives of two reports sorted into added, dropped and kept, most salient first.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Initiatives {
    /// In the new report, absent from the old one's text.
    pub added: Vec<Candidate>,
    /// In the old report, absent from the new one's text.
    pub dropped: Vec<Candidate>,
    /// In both: merged renamings first, then terms written differently, then the rest; each group
    /// by how often the two reports name them.
    pub kept: Vec<Kept>,
    /// When there were too many added and dropped names to weigh every likely pair as a renaming
    /// ([`MAX_WEIGHED_PAIRS`]): how many dropped and added names there were. Renamed
    /// initiatives then show as one dropped and one added.
    pub unweighed: Option<(usize, usize)>,
}

impl Initiatives {
    /// What a reader should know about how these lists were made.
    pub fn warnings(&self) -> Vec<String> {
        self.unweighed
            .map(|(old, new)| {
                format!(
                    "too many initiatives added and dropped to weigh every pair as a renaming ({old} dropped, {new} added): renamed ones may show as one dropped and one added"
                )
            })
            .into_iter()
            .collect()
    }
}

/// Compares the initiatives of two reports.
pub fn compare(old: &Report, new: &Report, segmenter: &Segmenter) -> Initiatives {
    let old_tokens = segmenter.tokens(old.source.text());
    let new_tokens = segmenter.tokens(new.source.text());
    let old = Side::from_tokens(old, &old_tokens);
    let new = Side::from_tokens(new, &new_tokens);
    matching::compare(&old, &new)
}

/// Compares initiatives, and finds new and vanished phrases and the word frequencies of both years.
///
/// Each report is cut into words once. Phrases the initiative lists already report are left out of
/// the phrase lists.
pub fn analyse(old: &Report, new: &Report, segmenter: &Segmenter) -> (Initiatives, Phrases) {
    let old_tokens = segmenter.tokens(old.source.text());
    let new_tokens = segmenter.tokens(new.source.text());
    analyse_tokens(old, &old_tokens, new, &new_tokens)
}

/// [`analyse`] with each report's text already cut into tokens (as the comparison has them).
pub fn analyse_tokens(
    old: &Report,
    old_tokens: &[Token],
    new: &Report,
    new_tokens: &[Token],
) -> (Initiatives, Phrases) {
    // The two reports are prepared independently: side by side when there are threads to spare.
    let (old, new) = rayon::join(
        || Side::from_tokens(old, old_tokens),
        || Side::from_tokens(new, new_tokens),
    );
    // The phrases leave out what the initiative lists report; everything else about them is
    // counted beside those lists.
    let (initiatives, counted) = rayon::join(|| matching::compare(&old, &new), || phrases::count(&old, &new));
    let phrases = phrases::compare(&old, &new, &counted, &initiatives);
    (initiatives, phrases)
}

/// Whether `term` is absent from `report`'s text once both are [`Normalized`].
///
/// This is the promise behind every added and dropped term: an added term is absent from the old
/// report, a dropped one from the new. An empty term is present everywhere.
pub fn is_absent(term: &str, report: &Report) -> bool {
    Normalized::new(report.source.text()).count(&Normalized::key(term)) == 0 && !term.is_empty()
}

/// A report's text with whitespace, line breaks, invisible characters and quotation marks removed,
/// full-width letters, digits and signs made ASCII, and ASCII letters lower-cased — the form in which
/// terms are identified, counted and checked for absence.
///
/// Folding more characters can only make more terms count as present, never fewer, so absence in
/// this form implies absence in the text itself.
#[derive(Debug, Clone)]
pub struct Normalized {
    text: String,
    /// Where the characters of `text` come from in the original, in runs (see [`Origin`]).
    /// (Offsets as `u32`: a report is at most [`crate::source::MAX_BYTES`] long.)
    origin: Vec<Origin>,
    /// Every pair of adjacent characters in `text` ([`pair`]) with where it starts, sorted: terms
    /// are short and looked up hundreds of times per report, so a search starts only where the
    /// term's first two characters do. (One character would be too few: in a text of megabytes
    /// each common one occurs tens of thousands of times.)
    at: Pairs,
}

/// Where the characters of a [`Normalized`] text from `at` on come from. A character that
/// normalising changed stands alone, and came from the `len` bytes at `from`; characters that it
/// kept as they were come in runs, up to the next entry, each from the same offset as itself
/// shifted by `from - at`. Most of a report is such runs: a few thousand entries instead of one a
/// character.
#[derive(Debug, Clone, Copy)]
struct Origin {
    at: u32,
    from: u32,
    len: u8,
    kept: bool,
}

/// The sorted pairs of a [`Normalized`] text.
#[derive(Debug, Clone)]
enum Pairs {
    /// Under 4 MB of text: the pair above the position in one number, half the memory of a
    /// tuple, and sorted twice as fast.
    Packed(Vec<u64>),
    Wide(Vec<(u64, usize)>),
}

/// Bits of a position in [`Pairs::Packed`].
const POSITION_BITS: u32 = 64 - PAIR_BITS;

impl Pairs {
    fn new(text: &str) -> Pairs {
        let pairs = text
            .char_indices()
            .zip(text.chars().skip(1))
            .map(|((i, c), next)| (pair(c, next), i));
        if text.len() < 1 << POSITION_BITS {
            let mut packed: Vec<u64> = pairs.map(|(p, i)| (p << POSITION_BITS) | i as u64).collect();
            // Made in text order, so a stable radix sort by the pair alone orders them as the
            // whole numbers would, a quarter faster than comparing them.
            radsort::sort_by_key(&mut packed, |&k| k >> POSITION_BITS);
            Pairs::Packed(packed)
        } else {
            let mut at: Vec<(u64, usize)> = pairs.collect();
            at.sort_unstable();
            Pairs::Wide(at)
        }
    }

    /// Where the pair `wanted` starts, in text order.
    fn starts(&self, wanted: u64) -> impl Iterator<Item = usize> + '_ {
        match self {
            Pairs::Packed(packed) => {
                // A pair is below 2^42, so `wanted + 1` shifted still fits.
                let (low, high) = (wanted << POSITION_BITS, (wanted + 1) << POSITION_BITS);
                let from = packed.partition_point(|&k| k < low);
                let to = from + packed[from..].partition_point(|&k| k < high);
                let position = (1u64 << POSITION_BITS) - 1;
                Either::Left(packed[from..to].iter().map(move |&k| (k & position) as usize))
            }
            Pairs::Wide(at) => {
                let from = at.partition_point(|&(p, _)| p < wanted);
                let to = from + at[from..].partition_point(|&(p, _)| p == wanted);
                Either::Right(at[from..to].iter().map(|&(_, i)| i))
            }
        }
    }
}

/// From this many bytes of text, [`Normalized::find_each`] reads the text once for all keys:
/// measured, a search per key is faster on reports (up to a few hundred kilobytes) and slower on
/// texts of megabytes.
const ONE_PASS_FROM: usize = 1 << 20;

/// Bits of a [`pair`].
const PAIR_BITS: u32 = 42;

/// Two characters as one sortable number.
fn pair(a: char, b: char) -> u64 {
    (u64::from(a) << 21) | u64::from(b)
}

impl Normalized {
    pub fn new(original: &str) -> Normalized {
        let mut text = String::with_capacity(original.len());
        let mut origin = Vec::new();
        normalize(original, |from, c, n| {
            let kept = c == n;
            let continues = origin.last().is_some_and(|o: &Origin| {
                kept && o.kept && from - o.from as usize == text.len() - o.at as usize
            });
            if !continues {
                origin.push(Origin {
                    at: text.len() as u32,
                    from: from as u32,
                    len: c.len_utf8() as u8,
                    kept,
                });
            }
            text.push(n);
        });
        let at = Pairs::new(&text);
        Normalized { text, origin, at }
    }

    /// The normalised form of a term.
    pub fn key(term: &str) -> String {
        let mut out = String::with_capacity(term.len());
        normalize(term, |_, _, n| out.push(n));
        out
    }

    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Non-overlapping occurrences of an already normalised key.
    pub fn count(&self, key: &str) -> usize {
        self.occurrences(key).count()
    }

    /// Whether an already normalised key occurs at all.
    pub fn contains(&self, key: &str) -> bool {
        self.occurrences(key).next().is_some()
    }

    /// The original byte ranges of the non-overlapping occurrences of an already normalised key.
    pub fn find(&self, key: &str) -> Vec<Span> {
        self.occurrences(key)
            .filter_map(|at| self.original_range(at..at + key.len()))
            .collect()
    }

    /// [`Normalized::find`] for many keys. A search per key is cheapest on a report; past
    /// [`ONE_PASS_FROM`] bytes, where thousands of keys share their first characters with
    /// thousands of places, the keys are found in one pass over the text instead.
    pub fn find_each(&self, keys: &[String]) -> Vec<Vec<Span>> {
        if self.text.len() >= ONE_PASS_FROM {
            self.find_each_in_one_pass(keys)
        } else {
            keys.iter().map(|k| self.find(k)).collect()
        }
    }

    fn find_each_in_one_pass(&self, keys: &[String]) -> Vec<Vec<Span>> {
        let Some(automaton) = automaton(keys) else {
            return keys.iter().map(|k| self.find(k)).collect();
        };
        let mut found: Vec<Vec<Span>> = vec![Vec::new(); keys.len()];
        let mut next_free = vec![0; keys.len()];
        // Overlapping matches of one key come in text order; each key keeps the first of any that
        // overlap, as `find` does.
        for m in automaton.find_overlapping_iter(&self.text) {
            let k = m.pattern().as_usize();
            if m.is_empty() || m.start() < next_free[k] {
                continue;
            }
            next_free[k] = m.end();
            found[k].extend(self.original_range(m.range()));
        }
        found
    }

    /// Byte offsets in the normalised text of the non-overlapping occurrences of `key`, in order.
    fn occurrences<'a>(&'a self, key: &'a str) -> impl Iterator<Item = usize> + 'a {
        let mut chars = key.chars();
        let (Some(first), Some(second)) = (chars.next(), chars.next()) else {
            // An empty key occurs nowhere; a one-character key is rare enough to search for.
            return Either::Left(
                (!key.is_empty())
                    .then(|| self.text.match_indices(key).map(|(at, _)| at))
                    .into_iter()
                    .flatten(),
            );
        };
        let mut next_free = 0;
        Either::Right(self.at.starts(pair(first, second)).filter(move |&at| {
            let hit = at >= next_free && self.text.get(at..).is_some_and(|t| t.starts_with(key));
            if hit {
                next_free = at + key.len();
            }
            hit
        }))
    }

    /// Maps a byte range of the normalised text back to the original text.
    fn original_range(&self, range: Range<usize>) -> Option<Span> {
        let first = self.origin_of(range.start)?;
        let last_start = range.start + self.text.get(range.clone())?.char_indices().last()?.0;
        let last = self.origin_of(last_start)?;
        Some(first.start..last.end)
    }

    /// The original byte range of the character starting at `at`.
    fn origin_of(&self, at: usize) -> Option<Range<usize>> {
        let o = self.origin[self
            .origin
            .partition_point(|o| o.at as usize <= at)
            .checked_sub(1)?];
        let c = self.text.get(at..)?.chars().next()?;
        if o.at as usize == at {
            Some(o.from as usize..o.from as usize + usize::from(o.len))
        } else if o.kept {
            let from = o.from as usize + (at - o.at as usize);
            Some(from..from + c.len_utf8())
        } else {
            None
        }
    }
}

/// An automaton finding any of `patterns`. Built for one search over one report, so the kind that
/// builds fastest: a DFA would search faster but take longer to build than the search takes.
pub(crate) fn automaton<P: AsRef<[u8]>>(patterns: impl IntoIterator<Item = P>) -> Option<AhoCorasick> {
    AhoCorasick::builder()
        .kind(Some(AhoCorasickKind::NoncontiguousNFA))
        .prefilter(false)
        .build(patterns)
        .ok()
}

/// Calls `emit(byte offset, character, normalised character)` for every character kept, leaving out
/// footnote markers (`[13]`, `^[13]`, `［13］`) and what [`fold`] drops.
fn normalize(original: &str, mut emit: impl FnMut(usize, char, char)) {
    let mut at = 0;
    while let Some(c) = original[at..].chars().next() {
        if matches!(c, '^' | '[' | '［')
            && let Some(len) = footnote_marker(&original[at..])
        {
            at += len;
            continue;
        }
        if let Some(n) = fold(c) {
            emit(at, c, n);
        }
        at += c.len_utf8();
    }
}

/// `text` without its footnote markers (`[13]`, `^[13]`, `［13］`).
pub(crate) fn without_footnotes(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    while let Some(c) = text[at..].chars().next() {
        match footnote_marker(&text[at..]) {
            Some(len) => at += len,
            None => {
                out.push(c);
                at += c.len_utf8();
            }
        }
    }
    out
}

/// The length in bytes of a footnote marker at the start of `text`: `[13]`, `^[13]`, `［13］`.
fn footnote_marker(text: &str) -> Option<usize> {
    let rest = text.strip_prefix('^').unwrap_or(text);
    let open = rest.chars().next().filter(|c| matches!(c, '[' | '［'))?;
    let rest = &rest[open.len_utf8()..];
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    let close = rest[digits..]
        .chars()
        .next()
        .filter(|c| matches!(c, ']' | '］'))?;
    (1..=3)
        .contains(&digits)
        .then(|| text.len() - rest.len() + digits + close.len_utf8())
}

/// The normalised form of one character, or `None` when it is left out.
fn fold(c: char) -> Option<char> {
    match c {
        c if c.is_whitespace() => None,
        '\u{200b}'..='\u{200f}'
        | '\u{202a}'..='\u{202e}'
        | '\u{2060}'..='\u{2064}'
        | '\u{2066}'..='\u{2069}'
        | '\u{feff}'
        | '\u{ad}' => None,
        c if c.is_control() => None,
        '“' | '”' | '"' | '‘' | '’' | '\'' | '「' | '」' | '『' | '』' | '＂' | '＇' => None,
        '\u{ff01}'..='\u{ff5e}' => char::from_u32(c as u32 - 0xfee0).map(|a| a.to_ascii_lowercase()),
        '・' | '•' | '‧' | '･' => Some('·'),
        c => Some(c.to_ascii_lowercase()),
    }
}

/// A stretch of report text scanned as one: a paragraph, a heading or a glossary entry.
#[derive(Debug, Clone)]
pub(crate) struct Unit<'r> {
    pub path: String,
    pub span: Span,
    /// The unit's tokens, with spans relative to the report text.
    pub tokens: &'r [Token],
}

/// One report prepared for comparison: its units with tokens, and its normalised text.
pub(crate) struct Side<'r> {
    pub report: &'r Report,
    pub units: Vec<Unit<'r>>,
    pub normalized: Normalized,
    pub candidates: Vec<Candidate>,
}

impl<'r> Side<'r> {
    /// A side from the tokens of the whole report text.
    pub fn from_tokens(report: &'r Report, tokens: &'r [Token]) -> Side<'r> {
        let units = units(report, tokens);
        let normalized = Normalized::new(report.source.text());
        let candidates = candidates::collect(report, &units, &normalized);
        Side {
            report,
            units,
            normalized,
            candidates,
        }
    }

    pub fn text(&self) -> &'r str {
        self.report.source.text()
    }

    /// Every occurrence of a normalised key as mentions, with paths and quotes.
    pub fn mentions(&self, key: &str) -> Vec<Mention> {
        self.normalized
            .find(key)
            .into_iter()
            .map(|span| mention(&self.report.source, &self.units, span))
            .collect()
    }
}

/// A mention of the text at `span`: the path of its unit, a quote from it, where it is in the input.
pub(crate) fn mention(source: &crate::Source, units: &[Unit], span: Span) -> Mention {
    let text = source.text();
    let i = units.partition_point(|u| u.span.start <= span.start);
    let unit = i
        .checked_sub(1)
        .and_then(|i| units.get(i))
        .filter(|u| span.start < u.span.end);
    let (path, quote) = match unit {
        Some(unit) => (unit.path.clone(), quote(text, unit.span.clone(), span.clone())),
        None => ("text".to_string(), quote(text, span.clone(), span.clone())),
    };
    Mention {
        path,
        range: source.original_range(span.clone()),
        span,
        quote,
    }
}

/// How many characters of context a quote keeps on each side of the term.
const QUOTE_CONTEXT: usize = 14;

/// The term with up to [`QUOTE_CONTEXT`] characters either side, inside its sentence and unit;
/// `…` marks a cut.
fn quote(text: &str, unit: Span, term: Span) -> String {
    let unit = unit.start.min(term.start)..unit.end.max(term.end).min(text.len());
    let before = text.get(unit.start..term.start).unwrap_or("");
    let after = text.get(term.end..unit.end).unwrap_or("");
    // Only the last few characters before the term can show: walk back from it, so a quote costs
    // the same in a one-line report of megabytes as in a short paragraph.
    let mut shown: Vec<char> = Vec::with_capacity(QUOTE_CONTEXT);
    let mut cut = false;
    for c in before.chars().rev() {
        if is_sentence_end(c) {
            break;
        }
        if shown.len() == QUOTE_CONTEXT {
            cut = true;
            break;
        }
        shown.push(c);
    }
    // Room for the context either side at three bytes a character, and the marks of a cut.
    let mut out = String::with_capacity(term.len() + 6 * QUOTE_CONTEXT + 6);
    if cut {
        out.push('…');
    }
    out.extend(shown.iter().rev());
    out.push_str(text.get(term).unwrap_or(""));
    let mut cut = false;
    for (taken, c) in after.chars().enumerate() {
        if taken == QUOTE_CONTEXT {
            cut = true;
            break;
        }
        out.push(c);
        if is_sentence_end(c) {
            break;
        }
    }
    if cut {
        out.push('…');
    }
    out
}

fn is_sentence_end(c: char) -> bool {
    matches!(c, '。' | '；' | '！' | '？' | ';' | '!' | '?')
}

/// The report cut into units in text order: front matter, part and section headings, paragraphs,
/// annex, glossary entries.
fn units<'r>(report: &Report, tokens: &'r [Token]) -> Vec<Unit<'r>> {
    let o = &report.outline;
    let mut spans: Vec<(String, Span)> = Vec::new();
    spans.extend(o.front.iter().map(|p| (p.path.clone(), p.span.clone())));
    for part in &o.parts {
        if !part.is_implicit() {
            spans.push((part.path.clone(), part.heading.clone()));
        }
        spans.extend(part.intro.iter().map(|p| (p.path.clone(), p.span.clone())));
        for section in &part.sections {
            spans.push((section.path.clone(), section.heading.clone()));
            spans.extend(
                section
                    .paragraphs
                    .iter()
                    .map(|p| (p.path.clone(), p.span.clone())),
            );
        }
        spans.extend(part.outro.iter().map(|p| (p.path.clone(), p.span.clone())));
    }
    spans.extend(o.annex.iter().map(|p| (p.path.clone(), p.span.clone())));
    spans.extend(
        o.glossary
            .iter()
            .map(|e| (format!("glossary/{}", e.number), e.span.clone())),
    );
    spans.sort_by_key(|(_, s)| (s.start, s.end));
    let text = report.source.text();
    spans
        .into_iter()
        .filter(|(_, s)| s.start < s.end && text.get(s.clone()).is_some())
        .map(|(path, span)| {
            let tokens = &tokens[crate::segment::tokens_within(tokens, &span)];
            Unit { path, span, tokens }
        })
        .collect()
}

/// What the initiative stages' unit tests share: a segmenter over the whole dictionary, and a
/// short report around a body of text.
#[cfg(test)]
pub(crate) mod testing {
    use std::sync::LazyLock;

    use crate::Report;
    use crate::segment::Segmenter;

    pub static SEGMENTER: LazyLock<Segmenter> = LazyLock::new(Segmenter::full);

    /// A report of `year` whose review part holds `body`.
    pub fn report(year: u32, body: &str) -> Report {
        let text = format!(
            "{year}年某区政府工作报告\n各位代表：\n一、工作回顾\n{body}\n二、{year}年工作安排\n正文。"
        );
        Report::from_bytes("r.txt", text.as_bytes()).unwrap()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalising_folds_spacing_invisibles_quotes_and_width() {
        let n = Normalized::new("实施“十四五”\u{200b}规划，\n推进 ＡＢＣ＋５Ｇ　建设");
        assert_eq!(n.as_str(), "实施十四五规划,推进abc+5g建设");
        assert_eq!(Normalized::key("“十四五”"), "十四五");
        assert_eq!(n.count("十四五规划"), 1);
    }

    #[test]
    fn occurrences_map_back_to_the_original_text() {
        let text = "一是“三个\n一批”活动，二是三个一批。";
        let n = Normalized::new(text);
        let spans = n.find(&Normalized::key("三个一批"));
        assert_eq!(spans.len(), 2);
        assert_eq!(&text[spans[0].clone()], "三个\n一批");
        assert_eq!(&text[spans[1].clone()], "三个一批");
    }

    #[test]
    fn occurrences_do_not_overlap() {
        let n = Normalized::new("六六六六六");
        assert_eq!(n.count("六六"), 2);
        assert_eq!(n.count("六"), 5);
        assert_eq!(n.count("七"), 0);
        assert_eq!(n.find("六六六").len(), 1);
    }

    #[test]
    fn finding_many_keys_at_once_finds_what_each_search_finds() {
        let n = Normalized::new("六六六六六，“三个\n一批”活动和三个一批，六六");
        let keys: Vec<String> = ["六六", "六", "三个一批", "三个", "", "七"]
            .iter()
            .map(|k| Normalized::key(k))
            .collect();
        let each: Vec<Vec<Span>> = keys.iter().map(|k| n.find(k)).collect();
        assert_eq!(n.find_each(&keys), each);
        assert_eq!(n.find_each_in_one_pass(&keys), each);
        assert_eq!(each[0].len(), 3);
        assert_eq!(each[2].len(), 2);
    }

    #[test]
    fn footnote_markers_are_left_out() {
        assert_eq!(Normalized::key("市委“11258”[13]总体要求"), "市委11258总体要求");
        assert_eq!(
            Normalized::key("“7+18+N”现代产业体系^[5]不断"),
            "7+18+n现代产业体系不断"
        );
        assert_eq!(Normalized::key("数组[1234]和[a]"), "数组[1234]和[a]");
        assert_eq!(
            without_footnotes("“334”工程^[4]和[12]项［3］，数组[1234]^"),
            "“334”工程和项，数组[1234]^"
        );
    }

    #[test]
    fn an_empty_key_occurs_nowhere_and_finds_nothing() {
        let n = Normalized::new("正文");
        assert_eq!(n.count(""), 0);
        assert!(n.find("").is_empty());
    }

    #[test]
    fn quotes_stay_inside_their_sentence() {
        let text = "第一句很长很长。扎实开展“三个一批”活动,确保在省、市考核中争先晋位并且继续努力。后一句。";
        let at = text.find("“三个一批”").unwrap();
        let q = quote(text, 0..text.len(), at..at + "“三个一批”".len());
        assert_eq!(q, "扎实开展“三个一批”活动,确保在省、市考核中争先…");
        // The quote starts at its sentence, or with `…` where a long sentence is cut.
        let at = text.find("争先").unwrap();
        let q = quote(text, 0..text.len(), at..at + "争先".len());
        assert_eq!(q, "…批”活动,确保在省、市考核中争先晋位并且继续努力。");
    }
}
