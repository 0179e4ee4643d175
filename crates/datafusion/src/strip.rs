//! `newsclaim_strip(text)`: a scraped page (text or HTML) → its article, by `newsclaim-strip`.

use crate::args::text_function;
use datafusion::arrow::array::{ArrayRef, BooleanBuilder, StringBuilder, StructArray, UInt32Builder};
use datafusion::arrow::datatypes::{DataType, Field, Fields};
use newsclaim_strip::Stripper;
use std::sync::{Arc, LazyLock};

/// The fields of `newsclaim_strip`'s struct, in order:
///
/// | field | type | |
/// |---|---|---|
/// | `title` | Utf8 | the headline, NULL when the page has none |
/// | `date` | Utf8 | publication date `YYYY-MM-DD`, NULL when not stated |
/// | `byline` | Utf8 | the author line |
/// | `outlet` | Utf8 | the outlet name |
/// | `body` | Utf8, not null | the kept paragraphs joined by `\n` ("" when nothing is kept) |
/// | `article` | Utf8, not null | the headline, a blank line, then the body: what [`newsclaim_claims`](crate::ClaimsUdf) should read |
/// | `paragraphs` | UInt32, not null | how many paragraphs were kept |
/// | `removed` | UInt32, not null | how many pieces were removed as boilerplate |
/// | `html` | Boolean, not null | whether the text was read as HTML |
pub fn strip_fields() -> Fields {
    static FIELDS: LazyLock<Fields> = LazyLock::new(|| {
        Fields::from(vec![
            Field::new("title", DataType::Utf8, true),
            Field::new("date", DataType::Utf8, true),
            Field::new("byline", DataType::Utf8, true),
            Field::new("outlet", DataType::Utf8, true),
            Field::new("body", DataType::Utf8, false),
            Field::new("article", DataType::Utf8, false),
            Field::new("paragraphs", DataType::UInt32, false),
            Field::new("removed", DataType::UInt32, false),
            Field::new("html", DataType::Boolean, false),
        ])
    });
    FIELDS.clone()
}

/// Strips every page of `texts` with `stripper`: one struct per row ([`strip_fields`]), NULL for a
/// NULL text. HTML is recognised by its markup ([`newsclaim_strip::looks_like_html`]).
///
/// This is the batch API under `newsclaim_strip`: call it on your own `RecordBatch` columns.
pub fn strip_array(stripper: &Stripper, texts: &[Option<&str>]) -> StructArray {
    let n = texts.len();
    let mut title = StringBuilder::with_capacity(n, n * 64);
    let mut date = StringBuilder::with_capacity(n, n * 10);
    let mut byline = StringBuilder::with_capacity(n, n * 16);
    let mut outlet = StringBuilder::with_capacity(n, n * 16);
    let text_bytes: usize = texts.iter().flatten().map(|t| t.len()).sum();
    let mut body = StringBuilder::with_capacity(n, text_bytes);
    let mut article = StringBuilder::with_capacity(n, text_bytes);
    let mut paragraphs = UInt32Builder::with_capacity(n);
    let mut removed = UInt32Builder::with_capacity(n);
    let mut html = BooleanBuilder::with_capacity(n);
    let mut valid = Vec::with_capacity(n);
    let mut joined = String::new();
    for text in texts {
        let Some(text) = text else {
            title.append_null();
            date.append_null();
            byline.append_null();
            outlet.append_null();
            body.append_value("");
            article.append_value("");
            paragraphs.append_value(0);
            removed.append_value(0);
            html.append_value(false);
            valid.push(false);
            continue;
        };
        let is_html = newsclaim_strip::looks_like_html(text.as_bytes());
        let page = if is_html { stripper.strip_html(text) } else { stripper.strip(text) };
        title.append_option(page.title.as_ref().map(|f| &*f.text));
        date.append_option(page.date.as_deref());
        byline.append_option(page.byline.as_ref().map(|f| &*f.text));
        outlet.append_option(page.outlet.as_ref().map(|f| &*f.text));
        joined.clear();
        for (i, p) in page.paragraphs.iter().enumerate() {
            if i > 0 {
                joined.push('\n');
            }
            joined.push_str(&p.text);
        }
        body.append_value(&joined);
        match &page.title {
            Some(t) if !joined.is_empty() => article.append_value(format!("{}\n\n{joined}", t.text)),
            Some(t) => article.append_value(&t.text),
            None => article.append_value(&joined),
        }
        paragraphs.append_value(u32::try_from(page.paragraphs.len()).unwrap_or(u32::MAX));
        removed.append_value(u32::try_from(page.removed.len()).unwrap_or(u32::MAX));
        html.append_value(is_html);
        valid.push(true);
    }
    let columns: Vec<ArrayRef> = vec![
        Arc::new(title.finish()),
        Arc::new(date.finish()),
        Arc::new(byline.finish()),
        Arc::new(outlet.finish()),
        Arc::new(body.finish()),
        Arc::new(article.finish()),
        Arc::new(paragraphs.finish()),
        Arc::new(removed.finish()),
        Arc::new(html.finish()),
    ];
    let nulls = valid.iter().any(|v| !v).then(|| valid.into());
    StructArray::new(strip_fields(), columns, nulls)
}

text_function!(
    /// `newsclaim_strip(text)` → struct ([`strip_fields`]): the page's headline, date, byline,
    /// outlet and article body with boilerplate removed, by [`newsclaim_strip::Stripper`].
    StripUdf,
    "newsclaim_strip",
    stripper: Stripper,
    DataType::Struct(strip_fields()),
    strip_array
);

impl StripUdf {
    /// The function with the default stripper.
    pub fn new() -> Self {
        Self::with_stripper(Stripper::default())
    }

    /// The function with a stripper of your own settings.
    pub fn with_stripper(stripper: Stripper) -> Self {
        Self::with_tool(stripper)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use datafusion::arrow::array::{Array, AsArray};

    #[test]
    fn html_is_recognised_and_the_article_starts_with_the_headline() {
        let html = "<html><head><title>Talks fail</title></head><body><nav>Home | World</nav><article>\
                    <h1>Talks fail</h1><p>Ministers left Geneva on Friday without an agreement on the proposals, \
                    officials said after the meeting.</p></article></body></html>";
        let pages = strip_array(&Stripper::default(), &[Some(html), None]);
        assert!(pages.is_null(1));
        let html_flag = pages.column_by_name("html").unwrap().as_boolean();
        assert!(html_flag.value(0));
        let article = pages.column_by_name("article").unwrap().as_string::<i32>().value(0);
        let body = pages.column_by_name("body").unwrap().as_string::<i32>().value(0);
        assert!(body.contains("Ministers left Geneva"), "{body}");
        assert!(!body.contains("Home | World"), "{body}");
        assert!(article.ends_with(body), "{article}");
    }
}
