//! Constructions met in real news (phenomena from the development sets, sentences invented).

mod common;
use common::*;
use newsclaim_extract::Act;

#[test]
fn a_reflexive_after_the_subject() {
    let c = expect(
        "Ortega himself called on the bishops to leave the country.",
        Act::Demand,
        "",
        Some(""),
        "leave",
    );
    assert_eq!(c.actor.text, "Ortega");
}

#[test]
fn party_and_state_tags_after_a_legislator() {
    let actor_of = |text: &str, act: Act| {
        claims(text).into_iter().find(|c| c.act == act).map(|c| c.actor.text.into_owned()).unwrap_or_default()
    };
    assert_eq!(
        actor_of("Sen. Mara Holt, D-Ore., said the agency must release the records.", Act::Demand),
        "Sen. Mara Holt"
    );
    assert_eq!(actor_of("Rep. Dan Ruiz (R-Texas) rejected the amendment.", Act::Reject), "Rep. Dan Ruiz");
}

#[test]
fn a_time_phrase_between_addressee_and_infinitive() {
    expect(
        "Kenya encouraged Uganda on Sunday to reopen the border crossing.",
        Act::Demand,
        "Kenya",
        Some("Uganda"),
        "reopen the border crossing",
    );
}

#[test]
fn subjunctives_the_lexicon_does_not_know() {
    expect(
        "Brazil is insisting that the bank reschedule the payments.",
        Act::Demand,
        "Brazil",
        None,
        "the bank reschedule the payments",
    );
}

#[test]
fn verbs_that_lead_into_the_claim() {
    expect("Egypt then went on to demand a full inquiry.", Act::Demand, "Egypt", None, "a full inquiry");
    expect("Norway was quick to reject the offer.", Act::Reject, "Norway", None, "the offer");
    expect("Norway was forced to deny the reports.", Act::Deny, "Norway", None, "the reports");
    expect("Norway felt compelled to reject the offer.", Act::Reject, "Norway", None, "the offer");
    // what one could be made to do is not done
    none("Norway could be forced to accept the offer.");
    // done without hesitation is done; hesitating is not
    expect("Norway did not hesitate to reject the offer.", Act::Reject, "Norway", None, "the offer");
    let c = first("Norway didn't hesitate to reject the offer.", Act::Reject);
    assert!(!c.negated);
    none("Norway hesitated to reject the offer.");
    expect(
        "Iceland took to the floor of the assembly on Friday to oppose the resolution.",
        Act::Reject,
        "Iceland",
        None,
        "the resolution",
    );
    let text = "Senator Ana Cole was the first Democrat to call on the minister to resign.";
    let c = claims(text).into_iter().find(|c| c.act == Act::Demand).expect("a demand");
    assert_eq!(c.actor.text, "Senator Ana Cole");
    // a purpose that is not a claim stays out
    none("The delegation took the train to reach the border.");
}

#[test]
fn a_participle_after_in_or_including() {
    expect(
        "Portugal joined several other states on Tuesday in calling on Angola to free the activists.",
        Act::Demand,
        "Portugal",
        Some("Angola"),
        "free the activists",
    );
}

#[test]
fn what_a_lawsuit_says_accuses() {
    let c = expect(
        "The lawsuit says the company dumped waste into the river for a decade.",
        Act::Accuse,
        "",
        None,
        "the company dumped waste",
    );
    assert_eq!(c.actor.text, "The lawsuit");
    assert_eq!(c.rule, "document-allegation");
    // a document's own claim verb wins
    let c = find("The complaint demands that the city repay the fines.", Act::Demand, "");
    assert_eq!(c.actor.text, "The complaint");
}

#[test]
fn conditional_threats_warn() {
    expect(
        "Ghana's president said he would impose tariffs on imported rice if no deal is reached by March.",
        Act::Warn,
        "Ghana",
        None,
        "impose tariffs",
    );
    let text = "“If they attack our ships, they will pay a heavy price,” Iran's navy commander said.";
    expect(text, Act::Warn, "Iran", None, "pay a heavy price");
    // hypotheses and questions are not threats
    no_act("The minister said he would look foolish if he changed his mind.", Act::Warn);
    no_act("Chile did not say whether it would leave the pact if the talks failed.", Act::Warn);
    // a subject that undergoes the consequence, or is only described, threatens nobody ...
    no_act("If Peru closes the border, Chilean forces will also face reprisal attacks.", Act::Warn);
    no_act("Unless the talks resume, Lima will look like a ghost town.", Act::Warn);
    // ... unless a speaker says it
    expect(
        "“If they attack us, they will face a crushing response,” Chile's defence minister said.",
        Act::Warn,
        "Chile",
        None,
        "face a crushing response",
    );
    // a concession is no condition
    no_act("Peru will close its ports, even if Chile does not sign the deal.", Act::Warn);
    // actors that act on a condition still warn
    expect(
        "Unless the talks resume, Iran will enrich uranium to 90 percent.",
        Act::Warn,
        "Iran",
        None,
        "enrich",
    );
    // a response the speaker will have "no choice but" to make is threatened; the forced deed
    // is the content
    expect_exact(
        "“If the agency keeps withholding the files, this committee will have no alternative but to hold you in contempt,” the chairman wrote.",
        Act::Warn,
        "",
        "hold you in contempt",
    );
    // an actor "forced to" respond threatens; a hardship or a reproach does not
    expect_exact(
        "“If Lisbon adopts any new levies, Morocco will be forced to take countermeasures,” the trade minister said.",
        Act::Warn,
        "",
        "take countermeasures",
    );
    no_act("She said that if the trial failed, doctors would be forced to start over.", Act::Warn);
    no_act(
        "“If the plan truly worked, we wouldn't be forced to queue for water,” the tenants said.",
        Act::Warn,
    );
    // a refusal reported in the past is a condition of refusal; a thing that fails is not
    expect_exact(
        "The union leader said if the board failed to raise wages by May, the union would launch more strikes.",
        Act::Warn,
        "",
        "launch more strikes",
    );
    no_act("The engineer said that if the pump failed, the valley would get its water by truck.", Act::Warn);
}

#[test]
fn conditional_offers_propose() {
    expect(
        "The insurgents said they would hand over their weapons if the troops left the valley.",
        Act::Propose,
        "",
        None,
        "hand over their weapons if the troops left",
    );
    expect(
        "Kenya said it would resume talks if the sanctions were lifted.",
        Act::Propose,
        "Kenya",
        None,
        "resume talks if the sanctions were lifted",
    );
    expect(
        "The militants said they would free the captives if a ransom was paid.",
        Act::Propose,
        "",
        None,
        "free the captives",
    );
    no_act("The studio said it would release the film if the strike ended.", Act::Propose);
    // paying what is owed on a condition is no threat
    no_act("The insurer said it would pay damages if the court found it liable.", Act::Warn);
    // a deed that is not the speaker's own, or that commits to nothing, offers nothing
    no_act("“If the budget is cut, it would provide a chance to rethink,” Okafor said.", Act::Propose);
    no_act("The envoy said it would help if both sides met.", Act::Propose);
    no_act("The minister said he would make a statement if asked.", Act::Propose);
    // a counterfactual offers nothing; a passive condition is no counterfactual
    no_act("She said she would sign the treaty if she were president.", Act::Propose);
}

#[test]
fn a_named_storm_is_no_actor() {
    no_act("Prices rose as Hurricane Rita threatened to disrupt oil production.", Act::Warn);
    no_act("Tropical Storm Alberto threatened to flood the coast.", Act::Warn);
    no_act("Typhoon Haiyan threatened to flood the coast.", Act::Warn);
    // an institution with a storm in its name is one
    let c = first("The National Hurricane Center warned of flooding along the coast.", Act::Warn);
    assert_eq!(c.actor.text, "The National Hurricane Center");
}

#[test]
fn names_counted_by_a_group_noun_are_an_aside() {
    let text =
        "The province's two opposition senators, Ana Ruiz and Tomas Vidal, called on the governor to resign.";
    let c = claims(text).into_iter().find(|c| c.act == Act::Demand).expect("a demand");
    assert!(c.actor.text.ends_with("opposition senators"), "{}", c.actor.text);
}

#[test]
fn with_phrases_name_the_participle_s_actor() {
    let text = "Pressure grew on Tuesday, with the chamber of commerce and both opposition senators calling for a recount.";
    let c = claims(text).into_iter().find(|c| c.act == Act::Demand).expect("a demand");
    assert!(c.actor.text.contains("opposition senators"), "{}", c.actor.text);
}

#[test]
fn a_statement_saying_is_its_author_speaking() {
    let text = "Senator Ray Okafor released a statement on Tuesday saying: “The minister must resign.”";
    let c = claims(text).into_iter().find(|c| c.act == Act::Demand).expect("a demand");
    assert_eq!(c.actor.text, "Senator Ray Okafor");
}

#[test]
fn light_verbs_with_claim_nouns() {
    expect(
        "Opposition senators kept up pressure on the minister to resign.",
        Act::Demand,
        "",
        Some(""),
        "resign",
    );
    expect(
        "The two states filed a lawsuit against the federal government.",
        Act::Accuse,
        "",
        Some(""),
        "a lawsuit",
    );
    let c = claims("Governor Ana Cole announced a veto of the bill on Wednesday.")
        .into_iter()
        .find(|c| c.act == Act::Reject)
        .expect("a veto");
    assert_eq!(c.actor.text, "Governor Ana Cole");
}

#[test]
fn headlines_drop_was() {
    // a title-case headline's bare -ed form is passive: the senator is criticised, not criticising
    no_act("Senator Criticized for Remarks on Veterans", Act::Accuse);
    expect("Chile Rejects Bolivian Claim to Coastline", Act::Reject, "Chile", None, "Bolivian Claim");
}

#[test]
fn a_document_s_author_is_named_before_it() {
    let c = claims("Norway welcomed Sweden's statement disputing the report.")
        .into_iter()
        .find(|c| c.act == Act::Deny)
        .expect("a denial");
    assert_eq!(c.actor.norms, ["Sweden"]);
}

#[test]
fn a_speaker_named_just_before_stands_for_he() {
    let c = claims("Ortega says he appreciates the bishops' statement.")
        .into_iter()
        .find(|c| c.act == Act::Accept)
        .expect("an acceptance");
    assert_eq!(c.actor.name(), "Ortega");
}

#[test]
fn a_lowercase_description_of_a_named_person_is_an_aside() {
    let text = "Ana Ruiz, program director at the Riverside Housing Trust in Lima, told reporters the charges were false.";
    let c = claims(text).into_iter().find(|c| c.act == Act::Deny).expect("a denial");
    assert_eq!(c.actor.text, "Ana Ruiz");
}

#[test]
fn a_passive_with_the_complement_before_the_agent() {
    let c =
        expect("The mayor was accused of fraud by two former employees.", Act::Accuse, "", Some(""), "fraud");
    assert_eq!(c.actor.text, "two former employees");
    assert_eq!(c.addressee.map(|a| a.text).as_deref(), Some("The mayor"));
}

#[test]
fn an_attribution_after_an_opening_phrase_before_the_quote() {
    let text =
        "Later, in remarks at the party headquarters, Amari said, “We strongly oppose the new quotas.”";
    let c = claims(text).into_iter().find(|c| c.act == Act::Reject).expect("a rejection");
    assert_eq!(c.actor.text, "Amari");
}

#[test]
fn two_demands_joined_by_and_for() {
    let text = "Ghana has urged an end to the border clashes and for both armies to resume dialogue.";
    let demands: Vec<_> = claims(text).into_iter().filter(|c| c.act == Act::Demand).collect();
    assert_eq!(demands.len(), 2, "{demands:?}");
}

#[test]
fn offices_of_law_and_their_kinds() {
    let text = "Special counsel Ana Ruiz rejected the request. The special counsel also denied the report.";
    let deny = claims(text).into_iter().find(|c| c.act == Act::Deny).expect("a denial");
    assert_eq!(deny.actor.text, "The special counsel");
    let c =
        claims("Judge Tom Hallett rejected the motion.").into_iter().find(|c| c.act == Act::Reject).unwrap();
    assert_eq!(c.actor.role, Some(newsclaim_extract::Role::Judiciary));
}

#[test]
fn who_released_the_document() {
    let text = "Peru welcomed Chile releasing a statement disputing the report.";
    let c = claims(text).into_iter().find(|c| c.act == Act::Deny).expect("a denial");
    assert_eq!(c.actor.norms, ["Chile"]);
}

#[test]
fn maintaining_innocence_denies() {
    let c = find("Ana Ruiz has maintained she is innocent.", Act::Deny, "Ana Ruiz");
    assert_eq!(c.rule, "reported-baseless");
}

#[test]
fn questions_pressing_and_needs_are_not_demands() {
    no_act("The interviewer pressed the prince on his friendship with the financier.", Act::Demand);
    no_act("Maitlis repeatedly demanded how the prince could be so sure.", Act::Demand);
    no_act("\"We saw the need to speed things up,\" the bank's chief executive said.", Act::Demand);
    // pressing someone to act still demands
    expect(
        "Kenya pressed Uganda to reopen the border.",
        Act::Demand,
        "Kenya",
        Some("Uganda"),
        "reopen the border",
    );
}

#[test]
fn a_quotation_after_another_keeps_its_speaker_over_the_next_paragraph() {
    let text =
        "\"We pray for the hostages,\" said Kenya's foreign minister. \"We thank Uganda for its help.\"\n\
                Defence Minister Ana Ruiz said the talks would resume.";
    let c = claims(text).into_iter().find(|c| c.act == Act::Accept).expect("an acceptance");
    assert_eq!(c.actor.norms, ["Kenya"]);
}

#[test]
fn reported_wrongdoing_accuses() {
    let text = "Senator Ana Ruiz spoke on Monday. She said the minister had leaked classified documents.";
    let c = claims(text).into_iter().find(|c| c.act == Act::Accuse).expect("an accusation");
    assert_eq!(c.actor.name(), "Ana Ruiz");
    // a confession, a feeling and the speaker on themself are no accusations
    no_act("\"We badly mishandled our communications,\" the company's director said.", Act::Accuse);
    no_act("Ruiz said she felt obstructed by the committee.", Act::Accuse);
}

#[test]
fn us_parties_and_their_members() {
    let text = "Every Republican on the budget committee on Thursday demanded the chairman step down.";
    let c = find(text, Act::Demand, "Republican Party");
    assert!(c.actor.text.starts_with("Every Republican"));
    let text = "All nine Democratic members of the panel are calling on Rep. Dan Ruiz (R-Texas) to resign.";
    let c = find(text, Act::Demand, "Democratic Party");
    assert_eq!(c.content.unwrap().text, "resign");
    // a party tag names nobody "she" could be
    let text = "Rep. Dan Ruiz (R-Texas) spoke. \"There should be no bailout,\" she added.";
    assert!(claims(text).iter().all(|c| c.actor.name() != "R-Texas"));
}

#[test]
fn a_bare_refusal_and_no_deal() {
    let c = find("Mr. Okafor refused.", Act::Reject, "Okafor");
    assert!(c.content.is_none());
    let c = find("\"There should be no deal,\" Chile's president said.", Act::Reject, "Chile");
    assert_eq!(c.content.unwrap().text, "deal");
}

#[test]
fn a_dash_aside_with_commas_inside() {
    let text = "In Kentucky, the Democratic candidate, Ana Ruiz — whose father, also as governor, \
                expanded the program — promised to protect the clinics.";
    let c = claims(text).into_iter().find(|c| c.act == Act::Accept).expect("a promise");
    assert!(c.actor.text.contains("Ana Ruiz"), "{}", c.actor.text);
}

#[test]
fn two_participles_are_two_contents() {
    let text =
        "Ghana threatened them with tariffs, publicly warning them and suggesting it might leave the pact.";
    let warn = claims(text).into_iter().find(|c| c.act == Act::Warn).expect("a threat");
    assert!(!warn.content.unwrap().text.contains("suggesting"));
}

#[test]
fn a_named_company_after_a_preposition_is_the_relative_s_subject() {
    let text = "The largest lander is from Orbitex, which bid its reusable launch vehicle.";
    let c = claims(text).into_iter().find(|c| c.act == Act::Propose).expect("a bid");
    assert_eq!(c.actor.text, "Orbitex");
}

#[test]
fn announcing_a_decision_to_act_is_the_act() {
    expect(
        "Peru announced its decision to veto the bill on Wednesday.",
        Act::Reject,
        "Peru",
        None,
        "the bill",
    );
    expect("Chile made the decision to reject the offer.", Act::Reject, "Chile", None, "the offer");
    // a decision someone else announced about a third party is not read as the subject's
    no_act("Peru criticised the decision to reject the offer.", Act::Reject);
}

#[test]
fn an_obligation_before_a_coordinated_verb_is_a_demand_not_an_act() {
    let text = "“Gomez should do the decent thing and denounce these slurs,” Peru's president said.";
    let cs = claims(text);
    assert!(!cs.iter().any(|c| c.act == Act::Accuse), "{cs:?}");
    expect(text, Act::Demand, "Peru", Some(""), "denounce these slurs");
}

#[test]
fn a_statement_from_a_body_speaks_after_the_quote() {
    let text = "“The plan is dangerous,” a statement from Peru's foreign ministry said. “Chile must withdraw its troops.”";
    expect(text, Act::Demand, "Peru", Some("Chile"), "withdraw its troops");
}

#[test]
fn stances_after_be() {
    expect("Peru is firmly opposed to the plan.", Act::Reject, "Peru", None, "the plan");
    expect("Chile came out in favor of the treaty on Monday.", Act::Accept, "Chile", None, "the treaty");
    expect(
        "Norway stands ready to support the mediation effort.",
        Act::Accept,
        "Norway",
        None,
        "the mediation effort",
    );
    // a description, not a stance taken
    no_act("Peru criticised the groups opposed to the plan.", Act::Reject);
}

#[test]
fn a_quotation_warned_before_its_speaker() {
    expect(
        "“Those who attack our forces will pay a heavy price,” Peru's army warned.",
        Act::Warn,
        "Peru",
        None,
        "will pay a heavy price",
    );
    expect(
        "“I never took the money,” Chile's minister denied.",
        Act::Deny,
        "Chile",
        None,
        "never took the money",
    );
}

#[test]
fn leaving_an_agreement_rejects_it() {
    expect("Peru withdrew from the treaty in May.", Act::Reject, "Peru", None, "the treaty");
    expect(
        "Chile went on to pull out of its pact with Peru.",
        Act::Reject,
        "Chile",
        None,
        "its pact with Peru",
    );
    // troops are not an agreement
    no_act("Peru withdrew its troops from the border.", Act::Reject);
}

#[test]
fn a_relative_clause_between_subject_and_verb() {
    expect(
        "Some Peruvian senators who steered the measure through the chamber are now calling for a veto.",
        Act::Demand,
        "Peru",
        None,
        "a veto",
    );
    expect(
        "Chile's deputies moved en masse to demand the central bank governor's resignation.",
        Act::Demand,
        "Chile",
        None,
        "resignation",
    );
}

#[test]
fn pledging_to_fight_back_warns() {
    expect(
        "Peru's attorney general promises to vigorously defend the new mining code.",
        Act::Warn,
        "Peru",
        None,
        "defend the new mining code",
    );
    expect("Chile vowed to fight the rebels.", Act::Warn, "Chile", None, "fight the rebels");
    // a promise to do good stays a promise
    expect("Peru promised to support the talks.", Act::Accept, "Peru", None, "support the talks");
}

#[test]
fn a_time_between_a_particle_and_its_frame() {
    expect_exact("The judge lashed out Sunday at the reform plan.", Act::Accuse, "", "the reform plan");
}

#[test]
fn vowing_to_eradicate_warns() {
    first("The general vowed to eradicate the insurgents.", Act::Warn);
}

#[test]
fn pledging_to_contest_a_thing_refuses_it() {
    // the thing contested is what is refused
    expect_exact("Chile vowed to appeal the ruling.", Act::Reject, "Chile", "the ruling");
    expect_exact("Chile intends to fight the ruling.", Act::Reject, "Chile", "the ruling");
    expect_exact("The senator vowed to veto the budget bill.", Act::Reject, "", "the budget bill");
    expect_exact("The opposition vowed to boycott the election.", Act::Reject, "", "the election");
    expect_exact("The insurer will appeal against the fine.", Act::Reject, "", "the fine");
    expect_exact("The league appealed the suspension.", Act::Reject, "", "the suspension");
    // an appeal with nothing after it refuses what was decided
    expect_exact("The union said it would appeal.", Act::Reject, "", "appeal");
    // threatening to do it stays a threat; an appeal to someone asks
    first("Iran threatened to boycott the talks.", Act::Warn);
    no_act("The governor vowed to appeal to voters for patience.", Act::Reject);
}

#[test]
fn a_named_actor_s_need_asks_for_the_thing() {
    expect(
        "Peru's president argued that Chile needs stronger border security.",
        Act::Demand,
        "Peru",
        Some("Chile"),
        "stronger border security",
    );
    no_act("Peru's president said the plant needs water.", Act::Demand);
}

#[test]
fn no_intention_of_doing_refuses() {
    expect(
        "Peru has no intention of leaving the alliance.",
        Act::Reject,
        "Peru",
        None,
        "leaving the alliance",
    );
    // "no plans to" likewise; a plan nobody has is no one's refusal
    expect(
        "The insurer said it has no plans to settle the claims.",
        Act::Reject,
        "",
        None,
        "settle the claims",
    );
    none("There are no plans to build a second bridge.");
}

#[test]
fn refusals_to_leave_or_to_let_happen() {
    expect("Peru's president said he will not resign.", Act::Reject, "Peru", None, "resign");
    expect(
        "Chile's senator vowed to remain in the race on Tuesday.",
        Act::Reject,
        "Chile",
        None,
        "remain in the race",
    );
    find("“We won’t let that happen,” Peru's president added.", Act::Reject, "Peru");
    // "take up" without "aim" is no accusation, and refused it is a rejection
    expect(
        "Peru's senate leader said he will not take up the bill.",
        Act::Reject,
        "Peru",
        None,
        "take up the bill",
    );
}

#[test]
fn arguing_or_railing_against_something() {
    let c = find(
        "Senator Ilse Varga argued against allowing the merger of the two ports.",
        Act::Reject,
        "Ilse Varga",
    );
    assert!(c.content.unwrap().text.contains("allowing the merger"));
    find("Senator Ilse Varga railed against the new toll on the bridge.", Act::Accuse, "Ilse Varga");
    // arguing that … is reporting, not rejecting
    no_act("Senator Ilse Varga argued that the merger would lower prices.", Act::Reject);
}

#[test]
fn a_passive_agent_after_including_or_even() {
    let c = find(
        "The remarks have been widely condemned, including by Senator Ilse Varga.",
        Act::Accuse,
        "Ilse Varga",
    );
    assert_eq!(c.actor.text, "Senator Ilse Varga");
    let c = find("The toll plan was criticised even by Senator Ilse Varga.", Act::Accuse, "Ilse Varga");
    assert_eq!(c.actor.text, "Senator Ilse Varga");
}

#[test]
fn an_infinitive_of_purpose_after_an_act_of_speaking_or_writing() {
    let c = find(
        "Senator Ilse Varga held a news conference to denounce the toll plan.",
        Act::Accuse,
        "Ilse Varga",
    );
    assert_eq!(c.actor.text, "Senator Ilse Varga");
    let c = find("Senator Ilse Varga wrote to the mayor to demand an apology.", Act::Demand, "Ilse Varga");
    assert!(c.content.unwrap().text.contains("an apology"));
    find("Senator Ilse Varga went on television to reject the toll plan.", Act::Reject, "Ilse Varga");
    // (to a body the gazetteer knows, past a time)
    find(
        "Senator Ilse Varga wrote to the African Union last week to request talks.",
        Act::Demand,
        "Ilse Varga",
    );
    // what an infinitive completes is no purpose, and a session is for approving
    no_act("Senator Ilse Varga introduced a bill to ban the sale of fireworks.", Act::Reject);
    no_act("The mayor called a special session to approve the budget.", Act::Accept);
}

#[test]
fn the_object_of_a_relative_clause_followed_by_a_preposition_or_verb() {
    let c = find(
        "The toll plan that Senator Ilse Varga rejected on Monday was withdrawn.",
        Act::Reject,
        "Ilse Varga",
    );
    assert_eq!(c.content.unwrap().text, "The toll plan");
    let c = find(
        "The plan that Senator Ilse Varga blasted as a sellout was withdrawn.",
        Act::Accuse,
        "Ilse Varga",
    );
    assert_eq!(c.content.unwrap().text, "The plan");
    // "said that X rejected …": "that" after a reporting verb opens no relative clause
    let c = find("Senator Ilse Varga said that the mayor rejected the toll plan.", Act::Reject, "");
    assert_eq!(c.content.unwrap().text, "the toll plan");
}

#[test]
fn coming_out_against_rejects_and_moving_that_proposes() {
    let c =
        find("Senator Ilse Varga came out against the merger of the two ports.", Act::Reject, "Ilse Varga");
    assert!(c.content.unwrap().text.contains("the merger"));
    // with an adverb of manner, and "in support of"
    expect_exact(
        "The farmers' union came out firmly against the trade pact.",
        Act::Reject,
        "",
        "the trade pact",
    );
    expect_exact(
        "The nurses' union has come out strongly in support of the strike.",
        Act::Accept,
        "",
        "the strike",
    );
    let c = find(
        "Senator Ilse Varga moved that all committee hearings be suspended.",
        Act::Propose,
        "Ilse Varga",
    );
    assert!(c.content.unwrap().text.contains("be suspended"));
    // moving things is no proposal
    no_act("The company moved its headquarters to Texas last year.", Act::Propose);
}

#[test]
fn readiness_to_act_on_the_antecedent_of_a_relative_clause() {
    let text = "The port talks, which Norway stands ready to support, open on Monday.";
    let c = find(text, Act::Accept, "Norway");
    assert_eq!(c.content.unwrap().text, "The port talks");
}

#[test]
fn a_speaker_saying_they_may_take_drastic_action_warns() {
    let c = find(
        "Senator Ilse Varga said she could even declare a state of emergency in the port.",
        Act::Warn,
        "Ilse Varga",
    );
    assert!(c.content.unwrap().text.contains("declare a state of emergency"));
    // a possibility about someone else is a forecast, and declaring victory threatens nobody
    no_act("The army could attack the city next week, analysts said.", Act::Warn);
    no_act("Senator Ilse Varga said she would declare victory on Friday.", Act::Warn);
}

#[test]
fn floating_a_proposal_proposes_floating_shares_does_not() {
    let c = find("Senator Ilse Varga floated the idea of a toll on the bridge.", Act::Propose, "Ilse Varga");
    assert!(c.content.unwrap().text.contains("the idea"));
    no_act("The company floated its shares in Hong Kong.", Act::Propose);
}

#[test]
fn an_adjective_before_a_noun_particle() {
    let c = find("Senator Ilse Varga took direct aim at the port authority.", Act::Accuse, "Ilse Varga");
    assert!(c.content.unwrap().text.contains("the port authority"));
}

#[test]
fn a_verb_of_beginning_before_the_gerund_of_a_claim_verb() {
    let c = find(
        "Last spring the Kenyan president began threatening to close the border unless Uganda paid its debts.",
        Act::Warn,
        "Kenya",
    );
    assert!(c.content.is_some_and(|p| p.text.starts_with("close the border")));
    // the same words as an object are no claim of the one who began
    no_act("The talks began with a long opening statement from the mediators in Geneva.", Act::Warn);
}

#[test]
fn a_subjunctive_after_a_compound_noun_subject() {
    expect(
        "The governor said he would insist that any state infrastructure bill include funding for the ferry terminal.",
        Act::Demand,
        "",
        None,
        "infrastructure bill include funding",
    );
}

#[test]
fn a_participle_after_a_time_spent() {
    let c = find(
        "The opposition leader spent the weekend lobbying lawmakers to switch their votes on the trade bill.",
        Act::Demand,
        "",
    );
    assert_eq!(c.actor.text, "The opposition leader");
    assert!(c.content.is_some_and(|p| p.text.starts_with("switch their votes")));
}

#[test]
fn a_relative_clause_ends_where_the_main_verb_comes() {
    let text = "The club chairman, who publicly lobbied for the federation to ban the striker, spoke to reporters on Monday.";
    let c = claims(text).into_iter().find(|c| c.act == Act::Demand).expect("the lobbying");
    assert_eq!(c.actor.text, "The club chairman");
    assert_eq!(c.content.map(|p| p.text).as_deref(), Some("ban the striker"));
}

#[test]
fn coaches_and_owners_are_actors() {
    let text = "The coach said the referee should be punished for his role in the fight on Sunday.";
    let c = claims(text).into_iter().find(|c| c.act == Act::Demand).expect("the coach's demand");
    assert_eq!(c.actor.text, "The coach");
}

#[test]
fn saying_one_stays_in_refuses_to_quit() {
    let text = "The senator, though, told a podcast host on Friday morning that she's staying in.";
    let c = claims(text).into_iter().find(|c| c.act == Act::Reject).expect("the refusal to quit");
    assert_eq!(c.actor.text, "The senator");
    let text = "The mayor said she will remain in office until the end of her term.";
    assert!(claims(text).iter().any(|c| c.act == Act::Reject && c.rule == "staying-in"));
    // a thing staying where it is refuses nothing
    no_act("The mayor said the museum will remain in the old building for now.", Act::Reject);
}

#[test]
fn a_pledge_to_refuse_refuses() {
    let text = "The governor on Monday took aim at the big banks -- saying that too many small firms are being squeezed and promising that her government would not allow it to happen.";
    let c = claims(text).into_iter().find(|c| c.act == Act::Reject).expect("the pledged refusal");
    assert_eq!(c.actor.text, "The governor");
    assert_eq!(c.rule, "pledged-refusal");
    // the speaker's own side in the reported clause is the speaker
    let text = "The prime minister said her government would not allow the strike to go ahead next week.";
    let c = claims(text).into_iter().find(|c| c.act == Act::Reject).expect("the refusal");
    assert_eq!(c.actor.text, "The prime minister");
}

#[test]
fn keeping_something_closed_threatens() {
    let text =
        "The governor says he could keep the ministries closed for months or years if the unions refuse.";
    let c = claims(text).into_iter().find(|c| c.act == Act::Warn).expect("the threat");
    assert!(c.content.is_some_and(|p| p.text.starts_with("keep the ministries closed")));
    no_act("The central bank said it would keep rates unchanged for the rest of the year.", Act::Warn);
    // "keep" itself threatens nothing: "vowed to keep fighting" warns by its "fighting"
    no_act("The rebels vowed to keep talking until the capital agrees.", Act::Warn);
}

#[test]
fn a_time_phrase_ending_in_an_ing_noun_is_no_modifier_of_the_name() {
    // "the hearing Lopez" is no phrase: the name after a time phrase is the subject.
    let cs = claims("After the hearing Governor-elect Lopez demanded that the council publish the audit.");
    assert!(cs.iter().any(|c| c.act == Act::Demand && c.actor.text.contains("Lopez")), "{cs:#?}");
    let cs = claims("At the briefing Lopez demanded that the council publish the audit.");
    assert!(cs.iter().any(|c| c.act == Act::Demand && c.actor.text == "Lopez"), "{cs:#?}");
}

#[test]
fn a_second_participle_after_a_document_speaks_for_its_author() {
    let text = "The mayor sent a letter to members of the council thanking the police and calling on \
                the province to restore the transit budget.";
    let demand = first(text, Act::Demand);
    assert_eq!(demand.actor.text, "The mayor");
    assert!(demand.content.as_ref().unwrap().text.contains("restore the transit budget"));
}

#[test]
fn a_subject_before_a_present_participle_clause() {
    let text = "The prosecutor investigating the collapse of the bridge rejected on Monday a request \
                to close the inquiry.";
    let reject = first(text, Act::Reject);
    assert_eq!(reject.actor.text, "The prosecutor");
    // the participle's own phrase is no subject when it is the object of a preposition
    none("In the ruling concerning the bridge rejected plans were cited.");
}

#[test]
fn who_joins_those_demanding_demands() {
    let cs = claims("The mayor spoke on Monday, joining other city leaders demanding a recount.");
    let demand = cs.iter().find(|c| c.act == Act::Demand).unwrap_or_else(|| panic!("{cs:#?}"));
    assert_eq!(demand.actor.text, "The mayor");
    let cs =
        claims("“The count was a farce,” the senators said, joining other senators calling for a recount.");
    assert!(cs.iter().any(|c| c.act == Act::Demand && c.actor.text == "the senators"), "{cs:#?}");
}

#[test]
fn an_after_clause_ends_the_content_and_claims_on_its_own() {
    let cs = claims(
        "Ohio's top election official vowed to defend the law after Iowa asked the court to strike it down.",
    );
    let warn = cs.iter().find(|c| c.act == Act::Warn).unwrap_or_else(|| panic!("{cs:#?}"));
    assert_eq!(warn.content.as_ref().unwrap().text, "defend the law");
    assert!(warn.actor.text.contains("top election official"), "{warn:#?}");
    assert!(cs.iter().any(|c| c.act == Act::Demand && c.actor.text == "Iowa"), "{cs:#?}");
}

#[test]
fn a_claim_in_a_relative_clause_on_an_object_stands_on_its_own() {
    // the object of a claim, described by another actor's claim
    let text = "The governor publicly rejected a compromise that Senator Ana Ruiz floated with \
                union leaders last month.";
    let cs = claims(text);
    assert!(cs.iter().any(|c| c.act == Act::Reject), "{cs:#?}");
    let float = cs.iter().find(|c| c.act == Act::Propose).unwrap_or_else(|| panic!("{cs:#?}"));
    assert_eq!(float.actor.text, "Senator Ana Ruiz");
    assert_eq!(float.content.as_ref().map(|p| &*p.text), Some("a compromise"));
    // a product unveiled is no proposal
    let cs = claims("The firm will offer the agency its new rover that the company unveiled in May.");
    assert!(!cs.iter().any(|c| c.act == Act::Propose && c.actor.text == "the company"), "{cs:#?}");
}

#[test]
fn object_relatives_without_a_determiner_or_after_whose() {
    let cs = claims("The mayor opposed new tariffs Governor Hale had lobbied for in the capital.");
    let lobby = cs.iter().find(|c| c.act == Act::Demand).unwrap_or_else(|| panic!("{cs:#?}"));
    assert_eq!(lobby.actor.text, "Governor Hale");
    assert_eq!(lobby.content.as_ref().map(|p| &*p.text), Some("new tariffs"));
    let cs = claims("Absent was the treasurer, whose resignation Democrats asked for last year.");
    let ask = cs.iter().find(|c| c.act == Act::Demand).unwrap_or_else(|| panic!("{cs:#?}"));
    assert_eq!(ask.actor.text, "Democrats");
    assert_eq!(ask.content.as_ref().map(|p| &*p.text), Some("resignation"));
    let cs = claims("The total referred to the amount the union has demanded for pensions.");
    assert!(cs
        .iter()
        .any(|c| c.act == Act::Demand && c.content.as_ref().is_some_and(|p| p.text == "the amount")));
}

#[test]
fn the_house_is_an_actor() {
    let endorse =
        first("They debated the measure, which the House endorsed in a close vote in March.", Act::Accept);
    assert_eq!(endorse.actor.text, "the House");
    assert_eq!(endorse.content.as_ref().map(|p| &*p.text), Some("the measure"));
}

#[test]
fn a_stranded_preposition_in_an_object_relative() {
    let text = "She faces several of the same failings that Democrats accused the director of on Monday.";
    let cs = claims(text);
    let accuse = cs.iter().find(|c| c.act == Act::Accuse).unwrap_or_else(|| panic!("{cs:#?}"));
    assert_eq!(accuse.actor.text, "Democrats");
    assert_eq!(accuse.addressee.as_ref().map(|a| a.text.as_ref()), Some("the director"));
    assert_eq!(accuse.content.as_ref().map(|p| &*p.text), Some("the same failings"));
    // "accused him of years of …" has its object after the preposition
    let accuse = first("In a post at the time she accused him of years of bullying.", Act::Accuse);
    assert!(accuse.content.as_ref().is_some_and(|p| p.text.contains("bullying")), "{accuse:#?}");
}

#[test]
fn nothing_modifies_a_name_opened_by_mr() {
    let text = "She praised the WTO, a trade body Mr. Lopez has often derided.";
    let deride = first(text, Act::Accuse);
    assert_eq!(deride.actor.text, "Mr. Lopez");
    assert_eq!(deride.content.as_ref().map(|p| &*p.text), Some("a trade body"));
}

#[test]
fn a_subject_past_an_aside_between_dashes() {
    let text = "The three chairmen — Representative Ann Hale of Ohio, Representative Tom Reed of Utah \
                and Representative Jo Park of Iowa — issued a statement on Thursday taking direct aim \
                at the director's character.";
    let aim = first(text, Act::Accuse);
    assert_eq!(aim.actor.text, "The three chairmen");
}

#[test]
fn a_phrase_opened_by_on_after_the_verb_is_no_carrying_on() {
    let text =
        "The fund will leave with a payout that Ann Hale blasted on a conference call as “morally wrong.”";
    let blast = first(text, Act::Accuse);
    assert_eq!(blast.actor.text, "Ann Hale");
    // "pressed on with the talks" carries on
    no_act("The envoys pressed on with the talks despite the shelling.", Act::Demand);
}

#[test]
fn a_content_ends_before_a_second_relative_clause() {
    let text = "Absent was the mayor, whom the unions have accused of many abuses and whose resignation they sought.";
    let c = first(text, Act::Accuse);
    assert_eq!(c.content.map(|p| p.text).as_deref(), Some("many abuses"));
}

#[test]
fn responding_with_force_threatens() {
    let c = first(
        "\"If Iran closes the strait, we will respond with force,\" Israel's defence minister said.",
        Act::Warn,
    );
    assert_eq!(c.actor.norms, vec!["Israel".to_string()]);
    first("Russia will respond with all means at its disposal, the Kremlin said.", Act::Warn);
    // a proposal answers
    no_act("The ministry will respond with a proposal next week.", Act::Warn);
}

#[test]
fn a_wrongdoing_a_reported_subject_committed_accuses_it() {
    let c = first("Prosecutors said the former minister had taken bribes.", Act::Accuse);
    assert_eq!(
        c.content.map(|p| p.text.into_owned()).as_deref(),
        Some("the former minister had taken bribes")
    );
    let c = first("Rights groups said Peruvian soldiers committed war crimes.", Act::Accuse);
    assert_eq!(c.addressee.map(|a| a.text.into_owned()).as_deref(), Some("Peruvian soldiers"));
    first("The court said the minister was guilty of corruption.", Act::Accuse);
    first("Activists said the police had engaged in torture.", Act::Accuse);
    // denied, or of the speaker: no accusation
    no_act("The minister said he had never taken bribes.", Act::Accuse);
    no_act("The minister said we took bribes in the past.", Act::Accuse);
}

#[test]
fn lashing_out_at_a_side_over_something_names_both() {
    expect(
        "Peru's president lashed out at Chile on Tuesday over its border policy.",
        Act::Accuse,
        "Peru",
        Some("Chile"),
        "its border policy",
    );
    let c = expect(
        "The opposition railed against the cabinet for the delay.",
        Act::Accuse,
        "",
        Some(""),
        "the delay",
    );
    assert_eq!(c.addressee.map(|a| a.text).as_deref(), Some("the cabinet"));
    // with no reason given the object stays what is attacked
    let c = first("Peru's president lashed out at Chile.", Act::Accuse);
    assert!(c.addressee.is_none(), "{c:?}");
    // an attack over a time or a place is a deed, not a claim
    none("Gunmen attacked the convoy over the weekend.");
}

#[test]
fn an_object_it_before_the_frame_is_the_side_accused() {
    let cs = claims("Peru hit back at Chile, accusing it of meddling.");
    let c = cs.iter().find(|c| c.rule == "verb-participle-clause").expect("the participle's accusation");
    assert_eq!(c.addressee.as_ref().map(norm).as_deref(), Some("Chile"), "{c:?}");
    assert_eq!(c.content.as_ref().map(|p| &*p.text), Some("meddling"));
    // the subject itself is not who "it" is: the side stays unknown, the content still right
    let c = find("Chile accused it of meddling.", Act::Accuse, "Chile");
    assert_eq!(c.addressee.as_ref().map(|a| &*a.text), Some("it"));
    assert!(c.addressee.as_ref().is_some_and(|a| a.norms.is_empty()), "{c:?}");
    assert_eq!(c.content.as_ref().map(|p| &*p.text), Some("meddling"));
}

#[test]
fn holding_a_side_responsible_accuses_it() {
    expect("Peru holds Chile responsible for the deaths.", Act::Accuse, "Peru", Some("Chile"), "the deaths");
    let c = first("The government vowed to hold the rebels accountable for the attack.", Act::Accuse);
    assert_eq!(c.addressee.map(|a| a.text).as_deref(), Some("the rebels"));
    // bearing responsibility, in reported speech: the speaker accuses, or denies for itself
    expect(
        "Peru said Chile bore full responsibility for the crisis.",
        Act::Accuse,
        "Peru",
        Some("Chile"),
        "the crisis",
    );
    expect_exact("Peru said it bore no responsibility for the crash.", Act::Deny, "Peru", "the crash");
    expect_exact(
        "Peru said it does not bear any responsibility for the crash.",
        Act::Deny,
        "Peru",
        "the crash",
    );
    // taking or claiming responsibility is no claim of ours
    none("Peru's president took responsibility for the defeat.");
    none("The group claimed responsibility for the bombing.");
}

#[test]
fn a_group_right_before_a_participle_makes_the_claim() {
    // (it was the clause's subject: the police demanded reforms)
    let c = first("Police fired on protesters demanding reforms.", Act::Demand);
    assert_eq!(c.actor.text, "protesters");
    assert_eq!(c.content.as_ref().map(|p| &*p.text), Some("reforms"));
    let c = first("The minister met farmers demanding higher prices.", Act::Demand);
    assert_eq!(c.actor.text, "farmers");
    // whom the clause addresses does not: who writes or sends urges
    let c = first("Peru sent envoys to the Gulf states urging restraint.", Act::Demand);
    assert_eq!(norm(&c.actor), "Peru");
    let cs = claims("The senator wrote to colleagues urging them to back the bill.");
    assert!(cs.iter().all(|c| c.actor.text != "colleagues"), "{cs:?}");
    // nor when the subject joins them or is one of them
    let c = first("Senator Ilse Varga joined a chorus of lawmakers calling for a vote.", Act::Demand);
    assert_eq!(c.actor.text, "Senator Ilse Varga");
    // as the clause's own subject, what the group demands stops at the clause's verb
    let c = first("Protesters demanding reforms clashed with police.", Act::Demand);
    assert_eq!(c.content.as_ref().map(|p| &*p.text), Some("reforms"));
}

#[test]
fn threats_to_kill_and_not_hesitating_to_strike() {
    let c =
        first("The militants said they would kill the hostages unless their demands were met.", Act::Warn);
    assert_eq!(c.rule, "will-threat");
    assert_eq!(c.content.as_ref().map(|p| &*p.text), Some("kill the hostages"));
    let c = first("Peru's defence minister said Peru would not hesitate to retaliate.", Act::Warn);
    assert!(!c.negated, "{c:?}");
    first("Peru will not hesitate to strike the militants, the minister said.", Act::Warn);
    // force is hostile, a tool or money is not
    let c = first("The army said it would not hesitate to use force.", Act::Warn);
    assert_eq!(c.content.as_ref().map(|p| &*p.text), Some("use force"));
    no_act("The company said it would use the funds to expand.", Act::Warn);
    // figures of speech, purposes and what is done to oneself threaten nobody
    no_act("If the mayor keeps this up, he will kill the peace talks.", Act::Warn);
    no_act("He said he would kill for a coffee.", Act::Warn);
    no_act("The fighters who were willing to kill themselves were not driven by money.", Act::Warn);
    no_act("Peru's army vowed to defend itself.", Act::Warn);
}

#[test]
fn refusing_to_stand_idly_by_warns() {
    let c = find("Chile will not stand idly by if Peru annexes the islands.", Act::Warn, "Chile");
    assert_eq!(c.rule, "will-not-stand-by");
    assert!(!c.negated, "{c:?}");
    assert_eq!(c.content.as_ref().map(|p| &*p.text), Some("stand idly by if Peru annexes the islands"));
    find("Peru said it would not sit idly by.", Act::Warn, "Peru");
    // standing by, told of, is no warning
    no_act("The guards stood idly by as the crowd grew.", Act::Warn);
    // nor sitting on one's hands
    expect(
        "Lima said it would not sit on its hands if the blockade continued.",
        Act::Warn,
        "Peru",
        None,
        "sit on its hands",
    );
    no_act("The senator sat on her hands during the vote.", Act::Warn);
}

#[test]
fn warning_a_side_over_something() {
    expect("Peru warned Chile over the arms sales.", Act::Warn, "Peru", Some("Chile"), "the arms sales");
    // a time phrase after the verb is passed, not read as what is warned of
    let c = first("The minister warned over the weekend that prices would rise.", Act::Warn);
    assert_eq!(c.content.as_ref().map(|p| &*p.text), Some("prices would rise"));
}

#[test]
fn a_time_phrase_closing_the_content_is_no_part_of_it() {
    expect_exact("The lawmakers slammed Peru on Thursday.", Act::Accuse, "", "Peru");
    expect_exact("Chile rejected the plan last week.", Act::Reject, "Chile", "the plan");
    expect_exact(
        "Chile proposed two draft treaties in December.",
        Act::Propose,
        "Chile",
        "two draft treaties",
    );
    // a time inside the content stays
    expect_exact(
        "Chile demanded the release of prisoners held since 2012.",
        Act::Demand,
        "Chile",
        "the release of prisoners held since 2012",
    );
}

#[test]
fn a_relative_pronoun_as_content_is_the_noun_it_follows() {
    let c = first(
        "He said women would be fine, comments that have been widely condemned by the party.",
        Act::Accuse,
    );
    assert_eq!(c.content.as_ref().map(|p| &*p.text), Some("comments"));
}

#[test]
fn a_belief_reported_accuses_as_the_report_would() {
    let c = first(
        "The minister told the director that he believed the campaign had mishandled the inquiry.",
        Act::Accuse,
    );
    assert_eq!(c.actor.text, "The minister");
    assert_eq!(c.content.map(|p| p.text), Some("the campaign had mishandled the inquiry".into()));
    let c = first("She said she thought the firm had misled investors.", Act::Accuse);
    assert_eq!(c.addressee.map(|a| a.text), Some("the firm".into()));
    no_act("He said he believed the talks would succeed.", Act::Accuse);
}

#[test]
fn a_claim_its_owner_holds_reports_what_it_says() {
    let c =
        first("The senator doubled down on her claim that the company had misled investors.", Act::Accuse);
    assert_eq!(c.actor.text, "The senator");
    assert_eq!(c.content.map(|p| p.text), Some("the company had misled investors".into()));
    expect(
        "Peru stood by its allegation that Chile violated the treaty.",
        Act::Accuse,
        "Peru",
        Some("Chile"),
        "Chile violated the treaty",
    );
    // as a subject, the claim's clause has no visible end: nothing is read
    none("Peru's claim that Chile violated the treaty was false, officials said.");
    // a claim nobody is named as owning is no one's
    none("The claim that Chile violated the treaty angered Peru.");
}

#[test]
fn a_participle_aside_after_the_opening_subject_is_the_subjects_claim() {
    expect(
        "Peru, accusing Chile of shelling the port, called for talks.",
        Act::Accuse,
        "Peru",
        Some("Chile"),
        "shelling the port",
    );
    first("The union, demanding higher wages, went on strike.", Act::Demand);
    // the aside's clause ends at its closing comma
    let c = first("The complaint, alleging that the firm hid losses, was filed in May.", Act::Accuse);
    assert_eq!(c.content.map(|p| p.text), Some("the firm hid losses".into()));
    // no closing comma before the subject's verb: no aside
    no_act("Peru, accusing Chile of shelling the port.", Act::Accuse);
}

#[test]
fn slogans_and_banners_demand_for_those_who_carry_them() {
    first("Protesters chanted slogans demanding the release of political prisoners.", Act::Demand);
    let c =
        first("Thousands of demonstrators waved banners calling for the mayor's resignation.", Act::Demand);
    assert_eq!(c.content.map(|p| p.text), Some("the mayor's resignation".into()));
}

#[test]
fn not_going_to_refuses_as_will_not_does() {
    expect_exact(
        "“We are not going to pay for the wall,” the president said.",
        Act::Reject,
        "",
        "pay for the wall",
    );
    first("The minister said he was not going to resign.", Act::Reject);
    no_act("He said the bridge was not going to be finished this year.", Act::Reject);
    no_act("He said he would not pay attention to the critics.", Act::Reject);
}

#[test]
fn an_arabic_article_or_patronymic_stays_in_the_name() {
    let c = first("Colonel Ahmed al-Masri rejected the plan.", Act::Reject);
    assert_eq!(c.actor.norms, vec!["Ahmed al-Masri".to_string()]);
    let c = first("Abu Bakr al-Baghdadi rejected the plan.", Act::Reject);
    assert_eq!(c.actor.norms, vec!["Abu Bakr al-Baghdadi".to_string()]);
}

#[test]
fn a_generic_you_refuses_nothing() {
    no_act("“If you don’t train every day, you’re not going to get there,” the coach said.", Act::Reject);
}

#[test]
fn taking_or_spoiling_what_is_not_ones_own_is_a_wrong_reported() {
    first("Local residents say the factory has polluted the river for years.", Act::Accuse);
    expect(
        "Prosecutors said he had embezzled public funds.",
        Act::Accuse,
        "",
        Some(""),
        "embezzled public funds",
    );
    no_act("She said the looting continued.", Act::Accuse);
}

#[test]
fn a_participle_after_a_bare_determiner_is_no_deed_asked_for() {
    // "another set of mice": "set" is the noun, not what the mice should have done to them
    no_act("The biologist ordered another set of mice from a breeding facility.", Act::Demand);
    let c = first("The union wants the mine closed.", Act::Demand);
    assert_eq!(c.content.map(|p| p.text), Some("the mine closed".into()));
}

#[test]
fn a_deadline_given_for_a_deed_is_an_ultimatum() {
    let c = first("The army gave politicians 48 hours to resolve the crisis.", Act::Demand);
    assert_eq!(c.content.map(|p| p.text), Some("resolve the crisis".into()));
    expect("The union gave management until Friday to respond.", Act::Demand, "", Some(""), "respond");
    first("The European Union has given Hungary two more weeks to change the law.", Act::Demand);
    // a chance or a sum is no deadline
    no_act("The coach gave the team a chance to win.", Act::Demand);
    no_act("She gave him 10 dollars to buy food.", Act::Demand);
}

#[test]
fn part_of_a_group_speaks_for_it() {
    let c = first("Some of the senators rejected the plan.", Act::Reject);
    assert_eq!(c.actor.text, "Some of the senators");
    first("Two of the protesters demanded his resignation.", Act::Demand);
    let c = first("Most of the Republicans rejected the plan.", Act::Reject);
    assert_eq!(c.actor.norms, vec!["Republican Party"]);
    // "none of them" did not act
    no_act("None of the senators rejected the plan.", Act::Reject);
}

#[test]
fn a_criticism_made_by_doing_something_is_the_doers() {
    let c = expect_exact(
        "The governor made the remark in criticism of the state's hiring process.",
        Act::Accuse,
        "",
        "the state's hiring process",
    );
    assert_eq!((c.actor.text.as_ref(), c.rule.as_ref()), ("The governor", "criticism-adjunct"));
    expect_exact(
        "In a sharp rebuke of the ruling, the council voted to keep the clinics open.",
        Act::Accuse,
        "",
        "the ruling",
    );
    // "in response to the criticism" is no criticism of one's own
    no_act("The senator spoke in response to the criticism of the plan.", Act::Accuse);
    // a rant one launches into
    first("He then launched into a familiar rant about the courts.", Act::Accuse);
}

#[test]
fn a_deed_done_unlawfully_in_reported_words_accuses() {
    let c =
        first("The minister said the funds had been illegally diverted to a private account.", Act::Accuse);
    assert_eq!(
        c.content.map(|p| p.text),
        Some("the funds had been illegally diverted to a private account".into())
    );
    first("Prosecutors said he had improperly handled classified documents.", Act::Accuse);
    // a manner that only judges
    no_act("He said the players were badly injured in the crash.", Act::Accuse);
    no_act("She said the disease is poorly understood.", Act::Accuse);
}

#[test]
fn a_deed_refused_until_or_unless_something_is_done_is_a_refusal() {
    let c = first("The union said it would not return to work until the contract is signed.", Act::Reject);
    assert_eq!(c.content.map(|p| p.text), Some("return to work".into()));
    first("The farmers said they cannot lift the blockade until the government cuts the tax.", Act::Reject);
    // declining to speak, or what nobody decides, refuses nothing
    no_act("The company said it could not comment until the review is complete.", Act::Reject);
    no_act("The talks will not resume until the spring.", Act::Reject);
}

#[test]
fn charging_overturning_and_blocking_a_named_plan() {
    let c = first("Prosecutors charged three officers with manslaughter.", Act::Accuse);
    assert_eq!(c.content.map(|p| p.text), Some("manslaughter".into()));
    expect_exact("The appeals court overturned the ruling.", Act::Reject, "", "the ruling");
    expect_exact(
        "The judge blocked the administration's plan to end the program.",
        Act::Reject,
        "",
        "the administration's plan to end the program",
    );
    // a charging stand charges nobody; a boat overturns nothing of anyone's
    no_act("The shop sells a compact 3-in-1 wireless charging stand with a cable.", Act::Accuse);
    none("The boat overturned in the storm.");
    // striking a law down and throwing a suit out reject them
    expect_exact("The country's top court struck down the law.", Act::Reject, "", "the law");
    expect_exact("A federal judge threw out the lawsuit.", Act::Reject, "", "the lawsuit");
    none("He threw out the first pitch.");
    none("Workers went on strike down the road.");
}

#[test]
fn vowing_to_go_on_with_a_hostile_deed_warns() {
    first("Israel vowed to continue its offensive.", Act::Warn);
    first("The rebels vowed to continue their struggle.", Act::Warn);
    no_act("She vowed to continue the reforms.", Act::Warn);
}

#[test]
fn an_actor_word_that_modifies_a_noun_names_no_addressee() {
    let c = first("ECOWAS threatened military intervention.", Act::Warn);
    assert!(c.addressee.is_none(), "{:?}", c.addressee);
    assert_eq!(c.content.map(|p| p.text), Some("military intervention".into()));
    // unless the nouns end in one that names a group
    let c = first("The senator accused social media sites of silencing critics.", Act::Accuse);
    assert_eq!(c.addressee.map(|a| a.text), Some("social media sites".into()));
    let c = first("He urged the government to act.", Act::Demand);
    assert_eq!(c.addressee.map(|a| a.text), Some("the government".into()));
}

#[test]
fn what_is_dismissed_as_a_longer_label_is_the_object() {
    expect_exact(
        "Venezuela's government dismissed the sanctions as an act of economic warfare.",
        Act::Reject,
        "Venezuela",
        "the sanctions",
    );
    expect_exact(
        "She rejected the plan as soon as it was published.",
        Act::Reject,
        "",
        "the plan as soon as it was published",
    );
}

#[test]
fn responding_sternly_to_any_provocation_warns() {
    first("The ministry said it would respond sternly to any provocation.", Act::Warn);
    // answering in kind
    find("If Oslo expels our diplomats, Ruritania will respond in kind, the ministry said.", Act::Warn, "");
    none("The ministry said it would respond next week.");
}

#[test]
fn asking_someone_not_to_act_keeps_the_not() {
    let c = first("The US urged Iran not to enrich uranium.", Act::Demand);
    assert_eq!(c.content.map(|p| p.text), Some("not to enrich uranium".into()));
    let c = first("Russia urged NATO never to admit Ukraine.", Act::Demand);
    assert_eq!(c.content.map(|p| p.text), Some("never to admit Ukraine".into()));
    let c = first("The US urged Iran to stop enriching uranium.", Act::Demand);
    assert_eq!(c.content.map(|p| p.text), Some("stop enriching uranium".into()));
}

#[test]
fn opposition_voiced_is_a_refusal() {
    expect_exact("Several governors voiced opposition to the mandate.", Act::Reject, "", "the mandate");
    first("Major corporations expressed their strong opposition to the bill.", Act::Reject);
    // past a day, and an adjective the lexicon knows as a noun ("firm")
    expect_exact(
        "China reiterated on Thursday its firm opposition to the plan.",
        Act::Reject,
        "China",
        "the plan",
    );
    // the opposition as an actor, or as a thing that grows
    first("The opposition demanded new elections.", Act::Demand);
    none("The opposition to the bill grew.");
}

#[test]
fn a_quoted_you_asked_to_do_something_for_the_speaker() {
    let c = first("\"You gotta send us the money by Friday,\" he said.", Act::Demand);
    assert_eq!(c.actor.text, "he");
    first("\"You must help us,\" she said.", Act::Demand);
    // what anyone has to do
    no_act("\"You have to wear a helmet on these roads,\" he said.", Act::Demand);
    no_act("\"You have to stay calm in those moments,\" she said.", Act::Demand);
}

#[test]
fn a_plea_of_innocence_denies_the_charges() {
    expect_exact("The defendant pleaded not guilty to all charges.", Act::Deny, "", "all charges");
    first("He has pleaded not guilty.", Act::Deny);
    first("She pleaded innocent to the charges of bribery.", Act::Deny);
    // a guilty plea denies nothing
    no_act("The two men pleaded guilty to fraud.", Act::Deny);
}

#[test]
fn parties_to_a_case_or_a_race_speak_for_themselves_in_the_plural() {
    first("The defendants denied the charges against them.", Act::Deny);
    first("The two candidates rejected the deal.", Act::Reject);
    // bare officials stay sources
    none("Officials rejected the deal.");
}

#[test]
fn voting_in_favor_accepts_and_what_is_welcomed_as_something_is_the_object() {
    expect_exact("The council voted in favor of the measure.", Act::Accept, "", "the measure");
    expect_exact(
        "The union welcomed the agreement as a victory for workers.",
        Act::Accept,
        "",
        "the agreement",
    );
}

#[test]
fn ready_to_strike_threatens() {
    first("The union is ready to strike.", Act::Warn);
    no_act("The union is ready to strike.", Act::Accept);
    first("The union is ready for talks.", Act::Accept);
}

#[test]
fn force_used_on_people_in_reported_words_accuses() {
    let c = first(
        "Human Rights Watch said security forces had used live ammunition against protesters.",
        Act::Accuse,
    );
    assert_eq!(c.actor.norms, vec!["Human Rights Watch"]);
    first("The group said police used tear gas on demonstrators.", Act::Accuse);
    // gas used in a plant is no force on anyone
    no_act("The company said it used gas in its plants.", Act::Accuse);
}

#[test]
fn a_protest_staged_to_demand_something_demands_it() {
    expect_exact(
        "Activists staged a sit-in to demand the closure of the plant.",
        Act::Demand,
        "",
        "the closure of the plant",
    );
    first("The union organised a rally to protest the cuts.", Act::Accuse);
    // a purpose that claims nothing
    none("The company launched a campaign to promote the product.");
}

#[test]
fn a_wrong_reported_past_a_phrase_before_that() {
    expect(
        "Russia said in a statement that Ukraine had violated the truce.",
        Act::Accuse,
        "Russia",
        Some("Ukraine"),
        "Ukraine had violated the truce",
    );
    first("The army said in a statement that the rebels had violated the ceasefire.", Act::Accuse);
}

#[test]
fn a_clause_without_that_after_in_a_statement_is_reported() {
    expect_exact("The ministry said in a statement it rejected the claims.", Act::Deny, "", "the claims");
    expect_exact(
        "The firm said in the filing it agreed to the settlement.",
        Act::Accept,
        "",
        "the settlement",
    );
    let c = first("The ministry said in a statement Israel must withdraw.", Act::Demand);
    assert_eq!(c.actor.text, "The ministry");
    assert_eq!(c.content.map(|p| p.text).as_deref(), Some("Israel must withdraw"));
    expect_exact("The ministry said in a statement the claims were false.", Act::Deny, "", "the claims");
}

#[test]
fn summoning_an_envoy_to_protest_and_lodging_a_protest_over_something() {
    let c = first(
        "Ruritania summoned the Freedonian envoy to protest the shelling of border villages.",
        Act::Accuse,
    );
    assert_eq!(c.content.map(|p| p.text), Some("the shelling of border villages".into()));
    let c = first("Ruritania lodged a protest with Freedonia over the arrest of its fishermen.", Act::Accuse);
    assert_eq!(c.content.map(|p| p.text), Some("the arrest of its fishermen".into()));
    none("The court summoned the witness to testify.");
    // a suit against someone over something is itself what is claimed
    let c = first("Two states filed a federal suit against Colorado over its marijuana law.", Act::Accuse);
    assert!(c.content.is_some_and(|p| p.text.contains("suit")));
    first("The minister called the annexation a declaration of war.", Act::Accuse);
}

#[test]
fn being_a_critic_or_an_opponent_of_something() {
    expect_exact(
        "The senator has been an outspoken critic of the trade deal.",
        Act::Accuse,
        "",
        "the trade deal",
    );
    expect_exact(
        "The governor is one of the fiercest opponents of the pipeline.",
        Act::Reject,
        "",
        "the pipeline",
    );
    // critics as a subject are commentators, not a stance; a critic by trade judges films
    none("Critics of the plan say it will fail.");
    none("She is the chief film critic of The Times.");
}

#[test]
fn a_regret_foretold_warns() {
    first("\"Anyone who attacks us will regret it,\" the minister said.", Act::Warn);
    // one's own regret, or a promise of none, warns nobody
    no_act("\"I regret the decision,\" the minister said.", Act::Warn);
    no_act("\"You will not regret it,\" the salesman said.", Act::Warn);
}

#[test]
fn a_body_saying_it_could_strike_threatens() {
    find("Ruritania said it could strike the capital.", Act::Warn, "");
    // another's possible deed is a forecast
    no_act("Ruritania said the army could strike the capital.", Act::Warn);
}

#[test]
fn a_pledge_to_make_a_claim_is_the_claim() {
    expect("The governor has pledged to veto the measure.", Act::Reject, "", None, "the measure");
    no_act("The governor has pledged to veto the measure.", Act::Accept);
    expect("Norway promised to oppose the resolution.", Act::Reject, "Norway", None, "the resolution");
    // a pledge of a deed stays a pledge
    expect("The party pledged to cut fuel duty.", Act::Accept, "", None, "cut fuel duty");
}

#[test]
fn a_response_promised_in_general_words_warns() {
    expect("Hanoi vowed to take “firm countermeasures”.", Act::Warn, "Vietnam", None, "countermeasures");
    expect(
        "Seoul will take countermeasures if the tests continue.",
        Act::Warn,
        "South Korea",
        None,
        "take countermeasures",
    );
}

#[test]
fn a_deed_done_to_protest_or_demand() {
    expect("Fishermen blockaded the harbour to protest the quotas.", Act::Accuse, "", None, "the quotas");
    expect("Students occupied the rectorate to demand lower fees.", Act::Demand, "", None, "lower fees");
    no_act("Police blocked the bridge to stop the march.", Act::Demand);
}

#[test]
fn a_vote_tally_before_the_infinitive() {
    expect("The board voted 5-4 to reject the offer.", Act::Reject, "", None, "the offer");
    expect(
        "Aldermen voted 31-18 on Tuesday to demand an audit of the police budget.",
        Act::Demand,
        "",
        None,
        "an audit",
    );
}

#[test]
fn where_it_was_said_is_not_what_was_said() {
    expect_exact(
        "The militia denied involvement in a statement posted online.",
        Act::Deny,
        "",
        "involvement",
    );
    expect_exact(
        "Oslo rejected the claims in an interview with state radio.",
        Act::Deny,
        "Norway",
        "the claims",
    );
    // a release that is what is asked for stays
    expect_exact("The families asked for help in their release.", Act::Demand, "", "help in their release");
}

#[test]
fn denying_oneself_is_no_denial() {
    none("She denied herself sweets for a month.");
}

#[test]
fn a_deadline_set_for_someone_to_act() {
    expect(
        "Ottawa set a deadline of May 1 for Delhi to respond.",
        Act::Demand,
        "Canada",
        Some("India"),
        "respond",
    );
    expect(
        "The regulator imposed a Friday deadline for the company to pay its debts.",
        Act::Demand,
        "",
        Some(""),
        "pay its debts",
    );
    none("The deadline for applications is Friday.");
    none("The court set a deadline for filings.");
}

#[test]
fn doubling_down_on_a_claim() {
    expect("The mayor doubled down on her demand for a curfew.", Act::Demand, "", None, "a curfew");
    none("The company doubled its profits.");
}

#[test]
fn backing_behind_someone() {
    expect_exact("Democrats rallied behind the nominee.", Act::Accept, "Democratic Party", "the nominee");
    expect_exact("The prime minister threw her full weight behind the bid.", Act::Accept, "", "the bid");
    expect_exact("The senator threw his support behind the governor.", Act::Accept, "", "the governor");
    // where something stands is no backing
    none("The car stopped behind the bus.");
    no_act("He threw the ball behind the line.", Act::Accept);
}

#[test]
fn how_a_vote_went_closes_no_content() {
    expect_exact("The board endorsed the proposal unanimously.", Act::Accept, "", "the proposal");
    // a manner that belongs to the deed stays
    expect_exact(
        "The assembly refused to let the envoy speak freely.",
        Act::Reject,
        "",
        "let the envoy speak freely",
    );
}

#[test]
fn harm_foretold_of_a_measure_accuses() {
    for (text, content) in [
        ("Senator Ana Ruiz said the levy would cripple family farms.", None),
        ("The growers' union says the tariffs have hurt exports.", Some("the tariffs have hurt exports")),
        ("The council said the plan would gut funding for libraries.", None),
        // a measure made for the harm
        ("The press union says the law is designed to silence reporters.", None),
        ("The opposition said the decree was meant to punish striking miners.", None),
    ] {
        let c = first(text, Act::Accuse);
        assert_eq!(c.rule, "reported-harm", "{text}");
        if let Some(content) = content {
            assert_eq!(c.content.as_ref().map(|p| &*p.text), Some(content), "{text}");
        }
    }
    // harm by weather, harm suffered, and harm denied are no accusation
    none("Officials said the storm damaged hundreds of homes.");
    none("Police said two officers were hurt in the clash.");
    none("The mayor said the budget would not hurt city services.");
}

#[test]
fn what_cannot_go_on_is_refused() {
    let c = expect_exact(
        "The envoy said the siege cannot continue.",
        Act::Reject,
        "",
        "the siege cannot continue",
    );
    assert_eq!(c.rule, "cannot-go-on");
    expect_exact("\"This can't go on,\" the governor said.", Act::Reject, "", "This can't go on");
    expect_exact(
        "Sweden's premier said the junta cannot remain in power.",
        Act::Reject,
        "Sweden",
        "the junta cannot remain in power",
    );
    // going on with something, and a person's own going on, refuse nothing
    no_act("The firm said it cannot continue production without new parts.", Act::Reject);
    no_act("The coach said they cannot continue like this.", Act::Reject);
}

#[test]
fn wasting_public_money_is_a_wrong() {
    let c = first("Senator Ana Ruiz said the agency had squandered public funds.", Act::Accuse);
    assert_eq!(c.rule, "reported-violation");
    let c = first("Senator Ana Ruiz said the inquiry was a waste of taxpayer money.", Act::Accuse);
    assert_eq!(c.rule, "reported-evaluation");
    none("The chef said he wasted no time in opening a second restaurant.");
}

#[test]
fn a_group_opening_its_clause_with_a_participle_of_protest_claims() {
    expect_exact(
        "Nurses demanding safer staffing levels marched on the health ministry.",
        Act::Demand,
        "",
        "safer staffing levels",
    );
    expect_exact("Tenants opposing the rent rise occupied the lobby.", Act::Reject, "", "the rent rise");
    let c = expect_exact(
        "Dockworkers accusing the navy of harassment blocked the harbour.",
        Act::Accuse,
        "",
        "harassment",
    );
    assert_eq!(c.addressee.map(|a| a.text).as_deref(), Some("the navy"));
    // an offer describing a business is no proposal, and a participle with no verb after its
    // object is left alone
    none("Retailers offering free delivery reported higher sales.");
}

#[test]
fn a_side_wanting_a_thing_asks_for_it() {
    expect_exact(
        "Republicans want a long-term farm bill.",
        Act::Demand,
        "Republican Party",
        "a long-term farm bill",
    );
    expect_exact(
        "Hamas wants guarantees that the war will end.",
        Act::Demand,
        "Hamas",
        "guarantees that the war will end",
    );
    let c = first("“We want a fair deal for dockworkers,” the union leader said.", Act::Demand);
    assert_eq!(c.content.as_ref().map(|p| &*p.text), Some("a fair deal for dockworkers"));
    // anyone's wish, a pronoun or a quantity, a pseudo-cleft and one person's wish are no demand
    none("Customers want cheaper phones.");
    none("Russia wants it.");
    none("What the mayor wants remains unclear.");
    none("\"I want a quiet life,\" the singer said.");
}

#[test]
fn the_state_of_the_sentence_before_is_the_ministry_s() {
    let text = "Beijing said the patrol boat had left. Manila summoned China's envoy on Monday. \
                The foreign ministry demanded an apology.";
    find(text, Act::Demand, "Philippines");
}

#[test]
fn a_crowd_that_undergoes_a_consequence_threatens_nobody() {
    none("Many will miss their first paycheck unless the governor signs the budget.");
}

#[test]
fn a_relative_clause_without_that_wants_its_noun() {
    none("Even the kind of fence the governor wants remains unclear.");
}

#[test]
fn pouring_scorn_on_something_accuses() {
    let c = expect_exact("The finance minister poured scorn on the audit.", Act::Accuse, "", "the audit");
    assert_eq!(c.rule, "poured-scorn");
    none("She poured cream on the cake.");
}

#[test]
fn whom_a_cause_moves_to_speak_makes_the_claim() {
    expect(
        "The shooting prompted the African Union to demand an inquiry.",
        Act::Demand,
        "African Union",
        None,
        "an inquiry",
    );
    let c = first("The verdict led the opposition to call for protests.", Act::Demand);
    assert_eq!(c.actor.text, "the opposition");
    // moving no one who speaks
    none("The frost led growers to delay the harvest.");
}

#[test]
fn a_participle_after_a_subordinate_clause_is_the_main_subjects() {
    expect(
        "Chile recalled its ambassador after Peru closed the border, accusing Lima of aggression.",
        Act::Accuse,
        "Chile",
        Some("Peru"),
        "aggression",
    );
}

#[test]
fn a_truth_asked_about_and_denied() {
    let c = first("Asked on Tuesday if the allegations were true, the mayor said: \"No.\"", Act::Deny);
    assert_eq!(c.content.map(|p| p.text.into_owned()).as_deref(), Some("the allegations"));
    // a "yes" to the truth claims nothing of the answerer's
    none("Asked if the report was accurate, the mayor said: \"Yes.\"");
}

#[test]
fn counted_or_described_candidates_speak_and_bare_ones_do_not() {
    first("Several opposition candidates demanded a recount.", Act::Demand);
    first("Three candidates demanded a recount.", Act::Demand);
    none("Candidates demanded a recount.");
}

#[test]
fn a_trailing_speaker_with_modifiers_before_the_office() {
    let c = first("“The council must resign,” senior councillor Ana Ruiz said.", Act::Demand);
    assert_eq!(c.actor.norms, ["Ana Ruiz"]);
}

#[test]
fn a_plan_speaks_for_its_author() {
    expect("Egypt's plan calls for a truce at dawn.", Act::Demand, "Egypt", None, "a truce at dawn");
    expect("The Egyptian plan calls for a truce at dawn.", Act::Demand, "Egypt", None, "a truce at dawn");
    // a noun between the adjective and the verb: no claim of the side's
    none("The French recipe calls for butter.");
}

#[test]
fn a_subjunctive_asked_for_is_not_the_subjects_claim() {
    no_act("The advisers recommended that he veto the bill.", Act::Reject);
}

#[test]
fn after_a_comma_the_coordination_goes_on_with_the_main_clause() {
    let c = first(
        "The premier offered a truce if the rebels stopped firing, but rejected any talks on autonomy.",
        Act::Reject,
    );
    assert_eq!(c.actor.text, "The premier");
}

#[test]
fn guilty_of_in_someones_words_accuses_and_a_verdict_does_not() {
    first("The senator said the agency was guilty of negligence.", Act::Accuse);
    first("He said he was not guilty of any crime.", Act::Deny);
    none("The court found him guilty of fraud.");
}

#[test]
fn a_wrong_told_before_its_trailing_speaker() {
    let c = first("Police harassed the villagers, Amnesty said.", Act::Accuse);
    assert_eq!(c.actor.norms, ["Amnesty International"]);
    assert_eq!(c.actor.code.as_deref(), Some("NGOHRIAMN"));
    // a title in apposition is still no clause reported
    first("Kenya's attorney general, Ann Wambui, said the county must pay.", Act::Demand);
}

#[test]
fn wrongs_committed_by_the_dozen_in_a_report() {
    expect(
        "Human Rights Watch said in a report Tuesday that the militia committed dozens of abuses.",
        Act::Accuse,
        "Human Rights Watch",
        Some(""),
        "committed dozens of abuses",
    );
}

#[test]
fn the_organization_is_the_one_the_sentence_before_was_about() {
    let text = "Amnesty International released a report on Monday. The organization also said guards tortured detainees.";
    find(text, Act::Accuse, "Amnesty International");
}

#[test]
fn the_one_quoted_as_saying_speaks() {
    // the agency quotes, the minister speaks, before or after the quoting clause
    let c = expect(
        "“The garrison must leave the island,” state radio quoted the defence minister as saying.",
        Act::Demand,
        "",
        Some(""),
        "The garrison must leave the island",
    );
    assert_eq!(c.actor.text, "the defence minister");
    let c = first(
        "The news agency cited a senior diplomat as saying that Lisbon must pay the fine.",
        Act::Demand,
    );
    assert_eq!(c.actor.text, "a senior diplomat");
}

#[test]
fn an_intention_to_make_a_claim_is_the_claim() {
    expect("Iran plans to reject the offer, officials said.", Act::Reject, "Iran", None, "the offer");
    expect("The dockworkers intend to push for a shorter week.", Act::Demand, "", None, "a shorter week");
    expect(
        "Peru is hoping to persuade Chile to reopen the border.",
        Act::Demand,
        "Peru",
        Some("Chile"),
        "reopen",
    );
    // an intention to do anything else is no claim
    none("The company plans to open two new stores in the spring.");
}

#[test]
fn a_legal_challenge_accuses_and_a_dare_demands() {
    let c = first("Two provinces filed a court challenge to the carbon levy on Monday.", Act::Accuse);
    assert_eq!(c.actor.text, "Two provinces");
    assert_eq!(c.content.map(|p| p.text.into_owned()).as_deref(), Some("a court challenge"));
    expect(
        "The mayor renewed his challenge to the governor to release the audit.",
        Act::Demand,
        "",
        Some(""),
        "release the audit",
    );
    // a challenge met or posed is nobody's claim
    none("The new rules presented a challenge to small bakeries.");
    none("The club faces a challenge from its wealthier rivals.");
}

#[test]
fn pressure_stepped_up_in_a_participle_clause_is_the_subjects() {
    expect(
        "The ministry announced new fines, ratcheting up pressure on the mills to cut emissions.",
        Act::Demand,
        "",
        None,
        "cut emissions",
    );
    let c = first("Lima froze the accounts, stepping up pressure on the mine owners to pay.", Act::Demand);
    assert_eq!(c.actor.text, "Lima");
}

#[test]
fn a_passive_agent_past_a_time_phrase_or_with_its_group() {
    expect(
        "The raise is larger than the one turned down last month by the nurses' union.",
        Act::Reject,
        "",
        None,
        "the one",
    );
    let c = first("The plan was rejected by members of the teachers' union.", Act::Reject);
    assert_eq!(c.actor.text, "members of the teachers' union");
    let c = first("The local district said it intended to push for smaller classes.", Act::Demand);
    assert_eq!(c.actor.text, "The local district");
}

#[test]
fn a_lead_led_in_turn_still_finds_its_subject() {
    let c = first("The candidate vowed to take to the streets every week to protest the count.", Act::Accuse);
    assert_eq!(c.actor.text, "The candidate");
    // a march planned for a day, for what it demands
    expect(
        "The opponents were planning a march on Saturday to demand a recount.",
        Act::Demand,
        "",
        None,
        "a recount",
    );
}

#[test]
fn what_a_thing_suffers_by_an_agent_is_the_agents_act_not_the_things() {
    // a noun's own act counts only where the agent put it forward
    find("The charges of ballot stuffing were denied by election officials.", Act::Deny, "");
    let c = first("The offer accepted by the dockers' union includes a bonus.", Act::Accept);
    assert_eq!(c.actor.text, "the dockers' union");
    no_act("The offer accepted by the dockers' union includes a bonus.", Act::Propose);
    first("The demands submitted by the miners include a pay rise.", Act::Demand);
}

#[test]
fn a_medium_reporting_at_the_end_is_not_what_was_said() {
    expect_exact(
        "The challenger said the ballots were stolen, local radio reported on Monday.",
        Act::Accuse,
        "",
        "the ballots were stolen",
    );
}

#[test]
fn a_group_backed_by_a_state_is_sponsored_not_a_position() {
    let cs = claims("The militia, a group backed by Tehran, turned down the truce.");
    assert!(!cs.iter().any(|c| c.act == Act::Accept), "{cs:?}");
    find("The militia, a group backed by Tehran, turned down the truce.", Act::Reject, "");
    // a plan backed by a state is its position
    find("The plan was backed by Tehran.", Act::Accept, "Iran");
}

#[test]
fn what_a_relative_clause_refuses_is_its_antecedent_alone() {
    expect_exact(
        "The draft contained clauses that Ankara could not accept.",
        Act::Reject,
        "Turkey",
        "clauses",
    );
}

#[test]
fn readiness_quoted_from_its_first_word() {
    first("The rebel groups said they were “ready to sign” a truce.", Act::Accept);
}

#[test]
fn a_request_refused_is_rejected_wherever_its_noun_stands() {
    find(
        "A federal judge denied former Acme chief John Roe's request to be released on bail.",
        Act::Reject,
        "",
    );
    find("The tribunal denied a bid by the former minister to reopen the case.", Act::Reject, "");
    // a denial of what was said stays one
    find("The ministry denied reports that troops had crossed the border.", Act::Deny, "");
}

#[test]
fn a_disagreement_held_rejects() {
    find("The judge did not agree with the prosecution's reading of the law.", Act::Reject, "");
    let c = find("Lisbon did not agree with the proposal.", Act::Reject, "Portugal");
    assert!(!c.negated, "a disagreement is no acceptance still to come");
}

#[test]
fn the_north_of_a_divided_land_named_before() {
    let text = "North Korea fired a rocket across the border. The North denied any role and \
                threatened to shell the loudspeakers.";
    find(text, Act::Deny, "North Korea");
    find(text, Act::Warn, "North Korea");
    // no such land named: nobody known
    let cs = claims("The North denied any role.");
    assert!(cs.iter().all(|c| c.actor.norms.is_empty()), "{cs:?}");
}

#[test]
fn an_ultimatum_outlined_and_a_warning_sent_are_claims() {
    find("Pyongyang outlined an ultimatum to its neighbour.", Act::Demand, "North Korea");
    expect("The army sent a stern warning to the rebels.", Act::Warn, "", Some(""), "a stern warning");
    find("Nepal conveyed its strong protest at the incursion.", Act::Accuse, "Nepal");
    none("The minister conveyed his thanks to the hosts.");
}

#[test]
fn a_right_reserved_warns_only_of_an_answer() {
    find("Moscow reserves the right to retaliate.", Act::Warn, "Russia");
    none("The bank reserves the right to monitor the content of all e-mail sent by its staff.");
}

#[test]
fn what_a_board_recommends_others_do_is_its_own_claim() {
    let text = "The directors recommended that shareholders reject the bid.";
    find(text, Act::Propose, "");
    // the shareholders asked to reject have not rejected anything
    let cs = claims(text);
    assert!(!cs.iter().any(|c| c.act == Act::Reject), "{cs:?}");
    // a dish recommended is nobody's proposal
    none("I recommend the lamb and the lemon tart.");
}

#[test]
fn an_offer_judged_inadequate_is_criticised() {
    expect("The retailer described the bid as “inadequate”.", Act::Accuse, "", None, "the bid");
}

#[test]
fn a_participle_after_a_progressive_and_its_time_is_the_subjects() {
    expect(
        "Teachers have been striking since March demanding higher pay.",
        Act::Demand,
        "",
        None,
        "higher pay",
    );
}

#[test]
fn who_is_asked_to_act_does_not_go_on_speaking() {
    // the protesters claim, not the president they want gone
    let c = first(
        "The protesters have been marching for days, demanding the president quit, claiming the vote was rigged.",
        Act::Accuse,
    );
    assert_eq!(c.actor.text, "The protesters");
    // a relative clause on the subject judged stays with it
    expect_exact(
        "The opposition rallied in the capital, claiming the election which brought him to power was rigged.",
        Act::Accuse,
        "",
        "the election which brought him to power was rigged",
    );
}

#[test]
fn a_wrong_blamed_on_someone_accuses_them() {
    expect("The government blamed the violence on the rebels.", Act::Accuse, "", Some(""), "the violence");
    // (a wrong whose noun is also a verb: "the attack", "the shelling")
    let c = expect_exact("The ministry blamed the shelling on the militia.", Act::Accuse, "", "the shelling");
    assert_eq!(c.addressee.map(|a| a.text).as_deref(), Some("the militia"));
    expect("The government blamed the rebels for the violence.", Act::Accuse, "", Some(""), "the violence");
}

#[test]
fn a_particle_taken_is_no_second_frame() {
    expect_exact(
        "The demonstrators pressed for swifter trials for officials accused of torture.",
        Act::Demand,
        "",
        "swifter trials for officials accused of torture",
    );
}

#[test]
fn a_pronoun_object_closing_the_clause_is_a_claim() {
    // the referent was named before; the claim is made all the same
    let c = first("Farmers proposed capping rents, but the landlords have rejected it.", Act::Reject);
    assert_eq!(c.actor.text, "the landlords");
    assert_eq!(first("The ministry denied it on Monday.", Act::Deny).actor.text, "The ministry");
    // a pronoun after a verb that is no claim verb makes none
    none("The council discussed it on Monday.");
}

#[test]
fn measures_promised_against_someone_threaten() {
    expect(
        "Hungary said it would take reciprocal measures against any country that imposes new tariffs.",
        Act::Warn,
        "Hungary",
        None,
        "reciprocal measures",
    );
    expect("Ankara will take countermeasures.", Act::Warn, "Turkey", None, "countermeasures");
    first("The company will take legal action against the newspaper.", Act::Warn);
    // measures against a thing, or for a purpose, threaten no one
    none("The government will take measures to curb inflation.");
    none("The government will take measures against the spread of the virus.");
}

#[test]
fn those_who_are_described_are_the_ones_asked() {
    expect_exact(
        "\"Those who wanted the split must offer solutions,\" the negotiator said.",
        Act::Demand,
        "",
        "Those who wanted the split must offer solutions",
    );
}

#[test]
fn an_aside_between_verb_and_object_is_read_through() {
    expect_exact(
        "The government condemned, in the strongest terms, the attack on the embassy.",
        Act::Accuse,
        "",
        "the attack on the embassy",
    );
    expect_exact(
        "The suit alleges, among other things, that the agency acted arbitrarily.",
        Act::Accuse,
        "",
        "the agency acted arbitrarily",
    );
    // a list is no aside: "Lobby" names a shop
    none("We have Hobby Lobby, Just for Fun Fabrics, Walmart, and a mall nearby.");
}

#[test]
fn measures_against_someone_past_their_own_complement() {
    first("The ministry said it will soon take measures of equal scale against U.S. goods.", Act::Warn);
}

#[test]
fn people_told_not_to_act_are_asked() {
    let c = first("Beijing told other countries not to interfere.", Act::Demand);
    assert_eq!(norm(&c.actor), "China");
    // a thing told to someone asks nothing
    none("He told the story to reporters.");
}

#[test]
fn sitting_down_for_talks_is_offered_or_refused() {
    expect(
        "The president said he would not sit down with the rebels.",
        Act::Reject,
        "",
        None,
        "sit down with the rebels",
    );
    first("The rebels said they are ready to sit for talks.", Act::Accept);
    // sitting elsewhere is no talk
    none("The president said he would not sit in the front row.");
}

#[test]
fn no_talks_until_a_condition_is_met_refuses_them() {
    expect(
        "The minister said there would be no dialogue until the rule of law is restored.",
        Act::Reject,
        "",
        None,
        "no dialogue until the rule of law is restored",
    );
    // talks that simply will not happen are no refusal
    none("The minister said there will be no talks next week.");
}

#[test]
fn submitting_to_pressure_is_giving_in() {
    expect("The union said it would not submit to pressure.", Act::Reject, "", None, "pressure");
    // submitting a draft proposes it
    first("The company will submit a proposal to the board.", Act::Propose);
}

#[test]
fn a_statement_reads_what_its_issuer_says() {
    let issued = "The Lowland Ministry of Water issued a statement on Monday.";
    for attribution in ["the statement read", "reads the statement", "said the statement"] {
        let text = format!("{issued} \"We strongly condemn the closure of the dam,\" {attribution}.");
        let c = first(&text, Act::Accuse);
        assert_eq!(c.actor.text, "The Lowland Ministry of Water", "{attribution}");
        assert!(c.content.as_ref().is_some_and(|p| p.text.contains("closure of the dam")));
    }
    // a person reading something reports nothing
    let c = first("He read the names of the dead aloud and demanded an inquiry.", Act::Demand);
    assert_eq!(c.content.as_ref().map(|p| &*p.text), Some("an inquiry"));
}

#[test]
fn a_letter_acts_for_whoever_wrote_or_sent_it() {
    for opening in [
        "Ten Republican senators wrote to the governor on Monday.",
        "Ten Republican senators sent a letter to the governor.",
    ] {
        let text = format!("{opening} The letter urged her to veto the bill.");
        let c = first(&text, Act::Demand);
        assert_eq!(c.actor.text, "Ten Republican senators", "{opening}");
        assert_eq!(norm(&c.actor), "Republican Party");
    }
    // a letter nobody was said to send speaks for no one
    none("The letter urged her to veto the bill.");
}

#[test]
fn what_a_suit_seeks_a_court_to_do_is_demanded() {
    expect(
        "Ohio sued to block the new drilling rule.",
        Act::Demand,
        "Ohio",
        None,
        "block the new drilling rule",
    );
    let c = first("Ohio filed a lawsuit in federal court seeking to halt the sale of the port.", Act::Demand);
    assert_eq!(norm(&c.actor), "Ohio");
    assert!(c.content.as_ref().is_some_and(|p| p.text.starts_with("halt the sale")));
    // the suit speaks for whoever sued
    let c = first(
        "Ohio sued the agency on Monday. The lawsuit seeks to overturn the drilling rule.",
        Act::Demand,
    );
    assert_eq!(norm(&c.actor), "Ohio");
    // seeking to do something oneself demands nothing
    none("The government sought to prohibit the rally.");
}

#[test]
fn a_struggle_promised_until_something_is_done_demands_it() {
    for (text, content) in [
        ("Dockworkers vowed to keep up their blockade until the levy is scrapped.", "the levy is scrapped"),
        (
            "Nurses will remain on strike until the hospital restores their pay.",
            "the hospital restores their pay",
        ),
        ("The farmers' union will not end its boycott until the ban is lifted.", "the ban is lifted"),
    ] {
        let c = claims(text).into_iter().find(|c| c.rule == "until-done").unwrap_or_else(|| panic!("{text}"));
        assert_eq!(c.act, Act::Demand);
        assert_eq!(c.content.as_ref().map(|p| &*p.text), Some(content), "{text}");
    }
    // any deed refused until then
    let c = claims("The union would not return to work until the contract is signed.")
        .into_iter()
        .find(|c| c.rule == "until-done")
        .expect("the condition");
    assert_eq!(c.content.as_ref().map(|p| &*p.text), Some("the contract is signed"));
    // staying until something happened promised nothing, and a date is no condition
    none("The minister stayed until the police arrived.");
    none("The talks will continue until Friday.");
}

#[test]
fn a_condition_on_another_side_demands_it() {
    let c = first("Armenia will resume talks only after Azerbaijan lifts the blockade.", Act::Demand);
    assert_eq!(c.rule, "only-if");
    assert_eq!(norm(&c.actor), "Armenia");
    assert_eq!(c.content.as_ref().map(|p| &*p.text), Some("Azerbaijan lifts the blockade"));
    let c = claims("Serbia is ready to resume talks only when Kosovo lifts the tariffs, the president said.");
    let demand = c.iter().find(|c| c.rule == "only-if").expect("the condition");
    assert_eq!(demand.addressee.as_ref().map(|a| &*a.text), Some("Kosovo"));
    // the acceptance ends before its condition
    let accept = c.iter().find(|c| c.act == Act::Accept).expect("the acceptance");
    assert_eq!(accept.content.as_ref().map(|p| &*p.text), Some("resume talks"));
    // a condition on no side demands nothing
    none("The plant will reopen only after repairs are completed.");
}

#[test]
fn a_deadline_of_any_count_is_an_ultimatum() {
    expect(
        "The premier gave the regional council eight days to drop its referendum plan.",
        Act::Demand,
        "",
        Some(""),
        "drop its referendum plan",
    );
    expect(
        "The board gave the pilots a few days to accept the deal.",
        Act::Demand,
        "",
        Some(""),
        "accept the deal",
    );
}

#[test]
fn a_verb_that_also_reports_judges_its_object() {
    expect("The cabinet declared the referendum illegal.", Act::Accuse, "", None, "the referendum");
    expect("The court declared the strike a sham.", Act::Accuse, "", None, "the strike");
    // with "that" it reports the judgement
    expect(
        "The cabinet declared that the referendum was illegal.",
        Act::Accuse,
        "",
        None,
        "referendum was illegal",
    );
}

#[test]
fn two_participles_share_the_thing_before_the_first() {
    let cs =
        claims("The package mirrored measures previously demanded by the lenders but rejected by voters.");
    let content =
        |act: Act| cs.iter().find(|c| c.act == act).and_then(|c| c.content.as_ref()).map(|p| &*p.text);
    assert_eq!(content(Act::Demand), Some("measures"));
    assert_eq!(content(Act::Reject), Some("measures"));
}

#[test]
fn the_subject_of_an_adjective_acts_in_its_gerund() {
    let c = first("The mayor said the lenders were persistent in rejecting the reform plans.", Act::Reject);
    assert_eq!(c.actor.text, "the lenders");
    let c = first("The unions have been united in demanding higher pay.", Act::Demand);
    assert_eq!(c.actor.text, "The unions");
}

#[test]
fn agreeing_to_make_a_claim_makes_it() {
    expect("The cabinet agreed to reject the offer.", Act::Reject, "", None, "the offer");
    expect(
        "The cabinet agreed to formally request the regional council to confirm its plans.",
        Act::Demand,
        "",
        Some(""),
        "confirm its plans",
    );
    // a deed agreed to is accepted
    expect(
        "The garrison agreed to withdraw from the valley.",
        Act::Accept,
        "",
        None,
        "withdraw from the valley",
    );
}

#[test]
fn a_trailing_attribution_is_no_aside_of_the_content() {
    let c = first(
        "Lowland \"will never tolerate\" the secession of the islands, a government official told the state agency, in response to the vote.",
        Act::Reject,
    );
    assert_eq!(c.content.as_ref().map(|p| &*p.text), Some("the secession of the islands"));
    // an aside naming a state is still an aside
    let c = first(
        "Moscow asked NATO to block Veloria, a former Soviet state, from joining the alliance.",
        Act::Demand,
    );
    assert!(c.content.as_ref().is_some_and(|p| p.text.contains("from joining")));
}

#[test]
fn a_sum_asked_for_is_the_content_not_the_addressee() {
    let c = first("Poorer countries had asked for $900 billion to help them adapt.", Act::Demand);
    assert!(c.content.as_ref().is_some_and(|p| p.text.starts_with("$900 billion")));
}

#[test]
fn someone_and_others_speak_together() {
    let c = first("The mayor and others called for the plant to close.", Act::Demand);
    assert_eq!(c.actor.text, "The mayor and others");
    // who is at an event speaks for the body named before it
    let c = first(
        "The head of Amnesty International's delegation at COP31 says the deal is \"a disgrace\".",
        Act::Accuse,
    );
    assert_eq!(c.actor.norms, vec!["Amnesty International"]);
    expect("The Chinese mainland says it firmly opposes the visit.", Act::Reject, "China", None, "the visit");
}

#[test]
fn an_ordinal_adverb_after_the_subject() {
    expect("The senator first blasted the ruling.", Act::Accuse, "", None, "the ruling");
    expect("The union later rejected the offer.", Act::Reject, "", None, "the offer");
}

#[test]
fn a_participle_of_saying_with_no_comma_ends_the_object() {
    expect_exact("The senator slammed the inquiry saying it was incomplete.", Act::Accuse, "", "the inquiry");
    // what a document or a ruling says is part of it
    expect_exact(
        "The union rejected a report saying wages had risen.",
        Act::Reject,
        "",
        "a report saying wages had risen",
    );
}

#[test]
fn charges_made_or_renewed_are_their_makers_claims() {
    let c = first("The senators renewed charges that the agency lied about the raid.", Act::Accuse);
    assert_eq!(c.actor.text, "The senators");
    first("The opposition made fresh allegations that the ministry rigged the count.", Act::Accuse);
    // charges nobody is said to make are no one's
    none("The charges that he lied about the raid were dropped.");
}

#[test]
fn a_company_named_with_its_legal_form_is_asked() {
    expect(
        "A coalition of attorneys general called on Acme Platforms, Inc. to address the risk of fraud.",
        Act::Demand,
        "",
        Some("Acme Platforms"),
        "address the risk of fraud",
    );
}

#[test]
fn a_deal_sent_on_is_not_accepted() {
    let text = "The administration sent the agreement with Veloria to Congress and the premier urged lawmakers to reject the deal.";
    no_act(text, Act::Accept);
    expect(text, Act::Demand, "", Some(""), "reject the deal");
}

#[test]
fn a_pronoun_labelled_is_what_is_accused() {
    let c = first("A cabinet minister denounced it as a \"license to kill.\"", Act::Accuse);
    assert!(c.addressee.is_none());
    assert!(c.content.as_ref().is_some_and(|p| p.text.starts_with("it as a")));
}

#[test]
fn an_irregular_deed_done_unlawfully_accuses() {
    expect(
        "The prosecutor says the pharmacy unlawfully sold millions of pills.",
        Act::Accuse,
        "",
        None,
        "the pharmacy unlawfully sold millions of pills",
    );
}

#[test]
fn players_and_deadlines_in_a_labour_dispute() {
    expect("The players rejected the commissioner's latest offer.", Act::Reject, "", None, "latest offer");
    expect(
        "The commissioner set a Friday deadline for the players to accept.",
        Act::Demand,
        "",
        Some(""),
        "accept",
    );
    expect(
        "The commissioner offered a revenue split, giving the union until Wednesday to accept the deal.",
        Act::Demand,
        "",
        Some(""),
        "accept the deal",
    );
    expect(
        "The commissioner issued a threatening warning to the union that a strike would end the season.",
        Act::Warn,
        "",
        Some(""),
        "a strike would end the season",
    );
    expect(
        "The rebels stipulate that any agreement lead to a withdrawal of the troops.",
        Act::Demand,
        "",
        None,
        "any agreement lead to a withdrawal",
    );
}

#[test]
fn not_interested_in_talks_refuses_them() {
    expect("The rebels are not interested in talks while the troops remain.", Act::Reject, "", None, "talks");
    none("The company is interested in buying the plant.");
}

#[test]
fn an_aside_singling_out_part_of_the_addressee() {
    expect(
        "\"We urge Veloria, especially its president and the army chief, to release the footage,\" the envoy said.",
        Act::Demand,
        "",
        Some("Veloria"),
        "release the footage",
    );
}

#[test]
fn a_side_owning_the_thing_demanded_is_no_addressee() {
    let c = first(
        "The rebels reiterated their demand of the foreign forces' pullout from the country.",
        Act::Demand,
    );
    assert!(c.addressee.is_none());
    assert!(c.content.as_ref().is_some_and(|p| p.text.contains("pullout")));
}

#[test]
fn a_court_ruling_against_a_decision_rejects_it() {
    expect(
        "A federal judge ruled against the ministry's decision to end the program.",
        Act::Reject,
        "",
        None,
        "the ministry's decision",
    );
}

#[test]
fn a_gerund_after_led_to_has_its_own_subject() {
    let c = first(
        "The court rejected the appeal, a decision that has led to the country's sports minister calling for the disbanding of the federation.",
        Act::Demand,
    );
    assert_eq!(c.actor.text, "the country's sports minister");
}

#[test]
fn calling_something_after_a_demand_is_no_part_of_it() {
    expect_exact(
        "The minister called on the committee to have the final say after labeling the verdict as \"purely political.\"",
        Act::Demand,
        "",
        "have the final say",
    );
}

#[test]
fn a_pronoun_s_contracted_is_is_an_auxiliary() {
    expect(
        "The union said it's seeking compensation from the airline.",
        Act::Demand,
        "",
        None,
        "compensation",
    );
    expect("The minister said he's rejecting the offer.", Act::Reject, "", None, "the offer");
    // a name's "'s" is still a possessive
    let c = first("Chile's demand for a recount was rejected by the court.", Act::Reject);
    assert_eq!(c.actor.text, "the court");
}

#[test]
fn readiness_to_give_up_something_accepts() {
    let c = first("The president said he is prepared to relinquish some of his powers.", Act::Accept);
    assert_eq!(c.content.as_ref().map(|p| &*p.text), Some("relinquish some of his powers"));
    let c = first("Yemen's government has written to the council to demand an inquiry.", Act::Demand);
    assert_eq!(norm(&c.actor), "Yemen");
}

#[test]
fn what_there_must_be_is_asked_for_and_a_reason_asks_nothing() {
    let c = first("The union said there needs to be a new election.", Act::Demand);
    assert_eq!(c.content.as_ref().map(|p| &*p.text), Some("a new election"));
    first("The minister said there must be an independent inquiry.", Act::Demand);
    // a state of things nobody brings about, and a reason, demand nothing
    none("The farmer said there needs to be more rain this year.");
    none("Drivers use the app because they want to, not because they have to, the company said.");
}

#[test]
fn a_relative_clause_judging_its_antecedent() {
    let c = first("The minister rejected the report, which the opposition called a smear.", Act::Deny);
    assert_eq!(c.content.as_ref().map(|p| &*p.text), Some("the report"));
    let c = first("The army defended the raid, which the opposition called a massacre.", Act::Accuse);
    assert_eq!(c.content.as_ref().map(|p| &*p.text), Some("the raid"));
}

#[test]
fn a_document_s_owner_not_the_clause_subject_makes_its_claim() {
    let cs = claims("The governor proclaimed his innocence amid a furor over a whisteblower's complaint alleging misconduct.");
    assert!(cs.iter().all(|c| !(c.act == Act::Accuse && c.actor.text.contains("governor"))), "{cs:?}");
    first("The union issued a statement demanding his resignation.", Act::Demand);
}

#[test]
fn a_suit_before_a_participle_of_accusing_is_the_accuser() {
    let c = first(
        "The bakery chain has been sued in a class action accusing the company of mislabelling its bread.",
        Act::Accuse,
    );
    assert_eq!(c.actor.text, "a class action");
    assert_eq!(c.content.as_ref().map(|p| &*p.text), Some("mislabelling its bread"));
}

#[test]
fn a_verb_whose_past_is_its_base_still_ends_the_subject() {
    // "cast", "put", "hit": the participle clause after them is their subject's
    let c = first(
        "The minister cast doubt on the deal, accusing the West of failing to honour pledges.",
        Act::Accuse,
    );
    assert_eq!(c.actor.text, "The minister");
    assert_eq!(c.addressee.as_ref().map(|a| &*a.text), Some("the West"));
    let c = first("Senator Ann Lee cast the lone vote in favor of opening the debate.", Act::Accept);
    assert_eq!(c.actor.text, "Senator Ann Lee");
}

#[test]
fn the_huthis_are_the_houthis() {
    find("The Huthis vowed to continue their attacks.", Act::Warn, "Houthis");
}

#[test]
fn having_to_prepare_to_pay_a_heavy_price_warns() {
    let c = first(
        "The rebel commander said the coalition would “have to prepare to pay a heavy price.”",
        Act::Warn,
    );
    assert!(c.content.as_ref().is_some_and(|p| p.text.contains("pay a heavy price")), "{c:?}");
    no_act("The rebel commander said farmers have had to pay a heavy price for the drought.", Act::Warn);
}

#[test]
fn who_writes_to_someone_demanding_is_the_one_who_demands() {
    let c = first("Nicola Sturgeon wrote to the prime minister demanding a second referendum.", Act::Demand);
    assert_eq!(c.actor.text, "Nicola Sturgeon");
    assert_eq!(c.content.as_ref().map(|p| &*p.text), Some("a second referendum"));
}

#[test]
fn refusing_to_rule_out_strikes_warns_refusing_to_rule_out_talks_claims_nothing() {
    let c = first("The union has refused to rule out further strikes.", Act::Warn);
    assert_eq!(c.content.as_ref().map(|p| &*p.text), Some("further strikes"));
    none("The minister refused to rule out a meeting with the mayor.");
}

#[test]
fn a_day_of_a_month_between_the_subject_and_its_verb() {
    let c = first("Premier Ann Lee on September 21 condemned the rioters' behaviour.", Act::Accuse);
    assert_eq!(c.actor.text, "Premier Ann Lee");
}

#[test]
fn a_crowd_gathered_or_marching_for_a_purpose_makes_its_claim() {
    let c = first("Protesters gathered on Friday night to condemn the speech.", Act::Accuse);
    assert_eq!(c.actor.text, "Protesters");
    assert_eq!(c.content.as_ref().map(|p| &*p.text), Some("the speech"));
    let c = first("Hundreds of farmers marched to demand the release of the prisoners.", Act::Demand);
    assert_eq!(c.content.as_ref().map(|p| &*p.text), Some("the release of the prisoners"));
}

#[test]
fn a_place_where_a_group_gathered_is_no_object_of_its_claim() {
    let c = first(
        "The president visited a camp in the capital where thousands of villagers have gathered to oppose plans to mine their lands.",
        Act::Reject,
    );
    assert!(c.content.as_ref().is_some_and(|p| p.text.starts_with("plans")), "{c:?}");
}

#[test]
fn a_letter_sent_to_someone_on_a_date_asks_through_its_participle() {
    expect(
        "The pilots' union sent a letter to the mediation board on May 11 requesting help with arbitration.",
        Act::Demand,
        "",
        None,
        "help with arbitration",
    );
}

#[test]
fn protesting_for_a_thing_asks_for_it() {
    expect(
        "The families protested for an end to police shootings.",
        Act::Demand,
        "",
        None,
        "an end to police shootings",
    );
    no_act("The families protested for an end to police shootings.", Act::Accuse);
}

#[test]
fn a_letter_sent_with_its_time_asks_or_denies_through_its_participle() {
    expect(
        "The minister sent the union a letter just before 10pm on Friday asking it to enter pay talks.",
        Act::Demand,
        "",
        Some(""),
        "enter pay talks",
    );
    expect(
        "The ministry released a statement acknowledging the meeting but denying that the opposition leader had shown proof of a majority.",
        Act::Deny,
        "",
        None,
        "had shown proof of a majority",
    );
}

#[test]
fn shooting_down_a_proposal_rejects_it_and_a_drone_is_no_proposal() {
    let c = first("The speaker quickly shot down the idea of a tax on fuel.", Act::Reject);
    assert_eq!(c.content.as_ref().map(|p| p.text.as_ref()), Some("the idea of a tax on fuel"));
    assert!(claims("The army shot down a drone over the border on Sunday.").is_empty());
}

#[test]
fn a_thing_never_going_to_happen_is_rejected() {
    let c = first("A tax increase is not going to happen, the speaker said.", Act::Reject);
    assert_eq!(c.content.as_ref().map(|p| p.text.as_ref()), Some("A tax increase"));
    first("She said a merger was never going to happen.", Act::Reject);
}

#[test]
fn a_reckoning_promised_warns() {
    let c = first("“We will hold them accountable,” the governor said.", Act::Warn);
    assert_eq!(c.content.as_ref().map(|p| p.text.as_ref()), Some("hold them accountable"));
    let c = first("The union vowed to hold the senators accountable in November.", Act::Warn);
    assert_eq!(c.addressee.as_ref().map(|a| a.text.as_ref()), Some("the senators"));
    // holding someone accountable for a deed accuses, as before
    first("The group holds the army accountable for the killings.", Act::Accuse);
    // a reckoning past, or none promised, warns of nothing
    assert!(claims("Voters held the mayor accountable in the election.").iter().all(|c| c.act != Act::Warn));
}

#[test]
fn a_participle_that_is_a_claim_verb_only_with_its_particle_describes_the_subject() {
    for verb in ["struck and killed by a car", "shot and killed by police"] {
        let text = format!("The family of a man {verb} demanded the release of the footage.");
        let c = first(&text, Act::Demand);
        assert_eq!(c.actor.text, "The family of a man", "{text}");
    }
}

#[test]
fn a_participle_after_a_clause_reported_by_another_is_the_main_subject_s() {
    let c = first(
        "The opposition rejected the results showing the ruling party had won, demanding that a fresh vote be held.",
        Act::Demand,
    );
    assert_eq!(c.actor.text, "The opposition");
}

#[test]
fn a_pronoun_judged_after_a_participle_keeps_its_own_clause() {
    let c = first(
        "The opposition rejected the results of the vote, saying they were flawed by fraud.",
        Act::Accuse,
    );
    assert_eq!(c.content.as_ref().map(|p| p.text.as_ref()), Some("they were flawed by fraud"));
    // a denial is of the thing itself
    let c = first("The ministry pushed back on the report, saying it was inaccurate.", Act::Deny);
    assert_eq!(c.content.as_ref().map(|p| p.text.as_ref()), Some("the report"));
}

#[test]
fn an_attack_in_someone_s_words_accuses_the_attacker() {
    let c = first("Rebels said an army convoy had attacked their positions along the river.", Act::Accuse);
    assert_eq!(
        c.content.as_ref().map(|p| p.text.as_ref()),
        Some("an army convoy had attacked their positions along the river")
    );
    first("The senator said Democrats were attacking his plans for pensions.", Act::Accuse);
    // an advertisement attacking someone is described, not reported
    assert!(claims("The campaign responded to the governor's first ad attacking her record on crime.")
        .iter()
        .all(|c| c.act != Act::Accuse || !c.content.as_ref().is_some_and(|p| p.text.contains("attacking"))));
    // strikes said to hit only military sites defend them; one attacked by nobody named accuses
    // no one
    assert!(claims("The ministry said the strikes attacked only military sites.").is_empty());
    assert!(claims("An aide said the senator was being attacked because he had done a good job.").is_empty());
    first("The villagers said they were attacked by soldiers.", Act::Accuse);
}

#[test]
fn rejecting_a_side_s_claims_denies_them() {
    first("The army spokesman rejected the claims by the rebels.", Act::Deny);
    // claims for something are demands, refused
    first("The union rejected claims by the company for damages.", Act::Reject);
}

#[test]
fn rejecting_quoted_charges_labelled_statements_and_reports_of_an_event_denies_them() {
    first("The ministry rejected the “baseless and malicious” accusations made by the rebels.", Act::Deny);
    first("The embassy rejected the “misleading” statement by the port authority.", Act::Deny);
    first("A spokesman rejected reports of soldiers firing on the crowd.", Act::Deny);
    // a document rejected, or a statement with no label, stays refused
    first("The council rejected the report of the committee.", Act::Reject);
    first("The board rejected the statement.", Act::Reject);
}

#[test]
fn rejecting_a_bare_claim_denies_it_but_a_plea_or_a_claim_for_something_is_refused() {
    first("The interior ministry rejected the claim.", Act::Deny);
    first("The border police dismissed the Veloran claims, saying no shots were fired.", Act::Deny);
    first("The ministry rejected the baseless claims of the opposition leader.", Act::Deny);
    // a claim for money, land or a right; a plea before a court; a lawsuit's claims
    first("The carrier rejected the compensation claims.", Act::Reject);
    first("The appeals judges rejected the candidate's claims.", Act::Reject);
    first("The agency rejected the lawsuit's claims.", Act::Reject);
    // giving up a claim renounces it
    first("The prime minister said Spain would never give up its claim.", Act::Reject);
}

#[test]
fn a_plural_subject_s_present_violation_accuses() {
    let c = first("The civil liberties group said the new rules violate federal law.", Act::Accuse);
    assert_eq!(c.content.as_ref().map(|p| p.text.as_ref()), Some("the new rules violate federal law"));
    first("The union said the decision contravened the agreement.", Act::Accuse);
    // a noun after its article is no deed
    assert!(claims("He said the leak was small.").is_empty());
}

#[test]
fn a_grave_outcome_foretold_warns() {
    let c = first("The senator said the move could lead to violence.", Act::Warn);
    assert_eq!(c.content.as_ref().map(|p| p.text.as_ref()), Some("the move could lead to violence"));
    first("The opposition said the government risked sparking violence over the fraud.", Act::Warn);
    first("He said the decision would trigger a humanitarian crisis.", Act::Warn);
    // a good outcome, or one not foretold, warns of nothing
    assert!(claims("He said the plan would lead to lower prices.").is_empty());
    assert!(claims("He said the decision led to violence last year.").iter().all(|c| c.act != Act::Warn));
}

#[test]
fn resisting_whoever_is_no_proposal_threatens() {
    let c =
        first("“If anyone tries to hinder the vote, we will resist them,” the party leader said.", Act::Warn);
    assert_eq!(c.content.as_ref().map(|p| p.text.as_ref()), Some("resist them"));
    // resisting a proposal refuses it
    first("The party will resist the proposal, its leader said.", Act::Reject);
}

#[test]
fn a_deed_that_will_not_go_unanswered_is_a_warning() {
    let c = first(
        "A senior militant official said the killing \u{201c}will not go unanswered.\u{201d}",
        Act::Warn,
    );
    assert!(c.content.as_ref().is_some_and(|p| p.text.contains("unanswered")), "{c:?}");
    first("The army said rocket fire against its towns would not go unpunished.", Act::Warn);
    first("The deputy minister said the shelling would not be left without a response.", Act::Warn);
    // a question will be answered: no reprisal
    no_act("The mayor said the residents' questions would not go unanswered.", Act::Warn);
    no_act("The letter went unanswered for weeks, the lawyer said.", Act::Warn);
}

#[test]
fn a_reckoning_foretold_in_the_passive_warns() {
    let c = first("The minister said those responsible for the attack will be held accountable.", Act::Warn);
    assert_eq!(
        c.content.as_ref().map(|p| &*p.text),
        Some("those responsible for the attack will be held accountable")
    );
    // nobody held accountable yet, or not to be: no warning
    no_act("The minister said nobody had been held accountable for the attack.", Act::Warn);
    no_act("The minister said the guards would not be held accountable.", Act::Warn);
}

#[test]
fn a_demand_ending_in_or_face_the_consequences_also_warns() {
    let all = claims("Russia must withdraw its troops or face the consequences, the minister said.");
    assert!(all.iter().any(|c| c.act == Act::Demand), "{all:?}");
    let c = all.iter().find(|c| c.act == Act::Warn).expect("the warning");
    assert_eq!(c.content.as_ref().map(|p| &*p.text), Some("face the consequences"));
}

#[test]
fn having_to_face_the_consequences_of_one_s_acts_is_a_warning_not_a_duty() {
    let all = claims("\u{201c}He has to face the consequences of his conduct,\u{201d} the general said.");
    assert!(all.iter().any(|c| c.act == Act::Warn), "{all:?}");
    assert!(all.iter().all(|c| c.act != Act::Demand), "{all:?}");
    first("The minister said Russia must face the consequences.", Act::Warn);
    // the consequences of a storm are no one's reprisal
    no_act("The mayor said farmers will face the consequences of the drought.", Act::Warn);
}

#[test]
fn legal_action_foretold_against_someone_threatens_them() {
    let c = first("The mining company said it would seek legal action against those responsible.", Act::Warn);
    assert!(c.content.as_ref().is_some_and(|p| p.text.starts_with("legal action against")), "{c:?}");
    // a suit sought now asks for it
    first("The families are seeking legal action against the company.", Act::Demand);
}

#[test]
fn a_concern_made_known_about_something_criticises_it() {
    let c = expect_exact(
        "Senator Ruth Calder raised concerns about the new surveillance law.",
        Act::Accuse,
        "Ruth Calder",
        "the new surveillance law",
    );
    assert_eq!(c.rule, "light-verb-noun");
    first("The ministry expressed deep concern over the arrests of the journalists.", Act::Accuse);
    first("Colonel Ortiz had registered his concerns over the training policy.", Act::Accuse);
    // a concern about what would happen foresees; a concern no one voices is none
    no_act("The mayor voiced concerns about the damage a long strike would do.", Act::Accuse);
    no_act("Concerns about the new surveillance law grew on Monday.", Act::Accuse);
}

#[test]
fn defending_a_person_or_oneself_denies_what_is_said_of_them() {
    let c = expect_exact(
        "The director defended Okafor as a dedicated public servant.",
        Act::Deny,
        "",
        "Okafor as a dedicated public servant",
    );
    assert_eq!(c.rule, "defended");
    expect_exact("Senator Ruth Calder defended herself at the hearing.", Act::Deny, "Ruth Calder", "herself");
    // defending a thing or a place is no denial
    no_act("The minister defended the decision to close the mine.", Act::Deny);
    no_act("The army defended the city for three weeks.", Act::Deny);
}

#[test]
fn questioning_a_quality_or_decision_of_someones_criticises_it() {
    let c = expect_exact(
        "Senator Ruth Calder questioned the legitimacy of the referendum.",
        Act::Accuse,
        "Ruth Calder",
        "the legitimacy of the referendum",
    );
    assert_eq!(c.rule, "questioned");
    first("Critics have questioned the independence of the inquiry.", Act::Accuse);
    first("Senator Ruth Calder questioned the governor's refusal to release the audit.", Act::Accuse);
    first("The sheriff questioned the constitutionality of the curfew.", Act::Accuse);
    first("The sheriff questioned not only its cost but also its lawfulness.", Act::Accuse);
    // a label given with "tagged … as"
    expect("The party tagged the verdict as unacceptable.", Act::Reject, "", None, "the verdict");
    none("Rangers tagged the bears with collars.");
    // questioning a person, or "the question of", criticises nothing
    none("Police questioned the driver for several hours.");
    no_act("The question of the legitimacy of the referendum remains open.", Act::Accuse);
}

#[test]
fn a_pledge_to_go_along_accepts() {
    let c = expect_exact(
        "The airline said it will continue to fully cooperate with the inquiry.",
        Act::Accept,
        "",
        "cooperate with the inquiry",
    );
    assert_eq!(c.rule, "will-comply");
    first("“We will abide by the decision of the tribunal,” the minister said.", Act::Accept);
    // another's conduct foretold, a condition, or a refusal is no pledge
    no_act("The envoy said the rebels will comply.", Act::Accept);
    no_act("The ministry said it would cooperate if the sanctions were lifted.", Act::Accept);
    no_act("The ministry said it will not cooperate with the inspectors.", Act::Accept);
}

#[test]
fn standing_with_someone_backs_them() {
    let c =
        expect_exact("The mayor said he stands with the police chief.", Act::Accept, "", "the police chief");
    assert_eq!(c.rule, "backing");
    // (a generic "you" backs no one: "either you stand with us or …")
    no_act("Either you stand with the alliance or you are against it, the minister said.", Act::Accept);
    // "stood firm on" keeps its own reading; standing alone backs no one
    first("The minister stood firm on his demand for a recount.", Act::Demand);
    no_act("The protesters stood outside the parliament for hours.", Act::Accept);
}

#[test]
fn a_part_in_a_wrong_denied_or_alleged() {
    let c = expect_exact("The army said it was not involved in the attack.", Act::Deny, "", "the attack");
    assert_eq!(c.rule, "reported-involvement");
    first("The group said it played no role in the bombing.", Act::Deny);
    first("The company said it had no part in the scheme.", Act::Deny);
    first("The finance minister said she had no knowledge of the transfers.", Act::Deny);
    no_act("The clerk has no knowledge of accounting.", Act::Deny);
    let c = first("Prosecutors said the militia was involved in the killings.", Act::Accuse);
    assert_eq!(c.addressee.map(|a| a.text).as_deref(), Some("the militia"));
    // a part in something that is no wrong accuses no one
    no_act("The minister said the firm was involved in the talks.", Act::Accuse);
    none("The union played a key role in the negotiations.");
}

#[test]
fn giving_the_green_light_approves() {
    let c = expect_exact("The board gave the green light to the merger.", Act::Accept, "", "the merger");
    assert_eq!(c.rule, "green-light");
    first("The council has given its green light to the stadium project.", Act::Accept);
    none("The traffic light turned green at the junction.");
}

#[test]
fn documents_issued_speak_for_their_issuers() {
    // (past a time phrase opening the sentence, with the document in the plural)
    let c = first(
        "After the curfew order, the county sheriffs released statements saying they would not enforce it.",
        Act::Reject,
    );
    assert_eq!(c.actor.text, "the county sheriffs");
    let c = first("Nurses' unions were quick to issue statements denouncing the cuts.", Act::Accuse);
    assert_eq!(c.actor.text, "Nurses' unions");
    // a decision's deed is the decision's, not that of whoever cites it
    let cs = claims("The growers told the court it should reverse a decision dismissing their suit.");
    assert!(cs.iter().all(|c| !(c.act == Act::Reject && c.actor.text == "The growers")), "{cs:?}");
}

#[test]
fn a_refusal_announced_with_going_to() {
    let c = first("The union is not going to accept the offer.", Act::Reject);
    assert_eq!(c.actor.text, "The union");
    no_act("The union is going to accept the offer.", Act::Reject);
}

#[test]
fn a_stance_in_an_infinitive_is_its_lead_s_subject_s() {
    let c = first("The farmers took to the streets to voice their opposition to the tax.", Act::Reject);
    assert_eq!(c.actor.text, "The farmers");
    let c = first("The council voted to throw its weight behind the bid.", Act::Accept);
    assert_eq!(c.actor.text, "The council");
}

#[test]
fn knowing_of_a_wrong_denied_denies_it() {
    let c = first("The bank has said it is not aware of any wrongdoing by its chairman.", Act::Deny);
    assert_eq!(c.actor.text, "The bank");
    let c = first("Lisbon said it had no knowledge that the fugitive was hiding in the port.", Act::Deny);
    assert_eq!(norm(&c.actor), "Portugal");
    // being aware of a thing accuses no one
    none("The ministry said it was aware of the abuses.");
}

#[test]
fn a_report_whose_verb_took_its_audience_opens_the_clause_with_a_pronoun() {
    let c = first("The governor told reporters he would veto the bill.", Act::Reject);
    assert_eq!(c.actor.text, "The governor");
    let c = first("The president told reporters he had no knowledge of the plot.", Act::Deny);
    assert_eq!(c.actor.text, "The president");
    // where it was said, then the clause
    let c = first("The envoy told reporters in Lisbon the rebels must disarm.", Act::Demand);
    assert_eq!(c.content.map(|p| p.text).as_deref(), Some("the rebels must disarm"));
}

#[test]
fn a_pledge_to_comply_made_for_the_speaker_s_own_side() {
    let c = first("Portugal's economy ministry said Portugal would abide by the ruling.", Act::Accept);
    assert_eq!(c.actor.text, "Portugal's economy ministry");
    // another side's conduct is a forecast, not a pledge
    no_act("The Spanish ministry said Portugal would comply with the ruling.", Act::Accept);
}

#[test]
fn an_adverb_between_the_modal_and_its_negation_still_refuses() {
    let c = first("The cabinet will absolutely not back down on the border.", Act::Reject);
    assert_eq!(c.actor.text, "The cabinet");
}

#[test]
fn no_longer_refuses_as_not_does() {
    let c = first("Lisbon said it would no longer abide by the limits in the accord.", Act::Reject);
    assert_eq!(c.content.map(|p| p.text).as_deref(), Some("abide by the limits in the accord"));
}

#[test]
fn respecting_an_outcome_pledged_accepts_it_and_refused_rejects_it() {
    first("The government said it would respect the outcome of the vote.", Act::Accept);
    first("The junta said it would not respect the result.", Act::Reject);
}

#[test]
fn an_audience_named_before_the_clause_is_no_part_of_its_subject() {
    let c = first("Farrell told Bloomberg the company could not accept the union's demands.", Act::Reject);
    assert_eq!(c.actor.text, "the company");
}

#[test]
fn a_noun_before_an_article_and_an_amount_of_something_are_no_subjects() {
    let c = find(
        "The court ordered the firm to pay damages, a ruling the oil company called \"illegitimate\" and vowed to appeal.",
        Act::Reject,
        "",
    );
    assert_eq!(c.actor.text, "the oil company");
    let c = first(
        "The union said offers of about 20 percent fell far short, and warned that more plants would join the strike.",
        Act::Warn,
    );
    assert_eq!(c.actor.text, "The union");
    // people polled speak
    first("Fifty-one percent say the senator should resign.", Act::Demand);
}

#[test]
fn reckonings_and_steps_promised_on_a_condition_warn() {
    // a reckoning promised to someone
    let c = first("Canberra said it would hold those who attacked the crew accountable.", Act::Warn);
    assert_eq!(c.rule, "held-accountable");
    // (whom, named by no actor)
    let c = first("Canberra said it would hold violators accountable.", Act::Warn);
    assert_eq!(c.rule, "held-accountable");
    assert!(c.addressee.is_none());
    no_act("The two ministers will hold talks in Oslo next week.", Act::Warn);
    // a response "to any attack", past how it will come
    find(
        "Paris said it would respond \"swiftly and firmly\" to any attack on its embassy.",
        Act::Warn,
        "France",
    );
    // a step the speaker stands ready to take unless another gives way
    let c = first(
        "The dockers' union said it was prepared to widen the stoppage if the port did not raise its offer.",
        Act::Warn,
    );
    assert_eq!(c.rule, "ready-to-threat");
    no_act("The dockers' union said it was prepared to widen the stoppage if needed.", Act::Warn);
}

#[test]
fn a_punishment_held_ready_warns() {
    let c = first(
        "Ottawa said it was prepared to consider sanctions against those who undermine the truce.",
        Act::Warn,
    );
    assert_eq!(c.rule, "ready-to-threat");
    // talks held ready still accept
    first("Lima said it was ready to resume talks.", Act::Accept);
    // "the armed forces will respond with bullets"
    first("\"Whoever fires a bullet, the army will respond with bullets,\" the president said.", Act::Warn);
}
