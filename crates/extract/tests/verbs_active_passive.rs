//! Active and passive claim verbs, every act.
mod common;
use common::*;
use newsclaim_extract::Act;

#[test]
fn active_verbs_of_every_act() {
    expect(
        "Serbia rejected the proposal for a new border commission.",
        Act::Reject,
        "Serbia",
        None,
        "the proposal for a new border commission",
    );
    // (the one asked after "from")
    expect(
        "India demands an apology from the Maldives.",
        Act::Demand,
        "India",
        Some("Maldives"),
        "an apology",
    );
    expect(
        "Venezuela proposed talks with Guyana over the disputed Essequibo region.",
        Act::Propose,
        "Venezuela",
        None,
        "talks with Guyana",
    );
    expect("Armenia accepted the mediation offer.", Act::Accept, "Armenia", None, "the mediation offer");
    expect(
        "The Kremlin denied any involvement in the attack.",
        Act::Deny,
        "Russia",
        None,
        "any involvement in the attack",
    );
    expect(
        "Pakistan warned that it would respond to any incursion.",
        Act::Warn,
        "Pakistan",
        None,
        "it would respond to any incursion",
    );
    expect(
        "Israel condemned the rocket fire from Gaza.",
        Act::Accuse,
        "Israel",
        None,
        "the rocket fire from Gaza",
    );
    expect(
        "South Africa welcomed the ceasefire in Sudan.",
        Act::Accept,
        "South Africa",
        None,
        "the ceasefire in Sudan",
    );
    expect(
        "Beijing opposes any arms sales to Taiwan.",
        Act::Reject,
        "China",
        None,
        "any arms sales to Taiwan",
    );
    expect(
        "Washington vetoed the draft resolution.",
        Act::Reject,
        "United States",
        None,
        "the draft resolution",
    );
}

#[test]
fn phrasal_verbs() {
    expect(
        "The Philippines ruled out joint patrols with China.",
        Act::Reject,
        "Philippines",
        None,
        "joint patrols with China",
    );
    expect("Egypt put forward a new truce plan.", Act::Propose, "Egypt", None, "a new truce plan");
    expect(
        "The African Union called for an immediate ceasefire in Sudan.",
        Act::Demand,
        "African Union",
        None,
        "an immediate ceasefire in Sudan",
    );
    expect(
        "Colombia pushed for a regional summit on migration.",
        Act::Demand,
        "Colombia",
        None,
        "a regional summit on migration",
    );
    expect("Norway turned down the request.", Act::Reject, "Norway", None, "the request");
}

#[test]
fn infinitive_complements() {
    expect(
        "Hungary refused to lift its veto on the aid package.",
        Act::Reject,
        "Hungary",
        None,
        "lift its veto on the aid package",
    );
    expect(
        "Qatar offered to host the next round of talks.",
        Act::Propose,
        "Qatar",
        None,
        "host the next round of talks",
    );
    expect(
        "Iran threatened to close the Strait of Hormuz.",
        Act::Warn,
        "Iran",
        None,
        "close the Strait of Hormuz",
    );
    expect(
        "Turkey agreed to approve Sweden's membership bid.",
        Act::Accept,
        "Turkey",
        None,
        "approve Sweden's membership bid",
    );
    expect(
        "The Taliban declined to attend the conference.",
        Act::Reject,
        "Taliban",
        None,
        "attend the conference",
    );
}

#[test]
fn accusations_and_threats_name_the_addressee() {
    expect(
        "Azerbaijan accused Armenia of shelling its positions.",
        Act::Accuse,
        "Azerbaijan",
        Some("Armenia"),
        "shelling its positions",
    );
    expect(
        "Kyiv blamed Moscow for the strike on the dam.",
        Act::Accuse,
        "Ukraine",
        Some("Russia"),
        "the strike on the dam",
    );
    expect(
        "The United States threatened Iran with new sanctions.",
        Act::Warn,
        "United States",
        Some("Iran"),
        "new sanctions",
    );
    expect(
        "China warned the Philippines against further provocations.",
        Act::Warn,
        "China",
        Some("Philippines"),
        "further provocations",
    );
    expect(
        "Rwanda criticised Belgium over its stance on the conflict.",
        Act::Accuse,
        "Rwanda",
        Some("Belgium"),
        "its stance on the conflict",
    );
}

#[test]
fn passive_with_agent() {
    expect("The peace plan was rejected by Ukraine.", Act::Reject, "Ukraine", None, "The peace plan");
    expect(
        "The ceasefire proposal has been accepted by Hamas.",
        Act::Accept,
        "Hamas",
        None,
        "The ceasefire proposal",
    );
    expect(
        "Serbia was urged by the European Union to recognise Kosovo.",
        Act::Demand,
        "European Union",
        Some("Serbia"),
        "recognise Kosovo",
    );
    expect(
        "the trade demands submitted by China will be reviewed next month",
        Act::Demand,
        "China",
        None,
        "trade demands",
    );
    expect(
        "The resolution, which was vetoed by China, called for sanctions.",
        Act::Reject,
        "China",
        None,
        "The resolution",
    );
}

#[test]
fn passive_without_agent_is_not_a_claim() {
    no_act("The proposal was rejected last week.", Act::Reject);
    no_act("Russia’s attempt to constrain the alliance appears to have been rebuffed.", Act::Reject);
}

#[test]
fn object_must_be_a_proposal_for_submit() {
    expect(
        "Iran submitted two draft agreements in March.",
        Act::Propose,
        "Iran",
        None,
        "two draft agreements",
    );
    no_act("The US submitted its own written response to Russia.", Act::Propose);
}

#[test]
fn nouns_are_not_verbs() {
    no_act("The demands were discussed at length.", Act::Demand);
    no_act("Russian demands dominate the agenda.", Act::Demand);
    no_act("The request came too late.", Act::Demand);
}

#[test]
fn passive_with_a_prepositional_frame() {
    expect(
        "Ukraine was accused by Russia of shelling the nuclear plant.",
        Act::Accuse,
        "Russia",
        Some("Ukraine"),
        "shelling the nuclear plant",
    );
}

#[test]
fn object_relative_clauses() {
    expect(
        "Kurti refused to form the association of Serb municipalities, which the EU demands.",
        Act::Demand,
        "European Union",
        None,
        "the association of Serb municipalities",
    );
    expect(
        // (rejecting a charge denies what it alleges)
        "Pakistan accused India of sponsoring attacks, a charge New Delhi rejected as baseless.",
        Act::Deny,
        "India",
        None,
        "sponsoring attacks",
    );
}

#[test]
fn courtesy_and_hosting_are_not_claims() {
    none("Japan offered condolences to the victims' families.");
    none("Chinese President Xi Jinping welcomed Russian President Vladimir Putin to Beijing.");
    none("The president welcomed the visitors to the palace.");
    none("The minister welcomed a delegation from Japan.");
    first("The minister welcomed the delegation's proposal.", Act::Accept);
    none("A spokesman for the Israeli military declined to comment.");
    no_act("Hamas demands include a full withdrawal of Israeli troops.", Act::Demand);
}

#[test]
fn telling_what_happened_or_how_one_sees_it_is_no_proposal() {
    none("A palace official offered a different version of events.");
    none("The envoy offered his perspective on the talks.");
    none("The company offered a glimpse of its plans for the port.");
    none("Police offered few details about the raid.");
    // an offer of a deed or a deal still proposes
    first("The envoy offered to mediate between the two sides.", Act::Propose);
    first("The board offered the nurses a new contract.", Act::Propose);
}

#[test]
fn selling_is_not_proposing() {
    // a price after the thing offered, a free thing, a product described in the present tense
    no_act("Walmart is offering the Galaxy tablet for $249 through Sunday.", Act::Propose);
    no_act("Best Buy offers the new headphones at just $99.", Act::Propose);
    no_act("The airline offers free upgrades to its frequent flyers.", Act::Propose);
    no_act("The new router offers faster speeds and a longer range.", Act::Propose);
    // a bid is its price; an offer to act or to someone, or of talks, is a proposal
    let bid = first("Carlyle offered $12 a share for the retailer.", Act::Propose);
    assert_eq!(bid.content.map(|c| c.text), Some("$12 a share for the retailer".into()));
    first("The union offered to end the strike on Friday.", Act::Propose);
    first("Boeing will offer NASA a larger lander.", Act::Propose);
    first("Turkey offers talks to end the fighting", Act::Propose);
    first("Norway offered the two sides talks in Oslo.", Act::Propose);
    // a standing offer ("since 2016") is a service, not an event
    no_act("Verizon has offered its streaming service since 2016.", Act::Propose);
    first("The company has offered its rival a merger.", Act::Propose);
}

#[test]
fn promising_an_amount_promises_nothing_in_particular() {
    no_act("The studio has promised a lot: new worlds, no loading screens.", Act::Accept);
    no_act("The startup promised more, and it has not delivered.", Act::Accept);
    let c = first("The government promised more aid to the farmers.", Act::Accept);
    assert_eq!(c.content.map(|c| c.text), Some("more aid to the farmers".into()));
}

#[test]
fn a_free_relative_in_the_passive_reports_no_act() {
    no_act("The menu combines much of what is offered by local farms and fishermen.", Act::Propose);
    first("The plan was offered by the mediators in May.", Act::Propose);
}

#[test]
fn carrying_on_is_not_pressing() {
    no_act("Israel will press on with its offensive, the army said.", Act::Demand);
    no_act("Ukraine pushed ahead with its counteroffensive.", Act::Demand);
}

#[test]
fn ordering_and_telling_to() {
    expect(
        "Niger's junta ordered French troops to leave the country.",
        Act::Demand,
        "Niger",
        Some("France"),
        "leave the country",
    );
    expect(
        "Washington told Kyiv not to strike targets inside Russia.",
        Act::Demand,
        "United States",
        Some("Ukraine"),
        "strike targets inside Russia",
    );
    no_act("Peskov told reporters that the talks had ended.", Act::Demand);
}

#[test]
fn demonyms_and_seats_inside_other_names_are_not_sides() {
    // the airline may offer something, but it does not speak for the United States
    assert!(claims("American Airlines offered to fly the family home.")
        .iter()
        .all(|c| c.actor.norms.is_empty()));
    // (the newspaper may refuse something itself, not as its city)
    assert!(claims("The Washington Post rejected the request.").iter().all(|c| c.actor.norms.is_empty()));
    expect("American officials rejected the request.", Act::Reject, "United States", None, "the request");
}

#[test]
fn asking_about_is_not_demanding() {
    none("Senator Jane Miller asked the Pentagon about the costs of the mission.");
    expect("Kenya asked for international help.", Act::Demand, "Kenya", None, "international help");
    no_act("Mexico did not offer a response to the accusations.", Act::Propose);
}

#[test]
fn more_rejections_and_proposals() {
    expect(
        "Hungary objected to the sanctions package.",
        Act::Reject,
        "Hungary",
        None,
        "the sanctions package",
    );
    expect(
        "The Taliban have resisted calls to reopen girls' schools.",
        Act::Reject,
        "Taliban",
        None,
        "calls to reopen girls' schools",
    );
    expect(
        "Kenya floated a plan for an African peacekeeping force.",
        Act::Propose,
        "Kenya",
        None,
        "a plan for an African peacekeeping force",
    );
}

#[test]
fn appositive_objects() {
    expect(
        "Armenia has accused Azerbaijan of ethnic cleansing, a charge Baku denies.",
        Act::Deny,
        "Azerbaijan",
        None,
        // (the charge the appositive names)
        "ethnic cleansing",
    );
    // "something" renames what stands before its comma
    expect_exact("The rebels want a ceasefire, something the army rejects.", Act::Reject, "", "a ceasefire");
}

#[test]
fn relative_denials_deny_what_came_before() {
    // a pronoun denying a charge is the one charged; it keeps the accused's words
    let c = expect(
        "Kenya accused Somalia of harbouring the gunmen, a charge it denies.",
        Act::Deny,
        "Somalia",
        None,
        "harbouring the gunmen",
    );
    assert_eq!(c.actor.text, "Somalia");
    expect(
        "The ministry accused the miners of sabotage, which they denied.",
        Act::Deny,
        "",
        None,
        "sabotage",
    );
    // the content is the charge, however far back the relative clause reaches
    expect_exact(
        "The coalition accused the militia of shelling the port, which Yemen denied.",
        Act::Deny,
        "Yemen",
        "shelling the port",
    );
    // after a report, a claim denied is what was reported
    expect_exact(
        "The insurgents said they had captured the airport, a claim Kabul denied.",
        Act::Deny,
        "Afghanistan",
        "they had captured the airport",
    );
    // an unarticled charge, and refusing one denies it
    let c = expect_exact(
        "The regulator accused the insurer of hiding losses, allegations the firm rejects.",
        Act::Accuse,
        "",
        "hiding losses",
    );
    assert_eq!(c.actor.text, "The regulator");
    expect(
        "Police said the marchers had attacked officers, an accusation Belgrade rejected.",
        Act::Deny,
        "Serbia",
        None,
        "the marchers had attacked officers",
    );
    // a bare "it" with no charge before it names no one
    none("The council met on Monday, which it denied.");
}

#[test]
fn objects_listing_several_names_or_titled() {
    // several accused, then what they are accused of ("of" inside a name goes on)
    let c = expect_exact(
        "Regulators accused Siemens AG, Alstom SA and Bank of Montreal, as well as two brokers, of rigging bids.",
        Act::Accuse,
        "",
        "rigging bids",
    );
    assert_eq!(c.addressee.map(|a| a.text.into_owned()).as_deref(), Some("Siemens AG"));
    expect_exact(
        "The agency accused Ford, Toyota and Kia of hiding defects.",
        Act::Accuse,
        "",
        "hiding defects",
    );
    // a second addressee before the infinitive asked for
    expect_exact(
        "The federation called on dockers and other staff at the northern ports to stop work.",
        Act::Demand,
        "",
        "stop work",
    );
    expect_exact(
        "Canada urged Peru and other states in the region to hold talks.",
        Act::Demand,
        "Canada",
        "hold talks",
    );
    // a verb after "and" opens a claim of its own; a long phrase after the thing is no place
    expect_exact(
        "The alliance demanded a recount of the votes and called on its members to march on Friday.",
        Act::Demand,
        "",
        "a recount of the votes",
    );
    // a warning to someone, past the title in apposition
    let c = expect_exact(
        "The union leader warned Maria Lopez, the health minister, that there would be more strikes.",
        Act::Warn,
        "",
        "there would be more strikes",
    );
    assert_eq!(c.addressee.map(|a| a.text.into_owned()).as_deref(), Some("Maria Lopez"));
}

#[test]
fn refusing_someone_s_claims_that_denies_them() {
    expect(
        "The agency rebuffed claims by Belarus that its athletes were being singled out.",
        Act::Deny,
        "",
        None,
        "its athletes were being singled out",
    );
}

#[test]
fn as_alleged_by_names_who_alleged_the_clause_before() {
    let text = "The navy denied that its patrol boat had fired on the fishermen, as alleged by the fishermen's union.";
    expect_exact(text, Act::Deny, "", "its patrol boat had fired on the fishermen");
    let c = first(text, Act::Accuse);
    assert_eq!(c.actor.text, "the fishermen's union");
    assert_eq!(
        c.content.map(|p| p.text.into_owned()).as_deref(),
        Some("its patrol boat had fired on the fishermen")
    );
}

#[test]
fn as_required_by_without_a_comma_marks_no_words() {
    no_act(
        "The budget raised the deficit rather than cut it by 1 percent as required by EU rules.",
        Act::Demand,
    );
}

#[test]
fn coup_makers_are_actors() {
    expect_exact("The putschists rejected the ultimatum.", Act::Reject, "", "the ultimatum");
    expect_exact("The mutineers demanded higher pay.", Act::Demand, "", "higher pay");
}

#[test]
fn a_quoted_owned_noun_and_its_relative_clause_demand_nothing() {
    // "demands" is the noun: owned, modified, then a relative clause with no object
    no_act(
        "\"Giving in to the union's outrageous demands that we saw today would only invite more strikes,\" the mayor said.",
        Act::Demand,
    );
    // a plural subject of the verb still demands
    first("\"These workers demand a fair wage,\" the mayor said.", Act::Demand);
}

#[test]
fn sides_blaming_each_other() {
    expect(
        "Kinshasa and Kigali blamed each other for the attack.",
        Act::Accuse,
        "Democratic Republic of the Congo; Rwanda",
        None,
        "the attack",
    );
    expect(
        "Both sides blamed one another for the collapse of the truce.",
        Act::Accuse,
        "",
        None,
        "the collapse of the truce",
    );
}

#[test]
fn organised_groups_act_with_an_unknown_side() {
    let c = find("The striking dockworkers demanded a 12% pay rise.", Act::Demand, "");
    assert_eq!(c.actor.text, "The striking dockworkers");
    let c = find("The miners' union rejected the company's offer.", Act::Reject, "");
    assert_eq!(c.actor.text, "The miners' union");
}

#[test]
fn names_that_look_like_function_words() {
    expect(
        "The WHO warned that cholera cases could double by the summer.",
        Act::Warn,
        "World Health Organization",
        None,
        "cholera cases could double",
    );
    expect(
        "The IMF board approved a $1.1 billion disbursement for Egypt.",
        Act::Accept,
        "International Monetary Fund",
        None,
        "a $1.1 billion disbursement",
    );
}

#[test]
fn blocking_a_road_is_not_rejecting() {
    none("Protesters blocked the main highway between Lima and Arequipa.");
}

#[test]
fn passive_subjects_across_asides() {
    expect_exact(
        "A plan to cap Russian oil prices at $60 a barrel, proposed by the G7 last year, has been criticised by Moscow as interference.",
        Act::Accuse,
        "Russia",
        "A plan to cap Russian oil prices at $60 a barrel",
    );
    expect_exact(
        "Calls for an international investigation, made by Australia, Britain and Poland, were dismissed by the Israeli government.",
        Act::Reject,
        "Israel",
        "Calls for an international investigation",
    );
    expect(
        "Tehran has been warned by the IAEA that inspectors must regain access.",
        Act::Warn,
        "IAEA",
        Some("Iran"),
        "inspectors must regain access",
    );
    expect_exact(
        "The demands submitted by the striking dockworkers include a 12% pay rise.",
        Act::Demand,
        "",
        "a 12% pay rise",
    );
}

#[test]
fn proposals_of_ideas_and_talks() {
    expect(
        "Brazil floated the idea of a peace summit without Russia.",
        Act::Propose,
        "Brazil",
        None,
        "the idea of a peace summit",
    );
    expect(
        "Turkey presented a compromise on grain exports.",
        Act::Propose,
        "Turkey",
        None,
        "a compromise on grain exports",
    );
}

#[test]
fn a_decision_to_make_the_claim() {
    let c = expect(
        "Estonia's parliament voted to demand reparations from Russia for the Soviet occupation.",
        Act::Demand,
        "Estonia",
        Some("Russia"),
        "reparations",
    );
    assert_eq!(c.rule, "verb-decided");
    expect(
        "The Bolivian cabinet decided to reject the lithium contract.",
        Act::Reject,
        "Bolivia",
        None,
        "the lithium contract",
    );
    // (a time between the decision and its "to")
    expect(
        "The nurses' union voted on Thursday to reject the hospital's offer.",
        Act::Reject,
        "",
        None,
        "the hospital's offer",
    );
}

#[test]
fn possessive_side_with_a_plural_actor_noun() {
    expect(
        "Niger's military rulers have asked the United States to withdraw its troops.",
        Act::Demand,
        "Niger",
        Some("United States"),
        "withdraw its troops",
    );
}

#[test]
fn coordinated_passive_shares_its_subject() {
    let cs = claims("The truce plan was welcomed by Lebanon but rejected by Israel.");
    let reject = cs.iter().find(|c| c.act == Act::Reject).unwrap_or_else(|| panic!("{cs:?}"));
    assert_eq!(reject.actor.norms, ["Israel"]);
    assert_eq!(reject.content.as_ref().unwrap().text, "The truce plan");
    assert_eq!(reject.rule, "verb-passive");
}

#[test]
fn an_agency_of_an_organisation_speaks_for_it() {
    let c = find(
        "The UN agency told the Security Council that the warring parties must let convoys through.",
        Act::Demand,
        "United Nations",
    );
    assert!(c.content.unwrap().text.contains("must let convoys through"));
}

#[test]
fn passive_to_with_the_agent_after_the_infinitive() {
    // a headline drops "was": "urge" needs an object before "to", so this is passive
    let cs = claims("Senator Hill urged to step down as treasurer by committee Democrats");
    let c = cs.iter().find(|c| c.act == Act::Demand).expect("a demand");
    assert_eq!(c.actor.text, "committee Democrats");
    assert_eq!(c.addressee.as_ref().map(|a| a.text.as_ref()), Some("Senator Hill"));
    assert_eq!(c.content.as_ref().map(|p| &*p.text), Some("step down as treasurer"));
    let cs = claims("Senator Hill was urged to resign by Germany.");
    let c = cs.iter().find(|c| c.act == Act::Demand).expect("a demand");
    assert_eq!(c.actor.norms, ["Germany"]);
    // without an agent nobody is known to have urged anything; the urged one did not demand
    assert!(!claims("Senator Hill was urged to resign on Friday.")
        .iter()
        .any(|c| c.actor.text == "Senator Hill"));
    assert!(!claims("Senator Hill urged to resign by Friday").iter().any(|c| c.act == Act::Demand));
    // with an infinitive the lexicon does not know
    no_act("Customers urged to check their accounts after data breach.", Act::Demand);
    let c = first("Residents urged to evacuate by the mayor.", Act::Demand);
    assert_eq!(c.actor.text, "the mayor");
}

#[test]
fn a_name_modifying_the_agent_is_not_the_agent() {
    no_act("The pound was supported by upbeat U.K. jobs data on Tuesday.", Act::Accept);
    find("The offer was accepted by the rebels late on Friday.", Act::Accept, "");
}

#[test]
fn suggesting_a_fact_is_not_a_proposal() {
    no_act("Several senators have suggested that the Pentagon is not using the drones enough.", Act::Propose);
    find("Germany suggested that the talks be moved to Geneva.", Act::Propose, "Germany");
    find("Indonesia suggested that ASEAN send a special envoy.", Act::Propose, "Indonesia");
}

#[test]
fn an_opening_participle_clause_acts_on_the_main_subject() {
    let text = "Urged by the European Union, Serbia agreed on Monday to resume the talks.";
    let demand = find(text, Act::Demand, "European Union");
    assert_eq!(demand.addressee.as_ref().map(|a| a.text.as_ref()), Some("Serbia"));
    // the agent of a participle inside the clause is no opening clause
    let cs = claims("Serbia, urged by the European Union, agreed to resume the talks.");
    assert!(!cs.iter().any(|c| c.rule == "participle-opening-by"), "{cs:#?}");
}

#[test]
fn irregular_participles_make_a_passive_demand() {
    let c = first("The mayor said the plant should be shut down.", Act::Demand);
    assert_eq!(c.content.map(|p| p.text).as_deref(), Some("the plant should be shut down"));
    // a judgement and a demand of one subject, coordinated
    first(
        "Two states sued the city, saying the law is unconstitutional and should be shut down.",
        Act::Demand,
    );
}

#[test]
fn a_claim_supposed_or_asked_about_is_not_made() {
    no_act("Please tell us if you or your company do not accept these terms.", Act::Reject);
    no_act("The committee asked whether Iran would accept the offer.", Act::Accept);
    // the claim of the main clause stands
    first("Iran will retaliate if Israel attacks its nuclear sites, its foreign minister warned.", Act::Warn);
    find(
        "Peru's president said it would be good if the talks resumed and asked Chile to send envoys.",
        Act::Demand,
        "Peru",
    );
}

#[test]
fn a_capitalised_verb_inside_a_name_is_no_claim() {
    none("The lawyers will send a draft Credit Support Annex to the bank next week.");
    none("She joined the Campaign to Stop Killer Robots in 2015.");
    // a headline in title case keeps its verb
    first("Russia Demands Apology From Britain", Act::Demand);
}

#[test]
fn never_giving_up_refuses() {
    let c = find("Peru's president said Peru would never give up its claim.", Act::Reject, "Peru");
    assert!(c.content.unwrap().text.starts_with("give up"));
    no_act("Peru's president said he would not give interviews.", Act::Reject);
}

#[test]
fn a_year_between_the_parts_of_a_claim_is_read_past() {
    let c = first("The airline was blasted by the UN in 2003 for smuggling arms to Liberia.", Act::Accuse);
    assert_eq!(c.content.map(|p| p.text).as_deref(), Some("smuggling arms to Liberia"));
    assert_eq!(c.addressee.map(|a| a.text).as_deref(), Some("The airline"));
    let c = first("The government in 2019 demanded a recount.", Act::Demand);
    assert_eq!(c.actor.text, "The government");
}

#[test]
fn mocking_and_belittling_accuse() {
    for (text, content) in [
        ("Senator Ana Ruiz mocked the governor over his remarks on the flood.", "his remarks on the flood"),
        ("Senator Ana Ruiz demonized the protesters as foreign agents.", "foreign agents"),
        ("Senator Ana Ruiz admonished the police for their conduct.", "their conduct"),
        ("Senator Ana Ruiz belittled the inquiry.", "the inquiry"),
    ] {
        let cs = claims(text);
        let c =
            cs.iter().find(|c| c.act == Act::Accuse).unwrap_or_else(|| panic!("no accusation in {text:?}"));
        assert_eq!(c.content.as_ref().map(|p| &*p.text), Some(content), "{text}");
    }
    assert!(claims("The court held a mock trial on Monday.").is_empty());
}

#[test]
fn pressing_someone_into_an_act_demands_it() {
    for (text, content) in [
        ("The judge compelled the firm to pay damages.", "pay damages"),
        ("Washington nudged Tehran to return to the talks.", "return to the talks"),
        ("The union agitated for higher wages.", "higher wages"),
    ] {
        let cs = claims(text);
        let c = cs.iter().find(|c| c.act == Act::Demand).unwrap_or_else(|| panic!("no demand in {text:?}"));
        assert_eq!(c.content.as_ref().map(|p| &*p.text), Some(content), "{text}");
    }
    let c = claims("Iran shunned the talks in Vienna.").into_iter().find(|c| c.act == Act::Reject);
    assert!(c.is_some(), "shunning rejects");
    // "direct" and "command" are not claim verbs: adjectives and nouns far more often
    for text in ["The coalition took direct aim at the minister's record.", "He directed the film in 2009."] {
        assert!(claims(text).iter().all(|c| c.act != Act::Demand), "{text}: {:?}", claims(text));
    }
}

#[test]
fn taking_issue_with_something_accuses() {
    let cs = claims("Senator Ana Ruiz took issue with the audit.");
    let c = cs.iter().find(|c| c.act == Act::Accuse).unwrap_or_else(|| panic!("no accusation: {cs:?}"));
    assert_eq!(c.content.as_ref().map(|p| &*p.text), Some("the audit"));
    assert!(claims("She took the issue to court.").is_empty());
}

#[test]
fn a_passive_of_backing_supports() {
    expect_exact(
        "The proposal was backed by France and Germany.",
        Act::Accept,
        "France; Germany",
        "The proposal",
    );
    // money backs loans; a deal "backed by" a fund is funded
    no_act("The loan was backed by the government.", Act::Accept);
    no_act("A deal backed by a hedge fund collapsed.", Act::Accept);
}

#[test]
fn denouncing_something_as_a_label_accuses_the_thing() {
    expect_exact("The opposition denounced the election as a sham.", Act::Accuse, "", "the election");
    expect_exact("The election was denounced as a sham by the opposition.", Act::Accuse, "", "The election");
    expect_exact("The ruling was condemned as unjust by rights groups.", Act::Accuse, "", "The ruling");
    // a person so labelled is the addressee, the label what they are accused of
    let c = expect_exact("The governor slammed the senator as a liar.", Act::Accuse, "", "a liar");
    assert_eq!(c.addressee.map(|a| a.text).as_deref(), Some("the senator"));
}

#[test]
fn closing_the_door_on_something_or_cooling_it_rejects_it() {
    let c = expect_exact(
        "Moscow slammed the door on any talks with Kyiv.",
        Act::Reject,
        "Russia",
        "any talks with Kyiv",
    );
    assert_eq!(c.rule, "closed-door");
    expect_exact(
        "Tokyo poured cold water on the idea of a summit.",
        Act::Reject,
        "Japan",
        "the idea of a summit",
    );
    expect_exact(
        "The minister waved away concerns about the budget.",
        Act::Reject,
        "",
        "concerns about the budget",
    );
    expect_exact("The spokesman laughed off reports of a rift.", Act::Reject, "", "reports of a rift");
    // doors and water of the literal kind, and slamming a person, are something else
    none("She closed the door on her way out.");
    none("Firefighters poured water on the flames.");
    let c = first("The senator slammed the governor for the delays.", Act::Accuse);
    assert_eq!(c.rule, "verb-active");
}

#[test]
fn an_office_word_before_an_adverb_is_the_subject() {
    expect_exact("The general strongly denied the report.", Act::Deny, "", "the report");
    expect_exact("The chief also denied the report.", Act::Deny, "", "the report");
}

#[test]
fn a_vote_for_a_measure_accepts_it() {
    let c = expect_exact("Lawmakers voted for the bill by a wide margin.", Act::Accept, "", "the bill");
    assert_eq!(c.rule, "voted-for");
    expect_exact("The nurses' union voted for strike action.", Act::Accept, "", "strike action");
    // an election, a time, and the people who voted are no acceptance
    none("In Oregon, they voted for control of the city council.");
    none("Many voted for the first time.");
    no_act("Voters who voted for the levy in 2019 switched.", Act::Accept);
    // how the vote went is no part of what was approved
    expect_exact("The committee endorsed the plan by a vote of 12 to 10.", Act::Accept, "", "the plan");
}

#[test]
fn ordering_a_deed_done_demands_it() {
    let c = expect_exact(
        "The court ordered the immediate release of the detained reporters.",
        Act::Demand,
        "",
        "the immediate release of the detained reporters",
    );
    assert_eq!(c.rule, "ordered-deed");
    expect_exact(
        "The governor ordered an investigation into the fire.",
        Act::Demand,
        "",
        "an investigation into the fire",
    );
    // past a time, and more deeds: a deployment, a probe, a review
    expect_exact(
        "The governor ordered on Monday the deployment of the National Guard.",
        Act::Demand,
        "",
        "the deployment of the National Guard",
    );
    first("The minister ordered an independent probe into the crash.", Act::Demand);
    // a curfew or a ceasefire ordered asks for it; an assault ordered is force, no demand
    first("The governor ordered a curfew across the province.", Act::Demand);
    no_act("The general ordered the assault on the ridge.", Act::Demand);
    // a thing ordered is a purchase
    none("The mayor ordered a new fleet of buses.");
}

#[test]
fn pushing_someone_to_act_demands_it() {
    let c = expect_exact(
        "Norway and Oman are pushing the rebels to sign the truce.",
        Act::Demand,
        "Norway; Oman",
        "sign the truce",
    );
    assert_eq!(c.rule, "pushed-to");
    assert_eq!(c.addressee.map(|a| a.text).as_deref(), Some("the rebels"));
    expect_exact("The regulator pushed the bank to raise its capital.", Act::Demand, "", "raise its capital");
    // prices, cars and troops pushed somewhere, and pushing on with something, ask nothing
    none("Heavy buying pushed the shares to record highs.");
    none("The drought pushed food prices to a ten-year high.");
    none("She pushed the cart to the end of the aisle.");
    none("The cabinet pushed on with the tax overhaul.");
}

#[test]
fn a_passive_subject_is_read_past_a_participle_aside() {
    expect_exact(
        "The accord, mediated by Oman and Kenya, was accepted by both sides.",
        Act::Accept,
        "",
        "The accord",
    );
}

#[test]
fn blame_falls_on_someone_or_on_a_cause() {
    let c = expect_exact("The junta blamed the unrest on Kurdish militants.", Act::Accuse, "", "the unrest");
    assert_eq!(c.addressee.map(|a| a.text).as_deref(), Some("Kurdish militants"));
    let c =
        expect_exact("Armenia blamed Azerbaijan for the shelling.", Act::Accuse, "Armenia", "the shelling");
    assert_eq!(c.addressee.map(|a| a.text).as_deref(), Some("Azerbaijan"));
    // a cause blamed accuses no one
    no_act("The carmaker blamed a shortage of chips.", Act::Accuse);
    no_act("The airline blamed fog for the delays.", Act::Accuse);
    no_act("Investigators blamed the fire on faulty wiring.", Act::Accuse);
}

#[test]
fn daring_someone_to_act_demands_it() {
    expect_exact("The speaker dared the governor to veto the budget.", Act::Demand, "", "veto the budget");
    none("I dare say the plan will work.");
}

#[test]
fn rounding_on_someone_accuses_and_braking_a_plan_rejects_it() {
    let c = expect_exact("The nurses' union rounded on ministers over pay.", Act::Accuse, "", "pay");
    assert_eq!(c.addressee.map(|a| a.text).as_deref(), Some("ministers"));
    none("Police rounded up dozens of protesters.");
    expect_exact("The governor slammed the brakes on the rail project.", Act::Reject, "", "the rail project");
}

#[test]
fn a_passive_with_its_judgement_before_the_agent() {
    expect("The truce was rejected as unacceptable by Tehran.", Act::Reject, "Iran", None, "The truce");
}

#[test]
fn an_adverb_quoted_between_auxiliary_and_verb_is_read_through() {
    assert_eq!(
        first("Pilots have \"flatly\" rejected the latest pay offer from the airline.", Act::Reject)
            .actor
            .text,
        "Pilots"
    );
    let c = first("The merger was 'unanimously' rejected by the regulator.", Act::Reject);
    assert_eq!(c.actor.text, "the regulator");
    assert_eq!(c.content.map(|p| p.text.to_string()).as_deref(), Some("The merger"));
}

#[test]
fn a_side_taken_out_of_a_pact_refuses_the_pact() {
    expect(
        "The president said he will withdraw the United States from the climate agreement.",
        Act::Reject,
        "",
        None,
        "the climate agreement",
    );
    expect(
        "France said it would pull out of the Paris accord.",
        Act::Reject,
        "France",
        None,
        "the Paris accord",
    );
    // troops taken out of a place refuse nothing
    none("France will withdraw its troops from the border.");
}

#[test]
fn regretting_a_decision_refuses_it() {
    expect(
        "The EU regrets the US decision to impose sanctions.",
        Act::Reject,
        "European Union",
        None,
        "the US decision to impose sanctions",
    );
    none("The minister regretted his remarks.");
    none("We regret to inform you that the flight is cancelled.");
}

#[test]
fn challenging_someone_s_power_contests_it() {
    expect_exact(
        "The players' union has challenged the commissioner's authority to suspend players.",
        Act::Reject,
        "",
        "the commissioner's authority to suspend players",
    );
    // someone dared to do something is asked to
    first("The senator challenged his colleagues to vote against the bill.", Act::Demand);
}

#[test]
fn a_reflexive_among_the_auxiliaries_keeps_the_passive() {
    // the one accused is no accuser
    assert!(claims("The governor was himself accused of failing to curb the riots.").is_empty());
    let c = first("The minister was herself accused by the opposition of lying.", Act::Accuse);
    assert_eq!(c.actor.text, "the opposition");
}

#[test]
fn a_participle_and_a_modifier_before_the_group_noun_of_an_agent() {
    let c = find("The pension plan was rejected by striking transport unions.", Act::Reject, "");
    assert_eq!(c.actor.text, "striking transport unions");
    let c = find("The offer was rejected by the protesting garment workers.", Act::Reject, "");
    assert_eq!(c.actor.text, "the protesting garment workers");
}

#[test]
fn a_union_s_general_secretary_speaks() {
    let c = find("The union's general secretary said the pay offer was unacceptable.", Act::Reject, "");
    assert_eq!(c.actor.text, "The union's general secretary");
}

#[test]
fn a_vote_by_a_margin_to_make_a_claim_makes_it() {
    let c = find("The dockworkers voted by 97% to reject the company's latest offer.", Act::Reject, "");
    assert_eq!(c.actor.text, "The dockworkers");
    let c = find("Union members voted by a wide margin to accept the deal.", Act::Accept, "");
    assert_eq!(c.actor.text, "Union members");
}

#[test]
fn a_claim_set_as_the_condition_of_a_refusal_is_not_made() {
    // Macron withdraws nothing: the unions ask him to
    let all =
        claims("The unions have refused to meet President Macron until he withdraws the pension reform.");
    assert!(all.iter().all(|c| c.actor.text != "he"), "{all:?}");
    assert_eq!(all.iter().filter(|c| c.act == Act::Reject).count(), 1, "{all:?}");
    // what happened until something was done is told
    first("Talks stalled for weeks until the rebels accepted the ceasefire on Monday.", Act::Accept);
}

#[test]
fn a_better_offer_made_is_an_offer() {
    let c = first("The carmaker improved its initial offer to the union on Friday.", Act::Propose);
    assert_eq!(c.content.as_ref().map(|p| &*p.text), Some("its initial offer to the union"));
    first("Union members said the airline had sweetened its offer.", Act::Propose);
    // improving a thing that is no offer proposes nothing
    none("The new software improved the plant's output.");
}

/// "the councillor accused of bribery …": "accuse Y of" with no Y is a reduced passive; the one
/// before it is accused, not accusing, and only an agent after "by" accuses.
#[test]
fn accused_of_right_after_a_noun_is_a_reduced_passive() {
    no_act("The councillor accused of taking bribes from a builder says he will stay.", Act::Accuse);
    no_act("Refinery fined over spill as manager blamed for delays quits", Act::Accuse);
    no_act("Ministry accused of hiding test results", Act::Accuse);
    let c = find(
        "The harbour master, accused of negligence by the port union, resigned on Monday.",
        Act::Accuse,
        "",
    );
    assert_eq!(c.actor.text, "the port union");
    assert!(c.content.as_ref().is_some_and(|x| x.text == "negligence"), "{c:?}");
    // the one accused still speaks for itself
    let c = find("The councillor accused of taking bribes denied the charges on Monday.", Act::Deny, "");
    assert_eq!(c.actor.text, "The councillor");
    let c = find("A ferry operator blamed for the delays rejected the findings.", Act::Reject, "");
    assert_eq!(c.actor.text, "A ferry operator");
    // the object before its subject: still active
    let c = find("She thanked the judges, whom he accused of bias.", Act::Accuse, "");
    assert_eq!(c.actor.text, "he");
    // "condemned as illegal the plan": the object after the judgement
    expect_exact(
        "The ministry condemned as “illegal” the decision to fill the reservoir.",
        Act::Accuse,
        "",
        "the decision to fill the reservoir",
    );
}

#[test]
fn a_present_denial_of_a_perfect_gerund() {
    let c = first("The governor denies having taken a bribe.", Act::Deny);
    assert_eq!(c.content.map(|p| p.text), Some("having taken a bribe".into()));
    // a plural noun before its auxiliary is still no verb
    no_act("The union's demands have been met.", Act::Demand);
}
