//! What an element's tag and attributes say about its content.
//!
//! Class and id names are split into lower-case words (at `-`, `_`, spaces and case changes
//! are ignored); a cue word matches a word that starts with it. The words are generic markup
//! vocabulary (`comment`, `related`, `share`, `newsletter`, `caption`, `byline`, …), the names
//! content management systems and front-end frameworks give such parts, not any site's.

use super::parse::Tag;

/// A set of cues, as bits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub(crate) struct Flags(pub u32);

macro_rules! flags {
    ($($(#[$doc:meta])* $name:ident = $bit:expr;)*) => {
        impl Flags {
            $($(#[$doc])* pub(crate) const $name: Flags = Flags(1 << $bit);)*
        }
    };
}

flags! {
    /// Content that is not page text (script, style, template, head, form controls).
    OPAQUE = 0;
    /// `hidden`, `aria-hidden`, `display:none`, screen-reader-only classes.
    HIDDEN = 1;
    /// `<nav>`, `role=navigation`, menu classes.
    NAV = 2;
    /// `<header>`, `role=banner`.
    HEADER = 3;
    /// `<footer>`, `role=contentinfo`.
    FOOTER = 4;
    /// `<aside>`, `role=complementary`, sidebar and widget classes.
    ASIDE = 5;
    /// `<form>`, `<button>`, `<label>`.
    FORM = 6;
    /// `<article>`, `role=article`, `itemprop=articleBody`, article-body classes.
    ARTICLE = 7;
    /// `<main>`, `role=main`.
    MAIN = 8;
    /// `<figure>`, `<figcaption>`, caption and credit classes.
    CAPTION = 9;
    /// Reader comments.
    COMMENT = 10;
    /// Teasers of other articles.
    RELATED = 11;
    /// Share and follow buttons.
    SHARE = 12;
    /// Newsletter, subscription and membership pitches.
    PROMO = 13;
    /// Ad slots.
    AD = 14;
    /// Author lines.
    BYLINE = 15;
    /// Dates, tags, categories, breadcrumbs.
    META = 16;
    /// Cookie and consent banners.
    COOKIE = 17;
    /// `itemprop=articleBody` or an article-body class: the strongest container cue.
    BODY = 18;
    /// `<blockquote>` (quotes and embedded posts).
    QUOTE = 19;
    /// A table cell.
    CELL = 20;
    /// A list item.
    LIST = 21;
}

impl Flags {
    pub(crate) const fn empty() -> Flags {
        Flags(0)
    }

    pub(crate) fn intersects(self, other: Flags) -> bool {
        self.0 & other.0 != 0
    }

    #[cfg(test)]
    pub(crate) fn contains(self, other: Flags) -> bool {
        self.0 & other.0 == other.0
    }

    /// Cues that mark content as not article text.
    pub(crate) const NEGATIVE: Flags = Flags(
        Flags::NAV.0
            | Flags::HEADER.0
            | Flags::FOOTER.0
            | Flags::ASIDE.0
            | Flags::FORM.0
            | Flags::CAPTION.0
            | Flags::COMMENT.0
            | Flags::RELATED.0
            | Flags::SHARE.0
            | Flags::PROMO.0
            | Flags::AD.0
            | Flags::BYLINE.0
            | Flags::META.0
            | Flags::COOKIE.0,
    );
}

impl std::ops::BitOr for Flags {
    type Output = Flags;
    fn bitor(self, rhs: Flags) -> Flags {
        Flags(self.0 | rhs.0)
    }
}

impl std::ops::BitOrAssign for Flags {
    fn bitor_assign(&mut self, rhs: Flags) {
        self.0 |= rhs.0;
    }
}

impl std::ops::BitAnd for Flags {
    type Output = Flags;
    fn bitand(self, rhs: Flags) -> Flags {
        Flags(self.0 & rhs.0)
    }
}

impl std::ops::Not for Flags {
    type Output = Flags;
    fn not(self) -> Flags {
        Flags(!self.0)
    }
}

/// Cue words for class and id names: `(word prefix, flag)`. A class word matches when it starts
/// with the prefix; prefixes marked `=` must match the whole word.
const WORDS: &[(&str, Flags)] = &[
    ("comment", Flags::COMMENT),
    ("disqus", Flags::COMMENT),
    ("respond", Flags::COMMENT),
    ("reply", Flags::COMMENT),
    ("related", Flags::RELATED),
    ("recommend", Flags::RELATED),
    ("popular", Flags::RELATED),
    ("trending", Flags::RELATED),
    ("mostread", Flags::RELATED),
    ("outbrain", Flags::RELATED),
    ("taboola", Flags::RELATED),
    ("recirc", Flags::RELATED),
    ("teaser", Flags::RELATED),
    ("readmore", Flags::RELATED),
    ("readnext", Flags::RELATED),
    ("share", Flags::SHARE),
    ("sharing", Flags::SHARE),
    ("social", Flags::SHARE),
    ("addthis", Flags::SHARE),
    ("sharethis", Flags::SHARE),
    ("newsletter", Flags::PROMO),
    ("subscri", Flags::PROMO),
    ("signup", Flags::PROMO),
    ("promo", Flags::PROMO),
    ("membership", Flags::PROMO),
    ("donate", Flags::PROMO),
    ("=ad", Flags::AD),
    ("=ads", Flags::AD),
    ("advert", Flags::AD),
    ("adslot", Flags::AD),
    ("adunit", Flags::AD),
    ("adwrap", Flags::AD),
    ("sponsor", Flags::AD),
    ("dfp", Flags::AD),
    ("byline", Flags::BYLINE),
    ("author", Flags::BYLINE),
    ("contributor", Flags::BYLINE),
    ("dateline", Flags::META),
    ("timestamp", Flags::META),
    ("=date", Flags::META),
    ("=tags", Flags::META),
    ("=meta", Flags::META),
    ("breadcrumb", Flags::META),
    ("caption", Flags::CAPTION),
    ("credit", Flags::CAPTION),
    ("gallery", Flags::CAPTION),
    ("slideshow", Flags::CAPTION),
    ("=nav", Flags::NAV),
    ("navbar", Flags::NAV),
    ("navigation", Flags::NAV),
    ("menu", Flags::NAV),
    ("masthead", Flags::HEADER),
    ("=header", Flags::HEADER),
    ("=footer", Flags::FOOTER),
    ("sidebar", Flags::ASIDE),
    ("widget", Flags::ASIDE),
    ("=rail", Flags::ASIDE),
    ("cookie", Flags::COOKIE),
    ("consent", Flags::COOKIE),
    ("gdpr", Flags::COOKIE),
];

/// Whole class names (joined, lower-case) of text hidden from sight.
const HIDDEN_NAMES: &[&str] = &[
    "hidden",
    "hide",
    "ishidden",
    "sronly",
    "srtext",
    "visuallyhidden",
    "screenreadertext",
    "screenreaderonly",
    "dnone",
    "offscreen",
    "invisible",
];

/// Joined class names that mark the article body.
const BODY_NAMES: &[&str] = &[
    "articlebody",
    "articlecontent",
    "articletext",
    "storybody",
    "storycontent",
    "storytext",
    "entrycontent",
    "postcontent",
    "postbody",
    "posttext",
    "contentbody",
    "bodytext",
    "articlecopy",
    "storycopy",
];

/// The cues of one element.
pub(crate) fn element_flags(tag: Tag, el: &lol_html::html_content::Element<'_, '_>) -> Flags {
    let mut f = match tag {
        Tag::Nav => Flags::NAV,
        Tag::Header => Flags::HEADER,
        Tag::Footer => Flags::FOOTER,
        Tag::Aside => Flags::ASIDE,
        Tag::Form | Tag::Button | Tag::Select | Tag::Textarea => Flags::FORM,
        Tag::Article => Flags::ARTICLE,
        Tag::Main => Flags::MAIN,
        Tag::Figure | Tag::Figcaption => Flags::CAPTION,
        Tag::Blockquote => Flags::QUOTE,
        Tag::Cell => Flags::CELL,
        Tag::Li => Flags::LIST,
        _ => Flags::empty(),
    };
    if matches!(tag, Tag::Html | Tag::Body | Tag::Head) {
        return f;
    }
    if el.has_attribute("hidden") {
        f |= Flags::HIDDEN;
    }
    if el.get_attribute("aria-hidden").is_some_and(|v| v.trim() == "true") {
        f |= Flags::HIDDEN;
    }
    if let Some(style) = el.get_attribute("style") {
        let s: String = style.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_ascii_lowercase();
        if s.contains("display:none") || s.contains("visibility:hidden") {
            f |= Flags::HIDDEN;
        }
    }
    if let Some(role) = el.get_attribute("role") {
        f |= match role.trim().to_ascii_lowercase().as_str() {
            "navigation" | "menu" | "menubar" => Flags::NAV,
            "banner" => Flags::HEADER,
            "contentinfo" => Flags::FOOTER,
            "complementary" => Flags::ASIDE,
            "main" => Flags::MAIN,
            "article" => Flags::ARTICLE,
            "dialog" | "alertdialog" => Flags::PROMO,
            _ => Flags::empty(),
        };
    }
    if el
        .get_attribute("itemprop")
        .is_some_and(|v| v.split_whitespace().any(|w| w.eq_ignore_ascii_case("articleBody")))
    {
        f |= Flags::BODY | Flags::ARTICLE;
    }
    let class = el.get_attribute("class");
    let id = el.get_attribute("id");
    for name in class.iter().chain(id.iter()) {
        f |= name_flags(name);
    }
    f
}

/// The cues of a `class` or `id` attribute value.
pub(crate) fn name_flags(value: &str) -> Flags {
    let mut f = Flags::empty();
    for class in value.split_ascii_whitespace().take(16) {
        let lower = class.to_ascii_lowercase();
        let joined: String = lower.chars().filter(char::is_ascii_alphanumeric).collect();
        if HIDDEN_NAMES.contains(&joined.as_str()) {
            f |= Flags::HIDDEN;
            continue;
        }
        if BODY_NAMES.iter().any(|b| joined.contains(b)) {
            f |= Flags::BODY | Flags::ARTICLE;
            continue;
        }
        // "sr-only" and "read-more" are one cue spread over two words.
        for word in lower.split(|c: char| !c.is_ascii_alphanumeric()).filter(|w| !w.is_empty()) {
            f |= word_flags(word);
        }
        for w in ["readmore", "readnext", "mostread", "signup"] {
            if joined.contains(w) {
                f |= word_flags(w);
            }
        }
        // An embedded post ("social-media-embed") is content, not a share button.
        if joined.contains("embed") {
            f = f & !Flags::SHARE;
        }
    }
    f
}

fn word_flags(word: &str) -> Flags {
    let mut f = Flags::empty();
    for (cue, flag) in WORDS {
        let hit = match cue.strip_prefix('=') {
            Some(exact) => word == exact,
            None => word.starts_with(cue),
        };
        if hit {
            f |= *flag;
        }
    }
    f
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn class_words() {
        assert!(name_flags("c-comments__list").contains(Flags::COMMENT));
        assert!(name_flags("post-body js-body").contains(Flags::BODY));
        assert!(name_flags("ad-slot").contains(Flags::AD));
        assert!(!name_flags("header-adjacent loaded").intersects(Flags::AD));
        assert!(name_flags("sr-only").contains(Flags::HIDDEN));
        assert!(!name_flags("field-label-hidden").contains(Flags::HIDDEN));
        assert!(name_flags("Related_Stories").contains(Flags::RELATED));
        assert_eq!(name_flags("paragraph"), Flags::empty());
    }
}
