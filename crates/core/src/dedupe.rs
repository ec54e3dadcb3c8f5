//! The dedupe token: a keyed hash of who signed, so the ledger can refuse a second statement from
//! the same person without holding anything that names them. See docs/dedupe.md.

use hmac::{Hmac, KeyInit, Mac};
use sha2::Sha256;
use zeroize::Zeroizing;

use crate::normalize::fold;
use crate::rules::{Field, Part, Ruleset};
use crate::statement::Statement;

/// Domain-separation label and format version of the canonical identity.
const LABEL: &str = "ocs-edge/dedupe/v1";
/// Unit separator: cannot occur in any normalised value.
const SEP: char = '\u{1f}';

/// Shortest accepted secret, in bytes.
pub const MIN_SECRET_BYTES: usize = 32;

/// Why a dedupe key or token could not be made.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum DedupeError {
    /// The key is not hex.
    #[error("the dedupe secret must be hex-encoded")]
    NotHex,
    /// The key is shorter than [`MIN_SECRET_BYTES`].
    #[error("the dedupe secret must be at least {MIN_SECRET_BYTES} bytes")]
    TooShort,
    /// The statement names a state or document the ruleset does not have.
    #[error("the statement's nationality or document type is not in the ruleset")]
    NotInRuleset,
}

/// HMAC-SHA256 under `key` (any length) of `label || 0x1f || data`: a value no one without the
/// key can compute or check a guess against (the organiser-auth throttle keys client addresses
/// under the organiser's credential with it).
pub fn labelled_mac(key: &[u8], label: &str, data: &[u8]) -> Result<[u8; 32], DedupeError> {
    // HMAC takes keys of any length; the error is the crate's signature, never met.
    let mut mac =
        <Hmac<Sha256> as KeyInit>::new_from_slice(key).map_err(|_| DedupeError::TooShort)?;
    mac.update(label.as_bytes());
    mac.update(&[0x1f]);
    mac.update(data);
    Ok(mac.finalize().into_bytes().into())
}

/// The worker's secret HMAC key, made and kept inside the vault Durable Object (docs/dedupe.md).
/// Zeroised on drop.
pub struct DedupeSecret(Zeroizing<Vec<u8>>);

impl DedupeSecret {
    /// The key from its hex form (as the vault stores it).
    pub fn from_hex(hex_secret: &str) -> Result<Self, DedupeError> {
        let bytes =
            Zeroizing::new(hex::decode(hex_secret.trim()).map_err(|_| DedupeError::NotHex)?);
        if bytes.len() < MIN_SECRET_BYTES {
            return Err(DedupeError::TooShort);
        }
        Ok(DedupeSecret(bytes))
    }

    /// HMAC-SHA256 under this secret of `label || 0x1f || data`: for other values that must not
    /// be invertible by guessing (e.g. the rate-limit key of a client address).
    pub fn mac(&self, label: &str, data: &[u8]) -> Result<[u8; 32], DedupeError> {
        self.hmac(&[label.as_bytes(), &[0x1f], data])
    }

    /// HMAC-SHA256 under the secret over the concatenation of `parts`.
    fn hmac(&self, parts: &[&[u8]]) -> Result<[u8; 32], DedupeError> {
        let mut mac = <Hmac<Sha256> as KeyInit>::new_from_slice(&self.0)
            .map_err(|_| DedupeError::TooShort)?;
        for part in parts {
            mac.update(part);
        }
        Ok(mac.finalize().into_bytes().into())
    }

    /// HMAC-SHA256 of the statement's canonical identity.
    pub fn token(
        &self,
        rules: &Ruleset,
        statement: &Statement,
    ) -> Result<DedupeToken, DedupeError> {
        let identity = canonical_identity(rules, statement)?;
        Ok(DedupeToken(self.hmac(&[identity.as_bytes()])?))
    }
}

/// The token stored beside each envelope; 32 bytes, shown as lower-case hex.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct DedupeToken(pub [u8; 32]);

impl DedupeToken {
    /// Lower-case hex.
    pub fn to_hex(&self) -> String {
        hex::encode(self.0)
    }
    /// Parses 64 hex digits.
    pub fn from_hex(s: &str) -> Option<Self> {
        let mut out = [0u8; 32];
        hex::decode_to_slice(s, &mut out).ok()?;
        Some(DedupeToken(out))
    }
    /// Which of `shards` ledger shards holds this token (uniform, since the token is a MAC).
    pub fn shard(&self, shards: u32) -> u32 {
        let head = u32::from_be_bytes([self.0[0], self.0[1], self.0[2], self.0[3]]);
        head % shards.max(1)
    }
}

/// The normalised identity the token is computed over (documented in docs/dedupe.md):
/// Part B: label, initiative, nationality, `B`, document class, number;
/// Part A: label, initiative, nationality, `A`, folded first names, folded family names, birth date.
pub fn canonical_identity(
    rules: &Ruleset,
    statement: &Statement,
) -> Result<Zeroizing<String>, DedupeError> {
    let state = rules
        .state(&statement.nationality)
        .ok_or(DedupeError::NotInRuleset)?;
    let get = |f: Field| statement.field(f).unwrap_or("");
    let mut parts: Vec<Zeroizing<String>> = vec![
        Zeroizing::new(LABEL.to_owned()),
        Zeroizing::new(statement.initiative.clone()),
        Zeroizing::new(statement.nationality.clone()),
    ];
    match state.part() {
        Part::B => {
            let doc = state
                .document(get(Field::IdType))
                .ok_or(DedupeError::NotInRuleset)?;
            let number = get(Field::IdNumber);
            let number = doc.checksum.map_or(number, |c| c.canonical_number(number));
            parts.push(Zeroizing::new("B".to_owned()));
            parts.push(Zeroizing::new(doc.dedupe_class.clone()));
            parts.push(Zeroizing::new(number.to_owned()));
        }
        Part::A => {
            parts.push(Zeroizing::new("A".to_owned()));
            parts.push(Zeroizing::new(fold(get(Field::FullFirstNames))));
            parts.push(Zeroizing::new(fold(get(Field::FamilyNames))));
            parts.push(Zeroizing::new(get(Field::DateOfBirth).to_owned()));
        }
    }
    let mut out = Zeroizing::new(String::new());
    for (i, p) in parts.iter().enumerate() {
        if i > 0 {
            out.push(SEP);
        }
        out.push_str(p);
    }
    Ok(out)
}
