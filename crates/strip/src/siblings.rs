//! Corpus mode: lines that recur across pages of one outlet are site chrome.

use crate::hash::{HashedMap, IdentityHasher};
use crate::lines::split_lines;
use std::collections::HashSet;
use std::hash::BuildHasherDefault;

/// Counts, for each line text, how many pages of one outlet contain it.
///
/// Build it from sibling pages (other articles scraped from the same site) and pass it to
/// [`crate::Stripper::strip_with_siblings`]: a line found on at least [`SiblingIndex::min_pages`]
/// pages (the page being stripped included) is treated as site chrome. Lines are compared
/// ignoring case, punctuation and spacing. A page that is itself in the index is recognised and
/// counted once.
///
/// ```
/// use newsclaim_strip::SiblingIndex;
/// let pages = ["Menu\nFirst story text.", "Menu\nSecond story text."];
/// let index = SiblingIndex::from_pages(pages);
/// assert_eq!(index.page_count("menu"), 2);
/// assert_eq!(index.page_count("First story text."), 1);
/// ```
#[derive(Debug, Clone, Default)]
pub struct SiblingIndex {
    counts: HashedMap<u32>,
    pages: HashSet<u64, BuildHasherDefault<IdentityHasher>>,
    page_total: usize,
    min_pages: usize,
}

/// Fingerprint of a whole page, to recognise it when it is stripped later.
fn page_fingerprint(page: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in page.as_bytes() {
        h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
    }
    h
}

impl SiblingIndex {
    /// Indexes the lines of each page.
    pub fn from_pages<'a, I: IntoIterator<Item = &'a str>>(pages: I) -> SiblingIndex {
        let mut index = SiblingIndex { min_pages: 2, ..SiblingIndex::default() };
        for page in pages {
            index.add_page(page);
        }
        index
    }

    /// Adds one more page.
    pub fn add_page(&mut self, page: &str) {
        let mut seen: HashSet<u64, BuildHasherDefault<IdentityHasher>> = HashSet::default();
        for line in split_lines(page) {
            let key = crate::hash::line_key(&page[line.start..line.end]);
            if key != 0 && seen.insert(key) {
                *self.counts.entry(key).or_insert(0) += 1;
            }
        }
        self.pages.insert(page_fingerprint(page));
        self.page_total += 1;
    }

    /// Sets how many pages (the stripped one included) must contain a line for it to count as
    /// chrome; at least 2. The default is 2.
    #[must_use]
    pub fn with_min_pages(mut self, pages: usize) -> SiblingIndex {
        self.min_pages = pages.max(2);
        self
    }

    /// How many pages must contain a line for it to count as chrome.
    pub fn min_pages(&self) -> usize {
        self.min_pages.max(2)
    }

    /// Number of pages indexed.
    pub fn pages(&self) -> usize {
        self.page_total
    }

    /// Number of indexed pages that contain `line` (compared ignoring case and punctuation).
    pub fn page_count(&self, line: &str) -> usize {
        self.count(crate::hash::line_key(line)) as usize
    }

    pub(crate) fn count(&self, key: u64) -> u32 {
        self.counts.get(&key).copied().unwrap_or(0)
    }

    /// Whether `page` was one of the indexed pages.
    pub(crate) fn contains_page(&self, page: &str) -> bool {
        self.pages.contains(&page_fingerprint(page))
    }

    /// Whether a line with this key recurs on enough pages, counting the stripped page once.
    pub(crate) fn is_recurring(&self, key: u64, page_indexed: bool) -> bool {
        if key == 0 {
            return false;
        }
        let others = (self.count(key) as usize).saturating_sub(usize::from(page_indexed));
        others + 1 >= self.min_pages()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::hash::line_key;

    #[test]
    fn counts_each_page_once() {
        let index = SiblingIndex::from_pages(["Share\nShare\nA", "share!\nB", "C"]);
        assert_eq!(index.pages(), 3);
        assert_eq!(index.page_count("Share"), 2);
        assert!(index.contains_page("C"));
        assert!(!index.contains_page("D"));
    }

    #[test]
    fn recurring_needs_another_page() {
        let index = SiblingIndex::from_pages(["Share\nA", "Share\nB"]);
        assert!(index.is_recurring(line_key("Share"), true));
        assert!(!index.is_recurring(line_key("A"), true));
        assert!(index.is_recurring(line_key("A"), false));
        let strict = index.with_min_pages(3);
        assert!(!strict.is_recurring(line_key("Share"), true));
    }
}
