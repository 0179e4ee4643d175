//! The digest of a corpus as SQL: claims, near-duplicate pairs and groups, shared passages and
//! claim clusters, written to Parquet.
//!
//! The per-document work (stripping, claims, signatures, band keys, paragraph hashes) and the
//! joins (band keys, paragraph hashes) are queries, so they run wherever the session runs them:
//! on this machine's cores with a plain [`SessionContext`], on a cluster with Ballista. What the
//! driver does is small: union-find over the verified near-duplicate pairs, and clustering the
//! extracted claims (a few hundred bytes each, not the corpus) with
//! [`newsclaim_dedup::cluster_claims`].
//!
//! The queries, with `documents` the per-document table of step 1:
//!
//! ```sql
//! -- 1. documents: one pass of every function over the corpus (written to Parquet)
//! SELECT id, page['title'] AS title, page['date'] AS date, page['outlet'] AS outlet,
//!        newsclaim_claims(page['article']) AS claims, newsclaim_minhash(page['body']) AS signature,
//!        newsclaim_minhash_bands(page['body']) AS bands, newsclaim_paragraph_hashes(page['body']) AS paragraphs
//! FROM (SELECT CAST(id AS VARCHAR) AS id, newsclaim_strip(text) AS page FROM corpus);
//! -- 2. claims: one row per claim
//! SELECT id, unnest(claims) AS claim FROM documents;
//! -- 3. near-duplicate pairs: documents sharing a band key, verified on their signatures; in a
//! --    bucket (ordered by id, cut into blocks of 16) each document meets those of its own block
//! --    and the next, so a bucket of a million pages sharing boilerplate stays linear
//! WITH keys AS (SELECT id, unnest(bands) AS band FROM documents),
//!      ranked AS (SELECT id, band, (row_number() OVER (PARTITION BY band ORDER BY id) - 1) / 16 AS block FROM keys),
//!      candidates AS (SELECT DISTINCT x.id AS a, y.id AS b FROM ranked x JOIN ranked y
//!                     ON x.band = y.band AND x.block = y.block AND x.id < y.id
//!                     UNION ALL
//!                     SELECT DISTINCT x.id, y.id FROM ranked x JOIN ranked y
//!                     ON x.band = y.band AND y.block = x.block + 1 AND x.id < y.id)
//! SELECT c.a, c.b, newsclaim_minhash_similarity(x.signature, y.signature) AS similarity
//! FROM (SELECT DISTINCT a, b FROM candidates) c JOIN documents x ON x.id = c.a JOIN documents y ON y.id = c.b
//! WHERE newsclaim_minhash_similarity(x.signature, y.signature) >= 0.4;
//! -- 4. shared passages: paragraphs with the same words in two or more documents
//! SELECT p['hash'] AS hash, count(DISTINCT id) AS documents, array_sort(array_agg(DISTINCT id)) AS ids
//! FROM (SELECT id, unnest(paragraphs) AS p FROM documents) GROUP BY p['hash'] HAVING count(DISTINCT id) >= 2;
//! ```
//!
//! What is shuffled: band keys (one row per document and band) and paragraph hashes (one row per
//! paragraph) for the joins and the aggregation, then the candidate pairs to their documents'
//! signatures. A band key shared by very many documents (boilerplate the stripper kept) would
//! make a plain self-join quadratic in its bucket; the blocks bound the candidates to about
//! `3 × block` per document and band, as [`DedupConfig::max_bucket_comparisons`] bounds them in
//! the in-memory [`newsclaim_dedup::NearDuplicates`]. Documents of one bucket that are near
//! duplicates of each other are still linked through their neighbours in id order; the
//! approximation only drops pairs in a bucket larger than a block whose members are *not*
//! mostly near-duplicates of each other.

use crate::args::list_of;
use datafusion::arrow::array::{
    Array, ArrayRef, AsArray, BooleanArray, BooleanBuilder, ListArray, RecordBatch, StringArray,
    StringBuilder, UInt32Array, UInt32Builder,
};
use datafusion::arrow::compute::cast;
use datafusion::arrow::datatypes::{DataType, Field, Schema, SchemaRef};
use datafusion::common::{exec_err, DataFusionError, Result};
use datafusion::dataframe::DataFrameWriteOptions;
use datafusion::parquet::arrow::ArrowWriter;
use datafusion::prelude::{ParquetReadOptions, SessionContext};
use newsclaim_dedup::{cluster_claims, ClaimClusterConfig, ClaimKey, DedupConfig, UnionFind};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// Settings of [`digest`].
#[derive(Debug, Clone)]
pub struct DigestOptions {
    /// Estimated Jaccard similarity at or above which two documents are near-duplicates
    /// (default: [`DedupConfig::default`]'s, as in the digest).
    pub near_duplicate_threshold: f64,
    /// Documents of one band bucket are ordered by id and cut into blocks of this many; each is
    /// compared with the members of its own block and of the next (default: 16, as
    /// [`DedupConfig::max_bucket_comparisons`]). Bounds the candidate pairs of a bucket to about
    /// `1.5 × block` per member, so a bucket shared by very many pages stays linear.
    pub bucket_block: usize,
    /// How claims are compared (default: [`ClaimClusterConfig::default`]). The SQL digest has
    /// no stories: every claim is in story 0, so claims of the whole corpus may cluster.
    pub claim_clusters: ClaimClusterConfig,
}

impl Default for DigestOptions {
    fn default() -> Self {
        DigestOptions {
            near_duplicate_threshold: DedupConfig::default().threshold,
            bucket_block: DedupConfig::default().max_bucket_comparisons,
            claim_clusters: ClaimClusterConfig::default(),
        }
    }
}

/// How many rows [`digest`] wrote to each output.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DigestSummary {
    /// Documents read (`documents/`).
    pub documents: usize,
    /// Claims extracted (`claims/`).
    pub claims: usize,
    /// Verified near-duplicate pairs (`near_duplicate_pairs/`).
    pub near_duplicate_pairs: usize,
    /// Groups of two or more near-duplicate documents (`near_duplicate_groups.parquet`).
    pub near_duplicate_groups: usize,
    /// Paragraphs found in two or more documents (`shared_passages/`).
    pub shared_passages: usize,
    /// Claim clusters of claims from two or more documents (`claim_clusters.parquet`).
    pub claim_clusters: usize,
}

/// The name under which [`digest`] registers its per-document table in the session.
pub const DOCUMENTS_TABLE: &str = "newsclaim_documents";

/// Digests the table `corpus` (columns `id`, any type cast to text, and `text`: a scraped page,
/// text or HTML) registered in `ctx` with [`crate::NewsclaimContext::register_newsclaim`], writing
/// to the directory `out` (created if missing):
///
/// - `documents/` (Parquet): `id`, `title`, `date`, `outlet`, `claims` (list of claim structs),
///   `signature`, `bands`, `paragraphs`;
/// - `claims/` (Parquet): one row per claim, `id`, `index` (the claim's place in its document)
///   and the fields of [`crate::claim_fields`];
/// - `near_duplicate_pairs/` (Parquet): `a`, `b` (ids, `a < b`), `similarity`;
/// - `near_duplicate_groups.parquet`: `id`, `group` (the smallest id of the group), for
///   documents in a group of two or more (the connected components of the pairs);
/// - `shared_passages/` (Parquet): `hash`, `documents`, `ids`;
/// - `claim_clusters.parquet`: `cluster` (0, 1, … in order of first member), `id`, `index`,
///   `act`, `actor`, `content`, `representative` (whether the member is the cluster's medoid).
///
/// Row order within a Parquet directory is whatever the engine produced; sort on the ids to
/// compare runs. The per-document table stays registered as [`DOCUMENTS_TABLE`].
pub async fn digest(
    ctx: &SessionContext,
    corpus: &str,
    out: &Path,
    options: &DigestOptions,
) -> Result<DigestSummary> {
    // Settings are checked before any work is done.
    let threshold = options.near_duplicate_threshold;
    if !(threshold.is_finite() && threshold > 0.0 && threshold <= 1.0) {
        return exec_err!("near-duplicate threshold must be in (0, 1], got {threshold}");
    }
    if options.bucket_block == 0 {
        return exec_err!("bucket_block must be at least 1");
    }
    std::fs::create_dir_all(out)?;
    let path = |name: &str| -> Result<String> {
        // a trailing slash: a directory of Parquet files, read or written by the engine's partitions
        let p: PathBuf = out.join(name);
        p.to_str()
            .map(|p| if name.ends_with('/') && !p.ends_with('/') { format!("{p}/") } else { p.to_owned() })
            .ok_or_else(|| {
                DataFusionError::Configuration(format!("output path {} is not UTF-8", p.display()))
            })
    };
    let mut summary = DigestSummary::default();

    // 1. One pass of every function over the corpus.
    let documents = format!(
        "SELECT id, page['title'] AS title, page['date'] AS date, page['outlet'] AS outlet, \
         newsclaim_claims(page['article']) AS claims, newsclaim_minhash(page['body']) AS signature, \
         newsclaim_minhash_bands(page['body']) AS bands, newsclaim_paragraph_hashes(page['body']) AS paragraphs \
         FROM (SELECT CAST(id AS VARCHAR) AS id, newsclaim_strip(text) AS page FROM {corpus})"
    );
    let (rows, schema) = write(ctx, &documents, &path("documents/")?).await?;
    summary.documents = rows;
    let _ = ctx.deregister_table(DOCUMENTS_TABLE)?;
    ctx.register_parquet(
        DOCUMENTS_TABLE,
        &path("documents/")?,
        ParquetReadOptions::default().schema(&schema),
    )
    .await?;

    // 2. One row per claim, with its place in its document.
    let fields: Vec<String> =
        crate::claim_fields().iter().map(|f| format!("claim['{0}'] AS \"{0}\"", f.name())).collect();
    let claims = format!(
        "SELECT id, CAST(ordinal AS INT UNSIGNED) AS \"index\", {} FROM \
         (SELECT id, unnest(claims) AS claim, unnest(range(CAST(array_length(claims) AS BIGINT))) AS ordinal \
          FROM {DOCUMENTS_TABLE} WHERE array_length(claims) > 0)",
        fields.join(", ")
    );
    let (rows, claims_schema) = write(ctx, &claims, &path("claims/")?).await?;
    summary.claims = rows;

    // 3. Near-duplicate candidates by band key, verified on the signatures.
    let block = options.bucket_block;
    let pairs = format!(
        "WITH keys AS (SELECT id, unnest(bands) AS band FROM {DOCUMENTS_TABLE}), \
         ranked AS (SELECT id, band, \
           CAST((row_number() OVER (PARTITION BY band ORDER BY id) - 1) / {block} AS BIGINT) AS block FROM keys), \
         candidates AS (\
           SELECT DISTINCT x.id AS a, y.id AS b FROM ranked x JOIN ranked y \
             ON x.band = y.band AND x.block = y.block AND x.id < y.id \
           UNION ALL \
           SELECT DISTINCT x.id AS a, y.id AS b FROM ranked x JOIN ranked y \
             ON x.band = y.band AND y.block = x.block + 1 AND x.id < y.id) \
         SELECT c.a, c.b, newsclaim_minhash_similarity(x.signature, y.signature) AS similarity \
         FROM (SELECT DISTINCT a, b FROM candidates) c \
         JOIN {DOCUMENTS_TABLE} x ON x.id = c.a JOIN {DOCUMENTS_TABLE} y ON y.id = c.b \
         WHERE newsclaim_minhash_similarity(x.signature, y.signature) >= {threshold:?}"
    );
    let (rows, pairs_schema) = write(ctx, &pairs, &path("near_duplicate_pairs/")?).await?;
    summary.near_duplicate_pairs = rows;

    // 4. Shared passages.
    let passages = format!(
        "SELECT p['hash'] AS hash, count(DISTINCT id) AS documents, array_sort(array_agg(DISTINCT id)) AS ids \
         FROM (SELECT id, unnest(paragraphs) AS p FROM {DOCUMENTS_TABLE}) \
         GROUP BY p['hash'] HAVING count(DISTINCT id) >= 2"
    );
    summary.shared_passages = write(ctx, &passages, &path("shared_passages/")?).await?.0;

    // On the driver: the components of the verified pairs …
    let pair_batches = ctx
        .read_parquet(path("near_duplicate_pairs/")?, ParquetReadOptions::default().schema(&pairs_schema))
        .await?
        .select_columns(&["a", "b"])?
        .collect()
        .await?;
    let groups = near_duplicate_groups(&pair_batches)?;
    summary.near_duplicate_groups = groups.len();
    write_batch(&out.join("near_duplicate_groups.parquet"), &groups_batch(&groups)?)?;

    // … and the claim clusters.
    let claim_batches = ctx
        .read_parquet(path("claims/")?, ParquetReadOptions::default().schema(&claims_schema))
        .await?
        .select_columns(&[
            "id",
            "index",
            "act",
            "actor",
            "norm",
            "addressee",
            "addressee_norm",
            "content",
            "negated",
        ])?
        .collect()
        .await?;
    let (clusters, count) = ClaimTable::from_batches(&claim_batches)?.cluster(&options.claim_clusters)?;
    summary.claim_clusters = count;
    write_batch(&out.join("claim_clusters.parquet"), &clusters)?;
    Ok(summary)
}

/// Runs `sql` and writes its result as a Parquet directory at `path` (replacing files of the same
/// names); returns the number of rows written and their schema (to read the directory back
/// even when no partition wrote a file).
async fn write(ctx: &SessionContext, sql: &str, path: &str) -> Result<(usize, Schema)> {
    let frame = ctx.sql(sql).await?;
    let schema = frame.schema().as_arrow().clone();
    let written = frame.write_parquet(path, DataFrameWriteOptions::new(), None).await?;
    // The write reports its row count in a one-row `count` batch.
    let mut rows = 0;
    for batch in &written {
        if let Some(count) = batch.column_by_name("count") {
            let count = cast(count, &DataType::UInt64)?;
            rows +=
                count.as_primitive::<datafusion::arrow::datatypes::UInt64Type>().values().iter().sum::<u64>();
        }
    }
    Ok((rows as usize, schema))
}

/// Writes one batch as a Parquet file with the `parquet` crate (tables made on the driver).
fn write_batch(path: &Path, batch: &RecordBatch) -> Result<()> {
    let file = std::fs::File::create(path)?;
    let mut writer = ArrowWriter::try_new(file, batch.schema(), None)?;
    writer.write(batch)?;
    writer.close()?;
    Ok(())
}

/// A column as `Utf8`, whatever string type the engine read it as.
fn strings(batch: &RecordBatch, name: &str) -> Result<StringArray> {
    let Some(column) = batch.column_by_name(name) else {
        return exec_err!("digest: no column `{name}`");
    };
    Ok(cast(column, &DataType::Utf8)?.as_string::<i32>().clone())
}

/// A column as `List<Utf8>`.
fn string_lists(batch: &RecordBatch, name: &str) -> Result<ListArray> {
    let Some(column) = batch.column_by_name(name) else {
        return exec_err!("digest: no column `{name}`");
    };
    Ok(cast(column, &list_of(DataType::Utf8))?.as_list::<i32>().clone())
}

/// The groups of documents linked by the pairs (ids), each sorted, groups sorted by first id;
/// documents in no pair are in no group, so every group has two or more.
fn near_duplicate_groups(batches: &[RecordBatch]) -> Result<Vec<Vec<String>>> {
    let mut index: HashMap<String, usize> = HashMap::new();
    let mut ids: Vec<String> = Vec::new();
    let mut edges: Vec<(usize, usize)> = Vec::new();
    for batch in batches {
        let (a, b) = (strings(batch, "a")?, strings(batch, "b")?);
        for row in 0..batch.num_rows() {
            let mut node = |id: &str| {
                *index.entry(id.to_owned()).or_insert_with(|| {
                    ids.push(id.to_owned());
                    ids.len() - 1
                })
            };
            let (x, y) = (node(a.value(row)), node(b.value(row)));
            edges.push((x, y));
        }
    }
    let mut sets = UnionFind::new(ids.len());
    for (x, y) in edges {
        sets.union(x, y);
    }
    let mut groups: Vec<Vec<String>> = sets
        .sets()
        .into_iter()
        .map(|set| {
            let mut group: Vec<String> = set.into_iter().map(|i| ids[i].clone()).collect();
            group.sort();
            group
        })
        .collect();
    groups.sort();
    Ok(groups)
}

fn groups_batch(groups: &[Vec<String>]) -> Result<RecordBatch> {
    let (mut id, mut group) = (StringBuilder::new(), StringBuilder::new());
    for members in groups {
        for member in members {
            id.append_value(member);
            group.append_value(&members[0]);
        }
    }
    let schema: SchemaRef = Arc::new(Schema::new(vec![
        Field::new("id", DataType::Utf8, false),
        Field::new("group", DataType::Utf8, false),
    ]));
    Ok(RecordBatch::try_new(schema, vec![Arc::new(id.finish()), Arc::new(group.finish())])?)
}

/// The claims gathered on the driver, sorted by (id, index) so that cluster numbers do not
/// depend on the engine's row order.
struct ClaimTable {
    rows: Vec<ClaimRow>,
}

struct ClaimRow {
    id: String,
    index: u32,
    act: String,
    actor: String,
    /// The actor's norms and its text: how the digest compares who makes a claim.
    actors: Vec<String>,
    addressees: Vec<String>,
    content: String,
    negated: bool,
}

impl ClaimTable {
    fn from_batches(batches: &[RecordBatch]) -> Result<Self> {
        let mut rows = Vec::new();
        for batch in batches {
            let (id, act, actor) = (strings(batch, "id")?, strings(batch, "act")?, strings(batch, "actor")?);
            let (addressee, content) = (strings(batch, "addressee")?, strings(batch, "content")?);
            let (norm, addressee_norm) =
                (string_lists(batch, "norm")?, string_lists(batch, "addressee_norm")?);
            let index =
                cast(batch.column_by_name("index").ok_or_else(|| missing("index"))?, &DataType::UInt32)?;
            let index: &UInt32Array = index.as_primitive();
            let negated = batch.column_by_name("negated").ok_or_else(|| missing("negated"))?;
            let negated: &BooleanArray = negated.as_boolean();
            let names = |list: &ListArray, row: usize, text: Option<&str>| -> Vec<String> {
                let mut names: Vec<String> = if list.is_null(row) {
                    Vec::new()
                } else {
                    list.value(row).as_string::<i32>().iter().flatten().map(str::to_owned).collect()
                };
                if let Some(text) = text.filter(|t| !t.is_empty() && !names.iter().any(|n| n == t)) {
                    names.push(text.to_owned());
                }
                names
            };
            fn text(a: &StringArray, row: usize) -> Option<&str> {
                (!a.is_null(row)).then(|| a.value(row))
            }
            for row in 0..batch.num_rows() {
                rows.push(ClaimRow {
                    id: id.value(row).to_owned(),
                    index: index.value(row),
                    act: act.value(row).to_owned(),
                    actor: actor.value(row).to_owned(),
                    actors: names(&norm, row, text(&actor, row)),
                    addressees: names(&addressee_norm, row, text(&addressee, row)),
                    content: text(&content, row).unwrap_or_default().to_owned(),
                    negated: negated.value(row),
                });
            }
        }
        rows.sort_by(|x, y| (&x.id, x.index).cmp(&(&y.id, y.index)));
        Ok(ClaimTable { rows })
    }

    /// `cluster`, `id`, `index`, `act`, `actor`, `content`, `representative`; and how many
    /// clusters.
    fn cluster(&self, config: &ClaimClusterConfig) -> Result<(RecordBatch, usize)> {
        let mut doc_of: HashMap<&str, usize> = HashMap::new();
        for row in &self.rows {
            let next = doc_of.len();
            doc_of.entry(&row.id).or_insert(next);
        }
        let actors: Vec<Vec<&str>> =
            self.rows.iter().map(|r| r.actors.iter().map(String::as_str).collect()).collect();
        let addressees: Vec<Vec<&str>> =
            self.rows.iter().map(|r| r.addressees.iter().map(String::as_str).collect()).collect();
        let keys: Vec<ClaimKey<'_>> = self
            .rows
            .iter()
            .enumerate()
            .map(|(i, r)| {
                ClaimKey::new(doc_of[r.id.as_str()], &r.act, &actors[i][..], &r.content)
                    .addressees(&addressees[i][..])
                    .negated(r.negated)
            })
            .collect();
        let clusters = cluster_claims(&keys, config);
        let mut cluster = UInt32Builder::new();
        let (mut id, mut act, mut actor, mut content) =
            (StringBuilder::new(), StringBuilder::new(), StringBuilder::new(), StringBuilder::new());
        let mut index = UInt32Builder::new();
        let mut representative = BooleanBuilder::new();
        for (number, c) in clusters.iter().enumerate() {
            for &m in &c.members {
                let row = &self.rows[m];
                cluster.append_value(number as u32);
                id.append_value(&row.id);
                index.append_value(row.index);
                act.append_value(&row.act);
                actor.append_value(&row.actor);
                content.append_value(&row.content);
                representative.append_value(m == c.representative);
            }
        }
        let schema: SchemaRef = Arc::new(Schema::new(vec![
            Field::new("cluster", DataType::UInt32, false),
            Field::new("id", DataType::Utf8, false),
            Field::new("index", DataType::UInt32, false),
            Field::new("act", DataType::Utf8, false),
            Field::new("actor", DataType::Utf8, false),
            Field::new("content", DataType::Utf8, false),
            Field::new("representative", DataType::Boolean, false),
        ]));
        let columns: Vec<ArrayRef> = vec![
            Arc::new(cluster.finish()),
            Arc::new(id.finish()),
            Arc::new(index.finish()),
            Arc::new(act.finish()),
            Arc::new(actor.finish()),
            Arc::new(content.finish()),
            Arc::new(representative.finish()),
        ];
        Ok((RecordBatch::try_new(schema, columns)?, clusters.len()))
    }
}

fn missing(name: &str) -> DataFusionError {
    DataFusionError::Execution(format!("digest: no column `{name}`"))
}
