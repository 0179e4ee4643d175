//! The page's own metadata: schema.org JSON-LD, OpenGraph and `<meta>` tags, `<html lang>`,
//! the canonical link.

use serde_json::Value;

use super::parse::PageMeta;

/// What the page says about its article.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Metadata {
    pub headline: Option<String>,
    pub date: Option<String>,
    pub author: Option<String>,
    pub site: Option<String>,
    pub language: Option<String>,
    pub url: Option<String>,
    /// JSON-LD `articleBody` (or `text`) of the article object.
    pub body: Option<String>,
}

/// Schema.org types of news and blog articles.
fn is_article_type(t: &str) -> bool {
    let t = t.rsplit('/').next().unwrap_or(t);
    t.ends_with("Article")
        || matches!(t, "BlogPosting" | "LiveBlogPosting" | "Report" | "SocialMediaPosting" | "Review")
}

fn types(v: &Value) -> impl Iterator<Item = &str> {
    let t = v.get("@type");
    let one = t.and_then(Value::as_str);
    let many = t.and_then(Value::as_array).into_iter().flatten().filter_map(Value::as_str);
    one.into_iter().chain(many)
}

/// Collects the article objects of a JSON-LD value (inside arrays and `@graph`), at most a few
/// levels deep.
fn articles<'v>(v: &'v Value, depth: usize, out: &mut Vec<&'v Value>) {
    if depth > 4 || out.len() >= 8 {
        return;
    }
    match v {
        Value::Array(items) => items.iter().for_each(|i| articles(i, depth + 1, out)),
        Value::Object(map) => {
            if types(v).any(is_article_type) {
                out.push(v);
            }
            if let Some(g) = map.get("@graph") {
                articles(g, depth + 1, out);
            }
            if let Some(m) = map.get("mainEntity") {
                articles(m, depth + 1, out);
            }
        }
        _ => {}
    }
}

fn string(v: Option<&Value>) -> Option<String> {
    let s = match v? {
        Value::String(s) => s.clone(),
        Value::Array(items) => return items.iter().find_map(|i| string(Some(i))),
        Value::Object(m) => return string(m.get("name").or_else(|| m.get("@id")).or_else(|| m.get("url"))),
        _ => return None,
    };
    let s = super::text::fold(&super::text::decode_entities(&s));
    (!s.is_empty()).then_some(s)
}

fn names(v: Option<&Value>) -> Option<String> {
    let v = v?;
    let mut out: Vec<String> = Vec::new();
    let mut push = |x: &Value| {
        let name = match x {
            Value::String(s) => Some(s.clone()),
            Value::Object(m) => m.get("name").and_then(Value::as_str).map(str::to_owned),
            _ => None,
        };
        if let Some(n) = name.map(|n| super::text::fold(&n)) {
            if !n.is_empty() && !n.starts_with("http") && !out.contains(&n) && out.len() < 6 {
                out.push(n);
            }
        }
    };
    match v {
        Value::Array(items) => items.iter().for_each(&mut push),
        x => push(x),
    }
    (!out.is_empty()).then(|| out.join(", "))
}

/// `YYYY-MM-DD` from an ISO 8601 date or date-time, else from a date written out.
pub(crate) fn normalise_date(s: &str) -> Option<String> {
    let s = s.trim();
    let b = s.as_bytes();
    if b.len() >= 10
        && b[..4].iter().all(u8::is_ascii_digit)
        && b[4] == b'-'
        && b[5..7].iter().all(u8::is_ascii_digit)
        && b[7] == b'-'
        && b[8..10].iter().all(u8::is_ascii_digit)
    {
        let month: u32 = s[5..7].parse().ok()?;
        let day: u32 = s[8..10].parse().ok()?;
        return ((1..=12).contains(&month) && (1..=31).contains(&day)).then(|| s[..10].to_owned());
    }
    crate::dates::find_date(s)
}

/// Reads the metadata of a parsed page.
pub(crate) fn read(meta: &PageMeta) -> Metadata {
    let mut parsed: Vec<Value> = Vec::new();
    for script in &meta.json_ld {
        let s = script.trim();
        let s = s.strip_prefix("<!--").unwrap_or(s);
        let s = s.strip_suffix("-->").unwrap_or(s).trim();
        let s = s.strip_prefix("//<![CDATA[").unwrap_or(s);
        let s = s.strip_suffix("//]]>").unwrap_or(s);
        if let Ok(v) = serde_json::from_str::<Value>(s) {
            parsed.push(v);
        }
    }
    let mut found = Vec::new();
    for v in &parsed {
        articles(v, 0, &mut found);
    }
    // The article object with the longest body is the page's article.
    let body_len = |a: &&Value| a.get("articleBody").and_then(Value::as_str).map_or(0, str::len);
    let article = found.iter().copied().max_by_key(body_len).or_else(|| found.first().copied());
    let ld = |key: &str| article.and_then(|a| string(a.get(key)));
    let m = |key: &str| meta.meta(key).map(super::text::fold).filter(|s| !s.is_empty());

    let headline = ld("headline").or_else(|| m("og:title")).or_else(|| m("twitter:title"));
    let date = ld("datePublished")
        .or_else(|| ld("dateCreated"))
        .or_else(|| m("article:published_time"))
        .or_else(|| m("og:published_time"))
        .or_else(|| m("datepublished"))
        .or_else(|| m("date"))
        .or_else(|| m("pubdate"))
        .or_else(|| m("publishdate"))
        .or_else(|| m("dc.date"))
        .or_else(|| m("dc.date.issued"))
        .or_else(|| m("parsely-pub-date"))
        .or_else(|| m("sailthru.date"))
        .or_else(|| meta.times.first().cloned())
        .and_then(|d| normalise_date(&d));
    let author = article
        .and_then(|a| names(a.get("author")))
        .or_else(|| m("author"))
        .or_else(|| m("article:author").filter(|a| !a.starts_with("http")))
        .or_else(|| m("parsely-author"))
        .or_else(|| m("sailthru.author"));
    let site = m("og:site_name")
        .or_else(|| article.and_then(|a| names(a.get("publisher"))))
        .or_else(|| m("application-name"));
    let language = meta
        .lang
        .clone()
        .or_else(|| article.and_then(|a| string(a.get("inLanguage"))))
        .or_else(|| m("og:locale").map(|l| l.replace('_', "-")))
        .or_else(|| m("content-language"))
        .map(|l| l.trim().to_owned())
        .filter(|l| !l.is_empty() && l.len() <= 35);
    let url = meta
        .canonical
        .clone()
        .filter(|u| u.starts_with("http"))
        .or_else(|| m("og:url"))
        .or_else(|| ld("url"))
        .or_else(|| ld("mainEntityOfPage"))
        .filter(|u| u.starts_with("http"));
    let body = article
        .and_then(|a| a.get("articleBody").or_else(|| a.get("text")))
        .and_then(Value::as_str)
        .map(super::text::decode_entities)
        .filter(|b| !b.trim().is_empty());
    Metadata { headline, date, author, site, language, url, body }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_ld_graph_and_metas() {
        let meta = PageMeta {
            json_ld: vec![r#"{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"X"},
                {"@type":["NewsArticle"],"headline":"Port talks resume","datePublished":"2022-01-26T10:00:00Z",
                 "author":[{"@type":"Person","name":"Jane Doe"},{"name":"Li Wei"}],"articleBody":"Talks resume.",
                 "publisher":{"@type":"Organization","name":"Harbour Times"}}]}"#
                .to_owned()],
            lang: Some("en-GB".into()),
            canonical: Some("https://example.org/a".into()),
            metas: vec![("og:site_name".into(), "The Harbour Times".into())],
            ..PageMeta::default()
        };
        let m = read(&meta);
        assert_eq!(m.headline.as_deref(), Some("Port talks resume"));
        assert_eq!(m.date.as_deref(), Some("2022-01-26"));
        assert_eq!(m.author.as_deref(), Some("Jane Doe, Li Wei"));
        assert_eq!(m.site.as_deref(), Some("The Harbour Times"));
        assert_eq!(m.language.as_deref(), Some("en-GB"));
        assert_eq!(m.url.as_deref(), Some("https://example.org/a"));
        assert_eq!(m.body.as_deref(), Some("Talks resume."));
    }

    #[test]
    fn broken_json_ld_is_skipped() {
        let meta = PageMeta { json_ld: vec!["{\"@type\": \"NewsArticle\", ".into()], ..PageMeta::default() };
        assert_eq!(read(&meta), Metadata::default());
        assert_eq!(normalise_date("2021-13-40"), None);
    }
}
