//! Initiatives on the bundled samples: the seed report's glossary, and the constructed pair against its answer key.

#[path = "common/initiatives_eval.rs"]
mod eval;

use std::sync::LazyLock;

use govdiff::Report;
use govdiff::initiatives::{self, Initiatives, Kind, Match, Phrases};
use govdiff::segment::Segmenter;

static SEGMENTER: LazyLock<Segmenter> = LazyLock::new(Segmenter::full);

fn sample(name: &str) -> Report {
    Report::read(concat!(env!("CARGO_MANIFEST_DIR"), "/samples/").to_string() + name).unwrap()
}

static PAIR: LazyLock<(Report, Report)> =
    LazyLock::new(|| (sample("jiefang-2021.constructed.txt"), sample("jiefang-2022.txt")));

static FOUND: LazyLock<(Initiatives, Phrases)> =
    LazyLock::new(|| initiatives::analyse(&PAIR.0, &PAIR.1, &SEGMENTER));

/// samples/CONSTRUCTED-EDITS.md §6a: in 2022 only.
const ADDED: &str = "万人助万企 三个一批 科技创新年 能力作风建设年 五个解放 2+N 云签约 引金入区 \
    一轴一带一廊四区五街多点 添翼计划 三室经济 三个一 上规、上市、上云、上榜 人人持证、技能河南 \
    金融支持疫情防控常态化实体经济稳定发展十条措施 五星 府院联动 双减 楼院自治金 三零 四治融合 \
    科学精准、动态清零 两个确立";

/// §6b: in 2021 only. The three the tool misses are named in the test.
const DROPPED: &str = "十二条 百日攻坚 首席服务员 抗疫特别国债 百城建设提质工程 路长制 六个百分之百 散乱污 \
    两不愁三保障 以购代捐 全民阅读节 雪亮工程 安全生产专项整治三年行动 三比一提 十件民生实事 \
    解放区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要 一个项目、一名县级干部、一个专班 \
    解放区“十四五”现代服务业发展规划 解放区老旧小区改造三年行动计划 证照分离 一网通办 双随机、一公开 \
    马上办、网上办、就近办、一次办";

fn answer_key() -> eval::Expected {
    eval::Expected {
        added: ADDED.split_whitespace().map(String::from).collect(),
        dropped: DROPPED.split_whitespace().map(String::from).collect(),
    }
}

fn evaluation() -> eval::Evaluation {
    let (initiatives, phrases) = &*FOUND;
    eval::evaluate("samples", &PAIR.0, &PAIR.1, initiatives, phrases, &answer_key())
}

#[test]
fn all_fifteen_glossary_entries_of_the_seed_report_are_initiatives() {
    let report = &PAIR.1;
    let candidates = initiatives::extract(report, &SEGMENTER);
    assert_eq!(report.outline.glossary.len(), 15);
    for entry in &report.outline.glossary {
        let found = candidates
            .iter()
            .find(|c| c.glossary.as_deref() == Some(entry.explanation.as_str()))
            .unwrap_or_else(|| panic!("glossary entry {} {} not found", entry.number, entry.term));
        assert_eq!(found.kind, Kind::Glossary, "{}", entry.term);
        assert!(
            found
                .paths()
                .contains(&format!("glossary/{}", entry.number).as_str())
        );
    }
    // Named in the body as well, the body's form is the one shown.
    let c = candidates.iter().find(|c| c.key == "三个一批").unwrap();
    assert_eq!((c.term.as_str(), c.count), ("“三个一批”活动", 3));
    assert_eq!(c.paths(), ["一/（二）/p1", "三/（一）/p1", "glossary/4"]);
}

#[test]
fn every_initiative_the_answer_key_adds_is_reported_added() {
    let e = evaluation();
    assert!(e.bad_expectations.is_empty(), "{e}");
    assert_eq!(e.added.missed, Vec::<String>::new(), "{e}");
}

#[test]
fn the_answer_key_drops_are_reported_dropped_but_three_hidden_in_words() {
    let e = evaluation();
    // 抗疫特别国债 is cut `国债资金`, 全民阅读节 has no head word, 十件民生实事 none either (it is
    // among the vanished phrases instead).
    assert_eq!(
        e.dropped.missed,
        ["抗疫特别国债", "全民阅读节", "十件民生实事"],
        "{e}"
    );
    assert_eq!(e.dropped.in_phrases, ["十件民生实事"], "{e}");
}

#[test]
fn reworded_initiatives_are_kept_and_say_what_was_merged() {
    let (found, _) = &*FOUND;
    let merged = |old: &str, new: &str| {
        found
            .kept
            .iter()
            .find(|k| k.old.term == old && k.new.term == new)
            .map(|k| k.how)
    };
    assert_eq!(
        merged("“项目建设年”活动", "“项目建设和招商引资年”活动"),
        Some(Match::Reworded)
    );
    assert_eq!(
        merged("“3+10”重大项目推进机制", "“3+10”重大项目推进计划"),
        Some(Match::Reworded)
    );
    assert_eq!(merged("龙佰国际康养城", "龙佰国际康养城项目"), Some(Match::Core));
    // §6c: the quote list grew by one; the two it had are kept.
    for kept in ["云推介", "云招商"] {
        assert!(found.kept.iter().any(|k| k.new.key == kept), "{kept}");
    }
    // Kept unchanged (§6c, last paragraph), with counts in both years.
    let k = found
        .kept
        .iter()
        .find(|k| k.new.key == "334楼院协商治理模式")
        .unwrap();
    assert_eq!((k.how, k.old.count, k.new.count), (Match::Same, 3, 4));
}

#[test]
fn every_reported_term_and_phrase_is_absent_from_the_other_report() {
    let e = evaluation();
    assert!(e.reported > 100, "{e}");
    assert_eq!(e.not_absent, Vec::<String>::new(), "{e}");
    let (found, phrases) = &*FOUND;
    for c in &found.added {
        assert!(initiatives::is_absent(&c.term, &PAIR.0) && initiatives::is_absent(&c.key, &PAIR.0));
    }
    for p in &phrases.dropped {
        assert!(initiatives::is_absent(&p.phrase, &PAIR.1), "{}", p.phrase);
    }
}

#[test]
fn counts_paths_and_quotes_agree() {
    let (found, phrases) = &*FOUND;
    let text = PAIR.1.source.text();
    for c in found.added.iter().chain(found.kept.iter().map(|k| &k.new)) {
        assert_eq!(c.count, c.mentions.len(), "{}", c.term);
        for m in &c.mentions {
            assert!(
                !m.path.is_empty() && m.quote.contains(&text[m.span.clone()]),
                "{} {m:?}",
                c.term
            );
        }
    }
    for p in &phrases.added {
        assert!(p.count >= initiatives::MIN_PHRASE_COUNT, "{}", p.phrase);
        assert_eq!(p.count, p.mentions.len());
    }
}

#[test]
fn word_ranks_cover_both_years_top_words() {
    let (_, phrases) = &*FOUND;
    let top_new: Vec<&str> = phrases
        .words
        .iter()
        .filter(|w| w.new.is_some_and(|t| t.rank <= 3))
        .map(|w| w.word.as_str())
        .collect();
    assert!(
        top_new.contains(&"发展") && top_new.contains(&"建设"),
        "{top_new:?}"
    );
    let chuangxin = phrases.words.iter().find(|w| w.word == "创新").unwrap();
    let (old, new) = (chuangxin.old.unwrap(), chuangxin.new.unwrap());
    assert!(new.count > old.count && new.rank < old.rank, "{chuangxin:?}");
}
