//! Nominal claims: "X's demand for …", "at X's request", "X's rejection of …", "made demands on Y".
mod common;
use common::*;
use newsclaim_extract::Act;

#[test]
fn light_verbs_with_claim_nouns() {
    expect(
        "Turkey has made several demands on Sweden and Finland.",
        Act::Demand,
        "Turkey",
        Some("Sweden; Finland"),
        "several demands",
    );
    expect("Kenya issued an ultimatum to the protesters.", Act::Demand, "Kenya", Some(""), "an ultimatum");
    expect("Brazil presented a peace proposal for Ukraine.", Act::Propose, "Brazil", None, "Ukraine");
    no_act("The US government has expressed readiness for dialogue.", Act::Accept);
    let with_implicit = newsclaim_extract::Extractor::builder().implicit_claims(true).build();
    let cs = with_implicit.extract("The US government has expressed readiness for dialogue.", &[]);
    assert!(cs.iter().any(|c| c.act == Act::Accept && c.rule == "light-verb-noun-implicit"), "{cs:?}");
}

#[test]
fn readiness_that_names_its_act_is_said_like_ready_to() {
    // (as "ready to mediate" is: the act it is ready for is named)
    expect(
        "Norway expressed readiness to mediate between the two parties.",
        Act::Accept,
        "Norway",
        None,
        "mediate between the two parties",
    );
    expect(
        "Qatar signalled its willingness to host a second round of talks.",
        Act::Accept,
        "Qatar",
        None,
        "host a second round of talks",
    );
    // a survey's willingness is no one's claim
    no_act("The poll indicated a willingness to pay more for greener energy.", Act::Accept);
}

#[test]
fn possessive_nominals_at_clause_start() {
    expect(
        "At China’s request, the US should halt all arms sales to the island.",
        Act::Demand,
        "China",
        Some("United States"),
        "the US should halt",
    );
    expect(
        "Following Iran's rejection of the proposal, talks were suspended.",
        Act::Reject,
        "Iran",
        None,
        "the proposal",
    );
    expect(
        "Ukraine's demand for more air defence systems was discussed in Brussels.",
        Act::Demand,
        "Ukraine",
        None,
        "more air defence systems",
    );
}

#[test]
fn nominals_inside_another_claim_belong_to_it() {
    let cs = claims("NATO Secretary-General Mark Rutte firmly rejected Minsk’s demands for the withdrawal of allied troops from Poland.");
    assert_eq!(cs.len(), 1, "{cs:?}");
    assert_eq!(cs[0].act, Act::Reject);
    assert_eq!(cs[0].actor.norms, ["NATO"]);
}

#[test]
fn bare_possessive_nouns_are_not_claims() {
    none("Unlike Moscow’s demands, the answers do not deal with the points one by one.");
    none("The partners debated their reply to Beijing’s demands for new trade rules on Monday.");
}

#[test]
fn at_the_request_of() {
    expect(
        "At the request of the Iraqi government, the coalition will withdraw by September.",
        Act::Demand,
        "Iraq",
        // the coalition is asked to act: an actor named by what it is, side unknown
        Some(""),
        "the coalition will withdraw by September",
    );
}

#[test]
fn renewed_calls() {
    expect(
        "Pope Francis renewed his call for a ceasefire in Gaza.",
        Act::Demand,
        "Holy See",
        None,
        "a ceasefire in Gaza",
    );
    expect(
        "Turkey reiterated its demand that Sweden crack down on Kurdish militants.",
        Act::Demand,
        "Turkey",
        None,
        "Sweden crack down on Kurdish militants",
    );
}

#[test]
fn plans_and_pacts_are_not_nominal_claims() {
    none("Israel's plan to invade Rafah drew criticism from allies.");
    expect("China's criticism of the visit was swift.", Act::Accuse, "China", None, "the visit");
}

#[test]
fn lodged_protests() {
    expect(
        "Japan lodged a strong protest with China over the detention.",
        Act::Accuse,
        "Japan",
        Some("China"),
        "the detention",
    );
}

#[test]
fn demands_submitted_by_a_group() {
    let c = find("The demands submitted by the striking dockworkers include a pay rise.", Act::Demand, "");
    assert_eq!(c.actor.text, "the striking dockworkers");
}

#[test]
fn nominals_with_a_modifier_and_documents_that_demand() {
    expect(
        "Tokyo's repeated requests for the return of the islands have been ignored.",
        Act::Demand,
        "Japan",
        None,
        "the return of the islands",
    );
    expect(
        "Peru's congress approved a motion that demands the release of the detained lawmakers.",
        Act::Demand,
        "Peru",
        None,
        "the release of the detained lawmakers",
    );
    expect(
        "Lula, as the Brazilian president is widely known, criticised the deforestation law.",
        Act::Accuse,
        "",
        None,
        "the deforestation law",
    );
}

#[test]
fn nominal_given_as_a_reason_mid_clause() {
    expect(
        "The talks in Doha broke down late on Sunday, citing Tehran's demand for guarantees on sanctions.",
        Act::Demand,
        "Iran",
        None,
        "guarantees on sanctions",
    );
    expect(
        "Donors froze the aid despite Kinshasa's rejection of the audit findings.",
        Act::Reject,
        "Democratic Republic of the Congo",
        None,
        "the audit findings",
    );
}

#[test]
fn nominal_with_its_owner_after_by() {
    let c = expect(
        "Spain turned down a request by Morocco for the return of the two enclaves.",
        Act::Demand,
        "Morocco",
        None,
        "the return of the two enclaves",
    );
    assert_eq!(c.rule, "nominal-by");
    let c = expect(
        "A demand by Serbia for a new status conference was rejected by Pristina.",
        Act::Demand,
        "Serbia",
        None,
        "a new status conference",
    );
    assert_eq!(c.content.unwrap().text, "a new status conference");
}

#[test]
fn a_possessive_pronoun_before_a_refusal_to_act() {
    let cs = claims("Governor Maria Lopez, however, continued her refusal to step down on Tuesday.");
    let c = cs.iter().find(|c| c.act == Act::Reject).expect("a rejection");
    // (the time phrase closing the content goes: it says when, not what)
    assert_eq!(c.content.as_ref().map(|p| &*p.text), Some("step down"));
    let cs = claims("Governor Maria Lopez repeated her refusal to resign.");
    let c = cs.iter().find(|c| c.act == Act::Reject).expect("a rejection");
    assert_eq!(c.content.as_ref().map(|p| &*p.text), Some("resign"));
}

#[test]
fn verbal_attacks_named_by_a_noun() {
    let cs = claims("Peru's president then took a swipe at Chile, saying its leaders are corrupt.");
    assert!(
        cs.iter().any(|c| c.act == Act::Accuse && c.addressee.as_ref().is_some_and(|a| a.is("Chile"))),
        "{cs:?}"
    );
    find("Peru's president offered a strong critique of Chile's military strategy.", Act::Accuse, "Peru");
    expect(
        "Peru's president took aim at Chile for backing the rebels.",
        Act::Accuse,
        "Peru",
        Some("Chile"),
        "backing the rebels",
    );
    // compounds and particle verbs without their particle
    no_act(
        "“I took the judgement call that I had to fly out and meet her,” Peru's prince said.",
        Act::Demand,
    );
    no_act("Peru's painter is ready to take her portraits back.", Act::Accuse);
}

#[test]
fn airing_grievances_accuses_even_in_an_infinitive_led_by_another_verb() {
    let c = find(
        "Senator Ilse Varga took to the airwaves to air her grievances with the mayor.",
        Act::Accuse,
        "Ilse Varga",
    );
    assert_eq!(c.actor.text, "Senator Ilse Varga");
    assert_eq!(c.addressee.map(|a| a.text).as_deref(), Some("the mayor"));
    // a broadcast airing is not a grievance
    none("The interview will air on Monday evening.");
}

#[test]
fn who_echoes_a_demand_makes_it() {
    let demand = first("Their calls were echoed by two Democratic senators on Tuesday.", Act::Demand);
    assert_eq!(demand.rule, "nominal-echoed");
    assert_eq!(demand.actor.norms, ["Democratic Party"]);
}

#[test]
fn moving_a_motion_proposes_it() {
    let c =
        first("Senator Ada Lind on Wednesday moved a motion for the suspension of the debate.", Act::Propose);
    assert!(c.content.is_some_and(|p| p.text.starts_with("a motion for the suspension")));
    // moving things is no proposal
    no_act("The army moved troops to the border on Tuesday.", Act::Propose);
}

#[test]
fn a_nominal_claim_as_the_subject_ends_at_the_verb() {
    let c = first("Chile's rejection of the proposal angered its neighbours.", Act::Reject);
    assert_eq!(c.content.map(|p| p.text), Some("the proposal".into()));
}

#[test]
fn support_and_objections_as_nouns() {
    let c = first("Chile's president expressed support for the plan.", Act::Accept);
    assert_eq!(c.content.map(|p| p.text), Some("the plan".into()));
    first("Peru's foreign minister raised objections to the draft.", Act::Reject);
    // none made: a negated claim (left out unless negated claims are asked for)
    assert!(first("Peru's foreign minister raised no objections to the draft.", Act::Reject).negated);
    no_act("The bank offers customer support in ten languages.", Act::Propose);
}

#[test]
fn who_joins_echoes_or_backs_a_call_makes_the_demand() {
    expect(
        "Three provincial governors joined calls for the auditor's dismissal.",
        Act::Demand,
        "",
        None,
        "the auditor's dismissal",
    );
    expect_exact(
        "The senator added his voice to calls for the auditor's dismissal.",
        Act::Demand,
        "",
        "the auditor's dismissal",
    );
    expect(
        "The farmers' federation echoed calls for a fuel subsidy.",
        Act::Demand,
        "",
        None,
        "a fuel subsidy",
    );
    expect("Two senators backed calls for an inquiry into the crash.", Act::Demand, "", None, "an inquiry");
    // backing a plan is accepting it; joining a march is no claim
    let c = first("The senators backed the water plan.", Act::Accept);
    assert_eq!(c.content.map(|p| p.text.into_owned()).as_deref(), Some("the water plan"));
    no_act("The senators backed the water plan.", Act::Demand);
    none("Thousands joined the march through the capital.");
}

#[test]
fn a_claim_received_from_someone_is_theirs() {
    let c = first("The decision drew sharp criticism from rights groups.", Act::Accuse);
    assert_eq!(
        (c.actor.text.as_ref(), c.content.map(|p| p.text).as_deref()),
        ("rights groups", Some("The decision"))
    );
    let c = first("The minister faced calls from the opposition to resign.", Act::Demand);
    assert_eq!(c.actor.text, "the opposition");
    assert_eq!(c.addressee.map(|a| a.text).as_deref(), Some("The minister"));
    assert_eq!(c.content.map(|p| p.text).as_deref(), Some("resign"));
    first("The plan faced a backlash from farmers.", Act::Accuse);
    // coming under fire, and what for
    let c = first("The president came under fire from Republicans over the tariff deal.", Act::Accuse);
    assert_eq!(c.actor.text, "Republicans");
    assert_eq!(c.addressee.map(|a| a.text).as_deref(), Some("The president"));
    assert_eq!(c.content.map(|p| p.text).as_deref(), Some("the tariff deal"));
    // (gunfire is no criticism)
    none("The convoy came under fire from Taliban fighters.");
    // a claim received from nobody named is nobody's
    none("The bill faced criticism.");
    // a name the lexicons do not know still names someone
    let c = first("The senator drew criticism from Gephardt over the plan.", Act::Accuse);
    assert_eq!(c.actor.text, "Gephardt");
    // so does a group that can speak for itself; the public or "all sides" do not
    let c = first("The bill faced opposition from the unions.", Act::Reject);
    assert_eq!(c.actor.text, "the unions");
    none("The plan drew criticism from all sides.");
}

#[test]
fn pressure_stepped_up_on_someone_demands() {
    let c = first("The EU stepped up pressure on Belgrade to recognise Kosovo.", Act::Demand);
    assert_eq!(c.content.map(|p| p.text).as_deref(), Some("recognise Kosovo"));
    first("Washington piled pressure on Seoul to cut ties with the company.", Act::Demand);
    // pressure on nobody, for nothing, is no demand
    // (seeking guarantees is a demand of its own)
    for c in claims("Moscow is stepping up pressure by seeking guarantees.") {
        assert_ne!(c.content.map(|p| p.text).as_deref(), Some("pressure"));
    }
    // criticism heaped on a plan accuses the plan
    let c = first("The senator heaped criticism on the plan.", Act::Accuse);
    assert_eq!(c.content.map(|p| p.text).as_deref(), Some("the plan"));
}

#[test]
fn a_claim_noun_made_in_the_passive_is_the_agents_claim() {
    let c = claims("A lawsuit was filed by Peru and Chile on Thursday.")
        .into_iter()
        .find(|c| c.act == Act::Accuse)
        .expect("an accusation");
    assert_eq!(c.rule, "light-verb-passive");
    assert_eq!(c.actor.norms, ["Peru", "Chile"]);
    assert_eq!(c.content.as_ref().map(|p| &*p.text), Some("A lawsuit"));
    let c = claims("New demands have been made by the dockworkers' union.")
        .into_iter()
        .find(|c| c.act == Act::Demand)
        .expect("a demand");
    assert_eq!(c.actor.text, "the dockworkers' union");
    // a call for nothing is a decision; "by him" names no one
    for text in ["The call was made by the referee.", "The request was made by him."] {
        assert!(claims(text).is_empty(), "{text}: {:?}", claims(text));
    }
}

#[test]
fn a_plea_asks_unless_it_is_made_in_court() {
    expect(
        "The minister issued a plea to donors to release the funds.",
        Act::Demand,
        "",
        None,
        "release the funds",
    );
    expect("The union made a fresh plea for calm.", Act::Demand, "", None, "calm");
    // a plea in court, or one word of a compound, asks nothing of anyone
    no_act("He entered a plea of not guilty.", Act::Demand);
    no_act("The defendant made a guilty plea on Monday.", Act::Demand);
    no_act("The defendant made a plea deal with prosecutors.", Act::Demand);
    no_act("Her lawyer made a plea of insanity.", Act::Demand);
}

#[test]
fn a_claim_of_something_received_from_someone() {
    expect(
        "The senator faced accusations of corruption from the opposition.",
        Act::Accuse,
        "",
        Some(""),
        "corruption",
    );
    expect(
        "Iran faced accusations of meddling from Saudi Arabia.",
        Act::Accuse,
        "Saudi Arabia",
        Some("Iran"),
        "meddling",
    );
}

#[test]
fn a_complaint_over_something_is_about_it() {
    expect_exact("Peru lodged a complaint over the visit.", Act::Accuse, "Peru", "the visit");
    expect_exact("Peru issued a warning about the floods.", Act::Warn, "Peru", "the floods");
}

#[test]
fn a_plural_noun_in_the_object_does_not_end_what_is_demanded() {
    let c = first("Russia's demand for security guarantees is unrealistic.", Act::Demand);
    assert_eq!(c.content.map(|p| p.text), Some("security guarantees".into()));
    let c = first("Russia's demand for talks angered Kyiv.", Act::Demand);
    assert_eq!(c.content.map(|p| p.text), Some("talks".into()));
    // an irregular past ends it too
    let c = first("France's call for a European army drew criticism.", Act::Demand);
    assert_eq!(c.content.map(|p| p.text), Some("a European army".into()));
}

#[test]
fn opposition_received_from_someone_is_their_rejection() {
    expect(
        "The measure faced opposition from Republicans.",
        Act::Reject,
        "Republican Party",
        None,
        "The measure",
    );
    first("The plan drew fierce opposition from the local builders' association.", Act::Reject);
    // the opposition as an actor stays one
    first("The opposition demanded talks.", Act::Demand);
}

#[test]
fn a_claim_drawn_by_the_clause_before_a_participle() {
    let c = first("Ruritania test-fired a missile, drawing condemnation from Japan.", Act::Accuse);
    assert_eq!(c.content.map(|p| p.text), Some("Ruritania test-fired a missile".into()));
    let c =
        first("The minister resigned, prompting calls from the opposition for early elections.", Act::Demand);
    assert_eq!(c.content.map(|p| p.text), Some("early elections".into()));
}

#[test]
fn plural_claim_nouns_opening_the_sentence_with_their_maker() {
    expect("Calls by Peru for a recount have grown louder.", Act::Demand, "Peru", None, "a recount");
    expect_exact("Demands by Chile for compensation were rejected.", Act::Demand, "Chile", "compensation");
}

#[test]
fn a_possessive_claim_before_a_perfect() {
    expect_exact(
        "Peru's demand for compensation has been widely reported.",
        Act::Demand,
        "Peru",
        "compensation",
    );
}

#[test]
fn an_attack_in_words() {
    expect_exact(
        "Chile launched a scathing attack on Peru's fishing quotas.",
        Act::Accuse,
        "Chile",
        "Peru's fishing quotas",
    );
    // an attack that is fought is no claim
    none("Rebels launched a fierce attack on the town.");
}

#[test]
fn standing_firm_on_a_claim_makes_it_again() {
    expect_exact("The union stood firm on its demand for a shorter week.", Act::Demand, "", "a shorter week");
    expect_exact("The council stuck to its call for an audit.", Act::Demand, "", "an audit");
    expect_exact("The minister stood by her call for a public inquiry.", Act::Demand, "", "a public inquiry");
    // standing by a person or a decision, and glue sticking, claim nothing
    none("He stood by the embattled coach.");
    none("The tape stuck to the wall.");
}

#[test]
fn a_gerund_closing_its_clause_after_a_modifier_is_a_noun() {
    none("Berlin is wary of sending jets without NATO backing.");
    none("The plan passed with cross-party backing, officials said.");
}

#[test]
fn a_complaint_filed_with_a_regulator_is_not_against_it() {
    let c = expect_exact(
        "The drivers' union filed a complaint with the transport regulator over the fare cuts.",
        Act::Accuse,
        "",
        "the fare cuts",
    );
    assert!(c.addressee.is_none());
    // a protest lodged with a state is against it
    let c = first("Manila lodged a protest with Beijing over the incursion.", Act::Accuse);
    assert_eq!(c.addressee.map(|a| a.text).as_deref(), Some("Beijing"));
}

#[test]
fn pressing_a_demand_makes_it() {
    expect_exact(
        "The party called a strike to press its demand for a caretaker government.",
        Act::Demand,
        "",
        "a caretaker government",
    );
    none("He pressed the button twice.");
}

#[test]
fn an_apology_owed_in_someone_s_words_is_asked_for() {
    let c = expect_exact(
        "Republicans said the speaker owed the country an apology.",
        Act::Demand,
        "Republican Party",
        "an apology",
    );
    assert_eq!(c.addressee.map(|a| a.text).as_deref(), Some("the speaker"));
    // one's own debt, and a debt of money, ask for nothing
    none("“I owe them an apology,” the coach said.");
    none("The company owes five million in back taxes, the audit said.");
}

#[test]
fn a_sides_adjective_owns_the_claim_noun_after_the() {
    expect(
        "The Turkish demand for the extradition of the journalists was rejected.",
        Act::Demand,
        "Turkey",
        None,
        "the extradition of the journalists",
    );
    // a nationality that owns no claim
    none("The Turkish coffee was strong.");
}

#[test]
fn representations_lodged_protest() {
    expect(
        "Beijing lodged stern representations with Tokyo over the shrine visit.",
        Act::Accuse,
        "China",
        Some("Japan"),
        "the shrine visit",
    );
    // a manner of speaking is no part of what is condemned
    expect_exact("Ankara condemned the raid in the strongest terms.", Act::Accuse, "Turkey", "the raid");
}

#[test]
fn calls_from_someone_for_something() {
    let c = first("Lawmakers echoed calls from the union for a pay rise.", Act::Demand);
    assert_eq!(c.content.map(|p| p.text.into_owned()).as_deref(), Some("a pay rise"));
}

#[test]
fn a_series_of_claims_made_is_the_claim_and_a_colon_may_open_what_they_say() {
    let c = first(
        "The governor made a series of allegations: that the ministry had hidden the files and misled the court.",
        Act::Accuse,
    );
    assert_eq!(
        c.content.as_ref().map(|p| &*p.text),
        Some("the ministry had hidden the files and misled the court")
    );
    let c = first("The union issued a string of demands for higher pay.", Act::Demand);
    assert_eq!(c.content.as_ref().map(|p| &*p.text), Some("higher pay"));
}

#[test]
fn the_speakers_side_stating_its_demand_demands_it() {
    let c = first(
        "“Our demand is simple: the resignation of the government,” the opposition leader said.",
        Act::Demand,
    );
    assert_eq!(c.content.as_ref().map(|p| &*p.text), Some("the resignation of the government"));
    let c = first("The union said its main demand is a pay rise.", Act::Demand);
    assert_eq!(c.content.as_ref().map(|p| &*p.text), Some("a pay rise"));
    first("The leader said, “Now we have only one demand and that is early elections.”", Act::Demand);
    let c = first("“Our main demand is that the prime minister resigns,” the spokesman said.", Act::Demand);
    assert_eq!(c.content.as_ref().map(|p| &*p.text), Some("the prime minister resigns"));
    // a demand described, not stated by its owner
    no_act("The union said its demand was rejected by the board.", Act::Demand);
}

/// "listed nine demands, including …", "issued its demands: …": the claims the count names are
/// the content, not the count.
#[test]
fn demands_named_after_including_or_a_colon() {
    expect_exact(
        "The tenants' association listed six demands, including the dismissal of the building manager.",
        Act::Demand,
        "",
        "the dismissal of the building manager",
    );
    expect_exact(
        "The drivers' union presented its demands: a shorter week and paid sick leave.",
        Act::Demand,
        "",
        "a shorter week",
    );
    no_act("The mayor listed the city's priorities for the coming year.", Act::Demand);
}

#[test]
fn a_named_person_s_refusal_and_no_request_in_support() {
    let c = first("Varga's refusal to comply with the subpoena angered the committee.", Act::Reject);
    assert_eq!(c.actor.text, "Varga");
    assert_eq!(c.content.map(|p| p.text), Some("comply with the subpoena".into()));
    // a thing's refusal is nobody's; a side's support is no request
    no_act("The machine's refusal to start angered the crew.", Act::Reject);
    let cs =
        claims("Hoping to build on Varga's growing support among senators, the group said it would act.");
    assert!(cs.iter().all(|c| c.rule != "nominal-at-request"), "{cs:?}");
}
