//! Adverbs, time phrases, appositives and relative clauses between actor and verb.
mod common;
use common::*;
use newsclaim_extract::Act;

#[test]
fn adverbs_and_time_phrases() {
    expect(
        "Russia last week demanded that NATO stop its exercises.",
        Act::Demand,
        "Russia",
        Some("NATO"),
        "NATO stop its exercises",
    );
    expect(
        "NATO Secretary-General Mark Rutte on Tuesday (11.3) categorically rejected the conditions.",
        Act::Reject,
        "NATO",
        None,
        "the conditions",
    );
    expect(
        "Iran on Sunday again firmly rejected direct talks with Washington.",
        Act::Reject,
        "Iran",
        None,
        "direct talks with Washington",
    );
    expect("China earlier this month strongly condemned the visit.", Act::Accuse, "China", None, "the visit");
    expect("Tokyo in March formally protested against the drills.", Act::Accuse, "Japan", None, "the drills");
}

#[test]
fn appositives_and_relative_clauses() {
    expect(
        "Josep Borrell, the EU's foreign policy chief, urged Kosovo to de-escalate.",
        Act::Demand,
        "European Union",
        Some("Kosovo"),
        "de-escalate",
    );
    expect(
        "Hungary, which holds the rotating presidency, vetoed the statement.",
        Act::Reject,
        "Hungary",
        None,
        "the statement",
    );
    expect(
        "Dmitry Peskov, the Kremlin spokesman, denied the reports.",
        Act::Deny,
        "Russia",
        None,
        "the reports",
    );
    expect(
        "Ukraine’s president, who met the Pope on Saturday, rejected any talks with Russia.",
        Act::Reject,
        "Ukraine",
        None,
        "any talks with Russia",
    );
    expect(
        "In June, after deploying tanks near the frontier, Serbia called on NATO to pull back.",
        Act::Demand,
        "Serbia",
        Some("NATO"),
        "pull back",
    );
}

#[test]
fn prepositional_objects_are_not_subjects() {
    no_act("Talks with Iran rejected by diplomats stalled.", Act::Accuse);
    none("The accession process of Moldova and Armenia, which requires the approval of all members, has stalled.");
}

#[test]
fn multiword_adverbs_and_since() {
    expect(
        "Washington has so far opposed a censure motion.",
        Act::Reject,
        "United States",
        None,
        "a censure motion",
    );
    expect(
        "Tehran has since demanded guarantees that Washington will not quit the pact.",
        Act::Demand,
        "Iran",
        None,
        "guarantees",
    );
    expect("Beijing has once again rejected the ruling.", Act::Reject, "China", None, "the ruling");
}

#[test]
fn relative_clauses_before_a_coordinated_verb() {
    expect(
        "The Palestinian Authority, which administers parts of the West Bank, condemned the raid and called on the international community to intervene.",
        Act::Demand,
        "Palestine",
        Some("International community"),
        "intervene",
    );
}

#[test]
fn hyphenated_names_and_objects_with_modifiers() {
    expect(
        "Taiwan's President Lai Ching-te rejected Beijing's formula.",
        Act::Reject,
        "Taiwan",
        None,
        "Beijing's formula",
    );
    expect(
        "The junta in Mali ordered the UN peacekeeping mission to leave the country.",
        Act::Demand,
        "Mali",
        Some("United Nations"),
        "leave the country",
    );
    no_act("The West African bloc rejected the plan.", Act::Reject);
}

#[test]
fn time_phrases_after_the_verb() {
    expect(
        "Egypt called on Friday for an immediate ceasefire.",
        Act::Demand,
        "Egypt",
        None,
        "an immediate ceasefire",
    );
    expect(
        "Japan urged on Monday China to release the detained employee.",
        Act::Demand,
        "Japan",
        Some("China"),
        "release the detained employee",
    );
}

#[test]
fn set_to() {
    expect("Hungary is set to veto the aid package.", Act::Reject, "Hungary", None, "the aid package");
}

#[test]
fn prepositional_and_dashed_asides() {
    expect("Egypt, in a statement, rejected the proposal.", Act::Reject, "Egypt", None, "the proposal");
    expect(
        "Hungary — which holds the rotating presidency — vetoed the statement.",
        Act::Reject,
        "Hungary",
        None,
        "the statement",
    );
}

#[test]
fn statements_and_speeches_between_subject_and_verb() {
    expect(
        "Seoul in a statement on Sunday strongly condemned the launch.",
        Act::Accuse,
        "South Korea",
        None,
        "the launch",
    );
    expect("Ghana's President John Mahama, speaking at the summit in Addis Ababa, urged African leaders to press for reparations.", Act::Demand, "Ghana", None, "press for reparations");
    expect(
        "The secretary-general of OPEC, Haitham al-Ghais, rejected calls to phase out fossil fuels.",
        Act::Reject,
        "OPEC",
        None,
        "calls to phase out fossil fuels",
    );
    expect(
        "Hungary blocked a joint statement condemning the election.",
        Act::Reject,
        "Hungary",
        None,
        "a joint statement condemning the election",
    );
}

#[test]
fn asides_with_participles() {
    expect(
        "The governments of Chile, Colombia, Mexico and Brazil, in a joint statement issued from Brasilia, called on Venezuelan authorities to publish the voting records.",
        Act::Demand,
        "Chile; Colombia; Mexico; Brazil",
        Some("Venezuela"),
        "publish the voting records",
    );
}

#[test]
fn auxiliaries_of_an_aside_do_not_make_the_verb_passive() {
    expect(
        "Taiwan's defence ministry, whose ships have been shadowing the carrier group, warned Beijing against provocative manoeuvres.",
        Act::Warn,
        "Taiwan",
        Some("China"),
        "provocative manoeuvres",
    );
}

#[test]
fn ruling_parties_and_reported_hedges() {
    expect(
        "South Africa's ruling ANC blamed the collapse of the grid on mismanagement.",
        Act::Accuse,
        "South Africa; African National Congress",
        None,
        "the collapse of the grid",
    );
    assert!(
        find(
            "The Ethiopian government is reported to have rejected a Turkish proposal.",
            Act::Reject,
            "Ethiopia"
        )
        .hedged
    );
    expect("Officials from the Southern African Development Community urged Mozambique's leaders to resolve the dispute.", Act::Demand, "SADC", Some("Mozambique"), "resolve the dispute");
}

#[test]
fn floating_quantifier_between_subject_and_verb() {
    expect(
        "Jordan and Saudi Arabia both called for an end to the settlement expansion.",
        Act::Demand,
        "Jordan; Saudi Arabia",
        None,
        "an end to the settlement expansion",
    );
    let c = find(
        "The European Union and the African Union have both urged the junta to release the president.",
        Act::Demand,
        "European Union; African Union",
    );
    assert_eq!(c.content.unwrap().text, "release the president");
}

#[test]
fn unnamed_plural_addressee_before_the_infinitive() {
    let c = expect(
        "ASEAN urged the warring parties to respect the humanitarian truce.",
        Act::Demand,
        "ASEAN",
        None,
        "respect the humanitarian truce",
    );
    assert_eq!(c.content.unwrap().text, "respect the humanitarian truce");
    // after a thing, not a party, "to …" is a purpose and stays in the content
    let c = find("Chilean miners demand a bigger bonus to offset inflation.", Act::Demand, "Chile");
    assert!(c.content.unwrap().text.contains("bonus to offset inflation"));
}

#[test]
fn appositive_office_of_a_side_after_a_name() {
    let c = find(
        "Ali Larijani, deputy chairman of Iran's Security Council, warned that any strike would be answered.",
        Act::Warn,
        "Iran",
    );
    assert!(c.actor.text.contains("Larijani"), "{c:?}");
    let c = find("Pedro Sanchez, prime minister of Spain, rejected the tariff threat.", Act::Reject, "Spain");
    assert_eq!(c.content.unwrap().text, "the tariff threat");
}

#[test]
fn an_aside_opening_the_content_and_two_adverbs_of_one_verb() {
    let text = "Peru's senators are praying the tribunal to, among others, order the contractors to jointly and severally refund the money.";
    let c = find(text, Act::Demand, "Peru");
    assert_eq!(c.content.unwrap().text, "order the contractors to jointly and severally refund the money");
}

#[test]
fn a_sentence_adverb_between_commas_is_an_aside_its_verb_is_not() {
    for text in [
        "The minister, meanwhile, spoke on Monday, saying that the league should suspend the player.",
        "Coach Ana Ruiz, however, decided to weigh in on Monday, saying that the league should suspend the player.",
    ] {
        let c = first(text, Act::Demand);
        assert!(c.actor.text.starts_with("The minister") || c.actor.text.starts_with("Coach Ana Ruiz"), "{c:?}");
        assert_eq!(c.content.map(|p| p.text).as_deref(), Some("the league should suspend the player"));
    }
    // a participle after a noun still opens an aside
    let c = first(
        "A plan to cap fuel prices at $2 a litre, proposed by the council last year, has been criticised by the union as unlawful.",
        Act::Accuse,
    );
    assert!(c.content.is_some_and(|p| p.text.starts_with("A plan to cap fuel prices")));
}

#[test]
fn a_clause_of_time_or_reason_after_the_verb_is_no_object() {
    let c = first("The opposition cried foul as the recount dragged on.", Act::Accuse);
    assert!(c.content.is_none(), "{:?}", c.content);
    let c = first("The dockers' union agreed after the operator raised its pay offer.", Act::Accept);
    assert!(c.content.is_none(), "{:?}", c.content);
    // an idiom with its particle is a claim on its own
    assert_eq!(first("The opposition cried foul.", Act::Accuse).actor.text, "The opposition");
    // "as" with a judgement after an object stays what it was
    expect("Quito rejected the offer as unacceptable.", Act::Reject, "Ecuador", None, "the offer");
}

#[test]
fn a_time_before_a_clause_is_not_its_object() {
    no_act(
        "On the same day protesters protest in support of the strikers, the union said it will join.",
        Act::Accuse,
    );
    // a charge before the clause still is
    let c = first("It was a charge the minister denied on Monday.", Act::Deny);
    assert_eq!(c.content.map(|p| p.text).as_deref(), Some("a charge"));
}

#[test]
fn an_age_between_commas_is_an_aside() {
    let c = first("Janet Ortiz, 47, rejected the settlement offer.", Act::Reject);
    assert_eq!(c.actor.text, "Janet Ortiz");
    let c = first("Janet Ortiz, 47, a nurse from Tucson, said the plan was a disgrace.", Act::Reject);
    assert_eq!(c.actor.text, "Janet Ortiz");
}

#[test]
fn a_name_after_an_office_of_no_side_is_the_subject() {
    let c = first("Her lawyer, Daniel Okafor, said the charges were baseless.", Act::Deny);
    assert_eq!(c.actor.text, "Daniel Okafor");
    assert_eq!(c.actor.norms, ["Daniel Okafor"]);
    // an office that speaks for a side keeps it
    find("Russia's ambassador to the UN, Vassily Nebenzia, rejected the proposal.", Act::Reject, "Russia");
    // several people named after a plural stay the group
    let c = first("Her lawyers, Daniel Okafor and Ruth Bell, said the charges were baseless.", Act::Deny);
    assert_eq!(c.actor.text, "Her lawyers");
}

#[test]
fn late_or_early_on_a_day_between_subject_and_verb() {
    expect(
        "Nairobi late on Friday formally requested the return of the two suspects.",
        Act::Demand,
        "Kenya",
        None,
        "the return of the two suspects",
    );
}

#[test]
fn circumstances_between_the_addressee_and_the_infinitive() {
    expect(
        "The minister urged Beijing during the meeting to release the detainees.",
        Act::Demand,
        "",
        Some("China"),
        "release the detainees",
    );
    expect(
        "Tokyo pressed Moscow in a phone call with its envoy to return the islands.",
        Act::Demand,
        "Japan",
        Some("Russia"),
        "return the islands",
    );
    expect(
        "The bishops called on the government in a statement to end the repression.",
        Act::Demand,
        "",
        Some(""),
        "end the repression",
    );
    // a "to" of direction inside the circumstance is none of the infinitive
    expect(
        "France urged Iran at talks in Vienna to resume inspections.",
        Act::Demand,
        "France",
        Some("Iran"),
        "resume inspections",
    );
}

#[test]
fn where_it_was_said_is_no_part_of_the_content() {
    expect_exact(
        "Senator Lee decried the ruling during a rally in Nashville.",
        Act::Accuse,
        "Lee",
        "the ruling",
    );
    expect_exact(
        "Egypt called for a ceasefire at a news conference in Cairo.",
        Act::Demand,
        "Egypt",
        "a ceasefire",
    );
    // a call asked for is the content
    expect_exact(
        "Egypt demanded a phone call with the president.",
        Act::Demand,
        "Egypt",
        "a phone call with the president",
    );
}

#[test]
fn readiness_for_a_fight_warns() {
    first("The White House made clear it was ready for a drawn-out battle.", Act::Warn);
    no_act("The White House made clear it was ready for a drawn-out battle.", Act::Accept);
    first("Iran is ready for talks.", Act::Accept);
}

#[test]
fn a_concession_after_the_content_is_no_part_of_it() {
    expect_exact(
        "The governor urged policymakers to pass the appropriation even as he faced calls to resign.",
        Act::Demand,
        "",
        "pass the appropriation",
    );
}

#[test]
fn an_adverb_and_participle_with_as_describe_the_subject() {
    expect(
        "Hungary's government, widely seen as the bloc's most Moscow-friendly, has repeatedly opposed new sanctions.",
        Act::Reject,
        "Hungary",
        None,
        "new sanctions",
    );
    // the verb itself after the adverb: no aside
    first("The ministry, however, rejected the request.", Act::Reject);
}

#[test]
fn how_often_between_the_verb_and_its_particle() {
    expect_exact(
        "The senator has called multiple times for the minister's resignation.",
        Act::Demand,
        "",
        "the minister's resignation",
    );
    expect_exact("Egypt called three times for a ceasefire.", Act::Demand, "Egypt", "a ceasefire");
}

#[test]
fn a_bare_day_after_the_content_is_when_it_was_said() {
    expect_exact(
        "The senator called for the minister's resignation Thursday.",
        Act::Demand,
        "",
        "the minister's resignation",
    );
    expect_exact("The ministry denied the report Friday night.", Act::Deny, "", "the report");
    // the day of a participle, or after a preposition, stays
    expect_exact(
        "The opposition rejected the results announced Monday.",
        Act::Reject,
        "",
        "the results announced Monday",
    );
}

#[test]
fn becoming_the_nth_to_call_for_it_calls_for_it() {
    expect_exact(
        "Senator Ann Holt became the fifth Republican senator to call for the minister's resignation.",
        Act::Demand,
        "Ann Holt",
        "the minister's resignation",
    );
    expect_exact(
        "Mr. Cole became the highest-ranking lawmaker to call for the mayor to step down.",
        Act::Demand,
        "Cole",
        "the mayor to step down",
    );
}

/// "Residents who live near the smelter demanded …": a relative clause whose verb is no claim
/// verb (a base form right after "who", or an auxiliary) stands between the subject and its
/// verb.
#[test]
fn a_relative_clause_with_a_plain_verb_between_subject_and_verb() {
    let c = find("Residents who live near the smelter demanded its closure.", Act::Demand, "");
    assert_eq!(c.actor.text, "Residents");
    let c =
        find("Teachers who work at the academy are calling for the principal to resign.", Act::Demand, "");
    assert_eq!(c.actor.text, "Teachers");
    let c = find("Fishermen who have lost their boats accused the port of neglect.", Act::Accuse, "");
    assert_eq!(c.actor.text, "Fishermen");
}

#[test]
fn a_name_or_title_after_the_one_asked_comes_before_the_infinitive() {
    let c = expect(
        "Ortega called on the leader of the Civic Union, Marta Vidal, to prove her claims.",
        Act::Demand,
        "",
        Some(""),
        "prove her claims",
    );
    assert_eq!(c.actor.text, "Ortega");
    assert_eq!(c.addressee.unwrap().text, "the leader of the Civic Union");
    let c = first(
        "The premier urged the leader of the People's Party (PP) Jonas Berg to “withdraw the threat”.",
        Act::Demand,
    );
    assert_eq!(c.addressee.unwrap().text, "the leader of the People's Party");
    assert_eq!(c.content.unwrap().text, "withdraw the threat");
}

#[test]
fn examples_between_commas_and_a_vote_by_a_manner_and_a_time() {
    let c = first("Several states, such as Chile, urged both sides to show restraint.", Act::Demand);
    assert_eq!(c.actor.text, "Several states");
    let c = first("The faculty voted overwhelmingly Friday to ask the provost to resign.", Act::Demand);
    assert_eq!(c.actor.text, "The faculty");
}

#[test]
fn a_participle_aside_with_its_particle() {
    let c = first(
        "The mayor, holed up in his office for a week, has called on the council to resign.",
        Act::Demand,
    );
    assert_eq!(c.actor.text, "The mayor");
    let c = first("The union leader, locked out of the plant, demanded an inquiry.", Act::Demand);
    assert_eq!(c.actor.text, "The union leader");
}

#[test]
fn an_adjective_aside_with_what_it_is_about() {
    let c =
        first("The cabinet, wary of a trade war with its neighbour, had opposed the tariffs.", Act::Reject);
    assert_eq!(c.actor.text, "The cabinet");
    let c = first("The union, angry at the ruling, rejected the new contract.", Act::Reject);
    assert_eq!(c.actor.text, "The union");
}

#[test]
fn a_relative_clause_holding_a_list() {
    let c = first(
        "The protesters, who came from Ghent, Lille, Porto, Turin and elsewhere, are demanding relief from fuel costs.",
        Act::Demand,
    );
    assert_eq!(c.actor.text, "The protesters");
}

#[test]
fn a_second_verb_after_a_progressive_and_an_aside() {
    let c = find(
        "Dairy groups, led by the largest cooperative, are demanding higher prices and have threatened further blockades.",
        Act::Warn,
        "",
    );
    assert_eq!(c.actor.text, "Dairy groups");
}

#[test]
fn an_age_and_a_description_both_stand_between_subject_and_verb() {
    let c = first("Tomas Varga, 61, a former provincial governor, called for calm.", Act::Demand);
    assert_eq!(c.actor.text, "Tomas Varga");
}

#[test]
fn a_relative_clause_about_the_body_in_a_description_is_passed_too() {
    let c = first(
        "Lena Ortiz, founder of the Harbour Trust, which represents the fishermen, called the ruling \"an outrage\".",
        Act::Accuse,
    );
    assert_eq!(c.actor.text, "Lena Ortiz");
    // a relative clause about the subject itself
    let c = first("Peru, which holds the presidency, rejected the plan.", Act::Reject);
    assert_eq!(c.actor.text, "Peru");
}
