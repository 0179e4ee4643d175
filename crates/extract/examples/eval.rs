//! Scores the extractor against the project's evaluation set (`eval/claims.jsonl`): precision,
//! recall, F1 and mean content-F1, overall, per act and per construction.
//!
//! ```text
//! cargo run -p newsclaim-extract --release --example eval -- [FILE] [--split dev|test|all] [--verbose]
//! ```
//!
//! A predicted claim matches a gold claim of the same item when its act is one the gold allows
//! (`"a|b"` allows either) and the actors agree: their `norm`s share a part (`"; "`-separated,
//! case-insensitive) or one actor text contains the other. Pairs are taken greedily by content
//! token-F1. Gold claims marked `"required": false` count neither for nor against.

use newsclaim_extract::{Claim, Extractor};
use serde_json::Value;
use std::collections::BTreeMap;
use std::io::{self, BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;

/// One gold claim of the evaluation file.
struct GoldClaim {
    acts: Vec<String>,
    actor: String,
    actor_norm: String,
    content: String,
    negated: bool,
    hedged: bool,
    required: bool,
}

/// One line of the evaluation file.
struct Item {
    id: String,
    split: String,
    construction: String,
    text: String,
    claims: Vec<GoldClaim>,
}

/// True positives, false positives, false negatives and the summed content-F1 of the matches.
#[derive(Default, Clone, Copy)]
struct Tally {
    tp: usize,
    fp: usize,
    missed: usize,
    content_f1: f64,
    flags_right: usize,
}

impl Tally {
    fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }
    fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.missed)
    }
    fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
    fn mean_content_f1(&self) -> f64 {
        if self.tp == 0 {
            0.0
        } else {
            self.content_f1 / self.tp as f64
        }
    }
    fn row(&self, name: &str) -> String {
        format!(
            "{name:<18} {:>5} {:>5} {:>5}   {:.3}  {:.3}  {:.3}  {:.3}",
            self.tp,
            self.fp,
            self.missed,
            self.precision(),
            self.recall(),
            self.f1(),
            self.mean_content_f1()
        )
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

fn text_field(v: &Value, key: &str) -> String {
    v.get(key).and_then(Value::as_str).unwrap_or_default().to_string()
}

fn parse_item(line: &str) -> Result<Item, String> {
    let v: Value = serde_json::from_str(line).map_err(|e| e.to_string())?;
    let claims = v
        .get("claims")
        .and_then(Value::as_array)
        .map(|list| {
            list.iter()
                .map(|c| GoldClaim {
                    acts: text_field(c, "act").split('|').map(|a| a.trim().to_string()).collect(),
                    actor: text_field(c, "actor"),
                    actor_norm: text_field(c, "actor_norm"),
                    content: text_field(c, "content"),
                    negated: c.get("negated").and_then(Value::as_bool).unwrap_or(false),
                    hedged: c.get("hedged").and_then(Value::as_bool).unwrap_or(false),
                    required: c.get("required").and_then(Value::as_bool).unwrap_or(true),
                })
                .collect()
        })
        .unwrap_or_default();
    Ok(Item {
        id: text_field(&v, "id"),
        split: text_field(&v, "split"),
        construction: text_field(&v, "construction"),
        text: text_field(&v, "text"),
        claims,
    })
}

/// Lower-cased word tokens (alphanumeric runs), as the seed scorer counts them.
fn words(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric() && c != '_')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Token-multiset F1 of two phrases.
fn token_f1(a: &str, b: &str) -> f64 {
    let (a, mut b) = (words(a), words(b));
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    let (len_a, len_b) = (a.len() as f64, b.len() as f64);
    let mut common = 0usize;
    for w in &a {
        if let Some(i) = b.iter().position(|x| x == w) {
            b.swap_remove(i);
            common += 1;
        }
    }
    if common == 0 {
        return 0.0;
    }
    let (p, r) = (common as f64 / len_a, common as f64 / len_b);
    2.0 * p * r / (p + r)
}

fn norm_parts(norm: &str) -> Vec<String> {
    norm.split(';').map(|p| p.trim().to_lowercase()).filter(|p| !p.is_empty()).collect()
}

fn actor_text_key(text: &str) -> String {
    let lower = text.trim().to_lowercase();
    lower.strip_prefix("the ").unwrap_or(&lower).to_string()
}

fn actors_agree(gold: &GoldClaim, pred: &Claim<'_>) -> bool {
    let pred_norms: Vec<String> = pred.actor.norms.iter().map(|n| n.to_lowercase()).collect();
    if norm_parts(&gold.actor_norm).iter().any(|g| pred_norms.contains(g)) {
        return true;
    }
    let (g, p) = (actor_text_key(&gold.actor), actor_text_key(&pred.actor.text));
    !g.is_empty() && !p.is_empty() && (g.contains(&p) || p.contains(&g))
}

fn pred_content<'c>(c: &'c Claim<'_>) -> &'c str {
    c.content.as_ref().map(|p| &*p.text).unwrap_or_default()
}

/// Greedy one-to-one matching of predictions to gold claims, best content-F1 first.
/// Returns `gold index -> (pred index, content-F1)`.
fn match_claims(gold: &[GoldClaim], preds: &[Claim<'_>]) -> Vec<Option<(usize, f64)>> {
    let mut pairs = Vec::new();
    for (gi, g) in gold.iter().enumerate() {
        for (pi, p) in preds.iter().enumerate() {
            if g.acts.iter().any(|a| a == p.act.as_str()) && actors_agree(g, p) {
                pairs.push((token_f1(pred_content(p), &g.content), gi, pi));
            }
        }
    }
    pairs.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    let mut by_gold = vec![None; gold.len()];
    let mut pred_taken = vec![false; preds.len()];
    for (f1, gi, pi) in pairs {
        if by_gold[gi].is_none() && !pred_taken[pi] {
            by_gold[gi] = Some((pi, f1));
            pred_taken[pi] = true;
        }
    }
    by_gold
}

struct Options {
    path: PathBuf,
    split: String,
    verbose: bool,
}

fn parse_args() -> Result<Options, String> {
    let mut opts = Options {
        path: PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("eval/claims.jsonl"),
        split: "all".to_string(),
        verbose: false,
    };
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--split" => {
                opts.split = args.next().ok_or("--split needs dev, test or all")?;
                if !["dev", "test", "all"].contains(&opts.split.as_str()) {
                    return Err(format!("unknown split {:?}: use dev, test or all", opts.split));
                }
            }
            "--verbose" | "-v" => opts.verbose = true,
            "--help" | "-h" => {
                return Err("usage: eval [FILE] [--split dev|test|all] [--verbose]".to_string())
            }
            other if other.starts_with('-') => return Err(format!("unknown option {other}")),
            other => opts.path = PathBuf::from(other),
        }
    }
    Ok(opts)
}

fn main() -> ExitCode {
    let opts = match parse_args() {
        Ok(o) => o,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::FAILURE;
        }
    };
    let data = match std::fs::read_to_string(&opts.path) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("cannot read {}: {e}", opts.path.display());
            return ExitCode::FAILURE;
        }
    };
    let mut items = Vec::new();
    for (n, line) in data.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
        match parse_item(line) {
            Ok(item) if opts.split == "all" || item.split == opts.split => items.push(item),
            Ok(_) => {}
            Err(e) => {
                eprintln!("{}:{}: {e}", opts.path.display(), n + 1);
                return ExitCode::FAILURE;
            }
        }
    }

    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    match report(&opts, &items, &mut out).and_then(|()| out.flush()) {
        Ok(()) => ExitCode::SUCCESS,
        // `eval | head` closes the pipe early; that is not an error.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("{e}");
            ExitCode::FAILURE
        }
    }
}

/// Runs the extractor over `items` and writes the scores (and, when verbose, every miss and
/// false positive) to `out`.
fn report(opts: &Options, items: &[Item], out: &mut impl Write) -> io::Result<()> {
    // The set's gold includes negated acts ("did not reject"), which are left out by default.
    let extractor = Extractor::builder().negated_claims(true).build();
    let mut overall = Tally::default();
    let mut by_act: BTreeMap<String, Tally> = BTreeMap::new();
    let mut by_construction: BTreeMap<String, Tally> = BTreeMap::new();
    let mut clean_negatives = (0usize, 0usize);
    for item in items {
        let preds = extractor.extract(&item.text, &[]);
        let matches = match_claims(&item.claims, &preds);
        let mut matched_pred = vec![false; preds.len()];
        let construction = by_construction.entry(item.construction.clone()).or_default();
        for (g, m) in item.claims.iter().zip(&matches) {
            match m {
                Some((pi, f1)) => {
                    matched_pred[*pi] = true;
                    if !g.required {
                        continue;
                    }
                    let p = &preds[*pi];
                    let flags_right = usize::from(p.negated == g.negated && p.hedged == g.hedged);
                    for t in [
                        &mut overall,
                        &mut *construction,
                        by_act.entry(p.act.as_str().to_string()).or_default(),
                    ] {
                        t.tp += 1;
                        t.content_f1 += f1;
                        t.flags_right += flags_right;
                    }
                    if opts.verbose && *f1 < 0.5 {
                        writeln!(
                            out,
                            "  partial {} {} by {:?}: got {:?}, want {:?}",
                            item.id,
                            p.act.as_str(),
                            g.actor,
                            pred_content(p),
                            g.content
                        )?;
                    }
                }
                None if g.required => {
                    overall.missed += 1;
                    construction.missed += 1;
                    by_act.entry(g.acts[0].clone()).or_default().missed += 1;
                    if opts.verbose {
                        writeln!(
                            out,
                            "  missed {} [{}] {} by {:?} ({}): {:?}\n      in: {}",
                            item.id,
                            item.construction,
                            g.acts.join("|"),
                            g.actor,
                            g.actor_norm,
                            g.content,
                            item.text
                        )?;
                    }
                }
                None => {}
            }
        }
        for (p, _) in preds.iter().zip(&matched_pred).filter(|(_, m)| !**m) {
            overall.fp += 1;
            construction.fp += 1;
            by_act.entry(p.act.as_str().to_string()).or_default().fp += 1;
            if opts.verbose {
                writeln!(
                    out,
                    "  false  {} [{}] {} by {:?} ({}) [{}]: {:?}\n      in: {}",
                    item.id,
                    item.construction,
                    p.act.as_str(),
                    p.actor.text,
                    p.actor.norms.join("; "),
                    p.rule,
                    pred_content(p),
                    item.text
                )?;
            }
        }
        if item.claims.is_empty() {
            clean_negatives.1 += 1;
            clean_negatives.0 += usize::from(preds.is_empty());
        }
    }

    let gold_count: usize = items.iter().map(|i| i.claims.iter().filter(|c| c.required).count()).sum();
    writeln!(
        out,
        "{} ({} split): {} items, {} required gold claims",
        opts.path.display(),
        opts.split,
        items.len(),
        gold_count
    )?;
    let header = format!(
        "{:<18} {:>5} {:>5} {:>5}   {:<5}  {:<5}  {:<5}  {}",
        "", "tp", "fp", "fn", "P", "R", "F1", "content-F1"
    );
    writeln!(out, "\n{header}")?;
    writeln!(out, "{}", overall.row("overall"))?;
    writeln!(
        out,
        "negation/hedge flags right on {}/{} matches; {}/{} no-claim items left empty",
        overall.flags_right, overall.tp, clean_negatives.0, clean_negatives.1
    )?;
    writeln!(out, "\nper act\n{header}")?;
    for (act, t) in &by_act {
        writeln!(out, "{}", t.row(act))?;
    }
    writeln!(out, "\nper construction\n{header}")?;
    for (name, t) in &by_construction {
        writeln!(out, "{}", t.row(name))?;
    }
    Ok(())
}
