//! The command line: arguments, colour choice, output and exit codes. Thin glue over the library.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use crate::Report;
use crate::error::Error;
use crate::initiatives;
use crate::render::{self, Palette};
use crate::segment::{Dictionary, Segmenter};

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
    /// Which figures the terminal view lists: the headline ones (targets paragraph, the year's main
    /// results) or all matched across the years. JSON always has all.
    #[arg(long, value_enum, default_value_t = Figures::Headline)]
    pub figures: Figures,
    /// Lines the terminal view shows per list of initiatives and phrases (JSON has all).
    #[arg(long, value_name = "N", default_value_t = 10)]
    pub top: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Figures {
    Headline,
    All,
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
    /// Compare every consecutive-year pair in a folder (or listed in a TSV), in parallel; JSON Lines.
    Batch(BatchArgs),
}

/// `govdiff batch`: many pairs at once.
#[derive(Debug, clap::Args)]
pub struct BatchArgs {
    /// A folder of reports named `<government>-<year>[.<variant>].txt`: every pair of
    /// consecutive years of one government is compared.
    #[arg(required_unless_present = "pairs")]
    pub dir: Option<PathBuf>,
    /// Compare the pairs listed in this TSV file instead (`old<TAB>new` per line, paths relative
    /// to the file).
    #[arg(long, value_name = "FILE", conflicts_with = "dir")]
    pub pairs: Option<PathBuf>,
    /// Write one pretty JSON file per pair into this folder (`<old>__<new>.json`) instead of JSON
    /// Lines on standard output.
    #[arg(long, value_name = "DIR")]
    pub out_dir: Option<PathBuf>,
    /// Write the JSON Lines to this file instead of standard output.
    #[arg(short, long, value_name = "FILE", conflicts_with = "out_dir")]
    pub output: Option<PathBuf>,
    /// Threads to use (default: one per CPU). The output is the same whatever the number.
    #[arg(long, value_name = "N")]
    pub jobs: Option<usize>,
    /// Add words to the segmenter from a dictionary in jieba's format.
    #[arg(long, value_name = "FILE")]
    pub dict: Vec<PathBuf>,
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

/// The palette and width for terminal output going to `output` (standard output when `None`):
/// colour and the terminal's width apply only when standard output is a terminal.
fn terminal(choice: ColorChoice, output: Option<&std::path::Path>) -> (Palette, usize) {
    let to_terminal = output.is_none() && std::io::stdout().is_terminal();
    (Palette::new(use_color(choice, to_terminal)), columns(to_terminal))
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

/// Runs the parsed command line and returns the process exit code. Meant to be the last thing a
/// process does: what a comparison allocated is left for the exit to free.
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
            let text = match format {
                Format::Json => render::outline_json::render(&report),
                Format::Terminal => {
                    let (palette, columns) = terminal(cli.color, output.as_deref());
                    render::outline_terminal::render(&report, &palette, columns)
                }
            };
            write_output(output.as_deref(), &text)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Numbers { file, format, output } => {
            let report = Report::read(&file)?;
            let mut figures = crate::numbers::extract(&report);
            crate::written::figures(&report, &mut figures);
            let text = match format {
                Format::Json => render::numbers_json::render(&report, &figures),
                Format::Terminal => {
                    let (palette, columns) = terminal(cli.color, output.as_deref());
                    render::numbers_terminal::figures(&report, &figures, &palette, columns)
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
            let segmenter = Segmenter::for_texts_with(&[report.source.text()], &dictionaries(&dict)?);
            let mut found = initiatives::extract(&report, &segmenter);
            crate::written::candidates(&report, &mut found);
            let text = match format {
                Format::Json => render::initiatives_json::render_candidates(&found, &report),
                Format::Terminal => {
                    let (palette, columns) = terminal(cli.color, output.as_deref());
                    render::initiatives_terminal::render_candidates(&report, &found, &palette, columns)
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
            let (old, new) = rayon::join(|| Report::read(&old), || Report::read(&new));
            let (old, new) = (old?, new?);
            let segmenter =
                Segmenter::for_texts_with(&[old.source.text(), new.source.text()], &dictionaries(&dict)?);
            let (mut found, mut phrases) = initiatives::analyse(&old, &new, &segmenter);
            crate::written::initiatives(&old, &new, &mut found);
            crate::written::phrases(&old, &new, &mut phrases);
            let text = match format {
                Format::Json => render::initiatives_json::render(&found, &phrases, &old, &new),
                Format::Terminal => {
                    let (palette, columns) = terminal(cli.color, output.as_deref());
                    render::initiatives_terminal::render_standalone(
                        &found, &phrases, &old, &new, &palette, columns, top,
                    )
                }
            };
            write_output(output.as_deref(), &text)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Batch(args) => batch(args),
    }
}

fn batch(args: BatchArgs) -> Result<ExitCode, Failure> {
    let jobs = match (&args.pairs, &args.dir) {
        (Some(tsv), _) => crate::batch::pairs_from_tsv(tsv)?,
        (None, Some(dir)) => crate::batch::pairs_in(dir)?,
        (None, None) => unreachable!("clap requires DIR or --pairs"),
    };
    let options = crate::compare::Options {
        dictionaries: dictionaries(&args.dict)?,
        ..crate::compare::Options::default()
    };
    let progress = if std::io::stderr().is_terminal() {
        let bar = indicatif::ProgressBar::new(jobs.len() as u64);
        bar.set_style(
            indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} pairs {elapsed}")
                .expect("valid progress template"),
        );
        bar
    } else {
        indicatif::ProgressBar::hidden()
    };
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(args.jobs.unwrap_or(0))
        .build()
        .map_err(|e| Error::Write {
            name: "thread pool".into(),
            problem: e.to_string(),
        })?;
    let results = pool.install(|| crate::batch::run(&jobs, &options, || progress.inc(1)));
    progress.finish_and_clear();

    let mut failed = 0;
    let mut lines = String::new();
    for (job, result) in jobs.iter().zip(&results) {
        match result {
            Ok(comparison) => match &args.out_dir {
                Some(dir) => {
                    let name = format!("{}__{}.json", file_stem(&job.old), file_stem(&job.new));
                    write_output(Some(&dir.join(name)), &render::json::render(comparison))?;
                }
                None => {
                    lines.push_str(&render::json::render_line(comparison));
                    lines.push('\n');
                }
            },
            Err(err) => {
                failed += 1;
                eprintln!("govdiff: {}: {err}", job.name());
                if args.out_dir.is_none() {
                    lines.push_str(&render::json::error_line(&job.old, &job.new, &err.to_string()));
                    lines.push('\n');
                }
            }
        }
    }
    if args.out_dir.is_none() {
        write_output(args.output.as_deref(), &lines)?;
    }
    Ok(if failed > 0 {
        ExitCode::from(2)
    } else {
        ExitCode::SUCCESS
    })
}

fn file_stem(path: &std::path::Path) -> String {
    let name = path
        .file_name()
        .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
    name.strip_suffix(".txt").map_or(name.clone(), str::to_string)
}

fn compare(args: CompareArgs, color: ColorChoice) -> Result<ExitCode, Failure> {
    let (Some(old), Some(new)) = (args.old, args.new) else {
        unreachable!("clap requires OLD and NEW without a subcommand");
    };
    let (old, new) = rayon::join(|| Report::read(&old), || Report::read(&new));
    let (old, new) = (old?, new?);
    let options = crate::compare::Options {
        dictionaries: dictionaries(&args.dict)?,
        ..crate::compare::Options::default()
    };
    let comparison = crate::compare::compare(&old, &new, &options);
    let text = match args.format {
        Format::Json => render::json::render_pieces(&comparison),
        Format::Terminal => {
            let (palette, columns) = terminal(color, args.output.as_deref());
            let layout = render::terminal::Layout {
                columns,
                context: args.context,
                all_figures: args.figures == Figures::All,
                top: args.top,
            };
            vec![render::terminal::render(&comparison, &palette, layout).into_bytes()]
        }
    };
    write_pieces(args.output.as_deref(), &text)?;
    let code = if args.exit_code && comparison.differs() {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    };
    // The process ends here: freeing tens of thousands of allocations one by one would only
    // delay the exit the user waits for.
    std::mem::forget((comparison, old, new, text));
    Ok(code)
}

/// The user's dictionaries (`--dict`), read and checked, in the order given.
fn dictionaries(paths: &[PathBuf]) -> Result<Vec<Dictionary>, Error> {
    paths.iter().map(|p| Dictionary::read(p)).collect()
}

fn write_output(path: Option<&std::path::Path>, text: &str) -> Result<(), Failure> {
    write_pieces(path, &[text.as_bytes()])
}

/// Writes a text given in pieces of UTF-8, one after the other, to `path` or standard output.
fn write_pieces(path: Option<&std::path::Path>, pieces: &[impl AsRef<[u8]>]) -> Result<(), Failure> {
    let write_all = |out: &mut dyn Write| -> std::io::Result<()> {
        for piece in pieces {
            out.write_all(piece.as_ref())?;
        }
        out.flush()
    };
    match path {
        Some(path) => std::fs::File::create(path)
            .and_then(|file| write_all(&mut std::io::BufWriter::new(file)))
            .map_err(|e| {
                Failure::Error(Error::Write {
                    name: path.display().to_string(),
                    problem: e.to_string(),
                })
            }),
        None => {
            let mut stdout = std::io::stdout().lock();
            match write_all(&mut stdout) {
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
