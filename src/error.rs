//! The library's error type: every failure a user can act on, with the file it concerns.

use std::path::PathBuf;

/// Everything that can go wrong turning a user's file into a report.
///
/// Each message names the input and says what is wrong with it in words a user can act on; the
/// binary prints it as one line (`govdiff: <message>`) and exits with status 2.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The file could not be read (missing, unreadable, a directory…).
    #[error("{name}: {problem}")]
    Read { name: String, problem: String },
    /// The file has no bytes at all.
    #[error("{name}: the file is empty")]
    Empty { name: String },
    /// The file decodes, but holds nothing but whitespace and invisible characters.
    #[error("{name}: the file holds no text, only whitespace")]
    Blank { name: String },
    /// The bytes are not text (NUL bytes, control characters, a known binary signature).
    #[error("{name}: this is not a text file ({what})")]
    Binary { name: String, what: String },
    /// The bytes are text-like but valid in none of the encodings reports come in.
    #[error(
        "{name}: cannot decode the text as UTF-8, UTF-16 or GB18030 (invalid byte sequence at byte {offset}); convert it to UTF-8 first"
    )]
    Undecodable { name: String, offset: usize },
    /// The text is not Chinese prose: fewer than one letter in ten is a Chinese character.
    #[error(
        "{name}: almost no Chinese text ({han} Chinese characters among {letters} letters and digits); govdiff compares Chinese government work reports"
    )]
    NotChinese {
        name: String,
        han: usize,
        letters: usize,
    },
    /// Larger than any report could be; refusing keeps time and memory bounded. `size` is `None`
    /// for a stream (a pipe, a device), of which only the first `limit` bytes were read.
    #[error("{name}: {}", too_large(*size, *limit))]
    TooLarge {
        name: String,
        size: Option<u64>,
        limit: u64,
    },
    /// A user dictionary (`--dict`) is not in jieba's format.
    #[error("{name}: not a jieba dictionary: {problem}")]
    Dict { name: String, problem: String },
    /// A pairs file (`batch --pairs`) is not `old<TAB>new` lines.
    #[error("{name}: {problem}")]
    Pairs { name: String, problem: String },
    /// Writing output failed (other than a closed pipe, which is not an error).
    #[error("{name}: cannot write: {problem}")]
    Write { name: String, problem: String },
}

impl Error {
    pub(crate) fn read(path: &std::path::Path, err: &std::io::Error) -> Error {
        use std::io::ErrorKind;
        let problem = match err.kind() {
            ErrorKind::NotFound => "no such file".to_string(),
            ErrorKind::PermissionDenied => "permission denied".to_string(),
            ErrorKind::IsADirectory => "is a directory, not a report file".to_string(),
            _ => err.to_string(),
        };
        Error::Read {
            name: display_name(path),
            problem,
        }
    }
}

fn too_large(size: Option<u64>, limit: u64) -> String {
    let what = match size {
        Some(size) => format!("the file is {},", megabytes(size)),
        None => "the input is".into(),
    };
    format!(
        "{what} more than the {} a report may be (the longest real reports are about 100 KB)",
        megabytes(limit)
    )
}

/// `16 MB`, `50.3 MB`: sizes as people read them (MB of 2²⁰ bytes, as `ls -h` shows them).
fn megabytes(bytes: u64) -> String {
    let mb = bytes as f64 / (1024.0 * 1024.0);
    if mb.fract() == 0.0 {
        format!("{mb:.0} MB")
    } else {
        format!("{mb:.1} MB")
    }
}

/// How a path is named in messages: as the user typed it.
pub(crate) fn display_name(path: &std::path::Path) -> String {
    let p: PathBuf = path.into();
    p.display().to_string()
}

/// Shorthand for results of this crate.
pub type Result<T, E = Error> = std::result::Result<T, E>;
