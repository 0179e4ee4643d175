//! Finding a calendar date in a short piece of text.

use std::sync::OnceLock;

use crate::hash::{word_hash, HashedMap};

const MONTHS: &str = include_str!("../data/months.txt");

fn month_table() -> &'static HashedMap<u32> {
    static TABLE: OnceLock<HashedMap<u32>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut table = HashedMap::default();
        for line in MONTHS.lines().filter(|l| !l.trim_start().starts_with('#')) {
            let mut words = line.split_whitespace();
            let Some(Ok(number)) = words.next().map(str::parse::<u32>) else { continue };
            for name in words {
                table.insert(word_hash(name), number);
            }
        }
        table
    })
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Token {
    /// A number and how many digits it had.
    Number(u32, usize),
    Month(u32),
    Other,
}

/// Splits into letter/digit runs, remembering the char that preceded each run.
fn tokens(text: &str) -> Vec<(Token, char)> {
    let mut out = Vec::new();
    let mut sep = ' ';
    let mut start = None;
    let flush = |out: &mut Vec<(Token, char)>, word: &str, sep: char| {
        let digits = word.bytes().take_while(u8::is_ascii_digit).count();
        let token = if digits > 0 {
            let suffix = &word[digits..];
            if suffix.is_empty() || matches!(suffix.to_ascii_lowercase().as_str(), "st" | "nd" | "rd" | "th")
            {
                match word[..digits].parse::<u32>() {
                    Ok(n) if digits <= 4 => Token::Number(n, digits),
                    _ => Token::Other,
                }
            } else {
                Token::Other
            }
        } else {
            month_table().get(&word_hash(word)).map_or(Token::Other, |&m| Token::Month(m))
        };
        out.push((token, sep));
    };
    for (i, c) in text.char_indices() {
        if c.is_alphanumeric() {
            if start.is_none() {
                start = Some(i);
            }
        } else {
            if let Some(s) = start.take() {
                flush(&mut out, &text[s..i], sep);
            }
            sep = c;
        }
        if out.len() > 64 {
            break;
        }
    }
    if let Some(s) = start {
        flush(&mut out, &text[s..], sep);
    }
    out
}

fn format(year: u32, month: u32, day: u32) -> Option<String> {
    ((1900..=2099).contains(&year) && (1..=12).contains(&month) && (1..=31).contains(&day))
        .then(|| format!("{year:04}-{month:02}-{day:02}"))
}

/// The first date in `text` as `YYYY-MM-DD`: ISO dates, `26.01.2022`, `01/26/2022`,
/// `January 26, 2022`, `26 January 2022` (month names in several languages).
pub(crate) fn find_date(text: &str) -> Option<String> {
    let toks = tokens(text);
    for w in toks.windows(3) {
        let found = match (w[0].0, w[1].0, w[2].0) {
            (Token::Number(y, 4), Token::Number(m, _), Token::Number(d, _))
                if w[1].1 == w[2].1 && matches!(w[1].1, '-' | '/' | '.') =>
            {
                format(y, m, d)
            }
            (Token::Number(a, 1..=2), Token::Number(b, 1..=2), Token::Number(y, 4))
                if w[1].1 == w[2].1 && matches!(w[1].1, '-' | '/' | '.') =>
            {
                if w[1].1 == '/' && a <= 12 {
                    format(y, a, b)
                } else {
                    format(y, b, a)
                }
            }
            (Token::Month(m), Token::Number(d, 1..=2), Token::Number(y, 4)) => format(y, m, d),
            (Token::Number(d, 1..=2), Token::Month(m), Token::Number(y, 4)) => format(y, m, d),
            _ => None,
        };
        if found.is_some() {
            return found;
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::find_date;

    #[test]
    fn finds_common_formats() {
        assert_eq!(find_date("date 2022-01-26 text").as_deref(), Some("2022-01-26"));
        assert_eq!(find_date("09:12 GMT 14.03.2021 (Updated)").as_deref(), Some("2021-03-14"));
        assert_eq!(find_date("Published January 26th, 2022").as_deref(), Some("2022-01-26"));
        assert_eq!(find_date("26 janvier 2022").as_deref(), Some("2022-01-26"));
        assert_eq!(find_date("11/19/2019 5:00 AM").as_deref(), Some("2019-11-19"));
        assert_eq!(find_date("19/11/2019").as_deref(), Some("2019-11-19"));
    }

    #[test]
    fn rejects_non_dates() {
        assert_eq!(find_date("Version 2.1.3000 released"), None);
        assert_eq!(find_date("He scored 12 goals in 31 games"), None);
        assert_eq!(find_date(""), None);
    }
}
