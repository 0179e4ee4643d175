//! Writes a Parquet corpus (`id`, `outlet`, `text`) for the SQL digest: synthetic articles from
//! `newsclaim-dedup`'s generator (republished stories, reused wire paragraphs), each with a
//! paragraph of claims that recur across outlets in other words, plus every `.txt` / `.html` page
//! of a directory (by default the workspace's sample corpus, `examples/data/`).
//!
//! ```text
//! cargo run --release -p newsclaim-datafusion --example make_corpus -- [--docs N] [--pages DIR] [--out corpus.parquet]
//! ```

use datafusion::arrow::array::{RecordBatch, StringArray};
use datafusion::arrow::datatypes::{DataType, Field, Schema};
use datafusion::parquet::arrow::ArrowWriter;
use datafusion::parquet::file::properties::WriterProperties;
use newsclaim_dedup::synth::{stream, SynthConfig};
use std::path::PathBuf;
use std::sync::Arc;

const STATES: [&str; 8] = ["Russia", "Ukraine", "France", "Germany", "Poland", "Turkey", "China", "Japan"];
const BATCH: usize = 8192;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut docs = 10_000usize;
    let mut pages = Some(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../examples/data"));
    let mut out = PathBuf::from("corpus.parquet");
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut value = || args.next().ok_or_else(|| format!("{arg} needs a value"));
        match arg.as_str() {
            "--docs" => docs = value()?.parse()?,
            "--pages" => pages = Some(PathBuf::from(value()?)),
            "--no-pages" => pages = None,
            "--out" => out = PathBuf::from(value()?),
            _ => return Err(format!("unknown argument {arg}; see the example's header").into()),
        }
    }
    let schema = Arc::new(Schema::new(vec![
        Field::new("id", DataType::Utf8, false),
        Field::new("outlet", DataType::Utf8, false),
        Field::new("text", DataType::Utf8, false),
    ]));
    // Row groups of 1,024 documents (a few MB): a scan is split by row groups, so the engine can
    // run the functions on every core even for one file.
    let properties = WriterProperties::builder().set_max_row_group_row_count(Some(1024)).build();
    let mut writer = ArrowWriter::try_new(std::fs::File::create(&out)?, schema.clone(), Some(properties))?;
    let mut rows: (Vec<String>, Vec<String>, Vec<String>) = Default::default();
    let flush = |rows: &mut (Vec<String>, Vec<String>, Vec<String>),
                 writer: &mut ArrowWriter<std::fs::File>|
     -> Result<(), Box<dyn std::error::Error>> {
        let (ids, outlets, texts) = std::mem::take(rows);
        let batch = RecordBatch::try_new(
            schema.clone(),
            vec![
                Arc::new(StringArray::from(ids)),
                Arc::new(StringArray::from(outlets)),
                Arc::new(StringArray::from(texts)),
            ],
        )?;
        writer.write(&batch)?;
        Ok(())
    };
    let mut written = 0usize;
    for (i, doc) in stream(&SynthConfig { docs, ..SynthConfig::default() }).enumerate() {
        let (a, b) =
            (STATES[doc.story as usize % 8], STATES[(doc.story as usize / 8 + 1 + doc.story as usize) % 8]);
        let claim = if i % 2 == 0 {
            format!("{a} demanded that {b} withdraw its troops from the border region, officials said.")
        } else {
            format!("{a} called on {b} to pull its forces back from the border region.")
        };
        let outlet = doc.id.split(['-', '/']).next().unwrap_or("synth").to_owned();
        rows.0.push(doc.id);
        rows.1.push(outlet);
        rows.2.push(format!("{}\n\n{claim}\n", doc.text));
        written += 1;
        if rows.0.len() == BATCH {
            flush(&mut rows, &mut writer)?;
        }
    }
    if let Some(dir) = pages.filter(|d| d.is_dir()) {
        let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|e| e == "txt" || e == "html"))
            .collect();
        paths.sort();
        for path in paths {
            let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            rows.0.push(format!("sample/{name}"));
            rows.1.push(name.split(['.', '_']).nth(1).unwrap_or("sample").to_owned());
            rows.2.push(std::fs::read_to_string(&path)?);
            written += 1;
        }
    }
    if !rows.0.is_empty() {
        flush(&mut rows, &mut writer)?;
    }
    writer.close()?;
    println!("wrote {written} documents to {}", out.display());
    Ok(())
}
