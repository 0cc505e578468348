//! Chinese numerals in running text (两万, 一千二百, 三万亿, 十) read with the `chinese-number` crate.

use chinese_number::{ChineseCountMethod, ChineseToNumber};

/// Characters a Chinese numeral is written with (simplified, as reports use them).
pub fn is_numeral_char(c: char) -> bool {
    // A `match`, not a search of a string of them: this runs on every character of a report.
    matches!(
        c,
        '零' | '〇'
            | '一'
            | '二'
            | '两'
            | '三'
            | '四'
            | '五'
            | '六'
            | '七'
            | '八'
            | '九'
            | '十'
            | '百'
            | '千'
            | '万'
            | '亿'
    )
}

/// Digits without a multiplier: a run made only of these reads digit by digit (二〇二一), not as a number.
fn is_digit_char(c: char) -> bool {
    matches!(
        c,
        '零' | '〇' | '一' | '二' | '两' | '三' | '四' | '五' | '六' | '七' | '八' | '九'
    )
}

/// The value of one Chinese numeral: `一千二百` → 1200, `两万` → 20000, `三万亿` → 3e12, `十` → 10.
///
/// Digit strings (`二〇二一`, `十四五`, `一二三`) are names and years, not numbers: `None`.
/// A numeral may not open with a bare 百/千/万 (`百姓`, `千方百计`, `万人助万企`); callers that
/// know the context (`近千万`) add the 一 themselves.
pub fn value(s: &str) -> Option<u64> {
    let chars: Vec<char> = s.chars().collect();
    let first = *chars.first()?;
    if !chars.iter().all(|&c| is_numeral_char(c)) || matches!(first, '百' | '千' | '万' | '亿' | '〇') {
        return None;
    }
    // 二〇二一 / 一二三: two digits in a row without a multiplier between them is a digit string.
    // (零 is the one digit that may follow another: 一千零五.)
    if chars
        .windows(2)
        .any(|w| is_digit_char(w[0]) && is_digit_char(w[1]) && w[1] != '零' && w[0] != '零')
    {
        return None;
    }
    s.to_number(ChineseCountMethod::TenThousand).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_numerals_with_multipliers_and_zero() {
        assert_eq!(value("一千二百"), Some(1200));
        assert_eq!(value("两万"), Some(20000));
        assert_eq!(value("十"), Some(10));
        assert_eq!(value("十二"), Some(12));
        assert_eq!(value("一千零五"), Some(1005));
        assert_eq!(value("三百五十万"), Some(3_500_000));
        assert_eq!(value("一亿五千万"), Some(150_000_000));
        assert_eq!(value("三万亿"), Some(3_000_000_000_000));
    }

    #[test]
    fn digit_strings_plan_names_and_bare_multipliers_are_not_numbers() {
        for s in [
            "二〇二一",
            "十四五",
            "一二三",
            "七五",
            "百",
            "千",
            "万",
            "亿",
            "〇",
        ] {
            assert_eq!(value(s), None, "{s}");
        }
    }
}
