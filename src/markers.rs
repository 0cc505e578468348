//! Recognisers for the fixed phrases of a work report: title, meeting line, speaker, headings.
//!
//! Shared by `source` (to find where the report starts and ends inside a page) and `outline`
//! (to parse it). Every function looks at one cleaned line.

use std::sync::LazyLock;

use regex_lite::Regex;

fn re(pattern: &str) -> Regex {
    Regex::new(pattern).expect("static regex")
}

/// The value of a small Chinese numeral as used in headings: 一 … 九十九.
pub fn small_numeral(s: &str) -> Option<u32> {
    let digit = |c: char| {
        "零一二三四五六七八九"
            .chars()
            .position(|d| d == c)
            .map(|n| n as u32)
    };
    let chars: Vec<char> = s.chars().collect();
    match chars.as_slice() {
        [c] if *c == '十' => Some(10),
        [c] => digit(*c).filter(|&n| n > 0),
        ['十', u] => Some(10 + digit(*u)?),
        [t, '十'] => Some(digit(*t)? * 10),
        [t, '十', u] => Some(digit(*t)? * 10 + digit(*u)?),
        _ => None,
    }
}

/// The numeral for `n` as headings write it (`1 → 一`, `12 → 十二`); the inverse of `small_numeral`.
pub fn numeral(n: u32) -> String {
    const D: [&str; 10] = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
    match n {
        0..=9 => D[n as usize].to_string(),
        10..=19 => format!("十{}", if n > 10 { D[(n - 10) as usize] } else { "" }),
        _ => format!(
            "{}十{}",
            D[(n / 10 % 10) as usize],
            if !n.is_multiple_of(10) {
                D[(n % 10) as usize]
            } else {
                ""
            }
        ),
    }
}

/// `各位代表：` and its variants, alone on a line: the report's first words to the congress.
pub fn is_salutation(line: &str) -> bool {
    static RE: LazyLock<Regex> =
        LazyLock::new(|| re(r"^各位(?:人大)?代表(?:[、，,]\s*同志们)?[：:，,！!]?$"));
    RE.is_match(line.trim())
}

/// A title line: `2022年焦作市解放区政府工作报告`, `政 府 工 作 报 告`, `标题：…`, also with
/// the meeting after a dash (`政府工作报告——2025年1月13日在…会议上`). Not a meeting line that ends
/// `…省长王凯作政府工作报告`, nor a photo caption.
pub fn is_title(line: &str) -> bool {
    if !line.contains('告') || line.len() > 240 {
        return false;
    }
    let compact = compact(line);
    let head = compact.split("——").next().unwrap_or("");
    head.contains("工作报告")
        && compact.chars().count() <= 60
        && !compact.contains('。')
        && !head.contains("会议")
        && !head.contains("作政府工作报告")
}

/// Removes the spaces some pages put between every character of a title (`政 府 工 作 报 告`).
pub fn compact(line: &str) -> String {
    line.chars().filter(|c| !c.is_whitespace()).collect()
}

/// The meeting line: `——2022年6月1日在区十五届人大一次会议上`, `（2020年1月9日在…会议上）`.
/// Also the long form `2025年1月13日在福建省…会议上福建省人民政府省长赵龙作政府工作报告。`
/// and the second half of a broken one (`第五次会议上`).
pub fn is_meeting(line: &str) -> bool {
    static DATE: LazyLock<Regex> =
        LazyLock::new(|| re(r"[0-9]{4}\s*年\s*[0-9]{1,2}\s*月|[〇零○一二三四五六七八九]{4}年"));
    let n = line.chars().count();
    let at_meeting = line.contains("会议上") || line.contains("会议的");
    n <= 100
        && line.contains("会议")
        && (DATE.is_match(line) || at_meeting)
        && (!line.ends_with('。') || line.ends_with("工作报告。"))
        && !line.contains("开幕")
}

static OFFICE: LazyLock<Regex> =
    LazyLock::new(|| re(r"^(.*?(?:总理|省长|市长|区长|县长|州长|旗长|盟长|主席))(.*)$"));

/// The speaker line: `解放区人民政府代区长  千怀贵`, `国务院总理`, `省长 李炳军`.
/// Returns (office, name) where the line has them.
pub fn speaker(line: &str) -> Option<(String, Option<String>)> {
    let line = line.trim();
    if line.chars().count() > 40 || line.contains('。') || line.contains('，') {
        return None;
    }
    let caps = OFFICE.captures(line)?;
    let office = caps[1].trim().to_string();
    // What follows the office is the name, possibly spaced out or padded with `?` by a scraper.
    let rest = &caps[2];
    if !rest
        .chars()
        .all(|c| c.is_whitespace() || is_name_char(c) || matches!(c, '?' | '？'))
    {
        return None;
    }
    let name = compact(rest).replace(['?', '？'], "");
    let name = (2..=4).contains(&name.chars().count()).then_some(name);
    Some((office, name))
}

fn is_name_char(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c) || matches!(c, '·' | '•')
}

/// A line with only a person's name (the speaker's name on a line of its own): `李克强`, `吴 鹏`.
pub fn is_name(line: &str) -> bool {
    let c = compact(line);
    let n = c.chars().count();
    (2..=4).contains(&n)
        && c.chars()
            .all(|ch| ('\u{4e00}'..='\u{9fff}').contains(&ch) || ch == '·')
}

/// A line holding only a date: `2020年1月9日`, `2025年01月23日`, `时间：2026-02-11` is chrome.
pub fn is_date(line: &str) -> bool {
    static RE: LazyLock<Regex> = LazyLock::new(|| re(r"^[（(]?[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日[）)]?$"));
    RE.is_match(line.trim())
}

/// A numbered part heading `一、…` (also `一．`, `一 、`): returns the number and the marker's
/// length in bytes (numeral, separator and any space after it).
pub fn part_marker(line: &str) -> Option<(u32, usize)> {
    static RE: LazyLock<Regex> = LazyLock::new(|| re(r"^([一二三四五六七八九十]{1,3})\s*[、．.]\s*"));
    let caps = RE.captures(line)?;
    let m = caps.get(0)?;
    // `一.5亿元` is a number, not a heading.
    if line[m.end()..].starts_with(|c: char| c.is_ascii_digit()) && !m.as_str().contains('、') {
        return None;
    }
    Some((small_numeral(&caps[1])?, m.end()))
}

/// A numbered section heading `（一）…` / `(一)…`: returns the number and the marker's length.
pub fn section_marker(line: &str) -> Option<(u32, usize)> {
    static RE: LazyLock<Regex> = LazyLock::new(|| re(r"^[（(]\s*([一二三四五六七八九十]{1,3})\s*[）)]\s*"));
    let caps = RE.captures(line)?;
    Some((small_numeral(&caps[1])?, caps.get(0)?.end()))
}

/// A numbered item `1.` `2、` `（3）` at the start of a paragraph (not a decimal like `1.5亿元`).
pub fn item_marker(line: &str) -> Option<(u32, usize)> {
    static RE: LazyLock<Regex> =
        LazyLock::new(|| re(r"^(?:([0-9]{1,2})\s*[.．、]|[（(]([0-9]{1,2})[）)])\s*"));
    let caps = RE.captures(line)?;
    let m = caps.get(0)?;
    if line[m.end()..].starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let n = caps.get(1).or(caps.get(2))?.as_str().parse().ok()?;
    Some((n, m.end()))
}

/// The heading of a glossary: `名词解释`, `※注释※`, `《政府工作报告》部分词语解释`, `附：短语说明`,
/// `附件2 名词解释`.
pub fn is_glossary_heading(line: &str) -> bool {
    static RE: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"^[※*＊【\[]*(?:附件?[0-9]*[：:]?)?(?:《政府工作报告》)?(?:有关内容|部分)?(?:(?:名词|词语|短语|用语|术语)(?:解释|注释|说明)|注释|注解)[※*＊】\]：:]*$",
        )
    });
    // Cheap tests first: this runs on every line of every report.
    line.len() <= 120
        && ["解释", "注释", "说明", "注解", "解 释", "注 释"]
            .iter()
            .any(|w| line.contains(w))
        && RE.is_match(&compact(line))
}

/// A glossary entry: `1.四早:…`, `[1]“六稳”“六保”任务：…`, `［1］一降三减：`. Returns the entry
/// number and the marker's length.
pub fn glossary_marker(line: &str) -> Option<(u32, usize)> {
    static RE: LazyLock<Regex> = LazyLock::new(|| {
        re(r"^(?:[\[［【〔]\s*([0-9]{1,3})\s*[\]］】〕]|([0-9]{1,3})\s*[.．、]|[（(]([0-9]{1,3})[）)])\s*")
    });
    let caps = RE.captures(line)?;
    let n = caps
        .get(1)
        .or(caps.get(2))
        .or(caps.get(3))?
        .as_str()
        .parse()
        .ok()?;
    Some((n, caps.get(0)?.end()))
}

/// The heading of an annex after the closing: `附件1`, `附件：`, `附录`.
pub fn is_annex_heading(line: &str) -> bool {
    static RE: LazyLock<Regex> = LazyLock::new(|| re(r"^(?:附件|附录|附表)\s*[0-9]*\s*[：:]?"));
    let n = line.chars().count();
    n <= 30 && RE.is_match(line.trim())
}

/// Words only page furniture contains.
const CHROME_WORDS: &[&str] = &[
    "相关报道",
    "相关文章",
    "相关附件",
    "相关链接",
    "相关文档",
    "相关阅读",
    "打印本页",
    "关闭窗口",
    "扫一扫",
    "分享到",
    "免责声明",
    "版权所有",
    "Copyright",
    "©",
    "上一篇",
    "下一篇",
    "责任编辑",
    "【纠错】",
    "您需要登录",
    "立即注册",
    "回帖",
    "返回顶部",
    "返回列表",
    "本作品是",
    "公有领域",
    "Public domain",
    "维基文库",
    "浏览次数",
    "阅读次数",
    "网站地图",
    "联系我们",
    "http://",
    "https://",
    "www.",
    "来源URL",
];

/// Lines that are furniture in full: buttons and labels.
const CHROME_LINES: &[&str] = &[
    "下载", "打印", "全屏", "收藏", "加大", "还原", "减小", "大", "中", "小", "【", "】", "[", "]", "关闭",
    "|", "false", "true",
];

/// Page furniture of the sites reports are saved from; never report text.
pub fn is_chrome(line: &str) -> bool {
    static LABEL: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"^(?:来源|时间|作者|发布时间|发文时间|发文单位|发布机构|字号|字体|标题|正文|阅读|评论|编辑)\s*[：:]|^【?字号|^当前位置|^分享|^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:\s+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)?$",
        )
    });
    let line = line.trim();
    CHROME_LINES.contains(&line)
        || line.ends_with('摄')
        || CHROME_WORDS.iter().any(|w| line.contains(w))
        || LABEL.is_match(line)
}

/// Ends a sentence.
pub fn is_sentence_end(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '!' | '?')
}

/// The closing exhortation ends the body: `…而努力奋斗！`.
pub fn is_exclamation_end(line: &str) -> bool {
    let t = line.trim_end_matches(['”', '"', '）', ')']);
    (t.ends_with('！') || t.ends_with('!')) && line.chars().count() >= 15
}

/// Whether a line ends in an exclamation, or in one followed by a short tail that is no sentence
/// (`…新篇章！索马 克 数 据 网`: a site's watermark pasted onto the closing line).
pub fn is_exclamation_end_with_tail(line: &str) -> bool {
    if is_exclamation_end(line) {
        return true;
    }
    let Some(at) = line.rfind(['！', '!']) else {
        return false;
    };
    let tail = &line[at..].trim_start_matches(['！', '!']);
    line.chars().count() >= 15
        && tail.chars().filter(|c| !c.is_whitespace()).count() <= 12
        && !tail.contains(['。', '，', '；', '：', '！', '？', '、', ',', '.', ';', ':', '?'])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_closing_line_may_carry_a_watermark() {
        let line = "各位代表！让我们团结一心，奋力谱写高质量发展的新篇章！    搜索马 克 数 据 网";
        assert!(!is_exclamation_end(line));
        assert!(is_exclamation_end_with_tail(line));
        assert!(!is_exclamation_end_with_tail(
            "各位代表！过去的一年，是迎难而上的一年，我们在攻坚克难中奋进。"
        ));
    }

    #[test]
    fn numerals_round_trip() {
        for n in 1..=99 {
            assert_eq!(small_numeral(&numeral(n)), Some(n), "{n} {}", numeral(n));
        }
        assert_eq!(numeral(10), "十");
        assert_eq!(numeral(21), "二十一");
        assert_eq!(small_numeral("十一十"), None);
    }

    #[test]
    fn salutations() {
        for s in [
            "各位代表：",
            "各位代表:",
            "各位代表、同志们：",
            "各位代表！",
            "  各位代表，",
        ] {
            assert!(is_salutation(s), "{s}");
        }
        assert!(!is_salutation("各位代表，这些成绩的取得，是区委统揽全局的结果。"));
    }

    #[test]
    fn titles_meeting_lines_and_speakers() {
        assert!(is_title("2022年焦作市解放区政府工作报告"));
        assert!(is_title("政 府 工 作 报 告"));
        assert!(!is_title("王正谱作政府工作报告。河北日报记者 霍艳恩摄"));
        assert!(is_meeting("——2022年6月1日在区十五届人大一次会议上"));
        assert!(is_meeting(
            "（2020年1月9日在定兴县第十五届人民代表大会第四次会议上）"
        ));
        assert_eq!(
            speaker("解放区人民政府代区长  千怀贵"),
            Some(("解放区人民政府代区长".into(), Some("千怀贵".into())))
        );
        assert_eq!(speaker("国务院总理"), Some(("国务院总理".into(), None)));
        assert_eq!(
            speaker("定兴县人民政府县长?? 吴?? 鹏").unwrap().1.as_deref(),
            Some("吴鹏")
        );
        assert!(speaker("各位代表，这五年，是区长带领大家奋斗的五年。").is_none());
    }

    #[test]
    fn part_markers_full_and_half_width_with_spaces() {
        assert_eq!(part_marker("一、2021年工作回顾"), Some((1, "一、".len())));
        assert_eq!(part_marker("二、 2020年主要目标"), Some((2, "二、 ".len())));
        assert_eq!(part_marker("三 、切实加强政府自身建设"), Some((3, "三 、".len())));
        assert_eq!(part_marker("十二．其他"), Some((12, "十二．".len())));
        assert_eq!(part_marker("一是围绕市场主体的急需"), None);
        assert_eq!(part_marker("一.5亿元"), None);
    }

    #[test]
    fn section_and_item_markers() {
        assert_eq!(section_marker("(一)担使命、守底线"), Some((1, 5)));
        assert_eq!(
            section_marker("（十二）加强政府自身建设"),
            Some((12, "（十二）".len()))
        );
        assert_eq!(section_marker("（ 六 ）坚持"), Some((6, "（ 六 ）".len())));
        assert_eq!(section_marker("（1）项目"), None);
        assert_eq!(item_marker("1.持续强化项目建设。"), Some((1, 2)));
        assert_eq!(item_marker("（3）加强园区建设"), Some((3, "（3）".len())));
        assert_eq!(item_marker("1.5亿元的项目"), None);
    }

    #[test]
    fn glossary_headings_and_entries() {
        for h in [
            "名词解释",
            "名 词 解 释",
            "《政府工作报告》有关内容名词注释",
            "※名词解释※",
            "*名词解释",
            "名词解释：",
            "※注释※",
            "注释",
            "附：短语说明",
            "附：名词解释",
            "附件2 名词解释",
            "《政府工作报告》部分词语解释",
        ] {
            assert!(is_glossary_heading(h), "{h}");
        }
        assert!(!is_glossary_heading("注释说明了很多问题。"));
        assert_eq!(glossary_marker("1.四早:早发现"), Some((1, 2)));
        assert_eq!(glossary_marker("[12]“九通一平”：九通即"), Some((12, 4)));
        assert_eq!(glossary_marker("［1］一降三减："), Some((1, "［1］".len())));
        assert_eq!(
            glossary_marker("〔74〕三线厂：自1964年起"),
            Some((74, "〔74〕".len()))
        );
    }

    #[test]
    fn chrome_lines() {
        for c in [
            "相关报道：",
            "打印本页",
            "扫一扫在手机打开当前页",
            "来源：安徽日报",
            "时间：2026-02-11",
            "【字号：",
            "减小",
            "王正谱作政府工作报告。河北日报记者 霍艳恩摄",
            "快速回复 返回顶部 返回列表",
        ] {
            assert!(is_chrome(c), "{c}");
        }
        for c in [
            "各位代表：",
            "一、2024年工作回顾",
            "主办单位：省交通运输厅，各州、市人民政府",
        ] {
            assert!(!is_chrome(c), "{c}");
        }
    }
}
