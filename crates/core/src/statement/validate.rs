//! Validation of a submission against the ruleset: every field, format, checksum, the minimum
//! age and the collection period. The result is a [`Statement`] with exactly the fields its
//! nationality requires, normalised, and the optional [`Contact`].

use time::{Date, OffsetDateTime};

use super::canonical::{Contact, Statement, StatementId, CANONICAL_VERSION};
use super::errors::{ErrorCode, FieldError, ValidationError};
use super::personal::PersonalData;
use super::raw::{
    RawSubmission, CONTROL_KEYS, DECLARATION, EMAIL, EMAIL_CONSENT, ID_NUMBER_CONFIRMED,
    NATIONALITY, PARTNER, PARTNER_CONSENT,
};
use crate::dates::{age_on, format_iso_date, format_timestamp, parse_iso_date, ymd};
use crate::normalize::{clean_text, compact_id, compact_postal_code};
use crate::rules::{
    is_country_code, CollectionStatus, Field, FieldKind, Initiative, Part, Presence, Ruleset,
    StateRules,
};

/// Longest e-mail address (RFC 5321 path limit).
pub const MAX_EMAIL_LENGTH: usize = 254;

/// The result of a successful validation.
#[derive(Debug)]
pub struct Validated {
    /// The statement, ready to seal.
    pub statement: Statement,
    /// The e-mail address, when one was given with its consent.
    pub contact: Option<Contact>,
}

/// At most one error per field (the first found), and one for all unexpected keys together,
/// whatever is wrong with them.
fn one_per_field(errors: Vec<FieldError>) -> Vec<FieldError> {
    let mut seen = std::collections::BTreeSet::new();
    let mut unexpected = false;
    errors
        .into_iter()
        .filter(|e| {
            let known =
                Field::from_name(&e.field).is_some() || CONTROL_KEYS.contains(&e.field.as_str());
            if known {
                seen.insert(e.field.clone())
            } else {
                !std::mem::replace(&mut unexpected, true)
            }
        })
        .collect()
}

fn parse_bool(s: &str) -> Option<bool> {
    match s.trim().to_ascii_lowercase().as_str() {
        "true" | "on" | "1" | "yes" => Some(true),
        "false" | "off" | "0" | "no" | "" => Some(false),
        _ => None,
    }
}

/// Accepts `YYYY-MM-DD` and, for people typing, the day, month and four-digit year in the order
/// any EU language writes them: day first (31/12/1990, 31. 12. 1990., 31.12.1990 г.) or year
/// first (1990. 12. 31., 1990-12-31), with `/`, `.`, `-` or spaces between the parts (a phone's
/// keyboard may lack some of them). The pages' examples are held to it (tests/i18n.rs).
pub fn parse_typed_date(s: &str) -> Option<Date> {
    if let Ok(d) = parse_iso_date(s) {
        return Some(d);
    }
    let mut parts: Vec<&str> = s
        .split(|c: char| matches!(c, '/' | '.' | '-') || c.is_whitespace())
        .filter(|p| !p.is_empty())
        .collect();
    // Bulgarian writes "г." (year) after the year.
    if parts.last() == Some(&"г") {
        parts.pop();
    }
    let (year, month, day) = match parts.as_slice() {
        [year, month, day] if year.len() == 4 => (year, month, day),
        [day, month, year] if year.len() == 4 => (year, month, day),
        _ => return None,
    };
    let number = |part: &str| -> Option<u16> {
        part.bytes()
            .all(|b| b.is_ascii_digit())
            .then(|| part.parse().ok())
            .flatten()
    };
    ymd(
        i32::from(number(year)?),
        u8::try_from(number(month)?).ok()?,
        u8::try_from(number(day)?).ok()?,
    )
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
pub struct Validator<'a> {
    /// The ruleset (which fields each nationality requires, and how they are checked).
    pub rules: &'a Ruleset,
    /// The initiative being signed (its id and collection period).
    pub initiative: &'a Initiative,
    /// When the statement is being signed (the server's clock).
    pub now: OffsetDateTime,
}

impl Validator<'_> {
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
        let mut errors = raw.problems().to_vec();
        let err = |errors: &mut Vec<FieldError>, f: &str, c| errors.push(FieldError::new(f, c));

        // Unexpected keys are reported once, by the first of them: a body of thousands of keys
        // must not become thousands of errors.
        if let Some(key) = raw
            .keys()
            .find(|key| Field::from_name(key).is_none() && !CONTROL_KEYS.contains(key))
        {
            err(&mut errors, key, ErrorCode::UnknownField);
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
        // A code of another form is no partner: links are not the citizen's fault.
        let partner = raw
            .get(PARTNER)
            .map(str::trim)
            .filter(|code| crate::campaign::is_partner_code(code))
            .map(str::to_owned);
        let partner_consent = flag(&mut errors, PARTNER_CONSENT) && partner.is_some();
        let email = match raw.get(EMAIL).map(clean_text) {
            None => None,
            Some(None) => {
                err(&mut errors, EMAIL, ErrorCode::InvalidCharacters);
                None
            }
            Some(Some(e)) => Some(e).filter(|e| !e.is_empty()),
        };
        if let Some(email) = &email {
            if email.chars().count() > MAX_EMAIL_LENGTH || !is_valid_email(email) {
                err(&mut errors, EMAIL, ErrorCode::InvalidEmail);
            }
            if !email_consent && !partner_consent {
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
            return Err(ValidationError::Invalid(one_per_field(errors)));
        };

        let fields = self.check_fields(raw, state, id_confirmed, &mut errors);
        if !errors.is_empty() {
            return Err(ValidationError::Invalid(one_per_field(errors)));
        }
        let contact = email.map(|email| Contact {
            email,
            organiser: email_consent,
            partner: partner.clone().filter(|_| partner_consent),
            statement: id,
            v: CANONICAL_VERSION,
        });
        Ok(Validated {
            statement: Statement {
                annex_revision: self.rules.annex_revision.clone(),
                fields,
                id,
                id_format_confirmed: id_confirmed && state.part() == Part::B,
                initiative: self.initiative.id.clone(),
                nationality: nationality.to_owned(),
                partner,
                submitted_at: format_timestamp(self.now),
                v: CANONICAL_VERSION,
                verified: None,
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
    ) -> PersonalData {
        let mut out = PersonalData::default();
        let value = |f: Field| raw.get(f.as_str()).unwrap_or("");
        // The country of residence decides the postcode rule.
        let residence = self.residence_code(value(Field::Country));
        let contract = self.rules.statement_fields(state, &residence);

        for field in Field::all() {
            let name = field.as_str();
            let submitted = value(field);
            let Some((_, presence)) = contract.iter().find(|(f, _)| *f == field) else {
                if !submitted.trim().is_empty() {
                    errors.push(FieldError::new(name, ErrorCode::NotAllowed));
                }
                continue;
            };
            let Some(clean) = clean_text(submitted) else {
                errors.push(FieldError::new(name, ErrorCode::InvalidCharacters));
                continue;
            };
            // With a single accepted document type, the type need not be sent.
            let clean = match (field, clean.is_empty(), state.documents.as_slice()) {
                (Field::IdType, true, [only]) => only.doc_type.clone(),
                _ => clean,
            };
            if clean.is_empty() {
                if *presence == Presence::Required {
                    errors.push(FieldError::new(name, ErrorCode::Required));
                }
                continue;
            }
            match self.check_field(field, clean, state, raw, &residence, id_confirmed) {
                Ok(v) => out.set(name, v),
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
                        let born = parse_typed_date(&clean).ok_or(ErrorCode::InvalidDate)?;
                        self.check_age(born, state)?;
                        Ok(format_iso_date(born))
                    }
                    FieldKind::Country => {
                        let code = self.residence_code(&clean);
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

    /// A country of residence as submitted, as the ISO code stored: upper case, and a member
    /// state's own EU code (EL for Greece) as its ISO code, as for the nationality.
    fn residence_code(&self, submitted: &str) -> String {
        let code = submitted.trim().to_ascii_uppercase();
        match self.rules.resolve_nationality(&code) {
            Some((iso, _)) => iso.to_owned(),
            None => code,
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
