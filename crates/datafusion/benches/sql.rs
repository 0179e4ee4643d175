//! The SQL digest on one `SessionContext` (all cores) over a synthetic corpus, `Pipeline::run` of
//! the one-machine digest over the same documents (all cores), and the claims function alone over
//! the same texts, in bytes of input text per second: the first two give the engine's overhead.
// criterion's macros generate undocumented public functions.
#![allow(missing_docs)]

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use datafusion::arrow::array::{RecordBatch, StringArray};
use datafusion::arrow::datatypes::{DataType, Field, Schema};
use datafusion::datasource::MemTable;
use datafusion::prelude::SessionContext;
use newsclaim_datafusion::{claims_array, digest, DigestOptions, NewsclaimContext};
use newsclaim_extract::Extractor;
use std::sync::Arc;

#[path = "../tests/common/mod.rs"]
mod common;
use common::synthetic;

fn bench(c: &mut Criterion) {
    let (ids, texts) = synthetic(2000, 3);
    let bytes: usize = texts.iter().map(String::len).sum();
    let runtime = tokio::runtime::Runtime::new().expect("tokio runtime");
    let schema = Arc::new(Schema::new(vec![
        Field::new("id", DataType::Utf8, false),
        Field::new("text", DataType::Utf8, false),
    ]));
    // The corpus as the engine would scan it from files: one partition per core, each of a few
    // batches (one batch in one partition would run every function on one core).
    let cores = std::thread::available_parallelism().map_or(2, usize::from);
    let mut partitions: Vec<Vec<RecordBatch>> = vec![Vec::new(); cores];
    for (n, start) in (0..ids.len()).step_by(250).enumerate() {
        let end = (start + 250).min(ids.len());
        let batch = RecordBatch::try_new(
            schema.clone(),
            vec![
                Arc::new(StringArray::from(ids[start..end].to_vec())),
                Arc::new(StringArray::from(texts[start..end].to_vec())),
            ],
        )
        .expect("batch");
        partitions[n % cores].push(batch);
    }
    let table = Arc::new(MemTable::try_new(schema, partitions).expect("table"));
    let mut group = c.benchmark_group("datafusion");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(10);
    group.bench_function("sql_digest_2000_docs", |b| {
        b.iter(|| {
            runtime.block_on(async {
                let ctx = SessionContext::new();
                ctx.register_newsclaim();
                ctx.register_table("corpus", table.clone()).expect("register");
                let out = tempfile::tempdir().expect("temp dir");
                digest(&ctx, "corpus", out.path(), &DigestOptions::default()).await.expect("digest")
            })
        })
    });
    let pipeline = newsclaim::Pipeline::default();
    let documents: Vec<newsclaim::Document> = ids
        .iter()
        .zip(&texts)
        .map(|(id, t)| newsclaim::Document::from_text(id.as_str(), t.as_str()))
        .collect();
    group.bench_function("pipeline_run_2000_docs", |b| b.iter(|| pipeline.run(documents.clone())));
    let extractor = Extractor::default();
    let refs: Vec<Option<&str>> = texts.iter().map(|t| Some(t.as_str())).collect();
    group.bench_function("claims_array_one_thread", |b| b.iter(|| claims_array(&extractor, &refs)));
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
