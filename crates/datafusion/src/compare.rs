//! Comparing claims across documents as SQL: `newsclaim_claim_concepts(claim)` gives the blocking
//! keys of a claim (the concepts `newsclaim-dedup` compares claims by), and
//! `newsclaim_claim_similarity(a, a_concepts, b, b_concepts, claims)` verifies a candidate pair
//! with the weights of the whole corpus, by [`newsclaim_dedup::claim_similarity`].

use crate::args::list_of;
use datafusion::arrow::array::{
    Array, ArrayRef, AsArray, BooleanArray, Float64Builder, ListArray, ListBuilder, StringArray,
    StringBuilder, StructArray,
};
use datafusion::arrow::compute::cast;
use datafusion::arrow::datatypes::{DataType, Field, Fields, Int64Type};
use datafusion::common::{exec_err, plan_err, Result};
use datafusion::logical_expr::{
    ColumnarValue, ScalarFunctionArgs, ScalarUDFImpl, Signature as FunctionSignature, Volatility,
};
use newsclaim_dedup::{claim_similarity, ClaimClusterConfig, ClaimKey, ConceptFrequencies};
use std::collections::HashMap;
use std::sync::Arc;

/// The fields of a claim struct that claim comparison reads (any others are ignored): `act`,
/// `actor`, `norm`, `addressee`, `addressee_norm`, `content`, `negated`, as in
/// [`crate::claim_fields`]. A claim from `newsclaim_claims` has them all; from flat columns,
/// build one with `named_struct('act', act, 'actor', actor, …)`.
pub const COMPARED_FIELDS: [&str; 7] =
    ["act", "actor", "norm", "addressee", "addressee_norm", "content", "negated"];

/// The type of one entry of a claim's concept list with counts: `concept` (Utf8) and `claims`
/// (Int64, in how many claims of the corpus it occurs), as `count(*)` gives it.
pub fn concept_count_fields() -> Fields {
    Fields::from(vec![
        Field::new("concept", DataType::Utf8, false),
        Field::new("claims", DataType::Int64, false),
    ])
}

/// Who makes (or receives) a claim as the digest compares it: the norms, then the text as
/// written when it is not one of them.
pub(crate) fn claim_names(norms: Vec<String>, text: Option<&str>) -> Vec<String> {
    let mut names = norms;
    if let Some(text) = text.filter(|t| !t.is_empty() && !names.iter().any(|n| n == t)) {
        names.push(text.to_owned());
    }
    names
}

/// Claims read out of a struct array, owned, one per row (None for a NULL row).
pub(crate) struct OwnedClaim {
    pub(crate) act: String,
    pub(crate) actors: Vec<String>,
    pub(crate) addressees: Vec<String>,
    pub(crate) content: String,
    pub(crate) negated: bool,
}

impl OwnedClaim {
    /// The borrowed key `newsclaim-dedup` compares (document `doc`; `names` holds the actor and
    /// addressee slices, which must outlive the key).
    pub(crate) fn key<'a>(&'a self, doc: usize, names: &'a (Vec<&'a str>, Vec<&'a str>)) -> ClaimKey<'a> {
        ClaimKey::new(doc, &self.act, &names.0[..], &self.content)
            .addressees(&names.1[..])
            .negated(self.negated)
    }

    pub(crate) fn names(&self) -> (Vec<&str>, Vec<&str>) {
        (
            self.actors.iter().map(String::as_str).collect(),
            self.addressees.iter().map(String::as_str).collect(),
        )
    }
}

fn child(claims: &StructArray, name: &str, as_type: &DataType) -> Result<ArrayRef> {
    let Some(column) = claims.column_by_name(name) else {
        return exec_err!("a compared claim needs the field `{name}` (fields: {COMPARED_FIELDS:?})");
    };
    Ok(if column.data_type() == as_type { column.clone() } else { cast(column, as_type)? })
}

/// Reads the compared fields of every row of `claims`.
pub(crate) fn read_claims(claims: &StructArray) -> Result<Vec<Option<OwnedClaim>>> {
    let text = DataType::Utf8;
    let names = list_of(DataType::Utf8);
    let act = child(claims, "act", &text)?;
    let actor = child(claims, "actor", &text)?;
    let norm = child(claims, "norm", &names)?;
    let addressee = child(claims, "addressee", &text)?;
    let addressee_norm = child(claims, "addressee_norm", &names)?;
    let content = child(claims, "content", &text)?;
    let negated = child(claims, "negated", &DataType::Boolean)?;
    let (act, actor, addressee, content): (&StringArray, &StringArray, &StringArray, &StringArray) =
        (act.as_string(), actor.as_string(), addressee.as_string(), content.as_string());
    let (norm, addressee_norm): (&ListArray, &ListArray) = (norm.as_list(), addressee_norm.as_list());
    let negated: &BooleanArray = negated.as_boolean();
    fn value(a: &StringArray, row: usize) -> Option<&str> {
        (!a.is_null(row)).then(|| a.value(row))
    }
    let list = |l: &ListArray, row: usize| -> Vec<String> {
        if l.is_null(row) {
            return Vec::new();
        }
        l.value(row).as_string::<i32>().iter().flatten().map(str::to_owned).collect()
    };
    Ok((0..claims.len())
        .map(|row| {
            (!claims.is_null(row)).then(|| OwnedClaim {
                act: value(act, row).unwrap_or_default().to_owned(),
                actors: claim_names(list(norm, row), value(actor, row)),
                addressees: claim_names(list(addressee_norm, row), value(addressee, row)),
                content: value(content, row).unwrap_or_default().to_owned(),
                negated: !negated.is_null(row) && negated.value(row),
            })
        })
        .collect())
}

fn as_struct(name: &str, value: &ColumnarValue, rows: usize) -> Result<StructArray> {
    let array = value.to_array(rows)?;
    match array.as_struct_opt() {
        Some(s) => Ok(s.clone()),
        None => exec_err!("{name} takes a claim struct, got {}", array.data_type()),
    }
}

fn is_claim_struct(data_type: &DataType) -> bool {
    matches!(data_type, DataType::Struct(fields)
        if COMPARED_FIELDS.iter().all(|f| fields.iter().any(|field| field.name() == f)))
}

/// The concepts of each claim of `claims` ([`newsclaim_dedup::Lexicon::claim_concepts`] with
/// `config`'s lexicon): sorted, without repeats, empty when its content says nothing of its own;
/// NULL for a NULL claim. The batch API under `newsclaim_claim_concepts`.
pub fn claim_concepts_array(config: &ClaimClusterConfig, claims: &StructArray) -> Result<ListArray> {
    let mut out = ListBuilder::new(StringBuilder::new());
    for claim in read_claims(claims)? {
        match claim {
            None => out.append_null(),
            Some(claim) => {
                let names = claim.names();
                for concept in config.lexicon.claim_concepts(&claim.key(0, &names)) {
                    out.values().append_value(concept);
                }
                out.append(true);
            }
        }
    }
    Ok(out.finish())
}

/// The similarity of each row's two claims with the concept weights of a corpus of
/// `claims_total` claims whose counts are given per claim (lists of [`concept_count_fields`]):
/// [`newsclaim_dedup::claim_similarity`], `-inf` for claims that can never share a cluster, NULL
/// when a claim is NULL. The batch API under `newsclaim_claim_similarity`.
pub fn claim_similarity_array(
    config: &ClaimClusterConfig,
    a: &StructArray,
    a_concepts: &ListArray,
    b: &StructArray,
    b_concepts: &ListArray,
    claims_total: u64,
) -> Result<ArrayRef> {
    let (a, b) = (read_claims(a)?, read_claims(b)?);
    let mut out = Float64Builder::with_capacity(a.len());
    let mut frequencies = ConceptFrequencies { claims: claims_total as usize, counts: HashMap::new() };
    for (row, (x, y)) in a.iter().zip(&b).enumerate() {
        let (Some(x), Some(y)) = (x, y) else {
            out.append_null();
            continue;
        };
        frequencies.counts.clear();
        for concepts in [a_concepts, b_concepts] {
            if concepts.is_null(row) {
                continue;
            }
            let entries = concepts.value(row);
            let Some(entries) = entries.as_struct_opt() else {
                return exec_err!(
                    "concept counts must be structs (concept, claims), got {}",
                    entries.data_type()
                );
            };
            let concept = child(entries, "concept", &DataType::Utf8)?;
            let count = child(entries, "claims", &DataType::Int64)?;
            let (concept, count) = (concept.as_string::<i32>(), count.as_primitive::<Int64Type>());
            for i in 0..entries.len() {
                if !concept.is_null(i) && !count.is_null(i) {
                    let n = u32::try_from(count.value(i).max(0)).unwrap_or(u32::MAX);
                    frequencies.counts.insert(concept.value(i).to_owned(), n);
                }
            }
        }
        let (xn, yn) = (x.names(), y.names());
        out.append_value(claim_similarity(&x.key(0, &xn), &y.key(1, &yn), config, &frequencies));
    }
    Ok(Arc::new(out.finish()))
}

/// `newsclaim_claim_concepts(claim)` → List&lt;Utf8&gt;: the concepts claims are compared by, the
/// blocking keys of a join that finds candidate pairs ([`claim_concepts_array`]). `claim` is a
/// struct with the fields of [`COMPARED_FIELDS`].
#[derive(Debug, Clone)]
pub struct ClaimConceptsUdf {
    signature: FunctionSignature,
    config: ClaimClusterConfig,
}

/// `newsclaim_claim_similarity(a, a_concepts, b, b_concepts, claims)` → Float64: the
/// similarity `newsclaim-dedup` clusters claims by, with the weights of a corpus of `claims`
/// claims, given each claim's concepts with their counts in the corpus ([`claim_similarity_array`]).
#[derive(Debug, Clone)]
pub struct ClaimSimilarityUdf {
    signature: FunctionSignature,
    config: ClaimClusterConfig,
}

macro_rules! claim_function {
    ($name:ident, $sql:literal, $arguments:literal) => {
        impl $name {
            /// The function with the default comparison settings.
            pub fn new() -> Self {
                Self::with_config(ClaimClusterConfig::default())
            }

            /// The function with comparison settings (lexicon, weights) of your own; use the
            /// same settings for the clustering that follows.
            pub fn with_config(config: ClaimClusterConfig) -> Self {
                $name { signature: FunctionSignature::any($arguments, Volatility::Immutable), config }
            }
        }

        $crate::args::function_identity!($name, $sql);
    };
}

claim_function!(ClaimConceptsUdf, "newsclaim_claim_concepts", 1);
claim_function!(ClaimSimilarityUdf, "newsclaim_claim_similarity", 5);

impl ScalarUDFImpl for ClaimConceptsUdf {
    fn name(&self) -> &str {
        "newsclaim_claim_concepts"
    }

    fn signature(&self) -> &FunctionSignature {
        &self.signature
    }

    fn return_type(&self, arg_types: &[DataType]) -> Result<DataType> {
        match arg_types {
            [t] if is_claim_struct(t) => Ok(list_of(DataType::Utf8)),
            _ => plan_err!(
                "newsclaim_claim_concepts(claim) takes a claim struct with fields {COMPARED_FIELDS:?}, got {arg_types:?}"
            ),
        }
    }

    fn invoke_with_args(&self, args: ScalarFunctionArgs) -> Result<ColumnarValue> {
        let [claims] = &args.args[..] else {
            return exec_err!("newsclaim_claim_concepts takes one argument");
        };
        let claims = as_struct("newsclaim_claim_concepts", claims, args.number_rows)?;
        Ok(ColumnarValue::Array(Arc::new(claim_concepts_array(&self.config, &claims)?)))
    }
}

impl ScalarUDFImpl for ClaimSimilarityUdf {
    fn name(&self) -> &str {
        "newsclaim_claim_similarity"
    }

    fn signature(&self) -> &FunctionSignature {
        &self.signature
    }

    fn return_type(&self, arg_types: &[DataType]) -> Result<DataType> {
        let counts =
            |t: &DataType| matches!(t, DataType::List(f) if matches!(f.data_type(), DataType::Struct(_)));
        match arg_types {
            [a, ac, b, bc, n] if is_claim_struct(a) && is_claim_struct(b) && counts(ac) && counts(bc) && n.is_integer() => {
                Ok(DataType::Float64)
            }
            _ => plan_err!(
                "newsclaim_claim_similarity(a, a_concepts, b, b_concepts, claims) takes two claim structs, \
                 each with a list of (concept, claims) structs, and the corpus's number of claims; got {arg_types:?}"
            ),
        }
    }

    fn invoke_with_args(&self, args: ScalarFunctionArgs) -> Result<ColumnarValue> {
        let rows = args.number_rows;
        let [a, ac, b, bc, n] = &args.args[..] else {
            return exec_err!("newsclaim_claim_similarity takes five arguments");
        };
        let name = "newsclaim_claim_similarity";
        let (a, b) = (as_struct(name, a, rows)?, as_struct(name, b, rows)?);
        let (ac, bc) = (ac.to_array(rows)?, bc.to_array(rows)?);
        let total = cast(&n.to_array(rows)?, &DataType::Int64)?;
        let total = total.as_primitive::<Int64Type>();
        // the corpus's claim count is one number; a column of them takes the first
        let total = if total.is_empty() || total.is_null(0) { 0 } else { total.value(0).max(0) as u64 };
        Ok(ColumnarValue::Array(claim_similarity_array(
            &self.config,
            &a,
            ac.as_list(),
            &b,
            bc.as_list(),
            total,
        )?))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claims::claims_array;
    use newsclaim_extract::Extractor;

    fn claims(texts: &[&str]) -> StructArray {
        let lists = claims_array(&Extractor::default(), &texts.iter().map(|t| Some(*t)).collect::<Vec<_>>());
        lists.values().as_struct().clone()
    }

    #[test]
    fn concepts_are_the_dedup_crates() {
        let config = ClaimClusterConfig::default();
        let claims = claims(&["Russia demanded that NATO withdraw its forces from Eastern Europe."]);
        let concepts = claim_concepts_array(&config, &claims).unwrap();
        let concepts: Vec<String> =
            concepts.value(0).as_string::<i32>().iter().flatten().map(str::to_owned).collect();
        let key = ClaimKey::new(0, "demand", &["Russia"][..], "NATO withdraw its forces from Eastern Europe")
            .addressees(&["NATO"][..]);
        assert_eq!(concepts, config.lexicon.claim_concepts(&key));
        assert!(concepts.contains(&"=withdraw".to_owned()), "{concepts:?}");
    }
}
