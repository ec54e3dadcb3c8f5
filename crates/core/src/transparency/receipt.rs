//! The receipt a signatory gets with their 201: their leaf, the signed checkpoint of the tree
//! that first included it, and the inclusion proof. Self-contained: with the log's verifier key
//! it verifies offline; against the log's later checkpoints it shows the statement still counts.

use serde::{Deserialize, Serialize};
use tlog_tiles::Hash;

use super::checkpoint::{verify_checkpoint, SignedCheckpoint};
use super::leaf::Leaf;
use super::tree::{check_inclusion, LogError};

/// The receipt format's name (the `format` field).
pub const FORMAT: &str = "ocs-edge-receipt";

/// A signatory's receipt.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LogReceipt {
    /// Always [`FORMAT`].
    pub format: String,
    /// Format version (1).
    pub v: u8,
    /// The log's verifier key (signed-note format) that signed the checkpoint. A receipt names
    /// it so that it can be checked offline; compare it with the key the organiser publishes.
    pub key: String,
    /// The leaf: enough to recompute its hash.
    pub leaf: Leaf,
    /// The signed checkpoint of the first tree that includes the leaf.
    pub checkpoint: String,
    /// The inclusion proof in that tree, hashes in base64.
    pub inclusion: Vec<String>,
}

/// Why a receipt does not verify.
#[derive(Debug, thiserror::Error)]
pub enum ReceiptError {
    /// Not a receipt of this format and version.
    #[error("not an ocs-edge receipt (format {0:?}, version {1})")]
    Format(String, u8),
    /// The checkpoint is unsigned, signed by another key, or malformed.
    #[error("{0}")]
    Checkpoint(LogError),
    /// The receipt names another key than the one it is checked with.
    #[error("the receipt was signed by {found}, not by the log key {expected}")]
    Key {
        /// The receipt's key.
        found: String,
        /// The key it was checked with.
        expected: String,
    },
    /// The checkpoint is of another log than the leaf's shard.
    #[error("the checkpoint is of {found}, the leaf of {expected}")]
    Origin {
        /// The checkpoint's origin.
        found: String,
        /// The leaf's log.
        expected: String,
    },
    /// A proof hash is not base64 of 32 bytes.
    #[error("the inclusion proof is malformed")]
    Proof,
    /// The leaf is not in the tree.
    #[error("leaf {index} is not in the tree of {size} leaves: {why}")]
    NotIncluded {
        /// The leaf index.
        index: u64,
        /// The tree size.
        size: u64,
        /// The proof's failure.
        why: String,
    },
}

/// Decodes base64 proof hashes.
pub fn decode_hashes(hashes: &[String]) -> Option<Vec<Hash>> {
    use base64::Engine as _;
    hashes
        .iter()
        .map(|h| {
            let bytes = base64::engine::general_purpose::STANDARD.decode(h).ok()?;
            Some(Hash(<[u8; 32]>::try_from(bytes.as_slice()).ok()?))
        })
        .collect()
}

/// Encodes proof hashes in base64.
pub fn encode_hashes(hashes: &[Hash]) -> Vec<String> {
    use base64::Engine as _;
    hashes
        .iter()
        .map(|h| base64::engine::general_purpose::STANDARD.encode(h.0))
        .collect()
}

impl LogReceipt {
    /// Checks the receipt on its own: the checkpoint is signed by `verifier_key` and is of the
    /// leaf's log (`origin`), and the leaf is in its tree. Returns the checkpoint.
    pub fn verify(
        &self,
        verifier_key: &str,
        origin: &str,
    ) -> Result<SignedCheckpoint, ReceiptError> {
        if self.format != FORMAT || self.v != 1 {
            return Err(ReceiptError::Format(self.format.clone(), self.v));
        }
        if self.key.trim() != verifier_key.trim() {
            return Err(ReceiptError::Key {
                found: self.key.clone(),
                expected: verifier_key.to_owned(),
            });
        }
        let checkpoint =
            verify_checkpoint(&self.checkpoint, verifier_key).map_err(ReceiptError::Checkpoint)?;
        if checkpoint.origin != origin {
            return Err(ReceiptError::Origin {
                found: checkpoint.origin,
                expected: origin.to_owned(),
            });
        }
        let proof = decode_hashes(&self.inclusion).ok_or(ReceiptError::Proof)?;
        let index = self.leaf.index();
        check_inclusion(
            &proof,
            checkpoint.size,
            checkpoint.root,
            index,
            self.leaf.hash(),
        )
        .map_err(|e| ReceiptError::NotIncluded {
            index,
            size: checkpoint.size,
            why: e.to_string(),
        })?;
        Ok(checkpoint)
    }
}
