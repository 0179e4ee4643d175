//! Actors named by what they are ("opposition groups in Kenya", "the city's police"), with the
//! CAMEO role and code event data would give them.

mod common;
use common::*;
use newsclaim_extract::{Act, Role};

#[test]
fn a_described_actor_with_a_place_takes_its_side_role_and_code() {
    let c = expect(
        "Opposition groups in Zambia are demanding a recount of the presidential vote.",
        Act::Demand,
        "Zambia",
        None,
        "a recount",
    );
    assert_eq!(c.actor.role, Some(Role::Opposition));
    assert_eq!(c.actor.code.as_deref(), Some("ZMBOPP"));
}

#[test]
fn described_actors_without_a_side_keep_their_words_and_role() {
    let c = expect("The port city's police deny accusations of torture.", Act::Deny, "", None, "accusations");
    assert_eq!(c.actor.text, "The port city's police");
    assert_eq!(c.actor.role, Some(Role::Police));
    assert_eq!(c.actor.code, None);
    let c = expect(
        "Tribal elders have demanded the release of the hostages.",
        Act::Demand,
        "",
        None,
        "the release",
    );
    assert_eq!(c.actor.text, "Tribal elders");
    let c = expect(
        "A lawyer for the two nurses asked for the case to be reopened.",
        Act::Demand,
        "",
        None,
        "reopened",
    );
    assert_eq!(c.actor.text, "A lawyer for the two nurses");
    assert_eq!(c.actor.role, Some(Role::Judiciary));
}

#[test]
fn offices_speak_for_governments() {
    let c = find("Peruvian Foreign Minister Ana Ruiz rejected the proposal.", Act::Reject, "Peru");
    assert_eq!((c.actor.role, c.actor.code.as_deref()), (Some(Role::Government), Some("PERGOV")));
    // later by surname: the person keeps the office's role
    let text = "Peruvian Foreign Minister Ana Ruiz spoke on Monday. Ruiz rejected the proposal.";
    let c = find(text, Act::Reject, "Peru");
    assert_eq!(c.actor.code.as_deref(), Some("PERGOV"));
    // a state named alone has its code and no role
    let c = find("Peru rejected the proposal.", Act::Reject, "Peru");
    assert_eq!((c.actor.role, c.actor.code.as_deref()), (None, Some("PER")));
}

#[test]
fn organisations_have_their_own_codes() {
    let c = find("NATO rejected the proposal.", Act::Reject, "NATO");
    assert_eq!(c.actor.code.as_deref(), Some("IGOWSTNAT"));
}

#[test]
fn his_government_is_the_side_of_the_person_he_is() {
    let text = "Ecuadorian Foreign Minister Luis Vera spoke on Tuesday. \
                His government is ready to negotiate immediately with the miners.";
    find(text, Act::Accept, "Ecuador");
}

#[test]
fn commentators_are_not_actors() {
    no_act("Analysts rejected the idea that the currency would recover.", Act::Reject);
    no_act("Several economists warned that inflation would rise.", Act::Warn);
}

#[test]
fn regions_act_under_their_own_name_with_their_country_s_code() {
    let c = find("Nebraska rejected the proposal on Monday.", Act::Reject, "Nebraska");
    assert_eq!(c.actor.code.as_deref(), Some("USA"));
    let c = find("Nebraska Attorney General Ana Ruiz rejected the proposal.", Act::Reject, "Nebraska");
    assert_eq!(c.actor.code.as_deref(), Some("USAGOV"));
    // Georgia stays the country
    let c = find("Georgia rejected the proposal.", Act::Reject, "Georgia");
    assert_eq!(c.actor.code.as_deref(), Some("GEO"));
}

#[test]
fn poll_shares_and_men_speak() {
    let text = "Fifty-one percent say the minister should resign.";
    let c = claims(text).into_iter().find(|c| c.act == Act::Demand).expect("a demand");
    assert_eq!(c.actor.text, "Fifty-one percent");
    let c = claims("Both men asked their governments to help.")
        .into_iter()
        .find(|c| c.act == Act::Demand)
        .unwrap();
    assert_eq!(c.actor.text, "Both men");
}

#[test]
fn bids_propose() {
    expect("The firm bid $22.75 per share for the cinema chain.", Act::Propose, "", None, "$22.75 per share");
    // a bid as a noun proposes nothing by itself
    no_act("His bid for the Senate seat failed.", Act::Propose);
}

#[test]
fn an_officer_is_an_actor() {
    let cs = claims("A police officer described the call as “improper.”");
    assert!(cs.iter().any(|c| c.act == Act::Accuse && c.actor.text == "A police officer"), "{cs:?}");
}

#[test]
fn committee_chairmen_are_actors() {
    let cs = claims(
        "Two Senate Democratic committee chairmen requested last Monday that the audit files be handed to Congress.",
    );
    assert!(cs.iter().any(|c| c.act == Act::Demand && c.actor.text.ends_with("chairmen")), "{cs:?}");
}

#[test]
fn one_unnamed_holder_of_an_office_is_an_actor_a_bare_plural_is_not() {
    let c = expect(
        "A judge rejected the defence's request to postpone the hearing of the port workers.",
        Act::Reject,
        "",
        None,
        "the defence's request",
    );
    assert_eq!(c.actor.text, "A judge");
    assert_eq!(c.actor.role, Some(Role::Judiciary));
    let c = expect("The senator condemned the raid on the refinery.", Act::Accuse, "", None, "the raid");
    assert_eq!(c.actor.text, "The senator");
    // "officials said …" is a source; the plural alone is no side
    none("Officials rejected the plan to merge the two water boards.");
}

#[test]
fn an_abbreviated_title_makes_a_later_office_reference_find_the_person() {
    let text = "Gov. Mara Lindqvist spoke to reporters about the budget in the capital on Monday. \
                The governor condemned the strike by the transit workers.";
    // the office holder found, known by name when the side is not written
    let c = find(text, Act::Accuse, "Mara Lindqvist");
    assert_eq!(c.actor.text, "The governor");
    // the office holder found, with the side named before the title
    let text = "Arizona Gov. Mara Lindqvist spoke to reporters about the budget in the capital on Monday. \
                The governor condemned the strike by the transit workers.";
    assert_eq!(find(text, Act::Accuse, "Arizona").actor.text, "The governor");
}

#[test]
fn a_month_name_before_a_surname_is_a_given_name() {
    let c = find("Gov. Jan Oduya condemned the strike by the transit workers.", Act::Accuse, "Jan Oduya");
    assert_eq!(c.actor.text, "Gov. Jan Oduya");
    let c = find("Oduya condemned the strike on Jan. 5, two days after it began.", Act::Accuse, "");
    assert_eq!(c.actor.text, "Oduya");
}

#[test]
fn a_capitalised_common_noun_opening_a_quote_is_not_a_name() {
    no_act(
        "\"Inflation should fall below 4% by March as fuel prices settle,\" the central bank governor said.",
        Act::Demand,
    );
}

#[test]
fn accepting_credentials_is_protocol() {
    no_act("The president accepted the credentials of four new ambassadors at a ceremony.", Act::Accept);
}

#[test]
fn a_subject_described_then_named_between_commas() {
    let text = "The company that runs the festival, Harbor Light Productions, denies that the dates have been moved.";
    let c = find(text, Act::Deny, "");
    assert_eq!(c.actor.text, "Harbor Light Productions");
}

#[test]
fn a_self_governing_territory_speaks_as_a_body() {
    let c = find("The territory would not accept the company's governance structure.", Act::Reject, "");
    assert_eq!(c.actor.text, "The territory");
}

#[test]
fn a_legal_document_speaks_for_whoever_the_sentence_says_filed_it() {
    let text = "The lawsuit was brought by the Kenya Human Rights Commission, and asks the court to \
                strike down the new tax.";
    let c = claims(text).into_iter().find(|c| c.act == Act::Demand).expect("a demand");
    assert_eq!(c.actor.text, "the Kenya Human Rights Commission");
}

#[test]
fn an_apposition_with_its_origin_before_the_verb() {
    let text = "Another senior Republican, Sen. Ilse Varga of Ohio, also lambasted the mayor on Thursday.";
    let c = claims(text).into_iter().find(|c| c.act == Act::Accuse).expect("an accusation");
    assert_eq!(c.actor.text, "Sen. Ilse Varga of Ohio");
}

#[test]
fn that_after_a_noun_before_a_verb_is_the_relative_clauses_subject() {
    let c = claims("The senators that requested the port records were pleased.")
        .into_iter()
        .find(|c| c.act == Act::Demand)
        .expect("a demand");
    assert_eq!(c.actor.text, "The senators");
}

#[test]
fn people_with_an_organisation_speak_for_it() {
    let c = claims("Officials with the European Commission denounced the port tax.")
        .into_iter()
        .find(|c| c.act == Act::Accuse)
        .expect("an accusation");
    assert_eq!(c.actor.text, "Officials with the European Commission");
    assert!(!c.actor.norms.is_empty());
}

#[test]
fn a_statement_speaks_for_its_author() {
    let text = "A statement from the farmers union accused the ministers of betraying rural families across the country.";
    let c = claims(text).into_iter().find(|c| c.act == Act::Accuse).expect("an accusation");
    assert_eq!(c.actor.text, "the farmers union");
    let text = "The union's statement demanded that the ministers resign before the end of the month.";
    let c = claims(text).into_iter().find(|c| c.act == Act::Demand).expect("a demand");
    assert_eq!(c.actor.text, "The union");
}

#[test]
fn where_it_was_said_ends_the_content() {
    let text = "The governor called on the mayor to resign on Monday in a late-night tweet that accused him of misleading voters about the contract.";
    let cs = claims(text);
    let demand = cs.iter().find(|c| c.act == Act::Demand).expect("a demand");
    // (the time phrase closing the content goes too: it says when, not what)
    assert_eq!(demand.content.as_ref().map(|p| &*p.text), Some("resign"));
    let accuse = cs.iter().find(|c| c.act == Act::Accuse).expect("the tweet's accusation");
    assert_eq!(accuse.actor.text, "The governor");
}

#[test]
fn late_or_early_on_a_day_says_when() {
    for when in ["late on Tuesday", "early on Tuesday", "late Tuesday"] {
        let text = format!("The city council approved the transit plan {when}.");
        expect_exact(&text, Act::Accept, "", "the transit plan");
    }
    // an "early" that describes the thing stays
    expect_exact(
        "The board approved the early retirement plan.",
        Act::Accept,
        "",
        "the early retirement plan",
    );
}

#[test]
fn bodies_that_decide_are_actors_of_their_own() {
    for body in ["The city council", "The committee", "The panel", "The agency", "The regulator"] {
        let text = format!("{body} rejected the offer on the housing fund at the last minute on Monday.");
        let c = claims(&text).into_iter().find(|c| c.act == Act::Reject).expect(body);
        assert_eq!(c.actor.text, body);
    }
}

#[test]
fn the_chairmen_of_the_committees_that_asked() {
    let text = "The chairmen of the two Senate committees that requested the records from the agency said they were pleased.";
    let c = claims(text).into_iter().find(|c| c.act == Act::Demand).expect("a demand");
    // ("of the two Senate committees" may stay with them: the chairmen still speak)
    assert!(c.actor.text.starts_with("The chairmen"), "{c:#?}");
}

#[test]
fn the_people_who_speak_for_a_group() {
    for who in ["Union leaders", "The union officials", "Opposition leaders", "Party members"] {
        let text = format!("{who} rejected the offer of a two percent raise for the drivers.");
        let c = claims(&text).into_iter().find(|c| c.act == Act::Reject).expect(who);
        assert_eq!(c.actor.text, who);
    }
    // bare officials are a source, not a side
    none("Officials rejected the offer of a two percent raise for the drivers.");
}

#[test]
fn refusing_a_deed_is_no_double_negation() {
    let c = find(
        "The Democrats refused to withdraw the troops from the border before the election.",
        Act::Reject,
        "Democratic Party",
    );
    assert!(c.content.is_some_and(|p| p.text.starts_with("withdraw the troops")));
    // while refusing to rule something out refuses nothing
    no_act("The minister refused to rule out new elections before the summer recess.", Act::Reject);
}

#[test]
fn a_lawsuit_speaks_for_its_filers() {
    let c = find(
        "The lawsuit from Utah and Idaho, where the drug remains banned, argues that Nevada has opened a risky loophole in the regional market.",
        Act::Accuse,
        "Utah; Idaho",
    );
    assert_eq!(c.actor.text, "Utah and Idaho");
    let c = claims("The suit says guns flow from this gap into neighboring states.")
        .into_iter()
        .find(|c| c.act == Act::Accuse)
        .expect("the suit's allegation");
    assert_eq!(c.actor.text, "The suit");
}

#[test]
fn the_subject_before_a_reduced_relative_clause() {
    let text = "On Monday a lawyer for the man named in the complaint asked for the inquiry to be reopened by the police.";
    let c = claims(text).into_iter().find(|c| c.act == Act::Demand).expect("the lawyer's request");
    assert_eq!(c.actor.text, "a lawyer for the man");
}

#[test]
fn a_spokesman_for_an_unnamed_body_speaks_for_it() {
    for text in [
        "A spokesman for the agency rejected the plan on Tuesday.",
        "On Monday, a spokeswoman for the regulator rejected the plan.",
    ] {
        let c = claims(text).into_iter().find(|c| c.act == Act::Reject).unwrap_or_else(|| panic!("{text}"));
        assert!(c.actor.text.to_lowercase().starts_with("a spokes"), "{c:#?}");
        assert!(c.actor.text.ends_with("the agency") || c.actor.text.ends_with("the regulator"), "{c:#?}");
    }
}

#[test]
fn a_possessor_is_not_the_side_of_those_it_harmed() {
    let text = "Jeffrey Hale was charged last year.\n\n\
                Lawyers for Hale's victims rejected the settlement on Monday.";
    let c = claims(text).into_iter().find(|c| c.act == Act::Reject).expect("a rejection");
    assert_eq!(c.actor.text, "Lawyers for Hale's victims");
    assert!(!c.actor.norms.iter().any(|n| n.contains("Hale")), "{c:#?}");
    // "Hale's lawyers" do speak for him
    let text = "Jeffrey Hale was charged last year.\n\nHale's lawyers rejected the settlement on Monday.";
    let c = claims(text).into_iter().find(|c| c.act == Act::Reject).expect("a rejection");
    assert!(c.actor.norms.iter().any(|n| n.contains("Hale")), "{c:#?}");
}

#[test]
fn people_the_article_counts_are_actors() {
    for text in [
        "The two leaders pledged to deepen cooperation on energy.",
        "Both leaders pledged to deepen cooperation on energy.",
        "The leaders pledged to deepen cooperation on energy.",
    ] {
        let cs = claims(text);
        assert!(cs.iter().any(|c| c.act == Act::Accept), "{text}: {cs:#?}");
    }
    // witnesses at a hearing comment; they are no party
    let cs = claims("The witnesses warned that the crisis would deepen.");
    assert!(!cs.iter().any(|c| c.actor.text == "The witnesses"), "{cs:#?}");
}

#[test]
fn candidates_and_parties_to_a_case_speak() {
    for who in ["candidate", "nominee", "defendant", "plaintiff"] {
        let text = format!("“I will not accept this result,” the {who} said.");
        let cs = claims(&text);
        assert!(
            cs.iter().any(|c| c.act == Act::Reject && c.actor.text == format!("the {who}")),
            "{text}: {cs:#?}"
        );
    }
}

#[test]
fn one_party_member_may_ask_another_to_act() {
    let text = "Republican Senate candidate Todd Hale refused to quit. \
                “I think he should exit the race,” said Republican Senator Ann Cole.";
    let demand = first(text, Act::Demand);
    assert!(demand.actor.text.contains("Cole"), "{demand:#?}");
}

#[test]
fn mediators_and_readiness_to_mediate() {
    let c = first("The mediators put forward a three-phase plan.", Act::Propose);
    assert_eq!(c.actor.text, "The mediators");
    let c = first("Turkey said it was prepared to mediate between the two sides.", Act::Accept);
    assert_eq!(c.actor.norms, ["Turkey"]);
}

#[test]
fn a_spokesman_for_an_office_speaks_for_its_holder() {
    let text = "Independent prosecutor Maria Velden’s team rejected the report on Friday. \
                Tomas Weir, a spokesman for the independent prosecutor, said the report was inaccurate.";
    let c = find(text, Act::Deny, "Maria Velden");
    assert_eq!(c.actor.text, "Tomas Weir");
}

#[test]
fn a_legislator_s_state_is_a_seat_not_a_side() {
    // the state a senator or representative holds a seat for is not whom they speak for ...
    find("Sen. Lina Marsh of Ohio blasted the toll plan on Monday.", Act::Accuse, "Lina Marsh");
    find("Representative Omar Teller of Texas rejected the toll plan.", Act::Reject, "Omar Teller");
    // ... written before the title either, past a party word, and for a later surname too
    find("Ohio Rep. Lina Marsh rejected the toll plan.", Act::Reject, "Lina Marsh");
    let text =
        "Vermont Independent Sen. Omar Teller rejected the toll plan. Teller also demanded a new vote.";
    find(text, Act::Reject, "Omar Teller");
    find(text, Act::Demand, "Omar Teller");
    find("Texas GOP Rep. Omar Teller rejected the toll plan.", Act::Reject, "Republican Party");
    // ... a governor's state and a minister's country are
    find("Gov. Lina Marsh of Ohio rejected the toll plan.", Act::Reject, "Ohio");
    find("Ohio Gov. Lina Marsh rejected the toll plan.", Act::Reject, "Ohio");
    find("Foreign Minister Ana Diaz of Peru rejected the plan.", Act::Reject, "Peru");
    find("Peruvian Senator Ana Diaz rejected the plan.", Act::Reject, "Peru");
}

#[test]
fn an_office_word_closing_a_given_name_is_a_surname() {
    // "King", "Bishop" after a given name: a person, not an office without a holder
    let c = first("Stephen King accused the publisher of censorship.", Act::Accuse);
    assert_eq!(c.actor.text, "Stephen King");
    let c = first("Rep. Steve King demanded a vote on the bill.", Act::Demand);
    assert_eq!(c.actor.text, "Rep. Steve King");
    // an office before the next name stays an office
    find("Florence Mayor Dario Nardella rejected the plan.", Act::Reject, "Dario Nardella");
}

#[test]
fn commentators_somewhere_are_no_side_of_that_place() {
    no_act("Political observers in Ohio said the governor should veto the bill.", Act::Demand);
    no_act("Analysts in Lima said the deal must be scrapped.", Act::Demand);
    find("Peruvian officials said the deal must be scrapped.", Act::Demand, "Peru");
}

#[test]
fn a_group_in_a_place_is_the_group() {
    let c = first("Farmers' groups in the region have demanded compensation.", Act::Demand);
    assert_eq!(c.actor.text, "Farmers' groups in the region");
    let c = first("Fishermen's associations in the port of Ilo have demanded compensation.", Act::Demand);
    assert_eq!(c.actor.text, "Fishermen's associations in the port of Ilo");
    // a place with a side gives the group its side
    find("Trade unions across France rejected the reform.", Act::Reject, "France");
    // a trend at a level is no group
    no_act("The movement at the federal level seems to be in favour of the change.", Act::Accept);
}

#[test]
fn a_modifier_naming_a_kind_of_actor_decides_an_offices_role() {
    let role = |text: &str| first(text, Act::Reject).actor.role;
    assert_eq!(role("The opposition leader rejected the new electoral map."), Some(Role::Opposition));
    assert_eq!(role("A rebel commander rejected the truce offer."), Some(Role::Rebels));
    assert_eq!(role("The union leader rejected the wage offer."), Some(Role::Labour));
    assert_eq!(role("The foreign minister rejected the wage offer."), Some(Role::Government));
    // the House is a legislature, in any case and as a modifier
    assert_eq!(role("The House rejected the spending bill."), Some(Role::Legislature));
    assert_eq!(role("House Republicans rejected the spending bill."), Some(Role::Legislature));
}

#[test]
fn a_companys_officers_are_business_actors_for_their_company() {
    let c = first("The chief executive rejected the regulator's findings.", Act::Reject);
    assert_eq!(c.actor.role, Some(Role::Business));
    assert_eq!(c.actor.text, "The chief executive");
    let c = first("Nordvik chief executive Lena Aas denied that the plant had leaked.", Act::Deny);
    assert_eq!(c.actor.norms, ["Nordvik"]);
    assert_eq!(c.actor.role, Some(Role::Business));
    // an owner named before: the party's or the union's officer leads that
    assert_eq!(
        first("The party's spokesman rejected the ruling.", Act::Reject).actor.role,
        Some(Role::Party)
    );
}

#[test]
fn a_ministry_named_without_its_state_is_still_an_actor() {
    let c = first("The defence ministry denied the report.", Act::Deny);
    assert_eq!(c.actor.text, "The defence ministry");
    assert_eq!(c.actor.role, Some(Role::Government));
    // in a story about one state, that state's ministry
    let text = "Peru expelled two diplomats on Monday. Peru said the diplomats had spied on the navy. \
                Lima recalled its envoy. The foreign ministry rejected the protest note.";
    let c = first(text, Act::Reject);
    assert_eq!(c.actor.norms, ["Peru"]);
}

#[test]
fn seats_of_government_stand_for_their_state() {
    assert_eq!(first("Delhi rejected the charge.", Act::Deny).actor.norms, ["India"]);
    assert_eq!(first("The Blue House rejected the offer.", Act::Reject).actor.norms, ["South Korea"]);
    // a group in the seat takes the state's side with its own role
    let c = first("Protesters in Delhi demanded jobs.", Act::Demand);
    assert_eq!(c.actor.code.as_deref(), Some("INDOPP"));
}

#[test]
fn a_group_at_or_in_a_place_is_the_subject_of_its_participle() {
    expect(
        "Dock workers at the container terminal extended their strike on Monday, demanding a 7 percent raise.",
        Act::Demand,
        "",
        None,
        "a 7 percent raise",
    );
    let c = first("Nurses in the northern provinces walked out, demanding more staff.", Act::Demand);
    assert_eq!(c.actor.text, "Nurses in the northern provinces");
    // "at" an abstract noun is no place
    no_act("The campaign at the national level is in favour of allowing the sale.", Act::Accept);
}

#[test]
fn an_office_of_an_organisation_is_no_government_office() {
    // a demonym opening an organisation's name is no side
    let c = first(
        "Mary Hollis, the president of the American Bar Association, urged the governor to veto the bill.",
        Act::Demand,
    );
    assert!(c.actor.code.is_none(), "{:?}", c.actor);
    assert_ne!(c.actor.norms, vec!["United States".to_string()]);
    let c = first("American Farm Bureau president Zippy Duvall demanded a trade deal.", Act::Demand);
    assert_eq!((c.actor.role, c.actor.code.as_deref()), (None, None));
    let c = first("The president of the American Bar Association urged Congress to act.", Act::Demand);
    assert_eq!(c.actor.role, None);
    // whom the office serves decides its kind
    let c = first("The head of the French farmers' union demanded subsidies.", Act::Demand);
    assert_eq!((c.actor.role, c.actor.code.as_deref()), (Some(Role::Labour), Some("FRALAB")));
    // a state's office stays a government's
    let c = first("The president of France demanded a ceasefire.", Act::Demand);
    assert_eq!(c.actor.code.as_deref(), Some("FRAGOV"));
}

#[test]
fn an_international_organisations_office_is_of_its_kind() {
    let c = first("United Nations spokesman Farhan Haq called for an immediate ceasefire.", Act::Demand);
    assert_eq!((c.actor.role, c.actor.code.as_deref()), (Some(Role::International), Some("IGOUNO")));
    let c = first("The UN secretary general demanded a ceasefire.", Act::Demand);
    assert_eq!(c.actor.role, Some(Role::International));
    // a state's seat stays a government's
    let c = first("The Kremlin spokesman rejected the claims.", Act::Deny);
    assert_eq!(c.actor.code.as_deref(), Some("RUSGOV"));
}

#[test]
fn the_service_before_officer_decides_its_kind() {
    let c = first("An Army officer described the call as improper.", Act::Accuse);
    assert_eq!(c.actor.role, Some(Role::Military));
    let c = first("A military officer rejected the claims.", Act::Deny);
    assert_eq!(c.actor.role, Some(Role::Military));
    let c = first("A police officer denied the report.", Act::Deny);
    assert_eq!(c.actor.role, Some(Role::Police));
    // an adjective is no service
    let c = first("A senior officer denied the report.", Act::Deny);
    assert_eq!(c.actor.role, Some(Role::Police));
}

#[test]
fn a_commentator_speaks_for_no_side() {
    let c = first("\"She is exposed to prosecution,\" the expert warned.", Act::Warn);
    assert_eq!(c.actor.role, None);
    let c = first("Russian analyst Ivan Petrov warned of war.", Act::Warn);
    assert_eq!((norm(&c.actor).as_str(), c.actor.code.as_deref()), ("Ivan Petrov", None));
    let c = first("Ivan Petrov, a Russian analyst, warned of war.", Act::Warn);
    assert_eq!(norm(&c.actor), "Ivan Petrov");
    // an official still speaks for the state
    let c = first("Russian President Vladimir Putin warned of war.", Act::Warn);
    assert_eq!(c.actor.code.as_deref(), Some("RUSGOV"));
}

#[test]
fn a_place_ending_in_a_side_s_name_is_no_side() {
    let c = first(
        "Lee Ka-wing, the commander of Tsuen Wan West district, said: \"They must stop the attacks now.\"",
        Act::Demand,
    );
    assert_eq!(c.actor.norms, vec!["Lee Ka-wing".to_string()]);
}

#[test]
fn a_general_is_a_military_officer() {
    let c = first("The Iranian general rejected the plan.", Act::Reject);
    assert_eq!(c.actor.code.as_deref(), Some("IRNMIL"));
    let c = first("\"If they attack us, they will pay a heavy price,\" the Iranian general said.", Act::Warn);
    assert_eq!(c.actor.code.as_deref(), Some("IRNMIL"));
    // not the word in other senses
    none("The general public rejected the plan.");
    let c = first("In general, the union rejected the plan.", Act::Reject);
    assert_eq!(c.actor.text, "the union");
}

#[test]
fn parties_of_a_kind_are_actors_and_warring_parties_are_not() {
    let c = first("Opposition parties demanded a referendum.", Act::Demand);
    assert_eq!(c.actor.role, Some(Role::Opposition));
    none("The warring parties agreed to a truce.");
}

#[test]
fn a_forces_chief_is_of_the_force() {
    let c = first("\"We will retaliate against any attack,\" Iran's army chief said.", Act::Warn);
    assert_eq!(c.actor.code.as_deref(), Some("IRNMIL"));
    let c = first("The police chief denied the report.", Act::Deny);
    assert_eq!(c.actor.role, Some(Role::Police));
    // other first words of an office say nothing of its kind
    let c = first("The special counsel denied the report.", Act::Deny);
    assert_ne!(c.actor.role, Some(Role::Military));
}

#[test]
fn a_name_after_an_office_and_a_participle_is_the_subject() {
    // "the senator representing <place>, <Name>,": the place is no actor, the name is
    find("The senator representing Lima North, Ana Ruiz, rejected the bill.", Act::Reject, "Ana Ruiz");
    find("The official tasked with the talks, Ana Ruiz, rejected the offer.", Act::Reject, "Ana Ruiz");
    // an office whose phrase runs on to the comma keeps its side
    find("Peru's ambassador to the UN, Ana Ruiz, rejected the resolution.", Act::Reject, "Peru");
}

#[test]
fn officials_of_oversight_and_the_courts_are_actors() {
    for office in ["ombudsman", "chief justice", "coroner", "auditor general", "inspector general"] {
        let text = format!("The {office} demanded a full inquiry into the deaths.");
        let c = first(&text, Act::Demand);
        assert_eq!(c.actor.text, format!("The {office}"));
    }
    let c = first("The ombudsman's office called on the ministry to publish the report.", Act::Demand);
    assert_eq!(c.actor.text, "The ombudsman's office");
}

#[test]
fn a_surname_with_a_hyphenated_particle_is_whole() {
    let text = "Foreign Minister Faisal al-Mekdad demanded a withdrawal. Al-Mekdad also rejected the plan.";
    let c = first(text, Act::Demand);
    assert_eq!(c.actor.norms, ["Faisal al-Mekdad"]);
    let c = first(text, Act::Reject);
    assert_eq!(c.actor.norms, ["Faisal al-Mekdad"]);
}

#[test]
fn who_acts_for_a_described_possessor_is_an_actor() {
    let c = first("The ministry's office called on the government to publish the report.", Act::Demand);
    assert_eq!(c.actor.text, "The ministry's office");
    find("Peru's foreign ministry's spokesman rejected the report.", Act::Reject, "Peru");
}

#[test]
fn an_office_word_that_is_an_adjective_before_its_noun() {
    let c = first("The unions have threatened a general strike.", Act::Warn);
    assert!(c.addressee.is_none(), "{:?}", c.addressee);
    assert_eq!(c.content.map(|p| p.text.into_owned()).as_deref(), Some("a general strike"));
    // still an office where it names one
    first("The attorney general rejected the request.", Act::Reject);
    first("The army chief demanded more troops.", Act::Demand);
}

#[test]
fn tribes_clans_churches_and_utilities_speak_as_one() {
    find("The tribes rejected the deal.", Act::Reject, "");
    find("The church condemned the attack.", Act::Accuse, "");
    find("Church leaders condemned the attack.", Act::Accuse, "");
    let c = find("The utilities called on regulators to open an investigation.", Act::Demand, "");
    assert_eq!(c.actor.role, Some(Role::Business));
    // a group along a river or a border is a group in a place
    let c = find("Farmers along the river demanded compensation.", Act::Demand, "");
    assert_eq!(c.actor.text, "Farmers along the river");
    // a church that is a building says nothing
    none("He went to church. The church was full.");
}

#[test]
fn where_the_addressee_is_comes_before_the_complement() {
    let c = first(
        "Tribal elders warned the Taliban in Quetta and Kandahar that they would be resisted.",
        Act::Warn,
    );
    assert_eq!(c.addressee.map(|a| a.text).as_deref(), Some("the Taliban"));
    assert_eq!(c.content.as_ref().map(|p| &*p.text), Some("they would be resisted"));
    let c = first("The envoy urged the rebels in the east to lay down their arms.", Act::Demand);
    assert_eq!(c.addressee.map(|a| a.text).as_deref(), Some("the rebels"));
    assert_eq!(c.content.as_ref().map(|p| &*p.text), Some("lay down their arms"));
}

#[test]
fn a_family_and_its_lawyers_speak() {
    find("The family demanded an independent investigation.", Act::Demand, "");
    let c = find("A lawyer for the family denied the charges.", Act::Deny, "");
    assert_eq!(c.actor.text, "A lawyer for the family");
}

#[test]
fn people_of_a_side_in_the_body_they_sit_in_act_not_the_body() {
    expect("Democrats in the House rejected the offer.", Act::Reject, "Democratic Party", None, "the offer");
    let c = first("Republican lawmakers in the state senate rejected the offer.", Act::Reject);
    assert_eq!(c.actor.text, "Republican lawmakers in the state senate");
    let c = first("Lawmakers in the state legislature rejected the offer.", Act::Reject);
    assert_eq!(c.actor.text, "Lawmakers in the state legislature");
    // a verb's word before an actor's head is a noun: "the state legislature"
    let c = first("The state legislature rejected the offer.", Act::Reject);
    assert_eq!(c.actor.text, "The state legislature");
}

#[test]
fn business_interest_groups_act_on_their_own() {
    let c = first("Shareholders rejected the merger.", Act::Reject);
    assert_eq!(c.actor.role, Some(newsclaim_extract::Role::Business));
    first("Airline executives have so far backed Boeing.", Act::Accept);
    first("The executives backed the plan.", Act::Accept);
}

#[test]
fn an_appeals_court_is_a_court() {
    let c = first("The appeals court rejected the request.", Act::Reject);
    assert_eq!(c.actor.text, "The appeals court");
    first("A federal appeals court overturned the ruling.", Act::Reject);
    let c = first("The 9th Circuit Court of Appeals rejected the request.", Act::Reject);
    assert_eq!(c.actor.text, "The 9th Circuit Court of Appeals");
    // the verb is still a verb after a plain subject
    first("The mayor appeals to residents to stay home.", Act::Demand);
}

#[test]
fn a_company_named_by_its_trade() {
    let c = first(
        "Acme Corp. reported record profits. The oil giant rejected calls for a windfall tax.",
        Act::Reject,
    );
    assert_eq!(
        (c.actor.text.as_ref(), c.actor.norms.clone()),
        ("The oil giant", vec!["Acme Corp.".to_string()])
    );
    // one not named before still acts
    first("The tech giant denied the allegations.", Act::Deny);
    none("The giant panda rejected the food.");
}

#[test]
fn the_office_of_someone_named_the_gazetteer_does_not_know() {
    let c = first("Acmeco's chief executive rejected the offer.", Act::Reject);
    assert_eq!(c.actor.text, "Acmeco's chief executive");
    first("Smith's lawyer denied the allegations.", Act::Deny);
}

#[test]
fn a_group_named_by_whom_or_what_it_belongs_to() {
    let c = first("Relatives of the victims demanded a public inquiry into the fire.", Act::Demand);
    assert_eq!((c.actor.text.as_ref(), c.actor.norms.is_empty()), ("Relatives of the victims", true));
    first("Supporters of the president rejected the verdict.", Act::Reject);
    // a verb's form after a determiner is the noun the group belongs to
    let c = first("Survivors of the attack urged the government to act.", Act::Demand);
    assert_eq!(c.actor.text, "Survivors of the attack");
}

#[test]
fn a_people_or_faith_adjective_after_a_demonym_narrows_it() {
    find("Iraqi Kurdish leaders rejected the ultimatum.", Act::Reject, "Iraq");
    find("Syrian Kurdish fighters accused Ruritania of shelling their positions.", Act::Accuse, "Syria");
    // a demonym that opens a longer name still does
    let c = first("American Airlines pilots rejected the contract.", Act::Reject);
    assert!(c.actor.norms.is_empty(), "{:?}", c.actor.norms);
}

#[test]
fn a_chief_before_a_claim_verb_in_the_past_is_an_office() {
    let c = first("The UN chief called the attack abhorrent.", Act::Accuse);
    assert_eq!(c.actor.text, "The UN chief");
}

#[test]
fn a_crowd_speaks_as_one() {
    first("\"Release them now!\" the crowd chanted.", Act::Demand);
    find("Crowds in the capital demanded the president's resignation.", Act::Demand, "");
}

#[test]
fn partners_of_a_coalition_speak_for_it() {
    let c = first("The coalition partners agreed to delay the vote until the spring.", Act::Accept);
    assert_eq!(c.actor.text, "The coalition partners");
}

#[test]
fn plural_bodies_and_firms() {
    expect("Relief agencies demanded access to the besieged town.", Act::Demand, "", None, "access");
    expect("The firms denied any wrongdoing.", Act::Deny, "", None, "any wrongdoing");
    expect("Retailers urged the government to cut fuel duty.", Act::Demand, "", Some(""), "cut fuel duty");
    expect("Both legislatures rejected the treaty.", Act::Reject, "", None, "the treaty");
    // a seat on boards is no one speaking
    none("She sat on the boards of three charities.");
}

#[test]
fn cabinet_secretaries_named_by_their_portfolio() {
    expect(
        "The health secretary rejected the nurses' demands.",
        Act::Reject,
        "",
        None,
        "the nurses' demands",
    );
    expect(
        "The shadow education secretary accused ministers of failing pupils.",
        Act::Accuse,
        "",
        Some(""),
        "failing pupils",
    );
    // a secretary who is nobody's office speaks for no one
    none("Her secretary said she was busy.");
}

#[test]
fn a_participle_between_a_determiner_and_a_noun_is_an_adjective() {
    let c = first(
        "Residents of the flooded villages accused local authorities of ignoring warnings.",
        Act::Accuse,
    );
    assert_eq!(c.actor.text, "Residents of the flooded villages");
    assert_eq!(c.addressee.map(|a| a.text).as_deref(), Some("local authorities"));
    let c = first("The detained activists demanded access to lawyers.", Act::Demand);
    assert_eq!(c.actor.text, "The detained activists");
}

#[test]
fn an_institution_named_with_and_is_one_actor() {
    let c =
        first("The Department of Labor and Workforce Development says the plant must close.", Act::Demand);
    assert_eq!(c.actor.text, "The Department of Labor and Workforce Development");
    // the person of the institution speaks, and is who "he" is later
    let text = "Dr. Owen Marsh of the Ministry of Fisheries and Ocean Resources said the quota is fair. \
                He said boats must stay in port.";
    let c = expect(text, Act::Demand, "Owen Marsh", None, "boats must stay in port");
    assert_eq!(c.actor.text, "He");
    // a person after "and" stays a person when a given name comes between "of" and "and"
    find(
        "Secretary of State Ann Cole and Vera Lind said the talks must go on.",
        Act::Demand,
        "Ann Cole; Vera Lind",
    );
}

#[test]
fn a_document_s_author_named_in_an_aside_speaks() {
    expect_exact(
        "The resolution, sponsored by Ghana, demands an immediate ceasefire.",
        Act::Demand,
        "Ghana",
        "an immediate ceasefire",
    );
    find("The plan, drafted by Norway and Qatar, calls for a buffer zone.", Act::Demand, "Norway; Qatar");
    // a thing's maker is no author of a claim
    none("The recipe, created by our chef, calls for two eggs.");
    // the author after "by" or "from", past a time or a place
    expect_exact(
        "A statement by the Peruvian foreign ministry at a briefing on Monday demanded that Lima's envoy return.",
        Act::Demand,
        "Peru",
        "Lima's envoy return",
    );
    find("A letter from the Kenyan government urges donors to pay.", Act::Demand, "Kenya");
    // past the participle that put it out, and its day
    find(
        "A new report released Monday by Human Rights Watch accuses the militia of torture.",
        Act::Accuse,
        "Human Rights Watch",
    );
}

#[test]
fn clergy_speak_as_religious_actors() {
    // (the dictionary's faiths are kept only for their clergy)
    let c = first("Lebanon's senior Maronite bishop called for a new president.", Act::Demand);
    assert_eq!(
        (c.actor.text.as_ref(), c.actor.role),
        ("Lebanon's senior Maronite bishop", Some(Role::Religion))
    );
    assert_eq!(c.actor.code.as_deref(), Some("LBNREL"));
    let c = first("A prominent imam urged worshippers to boycott the vote.", Act::Demand);
    assert_eq!(c.actor.role, Some(Role::Religion));
    // an adjective before a capitalised modifier stays in the phrase; a noun before a place's
    // name does not ("the reason Harbour residents …")
    let c = first("Chile's top Catholic cleric rejected the reform.", Act::Reject);
    assert_eq!(c.actor.text.as_ref(), "Chile's top Catholic cleric");
    let c = first("He said the main reason Harbour residents rejected the plan was its cost.", Act::Reject);
    assert_eq!(c.actor.text.as_ref(), "Harbour residents");
}

#[test]
fn developing_nations_speak_as_a_group_wherever_they_stand() {
    expect(
        "On Monday, developing nations insisted that deleted passages be restored.",
        Act::Demand,
        "",
        None,
        "deleted passages be restored",
    );
    first(
        "Many emerging countries, the most exposed to the floods, accuse rich nations of stalling.",
        Act::Accuse,
    );
    let c = first("The developing nations rejected the draft.", Act::Reject);
    assert_eq!(c.actor.text, "The developing nations");
}

#[test]
fn a_text_called_lopsided_is_criticised() {
    first("The draft “is extremely unbalanced and lopsided,” the envoy said.", Act::Accuse);
}

#[test]
fn unnamed_states_wanting_something_ask_for_it() {
    expect("Vulnerable countries want assurances on payouts.", Act::Demand, "", None, "assurances");
    expect(
        "Developing countries want the agreement to include a finance target.",
        Act::Demand,
        "",
        None,
        "include a finance target",
    );
    // a wish of customers or of one person is no claim
    none("Customers want the phones to last longer.");
    none("She wants the garden to look tidy for the party.");
}

#[test]
fn a_body_with_a_relative_clause_speaks() {
    // "that" and a verb the lexicon does not know, between the body and its verb
    let c = first("The association that represents the bakers rejected the offer.", Act::Reject);
    assert_eq!(c.actor.text, "The association");
    let c = first(
        "The union that represents 900 pilots at the airline said it rejected the final offer.",
        Act::Reject,
    );
    assert_eq!(c.actor.text, "The union");
    assert_eq!(
        first("The coalition that governs the province demanded a recount.", Act::Demand).actor.text,
        "The coalition"
    );
    // a noun after a possessive is no verb of the relative clause's body
    none("I chair the panel that has been reviewing the federation's dispute procedures.");
}

#[test]
fn a_people_named_by_its_adjective_speaks_for_its_state() {
    expect("The French rejected the plan.", Act::Reject, "France", None, "the plan");
    let c = first("The talks stalled, angering the British, who accused the bloc of bad faith.", Act::Accuse);
    assert_eq!(norm(&c.actor), "United Kingdom");
    // before a noun the adjective only describes it
    assert_eq!(
        first("The French government rejected the plan.", Act::Reject).actor.text,
        "The French government"
    );
}

#[test]
fn a_document_speaks_for_the_author_its_aside_names() {
    expect("The letter, signed by Mexico, demands a ceasefire.", Act::Demand, "Mexico", None, "a ceasefire");
    let c = first("The letter, signed by 40 senators, urges the president to veto the bill.", Act::Demand);
    assert_eq!(c.actor.text, "senators");
    let c = first(
        "The letter, written by the fund's director John Roe, accuses the company of failing to restore trust.",
        Act::Accuse,
    );
    assert_eq!(norm(&c.actor), "John Roe");
}

#[test]
fn an_editorial_speaks_for_the_paper_it_appears_in() {
    let c = first("An editorial in the Daily Courier blamed the opposition for the violence.", Act::Accuse);
    assert_eq!(c.actor.text, "the Daily Courier");
    // a paper named only by its kind still speaks
    first("An editorial in the newspaper blamed the opposition for the violence.", Act::Accuse);
}

#[test]
fn a_state_s_institution_named_with_its_adjective_is_the_state() {
    let c = first("The Chilean Ministry of Commerce promised to take countermeasures.", Act::Warn);
    assert_eq!(norm(&c.actor), "Chile");
    // a company named with the adjective is another actor
    assert_eq!(norm(&first("American Airlines rejected the offer.", Act::Reject).actor), "");
}

#[test]
fn a_head_of_several_words_is_one_described_actor() {
    let c = first("The security forces have rejected the plan.", Act::Reject);
    assert_eq!(c.actor.text, "The security forces");
    let c = first("The armed forces condemned the raid.", Act::Accuse);
    assert_eq!(c.actor.text, "The armed forces");
    // a bare plural is still a source, not a side
    none("Security forces rejected the plan.");
}

#[test]
fn holders_counted_by_the_sides_they_come_from_are_one_actor() {
    let c = first("Leaders of 20 countries urged the junta to release the prisoners.", Act::Demand);
    assert_eq!(c.actor.text, "Leaders of 20 countries");
    let c = first("Foreign ministers from 12 countries rejected the plan.", Act::Reject);
    assert_eq!(c.actor.text, "Foreign ministers from 12 countries");
    let c = first("Officials in 27 states urged the agency to withdraw the rule.", Act::Demand);
    assert_eq!(c.actor.text, "Officials in 27 states");
    let c = first("Attorneys general from 10 states asked the court to block the rule.", Act::Demand);
    assert_eq!(c.actor.text, "Attorneys general from 10 states");
    // bare holders are still a source, not a side
    none("Officials urged the agency to withdraw the rule.");
}

#[test]
fn who_backs_an_actor_is_not_its_side() {
    let c = first("A Moscow-backed militia rejected the deal.", Act::Reject);
    assert_eq!(norm(&c.actor), "");
    // who leads it is
    let c = first("The Saudi-led coalition rejected the deal.", Act::Reject);
    assert_eq!(norm(&c.actor), "Saudi Arabia");
}

#[test]
fn a_region_before_american_names_no_american_side() {
    let c =
        first("A group of Latin American countries and Canada urged the army to stand aside.", Act::Demand);
    assert_eq!(c.actor.norms, ["Canada"]);
    let c = first("South American leaders rejected the plan.", Act::Reject);
    assert!(!c.actor.norms.iter().any(|n| n == "United States"), "{:?}", c.actor.norms);
    assert_eq!(first("American officials rejected the plan.", Act::Reject).actor.norms, ["United States"]);
}

#[test]
fn the_object_of_a_participle_after_the_subject_is_not_the_subject() {
    let c = first("A lawyer representing the families demanded an inquiry.", Act::Demand);
    assert_eq!(c.actor.text, "A lawyer");
    let c = first("The lawyer representing Ms. Lee – who is the daughter of the founder – warned that she was a hostage.", Act::Warn);
    assert_eq!(c.actor.text, "The lawyer");
    none("The crisis facing Europe demands action.");
    // "including" is a preposition, no participle: the one it names speaks for the group
    let c = first("Top Senate leaders including Senator Ann Lee have condemned the remarks.", Act::Accuse);
    assert!(c.actor.text.contains("Ann Lee"), "{:?}", c.actor.text);
}

#[test]
fn offering_nothing_proposes_nothing() {
    none("The websites publishing the story have offered no evidence.");
    first("The websites offered a correction.", Act::Propose);
}

#[test]
fn an_aide_speaks() {
    let c = first("A senior aide to the president called for his release.", Act::Demand);
    assert_eq!(c.actor.text, "A senior aide to the president");
    first("An aide called for his release.", Act::Demand);
}

#[test]
fn an_office_s_full_title_names_no_one_inside_it() {
    let c = first(
        "EU High Representative for Foreign Affairs and Security Policy Kaja Kallas urged both sides to show restraint.",
        Act::Demand,
    );
    assert_eq!(c.actor.norms, ["European Union"]);
    // the "and" inside the title joins no list with a place before a comma
    let c = first(
        "In Brussels, EU High Representative for Foreign Affairs and Security Policy Kaja Kallas urged both sides to show restraint.",
        Act::Demand,
    );
    assert_eq!(c.actor.norms, ["European Union"]);
}

#[test]
fn an_institution_named_by_two_capitalised_parts_joined_by_and_is_one_actor() {
    let c = first("The Food and Drug Administration rejected the proposed drug.", Act::Reject);
    assert_eq!(c.actor.text, "The Food and Drug Administration");
    let c = first("Regulators said the Fish and Wildlife Service rejected the permit.", Act::Reject);
    assert_eq!(c.actor.text, "the Fish and Wildlife Service");
}

#[test]
fn a_company_named_by_what_it_is_speaks_and_is_a_later_it() {
    let c = first("The tech giant rejected the fine.", Act::Reject);
    assert_eq!(c.actor.text, "The tech giant");
    let c = first("The brand hit back on Monday. It denied the allegations.", Act::Deny);
    assert_eq!(c.actor.name(), "The brand");
}

#[test]
fn an_acronym_in_brackets_inside_a_name_is_part_of_the_actor() {
    let c = first("The National Unity Platform (NUP) party rejected the results.", Act::Reject);
    assert_eq!(c.actor.text, "The National Unity Platform (NUP) party");
}

#[test]
fn a_described_group_with_its_acronym_after_the_head_acts() {
    let c = first("The largest dockers' union UDT rejected the offer.", Act::Reject);
    assert_eq!(c.actor.text, "The largest dockers' union UDT");
    // (the possessor has modifiers of its own: "main", "harbour")
    let c = first("The cuts were condemned by the main harbour pilots' union HPG.", Act::Accuse);
    assert_eq!(c.actor.text, "the main harbour pilots' union HPG");
}

#[test]
fn two_groups_named_by_what_they_are_and_joined_act_together() {
    let c = first("Opposition lawmakers and activists on Tuesday denounced the new curfew.", Act::Accuse);
    assert_eq!(c.actor.text, "Opposition lawmakers and activists");
    let c = first("Students and teachers demanded a vote on the merger.", Act::Demand);
    assert_eq!(c.actor.text, "Students and teachers");
    // the object of a verb before them is not joined to the subject after it
    assert!(claims("The police detained students and workers demanded their release.")
        .iter()
        .all(|c| c.actor.text != "students and workers"));
}

#[test]
fn traditional_chiefs_speak_as_a_body() {
    let c = first("The hereditary chiefs have refused meetings with the pipeline company.", Act::Reject);
    assert_eq!(c.actor.text, "The hereditary chiefs");
    let c = first("A spokesman said the chiefs have asked the premier for a meeting.", Act::Demand);
    assert_eq!(c.actor.text, "the chiefs");
}

#[test]
fn a_body_named_by_what_it_is_then_by_its_name_between_commas_is_named_by_both() {
    let c = first("The centrist party, Vanguard, called for a recount.", Act::Demand);
    assert_eq!(c.actor.text, "The centrist party, Vanguard");
    // and so for a second verb of the same subject
    let c = first("The dockers' union, UDT, was unmoved and called on members to strike.", Act::Demand);
    assert_eq!(c.actor.text, "The dockers' union, UDT");
    // a side the lexicons know is taken from the name
    let c = first("The militant group, Hamas, rejected the offer.", Act::Reject);
    assert!(!c.actor.norms.is_empty(), "{:?}", c.actor);
}

#[test]
fn a_club_speaks_as_one() {
    let c = first("The club strenuously denies all charges against it.", Act::Deny);
    assert_eq!(c.actor.text, "The club");
}

#[test]
fn the_foreign_office_is_its_state_s_institution() {
    expect(
        "Pakistan summoned the Indian envoy on Monday. The Foreign Office dismissed the minister's assertion that Pakistan was involved.",
        Act::Deny,
        "Pakistan",
        None,
        "assertion",
    );
    first("The Foreign Office rejected the claim.", Act::Deny);
}

#[test]
fn a_family_of_someone_shot_by_police_asks() {
    expect(
        "The family of a man shot and killed by city police demanded the release of the bodycam footage.",
        Act::Demand,
        "",
        None,
        "the release of the bodycam footage",
    );
    expect(
        "The families of two men shot dead by provincial officers this summer have asked a judge to change the rules.",
        Act::Demand,
        "",
        Some(""),
        "change the rules",
    );
    expect(
        "The family of a man mistakenly shot by an officer at the mall is calling on the Hoover Police Department to release all videos.",
        Act::Demand,
        "",
        Some(""),
        "release all videos",
    );
}

#[test]
fn kin_of_someone_in_the_news_speak_for_themselves() {
    let c = first("His father called on the police to clear his son's name.", Act::Demand);
    assert_eq!(c.actor.text, "His father");
    let c = first("The victim's sister demanded justice.", Act::Demand);
    assert_eq!(c.actor.text, "The victim's sister");
}

#[test]
fn a_backed_group_after_the_verb_is_whole_and_not_its_backer() {
    let c = first("The army accused Iran-backed Houthi rebels on Tuesday of mounting attacks.", Act::Accuse);
    let addressee = c.addressee.expect("addressee");
    assert_eq!(addressee.text, "Iran-backed Houthi rebels");
    assert!(!addressee.norms.iter().any(|n| n == "Iran"), "{:?}", addressee.norms);
    assert_eq!(c.content.map(|p| p.text).as_deref(), Some("mounting attacks"));
}

#[test]
fn general_motors_is_no_general() {
    let cs = claims("General Motors raised its offer. “We will strike,” he said.");
    assert!(
        cs.iter().all(|c| c.actor.text != "Motors" && !c.actor.norms.iter().any(|n| n == "Motors")),
        "{cs:?}"
    );
}

#[test]
fn campaigns_speak_as_a_campaign_does() {
    first("Other Republican campaigns denied being behind the story.", Act::Deny);
    let c = first("The presidential campaigns of both senators denied the report.", Act::Deny);
    assert!(c.actor.text.starts_with("The presidential campaigns"), "{c:#?}");
}

#[test]
fn whistleblowers_plaintiffs_and_critics_speak() {
    first("A whistleblower told lawmakers that the company needs to change.", Act::Demand);
    first("The plaintiffs accused the firm of tracking its users.", Act::Accuse);
    first("Critics ripped into the plan.", Act::Accuse);
}

#[test]
fn a_relative_clause_after_an_example_is_the_named_one_s() {
    let c = first(
        "She faces rivals for the party's nomination like Governor Dana Reyes of Ohio who firmly oppose the trade pact.",
        Act::Reject,
    );
    assert_eq!(c.actor.text, "Governor Dana Reyes of Ohio");
    let c =
        first("Groups such as Amnesty International, which rejected the ruling, met on Monday.", Act::Reject);
    assert_eq!(c.actor.text, "Amnesty International");
    // a group with its example, as a subject, stays the group
    let c = first("Countries like Brazil have rejected the plan.", Act::Reject);
    assert_eq!(c.actor.text, "Countries like Brazil");
}

#[test]
fn a_department_speaks() {
    let c =
        first("The department is seeking documents showing cooperation with federal agents.", Act::Demand);
    assert_eq!(c.actor.text, "The department");
    first("The fire department rejected the claims on Monday.", Act::Reject);
}

#[test]
fn a_council_s_members_and_officers_speak_for_it() {
    let c = first("Councillors declared their opposition to the plan.", Act::Reject);
    assert_eq!(c.actor.text, "Councillors");
    let c = first("Labour councillors rejected the budget.", Act::Reject);
    assert_eq!(c.actor.text, "Labour councillors");
    let c = first("Planners twice turned down the application.", Act::Reject);
    assert_eq!(c.actor.text, "Planners");
    // one councillor named is a person, as before
    let c = first("Councillor Jane Smith rejected the budget.", Act::Reject);
    assert_eq!(c.actor.text, "Councillor Jane Smith");
}

#[test]
fn the_owners_of_a_business_speak_for_it() {
    let c = first("The owners of the mine deny it is polluting the river.", Act::Deny);
    assert_eq!(c.actor.text, "The owners of the mine");
    let c = first("The factory owners rejected the workers' demands.", Act::Reject);
    assert_eq!(c.actor.text, "The factory owners");
}

#[test]
fn a_bloc_s_executive_arm_speaks_for_it() {
    let c = first("The European Union's executive arm rejected the draft budget.", Act::Reject);
    assert_eq!(norm(&c.actor), "European Union");
}

#[test]
fn a_union_is_labour_and_asks_for_what_it_wants() {
    let c = first("The unions want higher pay and shorter hours.", Act::Demand);
    assert_eq!(c.actor.role, Some(newsclaim_extract::Role::Labour));
    // anyone's wish is no demand
    no_act("Many shoppers want cheaper phones.", Act::Demand);
}

#[test]
fn kidnappers_and_captors_are_armed_groups_that_threaten() {
    let c = first("His captors threatened to behead him within 48 hours.", Act::Warn);
    assert_eq!(c.actor.role, Some(newsclaim_extract::Role::ArmedGroup));
    first("The kidnappers demanded a ransom for the crew.", Act::Demand);
}

#[test]
fn an_office_holder_in_what_the_office_is_for_acts() {
    let c = first("The ruling party's candidate in the mayoral race rejected the tally.", Act::Reject);
    assert_eq!(c.actor.text, "The ruling party's candidate in the mayoral race");
    let c = first("The chief negotiator in the talks dismissed the offer.", Act::Reject);
    assert_eq!(c.actor.text, "The chief negotiator in the talks");
    // what is in the event is no office holder
    no_act("A delay in the talks rejected the offer.", Act::Reject);
}

#[test]
fn a_group_at_a_rally_acts() {
    // (a noun in -ly is no adverb)
    let c = first("Farmers at the rally blamed the ministry.", Act::Accuse);
    assert_eq!(c.actor.text, "Farmers at the rally");
    let c = first("Delegates at the assembly rejected the budget.", Act::Reject);
    assert_eq!(c.actor.text, "Delegates at the assembly");
}

#[test]
fn a_side_s_body_where_it_meets_acts_and_green_groups_want_as_sides_do() {
    let c = first("The Chilean delegation at the summit asked Peru to reopen the border.", Act::Demand);
    assert_eq!(c.actor.text, "The Chilean delegation at the summit");
    first("The environmental group wants a ban on drilling.", Act::Demand);
    // anyone's wish is still no demand
    no_act("Many shoppers want cheaper phones.", Act::Demand);
}

#[test]
fn state_officials_are_a_state_s_officials() {
    let c = first("State officials asked the judge to suspend his ruling.", Act::Demand);
    assert_eq!(c.actor.text, "State officials");
    let c = first("On Monday, state lawmakers rejected the budget.", Act::Reject);
    assert_eq!(c.actor.text, "state lawmakers");
    // the verb still reports
    first("The senators state that the minister must resign.", Act::Demand);
}

#[test]
fn parties_of_other_democracies_are_sides() {
    let c = first("Many Tories want a vote on the deal.", Act::Demand);
    assert_eq!(norm(&c.actor), "Conservative Party");
    let c = first("Labour called for an inquiry.", Act::Demand);
    assert_eq!(norm(&c.actor), "Labour Party");
    // the word for the movement names no party
    let c = first("The labour movement rejected the plan.", Act::Reject);
    assert_eq!(norm(&c.actor), "");
}

#[test]
fn an_appeals_court_and_an_acronym_organisation() {
    let c = first("Prosecutors asked the appeals court to overturn the ruling.", Act::Demand);
    assert_eq!(c.addressee.map(|a| a.text).as_deref(), Some("the appeals court"));
    let c = first("The NUJ wants the inquiry to be reopened.", Act::Demand);
    assert_eq!(c.actor.text, "The NUJ");
    // a person's wish is no side's demand
    no_act("The neighbours want the noise to stop.", Act::Demand);
}

#[test]
fn part_of_a_group_named_by_where_its_members_are() {
    let c = first("Many in the opposition rejected the budget deal.", Act::Reject);
    assert_eq!(c.actor.text, "Many in the opposition");
    let c = first("Some in the administration have called for a pause in the talks.", Act::Demand);
    assert_eq!(c.actor.text, "Some in the administration");
    // with a place, the place's side
    let c = first("Officials said many in Zambia rejected the new levy.", Act::Reject);
    assert_eq!(norm(&c.actor), "Zambia");
    // nobody in particular in a room is no actor
    none("Others in the room demanded a recount.");
}

#[test]
fn a_state_s_name_after_a_given_name_is_a_surname() {
    let c = first("Rep. Tom Jordan of Idaho accused the agency of bias.", Act::Accuse);
    assert_eq!(norm(&c.actor), "Tom Jordan");
    let c = first("Michael Chad demanded an apology from the league.", Act::Demand);
    assert_eq!(norm(&c.actor), "Michael Chad");
    // the state itself, after no given name, is still the state
    let c = first("Officials in Amman said Jordan rejected the request.", Act::Reject);
    assert_eq!(norm(&c.actor), "Jordan");
}

#[test]
fn a_point_of_the_compass_before_a_people_s_word_is_a_region() {
    let c = first("West African leaders threatened to use force to remove the incumbent.", Act::Warn);
    assert_eq!(c.actor.text, "West African leaders");
    assert_ne!(norm(&c.actor), "West");
    // the West itself
    let c = first("The West demanded the release of the activists.", Act::Demand);
    assert_eq!(norm(&c.actor), "West");
}

#[test]
fn organizers_with_their_group() {
    let c =
        first("Student organizers with Campus Divest are demanding that the college divest.", Act::Demand);
    assert_eq!(c.actor.text, "Student organizers with Campus Divest");
}

#[test]
fn a_party_family_speaks_by_its_members_name() {
    assert_eq!(first("The Greens refused to back the budget.", Act::Reject).actor.text, "The Greens");
    assert_eq!(
        first("Socialists in the assembly rejected the nominee.", Act::Reject).actor.text,
        "Socialists in the assembly"
    );
    // named in apposition to a description, as a list with its articles
    let c = first(
        "Two of the three parties in the coalition, the Greens and the Socialists, refused to sign.",
        Act::Reject,
    );
    assert_eq!(c.actor.text, "the Greens and the Socialists");
    // the vegetables say nothing
    assert!(claims("Wash the greens and add them to the pot.").is_empty());
}

#[test]
fn the_euro_zone_is_a_side() {
    let c = first(
        "Euro zone leaders demanded that the government pass the reforms within three days.",
        Act::Demand,
    );
    assert_eq!(norm(&c.actor), "Eurozone");
}

#[test]
fn a_court_s_justices_speak_as_its_bench() {
    let c = first("Seven justices unanimously dismissed the carrier's appeal on Friday.", Act::Reject);
    assert_eq!(c.actor.text, "Seven justices");
    assert_eq!(c.actor.role, Some(Role::Judiciary));
}

#[test]
fn an_irregular_participle_after_the_subject_s_noun_is_a_reduced_relative() {
    let c = first("Families of sailors held in Yemen have pressed the ministry to negotiate.", Act::Demand);
    assert_eq!(c.actor.text, "Families of sailors");
    let c = first("Relatives of miners taken in the raid demanded a ransom deal.", Act::Demand);
    assert_eq!(c.actor.text, "Relatives of miners");
}

#[test]
fn a_word_after_a_modal_is_no_modifier_of_the_phrase_after_it() {
    let c =
        first("The judges said the firm could penalise drivers who turned down the new terms.", Act::Reject);
    assert_eq!(c.actor.text, "drivers");
}

#[test]
fn rivals_and_charities_speak() {
    assert_eq!(
        first("The mayor's rivals criticised the decision.", Act::Accuse).actor.text,
        "The mayor's rivals"
    );
    let c = first("Charities accused both governments of failing refugees.", Act::Accuse);
    assert_eq!(c.actor.role, Some(Role::Ngo));
}
