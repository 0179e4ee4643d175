//! The cross-source sections of the digest: near-duplicate documents, shared passages and claim
//! clusters. The generic algorithms live in `newsclaim-dedup`; this module maps reports onto them.
//!
//! [`CrossSource`] sees each document record once, as it is produced, and keeps only what the
//! sections need (a MinHash signature per document, one hash per paragraph, and the act, actor and
//! content of each claim), so a stream of any length is digested in memory bounded by that state.

use crate::digest::{ClusterMember, ClusterReport, DocumentReport, Duplicates, Occurrence, PassageReport};
use crate::input::DocId;
use newsclaim_dedup::{
    cluster_claims, ClaimClusterConfig, ClaimKey, NearDuplicates, PassageIndex, Signature,
};

/// Passages shorter than this many words (datelines, "Read more") are not reported as shared.
const PASSAGE_MIN_WORDS: usize = 8;

/// The claim fields clustering needs, owned so that the document record can be dropped. Acts and
/// actors repeat across a corpus and are interned; only the content is stored per claim.
struct ClaimEntry {
    doc: u32,
    claim: u32,
    act: u32,
    actors: u32,
    content: Box<str>,
}

/// Strings stored once, referred to by index.
#[derive(Default)]
struct Interner {
    ids: std::collections::HashMap<Box<str>, u32>,
    strings: Vec<Box<str>>,
}

impl Interner {
    fn intern(&mut self, s: &str) -> u32 {
        if let Some(&id) = self.ids.get(s) {
            return id;
        }
        let id = self.strings.len() as u32;
        self.strings.push(s.into());
        self.ids.insert(s.into(), id);
        id
    }

    fn get(&self, id: u32) -> &str {
        &self.strings[id as usize]
    }
}

/// Accumulates, document by document, what the cross-source sections need.
pub struct CrossSource<'p> {
    near: &'p NearDuplicates,
    claim_config: &'p ClaimClusterConfig,
    /// Index of the first document of this accumulator in the whole stream.
    base: usize,
    ids: Vec<DocId>,
    /// Signatures of the documents with a body, and which document each belongs to.
    signatures: Vec<Signature>,
    signed_docs: Vec<u32>,
    passages: PassageIndex,
    claims: Vec<ClaimEntry>,
    strings: Interner,
}

/// The cross-source sections of a digest.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CrossSections {
    /// Near-duplicate documents and shared passages.
    pub duplicates: Duplicates,
    /// Claim clusters, the most widely reported first.
    pub clusters: Vec<ClusterReport>,
    /// (document index in the stream, claim index, cluster index) of every clustered claim.
    assignments: Vec<(usize, usize, usize)>,
}

impl CrossSections {
    /// Sets the `cluster` id of every clustered claim in `reports` (the records the sections were
    /// computed from, in the same order).
    pub fn assign(&self, reports: &mut [DocumentReport]) {
        for &(doc, claim, cluster) in &self.assignments {
            if let Some(c) = reports.get_mut(doc).and_then(|r| r.claims.get_mut(claim)) {
                c.cluster = Some(self.clusters[cluster].id.clone());
            }
        }
    }
}

impl<'p> CrossSource<'p> {
    /// An empty accumulator using these detectors, whose first document is document `base` of the
    /// stream (0 unless the stream is digested in epochs).
    pub fn new(near: &'p NearDuplicates, claim_config: &'p ClaimClusterConfig, base: usize) -> Self {
        CrossSource {
            near,
            claim_config,
            base,
            ids: Vec::new(),
            signatures: Vec::new(),
            signed_docs: Vec::new(),
            passages: PassageIndex::new(2, PASSAGE_MIN_WORDS),
            claims: Vec::new(),
            strings: Interner::default(),
        }
    }

    /// How many documents have been added.
    pub fn len(&self) -> usize {
        self.ids.len()
    }

    /// Whether no document has been added.
    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }

    /// Takes note of the next document's record.
    pub fn add(&mut self, report: &DocumentReport) {
        let doc = self.ids.len();
        self.ids.push(report.id.clone().unwrap_or(DocId::Number((self.base + doc) as i64)));
        if report.body.is_empty() {
            return;
        }
        let body: String = report.body.iter().map(|p| p.text.as_str()).collect::<Vec<_>>().join("\n");
        self.signatures.push(self.near.signature(&body));
        self.signed_docs.push(doc as u32);
        self.passages.add(doc, report.body.iter().map(|p| (p.span[0]..p.span[1], p.text.as_str())));
        for (claim, c) in report.claims.iter().enumerate() {
            let actors = if c.actor.norm.is_empty() { &c.actor.text } else { &c.actor.norm };
            let entry = ClaimEntry {
                doc: doc as u32,
                claim: claim as u32,
                act: self.strings.intern(&c.act),
                actors: self.strings.intern(actors),
                content: c.content.as_ref().map_or("", |p| p.text.as_str()).into(),
            };
            self.claims.push(entry);
        }
    }

    /// The sections over every document added.
    pub fn finish(self) -> CrossSections {
        let ids = &self.ids;
        let groups: Vec<Vec<usize>> = self
            .near
            .cluster_signatures(&self.signatures)
            .into_iter()
            .filter(|g| g.len() > 1)
            .map(|g| g.into_iter().map(|k| self.signed_docs[k] as usize).collect())
            .collect();
        let mut group_of = std::collections::HashMap::new();
        for (n, g) in groups.iter().enumerate() {
            for &d in g {
                group_of.insert(d, n);
            }
        }
        // A passage every copy of which lies in one group of near-duplicates says nothing new.
        let passages = self
            .passages
            .finish()
            .into_iter()
            .filter(|p| {
                let docs = p.documents();
                let first = group_of.get(&docs[0]);
                first.is_none() || docs.iter().any(|d| group_of.get(d) != first)
            })
            .map(|p| PassageReport {
                in_docs: p.documents().into_iter().map(|d| ids[d].clone()).collect(),
                occurrences: p
                    .occurrences
                    .iter()
                    .map(|(d, r)| Occurrence { doc: ids[*d].clone(), span: [r.start, r.end] })
                    .collect(),
                text: p.text,
            })
            .collect();
        let documents = groups.iter().map(|g| g.iter().map(|&d| ids[d].clone()).collect()).collect();

        let keys: Vec<ClaimKey<'_>> = self
            .claims
            .iter()
            .map(|c| ClaimKey {
                doc: c.doc as usize,
                act: self.strings.get(c.act),
                actors: self.strings.get(c.actors),
                content: &c.content,
            })
            .collect();
        let mut found = cluster_claims(&keys, self.claim_config);
        let distinct_docs = |members: &[usize]| {
            let mut docs: Vec<usize> = members.iter().map(|&m| keys[m].doc).collect();
            docs.sort_unstable();
            docs.dedup();
            docs.len()
        };
        // Most-reported first, then by first appearance, so ids are stable for the same input.
        found.sort_by_key(|c| (std::cmp::Reverse(distinct_docs(&c.members)), c.members[0]));
        let assignments = found
            .iter()
            .enumerate()
            .flat_map(|(n, c)| c.members.iter().map(move |&m| (n, m)))
            .map(|(n, m)| (self.base + self.claims[m].doc as usize, self.claims[m].claim as usize, n))
            .collect();
        let clusters = found
            .iter()
            .enumerate()
            .map(|(n, c)| {
                let rep = &self.claims[c.representative];
                ClusterReport {
                    id: format!("c{}", n + 1),
                    act: self.strings.get(rep.act).to_owned(),
                    actor: self.strings.get(rep.actors).to_owned(),
                    summary: rep.content.to_string(),
                    sources: distinct_docs(&c.members),
                    members: c
                        .members
                        .iter()
                        .map(|&m| ClusterMember {
                            doc: ids[self.claims[m].doc as usize].clone(),
                            claim: self.claims[m].claim as usize,
                        })
                        .collect(),
                }
            })
            .collect();
        CrossSections { duplicates: Duplicates { documents, passages }, clusters, assignments }
    }
}
