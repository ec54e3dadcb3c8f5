//! The statement of support: what a browser or client sent ([`raw`]), its validation against
//! the ruleset ([`validate`]), and the canonical plaintext that gets sealed ([`canonical`]).

pub mod canonical;
pub mod errors;
pub mod personal;
pub mod raw;
pub mod validate;

pub use canonical::{
    CanonicalError, Contact, RandomError, Statement, StatementId, Verification, CANONICAL_VERSION,
};
pub use errors::{ErrorCode, FieldError, ValidationError};
pub use personal::PersonalData;
pub use raw::{
    ParseError, RawSubmission, CONTROL_KEYS, DECLARATION, EMAIL, EMAIL_CONSENT,
    ID_NUMBER_CONFIRMED, MAX_BODY_BYTES, NATIONALITY, PARTNER, PARTNER_CONSENT,
};
pub use validate::{parse_typed_date, Validated, Validator, MAX_EMAIL_LENGTH};
