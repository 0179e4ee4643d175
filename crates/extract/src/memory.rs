//! What an article has said so far about who speaks for whom: people introduced with a title
//! ("NATO Secretary-General Jens Stoltenberg"), and the last organisation and state mentioned.

/// What the article has told about a person's gender, for "he" and "she".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Gender {
    Unknown,
    Male,
    Female,
}

/// Whether two full names of one surname may be one person: one's first word is among the
/// other's words ("Suu Kyi" in "Aung San Suu Kyi", "Jerrold" in "Rep. Jerrold Nadler"), or an
/// initial stands for it ("J. Nadler"). "Dana Whitlock" and "Harold P. Whitlock" may not.
pub(crate) fn may_be_one_person(a: &str, b: &str) -> bool {
    !a.contains(' ') || given_names_agree(a.split(' ').next().unwrap_or(""), a.split(' '), b)
}

/// [`may_be_one_person`] for a name given as its first word and all its words (atoms of a
/// sentence, with no copy): true when `known` is a single word, when the written first word is
/// among `known`'s words, or when `known`'s first word is among the written ones.
pub(crate) fn given_names_agree<'w>(
    written_first: &str,
    mut written: impl Iterator<Item = &'w str>,
    known: &str,
) -> bool {
    let known_first = known.split(' ').next().unwrap_or("");
    !known.contains(' ') || word_in(written_first, known) || written.any(|w| same_name_word(known_first, w))
}

/// Whether a name's word (or its initial) is among the words of another name.
fn word_in(word: &str, name: &str) -> bool {
    name.split(' ').any(|w| same_name_word(word, w))
}

/// Two words of names are the same, or one is the other's initial ("J." for "James").
fn same_name_word(a: &str, b: &str) -> bool {
    let (a, b) = (a.trim_end_matches('.'), b.trim_end_matches('.'));
    a == b || (a.len() == 1 || b.len() == 1) && a.get(..1) == b.get(..1)
}

/// A person introduced in the article (found by surname through [`Memory`]).
#[derive(Debug, Clone)]
pub(crate) struct Person {
    /// The fullest name the article has used ("Kurt Volker"), without titles; the surname
    /// when only that is known.
    pub name: String,
    /// The office, lowercase words joined by spaces ("secretary general"); empty when unknown.
    pub office: String,
    /// The state or organisation the person speaks for; empty when unknown.
    pub norm: String,
    pub gender: Gender,
    /// How often the article has named the person so far.
    pub mentions: u32,
}

/// Several actors named together ("Senator Warren and Congresswoman Ocasio-Cortez", "the
/// lawmakers"), for a later "they".
#[derive(Debug, Clone)]
pub(crate) struct Group {
    /// The phrase that named them.
    pub name: String,
    /// The sides behind them, `"; "`-joined; empty when unknown.
    pub norm: String,
}

/// A person named in a sentence, for resolving later pronouns.
#[derive(Debug, Clone, Copy)]
struct Sighting {
    person: usize,
    sentence: u32,
    atom: u32,
    /// The name is the subject of its clause.
    subject: bool,
    /// The name is inside a quotation.
    quoted: bool,
}

/// How many recent sightings of people are kept for pronouns.
const SIGHTINGS: usize = 32;
/// How many sentences back "they" may look for the parties it names.
const THEY_REACH: u32 = 3;

/// How many sentences a statement's author is remembered for "the statement said".
const DOCUMENT_REACH: u32 = 6;
/// How many sentences back a pronoun may look for its person.
const PRONOUN_REACH: u32 = 8;

/// Article-level memory, reset for every article.
#[derive(Debug, Default)]
pub(crate) struct Memory {
    pub people: Vec<Person>,
    /// Surname → index into `people`, so lookups stay constant-time in long articles.
    by_surname:
        std::collections::HashMap<String, usize, std::hash::BuildHasherDefault<crate::lexicon::WordHasher>>,
    /// Office → index of its latest holder.
    by_office: std::collections::HashMap<String, usize>,
    /// Index of the person most recently acting as a claim's actor or speaker.
    pub last_person: Option<usize>,
    /// The organisation the article mentions most (a norm id); ties go to the latest.
    pub last_org: Option<u32>,
    /// The latest company the article names that the lexicon does not know ("Acme Mining
    /// Corp."), as a group whose norm is its name, for "the company".
    pub company: Option<u32>,
    /// The latest organisation the lexicons do not know that the article named as a subject
    /// ("Amnesty International said …"), as a group whose norm is its name, for "the group".
    pub organisation: Option<u32>,
    /// The latest union the article named ("the Writers Guild of America", "the United Auto
    /// Workers union"), as a group whose norm is its name, for "the union".
    pub union: Option<u32>,
    /// Mentions per organisation so far.
    org_counts: Vec<(u32, u32)>,
    /// Mentions per state so far.
    state_counts: Vec<(u32, u32)>,
    /// The last actor phrase naming several parties ("the three European powers"), for "they",
    /// and the sentence it was named in; see [`Memory::set_plural`] and [`Memory::plural`].
    last_plural: Option<(crate::phrases::Who, u32)>,
    /// The latest plural named before the current sentence, for a "they" that cannot be a
    /// party named earlier in its own sentence ("Pressed by A and B, they refused").
    earlier_plural: Option<(crate::phrases::Who, u32)>,
    /// The kind of actor the latest plural was ("the police"), when its words said.
    last_plural_role: Option<crate::model::Role>,
    /// Groups of actors named together, found through [`crate::phrases::Who::Group`].
    pub groups: Vec<Group>,
    /// Two people of one surname have been named ("Owen Calder", "Ruth Calder"): only
    /// then does finding a person by surname ask for the given name or title.
    namesakes: bool,
    /// The number of the sentence being read.
    sentence: u32,
    /// The latest states and organisations named (norm id, sentence, atom), oldest first, for
    /// "it".
    entities: std::collections::VecDeque<(u32, u32, u32)>,
    /// The latest people named, oldest first (at most [`SIGHTINGS`]).
    sightings: std::collections::VecDeque<Sighting>,
    /// Who last spoke in a sentence naming a statement or letter, and that sentence: the
    /// author "the letter stated" speaks for later.
    document_author: Option<(crate::phrases::Actor, u32)>,
    /// Who last brought a legal document ("filed a lawsuit"): whom a later "the lawsuit says"
    /// speaks for, however far on (a lawsuit is what such an article is about).
    legal_filer: Option<crate::phrases::Actor>,
    /// The group and the sentence of the latest first speaker or claimant that was a group the
    /// article does not name ("The union said …"): a sentence-initial "It" right after it is
    /// that group.
    unnamed_group_subject: Option<(u32, u32)>,
    /// The side of the latest institution named with one, per head noun ("Chile's defence
    /// ministry" → ("ministry", Chile)), for a later "the ministry".
    institutions: Vec<(Box<str>, u32)>,
}

impl Memory {
    pub fn clear(&mut self) {
        self.people.clear();
        self.by_surname.clear();
        self.namesakes = false;
        self.by_office.clear();
        self.last_person = None;
        self.last_org = None;
        self.company = None;
        self.union = None;
        self.institutions.clear();
        self.org_counts.clear();
        self.state_counts.clear();
        self.last_plural = None;
        self.earlier_plural = None;
        self.last_plural_role = None;
        self.groups.clear();
        self.sentence = 0;
        self.entities.clear();
        self.sightings.clear();
        self.document_author = None;
        self.legal_filer = None;
        self.unnamed_group_subject = None;
    }

    /// Notes `name` ("the union") as the current sentence's first speaker or claimant, a group
    /// the article does not name.
    pub fn note_unnamed_group_subject(&mut self, name: String) {
        let id = self.group_named(name, String::new());
        self.unnamed_group_subject = Some((id, self.sentence));
    }

    /// The group the sentence before this one opened with, when the article does not name it.
    pub fn unnamed_group_subject_before(&self) -> Option<u32> {
        self.unnamed_group_subject.filter(|&(_, at)| at + 1 == self.sentence).map(|(id, _)| id)
    }

    /// Notes `filer` as the one who brought the legal document the current sentence names.
    pub fn note_legal_filer(&mut self, filer: crate::phrases::Actor) {
        self.legal_filer = Some(filer);
    }

    /// Who brought the legal document a definite "the lawsuit"/"the complaint" refers to.
    pub fn legal_filer(&self) -> Option<crate::phrases::Actor> {
        self.legal_filer
    }

    /// Notes `author` as the one whose statement or letter the current sentence names ("In a
    /// letter, the lawmakers slammed …").
    pub fn note_document_author(&mut self, author: crate::phrases::Actor) {
        self.document_author = Some((author, self.sentence));
    }

    /// The author a definite "the letter"/"the statement" refers to: the latest one noted,
    /// within a few sentences.
    pub fn document_author(&self) -> Option<crate::phrases::Actor> {
        self.document_author.filter(|&(_, at)| self.sentence - at <= DOCUMENT_REACH).map(|(author, _)| author)
    }

    /// The author of a statement or letter the sentence just before named, for an "It" opening
    /// this one ("… sent a letter to the council. It demanded …").
    pub fn document_author_just_before(&self) -> Option<crate::phrases::Actor> {
        self.document_author.filter(|&(_, at)| self.sentence == at + 1).map(|(author, _)| author)
    }

    /// Remembers a group named together as the latest plural, for "they"; returns its index.
    /// Remembers a company the lexicon does not know, named in full ("Acme Mining Corp."): a
    /// later "the company" is it, known by its name.
    pub fn add_company(&mut self, name: String) -> u32 {
        let id = self.group_named(name.clone(), name);
        self.company = Some(id);
        id
    }

    /// The company or organisation of the article named `name`, if one was learnt.
    pub fn group_by_name(&self, name: &str) -> Option<u32> {
        self.groups.iter().position(|g| g.name == name).map(|i| i as u32)
    }

    /// An organisation the lexicons do not know, named as a subject, for a later "the group".
    pub fn add_organisation(&mut self, name: String) -> u32 {
        let id = self.group_named(name.clone(), name);
        self.organisation = Some(id);
        id
    }

    /// A union the lexicons do not know, named in full, for a later "the union".
    pub fn add_union(&mut self, name: String) -> u32 {
        let id = self.group_named(name.clone(), name);
        self.union = Some(id);
        id
    }

    pub fn add_group(&mut self, name: String, norm: String, role: Option<crate::model::Role>) -> u32 {
        let id = self.group_named(name, norm);
        self.set_plural(crate::phrases::Who::Group(id), role);
        id
    }

    /// The group named by `name`: the same phrase again is the same group (its first norm kept).
    fn group_named(&mut self, name: String, norm: String) -> u32 {
        match self.groups.iter().position(|g| g.name == name) {
            Some(i) => i as u32,
            None => {
                self.groups.push(Group { name, norm });
                (self.groups.len() - 1) as u32
            }
        }
    }

    /// Remembers the latest actor naming several parties.
    pub fn set_plural(&mut self, who: crate::phrases::Who, role: Option<crate::model::Role>) {
        if let Some(last) = self.last_plural.filter(|&(_, at)| at < self.sentence) {
            self.earlier_plural = Some(last);
        }
        self.last_plural = Some((who, self.sentence));
        self.last_plural_role = role;
    }

    /// The actor "they" refers to: the latest one naming several parties, within a few
    /// sentences.
    pub fn plural(&self) -> Option<crate::phrases::Who> {
        self.last_plural.filter(|&(_, at)| self.sentence - at <= THEY_REACH).map(|(who, _)| who)
    }

    /// The kind of actor the latest plural was, when its words said ("the police").
    pub fn plural_role(&self) -> Option<crate::model::Role> {
        self.last_plural_role
    }

    /// Like [`plural`](Self::plural), leaving out parties named in the current sentence.
    pub fn plural_before_this_sentence(&self) -> Option<crate::phrases::Who> {
        [self.last_plural, self.earlier_plural]
            .into_iter()
            .flatten()
            .find(|&(_, at)| at < self.sentence && self.sentence - at <= THEY_REACH)
            .map(|(who, _)| who)
    }

    /// Moves on to the next sentence.
    pub fn next_sentence(&mut self) {
        self.sentence += 1;
    }

    /// Notes that `person` is named at `atom` of the current sentence (inside a quotation when
    /// `quoted`).
    pub fn sighted(&mut self, person: usize, atom: usize, subject: bool, quoted: bool) {
        if self.sightings.len() == SIGHTINGS {
            self.sightings.pop_front();
        }
        if let Some(p) = self.people.get_mut(person) {
            p.mentions += 1;
        }
        self.sightings.push_back(Sighting {
            person,
            sentence: self.sentence,
            atom: atom as u32,
            subject,
            quoted,
        });
    }

    /// The person "he" (`female` false) or "she" at `atom` of the current sentence refers to:
    /// the nearest fitting person named earlier in the same sentence ("Trump said he …"), else
    /// the subject of the closest earlier sentence that names one, else the first person named
    /// there. A person of unknown gender fits either pronoun. A pronoun outside quotation marks
    /// does not refer to a name inside the same sentence's quotation ("“… Chairman Steele …,” he
    /// said").
    pub fn resolve_pronoun(&self, female: bool, atom: usize, quoted: bool) -> Option<usize> {
        let fits = |p: usize| match self.people[p].gender {
            Gender::Unknown => true,
            Gender::Male => !female,
            Gender::Female => female,
        };
        let here = self.sightings.iter().rev().find(|s| {
            s.sentence == self.sentence && (s.atom as usize) < atom && (quoted || !s.quoted) && fits(s.person)
        });
        if let Some(s) = here {
            return Some(s.person);
        }
        let mut best: Option<(u32, bool, u32, usize)> = None;
        for s in self.sightings.iter().filter(|s| s.sentence < self.sentence && fits(s.person)) {
            let distance = self.sentence - s.sentence;
            if distance > PRONOUN_REACH {
                continue;
            }
            // Closer sentences first, then subjects, then the earlier name in the sentence.
            // (Preferring a person whose gender is known to fit over a closer one whose gender
            // is unknown was tried, and picked the wrong person more often in real articles.)
            let key = (distance, !s.subject, s.atom, s.person);
            if best.is_none_or(|b| (key.0, key.1, key.2) < (b.0, b.1, b.2)) {
                best = Some(key);
            }
        }
        best.map(|b| b.3)
    }

    /// Whether every sighting of `person` is in the current sentence after `atom`: a pronoun
    /// before the name cannot refer to it ("she explained why congressman Weiner should resign").
    pub fn named_only_after(&self, person: usize, atom: usize) -> bool {
        let mut seen = false;
        for s in self.sightings.iter().filter(|s| s.person == person) {
            if s.sentence != self.sentence || s.atom as usize <= atom {
                return false;
            }
            seen = true;
        }
        seen
    }

    /// Records what a pronoun told about a person whose gender was unknown.
    pub fn learn_gender(&mut self, person: usize, female: bool) {
        if let Some(p) = self.people.get_mut(person) {
            if p.gender == Gender::Unknown {
                p.gender = if female { Gender::Female } else { Gender::Male };
            }
        }
    }

    /// Notes that an institution with this head noun ("ministry", lower case) was named with
    /// the side `id`; the latest naming wins.
    pub fn note_institution(&mut self, head: &str, id: u32) {
        match self.institutions.iter_mut().find(|(h, _)| &**h == head) {
            Some((_, side)) => *side = id,
            None => self.institutions.push((head.into(), id)),
        }
    }

    /// The side of the latest institution named with this head noun (any case).
    pub fn institution(&self, head: &str) -> Option<u32> {
        self.institutions.iter().find(|(h, _)| h.eq_ignore_ascii_case(head)).map(|&(_, id)| id)
    }

    /// Notes a state or organisation named at `atom` of the current sentence, for a later "it".
    pub fn named_entity(&mut self, id: u32, atom: usize) {
        if self.entities.len() == SIGHTINGS {
            self.entities.pop_front();
        }
        self.entities.push_back((id, self.sentence, atom as u32));
    }

    /// The state or organisation "it" at `atom` refers to: the last one named before it in the
    /// same sentence ("While China needs …, it has balked"). Further back "it" is as often a
    /// company or a thing.
    pub fn entity_for_it(&self, atom: usize) -> Option<u32> {
        self.entities
            .iter()
            .rev()
            .find(|&&(_, sentence, at)| sentence == self.sentence && (at as usize) < atom)
            .map(|&(id, _, _)| id)
    }

    /// The state or organisation named as a subject in the sentence before this one, the
    /// latest if several: who a sentence-initial "It said" speaks for.
    pub fn subject_entity_before(&self) -> Option<u32> {
        self.entities
            .iter()
            .rev()
            .find(|&&(_, sentence, _)| sentence + 1 == self.sentence)
            .map(|&(id, _, _)| id)
    }

    /// Counts a mention of a state (by name, demonym or seat).
    pub fn mention_state(&mut self, id: u32) {
        match self.state_counts.iter_mut().find(|(o, _)| *o == id) {
            Some((_, c)) => *c += 1,
            None => self.state_counts.push((id, 1)),
        }
    }

    /// The most mentioned state so far whose norm the predicate accepts ("the North" of an
    /// article on the Koreas is the North Korea it names).
    pub fn mentioned_state(&self, accept: impl Fn(u32) -> bool) -> Option<u32> {
        self.state_counts.iter().filter(|&&(id, _)| accept(id)).max_by_key(|&&(_, c)| c).map(|&(id, _)| id)
    }

    /// The state the article is mostly about: at least two mentions and twice as many as any
    /// other state so far.
    pub fn main_state(&self) -> Option<u32> {
        let &(id, best) = self.state_counts.iter().max_by_key(|(_, c)| *c)?;
        let second = self.state_counts.iter().filter(|(o, _)| *o != id).map(|(_, c)| *c).max().unwrap_or(0);
        (best >= 2 && best >= 2 * second).then_some(id)
    }

    /// Counts a mention of an organisation; the most mentioned one is the article's default
    /// side for an organisation's office named without it ("Secretary General Jens Stoltenberg").
    pub fn mention_org(&mut self, id: u32) {
        let count = match self.org_counts.iter_mut().find(|(o, _)| *o == id) {
            Some((_, c)) => {
                *c += 1;
                *c
            }
            None => {
                self.org_counts.push((id, 1));
                1
            }
        };
        let best =
            self.last_org.and_then(|o| self.org_counts.iter().find(|(x, _)| *x == o)).map_or(0, |(_, c)| *c);
        if count >= best {
            self.last_org = Some(id);
        }
    }

    /// Adds or updates a person known by `name` (the full name, or the surname alone); returns
    /// its index.
    pub fn register(&mut self, name: &str, surname: &str, office: &str, norm: &str) -> usize {
        // ("Azhar Mashwani", then "Hammad Azhar": a full name whose surname is only another
        // person's given name, an alias, is someone else)
        let aliased_given_name = |p: &Person| {
            name.contains(' ')
                && p.name.contains(' ')
                && !p.name.ends_with(surname)
                && p.name.split(' ').next() == Some(surname)
        };
        // ("Dana Whitlock" and "Harold P. Whitlock", "Owen Calder" and "Ruth Calder": two
        // full names with one surname and other given names are two people)
        let same_person = |p: &Person| may_be_one_person(name, &p.name);
        let known = self.by_surname.get(surname).copied().filter(|&i| !aliased_given_name(&self.people[i]));
        let known = match known {
            Some(i) if !same_person(&self.people[i]) => self
                .people
                .iter()
                .position(|p| p.name.ends_with(surname) && p.name.contains(' ') && same_person(p)),
            known => known,
        };
        let i = match known {
            Some(i) => {
                let p = &mut self.people[i];
                if p.norm.is_empty() {
                    p.norm = norm.to_string();
                }
                if p.office.is_empty() {
                    p.office = office.to_string();
                }
                if name.len() > p.name.len() {
                    p.name = name.to_string();
                }
                // (the one named last is who the bare surname means now)
                if self.by_surname.get(surname) != Some(&i) {
                    self.by_surname.insert(surname.to_string(), i);
                }
                i
            }
            None => {
                self.namesakes |= self.by_surname.contains_key(surname);
                self.people.push(Person {
                    name: name.to_string(),
                    office: office.to_string(),
                    norm: norm.to_string(),
                    gender: Gender::Unknown,
                    mentions: 0,
                });
                self.by_surname.insert(surname.to_string(), self.people.len() - 1);
                self.people.len() - 1
            }
        };
        if !office.is_empty() {
            self.by_office.insert(office.to_string(), i);
        }
        i
    }

    /// Lets another part of a person's name find them.
    pub fn alias(&mut self, name: &str, person: usize) {
        if !self.by_surname.contains_key(name) {
            self.by_surname.insert(name.to_string(), person);
        }
    }

    pub fn by_surname(&self, surname: &str) -> Option<usize> {
        self.by_surname.get(surname).copied()
    }

    /// Whether two people of one surname have been named in the article.
    pub fn has_namesakes(&self) -> bool {
        self.namesakes
    }

    /// The person a surname means, given what else is written with it: a given name ("Dana
    /// Whitlock" after "Harold P. Whitlock") or a gendered title ("Mrs. Calder" after "Governor
    /// Owen Calder"). The one named last that fits, else whom the surname alone means.
    /// (Callers need to work out the given name and title only when
    /// [`has_namesakes`](Self::has_namesakes).)
    pub fn by_name(&self, surname: &str, given: Option<&str>, gender: Gender) -> Option<usize> {
        let latest = self.by_surname(surname)?;
        // (as `may_be_one_person` with the name written as given name and surname)
        let given_fits = |p: &Person| {
            given.is_none_or(|g| {
                given_names_agree(g, std::iter::once(g), &p.name) || p.name.split(' ').next() == Some(surname)
            })
        };
        // (a person whose gender is known to match comes before one whose gender is unknown)
        let exact = |p: &Person| given_fits(p) && (gender == Gender::Unknown || p.gender == gender);
        let loose = |p: &Person| given_fits(p) && (p.gender == Gender::Unknown || p.gender == gender);
        let named = |p: &Person| {
            p.name.len() > surname.len()
                && p.name.ends_with(surname)
                && p.name[..p.name.len() - surname.len()].ends_with(' ')
        };
        if exact(&self.people[latest]) {
            return Some(latest);
        }
        let found = self
            .people
            .iter()
            .rposition(|p| named(p) && exact(p))
            .or_else(|| loose(&self.people[latest]).then_some(latest))
            .or_else(|| self.people.iter().rposition(|p| named(p) && loose(p)));
        Some(found.unwrap_or(latest))
    }

    /// The person holding an office (lowercase words joined by spaces) whom the article names
    /// most, the latest of them on a tie: in a story about one president, "the president" is
    /// that one even after another president is named in passing.
    pub fn by_office(&self, office: &str) -> Option<usize> {
        if let Some(&i) = self.by_office.get(office) {
            let best = self
                .people
                .iter()
                .enumerate()
                .filter(|(_, p)| p.office == office)
                .max_by_key(|&(k, p)| (p.mentions, k))
                .map(|(k, _)| k);
            return best.filter(|&b| self.people[b].mentions > self.people[i].mentions).or(Some(i));
        }
        // "the minister" after "the Brazilian foreign minister Mauro Vieira"
        self.by_office
            .iter()
            .filter(|(o, _)| {
                o.ends_with(office) && o.as_bytes().get(o.len() - office.len() - 1) == Some(&b' ')
            })
            .map(|(_, &i)| i)
            .max()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn people_are_found_by_surname_and_office() {
        let mut m = Memory::default();
        let p = m.register("Stoltenberg", "Stoltenberg", "secretary general", "NATO");
        assert_eq!(m.by_surname("Stoltenberg"), Some(p));
        assert_eq!(m.by_office("secretary general"), Some(p));
        // A later mention fills in what was unknown, and does not overwrite what was known.
        let q = m.register("Peskov", "Peskov", "", "");
        m.register("Dmitry Peskov", "Peskov", "spokesman", "Russia");
        m.register("Peskov", "Peskov", "", "Ukraine");
        assert_eq!(m.people[q].norm, "Russia");
        assert_eq!(m.people[q].name, "Dmitry Peskov");
        assert_eq!(m.by_office("spokesman"), Some(q));
    }

    #[test]
    fn two_given_names_with_one_surname_are_two_people() {
        let mut m = Memory::default();
        let a = m.register("Ruth Calder", "Calder", "", "Labour");
        let b = m.register("Owen Calder", "Calder", "", "");
        assert_ne!(a, b);
        assert_eq!(m.people[b].norm, "");
        // the bare surname means the one named last; the full name, or an initial, finds each
        assert_eq!(m.by_surname("Calder"), Some(b));
        assert_eq!(m.register("Ruth J. Calder", "Calder", "", ""), a);
        assert_eq!(m.by_surname("Calder"), Some(a));
        assert_eq!(m.register("O. Calder", "Calder", "", ""), b);
        assert_eq!(m.register("Calder", "Calder", "", ""), b);
        assert_eq!(m.people.len(), 2);
    }

    #[test]
    fn an_office_goes_to_its_most_named_holder() {
        let mut m = Memory::default();
        let a = m.register("Dan Hope", "Hope", "president", "");
        m.sighted(a, 0, true, false);
        m.sighted(a, 3, true, false);
        let b = m.register("Ivan Petrov", "Petrov", "president", "Russia");
        m.sighted(b, 5, false, false);
        assert_eq!(m.by_office("president"), Some(a));
        m.sighted(b, 7, true, false);
        m.sighted(b, 9, true, false);
        // a tie goes to the latest
        assert_eq!(m.by_office("president"), Some(b));
    }

    #[test]
    fn pronouns_prefer_this_sentence_then_the_last_subject_of_their_gender() {
        let mut m = Memory::default();
        let braun = m.register("Scooter Braun", "Braun", "", "");
        let swift = m.register("Taylor Swift", "Swift", "", "");
        m.people[swift].gender = Gender::Female;
        m.sighted(swift, 0, true, false);
        m.sighted(braun, 5, false, false);
        m.next_sentence();
        // "He …": the subject of the last sentence is a woman, so the man named after her.
        assert_eq!(m.resolve_pronoun(false, 0, false), Some(braun));
        assert_eq!(m.resolve_pronoun(true, 0, false), Some(swift));
        // "Braun said he …": the nearest fitting name in the same sentence; once "he" has
        // named him, "she" no longer can.
        m.learn_gender(braun, false);
        m.sighted(braun, 0, true, false);
        assert_eq!(m.resolve_pronoun(false, 3, false), Some(braun));
        assert_eq!(m.resolve_pronoun(true, 3, false), Some(swift));
        // Too far back, nobody.
        for _ in 0..=PRONOUN_REACH {
            m.next_sentence();
        }
        assert_eq!(m.resolve_pronoun(true, 0, false), None);
    }

    #[test]
    fn the_main_state_needs_a_clear_lead() {
        let mut m = Memory::default();
        m.mention_state(1);
        assert_eq!(m.main_state(), None);
        m.mention_state(1);
        m.mention_state(2);
        assert_eq!(m.main_state(), Some(1));
        m.mention_state(2);
        assert_eq!(m.main_state(), None);
    }
}
