//! A submission as received: key → value pairs from a form post or a JSON body, before any
//! validation.

use zeroize::{Zeroize, ZeroizeOnDrop};

use super::errors::{ErrorCode, FieldError};
use super::personal::PersonalData;

/// Largest request body the parser accepts; a complete statement is well under 2 KiB.
pub const MAX_BODY_BYTES: usize = 16 * 1024;

/// The key carrying the nationality.
pub const NATIONALITY: &str = "nationality";
/// The key of the declaration checkbox.
pub const DECLARATION: &str = "declaration";
/// The key of the optional e-mail address.
pub const EMAIL: &str = "email";
/// The key of the consent that goes with the e-mail address.
pub const EMAIL_CONSENT: &str = "email_consent";
/// The key by which a signatory confirms an ID number of unusual format.
pub const ID_NUMBER_CONFIRMED: &str = "id_number_confirmed";

/// Keys a submission may carry besides the personal-data fields.
pub const CONTROL_KEYS: [&str; 5] = [
    NATIONALITY,
    DECLARATION,
    EMAIL,
    EMAIL_CONSENT,
    ID_NUMBER_CONFIRMED,
];

/// Why a body could not be read as a submission at all.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum ParseError {
    /// Over [`MAX_BODY_BYTES`].
    #[error("the body is larger than {MAX_BODY_BYTES} bytes")]
    TooLarge,
    /// Not JSON.
    #[error("the body is not valid JSON")]
    Json,
    /// JSON, but not an object.
    #[error("the JSON body must be an object")]
    NotAnObject,
    /// Not UTF-8.
    #[error("the body is not valid UTF-8")]
    Encoding,
}

/// A submission as received: key → value, before any validation. Values are zeroised on drop
/// and never printed.
#[derive(Clone, Default, Zeroize, ZeroizeOnDrop)]
pub struct RawSubmission {
    values: PersonalData,
    /// Problems found while reading (duplicate keys, values of the wrong JSON type).
    #[zeroize(skip)]
    problems: Vec<FieldError>,
}

impl std::fmt::Debug for RawSubmission {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Even the keys come from the client: show only how many there are.
        f.debug_struct("RawSubmission")
            .field("values", &format_args!("<{} redacted>", self.values.len()))
            .field("problems", &self.problems)
            .finish()
    }
}

impl RawSubmission {
    /// Builds a submission from key/value pairs (a form post, or a test).
    pub fn from_pairs<K: AsRef<str>, V: Into<String>>(
        pairs: impl IntoIterator<Item = (K, V)>,
    ) -> Self {
        let mut raw = RawSubmission::default();
        for (k, v) in pairs {
            raw.insert(k.as_ref(), v.into());
        }
        raw
    }

    fn insert(&mut self, key: &str, value: String) {
        if !self.values.insert_new(key, value) {
            self.problems
                .push(FieldError::new(key, ErrorCode::DuplicateField));
        }
    }

    /// Parses an `application/x-www-form-urlencoded` body.
    pub fn from_form(body: &[u8]) -> Result<Self, ParseError> {
        if body.len() > MAX_BODY_BYTES {
            return Err(ParseError::TooLarge);
        }
        std::str::from_utf8(body).map_err(|_| ParseError::Encoding)?;
        Ok(Self::from_pairs(
            form_urlencoded::parse(body).map(|(k, v)| (k.into_owned(), v.into_owned())),
        ))
    }

    /// Parses a JSON object whose values are strings or booleans (`null` counts as absent).
    pub fn from_json(body: &[u8]) -> Result<Self, ParseError> {
        if body.len() > MAX_BODY_BYTES {
            return Err(ParseError::TooLarge);
        }
        let value: serde_json::Value =
            serde_json::from_slice(body).map_err(|_| ParseError::Json)?;
        let serde_json::Value::Object(map) = value else {
            return Err(ParseError::NotAnObject);
        };
        let mut raw = RawSubmission::default();
        for (k, v) in map {
            match v {
                serde_json::Value::String(s) => raw.insert(&k, s),
                serde_json::Value::Bool(b) => raw.insert(&k, b.to_string()),
                serde_json::Value::Null => {}
                _ => raw.problems.push(FieldError::new(&k, ErrorCode::WrongType)),
            }
        }
        Ok(raw)
    }

    /// Removes and returns a value the edge handles itself (e.g. the bot-check token), so it is
    /// not reported as an unknown field.
    pub fn take(&mut self, key: &str) -> Option<String> {
        self.values.take(key)
    }

    /// The value under `key`, as submitted.
    pub fn get(&self, key: &str) -> Option<&str> {
        self.values.get(key)
    }

    /// Every submitted key, in order.
    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.values.keys()
    }

    /// Problems found while reading the body.
    pub fn problems(&self) -> &[FieldError] {
        &self.problems
    }

    /// The submitted nationality, upper-cased, if any (the edge uses it to pick the form).
    pub fn nationality(&self) -> Option<String> {
        self.get(NATIONALITY)
            .map(|n| n.trim().to_ascii_uppercase())
            .filter(|n| !n.is_empty())
    }
}
