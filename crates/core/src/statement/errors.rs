//! What can be wrong with a submission, as stable codes: the JSON API sends them, the pages
//! localise them, and docs/ruleset.md lists them.

use serde::{Deserialize, Serialize};

use crate::rules::CollectionStatus;

/// What went wrong with one field, as a stable code the edge localises.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    Serialize,
    Deserialize,
    strum::EnumIter,
    strum::IntoStaticStr,
    strum::EnumString,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum ErrorCode {
    /// Missing or blank.
    Required,
    /// Over the field's `max_length`.
    TooLong,
    /// Characters the field does not allow.
    InvalidCharacters,
    /// Fails a strict pattern (ID number, postal code, country code).
    InvalidFormat,
    /// The number does not look like the usual format; the signatory may confirm it.
    UnusualFormat,
    /// The ID number's check digit is wrong.
    Checksum,
    /// Not a real date (or before 1900).
    InvalidDate,
    /// A date of birth after the signing day.
    DateInFuture,
    /// Under the state's minimum age on the signing day.
    TooYoung,
    /// A field this nationality does not ask for (never stored).
    NotAllowed,
    /// A key that is not part of a submission.
    UnknownField,
    /// The key appears twice.
    DuplicateField,
    /// Not a string or boolean, or a flag that is not a boolean.
    WrongType,
    /// Not a state of the ruleset.
    UnknownNationality,
    /// The state does not accept that document type.
    DocumentTypeNotAccepted,
    /// The declaration was not accepted.
    DeclarationRequired,
    /// An e-mail address without its consent.
    ConsentRequired,
    /// Not an e-mail address.
    InvalidEmail,
}

impl ErrorCode {
    /// Every code (pages need a text for each in every language).
    pub fn all() -> impl Iterator<Item = ErrorCode> {
        <ErrorCode as strum::IntoEnumIterator>::iter()
    }

    /// The code as sent in the JSON API, e.g. `too_young`.
    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

/// A field-level error. `field` is the submitted key (truncated for unknown keys); the value is
/// never carried, so errors can be logged without personal data.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldError {
    /// The submitted key.
    pub field: String,
    /// What is wrong with it.
    pub code: ErrorCode,
}

impl FieldError {
    /// An error on `field` (unknown keys come from the client: at most 64 characters are kept).
    pub fn new(field: &str, code: ErrorCode) -> Self {
        let field: String = field.chars().take(64).collect();
        FieldError { field, code }
    }
}

/// Why a submission was not accepted.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ValidationError {
    /// Outside the collection period: nothing else was checked.
    #[error("the collection is not open ({0:?})")]
    CollectionNotOpen(CollectionStatus),
    /// Field-level errors, each with a stable code.
    #[error("{} field error(s)", .0.len())]
    Invalid(Vec<FieldError>),
}
