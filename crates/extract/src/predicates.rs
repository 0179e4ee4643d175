//! Claims read from predicates rather than claim verbs: light verbs with claim nouns, nominal
//! claims, modals and "necessary" in reported speech, "unacceptable", "ready to", "will not".

use crate::atoms::AtomKind;
use crate::lexicon::{class, form, EntityKind};
use crate::model::Act;
use crate::phrases::{Actor, Analyzer, Report, Who};
use crate::rules::Candidate;

/// What "take" takes when a response is promised: "take every measure", "take action".
const MEASURE_NOUNS: [&str; 6] =
    ["measure", "measures", "countermeasures", "countermeasure", "action", "steps"];

/// Things a side brings about, asked for when someone says they are needed ("there must be an
/// inquiry", "dialogue between all forces is required").
const BROUGHT_ABOUT: [&str; 30] = [
    "election",
    "elections",
    "inquiry",
    "investigation",
    "probe",
    "ceasefire",
    "truce",
    "referendum",
    "vote",
    "recount",
    "accountability",
    "consequences",
    "justice",
    "dialogue",
    "talks",
    "negotiations",
    "reform",
    "reforms",
    "sanctions",
    "audit",
    "review",
    "hearing",
    "action",
    "measures",
    "steps",
    "solution",
    "settlement",
    "withdrawal",
    "compromise",
    "cooperation",
];

/// Events and spans of time a label may describe without judging anyone ("a crazy match").
const EVENT_NOUNS: [&str; 16] = [
    "match",
    "game",
    "race",
    "day",
    "night",
    "week",
    "weekend",
    "year",
    "season",
    "ride",
    "time",
    "finish",
    "start",
    "evening",
    "afternoon",
    "morning",
];

/// Words that strengthen a judgement between "is" and the judgement ("a total disgrace").
const INTENSIFIERS: [&str; 25] = [
    "pretty",
    "rather",
    "quite",
    "total",
    "complete",
    "absolute",
    "utter",
    "very",
    "so",
    "truly",
    "really",
    "just",
    "simply",
    "pure",
    "outright",
    "flat",
    "blatant",
    "clear",
    "real",
    "gross",
    "flagrant",
    "serious",
    "grave",
    "egregious",
    "direct",
];

/// Verbs that make their object noun's claim only when it is a demand ("joined calls for",
/// "backed the demand that"); backing a plan is the verb's own acceptance. Stems, lowercase.
const JOINING_VERBS: [&str; 5] = ["join", "echo", "back", "support", "endors"];

/// Whether a word is a form of one of [`JOINING_VERBS`] ("joined", "Backs", "endorsing").
pub(crate) fn is_joining_verb(word: &str) -> bool {
    JOINING_VERBS.iter().any(|stem| {
        word.get(..stem.len()).is_some_and(|head| head.eq_ignore_ascii_case(stem))
            && matches!(&word[stem.len()..], "" | "s" | "es" | "e" | "ed" | "ing")
    })
}

/// Those a government, an agency or a leader serves: failing them is a wrong ("has failed the
/// American people").
const SERVED_PEOPLE: [&str; 14] = [
    "public",
    "people",
    "country",
    "nation",
    "children",
    "families",
    "voters",
    "victims",
    "workers",
    "citizens",
    "residents",
    "community",
    "patients",
    "taxpayers",
];

/// People one side holds and may release: releasing them is a concession.
const HELD_PEOPLE: [&str; 12] = [
    "hostages",
    "hostage",
    "prisoners",
    "prisoner",
    "detainees",
    "captives",
    "abductees",
    "activists",
    "journalists",
    "soldiers",
    "civilians",
    "protesters",
];

/// Dismay stated at a deed ("appalled by", "outraged at"): with a known side as subject, a
/// criticism of it (see `stance_rule`).
pub(crate) const DISMAYED: [&str; 8] =
    ["appalled", "outraged", "dismayed", "disgusted", "incensed", "angered", "disappointed", "shocked"];
/// Words of content with an outcome ("is satisfied with the ruling", "was “OK” with the deal"):
/// a named side stating them accepts it.
pub(crate) const SATISFIED: [&str; 6] = ["satisfied", "happy", "pleased", "comfortable", "ok", "okay"];
/// Whether a word is a grave outcome that, foretold of something in a speaker's words, warns
/// ("could lead to violence"). Lower case only: the outcome follows its verb.
pub(crate) fn is_harmful_outcome(word: &str) -> bool {
    matches!(
        word,
        "violence"
            | "chaos"
            | "war"
            | "bloodshed"
            | "conflict"
            | "unrest"
            | "instability"
            | "escalation"
            | "catastrophe"
            | "disaster"
            | "crisis"
            | "collapse"
            | "bloodbath"
            | "upheaval"
            | "default"
    )
}

impl Analyzer<'_, '_, '_> {
    /// "a phone call", "a return call for Saturday", "a judgement call": "call" as the head of a
    /// compound names a call made, not a call for anything; "a plea deal", "a guilty plea", "a
    /// plea of not guilty": a plea in court asks nothing of anyone.
    pub(crate) fn is_compound_call(&self, i: usize) -> bool {
        if self.word(i, "plea") || self.word(i, "pleas") {
            let noun_after = self
                .atoms
                .get(i + 1)
                .is_some_and(|a| a.is_word() && !a.is(class::PREP | class::DET) && !self.is_verbish(i + 1));
            return noun_after
                || self.word(i + 1, "of")
                || i > 0 && ["guilty", "insanity"].iter().any(|w| self.word(i - 1, w));
        }
        (self.word(i, "call") || self.word(i, "calls"))
            && i > 0
            && [
                "judgement",
                "judgment",
                "phone",
                "conference",
                "roll",
                "close",
                "video",
                "wake-up",
                "curtain",
                "return",
                "courtesy",
                "campaign",
                "sales",
            ]
            .iter()
            .any(|w| self.word(i - 1, w))
    }

    /// "made several demands on Y", "put forward a proposal", "expressed readiness for …".
    pub(crate) fn light_verb(&self, v: usize, reports: &[Report], out: &mut Vec<Candidate>) -> bool {
        let a = self.atoms[v];
        if a.mark != crate::atoms::NONE {
            return false;
        }
        let forms = a.info.map_or(0, |w| w.verb_forms());
        // Headlines tell plural news in the base form: "Two States File Suit Against …".
        let headline_base = forms & form::BASE != 0 && a.cap && self.is_title_case();
        // ("took to Twitter to air …": an infinitive led by a verb that makes it the subject's act)
        let led_infinitive = forms & form::BASE != 0 && v > 0 && self.word(v - 1, "to");
        // ("…, ratcheting up pressure on workers to accept": a participle clause of the main
        // clause's subject)
        let participle_comma = (forms & form::GER != 0 && a.text.ends_with("ing"))
            .then(|| self.comma_before_participle(v))
            .flatten();
        if forms & (form::THIRD | form::PAST) == 0
            && !self.has(v.saturating_sub(1), class::AUX)
            && !headline_base
            && !led_infinitive
            && participle_comma.is_none()
        {
            return false;
        }
        let mut k = v + 1;
        // ("launched into a rant about the courts")
        if ["forward", "out", "up", "into"].iter().any(|w| self.word(k, w)) {
            k += 1;
        } else if self.word(k, "down") && self.word(k + 1, "on")
            || (self.word(k, "firm") || self.word(k, "fast")) && self.word(k + 1, "on")
        {
            // ("doubled down on his demand for …", "stood firm on its refusal")
            k += 2;
        } else if ["stood", "stand", "stands", "standing"].iter().any(|w| self.word(v, w))
            && self.word(k, "by")
            || ["stuck", "stick", "sticks", "sticking"].iter().any(|w| self.word(v, w)) && self.word(k, "to")
        {
            // ("stood by its call for …", "stuck to her demand"; no passive "by")
            k += 1;
        }
        if self.word(k, "by") {
            return self.passive_light_verb(v, k, reports, out);
        }
        // ("added his voice to calls for …", "added their voices to the demand")
        if ["his", "her", "their", "its", "our"].iter().any(|w| self.word(k, w))
            && (self.word(k + 1, "voice") || self.word(k + 1, "voices"))
            && self.word(k + 2, "to")
        {
            k += 3;
        }
        // "raised concerns about …", "voiced her concern over …", "registered his concerns over
        // …": a concern made known about something criticises it
        let voices_concern = [
            "raised",
            "raises",
            "raise",
            "raising",
            "voiced",
            "voices",
            "voice",
            "voicing",
            "expressed",
            "expresses",
            "express",
            "expressing",
            "registered",
            "registers",
            "register",
            "aired",
        ]
        .iter()
        .any(|w| a.eq(w));
        let concern = |k: usize| {
            voices_concern
                && (self.word(k, "concern") || self.word(k, "concerns"))
                && ["about", "over", "regarding", "at"].iter().any(|w| self.word(k + 1, w))
        };
        let start = k;
        let mut noun = None;
        while k < self.n() && k - start < 7 {
            let x = self.atoms[k];
            if x.kind == AtomKind::Word
                && (x.info.is_some_and(|w| w.noun_act.is_some()) && x.mark == crate::atoms::NONE
                    || self.is_verbal_attack(k)
                    || self.challenge_act(k).is_some()
                    || concern(k))
            {
                noun = Some(k);
                // take the last of "security guarantee proposals"
                if self.atoms.get(k + 1).is_none_or(|y| y.info.is_none_or(|w| w.noun_act.is_none())) {
                    break;
                }
            } else if x.kind == AtomKind::Word
                && self.word(k + 1, "of")
                && ["series", "string", "raft", "litany", "barrage", "flurry", "host", "number", "list"]
                    .iter()
                    .any(|w| x.eq(w))
            {
                // ("made a series of allegations", "issued a string of demands": how many)
                k += 2;
                continue;
            } else if !(x.kind == AtomKind::Number
                || x.kind == AtomKind::Hyphen
                || x.kind == AtomKind::Word
                    && (x.is(class::DET) && !x.eq("that")
                        || self.is_modifier_word(k)
                        // ("issued a threatening warning": a participle before the noun)
                        || x.text.ends_with("ing")
                            && !x.cap
                            && self.atoms.get(k + 1).is_some_and(|y| y.info.is_some_and(|w| w.noun_act.is_some()))
                        // ("a court challenge")
                        || self.challenge_act(k + 1).is_some()
                        // a headline capitalises its modifiers too: "File Federal Suit Against"
                        || headline_base
                            && x.cap
                            && x.info.is_none_or(|w| w.class == 0 && w.verb == 0 && w.report == 0)
                        || self
                            .entity(k)
                            .is_some_and(|(kind, _)| kind == crate::lexicon::EntityKind::Demonym)))
            {
                break;
            }
            k += 1;
        }
        let Some(nn) = noun else { return false };
        // "took the judgement call that …", "a conference call": a compound, not a call for anything
        if self.is_compound_call(nn) {
            return false;
        }
        // (a concern about what would or could happen foresees, criticises nothing done: "voiced
        // concerns about the harm a long strike could do")
        if concern(nn) {
            let (end, _) = self.clause_end(nn + 2, false);
            if (nn + 2..end.max(nn + 2))
                .any(|j| ["would", "could", "might", "may"].iter().any(|w| self.word(j, w)))
            {
                return false;
            }
        }
        let Some(act) = self.atoms[nn]
            .info
            .and_then(|w| w.noun_act)
            .or_else(|| (self.is_verbal_attack(nn) || concern(nn)).then_some(Act::Accuse))
            .or_else(|| self.challenge_act(nn))
        else {
            return false;
        };
        // Who joins, echoes or backs a call makes the demand; backing a plan is the verb's own
        // acceptance.
        if act != Act::Demand && is_joining_verb(a.text) {
            return false;
        }
        // "sent the agreement to Congress": a deal passed on for review is not accepted by
        // whoever passes it on
        if act == Act::Accept
            && ["sent", "send", "sends", "sending", "forwarded", "transmitted", "delivered"]
                .iter()
                .any(|w| a.eq(w))
        {
            return false;
        }
        // "filed proposals from Ford in a wastebasket", "received demands from the union": a
        // proposal or a demand someone else made, named after "from"
        if matches!(act, Act::Propose | Act::Demand)
            && self.word(nn + 1, "from")
            && (self.actor_starting_at(nn + 2).is_some_and(|a| a.who != Who::Unknown) || self.is_name(nn + 2))
        {
            return false;
        }
        // "took to social media to air her complaints": the subject of the verb that leads to it
        let lead = if led_infinitive {
            let Some(lead) = self.claim_lead(v - 1).or_else(|| self.purpose_lead(v - 1)) else {
                return false;
            };
            lead
        } else {
            v
        };
        let subject = match participle_comma {
            Some(c) => self.clause_subject_before(c).map(|a| self.main_clause_subject(a, false)),
            None => self.subject_of(lead, reports).map(|(actor, _)| actor),
        };
        let Some(actor) = subject else { return false };
        let mut polarity = self.polarity_before(v);
        // "made no demands", "raised no objections"
        if (start..nn).any(|j| self.word(j, "no")) {
            polarity.0 = true;
        }
        let report = self.attribution(reports, v);
        let mut addressee = None;
        let mut content = (start, nn + 1);
        let after = nn + 1;
        // "his refusal to step down": an infinitive, not an addressee
        // ("willingness to mediate": a verb of talks the tagger may not know as one)
        let infinitive = self.word(after, "to")
            && (self.is_base_verb(after + 1) || self.has(after + 1, class::READY_VERB));
        if !infinitive && ["on", "to", "of", "with", "against", "at"].iter().any(|w| self.word(after, w)) {
            addressee = self.actor_starting_at(after + 1);
            // ("their demand of US forces' pullout": a side owning the thing demanded is no
            // addressee)
            if self.word(after, "of")
                && act == Act::Demand
                && addressee.is_none_or(|ad| self.kind(ad.e) == Some(AtomKind::Possessive))
            {
                addressee = None;
                let (end, _) = self.clause_end(after + 1, false);
                if end > after + 1 {
                    content = (after + 1, end);
                }
            }
            // "filed a complaint with the regulator": where a complaint is lodged, not whom it is
            // against
            const VENUES: [&str; 9] = [
                "regulator",
                "regulators",
                "court",
                "tribunal",
                "commission",
                "ombudsman",
                "watchdog",
                "police",
                "agency",
            ];
            let venue = self.word(after, "with")
                && addressee.is_some_and(|ad| ad.e > ad.s && VENUES.iter().any(|w| self.word(ad.e - 1, w)));
            if venue {
                addressee = None;
                // what the complaint is about, if it says
                let venue_end = self.skip_right(self.plain_np_end(after + 1), self.n());
                if ["over", "about", "against"].iter().any(|w| self.word(venue_end, w)) {
                    let (end, _) = self.clause_end(venue_end + 1, false);
                    if end > venue_end + 1 {
                        content = (venue_end + 1, end);
                    }
                }
            }
            // "pressure on the minister to resign": what the one pressed is to do
            let object_end =
                self.skip_right(addressee.map_or_else(|| self.plain_np_end(after + 1), |ad| ad.e), self.n());
            // "dissatisfaction with Washington's decision": its owner's thing is what is judged
            let owned = addressee.is_some_and(|ad| self.kind(ad.e) == Some(AtomKind::Possessive));
            if venue {
                // (what it is about is read above)
            } else if self.is_verbal_attack(nn) && !self.word(after, "at") {
                // ("stepped up his attacks against the judiciary": what is attacked)
                let (end, _) = self.clause_end(after + 1, false);
                if end > after + 1 {
                    content = (after + 1, end);
                }
            } else if owned && matches!(act, Act::Accuse | Act::Reject) {
                let (end, _) = self.clause_end(after + 1, false);
                content = (after + 1, end);
            } else if object_end > after + 1
                && ["to", "for", "that"].iter().any(|w| self.word(object_end, w))
                // ("attacks on reporting that she dislikes": a relative clause of the
                // thing attacked)
                && !(self.is_verbal_attack(nn) && self.word(object_end, "that"))
            {
                let (end, _) = self.clause_end(object_end + 1, false);
                content = (object_end + 1, end);
            } else if addressee.is_some()
                && matches!(act, Act::Accuse | Act::Reject | Act::Warn)
                && ["over", "about"].iter().any(|w| self.word(object_end, w))
                && !crate::rules::LEGAL_DOCUMENTS[..2].iter().any(|w| self.word(nn, w))
            {
                // "lodged a protest with Beijing over the incursions": what the protest is about
                // (a suit "against Colorado over …" is itself the claim)
                let (end, _) = self.clause_end(object_end + 1, false);
                if end > object_end + 1 {
                    content = (object_end + 1, end);
                }
            } else if addressee.is_none()
                && matches!(act, Act::Accuse | Act::Reject)
                // (a legal challenge, like a suit, is itself the claim)
                && self.challenge_act(nn).is_none()
            {
                // "heaped criticism on the plan", "raised objections to the deal": what is
                // criticised or objected to
                let (end, _) = self.clause_end(after + 1, false);
                if end > after + 1 {
                    content = (after + 1, end);
                }
            }
        } else if ["for", "that", "to"].iter().any(|w| self.word(after, w)) {
            let (end, _) = self.clause_end(after + 1, false);
            content = (after + 1, end);
        } else if self.kind(after) == Some(AtomKind::Colon) && self.word(after + 1, "that") {
            // "made a series of allegations: that the committees had …"
            let (end, _) = self.clause_end(after + 2, false);
            content = (after + 2, end);
        } else if let Some(for_at) = self
            .word(after, "from")
            .then(|| self.actor_starting_at(after + 1))
            .flatten()
            .map(|a| a.e)
            .filter(|&e| self.word(e, "for"))
        {
            // "echoed calls from protesters for both Lam and the law to go": whose calls,
            // then what they call for
            let (end, _) = self.clause_end(for_at + 1, false);
            content = (for_at + 1, end);
        } else if self.atoms[nn].text.ends_with('s')
            && (self.kind(after) == Some(AtomKind::Comma) && self.word(after + 1, "including")
                || self.kind(after) == Some(AtomKind::Colon))
        {
            // "made three demands, including the chief's resignation", "issued its demands: a
            // recount and …": the claims named after the count
            let from = if self.kind(after) == Some(AtomKind::Colon) { after + 1 } else { after + 2 };
            let (end, _) = self.clause_end(from, false);
            if end > from {
                content = (from, end);
            }
        } else if matches!(act, Act::Accuse | Act::Reject | Act::Warn)
            && ["over", "about"].iter().any(|w| self.word(after, w))
        {
            // "lodged a complaint over the visit", "raised concerns about the deal": what the
            // complaint is about
            let (end, _) = self.clause_end(after + 1, false);
            if end > after + 1 {
                content = (after + 1, end);
            }
        }
        // "announced plans to appeal (the ruling)": a plan to refuse a thing refuses it, the thing
        // its content when named
        let act = if act == Act::Propose && self.word(after, "to") && self.refusing_deed(after + 1) {
            let object = if self.word(after + 2, "against") { after + 3 } else { after + 2 };
            if object < content.1 {
                content.0 = object;
            }
            Act::Reject
        } else {
            act
        };
        // "stood by its allegation that Chile violated the treaty": the side the clause accuses
        if act == Act::Accuse && addressee.is_none() && content.0 > nn && self.word(content.0 - 1, "that") {
            addressee = self.actor_starting_at(content.0).filter(|ad| ad.who != Who::Unknown);
        }
        // "a scathing attack on the government's plans": what is attacked
        if content == (start, nn + 1) && self.word(after, "on") && self.is_verbal_attack(nn) {
            let (end, _) = self.clause_end(after + 1, false);
            if end > after + 1 {
                content = (after + 1, end);
            }
        }
        // "is stepping up pressure by seeking …": pressure on nobody named, for nothing said
        if act == Act::Demand
            && self.word(nn, "pressure")
            && content == (start, nn + 1)
            && addressee.is_none()
        {
            return false;
        }
        // "expressed readiness for dialogue" is an implicit readiness to talk; "expressed
        // willingness to mediate" names the act it is ready for, as "ready to mediate" does.
        let readiness = self.word(nn, "readiness") || self.word(nn, "willingness");
        let rule = if readiness && !infinitive { "light-verb-noun-implicit" } else { "light-verb-noun" };
        self.push(out, act, actor, addressee, Some(content), v, rule, polarity, report, false);
        true
    }

    /// "A lawsuit was filed by Nebraska and Oklahoma", "new demands were made by the union": a
    /// claim noun as the subject of a light verb in the passive (`v`, its agent after "by" at
    /// `by`) is the agent's claim, of what the noun's phrase says.
    fn passive_light_verb(&self, v: usize, by: usize, reports: &[Report], out: &mut Vec<Candidate>) -> bool {
        // "was (formally) filed", "have been made", "is being brought"
        let mut b = v;
        while b > 0 && (self.has(b - 1, class::ADV) || self.is_ly_adverb(b - 1)) {
            b -= 1;
        }
        if b == 0 || !self.is_be(b - 1) {
            return false;
        }
        let mut e = b - 1;
        while e > 0 && (self.has(e - 1, class::AUX | class::MODAL) || self.is_be(e - 1)) {
            e -= 1;
        }
        let Some(noun) = e.checked_sub(1) else { return false };
        let Some(act) = self.atoms[noun].info.and_then(|w| w.noun_act) else { return false };
        // ("the call was made by the referee": a call for nothing is a decision)
        let bare_call = self.word(noun, "call") || self.word(noun, "calls");
        if bare_call || act != Act::Demand && is_joining_verb(self.atoms[v].text) {
            return false;
        }
        let Some(agent) = self.actor_starting_at(by + 1) else { return false };
        if matches!(agent.who, Who::Unknown) && agent.e == agent.s + 1 && self.atoms[agent.s].is(class::PRON)
        {
            return false;
        }
        let s = self.content_np_left(noun);
        let polarity = self.polarity_before(v);
        let report = self.attribution(reports, v);
        self.push(
            out,
            act,
            agent,
            None,
            Some((s, noun + 1)),
            v,
            "light-verb-passive",
            polarity,
            report,
            false,
        );
        true
    }

    /// "X drew criticism from Y", "X faced calls from Y to resign", "X was met with objections
    /// from Y": a claim of Y's about X, the subject of a verb of receiving a few words before the
    /// noun at `nn` (which "from" follows).
    pub(crate) fn received_claim(
        &self,
        nn: usize,
        from: usize,
        of: Option<(usize, usize)>,
        act: Act,
        reports: &[Report],
        out: &mut Vec<Candidate>,
    ) {
        const RECEIVING: [&str; 25] = [
            // ("came under fire from")
            "came",
            "come",
            "comes",
            "coming",
            "drew",
            "draws",
            "draw",
            "drawn",
            "drawing",
            "faced",
            "faces",
            "face",
            "facing",
            "met",
            "received",
            "receives",
            "sparked",
            "sparking",
            "provoked",
            "provoking",
            "triggered",
            "triggering",
            "prompted",
            "prompting",
            "attracted",
        ];
        let Some(v) = (nn.saturating_sub(4)..nn).rev().find(|&k| RECEIVING.iter().any(|w| self.word(k, w)))
        else {
            return;
        };
        // only adjectives and a determiner between ("drew sharp criticism", "faced growing calls")
        if (v + 1..nn).any(|k| !self.atoms[k].is_word() || self.is_finite_verbish(k) || self.atoms[k].cap) {
            return;
        }
        // ("drew criticism from Gephardt": a name the lexicons do not know is someone too)
        let Some(maker) = self.actor_starting_at(from + 1).filter(|a| {
            a.who != Who::Unknown
                || a.role.is_some()
                || a.e > a.s && (self.is_name(a.e - 1) || self.atoms[a.e - 1].is(class::COLLECTIVE))
        }) else {
            return;
        };
        // "calls from the opposition to resign": what is asked for follows the maker
        let asked = || {
            ["to", "for", "that"]
                .iter()
                .any(|w| self.word(maker.e, w))
                .then(|| (maker.e + 1, self.clause_end(maker.e + 1, self.word(maker.e, "to")).0))
        };
        let (addressee, content) =
            if v >= 2 && self.kind(v - 1) == Some(AtomKind::Comma) && self.atoms[v].text.ends_with("ing") {
                // "North Korea fired a missile, drawing condemnation from Japan": what the clause
                // before the participle tells is what is condemned ("…, prompting calls from the
                // opposition for early elections": what is asked for, of that clause's subject)
                let start = self.clause_start(v - 2);
                let content = if act == Act::Demand { asked() } else { Some((start, v - 1)) };
                let Some(content) = content.filter(|c| c.0 + 1 < c.1 && start < v - 1) else { return };
                (self.clause_subject_before(v - 1).filter(|a| a.s >= start), content)
            } else {
                let Some(subject_end) = self.skip_left(v.checked_sub(1)) else { return };
                let subject_end = if self.is_be(subject_end) || self.has(subject_end, class::AUX) {
                    match self.skip_left(subject_end.checked_sub(1)) {
                        Some(e) => e,
                        None => return,
                    }
                } else {
                    subject_end
                };
                let start = self.content_np_left(subject_end);
                if start > subject_end || !self.atoms[subject_end].is_word() {
                    return;
                }
                let over_what = (matches!(act, Act::Accuse | Act::Reject)
                    && ["over", "for"].iter().any(|w| self.word(maker.e, w)))
                .then(|| (maker.e + 1, self.clause_end(maker.e + 1, false).0))
                .filter(|&(from, end)| end > from);
                match (if act == Act::Demand { asked() } else { None }, of) {
                    (Some(asked), _) => (self.actor_ending_at(subject_end), asked),
                    // ("faced accusations of fraud from regulators": the subject is accused of fraud)
                    (None, Some(of)) => (self.actor_ending_at(subject_end), of),
                    // ("came under fire from regulators over its handling of data": the subject
                    // is criticised for what follows)
                    (None, None) => match over_what {
                        Some(over) => (self.actor_ending_at(subject_end), over),
                        None => (None, (start, subject_end + 1)),
                    },
                }
            };
        let report = self.attribution(reports, nn);
        self.push(
            out,
            act,
            maker,
            addressee,
            Some(content),
            nn,
            "nominal-received",
            (false, false),
            report,
            true,
        );
    }

    /// "made the remark in criticism of the state's hiring", "In a sharp rebuke to the
    /// governor, the council voted …", "walked out in protest at the ruling": a criticism or a
    /// protest made by doing something is the doer's, of what follows the noun (`nn`, an
    /// accusing or rejecting claim noun after "in").
    fn criticism_adjunct(&self, nn: usize, act: Act, reports: &[Report], out: &mut Vec<Candidate>) -> bool {
        if !["of", "to", "at", "against", "on"].iter().any(|w| self.word(nn + 1, w)) {
            return false;
        }
        let mut b = nn;
        while b > 0 && (self.has(b - 1, class::DET) || self.is_modifier_word(b - 1)) && nn - b < 3 {
            b -= 1;
        }
        if b == 0 || !self.word(b - 1, "in") {
            return false;
        }
        let (opening, object) = (b - 1, nn + 2);
        let (end, _) = self.clause_end(object, false);
        if end <= object {
            return false;
        }
        // Opening the sentence, the adjunct is the subject's after it; else the clause's before it.
        let actor = if (0..opening).all(|k| !self.atoms[k].is_word()) {
            if self.kind(end) != Some(AtomKind::Comma) {
                return false;
            }
            self.actor_starting_at(end + 1).filter(|a| {
                let v = self.skip_right(a.e, self.n());
                self.is_finite_verbish(v) || self.is_verbish_or_tagged(v)
            })
        } else {
            self.clause_subject_before(opening)
        };
        let Some(actor) = actor else { return false };
        let addressee = self.actor_starting_at(object).filter(|a| !matches!(a.who, Who::Unknown));
        let report = self.attribution(reports, nn);
        self.push(
            out,
            act,
            actor,
            addressee,
            Some((object, end)),
            nn,
            "criticism-adjunct",
            (false, false),
            report,
            false,
        );
        true
    }

    /// "“Our demand is the resignation of the government,” he said", "their main demand remains
    /// a pay rise", "we have only one demand and that is …": the speaker's side saying what it
    /// demands, the thing after the verb the content (`nn` at "demand"). True when read so.
    fn stated_demand(&self, nn: usize, reports: &[Report], out: &mut Vec<Candidate>) -> bool {
        if !(self.word(nn, "demand") || self.word(nn, "demands")) {
            return false;
        }
        // the owner's pronoun, past one modifier ("our main demand"), or "one demand and that is"
        let own = |i: usize| ["our", "my", "their", "its", "his", "her"].iter().any(|w| self.word(i, w));
        let (owned, verb) = if nn >= 1 && own(nn - 1) || nn >= 2 && own(nn - 2) && self.is_modifier(nn - 1) {
            (true, nn + 1)
        } else if self.word(nn + 1, "and")
            && self.word(nn + 2, "that")
            && (nn >= 1 && self.word(nn - 1, "one") || nn >= 2 && self.word(nn - 2, "one"))
        {
            (true, nn + 3)
        } else {
            (false, nn + 1)
        };
        // ("its demand was rejected": a passive or a description, not the demand stated)
        // ("our main demand is that Hasina resigns": the clause after "that" is the demand)
        let that = self.word(verb + 1, "that");
        if !owned
            || !(self.is_be(verb) || self.word(verb, "remains"))
            || !that && self.is_verbish(verb + 1)
            || self.has(verb + 1, class::NEG | class::ADV | class::PREP)
        {
            return false;
        }
        // ("our demand is simple: the resignation of …": past the word the colon explains)
        let from = if self.kind(verb + 2) == Some(AtomKind::Colon) {
            verb + 3
        } else if that {
            verb + 2
        } else {
            verb + 1
        };
        let (end, _) = self.clause_end(from, false);
        // ("that (Prime Minister) Sheikh Hasina resigns": an editor's brackets may open it)
        if end <= from || !self.atoms.get(from).is_some_and(|a| a.is_word() || a.kind == AtomKind::Open) {
            return false;
        }
        let Some(r) = self.report_at(reports, nn) else { return false };
        let Some(speaker) = reports[r].speaker else { return false };
        self.push(
            out,
            Act::Demand,
            speaker,
            None,
            Some((from, end)),
            nn,
            "stated-demand",
            (false, false),
            Some(r),
            false,
        );
        true
    }

    /// "at Russia’s request, …", "Iran’s rejection of …", "Russia’s demand for …".
    pub(crate) fn nominal_rule(&self, nn: usize, reports: &[Report], out: &mut Vec<Candidate>) {
        let Some(act) = self.atoms[nn].info.and_then(|w| w.noun_act) else { return };
        if act == Act::Demand && self.stated_demand(nn, reports, out) {
            return;
        }
        // "at the request of the Iraqi government, …"
        if nn >= 2 && self.word(nn - 1, "the") && self.word(nn - 2, "at") && self.word(nn + 1, "of") {
            if let Some(owner) = self.actor_starting_at(nn + 2).filter(|a| !matches!(a.who, Who::Unknown)) {
                let mut c = owner.e;
                if self.kind(c) == Some(AtomKind::Comma) {
                    c += 1;
                }
                let (end, _) = self.clause_end(c, false);
                let addressee = self.actor_starting_at(c);
                let report = self.attribution(reports, nn);
                self.push(
                    out,
                    act,
                    owner,
                    addressee,
                    Some((c, end)),
                    nn,
                    "nominal-at-request",
                    (false, false),
                    report,
                    true,
                );
            }
            return;
        }
        if matches!(act, Act::Accuse | Act::Reject) && self.criticism_adjunct(nn, act, reports, out) {
            return;
        }
        // "Their calls were echoed by three senators": who echoes a demand makes it too
        let echo = if self.is_be(nn + 1) { nn + 2 } else { nn + 1 };
        if ["echoed", "seconded", "repeated", "amplified"].iter().any(|w| self.word(echo, w))
            && self.is_be(echo - 1)
            && self.word(echo + 1, "by")
        {
            if let Some(agent) = self.actor_starting_at(echo + 2).filter(|a| !matches!(a.who, Who::Unknown)) {
                let start = self.np_left(nn).unwrap_or(nn);
                let report = self.attribution(reports, echo);
                self.push(
                    out,
                    act,
                    agent,
                    None,
                    Some((start, nn + 1)),
                    echo,
                    "nominal-echoed",
                    (false, false),
                    report,
                    false,
                );
            }
            return;
        }
        // "The plan drew criticism from rights groups", "the minister faced calls from the
        // opposition to resign": a claim someone receives, its maker after "from"
        if self.word(nn + 1, "from") {
            self.received_claim(nn, nn + 1, None, act, reports, out);
            return;
        }
        // "faced accusations of fraud from regulators": what is claimed, then its maker
        if self.word(nn + 1, "of") {
            // (a short phrase of words, none a preposition or a verb)
            let of_end = (nn + 2..(nn + 7).min(self.n()))
                .find(|&k| !self.atoms[k].is_word() || self.has(k, class::PREP) || self.is_finite_verbish(k))
                .unwrap_or(nn + 2);
            if of_end > nn + 2 && self.word(of_end, "from") {
                self.received_claim(nn, of_end, Some((nn + 2, of_end)), act, reports, out);
                return;
            }
        }
        // "A demand by Ecuador for the extradition of …": the owner after "by"
        // ("Calls by Russia for a ceasefire have grown": a plural opening the sentence)
        if self.word(nn + 1, "by")
            && (nn > 0 && self.has(nn - 1, class::DET) || nn == 0 && self.atoms[nn].text.ends_with('s'))
        {
            if let Some(owner) = self.actor_starting_at(nn + 2).filter(|a| !matches!(a.who, Who::Unknown)) {
                let after = owner.e;
                if ["for", "that", "to", "of"].iter().any(|w| self.word(after, w)) {
                    let (clause_end, _) = self.clause_end(after + 1, false);
                    // The content stops where the sentence's own verb starts ("… was rejected").
                    let end = (after + 1..clause_end)
                        .find(|&k| self.has(k, class::AUX | class::MODAL))
                        .unwrap_or(clause_end);
                    let report = self.attribution(reports, nn);
                    self.push(
                        out,
                        act,
                        owner,
                        None,
                        Some((after + 1, end)),
                        nn,
                        "nominal-by",
                        (false, false),
                        report,
                        true,
                    );
                }
            }
            return;
        }
        // "Tokyo's repeated requests": one modifier may sit between owner and noun
        if nn < 2 {
            return;
        }
        let adjective = |i: usize| {
            let a = self.atoms[i];
            a.is_word()
                && !a.cap
                && a.mark == crate::atoms::NONE
                && a.class() & !(class::LIGHT | class::HEAD) == 0
        };
        let poss = if nn >= 3 && adjective(nn - 1) && self.atoms[nn - 2].kind == AtomKind::Possessive {
            nn - 2
        } else {
            nn - 1
        };
        // "The Russian demand for security guarantees", "the Republican call for …": a side's
        // adjective after "the" owns the noun as a possessive does
        // (right before the noun: in "the French recipe calls for butter" the noun is a verb)
        let owner = if poss >= 1 && self.atoms[poss].kind == AtomKind::Possessive {
            self.actor_ending_at(poss - 1)
        } else {
            self.side_adjective_at(nn - 1, true)
        };
        // "Israel's plan to invade …", "Russia's agreement with Turkey": a plan or a pact is
        // not yet a position.
        if ["plan", "plans", "initiative", "agreement", "agreements"].iter().any(|w| self.word(nn, w)) {
            return;
        }
        let Some(owner) = owner else { return };
        // ("McGahn's refusal to comply": a name the lexicons do not know owns it too; "the
        // company's refusal" is nobody in particular)
        if matches!(owner.who, Who::Unknown) && !(owner.s..owner.e).all(|k| self.is_name(k)) {
            return;
        }
        let before = owner.s.checked_sub(1);
        let context_ok = before.is_none_or(|b| {
            let x = self.atoms[b];
            matches!(x.kind, AtomKind::Comma | AtomKind::OpenQuote | AtomKind::Colon)
                || ["at", "following", "upon", "on", "after"].iter().any(|w| x.eq(w))
                // mid-clause, where the noun is a reason given: "…, citing Moscow's demand for …"
                || ["citing", "over", "despite", "amid"].iter().any(|w| x.eq(w))
        });
        if !context_ok {
            return;
        }
        let report = self.attribution(reports, nn);
        // (a request or an order: "on Gonzales' sagging support among …" asks nothing)
        let at_request = act == Act::Demand
            && before.is_some_and(|b| self.word(b, "at") || self.word(b, "upon") || self.word(b, "on"));
        if at_request {
            // "At Iran's request, the EU should …": the main clause is what was asked for.
            let mut c = nn + 1;
            if self.kind(c) == Some(AtomKind::Comma) {
                c += 1;
            }
            let (end, _) = self.clause_end(c, false);
            let addressee = self.actor_starting_at(c);
            self.push(
                out,
                act,
                owner,
                addressee,
                Some((c, end)),
                nn,
                "nominal-at-request",
                (false, false),
                report,
                true,
            );
            return;
        }
        let after = nn + 1;
        if self.that_opens_relative_gap(after) {
            return;
        }
        if ["for", "that", "to", "of", "on"].iter().any(|w| self.word(after, w)) {
            let (mut end, _) = self.clause_end(after + 1, false);
            // "Russia's demand for talks angered Kyiv": the phrase is the subject, and the
            // sentence's verb ends what was demanded
            // (an -s form with a verb after it is a plural noun: "Russia's demand for security
            // guarantees is unrealistic")
            if before.is_none() && !self.word(after, "that") {
                // ("… drew criticism": an irregular past the tagger knows)
                let verbs: Vec<usize> = (after + 2..end)
                    .filter(|&k| self.is_finite_verbish(k) || self.is_verbish_or_tagged(k))
                    .collect();
                let verb = verbs
                    .iter()
                    .enumerate()
                    .find(|&(n, &k)| {
                        !self.atoms[k].text.ends_with('s') || n + 1 == verbs.len() || self.is_be(k)
                    })
                    .map(|(_, &k)| k);
                if let Some(mut verb) = verb {
                    // ("… guarantees has been widely reported": the auxiliaries go with the verb)
                    while verb > after + 2 && self.has(verb - 1, class::AUX | class::MODAL) {
                        verb -= 1;
                    }
                    end = verb;
                }
            }
            let addressee = if self.word(after, "on") || self.word(after, "to") {
                self.actor_starting_at(after + 1)
            } else {
                None
            };
            self.push(
                out,
                act,
                owner,
                addressee,
                Some((after + 1, end)),
                nn,
                "nominal-possessive",
                (false, false),
                report,
                true,
            );
        }
    }

    /// "we must condemn", "I have to reject …" (`v` at the verb after the modal `m`, the
    /// pronoun at `we`): a claim verb that condemns, refuses, denies or asks, done by whoever
    /// the pronoun is. Other verbs ("we must win") claim nothing.
    fn own_duty_claim(&self, m: usize, v: usize, we: usize, reports: &[Report], out: &mut Vec<Candidate>) {
        if !["must", "should", "have", "has", "need"].iter().any(|w| self.word(m, w))
            || self.has(m.wrapping_sub(1), class::NEG)
        {
            return;
        }
        if self.word(m, "need") && !self.word(v, "to") {
            self.own_need_claim(m, v, we, reports, out);
            return;
        }
        let Some((verb, forms)) = self.atoms.get(v).and_then(|a| a.info).and_then(|w| w.claim_verb) else {
            return;
        };
        let verb = &self.lex.verbs[verb as usize];
        if forms & form::BASE == 0 || !matches!(verb.act, Act::Accuse | Act::Reject | Act::Deny | Act::Demand)
        {
            return;
        }
        let mut after = self.skip_right(v + 1, self.n());
        let particle = verb.frames.particles.iter().any(|p| self.word(after, p)).then_some(after);
        if particle.is_some() {
            after += 1;
        } else if !verb.frames.particles.is_empty() {
            return;
        }
        let Some(actor) = self.own_speaker(we, v, reports) else { return };
        let polarity = self.polarity_before(m);
        self.frames_and_push(
            v,
            after,
            particle,
            verb,
            actor,
            "modal-own-duty",
            polarity,
            reports,
            out,
            false,
        );
    }

    /// "“We need more air defences from our partners,” he said", "we need the world to act":
    /// what the speaker's own side needs (`v` right after "need", the pronoun at `we`) is asked
    /// of whoever it is needed from or is to act. A need of nothing named, or from no one,
    /// asks nothing.
    fn own_need_claim(&self, m: usize, v: usize, we: usize, reports: &[Report], out: &mut Vec<Candidate>) {
        if !self.names_a_needed_thing(v) || self.has(v, class::PRON | class::PREP | class::SUB) {
            return;
        }
        let (end, _) = self.clause_end(v, false);
        if end <= v + 1 {
            return;
        }
        // ("we need the world to act": the one asked; "help from the West": the one asked too)
        let to_act = self.actor_starting_at(v).filter(|a| self.word(a.e, "to") && self.is_base_verb(a.e + 1));
        let from = (v..end).find(|&j| self.word(j, "from")).and_then(|f| self.actor_starting_at(f + 1));
        let Some(actor) = self.own_speaker(we, v, reports) else { return };
        // (a need of no one in particular, "we need everyone on it", "I need loyalty", is
        // too often a wish or a remark to read as a demand)
        let (addressee, start) = match (to_act, from) {
            (Some(a), _) => (a, a.e + 1),
            (None, Some(f)) => (f, v),
            (None, None) => return,
        };
        let addressee = Some(addressee);
        let report = self.attribution(reports, v);
        let polarity = self.polarity_before(m);
        self.push(
            out,
            Act::Demand,
            actor,
            addressee,
            Some((start, end)),
            m,
            "modal-own-need",
            polarity,
            report,
            false,
        );
    }

    /// Who "we" or "I" at `we` is, in the words reported around `v`: the speaker.
    fn own_speaker(&self, we: usize, v: usize, reports: &[Report]) -> Option<Actor> {
        let pronoun = self.actor_starting_at(we).filter(|a| a.e == we + 1)?;
        self.speaker_for(pronoun, reports, v)
    }

    /// "needs more support", "need the world to act", "need further action": the word at `j`
    /// after "need" opens a thing (or an actor) named, not a bare pronoun or an adverb.
    fn names_a_needed_thing(&self, j: usize) -> bool {
        self.atoms.get(j).is_some_and(|a| {
            a.is_word()
                && (a.is(class::DET) && !a.is(class::PRON)
                    || self.is_modifier_word(j)
                    || a.eq("more")
                    || a.eq("further")
                    // ("need the international community to act": an actor named, then its act)
                    || self.mark(j).is_some())
        })
    }

    /// "the demands that we heard now …", "the offer that they made on Friday": "that" at `t`
    /// opening a relative clause whose verb has no object of its own (a pronoun, a past verb,
    /// then no noun phrase), not the content of the noun before it.
    pub(crate) fn that_opens_relative_gap(&self, t: usize) -> bool {
        self.word(t, "that")
            && ["we", "they", "he", "she", "i", "you"].iter().any(|w| self.word(t + 1, w))
            && self.atoms.get(t + 2).is_some_and(|a| {
                a.is_word() && a.info.is_some_and(|w| w.verb & form::PAST != 0 && w.verb & form::BASE == 0)
            })
            && self.atoms.get(t + 3).is_none_or(|a| {
                !a.is_word()
                    || a.is(class::ADV | class::AUX | class::MODAL | class::PREP | class::TIME)
                    || self.is_ly_adverb(t + 3)
                    || a.eq("now")
            })
    }

    /// "“You have to send us the money,” he said", "“you must help us”": a quoted "you" told to
    /// do something for the speaker is the one the speaker asks (`m_end` after the modal). A
    /// "you" told what anyone must do is no one in particular ("you have to wear a helmet").
    fn told_to_you(&self, you: usize, m_end: usize) -> bool {
        let verb = if self.word(m_end, "to") { m_end + 1 } else { m_end };
        self.atoms[you].quoted
            && self.is_base_verb(verb)
            && (verb + 1..(verb + 4).min(self.n())).any(|k| self.word(k, "me") || self.word(k, "us"))
    }

    /// "said the agency should have acted sooner", "should not have released the data": in
    /// reported speech, what someone should have done otherwise reproaches them (`m` at the
    /// modal, `have` at its "have"). The speaker's own regret ("we should have …") accuses no one.
    fn reproach_rule(&self, m: usize, have: usize, reports: &[Report], out: &mut Vec<Candidate>) {
        let Some(r) = self.report_at(reports, m) else { return };
        let Some(speaker) = reports[r].speaker else { return };
        let Some(left) = self.skip_left(m.checked_sub(1)) else { return };
        if ["we", "i", "you", "it", "there", "that", "this", "one"].iter().any(|w| self.word(left, w)) {
            return;
        }
        // ("parents should have had a say", "should have been consulted": what was owed to
        // them, not their failing)
        if self.word(have + 1, "had") || self.word(have + 1, "been") {
            return;
        }
        let Some(addressee) = self.actor_ending_at(left).filter(|a| a.s >= reports[r].comp.0) else { return };
        // ("he said he should have resigned": the speaker's own regret)
        let own = addressee.e == addressee.s + 1
            && ["he", "she"].iter().any(|w| self.word(addressee.s, w))
            && !matches!(speaker.who, Who::Norms(..));
        if own || self.same_side(&addressee, &speaker) {
            return;
        }
        let (end, _) = self.clause_end(have + 1, false);
        if end <= have + 1 {
            return;
        }
        let polarity = (false, self.polarity(m, have).1);
        self.push(
            out,
            Act::Accuse,
            speaker,
            Some(addressee),
            Some((addressee.s, end)),
            m,
            "reported-reproach",
            polarity,
            Some(r),
            false,
        );
    }

    /// "Y must/should …" in reported speech: a demand by the speaker on Y.
    pub(crate) fn modal_rule(&self, m: usize, m_end: usize, reports: &[Report], out: &mut Vec<Candidate>) {
        // "Germany needs tighter export controls": a need of a named actor, said by
        // someone, asks for the thing; other needs ("the plant needs water") say nothing
        let need_object = (self.word(m, "need") || self.word(m, "needs")) && !self.word(m_end, "to");
        // "she didn't need their permission": no need, no demand
        let denied_need = m > 0
            && (self.has(m - 1, class::NEG | class::AUX) || self.kind(m - 1) == Some(AtomKind::Negation));
        let need_names_a_thing = self.names_a_needed_thing(m_end);
        if need_object && (denied_need || !need_names_a_thing) {
            return;
        }
        // "the wedding had to be postponed": what had to happen happened; nobody is asked
        if self.word(m, "had") {
            return;
        }
        // "he should have resigned", "he must have waited": a reproach or a guess about the
        // past asks nothing; "Washington would have to …": a need on a condition ("they would
        // need to deliver" is still asked of them)
        let mut after = m_end;
        while self.has(after, class::ADV) || self.is_ly_adverb(after) || self.has(after, class::NEG) {
            after += 1;
        }
        let perfect = self.word(after, "have")
            && self.atoms.get(after + 1).is_some_and(|a| {
                a.is_word()
                    && (a.eq("been")
                        || a.info.is_some_and(|w| w.verb & form::PART != 0)
                        || a.text.ends_with("ed"))
            });
        let would_have_to = ["have", "has"].iter().any(|w| self.word(m, w))
            && (m.saturating_sub(2)..m).any(|k| self.word(k, "would") || self.word(k, "might"));
        // ("they should not be alarmed", "you shouldn't be surprised": a feeling advised against
        // asks no act of anyone)
        let feeling = self.word(after, "be")
            && [
                "alarmed",
                "worried",
                "concerned",
                "surprised",
                "afraid",
                "scared",
                "shocked",
                "upset",
                "nervous",
                "disappointed",
            ]
            .iter()
            .any(|w| self.word(after + 1, w));
        if perfect && self.word(m, "should") {
            self.reproach_rule(m, after, reports, out);
        }
        if perfect || would_have_to || feeling {
            return;
        }
        // "you'll never have to download an update", "they won't need to queue": no obligation
        // ("had" returned above)
        let obligation_verb = ["have", "has", "need", "needs"].iter().any(|w| self.word(m, w));
        let negated_before = (m.saturating_sub(8)..m)
            .rev()
            .take_while(|&k| {
                !matches!(self.kind(k), Some(AtomKind::Comma | AtomKind::Terminal | AtomKind::Semicolon))
                    && !self.has(k, class::SUB | class::REL)
            })
            .any(|k| self.is_negation(k) || self.word(k, "never"));
        if obligation_verb && negated_before {
            return;
        }
        // "we saw the need to accelerate": the noun, not a requirement put on anyone
        if self.word(m, "need") && m > 0 && self.has(m - 1, class::DET) {
            return;
        }
        // "… does not mean that countries should give up", "the idea that countries should
        // shift … is wrong": an obligation denied or held up as an idea asks nothing
        let that = (m.saturating_sub(10)..m).rev().find(|&k| self.word(k, "that"));
        if let Some(t) = that.filter(|&t| {
            (t + 1..m).all(|k| !self.is_finite_verbish(k) && self.kind(k) != Some(AtomKind::Comma))
        }) {
            let idea = t >= 1
                && ["idea", "notion", "suggestion", "claim", "claims", "argument", "assertion"]
                    .iter()
                    .any(|w| self.word(t - 1, w));
            let denied_meaning = t >= 2
                && ["mean", "means", "imply", "implies"].iter().any(|w| self.word(t - 1, w))
                && (t.saturating_sub(4)..t - 1).any(|k| self.is_negation(k));
            if idea || denied_meaning {
                return;
            }
        }
        if self.word(m, "ought") && !self.word(m_end, "to") {
            return;
        }
        // "the project may well need to change direction": a need foreseen, not one put on anyone
        let mut h = m;
        while h > 0 && (self.has(h - 1, class::ADV) || self.is_ly_adverb(h - 1) || self.word(h - 1, "well")) {
            h -= 1;
        }
        if (self.word(m, "need") || self.word(m, "needs"))
            && h > 0
            && ["may", "might", "could"].iter().any(|w| self.word(h - 1, w))
        {
            return;
        }
        let Some(r) = self.report_at(reports, m) else { return };
        let Some(speaker) = reports[r].speaker else { return };
        // ("use it because they want to, not because they have to": a reason, asked of no one)
        if (reports[r].comp.0..m).any(|k| self.word(k, "because")) {
            return;
        }
        let Some(left) = self.skip_left(m.checked_sub(1)) else { return };
        let la = self.atoms[left];
        // "there needs to be a new election", "there must be an inquiry": what must come about
        // is asked for
        let be = if self.word(m_end, "to") { m_end + 1 } else { m_end };
        if la.eq("there") && self.word(be, "be") && !self.word(be + 1, "no") && !self.has(be + 1, class::NEG)
        {
            let (end, _) = self.clause_end(be + 1, false);
            // (a thing sides bring about: "a new election", "an inquiry", "accountability"; not
            // "more rain", "zero shame")
            let head = (be + 1..end.min(be + 6)).find(|&k| BROUGHT_ABOUT.iter().any(|w| self.word(k, w)));
            let names_thing =
                head.is_some_and(|h| (be + 1..h).all(|k| self.has(k, class::DET) || self.is_modifier(k)));
            if end > be + 1 && names_thing && !self.word(m, "ought") {
                let polarity = (false, self.polarity(m, m_end).1);
                self.push(
                    out,
                    Act::Demand,
                    speaker,
                    None,
                    Some((be + 1, end)),
                    m,
                    "reported-there-be",
                    polarity,
                    Some(r),
                    false,
                );
            }
            return;
        }
        // "there should be no deal": a refusal of the deal
        if la.eq("there") && self.word(m_end, "be") && self.word(m_end + 1, "no") {
            let (end, _) = self.clause_end(m_end + 2, false);
            if end > m_end + 2 {
                let polarity = (false, self.polarity(m, m_end).1);
                self.push(
                    out,
                    Act::Reject,
                    speaker,
                    None,
                    Some((m_end + 2, end)),
                    m,
                    "reported-no",
                    polarity,
                    Some(r),
                    false,
                );
            }
            return;
        }
        // "“We must condemn this attack,” she said": the speaker's own duty to condemn, refuse,
        // deny or demand is doing it
        if (la.eq("we") || la.eq("i")) && left + 1 == m && !self.has(after.saturating_sub(1), class::NEG) {
            self.own_duty_claim(m, after, left, reports, out);
            return;
        }
        if la.kind != AtomKind::Word
            // "it must" is the speaker's own or a thing's duty, but "every soldier on it must"
            // has a subject before the preposition.
            || la.is(class::PRON)
                && (la.eq("we")
                    || la.eq("i")
                    || la.eq("you") && !self.told_to_you(left, m_end)
                    || la.eq("it") && !self.has(left.wrapping_sub(1), class::PREP))
            || la.is(class::REL)
            || [
                "there",
                "what",
                "everything",
                "nothing",
                "something",
                "anything",
                "this",
                "that",
                "these",
                "those",
                "one",
            ]
            .iter()
            .any(|w| la.eq(w))
        {
            return;
        }
        // ("said Thursday Reid should …": no earlier than the reported clause)
        let mut start = self.clause_start(left).max(reports[r].comp.0.min(left));
        // (", and the minister should …": the clause opens past its coordinator)
        while start < left && (self.word(start, "and") || self.word(start, "but")) {
            start += 1;
        }
        if start > left {
            return;
        }
        // "authorities should stop harassing them, and must cease using …": after a comma, a
        // second predicate of the subject before, asked of it as the first one is
        if start == left && la.is(class::COORD) {
            let comp_start = reports[r].comp.0.min(left);
            let addressee = self.clause_subject_before(left).filter(|a| a.s >= comp_start);
            let (end, _) = self.clause_end(m_end, false);
            // With no one to ask: "the talks went well and should resume" expects; "the shops
            // were piping marijuana … and should be shut down" asks for an act on a thing, read
            // with the reported clause that names it.
            let passive = self.word(m_end, "be")
                && self.atoms.get(m_end + 1).is_some_and(|a| {
                    a.text.ends_with("ed") || a.info.is_some_and(|w| w.verb & form::PART != 0)
                });
            let from = match addressee {
                Some(_) => m,
                None if passive => comp_start,
                None => return,
            };
            if addressee.is_some_and(|a| self.same_side(&a, &speaker))
                || end <= m_end
                || addressee.is_none() && from >= left
            {
                return;
            }
            let polarity = (false, self.polarity(m, m_end).1);
            self.push(
                out,
                Act::Demand,
                speaker,
                addressee,
                Some((from, end)),
                m,
                "reported-modal",
                polarity,
                Some(r),
                false,
            );
            return;
        }
        // "… has lost its authority and the prime minister should resign": a clause of its own
        // after a coordinator, past another clause's verb
        {
            let s0 = self.content_np_left(left + 1);
            // (a subject of its own opens with a determiner or a name; "to find and report
            // theories needs to stop" coordinates verbs)
            if s0 > start + 1
                && s0 <= left
                && (self.has(s0, class::DET) && !self.has(s0, class::PRON) || self.is_name(s0))
                && (self.word(s0 - 1, "and") || self.word(s0 - 1, "but"))
                && (reports[r].comp.0.min(start)..s0 - 1).any(|k| self.is_finite_verbish(k))
            {
                start = s0;
            }
        }
        // The subject must be a noun phrase, not a verb ("… said should …"; "the charges
        // should be dropped" has the noun after its article).
        if self.atoms[left].mark == crate::atoms::NONE
            && self.atoms[left].info.is_some_and(|w| w.report != 0 || w.claim_verb.is_some())
            && !(left > 0 && self.has(left - 1, class::DET) && !self.has(left - 1, class::PRON))
        {
            return;
        }
        // "All of those who are so obsessed with the polls should …": the phrase a relative
        // clause describes is the subject
        let mut left = left;
        // "Those who wanted Brexit must offer solutions": the people the clause describes
        let those_who = (start.saturating_sub(2)..left).find(|&k| {
            k >= 1
                && self.word(k, "who")
                && ["those", "anyone", "anybody", "everyone", "everybody"].iter().any(|w| self.word(k - 1, w))
                && self.clause_start(k - 1) == k - 1
        });
        if let Some(who) = those_who {
            start = who - 1;
        } else if start >= 2
            && (self.has(start - 1, class::REL) || self.word(start - 1, "that"))
            && self.atoms[start - 2].is_word()
            // a subject relative ("that are …"), not a reported clause ("told X that the …")
            && (self.is_finite_verbish(start) || self.has(start, class::AUX | class::MODAL))
            && !self.is_verbish(start - 2)
            && !self.atoms[start - 2].is(class::DET
                | class::PREP
                | class::SUB
                | class::COORD
                | class::PRON
                | class::ADV
                | class::AUX)
        {
            let head = start - 2;
            let outer = self.clause_start(head);
            if outer <= head
                && (outer..=head).all(|k| !self.is_finite_verbish(k) && !self.atoms[k].is(class::PRON))
            {
                start = outer;
                left = head;
            }
        }
        // "Nobody should be fooled", "no one should be above the law": a rule for anyone, asked
        // of no one
        if self.word(start, "nobody") || self.word(start, "no") && self.word(start + 1, "one") {
            return;
        }
        let addressee = self.actor_ending_at(left).filter(|a| {
            a.s == start
                // "it/they should" ask nobody in particular; "he/she should" asks a person
                && !(matches!(a.who, Who::Unknown)
                    && self.atoms[a.s].is(class::PRON)
                    && a.e - a.s == 1
                    && !(self.word(a.s, "he") || self.word(a.s, "she")))
        });
        // ("we should …" puts a duty on the speaker's own side; one party member may still
        // ask another: "I think he should exit the race")
        let two_people =
            |a: &Actor| matches!((a.who, speaker.who), (Who::Person(x), Who::Person(y)) if x != y);
        if addressee.is_some_and(|a| self.same_side(&a, &speaker) && !two_people(&a)) {
            return;
        }
        if need_object && addressee.is_none_or(|a| matches!(a.who, Who::Unknown)) {
            return;
        }
        // "must" obliges; "should" without an actor may be an expectation ("the talks should
        // resume next week") unless it asks for an action on someone ("… should be lifted",
        // "rich countries should honour …").
        let obliging = !self.word(m, "should") && !self.word(m, "ought");
        // a group is asked to act only when it is the whole subject ("countries should resist"),
        // not a part of it ("the house's use by the police should send a signal")
        let actor_subject = self.atoms[left].is(class::HEAD) && self.np_left(left) == Some(start);
        if addressee.is_none() && !obliging && !actor_subject {
            let mut b = m_end;
            while self.has(b, class::NEG | class::ADV)
                || self.kind(b) == Some(AtomKind::Negation)
                || self.is_ly_adverb(b)
            {
                b += 1;
            }
            // ("should be seen as", "should be understood": how to read a thing, not an act asked for)
            let interpretive = [
                "seen",
                "viewed",
                "understood",
                "considered",
                "regarded",
                "interpreted",
                "read",
                "construed",
                "judged",
                "remembered",
                "noted",
            ]
            .iter()
            .any(|w| self.word(b + 1, w));
            let passive = self.word(b, "be")
                && !interpretive
                && self.atoms.get(b + 1).is_some_and(|a| {
                    a.is_word()
                        && (a.text.ends_with("ed") || a.info.is_some_and(|w| w.verb & form::PART != 0))
                });
            // "any deal should include …", "a small presence should remain": what the speaker
            // wants of a thing named with a determiner; not an expectation ("the talks should
            // resume", "it should be easy") of the kind "be", "have" and the like express
            let wanted = self.has(start, class::DET)
                && !self.has(start, class::PRON)
                && left > start
                && self.is_base_verb(b)
                && ![
                    "be", "have", "get", "take", "come", "go", "happen", "help", "resume", "continue",
                    "send", "make", "see", "lead",
                ]
                .iter()
                .any(|w| self.word(b, w));
            // "the rockets should be government assets", "Jerusalem should be the capital":
            // what a thing should be, named by a noun, is a status asked for (an expectation is
            // most often an adjective: "it should be easy", "the talks should be brief")
            let status = self.word(b, "be") && !interpretive && self.predicative_noun(b + 1);
            if !passive && !wanted && !status {
                return;
            }
        }
        let (end, _) = self.clause_end(m_end, false);
        let polarity = (false, self.polarity(m, m_end).1);
        // "the governor should be ashamed of his remarks": shame asked for accuses
        let mut b = m_end;
        while self.has(b, class::ADV) || self.is_ly_adverb(b) {
            b += 1;
        }
        let shame = self.word(b, "be") && self.word(b + 1, "ashamed") && !self.has(m_end, class::NEG);
        // "they must face the consequences of their actions": a penalty foretold, which warns
        // (see `consequences_rule`), not a duty asked for
        if self.word(b, "face") && (b + 1..(b + 4).min(self.n())).any(|k| self.word(k, "consequences")) {
            return;
        }
        self.push(
            out,
            if shame { Act::Accuse } else { Act::Demand },
            speaker,
            addressee,
            Some((start, end)),
            m,
            if shame { "reported-shame" } else { "reported-modal" },
            polarity,
            Some(r),
            false,
        );
    }

    /// Whether a noun phrase headed by a common noun opens at `k`: determiners, adjectives and
    /// hyphenated modifiers, then a noun the tagger reads as one, before any preposition
    /// ("government-acquired assets", "the capital", "a priority").
    fn predicative_noun(&self, k: usize) -> bool {
        let mut j = k;
        while j < (k + 6).min(self.n()) {
            let a = &self.atoms[j];
            if a.kind == AtomKind::Hyphen {
                j += 1;
                continue;
            }
            if !a.is_word() || a.is(class::PREP) {
                return false;
            }
            if self.is_time_word(j) {
                return false;
            }
            match self.tag(j).map(|t| t.xpos()) {
                Some("NN" | "NNS") => {
                    // the last word of the phrase ("government" in "government-acquired assets"
                    // is a modifier)
                    let more = self.atoms.get(j + 1).is_some_and(|b| b.kind == AtomKind::Hyphen)
                        || self.atoms.get(j + 1).is_some_and(|b| b.is_word())
                            && self
                                .tag(j + 1)
                                .is_some_and(|t| matches!(t.xpos(), "NN" | "NNS" | "VBN" | "JJ"));
                    if !more {
                        return true;
                    }
                    j += 1;
                }
                Some("DT" | "JJ" | "JJR" | "JJS" | "VBN" | "PRP$" | "CD") => j += 1,
                _ => return false,
            }
        }
        false
    }

    /// "it is necessary/crucial that …" in reported speech.
    /// "“The right course is to withdraw now,” they said": the course a speaker calls right is
    /// demanded.
    pub(crate) fn right_course_rule(
        &self,
        c: usize,
        c_end: usize,
        reports: &[Report],
        out: &mut Vec<Candidate>,
    ) {
        let mut k = c_end;
        // "the right thing to do is", "would be"
        if self.word(k, "to") && self.word(k + 1, "do") {
            k += 2;
        }
        let be = if self.word(k, "would") && self.word(k + 1, "be") { k + 1 } else { k };
        if !self.is_be(be) || !self.word(be + 1, "to") {
            return;
        }
        let Some(r) = self.report_at(reports, c) else { return };
        let Some(speaker) = reports[r].speaker else { return };
        let end = self.clause_end_joined(be + 2);
        if end <= be + 2 {
            return;
        }
        self.push(
            out,
            Act::Demand,
            speaker,
            None,
            Some((be + 2, end)),
            c,
            "reported-right-course",
            (false, false),
            Some(r),
            false,
        );
    }

    /// "“Get out and vote on Tuesday!” Trump tweeted", "“…, go out and vote Republican today,”
    /// he said": a quoted sentence or clause that opens with an order is a demand by the speaker.
    pub(crate) fn imperative_rule(&self, v: usize, reports: &[Report], out: &mut Vec<Candidate>) {
        // the order opens the quotation, a sentence in it, or a clause after a vocative
        // (past a "please": "“Please release the hostages”")
        let head =
            if v > 0 && (self.word(v - 1, "please") || self.word(v - 1, "kindly")) { v - 1 } else { v };
        let before = (0..head).rev().find(|&k| !self.atoms[k].is_quote());
        let quote_between = before.is_some_and(|k| self.atoms[k + 1..head].iter().any(|a| a.is_quote()));
        let opens = before.is_none_or(|k| {
            matches!(self.kind(k), Some(AtomKind::Terminal | AtomKind::Colon | AtomKind::Semicolon))
                // "Virginia, …, go out and vote": after a comma only a phrasal order, not a list
                // of adjectives ("a large, open payload deck")
                || self.kind(k) == Some(AtomKind::Comma)
                    && (quote_between || ["out", "up", "down", "back", "away", "home", "ahead"].iter().any(|w| self.word(v + 1, w)))
                // "protesters chanted “Free Navalny” outside the court": quoted right after the
                // verb that reports it
                || quote_between && self.is_report_word(k)
        });
        if !opens || !self.atoms[v].quoted {
            return;
        }
        // a subject after the verb asks a question ("Go they?"), "let me" explains, "get" alone
        // is too common a word to order anything
        let next = self.atoms.get(v + 1);
        if next.is_none_or(|n| {
            !n.is_word() || n.is(class::AUX | class::MODAL | class::PRON) && !self.word(v + 1, "them")
        }) || self.word(v, "let") && (self.word(v + 1, "me") || self.word(v + 1, "us"))
            || self.word(v, "hands") && !self.word(v + 1, "off")
        {
            return;
        }
        let Some(r) = self.report_at(reports, v) else { return };
        let Some(speaker) = reports[r].speaker else { return };
        let (end, _) = self.clause_end(v, true);
        if end <= v + 1 {
            return;
        }
        self.push(
            out,
            Act::Demand,
            speaker,
            None,
            Some((v, end)),
            v,
            "quoted-imperative",
            (false, false),
            Some(r),
            false,
        );
    }

    /// "we will not be intimidated", "Democrats aren't going to be bullied by the White House":
    /// refusing to be made to yield rejects whoever presses.
    pub(crate) fn not_intimidated_rule(&self, p: usize, reports: &[Report], out: &mut Vec<Candidate>) {
        const YIELDED: [&str; 12] = [
            "dictated",
            "lectured",
            "threatened",
            "intimidated",
            "bullied",
            "blackmailed",
            "cowed",
            "silenced",
            "deterred",
            "swayed",
            "coerced",
            "pressured",
        ];
        if !YIELDED.iter().any(|w| self.word(p, w)) {
            return;
        }
        let Some(be) = p.checked_sub(1).filter(|&b| self.word(b, "be")) else { return };
        // "will not be", "won't be", "aren't going to be", "refuse to be"
        let lo = be.saturating_sub(5);
        let negated = (lo..be).any(|k| self.is_negation(k));
        let refuse = (lo..be).any(|k| ["refuse", "refuses", "refused"].iter().any(|w| self.word(k, w)));
        let future = (lo..be).any(|k| {
            ["will", "wo", "would", "'ll", "’ll"].iter().any(|w| self.word(k, w)) || self.word(k, "going")
        });
        if !(negated && future || refuse) {
            return;
        }
        let Some(lead) = (lo..be).find(|&k| self.is_verbish(k) || self.has(k, class::MODAL)) else { return };
        let Some((actor, _)) = self.subject_of(lead, reports) else { return };
        let (end, _) = self.clause_end(p + 1, false);
        // ("will not be dictated to by Brussels": past the preposition the verb takes)
        let content_start = if self.word(p + 1, "by") {
            p + 2
        } else if self.word(p + 1, "to") && self.word(p + 2, "by") {
            p + 3
        } else {
            p
        };
        // ("by anyone": whoever tries, the yielding is what is refused)
        let content_start =
            if ["anyone", "anybody"].iter().any(|w| self.word(content_start, w)) { p } else { content_start };
        let report = self.attribution(reports, p);
        self.push(
            out,
            Act::Reject,
            actor,
            None,
            Some((content_start, end.max(p + 1))),
            p,
            "will-not-yield",
            (false, false),
            report,
            false,
        );
    }

    /// "that cannot be allowed to happen", "this will not be tolerated": in someone's words, a
    /// refusal of what the subject names.
    pub(crate) fn not_allowed_rule(&self, p: usize, reports: &[Report], out: &mut Vec<Candidate>) {
        if !["allowed", "tolerated", "permitted", "accepted"].iter().any(|w| self.word(p, w)) {
            return;
        }
        let Some(be) = p.checked_sub(1).filter(|&b| self.word(b, "be")) else { return };
        let Some(m) = be.checked_sub(1) else { return };
        // "cannot be", "must not be", "will not be", "won't be"
        let negated_modal = self.word(m, "cannot")
            || self.is_negation(m) && m > 0 && self.has(m - 1, class::MODAL | class::AUX);
        if !negated_modal {
            return;
        }
        let Some(r) = self.report_at(reports, p) else { return };
        let Some(speaker) = reports[r].speaker else { return };
        // what is not to be allowed: the subject, or "that"/"this" for what was just said
        let aux = if self.word(m, "cannot") { m } else { m - 1 };
        let Some(mut e) = self.skip_left(aux.checked_sub(1)) else { return };
        // ("remarks of this nature are unacceptable and will not be tolerated": the subject of
        // the predicate before the coordinator, from the reported clause's start)
        let mut subject_start = None;
        if self.has(e, class::COORD) {
            let from = self.skip_quotes_from(reports[r].comp.0);
            let Some(be) = (from..e).rev().find(|&k| self.is_be(k)) else { return };
            // (a short subject of its own, no clause)
            let Some(before) = self.skip_left(be.checked_sub(1)).filter(|&k| {
                k >= from && k < from + 8 && (from..k).all(|j| self.kind(j) != Some(AtomKind::Comma))
            }) else {
                return;
            };
            e = before;
            subject_start = Some(from);
        }
        let s = subject_start.unwrap_or_else(|| self.np_left(e).unwrap_or(e));
        let content = if self.word(p + 1, "to") { (s, self.clause_end(p + 1, true).0) } else { (s, e + 1) };
        if content.1 <= content.0 {
            return;
        }
        self.push(
            out,
            Act::Reject,
            speaker,
            None,
            Some(content),
            p,
            "not-allowed",
            (false, false),
            Some(r),
            false,
        );
    }

    /// "the blockade cannot continue", "the junta cannot remain in power", "the killings can't go
    /// on": in someone's words, what may not go on is refused (`v` at the verb after the
    /// negation).
    pub(crate) fn cannot_go_on_rule(&self, v: usize, reports: &[Report], out: &mut Vec<Candidate>) {
        let going_on = ["continue", "remain", "stay", "persist"].iter().any(|w| self.word(v, w))
            || self.word(v, "go") && self.word(v + 1, "on");
        if !going_on {
            return;
        }
        // "cannot", "can not", "can't", "must not", "mustn't"
        let Some(neg) = v.checked_sub(1) else { return };
        let modal = if self.word(neg, "cannot") {
            neg
        } else {
            match neg.checked_sub(1) {
                Some(m) if ["can", "must", "ca", "mus"].iter().any(|w| self.word(m, w)) => m,
                _ => return,
            }
        };
        // nothing done to anything: "cannot continue production" goes on with something
        let after = if self.word(v, "go") { v + 2 } else { v + 1 };
        if self.atoms.get(after).is_some_and(|a| {
            a.is_word()
                && !a.is(class::PREP | class::ADV)
                && !self.is_ly_adverb(after)
                && !self.word(after, "to")
        }) {
            return;
        }
        let Some(r) = self.report_at(reports, v) else { return };
        let Some(speaker) = reports[r].speaker else { return };
        let Some(e) = self.skip_left(modal.checked_sub(1)) else { return };
        // ("this cannot go on": what was just said)
        let demonstrative = ["this", "that", "it"].iter().any(|w| self.word(e, w));
        let s = if demonstrative { e } else { self.content_np_left(e) };
        if s < reports[r].comp.0 || !self.atoms[e].is_word() {
            return;
        }
        // ("we cannot continue like this", "she said she could not stay long": a person's own
        // going on is no refusal)
        if e == s && ["we", "i", "you", "he", "she", "they"].iter().any(|w| self.word(s, w)) {
            return;
        }
        let (end, _) = self.clause_end(v, false);
        self.push(
            out,
            Act::Reject,
            speaker,
            None,
            Some((s, end.max(v + 1))),
            v,
            "cannot-go-on",
            (false, false),
            Some(r),
            false,
        );
    }

    /// "Asked whether she would resign, the mayor said: “Absolutely not.”", "“No,” the senator
    /// replied when asked if he would back the bill": a quoted answer of a word or two to a
    /// question of what someone would do refuses the deed, or with "yes" accepts it (`v` at
    /// "asked").
    pub(crate) fn asked_answer_rule(&self, v: usize, reports: &[Report], out: &mut Vec<Candidate>) {
        const NO: [&str; 4] = ["no", "not", "never", "nope"];
        const YES: [&str; 7] = ["yes", "yeah", "absolutely", "definitely", "certainly", "course", "sure"];
        const FILLER: [&str; 3] = ["of", "way", "no"];
        // ("Asked Monday whether …", "asked on Tuesday if …": past a time phrase)
        let w = self.skip_right(v + 1, self.n());
        if !(self.word(w, "whether") || self.word(w, "if")) {
            return;
        }
        let question = w + 1;
        let Some((content, truth)) = self
            .asked_deed(question)
            .map(|c| (c, false))
            .or_else(|| self.asked_truth(question).map(|c| (c, true)))
        else {
            return;
        };
        // the answer: a quotation holding nothing but a word or two of answer ("No." may come
        // as one token, read as the abbreviation of "number")
        let one_of = |j: usize, list: &[&str]| {
            let text = self.atoms[j].text.strip_suffix('.').unwrap_or(self.atoms[j].text);
            self.atoms[j].is_word() && list.iter().any(|w| text.eq_ignore_ascii_case(w))
        };
        let mut answer = None;
        let mut k = 0;
        while k < self.n() {
            if self.kind(k) != Some(AtomKind::OpenQuote) {
                k += 1;
                continue;
            }
            let Some(close) = (k + 1..self.n()).find(|&j| self.kind(j) == Some(AtomKind::CloseQuote)) else {
                break;
            };
            let words: Vec<usize> = (k + 1..close).filter(|&j| self.atoms[j].is_word()).collect();
            let all_answer = (k + 1..close).all(|j| {
                !self.atoms[j].is_word()
                    && matches!(self.kind(j), Some(AtomKind::Comma | AtomKind::Terminal | AtomKind::Other))
                    || one_of(j, &NO)
                    || one_of(j, &YES)
                    || one_of(j, &FILLER)
            });
            if !words.is_empty() && words.len() <= 3 && all_answer {
                let negative = words.iter().any(|&j| one_of(j, &NO));
                answer = Some((k, close, negative));
                break;
            }
            k = close + 1;
        }
        let Some((open, close, negative)) = answer else { return };
        // who answers: the speaker the quotation is reported of
        let Some(r) =
            reports.iter().position(|r| r.speaker.is_some() && r.comp.0 <= open + 1 && close <= r.comp.1)
        else {
            return;
        };
        let Some(speaker) = reports[r].speaker else { return };
        // (a claim asked about and answered "no" is denied; "yes" claims nothing of anyone's)
        let act = match (truth, negative) {
            (true, true) => Act::Deny,
            (true, false) => return,
            (false, true) => Act::Reject,
            (false, false) => Act::Accept,
        };
        self.push(out, act, speaker, None, Some(content), v, "asked-answer", (false, false), Some(r), false);
    }

    /// "(asked) whether she would resign": what someone would do, from the question at `question`.
    fn asked_deed(&self, question: usize) -> Option<(usize, usize)> {
        let modal = (question..(question + 6).min(self.n()))
            .find(|&k| self.word(k, "would") || self.word(k, "will"))?;
        let asked_of =
            (question..modal).all(|k| self.atoms[k].is_word() || self.atoms[k].kind == AtomKind::Possessive);
        let deed = modal + 1;
        if modal == question
            || !asked_of
            || !self.atoms.get(deed).is_some_and(|a| a.is_word() && !a.cap)
            || self.has(deed, class::NEG)
        {
            return None;
        }
        let (end, _) = self.clause_end(deed, false);
        if end <= deed {
            return None;
        }
        // what someone would do: "whether she would …", "whether the bloc would …" (not
        // "whether the talks would resume")
        let pronoun = modal == question + 1
            && ["he", "she", "they", "it", "we", "i", "you"].iter().any(|w| self.word(question, w));
        if !pronoun && self.actor_starting_at(question).is_none_or(|a| a.e != modal) {
            return None;
        }
        Some((deed, end))
    }

    /// "(asked) if the allegation was true": the claim whose truth the question at `question`
    /// puts, a noun phrase of something said.
    fn asked_truth(&self, question: usize) -> Option<(usize, usize)> {
        let be = (question + 1..(question + 6).min(self.n())).find(|&k| self.is_be(k))?;
        let truth = ["true", "accurate", "correct"].iter().any(|w| self.word(be + 1, w));
        let said = (question..be).any(|k| {
            [
                "allegation",
                "allegations",
                "claim",
                "claims",
                "report",
                "reports",
                "accusation",
                "accusations",
                "story",
                "rumour",
                "rumours",
                "rumor",
                "rumors",
            ]
            .iter()
            .any(|w| self.word(k, w))
        });
        (truth
            && said
            && (question..be).all(|k| self.atoms[k].is_word() || self.kind(k) == Some(AtomKind::Possessive)))
        .then_some((question, be))
    }

    /// "he did nothing wrong", "the aide hadn't done anything wrong": in someone's reported words,
    /// a denial of wrongdoing.
    pub(crate) fn nothing_wrong_rule(&self, w: usize, reports: &[Report], out: &mut Vec<Candidate>) {
        const WRONG: [&str; 7] =
            ["wrong", "illegal", "improper", "unlawful", "criminal", "inappropriate", "unethical"];
        if !WRONG.iter().any(|x| self.word(w, x)) {
            return;
        }
        let Some(q) = w.checked_sub(1) else { return };
        let nothing = self.word(q, "nothing");
        if !nothing && !self.word(q, "anything") {
            return;
        }
        let Some(d) = q.checked_sub(1) else { return };
        if !["do", "did", "does", "done", "doing"].iter().any(|x| self.word(d, x)) {
            return;
        }
        // "anything wrong" denies only under a negation: "hadn't done anything wrong"
        let negation = (d.saturating_sub(3)..d).any(|k| self.is_negation(k));
        if !nothing && !negation {
            return;
        }
        self.push_reported_innocence(w, d, w + 1, reports, out);
    }

    /// "“I never touched anyone inappropriately,” he said", "we have not acted improperly": the
    /// adverb at `w` says how a deed would have been wrong, and "never" or "not" before its verb
    /// denies it was done.
    pub(crate) fn never_done_wrongly_rule(&self, w: usize, reports: &[Report], out: &mut Vec<Candidate>) {
        // the negation opens the clause's verb phrase: its subject, then only words up to `w`
        let Some(negation) = (w.saturating_sub(6)..w)
            .rev()
            .take_while(|&k| self.atoms[k].is_word())
            .find(|&k| self.is_negation(k) || self.word(k, "never"))
        else {
            return;
        };
        let pronoun = |k: usize| ["i", "we", "he", "she", "it", "they"].iter().any(|p| self.word(k, p));
        let own = negation >= 1
            && (pronoun(negation - 1)
                || negation >= 2 && self.has(negation - 1, class::AUX) && pronoun(negation - 2));
        if !own {
            return;
        }
        self.push_reported_innocence(w, negation, w + 1, reports, out);
    }

    /// A denial of wrongdoing at `w` in someone's reported words, its content from the start of
    /// what they said (at the latest `d`, the verb of the clause) to `end`.
    fn push_reported_innocence(
        &self,
        w: usize,
        d: usize,
        end: usize,
        reports: &[Report],
        out: &mut Vec<Candidate>,
    ) {
        let Some(r) = self.report_at(reports, w) else { return };
        let Some(speaker) = reports[r].speaker else { return };
        let start = self.skip_quotes_from(reports[r].comp.0).min(d);
        if start >= d {
            return;
        }
        self.push(
            out,
            Act::Deny,
            speaker,
            None,
            Some((start, end)),
            w,
            "reported-innocence",
            (false, false),
            Some(r),
            false,
        );
    }

    /// "“We had absolutely nothing to do with it,” X said": in someone's reported words, a
    /// denial of a part in something (`w` at "do", after "nothing to", before "with").
    pub(crate) fn nothing_to_do_with_rule(&self, w: usize, reports: &[Report], out: &mut Vec<Candidate>) {
        let Some(mut d) = w.checked_sub(3) else { return };
        while d > 0 && (self.has(d, class::ADV) || self.is_ly_adverb(d)) {
            d -= 1;
        }
        if !["had", "has", "have", "having"].iter().any(|x| self.word(d, x)) {
            return;
        }
        let (end, _) = self.clause_end(w + 2, false);
        // ("the tariffs and the talks have nothing to do with one another": things kept apart,
        // no part denied)
        let reciprocal = self.word(w + 2, "each") || self.word(w + 2, "one") && self.word(w + 3, "another");
        if end <= w + 2 || reciprocal {
            return;
        }
        self.push_reported_innocence(w, d, end, reports, out);
    }

    /// "“Plainly, there was fraud,” X said" accuses; "there was NO FRAUD and NO
    /// BRIBERY" denies.
    pub(crate) fn there_was_rule(&self, w: usize, reports: &[Report], out: &mut Vec<Candidate>) {
        let mut k = w;
        let no = k > 0 && self.word(k - 1, "no");
        if no {
            k -= 1;
        }
        // "there was no bribery and no cover-up": the second noun goes with the first
        if k >= 2 && self.word(k - 1, "and") && self.has(k - 2, class::WRONGDOING) {
            return;
        }
        // (`there was “no collusion”`: the quotation mark too)
        while k > 0
            && (self.has(k - 1, class::ADV) || self.is_ly_adverb(k - 1) || self.atoms[k - 1].is_quote())
        {
            k -= 1;
        }
        // "the memos show clearly no collusion", "found no evidence of obstruction": a
        // finding of no wrongdoing, in someone's words, denies it
        // ("no evidence of the violation": past the noun's article)
        let e = if !no && k > 0 && self.has(k - 1, class::DET) && !self.has(k - 1, class::PRON) {
            k - 1
        } else {
            k
        };
        let evidence_of = e >= 3
            && self.word(e - 1, "of")
            && ["evidence", "proof", "sign"].iter().any(|x| self.word(e - 2, x))
            && self.word(e - 3, "no");
        let finding_at = if evidence_of { e - 3 } else { k };
        if no || evidence_of {
            let mut f = finding_at;
            while f > 0
                && (self.has(f - 1, class::ADV) || self.is_ly_adverb(f - 1) || self.atoms[f - 1].is_quote())
            {
                f -= 1;
            }
            const FINDINGS: [&str; 12] = [
                "show", "shows", "showed", "shown", "prove", "proves", "proved", "found", "finds", "find",
                "revealed", "reveal",
            ];
            if f > 0 && FINDINGS.iter().any(|x| self.word(f - 1, x)) {
                let Some(r) = self.report_at(reports, w) else { return };
                let Some(speaker) = reports[r].speaker else { return };
                let (end, _) = self.clause_end(w, false);
                let start = reports[r].comp.0.min(f - 1);
                self.push(
                    out,
                    Act::Deny,
                    speaker,
                    None,
                    Some((start, end)),
                    w,
                    "reported-no-wrongdoing",
                    (false, false),
                    Some(r),
                    false,
                );
                return;
            }
        }
        // ("there is no evidence of wrongdoing" denies as "there was no wrongdoing" does)
        let (no, k) = if evidence_of { (true, finding_at) } else { (no, k) };
        if !no && self.committed_wrongdoing(w, k, reports, out) {
            return;
        }
        let be = k.checked_sub(1).filter(|&b| self.is_be(b) || self.word(b, "been"));
        let Some(be) = be else { return };
        let there = if self.word(be, "been") && be >= 2 && self.word(be - 1, "has") {
            be - 2
        } else {
            be.wrapping_sub(1)
        };
        if !self.word(there, "there") {
            return;
        }
        let Some(r) = self.report_at(reports, w) else { return };
        let Some(speaker) = reports[r].speaker else { return };
        let (end, _) = self.clause_end(w, false);
        let act = if no { Act::Deny } else { Act::Accuse };
        self.push(
            out,
            act,
            speaker,
            None,
            Some((there, end)),
            w,
            "reported-wrongdoing",
            (false, false),
            Some(r),
            false,
        );
    }

    /// "Prosecutors said the former minister had taken bribes", "HRW said soldiers committed
    /// war crimes": a wrongdoing (noun at `w`, its phrase from `k`) that a reported clause's
    /// subject committed, took part in or took is the speaker's accusation of that subject.
    fn committed_wrongdoing(&self, w: usize, k: usize, reports: &[Report], out: &mut Vec<Candidate>) -> bool {
        const DEEDS: [&str; 25] = [
            "spread",
            "spreads",
            "spreading",
            "commit",
            "commits",
            "committed",
            "committing",
            "take",
            "takes",
            "took",
            "taken",
            "taking",
            "accept",
            "accepts",
            "accepted",
            "accepting",
            "pay",
            "pays",
            "paid",
            "engaged",
            "engage",
            "engages",
            "carried",
            "involved",
            "guilty",
        ];
        // back over the noun's modifiers ("war crimes", "massive fraud") to the verb
        let mut j = k;
        let noun_modifier = |x: usize| {
            let a = &self.atoms[x];
            a.is_word()
                && !a.cap
                && a.info.is_none_or(|i| i.class & !class::HEAD == 0 && i.verb == 0 && i.report == 0)
        };
        // ("committed dozens of human rights violations": a count and its "of" too)
        let count_of = |x: usize| {
            self.word(x, "of")
                && x > 0
                && (self.atoms[x - 1].kind == AtomKind::Number
                    || ["dozens", "hundreds", "thousands", "scores", "number", "series", "string"]
                        .iter()
                        .any(|q| self.word(x - 1, q)))
        };
        while j > 0
            && w - j < 6
            && !DEEDS.iter().any(|d| self.word(j - 1, d))
            && (self.is_modifier(j - 1)
                || self.has(j - 1, class::DET)
                || noun_modifier(j - 1)
                || count_of(j - 1)
                || self.atoms[j - 1].kind == AtomKind::Number)
        {
            j -= 1;
        }
        // "engaged in", "carried out", "involved in", "guilty of"
        let Some(mut verb) = j.checked_sub(1) else { return false };
        if ["in", "out", "of"].iter().any(|p| self.word(verb, p)) {
            let Some(v) = verb.checked_sub(1) else { return false };
            verb = v;
        }
        if !DEEDS.iter().any(|d| self.word(verb, d)) {
            return false;
        }
        let Some(r) = self.report_at(reports, w) else { return false };
        let Some(speaker) = reports[r].speaker else { return false };
        let start = reports[r].comp.0;
        // the verb's subject, past its auxiliaries, opening the reported clause
        let mut b = verb;
        while b > start
            && (self.has(b - 1, class::AUX | class::ADV) || self.is_be(b - 1) || self.is_ly_adverb(b - 1))
        {
            b -= 1;
        }
        let Some(subject) = b.checked_sub(1).filter(|&e| e >= start).and_then(|e| self.actor_ending_at(e))
        else {
            return false;
        };
        // ("“Recently, the army has …": a time or an adverb may open the clause)
        if subject.s < start
            || (start..subject.s).any(|x| {
                self.atoms[x].is_word()
                    && !self.word(x, "that")
                    && !self.is_time_word(x)
                    && !self.is_ly_adverb(x)
                    && !self.has(x, class::ADV)
            })
            || (subject.e..verb).any(|x| self.is_negation(x))
            || ["we", "i", "it", "you"].iter().any(|p| self.word(subject.s, p) && subject.e == subject.s + 1)
        {
            return false;
        }
        let (end, _) = self.clause_end(w, false);
        self.push(
            out,
            Act::Accuse,
            speaker,
            Some(subject),
            Some((subject.s, end)),
            w,
            "reported-wrongdoing",
            (false, false),
            Some(r),
            false,
        );
        true
    }

    /// "…, adding that dialogue between all political forces is required", "X said a ceasefire
    /// was urgently needed": a thing a speaker calls needed, as the whole subject of the reported
    /// clause, is asked for. (`needed` at `n`, its phrase ending at `n_end`, its "is" at `be`.)
    fn needed_thing_rule(
        &self,
        n: usize,
        n_end: usize,
        be: usize,
        reports: &[Report],
        out: &mut Vec<Candidate>,
    ) {
        if !["needed", "required", "necessary"].iter().any(|w| self.word(n, w)) || n_end != n + 1 {
            return;
        }
        // ("is needed to end the war", "is needed.", "is necessary for peace": not "is required
        // by law", "needed surgery")
        let after = self.atoms.get(n_end);
        if !(after.is_none_or(|a| !a.is_word()) || self.word(n_end, "to") || self.word(n_end, "for")) {
            return;
        }
        let Some(r) = self.report_at(reports, n) else { return };
        let Some(speaker) = reports[r].speaker else { return };
        // (past the opening quotation mark: "“Congressional action is needed,” she said")
        let mut start = self.skip_quotes_from(reports[r].comp.0);
        // ("So the measures are necessary": past a word joining it to what was said before)
        while self.word(start, "that") || ["so", "and", "but", "now"].iter().any(|w| self.word(start, w)) {
            start += 1;
        }
        // the subject is all that stands before "is": a noun phrase of a few words, no verb,
        // no pronoun or negation ("more is needed", "no change is needed")
        // (a thing brought about heads it: "surgery was needed" asks nothing of anyone)
        let head = (start..be).find(|&k| self.has(k, class::PREP)).unwrap_or(be);
        let subject_ok = be > start
            && (start..head).any(|k| BROUGHT_ABOUT.iter().any(|w| self.word(k, w)))
            && be - start <= 10
            && (start..be).all(|k| {
                matches!(self.kind(k), Some(AtomKind::Word | AtomKind::Possessive | AtomKind::Hyphen))
                    && !self.is_finite_verbish(k)
                    && !self.has(k, class::PRON | class::NEG | class::MODAL | class::AUX | class::REL)
            })
            && !["more", "less", "nothing", "something", "much", "what", "this", "that", "no", "all"]
                .iter()
                .any(|w| self.word(start, w))
            && !self.atoms[be - 1].cap;
        if !subject_ok {
            return;
        }
        self.push(
            out,
            Act::Demand,
            speaker,
            None,
            Some((start, be)),
            n,
            "reported-necessary",
            (false, false),
            Some(r),
            false,
        );
    }

    pub(crate) fn necessary_rule(
        &self,
        n: usize,
        n_end: usize,
        reports: &[Report],
        out: &mut Vec<Candidate>,
    ) {
        let mut k = n;
        while k > 0
            && (self.has(k - 1, class::ADV)
                || self.is_ly_adverb(k - 1)
                || self.word(k - 1, "absolutely")
                || self.word(k - 1, "very"))
        {
            k -= 1;
        }
        if k < 2 || !self.is_be(k - 1) {
            return;
        }
        if !(self.word(k - 2, "it") || k >= 3 && self.word(k - 2, "is") && self.word(k - 3, "it")) {
            self.needed_thing_rule(n, n_end, k - 1, reports, out);
            return;
        }
        if !(self.word(n_end, "that") || self.word(n_end, "to") || self.word(n_end, "for")) {
            return;
        }
        let Some(r) = self.report_at(reports, n) else { return };
        let Some(speaker) = reports[r].speaker else { return };
        // "it is time for the president to go": the one asked, then what is asked
        let asked = self
            .word(n_end, "for")
            .then(|| self.actor_starting_at(n_end + 1))
            .flatten()
            .filter(|a| self.word(a.e, "to"));
        let (start, end) = match asked {
            Some(a) => (a.e + 1, self.clause_end_joined(a.e + 1)),
            None if self.word(n_end, "to") => (n_end + 1, self.clause_end_joined(n_end + 1)),
            None => (n_end + 1, self.clause_end(n_end + 1, false).0),
        };
        self.push(
            out,
            Act::Demand,
            speaker,
            asked,
            Some((start, end)),
            n,
            "reported-necessary",
            (false, false),
            Some(r),
            false,
        );
    }

    /// A predicate that rejects, denies, accuses or insists, said of something by a speaker: "“…
    /// are unacceptable,” X said", "X said the claims were false", "“These rioters are
    /// criminals”", "X has said that $5 billion for the wall is non-negotiable";
    /// or given by a verb of calling: "X called the process a sham", "described it as improper".
    pub(crate) fn unacceptable_rule(&self, u: usize, act: Act, reports: &[Report], out: &mut Vec<Candidate>) {
        let rule = match act {
            Act::Deny => "reported-baseless",
            Act::Accuse => "reported-evaluation",
            Act::Demand => "reported-insistence",
            _ => "reported-unacceptable",
        };
        // ("growing at an alarming rate": the pace of a thing, no one's wrong)
        if u >= 2 && self.word(u - 2, "at") && self.has(u - 1, class::DET) {
            return;
        }
        // ("it was a crazy match", "an insane finish": a wild event, no one's wrong)
        if act == Act::Accuse
            && ["crazy", "insane", "mad", "bizarre", "absurd"].iter().any(|w| self.word(u, w))
            && EVENT_NOUNS.iter().any(|w| self.word(u + 1, w))
        {
            return;
        }
        let mut k = u;
        let mut negated = false;
        // (the opening quote of a quoted label that takes in words before the judging one: "a
        // “selfish and irresponsible act”" opens at its article outside the quotes)
        let mut quoted_open = None;
        // "called the motions “a cynical exercise in political theatre”": a quoted label is one
        // judgement from its opening quote
        if self.atoms[u].quoted {
            let open = (u.saturating_sub(10)..u).rev().find(|&j| self.kind(j) == Some(AtomKind::OpenQuote));
            if let Some(open) = open.filter(|&o| {
                (o + 1..u).all(|j| {
                    let a = &self.atoms[j];
                    a.kind == AtomKind::Hyphen
                        || a.is_word() && !a.cap && !self.is_finite_verbish(j) && !a.is(class::PRON)
                })
            }) {
                k = open + 1;
                quoted_open = (open + 1 < u).then_some(open);
            }
        }
        // "is not acceptable", "was “patently false”", "a total disgrace", "as improper"
        let intensifier = |i: usize| INTENSIFIERS.iter().any(|w| self.word(i, w));
        // "an act of terrorism", "a blatant case of fraud", "acts of piracy": the frame of the
        // label is part of the judgement, not of what is judged
        // ("acts of nuclear terrorism": past the label's own modifiers)
        let mut of = k;
        while of > 1 && k - of < 2 && self.is_modifier(of - 1) && !self.word(of - 1, "of") {
            of -= 1;
        }
        if of >= 2 && !self.word(of - 1, "of") {
            of = k;
        }
        if of >= 2
            && self.word(of - 1, "of")
            && ["act", "acts", "form", "case", "example", "kind", "sort"].iter().any(|w| self.word(of - 2, w))
        {
            let frame = of - 2;
            let mut j = frame;
            while j > 0 && frame - j < 2 && (self.is_modifier(j - 1) || intensifier(j - 1)) {
                j -= 1;
            }
            if j > 0 && (self.word(j - 1, "a") || self.word(j - 1, "an")) {
                k = j - 1;
            } else if self.word(frame, "acts") {
                k = j;
            }
        }
        // The last word of a judgement coordinated before the one opening at `k`: "as arbitrary
        // and unlawful", "called the report “groundless” and “malicious”" (past its quotes).
        let coordinated_before = |k: usize| -> Option<usize> {
            if k < 2
                || !(self.word(k - 1, "and")
                    || self.word(k - 1, "or")
                    || self.kind(k - 1) == Some(AtomKind::Comma))
            {
                return None;
            }
            let mut j = k - 2;
            while j > 0 && self.atoms[j].is_quote() {
                j -= 1;
            }
            let label = self.mark(j).is_some_and(|m| {
                use crate::lexicon::PhraseKind::*;
                matches!(m.kind, RejectPredicate | DemandPredicate | AccusePredicate | DenyPredicate)
            });
            let word = self.atoms[j].is_word()
                && !self.atoms[j].cap
                && (label
                    || self.is_modifier(j)
                    // ("a selfish and irresponsible act": any word right after the article)
                    || j >= 1 && (self.word(j - 1, "a") || self.word(j - 1, "an"))
                    || j >= 1 && self.kind(j - 1) == Some(AtomKind::Hyphen)
                    || self.atoms[j].text.ends_with("ing")
                    // ("“politicised” and illegal": a participle as a judgement)
                    || self.atoms[j].text.ends_with("ed") && self.atoms[j].text.len() > 4);
            // (after "as" or a form of "be"; or itself a judgement, as after a verb of calling)
            let judged = label
                || (k.saturating_sub(6)..k - 1).any(|i| self.word(i, "as") || self.is_be(i))
                || (k.saturating_sub(16)..k - 1).any(|i| self.has(i, class::DEEM));
            (word && judged).then_some(j)
        };
        let coordinated = |k: usize| coordinated_before(k).is_some();
        // "a disgraceful abuse of power", "a reckless decision": a judging adjective before the
        // noun it judges, after its article
        let label_end = self.mark(u).map_or(u + 1, |m| m.end);
        let adjective_before_noun = label_end == u + 1
            && self.atoms.get(label_end).is_some_and(|n| {
                n.is_word()
                    && !n.cap
                    && !n.is(class::PREP | class::COORD | class::DET | class::SUB | class::REL)
                    && !self.is_finite_verbish(label_end)
            });
        // ("a completely false allegation": past an adverb of degree too)
        let opens_label = |k: usize| {
            (k..u).all(|j| self.atoms[j].is_quote() || self.is_ly_adverb(j) || intensifier(j))
                && adjective_before_noun
        };
        // (set once a judgement coordinated before the label's own word is passed: "a selfish
        // and irresponsible act" opens at its article)
        let mut joined = false;
        // ("are nothing short of acts of terrorism")
        let nothing_short_of = |k: usize| {
            k >= 3 && self.word(k - 1, "of") && self.word(k - 2, "short") && self.word(k - 3, "nothing")
        };
        while k > 0
            && (self.has(k - 1, class::ADV | class::NEG | class::HEDGE)
                || self.is_ly_adverb(k - 1)
                || self.kind(k - 1) == Some(AtomKind::Negation)
                || self.atoms[k - 1].is_quote()
                || self.word(k - 1, "as")
                // ("regards the statements as being politically motivated")
                || k >= 2 && self.word(k - 1, "being") && self.word(k - 2, "as")
                || intensifier(k - 1)
                || (self.word(k - 1, "a") || self.word(k - 1, "an"))
                    && (intensifier(k)
                        || opens_label(k)
                        || (joined || quoted_open == Some(k)) && adjective_before_noun)
                || nothing_short_of(k)
                || coordinated(k))
        {
            negated |= self.is_negation(k - 1);
            if nothing_short_of(k) {
                k -= 3;
            } else if let Some(j) = coordinated_before(k) {
                joined = true;
                k = j;
                // "self-serving and not credible": the whole hyphenated judgement
                while k >= 2 && self.kind(k - 1) == Some(AtomKind::Hyphen) && self.atoms[k - 2].is_word() {
                    k -= 2;
                }
            } else {
                k -= 1;
            }
        }
        if k == 0 {
            return;
        }
        let p = k - 1;
        // "the claim does not hold water", "that argument doesn't wash": an idiom whose negation
        // is part of it, with "do" where other judgements have "be"
        let do_idiom = act == Act::Deny
            && negated
            && ["does", "do", "did"].iter().any(|w| self.word(p, w))
            && ["hold", "add", "wash", "stand", "align", "correspond"].iter().any(|w| self.word(u, w));
        if do_idiom {
            negated = false;
        }
        // "the council made a big mistake", "made the mistake of cutting funds": making a mistake
        // is being wrong
        let made_mistake = act == Act::Accuse
            && ["made", "makes", "make"].iter().any(|w| self.word(p, w))
            && (u..(u + 4).min(self.n())).any(|k| self.word(k, "mistake") || self.word(k, "blunder"));
        // "the crackdown amounts to crimes against humanity", "may constitute war crimes": a
        // deed judged by what it adds up to (however hedged, that is the accusation)
        let amounts_to = act == Act::Accuse
            && (p >= 1
                && self.word(p, "to")
                && ["amount", "amounts", "amounted"].iter().any(|w| self.word(p - 1, w))
                || ["constitute", "constitutes", "constituted"].iter().any(|w| self.word(p, w)));
        // "the guy has serious judgment issues", "demonstrated bad judgment": a failing someone
        // has or shows, named by a noun
        let has_failing = act == Act::Accuse
            && [
                "has",
                "have",
                "had",
                "show",
                "showed",
                "shown",
                "shows",
                "demonstrated",
                "demonstrates",
                "displayed",
                "displays",
            ]
            .iter()
            .any(|w| self.word(p, w))
            && self.atoms[u].is_word()
            && (u..self.mark(u).map_or(u + 1, |m| m.end)).any(|k| {
                [
                    "judgment",
                    "judgement",
                    "incompetence",
                    "hypocrisy",
                    "contempt",
                    "disregard",
                    "arrogance",
                    "cowardice",
                    "dishonesty",
                ]
                .iter()
                .any(|w| self.word(k, w))
            });
        // "the allegations had “no basis in fact”": a denial that has what is said lack a ground
        let has_no_ground =
            act == Act::Deny && self.word(u, "no") && ["has", "have", "had"].iter().any(|w| self.word(p, w));
        // "announcing the deployment of the troops, an illegal and unconstitutional act": a
        // label set beside what it judges, in words someone is reported saying
        let apposed_at = if self.word(p, "a") || self.word(p, "an") {
            p.checked_sub(1)
        } else {
            (self.word(k, "a") || self.word(k, "an")).then_some(p)
        };
        if let Some(comma) = apposed_at.filter(|&c| {
            act == Act::Accuse
                && c >= 1
                && self.kind(c) == Some(AtomKind::Comma)
                && self.atoms[c - 1].is_word()
                && !self.atoms[c - 1].is(class::PRON)
        }) {
            let Some(r) = self.report_at(reports, u) else { return };
            let Some(speaker) = reports[r].speaker else { return };
            let mut s = self.content_np_left(comma);
            // (the whole phrase: "the deployment of the troops")
            while s >= 2 && self.word(s - 1, "of") {
                let before = self.content_np_left(s - 1);
                if before + 1 >= s {
                    break;
                }
                s = before;
            }
            if s < comma && s >= reports[r].comp.0 {
                self.push(
                    out,
                    act,
                    speaker,
                    None,
                    Some((s, comma)),
                    u,
                    rule,
                    (negated, false),
                    Some(r),
                    false,
                );
            }
            return;
        }
        if self.is_be(p)
            || self.word(p, "remain")
            || self.word(p, "remains")
            || do_idiom
            || has_no_ground
            || made_mistake
            || amounts_to
            || has_failing
        {
            // ("after being called reckless": a gerund; "the police were being partisan": a
            // progressive, which judges as "were" does)
            if self.word(p, "being") && !(p > 0 && self.is_be(p - 1)) {
                return;
            }
            let p = if self.word(p, "being") { p - 1 } else { p };
            let Some(r) = self.report_at(reports, u) else { return };
            let Some(speaker) = reports[r].speaker else { return };
            let mut e = if self.word(p, "to") { p - 1 } else { p };
            while e > 0
                && (self.has(e - 1, class::AUX | class::HEDGE | class::MODAL | class::NEG)
                    || self.is_ly_adverb(e - 1))
            {
                e -= 1;
            }
            // "the messaging can be offensive": a possibility, not a judgement of anything done
            if act == Act::Accuse
                && !amounts_to
                && (self.clause_start(p)..p)
                    .any(|k| ["can", "could", "may", "might", "would"].iter().any(|w| self.word(k, w)))
            {
                return;
            }
            // "The ministry's claim “is patently false,” X said": the subject before the quote
            while e > 0 && self.atoms[e - 1].is_quote() {
                e -= 1;
            }
            let mut s = self.clause_start(e);
            // "X told Reuters the claims are false": the subject is inside the report
            if reports[r].comp.0 < e && (reports[r].comp.0 > s || s >= e) {
                s = reports[r].comp.0;
            }
            // ("… similar to that between two London boroughs and it is simply not the case": a
            // pronoun after "and" opens a clause of its own)
            if e >= 2
                && s + 1 < e
                && (self.word(e - 2, "and") || self.word(e - 2, "but"))
                && ["it", "this", "that", "they", "he", "she"].iter().any(|w| self.word(e - 1, w))
            {
                s = e - 1;
            }
            // ("remarks of this nature are unacceptable": a plural noun that is also a verb of
            // saying, before its "of", opens the subject)
            if s > reports[r].comp.0
                && s < e
                && self.word(s, "of")
                && !self.atoms[s - 1].cap
                && self.atoms[s - 1].text.ends_with('s')
                && self.is_report_word(s - 1)
            {
                s -= 1;
                if s > reports[r].comp.0 && self.has(s - 1, class::DET) {
                    s -= 1;
                }
            }
            // "claiming the election which brought him to power was rigged": the noun a relative
            // clause describes is the subject judged
            if s > reports[r].comp.0 + 1 && s < e && self.has(s - 1, class::REL) {
                s = reports[r].comp.0;
            }
            // "“Acme's account of the talks, and its summary of the papers, regarding the May
            // meeting are not accurate,” X said": one subject spread over commas, with no verb
            // of its own before the judgement
            let from = self.skip_quotes_from(reports[r].comp.0);
            if from < s
                && s < e
                && self.kind(s - 1) == Some(AtomKind::Comma)
                && (self.has(from, class::DET)
                    || self.atoms[from].kind == AtomKind::Possessive
                    || self.is_name(from))
                && (from..s).all(|j| {
                    // ("testimony obtained by this office": a participle modifying a noun)
                    let modifier = self.atoms[j].text.ends_with("ed") && self.has(j + 1, class::PREP)
                        || self.word(j + 1, "by");
                    self.atoms[j].is_word()
                        && (modifier || !self.is_finite_verbish(j))
                        && !self.has(j, class::REL | class::SUB)
                        || matches!(
                            self.atoms[j].kind,
                            AtomKind::Comma | AtomKind::Possessive | AtomKind::Hyphen
                        )
                })
            {
                s = from;
            }
            // "“What she claimed is simply wrong,” X said": the subject holds a reporting verb
            if s >= e && act == Act::Accuse {
                s = self.skip_quotes_from(reports[r].comp.0).min(e);
            }
            // "pushed back on the report, saying it was inaccurate": "it" is the object the
            // main clause ends with
            let said_of_object = (e == s + 1 && ["it", "this", "they"].iter().any(|w| self.word(s, w)))
                .then(|| {
                    let verb = reports[r].verb.0;
                    let comma = verb.checked_sub(1)?;
                    let participle = self.atoms.get(verb).is_some_and(|a| a.text.ends_with("ing"));
                    if !participle || self.kind(comma) != Some(AtomKind::Comma) || reports[r].comp.0 > s {
                        return None;
                    }
                    let start = self.content_np_left(comma);
                    (start < comma && self.has(start, class::DET)).then_some((start, comma))
                })
                .flatten();
            // (the pronoun's own clause, for an accusation read whole: "…, saying they were
            // flawed by fraud")
            let pronoun_start = said_of_object.map(|_| s);
            let (s, e) = said_of_object.unwrap_or((s, e));
            // "there is no truth to these allegations": what the judgement is of follows it
            let (s, e) = if e == s + 1 && self.word(s, "there") {
                let mut end = self.mark(u).map_or(u + 1, |m| m.end);
                // (past the closing quotation mark: there was “no truth” to the claims; and past
                // "whatsoever": “no truth whatsoever”)
                while self.atoms.get(end).is_some_and(|a| a.is_quote() || a.eq("whatsoever")) {
                    end += 1;
                }
                if !["to", "in", "behind", "for"].iter().any(|w| self.word(end, w)) {
                    return;
                }
                (end + 1, self.clause_end(end + 1, false).0)
            } else if e == s + 1 && self.word(s, "it") {
                // "it is completely false and defamatory to claim that …": what is called false
                // is the clause claimed, after the labels
                let end = self.mark(u).map_or(u + 1, |m| m.end);
                let to = (end..(end + 6).min(self.n())).find(|&k| self.word(k, "to"));
                let claimed = to.filter(|&t| {
                    ["claim", "say", "suggest", "allege", "assert", "imply", "state"]
                        .iter()
                        .any(|w| self.word(t + 1, w))
                });
                match claimed {
                    Some(t) => {
                        let from = if self.word(t + 2, "that") { t + 3 } else { t + 2 };
                        (from, self.clause_end(from, false).0)
                    }
                    None => (s, e),
                }
            } else {
                (s, e)
            };
            // "I don't believe the remark was offensive": a judgement the speaker holds back
            let thinks =
                |k: usize| ["think", "believe", "consider", "feel", "find"].iter().any(|w| self.word(k, w));
            let held_back = (s.saturating_sub(4)..s).chain([reports[r].verb.0]).any(|k| {
                thinks(k) && self.auxiliaries_before(k).1 && (k + 1..s).all(|j| self.word(j, "that"))
            });
            // ("when you prove you are innocent", "until he proves he is innocent": what is yet
            // to be proved is no one's denial)
            let to_be_proved = (s.saturating_sub(2)..e)
                .any(|k| ["prove", "proves", "proved", "proven", "proving"].iter().any(|w| self.word(k, w)));
            if held_back || to_be_proved {
                return;
            }
            // "it/this is false" says nothing about what; "she is innocent" does
            let person = ["he", "she", "i", "we"].iter().any(|w| self.word(s, w));
            // "I made a mistake", "admitted she made a mistake": owning a mistake accuses nobody
            let admitted = made_mistake
                && (["i", "we"].iter().any(|w| self.word(s, w))
                    || (reports[r].verb.0..reports[r].verb.1).any(|k| {
                        ["admitted", "admits", "acknowledged", "acknowledges", "conceded", "concedes"]
                            .iter()
                            .any(|w| self.word(k, w))
                    }));
            // "“These are lies,” the spokesman said of the allegations": what the pronoun stands
            // for follows the report
            // (an accusation keeps its own words: "“It is a disgrace,” X said of the ruling")
            let said_of = (act != Act::Accuse && e == s + 1 && !person && self.word(reports[r].verb.1, "of"))
                .then(|| {
                    let from = reports[r].verb.1 + 1;
                    let (end, _) = self.clause_end(from, false);
                    (end > from && self.has(from, class::DET)).then_some((from, end))
                })
                .flatten();
            let (s, e) = said_of.unwrap_or((s, e));
            // "“This is unacceptable,” the minister said": a quoted demonstrative stands for what
            // the speaker answers, and the judgement is the claim
            // (and "“It's untrue,” X said": "it" opening the quotation answers it too)
            let quoted_demonstrative = e == s + 1
                && self.atoms[s].quoted
                && (["this", "that", "these", "those"].iter().any(|w| self.word(s, w))
                    || act == Act::Deny
                        && self.word(s, "it")
                        && s > 0
                        && matches!(self.kind(s - 1), Some(AtomKind::OpenQuote | AtomKind::Quote)));
            if s >= e
                || admitted
                || act != Act::Accuse
                    && e - s == 1
                    && !person
                    && !quoted_demonstrative
                    && (self.atoms[s].is(class::PRON | class::DET) || self.word(s, "this"))
            {
                return;
            }
            // "said the regulator's allegations that it failed to … are wrong": what is judged is
            // the accusation whose that-clause is the subject here; the clause is what is denied
            let claim_noun = s
                .checked_sub(2)
                .filter(|&n| {
                    self.word(s - 1, "that")
                        && (crate::rules::ACCUSATION_NOUNS.iter().any(|w| self.word(n, w)) || self.word(n, "claims"))
                        // (a word that says the claim is untrue: "an accusation that Instagram is
                        // toxic" holds its own judgement)
                        && [
                            "wrong",
                            "false",
                            "untrue",
                            "baseless",
                            "groundless",
                            "unfounded",
                            "inaccurate",
                            "incorrect",
                            "misleading",
                            "absurd",
                            "ridiculous",
                            "fabricated",
                        ]
                        .iter()
                        .any(|w| self.word(u, w))
                });
            // "the mounting calls to remove him were ridiculous": judging a demand or a proposal
            // harshly rejects it
            // (the subject's own words, before a complement: "calls to remove him")
            let asked = (s..e)
                .take_while(|&k| !self.word(k, "to") && !self.word(k, "that") && !self.has(k, class::PREP))
                .filter(|&k| {
                    k > s
                        && (self.has(k - 1, class::DET)
                            || self.is_modifier(k - 1)
                            || self.atoms[k - 1].text.ends_with("ing"))
                })
                .find_map(|k| self.atoms[k].info.and_then(|w| w.noun_act));
            // "Steele's comments were wildly inaccurate": calling what someone said untrue
            // accuses them; a denial answers a claim or an accusation
            // (the head of the subject: its last word before the verb, or before its "of":
            // "remarks of this nature")
            let head = claim_noun.or_else(|| {
                (s + 1..e)
                    .find(|&k| self.word(k, "of"))
                    .map(|k| k - 1)
                    .filter(|&k| self.atoms[k].is_word())
                    .or_else(|| (s..e).rev().find(|&k| self.atoms[k].is_word()))
            });
            let remarks = head.into_iter().any(|k| {
                [
                    "comments",
                    "comment",
                    "remarks",
                    "remark",
                    "statements",
                    "tweets",
                    "tweet",
                    "words",
                    "speech",
                ]
                .iter()
                .any(|w| self.word(k, w))
            });
            // "that argument doesn't wash", "their rationale is baseless": an argument is a
            // position, refused rather than denied
            let argument = head.into_iter().any(|k| {
                ["argument", "arguments", "reasoning", "rationale", "justification", "excuse", "excuses"]
                    .iter()
                    .any(|w| self.word(k, w))
            });
            // "the accusations were unfair", "these allegations are misguided": judging an
            // accusation harshly denies it
            let accusation = head
                .into_iter()
                .any(|k| crate::rules::ACCUSATION_NOUNS.iter().any(|w| self.word(k, w)) || self.word(k, "claims"))
                // "the embassy said the video was fake": a record called fake is denied
                || head.into_iter().any(|k| {
                    ["video", "videos", "photo", "photos", "images", "footage", "recording", "document", "documents"]
                        .iter()
                        .any(|w| self.word(k, w))
                }) && ["fake", "phony", "fabricated", "doctored", "staged", "forged"].iter().any(|w| self.word(u, w));
            // ("the reports are plainly and simply wrong": news called wrong or biased is denied)
            let reported = head.into_iter().any(|k| {
                ["report", "reports", "story", "stories", "article", "articles", "reporting", "account"]
                    .iter()
                    .any(|w| self.word(k, w))
            }) && ["wrong", "flawed", "biased", "fake", "phony", "ridiculous", "propaganda"]
                .iter()
                .any(|w| self.word(u, w));
            let accusation = accusation || reported;
            // ("said Trump's Greenland proposal was absurd": a proposal called baseless is
            // refused, as one called unacceptable is)
            let proposed = head.into_iter().any(|k| {
                ["proposal", "proposals", "plan", "plans", "idea", "offer", "suggestion"]
                    .iter()
                    .any(|w| self.word(k, w))
            });
            // "this conduct is not acceptable", "his remarks were unacceptable": a deed or words
            // called unacceptable are condemned, where a demand or a plan so called is refused
            let deed = act == Act::Reject
                && head.into_iter().any(|k| {
                    [
                        "conduct",
                        "behaviour",
                        "behavior",
                        "actions",
                        "attack",
                        "attacks",
                        "violence",
                        "rhetoric",
                        "remarks",
                        "comments",
                        "language",
                        "tactics",
                        "treatment",
                    ]
                    .iter()
                    .any(|w| self.word(k, w))
                });
            let (act, rule, content) = if deed {
                (Act::Accuse, "reported-evaluation", (s, e))
            } else if act == Act::Accuse && matches!(asked, Some(Act::Demand | Act::Propose))
                || act == Act::Deny
                    && (argument || proposed || matches!(asked, Some(Act::Demand | Act::Propose)))
            {
                (Act::Reject, "reported-unacceptable", (s, e))
            } else if act == Act::Accuse && accusation {
                (Act::Deny, "reported-baseless", (s, e))
            } else if act == Act::Deny && (remarks || self.lie_of_a_life(s, head, u)) {
                (Act::Accuse, "reported-evaluation", (s, self.clause_end(u, false).0))
            } else {
                // What is accused is the whole judgement: "the comments were offensive and wrong".
                // ("she is innocent": the whole clause is what is said)
                // (from the label's end: "anything but free and fair" holds a "but")
                // ("“It's untrue,” he said": a bare "it" says what with its judgement)
                let bare_it = e == s + 1 && self.word(s, "it");
                let content = if act == Act::Accuse || person || bare_it {
                    (pronoun_start.unwrap_or(s), self.clause_end(u, false).0.max(label_end))
                } else {
                    (s, e)
                };
                (act, rule, content)
            };
            // "my first speech was a complete disaster": judging one's own doing accuses no one
            if act == Act::Accuse && (s..e).any(|k| ["i", "my"].iter().any(|w| self.word(k, w))) {
                return;
            }
            self.push(out, act, speaker, None, Some(content), u, rule, (negated, false), Some(r), false);
            return;
        }
        // "consider/call/deem X unacceptable", "called the process a sham"; the object may hold
        // a clause of its own ("described the idea that … as absurd")
        // ("consider such positions and destructive conduct to be …": a judging adjective before
        // its noun with no article is the object's own word, not what the object is called)
        // (past the "as" of "described the move as an irresponsible act")
        let label_start = if self.word(k, "as") { k + 1 } else { k };
        let attributive = adjective_before_noun
            && !(self.word(label_start, "a")
                || self.word(label_start, "an")
                || self.atoms[label_start].is_quote());
        let mut lo = self.clause_start(p);
        // ("Peskov called it a lie": an object pronoun right after the verb opens no clause)
        if lo == p
            && p >= 1
            && self.has(p - 1, class::DEEM)
            && ["it", "them", "him", "her", "this"].iter().any(|w| self.word(p, w))
        {
            lo = self.clause_start(p - 1);
        }
        // ("declared the vote illegal": a verb that also reports opens the clause after it; here
        // its object is judged)
        if lo >= 1 && lo < p && self.has(lo - 1, class::DEEM) && !self.word(lo, "that") {
            lo -= 1;
        }
        // ("described the “shadow banning” by the platform as …": scare quotes inside the object)
        while lo >= 1
            && self.kind(lo - 1) == Some(AtomKind::OpenQuote)
            && (lo..(lo + 5).min(p)).any(|j| self.kind(j) == Some(AtomKind::CloseQuote))
        {
            lo = self.clause_start(lo - 1);
        }
        if lo >= 2 && self.word(lo - 1, "that") && self.atoms[lo - 2].is_word() && !self.atoms[lo - 2].cap {
            // the verb before the object noun ("described the idea that …")
            let outer = (lo.saturating_sub(10)..lo - 1)
                .rev()
                .take_while(|&d| self.atoms[d].is_word() || self.atoms[d].kind == AtomKind::Possessive)
                .find(|&d| self.has(d, class::DEEM));
            if let Some(d) = outer {
                lo = d;
            }
        }
        for d in (lo..=p).rev() {
            // "the call", "Trump's call": the noun, not the verb
            // ("described the phone call as improper": a compound's noun)
            let noun = d > lo
                && (self.has(d - 1, class::DET) || self.atoms[d - 1].kind == AtomKind::Possessive)
                || self.is_compound_call(d);
            // "saw a genocide", "described the scene": these judge only with "as" ("saw it as a
            // genocide"); "Jeffs is considered dangerous": the passive's subject is the one judged
            let needs_as = [
                "see",
                "sees",
                "saw",
                "seen",
                "seeing",
                "view",
                "views",
                "viewed",
                "viewing",
                "regard",
                "regards",
                "regarded",
                "regarding",
                "describe",
                "describes",
                "described",
                "describing",
            ]
            .iter()
            .any(|w| self.word(d, w));
            let judged = needs_as && !(d + 1..u.max(k)).any(|j| self.word(j, "as"))
                || d > 0 && self.is_be(d - 1) && self.atoms[d].text.ends_with("ed");
            if judged && self.has(d, class::DEEM) {
                return;
            }
            if self.has(d, class::DEEM) && !self.has(d, class::PREP) && !noun && !attributive {
                // ("…, calling the statement “a sad day”": a participle clause's subject is the
                // main clause's)
                let participle = d >= 1
                    && self.kind(d - 1) == Some(AtomKind::Comma)
                    && self.atoms[d].text.ends_with("ing");
                // ("released a statement calling the decision heartless": whoever put the
                // statement out)
                let document_participle = d >= 2
                    && self.atoms[d].text.ends_with("ing")
                    && self.is_statement_noun(d - 1)
                    && self.atoms[d - 1].is_word();
                // (its subject is the first finite verb's: "Ostrava rejected an ultimatum to pull
                // its troops back, calling it …" is Ostrava's, not the troops')
                // ("“…,” the ambassador said, describing Russia as …": a report right before the
                // participle is the main clause, and its speaker the subject)
                let reporter = participle
                    .then(|| {
                        reports
                            .iter()
                            .filter(|r| r.verb.1 + 1 == d - 1 || r.verb.1 == d - 1)
                            .find_map(|r| r.speaker)
                    })
                    .flatten();
                let main_subject = reporter.or_else(|| {
                    participle
                        .then(|| (0..d - 1).find(|&k| self.is_finite_verbish(k)))
                        .flatten()
                        .and_then(|k| self.subject_of(k, reports))
                        .map(|(a, _)| a)
                });
                let issuer = document_participle.then(|| self.clause_subject_before(d - 1)).flatten();
                let subject = main_subject
                    .or(issuer)
                    .or_else(|| self.subject_of(d, reports).map(|(a, _)| a))
                    .or_else(|| participle.then(|| self.clause_subject_before(d - 1)).flatten())
                    // ("…, in what critics called a power grab": the subject after "what")
                    .or_else(|| self.subject_of_reduced_relative(d.saturating_sub(6), d));
                // ("…, a decision critics called reckless": the deed's noun is no part of who
                // judges it)
                let subject = match subject {
                    Some(a) if a.s + 2 < a.e && self.deed_before_reduced_relative(a.s + 2).is_some() => {
                        self.subject_of_reduced_relative(a.s, d)
                    }
                    other => other,
                };
                let Some(actor) = subject else { return };
                let polarity = self.polarity_before(d);
                let report = self.attribution(reports, d);
                // ("called the accusations unfair": judging an accusation harshly denies it)
                let object_start = if self.word(d + 1, "to") { d + 2 } else { d + 1 };
                // ("the court found him guilty of fraud": a verdict, not a claim; "found that the
                // company committed a violation": a clause, judged by the rules of reports)
                if ["found", "find", "finds", "finding"].iter().any(|w| self.word(d, w))
                    && ((object_start..=u).any(|j| self.word(j, "guilty")) || self.word(object_start, "that"))
                {
                    return;
                }
                // ("will find no criminal conduct": a determiner alone is no object; the judging
                // word modifies the noun after it)
                if object_start < k
                    && (object_start..k).all(|j| {
                        // ("see her as dishonest": "her" is the object too)
                        self.has(j, class::DET | class::NEG)
                            && !self.has(j, class::PRON)
                            && !self.word(j, "her")
                            || self.kind(j) == Some(AtomKind::Negation)
                            || self.word(j, "no")
                            // ("consider such baseless positions …": the judging word is the
                            // noun's own)
                            || self.word(j, "such")
                    })
                {
                    return;
                }
                let of_accusation = act == Act::Accuse
                    && (object_start..k).any(|j| {
                        ["accusation", "accusations", "allegation", "allegations", "charges", "claims"]
                            .iter()
                            .any(|w| self.word(j, w))
                    });
                // ("called the report absurd" denies it; "called the regulator's decision absurd"
                // criticises a deed, it denies nothing said)
                let of_something_said = self.names_something_said(object_start, k);
                let (act, rule) = match act {
                    Act::Accuse if of_accusation => (Act::Deny, "deem-baseless"),
                    Act::Accuse => (Act::Accuse, "deem-evaluation"),
                    Act::Deny if !of_something_said && object_start < k => (Act::Accuse, "deem-evaluation"),
                    Act::Deny => (Act::Deny, "deem-baseless"),
                    Act::Demand => (Act::Demand, "deem-insistence"),
                    _ => (Act::Reject, "deem-unacceptable"),
                };
                // ("referred to the ban as illegal": the ban)
                let object = if self.word(d + 1, "to") { d + 2 } else { d + 1 };
                // ("boycotted the vote, calling it a farce": the vote)
                // ("Peskov called it a lie": a pronoun says nothing alone; with the label it
                // says what it was called)
                let pronoun_object = object + 1 == k && self.atoms[object].is(class::PRON);
                // ("lashed out at the judge, calling him a disgrace": the judge)
                // ("opposes the sanctions and considers them illegal": the object before "and")
                let coordinated = d >= 2 && self.word(d - 1, "and");
                let content = if (participle || coordinated)
                    && ["it", "him", "her", "them"].iter().any(|w| self.word(object, w))
                    && object < k
                {
                    let start = self.content_np_left(d - 1);
                    if start < d - 1 && self.has(start, class::DET) {
                        (start, d - 1)
                    } else {
                        (object, self.clause_end(u, false).0)
                    }
                } else if pronoun_object {
                    (object, self.clause_end(u, false).0)
                } else if self.word(object, "as") && object + 1 >= k {
                    // ("described as “baseless” the accusations": the label first, the object
                    // after it)
                    let from = self.skip_quotes_from(self.mark(u).map_or(u + 1, |m| m.end));
                    let (end, _) = self.clause_end(from, false);
                    if end <= from || !self.has(from, class::DET) {
                        // ("…, in what critics described as a coup")
                        let Some(deed) = self.reduced_relative_deed(actor.s) else { return };
                        deed
                    } else {
                        (from, end)
                    }
                } else if object >= k {
                    // ("the lawsuit, which it labeled “deeply flawed”": the antecedent of the
                    // relative clause is what is judged)
                    let rel =
                        actor.s.checked_sub(1).filter(|&r| self.word(r, "which") || self.word(r, "that"));
                    if let Some(comma) =
                        rel.and_then(|r| r.checked_sub(1)).filter(|&c| self.kind(c) == Some(AtomKind::Comma))
                    {
                        let start = self.content_np_left(comma);
                        if start >= comma {
                            return;
                        }
                        (start, comma)
                    } else {
                        // ("extended his term, a move the opposition called illegal", "…, in
                        // what critics called a power grab": a relative clause with no pronoun,
                        // after a comma, judges what the clause before the comma did)
                        let Some(deed) = self.reduced_relative_deed(actor.s) else { return };
                        deed
                    }
                } else {
                    // ("called parliament a “den of criminals”": the object ends where the label's
                    // article or quotation opens, when the label's own words come before its
                    // judging word)
                    // ("called the use of a chemical weapon a crime": an article inside the
                    // object's own phrase, past a preposition, opens no label)
                    // (a quotation opens the label only when the judging word is inside it, not
                    // scare quotes in the object: "described alleged “shadow banning” as …")
                    let label = (object + 1..k)
                        .find(|&j| {
                            self.word(j, "a")
                                || self.word(j, "an")
                                || matches!(self.kind(j), Some(AtomKind::OpenQuote | AtomKind::Quote))
                                    && (j + 1..k).all(|i| !self.atoms[i].is_quote())
                        })
                        .filter(|&j| (object..j).all(|i| !self.has(i, class::PREP)));
                    (object, label.unwrap_or(k))
                };
                // ("the report, which he called a smear": something said, judged, is denied)
                let (act, rule) = if (object >= k || content.0 > u)
                    && act == Act::Accuse
                    && self.names_something_said(content.0, content.1)
                {
                    (Act::Deny, "deem-baseless")
                } else {
                    (act, rule)
                };
                self.push(out, act, actor, None, Some(content), u, rule, polarity, report, false);
                return;
            }
        }
        if act == Act::Accuse {
            self.quoted_judgement(u, k, negated, reports, out);
        }
    }

    /// The subject, starting after `from` and ending at the verb `v`, of a relative clause with
    /// no pronoun ([`Self::deed_before_reduced_relative`]).
    fn subject_of_reduced_relative(&self, from: usize, v: usize) -> Option<Actor> {
        (from..v.saturating_sub(1)).rev().find_map(|j| {
            let named = self.actor_starting_at(j + 1).filter(|a| a.e == v)?;
            self.deed_before_reduced_relative(named.s).map(|_| named)
        })
    }

    /// What a relative clause with no pronoun judges ("extended his term, a move the opposition
    /// called illegal": from the verb before the comma to the comma), see
    /// [`Self::deed_before_reduced_relative`].
    fn reduced_relative_deed(&self, subject: usize) -> Option<(usize, usize)> {
        let comma = self.deed_before_reduced_relative(subject)?;
        let verb = (0..comma).rev().find(|&j| self.is_finite_verbish(j))?;
        Some((verb, comma))
    }

    /// "…, a move the opposition called illegal", "…, in what critics called a power grab": the
    /// subject starting at `subject` opens a relative clause with no pronoun whose head ("a
    /// move", "a step", "what") stands for the deed of the clause before the comma. The comma's
    /// index.
    fn deed_before_reduced_relative(&self, subject: usize) -> Option<usize> {
        let head = subject.checked_sub(1)?;
        let opening = if self.word(head, "what") {
            head
        } else {
            // (a deed word after its article: "a move", "a decision widely seen", not a name)
            const DEEDS: [&str; 9] =
                ["move", "step", "decision", "action", "measure", "act", "development", "change", "policy"];
            if !DEEDS.iter().any(|w| self.word(head, w)) || head == 0 || !self.has(head - 1, class::DET) {
                return None;
            }
            head - 1
        };
        // (", in what …": one preposition may open it)
        let before = if opening >= 1 && self.has(opening - 1, class::PREP) { opening - 1 } else { opening };
        let comma = before.checked_sub(1)?;
        (self.kind(comma) == Some(AtomKind::Comma)).then_some(comma)
    }

    /// Whether a phrase `s..e` names something said or written ("the report", "these
    /// allegations", "it"): calling it harshly denies it.
    fn names_something_said(&self, s: usize, e: usize) -> bool {
        (s..e).any(|j| {
            self.atoms[j].is(class::PRON)
                || [
                    "accusation",
                    "accusations",
                    "allegation",
                    "allegations",
                    "charge",
                    "charges",
                    "claim",
                    "claims",
                    "report",
                    "reports",
                    "reporting",
                    "story",
                    "stories",
                    "article",
                    "articles",
                    "suggestion",
                    "suggestions",
                    "assertion",
                    "assertions",
                    "rumour",
                    "rumours",
                    "rumor",
                    "rumors",
                    "notion",
                    "idea",
                    "speculation",
                    "figures",
                    "numbers",
                    "account",
                    "accounts",
                    "version",
                    "narrative",
                    "dossier",
                    "memo",
                    "book",
                    "findings",
                    "testimony",
                    "statement",
                    "statements",
                    "remarks",
                    "comments",
                    "comparison",
                    "characterization",
                    "description",
                    "assessment",
                    "estimate",
                    "estimates",
                    "data",
                    "theory",
                    "theories",
                    "lawsuit",
                    "lawsuits",
                    "suit",
                    "case",
                    "complaint",
                    "petition",
                    "indictment",
                    "subpoena",
                ]
                .iter()
                .any(|w| self.word(j, w))
        })
    }

    /// "“Your willingness to … is alarming.”", "“I think they're just cowards,” she said": a
    /// harsh judgement anywhere in a speaker's quoted words accuses, when the words judge
    /// someone else (not "I was wrong"), plainly (not "if …", "would be", "could be").
    fn quoted_judgement(
        &self,
        u: usize,
        k: usize,
        negated: bool,
        reports: &[Report],
        out: &mut Vec<Candidate>,
    ) {
        if negated || !self.atoms[u].quoted {
            return;
        }
        let Some(r) = self.report_at(reports, u) else { return };
        let Some(speaker) = reports[r].speaker else { return };
        let start = self.clause_start(k.min(u));
        let (end, _) = self.clause_end(u, false);
        let hedged = (start..u).any(|j| {
            ["if", "unless", "would", "could", "might", "may", "can", "will", "whether", "not", "never", "no"]
                .iter()
                .any(|w| self.word(j, w))
                || self.has(j, class::NEG)
                || self.kind(j) == Some(AtomKind::Negation)
        });
        let self_judged =
            (start..u).any(|j| ["i", "we", "my", "our", "me", "us"].iter().any(|w| self.word(j, w)));
        // said of someone: a name or a pronoun for people in the clause ("the border is a
        // disaster" judges a situation)
        let target = (start..u).any(|j| {
            self.is_name(j)
                || ["he", "she", "they", "you", "your", "his", "her", "their"].iter().any(|w| self.word(j, w))
        });
        // one accusation per sentence from this fallback: a sentence judged already is not
        // judged again word by word
        let judged = out.iter().any(|c| c.act == Act::Accuse);
        if hedged || self_judged || !target || judged || start >= u {
            return;
        }
        self.push(
            out,
            Act::Accuse,
            speaker,
            None,
            Some((start, end)),
            u,
            "quoted-judgement",
            (false, false),
            Some(r),
            false,
        );
    }

    /// "“The Fake News is blowing this up …”", "attacked by the Fake News Media": in a
    /// speaker's own words, "fake news" used as a name for the press (after a determiner, not
    /// as a predicate) accuses the press; the clause is what it is accused of. Returns whether
    /// the words were read so.
    pub(crate) fn fake_news_label(
        &self,
        v: usize,
        end: usize,
        reports: &[Report],
        out: &mut Vec<Candidate>,
    ) -> bool {
        let label = self.word(v, "fake") && self.word(end - 1, "news") && end == v + 2;
        if !label || v == 0 || !self.atoms[v].quoted || !self.has(v - 1, class::DET) {
            return false;
        }
        let Some(r) = self.report_at(reports, v) else { return false };
        let Some(speaker) = reports[r].speaker else { return false };
        let start = self.clause_start(v);
        let (clause_end, _) = self.clause_end(end, false);
        // ("the Fake News Media": the name runs on)
        let mut name_end = end;
        while name_end < self.n() && self.atoms[name_end].cap && self.atoms[name_end].is_word() {
            name_end += 1;
        }
        let press = Actor {
            s: v - 1,
            e: name_end,
            who: Who::Unknown,
            role: None,
            span: (self.atoms[v - 1].start, self.atoms[name_end - 1].end()),
        };
        let content = (start.min(v - 1), clause_end.max(name_end));
        self.push(
            out,
            Act::Accuse,
            speaker,
            Some(press),
            Some(content),
            v,
            "quoted-fake-news",
            (false, false),
            Some(r),
            false,
        );
        true
    }

    /// "Coburn said the move could lead to violence", "said the decision would trigger a
    /// humanitarian crisis", "said the government risked sparking violence": a grave outcome
    /// foretold of something, in a speaker's words, warns. `n` is the outcome's noun.
    pub(crate) fn harmful_outcome_rule(&self, n: usize, reports: &[Report], out: &mut Vec<Candidate>) {
        /// Verbs that bring an outcome about, in their base and "-ing" forms.
        const BRINGING_ABOUT: [&str; 20] = [
            "lead",
            "leading",
            "result",
            "resulting",
            "spark",
            "sparking",
            "trigger",
            "triggering",
            "provoke",
            "provoking",
            "cause",
            "causing",
            "fuel",
            "fueling",
            "unleash",
            "unleashing",
            "plunge",
            "plunging",
            "ignite",
            "igniting",
        ];
        let Some(r) = self.report_at(reports, n) else { return };
        let Some(speaker) = reports[r].speaker else { return };
        // back over "a humanitarian", "civil", "more" to the verb or its preposition
        let mut k = n;
        while k > 0
            && n - k < 3
            && self.atoms[k - 1].is_word()
            && !self.atoms[k - 1].cap
            && (self.has(k - 1, class::DET) && !self.has(k - 1, class::PRON)
                || self.is_modifier(k - 1)
                || self.word(k - 1, "civil")
                || self.word(k - 1, "more"))
        {
            k -= 1;
        }
        let Some(mut verb) = k.checked_sub(1) else { return };
        if ["to", "in", "into"].iter().any(|w| self.word(verb, w)) {
            let Some(before) = verb.checked_sub(1) else { return };
            verb = before;
        }
        if !BRINGING_ABOUT.iter().any(|w| self.word(verb, w)) {
            return;
        }
        // foretold ("could lead to", "would trigger") or risked ("risked sparking")
        let (b, negated) = self.adverbs_before(verb);
        let foretold = b > 0
            && !negated
            && if self.atoms[verb].text.ends_with("ing") {
                ["risk", "risks", "risked", "risking"].iter().any(|w| self.word(b - 1, w))
            } else {
                ["could", "would", "will", "may", "might", "'ll", "’ll"].iter().any(|w| self.word(b - 1, w))
            };
        if !foretold {
            return;
        }
        // what foretells it: the reported clause, from its start
        let start = self.skip_quotes_from(reports[r].comp.0).max(self.clause_start(verb));
        let (end, _) = self.clause_end(n, false);
        if start >= verb || end <= n || (start..verb).any(|j| self.has(j, class::SUB)) {
            return;
        }
        self.push(
            out,
            Act::Warn,
            speaker,
            None,
            Some((start, end)),
            verb,
            "reported-outcome",
            (false, false),
            Some(r),
            false,
        );
    }

    /// "“There will be consequences,” the minister said", "“Those who cross this line will pay a
    /// heavy price,” X said", "will pay dearly", "any attack will be met with a crushing response":
    /// "the killing will not go unanswered": a penalty foretold in a speaker's words warns. `v` is
    /// "consequences", "price", "dearly", "regret" ("will regret it"), "met", "unanswered",
    /// "unpunished" or the "response" a deed "will not be left without".
    pub(crate) fn consequences_rule(&self, v: usize, reports: &[Report], out: &mut Vec<Candidate>) {
        let Some(r) = self.report_at(reports, v) else { return };
        let Some(speaker) = reports[r].speaker else { return };
        // back over "a heavy", "serious", "grave" to the verb
        let mut k = v;
        // (past a quotation mark: there would be “consequences”)
        if k > 0 && self.atoms[k - 1].is_quote() {
            k -= 1;
        }
        while k > 0
            && v - k < 4
            && self.atoms[k - 1].is_word()
            && !self.atoms[k - 1].cap
            && (self.has(k - 1, class::DET) && !self.has(k - 1, class::PRON)
                || self.is_modifier(k - 1)
                || self.atoms[k - 1].info.is_none())
            && !self.word(k - 1, "be")
            && !self.word(k - 1, "pay")
            && !self.word(k - 1, "face")
        {
            k -= 1;
        }
        if k < 2 {
            return;
        }
        let future = |i: usize| ["will", "would", "'ll", "’ll", "shall"].iter().any(|w| self.word(i, w));
        // "will not go unanswered", "would not go unpunished", "won't be left unanswered", "will
        // not be left without a response": a reply promised (`j` at "go", "remain" or "be")
        let unanswered = |v: usize| -> Option<usize> {
            let mut j = if ["unanswered", "unpunished"].iter().any(|w| self.word(v, w)) {
                v.checked_sub(1)?
            } else if ["response", "reaction", "answer", "reply"].iter().any(|w| self.word(v, w))
                && v >= 3
                && ["a", "an", "any"].iter().any(|w| self.word(v - 1, w))
                && self.word(v - 2, "without")
            {
                v - 3
            } else {
                return None;
            };
            if self.word(j, "left") && j >= 1 && self.word(j - 1, "be") {
                j -= 1;
            }
            let negated = j >= 3
                && ["go", "remain", "be", "stay"].iter().any(|w| self.word(j, w))
                && (self.word(j - 1, "not") || self.kind(j - 1) == Some(AtomKind::Negation))
                && (future(j - 2) || self.word(j - 2, "wo"));
            // ("the question will not go unanswered": a reply, not a reprisal)
            let asked = (self.clause_start(j - 1)..j).any(|i| {
                [
                    "question",
                    "questions",
                    "letter",
                    "letters",
                    "request",
                    "requests",
                    "plea",
                    "pleas",
                    "call",
                    "calls",
                ]
                .iter()
                .any(|w| self.word(i, w))
            });
            (negated && !asked).then_some(j - 1)
        };
        // ("they have to face the consequences", "must face the consequences")
        let must = |i: usize| {
            self.word(i, "must")
                || i >= 1 && self.word(i, "to") && ["have", "has", "had"].iter().any(|w| self.word(i - 1, w))
        };
        // ("the consequences of their acts": of what someone did, not of a storm)
        let of_deeds = self.word(v + 1, "of")
            && ["his", "her", "their", "its", "this", "these"].iter().any(|w| self.word(v + 2, w))
            && [
                "acts",
                "act",
                "actions",
                "crime",
                "crimes",
                "behaviour",
                "behavior",
                "decision",
                "decisions",
                "conduct",
                "aggression",
                "attack",
            ]
            .iter()
            .any(|w| self.word(v + 3, w));
        let foretold = if let Some(not) = unanswered(v) {
            k = not;
            true
        } else if self.word(v, "met") {
            // "any attack will be met with a crushing response", "would be met with force"
            const FORCE: [&str; 6] =
                ["response", "force", "retaliation", "reprisals", "reprisal", "counterattack"];
            k = v;
            self.word(v - 1, "be")
                && future(v - 2)
                && self.word(v + 1, "with")
                && (v + 2..(v + 10).min(self.n())).any(|j| FORCE.iter().any(|w| self.word(j, w)))
        } else if self.word(v, "regret") {
            // "Anyone who attacks us will regret it", "will live to regret it"
            future(k - 1) || k >= 4 && self.word(k - 1, "to") && self.word(k - 2, "live") && future(k - 3)
        } else if self.word(v, "consequences") {
            // "there will be consequences (for Russia)", not "consequences for the economy";
            // "they will face (serious) consequences"
            // (or for what someone did: "consequences for the ambassador's remarks")
            let after = if self.atoms.get(v + 1).is_some_and(|a| a.is_quote()) { v + 2 } else { v + 1 };
            let for_whom = !self.word(after, "for")
                || self.actor_starting_at(after + 1).is_some()
                || (after + 2..(after + 6).min(self.n())).any(|j| self.kind(j) == Some(AtomKind::Possessive));
            // ("further steps would be fraught with the gravest consequences", "any attack would
            // have serious consequences": a grave outcome foretold of a deed; "would have
            // consequences for the economy" foretells, as "consequences" alone may)
            let grave = (k..v).any(|j| {
                ["serious", "grave", "gravest", "severe", "dire", "dangerous", "unpredictable"]
                    .iter()
                    .any(|w| self.word(j, w))
            });
            self.word(k - 1, "be") && future(k - 2) && k >= 3 && self.word(k - 3, "there") && for_whom
                || self.word(k - 1, "face")
                    && (future(k - 2) || must(k - 2))
                    && (!self.word(v + 1, "of") || of_deeds)
                // ("told the group to stop its attacks or face consequences": the other way)
                || self.word(k - 1, "face") && self.word(k - 2, "or") && !self.word(v + 1, "of")
                || self.word(k - 1, "have") && future(k - 2) && grave && for_whom
                || k >= 4
                    && self.word(k - 1, "with")
                    && self.word(k - 2, "fraught")
                    && self.word(k - 3, "be")
                    && future(k - 4)
        } else {
            // "will pay a heavy price", "will pay the price", "will pay dearly"
            let heavy = ["heavy", "high", "steep", "terrible", "huge", "severe", "painful", "the"]
                .iter()
                .any(|w| self.word(v - 1, w));
            // ("would “have to prepare to pay a heavy price”": past infinitives of what must come,
            // and the quotation marks before them, to the future)
            let mut j = k.saturating_sub(2);
            while j >= 2 {
                if self.atoms[j].is_quote() {
                    j -= 1;
                } else if self.word(j, "to")
                    && ["have", "prepare", "need", "going"].iter().any(|w| self.word(j - 1, w))
                {
                    j -= 2;
                } else {
                    break;
                }
            }
            self.word(k - 1, "pay") && k >= 2 && future(j) && (self.word(v, "dearly") || heavy)
        };
        if !foretold {
            return;
        }
        let mut start = self.clause_start(k - 1);
        // ("must withdraw or face the consequences": the warning is the other way, after "or")
        if k >= 2 && self.word(k - 1, "face") && self.word(k - 2, "or") {
            start = k - 1;
        }
        // ("Those who cross this line will pay": from the ones the relative clause describes)
        if start >= 2 && self.has(start - 1, class::REL) {
            start = self.clause_start(start - 2);
        }
        // ("Either they withdraw, or they will face the consequences")
        if self.has(start, class::COORD) && start + 1 < k {
            start += 1;
        }
        let (end, _) = self.clause_end(v, false);
        if start >= end {
            return;
        }
        self.push(
            out,
            Act::Warn,
            speaker,
            None,
            Some((start, end.max(v + 1))),
            v,
            "reported-consequences",
            (false, false),
            Some(r),
            false,
        );
    }

    /// "Russia reserves the right to respond", "said it reserved the right to take
    /// countermeasures": keeping a response open warns. `v` is "right".
    pub(crate) fn reserve_right_rule(&self, v: usize, reports: &[Report], out: &mut Vec<Candidate>) {
        if v < 2 || !self.word(v - 1, "the") || !self.word(v + 1, "to") {
            return;
        }
        let r = v - 2;
        if !["reserve", "reserves", "reserved", "reserving"].iter().any(|w| self.word(r, w)) {
            return;
        }
        // a right to answer or act is a warning; "reserves the right to monitor e-mail" is a
        // policy
        if !(self.is_threat_verb(v + 2) || self.word(v + 2, "take")) {
            return;
        }
        self.subject_claims_clause(r, v + 2, true, Act::Warn, "reserve-the-right", reports, out);
    }

    /// The subject of the verb at `v` makes an `act` claim of what follows from `from` to the
    /// end of its clause (a verb phrase's end when `verb_phrase`), with the verb's polarity and
    /// attribution; nothing when that is empty or the verb has no subject.
    #[allow(clippy::too_many_arguments)]
    fn subject_claims_clause(
        &self,
        v: usize,
        from: usize,
        verb_phrase: bool,
        act: Act,
        rule: &'static str,
        reports: &[Report],
        out: &mut Vec<Candidate>,
    ) {
        let Some((actor, _)) = self.subject_of(v, reports) else { return };
        let (end, _) = self.clause_end(from, verb_phrase);
        if end <= from {
            return;
        }
        let polarity = self.polarity_before(v);
        let report = self.attribution(reports, v);
        self.push(out, act, actor, None, Some((from, end)), v, rule, polarity, report, false);
    }

    /// "Israel said Hamas was responsible for the explosion", "… Hamas bore full
    /// responsibility for …": a speaker holding someone responsible for something accuses them
    /// of it; "said it was not responsible" denies it. "Israel holds Hamas responsible for …"
    /// does so without a report. `v` is "responsible", "accountable" or "responsibility".
    pub(crate) fn responsible_rule(&self, v: usize, reports: &[Report], out: &mut Vec<Candidate>) {
        if !self.word(v + 1, "for") {
            // ("will hold them accountable": a reckoning promised)
            if self.word(v, "accountable") {
                self.holds_responsible(v, reports, out);
            }
            return;
        }
        if self.holds_responsible(v, reports, out) || self.word(v, "accountable") {
            return;
        }
        let noun = self.word(v, "responsibility");
        let (b, negated) = if noun {
            // "bore (the|full|primary) responsibility": the verb of bearing before the noun
            let Some(verb) = (v.saturating_sub(3)..v)
                .rev()
                .take_while(|&k| self.atoms[k].is_word() && !self.atoms[k].cap)
                .find(|&k| ["bears", "bore", "bear", "borne"].iter().any(|w| self.word(k, w)))
            else {
                return;
            };
            // ("bears no responsibility")
            let no = (verb..v).any(|k| self.word(k, "no"));
            let (b, negated) = self.adverbs_before(verb);
            let negated = negated || no;
            // ("does not bear", "has borne"): auxiliaries between the subject and the verb
            let mut b = b;
            let mut negated = negated;
            while b >= 1 && (self.has(b - 1, class::AUX) || self.has(b - 1, class::NEG)) {
                negated |= self.has(b - 1, class::NEG);
                b -= 1;
            }
            (b + 1, negated)
        } else {
            let (b, negated) = self.adverbs_before(v);
            if b < 2 || !self.is_be(b - 1) {
                return;
            }
            (b, negated)
        };
        self.reported_blame(v, b, negated, v + 2, "reported-responsible", reports, out);
    }

    /// "said it was not involved in the attack", "played no role in the killings", "had no part
    /// in the scheme", "had no knowledge of the payments": a part in something denied by the
    /// speaker's own side denies it; "said the
    /// militia was involved in the attack" accuses the one involved, when what they were
    /// involved in is a wrong. `v` at "involved", "role", "part", "involvement", "knowledge" or
    /// "aware".
    pub(crate) fn involvement_rule(&self, v: usize, reports: &[Report], out: &mut Vec<Candidate>) {
        // ("had no knowledge of the payments", "had no knowledge that he was hiding there", "was
        // not aware of any wrongdoing": knowing of it denied, as a part in it is)
        let knowledge = self.word(v, "knowledge");
        let aware = self.word(v, "aware");
        let follows = if knowledge {
            self.word(v + 1, "of") || self.word(v + 1, "that")
        } else if aware {
            self.word(v + 1, "of")
        } else {
            self.word(v + 1, "in")
        };
        if !follows {
            return;
        }
        let (b, negated) = if self.word(v, "involved") || aware {
            let (b, negated) = self.adverbs_before(v);
            if b < 2 || !self.is_be(b - 1) {
                return;
            }
            // (being aware of a thing is no part in it: only the denial is read)
            if aware && !negated {
                return;
            }
            (b, negated)
        } else {
            // "played no role", "had no part", "has no involvement"
            let verb_is =
                |k: usize| ["played", "plays", "play", "had", "has", "have"].iter().any(|w| self.word(k, w));
            if v < 3 || !self.word(v - 1, "no") || !verb_is(v - 2) {
                return;
            }
            (v - 1, true)
        };
        let (end, _) = self.clause_end(v + 2, false);
        let wrong = (v + 2..end).any(|k| {
            self.has(k, class::WRONGDOING)
                || [
                    "attack",
                    "attacks",
                    "killing",
                    "killings",
                    "bombing",
                    "bombings",
                    "plot",
                    "coup",
                    "hacking",
                    "scheme",
                    "shooting",
                    "assassination",
                    "murder",
                    "kidnapping",
                    "abduction",
                    "massacre",
                ]
                .iter()
                .any(|w| self.word(k, w))
        });
        if !negated && !wrong {
            return;
        }
        self.reported_blame(v, b, negated, v + 2, "reported-involvement", reports, out);
    }

    /// "said the agency was (partly) to blame for the failures": in someone's reported words, a
    /// subject that is to blame for something is accused of it. `v` is "blame".
    pub(crate) fn to_blame_rule(&self, v: usize, reports: &[Report], out: &mut Vec<Candidate>) {
        if v < 3 || !self.word(v - 1, "to") || !self.word(v + 1, "for") {
            return;
        }
        let (b, negated) = self.adverbs_before(v - 1);
        if b < 2 || !self.is_be(b - 1) {
            return;
        }
        self.reported_blame(v, b, negated, v + 2, "reported-to-blame", reports, out);
    }

    /// The claim of a speaker who reports that the subject ending before `b - 1` (the verb of
    /// being or bearing) is to blame for what starts at `from`: an accusation of the subject, or,
    /// negated and of the speaker's own side ("it was not"), a denial. `v` is the trigger.
    #[allow(clippy::too_many_arguments)]
    fn reported_blame(
        &self,
        v: usize,
        b: usize,
        negated: bool,
        from: usize,
        rule: &'static str,
        reports: &[Report],
        out: &mut Vec<Candidate>,
    ) {
        let Some(r) = self.report_at(reports, v) else { return };
        let Some(speaker) = reports[r].speaker else { return };
        let Some(subject) = self.skip_left(b.checked_sub(2)).and_then(|e| self.actor_ending_at(e)) else {
            return;
        };
        // the subject opens the clause reported
        if subject.s < reports[r].comp.0 {
            return;
        }
        let (end, _) = self.clause_end(from, false);
        if end <= from {
            return;
        }
        let own = subject.e == subject.s + 1
            && ["it", "we", "i", "he", "she", "they"].iter().any(|w| self.word(subject.s, w));
        let (act, addressee) = match (negated, own) {
            (false, false) => (Act::Accuse, Some(subject)),
            (true, true) => (Act::Deny, None),
            _ => return,
        };
        self.push(out, act, speaker, addressee, Some((from, end)), v, rule, (false, false), Some(r), false);
    }

    /// "The army gave politicians 48 hours to resolve the crisis", "gave management until
    /// Friday to respond": a deadline given for a deed is an ultimatum, a demand of the one it
    /// is given to. `v` is a form of "give".
    pub(crate) fn ultimatum_rule(&self, v: usize, reports: &[Report], out: &mut Vec<Candidate>) {
        const UNITS: [&str; 10] =
            ["hours", "hour", "days", "day", "weeks", "week", "months", "month", "minutes", "years"];
        const AMOUNTS: [&str; 17] = [
            "a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "twelve", "fifteen", "thirty", "several", "another",
        ];
        let amount =
            |k: usize| self.kind(k) == Some(AtomKind::Number) || AMOUNTS.iter().any(|w| self.word(k, w));
        let addressee = self.actor_starting_at(v + 1);
        let mut k = match addressee {
            Some(a) => a.e,
            // (whoever it is given to: "gave politicians 48 hours" names no side)
            None => {
                let mut k = v + 1;
                while k < (v + 5).min(self.n())
                    && self.atoms[k].is_word()
                    && !amount(k)
                    && !self.word(k, "until")
                    && !self.word(k, "till")
                {
                    k += 1;
                }
                k
            }
        };
        if k == v + 1 {
            return;
        }
        let deadline_start = k;
        if self.word(k, "until") || self.word(k, "till") {
            // "until Friday", "until the end of the month": a short time phrase
            k += 1;
            while k < (deadline_start + 7).min(self.n()) && self.atoms[k].is_word() && !self.word(k, "to") {
                k += 1;
            }
        } else {
            // "48 hours", "a week", "two more days"
            if !amount(k) {
                return;
            }
            k += 1;
            if self.word(k, "more") || self.word(k, "extra") || self.word(k, "few") {
                k += 1;
            }
            if !UNITS.iter().any(|w| self.word(k, w)) {
                return;
            }
            k += 1;
        }
        let verb =
            self.may_be_plain_verb(k + 1, class::DET | class::PRON | class::PREP | class::AUX | class::COORD);
        // ("the doctors gave her two years to live": a prognosis)
        if k == deadline_start + 1 || !self.word(k, "to") || !verb || self.word(k + 1, "live") {
            return;
        }
        self.push_ultimatum(v, addressee, k + 1, v, "ultimatum", reports, out);
    }

    /// Whether the "-ing" word at `v` opens a participle clause after a comma ("…, giving the
    /// union until Wednesday …").
    fn opens_participle_clause(&self, v: usize) -> bool {
        v > 1 && self.kind(v - 1) == Some(AtomKind::Comma) && self.atoms[v].text.ends_with("ing")
    }

    /// The subject of the main clause a participle clause at `v` goes with (see
    /// [`opens_participle_clause`](Self::opens_participle_clause)).
    fn participle_clause_subject(&self, v: usize) -> Option<Actor> {
        self.clause_subject_before(v - 1).map(|a| self.main_clause_subject(a, false))
    }

    /// Pushes the demand of an ultimatum, a deadline or a push: by the subject of the verb at
    /// `lead` that makes it, of `addressee`, for the deed from `deed` to the clause's end.
    #[allow(clippy::too_many_arguments)]
    fn push_ultimatum(
        &self,
        lead: usize,
        addressee: Option<Actor>,
        deed: usize,
        trigger: usize,
        rule: &'static str,
        reports: &[Report],
        out: &mut Vec<Candidate>,
    ) {
        // (", giving the union until Wednesday to accept": a participle clause's subject is the
        // main clause's)
        let subject = if self.opens_participle_clause(lead) {
            self.participle_clause_subject(lead)
        } else {
            self.subject_of(lead, reports).map(|(a, _)| a)
        };
        let Some(actor) = subject else { return };
        let (end, _) = self.clause_end(deed, true);
        let polarity = self.polarity_before(lead);
        let report = self.attribution(reports, lead);
        self.push(
            out,
            Act::Demand,
            actor,
            addressee,
            Some((deed, end)),
            trigger,
            rule,
            polarity,
            report,
            false,
        );
    }

    /// "Washington set a deadline of March 1 for Tehran to respond", "imposed a Friday deadline
    /// for the union to accept": a deadline set for someone to act demands the act (`v` at
    /// "deadline").
    pub(crate) fn deadline_rule(&self, v: usize, reports: &[Report], out: &mut Vec<Candidate>) {
        const SETTING: [&str; 8] =
            ["set", "sets", "setting", "imposed", "imposes", "issued", "gave", "gives"];
        // the verb, then only a determiner and modifiers: "set a new deadline"
        let Some(setter) = (v.saturating_sub(5)..v).rev().find(|&k| SETTING.iter().any(|w| self.word(k, w)))
        else {
            return;
        };
        if (setter + 1..v).any(|k| !self.atoms[k].is_word() && self.kind(k) != Some(AtomKind::Number)) {
            return;
        }
        // "of March 1" or nothing, then "for" Y "to" V
        let Some(f) = (v + 1..(v + 7).min(self.n())).find(|&k| self.word(k, "for")) else { return };
        let Some(addressee) = self.actor_starting_at(f + 1) else { return };
        if !self.word(addressee.e, "to")
            || !self.atoms.get(addressee.e + 1).is_some_and(|a| a.is_word() && !a.cap)
        {
            return;
        }
        self.push_ultimatum(setter, Some(addressee), addressee.e + 1, v, "ultimatum", reports, out);
    }

    /// "Mediators are pushing the rebels to accept the plan", "pushed the company to sell":
    /// pushing someone to do something demands it of them (`v` is a form of "push"). The
    /// verb's own frames take only its particles ("pushed for", "pushed back"), so that
    /// "pushed on with the reforms" or "pushed prices to record highs" demand nothing.
    pub(crate) fn pushed_to_rule(&self, v: usize, reports: &[Report], out: &mut Vec<Candidate>) {
        let Some(addressee) = self.actor_starting_at(v + 1) else { return };
        let deed = addressee.e + 1;
        let verb = self.is_base_verb(deed)
            || self.may_be_plain_verb(
                deed,
                class::DET | class::PRON | class::PREP | class::AUX | class::COORD | class::ADV,
            ) && !self.is_time_word(deed);
        if !self.word(addressee.e, "to") || !verb {
            return;
        }
        self.push_ultimatum(v, Some(addressee), deed, v, "pushed-to", reports, out);
    }

    /// "Beijing said the US had no right to interfere in its affairs": denying someone the
    /// right to do what they do accuses them of it. `v` is "right".
    pub(crate) fn no_right_rule(&self, v: usize, reports: &[Report], out: &mut Vec<Candidate>) {
        let verb_after = self.may_be_plain_verb(v + 2, class::DET | class::PREP | class::PRON | class::ADV);
        if v < 3 || !self.word(v - 1, "no") || !self.word(v + 1, "to") || !verb_after {
            return;
        }
        let have = v - 2;
        if !["has", "had", "have"].iter().any(|w| self.word(have, w)) {
            return;
        }
        let Some(r) = self.report_at(reports, v) else { return };
        let Some(speaker) = reports[r].speaker else { return };
        let Some(subject) = self.skip_left(have.checked_sub(1)).and_then(|e| self.actor_ending_at(e)) else {
            return;
        };
        // (the clause's subject, opening the words reported, and someone other than the speaker)
        let own = subject.e == subject.s + 1
            && ["it", "we", "i", "he", "she", "they", "you"].iter().any(|w| self.word(subject.s, w));
        if subject.s < reports[r].comp.0 || own || self.same_side(&subject, &speaker) {
            return;
        }
        let (end, _) = self.clause_end(v + 2, true);
        self.push(
            out,
            Act::Accuse,
            speaker,
            Some(subject),
            Some((v + 2, end)),
            v,
            "reported-no-right",
            (false, false),
            Some(r),
            false,
        );
    }

    /// "Tehran said Israel was behind the assassination": a speaker naming who is behind a
    /// hostile deed accuses them of it; "said it was not behind the attack" denies it. `v` is
    /// "behind".
    pub(crate) fn behind_rule(&self, v: usize, reports: &[Report], out: &mut Vec<Candidate>) {
        if self.backing_behind(v, reports, out) {
            return;
        }
        const DEEDS: [&str; 30] = [
            "attack",
            "attacks",
            "assassination",
            "killing",
            "killings",
            "murder",
            "bombing",
            "bombings",
            "blast",
            "explosion",
            "explosions",
            "plot",
            "coup",
            "hack",
            "hacking",
            "cyberattack",
            "leak",
            "leaks",
            "unrest",
            "violence",
            "riots",
            "protests",
            "shelling",
            "massacre",
            "sabotage",
            "poisoning",
            "disappearance",
            "abduction",
            "kidnapping",
            "strike",
        ];
        let det = self.has(v + 1, class::DET) || self.kind(v + 1) == Some(AtomKind::Possessive);
        let head = if det { self.plain_np_end(v + 1) } else { v + 1 };
        let deed = (v + 1..=head.min(v + 6))
            .any(|k| DEEDS.iter().any(|w| self.word(k, w)) || self.has(k, class::WRONGDOING));
        if !deed {
            return;
        }
        let (b, negated) = self.adverbs_before(v);
        if b < 2 || !self.is_be(b - 1) {
            return;
        }
        self.reported_blame(v, b, negated, v + 1, "reported-behind", reports, out);
    }

    /// "Israel holds Hamas responsible for the deaths", "vowed to hold the rebels accountable
    /// for …": the holder accuses whom they hold. True when the words are read so.
    fn holds_responsible(&self, v: usize, reports: &[Report], out: &mut Vec<Candidate>) -> bool {
        const HOLD: [&str; 4] = ["hold", "holds", "held", "holding"];
        if self.word(v, "responsibility") || v < 2 {
            return false;
        }
        // "those responsible will be held accountable", said: a reckoning foretold in someone's
        // words warns whoever it falls on
        if v >= 4 && self.word(v - 1, "held") && self.word(v - 2, "be") && self.word(v, "accountable") {
            let (b, negated) = self.adverbs_before(v - 2);
            let future =
                b > 0 && ["will", "would", "'ll", "’ll", "shall"].iter().any(|w| self.word(b - 1, w));
            let Some(r) = self.report_at(reports, v) else { return false };
            let Some(speaker) = reports[r].speaker.filter(|_| future && !negated) else { return false };
            // (the subject whole: "those who did this will be held accountable")
            let from = self.skip_quotes_from(reports[r].comp.0);
            let start = if from < b - 1 && (from..b - 1).all(|k| self.kind(k) != Some(AtomKind::Comma)) {
                from
            } else {
                self.clause_start(b - 1).max(reports[r].comp.0)
            };
            let (end, _) = self.clause_end(v, false);
            if start >= b - 1 {
                return false;
            }
            let addressee = self.actor_ending_at(b - 2);
            self.push(
                out,
                Act::Warn,
                speaker,
                addressee,
                Some((start, end.max(v + 1))),
                v,
                "held-accountable",
                (false, false),
                Some(r),
                false,
            );
            return true;
        }
        // ("would hold violators accountable": whom, if no actor, still a phrase)
        let object = self.actor_ending_at(v - 1);
        let object_start = match object {
            Some(object) => object.s,
            None => {
                let hold = (v.saturating_sub(6)..v - 1)
                    .rev()
                    .take_while(|&k| self.atoms[k].is_word())
                    .find(|&k| HOLD.iter().any(|w| self.word(k, w)));
                match hold {
                    Some(hold) => hold + 1,
                    None => return false,
                }
            }
        };
        let Some(verb) = object_start.checked_sub(1) else { return false };
        if !HOLD.iter().any(|w| self.word(verb, w)) {
            return false;
        }
        // ("vowed to hold the rebels accountable": the subject of the verb the infinitive
        // completes)
        let subject = match self.subject_of(verb, reports) {
            Some((actor, _)) => Some(actor),
            None if verb > 0 && self.word(verb - 1, "to") => self.clause_subject_before(verb - 1),
            None => None,
        };
        let Some(actor) = subject else { return false };
        let polarity = self.polarity_before(verb);
        let report = self.attribution(reports, verb);
        if !self.word(v + 1, "for") {
            // "we will hold them accountable", "vowed to hold the leadership accountable in
            // November": a reckoning promised, for nothing named, warns
            let (b, negated) = self.adverbs_before(verb);
            let promised = b > 0
                && !negated
                && (["will", "would", "'ll", "shall"].iter().any(|w| self.word(b - 1, w))
                    || self.word(b - 1, "to")
                        && b >= 2
                        && ["vow", "vowed", "vows", "pledged", "promised", "threatened", "vowing"]
                            .iter()
                            .any(|w| self.word(b - 2, w)));
            if !promised || !self.word(v, "accountable") {
                return false;
            }
            self.push(
                out,
                Act::Warn,
                actor,
                object,
                Some((verb, v + 1)),
                verb,
                "held-accountable",
                polarity,
                report,
                false,
            );
            return true;
        }
        let (end, _) = self.clause_end(v + 2, false);
        if end <= v + 2 {
            return false;
        }
        self.push(
            out,
            Act::Accuse,
            actor,
            object,
            Some((v + 2, end)),
            verb,
            "held-responsible",
            polarity,
            report,
            false,
        );
        true
    }

    /// "The company has maintained its innocence", "he protested his innocence": asserting
    /// one's innocence denies what one is accused of. `v` is "innocence".
    pub(crate) fn innocence_rule(&self, v: usize, reports: &[Report], out: &mut Vec<Candidate>) {
        if v < 2 || !["his", "her", "its", "their", "my", "our"].iter().any(|w| self.word(v - 1, w)) {
            return;
        }
        let verb = v - 2;
        const ASSERTING: [&str; 12] = [
            "maintain",
            "maintains",
            "maintained",
            "maintaining",
            "proclaim",
            "proclaims",
            "proclaimed",
            "protested",
            "protests",
            "asserted",
            "asserts",
            "insists",
        ];
        if !ASSERTING.iter().any(|w| self.word(verb, w)) {
            return;
        }
        // ("wrote to the committee, maintaining her innocence": a participle clause's subject is
        // the main clause's)
        let participle =
            || self.opens_participle_clause(verb).then(|| self.participle_clause_subject(verb)).flatten();
        let Some(actor) = self.subject_of(verb, reports).map(|(a, _)| a).or_else(participle) else { return };
        let polarity = self.polarity_before(verb);
        let report = self.attribution(reports, verb);
        self.push(
            out,
            Act::Deny,
            actor,
            None,
            Some((v - 1, v + 1)),
            verb,
            "asserted-innocence",
            polarity,
            report,
            false,
        );
    }

    /// "“That never happened,” the senator said": a speaker saying something did not happen
    /// denies it. `v` is "happened" or "happen".
    pub(crate) fn never_happened_rule(&self, v: usize, reports: &[Report], out: &mut Vec<Candidate>) {
        let (b, denied) = self.auxiliaries_before(v);
        // (the clause ends there: "did not happen because of the storm" tells why, it denies
        // nothing)
        let clause_ends = self.atoms.get(v + 1).is_none_or(|a| !a.is_word());
        if !denied || b == 0 || !self.atoms[b - 1].is_word() || !clause_ends {
            return;
        }
        let Some(r) = self.report_at(reports, v) else { return };
        let Some(speaker) = reports[r].speaker else { return };
        let start = self.clause_start(b - 1);
        if start >= b || (start..b).any(|k| ["if", "whether", "unless"].iter().any(|w| self.word(k, w))) {
            return;
        }
        self.push(
            out,
            Act::Deny,
            speaker,
            None,
            Some((start, v + 1)),
            v,
            "reported-never-happened",
            (false, false),
            Some(r),
            false,
        );
    }

    /// "comparing the chairman to Joseph McCarthy", "likened the commission to the Soviet
    /// Union": likening someone to a byword for tyranny or persecution accuses them (`v` at the
    /// verb). A comparison with anything else ("compared the phone to its rival") is none.
    pub(crate) fn likened_rule(&self, v: usize, reports: &[Report], out: &mut Vec<Candidate>) {
        const BYWORDS: [&str; 22] = [
            "hitler",
            "nazi",
            "nazis",
            "stalin",
            "mussolini",
            "fascist",
            "fascists",
            "fascism",
            "gestapo",
            "kgb",
            "stasi",
            "mccarthy",
            "mccarthyism",
            "dictator",
            "dictators",
            "tyrant",
            "tyrants",
            "mafia",
            "mobster",
            "gangsters",
            "taliban",
            "isis",
        ];
        // (past an aside: "comparing Mr. Ross, a fellow Texan, to …")
        let Some(to) = (v + 2..(v + 12).min(self.n()))
            .take_while(|&k| self.kind(k) != Some(AtomKind::Terminal))
            .find(|&k| self.word(k, "to") || self.word(k, "with"))
        else {
            return;
        };
        let (end, _) = self.clause_end(to + 1, false);
        let soviet =
            (to + 1..end).any(|k| self.word(k, "soviet")) && (to + 1..end).any(|k| self.word(k, "union"));
        let byword = (to + 1..end.min(to + 7)).any(|k| BYWORDS.iter().any(|w| self.word(k, w)));
        if !(byword || soviet) {
            return;
        }
        let Some(likened) = self.actor_starting_at(v + 1).filter(|a| a.e <= to) else { return };
        let Some((actor, _)) = self.subject_of(v, reports).or_else(|| {
            // ("spent the briefing comparing the chairman to …": the participle's subject)
            let comma_or_verb = v.checked_sub(1)?;
            self.clause_subject_before(comma_or_verb).map(|a| (a, ""))
        }) else {
            return;
        };
        let polarity = self.polarity_before(v);
        let report = self.attribution(reports, v);
        self.push(
            out,
            Act::Accuse,
            actor,
            Some(likened),
            Some((v + 1, end)),
            v,
            "likened",
            polarity,
            report,
            false,
        );
    }

    /// "is opposed to X" rejects X; "is in favor of X", "came out in favour of X", "voted in
    /// favor of X" accept it.
    pub(crate) fn stance_rule(&self, w: usize, reports: &[Report], out: &mut Vec<Candidate>) {
        let dismay = DISMAYED.iter().any(|x| self.word(w, x));
        let satisfied = SATISFIED.iter().any(|x| self.word(w, x));
        // "he had no intention of putting the bills to a vote", "has no plans to settle": a refusal
        let no_plan = ["intention", "plans", "plan"].iter().any(|x| self.word(w, x))
            && (self.word(w + 1, "of") || self.word(w + 1, "to") && !self.word(w, "intention"));
        if no_plan && w >= 2 && self.word(w - 1, "no") {
            let have = w - 2;
            if !["has", "had", "have", "having"].iter().any(|x| self.word(have, x)) {
                return;
            }
            let Some((actor, _)) = self.subject_of(have, reports) else { return };
            let (end, _) = self.clause_end(w + 2, true);
            if end > w + 2 {
                let report = self.attribution(reports, w);
                self.push(
                    out,
                    Act::Reject,
                    actor,
                    None,
                    Some((w + 2, end)),
                    w,
                    "stance",
                    (false, false),
                    report,
                    false,
                );
            }
            return;
        }
        // "has been an outspoken critic of the deal", "is one of the fiercest opponents of":
        // (back over the describing words to the article)
        let role_of = |act: Act| {
            let mut b = w;
            // (words of how one opposes, not of a trade: "the paper's film critic" judges films)
            const HOW: [&str; 22] = [
                "outspoken",
                "vocal",
                "fierce",
                "fiercest",
                "harsh",
                "harshest",
                "staunch",
                "staunchest",
                "longtime",
                "leading",
                "prominent",
                "frequent",
                "persistent",
                "strong",
                "strongest",
                "bitter",
                "sharp",
                "loud",
                "loudest",
                "vehement",
                "relentless",
                "most",
            ];
            while b > 0
                && w - b < 6
                && (self.is_ly_adverb(b - 1)
                    || self.has(b - 1, class::ADV)
                    || HOW.iter().any(|x| self.word(b - 1, x)))
            {
                b -= 1;
            }
            if b >= 3 && self.word(b - 1, "the") && self.word(b - 2, "of") && self.word(b - 3, "one") {
                b -= 3;
            } else if b >= 1 && ["a", "an", "the"].iter().any(|x| self.word(b - 1, x)) {
                b -= 1;
            } else {
                return None;
            }
            Some((act, w + 2, b))
        };
        let (act, after, before) = if self.word(w, "opposed") && self.word(w + 1, "to") {
            (Act::Reject, w + 2, w)
        } else if dismay {
            // "was appalled by the verdicts", "is deeply disappointed and dismayed at …": dismay
            // a side states at a deed criticises it
            let prep = if self.word(w + 1, "and") && DISMAYED.iter().any(|x| self.word(w + 2, x)) {
                w + 3
            } else {
                w + 1
            };
            if !["by", "at", "with"].iter().any(|x| self.word(prep, x)) {
                return;
            }
            (Act::Accuse, prep + 1, w)
        } else if satisfied {
            // (a quotation may close round the word: he's “OK” with the decision)
            let prep = if self.kind(w + 1) == Some(AtomKind::CloseQuote) { w + 2 } else { w + 1 };
            // ("happy with the weather" is no claim: the thing accepted is an outcome or a
            // proposal, named within a few words)
            let outcome = (prep + 1..(prep + 7).min(self.n()))
                .take_while(|&k| self.atoms[k].is_word() || self.kind(k) == Some(AtomKind::Possessive))
                .any(|k| {
                    self.has(k, class::PROPOSAL_NOUN) || crate::rules::RULINGS.iter().any(|r| self.word(k, r))
                });
            if !self.word(prep, "with") || !outcome {
                return;
            }
            let before = if w > 0 && self.kind(w - 1) == Some(AtomKind::OpenQuote) { w - 1 } else { w };
            (Act::Accept, prep + 1, before)
        } else if self.word(w + 1, "of") && (self.word(w, "critic") || self.word(w, "critics")) {
            let Some(stance) = role_of(Act::Accuse) else { return };
            stance
        } else if self.word(w + 1, "of") && (self.word(w, "opponent") || self.word(w, "opponents")) {
            let Some(stance) = role_of(Act::Reject) else { return };
            stance
        } else if w > 0 && self.word(w - 1, "in") && self.word(w + 1, "of") {
            (Act::Accept, w + 2, w - 1)
        } else if w > 0 && self.word(w, "against") && {
            let (b, _) = self.adverbs_before(w);
            b > 0 && self.word(b - 1, "out")
        } {
            // "came out against the merger", "spoke out (strongly) against it"
            (Act::Reject, w + 1, self.adverbs_before(w).0)
        } else {
            return;
        };
        // the verb before: "is (firmly) opposed", "remain in favor", "came out in favor"
        let mut b = before;
        while b > 0 && (self.has(b - 1, class::ADV) || self.is_ly_adverb(b - 1) || self.word(b - 1, "all")) {
            b -= 1;
        }
        let Some(v) = b.checked_sub(1) else { return };
        // "cast the lone Republican vote in favor of …": the verb that casts the vote
        let cast = (act == Act::Accept && (self.word(v, "vote") || self.word(v, "votes")))
            .then(|| {
                (v.saturating_sub(5)..v)
                    .rev()
                    .take_while(|&k| self.atoms[k].is_word())
                    .find(|&k| ["cast", "casts", "casting"].iter().any(|x| self.word(k, x)))
            })
            .flatten();
        let lead = if let Some(cast) = cast {
            cast
        } else if self.is_be(v)
            || ["remain", "remains", "remained", "stand", "stands", "stood"].iter().any(|x| self.word(v, x))
            // "the council voted in favor of the measure"
            || act == Act::Accept && ["voted", "vote", "votes", "voting"].iter().any(|x| self.word(v, x))
        {
            v
        } else if self.word(v, "out")
            && v > 0
            && ["came", "come", "comes", "coming", "spoke", "speak", "speaks", "speaking"]
                .iter()
                .any(|x| self.word(v - 1, x))
        {
            v - 1
        } else {
            return;
        };
        // "the people opposed to the plan" has no verb of its own: a description, not a stance
        if self.is_be(lead) && self.word(lead, "being") {
            return;
        }
        let Some((actor, _)) = self.subject_of(lead, reports) else { return };
        // (dismay of a named side or person only: "the coach was disappointed with the result"
        // is no claim)
        if (dismay || satisfied) && actor.who == Who::Unknown {
            return;
        }
        let (end, _) = self.clause_end(after, false);
        if end <= after {
            return;
        }
        let polarity = self.polarity_before(lead);
        let negated = polarity.0 || (lead..w).any(|k| self.has(k, class::NEG));
        let report = self.attribution(reports, w);
        self.push(
            out,
            act,
            actor,
            None,
            Some((after, end)),
            w,
            "stance",
            (negated, polarity.1),
            report,
            false,
        );
    }

    /// Whether a punishment is the object of the verb at `w` ("consider sanctions against …",
    /// "take military action"): sanctions, strikes, force or action of war, within a few words.
    fn punishment_after(&self, w: usize) -> bool {
        // (a verb that brings it on: "willing to lift the sanctions" concedes)
        let brings = ["consider", "take", "use", "impose", "hold", "launch", "authorise", "authorize"]
            .iter()
            .any(|x| self.word(w, x));
        brings
            && (w + 1..(w + 5).min(self.n())).take_while(|&k| self.atoms[k].is_word()).any(|k| {
                ["sanctions", "force", "retaliation", "reprisals", "countermeasures"]
                    .iter()
                    .any(|x| self.word(k, x))
                    || crate::rules::HOSTILE_DEEDS.iter().any(|x| self.word(k, x))
                    || self.word(k, "action") && k > 0 && self.word(k - 1, "military")
            })
    }

    /// Whether the infinitive at `w` after "ready/prepared to" goes on to a condition that
    /// another must meet ([`Self::is_refusal_condition`]), with only words between.
    fn ready_on_refusal_condition(&self, w: usize) -> bool {
        let Some(at) = (w + 1..(w + 12).min(self.n()))
            .take_while(|&k| self.atoms[k].is_word() || self.kind(k) == Some(AtomKind::Possessive))
            .find(|&k| self.word(k, "if") || self.word(k, "unless"))
        else {
            return false;
        };
        let condition_end = (at + 1..self.n())
            .find(|&k| matches!(self.kind(k), Some(AtomKind::Comma | AtomKind::Terminal)))
            .unwrap_or(self.n());
        self.is_refusal_condition(at, condition_end)
    }

    pub(crate) fn ready_rule(&self, r: usize, reports: &[Report], out: &mut Vec<Candidate>) {
        let (mut b, negated) = self.adverbs_before(r);
        // "are not interested in talks": refusing them ("interested in buying …" claims nothing)
        let interested = self.word(r, "interested");
        if interested && !(negated && self.word(r + 1, "in")) {
            return;
        }
        // "committed to the truce", "committed to implementing the resolution"; not "committed
        // crimes" or "committed for trial"
        if self.word(r, "committed") && !self.word(r + 1, "to") {
            return;
        }
        // (they were “ready to reach” an agreement: a quotation opening at the word)
        if b > 0 && matches!(self.kind(b - 1), Some(AtomKind::OpenQuote | AtomKind::Quote)) {
            b -= 1;
        }
        if b == 0
            || !(self.is_be(b - 1)
                || self.word(b - 1, "remain")
                || self.word(b - 1, "remains")
                || self.word(b - 1, "remained")
                // "stands ready to support"
                || self.word(b - 1, "stand")
                || self.word(b - 1, "stands")
                || self.word(b - 1, "stood"))
        {
            return;
        }
        // "it depends on what the insurer is willing to pay": an open question, not a readiness
        let clause = self.clause_start(b - 1);
        if (clause.saturating_sub(1)..b).any(|k| self.word(k, "what") || self.word(k, "whether")) {
            return;
        }
        let (mut act, content_start) =
            // ("ready to strike": a verb of hostile action the lexicon may know only as a noun)
            if self.word(r + 1, "to")
                && (self.is_base_verb(r + 2)
                    || self.has(r + 2, class::READY_VERB)
                    || self.is_threat_verb(r + 2)
                    || self.ready_on_refusal_condition(r + 2))
            {
                let w = r + 2;
                match self.claim_verb_at(w) {
                    // ("prepared to attack if provoked": an attack made, not words of attack)
                    Some((verb, _)) if self.lex.verbs[verb as usize].act == Act::Accuse && self.is_threat_verb(w) => {
                        (Act::Warn, w)
                    }
                    Some((verb, _)) => (self.lex.verbs[verb as usize].act, w + 1),
                    // "ready to take retaliatory measures" threatens.
                    None if self.takes_hostile_measures(w) => (Act::Warn, w),
                    // ("prepared to consider sanctions", "ready to take military action": a
                    // punishment held ready threatens)
                    None if self.has(w, class::READY_VERB) && self.punishment_after(w) => (Act::Warn, w),
                    // "ready to negotiate" offers talks: an acceptance of talking, coded `ready-to-talk`.
                    None if self.has(w, class::READY_VERB) => (Act::Accept, w),
                    // "ready to impose sanctions" threatens.
                    None if self.is_threat_verb(w) => (Act::Warn, w),
                    // "willing to host talks": a verb the lexicon does not know, read as before
                    // the tagger told it was a verb
                    None if self.atoms[w].info.is_none() && !self.word(r, "prepared") => (Act::Accept, w),
                    // ("prepared to widen the strike if the firms do not improve their offer": a
                    // step promised on a condition another must meet)
                    None if self.ready_on_refusal_condition(w) => (Act::Warn, w),
                    None => return,
                }
            } else if (self.word(r + 1, "for") || self.word(r + 1, "to") || interested)
                && !self.is_base_verb(r + 2)
                && !self.word(r, "prepared")
            {
                // ("ready for a drawn-out battle", "ready for war": a fight foreseen warns)
                let hostile = (r + 2..(r + 7).min(self.n()))
                    .take_while(|&k| self.atoms[k].is_word() || self.kind(k) == Some(AtomKind::Hyphen))
                    .any(|k| {
                        crate::rules::HOSTILE_DEEDS.iter().any(|w| self.word(k, w))
                            || ["battle", "confrontation", "showdown"].iter().any(|w| self.word(k, w))
                    });
                // ("committed to fighting corruption": a cause embraced)
                (if hostile && !self.word(r, "committed") { Act::Warn } else { Act::Accept }, r + 2)
            } else {
                return;
            };
        // ("ready to die for their land": defiance, nothing accepted)
        if self.word(r + 1, "to") && ["die", "perish", "sacrifice"].iter().any(|d| self.word(r + 2, d)) {
            return;
        }
        let Some((actor, _)) = self.subject_of(b - 1, reports) else { return };
        let polarity = self.polarity_before(r);
        let (mut content_start, (mut end, _)) = (content_start, self.clause_end(content_start, true));
        // one is committed to an agreement, a course or a doing ("committed to implementing
        // it"), not to a hospital; ("values that we are committed to defending": what is
        // upheld is in the clause before)
        let relative = (b.saturating_sub(4)..b.saturating_sub(1)).any(|k| {
            self.has(k, class::REL)
                || self.word(k, "that") && k > 0 && self.atoms[k - 1].is_word() && !self.is_report_word(k - 1)
        });
        if self.word(r, "committed") && relative {
            return;
        }
        if self.word(r, "committed")
            && !self.atoms.get(r + 2).is_some_and(|a| a.is_word() && a.text.ends_with("ing"))
            && !(content_start..end).any(|k| {
                self.has(k, class::PROPOSAL_NOUN)
                    || [
                        "peace",
                        "process",
                        "stability",
                        "principle",
                        "principles",
                        "path",
                        "course",
                        "goal",
                        "cause",
                    ]
                    .iter()
                    .any(|w| self.word(k, w))
                    || self.is_name(k)
            })
        {
            return;
        }
        // "ready to release the hostages" is a concession; "ready to release its new phone" is
        // a product launch: releasing concedes only when people are released
        if self.word(r + 1, "to")
            && self.word(r + 2, "release")
            && !(content_start..end).any(|k| HELD_PEOPLE.iter().any(|w| self.word(k, w)))
        {
            return;
        }
        // "talks, which Norway stands ready to host": the object is the
        // antecedent of the relative clause
        let object_missing = content_start >= self.n()
            || matches!(
                self.kind(content_start),
                Some(AtomKind::Terminal | AtomKind::Comma | AtomKind::Semicolon | AtomKind::Dash)
            );
        if object_missing && content_start > r + 1 {
            let rel = actor.s.checked_sub(1).filter(|&k| self.word(k, "which") || self.word(k, "that"));
            let Some(rel) = rel else { return };
            let antecedent_end =
                if rel > 0 && self.kind(rel - 1) == Some(AtomKind::Comma) { rel - 1 } else { rel };
            let start = self.content_np_left(antecedent_end);
            if start >= antecedent_end {
                return;
            }
            (content_start, end) = (start, antecedent_end);
        }
        if negated && act == Act::Accept {
            act = Act::Reject;
        } else if negated {
            return;
        }
        let report = self.attribution(reports, r);
        let explicit = negated
            || self.atoms.get(r + 2).filter(|_| self.word(r + 1, "to")).is_some_and(|a| {
                a.info.is_some_and(|w| w.claim_verb.is_some() || w.class & class::READY_EXPLICIT != 0)
            });
        let rule = match (negated, explicit) {
            (true, _) => "not-ready-to",
            _ if act == Act::Warn => "ready-to-threat",
            (false, true) => "ready-to",
            (false, false) => "ready-to-talk",
        };
        self.push(
            out,
            act,
            actor,
            None,
            Some((content_start, end)),
            r,
            rule,
            (false, polarity.1),
            report,
            false,
        );
    }

    /// "characterized Putin as violating international norms", "portrayed the rebels as
    /// lying": a verb of calling whose "as" names a wrongdoing accuses its object. True when the
    /// violation at `v` is that "as" phrase (read here, claim or not).
    fn deemed_violation(&self, v: usize, reports: &[Report], out: &mut Vec<Candidate>) -> bool {
        // "as violating …", or an attempt at it: "as trying to undermine NATO"
        let attempt = v >= 4
            && self.word(v - 1, "to")
            && ["trying", "seeking", "attempting", "working"].iter().any(|w| self.word(v - 2, w));
        let is_as = if attempt { v - 3 } else { v.saturating_sub(1) };
        let gerund = attempt || self.atoms[v].text.ends_with("ing");
        if is_as < 2 || !self.word(is_as, "as") || !gerund {
            return false;
        }
        // the verb of calling, with its object between it and "as"
        let Some(d) = (is_as.saturating_sub(9)..is_as - 1).rev().find(|&d| self.has(d, class::DEEM)) else {
            return false;
        };
        if (d + 1..is_as).any(|k| !self.atoms[k].is_word() && self.atoms[k].kind != AtomKind::Possessive) {
            return false;
        }
        if self.has(v, class::VIOLATION_NEEDS_TREATY) {
            return true;
        }
        let Some((actor, _)) = self.subject_of(d, reports) else { return true };
        let addressee = self.actor_starting_at(d + 1).filter(|a| a.e == is_as);
        let end = self.clause_end(v, false).0;
        let polarity = self.polarity_before(d);
        let report = self.attribution(reports, d);
        self.push(
            out,
            Act::Accuse,
            actor,
            addressee,
            Some((d + 1, end)),
            v,
            "deem-violation",
            polarity,
            report,
            false,
        );
        true
    }

    /// Where the reported clause opening at `start` says what is believed, past a belief of the
    /// speaker's own ("told Comey that he believed the campaign had mishandled …", "said she
    /// thought the firm had misled investors"): a pronoun, a belief verb, an optional "that".
    /// `start` itself when the clause opens otherwise; never at or past `v`.
    fn past_belief(&self, start: usize, v: usize) -> usize {
        const BELIEF: [&str; 8] =
            ["believed", "believes", "believe", "thought", "thinks", "think", "suspected", "suspects"];
        if !self.has(start, class::PRON) || !BELIEF.iter().any(|w| self.word(start + 1, w)) {
            return start;
        }
        let after = if self.word(start + 2, "that") { start + 3 } else { start + 2 };
        if after < v {
            after
        } else {
            start
        }
    }

    /// "Kestria says Veloria broke the accord", "Moscow said Kyiv had violated the truce": in
    /// someone's reported words, breaking a rule accuses the subject of the clause.
    pub(crate) fn violation_rule(&self, v: usize, reports: &[Report], out: &mut Vec<Candidate>) {
        if self.deemed_violation(v, reports, out) {
            return;
        }
        let Some(r) = self.report_at(reports, v) else { return };
        let Some(speaker) = reports[r].speaker else { return };
        if self.has(v, class::VIOLATION_NEEDS_TREATY)
            && !(v + 1..(v + 6).min(self.n())).any(|k| {
                [
                    "accord",
                    "accords",
                    "treaty",
                    "ceasefire",
                    "truce",
                    "agreement",
                    "deal",
                    "law",
                    "rules",
                    "resolution",
                    "pledge",
                    "pledges",
                    "promise",
                    "promises",
                    "contract",
                    "embargo",
                ]
                .iter()
                .any(|w| self.word(k, w))
            })
        {
            return;
        }
        // ("the strikes had targeted only military sites" defends them)
        if self.has(v, class::VIOLATION_NEEDS_VICTIM)
            && (v + 1..(v + 5).min(self.n())).any(|k| {
                ["only", "military", "militant", "militants", "terrorist", "terrorists", "combatants"]
                    .iter()
                    .any(|w| self.word(k, w))
            })
        {
            return;
        }
        // ("responded to the ad attacking her record": a participle describing a noun; "were
        // attacking his plans" is the deed itself)
        // ("said Schiff was being attacked because …": a victim with no attacker named)
        if self.has(v, class::VIOLATION_NEEDS_VICTIM) {
            let (b, _) = self.adverbs_before(v);
            let after_be = b > 0 && (self.is_be(b - 1) || self.has(b - 1, class::AUX));
            // (being "targeted" or "shelled" already tells of a wrong; being "attacked" may be
            // by words)
            let passive = after_be && self.word(v, "attacked") && self.is_be(b - 1);
            if self.atoms[v].text.ends_with("ing") && !after_be || passive && !self.word(v + 1, "by") {
                return;
            }
        }
        let failure = self.has(v, class::VIOLATION_FAILURE);
        // (the lexicon knows few plain verbs: any lower-case word of no other class will do)
        let verb_after = self.is_base_verb(v + 2)
            || self.has(v + 2, class::READY_VERB)
            || self
                .atoms
                .get(v + 2)
                .is_some_and(|a| a.is_word() && !a.cap && a.info.is_none_or(|w| w.class == 0));
        // "the agency had failed the public", "has failed the American people": failing those
        // one serves is a wrong too
        let failed_people = || {
            let mut k = v + 1;
            while k < (v + 4).min(self.n())
                // (possessive pronouns are determiners: "failed our children")
                && (self.has(k, class::DET)
                    || self.word(k, "American")
                    || self.entity(k).is_some_and(|(kind, _)| kind == EntityKind::Demonym))
            {
                k += 1;
            }
            k > v + 1 && SERVED_PEOPLE.iter().any(|w| self.word(k, w))
        };
        if failure && !(self.word(v + 1, "to") && verb_after) && !failed_people() {
            return;
        }
        let mut start = self.past_belief(reports[r].comp.0, v);
        // "said in a statement that the rebels had violated …": past a phrase of place, time or
        // manner before "that" (opening with a preposition)
        if let Some(that) = (start..v).find(|&k| self.word(k, "that")) {
            let adjunct = that > start
                && self.has(start, class::PREP)
                && (start..that).all(|k| {
                    self.atoms[k].is_word()
                        && !self.is_finite_verbish(k)
                        && !self.has(k, class::SUB | class::REL)
                });
            if adjunct {
                start = self.past_belief(that + 1, v);
            }
        }
        // "said Washington was trying to destabilise the region": an attempt at the wrong
        // ("say the law is designed to silence critics": a measure made for it)
        let attempt = v >= 2
            && self.word(v - 1, "to")
            && [
                "trying",
                "tried",
                "seeking",
                "sought",
                "attempting",
                "attempted",
                "plotting",
                "plotted",
                "designed",
                "intended",
                "meant",
                "aimed",
            ]
            .iter()
            .any(|w| self.word(v - 2, w));
        // ("the inciting offense", "a leaked memo": a participle after a determiner modifies a noun)
        if v > 0 && self.has(v - 1, class::DET) {
            return;
        }
        // ("was trying to lie low": the base form "lie" lies down as often as it deceives)
        if attempt && self.word(v, "lie") {
            return;
        }
        // ("islands lying 1,000 kilometres east of …", "lying off the coast": where a thing lies)
        let lying_somewhere = self.word(v, "lying")
            && (self.kind(v + 1) == Some(AtomKind::Number)
                || [
                    "off", "in", "on", "at", "near", "along", "between", "beneath", "under", "low", "north",
                    "south", "east", "west", "just", "some", "dormant", "idle", "empty",
                ]
                .iter()
                .any(|w| self.word(v + 1, w)));
        // ("arms smuggling is a profitable business": a gerund that is the subject of a verb;
        // "But infringing its commitment, Azerbaijan …": a participle opening the sentence)
        let gerund_subject = self.atoms[v].text.ends_with("ing")
            && (self.is_be(v + 1) || (0..v).all(|k| !self.atoms[k].is_word() || self.has(k, class::COORD)));
        if lying_somewhere || gerund_subject {
            return;
        }
        let lead = if attempt { v - 2 } else { v };
        let Some(left) = self.skip_left(lead.checked_sub(1)) else { return };
        if left < start || self.atoms[left].kind != AtomKind::Word {
            return;
        }
        // The clause's subject is one plain phrase: no verb of its own before this one.
        // (the word before the verb is the subject's head even when it looks like a verb:
        // "conservative voices were censored")
        if (start..left).any(|k| self.is_finite_verbish(k) || self.has(k, class::SUB | class::REL))
            || self.has(left, class::SUB | class::REL)
        {
            return;
        }
        // "he felt obstructed": a state of mind, not a deed
        if ["felt", "feel", "feels", "seemed", "seems", "appeared", "looked", "became"]
            .iter()
            .any(|w| self.word(left, w))
        {
            return;
        }
        // "voices were being censored": the subject of a passive suffered the wrong
        let passive = !attempt && (left + 1..v).any(|k| self.is_be(k));
        // "said the cuts would devastate rural hospitals": harm done by a measure, active
        // (a harm denied is no claim of anyone: "said the budget would not hurt services")
        let harm = self.atoms[v].info.is_some_and(|w| w.harm);
        if harm && (passive || !MEASURES.iter().any(|w| self.word(left, w)) || self.polarity_before(v).0) {
            return;
        }
        // "the embassy said the claims were fabricated": a claim made up is a claim denied, which
        // the rule of baseless predicates reads
        let claim_subject = [
            "claims",
            "claim",
            "allegations",
            "allegation",
            "accusations",
            "accusation",
            "report",
            "reports",
            "story",
            "stories",
            "charges",
        ]
        .iter()
        .any(|w| self.word(left, w));
        if passive && claim_subject {
            return;
        }
        let addressee = self
            .actor_ending_at(left)
            .filter(|a| (start..a.s).all(|k| !self.atoms[k].is_word() || self.word(k, "that")))
            .filter(|_| !passive);
        // "he leaked", "they lied": a person or group the speaker talks about; "we", "I" would
        // be a confession, "it" a thing, and the speaker on themself no accusation
        let self_or_thing =
            |a: &Actor| ["we", "i", "it", "you"].iter().any(|w| self.word(a.s, w) && a.e == a.s + 1);
        let (end, _) = self.clause_end(v + 1, false);
        let polarity = self.polarity_before(v);
        // "Comey claims the FBI does not leak", "he said he did not collude": a wrong denied,
        // most often of the speaker or the speaker's side
        if polarity.0 {
            // ("the law does not violate …", "it does not violate …": a thing's; "the army said it
            // had not violated …": the body speaking, of itself, denies)
            let thing = addressee.is_some_and(|a| {
                self.word(a.s, "it")
                    && a.e == a.s + 1
                    && (matches!(speaker.who, Who::Person(_)) || a.s != start)
            });
            if !passive && !thing {
                self.push(
                    out,
                    Act::Deny,
                    speaker,
                    None,
                    Some((start, end)),
                    v,
                    "reported-violation",
                    (false, polarity.1),
                    Some(r),
                    false,
                );
            }
            return;
        }
        // a base form counts only as a verb after an auxiliary ("does not leak"), where it is
        // denied above; "a leak" is a noun
        // ("would gut", "have hurt": a measure's harm foretold or done)
        let harm_after_auxiliary = harm && v >= 1 && self.has(v - 1, class::MODAL | class::AUX);
        if !attempt
            && !harm_after_auxiliary
            && !["ed", "ing", "s"].iter().any(|x| self.atoms[v].text.ends_with(x))
        {
            // (an irregular past the lexicon knows: "took", "sold" after "illegally")
            let irregular = ["stole", "stolen", "misled", "broke", "broken"].iter().any(|w| self.word(v, w))
                || self.atoms[v].info.is_some_and(|w| {
                    w.verb_forms() & (form::PAST | form::PART) != 0 && w.verb_forms() & form::BASE == 0
                });
            // ("said the rules violate federal law": a present verb after a plural subject)
            let (b, _) = self.adverbs_before(v);
            let plural_subject = b > 0
                && (["they", "we", "you"].iter().any(|w| self.word(b - 1, w))
                    || self.atoms[b - 1].is_word()
                        && !self.atoms[b - 1].cap
                        && self.atoms[b - 1].text.ends_with('s')
                        && !self.atoms[b - 1].text.ends_with("ss")
                        && !self
                            .has(b - 1, class::PREP | class::DET | class::AUX | class::MODAL | class::PRON))
                && self.atoms.get(v + 1).is_some_and(|a| a.is_word());
            if !irregular && !plural_subject {
                return;
            }
        }
        if addressee.is_some_and(|a| {
            self.same_side(&a, &speaker) || self_or_thing(&a) || a.who != Who::Unknown && a.who == speaker.who
        }) {
            return;
        }
        // a failure accuses someone, never a thing ("the talks failed to …")
        if failure && addressee.is_none() {
            return;
        }
        self.push(
            out,
            Act::Accuse,
            speaker,
            addressee,
            Some((start, end)),
            v,
            if harm { "reported-harm" } else { "reported-violation" },
            polarity,
            Some(r),
            false,
        );
    }

    /// "Iran will retaliate", "Beijing would sanction the firms": a hostile act promised with
    /// "will/would/shall" by an actor is a threat.
    /// "X said he would raise tariffs if no deal is reached", "“If they attack us, they will pay
    /// a heavy price,” the general said": a consequence promised on a condition is a warning.
    pub(crate) fn conditional_rule(&self, m: usize, reports: &[Report], out: &mut Vec<Candidate>) {
        let mut vs = m + 1;
        while self.has(vs, class::NEG | class::ADV)
            || self.kind(vs) == Some(AtomKind::Negation)
            || self.is_ly_adverb(vs)
        {
            vs += 1;
        }
        // "will have no choice but to respond if …": a response the speaker says will be forced
        let compelled = self.word(vs, "have")
            && self.word(vs + 1, "no")
            && ["choice", "alternative", "option"].iter().any(|w| self.word(vs + 2, w))
            && self.word(vs + 3, "but")
            && self.word(vs + 4, "to");
        // "China will be forced to retaliate if …", "we would be compelled to respond": an actor
        // forced ("researchers would be forced to start again" is a hardship, "we wouldn't be
        // forced to live amid garbage" a reproach)
        let forced = m > 0
            && !(m + 1..vs).any(|k| self.is_negation(k))
            && (self.atoms[m - 1].cap || ["we", "they"].iter().any(|w| self.word(m - 1, w)))
            && self.word(vs, "be")
            && (self.word(vs + 1, "forced") || self.word(vs + 1, "compelled"))
            && self.word(vs + 2, "to");
        // "would have …" looks back at what did not happen; a threat verb is read by will-threat
        if vs >= self.n()
            || self.word(vs, "have") && !compelled
            || self.is_threat_verb(vs)
            || !self.atoms[vs].is_word()
        {
            return;
        }
        let condition = |k: usize| self.word(k, "if") || self.word(k, "unless");
        // "did not say whether she would …": a question, not a warning
        if (m.saturating_sub(4)..m).any(|k| self.word(k, "whether")) {
            return;
        }
        // (the forced deed is the content: "… but to move forward with contempt proceedings")
        let body = if compelled {
            vs + 5
        } else if forced {
            vs + 3
        } else {
            vs
        };
        let (end, _) = self.clause_end(body, true);
        let report = self.report_at(reports, m);
        let content = if condition(end) {
            (body, self.clause_end(end + 1, false).0)
        } else {
            // "If they attack us, they will pay": the condition opens the clause
            let lo = report.map_or(0, |r| reports[r].comp.0).max(m.saturating_sub(25));
            let Some(c) = (lo..m).rev().find(|&k| condition(k)) else { return };
            if !(c..m).any(|k| self.kind(k) == Some(AtomKind::Comma))
                || (c..m).any(|k| self.kind(k) == Some(AtomKind::Terminal))
            {
                return;
            }
            (body, end)
        };
        if content.0 >= content.1 {
            return;
        }
        // Most conditionals are hypotheses ("would look foolish if …"): a warning names a hostile
        // consequence, or a condition of refusal ("unless …", "if no deal is reached").
        let condition_at = (content.0.saturating_sub(30)..content.1.min(self.n()))
            .find(|&k| condition(k) && (k < m || k >= vs))
            .unwrap_or(content.1);
        // the condition's own words, up to its comma or the main verb
        let condition_end = (condition_at + 1..(condition_at + 12).min(self.n()))
            .find(|&k| self.kind(k) == Some(AtomKind::Comma) || k == m)
            .unwrap_or((condition_at + 12).min(self.n()));
        // "if she were president": a counterfactual, not a condition put to anyone; "even if you
        // didn't buy": a concession
        // ("if the sanctions were lifted" is a passive)
        if (condition_at + 1..condition_end).any(|k| {
            self.word(k, "were")
                && !(self.tag(k + 1).is_some_and(|t| t.xpos() == "VBN")
                    || self.atoms.get(k + 1).is_some_and(|a| a.text.ends_with("ed")))
        }) || condition_at > 0 && self.word(condition_at - 1, "even")
        {
            return;
        }
        let refusal_condition = self.is_refusal_condition(condition_at, condition_end);
        let hostile = (vs..(vs + 4).min(self.n())).any(|k| {
            self.is_threat_verb(k)
                || ["face", "suffer", "regret"].iter().any(|w| self.word(k, w))
                || self.word(k, "pay") && self.pays_a_price(k)
        }) || self.takes_measures(vs)
            || compelled
            || forced;
        if !refusal_condition && !hostile {
            self.conditional_offer(m, vs, condition_at, content, report, reports, out);
            return;
        }
        // "American forces will face reprisal attacks", "Gaza will look like a battlefield",
        // "many will miss a paycheck unless …": a subject that undergoes the consequence, or is
        // only described, threatens nobody (a speaker reported saying it does)
        let undergoes = [
            "pay", "face", "suffer", "regret", "be", "look", "seem", "become", "appear", "remain", "miss",
            "lose",
        ]
        .iter()
        .any(|w| self.word(vs, w))
            && !forced;
        let actor = match report.and_then(|r| reports[r].speaker) {
            Some(speaker) => speaker,
            None if undergoes => return,
            None => match self.subject_of(m, reports) {
                Some((actor, _)) if actor.who != Who::Unknown => actor,
                _ => return,
            },
        };
        let negated = self.polarity(m, vs).0;
        let hedged = self.polarity_before(m).1;
        // a refusal on a condition still warns ("would not sit on our hands if …")
        let _ = negated;
        self.push(
            out,
            Act::Warn,
            actor,
            None,
            Some(content),
            m,
            "conditional-threat",
            (false, hedged),
            report,
            false,
        );
    }

    /// "take every measure necessary", "take action", "take “resolute countermeasures”": a
    /// response promised in general words.
    pub(crate) fn takes_measures(&self, take: usize) -> bool {
        self.word(take, "take")
            && (take + 1..(take + 5).min(self.n())).any(|k| MEASURE_NOUNS.iter().any(|w| self.word(k, w)))
    }

    /// "would take countermeasures", "will take reciprocal measures against any country that
    /// …", "will take legal action against the paper": a response promised against someone, as
    /// hostile as a threat verb (`take` at "take"; "will take measures to curb inflation" is
    /// none).
    pub(crate) fn takes_hostile_measures(&self, take: usize) -> bool {
        if !self.word(take, "take") {
            return false;
        }
        let end = (take + 6).min(self.n());
        let Some(noun) = (take + 1..end)
            .find(|&k| MEASURE_NOUNS.iter().any(|w| self.word(k, w)) || self.word(k, "reprisals"))
        else {
            return false;
        };
        const HOSTILE: [&str; 10] = [
            "countermeasures",
            "countermeasure",
            "reprisals",
            "retaliatory",
            "reciprocal",
            "punitive",
            "legal",
            "resolute",
            "forceful",
            "decisive",
        ];
        let hostile = (take + 1..=noun).any(|k| HOSTILE.iter().any(|w| self.word(k, w)));
        // ("take all necessary measures to defend itself", "… to firmly safeguard its
        // sovereignty": measures of defence against whoever threatens it)
        // (past a closing quote: take “all necessary measures” to defend itself)
        let to = if self.kind(noun + 1) == Some(AtomKind::CloseQuote) { noun + 2 } else { noun + 1 };
        let mut purpose = to + 1;
        while self.is_ly_adverb(purpose) {
            purpose += 1;
        }
        let defence = self.word(to, "to")
            && ["defend", "safeguard", "protect", "uphold"].iter().any(|w| self.word(purpose, w))
            && (purpose + 1..(purpose + 4).min(self.n())).any(|k| {
                ["itself", "sovereignty", "security", "interests", "territory", "ourselves", "themselves"]
                    .iter()
                    .any(|w| self.word(k, w))
            });
        // ("measures of equal intensity and scale against U.S. goods": past the noun's own "of")
        let against = (noun + 1..(noun + 7).min(self.n()))
            .take_while(|&k| self.atoms[k].is_word())
            .find(|&k| self.word(k, "against"));
        let against_someone = against.is_some_and(|at| {
            ["any", "those", "anyone", "whoever"].iter().any(|w| self.word(at + 1, w))
                || self.actor_starting_at(at + 1).is_some_and(|a| a.who != Who::Unknown || a.role.is_some())
        });
        hostile || against_someone || defence
    }

    /// "a scathing attack", "a blistering broadside": an attack made in words (a "fierce
    /// attack" may be fought).
    fn is_verbal_attack(&self, k: usize) -> bool {
        // ("kept up her attacks on press coverage", "attacks against the judiciary": on
        // words, people's standing or institutions of judgement, not on places or troops)
        const SPOKEN_OF: [&str; 14] = [
            "press",
            "media",
            "coverage",
            "news",
            "journalists",
            "reporters",
            "judiciary",
            "judges",
            "critics",
            "character",
            "integrity",
            "record",
            "reputation",
            "credibility",
        ];
        let attacks = ["attack", "attacks"].iter().any(|w| self.word(k, w));
        if attacks
            && (self.word(k + 1, "on") || self.word(k + 1, "against"))
            && (k + 2..(k + 6).min(self.n()))
                .take_while(|&j| self.atoms[j].is_word() || self.kind(j) == Some(AtomKind::Possessive))
                .any(|j| SPOKEN_OF.iter().any(|w| self.word(j, w)))
        {
            return true;
        }
        ["attack", "attacks", "broadside"].iter().any(|w| self.word(k, w))
            && k > 0
            && [
                "scathing",
                "blistering",
                "stinging",
                "withering",
                "veiled",
                "personal",
                "verbal",
                "vitriolic",
                "scorching",
            ]
            .iter()
            .any(|w| self.word(k - 1, w))
    }

    /// "filed a legal challenge to the law" (a suit, as CAMEO's "bring lawsuit against"), or
    /// "repeated his challenge to the senator to oppose the deal" (a dare to act): a challenge
    /// that is a claim, and which. A challenge faced or posed is none.
    fn challenge_act(&self, k: usize) -> Option<Act> {
        if !["challenge", "challenges"].iter().any(|w| self.word(k, w)) {
            return None;
        }
        const LEGAL: [&str; 5] = ["legal", "court", "constitutional", "judicial", "federal"];
        if k > 0 && LEGAL.iter().any(|w| self.word(k - 1, w)) {
            return Some(Act::Accuse);
        }
        let dared = self.word(k + 1, "to").then(|| self.actor_starting_at(k + 2)).flatten()?;
        (self.word(dared.e, "to") && self.is_base_verb(dared.e + 1)).then_some(Act::Demand)
    }

    /// "they will pay", "would pay a heavy price", "will pay dearly for it": paying as a penalty
    /// ("would pay compensation", "will pay the fine" pay what is owed).
    fn pays_a_price(&self, pay: usize) -> bool {
        let next = pay + 1;
        next >= self.n()
            || !self.atoms[next].is_word()
            || ["dearly", "heavily", "for", "the", "a"].iter().any(|w| self.word(next, w))
                && (next..(next + 4).min(self.n())).any(|k| {
                    self.word(k, "price")
                        || self.word(k, "dearly")
                        || self.word(k, "heavily")
                        || self.word(k, "for")
                })
    }

    /// "the rebels said they would free the hostages if the army withdrew", "We will sign the
    /// deal if they lift the blockade": a concession the speaker offers on a condition. Only the
    /// speaker's own deed ("he", "they", "we" right before the modal) is an offer; "it would
    /// help if …" hopes.
    #[allow(clippy::too_many_arguments)]
    fn conditional_offer(
        &self,
        m: usize,
        vs: usize,
        condition_at: usize,
        content: (usize, usize),
        report: Option<usize>,
        reports: &[Report],
        out: &mut Vec<Candidate>,
    ) {
        if !self.word(condition_at, "if") || m == 0 || self.polarity(m, vs).0 {
            return;
        }
        let Some(speaker) = report.and_then(|r| reports[r].speaker) else { return };
        // ("it" is a body's own deed, never a person's: "“…, it would provide an opportunity,”
        // the senator said")
        let own = ["he", "she", "they", "we", "i"].iter().any(|w| self.word(m - 1, w))
            || self.word(m - 1, "it") && self.names_a_body(speaker);
        if !own {
            return;
        }
        // verbs that commit to nothing by themselves ("would make", "would take", "would help")
        let vague =
            ["make", "take", "give", "let", "help", "work", "enter", "quit", "step", "resign", "return"]
                .iter()
                .any(|w| self.word(vs, w));
        // ("would release its new model if …" launches a product)
        let releases_no_one = (self.word(vs, "release") || self.word(vs, "free"))
            && !(content.0..content.1).any(|k| HELD_PEOPLE.iter().any(|w| self.word(k, w)));
        let concedes = self.has(vs, class::READY_VERB) && !self.has(vs, class::YIELD_VERB);
        // (a claim verb makes its own claim: "would accept the deal if …")
        if !concedes || vague || releases_no_one || self.claim_verb_at(vs).is_some() {
            return;
        }
        let hedged = self.polarity_before(m).1;
        self.push(
            out,
            Act::Propose,
            speaker,
            None,
            Some(content),
            m,
            "conditional-offer",
            (false, hedged),
            report,
            false,
        );
    }

    /// Whether a speaker is a state, organisation or body ("Iran", "the union") rather than a
    /// person ("Smith", "Sen. Brian Babin"): a known side, or a phrase of this sentence ending in a
    /// common noun.
    fn names_a_body(&self, speaker: Actor) -> bool {
        match speaker.who {
            Who::Norms(..) | Who::Group(_) => true,
            Who::Person(_) => false,
            Who::Unknown => {
                speaker.s < speaker.e
                    && self
                        .atoms
                        .get(speaker.e - 1)
                        .is_some_and(|a| a.is_word() && !a.cap && a.end() == speaker.span.1)
            }
        }
    }

    /// "X told the host he's staying in", "claims he is going to stay in the race": a
    /// candidate or office holder saying they stay refuses to quit.
    /// "Democrats have said they will fund border security -- but not the wall": what a
    /// speaker will do or back, "but not" a thing, is that thing refused.
    pub(crate) fn but_not_rule(&self, v: usize, reports: &[Report], out: &mut Vec<Candidate>) {
        let mut b = v;
        while b > 0 && matches!(self.kind(b - 1), Some(AtomKind::Dash | AtomKind::Comma)) {
            b -= 1;
        }
        if b == 0 || !self.word(b - 1, "but") || !self.has(v + 1, class::DET) || self.has(v + 1, class::PRON)
        {
            return;
        }
        let Some(r) = self.report_at(reports, v) else { return };
        let Some(speaker) = reports[r].speaker else { return };
        // the clause before names what the speaker's side will do, with its own subject
        let lo = reports[r].comp.0;
        let pledge = (lo..b).any(|k| ["will", "would", "’ll", "'ll"].iter().any(|w| self.word(k, w)))
            && (lo..b).any(|k| ["they", "we", "he", "she", "i", "it"].iter().any(|w| self.word(k, w)));
        if !pledge || (lo..b).any(|k| self.is_negation(k)) {
            return;
        }
        let (end, _) = self.clause_end(v + 1, false);
        if end <= v + 1 {
            return;
        }
        self.push(
            out,
            Act::Reject,
            speaker,
            None,
            Some((v + 1, end)),
            v,
            "but-not",
            (false, false),
            Some(r),
            false,
        );
    }

    pub(crate) fn staying_in_rule(&self, v: usize, reports: &[Report], out: &mut Vec<Candidate>) {
        if !(self.word(v + 1, "in") || self.word(v + 1, "on")) {
            return;
        }
        // in the race, in office, on as chairman; or "in" closing the clause
        let after = self.skip_quotes(v + 2);
        let closes = self.atoms.get(after).is_none_or(|a| {
            matches!(a.kind, AtomKind::Terminal | AtomKind::Comma | AtomKind::Semicolon | AtomKind::Dash)
        });
        let post = ["race", "office", "contest", "post", "job", "power", "campaign"]
            .iter()
            .any(|w| (after..(after + 3).min(self.n())).any(|k| self.word(k, w)));
        if !closes && !post {
            return;
        }
        // the subject: a pronoun for the speaker, past "is/’s/going to/will"
        let mut k = v;
        while k > 0
            && (self.has(k - 1, class::AUX | class::MODAL | class::ADV)
                || self.atoms[k - 1].is_quote()
                || self.word(k - 1, "going")
                || self.word(k - 1, "to")
                || self.atoms[k - 1].text.starts_with(['\'', '’']))
        {
            k -= 1;
        }
        if k == 0 || !["he", "she", "i", "we"].iter().any(|w| self.word(k - 1, w)) {
            return;
        }

        let Some(r) = self.report_at(reports, v) else { return };
        let Some(speaker) = reports[r].speaker else { return };
        let (end, _) = self.clause_end(v, true);
        let polarity = self.polarity(k, v);
        if polarity.0 {
            return;
        }
        self.push(out, Act::Reject, speaker, None, Some((v, end)), v, "staying-in", polarity, Some(r), false);
    }

    pub(crate) fn will_threat_rule(&self, v: usize, reports: &[Report], out: &mut Vec<Candidate>) {
        if !self.is_base_verb(v) && self.atoms[v].info.is_none_or(|w| w.verb != 0) {
            return;
        }
        let mut k = v;
        while k > 0
            && (self.has(k - 1, class::ADV) || self.is_ly_adverb(k - 1) || self.word(k - 1, "even"))
            && !self.has(k - 1, class::NEG)
        {
            k -= 1;
        }
        // "would not hesitate to retaliate": not hesitating to do it is the threat itself
        if k >= 3 && self.word(k - 1, "to") && self.word(k - 2, "hesitate") && self.is_negation(k - 3) {
            k -= 3;
        }
        if k == 0 {
            return;
        }
        let certain =
            ["will", "would", "shall", "'ll", "’ll", "'d", "’d"].iter().any(|w| self.word(k - 1, w));
        let possible = ["may", "might", "could", "can"].iter().any(|w| self.word(k - 1, w));
        if !certain && !possible {
            return;
        }
        // "introduced a bill that would ban the app": what a proposal would do is its content,
        // no one's threat
        if k >= 3
            && (self.word(k - 2, "that") || self.word(k - 2, "which"))
            && self.has(k - 3, class::PROPOSAL_NOUN)
        {
            return;
        }
        // "will respond next week with a proposal" answers: only after "vow/ready to" is it a
        // threat, or with force in how ("would respond firmly", "will respond decisively to any
        // provocation", "will respond to any attack")
        let forceful = |j: usize| {
            [
                "firmly",
                "decisively",
                "forcefully",
                "harshly",
                "strongly",
                "resolutely",
                "swiftly",
                "accordingly",
                "sternly",
                "robustly",
                "severely",
                "mercilessly",
                "appropriately",
            ]
            .iter()
            .any(|w| self.word(j, w))
        };
        // ("will respond with force", "with all means at our disposal")
        let with_force = self.word(v + 1, "with")
            && (v + 2..(v + 6).min(self.n())).any(|j| {
                ["force", "forces", "means", "might", "strength", "bullets"].iter().any(|w| self.word(j, w))
            });
        // ("will respond in kind": answering a hostile act with the same)
        let in_kind = self.word(v + 1, "in") && self.word(v + 2, "kind");
        // ("would respond “immediately and decisively” to any attack": past how)
        let mut how_end = v + 1;
        while how_end < self.n()
            && (self.is_ly_adverb(how_end) || self.atoms[how_end].is_quote() || self.word(how_end, "and"))
        {
            how_end += 1;
        }
        let responds_in_force = self.word(v, "respond")
            && (forceful(v + 1)
                || forceful(k)
                || with_force
                || in_kind
                || self.word(how_end, "to")
                    && (how_end + 1..(how_end + 4).min(self.n())).any(|j| self.word(j, "any")));
        if self.word(v, "respond") && !responds_in_force
            || !self.is_threat_verb(v) && !self.takes_hostile_measures(v)
        {
            return;
        }
        // ("would kill for a coffee", "will fight for our rights": a purpose, not a target)
        if self.word(v + 1, "for") {
            return;
        }
        // "said they would kill the hostages": killing threatens only as someone's reported
        // words ("he will kill the peace talks")
        if self.word(v, "kill") && self.report_at(reports, v).is_none() {
            return;
        }
        // "declare a national emergency", "declare war": only these declarations threaten
        if self.word(v, "declare")
            && !(v + 1..(v + 5).min(self.n()))
                .any(|j| ["emergency", "war", "martial"].iter().any(|w| self.word(j, w)))
        {
            return;
        }
        // "said he may impose tariffs": a possibility threatens only in the speaker's own words
        // about what they themselves may do ("the army could attack" is a forecast)
        if possible {
            let Some(r) = self.report_at(reports, v) else { return };
            let Some(speaker) = reports[r].speaker else { return };
            let subject =
                self.skip_left(Some(k - 1)).filter(|_| k >= 2).and_then(|e| self.actor_ending_at(e));
            // ("Russia said it could strike …": a body's "it" or "they" opening its words is
            // the body)
            let own = subject.is_some_and(|s| {
                let pronoun = ["he", "she", "i", "we"].iter().any(|w| self.word(s.s, w))
                    || ["it", "they"].iter().any(|w| self.word(s.s, w))
                        && !matches!(speaker.who, Who::Person(_))
                        && s.s == reports[r].comp.0;
                pronoun && s.e == s.s + 1 && (s.who == speaker.who || s.who == Who::Unknown)
            });
            if !own {
                return;
            }
        }
        let Some((actor, _)) = self.subject_of(k - 1, reports) else { return };
        let (mut end, _) = self.clause_end(v + 1, true);
        let report = self.attribution(reports, v);
        // "…, the minister said/warned.": a speaker after the clause is no part of the threat
        // (a claim verb there, "…, the minister warned.", makes the whole clause its claim: see
        // `clause_before_speaker`)
        let speaker_verb_after = |c: usize| {
            if self.kind(c) != Some(AtomKind::Comma) {
                return None;
            }
            let a = self.actor_starting_at(c + 1)?;
            let verb = self.skip_right(a.e, self.n());
            let claim_verb = self.atoms.get(verb)?.info.is_some_and(|w| w.claim_verb.is_some());
            ((self.is_report_word(verb) || claim_verb)
                && self.atoms.get(verb + 1).is_none_or(|x| x.kind == AtomKind::Terminal))
            .then_some(claim_verb && !self.is_report_word(verb))
        };
        if let Some((c, claim_verb)) = (v + 1..end).find_map(|c| speaker_verb_after(c).map(|cv| (c, cv))) {
            if claim_verb {
                return;
            }
            end = c;
        }
        let hedged = self.polarity_before(k - 1).1;
        // "said it would appeal (the ruling)", "will veto the bill": refusing a thing, its
        // object the content when it has one ("would appeal against the fine" too)
        let (act, start) = if self.refusing_deed(v) {
            let object = if self.word(v + 1, "against") { v + 2 } else { v + 1 };
            (Act::Reject, if object < end { object } else { v })
        } else {
            (Act::Warn, v)
        };
        self.push(
            out,
            act,
            actor,
            None,
            Some((start, end)),
            v,
            "will-threat",
            (false, hedged),
            report,
            false,
        );
    }

    /// "The party rallied behind the candidate", "threw his (full) weight (or support) behind the bid":
    /// backing someone or something (`v` is "behind"). True when the words are those.
    fn backing_behind(&self, v: usize, reports: &[Report], out: &mut Vec<Candidate>) -> bool {
        const RALLY: [&str; 4] = ["rallied", "rally", "rallies", "rallying"];
        const THROW: [&str; 6] = ["threw", "throw", "throws", "throwing", "put", "puts"];
        const OWNERS: [&str; 5] = ["his", "her", "its", "their", "our"];
        let lead = if v >= 1 && RALLY.iter().any(|w| self.word(v - 1, w)) {
            v - 1
        } else if v >= 3 && (self.word(v - 1, "weight") || self.word(v - 1, "support")) {
            // ("threw his full weight behind", "threw her support behind")
            let owner = if self.word(v - 2, "full") { v - 3 } else { v - 2 };
            if owner == 0
                || !OWNERS.iter().any(|w| self.word(owner, w))
                || !THROW.iter().any(|w| self.word(owner - 1, w))
            {
                return false;
            }
            owner - 1
        } else {
            return false;
        };
        self.push_subject_claim(lead, v, (Act::Accept, "backing"), v + 1, reports, out);
        true
    }

    /// "said he stands with the police chief": standing with someone backs them, as rallying
    /// behind them does (a generic "you", "either you stand with us or …", backs no one). `v` at
    /// "with".
    pub(crate) fn standing_with_rule(&self, v: usize, reports: &[Report], out: &mut Vec<Candidate>) {
        if v >= 2
            && ["stands", "stood", "stand", "standing"].iter().any(|w| self.word(v - 1, w))
            && !self.word(v - 2, "you")
            && self.actor_starting_at(v + 1).is_some()
        {
            self.push_subject_claim(v - 1, v, (Act::Accept, "backing"), v + 1, reports, out);
        }
    }

    /// "gave the green light to the merger", "has given its green light for …": approving it.
    /// `v` at "light".
    pub(crate) fn green_light_rule(&self, v: usize, reports: &[Report], out: &mut Vec<Candidate>) {
        if v < 3 || !self.word(v - 1, "green") || !(self.word(v + 1, "to") || self.word(v + 1, "for")) {
            return;
        }
        let article = if self.has(v - 2, class::DET) { v - 2 } else { v - 1 };
        let gave = article
            .checked_sub(1)
            .filter(|&g| ["gave", "give", "gives", "giving", "given"].iter().any(|w| self.word(g, w)));
        if let Some(verb) = gave {
            self.push_subject_claim(verb, v, (Act::Accept, "green-light"), v + 2, reports, out);
        }
    }

    /// Pushes the claim of the subject of the verb `lead`, its content what runs from `from` to
    /// the end of the clause (shaped by `shape_content`); `trigger` is the word the
    /// rule matched. False when there is no subject or no content.
    pub(crate) fn push_subject_claim(
        &self,
        lead: usize,
        trigger: usize,
        (act, rule): (Act, &'static str),
        from: usize,
        reports: &[Report],
        out: &mut Vec<Candidate>,
    ) -> bool {
        let (end, _) = self.clause_end(from, false);
        if end <= from {
            return false;
        }
        // ("took to the streets to voice his opposition to the bill", "voted to throw its weight
        // behind …": an infinitive's subject is its lead's)
        let lead = match lead.checked_sub(1) {
            Some(to) if self.word(to, "to") => self.claim_lead(to).unwrap_or(lead),
            _ => lead,
        };
        let Some((actor, _)) = self.subject_of(lead, reports) else { return false };
        let polarity = self.polarity_before(lead);
        let report = self.attribution(reports, trigger);
        let content = self.shape_content(act, from, end);
        self.push(out, act, actor, None, Some(content), trigger, rule, polarity, report, false);
        true
    }

    /// "has lost confidence in the minister", "I don't have confidence in him", "has no
    /// confidence in the board": a trust withdrawn accuses whom it was in (`c` at "confidence",
    /// before "in").
    pub(crate) fn no_confidence_rule(&self, c: usize, reports: &[Report], out: &mut Vec<Candidate>) {
        let Some(mut b) = c.checked_sub(1) else { return };
        // ("lost all confidence", "no longer has any confidence")
        while b > 0 && ["all", "any", "full", "much"].iter().any(|w| self.word(b, w)) {
            b -= 1;
        }
        let lost = ["lost", "lose", "loses", "losing"].iter().any(|w| self.word(b, w));
        let have = ["have", "has", "had", "having"].iter().any(|w| self.word(b, w));
        let no = self.word(b, "no")
            && b > 0
            && ["have", "has", "had", "having"].iter().any(|w| self.word(b - 1, w));
        let denied = have && (b.saturating_sub(3)..b).any(|k| self.is_negation(k));
        if !(lost || no || denied) {
            return;
        }
        let lead = if no { b - 1 } else { b };
        let from = c + 2;
        let (end, _) = self.clause_end(from, false);
        if end <= from {
            return;
        }
        let Some((actor, _)) = self.subject_of(lead, reports) else { return };
        let addressee = self.actor_starting_at(from).filter(|a| a.e <= end);
        let report = self.attribution(reports, c);
        let hedged = self.polarity_before(lead).1;
        self.push(
            out,
            Act::Accuse,
            actor,
            addressee,
            Some((from, end)),
            c,
            "no-confidence",
            (false, hedged),
            report,
            false,
        );
    }

    /// "Texas sued to block the rule", "the lawsuit seeks to overturn the ban", "filed a suit
    /// seeking to halt the sale": what a suit seeks a court to do is demanded of it. `v` is the
    /// verb of suing or seeking, before "to" and a remedy.
    pub(crate) fn legal_remedy_rule(&self, v: usize, reports: &[Report], out: &mut Vec<Candidate>) {
        const REMEDIES: [&str; 18] = [
            "block",
            "stop",
            "halt",
            "prohibit",
            "bar",
            "overturn",
            "invalidate",
            "strike",
            "reverse",
            "force",
            "compel",
            "void",
            "annul",
            "prevent",
            "suspend",
            "enjoin",
            "nullify",
            "undo",
        ];
        if !self.word(v + 1, "to") || !REMEDIES.iter().any(|w| self.word(v + 2, w)) {
            return;
        }
        if ["sued", "sues", "sue", "suing"].iter().any(|w| self.word(v, w)) {
            self.push_subject_claim(v, v, (Act::Demand, "sued-to"), v + 2, reports, out);
            return;
        }
        if self.word(v, "seeking") {
            // ("filed a lawsuit in federal court seeking to …": the filer's, by the verb before
            // the document)
            let Some(document) = (v.saturating_sub(5)..v).rev().find(|&k| self.is_legal_document(k)) else {
                return;
            };
            let filing = (document.saturating_sub(3)..document).rev().find(|&k| {
                ["filed", "files", "brought", "brings", "launched", "launches", "lodged"]
                    .iter()
                    .any(|w| self.word(k, w))
            });
            if let Some(filing) = filing {
                self.push_subject_claim(filing, v, (Act::Demand, "suit-seeking"), v + 2, reports, out);
            }
            return;
        }
        // "The lawsuit seeks to …": the document's own subject speaks for its filer
        let Some((actor, _)) = self.subject_of(v, reports) else { return };
        if actor.s < actor.e && self.is_legal_document(actor.e - 1) {
            self.push_subject_claim(v, v, (Act::Demand, "suit-seeking"), v + 2, reports, out);
        }
    }

    /// "The court ordered the release of the journalists", "ordered an investigation into …":
    /// ordering a deed done demands it (ordering a thing, "ordered a pizza", does not). `v` is
    /// the verb.
    pub(crate) fn ordered_deed_rule(&self, v: usize, reports: &[Report], out: &mut Vec<Candidate>) {
        // (not a military action, "ordered the assault", "ordered a crackdown": the order is
        // the act of force itself, not a demand)
        const DEEDS: [&str; 31] = [
            "ceasefire",
            "curfew",
            "pullout",
            "filing",
            "probe",
            "review",
            "audit",
            "deployment",
            "recall",
            "retrial",
            "lockdown",
            "release",
            "arrest",
            "arrests",
            "closure",
            "withdrawal",
            "suspension",
            "removal",
            "evacuation",
            "halt",
            "return",
            "seizure",
            "dissolution",
            "investigation",
            "inquiry",
            "deportation",
            "expulsion",
            "demolition",
            "recount",
            "reinstatement",
            "destruction",
        ];
        // ("ordered on Monday the release of …": past a time)
        let mut k = self.skip_right(v + 1, self.n());
        if !["the", "a", "an"].iter().any(|w| self.word(k, w)) {
            return;
        }
        let object = k;
        k += 1;
        let lo = k;
        while k < lo + 3 && self.is_modifier(k) && !DEEDS.iter().any(|w| self.word(k, w)) {
            k += 1;
        }
        if !DEEDS.iter().any(|w| self.word(k, w)) || self.atoms[v].info.is_some_and(|w| w.report != 0) {
            return;
        }
        self.push_subject_claim(v, v, (Act::Demand, "ordered-deed"), object, reports, out);
    }

    /// "Lawmakers voted for the bill", "the senator will vote for the measure": a vote for
    /// something accepts it (against it rejects: see the verb `vote`). `v` is the verb.
    pub(crate) fn voted_for_rule(&self, v: usize, reports: &[Report], out: &mut Vec<Candidate>) {
        let from = v + 2;
        // ("voted for the first time", "voted for years", "voted for hours": when, not what)
        let when = self.is_time_word(from) && !self.word(from, "the")
            || self.word(from, "the")
                && ["first", "second", "last", "third"].iter().any(|w| self.word(from + 1, w))
            || ["years", "decades", "hours", "days", "weeks", "months"].iter().any(|w| self.word(from, w));
        // ("voters who voted for Obama": a description of people, not their claim)
        let described = v > 0 && self.has(v - 1, class::REL);
        if when || described || !self.atoms.get(from).is_some_and(|a| a.is_word()) {
            return;
        }
        let (end, _) = self.clause_end(from, false);
        // what is put to a vote: a bill, a motion, a plan ("voted for control of the
        // legislature" elects, it accepts nothing)
        let voted_on = |k: usize| {
            self.has(k, class::PROPOSAL_NOUN)
                || [
                    "measure",
                    "measures",
                    "amendment",
                    "legislation",
                    "budget",
                    "impeachment",
                    "action",
                    "ban",
                ]
                .iter()
                .any(|w| self.word(k, w))
        };
        if (from..end.min(from + 5)).any(voted_on) {
            self.push_subject_claim(v, v, (Act::Accept, "voted-for"), from, reports, out);
        }
    }

    /// "slammed the door on any talks", "shut the door on a deal", "poured cold water on the
    /// idea": closing a door on something, or cooling it, rejects it; "poured scorn on the
    /// report" accuses. `v` is "door", "water" or "scorn".
    pub(crate) fn closed_door_rule(&self, v: usize, reports: &[Report], out: &mut Vec<Candidate>) {
        const CLOSING: [&str; 11] = [
            "slammed", "slams", "slam", "slamming", "shut", "shuts", "shutting", "closed", "closes", "close",
            "closing",
        ];
        if v < 2 || !self.word(v + 1, "on") {
            return;
        }
        const POURING: [&str; 4] = ["poured", "pours", "pour", "pouring"];
        // "poured scorn on the report": scorn accuses
        if self.word(v, "scorn") {
            if POURING.iter().any(|w| self.word(v - 1, w)) {
                self.push_subject_claim(v - 1, v - 1, (Act::Accuse, "poured-scorn"), v + 2, reports, out);
            }
            return;
        }
        let verb = v - 2;
        let idiom = if self.word(v, "door") {
            self.word(v - 1, "the") && CLOSING.iter().any(|w| self.word(verb, w))
        } else {
            self.word(v - 1, "cold") && POURING.iter().any(|w| self.word(verb, w))
        };
        // ("closed the door on her way out": on one's way is where, not what)
        if !idiom || self.word(v + 3, "way") {
            return;
        }
        self.push_subject_claim(verb, verb, (Act::Reject, "closed-door"), v + 2, reports, out);
    }

    /// "China will not stand idly by if …", "said it would not sit idly by", "would not sit on
    /// its hands": refusing to stay passive warns of acting. `v` is "idly" or "hands".
    pub(crate) fn idly_by_rule(&self, v: usize, reports: &[Report], out: &mut Vec<Candidate>) {
        const STAY: [&str; 6] = ["stand", "sit", "standing", "sitting", "stood", "sat"];
        const OWNERS: [&str; 6] = ["its", "our", "their", "his", "her", "my"];
        let stay = if self.word(v, "hands") {
            if v < 4 || !self.word(v - 2, "on") || !OWNERS.iter().any(|w| self.word(v - 1, w)) {
                return;
            }
            v - 3
        } else {
            if v < 3 || !self.word(v + 1, "by") {
                return;
            }
            v - 1
        };
        if !STAY.iter().any(|w| self.word(stay, w)) {
            return;
        }
        // (what follows "by", or the hands: "… and watch", "if …")
        let v = if self.word(v, "hands") { v - 1 } else { v };
        // a negated modal right before: "will not", "won't", "would never", "cannot"
        let (b, negated) = self.adverbs_before(stay);
        let modal = b > 0 && self.has(b - 1, class::MODAL | class::AUX);
        let refused =
            negated || modal && (b.saturating_sub(3)..b).any(|k| self.kind(k) == Some(AtomKind::Negation));
        if !modal || !refused {
            return;
        }
        let Some((actor, _)) = self.subject_of(stay, reports) else { return };
        let (end, _) = self.clause_end(v + 2, false);
        let report = self.attribution(reports, v);
        let hedged = self.polarity_before(b - 1).1;
        self.push(
            out,
            Act::Warn,
            actor,
            None,
            Some((stay, end.max(v + 2))),
            v,
            "will-not-stand-by",
            (false, hedged),
            report,
            false,
        );
    }

    /// "“There will be no amnesty,” the spokesman said", "said there can be no talks with
    /// terrorists": a thing ruled out for the future in someone's words is refused (`t` at
    /// "there"; "there should be no …" is the modal rule's). Not on a condition ("there will be
    /// no peace until …", "no deal unless …"): those warn.
    pub(crate) fn there_will_be_no_rule(&self, t: usize, reports: &[Report], out: &mut Vec<Candidate>) {
        let aux = t + 1;
        if !["will", "would", "can", "could", "shall"].iter().any(|w| self.word(aux, w))
            || !self.word(aux + 1, "be")
            || !self.word(aux + 2, "no")
        {
            return;
        }
        let Some(r) = self.report_at(reports, aux) else { return };
        let Some(speaker) = reports[r].speaker else { return };
        let start = aux + 3;
        let (end, _) = self.clause_end(start, false);
        if end <= start
            || (start..end).any(|k| ["unless", "until", "if", "without"].iter().any(|w| self.word(k, w)))
        {
            return;
        }
        // ("the district said there will be no school on Monday": a service called off for a
        // day is no refusal)
        if (start..end).any(|k| self.has(k, class::TIME | class::WEEKDAY | class::MONTH)) {
            return;
        }
        let polarity = (false, self.polarity(aux, aux + 1).1);
        self.push(
            out,
            Act::Reject,
            speaker,
            None,
            Some((start, end)),
            aux,
            "reported-no",
            polarity,
            Some(r),
            false,
        );
    }

    /// "X will not negotiate with Y", "would never recognise …": refusing to do what an
    /// acceptance would do is a rejection.
    pub(crate) fn will_not_rule(&self, v: usize, reports: &[Report], out: &mut Vec<Candidate>) {
        self.refusal(v, false, reports, out);
    }

    /// Whether the -ing word at `v` gives way in the progressive, so that with a negation it
    /// refuses ("is not resigning", "are not stepping down", "not backing down", "not giving
    /// up"); most verbs in "is not …ing" only tell what is not happening ("is not paying them
    /// enough").
    pub(crate) fn is_refusable_ing(&self, v: usize) -> bool {
        const ALONE: [&str; 6] = ["resigning", "quitting", "budging", "caving", "conceding", "surrendering"];
        const WITH_DOWN: [&str; 3] = ["stepping", "backing", "standing"];
        if ALONE.iter().any(|w| self.word(v, w)) {
            // ("is not resigning itself to defeat": resigned to, not from)
            return !self.is_reflexive(v + 1);
        }
        WITH_DOWN.iter().any(|w| self.word(v, w)) && (self.word(v + 1, "down") || self.word(v + 1, "aside"))
            || self.word(v, "giving")
                && self.word(v + 1, "up")
                && !self.atoms.get(v + 2).is_some_and(|a| a.is_word())
    }

    /// "The company said it will fully cooperate with investigators", "we will abide by the
    /// ruling": a pledge to go along, made by the one who will, accepts (`v` at the verb; only a
    /// pronoun for its subject, the speaker speaking of itself, not a forecast of another's
    /// conduct).
    pub(crate) fn will_comply_rule(&self, v: usize, reports: &[Report], out: &mut Vec<Candidate>) {
        // ("said it would respect the outcome of the vote")
        const PLEDGES: [&str; 8] =
            ["cooperate", "co-operate", "comply", "obey", "abide", "honour", "honor", "respect"];
        if !PLEDGES.iter().any(|w| self.word(v, w)) {
            return;
        }
        // back over adverbs and "continue to" to the modal
        let mut k = v;
        while k > 0 && (self.has(k - 1, class::ADV) || self.is_ly_adverb(k - 1)) {
            k -= 1;
        }
        if k >= 2 && self.word(k - 1, "to") && self.word(k - 2, "continue") {
            k -= 2;
        }
        let Some(modal) = k.checked_sub(1) else { return };
        if !["will", "would", "'ll", "’ll", "shall"].iter().any(|w| self.word(modal, w)) {
            return;
        }
        let negated = (modal.saturating_sub(1)..v).any(|j| self.is_negation(j));
        let pronoun = modal
            .checked_sub(1)
            .is_some_and(|p| ["it", "we", "i", "they", "he", "she"].iter().any(|w| self.word(p, w)));
        // ("the ministry said China would abide by the ruling": a subject of the speaker's own
        // side, for whom the speaker pledges)
        let own_side_speaker = || {
            let speaker = self.report_at(reports, v).and_then(|r| reports[r].speaker)?;
            let subject = modal.checked_sub(1).and_then(|e| self.actor_ending_at(e))?;
            self.same_side(&speaker, &subject).then_some(speaker)
        };
        // ("would cooperate if …": a condition offered is no pledge)
        let (end, _) = self.clause_end(v, false);
        let conditional = (v..end).any(|j| self.word(j, "if") || self.word(j, "unless"));
        if negated || conditional || end <= v {
            return;
        }
        let actor = if pronoun {
            let Some((actor, _)) = self.subject_of(modal, reports) else { return };
            actor
        } else {
            let Some(speaker) = own_side_speaker() else { return };
            speaker
        };
        let report = self.attribution(reports, v);
        self.push(
            out,
            Act::Accept,
            actor,
            None,
            Some((v, end)),
            v,
            "will-comply",
            (false, false),
            report,
            false,
        );
    }

    /// "Hungary dropped its objections to the aid package", "lifted its veto on the deal": giving
    /// up an objection accepts what it was to (`v` at the verb of giving up).
    pub(crate) fn dropped_objection_rule(&self, v: usize, reports: &[Report], out: &mut Vec<Candidate>) {
        const OBJECTIONS: [&str; 7] =
            ["objection", "objections", "opposition", "veto", "reservations", "resistance", "block"];
        let Some(noun) = (v + 1..(v + 4).min(self.n())).find(|&k| OBJECTIONS.iter().any(|w| self.word(k, w)))
        else {
            return;
        };
        // only a determiner or a modifier between: "dropped its long-standing objections"
        if (v + 1..noun).any(|k| !(self.has(k, class::DET) || self.is_modifier(k) || self.in_compound(k))) {
            return;
        }
        if !["to", "on", "against"].iter().any(|w| self.word(noun + 1, w)) {
            return;
        }
        // ("decided to drop their opposition to …": the subject of the decision)
        let lead = if v > 0 && self.word(v - 1, "to") { self.claim_lead(v - 1).unwrap_or(v) } else { v };
        self.subject_claims_clause(lead, noun + 2, false, Act::Accept, "dropped-objection", reports, out);
    }

    /// "The label said she will be allowed to perform her songs": a permission announced in
    /// someone's words is their acceptance of the deed (`v` at "allowed" or "permitted").
    pub(crate) fn allowed_rule(&self, v: usize, reports: &[Report], out: &mut Vec<Candidate>) {
        // "will be allowed to", "would be permitted to"
        if v < 3
            || !self.word(v - 1, "be")
            || !["will", "would", "'ll", "’ll"].iter().any(|w| self.word(v - 2, w))
            || !self.word(v + 1, "to")
            || !self.atoms.get(v + 2).is_some_and(|a| a.is_word() && !a.cap && !a.is(class::DET))
        {
            return;
        }
        let Some(r) = self.report_at(reports, v) else { return };
        let Some(speaker) = reports[r].speaker else { return };
        // the one allowed opens the reported clause; the speaker's own side asks no leave of itself
        // (a thing too: "the ship would be allowed to dock")
        let Some(e) = self.skip_left(Some(v - 3)) else { return };
        let start = if self.atoms[e].is(class::PRON) { e } else { self.content_np_left(e + 1) };
        if start != reports[r].comp.0 || start > e || ["we", "i"].iter().any(|w| self.word(start, w)) {
            return;
        }
        let (end, _) = self.clause_end(v + 2, true);
        if end <= v + 2 {
            return;
        }
        let addressee = self.actor_ending_at(e).filter(|a| a.s == start);
        let polarity = self.polarity_before(v);
        self.push(
            out,
            Act::Accept,
            speaker,
            addressee,
            Some((start, end)),
            v,
            "reported-permission",
            polarity,
            Some(r),
            false,
        );
    }

    /// "If there's no bridge, there's no deal", "there will be no agreement unless …": an agreement
    /// ruled out on a condition is refused (`n` at "no").
    pub(crate) fn no_deal_rule(&self, n: usize, reports: &[Report], out: &mut Vec<Candidate>) {
        const AGREEMENTS: [&str; 11] = [
            "deal",
            "agreement",
            "compromise",
            "accord",
            "treaty",
            "talks",
            "negotiations",
            "truce",
            "ceasefire",
            "settlement",
            "dialogue",
        ];
        let noun = n + 1;
        if !AGREEMENTS.iter().any(|w| self.word(noun, w)) {
            return;
        }
        // "there's", "there is" (with a modal, "there should be no deal" is the modal rule's and
        // "there will be no deal unless …" the conditional threat's; "there would be no dialogue
        // until …" is this rule's)
        let be = n.checked_sub(1).filter(|&b| self.is_be(b) || self.atoms[b].kind == AtomKind::Possessive);
        let future = be.is_some_and(|b| {
            b >= 2
                && self.word(b, "be")
                && ["will", "would", "'ll", "’ll"].iter().any(|w| self.word(b - 1, w))
                && self.word(b - 2, "there")
        });
        let there = if future {
            be.map(|b| b - 2)
        } else {
            be.and_then(|b| b.checked_sub(1)).filter(|&t| self.word(t, "there"))
        };
        let Some(there) = there else { return };
        let condition = |j: usize| {
            if future {
                self.word(j, "until")
            } else {
                self.word(j, "if") || self.word(j, "unless")
            }
        };
        let Some(r) = self.report_at(reports, n) else { return };
        let Some(speaker) = reports[r].speaker else { return };
        let lo = reports[r].comp.0.min(there);
        let before = (lo..there)
            .rev()
            .find(|&j| condition(j))
            .filter(|&c| (c..there).any(|j| self.kind(j) == Some(AtomKind::Comma)));
        let content = match before {
            Some(c) => (c, noun + 1),
            // (past a quotation mark: "no dialogue “until our efforts … are achieved”")
            None if condition(self.skip_quotes(noun + 1)) || self.word(noun + 1, "without") => {
                (n, self.clause_end(self.skip_quotes(noun + 1) + 1, false).0)
            }
            None => return,
        };
        if content.1 <= content.0 {
            return;
        }
        self.push(
            out,
            Act::Reject,
            speaker,
            None,
            Some(content),
            n,
            "no-deal-unless",
            (false, false),
            Some(r),
            false,
        );
    }

    /// "The union said it would not return to work until the contract is signed": any deed
    /// refused until, or unless, something is done is a refusal (`until` at the conjunction).
    pub(crate) fn refused_until_rule(&self, until: usize, reports: &[Report], out: &mut Vec<Candidate>) {
        // the verb after the nearest negation before it, in its clause
        let lo = until.saturating_sub(10);
        let Some(not) = (lo..until)
            .rev()
            .take_while(|&k| self.atoms[k].is_word() || self.kind(k) == Some(AtomKind::Negation))
            .find(|&k| self.is_negation(k) || self.word(k, "cannot"))
        else {
            return;
        };
        let verb = (not + 1..until).find(|&k| !self.has(k, class::ADV | class::NEG) && !self.is_ly_adverb(k));
        // (the lexicon knows few plain verbs: a lower-case word of no other class will do; "could
        // not comment until …" declines to speak, it refuses nothing asked)
        let plain_verb = |k: usize| {
            self.is_base_verb(k)
                || self.atoms[k].is_word()
                    && !self.atoms[k].cap
                    && self.atoms[k].info.is_none_or(|w| w.class == 0)
        };
        // ("peace cannot happen until …", "it will not work unless …": what comes about, not what
        // someone refuses to do)
        let speaking = |k: usize| {
            self.is_report_word(k)
                || ["comment", "confirm", "discuss", "know", "tell"].iter().any(|w| self.word(k, w))
                || ["happen", "occur", "exist", "last", "work", "succeed", "improve", "change", "end"]
                    .iter()
                    .any(|w| self.word(k, w))
        };
        if let Some(verb) = verb.filter(|&k| plain_verb(k) && !speaking(k) && self.claim_verb_at(k).is_none())
        {
            self.refusal(verb, true, reports, out);
        }
    }

    /// "Your life is a lie", "his whole career is lies": a lie said of what someone is or does,
    /// not of what they said, accuses them (`s` opens the subject, `head` is its noun, `u` the
    /// predicate).
    fn lie_of_a_life(&self, s: usize, head: Option<usize>, u: usize) -> bool {
        let lie = (u..u + 3).any(|k| ["lie", "lies", "fraud", "sham"].iter().any(|w| self.word(k, w)));
        // (a short subject, all of it the life: not "the report on his affair")
        lie && head.is_some_and(|k| {
            self.atoms[k].is_word()
                && k <= s + 3
                && !self.atoms[k].is(class::PRON | class::DET)
                && (s..k).any(|j| {
                    self.kind(j) == Some(AtomKind::Possessive)
                        || ["his", "her", "their", "your", "its", "my", "our"].iter().any(|w| self.word(j, w))
                })
                && !crate::rules::SAID_NOUNS.iter().any(|w| self.word(k, w))
                && !crate::rules::ACCUSATION_NOUNS.iter().any(|w| self.word(k, w))
                && !["account", "version", "testimony", "statement", "answer"].iter().any(|w| self.word(k, w))
        })
    }

    /// "The speaker asked the senator to apologise, but he refused": a refusal with nothing
    /// after it refuses what the one refusing was just asked to do (`v` at "refused" or
    /// "declined"). The request is the last "asked/urged/told X to …" of the sentence; a
    /// pronoun refusing is the one asked.
    pub(crate) fn refused_request_rule(&self, v: usize, reports: &[Report], out: &mut Vec<Candidate>) {
        // (nothing after the verb but the sentence's end or a comma)
        if self.atoms.get(v + 1).is_some_and(|a| !matches!(a.kind, AtomKind::Terminal | AtomKind::Comma)) {
            return;
        }
        let lo = v.saturating_sub(30);
        let request = (lo..v).rev().find_map(|k| {
            let (verb, _) = self.claim_verb_at(k)?;
            let verb = &self.lex.verbs[verb as usize];
            if verb.act != Act::Demand || !verb.frames.objto {
                return None;
            }
            let asked = self.actor_starting_at(k + 1)?;
            (self.word(asked.e, "to") && asked.e + 1 < v).then_some((asked, asked.e + 1))
        });
        let Some((asked, from)) = request else { return };
        let (end, _) = self.clause_end(from, true);
        if end <= from || end > v {
            return;
        }
        if self.polarity_before(v).0 {
            return;
        }
        let pronoun = v >= 2
            && ["he", "she", "they", "it"].iter().any(|w| self.word(v - 1, w))
            && (self.word(v - 2, "but") || self.word(v - 2, "and"));
        let subject = self.subject_of(v, reports).map(|(subject, _)| subject);
        let asked_pronoun = asked.e == asked.s + 1 && self.has(asked.s, class::PRON);
        let actor = match subject {
            // ("urged them to …, but they refused": the refusing pronoun as the text resolves it)
            Some(subject) if pronoun && asked_pronoun => subject,
            _ if pronoun => asked,
            // ("asked the coach to resign, but the coach refused")
            Some(subject)
                if subject.who == asked.who
                    && (subject.who != Who::Unknown
                        || self.atoms[subject.e - 1]
                            .text
                            .eq_ignore_ascii_case(self.atoms[asked.e - 1].text)) =>
            {
                subject
            }
            _ => return,
        };
        let report = self.attribution(reports, v);
        self.push(
            out,
            Act::Reject,
            actor,
            None,
            Some((from, end)),
            v,
            "refused-request",
            (false, false),
            report,
            false,
        );
    }

    /// "Farmers vowed to keep up their blockade until the tax is scrapped", "the rebels said
    /// they would keep fighting until the regime falls": a struggle promised to go on until
    /// something is done demands it (`until` at the conjunction). A struggle that went on until
    /// something happened ("stayed until the police arrived") promised nothing.
    pub(crate) fn continued_until_rule(&self, until: usize, reports: &[Report], out: &mut Vec<Candidate>) {
        const GOING_ON: [&str; 12] = [
            "continue", "keep", "stay", "remain", "persist", "fight", "protest", "strike", "resist", "press",
            "carry", "go",
        ];
        const PROMISING: [&str; 11] = [
            "vowed",
            "vows",
            "vow",
            "pledged",
            "pledges",
            "promised",
            "promises",
            "will",
            "would",
            // ("won't")
            "wo",
            "threatened",
        ];
        // the clause after it must have a verb of its own in the present or a passive
        // ("until the tax is scrapped", "until the president resigns"; not "until Friday")
        let (end, _) = self.clause_end(until + 1, false);
        let has_verb = (until + 2..end).any(|k| self.is_finite_verbish(k));
        if !has_verb || (until + 1..end).any(|k| self.atoms[k].is(class::NEG)) {
            return;
        }
        // ("will not end its boycott until …", "would not return to work until …": a struggle
        // not to be given up)
        const STOPPING: [&str; 7] = ["end", "stop", "halt", "return", "lift", "abandon", "call"];
        let lo = until.saturating_sub(8);
        // ("won't start demobilizing until …": any deed refused until then)
        let refused = |k: usize| {
            k > 0
                && self.is_negation(k - 1)
                && (STOPPING.iter().any(|w| self.word(k, w)) || self.is_base_verb(k))
        };
        let going_on = (lo..until).rev().find(|&k| GOING_ON.iter().any(|w| self.word(k, w)) || refused(k));
        let Some(going_on) = going_on else { return };
        // (in the same clause: no comma between)
        if (going_on..until).any(|k| self.kind(k) == Some(AtomKind::Comma)) {
            return;
        }
        let Some(lead) =
            (going_on.saturating_sub(5)..going_on).rev().find(|&k| PROMISING.iter().any(|w| self.word(k, w)))
        else {
            return;
        };
        // (a negation of its own only before a deed refused)
        let negated = (lead + 1..going_on).any(|k| self.is_negation(k));
        if negated != refused(going_on) || self.polarity_before(lead).0 {
            return;
        }
        self.push_subject_claim(lead, until, (Act::Demand, "until-done"), until + 1, reports, out);
    }

    /// "Kosovo said the tariff will be lifted only when Serbia recognises it", "ready to resume
    /// talks only after Pristina lifts the tariffs": a side's condition on another side is a
    /// demand of it (`only` before "when", "if", "after", "once"). A condition on no side ("will
    /// reopen only after repairs are completed") demands nothing of anyone.
    pub(crate) fn only_if_rule(&self, only: usize, reports: &[Report], out: &mut Vec<Candidate>) {
        if !["when", "if", "after", "once"].iter().any(|w| self.word(only + 1, w)) {
            return;
        }
        let from = only + 2;
        let Some(side) = self.actor_starting_at(from).filter(|a| a.who != Who::Unknown) else { return };
        let (mut end, _) = self.clause_end(from, false);
        let Some(verb) = (side.e..end).find(|&k| self.is_finite_verbish(k)) else { return };
        // ("Only when Russia withdraws will talks begin": the main clause's modal ends it)
        if let Some(main) = (verb + 1..end).find(|&k| {
            ["will", "would", "can", "could", "must", "should", "shall"].iter().any(|w| self.word(k, w))
        }) {
            end = main;
        }
        let speaker = match self.report_at(reports, only) {
            Some(r) => reports[r].speaker.map(|sp| (sp, Some(r))),
            None => self.opening_subject(only).map(|a| (a, None)),
        };
        let Some((speaker, report)) = speaker else { return };
        if speaker.who == side.who {
            return;
        }
        self.push(
            out,
            Act::Demand,
            speaker,
            Some(side),
            Some((from, end)),
            only,
            "only-if",
            (false, false),
            report,
            false,
        );
    }

    /// The actor opening the sentence as the subject of its first verb or auxiliary, before
    /// `before`: "Israel" in "Israel will withdraw only if …".
    fn opening_subject(&self, before: usize) -> Option<Actor> {
        let first = (0..before).find(|&k| self.atoms[k].is_word())?;
        let verb = (first + 1..before).find(|&k| {
            self.has(k, class::AUX | class::MODAL) || self.is_verbish(k) || self.is_base_verb(k)
        })?;
        self.actor_ending_at(verb - 1).filter(|a| a.s == first)
    }

    /// The refusal of the deed at `v` under "will not", "cannot", "is not going to"; `conditioned`
    /// when an "until" or "unless" clause says on what condition.
    fn refusal(&self, v: usize, conditioned: bool, reports: &[Report], out: &mut Vec<Candidate>) {
        let mut k = v;
        let mut negated = false;
        // (past quotation marks: "it would “never give up” its weapons")
        // (past an -ly adverb: "will absolutely not back down")
        loop {
            // ("would no longer abide by the limits")
            if k >= 2 && self.word(k - 1, "longer") && self.word(k - 2, "no") {
                negated = true;
                k -= 2;
                continue;
            }
            if !(k > 0
                && (self.has(k - 1, class::NEG | class::ADV)
                    || self.kind(k - 1) == Some(AtomKind::Negation)
                    || self.atoms[k - 1].is_quote()
                    || self.is_ly_adverb(k - 1)))
            {
                break;
            }
            negated |= self.is_negation(k - 1);
            k -= 1;
        }
        let modal =
            k > 0 && ["will", "would", "wo", "can", "could", "shall"].iter().any(|w| self.word(k - 1, w));
        let cannot = (k.saturating_sub(1)..v).any(|j| self.word(j, "cannot"));
        // "she was not about to resign", "we are not going to pay": about to, going to, under a
        // negation before it
        let not_about = k >= 3
            && self.word(k - 1, "to")
            && (self.word(k - 2, "about") || self.word(k - 2, "going"))
            && (k.saturating_sub(5)..k - 2).any(|j| self.is_negation(j));
        if not_about {
            negated = true;
            k -= 2;
            while k > 0
                && (self.has(k - 1, class::NEG | class::ADV) || self.kind(k - 1) == Some(AtomKind::Negation))
            {
                k -= 1;
            }
        }
        // "I am not resigning", "we are not backing down": the progressive refuses as "will not"
        let progressive = k > 0 && self.is_be_or_contracted(k - 1) && self.atoms[v].text.ends_with("ing");
        if !(negated && (modal || not_about || progressive) || cannot) {
            return;
        }
        // "would not go back to the front" is no refusal of anything asked; "will not
        // return to talks" is
        if self.word(v, "return")
            && !conditioned
            && !(v + 2..(v + 5).min(self.n()))
                .any(|j| ["talks", "negotiations", "table", "dialogue"].iter().any(|w| self.word(j, w)))
        {
            return;
        }
        // "will never give up its claim", "would not give in": giving up, not giving
        if self.word(v, "give") && !["up", "in", "way"].iter().any(|w| self.word(v + 1, w)) {
            return;
        }
        // "will not pay attention", "would not pay tribute": no payment refused
        if self.word(v, "pay")
            && ["attention", "tribute", "respects", "homage", "heed", "a", "any"]
                .iter()
                .any(|w| self.word(v + 1, w))
        {
            return;
        }
        // "would not take that long": a duration, not a refusal
        if (v + 1..(v + 3).min(self.n())).any(|j| self.word(j, "long")) {
            return;
        }
        // "it simply won't work": a thing that will fail, not a refusal ("will not work with
        // them" refuses)
        if self.word(v, "work") && !["with", "for", "under", "alongside"].iter().any(|w| self.word(v + 1, w))
        {
            return;
        }
        let subject_at = if not_about && k > 0 { k - 1 } else { v };
        let Some((actor, _)) = self.subject_of(subject_at, reports) else { return };
        let (mut end, _) = self.clause_end(v + 1, true);
        // ("would “never give up” its weapons": a quoted fragment, its object after the quote)
        if self.kind(end) == Some(AtomKind::CloseQuote)
            && self.atoms.get(end + 1).is_some_and(|a| a.is_word())
        {
            end = self.clause_end(end + 1, true).0;
        }
        let report = self.attribution(reports, v);
        let hedged = self.polarity_before(v).1;
        // "will not bow to pressure": what is refused is the pressure
        let start =
            if self.has(v, class::YIELD_VERB) && self.word(v + 1, "to") && v + 2 < end { v + 2 } else { v };
        self.push(
            out,
            Act::Reject,
            actor,
            None,
            Some((start, end)),
            v,
            "will-not",
            (false, hedged),
            report,
            false,
        );
    }
}

/// Nouns for measures, projects and works whose harm, foretold or done, accuses those behind
/// them (the `measure` verbs of `violation_verbs.txt`: "said the cuts would devastate rural
/// hospitals", "said the smelter had poisoned the river").
const MEASURES: [&str; 61] = [
    "bill",
    "bills",
    "law",
    "laws",
    "decree",
    "decrees",
    "directive",
    "directives",
    "measure",
    "measures",
    "policy",
    "policies",
    "plan",
    "plans",
    "rule",
    "rules",
    "regulation",
    "regulations",
    "cuts",
    "tariffs",
    "tariff",
    "deal",
    "ban",
    "proposal",
    "proposals",
    "legislation",
    "order",
    "decision",
    "move",
    "changes",
    "reform",
    "reforms",
    "budget",
    "tax",
    "taxes",
    "program",
    "programme",
    "scheme",
    "merger",
    "mandate",
    "ordinance",
    "amendment",
    "restrictions",
    "sanctions",
    "levy",
    "levies",
    "project",
    "projects",
    "dam",
    "pipeline",
    "mine",
    "closure",
    "closures",
    "privatisation",
    "privatization",
    "expansion",
    "plant",
    "factory",
    "factories",
    "smelter",
    "refinery",
];
