//! Page sections that span several lines and read like prose line by line: reader comments and
//! teaser lists of other articles. A line alone cannot tell a reader's comment from a paragraph;
//! the section structure around it can (a "12 Comments" heading, "Reply" buttons, "3 hours ago").
//!
//! Cue words live in `data/sections.tsv` and can be extended through the builder.

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

/// The compiled cue lists.
#[derive(Debug, Clone, Default)]
pub(crate) struct SectionCues {
    comment_headings: Vec<String>,
    teaser_headings: Vec<String>,
    actions: Vec<String>,
    votes: Vec<String>,
    ago_words: Vec<String>,
    ago_phrases: Vec<String>,
    units: Vec<String>,
}

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
}

impl SectionCues {
    pub(crate) fn build(builtin: bool, extra: &[(SectionCue, String)]) -> SectionCues {
        let mut cues = SectionCues::default();
        let builtin_cues: Vec<_> = if builtin { parse_cues(BUILTIN).collect() } else { Vec::new() };
        for (cue, phrase) in builtin_cues.iter().chain(extra) {
            let phrase = phrase.clone();
            let list = match cue {
                SectionCue::CommentHeading => &mut cues.comment_headings,
                SectionCue::TeaserHeading => &mut cues.teaser_headings,
                SectionCue::CommentAction => &mut cues.actions,
                SectionCue::CommentVote => &mut cues.votes,
                SectionCue::AgoWord if phrase.contains(' ') => &mut cues.ago_phrases,
                SectionCue::AgoWord => &mut cues.ago_words,
                SectionCue::TimeUnit => &mut cues.units,
            };
            list.push(phrase);
        }
        cues
    }

    /// The cue of a line, if it is short enough to be section furniture.
    pub(crate) fn cue(&self, text: &str, s: &LineStats) -> Option<LineCue> {
        if s.words == 0 || s.words > 10 || s.ends_terminal && s.words > 3 {
            return None;
        }
        // headings: the words without counts or brackets around them ("12 Comments", "Comments (3)")
        let core = text.trim_matches(|c: char| !c.is_alphabetic());
        if s.words <= 4 && self.comment_headings.iter().any(|h| eq_ci(core, h)) {
            return Some(LineCue::CommentHeading);
        }
        if s.words <= 8 && self.teaser_headings.iter().any(|h| starts_with_word_ci(core, h)) {
            return Some(LineCue::TeaserHeading);
        }
        let mut actions = 0;
        let mut votes = 0;
        let mut units = 0;
        let mut ago = false;
        let mut other = 0;
        for token in letter_runs(text) {
            if self.actions.iter().any(|a| eq_ci(token, a)) {
                actions += 1;
            } else if self.votes.iter().any(|a| eq_ci(token, a)) {
                votes += 1;
            } else if self.units.iter().any(|u| eq_ci(token, u)) {
                units += 1;
            } else if self.ago_words.iter().any(|u| eq_ci(token, u)) {
                ago = true;
            } else {
                other += 1;
            }
        }
        ago |= self.ago_phrases.iter().any(|p| contains_ci(text, p));
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

/// Runs of letters (digits split words: "3h" gives "h").
fn letter_runs(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_alphabetic() && c != '\'').filter(|t| !t.is_empty())
}

/// `text` lower-cased equals `lower` (which is lower case).
fn eq_ci(text: &str, lower: &str) -> bool {
    text.chars().flat_map(char::to_lowercase).eq(lower.chars())
}

/// `text` starts with the words of `lower`, case-insensitively, and a word ends there.
fn starts_with_word_ci(text: &str, lower: &str) -> bool {
    let mut chars = text.char_indices();
    let mut want = lower.chars();
    loop {
        let Some(w) = want.next() else {
            return chars.next().is_none_or(|(_, c)| !c.is_alphanumeric());
        };
        let Some((_, c)) = chars.next() else { return false };
        // typographic apostrophes match typed ones
        let c = if c == '’' { '\'' } else { c };
        if c != w && c.to_lowercase().next() != Some(w) {
            return false;
        }
    }
}

fn contains_ci(text: &str, lower: &str) -> bool {
    text.char_indices()
        .any(|(i, c)| (i == 0 || !c.is_alphanumeric()) && starts_with_word_ci(text[i..].trim_start(), lower))
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
    let kept_prose: Vec<f32> = prefix(lines.iter().zip(verdict.iter()).map(|(l, v)| {
        if v.is_none() && l.stats.is_sentence_like() {
            l.stats.effective_words()
        } else {
            0.0
        }
    }));
    let total = kept_prose[n];
    let is_marker =
        |l: &SectionLine<'_>| matches!(l.cue, Some(LineCue::CommentMarker | LineCue::RelativeTime));
    let markers = prefix(lines.iter().map(|l| f32::from(u8::from(is_marker(l)))));
    let times = prefix(lines.iter().map(|l| f32::from(u8::from(l.cue == Some(LineCue::RelativeTime)))));
    let buttons = prefix(lines.iter().map(|l| {
        f32::from(u8::from(matches!(l.cue, Some(LineCue::CommentMarker | LineCue::WeakCommentMarker))))
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
            Some(LineCue::CommentMarker | LineCue::RelativeTime)
                if count(&times, h, h + 11) >= 1.0 && count(&buttons, h, h + 11) >= 1.0 =>
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
