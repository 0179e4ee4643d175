//! The sample corpus as the benches read it.

use newsclaim::Document;
use std::path::Path;

/// The sample pages of `examples/data/` (`*.txt`), in a fixed order (sorted by text).
pub fn sample_pages() -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/data");
    let mut pages: Vec<String> = std::fs::read_dir(&dir)
        .expect("examples/data")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .map(|p| std::fs::read_to_string(p).expect("sample page"))
        .collect();
    pages.sort();
    pages
}

/// Copy `n` of a page, varied a little as real republications are (so that dedup sees distinct
/// documents), named `doc{n}.txt`.
pub fn edition(page: &str, n: usize) -> Document {
    let text = page.replacen('\n', &format!("\nUpdated edition {n}.\n"), 1);
    Document::from_text(format!("doc{n}.txt"), text)
}
