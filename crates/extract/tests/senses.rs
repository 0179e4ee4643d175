//! Readings that look like claims and are not: modal perfects, labels before a colon, free
//! relatives, prognoses, nouns after adjectives, things that lie somewhere. Phenomena met in
//! web, forum and e-mail text; the sentences are our own.
mod common;
use common::*;
use newsclaim_extract::Act;

#[test]
fn a_modal_perfect_reproaches_or_guesses_and_asks_nothing() {
    no_act("He should have resigned long ago, the senator said.", Act::Demand);
    no_act("I believe the thief must have waited behind the hedge.", Act::Demand);
    // a need on a condition
    no_act("Ottawa would have to anger its allies to win such a deal, the analyst said.", Act::Demand);
    // what someone "would need to" do is still asked of them
    first("The envoy told the visitors they would need to deliver before any meeting.", Act::Demand);
}

#[test]
fn a_prognosis_is_no_ultimatum() {
    none("The surgeon gave him two years to live.");
    first("The army gave the fighters 24 hours to surrender.", Act::Demand);
}

#[test]
fn please_is_nobody_and_opens_an_order() {
    none("Please approve the attached invoice by Friday.");
    let c = first("“Please free the journalists,” the minister said.", Act::Demand);
    assert_eq!(c.content.map(|p| p.text.into_owned()).as_deref(), Some("free the journalists"));
}

#[test]
fn a_label_before_a_colon_is_no_speaker() {
    none("Update: The council must publish the report.");
    none("Answer: The landlord must return the deposit.");
    first("Navalnaya: Europe must stand firm.", Act::Demand);
}

#[test]
fn a_free_relative_or_the_reader_wants_nothing() {
    none("Economists can argue all they want about how fast prices will rise.");
    none("If you want a quiet holiday, head to the northern coast.");
}

#[test]
fn lying_somewhere_and_a_gerund_subject_accuse_no_one() {
    none("The ministry said the reefs lying 200 kilometres off the coast are protected.");
    none("“Cattle rustling is a lucrative trade in these hills,” a police officer said.");
    first("The senator said the minister was lying.", Act::Accuse);
}

#[test]
fn what_comes_about_is_no_refusal() {
    no_act("Peace cannot happen until both capitals compromise, the envoy said.", Act::Reject);
    first("The union said it would not return to work until the contract is signed.", Act::Reject);
}

#[test]
fn a_claim_noun_after_an_adjective_is_no_verb() {
    none("The alliance used economic pressure to force the deal.");
    first("Brussels will pressure Warsaw to restore the court.", Act::Demand);
}

#[test]
fn a_judging_word_before_its_noun_judges_no_object() {
    none("The spokesman said the inquiry will find no criminal conduct.");
    first("Voters see her as dishonest, the strategist said.", Act::Accuse);
}

#[test]
fn no_comment_as_a_noun() {
    none("The ministry declined comment.");
    none("The minister refused comment, referring questions to her office.");
}

#[test]
fn a_clause_of_its_own_after_and_ends_the_content() {
    let c = first("She asked for the blue model and they gave her the red one.", Act::Demand);
    assert_eq!(c.content.map(|p| p.text.into_owned()).as_deref(), Some("the blue model"));
    // coordinated subjects of a subjunctive stay one content
    let c = first("The council demanded that Serbia and Kosovo stop the raids.", Act::Demand);
    assert_eq!(c.content.map(|p| p.text.into_owned()).as_deref(), Some("Serbia and Kosovo stop the raids"));
}

#[test]
fn that_after_a_verb_opens_its_clause_not_a_relative_one() {
    // ("moves" looks like a verb; the object is what was opposed, not the verb "said")
    let c = first(
        "Then, this month, Brazil said that it opposed moves to refer the case to the council.",
        Act::Reject,
    );
    assert_eq!(
        c.content.map(|p| p.text.into_owned()).as_deref(),
        Some("moves to refer the case to the council")
    );
    let c = first("The plan, which Moscow rejected, was dropped.", Act::Reject);
    assert_eq!(c.rule, "verb-object-relative");
}

#[test]
fn an_act_alone_is_a_sides_not_anyones() {
    none("Some reviewers praised the phone, but customers appeared to disagree.");
    first("Moscow proposed a swap. Kyiv refused.", Act::Reject);
}

#[test]
fn adopting_ones_own_motion_accepts_no_offer() {
    let text = "The assembly approved a motion that demands the release of the detained mayors.";
    no_act(text, Act::Accept);
    first(text, Act::Demand);
}

#[test]
fn a_deed_an_accusation_names_is_no_claim_of_its_subject() {
    none("Accusations that Kampala is also backing the rebels have come from civic groups.");
    first("The ministry denied reports that the army had shelled the town.", Act::Deny);
}

#[test]
fn a_wild_event_is_no_ones_wrong() {
    none("“It was a crazy match and nobody enjoyed the ending,” the coach said.");
    first("The minister said it was a crazy decision.", Act::Accuse);
    first("He said it was a shameful day for the country.", Act::Accuse);
}

#[test]
fn a_pace_or_a_feeling_advised_against_is_no_claim() {
    none("The governor said addiction is “growing at an alarming rate.”");
    none("The envoy told them they should not be alarmed, since it was an internal matter.");
    // what is judged alarming, and an act asked for, still are
    first("The minister said the delays were alarming.", Act::Accuse);
    first("The envoy said they should not be allowed to leave.", Act::Demand);
}

#[test]
fn a_clause_after_no_proof_or_an_expectation_is_nobody_s_act() {
    none("\"There is no material proof that Kovacs refused a test,\" the federation's secretary said.");
    none("The envoy was conveyed the government's expectation that Nepal will not take any step against the treaty.");
    // proof offered is a claim's ground, and the deed stays reported
    first("There is evidence that Kovacs refused a test.", Act::Reject);
}

#[test]
fn a_legal_appeal_or_one_with_a_purpose_asks_nobody() {
    none("The skier said she would appeal to the Court of Arbitration for Sport.");
    none("\"I will appeal to let people know the truth,\" the swimmer said.");
    // asking a court to act, or people, is a demand
    expect(
        "He appealed to the Supreme Court to overturn the ban.",
        Act::Demand,
        "",
        Some(""),
        "overturn the ban",
    );
    expect(
        "The president appealed to the rebels to lay down their arms.",
        Act::Demand,
        "",
        Some(""),
        "lay down their arms",
    );
}

#[test]
fn a_reporter_seeking_comment_demands_nothing() {
    none("A message left with a spokeswoman for the regulator seeking comment was not returned.");
    none("Reuters sought comment from the ministry.");
    none("The ministry was asked to comment on the report.");
    // a politician pressing another to answer in public demands it
    let c = first("The senator urged the governor to comment on the leaked memo.", Act::Demand);
    assert_eq!(c.addressee.unwrap().text, "the governor");
    assert_eq!(c.content.unwrap().text, "comment on the leaked memo");
}

#[test]
fn a_deed_called_a_wrong_is_no_acceptance() {
    let cs = claims("The suit claims the State Department illegally approved a presidential permit.");
    assert!(cs.iter().all(|c| c.act != Act::Accept), "{cs:?}");
    assert!(cs.iter().any(|c| c.act == Act::Accuse), "{cs:?}");
    first("The board approved the merger.", Act::Accept);
}

#[test]
fn a_question_claims_nothing() {
    none("\"We are ready today. Will you accept that offer?\" the senator asked on the floor.");
    none("\"Should we reject the plan? We will see,\" he said.");
    // a statement after a question still claims
    first("\"Why wait? We reject the plan,\" the senator said.", Act::Reject);
}

#[test]
fn a_memo_blasted_out_attacks_nobody() {
    none("The spokesman blasted out a memo to the press.");
    first("The senator blasted the plan.", Act::Accuse);
}

#[test]
fn an_act_put_off_or_avoided_is_not_done() {
    none("The senator suggested the speaker was delaying approving the new trade agreement.");
    none("The minister avoided condemning the attack.");
}

#[test]
fn declining_to_speak_to_the_press_refuses_nothing() {
    none("The finance minister declined to speak on his way to the meeting.");
    none("The company declined to respond to requests for comment.");
    // refusing to speak with a side refuses talks
    first("The rebels refused to speak with the government.", Act::Reject);
}

#[test]
fn suggesting_what_may_be_the_case_proposes_nothing() {
    none("He said the talks had stalled, suggesting the lenders might not want a deal.");
    none("She suggested the lenders might not want a deal.");
    no_act(
        "He said the cartel should cut prices, suggesting that military aid may be contingent on it.",
        Act::Propose,
    );
    first("He suggested that the talks could be held in Geneva.", Act::Propose);
    first("She suggested a new deal to the lenders.", Act::Propose);
    // (proposal nouns in the plural too)
    first("The mediators floated several ideas for a truce.", Act::Propose);
    first("The senator suggested two solutions to the budget standoff.", Act::Propose);
}

#[test]
fn what_endangers_a_good_thing_threatens_no_one() {
    none("The new chamber threatens their independence.");
    none("The drought threatens the harvest.");
    first("The union threatened a national strike.", Act::Warn);
}

#[test]
fn beliefs_about_another_side_s_act_and_participles_as_adjectives_claim_nothing() {
    // what someone believes another side will do is a forecast
    no_act("\u{201c}I believe the cabinet will accept her resignation,\u{201d} he said.", Act::Accept);
    no_act("The governor does not think the union will oppose the bill.", Act::Reject);
    // the speaker's own side still takes its stance
    first("\u{201c}I think we will reject this budget,\u{201d} the mayor said.", Act::Reject);
    // a participle between a verb and its noun describes the noun
    no_act("The general, who won disputed elections last year, spoke on Monday.", Act::Deny);
    no_act("The opposition rejected proposed changes to the constitution.", Act::Propose);
}

#[test]
fn a_plan_that_will_not_work_refuses_nothing() {
    no_act(
        "\u{201c}If they think they can stall, it simply won't work,\u{201d} the envoy said.",
        Act::Reject,
    );
    first("\u{201c}We will not work with this junta,\u{201d} the envoy said.", Act::Reject);
}

#[test]
fn a_quantity_after_a_report_gerund_is_its_object() {
    expect_exact(
        "Beijing is firmly opposed to Washington adding 40 firms to its blacklist.",
        Act::Reject,
        "China",
        "Washington adding 40 firms to its blacklist",
    );
}

#[test]
fn what_defies_logic_is_refused_by_no_one() {
    no_act("\"Jailing them defies logic and any sense of justice,\" the editor said.", Act::Reject);
    first("The protesters defied the curfew.", Act::Reject);
}

#[test]
fn a_proposal_from_someone_else_is_not_the_subject_s() {
    no_act(
        "The union leader said he filed proposals from Ford and Stellantis in a wastebasket.",
        Act::Propose,
    );
    first("The union made proposals to the company.", Act::Propose);
}

#[test]
fn an_obligation_denied_or_held_up_as_an_idea_asks_nothing() {
    no_act(
        "“Describing this as a pandemic does not mean that countries should give up,” he said.",
        Act::Demand,
    );
    no_act("“The idea that countries should stop testing is dangerous,” he said.", Act::Demand);
    first("“Countries should keep testing,” he said.", Act::Demand);
}

#[test]
fn a_deed_hoped_for_is_no_claim_of_the_one_hoped_to_do_it() {
    no_act(
        "“It is our hope that the panel will do the right thing and dismiss these officers,” the statement said.",
        Act::Reject,
    );
}

#[test]
fn backing_a_vehicle_out_supports_nothing() {
    no_act("The officer fired as she backed her car out of a parking spot.", Act::Accept);
    first("The senator backed the plan.", Act::Accept);
}

#[test]
fn a_base_form_inside_a_compound_after_a_singular_noun_is_no_verb() {
    no_act("The strike was called by bus drivers and school support staff.", Act::Accept);
    // a plural, a collective or a coordinated subject agrees with the base form
    first("Teachers support the plan.", Act::Accept);
    first("The police support the plan.", Act::Accept);
    first("The unions and the board support the merger.", Act::Accept);
}

#[test]
fn where_opens_no_relative_clause_of_a_subject() {
    none("Rain kept many voters at home along the coast, where support for the deal was strong.");
    // a subject of its own still acts
    first("The senators met in Geneva, where they demanded a ceasefire.", Act::Demand);
}

#[test]
fn ready_to_die_accepts_nothing() {
    no_act("The rebels said their fighters were ready to die defending their homeland.", Act::Accept);
    first("The rebels said they were willing to host talks.", Act::Accept);
}

#[test]
fn dismissing_a_person_removes_them_from_office() {
    no_act(
        "The chancellor said he had dismissed Karl Brenner, the leader of the junior partner.",
        Act::Reject,
    );
    no_act("The governor dismissed the health minister on Monday.", Act::Reject);
    // what someone said, or someone judged, is still dismissed as a claim
    first("The governor dismissed the health minister's proposal.", Act::Reject);
    first("The governor dismissed Brenner as a liar.", Act::Accuse);
}

#[test]
fn who_saw_a_document_is_not_its_author() {
    no_act("A draft seen by reporters said the port must be closed by Friday.", Act::Demand);
    let c = first(
        "A paper drafted by finance ministers and seen by reporters said Athens must cut pensions.",
        Act::Demand,
    );
    assert_eq!(c.actor.text, "finance ministers");
}
