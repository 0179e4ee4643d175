//! `newsclaim_pages(path)`: a file or a directory of scraped pages (text or HTML) as a table
//! `id`, `text`, `encoding`, `error`, ready for `newsclaim_strip(text)` and the digest.

use datafusion::arrow::array::{ArrayRef, RecordBatch, StringBuilder};
use datafusion::arrow::datatypes::{DataType, Field, Schema, SchemaRef};
use datafusion::catalog::{TableFunctionArgs, TableFunctionImpl, TableProvider};
use datafusion::common::{plan_err, DataFusionError, Result, ScalarValue};
use datafusion::datasource::MemTable;
use datafusion::logical_expr::Expr;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// File name extensions `newsclaim_pages` reads in a directory (ASCII case-insensitive); a path
/// naming one file is read whatever its name.
pub const PAGE_EXTENSIONS: [&str; 6] = ["txt", "text", "html", "htm", "xhtml", "md"];

/// The columns of `newsclaim_pages`: `id` (the path relative to the directory read, `/`
/// separated; the file name for one file), `text` (NULL when the file could not be read),
/// `encoding` (the encoding the bytes were decoded from: `UTF-8`, `windows-1252`, …) and `error`
/// (why `text` is NULL, or how many invalid byte sequences were replaced by U+FFFD; NULL when
/// the file was read cleanly).
pub fn pages_schema() -> SchemaRef {
    Arc::new(Schema::new(vec![
        Field::new("id", DataType::Utf8, false),
        Field::new("text", DataType::Utf8, true),
        Field::new("encoding", DataType::Utf8, true),
        Field::new("error", DataType::Utf8, true),
    ]))
}

/// Reads the pages under `path` (a file, or a directory walked recursively for files with one of
/// [`PAGE_EXTENSIONS`], in path order; hidden entries are skipped) into `partitions` lists of
/// batches of at most 256 pages, dealt out in turn, so the engine runs the functions on every
/// partition. Every file found gives a row — one that cannot be read has a NULL `text` and an
/// `error` — so the pages in are the rows out. Bytes are decoded as the digest decodes them
/// ([`newsclaim_strip::decode`]: byte-order mark, `<meta charset>`, else a guess).
///
/// The batch API under `newsclaim_pages`. Reads every file into memory when called.
pub fn read_pages(path: &Path, partitions: usize) -> Result<Vec<Vec<RecordBatch>>> {
    let files = page_files(path)?;
    let partitions = partitions.max(1);
    let mut out: Vec<Vec<RecordBatch>> = vec![Vec::new(); partitions];
    for (n, chunk) in files.chunks(256).enumerate() {
        let (mut id, mut text, mut encoding, mut error) =
            (StringBuilder::new(), StringBuilder::new(), StringBuilder::new(), StringBuilder::new());
        for (name, file) in chunk {
            id.append_value(name);
            match std::fs::read(file) {
                Ok(bytes) => {
                    let decoded = newsclaim_strip::decode(&bytes, None);
                    text.append_value(&decoded.text);
                    encoding.append_value(decoded.encoding);
                    error.append_option((decoded.replaced > 0).then(|| {
                        format!(
                            "{} invalid byte sequence(s) for {} replaced by U+FFFD",
                            decoded.replaced, decoded.encoding
                        )
                    }));
                }
                Err(e) => {
                    text.append_null();
                    encoding.append_null();
                    error.append_value(format!("cannot read {}: {e}", file.display()));
                }
            }
        }
        let columns: Vec<ArrayRef> = vec![
            Arc::new(id.finish()),
            Arc::new(text.finish()),
            Arc::new(encoding.finish()),
            Arc::new(error.finish()),
        ];
        out[n % partitions].push(RecordBatch::try_new(pages_schema(), columns)?);
    }
    Ok(out)
}

/// The files to read under `path`, each with its id, sorted by id.
fn page_files(path: &Path) -> Result<Vec<(String, PathBuf)>> {
    let metadata = std::fs::metadata(path).map_err(|e| {
        DataFusionError::Plan(format!("newsclaim_pages: cannot read {}: {e}", path.display()))
    })?;
    if !metadata.is_dir() {
        let name =
            path.file_name().map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned());
        return Ok(vec![(name, path.to_path_buf())]);
    }
    let mut files = Vec::new();
    let walker = walkdir::WalkDir::new(path)
        .follow_links(true)
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.'));
    for entry in walker {
        let entry = entry.map_err(|e| DataFusionError::Plan(format!("newsclaim_pages: {e}")))?;
        let is_page = entry
            .path()
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| PAGE_EXTENSIONS.iter().any(|p| p.eq_ignore_ascii_case(e)));
        if entry.file_type().is_file() && is_page {
            let relative = entry.path().strip_prefix(path).unwrap_or(entry.path());
            let id =
                relative.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/");
            files.push((id, entry.into_path()));
        }
    }
    files.sort();
    Ok(files)
}

/// `newsclaim_pages('path')` → table `id`, `text`, `encoding`, `error` ([`pages_schema`]): the
/// scraped pages in a file or directory, for `SELECT … FROM newsclaim_pages('crawl/')` without
/// converting them to Parquet first ([`read_pages`]). The table is read into memory when the
/// query is planned, in as many partitions as the session runs; it lives in this process, so a
/// Ballista cluster cannot ship it: on a cluster, convert the pages to Parquet first.
#[derive(Debug, Default)]
pub struct PagesFunction;

impl TableFunctionImpl for PagesFunction {
    fn call_with_args(&self, args: TableFunctionArgs<'_, '_>) -> Result<Arc<dyn TableProvider>> {
        let path = match args.exprs() {
            [Expr::Literal(
                ScalarValue::Utf8(Some(p)) | ScalarValue::LargeUtf8(Some(p)) | ScalarValue::Utf8View(Some(p)),
                _,
            )] => p.clone(),
            other => return plan_err!("newsclaim_pages(path) takes one text literal, got {other:?}"),
        };
        let partitions = args.session().config().target_partitions();
        Ok(Arc::new(MemTable::try_new(pages_schema(), read_pages(Path::new(&path), partitions)?)?))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use datafusion::arrow::array::{Array, AsArray};

    #[test]
    fn a_directory_gives_one_row_per_page_with_errors_kept() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("sub")).unwrap();
        std::fs::write(dir.path().join("a.txt"), "Russia demanded guarantees.").unwrap();
        std::fs::write(dir.path().join("sub/b.HTML"), "<p>caf\u{e9}</p>").unwrap();
        std::fs::write(dir.path().join("c.txt"), b"caf\xe9 \xff\xfe bad").unwrap();
        std::fs::write(dir.path().join("notes.json"), "{}").unwrap();
        std::fs::write(dir.path().join(".hidden.txt"), "x").unwrap();
        let partitions = read_pages(dir.path(), 2).unwrap();
        assert_eq!(partitions.len(), 2);
        let batch = &partitions[0][0];
        let ids: Vec<&str> = batch.column(0).as_string::<i32>().iter().flatten().collect();
        assert_eq!(ids, ["a.txt", "c.txt", "sub/b.HTML"]);
        let text = batch.column(1).as_string::<i32>();
        assert_eq!(text.value(0), "Russia demanded guarantees.");
        assert_eq!(text.value(2), "<p>caf\u{e9}</p>");
        assert!(text.value(1).starts_with("caf"));
        let encoding = batch.column(2).as_string::<i32>();
        assert_eq!(encoding.value(0), "UTF-8");
        let error = batch.column(3).as_string::<i32>();
        assert!(error.is_null(0) && error.is_null(2));
        // one file, read whatever its name
        let one = read_pages(&dir.path().join("notes.json"), 1).unwrap();
        assert_eq!(one[0][0].column(0).as_string::<i32>().value(0), "notes.json");
        assert!(read_pages(&dir.path().join("missing"), 1).is_err());
    }
}
