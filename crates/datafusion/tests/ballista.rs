//! The digest on Ballista (an in-process scheduler and executor: plans serialized, run in stages,
//! shuffled) writes exactly what it writes on one `SessionContext`.

use datafusion::arrow::array::{Array, RecordBatch, StringArray};
use datafusion::arrow::datatypes::{DataType, Field, Schema};
use datafusion::arrow::util::display::{ArrayFormatter, FormatOptions};
use datafusion::parquet::arrow::ArrowWriter;
use datafusion::prelude::{ParquetReadOptions, SessionContext};
use newsclaim_datafusion::{digest, DigestOptions, NewsclaimContext};
use std::path::Path;
use std::sync::Arc;

mod common;
use common::synthetic;

fn write_corpus(path: &Path, docs: usize) {
    let (ids, texts) = synthetic(docs, 11);
    let schema = Arc::new(Schema::new(vec![
        Field::new("id", DataType::Utf8, false),
        Field::new("text", DataType::Utf8, false),
    ]));
    let batch = RecordBatch::try_new(
        schema.clone(),
        vec![Arc::new(StringArray::from(ids)), Arc::new(StringArray::from(texts))],
    )
    .expect("batch");
    let mut writer = ArrowWriter::try_new(std::fs::File::create(path).expect("corpus file"), schema, None)
        .expect("writer");
    writer.write(&batch).expect("write");
    writer.close().expect("close");
}

/// Every row of a Parquet output, each formatted as one line, sorted: equal outputs give equal
/// lists whatever order the engine wrote them in.
async fn sorted_rows(path: &Path, columns: &[&str]) -> Vec<String> {
    let ctx = SessionContext::new();
    let mut path = path.to_str().expect("UTF-8").to_owned();
    if !path.ends_with(".parquet") {
        path.push('/');
    }
    let batches = ctx
        .read_parquet(path, ParquetReadOptions::default())
        .await
        .expect("read")
        .select_columns(columns)
        .expect("columns")
        .collect()
        .await
        .expect("rows");
    let options = FormatOptions::default();
    let mut rows = Vec::new();
    for batch in &batches {
        let formatters: Vec<ArrayFormatter<'_>> = batch
            .columns()
            .iter()
            .map(|c| ArrayFormatter::try_new(c.as_ref(), &options).expect("format"))
            .collect();
        for row in 0..batch.num_rows() {
            rows.push(formatters.iter().map(|f| f.value(row).to_string()).collect::<Vec<_>>().join(" | "));
        }
    }
    rows.sort();
    rows
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ballista_digest_equals_the_single_session_digest() {
    let dir = tempfile::tempdir().expect("temp dir");
    let corpus = dir.path().join("corpus.parquet");
    write_corpus(&corpus, 2000);
    let corpus = corpus.to_str().expect("UTF-8");

    let local = SessionContext::new();
    local.register_newsclaim();
    local.register_parquet("corpus", corpus, ParquetReadOptions::default()).await.expect("register");
    let local_out = dir.path().join("local");
    let local_summary =
        digest(&local, "corpus", &local_out, &DigestOptions::default()).await.expect("local digest");

    let cluster = newsclaim_datafusion::ballista::standalone().await.expect("ballista");
    cluster.register_parquet("corpus", corpus, ParquetReadOptions::default()).await.expect("register");
    // the queries go to the scheduler, not to a local plan
    let plan = cluster
        .sql("EXPLAIN SELECT newsclaim_claims(text) FROM corpus")
        .await
        .expect("plan")
        .collect()
        .await
        .expect("explain");
    let plan = datafusion::arrow::util::pretty::pretty_format_batches(&plan).expect("format").to_string();
    assert!(plan.contains("distributed_plan") && plan.contains("ShuffleWriterExec"), "{plan}");
    let cluster_out = dir.path().join("ballista");
    let cluster_summary =
        digest(&cluster, "corpus", &cluster_out, &DigestOptions::default()).await.expect("ballista digest");

    assert_eq!(local_summary, cluster_summary);
    assert_eq!(local_summary.documents, 2000);
    assert!(local_summary.claims >= 2000, "{local_summary:?}");
    assert!(local_summary.near_duplicate_groups > 10, "{local_summary:?}");
    assert!(local_summary.shared_passages > 0, "{local_summary:?}");
    assert!(local_summary.claim_clusters > 0, "{local_summary:?}");
    assert!(local_summary.claim_pairs >= local_summary.claim_clusters, "{local_summary:?}");
    for (output, columns) in [
        ("claims", &["id", "index", "act", "actor", "norm", "content", "evidence_start", "line"][..]),
        ("near_duplicate_pairs", &["a", "b", "similarity"][..]),
        ("near_duplicate_groups.parquet", &["id", "group"][..]),
        ("shared_passages", &["hash", "documents", "ids"][..]),
        ("claim_pairs", &["a", "b", "a_id", "a_index", "b_id", "b_index", "similarity"][..]),
        ("claim_components.parquet", &["node", "component"][..]),
        (
            "claim_clusters.parquet",
            &["cluster", "id", "index", "act", "actor", "content", "representative"][..],
        ),
    ] {
        let (a, b) = (
            sorted_rows(&local_out.join(output), columns).await,
            sorted_rows(&cluster_out.join(output), columns).await,
        );
        assert!(!a.is_empty(), "{output} is empty");
        assert_eq!(a.len(), b.len(), "{output}: row counts differ");
        if a != b {
            let only_a: Vec<_> = a.iter().filter(|r| !b.contains(r)).take(3).collect();
            let only_b: Vec<_> = b.iter().filter(|r| !a.contains(r)).take(3).collect();
            panic!("{output}: rows differ: local {only_a:?} cluster {only_b:?}");
        }
    }
    // the per-document table stays registered on the session that ran the digest
    let documents = cluster
        .sql("SELECT count(*) FROM newsclaim_documents")
        .await
        .expect("plan")
        .collect()
        .await
        .expect("run");
    assert_eq!(documents[0].column(0).len(), 1);
}
