//! The command line: arguments, colour choice, output and exit codes. Thin glue over the library.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use crate::Report;
use crate::error::Error;
use crate::initiatives;
use crate::render::{self, Palette};
use crate::segment::Segmenter;

#[derive(Debug, Parser)]
#[command(
    name = "govdiff",
    version,
    about = "Compare Chinese government work reports (政府工作报告) year to year",
    long_about = None,
)]
pub struct Cli {
    /// When to colour terminal output: auto (a terminal, unless NO_COLOR is set or TERM=dumb),
    /// always, never. JSON is never coloured.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto, global = true)]
    pub color: ColorChoice,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Show a report's structure: metadata, parts, sections, paragraphs, glossary, what was cut.
    Outline {
        /// The report: a text file or saved web page (UTF-8, UTF-16 or GB18030).
        file: PathBuf,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Terminal)]
        format: Format,
        /// Write to this file instead of standard output.
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
    },
    /// List the initiatives a report names: glossary entries, quoted terms, titles, named programmes.
    Terms {
        /// The report: a text file or saved web page (UTF-8, UTF-16 or GB18030).
        file: PathBuf,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Terminal)]
        format: Format,
        /// Write to this file instead of standard output.
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
        /// Add a user dictionary of words for cutting the text (jieba's format: `word [freq] [tag]`).
        #[arg(long, value_name = "FILE")]
        dict: Vec<PathBuf>,
    },
    /// Compare two reports' initiatives: added, dropped, renamed; new wordings (新提法); word ranks.
    Initiatives {
        /// The earlier report.
        old: PathBuf,
        /// The later report.
        new: PathBuf,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Terminal)]
        format: Format,
        /// Lines shown per list on the terminal (JSON always holds everything).
        #[arg(long, value_name = "N", default_value_t = 20)]
        top: usize,
        /// Write to this file instead of standard output.
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
        /// Add a user dictionary of words for cutting the text (jieba's format: `word [freq] [tag]`).
        #[arg(long, value_name = "FILE")]
        dict: Vec<PathBuf>,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// A readable view for the terminal.
    Terminal,
    /// Versioned, deterministic JSON.
    Json,
}

/// Decides colour once: an explicit choice wins; `auto` needs a terminal, no `NO_COLOR`, no
/// `TERM=dumb`.
fn use_color(choice: ColorChoice, to_terminal: bool) -> bool {
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            to_terminal
                && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                && std::env::var_os("TERM").is_none_or(|t| t != "dumb")
        }
    }
}

fn columns(to_terminal: bool) -> usize {
    if to_terminal && let Some((terminal_size::Width(w), _)) = terminal_size::terminal_size() {
        return w as usize;
    }
    std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.parse().ok())
        .unwrap_or(100)
}

/// Runs the parsed command line and returns the process exit code.
pub fn run(cli: Cli) -> ExitCode {
    match execute(cli) {
        Ok(code) => code,
        Err(Failure::BrokenPipe) => ExitCode::SUCCESS,
        Err(Failure::Error(err)) => {
            eprintln!("govdiff: {err}");
            ExitCode::from(2)
        }
    }
}

enum Failure {
    BrokenPipe,
    Error(Error),
}

impl From<Error> for Failure {
    fn from(err: Error) -> Failure {
        Failure::Error(err)
    }
}

fn execute(cli: Cli) -> Result<ExitCode, Failure> {
    match cli.command {
        Command::Outline { file, format, output } => {
            let report = Report::read(&file)?;
            let to_terminal = output.is_none() && std::io::stdout().is_terminal();
            let text = match format {
                Format::Json => render::outline_json::render(&report),
                Format::Terminal => {
                    let palette = Palette::new(use_color(cli.color, to_terminal));
                    render::outline_terminal::render(&report, &palette, columns(to_terminal))
                }
            };
            write_output(output.as_deref(), &text)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Terms {
            file,
            format,
            output,
            dict,
        } => {
            let report = Report::read(&file)?;
            let segmenter = segmenter(&dict)?;
            let found = initiatives::extract(&report, &segmenter);
            let to_terminal = output.is_none() && std::io::stdout().is_terminal();
            let text = match format {
                Format::Json => render::initiatives_json::render_candidates(&found, &report),
                Format::Terminal => {
                    let palette = Palette::new(use_color(cli.color, to_terminal));
                    render::initiatives_terminal::render_candidates(
                        &report,
                        &found,
                        &palette,
                        columns(to_terminal),
                    )
                }
            };
            write_output(output.as_deref(), &text)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Initiatives {
            old,
            new,
            format,
            top,
            output,
            dict,
        } => {
            let old = Report::read(&old)?;
            let new = Report::read(&new)?;
            let segmenter = segmenter(&dict)?;
            let (found, phrases) = initiatives::analyse(&old, &new, &segmenter);
            let to_terminal = output.is_none() && std::io::stdout().is_terminal();
            let text = match format {
                Format::Json => render::initiatives_json::render(&found, &phrases, &old, &new),
                Format::Terminal => {
                    let palette = Palette::new(use_color(cli.color, to_terminal));
                    let years = render::initiatives_terminal::Years::of(&old, &new);
                    render::initiatives_terminal::render(
                        &found,
                        &phrases,
                        years,
                        &palette,
                        columns(to_terminal),
                        top,
                    )
                }
            };
            write_output(output.as_deref(), &text)?;
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// jieba's dictionary with the policy terms and the user's dictionaries, in the order given.
fn segmenter(dicts: &[PathBuf]) -> Result<Segmenter, Error> {
    let mut segmenter = Segmenter::new();
    for dict in dicts {
        segmenter.add_dict_file(dict).map_err(|e| match e {
            // jieba quotes the bad line with its line break: keep the message on one line.
            Error::Dict { name, problem } => Error::Dict {
                name,
                problem: problem.split_whitespace().collect::<Vec<_>>().join(" "),
            },
            other => other,
        })?;
    }
    Ok(segmenter)
}

fn write_output(path: Option<&std::path::Path>, text: &str) -> Result<(), Failure> {
    match path {
        Some(path) => std::fs::write(path, text).map_err(|e| {
            Failure::Error(Error::Write {
                name: path.display().to_string(),
                problem: e.to_string(),
            })
        }),
        None => {
            let mut stdout = std::io::stdout().lock();
            match stdout.write_all(text.as_bytes()).and_then(|()| stdout.flush()) {
                Ok(()) => Ok(()),
                Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Err(Failure::BrokenPipe),
                Err(e) => Err(Failure::Error(Error::Write {
                    name: "standard output".into(),
                    problem: e.to_string(),
                })),
            }
        }
    }
}
