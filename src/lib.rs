//! newsclaim: who demanded or rejected what, from scraped news pages.

pub use newsclaim_tokenize as tokenize;
