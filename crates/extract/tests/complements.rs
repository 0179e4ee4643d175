//! "X demanded that Y …", "X called on Y to …", "X urged Y to …", "X said that Y must …".
mod common;
use common::*;
use newsclaim_extract::{Act, AttributionKind};

#[test]
fn demanded_that() {
    let c = expect(
        "Turkey last week demanded that NATO suspend accession talks with Sweden.",
        Act::Demand,
        "Turkey",
        Some("NATO"),
        "NATO suspend accession talks",
    );
    assert_eq!(c.content.unwrap().text, "NATO suspend accession talks with Sweden");
    expect(
        "Ecuador insisted that Mexico hand over the former vice president.",
        Act::Demand,
        "Ecuador",
        Some("Mexico"),
        "hand over the former vice president",
    );
    expect(
        "Poland demands from Germany reparations for the war.",
        Act::Demand,
        "Poland",
        Some("Germany"),
        "reparations for the war",
    );
}

#[test]
fn called_on_to() {
    expect(
        "The Secretary-General of the United Nations called on Israel to allow aid into Gaza.",
        Act::Demand,
        "United Nations",
        Some("Israel"),
        "allow aid into Gaza",
    );
    expect(
        "Serbia called on NATO to withdraw its peacekeepers from northern Kosovo.",
        Act::Demand,
        "Serbia",
        Some("NATO"),
        "withdraw its peacekeepers from northern Kosovo",
    );
    expect("Turkish President Recep Tayyip Erdogan called on the EU and the United States for swift talks on air defence.", Act::Demand, "Turkey", Some("European Union; United States"), "swift talks on air defence");
}

#[test]
fn urged_to() {
    expect(
        "Germany urged Serbia to withdraw its troops from the border with Kosovo.",
        Act::Demand,
        "Germany",
        Some("Serbia"),
        "withdraw its troops from the border with Kosovo",
    );
    expect(
        "ECOWAS pressed the junta in Niger to release President Bazoum.",
        Act::Demand,
        "ECOWAS",
        Some("Niger"),
        "release President Bazoum",
    );
    expect(
        "Japan asked China to lift the ban on seafood imports.",
        Act::Demand,
        "Japan",
        Some("China"),
        "lift the ban on seafood imports",
    );
    expect(
        "Western countries demand Russia to withdraw its units from the border.",
        Act::Demand,
        "West",
        Some("Russia"),
        "withdraw its units from the border",
    );
}

#[test]
fn reported_must_and_should() {
    let c = expect(
        "Brazil's foreign minister said that Venezuela must hold free elections.",
        Act::Demand,
        "Brazil",
        Some("Venezuela"),
        "Venezuela must hold free elections",
    );
    assert_eq!(c.attribution.kind, AttributionKind::Reported);
    assert_eq!(c.attribution.verb.as_deref(), Some("said"));
    expect(
        "Chinese Deputy Foreign Minister Li Wenhai said the United States should weigh the offer carefully.",
        Act::Demand,
        "China",
        Some("United States"),
        "should weigh the offer carefully",
    );
    expect(
        "The Arab League reiterated that Israel must halt settlement construction.",
        Act::Demand,
        "Arab League",
        Some("Israel"),
        "must halt settlement construction",
    );
    expect(
        "France declared that Iran should return to the negotiating table.",
        Act::Demand,
        "France",
        Some("Iran"),
        "return to the negotiating table",
    );
}

#[test]
fn should_without_a_speaker_is_not_a_claim() {
    none("NATO and Russia should reopen their closed representations.");
    none("Everything must be done to prevent an accidental clash at sea.");
}

#[test]
fn it_is_necessary_that() {
    expect("Li, China's deputy foreign minister, stressed that it is necessary to put the trade pledges into a treaty.", Act::Demand, "China", None, "put the trade pledges into a treaty");
    expect(
        "The Saudi foreign minister said it was crucial that the blockade be lifted.",
        Act::Demand,
        "Saudi Arabia",
        None,
        "the blockade be lifted",
    );
}

#[test]
fn unacceptable() {
    expect(
        "Western countries consider this list of conditions unacceptable.",
        Act::Reject,
        "West",
        None,
        "this list of conditions",
    );
    expect("China called the sanctions unacceptable.", Act::Reject, "China", None, "the sanctions");
    expect(
        "A Kenyan official said the proposed levy was unacceptable.",
        Act::Reject,
        "Kenya",
        None,
        "the proposed levy",
    );
    expect("Swiss radio reported that NATO's letter made clear that Belarus's central demands are \"unacceptable.\"", Act::Reject, "NATO", None, "Belarus's central demands");
    expect(
        "Morocco said a referendum on independence is out of the question.",
        Act::Reject,
        "Morocco",
        None,
        "a referendum on independence",
    );
}

#[test]
fn ready_to() {
    expect("Iran is ready to accept the proposal.", Act::Accept, "Iran", None, "the proposal");
    expect("Serbia is willing to sign the agreement.", Act::Accept, "Serbia", None, "the agreement");
    expect(
        "The Hungarian government is not ready to accept quotas for asylum seekers.",
        Act::Reject,
        "Hungary",
        None,
        "quotas for asylum seekers",
    );
    expect(
        "Armenia is not prepared to negotiate under pressure.",
        Act::Reject,
        "Armenia",
        None,
        "negotiate under pressure",
    );
    // Readiness to talk is an acceptance (the issue lists "be ready to" under accept), by default.
    expect(
        "Ethiopia is ready to negotiate with the rebels.",
        Act::Accept,
        "Ethiopia",
        None,
        "negotiate with the rebels",
    );
    let text = "Canada responded that it is ready to discuss the plan with the Mexicans.";
    let cs = newsclaim_extract::Extractor::default().extract(text, &[]);
    assert!(
        cs.iter().any(|c| c.act == Act::Accept && c.actor.is("Canada") && c.rule == "ready-to-talk"),
        "{cs:?}"
    );
    expect(
        "Colombia's government said it was willing to resume talks with the ELN in Havana.",
        Act::Accept,
        "Colombia",
        None,
        "resume talks with the ELN in Havana",
    );
}

#[test]
fn headline_subjunctive() {
    expect(
        "US demands Russia release detained journalist",
        Act::Demand,
        "United States",
        Some("Russia"),
        "Russia release detained journalist",
    );
}

#[test]
fn a_side_talking_about_itself_is_not_demanding() {
    no_act("Russian President Vladimir Putin said Russia must defend its interests.", Act::Demand);
    expect(
        "Russian President Vladimir Putin said Ukraine must withdraw from the four regions.",
        Act::Demand,
        "Russia",
        Some("Ukraine"),
        "withdraw from the four regions",
    );
}

#[test]
fn objects_that_name_no_actor() {
    expect(
        "“We call on all parties to exercise maximum restraint,” UN Secretary-General António Guterres said.",
        Act::Demand,
        "United Nations",
        None,
        "exercise maximum restraint",
    );
    expect(
        "The Arab League urged the warring parties to return to talks.",
        Act::Demand,
        "Arab League",
        None,
        "return to talks",
    );
}

#[test]
fn questions_are_not_claims() {
    none("It is not clear whether Moscow will accept the terms.");
}

#[test]
fn documents_that_demand() {
    expect("The UN General Assembly adopted a resolution demanding that Russia withdraw its troops from Ukraine.", Act::Demand, "United Nations", Some("Russia"), "Russia withdraw its troops");
    // a motion or a decree speaks for whoever passes or signs it
    expect(
        "The Peruvian congress passed a motion calling for the envoy's expulsion.",
        Act::Demand,
        "Peru",
        None,
        "the envoy's expulsion",
    );
    expect(
        "The president of Ghana signed a decree ordering the army to return to its barracks.",
        Act::Demand,
        "Ghana",
        Some(""),
        "return to its barracks",
    );
}

#[test]
fn will_not_do_is_a_rejection() {
    expect(
        "The Kremlin says it will not negotiate with Zelenskiy.",
        Act::Reject,
        "Russia",
        None,
        "negotiate with Zelenskiy",
    );
    expect(
        "Serbia would never recognise Kosovo's independence, Vucic said.",
        Act::Reject,
        "Serbia",
        None,
        "recognise Kosovo's independence",
    );
    expect(
        "The Philippine coast guard accused Chinese vessels of firing water cannon.",
        Act::Accuse,
        "Philippines",
        Some("China"),
        "firing water cannon",
    );
}

#[test]
fn insisting_is_demanding_only_when_something_is_asked() {
    expect(
        "Kyiv insists that any peace deal must include the withdrawal of all Russian troops.",
        Act::Demand,
        "Ukraine",
        None,
        "must include the withdrawal",
    );
    expect(
        "Iran insisted on the lifting of all sanctions.",
        Act::Demand,
        "Iran",
        None,
        "the lifting of all sanctions",
    );
    no_act("Russia insisted it had not attacked civilians.", Act::Demand);
    // a statement of fact, with a subject that runs on past a name or a verb the lexicon lacks
    no_act("General Okafor insists the US presence poses no threat to Iran.", Act::Demand);
    no_act("General Okafor insists the US poses no threat to Iran.", Act::Demand);
    // an irregular past is a fact told, not a thing asked
    no_act("The guards insisted they shot the intruders in self-defence.", Act::Demand);
    no_act("The guards insisted they fought back.", Act::Demand);
    expect(
        "Iran insisted that the US embargo end immediately.",
        Act::Demand,
        "Iran",
        Some("United States"),
        "end",
    );
}

#[test]
fn a_document_inside_another_claim_belongs_to_it() {
    let cs =
        claims("Russia and China vetoed a US-drafted resolution calling for an immediate ceasefire in Gaza.");
    assert_eq!(cs.len(), 1, "{cs:?}");
    assert_eq!(cs[0].act, Act::Reject);
}

#[test]
fn modal_expectations_are_not_demands() {
    no_act("The French minister said the talks should resume next week.", Act::Demand);
    expect(
        "Russia's foreign minister said the sanctions must be lifted.",
        Act::Demand,
        "Russia",
        None,
        "the sanctions must be lifted",
    );
    expect(
        "“The international community must act now,” said Palestinian Foreign Minister Riyad al-Maliki.",
        Act::Demand,
        "Palestine",
        Some("International community"),
        "must act now",
    );
    // a rule for anyone is asked of no one
    no_act("“Nobody should be fooled by this theatre,” the minister said.", Act::Demand);
    no_act("The judge said no one should be above the law.", Act::Demand);
}

#[test]
fn should_on_groups_and_must_on_anything() {
    expect(
        "Chinese Premier Li Qiang said countries should resist the temptation of protectionism.",
        Act::Demand,
        "China",
        None,
        "countries should resist",
    );
    expect(
        "The Kremlin says any truce must address the root causes of the conflict.",
        Act::Demand,
        "Russia",
        None,
        "any truce must address",
    );
    expect(
        "The union said Boeing must restore the pension plan.",
        Act::Demand,
        "",
        Some(""),
        "Boeing must restore the pension plan",
    );
}

#[test]
fn claims_inside_other_claims_belong_to_them() {
    no_act("The EU demanded that Serbia reject the referendum results.", Act::Reject);
}

#[test]
fn vetoing_a_document_is_not_demanding_what_it_demands() {
    let cs = claims("Russia vetoed a resolution that demands an immediate ceasefire.");
    assert_eq!(cs.len(), 1, "{cs:?}");
    assert_eq!(cs[0].act, Act::Reject);
}

#[test]
fn asked_someone_for_something() {
    let c = expect(
        "Moldova asked the European Union for emergency gas supplies.",
        Act::Demand,
        "Moldova",
        Some("European Union"),
        "emergency gas supplies",
    );
    assert_eq!(c.content.unwrap().text, "emergency gas supplies");
    // asking about something is a question, not a demand
    no_act("Chile asked Peru about the border incident.", Act::Demand);
}

#[test]
fn demanded_that_with_a_verb_the_lexicon_does_not_know() {
    expect(
        "Ankara demanded that Athens demilitarise the Aegean islands.",
        Act::Demand,
        "Turkey",
        Some("Greece"),
        "demilitarise the Aegean islands",
    );
}

#[test]
fn a_second_complement_after_and_for_ends_the_infinitive() {
    let c = find(
        "The Arab League called on Sudan's generals to silence the guns and for aid corridors to be opened.",
        Act::Demand,
        "Arab League",
    );
    assert_eq!(c.content.unwrap().text, "silence the guns");
}

#[test]
fn should_on_things_named_with_a_determiner() {
    expect(
        "Chile said any deal should include guarantees for the miners.",
        Act::Demand,
        "Chile",
        None,
        "any deal should include guarantees",
    );
    // an expectation is not a demand
    no_act("Chile said the talks should resume next week.", Act::Demand);
    no_act("Chile said the vote should be easy.", Act::Demand);
}

#[test]
fn continued_reports_a_quotation() {
    let c = find("\"The minister must resign,\" Peru's foreign minister continued.", Act::Demand, "Peru");
    assert_eq!(c.rule, "reported-modal");
}

#[test]
fn a_subject_described_by_a_relative_clause_is_asked_by_a_modal() {
    let text = "“All of the officials who are so eager to blame the unions should start looking at \
                their own budgets,” the mayor said.";
    let cs = claims(text);
    let demand = cs.iter().find(|c| c.act == Act::Demand).unwrap_or_else(|| panic!("{cs:#?}"));
    assert!(
        demand.content.as_ref().is_some_and(|p| p.text.starts_with("All of the officials")),
        "{demand:#?}"
    );
    // "but that X needs to be assessed": no relative clause, and no subject to lose
    let cs = claims("The minister said more launches raised the risk, but that the overall plan needs to be assessed first.");
    assert!(cs.iter().all(|c| c.content.is_some()), "{cs:#?}");
}

#[test]
fn the_washington_post_is_no_statement() {
    // a newspaper's name holding "Post" names no document whose author a later "the letter" is
    let text = "Senator Ana Ruiz accused the governor in The Washington Post of lying.\n\n\
                “We urge the governor to resign,” the letter stated.";
    let cs = claims(text);
    assert!(!cs.iter().any(|c| c.act == Act::Demand && c.actor.text.contains("Ruiz")), "{cs:#?}");
}

#[test]
fn it_is_time_for_someone_to_act_demands_it() {
    let cs = claims("The senator said it was high time for the governor to resign.");
    let c = cs.iter().find(|c| c.act == Act::Demand).unwrap_or_else(|| panic!("{cs:#?}"));
    assert_eq!(c.actor.text, "The senator");
    assert_eq!(c.addressee.as_ref().map(|a| a.text.as_ref()), Some("the governor"));
    assert_eq!(c.content.as_ref().map(|p| &*p.text), Some("resign"));
    let cs = claims("“It is time to end this war,” the president said.");
    assert!(cs
        .iter()
        .any(|c| c.act == Act::Demand && c.content.as_ref().is_some_and(|p| p.text == "end this war")));
    // a time named is no call
    none("At the time, the minister said the plan was sound and the budget was balanced.");
}

#[test]
fn an_attempt_at_a_claim_is_the_claim() {
    let c = find("The mayor tried to persuade the council to drop the toll plan.", Act::Demand, "");
    assert_eq!(c.content.map(|p| p.text).as_deref(), Some("drop the toll plan"));
    first("The union sought to urge the port authority to reopen the terminal.", Act::Demand);
    // wanting to is not yet doing
    no_act("The mayor wants to persuade the council to drop the toll plan.", Act::Demand);
}

#[test]
fn suggesting_what_is_the_case_proposes_nothing() {
    no_act("The mayor suggested that she barely knows the contractor.", Act::Propose);
    no_act("The mayor has tried to suggest that she barely knows the contractor.", Act::Propose);
    // what someone should do, past an adverb, is still proposed
    first("The mayor suggested that the council quickly drop the toll plan.", Act::Propose);
}

#[test]
fn wanting_something_done_demands_it() {
    let c = first("The union wants the mine closed.", Act::Demand);
    assert_eq!(c.content.map(|p| p.text).as_deref(), Some("the mine closed"));
    let c = first("The union wanted the troops withdrawn from the border by Friday.", Act::Demand);
    assert!(c.content.is_some_and(|p| p.text.starts_with("the troops withdrawn")));
    // telling someone what has been done asks for nothing
    no_act("The minister told lawmakers the agency had consulted the relevant parties.", Act::Demand);
}

#[test]
fn the_main_clause_after_a_fronted_clause_is_no_content() {
    let content = |text: &'static str, act: Act| first(text, act).content.map(|p| p.text.to_string());
    assert_eq!(
        content(
            "When the governor's aides suggested that the city raise taxes, the mayor was not satisfied.",
            Act::Propose
        )
        .as_deref(),
        Some("the city raise taxes")
    );
    assert_eq!(
        content("After the union demanded higher wages, the company closed the plant.", Act::Demand)
            .as_deref(),
        Some("higher wages")
    );
    assert_eq!(
        content("Although the rebels rejected the truce, they returned to the talks.", Act::Reject)
            .as_deref(),
        Some("the truce")
    );
    // a spoken "it" goes on with the same claim
    let c = content("The senator said the bill was a disgrace, it was a disgrace to voters.", Act::Accuse);
    assert!(c.is_some_and(|t| t.contains("to voters")));
}

#[test]
fn a_relative_clause_closed_by_a_comma_ends_its_claim() {
    let c = first("Novak, who denies the accusation, has dodged the courts for nine years.", Act::Deny);
    assert_eq!(c.content.map(|p| p.text).as_deref(), Some("the accusation"));
    let c = first("The minister, who rejected the plan, will face questions on Monday.", Act::Reject);
    assert_eq!(c.content.map(|p| p.text).as_deref(), Some("the plan"));
    // a relative clause inside the content is read through
    let c = first("The senator demanded that the minister, who resigned, has to explain.", Act::Demand);
    assert!(c.content.is_some_and(|p| p.text.ends_with("has to explain")));
    // a longer relative clause, whose claim asks someone to act
    let c = first(
        "The coach, who had pressed the league to ban the player for the season, did not comment on Friday.",
        Act::Demand,
    );
    assert_eq!(c.content.map(|p| p.text).as_deref(), Some("ban the player for the season"));
    assert_eq!(c.addressee.map(|a| a.text).as_deref(), Some("the league"));
}

#[test]
fn a_clause_of_its_own_after_as_or_when_ends_the_content() {
    let c = first(
        "The minister refused to accept the advice as his fellow ministers urged him to resign.",
        Act::Reject,
    );
    assert_eq!(c.content.map(|p| p.text).as_deref(), Some("accept the advice"));
    let c = first(
        "The militants have refused to recognize the truce, and hopes to turn the strip into a battlefield.",
        Act::Reject,
    );
    assert_eq!(c.content.map(|p| p.text).as_deref(), Some("recognize the truce"));
    // a question a verb asks stays in the content
    let c =
        first("The regulator demanded a plan that details when they will pay the suppliers.", Act::Demand);
    assert!(c.content.is_some_and(|p| p.text.ends_with("pay the suppliers")));
    // a lone closing bracket is no content
    for c in claims("The voters chose him (not to surrender as the movement was demanding).") {
        assert!(c.content.as_ref().is_none_or(|p| p.text.chars().any(char::is_alphanumeric)), "{c:?}");
    }
}

#[test]
fn what_someone_would_do_once_a_condition_is_met_is_no_act() {
    no_act(
        "The mediator told them they would need to pay up before the board would agree to a vote.",
        Act::Accept,
    );
    first("The union said it would accept the offer before Friday.", Act::Accept);
}

#[test]
fn her_before_an_infinitive_is_the_addressee() {
    for verb in ["told", "ordered", "challenged", "urged"] {
        let text = format!("Senator Ray Okafor {verb} her to oppose the trade agreement.");
        let cs = claims(&text);
        let demand =
            cs.iter().find(|c| c.act == Act::Demand).unwrap_or_else(|| panic!("no demand in {text:?}"));
        assert_eq!(demand.addressee.as_ref().map(|a| &*a.text), Some("her"), "{text}");
        assert_eq!(demand.content.as_ref().map(|p| &*p.text), Some("oppose the trade agreement"), "{text}");
    }
    // "her" before a noun is still a determiner
    let cs = claims("Senator Ray Okafor criticized her handling of the crisis.");
    let accuse = cs.iter().find(|c| c.act == Act::Accuse).expect("an accusation");
    assert_eq!(accuse.content.as_ref().map(|p| &*p.text), Some("her handling of the crisis"));
}

#[test]
fn ready_to_make_a_concession() {
    expect("The rebels are ready to lay down their arms.", Act::Accept, "", None, "lay down their arms");
    expect(
        "Peru is willing to lift the sanctions on Chile.",
        Act::Accept,
        "Peru",
        None,
        "lift the sanctions",
    );
    expect("Hamas is prepared to free the hostages.", Act::Accept, "Hamas", None, "free the hostages");
    // a product or a report released is no concession
    no_act("The firm is ready to release its new phone next month.", Act::Accept);
}

#[test]
fn an_adjective_ending_in_ly_opens_the_object() {
    expect("The party called for early elections.", Act::Demand, "", None, "early elections");
    expect("Reporters asked for daily briefings.", Act::Demand, "", None, "daily briefings");
    // a time phrase after the verb is still no part of it
    let c = first("Moscow demanded late Friday that Kyiv withdraw.", Act::Demand);
    assert_eq!(c.content.map(|p| p.text.into_owned()).as_deref(), Some("Kyiv withdraw"));
}

#[test]
fn what_a_thing_should_be_named_by_a_noun_is_asked_for() {
    let c = first("“The rockets should be government assets,” the senator said.", Act::Demand);
    assert_eq!(c.content.map(|p| p.text), Some("The rockets should be government assets".into()));
    first("“Jerusalem should be the capital of both states,” he said.", Act::Demand);
    // an expectation, most often an adjective or a time, asks nothing
    no_act("“It should be easy,” he said.", Act::Demand);
    no_act("“The talks should be brief,” he said.", Act::Demand);
    no_act("“The weather should be fine tomorrow,” he said.", Act::Demand);
}

#[test]
fn ready_to_release_people_is_a_concession() {
    let c = first("The militia said it was ready to release the hostages.", Act::Accept);
    assert_eq!(c.content.as_ref().map(|m| m.text.as_ref()), Some("release the hostages"));
    first("Iran is prepared to release the detained journalists.", Act::Accept);
    // a product released concedes nothing
    none("The company is ready to release its new phone next month.");
}

#[test]
fn a_permission_announced_is_an_acceptance() {
    let c = first("The label said she will be allowed to perform her songs.", Act::Accept);
    assert_eq!(
        c.content.map(|p| p.text.into_owned()).as_deref(),
        Some("she will be allowed to perform her songs")
    );
    first("The ministry said the ship would be allowed to dock.", Act::Accept);
    // the speaker's own side asks no leave of itself; a refusal stays a refusal
    no_act("\"We will be allowed to leave,\" he said.", Act::Accept);
    first("The ministry said the ship would not be allowed to dock.", Act::Reject);
}

#[test]
fn a_description_of_the_name_closing_the_content_is_cut() {
    let c = first(
        "Pinecrest offered $22.75 a share for Halvard, the owner of the Courier and the Gazette.",
        Act::Propose,
    );
    assert_eq!(c.content.map(|p| p.text).as_deref(), Some("$22.75 a share for Halvard"));
    let c = first("The union rejected an offer from Acme, a maker of car parts.", Act::Reject);
    assert_eq!(c.content.map(|p| p.text).as_deref(), Some("an offer from Acme"));
}

#[test]
fn what_is_demanded_then_of_whom() {
    expect_exact("The union demanded an apology from the company.", Act::Demand, "", "an apology");
    let c = expect(
        "Senator Ilse Varga demanded documents from the Pentagon.",
        Act::Demand,
        "Ilse Varga",
        Some("United States"),
        "documents",
    );
    assert_eq!(c.content.as_ref().map(|p| &*p.text), Some("documents"));
    // a place things come from is no one asked
    expect_exact(
        "Protesters demanded the release of prisoners from the jail.",
        Act::Demand,
        "",
        "the release of prisoners from the jail",
    );
}

#[test]
fn the_one_complained_to_is_the_addressee() {
    let c = expect_exact(
        "Seoul protested to Tokyo over the new textbooks.",
        Act::Accuse,
        "South Korea",
        "the new textbooks",
    );
    assert_eq!(c.addressee.map(|a| a.text).as_deref(), Some("Tokyo"));
    let c = expect_exact(
        "The dockers' union complained to the ministry that the new shifts were unsafe.",
        Act::Accuse,
        "",
        "the new shifts were unsafe",
    );
    assert_eq!(c.addressee.map(|a| a.text).as_deref(), Some("the ministry"));
}

#[test]
fn a_case_tossed_out_is_rejected_but_a_pitch_is_not() {
    expect_exact("A federal judge tossed out the lawsuit on Tuesday.", Act::Reject, "", "the lawsuit");
    none("The governor tossed out the first pitch at the opening game.");
}

#[test]
fn a_modal_clause_after_a_coordinator_is_its_own() {
    for text in [
        "“This council has lost all trust, and the mayor should resign,” she said.",
        "“This council has lost the authority to govern and the mayor should resign at once,” she said.",
    ] {
        let c = first(text, Act::Demand);
        assert!(
            c.content.as_ref().is_some_and(|p| p.text.starts_with("the mayor should resign")),
            "{text}: {c:?}"
        );
        assert!(c.addressee.is_some(), "{text}");
    }
    // verbs coordinated inside a gerund subject are one subject
    let c = first("“Trying to find and spread rumours needs to stop,” the spokeswoman said.", Act::Demand);
    assert!(c.content.is_some_and(|p| p.text.starts_with("Trying")));
}

#[test]
fn a_clause_with_its_own_subject_and_aside_ends_the_content() {
    expect_exact(
        "Rights groups have called for the release of the editor, and Norway, currently the chair of the council, has voiced grave concern.",
        Act::Demand,
        "",
        "the release of the editor",
    );
}

#[test]
fn an_irregular_participle_the_reader_knows_keeps_the_clause_whole() {
    // "withheld" is a known participle: the subjunctive's passive goes on to its "until"
    expect_exact(
        "\"I requested that my bonus be withheld until the audit is over,\" the senator said.",
        Act::Demand,
        "",
        "my bonus be withheld until the audit is over",
    );
}

#[test]
fn an_after_clause_with_a_pronoun_subject_ends_the_content() {
    expect_exact(
        "The speaker accused the ministry of an attempt to hide the facts after it ruled out cooperating with the inquiry.",
        Act::Accuse,
        "",
        "an attempt to hide the facts",
    );
}

#[test]
fn asking_that_a_clause_be_done_demands_it() {
    expect(
        "\"We ask that the ministry conduct an inquiry into the shooting,\" the senators said.",
        Act::Demand,
        "",
        None,
        "the ministry conduct an inquiry",
    );
    first("The two unions asked that the old agreement be restored.", Act::Demand);
    // asking an addressee to act still demands, and a question asks nothing
    expect("The mayor asked the council to reopen the park.", Act::Demand, "", Some(""), "reopen the park");
    none("He asked if the plan would work.");
}

#[test]
fn a_phrase_of_where_or_when_before_the_clause() {
    expect(
        "The tenants complained during a meeting of the board that the landlord had ignored repairs.",
        Act::Accuse,
        "",
        None,
        "the landlord had ignored repairs",
    );
    // a noun's own clause is no clause of the verb
    let c = first("Moscow demands from the alliance the promise that no bases will be built.", Act::Demand);
    assert!(c.content.as_ref().is_some_and(|p| p.text.starts_with("the promise")));
}

#[test]
fn an_as_inside_a_gerund_is_part_of_the_deed() {
    let c = first("The coalition accuses the rebels of using civilians as human shields.", Act::Accuse);
    assert_eq!(c.content.as_ref().map(|p| &*p.text), Some("using civilians as human shields"));
    // after a plain object it still closes the content
    let c = first("The ministry dismissed the report as false.", Act::Reject);
    assert_eq!(c.content.as_ref().map(|p| &*p.text), Some("the report"));
}

#[test]
fn a_thing_said_to_be_needed_is_asked_for() {
    expect(
        "Moscow condemned the strikes, adding that dialogue between all political forces is required.",
        Act::Demand,
        "Russia",
        None,
        "dialogue between all political forces",
    );
    expect(
        "The UN envoy said an immediate ceasefire was urgently needed to end the war.",
        Act::Demand,
        "United Nations",
        None,
        "an immediate ceasefire",
    );
    // quoted, and past a word that joins it to what came before
    expect_exact(
        "“So an immediate ceasefire is needed,” the envoy said.",
        Act::Demand,
        "",
        "an immediate ceasefire",
    );
    // only a thing a side brings about, as the whole subject, and not denied
    none("The doctor said surgery was needed.");
    none("The minister said no change was needed.");
    none("A visa is required for entry.");
    no_act("The minister said more research is needed.", Act::Demand);
}

#[test]
fn an_aside_between_dashes_lies_between_the_addressee_and_the_infinitive() {
    let c = first(
        "The governors called on lawmakers — whatever their party — to unite against the levy.",
        Act::Demand,
    );
    assert_eq!(c.addressee.as_ref().map(|a| &*a.text), Some("lawmakers"));
    assert_eq!(c.content.as_ref().map(|p| &*p.text), Some("unite against the levy"));
}

#[test]
fn an_amount_offered_after_the_addressee_is_what_is_offered() {
    let c = first("The district offered teachers 5 percent raises over three years.", Act::Propose);
    assert_eq!(c.addressee.as_ref().map(|a| &*a.text), Some("teachers"));
    assert_eq!(c.content.as_ref().map(|p| &*p.text), Some("5 percent raises over three years"));
}

#[test]
fn a_verb_in_scare_quotes_still_takes_its_addressee_and_infinitive() {
    let c = first(
        "The bloc said it “encourages” Senegal to urgently restore the electoral timetable.",
        Act::Demand,
    );
    assert_eq!(c.addressee.as_ref().map(|a| &*a.text), Some("Senegal"));
}

#[test]
fn a_demand_of_several_sides_each_after_from_reaches_its_clause() {
    expect(
        "The bloc demanded from Belgrade and from the Serbian authorities that they withdraw the police units.",
        Act::Demand,
        "",
        Some("Serbia"),
        "withdraw the police units",
    );
}

#[test]
fn an_attribution_with_the_speaker_s_office_between_commas_ends_the_content() {
    expect_exact(
        "The opposition is demanding that the government resign, Farid Khan, a spokesman for the party led by the former prime minister, said on Saturday.",
        Act::Demand,
        "",
        "the government resign",
    );
}

#[test]
fn two_modifiers_of_one_noun_hold_their_comma() {
    expect_exact(
        "The carmaker rejected the regulator's demand for an expanded, nationwide recall of the air bags.",
        Act::Reject,
        "",
        "the regulator's demand for an expanded, nationwide recall of the air bags",
    );
}

#[test]
fn doing_everything_in_ones_power_to_make_a_claim_makes_it() {
    expect_exact(
        "The senator said he will do everything in his power to block her nomination.",
        Act::Reject,
        "",
        "her nomination",
    );
    first("“We will do everything possible to reject this deal,” the minister said.", Act::Reject);
}

#[test]
fn what_is_urged_for_starts_past_its_for() {
    let c = first("The OAS urged for new elections next year.", Act::Demand);
    assert_eq!(c.content.as_ref().map(|p| p.text.as_ref()), Some("new elections"));
}

#[test]
fn committed_to_an_agreement_or_a_course_accepts_it() {
    expect(
        "Lebanon remains committed to the UN-brokered truce.",
        Act::Accept,
        "Lebanon",
        None,
        "the UN-brokered truce",
    );
    let c = first("The ministry said Beirut was committed to implementing the resolution.", Act::Accept);
    assert_eq!(c.content.as_ref().map(|p| &*p.text), Some("implementing the resolution"));
    // a cause embraced, not a fight threatened
    no_act("The federation said it was committed to fighting corruption in the sport.", Act::Warn);
    // not committed for trial or to a hospital; what is enforced in "rules that we are
    // committed to enforcing" is in the clause before
    none("The suspect was committed to a psychiatric hospital.");
    no_act("She said there are rules that we are committed to enforcing.", Act::Accept);
    // "committed crimes" accuses in someone's words, as before
    first("Rights groups said soldiers committed war crimes.", Act::Accuse);
}

#[test]
fn an_addressee_described_between_commas_before_the_infinitive() {
    let c = first("The regulator asked Harbor Gas, the plant's operator, to shut the valves.", Act::Demand);
    assert_eq!(c.addressee.map(|a| a.text).as_deref(), Some("Harbor Gas"));
    assert_eq!(c.content.map(|p| p.text).as_deref(), Some("shut the valves"));
}

#[test]
fn a_capitalised_verb_between_words_of_a_name_is_part_of_it() {
    let c = first("The agency asked Coastal Transfer Partners to pause all work.", Act::Demand);
    assert_eq!(c.addressee.map(|a| a.text).as_deref(), Some("Coastal Transfer Partners"));
}

#[test]
fn a_document_issued_past_its_modifiers_and_an_aside_before_the_verb() {
    let c = first(
        "The governments of Peru and Chile, whose presidents have kept ties with the junta, issued a joint statement urging the electoral body to publish the results.",
        Act::Demand,
    );
    assert_eq!(norm(&c.actor), "Peru; Chile");
}

#[test]
fn refusing_to_keep_a_measure_going_or_undo_it_rejects() {
    expect(
        "Chile's central bank said it would not extend the bond-buying scheme beyond Friday.",
        Act::Reject,
        "Chile",
        None,
        "extend the bond-buying scheme",
    );
    expect(
        "Norway will not renegotiate the fishing accord, its minister said.",
        Act::Reject,
        "Norway",
        None,
        "renegotiate",
    );
    // what a thing will not do refuses nothing
    no_act("The new terminal will not extend the runway.", Act::Reject);
}

#[test]
fn agreeing_to_take_part_accepts() {
    // "take" claims only in "take aim": agreeing to take part is no claim of the infinitive's
    expect(
        "Turkey agreed to take part in the talks in Vienna.",
        Act::Accept,
        "Turkey",
        None,
        "take part in the talks",
    );
    expect("Greece agreed to take back the migrants.", Act::Accept, "Greece", None, "take back the migrants");
    // agreeing to make another claim is still that claim
    let c = first("The cabinet agreed to reject the offer.", Act::Reject);
    assert_eq!(c.rule, "verb-decided");
}
