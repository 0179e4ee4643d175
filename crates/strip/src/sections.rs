//! Page sections that span several lines and read like prose line by line: reader comments and
//! teaser lists of other articles. A line alone cannot tell a reader's comment from a paragraph;
//! the section structure around it can (a "12 Comments" heading, "Reply" buttons, "3 hours ago").
//!
//! Cue words live in `data/sections.tsv` and can be extended through the builder.

use crate::hash::{finish, mix_word, word_hash, HashedMap};
use crate::stats::LineStats;
use crate::JunkKind;

/// A cue word or phrase for multi-line page sections (see [`crate::StripperBuilder::section_cue`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SectionCue {
    /// A short line opening the reader comments ("Comments", "12 Comments", "Kommentare (3)").
    CommentHeading,
    /// A short line opening a list of other articles ("Related", "More from …", "Lesen Sie auch").
    TeaserHeading,
    /// A button under a reader comment ("Reply", "Report").
    CommentAction,
    /// A vote button under a reader comment ("Like"): only counts together with stronger cues.
    CommentVote,
    /// The word that makes a time relative ("ago", "vor", "hace", "il y a").
    AgoWord,
    /// A time unit in relative times ("hours", "Stunden", "h").
    TimeUnit,
}

impl SectionCue {
    fn parse(name: &str) -> Option<SectionCue> {
        Some(match name.trim() {
            "comment-heading" => SectionCue::CommentHeading,
            "teaser-heading" => SectionCue::TeaserHeading,
            "comment-action" => SectionCue::CommentAction,
            "comment-vote" => SectionCue::CommentVote,
            "ago-word" => SectionCue::AgoWord,
            "time-unit" => SectionCue::TimeUnit,
            _ => return None,
        })
    }
}

const BUILTIN: &str = include_str!("../data/sections.tsv");

/// Parses `cue<TAB>phrase` lines (`#` comments); malformed lines are skipped.
pub(crate) fn parse_cues(tsv: &str) -> impl Iterator<Item = (SectionCue, String)> + '_ {
    tsv.lines().filter(|l| !l.trim_start().starts_with('#')).filter_map(|l| {
        let (cue, phrase) = l.split_once('\t')?;
        let phrase = phrase.trim().to_lowercase();
        (!phrase.is_empty()).then_some((SectionCue::parse(cue)?, phrase))
    })
}

/// Word classes for relative times and comment buttons (bit flags).
const ACTION: u8 = 1;
const VOTE: u8 = 2;
const UNIT: u8 = 4;
const AGO: u8 = 8;
/// Longest heading or "ago" phrase looked up, in words.
const MAX_PHRASE_WORDS: usize = 6;

/// The compiled cue lists, as hashes of their letter runs (case-insensitive, allocation-free
/// lookups per line).
#[derive(Debug, Clone, Default)]
pub(crate) struct SectionCues {
    /// Key of the whole heading's words.
    comment_headings: HashedSet,
    /// Key of the heading's words (matched against the line's first words).
    teaser_headings: HashedSet,
    /// Keys of multi-word "ago" phrases ("il y a", "just now").
    ago_phrases: HashedSet,
    words: HashedMap<u8>,
}

type HashedSet = HashedMap<()>;

/// What a short line says about the section it belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum LineCue {
    CommentHeading,
    TeaserHeading,
    /// A relative time ("3 hours ago").
    RelativeTime,
    /// A reply or report button.
    CommentMarker,
    /// A vote button alone.
    WeakCommentMarker,
    /// The header of a reader comment ("Jane on May 3, 2019 at 4:47 pm said:"), found by the rules.
    CommentHeader,
}

/// Runs of letters (digits and punctuation split words: "3h" gives "h", "Editor’s" gives
/// "editor", "s").
fn letter_runs(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_alphabetic()).filter(|t| !t.is_empty())
}

/// Key of a run of words, built word by word.
#[derive(Clone, Copy, Default)]
struct PhraseKey(u64);

impl PhraseKey {
    fn push(self, word: &str) -> PhraseKey {
        PhraseKey(mix_word(self.0, word_hash(word)))
    }
    fn push_hash(self, word: u64) -> PhraseKey {
        PhraseKey(mix_word(self.0, word))
    }
    fn value(self) -> u64 {
        finish(self.0)
    }
    fn of(phrase: &str) -> u64 {
        letter_runs(phrase).fold(PhraseKey::default(), PhraseKey::push).value()
    }
}

impl SectionCues {
    pub(crate) fn build(builtin: bool, extra: &[(SectionCue, String)]) -> SectionCues {
        let mut cues = SectionCues::default();
        let builtin_cues: Vec<_> = if builtin { parse_cues(BUILTIN).collect() } else { Vec::new() };
        for (cue, phrase) in builtin_cues.iter().chain(extra) {
            let runs = letter_runs(phrase).count();
            if runs == 0 || runs > MAX_PHRASE_WORDS {
                continue;
            }
            let key = PhraseKey::of(phrase);
            let class = match cue {
                SectionCue::CommentHeading => {
                    cues.comment_headings.insert(key, ());
                    continue;
                }
                SectionCue::TeaserHeading => {
                    cues.teaser_headings.insert(key, ());
                    continue;
                }
                SectionCue::AgoWord if runs > 1 => {
                    cues.ago_phrases.insert(key, ());
                    continue;
                }
                SectionCue::CommentAction => ACTION,
                SectionCue::CommentVote => VOTE,
                SectionCue::AgoWord => AGO,
                SectionCue::TimeUnit => UNIT,
            };
            *cues.words.entry(word_hash(phrase)).or_insert(0) |= class;
        }
        cues
    }

    /// The cue of a line, if it is short enough to be section furniture.
    pub(crate) fn cue(&self, text: &str, s: &LineStats) -> Option<LineCue> {
        if s.words == 0 || s.words > 10 || s.ends_terminal && s.words > 3 {
            return None;
        }
        let mut actions = 0;
        let mut votes = 0;
        let mut units = 0;
        let mut ago = false;
        let mut other = 0;
        let mut count = 0;
        // headings: the words without counts or brackets ("12 Comments", "Comments (3)")
        let mut heading = PhraseKey::default();
        // the last words, for multi-word "ago" phrases
        let mut recent = [0u64; MAX_PHRASE_WORDS];
        for word in letter_runs(text) {
            let hash = word_hash(word);
            if count < MAX_PHRASE_WORDS {
                heading = heading.push_hash(hash);
                if self.teaser_headings.contains_key(&heading.value()) && s.words <= 8 {
                    return Some(LineCue::TeaserHeading);
                }
            }
            recent.rotate_right(1);
            recent[0] = hash;
            count += 1;
            for len in 2..=count.min(MAX_PHRASE_WORDS) {
                let window = recent[..len].iter().rev().fold(PhraseKey::default(), |k, &h| k.push_hash(h));
                ago |= self.ago_phrases.contains_key(&window.value());
            }
            match self.words.get(&hash).copied().unwrap_or(0) {
                c if c & ACTION != 0 => actions += 1,
                c if c & VOTE != 0 => votes += 1,
                c if c & UNIT != 0 => units += 1,
                c if c & AGO != 0 => ago = true,
                _ => other += 1,
            }
        }
        if count <= 4 && self.comment_headings.contains_key(&heading.value()) {
            return Some(LineCue::CommentHeading);
        }
        // "3 hours ago", "vor 2 Tagen", "Jane Roe · 5 min ago": a count (or a very short line)
        let relative_time = ago && units > 0 && (s.digits > 0 || s.words <= 4) && other <= 4;
        if relative_time {
            return Some(LineCue::RelativeTime);
        }
        if actions > 0 && other == 0 {
            return Some(LineCue::CommentMarker);
        }
        (votes > 0 && other == 0).then_some(LineCue::WeakCommentMarker)
    }
}

/// One line as the section rules see it.
pub(crate) struct SectionLine<'a> {
    pub stats: &'a LineStats,
    pub cue: Option<LineCue>,
}

/// The verdict was given by the model (or not at all), so section evidence may override it.
fn overridable(v: Option<JunkKind>) -> bool {
    matches!(v, None | Some(JunkKind::Navigation | JunkKind::Boilerplate))
}

/// A user name alone on a line: a short run of words without sentence punctuation.
fn name_like(line: &SectionLine<'_>) -> bool {
    (1..=4).contains(&line.stats.words) && !line.stats.ends_terminal && line.stats.stopwords == 0
}

/// Removes the reader comments that follow the article: from a comment heading confirmed by
/// comment furniture (or sitting after most of the article), or from the first cluster of
/// comment markers, to the end of the page.
pub(crate) fn mark_comment_section(lines: &[SectionLine<'_>], verdict: &mut [Option<JunkKind>]) {
    let n = lines.len();
    let comment_cue = |l: &SectionLine<'_>| {
        matches!(
            l.cue,
            Some(
                LineCue::CommentHeading
                    | LineCue::CommentMarker
                    | LineCue::RelativeTime
                    | LineCue::CommentHeader
            )
        )
    };
    if !lines.iter().any(comment_cue) {
        return;
    }
    let kept_prose: Vec<f32> = prefix(lines.iter().zip(verdict.iter()).map(|(l, v)| {
        if v.is_none() && l.stats.is_sentence_like() {
            l.stats.effective_words()
        } else {
            0.0
        }
    }));
    let total = kept_prose[n];
    // a comment header carries both the time and the author, so it counts as both kinds of marker
    let is_marker = |l: &SectionLine<'_>| {
        matches!(l.cue, Some(LineCue::CommentMarker | LineCue::RelativeTime | LineCue::CommentHeader))
    };
    let markers = prefix(lines.iter().map(|l| f32::from(u8::from(is_marker(l)))));
    let times =
        prefix(lines.iter().map(|l| {
            f32::from(u8::from(matches!(l.cue, Some(LineCue::RelativeTime | LineCue::CommentHeader))))
        }));
    let buttons = prefix(lines.iter().map(|l| {
        f32::from(u8::from(matches!(
            l.cue,
            Some(LineCue::CommentMarker | LineCue::WeakCommentMarker | LineCue::CommentHeader)
        )))
    }));
    let count = |p: &[f32], a: usize, b: usize| p[b.min(n)] - p[a.min(n)];
    for h in 0..n {
        let before = kept_prose[h];
        if before == 0.0 {
            continue;
        }
        let start = match lines[h].cue {
            Some(LineCue::CommentHeading) => {
                let furnished = count(&markers, h + 1, h + 13) >= 1.0;
                let after = total - kept_prose[h + 1];
                if !(furnished || after <= before) {
                    continue;
                }
                h
            }
            // without a heading it takes both a relative time and a button nearby: embedded posts
            // and teaser lists have one or the other
            Some(LineCue::CommentMarker | LineCue::RelativeTime | LineCue::CommentHeader)
                if count(&times, h, h + 11) >= 1.0
                    && count(&buttons, h, h + 11) >= 1.0
                    && count(&markers, h, h + 11) >= 2.0 =>
            {
                // the user name (and the comment text) may come before the first marker
                let mut start = h;
                if h >= 1 && name_like(&lines[h - 1]) {
                    start = h - 1;
                } else if h >= 2 && !name_like(&lines[h - 1]) && name_like(&lines[h - 2]) {
                    start = h - 2;
                }
                start
            }
            _ => continue,
        };
        for v in &mut verdict[start..] {
            if overridable(*v) {
                *v = Some(JunkKind::Comment);
            }
        }
        return;
    }
}

/// Removes teaser lists of other articles: a teaser heading and the headline-like lines and
/// short blurbs under it, until a long paragraph or two sentences in a row show the article
/// resuming (or a headline, byline or date starts the next one).
pub(crate) fn mark_teaser_blocks(lines: &[SectionLine<'_>], verdict: &mut [Option<JunkKind>]) {
    let n = lines.len();
    let mut h = 0;
    while h < n {
        if lines[h].cue != Some(LineCue::TeaserHeading) {
            h += 1;
            continue;
        }
        if overridable(verdict[h]) {
            verdict[h] = Some(JunkKind::RelatedLink);
        }
        let mut i = h + 1;
        // a sentence and the verdict it had before the block claimed it
        let mut previous_sentence: Option<(usize, Option<JunkKind>)> = None;
        while i < n {
            let line = &lines[i];
            // the headline, byline or date of an article, or a long paragraph: no teaser list
            let article_mark =
                matches!(verdict[i], Some(JunkKind::Title | JunkKind::Byline | JunkKind::Timestamp));
            // teaser blurbs are short; a long paragraph means the article goes on
            let paragraph = line.stats.words >= 25 && line.stats.is_sentence_like();
            if article_mark || paragraph || line.stats.words > 40 {
                break;
            }
            if line.cue == Some(LineCue::TeaserHeading) || !overridable(verdict[i]) {
                previous_sentence = None;
                i += 1;
                continue;
            }
            let sentence = line.stats.is_sentence_like() && line.stats.words >= 8;
            if sentence {
                if let Some((j, before)) = previous_sentence {
                    // two paragraphs in a row: the article goes on; the first of them is its text
                    verdict[j] = before;
                    break;
                }
                previous_sentence = Some((i, verdict[i]));
            } else {
                previous_sentence = None;
            }
            verdict[i] = Some(JunkKind::RelatedLink);
            i += 1;
        }
        h = i.max(h + 1);
    }
}

/// A teaser headline: a short run of words without a sentence end (a question is fine).
fn headline_like(line: &SectionLine<'_>) -> bool {
    let s = line.stats;
    // list items of an article (dates, prices, places) carry digits; a headline in a language
    // without a stopword list cannot be told from a verse or a quote
    (3..=20).contains(&s.words)
        && s.digits == 0
        && s.stopwords >= 1
        && !s.starts_bullet
        && (!s.ends_terminal || s.terminals == 1 && !s.is_sentence_like())
}

/// Removes runs of three or more kept headline-like lines after the article's last sentence:
/// teasers of other articles without a heading. Lists inside the article are followed by
/// more article text and stay.
pub(crate) fn mark_trailing_headline_runs(lines: &[SectionLine<'_>], verdict: &mut [Option<JunkKind>]) {
    let Some(last) =
        (0..lines.len()).rev().find(|&i| verdict[i].is_none() && lines[i].stats.is_sentence_like())
    else {
        return;
    };
    let mut i = last + 1;
    while i < lines.len() {
        let start = i;
        while i < lines.len() && verdict[i].is_none() && headline_like(&lines[i]) {
            i += 1;
        }
        if i - start >= 3 {
            for v in &mut verdict[start..i] {
                *v = Some(JunkKind::RelatedLink);
            }
        }
        i = i.max(start + 1);
    }
}

/// Keeps short runs of list items (dates, products, places) that the model removed between two
/// kept paragraphs: listing-style articles break their text into such lines, while menus and
/// share bars are single words, links or separator-strewn.
pub(crate) fn keep_sandwiched_lists(lines: &[SectionLine<'_>], verdict: &mut [Option<JunkKind>]) {
    let n = lines.len();
    let item = |i: usize, v: &[Option<JunkKind>]| {
        let s = lines[i].stats;
        matches!(v[i], Some(JunkKind::Navigation | JunkKind::Boilerplate))
            && (2..=25).contains(&s.words)
            && s.links == 0
            && s.separators == 0
            && lines[i].cue.is_none()
    };
    let paragraph = |i: usize, v: &[Option<JunkKind>]| v[i].is_none() && lines[i].stats.is_sentence_like();
    let mut i = 1;
    while i < n {
        if !item(i, verdict) || !paragraph(i - 1, verdict) {
            i += 1;
            continue;
        }
        let start = i;
        while i < n && item(i, verdict) {
            i += 1;
        }
        if i < n && i - start <= 15 && paragraph(i, verdict) {
            for v in &mut verdict[start..i] {
                *v = None;
            }
        }
    }
}

fn prefix(values: impl Iterator<Item = f32>) -> Vec<f32> {
    let mut out = vec![0.0];
    let mut sum = 0.0;
    for v in values {
        sum += v;
        out.push(sum);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::{Lexicon, LexiconSource};
    use crate::stats::line_stats;

    fn cue(text: &str) -> Option<LineCue> {
        let lex = Lexicon::build(&LexiconSource { use_builtin: true, ..Default::default() });
        let s = line_stats(text, &lex, &mut Vec::new());
        SectionCues::build(true, &[]).cue(text, &s)
    }

    fn stats(lines: &[&str]) -> Vec<LineStats> {
        let lex = Lexicon::build(&LexiconSource { use_builtin: true, ..Default::default() });
        lines.iter().map(|l| line_stats(l, &lex, &mut Vec::new())).collect()
    }

    #[test]
    fn sandwiched_list_items_come_back() {
        let text = [
            "We tested more than forty winter coats over two months of cold mornings in the hills.",
            "Harbour Parka by Northwind, warm and waterproof",
            "Fjord Jacket by Kestrel Outdoor, light for its warmth",
            "All of the coats were worn on at least ten walks, and we noted how each held up.",
            "Share",
        ];
        let stats = stats(&text);
        let lines: Vec<SectionLine<'_>> = stats.iter().map(|s| SectionLine { stats: s, cue: None }).collect();
        let b = Some(JunkKind::Boilerplate);
        let mut verdict = vec![None, b, b, None, Some(JunkKind::Navigation)];
        keep_sandwiched_lists(&lines, &mut verdict);
        assert_eq!(verdict, [None, None, None, None, Some(JunkKind::Navigation)]);
        // not between two paragraphs: stays removed
        let mut verdict = vec![b, b, b, None, b];
        keep_sandwiched_lists(&lines, &mut verdict);
        assert_eq!(verdict, [b, b, b, None, b]);
    }

    #[test]
    fn cues_of_short_lines() {
        assert_eq!(cue("12 Comments"), Some(LineCue::CommentHeading));
        assert_eq!(cue("Kommentare (3)"), Some(LineCue::CommentHeading));
        assert_eq!(cue("More from Harbour Times"), Some(LineCue::TeaserHeading));
        assert_eq!(cue("You may also like:"), Some(LineCue::TeaserHeading));
        assert_eq!(cue("À lire aussi"), Some(LineCue::TeaserHeading));
        assert_eq!(cue("3 hours ago"), Some(LineCue::RelativeTime));
        assert_eq!(cue("vor 2 Stunden"), Some(LineCue::RelativeTime));
        assert_eq!(cue("hace 5 minutos"), Some(LineCue::RelativeTime));
        assert_eq!(cue("il y a 3 heures"), Some(LineCue::RelativeTime));
        assert_eq!(cue("Reply · Report"), Some(LineCue::CommentMarker));
        assert_eq!(cue("Like"), Some(LineCue::WeakCommentMarker));
        assert_eq!(cue("Related"), Some(LineCue::TeaserHeading));
        // not furniture
        assert_eq!(cue("Relatedness of the two cases"), None);
        assert_eq!(cue("Vor dem Tag der Entscheidung"), None);
        assert_eq!(cue("He left the port two days ago."), None);
        assert_eq!(cue("Comments by the minister drew anger from the opposition"), None);
    }
}
