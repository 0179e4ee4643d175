//! A small CoNLL-U reader: the syntactic words of each sentence with their tags, heads and
//! relations, and base noun phrases derived from the trees.
//!
//! Multiword tokens (a line with id `1-2` and form `don't`) are skipped in favour of the syntactic words they cover
//! (`do`, `n't`), and empty nodes (`8.1`) are skipped; comments and blank lines separate nothing
//! but sentences.
//!
//! ```
//! use newsclaim_extract::tagger::{conllu, Upos};
//!
//! let text = "# text = I don't know.\n\
//!             1\tI\tI\tPRON\tPRP\t_\t4\tnsubj\t_\t_\n\
//!             2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n\
//!             2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t_\t_\n\
//!             3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n\
//!             4\tknow\tknow\tVERB\tVB\t_\t0\troot\t_\t_\n\
//!             5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n";
//! let sentences = conllu::parse(text)?;
//! assert_eq!(sentences[0].words(), ["I", "do", "n't", "know", "."]);
//! assert_eq!(sentences[0].tokens[2].tag.upos(), Upos::Part);
//! # Ok::<(), conllu::ConlluError>(())
//! ```

use super::tags::{Tag, Upos};
use super::Chunk;

/// A syntactic word of a CoNLL-U sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// The word form (column 2).
    pub form: String,
    /// The Penn tag (column 5) and Universal tag (column 4).
    pub tag: Tag,
    /// The index of the head word, 1-based; 0 for the root (column 7; 0 when absent).
    pub head: usize,
    /// The dependency relation to the head (column 8).
    pub deprel: String,
}

/// A sentence: its syntactic words in order.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Sentence {
    /// The syntactic words.
    pub tokens: Vec<Token>,
}

/// A line of CoNLL-U that could not be read.
///
/// ```
/// use newsclaim_extract::tagger::conllu;
///
/// let err = conllu::parse("1\tword\n").unwrap_err();
/// assert_eq!(err.line, 1);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("CoNLL-U line {line}: {message}")]
pub struct ConlluError {
    /// The 1-based line number.
    pub line: usize,
    /// What is wrong with it.
    pub message: &'static str,
}

/// Reads CoNLL-U text into sentences (see the [module](self) documentation).
///
/// A UPOS the tag set does not know is read as `X`; an unknown XPOS as `"_"`.
///
/// ```
/// use newsclaim_extract::tagger::conllu;
/// assert!(conllu::parse("").unwrap().is_empty());
/// ```
pub fn parse(text: &str) -> Result<Vec<Sentence>, ConlluError> {
    let mut sentences = Vec::new();
    let mut current = Sentence::default();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() {
            if !current.tokens.is_empty() {
                sentences.push(std::mem::take(&mut current));
            }
            continue;
        }
        if line.starts_with('#') {
            continue;
        }
        let err = |message| ConlluError { line: n + 1, message };
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() < 8 {
            return Err(err("fewer than 8 columns"));
        }
        let id = cols[0];
        if id.contains('-') || id.contains('.') {
            continue; // a multiword token or an empty node
        }
        let id: usize = id.parse().map_err(|_| err("bad word id"))?;
        if id != current.tokens.len() + 1 {
            return Err(err("word ids out of sequence"));
        }
        let upos = Upos::parse(cols[3]).unwrap_or(Upos::X);
        let head = if cols[6] == "_" { 0 } else { cols[6].parse().map_err(|_| err("bad head"))? };
        current.tokens.push(Token {
            form: cols[1].to_string(),
            tag: Tag::new(cols[4], upos),
            head,
            deprel: cols[7].to_string(),
        });
    }
    if !current.tokens.is_empty() {
        sentences.push(current);
    }
    Ok(sentences)
}

impl Sentence {
    /// The word forms.
    ///
    /// ```
    /// use newsclaim_extract::tagger::conllu;
    /// let s = &conllu::parse("1\tHi\thi\tINTJ\tUH\t_\t0\troot\t_\t_\n").unwrap()[0];
    /// assert_eq!(s.words(), ["Hi"]);
    /// ```
    pub fn words(&self) -> Vec<&str> {
        self.tokens.iter().map(|t| t.form.as_str()).collect()
    }

    /// The gold tags.
    ///
    /// ```
    /// use newsclaim_extract::tagger::{conllu, Upos};
    /// let s = &conllu::parse("1\tHi\thi\tINTJ\tUH\t_\t0\troot\t_\t_\n").unwrap()[0];
    /// assert_eq!(s.tags()[0].upos(), Upos::Intj);
    /// ```
    pub fn tags(&self) -> Vec<Tag> {
        self.tokens.iter().map(|t| t.tag).collect()
    }

    /// The base noun phrases of the dependency tree: each noun, proper noun or pronoun with the
    /// contiguous words that modify it from within the phrase — `det`, `amod`, `compound`,
    /// `nummod`, `nmod:poss` (with its `'s`), `nmod:desc` (a title), `flat`, `fixed`, an adverb
    /// on such a modifier and a hyphen between them. A phrase inside a larger one is not a phrase of its own.
    ///
    /// ```
    /// use newsclaim_extract::tagger::{conllu, Chunk};
    ///
    /// let text = "1\tthe\tthe\tDET\tDT\t_\t3\tdet\t_\t_\n\
    ///             2\tUnion\tUnion\tPROPN\tNNP\t_\t3\tnmod:poss\t_\t_\n\
    ///             3\tministers\tminister\tNOUN\tNNS\t_\t4\tnsubj\t_\t_\n\
    ///             4\tmet\tmeet\tVERB\tVBD\t_\t0\troot\t_\t_\n";
    /// let s = &conllu::parse(text)?[0];
    /// assert_eq!(s.np_chunks(), [Chunk { start: 0, end: 3 }]);
    /// # Ok::<(), conllu::ConlluError>(())
    /// ```
    pub fn np_chunks(&self) -> Vec<Chunk> {
        let n = self.tokens.len();
        let mut children: Vec<Vec<usize>> = vec![Vec::new(); n];
        for (i, t) in self.tokens.iter().enumerate() {
            if t.head >= 1 && t.head <= n && t.head - 1 != i {
                children[t.head - 1].push(i);
            }
        }
        let mut chunks = Vec::new();
        let mut inside = vec![false; n];
        let mut stack = Vec::new();
        for h in 0..n {
            if !self.tokens[h].tag.upos().is_nominal() {
                continue;
            }
            inside.iter_mut().for_each(|x| *x = false);
            inside[h] = true;
            stack.clear();
            stack.push(h);
            while let Some(p) = stack.pop() {
                let prel = self.tokens[p].deprel.as_str();
                for &c in &children[p] {
                    let t = &self.tokens[c];
                    let rel = t.deprel.as_str();
                    let base = rel.split(':').next().unwrap_or(rel);
                    let ok = (matches!(base, "det" | "amod" | "compound" | "nummod" | "flat" | "fixed")
                        && rel != "compound:prt")
                        || rel == "nmod:poss"
                        || rel == "nmod:desc"
                        || (rel == "case" && prel == "nmod:poss" && t.tag.xpos() == "POS")
                        || (base == "advmod" && matches!(prel, "amod" | "nummod" | "det"))
                        || (rel == "punct" && t.tag.xpos() == "HYPH");
                    if ok && !inside[c] {
                        inside[c] = true;
                        stack.push(c);
                    }
                }
            }
            let mut start = h;
            while start > 0 && inside[start - 1] {
                start -= 1;
            }
            let mut end = h + 1;
            while end < n && inside[end] {
                end += 1;
            }
            // A hyphen does not begin or end a phrase.
            while start < h && self.tokens[start].tag.xpos() == "HYPH" {
                start += 1;
            }
            while end > h + 1 && self.tokens[end - 1].tag.xpos() == "HYPH" {
                end -= 1;
            }
            chunks.push(Chunk { start, end });
        }
        chunks.sort_by_key(|c| (c.start, std::cmp::Reverse(c.end)));
        let mut kept: Vec<Chunk> = Vec::with_capacity(chunks.len());
        for c in chunks {
            if kept.last().is_none_or(|k| c.start >= k.end) {
                kept.push(c);
            }
        }
        kept
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const EU: &str = "1\tthe\tthe\tDET\tDT\t_\t3\tdet\t_\t_\n\
                      2\tEuropean\tEuropean\tADJ\tJJ\t_\t3\tamod\t_\t_\n\
                      3\tUnion\tUnion\tPROPN\tNNP\t_\t6\tnmod:poss\t_\t_\n\
                      4\t's\t's\tPART\tPOS\t_\t3\tcase\t_\t_\n\
                      5\tforeign\tforeign\tADJ\tJJ\t_\t6\tamod\t_\t_\n\
                      6\tministers\tminister\tNOUN\tNNS\t_\t7\tnsubj\t_\t_\n\
                      7\tmet\tmeet\tVERB\tVBD\t_\t0\troot\t_\t_\n\
                      8\tin\tin\tADP\tIN\t_\t9\tcase\t_\t_\n\
                      9\tBrussels\tBrussels\tPROPN\tNNP\t_\t7\tobl\t_\t_\n\
                      10\t.\t.\tPUNCT\t.\t_\t7\tpunct\t_\t_\n\n";

    #[test]
    fn possessives_join_their_phrase() {
        let s = &parse(EU).unwrap()[0];
        assert_eq!(s.np_chunks(), [Chunk { start: 0, end: 6 }, Chunk { start: 8, end: 9 }]);
    }

    #[test]
    fn empty_nodes_and_ranges_are_skipped() {
        let text = "1-2\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n\
                    1\tdo\tdo\tAUX\tVBP\t_\t0\troot\t_\t_\n\
                    1.1\tgo\tgo\tVERB\tVB\t_\t_\t_\t0:root\t_\n\
                    2\tn't\tnot\tPART\tRB\t_\t1\tadvmod\t_\t_\n";
        let s = parse(text).unwrap();
        assert_eq!(s.len(), 1);
        assert_eq!(s[0].words(), ["do", "n't"]);
    }

    #[test]
    fn bad_lines_are_errors() {
        assert_eq!(parse("x\ty\tz\tNOUN\tNN\t_\t0\troot\n").unwrap_err().message, "bad word id");
        assert!(parse("2\ty\tz\tNOUN\tNN\t_\t0\troot\n").is_err());
        assert!(parse("1\ty\tz\tNOUN\tNN\t_\tfoo\troot\n").is_err());
    }
}
