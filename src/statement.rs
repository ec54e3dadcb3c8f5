//! The statement of support: parsing what a browser or client sent, validating it against the
//! ruleset, and the canonical plaintext that gets sealed.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use time::{Date, OffsetDateTime};
use zeroize::Zeroize;

use crate::dates::{age_on, format_iso_date, format_timestamp, parse_iso_date, ymd};
use crate::normalize::{clean_text, compact_id, compact_postal_code};
use crate::rules::{
    is_country_code, CollectionStatus, Field, FieldKind, Initiative, Ruleset, StateRules,
};

/// Largest request body the parser accepts; a complete statement is well under 2 KiB.
pub const MAX_BODY_BYTES: usize = 16 * 1024;
/// Longest e-mail address (RFC 5321 path limit).
pub const MAX_EMAIL_LENGTH: usize = 254;
/// Format version of the canonical plaintext.
pub const CANONICAL_VERSION: u8 = 1;

/// Keys a submission may carry besides the personal-data fields.
pub const NATIONALITY: &str = "nationality";
pub const DECLARATION: &str = "declaration";
pub const EMAIL: &str = "email";
pub const EMAIL_CONSENT: &str = "email_consent";
pub const ID_NUMBER_CONFIRMED: &str = "id_number_confirmed";

const CONTROL_KEYS: [&str; 5] = [
    NATIONALITY,
    DECLARATION,
    EMAIL,
    EMAIL_CONSENT,
    ID_NUMBER_CONFIRMED,
];

/// Why a body could not be read as a submission at all.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum ParseError {
    #[error("the body is larger than {MAX_BODY_BYTES} bytes")]
    TooLarge,
    #[error("the body is not valid JSON")]
    Json,
    #[error("the JSON body must be an object")]
    NotAnObject,
    #[error("the body is not valid UTF-8")]
    Encoding,
}

/// What went wrong with one field, as a stable code the edge localises.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    Required,
    TooLong,
    InvalidCharacters,
    InvalidFormat,
    /// The number does not look like the usual format; the signatory may confirm it.
    UnusualFormat,
    Checksum,
    InvalidDate,
    DateInFuture,
    TooYoung,
    /// A field this nationality does not ask for (never stored).
    NotAllowed,
    UnknownField,
    DuplicateField,
    WrongType,
    UnknownNationality,
    DocumentTypeNotAccepted,
    DeclarationRequired,
    ConsentRequired,
    InvalidEmail,
}

impl ErrorCode {
    /// Every code (pages need a text for each in every language).
    pub const ALL: [ErrorCode; 18] = [
        ErrorCode::Required,
        ErrorCode::TooLong,
        ErrorCode::InvalidCharacters,
        ErrorCode::InvalidFormat,
        ErrorCode::UnusualFormat,
        ErrorCode::Checksum,
        ErrorCode::InvalidDate,
        ErrorCode::DateInFuture,
        ErrorCode::TooYoung,
        ErrorCode::NotAllowed,
        ErrorCode::UnknownField,
        ErrorCode::DuplicateField,
        ErrorCode::WrongType,
        ErrorCode::UnknownNationality,
        ErrorCode::DocumentTypeNotAccepted,
        ErrorCode::DeclarationRequired,
        ErrorCode::ConsentRequired,
        ErrorCode::InvalidEmail,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ErrorCode::Required => "required",
            ErrorCode::TooLong => "too_long",
            ErrorCode::InvalidCharacters => "invalid_characters",
            ErrorCode::InvalidFormat => "invalid_format",
            ErrorCode::UnusualFormat => "unusual_format",
            ErrorCode::Checksum => "checksum",
            ErrorCode::InvalidDate => "invalid_date",
            ErrorCode::DateInFuture => "date_in_future",
            ErrorCode::TooYoung => "too_young",
            ErrorCode::NotAllowed => "not_allowed",
            ErrorCode::UnknownField => "unknown_field",
            ErrorCode::DuplicateField => "duplicate_field",
            ErrorCode::WrongType => "wrong_type",
            ErrorCode::UnknownNationality => "unknown_nationality",
            ErrorCode::DocumentTypeNotAccepted => "document_type_not_accepted",
            ErrorCode::DeclarationRequired => "declaration_required",
            ErrorCode::ConsentRequired => "consent_required",
            ErrorCode::InvalidEmail => "invalid_email",
        }
    }
}

/// A field-level error. `field` is the submitted key (truncated for unknown keys); the value is
/// never carried, so errors can be logged without personal data.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldError {
    pub field: String,
    pub code: ErrorCode,
}

impl FieldError {
    pub fn new(field: &str, code: ErrorCode) -> Self {
        // Unknown keys come from the client: bound what is echoed back.
        let field: String = field.chars().take(64).collect();
        FieldError { field, code }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ValidationError {
    #[error("the collection is not open ({0:?})")]
    CollectionNotOpen(CollectionStatus),
    #[error("{} field error(s)", .0.len())]
    Invalid(Vec<FieldError>),
}

/// A submission as received: key → value, before any validation. Values are zeroised on drop.
#[derive(Debug, Default, Clone)]
pub struct RawSubmission {
    values: BTreeMap<String, String>,
    /// Problems found while reading (duplicate keys, values of the wrong JSON type).
    problems: Vec<FieldError>,
}

impl Drop for RawSubmission {
    fn drop(&mut self) {
        for v in self.values.values_mut() {
            v.zeroize();
        }
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
        if self.values.contains_key(key) {
            self.problems
                .push(FieldError::new(key, ErrorCode::DuplicateField));
        } else {
            self.values.insert(key.to_owned(), value);
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
        self.values.remove(key)
    }

    pub fn get(&self, key: &str) -> Option<&str> {
        self.values.get(key).map(String::as_str)
    }

    /// The submitted nationality, upper-cased, if any (the edge uses it to pick the form).
    pub fn nationality(&self) -> Option<String> {
        self.get(NATIONALITY)
            .map(|n| n.trim().to_ascii_uppercase())
            .filter(|n| !n.is_empty())
    }
}

/// A statement identifier (UUID v4), shown to the signatory and written to the hand-over files.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct StatementId(pub uuid::Uuid);

#[derive(Debug, thiserror::Error)]
#[error("the system random number generator failed: {0}")]
pub struct RandomError(pub getrandom::Error);

impl StatementId {
    pub fn generate() -> Result<Self, RandomError> {
        let mut bytes = [0u8; 16];
        getrandom::fill(&mut bytes).map_err(RandomError)?;
        Ok(StatementId(
            uuid::Builder::from_random_bytes(bytes).into_uuid(),
        ))
    }
    pub fn as_bytes(&self) -> &[u8; 16] {
        self.0.as_bytes()
    }
    pub fn parse(s: &str) -> Option<Self> {
        uuid::Uuid::try_parse(s).ok().map(StatementId)
    }
}

impl std::fmt::Display for StatementId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.hyphenated().fmt(f)
    }
}

impl Serialize for StatementId {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for StatementId {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        StatementId::parse(&s).ok_or_else(|| serde::de::Error::custom("not a UUID"))
    }
}

/// A validated statement of support: exactly the fields its nationality requires, normalised.
/// Personal data is zeroised when it is dropped.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Statement {
    // Fields are declared in lexicographic order: serde writes them in this order, which makes
    // the JSON canonical (see docs/envelope.md).
    pub annex_revision: String,
    pub fields: BTreeMap<String, String>,
    pub id: StatementId,
    /// The signatory confirmed an ID number of unusual format.
    pub id_format_confirmed: bool,
    pub initiative: String,
    pub nationality: String,
    pub submitted_at: String,
    pub v: u8,
}

impl Drop for Statement {
    fn drop(&mut self) {
        for v in self.fields.values_mut() {
            v.zeroize();
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum CanonicalError {
    #[error("the statement is not valid canonical JSON: {0}")]
    Json(#[from] serde_json::Error),
    #[error("unsupported statement format version {0}")]
    Version(u8),
    #[error("the statement has a field that is not a statement field: {0}")]
    UnknownField(String),
}

impl Statement {
    /// The canonical plaintext: UTF-8 JSON, keys in lexicographic order, no whitespace.
    pub fn to_canonical(&self) -> zeroize::Zeroizing<Vec<u8>> {
        // Serialising a struct of strings, a bool and a map of strings cannot fail.
        zeroize::Zeroizing::new(serde_json::to_vec(self).unwrap_or_default())
    }

    pub fn from_canonical(bytes: &[u8]) -> Result<Statement, CanonicalError> {
        let statement: Statement = serde_json::from_slice(bytes)?;
        if statement.v != CANONICAL_VERSION {
            return Err(CanonicalError::Version(statement.v));
        }
        if let Some(bad) = statement
            .fields
            .keys()
            .find(|k| Field::from_name(k).is_none())
        {
            return Err(CanonicalError::UnknownField(bad.clone()));
        }
        Ok(statement)
    }

    pub fn field(&self, field: Field) -> Option<&str> {
        self.fields.get(field.as_str()).map(String::as_str)
    }
}

/// The optional e-mail address, kept apart from the statement: it has its own consent and its
/// own (different) retention period, so it is sealed in an envelope of its own.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Contact {
    pub email: String,
    pub statement: StatementId,
    pub v: u8,
}

impl Drop for Contact {
    fn drop(&mut self) {
        self.email.zeroize();
    }
}

/// The result of a successful validation.
#[derive(Debug)]
pub struct Validated {
    pub statement: Statement,
    pub contact: Option<Contact>,
}

fn parse_bool(s: &str) -> Option<bool> {
    match s.trim().to_ascii_lowercase().as_str() {
        "true" | "on" | "1" | "yes" => Some(true),
        "false" | "off" | "0" | "no" | "" => Some(false),
        _ => None,
    }
}

/// Accepts `YYYY-MM-DD` and, for people typing, `DD/MM/YYYY` with `/`, `.`, `-` or spaces
/// between the parts (a phone's keyboard may lack some of them).
fn parse_date_input(s: &str) -> Option<Date> {
    if let Ok(d) = parse_iso_date(s) {
        return Some(d);
    }
    let parts: Vec<&str> = s
        .split(['/', '.', '-', ' '])
        .filter(|p| !p.is_empty())
        .collect();
    let [day, month, year] = parts.as_slice() else {
        return None;
    };
    if year.len() != 4 {
        return None;
    }
    ymd(year.parse().ok()?, month.parse().ok()?, day.parse().ok()?)
}

fn is_name_char(c: char) -> bool {
    c.is_alphabetic()
        || unicode_normalization::char::is_combining_mark(c)
        || matches!(c, ' ' | '-' | '\'' | '’' | '.' | ',' | '‐')
}

fn is_valid_email(s: &str) -> bool {
    let Some((local, domain)) = s.rsplit_once('@') else {
        return false;
    };
    !local.is_empty()
        && local.len() <= 64
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !s.contains(char::is_whitespace)
        && !domain.contains('@')
        && domain
            .chars()
            .all(|c| c.is_alphanumeric() || c == '-' || c == '.')
}

/// Everything validation needs besides the submission.
pub struct Context<'a> {
    pub rules: &'a Ruleset,
    pub initiative: &'a Initiative,
    /// When the statement is being signed (the server's clock).
    pub now: OffsetDateTime,
}

impl Context<'_> {
    fn today(&self) -> Date {
        self.now.to_offset(time::UtcOffset::UTC).date()
    }

    /// Resolves a submitted nationality code (ISO or the EU's own, like EL for Greece).
    pub fn resolve_nationality(&self, code: &str) -> Option<(&str, &StateRules)> {
        self.rules.resolve_nationality(code)
    }

    /// Validates a submission. On success the statement carries `id` and the signing time.
    pub fn validate(
        &self,
        raw: &RawSubmission,
        id: StatementId,
    ) -> Result<Validated, ValidationError> {
        let status = self.initiative.collection_status(self.today());
        if status != CollectionStatus::Open {
            return Err(ValidationError::CollectionNotOpen(status));
        }
        let mut errors = raw.problems.clone();
        let err = |errors: &mut Vec<FieldError>, f: &str, c| errors.push(FieldError::new(f, c));

        for key in raw.values.keys() {
            if Field::from_name(key).is_none() && !CONTROL_KEYS.contains(&key.as_str()) {
                err(&mut errors, key, ErrorCode::UnknownField);
            }
        }

        let flag = |errors: &mut Vec<FieldError>, key: &str| match raw.get(key).map(parse_bool) {
            None => false,
            Some(Some(b)) => b,
            Some(None) => {
                err(errors, key, ErrorCode::WrongType);
                false
            }
        };
        if !flag(&mut errors, DECLARATION) {
            err(&mut errors, DECLARATION, ErrorCode::DeclarationRequired);
        }
        let id_confirmed = flag(&mut errors, ID_NUMBER_CONFIRMED);
        let email_consent = flag(&mut errors, EMAIL_CONSENT);
        let email = raw
            .get(EMAIL)
            .and_then(clean_text)
            .filter(|e| !e.is_empty());
        if let Some(email) = &email {
            if email.chars().count() > MAX_EMAIL_LENGTH || !is_valid_email(email) {
                err(&mut errors, EMAIL, ErrorCode::InvalidEmail);
            }
            if !email_consent {
                err(&mut errors, EMAIL_CONSENT, ErrorCode::ConsentRequired);
            }
        }

        let state = match raw.get(NATIONALITY).map(str::trim) {
            None | Some("") => {
                err(&mut errors, NATIONALITY, ErrorCode::Required);
                None
            }
            Some(code) => {
                let found = self.resolve_nationality(code);
                if found.is_none() {
                    err(&mut errors, NATIONALITY, ErrorCode::UnknownNationality);
                }
                found
            }
        };
        let Some((nationality, state)) = state else {
            return Err(ValidationError::Invalid(errors));
        };

        let fields = self.check_fields(raw, state, id_confirmed, &mut errors);
        if !errors.is_empty() {
            return Err(ValidationError::Invalid(errors));
        }
        let contact = email.map(|email| Contact {
            email,
            statement: id,
            v: CANONICAL_VERSION,
        });
        Ok(Validated {
            statement: Statement {
                annex_revision: self.rules.annex_revision.clone(),
                fields,
                id,
                id_format_confirmed: id_confirmed && state.part() == crate::rules::Part::B,
                initiative: self.initiative.id.clone(),
                nationality: nationality.to_owned(),
                submitted_at: format_timestamp(self.now),
                v: CANONICAL_VERSION,
            },
            contact,
        })
    }

    /// Checks every personal-data field against the state's rules; returns the normalised values.
    fn check_fields(
        &self,
        raw: &RawSubmission,
        state: &StateRules,
        id_confirmed: bool,
        errors: &mut Vec<FieldError>,
    ) -> BTreeMap<String, String> {
        let required = state.required_fields();
        let mut out = BTreeMap::new();
        let value = |f: Field| raw.get(f.as_str()).unwrap_or("");
        // The country of residence decides the postcode rule.
        let residence = value(Field::Country).trim().to_ascii_uppercase();

        for field in Field::ALL {
            let name = field.as_str();
            let submitted = value(field);
            if !required.contains(&field) {
                if !submitted.trim().is_empty() {
                    errors.push(FieldError::new(name, ErrorCode::NotAllowed));
                }
                continue;
            }
            let Some(clean) = clean_text(submitted) else {
                errors.push(FieldError::new(name, ErrorCode::InvalidCharacters));
                continue;
            };
            // With a single accepted document type, the type need not be sent.
            let clean = match (field, clean.is_empty(), state.documents.as_slice()) {
                (Field::IdType, true, [only]) => only.doc_type.clone(),
                _ => clean,
            };
            let optional_postcode = field == Field::PostalCode
                && is_country_code(&residence)
                && self.rules.postal_code_rule(&residence).optional;
            if clean.is_empty() {
                if !optional_postcode {
                    errors.push(FieldError::new(name, ErrorCode::Required));
                }
                continue;
            }
            match self.check_field(field, clean, state, raw, &residence, id_confirmed) {
                Ok(v) => {
                    out.insert(name.to_owned(), v);
                }
                Err(code) => errors.push(FieldError::new(name, code)),
            }
        }
        out
    }

    fn check_field(
        &self,
        field: Field,
        clean: String,
        state: &StateRules,
        raw: &RawSubmission,
        residence: &str,
        id_confirmed: bool,
    ) -> Result<String, ErrorCode> {
        let too_long = |s: &str, max: usize| s.chars().count() > max;
        match field {
            Field::IdType => state
                .document(&clean)
                .map(|d| d.doc_type.clone())
                .ok_or(ErrorCode::DocumentTypeNotAccepted),
            Field::IdNumber => {
                let number = compact_id(&clean);
                if too_long(&number, self.rules.id_number_max_length) {
                    return Err(ErrorCode::TooLong);
                }
                if !number
                    .chars()
                    .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
                {
                    return Err(ErrorCode::InvalidCharacters);
                }
                let doc_type = raw.get(Field::IdType.as_str()).map(str::trim).unwrap_or("");
                let doc = match (state.document(doc_type), state.documents.as_slice()) {
                    (Some(doc), _) => doc,
                    (None, [only]) if doc_type.is_empty() => only,
                    // The type's own error is reported on id_type.
                    (None, _) => return Ok(number),
                };
                if !doc.pattern.is_match(&number) && (doc.strict || !id_confirmed) {
                    return Err(if doc.strict {
                        ErrorCode::InvalidFormat
                    } else {
                        ErrorCode::UnusualFormat
                    });
                }
                if let Some(checksum) = doc.checksum {
                    let born = checksum
                        .verify(&number, self.today())
                        .map_err(|_| ErrorCode::Checksum)?;
                    if let Some(born) = born {
                        // A number that says its holder is not born yet is not a real number.
                        self.check_age(born, state).map_err(|e| match e {
                            ErrorCode::TooYoung => ErrorCode::TooYoung,
                            _ => ErrorCode::InvalidFormat,
                        })?;
                    }
                }
                Ok(number)
            }
            _ => {
                let spec = self.rules.field_spec(field).ok_or(ErrorCode::NotAllowed)?;
                match spec.kind {
                    FieldKind::Name => {
                        if too_long(&clean, spec.max_length) {
                            Err(ErrorCode::TooLong)
                        } else if !clean.chars().all(is_name_char)
                            || !clean.chars().any(char::is_alphabetic)
                        {
                            Err(ErrorCode::InvalidCharacters)
                        } else {
                            Ok(clean)
                        }
                    }
                    FieldKind::Text => {
                        if too_long(&clean, spec.max_length) {
                            Err(ErrorCode::TooLong)
                        } else {
                            Ok(clean)
                        }
                    }
                    FieldKind::Date => {
                        let born = parse_date_input(&clean).ok_or(ErrorCode::InvalidDate)?;
                        self.check_age(born, state)?;
                        Ok(format_iso_date(born))
                    }
                    FieldKind::Country => {
                        let code = clean.to_ascii_uppercase();
                        if is_country_code(&code) {
                            Ok(code)
                        } else {
                            Err(ErrorCode::InvalidFormat)
                        }
                    }
                    FieldKind::PostalCode => {
                        let code = compact_postal_code(&clean);
                        if too_long(&code, spec.max_length) {
                            return Err(ErrorCode::TooLong);
                        }
                        let rule = self.rules.postal_code_rule(residence);
                        if rule.pattern.is_match(&code) {
                            Ok(code)
                        } else {
                            Err(ErrorCode::InvalidFormat)
                        }
                    }
                }
            }
        }
    }

    fn check_age(&self, born: Date, state: &StateRules) -> Result<(), ErrorCode> {
        let today = self.today();
        if born > today {
            return Err(ErrorCode::DateInFuture);
        }
        if born.year() < 1900 {
            return Err(ErrorCode::InvalidDate);
        }
        if age_on(born, today) < i32::from(state.min_age_on(today)) {
            return Err(ErrorCode::TooYoung);
        }
        Ok(())
    }
}
