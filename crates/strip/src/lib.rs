//! Boilerplate and ad stripping for scraped news text.
//!
//! Give a [`Stripper`] the text of one scraped page (one block per line, as scrapers dump it)
//! and it returns the [`Article`]: headline, date, byline, the kept [`Paragraph`]s, and every
//! [`Removed`] piece with the reason ([`JunkKind`]) it was removed. Every paragraph and removed
//! piece carries a byte span into the input, and together they account for every non-blank byte.
//!
//! ```
//! use newsclaim_strip::{JunkKind, Stripper};
//!
//! let page = "[ad_1]\n\
//!     Harbour talks resume after storm – Business\n\
//!     The port authority said on Monday that talks with the shipping companies would resume next week, after the storm delayed them.\n\
//!     Both sides said they expected an agreement before the summer season begins in the region./XYZ/\n\
//!     Leave a Reply\n\
//!     Source link\n";
//! let article = Stripper::default().strip(page);
//!
//! assert_eq!(article.title.as_ref().map(|t| &*t.text), Some("Harbour talks resume after storm"));
//! assert_eq!(article.paragraphs.len(), 2);
//! assert!(article.paragraphs[1].text.ends_with("region."));
//! for p in &article.paragraphs {
//!     assert_eq!(&page[p.span.clone()], p.text);
//! }
//! let kinds: Vec<&str> = article.removed.iter().map(|r| r.kind.as_str()).collect();
//! assert!(kinds.contains(&"ad-marker"));
//! assert!(kinds.contains(&"agency-tag"));
//! assert!(kinds.contains(&"comment-form"));
//! assert!(article.removed.iter().any(|r| r.kind == JunkKind::SourceLink && r.text == "Source link"));
//! ```
//!
//! # How it decides
//!
//! 1. Fragments are cut from inside lines: a leading `date 2022-01-26` metadata prefix (which
//!    fills [`Article::date`]), a trailing `/AGENCY/` tag, and section or outlet labels around
//!    the headline.
//! 2. Hard rules judge lines that are junk on their own: phrase lists (`data/junk_phrases.tsv`,
//!    matched with Aho–Corasick), ad slot markers, timestamps, photo credits, pipe-separated
//!    teasers, reader pitches (second person plus subscription words), bylines.
//! 3. A small two-stage logistic model (`data/model.txt`, trained by `examples/train.rs` on a
//!    boilerplate benchmark) scores the remaining lines from language-light features — length,
//!    stopword share for several languages (`data/stopwords/`), sentence punctuation,
//!    capitalisation, links, position — and the same features of neighbouring lines, since
//!    article text is contiguous.
//! 4. Context rules finish: the line above a photo credit is a caption, a bare name next to a
//!    timestamp is a byline, repeats keep only their best copy, short headings between kept
//!    paragraphs are kept as sub-headings.
//! 5. Sections that read like prose line by line are found by their structure
//!    (`data/sections.tsv`, see [`SectionCue`]): reader comments after a comment heading or a
//!    cluster of relative times, reply buttons and "said:" headers ([`JunkKind::Comment`]), and
//!    teaser lists under a "Related"-style heading or as a run of headlines after the article.
//! 6. On pages with little chrome every sentence-like line is kept, so clean articles pass whole.
//!
//! Corpus mode ([`Stripper::strip_with_siblings`] with a [`SiblingIndex`]) also removes lines
//! that recur across pages of the same outlet.
//!
//! All lists can be extended at runtime through [`StripperBuilder`].
//!
//! # HTML pages and encodings
//!
//! With the `html` feature, `Stripper::strip_html` reads a web page and returns the same
//! [`Article`] from the markup's structure and cues and the page's own metadata (JSON-LD,
//! OpenGraph, `<meta>`, `<html lang>`, canonical link); spans then cover the source elements in
//! the decoded HTML and texts are decoded. With the `encoding` feature (implied by `html`),
//! `decode` detects a page's charset and decodes it. [`looks_like_html`] tells HTML from text
//! dumps without either feature. See the README for how the HTML reader decides.

#![deny(missing_docs)]

mod article;
mod dates;
#[cfg(feature = "encoding")]
mod decode;
mod error;
mod fragments;
mod hash;
#[cfg(feature = "html")]
mod html;
mod kind;
mod lexicon;
mod lines;
#[cfg(feature = "training")]
pub mod model;
#[cfg(not(feature = "training"))]
mod model;
mod rules;
mod sections;
mod siblings;
mod stats;
mod stripper;

pub use article::{Article, Field, Paragraph, Removed, Role};
#[cfg(feature = "encoding")]
pub use decode::{decode, CharsetSource, Decoded};
pub use error::StripError;
pub use kind::JunkKind;
pub use lexicon::{PhraseMode, MAX_LANGUAGES};
pub use model::LineModel;
pub use sections::SectionCue;
pub use siblings::SiblingIndex;
pub use stripper::{Stripper, StripperBuilder};

/// Whether `bytes` look like an HTML document rather than a text dump: after white space and a
/// byte-order mark they start with `<!doctype html`, `<html` or `<?xml`, or their first 1024
/// bytes open at least two of `<html`, `<head>`, `<body`, `<meta `, `<title>`, `<div`, `<p>`.
/// Cheap (looks at 1 KB); available without the `html` feature.
///
/// ```
/// assert!(newsclaim_strip::looks_like_html(b"<!DOCTYPE html><html><body><p>Hi"));
/// assert!(!newsclaim_strip::looks_like_html(b"Talks resume\nThe port said <b> is bold."));
/// ```
pub fn looks_like_html(bytes: &[u8]) -> bool {
    sniff::looks_like_html(bytes)
}

mod sniff;

/// The README's examples run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
