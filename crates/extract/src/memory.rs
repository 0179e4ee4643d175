//! What an article has said so far about who speaks for whom: people introduced with a title
//! ("NATO Secretary-General Jens Stoltenberg"), and the last organisation and state mentioned.

/// A person introduced in the article.
#[derive(Debug, Clone)]
pub(crate) struct Person {
    /// The last word of the name, as written ("Stoltenberg").
    pub surname: String,
    /// The office, lowercase words joined by spaces ("secretary general"); empty when unknown.
    pub office: String,
    /// The state or organisation the person speaks for; empty when unknown.
    pub norm: String,
}

/// Article-level memory, reset for every article.
#[derive(Debug, Default)]
pub(crate) struct Memory {
    pub people: Vec<Person>,
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
        if let Some(i) = self.people.iter().position(|p| p.surname == surname) {
            let p = &mut self.people[i];
            if p.norm.is_empty() {
                p.norm = norm.to_string();
            }
            if p.office.is_empty() {
                p.office = office.to_string();
            }
            return i;
        }
        self.people.push(Person {
            surname: surname.to_string(),
            office: office.to_string(),
            norm: norm.to_string(),
        });
        self.people.len() - 1
    }

    pub fn by_surname(&self, surname: &str) -> Option<usize> {
        self.people.iter().rposition(|p| p.surname == surname)
    }

    /// The most recent person holding an office (compared without case, hyphens as spaces).
    pub fn by_office(&self, office: &str) -> Option<usize> {
        self.people.iter().rposition(|p| !p.office.is_empty() && p.office == office)
    }
}
