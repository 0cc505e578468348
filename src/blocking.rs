//! Which pairs of items are worth weighing against each other: those sharing a key, within a budget.

use std::hash::Hash;

use rustc_hash::FxHashMap as HashMap;

/// For each old item, the new items sharing one of its keys, each once and in order; or `None`
/// when that means weighing more than `budget` pairs in all (counting a pair once per key shared).
pub(crate) fn sharing_a_key<K: Hash + Eq>(
    old: &[Vec<K>],
    new: &[Vec<K>],
    budget: usize,
) -> Option<Vec<Vec<usize>>> {
    let mut new_in: HashMap<&K, Vec<usize>> = HashMap::default();
    for (j, keys) in new.iter().enumerate() {
        for k in keys {
            new_in.entry(k).or_default().push(j);
        }
    }
    let weighed: usize = old
        .iter()
        .flatten()
        .map(|k| new_in.get(k).map_or(0, Vec::len))
        .sum();
    if weighed > budget {
        return None;
    }
    Some(
        old.iter()
            .map(|keys| {
                let mut js: Vec<usize> = keys
                    .iter()
                    .filter_map(|k| new_in.get(k))
                    .flatten()
                    .copied()
                    .collect();
                js.sort_unstable();
                js.dedup();
                js
            })
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn items_pair_only_through_a_shared_key_and_within_the_budget() {
        let old = vec![vec!["a", "b"], vec!["z"]];
        let new = vec![vec!["b"], vec!["c"], vec!["a", "b"]];
        assert_eq!(sharing_a_key(&old, &new, 10), Some(vec![vec![0, 2], vec![]]));
        // a: 1 pair, b: 2 pairs.
        assert_eq!(sharing_a_key(&old, &new, 3).map(|p| p.len()), Some(2));
        assert_eq!(sharing_a_key(&old, &new, 2), None);
    }
}
