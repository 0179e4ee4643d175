//! Coordinated actors and coordinated verbs and objects.
mod common;
use common::*;
use newsclaim_extract::Act;

#[test]
fn coordinated_actors() {
    expect(
        "NATO and USA reject Russian demands",
        Act::Reject,
        "NATO; United States",
        None,
        "Russian demands",
    );
    expect(
        "The G7 nations and the EU threaten Iran with tough new penalties.",
        Act::Warn,
        "G7; European Union",
        Some("Iran"),
        "tough new penalties",
    );
    expect(
        "Both Armenian and Azerbaijani officials have dismissed the notion that the border guards could open fire.",
        Act::Deny,
        "Armenia; Azerbaijan",
        None,
        "the notion that the border guards could open fire",
    );
    expect(
        "France, Germany and Italy condemned the coup in Niger.",
        Act::Accuse,
        "France; Germany; Italy",
        None,
        "the coup in Niger",
    );
}

#[test]
fn coordinated_verbs_give_two_claims() {
    let text = "Serbia demands a written pledge not to recognise Kosovo, and demands the withdrawal of foreign police from the north.";
    let cs = claims(text);
    let demands: Vec<_> = cs.iter().filter(|c| c.act == Act::Demand && c.actor.is("Serbia")).collect();
    assert_eq!(demands.len(), 2, "{cs:?}");
    assert_eq!(demands[0].content.as_ref().unwrap().text, "a written pledge not to recognise Kosovo");
    assert_eq!(demands[1].content.as_ref().unwrap().text, "the withdrawal of foreign police from the north");
    expect("Beijing is seeking an end to US arms sales to Taiwan and is raising pressure by seeking firm assurances.", Act::Demand, "China", None, "firm assurances");
    expect_exact("Beijing is seeking an end to US arms sales to Taiwan and is raising pressure by seeking firm assurances.", Act::Demand, "China", "an end to US arms sales to Taiwan");
    expect("The British government has in principle signalled openness to dialogue, but at the same time firmly rejected Argentina’s demands.", Act::Reject, "United Kingdom", None, "Argentina’s demands");
    expect(
        "Seoul welcomed the talks but rejected Pyongyang's conditions.",
        Act::Reject,
        "South Korea",
        None,
        "Pyongyang's conditions",
    );
}

#[test]
fn coordinated_infinitives_give_two_claims() {
    let text = "Western countries demand Belarus to pull its units back from the border with Lithuania, and to “reduce” tensions with Vilnius.";
    let cs: Vec<_> = claims(text).into_iter().filter(|c| c.act == Act::Demand).collect();
    assert_eq!(cs.len(), 2, "{cs:?}");
    assert!(cs[1].content.as_ref().unwrap().text.contains("reduce"));
    let text = "Serbia called on NATO to withdraw its troops and vehicles from northern Kosovo and permanently block Kosovo from becoming a member.";
    let cs: Vec<_> = claims(text).into_iter().filter(|c| c.act == Act::Demand).collect();
    assert_eq!(cs.len(), 2, "{cs:?}");
    assert_eq!(cs[0].content.as_ref().unwrap().text, "withdraw its troops and vehicles from northern Kosovo");
    assert!(cs[1].content.as_ref().unwrap().text.starts_with("permanently block Kosovo"));
    assert_eq!(cs[1].addressee.as_ref().unwrap().norms, ["NATO"]);
}

#[test]
fn content_stops_at_a_second_verb() {
    expect_exact("NATO Secretary-General Mark Rutte on Tuesday categorically rejected Moscow’s demands for the removal of Finland and stressed a strong partnership with Helsinki.", Act::Reject, "NATO", "Moscow’s demands for the removal of Finland");
    expect_exact(
        "Egypt rejected the plan, saying it would destabilise the region.",
        Act::Reject,
        "Egypt",
        "the plan",
    );
    expect_exact(
        "Nigeria rejected the plan, which it called unworkable.",
        Act::Reject,
        "Nigeria",
        "the plan",
    );
}

#[test]
fn coordinated_verbs_after_a_time_phrase() {
    expect(
        "Turkish President Tayyip Erdogan on Wednesday accused Israel of war crimes and called for an international peace conference.",
        Act::Demand,
        "Turkey",
        None,
        "an international peace conference",
    );
}

#[test]
fn coordinated_verbs_after_unknown_verbs_and_mixed_actor_phrases() {
    expect(
        "Russia's Foreign Ministry on Friday summoned the US ambassador and demanded an explanation.",
        Act::Demand,
        "Russia",
        None,
        "an explanation",
    );
    expect(
        "Syria's government and Kurdish-led forces agreed to a ceasefire.",
        Act::Accept,
        "Syria",
        None,
        "a ceasefire",
    );
}

#[test]
fn asides_inside_contents_are_kept_when_the_clause_goes_on() {
    expect_exact(
        "Serbia called on NATO to permanently block Kosovo, a former Serbian province, from becoming a member.",
        Act::Demand,
        "Serbia",
        "permanently block Kosovo, a former Serbian province, from becoming a member",
    );
    expect_exact(
        "Both Armenian and Azerbaijani officials have dismissed the notion that the brigades, which are taking part in exercises, could open fire.",
        Act::Deny,
        "Armenia; Azerbaijan",
        "the notion that the brigades, which are taking part in exercises, could open fire",
    );
}

#[test]
fn relations_to_a_side_are_not_that_side() {
    let c = find("Ukraine's allies pledged to provide more air defence systems.", Act::Accept, "");
    assert_eq!(c.actor.text, "Ukraine's allies");
    expect("NATO's members rejected the plan.", Act::Reject, "NATO", None, "the plan");
    // lenders to a state are not that state
    let c = first("The premier criticised Portugal's creditors for rejecting his proposals.", Act::Accuse);
    assert_eq!(c.addressee.as_ref().map(|a| a.norms.len()), Some(0));
}

#[test]
fn a_coordinated_verb_belongs_to_the_main_clause() {
    let text = "Japanese Foreign Minister Yoko Kamikawa said Russia had violated the treaty and warned that Tokyo would respond.";
    let c = find(text, Act::Warn, "Japan");
    assert_eq!(c.actor.text, "Japanese Foreign Minister Yoko Kamikawa");
}

#[test]
fn alternatives_in_a_question_are_no_acts() {
    no_act(
        "Peru's president will review the budget before choosing whether to sign or to veto it.",
        Act::Reject,
    );
    no_act(
        "Chile's president declined to say whether he supports or opposes the pension reform.",
        Act::Reject,
    );
}

#[test]
fn a_coordinated_verb_after_a_long_aside_shares_the_subject_of_the_verb_it_continues() {
    let text = "Ilse Varga — whose father, also as governor, expanded the program — promised to \
                protect the clinics and hammered Bevin on his plan for work requirements.";
    let c = claims(text).into_iter().find(|c| c.act == Act::Accuse).expect("an accusation");
    assert_eq!(c.actor.text, "Ilse Varga");
    assert_eq!(c.addressee.map(|a| a.text).as_deref(), Some("Bevin"));
}

#[test]
fn an_emphatic_pronoun_after_the_subject() {
    let c = claims("Ilse Varga herself posted a message that accused the mayor of lying.")
        .into_iter()
        .find(|c| c.act == Act::Accuse)
        .expect("an accusation");
    assert_eq!(c.actor.text, "Ilse Varga");
}

#[test]
fn a_participle_sharing_the_perfect_of_a_reported_clause_continues_it() {
    let text = "Ilse Varga wrote that the mayor had called her and pressed her to drop the inquiry.";
    let c = claims(text).into_iter().find(|c| c.act == Act::Demand).expect("a demand");
    assert_eq!(c.actor.text, "the mayor");
    // a verb that reports in turn belongs to the main clause
    let text = "Ilse Varga said the port authority had broken the accord and warned that fines would follow.";
    let c = claims(text).into_iter().find(|c| c.act == Act::Warn).expect("a warning");
    assert_eq!(c.actor.text, "Ilse Varga");
}

#[test]
fn after_a_verb_of_recounting_the_one_recounted_acts() {
    let c = claims("Ilse Varga describes the mayor asking her to drop the inquiry.")
        .into_iter()
        .find(|c| c.act == Act::Demand)
        .expect("a demand");
    assert_eq!(c.actor.text, "the mayor");
}

#[test]
fn after_despite_or_amid_the_gerund_s_own_subject_acts() {
    let c =
        first("The premier said the plan would go ahead despite the regulator rejecting it.", Act::Reject);
    assert_eq!(c.actor.text, "the regulator");
    let c = first("The vote was held amid the unions demanding a recount.", Act::Demand);
    assert_eq!(c.actor.text, "the unions");
}

#[test]
fn how_often_between_subject_and_verb() {
    let c = find("Senator Ilse Varga several times asked the mayor to resign.", Act::Demand, "Ilse Varga");
    assert_eq!(c.actor.text, "Senator Ilse Varga");
}

#[test]
fn a_coordinated_verb_goes_on_with_a_reported_report() {
    // the memo's writer reports what the minister said and asked: the asking is the minister's
    let text = "In the memo, the aide wrote that Minister Ivan Petrov told him the general had done nothing wrong and asked him to end the inquiry.";
    let c = claims(text).into_iter().find(|c| c.act == Act::Demand).expect("a demand");
    assert_eq!(c.actor.text, "Minister Ivan Petrov");
    assert!(c.content.is_some_and(|p| p.text.starts_with("end the inquiry")));
}

#[test]
fn a_plural_subject_in_the_present_before_a_coordinated_verb() {
    // "say" is a plural subject's present tense, so "call" after "and" shares the subject
    let text = "Democrats say the argument fails and call the bill \"toxic\" legislation that allows discrimination.";
    let c = find(text, Act::Accuse, "Democratic Party");
    assert_eq!(c.content.map(|p| p.text).as_deref(), Some("the bill"));
    // an intransitive claim verb before "and" has no content rather than the next verb phrase
    let text = "Democrats disagree and call the bill \"toxic\" legislation that allows discrimination.";
    let reject = claims(text).into_iter().find(|c| c.act == Act::Reject).expect("the disagreement");
    assert!(reject.content.is_none());
}

#[test]
fn a_coordinated_clause_past_an_aside_is_a_claim_of_its_own() {
    let text = "“I supported the plan to fund the port and, like most of the council, I support \
                the mayor’s budget,” Senator Ann Cole said.";
    let cs = claims(text);
    let accepts: Vec<_> = cs.iter().filter(|c| c.act == Act::Accept).collect();
    assert_eq!(accepts.len(), 2, "{cs:#?}");
    assert!(accepts.iter().any(|c| c.content.as_ref().unwrap().text == "the mayor’s budget"));
}

#[test]
fn a_second_participle_with_a_claim_of_its_own() {
    let text = "Peru recalled its ambassador, accusing Chile of spying and demanding an apology.";
    let accusation = find(text, Act::Accuse, "Peru");
    assert_eq!(accusation.content.map(|p| p.text), Some("spying".into()));
    let demand = find(text, Act::Demand, "Peru");
    assert_eq!(demand.content.map(|p| p.text), Some("an apology".into()));
    // gerunds without a claim stay one content
    let c = find("Peru accused Chile of lying and cheating.", Act::Accuse, "Peru");
    assert_eq!(c.content.map(|p| p.text), Some("lying and cheating".into()));
}

#[test]
fn a_verb_taking_the_reports_own_object_continues_the_report() {
    let text = "The aide wrote that Minister Ivan Petrov told him Flynn had done nothing wrong and asked him to end the inquiry.";
    let c = claims(text).into_iter().find(|c| c.act == Act::Demand).expect("a demand");
    assert_eq!(c.actor.text, "Minister Ivan Petrov");
}

#[test]
fn a_spokesman_for_a_body_is_the_subject_a_second_verb_shares() {
    let c = first("A spokesman for the ministry declined to comment but denied the allegations.", Act::Deny);
    assert_eq!(c.actor.text, "A spokesman for the ministry");
    assert_eq!(c.content.as_ref().map(|p| &*p.text), Some("the allegations"));
    let c = first(
        "A spokesman for the ministry declined to comment but said the allegations were false.",
        Act::Deny,
    );
    assert_eq!(c.actor.text, "A spokesman for the ministry");
}

#[test]
fn a_clause_with_its_own_subject_after_a_comma_and_ends_the_verb_phrase() {
    let text = "Three mayors called on the governor to veto it, and large employers like Acme, Globex and Initech all wrote to the governor.";
    let c = first(text, Act::Demand);
    assert_eq!(c.content.as_ref().map(|p| &*p.text), Some("veto it"));
    // a verb phrase going on is still the content
    let c = first("The senators urged the governor to veto the bill, and sign the other one.", Act::Demand);
    assert!(c.content.as_ref().is_some_and(|p| p.text.starts_with("veto the bill")), "{c:?}");
}

#[test]
fn two_people_named_together_make_the_claim_together() {
    let c = first("Senators Ann Cole and Tom Reed accused the agency of stalling.", Act::Accuse);
    assert_eq!(c.actor.text, "Senators Ann Cole and Tom Reed");
    assert_eq!(norm(&c.actor), "Ann Cole; Tom Reed");
    // one person after "and" in a longer list of things is still one person
    let c = first("After the vote and Tom Reed's speech, Ann Cole demanded a recount.", Act::Demand);
    assert_eq!(norm(&c.actor), "Ann Cole");
}

#[test]
fn a_past_verb_after_a_present_reported_clause_goes_on_with_the_report() {
    let c = first(
        "The envoy said the \"new approach\" of the fund is not acceptable to Peru and accused the bank of bias.",
        Act::Accuse,
    );
    assert_eq!(c.actor.text, "The envoy");
    // the clause reported is in the progressive: the urging is still the envoy's
    let c = first("The envoy said the rebels are regrouping and urged calm.", Act::Demand);
    assert_eq!(c.actor.text, "The envoy");
}

#[test]
fn a_bare_verb_after_a_condition_or_a_subjunctive_is_no_act() {
    // one more thing the condition asks, not a proposal by the union or the airline
    let cs = claims(
        "The airline said it would withdraw the offer unless the union agreed to delay the strike, set for May 3, and recommend the deal to its members.",
    );
    assert!(cs.iter().all(|c| c.act != Act::Propose), "no proposal expected");
    assert!(cs.iter().any(|c| c.act == Act::Warn), "the airline's condition warns");
    // the conditions spelled out: what the union was asked to do
    let cs = claims(
        "The union refused the attached conditions -- that it call off the strike and endorse the plan.",
    );
    assert!(cs.iter().all(|c| c.act != Act::Accept), "no acceptance expected");
}

#[test]
fn a_second_participle_after_a_verb_of_wrongdoing_belongs_to_the_subject() {
    let c = first(
        "Federal troops pushed towards the city, ignoring appeals for talks and denying they were targeting civilians.",
        Act::Deny,
    );
    assert_eq!(c.actor.text, "Federal troops");
}

#[test]
fn two_verbs_share_the_object_after_the_second() {
    let cs = claims("Peru condemned and rejected the sanctions.");
    let accuse = cs.iter().find(|c| c.act == Act::Accuse).expect("an accusation");
    assert_eq!(accuse.content.as_ref().map(|p| &*p.text), Some("the sanctions"));
    assert!(cs.iter().any(|c| c.act == Act::Reject), "{cs:?}");
    // a verb with an object of its own keeps it
    expect_exact("Peru rejected the plan and urged talks.", Act::Reject, "Peru", "the plan");
}

#[test]
fn a_participle_after_the_main_clause_past_a_fronted_clause_is_the_main_subject_s() {
    // "shot down" is a verb the clause reader knows: the main clause opens at "Reid"
    let c = first(
        "While Obama has called on Congress to pass the bill, Reid shot down the effort, accusing McConnell of a stunt.",
        Act::Accuse,
    );
    assert_eq!(c.actor.text, "Reid");
}

#[test]
fn a_second_clause_reported_ends_the_content() {
    let c = first(
        "The statement said the ministry calls on the rebels to respect the truce, and that the rebels bear responsibility.",
        Act::Demand,
    );
    assert_eq!(c.content.as_ref().map(|p| &*p.text), Some("respect the truce"));
    let c = first("The ministry issued a statement. We condemn the raid and warn that they will pay, reads the statement.", Act::Accuse);
    assert_eq!(c.content.as_ref().map(|p| &*p.text), Some("the raid"));
}

#[test]
fn a_second_verb_with_its_preposition_shares_the_object() {
    let c = first(
        "\"We strongly condemn and sternly warn against the provocative drills of the navy,\" the spokesman said.",
        Act::Accuse,
    );
    assert_eq!(c.content.as_ref().map(|p| &*p.text), Some("the provocative drills of the navy"));
    // (not a preposition of another sense: "warned of" the consequences is no object condemned)
    let c = first("The ministry condemned and warned of the consequences.", Act::Warn);
    assert_eq!(c.content.as_ref().map(|p| &*p.text), Some("the consequences"));
}

#[test]
fn a_fronted_clause_ends_at_its_comma() {
    expect_exact(
        "After the rebels accepted the proposal, the talks resumed.",
        Act::Accept,
        "",
        "the proposal",
    );
    expect_exact(
        "The envoy said that \"once the rebels have accepted the truce, the ball is in the army's court.\"",
        Act::Accept,
        "",
        "the truce",
    );
}

#[test]
fn a_relative_clause_content_ends_before_the_main_verb() {
    expect_exact(
        "Many senators who opposed the bill called it a slippery slope.",
        Act::Reject,
        "",
        "the bill",
    );
    expect_exact(
        "The senators, who rejected the plan proposed by the governor, left.",
        Act::Reject,
        "",
        "the plan proposed by the governor",
    );
}

#[test]
fn two_adjectives_joined_by_but_are_one_object() {
    let c = first("The union accepted a small but significant raise.", Act::Accept);
    assert_eq!(c.content.as_ref().map(|p| &*p.text), Some("a small but significant raise"));
    // a second verb after "but" still ends the object
    let c = first("The union rejected the offer but accepted talks.", Act::Reject);
    assert_eq!(c.content.as_ref().map(|p| &*p.text), Some("the offer"));
}

#[test]
fn dropping_an_objection_one_decided_to_drop_accepts() {
    let c = first("The states decided late Wednesday to drop their opposition to the plan.", Act::Accept);
    assert_eq!(c.actor.text, "The states");
    assert_eq!(c.content.as_ref().map(|p| &*p.text), Some("the plan"));
}

#[test]
fn a_named_actor_with_a_verb_of_its_own_ends_the_content_before_it() {
    let text = "The Kremlin spokesman called on Germany for a full exchange of information and \
                spokeswoman Maria Zakharova complained the allegations were not backed up by evidence.";
    expect_exact(text, Act::Demand, "Russia", "a full exchange of information");
    // a pair of addressees stays whole
    expect(
        "Russia demanded that Ukraine and Georgia stay out of NATO.",
        Act::Demand,
        "Russia",
        Some("Ukraine; Georgia"),
        "Ukraine and Georgia stay out of NATO",
    );
}

#[test]
fn an_adverb_and_a_participle_after_and_describe_the_object() {
    let cs = claims(
        "Malta refused to take in the migrants rescued by the charity and currently held aboard its ship.",
    );
    assert_eq!(cs.len(), 1, "{cs:#?}");
    // an adverb and a base verb open a second thing refused
    let cs = claims("The union urged members to reject the offer and quickly return to work.");
    assert!(
        cs.iter().any(|c| c.content.as_ref().is_some_and(|p| p.text == "quickly return to work")),
        "{cs:#?}"
    );
}

#[test]
fn a_noun_that_can_be_a_verb_ending_the_clause_is_coordinated_with_the_noun() {
    let cs = claims("The ministry urged Oslo to respect international law and order.");
    assert_eq!(cs.len(), 1, "{cs:#?}");
    assert_eq!(cs[0].content.as_ref().map(|p| &*p.text), Some("respect international law and order"));
}

#[test]
fn two_office_holders_each_with_their_side_before_the_office_speak_together() {
    let cs = claims("Kenyan President Ruth Wanjiru and Ugandan Prime Minister Tom Okello rejected the levy.");
    let c = cs.iter().find(|c| c.act == Act::Reject).expect("a rejection");
    assert_eq!(c.actor.text, "Kenyan President Ruth Wanjiru and Ugandan Prime Minister Tom Okello");
}

#[test]
fn a_pair_of_office_holders_is_one_group_though_the_second_has_a_place_after_the_name() {
    let c = first(
        "Mayor Ann Lurie and Senator Tom Okello of Sandbury had urged the two sides to keep talking.",
        Act::Demand,
    );
    assert_eq!(c.actor.text, "Mayor Ann Lurie and Senator Tom Okello of Sandbury");
}

#[test]
fn two_companies_or_unknown_names_joined_by_and_speak_together() {
    let c = first("Acme Corp and Zenith Ltd rejected the fine.", Act::Reject);
    assert_eq!(c.actor.text, "Acme Corp and Zenith Ltd");
    let c = first("Honda and Mazda have agreed to expand their recalls.", Act::Accept);
    assert_eq!(c.actor.text, "Honda and Mazda");
}

#[test]
fn an_institution_of_fields_listed_with_commas_is_one_actor() {
    let c = first(
        "Kenya's Ministry of Agriculture, Fisheries and Livestock has unveiled a plan to cut tariffs.",
        Act::Propose,
    );
    assert_eq!(c.actor.text, "Kenya's Ministry of Agriculture, Fisheries and Livestock");
}

#[test]
fn the_same_verb_again_after_and_has_the_same_subject() {
    let cs = claims(
        "The league president has threatened to expel all clubs involved from the cup and also threatened to ban the players from the national teams.",
    );
    let warns: Vec<_> = cs.iter().filter(|c| c.act == Act::Warn).collect();
    assert_eq!(warns.len(), 2, "{cs:?}");
    assert!(warns.iter().all(|c| c.actor.text == "The league president"), "{cs:?}");
}

#[test]
fn a_charge_after_of_goes_on_with_a_gerund() {
    expect(
        "Opposition parties accused the prime minister of corruption and abandoning the rule of law.",
        Act::Accuse,
        "",
        Some(""),
        "corruption and abandoning the rule of law",
    );
    // a second participle with a claim of its own is still its own claim
    expect(
        "Beijing accused Manila of provocation and demanding an apology.",
        Act::Accuse,
        "China",
        Some("Philippines"),
        "provocation",
    );
}

#[test]
fn a_quantifier_with_its_own_verb_after_and_opens_a_clause() {
    expect_exact(
        "Other countries condemned the air strikes and some, such as Turkey, urged both sides to show restraint.",
        Act::Accuse,
        "",
        "the air strikes",
    );
    expect_exact(
        "Other countries condemned the air strikes and some urged restraint.",
        Act::Accuse,
        "",
        "the air strikes",
    );
}

#[test]
fn two_clauses_each_after_that_are_two_demands() {
    let cs = claims("Protesters demanded that the officers be prosecuted and that the mayor resign.");
    let contents: Vec<&str> = cs.iter().filter_map(|c| c.content.as_ref().map(|p| &*p.text)).collect();
    assert_eq!(contents, ["the officers be prosecuted", "the mayor resign"]);
    // "and that is …": a demonstrative, not a second clause asked for
    expect_exact(
        "The leaders alleged that the defeat was certain and that is why the party attacked them.",
        Act::Accuse,
        "",
        "the defeat was certain and that is why the party attacked them",
    );
}

#[test]
fn a_definite_subject_with_its_own_verb_after_and_ends_the_content() {
    expect_exact(
        "The union declined to put the offer to its members and the city asked the ministry to force a vote.",
        Act::Reject,
        "",
        "put the offer to its members",
    );
    // a condition opening the content goes on with its main clause
    expect_exact(
        "The students warned if the demand was not met, the protest would continue.",
        Act::Warn,
        "",
        "if the demand was not met, the protest would continue",
    );
}

#[test]
fn a_state_reported_in_the_past_hands_the_next_verb_back_to_the_reporter() {
    let c = first(
        "His father said his son had a permit for the gun and called on the police to clear his name.",
        Act::Demand,
    );
    assert_eq!(c.actor.text, "His father");
    // a pluperfect goes on with its own subject
    let c = first("She said the minister had met the strikers and called for talks.", Act::Demand);
    assert_eq!(c.actor.text, "the minister");
}

#[test]
fn a_second_verb_after_a_comma_and_then_shares_the_subject() {
    expect(
        "The miners gathered outside the ministry, then condemned the closures.",
        Act::Accuse,
        "",
        None,
        "the closures",
    );
}

#[test]
fn a_present_verb_before_and_makes_calls_for_a_verb() {
    expect(
        "The bloc condemns his detention and calls for his immediate release.",
        Act::Demand,
        "",
        None,
        "his immediate release",
    );
}

#[test]
fn the_same_auxiliary_again_goes_on_with_the_reported_subject() {
    let c = first(
        "The union leader said General Motors, Ford and Stellantis have raised their initial wage offers, but have rejected some of the union's other demands.",
        Act::Reject,
    );
    assert_eq!(c.actor.text, "Ford and Stellantis");
}

#[test]
fn a_second_reported_clause_ends_the_first_claims_content() {
    expect_exact(
        "The mayor said that he would not resign and that he was confident he had broken no rule.",
        Act::Reject,
        "",
        "resign",
    );
    expect_exact(
        "The senator said that she rejected the plan and that the talks were over.",
        Act::Reject,
        "",
        "the plan",
    );
    // "the talks were over" is said, not rejected
    let cs = claims("The senator said that she rejected the plan and that the talks were over.");
    assert_eq!(cs.iter().filter(|c| c.act == Act::Reject).count(), 1, "{cs:#?}");
}

#[test]
fn a_verb_going_on_with_an_alleged_deed_is_no_claim() {
    // "pushed for" continues what the claims allege the candidate did
    let cs = claims(
        "The campaign denied claims that the candidate refused to debate and pushed for longer breaks.",
    );
    assert!(cs.iter().any(|c| c.act == Act::Deny), "{cs:#?}");
    assert!(!cs.iter().any(|c| c.act == Act::Demand), "{cs:#?}");
}

#[test]
fn two_lawmakers_with_their_states_in_brackets_speak_together() {
    let c = first(
        "Senators Ann Holt (R-Ariz.) and Dale Price (R-S.C.) said they would block the nomination.",
        Act::Reject,
    );
    let name = c.actor.name();
    assert!(name.contains("Ann Holt") && name.contains("Dale Price"), "{c:#?}");
    assert_eq!(c.actor.norms, ["Republican Party"]);
}

#[test]
fn accusing_one_of_a_deed_and_another_of_another_is_two_accusations() {
    let cs = claims("The union accused the government of attacking the right to strike and the watchdog of being too slow.");
    let accusations: Vec<_> = cs.iter().filter(|c| c.act == Act::Accuse).collect();
    assert_eq!(accusations.len(), 2, "{cs:#?}");
    assert_eq!(accusations[0].addressee.as_ref().map(|a| &*a.text), Some("the government"));
    assert_eq!(accusations[0].content.as_ref().map(|p| &*p.text), Some("attacking the right to strike"));
    assert_eq!(accusations[1].addressee.as_ref().map(|a| &*a.text), Some("the watchdog"));
    assert_eq!(accusations[1].content.as_ref().map(|p| &*p.text), Some("being too slow"));
    // a department's name is no second deed
    let cs =
        claims("The complaint accused the city of violating an agreement with the Department of Housing.");
    assert_eq!(cs.iter().filter(|c| c.act == Act::Accuse).count(), 1, "{cs:#?}");
}

#[test]
fn a_second_duty_after_a_comma_is_asked_of_the_same_subject() {
    let cs = claims(
        "Authorities in Freedonia should stop harassing reporters, and must cease using emergency laws to silence the press, the group said on Monday.",
    );
    let second = cs
        .iter()
        .find(|c| c.content.as_ref().is_some_and(|p| p.text.starts_with("must cease")))
        .unwrap_or_else(|| panic!("{cs:#?}"));
    assert_eq!(second.act, Act::Demand);
    assert_eq!(second.addressee.as_ref().map(|a| a.text.as_ref()), Some("Authorities in Freedonia"));
    assert_eq!(
        second.content.as_ref().map(|p| p.text.as_ref()),
        Some("must cease using emergency laws to silence the press")
    );
    // a thing asked to be done, read with the clause that names it
    let c = first(
        "The two states sued on Thursday, saying that the shops were selling to buyers from out of state and should be closed.",
        Act::Demand,
    );
    assert_eq!(
        c.content.as_ref().map(|p| p.text.as_ref()),
        Some("the shops were selling to buyers from out of state and should be closed")
    );
    // no claim is ever left without its content
    for text in [
        "The minister said the talks had gone well, and should resume next week.",
        "The senator has apologized for the remarks, but needs to do so again, her rival said.",
    ] {
        assert!(claims(text).iter().all(|c| c.content.is_some()), "{text}");
    }
}

#[test]
fn the_same_auxiliary_after_a_comma_goes_on_with_its_first_subject() {
    let c = first(
        "House Republicans are furious with the senator for conceding that the bill to defund Medicare would fail, and are accusing him of surrendering the fight.",
        Act::Accuse,
    );
    assert_eq!(c.actor.text, "House Republicans");
}

#[test]
fn a_participle_after_a_comma_and_an_adverb_opens_a_claim_of_its_own() {
    let cs = claims("The premier rejected the opposition demand, instead proposing an interim government.");
    let reject = cs.iter().find(|c| c.act == Act::Reject).unwrap_or_else(|| panic!("{cs:#?}"));
    assert_eq!(reject.content.as_ref().map(|p| p.text.as_ref()), Some("the opposition demand"));
    let propose = cs.iter().find(|c| c.act == Act::Propose).unwrap_or_else(|| panic!("{cs:#?}"));
    assert_eq!(propose.content.as_ref().map(|p| p.text.as_ref()), Some("an interim government"));
    let c = first("The union rejected the offer, also calling for a strike.", Act::Reject);
    assert_eq!(c.content.as_ref().map(|p| p.text.as_ref()), Some("the offer"));
}

#[test]
fn one_named_and_others_of_its_kind_act_together() {
    let c = first("The Green Party and two other opposition parties rejected the results.", Act::Reject);
    assert_eq!(c.actor.text, "The Green Party and two other opposition parties");
    let c = first("The mayor and other officials denounced the attack.", Act::Accuse);
    assert_eq!(c.actor.text, "The mayor and other officials");
}

#[test]
fn a_name_and_an_office_holder_are_asked_together() {
    let c = first("The groups asked Ana Ruiz and Minority Leader Tom Berg to drop the bill.", Act::Demand);
    assert_eq!(c.addressee.map(|a| a.text).as_deref(), Some("Ana Ruiz and Minority Leader Tom Berg"));
}

#[test]
fn institutions_listed_with_their_articles_speak_together() {
    let c =
        first("The Mining Bureau and the Coast Guard asked the operator to halt all drilling.", Act::Demand);
    assert_eq!(c.actor.text, "The Mining Bureau and the Coast Guard");
    let c = first(
        "In a joint letter, the Mining Bureau, the Coast Guard and the Energy Department asked the operator to halt all drilling.",
        Act::Demand,
    );
    assert_eq!(c.actor.text, "the Mining Bureau, the Coast Guard and the Energy Department");
}

#[test]
fn a_clause_after_but_that_opens_with_a_name_is_no_second_request() {
    let cs = claims(
        "Lawyers for the campers asked a judge to let them stay, but State Judge Ann Cole rejected the request.",
    );
    assert_eq!(cs.iter().filter(|c| c.act == Act::Demand).count(), 1, "{cs:?}");
    let c = find(
        "Lawyers for the campers asked a judge to let them stay, but State Judge Ann Cole rejected the request.",
        Act::Reject,
        "Ann Cole",
    );
    assert_eq!(c.content.map(|p| p.text).as_deref(), Some("the request"));
}

#[test]
fn one_named_with_a_count_of_its_kind() {
    let c = first("Portugal and three regional allies demanded the closure of the camps.", Act::Demand);
    assert_eq!(c.actor.text, "Portugal and three regional allies");
    assert_eq!(norm(&c.actor), "Portugal");
}

#[test]
fn as_did_others_makes_the_claim_again() {
    let text = "Chile condemned the shelling, as did Peru.";
    let c = claims(text);
    assert!(c.iter().any(|c| c.act == Act::Accuse && c.actor.text == "Chile"));
    let again = c.iter().find(|c| c.actor.text == "Peru").expect("Peru's claim");
    assert_eq!(again.act, Act::Accuse);
    assert_eq!(again.rule, "as-did");
    // the names after a description are the ones named
    let text =
        "The governor said the sheriff should resign, as did the county's two judges, Ann Roe and Li Park.";
    assert!(claims(text).iter().any(|c| c.rule == "as-did" && c.actor.text == "Ann Roe and Li Park"));
    // a sentence going on after them is no such list
    assert!(claims("The mayor rejected the plan, as did most residents, who marched on Sunday.")
        .iter()
        .all(|c| c.rule != "as-did"));
}
