//! nom grammars for the structured tokens: numbers, dates and times, e-mail addresses, domains.
//!
//! Each recogniser takes the text from a candidate token start and returns the byte length of
//! the token, or `None`. They never allocate (`many0_count`, not `many0`), so the scanner can
//! call them at every digit without a cost per token.

use nom::branch::alt;
use nom::bytes::complete::{take_while1, take_while_m_n};
use nom::character::complete::{char, digit1, one_of, satisfy};
use nom::combinator::{not, opt, peek, recognize, verify};
use nom::multi::{many0_count, many1_count};
use nom::sequence::{pair, preceded, terminated, tuple};
use nom::IResult;

type Res<'a> = IResult<&'a str, &'a str>;

fn digits(min: usize, max: usize) -> impl FnMut(&str) -> Res<'_> {
    move |i| take_while_m_n(min, max, |c: char| c.is_ascii_digit())(i)
}

fn no_digit_follows(i: &str) -> IResult<&str, ()> {
    not(satisfy(|c| c.is_ascii_digit()))(i)
}

/// `2022-01-26`
fn iso_date(i: &str) -> Res<'_> {
    recognize(tuple((digits(4, 4), char('-'), digits(1, 2), char('-'), digits(1, 2))))(i)
}

/// `26.01.2022`, `26/01/22`, `26-01-2022`: the same separator twice.
fn day_month_year(i: &str) -> Res<'_> {
    let (rest, (_, sep, _)) = tuple((digits(1, 2), one_of("./-"), digits(1, 2)))(i)?;
    let (rest, _) =
        preceded(char(sep), alt((terminated(digits(4, 4), no_digit_follows), digits(2, 2))))(rest)?;
    Ok((rest, &i[..i.len() - rest.len()]))
}

/// `17:45`, `09:30:15`
fn clock_time(i: &str) -> Res<'_> {
    recognize(tuple((digits(1, 2), char(':'), digits(2, 2), opt(pair(char(':'), digits(2, 2))))))(i)
}

/// Length of a date or time at the start of `i`.
pub(crate) fn date_or_time(i: &str) -> Option<usize> {
    terminated(alt((iso_date, day_month_year, clock_time)), no_digit_follows)(i).ok().map(|(_, m)| m.len())
}

/// Length of a day-and-month pair such as `16.12` (used only where brackets make it a date).
pub(crate) fn day_month(i: &str) -> Option<usize> {
    let parsed: Res<'_> = recognize(tuple((digits(1, 2), char('.'), digits(2, 2), no_digit_follows)))(i);
    let (_, m) = parsed.ok()?;
    let (day, month) = m.split_once('.')?;
    let (day, month): (u32, u32) = (day.parse().ok()?, month.parse().ok()?);
    ((1..=31).contains(&day) && (1..=12).contains(&month)).then_some(m.len())
}

/// Length of a number at the start of `i`: `100,000`, `4.5`, `1.234.567`, `4.5%`.
///
/// A comma groups exactly three digits; a period needs a digit after it, so the period that ends
/// a sentence after a number is not taken.
pub(crate) fn number(i: &str) -> Option<usize> {
    let group = terminated(preceded(char(','), digits(3, 3)), no_digit_follows);
    let decimal = preceded(char('.'), digit1);
    let parsed: Res<'_> = recognize(tuple((digit1, many0_count(alt((group, decimal))), opt(char('%')))))(i);
    parsed.ok().map(|(_, m)| m.len())
}

fn is_local_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '%' | '+' | '-')
}

fn is_label_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '-'
}

/// Top-level domain: letters only, at least two.
fn tld_follows(i: &str) -> Res<'_> {
    peek(verify(take_while1(is_label_char), |l: &str| {
        l.len() >= 2 && l.bytes().all(|b| b.is_ascii_alphabetic())
    }))(i)
}

/// `nato.int`, `www.example.50.com`: labels separated by periods, the last alphabetic.
fn domain(i: &str) -> Res<'_> {
    let (rest, m) = recognize(pair(
        take_while1(is_label_char),
        many1_count(preceded(char('.'), take_while1(is_label_char))),
    ))(i)?;
    let last = &m[m.rfind('.').map_or(0, |p| p + 1)..];
    tld_follows(last)?;
    Ok((rest, m))
}

/// Longest local part of an e-mail address (RFC 5321).
const MAX_LOCAL: usize = 64;
/// Longest domain name (RFC 1035), in bytes.
const MAX_DOMAIN: usize = 253;

/// Longest domain taken without a scheme or `www.` (`nato.int`); longer dotted runs are more
/// likely run-together sentences than addresses.
const MAX_BARE_DOMAIN: usize = 64;

/// At most `max` bytes of `i`, cut at a char boundary. The scanner probes for e-mail addresses
/// and domains at many positions; bounding each probe keeps tokenizing linear in the input.
fn prefix(i: &str, max: usize) -> &str {
    let mut n = max.min(i.len());
    while !i.is_char_boundary(n) {
        n -= 1;
    }
    &i[..n]
}

/// Length of an e-mail address at the start of `i`.
pub(crate) fn email(i: &str) -> Option<usize> {
    let i = prefix(i, MAX_LOCAL + 1 + MAX_DOMAIN);
    let local = take_while_m_n(1, MAX_LOCAL, is_local_char);
    let parsed: Res<'_> = recognize(tuple((local, char('@'), domain)))(i);
    let (_, m) = parsed.ok()?;
    // A local part cannot start or end with a period.
    let local = &m[..m.find('@')?];
    (!local.starts_with('.') && !local.ends_with('.')).then_some(m.len())
}

/// Generic top-level domains common enough in news copy ("told Polygraph.info", "wrote on
/// Salon.com") to take a capitalised site name before them for a domain.
const NEWS_TLDS: [&str; 8] = ["com", "org", "net", "info", "gov", "edu", "io", "news"];

/// Length of a bare domain such as `nato.int` or `bbc.co.uk`: lowercase, or a capitalised site
/// name before a common generic TLD (`Reuters.com`; "the war.Then" stays two sentences).
pub(crate) fn bare_domain(i: &str) -> Option<usize> {
    let (_, m) = domain(prefix(i, MAX_BARE_DOMAIN)).ok()?;
    let lowercase = m.bytes().all(|b| !b.is_ascii_uppercase());
    let tld = &m[m.rfind('.')? + 1..];
    (lowercase && tld.len() <= 6 || NEWS_TLDS.contains(&tld)).then_some(m.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers() {
        assert_eq!(number("100,000 troops"), Some(7));
        assert_eq!(number("4.5% rise"), Some(4));
        assert_eq!(number("100.00. It"), Some(6));
        assert_eq!(number("1,000.That"), Some(5));
        assert_eq!(number("1026.253.553."), Some(12));
        assert_eq!(number("1,2345"), Some(1), "a comma groups exactly three digits");
        assert_eq!(number("abc"), None);
    }

    #[test]
    fn dates_and_times() {
        assert_eq!(date_or_time("26.01.2022)"), Some(10));
        assert_eq!(date_or_time("2022-01-26 "), Some(10));
        assert_eq!(date_or_time("17:45 GMT"), Some(5));
        assert_eq!(date_or_time("1/2/22 x"), Some(6));
        assert_eq!(date_or_time("4.5"), None);
        assert_eq!(date_or_time("26.01.20221"), None);
        assert_eq!(day_month("16.12)"), Some(5));
        assert_eq!(day_month("16.13)"), None);
        assert_eq!(day_month("4.5)"), None);
    }

    #[test]
    fn emails_and_domains() {
        assert_eq!(email("press@nato.int. Both"), Some(14));
        assert_eq!(email("Jane.Doe@example.com."), Some(20));
        assert_eq!(email("a@b"), None);
        assert_eq!(email("x@y.c0m"), None);
        assert_eq!(bare_domain("nato.int said"), Some(8));
        assert_eq!(bare_domain("bbc.co.uk."), Some(9));
        assert_eq!(bare_domain("world.Today"), None);
        assert_eq!(bare_domain("Polygraph.info the"), Some(14));
        assert_eq!(bare_domain("Reuters.com."), Some(11));
        // a capitalised word before anything else is no site
        assert_eq!(bare_domain("Paris.it was"), None);
        assert_eq!(bare_domain("War.The"), None);
        let long_local = format!("{}@x.org", "a".repeat(65));
        assert_eq!(email(&long_local), None);
        assert_eq!(prefix("aé", 2), "a");
    }
}
