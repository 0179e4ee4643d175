//! The digest binary: files, folders, JSONL or standard input in; a digest out.
//!
//! ```text
//! cargo run --release --example digest                       # the sample corpus, as a table
//! cargo run --release --example digest -- pages/ --format json
//! cargo run --release --example digest -- --jsonl feed.jsonl --format jsonl
//! cat page.txt | cargo run --release --example digest -- -
//! cargo run --release --example digest -- pages/*.html --input html
//! cargo run --release --example digest -- --warc CC-NEWS-20240301.warc.gz --format jsonl
//! ```

use clap::{Parser, ValueEnum};
use newsclaim::{input, CrossSections, Digest, Document, InputFormat, Pipeline, Record};
use std::io::{IsTerminal, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::{Duration, Instant};

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    /// Claims grouped by cluster, for people (the default on a terminal).
    Table,
    /// One JSON document (the default when piped).
    Json,
    /// One JSON record a line: each document as soon as it is done, then `{"duplicates": …}`,
    /// `{"stories": …}` and `{"clusters": …}` after every --epoch documents. Memory stays bounded whatever the input size.
    Jsonl,
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
#[derive(Debug, Parser)]
#[command(version, about)]
struct Args {
    /// Files and folders (walked for *.txt, *.html, *.htm); `-` reads one document from standard input.
    /// With no path and no --jsonl, the sample corpus in examples/data/ is digested.
    paths: Vec<PathBuf>,
    /// A JSONL file of {"id": …, "text": …} or {"id": …, "html": …} objects, one a line (repeatable).
    #[arg(long)]
    jsonl: Vec<PathBuf>,
    /// A WARC file, plain or gzip-compressed (repeatable): each response record is a document, with
    /// its URL as id and its capture date.
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
    /// With --format jsonl: report duplicates and clusters, and reset their state, after every this
    /// many documents (0: once, over the whole input, with memory growing about 3.5 KB a document).
    #[arg(long, default_value_t = 50_000)]
    epoch: usize,
    /// Similarity (0–1] at which a document joins a story (default: the library's).
    #[arg(long)]
    story_threshold: Option<f64>,
    /// Cluster claims across stories too (by default a claim cluster stays within one story).
    #[arg(long)]
    across_stories: bool,
    /// Similarity at which a claim joins a claim cluster (default: the library's).
    #[arg(long)]
    claim_threshold: Option<f64>,
    /// Width of the table, in columns.
    #[arg(long, default_value_t = 100)]
    width: usize,
}

/// The inputs in command-line order, read lazily.
fn documents(args: &Args) -> Box<dyn Iterator<Item = Document> + '_> {
    let mut files = Vec::new();
    let mut stdin_doc = None;
    for p in &args.paths {
        if p.as_os_str() == "-" {
            let mut buf = Vec::new();
            stdin_doc = Some(match std::io::stdin().read_to_end(&mut buf) {
                Ok(_) => Document::from_bytes("-", buf).with_source("-"),
                Err(e) => Document::unreadable("-", format!("cannot read standard input: {e}")),
            });
        } else {
            files.push(p.clone());
        }
    }
    if args.paths.is_empty() && args.jsonl.is_empty() && args.warc.is_empty() {
        files.push(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("examples/data"));
    }
    let jsonl = args.jsonl.iter().flat_map(|j| -> Box<dyn Iterator<Item = Document>> {
        let source = j.display().to_string();
        match std::fs::File::open(j) {
            Ok(f) => Box::new(input::from_jsonl(std::io::BufReader::new(f), source)),
            Err(e) => Box::new(std::iter::once(Document::unreadable(
                source.as_str(),
                format!("cannot open {source}: {e}"),
            ))),
        }
    });
    let warc = args.warc.iter().flat_map(|w| newsclaim::warc::from_warc_path(w));
    Box::new(stdin_doc.into_iter().chain(input::from_paths(&files)).chain(jsonl).chain(warc))
}

/// A progress line on stderr, shown only on a terminal and only once the work takes more than a moment.
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
            bar.set_position(self.done);
            self.bar = Some(bar);
        }
        if let Some(bar) = &self.bar {
            bar.set_position(self.done);
        }
    }

    fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}

fn main() -> ExitCode {
    let args = Args::parse();
    let format =
        args.format.unwrap_or(if std::io::stdout().is_terminal() { Format::Table } else { Format::Json });
    // Only the streaming format can hand sections over before the end.
    let epoch = if format == Format::Jsonl { args.epoch } else { 0 };
    let input = match args.input {
        Input::Auto => InputFormat::Auto,
        Input::Text => InputFormat::Text,
        Input::Html => InputFormat::Html,
    };
    let mut builder = Pipeline::builder().strip(!args.no_strip).epoch(epoch).input(input);
    if let Some(t) = args.story_threshold {
        match newsclaim::dedup::StoryConfig::builder().threshold(t).build() {
            Ok(config) => builder = builder.stories(config),
            Err(e) => {
                eprintln!("digest: {e}");
                return ExitCode::FAILURE;
            }
        }
    }
    let mut claim_config =
        newsclaim::dedup::ClaimClusterConfig { across_stories: args.across_stories, ..Default::default() };
    if let Some(t) = args.claim_threshold {
        claim_config.threshold = t;
    }
    builder = builder.claim_clusters(claim_config);
    let mut docs = documents(&args);
    if args.same_site {
        // Corpus mode needs every page before the first is stripped.
        let all: Vec<Document> = docs.collect();
        let pages: Vec<std::borrow::Cow<'_, str>> = all
            .iter()
            .filter_map(|d| match &d.content {
                newsclaim::Content::Text(t) => Some(std::borrow::Cow::Borrowed(t.as_str())),
                newsclaim::Content::Bytes(b) => Some(String::from_utf8_lossy(b)),
                newsclaim::Content::Unreadable(_) => None,
            })
            .collect();
        builder =
            builder.siblings(newsclaim::strip::SiblingIndex::from_pages(pages.iter().map(|p| p.as_ref())));
        drop(pages);
        docs = Box::new(all.into_iter());
    }
    let pipeline = builder.build();
    let format =
        args.format.unwrap_or(if std::io::stdout().is_terminal() { Format::Table } else { Format::Json });
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
            let digest = Digest::from_parts(records, sections);
            (total, failed) = (digest.documents.len(), digest.failed());
            if format == Format::Json {
                serde_json::to_writer_pretty(&mut out, &digest)?;
                writeln!(out)?;
            } else {
                write!(out, "{}", newsclaim::render::table(&digest, args.width))?;
            }
        }
        out.flush()
    })();
    progress.finish();
    if let Err(e) = written {
        if e.kind() != std::io::ErrorKind::BrokenPipe {
            eprintln!("digest: cannot write the output: {e}");
            return ExitCode::FAILURE;
        }
    }
    if failed > 0 {
        eprintln!("digest: {failed} of {total} documents had errors (see their \"error\" fields)");
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}
