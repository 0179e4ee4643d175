//! Each kind of junk, on invented pages.

use newsclaim_strip::{Article, JunkKind, PhraseMode, Role, SiblingIndex, Stripper};

const BODY: &[&str] = &[
    "The harbour authority of Port Ellis said on Tuesday that repairs to the northern quay would take at least three more months.",
    "Engineers found that the storm in January had washed away much of the gravel under the quay, the authority said in a statement.",
    "Fishing crews have been mooring at the smaller southern pier since then, which has led to long queues at the fish market.",
    "The town council has promised to cover part of the cost, but the final budget will only be agreed at its meeting in April.",
    "“We understand the frustration, and we are doing everything we can to speed things up,” a spokeswoman for the authority said.",
];

fn page(junk_before: &[&str], junk_after: &[&str]) -> String {
    let mut lines: Vec<&str> = junk_before.to_vec();
    lines.extend_from_slice(BODY);
    lines.extend_from_slice(junk_after);
    lines.join("\n")
}

fn kind_of(article: &Article<'_>, text: &str) -> Option<JunkKind> {
    article.removed.iter().find(|r| r.text == text).map(|r| r.kind)
}

fn assert_body_kept(article: &Article<'_>) {
    for line in BODY {
        assert!(article.paragraphs.iter().any(|p| p.text == *line), "body line lost: {line}");
    }
}

#[test]
fn removes_each_kind_of_line() {
    let cases: &[(&str, JunkKind)] = &[
        ("[ad_2]", JunkKind::AdMarker),
        ("Advertisement", JunkKind::AdMarker),
        ("Source link", JunkKind::SourceLink),
        ("source site", JunkKind::SourceLink),
        ("top channel", JunkKind::SiteChrome),
        ("Registration was successful!", JunkKind::SiteChrome),
        ("Share this article", JunkKind::SiteChrome),
        ("Sign up for our newsletter to get the best stories delivered to your inbox.", JunkKind::Promo),
        ("Leave a Reply", JunkKind::CommentForm),
        ("Your email address will not be published. Required fields are marked *", JunkKind::CommentForm),
        ("© Reuters / Max Muster", JunkKind::Caption),
        ("12:05 GMT 14.02.2023 (Updated: 13:30 GMT 14.02.2023)", JunkKind::Timestamp),
        ("Analysis: Why ports matter | Analysis | Planet | 02.02.2023", JunkKind::RelatedLink),
        ("We use cookies to give you the best experience on our website.", JunkKind::Cookie),
        ("© 2023 Port Ellis Gazette. All rights reserved.", JunkKind::Copyright),
        ("Tags: harbour, storms, fishing", JunkKind::Tags),
        ("By Erin Walsh", JunkKind::Byline),
    ];
    for (junk, kind) in cases {
        let text = page(&[], &[junk]);
        let article = Stripper::default().strip(&text);
        assert_eq!(kind_of(&article, junk), Some(*kind), "{junk}");
        for line in BODY {
            assert!(
                article.paragraphs.iter().any(|p| p.text == *line),
                "with {junk}, body line lost: {line}"
            );
        }
    }
}

#[test]
fn pitches_written_as_prose_are_promo() {
    let pitch = "Once you join our club of readers, you will get the freshest stories for your morning coffee every day!";
    let text = page(&["Harbour repairs to take months", pitch], &[]);
    let article = Stripper::default().strip(&text);
    assert_eq!(kind_of(&article, pitch), Some(JunkKind::Promo));
    assert_body_kept(&article);
}

#[test]
fn caption_above_a_credit_and_its_repeat_are_removed() {
    let caption = "Fishing boats moored at the southern pier of Port Ellis, Tuesday, Feb. 14, 2023";
    let text = page(&["Harbour repairs to take months", caption, caption, "© Photo / Erin Walsh"], &[]);
    let article = Stripper::default().strip(&text);
    let kinds: Vec<JunkKind> = article.removed.iter().filter(|r| r.text == caption).map(|r| r.kind).collect();
    assert_eq!(kinds, vec![JunkKind::Caption, JunkKind::Duplicate]);
    assert_body_kept(&article);
}

#[test]
fn headline_label_date_prefix_and_agency_tag_are_cut() {
    let first = format!(" date 2023-02-14 {}", BODY[0]);
    let last = format!("{}/PEG/", BODY[4]);
    let mut lines = vec!["Harbour repairs to take months – Economy".to_string(), first];
    lines.extend(BODY[1..4].iter().map(|s| s.to_string()));
    lines.push(last);
    let text = lines.join("\n");
    let article = Stripper::default().strip(&text);
    assert_eq!(article.title.as_ref().map(|t| &*t.text), Some("Harbour repairs to take months"));
    assert_eq!(article.date.as_deref(), Some("2023-02-14"));
    assert_eq!(kind_of(&article, "– Economy"), Some(JunkKind::SectionLabel));
    assert_eq!(kind_of(&article, "date 2023-02-14"), Some(JunkKind::Timestamp));
    assert_eq!(kind_of(&article, "/PEG/"), Some(JunkKind::AgencyTag));
    assert_body_kept(&article);
    assert_eq!(article.paragraphs[0].role, Role::Lede);
}

#[test]
fn repeated_headline_and_byline_are_duplicates() {
    let text = page(
        &[
            "Harbour repairs to take months",
            "Harbour repairs to take months",
            "Gazette reporter Erin Walsh",
            "Erin Walsh",
            "Erin Walsh",
        ],
        &[],
    );
    let article = Stripper::default().strip(&text);
    assert_eq!(article.title.as_ref().map(|t| &*t.text), Some("Harbour repairs to take months"));
    let kinds: Vec<JunkKind> = article.removed.iter().map(|r| r.kind).collect();
    assert!(kinds.contains(&JunkKind::Title));
    assert!(kinds.contains(&JunkKind::Duplicate));
    assert_eq!(kind_of(&article, "Gazette reporter Erin Walsh"), Some(JunkKind::Byline));
    assert_eq!(article.byline.as_ref().map(|b| &*b.text), Some("Erin Walsh"));
    assert_body_kept(&article);
}

#[test]
fn menus_are_navigation_or_chrome() {
    let menu = ["Home", "World", "Business", "Sport", "Culture", "Weather", "Podcasts"];
    let text = page(&menu, &menu);
    let article = Stripper::default().strip(&text);
    for item in menu {
        assert!(article.paragraphs.iter().all(|p| p.text != item), "menu item kept: {item}");
    }
    assert_body_kept(&article);
}

#[test]
fn sub_headings_between_paragraphs_are_kept() {
    let mut lines: Vec<&str> = BODY[..2].to_vec();
    lines.push("Costs still unclear");
    lines.extend_from_slice(&BODY[2..]);
    let text = lines.join("\n\n");
    let article = Stripper::default().strip(&text);
    let heading = article.paragraphs.iter().find(|p| p.text == "Costs still unclear").expect("kept");
    assert_eq!(heading.role, Role::Subheading);
}

#[test]
fn sibling_pages_reveal_site_chrome() {
    let chrome = "The Port Ellis Gazette – independent since 1887";
    let other = format!(
        "{chrome}\nA different story about the lighthouse, which was repainted last summer by volunteers."
    );
    let text = page(&[chrome], &[]);
    let index = SiblingIndex::from_pages([text.as_str(), other.as_str()]);
    let article = Stripper::default().strip_with_siblings(&text, &index);
    assert_eq!(kind_of(&article, chrome), Some(JunkKind::SiteChrome));
    assert_body_kept(&article);
}

#[test]
fn user_phrases_extend_the_lists() {
    let pitch = "Port Ellis Gazette: your harbour, your news";
    let text = page(&[], &[pitch]);
    let stripper = Stripper::builder().phrase(JunkKind::Promo, PhraseMode::Line, pitch).build();
    let article = stripper.strip(&text);
    assert_eq!(kind_of(&article, pitch), Some(JunkKind::Promo));
    let tsv = Stripper::builder().phrases_tsv("promo\tcontains\tharbour, your news\n").unwrap().build();
    assert_eq!(kind_of(&tsv.strip(&text), pitch), Some(JunkKind::Promo));
}

#[test]
fn bad_phrase_lines_are_errors() {
    use newsclaim_strip::StripError;
    let err = Stripper::builder()
        .phrases_tsv("# my list\npromo\tcontains\tyour news\npromo\tanywhere\tharbour\n")
        .unwrap_err();
    assert!(matches!(err, StripError::BadLine { list: "phrases", line: 3, .. }), "{err:?}");
    assert!(err.to_string().contains("line 3"), "{err}");
    for bad in ["promo contains spaces not tabs", "no-such-kind\tline\tx", "promo\tline\t "] {
        assert!(Stripper::builder().phrases_tsv(bad).is_err(), "{bad:?}");
    }
}

#[test]
fn other_languages_keep_their_body() {
    let de = [
        "Die Hafenbehörde von Port Ellis teilte am Dienstag mit, dass die Reparatur des Nordkais noch mindestens drei Monate dauern werde.",
        "Der Sturm im Januar habe einen großen Teil des Kieses unter dem Kai weggespült, hieß es in einer Mitteilung der Behörde.",
        "Seitdem legen die Fischer an dem kleineren Südpier an, was zu langen Schlangen auf dem Fischmarkt geführt hat.",
    ];
    let text = format!("Startseite\nPolitik\nWirtschaft\n{}\nAlle Rechte vorbehalten", de.join("\n"));
    let article = Stripper::default().strip(&text);
    for line in de {
        assert!(article.paragraphs.iter().any(|p| p.text == line), "lost: {line}");
    }
    assert_eq!(kind_of(&article, "Alle Rechte vorbehalten"), Some(JunkKind::Copyright));
}

#[test]
fn empty_and_blank_pages_give_empty_articles() {
    for text in ["", "\n\n", " \r\n\t"] {
        let article = Stripper::default().strip(text);
        assert!(article.paragraphs.is_empty() && article.removed.is_empty() && article.title.is_none());
    }
}

#[test]
fn text_about_an_app_inside_the_article_is_kept() {
    let about_app =
        "If you live in Port Ellis, chances are you already have an app that shows the ferry times.";
    let mut lines: Vec<&str> = BODY[..2].to_vec();
    lines.push(about_app);
    lines.extend_from_slice(&BODY[2..]);
    let text = lines.join("\n");
    let article = Stripper::default().strip(&text);
    assert!(article.paragraphs.iter().any(|p| p.text == about_app));
    assert_body_kept(&article);
}

#[test]
fn headline_is_the_line_above_the_byline_not_the_tagline() {
    let text = page(
        &[
            "The Port Ellis Gazette — news from the harbour since 1887",
            "Harbour repairs to take months",
            "By Erin Walsh",
        ],
        &[],
    );
    let article = Stripper::default().strip(&text);
    assert_eq!(article.title.as_ref().map(|t| &*t.text), Some("Harbour repairs to take months"));
    assert!(article.removed.iter().any(|r| r.text.starts_with("The Port Ellis Gazette")));
    assert_body_kept(&article);
}
