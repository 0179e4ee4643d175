//! The digest binary end to end: documents in = documents out, errors on the bad ones, exit status set.

use std::path::PathBuf;
use std::process::Command;

/// `cargo test` builds the examples next to the test binaries' `deps` folder.
fn digest_bin() -> PathBuf {
    let exe = std::env::current_exe().expect("test binary path");
    let dir = exe.parent().and_then(|d| d.parent()).expect("target profile dir");
    let bin = dir.join("examples").join(format!("digest{}", std::env::consts::EXE_SUFFIX));
    assert!(bin.exists(), "{} was not built; run through `cargo test`", bin.display());
    bin
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
fn the_sample_corpus_is_the_default_input() {
    let (v, ok) = run_json(&[]);
    assert!(ok);
    let docs = v["documents"].as_array().unwrap();
    assert!(docs.len() >= 8, "the sample corpus has at least eight articles");
    assert!(docs.iter().all(|d| d["id"].as_str().unwrap().ends_with(".txt")));
}
