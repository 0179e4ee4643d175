//! Errors.

/// Why a page could not be stripped.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum StripError {
    /// The bytes are not UTF-8.
    #[error("input is not valid UTF-8 (valid up to byte {valid_up_to})")]
    InvalidUtf8 {
        /// Length of the valid UTF-8 prefix.
        valid_up_to: usize,
    },
    /// A line of a list given to [`crate::StripperBuilder`] is malformed.
    #[error("{list}: line {line}: {message}")]
    BadLine {
        /// Which list (`"phrases"`).
        list: &'static str,
        /// 1-based line number in the text given.
        line: usize,
        /// What is wrong with it.
        message: String,
    },
}
