//! The digest: the serde report the pipeline produces (the JSON schema of the project's DESIGN).
//!
//! Every text piece carries its byte span into the document's decoded text as `[start, end]` and,
//! where useful, its 1-based line. For an HTML page the body and removed pieces' spans cover their
//! source elements in the decoded HTML, while sentences and claims point into the record's article
//! text ([`DocumentReport::article_text`]: the title and the paragraphs, one a line). Field names are a stable interface: fields may be added, never renamed.

use crate::input::DocId;
use serde::{Deserialize, Serialize};

/// The whole report over a set of documents.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Digest {
    /// One record per input document, in input order (documents in = documents out).
    pub documents: Vec<DocumentReport>,
    /// Near-duplicate documents and passages shared across documents.
    pub duplicates: Duplicates,
    /// Stories: groups of documents reporting the same event (every document with a body is in
    /// one), the most widely reported first.
    #[serde(default)]
    pub stories: Vec<StoryReport>,
    /// Cross-source claim clusters.
    pub clusters: Vec<ClusterReport>,
}

impl Digest {
    /// The digest of these records and the cross-source sections computed over them (in the same
    /// order), with every clustered claim's `cluster` id set.
    pub fn from_parts(mut documents: Vec<DocumentReport>, sections: crate::CrossSections) -> Self {
        sections.assign(&mut documents);
        Digest {
            documents,
            duplicates: sections.duplicates,
            stories: sections.stories,
            clusters: sections.clusters,
        }
    }

    /// How many documents carry an error.
    pub fn failed(&self) -> usize {
        self.documents.iter().filter(|d| d.error.is_some()).count()
    }
}

/// A byte span `[start, end)` serialised as a two-element array.
pub type Span = [usize; 2];

/// The report on one document.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DocumentReport {
    /// The id, as given.
    pub id: Option<DocId>,
    /// Where the document came from.
    pub source: Option<String>,
    /// The headline, if one was recognised.
    pub title: Option<String>,
    /// Publication date as `YYYY-MM-DD`, if found.
    pub date: Option<String>,
    /// The byline, if found.
    pub byline: Option<String>,
    /// The outlet, if found.
    pub outlet: Option<String>,
    /// How the document was read: `"html"` for an HTML page; absent for a text document.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub format: Option<String>,
    /// The document's language: as the page states it (`<html lang>`, metadata), else as detected
    /// from its words ([`crate::language::detect`]: `"en"`, `"de"`, `"fr"`, …, `"und"` when
    /// undetermined); absent when there is too little text to tell.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// A remark on the record that is not an error: for a document not in English, that the claim
    /// rules read English only, so an empty `claims` does not mean the document makes no claims.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// The input's own fields, passed through as given: for a JSONL line, every field but `id`,
    /// `text` and `html` (`url`, `outlet`, `date`, anything else). Absent when empty.
    #[serde(default, skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub fields: std::collections::BTreeMap<String, serde_json::Value>,
    /// The page's URL (canonical link, metadata, or the WARC record's target), if known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// The encoding the bytes were decoded from, when it was not UTF-8 (`"windows-1252"`, …).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub encoding: Option<String>,
    /// The article body, paragraph by paragraph.
    pub body: Vec<TextPiece>,
    /// What stripping removed, each piece with the reason.
    pub removed: Vec<RemovedPiece>,
    /// The body's sentences.
    pub sentences: Vec<SentenceReport>,
    /// The claims found in the document.
    pub claims: Vec<ClaimReport>,
    /// Why the document could not be (fully) processed; `null` when all went well.
    pub error: Option<String>,
}

impl DocumentReport {
    /// Whether the record was made from an HTML page (`format == "html"`).
    pub fn is_html(&self) -> bool {
        self.format.as_deref() == Some("html")
    }

    /// The article text of an HTML record, which its sentences and claims point into: the title (when
    /// there is one) and the body paragraphs' texts, each followed by a newline. Each body piece's
    /// `at` is its range in this text. For a text record the sentences and claims point into the
    /// document itself and this returns `None`.
    pub fn article_text(&self) -> Option<String> {
        if !self.is_html() {
            return None;
        }
        let mut out = String::new();
        if let Some(t) = &self.title {
            out.push_str(t);
            out.push('\n');
        }
        for p in &self.body {
            out.push_str(&p.text);
            out.push('\n');
        }
        Some(out)
    }

    /// Checks the record's provenance against `text`, the decoded document it was made from.
    ///
    /// For a text document every span (body, removed pieces, sentences, and each claim's evidence,
    /// actor, addressee and content) must lie within `text` on character boundaries and hold exactly
    /// the piece's text; sentences are shown on one line, so they are compared with runs of white
    /// space folded.
    ///
    /// For an HTML page ([`DocumentReport::is_html`]) a body or removed piece's span covers its source
    /// element: it must lie within `text` on character boundaries, and the piece's words (runs of ASCII
    /// letters and digits) must appear in that order in the raw slice — its text is the decoded text,
    /// not the slice. Sentences and claims are checked exactly, as above, against
    /// [`DocumentReport::article_text`], and each body piece's `at` must hold its text there.
    /// Returns the first mismatch.
    ///
    /// Useful after storing, filtering or merging digests, and in tests.
    pub fn check_spans(&self, text: &str) -> Result<(), SpanMismatch> {
        let article = self.article_text();
        let derived: &str = article.as_deref().unwrap_or(text);
        let exact =
            |what: &'static str, span: Span, piece: &str| check_span(derived, what, span, piece, false);
        let folded =
            |what: &'static str, span: Span, piece: &str| check_span(derived, what, span, piece, true);
        if self.is_html() {
            self.body.iter().try_for_each(|p| check_covers(text, "body", p.span, &p.text))?;
            self.removed.iter().try_for_each(|p| check_covers(text, "removed", p.span, &p.text))?;
            for p in &self.body {
                let at = p.at.ok_or_else(|| SpanMismatch {
                    what: "body",
                    span: p.span,
                    problem: "an HTML body piece has no `at` range in the article text".to_owned(),
                })?;
                exact("body", at, &p.text)?;
            }
        } else {
            self.body.iter().try_for_each(|p| exact("body", p.span, &p.text))?;
            self.removed.iter().try_for_each(|p| exact("removed", p.span, &p.text))?;
        }
        self.sentences.iter().try_for_each(|s| folded("sentence", s.span, &s.text))?;
        for c in &self.claims {
            exact("evidence", c.evidence.span, &c.evidence.text)?;
            exact("actor", c.actor.span, c.actor.written())?;
            if let Some(a) = &c.addressee {
                exact("addressee", a.span, a.written())?;
            }
            if let Some(p) = &c.content {
                exact("content", p.span, &p.text)?;
            }
        }
        Ok(())
    }
}

/// An HTML piece's span must cover its element: in bounds, on character boundaries, and the piece's
/// ASCII words found in order in the raw slice (entities and markup may lie between them).
fn check_covers(text: &str, what: &'static str, span: Span, piece: &str) -> Result<(), SpanMismatch> {
    let fail = |problem: String| Err(SpanMismatch { what, span, problem });
    let [start, end] = span;
    if start > end || end > text.len() {
        return fail(format!("out of bounds of a {}-byte text", text.len()));
    }
    if !text.is_char_boundary(start) || !text.is_char_boundary(end) {
        return fail("not on character boundaries".to_owned());
    }
    let raw = &text[start..end];
    let mut at = 0;
    for word in piece.split(|c: char| !c.is_ascii_alphanumeric()).filter(|w| !w.is_empty()) {
        match raw[at..].find(word) {
            Some(i) => at += i + word.len(),
            None => return fail(format!("the element there does not hold the word {word:?} of {piece:?}")),
        }
    }
    Ok(())
}

/// A span of a [`DocumentReport`] that does not point at its text; see [`DocumentReport::check_spans`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{what} span {}..{}: {problem}", span[0], span[1])]
pub struct SpanMismatch {
    /// Which piece: `body`, `removed`, `sentence`, `evidence`, `actor`, `addressee` or `content`.
    pub what: &'static str,
    /// The span.
    pub span: Span,
    /// What is wrong with it.
    pub problem: String,
}

fn check_span(
    text: &str,
    what: &'static str,
    span: Span,
    piece: &str,
    fold: bool,
) -> Result<(), SpanMismatch> {
    let fail = |problem: String| Err(SpanMismatch { what, span, problem });
    let [start, end] = span;
    if start > end || end > text.len() {
        return fail(format!("out of bounds of a {}-byte text", text.len()));
    }
    if !text.is_char_boundary(start) || !text.is_char_boundary(end) {
        return fail("not on character boundaries".to_owned());
    }
    let at = &text[start..end];
    let same = if fold { at.split_whitespace().eq(piece.split_whitespace()) } else { at == piece };
    if !same {
        return fail(format!("the text there is {at:?}, the record says {piece:?}"));
    }
    Ok(())
}

/// A piece of kept text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TextPiece {
    /// The text.
    pub text: String,
    /// Byte span in the document.
    pub span: Span,
    /// 1-based line of the first byte.
    pub line: usize,
    /// `body`, `lede` or `subheading`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// HTML pages only: the piece's range in [`DocumentReport::article_text`], which sentences and
    /// claims point into (`span` covers the source element in the decoded HTML).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub at: Option<Span>,
}

/// A piece removed by stripping.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RemovedPiece {
    /// Why it was removed (`ad-marker`, `source-link`, `promo`, …).
    pub kind: String,
    /// The removed text.
    pub text: String,
    /// Byte span in the document.
    pub span: Span,
    /// 1-based line of the first byte.
    pub line: usize,
}

/// A sentence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SentenceReport {
    /// The sentence text, on one line: white space holding a line break is shown as one space.
    pub text: String,
    /// Byte span in the document.
    pub span: Span,
}

/// A mention of who made or received a claim.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MentionReport {
    /// Who, as an analyst reads it: the words of the text, or for a pronoun the name it refers
    /// to ("he" → "Scooter Braun").
    pub text: String,
    /// The words of the text at `span` when they differ from `text` (a resolved pronoun).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mention: Option<String>,
    /// The states or organisations behind it, in the order written (`["Russia"]`, `["Nebraska",
    /// "Oklahoma"]`); for a person speaking for no named side, the person's name; empty when
    /// unknown. Written `"norm": [...]` in the JSON.
    #[serde(rename = "norm", default)]
    pub norms: Vec<String>,
    /// The kind of actor, as a CAMEO role code (`GOV`, `OPP`, `JUD`, `COP`, …), when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// The CAMEO-style actor code (`RUSGOV`, `KENOPP`, `IGOWSTNAT`), when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// Byte span in the document.
    pub span: Span,
}

impl MentionReport {
    /// The words of the text at `span`.
    pub fn written(&self) -> &str {
        self.mention.as_deref().unwrap_or(&self.text)
    }

    /// Who it is in one cell of a table or CSV row: the norms joined by `"; "`, else the text.
    pub fn shown(&self) -> std::borrow::Cow<'_, str> {
        match &self.norms[..] {
            [] => std::borrow::Cow::Borrowed(&self.text),
            [one] => std::borrow::Cow::Borrowed(one),
            _ => std::borrow::Cow::Owned(self.norms_joined()),
        }
    }

    /// The norms in one cell (`"; "`-joined), empty when unknown.
    pub fn norms_joined(&self) -> String {
        self.norms.join("; ")
    }
}

/// A phrase of the text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PhraseReport {
    /// The words of the text.
    pub text: String,
    /// Byte span in the document.
    pub span: Span,
}

/// One claim: who did what act about what, of whom, and on what evidence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClaimReport {
    /// What was done: written `demand`, `reject`, `propose`, `accept`, `deny`, `warn` or
    /// `accuse` in JSON.
    pub act: newsclaim_extract::Act,
    /// CAMEO root code of the act.
    pub cameo: String,
    /// PLOVER category of the act.
    pub plover: String,
    /// Who.
    pub actor: MentionReport,
    /// Of whom it is demanded, to whom it is proposed, …
    pub addressee: Option<MentionReport>,
    /// What.
    pub content: Option<PhraseReport>,
    /// The sentence it was read from.
    pub evidence: PhraseReport,
    /// 1-based line of the evidence.
    pub line: usize,
    /// `quote`, `reported` or `plain`.
    pub attribution: String,
    /// The reporting verb (`said`, `told`, …), if any.
    pub reporting_verb: Option<String>,
    /// The act is negated ("did not reject").
    pub negated: bool,
    /// The act is hedged ("reportedly", "could").
    pub hedged: bool,
    /// The id of the rule that produced the claim.
    pub rule: String,
    /// The id of the cross-source claim cluster it belongs to.
    pub cluster: Option<String>,
}

/// Duplication across documents.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Duplicates {
    /// Groups of near-duplicate documents, by id.
    pub documents: Vec<Vec<DocId>>,
    /// Passages that occur in several documents.
    pub passages: Vec<PassageReport>,
}

/// A passage shared by several documents.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PassageReport {
    /// The passage text (as in its first occurrence).
    pub text: String,
    /// The documents it occurs in.
    #[serde(rename = "in")]
    pub in_docs: Vec<DocId>,
    /// Every occurrence: document and span.
    pub occurrences: Vec<Occurrence>,
}

/// Where a passage occurs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Occurrence {
    /// The document.
    pub doc: DocId,
    /// Byte span in it.
    pub span: Span,
}

/// A story: documents that report the same event.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoryReport {
    /// The id (`s1`, `s2`, …) that clusters' `story` fields name.
    pub id: String,
    /// The member documents, in input order.
    pub documents: Vec<DocId>,
    /// The outlets of the members, where known, sorted.
    pub outlets: Vec<String>,
    /// The earliest member date (`YYYY-MM-DD`), if any member is dated.
    pub first: Option<String>,
    /// The latest member date, if any member is dated.
    pub last: Option<String>,
    /// The headline of the most central member (or its first line when it has no title).
    pub headline: String,
}

/// A cross-source claim cluster.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClusterReport {
    /// The id (`c1`, `c2`, …) that members' `cluster` fields name.
    pub id: String,
    /// The id of the story its claims belong to.
    #[serde(default)]
    pub story: Option<String>,
    /// The act shared by the members (written as its word in JSON, like a claim's `act`).
    pub act: newsclaim_extract::Act,
    /// The actor (norm) of the representative claim.
    pub actor: String,
    /// The addressee (norm, or text) of the representative claim, if it has one.
    #[serde(default)]
    pub addressee: Option<String>,
    /// The representative wording: the content of the representative claim.
    pub summary: String,
    /// How many distinct documents report it.
    pub sources: usize,
    /// The members.
    pub members: Vec<ClusterMember>,
}

/// A member of a claim cluster.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClusterMember {
    /// The document.
    pub doc: DocId,
    /// Index of the claim in that document's `claims`.
    pub claim: usize,
}
