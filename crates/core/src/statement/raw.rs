//! A submission as received: key → value pairs from a form post or a JSON body, before any
//! validation.

use zeroize::{Zeroize, ZeroizeOnDrop};

use super::errors::{ErrorCode, FieldError};
use super::personal::PersonalData;
use crate::rules::Field;

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
/// The key of the partner whose link or embed the signatory came through (a code the
/// collector knows: it drops any other before validation).
pub const PARTNER: &str = "partner";
/// The key of the consent to be contacted by that partner (beside [`EMAIL_CONSENT`], which is
/// for the initiative's organisers).
pub const PARTNER_CONSENT: &str = "partner_consent";

/// Problems kept for keys a submission may not carry (one is reported).
const MAX_PROBLEMS: usize = 32;

/// Keys a submission may carry besides the personal-data fields.
pub const CONTROL_KEYS: [&str; 7] = [
    NATIONALITY,
    DECLARATION,
    EMAIL,
    EMAIL_CONSENT,
    ID_NUMBER_CONFIRMED,
    PARTNER,
    PARTNER_CONSENT,
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
            self.problem(key, ErrorCode::DuplicateField);
        }
    }

    /// Notes a problem found while reading: the first for each key a submission may carry (a
    /// duplicated nationality must always be refused), and a few for other keys, so a hostile
    /// body of thousands of keys does not grow the list.
    fn problem(&mut self, key: &str, code: ErrorCode) {
        let known = Field::from_name(key).is_some() || CONTROL_KEYS.contains(&key);
        if self.problems.iter().any(|p| p.field == key) {
            return;
        }
        if known || self.problems.len() < MAX_PROBLEMS {
            self.problems.push(FieldError::new(key, code));
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

    /// Parses a JSON object whose values are strings or booleans (`null` counts as absent). A
    /// key given twice is a `duplicate_field` problem, as in a form, not "the last one wins".
    pub fn from_json(body: &[u8]) -> Result<Self, ParseError> {
        if body.len() > MAX_BODY_BYTES {
            return Err(ParseError::TooLarge);
        }
        let entries: JsonEntries = serde_json::from_slice(body).map_err(|_| {
            // Only to say why: valid JSON that is not an object, or not JSON at all.
            match serde_json::from_slice::<serde_json::Value>(body) {
                Ok(_) => ParseError::NotAnObject,
                Err(_) => ParseError::Json,
            }
        })?;
        let mut raw = RawSubmission::default();
        for (k, v) in entries.0 {
            match v {
                serde_json::Value::String(s) => raw.insert(&k, s),
                serde_json::Value::Bool(b) => raw.insert(&k, b.to_string()),
                serde_json::Value::Null => {}
                _ => raw.problem(&k, ErrorCode::WrongType),
            }
        }
        Ok(raw)
    }

    /// Removes and returns a value the edge handles itself (e.g. the bot-check token), so it is
    /// not reported as an unknown field.
    pub fn take(&mut self, key: &str) -> Option<zeroize::Zeroizing<String>> {
        self.values.take(key)
    }

    /// Sets `key` to `value`, replacing what was submitted under it (the edge puts back a
    /// partner code it resolved).
    pub fn put(&mut self, key: &str, value: String) {
        self.values.set(key, value);
    }

    /// The value under `key`, as submitted.
    pub fn get(&self, key: &str) -> Option<&str> {
        self.values.get(key)
    }

    /// Every submitted key, in order.
    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.values.keys()
    }

    /// The submission as a form shows it again after an error: every character no field may
    /// hold (invisible, bidi controls, noncharacters) removed, so a page never reflects them.
    pub fn redisplayable(&self) -> RawSubmission {
        RawSubmission::from_pairs(self.keys().filter_map(|key| {
            let value = self.get(key)?;
            let clean: String = value
                .chars()
                .filter(|c| !crate::normalize::is_forbidden(*c))
                .collect();
            Some((key, clean))
        }))
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

/// The members of a JSON object in the order sent, duplicates kept (serde_json's own map keeps
/// only the last of two equal keys).
struct JsonEntries(Vec<(String, serde_json::Value)>);

impl<'de> serde::Deserialize<'de> for JsonEntries {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = JsonEntries;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a JSON object")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<JsonEntries, A::Error> {
                let mut entries = Vec::new();
                while let Some(entry) = map.next_entry()? {
                    entries.push(entry);
                }
                Ok(JsonEntries(entries))
            }
        }
        d.deserialize_map(Visitor)
    }
}
