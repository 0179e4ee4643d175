//! Clean and short articles (no chrome, or only an ad marker and a source link) come out whole,
//! in several styles and languages; a lede is never taken for the headline.

use newsclaim_strip::{Article, JunkKind, Stripper};

fn strip(text: &str) -> Article<'_> {
    Stripper::default().strip(text)
}

fn kept(article: &Article<'_>) -> Vec<String> {
    article.paragraphs.iter().map(|p| p.text.to_string()).collect()
}

/// Every line of `lines` is kept as a paragraph, and nothing is taken for a title.
fn assert_all_kept(text: &str, lines: &[&str]) {
    let article = strip(text);
    let kept = kept(&article);
    for line in lines {
        assert!(
            kept.iter().any(|k| k == line),
            "lost {line:?}\nkept: {kept:?}\nremoved: {:?}",
            article.removed
        );
    }
    assert!(article.title.is_none(), "a body line became the title: {:?}", article.title);
}

#[test]
fn one_short_sentence_between_ad_marker_and_source_link() {
    let line = "Russia on Tuesday demanded that NATO halt its expansion.";
    let text = format!("[ad_1]\n{line}\nSource link\n");
    assert_all_kept(&text, &[line]);
    let article = strip(&text);
    let kinds: Vec<JunkKind> = article.removed.iter().map(|r| r.kind).collect();
    assert_eq!(kinds, [JunkKind::AdMarker, JunkKind::SourceLink]);
}

#[test]
fn very_short_wire_item_survives() {
    let line = "Port strike ends, union says.";
    assert_all_kept(&format!("[ad_1]\n{line}\nSource link\n"), &[line]);
}

#[test]
fn two_short_sentences_both_survive() {
    let lines = [
        "Russia rejected the proposal, the foreign ministry said on Wednesday after a long meeting.",
        "The talks will go on next week in Geneva, diplomats said.",
    ];
    assert_all_kept(&format!("[ad_1]\n{}\n{}\nSource link\n", lines[0], lines[1]), &lines);
}

#[test]
fn paragraphs_without_any_chrome_are_all_body() {
    let lines = [
        "The harbour authority on Monday proposed a new fee for cruise ships, officials said after a meeting, calling it \"fair to everyone.\"",
        "The fee would pay for dredging the channel, according to a draft seen by reporters.",
        "Shipping companies have warned that they could move some calls to other ports.",
    ];
    for sep in ["\n", "\n\n", "\r\n\r\n"] {
        assert_all_kept(&lines.join(sep), &lines);
    }
}

#[test]
fn wire_story_with_dateline() {
    let lines = [
        "GENEVA (Reuters) - Russia on Tuesday demanded that NATO halt its eastward expansion, in talks with U.S. officials that ended without a breakthrough.",
        "Deputy Foreign Minister Sergei Ryabkov told reporters the two sides had a difficult but professional discussion.",
        "U.S. officials said they had rejected proposals that were non-starters.",
    ];
    assert_all_kept(&lines.join("\n"), &lines);
}

#[test]
fn clean_article_with_headline_keeps_headline_as_title() {
    let text = "Harbour fee plan splits city council\n\
        The harbour authority on Monday proposed a new fee for cruise ships, officials said.\n\
        Two council members said they would vote against it.\n";
    let article = strip(text);
    assert_eq!(article.title.as_ref().map(|t| &*t.text), Some("Harbour fee plan splits city council"));
    assert_eq!(article.paragraphs.len(), 2, "{:?}", kept(&article));
}

#[test]
fn german_short_article() {
    let lines = [
        "Die Bundesregierung hat am Dienstag neue Hilfen für die Landwirte angekündigt.",
        "Das Paket soll nach Angaben des Ministeriums im Frühjahr in Kraft treten.",
    ];
    assert_all_kept(&format!("[ad_1]\n{}\n\n{}\nSource link\n", lines[0], lines[1]), &lines);
}

#[test]
fn spanish_short_article() {
    let lines = [
        "El Gobierno anunció el martes un nuevo plan de ayudas para los agricultores del sur.",
        "La ministra dijo que las medidas entrarán en vigor en marzo.",
    ];
    assert_all_kept(&lines.join("\n"), &lines);
}

#[test]
fn french_short_article() {
    let lines = [
        "Le gouvernement a présenté mardi un plan d'aide pour les agriculteurs touchés par la sécheresse.",
        "Les syndicats ont jugé les mesures insuffisantes.",
    ];
    assert_all_kept(&format!("[ad_1]\n{}\n{}\nSource link\n", lines[0], lines[1]), &lines);
}

#[test]
fn title_case_label_on_a_clean_page_is_still_removed() {
    let body = "The harbour authority on Monday proposed a new fee for cruise ships, officials said.";
    let text = format!("{body}\nOur Standards: The Harbour Times Trust Principles.\n© 2031 Harbour Times. All rights reserved.\n");
    let article = strip(&text);
    assert_eq!(kept(&article), [body]);
}

#[test]
fn long_clean_article_with_subheadings_keeps_every_sentence() {
    let places = [
        "the northern quay",
        "the fish market",
        "the ferry terminal",
        "the old lighthouse",
        "the town hall",
        "the southern pier",
    ];
    let people = ["a spokeswoman for the council", "the harbour master", "two local fishermen", "the mayor"];
    let mut lines: Vec<String> = vec!["Port Ellis counts the cost of the January storm".to_string()];
    for (i, place) in places.iter().enumerate() {
        lines.push(format!("Damage at {place}"));
        for (j, who) in people.iter().enumerate().take(3) {
            lines.push(format!("Repairs at {place} will take {} weeks, {who} said.", 3 + i + j));
        }
    }
    let text = lines.join("\n");
    let article = strip(&text);
    let kept = kept(&article);
    for line in lines.iter().filter(|l| l.ends_with('.')) {
        assert!(kept.contains(line), "lost {line:?}");
    }
    assert_eq!(article.title.as_ref().map(|t| &*t.text), Some(lines[0].as_str()));
}

mod generated {
    use super::*;
    use proptest::prelude::*;

    const SUBJECTS: &[&str] = &[
        "The council",
        "A spokeswoman for the port",
        "The ferry company",
        "Die Regierung",
        "El ministro",
        "Le maire",
    ];
    const VERBS: &[&str] = &[
        "said on Monday that",
        "announced that",
        "warned that",
        "sagte am Montag, dass",
        "dijo el martes que",
        "a déclaré que",
    ];
    const CLAUSES: &[&str] = &[
        "the repairs would take longer than planned",
        "the talks with the unions would go on next week",
        "the new fees would be paid by the shipping companies",
        "die Arbeiten bis zum Sommer dauern würden",
        "las obras durarán hasta el verano",
        "les travaux dureront jusqu'à l'été",
    ];

    fn sentence() -> impl Strategy<Value = String> {
        (0..SUBJECTS.len(), 0..VERBS.len(), 0..CLAUSES.len(), prop::bool::ANY).prop_map(|(s, v, c, quote)| {
            let core = format!("{} {} {}.", SUBJECTS[s], VERBS[v], CLAUSES[c]);
            if quote {
                format!("{core} “We are ready,” officials added.")
            } else {
                core
            }
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        /// A page of sentences with at most an ad marker and a source link around it is all body.
        #[test]
        fn every_sentence_of_a_clean_page_is_kept(
            sentences in prop::collection::vec(sentence(), 1..25),
            wrapped in prop::bool::ANY,
            blank_lines in prop::bool::ANY,
        ) {
            // repeated sentences are legitimately removed as duplicates; keep them distinct
            let mut unique: Vec<String> = Vec::new();
            for (i, s) in sentences.into_iter().enumerate() {
                unique.push(format!("{s} It was update {i}."));
            }
            let body = unique.join(if blank_lines { "\n\n" } else { "\n" });
            let text = if wrapped { format!("[ad_1]\n{body}\nSource link\n") } else { body };
            let article = strip(&text);
            let kept = kept(&article);
            for line in &unique {
                prop_assert!(kept.contains(line), "lost {:?}", line);
            }
        }
    }
}
