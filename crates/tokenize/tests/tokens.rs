//! Token kinds and boundaries, one test per phenomenon.

use newsclaim_tokenize::{tokenize, Token, TokenKind};

fn tokens(text: &str) -> Vec<(&str, TokenKind)> {
    tokenize(text).tokens.iter().map(|t| (t.text, t.kind)).collect()
}

fn kind_of(text: &str, token: &str) -> TokenKind {
    let doc = tokenize(text);
    let found = doc.tokens.iter().find(|t| t.text == token);
    found.unwrap_or_else(|| panic!("no token {token:?} in {:?}", tokens(text))).kind
}

#[test]
fn words_and_punctuation() {
    use TokenKind::*;
    assert_eq!(
        tokens("Ministers met; talks failed!"),
        vec![
            ("Ministers", Word),
            ("met", Word),
            (";", Punct),
            ("talks", Word),
            ("failed", Word),
            ("!", Terminal)
        ]
    );
}

#[test]
fn numbers_keep_separators_decimals_signs() {
    for (text, number) in [
        ("It sent 250,000 rounds.", "250,000"),
        ("Inflation hit 7.9% in May.", "7.9%"),
        ("The fine was $12.50 each.", "$12.50"),
        ("A loan of €300 was agreed.", "€300"),
        ("Output fell by 1.234.567 units.", "1.234.567"),
        ("Profits of $4.5bn were reported.", "$4.5bn"),
    ] {
        assert_eq!(kind_of(text, number), TokenKind::Number, "{text}");
    }
}

#[test]
fn dates_and_times_stay_whole() {
    for (text, date) in [
        ("Signed on 03.11.2021 in Rome.", "03.11.2021"),
        ("Signed on 2021-11-03 in Rome.", "2021-11-03"),
        ("Signed on 3/11/21 in Rome.", "3/11/21"),
        ("The vote (03.11) was close.", "03.11"),
        ("Polls close at 21:30 CET.", "21:30"),
        ("Filed 09:05:30 local time.", "09:05:30"),
    ] {
        assert_eq!(kind_of(text, date), TokenKind::Date, "{text}");
    }
    // Without brackets a day-month pair is just a decimal number.
    assert_eq!(kind_of("It grew 03.11 points.", "03.11"), TokenKind::Number);
}

#[test]
fn abbreviations_and_initials() {
    for (text, abbreviation) in [
        ("Gov. Hochul spoke.", "Gov."),
        ("The E.U. summit ended.", "E.U."),
        ("It opens at 9 a.m. today.", "a.m."),
        ("Held on Jan. 6 in Washington.", "Jan."),
        ("Written by T. S. Eliot long ago.", "T. S."),
        ("Fruit, e.g. apples.", "e.g."),
        ("Acme Corp. said so.", "Corp."),
    ] {
        assert_eq!(kind_of(text, abbreviation), TokenKind::Abbreviation, "{text}");
    }
    // A sentence-final word is not an abbreviation.
    assert_eq!(tokens("He left.").last(), Some(&(".", TokenKind::Terminal)));
}

#[test]
fn user_abbreviations_from_the_builder() {
    let plain = tokenize("Ask Brig. Hale.");
    assert!(plain.tokens.iter().any(|t| t.text == "Brig"));
    let tokenizer = newsclaim_tokenize::Tokenizer::builder().titles(["Brig."]).build();
    let doc = tokenizer.tokenize("Ask Brig. Hale.");
    assert!(doc.tokens.iter().any(|t| t.text == "Brig." && t.kind == TokenKind::Abbreviation));
}

#[test]
fn urls_emails_handles_hashtags() {
    let text = "See https://example.org/a_b/c.html?x=1, mail desk@news.example.com or ping @desk_01 on #Elections2024 via www.example.net.";
    assert_eq!(kind_of(text, "https://example.org/a_b/c.html?x=1"), TokenKind::Url);
    assert_eq!(kind_of(text, "desk@news.example.com"), TokenKind::Email);
    assert_eq!(kind_of(text, "@desk_01"), TokenKind::Handle);
    assert_eq!(kind_of(text, "#Elections2024"), TokenKind::Hashtag);
    assert_eq!(kind_of(text, "www.example.net"), TokenKind::Url);
    assert_eq!(kind_of("Visit bbc.co.uk today", "bbc.co.uk"), TokenKind::Url);
    // Brackets around a URL stay outside it unless the URL opened one.
    assert_eq!(kind_of("(see http://x.org/a)", "http://x.org/a"), TokenKind::Url);
    assert_eq!(kind_of("see http://x.org/w_(y) now", "http://x.org/w_(y)"), TokenKind::Url);
}

#[test]
fn hyphenated_words_and_their_parts() {
    let doc = tokenize("The Vice-Chancellor and a U.S.-led coalition of 12-year-olds.");
    let vc = doc.tokens.iter().find(|t| t.text == "Vice-Chancellor").expect("kept whole");
    let parts: Vec<&str> = vc.hyphen_parts().map(|p| p.text).collect();
    assert_eq!(parts, ["Vice", "Chancellor"]);
    assert!(doc.tokens.iter().any(|t| t.text == "U.S.-led"));
    assert!(doc.tokens.iter().any(|t| t.text == "12-year-olds"));
    for part in vc.hyphen_parts() {
        assert_eq!(&doc.text[part.span()], part.text);
    }
}

#[test]
fn possessives_and_contractions_with_clitics() {
    let doc = tokenize("Germany’s envoy said they won't, and Britain's can't.");
    let words: Vec<&str> = doc.tokens.iter().map(|t| t.text).collect();
    assert!(words.contains(&"Germany’s") && words.contains(&"won't") && words.contains(&"Britain's"));
    let t = doc.tokens.iter().find(|t| t.text == "Germany’s").unwrap();
    let (head, clitic) = t.split_clitic();
    assert_eq!(head.text, "Germany");
    let clitic = clitic.unwrap();
    assert_eq!((clitic.text, clitic.kind), ("’s", TokenKind::Clitic));
    assert_eq!(&doc.text[clitic.span()], "’s");
    let wont = doc.tokens.iter().find(|t| t.text == "won't").unwrap().split_clitic();
    assert_eq!((wont.0.text, wont.1.unwrap().text), ("wo", "n't"));
    // A clitic glued to an abbreviation is its own token.
    assert_eq!(kind_of("Sr.'s house", "'s"), TokenKind::Clitic);
}

#[test]
fn quotes_dashes_ellipses_brackets() {
    use TokenKind::*;
    let text = "“Yes,” she said — ‘maybe’... or… (not) [sic] - \"fine\" – ok.";
    let kinds: Vec<TokenKind> = tokenize(text).tokens.iter().map(|t| t.kind).collect();
    assert_eq!(kinds.iter().filter(|&&k| k == Quote).count(), 6);
    assert_eq!(kinds.iter().filter(|&&k| k == Dash).count(), 3);
    assert_eq!(kinds.iter().filter(|&&k| k == Ellipsis).count(), 2);
    assert_eq!(kinds.iter().filter(|&&k| k == OpenBracket).count(), 2);
    assert_eq!(kinds.iter().filter(|&&k| k == CloseBracket).count(), 2);
    assert_eq!(kind_of("wait . . . then", ". . ."), Ellipsis);
}

#[test]
fn normalized_form_keeps_the_span() {
    let doc = tokenize("“Kyiv’s” answer");
    let t: &Token<'_> = &doc.tokens[1];
    assert_eq!(t.text, "Kyiv’s");
    assert_eq!(t.normalized(), "kyiv's");
    assert_eq!(doc.tokens[0].normalized(), "\"");
    assert_eq!(&doc.text[t.span()], "Kyiv’s");
    assert!(t.eq_ignore_case("KYIV'S"));
}

#[test]
fn non_ascii_words_use_unicode_boundaries() {
    let doc = tokenize("Zürich-based Ελλάδα and Łódź met 東京都 officials");
    let words: Vec<&str> = doc.tokens.iter().map(|t| t.text).collect();
    assert!(words.contains(&"Zürich-based"));
    assert!(words.contains(&"Ελλάδα"));
    assert!(words.contains(&"Łódź"));
    // UAX #29 splits ideographs one by one.
    assert!(words.contains(&"東") && words.contains(&"都"));
    // A combining accent stays with its letter; an emoji with a skin tone stays whole.
    let doc = tokenize("cafe\u{301} 👍🏽!");
    assert_eq!(doc.tokens[0].text, "cafe\u{301}");
    assert_eq!(doc.tokens[1].text, "👍🏽");
}

#[test]
fn streaming_tokens_match_tokenize() {
    let text = "Mr. Ode said 5,000 people (about 3%) left on 12.02.2020. Others stayed…";
    let tokenizer = newsclaim_tokenize::Tokenizer::default();
    let streamed: Vec<_> = tokenizer.tokens(text).collect();
    assert_eq!(streamed, tokenizer.tokenize(text).tokens);
}

#[test]
fn byte_entry_point() {
    let tokenizer = newsclaim_tokenize::Tokenizer::default();
    let doc = tokenizer.tokenize_bytes(b"Talks resume. Both sides agree.").unwrap();
    assert_eq!(doc.sentences.len(), 2);
    let err = tokenizer.tokenize_bytes(b"Talks \xe2\x80 resume.").unwrap_err();
    assert!(err.to_string().contains("byte offset 6"), "{err}");
    let decoded = newsclaim_tokenize::decode_lossy(b"Talks \xff resume.");
    assert_eq!(decoded.replaced, 1);
    let doc = tokenizer.tokenize(&decoded.text);
    assert!(doc.tokens.iter().any(|t| t.text == "\u{FFFD}"));
}

#[test]
fn line_index_maps_token_offsets() {
    let text = "Headline\n“Quote” here\nlast";
    let doc = tokenize(text);
    let index = newsclaim_tokenize::LineIndex::new(text);
    let here = doc.tokens.iter().find(|t| t.text == "here").unwrap();
    assert_eq!(index.line(here.start), 2);
    assert_eq!(index.char_offset(here.start), text[..here.start].chars().count());
    let last = doc.tokens.last().unwrap();
    assert_eq!(index.line(last.start), 3);
}
