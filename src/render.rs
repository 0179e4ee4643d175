//! Human-readable rendering of a [`Digest`].

use crate::digest::{ClaimReport, Digest};
use std::fmt::Write as _;

/// The digest as a text table for a terminal `width` columns wide (at least 60): story by story,
/// each cross-source claim cluster — act, actor, what, of whom, how many sources and which (outlet or
/// document, and line) — the most widely reported first; then the claims that only one source
/// reports, then duplicates and documents with errors.
pub fn table(digest: &Digest, width: usize) -> String {
    let width = width.max(60);
    // act 7, actor 16, of-whom 14, sources 3, four separating spaces, what takes the rest.
    let what_w = width - (7 + 16 + 14 + 3 + 4);
    let mut out = String::new();
    let docs_ok = digest.documents.len() - digest.failed();
    let n_claims: usize = digest.documents.iter().map(|d| d.claims.len()).sum();
    let _ = writeln!(
        out,
        "{} documents ({} failed), {} {}, {} claims, {} cross-source clusters",
        digest.documents.len(),
        digest.documents.len() - docs_ok,
        digest.stories.len(),
        if digest.stories.len() == 1 { "story" } else { "stories" },
        n_claims,
        digest.clusters.len()
    );
    let header = format!("{:<7} {:<16} {:<what_w$} {:<14} {:>3}", "ACT", "ACTOR", "WHAT", "OF WHOM", "SRC");
    let _ = writeln!(out, "\n{header}\n{}", "─".repeat(width.min(header.chars().count())));
    let mut in_cluster = std::collections::HashSet::new();
    // Stories with clusters, in the digest's order (most documents first); then clusters in no story.
    let mut groups: Vec<(Option<&crate::digest::StoryReport>, Vec<&crate::digest::ClusterReport>)> = digest
        .stories
        .iter()
        .map(|s| {
            (Some(s), digest.clusters.iter().filter(|c| c.story.as_deref() == Some(s.id.as_str())).collect())
        })
        .collect();
    let known: std::collections::HashSet<&str> = digest.stories.iter().map(|s| s.id.as_str()).collect();
    groups.push((
        None,
        digest.clusters.iter().filter(|c| c.story.as_deref().is_none_or(|s| !known.contains(s))).collect(),
    ));
    for (story, mut clusters) in groups {
        if clusters.is_empty() {
            continue;
        }
        clusters.sort_by_key(|c| std::cmp::Reverse(c.sources));
        if let Some(s) = story {
            let dates = match (&s.first, &s.last) {
                (Some(f), Some(l)) if f != l => format!(" · {f} – {l}"),
                (Some(f), _) => format!(" · {f}"),
                _ => String::new(),
            };
            let outlets =
                if s.outlets.is_empty() { String::new() } else { format!(" · {}", s.outlets.join(", ")) };
            let _ = writeln!(
                out,
                "{}",
                fit(
                    &format!("{} · {} documents{dates}{outlets} · {}", s.id, s.documents.len(), s.headline),
                    width
                )
            );
        } else if !digest.stories.is_empty() {
            let _ = writeln!(out, "in no story:");
        }
        for c in clusters {
            let Some(first) = c.members.first() else { continue };
            let Some(claim) = find_claim(digest, &first.doc, first.claim) else { continue };
            row(&mut out, claim, &c.actor, &c.summary, c.sources, what_w);
            let mut srcs: Vec<String> = Vec::new();
            for m in &c.members {
                in_cluster.insert((m.doc.to_string(), m.claim));
                let line = find_claim(digest, &m.doc, m.claim).map_or(0, |cl| cl.line);
                let outlet = digest
                    .documents
                    .iter()
                    .find(|d| d.id.as_ref() == Some(&m.doc))
                    .and_then(|d| d.outlet.as_deref())
                    .map(|o| format!("{o} "))
                    .unwrap_or_default();
                srcs.push(format!("{outlet}{}:{}", m.doc, line));
            }
            wrap(&mut out, &format!("{} · ", c.id), &srcs.join(", "), width);
        }
    }
    let mut single = Vec::new();
    for d in &digest.documents {
        let id = d.id.as_ref().map(|i| i.to_string()).unwrap_or_default();
        for (i, cl) in d.claims.iter().enumerate() {
            if !in_cluster.contains(&(id.clone(), i)) {
                single.push((id.clone(), cl));
            }
        }
    }
    if !single.is_empty() {
        let _ = writeln!(out, "\nreported by one source:");
        for (id, cl) in single {
            let actor = if cl.actor.norm.is_empty() { &cl.actor.text } else { &cl.actor.norm };
            let what = cl.content.as_ref().map_or("", |c| c.text.as_str());
            row(&mut out, cl, actor, what, 1, what_w);
            wrap(&mut out, "", &format!("{id}:{}", cl.line), width);
        }
    }
    if !digest.duplicates.documents.is_empty() {
        let _ = writeln!(out, "\nnear-duplicate documents:");
        for g in &digest.duplicates.documents {
            let ids: Vec<String> = g.iter().map(|i| i.to_string()).collect();
            wrap(&mut out, "", &ids.join(" = "), width);
        }
    }
    let errors: Vec<_> = digest.documents.iter().filter_map(|d| d.error.as_ref().map(|e| (d, e))).collect();
    if !errors.is_empty() {
        let _ = writeln!(out, "\ndocuments with errors:");
        for (d, e) in errors {
            let id = d.id.as_ref().map(|i| i.to_string()).unwrap_or_default();
            wrap(&mut out, "", &format!("{id}: {e}"), width);
        }
    }
    out
}

fn find_claim<'d>(digest: &'d Digest, doc: &crate::DocId, idx: usize) -> Option<&'d ClaimReport> {
    digest.documents.iter().find(|d| d.id.as_ref() == Some(doc)).and_then(|d| d.claims.get(idx))
}

fn row(out: &mut String, claim: &ClaimReport, actor: &str, what: &str, sources: usize, what_w: usize) {
    let act = if claim.negated { format!("¬{}", claim.act) } else { claim.act.clone() };
    let whom = claim.addressee.as_ref().map_or(String::new(), |a| {
        if a.norm.is_empty() {
            a.text.clone()
        } else {
            a.norm.clone()
        }
    });
    let _ = writeln!(
        out,
        "{:<7} {:<16} {:<what_w$} {:<14} {:>3}",
        fit(&act, 7),
        fit(actor, 16),
        fit(what, what_w),
        fit(&whom, 14),
        sources
    );
}

/// `s` cut to `w` characters, with an ellipsis where it was cut.
fn fit(s: &str, w: usize) -> String {
    let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if s.chars().count() <= w {
        return s;
    }
    let mut t: String = s.chars().take(w.saturating_sub(1)).collect();
    t.push('…');
    t
}

/// Writes `text` indented by 8 columns after `lead`, wrapped at `width`.
fn wrap(out: &mut String, lead: &str, text: &str, width: usize) {
    let indent = 8;
    let mut line = format!("{:indent$}{lead}", "");
    for word in text.split(' ') {
        if line.chars().count() + word.chars().count() + 1 > width && line.trim().len() > lead.trim().len() {
            let _ = writeln!(out, "{}", line.trim_end());
            line = format!("{:indent$}", "");
        }
        line.push_str(word);
        line.push(' ');
    }
    let _ = writeln!(out, "{}", line.trim_end());
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
        let cluster_line = t.lines().position(|l| l.contains(&format!("{} · ", c.id))).expect(&t);
        assert!(cluster_line > story_line, "{t}");
        for l in t.lines() {
            assert!(l.chars().count() <= 100, "{l}");
        }
    }
}
