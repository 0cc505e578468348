//! Renderers: one file per output format, each reading a finished result and nothing else.
//!
//! Shared here: the colour palette (off unless asked for), making input text safe to print on a
//! terminal, and measuring text in terminal columns (CJK characters take two).

pub mod initiatives_json;
pub mod initiatives_terminal;
pub mod json;
pub mod numbers_json;
pub mod numbers_terminal;
pub mod outline_json;
pub mod outline_terminal;
pub mod terminal;

use std::io;

use owo_colors::{OwoColorize, Style};
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// Colours for terminal output; every method returns the text unchanged when colour is off.
#[derive(Debug, Clone, Copy)]
pub struct Palette {
    color: bool,
}

impl Palette {
    pub fn new(color: bool) -> Palette {
        Palette { color }
    }

    pub fn plain() -> Palette {
        Palette { color: false }
    }

    pub fn enabled(&self) -> bool {
        self.color
    }

    fn paint(&self, text: &str, style: Style) -> String {
        if self.color {
            text.style(style).to_string()
        } else {
            text.to_string()
        }
    }

    pub fn title(&self, text: &str) -> String {
        self.paint(text, Style::new().bold())
    }

    pub fn path(&self, text: &str) -> String {
        self.paint(text, Style::new().cyan())
    }

    pub fn dim(&self, text: &str) -> String {
        self.paint(text, Style::new().dimmed())
    }

    pub fn warn(&self, text: &str) -> String {
        self.paint(text, Style::new().yellow())
    }

    pub fn deleted(&self, text: &str) -> String {
        self.paint(text, Style::new().red().strikethrough())
    }

    pub fn inserted(&self, text: &str) -> String {
        self.paint(text, Style::new().green().underline())
    }

    /// The label of a unit that exists only in the old report.
    pub fn deleted_label(&self, text: &str) -> String {
        self.paint(text, Style::new().red().bold())
    }

    /// The label of a unit that exists only in the new report.
    pub fn inserted_label(&self, text: &str) -> String {
        self.paint(text, Style::new().green().bold())
    }
}

/// Whether a character from an input must not reach a terminal as it is: control characters
/// (ESC and the rest of C0, DEL, C1 such as the one-character CSI U+009B) other than line breaks
/// and tabs, bidi controls (U+061C, U+200E/F, U+202A–E, U+2066–9), line and paragraph
/// separators, and invisible format characters (zero-width ones, U+2060–U+206F, BOM, interlinear
/// annotations, and the tag characters U+E0000–U+E007F that can smuggle hidden ASCII).
pub fn unsafe_for_terminal(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || matches!(c,
            '\u{61c}' | '\u{180e}' | '\u{200b}'..='\u{200f}' | '\u{2028}'..='\u{202e}'
            | '\u{2060}'..='\u{206f}' | '\u{feff}' | '\u{fff9}'..='\u{fffb}'
            | '\u{e0000}'..='\u{e007f}')
}

/// Whether `byte` can start the UTF-8 of an [`unsafe_for_terminal`] character: C0 controls and
/// DEL, and the lead bytes of C1 (U+0080–U+009F), U+061C, U+180E, U+200B–U+206F, U+FEFF,
/// U+FFF9–U+FFFB and U+E0000–U+E007F.
fn may_start_unsafe(byte: u8) -> bool {
    byte < 0x20 || matches!(byte, 0x7f | 0xc2 | 0xd8 | 0xe1 | 0xe2 | 0xef | 0xf3)
}

/// Makes text from an input file safe to print: every [`unsafe_for_terminal`] character is shown
/// as a `\u{1b}`-style escape, so no input can move the cursor, recolour, retitle or reorder the
/// terminal, or hide text from the reader.
pub fn sanitize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if unsafe_for_terminal(c) {
            out.push_str(&c.escape_unicode().to_string());
        } else {
            out.push(c);
        }
    }
    out
}

/// Pretty-printed JSON, laid out as `serde_json::to_string_pretty` does, in which every
/// [`unsafe_for_terminal`] character is also written as a `\uXXXX` escape: JSON requires that
/// only of C0, but documents get printed on terminals too. Parsers read the same strings.
pub fn to_json<T: serde::Serialize + ?Sized>(value: &T) -> serde_json::Result<String> {
    write_json(value, serde_json::ser::PrettyFormatter::new())
}

/// A whole JSON document for output: [`to_json`], ending with a newline. The documents hold only
/// strings, integers, booleans and finite floats, which always serialise.
pub fn json_document<T: serde::Serialize + ?Sized>(value: &T) -> String {
    let mut out = to_json(value).expect("a JSON document serialises");
    out.push('\n');
    out
}

/// A whole JSON document of one object whose fields are laid out already, each by
/// [`json_field`]: what [`json_document`] writes for the object, pieces being made side by side.
///
/// The document comes in pieces of UTF-8, to be written one after the other: the fields are the
/// largest strings of a run, and joining them would copy them all once more.
pub fn json_object(fields: Vec<(&str, Vec<u8>)>) -> Vec<Vec<u8>> {
    let mut pieces = Vec::with_capacity(2 * fields.len() + 1);
    let empty = fields.is_empty();
    for (k, (name, value)) in fields.into_iter().enumerate() {
        let mut head = String::from(if k == 0 { "{\n  " } else { ",\n  " });
        head.push_str(&to_json(name).expect("a field name serialises"));
        head.push_str(": ");
        pieces.push(head.into_bytes());
        pieces.push(value);
    }
    pieces.push(if empty { "{}\n" } else { "\n}\n" }.as_bytes().to_vec());
    pieces
}

/// A value laid out as [`to_json`] lays out a field of a top-level object (one level deep), as
/// the UTF-8 serde_json writes: it goes to the output as it is.
pub fn json_field<T: serde::Serialize + ?Sized>(value: &T) -> Vec<u8> {
    use serde_json::ser::Formatter;
    let mut layout = serde_json::ser::PrettyFormatter::new();
    // The formatter indents by how deep it stands: as if inside an object already.
    let _ = layout.begin_object(&mut io::sink());
    write_json_bytes(value, layout).expect("a JSON document serialises")
}

/// The same on one line, as `serde_json::to_string` lays it out (for JSON Lines).
pub fn to_json_line<T: serde::Serialize + ?Sized>(value: &T) -> serde_json::Result<String> {
    write_json(value, serde_json::ser::CompactFormatter)
}

fn write_json<T, F>(value: &T, layout: F) -> serde_json::Result<String>
where
    T: serde::Serialize + ?Sized,
    F: serde_json::ser::Formatter,
{
    let out = write_json_bytes(value, layout)?;
    Ok(String::from_utf8(out).expect("serde_json writes UTF-8"))
}

fn write_json_bytes<T, F>(value: &T, layout: F) -> serde_json::Result<Vec<u8>>
where
    T: serde::Serialize + ?Sized,
    F: serde_json::ser::Formatter,
{
    let mut out = Vec::new();
    value.serialize(&mut serde_json::Serializer::with_formatter(
        &mut out,
        SafeFormatter(layout),
    ))?;
    Ok(out)
}

/// serde_json's layout (every layout method delegated), with strings escaped as above.
struct SafeFormatter<F>(F);

impl<F: serde_json::ser::Formatter> serde_json::ser::Formatter for SafeFormatter<F> {
    fn write_string_fragment<W: ?Sized + io::Write>(&mut self, w: &mut W, fragment: &str) -> io::Result<()> {
        // Only the characters starting with one of a few bytes need a look: the rest of the text
        // goes out as it is, without decoding it character by character.
        let bytes = fragment.as_bytes();
        let (mut start, mut from) = (0, 0);
        while let Some(k) = bytes[from..].iter().position(|&b| may_start_unsafe(b)) {
            let at = from + k;
            // Such a byte is ASCII or leads a character, so `at` is a character boundary.
            let Some(c) = fragment[at..].chars().next() else {
                break;
            };
            if unsafe_for_terminal(c) {
                w.write_all(&bytes[start..at])?;
                for unit in c.encode_utf16(&mut [0; 2]) {
                    write!(w, "\\u{unit:04x}")?;
                }
                start = at + c.len_utf8();
            }
            from = at + c.len_utf8();
        }
        w.write_all(&bytes[start..])
    }

    fn begin_array<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.begin_array(w)
    }
    fn end_array<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_array(w)
    }
    fn begin_array_value<W: ?Sized + io::Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
        self.0.begin_array_value(w, first)
    }
    fn end_array_value<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_array_value(w)
    }
    fn begin_object<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.begin_object(w)
    }
    fn end_object<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_object(w)
    }
    fn begin_object_key<W: ?Sized + io::Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
        self.0.begin_object_key(w, first)
    }
    fn begin_object_value<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.begin_object_value(w)
    }
    fn end_object_value<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_object_value(w)
    }
}

/// Terminal columns taken by `text`.
pub fn width(text: &str) -> usize {
    UnicodeWidthStr::width(text)
}

/// Cuts `text` to at most `columns` terminal columns, ending with `…` when cut.
pub fn truncate(text: &str, columns: usize) -> String {
    if width(text) <= columns {
        return text.to_string();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = c.width().unwrap_or(0);
        if used + w + 1 > columns {
            break;
        }
        out.push(c);
        used += w;
    }
    out.push('…');
    out
}

/// Pads `text` with spaces to `columns` terminal columns.
pub fn pad(text: &str, columns: usize) -> String {
    let w = width(text);
    format!("{text}{}", " ".repeat(columns.saturating_sub(w)))
}

/// `12345` → `12,345`, as counts are printed.
pub fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_sequences_and_bidi_overrides_are_neutralised() {
        let hostile = "正文\u{1b}[31m红\u{1b}]0;title\u{7}\u{202e}反转\u{9b}";
        let safe = sanitize(hostile);
        assert!(!safe.chars().any(|c| c.is_control() || c == '\u{202e}'), "{safe}");
        assert_eq!(safe, "正文\\u{1b}[31m红\\u{1b}]0;title\\u{7}\\u{202e}反转\\u{9b}");
    }

    #[test]
    fn c1_controls_separators_and_hidden_format_characters_are_neutralised_too() {
        let hostile = "a\u{7f}b\u{85}c\u{61c}d\u{2028}e\u{2066}f\u{fff9}g\u{e0041}h\u{200b}i";
        assert_eq!(
            sanitize(hostile),
            "a\\u{7f}b\\u{85}c\\u{61c}d\\u{2028}e\\u{2066}f\\u{fff9}g\\u{e0041}h\\u{200b}i"
        );
        // Line breaks, tabs, CJK and the narrow no-break space are text, not tricks.
        assert_eq!(sanitize("一\n二\t三\u{202f}四"), "一\n二\t三\u{202f}四");
    }

    #[test]
    fn json_escapes_what_a_terminal_would_obey_and_parses_back_to_the_same_string() {
        let hostile = "\u{1b}]0;t\u{7}\u{9b}31m\u{202e}反\u{7f}\u{e0041}“引号”\\\"\n";
        let json = to_json(&serde_json::json!({ "text": hostile })).unwrap();
        assert!(
            !json.chars().any(|c| unsafe_for_terminal(c) && c != '\n'),
            "{json}"
        );
        assert!(json.contains("\\u009b") && json.contains("\\u202e") && json.contains("\\udb40\\udc41"));
        let back: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(back["text"], hostile);
        // Everything else is laid out exactly as serde_json's pretty printer does.
        let plain = serde_json::json!({ "a": [1, {"b": "一、回顾"}], "c": null });
        assert_eq!(
            to_json(&plain).unwrap(),
            serde_json::to_string_pretty(&plain).unwrap()
        );
    }

    #[test]
    fn every_unsafe_character_starts_with_a_byte_the_json_writer_looks_at() {
        for c in (0..=0x10FFFF)
            .filter_map(char::from_u32)
            .filter(|&c| unsafe_for_terminal(c))
        {
            let first = c.encode_utf8(&mut [0; 4]).as_bytes()[0];
            assert!(may_start_unsafe(first), "{:?}", c);
        }
        // Around the characters it escapes, text goes out unchanged.
        let json = to_json(&"“两新一重”\u{202e}建设，\u{7f}。").unwrap();
        assert_eq!(json, "\"“两新一重”\\u202e建设，\\u007f。\"");
    }

    #[test]
    fn cjk_counts_two_columns() {
        assert_eq!(width("一、2021年"), 2 + 2 + 4 + 2);
        assert_eq!(truncate("担使命、守底线", 9), "担使命、…");
        assert_eq!(pad("（一）", 8), "（一）  ");
    }

    #[test]
    fn thousands_separators() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(14553), "14,553");
        assert_eq!(thousands(1234567), "1,234,567");
    }
}
