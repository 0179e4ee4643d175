//! Hostile input through every public entry point: no panic, a sensible result or a clear error, and
//! bounded time.
//!
//! Scraped text is hostile: one bad page must not stop a news pipeline. Each case below goes through
//! the tokenizer, the stripper, the extractor, the three dedup entry points and the whole
//! [`Pipeline`], and every result is checked for what must hold whatever the input: spans in bounds
//! and on character boundaries, the text at each span equal to the text reported, documents in =
//! documents out.
//!
//! Sizes: the issue asks for 20 MB lines and 10 MB runs. These tests run in CI in debug mode, where
//! the stages are ~10–30× slower than in release, so the big cases here are up to [`BIG`] bytes (1 MB) and
//! 100,000 one-character lines: enough to expose a quadratic stage (which would take minutes at
//! these sizes) while the whole file runs in well under a minute. The full sizes (up to 32 MB per
//! case, in release) are in the `linear` bench (`benches/linear.rs`), which also checks the time
//! of each doubling.

use newsclaim::dedup::{
    cluster_claims, shared_passages, ClaimClusterConfig, ClaimKey, DedupConfig, NearDuplicates,
};
use newsclaim::digest::DocumentReport;
use newsclaim::extract::{Claim, Extractor};
use newsclaim::strip::Stripper;
use newsclaim::tokenize::{self, Tokenized};
use newsclaim::{input, Document, Pipeline};
use std::ops::Range;
use std::time::{Duration, Instant};

/// Size of the large single-case inputs in these tests (the bench goes to 32 MB).
const BIG: usize = 1 << 20;

/// A generous per-case budget in debug mode: a linear stage does each case in well under a second,
/// a quadratic one would need minutes.
const BUDGET: Duration = Duration::from_secs(20);

// ---------------------------------------------------------------------------------------------
// Checks that hold for any input.

fn check_range(text: &str, span: &Range<usize>, what: &str) {
    assert!(
        span.start <= span.end && span.end <= text.len(),
        "{what}: span {span:?} out of bounds ({} bytes)",
        text.len()
    );
    assert!(
        text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
        "{what}: span {span:?} not on character boundaries"
    );
}

fn check_piece(text: &str, span: &Range<usize>, piece: &str, what: &str) {
    check_range(text, span, what);
    assert_eq!(&text[span.clone()], piece, "{what}: text differs from the input at {span:?}");
}

fn check_tokenized(text: &str, t: &Tokenized<'_>) {
    assert_eq!(t.text, text);
    let mut last_end = 0;
    for tok in &t.tokens {
        check_piece(text, &tok.span(), tok.text, "token");
        assert!(!tok.text.is_empty(), "empty token at {}", tok.start);
        assert!(tok.start >= last_end, "tokens overlap or go backwards at {}", tok.start);
        last_end = tok.end();
    }
    let mut last_token = 0;
    for s in &t.sentences {
        check_range(text, &s.span, "sentence");
        assert!(
            s.tokens.start <= s.tokens.end && s.tokens.end <= t.tokens.len(),
            "sentence tokens {:?}",
            s.tokens
        );
        assert!(s.tokens.start >= last_token, "sentences overlap at token {}", s.tokens.start);
        last_token = s.tokens.end;
        if !s.tokens.is_empty() {
            let first = &t.tokens[s.tokens.start];
            let last = &t.tokens[s.tokens.end - 1];
            assert!(
                s.span.start <= first.start && last.end() <= s.span.end,
                "sentence does not cover its tokens"
            );
        }
    }
}

fn check_claims(text: &str, claims: &[Claim<'_>]) {
    let lines = text.split('\n').count();
    for c in claims {
        check_piece(text, &c.evidence.span, &c.evidence.text, "evidence");
        check_piece(text, &c.actor.span, &c.actor.text, "actor");
        if let Some(a) = &c.addressee {
            check_piece(text, &a.span, &a.text, "addressee");
        }
        if let Some(p) = &c.content {
            check_piece(text, &p.span, &p.text, "content");
        }
        assert!(c.line >= 1 && c.line <= lines, "claim line {} of {lines}", c.line);
    }
}

fn check_report(text: &str, r: &DocumentReport) {
    if let Err(e) = r.check_spans(text) {
        panic!("{e}");
    }
}

/// Every document lands in exactly one near-duplicate cluster.
fn check_partition(clusters: &[Vec<usize>], n: usize) {
    let mut seen = vec![0usize; n];
    for c in clusters {
        for &d in c {
            assert!(d < n, "cluster member {d} of {n} documents");
            seen[d] += 1;
        }
    }
    assert!(seen.iter().all(|&k| k == 1), "not a partition: {clusters:?}");
}

// ---------------------------------------------------------------------------------------------
// The stages, one call each, on one text.

/// Runs `text` through every public entry point and checks what must hold whatever it is.
fn through_everything(name: &str, text: &str) {
    let started = Instant::now();

    let tokenized = tokenize::tokenize(text);
    check_tokenized(text, &tokenized);

    let article = Stripper::default().strip(text);
    for p in &article.paragraphs {
        check_piece(text, &p.span, &p.text, "paragraph");
    }
    for r in &article.removed {
        check_piece(text, &r.span, &r.text, "removed piece");
    }
    for f in [&article.title, &article.byline, &article.outlet].into_iter().flatten() {
        check_piece(text, &f.span, &f.text, "field");
    }

    let extractor = Extractor::default();
    let claims = extractor.extract(text, &[]);
    check_claims(text, &claims);
    let regions: Vec<Range<usize>> = article.paragraphs.iter().map(|p| p.span.clone()).collect();
    let claims_in_body = extractor.extract(text, &regions);
    check_claims(text, &claims_in_body);

    // Dedup: the text, a copy and a plain news sentence; the copy is its own near-duplicate
    // unless the text has no words to shingle.
    let other = "The central bank kept its main interest rate unchanged on Thursday, citing inflation.";
    let docs = [text, other, text];
    let clusters = NearDuplicates::new(DedupConfig::default()).cluster(&docs);
    check_partition(&clusters, docs.len());

    let units: Vec<Vec<(Range<usize>, &str)>> = docs
        .iter()
        .map(|d| {
            let mut at = 0;
            d.split('\n')
                .map(|line| {
                    let span = at..at + line.len();
                    at += line.len() + 1;
                    (span, line)
                })
                .collect()
        })
        .collect();
    for p in shared_passages(&units, 2, 3) {
        assert!(p.documents().len() >= 2, "a shared passage in one document: {:?}", p.occurrences);
        for (d, span) in &p.occurrences {
            check_range(docs[*d], span, "passage occurrence");
        }
    }

    let keys: Vec<ClaimKey<'_>> = claims
        .iter()
        .chain(&claims)
        .enumerate()
        .map(|(i, c)| {
            ClaimKey::new(
                usize::from(i >= claims.len()),
                c.act.as_str(),
                c.actor.norms.first().map_or("", String::as_str),
                c.content.as_ref().map_or("", |p| &*p.text),
            )
        })
        .collect();
    for cluster in cluster_claims(&keys, &ClaimClusterConfig::default()) {
        assert!(!cluster.members.is_empty());
        assert!(cluster.members.iter().all(|&m| m < keys.len()));
        assert!(cluster.members.contains(&cluster.representative));
    }

    // Both ways in: raw bytes through the stripper, decoded text taken as clean.
    for (strip, doc) in [
        (true, Document::from_bytes("hostile-bytes", text.as_bytes().to_vec())),
        (false, Document::from_text("hostile", text)),
    ] {
        let pipeline = Pipeline::builder().strip(strip).build();
        let digest = pipeline.run([doc, Document::from_text("other", other)]);
        assert_eq!(digest.documents.len(), 2, "documents in = documents out");
        let r = &digest.documents[0];
        check_report(text, r);
        let blank = text.trim_matches(|c: char| c.is_whitespace() || c == '\u{feff}').is_empty();
        assert_eq!(r.error.is_some(), blank, "{name}: error {:?}", r.error);
        assert_eq!(digest.documents[1].error, None);
        let json = serde_json::to_string(&digest).expect("the digest serialises");
        assert!(json.starts_with('{'));
    }

    let took = started.elapsed();
    eprintln!("{name}: {} bytes in {took:?}", text.len());
    assert!(took < BUDGET, "{name}: {took:?} for {} bytes", text.len());
}

fn repeat_to(unit: &str, bytes: usize) -> String {
    unit.repeat(bytes / unit.len().max(1) + 1)
}

/// Size of the claim-rich variants: a claim sentence repeated, so that every claim shares every
/// concept with every other (which once made claim clustering quadratic: finding F1, fixed in
/// newsclaim-dedup by collapsing identical claims and capping candidates).
const CLAIMS: usize = 128 << 10;

// ---------------------------------------------------------------------------------------------
// The cases.

#[test]
fn empty_input() {
    through_everything("empty", "");
}

#[test]
fn only_whitespace() {
    through_everything("spaces", &" ".repeat(10_000));
    through_everything(
        "mixed white space",
        &" \t\n\r\u{a0}\u{2003}\u{3000}\u{2028}\u{2029}\u{85}".repeat(5_000),
    );
    through_everything("newlines", &"\n".repeat(100_000));
}

#[test]
fn a_single_very_long_line() {
    let sentence = "Talks between the two delegations went on in Geneva for a third day, officials said ";
    through_everything("one long line of prose", &repeat_to(sentence, BIG));
    let claims =
        "Russia demanded that NATO halt its expansion and Ukraine rejected the plan, officials said ";
    through_everything("one long line of claims", &repeat_to(claims, CLAIMS));
    through_everything("one long word", &"x".repeat(BIG));
    through_everything("one long line without punctuation", &repeat_to("word ", BIG));
}

#[test]
fn one_claim_repeated_thousands_of_times() {
    // Finding F1: 22,686 copies of one claim (1 MB) took 231 s in release in the cross-source claim
    // clustering. Here 256 KB of it, in debug mode, within the budget.
    let claim = "Russia demanded that NATO halt its expansion and Ukraine rejected the plan, officials said ";
    let text = repeat_to(claim, BIG / 4);
    let started = Instant::now();
    let digest = Pipeline::default()
        .run([Document::from_text("a", text.as_str()), Document::from_text("b", text.as_str())]);
    assert!(digest.documents.iter().all(|d| d.claims.len() > 1000), "the claims are all read");
    assert!(!digest.clusters.is_empty(), "the two copies' claims cluster together");
    assert!(started.elapsed() < BUDGET, "{:?}", started.elapsed());
}

#[test]
fn many_one_character_lines() {
    // 100,000 lines in debug mode (the stripper judges every line); the bench runs 16 million.
    through_everything("one-character lines", &"a\n".repeat(100_000));
    through_everything("one-punctuation lines", &".\n".repeat(50_000));
}

#[test]
fn long_runs_of_one_punctuation_mark() {
    for mark in [".", ",", "!", "?", "-", "—", "…", "\"", "'", "“", "(", ")", "*", "|", "/", ":"] {
        let n = if mark.len() == 1 { BIG / 4 } else { BIG / 12 };
        through_everything(&format!("run of {mark}"), &mark.repeat(n));
    }
    through_everything("full stops in a sentence", &format!("Russia said{} no.", ".".repeat(BIG / 4)));
}

#[test]
fn abbreviations_back_to_back() {
    through_everything("U.S. run", &repeat_to("U.S. ", BIG / 4));
    through_everything(
        "mixed abbreviations",
        &repeat_to("Mr. Dr. U.N. e.g. i.e. St. Gen. Jan. No. ", BIG / 4),
    );
    through_everything("initials", &repeat_to("J. R. R. ", BIG / 4));
}

#[test]
fn all_caps() {
    through_everything(
        "all caps",
        &repeat_to("THE TALKS WENT ON IN GENEVA FOR A THIRD DAY, OFFICIALS SAID. ", BIG / 4),
    );
    through_everything(
        "all-caps claims",
        &repeat_to("RUSSIA DEMANDED THAT NATO HALT ITS EXPANSION, THE KREMLIN SAID. ", CLAIMS),
    );
    through_everything("capitalised words", &repeat_to("Foreign Minister Of The Republic ", BIG / 4));
}

#[test]
fn right_to_left_scripts() {
    through_everything(
        "arabic and hebrew",
        &repeat_to(
            "طالبت روسيا حلف الناتو بوقف توسعه. רוסיה דרשה מנאט\"ו לעצור. \u{200f}\u{202e}abc\u{202c}\n",
            BIG / 8,
        ),
    );
}

#[test]
fn combining_marks() {
    through_everything(
        "stacked combining marks",
        &format!("Za{}lgo text.", "\u{301}\u{316}\u{34f}".repeat(50_000)),
    );
    through_everything("decomposed words", &repeat_to("Re\u{301}sume\u{301} du pre\u{301}sident. ", BIG / 8));
    through_everything(
        "decomposed claims",
        &repeat_to("Tu\u{308}rkiye\u{301} demanded that Swe\u{301}den extradite them. ", CLAIMS),
    );
    through_everything("lone combining marks", &"\u{301}".repeat(100_000));
}

#[test]
fn zero_width_and_control_characters() {
    through_everything(
        "zero-width",
        &repeat_to("Ta\u{200b}lks we\u{200d}nt\u{200c} on\u{2060} in\u{feff} Geneva. ", BIG / 8),
    );
    through_everything(
        "zero-width claims",
        &repeat_to("Rus\u{200b}sia de\u{200d}manded\u{200c} that\u{2060} NATO\u{feff} halt. ", CLAIMS),
    );
    let controls: String = (0u8..32).chain([127]).map(char::from).collect();
    through_everything("control characters", &repeat_to(&controls, BIG / 8));
    through_everything("C1 controls", &repeat_to("\u{80}\u{85}\u{9b}\u{9f}", BIG / 8));
}

#[test]
fn nul_bytes() {
    through_everything("NULs", &"\0".repeat(BIG / 4));
    through_everything("NULs inside words", &repeat_to("Talks\0 went\0\0 on\0in Geneva.\0\n", BIG / 8));
    through_everything(
        "NULs inside claims",
        &repeat_to("Russia\0 demanded\0\0 that\0NATO halt.\0\n", CLAIMS),
    );
}

#[test]
fn crlf_and_lone_cr() {
    let para = "Talks between the two delegations went on in Geneva for a third day, officials said.";
    let claim = "Russia on Tuesday demanded that NATO halt its eastward expansion, officials said.";
    for (name, end) in [("CRLF", "\r\n\r\n"), ("lone CR", "\r\r"), ("LFCR", "\n\r"), ("mixed", "\r\n\r\n\r")]
    {
        through_everything(name, &repeat_to(&format!("{para}{end}"), BIG / 4));
        through_everything(&format!("{name} claims"), &repeat_to(&format!("{claim}{end}"), CLAIMS));
    }
    through_everything("only CRs", &"\r".repeat(BIG / 4));
}

#[test]
fn byte_order_marks() {
    through_everything("BOM then text", "\u{feff}Russia demanded that NATO halt its expansion.\n");
    through_everything("only a BOM", "\u{feff}");
    through_everything("BOMs everywhere", &repeat_to("\u{feff}Russia\u{feff} said.\u{feff}\n", BIG / 8));
    through_everything(
        "BOMs in claims",
        &repeat_to("\u{feff}Russia\u{feff} demanded\u{feff} that NATO halt.\n", CLAIMS),
    );
}

#[test]
fn deeply_nested_quotes_and_brackets() {
    let depth = 20_000;
    let nested = format!(
        "{}Russia demanded that NATO halt its expansion{}",
        "“‘\"«([{".repeat(depth),
        "}])»\"’”".repeat(depth)
    );
    through_everything("nested pairs", &nested);
    through_everything("unclosed quotes", &repeat_to("“The talks went on ‘in Geneva “for a day ", BIG / 8));
    through_everything("unclosed quoted claims", &repeat_to("“Russia said ‘we demand “that NATO ", CLAIMS));
    through_everything("unopened closers", &repeat_to("”’)]} said Russia. ", BIG / 8));
    through_everything("quotes only", &repeat_to("\"“”'‘’«»", BIG / 8));
}

#[test]
fn lone_surrogates_and_noncharacters() {
    // A Rust string cannot hold a surrogate; U+FFFD (what lossy decoding leaves) and the
    // noncharacters stand in for them inside text.
    through_everything("replacement characters", &repeat_to("\u{fffd}\u{fffe}\u{ffff}\u{10ffff} ", BIG / 8));
}

#[test]
fn invalid_utf8_is_a_typed_error_or_a_flagged_lossy_record() {
    let mut bytes = b"Russia demanded that NATO halt its expansion.\n".to_vec();
    bytes.extend_from_slice(&[0xff, 0xfe, 0xc3, 0x28, 0xe2, 0x82, 0xed, 0xa0, 0x80, b'\n']);
    bytes.extend_from_slice("Ukraine rejected the plan.\n".as_bytes());
    bytes.push(0xf0); // ends inside a character

    assert!(newsclaim::tokenize::Tokenizer::default().tokenize_bytes(&bytes).is_err());
    assert!(Stripper::default().strip_bytes(&bytes).is_err());
    let lossy = tokenize::decode_lossy(&bytes);
    assert!(lossy.is_lossy());
    through_everything("lossily decoded", &lossy.text);
    let _ = NearDuplicates::new(DedupConfig::default()).signature_bytes(&bytes);

    let digest = Pipeline::default().run([
        Document::from_bytes("bad.txt", bytes.clone()),
        Document::from_bytes(
            "random.bin",
            (0..BIG as u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8).collect::<Vec<u8>>(),
        ),
    ]);
    assert_eq!(digest.documents.len(), 2);
    let bad = &digest.documents[0];
    // Not UTF-8: decoded from a guessed legacy encoding, which the record names, and any bytes that
    // encoding cannot read are replaced and flagged in the error.
    let encoding = bad.encoding.as_deref().expect("the encoding used is recorded");
    assert_ne!(encoding, "UTF-8");
    check_report(&newsclaim::strip::decode(&bytes, None).text, bad);
    assert!(
        bad.claims.iter().any(|c| c.act == newsclaim::extract::Act::Demand),
        "the valid text is still read: {:?}",
        bad.claims
    );
    assert!(digest.documents[1].error.is_some());
}

#[test]
fn jsonl_with_lone_surrogates_and_broken_lines_keeps_every_document() {
    let lines = [
        r#"{"id": 1, "text": "Russia demanded that NATO halt its expansion."}"#,
        r#"{"id": 2, "text": "lone high \ud800 surrogate"}"#,
        r#"{"id": 3, "text": "lone low \udc00 surrogate"}"#,
        r#"{"id": 4, "text": "reversed pair \udc00\ud800"}"#,
        r#"{"id": 5, "text": "a proper pair \ud83d\ude00 and NUL \u0000 and BOM \ufeff."}"#,
        r#"{"id": 6, "text": "unterminated"#,
        r#"[1, 2, 3]"#,
        r#"{"id": 8}"#,
        r#"{"id": 9, "text": 42}"#,
        "\u{feff}{\"id\": 10, \"text\": \"after a BOM\"}",
        "{\"id\": 11, \"text\": \"CRLF line\"}\r",
        r#"{"id": 12, "text": "#,
    ];
    let jsonl = lines.join("\n");
    let docs: Vec<Document> = input::from_jsonl(jsonl.as_bytes(), "feed.jsonl").collect();
    assert_eq!(docs.len(), lines.len(), "one document per non-blank line");
    let digest = Pipeline::default().run(docs);
    assert_eq!(digest.documents.len(), lines.len(), "documents in = documents out");
    for (r, line) in digest.documents.iter().zip(lines) {
        if let Some(e) = &r.error {
            assert!(!e.trim().is_empty(), "an error says what is wrong ({line})");
        }
    }
    let ok = |i: usize| digest.documents[i].error.is_none();
    assert!(ok(0) && ok(4), "valid lines digest cleanly");
    for broken in [5, 6, 7, 8, 11] {
        assert!(!ok(broken), "line {} is flagged: {:?}", broken + 1, digest.documents[broken]);
    }
    // Lone surrogates: serde_json rejects them, so the line is an error record, never a panic.
    for lone in [1, 2, 3] {
        assert!(!ok(lone), "line {} is flagged", lone + 1);
    }

    // Invalid UTF-8 on a JSONL line is a read error for that line, not the end of the stream.
    let mut raw = b"{\"id\": 1, \"text\": \"fine\"}\n{\"id\": 2, \"text\": \"\xff\xfe\"}\n".to_vec();
    raw.extend_from_slice(b"{\"id\": 3, \"text\": \"also fine\"}\n");
    let docs: Vec<Document> = input::from_jsonl(raw.as_slice(), "raw.jsonl").collect();
    assert!(docs.len() >= 2, "{docs:?}");
    let digest = Pipeline::default().run(docs.clone());
    assert_eq!(digest.documents.len(), docs.len());
}

#[test]
fn many_hostile_documents_in_one_run() {
    // All the small cases at once, so that the cross-source state sees them side by side.
    let texts: Vec<String> = vec![
        String::new(),
        " \n\t\r\n".into(),
        "\u{feff}".into(),
        "\0\0\0".into(),
        "U.S. ".repeat(1000),
        "“".repeat(1000),
        "RUSSIA DEMANDED THAT NATO HALT. ".repeat(100),
        "Russia demanded that NATO halt its expansion.\r\nUkraine rejected the plan.\r".into(),
        "طالبت روسيا حلف الناتو بوقف توسعه.".into(),
        "a\n".repeat(10_000),
    ];
    let docs: Vec<Document> =
        texts.iter().enumerate().map(|(i, t)| Document::from_text(format!("d{i}"), t.as_str())).collect();
    let digest = Pipeline::default().run(docs);
    assert_eq!(digest.documents.len(), texts.len());
    for (r, t) in digest.documents.iter().zip(&texts) {
        check_report(t, r);
    }
    for cluster in &digest.clusters {
        assert!(!cluster.members.is_empty());
    }
}

// ---------------------------------------------------------------------------------------------
// HTML: malformed markup through `strip_html` and the pipeline's HTML path.

/// Every paragraph and removed piece of an HTML article lies in the page on character boundaries,
/// and its decoded text is no longer than a generous bound of its element (entities only shrink).
fn through_html(name: &str, html: &str) -> Duration {
    let started = Instant::now();
    let article = Stripper::default().strip_html(html);
    for p in &article.paragraphs {
        check_range(html, &p.span, "html paragraph");
        assert!(!p.text.trim().is_empty() && !p.text.contains('\n'), "{name}: paragraph {:?}", p.text);
    }
    for r in &article.removed {
        check_range(html, &r.span, "html removed piece");
    }
    let digest = Pipeline::default().run([
        Document::from_html("page.html", html),
        Document::from_bytes("page-bytes.html", html.as_bytes().to_vec()),
    ]);
    assert_eq!(digest.documents.len(), 2, "documents in = documents out");
    for r in &digest.documents {
        check_report(html, r);
    }
    let took = started.elapsed();
    eprintln!("{name}: {} bytes in {took:?}", html.len());
    assert!(took < BUDGET, "{name}: {took:?} for {} bytes", html.len());
    took
}

/// `make(n)` at two sizes, 4× apart: the larger must take under 12× as long (a linear stage takes
/// ~4×, a quadratic one ~16×).
///
/// A machine busy with other work can stall one run; a ratio over the bound is measured again, up
/// to three times, each size keeping its fastest run. A quadratic stage fails every time.
fn html_linear(name: &str, make: impl Fn(usize) -> String) {
    let (small_input, large_input) = (make(BIG / 4), make(BIG));
    let (mut small, mut large) = (Duration::MAX, Duration::MAX);
    let mut ratio = f64::INFINITY;
    for _ in 0..3 {
        small = small.min(through_html(name, &small_input));
        large = large.min(through_html(name, &large_input));
        ratio = large.as_secs_f64() / small.as_secs_f64().max(1e-3);
        if ratio < 12.0 {
            return;
        }
    }
    panic!("{name}: 4× the input took {ratio:.1}× as long ({small:?} against {large:?})");
}

const ARTICLE_P: &str =
    "<p>Russia demanded that NATO halt its expansion, the ministry said on Monday in a statement.</p>\n";

#[test]
fn html_unclosed_tags() {
    html_linear("unclosed tags", |n| {
        let mut s = String::from("<html><body>");
        s.push_str(&repeat_to("<div><p><b><i><span><li><td>Talks went on <a href=x>here", n));
        s
    });
    through_html("unclosed attribute", &format!("<html><body><p class=\"{}", "x".repeat(BIG)));
    through_html("unclosed comment", &format!("<html><body>{ARTICLE_P}<!-- {}", ARTICLE_P.repeat(1000)));
    through_html("unclosed script", &format!("<html><body>{ARTICLE_P}<script>{}", ARTICLE_P.repeat(1000)));
}

#[test]
fn html_deeply_nested_divs() {
    // In release, 22 MB of nested divs (2 million levels) take under a second; here 0.25 and 1 MB in
    // debug mode.
    html_linear("nested divs", |n| {
        let depth = n / 11;
        format!("<html><body>{}{ARTICLE_P}{}", "<div>".repeat(depth), "</div>".repeat(depth))
    });
    html_linear("nested divs, unmatched closes", |n| {
        let depth = n / 12;
        format!("<html><body>{}{ARTICLE_P}{}", "<div>".repeat(depth), "</span>".repeat(depth))
    });
    html_linear("nested inline", |n| format!("<html><body><p>{}deep text", "<b><i>".repeat(n / 6)));
}

#[test]
fn html_binary_junk_and_mislabelled_charsets() {
    let junk: Vec<u8> = (0..BIG as u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8).collect();
    let digest = Pipeline::builder().input(newsclaim::InputFormat::Html).build().run([
        Document::from_bytes("junk.html", junk.clone()),
        // Says UTF-8, is Windows-1252.
        Document::from_bytes(
            "latin.html",
            b"<html><head><meta charset=\"utf-8\"><title>Caf\xe9</title></head><body><p>Le minist\xe8re a r\xe9clam\xe9 des n\xe9gociations \xe0 Gen\xe8ve, a d\xe9clar\xe9 le porte-parole lundi.</p></body></html>".to_vec(),
        ),
        // Says Shift_JIS, is UTF-8.
        Document::from_bytes(
            "utf8.html",
            "<html><head><meta charset=\"shift_jis\"></head><body><p>Genève talks — “resumed” on Monday, the ministry said in a statement.</p></body></html>".as_bytes().to_vec(),
        ),
    ]);
    assert_eq!(digest.documents.len(), 3);
    let latin = &digest.documents[1];
    assert_eq!(latin.encoding.as_deref(), Some("windows-1252"));
    assert!(latin.body.iter().any(|p| p.text.contains("Genève")), "{latin:?}");
    assert_eq!(latin.error, None);
    let utf8 = &digest.documents[2];
    assert_eq!(utf8.encoding, None);
    assert!(utf8.body.iter().any(|p| p.text.contains("“resumed”")));
    through_html("binary junk as text", &String::from_utf8_lossy(&junk));
}

#[test]
fn html_a_big_page() {
    // In release a page reads at ~60 MB/s (a 50 MB page in about a second); here a page of 1 MB of
    // paragraphs, entities and chrome, read in debug mode.
    let mut page = String::from("<!DOCTYPE html><html lang=en><head><title>Talks</title></head><body><nav><a href=/>Home</a></nav><article>");
    while page.len() < BIG {
        page.push_str(ARTICLE_P);
        page.push_str("<p>Caf&eacute; &amp; &#8220;quotes&#8221; &#x2014; &nbsp;and&nbsp;more.</p><div class=share><a href=#>Share</a></div>\n");
    }
    page.push_str("</article><footer>&copy; 2024</footer></body></html>");
    through_html("big page", &page);
    let article = Stripper::default().strip_html(&page);
    assert!(article.paragraphs.len() > 5_000);
    assert!(article.paragraphs.iter().any(|p| p.text == "Café & “quotes” — and more."));
}
