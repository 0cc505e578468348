//! The headline indicators of work reports and the wordings each goes by (生产总值 / 地区生产总值 / GDP).

/// One indicator: the name output uses, and every wording that means it.
pub struct Indicator {
    pub name: &'static str,
    pub aliases: &'static [&'static str],
}

const fn ind(name: &'static str, aliases: &'static [&'static str]) -> Indicator {
    Indicator { name, aliases }
}

/// The indicators a targets paragraph or a review's opening results name. Being in this list is what
/// makes a result a headline one.
pub const INDICATORS: &[Indicator] = &[
    ind("国内生产总值", &["国内生产总值"]),
    ind(
        "地区生产总值",
        // `经济增长5%左右`: a targets paragraph's name for the growth of output.
        &[
            "地区生产总值",
            "生产总值",
            "GDP",
            "地区GDP",
            "经济总量",
            "经济",
            "经济增长",
        ],
    ),
    ind(
        "人均地区生产总值",
        &["人均地区生产总值", "人均生产总值", "人均GDP"],
    ),
    ind(
        "一般公共预算收入",
        &[
            "一般公共预算收入",
            "公共预算收入",
            "地方一般公共预算收入",
            "一般预算收入",
            "财政一般预算收入",
            "地方财政一般预算收入",
        ],
    ),
    ind("一般公共预算支出", &["一般公共预算支出", "公共预算支出"]),
    ind("财政收入", &["财政收入", "全部财政收入", "全口径财政收入"]),
    ind("税收收入", &["税收收入"]),
    ind("规模以上工业增加值", &["规模以上工业增加值", "规上工业增加值"]),
    ind(
        "固定资产投资",
        &["固定资产投资", "全社会固定资产投资", "固定资产投资总额"],
    ),
    ind(
        "社会消费品零售总额",
        &["社会消费品零售总额", "社会消费品零售额", "社零总额"],
    ),
    ind(
        "进出口总额",
        &[
            "进出口总额",
            "进出口总值",
            "货物进出口总额",
            "外贸进出口总额",
            "对外贸易进出口总额",
            "外贸进出口",
            "进出口",
        ],
    ),
    ind(
        "出口总额",
        &[
            "出口总额",
            "出口总值",
            "外贸出口",
            "外贸出口总额",
            "货物贸易出口",
            "货物出口",
            "出口规模",
            "出口",
        ],
    ),
    ind("实际利用外资", &["实际利用外资", "实际使用外资"]),
    ind("合同利用外资", &["合同利用外资"]),
    // 城乡居民 without a 分别 list is every resident: 城乡居民人均可支配收入增长7%.
    ind(
        "居民人均可支配收入",
        &[
            "居民人均可支配收入",
            "人均可支配收入",
            "城乡居民人均可支配收入",
            "全体居民人均可支配收入",
            "居民收入",
        ],
    ),
    ind(
        "城镇居民人均可支配收入",
        &[
            "城镇居民人均可支配收入",
            "城镇常住居民人均可支配收入",
            "城镇居民收入",
        ],
    ),
    ind(
        "农村居民人均可支配收入",
        &[
            "农村居民人均可支配收入",
            "农村常住居民人均可支配收入",
            "乡村居民人均可支配收入",
            "农民人均可支配收入",
            "农村居民收入",
        ],
    ),
    ind(
        "城镇新增就业",
        &["城镇新增就业", "新增城镇就业", "城镇新增就业人数", "新增就业"],
    ),
    ind("城镇调查失业率", &["城镇调查失业率", "调查失业率"]),
    ind("城镇登记失业率", &["城镇登记失业率", "登记失业率"]),
    ind(
        "居民消费价格",
        &[
            "居民消费价格",
            "居民消费价格涨幅",
            "居民消费价格指数",
            "居民消费价格总水平",
            "CPI",
        ],
    ),
    ind("粮食产量", &["粮食产量", "粮食总产量", "粮食总产", "粮食年产量"]),
    ind("粮食播种面积", &["粮食播种面积", "粮食种植面积"]),
    ind(
        "单位国内生产总值能耗",
        &[
            "单位国内生产总值能耗",
            "单位地区生产总值能耗",
            "单位生产总值能耗",
            "单位GDP能耗",
            "万元GDP能耗",
            "万元生产总值能耗",
            "能耗强度",
        ],
    ),
    ind("赤字率", &["赤字率", "财政赤字率"]),
    ind(
        "地方政府专项债券",
        // Not 专项债资金: what a county obtains from the bonds is not their issuance.
        &["地方政府专项债券", "专项债券", "专项债"],
    ),
    ind("中央预算内投资", &["中央预算内投资"]),
    ind(
        "PM2.5年均浓度",
        &[
            "PM2.5年均浓度",
            "PM2.5平均浓度",
            "PM2.5浓度",
            "细颗粒物浓度",
            "细颗粒物平均浓度",
            "细颗粒物年均浓度",
            "细颗粒物（PM2.5）平均浓度",
            "细颗粒物(PM2.5)平均浓度",
            "细颗粒物（PM2.5）浓度",
            "细颗粒物(PM2.5)浓度",
        ],
    ),
    ind("PM10年均浓度", &["PM10年均浓度", "PM10平均浓度", "PM10浓度"]),
    ind(
        "优良天数",
        &["优良天数", "空气质量优良天数", "空气优良天数", "优良天数达标"],
    ),
    ind(
        "优良天数比例",
        &[
            "优良天数比例",
            "优良天数比率",
            "空气质量优良天数比例",
            "空气质量优良天数比率",
            "空气优良天数比例",
            "空气优良天数比率",
        ],
    ),
    ind("森林覆盖率", &["森林覆盖率"]),
    ind("常住人口城镇化率", &["常住人口城镇化率", "城镇化率"]),
    ind(
        "研究与试验发展经费投入强度",
        &[
            "研究与试验发展经费投入强度",
            "研发经费投入强度",
            "R&D经费投入强度",
            "研发投入强度",
        ],
    ),
    ind(
        "市场主体",
        &["市场主体", "市场主体总量", "注册市场主体", "各类市场主体"],
    ),
];

/// The base units a headline indicator is measured in (its level and its change): a figure in
/// another unit is not that indicator's, whatever the subject before it (`城镇化率…连续5年`).
fn bases(name: &str) -> &'static [&'static str] {
    const MONEY: &[&str] = &["元", "美元", "%", "个百分点", "倍"];
    const RATE: &[&str] = &["%", "‰", "个百分点"];
    match name {
        "城镇新增就业" => &["人", "%"],
        "粮食产量" => &["千克", "%"],
        "粮食播种面积" => &["平方米", "%"],
        "PM2.5年均浓度" | "PM10年均浓度" => &["微克/立方米", "%"],
        "优良天数" => &["天", "%"],
        "市场主体" => &["个", "%", "倍"],
        "单位国内生产总值能耗" => &["%", "个百分点", "千克"],
        "城镇调查失业率"
        | "城镇登记失业率"
        | "居民消费价格"
        | "赤字率"
        | "优良天数比例"
        | "森林覆盖率"
        | "常住人口城镇化率"
        | "研究与试验发展经费投入强度" => RATE,
        _ => MONEY,
    }
}

/// Whether a figure in `base` units can measure the headline indicator `name`.
pub fn fits(name: &str, base: &str) -> bool {
    bases(name).contains(&base)
}

/// Words that set the scope or time of an indicator without changing what it is (`全市生产总值`,
/// `年末全国城镇调查失业率`, `地级及以上城市细颗粒物浓度`).
pub const SCOPE_WORDS: &[&str] = &[
    "地级及以上城市",
    "全社会",
    "全年",
    "全国",
    "全省",
    "全市",
    "全区",
    "全县",
    "全州",
    "全旗",
    "全盟",
    "我国",
    "我省",
    "我市",
    "我区",
    "我县",
    "本市",
    "本区",
    "年末",
    "年底",
    "年内",
    "今年",
    "去年",
    "上年",
    "当年",
    "城市",
    "主要",
    "实现",
    "完成",
];

/// The indicator a phrase names, if it is one of [`INDICATORS`]: the phrase must be one of its
/// wordings, possibly after scope words (`全市生产总值` yes, `人均生产总值` is its own indicator,
/// `企业研发经费` is not `研发经费`).
pub fn lookup(phrase: &str) -> Option<&'static str> {
    // `细颗粒物（PM2.5）年均浓度`: a bracketed name inside is another wording of the same thing.
    if let Some(open) = phrase.find(['（', '('])
        && let Some(close) = phrase[open..].find(['）', ')']).map(|c| open + c)
    {
        let close_len = phrase[close..].chars().next().map_or(1, char::len_utf8);
        let without = format!("{}{}", &phrase[..open], &phrase[close + close_len..]);
        if let Some(found) = lookup_plain(&without) {
            return Some(found);
        }
    }
    lookup_plain(phrase)
}

fn lookup_plain(phrase: &str) -> Option<&'static str> {
    let mut rest = phrase.trim();
    loop {
        if let Some(found) = INDICATORS.iter().find(|i| i.aliases.contains(&rest)) {
            return Some(found.name);
        }
        let stripped = SCOPE_WORDS
            .iter()
            .find_map(|w| rest.strip_prefix(w))
            .or_else(|| strip_year(rest))?;
        rest = stripped;
    }
}

/// `2020年空气质量优良天数` → `空气质量优良天数`.
fn strip_year(s: &str) -> Option<&str> {
    let digits = s.bytes().take_while(u8::is_ascii_digit).count();
    (digits == 4).then(|| s[4..].strip_prefix('年')).flatten()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wordings_of_one_indicator_share_its_name() {
        for (phrase, name) in [
            ("地区生产总值", "地区生产总值"),
            ("全市生产总值", "地区生产总值"),
            ("GDP", "地区生产总值"),
            ("年末全国城镇调查失业率", "城镇调查失业率"),
            ("2020年空气质量优良天数", "优良天数"),
            ("地级及以上城市细颗粒物（PM2.5）平均浓度", "PM2.5年均浓度"),
            ("新增城镇就业", "城镇新增就业"),
            ("进出口总值", "进出口总额"),
            ("乡村居民人均可支配收入", "农村居民人均可支配收入"),
        ] {
            assert_eq!(lookup(phrase), Some(name), "{phrase}");
        }
    }

    #[test]
    fn a_longer_phrase_is_not_the_indicator_inside_it() {
        assert_eq!(lookup("人均生产总值"), Some("人均地区生产总值"));
        assert_eq!(lookup("单位国内生产总值能耗"), Some("单位国内生产总值能耗"));
        assert_eq!(lookup("企业研发经费"), None);
        assert_eq!(lookup("外贸出口"), Some("出口总额"));
        assert_eq!(lookup("全省出口"), Some("出口总额"));
        assert_eq!(lookup("外贸进出口"), Some("进出口总额"));
        assert_eq!(lookup("新增国家高新技术企业"), None);
        assert_eq!(lookup("民生支出占一般公共预算支出比重"), None);
    }

    #[test]
    fn an_indicator_is_measured_in_its_own_units() {
        assert!(fits("常住人口城镇化率", "%"));
        assert!(!fits("常住人口城镇化率", "年"));
        assert!(fits("地区生产总值", "元"));
        assert!(!fits("地区生产总值", "个"));
        assert!(fits("城镇新增就业", "人"));
        assert!(fits("优良天数", "天"));
        for i in INDICATORS {
            assert!(!bases(i.name).is_empty(), "{}", i.name);
        }
    }

    #[test]
    fn every_wording_belongs_to_one_indicator() {
        let mut seen = std::collections::HashSet::new();
        for i in INDICATORS {
            for a in i.aliases {
                assert!(seen.insert(*a), "{a} is listed twice");
            }
        }
    }
}
