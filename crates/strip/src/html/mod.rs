//! Reading HTML pages (feature `html`): see [`Stripper::strip_html`].

mod cues;
mod entities;
mod meta;
mod parse;
mod text;

use std::borrow::Cow;
use std::collections::HashSet;

use crate::article::{Article, Field, Paragraph, Removed, Role};
use crate::{JunkKind, Stripper};
use cues::Flags;
use parse::{Node, Tag};
use text::Block;

/// A parent replaces the container when it holds this much more prose.
const CLIMB: f32 = 1.25;

/// How many levels up from a block a teaser's linked headline is looked for.
const TEASER_LEVELS: usize = 3;

/// Per-block verdict while deciding.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Verdict {
    Keep(Role),
    Drop(JunkKind),
}

/// Whether the block reads like a sentence of prose: long enough, few link characters.
fn is_prose(b: &Block) -> bool {
    let ends = b.text.ends_with(['.', '!', '?', '"', '”', '’', '»', ')', ':', '。', '…']);
    b.link_density() < 0.34 && (b.chars >= 120 || (b.chars >= 50 && ends))
}

/// The kind a negative cue stands for.
fn kind_of(f: Flags) -> JunkKind {
    let order = [
        (Flags::HIDDEN, JunkKind::Hidden),
        (Flags::COMMENT, JunkKind::Comment),
        (Flags::COOKIE, JunkKind::Cookie),
        (Flags::PROMO, JunkKind::Promo),
        (Flags::AD, JunkKind::AdMarker),
        (Flags::RELATED, JunkKind::RelatedLink),
        (Flags::SHARE, JunkKind::SiteChrome),
        (Flags::CAPTION, JunkKind::Caption),
        (Flags::BYLINE, JunkKind::Byline),
        (Flags::META, JunkKind::Tags),
        (Flags::NAV, JunkKind::Navigation),
        (Flags::HEADER | Flags::FOOTER | Flags::ASIDE | Flags::FORM, JunkKind::SiteChrome),
    ];
    order.iter().find(|(flag, _)| f.intersects(*flag)).map_or(JunkKind::Boilerplate, |&(_, k)| k)
}

/// Word 3-gram hashes of a text (words: runs of letters and digits, lower-cased).
fn trigrams(text: &str) -> Vec<u64> {
    let mut words: Vec<u64> = Vec::new();
    for w in text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()) {
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        for c in w.chars().flat_map(char::to_lowercase) {
            h = (h ^ c as u64).wrapping_mul(0x0100_0000_01b3);
        }
        words.push(h);
    }
    if words.len() < 3 {
        return words.iter().map(|&w| w.rotate_left(7)).collect();
    }
    words.windows(3).map(|w| w[0].rotate_left(1) ^ w[1].rotate_left(17) ^ w[2].rotate_left(33)).collect()
}

impl Stripper {
    /// Strips one HTML page, given as decoded text (use [`crate::decode`] on raw bytes).
    ///
    /// The page is tokenized once (`lol_html`), laid out in text blocks the way a browser breaks
    /// lines (paragraphs, headings, list items, cells, `<br>`), and the article is found from
    /// what the markup says and a text dump hides: the element that holds most of the prose
    /// (scored by text length against link-heavy and short text), `<article>`/`<main>` and
    /// article-body classes, tags and class/id cues of chrome inside it (navigation, footers,
    /// asides, comments, related links, share buttons, newsletter pitches, captions, bylines),
    /// hidden elements, link density, and the page's own JSON-LD `articleBody` when it has one.
    /// The phrase lists and the line model of [`Stripper::strip`] then judge the blocks left.
    ///
    /// Metadata comes from the page itself: JSON-LD (`headline`, `datePublished`, `author`,
    /// `publisher`, `inLanguage`), OpenGraph and `<meta>` tags, `<html lang>`, `<link
    /// rel=canonical>`, else the `<title>`.
    ///
    /// Provenance: every [`Paragraph`] and [`Removed`] piece has the byte range of its source
    /// element in `html` (or, for text broken by `<br>` or mixed with blocks, of its text), and
    /// its text is the decoded text of that element with runs of white space folded to one
    /// space — so it is not the raw slice. Text a browser never shows as page text (scripts,
    /// styles, templates, form controls, `<head>`) is not reported; all other text is either
    /// kept or removed with a reason. Never panics; time is linear in the page.
    ///
    /// ```
    /// use newsclaim_strip::{JunkKind, Stripper};
    ///
    /// let html = r#"<html lang="en"><head><title>Port talks resume - Harbour Times</title>
    ///   <meta property="og:site_name" content="Harbour Times"></head>
    ///   <body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
    ///   <article><h1>Port talks resume</h1>
    ///   <p>The port authority said on Monday that talks with the shipping companies would resume next week.</p>
    ///   <p>Both sides said they expected an agreement before the summer season begins in the region.</p>
    ///   <div class="share-tools">Share this article</div></article>
    ///   <footer>&copy; 2024 Harbour Times</footer></body></html>"#;
    /// let article = Stripper::default().strip_html(html);
    /// assert_eq!(article.title.as_ref().map(|t| &*t.text), Some("Port talks resume"));
    /// assert_eq!(article.outlet.as_ref().map(|t| &*t.text), Some("Harbour Times"));
    /// assert_eq!(article.language.as_deref(), Some("en"));
    /// assert_eq!(article.paragraphs.len(), 2);
    /// let p = &article.paragraphs[0];
    /// assert!(html[p.span.clone()].starts_with("<p>") && html[p.span.clone()].ends_with("</p>"));
    /// assert!(article.removed.iter().any(|r| r.kind == JunkKind::Navigation && r.text == "Home News"));
    /// ```
    pub fn strip_html<'a>(&self, html: &'a str) -> Article<'a> {
        let parsed = parse::parse(html);
        let metadata = meta::read(&parsed.meta);
        let nodes = &parsed.nodes;
        let blocks = &parsed.blocks;
        let mut verdicts: Vec<Verdict> = vec![Verdict::Keep(Role::Body); blocks.len()];

        // 1. Prose per element, summed up the tree (parents precede children).
        let mut good = vec![0f32; nodes.len()];
        let mut all = vec![0f32; nodes.len()];
        let mut linked = vec![0f32; nodes.len()];
        for b in blocks {
            if let Some(n) = node_index(b.node, nodes) {
                all[n] += b.chars as f32;
                linked[n] += b.link_chars as f32;
                if is_prose(b) && !b.flags.intersects(Flags::HIDDEN) {
                    good[n] += b.chars as f32;
                }
            }
        }
        // A heading whose class says "related" or "comments" heads its section: the section
        // (the heading's parent) is such a section too.
        let mut own: Vec<Flags> = nodes.iter().map(|n| n.own).collect();
        for node in nodes {
            let section = node.own & (Flags::RELATED | Flags::COMMENT);
            if matches!(node.tag, Tag::H(_)) && section != Flags::empty() {
                if let Some(p) = node_index(node.parent, nodes) {
                    if !matches!(nodes[p].tag, Tag::Body | Tag::Html) {
                        own[p] |= section;
                    }
                }
            }
        }
        // Inside a teaser or comment section (parents precede children).
        let mut in_section = vec![false; nodes.len()];
        for n in 0..nodes.len() {
            in_section[n] = own[n].intersects(Flags::RELATED | Flags::COMMENT)
                || node_index(nodes[n].parent, nodes).is_some_and(|p| in_section[p]);
        }
        // Prose outside teaser and comment sections, for widening the container.
        let mut clean = good.clone();
        for n in (0..nodes.len()).rev() {
            if let Some(p) = node_index(nodes[n].parent, nodes) {
                good[p] += good[n];
                all[p] += all[n];
                linked[p] += linked[n];
                if !own[n].intersects(Flags::RELATED | Flags::COMMENT) {
                    clean[p] += clean[n];
                }
            }
        }

        // 2. The container: most prose against the other text in it.
        let mut container = None;
        let mut best = 0f32;
        for (n, node) in nodes.iter().enumerate() {
            if node.inherited.intersects(Flags::OPAQUE | Flags::HIDDEN)
                || own[n].intersects(Flags::NAV | Flags::FOOTER | Flags::ASIDE)
                || in_section[n]
                || matches!(node.tag, Tag::P | Tag::H(_) | Tag::A | Tag::Li | Tag::List | Tag::Head)
            {
                continue;
            }
            let mut score = clean[n] - 0.35 * (all[n] - clean[n]);
            if node.own.intersects(Flags::BODY) {
                // An element the page calls its article body: its short lines are the article's
                // (lists, subheadings), only its links count against it.
                score = score.max(clean[n] - 0.35 * linked[n]) * 1.15;
            }
            if score > best {
                best = score;
                container = Some(n);
            }
        }

        // A page without prose (a short note, a list): the whole page is the container, and the
        // cues and the text rules decide alone.
        if container.is_none() {
            container = nodes.iter().position(|n| n.tag == Tag::Body).or(if nodes.is_empty() {
                None
            } else {
                Some(0)
            });
        }
        // Climb while the parent adds much more prose (an article split by an ad or a player).
        while let Some(c) = container {
            let Some(p) = node_index(nodes[c].parent, nodes) else { break };
            if clean[p] >= CLIMB * clean[c] && !nodes[p].inherited.intersects(Flags::OPAQUE | Flags::HIDDEN) {
                container = Some(p);
            } else {
                break;
            }
        }

        #[cfg(test)]
        if std::env::var_os("HTML_DEBUG").is_some() {
            if let Some(c) = container {
                let n = &nodes[c];
                eprintln!(
                    "container {c} {:?} {:?} good {} all {} {:?}",
                    n.tag,
                    n.span,
                    good[c],
                    all[c],
                    &html[n.span.start..(n.span.start + 200).min(n.span.end)]
                );
            }
        }

        // 3. Cues relative to the container: a cue on the container or above it says nothing;
        //    a cue on an element holding most of the container's prose is not believed either.
        let mut inside = vec![false; nodes.len()];
        let mut rel = vec![Flags::empty(); nodes.len()];
        if let Some(c) = container {
            let cgood = good[c].max(1.0);
            inside[c] = true;
            for n in c + 1..nodes.len() {
                let Some(p) = node_index(nodes[n].parent, nodes) else { continue };
                if !inside[p] {
                    continue;
                }
                inside[n] = true;
                let mut own = own[n];
                if good[n] >= 0.5 * cgood || own.intersects(Flags::BODY) {
                    own = own & !Flags::NEGATIVE;
                }
                rel[n] = rel[p] | own;
            }
        }

        // 4. JSON-LD articleBody: the publisher's own copy of the text, when it matches blocks.
        let body_grams: Option<HashSet<u64>> =
            metadata.body.as_deref().filter(|b| b.len() >= 400).map(|b| trigrams(b).into_iter().collect());
        let coverage = |b: &Block| -> Option<f32> {
            let grams = body_grams.as_ref()?;
            let mine = trigrams(&b.text);
            if mine.is_empty() {
                return Some(0.0);
            }
            Some(mine.iter().filter(|g| grams.contains(g)).count() as f32 / mine.len() as f32)
        };

        let headline_key = metadata
            .headline
            .clone()
            .or_else(|| {
                parsed.meta.title.as_ref().map(|(t, _)| strip_site_suffix(t, metadata.site.as_deref()))
            })
            .map(|t| fold_key(&t));
        // Teasers: an element a few levels up from a prose block also holds a linked heading
        // (the headline of another article), or the block starts with a long link inside a list.
        let mut linked_heading = vec![false; nodes.len()];
        for b in blocks {
            let Some(n) = node_index(b.node, nodes) else { continue };
            // The heading element itself, or up to three inline levels inside it.
            let mut heading = None;
            let mut a = Some(n);
            for _ in 0..4 {
                let Some(x) = a else { break };
                if matches!(nodes[x].tag, Tag::H(_)) {
                    heading = Some(x);
                    break;
                }
                if !matches!(nodes[x].tag, Tag::A | Tag::Inline) {
                    break;
                }
                a = node_index(nodes[x].parent, nodes);
            }
            // The article's own headline, linked to itself, is no teaser.
            let own = headline_key.as_deref().is_some_and(|k| fold_key(&b.text) == k);
            if let (Some(h), false, true) = (heading, own, b.link_density() >= 0.7 && b.chars >= 15) {
                let mut a = Some(h);
                for _ in 0..TEASER_LEVELS {
                    let Some(x) = a else { break };
                    linked_heading[x] = true;
                    a = node_index(nodes[x].parent, nodes);
                }
            }
        }
        let is_teaser = |b: &Block| -> bool {
            let Some(n) = node_index(b.node, nodes) else { return false };
            if b.flags.intersects(Flags::LIST) && b.lead_link >= 15 && b.chars > b.lead_link + 40 {
                return true;
            }
            let cgood = container.map_or(0.0, |c| good[c]);
            let mut a = Some(n);
            for _ in 0..TEASER_LEVELS {
                let Some(x) = a else { break };
                if Some(x) == container || good[x] >= 0.5 * cgood {
                    return false;
                }
                if linked_heading[x] {
                    return true;
                }
                a = node_index(nodes[x].parent, nodes);
            }
            false
        };

        // Blocks dropped only for being links.
        let mut linky = vec![false; blocks.len()];
        for (i, b) in blocks.iter().enumerate() {
            let n = node_index(b.node, nodes);
            let in_container = n.is_some_and(|n| inside[n]);
            let flags = n.map_or(Flags::empty(), |n| rel[n]);
            verdicts[i] = if b.flags.intersects(Flags::HIDDEN) {
                Verdict::Drop(JunkKind::Hidden)
            } else if !in_container {
                Verdict::Drop(kind_of(b.flags & Flags::NEGATIVE))
            } else if flags.intersects(Flags::NEGATIVE) {
                Verdict::Drop(kind_of(flags))
            } else if b.seen.intersects(Flags::CAPTION)
                && !b.flags.intersects(Flags::CAPTION)
                && b.chars < 250
            {
                // A picture's text with an inline caption or credit span ("… (Image: AP)").
                Verdict::Drop(JunkKind::Caption)
            } else if is_teaser(b) {
                Verdict::Drop(JunkKind::RelatedLink)
            } else if b.link_density() > 0.5 {
                linky[i] = true;
                Verdict::Drop(if b.flags.intersects(Flags::LIST) {
                    JunkKind::Navigation
                } else {
                    JunkKind::RelatedLink
                })
            } else {
                let heading = n.is_some_and(|n| matches!(nodes[n].tag, Tag::H(_)));
                Verdict::Keep(if heading { Role::Subheading } else { Role::Body })
            };
        }
        if body_grams.is_some() {
            let cov: Vec<f32> = blocks.iter().map(|b| coverage(b).unwrap_or(0.0)).collect();
            // Whether the JSON-LD copy is the whole article: it covers the prose kept so far.
            let (mut prose, mut covered) = (0usize, 0usize);
            for (i, b) in blocks.iter().enumerate() {
                if matches!(verdicts[i], Verdict::Keep(_)) && is_prose(b) {
                    prose += b.chars as usize;
                    if cov[i] >= 0.5 {
                        covered += b.chars as usize;
                    }
                }
            }
            let complete = covered as f32 >= 0.8 * prose as f32;
            for (i, b) in blocks.iter().enumerate() {
                if b.flags.intersects(Flags::HIDDEN) {
                    continue;
                }
                // The markup's own cues (caption, byline, related…) still win over the copy.
                let cued = node_index(b.node, nodes)
                    .map_or(b.flags, |n| if inside[n] { rel[n] } else { b.flags })
                    .intersects(Flags::NEGATIVE);
                if cov[i] >= 0.5 && b.chars >= 20 && !cued {
                    let heading =
                        node_index(b.node, nodes).is_some_and(|n| matches!(nodes[n].tag, Tag::H(_)));
                    verdicts[i] = Verdict::Keep(if heading { Role::Subheading } else { Role::Body });
                } else if complete && cov[i] < 0.2 && matches!(verdicts[i], Verdict::Keep(_)) {
                    verdicts[i] = Verdict::Drop(JunkKind::Boilerplate);
                }
            }
        }

        // A link or two between kept paragraphs is the article's own ("Get it on …", a linked
        // source line), not a menu or a teaser list: those come in longer runs.
        let mut i = 0;
        while i < blocks.len() {
            if !linky[i]
                || verdicts[i] != Verdict::Drop(JunkKind::RelatedLink)
                    && verdicts[i] != Verdict::Drop(JunkKind::Navigation)
            {
                i += 1;
                continue;
            }
            let mut j = i;
            while j < blocks.len() && linky[j] {
                j += 1;
            }
            let kept = |k: usize| matches!(verdicts.get(k), Some(Verdict::Keep(_)));
            // Upper-case lines are teaser headlines; comma lists are tags.
            let plain = blocks[i..j].iter().all(|b| {
                let upper = b.text.chars().filter(|c| c.is_uppercase()).count();
                let letters = b.text.chars().filter(|c| c.is_alphabetic()).count();
                2 * upper < letters && b.text.matches(',').count() < 3 && b.chars < 120
            });
            if plain && j - i <= 2 && i > 0 && kept(i - 1) && kept(j) {
                for v in &mut verdicts[i..j] {
                    *v = Verdict::Keep(Role::Body);
                }
            }
            i = j;
        }

        // 5. The text rules and the line model judge the kept blocks, with the page around them.
        self.judge_lines(&parsed, &mut verdicts);

        // 6. The headline.
        let title_text = metadata.headline.clone().or_else(|| {
            parsed.meta.title.as_ref().map(|(t, _)| strip_site_suffix(t, metadata.site.as_deref()))
        });
        let mut title: Option<Field<'a>> = None;
        if let Some(t) = &title_text {
            let key = fold_key(t);
            for (i, b) in blocks.iter().enumerate() {
                if fold_key(&b.text) == key {
                    if title.is_none() {
                        title = Some(Field { text: Cow::Owned(b.text.clone()), span: b.span.clone() });
                    }
                    verdicts[i] = Verdict::Drop(JunkKind::Title);
                }
            }
            if title.is_none() {
                let span = parsed.meta.title.as_ref().map_or(0..0, |(_, s)| s.clone());
                title = Some(Field { text: Cow::Owned(t.clone()), span });
            }
        }

        let lines = LineIndex::new(html);
        let mut article = Article {
            title,
            date: metadata.date.clone(),
            byline: metadata.author.clone().map(|a| Field { text: Cow::Owned(a), span: 0..0 }),
            outlet: metadata.site.clone().map(|s| Field { text: Cow::Owned(s), span: 0..0 }),
            language: metadata.language.clone(),
            url: metadata.url.clone(),
            paragraphs: Vec::new(),
            removed: Vec::new(),
        };
        let mut lede_done = false;
        for (b, v) in blocks.iter().zip(&verdicts) {
            let line = lines.line(b.span.start);
            match *v {
                Verdict::Keep(mut role) => {
                    if role == Role::Body && !lede_done {
                        role = Role::Lede;
                    }
                    lede_done = true;
                    article.paragraphs.push(Paragraph {
                        text: Cow::Owned(b.text.clone()),
                        span: b.span.clone(),
                        line,
                        role,
                    });
                }
                Verdict::Drop(kind) => {
                    article.removed.push(Removed {
                        kind,
                        text: Cow::Owned(b.text.clone()),
                        span: b.span.clone(),
                        line,
                    });
                }
            }
        }
        if article.byline.is_none() {
            article.byline = article
                .removed
                .iter()
                .find(|r| r.kind == JunkKind::Byline && r.text.split_whitespace().count() <= 8)
                .map(|r| Field { text: r.text.clone(), span: r.span.clone() });
        }
        article
    }

    /// Runs the text stripper over the blocks as lines (the `<title>` first, as in a text dump)
    /// and drops kept blocks its rules remove; its model may drop only short, non-prose blocks.
    fn judge_lines(&self, parsed: &parse::Parsed, verdicts: &mut [Verdict]) {
        let mut dump =
            String::with_capacity(parsed.blocks.iter().map(|b| b.text.len() + 1).sum::<usize>() + 128);
        if let Some((t, _)) = &parsed.meta.title {
            dump.push_str(t);
        }
        dump.push('\n');
        for b in &parsed.blocks {
            dump.push_str(&b.text);
            dump.push('\n');
        }
        let article = self.strip(&dump);
        // Line k + 2 of the dump is block k.
        let mut kept = vec![false; parsed.blocks.len()];
        for p in &article.paragraphs {
            if let Some(k) = p.line.checked_sub(2) {
                if let Some(slot) = kept.get_mut(k) {
                    *slot = true;
                }
            }
        }
        for r in &article.removed {
            let Some(k) = r.line.checked_sub(2) else { continue };
            if k >= verdicts.len() || kept[k] {
                continue;
            }
            if let Verdict::Keep(_) = verdicts[k] {
                let b = &parsed.blocks[k];
                // A caption is told by the markup; the text rule (the line above a photo credit)
                // only guesses it, so it does not remove prose.
                // The model's short "navigation" lines inside a table the container holds are
                // the table's cells (standings, results, specifications).
                let guessed = matches!(r.kind, JunkKind::Boilerplate | JunkKind::Title | JunkKind::Duplicate)
                    || (r.kind == JunkKind::Navigation && b.flags.intersects(Flags::CELL | Flags::LIST))
                    || (r.kind == JunkKind::RelatedLink && b.link_chars == 0)
                    || (r.kind == JunkKind::Caption && is_prose(b))
                    || (r.kind == JunkKind::Promo && is_prose(b) && b.chars >= 200);
                let ruled = !guessed;
                if ruled {
                    verdicts[k] = Verdict::Drop(r.kind);
                }
            }
        }
    }
}

fn node_index(n: u32, nodes: &[Node]) -> Option<usize> {
    ((n as usize) < nodes.len()).then_some(n as usize)
}

/// Lower-case words of a text, for comparing headlines.
fn fold_key(s: &str) -> String {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .flat_map(|w| w.chars().chain([' ']))
        .flat_map(char::to_lowercase)
        .collect()
}

/// `<title>` without a trailing " - Site" / " | Site" part.
fn strip_site_suffix(title: &str, site: Option<&str>) -> String {
    for sep in [" | ", " - ", " – ", " — ", " :: ", " · "] {
        if let Some(i) = title.rfind(sep) {
            let tail = &title[i + sep.len()..];
            let site_like =
                site.is_some_and(|s| fold_key(s) == fold_key(tail)) || tail.split_whitespace().count() <= 4;
            if site_like && i > 0 {
                return title[..i].trim().to_owned();
            }
        }
    }
    title.to_owned()
}

/// 1-based line numbers of byte offsets.
struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    fn new(text: &str) -> LineIndex {
        let mut starts = vec![0];
        starts.extend(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1));
        LineIndex { starts }
    }

    fn line(&self, at: usize) -> usize {
        self.starts.partition_point(|&s| s <= at).max(1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn site_suffix() {
        assert_eq!(strip_site_suffix("Talks resume - The Harbour Times", None), "Talks resume");
        assert_eq!(strip_site_suffix("Talks resume | HT", Some("HT")), "Talks resume");
        assert_eq!(
            strip_site_suffix("Talks - a long story of how the port came back to life", None),
            "Talks - a long story of how the port came back to life"
        );
    }

    #[test]
    fn lines() {
        let idx = LineIndex::new("a\nb\n\nc");
        assert_eq!((idx.line(0), idx.line(2), idx.line(5)), (1, 2, 4));
    }
}
#[cfg(test)]
mod debug_tests {
    #[test]
    fn debug_dump() {
        let Ok(path) = std::env::var("HTML_DEBUG") else { return };
        let bytes = std::fs::read(path).unwrap();
        let text = crate::decode(&bytes, None).text;
        let _ = crate::Stripper::default().strip_html(&text);
        let parsed = super::parse::parse(&text);
        for b in &parsed.blocks {
            let n = &parsed.nodes.get(b.node as usize);
            println!(
                "{:?} node {} {:?} par {:?} flags {:x} | {}",
                b.span,
                b.node,
                n.map(|n| n.tag),
                n.map(|n| n.parent),
                b.flags.0,
                b.text.chars().take(60).collect::<String>()
            );
        }
    }
}
