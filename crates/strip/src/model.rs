//! The line model's internals, for training and inspecting weights (feature `training`): not a
//! stable API.
//!
//! The model is a two-stage logistic line classifier: line features with neighbour context
//! ([`STAGE1_FEATURES`] per line, optionally with a boosted [`Forest`] on top), then one or
//! more passes ([`STAGE2_FEATURES`] per line) over the previous stage's probabilities, so that
//! content comes out contiguous. Weights live in `data/model.txt`, written by
//! `examples/train.rs`, which builds [`Logistic`] layers and trees from the features that
//! [`training`] computes.
//!
//! Most users need only [`LineModel`] (re-exported at the crate root) to load other weights with
//! [`LineModel::parse`] and pass them to [`crate::StripperBuilder::model`]. Everything else here
//! (feature counts and their order, the layer and tree types, the `training` functions) follows
//! the built-in features and may change in any release.

use crate::stats::LineStats;

#[cfg(feature = "training")]
pub use crate::stripper::training;

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
    /// A rule found a comment-section marker (comment form, comment header).
    pub comment_mark: bool,
    /// A rule found a timestamp.
    pub timestamp: bool,
}

const BASE: usize = 28;
/// Number of first-stage features per line.
pub const STAGE1_FEATURES: usize = BASE + 12 + 6 + 6 + 2 + 3 + 2;
/// Number of second-stage features per line.
pub const STAGE2_FEATURES: usize = 24;

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
        f32::from(u8::from((4.0..8.0).contains(&ew))),
        f32::from(u8::from((8.0..16.0).contains(&ew))),
        f32::from(u8::from((16.0..32.0).contains(&ew))),
        f32::from(u8::from(ew >= 32.0)),
        f32::from(u8::from(s.starts_lower)),
        f32::from(u8::from(s.starts_bullet)),
        s.all_caps_words as f32 / words,
        f32::from(u8::from(s.glued > 0)),
        f32::from(u8::from(s.ends_ellipsis)),
    ]
}

/// Indices into the base features used for neighbour context.
const NEIGHBOUR: [usize; 5] = [0, 1, 2, 15, 10];
const WINDOW: [usize; 3] = [0, 15, 10];

/// Windowed sums via prefix sums, so context costs O(1) per line.
struct Prefix(Vec<f32>);

impl AsRef<LineInfo> for LineInfo {
    fn as_ref(&self) -> &LineInfo {
        self
    }
}

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
#[cfg_attr(not(feature = "training"), allow(dead_code))]
pub(crate) fn stage1_features(lines: &[impl AsRef<LineInfo>]) -> Vec<f32> {
    let mut all = Vec::with_capacity(lines.len() * STAGE1_FEATURES);
    stage1_rows(lines, |_, row| all.extend_from_slice(row));
    all
}

/// First-stage feature rows, handed to `sink` one line at a time (no page-sized matrix).
pub(crate) fn stage1_rows(lines: &[impl AsRef<LineInfo>], mut sink: impl FnMut(usize, &[f32])) {
    let lines: Vec<&LineInfo> = lines.iter().map(AsRef::as_ref).collect();
    let n = lines.len();
    let bases: Vec<[f32; BASE]> = lines.iter().map(|l| base(l)).collect();
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
    let comments = Prefix::new(lines.iter().map(|l| f32::from(u8::from(l.comment_mark))));
    let headline_anchor = headline_anchors(&lines);
    let stamps = Prefix::new(lines.iter().map(|l| f32::from(u8::from(l.timestamp))));
    let n_f = n.max(1) as f32;
    let total_prose = prose_words.total().max(1.0);
    let mut out = Vec::with_capacity(STAGE1_FEATURES);
    for i in 0..n {
        out.clear();
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
        out.push((1.0 + comments.before(i)).ln() / 3.0);
        out.push((1.0 + stamps.before(i)).ln() / 3.0);
        out.push((1.0 + stamps.total() - stamps.before(i + 1)).ln() / 3.0);
        out.extend_from_slice(&headline_anchor[i]);
        sink(i, &out);
    }
}

/// Second-stage feature rows from the first stage's probabilities.
#[cfg_attr(not(feature = "training"), allow(dead_code))]
pub(crate) fn stage2_features(lines: &[impl AsRef<LineInfo>], p1: &[f32]) -> Vec<f32> {
    let mut all = Vec::with_capacity(lines.len() * STAGE2_FEATURES);
    stage2_rows(lines, p1, |_, row| all.extend_from_slice(row));
    all
}

/// Second-stage feature rows, handed to `sink` one line at a time.
pub(crate) fn stage2_rows(lines: &[impl AsRef<LineInfo>], p1: &[f32], mut sink: impl FnMut(usize, &[f32])) {
    let lines: Vec<&LineInfo> = lines.iter().map(AsRef::as_ref).collect();
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
    let (seg_start, seg_end) = best_segment(&lines, p1);
    let headline_anchor = headline_anchors(&lines);
    let mass = Prefix::new(lines.iter().zip(p1).map(|(l, &p)| p * l.stats.effective_words().sqrt()));
    let total_mass = mass.total().max(1e-3);
    let comments = Prefix::new(lines.iter().map(|l| f32::from(u8::from(l.comment_mark))));
    let near_max = |range: std::ops::Range<usize>| range.map(|j| p1[j]).fold(0.0f32, f32::max);
    let mut out = Vec::with_capacity(STAGE2_FEATURES);
    for i in 0..n {
        let p = p1[i].clamp(1e-4, 1.0 - 1e-4);
        let s = &lines[i].stats;
        out.clear();
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
            f32::from(u8::from((seg_start..seg_end).contains(&i))),
            (1.0 + seg_start.saturating_sub(i) as f32).ln() / 4.0,
            (1.0 + (i + 1).saturating_sub(seg_end) as f32).ln() / 4.0,
            mass.before(i) / total_mass,
            (total_mass - mass.before(i + 1)) / total_mass,
            (1.0 + comments.before(i)).ln() / 3.0,
            headline_anchor[i][0],
            headline_anchor[i][1],
        ]);
        sink(i, &out);
    }
}

/// Per line: whether a repeat of the headline (the on-page `h1`, after the `<title>` line) comes
/// before it, and how far back; article text usually starts right under that repeat.
fn headline_anchors(lines: &[&LineInfo]) -> Vec<[f32; 2]> {
    let mut out = Vec::with_capacity(lines.len());
    let mut seen_title = false;
    let mut last_repeat: Option<usize> = None;
    for (i, l) in lines.iter().enumerate() {
        match last_repeat {
            Some(j) => out.push([1.0, (1.0 + (i - j) as f32).ln() / 4.0]),
            None => out.push([0.0, 1.5]),
        }
        if l.title_like {
            if seen_title {
                last_repeat = Some(i);
            }
            seen_title = true;
        }
    }
    out
}

/// The contiguous run of lines with the largest content evidence (maximum-sum segment of
/// `(p1 - 0.5) * sqrt(words)`), as a half-open index range.
fn best_segment(lines: &[impl AsRef<LineInfo>], p1: &[f32]) -> (usize, usize) {
    let lines: Vec<&LineInfo> = lines.iter().map(AsRef::as_ref).collect();
    let mut best = (0.0f32, 0usize, 0usize);
    let mut run = 0.0f32;
    let mut run_start = 0usize;
    for (i, (l, &p)) in lines.iter().zip(p1).enumerate() {
        let gain = (p - 0.5) * (1.0 + l.stats.effective_words()).sqrt();
        if run <= 0.0 {
            run = 0.0;
            run_start = i;
        }
        run += gain;
        if run > best.0 {
            best = (run, run_start, i + 1);
        }
    }
    (best.1, best.2)
}

/// Decodes content lines as a whole: maximises the summed evidence of content lines
/// (`logit(p) - logit(threshold)`, weighted by line length) minus `switch_cost` for every change
/// between content and junk. Lines with `fixed[i]` (decided by rules) are skipped: they neither
/// add evidence nor break a run.
pub(crate) fn decode(
    lines: &[impl AsRef<LineInfo>],
    p: &[f32],
    fixed: &[bool],
    threshold: f32,
    switch_cost: f32,
) -> Vec<bool> {
    let n = lines.len();
    let t = threshold.clamp(1e-3, 1.0 - 1e-3);
    let bias = (t / (1.0 - t)).ln();
    let gain = |i: usize| {
        let q = p[i].clamp(1e-4, 1.0 - 1e-4);
        ((q / (1.0 - q)).ln() - bias) * (1.0 + lines[i].as_ref().stats.effective_words()).sqrt().min(8.0)
    };
    if switch_cost <= 0.0 {
        return (0..n).map(|i| !fixed[i] && gain(i) >= 0.0).collect();
    }
    // Viterbi over two states; back-pointers as bits per line.
    let (mut junk, mut content) = (0.0f32, -switch_cost);
    let mut from_content_to_junk = vec![false; n];
    let mut from_junk_to_content = vec![false; n];
    for i in 0..n {
        if fixed[i] {
            from_content_to_junk[i] = false;
            from_junk_to_content[i] = false;
            continue;
        }
        let stay_junk = junk;
        let enter_junk = content - switch_cost;
        let stay_content = content;
        let enter_content = junk - switch_cost;
        from_content_to_junk[i] = enter_junk > stay_junk;
        junk = stay_junk.max(enter_junk);
        from_junk_to_content[i] = enter_content > stay_content;
        content = stay_content.max(enter_content) + gain(i);
    }
    let mut keep = vec![false; n];
    let mut in_content = content > junk;
    for i in (0..n).rev() {
        if fixed[i] {
            continue;
        }
        keep[i] = in_content;
        in_content = if in_content { !from_junk_to_content[i] } else { from_content_to_junk[i] };
    }
    keep
}

/// One logistic layer with input standardisation and, optionally, hinge terms per feature
/// (`max(0, z - knot)` for each knot on the standardised value `z`), which lets a feature's effect
/// bend without the cost of trees.
#[derive(Debug, Clone, PartialEq)]
pub struct Logistic {
    /// Per-feature mean subtracted before weighting.
    pub mean: Vec<f32>,
    /// Per-feature divisor applied after subtracting the mean.
    pub scale: Vec<f32>,
    /// Knots of the hinge terms on the standardised values (may be empty).
    pub knots: Vec<f32>,
    /// Weights: per feature, first the linear weight, then one per knot.
    pub weights: Vec<f32>,
    /// Intercept.
    pub bias: f32,
}

impl Logistic {
    /// Weights per input feature.
    #[inline]
    pub fn terms_per_feature(&self) -> usize {
        1 + self.knots.len()
    }

    /// Probability for one feature row.
    #[inline]
    pub fn predict(&self, row: &[f32]) -> f32 {
        let per = self.terms_per_feature();
        let mut z = self.bias;
        if per == 1 {
            for (k, &x) in row.iter().enumerate() {
                z += self.weights[k] * (x - self.mean[k]) / self.scale[k];
            }
            return 1.0 / (1.0 + (-z).exp());
        }
        for (k, &x) in row.iter().enumerate() {
            let v = (x - self.mean[k]) / self.scale[k];
            let w = &self.weights[k * per..(k + 1) * per];
            z += w[0] * v;
            for (knot, wk) in self.knots.iter().zip(&w[1..]) {
                z += wk * (v - knot).max(0.0);
            }
        }
        1.0 / (1.0 + (-z).exp())
    }

    fn fits(&self, dims: usize) -> bool {
        self.mean.len() == dims
            && self.scale.len() == dims
            && self.weights.len() == dims * self.terms_per_feature()
    }
}

/// A layer with standardisation folded into the weights (when it has no hinge terms), so that
/// a prediction is one dot product.
enum Folded<'a> {
    Linear { weights: Vec<f32>, bias: f32 },
    General(&'a Logistic),
}

impl<'a> Folded<'a> {
    fn new(layer: &'a Logistic) -> Folded<'a> {
        if !layer.knots.is_empty() {
            return Folded::General(layer);
        }
        let weights: Vec<f32> = layer.weights.iter().zip(&layer.scale).map(|(w, s)| w / s).collect();
        let bias = layer.bias - weights.iter().zip(&layer.mean).map(|(w, m)| w * m).sum::<f32>();
        Folded::Linear { weights, bias }
    }

    #[inline]
    fn margin(&self, row: &[f32]) -> f32 {
        match self {
            Folded::Linear { weights, bias } => {
                bias + row.iter().zip(weights).map(|(x, w)| x * w).sum::<f32>()
            }
            Folded::General(layer) => {
                let p = layer.predict(row).clamp(1e-6, 1.0 - 1e-6);
                (p / (1.0 - p)).ln()
            }
        }
    }

    #[inline]
    fn predict(&self, row: &[f32], forest: Option<&Forest>) -> f32 {
        let z = self.margin(row) + forest.map_or(0.0, |f| f.margin(row));
        1.0 / (1.0 + (-z).exp())
    }
}

/// One node of a regression tree: a split on `row[feature] <= threshold`, or a leaf (when
/// `feature` is [`TreeNode::LEAF`]) adding `value` to the log-odds.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TreeNode {
    /// Feature index, or [`TreeNode::LEAF`].
    pub feature: u32,
    /// Rows with `row[feature] <= threshold` go left.
    pub threshold: f32,
    /// Index of the left child in the tree's node list.
    pub left: u32,
    /// Index of the right child in the tree's node list.
    pub right: u32,
    /// Leaf output.
    pub value: f32,
}

impl TreeNode {
    /// The `feature` value that marks a leaf.
    pub const LEAF: u32 = u32::MAX;
}

/// Boosted regression trees whose outputs are added to the first stage's log-odds, so that
/// feature interactions the linear layer cannot express are learned on top of it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Forest {
    /// Each tree as a node list; node 0 is the root.
    pub trees: Vec<Vec<TreeNode>>,
}

impl Forest {
    /// Sum of the trees' outputs for one row.
    #[inline]
    pub fn margin(&self, row: &[f32]) -> f32 {
        let mut z = 0.0;
        for tree in &self.trees {
            let mut at = 0usize;
            // a well-formed tree is shallow; the step bound guards against malformed files
            for _ in 0..64 {
                let Some(node) = tree.get(at) else { break };
                if node.feature == TreeNode::LEAF {
                    z += node.value;
                    break;
                }
                let x = row.get(node.feature as usize).copied().unwrap_or(0.0);
                at = if x <= node.threshold { node.left } else { node.right } as usize;
            }
        }
        z
    }

    fn parse_tree(values: &str) -> Option<Vec<TreeNode>> {
        let mut nodes = Vec::new();
        for token in values.split_whitespace() {
            let mut parts = token.split(',');
            let mut next = || parts.next().and_then(|p| p.parse::<f64>().ok());
            let (feature, threshold, left, right, value) = (next()?, next()?, next()?, next()?, next()?);
            let feature = if feature < 0.0 { TreeNode::LEAF } else { feature as u32 };
            nodes.push(TreeNode {
                feature,
                threshold: threshold as f32,
                left: left as u32,
                right: right as u32,
                value: value as f32,
            });
        }
        let n = nodes.len() as u32;
        let valid = nodes.iter().all(|node| {
            node.feature == TreeNode::LEAF
                || ((node.feature as usize) < STAGE1_FEATURES && node.left < n && node.right < n)
        });
        (valid && !nodes.is_empty()).then_some(nodes)
    }

    fn tree_text(tree: &[TreeNode]) -> String {
        tree.iter()
            .map(|node| {
                let feature = if node.feature == TreeNode::LEAF { -1 } else { i64::from(node.feature) };
                format!("{feature},{:.6},{},{},{:.6}", node.threshold, node.left, node.right, node.value)
            })
            .collect::<Vec<_>>()
            .join(" ")
    }
}

/// The line model: a first stage over line features, then one or more stages that re-read the
/// previous stage's probabilities in windows; and the decision threshold.
#[derive(Debug, Clone, PartialEq)]
pub struct LineModel {
    /// First stage: line features with neighbour context.
    pub stage1: Logistic,
    /// Later stages, each over the previous stage's probabilities in windows (at least one).
    pub later: Vec<Logistic>,
    /// Trees added to the first stage's log-odds (may be empty).
    pub forest: Forest,
    /// Lines at or above the last stage's probability are content.
    pub threshold: f32,
    /// Cost of switching between content and junk when decoding the page as a whole
    /// (0 = judge each line alone by the threshold).
    pub switch_cost: f32,
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
        let knots = Vec::new();
        LineModel {
            stage1: Logistic {
                mean: vec![0.0; STAGE1_FEATURES],
                scale: vec![1.0; STAGE1_FEATURES],
                knots: knots.clone(),
                weights: w1,
                bias: -2.0,
            },
            later: vec![Logistic {
                mean: vec![0.0; STAGE2_FEATURES],
                scale: vec![1.0; STAGE2_FEATURES],
                knots,
                weights: w2,
                bias: 0.0,
            }],
            forest: Forest::default(),
            threshold: 0.5,
            switch_cost: 0.0,
        }
    }

    /// Parses the text format written by [`LineModel::to_text`]; `None` if it does not fit.
    pub fn parse(text: &str) -> Option<LineModel> {
        let empty = || Logistic {
            mean: Vec::new(),
            scale: Vec::new(),
            knots: Vec::new(),
            weights: Vec::new(),
            bias: 0.0,
        };
        let mut stages: Vec<Logistic> = Vec::new();
        let mut threshold = None;
        let mut switch_cost = 0.0;
        let mut forest = Forest::default();
        for line in text.lines() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let (name, values) = line.split_once(' ')?;
            if name == "stage1.tree" {
                forest.trees.push(Forest::parse_tree(values)?);
                continue;
            }
            let nums: Vec<f32> = values.split_whitespace().map(str::parse).collect::<Result<_, _>>().ok()?;
            if name == "threshold" {
                threshold = Some(*nums.first()?);
                continue;
            }
            if name == "switch_cost" {
                switch_cost = *nums.first()?;
                continue;
            }
            let (stage, field) = name.split_once('.')?;
            let index: usize = stage.strip_prefix("stage")?.parse().ok()?;
            if index == 0 || index > 8 {
                return None;
            }
            while stages.len() < index {
                stages.push(empty());
            }
            let target = &mut stages[index - 1];
            match field {
                "mean" => target.mean = nums,
                "scale" => target.scale = nums,
                "knots" => target.knots = nums,
                "weights" => target.weights = nums,
                "bias" => target.bias = *nums.first()?,
                _ => return None,
            }
        }
        if stages.len() < 2 {
            return None;
        }
        let later = stages.split_off(1);
        let stage1 = stages.pop()?;
        let fits = stage1.fits(STAGE1_FEATURES) && later.iter().all(|l| l.fits(STAGE2_FEATURES));
        fits.then_some(LineModel { stage1, later, forest, threshold: threshold?, switch_cost })
    }

    /// The text format stored in `data/model.txt`.
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        let join = |v: &[f32]| v.iter().map(|x| format!("{x:.6}")).collect::<Vec<_>>().join(" ");
        out.push_str(&format!("threshold {:.4}\n", self.threshold));
        out.push_str(&format!("switch_cost {:.4}\n", self.switch_cost));
        for (i, layer) in std::iter::once(&self.stage1).chain(&self.later).enumerate() {
            let name = format!("stage{}", i + 1);
            out.push_str(&format!("{name}.mean {}\n", join(&layer.mean)));
            out.push_str(&format!("{name}.scale {}\n", join(&layer.scale)));
            if !layer.knots.is_empty() {
                out.push_str(&format!("{name}.knots {}\n", join(&layer.knots)));
            }
            out.push_str(&format!("{name}.weights {}\n", join(&layer.weights)));
            out.push_str(&format!("{name}.bias {:.6}\n", layer.bias));
        }
        for tree in &self.forest.trees {
            out.push_str(&format!("stage1.tree {}\n", Forest::tree_text(tree)));
        }
        out
    }

    /// Content probability per line: first stage, and last stage.
    pub(crate) fn probabilities(&self, lines: &[impl AsRef<LineInfo>]) -> (Vec<f32>, Vec<f32>) {
        let lines: Vec<&LineInfo> = lines.iter().map(AsRef::as_ref).collect();
        let forest = (!self.forest.trees.is_empty()).then_some(&self.forest);
        let first = Folded::new(&self.stage1);
        let mut p1 = Vec::with_capacity(lines.len());
        stage1_rows(&lines, |_, row| p1.push(first.predict(row, forest)));
        let mut p = p1.clone();
        for layer in &self.later {
            let folded = Folded::new(layer);
            let mut next = Vec::with_capacity(lines.len());
            stage2_rows(&lines, &p, |_, row| next.push(folded.predict(row, None)));
            p = next;
        }
        (p1, p)
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
        assert_eq!(parsed.later.len(), 1);
        let mut with_tree = LineModel::prose_only();
        with_tree.forest.trees.push(vec![
            TreeNode { feature: 3, threshold: 0.5, left: 1, right: 2, value: 0.0 },
            TreeNode { feature: TreeNode::LEAF, threshold: 0.0, left: 0, right: 0, value: -1.0 },
            TreeNode { feature: TreeNode::LEAF, threshold: 0.0, left: 0, right: 0, value: 2.0 },
        ]);
        let parsed = LineModel::parse(&with_tree.to_text()).expect("parses with a tree");
        assert_eq!(parsed.forest, with_tree.forest);
        let mut row = vec![0.0; STAGE1_FEATURES];
        assert_eq!(parsed.forest.margin(&row), -1.0);
        row[3] = 1.0;
        assert_eq!(parsed.forest.margin(&row), 2.0);
        assert_eq!(parsed.threshold, model.threshold);
        assert!(LineModel::parse("threshold x").is_none());
        assert!(LineModel::parse("stage1.mean 1 2").is_none());
    }

    #[test]
    fn committed_model_matches_the_features() {
        let model = LineModel::parse(include_str!("../data/model.txt"));
        assert!(
            model.is_some(),
            "data/model.txt does not fit the feature layout; retrain with examples/train.rs"
        );
        assert_ne!(model, Some(LineModel::prose_only()));
    }

    #[test]
    fn feature_rows_have_fixed_width() {
        let lines = vec![LineInfo::default(); 5];
        assert_eq!(stage1_features(&lines).len(), 5 * STAGE1_FEATURES);
        let p1 = vec![0.5; 5];
        assert_eq!(stage2_features(&lines, &p1).len(), 5 * STAGE2_FEATURES);
        let none: &[LineInfo] = &[];
        assert!(stage1_features(none).is_empty());
    }
}
