//! Development check of claim clustering against a hand-annotated gold file.
//!
//! ```text
//! cargo run -p newsclaim-dedup --example claim_gold -- gold.json [THRESHOLD]
//! ```
//! The gold file holds `{"claims": [{"doc", "act", "actor", "actor_norm", "content", "cluster"}]}`.
//! Its claims are clustered with [`cluster_claims`] and scored on pairs of claims from different
//! documents: a pair is positive when both carry the same non-null `cluster` label. Two scores
//! are printed: over all claims (null labels are singletons) and over labelled claims only.

use std::collections::HashMap;

use newsclaim_dedup::{cluster_claims, ClaimClusterConfig, ClaimKey};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let Some(path) = args.next() else {
        eprintln!("usage: claim_gold GOLD.json [THRESHOLD]");
        std::process::exit(2);
    };
    let mut config = ClaimClusterConfig::builder().compatible_acts("deny", "reject").build()?;
    if let Some(t) = args.next() {
        config.threshold = t.parse()?;
    }
    let gold: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(path)?)?;
    let claims = gold["claims"].as_array().ok_or("no claims array")?;
    let text = |c: &serde_json::Value, field: &str| c[field].as_str().unwrap_or("").to_string();
    let mut doc_numbers: HashMap<String, usize> = HashMap::new();
    let rows: Vec<(usize, String, String, String, Option<String>)> = claims
        .iter()
        .map(|c| {
            let next = doc_numbers.len();
            let doc = *doc_numbers.entry(text(c, "doc")).or_insert(next);
            let actors = match text(c, "actor_norm") {
                norm if norm.is_empty() => text(c, "actor"),
                norm => norm,
            };
            let label = c["cluster"].as_str().map(str::to_string);
            (doc, text(c, "act"), actors, text(c, "content"), label)
        })
        .collect();
    // The gold writes several actors as "A; B" and an act it leaves open as "deny|reject".
    let actors: Vec<Vec<&str>> = rows.iter().map(|r| r.2.split(';').map(str::trim).collect()).collect();
    let keys: Vec<ClaimKey<'_>> = rows
        .iter()
        .zip(&actors)
        .map(|((doc, act, _, content, _), actors)| {
            let act = act.split('|').next().unwrap_or_default();
            ClaimKey::new(*doc, act, &actors[..], content)
        })
        .collect();
    let clusters = cluster_claims(&keys, &config);
    let mut predicted = vec![None; keys.len()];
    for (i, cluster) in clusters.iter().enumerate() {
        for &m in &cluster.members {
            predicted[m] = Some(i);
        }
    }
    for labelled_only in [false, true] {
        let (mut tp, mut fp, mut fn_) = (0, 0, 0);
        for a in 0..rows.len() {
            for b in a + 1..rows.len() {
                if rows[a].0 == rows[b].0 {
                    continue;
                }
                if labelled_only && (rows[a].4.is_none() || rows[b].4.is_none()) {
                    continue;
                }
                let same_gold = rows[a].4.is_some() && rows[a].4 == rows[b].4;
                let same_pred = predicted[a].is_some() && predicted[a] == predicted[b];
                tp += usize::from(same_gold && same_pred);
                fp += usize::from(same_pred && !same_gold);
                fn_ += usize::from(same_gold && !same_pred);
            }
        }
        let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
        println!(
            "{}: cross-document pairs precision {:.3} recall {:.3} (tp {tp}, fp {fp}, fn {fn_})",
            if labelled_only { "labelled claims" } else { "all claims" },
            ratio(tp, tp + fp),
            ratio(tp, tp + fn_)
        );
    }
    for cluster in &clusters {
        println!("cluster (representative: {})", rows[cluster.representative].3);
        for &m in &cluster.members {
            let (doc, act, actors, content, label) = &rows[m];
            println!("  [{}] doc {doc} {act} by {actors}: {content}", label.as_deref().unwrap_or("-"));
        }
    }
    Ok(())
}
