//! The tag set: Universal POS tags ([`Upos`]) and Penn Treebank tags, paired in a [`Tag`].

use std::fmt;

/// A Universal Dependencies part-of-speech tag (UPOS, the 17 tags of UD v2).
///
/// ```
/// use newsclaim_extract::tagger::Upos;
///
/// assert_eq!(Upos::parse("PROPN"), Some(Upos::Propn));
/// assert_eq!(Upos::Propn.as_str(), "PROPN");
/// assert_eq!(Upos::parse("propn"), None);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[repr(u8)]
#[non_exhaustive]
pub enum Upos {
    /// Adjective.
    Adj,
    /// Adposition (preposition, postposition).
    Adp,
    /// Adverb.
    Adv,
    /// Auxiliary verb.
    Aux,
    /// Coordinating conjunction.
    Cconj,
    /// Determiner.
    Det,
    /// Interjection.
    Intj,
    /// Noun.
    Noun,
    /// Numeral.
    Num,
    /// Particle.
    Part,
    /// Pronoun.
    Pron,
    /// Proper noun.
    Propn,
    /// Punctuation.
    Punct,
    /// Subordinating conjunction.
    Sconj,
    /// Symbol.
    Sym,
    /// Verb.
    Verb,
    /// Other.
    X,
}

const UPOS: [(Upos, &str); 17] = [
    (Upos::Adj, "ADJ"),
    (Upos::Adp, "ADP"),
    (Upos::Adv, "ADV"),
    (Upos::Aux, "AUX"),
    (Upos::Cconj, "CCONJ"),
    (Upos::Det, "DET"),
    (Upos::Intj, "INTJ"),
    (Upos::Noun, "NOUN"),
    (Upos::Num, "NUM"),
    (Upos::Part, "PART"),
    (Upos::Pron, "PRON"),
    (Upos::Propn, "PROPN"),
    (Upos::Punct, "PUNCT"),
    (Upos::Sconj, "SCONJ"),
    (Upos::Sym, "SYM"),
    (Upos::Verb, "VERB"),
    (Upos::X, "X"),
];

impl Upos {
    /// The tag as written in CoNLL-U (`"NOUN"`, `"PROPN"`, …).
    ///
    /// ```
    /// assert_eq!(newsclaim_extract::tagger::Upos::Cconj.as_str(), "CCONJ");
    /// ```
    pub fn as_str(self) -> &'static str {
        UPOS[self as usize].1
    }

    /// Reads a tag as written in CoNLL-U (upper case); `None` for anything else.
    ///
    /// ```
    /// use newsclaim_extract::tagger::Upos;
    /// assert_eq!(Upos::parse("VERB"), Some(Upos::Verb));
    /// assert_eq!(Upos::parse("VB"), None);
    /// ```
    pub fn parse(s: &str) -> Option<Upos> {
        UPOS.iter().find(|(_, name)| *name == s).map(|(u, _)| *u)
    }

    pub(crate) fn from_index(i: u8) -> Option<Upos> {
        UPOS.get(i as usize).map(|(u, _)| *u)
    }

    /// Whether the tag is a noun, a proper noun or a pronoun (a possible head of a noun phrase).
    ///
    /// ```
    /// use newsclaim_extract::tagger::Upos;
    /// assert!(Upos::Pron.is_nominal());
    /// assert!(!Upos::Adj.is_nominal());
    /// ```
    pub fn is_nominal(self) -> bool {
        matches!(self, Upos::Noun | Upos::Propn | Upos::Pron)
    }
}

impl fmt::Display for Upos {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The Penn Treebank tags (as used in English-EWT's XPOS column), then `XX` and `_` (none).
pub(crate) const PENN: [&str; 52] = [
    "$", "''", ",", "-LRB-", "-RRB-", ".", ":", "ADD", "AFX", "CC", "CD", "DT", "EX", "FW", "GW", "HYPH",
    "IN", "JJ", "JJR", "JJS", "LS", "MD", "NFP", "NN", "NNP", "NNPS", "NNS", "PDT", "POS", "PRP", "PRP$",
    "RB", "RBR", "RBS", "RP", "SYM", "TO", "UH", "VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "WDT", "WP", "WP$",
    "WRB", "``", "#", "XX", "_",
];
const NO_XPOS: u8 = (PENN.len() - 1) as u8;

/// A part-of-speech tag: a Penn Treebank tag (XPOS) together with its Universal tag (UPOS).
///
/// The tagger predicts the pair, so `upos()` and `xpos()` agree with each other as they do in
/// the treebank (`"that"` can be `WDT`/`PRON`, `IN`/`SCONJ` or `DT`/`DET`). A tag is two bytes.
///
/// ```
/// use newsclaim_extract::tagger::{Tag, Upos};
///
/// let tag = Tag::new("NNS", Upos::Noun);
/// assert_eq!(tag.xpos(), "NNS");
/// assert_eq!(tag.upos(), Upos::Noun);
/// assert_eq!(tag.to_string(), "NNS/NOUN");
/// // A Penn tag outside the tag set is kept as "_" (no XPOS).
/// assert_eq!(Tag::new("NN-TITLE", Upos::Noun).xpos(), "_");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Tag {
    xpos: u8,
    upos: Upos,
}

impl Tag {
    /// The tag with Penn tag `xpos` and Universal tag `upos`; a Penn tag the tag set does not
    /// know becomes `"_"`.
    ///
    /// ```
    /// use newsclaim_extract::tagger::{Tag, Upos};
    /// assert_eq!(Tag::new("VBD", Upos::Verb).xpos(), "VBD");
    /// ```
    pub fn new(xpos: &str, upos: Upos) -> Tag {
        let xpos = PENN.iter().position(|p| *p == xpos).map_or(NO_XPOS, |i| i as u8);
        Tag { xpos, upos }
    }

    /// The Universal Dependencies tag.
    ///
    /// ```
    /// use newsclaim_extract::tagger::{Tag, Upos};
    /// assert_eq!(Tag::new("MD", Upos::Aux).upos(), Upos::Aux);
    /// ```
    pub fn upos(self) -> Upos {
        self.upos
    }

    /// The Penn Treebank tag (`"NN"`, `"VBD"`, `"PRP$"`, …; `"_"` when there is none).
    ///
    /// ```
    /// use newsclaim_extract::tagger::{Tag, Upos};
    /// assert_eq!(Tag::new("PRP$", Upos::Pron).xpos(), "PRP$");
    /// ```
    pub fn xpos(self) -> &'static str {
        PENN[self.xpos as usize]
    }

    pub(crate) fn to_pair(self) -> (u8, u8) {
        (self.xpos, self.upos as u8)
    }

    pub(crate) fn from_pair(xpos: u8, upos: u8) -> Option<Tag> {
        if (xpos as usize) < PENN.len() {
            Some(Tag { xpos, upos: Upos::from_index(upos)? })
        } else {
            None
        }
    }

    /// The tag as one number (for hashing into features).
    pub(crate) fn code(self) -> u64 {
        ((self.xpos as u64) << 8) | self.upos as u64
    }
}

impl fmt::Display for Tag {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.xpos(), self.upos)
    }
}
