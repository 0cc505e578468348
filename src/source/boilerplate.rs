//! Finds the report inside a saved page: where it starts, where it ends, what around it is chrome.
//!
//! The report starts at its header block (title, meeting line, speaker) just above `各位代表：`,
//! and ends after the closing exhortation (`…而努力奋斗！`) plus whatever glossary or annex follows
//! it. Page furniture before, inside the header block, after, and a second copy of the report
//! are cut, and each cut is reported so the user can see what was left out.

use std::ops::Range;

use crate::markers::{
    glossary_marker, is_annex_heading, is_chrome, is_date, is_exclamation_end, is_glossary_heading,
    is_meeting, is_name, is_salutation, is_sentence_end, is_title, item_marker, part_marker, section_marker,
    speaker,
};

/// Where a cut was made, relative to the report body.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum CutPosition {
    /// Page chrome before the report (site menus, forum header, a truncated summary).
    Before,
    /// Chrome inside the header block (`来源：…`, `时间：…`, a photo caption).
    Header,
    /// A repeated stretch: a truncated copy of the closing, or a second copy of the whole report.
    Duplicate,
    /// Page chrome after the report (footers, related links, licence notices).
    After,
}

/// Line ranges kept as the report body, and the line ranges cut, in line order.
#[derive(Debug, Default)]
pub(crate) struct Trim {
    pub cuts: Vec<(Range<usize>, CutPosition)>,
}

impl Trim {
    pub fn is_cut(&self, line: usize) -> bool {
        self.cuts.iter().any(|(r, _)| r.contains(&line))
    }
}

/// `各位代表：` on its own line, or run together with the opening sentence (guowuyuan-2006:
/// `各位代表，现在，我代表国务院，作政府工作报告…`).
fn opens_report(line: &str) -> bool {
    (is_salutation(line) && (line.ends_with('：') || line.ends_with(':')))
        || (line.starts_with("各位代表") && line.contains("我代表") && line.chars().count() <= 120)
}

/// How far above the salutation the header block may reach.
const HEADER_REACH: usize = 14;

pub(crate) fn trim(lines: &[String]) -> Trim {
    let n = lines.len();
    let mut trim = Trim::default();
    if n == 0 {
        return trim;
    }
    let anchor = lines
        .iter()
        .position(|l| opens_report(l))
        .or_else(|| {
            lines
                .iter()
                .position(|l| is_meeting(l) && l.chars().count() <= 60)
        })
        .or_else(|| {
            lines
                .iter()
                .position(|l| part_marker(l).is_some_and(|(k, _)| k == 1) && l.chars().count() <= 40)
        })
        .unwrap_or(0);

    // Walk up from the anchor through the header block; chrome inside it is cut, the title is its top.
    let mut start = anchor;
    let mut header_chrome = Vec::new();
    let mut i = anchor;
    while i > 0 && anchor - i < HEADER_REACH {
        let line = &lines[i - 1];
        if i >= 2
            && !is_title(line)
            && !is_title(&lines[i - 2])
            && is_title(&format!("{}{}", lines[i - 2], line))
        {
            start = i - 2; // a title broken over two lines: `政府工作报` / `告`
            break;
        }
        if is_title(line) && !is_chrome_only(line) {
            start = i - 1;
            break;
        }
        let name_below_office = is_name(line) && i >= 2 && speaker(&lines[i - 2]).is_some();
        // `来源：` / `陕西省人民政府`: the value of a bare label on the line above is chrome too.
        let labelled = i >= 2 && is_bare_label(&lines[i - 2]);
        let header = is_meeting(line) || speaker(line).is_some() || name_below_office || is_date(line);
        if header && !is_chrome(line) {
            start = i - 1;
        } else if is_chrome(line) || labelled || line.chars().count() <= 4 {
            header_chrome.push(i - 1);
        } else {
            break;
        }
        i -= 1;
    }
    if start > 0 {
        trim.cuts.push((0..start, CutPosition::Before));
    }
    for &h in header_chrome.iter().rev() {
        if h >= start {
            trim.cuts.push((h..h + 1, CutPosition::Header));
        }
    }

    let limit = second_copy(lines, anchor, start).unwrap_or(n);
    let closing = (anchor..limit)
        .rev()
        .find(|&z| is_exclamation_end(&lines[z]) && glossary_marker(&lines[z]).is_none());
    let end = match closing {
        Some(z) => {
            // A truncated copy of the closing and glossary before the full one (fuping-2020).
            if let Some(k) = (anchor..z).rev().find(|&k| lines[k] == lines[z])
                && lines[k + 1..z].iter().all(|l| is_glossary_like(l))
            {
                trim.cuts.push((k..z, CutPosition::Duplicate));
            }
            let mut end = z + 1;
            while end < limit && !is_chrome(&lines[end]) && !starts_menu(&lines[end..limit]) {
                end += 1;
            }
            end
        }
        None => {
            let mut end = limit;
            while end > start + 1 && (is_chrome(&lines[end - 1]) || is_menu_item(&lines[end - 1])) {
                end -= 1;
            }
            end
        }
    };
    if end < limit {
        trim.cuts.push((end..limit, CutPosition::After));
    }
    if limit < n {
        trim.cuts.push((limit..n, CutPosition::Duplicate));
    }
    trim.cuts.sort_by_key(|(r, _)| r.start);
    // Neighbouring cuts of the same kind are one stretch of chrome.
    let mut merged: Vec<(Range<usize>, CutPosition)> = Vec::with_capacity(trim.cuts.len());
    for (range, position) in trim.cuts {
        match merged.last_mut() {
            Some((last, p)) if *p == position && last.end == range.start => last.end = range.end,
            _ => merged.push((range, position)),
        }
    }
    trim.cuts = merged;
    trim
}

fn is_bare_label(line: &str) -> bool {
    line.chars().count() <= 6 && (line.ends_with('：') || line.ends_with(':')) && is_chrome(line)
}

/// `标题：2021年河北省政府工作报告` is a title even though `标题：` is chrome; a bare `标题：` is not.
fn is_chrome_only(line: &str) -> bool {
    line.chars().count() <= 4
}

/// A second copy of the report on the same page starts with the same salutation, opening sentence
/// or first part heading; returns where its header block begins.
fn second_copy(lines: &[String], anchor: usize, start: usize) -> Option<usize> {
    let salutation = opens_report(&lines[anchor]).then(|| lines[anchor].as_str());
    let opening = lines
        .get(anchor + 1)
        .filter(|l| salutation.is_some() && l.chars().count() >= 12)
        .map(String::as_str);
    let first_part = (anchor..lines.len())
        .find(|&i| part_marker(&lines[i]).is_some_and(|(k, _)| k == 1) && lines[i].chars().count() >= 6);
    let repeats = |d: usize| {
        let l = &lines[d];
        Some(l.as_str()) == salutation
            || first_part.is_some_and(|p| p < d && lines[p] == *l)
            || opening.is_some_and(|o| l.ends_with(o) && l.starts_with("各位代表"))
            || opening == Some(l.as_str())
    };
    let d = (anchor + 2..lines.len()).find(|&d| repeats(d))?;
    let mut top = d;
    while top > start + 1 && top + HEADER_REACH > d {
        let l = &lines[top - 1];
        if is_title(l) || is_meeting(l) || speaker(l).is_some() || is_date(l) {
            top -= 1;
        } else {
            break;
        }
    }
    Some(top)
}

fn is_glossary_like(line: &str) -> bool {
    is_glossary_heading(line)
        || glossary_marker(line).is_some()
        || line.ends_with('。')
        || line.ends_with('：')
}

fn ends_sentence(line: &str) -> bool {
    line.trim_end_matches(['”', '"', '）', ')', '】'])
        .chars()
        .last()
        .is_some_and(|c| is_sentence_end(c) || matches!(c, '；' | ';' | '：' | ':'))
}

/// A short line that is neither a sentence nor numbered: a menu entry, a link, a tag.
fn is_menu_item(line: &str) -> bool {
    line.chars().count() <= 12
        && !ends_sentence(line)
        && glossary_marker(line).is_none()
        && part_marker(line).is_none()
        && section_marker(line).is_none()
        && item_marker(line).is_none()
        && !is_glossary_heading(line)
        && !is_annex_heading(line)
}

/// Three menu-like lines in a row are site navigation, not an annex.
fn starts_menu(rest: &[String]) -> bool {
    rest.len() >= 3 && rest[..3].iter().all(|l| is_menu_item(l))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(text: &str) -> Vec<String> {
        text.lines().map(str::to_string).collect()
    }

    fn kept(text: &str) -> Vec<String> {
        let lines = lines(text);
        let trim = trim(&lines);
        (0..lines.len())
            .filter(|&i| !trim.is_cut(i))
            .map(|i| lines[i].clone())
            .collect()
    }

    const BODY: &str = "各位代表:\n现在,我代表区人民政府,向大会作工作报告,请予审议。\n一、2021年工作回顾\n正文一段。\n各位代表!蓝图绘就,惟有奋斗。让我们更加紧密地团结起来而努力奋斗!";

    #[test]
    fn forum_header_and_footer_are_cut() {
        let text = format!(
            "设为首页收藏本站\n查看: 613|回复: 0\n[河南] 2022年焦作市解放区政府工作报告\n[复制链接]\n开心\n发表于 2023-2-23 19:22:26 | 显示全部楼层 |阅读模式\n2022年焦作市解放区政府工作报告\n——2022年6月1日在区十五届人大一次会议上\n解放区人民政府代区长  千怀贵\n{BODY}\n《政府工作报告》部分词语解释\n1.四早:早发现、早报告、早隔离、早治疗。\n2.三零:零上访、零事故、零案件。\n您需要登录后才可以回帖 登录 | 立即注册\n本版积分规则\n客服中心\n关闭\n9:00-18:00\n快速回复 返回顶部 返回列表"
        );
        let kept = kept(&text);
        assert_eq!(kept[0], "2022年焦作市解放区政府工作报告");
        assert_eq!(kept.last().unwrap(), "2.三零:零上访、零事故、零案件。");
        assert_eq!(kept.len(), 3 + 5 + 3);
    }

    #[test]
    fn chrome_inside_the_header_block_is_cut_but_the_title_kept() {
        let text = format!(
            "下载\n打印\n【字号：\n减小\n】\n2026年安徽省政府工作报告\n——2026年2月5日在安徽省第十四届人民代表大会第四次会议上\n来源：安徽日报\n时间：2026-02-11\n省人民政府省长 王清宪\n{BODY}\n相关报道：\n打印本页"
        );
        let lines = lines(&text);
        let trim = trim(&lines);
        assert_eq!(
            trim.cuts,
            vec![
                (0..5, CutPosition::Before),
                (7..9, CutPosition::Header),
                (15..17, CutPosition::After)
            ]
        );
    }

    #[test]
    fn a_title_split_over_two_lines_is_the_top_of_the_report() {
        let text = format!(
            "网站首页\n政府工作报\n告\n——2021年3月5日在第十三届全国人民代表大会第四次会议上\n国务院总理\n李克强\n{BODY}"
        );
        assert_eq!(kept(&text)[..2], ["政府工作报", "告"]);
    }

    #[test]
    fn a_page_holding_the_report_twice_keeps_the_first_copy() {
        let text = format!(
            "2021年河北省政府工作报告\n{BODY}\n来源：河北新闻网\n石家庄市\n承德市\n2021年河北省政府工作报告\n{BODY}\n网站地图"
        );
        let lines = lines(&text);
        let trim = trim(&lines);
        assert_eq!(
            trim.cuts,
            vec![(6..9, CutPosition::After), (9..16, CutPosition::Duplicate)]
        );
    }

    #[test]
    fn a_repeated_opening_after_the_footer_is_a_duplicate() {
        // sichuan-2026 ends with the page title and opening sentence once more.
        let text = format!(
            "2026年四川省人民政府工作报告\n{BODY}\n相关附件>>\n2026年四川省人民政府工作报告\n各位代表:现在,我代表区人民政府,向大会作工作报告,请予审议。"
        );
        let lines = lines(&text);
        let trim = trim(&lines);
        assert_eq!(
            trim.cuts,
            vec![(6..7, CutPosition::After), (7..9, CutPosition::Duplicate)]
        );
    }

    #[test]
    fn a_truncated_copy_of_closing_and_glossary_is_cut() {
        let closing = "各位代表!决胜全面小康的冲锋号已经吹响,让我们为夺取全面建成小康社会伟大胜利而努力奋斗!";
        let text = format!(
            "各位代表：\n正文。\n{closing}\n名词解释\n1.四早：早发现。\n{closing}\n名词解释\n1.四早：早发现。\n2.三零：零上访。"
        );
        let lines = lines(&text);
        assert_eq!(trim(&lines).cuts, vec![(2..5, CutPosition::Duplicate)]);
    }

    #[test]
    fn annexes_after_the_closing_are_kept() {
        let text = format!(
            "{BODY}\n附件1\n2025年省十件民生实事\n一、提高城乡居民基础养老金最低标准。\n主办单位：省民政厅\n附件2 名词解释\n1.分线管理：货物“一线”放开。\n扫一扫在手机打开当前页"
        );
        let kept = kept(&text);
        assert_eq!(kept.last().unwrap(), "1.分线管理：货物“一线”放开。");
        assert_eq!(kept.len(), 5 + 6);
    }

    #[test]
    fn without_a_closing_exclamation_trailing_menus_are_still_cut() {
        let text = "各位代表：\n一、工作回顾\n正文。\n政府信息公开\n2023年\n城区";
        assert_eq!(kept(text), ["各位代表：", "一、工作回顾", "正文。"]);
    }
}
