//! Multi-line sections after or inside the article: reader comments, teaser lists, captions.

use newsclaim_strip::{Article, JunkKind, SectionCue, Stripper};

const BODY: &[&str] = &[
    "The harbour authority of Port Ellis said on Tuesday that repairs to the northern quay would take at least three more months.",
    "Engineers found that the storm in January had washed away much of the gravel under the quay, the authority said in a statement.",
    "Fishing crews have been mooring at the smaller southern pier since then, which has led to long queues at the fish market.",
    "The town council has promised to cover part of the cost, but the final budget will only be agreed at its meeting in April.",
    "“We understand the frustration, and we are doing everything we can to speed things up,” a spokeswoman for the authority said.",
];

fn page(before: &[&str], after: &[&str]) -> String {
    let mut lines: Vec<&str> = vec!["Port Ellis quay repairs to take three more months", "By Erin Walsh"];
    lines.extend_from_slice(before);
    lines.extend_from_slice(BODY);
    lines.extend_from_slice(after);
    lines.join("\n")
}

fn assert_body_kept(article: &Article<'_>) {
    for line in BODY {
        assert!(article.paragraphs.iter().any(|p| p.text == *line), "body line lost: {line}");
    }
}

fn kind_of(article: &Article<'_>, text: &str) -> Option<JunkKind> {
    article.removed.iter().find(|r| r.text == text).map(|r| r.kind)
}

fn assert_removed(article: &Article<'_>, lines: &[&str]) {
    for line in lines {
        assert!(
            kind_of(article, line).is_some(),
            "kept: {line}\nkept paragraphs: {:?}",
            article.paragraphs.iter().map(|p| &*p.text).collect::<Vec<_>>()
        );
    }
}

#[test]
fn prose_comments_under_a_comment_heading() {
    let comments = [
        "I have been fishing out of Port Ellis for twenty years and the queues at the market are the worst I have seen.",
        "The council should have fixed the quay years ago, but nobody listens to the fishermen until something breaks.",
    ];
    let text = page(&[], &["14 Comments", "harbourfan", comments[0], "Reply", "old_salt", comments[1]]);
    let article = Stripper::default().strip(&text);
    assert_body_kept(&article);
    assert_removed(&article, &comments);
    assert_eq!(kind_of(&article, comments[0]), Some(JunkKind::Comment));
}

#[test]
fn prose_comments_without_heading_found_by_names_times_and_buttons() {
    let comments = [
        "This is exactly what happens when maintenance budgets are cut year after year by the council.",
        "Three months is optimistic, in my experience these repairs always take twice as long as promised.",
    ];
    let text = page(
        &[],
        &[
            "marina_k",
            "3 hours ago",
            comments[0],
            "Reply · Report",
            "Tom P.",
            "5 hours ago",
            comments[1],
            "Reply · Report",
        ],
    );
    let article = Stripper::default().strip(&text);
    assert_body_kept(&article);
    assert_removed(&article, &comments);
}

#[test]
fn comments_in_german_and_spanish() {
    for (heading, time, reply) in
        [("Kommentare (2)", "vor 2 Stunden", "Antworten"), ("Comentarios", "hace 5 minutos", "Responder")]
    {
        let comment = "Das ist doch seit Jahren bekannt, und trotzdem hat niemand etwas unternommen, leider.";
        let text = page(&[], &[heading, "leser42", time, comment, reply]);
        let article = Stripper::default().strip(&text);
        assert_body_kept(&article);
        assert_removed(&article, &[comment]);
    }
}

#[test]
fn a_like_button_or_a_report_link_alone_does_not_open_comments() {
    // an embedded post with a "Report" link inside the article is not a comment section
    let text = page(&[], &[]).replace(BODY[2], &format!("@harbourwatch\nReport\n{}", BODY[2]));
    let article = Stripper::default().strip(&text);
    assert_body_kept(&article);
}

#[test]
fn teaser_list_after_the_article() {
    let teasers = [
        "Storm damage closes two beaches on the south coast",
        "Ferry operator adds winter crossings to the islands",
        "New fish market hall to open next spring, council says.",
        "Harbour pilots warn of shallow water near the northern quay",
    ];
    let mut after = vec!["More from Port Ellis Gazette"];
    after.extend_from_slice(&teasers);
    let text = page(&[], &after);
    let article = Stripper::default().strip(&text);
    assert_body_kept(&article);
    assert_removed(&article, &teasers);
    assert_eq!(kind_of(&article, teasers[2]), Some(JunkKind::RelatedLink));
}

#[test]
fn teaser_with_blurbs_inside_the_article_ends_where_the_article_resumes() {
    let teaser =
        ["Read also:", "Ferry operator adds winter crossings", "The extra sailings start in November."];
    let mut lines: Vec<&str> = vec!["Port Ellis quay repairs to take three more months", "By Erin Walsh"];
    lines.extend_from_slice(&BODY[..2]);
    lines.extend_from_slice(&teaser);
    lines.extend_from_slice(&BODY[2..]);
    let text = lines.join("\n");
    let article = Stripper::default().strip(&text);
    assert_body_kept(&article);
    assert_removed(&article, &teaser[1..]);
}

#[test]
fn teaser_heading_in_other_languages_and_custom_cues() {
    for heading in ["Lesen Sie auch", "À lire aussi", "Te puede interesar", "You may also like"] {
        let teaser = "Ferry operator adds winter crossings to the islands";
        let text = page(&[], &[heading, teaser]);
        let article = Stripper::default().strip(&text);
        assert_body_kept(&article);
        assert_removed(&article, &[teaser]);
    }
    let stripper = Stripper::builder().section_cue(SectionCue::TeaserHeading, "Also on the quayside").build();
    let teaser = "Ferry operator adds winter crossings to the islands";
    let text = page(&[], &["Also on the quayside", teaser]);
    let article = stripper.strip(&text);
    assert_removed(&article, &[teaser]);
}

#[test]
fn captions_around_credits_and_photo_labels() {
    let caption_below = "Fishing boats moored at the southern pier on Monday.";
    let text = page(&[], &[])
        .replace(BODY[2], &format!("Photo: Erin Walsh / Port Ellis Gazette\n{caption_below}\n{}", BODY[2]));
    let article = Stripper::default().strip(&text);
    assert_body_kept(&article);
    assert_eq!(kind_of(&article, caption_below), Some(JunkKind::Caption));

    let located = "PORT ELLIS, Northland - Photo: Workers inspect the damaged quay.";
    let text = page(&[], &[]).replace(BODY[1], &format!("{}\n{located}", BODY[1]));
    let article = Stripper::default().strip(&text);
    assert_body_kept(&article);
    assert_eq!(kind_of(&article, located), Some(JunkKind::Caption));
}

#[test]
fn headline_runs_after_the_article_without_heading() {
    let teasers = [
        "Why the fishing fleet is leaving the old harbour",
        "The quiet return of the river ferries",
        "How the town council plans to pay for the new pier",
    ];
    let text = page(&[], &teasers);
    let article = Stripper::default().strip(&text);
    assert_body_kept(&article);
    assert_removed(&article, &teasers);
}

#[test]
fn short_list_inside_an_article_is_kept() {
    let list = ["Monday 9 March: northern quay closed", "Tuesday 10 March: ferry moves to pier 2"];
    let mut lines: Vec<&str> = vec!["Port Ellis quay repairs to take three more months", "By Erin Walsh"];
    lines.extend_from_slice(&BODY[..3]);
    lines.extend_from_slice(&list);
    lines.extend_from_slice(&BODY[3..]);
    let text = lines.join("\n");
    let article = Stripper::default().strip(&text);
    assert_body_kept(&article);
    for item in list {
        assert!(article.paragraphs.iter().any(|p| p.text == item), "list item lost: {item}");
    }
}

#[test]
fn long_comment_thread_with_said_headers_is_removed() {
    let comments = [
        "Any update on how the new survey of the quay will change the repair schedule?",
        "We have not yet seen the survey, but we plan to consider it when the budget is agreed in April.",
        "I skimmed the report, and did not see any analysis of how the queues affect the fish prices.",
        "Logically, there must be some point at which it is cheaper to move the market than to wait.",
        "Our best guess is that any effect on prices is fairly small, although the data are limited.",
        "We detailed several considerations about the market move in an earlier post on this blog.",
    ];
    let after = [
        "Comments",
        "Max Muster on March 3, 2031 at 4:47 pm said:",
        comments[0],
        "Erin Walsh on March 4, 2031 at 9:12 am said:",
        comments[1],
        "Alex on March 5, 2031 at 6:34 am said:",
        comments[2],
        comments[3],
        "Erin Walsh on March 6, 2031 at 1:05 pm said:",
        comments[4],
        comments[5],
    ];
    let text = page(&[], &after);
    let article = Stripper::default().strip(&text);
    assert_body_kept(&article);
    assert_removed(&article, &comments);
}
