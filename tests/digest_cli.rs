//! The `newsclaim` binary end to end: documents in = documents out, errors on the bad ones, exit status set.

use std::path::PathBuf;
use std::process::Command;

fn digest_bin() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_newsclaim"))
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("newsclaim-cli-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn run_json(args: &[&std::ffi::OsStr]) -> (serde_json::Value, bool) {
    let out = Command::new(digest_bin()).args(args).arg("--format").arg("json").output().unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("not JSON ({e}): {}", String::from_utf8_lossy(&out.stderr)));
    (v, out.status.success())
}

#[test]
fn every_document_comes_out_and_bad_ones_carry_an_error() {
    let dir = scratch("mixed");
    std::fs::write(dir.join("a_good.txt"), "Russia demanded talks. Ukraine refused.\n").unwrap();
    std::fs::write(dir.join("b_empty.txt"), "").unwrap();
    // A UTF-16 byte-order mark, then an odd number of bytes: the last one cannot be decoded.
    std::fs::write(dir.join("c_binary.txt"), [0xff, 0xfe, 0x00, 0x81, b'a', b'b', b'c']).unwrap();
    std::fs::write(dir.join("d_spaces.txt"), "  \n\t\n").unwrap();
    std::fs::write(dir.join("skipped.md"), "not a .txt file, so not part of the folder walk").unwrap();
    let jsonl = dir.join("feed.jsonl");
    std::fs::write(
        &jsonl,
        "{\"id\": 7, \"text\": \"The talks went on.\"}\n\
         not json at all\n\
         {\"id\": \"x\"}\n\
         [1, 2]\n\
         \n\
         {\"id\": \"s\", \"text\": \"bad \\ud800 surrogate\"}\n",
    )
    .unwrap();
    let missing = dir.join("does_not_exist.txt");
    let (v, ok) = run_json(&[dir.as_os_str(), missing.as_os_str(), "--jsonl".as_ref(), jsonl.as_os_str()]);
    assert!(!ok, "exit status must say some documents failed");
    let docs = v["documents"].as_array().unwrap();
    // 4 .txt files + the missing path + 5 non-blank JSONL lines.
    assert_eq!(docs.len(), 10, "{v:#}");
    let err = |i: usize| docs[i]["error"].as_str().map(str::to_owned);
    assert_eq!(err(0), None);
    assert!(err(1).unwrap().contains("empty"));
    assert!(err(2).unwrap().contains("U+FFFD"), "{:?}", err(2));
    assert_eq!(docs[2]["encoding"], "UTF-16LE");
    assert!(err(3).unwrap().contains("empty"));
    assert!(err(4).unwrap().contains("cannot read"));
    assert_eq!(docs[5]["id"], serde_json::json!(7), "numeric ids are echoed as numbers");
    assert_eq!(err(5), None);
    assert!(err(6).unwrap().contains("not valid JSON"));
    assert!(err(7).unwrap().contains("\"text\""));
    assert_eq!(docs[7]["id"], serde_json::json!("x"));
    assert!(err(8).unwrap().contains("expected an object"));
    assert!(err(9).is_some(), "a lone surrogate escape is an error, not a panic");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn clean_input_exits_zero_and_reads_standard_input() {
    use std::io::Write;
    let mut child = Command::new(digest_bin())
        .args(["-", "--no-strip", "--format", "json"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(b"Moscow rejected the plan. Talks resume on Monday.").unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["documents"].as_array().unwrap().len(), 1);
    assert_eq!(v["documents"][0]["id"], "-");
    assert!(v["documents"][0]["sentences"].as_array().unwrap().len() >= 2);
}

#[test]
fn the_sample_corpus_digests_with_ids_relative_to_its_folder() {
    let data = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("examples/data");
    let (v, ok) = run_json(&[data.as_os_str()]);
    assert!(ok);
    let docs = v["documents"].as_array().unwrap();
    assert!(docs.len() >= 8, "the sample corpus has at least eight articles");
    assert!(docs.iter().all(|d| d["id"].as_str().unwrap().ends_with(".txt")));
    assert_eq!(docs[0]["id"], "01_velorian_herald.txt");
}

const PAGE: &str = r#"<!DOCTYPE html><html lang="en"><head><title>Talks collapse - The Gazette</title>
<meta property="og:site_name" content="The Gazette"><link rel="canonical" href="https://gazette.example/talks">
</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>Talks collapse</h1>
<p>Russia demanded that NATO halt its expansion in eastern Europe, the foreign ministry said on Monday.</p>
<p>Ukraine rejected the proposal, calling it an attempt to redraw the borders of the continent.</p>
<div class="share">Share on Facebook</div></article><footer>&copy; 2024 The Gazette</footer></body></html>"#;

fn warc_record(uri: &str, http: &[u8]) -> Vec<u8> {
    let mut r = format!(
        "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: {uri}\r\nWARC-Date: 2024-03-01T10:00:00Z\r\nContent-Length: {}\r\n\r\n",
        http.len()
    )
    .into_bytes();
    r.extend_from_slice(http);
    r.extend_from_slice(b"\r\n\r\n");
    r
}

#[test]
fn html_pages_by_extension_content_jsonl_and_warc() {
    let dir = scratch("html");
    std::fs::write(dir.join("a.html"), PAGE).unwrap();
    std::fs::write(dir.join("b_lying.txt"), PAGE).unwrap();
    // Windows-1252 text: the claim survives decoding.
    std::fs::write(
        dir.join("c_latin.txt"),
        b"Paris demanded that the caf\xe9 owners pay the fee \x96 the mayor said.\n",
    )
    .unwrap();
    let jsonl = dir.join("feed.jsonl");
    let line = serde_json::json!({"id": 9, "html": PAGE, "url": "https://x.example/9"});
    std::fs::write(&jsonl, format!("{line}\n")).unwrap();
    let warc = dir.join("news.warc");
    let mut http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n".to_vec();
    http.extend_from_slice(PAGE.as_bytes());
    std::fs::write(&warc, warc_record("https://gazette.example/talks?w", &http)).unwrap();

    let (v, ok) = run_json(&[
        dir.as_os_str(),
        "--jsonl".as_ref(),
        jsonl.as_os_str(),
        "--warc".as_ref(),
        warc.as_os_str(),
    ]);
    assert!(ok, "{v:#}");
    let docs = v["documents"].as_array().unwrap();
    assert_eq!(docs.len(), 5, "{v:#}");
    for i in [0, 1, 3, 4] {
        let d = &docs[i];
        assert_eq!(d["format"], "html", "{d:#}");
        assert_eq!(d["title"], "Talks collapse");
        assert_eq!(d["outlet"], "The Gazette");
        assert_eq!(d["language"], "en");
        assert_eq!(d["body"].as_array().unwrap().len(), 2, "{d:#}");
        assert!(d["claims"].as_array().unwrap().iter().any(|c| c["act"] == "demand"), "{d:#}");
        let report: newsclaim::digest::DocumentReport = serde_json::from_value(d.clone()).unwrap();
        report.check_spans(PAGE).unwrap();
    }
    assert_eq!(docs[0]["url"], "https://gazette.example/talks");
    assert_eq!(docs[2]["encoding"], "windows-1252");
    assert!(docs[2]["claims"].as_array().unwrap().iter().any(|c| c["act"] == "demand"), "{:#}", docs[2]);
    assert_eq!(docs[3]["id"], 9);
    assert_eq!(docs[4]["id"], "https://gazette.example/talks?w");
    assert_eq!(docs[4]["date"], "2024-03-01");

    // --input text reads the page as a text dump.
    let page = dir.join("a.html");
    let (v, _) = run_json(&[page.as_os_str(), "--input".as_ref(), "text".as_ref()]);
    assert!(v["documents"][0].get("format").is_none());
    let _ = std::fs::remove_dir_all(&dir);
}
