//! The `newsclaim` command: files, folders, JSONL, WARC or standard input in; a digest out as a table,
//! JSON, JSONL, CSV or Markdown.
//!
//! Built with the default-on `cli` feature (it brings `clap`, `indicatif`, `csv` and
//! `terminal_size`); `src/main.rs` is [`main`], and `examples/digest.rs` is [`run_with_default`] over
//! the sample corpus.
//!
//! ```text
//! newsclaim pages/                          # a folder (*.txt, *.html, *.htm), a table on a terminal
//! newsclaim pages/ --format json > d.json   # JSON when asked or piped
//! newsclaim --jsonl feed.jsonl --format jsonl
//! cat page.txt | newsclaim                  # standard input, as one document
//! newsclaim a.txt - b.txt < page.txt        # `-` reads standard input at that place
//! zcat feed.jsonl.gz | newsclaim --jsonl -  # JSONL from standard input
//! ```
//!
//! Inputs are read in command-line order (paths, `--jsonl` and `--warc` interleaved as given).
//! With no input at all, standard input is read when it is not a terminal; on a terminal a usage hint
//! is printed (exit status 2).

use crate::{input, CrossSections, Digest, Document, InputFormat, Pipeline, Record};
use clap::{ArgMatches, CommandFactory, FromArgMatches, Parser, ValueEnum};
use std::ffi::OsString;
use std::io::{IsTerminal, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::{Duration, Instant};

/// The name messages on standard error start with.
const NAME: &str = "newsclaim";

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    /// Claims grouped by story and cluster, for people (the default on a terminal).
    Table,
    /// One JSON document (the default when piped).
    Json,
    /// One JSON record a line: each document as soon as it is done, then `{"duplicates": …}`,
    /// `{"stories": …}` and `{"clusters": …}` after every --epoch documents. Memory stays bounded whatever the input size.
    Jsonl,
    /// One row per claim: document, source, outlet, line, act, negated, hedged, actor (text, norm,
    /// role, code), addressee (text, norm), content, cluster.
    Csv,
    /// A Markdown table of claim clusters per story, then the claims one source reports.
    Markdown,
}

/// How to read the inputs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Input {
    /// `.html`/`.htm` files and JSONL `html` fields as HTML; anything else by its content.
    Auto,
    /// Every input is a text dump, one block a line.
    Text,
    /// Every input is an HTML page.
    Html,
}

/// Strip scraped news pages, extract who demanded or rejected what, and merge it across sources.
///
/// Inputs are read in command-line order. With no input, standard input is read when it is not a
/// terminal.
#[derive(Debug, Parser)]
#[command(name = "newsclaim", version, about)]
struct Args {
    /// Files and folders (walked for *.txt, *.html, *.htm, symbolic links followed); `-` reads one
    /// document from standard input at that place.
    paths: Vec<PathBuf>,
    /// A JSONL file of {"id": …, "text": …} or {"id": …, "html": …} objects, one a line; other
    /// fields are passed into the record's "fields" (repeatable; `-` for standard input).
    #[arg(long)]
    jsonl: Vec<PathBuf>,
    /// A WARC file, plain or gzip-compressed (repeatable; `-` for standard input): each response
    /// record is a document, with its URL as id and its capture date.
    #[arg(long)]
    warc: Vec<PathBuf>,
    /// How to read the inputs: by extension and content (auto), all as text dumps, or all as HTML.
    #[arg(long, value_enum, default_value_t = Input::Auto)]
    input: Input,
    /// Treat each input as clean text: no boilerplate stripping, the body is the whole text.
    #[arg(long)]
    no_strip: bool,
    /// All inputs are pages of one outlet: lines that recur on several of them are site chrome.
    /// Holds every input in memory.
    #[arg(long)]
    same_site: bool,
    /// Output format (default: table on a terminal, json otherwise).
    #[arg(long, value_enum)]
    format: Option<Format>,
    /// With --format jsonl only: report duplicates and clusters, and reset their state, after every
    /// this many documents (default 50000; 0: once, over the whole input, with memory growing about
    /// 3.5 KB a document).
    #[arg(long)]
    epoch: Option<usize>,
    /// Similarity (0–1] at which a document joins a story (default: the library's).
    #[arg(long)]
    story_threshold: Option<f64>,
    /// Cluster claims across stories too (by default a claim cluster stays within one story).
    #[arg(long)]
    across_stories: bool,
    /// Similarity at which a claim joins a claim cluster (default: the library's).
    #[arg(long)]
    claim_threshold: Option<f64>,
    /// Width of the table, in columns (default: the terminal's, else 80; at least 60).
    #[arg(long)]
    width: Option<usize>,
    /// Worker threads (default: one per core).
    #[arg(long, value_parser = clap::value_parser!(u16).range(1..))]
    threads: Option<u16>,
}

/// One input, in command-line order.
#[derive(Debug, Clone)]
enum Source {
    /// A file or folder.
    Path(PathBuf),
    /// One document from standard input.
    Stdin,
    /// A JSONL file (`-`: standard input).
    Jsonl(PathBuf),
    /// A WARC file (`-`: standard input).
    Warc(PathBuf),
}

impl Source {
    fn is_stdin(&self) -> bool {
        match self {
            Source::Stdin => true,
            Source::Jsonl(p) | Source::Warc(p) => p.as_os_str() == "-",
            Source::Path(_) => false,
        }
    }
}

/// The inputs in command-line order: positions of paths, `--jsonl` and `--warc` values merged.
fn sources(args: &Args, matches: &ArgMatches) -> Vec<Source> {
    let mut all: Vec<(usize, Source)> = Vec::new();
    let mut add = |id: &str, values: &[PathBuf], make: fn(PathBuf) -> Source| {
        let at: Vec<usize> = matches.indices_of(id).map(|i| i.collect()).unwrap_or_default();
        for (n, v) in values.iter().enumerate() {
            all.push((at.get(n).copied().unwrap_or(usize::MAX), make(v.clone())));
        }
    };
    add("paths", &args.paths, |p| if p.as_os_str() == "-" { Source::Stdin } else { Source::Path(p) });
    add("jsonl", &args.jsonl, Source::Jsonl);
    add("warc", &args.warc, Source::Warc);
    all.sort_by_key(|(i, _)| *i);
    all.into_iter().map(|(_, s)| s).collect()
}

/// The documents of one input, read when the iterator first asks for one, a folder's with ids
/// relative to it or starting with it (`relative_ids`). Folder walks report what they skip on
/// standard error.
fn documents_of(source: Source, relative_ids: bool) -> Box<dyn Iterator<Item = Document>> {
    match source {
        Source::Path(p) => {
            let listing = input::list_path(&p, relative_ids);
            report_skipped(&p, &listing);
            Box::new(listing.documents())
        }
        Source::Stdin => {
            let mut buf = Vec::new();
            let doc = match std::io::stdin().lock().read_to_end(&mut buf) {
                Ok(_) => Document::from_bytes("-", buf).with_source("-"),
                Err(e) => {
                    Document::unreadable("-", format!("cannot read standard input: {e}")).with_source("-")
                }
            };
            Box::new(std::iter::once(doc))
        }
        Source::Jsonl(p) if p.as_os_str() == "-" => Box::new(input::from_jsonl(std::io::stdin().lock(), "-")),
        Source::Jsonl(p) => {
            let source = p.display().to_string();
            match std::fs::File::open(&p) {
                Ok(f) => Box::new(input::from_jsonl(std::io::BufReader::new(f), source)),
                Err(e) => Box::new(std::iter::once(
                    Document::unreadable(source.as_str(), format!("cannot open {source}: {e}"))
                        .with_source(source),
                )),
            }
        }
        Source::Warc(p) if p.as_os_str() == "-" => {
            Box::new(crate::warc::from_warc(std::io::stdin().lock(), "-"))
        }
        Source::Warc(p) => crate::warc::from_warc_path(&p),
    }
}

/// Says on standard error what a folder walk left out: one line for the files with other
/// extensions, one per symbolic-link loop.
fn report_skipped(path: &std::path::Path, listing: &input::Listing) {
    for l in &listing.loops {
        eprintln!("{NAME}: skipped {l}");
    }
    let n = listing.skipped.len();
    if n > 0 {
        const SHOWN: usize = 5;
        let names: Vec<String> = listing
            .skipped
            .iter()
            .take(SHOWN)
            .map(|p| p.strip_prefix(path).unwrap_or(p).display().to_string())
            .collect();
        let more = if n > SHOWN { format!(", and {} more", n - SHOWN) } else { String::new() };
        eprintln!(
            "{NAME}: skipped {n} file{} in {} with other extensions than .txt, .html, .htm: {}{more}",
            if n == 1 { "" } else { "s" },
            path.display(),
            names.join(", ")
        );
    }
}

/// A progress line on stderr, shown only on a terminal and only once the work takes more than a
/// moment; it keeps spinning on its own while the cross-source sections are computed.
struct Progress {
    bar: Option<indicatif::ProgressBar>,
    started: Instant,
    done: u64,
}

impl Progress {
    fn new() -> Self {
        Progress { bar: None, started: Instant::now(), done: 0 }
    }

    fn tick(&mut self) {
        self.done += 1;
        if self.bar.is_none()
            && std::io::stderr().is_terminal()
            && self.started.elapsed() > Duration::from_secs(1)
        {
            let bar = indicatif::ProgressBar::new_spinner();
            if let Ok(style) =
                indicatif::ProgressStyle::with_template("{spinner} {pos} documents, {per_sec} [{elapsed}]")
            {
                bar.set_style(style);
            }
            bar.enable_steady_tick(Duration::from_millis(120));
            self.bar = Some(bar);
        }
        if let Some(bar) = &self.bar {
            bar.set_position(self.done);
        }
    }

    fn finish(&mut self) {
        if let Some(bar) = self.bar.take() {
            bar.finish_and_clear();
        }
    }
}

/// Runs the command with the process's arguments; what `src/main.rs` calls.
pub fn main() -> ExitCode {
    run(std::env::args_os())
}

/// Runs the command with these arguments (the first is the program's name). With no input at all
/// and standard input a terminal, prints a usage hint and returns exit status 2.
pub fn run<I, T>(args: I) -> ExitCode
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    run_inner(args, None)
}

/// Like [`run`], but with no input at all and standard input a terminal, digests `default()`
/// instead of printing the usage hint (the `digest` example passes the sample corpus).
pub fn run_with_default<I, T>(args: I, default: impl FnOnce() -> Vec<Document> + 'static) -> ExitCode
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    run_inner(args, Some(Box::new(default)))
}

type DefaultDocs = Box<dyn FnOnce() -> Vec<Document>>;

/// A usage error: the message, exit status 2.
fn usage_error(message: &str) -> ExitCode {
    eprintln!("{NAME}: {message}\n\nFor more information, try '--help'.");
    ExitCode::from(2)
}

fn run_inner<I, T>(args: I, default: Option<DefaultDocs>) -> ExitCode
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let matches = match Args::command().try_get_matches_from(args) {
        Ok(m) => m,
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(u8::try_from(e.exit_code()).unwrap_or(2));
        }
    };
    let args = match Args::from_arg_matches(&matches) {
        Ok(a) => a,
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(2);
        }
    };
    let stdout_terminal = std::io::stdout().is_terminal();
    let format = args.format.unwrap_or(if stdout_terminal { Format::Table } else { Format::Json });
    if args.epoch.is_some() && format != Format::Jsonl {
        return usage_error(
            "--epoch applies only with --format jsonl (the other formats report the cross-source \
             sections once, over the whole input)",
        );
    }

    let mut sources = sources(&args, &matches);
    let mut default_docs = None;
    if sources.is_empty() {
        if !std::io::stdin().is_terminal() {
            sources.push(Source::Stdin);
        } else if let Some(default) = default {
            default_docs = Some(default());
        } else {
            return usage_error(
                "no input: give files or folders, --jsonl FILE, --warc FILE, or pipe a document into \
                 standard input (`cat page.txt | newsclaim`)\n\nUsage: newsclaim [OPTIONS] [PATHS]...",
            );
        }
    }
    let stdin_uses = sources.iter().filter(|s| s.is_stdin()).count();
    if stdin_uses > 1 {
        return usage_error(&format!(
            "standard input can be read only once, but `-` is given {stdin_uses} times (as a path, \
             --jsonl - or --warc -)"
        ));
    }

    if let Some(n) = args.threads {
        if let Err(e) = rayon::ThreadPoolBuilder::new().num_threads(usize::from(n)).build_global() {
            eprintln!("{NAME}: cannot set --threads {n}: {e}");
            return ExitCode::FAILURE;
        }
    }

    // Only the streaming format can hand sections over before the end.
    let epoch = if format == Format::Jsonl { args.epoch.unwrap_or(50_000) } else { 0 };
    let input = match args.input {
        Input::Auto => InputFormat::Auto,
        Input::Text => InputFormat::Text,
        Input::Html => InputFormat::Html,
    };
    let mut builder = Pipeline::builder().strip(!args.no_strip).epoch(epoch).input(input);
    if let Some(t) = args.story_threshold {
        match crate::dedup::StoryConfig::builder().threshold(t).build() {
            Ok(config) => builder = builder.stories(config),
            Err(e) => return usage_error(&format!("--story-threshold {t}: {e}")),
        }
    }
    let mut claim_config = crate::dedup::ClaimClusterConfig::builder().across_stories(args.across_stories);
    if let Some(t) = args.claim_threshold {
        claim_config = claim_config.threshold(t);
    }
    match claim_config.build() {
        Ok(config) => builder = builder.claim_clusters(config),
        Err(e) => {
            let t = args.claim_threshold.unwrap_or_default();
            return usage_error(&format!("--claim-threshold {t}: {e}"));
        }
    }

    let mut docs: Box<dyn Iterator<Item = Document>> = match default_docs {
        Some(d) => Box::new(d.into_iter()),
        None => {
            // Ids relative to the folder when one is given; else starting with the folder as written.
            let relative = sources.iter().filter(|s| matches!(s, Source::Path(_))).count() == 1;
            Box::new(sources.into_iter().flat_map(move |s| documents_of(s, relative)))
        }
    };
    if args.same_site {
        // Corpus mode needs every page before the first is stripped.
        let all: Vec<Document> = docs.collect();
        let pages: Vec<std::borrow::Cow<'_, str>> = all
            .iter()
            .filter_map(|d| match &d.content {
                crate::Content::Text(t) => Some(std::borrow::Cow::Borrowed(t.as_str())),
                crate::Content::Bytes(b) => Some(String::from_utf8_lossy(b)),
                crate::Content::Unreadable(_) => None,
            })
            .collect();
        builder = builder.siblings(crate::strip::SiblingIndex::from_pages(pages.iter().map(|p| p.as_ref())));
        drop(pages);
        docs = Box::new(all.into_iter());
    }
    let pipeline = builder.build();
    let width = args.width.unwrap_or_else(|| {
        terminal_size::terminal_size_of(std::io::stdout()).map_or(80, |(w, _)| usize::from(w.0))
    });

    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut progress = Progress::new();
    let (mut total, mut failed) = (0usize, 0usize);
    let written: std::io::Result<()> = (|| {
        if format == Format::Jsonl {
            pipeline.run_streaming(docs, |record| match record {
                Record::Document(r) => {
                    progress.tick();
                    total += 1;
                    failed += usize::from(r.error.is_some());
                    serde_json::to_writer(&mut out, &r)?;
                    writeln!(out)
                }
                Record::Sections(s) => {
                    serde_json::to_writer(&mut out, &serde_json::json!({ "duplicates": s.duplicates }))?;
                    writeln!(out)?;
                    serde_json::to_writer(&mut out, &serde_json::json!({ "stories": s.stories }))?;
                    writeln!(out)?;
                    serde_json::to_writer(&mut out, &serde_json::json!({ "clusters": s.clusters }))?;
                    writeln!(out)
                }
            })?;
            progress.finish();
        } else {
            let mut records = Vec::new();
            let mut sections = CrossSections::default();
            pipeline.run_streaming(docs, |record| {
                match record {
                    Record::Document(r) => {
                        progress.tick();
                        records.push(r);
                    }
                    Record::Sections(s) => sections = s,
                }
                Ok::<(), std::io::Error>(())
            })?;
            // The spinner stops before the output is written, so it never sits frozen over it.
            progress.finish();
            let digest = Digest::from_parts(records, sections);
            (total, failed) = (digest.documents.len(), digest.failed());
            match format {
                Format::Json => {
                    serde_json::to_writer_pretty(&mut out, &digest)?;
                    writeln!(out)?;
                }
                Format::Table => write!(out, "{}", crate::render::table(&digest, width))?,
                Format::Markdown => write!(out, "{}", crate::render::markdown(&digest))?,
                Format::Csv => write_csv(&mut out, &digest)?,
                Format::Jsonl => unreachable!("handled above"),
            }
        }
        out.flush()
    })();
    progress.finish();
    if let Err(e) = written {
        if e.kind() != std::io::ErrorKind::BrokenPipe {
            eprintln!("{NAME}: cannot write the output: {e}");
            return ExitCode::FAILURE;
        }
    }
    if failed > 0 {
        eprintln!("{NAME}: {failed} of {total} documents had errors (see their \"error\" fields)");
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}

/// The CSV header: one row per claim.
pub const CSV_HEADER: [&str; 15] = [
    "document",
    "source",
    "outlet",
    "line",
    "act",
    "negated",
    "hedged",
    "actor",
    "actor_norm",
    "actor_role",
    "actor_code",
    "addressee",
    "addressee_norm",
    "content",
    "cluster",
];

/// Writes the digest's claims as CSV, one row per claim in input order, with [`CSV_HEADER`].
pub fn write_csv<W: Write>(out: W, digest: &Digest) -> std::io::Result<()> {
    let mut w = csv::Writer::from_writer(out);
    w.write_record(CSV_HEADER)?;
    for d in &digest.documents {
        let id = d.id.as_ref().map(|i| i.to_string()).unwrap_or_default();
        for c in &d.claims {
            let line = c.line.to_string();
            let (addressee, addressee_norm) =
                c.addressee.as_ref().map_or(("", String::new()), |a| (a.text.as_str(), a.norms_joined()));
            let actor_norm = c.actor.norms_joined();
            w.write_record([
                id.as_str(),
                d.source.as_deref().unwrap_or(""),
                d.outlet.as_deref().unwrap_or(""),
                line.as_str(),
                c.act.as_str(),
                if c.negated { "true" } else { "false" },
                if c.hedged { "true" } else { "false" },
                c.actor.text.as_str(),
                actor_norm.as_str(),
                c.actor.role.as_deref().unwrap_or(""),
                c.actor.code.as_deref().unwrap_or(""),
                addressee,
                addressee_norm.as_str(),
                c.content.as_ref().map_or("", |p| p.text.as_str()),
                c.cluster.as_deref().unwrap_or(""),
            ])?;
        }
    }
    w.flush()
}
