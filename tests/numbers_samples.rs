//! Numbers between the bundled sample pair, checked against its answer key (samples/CONSTRUCTED-EDITS.md §1).

use govdiff::Report;
use govdiff::numbers::{self, Change, Measure, NumberChange, Role};

fn changes() -> Vec<NumberChange> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/samples/");
    let old = Report::read(format!("{dir}jiefang-2021.constructed.txt")).unwrap();
    let new = Report::read(format!("{dir}jiefang-2022.txt")).unwrap();
    numbers::compare_reports(&old, &new)
}

fn raw(f: &Option<numbers::Figure>) -> &str {
    f.as_ref().map_or("—", |f| f.quantity.raw.as_str())
}

fn row<'a>(changes: &'a [NumberChange], indicator: &str, role: Role, measure: Measure) -> &'a NumberChange {
    changes
        .iter()
        .find(|c| c.indicator == indicator && c.role == role && c.measure == measure)
        .unwrap_or_else(|| panic!("no row for {indicator} {role:?} {measure:?}"))
}

/// §1a: the targets paragraph, every indicator.
#[test]
fn targets_paragraph_moves_as_the_answer_key_says() {
    let c = changes();
    let expected = [
        ("地区生产总值", "7%以上", "8%左右", Change::Increased, true),
        (
            "规模以上工业增加值",
            "7%左右",
            "8.5%以上",
            Change::Increased,
            true,
        ),
        ("固定资产投资", "8%以上", "10%以上", Change::Increased, false),
        ("社会消费品零售总额", "10%左右", "8.5%", Change::Decreased, true),
        ("一般公共预算收入", "5%以上", "5%以上", Change::Unchanged, false),
        ("居民消费价格", "3%左右", "—", Change::Dropped, false),
    ];
    for (indicator, old, new, change, qualifier) in expected {
        let r = row(&c, indicator, Role::Target, Measure::Growth);
        assert_eq!(
            (raw(&r.old), raw(&r.new), r.change, r.qualifier_changed),
            (old, new, change, qualifier),
            "{indicator}"
        );
        assert!(r.headline, "{indicator} is a headline target");
    }
    // Targets come first, in the new report's order, the dropped one after them.
    let first: Vec<&str> = c.iter().take(6).map(|c| c.indicator.as_str()).collect();
    assert_eq!(
        first,
        [
            "地区生产总值",
            "规模以上工业增加值",
            "固定资产投资",
            "社会消费品零售总额",
            "一般公共预算收入",
            "居民消费价格"
        ]
    );
}

/// §1b: the review's headline results.
#[test]
fn headline_results_move_as_the_answer_key_says() {
    let c = changes();
    let expected = [
        (
            "地区生产总值",
            Measure::Level,
            "170.6亿元",
            "181.8亿元",
            Change::Increased,
        ),
        ("地区生产总值", Measure::Growth, "2.4%", "5.3%", Change::Increased),
        (
            "一般公共预算收入",
            Measure::Level,
            "13.5亿元",
            "13.8亿元",
            Change::Increased,
        ),
        (
            "一般公共预算收入",
            Measure::Growth,
            "1.6%",
            "2.3%",
            Change::Increased,
        ),
        (
            "城镇居民人均可支配收入",
            Measure::Level,
            "37218元",
            "39607元",
            Change::Increased,
        ),
        (
            "城镇居民人均可支配收入",
            Measure::Growth,
            "3.6%",
            "—",
            Change::Dropped,
        ),
        (
            "规模以上工业增加值",
            Measure::Growth,
            "1.8%",
            "—",
            Change::Dropped,
        ),
        ("固定资产投资", Measure::Growth, "4.1%", "—", Change::Dropped),
        (
            "社会消费品零售总额",
            Measure::Growth,
            "下降3.2%",
            "—",
            Change::Dropped,
        ),
    ];
    for (indicator, measure, old, new, change) in expected {
        let r = row(&c, indicator, Role::Actual, measure);
        assert_eq!(
            (raw(&r.old), raw(&r.new), r.change),
            (old, new, change),
            "{indicator} {measure:?}"
        );
    }
}

/// §1c: a selection of the other changed figures, each of a different kind.
#[test]
fn other_figures_pair_by_what_they_count() {
    let c = changes();
    let expected = [
        (
            "党员群众",
            Measure::Count,
            "3600余名",
            "4292名",
            Change::Increased,
        ),
        (
            "省、市重点项目投资",
            Measure::Level,
            "52.3亿元",
            "64.45亿元",
            Change::Increased,
        ),
        (
            "省、市重点项目投资超计划",
            Measure::Growth,
            "21个百分点",
            "50个百分点",
            Change::Increased,
        ),
        (
            "政务服务事项不见面审批占比",
            Measure::Share,
            "92.6%",
            "100%",
            Change::Increased,
        ),
        (
            "行政许可事项即办件占比",
            Measure::Share,
            "73.5%",
            "84.1%",
            Change::Increased,
        ),
        ("外出招商", Measure::Count, "68批次", "131批次", Change::Increased),
        (
            "PM2.5年均浓度",
            Measure::Growth,
            "下降12.6%",
            "下降18.2%",
            Change::Decreased,
        ),
        ("优良天数", Measure::Count, "209天", "224天", Change::Increased),
        (
            "新型智慧窨井盖",
            Measure::Count,
            "800余个",
            "1200余个",
            Change::Increased,
        ),
        ("招聘活动", Measure::Count, "14场", "20余场", Change::Increased),
        (
            "城镇新增就业",
            Measure::Count,
            "7216人",
            "8561人",
            Change::Increased,
        ),
        ("封山育林", Measure::Level, "1500亩", "1500亩", Change::Unchanged),
    ];
    for (indicator, measure, old, new, change) in expected {
        let r = row(&c, indicator, Role::Actual, measure);
        assert_eq!(
            (raw(&r.old), raw(&r.new), r.change),
            (old, new, change),
            "{indicator}"
        );
    }
    let tasks = [
        ("招商落地项目", "不少于220个", "不少于260个"),
        ("省外境内资金", "不低于52亿元", "不低于58亿元"),
        ("城镇新增就业", "4000人", "4310人"),
    ];
    for (indicator, old, new) in tasks {
        let r = c
            .iter()
            .find(|c| c.indicator == indicator && c.role == Role::Target)
            .unwrap();
        assert_eq!(
            (raw(&r.old), raw(&r.new), r.change),
            (old, new, Change::Increased),
            "{indicator}"
        );
    }
}

/// What the answer key says must not be figures or must not pair.
#[test]
fn names_are_not_figures_and_increments_do_not_pair_with_stocks() {
    let c = changes();
    let all_raw: Vec<&str> = c
        .iter()
        .flat_map(|c| [c.old.as_ref(), c.new.as_ref()])
        .flatten()
        .map(|f| f.quantity.raw.as_str())
        .collect();
    assert!(!all_raw.iter().any(|r| r.contains("7447")), "7447 is a site name");
    // 2021 力争新增…国家高新技术企业3家以上 (an increment) vs 2022 国家高新技术企业达到10家以上 (a stock).
    let stock = c
        .iter()
        .find(|c| c.indicator == "国家高新技术企业" && c.role == Role::Target)
        .unwrap();
    assert!(stock.old.is_none(), "{:?}", raw(&stock.old));
}
