//! Accusations and denials made by judging something rather than by a claim verb.

mod common;
use common::*;
use newsclaim_extract::Act;

#[test]
fn a_quoted_judgement_accuses() {
    let text = "“The ministry's decision was illegal and dangerous,” Ghana's opposition leader said.";
    let c = expect(text, Act::Accuse, "Ghana", None, "decision was illegal");
    assert_eq!(c.rule, "reported-evaluation");
    let text = "Senator Hal Brooks said the new rules were “a disgrace.”";
    let c = claims(text).into_iter().find(|c| c.act == Act::Accuse).expect("an accusation");
    assert_eq!(c.actor.text, "Senator Hal Brooks");
}

#[test]
fn calling_a_claim_false_denies_it() {
    let text = "Colombia's defence minister said the reports of shelling were “absolutely not true.”";
    find(text, Act::Deny, "Colombia");
    let text = "Chile said the accusations were without merit.";
    find(text, Act::Deny, "Chile");
}

#[test]
fn calling_something_a_sham_accuses() {
    let c = expect(
        "Venezuela's opposition called the election a sham.",
        Act::Accuse,
        "Venezuela",
        None,
        "the election",
    );
    assert_eq!(c.rule, "deem-evaluation");
    // a judgement in quotation marks, with a floor speech after it
    let c = first(
        "Representative Ana Ruiz, a Democrat from Oregon, called the bill \"cruel\" in a floor speech on Tuesday.",
        Act::Accuse,
    );
    // (her party, in apposition, is her side)
    assert_eq!(c.actor.norms, ["Democratic Party"]);
    // a word that denies what is said criticises a deed
    let c = first("In a post on X, Elon Musk called the regulator's decision \"absurd\".", Act::Accuse);
    assert_eq!(c.content.map(|p| p.text).as_deref(), Some("the regulator's decision"));
    first("The embassy called the report absurd.", Act::Deny);
    // ("fabrication" without its article, after an intensifier)
    first("The so-called bribery case is “pure fabrication,” the embassy said.", Act::Deny);
    expect(
        "Spain described the arrests as arbitrary and unlawful.",
        Act::Accuse,
        "Spain",
        None,
        "the arrests",
    );
    // the frame of a label ("an act of …") is the label's, not the object's
    for text in [
        "Jordan called the shelling an act of terrorism.",
        "Jordan called the shelling a deliberate act of terrorism.",
        "Jordan described the shelling as acts of terrorism.",
    ] {
        let c = first(text, Act::Accuse);
        assert_eq!(c.content.map(|p| p.text).as_deref(), Some("the shelling"), "{text}");
    }
}

#[test]
fn the_writer_s_own_judgement_is_no_claim() {
    // no speaker: the article's own voice
    no_act("The decision was illegal, according to the constitution's text.", Act::Accuse);
    no_act("The road was dangerous after the rain.", Act::Accuse);
}

#[test]
fn a_run_of_judgements_is_one_accusation() {
    let text = "“I think it's dishonest. I think it's cruel. I think it's corrupt,” Mara Holt said.";
    let accusations: Vec<_> = claims(text).into_iter().filter(|c| c.act == Act::Accuse).collect();
    assert_eq!(accusations.len(), 1, "{accusations:?}");
    let content = &accusations[0].content.as_ref().unwrap().text;
    assert!(content.contains("dishonest") && content.contains("corrupt"), "{content}");
    assert_eq!(&text[accusations[0].evidence.span.clone()], accusations[0].evidence.text);
}

#[test]
fn a_hyphenated_judgement_before_the_denial() {
    let text = "“The allegations against the minister are self-serving and not credible,” Ruiz said.";
    let c = claims(text).into_iter().find(|c| c.act == Act::Deny).expect("a denial");
    assert_eq!(c.actor.text, "Ruiz");
}

#[test]
fn judgements_of_remarks_and_of_what_was_said() {
    // "comments" is a noun here, not a reporting verb
    find("\"The minister's comments were offensive,\" Ghana said.", Act::Accuse, "Ghana");
    // a thing said is not a report of its own
    find("\"What she said is totally wrong,\" Ghana's president said.", Act::Accuse, "Ghana");
}

#[test]
fn the_right_course_is_demanded() {
    let c = find(
        "\"The right decision is to call new elections,\" Kenya's foreign minister said.",
        Act::Demand,
        "Kenya",
    );
    assert_eq!(c.content.unwrap().text, "call new elections");
}

#[test]
fn i_think_he_should() {
    let text = "\"I think he should resign and leave the race,\" Kenya's foreign minister said.";
    let c = find(text, Act::Demand, "Kenya");
    assert!(c.content.unwrap().text.starts_with("he should resign"));
}

#[test]
fn there_was_wrongdoing_or_none() {
    let c = find("\"Undoubtedly, there is corruption,\" Chile's president said.", Act::Accuse, "Chile");
    assert_eq!(c.rule, "reported-wrongdoing");
    let c = find(
        "\"The files show that there was NO BRIBERY and NO COVER-UP,\" Chile's president said.",
        Act::Deny,
        "Chile",
    );
    assert!(c.content.unwrap().text.contains("COVER-UP"));
}

#[test]
fn coordinated_accusation_after_a_time_phrase() {
    let text = "Ana Ruiz has maintained she is innocent and on Friday accused the minister of lying.";
    find(text, Act::Deny, "Ana Ruiz");
    find(text, Act::Accuse, "Ana Ruiz");
}

#[test]
fn judgements_around_quotes_and_objects() {
    // the subject stands before the opening quotation mark
    let text = "The ministry's claim “is patently false,” Chile's defence minister said.";
    expect(text, Act::Deny, "Chile", None, "claim");
    // "told <outlet> the claims are false": the subject is inside the report
    expect("Peru told Reuters the Bolivian claims are false.", Act::Deny, "Peru", None, "Bolivian claims");
    // "described the idea that … as absurd": the object holds its own clause
    let text = "Peru described the idea that Chile is arming the rebels as “certainly absurd.”";
    find(text, Act::Deny, "Peru");
    // "the call" is a noun here, not the deeming verb
    expect("Peru described the call with Chile as improper.", Act::Accuse, "Peru", None, "the call");
}

#[test]
fn wrongdoing_in_reported_words_accuses() {
    // a passive names the victims, not the wrongdoer
    let c = find(
        "Peru's president said that opposition voices were being unfairly censored.",
        Act::Accuse,
        "Peru",
    );
    assert!(c.addressee.is_none(), "{c:?}");
    // "described how …" reports
    expect(
        "Peru described how Chile had repeatedly lied to Congress.",
        Act::Accuse,
        "Peru",
        Some("Chile"),
        "lied to Congress",
    );
    // more judgements
    find("“It is a failed trade policy,” Peru's president said.", Act::Accuse, "Peru");
    find("“Your actions are incompatible with your duty,” Chile's senators wrote.", Act::Accuse, "Chile");
}

#[test]
fn a_finding_of_no_wrongdoing_denies_it() {
    find(
        "Peru's president tweeted that the memos “show clearly” no collusion with Chile.",
        Act::Deny,
        "Peru",
    );
    find("Peru's president said the inquiry found no evidence of collusion.", Act::Deny, "Peru");
    // nobody's words: the article's own report of a finding
    no_act("The audit found no fraud.", Act::Deny);
}

#[test]
fn a_wrong_denied_in_someone_s_words_is_a_denial() {
    find("Peru's president said he did not collude with Chile.", Act::Deny, "Peru");
    find("Peru's spy chief claims the agency does not leak", Act::Deny, "Peru");
    // a base form without an auxiliary is the noun
    no_act("Peru's president said the leak was serious.", Act::Accuse);
}

#[test]
fn a_failed_duty_in_reported_words_accuses_the_actor_who_failed() {
    let c = find(
        "Senator Ilse Varga said the mayor had failed to enforce the zoning law.",
        Act::Accuse,
        "Ilse Varga",
    );
    assert_eq!(c.addressee.map(|a| a.text).as_deref(), Some("the mayor"));
    // a thing failing is no accusation
    no_act("Senator Ilse Varga said the talks had failed to produce a deal.", Act::Accuse);
}

#[test]
fn judging_a_demand_or_proposal_harshly_rejects_it() {
    let c = find(
        "Senator Ilse Varga said the mounting calls to remove the mayor were \"absolutely ridiculous.\"",
        Act::Reject,
        "Ilse Varga",
    );
    assert!(c.content.unwrap().text.contains("calls to remove the mayor"));
    // judging a deed still accuses
    find("Senator Ilse Varga said the mayor's remarks were offensive.", Act::Accuse, "Ilse Varga");
}

#[test]
fn doing_nothing_wrong_in_reported_words_denies() {
    let c = find(
        "Senator Ilse Varga said the mayor \"hadn't done anything wrong\" by meeting the donors.",
        Act::Deny,
        "Ilse Varga",
    );
    assert!(c.content.unwrap().text.contains("done anything wrong"));
    find("Senator Ilse Varga insisted that she did nothing wrong.", Act::Deny, "Ilse Varga");
    find("Senator Ilse Varga said she had done nothing improper.", Act::Deny, "Ilse Varga");
    find("Senator Ilse Varga said she did nothing illegal.", Act::Deny, "Ilse Varga");
    // what an inquiry found is no one's denial
    no_act("The audit found nothing illegal.", Act::Deny);
    // without a negation "anything wrong" denies nothing
    no_act("Senator Ilse Varga asked whether the mayor had done anything wrong.", Act::Deny);
}

#[test]
fn calling_someones_comments_untrue_accuses_them() {
    let c = find(
        "Senator Ilse Varga said the mayor's comments were wildly inaccurate.",
        Act::Accuse,
        "Ilse Varga",
    );
    assert!(c.content.unwrap().text.contains("comments were wildly inaccurate"));
    // calling an allegation untrue still denies it
    find("Senator Ilse Varga said the allegations were inaccurate.", Act::Deny, "Ilse Varga");
}

#[test]
fn a_quoted_label_is_one_judgement() {
    let c = find(
        "The senate leader called the bills “a cynical exercise in partisan theatre” and walked out.",
        Act::Accuse,
        "",
    );
    assert_eq!(c.actor.text, "The senate leader");
    assert_eq!(c.content.map(|p| p.text).as_deref(), Some("the bills"));
    // scare quotes inside the object, and "referred to X as"
    let c = find(
        "The minister has referred to the “shadow banning” by the platform as “discriminatory and illegal.”",
        Act::Accuse,
        "",
    );
    assert!(c.content.is_some_and(|p| p.text.starts_with("the “shadow banning”")));
}

#[test]
fn a_hyphenated_modifier_is_no_actor() {
    no_act("Hundreds rallied on Saturday as the new wave of anti-corruption protests grows.", Act::Accuse);
}

#[test]
fn no_wrongdoing_in_scare_quotes_denies() {
    let cs = claims("The minister said there was “no fraud and no cover-up” in the tender.");
    assert!(cs.iter().any(|c| c.act == Act::Deny && c.rule == "reported-wrongdoing"), "{cs:#?}");
}

#[test]
fn a_harsh_judgement_of_someone_in_quoted_words_accuses() {
    let text = "“He has made some truly outrageous claims about the audit,” Senator Maria Ortiz said.";
    let claim = first(text, Act::Accuse);
    assert_eq!(claim.actor.text, "Senator Maria Ortiz");
    assert_eq!(claim.rule, "quoted-judgement");
}

#[test]
fn quoted_judgements_that_do_not_accuse() {
    // of oneself, hedged, predicted, or of no one
    no_act("“I made some outrageous claims, and I regret them,” Senator Maria Ortiz said.", Act::Accuse);
    no_act("“If he lied to us, that would be outrageous,” Senator Maria Ortiz said.", Act::Accuse);
    no_act("“The flooding left behind a disaster in the valley,” Senator Maria Ortiz said.", Act::Accuse);
}

#[test]
fn a_sad_day_judges_and_a_participle_deems() {
    let cs = claims("The senator said the ruling was “a very sad day for the press.”");
    assert!(cs.iter().any(|c| c.act == Act::Accuse), "{cs:#?}");
    let cs =
        claims("The governor thanked the court, calling the union's strike “a dark day for our schools.”");
    let deem = cs.iter().find(|c| c.rule == "deem-evaluation").unwrap_or_else(|| panic!("{cs:#?}"));
    assert_eq!(deem.actor.text, "The governor");
}

#[test]
fn calling_someone_fake_accuses() {
    let cs = claims("The mayor attacked two papers, saying that they are “fake” and biased.");
    assert!(cs.iter().any(|c| c.act == Act::Accuse && c.actor.text == "The mayor"), "{cs:#?}");
}

#[test]
fn it_in_a_participle_clause_is_the_object_judged() {
    let c = expect(
        "The ministry pushed back on the report, saying it was inaccurate.",
        Act::Deny,
        "",
        None,
        "the report",
    );
    assert_eq!(c.actor.text, "The ministry");
    // "said: “These looters, they are criminals”" judges the looters, not a phrase before "said"
    let accuse = first(
        "Ann Lee, the district commander, said: “These looters, they are simply criminals.”",
        Act::Accuse,
    );
    assert!(!accuse.content.as_ref().is_some_and(|p| p.text.contains("commander")), "{accuse:#?}");
}

#[test]
fn calling_it_a_sham_after_an_object_judges_the_object() {
    let c =
        expect("The opposition boycotted the vote, calling it a farce.", Act::Accuse, "", None, "the vote");
    assert_eq!(c.actor.text, "The opposition");
}

#[test]
fn a_penalty_foretold_warns() {
    let c = expect(
        "“There will be consequences,” the minister said.",
        Act::Warn,
        "",
        None,
        "There will be consequences",
    );
    assert_eq!(c.actor.text, "the minister");
    let c = expect(
        "“Those who cross this line will pay a heavy price,” the army chief said.",
        Act::Warn,
        "",
        None,
        "Those who cross this line will pay a heavy price",
    );
    assert_eq!(c.actor.text, "the army chief");
    // a price paid in trade, and consequences for a thing, foretell no penalty
    none("The company said customers would pay a higher price next year.");
    none("He said there would be consequences for the economy if rates rose.");
    // an attack answered with force, foretold
    expect(
        "Any incursion will be met with a crushing response, the defence minister said.",
        Act::Warn,
        "",
        None,
        "Any incursion will be met with a crushing response",
    );
    none("The plan would be met with skepticism, analysts said.");
    // consequences someone will face, after a choice put to them
    let text = "\"Either they pull back, or they will face the consequences,\" the envoy said.";
    expect_exact(text, Act::Warn, "", "they will face the consequences");
    // (the consequences of one's own habits are a forecast)
    none("Smokers will face the consequences of their habit, doctors said.");
}

#[test]
fn reserving_the_right_to_respond_warns() {
    let c = find("Russia said it reserved the right to respond to the deployment.", Act::Warn, "Russia");
    assert_eq!(c.content.as_ref().map(|p| &*p.text), Some("respond to the deployment"));
}

#[test]
fn holding_someone_responsible_accuses_them() {
    let c =
        find("Israel said Hamas was responsible for the explosion at the hospital.", Act::Accuse, "Israel");
    assert!(c.addressee.as_ref().is_some_and(|a| a.is("Hamas")));
    assert_eq!(c.content.as_ref().map(|p| &*p.text), Some("the explosion at the hospital"));
    let cs = claims("The group said it was not responsible for the attack.");
    assert!(cs.iter().any(|c| c.act == Act::Deny), "{cs:#?}");
    // owning up is no accusation
    no_act("The minister said he was responsible for the failures.", Act::Accuse);
}

#[test]
fn someone_said_to_be_to_blame_is_accused() {
    let c =
        find("Armenia said Azerbaijan was largely to blame for the border clashes.", Act::Accuse, "Armenia");
    assert!(c.addressee.as_ref().is_some_and(|a| a.is("Azerbaijan")));
    assert_eq!(c.content.as_ref().map(|p| &*p.text), Some("the border clashes"));
    let cs = claims("The company said it was not to blame for the outage.");
    assert!(cs.iter().any(|c| c.act == Act::Deny), "{cs:#?}");
    // a question asks, it does not accuse
    no_act("Who is to blame for the floods remains unclear.", Act::Accuse);
}

#[test]
fn what_an_inquiry_found_is_reported() {
    let c = find("The court found that the law violated the constitution.", Act::Accuse, "");
    assert_eq!(c.actor.text, "The court");
}

#[test]
fn a_slap_in_the_face_judges() {
    let c = first("The senator called the decision “a slap in the face” to veterans.", Act::Accuse);
    assert_eq!(c.content.as_ref().map(|p| &*p.text), Some("the decision"));
}

#[test]
fn a_judged_subject_spread_over_commas_is_whole() {
    let c = first(
        "“The agency’s summary of the witness statements, and its account of the records kept by the \
         port, regarding the March inspection are not accurate,” Lena Ortiz, a spokeswoman for the \
         ministry, said.",
        Act::Deny,
    );
    let content = c.content.expect("content").text;
    assert!(content.starts_with("The agency’s summary"), "{content}");
    assert!(content.contains("March inspection"), "{content}");
}

#[test]
fn idioms_of_a_claim_that_fails_deny_it() {
    let c = find("The minister said the claim does not hold water.", Act::Deny, "");
    assert!(!c.negated);
    assert_eq!(c.content.map(|p| p.text).as_deref(), Some("the claim"));
    first("“These figures simply don’t add up,” the mayor said.", Act::Deny);
    first("The mayor said the report did not stand up to scrutiny.", Act::Deny);
    // an argument that fails is refused
    first("The unions say that argument doesn't wash.", Act::Reject);
    // without the negation the idiom says nothing against it; a verb "wash" is no judgement
    no_act("The minister said the claim holds water.", Act::Deny);
    none("The workers wash the cars every day, the mayor said.");
}

#[test]
fn saying_someone_made_a_mistake_accuses_them_owning_one_does_not() {
    let c = first("The mayor said the council made the mistake of cutting funds.", Act::Accuse);
    assert_eq!(c.content.map(|p| p.text).as_deref(), Some("the council made the mistake of cutting funds"));
    first("The mayor said the council has made a big mistake.", Act::Accuse);
    no_act("The mayor admitted she made a mistake.", Act::Accuse);
    no_act("“I made a mistake,” the mayor said.", Act::Accuse);
}

#[test]
fn a_judgement_held_back_accuses_nobody() {
    no_act("Peru's foreign minister said she doesn't think the remarks were racist.", Act::Accuse);
    no_act("“I do not believe the ruling was unfair,” Chile's president said.", Act::Accuse);
    // the same judgement made accuses
    find("Peru's foreign minister said she thinks the remarks were racist.", Act::Accuse, "Peru");
}

#[test]
fn how_to_read_a_thing_and_no_obligation_are_no_demands() {
    no_act("“The ruling should be seen as a warning to lenders,” Peru's finance minister said.", Act::Demand);
    no_act(
        "“Customers will never have to visit a branch again,” Chile's central bank chief said.",
        Act::Demand,
    );
    // an action asked of a thing still is
    find("“The sanctions should be lifted,” Peru's finance minister said.", Act::Demand, "Peru");
}

#[test]
fn the_market_s_demand_is_no_claim() {
    no_act("Prices rose as supply and demand diverged, traders said.", Act::Demand);
    no_act("The exchange connects publishers with third-party demand and supply partners.", Act::Demand);
}

#[test]
fn what_had_to_happen_is_no_demand() {
    no_act(
        "The summit had to be postponed as the storm hit the coast, Peru's foreign minister said.",
        Act::Demand,
    );
    find("“Ukraine will have to give up territory,” Peru's president said.", Act::Demand, "Peru");
}

#[test]
fn words_of_claims_used_otherwise() {
    // the market's appetite, an adjective, an absent warning, an existential "there"
    no_act("Chile's growing demand for copper worries its neighbours.", Act::Demand);
    no_act("The clinic treats life-threatening cases first.", Act::Warn);
    no_act("Residents had no warning of the flood, Peru's interior minister said.", Act::Warn);
    none("There are many travel sites offering cheaper rooms.");
    // the same words as claims
    find("Chile demanded an end to the blockade.", Act::Demand, "Chile");
    find("Peru's interior minister warned of more floods.", Act::Warn, "Peru");
}

#[test]
fn a_participle_judgement_is_the_main_subject_s() {
    let text = "Peru's government rejected an ultimatum to pull its troops back from the valley, \
                calling the demand \"a provocation.\"";
    let c = first(text, Act::Accuse);
    assert_eq!(c.actor.text, "Peru's government");
    find(
        "Chile's foreign ministry said the deployment was \"a deliberate escalation.\"",
        Act::Accuse,
        "Chile",
    );
}

#[test]
fn taking_every_measure_on_a_condition_warns() {
    let text = "\"If the troops are still there on Saturday, we will take every measure necessary,\" \
                Chile's defence minister said.";
    find(text, Act::Warn, "Chile");
}

#[test]
fn a_case_called_meritless_or_frivolous_is_denied() {
    find("Peru's government called the lawsuit \"meritless.\"", Act::Deny, "Peru");
    find("Peru's president said the allegations were unsubstantiated.", Act::Deny, "Peru");
}

#[test]
fn judging_an_accusation_harshly_denies_it() {
    let c = first("The ministry said the allegations were unjustified.", Act::Deny);
    assert_eq!(c.content.map(|p| p.text.into_owned()).as_deref(), Some("the allegations"));
    no_act("The ministry said the allegations were unjustified.", Act::Accuse);
    // a harsh judgement of anything else accuses
    first("The nurses' union said the cuts were draconian.", Act::Accuse);
    expect(
        "The drugmaker will appeal, calling the jury's decision \"deeply flawed\".",
        Act::Accuse,
        "",
        None,
        "the jury's decision",
    );
}

#[test]
fn a_violation_or_breach_with_an_intensifier_accuses() {
    let c = first("\"This is a clear violation of international law,\" the minister said.", Act::Accuse);
    assert!(c.content.is_some_and(|p| p.text.contains("violation of international law")));
    first("The minister said the move was a flagrant breach of the ceasefire.", Act::Accuse);
    // a violation reported as a fact accuses nobody
    none("Human rights violations were reported in the region, the group said.");
}

#[test]
fn one_word_read_by_two_rules_is_one_claim() {
    let cs: Vec<_> = claims("The opposition boycotted the vote, saying it was rigged.")
        .into_iter()
        .filter(|c| c.act == Act::Accuse)
        .collect();
    assert_eq!(cs.len(), 1, "{cs:?}");
}

#[test]
fn no_truth_to_a_claim_denies_it() {
    let c = first("\"There is no truth to these allegations,\" the spokesman said.", Act::Deny);
    assert_eq!(c.content.map(|p| p.text).as_deref(), Some("these allegations"));
    let c = first("The ministry said there was no truth in the reports.", Act::Deny);
    assert_eq!(c.content.map(|p| p.text).as_deref(), Some("the reports"));
    // with "whatsoever", and in other words
    let c = first("The bank said there was \"no truth whatsoever\" to the claims.", Act::Deny);
    assert_eq!(c.content.map(|p| p.text).as_deref(), Some("the claims"));
    let c = first("\"There is not a shred of truth in these reports,\" the minister said.", Act::Deny);
    assert_eq!(c.content.map(|p| p.text).as_deref(), Some("these reports"));
    first("\"There is no basis in fact for these claims,\" the minister said.", Act::Deny);
}

#[test]
fn figures_called_exaggerated_are_denied() {
    let c = first("The ministry said the figures were \"grossly exaggerated.\"", Act::Deny);
    assert_eq!(c.content.map(|p| p.text).as_deref(), Some("the figures"));
}

#[test]
fn judgements_of_a_policy_accuse_and_of_the_weather_do_not() {
    first("The senator said the policy was ill-advised and wrongheaded.", Act::Accuse);
    first("\"The decision is deeply troubling,\" the group said.", Act::Accuse);
    none("The storm was damaging to crops, the ministry said.");
}

#[test]
fn a_dismissal_that_labels_a_wrongdoer_accuses() {
    let c = first("The president dismissed the protesters as terrorists.", Act::Accuse);
    assert_eq!(c.content.map(|p| p.text).as_deref(), Some("the protesters"));
    first("He dismissed the whole government as a band of thieves and traitors.", Act::Accuse);
    // a dismissal of a claim stays a rejection
    first("The ministry dismissed the report as baseless.", Act::Reject);
    no_act("The ministry dismissed the report as baseless.", Act::Accuse);
}

#[test]
fn calling_something_non_negotiable_insists_on_it() {
    let demand = |text: &'static str| {
        claims(text)
            .into_iter()
            .find(|c| c.act == Act::Demand)
            .unwrap_or_else(|| panic!("no demand in {text:?}"))
    };
    let c = demand("Mayor Ana Ruiz has said that a new bridge over the river is non-negotiable.");
    assert!(c.actor.name().ends_with("Ana Ruiz"), "{:?}", c.actor);
    assert_eq!(c.content.as_ref().map(|p| &*p.text), Some("a new bridge over the river"));
    assert_eq!(c.rule, "reported-insistence");
    let c = demand("“A full ceasefire is a precondition for any talks,” the rebel commander said.");
    assert_eq!(c.actor.text, "the rebel commander");
    assert_eq!(c.content.as_ref().map(|p| &*p.text), Some("A full ceasefire"));
    let c = demand("The union considers the pay rise non-negotiable.");
    assert_eq!(c.content.as_ref().map(|p| &*p.text), Some("the pay rise"));
    assert_eq!(c.rule, "deem-insistence");
    // "it is non-negotiable" says nothing of what; nor is it a rejection
    let text = "“It is non-negotiable,” the mayor said.";
    assert!(claims(text).iter().all(|c| c.act != Act::Demand && c.act != Act::Reject), "{:?}", claims(text));
}

#[test]
fn calling_someone_a_wrongdoer_with_portray_or_as_a_violation_accuses() {
    let c = claims("The minister portrayed the protesters as terrorists.")
        .into_iter()
        .find(|c| c.act == Act::Accuse)
        .expect("an accusation");
    assert_eq!(c.rule, "deem-evaluation");
    let text = "The defense secretary has characterized the rebels as violating the truce.";
    let c = claims(text).into_iter().find(|c| c.act == Act::Accuse).expect("an accusation");
    assert_eq!(c.rule, "deem-violation");
    assert_eq!(c.actor.text, "The defense secretary");
    assert_eq!(c.addressee.as_ref().map(|a| &*a.text), Some("the rebels"));
    assert_eq!(c.content.as_ref().map(|p| &*p.text), Some("the rebels as violating the truce"));
    // an attempt at the wrongdoing: "as trying to undermine …"
    let text = "The envoy described the militia as trying to undermine the talks.";
    let c = claims(text).into_iter().find(|c| c.act == Act::Accuse).expect("an accusation");
    assert_eq!(c.addressee.as_ref().map(|a| &*a.text), Some("the militia"));
    // painting a fence, breaking new ground, trying to break a record: no accusation
    for text in [
        "She painted the fence as the sun set.",
        "He described the plan as breaking new ground.",
        "He described the team as trying to break the record.",
    ] {
        assert!(claims(text).iter().all(|c| c.act != Act::Accuse), "{text}: {:?}", claims(text));
    }
}

#[test]
fn verbs_that_judge_only_with_as_and_passive_judgements() {
    // "see", "view", "regard", "describe" judge only with "as"
    no_act("Kenya has seen an ethnic and cultural genocide.", Act::Accuse);
    find("The envoy described the ban as illegal.", Act::Accuse, "");
    // a passive's subject is the one judged, not the one judging
    no_act("Mr. Okafor is considered armed and dangerous.", Act::Accuse);
}

#[test]
fn a_compound_call_is_no_verb_of_calling() {
    let c = first("The senator described the phone call as improper.", Act::Accuse);
    assert_eq!(c.content.map(|p| p.text.into_owned()).as_deref(), Some("the phone call"));
}

#[test]
fn a_claim_said_to_be_made_up_is_denied_not_an_accusation() {
    let cs = claims("The embassy said the claims were fabricated.");
    assert!(cs.iter().any(|c| c.act == Act::Deny), "{cs:?}");
    assert!(!cs.iter().any(|c| c.act == Act::Accuse), "{cs:?}");
}

#[test]
fn calling_it_something_judges_what_it_stands_for() {
    let c = expect_exact("Peru's foreign minister called it a lie.", Act::Deny, "Peru", "it a lie");
    assert_eq!(c.rule, "deem-baseless");
    let c = first("Senator Ilse Varga called them liars.", Act::Accuse);
    assert_eq!(c.content.as_ref().map(|p| &*p.text), Some("them liars"));
    // names and idioms that only look like it
    none("She called him a friend.");
    none("He called it a day.");
}

#[test]
fn a_party_and_state_between_commas_is_the_named_persons_aside() {
    let c = first("Senator Ilse Varga, Republican of Nebraska, called it a disgrace.", Act::Accuse);
    assert_eq!(c.actor.text, "Senator Ilse Varga");
    let c = first("Senator Ilse Varga, Democrat of New York, rejected the plan.", Act::Reject);
    assert_eq!(c.actor.text, "Senator Ilse Varga");
}

#[test]
fn calling_an_accusation_a_bad_name_denies_it() {
    let c = first("A commission spokeswoman called the accusations unfair.", Act::Deny);
    assert_eq!(c.rule, "deem-baseless");
    assert_eq!(c.content.as_ref().map(|p| &*p.text), Some("the accusations"));
    first("Peru's ministry described the allegations as politically motivated.", Act::Deny);
    // anything else so judged is accused
    let c = first("The minister called the report a disgrace.", Act::Accuse);
    assert_eq!(c.rule, "deem-evaluation");
}

#[test]
fn naming_who_is_behind_a_deed_accuses_them() {
    let c = expect(
        "Peru said Chile was behind the assassination.",
        Act::Accuse,
        "Peru",
        Some("Chile"),
        "the assassination",
    );
    assert_eq!(c.rule, "reported-behind");
    expect_exact("Peru said it was not behind the attack.", Act::Deny, "Peru", "the attack");
    // being behind a project, or behind schedule, accuses nobody
    none("Peru's minister said the company was behind the project.");
    none("The official said the work was behind schedule.");
}

#[test]
fn an_attempt_at_a_wrong_accuses_as_the_wrong_does() {
    expect(
        "Peru said Chile was trying to destabilise the region.",
        Act::Accuse,
        "Peru",
        Some("Chile"),
        "destabilise",
    );
    expect(
        "Peru said Chile had tried to meddle in the election.",
        Act::Accuse,
        "Peru",
        Some("Chile"),
        "meddle",
    );
    none("The minister said he was trying to lie low.");
    // a participle modifying a noun is no deed
    none("Seventy percent of voters say that the inciting offense was serious.");
}

#[test]
fn denying_a_side_the_right_to_do_something_accuses_it() {
    let c = expect(
        "Peru said Chile had no right to interfere in its internal affairs.",
        Act::Accuse,
        "Peru",
        Some("Chile"),
        "interfere in its internal affairs",
    );
    assert_eq!(c.rule, "reported-no-right");
    // of oneself, or of a thing owned, it accuses nobody
    none("The minister said he had no right to comment.");
    none("The court said the tenants had no right to the land.");
}

#[test]
fn spreading_falsehoods_is_a_wrongdoing_reported() {
    let c = expect(
        "The president said the media were spreading disinformation about him.",
        Act::Accuse,
        "",
        Some(""),
        "spreading disinformation",
    );
    assert_eq!(c.rule, "reported-wrongdoing");
    none("The minister said the rumours were spreading fast.");
}

#[test]
fn dismissing_a_claim_as_false_accuses_nobody() {
    // (it was an accusation of the report; a dismissal of a report stays a rejection, of an
    // allegation a denial)
    expect_exact("The Kremlin dismissed the report as fake.", Act::Reject, "Russia", "the report");
    no_act("The Kremlin dismissed the report as fake.", Act::Accuse);
    expect_exact("The Kremlin dismissed the allegations as lies.", Act::Deny, "Russia", "the allegations");
    // a person so labelled is accused; a dismissal alone rejects
    expect_exact(
        "The Kremlin dismissed the opposition leader as a liar.",
        Act::Accuse,
        "Russia",
        "the opposition leader",
    );
    expect_exact("The Kremlin dismissed the criticism.", Act::Reject, "Russia", "the criticism");
}

#[test]
fn a_record_called_fake_is_denied() {
    expect_exact("The embassy said the video was fake.", Act::Deny, "", "the video");
    // other judgements of a record accuse whoever is behind it
    first("The embassy said the video was offensive.", Act::Accuse);
}

#[test]
fn no_truth_in_quotation_marks_denies_as_unquoted() {
    expect_exact("The minister said there was \"no truth\" to the claims.", Act::Deny, "", "the claims");
}

#[test]
fn a_label_after_an_intensifier_judges_as_the_label_does() {
    expect(
        "Seoul called the missile launch a serious provocation.",
        Act::Accuse,
        "South Korea",
        None,
        "the missile launch",
    );
    first("The senator called the hearing a complete sham.", Act::Accuse);
    first("He said the ruling was an utter disgrace.", Act::Accuse);
    // (a swear word intensifies as "blatant" does)
    first("“That is a damn lie,” the governor said.", Act::Deny);
    // an intensifier before no label judges nothing
    no_act("The president called it a very big deal.", Act::Accuse);
}

#[test]
fn judging_ones_own_doing_accuses_no_one() {
    no_act("“The first album I made was a total disaster,” the singer said.", Act::Accuse);
    first("“The bill is a disaster,” the senator said.", Act::Accuse);
}

#[test]
fn playing_politics_and_a_dereliction_of_duty_accuse() {
    first("The senator said the governor was “playing politics with people's livelihoods.”", Act::Accuse);
    first("“This is a dereliction of duty,” the mayor said.", Act::Accuse);
    first("The senator called the bill a power grab.", Act::Accuse);
}

#[test]
fn what_a_judgement_was_said_of_is_its_content() {
    let c = first("“These are lies,” the spokesman said of the allegations.", Act::Deny);
    assert_eq!(c.content.map(|p| p.text), Some("the allegations".into()));
    let c = first("“This is unacceptable,” the minister said of the proposal.", Act::Reject);
    assert_eq!(c.content.map(|p| p.text), Some("the proposal".into()));
    first("“It is a disgrace,” the senator said of the ruling.", Act::Accuse);
}

#[test]
fn dead_on_arrival_rejects() {
    expect_exact("The senator said the deal was dead on arrival.", Act::Reject, "", "the deal");
    first("The senator said the plan was a nonstarter.", Act::Reject);
}

#[test]
fn a_label_whose_quotation_opens_after_its_article() {
    expect_exact("Trump called the investigation a \"witch hunt.\"", Act::Accuse, "", "the investigation");
    expect_exact("She called the vote a “sham”.", Act::Accuse, "", "the vote");
    first("She said the vote was a \"sham\".", Act::Accuse);
}

#[test]
fn a_quoted_demonstrative_judged_is_a_claim_about_what_it_answers() {
    let c = first("\"This is unacceptable,\" the minister said.", Act::Reject);
    assert_eq!(c.content.map(|p| p.text), Some("This".into()));
    first("\"These are lies,\" the spokesman said.", Act::Deny);
    first("\"This is a historic mistake,\" Merz said.", Act::Accuse);
    // outside a quotation "this" still says nothing
    no_act("The minister said this is unacceptable.", Act::Reject);
    // a step called historic is no mistake
    none("The vote was a historic step.");
}

#[test]
fn failing_those_one_serves_ignoring_warnings_and_premature_calls() {
    let c = first("Senator Maria Cantwell said the agency had failed the public.", Act::Accuse);
    assert_eq!(c.content.map(|p| p.text), Some("the agency had failed the public".into()));
    first("She said he had failed the American people.", Act::Accuse);
    first("The senator said the agency had ignored the warnings.", Act::Accuse);
    expect_exact(
        "The minister said calls for an inquiry were premature.",
        Act::Reject,
        "",
        "calls for an inquiry",
    );
    // failing a test wrongs nobody
    no_act("He said the team failed the test.", Act::Accuse);
}

#[test]
fn a_deed_said_to_amount_to_a_wrong_accuses() {
    let c = first("UN investigators said the shelling amounted to war crimes.", Act::Accuse);
    assert_eq!(
        c.content.map(|p| p.text.into_owned()).as_deref(),
        Some("the shelling amounted to war crimes")
    );
    // hedged, it is still the accusation
    first("The commission said the purges may constitute crimes against humanity.", Act::Accuse);
    first("The rights group said the evictions were ethnic cleansing.", Act::Accuse);
    // a sum amounts to nothing wrong
    none("The ministry said the aid amounts to a tenth of the budget.");
}

#[test]
fn a_label_quoted_to_the_sentence_end_is_cut_from_what_is_dismissed() {
    let c = first("The speaker dismissed the proposal as \"dead on arrival.\"", Act::Reject);
    assert_eq!(c.content.map(|p| p.text.into_owned()).as_deref(), Some("the proposal"));
}

#[test]
fn him_or_them_called_names_after_a_comma_is_the_main_clause_object() {
    let cs = claims("The mayor lashed out at the judge, calling him a disgrace.");
    assert!(!cs.is_empty());
    for c in &cs {
        assert_eq!(c.content.as_ref().map(|p| p.text.as_ref()), Some("the judge"), "{c:?}");
    }
}

#[test]
fn a_judging_adjective_before_its_noun_after_the_article() {
    let c = first("The senator said the inquiry was a \"disgraceful abuse of power.\"", Act::Accuse);
    assert!(c.content.is_some_and(|p| p.text.starts_with("the inquiry was")));
    first("The governor said the veto was a reckless gamble.", Act::Accuse);
    // an article before a plain noun judges nothing
    no_act("The governor said the veto was a surprise.", Act::Accuse);
}

#[test]
fn a_failing_someone_has_or_shows_accuses_them() {
    first("\"The man has serious judgment issues,\" the mayor said.", Act::Accuse);
    first("The senator said the agency had shown contempt for the rule of law.", Act::Accuse);
    // a merit shown accuses nobody
    no_act("The senator said the agency had shown good judgment.", Act::Accuse);
}

#[test]
fn labels_of_plotting_and_punishment_accuse() {
    expect(
        "The ministry described the riots as a plot by foreign agents.",
        Act::Accuse,
        "",
        None,
        "the riots",
    );
    expect(
        "The opposition called the dismissal of the judges a coup.",
        Act::Accuse,
        "",
        None,
        "the dismissal",
    );
    first("Aid agencies said the siege amounted to collective punishment.", Act::Accuse);
    // a plot told, a genre named
    no_act("The novel has a plot that twists and turns.", Act::Accuse);
    no_act("She said the film was a conspiracy thriller.", Act::Accuse);
}

#[test]
fn an_offer_called_derisory() {
    expect("The dockers' union described the pay offer as derisory.", Act::Accuse, "", None, "the pay offer");
}

#[test]
fn interference_as_a_label() {
    expect(
        "The governor wrote on social media that the subpoena was \"election interference.\"",
        Act::Accuse,
        "",
        None,
        "the subpoena",
    );
    // a subject studied is no one's label
    no_act("The study examined election interference in three countries.", Act::Accuse);
}

#[test]
fn consequences_foretold_in_quotation_marks() {
    first(
        "The defence ministry said any landing would be met with a “swift and decisive” response.",
        Act::Warn,
    );
    first("The ministry said there would be “consequences” for the envoy's remarks.", Act::Warn);
    // consequences for the economy threaten no one
    no_act("The minister said there would be consequences for the economy.", Act::Warn);
}

#[test]
fn allegations_said_to_have_no_basis() {
    expect(
        "The mayor's office said the allegations had “no basis in fact.”",
        Act::Deny,
        "",
        None,
        "the allegations",
    );
    // broken promises accuse as a broken accord does
    expect(
        "The union said management had broken its promises.",
        Act::Accuse,
        "",
        Some(""),
        "broken its promises",
    );
}

#[test]
fn labels_coordinated_after_a_verb_of_calling_judge_the_same_object() {
    for text in [
        "The embassy called the article \"baseless\" and \"malicious\".",
        "The embassy called the article malicious and baseless.",
    ] {
        let cs = claims(text);
        assert!(!cs.is_empty(), "{text}");
        for c in &cs {
            assert_eq!(c.content.as_ref().map(|p| &*p.text), Some("the article"), "{text}: {cs:?}");
        }
    }
}

#[test]
fn an_election_neither_free_nor_fair_is_accused() {
    expect_exact("The envoy called the runoff neither free nor fair.", Act::Accuse, "", "the runoff");
    let c = first("Poland said the referendum was not legitimate.", Act::Accuse);
    assert_eq!(c.rule, "reported-evaluation");
}

#[test]
fn displeasure_expressed_accuses() {
    expect_exact(
        "Ankara expressed strong displeasure with Athens' decision to extend its waters.",
        Act::Accuse,
        "Turkey",
        "Athens' decision to extend its waters",
    );
    expect_exact("Seoul voiced dissatisfaction over the ruling.", Act::Accuse, "South Korea", "the ruling");
}

#[test]
fn an_intrusion_in_someone_s_words_accuses() {
    let c = first("Hanoi said the survey ship had intruded into its waters.", Act::Accuse);
    assert_eq!(c.rule, "reported-violation");
}

#[test]
fn more_labels_of_wrongdoing_accuse() {
    first("The councillor said the inquiry was \"a political hit job\" run by his rivals.", Act::Accuse);
    let c = first("The envoy described the embargo as economic terrorism.", Act::Accuse);
    assert_eq!(c.content.as_ref().map(|p| &*p.text), Some("the embargo"));
    first("Opposition parties said the poll was marred by widespread fraud.", Act::Accuse);
    // the word outside a predicate judges nothing
    none("The war on terrorism was a priority, the premier said.");
}

#[test]
fn harm_foretold_of_a_project_accuses() {
    let c = first("Fishing groups said the dam would destroy the lake's spawning grounds.", Act::Accuse);
    assert_eq!(c.rule, "reported-harm");
    first("Farmers said the smelter had poisoned their wells for years.", Act::Accuse);
    // harm done by a fire or a storm accuses nobody
    none("Police said the fire destroyed the warehouse.");
    none("Doctors said the boy was poisoned by mushrooms.");
}

#[test]
fn shelling_civilian_sites_in_someone_s_words_accuses() {
    let c = first("Tbilisi said the separatists had shelled a school in the border village.", Act::Accuse);
    assert_eq!(c.rule, "reported-violation");
    // (shelling military positions is a communiqué, not an accusation)
    none("The army said it had shelled militant positions.");
}

#[test]
fn shame_asked_for_accuses() {
    let c = first("The senator said the governor should be ashamed of his remarks.", Act::Accuse);
    assert_eq!(c.rule, "reported-shame");
    assert_eq!(c.addressee.map(|a| a.text).as_deref(), Some("the governor"));
    none("No one should be ashamed of asking for help, the doctor said.");
}

#[test]
fn a_pronoun_judged_after_and_is_the_object_before() {
    expect_exact("Lima opposes the tariffs and considers them illegal.", Act::Accuse, "Peru", "the tariffs");
}

#[test]
fn a_clause_judged_in_a_relative_is_the_clause() {
    expect_exact(
        "The senator said the agency has not clarified when the fees would be collected, which she criticized as “unacceptable.”",
        Act::Accuse,
        "",
        "the fees would be collected",
    );
}

#[test]
fn no_evidence_of_a_violation_denies_it() {
    let c = first("The federation said there is no evidence of the violation.", Act::Deny);
    assert_eq!(c.actor.text, "The federation");
    first("Ankara said Athens committed a violation of the ceasefire.", Act::Accuse);
    // a finding that a clause is true is judged as a report, not as a label
    let cs = claims("The court found that the company committed a violation of the rules.");
    assert_eq!(cs.len(), 1, "{cs:?}");
}

#[test]
fn innocence_maintained_in_a_participle_clause_denies() {
    let c = first("Last month she wrote to the committee, maintaining her innocence.", Act::Deny);
    assert_eq!(c.actor.text, "she");
}

#[test]
fn a_wilful_distortion_of_facts_denies() {
    let c = first("\"The findings are a willful distortion of facts,\" the ambassador said.", Act::Deny);
    assert_eq!(c.content.map(|p| p.text.to_string()).as_deref(), Some("The findings"));
}

#[test]
fn a_degree_adverb_inside_the_label() {
    first("\"This is a completely false allegation,\" the nominee said.", Act::Deny);
    first("\"This is a totally baseless accusation,\" the minister said.", Act::Deny);
}

#[test]
fn a_label_after_pretty_or_quite() {
    first("\"This was a pretty shameful day for the city,\" the mayor said.", Act::Accuse);
}

#[test]
fn protesting_something_said_denies_it() {
    first("The senators protested the suggestion that they blocked the vote.", Act::Deny);
    // protesting a deed accuses
    first("The ministry protested the detention of its diplomats.", Act::Accuse);
}

#[test]
fn a_judging_adjective_inside_the_object_is_no_label() {
    let text = "\"We consider such baseless positions and destructive conduct to be harmful to ties,\" the embassy said.";
    for c in claims(text) {
        assert!(
            c.content.as_ref().is_none_or(|p| p.text != "such" && !p.text.ends_with(" and")),
            "{:?}",
            c.content.map(|p| p.text)
        );
    }
    first("The minister called such claims baseless.", Act::Deny);
    first("The minister called it a baseless claim.", Act::Deny);
}

#[test]
fn the_label_before_the_object() {
    expect_exact(
        "Veloria has condemned as \"baseless and unjust\" the recent accusations made by Kestria.",
        Act::Deny,
        "",
        "the recent accusations made by Kestria",
    );
    expect_exact(
        "The ministry denounced as illegal the decision to close the border.",
        Act::Accuse,
        "",
        "the decision to close the border",
    );
    // a dismissal with its label first, opened by an article
    expect_exact(
        "The envoy dismissed as a Western plot the efforts to hold Kestria to account.",
        Act::Reject,
        "",
        "the efforts to hold Kestria to account",
    );
    expect_exact(
        "The ministry dismissed as baseless the reports of shelling.",
        Act::Deny,
        "",
        "the reports of shelling",
    );
}

#[test]
fn going_on_with_a_claim_makes_it() {
    first("Veloria is continuing to refuse the truce proposal.", Act::Reject);
}

#[test]
fn things_called_baseless_are_denied() {
    let c = first(
        "The spokesman rejected the accusations, denouncing them as unfounded and politically motivated.",
        Act::Deny,
    );
    assert!(c.addressee.is_none());
    // people given a label are accused
    let c = first("The senator denounced them as traitors.", Act::Accuse);
    assert!(c.addressee.is_some());
}

#[test]
fn a_statement_calling_something_a_label() {
    let c = first(
        "The senator released a statement calling the decision \"heartless\" for splitting families.",
        Act::Accuse,
    );
    assert_eq!(c.actor.text, "The senator");
}

#[test]
fn a_participle_coordinated_with_a_label() {
    expect_exact(
        "The minister called the ruling \"politicised\" and illegal.",
        Act::Accuse,
        "",
        "the ruling",
    );
    expect_exact("The minister called the ruling politicised and illegal.", Act::Accuse, "", "the ruling");
}

#[test]
fn a_purge_a_land_grab_and_an_infringement_accuse() {
    first("The judges' association called the law a purge of the courts.", Act::Accuse);
    first("Villagers called the plan a land grab.", Act::Accuse);
    first("The press union said the decree infringes on press freedom.", Act::Accuse);
    let c =
        first("The ministry argued that the reform did not infringe on judicial independence.", Act::Deny);
    assert_eq!(c.rule, "reported-violation");
    // a participle opening the sentence accuses no one
    assert!(claims("But infringing its commitment, the army resumed the shelling.").is_empty());
}

#[test]
fn a_denial_right_after_an_accusation_denies_it() {
    for text in [
        "Ankara accused Athens of arming the militia, a charge Athens denies.",
        "Ankara accused Athens of arming the militia, something Athens denies.",
        "Ankara accused Athens of arming the militia, which Athens denies.",
    ] {
        let c = first(text, Act::Deny);
        assert_eq!(norm(&c.actor), "Greece", "{text}");
        assert_eq!(c.content.as_ref().map(|p| &*p.text), Some("arming the militia"), "{text}");
    }
}

#[test]
fn scheming_accuses_and_challenging_a_policy_rejects_it() {
    first("The player claims the owners schemed to keep him off the field.", Act::Accuse);
    let c = first("The players' union said it will challenge the new policy.", Act::Reject);
    assert_eq!(c.content.as_ref().map(|p| &*p.text), Some("the new policy"));
    // a parenthetical "he said" is no content
    let text = "He vowed to hunt down the holdouts, who he said were backed by Venezuela.";
    assert!(claims(text).iter().all(|c| c.content.as_ref().is_none_or(|p| p.text != "he said")));
}

#[test]
fn a_label_before_the_object_of_a_verb_of_calling() {
    let c = first("The minister described as \"baseless\" the accusations of fraud.", Act::Deny);
    assert_eq!(c.content.as_ref().map(|p| &*p.text), Some("the accusations of fraud"));
    let c = first("The minister described as illegal the decision to close the border.", Act::Accuse);
    assert_eq!(c.content.as_ref().map(|p| &*p.text), Some("the decision to close the border"));
}

#[test]
fn a_grave_outcome_foretold_of_a_deed_warns() {
    expect(
        "Moscow told Washington that further aggressive steps would be fraught with the gravest consequences.",
        Act::Warn,
        "Russia",
        None,
        "further aggressive steps would be fraught with the gravest consequences",
    );
    expect(
        "The minister said any attack on the islands would have serious consequences.",
        Act::Warn,
        "",
        None,
        "any attack on the islands would have serious consequences",
    );
    // an outcome for a thing, or with no weight, is a forecast
    none("The economist said the tariffs would have serious consequences for the economy.");
    none("The minister said the reform would have consequences.");
}

#[test]
fn meddling_in_a_side_s_affairs_is_an_accusation() {
    expect_exact(
        "Russia has dismissed the criticism as meddling in its domestic affairs.",
        Act::Accuse,
        "Russia",
        "the criticism",
    );
    expect(
        "China said the statement was interference in its internal affairs.",
        Act::Accuse,
        "China",
        None,
        "the statement",
    );
}

#[test]
fn a_proposal_called_baseless_is_refused() {
    expect_exact(
        "The prime minister said the proposal to buy the island was absurd.",
        Act::Reject,
        "",
        "the proposal to buy the island",
    );
    no_act("The prime minister said the proposal to buy the island was absurd.", Act::Deny);
    first("The prime minister said the accusations were absurd.", Act::Deny);
}

#[test]
fn a_thing_said_not_to_be_for_sale_is_refused() {
    expect("“The island is not for sale,” the premier said.", Act::Reject, "", None, "The island");
    expect(
        "The minister said a military option was not on the table.",
        Act::Reject,
        "",
        None,
        "a military option",
    );
    none("The house is not for sale.");
}

#[test]
fn a_label_of_several_words_after_its_article_is_no_part_of_the_object() {
    expect_exact("The premier called the assembly a \"nest of traitors\".", Act::Accuse, "", "the assembly");
    expect_exact("The premier called the assembly a nest of traitors.", Act::Accuse, "", "the assembly");
    // an article inside the object's own phrase stays in it
    expect_exact(
        "The envoy called the shelling of a school a war crime.",
        Act::Accuse,
        "",
        "the shelling of a school",
    );
}

#[test]
fn a_conspiracy_a_threat_or_useless_accuses() {
    first("The ousted premier said the vote against him was a \"foreign conspiracy\".", Act::Accuse);
    first("The general described the tribunal as \"useless\".", Act::Accuse);
    first("The minister said the incursions were a threat to regional peace.", Act::Accuse);
}

#[test]
fn dismay_a_side_states_at_a_deed_criticises_it() {
    expect_exact(
        "Canberra said it was appalled by the severity of the sentences.",
        Act::Accuse,
        "Australia",
        "the severity of the sentences",
    );
    first("Foreign Minister Penny Wong said she was outraged at the shelling.", Act::Accuse);
    // dismay of no known side, or with nothing it is at, criticises nothing
    no_act("The coach was disappointed with the result.", Act::Accuse);
    no_act("Canberra said it was shocked.", Act::Accuse);
}

#[test]
fn a_puppet_caught_red_handed_or_infamous_is_accused() {
    first("The spokesman said the council was a puppet of the West.", Act::Accuse);
    first("The spokesman said the reporter had been caught red-handed.", Act::Accuse);
    first("\"The group is infamous for its biased reports,\" the ministry said.", Act::Accuse);
}

#[test]
fn content_a_named_side_states_with_an_outcome_accepts_it() {
    expect_exact(
        "Senator Maria Okafor said on Tuesday that she was “OK” with the court's decision.",
        Act::Accept,
        "Maria Okafor",
        "the court's decision",
    );
    first("Canberra said it was satisfied with the final agreement.", Act::Accept);
    // content with something that is no outcome, or of no known side, accepts nothing
    no_act("Senator Maria Okafor said she was happy with the weather in Lagos.", Act::Accept);
    no_act("The coach was pleased with the result.", Act::Accept);
}

#[test]
fn a_judging_label_set_beside_a_deed_accuses_it() {
    expect_exact(
        "“They ordered the closure of the border, an illegal and reckless act,” the mayor of Tallinn said.",
        Act::Accuse,
        "Estonia",
        "the closure of the border",
    );
    // a description beside a person, with no judging word, judges nothing
    no_act("“We met Ann Lee, a former minister,” the mayor of Tallinn said.", Act::Accuse);
}

#[test]
fn a_deed_called_unacceptable_is_condemned_a_proposal_refused() {
    let c = first("“This conduct is not remotely acceptable,” Senator Ann Lee said.", Act::Accuse);
    assert_eq!(c.content.as_ref().map(|p| &*p.text), Some("This conduct"));
    no_act("“This conduct is not remotely acceptable,” Senator Ann Lee said.", Act::Reject);
    first("“The proposal is in no way acceptable,” Senator Ann Lee said.", Act::Reject);
    no_act("“The proposal is in no way acceptable,” Senator Ann Lee said.", Act::Accuse);
}

#[test]
fn provocations_or_aggression_carried_out_are_wrongdoing_even_after_an_opening_adverb() {
    let c = first(
        "“Recently, the navy has frequently carried out provocations,” the spokesperson said.",
        Act::Accuse,
    );
    assert_eq!(c.addressee.as_ref().map(|a| &*a.text), Some("the navy"));
    first("The minister said the army had committed aggression against its neighbour.", Act::Accuse);
}

#[test]
fn a_label_of_coordinated_judgements_after_its_article_or_nothing_short_of_accuses() {
    expect_exact(
        "Beijing described the move as a selfish and irresponsible act.",
        Act::Accuse,
        "China",
        "the move",
    );
    expect_exact("Beijing described the move as an irresponsible act.", Act::Accuse, "China", "the move");
    // the article outside the quotes, the coordinated judgements inside them
    expect_exact(
        "Beijing described the plan as a “selfish and reckless act.”",
        Act::Accuse,
        "China",
        "the plan",
    );
    // (and a judgement of its own: selfishness is a fault)
    expect_exact("Beijing described the plan as a “selfish act.”", Act::Accuse, "China", "the plan");
    first("Moscow said such attacks are nothing short of acts of nuclear terrorism.", Act::Accuse);
}

#[test]
fn faulting_or_disregarding_accuses() {
    let c = first("The panel faulted the ministry for being slow to act.", Act::Accuse);
    assert_eq!(c.content.as_ref().map(|p| &*p.text), Some("being slow to act"));
    first("Cairo said that Addis Ababa was disregarding the interests of downstream nations.", Act::Accuse);
}

#[test]
fn anything_but_free_and_fair_accuses_and_the_content_holds_the_whole_label() {
    let c = first(
        "“The elections were anything but free and fair,” said the party's secretary-general, Ann Lee.",
        Act::Accuse,
    );
    assert_eq!(c.content.as_ref().map(|p| &*p.text), Some("The elections were anything but free and fair"));
}

#[test]
fn an_allegation_made_to_an_audience_before_its_that() {
    let c = first("The candidate alleged to reporters that the count was rigged.", Act::Accuse);
    assert_eq!(c.content.as_ref().map(|p| &*p.text), Some("the count was rigged"));
}

#[test]
fn null_and_void_accuses_and_an_institution_after_of_belongs_to_the_accused() {
    first("The opposition leader described the results as “null and void”.", Act::Accuse);
    let c = first(
        "The opposition leader accused the Chair of the National Electoral Commission (NEC) of blatant disregard of the law.",
        Act::Accuse,
    );
    assert_eq!(
        c.addressee.as_ref().map(|a| &*a.text),
        Some("the Chair of the National Electoral Commission (NEC)")
    );
    assert_eq!(c.content.as_ref().map(|p| &*p.text), Some("blatant disregard of the law"));
}

#[test]
fn a_claim_that_does_not_align_with_the_facts_is_denied() {
    let c = first("The company said the claims do not align with the facts.", Act::Deny);
    assert_eq!(c.content.as_ref().map(|p| &*p.text), Some("the claims"));
}

#[test]
fn a_label_after_as_being_judges_the_object() {
    expect(
        "The Polish side regards the commissioner's actions and statements as being politically motivated.",
        Act::Accuse,
        "Poland",
        None,
        "actions and statements",
    );
}

#[test]
fn a_participle_right_after_a_report_judges_in_the_reporter_s_voice() {
    let c = expect(
        "Moscow “has the power to veto a resolution,” the US ambassador said, describing Russia as isolated and wrong.",
        Act::Accuse,
        "United States",
        None,
        "Russia",
    );
    assert_eq!(c.actor.text, "the US ambassador");
}

#[test]
fn coordinated_quoted_labels_after_a_long_object_are_no_part_of_it() {
    expect_exact(
        "The federation called the corruption allegations by the British newspaper \"fanciful\" and \"ridiculous.\"",
        Act::Deny,
        "",
        "the corruption allegations by the British newspaper",
    );
}

#[test]
fn calling_it_false_to_claim_a_thing_denies_the_thing() {
    expect_exact(
        "The federation said it is completely false and defamatory to claim that its president is under investigation.",
        Act::Deny,
        "",
        "its president is under investigation",
    );
    expect_exact(
        "“It is a lie to say that we shelled the town,” the army said.",
        Act::Deny,
        "",
        "we shelled the town",
    );
}

#[test]
fn a_quoted_it_called_untrue_denies_what_it_answers() {
    let c = first("“It's completely untrue,” the candidate said.", Act::Deny);
    assert_eq!(c.content.map(|p| p.text).as_deref(), Some("It's completely untrue"));
    first("“It is false,” the ministry said.", Act::Deny);
    // a truth granted denies nothing
    no_act("“It is true,” the ministry said.", Act::Deny);
}

#[test]
fn having_nothing_to_do_with_it_denies_a_part_in_it() {
    expect_exact(
        "“We had absolutely nothing to do with it,” a campaign spokeswoman said.",
        Act::Deny,
        "",
        "We had absolutely nothing to do with it",
    );
    first("The ministry said the arrests had nothing to do with politics.", Act::Deny);
    // said by no one, it is only a fact
    no_act("The delay had nothing to do with the weather.", Act::Deny);
    // two things kept apart deny no one's part
    no_act("“The port deal and the pension reform had nothing to do with each other,” she said.", Act::Deny);
}

#[test]
fn calling_someone_unqualified_accuses() {
    first("The senator said the nominee was unqualified.", Act::Accuse);
}

#[test]
fn calling_someone_a_war_criminal_or_the_butcher_of_a_place_accuses() {
    expect_exact("The president called his rival a war criminal.", Act::Accuse, "", "his rival");
    expect_exact(
        "The president branded the general the butcher of the city.",
        Act::Accuse,
        "",
        "the general",
    );
    // a terrorist attack reported is no label
    no_act("A terrorist attack killed ten people, police said.", Act::Accuse);
}

#[test]
fn trust_withdrawn_accuses_whom_it_was_in() {
    let c = first("The senator said he has lost confidence in the attorney general.", Act::Accuse);
    assert_eq!(c.addressee.map(|a| a.text).as_deref(), Some("the attorney general"));
    assert_eq!(c.rule, "no-confidence");
    first("“I don't have confidence in the chairman,” the senator said.", Act::Accuse);
    first("The board has no confidence in the chief executive.", Act::Accuse);
    // trust kept accuses no one
    no_act("Investors have confidence in the company.", Act::Accuse);
}

#[test]
fn a_judgement_of_remarks_of_some_kind_accuses() {
    let c = first("The company said remarks of this nature are unacceptable.", Act::Accuse);
    assert_eq!(c.content.as_ref().map(|p| p.text.as_ref()), Some("remarks of this nature"));
    first("He said the claims of the opposition were false.", Act::Deny);
}

#[test]
fn a_thing_not_to_be_tolerated_after_and_is_the_subject_before() {
    let cs = claims("The company said remarks of this nature are unacceptable and will not be tolerated.");
    let c = cs.iter().find(|c| c.act == Act::Reject).unwrap_or_else(|| panic!("{cs:#?}"));
    assert_eq!(c.content.as_ref().map(|p| p.text.as_ref()), Some("remarks of this nature"));
    // never a claim without its content
    assert!(claims(
        "He said officials had hastily denied the results from that time, which is completely against the spirit of science, and cannot be accepted."
    )
    .iter()
    .all(|c| c.content.is_some()));
}

#[test]
fn a_deed_called_beyond_excuse_or_a_slaughter_is_an_accusation() {
    let c = first("The president called the bombing \u{201c}absolutely intolerable.\u{201d}", Act::Accuse);
    assert_eq!(c.content.as_ref().map(|p| &*p.text), Some("the bombing"));
    first("The senator said lying publicly about the deal was unforgivable.", Act::Accuse);
    first("The group's spokesman called the raid a slaughter.", Act::Accuse);
    // a brutal winter is no one's deed
    none("Farmers said the winter had been brutal.");
}

#[test]
fn news_reports_called_wrong_are_denied() {
    let c = first("The party leader said the reports were plainly and simply wrong.", Act::Deny);
    assert_eq!(c.content.as_ref().map(|p| &*p.text), Some("the reports"));
    // a report judged only harshly is no denial
    no_act("The senator said the report was alarming.", Act::Deny);
}

#[test]
fn no_foundation_for_a_claim_and_not_the_case_deny_it() {
    let c = first(
        "The minister said there was no foundation for the speculation about early elections.",
        Act::Deny,
    );
    assert!(c.content.as_ref().is_some_and(|p| p.text.starts_with("the speculation")), "{c:?}");
    first("\u{201c}That is simply not the case,\u{201d} the spokesman said.", Act::Deny);
    // a pronoun after "and" opens its own clause: the judgement is of it, not of what came before
    let c = first(
        "The senator said the nominee resents the agency, and he is entirely unfit to lead it.",
        Act::Accuse,
    );
    assert!(c.content.as_ref().is_some_and(|p| p.text.starts_with("he is")), "{c:?}");
}

#[test]
fn a_decision_called_hasty_or_irrational_is_an_accusation() {
    let c = first("Parents called the school board's decision hasty.", Act::Accuse);
    assert_eq!(c.content.as_ref().map(|p| &*p.text), Some("the school board's decision"));
    first("The judge called the minister's decision patently irrational.", Act::Accuse);
    // a plan called unworkable is refused
    first("The union said the plan was unworkable.", Act::Reject);
    // "rushed to welcome" is no judgement
    no_act("Shipping groups rushed to welcome the statement.", Act::Accuse);
}

#[test]
fn likening_someone_to_a_byword_for_tyranny_accuses_them() {
    let c = first("The senator likened the president to Hitler.", Act::Accuse);
    assert_eq!(c.addressee.as_ref().map(|a| &*a.text), Some("the president"));
    // past an aside, in a participle clause
    let c = first(
        "The leader spent his news conference comparing Mr. Ross, a fellow Texan, to Senator Joseph McCarthy.",
        Act::Accuse,
    );
    assert_eq!(c.actor.text, "The leader");
    first("The minister compared the commission to the Soviet Union.", Act::Accuse);
    // comparing things, or sides on a measure, accuses no one
    none("The review compared the new phone to its rival.");
    none("Analysts compared Germany with France on growth.");
}

#[test]
fn attacks_on_the_press_or_the_courts_are_verbal() {
    let c = first(
        "The governor has waged constant attacks on press coverage that she considers unfair.",
        Act::Accuse,
    );
    assert_eq!(c.content.as_ref().map(|p| &*p.text), Some("press coverage that she considers unfair"));
    let c = first("The president stepped up his attacks against the judiciary.", Act::Accuse);
    assert_eq!(c.content.as_ref().map(|p| &*p.text), Some("the judiciary"));
    // attacks on places or troops are deeds, not words
    none("Rebels launched attacks on army positions.");
}

#[test]
fn reports_brushed_aside_and_charges_that_do_not_correspond_to_reality_are_denied() {
    let c = first("The army brushed aside reports that its soldiers had fired on the crowd.", Act::Deny);
    assert!(c.content.as_ref().is_some_and(|p| p.text.starts_with("reports that")), "{c:?}");
    first("The ministry said the accusations do not correspond to reality.", Act::Deny);
    // figures said to match reality deny nothing
    no_act("The ministry said the figures correspond to reality.", Act::Deny);
}

#[test]
fn an_accusation_spelled_out_by_a_that_clause_and_called_untrue_is_denied() {
    // the owner of the accusation is not who speaks; the clause is what is denied
    let c = first(
        "The carrier said the watchdog's allegations that it sold seats on cancelled trips are wrong.",
        Act::Deny,
    );
    assert_eq!(c.actor.text, "The carrier");
    assert_eq!(c.content.map(|p| p.text).as_deref(), Some("it sold seats on cancelled trips"));
    // a judgement inside the accusation is its own ("an accusation that the app is harmful")
    let cs =
        claims("Among the charges is the newspaper's accusation that the firm knows its app is harmful.");
    assert!(cs.iter().all(|c| c.act != Act::Deny), "{cs:#?}");
}

#[test]
fn a_judgement_in_the_progressive_judges_as_the_plain_one_does() {
    let c = first("The opposition leader said the police were being partisan.", Act::Accuse);
    assert_eq!(c.content.map(|p| p.text).as_deref(), Some("the police were being partisan"));
    // a gerund "being" is no judgement by the speaker
    no_act("The minister resigned after being called incompetent.", Act::Accuse);
}

#[test]
fn a_life_called_a_lie_accuses_its_owner_where_a_claim_called_a_lie_is_denied() {
    let c = first("“Your whole career is a lie,” the senator said.", Act::Accuse);
    assert_eq!(c.content.unwrap().text, "Your whole career is a lie");
    no_act("“Your whole career is a lie,” the senator said.", Act::Deny);
    first("“His claims are a lie,” the senator said.", Act::Deny);
    first("“Her statement is a lie,” the senator said.", Act::Deny);
}

#[test]
fn innocence_yet_to_be_proved_is_no_denial() {
    no_act("“You may come back when you prove you are innocent,” the minister said.", Act::Deny);
    first("“She is innocent,” the minister said.", Act::Deny);
}

#[test]
fn what_someone_should_have_done_reproaches_them() {
    let c = first("The senator said the agency should have acted sooner.", Act::Accuse);
    assert_eq!(c.addressee.map(|a| a.text).as_deref(), Some("the agency"));
    assert_eq!(c.rule, "reported-reproach");
    first("The senator said the agency should not have released the data.", Act::Accuse);
    // one's own regret, what was owed to someone, a guess: no reproach
    no_act("The senator said we should have acted sooner.", Act::Accuse);
    no_act("He said he should have resigned earlier.", Act::Accuse);
    no_act("The senator said parents should have had a say.", Act::Accuse);
    no_act("The senator said the agency must have known.", Act::Accuse);
}

#[test]
fn a_relative_clause_with_no_pronoun_judges_the_deed_before_it() {
    // "a move X called …": what the clause before the comma did
    let c = first(
        "The governor suspended the assembly for six months, a move the opposition called unconstitutional.",
        Act::Accuse,
    );
    assert_eq!(c.actor.text, "the opposition");
    assert_eq!(c.content.as_ref().map(|t| t.text.as_ref()), Some("suspended the assembly for six months"));
    assert_eq!(c.rule, "deem-evaluation");
    // "in what X described as …"
    assert_eq!(
        first("The junta closed the border, in what the union described as a coup.", Act::Accuse).actor.text,
        "the union"
    );
    assert_eq!(
        first("The mayor sold the stadium, a decision residents called \"reckless\".", Act::Accuse)
            .actor
            .text,
        "residents"
    );
    // no comma, or a noun that is no deed: no clause is judged
    assert!(claims("He asked what critics called the plan.").is_empty());
    assert!(claims("She met a man the neighbours called reckless.").iter().all(|c| c.act != Act::Accuse));
}

#[test]
fn abuse_of_power_named_outright_accuses() {
    assert_eq!(
        first("Opposition leaders said the detentions amounted to persecution.", Act::Accuse).rule,
        "reported-evaluation"
    );
    assert_eq!(
        first("Lawyers for the detainees called the curfew arbitrary.", Act::Accuse).actor.text,
        "Lawyers for the detainees"
    );
    assert_eq!(first("The party said the raids were a massacre.", Act::Accuse).actor.text, "The party");
    // the same words naming what happened, with no one judging it, accuse no one
    no_act("The report said harassment of reporters rose sharply last year.", Act::Accuse);
    no_act("Police said the theft happened overnight.", Act::Accuse);
}

#[test]
fn blame_put_on_people_of_no_side_accuses() {
    let c = first("Ortiz blamed the collapse of the coalition on irresponsible parties.", Act::Accuse);
    assert_eq!(c.content.as_ref().map(|t| t.text.as_ref()), Some("the collapse of the coalition"));
    // a cause, not people, is blamed: no one accused
    no_act("The mayor blamed the fire on faulty wiring.", Act::Accuse);
}

#[test]
fn tricks_and_diversions_accuse() {
    assert_eq!(
        first("Ana Petrov called the referendum \"a political trick.\"", Act::Accuse).rule,
        "deem-evaluation"
    );
    assert_eq!(
        first("The opposition leader called the policy a gimmick.", Act::Accuse).rule,
        "deem-evaluation"
    );
}

#[test]
fn a_deed_never_done_the_wrong_way_denies_the_wrong() {
    let c = first("\"I never touched anyone inappropriately,\" the governor said.", Act::Deny);
    assert_eq!(c.rule, "reported-innocence");
    first("The firm said it had not acted improperly.", Act::Deny);
    // what others did wrongly, or a plain "never", denies nothing
    no_act("\"I never spoke to him,\" he said.", Act::Deny);
    no_act("The auditor said the board had never acted improperly before the merger talks.", Act::Deny);
}
