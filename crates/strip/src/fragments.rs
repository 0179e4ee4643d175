//! Junk fragments cut from inside kept lines: date prefixes, agency tags, headline labels.

use crate::lines::is_blank_char;

/// Words that introduce a metadata date at the start of a line.
const DATE_PREFIX_WORDS: &[&str] =
    &["date", "published", "posted", "updated", "datum", "fecha", "data", "publié", "veröffentlicht"];

/// If `line` starts with a metadata date ("date 2022-01-26 …", "Published: 26.01.2022 …") followed by
/// more text, returns the byte length of that prefix (without the trailing space).
pub(crate) fn leading_date_prefix(line: &str) -> Option<usize> {
    // cheap rejection first: every keyword and every date starts with one of these
    let first = *line.as_bytes().first()?;
    if !(first.is_ascii_digit() || matches!(first.to_ascii_lowercase(), b'd' | b'p' | b'u' | b'f' | b'v')) {
        return None;
    }
    let mut rest = line;
    let lower_head: String = line.chars().take(16).collect::<String>().to_lowercase();
    let mut keyword = false;
    for word in DATE_PREFIX_WORDS {
        // the char-boundary check guards against case mappings that change byte lengths
        if lower_head.starts_with(word) && line.is_char_boundary(word.len()) {
            let after = &line[word.len()..];
            if after.starts_with([':', ' ', '\t']) {
                rest = after.trim_start_matches([':', ' ', '\t']);
                keyword = true;
                break;
            }
        }
    }
    let date_len = rest
        .char_indices()
        .find(|&(_, c)| !(c.is_ascii_digit() || matches!(c, '-' | '/' | '.')))
        .map_or(rest.len(), |(i, _)| i);
    let date = rest[..date_len].trim_end_matches(['.', '-', '/']);
    if date.len() < 8 || crate::dates::find_date(date).is_none() {
        return None;
    }
    let after = &rest[date.len()..];
    let more_text =
        after.starts_with(|c: char| is_blank_char(c)) && after.trim().chars().any(char::is_alphabetic);
    // a bare ISO date at the start of a paragraph is metadata only when it is ISO-shaped
    let iso_shaped = date.len() == 10 && date.as_bytes()[4] == b'-';
    (more_text && (keyword || iso_shaped)).then_some(line.len() - rest.len() + date.len())
}

/// If `line` ends with a news-agency tag such as `/DW/` or `/AFP/`, returns the tag's byte offset.
pub(crate) fn trailing_agency_tag(line: &str) -> Option<usize> {
    let inner_end = line.strip_suffix('/')?;
    let open = inner_end.rfind('/')?;
    let tag = &inner_end[open + 1..];
    let ok_len = (1..=16).contains(&tag.chars().count());
    let starts_upper = tag.chars().next().is_some_and(char::is_uppercase);
    let tag_chars = tag.chars().all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | ' ' | '&'));
    let letters_upper =
        tag.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase) || tag.split(' ').count() <= 2;
    let before_ok = open > 0 && line[..open].chars().next_back().is_some_and(|c| !c.is_alphanumeric());
    (ok_len && starts_upper && tag_chars && letters_upper && before_ok && !line[..open].trim().is_empty())
        .then_some(open)
}

/// Separators between a headline and a trailing section or outlet label.
const LABEL_SEPARATORS: &[&str] = &[" – ", " — ", " - ", " | ", " :: ", " » ", " · "];

/// If a headline ends with a short label (" – Politics", " | The Daily Planet"), returns the byte
/// offset where the separator starts and where the label text starts.
pub(crate) fn headline_suffix(title: &str) -> Option<(usize, usize)> {
    let (sep_at, sep) = LABEL_SEPARATORS
        .iter()
        .filter_map(|sep| title.rfind(sep).map(|i| (i, *sep)))
        .max_by_key(|&(i, _)| i)?;
    let label = &title[sep_at + sep.len()..];
    let head = &title[..sep_at];
    let label_words = label.split_whitespace().count();
    let head_words = head.split_whitespace().count();
    let label_ok = (1..=6).contains(&label_words)
        && label.chars().count() <= 48
        && !label.ends_with(['.', '!', '?'])
        && label.chars().next().is_some_and(|c| c.is_uppercase() || c.is_numeric());
    (label_ok && head_words >= 3).then_some((sep_at + 1, sep_at + sep.len()))
}

/// If a headline starts with a short section label ("Opinion | …"), returns where the headline proper starts.
pub(crate) fn headline_prefix(title: &str) -> Option<usize> {
    let at = title.find(" | ")?;
    let label = &title[..at];
    let rest = &title[at + 3..];
    ((1..=2).contains(&label.split_whitespace().count()) && rest.split_whitespace().count() >= 3)
        .then_some(at + 3)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cuts_date_prefixes() {
        let line = "date 2022-01-26 Diplomats said on Wednesday that the answer was ready.";
        assert_eq!(leading_date_prefix(line), Some("date 2022-01-26".len()));
        assert_eq!(
            leading_date_prefix("Published: 26.01.2022 The talks"),
            Some("Published: 26.01.2022".len())
        );
        assert_eq!(leading_date_prefix("2021-03-04 The council met again."), Some(10));
        assert_eq!(leading_date_prefix("Date of the meeting is unclear."), None);
        assert_eq!(leading_date_prefix("date 2022-01-26"), None);
        assert_eq!(leading_date_prefix("12.03.2020 was a Thursday."), None);
    }

    #[test]
    fn cuts_agency_tags() {
        let line = "The minister spoke in Kiev./XYZ/";
        assert_eq!(trailing_agency_tag(line), Some(line.len() - 5));
        assert_eq!(trailing_agency_tag("The ratio was 3/4/"), None);
        assert_eq!(trailing_agency_tag("see /usr/lib/"), None);
        assert_eq!(trailing_agency_tag("/AFP/"), None);
    }

    #[test]
    fn finds_headline_labels() {
        let t = "Ministers reject the new plan – Economy";
        let (sep, label) = headline_suffix(t).unwrap();
        assert_eq!(&t[sep..], "– Economy");
        assert_eq!(&t[label..], "Economy");
        assert_eq!(headline_suffix("Short - Label"), None);
        assert_eq!(headline_suffix("Talks fail - and then what happens next?"), None);
        let p = "Opinion | The council should act now";
        assert_eq!(&p[headline_prefix(p).unwrap()..], "The council should act now");
    }
}
