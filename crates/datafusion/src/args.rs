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

/// Declares `$name`, a SQL function of one text argument named `$sql`, holding a stage crate's
/// `$tool` in its field `$field` and answering each batch with `$array(&tool, &texts)`. Each type
/// writes its own constructors (they differ in what can be configured).
macro_rules! text_function {
    ($(#[$doc:meta])* $name:ident, $sql:literal, $field:ident: $tool:ty, $returns:expr, $array:expr) => {
        $(#[$doc])*
        #[derive(Debug, Clone)]
        pub struct $name {
            signature: datafusion::logical_expr::Signature,
            $field: $tool,
        }

        impl $name {
            fn with_tool($field: $tool) -> Self {
                use datafusion::logical_expr::{Signature, Volatility};
                $name { signature: Signature::any(1, Volatility::Immutable), $field }
            }
        }

        $crate::args::function_identity!($name, $sql);

        impl datafusion::logical_expr::ScalarUDFImpl for $name {
            fn name(&self) -> &str {
                $sql
            }

            fn signature(&self) -> &datafusion::logical_expr::Signature {
                &self.signature
            }

            fn return_type(
                &self,
                arg_types: &[datafusion::arrow::datatypes::DataType],
            ) -> datafusion::common::Result<datafusion::arrow::datatypes::DataType> {
                match arg_types {
                    [t] if $crate::args::is_text(t) => Ok($returns),
                    _ => datafusion::common::plan_err!("{}(text) takes one text argument, got {arg_types:?}", $sql),
                }
            }

            fn invoke_with_args(
                &self,
                args: datafusion::logical_expr::ScalarFunctionArgs,
            ) -> datafusion::common::Result<datafusion::logical_expr::ColumnarValue> {
                let texts = $crate::args::text_argument($sql, &args.args, args.number_rows)?;
                let texts: Vec<Option<&str>> = texts.iter().collect();
                let array = $array(&self.$field, &texts[..]);
                Ok(datafusion::logical_expr::ColumnarValue::Array(std::sync::Arc::new(array)))
            }
        }
    };
}
pub(crate) use text_function;

/// `Default` (by `new()`) and the identity of a SQL function type holding a tool: functions
/// compare and hash by name, as a session holds one function of a name.
macro_rules! function_identity {
    ($name:ident, $sql:literal) => {
        impl Default for $name {
            fn default() -> Self {
                Self::new()
            }
        }

        impl PartialEq for $name {
            fn eq(&self, _: &Self) -> bool {
                true
            }
        }
        impl Eq for $name {}
        impl std::hash::Hash for $name {
            fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
                $sql.hash(state);
            }
        }
    };
}
pub(crate) use function_identity;
