//! Hard rules: lines whose kind is clear from the line alone.

use crate::lexicon::{Lexicon, PhraseHit, PhraseMode};
use crate::stats::LineStats;
use crate::JunkKind;

/// `[ad_1]`, `[ad]`, `[Advertisement]`-style slot markers.
fn is_ad_slot_marker(text: &str) -> bool {
    let Some(inner) = text.strip_prefix('[').and_then(|t| t.strip_suffix(']')) else { return false };
    let lower = inner.trim().to_ascii_lowercase();
    lower.len() <= 16
        && (lower.starts_with("ad") || lower.starts_with("advert"))
        && lower.chars().skip(2).all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | ' '))
        && !lower.starts_with("add")
}

/// The first letter/digit offset of the line, where a prefix phrase must start.
fn first_alnum(text: &str) -> usize {
    text.char_indices().find(|&(_, c)| c.is_alphanumeric()).map_or(0, |(i, _)| i)
}

/// The rest of the line after a "By"-style prefix looks like a name list, not a sentence.
fn looks_like_byline(s: &LineStats) -> bool {
    s.words <= 9 && !s.ends_terminal && s.capitalised_ratio() >= 0.5
}

/// The kind of a line judged alone, or `None` when context or the classifier must decide.
///
/// `hits` are the phrase matches inside the line, with offsets relative to `text`.
pub(crate) fn classify_line(
    text: &str,
    s: &LineStats,
    lexicon: &Lexicon,
    hits: &[PhraseHit],
) -> Option<JunkKind> {
    if is_ad_slot_marker(text) {
        return Some(JunkKind::AdMarker);
    }
    if s.key != 0 {
        if let Some(kind) = lexicon.line_phrase(s.key) {
            return Some(kind);
        }
    }
    let words = s.words;
    let start = first_alnum(text);
    let prefix = lexicon
        .prefix_phrase(text)
        .or_else(|| (start > 0).then(|| lexicon.prefix_phrase(&text[start..])).flatten());
    for hit in prefix.iter().chain(hits) {
        let applies = match hit.mode {
            PhraseMode::Line => false,
            PhraseMode::Prefix => match hit.kind {
                JunkKind::Byline => looks_like_byline(s),
                JunkKind::Caption | JunkKind::Copyright | JunkKind::Tags => words <= 60,
                _ => words <= 30,
            },
            PhraseMode::Contains => match hit.kind {
                // a long line that mentions signing up may be an article about a service
                JunkKind::Promo => words < SOFT_PROMO_WORDS,
                JunkKind::Cookie | JunkKind::CommentForm | JunkKind::Copyright => words <= 80,
                JunkKind::Caption => words <= 40,
                JunkKind::Byline => false,
                _ => words <= 30,
            },
        };
        if applies {
            return Some(hit.kind);
        }
    }
    if s.has_copyright_sign && words <= 40 {
        let lower_rights = text.to_lowercase().contains("rights");
        return Some(if s.has_year || lower_rights { JunkKind::Copyright } else { JunkKind::Caption });
    }
    if words <= 2 && text.starts_with('@') && !text.contains(' ') {
        return Some(JunkKind::SiteChrome);
    }
    if is_timestamp(s) {
        return Some(JunkKind::Timestamp);
    }
    if s.separators >= 2 && words <= 30 && !s.is_prose() {
        return Some(if s.has_year { JunkKind::RelatedLink } else { JunkKind::Navigation });
    }
    if is_comment_header(text, s) {
        return Some(JunkKind::CommentForm);
    }
    if is_hard_promo(s) {
        return Some(JunkKind::Promo);
    }
    if s.byline_roles >= 1 && words <= 12 && !s.ends_terminal && s.capitalised_ratio() >= 0.4 && s.quotes == 0
    {
        return Some(JunkKind::Byline);
    }
    None
}

/// Only numbers, month and weekday names, time zones and words like "Updated".
fn is_timestamp(s: &LineStats) -> bool {
    let other = s.words.saturating_sub(s.numeric_words + s.date_words);
    s.words <= 16
        && s.numeric_words >= 1
        && other <= 1
        && (s.has_time || s.has_year || s.date_words >= 1)
        && s.cjk == 0
}

/// Verbs that end a comment's header line ("Jane on May 3, 2019 at 4:47 pm said:").
const COMMENT_HEADER_ENDINGS: &[&str] =
    &["said:", "says:", "wrote:", "writes:", "replied:", "dice:", "schrieb:", "a dit :", "a écrit :"];

/// The header of a reader comment: a short line with a date or time, ending in "said:" or similar.
fn is_comment_header(text: &str, s: &LineStats) -> bool {
    s.words <= 20
        && (s.has_time || s.has_year || s.date_words >= 1)
        && s.ends_colon
        && COMMENT_HEADER_ENDINGS.iter().any(|e| {
            text.len() >= e.len()
                && text.is_char_boundary(text.len() - e.len())
                && text[text.len() - e.len()..].eq_ignore_ascii_case(e)
        })
}

/// Lines this long with a promo phrase are judged in context (see [`is_soft_promo`]).
const SOFT_PROMO_WORDS: u32 = 20;

/// A line that reads like a pitch to the reader but could also be article text about a service:
/// the caller keeps it only when it sits between kept paragraphs.
pub(crate) fn is_soft_promo(s: &LineStats, hits: &[PhraseHit]) -> bool {
    is_prose_promo(s) || (s.words >= SOFT_PROMO_WORDS && hits.iter().any(|h| h.kind == JunkKind::Promo))
}

/// A pitch so dense in "you" and subscription words that no context makes it article text.
fn is_hard_promo(s: &LineStats) -> bool {
    s.quotes == 0 && s.promo_cues >= 2 && s.second_person + s.promo_cues >= 4
}

/// A pitch to the reader: "you/your" together with subscription or news-service words, outside quotes.
fn is_prose_promo(s: &LineStats) -> bool {
    s.second_person >= 1 && s.promo_cues >= 1 && s.second_person + s.promo_cues >= 3 && s.quotes == 0
}

/// A person's name alone on a line: two to four capitalised words, no function words or digits.
pub(crate) fn is_name_only(text: &str, s: &LineStats) -> bool {
    (2..=4).contains(&s.words)
        && s.capitalised == s.words
        && s.stopwords == 0
        && s.digits == 0
        && !s.ends_terminal
        && s.cjk == 0
        && text.chars().all(|c| c.is_alphabetic() || matches!(c, ' ' | '.' | '-' | '\'' | '’'))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::LexiconSource;
    use crate::stats::line_stats;

    fn soft(text: &str) -> bool {
        let lex = Lexicon::build(&LexiconSource { use_builtin: true, ..Default::default() });
        let mut starts = Vec::new();
        let s = line_stats(text, &lex, &mut starts);
        let hits: Vec<PhraseHit> = starts.iter().filter_map(|&at| lex.phrase_at(text, at as usize)).collect();
        is_soft_promo(&s, &hits)
    }

    fn kind(text: &str) -> Option<JunkKind> {
        let lex = Lexicon::build(&LexiconSource { use_builtin: true, ..Default::default() });
        let s = line_stats(text, &lex, &mut Vec::new());
        let mut hits = Vec::new();
        lex.for_each_phrase(text, |h| hits.push(h));
        classify_line(text, &s, &lex, &hits)
    }

    #[test]
    fn each_kind_of_line() {
        assert_eq!(kind("[ad_3]"), Some(JunkKind::AdMarker));
        assert_eq!(kind("ADVERTISEMENT"), Some(JunkKind::AdMarker));
        assert_eq!(kind("Source link"), Some(JunkKind::SourceLink));
        assert_eq!(kind("Share this story"), Some(JunkKind::SiteChrome));
        assert_eq!(kind("Leave a comment"), Some(JunkKind::CommentForm));
        assert_eq!(
            kind("Your email address will not be published. Required fields are marked *"),
            Some(JunkKind::CommentForm)
        );
        assert_eq!(kind("We use cookies to improve your experience on our site."), Some(JunkKind::Cookie));
        assert_eq!(kind("© 2021 Daily Planet Media. All rights reserved."), Some(JunkKind::Copyright));
        assert_eq!(kind("© Reuters / Jane Roe"), Some(JunkKind::Caption));
        assert_eq!(kind("09:12 GMT 03.04.2021 (Updated: 10:40 GMT 03.04.2021)"), Some(JunkKind::Timestamp));
        assert_eq!(
            kind("Analysis: Ports reopen | Business | Planet | 02.03.2021"),
            Some(JunkKind::RelatedLink)
        );
        assert_eq!(kind("Tags: trade, shipping, ports"), Some(JunkKind::Tags));
        assert_eq!(kind("By Jane Roe and Max Mustermann"), Some(JunkKind::Byline));
        assert_eq!(kind("Staff correspondent Jane Roe"), Some(JunkKind::Byline));
        assert_eq!(kind("Max Muster on March 3, 2020 at 4:47 pm said:"), Some(JunkKind::CommentForm));
        let pitch = "Once you join our portal you will get fresh stories for your morning coffee!";
        assert_eq!(kind(pitch), Some(JunkKind::Promo));
        let maybe = "If you live in the city, chances are you already have an app for the bus times.";
        assert_eq!(kind(maybe), None);
        assert!(soft(maybe));
        assert!(!soft("The council said the new portal would open in May, officials told reporters."));
    }

    #[test]
    fn prose_is_left_alone() {
        assert_eq!(kind("By the end of the year, the port had reopened to most ships."), None);
        assert_eq!(kind("The council said the news came as a surprise to residents."), None);
        assert_eq!(kind("“You will not get any updates from us,” the spokesman told reporters."), None);
        assert_eq!(kind("[additional reporting]"), None);
    }
}
