//! Human-readable renderings of a [`Digest`]: a text table for a terminal ([`table`]) and Markdown
//! ([`markdown`]).
//!
//! Both index the documents by id once, so they take time linear in the size of the digest.

use crate::digest::{ClaimReport, ClusterReport, Digest, DocumentReport, MentionReport, StoryReport};
use crate::input::DocId;
use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::fmt::Write as _;

/// The narrowest table [`table`] draws.
pub const MIN_WIDTH: usize = 60;

/// What the table's marks mean, in one line.
pub const LEGEND: &str = "legend: ¬ negated · c1 · claim cluster and its sources · SRC number of sources";

/// The digest, grouped for both renderings: stories with their clusters (most sources first), the
/// clusters in no story, and the claims that only one source reports.
struct Layout<'d> {
    digest: &'d Digest,
    /// The index of the first document with each id.
    by_id: HashMap<&'d DocId, usize>,
    groups: Vec<(Option<&'d StoryReport>, Vec<&'d ClusterReport>)>,
    /// (document index, claim index) of every claim in no cluster, in input order.
    single: Vec<(usize, usize)>,
}

impl<'d> Layout<'d> {
    fn new(digest: &'d Digest) -> Self {
        let mut by_id = HashMap::with_capacity(digest.documents.len());
        for (i, d) in digest.documents.iter().enumerate() {
            if let Some(id) = &d.id {
                by_id.entry(id).or_insert(i);
            }
        }
        let mut per_story: HashMap<&str, Vec<&ClusterReport>> = HashMap::new();
        let known: HashSet<&str> = digest.stories.iter().map(|s| s.id.as_str()).collect();
        let mut none = Vec::new();
        for c in &digest.clusters {
            match c.story.as_deref() {
                Some(s) if known.contains(s) => per_story.entry(s).or_default().push(c),
                _ => none.push(c),
            }
        }
        // Stories in the digest's order (most documents first); then clusters in no story.
        let mut groups: Vec<_> = digest
            .stories
            .iter()
            .map(|s| (Some(s), per_story.remove(s.id.as_str()).unwrap_or_default()))
            .collect();
        groups.push((None, none));
        groups.retain(|(_, cs)| !cs.is_empty());
        for (_, cs) in &mut groups {
            cs.sort_by_key(|c| std::cmp::Reverse(c.sources));
        }
        let mut in_cluster = HashSet::new();
        for c in &digest.clusters {
            for m in &c.members {
                if let Some(&d) = by_id.get(&m.doc) {
                    in_cluster.insert((d, m.claim));
                }
            }
        }
        let single = digest
            .documents
            .iter()
            .enumerate()
            .flat_map(|(d, doc)| (0..doc.claims.len()).map(move |c| (d, c)))
            .filter(|k| !in_cluster.contains(k))
            .collect();
        Layout { digest, by_id, groups, single }
    }

    fn doc(&self, id: &DocId) -> Option<&'d DocumentReport> {
        self.by_id.get(id).map(|&i| &self.digest.documents[i])
    }

    fn claim(&self, id: &DocId, idx: usize) -> Option<&'d ClaimReport> {
        self.doc(id).and_then(|d| d.claims.get(idx))
    }

    /// The cluster's sources: `outlet document:line`, one per member.
    fn sources(&self, c: &ClusterReport) -> Vec<String> {
        c.members
            .iter()
            .map(|m| {
                let doc = self.doc(&m.doc);
                let line = doc.and_then(|d| d.claims.get(m.claim)).map_or(0, |cl| cl.line);
                match doc.and_then(|d| d.outlet.as_deref()) {
                    Some(o) => format!("{o} {}:{line}", m.doc),
                    None => format!("{}:{line}", m.doc),
                }
            })
            .collect()
    }

    fn summary(&self) -> String {
        let d = self.digest;
        let n_claims: usize = d.documents.iter().map(|d| d.claims.len()).sum();
        format!(
            "{} documents ({} failed), {} {}, {} claims, {} cross-source clusters",
            d.documents.len(),
            d.failed(),
            d.stories.len(),
            if d.stories.len() == 1 { "story" } else { "stories" },
            n_claims,
            d.clusters.len()
        )
    }
}

fn story_title(s: &StoryReport) -> String {
    let dates = match (&s.first, &s.last) {
        (Some(f), Some(l)) if f != l => format!(" · {f} – {l}"),
        (Some(f), _) => format!(" · {f}"),
        _ => String::new(),
    };
    let outlets = if s.outlets.is_empty() { String::new() } else { format!(" · {}", s.outlets.join(", ")) };
    format!("{} · {} documents{dates}{outlets} · {}", s.id, s.documents.len(), s.headline)
}

fn act(claim: &ClaimReport) -> String {
    if claim.negated {
        format!("¬{}", claim.act)
    } else {
        claim.act.to_string()
    }
}

fn whom(claim: &ClaimReport) -> Cow<'_, str> {
    claim.addressee.as_ref().map_or(Cow::Borrowed(""), MentionReport::shown)
}

fn actor(claim: &ClaimReport) -> Cow<'_, str> {
    claim.actor.shown()
}

fn what(claim: &ClaimReport) -> &str {
    claim.content.as_ref().map_or("", |c| c.text.as_str())
}

/// One table row before the columns are sized.
struct Row<'a> {
    act: String,
    actor: Cow<'a, str>,
    what: &'a str,
    whom: Cow<'a, str>,
    sources: usize,
}

/// A line of the table before the columns are sized.
enum Item<'a> {
    /// A heading or blank line, cut to the width.
    Line(String),
    /// A claim row.
    Row(Row<'a>),
    /// Text wrapped at the width, indented, after a lead (`c1 · `).
    Wrapped(String, String),
}

/// The digest as a text table for a terminal `width` columns wide (at least [`MIN_WIDTH`]; no line is
/// longer, counted in characters): a one-line legend, then story by story each cross-source claim
/// cluster — act, actor, what, of whom, how many sources and which (outlet or document, and line) —
/// the most widely reported first; then the claims that only one source reports, then duplicates,
/// documents with notes (a language the rules do not read) and documents with errors.
///
/// The actor, what and of-whom columns share the width in proportion (the actor and of-whom columns
/// no wider than their longest entry, what takes the rest). Linear in the size of the digest.
pub fn table(digest: &Digest, width: usize) -> String {
    let width = width.max(MIN_WIDTH);
    let layout = Layout::new(digest);
    let mut items: Vec<Item<'_>> = Vec::new();
    for (story, clusters) in &layout.groups {
        match story {
            Some(s) => items.push(Item::Line(story_title(s))),
            None if !digest.stories.is_empty() => items.push(Item::Line("in no story:".to_owned())),
            None => {}
        }
        for c in clusters {
            let Some(first) = c.members.first() else { continue };
            let Some(claim) = layout.claim(&first.doc, first.claim) else { continue };
            items.push(Item::Row(Row {
                act: act(claim),
                actor: Cow::Borrowed(&c.actor),
                what: &c.summary,
                whom: whom(claim),
                sources: c.sources,
            }));
            items.push(Item::Wrapped(format!("{} · ", c.id), layout.sources(c).join(", ")));
        }
    }
    if !layout.single.is_empty() {
        items.push(Item::Line(String::new()));
        items.push(Item::Line("reported by one source:".to_owned()));
        for &(d, c) in &layout.single {
            let doc = &digest.documents[d];
            let cl = &doc.claims[c];
            items.push(Item::Row(Row {
                act: act(cl),
                actor: actor(cl),
                what: what(cl),
                whom: whom(cl),
                sources: 1,
            }));
            let id = doc.id.as_ref().map(|i| i.to_string()).unwrap_or_default();
            items.push(Item::Wrapped(String::new(), format!("{id}:{}", cl.line)));
        }
    }
    // Columns: act 8, actor, what, of whom, SRC 3, four separating spaces.
    let (act_w, src_w) = (8, 3);
    let rest = width - act_w - src_w - 4;
    let longest = |f: &dyn Fn(&Row<'_>) -> usize| {
        items.iter().filter_map(|i| if let Item::Row(r) = i { Some(f(r)) } else { None }).max().unwrap_or(0)
    };
    let actor_w = longest(&|r| r.actor.chars().count()).clamp("ACTOR".len(), rest * 40 / 100);
    let whom_w = longest(&|r| r.whom.chars().count()).clamp("OF WHOM".len(), rest * 18 / 100);
    let what_w = rest - actor_w - whom_w;

    let mut out = String::new();
    wrap(&mut out, 0, "", &layout.summary(), width);
    wrap(&mut out, 0, "", LEGEND, width);
    if items.iter().any(|i| matches!(i, Item::Row(_))) {
        let header = format!(
            "{:<act_w$} {:<actor_w$} {:<what_w$} {:<whom_w$} {:>src_w$}",
            "ACT", "ACTOR", "WHAT", "OF WHOM", "SRC"
        );
        let _ = writeln!(out, "\n{header}\n{}", "─".repeat(width));
    }
    for item in items {
        match item {
            Item::Line(l) => {
                let _ = writeln!(out, "{}", fit(&l, width));
            }
            Item::Row(r) => {
                let _ = writeln!(
                    out,
                    "{:<act_w$} {:<actor_w$} {:<what_w$} {:<whom_w$} {:>src_w$}",
                    fit(&r.act, act_w),
                    fit(&r.actor, actor_w),
                    fit(r.what, what_w),
                    fit(&r.whom, whom_w),
                    fit(&r.sources.to_string(), src_w),
                );
            }
            Item::Wrapped(lead, text) => wrap(&mut out, 8, &lead, &text, width),
        }
    }
    if !digest.duplicates.documents.is_empty() {
        let _ = writeln!(out, "\nnear-duplicate documents:");
        for g in &digest.duplicates.documents {
            let ids: Vec<String> = g.iter().map(|i| i.to_string()).collect();
            wrap(&mut out, 8, "", &ids.join(" = "), width);
        }
    }
    for (heading, pick) in [
        ("notes:", (|d| d.note.as_deref()) as fn(&DocumentReport) -> Option<&str>),
        ("documents with errors:", |d| d.error.as_deref()),
    ] {
        let mut first = true;
        for d in &digest.documents {
            let Some(text) = pick(d) else { continue };
            if std::mem::take(&mut first) {
                let _ = writeln!(out, "\n{heading}");
            }
            let id = d.id.as_ref().map(|i| i.to_string()).unwrap_or_default();
            wrap(&mut out, 8, "", &format!("{id}: {text}"), width);
        }
    }
    out
}

/// `s` on one line, cut to `w` characters, with an ellipsis where it was cut.
fn fit(s: &str, w: usize) -> String {
    let mut t = String::with_capacity(s.len().min(w * 4));
    let mut n = 0;
    for word in s.split_whitespace() {
        if n > 0 {
            t.push(' ');
            n += 1;
        }
        t.push_str(word);
        n += word.chars().count();
        if n > w {
            break;
        }
    }
    if n <= w {
        return t;
    }
    let mut t: String = t.chars().take(w.saturating_sub(1)).collect();
    t.push('…');
    t
}

/// Writes `lead` and `text` indented by `indent` columns, wrapped at `width`; a word longer than a
/// line is cut across lines.
fn wrap(out: &mut String, indent: usize, lead: &str, text: &str, width: usize) {
    let pad = " ".repeat(indent);
    let mut line = format!("{pad}{lead}");
    let mut len = line.chars().count();
    let mut bare = true;
    for word in text.split_whitespace() {
        let mut word: &str = word;
        let mut wlen = word.chars().count();
        if !bare && len + 1 + wlen > width {
            let _ = writeln!(out, "{line}");
            (line, len, bare) = (pad.clone(), indent, true);
        }
        if !bare {
            line.push(' ');
            len += 1;
        }
        // A word too long for any line: as much as fits, then the rest on the next lines.
        while len + wlen > width {
            let room = width.saturating_sub(len).max(1);
            let cut = word.char_indices().nth(room).map_or(word.len(), |(i, _)| i);
            line.push_str(&word[..cut]);
            let _ = writeln!(out, "{line}");
            (line, len) = (pad.clone(), indent);
            word = &word[cut..];
            wlen = word.chars().count();
        }
        line.push_str(word);
        len += wlen;
        bare = false;
    }
    let _ = writeln!(out, "{}", line.trim_end());
}

/// A Markdown table cell: on one line, pipes escaped.
fn cell(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ").replace('\\', "\\\\").replace('|', "\\|")
}

/// The digest as Markdown: the summary and legend, then a table of claim clusters per story (act,
/// actor, what, of whom, sources, and which sources), a table of the claims that only one source
/// reports, and lists of near-duplicates, notes and errors. Linear in the size of the digest.
pub fn markdown(digest: &Digest) -> String {
    let layout = Layout::new(digest);
    let mut out = String::new();
    let _ = writeln!(out, "**{}**\n\n{}\n", layout.summary(), cell(LEGEND));
    for (story, clusters) in &layout.groups {
        let heading = match story {
            Some(s) => story_title(s),
            None => "In no story".to_owned(),
        };
        let _ = writeln!(out, "## {}\n", cell(&heading));
        let _ = writeln!(out, "| act | actor | what | of whom | SRC | cluster and sources |");
        let _ = writeln!(out, "|---|---|---|---|--:|---|");
        for c in clusters {
            let Some(first) = c.members.first() else { continue };
            let Some(claim) = layout.claim(&first.doc, first.claim) else { continue };
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} | {} | {}: {} |",
                cell(&act(claim)),
                cell(&c.actor),
                cell(&c.summary),
                cell(&whom(claim)),
                c.sources,
                cell(&c.id),
                cell(&layout.sources(c).join(", "))
            );
        }
        out.push('\n');
    }
    if !layout.single.is_empty() {
        let _ = writeln!(out, "## Reported by one source\n");
        let _ = writeln!(out, "| document | line | act | actor | what | of whom |");
        let _ = writeln!(out, "|---|--:|---|---|---|---|");
        for &(d, c) in &layout.single {
            let doc = &digest.documents[d];
            let cl = &doc.claims[c];
            let id = doc.id.as_ref().map(|i| i.to_string()).unwrap_or_default();
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} | {} | {} |",
                cell(&id),
                cl.line,
                cell(&act(cl)),
                cell(&actor(cl)),
                cell(what(cl)),
                cell(&whom(cl))
            );
        }
        out.push('\n');
    }
    let mut list = |heading: &str, items: Vec<String>| {
        if !items.is_empty() {
            let _ = writeln!(out, "## {heading}\n");
            for i in items {
                let _ = writeln!(out, "- {}", cell(&i));
            }
            out.push('\n');
        }
    };
    let id = |d: &DocumentReport| d.id.as_ref().map(|i| i.to_string()).unwrap_or_default();
    list(
        "Near-duplicate documents",
        digest
            .duplicates
            .documents
            .iter()
            .map(|g| g.iter().map(|i| i.to_string()).collect::<Vec<_>>().join(" = "))
            .collect(),
    );
    list(
        "Notes",
        digest.documents.iter().filter_map(|d| d.note.as_ref().map(|n| format!("{}: {n}", id(d)))).collect(),
    );
    list(
        "Documents with errors",
        digest.documents.iter().filter_map(|d| d.error.as_ref().map(|e| format!("{}: {e}", id(d)))).collect(),
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fit_cuts_with_ellipsis_and_keeps_short_text() {
        assert_eq!(fit("abc", 5), "abc");
        assert_eq!(fit("abcdefgh", 5), "abcd…");
        assert_eq!(fit("a  b\nc", 10), "a b c");
    }

    #[test]
    fn table_lines_fit_the_width() {
        let d = Digest::default();
        for l in table(&d, 80).lines() {
            assert!(l.chars().count() <= 80, "{l}");
        }
    }

    #[test]
    fn clusters_are_shown_per_story_most_sources_first() {
        let text_a =
            "Oslan demanded that Vetria withdraw its troops from the Maren valley, officials said.\n\
                      The Oslan army chief said the Maren valley talks would start on Friday.";
        let text_b = "Oslan on Tuesday demanded that Vetria pull back its forces from the Maren valley.\n\
                      Talks on the Maren valley open on Friday, the Oslan army chief said.";
        let text_c = "The Kestrel orchestra opened its season with a symphony by Ilse Marrow in Lindau.";
        let digest = crate::Pipeline::builder().strip(false).build().run([
            crate::Document::from_text("a.txt", text_a),
            crate::Document::from_text("b.txt", text_b),
            crate::Document::from_text("c.txt", text_c),
        ]);
        assert_eq!(digest.stories.len(), 2, "{:?}", digest.stories);
        assert_eq!(digest.stories[0].documents.len(), 2);
        let t = table(&digest, 100);
        assert!(t.contains("3 documents (0 failed), 2 stories"), "{t}");
        let story_line = t.lines().position(|l| l.starts_with("s1 · 2 documents")).expect(&t);
        let c = digest.clusters.first().expect(&t);
        assert_eq!(c.story.as_deref(), Some("s1"));
        assert_eq!(c.sources, 2);
        let cluster_line =
            t.lines().position(|l| l.trim_start().starts_with(&format!("{} · ", c.id))).expect(&t);
        assert!(cluster_line > story_line, "{t}");
        for l in t.lines() {
            assert!(l.chars().count() <= 100, "{l}");
        }
    }
}
