//! Which language a document is written in, told from its most common words, so that a document the
//! claim rules cannot read (they read English) is not mistaken for one that makes no claims.
//!
//! The detector counts, in the first [`MAX_WORDS`] words, how many are among the 30 or so most
//! common function words of each language it knows; the language with clearly the most wins (it
//! stops reading as soon as one leads clearly). Texts in a script other than Latin are told by their
//! script. No model or dependency: on copies of the sample articles it takes about 7 µs a document
//! (290 MB/s), next to about 1 ms a document for the rest of the pipeline.
//!
//! ```
//! use newsclaim::language::detect;
//!
//! assert_eq!(detect("Russia demanded that NATO halt its expansion, the ministry said on Monday."), Some("en"));
//! assert_eq!(detect("Die Regierung hat am Montag gefordert, dass die Truppen sofort abgezogen werden."), Some("de"));
//! assert_eq!(detect("Hi"), None);
//! ```

use crate::digest::DocumentReport;

/// How many words of a document the detector reads.
pub const MAX_WORDS: usize = 400;

/// Fewer words than this (with no function word of any language) are too few to tell.
const MIN_WORDS: usize = 8;

/// Languages and their most common function words (lowercase).
const STOPWORDS: &[(&str, &[&str])] = &[
    (
        "en",
        &[
            "the", "and", "of", "to", "in", "is", "that", "for", "on", "with", "was", "said", "it", "as",
            "by", "at", "from", "has", "have", "are", "be", "his", "her", "which", "will", "not", "this",
            "an", "were", "would", "its", "their", "they", "but",
        ],
    ),
    (
        "de",
        &[
            "der", "die", "das", "und", "ist", "nicht", "den", "dem", "mit", "sich", "des", "auf", "für",
            "ein", "eine", "einer", "zu", "von", "im", "auch", "es", "wird", "hat", "sie", "wurde", "dass",
            "bei", "aus", "nach", "sind", "werden", "zum", "zur", "über",
        ],
    ),
    (
        "fr",
        &[
            "le", "la", "les", "et", "des", "est", "une", "un", "du", "que", "dans", "pour", "qui", "pas",
            "sur", "au", "avec", "ce", "il", "elle", "sont", "par", "été", "ont", "aux", "plus", "cette",
            "mais", "ses", "leur", "nous", "vous",
        ],
    ),
    (
        "es",
        &[
            "el", "los", "las", "y", "que", "del", "se", "por", "una", "con", "para", "es", "su", "al", "lo",
            "como", "más", "pero", "fue", "ha", "sus", "sobre", "este", "entre", "también", "está", "hay",
            "han", "muy", "sin", "esta", "desde",
        ],
    ),
    (
        "it",
        &[
            "il", "di", "che", "è", "della", "per", "non", "sono", "gli", "nel", "alla", "dei", "delle",
            "anche", "come", "più", "questo", "si", "ha", "lo", "degli", "nella", "dal", "sul", "ma", "una",
            "era", "stato", "essere", "hanno",
        ],
    ),
    (
        "pt",
        &[
            "o", "os", "não", "em", "um", "uma", "para", "com", "por", "é", "no", "na", "foi", "mais", "ao",
            "pelo", "pela", "dos", "das", "do", "da", "seu", "sua", "como", "mas", "também", "são", "está",
            "ser", "nos", "isso",
        ],
    ),
    (
        "nl",
        &[
            "het", "een", "en", "van", "is", "dat", "niet", "op", "te", "met", "voor", "zijn", "er", "aan",
            "ook", "als", "bij", "door", "werd", "wordt", "naar", "heeft", "om", "maar", "deze", "hij",
            "zij", "worden", "nog", "uit",
        ],
    ),
];

/// The language of `text`: an ISO 639-1 code (`"en"`, `"de"`, `"fr"`, `"es"`, `"it"`, `"pt"`,
/// `"nl"`; by script `"ru"`, `"el"`, `"ar"`, `"he"`, `"zh"`, `"ja"`, `"ko"`), `"und"` when there is
/// enough text but no language wins, `None` when there is too little text to tell.
pub fn detect(text: &str) -> Option<&'static str> {
    let index = stopword_index();
    let mut hits = [0usize; STOPWORDS.len()];
    let (mut words, mut latin, mut other) = (0usize, 0usize, [0usize; 7]);
    let mut lower = String::new();
    for word in text.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()).take(MAX_WORDS) {
        words += 1;
        let Some(first) = word.chars().next() else { continue };
        match script(first) {
            Some(i) => other[i] += 1,
            None => latin += 1,
        }
        if word.len() > 12 {
            continue;
        }
        let key = if word.chars().any(char::is_uppercase) {
            lower.clear();
            lower.extend(word.chars().flat_map(char::to_lowercase));
            lower.as_str()
        } else {
            word
        };
        if let Some(&langs) = index.get(key) {
            for (i, h) in hits.iter_mut().enumerate() {
                *h += usize::from(langs & (1 << i) != 0);
            }
        }
        // Stop early once one language clearly leads.
        if words.is_multiple_of(64) && latin * 2 > words {
            let mut sorted = hits;
            sorted.sort_unstable_by(|a, b| b.cmp(a));
            if sorted[0] >= 16 && sorted[0] > 2 * sorted[1] {
                break;
            }
        }
    }
    if words == 0 {
        return None;
    }
    let (best_script, &most_other) = other.iter().enumerate().max_by_key(|(_, n)| **n)?;
    if most_other > latin {
        return Some(["ru", "el", "ar", "he", "zh", "ja", "ko"][best_script]);
    }
    let mut ranked: Vec<(usize, &str)> = hits.iter().zip(STOPWORDS).map(|(h, (l, _))| (*h, *l)).collect();
    ranked.sort_by_key(|r| std::cmp::Reverse(r.0));
    let (best, lang) = ranked[0];
    let second = ranked[1].0;
    // The winner must hold a fair share of the words (function words are a third of running text)
    // and clearly beat the runner-up (the Romance languages share many words).
    if best >= 2 && best * 20 >= words && best * 4 > second * 5 {
        return Some(lang);
    }
    if words < MIN_WORDS {
        return None;
    }
    Some("und")
}

/// Each function word with the languages it belongs to, one bit per entry of [`STOPWORDS`].
fn stopword_index() -> &'static std::collections::HashMap<&'static str, u8> {
    static INDEX: std::sync::OnceLock<std::collections::HashMap<&'static str, u8>> =
        std::sync::OnceLock::new();
    INDEX.get_or_init(|| {
        let mut index = std::collections::HashMap::new();
        for (i, (_, words)) in STOPWORDS.iter().enumerate() {
            for w in *words {
                *index.entry(*w).or_insert(0u8) |= 1 << i;
            }
        }
        index
    })
}

/// The script of a letter outside the Latin alphabet, as an index into `detect`'s script codes.
fn script(c: char) -> Option<usize> {
    match c as u32 {
        0x0400..=0x04FF => Some(0),
        0x0370..=0x03FF => Some(1),
        0x0600..=0x06FF => Some(2),
        0x0590..=0x05FF => Some(3),
        0x4E00..=0x9FFF => Some(4),
        0x3040..=0x30FF => Some(5),
        0xAC00..=0xD7AF => Some(6),
        _ => None,
    }
}

/// Sets the record's `language` from its title and body when the page did not state one, and a
/// `note` when the language is not English. Records without a body are left alone.
pub fn annotate(report: &mut DocumentReport) {
    if report.body.is_empty() {
        return;
    }
    if report.language.is_none() {
        let mut text = String::new();
        let mut words = 0;
        for piece in report.title.iter().chain(report.body.iter().map(|p| &p.text)) {
            text.push_str(piece);
            text.push('\n');
            words += piece.split_whitespace().count();
            if words >= MAX_WORDS {
                break;
            }
        }
        report.language = detect(&text).map(str::to_owned);
    }
    let Some(lang) = report.language.as_deref() else { return };
    let primary = lang.split(['-', '_']).next().unwrap_or("").to_ascii_lowercase();
    if primary != "en" {
        let what = if primary == "und" {
            "the language was not recognised".to_owned()
        } else {
            format!("the text is in language \"{lang}\"")
        };
        report.note = Some(format!(
            "{what}, and the claim rules read English only: the claims found here, if any, are not all \
             it makes"
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tells_the_languages_it_knows() {
        let cases = [
            ("en", "The government said on Monday that it would not accept the proposal of the union."),
            ("de", "Der Minister sagte am Montag, dass die Regierung den Vorschlag nicht annehmen werde."),
            ("fr", "Le ministre a déclaré lundi que le gouvernement ne pouvait pas accepter la proposition des syndicats."),
            ("es", "El ministro dijo el lunes que el gobierno no aceptará la propuesta de los sindicatos por ahora."),
            ("it", "Il ministro ha detto lunedì che il governo non accetterà la proposta dei sindacati per ora."),
            ("pt", "O ministro disse na segunda-feira que o governo não vai aceitar a proposta dos sindicatos."),
            ("nl", "De minister zei maandag dat de regering het voorstel van de vakbonden niet zal aanvaarden."),
            ("ru", "Министр заявил в понедельник, что правительство не примет предложение профсоюзов."),
        ];
        for (lang, text) in cases {
            assert_eq!(detect(text), Some(lang), "{text}");
        }
    }

    #[test]
    fn too_little_or_unknown_text() {
        assert_eq!(detect(""), None);
        assert_eq!(detect("Oslan Vetria"), None);
        assert_eq!(
            detect("Xyzzy plugh frobnicate quux wibble wobble blorp zorch grault garply"),
            Some("und")
        );
    }

    #[test]
    fn a_german_record_gets_a_note_an_english_one_none() {
        let p = crate::Pipeline::builder().strip(false).build();
        let d = p.run([
            crate::Document::from_text(
                "de",
                "Die Regierung forderte am Montag, dass die Truppen aus dem Tal abgezogen werden.",
            ),
            crate::Document::from_text(
                "en",
                "Russia demanded that NATO halt its expansion, the ministry said.",
            ),
        ]);
        assert_eq!(d.documents[0].language.as_deref(), Some("de"));
        assert!(d.documents[0].note.as_deref().unwrap().contains("English only"));
        assert_eq!(d.documents[1].language.as_deref(), Some("en"));
        assert_eq!(d.documents[1].note, None);
    }
}
