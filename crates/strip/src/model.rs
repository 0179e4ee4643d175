//! A two-stage logistic line classifier: line features with neighbour context, then a second pass
//! over the first stage's probabilities, so that content comes out contiguous.
//!
//! Weights live in `data/model.txt`, written by `examples/train.rs`.

use crate::stats::LineStats;

/// What the classifier knows about a line besides its statistics.
#[derive(Debug, Clone, Default)]
pub(crate) struct LineInfo {
    pub stats: LineStats,
    /// A hard rule already judged the line junk.
    pub ruled: bool,
    /// Junk phrases found inside the line.
    pub phrase_hits: u32,
    /// How many lines of the page share this line's key.
    pub repeats: u32,
    /// The line is the headline or repeats it.
    pub title_like: bool,
}

const BASE: usize = 19;
/// Number of first-stage features per line.
pub const STAGE1_FEATURES: usize = BASE + 12 + 6 + 6 + 2;
/// Number of second-stage features per line.
pub const STAGE2_FEATURES: usize = 16;

fn base(info: &LineInfo) -> [f32; BASE] {
    let s = &info.stats;
    let words = s.words.max(1) as f32;
    let chars = s.chars.max(1) as f32;
    let ew = s.effective_words();
    [
        (1.0 + ew).ln() / 4.0,
        s.stopword_ratio(),
        f32::from(u8::from(s.ends_terminal)),
        s.terminals.min(5) as f32 / 5.0,
        s.capitalised_ratio(),
        s.digits as f32 / chars,
        (s.commas as f32 / words).min(1.0),
        f32::from(u8::from(s.separators > 0)),
        f32::from(u8::from(s.links > 0)),
        f32::from(u8::from(s.cjk > 0)),
        f32::from(u8::from(info.ruled)),
        f32::from(u8::from(info.phrase_hits > 0)),
        f32::from(u8::from(info.repeats > 1)),
        f32::from(u8::from(s.quotes > 0)),
        f32::from(u8::from(ew <= 3.0)),
        f32::from(u8::from(s.is_prose())),
        f32::from(u8::from(info.title_like)),
        f32::from(u8::from(s.date_words > 0 || s.has_time)),
        f32::from(u8::from(s.ends_colon)),
    ]
}

/// Indices into the base features used for neighbour context.
const NEIGHBOUR: [usize; 5] = [0, 1, 2, 15, 10];
const WINDOW: [usize; 3] = [0, 15, 10];

/// Windowed sums via prefix sums, so context costs O(1) per line.
struct Prefix(Vec<f32>);

impl Prefix {
    fn new(values: impl Iterator<Item = f32>) -> Prefix {
        let mut acc = vec![0.0];
        let mut sum = 0.0;
        for v in values {
            sum += v;
            acc.push(sum);
        }
        Prefix(acc)
    }
    /// Mean over `i-r..=i+r` without `i` itself.
    fn mean_around(&self, i: usize, r: usize) -> f32 {
        let n = self.0.len() - 1;
        let lo = i.saturating_sub(r);
        let hi = (i + r + 1).min(n);
        let own = self.0[i + 1] - self.0[i];
        let count = (hi - lo).saturating_sub(1);
        if count == 0 {
            0.0
        } else {
            (self.0[hi] - self.0[lo] - own) / count as f32
        }
    }
    fn before(&self, i: usize) -> f32 {
        self.0[i]
    }
    fn total(&self) -> f32 {
        self.0[self.0.len() - 1]
    }
}

/// First-stage feature rows, `STAGE1_FEATURES` values per line.
pub(crate) fn stage1_features(lines: &[LineInfo]) -> Vec<f32> {
    let n = lines.len();
    let bases: Vec<[f32; BASE]> = lines.iter().map(base).collect();
    let window_prefix: Vec<Prefix> =
        WINDOW.iter().map(|&f| Prefix::new(bases.iter().map(|b| b[f]))).collect();
    let prose_words =
        Prefix::new(lines.iter().map(|l| if l.stats.is_prose() { l.stats.effective_words() } else { 0.0 }));
    let max_words = lines.iter().map(|l| l.stats.effective_words()).fold(1.0f32, f32::max);
    // distance to the nearest prose line, from the left and from the right
    let mut dist_left = vec![usize::MAX; n];
    let mut last = None;
    for i in 0..n {
        dist_left[i] = last.map_or(n, |j| i - j);
        if lines[i].stats.is_prose() {
            last = Some(i);
        }
    }
    let mut dist = vec![n; n];
    let mut next = None;
    for i in (0..n).rev() {
        let right = next.map_or(n, |j: usize| j - i);
        dist[i] = right.min(dist_left[i]);
        if lines[i].stats.is_prose() {
            next = Some(i);
        }
    }
    let n_f = n.max(1) as f32;
    let total_prose = prose_words.total().max(1.0);
    let mut out = Vec::with_capacity(n * STAGE1_FEATURES);
    for i in 0..n {
        out.extend_from_slice(&bases[i]);
        for (neighbour, exists) in [(i.checked_sub(1), i > 0), (Some(i + 1).filter(|&j| j < n), i + 1 < n)] {
            match neighbour {
                Some(j) => out.extend(NEIGHBOUR.iter().map(|&f| bases[j][f])),
                None => out.extend([0.0; NEIGHBOUR.len()]),
            }
            out.push(f32::from(u8::from(!exists)));
        }
        for p in &window_prefix {
            out.push(p.mean_around(i, 3));
            out.push(p.mean_around(i, 10));
        }
        out.push(i as f32 / n_f);
        out.push((1.0 + n as f32).ln() / 6.0);
        out.push((1.0 + dist[i] as f32).ln() / 4.0);
        out.push(lines[i].stats.effective_words() / max_words);
        out.push((1.0 + i as f32).ln() / 6.0);
        out.push((n - i) as f32 / n_f);
        out.push(prose_words.before(i) / total_prose);
        out.push((total_prose - prose_words.before(i + 1)) / total_prose);
    }
    out
}

/// Second-stage feature rows from the first stage's probabilities.
pub(crate) fn stage2_features(lines: &[LineInfo], p1: &[f32]) -> Vec<f32> {
    let n = lines.len();
    let prefix = Prefix::new(p1.iter().copied());
    let mut max_before = vec![0.0f32; n];
    let mut running = 0.0f32;
    for i in 0..n {
        max_before[i] = running;
        running = running.max(p1[i]);
    }
    let mut max_after = vec![0.0f32; n];
    running = 0.0;
    for i in (0..n).rev() {
        max_after[i] = running;
        running = running.max(p1[i]);
    }
    let near_max = |range: std::ops::Range<usize>| range.map(|j| p1[j]).fold(0.0f32, f32::max);
    let mut out = Vec::with_capacity(n * STAGE2_FEATURES);
    for i in 0..n {
        let p = p1[i].clamp(1e-4, 1.0 - 1e-4);
        let s = &lines[i].stats;
        out.extend_from_slice(&[
            (p / (1.0 - p)).ln() / 8.0,
            prefix.mean_around(i, 1),
            prefix.mean_around(i, 3),
            prefix.mean_around(i, 10),
            prefix.mean_around(i, 30),
            near_max(i.saturating_sub(5)..i),
            near_max((i + 1).min(n)..(i + 6).min(n)),
            max_before[i],
            max_after[i],
            max_before[i].min(max_after[i]),
            p * f32::from(u8::from(s.is_prose())),
            (1.0 + s.effective_words()).ln() / 4.0,
            f32::from(u8::from(s.ends_terminal)),
            f32::from(u8::from(s.effective_words() <= 3.0)),
            f32::from(u8::from(lines[i].ruled)),
            f32::from(u8::from(lines[i].title_like)),
        ]);
    }
    out
}

/// One logistic layer with input standardisation.
#[derive(Debug, Clone, PartialEq)]
pub struct Logistic {
    /// Per-feature mean subtracted before weighting.
    pub mean: Vec<f32>,
    /// Per-feature divisor applied after subtracting the mean.
    pub scale: Vec<f32>,
    /// Per-feature weights.
    pub weights: Vec<f32>,
    /// Intercept.
    pub bias: f32,
}

impl Logistic {
    /// Probability for one feature row.
    #[inline]
    pub fn predict(&self, row: &[f32]) -> f32 {
        let mut z = self.bias;
        for (k, &x) in row.iter().enumerate() {
            z += self.weights[k] * (x - self.mean[k]) / self.scale[k];
        }
        1.0 / (1.0 + (-z).exp())
    }

    fn fits(&self, dims: usize) -> bool {
        self.mean.len() == dims && self.scale.len() == dims && self.weights.len() == dims
    }
}

/// The two-stage line model and its decision threshold.
#[derive(Debug, Clone, PartialEq)]
pub struct LineModel {
    /// First stage: line features with neighbour context.
    pub stage1: Logistic,
    /// Second stage: first-stage probabilities in windows.
    pub stage2: Logistic,
    /// Lines at or above this second-stage probability are content.
    pub threshold: f32,
}

impl LineModel {
    /// The model trained on the boilerplate bench, compiled in from `data/model.txt`.
    pub fn builtin() -> LineModel {
        LineModel::parse(include_str!("../data/model.txt")).unwrap_or_else(LineModel::prose_only)
    }

    /// A fallback that trusts prose-ness alone (used when no trained weights are available).
    pub fn prose_only() -> LineModel {
        let mut w1 = vec![0.0; STAGE1_FEATURES];
        w1[15] = 4.0;
        w1[10] = -4.0;
        let mut w2 = vec![0.0; STAGE2_FEATURES];
        w2[0] = 8.0;
        LineModel {
            stage1: Logistic {
                mean: vec![0.0; STAGE1_FEATURES],
                scale: vec![1.0; STAGE1_FEATURES],
                weights: w1,
                bias: -2.0,
            },
            stage2: Logistic {
                mean: vec![0.0; STAGE2_FEATURES],
                scale: vec![1.0; STAGE2_FEATURES],
                weights: w2,
                bias: 0.0,
            },
            threshold: 0.5,
        }
    }

    /// Parses the text format written by [`LineModel::to_text`]; `None` if it does not fit.
    pub fn parse(text: &str) -> Option<LineModel> {
        let mut model = LineModel::prose_only();
        let mut seen = 0;
        for line in text.lines() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let (name, values) = line.split_once(' ')?;
            let nums: Vec<f32> = values.split_whitespace().map(str::parse).collect::<Result<_, _>>().ok()?;
            if name == "threshold" {
                model.threshold = *nums.first()?;
                continue;
            }
            let (stage, field) = name.split_once('.')?;
            let target = match stage {
                "stage1" => &mut model.stage1,
                "stage2" => &mut model.stage2,
                _ => return None,
            };
            match field {
                "mean" => target.mean = nums,
                "scale" => target.scale = nums,
                "weights" => target.weights = nums,
                "bias" => target.bias = *nums.first()?,
                _ => return None,
            }
            seen += 1;
        }
        (seen == 8 && model.stage1.fits(STAGE1_FEATURES) && model.stage2.fits(STAGE2_FEATURES))
            .then_some(model)
    }

    /// The text format stored in `data/model.txt`.
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        let join = |v: &[f32]| v.iter().map(|x| format!("{x:.6}")).collect::<Vec<_>>().join(" ");
        out.push_str(&format!("threshold {:.4}\n", self.threshold));
        for (name, layer) in [("stage1", &self.stage1), ("stage2", &self.stage2)] {
            out.push_str(&format!("{name}.mean {}\n", join(&layer.mean)));
            out.push_str(&format!("{name}.scale {}\n", join(&layer.scale)));
            out.push_str(&format!("{name}.weights {}\n", join(&layer.weights)));
            out.push_str(&format!("{name}.bias {:.6}\n", layer.bias));
        }
        out
    }

    /// Content probability per line (second stage).
    pub(crate) fn probabilities(&self, lines: &[LineInfo]) -> (Vec<f32>, Vec<f32>) {
        let f1 = stage1_features(lines);
        let p1: Vec<f32> = f1.chunks_exact(STAGE1_FEATURES).map(|row| self.stage1.predict(row)).collect();
        let f2 = stage2_features(lines, &p1);
        let p2 = f2.chunks_exact(STAGE2_FEATURES).map(|row| self.stage2.predict(row)).collect();
        (p1, p2)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_format_round_trips() {
        let model = LineModel::prose_only();
        let parsed = LineModel::parse(&model.to_text()).expect("parses");
        assert_eq!(parsed.stage1.weights, model.stage1.weights);
        assert_eq!(parsed.threshold, model.threshold);
        assert!(LineModel::parse("threshold x").is_none());
        assert!(LineModel::parse("stage1.mean 1 2").is_none());
    }

    #[test]
    fn feature_rows_have_fixed_width() {
        let lines = vec![LineInfo::default(); 5];
        assert_eq!(stage1_features(&lines).len(), 5 * STAGE1_FEATURES);
        let p1 = vec![0.5; 5];
        assert_eq!(stage2_features(&lines, &p1).len(), 5 * STAGE2_FEATURES);
        assert!(stage1_features(&[]).is_empty());
    }
}
