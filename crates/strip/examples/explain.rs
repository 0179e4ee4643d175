//! Prints each line of a page with the model's probabilities and the rule verdict (for debugging).
//!
//! ```text
//! cargo run -p newsclaim-strip --features training --example explain -- PAGE.txt
//! ```

use newsclaim_strip::model::training;
use newsclaim_strip::Stripper;

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: explain PAGE.txt");
        std::process::exit(2);
    };
    let text = std::fs::read_to_string(&path).unwrap_or_default();
    let stripper = Stripper::default();
    for (span, p1, p2, rule) in training::explain(&stripper, &text) {
        let line: String = text[span].chars().take(90).collect();
        let rule = rule.map_or("", |k| k.as_str());
        println!("{p1:.2} {p2:.2} {rule:>13} | {line}");
    }
}
