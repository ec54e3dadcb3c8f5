//! Why a row did not become a hand-over record.

use ocs_core::envelope::EnvelopeError;
use ocs_core::statement::CanonicalError;

/// Why a row could not be turned into a hand-over record. Every such row is reported by shard
/// and sequence; none is dropped silently.
#[derive(Debug, thiserror::Error)]
#[allow(missing_docs)] // Each variant is documented by its message.
pub enum OpenFault {
    #[error("the row was erased (tombstone)")]
    Erased,
    #[error("{0}")]
    Envelope(#[from] EnvelopeError),
    #[error("the decrypted statement is unreadable: {0}")]
    Canonical(#[from] CanonicalError),
    #[error("the decrypted statement's {0} differs from the row's")]
    Mismatch(&'static str),
    #[error("the statement's nationality {0} is not in the ruleset")]
    UnknownNationality(String),
    #[error("the statement does not carry exactly the fields its nationality requires: {0}")]
    Fields(String),
}
