//! HTML pages through `Stripper::strip_html`: provenance invariants (proptest) and the cues.
#![cfg(feature = "html")]

use newsclaim_strip::{decode, JunkKind, Stripper};
use proptest::prelude::*;

const PIECES: &[&str] = &[
    "<p>",
    "</p>",
    "<div class=\"article-body\">",
    "<div class=comments>",
    "</div>",
    "<br>",
    "<a href=x>",
    "</a>",
    "<ul><li>",
    "</li>",
    "</ul>",
    "<script>var x = '<p>';</script>",
    "<!-- c -->",
    "<h2>",
    "</h2>",
    "&amp;",
    "&eacute;",
    "&#x2014;",
    "&bogus",
    "<span hidden>",
    "</span>",
    "<nav>",
    "</nav>",
    "<table><tr><td>",
    "<",
    ">",
    "é",
    "日本語",
    " ",
    "\n",
    "The port said talks would resume.",
    "Russia demanded that NATO halt. ",
    "<article>",
    "</article>",
    "<footer>",
    "<p class=\"",
    "\u{feff}",
    "\r\n",
    "<title>",
    "</title>",
];

fn page() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..120).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn spans_are_in_bounds_and_texts_are_folded(html in page()) {
        let article = Stripper::default().strip_html(&html);
        for (span, text) in article
            .paragraphs
            .iter()
            .map(|p| (&p.span, &p.text))
            .chain(article.removed.iter().map(|r| (&r.span, &r.text)))
        {
            prop_assert!(span.start <= span.end && span.end <= html.len());
            prop_assert!(html.is_char_boundary(span.start) && html.is_char_boundary(span.end));
            prop_assert!(!text.is_empty() && !text.contains('\n') && !text.contains("  "));
            prop_assert_eq!(text.trim(), &**text);
        }
        let mut starts: Vec<usize> = article.paragraphs.iter().map(|p| p.span.start).collect();
        let sorted = { let mut s = starts.clone(); s.sort_unstable(); s };
        starts.dedup();
        prop_assert!(starts.len() <= sorted.len());
    }

    #[test]
    fn a_paragraph_element_gives_its_decoded_text_and_its_element_span(words in prop::collection::vec("[a-zé]{1,8}", 8..30)) {
        let body = words.join(" \n ");
        let html = format!("<html><body><article><p>{}.</p></article></body></html>", body.replace('é', "&eacute;"));
        let article = Stripper::default().strip_html(&html);
        let p = article.paragraphs.first().expect("the paragraph");
        prop_assert_eq!(&*p.text, format!("{}.", words.join(" ")));
        prop_assert!(html[p.span.clone()].starts_with("<p>") && html[p.span.clone()].ends_with("</p>"));
    }

    #[test]
    fn any_bytes_decode_and_strip(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        let text = decode(&bytes, None).text;
        let _ = Stripper::default().strip_html(&text);
    }
}

#[test]
fn markup_cues_remove_chrome_and_keep_the_article() {
    let html = r#"<html lang="de"><head><title>Hafen: Gespräche gehen weiter | Hafenblatt</title>
        <link rel="canonical" href="https://hafenblatt.example/a/1">
        <script type="application/ld+json">{"@type":"NewsArticle","headline":"Gespräche gehen weiter",
          "datePublished":"2023-05-04T08:00:00+02:00","author":{"@type":"Person","name":"Jana Beispiel"}}</script></head>
        <body><header><a href=/>Start</a> <a href=/politik>Politik</a></header>
        <div id="cookie-banner">Wir verwenden Cookies, um Ihnen das beste Erlebnis zu bieten.</div>
        <main><article><h1>Gespräche gehen weiter</h1>
        <p>Die Hafenbehörde teilte am Montag mit, dass die Gespräche mit den Reedereien in der nächsten Woche weitergehen.</p>
        <figure><img src=a.jpg><figcaption>Der Hafen am Morgen. Foto: Beispiel</figcaption></figure>
        <p style="display: none">Versteckter Text, den niemand sieht, der aber im Quelltext der Seite steht.</p>
        <p>Beide Seiten erwarten eine Einigung vor dem Beginn der Sommersaison in der ganzen Region, hieß es.</p>
        <div class="newsletter-signup">Abonnieren Sie unseren Newsletter, um keine Nachricht zu verpassen.</div>
        </article>
        <section class="comments"><p>Das ist doch alles Unsinn, schreibt ein Leser seit Jahren in jedem Forum.</p></section>
        </main><footer>Impressum · Datenschutz</footer></body></html>"#;
    let a = Stripper::default().strip_html(html);
    let kept: Vec<&str> = a.paragraphs.iter().map(|p| &*p.text).collect();
    assert_eq!(kept.len(), 2, "{kept:?} {:?}", a.removed);
    assert!(kept[0].starts_with("Die Hafenbehörde"));
    assert_eq!(a.title.as_ref().map(|t| &*t.text), Some("Gespräche gehen weiter"));
    assert_eq!(a.date.as_deref(), Some("2023-05-04"));
    assert_eq!(a.byline.as_ref().map(|t| &*t.text), Some("Jana Beispiel"));
    assert_eq!(a.language.as_deref(), Some("de"));
    assert_eq!(a.url.as_deref(), Some("https://hafenblatt.example/a/1"));
    let kind = |needle: &str| a.removed.iter().find(|r| r.text.contains(needle)).map(|r| r.kind);
    assert_eq!(kind("Versteckter"), Some(JunkKind::Hidden));
    assert_eq!(kind("Der Hafen am Morgen"), Some(JunkKind::Caption));
    assert_eq!(kind("Abonnieren"), Some(JunkKind::Promo));
    assert_eq!(kind("Unsinn"), Some(JunkKind::Comment));
    assert_eq!(kind("Cookies"), Some(JunkKind::Cookie));
    assert_eq!(kind("Impressum"), Some(JunkKind::SiteChrome));
    assert!(kind("Start Politik").is_some());
}

#[test]
fn windows_1252_text_decodes() {
    let d = decode(b"Moskau forderte den R\xfcckzug \x96 sagte ein Sprecher \x84heute\x93.", None);
    assert_eq!(d.text, "Moskau forderte den Rückzug – sagte ein Sprecher „heute“.");
    assert_eq!(d.replaced, 0);
}

#[test]
fn a_section_headed_as_related_does_not_widen_the_container() {
    let teaser =
        "<article class=post><p>Another story about the harbour, with a long blurb that reads like prose \
        and goes on about ships, cranes and the weather at the quay for quite a while.</p></article>";
    let html = format!(
        "<html><body><div id=primary><article class=post><h1>Quay reopens</h1>\
         <p>The quay reopened on Monday after repairs to the crane rails were finished, the port authority said in a statement.</p>\
         </article><section><h3 class=related-title>You may also like</h3>{teaser}{teaser}{teaser}{teaser}</section>\
         </div></body></html>"
    );
    let a = Stripper::default().strip_html(&html);
    let kept: Vec<&str> = a.paragraphs.iter().map(|p| &*p.text).collect();
    assert!(kept.iter().any(|p| p.starts_with("The quay reopened")), "{kept:?}");
    assert!(!kept.iter().any(|p| p.contains("Another story")), "{kept:?}");
}

#[test]
fn table_cells_in_the_article_are_kept() {
    let mut rows = String::new();
    for (i, name) in ["Ann Berg", "Bo Lind", "Cy Moe", "Di Ray", "Ed Sand", "Flo Tarn"].iter().enumerate() {
        rows.push_str(&format!("<tr><td>{}</td><td>{name}</td><td>{}</td></tr>", i + 1, 500 - i * 7));
    }
    let html = format!(
        "<html><body><nav><a href=/>Home</a> <a href=/x>Sport</a></nav><article><h1>Standings</h1>\
         <p>The standings after the last race of the season, with the points each rider scored over the year.</p>\
         <table><tr><td>Pos</td><td>Rider</td><td>Points</td></tr>{rows}</table>\
         <p>The top three riders qualify for the final round, which is held in the capital in November.</p>\
         </article></body></html>"
    );
    let a = Stripper::default().strip_html(&html);
    let body: String = a.paragraphs.iter().map(|p| format!("{}\n", p.text)).collect();
    for name in ["Ann Berg", "Flo Tarn", "Points"] {
        assert!(body.contains(name), "{name} lost: {body}");
    }
}
