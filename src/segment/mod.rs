//! Words of a report: jieba-rs tokens, with numbers, quoted terms and titles kept whole.
//!
//! jieba cuts `61.7亿元` into `61 . 7 亿元`, so a changed figure would diff as confetti. The text is
//! first split into atoms that must stay whole — numbers with their unit (`181.8亿元`, `5.5%`,
//! `50个百分点`), quoted terms (`“三个一批”`), titles (`《…》`), Latin and digit names (`5G`,
//! `PM2.5`) — and jieba (HMM off, so its cuts equal Python jieba's) cuts only what is between.
//!
//! A segmenter is built for the texts it will cut ([`Segmenter::for_texts`]): jieba gets only the
//! dictionary words that occur in them (see [`dictionary`]), which makes it cheap to build and
//! gives the same tokens as `Jieba::new()` would.
//!
//! ```
//! let text = "地区生产总值完成181.8亿元,同比增长5.3%,扎实开展“三个一批”活动。";
//! let segmenter = govdiff::segment::Segmenter::for_texts(&[text]);
//! let words: Vec<&str> = segmenter.tokens(text).iter().map(|t| &text[t.span()]).collect();
//! assert_eq!(
//!     words,
//!     ["地区", "生产总值", "完成", "181.8亿元", ",", "同比", "增长", "5.3%", ",", "扎实",
//!      "开展", "“三个一批”", "活动", "。"]
//! );
//! ```

pub mod dictionary;
mod key_code;

use std::ops::Range;

use jieba_rs::Jieba;

pub use dictionary::Dictionary;

/// The policy terms jieba's dictionary lacks (六稳, 放管服, 两新一重…), in jieba's format.
pub const POLICY_TERMS: &str = include_str!("policy-terms.dict");

/// The filler entry's word: private-use characters, which no report contains.
const FILLER: &str = "\u{f8f0}\u{f8f1}\u{f8f2}";

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    /// A word from jieba.
    Word,
    /// A number with its unit: `181.8亿元`, `5.5%`, `2021年`.
    Number,
    /// A quoted term: `“三个一批”`.
    Quoted,
    /// A title: `《焦作市解放区全域旅游发展总体规划》`.
    Title,
    /// A run of Latin letters and digits: `5G`, `PM2.5`, `GDP`.
    Latin,
    /// Punctuation.
    Punct,
    /// Whitespace.
    Space,
}

/// A token: a byte range of the text it was cut from, and its kind.
///
/// The range is kept in two `u32` (a report is at most [`crate::source::MAX_BYTES`] long): a
/// report has tens of thousands of tokens, and they are half the size so.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Token {
    start: u32,
    end: u32,
    pub kind: Kind,
}

impl Token {
    pub fn new(span: Range<usize>, kind: Kind) -> Token {
        Token {
            start: span.start as u32,
            end: span.end as u32,
            kind,
        }
    }

    /// The token's byte range in the text it was cut from.
    pub fn span(&self) -> Range<usize> {
        self.start as usize..self.end as usize
    }
}

/// The indices of the tokens inside `span`, of tokens in text order. (Spans of units and
/// sentences end where tokens end: at line ends and sentence ends.)
pub fn tokens_within(tokens: &[Token], span: &Range<usize>) -> Range<usize> {
    let start = tokens.partition_point(|t| t.span().start < span.start);
    let end = tokens.partition_point(|t| t.span().end <= span.end);
    start..end.max(start)
}

/// Cuts text into tokens.
pub struct Segmenter {
    jieba: Jieba,
}

impl std::fmt::Debug for Segmenter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Segmenter").finish_non_exhaustive()
    }
}

/// Longest quoted term and title (characters between the marks) kept as one token.
const MAX_QUOTED: usize = 20;
const MAX_TITLE: usize = 40;

/// Units that stay attached to a number, in the order they are tried (longest first where one is
/// a prefix of another).
const UNITS: &[&str] = &[
    "个百分点",
    "百分点",
    "万亿元",
    "亿元",
    "万元",
    "千元",
    "元",
    "亿美元",
    "万美元",
    "美元",
    "万人次",
    "人次",
    "万人",
    "人",
    "万户",
    "户",
    "万亩",
    "亩",
    "万吨",
    "吨",
    "万千瓦时",
    "千瓦时",
    "万千瓦",
    "千瓦",
    "兆瓦",
    "平方公里",
    "万平方米",
    "平方米",
    "立方米",
    "公里",
    "千米",
    "米",
    "公顷",
    "万辆",
    "辆",
    "万套",
    "套",
    "万台",
    "台",
    "万家",
    "家",
    "万个",
    "个",
    "项",
    "件",
    "所",
    "座",
    "条",
    "批次",
    "批",
    "次",
    "场",
    "名",
    "支",
    "处",
    "栋",
    "间",
    "张",
    "岁",
    "小时",
    "天",
    "周年",
    "年",
    "月",
    "日",
    "倍",
    "微克/立方米",
    "公斤",
    "千克",
    "斤",
    "元/人",
];

/// The first atom at or after byte `from` of `text`: a quoted term (`“…”`, `‘…’`), a title
/// (`《…》`), a number with its multiplier, unit and Latin suffix (`181.8亿元`, `5.3%`, `5G`), or a
/// run of Latin letters and digits (`PM2.5`, `GDP`). Atoms are found as the regex
/// `“[^“”\n]+”|‘[^‘’\n]+’|《[^《》\n]+》|[0-9]+(?:[.,][0-9]+)*(?: ?(?:万亿|亿|万|千|百))?(?:%|‰|{UNITS})?(?:[A-Za-z][A-Za-z0-9.+\-]*)?|[A-Za-z][A-Za-z0-9.+\-]*[A-Za-z0-9]|[A-Za-z]`
/// finds them (a test holds the two together); by hand, because building that regex took longer
/// than cutting a report.
fn find_atom(text: &str, from: usize) -> Option<Range<usize>> {
    let bytes = text.as_bytes();
    (from..text.len())
        .filter(|&i| text.is_char_boundary(i))
        .find_map(|i| atom_at(text, bytes[i], i).map(|end| i..end))
}

/// The end of the atom starting at byte `i` of `text`, whose first byte is `first`.
fn atom_at(text: &str, first: u8, i: usize) -> Option<usize> {
    match first {
        b'0'..=b'9' => Some(number_end(text, i)),
        b'A'..=b'Z' | b'a'..=b'z' => Some(latin_end(text, i)),
        // The lead byte of “, ‘ and 《.
        0xE2 | 0xE3 => [('“', '”'), ('‘', '’'), ('《', '》')]
            .into_iter()
            .find(|&(open, _)| text[i..].starts_with(open))
            .and_then(|(open, close)| {
                let inside = enclosed_inside(text, i + open.len_utf8(), open, close, true)?;
                Some(inside + close.len_utf8())
            }),
        _ => None,
    }
}

/// Where the inside of an `{open}…{close}` whose inside starts at `body` ends: the regex
/// `{open}([^{open}{close}\n]+){close}` (without `\n` unless `one_line`). `None` when the inside
/// is empty or another mark (or line break) comes before `close`.
pub(crate) fn enclosed_inside(
    text: &str,
    body: usize,
    open: char,
    close: char,
    one_line: bool,
) -> Option<usize> {
    let n = text[body..].find(|c: char| c == open || c == close || (one_line && c == '\n'))?;
    (n > 0 && text[body + n..].starts_with(close)).then_some(body + n)
}

fn number_end(text: &str, i: usize) -> usize {
    let bytes = text.as_bytes();
    let digits = |from: usize| from + bytes[from..].iter().take_while(|b| b.is_ascii_digit()).count();
    let mut end = digits(i);
    while end + 1 < bytes.len() && matches!(bytes[end], b'.' | b',') && bytes[end + 1].is_ascii_digit() {
        end = digits(end + 1);
    }
    let spaced = end + usize::from(bytes.get(end) == Some(&b' '));
    if let Some(m) = ["万亿", "亿", "万", "千", "百"]
        .iter()
        .find(|m| text[spaced..].starts_with(**m))
    {
        end = spaced + m.len();
    }
    if let Some(unit) = ["%", "‰"]
        .into_iter()
        .chain(UNITS.iter().copied())
        .find(|u| text[end..].starts_with(*u))
    {
        end += unit.len();
    }
    if bytes.get(end).is_some_and(u8::is_ascii_alphabetic) {
        end = latin_run_end(bytes, end + 1);
    }
    end
}

/// `[A-Za-z][A-Za-z0-9.+\-]*[A-Za-z0-9]|[A-Za-z]`: the run, up to its last letter or digit.
fn latin_end(text: &str, i: usize) -> usize {
    let bytes = text.as_bytes();
    let run = latin_run_end(bytes, i + 1);
    (i + 1..run)
        .rev()
        .find(|&k| bytes[k].is_ascii_alphanumeric())
        .map_or(i + 1, |k| k + 1)
}

/// Where `[A-Za-z0-9.+\-]*` from `from` ends.
fn latin_run_end(bytes: &[u8], from: usize) -> usize {
    from + bytes[from..]
        .iter()
        .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'+' | b'-'))
        .count()
}

fn policy_terms() -> Dictionary {
    Dictionary::parse("policy terms", POLICY_TERMS).expect("the bundled policy dictionary is well formed")
}

impl Segmenter {
    /// A segmenter for `texts`: jieba's dictionary and the policy terms, as far as they can matter
    /// for these texts. Cutting other text with it may cut differently from jieba.
    pub fn for_texts(texts: &[&str]) -> Segmenter {
        Segmenter::for_texts_with(texts, &[])
    }

    /// Likewise, with user dictionaries loaded after the policy terms (later ones win).
    pub fn for_texts_with(texts: &[&str], dictionaries: &[Dictionary]) -> Segmenter {
        Segmenter::for_words(&dictionary::words_in(texts), dictionaries)
    }

    /// Likewise, from the dictionary words found in the texts ([`dictionary::words_in`]): the two
    /// halves of [`Segmenter::for_texts_with`], for callers with other work to run beside the second.
    pub fn for_words(words: &[(&str, u64)], dictionaries: &[Dictionary]) -> Segmenter {
        let policy = policy_terms();
        let extras: Vec<&Dictionary> = std::iter::once(&policy).chain(dictionaries).collect();
        // A word of jieba's dictionary redefined by a later dictionary has its jieba frequency
        // replaced, not added: leave it out of the filler when it was not selected.
        let mut redefined: Vec<&str> = extras
            .iter()
            .flat_map(|d| d.words())
            .filter(|w| {
                words
                    .binary_search_by(|(s, _)| s.as_bytes().cmp(w.as_bytes()))
                    .is_err()
            })
            .collect();
        redefined.sort_unstable();
        redefined.dedup();
        let replaced: u64 = redefined.iter().filter_map(|w| dictionary::frequency(w)).sum();
        Segmenter::load(words, replaced, &extras)
    }

    /// A segmenter with all of jieba's dictionary and the policy terms, for any text: what
    /// `Jieba::new()` gives, and as slow to build (~100 ms). Prefer [`Segmenter::for_texts`].
    pub fn full() -> Segmenter {
        // Every word is selected, so no frequency is replaced; entries that repeat a word still
        // count in jieba's total, which the filler keeps.
        Segmenter::load(&dictionary::all_words(), 0, &[&policy_terms()])
    }

    /// Jieba over `words` of its dictionary, a filler entry carrying the rest of its frequency
    /// total (less the frequencies `replaced` by later dictionaries), then `extras` in order.
    fn load<W: AsRef<str>>(words: &[(W, u64)], replaced: u64, extras: &[&Dictionary]) -> Segmenter {
        // Added one by one rather than written out as dictionary lines for jieba to parse: the
        // same entries in the same order, and the same total.
        let mut jieba = Jieba::empty();
        let mut selected_total = 0;
        for (word, freq) in words {
            jieba.add_word(word.as_ref(), Some(*freq as usize), None);
            selected_total += freq;
        }
        let filler = dictionary::TOTAL.saturating_sub(selected_total + replaced);
        if filler > 0 {
            jieba.add_word(FILLER, Some(filler as usize), None);
        }
        for d in extras {
            jieba
                .load_dict(&mut d.text().as_bytes())
                .expect("dictionaries are checked when parsed");
        }
        Segmenter { jieba }
    }

    /// A segmenter over a jieba instance of your own (all its words, whatever the text).
    pub fn from_jieba(jieba: Jieba) -> Segmenter {
        Segmenter { jieba }
    }

    /// The tokens of `text`, in order, covering it exactly.
    pub fn tokens(&self, text: &str) -> Vec<Token> {
        let mut out = Vec::with_capacity(text.len() / 4);
        let mut at = 0;
        let mut search = 0;
        while let Some(m) = find_atom(text, search) {
            let atom = &text[m.clone()];
            let kind = atom_kind(atom);
            // A long quotation is prose, not a term: jieba cuts it like the text around it, and
            // the atoms inside it (numbers) are still found.
            let limit = match kind {
                Kind::Quoted => MAX_QUOTED,
                Kind::Title => MAX_TITLE,
                _ => usize::MAX,
            };
            if atom.chars().count() > limit.saturating_add(2) {
                search = m.start + atom.chars().next().map_or(1, char::len_utf8);
                continue;
            }
            self.cut_into(text, at..m.start, &mut out);
            at = m.end;
            search = m.end;
            out.push(Token::new(m, kind));
        }
        self.cut_into(text, at..text.len(), &mut out);
        out
    }

    fn cut_into(&self, text: &str, range: Range<usize>, out: &mut Vec<Token>) {
        if range.is_empty() {
            return;
        }
        let base = range.start;
        for t in self.jieba.cut(&text[range], false) {
            out.push(Token::new(
                base + t.byte_start..base + t.byte_end,
                word_kind(t.word),
            ));
        }
    }
}

fn atom_kind(atom: &str) -> Kind {
    match atom.chars().next() {
        Some('“' | '‘') => Kind::Quoted,
        Some('《') => Kind::Title,
        Some(c) if c.is_ascii_digit() && !atom.chars().any(|c| c.is_ascii_alphabetic()) => Kind::Number,
        _ => Kind::Latin,
    }
}

fn word_kind(word: &str) -> Kind {
    if word.chars().all(char::is_whitespace) {
        Kind::Space
    } else if word.chars().all(|c| !is_alphanumeric(c)) {
        Kind::Punct
    } else {
        Kind::Word
    }
}

/// The common CJK ideographs (U+4E00–U+9FFF), all of them letters: most of a report's characters.
const IDEOGRAPHS: std::ops::RangeInclusive<char> = '\u{4e00}'..='\u{9fff}';

/// [`char::is_alphabetic`], answered without a table search for the ideographs, which otherwise
/// cost one for every word of a report.
pub(crate) fn is_alphabetic(c: char) -> bool {
    IDEOGRAPHS.contains(&c) || c.is_alphabetic()
}

/// [`char::is_alphanumeric`], likewise.
pub(crate) fn is_alphanumeric(c: char) -> bool {
    IDEOGRAPHS.contains(&c) || c.is_alphanumeric()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_ideographs_taken_for_letters_are_letters() {
        for c in IDEOGRAPHS {
            assert!(
                c.is_alphabetic() && c.is_alphanumeric(),
                "{c:?} (U+{:04X})",
                c as u32
            );
        }
        for c in [
            'a', 'Z', '5', 'é', 'α', '〇', '㐀', '!', '，', ' ', '\u{3000}', '①',
        ] {
            assert_eq!(is_alphabetic(c), c.is_alphabetic(), "{c:?}");
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
        }
    }

    /// The regex [`find_atom`] stands for.
    fn atom_regex() -> regex::Regex {
        regex::Regex::new(&format!(
            concat!(
                r"“[^“”\n]+”|‘[^‘’\n]+’|《[^《》\n]+》|",
                r"[0-9]+(?:[.,][0-9]+)*(?: ?(?:万亿|亿|万|千|百))?(?:%|‰|{units})?",
                r"(?:[A-Za-z][A-Za-z0-9.+\-]*)?|[A-Za-z][A-Za-z0-9.+\-]*[A-Za-z0-9]|[A-Za-z]"
            ),
            units = UNITS.join("|")
        ))
        .unwrap()
    }

    /// The atom found from each character of a text.
    type Atoms = Vec<Option<Range<usize>>>;

    /// Every atom found from every character of `text`, by hand and by the regex.
    fn atoms_both_ways(text: &str, re: &regex::Regex) -> (Atoms, Atoms) {
        let starts: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
        (
            starts.iter().map(|&i| find_atom(text, i)).collect(),
            starts
                .iter()
                .map(|&i| re.find_at(text, i).map(|m| m.range()))
                .collect(),
        )
    }

    #[test]
    fn atoms_are_found_as_the_regex_finds_them() {
        let re = atom_regex();
        for text in [
            "地区生产总值完成181.8亿元,同比增长5.3%,扎实开展“三个一批”活动。",
            "PM2.5浓度、5G基站1,200个、3 万亿元、10 个百分点、GDP-、A.、x+y-1。",
            "“”‘’《》“未闭合\n”《一《二》》‘一’2.5.6元/人3.千瓦时微克/立方米",
            "",
        ] {
            let (by_hand, by_regex) = atoms_both_ways(text, &re);
            assert_eq!(by_hand, by_regex, "{text}");
        }
        // Every report of the corpus, when there is one.
        if let Some(dir) = std::env::var_os("GOVDIFF_CORPUS") {
            for entry in std::fs::read_dir(dir).unwrap() {
                let path = entry.unwrap().path();
                if path.extension().is_some_and(|e| e == "txt")
                    && let Ok(report) = crate::Report::read(&path)
                {
                    let text = report.source.text();
                    let mut from = 0;
                    while let Some(m) = re.find_at(text, from) {
                        assert_eq!(find_atom(text, from), Some(m.range()), "{}", path.display());
                        from = m.start() + text[m.start()..].chars().next().map_or(1, char::len_utf8);
                    }
                    assert_eq!(find_atom(text, from), None);
                }
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn atoms_match_the_regex_on_any_mix(parts in proptest::collection::vec(proptest::sample::select(vec![
            "1", "25", ".", ",", " ", "+", "-", "%", "‰", "万", "亿", "千", "百", "元", "个", "百分点", "/",
            "立方米", "人", "年", "A", "z", "G", "“", "”", "‘", "’", "《", "》", "\n", "中", "、", "。", "é",
        ]), 0..30)) {
            let text: String = parts.concat();
            let (by_hand, by_regex) = atoms_both_ways(&text, &atom_regex());
            proptest::prop_assert_eq!(by_hand, by_regex);
        }
    }

    fn words(text: &str) -> Vec<(&str, Kind)> {
        Segmenter::for_texts(&[text])
            .tokens(text)
            .into_iter()
            .map(|t| (&text[t.span()], t.kind))
            .collect()
    }

    fn texts(text: &str) -> Vec<&str> {
        words(text).into_iter().map(|(w, _)| w).collect()
    }

    #[test]
    fn numbers_keep_their_point_unit_and_percent() {
        let text = "总投资61.7亿元的3个文旅项目,占比由73.5%提升至84.1%,超年度计划50个百分点,共3.65万亿元";
        let numbers: Vec<&str> = words(text)
            .into_iter()
            .filter(|(_, k)| *k == Kind::Number)
            .map(|(w, _)| w)
            .collect();
        assert_eq!(
            numbers,
            ["61.7亿元", "3个", "73.5%", "84.1%", "50个百分点", "3.65万亿元"]
        );
    }

    #[test]
    fn counts_with_people_and_years_are_whole() {
        assert_eq!(
            texts("城镇新增就业1100万人以上"),
            ["城镇", "新增", "就业", "1100万人", "以上"]
        );
        assert_eq!(texts("2022年是关键一年"), ["2022年", "是", "关键", "一年"]);
    }

    #[test]
    fn quoted_terms_and_titles_are_atoms() {
        let text = "深入开展“万人助万企”活动,编制《焦作市解放区全域旅游发展总体规划》";
        let got = words(text);
        assert!(got.contains(&("“万人助万企”", Kind::Quoted)), "{got:?}");
        assert!(
            got.contains(&("《焦作市解放区全域旅游发展总体规划》", Kind::Title)),
            "{got:?}"
        );
    }

    #[test]
    fn a_long_quotation_is_cut_like_prose() {
        let text = "“我们要坚持以人民为中心的发展思想不断增进民生福祉让现代化建设成果更多更公平惠及全体人民”";
        assert!(texts(text).len() > 5);
    }

    #[test]
    fn latin_and_digit_names_stay_whole() {
        assert_eq!(texts("5G基站和PM2.5浓度"), ["5G", "基站", "和", "PM2.5", "浓度"]);
        assert_eq!(words("GDP")[0], ("GDP", Kind::Latin));
    }

    #[test]
    fn policy_terms_are_words() {
        assert!(texts("深化放管服改革,落实六稳六保").contains(&"放管服"));
        assert!(texts("统筹推进两新一重建设").contains(&"两新一重"));
    }

    #[test]
    fn tokens_cover_the_text_exactly() {
        let text =
            "  (一)担使命、守底线,抗疫防汛双战双赢\n面对多点散发的疫情,4292名党员群众积极投身抗疫一线!";
        let tokens = Segmenter::for_texts(&[text]).tokens(text);
        let mut at = 0;
        for t in &tokens {
            assert_eq!(t.span().start, at);
            at = t.span().end;
        }
        assert_eq!(at, text.len());
        assert!(tokens.iter().any(|t| t.kind == Kind::Space));
        assert!(tokens.iter().any(|t| t.kind == Kind::Punct));
    }

    #[test]
    fn a_user_dictionary_adds_words() {
        let text = "推进三室经济发展";
        assert!(!texts(text).contains(&"三室经济"));
        let user = Dictionary::parse("user.dict", "三室经济 50000 n\n").unwrap();
        let s = Segmenter::for_texts_with(&[text], &[user]);
        let got: Vec<&str> = s.tokens(text).into_iter().map(|t| &text[t.span()]).collect();
        assert!(got.contains(&"三室经济"), "{got:?}");
    }
}
