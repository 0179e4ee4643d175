//! The digest of a Parquet corpus on a Ballista cluster of this machine: a scheduler and two
//! executor processes (this same program started in other roles), each knowing newsclaim's
//! functions; the client submits the digest's SQL and writes claims, near-duplicate pairs and
//! groups, shared passages and claim clusters to Parquet. Then it runs the same digest on one
//! `SessionContext` and checks that both wrote the same rows.
//!
//! ```text
//! cargo run --release -p newsclaim-datafusion --example make_corpus -- --docs 10000
//! cargo run --release -p newsclaim-datafusion --example ballista_digest -- corpus.parquet digest-ballista
//! ```
//!
//! `RUST_LOG=info` shows the scheduler's and executors' logs.
//!
//! On a real cluster, run `ballista_digest scheduler 0.0.0.0:50050` on one machine,
//! `ballista_digest executor <scheduler host:port> <port> <work dir>` on each worker, and the client
//! with `--scheduler <host:port>`; the corpus and output paths must be ones every process sees.

use datafusion::prelude::{ParquetReadOptions, SessionContext};
use newsclaim_datafusion::{ballista, digest, DigestOptions, NewsclaimContext};
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::{Child, Command};
use std::time::{Duration, Instant};

type Error = Box<dyn std::error::Error>;

const SCHEDULER: &str = "127.0.0.1:50150";
const EXECUTOR_PORTS: [u16; 2] = [50160, 50170];

/// Child processes killed when the client is done (or fails).
struct Cluster(Vec<Child>);

impl Drop for Cluster {
    fn drop(&mut self) {
        for child in &mut self.0 {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

#[tokio::main]
async fn main() -> Result<(), Error> {
    env_logger::init();
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("scheduler") => {
            let address: SocketAddr = args.get(1).map_or(SCHEDULER, String::as_str).parse()?;
            ballista::run_scheduler(address).await?;
            Ok(())
        }
        Some("executor") => {
            let scheduler: SocketAddr = args.get(1).map_or(SCHEDULER, String::as_str).parse()?;
            let port: u16 = args.get(2).map_or(Ok(EXECUTOR_PORTS[0]), |p| p.parse())?;
            let work_dir =
                PathBuf::from(args.get(3).cloned().unwrap_or_else(|| format!("ballista-work-{port}")));
            std::fs::create_dir_all(&work_dir)?;
            ballista::run_executor(scheduler, port, 1, &work_dir).await?;
            Ok(())
        }
        _ => client(&args).await,
    }
}

async fn client(args: &[String]) -> Result<(), Error> {
    let mut positional = Vec::new();
    let mut scheduler: Option<String> = None;
    let mut iter = args.iter();
    while let Some(arg) = iter.next() {
        if arg == "--scheduler" {
            scheduler = Some(iter.next().ok_or("--scheduler needs host:port")?.clone());
        } else {
            positional.push(arg.clone());
        }
    }
    let corpus = std::fs::canonicalize(positional.first().map_or("corpus.parquet", String::as_str))?;
    let out = PathBuf::from(positional.get(1).map_or("digest-ballista", String::as_str));
    std::fs::create_dir_all(&out)?;
    let out = std::fs::canonicalize(out)?;
    let corpus = corpus.to_str().ok_or("corpus path is not UTF-8")?.to_owned();

    // Start the cluster unless one is given.
    let _cluster = match &scheduler {
        Some(_) => None,
        None => Some(start_cluster(&out)?),
    };
    let scheduler = scheduler.unwrap_or_else(|| SCHEDULER.to_owned());
    let ctx = connect(&format!("df://{scheduler}")).await?;
    ctx.register_parquet("corpus", &corpus, ParquetReadOptions::default()).await?;
    let started = Instant::now();
    let summary = digest(&ctx, "corpus", &out.join("cluster"), &DigestOptions::default()).await?;
    println!("Ballista (scheduler + 2 executors): {:.1} s\n{summary:#?}", started.elapsed().as_secs_f64());

    let local = SessionContext::new();
    local.register_newsclaim();
    local.register_parquet("corpus", &corpus, ParquetReadOptions::default()).await?;
    let started = Instant::now();
    let single = digest(&local, "corpus", &out.join("single"), &DigestOptions::default()).await?;
    println!("one SessionContext: {:.1} s", started.elapsed().as_secs_f64());
    for output in [
        "claims/",
        "near_duplicate_pairs/",
        "near_duplicate_groups.parquet",
        "shared_passages/",
        "claim_pairs/",
        "claim_components.parquet",
        "claim_clusters.parquet",
    ] {
        let (a, b) =
            (rows(&out.join("cluster").join(output)).await?, rows(&out.join("single").join(output)).await?);
        println!("{output:32} {:>8} rows, {}", a.len(), if a == b { "same on both" } else { "DIFFERENT" });
        if a != b {
            return Err(format!("{output} differs between Ballista and one session").into());
        }
    }
    assert_eq!(summary, single);
    Ok(())
}

/// The scheduler and two executors, as child processes of this program.
fn start_cluster(out: &Path) -> Result<Cluster, Error> {
    let me = std::env::current_exe()?;
    let mut children = vec![Command::new(&me).args(["scheduler", SCHEDULER]).spawn()?];
    std::thread::sleep(Duration::from_millis(500));
    for port in EXECUTOR_PORTS {
        let work_dir = out.join(format!("work-{port}"));
        let work_dir = work_dir.to_str().ok_or("work dir is not UTF-8")?;
        children.push(Command::new(&me).args(["executor", SCHEDULER, &port.to_string(), work_dir]).spawn()?);
    }
    Ok(Cluster(children))
}

/// A client session, retrying while the scheduler starts.
async fn connect(url: &str) -> Result<SessionContext, Error> {
    let mut last = None;
    for _ in 0..50 {
        match ballista::remote(url).await {
            Ok(ctx) => {
                // executors register with the scheduler a moment after it is up
                tokio::time::sleep(Duration::from_secs(2)).await;
                return Ok(ctx);
            }
            Err(e) => last = Some(e),
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    Err(format!("no scheduler at {url}: {last:?}").into())
}

/// Every row of a Parquet output, formatted and sorted.
async fn rows(path: &Path) -> Result<Vec<String>, Error> {
    let ctx = SessionContext::new();
    let mut path = path.to_str().ok_or("path is not UTF-8")?.to_owned();
    if !path.ends_with(".parquet") && !path.ends_with('/') {
        path.push('/');
    }
    let batches = ctx.read_parquet(path, ParquetReadOptions::default()).await?.collect().await?;
    let text = datafusion::arrow::util::pretty::pretty_format_batches(&batches)?.to_string();
    let mut rows: Vec<String> =
        text.lines().filter(|l| l.starts_with("| ")).skip(1).map(str::to_owned).collect();
    rows.sort();
    Ok(rows)
}
