//! The installed `newsclaim` command, run as a user runs it: inputs, ids, folder walking, standard
//! input, formats, fields, options and languages.

use std::io::{Read as _, Write};
use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

fn newsclaim() -> Command {
    Command::new(env!("CARGO_BIN_EXE_newsclaim"))
}

/// Runs the command with `stdin` piped in, stopping it (and failing) after 60 s.
fn run(args: &[&str], dir: &Path, stdin: &[u8]) -> Output {
    let mut child = newsclaim()
        .args(args)
        .current_dir(dir)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run newsclaim");
    let mut input = child.stdin.take().unwrap();
    let bytes = stdin.to_vec();
    let writer = std::thread::spawn(move || {
        // The command may not read standard input at all: a broken pipe is fine.
        let _ = input.write_all(&bytes);
    });
    // Read both pipes while waiting, so that a large output cannot fill a pipe and stall the child.
    let drain = |mut pipe: Box<dyn std::io::Read + Send>| {
        std::thread::spawn(move || {
            let mut buf = Vec::new();
            let _ = pipe.read_to_end(&mut buf);
            buf
        })
    };
    let stdout = drain(Box::new(child.stdout.take().unwrap()));
    let stderr = drain(Box::new(child.stderr.take().unwrap()));
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if started.elapsed() > Duration::from_secs(60) {
            let _ = child.kill();
            panic!("newsclaim {args:?} did not finish in 60 s");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    writer.join().unwrap();
    Output { status, stdout: stdout.join().unwrap(), stderr: stderr.join().unwrap() }
}

fn json(out: &Output) -> serde_json::Value {
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "not JSON ({e}): {}\nstderr: {}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        )
    })
}

fn ids(v: &serde_json::Value) -> Vec<String> {
    v["documents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["id"].to_string().trim_matches('"').to_owned())
        .collect()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

const CLAIM: &str =
    "Russia demanded that NATO halt its expansion in eastern Europe, the foreign ministry said.\n";
const OTHER: &str = "Ukraine rejected the proposal, calling it an attempt to redraw the borders of Europe.\n";

fn sample() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/data")
}

#[test]
fn the_binary_is_built_and_runs() {
    let out = newsclaim().arg("--version").output().unwrap();
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("newsclaim "));
    let out = newsclaim().arg("--help").output().unwrap();
    let help = String::from_utf8_lossy(&out.stdout);
    for option in ["--format", "--jsonl", "--warc", "--threads", "--width", "--epoch", "--no-strip"] {
        assert!(help.contains(option), "{option} missing from --help:\n{help}");
    }
    let out = newsclaim().arg("--bogus").output().unwrap();
    assert_eq!(out.status.code(), Some(2), "an unknown option is a usage error");
}

#[test]
fn the_table_fits_80_columns_and_has_a_legend() {
    let tmp = tempfile::tempdir().unwrap();
    let long = "The Ministry of Foreign Affairs and International Cooperation of the Republic of Veloria \
                demanded that the Kestrian government withdraw every soldier from Tavrin Island at once.\n";
    std::fs::write(tmp.path().join("long.txt"), long).unwrap();
    let data = sample();
    let out = run(
        &["--format", "table", "--width", "80", data.to_str().unwrap(), tmp.path().to_str().unwrap()],
        tmp.path(),
        b"",
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let table = String::from_utf8(out.stdout).unwrap();
    assert!(table.lines().count() > 20, "{table}");
    for line in table.lines() {
        assert!(line.chars().count() <= 80, "{} > 80: {line}", line.chars().count());
    }
    let legend = table.lines().find(|l| l.starts_with("legend:")).expect(&table);
    for mark in ["¬", "c1", "SRC"] {
        assert!(legend.contains(mark), "{legend}");
    }
    // The actor column has room for a minister's name (16 columns cut it to "Foreign Ministe…").
    assert!(table.contains("Foreign Minister Ana Dresk "), "{table}");
    // Wider terminals get wider columns.
    let out = run(&["--format", "table", "--width", "140", data.to_str().unwrap()], tmp.path(), b"");
    let wide = String::from_utf8(out.stdout).unwrap();
    assert!(wide.lines().any(|l| l.chars().count() > 100), "{wide}");
    assert!(wide.lines().all(|l| l.chars().count() <= 140));
}

#[test]
fn ids_are_paths_relative_to_the_folder_given() {
    let tmp = tempfile::tempdir().unwrap();
    for d in ["d1", "d2"] {
        std::fs::create_dir(tmp.path().join(d)).unwrap();
    }
    std::fs::write(tmp.path().join("d1/a.txt"), CLAIM).unwrap();
    std::fs::write(tmp.path().join("d2/a.txt"), OTHER).unwrap();
    let out = run(&["--format", "json", "."], tmp.path(), b"");
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(ids(&json(&out)), ["d1/a.txt", "d2/a.txt"]);
    // Several folders: ids start with the folder as written.
    let out = run(&["--format", "json", "d1", "d2/"], tmp.path(), b"");
    assert_eq!(ids(&json(&out)), ["d1/a.txt", "d2/a.txt"]);
    // A file given directly keeps the path as written.
    let out = run(&["--format", "json", "d1/a.txt", "./d2/a.txt"], tmp.path(), b"");
    assert_eq!(ids(&json(&out)), ["d1/a.txt", "./d2/a.txt"]);
}

#[cfg(unix)]
#[test]
fn symbolic_link_loops_neither_hang_nor_duplicate() {
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path().join("d");
    std::fs::create_dir_all(d.join("sub")).unwrap();
    std::fs::write(d.join("a.txt"), CLAIM).unwrap();
    std::fs::write(d.join("sub/b.txt"), OTHER).unwrap();
    std::fs::write(tmp.path().join("outside.txt"), OTHER).unwrap();
    std::os::unix::fs::symlink(".", d.join("self")).unwrap();
    std::os::unix::fs::symlink("..", d.join("up")).unwrap();
    std::os::unix::fs::symlink("..", d.join("sub/up")).unwrap();
    std::os::unix::fs::symlink("sub", d.join("alias")).unwrap();
    let out = run(&["--format", "json", "d"], tmp.path(), b"");
    assert!(out.status.success(), "{}", stderr(&out));
    // Every folder once: `alias` (first in sorted order) is `sub`, so `sub` is not walked again;
    // `self`, `up` and `sub/up` lead to folders already walked (`up` to the parent, whose `d` is
    // the folder given, and whose `outside.txt` is read once).
    assert_eq!(ids(&json(&out)), ["a.txt", "alias/b.txt", "up/outside.txt"]);
    let err = stderr(&out);
    for skipped in ["d/self", "d/sub ", "d/up/d ", "d/alias/up "] {
        assert!(err.contains(skipped), "{skipped} not reported: {err}");
    }
}

#[test]
fn files_with_other_extensions_are_reported() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::write(tmp.path().join("a.txt"), CLAIM).unwrap();
    std::fs::write(tmp.path().join("b.HTML"), format!("<html><body><p>{OTHER}</p></body></html>")).unwrap();
    std::fs::write(tmp.path().join("notes.pdf"), b"%PDF-1.4").unwrap();
    std::fs::write(tmp.path().join("feed.jsonl"), "{}").unwrap();
    let out = run(&["--format", "json", "."], tmp.path(), b"");
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(ids(&json(&out)), ["a.txt", "b.HTML"]);
    let err = stderr(&out);
    assert!(err.contains("skipped 2 files"), "{err}");
    assert!(err.contains("notes.pdf") && err.contains("feed.jsonl"), "{err}");
}

#[test]
fn standard_input_without_a_path_is_one_document() {
    let tmp = tempfile::tempdir().unwrap();
    let out = run(&["--format", "json"], tmp.path(), CLAIM.as_bytes());
    assert!(out.status.success(), "{}", stderr(&out));
    let v = json(&out);
    assert_eq!(ids(&v), ["-"]);
    assert_eq!(v["documents"][0]["claims"][0]["act"], "demand");
}

#[test]
fn a_dash_reads_standard_input_in_its_place() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::write(tmp.path().join("a.txt"), CLAIM).unwrap();
    std::fs::write(tmp.path().join("b.txt"), OTHER).unwrap();
    let jsonl = "{\"id\": \"j1\", \"text\": \"The talks went on.\"}\n";
    std::fs::write(tmp.path().join("f.jsonl"), jsonl).unwrap();
    let out = run(
        &["--format", "json", "b.txt", "--jsonl", "f.jsonl", "-", "a.txt"],
        tmp.path(),
        b"Moscow rejected the plan on Monday.",
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(ids(&json(&out)), ["b.txt", "j1", "-", "a.txt"], "inputs keep command-line order");
}

#[test]
fn jsonl_from_standard_input() {
    let tmp = tempfile::tempdir().unwrap();
    let feed = format!(
        "{}\n{}\n",
        serde_json::json!({"id": 1, "text": CLAIM}),
        serde_json::json!({"id": 2, "text": OTHER})
    );
    let out = run(&["--format", "json", "--jsonl", "-"], tmp.path(), feed.as_bytes());
    assert!(out.status.success(), "{}", stderr(&out));
    let v = json(&out);
    assert_eq!(v["documents"][0]["id"], 1);
    assert_eq!(v["documents"][1]["id"], 2);
    assert_eq!(v["documents"][1]["source"], "-:2");
}

#[test]
fn standard_input_twice_is_a_usage_error() {
    let tmp = tempfile::tempdir().unwrap();
    for args in [&["-", "-"][..], &["-", "--jsonl", "-"], &["--jsonl", "-", "--warc", "-"]] {
        let out = run(args, tmp.path(), CLAIM.as_bytes());
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(out.stdout.is_empty());
        assert!(stderr(&out).contains("standard input can be read only once"), "{}", stderr(&out));
    }
}

#[test]
fn csv_has_a_header_and_one_row_per_claim() {
    let tmp = tempfile::tempdir().unwrap();
    let quoted = "Russia demanded that NATO halt its expansion, \"at once\", officials said.\n";
    std::fs::write(tmp.path().join("q.txt"), quoted).unwrap();
    let data = sample();
    let out = run(&["--format", "csv", data.to_str().unwrap(), "q.txt"], tmp.path(), b"");
    assert!(out.status.success(), "{}", stderr(&out));
    let mut reader = csv::Reader::from_reader(out.stdout.as_slice());
    let header: Vec<String> = reader.headers().unwrap().iter().map(str::to_owned).collect();
    assert_eq!(header, newsclaim::cli::CSV_HEADER);
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let json_out = run(&["--format", "json", data.to_str().unwrap(), "q.txt"], tmp.path(), b"");
    let v = json(&json_out);
    let claims: usize =
        v["documents"].as_array().unwrap().iter().map(|d| d["claims"].as_array().unwrap().len()).sum();
    assert_eq!(rows.len(), claims);
    assert!(rows.iter().all(|r| r.len() == header.len()));
    assert!(rows.iter().any(|r| !r[14].is_empty()), "some claims are in clusters");
    let q = rows.iter().find(|r| &r[0] == "q.txt").expect("the quoted claim");
    assert_eq!((&q[4], &q[8]), ("demand", "Russia"));
    // Every field comes back as written: commas and quotes were quoted properly.
    let contents: Vec<String> = v["documents"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|d| d["claims"].as_array().unwrap().iter())
        .map(|c| c["content"]["text"].as_str().unwrap_or("").to_owned())
        .collect();
    let csv_contents: Vec<&str> = rows.iter().map(|r| &r[13]).collect();
    assert_eq!(csv_contents, contents);
    assert!(contents.iter().any(|c| c.contains(',') || c.contains('"')), "the test needs a field to quote");
}

#[test]
fn markdown_tables() {
    let tmp = tempfile::tempdir().unwrap();
    let data = sample();
    let out = run(&["--format", "markdown", data.to_str().unwrap()], tmp.path(), b"");
    assert!(out.status.success(), "{}", stderr(&out));
    let md = String::from_utf8(out.stdout).unwrap();
    assert!(md.contains("## s1 · 10 documents"), "{md}");
    assert!(md.contains("| act | actor | what | of whom | SRC | cluster and sources |"), "{md}");
    assert!(md.contains("## Reported by one source"), "{md}");
    // Every table row has the same number of cells as its header.
    for line in md.lines().filter(|l| l.starts_with('|')) {
        let cells = line.replace("\\|", "").matches('|').count();
        assert_eq!(cells, 7, "{line}");
    }
}

#[test]
fn jsonl_fields_pass_through() {
    let tmp = tempfile::tempdir().unwrap();
    let feed = format!(
        "{}\n{}\n",
        serde_json::json!({"id": 1, "text": CLAIM, "url": "https://x.example/1", "outlet": "The Gazette",
                           "date": "2024-03-01T10:00:00Z", "tags": ["nato", "russia"], "score": 0.5}),
        serde_json::json!({"id": 2, "text": OTHER})
    );
    std::fs::write(tmp.path().join("f.jsonl"), feed).unwrap();
    let out = run(&["--format", "json", "--jsonl", "f.jsonl"], tmp.path(), b"");
    assert!(out.status.success(), "{}", stderr(&out));
    let v = json(&out);
    let d = &v["documents"][0];
    assert_eq!(d["fields"]["outlet"], "The Gazette");
    assert_eq!(d["fields"]["url"], "https://x.example/1");
    assert_eq!(d["fields"]["tags"], serde_json::json!(["nato", "russia"]));
    assert_eq!(d["fields"]["score"], 0.5);
    assert!(d["fields"].get("text").is_none() && d["fields"].get("id").is_none());
    assert_eq!(d["date"], "2024-03-01");
    assert!(v["documents"][1].get("fields").is_none(), "no fields, no key");
    // The streaming format too.
    let out = run(&["--format", "jsonl", "--jsonl", "f.jsonl"], tmp.path(), b"");
    let first: serde_json::Value =
        serde_json::from_slice(out.stdout.split(|b| *b == b'\n').next().unwrap()).unwrap();
    assert_eq!(first["fields"]["outlet"], "The Gazette");
}

#[test]
fn threads_option() {
    let tmp = tempfile::tempdir().unwrap();
    let data = sample();
    let one = run(&["--format", "json", "--threads", "1", data.to_str().unwrap()], tmp.path(), b"");
    assert!(one.status.success(), "{}", stderr(&one));
    let two = run(&["--format", "json", "--threads", "2", data.to_str().unwrap()], tmp.path(), b"");
    assert_eq!(json(&one), json(&two), "the digest does not depend on the number of threads");
    let zero = run(&["--threads", "0", data.to_str().unwrap()], tmp.path(), b"");
    assert_eq!(zero.status.code(), Some(2));
}

#[test]
fn epoch_needs_the_jsonl_format() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::write(tmp.path().join("a.txt"), CLAIM).unwrap();
    for format in [&["--format", "json"][..], &["--format", "table"], &[]] {
        let mut args = vec!["--epoch", "10", "a.txt"];
        args.extend_from_slice(format);
        let out = run(&args, tmp.path(), b"");
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(stderr(&out).contains("--epoch applies only with --format jsonl"), "{}", stderr(&out));
    }
    let out = run(&["--epoch", "10", "--format", "jsonl", "a.txt"], tmp.path(), b"");
    assert!(out.status.success(), "{}", stderr(&out));
}

#[test]
fn a_german_document_gets_its_language_and_a_note() {
    let tmp = tempfile::tempdir().unwrap();
    let german = "Die Bundesregierung hat am Montag gefordert, dass Russland seine Truppen aus der Region \
                  abzieht. Der Außenminister sagte, die Gespräche würden in der nächsten Woche fortgesetzt.\n";
    std::fs::write(tmp.path().join("de.txt"), german).unwrap();
    std::fs::write(tmp.path().join("en.txt"), CLAIM).unwrap();
    let out = run(&["--format", "json", "de.txt", "en.txt"], tmp.path(), b"");
    assert!(out.status.success(), "{}", stderr(&out));
    let v = json(&out);
    let (de, en) = (&v["documents"][0], &v["documents"][1]);
    assert_eq!(de["language"], "de");
    assert!(de["note"].as_str().unwrap().contains("English only"), "{de:#}");
    assert_eq!(en["language"], "en");
    assert!(en.get("note").is_none());
    // The table shows the note too.
    let out = run(&["--format", "table", "--width", "80", "de.txt"], tmp.path(), b"");
    assert!(String::from_utf8_lossy(&out.stdout).contains("notes:"));
}

/// The table is rendered in time linear in the digest, so it costs about what the JSON does: on a
/// synthetic digest of 20,000 documents (three claims each, a third of them in two-source clusters)
/// the table must take at most 1.5× the time of the pretty JSON. Was quadratic: every cluster
/// member was looked up by scanning every document.
#[test]
fn the_table_costs_no_more_than_the_json() {
    use newsclaim::digest::*;
    let n = 20_000;
    let mention = |t: &str| MentionReport {
        text: t.to_owned(),
        mention: None,
        norms: vec![t.to_owned()],
        role: None,
        code: None,
        span: [0, t.len()],
    };
    let phrase = |t: String| PhraseReport { span: [0, t.len()], text: t };
    let mut digest = Digest::default();
    for i in 0..n {
        let mut d = DocumentReport { id: Some(format!("doc{i}.txt").as_str().into()), ..Default::default() };
        for k in 0..3 {
            d.claims.push(ClaimReport {
                act: newsclaim::extract::Act::Demand,
                cameo: "10".into(),
                plover: "REQUEST".into(),
                actor: mention(&format!("Actor {}", i % 97)),
                addressee: Some(mention("NATO")),
                content: Some(phrase(format!("halt expansion number {i} {k}"))),
                evidence: phrase(format!("Actor demanded that NATO halt expansion number {i} {k}.")),
                line: k + 1,
                attribution: "plain".into(),
                reporting_verb: None,
                negated: k == 2,
                hedged: false,
                rule: "r".into(),
                cluster: None,
            });
        }
        digest.documents.push(d);
    }
    for s in 0..n / 2 {
        let (a, b) = (2 * s, 2 * s + 1);
        let story = format!("s{}", s + 1);
        digest.stories.push(StoryReport {
            id: story.clone(),
            documents: vec![format!("doc{a}.txt").as_str().into(), format!("doc{b}.txt").as_str().into()],
            headline: format!("Story {s}"),
            ..Default::default()
        });
        digest.clusters.push(ClusterReport {
            id: format!("c{}", s + 1),
            story: Some(story),
            act: newsclaim::extract::Act::Demand,
            actor: format!("Actor {}", a % 97),
            addressee: Some("NATO".into()),
            summary: format!("halt expansion number {a} 0"),
            sources: 2,
            members: vec![
                ClusterMember { doc: format!("doc{a}.txt").as_str().into(), claim: 0 },
                ClusterMember { doc: format!("doc{b}.txt").as_str().into(), claim: 0 },
            ],
        });
    }
    let time = |f: &dyn Fn() -> usize| {
        (0..3)
            .map(|_| {
                let t = Instant::now();
                assert!(f() > 0);
                t.elapsed()
            })
            .min()
            .unwrap()
    };
    let json = time(&|| serde_json::to_string_pretty(&digest).unwrap().len());
    let table = time(&|| newsclaim::render::table(&digest, 100).len());
    eprintln!("20,000 documents: table {table:?}, json {json:?}");
    assert!(table.as_secs_f64() <= 1.5 * json.as_secs_f64(), "table {table:?} vs json {json:?}");
}
