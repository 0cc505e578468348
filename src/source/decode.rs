//! Bytes to text: BOM sniffing, UTF-8, UTF-16 and GB18030, and refusing what is not text.

use crate::error::Error;

/// The encoding a file was decoded from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    Utf8Bom,
    Utf16Le,
    Utf16Be,
    Gb18030,
}

impl Encoding {
    /// The conventional name, as users see it in `file` or an editor's status bar.
    pub fn name(self) -> &'static str {
        match self {
            Encoding::Utf8 => "UTF-8",
            Encoding::Utf8Bom => "UTF-8 with BOM",
            Encoding::Utf16Le => "UTF-16LE",
            Encoding::Utf16Be => "UTF-16BE",
            Encoding::Gb18030 => "GB18030",
        }
    }
}

/// Signatures of binary formats users are likely to pick by mistake.
const MAGIC: &[(&[u8], &str)] = &[
    (b"\x89PNG", "a PNG image"),
    (b"\x7fELF", "an ELF executable"),
    (b"%PDF", "a PDF document; extract its text first"),
    (
        b"PK\x03\x04",
        "a ZIP archive or an Office document; extract its text first",
    ),
    (
        b"\xd0\xcf\x11\xe0",
        "an old Office document; save it as text first",
    ),
    (b"GIF8", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"\x1f\x8b", "a gzip archive"),
];

/// Decodes a file's bytes into text.
///
/// Order matters: a BOM wins; then strict UTF-8 (what nearly every file is); then UTF-16 without a
/// BOM when the file has NUL bytes (text in UTF-8 or GB18030 never has); then GB18030, which covers
/// GBK and GB2312; then, last, UTF-16 without a BOM or any NUL byte (Chinese text on one line).
/// UTF-16 without a BOM is taken only when nearly every character it decodes to is one a report
/// uses. Text that decodes only into control characters is refused rather than returned as
/// mojibake.
pub fn decode(name: &str, bytes: &[u8]) -> Result<(String, Encoding), Error> {
    if bytes.is_empty() {
        return Err(Error::Empty { name: name.into() });
    }
    if let Some((_, what)) = MAGIC.iter().find(|(magic, _)| bytes.starts_with(magic)) {
        return Err(Error::Binary {
            name: name.into(),
            what: (*what).into(),
        });
    }
    if let Some((enc, bom_len)) = encoding_rs::Encoding::for_bom(bytes) {
        let body = &bytes[bom_len..];
        let (encoding, ours) = if enc == encoding_rs::UTF_8 {
            (enc, Encoding::Utf8Bom)
        } else if enc == encoding_rs::UTF_16LE {
            (enc, Encoding::Utf16Le)
        } else {
            (enc, Encoding::Utf16Be)
        };
        let text = encoding
            .decode_without_bom_handling_and_without_replacement(body)
            .ok_or_else(|| Error::Undecodable {
                name: name.into(),
                offset: first_invalid(encoding, body) + bom_len,
            })?;
        return checked(name, text.into_owned(), ours);
    }
    let has_nul = bytes.contains(&0);
    match std::str::from_utf8(bytes) {
        // NULs in valid UTF-8 are more likely UTF-16 of ASCII text, or binary: decided below.
        Ok(text) if !has_nul => return checked(name, text.to_owned(), Encoding::Utf8),
        Err(err) if err.error_len().is_none() && err.valid_up_to() + 4 > bytes.len() && !has_nul => {
            // A file cut off inside its last character: keep what is there.
            let text = String::from_utf8_lossy(&bytes[..err.valid_up_to()]).into_owned();
            return checked(name, text, Encoding::Utf8);
        }
        _ => {}
    }
    if has_nul {
        if let Some((text, encoding)) = utf16_without_bom(bytes) {
            return checked(name, text, encoding);
        }
        return Err(Error::Binary {
            name: name.into(),
            what: "it contains NUL bytes".into(),
        });
    }
    if let Some(text) = encoding_rs::GB18030.decode_without_bom_handling_and_without_replacement(bytes) {
        return checked(name, text.into_owned(), Encoding::Gb18030);
    }
    if let Some((text, encoding)) = utf16_without_bom(bytes) {
        return checked(name, text, encoding);
    }
    Err(Error::Undecodable {
        name: name.into(),
        offset: std::str::from_utf8(bytes).err().map_or(0, |e| e.valid_up_to()),
    })
}

/// Share of characters a UTF-16 guess must make plausible (see [`plausible`]).
const UTF16_PLAUSIBLE: f64 = 0.9;

/// UTF-16 without a BOM: the byte order under which (nearly) every character is one a report uses.
///
/// Counting NUL bytes by position is not enough: Chinese text has few (CJK units have none, but
/// 一 U+4E00 and 开 U+5F00 put one in the other position), and a text on one line has none. Read
/// in the wrong order, CJK lands mostly in Hangul, Yi, private-use and surrogate code points, and
/// ASCII line breaks in Gurmukhi, so the right order wins clearly.
fn utf16_without_bom(bytes: &[u8]) -> Option<(String, Encoding)> {
    // An odd length is a file cut off inside its last unit.
    let bytes = &bytes[..bytes.len() & !1];
    if bytes.len() < 4 {
        return None;
    }
    [
        (encoding_rs::UTF_16LE, Encoding::Utf16Le),
        (encoding_rs::UTF_16BE, Encoding::Utf16Be),
    ]
    .into_iter()
    .filter_map(|(encoding, ours)| {
        let text = encoding.decode_without_bom_handling_and_without_replacement(bytes)?;
        let total = text.chars().count();
        let share = text.chars().filter(|&c| plausible(c)).count() as f64 / total as f64;
        (share >= UTF16_PLAUSIBLE).then(|| (share, text.into_owned(), ours))
    })
    // Little-endian first on a tie: what Windows writes.
    .fold(None, |best: Option<(f64, String, Encoding)>, next| match best {
        Some(b) if b.0 >= next.0 => Some(b),
        _ => Some(next),
    })
    .map(|(_, text, encoding)| (text, encoding))
}

/// Characters a Chinese report is made of: ASCII text, Latin-1, general punctuation and symbols,
/// CJK punctuation, ideographs (also the supplementary ones) and full-width forms.
fn plausible(c: char) -> bool {
    matches!(c as u32,
        0x20..=0x7e | 0x09 | 0x0a | 0x0d | 0xa0..=0xff
        | 0x2000..=0x2bff | 0x3000..=0x33ff | 0x3400..=0x4dbf | 0x4e00..=0x9fff
        | 0xf900..=0xfaff | 0xfe30..=0xfe4f | 0xff00..=0xffef | 0x20000..=0x3ffff)
}

fn first_invalid(encoding: &'static encoding_rs::Encoding, bytes: &[u8]) -> usize {
    let mut decoder = encoding.new_decoder_without_bom_handling();
    let mut out = String::with_capacity(bytes.len() * 3);
    let (result, read) = decoder.decode_to_string_without_replacement(bytes, &mut out, true);
    match result {
        encoding_rs::DecoderResult::Malformed(bad, _) => read.saturating_sub(bad as usize),
        _ => read,
    }
}

/// Refuses decoded text that is mostly control characters: a binary file that happened to decode.
fn checked(name: &str, text: String, encoding: Encoding) -> Result<(String, Encoding), Error> {
    let mut total = 0usize;
    let mut control = 0usize;
    for c in text.chars() {
        total += 1;
        if c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{c}') {
            control += 1;
        }
    }
    if control > 0 && (control * 20 > total || text.contains('\0')) {
        return Err(Error::Binary {
            name: name.into(),
            what: format!(
                "{control} of its {total} characters are control characters (decoded as {})",
                encoding.name()
            ),
        });
    }
    Ok((text, encoding))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn enc(bytes: &[u8]) -> Encoding {
        decode("t", bytes).unwrap().1
    }

    #[test]
    fn utf8_with_and_without_bom() {
        assert_eq!(enc("各位代表：".as_bytes()), Encoding::Utf8);
        let mut b = b"\xef\xbb\xbf".to_vec();
        b.extend_from_slice("各位代表：".as_bytes());
        let (text, e) = decode("t", &b).unwrap();
        assert_eq!(e, Encoding::Utf8Bom);
        assert_eq!(text, "各位代表：");
    }

    #[test]
    fn utf16_with_bom_both_orders() {
        let units: Vec<u16> = "各位代表：现在".encode_utf16().collect();
        let mut le = vec![0xff, 0xfe];
        let mut be = vec![0xfe, 0xff];
        for u in &units {
            le.extend_from_slice(&u.to_le_bytes());
            be.extend_from_slice(&u.to_be_bytes());
        }
        assert_eq!(decode("t", &le).unwrap().0, "各位代表：现在");
        assert_eq!(enc(&be), Encoding::Utf16Be);
    }

    #[test]
    fn utf16_without_bom_is_recognised_by_its_nul_bytes() {
        let text = "2022年 GDP 181.8亿元, up 5.3%\n各位代表：";
        let le: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
        let (decoded, e) = decode("t", &le).unwrap();
        assert_eq!((decoded.as_str(), e), (text, Encoding::Utf16Le));
    }

    #[test]
    fn utf16_without_bom_is_recognised_despite_nuls_inside_chinese_characters() {
        // 一 (U+4E00) and 开 (U+5F00) hold a NUL byte in the position ASCII does not: counting
        // NULs by position took this report for binary.
        let text = "一、2021年工作回顾\n开展“一村一品”行动，一般公共预算收入增长5.3%。\n";
        for (bytes, encoding) in [
            (
                text.encode_utf16().flat_map(u16::to_le_bytes).collect::<Vec<_>>(),
                Encoding::Utf16Le,
            ),
            (
                text.encode_utf16().flat_map(u16::to_be_bytes).collect(),
                Encoding::Utf16Be,
            ),
        ] {
            let (decoded, e) = decode("t", &bytes).unwrap();
            assert_eq!((decoded.as_str(), e), (text, encoding));
        }
    }

    #[test]
    fn utf16_without_bom_or_any_nul_is_recognised() {
        // One line of Chinese: no ASCII, so no NUL byte to count; not GB18030 either.
        let text = "全区经济社会发展取得新成就各位代表现在我代表区人民政府向大会报告工作";
        let le: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
        assert!(!le.contains(&0));
        assert_eq!(decode("t", &le).unwrap(), (text.to_string(), Encoding::Utf16Le));
    }

    #[test]
    fn a_gbk_page_full_of_ascii_markup_stays_gb18030() {
        // Pairs of ASCII bytes read as UTF-16 are CJK ideographs: only a NUL byte, or a text that
        // is not GB18030, lets UTF-16 without a BOM be considered.
        let page = "<html><head><meta charset=\"gbk\"><title>政府工作报告</title></head><body><p>各位代表：</p></body></html>";
        let (bytes, _, _) = encoding_rs::GBK.encode(page);
        assert_eq!(
            decode("t", &bytes).unwrap(),
            (page.to_string(), Encoding::Gb18030)
        );
    }

    #[test]
    fn gbk_is_decoded_as_gb18030() {
        let (bytes, _, _) = encoding_rs::GBK.encode("政府工作报告——2020年5月22日");
        let (text, e) = decode("t", &bytes).unwrap();
        assert_eq!(e, Encoding::Gb18030);
        assert_eq!(text, "政府工作报告——2020年5月22日");
    }

    #[test]
    fn binary_signatures_and_nul_bytes_are_refused() {
        let err = decode("pic.png", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").unwrap_err();
        assert_eq!(err.to_string(), "pic.png: this is not a text file (a PNG image)");
        assert!(matches!(
            decode("x", b"\x01\x02\x03\x00\x00\x05\x06\x07\xff\xfe\xfd").unwrap_err(),
            Error::Binary { .. }
        ));
    }

    #[test]
    fn bytes_valid_in_no_encoding_are_an_error_naming_the_file() {
        // 0xFF is invalid in UTF-8 and cannot start a GB18030 character.
        let err = decode("bad.txt", b"abc \xff\xff\xff def").unwrap_err();
        assert!(matches!(err, Error::Undecodable { .. }), "{err}");
        assert!(err.to_string().starts_with("bad.txt: cannot decode"));
    }

    #[test]
    fn empty_input_is_an_error() {
        assert_eq!(
            decode("e.txt", b"").unwrap_err().to_string(),
            "e.txt: the file is empty"
        );
    }
}
