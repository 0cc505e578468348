//! Word diff of an aligned pair: `similar` on jieba tokens, then a clean-up so changes read as phrases.
//!
//! The histogram algorithm (git's `--histogram`) anchors on rare tokens, which suits prose where
//! common words (`的`, `推进`) recur everywhere, and costs a fraction of Myers on long, heavily
//! rewritten sections.
//!
//! The diff runs on whole tokens, so a number (`181.8亿元`) or a quoted term (`“三个一批”`) is never
//! split. Afterwards, an equal island of one or two small tokens between two changes (`的`, `,`) is
//! folded into them: `[-战疫情、抓复工-]{+担使命、守底线+}` reads better than confetti
//! alternating around every shared character. Numbers, quoted terms, titles and line breaks are never
//! folded: an unchanged figure between two changes is information.

use std::time::Instant;

use similar::{Algorithm, DiffTag, capture_diff_slices_deadline};

/// What a run of text did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Op {
    Equal,
    Insert,
    Delete,
}

/// A run of text with what happened to it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    pub op: Op,
    pub text: String,
}

/// One side of a diff: its tokens' texts, and which tokens must not be folded into a change.
#[derive(Debug, Default, Clone)]
pub struct Side<'a> {
    /// What is compared: the tokens of the text as read (traditional characters folded).
    pub words: Vec<&'a str>,
    pub protected: Vec<bool>,
    /// What is shown: the same tokens as the report writes them, when that differs from `words`
    /// (empty when not).
    pub written: Vec<&'a str>,
}

impl<'a> Side<'a> {
    fn shown(&self) -> &[&'a str] {
        if self.written.is_empty() {
            &self.words
        } else {
            &self.written
        }
    }
}

/// The result of diffing two sides.
#[derive(Debug, Clone, Default)]
pub struct Diff {
    pub changes: Vec<Change>,
    /// The deadline passed and the diff is coarser than it could be.
    pub timed_out: bool,
}

/// Equal islands at most this many tokens and characters long are folded into the changes around them.
const ISLAND_TOKENS: usize = 2;
const ISLAND_CHARS: usize = 3;

/// Punctuation and one-character function words (`的`, `和`, `、`) say nothing on their own; a
/// two-character word (`增长`) does, and stays visible between changes.
fn is_slight(word: &str) -> bool {
    !word.contains('\n') && (word.chars().count() <= 1 || word.chars().all(|c| !c.is_alphanumeric()))
}

/// Pairs of at most this many tokens together are diffed to the end when they start before the
/// deadline: the quadratic worst case is some ten million steps, tens of milliseconds.
const ALWAYS_FINISHED: usize = 4096;

/// Diffs two token sequences; `deadline` bounds the work on pathological inputs.
pub fn diff<'a>(old: &Side<'a>, new: &Side<'a>, deadline: Option<Instant>) -> Diff {
    // A small pair cannot take long whatever it holds, and asking the clock at every step of its
    // diff costs more than the diff: it is asked once, before.
    let deadline =
        deadline.filter(|&d| old.words.len() + new.words.len() > ALWAYS_FINISHED || Instant::now() >= d);
    // The words go in as they are: `similar` numbers them itself before it diffs.
    let ops = capture_diff_slices_deadline(Algorithm::Histogram, &old.words, &new.words, deadline);
    let timed_out = deadline.is_some_and(|d| Instant::now() >= d);
    // Segments: (equal, old range, new range); neighbouring changes merged into one.
    let mut segments: Vec<(bool, std::ops::Range<usize>, std::ops::Range<usize>)> = Vec::new();
    for op in ops {
        let (tag, o, n) = op.as_tag_tuple();
        let equal = tag == DiffTag::Equal;
        match segments.last_mut() {
            Some((false, lo, ln)) if !equal => {
                lo.end = o.end;
                ln.end = n.end;
            }
            _ => segments.push((equal, o, n)),
        }
    }
    // Fold small unprotected equal islands between two changes, until none is left.
    let mut k = 1;
    while k + 1 < segments.len() {
        let (equal, o, _) = &segments[k];
        let island = *equal
            && !segments[k - 1].0
            && !segments[k + 1].0
            && o.len() <= ISLAND_TOKENS
            && old.words[o.clone()]
                .iter()
                .map(|w| w.chars().count())
                .sum::<usize>()
                <= ISLAND_CHARS
            && !old.protected[o.clone()].iter().any(|&p| p)
            && old.words[o.clone()].iter().all(|w| is_slight(w));
        if island {
            // Segments are contiguous: change + island + change become one change.
            let after = segments.remove(k + 1);
            segments.remove(k);
            let before = &mut segments[k - 1];
            before.1.end = after.1.end;
            before.2.end = after.2.end;
            continue;
        }
        k += 1;
    }
    let mut changes: Vec<Change> = Vec::new();
    let mut push = |op: Op, words: &[&str]| {
        if words.is_empty() {
            return;
        }
        let text: String = words.concat();
        match changes.last_mut() {
            Some(last) if last.op == op => last.text.push_str(&text),
            _ => changes.push(Change { op, text }),
        }
    };
    let (old_shown, new_shown) = (old.shown(), new.shown());
    for (equal, o, n) in &segments {
        if !*equal {
            push(Op::Delete, &old_shown[o.clone()]);
            push(Op::Insert, &new_shown[n.clone()]);
            continue;
        }
        // Equal as read, but one report may write it in traditional characters and the other in
        // simplified: what is written differently is shown as changed, so that each side still
        // rebuilds its report as written.
        let (ow, nw) = (&old_shown[o.clone()], &new_shown[n.clone()]);
        let mut i = 0;
        while i < ow.len() {
            let same = ow[i] == nw[i];
            let j = (i..ow.len())
                .find(|&j| (ow[j] == nw[j]) != same)
                .unwrap_or(ow.len());
            if same {
                push(Op::Equal, &ow[i..j]);
            } else {
                push(Op::Delete, &ow[i..j]);
                push(Op::Insert, &nw[i..j]);
            }
            i = j;
        }
    }
    Diff { changes, timed_out }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn side<'a>(words: &[&'a str]) -> Side<'a> {
        Side {
            words: words.to_vec(),
            protected: words
                .iter()
                .map(|w| w.starts_with(|c: char| c.is_ascii_digit() || c == '“'))
                .collect(),
            written: Vec::new(),
        }
    }

    #[test]
    fn text_read_alike_but_written_differently_shows_as_changed() {
        let old = Side {
            written: vec!["經濟", "發展", "很", "好"],
            ..side(&["经济", "发展", "很", "好"])
        };
        let new = side(&["经济", "发展", "很", "好"]);
        let d = diff(&old, &new, None);
        assert_eq!(render(&d), "[-經濟發展-]{+经济发展+}很好");
        assert_eq!(rebuild(&d, Op::Insert), "經濟發展很好");
        assert_eq!(rebuild(&d, Op::Delete), "经济发展很好");
    }

    fn render(d: &Diff) -> String {
        d.changes
            .iter()
            .map(|c| match c.op {
                Op::Equal => c.text.clone(),
                Op::Delete => format!("[-{}-]", c.text),
                Op::Insert => format!("{{+{}+}}", c.text),
            })
            .collect()
    }

    fn rebuild(d: &Diff, skip: Op) -> String {
        d.changes
            .iter()
            .filter(|c| c.op != skip)
            .map(|c| c.text.as_str())
            .collect()
    }

    #[test]
    fn a_changed_figure_is_one_token() {
        let old = side(&["地区", "生产总值", "完成", "170.6亿元", ",", "增长", "2.4%"]);
        let new = side(&["地区", "生产总值", "完成", "181.8亿元", ",", "增长", "5.3%"]);
        let d = diff(&old, &new, None);
        assert_eq!(
            render(&d),
            "地区生产总值完成[-170.6亿元-]{+181.8亿元+},增长[-2.4%-]{+5.3%+}"
        );
    }

    #[test]
    fn small_islands_between_changes_are_folded() {
        let old = side(&["战", "疫情", "、", "抓", "复工"]);
        let new = side(&["担", "使命", "、", "守", "底线"]);
        assert_eq!(
            render(&diff(&old, &new, None)),
            "[-战疫情、抓复工-]{+担使命、守底线+}"
        );
    }

    #[test]
    fn a_number_between_changes_is_kept_as_information() {
        let old = side(&["完成", "投资", "64.45亿元", "超", "计划"]);
        let new = side(&["实现", "投入", "64.45亿元", "超出", "预期"]);
        assert_eq!(
            render(&diff(&old, &new, None)),
            "[-完成投资-]{+实现投入+}64.45亿元[-超计划-]{+超出预期+}"
        );
    }

    #[test]
    fn equal_and_deleted_rebuild_old_and_equal_and_inserted_rebuild_new() {
        let old = side(&[
            "坚持",
            "“六稳”",
            "“六保”",
            "主线",
            ",",
            "大力",
            "开展",
            "活动",
            "。",
        ]);
        let new = side(&[
            "坚持",
            "“六稳”",
            "主线",
            ",",
            "深入",
            "开展",
            "“万人助万企”",
            "活动",
            "。",
        ]);
        let d = diff(&old, &new, None);
        assert_eq!(rebuild(&d, Op::Insert), old.words.concat());
        assert_eq!(rebuild(&d, Op::Delete), new.words.concat());
    }

    #[test]
    fn identical_sides_give_one_equal_run() {
        let s = side(&["一", "、", "工作", "回顾"]);
        let d = diff(&s, &s, None);
        assert_eq!(
            d.changes,
            vec![Change {
                op: Op::Equal,
                text: "一、工作回顾".into()
            }]
        );
    }
}
