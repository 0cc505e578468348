//! Units a report measures in, each with the base unit it is compared in and the factor to it.

/// A unit as the text writes it after a number (multipliers 万/亿 are read separately).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Unit {
    pub written: &'static str,
    /// What values are compared in: `元` for 元, `%` for %, `个` for every counter of things.
    pub base: &'static str,
    pub factor: f64,
    /// Characters that, right after the unit, make it the start of a word instead (`人民`, `家庭`).
    pub not_before: &'static str,
}

const fn unit(written: &'static str, base: &'static str, factor: f64, not_before: &'static str) -> Unit {
    Unit {
        written,
        base,
        factor,
        not_before,
    }
}

/// Every unit, longest first where one is a prefix of another (`个百分点` before `个`).
///
/// Counters of things (个, 家, 户, 所, 座…) share the base `个`: with the indicator matched, 79.1万家
/// market entities and 86.3万户 are the same kind of count. People (人, 名, 位) share `人`; 人次 is
/// its own. Areas, masses and lengths convert to 平方米, 千克 and 米.
pub const UNITS: &[Unit] = &[
    unit("个百分点", "个百分点", 1.0, ""),
    unit("百分点", "个百分点", 1.0, ""),
    unit("平方公里", "平方米", 1e6, ""),
    unit("平方米", "平方米", 1.0, ""),
    unit("微克/立方米", "微克/立方米", 1.0, ""),
    unit("微克每立方米", "微克/立方米", 1.0, ""),
    unit("毫克/升", "毫克/升", 1.0, ""),
    unit("立方米", "立方米", 1.0, ""),
    unit("千瓦时", "千瓦时", 1.0, ""),
    unit("千瓦", "千瓦", 1.0, ""),
    unit("兆瓦", "千瓦", 1e3, ""),
    unit("美元", "美元", 1.0, ""),
    unit("公里", "米", 1e3, ""),
    unit("千米", "米", 1e3, ""),
    unit("公顷", "平方米", 1e4, ""),
    unit("公斤", "千克", 1.0, ""),
    unit("千克", "千克", 1.0, ""),
    unit("人次", "人次", 1.0, ""),
    unit("批次", "个", 1.0, ""),
    unit("个月", "个月", 1.0, ""),
    unit("小时", "小时", 1.0, ""),
    unit("分钟", "分钟", 1.0, ""),
    unit("%", "%", 1.0, ""),
    unit("％", "%", 1.0, ""),
    unit("‰", "‰", 1.0, ""),
    unit("元", "元", 1.0, "素旦月首宵"),
    unit("亩", "平方米", 2000.0 / 3.0, ""),
    unit("吨", "千克", 1e3, ""),
    unit("斤", "千克", 0.5, ""),
    unit("米", "米", 1.0, "粮面粉线"),
    unit("倍", "倍", 1.0, ""),
    unit("岁", "岁", 1.0, "月"),
    unit("年", "年", 1.0, "来前后内间中度龄轻级均代初底末终"),
    unit("天", "天", 1.0, "然气津下地空"),
    unit("人", "人", 1.0, "民员才口群们均力大士生事物居心间文工气身寿类次"),
    unit("名", "人", 1.0, "单称牌录师校医片义字优列额"),
    unit("位", "人", 1.0, "于置次居列数"),
    unit("个", "个", 1.0, "人体性别案"),
    unit("家", "个", 1.0, "庭电政园乡具长风属用门居禽族底"),
    unit("户", "个", 1.0, "籍口外型"),
    unit("所", "个", 1.0, "有以在得属需谓"),
    unit("座", "个", 1.0, "谈"),
    unit("项", "个", 1.0, "目"),
    unit("件", "个", 1.0, ""),
    unit("条", "个", 1.0, "件例款"),
    unit("处", "个", 1.0, "置理罚于"),
    unit("栋", "个", 1.0, ""),
    unit("间", "个", 1.0, "隔"),
    unit("张", "个", 1.0, "家"),
    unit("支", "个", 1.0, "持出付撑部"),
    unit("批", "个", 1.0, "准复示"),
    unit("场", "个", 1.0, "景所馆地次"),
    unit("套", "个", 1.0, ""),
    unit("台", "个", 1.0, "湾阶账"),
    unit("辆", "个", 1.0, ""),
    unit("艘", "个", 1.0, ""),
    // Freight: trains run (`开行中欧班列1.9万列`) and containers handled (`1000万标箱`).
    unit("列", "个", 1.0, "入为车出举明"),
    unit("标箱", "标箱", 1.0, ""),
    unit("架", "个", 1.0, "构"),
    unit("部", "个", 1.0, "门署分队委"),
    unit("次", "个", 1.0, "会要"),
    unit("棵", "个", 1.0, ""),
    unit("株", "个", 1.0, ""),
    unit("头", "个", 1.0, ""),
    unit("只", "个", 1.0, "有要是能"),
    unit("块", "个", 1.0, ""),
    unit("片", "个", 1.0, "区"),
    unit("例", "个", 1.0, "如"),
    unit("宗", "个", 1.0, "教旨"),
    unit("起", "个", 1.0, "来步点"),
    unit("篇", "个", 1.0, "章"),
    unit("本", "个", 1.0, "地级届市区县省着"),
    unit("册", "个", 1.0, ""),
    unit("盏", "个", 1.0, ""),
    unit("眼", "个", 1.0, "光"),
];

/// Multipliers written between a number and its unit, largest first.
pub const MULTIPLIERS: &[(&str, f64)] = &[("万亿", 1e12), ("亿", 1e8), ("万", 1e4)];

/// Time units: a Chinese-numeral duration (`五年来`, `百日攻坚`, `千年古城`) is a phrase, not a figure.
pub fn is_time(unit: &Unit) -> bool {
    matches!(unit.base, "年" | "天" | "个月" | "小时" | "分钟")
}

/// The unit written at the start of `rest`, unless it begins a longer word there.
pub fn unit_at(rest: &str) -> Option<Unit> {
    UNITS.iter().copied().find(|u| {
        rest.starts_with(u.written)
            && rest[u.written.len()..]
                .chars()
                .next()
                .is_none_or(|next| !u.not_before.contains(next))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn longest_unit_wins_and_words_are_not_units() {
        assert_eq!(unit_at("个百分点,").unwrap().base, "个百分点");
        assert_eq!(unit_at("个服务专班").unwrap().written, "个");
        assert_eq!(unit_at("亩、封山").unwrap().base, "平方米");
        assert!(unit_at("人民").is_none());
        assert!(unit_at("家庭").is_none());
        assert!(unit_at("年来").is_none());
        assert!(unit_at("个体工商户").is_none());
        assert_eq!(unit_at("人,").unwrap().base, "人");
    }
}
