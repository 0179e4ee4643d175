//! The article a page is reduced to.

use std::ops::Range;

use crate::JunkKind;

/// A piece of metadata found on the page, with its byte span in the input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field<'a> {
    /// The text, borrowed from the input (`text == &input[span]`).
    pub text: &'a str,
    /// Byte range in the input.
    pub span: Range<usize>,
}

/// What a kept paragraph is within the article.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
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
pub struct Paragraph<'a> {
    /// The text, borrowed from the input (`text == &input[span]`); cut fragments are not part of it.
    pub text: &'a str,
    /// Byte range in the input.
    pub span: Range<usize>,
    /// 1-based line number of the paragraph in the input.
    pub line: usize,
    /// Body, lede or sub-heading.
    pub role: Role,
}

/// A removed line or fragment, with the reason it was removed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Removed<'a> {
    /// Why it was removed.
    pub kind: JunkKind,
    /// The removed text, borrowed from the input (`text == &input[span]`).
    pub text: &'a str,
    /// Byte range in the input.
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
pub struct Article<'a> {
    /// The headline, without section or outlet labels.
    pub title: Option<Field<'a>>,
    /// Publication date as `YYYY-MM-DD`, when the page states one.
    pub date: Option<String>,
    /// The author line (the name, when it can be isolated).
    pub byline: Option<Field<'a>>,
    /// The outlet name, when the headline carries it as a suffix.
    pub outlet: Option<Field<'a>>,
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
            out.push_str(p.text);
        }
        out
    }
}
