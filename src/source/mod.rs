//! The bytes a user has → the text of the report, with a map back to the input they gave.
//!
//! ```
//! let page = "设为首页\n2022年某区政府工作报告\n各位代表：\r\n一、工作回顾\r\n全区经济平稳运行。\r\n让我们更加紧密地团结起来，为建设美好家园而努力奋斗！\r\n返回顶部";
//! let source = govdiff::Source::from_bytes("page.txt", page.as_bytes()).unwrap();
//! assert!(source.text().starts_with("2022年某区政府工作报告\n各位代表："));
//! assert_eq!(source.cuts().len(), 2); // the page header and the footer
//! // Every span of the cleaned text points back into the input.
//! let at = source.text().find("一、").unwrap();
//! assert_eq!(source.original_range(at..at + "一、".len()), 26..28);
//! ```

mod boilerplate;
mod clean;
mod decode;
mod fold;

use std::io::Read;
use std::ops::Range;
use std::path::Path;

pub use boilerplate::CutPosition;
pub use clean::Fixes;
pub use decode::Encoding;

use crate::error::{Error, Result, display_name};

/// Files larger than this are refused: the longest real report is about 110 KB.
pub const MAX_BYTES: u64 = 16 * 1024 * 1024;

/// A report's text as read from a file or page, cleaned, with page chrome cut.
#[derive(Debug, Clone)]
pub struct Source {
    name: String,
    original: String,
    text: String,
    /// Where the characters of `text` come from in `original`, in runs (see [`Origin`]), and an
    /// entry for the end of `text`.
    origin: Vec<Origin>,
    encoding: Encoding,
    fixes: Fixes,
    cuts: Vec<Cut>,
    /// The text as written, when `text` has traditional characters folded to simplified.
    folding: Option<fold::Folding>,
}

/// Where the characters of a [`Source`]'s text from `at` on come from: the first from the
/// characters `start..end` of the input, each one after it (up to the next entry) from the one
/// input character following the previous one's. Most of a report is such runs; they are kept
/// short ([`RUN`]) because finding a character in one counts the characters before it.
#[derive(Debug, Clone, Copy)]
struct Origin {
    at: u32,
    start: u32,
    end: u32,
}

/// At most this many characters in a run of [`Origin`].
const RUN: u32 = 64;

/// [`Origin`] runs being written.
#[derive(Default)]
struct Origins {
    entries: Vec<Origin>,
    /// Where the last character's input ends.
    end: u32,
    /// Characters in the last run.
    run: u32,
}

impl Origins {
    /// The character at `at` of the text comes from the input characters `start..end`.
    fn push(&mut self, at: usize, start: u32, end: u32) {
        if self.run > 0 && self.run < RUN && start == self.end && end == start + 1 {
            self.run += 1;
        } else {
            self.entries.push(Origin {
                at: at as u32,
                start,
                end,
            });
            self.run = 1;
        }
        self.end = end;
    }

    /// The runs, with the entry for the end of the text, at `at`.
    fn finish(mut self, at: usize) -> Vec<Origin> {
        self.entries.push(Origin {
            at: at as u32,
            start: self.end,
            end: self.end,
        });
        self.entries
    }
}

/// A stretch of the input left out of the report body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cut {
    pub position: CutPosition,
    /// Characters of the decoded input.
    pub range: Range<usize>,
    /// Number of (cleaned) lines cut.
    pub lines: usize,
    /// The cleaned text that was cut, lines joined by `\n`.
    pub text: String,
}

impl Source {
    /// Reads and cleans the file at `path`.
    pub fn read(path: impl AsRef<Path>) -> Result<Source> {
        let path = path.as_ref();
        let name = display_name(path);
        let meta = std::fs::metadata(path).map_err(|e| Error::read(path, &e))?;
        if meta.is_dir() {
            return Err(Error::Read {
                name,
                problem: "is a directory, not a report file".into(),
            });
        }
        if meta.is_file() && meta.len() > MAX_BYTES {
            return Err(Error::TooLarge {
                name,
                size: Some(meta.len()),
                limit: MAX_BYTES,
            });
        }
        // A pipe or device (`<(curl …)`, `/dev/zero`) has no size up front: read one byte past
        // the limit, never more, so an endless stream is refused instead of filling memory.
        let mut bytes = Vec::new();
        std::fs::File::open(path)
            .and_then(|file| file.take(MAX_BYTES + 1).read_to_end(&mut bytes))
            .map_err(|e| Error::read(path, &e))?;
        if bytes.len() as u64 > MAX_BYTES {
            return Err(Error::TooLarge {
                name,
                size: meta.is_file().then_some(bytes.len() as u64),
                limit: MAX_BYTES,
            });
        }
        Source::from_bytes(&name, &bytes)
    }

    /// Cleans a report given as bytes in any supported encoding; `name` is used in messages.
    pub fn from_bytes(name: &str, bytes: &[u8]) -> Result<Source> {
        if bytes.len() as u64 > MAX_BYTES {
            return Err(Error::TooLarge {
                name: name.into(),
                size: Some(bytes.len() as u64),
                limit: MAX_BYTES,
            });
        }
        let (original, encoding) = decode::decode(name, bytes)?;
        Source::build(name, original, encoding)
    }

    fn build(name: &str, original: String, encoding: Encoding) -> Result<Source> {
        let mut fixes = Fixes::default();
        let mut chars = clean::from_text(&original);
        if clean::looks_like_html(&original) {
            chars = clean::strip_html(&chars);
            fixes.html = true;
        }
        chars = clean::decode_entities(chars, &mut fixes);
        chars = clean::literal_line_breaks(chars, &mut fixes);
        chars = clean::line_ends(chars, &mut fixes);
        chars = clean::characters(chars, &mut fixes);
        chars = clean::spaced_digits(chars, &mut fixes);
        chars = clean::resplit_single_line(chars, &mut fixes);
        let lines = clean::lines(&chars, &mut fixes);
        if lines.is_empty() {
            return Err(Error::Blank { name: name.into() });
        }
        let texts: Vec<String> = lines.iter().map(clean::Line::text).collect();
        // Read as simplified, as the markers are written: where the report starts and ends, and
        // the body. Folding keeps every character's length, so the lines fold with the page.
        let folded_lines: Option<Vec<String>> =
            fold::fold(&texts.join("\n")).map(|page| page.split('\n').map(String::from).collect());
        let trim = boilerplate::trim(folded_lines.as_deref().unwrap_or(&texts));

        let mut text = String::with_capacity(original.len());
        let mut origin = Origins::default();
        for (i, line) in lines.iter().enumerate() {
            if trim.is_cut(i) {
                continue;
            }
            if !text.is_empty() {
                let end = origin.end;
                origin.push(text.len(), end, end);
                text.push('\n');
            }
            for m in &line.chars {
                origin.push(text.len(), m.start, m.end);
                text.push(m.c);
            }
        }
        // Han characters are letters too; the Unicode tables are asked only about the rest.
        let (han, letters) = text.chars().fold((0usize, 0usize), |(h, l), c| {
            if clean::is_cjk(c) {
                (h + 1, l + 1)
            } else {
                (h, l + usize::from(c.is_alphanumeric()))
            }
        });
        // A work report is Chinese prose; a file of code, English or figures compared against one
        // would only fill every list with noise.
        if han == 0 || han * 10 < letters {
            return Err(Error::NotChinese {
                name: name.into(),
                han,
                letters,
            });
        }
        let origin = origin.finish(text.len());
        let cuts = trim
            .cuts
            .iter()
            .map(|(range, position)| {
                let cut = &lines[range.clone()];
                Cut {
                    position: *position,
                    range: cut
                        .first()
                        .and_then(|l| l.chars.first())
                        .map_or(0, |m| m.start as usize)
                        ..cut
                            .last()
                            .and_then(|l| l.chars.last())
                            .map_or(0, |m| m.end as usize),
                    lines: cut.len(),
                    text: texts[range.clone()].join("\n"),
                }
            })
            .collect();
        let folding = folded_lines.map(|lines| {
            let kept: Vec<&str> = (0..lines.len())
                .filter(|&i| !trim.is_cut(i))
                .map(|i| lines[i].as_str())
                .collect();
            let folded = kept.join("\n");
            debug_assert_eq!(folded.len(), text.len(), "the body folds with its lines");
            fixes.traditional = text.chars().zip(folded.chars()).filter(|(a, b)| a != b).count();
            let written = std::mem::replace(&mut text, folded);
            fold::Folding::new(written, &text)
        });
        Ok(Source {
            name: name.into(),
            original,
            text,
            origin,
            encoding,
            fixes,
            cuts,
            folding,
        })
    }

    /// The name given when reading (the path as the user typed it).
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The cleaned report body: one paragraph per line, no page chrome, traditional characters
    /// folded to simplified. All spans index into it, and into [`written`](Self::written).
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The cleaned report body as written: [`text`](Self::text) before traditional characters
    /// were folded (the same text when it had none), with the same spans.
    pub fn written(&self) -> &str {
        self.folding.as_ref().map_or(&self.text, |f| f.written())
    }

    /// A string taken from [`text`](Self::text) (a heading, a quote, a term), as the report
    /// writes it.
    pub fn as_written<'a>(&self, s: &'a str) -> std::borrow::Cow<'a, str> {
        match &self.folding {
            Some(f) => f.as_written(&self.text, s),
            None => std::borrow::Cow::Borrowed(s),
        }
    }

    /// A line from outside the report body (the page around it) read as the body is: folded when
    /// the body is.
    pub(crate) fn read_as_body<'a>(&self, line: &'a str) -> std::borrow::Cow<'a, str> {
        match self.folding {
            Some(_) => fold::fold(line).map_or(std::borrow::Cow::Borrowed(line), std::borrow::Cow::Owned),
            None => std::borrow::Cow::Borrowed(line),
        }
    }

    /// Whether the report has traditional characters, folded to simplified in [`text`](Self::text).
    pub fn is_folded(&self) -> bool {
        self.folding.is_some()
    }

    /// The input as decoded, before any cleaning.
    pub fn original(&self) -> &str {
        &self.original
    }

    pub fn encoding(&self) -> Encoding {
        self.encoding
    }

    /// What the clean-up changed.
    pub fn fixes(&self) -> &Fixes {
        &self.fixes
    }

    /// What was cut around (and inside the header of) the report, in input order.
    pub fn cuts(&self) -> &[Cut] {
        &self.cuts
    }

    /// Maps a byte range of [`text`](Self::text) to the range of characters of the decoded input
    /// it came from.
    pub fn original_range(&self, span: Range<usize>) -> Range<usize> {
        let start = self.origin_of(span.start.min(self.text.len())).start as usize;
        if span.end <= span.start {
            return start..start;
        }
        let end = self.origin_of(span.end - 1).end as usize;
        start..end.max(start)
    }

    /// The origin of the character holding byte `at` of the text.
    fn origin_of(&self, at: usize) -> Origin {
        // The first entry is at 0 and the last at the end of the text, so one holds any `at`.
        let k = self.origin.partition_point(|o| o.at as usize <= at);
        let run = self.origin[k.saturating_sub(1)];
        // Characters of the run before the one holding `at` (which may be inside it).
        let before = self.text.as_bytes()[run.at as usize + 1..=at]
            .iter()
            .filter(|&&b| b & 0xC0 != 0x80)
            .count() as u32;
        match before {
            0 => run,
            n => Origin {
                at: at as u32,
                start: run.end + n - 1,
                end: run.end + n,
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_point_into_the_original_through_every_fix() {
        let input = "首页\r\n各位代表：\r\n\u{3000}\u{3000}全区生产总值完成１８１.８亿元&nbsp;。\r\n让我们团结一心，为建设美好家园而努力奋斗！";
        let source = Source::from_bytes("t", input.as_bytes()).unwrap();
        assert_eq!(
            source.text(),
            "各位代表：\n全区生产总值完成181.8亿元 。\n让我们团结一心，为建设美好家园而努力奋斗！"
        );
        let at = source.text().find("181.8").unwrap();
        let range = source.original_range(at..at + "181.8".len());
        let original: String = input.chars().skip(range.start).take(range.len()).collect();
        assert_eq!(original, "１８１.８");
        let at = source.text().find(' ').unwrap();
        let range = source.original_range(at..at + 1);
        let original: String = input.chars().skip(range.start).take(range.len()).collect();
        assert_eq!(original, "&nbsp;");
    }

    #[test]
    fn every_character_of_long_lines_points_at_its_own_input() {
        // Lines longer than a run, with a fix between runs: each character of the text, and each
        // byte inside one, maps to the input character it was.
        let line: String = "政府工作报告各位代表１２３&amp;"
            .chars()
            .cycle()
            .take(300)
            .collect();
        let input = format!("{line}\n{line}\n");
        let source = Source::from_bytes("t", input.as_bytes()).unwrap();
        let text = source.text();
        let input: Vec<char> = input.chars().collect();
        let mut from = 0;
        for (at, c) in text.char_indices() {
            let range = source.original_range(at..at + c.len_utf8());
            let original: String = input[range.clone()].iter().collect();
            let expected = match c {
                '1'..='3' => char::from_u32(c as u32 + 0xfee0).unwrap().to_string(),
                '&' => "&amp;".into(),
                // Lines are joined by a break of their own, standing for no input.
                '\n' => String::new(),
                c => c.to_string(),
            };
            assert_eq!(original, expected, "at {at}");
            // The input's own line break is skipped.
            let skipped = usize::from(text[..at].ends_with('\n'));
            assert_eq!(
                range.start,
                from + skipped,
                "at {at}: characters follow each other"
            );
            for inside in at..at + c.len_utf8() {
                assert_eq!(source.original_range(inside..inside + 1), range, "byte {inside}");
            }
            from = range.end;
        }
    }

    #[test]
    fn whitespace_only_input_is_an_error() {
        let err = Source::from_bytes("w.txt", " \n\u{3000}\u{200b}\r\n".as_bytes()).unwrap_err();
        assert_eq!(err.to_string(), "w.txt: the file holds no text, only whitespace");
    }

    #[test]
    fn reading_a_directory_or_a_missing_file_names_it() {
        let dir = std::env::temp_dir();
        let err = Source::read(&dir).unwrap_err();
        assert!(
            err.to_string().ends_with("is a directory, not a report file"),
            "{err}"
        );
        let err = Source::read("/nonexistent/report.txt").unwrap_err();
        assert_eq!(err.to_string(), "/nonexistent/report.txt: no such file");
    }
}
