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
    args_conflicts_with_subcommands = true,
    subcommand_negates_reqs = true,
)]
pub struct Cli {
    /// When to colour terminal output: auto (a terminal, unless NO_COLOR is set or TERM=dumb),
    /// always, never. JSON is never coloured.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto, global = true)]
    pub color: ColorChoice,

    #[command(flatten)]
    pub compare: CompareArgs,

    #[command(subcommand)]
    pub command: Option<Command>,
}

/// `govdiff OLD NEW`: compare two reports.
#[derive(Debug, clap::Args)]
pub struct CompareArgs {
    /// The earlier report (a text file or saved web page: UTF-8, UTF-16 or GB18030).
    #[arg(required = true)]
    pub old: Option<PathBuf>,
    /// The later report.
    #[arg(required = true)]
    pub new: Option<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Terminal)]
    pub format: Format,
    /// Write to this file instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Exit with status 1 when the reports differ (0 when they do not; 2 on errors).
    #[arg(long)]
    pub exit_code: bool,
    /// Characters of unchanged text shown around each change in the terminal view.
    #[arg(long, value_name = "N", default_value_t = 24)]
    pub context: usize,
    /// Add words to the segmenter from a dictionary in jieba's format (`word [freq] [tag]`).
    #[arg(long, value_name = "FILE")]
    pub dict: Vec<PathBuf>,
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
            eprintln!("govdiff: {}", one_line(&err.to_string()));
            ExitCode::from(2)
        }
    }
}

/// An error message as one harmless line: a file name can hold escape sequences or line breaks.
fn one_line(message: &str) -> String {
    render::sanitize(message)
        .replace('\n', "\\n")
        .replace('\t', "\\t")
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
    let Some(command) = cli.command else {
        return compare(cli.compare, cli.color);
    };
    match command {
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
    }
}

fn compare(args: CompareArgs, color: ColorChoice) -> Result<ExitCode, Failure> {
    let (Some(old), Some(new)) = (args.old, args.new) else {
        unreachable!("clap requires OLD and NEW without a subcommand");
    };
    let old = Report::read(&old)?;
    let new = Report::read(&new)?;
    let options = crate::compare::Options::default();
    let comparison = if args.dict.is_empty() {
        crate::compare::compare(&old, &new, &options)
    } else {
        let mut segmenter = crate::segment::Segmenter::new();
        for dict in &args.dict {
            segmenter.add_dict_file(dict)?;
        }
        crate::compare::compare_with(&old, &new, &segmenter, &options)
    };
    let to_terminal = args.output.is_none() && std::io::stdout().is_terminal();
    let text = match args.format {
        Format::Json => render::json::render(&comparison),
        Format::Terminal => {
            let palette = Palette::new(use_color(color, to_terminal));
            let layout = render::terminal::Layout {
                columns: columns(to_terminal),
                context: args.context,
            };
            render::terminal::render(&comparison, &palette, layout)
        }
    };
    write_output(args.output.as_deref(), &text)?;
    Ok(if args.exit_code && comparison.differs() {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
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
