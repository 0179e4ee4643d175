//! Reported speech and quotations: who speaks in a sentence, over which atoms, and who a
//! quotation without an attribution belongs to.

use crate::atoms::AtomKind;
use crate::lexicon::{class, form, PhraseKind};
use crate::phrases::{Actor, Analyzer, Report, Who};

impl Analyzer<'_, '_, '_> {
    /// The innermost report whose complement holds atom `i`.
    pub(crate) fn report_at(&self, reports: &[Report], i: usize) -> Option<usize> {
        reports
            .iter()
            .enumerate()
            .filter(|(_, r)| r.comp.0 <= i && i < r.comp.1 && (r.speaker.is_some() || r.denied))
            .min_by_key(|(_, r)| r.comp.1 - r.comp.0)
            .map(|(k, _)| k)
    }

    /// "Maj. Dana Reyes, a spokesperson for Task Force Shield, the allied mission in Mali, told …":
    /// for a verb at `v` right after a comma, the person who opens the sentence, when only
    /// asides (no verb, no quotation) lie between them.
    fn opening_person_before_asides(&self, v: usize) -> Option<Actor> {
        let comma = v.checked_sub(1).filter(|&c| self.kind(c) == Some(AtomKind::Comma))?;
        let first = (0..comma).find(|&k| self.atoms[k].is_word())?;
        let opening = self.actor_starting_at(first)?;
        // ("Representative Jane Roe of Texas, another member of …, wrote": where from, before the aside)
        let mut end = opening.e;
        if self.word(end, "of") {
            let mut k = end + 1;
            while k < comma && (self.is_name(k) || self.entity(k).is_some()) {
                k += 1;
            }
            if k > end + 1 {
                end = k;
            }
        }
        // (a side rather than a person, "Representative X of Texas", only before a described
        // aside: "Peru's attorney general, Ana Ruiz, …" names the speaker in the aside)
        let described_aside = self.has(end + 1, class::DET) || self.word(end + 1, "another");
        ((matches!(opening.who, Who::Person(_)) || !matches!(opening.who, Who::Unknown) && described_aside)
            && self.kind(end) == Some(AtomKind::Comma)
            && end < comma
            && (end..comma).all(|k| !self.is_finite_verbish(k) && !self.atoms[k].is_quote()))
        .then_some(opening)
    }

    /// "…,” Jane Roe, Democrat of Ohio, said": for a reporting verb after the comma at `comma`,
    /// the person named right after a quotation or a clause, when only an aside (no verb, no
    /// quotation) lies between the name and the verb.
    fn person_before_aside(&self, comma: usize) -> Option<Actor> {
        let inner =
            (comma.saturating_sub(12)..comma).rev().find(|&k| self.kind(k) == Some(AtomKind::Comma))?;
        if inner + 1 == comma
            || inner == 0
            || (inner + 1..comma).any(|k| self.is_finite_verbish(k) || self.atoms[k].is_quote())
        {
            return None;
        }
        let person = self.actor_ending_at(inner - 1).filter(|a| matches!(a.who, Who::Person(_)))?;
        let before = person.s.checked_sub(1)?;
        matches!(self.kind(before), Some(AtomKind::CloseQuote | AtomKind::Quote | AtomKind::Comma))
            .then_some(person)
    }

    /// The owner of a claim noun at `i` that a that-clause follows: the actor before a possessive
    /// ("Moscow's claim that …"), or the clause's subject for "his", "her", "its", "their" ("Schiff
    /// repeated his claim that …"). A claim nobody is named as owning ("the claim that …") has
    /// none.
    fn claim_owner(&self, i: usize) -> Option<Actor> {
        const CLAIM_NOUNS: [&str; 12] = [
            "claim",
            "claims",
            "assertion",
            "assertions",
            "contention",
            "insistence",
            "allegation",
            "allegations",
            "charge",
            "charges",
            "accusation",
            "accusations",
        ];
        // "renewed charges that …", "leveled fresh accusations that …": who makes them holds them
        const MAKING: [&str; 14] = [
            "renewed",
            "renews",
            "repeated",
            "repeats",
            "reiterated",
            "reiterates",
            "leveled",
            "levelled",
            "levels",
            "made",
            "makes",
            "raised",
            "voiced",
            "pressed",
        ];
        if i < 2 || !self.word(i + 1, "that") || !CLAIM_NOUNS.iter().any(|w| self.word(i, w)) {
            return None;
        }
        let (owner, phrase_start) = if self.kind(i - 1) == Some(AtomKind::Possessive) {
            let owner = self.actor_ending_at(i - 2);
            (owner, owner.map(|a| a.s))
        } else if ["his", "her", "its", "their"].iter().any(|w| self.word(i - 1, w)) {
            (self.clause_subject_before(i - 1), Some(i - 1))
        } else {
            // (past an article and an adjective: "made the same charges that", "fresh")
            let mut m = i - 1;
            while m > 0 && m + 3 > i && (self.has(m, class::DET) || self.is_modifier(m)) && !self.atoms[m].cap
            {
                m -= 1;
            }
            if MAKING.iter().any(|w| self.word(m, w)) {
                (self.clause_subject_before(m), Some(m + 1))
            } else {
                (None, None)
            }
        };
        // (only as an object: in "Moscow's claim that Kyiv shelled the plant was false" the
        // claim's clause has no visible end)
        // (nor right after a reporting verb, where it opens the reported clause: "said the
        // regulator's allegations that it failed … are wrong")
        let object = phrase_start.and_then(|s| s.checked_sub(1)).is_some_and(|b| {
            self.atoms[b].is_word()
                && (self.has(b, class::PREP) || self.is_verbish(b) || self.is_base_verb(b))
                && !self.is_report_word(b)
        });
        owner.filter(|_| object)
    }

    /// "Xinhua quoted the minister as saying …", "citing a senior official as saying …": for the
    /// participle "saying" at `v`, the actor quoted and where the quoting clause starts.
    fn quoted_as_saying(&self, v: usize) -> Option<(Actor, usize)> {
        const QUOTING: [&str; 8] =
            ["quoted", "quotes", "quoting", "quote", "cited", "cites", "citing", "cite"];
        let as_at = v.checked_sub(1).filter(|&k| self.word(k, "as"))?;
        let quoted = self.actor_ending_at(as_at.checked_sub(1)?)?;
        let verb = quoted.s.checked_sub(1).filter(|&k| QUOTING.iter().any(|w| self.word(k, w)))?;
        // the quoting clause runs back to the comma or quotation mark before it
        let mut clause = verb;
        while clause > 0 && self.atoms[clause - 1].is_word() {
            clause -= 1;
        }
        Some((quoted, clause))
    }

    /// Finds the reporting frames of the sentence. `next_speaker` is the speaker named by the
    /// following sentence when this one is a bare quotation.
    pub(crate) fn find_reports(&mut self, out: &mut Vec<Report>, next_speaker: Option<Actor>) {
        out.clear();
        let n = self.n();
        let mut i = 0;
        while i < n {
            let a = self.atoms[i];
            // "according to X, …" / "…, according to X."
            if a.eq("according") && self.word(i + 1, "to") {
                if let Some(sp) = self.actor_starting_at(i + 2) {
                    self.note_person(&sp);
                    let comp = if i == 0 || self.kind(i - 1) == Some(AtomKind::OpenQuote) {
                        let c = (sp.e..n)
                            .find(|&k| self.atoms[k].kind == AtomKind::Comma)
                            .map_or(sp.e, |c| c + 1);
                        (c, n)
                    } else {
                        (0, i)
                    };
                    out.push(Report { verb: (i, i + 2), speaker: Some(sp), comp, denied: false });
                    i = sp.e;
                    continue;
                }
            }
            // "doubled down on his claim that the mayor lied …", "Moscow's assertion that …": a
            // claim its owner holds reports what it says
            if let Some(owner) = self.claim_owner(i) {
                let (end, _) = self.clause_end(i + 2, false);
                out.push(Report {
                    verb: (i, i + 2),
                    speaker: Some(owner),
                    comp: (i + 2, end),
                    denied: false,
                });
                i += 2;
                continue;
            }
            let report_mark =
                self.mark(i).filter(|m| m.kind == PhraseKind::Report && m.start == i).map(|m| m.end);
            let report_word = a.kind == AtomKind::Word
                && a.mark == crate::atoms::NONE
                && a.info.is_some_and(|w| w.report != 0);
            if report_mark.is_none() && !report_word {
                i += 1;
                continue;
            }
            let verb_end = report_mark.unwrap_or(i + 1);
            // "…,” the statement read", "…, reads the letter": "read" reports only what a
            // document says ("he read the names aloud" reports nothing)
            if report_mark.is_none() && (a.eq("read") || a.eq("reads")) && !self.document_reads(i) {
                i += 1;
                continue;
            }
            // "an independent sovereign state, with …", "the member states": the noun, after an
            // adjective or a noun, reports nothing ("the documents state that …" does)
            // (the tagger is asked last, and only after a lowercase content word: it tags the
            // whole sentence, and "the state", "states" are frequent)
            if report_mark.is_none()
                && (a.eq("state") || a.eq("states"))
                && !self.word(i + 1, "that")
                && i > 0
                && self.atoms[i - 1].is_word()
                && !self.atoms[i - 1].cap
                && !self.has(
                    i - 1,
                    class::DET
                        | class::PREP
                        | class::PRON
                        | class::AUX
                        | class::MODAL
                        | class::COORD
                        | class::ADV,
                )
                && self.tag(i - 1).is_some_and(|t| matches!(t.xpos(), "JJ" | "JJR" | "JJS" | "NN" | "VBN"))
                && self.tag(i).is_some_and(|t| t.xpos().starts_with("NN"))
            {
                i += 1;
                continue;
            }
            // "did not respond to queries about whether …", "never said": a report denied
            // reports nothing
            let (_, denied) = self.auxiliaries_before(i);
            if denied && report_mark.is_none() {
                // ("“This cannot continue,” she said": "continue" reports only after a
                // quotation, "…,” he continued"; not going on denies no saying)
                if ["continue", "continues", "continued"].iter().any(|w| a.eq(w)) {
                    i += 1;
                    continue;
                }
                // its clause is kept, so that nothing in it is read as said
                let c = if self.word(verb_end, "that") { verb_end + 1 } else { verb_end };
                out.push(Report { verb: (i, verb_end), speaker: None, comp: (c, n), denied: true });
                i = verb_end;
                continue;
            }
            let forms = a.info.map_or(0, |w| w.report);
            let left = self.skip_left(i.checked_sub(1));
            // ", saying …": the subject of the main clause speaks.
            // ("is claiming that …": a progressive is as finite as "claims")
            let progressive = i > 0
                && (self.is_be(i - 1)
                    || i > 1
                        && self.is_be(i - 2)
                        && (self.has(i - 1, class::ADV) || self.is_ly_adverb(i - 1)));
            let gerund = report_mark.is_none()
                && forms & form::GER != 0
                && forms & (form::PAST | form::THIRD | form::BASE) == 0
                && !progressive;
            let mut speaker = None;
            let mut trailing = false;
            // "state television quoted the minister as saying …": the one quoted speaks; a
            // quotation before the quoting clause is what they said
            let quoted_as = if gerund { self.quoted_as_saying(i) } else { None };
            // ("…, with the union claiming that …": the actor after "with" speaks)
            let with_speaker = if gerund && quoted_as.is_none() {
                // (past a modifier or two the actor phrase left out: "with former president …")
                left.and_then(|l| self.actor_ending_at(l)).filter(|sp| {
                    sp.e == i
                        && (sp.s.saturating_sub(3)..sp.s)
                            .rev()
                            .find(|&k| !self.atoms[k].is_word() || self.word(k, "with"))
                            .is_some_and(|k| self.word(k, "with"))
                })
            } else {
                None
            };
            if let Some((sp, _)) = quoted_as {
                speaker = Some(sp);
                trailing = true;
            } else if let Some(sp) = with_speaker {
                speaker = Some(sp);
            } else if gerund {
                // ", saying …"; "released a statement on Tuesday saying: …"
                // (", warning … and saying …": a second participle of the same subject)
                // (", demanding the president quit, claiming …": the comma right before, which
                // skipping an aside would pass)
                if i > 0 && self.kind(i - 1) == Some(AtomKind::Comma)
                    || left.is_some_and(|l| {
                        self.atoms[l].kind == AtomKind::Comma
                            || self.after_clause_object(l, i)
                            || self.word(l, "and")
                                && (l.saturating_sub(30).max(1)..l).any(|k| {
                                    matches!(self.kind(k - 1), Some(AtomKind::Comma | AtomKind::Dash))
                                        && self.is_participle_clause(k)
                                })
                    })
                {
                    speaker = self.clause_subject_before(i);
                    // ("protesting for weeks demanding Sharif quit, claiming …": the one asked to
                    // act in a participle clause before is not who goes on speaking)
                    if let Some(sp) = speaker {
                        let before = sp.s.checked_sub(1).map(|b| {
                            if self.word(b, "that") {
                                b.saturating_sub(1)
                            } else {
                                b
                            }
                        });
                        let asking = before.filter(|&b| {
                            self.atoms[b].is_word()
                                && self.atoms[b].text.ends_with("ing")
                                && self.atoms[b].info.is_some_and(|w| w.claim_verb.is_some())
                        });
                        if let Some(b) = asking {
                            // (past the comma of that participle clause too)
                            speaker = self.clause_subject_before(b).or_else(|| {
                                let comma =
                                    b.checked_sub(1).filter(|&c| self.kind(c) == Some(AtomKind::Comma))?;
                                self.clause_subject_before(comma)
                            });
                        }
                    }
                }
            } else if let Some(opening) = self.opening_person_before_asides(i) {
                speaker = Some(opening);
            } else if let Some(l) = left {
                let mut l = l;
                // "he went on to say", "she continued to say": the subject of the lead verb
                if self.word(l, "to") && l >= 2 {
                    let lead = if self.word(l - 1, "on")
                        && ["went", "goes", "go"].iter().any(|w| self.word(l - 2, w))
                    {
                        Some(l - 2)
                    } else {
                        ["continued", "continues", "proceeded"]
                            .iter()
                            .any(|w| self.word(l - 1, w))
                            .then(|| l - 1)
                    };
                    if let Some(k) = lead.and_then(|lead| self.skip_left(lead.checked_sub(1))) {
                        l = k;
                    }
                }
                let la = self.atoms[l];
                // "Liberals who now run the assembly say …": the phrase the relative clause
                // describes speaks
                let who = (l.saturating_sub(10).max(1)..l).rev().find(|&k| self.word(k, "who"));
                let described = who
                    .filter(|&w| {
                        la.kind == AtomKind::Word && w + 1 < l && (w + 1..=l).all(|k| self.atoms[k].is_word())
                    })
                    .and_then(|w| self.actor_ending_at(w - 1));
                if la.kind == AtomKind::Word && (described.is_some() || self.is_np_end(l)) {
                    speaker =
                        described.or_else(|| self.actor_ending_at(l)).or_else(|| self.statement_author(l));
                    // ("a document seen by Reuters said": the reader is no speaker; its author,
                    // "prepared by finance ministers and seen by …", is)
                    if let Some(sp) = speaker.filter(|sp| self.reads_the_document(sp.s)) {
                        speaker = self.author_before_reader(sp.s);
                    }
                    if let Some(sp) = speaker {
                        // "…,” a statement from the committee said": the phrase the speaker
                        // closes starts before its preposition
                        let mut start = sp.s;
                        if start > 1 && ["from", "for", "of"].iter().any(|w| self.word(start - 1, w)) {
                            let lo = start.saturating_sub(6);
                            let mut k = start - 1;
                            while k > lo && self.atoms[k - 1].is_word() && !self.atoms[k - 1].quoted {
                                k -= 1;
                            }
                            start = k;
                        }
                        // "…,” senior senator Jane Roe said": modifiers the phrase left out
                        let mut m = start;
                        while m > 0 && start - m < 3 && self.is_modifier(m - 1) {
                            m -= 1;
                        }
                        if m < start
                            && m > 0
                            && matches!(
                                self.atoms[m - 1].kind,
                                AtomKind::Comma | AtomKind::CloseQuote | AtomKind::Quote
                            )
                        {
                            start = m;
                        }
                        trailing = start > 0
                            && matches!(
                                self.atoms[start - 1].kind,
                                AtomKind::Comma | AtomKind::CloseQuote | AtomKind::Quote
                            );
                        if sp.s > 0 && self.atoms[sp.s - 1].kind == AtomKind::Comma && sp.s >= 2 {
                            // "…, he said" only counts as trailing when a clause precedes it, not
                            // a title the name stands in apposition to ("Colorado's attorney
                            // general, John Suthers, said")
                            let before = &self.atoms[..sp.s - 1];
                            // (a verb the lexicon knows only as a wrong: "police harassed
                            // protesters, Amnesty said"; the tagger last)
                            let title_only = before.len() <= 8
                                && !before.iter().any(|x| x.is_quote() || x.kind == AtomKind::Comma)
                                && (0..sp.s - 1).any(|k| self.is_office(k) || self.atoms[k].is(class::HEAD))
                                && (0..sp.s - 1).all(|k| !self.is_verbish(k))
                                && (0..sp.s - 1).all(|k| {
                                    !self
                                        .tag(k)
                                        .is_some_and(|t| matches!(t.xpos(), "VBD" | "VBZ" | "VBP" | "VBN"))
                                });
                            trailing = !title_only;
                        }
                        // "Speaking on CBS's “Face the Nation,” Sen. X said …": an opening phrase
                        // with no verb of its own is no clause reported
                        if trailing && sp.s > 1 {
                            let first = (0..sp.s - 1).find(|&k| self.atoms[k].is_word());
                            let opening_phrase = first.is_some_and(|f| {
                                let t = self.atoms[f].text;
                                !self.atoms[f].quoted
                                    && (t.ends_with("ing")
                                        || ["Asked", "In", "On", "During", "At"].contains(&t))
                                    && (f + 1..sp.s - 1).all(|k| !self.is_finite_verbish(k))
                            });
                            trailing = !opening_phrase;
                        }
                    }
                } else if la.kind == AtomKind::Word && la.is(class::COORD) {
                    speaker = self.clause_subject_before(l);
                } else if matches!(la.kind, AtomKind::Comma | AtomKind::CloseQuote | AtomKind::Quote) {
                    if a.eq("told") || a.eq("tells") || a.eq("tell") {
                        // "Polis, a supporter of …, told HuffPost that …": the one told listens;
                        // the speaker is the subject before the aside
                        if la.kind == AtomKind::Comma {
                            // ("Another major figure, Dan Senor, told …": the name itself)
                            let named = l
                                .checked_sub(1)
                                .filter(|&k| self.is_name(k))
                                .and_then(|k| self.actor_ending_at(k));
                            speaker = named
                                .or_else(|| {
                                    self.skip_left(Some(l))
                                        .filter(|&k| k != l)
                                        .and_then(|k| self.actor_ending_at(k))
                                })
                                .or_else(|| self.clause_subject_before(l));
                        }
                    } else if let Some(person) = self.person_before_aside(l) {
                        // "…,” Jane Roe, Democrat of Ohio, said"
                        speaker = Some(person);
                        trailing = true;
                    } else {
                        speaker = self
                            .actor_starting_at(verb_end)
                            .or_else(|| self.statement_from(verb_end))
                            .or_else(|| self.statement_author(verb_end + 1));
                        trailing = true;
                        // "Ortega warns …, says he may declare …": a pronoun with a verb of its
                        // own opens the clause reported; the subject of the first verb speaks
                        let clause_follows = speaker.is_some_and(|sp| {
                            sp.e == sp.s + 1
                                && self.atoms[sp.s].is(class::PRON)
                                && (self.has(sp.e, class::MODAL | class::AUX) || self.is_finite_verbish(sp.e))
                        });
                        if clause_follows {
                            speaker = self.clause_subject_before(l);
                            trailing = false;
                        }
                    }
                }
            } else {
                speaker = self.actor_starting_at(verb_end);
            }
            // A bare "they"/"it" says nothing about who speaks.
            let speaker = speaker.filter(|sp| {
                !(sp.e - sp.s == 1
                    && self.atoms[sp.s].is(class::PRON)
                    && !(self.atoms[sp.s].eq("he") || self.atoms[sp.s].eq("she"))
                    && sp.who == Who::Unknown)
            });
            // "what he said is wrong": a thing said, not a report
            if speaker.is_some_and(|sp| {
                sp.s > 0 && (self.word(sp.s - 1, "what") || self.word(sp.s - 1, "whatever"))
            }) {
                i = verb_end;
                continue;
            }
            if let Some(sp) = speaker {
                self.note_person(&sp);
            }
            let mut c = verb_end;
            if speaker.is_some_and(|sp| sp.s >= verb_end) {
                c = speaker.map_or(c, |sp| sp.e);
            }
            // "told reporters on Friday that …", "told AFP that …"
            // (not when the phrase took its audience already: in "told reporters he had …" the
            // "he" opens the clause)
            if (a.eq("told") || a.eq("tells") || a.eq("tell")) && verb_end == i + 1 {
                if let Some(e) = self.np_right(c) {
                    c = e;
                } else if self.atoms.get(c).is_some_and(|x| x.is_word() && !x.eq("that")) {
                    c += 1;
                }
            }
            while c < n
                && (self.is_time_word(c) && !self.word(c, "the")
                    || self.has(c, class::PREP) && self.is_time_word(c + 1) && !self.word(c + 1, "the"))
            {
                c += 1;
            }
            // "said in a statement that …", "told reporters in an interview that …"
            // a clause with its own verb at `k` ("it rejected …", "the plan must …")
            let clause_at = |k: usize| {
                self.np_right(k)
                    .is_some_and(|e| self.is_verbish(e) || self.has(e, class::MODAL | class::HEDGE))
                    || self.has(k, class::PRON)
                        && (self.is_verbish(k + 1) || self.has(k + 1, class::MODAL | class::HEDGE))
            };
            if self.has(c, class::PREP) && !self.word(c, "that") {
                // ("said in a new report Tuesday that …": past a time word after the phrase)
                // ("said in a statement it rejected …": a clause without "that" after the phrase)
                let statement_noun = (c + 1..(c + 4).min(n)).find(|&k| {
                    self.is_statement_noun(k)
                        || ["filing", "interview", "post", "tweet", "briefing", "speech"]
                            .iter()
                            .any(|w| self.word(k, w))
                });
                if let Some(e) =
                    self.np_right(c + 1).map(|e| self.past_time_words(e)).filter(|&e| self.word(e, "that"))
                {
                    c = e;
                } else if let Some(noun) = statement_noun {
                    let e = self.past_time_words(noun + 1);
                    if self.atoms.get(e).is_some_and(|a| a.is_word() && !a.quoted) && clause_at(e) {
                        c = e;
                    }
                } else if self.word(c, "in") || self.word(c, "at") {
                    // ("told reporters in Kyiv the rebels must …": where it was said, then the
                    // clause)
                    let mut e = c + 1;
                    while self.is_name(e) || self.entity(e).is_some() {
                        e += 1;
                    }
                    if e > c + 1 && clause_at(e) {
                        c = e;
                    }
                }
            }
            // A complement follows: "that …", ": “…”", or a clause with its own verb.
            let complement = self.word(c, "that")
                || matches!(self.kind(c), Some(AtomKind::Colon | AtomKind::OpenQuote | AtomKind::Quote))
                // "…, Esper said, “We …”"
                || self.kind(c) == Some(AtomKind::Comma)
                    && matches!(self.kind(c + 1), Some(AtomKind::OpenQuote | AtomKind::Quote))
                || clause_at(c);
            if trailing
                && complement
                && !matches!(left.map(|l| self.atoms[l].kind), Some(AtomKind::CloseQuote | AtomKind::Quote))
            {
                trailing = false;
            }
            let comp = if trailing {
                let before =
                    quoted_as.map_or_else(|| speaker.map_or(i, |sp| sp.s.min(i)), |(_, clause)| clause);
                (0, before)
            } else {
                if self.word(c, "that")
                    || self.kind(c) == Some(AtomKind::Colon)
                    || self.kind(c) == Some(AtomKind::Comma)
                {
                    c += 1;
                }
                // ("As the president told Washington he was forced into it, this was …": a
                // report inside a fronted clause ends with it)
                // ("As …" too: with a report of its own it opens a clause)
                let opens_with_as =
                    (0..i).find(|&k| self.atoms[k].is_word()).is_some_and(|k| self.word(k, "as"))
                        && (0..i).all(|k| self.kind(k) != Some(AtomKind::Comma));
                // (only past a clause of its own before the comma: "As the minister said, the
                // plan …" reports the main clause)
                let fronted_end = (c..n).find(|&k| self.kind(k) == Some(AtomKind::Comma)).filter(|&comma| {
                    (opens_with_as || self.closes_fronted_clause(i, comma))
                        && (c..comma).any(|k| self.is_finite_verbish(k))
                        && !matches!(self.kind(comma + 1), Some(AtomKind::OpenQuote | AtomKind::Quote))
                });
                (c, fronted_end.unwrap_or(n))
            };
            out.push(Report { verb: (i, verb_end), speaker, comp, denied: false });
            i = verb_end;
        }
        // A headline or a lead naming its speaker before a colon: "Zelenskiy: Russia must pay".
        if out.is_empty() {
            // ("Response: the US must …", "Email: …": a label before a colon, not a speaker)
            let label =
                |sp: &Actor| sp.e == sp.s + 1 && self.tag(sp.s).is_some_and(|t| !t.xpos().starts_with("NNP"));
            // (the tagger last: it tags the whole sentence)
            if let Some(sp) =
                self.actor_starting_at(0).filter(|sp| self.kind(sp.e) == Some(AtomKind::Colon) && !label(sp))
            {
                if sp.e + 1 < n {
                    self.note_person(&sp);
                    out.push(Report { verb: (n, n), speaker: Some(sp), comp: (sp.e + 1, n), denied: false });
                }
            }
        }
        // A bare quotation whose speaker the next sentence names (reporting verbs inside it are
        // the quoted words': "“The administration must explain itself.”").
        if out.iter().all(|r| self.atoms.get(r.verb.0).is_some_and(|a| a.quoted)) {
            if let Some(sp) = next_speaker {
                // (a quotation opened in an earlier sentence goes on without a mark)
                let quoted = self.atoms.first().is_some_and(|a| a.is_quote() || a.quoted)
                    && self.atoms.iter().filter(|a| a.is_word()).all(|a| a.quoted);
                if quoted {
                    out.push(Report {
                        verb: (n, n),
                        speaker: Some(Actor { s: n, e: n, who: sp.who, role: sp.role, span: sp.span }),
                        comp: (0, n),
                        denied: false,
                    });
                }
            }
        }
    }

    /// A quotation opened in an earlier sentence goes on here: its speaker speaks up to the
    /// closing quotation mark.
    pub(crate) fn add_carried_speaker(&self, out: &mut Vec<Report>, speaker: Actor) {
        let n = self.n();
        let close = self.atoms.iter().position(|a| a.kind == AtomKind::CloseQuote).unwrap_or(n);
        let speaker = Actor { s: n, e: n, ..speaker };
        out.push(Report { verb: (n, n), speaker: Some(speaker), comp: (0, close), denied: false });
    }

    /// If this sentence opens with an attribution ("Kremlin spokesman Dmitry Peskov told
    /// reporters.", "Lai Ching-te added that …"), its speaker: the speaker of a bare quotation
    /// just before.
    pub(crate) fn bare_attribution(&mut self) -> Option<Actor> {
        let n = self.n();
        let end = if self.atoms.last().is_some_and(|a| a.kind == AtomKind::Terminal) { n - 1 } else { n };
        let sp = self.actor_starting_at(0)?;
        let mut k = sp.e;
        while k < end && (self.has(k, class::ADV | class::AUX) || self.is_ly_adverb(k)) {
            k += 1;
        }
        let verb_end = match self.mark(k) {
            Some(m) if m.kind == PhraseKind::Report => m.end,
            _ if self.is_report_word(k) => k + 1,
            _ => return None,
        };
        // "… ." Lai Ching-te added that …: the speaker goes on in the next sentence.
        let _ = (end, verb_end);
        self.note_person(&sp);
        Some(sp)
    }

    /// Whether the phrase starting at `s` follows "seen by", "obtained by": the one who read a
    /// document, not who wrote it.
    fn reads_the_document(&self, s: usize) -> bool {
        s >= 2
            && self.word(s - 1, "by")
            && ["seen", "obtained", "reviewed", "viewed", "read", "received"]
                .iter()
                .any(|w| self.word(s - 2, w))
    }

    /// The author of a document named before the reader starting at `reader` ("a document
    /// prepared by finance ministers and seen by Reuters"), if the same phrase names one.
    fn author_before_reader(&self, reader: usize) -> Option<Actor> {
        let by = (reader.saturating_sub(14)..reader - 2)
            .rev()
            .take_while(|&k| self.atoms[k].is_word() || self.kind(k) == Some(AtomKind::Possessive))
            .find(|&k| {
                self.word(k, "by")
                    && k >= 1
                    && ["prepared", "drafted", "written", "compiled", "issued", "signed", "sent"]
                        .iter()
                        .any(|w| self.word(k - 1, w))
            })?;
        self.actor_starting_at(by + 1).filter(|a| a.e < reader - 2)
    }

    /// "…,” said a statement from the foreign ministry": the body a statement after the
    /// verb comes from, which speaks.
    fn statement_from(&self, k: usize) -> Option<Actor> {
        let noun = if self.has(k, class::DET) { k + 1 } else { k };
        if !self.is_statement_noun(noun) {
            return None;
        }
        let by = ["from", "by", "of"].iter().any(|w| self.word(noun + 1, w));
        if !by {
            return None;
        }
        self.actor_starting_at(noun + 2)
    }

    /// "…,” the letter stated": a definite statement or letter ending at `l` speaks for the
    /// author the article gave it a few sentences before ("In a letter, the lawmakers …").
    pub(crate) fn statement_author(&self, l: usize) -> Option<Actor> {
        let definite = l > 0 && ["the", "this", "that"].iter().any(|w| self.word(l - 1, w));
        // (`l` may be one past the sentence: "” said the")
        if !definite || self.atoms.get(l).is_none_or(|a| a.quoted) || !self.is_statement_noun(l) {
            return None;
        }
        let author = self.memory.document_author()?;
        Some(Actor { s: l - 1, e: l + 1, ..author })
    }

    /// Whether the "read" at `v` has a document for subject or, inverted, right after it: "the
    /// statement read", "reads the communique".
    fn document_reads(&self, v: usize) -> bool {
        let before = self.skip_left(v.checked_sub(1));
        before.is_some_and(|l| self.is_statement_noun(l) && self.is_np_end(l))
            || self.has(v + 1, class::DET) && self.is_statement_noun(v + 2)
    }

    /// A singular noun naming a group or an institution a later "it" can be ("union",
    /// "ministry"; not "unions", nor a person's office).
    fn is_singular_group_head(&self, k: usize) -> bool {
        const INSTITUTIONS: [&str; 10] = [
            "ministry",
            "department",
            "government",
            "administration",
            "embassy",
            "office",
            "cabinet",
            "regime",
            "army",
            "military",
        ];
        let head = &self.atoms[k];
        head.is_word()
            && !head.text.ends_with('s')
            && (head.is(class::COLLECTIVE) || INSTITUTIONS.iter().any(|w| head.eq(w)))
    }

    /// "The health ministry issued …": the end of a sentence-opening "the", up to three
    /// lower-case modifiers and a singular group noun, right before a verb.
    fn opening_group_end(&self) -> Option<usize> {
        if !self.word(0, "the") {
            return None;
        }
        let head = (1..5.min(self.n())).find(|&k| self.is_singular_group_head(k))?;
        // ("The mayor's office issued …": a possessive among the modifiers)
        let modifiers_only = (1..head).all(|k| {
            let a = &self.atoms[k];
            a.is_word() && !a.cap && !self.is_verbish(k) && !a.is(class::DET | class::PREP)
                || a.kind == crate::atoms::AtomKind::Possessive && k > 1
        });
        (modifiers_only && self.is_verbish(head + 1)).then_some(head + 1)
    }

    /// Remembers who speaks in a sentence naming a statement or letter, for a later "the letter
    /// stated" (see [`Memory::document_author`](crate::memory::Memory::document_author)).
    pub(crate) fn note_document_author(&mut self, scratch: &crate::rules::Scratch) {
        if scratch.candidates.is_empty() && scratch.reports.is_empty() {
            // "The ministry issued new guidelines. It urged …": a sentence that claims nothing
            // may still open with the group a later "It" is
            if let Some(e) = self.opening_group_end() {
                let name = self.name_text(0, e);
                self.memory.note_unnamed_group_subject(name);
            }
            // "The ministry issued a statement on Friday.": its subject wrote what a later "…,
            // the statement read" says (the cheap scan first: most sentences name no statement)
            let names_statement = self.atoms.iter().any(|a| {
                a.is_word()
                    && !a.quoted
                    && (a.eq("wrote") || crate::rules::STATEMENT_NOUNS.iter().any(|w| a.eq(w)))
            });
            if let Some(issuer) = names_statement.then(|| self.statement_issuer()).flatten() {
                self.memory.note_document_author(issuer);
            }
            return;
        }
        // "The union said it would strike. It accused management …": the first speaker or
        // claimant, a singular group known only by what it is
        let first = scratch
            .reports
            .iter()
            .filter_map(|r| r.speaker)
            .chain(scratch.candidates.iter().map(|c| c.actor))
            .filter(|a| a.s < a.e && a.e <= self.n())
            .min_by_key(|a| a.s);
        // ("Twitter said it had blocked 500 accounts. It refused to block …": a one-word name
        // the lexicons do not know, and no person's, speaking; "it" is no person)
        let unknown_one_word_name = |a: &Actor| {
            a.e == a.s + 1
                && self.is_name(a.s)
                && !self.atoms[a.s].is(class::PRON)
                && self.lex.first_name_is_female(self.atoms[a.s].text).is_none()
                && (0..a.s).all(|k| !self.atoms[k].is_word())
        };
        if let Some(a) = first.filter(|a| {
            a.who == Who::Unknown
                && (self.word(a.s, "the") && self.is_singular_group_head(a.e - 1) || unknown_one_word_name(a))
        }) {
            let name = self.name_text(a.s, a.e);
            self.memory.note_unnamed_group_subject(name);
        }
        // (a noun is at least four letters long: most words are ruled out by their length alone)
        let names_statement = self.atoms.iter().any(|a| {
            a.is_word()
                && a.text.len() >= 4
                && !a.quoted
                && !a.cap
                && (a.eq("wrote") || crate::rules::STATEMENT_NOUNS.iter().any(|w| a.eq(w)))
        });
        if !names_statement {
            // "The two states filed a lawsuit …": who brings a legal document is its author
            // (not who merely speaks of it: "the governor said the lawsuit was without merit")
            // ("Texas sued the agency": who sues files the suit)
            let filer = scratch.candidates.iter().find(|c| {
                c.act == crate::model::Act::Accuse
                    && c.actor.who != Who::Unknown
                    && ((c.rule == "light-verb-noun" || c.rule == "light-verb-passive")
                        && c.content
                            .is_some_and(|(s, e)| (s..e.min(self.n())).any(|k| self.is_legal_document(k)))
                        || ["sued", "sues"].iter().any(|w| self.word(c.trigger, w)))
            });
            if let Some(c) = filer {
                self.memory.note_legal_filer(c.actor);
            }
            return;
        }
        let known = |a: &Actor| {
            a.span.0 < a.span.1
                && (a.who != Who::Unknown
                    || a.s < a.e && a.e <= self.n() && !(a.e == a.s + 1 && self.atoms[a.s].is(class::PRON)))
        };
        let author = scratch
            .candidates
            .iter()
            .map(|c| c.actor)
            .chain(scratch.reports.iter().filter_map(|r| r.speaker))
            .find(known);
        if let Some(author) = author {
            self.memory.note_document_author(author);
        }
    }

    /// The subject opening a sentence that issues a statement or a letter and says nothing else
    /// of it: "The ministry has issued a statement", "Ten senators sent a letter to …".
    fn statement_issuer(&self) -> Option<Actor> {
        const ISSUING: [&str; 9] =
            ["issued", "released", "published", "sent", "posted", "wrote", "signed", "delivered", "put"];
        let subject = self
            .actor_starting_at(0)
            .filter(|a| a.who != Who::Unknown || !(a.e == a.s + 1 && self.atoms[a.s].is(class::PRON)))?;
        let mut v = subject.e;
        while self.has(v, class::AUX) || self.is_ly_adverb(v) {
            v += 1;
        }
        if !ISSUING.iter().any(|w| self.word(v, w)) {
            return None;
        }
        // "The three states wrote to the council": a letter is what was written
        if self.word(v, "wrote") && self.word(v + 1, "to") {
            return Some(subject);
        }
        let noun = (v + 1..(v + 5).min(self.n()))
            .take_while(|&k| self.atoms[k].is_word() && !self.atoms[k].quoted)
            .find(|&k| self.is_statement_noun(k));
        noun.map(|_| subject)
    }

    /// Does the clause `report` reports open at atom `s` (after "that" at most)?
    fn opens_report(&self, report: &Report, s: usize) -> bool {
        let start = report.comp.0;
        start <= s
            && ((start..s).all(|k| self.word(k, "that") || !self.atoms[k].is_word())
                // "said in a statement that it …", "said on Monday that it …": a phrase of
                // manner or time, with no verb, before "that"
                || s >= 1
                    && s - start <= 8
                    && self.word(s - 1, "that")
                    && (start..s - 1).all(|k| !self.is_finite_verbish(k) && !self.atoms[k].is(class::PRON)))
    }

    /// "…, which they denied", "…, a charge it denies": a pronoun denying in a relative clause
    /// after a comma, whom `settle` takes for the one an accusation before it accused (or drops).
    pub(crate) fn denies_in_relative(&self, actor: Actor, v: usize) -> bool {
        let denies = self.atoms[v]
            .info
            .and_then(|w| w.claim_verb)
            .is_some_and(|(verb, _)| self.lex.verbs[verb as usize].act == crate::model::Act::Deny);
        if !denies || actor.e != actor.s + 1 || actor.s < 2 {
            return false;
        }
        let comma_at = |k: usize| self.kind(k) == Some(AtomKind::Comma);
        let before = actor.s - 1;
        if self.word(before, "which") {
            return comma_at(before - 1);
        }
        let charge = crate::rules::CHARGE_OR_CLAIM_NOUNS.iter().any(|w| self.word(before, w))
            || self.word(before, "something");
        charge
            && (comma_at(before - 1)
                || before >= 2 && self.has(before - 1, class::DET) && comma_at(before - 2))
    }

    /// Resolves pronoun actors ("we", "it", "they") to the speaker of the clause.
    pub(crate) fn speaker_for(&self, actor: Actor, reports: &[Report], at: usize) -> Option<Actor> {
        let a = self.atoms[actor.s];
        // "promising that her government would never permit it": the speaker's own side, in
        // the clause the speaker reports, is the speaker acting
        let own_side = actor.e >= actor.s + 2
            && ["his", "her", "their", "our", "my"].iter().any(|w| a.eq(w))
            && self.is_own_side_noun(actor.s + 1, actor.e - 1);
        if own_side {
            if let Some(r) = self.report_at(reports, at) {
                let report = &reports[r];
                let opens = self.opens_report(report, actor.s);
                // (before the words, or after a quotation: "“Our members will strike,” X said")
                if let Some(sp) = report.speaker.filter(|sp| opens && (sp.e <= actor.s || a.quoted)) {
                    return Some(sp);
                }
            }
        }
        // "X said he would …": the pronoun opening the reported clause is the speaker.
        if actor.e - actor.s == 1 && (a.eq("he") || a.eq("she")) {
            if let Some(r) = self.report_at(reports, at) {
                let report = &reports[r];
                let opens = self.opens_report(report, actor.s);
                if let Some(sp) = report.speaker.filter(|sp| opens && !(sp.s < sp.e && self.is_plural(sp))) {
                    // a speaker known only by the name just written stands in for the pronoun
                    if sp.who != Who::Unknown {
                        return Some(Actor { who: sp.who, role: sp.role, ..actor });
                    }
                    // "Trump says he …": a speaker known only by the name just written stands in,
                    // as does one described ("the minister said he …")
                    if sp.s < sp.e
                        && sp.e <= actor.s
                        && (self.is_name(sp.e - 1)
                            || self.is_office(sp.e - 1)
                            || self.atoms[sp.e - 1].is(class::HEAD) && !self.atoms[sp.e - 1].is(class::PRON))
                    {
                        return Some(sp);
                    }
                }
            }
        }
        // "Boeing said it submitted …", "the senators said they would …": "it" or "they"
        // opening the clause reported is the speaker, whatever the gazetteer knows of them
        if actor.e - actor.s == 1 && (a.eq("it") || a.eq("they")) && !a.quoted {
            if let Some(r) = self.report_at(reports, at) {
                let report = &reports[r];
                let opens = self.opens_report(report, actor.s);
                // ("Netanyahu's office said it …": a person's office, campaign or team is an "it")
                let body_of_person = |sp: &Actor| {
                    ["office", "campaign", "team", "administration", "government"]
                        .iter()
                        .any(|w| self.word(sp.e - 1, w))
                };
                let fits = |sp: &Actor| {
                    sp.s < sp.e
                        && sp.e <= actor.s
                        && (!matches!(sp.who, Who::Person(_)) || body_of_person(sp))
                        && !self.atoms[sp.s].is(class::PRON)
                        && self.is_plural(sp) == a.eq("they")
                };
                if let Some(sp) = report.speaker.filter(|sp| opens && fits(sp)) {
                    return Some(sp);
                }
            }
        }
        // "The envoy said the bloc would not …": the bloc's voice holds the position; "a Hamas
        // official said the group would not …": so does a group's, for the group it speaks for
        let definite = actor.e == actor.s + 2 && a.eq("the");
        let bloc = definite && crate::phrases::BLOC_NOUNS.iter().any(|w| self.word(actor.s + 1, w));
        let group = definite && ["group", "movement"].iter().any(|w| self.word(actor.s + 1, w));
        let speaks_for_organisation = |sp: &Actor| match sp.who {
            Who::Norms(ids, n) => ids[..n as usize].iter().all(|&id| self.lex.norm_is_org[id as usize]),
            // ("the Hamas spokesman": a spokesman for one organisation)
            Who::Person(p) => matches!(
                self.lex.norm_ids_of(&self.memory.people[p].norm)[..],
                [id] if self.lex.norm_is_org[id as usize]
            ),
            _ => false,
        };
        if bloc || group {
            if let Some(r) = self.report_at(reports, at) {
                let report = &reports[r];
                if let Some(sp) = report.speaker.filter(|sp| {
                    self.opens_report(report, actor.s)
                        && sp.e <= actor.s
                        && (bloc || speaks_for_organisation(sp))
                }) {
                    return Some(sp);
                }
            }
        }
        if actor.e - actor.s == 1 && a.is(class::PRON) && !(a.eq("he") || a.eq("she")) {
            let speaker = self.report_at(reports, at).and_then(|r| reports[r].speaker);
            let Some(sp) =
                speaker.filter(|sp| !(a.eq("it") || a.eq("they")) || matches!(sp.who, Who::Norms(..)))
            else {
                // "They urged …" after "The three European powers said …"; "…, which they
                // deny": the one accused, found when the claims are settled
                return ((a.eq("they") || a.eq("it"))
                    && (actor.who != Who::Unknown || self.denies_in_relative(actor, at)))
                .then_some(actor);
            };
            // The speaker's own words name the speaker better than the pronoun.
            return Some(if a.eq("we") || a.eq("i") {
                sp
            } else {
                Actor { who: sp.who, role: sp.role, ..actor }
            });
        }
        Some(actor)
    }

    pub(crate) fn attribution(&self, reports: &[Report], at: usize) -> Option<usize> {
        self.report_at(reports, at)
    }
}
