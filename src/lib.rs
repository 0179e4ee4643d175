//! newsclaim: who demanded or rejected what, from scraped news pages.
//!
//! The facade wires the stage crates into one [`Pipeline`] and reports a serde [`Digest`].

#![deny(missing_docs)]

pub mod digest;
pub mod input;
mod pipeline;
pub mod render;

pub use digest::Digest;
pub use input::{Content, DocId, Document};
pub use newsclaim_tokenize as tokenize;
pub use pipeline::{Pipeline, PipelineBuilder};
