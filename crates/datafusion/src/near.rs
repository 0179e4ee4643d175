//! Near-duplicates and shared passages as joins: MinHash band keys and signatures, and paragraph
//! hashes, by `newsclaim-dedup`.

use crate::args::{list_array, list_of, text_function};
use datafusion::arrow::array::{
    Array, ArrayRef, AsArray, Float64Builder, ListArray, StructArray, UInt32Builder, UInt64Builder,
};
use datafusion::arrow::datatypes::{DataType, Field, Fields, UInt32Type};
use datafusion::common::{exec_err, plan_err, Result};
use datafusion::logical_expr::Signature as FunctionSignature;
use datafusion::logical_expr::{ColumnarValue, ScalarFunctionArgs, ScalarUDFImpl, Volatility};
use newsclaim_dedup::{passage_key, DedupConfig, NearDuplicates, Signature};
use std::sync::{Arc, LazyLock};

/// Paragraphs of fewer words than this (datelines, "Read more") get no hash, as in the digest's
/// shared passages.
pub const PARAGRAPH_MIN_WORDS: usize = 8;

/// One `u64` item per row's list: band keys, hashes.
fn u64_lists(rows: &[Option<Vec<u64>>]) -> ListArray {
    let mut values = UInt64Builder::new();
    let mut lengths = Vec::with_capacity(rows.len());
    for row in rows {
        let row = row.as_deref().unwrap_or_default();
        values.append_slice(row);
        lengths.push(row.len());
    }
    let valid: Vec<bool> = rows.iter().map(Option::is_some).collect();
    let item = Arc::new(Field::new_list_field(DataType::UInt64, true));
    list_array(item, &lengths, Arc::new(values.finish()), &valid)
}

/// The LSH band keys of every text (`config.bands` keys each; none for a text too short to
/// sign), NULL for a NULL text: documents sharing a key are near-duplicate candidates.
pub fn minhash_bands_array(near: &NearDuplicates, texts: &[Option<&str>]) -> ListArray {
    let rows: Vec<Option<Vec<u64>>> =
        texts.iter().map(|t| t.map(|t| near.band_keys(&near.signature(t)).collect())).collect();
    u64_lists(&rows)
}

/// The MinHash signature of every text (`config.permutations` values; empty for a text too short
/// to sign), NULL for a NULL text: what `newsclaim_minhash_similarity` compares.
pub fn minhash_array(near: &NearDuplicates, texts: &[Option<&str>]) -> ListArray {
    let mut values = UInt32Builder::new();
    let mut lengths = Vec::with_capacity(texts.len());
    for text in texts {
        let signature = text.map(|t| near.signature(t));
        let signature = signature.as_ref().map_or(&[][..], |s| s.values());
        values.append_slice(signature);
        lengths.push(signature.len());
    }
    let valid: Vec<bool> = texts.iter().map(Option::is_some).collect();
    let item = Arc::new(Field::new_list_field(DataType::UInt32, true));
    list_array(item, &lengths, Arc::new(values.finish()), &valid)
}

/// The fields of one paragraph in `newsclaim_paragraph_hashes`' list: `hash` (UInt64, the key
/// shared by paragraphs with the same words: [`newsclaim_dedup::passage_key`]), `start` and
/// `end` (UInt64, the paragraph's byte span in the text).
pub fn paragraph_fields() -> Fields {
    static FIELDS: LazyLock<Fields> = LazyLock::new(|| {
        Fields::from(vec![
            Field::new("hash", DataType::UInt64, false),
            Field::new("start", DataType::UInt64, false),
            Field::new("end", DataType::UInt64, false),
        ])
    });
    FIELDS.clone()
}

/// The paragraphs (lines) of every text with at least [`PARAGRAPH_MIN_WORDS`] words, keyed for a
/// join; NULL for a NULL text. Paragraphs of two documents with the same key are the same
/// passage (a reused wire paragraph), whatever the case, punctuation and spacing.
pub fn paragraph_hashes_array(texts: &[Option<&str>]) -> ListArray {
    let (mut hash, mut start, mut end) = (UInt64Builder::new(), UInt64Builder::new(), UInt64Builder::new());
    let mut lengths = Vec::with_capacity(texts.len());
    for text in texts {
        let mut count = 0;
        let mut at = 0usize;
        for line in text.unwrap_or_default().split('\n') {
            let span = at..at + line.len();
            at = span.end + 1;
            if let Some(key) = passage_key(line, PARAGRAPH_MIN_WORDS) {
                hash.append_value(key);
                start.append_value(span.start as u64);
                end.append_value(span.end as u64);
                count += 1;
            }
        }
        lengths.push(count);
    }
    let columns: Vec<ArrayRef> =
        vec![Arc::new(hash.finish()), Arc::new(start.finish()), Arc::new(end.finish())];
    let values = StructArray::new(paragraph_fields(), columns, None);
    let valid: Vec<bool> = texts.iter().map(Option::is_some).collect();
    let item = Arc::new(Field::new_list_field(DataType::Struct(paragraph_fields()), true));
    list_array(item, &lengths, Arc::new(values), &valid)
}

/// The constructors of a function over a [`NearDuplicates`] detector.
macro_rules! near_constructors {
    ($name:ident) => {
        impl $name {
            /// The function with the default MinHash settings (those of the digest).
            pub fn new() -> Self {
                Self::with_config(DedupConfig::default())
            }

            /// The function with your MinHash settings (validated by [`DedupConfig::builder`]).
            pub fn with_config(config: DedupConfig) -> Self {
                Self::with_tool(NearDuplicates::new(config))
            }
        }
    };
}

text_function!(
    /// `newsclaim_minhash_bands(text)` → `List<UInt64>`: the LSH band keys of the text's MinHash
    /// signature. `unnest` them and self-join on the key for near-duplicate candidates.
    MinhashBandsUdf,
    "newsclaim_minhash_bands",
    near: NearDuplicates,
    list_of(DataType::UInt64),
    minhash_bands_array
);
near_constructors!(MinhashBandsUdf);

text_function!(
    /// `newsclaim_minhash(text)` → `List<UInt32>`: the text's MinHash signature, to verify
    /// candidates with `newsclaim_minhash_similarity`.
    MinhashUdf,
    "newsclaim_minhash",
    near: NearDuplicates,
    list_of(DataType::UInt32),
    minhash_array
);
near_constructors!(MinhashUdf);

text_function!(
    /// `newsclaim_paragraph_hashes(text)` → list of `{hash, start, end}` ([`paragraph_fields`]):
    /// the text's paragraphs (lines) of at least [`PARAGRAPH_MIN_WORDS`] words, keyed so that a
    /// join on `hash` finds shared passages.
    ParagraphHashesUdf,
    "newsclaim_paragraph_hashes",
    near: NearDuplicates,
    list_of(DataType::Struct(paragraph_fields())),
    |_: &NearDuplicates, texts: &[Option<&str>]| paragraph_hashes_array(texts)
);
near_constructors!(ParagraphHashesUdf);

/// The estimated Jaccard similarity of two signatures of every row (the fraction of equal
/// values); NULL when either is NULL or empty, or their lengths differ.
pub fn minhash_similarity_array(a: &ListArray, b: &ListArray) -> Result<ArrayRef> {
    if a.len() != b.len() {
        return exec_err!("newsclaim_minhash_similarity: {} signatures against {}", a.len(), b.len());
    }
    let mut out = Float64Builder::with_capacity(a.len());
    for row in 0..a.len() {
        if a.is_null(row) || b.is_null(row) {
            out.append_null();
            continue;
        }
        let (x, y) = (a.value(row), b.value(row));
        let (Some(x), Some(y)) = (x.as_primitive_opt::<UInt32Type>(), y.as_primitive_opt::<UInt32Type>())
        else {
            return exec_err!("newsclaim_minhash_similarity takes two List<UInt32> signatures");
        };
        if x.is_empty() || x.len() != y.len() {
            out.append_null();
            continue;
        }
        let (x, y) =
            (Signature::from_values(x.values().to_vec()), Signature::from_values(y.values().to_vec()));
        out.append_value(x.similarity(&y));
    }
    Ok(Arc::new(out.finish()))
}

/// `newsclaim_minhash_similarity(a, b)` → Float64: the estimated Jaccard similarity of two
/// `newsclaim_minhash` signatures, as [`newsclaim_dedup::Signature::similarity`] computes it;
/// the digest calls two documents near-duplicates at [`DedupConfig::threshold`] or above.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct MinhashSimilarityUdf {
    signature: FunctionSignature,
}

impl MinhashSimilarityUdf {
    /// The function.
    pub fn new() -> Self {
        MinhashSimilarityUdf { signature: FunctionSignature::any(2, Volatility::Immutable) }
    }
}

impl Default for MinhashSimilarityUdf {
    fn default() -> Self {
        Self::new()
    }
}

impl ScalarUDFImpl for MinhashSimilarityUdf {
    fn name(&self) -> &str {
        "newsclaim_minhash_similarity"
    }

    fn signature(&self) -> &FunctionSignature {
        &self.signature
    }

    fn return_type(&self, arg_types: &[DataType]) -> Result<DataType> {
        let signature = |t: &DataType| {
            matches!(t, DataType::Null)
                || matches!(t, DataType::List(f) if f.data_type() == &DataType::UInt32)
        };
        match arg_types {
            [a, b] if signature(a) && signature(b) => Ok(DataType::Float64),
            _ => plan_err!(
                "newsclaim_minhash_similarity(a, b) takes two List<UInt32> signatures, got {arg_types:?}"
            ),
        }
    }

    fn invoke_with_args(&self, args: ScalarFunctionArgs) -> Result<ColumnarValue> {
        let arrays = ColumnarValue::values_to_arrays(&args.args)?;
        let [a, b] = &arrays[..] else {
            return exec_err!("newsclaim_minhash_similarity takes two arguments");
        };
        // a NULL literal argument: every similarity is NULL
        if a.data_type() == &DataType::Null || b.data_type() == &DataType::Null {
            return Ok(ColumnarValue::Array(datafusion::arrow::array::new_null_array(
                &DataType::Float64,
                a.len(),
            )));
        }
        minhash_similarity_array(a.as_list::<i32>(), b.as_list::<i32>()).map(ColumnarValue::Array)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use datafusion::arrow::datatypes::UInt64Type;

    const WIRE: &str = "Foreign ministers will meet in Geneva on Friday to discuss the proposals.";

    #[test]
    fn paragraph_hashes_key_long_lines_with_their_spans() {
        let text = format!("Short line\n{WIRE}\n\n{}", WIRE.to_uppercase());
        let lists = paragraph_hashes_array(&[Some(&text), None, Some("")]);
        assert_eq!(lists.len(), 3);
        assert!(lists.is_null(1) && !lists.is_null(2));
        let first = lists.value(0);
        let first = first.as_struct();
        assert_eq!(first.len(), 2, "the short line has no key");
        let hash = first.column(0).as_primitive::<UInt64Type>();
        let (start, end) =
            (first.column(1).as_primitive::<UInt64Type>(), first.column(2).as_primitive::<UInt64Type>());
        assert_eq!(hash.value(0), hash.value(1), "case does not matter");
        assert_eq!(&text[start.value(0) as usize..end.value(0) as usize], WIRE);
        assert_eq!(&text[start.value(1) as usize..end.value(1) as usize], WIRE.to_uppercase());
        assert_eq!(lists.value(2).len(), 0);
    }

    #[test]
    fn signatures_of_a_reprint_are_similar_and_of_other_text_not() {
        let near = NearDuplicates::new(DedupConfig::default());
        let story = WIRE.repeat(4);
        let reprint = format!("WORLD | {story} Read more.");
        let other = "The central bank kept its main interest rate unchanged on Thursday, citing inflation.";
        let a = minhash_array(&near, &[Some(&story), Some(&story), None]);
        let b = minhash_array(&near, &[Some(&reprint), Some(other), Some(other)]);
        let similarity = minhash_similarity_array(&a, &b).expect("same lengths");
        let similarity = similarity.as_primitive::<datafusion::arrow::datatypes::Float64Type>();
        assert!(similarity.value(0) > 0.5, "{}", similarity.value(0));
        assert!(similarity.value(1) < 0.2, "{}", similarity.value(1));
        assert!(similarity.is_null(2));
        let bands = minhash_bands_array(&near, &[Some(&story)]);
        assert_eq!(bands.value(0).len(), DedupConfig::default().bands);
    }

    #[test]
    fn similarity_of_lists_of_different_lengths_is_an_error() {
        let near = NearDuplicates::new(DedupConfig::default());
        let a = minhash_array(&near, &[Some(WIRE)]);
        let b = minhash_array(&near, &[Some(WIRE), Some(WIRE)]);
        assert!(minhash_similarity_array(&a, &b).is_err());
    }
}
