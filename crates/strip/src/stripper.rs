//! The stripping pipeline: cut fragments, judge lines by rule and by model, pick metadata.

use std::borrow::Cow;
use std::ops::Range;
use std::sync::{Arc, OnceLock};

use crate::article::{Article, Field, Paragraph, Removed, Role};
use crate::dates::find_date;
use crate::fragments::{headline_prefix, headline_suffix, leading_date_prefix, trailing_agency_tag};
use crate::hash::{line_key, word_hash, HashedMap};
use crate::lexicon::{parse_phrases, Lexicon, LexiconSource, PhraseHit, PhraseMode};
use crate::lines::{split_lines, trim_span, Line};
use crate::model::{LineInfo, LineModel};
use crate::rules::{classify_line, is_name_only, is_soft_promo};
use crate::sections::{
    keep_sandwiched_lists, mark_comment_section, mark_teaser_blocks, mark_trailing_headline_runs, LineCue,
    SectionCue, SectionCues, SectionLine,
};
use crate::siblings::SiblingIndex;
use crate::stats::line_stats;
use crate::{JunkKind, StripError};

/// Pages with at most this many lines left undecided by the rules count as short.
const SHORT_PAGE_LINES: usize = 15;
/// Pages with at most this many undecided lines that are not sentences (or at most one in five)
/// have little chrome.
const LITTLE_CHROME_LINES: usize = 3;

/// Strips boilerplate from scraped article text.
///
/// Cheap to clone (the compiled lexicon and model are shared). Build one with
/// [`Stripper::default`] or [`Stripper::builder`] and reuse it for many pages.
#[derive(Debug, Clone)]
pub struct Stripper {
    lexicon: Arc<Lexicon>,
    sections: Arc<SectionCues>,
    model: Arc<LineModel>,
    threshold: f32,
    switch_cost: f32,
    keep_subheadings: bool,
}

impl Default for Stripper {
    fn default() -> Stripper {
        static DEFAULT: OnceLock<Stripper> = OnceLock::new();
        DEFAULT.get_or_init(|| Stripper::builder().build()).clone()
    }
}

/// Configures a [`Stripper`]: extra phrase lists and stopwords, the line model, thresholds.
#[derive(Debug, Clone)]
pub struct StripperBuilder {
    source: LexiconSource,
    section_cues: Vec<(SectionCue, String)>,
    model: Option<LineModel>,
    threshold: Option<f32>,
    switch_cost: Option<f32>,
    keep_subheadings: bool,
}

impl StripperBuilder {
    /// Adds one junk phrase.
    #[must_use]
    pub fn phrase(mut self, kind: JunkKind, mode: PhraseMode, phrase: &str) -> StripperBuilder {
        let phrase = phrase.trim().to_lowercase();
        if !phrase.is_empty() {
            self.source.phrases.push((kind, mode, phrase));
        }
        self
    }

    /// Adds junk phrases in the format of the built-in `data/junk_phrases.tsv`
    /// (`kind<TAB>mode<TAB>phrase` per line; `#` comments and blank lines are skipped; `kind` is
    /// a [`JunkKind::as_str`] name, `mode` is `line`, `prefix` or `contains`).
    ///
    /// # Errors
    ///
    /// [`StripError::BadLine`] with the 1-based line number when a line has fewer than three
    /// tab-separated fields, an unknown kind or mode, or an empty phrase; nothing is added then.
    ///
    /// ```
    /// use newsclaim_strip::{StripError, Stripper};
    ///
    /// let stripper = Stripper::builder().phrases_tsv("promo\tcontains\tjoin our harbour club\n")?.build();
    /// assert_eq!(stripper.strip("Join our harbour club today!").paragraphs.len(), 0);
    ///
    /// let err = Stripper::builder().phrases_tsv("promo\tcontains\tok\npromo contains typo\n").unwrap_err();
    /// assert!(matches!(err, StripError::BadLine { line: 2, .. }));
    /// # Ok::<(), StripError>(())
    /// ```
    pub fn phrases_tsv(mut self, tsv: &str) -> Result<StripperBuilder, StripError> {
        self.source.phrases.extend(parse_phrases(tsv)?);
        Ok(self)
    }

    /// Adds a cue for multi-line sections (reader comments, teaser lists), e.g.
    /// `(SectionCue::TeaserHeading, "more harbour news")`.
    #[must_use]
    pub fn section_cue(mut self, cue: SectionCue, phrase: &str) -> StripperBuilder {
        let phrase = phrase.trim().to_lowercase();
        if !phrase.is_empty() {
            self.section_cues.push((cue, phrase));
        }
        self
    }

    /// Adds stopwords (whitespace-separated) for a language code; a new code adds a language
    /// (up to [`crate::MAX_LANGUAGES`] in all), a known one extends its list.
    #[must_use]
    pub fn stopwords(mut self, language: &str, words: &str) -> StripperBuilder {
        self.source.stopwords.push((language.to_string(), words.to_string()));
        self
    }

    /// Drops the built-in phrase and stopword lists (only what you add is used).
    #[must_use]
    pub fn without_builtin_lists(mut self) -> StripperBuilder {
        self.source.use_builtin = false;
        self
    }

    /// Replaces the built-in line model.
    #[must_use]
    pub fn model(mut self, model: LineModel) -> StripperBuilder {
        self.model = Some(model);
        self
    }

    /// Content-probability threshold (default: the model's own). Lower keeps more text.
    #[must_use]
    pub fn threshold(mut self, threshold: f32) -> StripperBuilder {
        self.threshold = Some(threshold.clamp(0.0, 1.0));
        self
    }

    /// Cost of switching between content and junk when the page is decoded as a whole (default:
    /// the model's own); higher values give fewer, longer runs of kept text, 0 judges each line alone.
    #[must_use]
    pub fn switch_cost(mut self, cost: f32) -> StripperBuilder {
        self.switch_cost = Some(cost.max(0.0));
        self
    }

    /// Whether short headings between kept paragraphs are kept as sub-headings (default true).
    #[must_use]
    pub fn keep_subheadings(mut self, keep: bool) -> StripperBuilder {
        self.keep_subheadings = keep;
        self
    }

    /// Compiles the lists and returns the stripper.
    pub fn build(self) -> Stripper {
        let model = self.model.unwrap_or_else(LineModel::builtin);
        Stripper {
            lexicon: Arc::new(Lexicon::build(&self.source)),
            sections: Arc::new(SectionCues::build(self.source.use_builtin, &self.section_cues)),
            threshold: self.threshold.unwrap_or(model.threshold),
            switch_cost: self.switch_cost.unwrap_or(model.switch_cost),
            model: Arc::new(model),
            keep_subheadings: self.keep_subheadings,
        }
    }
}

/// A line being judged.
#[derive(Debug, Clone)]
struct Work {
    line: Line,
    /// Content span after fragment cuts.
    start: usize,
    end: usize,
    info: LineInfo,
    rule: Option<JunkKind>,
    /// Reads like a reader pitch; removed unless it sits between kept paragraphs.
    soft_promo: bool,
}

impl AsRef<LineInfo> for Work {
    fn as_ref(&self) -> &LineInfo {
        &self.info
    }
}

/// Everything known about a page before the keep/remove decision.
pub(crate) struct Analysis<'a> {
    text: &'a str,
    work: Vec<Work>,
    cuts: Vec<Removed<'a>>,
    date: Option<String>,
    title: Option<TitleInfo>,
    /// The first line when it was taken for a page title but the headline proper is elsewhere.
    page_title: Option<usize>,
}

struct TitleInfo {
    index: usize,
    span: Range<usize>,
    outlet: Option<Range<usize>>,
}

impl Stripper {
    /// Starts a builder with the built-in lists and model.
    pub fn builder() -> StripperBuilder {
        StripperBuilder {
            source: LexiconSource { use_builtin: true, ..LexiconSource::default() },
            section_cues: Vec::new(),
            model: None,
            threshold: None,
            switch_cost: None,
            keep_subheadings: true,
        }
    }

    /// Strips one page.
    pub fn strip<'a>(&self, text: &'a str) -> Article<'a> {
        self.decide(self.analyse(text, None))
    }

    /// Strips one page using sibling pages of the same outlet: lines recurring across them are
    /// removed as site chrome.
    pub fn strip_with_siblings<'a>(&self, text: &'a str, siblings: &SiblingIndex) -> Article<'a> {
        self.decide(self.analyse(text, Some(siblings)))
    }

    /// Strips raw bytes, which must be UTF-8 (a leading byte-order mark is fine).
    pub fn strip_bytes<'a>(&self, bytes: &'a [u8]) -> Result<Article<'a>, StripError> {
        let text = std::str::from_utf8(bytes)
            .map_err(|e| StripError::InvalidUtf8 { valid_up_to: e.valid_up_to() })?;
        Ok(self.strip(text))
    }

    pub(crate) fn analyse<'a>(&self, text: &'a str, siblings: Option<&SiblingIndex>) -> Analysis<'a> {
        let lexicon = &*self.lexicon;
        let lines = split_lines(text);
        let mut cuts = Vec::new();
        let mut date = None;
        let mut work: Vec<Work> = Vec::with_capacity(lines.len());
        for line in lines {
            let (mut start, mut end) = (line.start, line.end);
            if let Some(len) = leading_date_prefix(&text[start..end]) {
                cuts.push(removed(text, JunkKind::Timestamp, start..start + len, line.number));
                if date.is_none() {
                    date = find_date(&text[start..start + len]);
                }
                start = trim_span(text, start + len, end).0;
            }
            if let Some(offset) = trailing_agency_tag(&text[start..end]) {
                cuts.push(removed(text, JunkKind::AgencyTag, start + offset..end, line.number));
                end = trim_span(text, start, start + offset).1;
            }
            work.push(Work { line, start, end, info: LineInfo::default(), rule: None, soft_promo: false });
        }

        let page_indexed = siblings.is_some_and(|s| s.contains_page(text));
        let mut repeats: HashedMap<u32> = HashedMap::default();
        let mut starts: Vec<u32> = Vec::new();
        let mut line_hits: Vec<PhraseHit> = Vec::new();
        for w in work.iter_mut() {
            let content = &text[w.start..w.end];
            starts.clear();
            line_hits.clear();
            w.info.stats = line_stats(content, lexicon, &mut starts);
            // phrases are only tried where a word that can start one stands
            let mut covered = 0;
            for &start in &starts {
                let start = start as usize;
                if start < covered {
                    continue;
                }
                if let Some(hit) = lexicon.phrase_at(content, start) {
                    covered = hit.end;
                    line_hits.push(hit);
                }
            }
            let line_hits = &line_hits[..];
            w.info.phrase_hits = line_hits.len() as u32;
            w.rule = classify_line(content, &w.info.stats, lexicon, line_hits);
            w.soft_promo = w.rule.is_none() && is_soft_promo(&w.info.stats, line_hits);
            if w.rule.is_none() && siblings.is_some_and(|s| s.is_recurring(w.info.stats.key, page_indexed)) {
                w.rule = Some(JunkKind::SiteChrome);
            }
            w.info.ruled = w.rule.is_some();
            w.info.comment_mark = w.rule == Some(JunkKind::CommentForm);
            w.info.timestamp = w.rule == Some(JunkKind::Timestamp);
            if w.info.stats.key != 0 {
                *repeats.entry(w.info.stats.key).or_insert(0) += 1;
            }
        }
        for w in &mut work {
            w.info.repeats = repeats.get(&w.info.stats.key).copied().unwrap_or(1);
        }

        let titles = find_title(text, &work);
        if let Some((page_title, _)) = &titles {
            // repeats are judged against the first line so that the model's features stay as trained
            mark_title_like(text, &mut work, page_title);
        }
        let page_title = titles
            .as_ref()
            .map(|(p, _)| p.index)
            .filter(|&i| Some(i) != titles.as_ref().map(|(_, h)| h.index));
        let title = titles.map(|(_, headline)| headline);
        Analysis { text, work, cuts, date, title, page_title }
    }

    fn decide<'a>(&self, analysis: Analysis<'a>) -> Article<'a> {
        let Analysis { text, work, mut cuts, mut date, title, page_title } = analysis;
        let (_, p) = self.model.probabilities(&work);
        let n = work.len();
        // The model learned from full page dumps; a page with only a handful of undecided lines is
        // mostly article already, so there prose is kept whatever the model says.
        // Clean articles count too: a page whose undecided lines are nearly all sentences has
        // little chrome, and there every sentence is kept, however short.
        let undecided = work.iter().filter(|w| w.rule.is_none()).count();
        let chrome = work.iter().filter(|w| w.rule.is_none() && !w.info.stats.is_sentence_like()).count();
        // (sub-headings of a long clean article are not chrome enough to hand it to the model)
        let short_page =
            undecided <= SHORT_PAGE_LINES || chrome <= LITTLE_CHROME_LINES || chrome * 5 <= undecided;
        let fixed: Vec<bool> = work.iter().map(|w| w.rule.is_some() || w.info.title_like).collect();
        let content = crate::model::decode(&work, &p, &fixed, self.threshold, self.switch_cost);
        // None = keep; Some(kind) = remove.
        let mut verdict: Vec<Option<JunkKind>> = work
            .iter()
            .enumerate()
            .map(|(i, w)| {
                if let Some(rule) = w.rule {
                    Some(rule)
                } else if w.info.title_like {
                    Some(JunkKind::Duplicate)
                } else if content[i] || (short_page && w.info.stats.is_sentence_like()) {
                    None
                } else if w.info.stats.effective_words() <= 4.0 {
                    Some(JunkKind::Navigation)
                } else {
                    Some(JunkKind::Boilerplate)
                }
            })
            .collect();
        if let Some(t) = &title {
            verdict[t.index] = Some(JunkKind::Title);
        }
        if let Some(i) = page_title {
            verdict[i] = Some(JunkKind::SiteChrome);
        }

        mark_captions(text, &work, &mut verdict);
        mark_name_bylines(text, &work, &mut verdict);
        mark_duplicates(&work, &mut verdict);
        for i in 0..n {
            let kept = |j: Option<usize>| j.and_then(|j| verdict.get(j)).is_some_and(Option::is_none);
            if work[i].soft_promo && !(kept(i.checked_sub(1)) && kept(Some(i + 1))) {
                verdict[i] = Some(JunkKind::Promo);
            }
        }
        let mut subheading = vec![false; n];
        if self.keep_subheadings {
            for i in 1..n.saturating_sub(1) {
                let s = &work[i].info.stats;
                let heading_like =
                    s.effective_words() <= 15.0 && !text[work[i].start..work[i].end].ends_with('.');
                let model_removed = matches!(verdict[i], Some(JunkKind::Navigation | JunkKind::Boilerplate));
                if model_removed && heading_like && verdict[i - 1].is_none() && verdict[i + 1].is_none() {
                    verdict[i] = None;
                    subheading[i] = true;
                }
            }
        }

        // section cues only matter where they can remove kept text: from a teaser heading just
        // above the first kept line to the last kept line, plus the few lines after it that may
        // confirm a comment heading
        let first_kept = verdict.iter().position(Option::is_none).unwrap_or(n);
        let last_kept = verdict.iter().rposition(Option::is_none).unwrap_or(0);
        let cue_range = first_kept.saturating_sub(10)..(last_kept + 13).min(n);
        let section_lines: Vec<SectionLine<'_>> = work
            .iter()
            .enumerate()
            .map(|(i, w)| {
                let line = &text[w.start..w.end];
                let cue = if w.rule == Some(JunkKind::CommentForm) && w.info.stats.ends_colon {
                    Some(LineCue::CommentHeader)
                } else if cue_range.contains(&i) {
                    self.sections.cue(line, &w.info.stats)
                } else {
                    None
                };
                SectionLine { stats: &w.info.stats, cue }
            })
            .collect();
        keep_sandwiched_lists(&section_lines, &mut verdict);
        mark_teaser_blocks(&section_lines, &mut verdict);
        mark_comment_section(&section_lines, &mut verdict);
        mark_trailing_headline_runs(&section_lines, &mut verdict);
        if short_page {
            mark_trailing_labels(&work, &mut verdict);
        }
        for (sub, v) in subheading.iter_mut().zip(&verdict) {
            *sub &= v.is_none();
        }

        if !verdict.iter().zip(&subheading).any(|(v, &sub)| v.is_none() && !sub) {
            keep_best_block(&work, &p, &mut verdict);
        }

        let mut article = Article { date: None, ..Article::default() };
        if let Some(t) = &title {
            article.title = Some(field(text, t.span.clone()));
            article.outlet = t.outlet.clone().map(|r| field(text, r));
        }
        let mut seen_body = false;
        for (i, w) in work.iter().enumerate() {
            let span = w.start..w.end;
            match verdict[i] {
                None => {
                    let s = &w.info.stats;
                    let role = if subheading[i]
                        || (s.effective_words() <= 15.0
                            && !s.ends_terminal
                            && !s.ends_colon
                            && s.terminals == 0)
                    {
                        Role::Subheading
                    } else if !seen_body && title.is_some() {
                        Role::Lede
                    } else {
                        Role::Body
                    };
                    seen_body |= role != Role::Subheading;
                    article.paragraphs.push(Paragraph {
                        text: Cow::Borrowed(&text[span.clone()]),
                        span,
                        line: w.line.number,
                        role,
                    });
                }
                Some(JunkKind::Title) => {
                    // only the headline line gets this verdict; the match keeps that a non-panicking fact
                    let Some(t) = title.as_ref().filter(|t| t.index == i) else {
                        cuts.push(removed(text, JunkKind::Title, span, w.line.number));
                        continue;
                    };
                    // the headline proper is reported in `title`; labels around it are cut
                    if w.start < t.span.start {
                        let end = trim_span(text, w.start, t.span.start).1;
                        cuts.push(removed(text, JunkKind::SectionLabel, w.start..end, w.line.number));
                    }
                    cuts.push(removed(text, JunkKind::Title, t.span.clone(), w.line.number));
                    if t.span.end < w.end {
                        let start = trim_span(text, t.span.end, w.end).0;
                        let kind =
                            if t.outlet.is_some() { JunkKind::SiteChrome } else { JunkKind::SectionLabel };
                        cuts.push(removed(text, kind, start..w.end, w.line.number));
                    }
                }
                Some(kind) => cuts.push(removed(text, kind, span, w.line.number)),
            }
        }
        cuts.sort_by_key(|r| r.span.start);
        article.removed = cuts;
        article.byline = pick_byline(text, &article.removed);
        if date.is_none() {
            date = article
                .removed
                .iter()
                .filter(|r| r.kind == JunkKind::Timestamp)
                .find_map(|r| find_date(&r.text));
        }
        article.date = date;
        article
    }
}

fn removed(text: &str, kind: JunkKind, span: Range<usize>, line: usize) -> Removed<'_> {
    Removed { kind, text: Cow::Borrowed(&text[span.clone()]), span, line }
}

fn field(text: &str, span: Range<usize>) -> Field<'_> {
    Field { text: Cow::Borrowed(&text[span.clone()]), span }
}

/// The headline: the first line not already judged junk, if it reads like a headline.
/// The page title (the first line, if it reads like a headline) and the headline proper (the
/// line right above the byline or date, when a kicker or tagline comes first; else the same).
fn find_title(text: &str, work: &[Work]) -> Option<(TitleInfo, TitleInfo)> {
    let headline_like = |w: &Work| {
        let s = &w.info.stats;
        let line = text[w.start..w.end].trim_end_matches(['"', '\'', '”', '’', '»', ')']);
        // a full sentence of running text is a lede, not a headline: headlines drop function
        // words or capitalise their words
        let prose_sentence = s.words >= 15
            && s.stopword_ratio() >= 0.25
            && s.capitalised_ratio() < 0.5
            && (s.terminals >= 1 || s.commas >= 2 || s.words >= 25);
        (1.0..=30.0).contains(&s.effective_words())
            && !line.ends_with(['.', ':', ',', ';'])
            && s.terminals <= 1
            && !prose_sentence
    };
    // the headline sits right above the byline or date; a kicker or tagline above it does not
    let is_meta = |w: &Work| matches!(w.rule, Some(JunkKind::Byline | JunkKind::Timestamp));
    let above_meta = |i: usize| work.get(i + 1).is_some_and(is_meta) && work[i].info.stats.words >= 4;
    let first_meta = work.iter().take(12).position(is_meta).unwrap_or(12);
    let mut candidates = work.iter().enumerate().take(12).filter(|(_, w)| w.rule.is_none() && !w.soft_promo);
    let (first, first_line) = candidates.next()?;
    if !headline_like(first_line) {
        return None;
    }
    let index = if above_meta(first) {
        first
    } else {
        candidates
            .take_while(|&(i, _)| i < first_meta)
            .find(|&(i, w)| {
                w.info.stats.key != first_line.info.stats.key && headline_like(w) && above_meta(i)
            })
            .map_or(first, |(i, _)| i)
    };
    Some((title_at(text, work, first), title_at(text, work, index)))
}

/// The headline text of line `index`, without section or outlet labels.
fn title_at(text: &str, work: &[Work], index: usize) -> TitleInfo {
    let w = &work[index];
    let (mut start, mut end) = (w.start, w.end);
    let mut outlet = None;
    if let Some((sep, label)) = headline_suffix(&text[start..end]) {
        let label_text = &text[start + label..end];
        if label_text.split_whitespace().count() >= 2 || label_text.contains('.') {
            outlet = Some(start + label..end);
        }
        end = trim_span(text, start, start + sep).1;
    }
    if let Some(head) = headline_prefix(&text[start..end]) {
        start += head;
    }
    TitleInfo { index, span: start..end, outlet }
}

/// Marks lines that repeat the headline (exactly, or nearly: same words).
fn mark_title_like(text: &str, work: &mut [Work], title: &TitleInfo) {
    let title_text = &text[title.span.clone()];
    let title_key = line_key(title_text);
    let full_key = work[title.index].info.stats.key;
    let title_words: Vec<u64> = words(title_text).map(word_hash).collect();
    for (i, w) in work.iter_mut().enumerate() {
        if i == title.index || w.rule.is_some() {
            continue;
        }
        let key = w.info.stats.key;
        let mut like = key == title_key || key == full_key;
        let similar_length = (w.info.stats.words as usize) * 2 >= title_words.len()
            && (w.info.stats.words as usize) <= title_words.len() * 2;
        if !like && similar_length && w.info.stats.words <= 40 && title_words.len() >= 3 {
            let mut common = 0usize;
            let mut count = 0usize;
            for word in words(&text[w.start..w.end]) {
                count += 1;
                common += usize::from(title_words.contains(&word_hash(word)));
            }
            let union = count + title_words.len() - common.min(title_words.len());
            like = union > 0 && common as f32 / union as f32 >= 0.8;
        }
        w.info.title_like = like;
    }
    work[title.index].info.title_like = true;
}

fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty())
}

/// On a page with little chrome (where the model has little context), short lines that are not
/// sentences after the last kept sentence are footer labels ("Our Standards: The Trust
/// Principles."): such an article ends with a sentence.
fn mark_trailing_labels(work: &[Work], verdict: &mut [Option<JunkKind>]) {
    let Some(last) =
        (0..work.len()).rev().find(|&i| verdict[i].is_none() && work[i].info.stats.is_sentence_like())
    else {
        return;
    };
    for i in last + 1..work.len() {
        let s = &work[i].info.stats;
        if verdict[i].is_none() && s.words <= 10 && !s.is_sentence_like() {
            verdict[i] = Some(JunkKind::SiteChrome);
        }
    }
}

/// When nothing was kept, keeps the most article-like line the rules left alone and its
/// neighbours that score nearly as well: a page has an article somewhere, however buried.
fn keep_best_block(work: &[Work], p: &[f32], verdict: &mut [Option<JunkKind>]) {
    let candidate = |i: usize| {
        let s = &work[i].info.stats;
        work[i].rule.is_none()
            && !work[i].info.title_like
            && (s.effective_words() >= 8.0 || s.is_sentence_like() || (s.words >= 4 && s.ends_terminal))
    };
    let Some(best) = (0..work.len()).filter(|&i| candidate(i)).max_by(|&a, &b| {
        let score = |i: usize| p[i] + f32::from(u8::from(work[i].info.stats.is_prose()));
        score(a).partial_cmp(&score(b)).unwrap_or(std::cmp::Ordering::Equal)
    }) else {
        return;
    };
    let good = |i: usize| candidate(i) && p[i] >= 0.5 * p[best];
    verdict[best] = None;
    let mut i = best;
    while i > 0 && good(i - 1) {
        i -= 1;
        verdict[i] = None;
    }
    let mut j = best;
    while j + 1 < work.len() && good(j + 1) {
        j += 1;
        verdict[j] = None;
    }
}

/// Words in running text with a sentence end, not a list of names and agencies.
fn reads_like_caption_text(s: &crate::stats::LineStats) -> bool {
    s.words >= 5 && s.ends_terminal && s.capitalised_ratio() <= 0.6
}

/// A label such as "Image caption" announces the caption on the next line.
fn is_caption_label(text: &str) -> bool {
    let t = text.trim_end_matches([':', ' ']);
    t.len() >= 7
        && t.len() <= 40
        && t.get(t.len() - 7..).is_some_and(|end| end.eq_ignore_ascii_case("caption"))
        && t.split_whitespace().count() <= 3
}

/// A photo credit makes the line above it a caption (and a repeat of that caption a duplicate);
/// a caption label makes the line below it a caption.
fn mark_captions(text: &str, work: &[Work], verdict: &mut [Option<JunkKind>]) {
    for i in 0..work.len().saturating_sub(1) {
        let next = &work[i + 1];
        if is_caption_label(&text[work[i].start..work[i].end])
            && next.rule.is_none()
            && next.info.stats.words <= 60
        {
            verdict[i + 1] = Some(JunkKind::Caption);
        }
    }
    for i in 1..work.len() {
        // a caption with its own text ("KYIV - Photo: Workers clear the debris.") needs no neighbour
        let credit = work[i].rule == Some(JunkKind::Caption)
            && work[i].info.stats.words <= 15
            && !reads_like_caption_text(&work[i].info.stats);
        if !credit {
            continue;
        }
        let j = i - 1;
        let repeated =
            j > 0 && work[j - 1].info.stats.key == work[j].info.stats.key && work[j - 1].rule.is_none();
        // a credit may also close the article; then the line above is body text, not a caption
        let caption_like = work[j].info.stats.words <= 30 && work[j].info.stats.quotes == 0;
        // some layouts put the credit first: a short line below it is the caption when the line
        // above is a full paragraph
        let below = work.get(i + 1).filter(|b| {
            b.rule.is_none() && b.info.stats.words <= 20 && b.info.stats.quotes == 0 && !b.info.title_like
        });
        if below.is_some()
            && !repeated
            && work[j].info.stats.words > 20
            && verdict[i + 1] != Some(JunkKind::Title)
        {
            verdict[i + 1] = Some(JunkKind::Caption);
            continue;
        }
        if work[j].rule.is_some() || !(caption_like || repeated) || verdict[j] == Some(JunkKind::Title) {
            continue;
        }
        if repeated {
            verdict[j] = Some(JunkKind::Duplicate);
            verdict[j - 1] = Some(JunkKind::Caption);
        } else {
            verdict[j] = Some(JunkKind::Caption);
        }
    }
}

/// A bare name next to other byline, time or caption lines (or repeated right below) is a byline.
fn mark_name_bylines(text: &str, work: &[Work], verdict: &mut [Option<JunkKind>]) {
    let n = work.len();
    for i in 0..n {
        if work[i].rule.is_some() || !is_name_only(&text[work[i].start..work[i].end], &work[i].info.stats) {
            continue;
        }
        let near_meta = (i.saturating_sub(2)..(i + 3).min(n)).any(|j| {
            j != i && matches!(work[j].rule, Some(JunkKind::Byline | JunkKind::Timestamp | JunkKind::Caption))
        });
        let repeated_below = i + 1 < n && work[i + 1].info.stats.key == work[i].info.stats.key;
        if near_meta || repeated_below {
            verdict[i] = Some(JunkKind::Byline);
            if repeated_below {
                verdict[i + 1] = Some(JunkKind::Duplicate);
            }
        }
    }
}

/// Of lines with the same text, keeps at most the last copy the model kept;
/// none is kept if any copy was removed by a rule (a repeated caption or byline).
fn mark_duplicates(work: &[Work], verdict: &mut [Option<JunkKind>]) {
    let mut groups: HashedMap<Vec<usize>> = HashedMap::default();
    for (i, w) in work.iter().enumerate() {
        if w.info.repeats > 1 && w.info.stats.key != 0 {
            groups.entry(w.info.stats.key).or_default().push(i);
        }
    }
    for members in groups.values() {
        let ruled = members.iter().any(
            |&i| matches!(verdict[i], Some(k) if !matches!(k, JunkKind::Navigation | JunkKind::Boilerplate)),
        );
        // teasers and meta descriptions repeat the lede above the article, so the last kept copy
        // is the one in the body
        let best = members.iter().copied().filter(|&i| verdict[i].is_none()).max();
        for &i in members {
            if verdict[i].is_none() && (ruled || Some(i) != best) {
                verdict[i] = Some(JunkKind::Duplicate);
            }
        }
    }
}

/// The byline field: a bare name if one was found, else the first byline without its "By".
fn pick_byline<'a>(text: &'a str, removed: &[Removed<'a>]) -> Option<Field<'a>> {
    let bylines = removed.iter().filter(|r| r.kind == JunkKind::Byline);
    let mut first = None;
    for r in bylines {
        let words = r.text.split_whitespace().count();
        let name_like =
            r.text.split_whitespace().all(|w| w.chars().next().is_some_and(char::is_uppercase) || w == "by");
        if words <= 4
            && name_like
            && r.text.chars().all(|c| c.is_alphabetic() || matches!(c, ' ' | '.' | '-' | '\'' | '’'))
        {
            if let Some(rest) = strip_by(&r.text) {
                let start = r.span.start + (r.text.len() - rest.len());
                return Some(field(text, start..r.span.end));
            }
            return Some(field(text, r.span.clone()));
        }
        first.get_or_insert(r);
    }
    let r = first?;
    let rest = strip_by(&r.text).unwrap_or(&r.text);
    let start = r.span.start + (r.text.len() - rest.len());
    Some(field(text, start..r.span.end))
}

fn strip_by(text: &str) -> Option<&str> {
    let lower = text.get(..3)?.to_ascii_lowercase();
    (lower == "by ").then(|| text[3..].trim_start())
}

/// Line features and model probabilities of a page, for the training program in
/// `examples/train.rs` and the per-line view of `examples/explain.rs`; not a stable API
/// (reached as [`crate::model::training`], with the `training` feature).
#[cfg(feature = "training")]
pub mod training {
    use super::*;

    /// One page's lines with first-stage features.
    pub struct TrainingPage {
        /// Byte span of each line's content.
        pub spans: Vec<Range<usize>>,
        /// Whether a hard rule removes the line (or it is the headline or repeats it).
        pub ruled: Vec<bool>,
        /// First-stage features, `STAGE1_FEATURES` per line.
        pub stage1: Vec<f32>,
        infos: Vec<LineInfo>,
    }

    /// Analyses a page the way [`Stripper::strip`] does, up to the model.
    pub fn page(stripper: &Stripper, text: &str) -> TrainingPage {
        let analysis = stripper.analyse(text, None);
        let title_index = analysis.title.as_ref().map(|t| t.index);
        let infos: Vec<LineInfo> = analysis.work.iter().map(|w| w.info.clone()).collect();
        TrainingPage {
            spans: analysis.work.iter().map(|w| w.start..w.end).collect(),
            ruled: analysis
                .work
                .iter()
                .enumerate()
                .map(|(i, w)| w.rule.is_some() || w.info.title_like || Some(i) == title_index)
                .collect(),
            stage1: crate::model::stage1_features(&infos),
            infos,
        }
    }

    /// Per line: content span, first- and second-stage probabilities, and the rule verdict.
    pub fn explain(stripper: &Stripper, text: &str) -> Vec<(Range<usize>, f32, f32, Option<JunkKind>)> {
        let analysis = stripper.analyse(text, None);
        let infos: Vec<LineInfo> = analysis.work.iter().map(|w| w.info.clone()).collect();
        let (p1, p2) = stripper.model.probabilities(&infos);
        analysis.work.iter().enumerate().map(|(i, w)| (w.start..w.end, p1[i], p2[i], w.rule)).collect()
    }

    /// Second-stage features from first-stage probabilities.
    pub fn stage2(page: &TrainingPage, p1: &[f32]) -> Vec<f32> {
        crate::model::stage2_features(&page.infos, p1)
    }
}
