//! People named anywhere in an article are remembered, and "he"/"she" find them.

mod common;
use common::*;
use newsclaim_extract::Act;

#[test]
fn a_pronoun_takes_the_name_of_the_last_subject_of_its_gender() {
    let text = "The singer Maria Delgado said the label had blocked her album. \
                Music executive Tom Hallett runs the label.\n\
                She accused the label of bullying. He has consistently denied being unfair to her.";
    let cs = claims(text);
    let accuse = cs.iter().find(|c| c.act == Act::Accuse).expect("an accusation");
    assert_eq!(accuse.actor.text, "She");
    assert_eq!(accuse.actor.antecedent.as_deref(), Some("Maria Delgado"));
    // A person who speaks for no side named in the article speaks for themself.
    assert_eq!(accuse.actor.norms, ["Maria Delgado"]);
    let deny = cs.iter().find(|c| c.act == Act::Deny).expect("a denial");
    assert_eq!(deny.actor.name(), "Tom Hallett");
}

#[test]
fn he_in_the_same_sentence_is_its_subject() {
    let text = "Senator Ray Okafor spoke on Tuesday. Governor Lena Brandt said she would veto the bill. \
                Mr. Okafor said he rejected the plan.";
    let cs = claims(text);
    let reject =
        cs.iter().find(|c| c.act == Act::Reject && c.content.as_ref().is_some_and(|p| p.text == "the plan"));
    let reject = reject.expect("a rejection of the plan");
    assert!(reject.actor.name().contains("Okafor"), "{:?}", reject.actor);
}

#[test]
fn honorifics_mark_gender_and_are_not_part_of_the_name() {
    let text = "Ms. Okonkwo met the delegation. Dr. Rahim Aziz arrived later.\n\
                She urged the ministry to publish the report.";
    let c = find(text, Act::Demand, "Okonkwo");
    assert_eq!(c.actor.antecedent.as_deref(), Some("Okonkwo"));
}

#[test]
fn a_name_after_an_article_is_not_a_person() {
    // "the Aurora Lander program" is not someone "he" can refer to.
    let text = "Engineer Paul Ferris criticised the Aurora Lander program. \
                He said NASA should cancel it.";
    let c = find(text, Act::Demand, "Paul Ferris");
    assert_eq!(c.actor.antecedent.as_deref(), Some("Paul Ferris"));
}

#[test]
fn no_person_no_antecedent() {
    let cs = claims("He rejected the offer.");
    assert!(cs.iter().all(|c| c.actor.antecedent.is_none() && c.actor.norms.is_empty()));
}

#[test]
fn a_pronoun_after_a_quotation_is_not_a_name_inside_it() {
    let text = "Senator Ray Okafor spoke on Sunday.\n\
                “Minister Lena Brandt needs to apologize to the troops,” he said.";
    let c = claims(text).into_iter().find(|c| c.act == Act::Demand).expect("a demand");
    assert_eq!(c.actor.name(), "Ray Okafor");
}

#[test]
fn they_names_the_people_named_together_just_before() {
    let text = "Senator Mara Holt and Representative Dan Ruiz met the farmers on Monday.\n\
                They criticised the ministry's handling of the drought.";
    let c = claims(text).into_iter().find(|c| c.act == Act::Accuse).expect("an accusation");
    assert_eq!(c.actor.text, "They");
    let who = c.actor.antecedent.as_deref().unwrap_or("");
    assert!(who.contains("Mara Holt") && who.contains("Dan Ruiz"), "{who}");
    // … but not many sentences later
    let text = "Senator Mara Holt and Representative Dan Ruiz met the farmers on Monday. \
                The weather was dry. Prices rose. Rain fell in the north. Exports slowed.\n\
                They criticised the ministry.";
    assert!(claims(text).iter().all(|c| c.actor.antecedent.is_none()));
}

#[test]
fn it_is_the_state_that_opens_the_sentence() {
    let text = "While Chile wants to sell more copper, it has balked at the new tariffs.";
    find(text, Act::Reject, "Chile");
    // an entity inside a phrase is no antecedent
    let text = "The firm faces scrutiny from the U.S. regulator over whether it rejected the audit.";
    assert!(claims(text).iter().all(|c| !c.actor.is("United States")));
}

#[test]
fn a_participle_after_a_long_list() {
    let text = "He has injected drama into talks with partners, including Europe, Japan and Canada, \
                publicly threatening them with tariffs.";
    assert!(claims(text).iter().any(|c| c.act == Act::Warn));
}

#[test]
fn a_spokesman_for_a_named_person_speaks_for_that_person_not_the_main_state() {
    // The article is mostly about one state, but the spokesman's side is written after the
    // office: a person introduced earlier, not the state.
    let text = "Prosecutor Maria Lindqvist is examining Hungary's ties to the firm. Hungary \
                has denied wrongdoing, and Hungary's embassy declined to comment.\n\n\
                “The account is not accurate,” Tomas Berg, a spokesman for Lindqvist’s office, said.";
    let claim = find(text, Act::Deny, "Maria Lindqvist");
    assert_eq!(claim.actor.text, "Tomas Berg");
    // A side written but unknown is unknown, never the article's main state.
    let text = "Hungary's ties to the firm are under review. Hungary has denied wrongdoing, \
                Hungary's embassy said.\n\n\
                “The account is not accurate,” Tomas Berg, a spokesman for the review board, said.";
    let cs = claims(text);
    let berg = cs.iter().find(|c| c.actor.text == "Tomas Berg").expect("a denial by Tomas Berg");
    assert_ne!(berg.actor.norms, ["Hungary"]);
}

#[test]
fn the_spokesman_named_later_speaks_for_the_side_of_a_spokesman_described_before() {
    // "a spokeswoman for the review board's chair, Maria Lindqvist" describes the holder and her
    // side; "the spokeswoman, Anna Berg" names her later, without the side.
    let text = "A brief statement by a spokeswoman for the review board's chair, Maria Lindqvist, \
                challenged the figures in Monday's report.\n\n\
                “The figures in the report are not accurate,” said the spokeswoman, Anna Berg.";
    let claim = find(text, Act::Deny, "Maria Lindqvist");
    assert_eq!(claim.actor.text, "the spokeswoman");
    // With no holder described before, the named spokeswoman speaks for herself.
    let text = "“The figures in the report are not accurate,” said the spokeswoman, Anna Berg.";
    let cs = claims(text);
    let deny = cs.iter().find(|c| c.act == Act::Deny).expect("a denial");
    assert_eq!(deny.actor.norms, ["Anna Berg"]);
}

#[test]
fn they_after_a_plural_phrase_of_one_side_is_that_phrase() {
    let text = "In a letter on Monday, the Democratic committee members accused the governor of \
                hiding the audit.\n\n\
                “His refusal to release the full audit is alarming,” they said.";
    let cs = claims(text);
    let later = cs
        .iter()
        .find(|c| c.act == Act::Accuse && c.actor.text == "they")
        .unwrap_or_else(|| panic!("no accusation by they: {cs:#?}"));
    assert_eq!(later.actor.antecedent.as_deref(), Some("the Democratic committee members"));
    assert_eq!(later.actor.norms, ["Democratic Party"]);
}

#[test]
fn they_after_a_party_named_by_its_members() {
    let text = "Republicans called the tax plan reckless. They said they warned the governor that it \
                would fail.";
    let warn = first(text, Act::Warn);
    assert_eq!(warn.actor.norms, ["Republican Party"]);
    // a state whose name ends in -s is no group of people
    assert!(!claims("Manila rejected the plan. They said they would appeal.")
        .iter()
        .any(|c| c.actor.is("Philippines") && c.actor.text.eq_ignore_ascii_case("they")));
}

#[test]
fn they_after_an_opening_agent_clause_is_not_the_agents() {
    let text = "The nurses were firm on Monday. Pressed by Governor Ana Ruiz and Mayor Tom Hale, \
                they refused to drop their demand for higher pay.";
    let reject = first(text, Act::Reject);
    assert_eq!(reject.actor.antecedent.as_deref(), Some("The nurses"), "{reject:#?}");
}

#[test]
fn the_letter_speaks_for_the_author_named_with_it() {
    let text = "In a letter on Friday, the Democratic committee members criticised the governor.\n\n\
                “The audit is incomplete,” the letter stated. “We urge the governor to release \
                the full report.”";
    let urge = first(text, Act::Demand);
    assert_eq!(urge.actor.norms, ["Democratic Party"], "{urge:#?}");
    // with no author named, the letter names no one
    assert!(!claims("“We urge the governor to resign,” the letter stated.")
        .iter()
        .any(|c| c.act == Act::Demand && !c.actor.norms.is_empty()));
}

#[test]
fn the_lawmakers_after_every_member_of_one_side() {
    let text = "Every Republican on the budget committee demanded the mayor's resignation on Tuesday. \
                The lawmakers accused her of hiding the deficit.";
    // (the one accused is "her", the mayor, whom nothing resolves: no side)
    let accuse = expect(text, Act::Accuse, "Republican Party", Some(""), "hiding the deficit");
    assert_eq!(accuse.actor.text, "The lawmakers");
    assert_eq!(accuse.addressee.as_ref().map(|a| &*a.text), Some("her"));
}

#[test]
fn a_state_named_as_a_topic_or_a_place_is_no_default_side() {
    // "Russian interference", "the Russia inquiry", "a tower in Moscow" say what the story is
    // about, not whose spokesman speaks
    let text = "The prosecutor investigating Russian interference in the election disputed the \
                report about the Russia inquiry and a tower in Moscow.\n\n\
                “The report is not accurate,” said the spokesman, Peter Hale.";
    let cs = claims(text);
    let deny = cs.iter().find(|c| c.actor.text.contains("spokesman")).unwrap_or_else(|| panic!("{cs:#?}"));
    // (known by name, not by a state)
    assert_eq!(deny.actor.norms, ["Peter Hale"], "{deny:#?}");
}

#[test]
fn a_party_tag_after_a_lawmaker_is_their_side() {
    let text = "Rep. Michael Hale, R-Texas, attacked the chairman for spreading a false narrative. \
                Hale then went on to demand the chairman resign.";
    let cs = claims(text);
    assert!(cs.iter().filter(|c| c.actor.text.contains("Hale")).count() >= 2, "{cs:#?}");
    assert!(
        cs.iter().filter(|c| c.actor.text.contains("Hale")).all(|c| c.actor.is("Republican Party")),
        "{cs:#?}"
    );
    let c = find("Sen. Ann Cole (D-Calif.) rejected the plan.", Act::Reject, "Democratic Party");
    assert_eq!(c.actor.text, "Sen. Ann Cole");
}

#[test]
fn a_party_and_state_in_apposition_are_a_lawmakers_side() {
    let c = find(
        "Representative Ann Whitcombe, Democrat of Oregon, accused the agency of hiding the data.",
        Act::Accuse,
        "Democratic Party",
    );
    assert_eq!(c.actor.text, "Representative Ann Whitcombe");
    let c = find(
        "Senator Leo Varga, a Republican from Idaho, rejected the tariff plan.",
        Act::Reject,
        "Republican Party",
    );
    assert_eq!(c.actor.text, "Senator Leo Varga");
}

#[test]
fn two_people_of_one_surname_are_told_apart_by_given_name_and_title() {
    let text =
        "Representative Dana Whitlock rejected the budget that Senator Harold P. Whitlock had drafted. \
                Later Ms. Whitlock accused the court of bias.";
    let cs = claims(text);
    let reject = cs.iter().find(|c| c.act == Act::Reject).expect("the rejection");
    assert_eq!(reject.actor.norms, ["Dana Whitlock"], "{cs:#?}");
    let accuse = cs.iter().find(|c| c.actor.text == "Ms. Whitlock").expect("the accusation");
    assert_eq!(accuse.actor.norms, ["Dana Whitlock"], "{cs:#?}");
}

#[test]
fn it_or_they_opening_the_clause_reported_is_the_speaker() {
    let c = claims("Acme Aerospace said it submitted a proposal to the agency on Monday.")
        .into_iter()
        .find(|c| c.act == Act::Propose)
        .expect("a proposal");
    assert_eq!(c.actor.text, "Acme Aerospace");
    let c = claims("The striking nurses said they rejected the offer.")
        .into_iter()
        .find(|c| c.act == Act::Reject)
        .expect("a rejection");
    assert_eq!(c.actor.text, "The striking nurses");
    // a singular speaker is not "they", and a person is not "it"
    let cs = claims("The union said they rejected the offer.");
    assert!(!cs.iter().any(|c| c.actor.text == "The union"), "{cs:#?}");
}

#[test]
fn the_company_is_the_company_named_before() {
    let text = "Acme Mining Corp. said on Monday it would close the mine in Varno. \
                The company rejected the union's demands for higher wages.";
    let c = find(text, Act::Reject, "Acme Mining Corp.");
    assert_eq!(c.actor.text, "The company");
    // with no company named, it stays unknown
    let c = find("The company rejected the union's demands for higher wages.", Act::Reject, "");
    assert_eq!(c.actor.text, "The company");
}

#[test]
fn a_bare_quantifier_opening_a_clause_is_part_of_the_group_just_named() {
    let text = "Some Republican senators are calling for a veto. Some blame the media for the confusion.";
    let c = find(text, Act::Accuse, "Republican Party");
    assert_eq!(c.actor.text, "Some");
    // with no group named before, a bare "Many" is nobody in particular
    no_act("Many blame the media for the confusion.", Act::Accuse);
}

#[test]
fn a_pronoun_asked_of_is_not_one_of_those_who_ask() {
    let text = "Lena Ortiz and Tomas Weir met the mayor, and they demanded that he resign.";
    let c = first(text, Act::Demand);
    let addressee = c.addressee.expect("an addressee");
    assert!(addressee.antecedent.is_none() && addressee.norms.is_empty(), "{addressee:?}");
}

#[test]
fn the_ministry_is_the_one_last_named_with_a_side() {
    let text = "According to the Chilean defence ministry, the ships were on patrol. \
                The ministry denied that any ship had entered Peruvian waters.";
    find(text, Act::Deny, "Chile");
    let text = "Peru's government recalled its envoy. Chile's army rejected the claims. \
                The government demanded an apology.";
    find(text, Act::Demand, "Peru");
    // a possessive names another owner: "the city's police" is not the state's
    let text = "Chile's police arrested two men. In Lima, the city's police denied the reports.";
    let c = first(text, Act::Deny);
    assert!(c.actor.norms.is_empty(), "{:?}", c.actor.norms);
}

#[test]
fn an_it_that_speaks_is_the_side_just_named() {
    let text = "Chile recalled its envoy on Monday. It said Peru must withdraw its ships.";
    find(text, Act::Demand, "Chile");
    // a thing does not speak: no side for an "it" after a storm
    let text = "The storm hit the coast. It said the government must act.";
    assert!(claims(text).iter().all(|c| c.actor.norms.is_empty()));
}

#[test]
fn a_surname_that_is_also_a_word() {
    let c = first("John Grant rejected the plan.", Act::Reject);
    assert_eq!(c.actor.text, "John Grant");
    // once named, the surname alone is the person
    let c = first("John Grant said the plan was fine. Grant rejected the claims.", Act::Deny);
    assert_eq!(c.actor.norms, vec!["John Grant".to_string()]);
    // the word in lower case is still the verb
    no_act("John Grant spoke. The court will grant the request.", Act::Reject);
    // also a word the rules look for: "hunt" (a threat), "lay" (a light verb), "brand" (calling)
    let c = first("Foreign Secretary Jeremy Hunt urged the EU to drop the backstop.", Act::Demand);
    assert_eq!(c.actor.norms, vec!["Jeremy Hunt".to_string()]);
    let c = first("Jeremy Hunt spoke on Monday. Hunt rejected the offer.", Act::Reject);
    assert_eq!(c.actor.norms, vec!["Jeremy Hunt".to_string()]);
    let c = first("Kenneth Lay asked the board to approve the merger.", Act::Demand);
    assert_eq!(c.actor.text, "Kenneth Lay");
}

#[test]
fn office_words_before_a_given_name_are_not_the_name() {
    let c =
        first("Health Cabinet Secretary Susan Nakhumicha urged the strikers to return to work.", Act::Demand);
    assert_eq!(c.actor.norms, vec!["Susan Nakhumicha".to_string()]);
    // an unknown first given name stays: "Owen" is part of the name
    let c = first("Owen John Dempsey urged doctors to ask more questions.", Act::Demand);
    assert_eq!(c.actor.norms, vec!["Owen John Dempsey".to_string()]);
}

#[test]
fn a_described_office_holder_is_who_a_later_pronoun_speaks_for() {
    let text = "Ecuador's energy minister visited the flooded refinery on Friday. \
                He demanded that the contractor repair the dam within a month.";
    let c = first(text, Act::Demand);
    assert_eq!(c.actor.text, "He");
    assert_eq!(c.actor.norms, ["Ecuador"]);
    assert_eq!(c.actor.antecedent.as_deref(), Some("Ecuador's energy minister"));
    assert_eq!(c.actor.code.as_deref(), Some("ECUGOV"));
    // an aside between the subject and its verb, and a gendered office word
    let text = "The Portuguese foreign minister, speaking in Lisbon, said the vote would wait. \
                She rejected the amendment tabled by the liberals.";
    let c = first(text, Act::Reject);
    assert_eq!(c.actor.norms, ["Portugal"]);
    let text = "The Portuguese government spokesman, speaking in Lisbon, said the vote would wait. \
                She rejected the amendment tabled by the liberals.";
    let c = first(text, Act::Reject);
    assert!(c.actor.norms.is_empty(), "a spokesman is no antecedent of she: {:?}", c.actor);
}

#[test]
fn a_description_of_a_named_holder_is_that_person() {
    let text = "President Ana Ruiz of Peru met the miners on Monday. \
                Peru's president said the mine would close. She demanded compensation from the owners.";
    let c = first(text, Act::Demand);
    assert_eq!(c.actor.norms, ["Peru"]);
    assert!(c.actor.antecedent.as_deref().is_some_and(|a| a.contains("Ruiz")), "{:?}", c.actor);
}

#[test]
fn an_office_holder_who_is_no_subject_is_not_remembered() {
    // "Peru's president" is what the sentence is about, not who acts: "he" is the envoy.
    let text = "Envoy Marco Bellini praised Peru's president. He rejected the mining levy.";
    let c = first(text, Act::Reject);
    assert_eq!(c.actor.antecedent.as_deref(), Some("Marco Bellini"));
}

#[test]
fn a_particle_inside_a_name_keeps_the_whole_name() {
    let c = first("Mark de Vries rejected the harbour plan.", Act::Reject);
    assert_eq!(c.actor.text, "Mark de Vries");
    let c = first("“It is irresponsible,” Pieter van den Berg said.", Act::Accuse);
    assert_eq!(c.actor.text, "Pieter van den Berg");
}

#[test]
fn an_it_that_makes_a_claim_is_the_side_named_before() {
    let text = "Norway rejected the quota proposal. It accused Iceland of overfishing the herring stock.";
    let c = first(text, Act::Accuse);
    assert_eq!(c.actor.text, "It");
    assert_eq!(c.actor.norms, ["Norway"]);
    assert_eq!(c.addressee.map(|a| a.norms), Some(vec!["Iceland".to_string()]));
    // an "it" with no side before it is no actor
    no_act("The weather turned. It accused nobody of anything.", Act::Accuse);
}

#[test]
fn a_gerund_opening_a_heading_is_no_given_name() {
    let text =
        "Anna Berg said the audit was flawed.\n\nQuestioning Berg's judgment\n\nBerg denied the report.";
    let c = first(text, Act::Deny);
    assert_eq!(norm(&c.actor), "Anna Berg");
    // a name that is the subject of a verb stays whole
    let c = first("Sterling Brown said the audit was flawed.", Act::Accuse);
    assert_eq!(norm(&c.actor), "Sterling Brown");
}

#[test]
fn east_asian_given_names_keep_their_hyphenated_syllable() {
    let c =
        first("Cheuk Hau-yip, the commander of the district, said the rioters are criminals.", Act::Accuse);
    assert_eq!(norm(&c.actor), "Cheuk Hau-yip");
    let c = first("President Moon Jae-in rejected the proposal.", Act::Reject);
    assert_eq!(norm(&c.actor), "Moon Jae-in");
    // an English compound is no name
    let c = first("The Saudi-led coalition rejected the proposal.", Act::Reject);
    assert_eq!(c.actor.code.as_deref(), Some("SAU"));
}

#[test]
fn words_before_an_institutions_noun_are_no_person() {
    let c =
        first("The Iraqi High Electoral Commission on Friday denied a request by the party.", Act::Reject);
    assert!(c.actor.norms.iter().all(|n| n != "High Electoral"), "{:?}", c.actor.norms);
}

#[test]
fn a_pronoun_opening_a_clause_reported_after_a_phrase_of_manner_is_the_speaker() {
    first("The company said in a statement that it denies the allegations.", Act::Deny);
    let c = first("The minister said in a statement that he denies the allegations.", Act::Deny);
    assert_eq!(c.actor.text, "The minister");
    let c = first("The spokesman said on Monday that he rejects the claims.", Act::Deny);
    assert_eq!(c.actor.text, "The spokesman");
}

#[test]
fn the_group_is_the_organisation_that_opened_the_sentence_before() {
    let c = find("Hamas rejected the plan. The group said it would fight on.", Act::Warn, "Hamas");
    assert_eq!(c.actor.text, "The group");
    // a group of people is no organisation
    let c = first("A group of protesters gathered outside. The group demanded reforms.", Act::Demand);
    assert!(c.actor.norms.is_empty(), "{:?}", c.actor.norms);
    // an organisation the lexicons do not know, named as a subject, is one too
    let text = "Amnesty International released a report on Monday. The group accused the army of torture.";
    find(text, Act::Accuse, "Amnesty International");
    let text = "Andean Rights Watch said police beat protesters. The group called for an inquiry.";
    find(text, Act::Demand, "Andean Rights Watch");
}

#[test]
fn the_two_states_are_the_pair_just_named() {
    let text = "Peru and Chile filed a complaint at the tribunal on Monday. \
                The two countries accused Bolivia of diverting the river.";
    let cs = claims(text);
    let accuse = cs.iter().find(|c| c.act == Act::Accuse && c.actor.text == "The two countries");
    let accuse = accuse.unwrap_or_else(|| panic!("no accusation by the two countries: {cs:#?}"));
    assert_eq!(accuse.actor.norms, ["Peru", "Chile"]);
    // With no pair named before, "the two countries" is nobody in particular.
    let text = "The two countries accused Bolivia of diverting the river.";
    assert!(claims(text).iter().all(|c| c.actor.norms.is_empty()), "{:#?}", claims(text));
}

#[test]
fn the_lawsuit_speaks_for_who_filed_it() {
    let text = "Peru and Chile filed a lawsuit against Bolivia at the tribunal on Monday. \
                Bolivia's president called the move a provocation. Talks had stalled in May. \
                The lawsuit says Bolivia diverted the river without consent.";
    let cs = claims(text);
    let by_lawsuit = cs.iter().find(|c| c.act == Act::Accuse && c.actor.text == "The lawsuit");
    let by_lawsuit = by_lawsuit.unwrap_or_else(|| panic!("no accusation by the lawsuit: {cs:#?}"));
    assert_eq!(by_lawsuit.actor.norms, ["Peru", "Chile"]);
    // whichever rule reads it, and with a modifier: "the federal suit says … violated …"
    let text = "Peru and Chile filed a lawsuit against Bolivia at the tribunal on Monday. \
                The federal suit says Bolivia violated the water treaty.";
    let cs = claims(text);
    let by_suit = cs.iter().find(|c| c.act == Act::Accuse && c.actor.text == "The federal suit");
    let by_suit = by_suit.unwrap_or_else(|| panic!("no accusation by the suit: {cs:#?}"));
    assert_eq!(by_suit.actor.norms, ["Peru", "Chile"]);
    // Speaking of a lawsuit does not make one its author.
    let text = "Governor Ana Ruiz of Peru said the lawsuit was without merit. \
                The lawsuit says the state diverted the river without consent.";
    let cs = claims(text);
    let by_lawsuit = cs.iter().find(|c| c.act == Act::Accuse && c.actor.text == "The lawsuit");
    let by_lawsuit = by_lawsuit.unwrap_or_else(|| panic!("no accusation by the lawsuit: {cs:#?}"));
    assert!(by_lawsuit.actor.norms.is_empty(), "{:?}", by_lawsuit.actor);
}

#[test]
fn they_after_a_plural_subject_with_an_aside_is_that_subject_not_another_kind_of_group() {
    let text = "The police in Kenya invited the senators for questioning. \
                The lawmakers, however, refused the invitation. \
                Instead, they asked the court to halt the probe.";
    let cs = claims(text);
    let demand = cs.iter().find(|c| c.act == Act::Demand).unwrap_or_else(|| panic!("no demand: {cs:#?}"));
    assert_eq!(demand.actor.antecedent.as_deref(), Some("The lawmakers"));
    // the police are Kenya's; the lawmakers are not thereby Kenya's police
    assert!(cs.iter().all(|c| c.actor.norms.is_empty() || c.actor.text.contains("police")), "{cs:#?}");
}

#[test]
fn the_congressman_is_the_representative_named_before() {
    let text = "Rep. Ana Ruiz spoke to reporters on Monday. The congresswoman rejected the spending plan.";
    let cs = claims(text);
    let reject = cs.iter().find(|c| c.act == Act::Reject).unwrap_or_else(|| panic!("no rejection: {cs:#?}"));
    assert_eq!(reject.actor.norms, ["Ana Ruiz"]);
    // with a party or a side before the office: still the holder, if the side is theirs or
    // they have none
    let text = "Critics urged Ohio Rep. Ana Ruiz to quit, as the Republican congresswoman vowed to stay.";
    find(text, Act::Reject, "Ana Ruiz");
    let text = "Chilean President Ana Ruiz met Peru's leaders. The Peruvian president rejected the plan.";
    find(text, Act::Reject, "Peru");
}

#[test]
fn an_office_after_a_possessive_pronoun_is_the_pronoun_s_side() {
    // "its" the organisation that was the subject before, "their" the one side just named as several
    find("Hamas met on Monday. Its spokesman rejected the ceasefire.", Act::Reject, "Hamas");
    find(
        "Russian troops massed on the border. Their commander demanded a withdrawal.",
        Act::Demand,
        "Russia",
    );
    // with no side to go back to, still an actor (as "the leader" is)
    let c = first("The opposition hit back, with its leader accusing the government of lying.", Act::Accuse);
    assert_eq!(c.actor.text, "its leader");
    // a plural holder is a source, not an actor
    no_act("The rebels met. Their officials said the ceasefire must end.", Act::Demand);
}

#[test]
fn it_after_a_company_with_an_abbreviated_ending_is_the_company() {
    // (the name was read as a person whose surname is "Inc.", whom "it" cannot stand for)
    for text in [
        "Varnholm Inc. said it would reject the offer.",
        "Varnholm Corp. said it would not accept the offer.",
    ] {
        let c = first(text, Act::Reject);
        assert_eq!(norm(&c.actor), text.split(" said").next().unwrap(), "{c:?}");
    }
}

#[test]
fn it_in_the_next_sentence_is_a_one_word_name_that_spoke() {
    let c = first(
        "Varnholm said it had closed 500 accounts. However, it refused to close the others.",
        Act::Reject,
    );
    assert_eq!(c.actor.name(), "Varnholm");
    // a person named in full is no "it"
    let text = "Ana Ruiz said the plan was flawed. It rejected the plan.";
    assert!(claims(text).iter().all(|c| c.actor.name() != "Ana Ruiz" || c.rule != "verb-active"));
}

#[test]
fn an_organisation_named_again_by_the_last_word_of_its_name() {
    let text = "The International Monetary Fund urged Egypt to cut subsidies. The fund rejected the request.";
    let c = first(text, Act::Reject);
    assert_eq!(norm(&c.actor), "International Monetary Fund");
    let text = "The European Commission proposed new rules. The commission also rejected the plan.";
    let c = first(text, Act::Reject);
    assert_eq!(norm(&c.actor), "European Union");
    // with no such organisation named, "the fund" is no actor
    none("The fund rejected the request.");
}

#[test]
fn a_claim_named_again_takes_the_content_it_had() {
    let text =
        "Peru demanded that Chile withdraw its troops from the border. On Friday Peru repeated its demand.";
    let cs = claims(text);
    let demands: Vec<_> = cs.iter().filter(|c| c.act == Act::Demand).collect();
    assert_eq!(demands.len(), 2, "{cs:?}");
    assert_eq!(demands[1].content, demands[0].content);
    assert!(demands[1].content.as_ref().is_some_and(|p| p.text.starts_with("Chile withdraw")), "{cs:?}");
    // another side's demand is not theirs
    let text = "Peru demanded that Chile withdraw its troops. Bolivia repeated its demand.";
    let cs = claims(text);
    let bolivia = cs.iter().find(|c| c.act == Act::Demand && norm(&c.actor) == "Bolivia");
    assert!(bolivia.is_none_or(|c| c.content.as_ref().is_some_and(|p| p.text == "its demand")), "{cs:?}");
}

#[test]
fn a_name_after_a_preposition_is_no_person_in_apposition() {
    // (the BBC became a person holding the office of minister, and the minister its side)
    let c = first("Speaking to the BBC, the minister warned that sanctions would follow.", Act::Warn);
    assert!(c.actor.norms.is_empty(), "{c:?}");
    let c = first("In an interview with CNN, the senator called for new elections.", Act::Demand);
    assert!(c.actor.norms.is_empty(), "{c:?}");
    // a name in apposition still is
    let c = first("Ana Lopes, the foreign minister, rejected the plan.", Act::Reject);
    assert_eq!(norm(&c.actor), "Ana Lopes");
}

#[test]
fn a_spokesman_named_for_nobody_speaks_for_the_subject_before() {
    let text = "The Kremlin, for its part, accused Ukraine of sabotaging diplomacy. \
                Spokesman Dmitry Peskov warned that the supplies would only prolong the conflict.";
    let c = first(text, Act::Warn);
    assert_eq!(c.actor.norms, vec!["Russia".to_string()]);
    // a seat of government opening a sentence is what a later "it" stands for
    let c = first("The White House rejected the offer. It warned of consequences.", Act::Warn);
    assert_eq!(c.actor.norms, vec!["United States".to_string()]);
}

#[test]
fn a_definite_group_of_another_kind_is_not_the_party_just_named() {
    let rebels = claims("Democrats rejected the bill. The rebels rejected the offer.")
        .into_iter()
        .find(|c| c.actor.text == "The rebels")
        .expect("the rebels' claim");
    assert!(rebels.actor.norms.is_empty(), "{:?}", rebels.actor.norms);
    // the party's own lawmakers still are
    let lawmakers = claims("Republicans rejected the bill. The senators rejected the offer.")
        .into_iter()
        .find(|c| c.actor.text == "The senators")
        .expect("the senators' claim");
    assert_eq!(lawmakers.actor.norms, vec!["Republican Party"]);
}

#[test]
fn it_after_a_persons_office_or_campaign_is_that_body() {
    let c = first("President Maria Lopez's office said it would not attend the summit.", Act::Reject);
    assert_eq!(c.actor.text, "President Maria Lopez's office");
    let c = first("Smith's campaign said it would not accept the results.", Act::Reject);
    assert_eq!(c.actor.text, "Smith's campaign");
    let c = first("The Smith campaign accused the governor of lying.", Act::Accuse);
    assert_eq!(c.actor.text, "The Smith campaign");
}

#[test]
fn a_verb_after_a_clause_of_thinking_goes_on_with_the_main_subject() {
    let c = first(
        "Ms. Rivera told the board that she believed the Smith campaign had broken the rules and pressed them for an inquiry.",
        Act::Demand,
    );
    assert_eq!(c.actor.text, "Ms. Rivera");
}

#[test]
fn it_after_a_sentence_opened_by_an_unnamed_group_is_that_group() {
    let text = "Acme Corp said on Tuesday it would cut 2,000 jobs. The union said it would hold a strike \
                ballot. It accused management of bad faith.";
    let cs = claims(text);
    let c = cs.iter().find(|c| c.act == Act::Accuse).expect("an accusation");
    assert!(c.actor.norms.is_empty(), "{:?}", c.actor.norms);
    assert_eq!(c.actor.name(), "The union");
    // after the company speaking, "It" is still the company
    let text = "Acme Corp said on Tuesday it would cut 2,000 jobs. The company said it would appeal. \
                It accused regulators of bias.";
    let c = find(text, Act::Accuse, "Acme Corp");
    assert_eq!(c.actor.text, "It");
}

#[test]
fn it_with_auxiliaries_before_its_verb_is_the_group_just_speaking() {
    for verb in ["had previously rejected", "has rejected", "will reject"] {
        let text = format!("The union said the offer was an insult. It {verb} the demand for longer shifts.");
        let c = claims(&text).into_iter().find(|c| c.act == Act::Reject).expect("a rejection");
        assert_eq!(c.actor.name(), "The union", "{text}");
    }
}

#[test]
fn they_after_a_group_named_with_its_place_is_that_group() {
    let text = "Republicans in the state senate walked out of the chamber. They accused the governor of \
                forcing the budget through without debate.";
    let c = find(text, Act::Accuse, "Republican Party");
    assert_eq!(c.actor.text, "They");
    let text = "Nurses at three city hospitals stopped work on Monday. They accused the board of \
                ignoring staff shortages.";
    let c = first(text, Act::Accuse);
    assert_eq!(c.actor.text, "They");
}

#[test]
fn a_person_described_as_an_unknown_firms_officer_speaks_for_it() {
    let c = first("Dana Whitfield, Corvex's chief executive, rejected the union's demand.", Act::Reject);
    assert_eq!(c.actor.text, "Dana Whitfield");
    assert_eq!(c.actor.norms, ["Corvex"]);
    // and the office names her again later
    let text = "Dana Whitfield, Corvex's chief executive, spoke on Monday. The chief executive warned \
                that the strike was hurting the company.";
    let c = first(text, Act::Warn);
    assert_eq!(c.actor.norms, ["Corvex"]);
}

#[test]
fn a_bare_refusal_answers_the_request_just_before() {
    let text = "The premier asked Ms. Osei to withdraw the bill. Ms. Osei refused.";
    let c = first(text, Act::Reject);
    assert_eq!(c.content.as_ref().map(|p| &*p.text), Some("withdraw the bill"));
    // the content's span is where it was written, in the sentence before, which the evidence
    // now includes
    assert_eq!(&text[c.content.as_ref().unwrap().span.clone()], "withdraw the bill");
    assert_eq!(c.evidence.text, text);
    let c = first("The union asked the company to raise wages. The company agreed.", Act::Accept);
    assert_eq!(c.content.as_ref().map(|p| &*p.text), Some("raise wages"));
    // a request put to someone else is no answer's content
    let c = first("The premier asked Ms. Osei to withdraw the bill. Mr. Lamb refused.", Act::Reject);
    assert!(c.content.is_none(), "{c:?}");
}

#[test]
fn member_states_named_without_their_organisation_are_its_members() {
    let text = "NATO defence ministers met in Brussels on Thursday. Several member states rejected the plan.";
    find(text, Act::Reject, "NATO");
    // an organisation named with them stays theirs
    let text = "NATO defence ministers met in Brussels on Thursday. EU member states rejected the plan.";
    find(text, Act::Reject, "European Union");
}

#[test]
fn an_it_after_a_sentence_opened_by_an_unnamed_body() {
    let text =
        "The health ministry issued new guidelines on Monday. It urged hospitals to report every case.";
    let c = first(text, Act::Demand);
    assert_eq!(c.actor.text, "It");
    assert_eq!(c.actor.antecedent.as_deref(), Some("The health ministry"));
    // a sentence opened by a thing leaves "it" unresolved
    let text = "The new phone sold well. It rejected the claims.";
    assert!(claims(text).iter().all(|c| c.actor.antecedent.is_none()));
}

#[test]
fn a_speaking_it_carries_over_to_its_coordinated_claim() {
    let text = "The rebel group denied any role. It said a rival faction was behind the attack and called for an inquiry.";
    let c = first(text, Act::Demand);
    assert_eq!((c.actor.text.as_ref(), c.actor.antecedent.as_deref()), ("It", Some("The rebel group")));
    assert_eq!(c.content.as_ref().map(|p| &*p.text), Some("an inquiry"));
    // an "It" that does not speak is no one
    no_act("It is seen as a blow to the city, which lost out on the offering to Paris.", Act::Propose);
}

#[test]
fn a_lone_name_after_a_title_is_a_surname_of_either_gender() {
    // "Dale" is also a man's given name; after a title alone it is a surname
    let c = first("Senator Dale met the governor. She accused him of lying.", Act::Accuse);
    assert_eq!(norm(&c.actor), "Dale");
}

#[test]
fn it_after_a_possessive_office_is_that_office() {
    let text = "The mayor's office issued a statement late Tuesday. It rejected the union's demands.";
    let c = first(text, Act::Reject);
    assert_eq!(c.actor.name(), "The mayor's office");
}

#[test]
fn an_object_it_before_an_infinitive_is_the_one_asked() {
    let c = expect_exact("Senator Ruiz urged it to refund the fees.", Act::Demand, "Ruiz", "refund the fees");
    assert_eq!(c.addressee.map(|a| a.text).as_deref(), Some("it"));
}

#[test]
fn an_institution_named_for_a_cause_is_no_person() {
    // "Human Rights" after "Council for" goes on naming the council; "he" finds nobody
    let text = "The National Council for Human Rights condemned the raids. “We will fight it,” he said.";
    let cs = claims(text);
    assert!(cs.iter().all(|c| !c.actor.norms.iter().any(|n| n.contains("Human Rights"))), "{cs:?}");
}

#[test]
fn part_of_a_group_and_a_count_of_it_are_the_group() {
    let text = "The protesters marched to the ministry. Some of them called for the police chief to resign.";
    let c = first(text, Act::Demand);
    assert_eq!(c.actor.text, "Some of them");
    // a count of a group opening a sentence is who "they" are next
    let text = "Hundreds of farmers blocked the motorway. They demanded lower fuel taxes.";
    let c = first(text, Act::Demand);
    assert_eq!(c.actor.text, "They");
}

#[test]
fn a_group_past_a_participle_aside_speaks() {
    let c = first("The alliance, formed last year, called for the release of the detainees.", Act::Demand);
    assert_eq!(c.actor.text, "The alliance");
}

#[test]
fn it_after_a_letter_is_whoever_sent_it() {
    let c = first(
        "Chile, Peru and Bolivia sent a letter to the tribunal on Monday. It demanded that the ruling be annulled.",
        Act::Demand,
    );
    assert_eq!(norm(&c.actor), "Chile; Peru; Bolivia");
}

#[test]
fn it_after_a_state_s_institution_as_subject_is_the_state() {
    for opening in
        ["Peru's foreign ministry condemned the raid.", "The Peruvian foreign ministry condemned the raid."]
    {
        let text = format!("{opening} It called for an emergency meeting of the council.");
        let c = first(&text, Act::Demand);
        assert_eq!(norm(&c.actor), "Peru", "{opening}");
    }
    // a state's institution in a clause of its own is not the subject
    let text = "The rebels warned of reprisals if Peru's army advanced. It called for an emergency meeting.";
    assert!(claims(text).iter().all(|c| c.act != Act::Demand || norm(&c.actor) != "Peru"));
}

#[test]
fn a_surname_that_is_a_month_or_a_modal_names_its_person() {
    let text =
        "Theresa May met her cabinet on Monday. At the weekend, May firmly ruled out a second referendum. \
                May rejected the plan. In May, the talks failed. The plan may fail.";
    let cs = claims(text);
    let may: Vec<_> = cs.iter().filter(|c| c.actor.is("Theresa May")).collect();
    assert_eq!(may.len(), 2, "{cs:#?}");
    assert!(may.iter().any(|c| c.content.as_ref().is_some_and(|p| p.text == "a second referendum")));
}

#[test]
fn a_full_name_whose_surname_is_another_s_given_name_is_someone_else() {
    let text = "Karim Saleh rejected the plan on Monday. Omar Karim said the arrest was unacceptable. \
                Saleh rejected the deal.";
    let cs = claims(text);
    let omar = cs.iter().find(|c| c.actor.text == "Omar Karim").expect("Omar Karim's claim");
    assert!(omar.actor.is("Omar Karim"), "{:?}", omar.actor.norms);
    let deal =
        cs.iter().find(|c| c.content.as_ref().is_some_and(|p| p.text == "the deal")).expect("the deal");
    assert!(deal.actor.is("Karim Saleh"), "{:?}", deal.actor.norms);
}

#[test]
fn a_described_speaker_of_a_party_and_a_state_is_one_person_for_her_pronoun() {
    // A party and a state in one description name one governor, not a list of two sides.
    let text = "The Republican governor of Nevada said on Monday that she will refuse to close the mines.";
    let cs = claims(text);
    let c = cs.iter().find(|c| c.act == Act::Reject).expect("a refusal");
    assert_eq!(c.actor.text, "she");
    assert!(c.actor.norms.iter().any(|n| n == "Nevada"), "{:?}", c.actor);
    // Two sides listed are still several: "they", not "she", speaks for them.
    let listed = "Nevada and Utah said that she will refuse to close the mines.";
    assert!(claims(listed).iter().all(|c| !c.actor.norms.iter().any(|n| n == "Utah")));
}

#[test]
fn a_states_coast_guard_is_its_institution_and_a_later_it() {
    let text = "Vietnam's coast guard said the ships came close. In a later statement, it accused Manila of making false claims.";
    let cs = claims(text);
    let c = cs.iter().find(|c| c.act == Act::Accuse).expect("an accusation");
    assert_eq!(c.actor.norms, ["Vietnam"]);
}

#[test]
fn it_asked_to_act_is_the_side_named_before_it() {
    expect_exact(
        "In a rebuke to Pakistan, the IMF has asked it to cut its energy subsidies.",
        Act::Demand,
        "International Monetary Fund",
        "cut its energy subsidies",
    );
    // what follows if not is no part of what is asked
    expect_exact(
        "The party asked the government to form the commission by Friday otherwise it would resume its protests.",
        Act::Demand,
        "",
        "form the commission by Friday",
    );
}

#[test]
fn a_pronoun_never_refers_to_a_name_later_in_its_own_sentence() {
    let text = "Rivera said that she had explained to colleagues “why I concluded that congressman \
                Dalton should resign.”";
    let c = first(text, Act::Demand);
    assert_eq!(c.actor.text, "she");
    assert!(c.actor.antecedent.as_deref() != Some("Dalton"), "{:?}", c.actor);
}

#[test]
fn a_lone_surname_the_article_named_before_opens_a_sentence_as_its_subject() {
    // a capitalised word in -s at a sentence's start may be a plural noun, unless the article has
    // named someone by it
    let text = "Senator Dana Peters spoke on Sunday. Peters called for the minister's resignation.";
    let c = first(text, Act::Demand);
    assert_eq!(c.actor.text, "Peters");
}

#[test]
fn a_lone_name_speaking_is_who_a_later_pronoun_in_its_sentence_means() {
    // a surname alone, unknown to the lexicons, reporting, with "she" after it
    let text = "Okafor, speaking to reporters, said that she had told colleagues that Dalton should resign.";
    let c = first(text, Act::Demand);
    assert_eq!(c.actor.antecedent.as_deref(), Some("Okafor"), "{c:#?}");
}

#[test]
fn a_hyphened_pair_of_names_before_a_noun_is_no_one() {
    let cs = claims("The district was hit by deadly Sunni-Shia clashes last year. He has always rejected the accusations.");
    assert!(cs.iter().all(|c| c.actor.text != "Sunni-Shia"), "{cs:#?}");
}

#[test]
fn a_subheading_on_its_own_line_is_no_one_he_can_be() {
    let text = "Eric Milner, a union lawyer, said the vote was fair.\n\n\
                \u{201c}Mandatory Meetings\u{201d}\n\n\
                He accused the company of spending millions on intimidation campaigns.";
    let all = claims(text);
    let c = all.iter().find(|c| c.act == Act::Accuse).expect("an accusation");
    assert_eq!(norm(&c.actor), "Eric Milner", "{all:?}");
}

#[test]
fn the_union_is_the_union_named_before() {
    let text = "The Screen Painters Guild of Canada struck on Monday. The union rejected the studios' offer.";
    let c = first(text, Act::Reject);
    assert_eq!(norm(&c.actor), "Screen Painters Guild of Canada");
    let text =
        "Members of the Harbourside Unite union walked off the job. The union demanded a 9 percent raise.";
    assert_eq!(norm(&first(text, Act::Demand).actor), "Harbourside Unite");
    // none named: nobody in particular
    let text = "Nurses walked out at dawn. The union demanded more staff.";
    assert_eq!(norm(&first(text, Act::Demand).actor), "");
}
