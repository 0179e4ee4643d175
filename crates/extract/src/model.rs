//! The claim model: what the extractor returns.

use std::borrow::Cow;
use std::ops::Range;

/// What an actor does about a position. Aligned with the CAMEO and PLOVER event ontologies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
#[non_exhaustive]
pub enum Act {
    /// Demand, call on/for, urge, insist, press, seek, ask, request, "Y must/should …" in reported speech.
    Demand,
    /// Reject, refuse, decline, dismiss, rule out, rebuff, veto, oppose, "unacceptable", "will not accept".
    Reject,
    /// Propose, offer, submit or put forward a plan.
    Propose,
    /// Accept, agree, welcome, endorse, "ready to".
    Accept,
    /// Deny an accusation or a plan.
    Deny,
    /// Warn, threaten.
    Warn,
    /// Accuse, criticise, condemn, denounce, blame.
    Accuse,
}

impl Act {
    /// All acts, in declaration order.
    pub const ALL: [Act; 7] =
        [Act::Demand, Act::Reject, Act::Propose, Act::Accept, Act::Deny, Act::Warn, Act::Accuse];

    /// The lowercase name used in reports and data files: `"demand"`, `"reject"`, ….
    pub fn as_str(self) -> &'static str {
        match self {
            Act::Demand => "demand",
            Act::Reject => "reject",
            Act::Propose => "propose",
            Act::Accept => "accept",
            Act::Deny => "deny",
            Act::Warn => "warn",
            Act::Accuse => "accuse",
        }
    }

    /// Parses a name as written by [`Act::as_str`] (ASCII case-insensitive).
    pub fn parse(name: &str) -> Option<Act> {
        Act::ALL.into_iter().find(|act| act.as_str().eq_ignore_ascii_case(name.trim()))
    }

    /// The CAMEO root code: demand `10`, reject `12`, propose and accept `03`, deny `016`,
    /// warn `13`, accuse `11`. See [`Claim::cameo`] for accepting a demand (`08`).
    pub fn cameo(self) -> &'static str {
        match self {
            Act::Demand => "10",
            Act::Reject => "12",
            Act::Propose | Act::Accept => "03",
            Act::Deny => "016",
            Act::Warn => "13",
            Act::Accuse => "11",
        }
    }

    /// The PLOVER event type: `REQUEST`, `REJECT`, `AGREE`, `THREATEN`, `ACCUSE`
    /// (a denial is coded as `REJECT`). See [`Claim::plover`] for accepting a demand (`CONCEDE`).
    pub fn plover(self) -> &'static str {
        match self {
            Act::Demand => "REQUEST",
            Act::Reject | Act::Deny => "REJECT",
            Act::Propose | Act::Accept => "AGREE",
            Act::Warn => "THREATEN",
            Act::Accuse => "ACCUSE",
        }
    }
}

impl std::fmt::Display for Act {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What kind of actor speaks, in the CAMEO actor vocabulary: the government, the opposition,
/// the courts, the police … Codes are the three-letter CAMEO role codes (`GOV`, `OPP`, …).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(into = "&'static str", try_from = "&str"))]
#[non_exhaustive]
pub enum Role {
    /// Government, its ministries and officials (`GOV`).
    Government,
    /// Political opposition, activists, protesters (`OPP`).
    Opposition,
    /// Courts, judges, prosecutors, lawyers (`JUD`).
    Judiciary,
    /// Police (`COP`).
    Police,
    /// Armed forces (`MIL`).
    Military,
    /// Rebels and insurgents (`REB`).
    Rebels,
    /// Unidentified armed forces and militias (`UAF`).
    ArmedGroup,
    /// Companies, investors, business people (`BUS`).
    Business,
    /// Newspapers, broadcasters, journalists (`MED`).
    Media,
    /// Citizens, residents, voters, civil society (`CVL`).
    CivilSociety,
    /// Legislatures and legislators (`LEG`).
    Legislature,
    /// Political parties (`PTY`).
    Party,
    /// Labour unions and workers (`LAB`).
    Labour,
    /// Intelligence services (`SPY`).
    Intelligence,
    /// Schools, universities, students (`EDU`).
    Education,
    /// Health workers and services (`HLH`).
    Health,
    /// Farmers (`AGR`).
    Agriculture,
    /// Environmental groups (`ENV`).
    Environment,
    /// Human-rights groups (`HRI`).
    HumanRights,
    /// Refugees (`REF`).
    Refugees,
    /// Non-governmental organisations (`NGO`).
    Ngo,
    /// International governmental organisations (`IGO`).
    International,
    /// Clergy and religious bodies (`REL`).
    Religion,
}

impl Role {
    /// Every role, in declaration order.
    pub const ALL: [Role; 23] = [
        Role::Government,
        Role::Opposition,
        Role::Judiciary,
        Role::Police,
        Role::Military,
        Role::Rebels,
        Role::ArmedGroup,
        Role::Business,
        Role::Media,
        Role::CivilSociety,
        Role::Legislature,
        Role::Party,
        Role::Labour,
        Role::Intelligence,
        Role::Education,
        Role::Health,
        Role::Agriculture,
        Role::Environment,
        Role::HumanRights,
        Role::Refugees,
        Role::Ngo,
        Role::International,
        Role::Religion,
    ];

    /// The CAMEO role code: `"GOV"`, `"OPP"`, `"JUD"`, `"COP"`, `"MIL"`, …
    pub fn code(self) -> &'static str {
        match self {
            Role::Government => "GOV",
            Role::Opposition => "OPP",
            Role::Judiciary => "JUD",
            Role::Police => "COP",
            Role::Military => "MIL",
            Role::Rebels => "REB",
            Role::ArmedGroup => "UAF",
            Role::Business => "BUS",
            Role::Media => "MED",
            Role::CivilSociety => "CVL",
            Role::Legislature => "LEG",
            Role::Party => "PTY",
            Role::Labour => "LAB",
            Role::Intelligence => "SPY",
            Role::Education => "EDU",
            Role::Health => "HLH",
            Role::Agriculture => "AGR",
            Role::Environment => "ENV",
            Role::HumanRights => "HRI",
            Role::Refugees => "REF",
            Role::Ngo => "NGO",
            Role::International => "IGO",
            Role::Religion => "REL",
        }
    }

    /// Parses a code as written by [`Role::code`] (ASCII case-insensitive).
    pub fn parse(code: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.code().eq_ignore_ascii_case(code.trim()))
    }
}

impl std::fmt::Display for Role {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

impl From<Role> for &'static str {
    fn from(role: Role) -> &'static str {
        role.code()
    }
}

impl TryFrom<&str> for Role {
    type Error = String;
    fn try_from(code: &str) -> Result<Role, String> {
        Role::parse(code).ok_or_else(|| format!("unknown role code `{code}`"))
    }
}

/// Who: a stretch of the text naming an actor, and the state or organisation behind it.
///
/// The text is borrowed from the input (`'a`); [`Mention::into_owned`] detaches it.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Mention<'a> {
    /// The text as written ("Kremlin spokesman Dmitry Peskov", "he").
    #[cfg_attr(feature = "serde", serde(borrow))]
    pub text: Cow<'a, str>,
    /// Byte range in the input (serialized as `[start, end]`).
    #[cfg_attr(feature = "serde", serde(with = "span_serde"))]
    pub span: Range<usize>,
    /// The states or organisations it stands for, in the order written (`["Russia"]`,
    /// `["Nebraska", "Oklahoma"]`); for a person who speaks for no side the article names, the
    /// person's fullest name (`["Robert Mueller"]` for "the special counsel"); empty when
    /// unknown.
    pub norms: Vec<String>,
    /// For a pronoun ("he", "she", "they", "we"), the name it refers to, from earlier in the
    /// article ("Scooter Braun"); `None` for names and when unresolved.
    pub antecedent: Option<String>,
    /// What kind of actor it is, when the words say ("police", "opposition groups", "the
    /// foreign minister"); `None` for a state or organisation named alone.
    pub role: Option<Role>,
    /// The CAMEO-style actor code: the state's ISO 3166-1 alpha-3 code followed by the role
    /// ("opposition groups in Kenya" → `KENOPP`, "the Kremlin spokesman" → `RUSGOV`), or an
    /// organisation's code (`IGOWSTNAT` for NATO); `None` when the side is unknown.
    pub code: Option<String>,
}

impl Mention<'_> {
    /// Who the mention names, as an analyst reads it: the antecedent of a pronoun, otherwise
    /// the text as written.
    pub fn name(&self) -> &str {
        self.antecedent.as_deref().unwrap_or(&self.text)
    }

    /// Whether it stands for exactly this one state, organisation or person (`"Russia"`).
    pub fn is(&self, norm: &str) -> bool {
        matches!(&self.norms[..], [only] if only == norm)
    }

    /// The same mention owning its text, to outlive the input.
    pub fn into_owned(self) -> Mention<'static> {
        Mention { text: Cow::Owned(self.text.into_owned()), ..self }
    }
}

/// A stretch of the text: the content of a claim or its evidence sentence, borrowed from the
/// input (`'a`); [`Phrase::into_owned`] detaches it.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Phrase<'a> {
    /// The text as written.
    #[cfg_attr(feature = "serde", serde(borrow))]
    pub text: Cow<'a, str>,
    /// Byte range in the input (serialized as `[start, end]`).
    #[cfg_attr(feature = "serde", serde(with = "span_serde"))]
    pub span: Range<usize>,
}

impl Phrase<'_> {
    /// The same phrase owning its text, to outlive the input.
    pub fn into_owned(self) -> Phrase<'static> {
        Phrase { text: Cow::Owned(self.text.into_owned()), span: self.span }
    }
}

/// How a claim is attributed in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum AttributionKind {
    /// The claim sits inside quotation marks attributed to the actor.
    DirectQuote,
    /// Reported speech: "X said that …", "according to X, …".
    Reported,
    /// A plain statement by the writer: "Russia rejected …".
    Plain,
}

impl AttributionKind {
    /// `"quote"`, `"reported"` or `"plain"`.
    pub fn as_str(self) -> &'static str {
        match self {
            AttributionKind::DirectQuote => "quote",
            AttributionKind::Reported => "reported",
            AttributionKind::Plain => "plain",
        }
    }
}

/// The attribution of a claim and the reporting verb, if any ("said", "told", "according to").
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Attribution<'a> {
    /// Direct quote, reported speech or plain statement.
    pub kind: AttributionKind,
    /// The reporting verb or expression as written, borrowed from the input.
    #[cfg_attr(feature = "serde", serde(borrow))]
    pub verb: Option<Cow<'a, str>>,
}

/// One claim: who did what about which position, of whom, with the sentence that says so.
///
/// Its texts borrow from the input (`'a`): extraction copies no text. [`Claim::into_owned`]
/// gives a claim that outlives the input. With the `serde` feature it serializes and
/// deserializes (borrowing from the JSON where it can); spans are `[start, end]` arrays.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Claim<'a> {
    /// What the actor does.
    pub act: Act,
    /// Who.
    #[cfg_attr(feature = "serde", serde(borrow))]
    pub actor: Mention<'a>,
    /// Of whom it is demanded, to whom it is proposed, whom it accuses or warns.
    #[cfg_attr(feature = "serde", serde(borrow))]
    pub addressee: Option<Mention<'a>>,
    /// What is demanded, rejected, proposed, …
    #[cfg_attr(feature = "serde", serde(borrow))]
    pub content: Option<Phrase<'a>>,
    /// The sentence the claim was read from.
    #[cfg_attr(feature = "serde", serde(borrow))]
    pub evidence: Phrase<'a>,
    /// 1-based line of the start of the evidence.
    pub line: usize,
    /// Direct quote, reported speech or plain statement.
    #[cfg_attr(feature = "serde", serde(borrow))]
    pub attribution: Attribution<'a>,
    /// The claim is negated ("did not reject").
    pub negated: bool,
    /// The claim is hedged ("reportedly", "in principle", "could").
    pub hedged: bool,
    /// The id of the rule that produced the claim, to answer "why was this coded?". The
    /// extractor always borrows its static rule ids (no allocation); a deserialized claim owns
    /// its id.
    pub rule: Cow<'static, str>,
}

impl Claim<'_> {
    /// The same claim owning all its texts, to outlive the input.
    pub fn into_owned(self) -> Claim<'static> {
        Claim {
            act: self.act,
            actor: self.actor.into_owned(),
            addressee: self.addressee.map(Mention::into_owned),
            content: self.content.map(Phrase::into_owned),
            evidence: self.evidence.into_owned(),
            line: self.line,
            attribution: Attribution {
                kind: self.attribution.kind,
                verb: self.attribution.verb.map(|v| Cow::Owned(v.into_owned())),
            },
            negated: self.negated,
            hedged: self.hedged,
            rule: self.rule,
        }
    }

    /// The CAMEO code, refining [`Act::cameo`]: accepting a demand is `08` (concede).
    pub fn cameo(&self) -> &'static str {
        if self.concedes() {
            "08"
        } else {
            self.act.cameo()
        }
    }

    /// The PLOVER type, refining [`Act::plover`]: accepting a demand is `CONCEDE`.
    pub fn plover(&self) -> &'static str {
        if self.concedes() {
            "CONCEDE"
        } else {
            self.act.plover()
        }
    }

    fn concedes(&self) -> bool {
        self.act == Act::Accept
            && self.content.as_ref().is_some_and(|c| {
                c.text.split(|ch: char| !ch.is_alphanumeric()).any(|w| {
                    ["demand", "demands", "request", "requests", "ultimatum"]
                        .iter()
                        .any(|d| d.eq_ignore_ascii_case(w))
                })
            })
    }
}

/// Byte spans as `[start, end]` arrays, the format of every serialized type in newsclaim.
#[cfg(feature = "serde")]
mod span_serde {
    use std::ops::Range;

    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    pub(super) fn serialize<S: Serializer>(span: &Range<usize>, serializer: S) -> Result<S::Ok, S::Error> {
        [span.start, span.end].serialize(serializer)
    }

    pub(super) fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Range<usize>, D::Error> {
        let [start, end] = <[usize; 2]>::deserialize(deserializer)?;
        if start > end {
            return Err(serde::de::Error::custom(format_args!(
                "span [{start}, {end}] ends before it starts"
            )));
        }
        Ok(start..end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn act_codes() {
        let table: Vec<_> = Act::ALL.iter().map(|a| (a.as_str(), a.cameo(), a.plover())).collect();
        assert_eq!(
            table,
            [
                ("demand", "10", "REQUEST"),
                ("reject", "12", "REJECT"),
                ("propose", "03", "AGREE"),
                ("accept", "03", "AGREE"),
                ("deny", "016", "REJECT"),
                ("warn", "13", "THREATEN"),
                ("accuse", "11", "ACCUSE"),
            ]
        );
        assert_eq!(Act::parse(" Warn "), Some(Act::Warn));
        assert_eq!(Act::parse("bless"), None);
    }

    #[test]
    fn role_codes_round_trip() {
        for role in Role::ALL {
            assert_eq!(Role::parse(role.code()), Some(role));
        }
        assert_eq!(Role::parse("cop"), Some(Role::Police));
        assert_eq!(Role::parse("XYZ"), None);
    }

    #[test]
    fn accepting_a_demand_concedes() {
        let phrase = |t: &'static str| Phrase { text: t.into(), span: 0..t.len() };
        let mention = Mention {
            text: "Iran".into(),
            span: 0..4,
            norms: vec!["Iran".into()],
            antecedent: None,
            role: None,
            code: Some("IRN".into()),
        };
        let mut claim = Claim {
            act: Act::Accept,
            actor: mention,
            addressee: None,
            content: Some(phrase("the demands of the IAEA")),
            evidence: phrase("Iran accepted the demands of the IAEA."),
            line: 1,
            attribution: Attribution { kind: AttributionKind::Plain, verb: None },
            negated: false,
            hedged: false,
            rule: "verb-active".into(),
        };
        assert_eq!((claim.cameo(), claim.plover()), ("08", "CONCEDE"));
        claim.content = Some(phrase("the ceasefire"));
        assert_eq!((claim.cameo(), claim.plover()), ("03", "AGREE"));
    }
}
