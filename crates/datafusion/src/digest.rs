//! The digest of a corpus as SQL: claims, near-duplicate pairs and groups, shared passages and
//! claim clusters, written to Parquet.
//!
//! The per-document work (stripping, claims, signatures, band keys, paragraph hashes) and the
//! joins (band keys, paragraph hashes) are queries, so they run wherever the session runs them:
//! on this machine's cores with a plain [`SessionContext`], on a cluster with Ballista. So is the
//! search for similar claims: their concepts (the blocking keys), counted over the corpus, a join
//! on shared concepts, and the verification of each candidate pair. What the driver does is
//! small: union-find over the verified pairs, and average-linkage clustering of each connected
//! component of similar claims with the corpus's weights
//! ([`newsclaim_dedup::cluster_claims_with_frequencies`]), which gives the clusters
//! [`newsclaim_dedup::cluster_claims`] gives over all claims at once.
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
//! WITH buckets AS (SELECT array_agg(id) AS ids FROM (SELECT id, unnest(bands) AS band FROM documents)
//!                  GROUP BY band HAVING count(*) > 1),
//!      candidates AS (SELECT p['a'] AS a, p['b'] AS b FROM (SELECT unnest(newsclaim_block_pairs(ids, 16)) AS p FROM buckets))
//! SELECT c.a, c.b, newsclaim_minhash_similarity(x.signature, y.signature) AS similarity
//! FROM (SELECT DISTINCT a, b FROM candidates) c JOIN documents x ON x.id = c.a JOIN documents y ON y.id = c.b
//! WHERE newsclaim_minhash_similarity(x.signature, y.signature) >= 0.4;
//! -- 4. shared passages: paragraphs with the same words in two or more documents
//! SELECT p['hash'] AS hash, count(DISTINCT id) AS documents, array_sort(array_agg(DISTINCT id)) AS ids
//! FROM (SELECT id, unnest(paragraphs) AS p FROM documents) GROUP BY p['hash'] HAVING count(DISTINCT id) >= 2;
//! -- 5. claim concepts, each with the number of claims that have it; `node` joins the compared
//! --    fields, so claims equal in all of them (one story reprinted) are compared once
//! WITH terms AS (SELECT id, "index", concat_ws(chr(31), act, actor, …) AS node,
//!                       unnest(newsclaim_claim_concepts(named_struct('act', act, …))) AS concept FROM claims),
//!      counts AS (SELECT concept, count(*) AS claims FROM terms GROUP BY concept)
//! SELECT t.id, t."index", t.node, array_agg(named_struct('concept', t.concept, 'claims', n.claims)) AS concepts
//! FROM terms t JOIN counts n ON t.concept = n.concept GROUP BY t.id, t."index", t.node;
//! -- 6. candidate node pairs: sharing a concept, within blocks of 16 of the concept's nodes in
//! --    node order (claims of one act and actor side by side); then verified
//! WITH nodes AS (SELECT node, first_value(id ORDER BY id, "index") AS id, … FROM claim_concepts GROUP BY node),
//!      postings AS (SELECT node, entry['concept'] AS concept FROM (SELECT node, unnest(concepts) AS entry FROM nodes)),
//!      lists AS (SELECT array_agg(node) AS nodes FROM postings GROUP BY concept HAVING count(*) > 1)
//! SELECT DISTINCT p['a'] AS a, p['b'] AS b FROM (SELECT unnest(newsclaim_block_pairs(nodes, 16)) AS p FROM lists);
//! SELECT … newsclaim_claim_similarity(x_claim, x.concepts, y_claim, y.concepts, <claims in the corpus>) AS similarity
//! FROM candidates … WHERE similarity >= 0.12;
//! ```
//!
//! Steps 5 and 6 shuffle a claim's concepts (a few per claim) and the candidate pairs; the
//! driver reads the verified pairs, writes their components (`claim_components.parquet`, read
//! back by the executors) and gathers the claims of the components. Claims whose content says
//! nothing of its own ("their demand") have no concept: they join no cluster here, where the
//! in-memory digest attaches them to the one cluster of their story they can refer to.
//!
//! What is shuffled: band keys (one row per document and band) and paragraph hashes (one row per
//! paragraph) for the joins and the aggregation, then the candidate pairs to their documents'
//! signatures. A band key shared by very many documents (boilerplate the stripper kept) would
//! make a plain self-join quadratic in its bucket; `newsclaim_block_pairs` bounds the candidates
//! to `2 × block − 1` per document and band, as [`DedupConfig::max_bucket_comparisons`] bounds them in
//! the in-memory [`newsclaim_dedup::NearDuplicates`]. Documents of one bucket that are near
//! duplicates of each other are still linked through their neighbours in id order; the
//! approximation only drops pairs in a bucket larger than a block whose members are *not*
//! mostly near-duplicates of each other.

use crate::args::list_of;
use crate::compare::{read_claims, OwnedClaim};
use datafusion::arrow::array::{
    Array, ArrayRef, AsArray, BooleanBuilder, ListArray, RecordBatch, StringArray, StringBuilder,
    StructArray, UInt32Array, UInt32Builder,
};
use datafusion::arrow::compute::cast;
use datafusion::arrow::datatypes::{DataType, Field, Int64Type, Schema, SchemaRef};
use datafusion::common::{exec_err, DataFusionError, Result};
use datafusion::dataframe::DataFrameWriteOptions;
use datafusion::parquet::arrow::ArrowWriter;
use datafusion::prelude::{ParquetReadOptions, SessionContext};
use newsclaim_dedup::{
    cluster_claims_with_frequencies, ClaimClusterConfig, ClaimKey, ConceptFrequencies, DedupConfig, UnionFind,
};
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
    /// [`DedupConfig::max_bucket_comparisons`]). Bounds the candidate pairs of a bucket to
    /// `2 × block − 1` per member, so a bucket shared by very many pages stays linear.
    pub bucket_block: usize,
    /// The claim nodes sharing one concept are ordered by node (act, then actor, …) and cut into
    /// blocks of this many; each is compared with the nodes of its own block and of the next
    /// (default 16). Bounds the
    /// candidate claim pairs per concept, as `newsclaim-dedup` bounds the postings it walks.
    pub concept_block: usize,
    /// How claims are compared (default: [`ClaimClusterConfig::default`]). The SQL digest has
    /// no stories: every claim is in story 0, so claims of the whole corpus may cluster.
    pub claim_clusters: ClaimClusterConfig,
}

impl Default for DigestOptions {
    fn default() -> Self {
        DigestOptions {
            near_duplicate_threshold: DedupConfig::default().threshold,
            bucket_block: DedupConfig::default().max_bucket_comparisons,
            concept_block: 16,
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
    /// Verified pairs of similar claims (`claim_pairs/`).
    pub claim_pairs: usize,
    /// Claim clusters of claims from two or more documents (`claim_clusters.parquet`).
    pub claim_clusters: usize,
}

/// The name under which [`digest`] registers its per-document table in the session.
pub const DOCUMENTS_TABLE: &str = "newsclaim_documents";

/// The name under which [`digest`] registers its one-row-per-claim table (`claims/`).
pub const CLAIMS_TABLE: &str = "newsclaim_claims_table";

/// The name under which [`digest`] registers the claims' concepts with their counts
/// (`claim_concepts/`).
pub const CLAIM_CONCEPTS_TABLE: &str = "newsclaim_claim_concepts_table";

/// The name under which [`digest`] registers the candidate claim pairs (`claim_candidates/`).
pub const CLAIM_CANDIDATES_TABLE: &str = "newsclaim_claim_candidates";

/// The name under which [`digest`] registers the components of the verified claim pairs
/// (`id`, `index`, `component`), made on the driver.
pub const CLAIM_COMPONENTS_TABLE: &str = "newsclaim_claim_components";

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
/// - `claim_concepts/` (Parquet): per claim with concepts, `id`, `index`, `node` (its compared
///   fields joined) and `concepts` (list of `concept`, `claims`: how many claims have it);
/// - `claim_candidates/` (Parquet): node pairs `a`, `b` sharing a concept;
/// - `claim_pairs/` (Parquet): the verified node pairs, `a`, `b`, `a_id`, `a_index`, `b_id`,
///   `b_index` (each node's first claim) and `similarity` (at least the clustering threshold);
/// - `claim_components.parquet`: `node`, `component` (connected components of the pairs);
/// - `claim_clusters.parquet`: `cluster` (0, 1, … in order of first member), `id`, `index`,
///   `act`, `actor`, `content`, `representative` (whether the member is the cluster's medoid).
///
/// Row order within a Parquet directory is whatever the engine produced; sort on the ids to
/// compare runs. The per-document table stays registered as [`DOCUMENTS_TABLE`], the claim
/// tables as [`CLAIMS_TABLE`], [`CLAIM_CONCEPTS_TABLE`], [`CLAIM_CANDIDATES_TABLE`] and
/// [`CLAIM_COMPONENTS_TABLE`].
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
    if options.bucket_block == 0 || options.concept_block == 0 {
        return exec_err!("bucket_block and concept_block must be at least 1");
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

    // DataFusion moves field accesses towards the scan (`enable_leaf_expression_pushdown`),
    // which turns `page['title']`, `page['body']`, … of one `newsclaim_strip(text) AS page` into
    // as many calls of newsclaim_strip: the digest's queries run on a session of the same state
    // (tables, functions, planner) without it.
    let mut state = ctx.state();
    state.config_mut().options_mut().optimizer.enable_leaf_expression_pushdown = false;
    let ctx = &SessionContext::new_with_state(state);

    // 1. One pass of every function over the corpus.
    let documents = format!(
        "SELECT id, page['title'] AS title, page['date'] AS date, page['outlet'] AS outlet, \
         newsclaim_claims(page['article']) AS claims, newsclaim_minhash(page['body']) AS signature, \
         newsclaim_minhash_bands(page['body']) AS bands, newsclaim_paragraph_hashes(page['body']) AS paragraphs \
         FROM (SELECT CAST(id AS VARCHAR) AS id, newsclaim_strip(text) AS page FROM {corpus})"
    );
    let (rows, schema) = write(ctx, &documents, &path("documents/")?).await?;
    summary.documents = rows;
    register(ctx, DOCUMENTS_TABLE, &path("documents/")?, &schema).await?;

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
        "WITH buckets AS (SELECT array_agg(id) AS ids \
           FROM (SELECT id, unnest(bands) AS band FROM {DOCUMENTS_TABLE}) GROUP BY band HAVING count(*) > 1), \
         candidates AS (SELECT p['a'] AS a, p['b'] AS b \
           FROM (SELECT unnest(newsclaim_block_pairs(ids, {block})) AS p FROM buckets)) \
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

    let claim_threshold = options.claim_clusters.threshold;
    // 5. Claim concepts, each with the number of claims of the corpus that have it: the blocking
    //    keys of the comparison and its weights.
    register(ctx, CLAIMS_TABLE, &path("claims/")?, &claims_schema).await?;
    // A claim's node: claims equal in everything compared are one node (a story reprinted by
    // a hundred outlets is one node, as in `newsclaim-dedup`); ordering postings by it puts
    // claims of one act and actor side by side.
    let concepts = format!(
        "WITH terms AS (SELECT id, \"index\", {node} AS node, unnest(newsclaim_claim_concepts({c})) AS concept \
           FROM {CLAIMS_TABLE} c), \
         counts AS (SELECT concept, count(*) AS claims FROM terms GROUP BY concept) \
         SELECT t.id, t.\"index\", t.node, array_agg(named_struct('concept', t.concept, 'claims', n.claims)) AS concepts \
         FROM terms t JOIN counts n ON t.concept = n.concept GROUP BY t.id, t.\"index\", t.node",
        c = claim_struct("c"),
        node = node_key("c"),
    );
    let (_, concepts_schema) = write(ctx, &concepts, &path("claim_concepts/")?).await?;
    register(ctx, CLAIM_CONCEPTS_TABLE, &path("claim_concepts/")?, &concepts_schema).await?;

    // 6. Candidate pairs of nodes sharing a concept (in blocks, as band keys),
    //    verified by the similarity of their first claims with the corpus's weights.
    let nodes = format!(
        "SELECT node, first_value(id ORDER BY id, \"index\") AS id, \
         first_value(\"index\" ORDER BY id, \"index\") AS \"index\", \
         first_value(concepts ORDER BY id, \"index\") AS concepts \
         FROM {CLAIM_CONCEPTS_TABLE} GROUP BY node"
    );
    let candidates = format!(
        "WITH nodes AS ({nodes}), \
         postings AS (SELECT node, entry['concept'] AS concept FROM (SELECT node, unnest(concepts) AS entry FROM nodes)), \
         lists AS (SELECT array_agg(node) AS nodes FROM postings GROUP BY concept HAVING count(*) > 1) \
         SELECT DISTINCT p['a'] AS a, p['b'] AS b \
         FROM (SELECT unnest(newsclaim_block_pairs(nodes, {block})) AS p FROM lists)",
        block = options.concept_block,
    );
    let (_, candidates_schema) = write(ctx, &candidates, &path("claim_candidates/")?).await?;
    register(ctx, CLAIM_CANDIDATES_TABLE, &path("claim_candidates/")?, &candidates_schema).await?;
    let claim_pairs = format!(
        "WITH nodes AS ({nodes}) \
         SELECT * FROM (SELECT p.a, p.b, na.id AS a_id, na.\"index\" AS a_index, nb.id AS b_id, nb.\"index\" AS b_index, \
           newsclaim_claim_similarity({x}, na.concepts, {y}, nb.concepts, {total}) AS similarity \
           FROM {CLAIM_CANDIDATES_TABLE} p \
           JOIN nodes na ON na.node = p.a \
           JOIN nodes nb ON nb.node = p.b \
           JOIN {CLAIMS_TABLE} x ON x.id = na.id AND x.\"index\" = na.\"index\" \
           JOIN {CLAIMS_TABLE} y ON y.id = nb.id AND y.\"index\" = nb.\"index\") \
         WHERE similarity >= {threshold:?}",
        x = claim_struct("x"),
        y = claim_struct("y"),
        total = summary.claims,
        threshold = if claim_threshold.is_nan() { f64::INFINITY } else { claim_threshold },
    );
    let (rows, claim_pairs_schema) = write(ctx, &claim_pairs, &path("claim_pairs/")?).await?;
    summary.claim_pairs = rows;

    // On the driver: the components of the verified node pairs; then the claims of each
    // component, clustered with the corpus's weights.
    let pair_batches = ctx
        .read_parquet(path("claim_pairs/")?, ParquetReadOptions::default().schema(&claim_pairs_schema))
        .await?
        .select_columns(&["a", "b"])?
        .collect()
        .await?;
    // … with the nodes of two or more claims, which are clusters without any pair
    let repeated = ctx
        .sql(&format!(
            "SELECT node AS a, node AS b FROM {CLAIM_CONCEPTS_TABLE} GROUP BY node HAVING count(*) > 1"
        ))
        .await?
        .collect()
        .await?;
    // (a file, not an in-memory table: executors read it, as they read the corpus)
    let components = claim_components(pair_batches.iter().chain(&repeated))?;
    write_batch(&out.join("claim_components.parquet"), &components)?;
    register(ctx, CLAIM_COMPONENTS_TABLE, &path("claim_components.parquet")?, &components.schema()).await?;
    let component_claims = ctx
        .sql(&format!(
            "SELECT k.component, c.id, c.\"index\", c.act, c.actor, c.norm, c.addressee, c.addressee_norm, \
             c.content, c.negated, cc.concepts \
             FROM {CLAIM_COMPONENTS_TABLE} k \
             JOIN {CLAIM_CONCEPTS_TABLE} cc ON cc.node = k.node \
             JOIN {CLAIMS_TABLE} c ON c.id = cc.id AND c.\"index\" = cc.\"index\""
        ))
        .await?
        .collect()
        .await?;
    let (clusters, count) =
        ComponentClaims::from_batches(&component_claims)?.cluster(&options.claim_clusters, summary.claims)?;
    summary.claim_clusters = count;
    write_batch(&out.join("claim_clusters.parquet"), &clusters)?;
    Ok(summary)
}

/// The node of a claim of the table `t`: its compared fields joined by a unit separator.
fn node_key(t: &str) -> String {
    format!(
        "concat_ws(chr(31), {t}.act, {t}.actor, array_to_string({t}.norm, chr(30)), coalesce({t}.addressee, ''), \
         array_to_string({t}.addressee_norm, chr(30)), coalesce({t}.content, ''), CAST({t}.negated AS VARCHAR))"
    )
}

/// A claim of the table `t` as the struct the claim functions compare.
fn claim_struct(t: &str) -> String {
    let fields: Vec<String> = crate::COMPARED_FIELDS.iter().map(|f| format!("'{f}', {t}.{f}")).collect();
    format!("named_struct({})", fields.join(", "))
}

/// Registers the Parquet file or directory at `path` (written with `schema`) as the table `name`,
/// replacing a table of that name.
async fn register(ctx: &SessionContext, name: &str, path: &str, schema: &Schema) -> Result<()> {
    let _ = ctx.deregister_table(name)?;
    ctx.register_parquet(name, path, ParquetReadOptions::default().schema(schema)).await
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

/// The claims of the components of the verified claim pairs, gathered on the driver.
struct ComponentClaims {
    rows: Vec<ComponentRow>,
}

struct ComponentRow {
    component: u32,
    id: String,
    index: u32,
    /// The actor as written, for the output.
    actor: String,
    claim: OwnedClaim,
    /// The claim's concepts and how many claims of the corpus have each.
    concepts: Vec<(String, u32)>,
}

impl ComponentClaims {
    fn from_batches(batches: &[RecordBatch]) -> Result<Self> {
        let mut rows = Vec::new();
        for batch in batches {
            let (id, actor) = (strings(batch, "id")?, strings(batch, "actor")?);
            let number = |name: &str| -> Result<UInt32Array> {
                let column = batch.column_by_name(name).ok_or_else(|| missing(name))?;
                Ok(cast(column, &DataType::UInt32)?.as_primitive().clone())
            };
            let (component, index) = (number("component")?, number("index")?);
            let concepts = batch.column_by_name("concepts").ok_or_else(|| missing("concepts"))?;
            let concepts = cast(concepts, &list_of(DataType::Struct(crate::concept_count_fields())))?;
            let concepts: &ListArray = concepts.as_list();
            let claims = read_claims(&StructArray::from(batch.clone()))?;
            for (row, claim) in claims.into_iter().enumerate() {
                let Some(claim) = claim else { continue };
                let entries = concepts.value(row);
                let entries = entries.as_struct();
                let (concept, count) =
                    (entries.column(0).as_string::<i32>(), entries.column(1).as_primitive::<Int64Type>());
                rows.push(ComponentRow {
                    component: component.value(row),
                    id: id.value(row).to_owned(),
                    index: index.value(row),
                    actor: actor.value(row).to_owned(),
                    claim,
                    concepts: (0..entries.len())
                        .map(|i| {
                            (
                                concept.value(i).to_owned(),
                                u32::try_from(count.value(i).max(0)).unwrap_or(u32::MAX),
                            )
                        })
                        .collect(),
                });
            }
        }
        // (component, id, index): cluster numbers do not depend on the engine's row order
        rows.sort_by(|x, y| (x.component, &x.id, x.index).cmp(&(y.component, &y.id, y.index)));
        Ok(ComponentClaims { rows })
    }

    /// Clusters each component's claims with the weights of a corpus of `total` claims:
    /// `cluster`, `id`, `index`, `act`, `actor`, `content`, `representative`; and how many
    /// clusters.
    fn cluster(&self, config: &ClaimClusterConfig, total: usize) -> Result<(RecordBatch, usize)> {
        let mut clusters: Vec<(Vec<usize>, usize)> = Vec::new();
        let mut start = 0;
        while start < self.rows.len() {
            let component = self.rows[start].component;
            let end = start + self.rows[start..].iter().take_while(|r| r.component == component).count();
            let part = &self.rows[start..end];
            let mut doc_of: HashMap<&str, usize> = HashMap::new();
            for row in part {
                let next = doc_of.len();
                doc_of.entry(&row.id).or_insert(next);
            }
            let names: Vec<_> = part.iter().map(|r| r.claim.names()).collect();
            let keys: Vec<ClaimKey<'_>> =
                part.iter().zip(&names).map(|(r, n)| r.claim.key(doc_of[r.id.as_str()], n)).collect();
            let mut frequencies = ConceptFrequencies { claims: total, counts: HashMap::new() };
            for row in part {
                frequencies.counts.extend(row.concepts.iter().cloned());
            }
            for c in cluster_claims_with_frequencies(&keys, config, &frequencies) {
                clusters.push((c.members.iter().map(|m| start + m).collect(), start + c.representative));
            }
            start = end;
        }
        let first = |c: &(Vec<usize>, usize)| {
            let row = &self.rows[c.0[0]];
            (row.id.as_str(), row.index)
        };
        clusters.sort_by(|x, y| first(x).cmp(&first(y)));
        let mut cluster = UInt32Builder::new();
        let (mut id, mut act, mut actor, mut content) =
            (StringBuilder::new(), StringBuilder::new(), StringBuilder::new(), StringBuilder::new());
        let mut index = UInt32Builder::new();
        let mut representative = BooleanBuilder::new();
        for (number, (members, medoid)) in clusters.iter().enumerate() {
            for &m in members {
                let row = &self.rows[m];
                cluster.append_value(number as u32);
                id.append_value(&row.id);
                index.append_value(row.index);
                act.append_value(&row.claim.act);
                actor.append_value(&row.actor);
                content.append_value(&row.claim.content);
                representative.append_value(m == *medoid);
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

/// The connected components of the verified node pairs (`a`, `b`; a node paired with itself is
/// a component of its own at least) as a table `node`, `component`.
fn claim_components<'b>(batches: impl Iterator<Item = &'b RecordBatch>) -> Result<RecordBatch> {
    // nodes numbered in sorted order, so that component numbers do not depend on the engine's
    // row order
    let mut pairs: Vec<(String, String)> = Vec::new();
    for batch in batches {
        let (a, b) = (strings(batch, "a")?, strings(batch, "b")?);
        pairs.extend((0..batch.num_rows()).map(|row| (a.value(row).to_owned(), b.value(row).to_owned())));
    }
    let mut nodes: Vec<String> = pairs.iter().flat_map(|(a, b)| [a.clone(), b.clone()]).collect();
    nodes.sort_unstable();
    nodes.dedup();
    let index: HashMap<&str, usize> = nodes.iter().enumerate().map(|(i, n)| (n.as_str(), i)).collect();
    let edges: Vec<(usize, usize)> =
        pairs.iter().map(|(a, b)| (index[a.as_str()], index[b.as_str()])).collect();
    let mut components = UnionFind::new(nodes.len());
    for (x, y) in edges {
        components.union(x, y);
    }
    let (mut node, mut component) = (StringBuilder::new(), UInt32Builder::new());
    for (number, set) in components.sets().into_iter().enumerate() {
        for n in set {
            node.append_value(&nodes[n]);
            component.append_value(number as u32);
        }
    }
    let schema: SchemaRef = Arc::new(Schema::new(vec![
        Field::new("node", DataType::Utf8, false),
        Field::new("component", DataType::UInt32, false),
    ]));
    Ok(RecordBatch::try_new(schema, vec![Arc::new(node.finish()), Arc::new(component.finish())])?)
}

fn missing(name: &str) -> DataFusionError {
    DataFusionError::Execution(format!("digest: no column `{name}`"))
}
