//! Actors the gazetteer does not know, "vow to <hostile act>", "neither confirmed nor denied".
mod common;
use common::*;
use newsclaim_extract::Act;

/// The claim with this act whose actor text is exactly `actor`.
fn by_text<'t>(text: &'t str, act: Act, actor: &str) -> newsclaim_extract::Claim<'t> {
    let cs = claims(text);
    cs.iter().find(|c| c.act == act && c.actor.text == actor).cloned().unwrap_or_else(|| {
        panic!(
            "no {act} by {actor:?} in {text:?}; got {:?}",
            cs.iter().map(|c| (&c.act, &c.actor.text)).collect::<Vec<_>>()
        )
    })
}

#[test]
fn capitalised_name_with_article_and_connectives() {
    let c = by_text(
        "The Kingdom of Ostreva on Tuesday demanded that Lagonia free the detained fishermen.",
        Act::Demand,
        "The Kingdom of Ostreva",
    );
    assert!(c.actor.norms.is_empty());
    assert!(c.content.unwrap().text.contains("free the detained fishermen"));
    by_text(
        "The Movement for the Salvation of Arvania rejected the power-sharing deal.",
        Act::Reject,
        "The Movement for the Salvation of Arvania",
    );
}

#[test]
fn unknown_actor_with_auxiliary_and_time_phrase() {
    by_text(
        "The Coastal Republics Forum has urged both sides to reopen the port.",
        Act::Demand,
        "The Coastal Republics Forum",
    );
    by_text("Marovia on Sunday rejected Tessaly's ultimatum.", Act::Reject, "Marovia");
    by_text("Tessaly accepted the mediation offer late on Monday.", Act::Accept, "Tessaly");
}

#[test]
fn lowercase_words_do_not_join_a_name() {
    // "of" joins capitalised words only: "the head of Corvin" is not a name of its own
    let cs = claims("Supporters of the plan and Corvin rejected nothing.");
    assert!(!cs.iter().any(|c| c.actor.text.starts_with("Supporters of")), "{cs:?}");
}

#[test]
fn vow_to_retaliate_is_a_threat_but_vow_to_reform_is_not() {
    let c = expect(
        "Iran's Revolutionary Guards vowed to retaliate for the strike on the consulate.",
        Act::Warn,
        "Iran",
        None,
        "retaliate for the strike",
    );
    assert_eq!(c.rule, "verb-active");
    expect(
        "The Myanmar junta swore to crush the resistance in Sagaing.",
        Act::Warn,
        "Myanmar",
        None,
        "crush the resistance",
    );
    no_act("Brazil's president vowed to speed up land reform.", Act::Warn);
    no_act("Kenya vowed to continue its peacekeeping mission.", Act::Warn);
}

#[test]
fn neither_confirmed_nor_denied_is_a_negated_denial() {
    let c = expect(
        "The Turkish defence ministry neither confirmed nor denied reports that Ankara had shipped drones to Sudan.",
        Act::Deny,
        "Turkey",
        None,
        "reports that Ankara had shipped drones",
    );
    assert!(c.negated);
    // a plain denial stays positive
    let c = expect("Pakistan denied the allegations.", Act::Deny, "Pakistan", None, "the allegations");
    assert!(!c.negated);
}

#[test]
fn unknown_demonym_with_an_actor_noun() {
    let c = by_text(
        "The Lagonian government accused Ostreva of shelling border villages.",
        Act::Accuse,
        "The Lagonian government",
    );
    assert!(c.actor.norms.is_empty());
    by_text("Tessalese officials warned that the border would close.", Act::Warn, "Tessalese officials");
    // a capitalised word that is no demonym does not make a plain noun an actor
    let cs = claims("Monday talks rejected nothing.");
    assert!(cs.is_empty(), "{cs:?}");
}

#[test]
fn readiness_to_act_against_someone_is_a_threat() {
    let c = expect(
        "Algeria said it was ready to impose sanctions on Moroccan imports unless the blockade ended.",
        Act::Warn,
        "Algeria",
        None,
        "impose sanctions on Moroccan imports",
    );
    assert_eq!(c.rule, "ready-to-threat");
    // readiness to listen is no threat
    no_act("Finland is ready to listen to Sweden's concerns.", Act::Warn);
    // measures in reprisal threaten; measures against inflation do not
    let c = first("The minister said Norway was ready to take “retaliatory measures”.", Act::Warn);
    assert_eq!(c.rule, "ready-to-threat");
    no_act("The central bank said it was ready to take measures to curb inflation.", Act::Warn);
    // measures of defence, or resolute ones, threaten whoever they answer
    first("The ministry said it was ready to take “all necessary measures” to defend itself.", Act::Warn);
    first(
        "Beijing will take resolute measures to firmly safeguard its sovereignty, the spokeswoman said.",
        Act::Warn,
    );
}

#[test]
fn unnamed_plural_of_states_as_subject() {
    by_text(
        "Landlocked countries demanded cheaper transit through coastal ports.",
        Act::Demand,
        "Landlocked countries",
    );
    by_text("Many governments rejected the proposed levy.", Act::Reject, "Many governments");
    // as an object they stay unnamed: the actor is the subject
    let cs = claims("Brazil urged developing countries to back the levy.");
    assert!(cs.iter().all(|c| c.actor.is("Brazil")), "{cs:?}");
}

#[test]
fn the_bloc_is_the_organisation_the_article_is_about() {
    let cs = claims(
        "Leaders of the African Union gathered in Addis Ababa. The bloc urged Lagonia and Tessaly to open the border crossings.",
    );
    let c = cs.iter().find(|c| c.act == Act::Demand).unwrap_or_else(|| panic!("{cs:?}"));
    assert_eq!(c.actor.text, "The bloc");
    assert_eq!(c.actor.norms, ["African Union"]);
    assert_eq!(c.addressee.as_ref().map(|a| a.text.as_ref()), Some("Lagonia and Tessaly"));
    assert_eq!(c.content.as_ref().unwrap().text, "open the border crossings");
    // after a reporting verb the speaker, not the bloc, holds the position
    let cs = claims(
        "Thai Prime Minister Srettha Thavisin hosted the ASEAN meeting. Srettha said the bloc would not accept outside pressure.",
    );
    assert!(cs.iter().all(|c| c.actor.text != "the bloc"), "{cs:?}");
}

#[test]
fn a_promised_hostile_act_is_a_threat() {
    let c = expect(
        "North Korea will retaliate against any provocation, the state news agency KCNA said.",
        Act::Warn,
        "North Korea",
        None,
        "retaliate against any provocation",
    );
    assert_eq!(c.rule, "will-threat");
    expect(
        "Beijing said it would sanction Lithuanian officials.",
        Act::Warn,
        "China",
        None,
        "sanction Lithuanian officials",
    );
    // a past act, a non-actor subject or an answer are not threats
    no_act("Azerbaijan retaliated against the shelling on Friday.", Act::Warn);
    no_act("Higher tariffs will hit exporters hard.", Act::Warn);
    no_act("Japan will respond next week with its own proposal.", Act::Warn);
}

#[test]
fn reported_violation_accuses_the_subject() {
    let c = expect(
        "Armenia said Azerbaijan had violated the ceasefire near the village of Sotk.",
        Act::Accuse,
        "Armenia",
        Some("Azerbaijan"),
        "Azerbaijan had violated the ceasefire",
    );
    assert_eq!(c.rule, "reported-violation");
    expect(
        "Thailand says the new dam breaches the Mekong agreement.",
        Act::Accuse,
        "Thailand",
        None,
        "the new dam breaches the Mekong agreement",
    );
    // "broke" needs a rule that was broken; a denial is not an accusation
    no_act("The talks broke down late on Friday, Qatar said.", Act::Accuse);
    no_act("Israel said it had not violated the truce.", Act::Accuse);
}

#[test]
fn an_unnamed_expert_speaks() {
    let warn = first("“The port will be unusable within a year,” the expert warned.", Act::Warn);
    assert_eq!(warn.actor.text, "the expert");
    assert!(warn.actor.norms.is_empty());
}

#[test]
fn readiness_to_compel_threatens() {
    let cs = claims(
        "The panel's Republicans are willing to issue subpoenas if the ministry refuses to cooperate.",
    );
    assert!(cs.iter().any(|c| c.act == Act::Warn && c.rule == "ready-to-threat"), "{cs:#?}");
    // issuing a statement threatens nothing
    assert!(!claims("The panel's Republicans are willing to issue a statement.")
        .iter()
        .any(|c| c.act == Act::Warn));
}

#[test]
fn a_rank_before_a_name_with_an_aside_is_no_part_of_the_name() {
    let c =
        first("Cmdr. Sean Robertson, a spokesman for the coalition, said the report was false.", Act::Deny);
    assert_eq!(c.actor.norms, vec!["Sean Robertson".to_string()]);
}

#[test]
fn a_verb_that_warns_only_of_a_deed_takes_no_preposition_for_its_object() {
    none("The agency intends upon retiring the shuttles in 2010.");
    // a threat noun or a hostile deed still warns
    first("The army vowed revenge.", Act::Warn);
    first("The rebels vowed on Monday to attack the city.", Act::Warn);
}

#[test]
fn a_verb_that_proposes_only_proposals_proposes_no_quantity() {
    none("The contract quantity shall be the quantity submitted by the buyer via the website.");
    first("The plan submitted by the rebels was rejected.", Act::Propose);
}

#[test]
fn an_organisation_named_with_a_capitalised_preposition_is_one_actor() {
    let c = first("Doctors Without Borders condemned the attack on the hospital.", Act::Accuse);
    assert_eq!(c.actor.text, "Doctors Without Borders");
    assert!(c.actor.norms.iter().all(|n| n != "Without Borders"), "{:?}", c.actor.norms);
    // a capitalised preposition opening a clause joins nothing
    no_act("The minister said On Monday the talks would resume.", Act::Accuse);
}

#[test]
fn a_surname_ending_in_s_opens_a_sentence() {
    // a word the lexicons do not know, read as a proper noun: a surname
    by_text("Williams rejected the offer.", Act::Reject, "Williams");
    by_text("Roberts demanded a recount.", Act::Demand, "Roberts");
    // a plural that is no one threatens nothing
    no_act("Tensions threatened to derail the talks.", Act::Warn);
    no_act("Shortages threatened to cripple hospitals.", Act::Warn);
}

#[test]
fn a_surname_in_s_opening_the_sentence_acts_past_its_auxiliaries() {
    first("Jones has demanded a recount.", Act::Demand);
    first("Jones, a Democrat, has demanded a recount.", Act::Demand);
    expect(
        "Sanders has criticized Clinton for her ties to Wall Street.",
        Act::Accuse,
        "",
        Some(""),
        "her ties to Wall Street",
    );
    // a plural common noun stays no actor
    no_act("Tensions have threatened the talks.", Act::Warn);
}

#[test]
fn officers_of_a_body_named_by_an_unknown_acronym_act() {
    let c = first("NASA officials urged Congress to fund the program.", Act::Demand);
    assert_eq!(c.actor.text, "NASA officials");
    first("The label denied the claims.", Act::Deny);
}

#[test]
fn a_capitalised_word_in_s_before_a_verb_agreeing_with_one_is_a_surname() {
    let c = first("Nunes accuses the FBI of bias.", Act::Accuse);
    assert_eq!(c.actor.text, "Nunes");
    first("Nunes Accuses FBI Of Bias", Act::Accuse);
    // a plural takes the base form
    none("Analysts accuse the FBI of bias.");
}

#[test]
fn the_bloc_in_words_reported_is_the_speakers_position() {
    let c = expect(
        "The Arab League's envoy Omar Haddad said the bloc would not recognise the vote.",
        Act::Reject,
        "Arab League",
        None,
        "recognise the vote",
    );
    assert_eq!(c.actor.text, "The Arab League's envoy Omar Haddad");
}

#[test]
fn the_group_in_words_of_its_spokesman_is_the_speakers_organisation() {
    for text in [
        "A senior Hezbollah official said the group would not hand over its weapons.",
        "The Hezbollah spokesman said the group would not hand over its weapons.",
    ] {
        expect(text, Act::Reject, "Hezbollah", None, "hand over its weapons");
    }
    // a state's official speaks of some other group
    let c = first("A Kenyan official said the group would not hand over its weapons.", Act::Reject);
    assert_eq!(c.actor.text, "the group");
}

#[test]
fn a_month_or_modal_after_a_given_name_is_a_surname() {
    let c = first("Theresa May rejected the plan.", Act::Reject);
    assert_eq!(c.actor.text, "Theresa May");
    assert!(!c.hedged, "no hedge in a surname");
    let c = first(
        "The minister took a swipe at Brian May for having failed to set out a clear position.",
        Act::Accuse,
    );
    assert_eq!(c.addressee.map(|a| a.text.to_string()).as_deref(), Some("Brian May"));
    // the modal itself still hedges
    assert!(first("The bloc may reject the plan.", Act::Reject).hedged);
}

#[test]
fn a_whip_is_an_office() {
    let c = first("Senate Majority Whip John Cornyn rejected the offer.", Act::Reject);
    assert_eq!(norm(&c.actor), "John Cornyn");
}

#[test]
fn a_side_inside_the_object_does_not_go_on_speaking() {
    let c = first(
        "An alliance of lawmakers is calling for the suspension of EU funds to Veloria, accusing its government of an assault on the courts.",
        Act::Accuse,
    );
    assert_eq!(c.actor.text, "An alliance of lawmakers");
}

#[test]
fn a_capitalised_verb_after_the_opens_a_name() {
    expect(
        "Amnesty International, Human Rights Watch and the Open Society European Policy Institute urged the EU to act.",
        Act::Demand,
        "Amnesty International; Human Rights Watch",
        Some("European Union"),
        "act",
    );
}

#[test]
fn a_capitalised_word_that_is_also_a_verb_names_someone_after_a_verb_or_preposition() {
    // "Shell" is a verb of attack, "Grant" a verb of accepting: after a verb or a preposition of
    // running text, capitalised, they name a company and a person
    let c = expect_exact(
        "The regulator ordered Shell to repay its customers.",
        Act::Demand,
        "",
        "repay its customers",
    );
    assert_eq!(c.actor.text, "The regulator");
    assert_eq!(c.addressee.map(|a| a.text).as_deref(), Some("Shell"));
    let c = expect_exact(
        "The union accused Grant Whitby of stalling the talks.",
        Act::Accuse,
        "",
        "stalling the talks",
    );
    assert_eq!(c.addressee.map(|a| a.text).as_deref(), Some("Grant Whitby"));
    // opening the sentence before its verb, such a word is the subject's name
    let c = first("Shell denied any liability for the leaks.", Act::Deny);
    assert_eq!(c.actor.text, "Shell");
    // a title-case headline writes every word so: its verbs stay verbs
    let cs = claims("Regulator Orders Shell To Repay Customers");
    assert!(cs.iter().all(|c| c.actor.text != "Orders Shell"), "{cs:#?}");
}

#[test]
fn a_known_name_opening_a_longer_unknown_one_is_that_body() {
    let c = first("The Democratic Centre has demanded that the negotiators testify.", Act::Demand);
    assert_eq!(c.actor.text, "The Democratic Centre");
    assert!(c.actor.norms.is_empty(), "not the party it opens with: {:?}", c.actor.norms);
    let c = first("The Republican Alliance rejected the motion.", Act::Reject);
    assert_eq!(c.actor.text, "The Republican Alliance");
}

#[test]
fn a_name_ending_in_a_word_that_is_also_a_verb_acts() {
    let c = first("Harbour Voice demanded that the mayor resign.", Act::Demand);
    assert_eq!(c.actor.text, "Harbour Voice");
    let c = first("Tenants Watch, the renters' group, rejected the offer.", Act::Reject);
    assert_eq!(c.actor.text, "Tenants Watch");
    // a title-case headline capitalises its verbs
    assert!(claims("Harbour Voice Demands Mayor Resign")
        .iter()
        .all(|c| c.actor.text != "Harbour Voice Demands"));
}
