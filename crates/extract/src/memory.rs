//! What an article has said so far about who speaks for whom: people introduced with a title
//! ("NATO Secretary-General Jens Stoltenberg"), and the last organisation and state mentioned.

/// A person introduced in the article (found by surname through [`Memory`]).
#[derive(Debug, Clone)]
pub(crate) struct Person {
    /// The office, lowercase words joined by spaces ("secretary general"); empty when unknown.
    pub office: String,
    /// The state or organisation the person speaks for; empty when unknown.
    pub norm: String,
}

/// Article-level memory, reset for every article.
#[derive(Debug, Default)]
pub(crate) struct Memory {
    pub people: Vec<Person>,
    /// Surname → index into `people`, so lookups stay constant-time in long articles.
    by_surname: std::collections::HashMap<String, usize>,
    /// Office → index of its latest holder.
    by_office: std::collections::HashMap<String, usize>,
    /// Index of the person most recently acting as a claim's actor or speaker.
    pub last_person: Option<usize>,
    /// The organisation the article mentions most (a norm id); ties go to the latest.
    pub last_org: Option<u32>,
    /// Mentions per organisation so far.
    org_counts: Vec<(u32, u32)>,
    /// Mentions per state so far.
    state_counts: Vec<(u32, u32)>,
    /// The last actor phrase naming several parties ("the three European powers"), for "they".
    pub last_plural: Option<crate::phrases::Who>,
}

impl Memory {
    pub fn clear(&mut self) {
        self.people.clear();
        self.by_surname.clear();
        self.by_office.clear();
        self.last_person = None;
        self.last_org = None;
        self.org_counts.clear();
        self.state_counts.clear();
        self.last_plural = None;
    }

    /// Counts a mention of a state (by name, demonym or seat).
    pub fn mention_state(&mut self, id: u32) {
        match self.state_counts.iter_mut().find(|(o, _)| *o == id) {
            Some((_, c)) => *c += 1,
            None => self.state_counts.push((id, 1)),
        }
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

    /// Adds or updates a person; returns its index.
    pub fn register(&mut self, surname: &str, office: &str, norm: &str) -> usize {
        let i = match self.by_surname.get(surname) {
            Some(&i) => {
                let p = &mut self.people[i];
                if p.norm.is_empty() {
                    p.norm = norm.to_string();
                }
                if p.office.is_empty() {
                    p.office = office.to_string();
                }
                i
            }
            None => {
                self.people.push(Person { office: office.to_string(), norm: norm.to_string() });
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
        self.by_surname.entry(name.to_string()).or_insert(person);
    }

    pub fn by_surname(&self, surname: &str) -> Option<usize> {
        self.by_surname.get(surname).copied()
    }

    /// The most recent person holding an office (lowercase words joined by spaces).
    pub fn by_office(&self, office: &str) -> Option<usize> {
        if let Some(&i) = self.by_office.get(office) {
            return Some(i);
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
        let p = m.register("Stoltenberg", "secretary general", "NATO");
        assert_eq!(m.by_surname("Stoltenberg"), Some(p));
        assert_eq!(m.by_office("secretary general"), Some(p));
        // A later mention fills in what was unknown, and does not overwrite what was known.
        let q = m.register("Peskov", "", "");
        m.register("Peskov", "spokesman", "Russia");
        m.register("Peskov", "", "Ukraine");
        assert_eq!(m.people[q].norm, "Russia");
        assert_eq!(m.by_office("spokesman"), Some(q));
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
