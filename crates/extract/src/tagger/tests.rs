//! Tests of the tagger: the built-in model on news sentences, the byte format, odd input.

use super::*;
use proptest::prelude::*;

fn upos(words: &[&str]) -> Vec<Upos> {
    Tagger::builtin().tag(words).iter().map(|t| t.upos()).collect()
}

fn phrases(words: &[&str]) -> Vec<String> {
    let tagger = Tagger::builtin();
    tagger.chunk(words, &tagger.tag(words)).iter().map(|c| words[c.start..c.end].join(" ")).collect()
}

#[test]
fn tags_unambiguous_news_sentences() {
    use Upos::*;
    assert_eq!(
        upos(&["The", "minister", "rejected", "the", "demand", "."]),
        [Det, Noun, Verb, Det, Noun, Punct]
    );
    assert_eq!(upos(&["Protesters", "demand", "the", "release", "of", "prisoners"])[1], Verb);
    assert_eq!(upos(&["Economic", "demand", "fell"])[1], Noun);
    assert_eq!(
        upos(&["Russia", "has", "denied", "the", "allegations", "."]),
        [Propn, Aux, Verb, Det, Noun, Punct]
    );
    assert_eq!(upos(&["He", "said", "he", "would", "not", "resign", "."])[3..6], [Aux, Part, Verb]);
}

#[test]
fn penn_tags_agree_with_universal_ones() {
    let tags = Tagger::builtin().tag(&["The", "ministers", "rejected", "it", "."]);
    let xpos: Vec<&str> = tags.iter().map(|t| t.xpos()).collect();
    assert_eq!(xpos, ["DT", "NNS", "VBD", "PRP", "."]);
}

#[test]
fn chunks_possessive_noun_phrases() {
    assert_eq!(
        phrases(&["the", "European", "Union", "'s", "foreign", "ministers", "met", "in", "Brussels", "."]),
        ["the European Union 's foreign ministers", "Brussels"]
    );
    assert_eq!(
        phrases(&["Protesters", "demand", "the", "release", "of", "political", "prisoners", "."]),
        ["Protesters", "the release", "political prisoners"]
    );
}

#[test]
fn empty_input() {
    let tagger = Tagger::builtin();
    let none: [&str; 0] = [];
    assert!(tagger.tag(&none).is_empty());
    assert!(tagger.chunk(&none, &[]).is_empty());
    // Tags and words of different lengths: only the common prefix is read.
    let tags = tagger.tag(&["Rebels", "fled"]);
    assert_eq!(tagger.chunk(&["Rebels"], &tags), [Chunk { start: 0, end: 1 }]);
    assert!(tagger.chunk(&["Rebels", "fled"], &[]).is_empty());
}

#[test]
fn very_long_sentence() {
    let words: Vec<&str> = ["the", "old", "minister", "rejected", "a", "demand", ",", "and"]
        .iter()
        .copied()
        .cycle()
        .take(80_000)
        .collect();
    let tagger = Tagger::builtin();
    let tags = tagger.tag(&words);
    assert_eq!(tags.len(), words.len());
    let chunks = tagger.chunk(&words, &tags);
    assert!(chunks.windows(2).all(|w| w[0].end <= w[1].start));
    assert!(chunks.iter().all(|c| c.start < c.end && c.end <= words.len()));
}

#[test]
fn unicode_and_odd_tokens() {
    let words = [
        "",
        " ",
        "Ärzte",
        "ÉTAT",
        "北京",
        "🙂",
        "\u{0}",
        "—",
        "…",
        "COVID-19",
        "1,200",
        "$",
        "https://x.y/z",
        "İstanbul",
        "ǅ",
        "a\u{301}",
        "\t\n",
        "'s",
        "n't",
        "e-mail",
    ];
    let tagger = Tagger::builtin();
    let tags = tagger.tag(&words);
    assert_eq!(tags.len(), words.len());
    let chunks = tagger.chunk(&words, &tags);
    assert!(chunks.iter().all(|c| c.end <= words.len()));
    let long = "x".repeat(10_000);
    assert_eq!(tagger.tag(&[long.as_str(), "ñ".repeat(3000).as_str()]).len(), 2);
}

#[test]
fn tag_into_reuses_buffers() {
    let tagger = Tagger::builtin();
    let mut scratch = Scratch::new();
    let (mut tags, mut chunks) = (Vec::new(), Vec::new());
    let a = ["Talks", "between", "the", "two", "sides", "collapsed", "."];
    tagger.tag_into(&a, &mut scratch, &mut tags);
    assert_eq!(tags, tagger.tag(&a));
    tagger.chunk_into(&a, &tags, &mut scratch, &mut chunks);
    assert_eq!(chunks, tagger.chunk(&a, &tags));
    let b = ["Hi"];
    tagger.tag_into(&b, &mut scratch, &mut tags);
    assert_eq!(tags.len(), 1);
    // Owned strings work too.
    let owned: Vec<String> = a.iter().map(|w| w.to_string()).collect();
    assert_eq!(tagger.tag(&owned), tagger.tag(&a));
}

#[test]
fn round_trips_through_bytes() {
    let tagger = Tagger::builtin();
    let bytes = tagger.to_bytes();
    assert_eq!(bytes, BUILTIN_MODEL, "the built-in model is written in canonical form");
    let back = Tagger::from_bytes(&bytes).unwrap();
    assert_eq!(&back, tagger);
    assert_eq!(back.to_bytes(), bytes);
}

#[test]
fn corrupt_models_are_errors() {
    let bytes = Tagger::builtin().to_bytes();
    assert_eq!(Tagger::from_bytes(&[]), Err(ModelError::BadMagic));
    assert_eq!(Tagger::from_bytes(b"NCTAGGER"), Err(ModelError::Truncated));
    let mut v = bytes.clone();
    v[8] = 99;
    assert_eq!(Tagger::from_bytes(&v), Err(ModelError::UnsupportedVersion(99)));
    for cut in [12, 13, 100, bytes.len() / 3, bytes.len() - 1] {
        assert!(Tagger::from_bytes(&bytes[..cut]).is_err(), "cut at {cut}");
    }
    let mut v = bytes.clone();
    let mid = v.len() / 2;
    v[mid] ^= 0x40;
    assert_eq!(Tagger::from_bytes(&v), Err(ModelError::Checksum));
}

/// A model with a valid checksum over a body that is garbage after the header.
fn with_checksum(body: &[u8]) -> Vec<u8> {
    let mut v = model::MAGIC.to_vec();
    v.extend_from_slice(&model::VERSION.to_le_bytes());
    v.extend_from_slice(body);
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in &v {
        h = (h ^ b as u64).wrapping_mul(0x0100_0000_01b3);
    }
    v.extend_from_slice(&h.to_le_bytes());
    v
}

#[test]
fn a_tiny_trained_model_round_trips() {
    let text = "1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_\n\
                2\tcat\tcat\tNOUN\tNN\t_\t3\tnsubj\t_\t_\n\
                3\tsat\tsit\tVERB\tVBD\t_\t0\troot\t_\t_\n\n";
    let sentences = conllu::parse(text).unwrap();
    let config = TrainConfig {
        epochs: 2,
        dict_min_count: 1,
        amb_min_count: 1,
        min_tag_count: 1,
        ..TrainConfig::default()
    };
    let tagger = Tagger::train(&sentences, &config);
    let bytes = tagger.to_bytes();
    assert_eq!(Tagger::from_bytes(&bytes).unwrap(), tagger);
    assert_eq!(Tagger::train(&sentences, &config).to_bytes(), bytes, "training is deterministic");
    let tags = tagger.tag(&["The", "cat", "sat"]);
    assert_eq!(tags, sentences[0].tags());
    // Nothing to learn from is still a model.
    let empty = Tagger::train(&[], &config);
    assert_eq!(empty.tag(&["x"]).len(), 1);
    assert_eq!(Tagger::from_bytes(&empty.to_bytes()).unwrap(), empty);
}

proptest! {
    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..300)) {
        let _ = Tagger::from_bytes(&bytes);
        let _ = Tagger::from_bytes(&with_checksum(&bytes));
    }

    #[test]
    fn mutated_models_never_panic(pos in any::<prop::sample::Index>(), byte in any::<u8>(), cut in any::<prop::sample::Index>()) {
        let text = "1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_\n2\tcat\tcat\tNOUN\tNN\t_\t0\troot\t_\t_\n\n";
        let config = TrainConfig { epochs: 1, dict_min_count: 1, amb_min_count: 1, ..TrainConfig::default() };
        let bytes = Tagger::train(&conllu::parse(text).unwrap(), &config).to_bytes();
        let mut body = bytes[12..bytes.len() - 8].to_vec();
        let i = pos.index(body.len());
        body[i] = byte;
        body.truncate(cut.index(body.len() + 1));
        if let Ok(t) = Tagger::from_bytes(&with_checksum(&body)) {
            let _ = t.tag(&["The", "cat"]);
        }
    }

    #[test]
    fn any_words_get_one_tag_each(words in proptest::collection::vec(".{0,12}", 0..20)) {
        let tagger = Tagger::builtin();
        let tags = tagger.tag(&words);
        prop_assert_eq!(tags.len(), words.len());
        for c in tagger.chunk(&words, &tags) {
            prop_assert!(c.start < c.end && c.end <= words.len());
        }
    }
}
