//! # newsclaim
//!
//! Who demanded or rejected what — with every source. The facade wires the stage crates into one
//! [`Pipeline`] and reports a serde [`Digest`]:
//!
//! ```text
//! bytes ─► strip ─► title, date, byline, body paragraphs, removed pieces (with reasons)
//!                    body ─► tokenize ─► sentences ─► extract ─► claims (spans into the input)
//! all documents ─► dedup ─► near-duplicate documents · shared passages · claim clusters
//! ```
//!
//! | stage | crate | use it alone for |
//! |---|---|---|
//! | tokenize | [`tokenize`] (`newsclaim-tokenize`) | zero-copy words and sentences with byte spans |
//! | strip | [`strip`] (`newsclaim-strip`) | the article in a scraped page, and what was junk |
//! | extract | [`extract`] (`newsclaim-extract`) | claims: act, actor, addressee, content, evidence |
//! | dedup | [`dedup`] (`newsclaim-dedup`) | near-duplicates, shared passages, claim clusters |
//!
//! ```
//! use newsclaim::{Document, Pipeline};
//!
//! let page = "[ad_1]\n\
//!     Russia on Tuesday demanded that NATO halt its eastward expansion, officials in Moscow said.\n\
//!     The alliance is expected to answer in writing next week, according to diplomats in Brussels.\n\
//!     Source link\n";
//! let digest = Pipeline::default().run([Document::from_text("outlet-a.txt", page)]);
//! let a = &digest.documents[0];
//! assert!(a.body[0].text.starts_with("Russia on Tuesday demanded"));
//! assert!(a.removed.iter().any(|r| r.kind == "ad-marker"));
//! assert!(a.removed.iter().any(|r| r.kind == "source-link"));
//! let claim = &a.claims[0];
//! assert_eq!((claim.act.as_str(), &claim.actor.norms[..]), ("demand", &["Russia".to_owned()][..]));
//! // Every piece of output points back into its input.
//! assert_eq!(&page[claim.evidence.span[0]..claim.evidence.span[1]], claim.evidence.text);
//! ```
//!
//! Documents in = documents out: a document that cannot be read, is empty or is not UTF-8 still gets
//! a record, with an `error` saying what is wrong ([`Digest::failed`] counts them). For inputs larger
//! than memory, [`Pipeline::run_streaming`] hands each record over as soon as it is done and keeps only
//! the state the cross-source sections need. Readers for folders and JSONL are in [`input`], for WARC
//! files in [`warc`]; a terminal table and Markdown are in [`render`]; the language of each document
//! is told by [`language`]. The `newsclaim` command is [`cli`] (the default-on `cli` feature; turn it
//! off with `default-features = false` to use the library alone). HTML pages are read by
//! [`Stripper::strip_html`](newsclaim_strip::Stripper::strip_html): see [`digest::DocumentReport`] for
//! what their spans point into.

#![deny(missing_docs)]

#[cfg(feature = "cli")]
pub mod cli;
pub mod cross;
pub mod digest;
pub mod input;
pub mod language;
mod pipeline;
pub mod render;
pub mod warc;

pub use cross::CrossSections;
pub use digest::Digest;
pub use input::{Content, DocId, Document, InputFormat};
pub use newsclaim_dedup as dedup;
pub use newsclaim_extract as extract;
pub use newsclaim_strip as strip;
pub use newsclaim_tokenize as tokenize;
pub use pipeline::{Pipeline, PipelineBuilder, Record};

/// The README's Rust example, compiled and run as a doctest.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
