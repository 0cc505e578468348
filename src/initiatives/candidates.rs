//! Finding the initiatives one report names: quoted terms, `《…》` titles, names with a head word, glossary entries.
//!
//! Reports name a programme in three ways. They quote it (`扎实开展“三个一批”活动`); they title a
//! document (`《…总体规划》`); or they give it a plain name whose last word says what it is
//! (`实施龙头企业保链稳链工程`). A plain name is found from its head word (工程) by walking left over
//! the words that modify it until a word that governs it (实施), a function word, a number or
//! punctuation. The glossary, when there is one, is the report's own list.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::sync::LazyLock;

use super::phrases::{is_stopword, stopwords};
use super::{Candidate, Kind, Normalized, Side, Unit, mention, without_footnotes};
use crate::Report;
use crate::outline::Span;
use crate::segment::{Kind as TokenKind, Segmenter, Token, enclosed_inside};

/// The candidates of one report, in order of first mention.
pub fn extract(report: &Report, segmenter: &Segmenter) -> Vec<Candidate> {
    let tokens = segmenter.tokens(report.source.text());
    Side::from_tokens(report, &tokens).candidates
}

/// Words that end a plain name and say what it is, longest first where one ends another.
#[rustfmt::skip]
const NAME_HEADS: &[&str] = &[
    "行动计划", "行动方案", "行动纲要", "实施纲要", "实施方案", "推进机制", "推进计划", "保障机制",
    "保障体系", "保障基金", "支持政策", "支持工具", "专项斗争", "主题教育", "学习教育", "示范区",
    "示范市", "示范县", "示范园", "试验区", "先行区", "产业园", "产业带", "科技园", "攻坚战",
    "保卫战", "交易所", "实验室", "大市场", "承诺制", "注册制", "责任制", "负责制", "行动", "工程",
    "计划", "战略", "机制", "体系", "模式", "项目", "活动", "规划", "方案", "试点", "基地", "园区",
    "纲要", "改革", "倡议", "工具", "基金", "通道", "普查", "协定", "条例", "中心", "政策", "制度",
    "国债", "强国", "先导区", "经济区", "特区", "都市圈", "协议", "补贴", "沙龙", "创新园",
    "帮扶县", "中心城市", "信息系统", "经济", "智能", "资本",
];

/// Heads of the names reports give a new industry or economy (`低空经济`, `具身智能`, `耐心资本`):
/// a modifier of two characters makes the name; a longer one is a description (`改善民营经济`).
const CONCEPT_HEADS: &[&str] = &["经济", "智能", "资本"];

/// Heads specific enough that general words make a name with them (`质量强国`, `全国重点实验室`,
/// `金融稳定保障基金`).
#[rustfmt::skip]
pub(crate) const SPECIFIC_HEADS: &[&str] = &[
    "强国", "实验室", "交易所", "普查", "倡议", "协定", "条例", "国债", "大市场", "保障基金",
    "支持工具", "支持政策", "实施纲要", "承诺制", "注册制",
];

/// Words that may follow a quoted term and make it a name (`“双减”政策`, `“三零”创建`); weak quotes
/// (`“334”`) extend to the last of them (`“334”楼院协商治理模式`).
#[rustfmt::skip]
const QUOTE_HEADS: &[&str] = &[
    "工作", "要求", "目标", "格局", "布局", "方针", "策略", "原则", "主线", "理念", "精神", "创建",
    "建设", "任务", "措施", "普法", "服务圈", "经营", "治理", "专项治理", "品牌", "部署", "路线",
    "战役",
];

/// Verbs that govern a name from its left (`实施`…工程): a plain name starts after them.
#[rustfmt::skip]
const GOVERNING: &[&str] = &[
    "实施", "开展", "推进", "推动", "启动", "加强", "强化", "深化", "落实", "制定", "出台", "执行",
    "实行", "完成", "做好", "抓好", "办好", "用好", "建立", "健全", "完善", "构建", "打造", "组织",
    "支持", "鼓励", "引导", "发挥", "提高", "促进", "保障", "确保", "力争", "争取", "巩固", "拓展",
    "优化", "坚持", "贯彻", "筹建", "引进", "建成", "开工", "签约", "入选", "荣获", "获批", "培育",
    "壮大", "做大", "做强", "设立", "成立", "组建", "编制", "谋划", "开启", "实现", "参与", "融入",
    "纳入", "围绕", "依托", "按照", "根据", "结合", "利用", "借鉴", "推广", "扩大", "增加", "加大",
    "探索", "推行", "倡导", "启用", "举办", "承办", "召开", "部署", "审议", "提请", "出席", "落地",
    "用活", "抓实", "做实", "打好", "打赢", "迎接", "形成", "提出", "明确", "确立", "开创", "建好",
    "管好", "聚焦", "发布", "印发", "获得", "取得", "列入", "成为", "作为", "商签", "把握", "预留",
    "动用", "调入", "疏通", "改进", "搞", "运用", "防止", "推", "精简", "延长", "增强", "化解",
    "考虑", "采取", "加入", "维护", "遏制", "禁止", "严禁", "推出", "注重", "保持", "调整", "对冲",
    "做到", "用", "签", "发行", "加快建设", "满足", "适应", "服务于", "创建", "紧盯", "对照",
    "发掘", "布局", "共建", "建成区", "选为", "评为", "命名", "超", "给予", "稳住", "守住", "兜住",
    "保住", "用于", "投向",
];

/// Adverbs that open the verb phrase a name is the object of (`深入`实施…, `扎实`开展…).
#[rustfmt::skip]
const ADVERBS: &[&str] = &[
    "加快", "深入", "持续", "继续", "扎实", "积极", "大力", "着力", "稳步", "有序", "不断", "切实",
    "认真", "进一步", "努力", "全力", "坚决", "逐步", "率先", "同步", "常态化", "强力", "严格",
    "全方位", "精准", "统筹", "加速", "接续", "深度", "突出", "加紧", "累计", "善于", "准确",
    "不再", "成功",
];

/// Quantities, times and positions a name cannot start with (`一批`…项目, `今年`…计划, …`后`).
#[rustfmt::skip]
const QUANTITIES_AND_TIMES: &[&str] = &[
    "一批", "一系列", "一些", "一个", "一项", "多个", "多场", "多项", "多种", "若干", "各类",
    "各项", "所有", "全部", "明年", "当年", "年内", "年底", "上半年", "下半年", "今后", "目前",
    "当前", "首批", "新一轮", "后", "前", "好", "部分", "现行", "暨",
];

/// Words that, opening a name, are verbs acting on it (`改革疾病预防控制体系`, `建设世界重要人才中心`).
const LEADING_VERBS: &[&str] = &["改革", "建设", "发展"];

/// Words after a head word that make it a modifier of something else (`战略机遇期`, `政策空间`).
#[rustfmt::skip]
const NOT_NAME_FOLLOWERS: &[&str] = &[
    "机遇期", "机遇", "空间", "执行", "立项", "后续", "传导", "平衡点", "基点", "意识", "定力",
    "红利",
];

/// Heads naming an institution or a policy area rather than a programme: such names need a longer
/// modifier (`存款保险制度`, not `民族政策`) and rank below programmes.
pub(crate) const WEAK_HEADS: &[&str] = &[
    "机制", "体系", "模式", "改革", "政策", "制度", "中心", "基金", "工具", "项目", "基地", "园区",
];

/// Modifiers too general to make a name on their own (`重点项目`, `长效机制`, `现代产业体系`).
#[rustfmt::skip]
pub(crate) const GENERIC: &[&str] = &[
    "重大", "重点", "相关", "有关", "新", "新型", "专项", "民生", "建设", "发展", "工作", "体制",
    "长效", "协调", "综合", "重要", "基础", "整体", "全面", "总体", "有效", "现代", "支持", "保障",
    "管理", "服务", "政策", "监管", "配套", "社会", "国家", "全国", "地方", "政府", "投资", "产业",
    "经济", "市场", "企业", "示范", "改革", "创新", "试点", "行动", "工程", "项目", "应急", "储备",
    "稳定", "制度", "机制", "体系", "运行", "推进", "激励", "约束", "保护", "防控", "治理", "预警",
    "风险", "资金", "财政", "金融", "信用", "评价", "考核", "协同", "联动", "联合", "帮扶", "扶持",
    "培训", "专业", "公共", "基本", "城乡", "区域", "农村", "城市", "乡村", "各级", "多层次",
    "多元化", "现代化", "一体化", "系统", "规范", "标准", "质量", "安全", "绿色", "数字", "智慧",
    "科技", "技术", "人才", "教育", "文化", "生态", "环境", "交通", "能源", "水利", "重大工程",
    "重大项目", "重点项目", "一", "二", "三", "大", "小", "好", "高", "强", "优", "省", "市", "县",
    "区", "镇", "村", "级", "类", "个", "项", "批", "性", "化", "式", "型", "多", "全", "总",
    "主要", "具体", "有力", "强大", "更", "高效", "落实", "工作者", "供给", "需求", "消费", "就业",
    "对外", "开放", "合作", "交流", "融合", "提升", "整治", "建立", "实施", "完善", "健全", "执行",
    "协作", "实际",
];

/// Quotation marks, which [`Normalized`] leaves out.
/// The longest half of a slogan that pauses at a comma (`“有呼必应，无事不扰”`,
/// `“这么近、那么美，周末到河北”`).
const SLOGAN_HALF: usize = 8;

/// Whether a quotation pausing at commas is a slogan: short parts (`“有呼必应，无事不扰”`), or parts
/// built alike, sharing half their characters with the first (`“生产性服务业抓突破，生活性服务业抓转型”`).
fn is_slogan(inner: &str) -> bool {
    let parts: Vec<&str> = inner.split(['，', ',']).collect();
    let short = parts.iter().all(|p| p.chars().count() <= SLOGAN_HALF);
    let alike = parts.iter().skip(1).all(|p| {
        let shared = p.chars().filter(|c| parts[0].contains(*c)).count();
        2 * shared >= p.chars().count().min(parts[0].chars().count())
    });
    short || alike
}

const QUOTE_MARKS: &[char] = &['“', '”', '‘', '’', '"', '\'', '「', '」', '『', '』'];

/// Longer 《…》 stretches are mis-paired marks, not titles.
const MAX_TITLE_CHARS: usize = 80;

/// Every `{open}…{close}` of `text` with something inside and no other mark (nor, when
/// `one_line`, a line break) between, leftmost first: the whole and the inside. As the regex
/// `《([^《》\n]+)》` finds titles; by hand, because building the regex took longer than the scan.
fn enclosed(text: &str, open: char, close: char, one_line: bool) -> Vec<(Span, Span)> {
    let mut found = Vec::new();
    let mut from = 0;
    while let Some(k) = text[from..].find(open) {
        let body = from + k + open.len_utf8();
        match enclosed_inside(text, body, open, close, one_line) {
            Some(inside) => {
                let end = inside + close.len_utf8();
                found.push((from + k..end, body..inside));
                from = end;
            }
            None => from = body,
        }
    }
    found
}

/// The keys of quoted terms that spell out a numbered formula: `“1357”，即“贯穿一条主线、把握三个
/// 着力点、做实五篇文章…”` makes `一条主线`, `三个着力点` and `五篇文章` parts of `1357`. A formula is a
/// quoted code of digits; its parts are the quoted terms that open with a count in words and stand
/// in the sentence that introduces the code (a part named by its own code, `7N系列场景`, stays).
fn formula_parts(text: &str, found: &[Found]) -> HashSet<String> {
    let codes: Vec<&Found> = found
        .iter()
        .filter(|f| f.kind == Kind::Quoted && f.key.len() >= 3 && f.key.bytes().all(|b| b.is_ascii_digit()))
        .collect();
    let mut sentences: Vec<String> = Vec::new();
    for code in &codes {
        let marked = format!("“{}”", code.key);
        for (at, _) in text.match_indices(&marked) {
            let end = text[at..].find(['。', '；', '\n']).map_or(text.len(), |e| at + e);
            sentences.push(Normalized::key(&text[at..end]));
        }
    }
    let opens_with_count = |key: &str| {
        let mut chars = key.chars();
        let first = chars.next().unwrap_or(' ');
        "一二两三四五六七八九十".contains(first) && key.chars().count() >= 3
    };
    found
        .iter()
        .filter(|f| f.kind == Kind::Quoted && opens_with_count(&f.key))
        .filter(|f| {
            sentences
                .iter()
                .any(|s| s.contains(&f.key) && !s.starts_with(&format!("“{}”", f.key)))
        })
        .filter(|f| !codes.iter().any(|c| c.key == f.key))
        .map(|f| f.key.clone())
        .collect()
}

/// A dictionary frequency from which a quoted word is an everyday word (`数字化` 369, `帽子`
/// 1032), not a coined name (`两重` 104 names a programme).
const EVERYDAY_WORD: u64 = 300;

/// How long the modifier of a plain name may be, in characters./// How long the modifier of a plain name may be, in characters.
const MAX_MODIFIER_CHARS: usize = 14;

/// One occurrence of a term found while scanning.
#[derive(Debug, Clone)]
struct Found {
    key: String,
    surface: String,
    kind: Kind,
    /// Where the scanner saw it: the quote with its head word, the name, the glossary entry.
    span: Span,
}

/// The candidates of a prepared report: scans every unit, adds the glossary, groups by key, counts.
pub(crate) fn collect(report: &Report, units: &[Unit], normalized: &Normalized) -> Vec<Candidate> {
    let text = report.source.text();
    let mut found: Vec<Found> = Vec::new();
    // Glossary entries count as themselves; the terms their explanations quote are not the report's.
    for unit in units.iter().filter(|u| !u.path.starts_with("glossary/")) {
        scan(text, unit, &mut found);
    }
    let mut explanations: HashMap<String, String> = HashMap::default();
    for entry in &report.outline.glossary {
        let key = glossary_key(&entry.term);
        if key.chars().count() < 2 {
            continue;
        }
        explanations
            .entry(key.clone())
            .or_insert_with(|| entry.explanation.clone());
        found.push(Found {
            key,
            surface: entry.term.trim().to_string(),
            kind: Kind::Glossary,
            span: entry.span.clone(),
        });
    }

    // A name cut inside its quotation marks (a footnote's `六个一”工作体系`) is shown whole.
    for f in found.iter_mut().filter(|f| f.surface.contains(['“', '”'])) {
        f.surface = balance_quotes(&f.surface);
    }
    // The parts of a numbered formula are the formula's, not programmes of their own.
    let parts = formula_parts(text, &found);
    found.retain(|f| f.kind == Kind::Glossary || !parts.contains(&f.key));

    // Group by key, in order of first occurrence.
    found.sort_by_key(|f| (f.span.start, f.span.end));
    let mut order: Vec<String> = Vec::new();
    let mut groups: HashMap<String, Vec<Found>> = HashMap::default();
    for f in found {
        if !groups.contains_key(&f.key) {
            order.push(f.key.clone());
        }
        groups.entry(f.key.clone()).or_default().push(f);
    }

    // Every occurrence of every key, then those inside a longer key's occurrences left out, so that
    // `三个一` is not counted where the report says `三个一批`.
    let spans: Vec<Vec<Span>> = normalized.find_each(&order);
    let mut all_spans: Vec<(Span, usize)> = spans
        .iter()
        .enumerate()
        .flat_map(|(j, list)| list.iter().map(move |s| (s.clone(), j)))
        .collect();
    all_spans.sort_by_key(|(s, j)| (s.start, s.end, *j));
    let longest_span = all_spans.iter().map(|(s, _)| s.len()).max().unwrap_or(0);
    let mut candidates = Vec::new();
    for (i, key) in order.iter().enumerate() {
        let own = &spans[i];
        if own.is_empty() {
            continue;
        }
        // An occurrence of a longer key enclosing this one holds this key's text, and only those
        // do: look for enclosing occurrences instead of comparing every pair of keys.
        let inside_longer = |s: &Span| {
            let upto = all_spans.partition_point(|(o, _)| o.start <= s.start);
            all_spans[..upto]
                .iter()
                .rev()
                .take_while(|(o, _)| o.start + longest_span >= s.start)
                .any(|(o, j)| o.end >= s.end && order[*j].len() > key.len())
        };
        let group = &groups[key];
        // `攻坚行动` inside `“百日攻坚”行动` is an accident of leaving quotes out, unless the term itself
        // spans a quote (`“334”楼院协商治理模式`).
        let spans_quote = |s: &str| s.trim_matches(QUOTE_MARKS).contains(QUOTE_MARKS);
        let quoted_inside = group.iter().any(|f| spans_quote(&f.surface));
        // A two-character key (`五星`) also occurs inside unrelated words (`五星酒店`): count only
        // where the scanner found it.
        let short = key.chars().count() <= 2;
        let seen = |s: &Span| {
            group
                .iter()
                .any(|f| f.span.start <= s.start && s.end <= f.span.end)
        };
        let outside: Vec<Span> = own
            .iter()
            .filter(|s| !inside_longer(s))
            .filter(|s| quoted_inside || !text.get((*s).clone()).is_some_and(spans_quote))
            .filter(|s| !short || seen(s))
            .cloned()
            .collect();
        if outside.is_empty() {
            continue;
        }
        let kind = group.iter().map(|f| f.kind).max().unwrap_or(Kind::Name);
        candidates.push(Candidate {
            term: most_frequent_surface(group),
            key: key.clone(),
            kind,
            glossary: explanations.get(key).cloned(),
            count: outside.len(),
            mentions: outside
                .into_iter()
                .map(|s| mention(&report.source, units, s))
                .collect(),
        });
    }
    drop_head_extensions(candidates)
}

/// The written form used most often; the first one seen among equals. Glossary headwords count
/// only when the body never names the term.
fn most_frequent_surface(group: &[Found]) -> String {
    let body: Vec<&Found> = group.iter().filter(|f| f.kind != Kind::Glossary).collect();
    let pool: Vec<&Found> = if body.is_empty() {
        group.iter().collect()
    } else {
        body
    };
    let mut best: Option<(&str, usize)> = None;
    for f in &pool {
        let n = pool.iter().filter(|g| g.surface == f.surface).count();
        if best.is_none_or(|(_, m)| n > m) {
            best = Some((&f.surface, n));
        }
    }
    best.map_or_else(String::new, |(s, _)| s.to_string())
}

/// `全国一体化大数据中心` only ever occurs inside `全国一体化大数据中心体系`: it is that longer name.
fn drop_head_extensions(candidates: Vec<Candidate>) -> Vec<Candidate> {
    // Sorted, the names extending a key follow it: no need to hold every name against every other.
    let mut names: Vec<(&str, usize)> = candidates
        .iter()
        .filter(|c| c.kind == Kind::Name)
        .map(|c| (c.key.as_str(), c.count))
        .collect();
    names.sort_unstable();
    let keep: Vec<bool> = candidates
        .iter()
        .map(|short| {
            let key = short.key.as_str();
            let after = names.partition_point(|&(name, _)| name <= key);
            short.kind != Kind::Name
                || !names[after..]
                    .iter()
                    .take_while(|(long, _)| long.starts_with(key))
                    .any(|&(_, count)| count == short.count)
        })
        .collect();
    candidates
        .into_iter()
        .zip(keep)
        .filter_map(|(c, k)| k.then_some(c))
        .collect()
}

/// A term with the quotation marks it opens or closes without their other half restored:
/// `六个一”工作体系` → `“六个一”工作体系`, `“三重一大` → `“三重一大”`.
fn balance_quotes(term: &str) -> String {
    let (mut depth, mut unopened) = (0usize, 0usize);
    for c in term.chars() {
        match c {
            '“' => depth += 1,
            '”' if depth == 0 => unopened += 1,
            '”' => depth -= 1,
            _ => {}
        }
    }
    if depth == 0 && unopened == 0 {
        return term.to_string();
    }
    let mut out = "“".repeat(unopened);
    out.push_str(term);
    out.push_str(&"”".repeat(depth));
    out
}

/// The key of a glossary headword: the strong quoted part if it has one (`人才“双十条”` → `双十条`),
/// else the whole headword (`“3+10”重大项目推进机制` → `3+10重大项目推进机制`).
pub(crate) fn glossary_key(term: &str) -> String {
    let term = term.trim().trim_end_matches(['：', ':', '，', '。', ',']);
    for (_, inner) in enclosed(term, '“', '”', false) {
        if is_strong(&term[inner.clone()]) {
            return Normalized::key(&term[inner]);
        }
    }
    Normalized::key(term)
}

/// A quoted term that names something by itself: two or more CJK characters (`“六稳”`, `“十四五”`),
/// unlike `“334”` or `“2+N”`, which need the words after them.
fn is_strong(inner: &str) -> bool {
    inner.chars().filter(|&c| is_cjk(c)).count() >= 2
}

fn is_cjk(c: char) -> bool {
    matches!(c, '\u{4e00}'..='\u{9fff}' | '\u{3400}'..='\u{4dbf}' | '〇')
}

/// Scans one unit for titles, quoted terms and plain names.
fn scan(text: &str, unit: &Unit, out: &mut Vec<Found>) {
    let Some(unit_text) = text.get(unit.span.clone()) else {
        return;
    };
    let tokens = &unit.tokens;
    let word = |i: usize| text.get(tokens[i].span()).unwrap_or("");

    let mut covered: Vec<Span> = Vec::new();
    for (whole, inner) in enclosed(unit_text, '《', '》', true) {
        let inner = &unit_text[inner];
        let after = &unit_text[whole.end..];
        if inner.chars().count() > MAX_TITLE_CHARS
            || inner.contains("政府工作报告")
            || ["栏目", "节目", "频道", "专栏"]
                .iter()
                .any(|w| after.starts_with(w))
        {
            continue;
        }
        let key = Normalized::key(inner);
        if key.chars().count() >= 2 {
            let span = unit.span.start + whole.start..unit.span.start + whole.end;
            out.push(Found {
                key,
                surface: unit_text[whole].to_string(),
                kind: Kind::Title,
                span: span.clone(),
            });
            covered.push(span);
        }
    }

    let mut strong_quotes: Vec<usize> = Vec::new();
    for i in 0..tokens.len() {
        if tokens[i].kind != TokenKind::Quoted {
            continue;
        }
        let atom = word(i);
        let inner: String = {
            let mut chars = atom.chars();
            chars.next();
            chars.next_back();
            chars.as_str().to_string()
        };
        // A slogan may pause at a comma (`“有呼必应，无事不扰”`); a sentence inside quotes is speech
        // (`“经济大省要挑大梁，为全国发展大局作贡献”`).
        let speech = inner.contains(['。', '；', '：', '！', '？', ';', ':', '!', '?'])
            || (inner.contains(['，', ',']) && !is_slogan(&inner));
        if inner.is_empty() || speech {
            continue;
        }
        if is_strong(&inner) {
            let suffix = quote_suffix(tokens, i, &word);
            // An everyday word set off by quotes (`“数字化”`, `“一站式”`) names no programme.
            if suffix.is_empty()
                && crate::segment::dictionary::frequency(&inner).is_some_and(|f| f >= EVERYDAY_WORD)
            {
                continue;
            }
            out.push(Found {
                key: Normalized::key(&inner),
                surface: format!("{atom}{suffix}"),
                kind: Kind::Quoted,
                span: tokens[i].span(),
            });
            strong_quotes.push(i);
        } else if let Some((from, to)) = weak_quote_name(tokens, i, &word) {
            let span = tokens[from].span().start..tokens[to].span().end;
            // Footnote markers (`[43]`, `^[4]`) are left out of the terms shown.
            let surface = without_footnotes(text.get(span.clone()).unwrap_or(""));
            out.push(Found {
                key: Normalized::key(&surface),
                surface,
                kind: Kind::Quoted,
                span: span.clone(),
            });
            covered.push(span);
        } else if inner.chars().count() >= 4 {
            out.push(Found {
                key: Normalized::key(&inner),
                surface: atom.to_string(),
                kind: Kind::Quoted,
                span: tokens[i].span(),
            });
        }
    }

    for i in 0..tokens.len() {
        let Some(from) = plain_name(text, tokens, i) else {
            continue;
        };
        let span = tokens[from].span().start..tokens[i].span().end;
        let overlaps = covered.iter().any(|c| c.start < span.end && span.start < c.end);
        let holds_strong_quote = strong_quotes.iter().any(|&q| from <= q && q <= i);
        if overlaps || holds_strong_quote {
            continue;
        }
        let mut surface = text.get(span.clone()).unwrap_or("").to_string();
        // `启动一批产业基础再造工程项目`: the programme is the 工程; 项目 are its projects.
        if surface.ends_with("工程项目") {
            surface.truncate(surface.len() - "项目".len());
        }
        out.push(Found {
            key: Normalized::key(&surface),
            surface,
            kind: Kind::Name,
            span,
        });
    }
}

/// The head word after a strong quote, when one follows within two words: `“三个一批”` + `活动`.
/// Quotes listed together (`“云推介”“云招商”“云签约”活动`) share the head after the last one.
fn quote_suffix<'t>(tokens: &[Token], i: usize, word: &impl Fn(usize) -> &'t str) -> String {
    let mut j = skip_footnote(tokens, i + 1, word);
    while j < tokens.len() && (tokens[j].kind == TokenKind::Quoted || word(j) == "、") {
        j = skip_footnote(tokens, j + 1, word);
    }
    let mut suffix = String::new();
    for (k, token) in tokens.iter().enumerate().skip(j).take(2) {
        if token.kind != TokenKind::Word || is_stopword(word(k)) {
            break;
        }
        suffix.push_str(word(k));
        if ends_with_head(&suffix) {
            return suffix;
        }
    }
    String::new()
}

fn ends_with_head(s: &str) -> bool {
    NAME_HEADS.iter().chain(QUOTE_HEADS).any(|h| s.ends_with(h))
}

/// A weak quote with the words that make it a name: `教育“1530”工程`, `“334”楼院协商治理模式`.
/// Returns the first and last token of the name, or `None` when no head word follows.
fn weak_quote_name<'t>(
    tokens: &[Token],
    i: usize,
    word: &impl Fn(usize) -> &'t str,
) -> Option<(usize, usize)> {
    let is_head_word =
        |j: usize| j < tokens.len() && tokens[j].kind == TokenKind::Word && ends_with_head(word(j));
    // The last name head (`模式`) wins over a later weak head (`建设`); a weak head is taken only
    // when no name head follows the quote (`“11258”总体要求`).
    let mut last_name_head = None;
    let mut last_head = None;
    let mut chars = 0;
    let mut j = skip_footnote(tokens, i + 1, word);
    let mut taken = 0;
    while j < tokens.len() && taken < 6 {
        let w = word(j);
        if tokens[j].kind != TokenKind::Word || FUNCTION_STOPS.contains(&w) {
            break;
        }
        // `重大项目推进机制`: a verb inside the name is followed by a head word.
        if is_governing(w) && !ends_with_head(w) && !is_head_word(j + 1) {
            break;
        }
        chars += w.chars().count();
        if chars > MAX_MODIFIER_CHARS {
            break;
        }
        let so_far: String = (i + 1..=j).map(word).collect();
        if NAME_HEADS.iter().any(|h| so_far.ends_with(h)) {
            last_name_head = Some(j);
        } else if ends_with_head(&so_far) {
            last_head = Some(j);
        }
        j += 1;
        taken += 1;
    }
    let to = last_name_head.or(last_head)?;
    // One word before the quote may belong to the name (`教育“1530”工程`), unless it governs the name
    // or names who decided it (`市委“11258”总体要求`).
    let mut from = i;
    if let Some(before) = i.checked_sub(1)
        && tokens[before].kind == TokenKind::Word
        && !is_governing(word(before))
        && !is_stopword(word(before))
        && ![
            "委", "府", "院", "部", "局", "中央", "全市", "全省", "全区", "全县",
        ]
        .iter()
        .any(|s| word(before).ends_with(s))
    {
        from = before;
    }
    Some((from, to))
}

/// The index after a footnote marker (`[13]`, `^[13]`) starting at `j`, or `j` when there is none.
fn skip_footnote<'t>(tokens: &[Token], j: usize, word: &impl Fn(usize) -> &'t str) -> usize {
    let mut k = j;
    if k < tokens.len() && word(k) == "^" {
        k += 1;
    }
    if k + 2 < tokens.len()
        && matches!(word(k), "[" | "［")
        && tokens[k + 1].kind == TokenKind::Number
        && matches!(word(k + 2), "]" | "］")
    {
        return k + 3;
    }
    j
}

/// Function words that end a weak quote's name even though they are not verbs.
const FUNCTION_STOPS: &[&str] = &[
    "的", "和", "与", "及", "等", "为", "以", "在", "对", "把", "将", "是", "了", "要", "也", "都", "从",
    "向", "由", "并", "而",
];

/// Whether a word governs a name from its left, so a name cannot include it: listed verbs, adverbs,
/// quantities and function words, and words ending in a listed verb (`深入开展`, `大力实施`).
pub(crate) fn is_governing(w: &str) -> bool {
    // The function words in the same set: one lookup for the thousands of words asked about.
    static LISTED: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
        GOVERNING
            .iter()
            .chain(ADVERBS)
            .chain(QUANTITIES_AND_TIMES)
            .copied()
            .chain(stopwords())
            .collect()
    });
    LISTED.contains(w) || (w.chars().count() >= 3 && VERBS_ENDING_WORDS.iter().any(|g| w.ends_with(g)))
}

/// Verbs that, ending a longer word, still make it a governing verb (`深入开展`, `全面实施`); nouns
/// ending in verb-like characters (`社会保障`, `社会组织`) are why the list is short.
const VERBS_ENDING_WORDS: &[&str] = &[
    "实施", "开展", "推进", "推动", "启动", "落实", "制定", "出台", "执行", "实行", "完成", "建立", "构建",
    "打造", "编制", "健全", "参与", "运用", "把握", "创建", "共建", "选为", "评为", "抓好", "做好", "办好",
    "用好", "抓实", "做实",
];

/// A span of time in words or figures: `三年`, `百日`, `5年`, `两个月`.
fn is_duration(word: &str) -> bool {
    let Some(count) = ["个月", "年", "日", "天"]
        .iter()
        .find_map(|u| word.strip_suffix(u))
    else {
        return false;
    };
    !count.is_empty()
        && count
            .chars()
            .all(|c| c.is_ascii_digit() || "一二两三四五六七八九十百千".contains(c))
}

/// A plain name ending at token `i` (`龙头企业保链稳链工程`): the index of its first token, or `None`
/// when token `i` ends no name.
fn plain_name(text: &str, tokens: &[Token], i: usize) -> Option<usize> {
    if tokens[i].kind != TokenKind::Word {
        return None;
    }
    let end = tokens[i].span().end;
    // The heads by their last character, in list order: most words end in no head's last
    // character, and the rest are compared only with the heads that end like them.
    static BY_LAST_CHAR: LazyLock<HashMap<char, Vec<&'static str>>> = LazyLock::new(|| {
        let mut by_last: HashMap<char, Vec<&'static str>> = HashMap::default();
        for head in NAME_HEADS {
            if let Some(c) = head.chars().next_back() {
                by_last.entry(c).or_default().push(head);
            }
        }
        by_last
    });
    let heads = BY_LAST_CHAR.get(&text[..end].chars().next_back()?)?;
    let window = text.get(tokens[i.saturating_sub(2)].span().start..end)?;
    let head = heads.iter().find(|h| window.ends_with(*h))?;
    let head_start = end - head.len();
    // `示范区规划建设`: 规划 plans and builds here, it names no plan.
    if *head == "规划"
        && tokens
            .get(i + 1)
            .and_then(|t| text.get(t.span()))
            .is_some_and(|w| ["建设", "编制", "设计", "布局", "引领", "实施", "先行"].contains(&w))
    {
        return None;
    }
    if tokens
        .get(i + 1)
        .and_then(|t| text.get(t.span()))
        .is_some_and(|w| NOT_NAME_FOLLOWERS.contains(&w))
    {
        return None;
    }
    // `行动` followed by `方案` is part of `行动方案`: the longer name is found at the next token.
    if let Some(next) = tokens.get(i + 1)
        && next.kind == TokenKind::Word
        && let Some(next_word) = text.get(next.span())
        && NAME_HEADS.contains(&format!("{head}{next_word}").as_str())
    {
        return None;
    }
    let first_head_token = (0..=i).rev().find(|&k| tokens[k].span().start <= head_start)?;
    let mut from = first_head_token;
    while from > 0 {
        let t = &tokens[from - 1];
        let w = text.get(t.span())?;
        let allowed =
            matches!(t.kind, TokenKind::Word | TokenKind::Quoted | TokenKind::Latin) && !is_governing(w);
        let modifier_chars = text.get(t.span().start..head_start)?.chars().count();
        if !allowed || modifier_chars > MAX_MODIFIER_CHARS {
            break;
        }
        from -= 1;
    }
    while from < first_head_token
        && text
            .get(tokens[from].span())
            .is_some_and(|w| LEADING_VERBS.contains(&w))
    {
        from += 1;
    }
    let modifier = text.get(tokens[from].span().start..head_start)?;
    if !modifier.chars().any(is_cjk) {
        return None;
    }
    if CONCEPT_HEADS.contains(head) {
        // The name stands on its own: the list or the sentence goes on after it
        // (`发展低空经济、银发经济`), and no noun follows that it would qualify (`中央经济工作会议`).
        let next = tokens.get(i + 1).and_then(|t| text.get(t.span())).unwrap_or("");
        let stands_alone = next.is_empty()
            || ["等", "和", "及", "与"].contains(&next)
            || !next.chars().next().is_some_and(is_cjk);
        const VERBS: &[&str] = &[
            "拉动", "影响", "防范", "带动", "提振", "支撑", "增强", "改善", "激发", "制约",
        ];
        if modifier.chars().count() != 2 || !stands_alone || VERBS.contains(&modifier) {
            return None;
        }
    }
    if WEAK_HEADS.contains(head) && modifier.chars().count() < 4 {
        return None;
    }
    // The modifier's words, with the part of the head's token before the head as one more word.
    let mut words: Vec<&str> = (from..first_head_token)
        .filter_map(|k| text.get(tokens[k].span()))
        .collect();
    if let Some(part) = text.get(tokens[first_head_token].span().start..head_start)
        && !part.is_empty()
    {
        words.push(part);
    }
    // `深化改革` is one word, but 深化 governs 改革 rather than naming it.
    if words.last().is_some_and(|w| is_governing(w)) {
        return None;
    }
    // One general word does not make a name (`重点项目`, `实际行动`), nor do two with an institution's
    // head (`现代产业体系`); two can with a programme's head (`质量提升行动`), three always can
    // (`区域协调发展战略`), and so can a specific head with any (`质量强国`).
    // A span of time alone (`新一轮三年行动`, `百日行动`) says how long, not which programme.
    if words.iter().all(|w| is_duration(w)) {
        return None;
    }
    let general = words.iter().all(|w| GENERIC.contains(w));
    let too_general = words.len() == 1 || (words.len() == 2 && WEAK_HEADS.contains(head));
    if general && too_general && !SPECIFIC_HEADS.contains(head) {
        return None;
    }
    Some(from)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::initiatives::testing::SEGMENTER;

    /// What [`enclosed`] returns.
    type Enclosed = Vec<(Span, Span)>;

    /// [`enclosed`] and the regexes it stands for: titles on one line, quotations on any.
    fn enclosed_both_ways(text: &str) -> [(Enclosed, Enclosed); 2] {
        let by_regex = |re: &str| {
            regex::Regex::new(re)
                .unwrap()
                .captures_iter(text)
                .map(|c| (c.get(0).unwrap().range(), c.get(1).unwrap().range()))
                .collect::<Vec<_>>()
        };
        [
            (enclosed(text, '《', '》', true), by_regex(r"《([^《》\n]+)》")),
            (enclosed(text, '“', '”', false), by_regex(r"“([^“”]+)”")),
        ]
    }

    #[test]
    fn titles_and_quotations_are_found_as_the_regexes_find_them() {
        for text in [
            "《中华人民共和国民法典》《》《一《二》》《三\n》“六稳”“”“一\n二”“三“四”",
            "",
        ] {
            for (by_hand, by_regex) in enclosed_both_ways(text) {
                assert_eq!(by_hand, by_regex, "{text}");
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn titles_and_quotations_match_the_regexes_on_any_mix(parts in proptest::collection::vec(proptest::sample::select(vec![
            "《", "》", "“", "”", "\n", "一", "二", "a",
        ]), 0..16)) {
            let text: String = parts.concat();
            for (by_hand, by_regex) in enclosed_both_ways(&text) {
                proptest::prop_assert_eq!(by_hand, by_regex);
            }
        }
    }

    fn report(body: &str) -> Report {
        let text = format!(
            "2022年某区政府工作报告\n各位代表：\n一、2021年工作回顾\n{body}\n二、2022年工作安排\n正文。"
        );
        Report::from_bytes("r.txt", text.as_bytes()).unwrap()
    }

    fn terms(body: &str) -> Vec<(String, String, Kind)> {
        extract(&report(body), &SEGMENTER)
            .into_iter()
            .map(|c| (c.term, c.key, c.kind))
            .collect()
    }

    fn has(body: &str, term: &str, key: &str) -> bool {
        terms(body).iter().any(|(t, k, _)| t == term && k == key)
    }

    #[test]
    fn a_quoted_term_takes_the_head_word_after_it() {
        let got = terms("扎实开展“三个一批”活动,全面落实“双减”政策。");
        assert!(
            got.contains(&("“三个一批”活动".into(), "三个一批".into(), Kind::Quoted)),
            "{got:?}"
        );
        assert!(
            got.contains(&("“双减”政策".into(), "双减".into(), Kind::Quoted)),
            "{got:?}"
        );
    }

    #[test]
    fn a_quoted_term_without_a_head_stands_alone() {
        assert!(has("坚持“两个毫不动摇”。", "“两个毫不动摇”", "两个毫不动摇"));
        assert!(has(
            "推进自治、法治、德治、数治“四治融合”,到2023年底",
            "“四治融合”",
            "四治融合"
        ));
    }

    #[test]
    fn quotes_listed_together_share_the_head() {
        let got = terms("同步常态化开展“云推介”“云招商”“云签约”活动。");
        for q in ["云推介", "云招商", "云签约"] {
            assert!(
                got.contains(&(format!("“{q}”活动"), q.into(), Kind::Quoted)),
                "{got:?}"
            );
        }
    }

    #[test]
    fn a_weak_quote_extends_to_the_head_of_its_name() {
        assert!(has(
            "推动“334”楼院协商治理模式持续提升出彩。",
            "“334”楼院协商治理模式",
            "334楼院协商治理模式"
        ));
        assert!(has(
            "强力实施“3+10”重大项目推进机制,17个省、市重点项目",
            "“3+10”重大项目推进机制",
            "3+10重大项目推进机制"
        ));
        assert!(has(
            "启动实施教育“1530”工程,38个",
            "教育“1530”工程",
            "教育1530工程"
        ));
        // The footnote marker after the quote is no part of the name.
        assert!(has(
            "大力推进“5个20”[43]农业结构调整示范区建设。",
            "“5个20”农业结构调整示范区",
            "5个20农业结构调整示范区"
        ));
        // A code without a head word is no name.
        let got = terms("力争国控集团达到“3A”评级。");
        assert!(got.iter().all(|(_, k, _)| !k.contains("3a")), "{got:?}");
    }

    #[test]
    fn quotations_with_sentence_punctuation_are_speech_not_names() {
        let got = terms("牢记“民之所忧；我必念之”。");
        assert!(got.is_empty(), "{got:?}");
        // A comma alone does not make a slogan speech.
        assert!(has(
            "做到“有呼必应，无事不扰”。",
            "“有呼必应，无事不扰”",
            "有呼必应,无事不扰"
        ));
        // A long clause after the comma is a sentence: speech; parallel long halves, a slogan.
        let got = terms("牢记“经济大省要挑大梁，为全国发展大局作贡献”的嘱托。");
        assert!(got.is_empty(), "{got:?}");
        assert!(is_slogan("生产性服务业抓突破，生活性服务业抓转型"));
        assert!(is_slogan("这么近、那么美，周末到河北"));
    }

    #[test]
    fn a_name_starts_after_the_verb_that_governs_it() {
        for body in [
            "继续抓好保障性安居工程建设和管理。",
            "资金主要用于保障性安居工程。",
            "中央预算内投资主要投向保障性安居工程。",
        ] {
            let got: Vec<String> = terms(body).into_iter().map(|t| t.0).collect();
            assert_eq!(got, ["保障性安居工程"], "{body}");
        }
    }

    #[test]
    fn a_term_cut_inside_its_quotation_marks_is_shown_whole() {
        assert_eq!(balance_quotes("六个一”工作体系"), "“六个一”工作体系");
        assert_eq!(balance_quotes("“三重一大"), "“三重一大”");
        assert_eq!(balance_quotes("“双减”政策"), "“双减”政策");
    }

    #[test]
    fn titles_are_candidates_but_the_report_itself_is_not() {
        let got = terms(
            "高标准编制《焦作市解放区全域旅游发展总体规划》,学习《政府工作报告》,在新华社《习近平时间》栏目报道。",
        );
        assert_eq!(
            got,
            [(
                "《焦作市解放区全域旅游发展总体规划》".to_string(),
                "焦作市解放区全域旅游发展总体规划".to_string(),
                Kind::Title
            )]
        );
    }

    #[test]
    fn plain_names_keep_the_modifiers_that_make_them_a_name() {
        for (body, name) in [
            (
                "实施龙头企业保链稳链工程,维护产业链供应链安全稳定。",
                "龙头企业保链稳链工程",
            ),
            ("深入开展安全生产专项整治三年行动。", "安全生产专项整治三年行动"),
            (
                "启动农村人居环境整治提升五年行动。",
                "农村人居环境整治提升五年行动",
            ),
            ("加快构建全国一体化大数据中心体系。", "全国一体化大数据中心体系"),
            (
                "总投资12亿元的龙佰国际康养城项目建设正式启动。",
                "龙佰国际康养城项目",
            ),
            ("制定2030年前碳排放达峰行动方案。", "碳排放达峰行动方案"),
            ("全力推动高质量发展示范区规划建设。", "高质量发展示范区"),
            ("实施区域协调发展战略。", "区域协调发展战略"),
            ("出台法治政府建设实施纲要。", "法治政府建设实施纲要"),
            ("用好普惠小微贷款支持工具。", "普惠小微贷款支持工具"),
            ("设立金融稳定保障基金。", "金融稳定保障基金"),
            ("推进质量强国建设。", "质量强国"),
            ("开展好第二轮土地承包到期后再延长30年整县试点。", "整县试点"),
            ("推进国家职业教育改革市域试点。", "国家职业教育改革市域试点"),
            ("深入实施质量提升行动。", "质量提升行动"),
        ] {
            let got = terms(body);
            assert!(
                got.iter().any(|(t, _, k)| t == name && *k == Kind::Name),
                "{body}: {got:?}"
            );
        }
    }

    #[test]
    fn a_new_industry_or_economy_is_named_by_two_characters_before_its_head() {
        let got = terms("培育具身智能、6G等未来产业，发展低空经济、银发经济，壮大耐心资本。");
        for name in ["具身智能", "低空经济", "银发经济", "耐心资本"] {
            assert!(got.iter().any(|(t, _, _)| t == name), "{name}: {got:?}");
        }
        let got = terms("召开中央经济工作会议，拉动经济增长，着力改善民营经济发展环境。");
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn an_everyday_word_in_quotes_is_no_name() {
        let got = terms("推进“数字化”转变，加快“两重”建设。");
        let keys: Vec<&str> = got.iter().map(|(_, k, _)| k.as_str()).collect();
        assert_eq!(keys, ["两重"], "{got:?}");
    }

    #[test]
    fn the_parts_of_a_numbered_formula_are_the_formulas() {
        let got = terms(
            "突出抓好“1357”，即“贯穿一条主线、把握三个着力点、做实五篇文章”。——贯穿“一条主线”。——把握“三个着力点”。扎实开展“三个一批”活动。",
        );
        let keys: Vec<&str> = got.iter().map(|(_, k, _)| k.as_str()).collect();
        assert!(keys.contains(&"1357"), "{keys:?}");
        assert!(keys.contains(&"三个一批"), "{keys:?}");
        assert!(
            !keys.contains(&"一条主线") && !keys.contains(&"三个着力点"),
            "{keys:?}"
        );
    }

    #[test]
    fn a_span_of_time_alone_names_no_programme() {
        let got = terms("开展中原农谷建设新一轮三年行动，实施百日行动。");
        assert!(got.is_empty(), "{got:?}");
        assert!(has(
            "深化幸福黄河三年行动。",
            "幸福黄河三年行动",
            "幸福黄河三年行动"
        ));
    }

    #[test]
    fn a_programme_is_named_without_its_projects() {
        assert!(has(
            "启动一批产业基础再造工程项目。",
            "产业基础再造工程",
            "产业基础再造工程"
        ));
    }

    #[test]
    fn general_words_with_a_head_are_not_names() {
        let got = terms(
            "健全长效机制,推进重点项目,开展各类活动,计划投资600亿元,深化改革,完善体制机制,构建现代产业体系。",
        );
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn a_name_holding_a_strong_quote_is_reported_by_the_quote() {
        let got = terms("开展重点项目建设“百日攻坚”行动。");
        assert_eq!(
            got,
            [("“百日攻坚”行动".to_string(), "百日攻坚".to_string(), Kind::Quoted)]
        );
    }

    #[test]
    fn glossary_keys_take_the_strong_quote_or_the_whole_headword() {
        assert_eq!(glossary_key("人才“双十条”"), "双十条");
        assert_eq!(glossary_key("县城建设“十个一”攻坚行动"), "十个一");
        assert_eq!(glossary_key("“3+10”重大项目推进机制"), "3+10重大项目推进机制");
        assert_eq!(glossary_key("334楼院协商治理模式"), "334楼院协商治理模式");
        assert_eq!(glossary_key("“5个1000”行动："), "5个1000行动");
    }

    #[test]
    fn glossary_entries_join_their_body_mentions_and_carry_the_explanation() {
        let text = "2022年某区政府工作报告\n各位代表：\n一、回顾\n扎实开展“三个一批”活动。推动“334”楼院协商治理模式提升。\n二、任务\n同步推动“三个一批”活动。\n让我们团结一心而努力奋斗！\n《政府工作报告》部分词语解释\n1.三个一批:签约一批、开工一批、投产一批。\n2.334楼院协商治理模式:第一个“3”……\n3.四早:早发现、早报告。";
        let report = Report::from_bytes("r.txt", text.as_bytes()).unwrap();
        let got = extract(&report, &SEGMENTER);
        let c = got.iter().find(|c| c.key == "三个一批").unwrap();
        assert_eq!(
            (c.term.as_str(), c.kind, c.count),
            ("“三个一批”活动", Kind::Glossary, 3)
        );
        assert_eq!(c.glossary.as_deref(), Some("签约一批、开工一批、投产一批。"));
        assert_eq!(c.paths(), ["一/p1", "二/p1", "glossary/1"]);
        assert!(got.iter().any(|c| c.key == "334楼院协商治理模式" && c.count == 2));
        // In the glossary only: still a candidate, named as the glossary names it.
        let only = got.iter().find(|c| c.key == "四早").unwrap();
        assert_eq!((only.term.as_str(), only.count), ("四早", 1));
    }

    #[test]
    fn a_short_key_counts_only_where_it_is_named() {
        let got = extract(
            &report("培育五星酒店等产业。以“五星”支部创建工作为抓手。"),
            &SEGMENTER,
        );
        let c = got.iter().find(|c| c.key == "五星").unwrap();
        assert_eq!((c.count, c.term.as_str()), (1, "“五星”支部创建"));
        assert!(c.quote().contains("“五星”支部"), "{}", c.quote());
    }

    #[test]
    fn leaving_quotes_out_does_not_make_mentions_across_them() {
        let got = extract(
            &report("集中开展为期100天的攻坚行动。深入开展重点项目建设“百日攻坚”行动。"),
            &SEGMENTER,
        );
        let c = got.iter().find(|c| c.key == "百日攻坚").unwrap();
        assert_eq!(c.count, 1);
        assert!(got.iter().all(|c| c.key != "攻坚行动" || c.count == 1), "{got:?}");
    }

    #[test]
    fn quotes_in_glossary_explanations_are_not_candidates() {
        let text = "2022年某区政府工作报告\n各位代表：\n一、回顾\n大力发展“三室经济”。\n二、任务\n正文。\n让我们团结一心而努力奋斗！\n《政府工作报告》部分词语解释\n1.三室经济:以“实验室”为载体的科技研发产业。";
        let got = extract(&Report::from_bytes("r.txt", text.as_bytes()).unwrap(), &SEGMENTER);
        let keys: Vec<&str> = got.iter().map(|c| c.key.as_str()).collect();
        assert_eq!(keys, ["三室经济"]);
    }

    #[test]
    fn a_shorter_term_is_not_counted_inside_a_longer_one() {
        let got = extract(
            &report("开展“三个一批”活动和“三个一”行动,再抓“三个一批”。"),
            &SEGMENTER,
        );
        let short = got.iter().find(|c| c.key == "三个一").unwrap();
        assert_eq!(short.count, 1);
        assert_eq!(got.iter().find(|c| c.key == "三个一批").unwrap().count, 2);
    }

    #[test]
    fn mentions_carry_paths_and_quotes() {
        let got = extract(
            &report("深入开展“万人助万企”活动,组建6个功能性服务专班。"),
            &SEGMENTER,
        );
        let c = got.iter().find(|c| c.key == "万人助万企").unwrap();
        assert_eq!(c.path(), "一/p1");
        assert_eq!(c.quote(), "深入开展“万人助万企”活动,组建6个功能性服务专…");
    }
}
