//! Section pairing on constructed report pairs that mirror how reports change shape between years.

use govdiff::Report;
use govdiff::compare::{Comparison, Options, compare};

fn report(name: &str, text: &str) -> Report {
    Report::from_bytes(name, text.as_bytes()).unwrap()
}

/// The pairs as `old path → new path`, lone units with `-`.
fn links(c: &Comparison) -> Vec<String> {
    c.sections
        .iter()
        .map(|s| {
            format!(
                "{} → {}",
                s.old.as_ref().map_or("-", |n| n.path.as_str()),
                s.new.as_ref().map_or("-", |n| n.path.as_str())
            )
        })
        .collect()
}

const TOPICS: [&str; 4] = [
    "实施积极的财政政策，减税降费，发行专项债券，财政资金直达市县基层，稳健的货币政策灵活适度，降低融资成本。",
    "加强科技创新，建设国家实验室，实施关键核心技术攻关，支持企业研发投入，培育高新技术企业，保护知识产权。",
    "全面推进乡村振兴，稳定粮食生产，建设高标准农田，发展乡村产业，改善农村人居环境，巩固脱贫攻坚成果。",
    "加强污染防治和生态建设，打好蓝天碧水净土保卫战，推进重点行业超低排放改造，扩大森林草原湿地保护。",
];

/// A report that gives each task a part of its own against one that gives each a section of its
/// tasks part (the national reports of 2020 and 2021): each old part goes with its section.
#[test]
fn parts_of_one_year_pair_with_the_sections_of_the_next() {
    let mut old =
        String::from("2020年政府工作报告\n各位代表：\n一、2019年工作回顾\n过去一年经济运行总体平稳。\n");
    let headings = ["二、财政金融", "三、科技创新", "四、乡村振兴", "五、生态环境"];
    for (h, t) in headings.iter().zip(TOPICS) {
        old.push_str(&format!("{h}\n{t}{t}\n"));
    }
    let mut new = String::from(
        "2021年政府工作报告\n各位代表：\n一、2020年工作回顾\n过去一年经济运行总体平稳。\n二、2021年重点工作\n",
    );
    let sections = [
        "（一）宏观政策",
        "（二）创新驱动",
        "（三）农业农村",
        "（四）绿色发展",
    ];
    for (h, t) in sections.iter().zip(TOPICS) {
        new.push_str(&format!("{h}。{t}{t}\n"));
    }
    let c = compare(
        &report("2020.txt", &old),
        &report("2021.txt", &new),
        &Options::default(),
    );
    let links = links(&c);
    for want in [
        "二 → 二/（一）",
        "三 → 二/（二）",
        "四 → 二/（三）",
        "五 → 二/（四）",
        "一 → 一",
    ] {
        assert!(links.iter().any(|l| l == want), "{want} in {links:?}");
    }
}

/// A review with sections against a review without: the two reviews pair, and the old review's
/// sections are not pulled into the new review one by one.
#[test]
fn a_review_paired_with_a_review_keeps_its_sections_to_itself() {
    let mut old = String::from("2012年政府工作报告\n各位代表：\n一、2011年工作回顾\n");
    let sections = [
        "（一）宏观政策",
        "（二）创新驱动",
        "（三）农业农村",
        "（四）绿色发展",
    ];
    for (h, t) in sections.iter().zip(TOPICS) {
        old.push_str(&format!("{h}。{t}\n"));
    }
    old.push_str("二、2012年工作总体部署\n今年工作的总体要求是稳中求进。\n");
    let new = format!(
        "2013年政府工作报告\n各位代表：\n一、过去五年工作回顾\n{}\n二、2013年工作总体部署\n今年工作的总体要求是稳中求进。\n",
        TOPICS.concat()
    );
    let c = compare(
        &report("2012.txt", &old),
        &report("2013.txt", &new),
        &Options::default(),
    );
    let links = links(&c);
    assert!(links.iter().any(|l| l == "一 → 一"), "{links:?}");
    assert!(
        !links
            .iter()
            .any(|l| l.starts_with("一/（") && l.ends_with("→ 一")),
        "{links:?}"
    );
}
