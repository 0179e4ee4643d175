//! The claim rules over one sentence. Each rule has an id that ends up in [`crate::Claim::rule`].

use crate::atoms::AtomKind;
use crate::lexicon::{class, form, PhraseKind, Verb};
use crate::model::Act;
use crate::phrases::{Actor, Analyzer, Report, Who};

/// A claim found in one sentence, in atom indices.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Candidate {
    pub act: Act,
    pub actor: Actor,
    pub addressee: Option<Actor>,
    pub content: Option<(usize, usize)>,
    /// The atom that triggered the claim.
    pub trigger: usize,
    pub rule: &'static str,
    pub negated: bool,
    pub hedged: bool,
    /// Index into the sentence's reports when the claim is reported speech.
    pub report: Option<usize>,
    /// Nominal and participle claims give way to a claim whose content holds them.
    pub secondary: bool,
}

/// Per-sentence scratch space, reused across sentences.
#[derive(Default)]
pub(crate) struct Scratch {
    pub reports: Vec<Report>,
    pub candidates: Vec<Candidate>,
}

const BE: [&str; 8] = ["is", "are", "was", "were", "be", "been", "being", "am"];

impl Analyzer<'_, '_, '_> {
    fn is_be(&self, i: usize) -> bool {
        BE.iter().any(|w| self.word(i, w))
            || self
                .atoms
                .get(i)
                .is_some_and(|a| a.kind == AtomKind::Possessive && i > 0 && self.word(i - 1, "it"))
    }

    /// Negation and hedges between `from` and `to` (exclusive), plus sentence-wide hedges.
    fn polarity(&self, from: usize, to: usize) -> (bool, bool) {
        let mut neg = false;
        let mut hedge = false;
        for k in from..to.min(self.n()) {
            let a = &self.atoms[k];
            neg |= a.kind == AtomKind::Negation
                || a.kind == AtomKind::Word && a.is(class::NEG) && a.mark == crate::atoms::NONE;
            hedge |= a.kind == AtomKind::Word && a.is(class::HEDGE);
            match self.mark(k).map(|m| m.kind) {
                Some(PhraseKind::Negation) => neg = true,
                Some(PhraseKind::Hedge) => hedge = true,
                _ => {}
            }
        }
        hedge |= self.atoms.iter().any(|a| a.eq("reportedly") || a.eq("allegedly"));
        (neg, hedge)
    }

    /// The next atom from `i` that is not a quotation mark.
    fn skip_quotes_from(&self, mut i: usize) -> usize {
        while self.atoms.get(i).is_some_and(|a| a.is_quote()) {
            i += 1;
        }
        i
    }

    /// Is the atom one of these words?
    fn lex_lemma_is(&self, i: usize, words: &[&str]) -> bool {
        words.iter().any(|w| self.word(i, w))
    }

    /// Do two actors stand for the same side?
    fn same_side(&self, a: &Actor, b: &Actor) -> bool {
        let norms = |x: &Actor| -> Vec<u32> {
            match x.who {
                Who::Norms(ids, n) => ids[..n as usize].to_vec(),
                Who::Person(p) => self.lex.norm_ids_of(&self.memory.people[p].norm),
                Who::Unknown => Vec::new(),
            }
        };
        let (x, y) = (norms(a), norms(b));
        !x.is_empty() && x.iter().any(|i| y.contains(i))
    }

    /// Negation and hedges between a verb and its subject.
    fn polarity_before(&self, v: usize) -> (bool, bool) {
        let from = self.skip_left(v.checked_sub(1)).map_or(0, |l| l + 1);
        self.polarity(from, v)
    }

    /// The innermost report whose complement holds atom `i`.
    pub fn report_at(&self, reports: &[Report], i: usize) -> Option<usize> {
        reports
            .iter()
            .enumerate()
            .filter(|(_, r)| r.comp.0 <= i && i < r.comp.1 && r.speaker.is_some())
            .min_by_key(|(_, r)| r.comp.1 - r.comp.0)
            .map(|(k, _)| k)
    }

    /// Finds the reporting frames of the sentence. `next_speaker` is the speaker named by the
    /// following sentence when this one is a bare quotation.
    pub fn find_reports(&mut self, out: &mut Vec<Report>, next_speaker: Option<Actor>) {
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
                    out.push(Report { verb: (i, i + 2), speaker: Some(sp), comp });
                    i = sp.e;
                    continue;
                }
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
            let forms = a.info.map_or(0, |w| w.report);
            let left = self.skip_left(i.checked_sub(1));
            // ", saying …": the subject of the main clause speaks.
            let gerund = report_mark.is_none()
                && forms & form::GER != 0
                && forms & (form::PAST | form::THIRD | form::BASE) == 0;
            let mut speaker = None;
            let mut trailing = false;
            if gerund {
                if left.is_some_and(|l| self.atoms[l].kind == AtomKind::Comma) {
                    speaker = self.clause_subject_before(i);
                }
            } else if let Some(l) = left {
                let la = self.atoms[l];
                if la.kind == AtomKind::Word && self.is_np_end(l) {
                    speaker = self.actor_ending_at(l);
                    if let Some(sp) = speaker {
                        trailing = sp.s > 0
                            && matches!(
                                self.atoms[sp.s - 1].kind,
                                AtomKind::Comma | AtomKind::CloseQuote | AtomKind::Quote
                            );
                        if sp.s > 0 && self.atoms[sp.s - 1].kind == AtomKind::Comma && sp.s >= 2 {
                            // "…, he said" only counts as trailing when a clause precedes it
                            trailing = true;
                        }
                    }
                } else if la.kind == AtomKind::Word && la.is(class::COORD) {
                    speaker = self.clause_subject_before(l);
                } else if matches!(la.kind, AtomKind::Comma | AtomKind::CloseQuote | AtomKind::Quote) {
                    speaker = self.actor_starting_at(verb_end);
                    trailing = true;
                }
            } else {
                speaker = self.actor_starting_at(verb_end);
            }
            // A bare "they"/"it" says nothing about who speaks.
            let speaker = speaker.filter(|sp| {
                !(sp.e - sp.s == 1 && self.atoms[sp.s].is(class::PRON) && sp.who == Who::Unknown)
            });
            if let Some(sp) = speaker {
                self.note_person(&sp);
            }
            let mut c = verb_end;
            if speaker.is_some_and(|sp| sp.s >= verb_end) {
                c = speaker.map_or(c, |sp| sp.e);
            }
            // "told reporters on Friday that …", "told AFP that …"
            if a.eq("told") || a.eq("tells") || a.eq("tell") {
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
            // A complement follows: "that …", ": “…”", or a clause with its own verb.
            let complement = self.word(c, "that")
                || matches!(self.kind(c), Some(AtomKind::Colon | AtomKind::OpenQuote | AtomKind::Quote))
                || self
                    .np_right(c)
                    .is_some_and(|e| self.is_verbish(e) || self.has(e, class::MODAL | class::HEDGE))
                || self.has(c, class::PRON)
                    && (self.is_verbish(c + 1) || self.has(c + 1, class::MODAL | class::HEDGE));
            if trailing
                && complement
                && !matches!(left.map(|l| self.atoms[l].kind), Some(AtomKind::CloseQuote | AtomKind::Quote))
            {
                trailing = false;
            }
            let comp = if trailing {
                let before = speaker.map_or(i, |sp| sp.s.min(i));
                (0, before)
            } else {
                if self.word(c, "that")
                    || self.kind(c) == Some(AtomKind::Colon)
                    || self.kind(c) == Some(AtomKind::Comma)
                {
                    c += 1;
                }
                (c, n)
            };
            out.push(Report { verb: (i, verb_end), speaker, comp });
            i = verb_end;
        }
        // A bare quotation whose speaker the next sentence names.
        if out.is_empty() {
            if let Some(sp) = next_speaker {
                let quoted = self.atoms.first().is_some_and(|a| a.is_quote())
                    && self.atoms.iter().filter(|a| a.is_word()).all(|a| a.quoted);
                if quoted {
                    out.push(Report {
                        verb: (n, n),
                        speaker: Some(Actor { s: n, e: n, who: sp.who, span: sp.span }),
                        comp: (0, n),
                    });
                }
            }
        }
    }

    /// A quotation opened in an earlier sentence goes on here: its speaker speaks up to the
    /// closing quotation mark.
    pub fn add_carried_speaker(&self, out: &mut Vec<Report>, speaker: Actor) {
        let n = self.n();
        let close = self.atoms.iter().position(|a| a.kind == AtomKind::CloseQuote).unwrap_or(n);
        let speaker = Actor { s: n, e: n, ..speaker };
        out.push(Report { verb: (n, n), speaker: Some(speaker), comp: (0, close) });
    }

    /// If this sentence is a bare attribution ("Kremlin spokesman Dmitry Peskov told
    /// reporters."), its speaker.
    pub fn bare_attribution(&mut self) -> Option<Actor> {
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
        // at most an object and a time phrase after the verb
        if end.saturating_sub(verb_end) > 5 || self.atoms[verb_end..end].iter().any(|a| a.eq("that")) {
            return None;
        }
        self.note_person(&sp);
        Some(sp)
    }

    /// Remembers the person an actor phrase names, for later "he" and office references.
    pub fn note_person(&mut self, actor: &Actor) {
        if let Who::Person(p) = actor.who {
            self.memory.last_person = Some(p);
        }
        if actor.s < actor.e && self.is_plural(actor) {
            self.memory.last_plural = Some(actor.who);
        }
    }

    /// Registers people introduced with their office in this sentence, and the last
    /// organisation mentioned.
    pub fn learn_people(&mut self) {
        let n = self.n();
        for mi in 0..self.marks.len() {
            let m = self.marks[mi];
            match m.kind {
                PhraseKind::Entity(crate::lexicon::EntityKind::Org, id) => self.memory.mention_org(id),
                PhraseKind::Entity(crate::lexicon::EntityKind::Group, _) => {}
                PhraseKind::Entity(_, id) if !self.lex.norm_is_org[id as usize] => {
                    self.memory.mention_state(id)
                }
                PhraseKind::Office { scope } => {
                    // "<side> <office> <Name Name>"
                    let mut e = m.end;
                    while e < n
                        && (self.is_name(e) || self.atoms[e].kind == AtomKind::Hyphen && self.is_name(e + 1))
                    {
                        e += 1;
                    }
                    let office = self.office_key(m.start, m.end);
                    if e > m.end {
                        let norm = self.side_before(m.start, scope);
                        let p = self.memory.register(self.atoms[e - 1].text, &office, &norm);
                        self.memory.last_person = Some(p);
                        continue;
                    }
                    // "<Name Name>, (the) <side> <office>"
                    let mut s = m.start;
                    while s > 0
                        && (self.entity(s - 1).is_some()
                            || self.has(s - 1, class::DET)
                            || self.is_modifier(s - 1) && m.start - s < 4
                            || self.atoms[s - 1].kind == AtomKind::Possessive)
                    {
                        s = self.mark(s - 1).map_or(s - 1, |mm| mm.start);
                    }
                    if s >= 2 && self.atoms[s - 1].kind == AtomKind::Comma && self.is_name(s - 2) {
                        let norm = self.side_before(m.start, scope);
                        let p = self.memory.register(self.atoms[s - 2].text, &office, &norm);
                        self.memory.last_person = Some(p);
                    }
                }
                _ => {}
            }
        }
    }

    /// The side named right before an office ("NATO", "Russian Deputy", "US President Joe
    /// Biden’s"); for an organisation's office without one, the last organisation mentioned.
    fn side_before(&self, office_start: usize, scope: crate::lexicon::Scope) -> String {
        let mut names: Vec<&str> = Vec::new();
        let mut k = office_start;
        while k > 0 {
            let p = k - 1;
            if let Some((_, id)) = self.entity(p) {
                let norm = self.lex.norm(id);
                if !names.contains(&norm) {
                    names.push(norm);
                }
                k = self.mark(p).map_or(p, |m| m.start);
            } else if self.is_office(p)
                || self.is_name(p)
                || self.atoms[p].kind == AtomKind::Possessive
                || self.atoms[p].kind == AtomKind::Hyphen
                || self.has(p, class::HEAD)
                // "White House national security spokesman"
                || self.is_modifier(p) && office_start - p < 4
            {
                if self.is_name(p) {
                    if let Some(person) = self.memory.by_surname(self.atoms[p].text) {
                        let norm = self.memory.people[person].norm.as_str();
                        if !norm.is_empty() && names.is_empty() {
                            return norm.to_string();
                        }
                    }
                }
                k = self.mark(p).map_or(p, |m| m.start);
            } else {
                break;
            }
        }
        if names.is_empty() {
            let default = match scope {
                crate::lexicon::Scope::Org => self.memory.last_org,
                crate::lexicon::Scope::Main => self.memory.main_state(),
                crate::lexicon::Scope::Other => None,
            };
            if let Some(id) = default {
                return self.lex.norm(id).to_string();
            }
        }
        names.reverse();
        names.join("; ")
    }

    /// Runs every rule over the sentence.
    pub fn find_claims(&mut self, scratch: &mut Scratch) {
        scratch.candidates.clear();
        let reports = std::mem::take(&mut scratch.reports);
        for v in 0..self.n() {
            let a = self.atoms[v];
            if a.kind != AtomKind::Word {
                continue;
            }
            if let Some(info) = a.info {
                if info.class & class::LIGHT != 0 && self.light_verb(v, &reports, &mut scratch.candidates) {
                    continue;
                }
                if let Some((verb, forms)) = info.claim_verb {
                    if a.mark == crate::atoms::NONE {
                        self.verb_rule(
                            v,
                            &self.lex.verbs[verb as usize],
                            forms,
                            &reports,
                            &mut scratch.candidates,
                        );
                    }
                }
                if info.noun_act.is_some() {
                    self.nominal_rule(v, &reports, &mut scratch.candidates);
                }
                if info.class & class::MODAL != 0 && a.mark == crate::atoms::NONE {
                    self.modal_rule(v, v + 1, &reports, &mut scratch.candidates);
                }
                if info.class & class::READY != 0 {
                    self.ready_rule(v, &reports, &mut scratch.candidates);
                }
                if info.class & class::READY_VERB != 0 && info.claim_verb.is_none() {
                    self.will_not_rule(v, &reports, &mut scratch.candidates);
                }
            }
            if let Some(m) = self.mark(v).filter(|m| m.start == v).copied() {
                match m.kind {
                    PhraseKind::Modal => self.modal_rule(v, m.end, &reports, &mut scratch.candidates),

                    PhraseKind::RejectPredicate => {
                        self.unacceptable_rule(v, m.end, &reports, &mut scratch.candidates)
                    }
                    _ => {}
                }
            }
            if let Some(m) = self.cue(v).filter(|m| m.start == v && m.kind == PhraseKind::Necessary).copied()
            {
                self.necessary_rule(v, m.end, &reports, &mut scratch.candidates);
            }
        }
        scratch.reports = reports;
        self.settle(&mut scratch.candidates);
    }

    /// Resolves pronoun actors ("we", "it", "they") to the speaker of the clause.
    fn speaker_for(&self, actor: Actor, reports: &[Report], at: usize) -> Option<Actor> {
        let a = self.atoms[actor.s];
        if actor.e - actor.s == 1 && a.is(class::PRON) && !(a.eq("he") || a.eq("she")) {
            let speaker = self.report_at(reports, at).and_then(|r| reports[r].speaker);
            let Some(sp) =
                speaker.filter(|sp| !(a.eq("it") || a.eq("they")) || matches!(sp.who, Who::Norms(..)))
            else {
                // "They urged …" after "The three European powers said …"
                return (a.eq("they") && actor.who != Who::Unknown).then_some(actor);
            };
            // The speaker's own words name the speaker better than the pronoun.
            return Some(if a.eq("we") || a.eq("i") { sp } else { Actor { who: sp.who, ..actor } });
        }
        Some(actor)
    }

    /// The subject of a verb at `v`, with the first atom between it and the verb.
    fn subject_of(&self, v: usize, reports: &[Report]) -> Option<(Actor, &'static str)> {
        let left = self.skip_left(v.checked_sub(1))?;
        let la = self.atoms[left];
        if la.kind == AtomKind::Word && la.is(class::COORD) {
            return self.clause_subject_before(left).map(|a| (a, "verb-coordinated"));
        }
        if la.kind == AtomKind::Comma && left > 0 && self.has(left - 1, class::COORD) {
            return None;
        }
        if la.kind == AtomKind::Word && la.is(class::REL) && !la.eq("that") {
            let before = if left > 0 && self.atoms[left - 1].kind == AtomKind::Comma {
                left.checked_sub(2)?
            } else {
                left.checked_sub(1)?
            };
            let antecedent = self.actor_ending_at(before)?;
            if antecedent.s > 0 && self.has(antecedent.s - 1, class::PREP) {
                return None;
            }
            return Some((antecedent, "verb-relative"));
        }
        let actor = self.actor_ending_at(left)?;
        // An object of a preposition or of another verb is not a subject ("rejects US call").
        if actor.s > 0 {
            let b = self.atoms[actor.s - 1];
            let verb_before = b.mark == crate::atoms::NONE
                && b.info.is_some_and(|w| {
                    w.report == 0
                        && (w.claim_verb.is_some()
                            || w.verb & (form::THIRD | form::PAST) != 0
                            || w.class & class::LIGHT != 0)
                });
            let question = b.eq("whether") || b.eq("if");
            if b.kind == AtomKind::Word && (b.is(class::PREP) && !b.eq("of") || verb_before || question) {
                return None;
            }
        }
        let actor = self.speaker_for(actor, reports, v)?;
        Some((actor, "verb-active"))
    }

    fn attribution(&self, reports: &[Report], at: usize) -> Option<usize> {
        self.report_at(reports, at)
    }

    #[allow(clippy::too_many_arguments)]
    fn push(
        &self,
        out: &mut Vec<Candidate>,
        act: Act,
        actor: Actor,
        addressee: Option<Actor>,
        content: Option<(usize, usize)>,
        trigger: usize,
        rule: &'static str,
        polarity: (bool, bool),
        report: Option<usize>,
        secondary: bool,
    ) {
        let had_content = content.is_some();
        let content = content.and_then(|(s, e)| self.trim(s, e));
        if content.is_some_and(|(s, _)| {
            ["in", "at", "during", "after", "before", "since", "until", "through", "across", "amid"]
                .iter()
                .any(|w| self.word(s, w))
        }) {
            return;
        }
        // A content that trims to nothing, or is a bare pronoun, says nothing.
        if had_content && content.is_none_or(|(s, e)| e - s == 1 && self.atoms[s].is(class::PRON)) {
            return;
        }
        let (mut act, mut negated, mut rule) = (act, polarity.0, rule);
        if act == Act::Accept && negated {
            act = Act::Reject;
            negated = false;
            rule = "negated-accept";
        }
        out.push(Candidate {
            act,
            actor,
            addressee,
            content,
            trigger,
            rule,
            negated,
            hedged: polarity.1,
            report,
            secondary,
        });
    }

    /// A claim verb in any of its constructions.
    fn verb_rule(&self, v: usize, verb: &Verb, forms: u8, reports: &[Report], out: &mut Vec<Candidate>) {
        let f = &verb.frames;
        let mut after = v + 1;
        if !f.particles.is_empty() {
            if !f.particles.iter().any(|p| self.word(after, p)) {
                return;
            }
            after += 1;
        }
        let particle = (after > v + 1).then(|| v + 1);
        // "press on", "push ahead": carrying on, not claiming.
        let own_particle = |w: &str| f.particles.iter().chain(&f.optional_particles).any(|p| &**p == w);
        if particle.is_none() && (self.word(after, "ahead") || self.word(after, "on") && !own_particle("on"))
        {
            return;
        }
        let left = self.skip_left(v.checked_sub(1));
        let between_start = left.map_or(0, |l| l + 1);
        let be_passive =
            (between_start..v).any(|k| self.is_be(k) && !self.word(k, "being")) && forms & form::PART != 0;
        // Passive: "was rejected by X", "demands submitted by Russia".
        let mut by = after;
        while self.is_ly_adverb(by) {
            by += 1;
        }
        if forms & form::PART != 0 && self.word(by, "by") {
            let reduced = !be_passive
                && v > 0
                && self.atoms[v - 1].kind == AtomKind::Word
                && !self.atoms[v - 1].is(class::AUX);
            if be_passive || reduced {
                let Some(agent) = self.actor_starting_at(by + 1) else { return };
                let polarity = self.polarity(between_start, v);
                let report = self.attribution(reports, v);
                if be_passive {
                    let aux =
                        (between_start..v).find(|&k| self.is_be(k) || self.has(k, class::AUX)).unwrap_or(v);
                    let subj_end = self.skip_left(aux.checked_sub(1));
                    let subject = subj_end.map(|e| {
                        let start = self.clause_start(e);
                        // A long stretch back to the clause start is not all subject.
                        if e + 1 - start > 10 {
                            (self.content_np_left(e + 1), e + 1)
                        } else {
                            (start, e + 1)
                        }
                    });
                    // "Iran was urged by France to …": the subject is the addressee.
                    if let Some(_p) = f.preps.iter().find(|p| self.word(agent.e, p)) {
                        let addressee = subj_end.and_then(|e| self.actor_ending_at(e));
                        let (end, _) = self.clause_end(agent.e + 1, false);
                        self.push(
                            out,
                            verb.act,
                            agent,
                            addressee,
                            Some((agent.e + 1, end)),
                            v,
                            "verb-passive",
                            polarity,
                            report,
                            false,
                        );
                    } else if f.objto && self.word(agent.e, "to") {
                        let addressee = subj_end.and_then(|e| self.actor_ending_at(e));
                        let (end, _) = self.clause_end(agent.e + 1, true);
                        self.push(
                            out,
                            verb.act,
                            agent,
                            addressee,
                            Some((agent.e + 1, end)),
                            v,
                            "verb-passive",
                            polarity,
                            report,
                            false,
                        );
                    } else {
                        self.push(
                            out,
                            verb.act,
                            agent,
                            None,
                            subject,
                            v,
                            "verb-passive",
                            polarity,
                            report,
                            false,
                        );
                    }
                } else {
                    let s = self.content_np_left(v - 1);
                    // "the demands submitted by Russia" are demands, whatever the verb.
                    let act = self.atoms[v - 1].info.and_then(|w| w.noun_act).unwrap_or(verb.act);
                    self.push(
                        out,
                        act,
                        agent,
                        None,
                        Some((s, v)),
                        v,
                        "participle-by",
                        polarity,
                        report,
                        true,
                    );
                }
                return;
            }
        }
        if be_passive {
            return;
        }
        let Some(l) = left else { return };
        let la = self.atoms[l];
        // Gerunds: "… by seeking …", "is seeking" (the auxiliary is skipped).
        let aux_before = (between_start..v).any(|k| self.has(k, class::AUX | class::MODAL | class::HEDGE));
        if forms & form::GER != 0 && forms & (form::BASE | form::PAST | form::THIRD) == 0 && !aux_before {
            {
                // "adopted a resolution demanding that …": the document's author demands.
                let document = la.kind == AtomKind::Word
                    && la.is(class::HEAD)
                    && [
                        "resolution",
                        "statement",
                        "letter",
                        "declaration",
                        "communique",
                        "communiqué",
                        "note",
                        "document",
                        "decree",
                        "motion",
                    ]
                    .iter()
                    .any(|w| la.eq(w));
                if document && l + 1 == v {
                    if let Some(actor) = self.clause_subject_before(l) {
                        let polarity = self.polarity(l, v);
                        self.frames_and_push(
                            v,
                            after,
                            particle,
                            verb,
                            actor,
                            "verb-gerund-document",
                            polarity,
                            reports,
                            out,
                            false,
                        );
                    }
                } else if ["by", "while", "after", "before", "through"].iter().any(|w| la.eq(w)) {
                    if let Some(actor) = self.clause_subject_before(l) {
                        let polarity = self.polarity(l, v);
                        self.frames_and_push(
                            v,
                            after,
                            particle,
                            verb,
                            actor,
                            "verb-gerund",
                            polarity,
                            reports,
                            out,
                            true,
                        );
                    }
                }
                return;
            }
        }
        // Infinitives: "… to offer Moscow concrete steps".
        if la.eq("to") {
            let governed = l > 0 && {
                let g = self.atoms[l - 1];
                g.kind == AtomKind::Word && (g.text.ends_with("ing") || g.text.ends_with("ed"))
                    || g.info.is_some_and(|w| {
                        w.claim_verb.is_some()
                            || w.noun_act.is_some()
                            || w.class & class::READY != 0
                            || w.verb != 0
                            || w.class & (class::AUX | class::MODAL) != 0
                    })
                    || self.is_np_end(l - 1)
                    || g.kind != AtomKind::Word
                    || g.is(class::COORD)
            };
            if !governed {
                if let Some(actor) = self.clause_subject_before(l).filter(|a| !self.has(a.e, class::MODAL)) {
                    let polarity = self.polarity(l, v);
                    self.frames_and_push(
                        v,
                        after,
                        particle,
                        verb,
                        actor,
                        "verb-infinitive",
                        polarity,
                        reports,
                        out,
                        true,
                    );
                }
            }
            return;
        }
        if forms & (form::THIRD | form::PAST | form::BASE) == 0 && !aux_before {
            return;
        }
        if forms & (form::THIRD | form::PAST) == 0 && forms & form::BASE != 0 && !aux_before {
            // A bare base form is a verb only after a subject ("NATO and USA reject …") and
            // not when a verb follows ("the demand was …").
            if self.is_verbish(after) {
                return;
            }
        }
        let noun_then_verb = self.is_base_verb(after)
            && self.atoms.get(after).is_some_and(|a| a.info.is_some_and(|w| w.claim_verb.is_none()))
            && (self.has(after + 1, class::DET | class::PRON)
                || self.kind(after + 1) == Some(AtomKind::Number));
        if forms & form::THIRD != 0
            && !aux_before
            && (self.has(after, class::AUX | class::MODAL) || noun_then_verb)
        {
            return;
        }
        let Some((actor, rule)) = self.subject_of(v, reports) else { return };
        let polarity = self.polarity_before(v);
        self.frames_and_push(v, after, particle, verb, actor, rule, polarity, reports, out, false);
    }

    /// Reads addressee and content after a claim verb according to its frames.
    #[allow(clippy::too_many_arguments)]
    fn frames_and_push(
        &self,
        v: usize,
        mut k: usize,
        particle: Option<usize>,
        verb: &Verb,
        actor: Actor,
        rule: &'static str,
        polarity: (bool, bool),
        reports: &[Report],
        out: &mut Vec<Candidate>,
        secondary: bool,
    ) {
        let f = &verb.frames;
        let act = verb.act;
        let report = self.attribution(reports, v);
        if f.objto_only
            && !f.optional_particles.iter().any(|p| self.word(k, p))
            && !self.actor_starting_at(k).is_some_and(|ad| {
                self.word(ad.e, "to") || self.word(ad.e, "not") && self.word(ad.e + 1, "to")
            })
        {
            return;
        }
        if f.optional_particles.iter().any(|p| self.word(k, p)) {
            k += 1;
        }
        while self.is_ly_adverb(k) || self.has(k, class::ADV | class::TIME) && !self.word(k, "then") {
            k += 1;
        }
        let clause_over = k >= self.n()
            || matches!(
                self.atoms[k].kind,
                AtomKind::Terminal | AtomKind::Comma | AtomKind::Semicolon | AtomKind::Dash
            );
        if clause_over {
            // "the association of Serb municipalities, which the EU demands": the antecedent.
            if actor.s >= 2 && self.has(actor.s - 1, class::REL) && !self.word(actor.s - 1, "who") {
                let end =
                    if self.kind(actor.s - 2) == Some(AtomKind::Comma) { actor.s - 2 } else { actor.s - 1 };
                let start = self.content_np_left(end);
                if start < end {
                    self.push(
                        out,
                        act,
                        actor,
                        None,
                        Some((start, end)),
                        v,
                        "verb-object-relative",
                        polarity,
                        report,
                        secondary,
                    );
                }
            }
            return;
        }
        if act == Act::Propose && matches!(self.cue(k).map(|m| m.kind), Some(PhraseKind::NoClaimObject))
            || act == Act::Propose
                && self.has(k, class::DET)
                && matches!(self.cue(k + 1).map(|m| m.kind), Some(PhraseKind::NoClaimObject))
        {
            return;
        }
        // "Xi welcomed Putin to Beijing" is hosting, not accepting.
        if act == Act::Accept && self.lex_lemma_is(v, &["welcome", "welcomes", "welcomed", "welcoming"]) {
            if let Some(a) = self.actor_starting_at(k) {
                if matches!(a.who, Who::Person(_) | Who::Unknown)
                    || self.word(a.e, "to")
                    || self.word(a.e, "at")
                    || self.word(a.e, "in")
                {
                    return;
                }
            }
        }
        let particle_word = particle.map(|p| self.atoms[p]);
        let mut push_vp = |addressee: Option<Actor>, from: usize, vp: bool| {
            let (end, more) = self.clause_end(from, vp);
            let content = self.shape_content(act, from, end);
            self.push(out, act, actor, addressee, Some(content), v, rule, polarity, report, secondary);
            let mut next = more;
            let mut guard = 0;
            while let Some(start) = next {
                guard += 1;
                if guard > 4 {
                    break;
                }
                let (end2, more2) = self.clause_end(start, true);
                self.push(
                    out,
                    act,
                    actor,
                    addressee,
                    Some((start, end2)),
                    v,
                    "verb-coordinated-object",
                    polarity,
                    report,
                    secondary,
                );
                next = more2;
            }
        };
        // "call on/upon Y to/for …", "appeal to Y to …"
        if particle_word.is_some_and(|p| p.eq("on") || p.eq("upon") || p.eq("to")) {
            let addressee = self.actor_starting_at(k);
            let after = addressee.map_or_else(|| self.plain_np_end(k), |a| a.e);
            if self.word(after, "to") || self.word(after, "for") {
                let vp = self.word(after, "to");
                push_vp(addressee, after + 1, vp);
            } else {
                push_vp(addressee, after, false);
            }
            return;
        }
        // "call for …", "push for …": "for Y to …" names the addressee.
        if particle_word.is_some_and(|p| p.eq("for")) {
            if let Some(ad) = self.actor_starting_at(k) {
                if self.word(ad.e, "to") {
                    push_vp(Some(ad), k, false);
                    return;
                }
            }
            push_vp(None, k, false);
            return;
        }
        if f.that && self.word(k, "that") {
            // "demanded that NATO suspend …": the clause's subject is asked to act.
            let addressee = self.actor_starting_at(k + 1).filter(|a| {
                act == Act::Demand
                    && !matches!(a.who, Who::Unknown)
                    && (self.is_verbish(a.e) || self.is_base_verb(a.e) || self.has(a.e, class::MODAL))
            });
            push_vp(addressee, k + 1, false);
            return;
        }
        if act == Act::Reject
            && self.word(k, "to")
            && matches!(self.cue(k + 1).map(|m| m.kind), Some(PhraseKind::NoComment))
        {
            return;
        }
        if self.word(k, "to")
            && (f.to || f.particles.is_empty() && f.optional_particles.iter().any(|p| &**p == "to"))
        {
            let vp = self.is_base_verb(k + 1) || !self.has(k + 1, class::DET);
            push_vp(None, k + 1, vp);
            return;
        }
        if f.from && self.word(k, "from") {
            if let Some(ad) = self.actor_starting_at(k + 1) {
                push_vp(Some(ad), ad.e, false);
                return;
            }
        }
        if let Some(p) = f.preps.iter().find(|p| self.word(k, p)) {
            let _ = p;
            push_vp(None, k + 1, false);
            return;
        }
        if f.proposal_object {
            let has_proposal = (k..(k + 6).min(self.n()))
                .take_while(|&j| {
                    self.atoms[j].kind == AtomKind::Word && !self.atoms[j].is(class::PREP)
                        || self.atoms[j].kind == AtomKind::Number
                        || self.atoms[j].kind == AtomKind::Hyphen
                })
                .any(|j| {
                    self.has(j, class::PROPOSAL_NOUN)
                        || self.atoms[j].info.is_some_and(|w| w.noun_act.is_some())
                });
            if !has_proposal {
                return;
            }
        }
        // "accused the Europeans of double standards": an object that names no actor, then the frame.
        if !f.preps.is_empty() && self.actor_starting_at(k).is_none() {
            let e = self.plain_np_end(k);
            if let Some(j) = (k + 1..=e).find(|&j| f.preps.iter().any(|p| self.word(j, p))) {
                push_vp(None, j + 1, false);
                return;
            }
        }
        // "urge all parties to …": an object that names no actor, then the infinitive.
        if f.objto && self.actor_starting_at(k).is_none() {
            let e = self.plain_np_end(k);
            if e > k && self.word(e, "to") && self.is_base_verb(e + 1) {
                push_vp(None, e + 1, true);
                return;
            }
        }
        // An object phrase naming an actor: the addressee when a frame follows.
        if let Some(ad) = self.actor_starting_at(k) {
            let next = ad.e;
            if f.objto && self.word(next, "not") && self.word(next + 1, "to") {
                push_vp(Some(ad), next, true);
                return;
            }
            // Headlines: "US demands Russia release journalist".
            if act == Act::Demand
                && self.is_base_verb(next)
                && !self.has(next, class::HEAD | class::PROPOSAL_NOUN)
                && !matches!(ad.who, Who::Unknown)
            {
                push_vp(Some(ad), ad.s, false);
                return;
            }
            if f.objto
                && self.word(next, "to")
                && (self.is_base_verb(next + 1) || !self.has(next + 1, class::DET))
            {
                push_vp(Some(ad), next + 1, true);
                return;
            }
            if let Some(_p) = f.preps.iter().find(|p| self.word(next, p)) {
                push_vp(Some(ad), next + 1, false);
                return;
            }
            // "accused Chinese vessels of firing …": the side is named inside the object.
            let pe = self.plain_np_end(ad.s);
            if pe > next {
                if let Some(j) = (next..=pe).find(|&j| f.preps.iter().any(|p| self.word(j, p))) {
                    push_vp(Some(ad), j + 1, false);
                    return;
                }
            }
            if f.that && self.word(next, "that") {
                push_vp(Some(ad), next + 1, false);
                return;
            }
            if f.preps.iter().any(|p| &**p == "with") {
                let (end, _) = self.clause_end(next, false);
                if let Some(w) = (next..end).rev().find(|&j| self.word(j, "with")) {
                    self.push(
                        out,
                        act,
                        actor,
                        Some(ad),
                        Some((w + 1, end)),
                        v,
                        rule,
                        polarity,
                        report,
                        secondary,
                    );
                    return;
                }
                push_vp(Some(ad), next, false);
                return;
            }
            if act == Act::Propose
                && next < self.n()
                && (self.has(next, class::DET)
                    || self.atoms[next].kind == AtomKind::Number
                    || self.is_modifier_word(next))
            {
                push_vp(Some(ad), next, false);
                return;
            }
        }
        // "rejected as “absurd” accusations that …": the object follows the predicate.
        if self.word(k, "as") {
            let mut j = self.skip_quotes_from(k + 1);
            if self.atoms.get(j).is_some_and(|a| a.is_word()) {
                j = self.skip_quotes_from(j + 1);
                if self.has(j, class::DET)
                    || self.atoms.get(j).is_some_and(|a| a.is_word() && !a.is(class::PREP | class::COORD))
                {
                    push_vp(None, j, false);
                    return;
                }
            }
        }
        // "a charge New Delhi rejected as baseless": the object is the phrase before the subject.
        if self.word(k, "as") && actor.s > 0 && self.atoms[actor.s - 1].kind == AtomKind::Word {
            let s = self.content_np_left(actor.s);
            if s < actor.s {
                self.push(out, act, actor, None, Some((s, actor.s)), v, rule, polarity, report, secondary);
                return;
            }
        }
        push_vp(None, k, false);
    }

    fn is_modifier_word(&self, i: usize) -> bool {
        self.atoms.get(i).is_some_and(|a| {
            a.kind == AtomKind::Word && !a.cap && a.info.is_none_or(|w| w.class == 0 && w.verb == 0)
        })
    }

    /// Narrows a content: a threat's content is what the actor threatens with.
    fn shape_content(&self, act: Act, s: usize, e: usize) -> (usize, usize) {
        // "dismissed the proposal as absurd": the proposal is what is dismissed.
        if matches!(act, Act::Reject | Act::Deny | Act::Accuse) {
            if let Some(a) = (s + 1..e)
                .find(|&j| self.word(j, "as") && !self.word(j + 1, "well") && !self.word(j - 1, "such"))
            {
                // "as absurd", "as “patently false,” and …": a short predicate after "as".
                let mut j = self.skip_quotes_from(a + 1);
                let mut words = 0;
                while j < e && words < 3 && self.atoms[j].is_word() {
                    j = self.skip_quotes_from(j + 1);
                    words += 1;
                }
                if e - a <= 5 || words > 0 && (j >= e || self.kind(j) == Some(AtomKind::Comma)) {
                    return (s, a);
                }
            }
        }
        (s, e)
    }

    /// The noun phrase ending at `e` for a content ("the security demands"): determiners,
    /// modifiers, nouns, possessives.
    fn content_np_left(&self, e: usize) -> usize {
        let mut k = e;
        while k > 0 && e - k < 10 {
            let p = k - 1;
            let a = self.atoms[p];
            let ok = match a.kind {
                AtomKind::Word => {
                    (!a.is(class::PREP | class::COORD | class::SUB | class::REL | class::AUX | class::MODAL)
                        || a.eq("of") && k - 1 > 0 && k < e)
                        && a.info.is_none_or(|w| w.report == 0 && w.claim_verb.is_none())
                        || a.is(class::DET) && !a.eq("that")
                }
                AtomKind::Possessive | AtomKind::Hyphen | AtomKind::Number => true,
                _ => false,
            };
            if !ok {
                break;
            }
            k = p;
            if a.is(class::DET) {
                break;
            }
        }
        k
    }

    /// "made several demands on Y", "put forward a proposal", "expressed readiness for …".
    fn light_verb(&self, v: usize, reports: &[Report], out: &mut Vec<Candidate>) -> bool {
        let a = self.atoms[v];
        if a.mark != crate::atoms::NONE {
            return false;
        }
        let forms = a.info.map_or(0, |w| w.verb | w.claim_verb.map_or(0, |(_, f)| f));
        if forms & (form::THIRD | form::PAST) == 0 && !self.has(v.saturating_sub(1), class::AUX) {
            return false;
        }
        let mut k = v + 1;
        if ["forward", "out", "up"].iter().any(|w| self.word(k, w)) {
            k += 1;
        }
        let start = k;
        let mut noun = None;
        while k < self.n() && k - start < 7 {
            let x = self.atoms[k];
            if x.kind == AtomKind::Word
                && x.info.is_some_and(|w| w.noun_act.is_some())
                && x.mark == crate::atoms::NONE
            {
                noun = Some(k);
                // take the last of "security guarantee proposals"
                if self.atoms.get(k + 1).is_none_or(|y| y.info.is_none_or(|w| w.noun_act.is_none())) {
                    break;
                }
            } else if !(x.kind == AtomKind::Number
                || x.kind == AtomKind::Hyphen
                || x.kind == AtomKind::Word
                    && (x.is(class::DET) && !x.eq("that")
                        || self.is_modifier_word(k)
                        || self
                            .entity(k)
                            .is_some_and(|(kind, _)| kind == crate::lexicon::EntityKind::Demonym)))
            {
                break;
            }
            k += 1;
        }
        let Some(nn) = noun else { return false };
        let Some(act) = self.atoms[nn].info.and_then(|w| w.noun_act) else { return false };
        let Some((actor, _)) = self.subject_of(v, reports) else { return false };
        let polarity = self.polarity_before(v);
        let report = self.attribution(reports, v);
        let mut addressee = None;
        let mut content = (start, nn + 1);
        let after = nn + 1;
        if ["on", "to", "of"].iter().any(|w| self.word(after, w)) {
            addressee = self.actor_starting_at(after + 1);
            if let Some(ad) = addressee {
                if ["to", "for", "that"].iter().any(|w| self.word(ad.e, w)) {
                    let (end, _) = self.clause_end(ad.e + 1, false);
                    content = (ad.e + 1, end);
                }
            }
        } else if ["for", "that", "to"].iter().any(|w| self.word(after, w)) {
            let (end, _) = self.clause_end(after + 1, false);
            content = (after + 1, end);
        }
        self.push(out, act, actor, addressee, Some(content), v, "light-verb-noun", polarity, report, false);
        true
    }

    /// "at Russia’s request, …", "Iran’s rejection of …", "Russia’s demand for …".
    fn nominal_rule(&self, nn: usize, reports: &[Report], out: &mut Vec<Candidate>) {
        let Some(act) = self.atoms[nn].info.and_then(|w| w.noun_act) else { return };
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
        if nn < 2 || self.atoms[nn - 1].kind != AtomKind::Possessive {
            return;
        }
        let Some(owner) = self.actor_ending_at(nn - 2) else { return };
        if matches!(owner.who, Who::Unknown) {
            return;
        }
        let before = owner.s.checked_sub(1);
        let context_ok = before.is_none_or(|b| {
            let x = self.atoms[b];
            matches!(x.kind, AtomKind::Comma | AtomKind::OpenQuote | AtomKind::Colon)
                || ["at", "following", "upon", "on", "after"].iter().any(|w| x.eq(w))
        });
        if !context_ok {
            return;
        }
        let report = self.attribution(reports, nn);
        let at_request =
            before.is_some_and(|b| self.word(b, "at") || self.word(b, "upon") || self.word(b, "on"));
        if at_request {
            // "At Russia’s request, the US should …": the main clause is what was asked for.
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
        if ["for", "that", "to", "of", "on"].iter().any(|w| self.word(after, w)) {
            let (end, _) = self.clause_end(after + 1, false);
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

    /// "Y must/should …" in reported speech: a demand by the speaker on Y.
    fn modal_rule(&self, m: usize, m_end: usize, reports: &[Report], out: &mut Vec<Candidate>) {
        if (self.word(m, "need") || self.word(m, "needs")) && !self.word(m_end, "to") {
            return;
        }
        if self.word(m, "ought") && !self.word(m_end, "to") {
            return;
        }
        let Some(r) = self.report_at(reports, m) else { return };
        let Some(speaker) = reports[r].speaker else { return };
        let Some(left) = self.skip_left(m.checked_sub(1)) else { return };
        let la = self.atoms[left];
        if la.kind != AtomKind::Word
            || la.is(class::PRON) && (la.eq("we") || la.eq("i") || la.eq("it"))
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
        let start = self.clause_start(left);
        if start > left {
            return;
        }
        // The subject must be a noun phrase, not a verb ("… said should …").
        if self.atoms[left].mark == crate::atoms::NONE
            && self.atoms[left].info.is_some_and(|w| w.report != 0 || w.claim_verb.is_some())
        {
            return;
        }
        let addressee = self.actor_ending_at(left).filter(|a| a.s == start && !matches!(a.who, Who::Unknown));
        if addressee.is_some_and(|a| self.same_side(&a, &speaker)) {
            return;
        }
        let (end, _) = self.clause_end(m_end, false);
        let polarity = (false, self.polarity(m, m_end).1);
        self.push(
            out,
            Act::Demand,
            speaker,
            addressee,
            Some((start, end)),
            m,
            "reported-modal",
            polarity,
            Some(r),
            false,
        );
    }

    /// "it is necessary/crucial that …" in reported speech.
    fn necessary_rule(&self, n: usize, n_end: usize, reports: &[Report], out: &mut Vec<Candidate>) {
        let mut k = n;
        while k > 0
            && (self.has(k - 1, class::ADV)
                || self.is_ly_adverb(k - 1)
                || self.word(k - 1, "absolutely")
                || self.word(k - 1, "very"))
        {
            k -= 1;
        }
        if k < 2
            || !self.is_be(k - 1)
            || !(self.word(k - 2, "it") || self.word(k - 2, "is") && self.word(k - 3, "it"))
        {
            return;
        }
        if !(self.word(n_end, "that") || self.word(n_end, "to") || self.word(n_end, "for")) {
            return;
        }
        let Some(r) = self.report_at(reports, n) else { return };
        let Some(speaker) = reports[r].speaker else { return };
        let (end, _) = self.clause_end(n_end + 1, false);
        self.push(
            out,
            Act::Demand,
            speaker,
            None,
            Some((n_end + 1, end)),
            n,
            "reported-necessary",
            (false, false),
            Some(r),
            false,
        );
    }

    /// "X is unacceptable" in reported speech; "consider/call X unacceptable".
    fn unacceptable_rule(&self, u: usize, _u_end: usize, reports: &[Report], out: &mut Vec<Candidate>) {
        let mut k = u;
        let mut negated = false;
        while k > 0
            && (self.has(k - 1, class::ADV | class::NEG | class::HEDGE)
                || self.is_ly_adverb(k - 1)
                || self.kind(k - 1) == Some(AtomKind::Negation)
                || self.atoms[k - 1].is_quote()
                || self.word(k - 1, "as"))
        {
            negated |= self.has(k - 1, class::NEG) || self.kind(k - 1) == Some(AtomKind::Negation);
            k -= 1;
        }
        if k == 0 {
            return;
        }
        let p = k - 1;
        if self.is_be(p) || self.word(p, "remain") || self.word(p, "remains") {
            if self.word(p, "being") {
                return;
            }
            let Some(r) = self.report_at(reports, u) else { return };
            let Some(speaker) = reports[r].speaker else { return };
            let mut e = p;
            while e > 0
                && (self.has(e - 1, class::AUX | class::HEDGE | class::MODAL | class::NEG)
                    || self.is_ly_adverb(e - 1))
            {
                e -= 1;
            }
            let s = self.clause_start(e);
            if s >= e || e - s == 1 && (self.atoms[s].is(class::PRON | class::DET) || self.word(s, "this")) {
                return;
            }
            self.push(
                out,
                Act::Reject,
                speaker,
                None,
                Some((s, e)),
                u,
                "reported-unacceptable",
                (negated, false),
                Some(r),
                false,
            );
            return;
        }
        // "consider/call/deem X unacceptable"
        let lo = self.clause_start(p);
        for d in (lo..p).rev() {
            if self.has(d, class::DEEM) && !self.has(d, class::PREP) {
                let Some((actor, _)) = self.subject_of(d, reports) else { return };
                let polarity = self.polarity_before(d);
                let report = self.attribution(reports, d);
                self.push(
                    out,
                    Act::Reject,
                    actor,
                    None,
                    Some((d + 1, k)),
                    u,
                    "deem-unacceptable",
                    polarity,
                    report,
                    false,
                );
                return;
            }
        }
    }

    /// "X is (not) ready/willing/prepared to negotiate", "open to talks".
    fn ready_rule(&self, r: usize, reports: &[Report], out: &mut Vec<Candidate>) {
        let mut b = r;
        let mut negated = false;
        while b > 0
            && (self.has(b - 1, class::ADV | class::NEG)
                || self.is_ly_adverb(b - 1)
                || self.kind(b - 1) == Some(AtomKind::Negation))
        {
            negated |= self.has(b - 1, class::NEG) || self.kind(b - 1) == Some(AtomKind::Negation);
            b -= 1;
        }
        if b == 0
            || !(self.is_be(b - 1)
                || self.word(b - 1, "remain")
                || self.word(b - 1, "remains")
                || self.word(b - 1, "remained"))
        {
            return;
        }
        let (mut act, content_start) = if self.word(r + 1, "to") && self.is_base_verb(r + 2) {
            let w = r + 2;
            match self.atoms[w].info.and_then(|i| i.claim_verb) {
                Some((verb, _)) => {
                    let act = self.lex.verbs[verb as usize].act;
                    if act == Act::Accept {
                        (Act::Accept, w + 1)
                    } else {
                        (act, w + 1)
                    }
                }
                // "ready to negotiate" offers talks without accepting anything: implicit.
                None if self.has(w, class::READY_VERB) => (Act::Accept, w),
                None => return,
            }
        } else if (self.word(r + 1, "for") || self.word(r + 1, "to"))
            && !self.is_base_verb(r + 2)
            && !self.word(r, "prepared")
        {
            (Act::Accept, r + 2)
        } else {
            return;
        };
        let Some((actor, _)) = self.subject_of(b - 1, reports) else { return };
        let polarity = self.polarity_before(r);
        let (end, _) = self.clause_end(content_start, true);
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
            (false, true) => "ready-to",
            (false, false) => "ready-to-implicit",
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

    /// "X will not negotiate with Y", "would never recognise …": refusing to do what an
    /// acceptance would do is a rejection.
    fn will_not_rule(&self, v: usize, reports: &[Report], out: &mut Vec<Candidate>) {
        let mut k = v;
        let mut negated = false;
        while k > 0
            && (self.has(k - 1, class::NEG | class::ADV) || self.kind(k - 1) == Some(AtomKind::Negation))
        {
            negated |= self.has(k - 1, class::NEG) || self.kind(k - 1) == Some(AtomKind::Negation);
            k -= 1;
        }
        let modal =
            k > 0 && ["will", "would", "wo", "can", "could", "shall"].iter().any(|w| self.word(k - 1, w));
        let cannot = k > 0 && self.word(k - 1, "cannot");
        if !(negated && modal || cannot) {
            return;
        }
        let Some((actor, _)) = self.subject_of(v, reports) else { return };
        let (end, _) = self.clause_end(v + 1, true);
        let report = self.attribution(reports, v);
        let hedged = self.polarity_before(v).1;
        self.push(
            out,
            Act::Reject,
            actor,
            None,
            Some((v, end)),
            v,
            "will-not",
            (false, hedged),
            report,
            false,
        );
    }

    /// Drops secondary claims inside another claim's content, and duplicates.
    fn settle(&self, out: &mut Vec<Candidate>) {
        let mut keep = vec![true; out.len()];
        for (i, c) in out.iter().enumerate() {
            if c.secondary {
                let inside = out.iter().enumerate().any(|(j, d)| {
                    j != i
                        && !d.secondary
                        && d.trigger != c.trigger
                        && d.content.is_some_and(|(s, e)| s <= c.trigger && c.trigger < e)
                });
                if inside {
                    keep[i] = false;
                }
            }
            for (j, d) in out.iter().enumerate().take(i) {
                if keep[j] && d.act == c.act && d.actor.s == c.actor.s && d.content == c.content {
                    keep[i] = false;
                }
            }
        }
        let mut k = 0;
        out.retain(|_| {
            let r = keep[k];
            k += 1;
            r
        });
    }
}
