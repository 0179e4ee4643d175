//! Property tests: spans are exact, nothing is lost, nothing panics.

use newsclaim_strip::{Article, Stripper};
use proptest::prelude::*;

/// Checks the span invariants of an article and returns a description of the first violation.
fn check(text: &str, article: &Article<'_>) -> Result<(), String> {
    let mut spans: Vec<(usize, usize)> = Vec::new();
    for p in &article.paragraphs {
        let at = text.get(p.span.clone()).ok_or("paragraph span off a char boundary")?;
        if at != p.text {
            return Err(format!("paragraph text differs from the input at its span: {:?}", p.text));
        }
        if p.line != text[..p.span.start].matches('\n').count() + 1 {
            return Err(format!("wrong line number {} for {:?}", p.line, p.text));
        }
        spans.push((p.span.start, p.span.end));
    }
    for r in &article.removed {
        let at = text.get(r.span.clone()).ok_or("removed span off a char boundary")?;
        if at != r.text {
            return Err(format!("removed text differs from the input at its span: {:?}", r.text));
        }
        spans.push((r.span.start, r.span.end));
    }
    spans.sort_unstable();
    for pair in spans.windows(2) {
        if pair[0].1 > pair[1].0 {
            return Err(format!("overlapping spans {:?} and {:?}", pair[0], pair[1]));
        }
    }
    // every non-blank char lies in some span
    let mut next = 0;
    for (i, c) in text.char_indices() {
        if c.is_whitespace() || matches!(c, '\u{feff}' | '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{2060}') {
            continue;
        }
        while next < spans.len() && spans[next].1 <= i {
            next += 1;
        }
        if next >= spans.len() || spans[next].0 > i {
            return Err(format!("char {c:?} at byte {i} is neither kept nor removed"));
        }
    }
    if let Some(title) = &article.title {
        if text.get(title.span.clone()) != Some(&*title.text) {
            return Err("title span mismatch".into());
        }
    }
    Ok(())
}

const PIECES: &[&str] = &[
    "[ad_1]",
    "Source link",
    "top channel",
    "Leave a Reply",
    "Your email address will not be published. Required fields are marked *",
    "© AP Photo / Jane Roe",
    "09:20 GMT 03.03.2022 (Updated: 10:05 GMT 03.03.2022)",
    "Opinion: Ports reopen | Opinion | Planet | 10.01.2022",
    " date 2022-01-26 The council met on Tuesday and agreed to reopen the harbour next month.",
    "The mayor said the new plan would be presented to residents before the summer./ABC/",
    "Harbour talks resume after the storm – Politics",
    "By Jane Roe",
    "Jane Roe",
    "Subscribe to our newsletter and get the news straight to your inbox!",
    "Die Regierung hat am Montag die neuen Pläne für den Hafen vorgestellt, sagte der Sprecher.",
    "Правительство в понедельник представило новые планы для порта, сообщил представитель.",
    "정부는 오늘 항구에 대한 새로운 계획을 발표했다고 대변인이 말했다.",
    "Home | World | Business",
    "",
    "   ",
    "\u{feff}",
    "•••",
];

fn page_strategy() -> impl Strategy<Value = String> {
    let line = prop_oneof![
        4 => proptest::sample::select(PIECES).prop_map(str::to_string),
        2 => "[a-zA-Z ,.!?'\"“”:|/@©-]{0,120}",
        1 => any::<String>(),
        1 => "[a-z ]{0,20}".prop_map(|s| s.repeat(200)),
    ];
    (proptest::collection::vec(line, 0..40), proptest::sample::select(&["\n", "\r\n", "\n\n"][..]))
        .prop_map(|(lines, sep)| lines.join(sep))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn spans_are_exact_and_cover_every_non_blank_byte(text in page_strategy()) {
        let article = Stripper::default().strip(&text);
        if let Err(e) = check(&text, &article) {
            prop_assert!(false, "{}", e);
        }
    }

    #[test]
    fn arbitrary_strings_never_panic(text in any::<String>()) {
        let article = Stripper::default().strip(&text);
        if let Err(e) = check(&text, &article) {
            prop_assert!(false, "{}", e);
        }
    }

    #[test]
    fn arbitrary_bytes_are_rejected_or_stripped(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        match Stripper::default().strip_bytes(&bytes) {
            Ok(article) => {
                let text = std::str::from_utf8(&bytes).expect("accepted bytes are UTF-8");
                prop_assert!(check(text, &article).is_ok());
            }
            Err(e) => prop_assert!(std::str::from_utf8(&bytes).is_err(), "rejected valid UTF-8: {}", e),
        }
    }
}

#[test]
fn one_very_long_line_is_handled() {
    let sentence = "The council said the harbour would reopen next month after repairs. ";
    let text = sentence.repeat(20_000);
    let article = Stripper::default().strip(&text);
    assert!(check(&text, &article).is_ok());
    assert_eq!(article.paragraphs.len(), 1);
}

#[test]
fn crlf_input_keeps_the_carriage_returns_out_of_spans() {
    let text = "[ad_1]\r\nThe council said the harbour would reopen next month after repairs to the quay.\r\nIt said ships would be able to dock again from the first week of March onwards.\r\nSource link\r\n";
    let article = Stripper::default().strip(text);
    assert!(check(text, &article).is_ok());
    assert_eq!(article.paragraphs.len(), 2);
    assert!(article.paragraphs.iter().all(|p| !p.text.contains('\r')));
}
