//! The validated statement and its canonical plaintext (what gets sealed), the statement id,
//! and the contact kept apart from the statement. See docs/envelope.md.

use serde::{Deserialize, Serialize};
use zeroize::{Zeroize, ZeroizeOnDrop, Zeroizing};

use super::personal::PersonalData;
use crate::rules::Field;

/// Format version of the canonical plaintext.
pub const CANONICAL_VERSION: u8 = 1;

/// A statement identifier (UUID v4), shown to the signatory and written to the hand-over files.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct StatementId(pub uuid::Uuid);

/// The system's random number generator failed.
#[derive(Debug, thiserror::Error)]
#[error("the system random number generator failed: {0}")]
pub struct RandomError(pub getrandom::Error);

impl StatementId {
    /// A new random (v4) id.
    pub fn generate() -> Result<Self, RandomError> {
        let mut bytes = [0u8; 16];
        getrandom::fill(&mut bytes).map_err(RandomError)?;
        Ok(StatementId::from_random_bytes(bytes))
    }

    /// The v4 id made of 16 random bytes (version and variant bits are set here).
    pub fn from_random_bytes(bytes: [u8; 16]) -> Self {
        StatementId(uuid::Builder::from_random_bytes(bytes).into_uuid())
    }

    /// The 16 bytes of the UUID.
    pub fn as_bytes(&self) -> &[u8; 16] {
        self.0.as_bytes()
    }

    /// Parses the hyphenated (or any other standard) UUID form.
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
/// Personal data is zeroised when it is dropped and never printed by `Debug`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Zeroize, ZeroizeOnDrop)]
#[serde(deny_unknown_fields)]
pub struct Statement {
    // Fields are declared in lexicographic order: serde writes them in this order, which makes
    // the JSON canonical (see docs/envelope.md).
    /// Which annex the data was collected under (from the ruleset).
    pub annex_revision: String,
    /// Field name → normalised value.
    pub fields: PersonalData,
    /// The statement id.
    #[zeroize(skip)]
    pub id: StatementId,
    /// The signatory confirmed an ID number of unusual format.
    pub id_format_confirmed: bool,
    /// The initiative's registration number.
    pub initiative: String,
    /// The member state of nationality (ISO 3166-1 alpha-2).
    pub nationality: String,
    /// The partner whose link or embed the signatory came through (docs/campaigns.md): sealed
    /// here, never stored in clear. Absent when there was none (and in statements signed
    /// before partners existed).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub partner: Option<String>,
    /// When it was signed, RFC 3339 UTC.
    pub submitted_at: String,
    /// Format version ([`CANONICAL_VERSION`]).
    pub v: u8,
    /// Who vouched for the particulars, for a statement made with the EU Digital Identity
    /// Wallet (docs/wallet.md): sealed here, never stored in clear. Absent for a typed one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[zeroize(skip)]
    pub verified: Option<Verification>,
}

/// What a statement records of the identity credential its particulars came from: never the
/// credential, only who issued it and in which format (docs/wallet.md).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Verification {
    // In lexicographic order, as the statement's own keys.
    /// The credential's format: `dc+sd-jwt` or `mso_mdoc`.
    pub format: String,
    /// The PID provider: its signing certificate's common name.
    pub issuer: String,
    /// The country in that certificate's subject.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issuer_country: Option<String>,
}

impl Verification {
    /// Longest issuer name kept, in characters.
    pub const MAX_ISSUER: usize = 200;

    fn check(&self) -> Result<(), CanonicalError> {
        let text = |s: &str| {
            !s.is_empty()
                && s.chars().count() <= Self::MAX_ISSUER
                && !s.chars().any(crate::normalize::is_forbidden)
        };
        let country_ok = self
            .issuer_country
            .as_deref()
            .is_none_or(|c| c.len() == 2 && c.bytes().all(|b| b.is_ascii_uppercase()));
        if matches!(self.format.as_str(), "dc+sd-jwt" | "mso_mdoc")
            && text(&self.issuer)
            && country_ok
        {
            Ok(())
        } else {
            Err(CanonicalError::Verification)
        }
    }
}

/// Why bytes are not a canonical statement.
#[derive(Debug, thiserror::Error)]
pub enum CanonicalError {
    /// Not JSON of the statement's shape.
    #[error("the statement is not valid canonical JSON: {0}")]
    Json(#[from] serde_json::Error),
    /// A version this build does not read.
    #[error("unsupported statement format version {0}")]
    Version(u8),
    /// A key in `fields` that is not a statement field.
    #[error("the statement has a field that is not a statement field: {0}")]
    UnknownField(String),
    /// A partner that is not a partner code (it would name files and CSV columns).
    #[error("the partner {0:?} is not a partner code (1 to 32 of a-z, 0-9 and -)")]
    Partner(String),
    /// A verification record that is not one (an unknown format, an issuer name that is empty,
    /// too long or holds a forbidden character, a country that is not a code).
    #[error("the statement's identity verification record is malformed")]
    Verification,
}

/// A sealed partner must have a partner code's form: the worker seals only codes it knows, and
/// `ocs` names a contact file after it.
fn check_partner(partner: Option<&str>) -> Result<(), CanonicalError> {
    match partner {
        Some(code) if !crate::campaign::is_partner_code(code) => {
            Err(CanonicalError::Partner(code.chars().take(40).collect()))
        }
        _ => Ok(()),
    }
}

impl Statement {
    /// The canonical plaintext: UTF-8 JSON, keys in lexicographic order, no whitespace.
    #[allow(
        clippy::expect_used,
        reason = "serde_json fails only on non-string map keys or a failing Serialize impl; \
                  a struct of strings and a string-keyed map has neither"
    )]
    pub fn to_canonical(&self) -> Zeroizing<Vec<u8>> {
        Zeroizing::new(
            serde_json::to_vec(self)
                .expect("a struct of strings, a flag and a string map always serialises"),
        )
    }

    /// Reads a canonical plaintext back, checking its version and field names.
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
            return Err(CanonicalError::UnknownField(bad.to_owned()));
        }
        check_partner(statement.partner.as_deref())?;
        if let Some(verified) = &statement.verified {
            verified.check()?;
        }
        Ok(statement)
    }

    /// The value of one field, if the statement carries it.
    pub fn field(&self, field: Field) -> Option<&str> {
        self.fields.get(field.as_str())
    }
}

/// The optional e-mail address, kept apart from the statement: it has its own consent and its
/// own (different) retention period, so it is sealed in an envelope of its own.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize, Zeroize, ZeroizeOnDrop)]
pub struct Contact {
    /// The address, as validated.
    pub email: String,
    /// Consent to be contacted by the initiative's organisers (contacts sealed before partners
    /// existed had only this consent).
    #[serde(default = "consented")]
    pub organiser: bool,
    /// The partner the signatory consented to be contacted by, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[zeroize(skip)]
    pub partner: Option<String>,
    /// The statement it belongs to.
    #[zeroize(skip)]
    pub statement: StatementId,
    /// Format version ([`CANONICAL_VERSION`]).
    pub v: u8,
}

fn consented() -> bool {
    true
}

impl std::fmt::Debug for Contact {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Contact")
            .field("email", &"<redacted>")
            .field("organiser", &self.organiser)
            .field("partner", &self.partner)
            .field("statement", &self.statement)
            .finish()
    }
}

impl Contact {
    /// The plaintext sealed in the contact envelope: UTF-8 JSON, keys in lexicographic order.
    #[allow(
        clippy::expect_used,
        reason = "serde_json fails only on non-string map keys or a failing Serialize impl"
    )]
    pub fn to_canonical(&self) -> Zeroizing<Vec<u8>> {
        Zeroizing::new(
            serde_json::to_vec(self).expect("a struct of a string, an id and a number serialises"),
        )
    }

    /// Reads a contact plaintext back.
    pub fn from_canonical(bytes: &[u8]) -> Result<Contact, CanonicalError> {
        let contact: Contact = serde_json::from_slice(bytes)?;
        if contact.v != CANONICAL_VERSION {
            return Err(CanonicalError::Version(contact.v));
        }
        check_partner(contact.partner.as_deref())?;
        Ok(contact)
    }
}
