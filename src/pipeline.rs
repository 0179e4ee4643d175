//! The pipeline: decode → strip → tokenize → extract per document, then dedup across documents.

use crate::cross::{CrossSections, CrossSource, PreparedDocument};
use crate::digest::{
    ClaimReport, Digest, DocumentReport, MentionReport, PhraseReport, RemovedPiece, SentenceReport, TextPiece,
};
use crate::input::{Content, Document, InputFormat};
use newsclaim_dedup::{ClaimClusterConfig, DedupConfig, NearDuplicates, StoryConfig};
use newsclaim_extract::{AttributionKind, Claim, Extractor};
use newsclaim_strip::{SiblingIndex, Stripper};
use newsclaim_tokenize::{LineIndex, Tokenizer};
use rayon::prelude::*;
use std::borrow::Cow;
use std::ops::Range;

/// The options of every stage; get one from [`Pipeline::builder`].
pub struct PipelineBuilder {
    strip: bool,
    input: InputFormat,
    stripper: Stripper,
    siblings: Option<SiblingIndex>,
    tokenizer: Tokenizer,
    extractor: Extractor,
    dedup: DedupConfig,
    claim_clusters: ClaimClusterConfig,
    stories: StoryConfig,
    epoch: Option<usize>,
}

impl PipelineBuilder {
    /// Whether to strip boilerplate (default `true`). With `false` each document is taken as clean
    /// text: the body is the whole text.
    pub fn strip(mut self, yes: bool) -> Self {
        self.strip = yes;
        self
    }

    /// How to read every document (default [`InputFormat::Auto`]: each document's own
    /// [`Document::format`], and for `Auto` documents the content decides). `Text` or `Html` overrides
    /// every document's format.
    pub fn input(mut self, format: InputFormat) -> Self {
        self.input = format;
        self
    }

    /// Use this stripper (for example one with extra junk phrases).
    pub fn stripper(mut self, stripper: Stripper) -> Self {
        self.stripper = stripper;
        self
    }

    /// Corpus mode: the documents are pages of one outlet, indexed in `siblings`; lines that recur on
    /// several of them are site chrome (menus, footers, pitches). Build the index with
    /// [`SiblingIndex::from_pages`] over the outlet's pages.
    pub fn siblings(mut self, siblings: SiblingIndex) -> Self {
        self.siblings = Some(siblings);
        self
    }

    /// Use this tokenizer for the sentences of the digest (for example one with extra abbreviations).
    pub fn tokenizer(mut self, tokenizer: Tokenizer) -> Self {
        self.tokenizer = tokenizer;
        self
    }

    /// Use this claim extractor (for example one with extra actors or verbs).
    pub fn extractor(mut self, extractor: Extractor) -> Self {
        self.extractor = extractor;
        self
    }

    /// Near-duplicate detection settings (shingle size, threshold, …).
    pub fn dedup(mut self, config: DedupConfig) -> Self {
        self.dedup = config;
        self
    }

    /// Streaming in epochs: [`Pipeline::run_streaming`] hands over the cross-source sections and resets
    /// their state after every `documents` documents, so that memory stays bounded on inputs of any
    /// length; near-duplicates, shared passages and claim clusters are then found within an epoch.
    /// `0` (the default) means one epoch over the whole input. [`Pipeline::run`] ignores this.
    pub fn epoch(mut self, documents: usize) -> Self {
        self.epoch = (documents > 0).then_some(documents);
        self
    }

    /// Story grouping settings (claims cluster only within a story unless the claim clustering
    /// settings say [`across_stories`](ClaimClusterConfig::across_stories)).
    pub fn stories(mut self, config: StoryConfig) -> Self {
        self.stories = config;
        self
    }

    /// Cross-source claim clustering settings.
    pub fn claim_clusters(mut self, config: ClaimClusterConfig) -> Self {
        self.claim_clusters = config;
        self
    }

    /// The pipeline.
    pub fn build(self) -> Pipeline {
        Pipeline {
            strip: self.strip,
            input: self.input,
            stripper: self.stripper,
            siblings: self.siblings,
            tokenizer: self.tokenizer,
            extractor: self.extractor,
            near: NearDuplicates::new(self.dedup),
            claim_clusters: self.claim_clusters,
            stories: self.stories,
            epoch: self.epoch,
        }
    }
}

/// Turns documents into a [`Digest`]: strips each page, splits the body into sentences, extracts the
/// claims, then finds near-duplicate documents, shared passages and cross-source claim clusters.
///
/// Documents are processed in parallel (on rayon's global pool); the digest lists them in input order.
///
/// ```
/// use newsclaim::{Document, Pipeline};
///
/// let pipeline = Pipeline::builder().strip(false).build();
/// let digest = pipeline.run(vec![Document::from_text(
///     "a.txt",
///     "Russia demanded that NATO halt its expansion. Talks go on.",
/// )]);
/// let doc = &digest.documents[0];
/// assert_eq!(doc.sentences.len(), 2);
/// assert_eq!(doc.claims[0].act, newsclaim::extract::Act::Demand);
/// assert_eq!(doc.claims[0].actor.norms, ["Russia"]);
/// ```
pub struct Pipeline {
    strip: bool,
    input: InputFormat,
    stripper: Stripper,
    siblings: Option<SiblingIndex>,
    tokenizer: Tokenizer,
    extractor: Extractor,
    near: NearDuplicates,
    claim_clusters: ClaimClusterConfig,
    stories: StoryConfig,
    epoch: Option<usize>,
}

/// What [`Pipeline::run_streaming`] hands over, in order: document records, and the cross-source
/// sections after each epoch (once, at the end, without epochs).
#[derive(Debug, Clone, PartialEq)]
// Records are handed over one at a time, never stored in bulk: boxing the large variant buys nothing.
#[allow(clippy::large_enum_variant)]
pub enum Record {
    /// One document's record.
    Document(DocumentReport),
    /// The cross-source sections of the documents since the previous sections.
    Sections(CrossSections),
}

impl Default for Pipeline {
    fn default() -> Self {
        Pipeline::builder().build()
    }
}

impl std::fmt::Debug for Pipeline {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Pipeline").field("strip", &self.strip).finish_non_exhaustive()
    }
}

impl Pipeline {
    /// A builder with the default options of every stage.
    pub fn builder() -> PipelineBuilder {
        PipelineBuilder {
            strip: true,
            input: InputFormat::Auto,
            stripper: Stripper::default(),
            siblings: None,
            tokenizer: Tokenizer::default(),
            extractor: Extractor::default(),
            dedup: DedupConfig::default(),
            claim_clusters: ClaimClusterConfig::default(),
            stories: StoryConfig::default(),
            epoch: None,
        }
    }

    /// Digests all documents: one record per document, in input order, then the cross-source sections
    /// over all of them (whatever the [`epoch`](PipelineBuilder::epoch) setting).
    pub fn run<I: IntoIterator<Item = Document>>(&self, docs: I) -> Digest {
        let mut documents = Vec::new();
        let mut sections = CrossSections::default();
        let streamed = self.stream(docs, None, |record| {
            match record {
                Record::Document(r) => documents.push(r),
                Record::Sections(s) => sections = s,
            }
            Ok::<(), std::convert::Infallible>(())
        });
        match streamed {
            Ok(()) => Digest::from_parts(documents, sections),
            Err(never) => match never {},
        }
    }

    /// Digests documents as a stream: hands each document's record to `sink` in input order as soon as
    /// it is done, keeping only what the cross-source sections need, then the sections.
    ///
    /// Documents are taken from `docs` in batches that are processed in parallel, so memory holds one
    /// batch of documents plus the cross-source state (a MinHash signature, a hash per paragraph and the
    /// act, actor and content of each claim, a story profile of at most 80 terms and a headline: about
    /// 3.5 KB per document of news). With an
    /// [`epoch`](PipelineBuilder::epoch) of N documents, the sections are handed over and the state is
    /// reset after every N documents, which bounds memory on inputs of any length; without one, the
    /// sections come once, at the end, over the whole input. Records have no `cluster` ids: clusters are
    /// known only when their sections come, and their members name the claims. Stops at the first error
    /// `sink` returns.
    pub fn run_streaming<I, F, E>(&self, docs: I, sink: F) -> Result<(), E>
    where
        I: IntoIterator<Item = Document>,
        F: FnMut(Record) -> Result<(), E>,
    {
        self.stream(docs, self.epoch, sink)
    }

    fn stream<I, F, E>(&self, docs: I, epoch: Option<usize>, mut sink: F) -> Result<(), E>
    where
        I: IntoIterator<Item = Document>,
        F: FnMut(Record) -> Result<(), E>,
    {
        let batch_len = 64 * rayon::current_num_threads().max(1);
        let epoch = epoch.unwrap_or(usize::MAX).max(1);
        let mut cross = CrossSource::new(&self.near, &self.claim_clusters, &self.stories, 0);
        let mut seen = 0usize;
        let mut docs = docs.into_iter();
        let mut batch: Vec<Document> = Vec::with_capacity(batch_len);
        loop {
            batch.clear();
            // A batch never straddles two epochs.
            let room = epoch - cross.len();
            batch.extend(docs.by_ref().take(batch_len.min(room)));
            if batch.is_empty() {
                break;
            }
            let cross_ref = &cross;
            let reports: Vec<(DocumentReport, PreparedDocument)> = batch
                .par_iter()
                .map(|d| {
                    let report = self.process(d);
                    let prepared = cross_ref.prepare(&report);
                    (report, prepared)
                })
                .collect();
            for (r, prepared) in reports {
                cross.add_prepared(&r, prepared);
                seen += 1;
                sink(Record::Document(r))?;
            }
            if cross.len() >= epoch {
                let done = std::mem::replace(
                    &mut cross,
                    CrossSource::new(&self.near, &self.claim_clusters, &self.stories, seen),
                );
                sink(Record::Sections(done.finish()))?;
            }
        }
        if !cross.is_empty() || seen == 0 {
            sink(Record::Sections(cross.finish()))?;
        }
        Ok(())
    }

    /// The record of one document, without the cross-document sections.
    ///
    /// Bytes are decoded by [`newsclaim_strip::decode`] (byte-order mark, UTF-8, the document's declared
    /// charset, `<meta charset>`, else a guess); when bytes had to be replaced the record's `error` says
    /// so. An HTML page ([`InputFormat`]) is read by
    /// [`Stripper::strip_html`](newsclaim_strip::Stripper::strip_html); its sentences and claims point
    /// into the record's [`article_text`](crate::digest::DocumentReport::article_text).
    pub fn process(&self, doc: &Document) -> DocumentReport {
        let mut report = DocumentReport {
            id: Some(doc.id.clone()),
            source: doc.source.clone(),
            fields: doc.fields.clone(),
            ..DocumentReport::default()
        };
        let text: Cow<'_, str> = match &doc.content {
            Content::Text(t) => Cow::Borrowed(t.as_str()),
            Content::Bytes(b) => {
                let decoded = newsclaim_strip::decode(b, doc.charset.as_deref());
                if decoded.encoding != "UTF-8" {
                    report.encoding = Some(decoded.encoding.to_owned());
                }
                if decoded.replaced > 0 {
                    report.error = Some(format!(
                        "{} invalid byte sequence(s) for {} ({}) replaced by U+FFFD, so spans refer to the \
                         decoded text; re-encode the file as UTF-8 to fix",
                        decoded.replaced,
                        decoded.encoding,
                        match decoded.source {
                            newsclaim_strip::CharsetSource::Sniffed => "guessed",
                            _ => "declared",
                        }
                    ));
                }
                if report.error.is_none()
                    && decoded.source == newsclaim_strip::CharsetSource::Sniffed
                    && looks_binary(&decoded.text)
                {
                    report.error = Some(format!(
                        "binary data, not text: many control characters (read as {}, nothing dropped)",
                        decoded.encoding
                    ));
                }
                decoded.text
            }
            Content::Unreadable(why) => {
                report.error = Some(why.clone());
                return report;
            }
        };
        let text: &str = &text;
        if text.trim_matches(|c: char| c.is_whitespace() || c == '\u{feff}').is_empty() {
            report.error = Some("empty document: no text to digest".to_owned());
            return report;
        }
        let format = match self.input {
            InputFormat::Auto => doc.format,
            forced => forced,
        };
        let html = match format {
            InputFormat::Html => true,
            InputFormat::Text => false,
            InputFormat::Auto => newsclaim_strip::looks_like_html(text.as_bytes()),
        };
        if html {
            self.process_html(doc, text, &mut report);
            crate::language::annotate(&mut report);
            return report;
        }
        let lines = LineIndex::new(text);
        // Regions the extractor reads: the headline first, then the body.
        let mut regions: Vec<Range<usize>> = Vec::new();
        if self.strip {
            let article = match &self.siblings {
                Some(siblings) => self.stripper.strip_with_siblings(text, siblings),
                None => self.stripper.strip(text),
            };
            report.title = article.title.as_ref().map(|f| f.text.to_string());
            report.date = article.date.clone();
            report.byline = article.byline.as_ref().map(|f| f.text.to_string());
            report.outlet = article.outlet.as_ref().map(|f| f.text.to_string());
            if let Some(t) = &article.title {
                regions.push(t.span.clone());
            }
            for p in &article.paragraphs {
                report.body.push(TextPiece {
                    text: p.text.to_string(),
                    span: [p.span.start, p.span.end],
                    line: p.line,
                    role: Some(p.role.as_str().to_owned()),
                    at: None,
                });
            }
            report.removed = removed_pieces(&article);
        } else {
            let whole = trimmed(text, 0..text.len());
            report.body.push(TextPiece {
                text: text[whole.clone()].to_owned(),
                span: [whole.start, whole.end],
                line: lines.line(whole.start),
                role: None,
                at: None,
            });
        }
        if report.date.is_none() {
            report.date = doc.date.clone();
        }
        report.url = doc.url.clone();
        for p in &report.body {
            regions.push(p.span[0]..p.span[1]);
        }
        self.read_claims(text, &regions, &mut report);
        crate::language::annotate(&mut report);
        report
    }

    /// Sentences and claims of `text`: the sentences of the body (the last `report.body.len()`
    /// regions), the claims of all `regions` (a title first, then the body).
    fn read_claims(&self, text: &str, regions: &[Range<usize>], report: &mut DocumentReport) {
        let body = &regions[regions.len().saturating_sub(report.body.len())..];
        // One tokenization serves the sentences of the report and the extractor.
        let tokenized = self.tokenizer.tokenize(text);
        // A sentence wrapped over lines is shown on one line; its span still points at the input.
        report.sentences = tokenized
            .sentences_in(body)
            .iter()
            .map(|s| SentenceReport {
                text: tokenized.sentence_display_text(s).into_owned(),
                span: [s.span.start, s.span.end],
            })
            .collect();
        report.claims =
            self.extractor.extract_tokenized(&tokenized, regions).iter().map(claim_report).collect();
    }

    /// An HTML page: paragraphs and removed pieces point at their elements in `html`; sentences and
    /// claims at the article text (title and paragraphs, one a line).
    fn process_html(&self, doc: &Document, html: &str, report: &mut DocumentReport) {
        let article = self.stripper.strip_html(html);
        let lines = LineIndex::new(html);
        report.format = Some("html".to_owned());
        report.title = article.title.as_ref().map(|f| f.text.to_string());
        report.date = article.date.clone().or_else(|| doc.date.clone());
        report.byline = article.byline.as_ref().map(|f| f.text.to_string());
        report.outlet = article.outlet.as_ref().map(|f| f.text.to_string());
        report.language = article.language.clone();
        report.url = article.url.clone().or_else(|| doc.url.clone());
        // --no-strip: every piece of page text is body.
        let mut pieces: Vec<(&newsclaim_strip::Paragraph<'_>, bool)> = Vec::new();
        let as_paragraphs: Vec<newsclaim_strip::Paragraph<'_>>;
        if self.strip {
            pieces.extend(article.paragraphs.iter().map(|p| (p, true)));
            report.removed = removed_pieces(&article);
        } else {
            let mut all: Vec<newsclaim_strip::Paragraph<'_>> = article.paragraphs.clone();
            all.extend(article.removed.iter().filter(|r| r.kind != newsclaim_strip::JunkKind::Hidden).map(
                |r| newsclaim_strip::Paragraph {
                    text: r.text.clone(),
                    span: r.span.clone(),
                    line: r.line,
                    role: newsclaim_strip::Role::Body,
                },
            ));
            all.sort_by_key(|p| p.span.start);
            as_paragraphs = all;
            pieces.extend(as_paragraphs.iter().map(|p| (p, false)));
        }
        let mut article_text = String::new();
        let mut regions: Vec<Range<usize>> = Vec::new();
        if let Some(t) = &report.title {
            article_text.push_str(t);
            regions.push(0..article_text.len());
            article_text.push('\n');
        }
        for (p, with_role) in pieces {
            let start = article_text.len();
            article_text.push_str(&p.text);
            let at = start..article_text.len();
            article_text.push('\n');
            report.body.push(TextPiece {
                text: p.text.to_string(),
                span: [p.span.start, p.span.end],
                line: lines.line(p.span.start),
                role: with_role.then(|| p.role.as_str().to_owned()),
                at: Some([at.start, at.end]),
            });
            regions.push(at);
        }
        self.read_claims(&article_text, &regions, report);
    }
}

/// Bytes that are not UTF-8 and, read in the guessed encoding, have more than 5 % control characters (other than tab, line feed, form feed and carriage return) in the
/// first 64 KB: not text.
fn looks_binary(text: &str) -> bool {
    let head = &text.as_bytes()[..text.len().min(64 << 10)];
    let controls = head.iter().filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c)).count();
    controls * 20 > head.len()
}

fn removed_pieces(article: &newsclaim_strip::Article<'_>) -> Vec<RemovedPiece> {
    article
        .removed
        .iter()
        .map(|r| RemovedPiece {
            kind: r.kind.as_str().to_owned(),
            text: r.text.to_string(),
            span: [r.span.start, r.span.end],
            line: r.line,
        })
        .collect()
}

fn claim_report(c: &Claim<'_>) -> ClaimReport {
    let mention = |m: &newsclaim_extract::Mention<'_>| MentionReport {
        text: m.name().to_owned(),
        mention: m.antecedent.as_ref().map(|_| m.text.to_string()),
        role: m.role.map(|r| r.code().to_owned()),
        code: m.code.clone(),
        norms: m.norms.clone(),
        span: [m.span.start, m.span.end],
    };
    let phrase = |p: &newsclaim_extract::Phrase<'_>| PhraseReport {
        text: p.text.to_string(),
        span: [p.span.start, p.span.end],
    };
    ClaimReport {
        act: c.act,
        cameo: c.act.cameo().to_owned(),
        plover: c.act.plover().to_owned(),
        actor: mention(&c.actor),
        addressee: c.addressee.as_ref().map(mention),
        content: c.content.as_ref().map(phrase),
        evidence: phrase(&c.evidence),
        line: c.line,
        attribution: match c.attribution.kind {
            AttributionKind::DirectQuote => "quote",
            AttributionKind::Reported => "reported",
            _ => "plain",
        }
        .to_owned(),
        reporting_verb: c.attribution.verb.as_deref().map(str::to_owned),
        negated: c.negated,
        hedged: c.hedged,
        rule: c.rule.to_string(),
        cluster: None,
    }
}

/// `range` without leading and trailing white space (and without a byte-order mark).
fn trimmed(text: &str, range: Range<usize>) -> Range<usize> {
    let s = &text[range.clone()];
    let is_blank = |c: char| c.is_whitespace() || c == '\u{feff}';
    let start = range.start + (s.len() - s.trim_start_matches(is_blank).len());
    let end = range.end - (s.len() - s.trim_end_matches(is_blank).len());
    start..end.max(start)
}
