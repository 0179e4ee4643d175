//! Negation and hedging.
mod common;
use common::*;
use newsclaim_extract::Act;

#[test]
fn negation() {
    let c = find("Germany did not reject the proposal outright.", Act::Reject, "Germany");
    assert!(c.negated);
    let c = find("Japan has never denied the existence of the talks.", Act::Deny, "Japan");
    assert!(c.negated);
    let c = find("India rejected the plan.", Act::Reject, "India");
    assert!(!c.negated && !c.hedged);
}

#[test]
fn refusing_to_accept_is_a_rejection() {
    let c = find(
        "“We will not accept any preconditions,” the Iranian foreign minister said.",
        Act::Reject,
        "Iran",
    );
    assert!(!c.negated);
    assert_eq!(c.rule, "negated-accept");
    find("Israel won't accept a Palestinian state.", Act::Reject, "Israel");
}

#[test]
fn hedges() {
    assert!(find("Saudi Arabia has reportedly rejected the offer.", Act::Reject, "Saudi Arabia").hedged);
    assert!(find("Turkey could veto the accession of Sweden.", Act::Reject, "Turkey").hedged);
    assert!(
        find("The US government has in principle accepted the plan.", Act::Accept, "United States").hedged
    );
    assert!(find("Hamas might accept a phased ceasefire.", Act::Accept, "Hamas").hedged);
}

#[test]
fn refusing_to_rule_out_is_not_a_rejection() {
    none("Moscow refused to rule out the use of nuclear weapons.");
    // not ruling out a hostile act keeps it open: a hedged threat (see below)
    let c = find("Washington did not rule out further strikes.", Act::Warn, "United States");
    assert!(!c.negated && c.hedged);
    no_act("Washington did not rule out further strikes.", Act::Reject);
}

#[test]
fn appearing_to_reject_is_a_hedged_rejection() {
    assert!(find("Iran appeared to reject the offer.", Act::Reject, "Iran").hedged);
    assert!(find("Hungary is likely to veto the package.", Act::Reject, "Hungary").hedged);
}

#[test]
fn not_having_accepted_stays_negated() {
    let c = find("Hamas has not accepted the latest proposal.", Act::Reject, "Hamas");
    assert!(c.negated);
    let c = find("Israel will not accept the latest proposal.", Act::Reject, "Israel");
    assert!(!c.negated);
    expect(
        "Washington wants Kyiv to hold elections.",
        Act::Demand,
        "United States",
        Some("Ukraine"),
        "hold elections",
    );
}

#[test]
fn refusing_to_give_in_rejects_what_presses() {
    let c = expect(
        "Vietnam will not bow to pressure over the disputed reefs, its foreign ministry said.",
        Act::Reject,
        "Vietnam",
        None,
        "pressure over the disputed reefs",
    );
    assert_eq!(c.rule, "will-not");
    expect(
        "Nicaragua would never yield to foreign sanctions.",
        Act::Reject,
        "Nicaragua",
        None,
        "foreign sanctions",
    );
    expect(
        "Serbia will not budge on its border policy, the president said.",
        Act::Reject,
        "Serbia",
        None,
        "border policy",
    );
    expect("Chile would not bend to threats from its neighbours.", Act::Reject, "Chile", None, "threats");
    // giving in, not refused, is no rejection
    no_act("Moldova bowed to pressure from Brussels.", Act::Reject);
}

#[test]
fn negated_acts_are_left_out_by_default() {
    let extractor = newsclaim_extract::Extractor::default();
    assert!(extractor.extract("Germany did not reject the proposal outright.", &[]).is_empty());
    // a refusal is a rejection, not a negated acceptance
    let claims = extractor.extract("Israel will not accept the latest proposal.", &[]);
    assert_eq!(claims.len(), 1);
    assert_eq!(claims[0].act, Act::Reject);
}

#[test]
fn not_supporting_now_is_a_rejection() {
    let c = find("Norway does not support the proposed sanctions.", Act::Reject, "Norway");
    assert!(!c.negated);
    let c = find("Sweden did not accept the proposal.", Act::Reject, "Sweden");
    assert!(c.negated);
}

#[test]
fn what_others_expect_of_the_subject_is_no_act() {
    no_act("There is widespread speculation that Peru's president will veto the bill.", Act::Reject);
    no_act("Two senators said they hoped Peru's president would veto the bill.", Act::Reject);
    // the subject's own statement about the future still counts
    find("Peru's president said she will veto the bill.", Act::Reject, "Peru");
}

#[test]
fn calling_on_someone_without_a_request_is_no_demand() {
    no_act(
        "Chile's senate leader interjected, calling on Peru's envoy, who disputed the figures.",
        Act::Demand,
    );
    find("Chile called on Peru to withdraw its troops.", Act::Demand, "Chile");
}

#[test]
fn resisting_and_needing_by_word_sense() {
    no_act("Public companies such as Lima Media have resisted such fatalism.", Act::Reject);
    find("Peru resisted calls for a new vote.", Act::Reject, "Peru");
    no_act("But Chile's firm says he didn't need their permission to publish.", Act::Demand);
}

#[test]
fn bare_relative_contents_and_nouns_after_determiners() {
    // "who" says nothing about what was dismissed
    no_act(
        "The release comes as Chile's minister, who was abruptly dismissed by Peru last year, tours.",
        Act::Reject,
    );
    // "the call for" names a call, which has its own rules
    let cs = claims("He had scheduled the call for the next Saturday.");
    assert!(cs.is_empty(), "{cs:?}");
    // "exited saying …": no agreement left
    no_act("Peru's senate leader exited saying the talks had failed.", Act::Reject);
}

#[test]
fn an_obligation_is_not_the_act_itself() {
    no_act("The mayor tried to persuade the unions that they should support her budget.", Act::Accept);
    no_act("The union must accept the deal by Friday.", Act::Accept);
}

#[test]
fn durations_and_compound_calls_are_no_claims() {
    no_act("His aide suggested that he would not take that long.", Act::Reject);
    no_act("The envoy scheduled a return call for Monday morning.", Act::Demand);
}

#[test]
fn refusing_to_be_intimidated_rejects_whoever_presses() {
    let c = find(
        "Senator Ilse Varga said she will not be bullied by the port authority.",
        Act::Reject,
        "Ilse Varga",
    );
    assert!(c.content.unwrap().text.contains("the port authority"));
    // being intimidated is no refusal
    no_act("Senator Ilse Varga said she felt intimidated by the crowd.", Act::Reject);
}

#[test]
fn not_about_to_step_down_is_a_refusal() {
    let c = find("Senator Ilse Varga made clear she was not about to step down.", Act::Reject, "Ilse Varga");
    assert!(c.content.unwrap().text.contains("step down"));
    no_act("Senator Ilse Varga was about to step down when the vote was called.", Act::Reject);
}

#[test]
fn what_a_speaker_will_do_but_not_is_refused() {
    let cs = claims("The union said it would accept a pay rise, but not the new night shifts.");
    let reject = cs.iter().find(|c| c.rule == "but-not").unwrap_or_else(|| panic!("{cs:#?}"));
    assert_eq!(reject.act, Act::Reject);
    assert_eq!(reject.content.as_ref().unwrap().text, "the new night shifts");
    // not a pledge: a plain contrast refuses nothing
    assert!(!claims("The minister said the plan helps farmers but not the cities.")
        .iter()
        .any(|c| c.rule == "but-not"));
}

#[test]
fn what_might_happen_is_no_act() {
    // a possible rejection of a thing, in a relative clause
    no_act(
        "Unions doubted they could trust mediators to strike any settlement that could then be rejected by the minister who often changes her mind.",
        Act::Reject,
    );
    // a need foreseen
    none("The chairwoman signalled that the panel's plans may well need to change.");
    // "told them they would need to deliver" still asks
    let c = first("The envoy told visiting officials they would need to deliver results first.", Act::Demand);
    assert_eq!(c.actor.text, "The envoy");
}

#[test]
fn asserting_innocence_or_that_it_never_happened_denies() {
    let c = first("The company has consistently maintained its innocence.", Act::Deny);
    assert_eq!(c.actor.text, "The company");
    let c = first("“That never happened,” the senator said of the alleged meeting.", Act::Deny);
    assert_eq!(c.actor.text, "the senator");
    // why something did not happen, or not knowing what happened, denies nothing
    no_act("The minister said the talks did not happen because of the storm.", Act::Deny);
    no_act("He said he did not know what happened.", Act::Deny);
}

#[test]
fn not_ruling_out_a_hostile_act_threatens_it() {
    let c = first("Lima did not rule out military action against the smugglers.", Act::Warn);
    assert_eq!(c.actor.norms, ["Peru"]);
    assert!(!c.negated);
    assert_eq!(
        c.content.map(|p| p.text.into_owned()).as_deref(),
        Some("military action against the smugglers")
    );
    expect("The governor would not rule out the use of force.", Act::Warn, "", None, "the use of force");
    // ruling it out rejects it; not ruling out talks threatens nothing
    expect("Lima ruled out military action.", Act::Reject, "Peru", None, "military action");
    no_act("Lima did not rule out talks with the smugglers.", Act::Warn);
}

#[test]
fn responding_with_force_is_a_threat_answering_is_not() {
    expect(
        "Hanoi said it would respond firmly to any incursion.",
        Act::Warn,
        "Vietnam",
        None,
        "respond firmly",
    );
    expect(
        "Hanoi said it would respond to any incursion.",
        Act::Warn,
        "Vietnam",
        None,
        "respond to any incursion",
    );
    no_act("Hanoi said it would respond to the letter next week.", Act::Warn);
    // a speaker after the clause is no part of the threat
    let c = first("Hanoi would retaliate against any incursion, officials said.", Act::Warn);
    assert_eq!(c.content.map(|p| p.text.into_owned()).as_deref(), Some("retaliate against any incursion"));
}

#[test]
fn denying_a_request_rejects_it() {
    first("The commission denied a request by the party to exclude the candidates.", Act::Reject);
    first("The ministry denied him a visa.", Act::Reject);
    first("The airline denied boarding to three travellers.", Act::Reject);
    first("The parole board denied parole to the inmate.", Act::Reject);
    // denying a report, or that a request was made, is a denial
    first("The ministry denied the report.", Act::Deny);
    first("The ministry denied any request for a bribe had been made.", Act::Deny);
}

#[test]
fn rejecting_a_charge_denies_it() {
    first("The embassy rejected the allegations.", Act::Deny);
    first("The ministry dismissed accusations of vote rigging as absurd.", Act::Deny);
    first("The spokesman rejected claims that the army had fired first.", Act::Deny);
    // a claim to something, or a plan, is refused
    first("The court rejected the claims of the heirs.", Act::Reject);
    first("The union rejected the suggestion of a pay freeze.", Act::Reject);
}

#[test]
fn a_refusal_quoted_in_part_is_read_through_its_quotation_marks() {
    let c = first("North Korea said it would \"never give up\" its nuclear weapons.", Act::Reject);
    assert!(c.content.is_some_and(|p| p.text.ends_with("its nuclear weapons")));
}

#[test]
fn not_backing_down_is_a_refusal() {
    let c = first("“We will not back down,” the minister said.", Act::Reject);
    assert_eq!(c.actor.text, "the minister");
    first("The governor said he would not back down.", Act::Reject);
    // backing down is no refusal, and backing a plan stays an acceptance
    no_act("The governor backed down on Friday.", Act::Reject);
    first("The union will back the plan.", Act::Accept);
}

#[test]
fn neither_of_two_subjects_did_it() {
    // (the second subject was read as accepting)
    let cs = claims("Neither Peru nor Chile accepted the plan.");
    assert!(cs.iter().all(|c| c.act != Act::Accept || c.negated), "{cs:?}");
    let rejections: Vec<_> = cs.iter().filter(|c| c.act == Act::Reject).collect();
    assert_eq!(rejections.len(), 2, "{cs:?}");
    assert!(rejections.iter().all(|c| c.negated), "{cs:?}");
    let cs = claims("Neither Peru nor Chile will accept the plan.");
    let mut actors: Vec<String> =
        cs.iter().filter(|c| c.act == Act::Reject && !c.negated).map(|c| norm(&c.actor)).collect();
    actors.sort();
    assert_eq!(actors, ["Chile", "Peru"]);
}

#[test]
fn an_agreement_ruled_out_on_a_condition_is_refused() {
    let c = first("\"If there's no funding, there's no deal,\" the senator said.", Act::Reject);
    assert_eq!(
        c.content.map(|p| p.text.into_owned()).as_deref(),
        Some("If there's no funding, there's no deal")
    );
    let c = first("\"There's no agreement without a ceasefire,\" the envoy said.", Act::Reject);
    assert_eq!(c.content.map(|p| p.text.into_owned()).as_deref(), Some("no agreement without a ceasefire"));
    // no deal yet is news, not a refusal
    none("There is no deal yet, the officials said.");
}

#[test]
fn a_body_denying_its_own_wrong_through_it() {
    let c = first("The army said it had not violated the ceasefire.", Act::Deny);
    assert_eq!(c.actor.text, "The army");
    first("The army said it had not targeted civilians.", Act::Deny);
    // targeting people, said of another, accuses; a firm's own customers are no wrong
    first("The ministry said the militia had deliberately targeted civilians.", Act::Accuse);
    none("The company said it targeted younger customers.");
    // nor is targeting a military objective, said in defence of the strikes
    none("The defence ministry said the raids had targeted only military positions.");
    none("The army said its drones targeted militants hiding in the hills.");
}

#[test]
fn a_product_specification_is_no_pledge() {
    none("The new laptop promises up to 15 hours of video playback.");
    none("The outlet offers up to 30 percent off selected shoes.");
    // a pledge of up to so many is one
    expect("Norway pledged up to 300 troops for the mission.", Act::Accept, "Norway", None, "300 troops");
}

#[test]
fn refusing_to_be_dictated_to_rejects_whoever_presses() {
    let c = expect_exact(
        "The cabinet said it would not be dictated to by Washington.",
        Act::Reject,
        "",
        "Washington",
    );
    assert_eq!(c.rule, "will-not-yield");
    expect_exact(
        "The premier said she would not be lectured by anyone.",
        Act::Reject,
        "",
        "lectured by anyone",
    );
}

#[test]
fn readiness_to_attack_threatens() {
    let c = expect_exact("The army said it was prepared to attack if provoked.", Act::Warn, "", "attack");
    assert_eq!(c.rule, "ready-to-threat");
}

#[test]
fn a_thing_ruled_out_for_the_future_is_refused() {
    let c = expect_exact("“There will be no pardon,” a palace spokesman said.", Act::Reject, "", "pardon");
    assert_eq!(c.rule, "reported-no");
    expect_exact(
        "The interior minister said there can be no talks with the kidnappers.",
        Act::Reject,
        "",
        "talks with the kidnappers",
    );
    // a condition warns, and a service called off for a day refuses nothing
    no_act("The general said there would be no peace until the invaders leave.", Act::Reject);
    none("There will be no school on Friday, the district said.");
}

#[test]
fn a_negation_inside_an_aside_negates_the_aside_only() {
    let c = first("Villagers, who asked not to be identified, accused the militia of looting.", Act::Accuse);
    assert!(!c.negated);
    // outside the aside it still negates
    let c = first("Iran, however, will not accept the offer.", Act::Reject);
    assert_eq!(c.rule, "negated-accept");
}

#[test]
fn a_noun_that_is_also_a_verb_can_be_a_modal_s_subject() {
    let c = first("Lawyers for the family said the charges should be dropped.", Act::Demand);
    assert_eq!(c.content.as_ref().map(|p| &*p.text), Some("the charges should be dropped"));
}

#[test]
fn a_deed_disavowed_is_refused() {
    expect_exact("The prime minister does not intend to resign.", Act::Reject, "", "resign");
    let c = first(
        "“I don't intend at this stage to send the full report to the committee,” Barr said.",
        Act::Reject,
    );
    assert_eq!(
        c.content.map(|p| p.text.into_owned()).as_deref(),
        Some("send the full report to the committee")
    );
    // an intention alone is no claim
    none("The prime minister intends to resign.");
}

#[test]
fn not_complying_or_testifying_refuses() {
    let c = first("The ministry said it would not comply with the court's ruling.", Act::Reject);
    assert_eq!(c.content.as_ref().map(|p| &*p.text), Some("comply with the court's ruling"));
    first("The former adviser said he will not testify before the committee.", Act::Reject);
    // complying is no refusal
    no_act("The ministry said it would comply with the court's ruling.", Act::Reject);
}

#[test]
fn cannot_back_refuses() {
    let c = first("The party leader said his party cannot back the deal.", Act::Reject);
    assert_eq!(c.content.as_ref().map(|p| &*p.text), Some("the deal"));
    // "cannot go back" is no support withheld
    no_act("The party leader said his party cannot go back to the old rules.", Act::Reject);
}

#[test]
fn a_side_saying_it_did_not_threaten_denies_it() {
    let c = first("The retailer said it did not threaten layoffs.", Act::Deny);
    assert_eq!(c.content.as_ref().map(|p| &*p.text), Some("layoffs"));
    // said of another, it is no denial
    no_act("The retailer said the union did not threaten a strike.", Act::Deny);
}

#[test]
fn a_claim_no_one_of_a_group_made_is_no_claim() {
    no_act("So far, no Republican senators have called for the minister to step down.", Act::Demand);
    none("No union has backed the offer.");
    // a quantifier that names some is still their claim
    first("Several Republican senators have called for the minister to step down.", Act::Demand);
}

/// "I am not resigning", "we are not backing down": giving way refused in the progressive, as
/// "will not resign" refuses; most "is not …ing" only tells what is not happening.
#[test]
fn a_refusal_in_the_progressive() {
    let c = find("“I am not resigning,” the harbour commissioner told reporters.", Act::Reject, "");
    assert_eq!(c.actor.text, "the harbour commissioner");
    let c = find("The dean said she was not stepping down despite the vote.", Act::Reject, "");
    assert!(c.content.as_ref().is_some_and(|x| x.text.starts_with("stepping down")), "{c:?}");
    let c = find("“We're not backing down,” the nurses' union said.", Act::Reject, "");
    assert!(c.content.as_ref().is_some_and(|x| x.text == "backing down"), "{c:?}");
    no_act("The agency said it is not paying its staff on time this month.", Act::Reject);
    no_act("The club is not resigning itself to relegation, the coach said.", Act::Reject);
}

#[test]
fn a_bare_refusal_refuses_what_was_just_asked() {
    let cs = claims("The speaker asked the senator to apologise, but he refused.");
    let c = cs.iter().find(|c| c.act == Act::Reject).expect("a refusal");
    assert_eq!(c.actor.text, "the senator");
    assert_eq!(c.content.as_ref().map(|p| p.text.as_ref()), Some("apologise"));
    let c = first("The judge asked the firm to hand over its records, but the firm declined.", Act::Reject);
    assert_eq!(c.actor.text, "the firm");
    // a refusal with its own object, or one denied, is read as such
    no_act("The speaker asked the senator to apologise, but he never refused.", Act::Reject);
    let c = first("The speaker asked the senator to apologise, but he refused the request.", Act::Reject);
    assert_eq!(c.content.map(|p| p.text), Some("the request".into()));
}
