//! Claim verbs taken from the CAMEO verb dictionary, with their frames and the senses that are
//! not claims.

mod common;
use common::*;
use newsclaim_extract::Act;

#[test]
fn praise_support_and_promises_accept() {
    // (the commission, a body of its own, is the one praised)
    let c = expect(
        "Brazil praised the electoral commission for the recount.",
        Act::Accept,
        "Brazil",
        Some(""),
        "the recount",
    );
    assert_eq!(c.addressee.map(|a| a.text).as_deref(), Some("the electoral commission"));
    expect("Norway supports the proposal for a regional fund.", Act::Accept, "Norway", None, "the proposal");
    expect("Chile promised to send more firefighters.", Act::Accept, "Chile", None, "send more firefighters");
}

#[test]
fn verbal_attacks_accuse_only_with_their_complement() {
    // (what is blasted is the content, its label only says how: as with "attacked … as")
    expect(
        "Ghana blasted the agreement as a betrayal of farmers.",
        Act::Accuse,
        "Ghana",
        None,
        "the agreement",
    );
    expect(
        "Peru attacked the court's ruling as unconstitutional.",
        Act::Accuse,
        "Peru",
        None,
        "the court's ruling",
    );
    // a military attack is not a claim
    no_act("Russia attacked the port city overnight.", Act::Accuse);
    // "charge" accuses in "charged X with Y" (or "charged that …"); as a noun ("a charge Baku
    // denies") it stays a noun, and "charged the battery" charges nobody with anything
    first("Prosecutors charged the two men with fraud on Monday.", Act::Accuse);
    // (what is denied is the accusation the charge stands for)
    let c = first("Armenia repeated the accusation, a charge Baku denies.", Act::Deny);
    assert_eq!(c.content.map(|p| p.text), Some("the accusation".into()));
    // (after a dash as after a comma)
    let c = first("The union wants a pay rise — a demand the ministry has rejected.", Act::Reject);
    assert_eq!(c.actor.text, "the ministry");
    no_act("The company charged the batteries overnight.", Act::Accuse);
}

#[test]
fn pressure_lobbying_and_pleas_demand() {
    expect(
        "Canada has been pressuring Mexico to release the detained engineers.",
        Act::Demand,
        "Canada",
        Some("Mexico"),
        "release the detained engineers",
    );
    expect(
        "Kenya pleaded with Ethiopia to reopen the border.",
        Act::Demand,
        "Kenya",
        Some("Ethiopia"),
        "reopen",
    );
    // pleading guilty asks nothing of anyone
    no_act("The former minister pleaded guilty to fraud.", Act::Demand);
}

#[test]
fn reneging_balking_and_disputes() {
    expect("Iran reneged on its commitment to cap enrichment.", Act::Reject, "Iran", None, "its commitment");
    expect("Hungary balked at the new sanctions package.", Act::Reject, "Hungary", None, "the new sanctions");
    expect("Serbia disputed the report's figures.", Act::Deny, "Serbia", None, "the report's figures");
}

#[test]
fn trying_and_shelter_are_not_demands() {
    no_act("Colombia sought to distance itself from the decision.", Act::Demand);
    no_act("The journalist sought refuge at the embassy.", Act::Demand);
}

#[test]
fn challenging_the_facts_of_a_report_denies_it() {
    let text = "A spokesman for the ministry challenged the facts of an article published by the \
                newspaper on Monday.";
    let deny = expect(text, Act::Deny, "", None, "the facts of an article");
    assert_eq!(deny.actor.text, "A spokesman for the ministry");
    // challenging someone to do something, or a ruling in court, denies nothing
    no_act("The senator challenged the governor to a public debate.", Act::Deny);
    no_act("The union challenged the ruling in court.", Act::Deny);
}

#[test]
fn voting_down_and_signing_off() {
    let c = expect("The council voted down the proposal on Tuesday.", Act::Reject, "", None, "the proposal");
    assert_eq!(c.actor.text, "The council");
    let c = expect("The regulator signed off on the merger.", Act::Accept, "", None, "the merger");
    assert_eq!(c.actor.text, "The regulator");
    // voting on a measure, or signing a bill, is no stance by itself here
    none("Voters will vote on the measure in November.");
}

#[test]
fn instructing_someone_to_act_demands_it() {
    let c = first("The ministry instructed embassies to review their security.", Act::Demand);
    assert_eq!(c.addressee.as_ref().map(|a| a.text.as_ref()), Some("embassies"));
    assert_eq!(c.content.as_ref().map(|p| &*p.text), Some("review their security"));
    no_act("The ministry instructed embassies on security matters.", Act::Demand);
}

#[test]
fn fuming_and_grumbling_that_accuse() {
    let c = first("The mayor fumed that the council would not accept the report.", Act::Accuse);
    assert_eq!(c.content.map(|p| p.text).as_deref(), Some("the council would not accept the report"));
    first("The mayor grumbled that the council had ignored the report.", Act::Accuse);
    first("The mayor bemoaned the council decision to cut funds.", Act::Accuse);
    // smoke fumes, but accuses nobody
    none("Smoke fumed from the chimney all night.");
}

#[test]
fn crying_foul_accuses() {
    let c = find("Chile's opposition cried foul over the arrests.", Act::Accuse, "Chile");
    assert_eq!(c.content.map(|p| p.text), Some("the arrests".into()));
    none("The baby cried over the noise.");
}

#[test]
fn hostile_acts_vowed_or_promised_on_a_condition_warn() {
    find("Chile's rebels vowed to storm the capital.", Act::Warn, "Chile");
    let c = find(
        "Peru's president said he would suspend the talks unless the attacks stopped.",
        Act::Warn,
        "Peru",
    );
    assert!(c.content.unwrap().text.starts_with("suspend the talks"));
    // a vow to do good is no threat, but a pledge
    no_act("Peru's president vowed to speed up reforms.", Act::Warn);
    find("Peru's president vowed to speed up reforms.", Act::Accept, "Peru");
    let c = find("“I swear to restore order,” Peru's president told the crowd.", Act::Accept, "Peru");
    assert_eq!(c.content.map(|p| p.text), Some("restore order".into()));
    // vowing never to do a thing refuses it; a plan is no vow; a claim verb vowed makes the claim
    find("Peru vowed never to recognize the breakaway region.", Act::Reject, "Peru");
    none("Peru's miners intend to build a new road.");
    find("Peru vowed to demand compensation.", Act::Demand, "Peru");
    // a vow or a promise kept unless another acts threatens; one on the actor's own luck promises
    find("Chile's miners vowed to resume the march if the mine did not pay them.", Act::Warn, "Chile");
    find("Chile's miners promised to return to the capital unless the mine pays.", Act::Warn, "Chile");
    find("Chile's miners promised to return to work if the mine pays them.", Act::Accept, "Chile");
    no_act("Chile's miners promised to return to work if the mine pays them.", Act::Warn);
}

#[test]
fn backing_accepts_but_backing_down_does_not() {
    find("Peru backed the plan.", Act::Accept, "Peru");
    find("Peru's president said he would back the plan.", Act::Accept, "Peru");
    for text in [
        "Peru backed down on Monday.",
        "Peru backed away from the deal.",
        "The deal was backed by a Chilean fund.",
        "The minister will be back next week.",
        "They will put the gangs back in charge.",
    ] {
        no_act(text, Act::Accept);
    }
}

#[test]
fn standing_ready_to_facilitate_or_assist() {
    find("Norway stands ready to facilitate talks.", Act::Accept, "Norway");
    find("Peru is ready to assist Chile.", Act::Accept, "Peru");
}

#[test]
fn hitting_back_at_someone_accuses_and_not_tolerating_rejects() {
    first("The coach hit out at the referees.", Act::Accuse);
    first("The opposition leader hit back at the prime minister.", Act::Accuse);
    // hitting back with rockets is a deed, not words
    none("The rebels hit back with rockets.");
    none("The storm hit the coast.");
    first("Police said they would not tolerate violence.", Act::Reject);
    // firing back in words, at someone or at what they alleged
    let c = first("The mayor fired back at the governor over the closures.", Act::Accuse);
    assert_eq!(c.addressee.map(|a| a.text).as_deref(), Some("the governor"));
    first("The actor's lawyer is firing back at claims that his client lied.", Act::Deny);
    // an armed force's return of fire is no reproach; firing someone is no claim
    none("Soldiers fired back at the gunmen.");
    none("The board fired the coach over the losses.");
}

#[test]
fn laying_into_someone_or_lecturing_them_for_something_accuses() {
    let c = first("The press secretary ripped into Republicans for their focus on the inquiry.", Act::Accuse);
    assert_eq!(c.addressee.map(|a| a.text).as_deref(), Some("Republicans"));
    first("The senator laid into the minister over the delays.", Act::Accuse);
    let c = first("The spokesman lectured reporters for not focusing on the substance.", Act::Accuse);
    assert_eq!(c.content.map(|p| p.text).as_deref(), Some("not focusing on the substance"));
    // lecturing students: no words of blame
    none("He lectured at the university for years.");
}

#[test]
fn what_is_hailed_as_something_is_the_object() {
    expect("The coalition hailed the agreement as historic.", Act::Accept, "", None, "the agreement");
    // an addressee keeps the predicate as the content, as with verbal attacks
    expect("The senator blasted Peru as a haven for smugglers.", Act::Accuse, "", Some("Peru"), "a haven");
}

#[test]
fn committing_to_something_and_hailing_a_deal() {
    expect_exact("Both sides committed to a ceasefire.", Act::Accept, "", "a ceasefire");
    // committing a deed is no pledge
    no_act("The soldiers committed war crimes.", Act::Accept);
    // (a noun that can be a verb ended the object before "as")
    expect_exact("The EU hailed the deal as historic.", Act::Accept, "European Union", "the deal");
}

#[test]
fn pushing_back_on_something_refuses_it() {
    expect_exact("Lawmakers pushed back on the plan.", Act::Reject, "", "the plan");
    expect_exact("Peru pushed back against the report.", Act::Reject, "Peru", "the report");
    expect_exact("Unions pushed for higher wages.", Act::Demand, "", "higher wages");
    // postponing, or a guess at what someone would do, refuses nothing
    none("The agency pushed back the launch date.");
    none("It seems unlikely that the regional authorities would push back against the new tariffs.");
}

#[test]
fn an_oath_about_facts_vows_nothing() {
    no_act("The senator swears she has no idea who wrote the memo.", Act::Warn);
    no_act("The mayor vowed that the city was safe.", Act::Warn);
    first("The minister vowed he would resign if the bill failed.", Act::Warn);
    first("The rebels swore that they would never lay down their arms.", Act::Warn);
    first("The general vowed revenge.", Act::Warn);
}

#[test]
fn seeking_out_someone_is_no_demand() {
    no_act("Her doctor sought out advice from a lung specialist.", Act::Demand);
    first("The union sought a meeting with the minister.", Act::Demand);
}

#[test]
fn a_noun_joined_to_a_noun_is_no_coordinated_verb() {
    no_act("The coach said the board will give the team the money and support needed to win.", Act::Accept);
    first("The ministers arrived in Brussels and rejected the plan.", Act::Reject);
}

#[test]
fn vowing_to_go_on_with_a_hostile_deed_warns() {
    first("The Taliban vowed to continue fighting until foreign troops leave.", Act::Warn);
    first("The rebels vowed to keep fighting.", Act::Warn);
    first("The union promised to keep striking.", Act::Warn);
    no_act("She vowed to continue working for the party.", Act::Warn);
}

#[test]
fn a_hostile_act_promised_warns_and_accuses_no_one_yet() {
    let c = first("The governor said she would sue the agency if it did not act.", Act::Warn);
    assert_eq!(c.content.map(|p| p.text), Some("sue the agency".into()));
    no_act("The governor said she would sue the agency if it did not act.", Act::Accuse);
    first("The governor sued the agency.", Act::Accuse);
    // a refusal promised stays a refusal
    no_act("Ducey said he would veto the bill.", Act::Warn);
}

#[test]
fn agreeing_with_a_statement_accepts_nothing_asked_for() {
    no_act("The analysts agreed it was relevant.", Act::Accept);
    first("The two sides agreed that talks would resume next month.", Act::Accept);
    first("The leaders agreed on the need for a political solution.", Act::Accept);
    first("Russia agreed to a ceasefire.", Act::Accept);
}

#[test]
fn introducing_a_bill_proposes_it_and_what_it_would_do_threatens_no_one() {
    let c = first("The senators introduced a bill that would ban the app.", Act::Propose);
    assert_eq!(c.content.map(|p| p.text), Some("a bill that would ban the app".into()));
    no_act("The senators introduced a bill that would ban the app.", Act::Warn);
    no_act("The company introduced a new phone.", Act::Propose);
    first("Iran said it would retaliate against any attack.", Act::Warn);
}

#[test]
fn contesting_a_ruling_rejects_it() {
    expect_exact("The company appealed the court's ruling.", Act::Reject, "", "the court's ruling");
    expect_exact(
        "Apple said it would appeal the European Commission's decision.",
        Act::Reject,
        "",
        "the European Commission's decision",
    );
    first("Uber said it would challenge the ruling in court.", Act::Reject);
    first("The opposition contested the results.", Act::Reject);
    // an appeal to someone, a challenge to a debate: as before
    first("The union appealed to members for calm.", Act::Demand);
    no_act("Trump challenged Biden to a debate.", Act::Reject);
    // calling a decision disappointing criticises it
    first("Microsoft called the decision “deeply disappointing.”", Act::Accuse);
}

#[test]
fn boycotting_rejects_and_the_pope_speaks() {
    let c = first("The opposition alliance said it would boycott the elections.", Act::Reject);
    assert_eq!(c.actor.text, "The opposition alliance");
    first("The pope called for an end to the fighting.", Act::Demand);
    find("Pope Francis called for an end to the fighting.", Act::Demand, "Holy See");
}

#[test]
fn giving_up_an_objection_accepts_what_it_was_to() {
    let c = first("Hungary dropped its objections to the aid package.", Act::Accept);
    assert_eq!(c.content.map(|p| p.text), Some("the aid package".into()));
    first("Ruritania lifted its veto on the accession talks.", Act::Accept);
    none("Prices dropped in the opposition strongholds.");
}

#[test]
fn scoffing_at_something_rejects_it() {
    first("Ruritania scoffed at the sanctions.", Act::Reject);
}

#[test]
fn measures_pledged_for_a_remedy_threaten_no_one() {
    find("Peru's president pledged to take new steps to fix the water crisis.", Act::Accept, "Peru");
    no_act("Peru's president pledged to take new steps to fix the water crisis.", Act::Warn);
    find("Peru vowed to take measures to protect its interests.", Act::Warn, "Peru");
    find("Peru vowed to take countermeasures.", Act::Warn, "Peru");
}

#[test]
fn a_plan_to_appeal_refuses_a_plan_to_strike_warns_other_plans_claim_nothing() {
    let c = first("The insurer said it plans to appeal the fine.", Act::Reject);
    assert_eq!(c.content.as_ref().map(|p| &*p.text), Some("the fine"));
    let c = first("The insurer announced plans to appeal the ruling.", Act::Reject);
    assert_eq!(c.content.as_ref().map(|p| &*p.text), Some("the ruling"));
    no_act("The insurer announced plans to appeal the ruling.", Act::Propose);
    first("The union plans to strike next week.", Act::Warn);
    none("The city plans to open a new park next year.");
    none("Many families plan a holiday in May.");
}

#[test]
fn an_intended_deed_of_compliance_accepts_and_ends_before_a_new_claim() {
    let cs = claims(
        "The carmaker said: \"We intend to fully cooperate with the agency and we welcome the opportunity to explain the facts.\"",
    );
    let accepts: Vec<_> =
        cs.iter().filter(|c| c.act == Act::Accept).filter_map(|c| c.content.as_ref()).collect();
    assert!(accepts.iter().any(|p| p.text == "fully cooperate with the agency"), "{cs:?}");
    assert!(accepts.iter().any(|p| p.text.starts_with("the opportunity")), "{cs:?}");
    none("The carmaker intends to build a new plant in Ohio.");
}

#[test]
fn figures_findings_or_a_count_contested_are_rejected() {
    let c = first("The opposition leader challenged the figures.", Act::Reject);
    assert_eq!(c.content.as_ref().map(|p| &*p.text), Some("the figures"));
    first("The party said it will challenge the findings in court.", Act::Reject);
    // a challenge that is no contest of anything said or decided
    no_act("The climbers challenged the mountain.", Act::Reject);
}

#[test]
fn directing_someone_to_act_orders_it() {
    expect(
        "The president directed the Pentagon to prepare options.",
        Act::Demand,
        "",
        Some("United States"),
        "prepare options",
    );
    none("She directed the film.");
    // "direct" as an adjective stays one
    first("The senator took direct aim at the plan.", Act::Accuse);
    no_act("The senator took direct aim at the plan.", Act::Demand);
}

#[test]
fn rubbishing_refuses_and_claims_of_a_wrong_are_denied() {
    first("The minister rubbished the plan on Monday.", Act::Reject);
    first("The airline's chief rejected union claims of poor working conditions.", Act::Deny);
    // criticism dismissed stays a rejection
    first("Party officials dismissed that criticism.", Act::Reject);
    // claims for something are asked for
    first("The insurer rejected claims for flood damage.", Act::Reject);
}

#[test]
fn an_indictment_accuses() {
    let c = first("Prosecutors indicted the chairman for bribery.", Act::Accuse);
    assert_eq!(c.addressee.map(|a| a.text).as_deref(), Some("the chairman"));
    first("A grand jury indicted the mayor on fraud charges.", Act::Accuse);
    none("The indicted mayor resigned.");
}
