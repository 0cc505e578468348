//! Pairs the parts and sections of two reports by content: matched, moved, added, removed, split, merged.
//!
//! Headings are reworded every year; content is not. Every unit gets a TF-IDF vector of its jieba
//! tokens. Parts are paired by content plus their role (review, plan, tasks, self-government);
//! sections are paired across the whole report (a section may move to another part), with a small
//! bonus when their parts are paired. Pairing is greedy on similarity, best first; a pair out of
//! order with the others (not on their longest increasing run) is `moved`. An unpaired section
//! whose content sits inside a paired one on the other side is the other half of a split or merge,
//! and the content of the single side is divided between the several by sentence.
//!
//! When either report has no parts, both are aligned paragraph by paragraph.

mod units;
pub mod vectors;

use rustc_hash::FxHashMap as HashMap;

pub use units::{Level, Role, Unit};
use vectors::{Terms, Tokens, Vector, Vocabulary, containment, cosine};

use crate::Report;
use crate::outline::{Span, Structure};

/// What happened to a unit between the years.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Status {
    Matched,
    /// Paired, but out of order with the other pairs.
    Moved,
    Added,
    Removed,
    /// One old unit's content went to several new ones.
    Split,
    /// Several old units' content went into one new one.
    Merged,
}

/// One aligned pair (or a lone unit), with the text of each side it covers.
#[derive(Debug, Clone)]
pub struct Pair {
    pub level: Level,
    pub status: Status,
    /// Index into `Alignment::old_units`.
    pub old: Option<usize>,
    pub new: Option<usize>,
    /// The old text this pair covers (a split divides one old unit's sentences among pairs).
    pub old_pieces: Vec<Span>,
    pub new_pieces: Vec<Span>,
    /// Content similarity of the two units (cosine of TF-IDF vectors), 0 for a lone unit.
    pub similarity: f64,
    /// For a split or merge, the paths of the other units of the group on the many side.
    pub group: Vec<String>,
}

/// The result of aligning two reports.
#[derive(Debug, Clone)]
pub struct Alignment {
    pub old_units: Vec<Unit>,
    pub new_units: Vec<Unit>,
    /// In new-report order; removed units where they stood in the old report.
    pub pairs: Vec<Pair>,
    /// Paragraph-level alignment was used because a report has no parts.
    pub by_paragraph: bool,
}

/// Minimum similarity to pair units of each level.
const PART_THRESHOLD: f64 = 0.2;
const SECTION_THRESHOLD: f64 = 0.25;
const PARAGRAPH_THRESHOLD: f64 = 0.3;
/// Parts with the same role (both reviews, both task lists) are likelier the same part.
const ROLE_BONUS: f64 = 0.15;
/// Sections of paired parts are likelier paired.
const PARENT_BONUS: f64 = 0.08;
/// Sentences this similar are the same sentence, edited.
const SENTENCE_MATCH: f64 = 0.5;
/// Share of an unpaired unit's text that must come from one unit of the other report for the
/// two to be one unit split (or merged) between the years.
const SPLIT_SHARE: f64 = 0.3;
/// An unpaired unit this similar to a paired unit (and at least this share of that unit's
/// similarity to its own partner) is the other half of a split or merge.
const SPLIT_COSINE: f64 = 0.2;
const SPLIT_RATIO: f64 = 0.75;
/// Least similarity for two leftover units that are each other's best match to be paired.
const MUTUAL_FLOOR: f64 = 0.12;
/// Terms in more sentences than this carry too little to be worth looking up.
const COMMON_POSTINGS: usize = 400;

/// Aligns two reports given their tokens.
pub fn align<'t>(old: &Report, old_tokens: &Tokens<'t>, new: &Report, new_tokens: &Tokens<'t>) -> Alignment {
    let by_paragraph = old.outline.structure == Structure::Flat || new.outline.structure == Structure::Flat;
    let old_units = units::units(old, by_paragraph);
    let new_units = units::units(new, by_paragraph);

    let mut vocabulary: Vocabulary<'t> = Vocabulary::default();
    let old_terms = vocabulary.terms(old_tokens);
    let new_terms = vocabulary.terms(new_tokens);
    // Document frequencies over the text each unit owns, so nothing is counted twice.
    for (tokens, terms, units) in [
        (old_tokens, &old_terms, &old_units),
        (new_tokens, &new_terms, &new_units),
    ] {
        for u in units.iter() {
            let counts = vocabulary.counts(tokens, terms, &u.pieces);
            vocabulary.add_document(&counts);
        }
    }
    let scope_vectors = |tokens: &Tokens<'t>, terms: &Terms, units: &[Unit]| -> Vec<Vector> {
        units
            .iter()
            .map(|u| vocabulary.vector(&vocabulary.counts(tokens, terms, &u.scope)))
            .collect()
    };
    let old_vectors = scope_vectors(old_tokens, &old_terms, &old_units);
    let new_vectors = scope_vectors(new_tokens, &new_terms, &new_units);
    let old_sentences = unit_sentences(&old_units, old_tokens, &old_terms, &vocabulary);
    let new_sentences = unit_sentences(&new_units, new_tokens, &new_terms, &vocabulary);

    let sides = Sides {
        old: Side {
            report: old,
            units: &old_units,
            vectors: &old_vectors,
            sentences: &old_sentences,
        },
        new: Side {
            report: new,
            units: &new_units,
            vectors: &new_vectors,
            sentences: &new_sentences,
        },
    };
    let mut groups = Vec::new();
    // Front matter, glossary and annex pair by what they are.
    for role in [Role::Front, Role::Glossary, Role::Annex] {
        let o = old_units.iter().position(|u| u.role == role);
        let n = new_units.iter().position(|u| u.role == role);
        if let (Some(o), Some(n)) = (o, n) {
            groups.push(Group {
                old: vec![o],
                new: vec![n],
            });
        }
    }
    let levels: &[(Level, f64)] = if by_paragraph {
        &[(Level::Paragraph, PARAGRAPH_THRESHOLD)]
    } else {
        &[(Level::Part, PART_THRESHOLD), (Level::Section, SECTION_THRESHOLD)]
    };
    for &(level, threshold) in levels {
        let paired = groups.clone();
        let score = |i: usize, j: usize| sides.score(level, i, j, &paired);
        // Sections whose parts are paired (or parts, which have no parents).
        let kin = |i: usize, j: usize| match (old_units[i].parent, new_units[j].parent) {
            (Some(pa), Some(pb)) => paired.iter().any(|g| g.old.contains(&pa) && g.new.contains(&pb)),
            _ => true,
        };
        groups.extend(pair_level(&sides, level, threshold, score, kin));
    }

    let mut pairs = Vec::new();
    for level in [Level::Part, Level::Section, Level::Paragraph] {
        let level_groups: Vec<&Group> = groups
            .iter()
            .filter(|g| g.level(&old_units, &new_units) == level)
            .collect();
        let moved = out_of_order(&level_groups);
        for g in level_groups {
            pairs.extend(sides.pairs(g, moved.contains(&(g.old[0], g.new[0]))));
        }
    }
    // Lone units.
    let paired_old: Vec<bool> = (0..old_units.len())
        .map(|i| pairs.iter().any(|p| p.old == Some(i)))
        .collect();
    let paired_new: Vec<bool> = (0..new_units.len())
        .map(|j| pairs.iter().any(|p| p.new == Some(j)))
        .collect();
    for (i, u) in old_units.iter().enumerate().filter(|(i, _)| !paired_old[*i]) {
        pairs.push(lone(u, Status::Removed, Some(i), None));
    }
    for (j, u) in new_units.iter().enumerate().filter(|(j, _)| !paired_new[*j]) {
        pairs.push(lone(u, Status::Added, None, Some(j)));
    }
    order(&mut pairs, old_units.len());
    Alignment {
        old_units,
        new_units,
        pairs,
        by_paragraph,
    }
}

fn lone(unit: &Unit, status: Status, old: Option<usize>, new: Option<usize>) -> Pair {
    let pieces = unit.pieces.clone();
    let (old_pieces, new_pieces) = if old.is_some() {
        (pieces, Vec::new())
    } else {
        (Vec::new(), pieces)
    };
    Pair {
        level: unit.level,
        status,
        old,
        new,
        old_pieces,
        new_pieces,
        similarity: 0.0,
        group: Vec::new(),
    }
}

/// A set of old units paired with a set of new units: 1:1, 1:n (split) or n:1 (merged).
#[derive(Debug, Clone)]
struct Group {
    old: Vec<usize>,
    new: Vec<usize>,
}

impl Group {
    fn level(&self, old: &[Unit], new: &[Unit]) -> Level {
        match (self.old.first(), self.new.first()) {
            (Some(&i), _) => old[i].level,
            (_, Some(&j)) => new[j].level,
            _ => Level::Part,
        }
    }
}

struct Side<'a> {
    report: &'a Report,
    units: &'a [Unit],
    vectors: &'a [Vector],
    sentences: &'a [Vec<Sentence>],
}

/// A sentence of a unit (a heading counts as one), with its content vector.
#[derive(Debug, Clone)]
struct Sentence {
    span: Span,
    vector: Vector,
    chars: usize,
}

fn unit_sentences<'t>(
    units: &[Unit],
    tokens: &Tokens<'t>,
    terms: &Terms,
    vocabulary: &Vocabulary<'t>,
) -> Vec<Vec<Sentence>> {
    units
        .iter()
        .map(|u| {
            u.pieces
                .iter()
                .flat_map(|piece| sentences(tokens, piece))
                .map(|span| {
                    let counts = vocabulary.counts(tokens, terms, std::slice::from_ref(&span));
                    Sentence {
                        vector: vocabulary.vector(&counts),
                        chars: tokens.text[span.clone()].chars().count(),
                        span,
                    }
                })
                .collect()
        })
        .collect()
}

/// Finds, for a sentence, the most similar sentence among some units' sentences.
struct Index<'a> {
    postings: HashMap<u32, Vec<(usize, f64)>>,
    sentences: Vec<(usize, &'a Sentence)>,
}

impl<'a> Index<'a> {
    fn new(units: &[usize], sentences: &'a [Vec<Sentence>]) -> Index<'a> {
        let mut index = Index {
            postings: HashMap::default(),
            sentences: Vec::new(),
        };
        for &u in units {
            for s in &sentences[u] {
                let id = index.sentences.len();
                index.sentences.push((u, s));
                for &(term, w) in &s.vector.terms {
                    index.postings.entry(term).or_default().push((id, w));
                }
            }
        }
        index
    }

    /// The unit holding the most similar sentence, and the similarity (cosine).
    fn best(&self, v: &Vector) -> Option<(usize, f64)> {
        if v.norm == 0.0 {
            return None;
        }
        let mut dots: HashMap<usize, f64> = HashMap::default();
        for &(term, w) in &v.terms {
            if let Some(list) = self.postings.get(&term).filter(|l| l.len() <= COMMON_POSTINGS) {
                for &(id, w2) in list {
                    *dots.entry(id).or_default() += w * w2;
                }
            }
        }
        dots.into_iter()
            .map(|(id, dot)| {
                let (unit, s) = self.sentences[id];
                (id, unit, dot / (v.norm * s.vector.norm))
            })
            .max_by(|a, b| a.2.total_cmp(&b.2).then(b.0.cmp(&a.0)))
            .map(|(_, unit, sim)| (unit, sim))
    }
}

struct Sides<'a> {
    old: Side<'a>,
    new: Side<'a>,
}

impl Sides<'_> {
    /// How likely old unit `i` and new unit `j` are the same unit.
    fn score(&self, level: Level, i: usize, j: usize, paired: &[Group]) -> f64 {
        let (a, b) = (&self.old.units[i], &self.new.units[j]);
        let mut score = cosine(&self.old.vectors[i], &self.new.vectors[j]);
        match level {
            Level::Part => {
                let (ra, rb) = (part_role(self.old.report, a), part_role(self.new.report, b));
                if ra.is_some() && ra == rb {
                    score += ROLE_BONUS;
                }
            }
            Level::Section => {
                if let (Some(pa), Some(pb)) = (a.parent, b.parent)
                    && paired.iter().any(|g| g.old.contains(&pa) && g.new.contains(&pb))
                {
                    score += PARENT_BONUS;
                }
            }
            Level::Paragraph => {}
        }
        score
    }

    /// The pairs of one group, with the single side's text divided among the many by sentence.
    fn pairs(&self, g: &Group, moved: bool) -> Vec<Pair> {
        let level = g.level(self.old.units, self.new.units);
        let path = |units: &[Unit], i: usize| units[i].path.clone();
        if g.old.len() == 1 && g.new.len() == 1 {
            let (i, j) = (g.old[0], g.new[0]);
            return vec![Pair {
                level,
                status: if moved { Status::Moved } else { Status::Matched },
                old: Some(i),
                new: Some(j),
                old_pieces: self.old.units[i].pieces.clone(),
                new_pieces: self.new.units[j].pieces.clone(),
                similarity: cosine(&self.old.vectors[i], &self.new.vectors[j]),
                group: Vec::new(),
            }];
        }
        if g.old.len() == 1 {
            let i = g.old[0];
            let shares = divide(&self.old.units[i], &self.old.sentences[i], &g.new, &self.new);
            g.new
                .iter()
                .zip(shares)
                .map(|(&j, old_pieces)| Pair {
                    level,
                    status: Status::Split,
                    old: Some(i),
                    new: Some(j),
                    old_pieces,
                    new_pieces: self.new.units[j].pieces.clone(),
                    similarity: cosine(&self.old.vectors[i], &self.new.vectors[j]),
                    group: g
                        .new
                        .iter()
                        .filter(|&&k| k != j)
                        .map(|&k| path(self.new.units, k))
                        .collect(),
                })
                .collect()
        } else {
            let j = g.new[0];
            let shares = divide(&self.new.units[j], &self.new.sentences[j], &g.old, &self.old);
            g.old
                .iter()
                .zip(shares)
                .map(|(&i, new_pieces)| Pair {
                    level,
                    status: Status::Merged,
                    old: Some(i),
                    new: Some(j),
                    old_pieces: self.old.units[i].pieces.clone(),
                    new_pieces,
                    similarity: cosine(&self.old.vectors[i], &self.new.vectors[j]),
                    group: g
                        .old
                        .iter()
                        .filter(|&&k| k != i)
                        .map(|&k| path(self.old.units, k))
                        .collect(),
                })
                .collect()
        }
    }
}

/// What a part is for, from its heading: reports keep the same four kinds of part year to year.
fn part_role(report: &Report, unit: &Unit) -> Option<u8> {
    let heading = report.text(unit.heading.as_ref()?);
    const ROLES: [&[&str]; 4] = [
        &["自身建设", "政府建设"],
        &["回顾", "总结", "成就"],
        &[
            "重点工作",
            "主要任务",
            "工作安排",
            "目标任务",
            "主要工作",
            "重点任务",
            "工作的建议",
            "工作建议",
            "主要目标",
        ],
        &[
            "今后五年",
            "五年",
            "规划",
            "远景",
            "指导思想",
            "奋斗目标",
            "总体要求",
            "思路",
        ],
    ];
    ROLES
        .iter()
        .position(|words| words.iter().any(|w| heading.contains(w)))
        .map(|r| r as u8)
}

/// Pairs the units of one level: best similarity first, then splits and merges.
fn pair_level(
    sides: &Sides,
    level: Level,
    threshold: f64,
    score: impl Fn(usize, usize) -> f64,
    kin: impl Fn(usize, usize) -> bool,
) -> Vec<Group> {
    let olds: Vec<usize> = (0..sides.old.units.len())
        .filter(|&i| sides.old.units[i].level == level && sides.old.units[i].role == Role::Body)
        .collect();
    let news: Vec<usize> = (0..sides.new.units.len())
        .filter(|&j| sides.new.units[j].level == level && sides.new.units[j].role == Role::Body)
        .collect();
    let mut candidates: Vec<(f64, usize, usize)> = Vec::new();
    for &i in &olds {
        for &j in &news {
            let s = score(i, j);
            if s >= threshold {
                candidates.push((s, i, j));
            }
        }
    }
    candidates.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    let mut old_taken: HashMap<usize, usize> = HashMap::default();
    let mut new_taken: HashMap<usize, usize> = HashMap::default();
    let mut groups: Vec<Group> = Vec::new();
    for (_, i, j) in candidates {
        if old_taken.contains_key(&i) || new_taken.contains_key(&j) {
            continue;
        }
        old_taken.insert(i, groups.len());
        new_taken.insert(j, groups.len());
        groups.push(Group {
            old: vec![i],
            new: vec![j],
        });
    }
    // Reports rewritten heavily (county reports often reword every sentence) leave true pairs
    // below the threshold. Within paired parts, units that are each other's best match among
    // those still unpaired, and clearly share content, are the same unit.
    loop {
        let lone_old: Vec<usize> = olds
            .iter()
            .copied()
            .filter(|i| !old_taken.contains_key(i))
            .collect();
        let lone_new: Vec<usize> = news
            .iter()
            .copied()
            .filter(|j| !new_taken.contains_key(j))
            .collect();
        let sim = |i: usize, j: usize| cosine(&sides.old.vectors[i], &sides.new.vectors[j]);
        let best = lone_old
            .iter()
            .flat_map(|&i| lone_new.iter().map(move |&j| (i, j)))
            .filter(|&(i, j)| kin(i, j) && sim(i, j) >= MUTUAL_FLOOR)
            .filter(|&(i, j)| {
                lone_new.iter().all(|&k| !kin(i, k) || sim(i, k) <= sim(i, j))
                    && lone_old.iter().all(|&k| !kin(k, j) || sim(k, j) <= sim(i, j))
            })
            .max_by(|a, b| sim(a.0, a.1).total_cmp(&sim(b.0, b.1)).then(b.cmp(a)));
        let Some((i, j)) = best else { break };
        old_taken.insert(i, groups.len());
        new_taken.insert(j, groups.len());
        groups.push(Group {
            old: vec![i],
            new: vec![j],
        });
    }
    // An unpaired unit whose sentences largely come from one unit of the other report is that
    // unit's other half: split off from it, merged into it, or (when that unit is unpaired too)
    // simply the same unit, heavily edited.
    for (lone_side, others) in [(&sides.new, &olds), (&sides.old, &news)] {
        let new_side = std::ptr::eq(lone_side, &sides.new);
        let lone: Vec<usize> = if new_side {
            news.iter()
                .copied()
                .filter(|j| !new_taken.contains_key(j))
                .collect()
        } else {
            olds.iter()
                .copied()
                .filter(|i| !old_taken.contains_key(i))
                .collect()
        };
        if lone.is_empty() {
            continue;
        }
        let other_side = if new_side { &sides.old } else { &sides.new };
        let index = Index::new(others, other_side.sentences);
        for u in lone {
            let sentences = &lone_side.sentences[u];
            let total: usize = sentences.iter().map(|s| s.chars).sum();
            let mut credit: HashMap<usize, usize> = HashMap::default();
            for s in sentences {
                if let Some((other, sim)) = index.best(&s.vector)
                    && sim >= SENTENCE_MATCH
                {
                    *credit.entry(other).or_default() += s.chars;
                }
            }
            let by_sentences = credit
                .into_iter()
                .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0)))
                .filter(|&(_, got)| got as f64 >= SPLIT_SHARE * total as f64)
                .map(|(other, _)| other);
            let (mine, theirs) = if new_side {
                (&mut new_taken, &mut old_taken)
            } else {
                (&mut old_taken, &mut new_taken)
            };
            // Rewritten sentences match no sentence (national reports reword nearly every one):
            // then the whole unit's content speaks. A unit as close to a paired unit as that
            // unit's own partner is, and closer to it than to anything else, is its other half,
            // provided they sit in paired parts (a plan section is not split into a review).
            let by_content = || {
                let cos = |other: usize| cosine(&lone_side.vectors[u], &other_side.vectors[other]);
                let best = others
                    .iter()
                    .copied()
                    .max_by(|&a, &b| cos(a).total_cmp(&cos(b)).then(b.cmp(&a)))?;
                let (i, j) = if new_side { (best, u) } else { (u, best) };
                if !kin(i, j) {
                    return None;
                }
                let g = *theirs.get(&best)?;
                let group = &groups[g];
                let partner = if new_side { group.new[0] } else { group.old[0] };
                let partner_cos = cosine(&other_side.vectors[best], &lone_side.vectors[partner]);
                (cos(best) >= SPLIT_COSINE && cos(best) >= SPLIT_RATIO * partner_cos).then_some(best)
            };
            let Some(other) = by_sentences.or_else(by_content) else {
                continue;
            };
            match theirs.get(&other).copied() {
                Some(g) => {
                    let group = &mut groups[g];
                    let (many, single) = if new_side {
                        (&mut group.new, &group.old)
                    } else {
                        (&mut group.old, &group.new)
                    };
                    if single.len() == 1 {
                        many.push(u);
                        mine.insert(u, g);
                    }
                }
                None => {
                    let g = groups.len();
                    groups.push(if new_side {
                        Group {
                            old: vec![other],
                            new: vec![u],
                        }
                    } else {
                        Group {
                            old: vec![u],
                            new: vec![other],
                        }
                    });
                    mine.insert(u, g);
                    theirs.insert(other, g);
                }
            }
        }
    }
    groups
}

/// The 1:1 pairs not on the longest run that keeps both reports' order: those moved.
fn out_of_order(groups: &[&Group]) -> Vec<(usize, usize)> {
    let mut pairs: Vec<(usize, usize)> = groups.iter().map(|g| (g.old[0], g.new[0])).collect();
    pairs.sort_by_key(|&(_, j)| j);
    // Longest increasing subsequence of old indices, in new order (patience sorting).
    let mut tails: Vec<usize> = Vec::new();
    let mut previous: Vec<Option<usize>> = vec![None; pairs.len()];
    for k in 0..pairs.len() {
        let at = tails.partition_point(|&t| pairs[t].0 < pairs[k].0);
        previous[k] = at.checked_sub(1).map(|p| tails[p]);
        if at == tails.len() {
            tails.push(k);
        } else {
            tails[at] = k;
        }
    }
    let mut keep = vec![false; pairs.len()];
    let mut at = tails.last().copied();
    while let Some(k) = at {
        keep[k] = true;
        at = previous[k];
    }
    let single: Vec<bool> = {
        let mut v = vec![false; pairs.len()];
        for (k, p) in pairs.iter().enumerate() {
            v[k] = groups
                .iter()
                .any(|g| g.old.len() == 1 && g.new.len() == 1 && (g.old[0], g.new[0]) == *p);
        }
        v
    };
    pairs
        .into_iter()
        .enumerate()
        .filter(|&(k, _)| !keep[k] && single[k])
        .map(|(_, p)| p)
        .collect()
}

/// Divides a unit's text among several units of the other report: each sentence goes to the unit
/// holding its most similar sentence (headings included: a merged section's heading goes to the
/// section it was reworded from); failing that, a heading to the first unit, other sentences to
/// the unit sharing most of their content, or else the unit of the sentence before. Every sentence
/// is covered exactly once.
fn divide(unit: &Unit, sentences: &[Sentence], targets: &[usize], other: &Side) -> Vec<Vec<Span>> {
    let index = Index::new(targets, other.sentences);
    let slot = |u: usize| targets.iter().position(|&t| t == u).unwrap_or(0);
    let mut shares: Vec<Vec<Span>> = vec![Vec::new(); targets.len()];
    let mut last = 0;
    for s in sentences {
        let heading = unit
            .heading
            .as_ref()
            .is_some_and(|h| h.start <= s.span.start && s.span.end <= h.end);
        let to = if let Some((u, _)) = index
            .best(&s.vector)
            .filter(|&(_, sim)| sim >= SENTENCE_MATCH / 2.0)
        {
            slot(u)
        } else if heading {
            0
        } else {
            let scores: Vec<f64> = targets
                .iter()
                .map(|&t| containment(&s.vector, &other.vectors[t]))
                .collect();
            match (0..targets.len()).max_by(|&a, &b| scores[a].total_cmp(&scores[b]).then(b.cmp(&a))) {
                Some(b) if scores[b] > 0.0 => b,
                _ => last,
            }
        };
        last = to;
        match shares[to].last_mut() {
            Some(prev) if prev.end == s.span.start => prev.end = s.span.end,
            _ => shares[to].push(s.span.clone()),
        }
    }
    shares
}

/// The sentence spans of a piece of text, cut after 。！？!? and any closing quotes that follow.
fn sentences(tokens: &Tokens, piece: &Span) -> Vec<Span> {
    let inside = tokens.within(piece);
    let ends = |k: usize| tokens.word(&inside[k]).ends_with(['。', '！', '？', '!', '?']);
    let closer = |k: usize| matches!(tokens.word(&inside[k]), "”" | "’" | "）" | ")" | "」");
    let mut out = Vec::new();
    let mut start = piece.start;
    let mut k = 0;
    while k < inside.len() {
        if ends(k) {
            let mut e = k;
            while e + 1 < inside.len() && closer(e + 1) {
                e += 1;
            }
            out.push(start..inside[e].span.end);
            start = inside[e].span.end;
            k = e + 1;
        } else {
            k += 1;
        }
    }
    if start < piece.end {
        out.push(start..piece.end);
    }
    out
}

/// New-report order; a removed unit right after the pair of the old unit before it.
fn order(pairs: &mut Vec<Pair>, old_len: usize) {
    let mut placed: Vec<Pair> = std::mem::take(pairs);
    placed.sort_by_key(|p| (p.new.unwrap_or(usize::MAX), p.old.unwrap_or(usize::MAX)));
    let (mut out, removed): (Vec<Pair>, Vec<Pair>) = placed.into_iter().partition(|p| p.new.is_some());
    for r in removed {
        let i = r.old.unwrap_or(0);
        // After the last pair that holds an old unit before this one; the very start otherwise.
        let at = (0..i)
            .rev()
            .find_map(|prev| out.iter().rposition(|p| p.old == Some(prev)))
            .map_or(0, |k| k + 1);
        out.insert(at, r);
    }
    debug_assert!(out.iter().all(|p| p.old.is_none_or(|i| i < old_len)));
    *pairs = out;
}
