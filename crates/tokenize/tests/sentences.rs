//! Sentence splitting, one test per phenomenon. The texts are written for these tests.

use newsclaim_tokenize::{tokenize, Tokenizer};

fn split(text: &str) -> Vec<String> {
    let doc = tokenize(text);
    doc.sentences.iter().map(|s| doc.sentence_text(s).to_string()).collect()
}

#[track_caller]
fn assert_split(text: &str, expected: &[&str]) {
    assert_eq!(split(text), expected, "splitting {text:?}");
}

#[test]
fn terminal_punctuation() {
    assert_split(
        "Rain fell. Roads closed! Why? Nobody knows.",
        &["Rain fell.", "Roads closed!", "Why?", "Nobody knows."],
    );
    assert_split("Really?! Yes!!! Fine.", &["Really?!", "Yes!!!", "Fine."]);
    assert_split("She lives in Oslo.", &["She lives in Oslo."]);
    assert_split("Sales fell. iPhone demand was weak.", &["Sales fell.", "iPhone demand was weak."]);
}

#[test]
fn titles_end_a_sentence_only_before_a_starter() {
    assert_split(
        "The office is on Elm St. The rent is low.",
        &["The office is on Elm St.", "The rent is low."],
    );
    assert_split("Call Dr.\nPatel today.", &["Call Dr.\nPatel today."]);
    assert_split(
        "Gov. Hochul and Rep. Ocasio-Cortez met Dr. Lee.",
        &["Gov. Hochul and Rep. Ocasio-Cortez met Dr. Lee."],
    );
    assert_split(
        "The shop is on Mt. Pleasant near St. Paul's.",
        &["The shop is on Mt. Pleasant near St. Paul's."],
    );
}

#[test]
fn ordinary_abbreviations_end_a_sentence_before_a_starter() {
    assert_split("He joined Acme Corp. She stayed home.", &["He joined Acme Corp.", "She stayed home."]);
    assert_split("He joined Acme Corp. last May.", &["He joined Acme Corp. last May."]);
    assert_split("The vote is on Jan. 5 in Ohio.", &["The vote is on Jan. 5 in Ohio."]);
    assert_split(
        "Bring pens, paper, etc. The rest is provided.",
        &["Bring pens, paper, etc.", "The rest is provided."],
    );
}

#[test]
fn letter_chain_abbreviations() {
    assert_split("Troops from the U.K. Army arrived.", &["Troops from the U.K. Army arrived."]);
    assert_split("He moved to the U.K. When did you?", &["He moved to the U.K.", "When did you?"]);
    assert_split("Flights left at 7 a.m. on Monday.", &["Flights left at 7 a.m. on Monday."]);
}

#[test]
fn abbreviation_before_a_quotation() {
    assert_split(
        "“No,” said Rep. Jane Roe, R-N.C. “Not now.”",
        &["“No,” said Rep. Jane Roe, R-N.C.", "“Not now.”"],
    );
    assert_split("He praised the U.S. “Patriot” system.", &["He praised the U.S. “Patriot” system."]);
    assert_split("It ended in the U.S. “", &["It ended in the U.S. “"]);
}

#[test]
fn abbreviations_from_a_user_list() {
    let text = "They met Cllr. Hughes at noon.";
    assert_eq!(tokenize(text).sentences.len(), 2, "unknown abbreviation ends a sentence");
    let tokenizer = Tokenizer::builder().abbreviation_list("# extra\nCllr. title\n").build();
    assert_eq!(tokenizer.tokenize(text).sentences.len(), 1);
    let tokenizer = Tokenizer::builder().abbreviations(["approx."]).build();
    assert_eq!(tokenizer.tokenize("It weighs approx. four tons.").sentences.len(), 1);
}

#[test]
fn initials() {
    assert_split("A report by W. E. B. Du Bois was cited.", &["A report by W. E. B. Du Bois was cited."]);
    assert_split("Ask Maria K. Lopez today.", &["Ask Maria K. Lopez today."]);
    assert_split("It was up to him and me. We agreed.", &["It was up to him and me.", "We agreed."]);
    assert_split("Point B. How far is it?", &["Point B.", "How far is it?"]);
}

#[test]
fn numbers_do_not_break_sentences() {
    assert_split("Costs rose to $3.75 per unit.", &["Costs rose to $3.75 per unit."]);
    assert_split("It cost $3.75. Prices fell later.", &["It cost $3.75.", "Prices fell later."]);
    assert_split(
        "About 12,500 fled. On 04.05.2023 more left.",
        &["About 12,500 fled.", "On 04.05.2023 more left."],
    );
    assert_split("See section no. 4 for details.", &["See section no. 4 for details."]);
    assert_split(
        "She was born in 1970. 25 years later she won.",
        &["She was born in 1970.", "25 years later she won."],
    );
}

#[test]
fn missing_space_after_a_period() {
    assert_split("It rained.Then it snowed.", &["It rained.", "Then it snowed."]);
    assert_split("He paid 2,000.Nobody asked.", &["He paid 2,000.", "Nobody asked."]);
}

#[test]
fn quotation_continues_after_comma_or_question_mark() {
    assert_split(
        "“We cannot accept these terms,” the foreign minister told reporters on Monday.",
        &["“We cannot accept these terms,” the foreign minister told reporters on Monday."],
    );
    assert_split("“Who pays?” asked one delegate.", &["“Who pays?” asked one delegate."]);
    assert_split("“Is it over?” Delegate Ruiz asked.", &["“Is it over?” Delegate Ruiz asked."]);
    assert_split(
        "He called the plan “a ‘serious mistake,’” then left.",
        &["He called the plan “a ‘serious mistake,’” then left."],
    );
}

#[test]
fn quotation_ends_a_sentence() {
    assert_split("He said “it is over.” Talks ended.", &["He said “it is over.”", "Talks ended."]);
    assert_split("She wrote, \"No deal.\" Then she left.", &["She wrote, \"No deal.\"", "Then she left."]);
    assert_split("'Stop now.' he shouted.", &["'Stop now.' he shouted."]);
}

#[test]
fn headlines_datelines_bylines_end_at_line_breaks() {
    assert_split(
        "Ministers agree on budget\nBy Jane Roe, Political Editor\nBRUSSELS — The deal was struck late.",
        &[
            "Ministers agree on budget",
            "By Jane Roe, Political Editor",
            "BRUSSELS — The deal was struck late.",
        ],
    );
    assert_split("Markets rally\n\nShares rose sharply.", &["Markets rally", "Shares rose sharply."]);
    assert_split("Markets rally\r\n\r\nShares rose.", &["Markets rally", "Shares rose."]);
    assert_split("Markets rally\rShares rose.", &["Markets rally", "Shares rose."]);
    assert_split("Markets rally\u{2029}Shares rose.", &["Markets rally", "Shares rose."]);
    assert_split(
        "09:12 CET 04.05.2023\nUpdated story follows.",
        &["09:12 CET 04.05.2023", "Updated story follows."],
    );
}

#[test]
fn wrapped_lines_continue_the_sentence() {
    assert_split(
        "The committee voted on the\nproposal late on Friday.",
        &["The committee voted on the\nproposal late on Friday."],
    );
    assert_split("After long talks,\nMinisters agreed.", &["After long talks,\nMinisters agreed."]);
    // Short lowercase lines are list-like items, not wrapped text.
    assert_split("apples\npears and plums\n", &["apples", "pears and plums"]);
}

#[test]
fn numbered_and_lettered_lists() {
    assert_split("1) Call Ann 2) Email Bo", &["1) Call Ann", "2) Email Bo"]);
    assert_split("1. Open the box. 2. Read it.", &["1. Open the box.", "2. Read it."]);
    assert_split("a) red b) blue c) green", &["a) red", "b) blue", "c) green"]);
    assert_split("• 3. Sugar • 4. Salt", &["• 3. Sugar", "• 4. Salt"]);
    // The list path sees line breaks like the streaming path.
    assert_split("1) Call Ann\r\nplease 2) Email Bo", &["1) Call Ann", "please", "2) Email Bo"]);
    // A lone number before a period is no list.
    assert_split("He finished 2. The rest gave up.", &["He finished 2.", "The rest gave up."]);
}

#[test]
fn parentheses_keep_their_sentence() {
    assert_split(
        "Exports fell (The data were revised twice.) in the third quarter.",
        &["Exports fell (The data were revised twice.) in the third quarter."],
    );
    assert_split("Exports fell (see chart). Imports rose.", &["Exports fell (see chart).", "Imports rose."]);
}

#[test]
fn ellipses() {
    assert_split("The result ... was a surprise.", &["The result ... was a surprise."]);
    assert_split("It was … I mean, fine.", &["It was … I mean, fine."]);
    assert_split("Nobody came.... Then rain fell.", &["Nobody came....", "Then rain fell."]);
    assert_split("The list went on . . . . Then it ended.", &["The list went on . . . .", "Then it ended."]);
    assert_split("It ended. . . . New talks began.", &["It ended.", ". . . New talks began."]);
    assert_split("The [...] rest is lost.", &["The [...] rest is lost."]);
}

#[test]
fn urls_and_emails_before_a_period() {
    assert_split(
        "Details are at https://example.com/x.html. Call us.",
        &["Details are at https://example.com/x.html.", "Call us."],
    );
    assert_split(
        "Write to desk@example.com. We reply fast.",
        &["Write to desk@example.com.", "We reply fast."],
    );
}

#[test]
fn exclamation_inside_a_name() {
    assert_split("She used Yahoo! for years.", &["She used Yahoo! for years."]);
}

#[test]
fn display_text_folds_line_breaks() {
    let doc = tokenize("The committee voted on the \n proposal late on Friday.");
    let s = &doc.sentences[0];
    assert_eq!(doc.sentence_display_text(s), "The committee voted on the proposal late on Friday.");
    assert!(doc.sentence_text(s).contains('\n'));
}

#[test]
fn sentence_tokens_and_spans_agree() {
    let doc = tokenize("First one. Second one!");
    let second = &doc.sentences[1];
    let toks = doc.sentence_tokens(second);
    assert_eq!(toks.first().unwrap().start, second.span.start);
    assert_eq!(toks.last().unwrap().end(), second.span.end);
}
