//! `newsclaim_claims(text)`: who demanded, rejected, proposed … what, by `newsclaim-extract`.

use crate::args::{list_array, list_of, text_function};
use datafusion::arrow::array::{
    Array, ArrayRef, BooleanBuilder, ListArray, StringBuilder, StructArray, UInt32Builder, UInt64Builder,
};
use datafusion::arrow::datatypes::{DataType, Field, FieldRef, Fields};
use newsclaim_extract::{Claim, Extractor, Mention};
use std::sync::{Arc, LazyLock};

/// The fields of one claim in `newsclaim_claims`'s list, in order:
///
/// | field | type | |
/// |---|---|---|
/// | `act` | Utf8, not null | `demand`, `reject`, `accept`, `propose`, `accuse`, `deny`, `warn`, … |
/// | `cameo` | Utf8, not null | the CAMEO root code of the act |
/// | `actor` | Utf8, not null | who, as written ("Kremlin spokesman Dmitry Peskov") |
/// | `norm` | List&lt;Utf8&gt;, not null | the states or organisations the actor stands for (`["Russia"]`), empty when unknown |
/// | `role` | Utf8 | the actor's role code (`GOV`, `OPP`, `JUD`, …) |
/// | `code` | Utf8 | the actor's CAMEO-style code (`RUSGOV`) |
/// | `addressee` | Utf8 | of whom it is demanded, whom it accuses …, as written |
/// | `addressee_norm` | List&lt;Utf8&gt;, not null | the addressee's states or organisations, empty when unknown or none |
/// | `content` | Utf8 | what is demanded, rejected … |
/// | `evidence` | Utf8, not null | the sentence the claim was read from |
/// | `evidence_start`, `evidence_end` | UInt64, not null | the sentence's byte span in the text |
/// | `line` | UInt32, not null | the 1-based line where the sentence starts |
/// | `attribution` | Utf8, not null | `quote`, `reported` or `plain` |
/// | `negated`, `hedged` | Boolean, not null | "did not reject"; "reportedly", "could" |
/// | `rule` | Utf8, not null | the extraction rule, to answer "why was this coded?" |
pub fn claim_fields() -> Fields {
    static FIELDS: LazyLock<Fields> = LazyLock::new(|| {
        Fields::from(vec![
            Field::new("act", DataType::Utf8, false),
            Field::new("cameo", DataType::Utf8, false),
            Field::new("actor", DataType::Utf8, false),
            Field::new("norm", list_of(DataType::Utf8), false),
            Field::new("role", DataType::Utf8, true),
            Field::new("code", DataType::Utf8, true),
            Field::new("addressee", DataType::Utf8, true),
            Field::new("addressee_norm", list_of(DataType::Utf8), false),
            Field::new("content", DataType::Utf8, true),
            Field::new("evidence", DataType::Utf8, false),
            Field::new("evidence_start", DataType::UInt64, false),
            Field::new("evidence_end", DataType::UInt64, false),
            Field::new("line", DataType::UInt32, false),
            Field::new("attribution", DataType::Utf8, false),
            Field::new("negated", DataType::Boolean, false),
            Field::new("hedged", DataType::Boolean, false),
            Field::new("rule", DataType::Utf8, false),
        ])
    });
    FIELDS.clone()
}

/// The type `newsclaim_claims` returns: a list of claim structs ([`claim_fields`]).
pub fn claims_type() -> DataType {
    list_of(DataType::Struct(claim_fields()))
}

/// Column builders for a run of claims.
struct ClaimColumns {
    act: StringBuilder,
    cameo: StringBuilder,
    actor: StringBuilder,
    norm: NamesBuilder,
    role: StringBuilder,
    code: StringBuilder,
    addressee: StringBuilder,
    addressee_norm: NamesBuilder,
    content: StringBuilder,
    evidence: StringBuilder,
    evidence_start: UInt64Builder,
    evidence_end: UInt64Builder,
    line: UInt32Builder,
    attribution: StringBuilder,
    negated: BooleanBuilder,
    hedged: BooleanBuilder,
    rule: StringBuilder,
}

/// A `List<Utf8>` column built from one list of names per claim.
#[derive(Default)]
struct NamesBuilder {
    names: StringBuilder,
    lengths: Vec<usize>,
}

impl NamesBuilder {
    fn push(&mut self, names: &[String]) {
        for name in names {
            self.names.append_value(name);
        }
        self.lengths.push(names.len());
    }

    fn finish(mut self) -> ListArray {
        let values: ArrayRef = Arc::new(self.names.finish());
        let valid = vec![true; self.lengths.len()];
        list_array(Arc::new(Field::new_list_field(DataType::Utf8, true)), &self.lengths, values, &valid)
    }
}

impl ClaimColumns {
    fn new() -> Self {
        ClaimColumns {
            act: StringBuilder::new(),
            cameo: StringBuilder::new(),
            actor: StringBuilder::new(),
            norm: NamesBuilder::default(),
            role: StringBuilder::new(),
            code: StringBuilder::new(),
            addressee: StringBuilder::new(),
            addressee_norm: NamesBuilder::default(),
            content: StringBuilder::new(),
            evidence: StringBuilder::new(),
            evidence_start: UInt64Builder::new(),
            evidence_end: UInt64Builder::new(),
            line: UInt32Builder::new(),
            attribution: StringBuilder::new(),
            negated: BooleanBuilder::new(),
            hedged: BooleanBuilder::new(),
            rule: StringBuilder::new(),
        }
    }

    fn push(&mut self, claim: &Claim<'_>) {
        let mention_role = |m: &Mention<'_>| m.role.map(|r| r.code());
        self.act.append_value(claim.act.as_str());
        self.cameo.append_value(claim.cameo());
        self.actor.append_value(claim.actor.name());
        self.norm.push(&claim.actor.norms);
        self.role.append_option(mention_role(&claim.actor));
        self.code.append_option(claim.actor.code.as_deref());
        self.addressee.append_option(claim.addressee.as_ref().map(|m| m.name()));
        self.addressee_norm.push(claim.addressee.as_ref().map_or(&[][..], |m| &m.norms[..]));
        self.content.append_option(claim.content.as_ref().map(|c| &*c.text));
        self.evidence.append_value(&claim.evidence.text);
        self.evidence_start.append_value(claim.evidence.span.start as u64);
        self.evidence_end.append_value(claim.evidence.span.end as u64);
        self.line.append_value(u32::try_from(claim.line).unwrap_or(u32::MAX));
        self.attribution.append_value(claim.attribution.kind.as_str());
        self.negated.append_value(claim.negated);
        self.hedged.append_value(claim.hedged);
        self.rule.append_value(&claim.rule);
    }

    fn finish(mut self) -> StructArray {
        let columns: Vec<ArrayRef> = vec![
            Arc::new(self.act.finish()),
            Arc::new(self.cameo.finish()),
            Arc::new(self.actor.finish()),
            Arc::new(self.norm.finish()),
            Arc::new(self.role.finish()),
            Arc::new(self.code.finish()),
            Arc::new(self.addressee.finish()),
            Arc::new(self.addressee_norm.finish()),
            Arc::new(self.content.finish()),
            Arc::new(self.evidence.finish()),
            Arc::new(self.evidence_start.finish()),
            Arc::new(self.evidence_end.finish()),
            Arc::new(self.line.finish()),
            Arc::new(self.attribution.finish()),
            Arc::new(self.negated.finish()),
            Arc::new(self.hedged.finish()),
            Arc::new(self.rule.finish()),
        ];
        StructArray::new(claim_fields(), columns, None)
    }
}

/// Extracts the claims of every text of `texts` with `extractor`, reading each whole text as
/// article text (strip a scraped page first: `newsclaim_strip(page)['article']`): one list of
/// claim structs per row ([`claim_fields`]), NULL for a NULL text.
///
/// This is the batch API under `newsclaim_claims`: call it on your own `RecordBatch` columns.
pub fn claims_array(extractor: &Extractor, texts: &[Option<&str>]) -> ListArray {
    let mut columns = ClaimColumns::new();
    let mut lengths = Vec::with_capacity(texts.len());
    let mut valid = Vec::with_capacity(texts.len());
    for text in texts {
        let Some(text) = text else {
            lengths.push(0);
            valid.push(false);
            continue;
        };
        let claims = extractor.extract(text, &[]);
        for claim in &claims {
            columns.push(claim);
        }
        lengths.push(claims.len());
        valid.push(true);
    }
    let item: FieldRef = Arc::new(Field::new_list_field(DataType::Struct(claim_fields()), true));
    let values = columns.finish();
    debug_assert_eq!(values.len(), lengths.iter().sum::<usize>());
    list_array(item, &lengths, Arc::new(values), &valid)
}

text_function!(
    /// `newsclaim_claims(text)` → list of claim structs ([`claim_fields`]), by
    /// [`newsclaim_extract::Extractor`]. `unnest` it for one row per claim.
    ClaimsUdf,
    "newsclaim_claims",
    extractor: Extractor,
    claims_type(),
    claims_array
);

impl ClaimsUdf {
    /// The function with the default extractor (the compiled-in lexicons and tagger).
    pub fn new() -> Self {
        Self::with_extractor(Extractor::default())
    }

    /// The function with an extractor of your own lexicons.
    pub fn with_extractor(extractor: Extractor) -> Self {
        Self::with_tool(extractor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use datafusion::arrow::array::AsArray;

    #[test]
    fn one_list_per_text_null_for_null() {
        let extractor = Extractor::default();
        let text = "Russia demanded that NATO withdraw its forces from Eastern Europe.";
        let lists = claims_array(&extractor, &[Some(text), None, Some("")]);
        assert_eq!(lists.len(), 3);
        assert!(!lists.is_null(0) && lists.is_null(1) && !lists.is_null(2));
        let claims = lists.value(0);
        let claims = claims.as_struct();
        assert_eq!(claims.len(), 1);
        assert_eq!(claims.column_by_name("act").unwrap().as_string::<i32>().value(0), "demand");
        let norm = claims.column_by_name("norm").unwrap().as_list::<i32>().value(0);
        assert_eq!(norm.as_string::<i32>().value(0), "Russia");
        assert_eq!(claims.column_by_name("code").unwrap().as_string::<i32>().value(0), "RUS");
        assert_eq!(lists.value(2).len(), 0);
        assert_eq!(lists.data_type(), &claims_type());
    }
}
