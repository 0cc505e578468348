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
    /// For every character of `text`, where it starts and the characters of `original` it stands
    /// for, and an entry for the end of `text`. (Per character, not per byte: a third of the
    /// memory for Chinese text.)
    origin: Vec<Origin>,
    encoding: Encoding,
    fixes: Fixes,
    cuts: Vec<Cut>,
}

/// Where a character of a [`Source`]'s text starts, and the characters of the input it came from.
#[derive(Debug, Clone, Copy)]
struct Origin {
    at: u32,
    start: u32,
    end: u32,
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
        let trim = boilerplate::trim(&texts);

        let mut text = String::with_capacity(original.len());
        let mut origin = Vec::with_capacity(lines.iter().map(|l| l.chars.len() + 1).sum());
        for (i, line) in lines.iter().enumerate() {
            if trim.is_cut(i) {
                continue;
            }
            if !text.is_empty() {
                let at = origin.last().map_or(0, |o: &Origin| o.end);
                origin.push(Origin {
                    at: text.len() as u32,
                    start: at,
                    end: at,
                });
                text.push('\n');
            }
            for m in &line.chars {
                origin.push(Origin {
                    at: text.len() as u32,
                    start: m.start,
                    end: m.end,
                });
                text.push(m.c);
            }
        }
        let end = origin.last().map_or(0, |o| o.end);
        origin.push(Origin {
            at: text.len() as u32,
            start: end,
            end,
        });
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
        Ok(Source {
            name: name.into(),
            original,
            text,
            origin,
            encoding,
            fixes,
            cuts,
        })
    }

    /// The name given when reading (the path as the user typed it).
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The cleaned report body: one paragraph per line, no page chrome. All spans index into it.
    pub fn text(&self) -> &str {
        &self.text
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
        self.origin[k.saturating_sub(1)]
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
