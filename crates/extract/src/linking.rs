//! Linking people to the side they speak for from the article itself ("NATO Secretary-General
//! Jens Stoltenberg" → NATO) and remembering them for later mentions.

use crate::atoms::AtomKind;
use crate::lexicon::{class, PhraseKind};
use crate::phrases::{Actor, Analyzer, Who};

impl Analyzer<'_, '_, '_> {
    /// Remembers the person an actor phrase names, for later "he" and office references.
    pub(crate) fn note_person(&mut self, actor: &Actor) {
        if let Who::Person(p) = actor.who {
            self.memory.last_person = Some(p);
        }
        if actor.s < actor.e && self.is_plural(actor) {
            self.memory.last_plural = Some(actor.who);
        }
    }

    /// Registers people introduced with their office in this sentence, and the last
    /// organisation mentioned.
    pub(crate) fn learn_people(&mut self) {
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
                    // "<side> <office> <Name Name>", "<side> <office>, <Name Name>,"
                    let comma = self.kind(m.end) == Some(AtomKind::Comma) && self.is_name(m.end + 1);
                    let first = if comma { m.end + 1 } else { m.end };
                    let mut e = first;
                    while e < n
                        && (self.is_name(e) || self.atoms[e].kind == AtomKind::Hyphen && self.is_name(e + 1))
                    {
                        e += 1;
                    }
                    let office = self.office_key(m.start, m.end);
                    if e > first
                        && (!comma || matches!(self.kind(e), Some(AtomKind::Comma | AtomKind::Terminal)))
                    {
                        let norm = self.side_before(m.start, scope);
                        let p = self.memory.register(self.atoms[e - 1].text, &office, &norm);
                        // "Lai Ching-te", "Xi Jinping": any part of the name finds the person
                        for k in first..e - 1 {
                            if self.is_name(k) && self.atoms[k].text.chars().count() >= 2 {
                                self.memory.alias(self.atoms[k].text, p);
                            }
                        }
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
                        let mut norm = self.side_before(m.start, scope);
                        // "<Name>, deputy chairman of Russia's Security Council,"
                        if !self.entity_before(m.start) {
                            if let Some(after) = self.side_after(m.end) {
                                norm = after;
                            }
                        }
                        let p = self.memory.register(self.atoms[s - 2].text, &office, &norm);
                        self.memory.last_person = Some(p);
                    }
                }
                _ => {}
            }
        }
    }

    /// Is a side named among the few words before an office?
    fn entity_before(&self, office_start: usize) -> bool {
        (office_start.saturating_sub(3)..office_start).any(|k| self.entity(k).is_some())
    }

    /// The side in "of <side>" right after an office ("chairman of Russia's Security Council",
    /// "head of the UN agency"), up to the end of the phrase.
    fn side_after(&self, office_end: usize) -> Option<String> {
        if !self.word(office_end, "of") {
            return None;
        }
        (office_end + 1..(office_end + 6).min(self.n()))
            .take_while(|&k| !matches!(self.atoms[k].kind, AtomKind::Comma | AtomKind::Terminal))
            .find_map(|k| self.entity(k))
            .map(|(_, id)| self.lex.norm(id).to_string())
    }

    /// The side named right before an office ("NATO", "Russian Deputy", "US President Joe
    /// Biden’s"); for an organisation's office without one, the last organisation mentioned.
    pub(crate) fn side_before(&self, office_start: usize, scope: crate::lexicon::Scope) -> String {
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
}
