//! The command line: arguments, colour choice, output and exit codes. Thin glue over the library.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use crate::Report;
use crate::error::Error;
use crate::render::{self, Palette};

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
    /// List every figure of a report with the indicator it measures, its measure, role and path.
    Numbers {
        /// The report: a text file or saved web page (UTF-8, UTF-16 or GB18030).
        file: PathBuf,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Terminal)]
        format: Format,
        /// Write to this file instead of standard output.
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
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
        Command::Numbers { file, format, output } => {
            let report = Report::read(&file)?;
            let figures = crate::numbers::extract(&report);
            let to_terminal = output.is_none() && std::io::stdout().is_terminal();
            let text = match format {
                Format::Json => render::numbers_json::render(&report, &figures),
                Format::Terminal => {
                    let palette = Palette::new(use_color(cli.color, to_terminal));
                    render::numbers_terminal::figures(&report, &figures, &palette, columns(to_terminal))
                }
            };
            write_output(output.as_deref(), &text)?;
            Ok(ExitCode::SUCCESS)
        }
    }
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
