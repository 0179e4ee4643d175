//! The digest binary: files, folders, JSONL or standard input in; a digest out.
//!
//! ```text
//! cargo run --release --example digest                       # the sample corpus, as a table
//! cargo run --release --example digest -- pages/ --format json
//! cargo run --release --example digest -- --jsonl feed.jsonl --format jsonl
//! cat page.txt | cargo run --release --example digest -- -
//! ```

use clap::{Parser, ValueEnum};
use newsclaim::{input, Document, Pipeline};
use std::io::{IsTerminal, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    /// Claims grouped by cluster, for people (the default on a terminal).
    Table,
    /// One JSON document (the default when piped).
    Json,
    /// One JSON record a line: each document as it is done, then the cross-source sections.
    Jsonl,
}

/// Strip scraped news pages, extract who demanded or rejected what, and merge it across sources.
#[derive(Debug, Parser)]
#[command(version, about)]
struct Args {
    /// Files and folders (walked for *.txt); `-` reads one document from standard input.
    /// With no path and no --jsonl, the sample corpus in examples/data/ is digested.
    paths: Vec<PathBuf>,
    /// A JSONL file of {"id": …, "text": …} objects, one a line (repeatable).
    #[arg(long)]
    jsonl: Vec<PathBuf>,
    /// Treat each input as clean text: no boilerplate stripping, the body is the whole text.
    #[arg(long)]
    no_strip: bool,
    /// Output format (default: table on a terminal, json otherwise).
    #[arg(long, value_enum)]
    format: Option<Format>,
}

fn main() -> ExitCode {
    let args = Args::parse();
    let mut docs: Vec<Document> = Vec::new();
    let mut paths = Vec::new();
    for p in &args.paths {
        if p.as_os_str() == "-" {
            let mut buf = Vec::new();
            docs.push(match std::io::stdin().read_to_end(&mut buf) {
                Ok(_) => Document::from_bytes("-", buf).with_source("-"),
                Err(e) => Document::unreadable("-", format!("cannot read standard input: {e}")),
            });
        } else {
            paths.push(p.clone());
        }
    }
    if args.paths.is_empty() && args.jsonl.is_empty() {
        paths.push(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("examples/data"));
    }
    docs.extend(input::from_paths(&paths));
    for j in &args.jsonl {
        let source = j.display().to_string();
        match std::fs::File::open(j) {
            Ok(f) => docs.extend(input::from_jsonl(std::io::BufReader::new(f), &source)),
            Err(e) => docs.push(Document::unreadable(source.as_str(), format!("cannot open {source}: {e}"))),
        }
    }
    let pipeline = Pipeline::builder().strip(!args.no_strip).build();
    let digest = pipeline.run(docs);
    let format =
        args.format.unwrap_or(if std::io::stdout().is_terminal() { Format::Table } else { Format::Json });
    let out = std::io::stdout();
    let mut out = std::io::BufWriter::new(out.lock());
    let written = match format {
        Format::Json => serde_json::to_writer_pretty(&mut out, &digest).map_err(std::io::Error::from),
        Format::Jsonl => digest.documents.iter().try_for_each(|d| {
            serde_json::to_writer(&mut out, d).map_err(std::io::Error::from).and_then(|_| writeln!(out))
        }),
        Format::Table => write!(out, "{}", newsclaim::render::table(&digest, 100)),
    };
    if let Err(e) = written.and_then(|_| out.flush()) {
        if e.kind() != std::io::ErrorKind::BrokenPipe {
            eprintln!("digest: cannot write the output: {e}");
            return ExitCode::FAILURE;
        }
    }
    let failed = digest.failed();
    if failed > 0 {
        eprintln!(
            "digest: {failed} of {} documents had errors (see their \"error\" fields)",
            digest.documents.len()
        );
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}
