//! The SQL functions and the SQL digest against the stage crates' own results.

use datafusion::arrow::array::{Array, ArrayRef, AsArray, RecordBatch, StringArray};
use datafusion::arrow::datatypes::{DataType, Field, Schema, UInt32Type, UInt64Type};
use datafusion::prelude::SessionContext;
use newsclaim_datafusion::{digest, DigestOptions, NewsclaimContext};
use newsclaim_dedup::{
    cluster_claims, passage_key, ClaimClusterConfig, ClaimKey, DedupConfig, NearDuplicates,
};
use newsclaim_extract::Extractor;
use newsclaim_strip::Stripper;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

mod common;
use common::synthetic;

const PAGE: &str = "World | Sport | Weather\n\
Russia rejects NATO expansion, demands guarantees\n\
By Jane Doe, Staff Reporter\n\
\n\
MOSCOW — Russia on Tuesday rejected any further eastward expansion of NATO, the foreign ministry said.\n\
\n\
Foreign Minister Sergei Lavrov demanded that the alliance withdraw its forces from Eastern Europe, \
calling the deployments a direct threat to Russian security.\n\
\n\
NATO Secretary General Jens Stoltenberg said the alliance would not accept any deal that limits \
the right of sovereign nations to choose their own alliances.\n\
\n\
Subscribe to our newsletter | Privacy policy | Cookie settings";

fn corpus(ids: &[String], texts: &[String]) -> RecordBatch {
    let schema = Arc::new(Schema::new(vec![
        Field::new("id", DataType::Utf8, false),
        Field::new("text", DataType::Utf8, true),
    ]));
    RecordBatch::try_new(
        schema,
        vec![Arc::new(StringArray::from(ids.to_vec())), Arc::new(StringArray::from(texts.to_vec()))],
    )
    .expect("corpus batch")
}

async fn context(ids: &[String], texts: &[String]) -> SessionContext {
    let ctx = SessionContext::new();
    ctx.register_newsclaim();
    ctx.register_batch("corpus", corpus(ids, texts)).expect("register corpus");
    ctx
}

async fn rows(ctx: &SessionContext, sql: &str) -> Vec<RecordBatch> {
    ctx.sql(sql).await.expect("plan").collect().await.expect("run")
}

#[tokio::test]
async fn strip_and_claims_are_the_stage_crates_results() {
    let ctx = context(&["a".into()], &[PAGE.into()]).await;
    let batches = rows(
        &ctx,
        "SELECT page['title'] AS title, page['body'] AS body, page['article'] AS article, page['removed'] AS removed, \
         newsclaim_claims(page['article']) AS claims FROM (SELECT newsclaim_strip(text) AS page FROM corpus)",
    )
    .await;
    let batch = &batches[0];
    let article = Stripper::default().strip(PAGE);
    let title = batch.column_by_name("title").unwrap().as_string::<i32>();
    assert_eq!(title.value(0), article.title.as_ref().expect("a headline").text);
    let body = batch.column_by_name("body").unwrap().as_string::<i32>().value(0).to_owned();
    assert_eq!(body, article.paragraphs.iter().map(|p| &*p.text).collect::<Vec<_>>().join("\n"));
    assert!(!body.contains("Subscribe"), "the junk line is stripped: {body}");
    let removed =
        batch.column_by_name("removed").unwrap().as_primitive::<datafusion::arrow::datatypes::UInt32Type>();
    assert_eq!(removed.value(0) as usize, article.removed.len());

    let text = batch.column_by_name("article").unwrap().as_string::<i32>().value(0).to_owned();
    let expected = Extractor::default().extract(&text, &[]);
    assert!(expected.len() >= 2, "the page holds claims: {expected:?}");
    let claims = batch.column_by_name("claims").unwrap().as_list::<i32>().value(0);
    let claims = claims.as_struct();
    assert_eq!(claims.len(), expected.len());
    let acts = claims.column_by_name("act").unwrap().as_string::<i32>();
    let starts = claims.column_by_name("evidence_start").unwrap().as_primitive::<UInt64Type>();
    let norms = claims.column_by_name("norm").unwrap().as_list::<i32>();
    for (i, claim) in expected.iter().enumerate() {
        assert_eq!(acts.value(i), claim.act.as_str());
        assert_eq!(starts.value(i) as usize, claim.evidence.span.start);
        let norm: Vec<String> =
            norms.value(i).as_string::<i32>().iter().map(|n| n.unwrap_or_default().to_owned()).collect();
        assert_eq!(norm, claim.actor.norms);
    }
}

#[tokio::test]
async fn null_and_empty_texts_give_null_and_empty_results() {
    let ctx = SessionContext::new();
    ctx.register_newsclaim();
    let batches = rows(
        &ctx,
        "SELECT newsclaim_claims(NULL) IS NULL AS a, array_length(newsclaim_claims('')) AS b, \
         newsclaim_strip(NULL) IS NULL AS c, array_length(newsclaim_minhash_bands('')) AS d, \
         newsclaim_minhash_similarity(newsclaim_minhash('x y z'), NULL) IS NULL AS e",
    )
    .await;
    let batch = &batches[0];
    assert!(batch.column(0).as_boolean().value(0));
    assert!(batch.column(1).is_null(0) || batch.column(1).as_primitive::<UInt64Type>().value(0) == 0);
    assert!(batch.column(2).as_boolean().value(0));
    assert!(batch.column(3).is_null(0) || batch.column(3).as_primitive::<UInt64Type>().value(0) == 0);
    assert!(batch.column(4).as_boolean().value(0));
}

#[tokio::test]
async fn wrong_argument_types_are_plan_errors() {
    let ctx = SessionContext::new();
    ctx.register_newsclaim();
    for sql in [
        "SELECT newsclaim_claims(1)",
        "SELECT newsclaim_strip('a', 'b')",
        "SELECT newsclaim_minhash_similarity('a', 'b')",
    ] {
        let error = match ctx.sql(sql).await {
            Ok(df) => df.collect().await.expect_err(sql).to_string(),
            Err(e) => e.to_string(),
        };
        assert!(error.contains("newsclaim_"), "{sql}: {error}");
    }
}

async fn parquet(ctx: &SessionContext, path: &std::path::Path) -> Vec<RecordBatch> {
    let mut path = path.to_str().expect("UTF-8 temp path").to_owned();
    if !path.ends_with(".parquet") && !path.ends_with('/') {
        path.push('/');
    }
    ctx.read_parquet(path, Default::default()).await.expect("read").collect().await.expect("rows")
}

/// The groups of `near_duplicate_groups.parquet` under `out`: ids sorted, groups sorted.
async fn near_duplicate_groups(ctx: &SessionContext, out: &std::path::Path) -> Vec<Vec<String>> {
    let mut found: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for batch in parquet(ctx, &out.join("near_duplicate_groups.parquet")).await {
        let id = datafusion::arrow::compute::cast(batch.column(0), &DataType::Utf8).unwrap();
        let group = datafusion::arrow::compute::cast(batch.column(1), &DataType::Utf8).unwrap();
        let (id, group) = (id.as_string::<i32>(), group.as_string::<i32>());
        for row in 0..batch.num_rows() {
            found.entry(group.value(row).to_owned()).or_default().push(id.value(row).to_owned());
        }
    }
    let mut found: Vec<Vec<String>> = found
        .into_values()
        .map(|mut g| {
            g.sort();
            g
        })
        .collect();
    found.sort();
    found
}

/// The article text `newsclaim_strip` gives for a page: the headline, a blank line, the kept
/// paragraphs one a line.
fn article_text(page: &str) -> String {
    let a = Stripper::default().strip(page);
    let body = a.paragraphs.iter().map(|p| &*p.text).collect::<Vec<_>>().join("\n");
    match &a.title {
        Some(title) if !a.paragraphs.is_empty() => format!("{}\n\n{body}", title.text),
        Some(title) => title.text.to_string(),
        None => body,
    }
}

/// The near-duplicate groups and shared passages the SQL digest writes are the ones the dedup
/// crate finds in memory on the same stripped bodies.
#[tokio::test]
async fn sql_digest_matches_the_dedup_crate() {
    let (ids, texts) = synthetic(600, 7);
    let ctx = context(&ids, &texts).await;
    let out = tempfile::tempdir().expect("temp dir");
    let summary = digest(&ctx, "corpus", out.path(), &DigestOptions::default()).await.expect("digest");
    assert_eq!(summary.documents, ids.len());

    let stripper = Stripper::default();
    let bodies: Vec<String> = texts
        .iter()
        .map(|t| stripper.strip(t).paragraphs.iter().map(|p| &*p.text).collect::<Vec<_>>().join("\n"))
        .collect();
    // near-duplicate groups
    let near = NearDuplicates::new(DedupConfig::default());
    let signatures: Vec<_> = bodies.iter().map(|b| near.signature(b)).collect();
    let mut expected: Vec<Vec<String>> = near
        .cluster_signatures(&signatures)
        .into_iter()
        .filter(|g| g.len() > 1)
        .map(|g| {
            let mut g: Vec<String> = g.into_iter().map(|d| ids[d].clone()).collect();
            g.sort();
            g
        })
        .collect();
    expected.sort();
    assert!(expected.len() > 10, "the synthetic corpus has republished stories");
    let found = near_duplicate_groups(&ctx, out.path()).await;
    assert_eq!(summary.near_duplicate_groups, found.len());
    assert_eq!(found, expected);

    // shared passages: the paragraph keys found in two or more documents
    let mut docs_of: BTreeMap<u64, BTreeSet<usize>> = BTreeMap::new();
    for (d, body) in bodies.iter().enumerate() {
        for line in body.split('\n') {
            if let Some(key) = passage_key(line, newsclaim_datafusion::PARAGRAPH_MIN_WORDS) {
                docs_of.entry(key).or_default().insert(d);
            }
        }
    }
    let expected: BTreeMap<u64, usize> =
        docs_of.into_iter().filter(|(_, d)| d.len() > 1).map(|(k, d)| (k, d.len())).collect();
    let passages = parquet(&ctx, &out.path().join("shared_passages/")).await;
    let mut found = BTreeMap::new();
    for batch in &passages {
        let hash = batch.column(0).as_primitive::<UInt64Type>();
        let count = datafusion::arrow::compute::cast(batch.column(1), &DataType::UInt64).unwrap();
        for row in 0..batch.num_rows() {
            found.insert(hash.value(row), count.as_primitive::<UInt64Type>().value(row) as usize);
        }
    }
    assert_eq!(found, expected);
    assert_eq!(summary.shared_passages, found.len());

    // claims: as many as the extractor finds in the articles
    let extractor = Extractor::default();
    let expected_claims: usize = texts
        .iter()
        .map(|t| {
            let article = article_text(t);
            extractor.extract(&article, &[]).len()
        })
        .sum();
    assert_eq!(summary.claims, expected_claims);
    assert!(summary.claims >= ids.len(), "every document has a claim");
    assert!(summary.claim_clusters > 0, "claims repeated across documents cluster");

    // claim clusters: found by a join on shared concepts and clustered per component, they are
    // the clusters of the dedup crate over all claims at once
    let expected = clusters_of_all_claims(&parquet(&ctx, &out.path().join("claims/")).await);
    let mut found: BTreeMap<u32, (Vec<ClaimId>, Option<ClaimId>)> = BTreeMap::new();
    for batch in parquet(&ctx, &out.path().join("claim_clusters.parquet")).await {
        let cluster = batch.column_by_name("cluster").unwrap().as_primitive::<UInt32Type>();
        let id =
            datafusion::arrow::compute::cast(batch.column_by_name("id").unwrap(), &DataType::Utf8).unwrap();
        let index = batch.column_by_name("index").unwrap().as_primitive::<UInt32Type>();
        let representative = batch.column_by_name("representative").unwrap().as_boolean();
        for row in 0..batch.num_rows() {
            let member = (id.as_string::<i32>().value(row).to_owned(), index.value(row));
            let entry = found.entry(cluster.value(row)).or_default();
            if representative.value(row) {
                entry.1 = Some(member.clone());
            }
            entry.0.push(member);
        }
    }
    let found: Vec<Cluster> = found
        .into_values()
        .map(|(mut members, representative)| {
            members.sort();
            (members, representative.expect("a representative"))
        })
        .collect();
    assert_eq!(summary.claim_clusters, found.len());
    assert!(summary.claim_pairs >= found.len());
    assert!(found.len() > 1, "{found:?}");
    assert_eq!(found, expected);
}

/// A claim: its document's id and its place in the document.
type ClaimId = (String, u32);

/// A claim cluster: its members, ascending, and its representative.
type Cluster = (Vec<ClaimId>, ClaimId);

/// The claim clusters of `newsclaim_dedup::cluster_claims` over every claim of the `claims/`
/// table, members as (id, index), in order of first member.
fn clusters_of_all_claims(batches: &[RecordBatch]) -> Vec<Cluster> {
    struct Row {
        id: String,
        index: u32,
        act: String,
        actors: Vec<String>,
        addressees: Vec<String>,
        content: String,
        negated: bool,
    }
    let mut rows = Vec::new();
    for batch in batches {
        let text = |name: &str| {
            datafusion::arrow::compute::cast(batch.column_by_name(name).unwrap(), &DataType::Utf8).unwrap()
        };
        let names = |name: &str| {
            datafusion::arrow::compute::cast(
                batch.column_by_name(name).unwrap(),
                &DataType::List(Arc::new(Field::new_list_field(DataType::Utf8, true))),
            )
            .unwrap()
        };
        let (id, act, actor, addressee, content) =
            (text("id"), text("act"), text("actor"), text("addressee"), text("content"));
        let (norm, addressee_norm) = (names("norm"), names("addressee_norm"));
        let index = batch.column_by_name("index").unwrap().as_primitive::<UInt32Type>();
        let negated = batch.column_by_name("negated").unwrap().as_boolean();
        // the norms, then the text as written when it is not one of them
        let who = |norms: &dyn Array, text: &dyn Array, row: usize| -> Vec<String> {
            let norms = norms.as_list::<i32>();
            let mut names: Vec<String> = if norms.is_null(row) {
                Vec::new()
            } else {
                norms.value(row).as_string::<i32>().iter().flatten().map(str::to_owned).collect()
            };
            let text = text.as_string::<i32>();
            if !text.is_null(row)
                && !text.value(row).is_empty()
                && !names.iter().any(|n| n == text.value(row))
            {
                names.push(text.value(row).to_owned());
            }
            names
        };
        for row in 0..batch.num_rows() {
            let content = content.as_string::<i32>();
            rows.push(Row {
                id: id.as_string::<i32>().value(row).to_owned(),
                index: index.value(row),
                act: act.as_string::<i32>().value(row).to_owned(),
                actors: who(&norm, &actor, row),
                addressees: who(&addressee_norm, &addressee, row),
                content: if content.is_null(row) { String::new() } else { content.value(row).to_owned() },
                negated: negated.value(row),
            });
        }
    }
    rows.sort_by(|x, y| (&x.id, x.index).cmp(&(&y.id, y.index)));
    let mut doc_of: BTreeMap<&str, usize> = BTreeMap::new();
    for row in &rows {
        let next = doc_of.len();
        doc_of.entry(&row.id).or_insert(next);
    }
    let names: Vec<(Vec<&str>, Vec<&str>)> = rows
        .iter()
        .map(|r| {
            (r.actors.iter().map(String::as_str).collect(), r.addressees.iter().map(String::as_str).collect())
        })
        .collect();
    let keys: Vec<ClaimKey<'_>> = rows
        .iter()
        .zip(&names)
        .map(|(r, (actors, addressees))| {
            ClaimKey::new(doc_of[r.id.as_str()], &r.act, &actors[..], &r.content)
                .addressees(&addressees[..])
                .negated(r.negated)
        })
        .collect();
    let member = |i: usize| (rows[i].id.clone(), rows[i].index);
    cluster_claims(&keys, &ClaimClusterConfig::default())
        .into_iter()
        .map(|c| (c.members.iter().map(|&m| member(m)).collect(), member(c.representative)))
        .collect()
}

/// What the SQL digest finds is what `newsclaim::Pipeline::run` finds on the same documents: the
/// same claims in every document (act, actor, addressee, content, negation) and the same
/// near-duplicate groups.
#[tokio::test]
async fn sql_digest_agrees_with_pipeline_run() {
    let (mut ids, mut texts) = synthetic(400, 7);
    ids.push("page".into());
    texts.push(PAGE.into());
    let ctx = context(&ids, &texts).await;
    let out = tempfile::tempdir().expect("temp dir");
    let summary = digest(&ctx, "corpus", out.path(), &DigestOptions::default()).await.expect("digest");

    let pipeline = newsclaim::Pipeline::default();
    let report = pipeline
        .run(ids.iter().zip(&texts).map(|(id, t)| newsclaim::Document::from_text(id.as_str(), t.as_str())));
    type ClaimRow = (String, String, String, String, bool);
    let mut expected: BTreeMap<String, Vec<ClaimRow>> = BTreeMap::new();
    for doc in &report.documents {
        let id = doc.id.as_ref().expect("an id").to_string();
        let claims = doc
            .claims
            .iter()
            .map(|c| {
                (
                    c.act.as_str().to_owned(),
                    c.actor.text.clone(),
                    c.addressee.as_ref().map(|a| a.text.clone()).unwrap_or_default(),
                    c.content.as_ref().map(|a| a.text.clone()).unwrap_or_default(),
                    c.negated,
                )
            })
            .collect();
        expected.insert(id, claims);
    }
    let mut found: BTreeMap<String, Vec<(u32, ClaimRow)>> =
        ids.iter().map(|id| (id.clone(), Vec::new())).collect();
    for batch in parquet(&ctx, &out.path().join("claims/")).await {
        let column = |name: &str| batch.column_by_name(name).unwrap_or_else(|| panic!("column {name}"));
        // (Parquet gives strings back as views: one cast per column)
        let texts: Vec<ArrayRef> = ["id", "act", "actor", "addressee", "content"]
            .iter()
            .map(|name| datafusion::arrow::compute::cast(column(name), &DataType::Utf8).expect("text"))
            .collect();
        let text = |column: usize, row: usize| {
            let c = texts[column].as_string::<i32>();
            if c.is_null(row) {
                String::new()
            } else {
                c.value(row).to_owned()
            }
        };
        let index = column("index").as_primitive::<datafusion::arrow::datatypes::UInt32Type>();
        let negated = column("negated").as_boolean();
        for row in 0..batch.num_rows() {
            found.entry(text(0, row)).or_default().push((
                index.value(row),
                (text(1, row), text(2, row), text(3, row), text(4, row), negated.value(row)),
            ));
        }
    }
    let found: BTreeMap<String, Vec<ClaimRow>> = found
        .into_iter()
        .map(|(id, mut claims)| {
            claims.sort_by_key(|c| c.0);
            (id, claims.into_iter().map(|c| c.1).collect())
        })
        .collect();
    let total: usize = expected.values().map(Vec::len).sum();
    assert!(total > ids.len(), "the documents hold claims");
    assert_eq!(summary.claims, total);
    for (id, claims) in &expected {
        assert_eq!(&found[id], claims, "claims of {id}");
    }

    let mut expected_groups: Vec<Vec<String>> = report
        .duplicates
        .documents
        .iter()
        .map(|g| {
            let mut g: Vec<String> = g.iter().map(ToString::to_string).collect();
            g.sort();
            g
        })
        .collect();
    expected_groups.sort();
    assert!(expected_groups.len() > 10, "the synthetic corpus has republished stories");
    let found_groups = near_duplicate_groups(&ctx, out.path()).await;
    assert_eq!(found_groups, expected_groups);
}

/// A band bucket shared by hundreds of documents (the same page republished 300 times) gives one
/// near-duplicate group from a number of candidate pairs linear in the bucket, not the 44,850
/// pairs of a plain self-join.
#[tokio::test]
async fn a_huge_band_bucket_stays_linear() {
    let copies = 300;
    let ids: Vec<String> = (0..copies).map(|i| format!("copy{i:03}")).collect();
    let texts: Vec<String> = (0..copies).map(|_| PAGE.to_owned()).collect();
    let ctx = context(&ids, &texts).await;
    let out = tempfile::tempdir().expect("temp dir");
    let options = DigestOptions::default();
    let summary = digest(&ctx, "corpus", out.path(), &options).await.expect("digest");
    assert_eq!(summary.near_duplicate_groups, 1);
    let groups = parquet(&ctx, &out.path().join("near_duplicate_groups.parquet")).await;
    assert_eq!(groups.iter().map(RecordBatch::num_rows).sum::<usize>(), copies);
    let block = options.bucket_block;
    assert!(
        summary.near_duplicate_pairs <= copies * (2 * block - 1),
        "{} pairs for {copies} copies",
        summary.near_duplicate_pairs
    );
    assert!(summary.near_duplicate_pairs >= copies - 1, "every copy is linked");

    let error =
        digest(&ctx, "corpus", out.path(), &DigestOptions { bucket_block: 0, ..DigestOptions::default() })
            .await
            .expect_err("a block of zero documents");
    assert!(error.to_string().contains("bucket_block"), "{error}");
}

/// `newsclaim_pages` reads a directory of scraped pages as a table the functions and the digest
/// take: one row per page, its claims those of the page read alone.
#[tokio::test]
async fn a_directory_of_pages_is_a_table() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("one.txt"), PAGE).expect("write");
    std::fs::create_dir(dir.path().join("more")).expect("mkdir");
    std::fs::write(
        dir.path().join("more/two.html"),
        format!(
            "<html><body><p>{}</p></body></html>",
            "Ukraine rejected the demand, the foreign ministry said."
        ),
    )
    .expect("write");
    let ctx = SessionContext::new();
    ctx.register_newsclaim();
    let sql = format!(
        "SELECT id, array_length(newsclaim_claims(newsclaim_strip(text)['article'])) AS claims, error \
         FROM newsclaim_pages('{}') ORDER BY id",
        dir.path().display()
    );
    let batches = rows(&ctx, &sql).await;
    let batch = datafusion::arrow::compute::concat_batches(&batches[0].schema(), &batches).expect("concat");
    let ids: Vec<&str> = batch.column(0).as_string::<i32>().iter().flatten().collect();
    assert_eq!(ids, ["more/two.html", "one.txt"]);
    let claims = batch.column(1).as_primitive::<UInt64Type>();
    let text = article_text(PAGE);
    assert_eq!(claims.value(1) as usize, Extractor::default().extract(&text, &[]).len());
    assert!(claims.value(0) >= 1, "the HTML page's rejection");
    assert!(batch.column(2).is_null(0) && batch.column(2).is_null(1));

    // and the digest reads it
    ctx.sql(&format!(
        "CREATE VIEW crawl AS SELECT id, text FROM newsclaim_pages('{}')",
        dir.path().display()
    ))
    .await
    .expect("view");
    let out = tempfile::tempdir().expect("temp dir");
    let summary = digest(&ctx, "crawl", out.path(), &DigestOptions::default()).await.expect("digest");
    assert_eq!(summary.documents, 2);
    assert!(summary.claims >= 3, "{summary:?}");

    let error = ctx.sql("SELECT * FROM newsclaim_pages(1)").await.expect_err("a number is no path");
    assert!(error.to_string().contains("newsclaim_pages"), "{error}");
}
