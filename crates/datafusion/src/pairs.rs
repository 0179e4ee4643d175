//! `newsclaim_block_pairs(keys, block)`: the candidate pairs of one bucket (documents sharing a
//! band key, claims sharing a concept) with a bounded number per member, so that a bucket shared
//! by a million members stays linear.

use crate::args::list_of;
use datafusion::arrow::array::{
    Array, ArrayRef, AsArray, ListArray, StringArray, StringBuilder, StructArray,
};
use datafusion::arrow::compute::cast;
use datafusion::arrow::datatypes::{DataType, Field, Fields, Int64Type};
use datafusion::common::{exec_err, plan_err, Result};
use datafusion::logical_expr::{
    ColumnarValue, ScalarFunctionArgs, ScalarUDFImpl, Signature as FunctionSignature, Volatility,
};
use std::sync::Arc;

/// The fields of one pair: `a` and `b` (Utf8, `a < b`).
pub fn pair_fields() -> Fields {
    Fields::from(vec![Field::new("a", DataType::Utf8, false), Field::new("b", DataType::Utf8, false)])
}

/// The pairs of each row's keys: sorted and without repeats, the keys are cut into blocks of
/// `block`, and each key is paired with the later keys of its own block and every key of the
/// next block — at most `2 × block − 1` partners per key, each pair once with `a < b`. Members of
/// a bucket that are alike are linked through neighbours; pairs farther apart are not tried.
/// NULL keys are skipped; a NULL list gives an empty list.
///
/// The batch API under `newsclaim_block_pairs`; `block` must be at least 1.
pub fn block_pairs_array(lists: &ListArray, block: usize) -> Result<ListArray> {
    if block == 0 {
        return exec_err!("newsclaim_block_pairs: the block must be at least 1");
    }
    let mut offsets = Vec::with_capacity(lists.len() + 1);
    offsets.push(0i32);
    let (mut a, mut b) = (StringBuilder::new(), StringBuilder::new());
    let mut count = 0usize;
    let mut keys: Vec<&str> = Vec::new();
    let values = cast(lists.values(), &DataType::Utf8)?;
    let values: &StringArray = values.as_string();
    let list_offsets = lists.value_offsets();
    for row in 0..lists.len() {
        keys.clear();
        if !lists.is_null(row) {
            let (start, end) = (list_offsets[row] as usize, list_offsets[row + 1] as usize);
            keys.extend((start..end).filter(|&i| !values.is_null(i)).map(|i| values.value(i)));
        }
        keys.sort_unstable();
        keys.dedup();
        for i in 0..keys.len() {
            let reach = ((i / block + 2) * block).min(keys.len());
            for &other in &keys[i + 1..reach] {
                a.append_value(keys[i]);
                b.append_value(other);
                count += 1;
            }
        }
        let Ok(offset) = i32::try_from(count) else {
            return exec_err!("newsclaim_block_pairs: more than {} pairs in one batch", i32::MAX);
        };
        offsets.push(offset);
    }
    let pairs =
        StructArray::new(pair_fields(), vec![Arc::new(a.finish()) as ArrayRef, Arc::new(b.finish())], None);
    let item = Arc::new(Field::new_list_field(DataType::Struct(pair_fields()), true));
    Ok(ListArray::new(
        item,
        datafusion::arrow::buffer::OffsetBuffer::new(offsets.into()),
        Arc::new(pairs),
        None,
    ))
}

/// `newsclaim_block_pairs(keys, block)` → list of `{a, b}`: the candidate pairs of a bucket of
/// keys (ids sharing a band key, nodes sharing a concept), a bounded number per key
/// ([`block_pairs_array`]). `keys` is a list of strings (`array_agg(id)`), `block` an integer.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct BlockPairsUdf {
    signature: FunctionSignature,
}

impl BlockPairsUdf {
    /// The function.
    pub fn new() -> Self {
        BlockPairsUdf { signature: FunctionSignature::any(2, Volatility::Immutable) }
    }
}

impl Default for BlockPairsUdf {
    fn default() -> Self {
        Self::new()
    }
}

impl ScalarUDFImpl for BlockPairsUdf {
    fn name(&self) -> &str {
        "newsclaim_block_pairs"
    }

    fn signature(&self) -> &FunctionSignature {
        &self.signature
    }

    fn return_type(&self, arg_types: &[DataType]) -> Result<DataType> {
        let keys = |t: &DataType| match t {
            DataType::List(f) | DataType::LargeList(f) => crate::args::is_text(f.data_type()),
            DataType::Null => true,
            _ => false,
        };
        match arg_types {
            [k, b] if keys(k) && b.is_integer() => Ok(list_of(DataType::Struct(pair_fields()))),
            _ => plan_err!("newsclaim_block_pairs(keys, block) takes a list of strings and an integer, got {arg_types:?}"),
        }
    }

    fn invoke_with_args(&self, args: ScalarFunctionArgs) -> Result<ColumnarValue> {
        let rows = args.number_rows;
        let [keys, block] = &args.args[..] else {
            return exec_err!("newsclaim_block_pairs takes two arguments");
        };
        let keys = cast(&keys.to_array(rows)?, &list_of(DataType::Utf8))?;
        let block = cast(&block.to_array(rows)?, &DataType::Int64)?;
        let block = block.as_primitive::<Int64Type>();
        // the block is one number; a column of them takes the first
        let block = if block.is_empty() || block.is_null(0) { 0 } else { block.value(0).max(0) as usize };
        Ok(ColumnarValue::Array(Arc::new(block_pairs_array(keys.as_list(), block)?)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use datafusion::arrow::array::{ListBuilder, StringBuilder};

    fn pairs(keys: &[Option<&str>], block: usize) -> Vec<(String, String)> {
        let mut lists = ListBuilder::new(StringBuilder::new());
        for k in keys {
            lists.values().append_option(*k);
        }
        lists.append(true);
        let out = block_pairs_array(&lists.finish(), block).unwrap();
        let row = out.value(0);
        let row = row.as_struct();
        let (a, b) = (row.column(0).as_string::<i32>(), row.column(1).as_string::<i32>());
        (0..row.len()).map(|i| (a.value(i).to_owned(), b.value(i).to_owned())).collect()
    }

    #[test]
    fn small_buckets_give_every_pair_once() {
        let got = pairs(&[Some("c"), Some("a"), None, Some("b"), Some("a")], 16);
        let want = [("a", "b"), ("a", "c"), ("b", "c")];
        assert_eq!(got, want.map(|(a, b)| (a.to_owned(), b.to_owned())));
    }

    #[test]
    fn big_buckets_stay_linear_and_connected() {
        let keys: Vec<String> = (0..1000).map(|i| format!("k{i:04}")).collect();
        let refs: Vec<Option<&str>> = keys.iter().map(|k| Some(k.as_str())).collect();
        let got = pairs(&refs, 4);
        assert!(got.len() <= 1000 * 7, "{}", got.len());
        assert!(got.iter().all(|(a, b)| a < b));
        // neighbours are always paired, so the bucket is one component
        for w in keys.windows(2) {
            assert!(got.contains(&(w[0].clone(), w[1].clone())), "{w:?}");
        }
        // a key meets the rest of its block and the whole next block, nothing farther
        assert!(got.contains(&("k0000".to_owned(), "k0007".to_owned())));
        assert!(!got.contains(&("k0000".to_owned(), "k0008".to_owned())));
        assert!(block_pairs_array(
            &ListArray::new_null(Arc::new(Field::new_list_field(DataType::Utf8, true)), 1),
            0
        )
        .is_err());
    }
}
