//! Lists that pair names and values in order (`A、B分别增长X和Y`): which name each value goes with.

use std::ops::Range;

use super::phrase::{clean, strip_leading, strip_trailing};
use super::time::YearPattern;
use super::words::*;
use crate::numbers::quantity::Quantity;

/// Chinese numerals alone: `二`, `十一`.
fn is_numeral_word(word: &str) -> bool {
    !word.is_empty() && word.chars().all(|c| "一二三四五六七八九十".contains(c))
}

/// The figures of a clause's `分别` (or `依次`) list and the name each goes with, in order:
/// `A、B分别…X和Y` pairs A with X and B with Y. When the names and figures do not agree in number,
/// each figure goes with the whole subject.
pub(super) fn list_names(
    sentence: &str,
    clause: Range<usize>,
    quantities: &[Quantity],
) -> Option<(Vec<usize>, Vec<String>)> {
    let text = &sentence[clause.clone()];
    let at = text.find("分别").or_else(|| text.find("依次"))?;
    let subject_end = clause.start + at;
    // The group: quantities after 分别 in this clause, joined by 、和及与.
    let group: Vec<usize> = (0..quantities.len())
        .filter(|&j| quantities[j].span.start > subject_end && quantities[j].span.start < clause.end)
        .collect();
    let subject = strip_trailing(&sentence[clause.start..subject_end], TRAILING);
    let subject = if let Some(b) = YearPattern::Base.find(subject) {
        &subject[..b.range.start]
    } else {
        subject
    };
    let subject = strip_leading(subject, LEADING);
    let mut items: Vec<&str> = subject.split(['、', '和']).filter(|s| !s.is_empty()).collect();
    // `城乡居民人均可支配收入分别达6.6万元、3.2万元`: 城乡 names the two, town first.
    let (town, country);
    if items.len() == 1 && group.len() == 2 && subject.contains("城乡") {
        town = subject.replacen("城乡", "城镇", 1);
        country = subject.replacen("城乡", "农村", 1);
        items = vec![town.as_str(), country.as_str()];
    }
    // `第一、二、三产业增加值`, `一、二、三产业`, `第一、第三产业`: the head the last item carries
    // belongs to all, and each is an ordinal whether or not it is written with 第.
    let ordinals: Vec<String>;
    if items.len() >= 2
        && items[..items.len() - 1]
            .iter()
            .all(|i| is_numeral_word(i.strip_prefix('第').unwrap_or(i)))
    {
        let last = items[items.len() - 1].trim_start_matches('第');
        let numeral_len: usize = last
            .char_indices()
            .take_while(|(_, c)| "一二三四五六七八九十".contains(*c))
            .map(|(_, c)| c.len_utf8())
            .sum();
        let head = &last[numeral_len..];
        if numeral_len > 0 && !head.is_empty() {
            ordinals = items
                .iter()
                .map(|i| {
                    let n = i.trim_start_matches('第');
                    let n = &n[..n
                        .char_indices()
                        .take_while(|(_, c)| "一二三四五六七八九十".contains(*c))
                        .map(|(_, c)| c.len_utf8())
                        .sum()];
                    format!("第{n}{head}")
                })
                .collect();
            items = ordinals.iter().map(String::as_str).collect();
        }
    }
    if items.len() < 2 || items.len() != group.len() {
        let whole = clean(subject);
        let names = vec![whole; group.len()];
        return Some((group, names));
    }
    let last = items[items.len() - 1];
    let head_at = SHARED_HEADS
        .iter()
        .filter_map(|h| last.find(h).filter(|&p| p > 0))
        .min();
    let names = items
        .iter()
        .enumerate()
        .map(|(position, item)| {
            let full = match head_at {
                Some(h) if !SHARED_HEADS.iter().any(|s| item.ends_with(s)) => {
                    let tail = &last[h..];
                    if position == items.len() - 1 {
                        item.to_string()
                    } else {
                        format!("{item}{tail}")
                    }
                }
                _ => item.to_string(),
            };
            let full = match full.find('等') {
                Some(p) => {
                    let tail = head_at.map_or("", |h| &last[h..]);
                    format!("{}{tail}", &full[..p])
                }
                None => full,
            };
            clean(&full)
        })
        .collect();
    Some((group, names))
}
