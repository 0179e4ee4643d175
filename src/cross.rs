//! The cross-source sections of the digest: near-duplicate documents, shared passages, stories and
//! claim clusters within stories. The generic algorithms live in `newsclaim-dedup`; this module
//! maps reports onto them.
//!
//! [`CrossSource`] sees each document record once, as it is produced, and keeps only what the
//! sections need (a MinHash signature and a story profile per document, one hash per paragraph,
//! and the act, actor, addressee and content of each claim), so a stream of any length is
//! digested in memory bounded by that state. Stories are found first (near-duplicates are sure
//! links between them); each claim then carries its document's story, and claims cluster only
//! within a story unless the claim clustering settings say otherwise.

use crate::digest::{
    ClusterMember, ClusterReport, DocumentReport, Duplicates, MentionReport, Occurrence, PassageReport,
    StoryReport,
};
use crate::input::DocId;
use newsclaim_dedup::{
    cluster_claims, group_profiles, ClaimClusterConfig, ClaimKey, NearDuplicates, PassageIndex, Signature,
    StoryConfig, StoryDoc, StoryProfile,
};

/// Passages shorter than this many words (datelines, "Read more") are not reported as shared.
const PASSAGE_MIN_WORDS: usize = 8;

/// The claim fields clustering needs, owned so that the document record can be dropped. Acts and
/// actors repeat across a corpus and are interned; only the content is stored per claim.
struct ClaimEntry {
    doc: u32,
    claim: u32,
    /// The act, typed, and as the clusterer compares it (interned).
    act_kind: newsclaim_extract::Act,
    act: u32,
    /// The actor as shown (norm, else text).
    actors: u32,
    /// The actor as compared: its norms and its text (a list in `name_lists`).
    actor_key: u32,
    /// The addressee as shown (norm, else text; empty when none).
    addressees: u32,
    /// The addressee as compared: norms and text (a list in `name_lists`; empty when none or
    /// the actor itself).
    addressee_key: u32,
    /// The actor's and the addressee's surnames (interned, lower case) with their norms (a list
    /// in `name_lists`), for sharing what one outlet says of a person with the others of its
    /// story; `NO_NAME` when the text ends in no name.
    actor_person: (u32, u32),
    addressee_person: (u32, u32),
    negated: bool,
    content: Box<str>,
}

/// What a story needs of one document: its profile, outlet, date and a headline.
struct StoryEntry {
    profile: StoryProfile,
    outlet: Option<u32>,
    headline: Box<str>,
}

/// No surname: the mention's text does not end in a capitalised word.
const NO_NAME: u32 = u32::MAX;

/// The surname a mention's text ends with ("Rep. Michael Conaway", "Mr. Conaway’s office" →
/// "conaway"), lower-cased; `None` when it ends in no capitalised word. A pronoun's is that of
/// whom the extractor took it for ("he" read as "Mitch McConnell").
fn surname(m: &MentionReport) -> Option<String> {
    let text = &m.text;
    let last = text.split_whitespace().rev().find(|w| !matches!(*w, "office" | "team" | "campaign"))?;
    let last = last.trim_matches(|c: char| !c.is_alphanumeric() && c != '’' && c != '\'');
    let last = ["’s", "'s", "’", "'"].iter().find_map(|p| last.strip_suffix(p)).unwrap_or(last);
    (last.len() > 1
        && last.chars().next().is_some_and(char::is_uppercase)
        && last.chars().all(char::is_alphabetic))
    .then(|| last.to_lowercase())
}

/// How a mention is compared: norms and text both identify ("Missouri Rep. Todd Akin", whose
/// norm is "Missouri", is Akin).
fn compared(m: &MentionReport) -> Vec<&str> {
    let mut names: Vec<&str> = m.norms.iter().map(String::as_str).collect();
    if !names.contains(&m.text.as_str()) {
        names.push(&m.text);
    }
    names
}

/// Headlines longer than this many characters are cut (at a word) in the stories section.
const HEADLINE_CHARS: usize = 120;

/// The title, else the first line of the body, cut at a word near [`HEADLINE_CHARS`].
fn headline(report: &DocumentReport) -> String {
    let text = report
        .title
        .as_deref()
        .or_else(|| report.body.first().map(|p| p.text.lines().next().unwrap_or("")))
        .unwrap_or("")
        .trim();
    if text.chars().count() <= HEADLINE_CHARS {
        return text.to_owned();
    }
    let cut: String = text.chars().take(HEADLINE_CHARS).collect();
    let at = cut.rfind(' ').unwrap_or(cut.len());
    format!("{}…", cut[..at].trim_end())
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

    /// A list of strings, as one id of `lists`.
    fn intern_list(&mut self, lists: &mut ListInterner, items: &[&str]) -> u32 {
        let ids: Box<[u32]> = items.iter().map(|s| self.intern(s)).collect();
        if let Some(&id) = lists.ids.get(&ids) {
            return id;
        }
        let id = lists.lists.len() as u32;
        lists.lists.push(ids.clone());
        lists.ids.insert(ids, id);
        id
    }
}

/// Lists of interned strings (names of one actor), stored once, referred to by index.
#[derive(Default)]
struct ListInterner {
    ids: std::collections::HashMap<Box<[u32]>, u32>,
    lists: Vec<Box<[u32]>>,
}

/// Accumulates, document by document, what the cross-source sections need.
pub struct CrossSource<'p> {
    near: &'p NearDuplicates,
    claim_config: &'p ClaimClusterConfig,
    story_config: &'p StoryConfig,
    /// Index of the first document of this accumulator in the whole stream.
    base: usize,
    ids: Vec<DocId>,
    /// Signatures of the documents with a body, and which document each belongs to.
    signatures: Vec<Signature>,
    signed_docs: Vec<u32>,
    passages: PassageIndex,
    claims: Vec<ClaimEntry>,
    /// Story data of each signed document (parallel to `signed_docs`).
    story_entries: Vec<StoryEntry>,
    strings: Interner,
    name_lists: ListInterner,
}

/// A document record's signature, story profile and headline, made by [`CrossSource::prepare`]
/// (none when the record has no body).
#[derive(Debug)]
pub struct PreparedDocument {
    story: Option<Box<(Signature, StoryProfile, Box<str>)>>,
}

/// The cross-source sections of a digest.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CrossSections {
    /// Near-duplicate documents and shared passages.
    pub duplicates: Duplicates,
    /// Stories: documents reporting the same event, the most widely reported first.
    pub stories: Vec<StoryReport>,
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
    pub fn new(
        near: &'p NearDuplicates,
        claim_config: &'p ClaimClusterConfig,
        story_config: &'p StoryConfig,
        base: usize,
    ) -> Self {
        CrossSource {
            near,
            claim_config,
            story_config,
            base,
            ids: Vec::new(),
            signatures: Vec::new(),
            signed_docs: Vec::new(),
            passages: PassageIndex::new(2, PASSAGE_MIN_WORDS),
            claims: Vec::new(),
            story_entries: Vec::new(),
            strings: Interner::default(),
            name_lists: ListInterner::default(),
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

    /// What [`add_prepared`](Self::add_prepared) needs of a record besides the record itself: its
    /// MinHash signature and story profile, the costly part, computed from the record alone. It
    /// takes `&self`, so a batch of records can be prepared in parallel before they are added in
    /// order.
    pub fn prepare(&self, report: &DocumentReport) -> PreparedDocument {
        if report.body.is_empty() {
            return PreparedDocument { story: None };
        }
        let body: String = report.body.iter().map(|p| p.text.as_str()).collect::<Vec<_>>().join("\n");
        let names: Vec<&str> = report
            .claims
            .iter()
            .flat_map(|c| std::iter::once(&c.actor).chain(c.addressee.as_ref()))
            .flat_map(|m| m.norms.iter().map(String::as_str))
            .collect();
        let story_doc =
            StoryDoc { text: &body, title: report.title.as_deref(), date: report.date.as_deref(), names };
        let story =
            (self.near.signature(&body), self.story_config.profile(&story_doc), headline(report).into());
        PreparedDocument { story: Some(Box::new(story)) }
    }

    /// Takes note of the next document's record.
    pub fn add(&mut self, report: &DocumentReport) {
        let prepared = self.prepare(report);
        self.add_prepared(report, prepared);
    }

    /// Takes note of the next document's record, with what [`prepare`](Self::prepare) made of it.
    pub fn add_prepared(&mut self, report: &DocumentReport, prepared: PreparedDocument) {
        let doc = self.ids.len();
        self.ids.push(report.id.clone().unwrap_or(DocId::Number((self.base + doc) as i64)));
        let Some(story) = prepared.story else { return };
        let (signature, profile, headline) = *story;
        self.signatures.push(signature);
        self.signed_docs.push(doc as u32);
        self.passages.add(doc, report.body.iter().map(|p| (p.span[0]..p.span[1], p.text.as_str())));
        let outlet = report.outlet.as_deref().map(|o| self.strings.intern(o));
        self.story_entries.push(StoryEntry { profile, outlet, headline });
        for (claim, c) in report.claims.iter().enumerate() {
            let actors = c.actor.shown().into_owned();
            let addressees = c.addressee.as_ref().map(|a| a.shown().into_owned()).unwrap_or_default();
            // An addressee that is the actor itself is a misreading: it constrains nothing.
            let addressee_key = match &c.addressee {
                Some(a) if a.text != c.actor.text && (a.norms.is_empty() || a.norms != c.actor.norms) => {
                    compared(a)
                }
                _ => Vec::new(),
            };
            let mut person = |m: Option<&MentionReport>| match m.and_then(|m| Some((m, surname(m)?))) {
                Some((m, name)) => {
                    let norms: Vec<&str> = m.norms.iter().map(String::as_str).collect();
                    (self.strings.intern(&name), self.strings.intern_list(&mut self.name_lists, &norms))
                }
                None => (NO_NAME, NO_NAME),
            };
            let actor_person = person(Some(&c.actor));
            let addressee_person = person(c.addressee.as_ref().filter(|_| !addressee_key.is_empty()));
            let entry = ClaimEntry {
                doc: doc as u32,
                claim: claim as u32,
                act_kind: c.act,
                act: self.strings.intern(c.act.as_str()),
                actors: self.strings.intern(&actors),
                actor_key: self.strings.intern_list(&mut self.name_lists, &compared(&c.actor)),
                addressees: self.strings.intern(&addressees),
                addressee_key: self.strings.intern_list(&mut self.name_lists, &addressee_key),
                actor_person,
                addressee_person,
                negated: c.negated,
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

        // Stories over the signed documents; near-duplicates are sure links.
        let signed_index: std::collections::HashMap<usize, usize> =
            self.signed_docs.iter().enumerate().map(|(k, &d)| (d as usize, k)).collect();
        let links: Vec<(usize, usize)> = groups
            .iter()
            .flat_map(|g| g.windows(2).map(|w| (signed_index[&w[0]], signed_index[&w[1]])))
            .collect();
        let profiles: Vec<StoryProfile> = self.story_entries.iter().map(|e| e.profile.clone()).collect();
        let mut found_stories = group_profiles(&profiles, &links, self.story_config);
        // Most documents first, then by first document, so ids are stable for the same input.
        found_stories.sort_by_key(|s| (std::cmp::Reverse(s.members.len()), s.members[0]));
        let mut story_of_doc = vec![usize::MAX; ids.len()];
        let stories: Vec<StoryReport> = found_stories
            .iter()
            .enumerate()
            .map(|(n, s)| {
                for &k in &s.members {
                    story_of_doc[self.signed_docs[k] as usize] = n;
                }
                let mut outlets: Vec<String> = s
                    .members
                    .iter()
                    .filter_map(|&k| self.story_entries[k].outlet)
                    .map(|o| self.strings.get(o).to_owned())
                    .collect();
                outlets.sort();
                outlets.dedup();
                StoryReport {
                    id: format!("s{}", n + 1),
                    documents: s.members.iter().map(|&k| ids[self.signed_docs[k] as usize].clone()).collect(),
                    outlets,
                    first: s.first.clone(),
                    last: s.last.clone(),
                    headline: self.story_entries[s.central].headline.to_string(),
                }
            })
            .collect();

        // What the outlets of a story say of one person ("Rep. Michael Conaway, R-Texas" in one,
        // "Mr. Conaway" in another): every norm any of them gives the surname is the person's,
        // so that the same person's claims are one actor's in every outlet.
        let mut person_norms: std::collections::HashMap<(usize, u32), Vec<u32>> =
            std::collections::HashMap::new();
        for c in &self.claims {
            let story = story_of_doc[c.doc as usize];
            for (name, norms) in [c.actor_person, c.addressee_person] {
                if name != NO_NAME {
                    let known = person_norms.entry((story, name)).or_default();
                    known.extend(self.name_lists.lists[norms as usize].iter());
                    known.sort_unstable();
                    known.dedup();
                }
            }
        }
        let resolve = |list: u32| -> Vec<&str> {
            self.name_lists.lists[list as usize].iter().map(|&id| self.strings.get(id)).collect()
        };
        let with_person = |list: u32, (name, _): (u32, u32), story: usize| -> Vec<&str> {
            let mut names = resolve(list);
            if let Some(known) = person_norms.get(&(story, name)) {
                for &id in known {
                    let norm = self.strings.get(id);
                    if !names.contains(&norm) {
                        names.push(norm);
                    }
                }
            }
            names
        };
        let claim_names: Vec<(Vec<&str>, Vec<&str>)> = self
            .claims
            .iter()
            .map(|c| {
                let story = story_of_doc[c.doc as usize];
                (
                    with_person(c.actor_key, c.actor_person, story),
                    with_person(c.addressee_key, c.addressee_person, story),
                )
            })
            .collect();
        let keys: Vec<ClaimKey<'_>> = self
            .claims
            .iter()
            .zip(&claim_names)
            .map(|(c, (actors, addressees))| {
                ClaimKey::new(c.doc as usize, self.strings.get(c.act), &actors[..], &c.content)
                    .addressees(&addressees[..])
                    .story(story_of_doc[c.doc as usize])
                    .negated(c.negated)
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
                let story = story_of_doc[rep.doc as usize];
                ClusterReport {
                    id: format!("c{}", n + 1),
                    story: stories.get(story).map(|s| s.id.clone()),
                    act: rep.act_kind,
                    actor: self.strings.get(rep.actors).to_owned(),
                    addressee: Some(self.strings.get(rep.addressees))
                        .filter(|a| !a.is_empty())
                        .map(str::to_owned),
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
        CrossSections { duplicates: Duplicates { documents, passages }, stories, clusters, assignments }
    }
}
