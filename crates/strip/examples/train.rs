//! Trains the two-stage line model in `data/model.txt` from a boilerplate benchmark folder
//! (`NAME.txt` page dumps with `NAME.gold.txt` article bodies).
//!
//! ```text
//! cargo run --release -p newsclaim-strip --features training --example train -- BENCH_DIR [--out crates/strip/data/model.txt]
//! ```
//!
//! It first runs 4-fold cross-validation (pages split by their sorted position) and reports the
//! benchmark metric (token 4-gram shingles, per-page precision and recall, corpus means) on the
//! training and held-out pages, then trains on all pages and writes the model.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use newsclaim_strip::model::{training, Forest, Logistic, TreeNode, STAGE1_FEATURES, STAGE2_FEATURES};
use newsclaim_strip::{LineModel, Stripper};

struct Page {
    #[allow(dead_code)] // handy when debugging a single page
    name: String,
    text: String,
    gold: String,
}

struct Prepared {
    page: training::TrainingPage,
    labels: Vec<f32>,
    weights: Vec<f32>,
}

fn is_token_char(c: char) -> bool {
    c.is_alphabetic() || c.is_numeric() || c == '_'
}

fn tokens(text: &str) -> Vec<&str> {
    text.split(|c: char| !is_token_char(c)).filter(|t| !t.is_empty()).collect()
}

fn shingle_key(toks: &[&str]) -> String {
    toks.join("\u{1}")
}

fn shingles(text: &str) -> HashMap<String, i64> {
    let toks = tokens(text);
    let mut out = HashMap::new();
    if toks.is_empty() {
        return out;
    }
    if toks.len() < 4 {
        out.insert(shingle_key(&toks), 1);
        return out;
    }
    for w in toks.windows(4) {
        *out.entry(shingle_key(w)).or_insert(0) += 1;
    }
    out
}

/// Per-page (precision, recall, counted-for-precision), as the benchmark's evaluate.py does.
fn page_score(gold: &str, pred: &str) -> (f64, f64, bool) {
    let g = shingles(gold);
    let p = shingles(pred);
    let mut tp = 0i64;
    let mut fp = 0i64;
    let mut fn_ = 0i64;
    for (k, &cg) in &g {
        let cp = p.get(k).copied().unwrap_or(0);
        tp += cg.min(cp);
        fn_ += (cg - cp).max(0);
    }
    for (k, &cp) in &p {
        fp += (cp - g.get(k).copied().unwrap_or(0)).max(0);
    }
    let s = (tp + fp + fn_) as f64;
    if s == 0.0 {
        return (1.0, 1.0, false);
    }
    let (tp, fp, fn_) = (tp as f64 / s, fp as f64 / s, fn_ as f64 / s);
    let prec = if fp == 0.0 && fn_ == 0.0 {
        1.0
    } else if tp + fp > 0.0 {
        tp / (tp + fp)
    } else {
        0.0
    };
    let rec = if fp == 0.0 && fn_ == 0.0 {
        1.0
    } else if tp + fn_ > 0.0 {
        tp / (tp + fn_)
    } else {
        0.0
    };
    (prec, rec, tp + fp > 0.0)
}

fn page_scores(stripper: &Stripper, pages: &[&Page]) -> Vec<(f64, f64, bool)> {
    pages.iter().map(|page| page_score(&page.gold, &stripper.strip(&page.text).body_text())).collect()
}

fn summarise(scores: &[(f64, f64, bool)]) -> (f64, f64, f64) {
    let ps: Vec<f64> = scores.iter().filter(|s| s.2).map(|s| s.0).collect();
    let rs: Vec<f64> = scores.iter().map(|s| s.1).collect();
    let mean = |v: &[f64]| if v.is_empty() { 0.0 } else { v.iter().sum::<f64>() / v.len() as f64 };
    let (p, r) = (mean(&ps), mean(&rs));
    (if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 }, p, r)
}

fn corpus_score(stripper: &Stripper, pages: &[&Page]) -> (f64, f64, f64) {
    summarise(&page_scores(stripper, pages))
}

/// Labels each line by how much of it the gold body contains (short lines: with their neighbours).
fn prepare(stripper: &Stripper, page: &Page) -> Prepared {
    let tp = training::page(stripper, &page.text);
    let gold_toks = tokens(&page.gold);
    let gold4: std::collections::HashSet<String> = gold_toks.windows(4).map(shingle_key).collect();
    let line_toks: Vec<Vec<&str>> = tp.spans.iter().map(|s| tokens(&page.text[s.clone()])).collect();
    let n = line_toks.len();
    let mut labels = Vec::with_capacity(n);
    let mut weights = Vec::with_capacity(n);
    for i in 0..n {
        let own = &line_toks[i];
        let label = if own.len() >= 4 {
            let hits = own.windows(4).filter(|w| gold4.contains(&shingle_key(w))).count();
            hits as f32 / (own.len() - 3) as f32 >= 0.5
        } else if own.is_empty() {
            false
        } else {
            let before: Vec<&str> =
                (0..i).rev().flat_map(|j| line_toks[j].iter().rev().copied()).take(3).collect();
            let after: Vec<&str> = (i + 1..n).flat_map(|j| line_toks[j].iter().copied()).take(3).collect();
            let mut seq: Vec<&str> = before.into_iter().rev().collect();
            let lead = seq.len();
            seq.extend(own.iter().copied());
            seq.extend(after);
            seq.windows(4).enumerate().any(|(k, w)| {
                let touches = k + 4 > lead && k < lead + own.len();
                touches && gold4.contains(&shingle_key(w))
            }) || (gold_toks.len() < 4 && gold_toks == *own)
        };
        labels.push(f32::from(u8::from(label)));
        weights.push(((1 + own.len()) as f32).powf(weight_power()));
    }
    // every page weighs the same in total, as in the metric
    let total: f32 = weights.iter().sum::<f32>().max(1.0);
    for w in &mut weights {
        *w *= 100.0 / total;
    }
    Prepared { page: tp, labels, weights }
}

/// Full-batch Adam on weighted logistic loss with L2, over rows the rules leave to the model.
fn fit(rows: &[f32], dims: usize, labels: &[f32], weights: &[f32], mask: &[bool]) -> Logistic {
    let n = labels.len();
    let mut mean = vec![0.0f64; dims];
    let mut sq = vec![0.0f64; dims];
    let mut count = 0.0f64;
    for i in (0..n).filter(|&i| mask[i]) {
        for k in 0..dims {
            let x = f64::from(rows[i * dims + k]);
            mean[k] += x;
            sq[k] += x * x;
        }
        count += 1.0;
    }
    let count = count.max(1.0);
    let mean: Vec<f32> = mean.iter().map(|m| (m / count) as f32).collect();
    let scale: Vec<f32> = sq
        .iter()
        .zip(&mean)
        .map(|(s, &m)| ((s / count - f64::from(m) * f64::from(m)).max(0.0).sqrt() as f32).max(1e-3))
        .collect();
    let knots: Vec<f32> = std::env::var("KNOTS")
        .unwrap_or_default()
        .split_whitespace()
        .filter_map(|k| k.parse().ok())
        .collect();
    let per = 1 + knots.len();
    let width = dims * per;
    let mut x = vec![0.0f32; n * width];
    for i in 0..n {
        for k in 0..dims {
            let v = (rows[i * dims + k] - mean[k]) / scale[k];
            x[i * width + k * per] = v;
            for (j, knot) in knots.iter().enumerate() {
                x[i * width + k * per + 1 + j] = (v - knot).max(0.0);
            }
        }
    }
    let dims = width;
    let mut w = vec![0.0f32; dims + 1];
    let (mut m1, mut m2) = (vec![0.0f32; dims + 1], vec![0.0f32; dims + 1]);
    let l2: f32 = std::env::var("L2").ok().and_then(|v| v.parse().ok()).unwrap_or(1e-2);
    let (lr, b1, b2) = (0.05f32, 0.9f32, 0.999f32);
    let wsum: f32 = (0..n).filter(|&i| mask[i]).map(|i| weights[i]).sum::<f32>().max(1e-6);
    for step in 1..=600 {
        let mut grad = vec![0.0f32; dims + 1];
        for i in (0..n).filter(|&i| mask[i]) {
            let row = &x[i * dims..(i + 1) * dims];
            let z = w[dims] + row.iter().zip(&w).map(|(a, b)| a * b).sum::<f32>();
            let p = 1.0 / (1.0 + (-z).exp());
            let g = (p - labels[i]) * weights[i] / wsum;
            for k in 0..dims {
                grad[k] += g * row[k];
            }
            grad[dims] += g;
        }
        for k in 0..dims {
            grad[k] += l2 * w[k];
        }
        for k in 0..=dims {
            m1[k] = b1 * m1[k] + (1.0 - b1) * grad[k];
            m2[k] = b2 * m2[k] + (1.0 - b2) * grad[k] * grad[k];
            let mh = m1[k] / (1.0 - b1.powi(step));
            let vh = m2[k] / (1.0 - b2.powi(step));
            w[k] -= lr * mh / (vh.sqrt() + 1e-8);
        }
    }
    Logistic { mean, scale, knots, weights: w[..dims].to_vec(), bias: w[dims] }
}

/// A trained first stage: the logistic layer and the trees boosted on top of it.
struct Stage1 {
    layer: Logistic,
    forest: Forest,
}

fn stage1_of(prepared: &[&Prepared]) -> Stage1 {
    let rows: Vec<f32> = prepared.iter().flat_map(|p| p.page.stage1.iter().copied()).collect();
    let labels: Vec<f32> = prepared.iter().flat_map(|p| p.labels.iter().copied()).collect();
    let weights: Vec<f32> = prepared.iter().flat_map(|p| p.weights.iter().copied()).collect();
    let mask: Vec<bool> = prepared.iter().flat_map(|p| p.page.ruled.iter().map(|r| !r)).collect();
    let layer = fit(&rows, STAGE1_FEATURES, &labels, &weights, &mask);
    let forest = boost(&layer, &rows, &labels, &weights, &mask);
    Stage1 { layer, forest }
}

fn env_or<T: std::str::FromStr>(name: &str, default: T) -> T {
    std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

/// Gradient boosting of shallow regression trees on the logistic loss, starting from the
/// linear layer's log-odds. Splits are searched over per-feature quantile bins.
fn boost(layer: &Logistic, rows: &[f32], labels: &[f32], weights: &[f32], mask: &[bool]) -> Forest {
    let (trees, depth, rate, lambda) =
        (env_or("TREES", 0usize), env_or("DEPTH", 3usize), env_or("RATE", 0.1f32), 1.0f32);
    let dims = STAGE1_FEATURES;
    let idx: Vec<usize> = (0..labels.len()).filter(|&i| mask[i]).collect();
    let mut forest = Forest::default();
    if trees == 0 || idx.is_empty() {
        return forest;
    }
    // candidate thresholds: up to 32 quantiles per feature
    let cuts: Vec<Vec<f32>> = (0..dims)
        .map(|k| {
            let mut v: Vec<f32> = idx.iter().map(|&i| rows[i * dims + k]).collect();
            v.sort_by(|a, b| a.partial_cmp(b).unwrap_or(std::cmp::Ordering::Equal));
            let mut c: Vec<f32> = (1..32).map(|q| v[q * (v.len() - 1) / 32]).collect();
            c.dedup();
            c
        })
        .collect();
    let bin = |i: usize, k: usize| -> usize { cuts[k].partition_point(|&c| c < rows[i * dims + k]) };
    let bins: Vec<u8> =
        idx.iter().flat_map(|&i| (0..dims).map(move |k| (i, k))).map(|(i, k)| bin(i, k) as u8).collect();
    let mut margin: Vec<f32> = idx
        .iter()
        .map(|&i| {
            let p = layer.predict(&rows[i * dims..(i + 1) * dims]).clamp(1e-6, 1.0 - 1e-6);
            (p / (1.0 - p)).ln()
        })
        .collect();
    for _ in 0..trees {
        let (g, h): (Vec<f32>, Vec<f32>) = idx
            .iter()
            .enumerate()
            .map(|(r, &i)| {
                let p = 1.0 / (1.0 + (-margin[r]).exp());
                ((p - labels[i]) * weights[i], (p * (1.0 - p)).max(1e-6) * weights[i])
            })
            .unzip();
        let mut tree: Vec<TreeNode> = Vec::new();
        // (node index, rows in it, depth)
        let mut stack: Vec<(usize, Vec<usize>, usize)> = vec![(0, (0..idx.len()).collect(), 0)];
        tree.push(TreeNode { feature: TreeNode::LEAF, threshold: 0.0, left: 0, right: 0, value: 0.0 });
        while let Some((node, members, d)) = stack.pop() {
            let gs: f32 = members.iter().map(|&r| g[r]).sum();
            let hs: f32 = members.iter().map(|&r| h[r]).sum();
            tree[node].value = -gs / (hs + lambda) * rate;
            if d >= depth || members.len() < 40 {
                continue;
            }
            let parent = gs * gs / (hs + lambda);
            let mut best: Option<(f32, usize, usize)> = None;
            for k in 0..dims {
                let nb = cuts[k].len() + 1;
                let mut hg = vec![0.0f32; nb];
                let mut hh = vec![0.0f32; nb];
                for &r in &members {
                    let b = bins[r * dims + k] as usize;
                    hg[b] += g[r];
                    hh[b] += h[r];
                }
                let (mut gl, mut hl) = (0.0f32, 0.0f32);
                for b in 0..nb - 1 {
                    gl += hg[b];
                    hl += hh[b];
                    let (gr, hr) = (gs - gl, hs - hl);
                    if hl < 1e-3 * hs.max(1e-6) || hr < 1e-3 * hs.max(1e-6) {
                        continue;
                    }
                    let gain = gl * gl / (hl + lambda) + gr * gr / (hr + lambda) - parent;
                    if best.is_none_or(|(bg, _, _)| gain > bg) {
                        best = Some((gain, k, b));
                    }
                }
            }
            let Some((gain, k, b)) = best else { continue };
            if gain <= 1e-4 {
                continue;
            }
            let (left, right): (Vec<usize>, Vec<usize>) =
                members.iter().partition(|&&r| (bins[r * dims + k] as usize) <= b);
            let (li, ri) = (tree.len(), tree.len() + 1);
            for _ in 0..2 {
                tree.push(TreeNode {
                    feature: TreeNode::LEAF,
                    threshold: 0.0,
                    left: 0,
                    right: 0,
                    value: 0.0,
                });
            }
            tree[node] = TreeNode {
                feature: k as u32,
                threshold: cuts[k][b],
                left: li as u32,
                right: ri as u32,
                value: 0.0,
            };
            stack.push((li, left, d + 1));
            stack.push((ri, right, d + 1));
        }
        let one = Forest { trees: vec![tree] };
        for (r, &i) in idx.iter().enumerate() {
            margin[r] += one.margin(&rows[i * dims..(i + 1) * dims]);
        }
        forest.trees.extend(one.trees);
    }
    forest
}

/// Probabilities of the last stage for one page.
fn predict(stage1: &Stage1, later: &[Logistic], page: &training::TrainingPage) -> Vec<f32> {
    let mut p: Vec<f32> = page
        .stage1
        .chunks_exact(STAGE1_FEATURES)
        .map(|r| {
            let q = stage1.layer.predict(r).clamp(1e-6, 1.0 - 1e-6);
            let z = (q / (1.0 - q)).ln() + stage1.forest.margin(r);
            1.0 / (1.0 + (-z).exp())
        })
        .collect();
    for layer in later {
        let rows = training::stage2(page, &p);
        p = rows.chunks_exact(STAGE2_FEATURES).map(|r| layer.predict(r)).collect();
    }
    p
}

/// Trains the first stage and `count - 1` later stages; each later stage learns from out-of-fold
/// probabilities of the stages before it, so it sees them as they behave on unseen pages.
fn train_stages(prepared: &[&Prepared], count: usize) -> (Stage1, Vec<Logistic>) {
    let stage1 = stage1_of(prepared);
    let mut later = Vec::new();
    let folds: [Vec<&Prepared>; 2] = [
        prepared.iter().copied().step_by(2).collect(),
        prepared.iter().copied().skip(1).step_by(2).collect(),
    ];
    for k in 2..=count {
        let fold_models = [train_stages(&folds[1], k - 1), train_stages(&folds[0], k - 1)];
        let (mut rows, mut labels, mut weights, mut mask) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
        for (f, fold) in folds.iter().enumerate() {
            for p in fold {
                let prev = predict(&fold_models[f].0, &fold_models[f].1, &p.page);
                rows.extend(training::stage2(&p.page, &prev));
                labels.extend(p.labels.iter().copied());
                weights.extend(p.weights.iter().copied());
                mask.extend(p.page.ruled.iter().map(|r| !r));
            }
        }
        later.push(fit(&rows, STAGE2_FEATURES, &labels, &weights, &mask));
    }
    (stage1, later)
}

fn train(prepared: &[&Prepared]) -> LineModel {
    let stage_count: usize = env_or("STAGES", 2usize);
    let (stage1, later) = train_stages(prepared, stage_count.max(2));
    LineModel { stage1: stage1.layer, later, forest: stage1.forest, threshold: 0.5, switch_cost: 0.0 }
}

/// Picks the threshold and switch cost that maximise the metric on the training pages.
fn tune(model: &mut LineModel, pages: &[&Page]) {
    let mut best = (f64::MIN, 0.5f32, 0.0f32);
    for cost in [0.0f32, 1.0, 2.0, 4.0, 8.0] {
        for t in [0.3f32, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65] {
            let stripper = Stripper::builder().model(model.clone()).threshold(t).switch_cost(cost).build();
            let (f1, _, _) = corpus_score(&stripper, pages);
            if f1 > best.0 {
                best = (f1, t, cost);
            }
        }
    }
    model.threshold = best.1;
    model.switch_cost = best.2;
}

fn load(dir: &Path) -> Vec<Page> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .expect("bench folder readable")
        .filter_map(|e| e.ok())
        .filter_map(|e| e.file_name().to_str().and_then(|n| n.strip_suffix(".gold.txt")).map(String::from))
        .collect();
    names.sort();
    names
        .into_iter()
        .filter_map(|name| {
            let text = std::fs::read_to_string(dir.join(format!("{name}.txt"))).ok()?;
            let gold = std::fs::read_to_string(dir.join(format!("{name}.gold.txt"))).ok()?;
            Some(Page { name, text, gold })
        })
        .collect()
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(dir) = args.first().map(PathBuf::from) else {
        eprintln!("usage: train BENCH_DIR [--out FILE]");
        std::process::exit(2);
    };
    let out = args
        .iter()
        .position(|a| a == "--out")
        .and_then(|i| args.get(i + 1))
        .map_or_else(|| PathBuf::from("crates/strip/data/model.txt"), PathBuf::from);
    let pages = load(&dir);
    // features do not depend on the model, so any stripper prepares them
    let base = Stripper::builder().model(LineModel::prose_only()).build();
    let prepared: Vec<Prepared> = pages.iter().map(|p| prepare(&base, p)).collect();
    // k-fold cross-validation: every page is scored by a model that never saw it
    const FOLDS: usize = 4;
    let mut held_out_scores = Vec::new();
    let mut train_scores = Vec::new();
    for fold in 0..FOLDS {
        let in_fold = |i: usize| i % FOLDS == fold;
        let train_set: Vec<&Prepared> =
            (0..pages.len()).filter(|&i| !in_fold(i)).map(|i| &prepared[i]).collect();
        let train_pages: Vec<&Page> = (0..pages.len()).filter(|&i| !in_fold(i)).map(|i| &pages[i]).collect();
        let test_pages: Vec<&Page> = (0..pages.len()).filter(|&i| in_fold(i)).map(|i| &pages[i]).collect();
        let mut model = train(&train_set);
        tune(&mut model, &train_pages);
        let stripper = Stripper::builder().model(model.clone()).build();
        let scores = page_scores(&stripper, &test_pages);
        if std::env::var_os("VERBOSE").is_some() {
            for (page, (p, r, _)) in test_pages.iter().zip(&scores) {
                println!("  {} P {p:.3} R {r:.3}", page.name);
            }
        }
        let (f, _, _) = summarise(&scores);
        println!(
            "fold {fold}: threshold {:.2} switch cost {:.1}, held-out {} pages F1 {f:.3}",
            model.threshold,
            model.switch_cost,
            test_pages.len()
        );
        held_out_scores.extend(scores);
        train_scores.extend(page_scores(&stripper, &train_pages));
    }
    let (f, p, r) = summarise(&train_scores);
    println!("cross-validation, training pages (pooled over folds): F1 {f:.3} P {p:.3} R {r:.3}");
    let (f, p, r) = summarise(&held_out_scores);
    println!(
        "cross-validation, held-out pages ({} pages): F1 {f:.3} P {p:.3} R {r:.3}",
        held_out_scores.len()
    );

    let mut model = train(&prepared.iter().collect::<Vec<_>>());
    let all: Vec<&Page> = pages.iter().collect();
    tune(&mut model, &all);
    let stripper = Stripper::builder().model(model.clone()).build();
    let (f, p, r) = corpus_score(&stripper, &all);
    println!(
        "final model (threshold {:.2}): all {} pages F1 {f:.3} P {p:.3} R {r:.3}",
        model.threshold,
        all.len()
    );
    let header = format!(
        "# newsclaim-strip line model: written by examples/train.rs from {} bench pages; do not edit by hand.\n",
        pages.len()
    );
    std::fs::write(&out, header + &model.to_text()).expect("model file writable");
    println!("wrote {}", out.display());
}

/// How strongly a line's weight grows with its length (`WEIGHT_POWER`, default 0.5): the metric
/// counts shingles, so long lines matter more, but not linearly more for a line classifier.
fn weight_power() -> f32 {
    std::env::var("WEIGHT_POWER").ok().and_then(|v| v.parse().ok()).unwrap_or(0.5)
}
