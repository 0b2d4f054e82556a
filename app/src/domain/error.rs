//! Why a value was refused.

/// Why an answer was refused. The `field` names the JSON path; `code` is stable.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldError {
    pub field: String,
    pub code: &'static str,
    pub message: String,
}
