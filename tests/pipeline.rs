//! The facade's pipeline: invariants over arbitrary input, streaming = batch, provenance.

use newsclaim::digest::DocumentReport;
use newsclaim::{Document, Pipeline, Record};
use proptest::prelude::*;

/// Every span in a record points at its own text in the input, and claim lines are in range.
fn check_provenance(text: &str, r: &DocumentReport) {
    if let Err(e) = r.check_spans(text) {
        panic!("{e}");
    }
    for c in &r.claims {
        assert!(c.line >= 1 && c.line <= text.lines().count().max(1), "claim line {} out of range", c.line);
    }
}

/// A mention's norms are a JSON list: one entry per side, `[]` when unknown, never a joined string.
#[test]
fn norms_are_a_list_in_the_json() {
    let text = "Nebraska and Oklahoma accused Colorado of flouting federal law. A man rejected the plan.";
    let digest = Pipeline::builder().strip(false).build().run([Document::from_text("x", text)]);
    let json = serde_json::to_value(&digest).unwrap();
    let claims = json["documents"][0]["claims"].as_array().unwrap();
    let accuse = claims.iter().find(|c| c["act"] == "accuse").expect("an accusation");
    assert_eq!(accuse["actor"]["norm"], serde_json::json!(["Nebraska", "Oklahoma"]));
    let reject = claims.iter().find(|c| c["act"] == "reject").expect("a rejection");
    assert_eq!(reject["actor"]["norm"], serde_json::json!([]));
    let r = &digest.documents[0];
    assert_eq!(r.claims[0].actor.shown(), "Nebraska; Oklahoma");
}

#[test]
fn check_spans_reports_a_record_that_does_not_match_its_text() {
    let text = "Russia rejected the plan. Talks resume on Monday.";
    let mut r =
        Pipeline::builder().strip(false).build().run([Document::from_text("x", text)]).documents.remove(0);
    assert_eq!(r.check_spans(text), Ok(()));
    r.body[0].span[1] += 1;
    let e = r.check_spans(text).unwrap_err();
    assert_eq!(e.what, "body");
    assert!(e.to_string().contains("out of bounds"), "{e}");
    r.body[0].span = [0, 6];
    assert!(r.check_spans(text).unwrap_err().problem.contains("the record says"));
}

const PAGE: &str = "[ad_1]\nRussia rejects NATO demands – Politics\n\n\
Russia on Tuesday rejected the demands of NATO and called on the alliance to withdraw its troops.\n\n\
“We will not accept this,” Kremlin spokesman Dmitry Peskov told reporters.\n\n\
NATO Secretary-General Jens Stoltenberg urged Moscow to return to talks.\n\
Source link\n";

#[test]
fn a_scraped_page_keeps_provenance_everywhere() {
    let digest = Pipeline::default().run([Document::from_text("p.txt", PAGE)]);
    let r = &digest.documents[0];
    assert_eq!(r.error, None);
    check_provenance(PAGE, r);
    assert!(r.removed.iter().any(|p| p.kind == "ad-marker"));
    assert!(r.removed.iter().any(|p| p.kind == "source-link"));
    assert!(r.body.iter().all(|p| !p.text.contains("Source link")));
    assert!(!r.claims.is_empty(), "{:#?}", r.claims);
}

#[test]
fn streaming_gives_the_batch_records_and_sections() {
    let docs = || {
        vec![
            Document::from_text("a", PAGE),
            Document::from_text("b", PAGE.replace("Tuesday", "Wednesday")),
            Document::from_text("c", "Totally unrelated: the weather was fine on Sunday in the capital."),
            // A UTF-16 byte-order mark and half a code unit: a replaced byte, an error.
            Document::from_bytes("d", vec![0xfe, 0xff, 0xd8]),
        ]
    };
    let pipeline = Pipeline::default();
    let batch = pipeline.run(docs());
    let mut streamed = Vec::new();
    let mut sections = Vec::new();
    pipeline
        .run_streaming(docs(), |record| {
            match record {
                Record::Document(r) => streamed.push(r),
                Record::Sections(s) => sections.push(s),
            }
            Ok::<(), ()>(())
        })
        .unwrap();
    assert_eq!(sections.len(), 1, "without epochs the sections come once");
    let sections = sections.pop().unwrap();
    assert_eq!(sections.duplicates, batch.duplicates);
    assert_eq!(sections.clusters, batch.clusters);
    let streamed = newsclaim::Digest::from_parts(streamed, sections);
    assert_eq!(streamed, batch);
    assert_eq!(batch.duplicates.documents.len(), 1, "a and b are near-duplicates");
    assert_eq!(batch.failed(), 1);
}

#[test]
fn clusters_link_back_to_claims() {
    let digest = Pipeline::default().run([Document::from_text("a", PAGE), Document::from_text("b", PAGE)]);
    for c in &digest.clusters {
        assert!(c.sources >= 2);
        for m in &c.members {
            let doc = digest.documents.iter().find(|d| d.id.as_ref() == Some(&m.doc)).unwrap();
            assert_eq!(doc.claims[m.claim].cluster.as_deref(), Some(c.id.as_str()));
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn any_text_gives_one_sound_record(text in "(\\PC|\n|\r|\t|“|”|’|\\.|[A-Z][a-z]{1,8} ){0,200}") {
        for strip in [true, false] {
            let digest = Pipeline::builder().strip(strip).build().run([Document::from_text("x", text.clone())]);
            prop_assert_eq!(digest.documents.len(), 1);
            check_provenance(&text, &digest.documents[0]);
        }
    }

    #[test]
    fn any_bytes_give_one_record(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        let digest = Pipeline::default().run([Document::from_bytes("x", bytes)]);
        prop_assert_eq!(digest.documents.len(), 1);
    }
}

#[test]
fn corpus_mode_removes_lines_that_recur_across_an_outlets_pages() {
    let chrome = "Our editors pick the stories that matter most to readers in the region every day";
    let pages: Vec<String> = [
        "The finance ministry said on Monday that the new budget would raise spending on schools and hospitals.",
        "Farmers in the north protested against the import quotas, blocking roads near the border crossing.",
        "The central bank kept interest rates unchanged, citing slowing inflation and weaker exports.",
    ]
    .iter()
    .map(|body| format!("{chrome}\n\n{body}\n"))
    .collect();
    let siblings = newsclaim::strip::SiblingIndex::from_pages(pages.iter().map(String::as_str));
    let with = Pipeline::builder().siblings(siblings).build();
    let digest =
        with.run(pages.iter().enumerate().map(|(i, p)| Document::from_text(format!("p{i}"), p.as_str())));
    for (r, page) in digest.documents.iter().zip(&pages) {
        check_provenance(page, r);
        assert!(r.body.iter().all(|p| !p.text.contains("Our editors")), "{:?}", r.body);
        let kinds: Vec<&str> =
            r.removed.iter().filter(|p| p.text.contains("Our editors")).map(|p| p.kind.as_str()).collect();
        assert_eq!(kinds, ["site-chrome"], "without siblings the line would pass for a headline");
        assert_eq!(r.title, None);
    }
    let alone = Pipeline::default().run([Document::from_text("p0", pages[0].as_str())]);
    assert!(alone.documents[0].removed.iter().all(|p| p.kind != "site-chrome"));
}

#[test]
fn epochs_bound_the_cross_source_state() {
    let docs =
        (0..5).map(|i| Document::from_text(format!("d{i}"), PAGE.replace("Tuesday", &format!("day {i}"))));
    let pipeline = Pipeline::builder().epoch(2).build();
    let mut order = Vec::new();
    pipeline
        .run_streaming(docs, |record| {
            order.push(match record {
                Record::Document(r) => format!("doc {}", r.id.unwrap()),
                Record::Sections(s) => {
                    let groups: Vec<usize> = s.duplicates.documents.iter().map(Vec::len).collect();
                    format!("sections {groups:?}")
                }
            });
            Ok::<(), ()>(())
        })
        .unwrap();
    assert_eq!(
        order,
        ["doc d0", "doc d1", "sections [2]", "doc d2", "doc d3", "sections [2]", "doc d4", "sections []"]
    );
}

/// Two events told by two outlets each: four documents, two stories; the same demand made in both
/// events ("withdraw its troops") never forms a cluster across them, and every cluster names its
/// story.
#[test]
fn stories_group_documents_and_keep_claim_clusters_apart() {
    let docs = [
        ("herald-1.txt", "Oslan demands Vetria withdraw troops from Maren valley\n\nOslan on Monday demanded that Vetria withdraw its troops from the Maren valley, the Oslan foreign ministry said. Talks on the Maren valley dispute are set for Friday in Kordis."),
        ("ledger-1.txt", "Maren valley: Oslan wants Vetria out\n\nOslan demanded on Monday that Vetria withdraw its troops from the Maren valley. Vetria's envoy in Kordis said talks on the Maren valley would go ahead on Friday."),
        ("herald-2.txt", "Pellmark presses Durovia over Isket dam\n\nThe Pellmark government demanded that Durovia withdraw its troops from the Isket dam, officials in Sarnau said. Engineers at the Isket dam reported cracks in its eastern wall."),
        ("ledger-2.txt", "Isket dam standoff deepens\n\nPellmark demanded that Durovia withdraw its troops from the Isket dam after engineers found cracks in the dam's eastern wall, the government in Sarnau said."),
    ];
    let pipeline = Pipeline::builder().strip(false).build();
    let digest = pipeline.run(docs.iter().map(|(id, text)| Document::from_text(*id, *text)));
    let mut groups: Vec<Vec<String>> =
        digest.stories.iter().map(|s| s.documents.iter().map(|d| d.to_string()).collect()).collect();
    groups.sort();
    assert_eq!(groups, vec![vec!["herald-1.txt", "ledger-1.txt"], vec!["herald-2.txt", "ledger-2.txt"]]);
    let story_of = |doc: &str| {
        digest.stories.iter().find(|s| s.documents.iter().any(|d| d.to_string() == doc)).map(|s| s.id.clone())
    };
    assert!(!digest.clusters.is_empty(), "{:#?}", digest.clusters);
    for c in &digest.clusters {
        let stories: std::collections::BTreeSet<_> =
            c.members.iter().map(|m| story_of(&m.doc.to_string())).collect();
        assert_eq!(stories.len(), 1, "{c:?}");
        assert_eq!(c.story, stories.into_iter().next().unwrap());
    }
    // The JSON shape of the sections.
    let json = serde_json::to_value(&digest).unwrap();
    for key in ["id", "documents", "outlets", "first", "last", "headline"] {
        assert!(json["stories"][0].get(key).is_some(), "stories lack {key}: {}", json["stories"]);
    }
    assert!(json["clusters"][0]["story"].as_str().is_some_and(|s| s.starts_with('s')));
}

/// The digest of documents that make one story (asserted), unstripped.
fn one_story(docs: &[(&str, &str)]) -> newsclaim::Digest {
    let digest = Pipeline::builder()
        .strip(false)
        .build()
        .run(docs.iter().map(|(id, text)| Document::from_text(*id, *text)));
    assert_eq!(digest.stories.len(), 1, "{:#?}", digest.stories);
    digest
}

/// The documents of the digest's accusation cluster, sorted.
fn accusation_cluster_docs(digest: &newsclaim::Digest) -> Vec<String> {
    let cluster = digest.clusters.iter().find(|c| c.act.as_str() == "accuse").expect("an accusation cluster");
    let mut docs: Vec<String> = cluster.members.iter().map(|m| m.doc.to_string()).collect();
    docs.sort();
    docs
}

/// One outlet names a lawmaker's party, another names only the lawmaker, a third only the party:
/// the person's side learned in one outlet of the story holds in the others, so the three
/// reports of one accusation are one cluster (without it, the second and third would be
/// incompatible actors and could never share a cluster).
#[test]
fn a_person_s_side_from_one_outlet_holds_in_the_others_of_the_story() {
    let docs = [
        ("a.txt", "Vole presses Tobin over flood fund\n\nRep. Ann Vole, R-Texas, accused Mayor Tobin of misusing the flood relief fund in Garrow on Tuesday. The fund paid for new levees along the Garrow river.\n"),
        ("b.txt", "Flood fund row in Garrow\n\nRepresentative Ann Vole accused Mayor Tobin of misusing the Garrow flood relief fund. Mayor Tobin said the levees along the Garrow river were built on time.\n"),
        ("c.txt", "Garrow flood fund under fire\n\nHouse Republicans accused Mayor Tobin of misusing the flood relief fund of Garrow, where levees along the river were rebuilt.\n"),
    ];
    let digest = one_story(&docs);
    let accusers: Vec<&[String]> = digest
        .documents
        .iter()
        .map(|d| &d.claims.iter().find(|c| c.act.as_str() == "accuse").unwrap().actor.norms[..])
        .collect();
    assert_eq!(accusers[1], ["Ann Vole"], "the second outlet names no party");
    assert_eq!(accusation_cluster_docs(&digest), ["a.txt", "b.txt", "c.txt"], "{:#?}", digest.clusters);
}

/// The same when the second outlet's accusation is made by a pronoun the extractor resolves
/// ("She accused …" after naming her): the pronoun's person is the named one, and takes her side
/// from the first outlet.
#[test]
fn a_person_s_side_reaches_her_claims_made_by_a_pronoun() {
    let docs = [
        ("a.txt", "Vole presses Tobin over flood fund\n\nRep. Ann Vole, R-Texas, accused Mayor Tobin of misusing the flood relief fund in Garrow on Tuesday. The fund paid for new levees along the Garrow river.\n"),
        ("b.txt", "Flood fund row in Garrow\n\nRepresentative Ann Vole toured the Garrow levees on Monday. She accused Mayor Tobin of misusing the Garrow flood relief fund. Mayor Tobin said the levees along the Garrow river were built on time.\n"),
        ("c.txt", "Garrow flood fund under fire\n\nHouse Republicans accused Mayor Tobin of misusing the flood relief fund of Garrow, where levees along the river were rebuilt.\n"),
    ];
    let digest = one_story(&docs);
    let accusation = digest.documents[1].claims.iter().find(|c| c.act.as_str() == "accuse").unwrap();
    assert_eq!(accusation.actor.mention.as_deref(), Some("She"), "{accusation:#?}");
    assert_eq!(accusation_cluster_docs(&digest), ["a.txt", "b.txt", "c.txt"], "{:#?}", digest.clusters);
}
