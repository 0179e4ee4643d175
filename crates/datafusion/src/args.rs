//! Reading the arguments of newsclaim's functions and building their list results.

use datafusion::arrow::array::{Array, ArrayRef, AsArray, ListArray, StringArray};
use datafusion::arrow::buffer::{NullBuffer, OffsetBuffer};
use datafusion::arrow::compute::cast;
use datafusion::arrow::datatypes::{DataType, Field, FieldRef};
use datafusion::common::{exec_err, Result};
use datafusion::logical_expr::ColumnarValue;
use std::sync::Arc;

/// The text argument of a one-argument string function as a `Utf8` array of the batch's length
/// (a scalar is repeated; `LargeUtf8`, `Utf8View` and NULL are cast).
pub(crate) fn text_argument(name: &str, args: &[ColumnarValue], rows: usize) -> Result<StringArray> {
    let [arg] = args else {
        return exec_err!("{name} takes one text argument, got {}", args.len());
    };
    let array = arg.to_array(rows)?;
    let array = if array.data_type() == &DataType::Utf8 { array } else { cast(&array, &DataType::Utf8)? };
    Ok(array.as_string::<i32>().clone())
}

/// Whether a type is one of Arrow's string types (or NULL, which casts to any).
pub(crate) fn is_text(data_type: &DataType) -> bool {
    matches!(data_type, DataType::Utf8 | DataType::LargeUtf8 | DataType::Utf8View | DataType::Null)
}

/// `List<item>`, the item nullable as Arrow's default list field.
pub(crate) fn list_of(item: DataType) -> DataType {
    DataType::List(Arc::new(Field::new_list_field(item, true)))
}

/// A list array over `values` with one list per row of the given lengths; rows whose entry in
/// `valid` is false are NULL (their length must be 0).
pub(crate) fn list_array(item: FieldRef, lengths: &[usize], values: ArrayRef, valid: &[bool]) -> ListArray {
    let nulls = valid.iter().any(|v| !v).then(|| NullBuffer::from(valid.to_vec()));
    ListArray::new(item, OffsetBuffer::from_lengths(lengths.iter().copied()), values, nulls)
}
