//! The `newsclaim` command over the sample corpus: the same command line as the installed binary
//! ([`newsclaim::cli`]), but with no input on a terminal it digests the ten sample articles of
//! `examples/data/`, built into the example, instead of printing a usage hint.
//!
//! ```text
//! cargo run --release --example digest                       # the sample corpus, as a table
//! cargo run --release --example digest -- pages/ --format json
//! ```

use newsclaim::Document;

/// The sample corpus, embedded so that the example runs from any folder.
const SAMPLE: &[(&str, &str)] = &[
    ("01_velorian_herald.txt", include_str!("data/01_velorian_herald.txt")),
    ("02_kestria_today.txt", include_str!("data/02_kestria_today.txt")),
    ("03_meridian_wire.txt", include_str!("data/03_meridian_wire.txt")),
    ("04_nordwelle.txt", include_str!("data/04_nordwelle.txt")),
    ("05_newspulse_republished.txt", include_str!("data/05_newspulse_republished.txt")),
    ("06_capital_ledger.txt", include_str!("data/06_capital_ledger.txt")),
    ("07_riverine_review.txt", include_str!("data/07_riverine_review.txt")),
    ("08_southern_basin_daily.txt", include_str!("data/08_southern_basin_daily.txt")),
    ("09_global_dispatch.txt", include_str!("data/09_global_dispatch.txt")),
    ("10_kestrian_voice.txt", include_str!("data/10_kestrian_voice.txt")),
];

fn main() -> std::process::ExitCode {
    newsclaim::cli::run_with_default(std::env::args_os(), || {
        SAMPLE
            .iter()
            .map(|(name, text)| {
                Document::from_text(*name, *text).with_source(format!("examples/data/{name}"))
            })
            .collect()
    })
}
