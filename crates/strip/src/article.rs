//! The article a page is reduced to.

use std::borrow::Cow;
use std::ops::Range;

use crate::JunkKind;

/// Spans as `[start, end]` arrays, the format of every serialized type in newsclaim.
#[cfg(feature = "serde")]
fn span_as_array<S: serde::Serializer>(span: &Range<usize>, serializer: S) -> Result<S::Ok, S::Error> {
    serde::Serialize::serialize(&[span.start, span.end], serializer)
}

/// A piece of metadata found on the page, with its byte span in the input.
///
/// From a text page the text is borrowed (`text == &input[span]`). From an HTML page it is the
/// decoded, whitespace-folded text and the span covers the element or attribute it came from
/// (an empty span at 0 for metadata that has no single source, such as a JSON-LD field).
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Field<'a> {
    /// The text.
    pub text: Cow<'a, str>,
    /// Byte range in the input (serialized as `[start, end]`).
    #[cfg_attr(feature = "serde", serde(serialize_with = "span_as_array"))]
    pub span: Range<usize>,
}

/// What a kept paragraph is within the article.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize), serde(rename_all = "lowercase"))]
#[non_exhaustive]
pub enum Role {
    /// Ordinary body text.
    Body,
    /// The first paragraph right under the headline.
    Lede,
    /// A short heading inside the body.
    Subheading,
}

impl Role {
    /// The lower-case name of the role (`"body"`, `"lede"`, `"subheading"`).
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Body => "body",
            Role::Lede => "lede",
            Role::Subheading => "subheading",
        }
    }
}

/// A kept paragraph of article text.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Paragraph<'a> {
    /// The text. From a text page it is borrowed from the input (`text == &input[span]`) and cut
    /// fragments are not part of it; from an HTML page it is the element's decoded text with runs
    /// of white space folded to one space, and the span covers the element in the decoded HTML.
    pub text: Cow<'a, str>,
    /// Byte range in the input (serialized as `[start, end]`).
    #[cfg_attr(feature = "serde", serde(serialize_with = "span_as_array"))]
    pub span: Range<usize>,
    /// 1-based line number of the paragraph in the input.
    pub line: usize,
    /// Body, lede or sub-heading.
    pub role: Role,
}

/// A removed line or fragment, with the reason it was removed.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Removed<'a> {
    /// Why it was removed.
    pub kind: JunkKind,
    /// The removed text: borrowed from a text page (`text == &input[span]`), the decoded text of
    /// the element for an HTML page (see [`Paragraph::text`]).
    pub text: Cow<'a, str>,
    /// Byte range in the input (serialized as `[start, end]`).
    #[cfg_attr(feature = "serde", serde(serialize_with = "span_as_array"))]
    pub span: Range<usize>,
    /// 1-based line number in the input.
    pub line: usize,
}

/// The article found in one page: metadata, kept paragraphs and everything removed.
///
/// Every non-blank byte of the input lies in exactly one kept paragraph or one removed piece
/// (the headline is reported both in [`Article::title`] and as a [`JunkKind::Title`] removal,
/// since it is not body text).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Article<'a> {
    /// The headline, without section or outlet labels.
    pub title: Option<Field<'a>>,
    /// Publication date as `YYYY-MM-DD`, when the page states one.
    pub date: Option<String>,
    /// The author line (the name, when it can be isolated).
    pub byline: Option<Field<'a>>,
    /// The outlet name, when the headline carries it as a suffix (or, for HTML, the page's
    /// `og:site_name` or JSON-LD publisher).
    pub outlet: Option<Field<'a>>,
    /// The page's language (`<html lang>`, `og:locale`, JSON-LD `inLanguage`), HTML only.
    pub language: Option<String>,
    /// The page's canonical URL (`<link rel=canonical>`, `og:url`, JSON-LD `url`), HTML only.
    pub url: Option<String>,
    /// The article text, in page order.
    pub paragraphs: Vec<Paragraph<'a>>,
    /// Everything removed, in page order.
    pub removed: Vec<Removed<'a>>,
}

impl Article<'_> {
    /// The kept paragraphs joined by newlines.
    pub fn body_text(&self) -> String {
        let mut out = String::new();
        for (i, p) in self.paragraphs.iter().enumerate() {
            if i > 0 {
                out.push('\n');
            }
            out.push_str(&p.text);
        }
        out
    }
}
