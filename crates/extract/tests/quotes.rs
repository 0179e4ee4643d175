//! Direct quotes with the speaker before, after or in the next sentence; "according to X".
mod common;
use common::*;
use newsclaim_extract::{Act, AttributionKind};

#[test]
fn speaker_after_the_quote() {
    let c = expect(
        "“Several of the Serbian conditions are unacceptable or unworkable,” a European official said.",
        Act::Reject,
        "European Union",
        None,
        "Serbian conditions",
    );
    assert_eq!(c.attribution.kind, AttributionKind::DirectQuote);
    assert_eq!(c.actor.text, "a European official");
    let c = expect(
        "“Kosovo must dismantle the new police stations,” said Serbian President Aleksandar Vucic.",
        Act::Demand,
        "Serbia",
        Some("Kosovo"),
        "dismantle the new police stations",
    );
    assert_eq!(c.attribution.verb.as_deref(), Some("said"));
}

#[test]
fn speaker_before_the_quote() {
    let c = expect(
        "Chinese Foreign Ministry spokesman Wang Wenbin said: “The United States must stop arming Taiwan.”",
        Act::Demand,
        "China",
        Some("United States"),
        "must stop arming Taiwan",
    );
    assert_eq!(c.attribution.kind, AttributionKind::DirectQuote);
}

#[test]
fn speaker_in_the_next_sentence() {
    let text = "“We reject these baseless accusations.” Kremlin spokesman Dmitry Peskov told reporters.";
    let c = expect(text, Act::Deny, "Russia", None, "these baseless accusations");
    assert_eq!(c.attribution.kind, AttributionKind::DirectQuote);
}

#[test]
fn first_person_is_the_speaker() {
    expect(
        "“We demand the immediate release of our citizens,” the Indian ambassador said.",
        Act::Demand,
        "India",
        None,
        "the immediate release of our citizens",
    );
}

#[test]
fn according_to() {
    let c = expect("Russian President Vladimir Putin spoke on Tuesday. According to Putin, NATO should halt its expansion to the east.", Act::Demand, "Russia", Some("NATO"), "NATO should halt its expansion");
    assert_eq!(c.attribution.kind, AttributionKind::Reported);
    expect(
        "NATO should halt its expansion, according to the Kremlin.",
        Act::Demand,
        "Russia",
        Some("NATO"),
        "halt its expansion",
    );
}

#[test]
fn people_linked_across_the_article() {
    let text = "Kremlin spokesman Dmitry Peskov spoke on Monday.\n\
                Peskov rejected the proposal.\n\
                He also warned that Moscow would respond.";
    let cs = claims(text);
    assert!(
        cs.iter()
            .any(|c| c.act == Act::Reject && c.actor.text == "Peskov" && c.actor.is("Russia") && c.line == 2),
        "{cs:?}"
    );
    assert!(
        cs.iter().any(|c| c.act == Act::Warn && c.actor.text == "He" && c.actor.is("Russia") && c.line == 3),
        "{cs:?}"
    );
}

#[test]
fn office_linked_to_its_holder() {
    let text = "NATO ministers met in Brussels. In Brussels, Secretary General Jens Stoltenberg named three areas of progress. \
                The Secretary General called on Russia to withdraw its troops from Moldova. Stoltenberg offered talks on arms control.";
    expect(text, Act::Demand, "NATO", Some("Russia"), "withdraw its troops from Moldova");
    expect(text, Act::Propose, "NATO", None, "talks on arms control");
}

#[test]
fn they_refers_to_the_last_group_that_spoke() {
    let text = "The three European powers, known as the E3, said on Friday that the stockpile had no civilian justification. \
                They urged Tehran to cooperate fully with the inspectors.";
    let c = expect(text, Act::Demand, "European Union", Some("Iran"), "cooperate fully with the inspectors");
    assert_eq!(c.actor.text, "They");
}

#[test]
fn a_spokesman_without_a_side_speaks_for_the_main_state() {
    let text = "Iran rejects European call to halt enrichment\n\
                Iran on Monday rejected the call by Britain, France and Germany, saying Iran's programme was peaceful.\n\
                Foreign ministry spokesman Nasser Kanaani accused the Europeans of double standards.";
    expect(text, Act::Accuse, "Iran", None, "double standards");
    // With no clearly main state the side stays unknown.
    let c =
        find("Spokesman John Smith rejected the claims made by Chile and Peru.", Act::Reject, "John Smith");
    assert_eq!(c.actor.text, "Spokesman John Smith");
}

#[test]
fn sides_named_before_modifiers_and_offices() {
    let text = "White House national security spokesman John Kirby spoke on Monday. Kirby said Israel should do more to protect civilians.";
    expect(text, Act::Demand, "United States", Some("Israel"), "Israel should do more to protect civilians");
    let text = "“We will not allow any aggression,” said Mohammed Al-Hakim, a senior Houthi official. Al-Hakim rejected the proposal.";
    expect(text, Act::Reject, "Houthis", None, "the proposal");
}

#[test]
fn a_quotation_over_two_sentences() {
    let text =
        "“We reject this plan. It changes nothing,” Chinese Foreign Ministry spokesman Wang Wenbin said.";
    expect(text, Act::Reject, "China", None, "this plan");
}

#[test]
fn a_quotation_that_goes_on_after_its_speaker() {
    let text =
        "Ukrainian President Volodymyr Zelenskiy said: “We will not give up. Russia must leave our land.”";
    let c = expect(text, Act::Demand, "Ukraine", Some("Russia"), "Russia must leave our land");
    assert_eq!(c.attribution.kind, AttributionKind::DirectQuote);
}

#[test]
fn lone_surnames_are_actors_with_unknown_sides() {
    let c = find("On Tuesday, Erdogan accused Israel of war crimes.", Act::Accuse, "");
    assert_eq!(c.actor.text, "Erdogan");
    let c = find("Blinken urged Israel to protect civilians.", Act::Demand, "");
    assert_eq!(c.actor.text, "Blinken");
    none("Analysts rejected the forecast.");
    none("You asked for it.");
}

#[test]
fn officials_posted_abroad_speak_for_their_own_side() {
    let text = "Russia's ambassador to the UN, Vassily Nebenzia, said Moscow would veto any resolution that blamed Russia.";
    let c = expect(text, Act::Reject, "Russia", None, "any resolution that blamed Russia");
    assert_eq!(c.attribution.kind, AttributionKind::Reported);
    let c = expect(
        "The US ambassador in Moscow rejected the accusations.",
        Act::Deny,
        "United States",
        None,
        "the accusations",
    );
    assert_eq!(c.actor.text, "The US ambassador in Moscow");
}

#[test]
fn he_without_an_antecedent_still_acts() {
    let c = find("He said Israel must allow more aid into Gaza.", Act::Demand, "");
    assert_eq!(c.actor.text, "He");
    assert_eq!(c.addressee.unwrap().norms, ["Israel"]);
}

#[test]
fn people_introduced_after_their_office() {
    let text = "The Russian president, Vladimir Putin, spoke on Monday. Putin rejected the proposal.";
    expect(text, Act::Reject, "Russia", None, "the proposal");
}

#[test]
fn quoted_contents_end_with_the_quotation() {
    expect_exact(
        "“We categorically reject this,” Peskov, the Kremlin spokesman, told reporters.",
        Act::Reject,
        "Russia",
        "this",
    );
}

#[test]
fn participle_clauses_after_the_speaker() {
    let text = "“Ukraine will never give up its territory,” Ukrainian President Volodymyr Zelensky said, rejecting calls for a land-for-peace deal.";
    expect(text, Act::Reject, "Ukraine", None, "calls for a land-for-peace deal");
    expect(
        "The FAO urged donors to release emergency funding, warning that famine could spread across Sudan.",
        Act::Warn,
        "",
        None,
        "famine could spread",
    );
}

#[test]
fn calling_accusations_baseless_denies_them() {
    expect(
        "“The accusations are baseless and politically motivated,” the Rwandan government spokeswoman said.",
        Act::Deny,
        "Rwanda",
        None,
        "The accusations",
    );
}

#[test]
fn a_shorter_office_names_its_holder() {
    let text = "The Brazilian foreign minister Mauro Vieira was asked about the election. “We cannot recognise results that have not been verified,” the minister said.";
    expect(text, Act::Reject, "Brazil", None, "results that have not been verified");
}

#[test]
fn they_in_a_quote_is_not_the_speaker() {
    let text = "The chief of the Colombian armed forces said of the rebel group: \"They must release every hostage.\"";
    expect(text, Act::Demand, "Colombia", None, "They must release every hostage");
}

#[test]
fn quotations_after_a_colon_sentence_and_before_a_reported_one() {
    let text =
        "Chinese Foreign Ministry spokesman Wang Wenbin said: \n“The United States must stop arming Taiwan.”";
    let regions = [0..text.find('\n').unwrap(), text.find('“').unwrap()..text.len()];
    let cs = newsclaim_extract::Extractor::default().extract(text, &regions);
    assert!(
        cs.iter().any(|c| c.act == Act::Demand
            && c.actor.is("China")
            && c.addressee.as_ref().is_some_and(|a| a.is("United States"))),
        "{cs:?}"
    );
    let text = "Taiwanese President Lai Ching-te spoke after the drills. “We reject any pressure from Beijing.” Lai added that Taiwan would keep strengthening its defences.";
    expect(text, Act::Reject, "Taiwan", None, "any pressure from Beijing");
}

#[test]
fn a_bare_quotation_after_its_speaker_is_introduced() {
    let text = "Ukrainian President Volodymyr Zelensky spoke to reporters in Kyiv. “We reject any deal that rewards the aggressor.”";
    expect(text, Act::Reject, "Ukraine", None, "any deal that rewards the aggressor");
}

#[test]
fn speakers_before_a_colon_without_a_reporting_verb() {
    let text = "Asked about the ceasefire, Turkish President Tayyip Erdogan was blunt: \n“Israel must stop the killing now.”";
    let regions = [0..text.find('\n').unwrap(), text.find('“').unwrap()..text.len()];
    let cs = newsclaim_extract::Extractor::default().extract(text, &regions);
    assert!(cs.iter().any(|c| c.act == Act::Demand && c.actor.is("Turkey")), "{cs:?}");
    expect(
        "‘We reject these accusations,’ the Indian foreign ministry spokesman said.",
        Act::Deny,
        "India",
        None,
        "these accusations",
    );
}

#[test]
fn quotation_over_two_sentences_with_the_speaker_after_it() {
    let text = "“The border post is ours. Every Marovian guard at it must go home,” Interior Minister \
                Teodor Hask told journalists in Lusk.";
    let cs = claims(text);
    let c = cs.iter().find(|c| c.act == Act::Demand).unwrap_or_else(|| panic!("{cs:?}"));
    assert_eq!(c.actor.text, "Interior Minister Teodor Hask");
    assert_eq!(c.attribution.kind, AttributionKind::DirectQuote);
    assert!(c.content.as_ref().unwrap().text.contains("must go home"), "{c:?}");
}

#[test]
fn attribution_before_the_quotation() {
    expect(
        "Defence minister Ruth Amari said, “We strongly oppose the deployment of foreign troops.”",
        Act::Reject,
        "Ruth Amari",
        None,
        "the deployment of foreign troops",
    );
    let c = claims("Amari said: “We reject the plan.”")
        .into_iter()
        .find(|c| c.act == Act::Reject)
        .expect("a rejection");
    assert_eq!(c.actor.text, "Amari");
}

#[test]
fn a_bare_quotation_after_an_attributed_one_has_the_same_speaker() {
    let text = "“We reject the plan,” Kenya's foreign minister said. “Uganda must withdraw its troops.”";
    expect(text, Act::Demand, "Kenya", Some("Uganda"), "withdraw its troops");
}

#[test]
fn a_title_case_headline_names_nobody() {
    // "Federal Suit" is not a person "he" could refer to.
    let text = "Two States File Federal Suit Against Neighbour\nHe rejected the claims.";
    assert!(claims(text).iter().all(|c| c.actor.antecedent.is_none()));
}

#[test]
fn orders_in_a_quotation_are_demands() {
    let text = "“Matt has my endorsement. Get out and vote on Tuesday for your governor!” Trump tweeted.";
    let c = claims(text).into_iter().find(|c| c.act == Act::Demand).expect("a demand");
    assert_eq!(c.rule, "quoted-imperative");
    assert_eq!(c.actor.text, "Trump");
    // a scare-quoted fragment and a list of adjectives order nothing
    no_act("She has vowed to “shake up” the zoning rules, aides said.", Act::Demand);
    no_act("“It has a very large, open payload deck,” the engineer said.", Act::Demand);
}

#[test]
fn a_title_in_apposition_before_the_name_is_not_a_trailing_clause() {
    let text = "Peru's attorney general, Ana Ruiz, a conservative, said in a statement that the lawsuit was “without merit.”";
    let c = find(text, Act::Deny, "Peru");
    assert_eq!(c.actor.text, "Ana Ruiz");
    let text = "Peru's attorney general, Ana Ruiz, a conservative, said the lawsuit was “without merit.”";
    find(text, Act::Deny, "Peru");
}

#[test]
fn went_on_to_say() {
    find("“The decision was a disgrace,” Peru's president went on to say.", Act::Accuse, "Peru");
}

#[test]
fn the_one_told_is_not_the_speaker() {
    let text = "Senator Ana Ruiz (D-Lima), a vocal supporter of the reform who has sponsored several bills on the matter and campaigned for it across the country, told the Lima Post that the lawsuit is “outrageous.”";
    let c = claims(text).into_iter().find(|c| c.act == Act::Accuse).expect("an accusation");
    assert_eq!(c.actor.text, "Senator Ana Ruiz");
    let text = "Another major conservative figure, Dan Senor, told the Lima Post that the comments are “utterly irresponsible.”";
    let c = claims(text).into_iter().find(|c| c.act == Act::Accuse).expect("an accusation");
    assert_eq!(c.actor.text, "Dan Senor");
}

#[test]
fn the_person_opening_the_sentence_speaks_past_every_aside() {
    let text = "Cmdr. Ola Brenner, a spokesperson for Operation Tideline, the naval mission off the \
                northern coast, told reporters on Tuesday that the claim \"is patently false.\"";
    let c = find(text, Act::Deny, "Ola Brenner");
    assert_eq!(c.actor.text, "Cmdr. Ola Brenner");
    // an aside with a verb of its own is a clause, and the speaker is found as before
    let text = "Ola Brenner, who leads the mission, told reporters that the claim was false.";
    let denials: Vec<_> = claims(text).into_iter().filter(|c| c.act == Act::Deny).collect();
    assert_eq!(denials.len(), 1);
    assert_eq!(denials[0].actor.text, "Ola Brenner");
}

#[test]
fn a_quotation_after_a_colon_is_what_is_warned() {
    let text = "Senator Ilse Varga said troops could be sent, warning: \"They are already stationed in the harbour.\"";
    let c = find(text, Act::Warn, "Ilse Varga");
    assert!(c.content.unwrap().text.contains("already stationed"));
}

#[test]
fn an_editors_brackets_are_read_through() {
    // (a company the article names is its own side, as "the company" later is)
    let c = find(
        "\"[We] have agreed to waive all fees,\" Harbor Light Records said.",
        Act::Accept,
        "Harbor Light Records",
    );
    assert_eq!(c.actor.text, "Harbor Light Records");
}

#[test]
fn an_opening_phrase_before_the_speaker_is_no_quotation() {
    let text = "Speaking on the \"Morning Desk\" program, Sen. Ilse Varga said the mayor's comments were \"wildly inaccurate.\"";
    let c = find(text, Act::Accuse, "Ilse Varga");
    assert_eq!(c.actor.text, "Sen. Ilse Varga");
    // a quotation before the speaker is still what they said
    let c = find(
        "\"Blaming the workers for the strike is wrong,\" Sen. Ilse Varga said.",
        Act::Accuse,
        "Ilse Varga",
    );
    assert_eq!(c.actor.text, "Sen. Ilse Varga");
}

#[test]
fn a_second_report_of_the_same_subject() {
    // ", warning … and saying he could …": the participle after "and" reports for the subject
    let text = "Ortega stood firm on Monday, warning the miners the dispute could last for months and saying that he could even declare a state of emergency to override the courts.";
    let c = claims(text)
        .into_iter()
        .find(|c| c.content.as_ref().is_some_and(|p| p.text.starts_with("declare")))
        .expect("the threat");
    assert_eq!((c.act, c.actor.text.as_ref()), (Act::Warn, "Ortega"));
    // a headline's ", says he may …" likewise
    let text =
        "Ortega warns dispute could last 'months,' says he may declare 'state of emergency' to end blockades";
    let c = claims(text)
        .into_iter()
        .find(|c| c.content.as_ref().is_some_and(|p| p.text.starts_with("declare")))
        .expect("the headline's threat");
    assert_eq!((c.act, c.actor.name()), (Act::Warn, "Ortega"));
}

#[test]
fn cannot_be_allowed_refuses() {
    let text = "“Too many small shops are being ruined, some old and some new, and that cannot be allowed to continue,” the governor wrote.";
    let c = claims(text).into_iter().find(|c| c.act == Act::Reject).expect("the refusal");
    assert_eq!((c.actor.text.as_ref(), c.rule.as_ref()), ("the governor", "not-allowed"));
}

#[test]
fn a_relative_clause_after_a_party_tag_is_of_the_legislator() {
    let c = first(
        "“It is over,” said Sen. Ana Ruiz, D-Colo., who has called on the chairman to step down.",
        Act::Demand,
    );
    assert_eq!(c.actor.text, "Sen. Ana Ruiz");
    assert_eq!(c.addressee.unwrap().text, "the chairman");
}

#[test]
fn the_phrase_a_relative_clause_describes_speaks() {
    let text =
        "Republicans who now control the Senate say that they will accept the inspector's report on the issue.";
    let c = find(text, Act::Accept, "Republican Party");
    assert!(c.content.is_some_and(|p| p.text.starts_with("the inspector's report")));
}

#[test]
fn a_thing_demanding_in_quoted_words_is_the_speaker_demanding() {
    let text = "“The situation demands immediate action from the government,” the mayor said on Monday.";
    let c = claims(text).into_iter().find(|c| c.act == Act::Demand).expect("the demand");
    assert_eq!((c.actor.text.as_ref(), c.rule.as_ref()), ("the mayor", "quoted-demand"));
    // the object of an infinitive is no subject
    let text = "“His attempts to intimidate the courts demand immediate action to protect the inquiry,” the senator said.";
    let c = claims(text).into_iter().find(|c| c.act == Act::Demand).expect("the demand");
    assert_eq!(c.actor.text, "the senator");
    // outside a quotation, and with an apostrophe only, no
    no_act("The verdict means there'll be no rival asylum request to the one filed in Spain.", Act::Demand);
    // a plural noun right after a preposition or a determiner is no verb
    no_act("“She has become the voice of lobbies working against the port,” the mayor said.", Act::Demand);
    no_act("“We have met all requests for the minutes,” the chairman said.", Act::Demand);
    // a noun after a preposition and its determiner is an object, no subject
    no_act(
        "The union leader said the strike showed \"that teachers are tired of the intolerable pressures they are put under by ministers.\"",
        Act::Demand,
    );
    // a noun phrase in scare quotes is no quoted clause
    no_act(
        "The airline said there may be strikes thanks to \u{2018}laughable demands\u{2019} from its pilots.",
        Act::Demand,
    );
}

#[test]
fn a_quote_left_open_ends_with_its_paragraph() {
    // The first paragraph's last quotation never closes, and the next paragraph does not open
    // with a quotation mark: later straight quotes must still pair the right way round.
    let text = "\"We made mistakes,\" he said in the video. \"We will do better.\n\n\
                The governor's office released a statement on Monday.\n\n\
                \"What the senator said is simply wrong,\" Mayor Ellen Park said.";
    let claim = find(text, Act::Accuse, "Ellen Park");
    assert_eq!(claim.actor.text, "Mayor Ellen Park");
    assert!(claim.content.as_ref().unwrap().text.contains("simply wrong"));
}

#[test]
fn a_quote_of_several_paragraphs_reopens_with_a_mark() {
    // The convention: no closing mark at the paragraph's end, an opening one at the next start.
    let text = "\"The tariffs hurt our farmers,\" Minister Ana Ruiz said. \"They must be lifted.\n\n\
                \"We demand that Washington withdraw them now,\" she added.";
    let cs = claims(text);
    assert!(cs.iter().any(|c| c.act == Act::Demand && c.actor.name().contains("Ruiz")), "{cs:#?}");
}

#[test]
fn a_quote_opening_a_paragraph_takes_its_speaker_from_the_paragraph_it_runs_on_into() {
    // the speaker is named only where the quotation ends, a paragraph later
    let text = "Officials met on Monday.\n\n\
                “We reject the comments made by the other side.\n\n\
                “Our leaders visit the region often,” Omar Haddad said.";
    let c = first(text, Act::Reject);
    assert_eq!(c.actor.text, "Omar Haddad");
}

#[test]
fn asking_forgiveness_is_no_demand() {
    none("\"I chose my words badly, and I ask for your forgiveness,\" she said.");
}

#[test]
fn the_speaker_before_an_aside_after_the_quote() {
    // A party-and-state aside between the name and the verb, as US outlets write it.
    let text = "“I demand that the budget office publish every invoice,” Senator Carla Mendes, \
                Republican of Utah, said on Friday.";
    let claim = first(text, Act::Demand);
    assert_eq!(claim.actor.text, "Senator Carla Mendes");
    assert!(claim.content.as_ref().unwrap().text.contains("publish every invoice"));
}

#[test]
fn the_opening_speaker_past_an_origin_and_an_aside() {
    let text = "Senator Maria Lopez of Nevada, another member of the budget committee, wrote in a post \
                that the treasury must publish the audit.";
    let demand = first(text, Act::Demand);
    assert!(demand.actor.text.starts_with("Senator Maria Lopez"), "{demand:#?}");
}

#[test]
fn fake_news_as_a_name_for_the_press_accuses_it() {
    let text = "“The Fake News is blowing this tiny story way out of proportion!” the governor wrote.";
    let cs = claims(text);
    let accuse = cs.iter().find(|c| c.act == Act::Accuse).unwrap_or_else(|| panic!("{cs:#?}"));
    assert_eq!(accuse.actor.text, "the governor");
    assert_eq!(accuse.addressee.as_ref().map(|a| a.text.as_ref()), Some("The Fake News"));
    // as a predicate, it still denies what it is said of
    let cs = claims("“That report is fake news,” the spokesman said.");
    assert!(cs.iter().any(|c| c.act == Act::Deny), "{cs:#?}");
    assert!(!cs.iter().any(|c| c.act == Act::Accuse), "{cs:#?}");
}

#[test]
fn a_report_inside_a_quotation_does_not_speak_it() {
    let text = "“If anybody but your favorite mayor, Ann Hale, announced that, we would cheer,” he \
                continued in a second post.\n\n\
                “With me, they are hit hard instead by the Fake News Media. Sad!”";
    let accuse = first(text, Act::Accuse);
    assert_ne!(accuse.actor.text, "your favorite mayor", "{accuse:#?}");
}

#[test]
fn a_report_denied_reports_nothing() {
    none("The ministry did not respond to queries about whether the mayor knew the claim was false.");
    none("The governor never said the audit was a sham.");
    // nor does anything in its clause stand as a plain claim
    none("One aide said that the minister did not state that the mayor had pressured him to resign.");
    // a report that goes ahead still reports
    let cs = claims("The ministry said the claim was false.");
    assert!(cs.iter().any(|c| c.act == Act::Deny), "{cs:#?}");
}

#[test]
fn a_quotation_after_x_said_colon_keeps_its_speaker_over_a_report_inside_it() {
    let text = "Chile's foreign minister said on Tuesday:\n\n\"We will not accept any change to the border. \
                Peru knows our position. We have told them many times that the ruling is final.\"";
    find(text, Act::Reject, "Chile");
}

#[test]
fn an_unquoted_clause_before_the_speaker_is_what_the_claim_verb_says() {
    expect_exact(
        "Any incursion into the strait will be answered, the Philippine coast guard warned.",
        Act::Warn,
        "Philippines",
        "Any incursion into the strait will be answered",
    );
    expect_exact(
        "Ottawa must drop the tariffs before talks resume, Washington demanded.",
        Act::Demand,
        "United States",
        "Ottawa must drop the tariffs before talks resume",
    );
    // an adverbial opening is no clause, and a longer opening with commas is left alone
    no_act("In the capital, the minister warned.", Act::Warn);
    no_act("After the vote, which was close, the senators demanded.", Act::Demand);
}

#[test]
fn our_side_in_quoted_words_is_the_speaker() {
    let c = first("\"Our members will strike,\" the union leader said.", Act::Warn);
    assert_eq!(c.actor.text, "the union leader");
    let c = first("\"Our country will not accept this,\" Iran's foreign minister said.", Act::Reject);
    assert_eq!(c.actor.code.as_deref(), Some("IRNGOV"));
}

#[test]
fn a_slogan_quoted_right_after_the_verb_that_reports_it_demands() {
    let c = first("Protesters chanted “Free the prisoners” outside the court.", Act::Demand);
    assert_eq!(c.rule, "quoted-imperative");
    assert_eq!(c.content.map(|p| p.text.into_owned()).as_deref(), Some("Free the prisoners"));
    // a quoted word that is no order stays none
    no_act("Protesters chanted “Freedom” outside the court.", Act::Demand);
    // "Hands off …" is a slogan; "hands" alone orders nothing
    let c = first("Farmers chanted “Hands off our land” outside the ministry.", Act::Demand);
    assert_eq!(c.content.map(|p| p.text.into_owned()).as_deref(), Some("Hands off our land"));
    no_act("“Hands were shaking everywhere,” the nurse said.", Act::Demand);
}

#[test]
fn a_quotation_running_on_unquoted_before_the_speaker_is_what_is_said() {
    let c = find(
        "\"Every week we wait is a week lost\" for the farmers of the valley, Ilse Varga warned.",
        Act::Warn,
        "Ilse Varga",
    );
    assert_eq!(c.rule, "verb-after-clause");
    let content = c.content.expect("content");
    // (the quotation whole, both marks in)
    assert!(content.text.starts_with("\"Every week") && content.text.ends_with("valley"), "{content:?}");
    // two quotations are no one clause
    none("\"Lies\" and \"more lies\" from the ministry, Ilse Varga warned.");
}

#[test]
fn a_statement_from_a_body_after_the_verb_speaks_for_it() {
    let c = first(
        "\"We reject these baseless accusations,\" said a statement from the foreign ministry.",
        Act::Deny,
    );
    assert_eq!(c.actor.text, "the foreign ministry");
    assert_eq!(c.content.as_ref().map(|p| &*p.text), Some("these baseless accusations"));
}

#[test]
fn a_reporting_verb_inside_a_bare_quotation_is_no_attribution_of_it() {
    let c =
        first("“We reject the plan,” Warner said. “The administration must explain itself.”", Act::Demand);
    assert_eq!(c.actor.text, "Warner");
    assert_eq!(c.content.map(|p| p.text), Some("The administration must explain itself".into()));
}

#[test]
fn a_single_quote_closing_after_a_plural_is_no_possessive() {
    let c = first("Norway warns of 'reprisals' after envoy expelled", Act::Warn);
    assert_eq!(c.content.as_ref().map(|p| &*p.text), Some("reprisals"));
    // the possessive of a plural is still one
    let c = first("The dockers' union demanded higher pay.", Act::Demand);
    assert_eq!(c.actor.text, "The dockers' union");
}

#[test]
fn a_quoted_yes_or_no_answers_what_someone_would_do() {
    let c = expect_exact(
        "Asked whether she would step down, the premier said: \"Certainly not.\"",
        Act::Reject,
        "",
        "step down",
    );
    assert_eq!(c.rule, "asked-answer");
    expect_exact(
        "\"No,\" the governor replied when asked if he would sign the bill.",
        Act::Reject,
        "",
        "sign the bill",
    );
    expect_exact(
        "Asked whether Chile would join the pact, the minister said: \"No.\"",
        Act::Reject,
        "",
        "join the pact",
    );
    expect_exact("Asked if she would run again, the senator said: \"Yes.\"", Act::Accept, "", "run again");
    // a forecast asked for, and a longer answer, are no such claim
    none("Asked whether prices would fall, the trader said: \"No.\"");
    no_act("Asked whether she would resign, the mayor said she was focused on the budget.", Act::Reject);
}

#[test]
fn a_quotation_opened_inside_a_content_closes_inside_it() {
    let c = first("The envoy called it \"reckless\" and left the talks.", Act::Accuse);
    assert_eq!(c.content.as_ref().map(|p| &*p.text), Some("it \"reckless\""));
}

#[test]
fn a_quotation_opening_a_content_is_kept_whole() {
    let c = expect_exact(
        "The ministry accused the monitors of “bias” in their latest report.",
        Act::Accuse,
        "",
        "“bias” in their latest report",
    );
    assert_eq!(c.addressee.map(|a| a.text).as_deref(), Some("the monitors"));
}

#[test]
fn verbs_of_attribution_with_a_manner() {
    let c = first("\"This was a pretty shameful day for the city,\" the mayor fumed.", Act::Accuse);
    assert_eq!(c.actor.text, "the mayor");
    let c = first("\"We will never accept this deal,\" the minister retorted.", Act::Reject);
    assert_eq!(c.actor.text, "the minister");
}

#[test]
fn a_claim_verb_between_a_quotation_and_its_speaker() {
    let c = first("\"We will not tolerate such raids,\" warned presidential spokesman Ali Demir.", Act::Warn);
    assert_eq!(c.actor.text, "presidential spokesman Ali Demir");
    assert_eq!(c.content.as_ref().map(|p| &*p.text), Some("We will not tolerate such raids"));
    let c = first("\"Open the crossings now,\" demanded the envoy.", Act::Demand);
    assert_eq!(c.actor.text, "the envoy");
    // a quoted phrase inside an aside is no speech
    let text = "Ms Varga, who is often called the \"iron lady\", warned the council would fall.";
    assert!(claims(text).iter().all(|c| c.rule != "verb-before-speaker"));
}

#[test]
fn a_progressive_report_reports_and_a_fronted_one_ends_with_its_clause() {
    let c = first("The attorney general is claiming that the company deceived doctors.", Act::Accuse);
    assert_eq!(c.actor.text, "The attorney general");
    first("The union is now saying the company must pay.", Act::Demand);
    // what follows the fronted clause is the narrator's
    assert!(
        claims("As the envoy told the council he was forced into it, this was an embarrassment.").is_empty()
    );
    // with no clause of its own before the comma, the main clause is what was said
    first("As the minister said, the plan must be scrapped.", Act::Demand);
}

#[test]
fn the_actor_after_with_speaks_in_its_participle() {
    let c = first(
        "Voters rejected the deal, with former president Alvaro Uribe saying the rebels should serve prison terms.",
        Act::Demand,
    );
    assert_eq!(norm(&c.actor), "Alvaro Uribe");
}

#[test]
fn a_clause_after_the_one_told_opens_with_its_possessive() {
    // "his union" is the speaker's own: the phrase does not run back over "lawmakers"
    let c = first("Jordan told Pennsylvania lawmakers his union supported the plan.", Act::Accept);
    assert!(!c.actor.text.contains("lawmakers"), "{}", c.actor.text);
    // coordinated, the phrase goes on
    let c = first("The United States and its allies accuse Iran of enriching uranium.", Act::Accuse);
    assert_eq!(c.actor.text, "The United States and its allies");
}

#[test]
fn the_noun_state_is_no_reporting_verb() {
    // (the noun after its adjectives had made "independent sovereign" the speaker of "We")
    let cs =
        claims("We want Venezuela to be an autonomous, independent sovereign state, with elected officials.");
    assert!(cs.iter().all(|c| !c.actor.text.contains("sovereign")), "{cs:?}");
}

#[test]
fn the_speaker_s_own_duty_to_condemn_or_refuse_is_done() {
    let c =
        first("\u{201c}We must denounce the shelling of the hospital,\u{201d} the envoy said.", Act::Accuse);
    assert_eq!(c.actor.text, "the envoy");
    assert_eq!(c.content.map(|p| p.text.into_owned()).as_deref(), Some("the shelling of the hospital"));
    first("The mayor said: \u{201c}We have to reject this budget.\u{201d}", Act::Reject);
    // someone else's duty is asked of them; a duty to do anything else claims nothing
    first("\u{201c}The council must condemn the shelling,\u{201d} the envoy said.", Act::Demand);
    none("\u{201c}We must win the next election,\u{201d} the envoy said.");
    no_act("\u{201c}We must not condemn anyone yet,\u{201d} the envoy said.", Act::Accuse);
}

#[test]
fn a_fronted_participle_clause_has_the_main_clause_s_subject() {
    let c = first("Rejecting the offer as an insult, the nurses' union said it would strike.", Act::Reject);
    assert_eq!(c.actor.text, "the nurses' union");
    let c = first("Accusing Oslo of meddling, Moscow expelled two diplomats.", Act::Accuse);
    assert_eq!(c.content.map(|p| p.text.into_owned()).as_deref(), Some("meddling"));
    // how a proposal was shown is no proposal
    no_act("Presenting the draft to reporters, the minister said talks would resume.", Act::Propose);
}

#[test]
fn an_infinitive_asked_for_may_open_a_quotation() {
    expect_exact(
        "The envoy appealed to the assembly \u{201c}to use any means necessary\u{201d} against the junta.",
        Act::Demand,
        "",
        "use any means necessary",
    );
}

#[test]
fn what_the_speaker_s_side_needs_from_someone_is_asked_of_them() {
    let c =
        first("\u{201c}We need more air defences from Washington,\u{201d} the minister said.", Act::Demand);
    assert_eq!(c.addressee.map(|a| a.text.into_owned()).as_deref(), Some("Washington"));
    let c = first("\u{201c}We need the United Nations to act now,\u{201d} the envoy said.", Act::Demand);
    assert_eq!(c.addressee.map(|a| a.text.into_owned()).as_deref(), Some("the United Nations"));
    // a need of no one in particular is a remark
    no_act("\u{201c}We need everyone on board,\u{201d} the coach said.", Act::Demand);
}

#[test]
fn a_quotation_closed_inside_an_amount_takes_its_unit() {
    let c =
        first("“Not $2 billion — we are asking for $4.8” billion, the mayor said on Monday.", Act::Demand);
    assert_eq!(c.content.map(|p| p.text).as_deref(), Some("$4.8” billion"));
}

#[test]
fn a_dateline_opening_the_story_speaks_no_quotation() {
    let cs = claims("OSLO (Reuters) – Shares fell sharply on Monday.\n\"They are liars and thieves.\"");
    assert!(cs.iter().all(|c| c.actor.text != "OSLO"), "{cs:#?}");
}

#[test]
fn a_quotation_opening_with_no_claim_word_still_hands_on_its_speaker() {
    // the quotation's first sentence holds no claim word; the speaker found for it speaks the
    // rest, rather than the description in the attribution ("the Republican from Idaho")
    let text = "Senate Finance Committee Chairman Mark Ellison said Monday that he is “fine” with the \
                court's decision.\n“That's the ruling of the court. I accept it,” the Republican from Idaho \
                said in a short interview.";
    let cs = claims(text);
    let accept = cs.iter().find(|c| c.act == Act::Accept).expect("the acceptance");
    assert!(accept.actor.name().contains("Ellison"), "{cs:#?}");
}

/// "…,” she continued" reports; "cannot continue" inside a quotation denies no saying, so what
/// the speaker goes on to ask after the quotation is still claimed.
#[test]
fn a_quotation_that_cannot_continue_denies_no_report() {
    let text = "“This cannot continue,” Councillor Obara said on Friday, calling on the county to audit the harbour fund.";
    let c = find(text, Act::Demand, "Obara");
    assert!(c.content.as_ref().is_some_and(|x| x.text.contains("audit the harbour fund")), "{c:?}");
    // a report denied still reports nothing
    no_act("She did not say the mayor should resign.", Act::Demand);
}

#[test]
fn the_one_spoken_to_in_a_quotation_makes_no_claim() {
    let cs = claims(
        "\"Moscow, you can veto this text, but you cannot veto the truth,\" the envoy told the council.",
    );
    assert!(cs.iter().all(|c| c.actor.text != "you"), "{cs:?}");
    let cs =
        claims("\"All we ask is that you tell them to stop the killings,\" the minister told the judges.");
    assert!(cs.iter().all(|c| c.actor.text != "you"), "{cs:?}");
}
