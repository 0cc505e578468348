//! The report's metadata from its header lines: title, meeting, date, speaker, government, year.

use std::sync::LazyLock;

use regex_lite::Regex;

use crate::markers::{compact, is_meeting, is_name, is_title, small_numeral, speaker};

/// Who delivered the report, when and where.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Meta {
    /// `2022年焦作市解放区政府工作报告`, or `政府工作报告` for national reports.
    pub title: Option<String>,
    /// The year the report was delivered (not the year it reviews).
    pub year: Option<i32>,
    /// The government reporting: `国务院`, `河北省`, `焦作市解放区`.
    pub government: Option<String>,
    /// `2022年6月1日在区十五届人大一次会议上`, without the dash or brackets.
    pub meeting: Option<String>,
    /// The meeting date as `YYYY-MM-DD`.
    pub date: Option<String>,
    /// The speaker's name.
    pub speaker: Option<String>,
    /// The speaker's office: `解放区人民政府代区长`.
    pub office: Option<String>,
}

fn re(p: &str) -> Regex {
    Regex::new(p).expect("static regex")
}

/// Reads the metadata from the lines before the first part (`front`) and the first part heading.
pub(crate) fn parse(front: &[&str], first_heading: Option<&str>) -> Meta {
    let mut meta = Meta::default();
    let mut title_index = None;
    for (i, line) in front.iter().enumerate() {
        let joined = front.get(i + 1).map(|next| format!("{line}{next}"));
        let candidate = if is_title(line) {
            Some(line.to_string())
        } else {
            joined.filter(|j| is_title(j) && !is_title(front[i + 1]))
        };
        if let Some(t) = candidate {
            let t = compact(t.trim_start_matches("标题：").trim_start_matches("标题:"));
            // `政府工作报告——2025年1月13日在河北省…会议上`, `政府工作报告2011年1月20日在徐水县…`:
            // title and meeting on one line.
            static SPLIT: LazyLock<Regex> =
                LazyLock::new(|| re(r"^(.*?工作报告)[—\-－]*[（(]?([0-9]{4}\s*年\s*[0-9]{1,2}\s*月.*)$"));
            match SPLIT.captures(&t) {
                Some(c) => {
                    let mut meeting = clean_meeting(&c[2]);
                    // The meeting line's end may be on the next line: `第五次会议上`.
                    if !meeting.contains("会议")
                        && let Some(next) = front
                            .get(i + 1)
                            .filter(|n| n.contains("会议") && n.chars().count() <= 20)
                    {
                        meeting.push_str(next);
                    }
                    meta.meeting = Some(meeting);
                    meta.title = Some(c[1].to_string());
                }
                None => meta.title = Some(t),
            }
            title_index = Some(i);
            break;
        }
    }
    let after_title = title_index.map_or(0, |i| i + 1);
    for line in &front[after_title.min(front.len())..] {
        if meta.meeting.is_none() && is_meeting(line) && line.chars().count() > 8 {
            meta.meeting = Some(clean_meeting(line));
        }
    }
    for (i, line) in front.iter().enumerate() {
        if let Some((office, name)) = speaker(line) {
            let name = name.or_else(|| front.get(i + 1).filter(|n| is_name(n)).map(|n| compact(n)));
            meta.office = Some(office);
            meta.speaker = name;
            break;
        }
    }
    meta.date = meta.meeting.as_deref().and_then(date);
    meta.year = meta
        .date
        .as_deref()
        .and_then(|d| d[..4].parse().ok())
        .or_else(|| meta.title.as_deref().and_then(year_in))
        .or_else(|| first_heading.and_then(reviewed_year).map(|y| y + 1));
    meta.government = meta
        .title
        .as_deref()
        .and_then(government_from_title)
        .and_then(plausible)
        .or_else(|| {
            meta.meeting
                .as_deref()
                .and_then(government_from_meeting)
                .and_then(plausible)
        })
        .or_else(|| {
            meta.office
                .as_deref()
                .and_then(government_from_office)
                .and_then(plausible)
        })
        .or_else(|| {
            front
                .iter()
                .find_map(|l| government_from_opening(l).and_then(plausible))
        })
        .map(|g| full_name(&g));
    meta
}

/// Fills what the report itself did not say from the page around it (the page title cut as
/// chrome often names the government and year: `保定市清苑区2021年政府工作报告`).
pub(crate) fn fill_from_page(meta: &mut Meta, page_lines: &[&str]) {
    for line in page_lines.iter().filter(|l| crate::markers::is_title(l)) {
        let t = compact(line.trim_start_matches("标题："));
        // A local report's own title is often the bare `政府工作报告`; the page's names whose
        // report it is, which is what a reader needs on the first line.
        let bare = meta.title.as_deref().is_none_or(|own| own == "政府工作报告");
        let names_a_government = government_from_title(&t).and_then(plausible).is_some();
        if bare && names_a_government && t.ends_with("工作报告") {
            meta.title = Some(t.clone());
        }
        if meta.government.is_none() {
            meta.government = government_from_title(&t)
                .and_then(plausible)
                .map(|g| full_name(&g));
        }
        if meta.year.is_none() {
            meta.year = year_in(&t);
        }
    }
}

/// A year in a file name (`guowuyuan-1998.txt`), the last resort.
pub(crate) fn year_in_file_name(name: &str) -> Option<i32> {
    static RE: LazyLock<Regex> = LazyLock::new(|| re(r"(?:^|[^0-9])((?:19|20)[0-9]{2})(?:[^0-9]|$)"));
    let base = name.rsplit(['/', '\\']).next().unwrap_or(name);
    RE.captures(base)?.get(1)?.as_str().parse().ok()
}

/// A government name is more than a bare level (`省`, `区人民`) and has no date in it.
fn plausible(g: String) -> Option<String> {
    let g = g
        .trim()
        .trim_end_matches("人民")
        .trim_end_matches("政府")
        .trim()
        .to_string();
    let bare = matches!(
        g.as_str(),
        "" | "省" | "市" | "区" | "县" | "自治区" | "州" | "旗" | "本市" | "本区" | "本县"
    );
    let numeral_end = g.ends_with(|c: char| "一二三四五六七八九十第".contains(c));
    (!bare
        && !numeral_end
        && g.chars().count() >= 2
        && !g.contains('年')
        && !g.contains('月')
        && !g.contains("工作报告"))
    .then_some(g)
}

fn clean_meeting(line: &str) -> String {
    line.trim()
        .trim_start_matches(['—', '-', '－', '（', '('])
        .trim_end_matches(['）', ')'])
        .trim()
        .to_string()
}

const CN_DIGITS: &str = "〇零○一二三四五六七八九";

fn cn_digit(c: char) -> Option<u32> {
    match c {
        '〇' | '零' | '○' => Some(0),
        _ => CN_DIGITS
            .chars()
            .skip(3)
            .position(|d| d == c)
            .map(|n| n as u32 + 1),
    }
}

/// Years written digit by digit in Chinese (`二〇二四年`, `一九五四年`).
fn cn_year(s: &str) -> Option<i32> {
    let digits: Option<Vec<u32>> = s.chars().map(cn_digit).collect();
    let digits = digits?;
    (digits.len() == 4).then(|| digits.iter().fold(0, |y, d| y * 10 + *d as i32))
}

fn date(meeting: &str) -> Option<String> {
    // ASCII digits only: `\d` also matches other scripts' digits (cleaning makes only full-width
    // ones ASCII), which are no `YYYY-MM-DD` and several bytes wide.
    static ARABIC: LazyLock<Regex> =
        LazyLock::new(|| re(r"([0-9]{4})\s*年\s*([0-9]{1,2})\s*月\s*([0-9]{1,2})\s*日"));
    static CHINESE: LazyLock<Regex> = LazyLock::new(|| {
        re(r"([〇零○一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日")
    });
    if let Some(c) = ARABIC.captures(meeting) {
        return Some(format!(
            "{}-{:02}-{:02}",
            &c[1],
            c[2].parse::<u32>().ok()?,
            c[3].parse::<u32>().ok()?
        ));
    }
    let c = CHINESE.captures(meeting)?;
    Some(format!(
        "{}-{:02}-{:02}",
        cn_year(&c[1])?,
        small_numeral(&c[2])?,
        small_numeral(&c[3])?
    ))
}

fn year_in(text: &str) -> Option<i32> {
    static RE: LazyLock<Regex> =
        LazyLock::new(|| re(r"((?:19|20)[0-9]{2})\s*年|([〇零○一二三四五六七八九]{4})年"));
    let c = RE.captures(text)?;
    match c.get(1) {
        Some(m) => m.as_str().parse().ok(),
        None => cn_year(&c[2]),
    }
}

/// `一、2021年工作回顾`: a report reviews the year before the one it is delivered in.
fn reviewed_year(heading: &str) -> Option<i32> {
    heading.contains("回顾").then(|| year_in(heading)).flatten()
}

fn government_from_title(title: &str) -> Option<String> {
    static YEAR: LazyLock<Regex> =
        LazyLock::new(|| re(r"(?:19|20)[0-9]{2}年(?:度)?|[〇零○一二三四五六七八九]{4}年"));
    let t = YEAR.replace_all(title, "");
    let t = t.split("政府工作报告").next().unwrap_or("");
    let t = t.trim_start_matches(|c: char| !c.is_alphabetic() || c.is_ascii());
    let t = t.trim_end_matches("人民").trim();
    (t.chars().count() >= 2).then(|| t.to_string())
}

fn government_from_meeting(meeting: &str) -> Option<String> {
    if meeting.contains("全国人民代表大会") {
        return Some("国务院".into());
    }
    static RE: LazyLock<Regex> = LazyLock::new(|| re(r"在([^在第届，。]+?)第?[一二三四五六七八九十]+届"));
    let g = RE.captures(meeting)?.get(1)?.as_str().to_string();
    (all_han(&g) && (2..=14).contains(&g.chars().count())).then_some(g)
}

fn government_from_office(office: &str) -> Option<String> {
    if office.starts_with("国务院") {
        return Some("国务院".into());
    }
    static RE: LazyLock<Regex> = LazyLock::new(|| {
        re(r"^(.*?)(?:人民政府|政府)?(?:代理|代)?(?:省长|市长|区长|县长|州长|旗长|盟长|主席)$")
    });
    let g = RE
        .captures(office)?
        .get(1)?
        .as_str()
        .trim_end_matches("人民政府")
        .to_string();
    (g.chars().count() >= 2).then_some(g)
}

fn government_from_opening(line: &&str) -> Option<String> {
    static RE: LazyLock<Regex> = LazyLock::new(|| re(r"我代表([^，。、,]+?)(?:人民)?政府"));
    if line.contains("我代表国务院") {
        return Some("国务院".into());
    }
    let g = RE.captures(line)?.get(1)?.as_str().to_string();
    (all_han(&g) && (2..=12).contains(&g.chars().count())).then_some(g)
}

fn all_han(s: &str) -> bool {
    s.chars().all(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
}

/// Provinces are named in full (`新疆` → `新疆维吾尔自治区`, `河北` → `河北省`).
fn full_name(g: &str) -> String {
    const FULL: &[&str] = &[
        "北京市",
        "天津市",
        "上海市",
        "重庆市",
        "河北省",
        "山西省",
        "辽宁省",
        "吉林省",
        "黑龙江省",
        "江苏省",
        "浙江省",
        "安徽省",
        "福建省",
        "江西省",
        "山东省",
        "河南省",
        "湖北省",
        "湖南省",
        "广东省",
        "海南省",
        "四川省",
        "贵州省",
        "云南省",
        "陕西省",
        "甘肃省",
        "青海省",
        "台湾省",
        "内蒙古自治区",
        "广西壮族自治区",
        "西藏自治区",
        "宁夏回族自治区",
        "新疆维吾尔自治区",
    ];
    let g = g.trim();
    FULL.iter()
        .find(|full| {
            let short: String = full
                .chars()
                .take(if full.starts_with("黑龙江") || full.starts_with("内蒙古") {
                    3
                } else {
                    2
                })
                .collect();
            g == short
                || g == **full
                || (g.len() < full.len() && full.starts_with(g) && g.ends_with("自治区"))
        })
        .map_or_else(|| g.to_string(), |f| f.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn jiefang_header() {
        let meta = parse(
            &[
                "2022年焦作市解放区政府工作报告",
                "——2022年6月1日在区十五届人大一次会议上",
                "解放区人民政府代区长  千怀贵",
                "各位代表:",
            ],
            Some("一、2021年和过去五年的工作回顾"),
        );
        assert_eq!(
            meta,
            Meta {
                title: Some("2022年焦作市解放区政府工作报告".into()),
                year: Some(2022),
                government: Some("焦作市解放区".into()),
                meeting: Some("2022年6月1日在区十五届人大一次会议上".into()),
                date: Some("2022-06-01".into()),
                speaker: Some("千怀贵".into()),
                office: Some("解放区人民政府代区长".into()),
            }
        );
    }

    #[test]
    fn national_header_with_a_split_title_and_the_name_on_its_own_line() {
        let meta = parse(
            &[
                "政府工作报",
                "告",
                "——2021年3月5日在第十三届全国人民代表大会第四次会议上",
                "国务院总理",
                "李克强",
                "各位代表：",
            ],
            None,
        );
        assert_eq!(meta.title.as_deref(), Some("政府工作报告"));
        assert_eq!(meta.government.as_deref(), Some("国务院"));
        assert_eq!(meta.speaker.as_deref(), Some("李克强"));
        assert_eq!(meta.date.as_deref(), Some("2021-03-05"));
    }

    #[test]
    fn province_short_names_are_expanded() {
        let meta = parse(&["2025年新疆政府工作报告"], None);
        assert_eq!(meta.government.as_deref(), Some("新疆维吾尔自治区"));
        let meta = parse(
            &["政府工作报告——2025年1月13日在河北省第十四届人民代表大会第三次会议上"],
            None,
        );
        assert_eq!(meta.government.as_deref(), Some("河北省"));
        assert_eq!(meta.year, Some(2025));
    }

    #[test]
    fn spaced_title_bracketed_meeting_and_opening_sentence() {
        let meta = parse(
            &[
                "政 府 工 作 报 告",
                "（2020年1月9日在定兴县第十五届人民代表大会第四次会议上）",
                "定兴县人民政府县长 吴 鹏",
                "各位代表：",
            ],
            None,
        );
        assert_eq!(meta.title.as_deref(), Some("政府工作报告"));
        assert_eq!(meta.government.as_deref(), Some("定兴县"));
        assert_eq!(meta.speaker.as_deref(), Some("吴鹏"));
        assert_eq!(meta.year, Some(2020));
    }

    #[test]
    fn without_header_the_year_comes_from_the_review_heading() {
        let meta = parse(
            &["各位代表：", "现在，我代表容城县人民政府向大会报告工作。"],
            Some("一、2018年工作回顾"),
        );
        assert_eq!(meta.year, Some(2019));
        assert_eq!(meta.government.as_deref(), Some("容城县"));
        let meta = parse(&["各位代表："], Some("二〇二四年工作回顾"));
        assert_eq!(meta.year, Some(2025));
    }

    #[test]
    fn chinese_digit_dates() {
        assert_eq!(
            date("一九五四年九月二十三日在第一届全国人民代表大会第一次会议上").as_deref(),
            Some("1954-09-23")
        );
    }

    #[test]
    fn speaker_office_names_the_city() {
        let meta = parse(
            &["上海市市长\u{3000}应勇", "各位代表："],
            Some("一、2019年工作回顾"),
        );
        assert_eq!(meta.government.as_deref(), Some("上海市"));
        assert_eq!(meta.speaker.as_deref(), Some("应勇"));
    }

    #[test]
    fn a_bare_title_takes_the_page_title_naming_the_government() {
        let mut meta = parse(&["政 府 工 作 报 告", "各位代表："], Some("一、2021年工作回顾"));
        fill_from_page(
            &mut meta,
            &["工作报告", "2022年顺平县政府工作报告", "时间：2023-01-24"],
        );
        assert_eq!(meta.title.as_deref(), Some("2022年顺平县政府工作报告"));
        // A national report's title is the bare one; a page title naming no government adds nothing.
        let mut meta = parse(&["政府工作报告", "各位代表："], Some("一、2015年工作回顾"));
        fill_from_page(&mut meta, &["2016年政府工作报告（全文）"]);
        assert_eq!(meta.title.as_deref(), Some("政府工作报告"));
        // A title of the report's own that names its government stays.
        let mut meta = parse(&["2022年焦作市解放区政府工作报告", "各位代表："], None);
        fill_from_page(&mut meta, &["2022年解放区政府工作报告"]);
        assert_eq!(meta.title.as_deref(), Some("2022年焦作市解放区政府工作报告"));
    }
}
