//! A leaf of the log: the row's clear metadata and the digest of its sealed content, never the
//! ciphertext itself (encrypted personal data is still personal data) and never anything a
//! signatory typed. A tombstone keeps the digest, so an erased statement's leaf stays
//! recomputable from the ledger and the log never has to change.

use serde::{Deserialize, Serialize};
use tlog_tiles::Hash;

use crate::ledger::Row;
use crate::statement::StatementId;

/// Domain separation: a leaf cannot be mistaken for any other hashed structure of ours.
const LABEL: &[u8] = b"ocs-edge leaf v1";

/// One leaf: what it commits to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Leaf {
    /// The shard (each shard is a log of its own).
    pub shard: u32,
    /// The row's sequence number; the leaf's index is `seq - 1`.
    pub seq: u64,
    /// The statement id.
    pub statement: StatementIdText,
    /// When it was submitted (RFC 3339, UTC).
    pub submitted_at: String,
    /// The nationality (ISO code).
    pub nationality: String,
    /// The digest of the sealed content (docs/ledger.md), hex.
    pub sealed: String,
}

/// A statement id as text (its canonical UUID form), so receipts stay readable JSON.
pub type StatementIdText = String;

fn put(out: &mut Vec<u8>, bytes: &[u8]) {
    out.extend_from_slice(&(bytes.len() as u64).to_be_bytes());
    out.extend_from_slice(bytes);
}

impl Leaf {
    /// The leaf of a ledger row (sealed or a tombstone: the same leaf).
    pub fn of_row(row: &Row) -> Leaf {
        Leaf {
            shard: row.shard,
            seq: row.seq,
            statement: row.id.to_string(),
            submitted_at: row.submitted_at.clone(),
            nationality: row.nationality.clone(),
            sealed: hex::encode(row.body.digest()),
        }
    }

    /// The leaf's index in its shard's log.
    pub fn index(&self) -> u64 {
        self.seq.saturating_sub(1)
    }

    /// The bytes the leaf hash is computed over (docs/transparency.md):
    /// `"ocs-edge leaf v1" || u32 shard || u64 seq || statement id (16 bytes)
    ///  || len(submitted_at) || submitted_at || len(nationality) || nationality || sealed (32)`,
    /// integers big-endian, lengths u64.
    pub fn data(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(128);
        out.extend_from_slice(LABEL);
        out.extend_from_slice(&self.shard.to_be_bytes());
        out.extend_from_slice(&self.seq.to_be_bytes());
        let id = StatementId::parse(&self.statement).map_or([0u8; 16], |id| *id.as_bytes());
        out.extend_from_slice(&id);
        put(&mut out, self.submitted_at.as_bytes());
        put(&mut out, self.nationality.as_bytes());
        let mut sealed = [0u8; 32];
        // A malformed digest hashes as zeros: the leaf then matches nothing in the log.
        let _ = hex::decode_to_slice(&self.sealed, &mut sealed);
        out.extend_from_slice(&sealed);
        out
    }

    /// The leaf hash, RFC 9162: SHA-256(0x00 || data).
    pub fn hash(&self) -> Hash {
        tlog_tiles::record_hash(&self.data())
    }
}
