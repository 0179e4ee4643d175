//! Headlines: present tense, no final stop, read as their own region.
mod common;
use common::*;
use newsclaim_extract::{Act, Extractor};

#[test]
fn headline_verbs() {
    expect("Iran rejects US call for direct talks", Act::Reject, "Iran", None, "US call for direct talks");
    expect(
        "Ukraine urges allies to speed up arms deliveries",
        Act::Demand,
        "Ukraine",
        None,
        "speed up arms deliveries",
    );
    expect("Kremlin denies plans to invade", Act::Deny, "Russia", None, "plans to invade");
    expect(
        "Mali junta accuses France of backing jihadists",
        Act::Accuse,
        "Mali",
        Some("France"),
        "backing jihadists",
    );
}

#[test]
fn headline_region_does_not_run_into_the_body() {
    let text = "Moscow warns West over Ukraine\nThe weather was cold in Moscow on Monday.";
    let regions = [0..30, 31..text.len()];
    let cs = Extractor::default().extract(text, &regions);
    assert_eq!(cs.len(), 1, "{cs:?}");
    assert_eq!(cs[0].act, Act::Warn);
    assert_eq!(cs[0].line, 1);
    assert_eq!(cs[0].evidence.text, "Moscow warns West over Ukraine");
}

#[test]
fn speaker_before_a_colon() {
    expect(
        "Zelenskiy: Russia must pay for the destruction",
        Act::Demand,
        "",
        Some("Russia"),
        "Russia must pay for the destruction",
    );
    expect(
        "Kremlin: NATO should stay out of Ukraine",
        Act::Demand,
        "Russia",
        Some("NATO"),
        "NATO should stay out of Ukraine",
    );
}

#[test]
fn headline_addressing_an_order() {
    let cs = claims("Lopez To Garcia: Step Aside");
    let c = cs.iter().find(|c| c.act == Act::Demand).expect("a demand");
    assert_eq!(c.actor.text, "Lopez");
    assert_eq!(c.addressee.as_ref().map(|a| a.text.as_ref()), Some("Garcia"));
    assert_eq!(c.content.as_ref().map(|p| &*p.text), Some("Step Aside"));
    // a label before a colon is not a speaker addressing anyone
    assert!(claims("Advice To Students: Reading Lists").is_empty());
}

#[test]
fn headline_lawsuits_accuse() {
    expect(
        "Texas and Ohio Sue Kansas Over Water Rights",
        Act::Accuse,
        "Texas; Ohio",
        Some("Kansas"),
        "Water",
    );
    let cs = claims("Texas and Ohio File Suit Against Kansas");
    assert!(cs.iter().any(|c| c.act == Act::Accuse && c.rule == "light-verb-noun"), "{cs:?}");
    // a headline capitalises the noun's modifiers too
    let cs = claims("Texas and Ohio File Federal Antitrust Suit Against Kansas Utility");
    assert!(cs.iter().any(|c| c.act == Act::Accuse && c.rule == "light-verb-noun"), "{cs:?}");
}

#[test]
fn headline_subjects_that_are_actor_nouns_and_welcomes_of_a_thing() {
    first("Police deny using tear gas on students", Act::Deny);
    let c = first("Brazil's Lula welcomes Biden's climate pledge", Act::Accept);
    assert_eq!(c.content.map(|p| p.text), Some("Biden's climate pledge".into()));
    // hosting a person is no acceptance
    none("Chinese President Xi Jinping welcomed Russian President Vladimir Putin to Beijing.");
    // a noun phrase before a bare verb form is no subject
    none("Global demand for oil rose.");
}

#[test]
fn headline_futures_and_comma_joined_sides() {
    let c = first("Iran to reject US proposal, says official", Act::Reject);
    assert_eq!(c.actor.norms, vec!["Iran".to_string()]);
    let c = first("Serbia, Kosovo reject EU plan", Act::Reject);
    assert_eq!(c.actor.norms, vec!["Serbia".to_string(), "Kosovo".to_string()]);
    // not in a sentence with a full stop: there the comma is no "and"
    none("Talks to resume next week");
}

#[test]
fn a_verb_inside_a_name_or_a_heading_with_no_object_claims_nothing() {
    none("Better Android support");
    none("The book Friends Support Peace was a success.");
    // a sentence with its full stop, and a title-case headline, still claim
    first("Iran agreed.", Act::Accept);
    first("Teachers Union Rejects Pay Offer", Act::Reject);
}

#[test]
fn a_short_headline_is_a_headline() {
    // (three long words were too few to tell a headline, so "Reject" was read inside a name)
    expect_exact("Nurses Reject Pay Offer", Act::Reject, "", "Pay Offer");
    expect_exact("Teachers Reject Offer", Act::Reject, "", "Offer");
}

#[test]
fn blocking_bills_rejects_them() {
    first("Senate Republicans Block Democratic Bills to Reopen Government", Act::Reject);
    first("Senate Republicans blocked the Democratic bills.", Act::Reject);
    no_act("Protesters blocked the roads.", Act::Reject);
}

#[test]
fn a_capitalised_modifier_in_a_headline_is_no_addressee() {
    let c = first("Unions Threaten Nationwide Strike Over Pension Cuts", Act::Warn);
    assert!(c.addressee.is_none(), "{:?}", c.addressee);
    // a name before a preposition still is
    let c = first("Senators Keep Pressure on Smith Over Remarks", Act::Demand);
    assert!(c.addressee.is_some_and(|a| a.text.starts_with("Smith")));
}

#[test]
fn a_headlines_comma_joins_its_verbs() {
    let cs = claims("Opposition Rejects Election Results, Calls For Protests");
    assert!(cs.iter().any(|c| c.act == Act::Reject));
    let c = first("Opposition Rejects Election Results, Calls For Protests", Act::Demand);
    assert_eq!(c.actor.text, "Opposition");
}

#[test]
fn a_plural_noun_after_a_base_form_verb_is_its_object() {
    expect_exact(
        "Taliban reject calls for inclusive government",
        Act::Reject,
        "Taliban",
        "calls for inclusive government",
    );
    expect_exact("Farmers reject demands for lower prices", Act::Reject, "", "demands for lower prices");
    // a verb after the base form still makes it a noun
    none("The demand calls for an immediate ceasefire.");
}

#[test]
fn a_non_starter_without_its_article_rejects() {
    let cs = claims("Senate Leader Rejects House Offer, Calls It 'Non-Starter'");
    assert_eq!(cs.iter().filter(|c| c.act == Act::Reject).count(), 2, "{cs:#?}");
}

#[test]
fn a_headline_office_without_its_article_acts() {
    let c = first("Mayor Calls for Calm After Night of Unrest", Act::Demand);
    assert_eq!(c.actor.text, "Mayor");
    first("Police Chief Urges Restraint", Act::Demand);
    // a bare plural of offices in prose is nobody in particular
    none("Officials said the minister had tried persuading the king to reverse his decision.");
}

#[test]
fn saying_no_to_a_thing_rejects_it() {
    expect_exact("Premier Says No to Early Election", Act::Reject, "", "Early Election");
    expect_exact("The union said no to the offer.", Act::Reject, "", "the offer");
    none("She said no to me.");
}

/// "Union President Rejects Contract": an office after the capitalised name of what it heads,
/// opening a headline, is the office holder, as "Mayor Calls for Calm" is; a count before an
/// office is no name ("One candidate …").
#[test]
fn an_office_after_the_body_it_heads_opens_a_headline() {
    let c = find("Dockers Union President Rejects Port Contract", Act::Reject, "");
    assert_eq!(c.actor.text, "Dockers Union President");
    let c = find("Board President Calls For Superintendent's Resignation", Act::Demand, "");
    assert_eq!(c.actor.text, "Board President");
    no_act("One candidate is contesting the seat from abroad.", Act::Reject);
}

#[test]
fn a_dateline_with_its_date_is_no_one() {
    let cs = claims(
        "LISBON, June 19 (Reuters) - The president demanded an end to the strikes that have shut Lisbon's ports since last week, warning unions they would be held responsible.",
    );
    assert!(cs.iter().all(|c| c.actor.text != "LISBON"), "{cs:?}");
    find(
        "LISBON, June 19 (Reuters) - The president demanded an end to the strikes that have shut Lisbon's ports since last week, warning unions they would be held responsible.",
        Act::Demand,
        "",
    );
}
