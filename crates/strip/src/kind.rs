//! Why a piece of the page was removed.

/// The reason a line or a fragment was removed from the article.
///
/// [`JunkKind::as_str`] gives the kebab-case name used in reports (`"ad-marker"`, `"source-link"`, …).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum JunkKind {
    /// An ad slot marker such as `[ad_1]` or a lone "Advertisement".
    AdMarker,
    /// A link back to the original ("Source link", "source site").
    SourceLink,
    /// Menus, buttons and messages of the site ("top channel", "Share", "Registration was successful!").
    SiteChrome,
    /// Newsletter, subscription, app or donation pitches, even when written like prose.
    Promo,
    /// A comment form ("Leave a Reply", "Your email address will not be published").
    CommentForm,
    /// Reader comments and their furniture (user names, "3 hours ago", "Reply", "Report").
    Comment,
    /// A picture caption or a picture credit ("© AP Photo / …").
    Caption,
    /// The author line ("By Jane Doe", "Staff reporter Jane Doe").
    Byline,
    /// A publication or update time ("09:12 GMT 14.03.2021 (Updated: …)") or a date prefix.
    Timestamp,
    /// A teaser for another article ("Opinion: … | Opinion | DW | 10.01.2022").
    RelatedLink,
    /// A repeat of a headline, lede, caption or byline already on the page.
    Duplicate,
    /// A cookie or consent banner.
    Cookie,
    /// A copyright footer.
    Copyright,
    /// Navigation lists: runs of short menu items.
    Navigation,
    /// Tag and topic lists.
    Tags,
    /// The headline itself (reported in [`crate::Article::title`], kept out of the body).
    Title,
    /// A trailing news-agency tag cut from a paragraph (`/DW/`).
    AgencyTag,
    /// A section or outlet label cut from a headline (" – Politics", " - The Daily Planet").
    SectionLabel,
    /// Other page text the classifier judged not to be article text.
    Boilerplate,
    /// Text a browser does not show (HTML `hidden`, `display:none`, screen-reader-only text).
    Hidden,
}

impl JunkKind {
    /// Every kind, in declaration order.
    pub const ALL: [JunkKind; 20] = [
        JunkKind::AdMarker,
        JunkKind::SourceLink,
        JunkKind::SiteChrome,
        JunkKind::Promo,
        JunkKind::CommentForm,
        JunkKind::Comment,
        JunkKind::Caption,
        JunkKind::Byline,
        JunkKind::Timestamp,
        JunkKind::RelatedLink,
        JunkKind::Duplicate,
        JunkKind::Cookie,
        JunkKind::Copyright,
        JunkKind::Navigation,
        JunkKind::Tags,
        JunkKind::Title,
        JunkKind::AgencyTag,
        JunkKind::SectionLabel,
        JunkKind::Boilerplate,
        JunkKind::Hidden,
    ];

    /// The kebab-case name of the kind, as used in reports and phrase files.
    pub fn as_str(self) -> &'static str {
        match self {
            JunkKind::AdMarker => "ad-marker",
            JunkKind::SourceLink => "source-link",
            JunkKind::SiteChrome => "site-chrome",
            JunkKind::Promo => "promo",
            JunkKind::CommentForm => "comment-form",
            JunkKind::Comment => "comment",
            JunkKind::Caption => "caption",
            JunkKind::Byline => "byline",
            JunkKind::Timestamp => "timestamp",
            JunkKind::RelatedLink => "related-link",
            JunkKind::Duplicate => "duplicate",
            JunkKind::Cookie => "cookie",
            JunkKind::Copyright => "copyright",
            JunkKind::Navigation => "navigation",
            JunkKind::Tags => "tags",
            JunkKind::Title => "title",
            JunkKind::AgencyTag => "agency-tag",
            JunkKind::SectionLabel => "section-label",
            JunkKind::Boilerplate => "boilerplate",
            JunkKind::Hidden => "hidden",
        }
    }

    /// Parses a kebab-case name as produced by [`JunkKind::as_str`].
    pub fn parse(name: &str) -> Option<JunkKind> {
        JunkKind::ALL.iter().copied().find(|k| k.as_str() == name.trim())
    }
}

impl std::fmt::Display for JunkKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Written as its kebab-case name ([`JunkKind::as_str`]).
#[cfg(feature = "serde")]
impl serde::Serialize for JunkKind {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        for kind in JunkKind::ALL {
            assert_eq!(JunkKind::parse(kind.as_str()), Some(kind));
        }
        assert_eq!(JunkKind::AdMarker.as_str(), "ad-marker");
        assert_eq!(JunkKind::parse("no-such-kind"), None);
    }
}
