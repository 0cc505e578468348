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

use either::Either;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

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
    /// Levels with too many units to weigh every pair, with the number of units on each side:
    /// there, only likely pairs were weighed (see [`EXACT_PAIRS`]).
    pub bounded: Vec<(Level, usize, usize)>,
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
/// Unit pairs of one level scored all against all, at most. Real reports stay far below (the
/// largest corpus pair needs 10,816), but two unrelated texts of a megabyte cut into one-line
/// paragraphs need 10⁹ scores and gigabytes of candidates. Beyond this, only likely pairs are
/// weighed — units sharing distinctive terms, and units at matching places in the two orders —
/// and the output says so.
pub const EXACT_PAIRS: usize = 4_000_000;
/// Over [`EXACT_PAIRS`]: a term found in more units (or sentences) than this is too common to
/// propose candidates, which bounds the work per unit.
const DISTINCTIVE_POSTINGS: usize = 32;
/// Over [`EXACT_PAIRS`]: the candidates scored per unit, those sharing the most distinctive weight.
const CANDIDATES_PER_UNIT: usize = 8;
/// Over [`EXACT_PAIRS`]: new units scored on each side of where an old unit's place falls.
const DIAGONAL_REACH: usize = 4;

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
            roles: old_units.iter().map(|u| part_role(old, u)).collect(),
            units: &old_units,
            vectors: &old_vectors,
            sentences: &old_sentences,
        },
        new: Side {
            roles: new_units.iter().map(|u| part_role(new, u)).collect(),
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
    let mut bounded = Vec::new();
    for &(level, threshold) in levels {
        // Paired parents, for the section bonus: every old and new unit of one group, so that the
        // sections of a split or merged part count as kin too.
        let paired: HashSet<(usize, usize)> = groups
            .iter()
            .flat_map(|g| g.old.iter().flat_map(|&a| g.new.iter().map(move |&b| (a, b))))
            .collect();
        let score = |i: usize, j: usize| sides.score(level, i, j, &paired);
        // Sections whose parts are paired (or parts, which have no parents).
        let kin = |i: usize, j: usize| match (old_units[i].parent, new_units[j].parent) {
            (Some(pa), Some(pb)) => paired.contains(&(pa, pb)),
            _ => true,
        };
        let (level_groups, sizes) = pair_level(&sides, level, threshold, score, kin);
        groups.extend(level_groups);
        bounded.extend(sizes.map(|(n, m)| (level, n, m)));
    }
    if !by_paragraph && bounded.is_empty() {
        across_levels(&sides, &mut groups);
    }

    let mut pairs = Vec::new();
    for level in [Level::Part, Level::Section, Level::Paragraph] {
        let level_groups: Vec<&Group> = groups
            .iter()
            .filter(|g| g.level(&old_units, &new_units) == level)
            .collect();
        let moved: HashSet<(usize, usize)> = out_of_order(&level_groups).into_iter().collect();
        for g in level_groups {
            pairs.extend(sides.pairs(g, moved.contains(&(g.old[0], g.new[0]))));
        }
    }
    // Lone units.
    let mut paired_old = vec![false; old_units.len()];
    let mut paired_new = vec![false; new_units.len()];
    for p in &pairs {
        if let Some(i) = p.old {
            paired_old[i] = true;
        }
        if let Some(j) = p.new {
            paired_new[j] = true;
        }
    }
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
        bounded,
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
    /// Each unit's role from its heading (see [`part_role`]), worked out once.
    roles: Vec<Option<u8>>,
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
    /// Terms in more sentences than this are not looked up.
    common: usize,
}

impl<'a> Index<'a> {
    fn new(units: &[usize], sentences: &'a [Vec<Sentence>], common: usize) -> Index<'a> {
        let mut index = Index {
            postings: HashMap::default(),
            sentences: Vec::new(),
            common,
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
            if let Some(list) = self.postings.get(&term).filter(|l| l.len() <= self.common) {
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
    fn score(&self, level: Level, i: usize, j: usize, paired: &HashSet<(usize, usize)>) -> f64 {
        let (a, b) = (&self.old.units[i], &self.new.units[j]);
        let mut score = cosine(&self.old.vectors[i], &self.new.vectors[j]);
        match level {
            Level::Part => {
                let (ra, rb) = (self.old.roles[i], self.new.roles[j]);
                if ra.is_some() && ra == rb {
                    score += ROLE_BONUS;
                }
            }
            Level::Section => {
                if let (Some(pa), Some(pb)) = (a.parent, b.parent)
                    && paired.contains(&(pa, pb))
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

/// Pairs the units of one level: best similarity first, then splits and merges. Also returns the
/// numbers of units on each side when there were too many to weigh every pair.
fn pair_level(
    sides: &Sides,
    level: Level,
    threshold: f64,
    score: impl Fn(usize, usize) -> f64,
    kin: impl Fn(usize, usize) -> bool,
) -> (Vec<Group>, Option<(usize, usize)>) {
    let olds: Vec<usize> = (0..sides.old.units.len())
        .filter(|&i| sides.old.units[i].level == level && sides.old.units[i].role == Role::Body)
        .collect();
    let news: Vec<usize> = (0..sides.new.units.len())
        .filter(|&j| sides.new.units[j].level == level && sides.new.units[j].role == Role::Body)
        .collect();
    let bounded = olds.len().saturating_mul(news.len()) > EXACT_PAIRS;
    // Every pair, or only the likely ones when there are too many.
    let pairs = if bounded {
        let mut pairs = distinctive_candidates(&olds, &news, sides);
        pairs.extend(diagonal_candidates(&olds, &news, sides));
        pairs.sort_unstable();
        pairs.dedup();
        Either::Left(pairs.into_iter())
    } else {
        Either::Right(olds.iter().flat_map(|&i| news.iter().map(move |&j| (i, j))))
    };
    let candidates: Vec<(f64, usize, usize)> = pairs
        .map(|(i, j)| (score(i, j), i, j))
        .filter(|&(s, _, _)| s >= threshold)
        .collect();
    let mut old_taken: HashMap<usize, usize> = HashMap::default();
    let mut new_taken: HashMap<usize, usize> = HashMap::default();
    let mut groups: Vec<Group> = Vec::new();
    // Best pairs first, each unit in one pair.
    let mut take_in_order = |mut candidates: Vec<(f64, usize, usize)>,
                             old_taken: &mut HashMap<usize, usize>,
                             new_taken: &mut HashMap<usize, usize>| {
        candidates.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
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
    };
    take_in_order(candidates, &mut old_taken, &mut new_taken);
    // Reports rewritten heavily (county reports often reword every sentence) leave true pairs
    // below the threshold. Within paired parts, units that are each other's best match among
    // those still unpaired, and clearly share content, are the same unit. Taking the closest
    // such pair first, again and again, is taking pairs in order of similarity. (Too many units
    // to weigh every pair: the likely ones were weighed above, and this pass is skipped.)
    if !bounded {
        let sim = |i: usize, j: usize| cosine(&sides.old.vectors[i], &sides.new.vectors[j]);
        let close: Vec<(f64, usize, usize)> = olds
            .iter()
            .filter(|i| !old_taken.contains_key(i))
            .flat_map(|&i| {
                news.iter()
                    .filter(|j| !new_taken.contains_key(j))
                    .map(move |&j| (i, j))
            })
            .filter(|&(i, j)| kin(i, j))
            .map(|(i, j)| (sim(i, j), i, j))
            .filter(|&(s, _, _)| s >= MUTUAL_FLOOR)
            .collect();
        take_in_order(close, &mut old_taken, &mut new_taken);
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
        let common = if bounded {
            DISTINCTIVE_POSTINGS
        } else {
            COMMON_POSTINGS
        };
        let index = Index::new(others, other_side.sentences, common);
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
                if bounded {
                    return None;
                }
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
    (groups, bounded.then_some((olds.len(), news.len())))
}

/// Pairs parts without sections on one side with sections on the other: one report gives each
/// task a part of its own where the other gives each a section of its tasks part (the national
/// reports of 2015 and 2020 against those of 2016 and 2021). A part without sections that is
/// unpaired, or merged with others into a part that has sections, goes with the sections that
/// are most like it among those still unpaired, and each most like it (a split when several);
/// it leaves the group it was merged into.
fn across_levels(sides: &Sides, groups: &mut Vec<Group>) {
    for old_leaves in [true, false] {
        let (leaf_side, section_side) = if old_leaves {
            (&sides.old, &sides.new)
        } else {
            (&sides.new, &sides.old)
        };
        let side_of = |g: &Group| -> (Vec<usize>, Vec<usize>) {
            if old_leaves {
                (g.old.clone(), g.new.clone())
            } else {
                (g.new.clone(), g.old.clone())
            }
        };
        let sectioned = |units: &[Unit], i: usize| units.iter().any(|u| u.parent == Some(i));
        let leaves: Vec<usize> = (0..leaf_side.units.len())
            .filter(|&i| {
                let u = &leaf_side.units[i];
                u.level == Level::Part && u.role == Role::Body && !sectioned(leaf_side.units, i)
            })
            .collect();
        let taken: HashSet<usize> = groups.iter().flat_map(|g| side_of(g).1).collect();
        let sections: Vec<usize> = (0..section_side.units.len())
            .filter(|&j| section_side.units[j].level == Level::Section && !taken.contains(&j))
            .collect();
        if leaves.is_empty() || sections.is_empty() {
            continue;
        }
        let cos = |i: usize, j: usize| cosine(&leaf_side.vectors[i], &section_side.vectors[j]);
        // How like its present partners a leaf is (0 when it has none). A leaf merged with others
        // into the part that holds section `j` only narrows down to it, so that part is left out;
        // a leaf paired with that part alone is that part's counterpart and stays.
        let partner_cos = |i: usize, j: usize| -> f64 {
            let parent = section_side.units[j].parent;
            groups
                .iter()
                .filter(|g| side_of(g).0.contains(&i))
                .flat_map(|g| {
                    let (mine, theirs) = side_of(g);
                    theirs
                        .into_iter()
                        .filter(move |&p| mine.len() == 1 || Some(p) != parent)
                })
                .map(|p| cosine(&leaf_side.vectors[i], &section_side.vectors[p]))
                .fold(0.0, f64::max)
        };
        // Each section to the leaf most like it, when clearly so: like enough, and half as like
        // again as any other leaf.
        let mut by_leaf: HashMap<usize, Vec<usize>> = HashMap::default();
        for &j in &sections {
            let mut ranked: Vec<(f64, usize)> = leaves.iter().map(|&i| (cos(i, j), i)).collect();
            ranked.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
            let (best, i) = ranked[0];
            let second = ranked.get(1).map_or(0.0, |r| r.0);
            if best >= MUTUAL_FLOOR && best >= 1.5 * second {
                by_leaf.entry(i).or_default().push(j);
            }
        }
        // A leaf leaves its partners for the sections when the closest of them is closer.
        by_leaf.retain(|&i, js| {
            let top = js
                .iter()
                .copied()
                .max_by(|&a, &b| cos(i, a).total_cmp(&cos(i, b)).then(b.cmp(&a)))
                .expect("a leaf in the map has a section");
            cos(i, top) > partner_cos(i, top)
        });
        let mut moves: Vec<(usize, Vec<usize>)> = by_leaf.into_iter().collect();
        moves.sort_unstable();
        for (i, mut js) in moves {
            js.sort_unstable();
            for g in groups.iter_mut() {
                let mine = if old_leaves { &mut g.old } else { &mut g.new };
                mine.retain(|&k| k != i);
            }
            groups.push(if old_leaves {
                Group {
                    old: vec![i],
                    new: js,
                }
            } else {
                Group {
                    old: js,
                    new: vec![i],
                }
            });
        }
        groups.retain(|g| !g.old.is_empty() && !g.new.is_empty());
    }
}

/// Candidate pairs near the diagonal, for a level with too many units to score every pair: units
/// whose content occurs once in each report anchor the two orders (the longest run of anchors in
/// order, as patience diff does); an old unit's place in the new report is interpolated between
/// the anchors around it, and the new units within [`DIAGONAL_REACH`] of it are candidates. Two
/// versions of one long text (where every word is common) pair up this way.
fn diagonal_candidates(olds: &[usize], news: &[usize], sides: &Sides) -> Vec<(usize, usize)> {
    use std::hash::{DefaultHasher, Hash, Hasher};
    // The same text has the same vector: a hash of it stands for the content.
    let key = |v: &Vector| {
        let mut h = DefaultHasher::new();
        for &(term, w) in &v.terms {
            (term, w.to_bits()).hash(&mut h);
        }
        h.finish()
    };
    let old_keys: Vec<u64> = olds.iter().map(|&i| key(&sides.old.vectors[i])).collect();
    let new_keys: Vec<u64> = news.iter().map(|&j| key(&sides.new.vectors[j])).collect();
    // Per content: how often in the old, how often in the new, and where in the old.
    let mut seen: HashMap<u64, (usize, usize, usize)> = HashMap::default();
    for (a, &k) in old_keys.iter().enumerate() {
        seen.entry(k).or_insert((0, 0, a)).0 += 1;
    }
    for k in &new_keys {
        if let Some(e) = seen.get_mut(k) {
            e.1 += 1;
        }
    }
    let mut anchors: Vec<(usize, usize)> = new_keys
        .iter()
        .enumerate()
        .filter_map(|(b, k)| match seen.get(k) {
            Some(&(1, 1, a)) => Some((a, b)),
            _ => None,
        })
        .collect();
    anchors.sort_unstable();
    let chain = increasing_run(&anchors);
    let mut out = Vec::with_capacity(olds.len() * (2 * DIAGONAL_REACH + 1));
    let (n, m) = (olds.len() as f64, news.len() as f64);
    let mut next = 0;
    for (a, &old) in olds.iter().enumerate() {
        while next < chain.len() && chain[next].0 < a {
            next += 1;
        }
        let (a0, b0) = next
            .checked_sub(1)
            .map_or((-1.0, -1.0), |k| (chain[k].0 as f64, chain[k].1 as f64));
        let (a1, b1) = chain.get(next).map_or((n, m), |&(a, b)| (a as f64, b as f64));
        let at = b0 + (a as f64 - a0) * (b1 - b0) / (a1 - a0);
        let at = at.round().clamp(0.0, (m - 1.0).max(0.0)) as usize;
        let from = at.saturating_sub(DIAGONAL_REACH);
        let to = (at + DIAGONAL_REACH + 1).min(news.len());
        out.extend(news[from..to].iter().map(|&new| (old, new)));
    }
    out
}

/// The longest run of pairs increasing in both coordinates, of pairs sorted by the first.
fn increasing_run(pairs: &[(usize, usize)]) -> Vec<(usize, usize)> {
    longest_increasing(pairs.len(), |k| pairs[k].1)
        .into_iter()
        .map(|k| pairs[k])
        .collect()
}

/// The indices, in order, of a longest strictly increasing run of `value(0..n)` (patience
/// sorting: n log n).
fn longest_increasing(n: usize, value: impl Fn(usize) -> usize) -> Vec<usize> {
    let mut tails: Vec<usize> = Vec::new();
    let mut previous: Vec<Option<usize>> = vec![None; n];
    for (k, before) in previous.iter_mut().enumerate() {
        let at = tails.partition_point(|&t| value(t) < value(k));
        *before = at.checked_sub(1).map(|p| tails[p]);
        if at == tails.len() {
            tails.push(k);
        } else {
            tails[at] = k;
        }
    }
    let mut run = Vec::with_capacity(tails.len());
    let mut at = tails.last().copied();
    while let Some(k) = at {
        run.push(k);
        at = previous[k];
    }
    run.reverse();
    run
}

/// Candidate pairs for a level with too many units to score every pair: for each old unit, the
/// new units sharing the most weight in distinctive terms (those in few new units). Work and
/// memory grow with the number of units, not its square.
fn distinctive_candidates(olds: &[usize], news: &[usize], sides: &Sides) -> Vec<(usize, usize)> {
    let mut postings: HashMap<u32, Vec<(usize, f64)>> = HashMap::default();
    for &j in news {
        for &(term, w) in &sides.new.vectors[j].terms {
            postings.entry(term).or_default().push((j, w));
        }
    }
    postings.retain(|_, list| list.len() <= DISTINCTIVE_POSTINGS);
    let mut out = Vec::new();
    let mut dots: HashMap<usize, f64> = HashMap::default();
    for &i in olds {
        dots.clear();
        for &(term, w) in &sides.old.vectors[i].terms {
            for &(j, w2) in postings.get(&term).map_or(&[][..], Vec::as_slice) {
                *dots.entry(j).or_default() += w * w2;
            }
        }
        let mut best: Vec<(f64, usize)> = dots.iter().map(|(&j, &d)| (d, j)).collect();
        best.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        out.extend(best.into_iter().take(CANDIDATES_PER_UNIT).map(|(_, j)| (i, j)));
    }
    out
}

/// The 1:1 pairs not on the longest run that keeps both reports' order: those moved.
fn out_of_order(groups: &[&Group]) -> Vec<(usize, usize)> {
    let mut pairs: Vec<(usize, usize)> = groups.iter().map(|g| (g.old[0], g.new[0])).collect();
    pairs.sort_by_key(|&(_, j)| j);
    // Longest increasing subsequence of old indices, in new order.
    let mut keep = vec![false; pairs.len()];
    for k in longest_increasing(pairs.len(), |k| pairs[k].0) {
        keep[k] = true;
    }
    let single: HashSet<(usize, usize)> = groups
        .iter()
        .filter(|g| g.old.len() == 1 && g.new.len() == 1)
        .map(|g| (g.old[0], g.new[0]))
        .collect();
    pairs
        .into_iter()
        .enumerate()
        .filter(|&(k, p)| !keep[k] && single.contains(&p))
        .map(|(_, p)| p)
        .collect()
}

/// Divides a unit's text among several units of the other report: each sentence goes to the unit
/// holding its most similar sentence (headings included: a merged section's heading goes to the
/// section it was reworded from); failing that, a heading to the first unit, other sentences to
/// the unit sharing most of their content, or else the unit of the sentence before. Every sentence
/// is covered exactly once.
fn divide(unit: &Unit, sentences: &[Sentence], targets: &[usize], other: &Side) -> Vec<Vec<Span>> {
    let index = Index::new(targets, other.sentences, COMMON_POSTINGS);
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
            out.push(start..inside[e].span().end);
            start = inside[e].span().end;
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

/// New-report order; a removed unit right after the (last) pair of the old unit before it — or
/// right after that unit itself, when it was removed too — and at the very start when no old
/// unit comes before it.
///
/// Each pair or removed unit has at most one removed unit placed right after it, so the order is
/// built in one pass instead of by insertion (quadratic with tens of thousands of removed units).
fn order(pairs: &mut Vec<Pair>, old_len: usize) {
    let mut placed: Vec<Pair> = std::mem::take(pairs);
    placed.sort_by_key(|p| (p.new.unwrap_or(usize::MAX), p.old.unwrap_or(usize::MAX)));
    let (out, removed): (Vec<Pair>, Vec<Pair>) = placed.into_iter().partition(|p| p.new.is_some());
    debug_assert!(out.iter().all(|p| p.old.is_none_or(|i| i < old_len)));
    // The last pair holding each old unit, and the old units held, in order.
    let mut last_pair: HashMap<usize, usize> = HashMap::default();
    for (k, p) in out.iter().enumerate() {
        if let Some(i) = p.old {
            last_pair.insert(i, k);
        }
    }
    let mut held: Vec<usize> = last_pair.keys().copied().collect();
    held.sort_unstable();
    #[derive(Clone, Copy)]
    enum After {
        Start,
        Pair(usize),
        Removed(usize),
    }
    let mut start = None;
    let mut after_pair: Vec<Option<usize>> = vec![None; out.len()];
    let mut after_removed: Vec<Option<usize>> = vec![None; removed.len()];
    for (r, unit) in removed.iter().enumerate() {
        let i = unit.old.unwrap_or(0);
        // The nearest old unit before this one already placed: held by a pair, or removed (the
        // removed are taken in old order, so the one before is the latest).
        let pair_before = held[..held.partition_point(|&h| h < i)].last().copied();
        let removed_before = r.checked_sub(1).filter(|&q| removed[q].old.unwrap_or(0) < i);
        let after = match (pair_before, removed_before) {
            (Some(h), Some(q)) if removed[q].old.unwrap_or(0) > h => After::Removed(q),
            (Some(h), _) => After::Pair(last_pair[&h]),
            (None, Some(q)) => After::Removed(q),
            (None, None) => After::Start,
        };
        let slot = match after {
            After::Start => &mut start,
            After::Pair(k) => &mut after_pair[k],
            After::Removed(q) => &mut after_removed[q],
        };
        debug_assert!(slot.is_none(), "two removed units after one place");
        *slot = Some(r);
    }
    let mut removed: Vec<Option<Pair>> = removed.into_iter().map(Some).collect();
    let mut ordered = Vec::with_capacity(out.len() + removed.len());
    let mut chain = |first: Option<usize>, ordered: &mut Vec<Pair>| {
        let mut next = first;
        while let Some(r) = next {
            ordered.extend(removed[r].take());
            next = after_removed[r];
        }
    };
    chain(start, &mut ordered);
    for (k, p) in out.into_iter().enumerate() {
        ordered.push(p);
        chain(after_pair[k], &mut ordered);
    }
    *pairs = ordered;
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The original ordering by insertion, kept as the reference `order` must agree with.
    fn order_by_insertion(pairs: &mut Vec<Pair>) {
        let mut placed: Vec<Pair> = std::mem::take(pairs);
        placed.sort_by_key(|p| (p.new.unwrap_or(usize::MAX), p.old.unwrap_or(usize::MAX)));
        let (mut out, removed): (Vec<Pair>, Vec<Pair>) = placed.into_iter().partition(|p| p.new.is_some());
        for r in removed {
            let i = r.old.unwrap_or(0);
            let at = (0..i)
                .rev()
                .find_map(|prev| out.iter().rposition(|p| p.old == Some(prev)))
                .map_or(0, |k| k + 1);
            out.insert(at, r);
        }
        *pairs = out;
    }

    fn pair(old: Option<usize>, new: Option<usize>) -> Pair {
        Pair {
            level: Level::Section,
            status: Status::Matched,
            old,
            new,
            old_pieces: Vec::new(),
            new_pieces: Vec::new(),
            similarity: 0.0,
            group: Vec::new(),
        }
    }

    #[test]
    fn ordering_in_one_pass_agrees_with_ordering_by_insertion() {
        let mut seed = 0x9e37_79b9_7f4a_7c15_u64;
        let mut next = |n: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % n as u64) as usize
        };
        for _ in 0..5000 {
            let (old_len, new_len) = (next(9), next(9));
            let mut pairs = Vec::new();
            let mut old_used = vec![false; old_len];
            let mut new_used = vec![false; new_len];
            // 1:1 pairs, splits (one old in several pairs) and merges (one new in several).
            for _ in 0..next(8) {
                if old_len == 0 || new_len == 0 {
                    break;
                }
                let (i, j) = (next(old_len), next(new_len));
                if (old_used[i] && new_used[j]) || next(3) == 0 && (old_used[i] || new_used[j]) {
                    continue;
                }
                old_used[i] = true;
                new_used[j] = true;
                pairs.push(pair(Some(i), Some(j)));
            }
            for (i, _) in old_used.iter().enumerate().filter(|(_, u)| !**u) {
                pairs.push(pair(Some(i), None));
            }
            for (j, _) in new_used.iter().enumerate().filter(|(_, u)| !**u) {
                pairs.push(pair(None, Some(j)));
            }
            let mut expected = pairs.clone();
            order_by_insertion(&mut expected);
            order(&mut pairs, old_len);
            let key = |ps: &[Pair]| ps.iter().map(|p| (p.old, p.new)).collect::<Vec<_>>();
            assert_eq!(key(&pairs), key(&expected));
        }
    }
}
