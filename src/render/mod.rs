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

/// Makes text from an input file safe to print: control characters (ESC and the rest of C0 and
/// C1) are shown as `\u{1b}`-style escapes, bidi overrides and other invisible formatting
/// characters likewise, so no input can move the cursor, recolour or reorder the terminal.
pub fn sanitize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        let unsafe_char = (c.is_control() && c != '\n' && c != '\t')
            || matches!(c, '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{2028}' | '\u{2029}' | '\u{feff}');
        if unsafe_char {
            out.push_str(&c.escape_unicode().to_string());
        } else {
            out.push(c);
        }
    }
    out
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
