//! The signing step without I/O: validate → dedupe token → seal → ledger row. The worker adds
//! only what needs the network or storage around it (reading the body, the bot check between
//! validation and sealing, fetching the dedupe key, appending the row to its shard), so the
//! whole step is tested natively.

use crate::dedupe::{DedupeError, DedupeSecret};
use crate::envelope::{seal, Binding, EnvelopeError, Purpose};
use crate::keys::PublicKey;
use crate::ledger::{PendingRow, Sealed};
use crate::statement::{RawSubmission, StatementId, Validated, ValidationError, Validator};

/// Why a validated statement could not be sealed. None of these is the signatory's doing.
#[derive(Debug, thiserror::Error)]
pub enum SealError {
    /// The dedupe token could not be computed.
    #[error("dedupe token: {0}")]
    Dedupe(#[from] DedupeError),
    /// Sealing failed (random number generator, or a malformed binding).
    #[error("envelope: {0}")]
    Envelope(#[from] EnvelopeError),
}

/// Why a submission did not become a ledger row.
#[derive(Debug, thiserror::Error)]
pub enum SignError {
    /// The submission is invalid or outside the collection period.
    #[error("{0}")]
    Invalid(#[from] ValidationError),
    /// Sealing failed.
    #[error("{0}")]
    Seal(#[from] SealError),
}

/// Everything the signing step needs besides the submission and the dedupe key.
pub struct Signer<'a> {
    /// Validation against the ruleset, the initiative and the signing time.
    pub validator: Validator<'a>,
    /// The organiser's public key: statements are sealed to it.
    pub public_key: &'a PublicKey,
    /// How many ledger shards there are (the dedupe token picks one).
    pub shards: u32,
}

impl Signer<'_> {
    /// Validates a submission; on success the statement carries `id` and the signing time.
    pub fn validate(
        &self,
        raw: &RawSubmission,
        id: StatementId,
    ) -> Result<Validated, ValidationError> {
        self.validator.validate(raw, id)
    }

    /// Computes the dedupe token and seals the statement (and the contact, if any) into the
    /// row its shard will append. The plaintext is zeroised when `validated` drops here.
    pub fn seal(
        &self,
        validated: Validated,
        secret: &DedupeSecret,
    ) -> Result<PendingRow, SealError> {
        let statement = &validated.statement;
        let token = secret.token(self.validator.rules, statement)?;
        let binding = |purpose| Binding {
            purpose,
            statement_id: statement.id,
            initiative: &statement.initiative,
            nationality: &statement.nationality,
        };
        let envelope = seal(
            self.public_key,
            &binding(Purpose::Statement),
            &statement.to_canonical(),
        )?;
        let contact = validated
            .contact
            .as_ref()
            .map(|contact| {
                seal(
                    self.public_key,
                    &binding(Purpose::Contact),
                    &contact.to_canonical(),
                )
            })
            .transpose()?;
        Ok(PendingRow {
            shard: token.shard(self.shards),
            id: statement.id,
            submitted_at: statement.submitted_at.clone(),
            nationality: statement.nationality.clone(),
            sealed: Sealed {
                token: token.0,
                envelope,
                contact,
            },
        })
    }

    /// The whole step: validate, then seal.
    pub fn sign(
        &self,
        raw: &RawSubmission,
        id: StatementId,
        secret: &DedupeSecret,
    ) -> Result<PendingRow, SignError> {
        let validated = self.validate(raw, id)?;
        Ok(self.seal(validated, secret)?)
    }
}
