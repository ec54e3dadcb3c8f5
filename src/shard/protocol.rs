//! What the ledger shard object and its client exchange: one typed request per call, sent as
//! JSON to the object's `fetch`, and a typed answer for each. Internal to the worker: the wire
//! format can change with any deploy, because the client and the object deploy together.

use ocs_core::ledger::PendingRow;
use ocs_core::statement::StatementId;
use ocs_core::transparency::LogReceipt;
use serde::{Deserialize, Serialize};

/// The URL every call is sent to. A Durable Object's `fetch` needs a URL; this one names
/// nothing and is never resolved.
pub const CALL_URL: &str = "https://shard.internal/call";

pub use ocs_core::api::{Erased, ShardHead, MAX_PAGE};

/// The SQL `LIMIT` of a page of rows for a requested `limit`: at most [`MAX_PAGE`], whatever
/// was asked (`?limit=` comes from the organiser's request).
pub fn page_limit(requested: u64) -> i64 {
    i64::try_from(requested.min(MAX_PAGE)).unwrap_or(0)
}

/// The name of shard `n`'s Durable Object; the object reads its number back from it.
pub fn object_name(shard: u32) -> String {
    format!("shard-{shard}")
}

/// The shard number in an object name made by [`object_name`].
pub fn shard_of(name: &str) -> Option<u32> {
    name.strip_prefix("shard-")?.parse().ok()
}

/// One call to a shard.
#[derive(Debug, Serialize, Deserialize)]
#[serde(tag = "op", rename_all = "snake_case")]
pub enum ShardRequest {
    /// Append a new row, unless its dedupe token is there already: answers [`Appended`].
    Append {
        /// The row as the signing step made it.
        row: PendingRow,
        /// The partner the signatory came through: counted, never stored with the row (the
        /// statement carries it, sealed).
        #[serde(default)]
        partner: Option<String>,
        /// A fault to inject part way (honoured only by a build with the `test-hooks` feature).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        fault: Option<String>,
    },
    /// Statements per nationality (erased ones not counted) and per partner: answers
    /// [`Counts`].
    Counts,
    /// Counts and the head of the chain: answers [`ShardHead`].
    Status,
    /// Rows after `after`, at most `limit` ([`MAX_PAGE`] at most): answers `Vec<Row>`.
    Rows {
        /// The last sequence number the caller has.
        after: u64,
        /// How many rows at most.
        limit: u64,
    },
    /// Every tombstone: answers `Vec<Row>`.
    Erased,
    /// Erase one statement, leaving a tombstone: answers `Option<Erased>`.
    Erase {
        /// The statement.
        id: StatementId,
        /// When (RFC 3339).
        at: String,
    },
    /// Delete everything (the retention deadline passed): answers the number of rows deleted.
    Purge,
    /// The latest signed checkpoint of the shard's log: answers `Option<String>`.
    Checkpoint,
    /// A tile of the shard's log (`<L>/<N>[.p/<W>]`): answers `Option<Tile>`.
    Tile {
        /// The path after `tile/`.
        path: String,
    },
    /// The load baseline's write (src/load_baseline.rs; only where `LOAD_BASELINE` is on): an
    /// append's SQL without its crypto, in a table of its own: answers the new row's number.
    Baseline {
        /// Unique per write, looked up first as an append looks up its token.
        key: String,
        /// About a row's worth of bytes.
        payload: String,
    },
    /// What the shard did since it started (src/meter.rs): answers the counts by operation.
    #[cfg(feature = "test-hooks")]
    Meter,
}

impl ShardRequest {
    /// The operation's name, as the meter counts it.
    pub fn op(&self) -> &'static str {
        match self {
            ShardRequest::Append { .. } => "append",
            ShardRequest::Counts => "counts",
            ShardRequest::Status => "status",
            ShardRequest::Rows { .. } => "rows",
            ShardRequest::Erased => "erased",
            ShardRequest::Erase { .. } => "erase",
            ShardRequest::Purge => "purge",
            ShardRequest::Checkpoint => "checkpoint",
            ShardRequest::Tile { .. } => "tile",
            ShardRequest::Baseline { .. } => "baseline",
            #[cfg(feature = "test-hooks")]
            ShardRequest::Meter => "meter",
        }
    }
}

/// A tile's bytes (hex) and whether it is full (and so immutable).
#[derive(Debug, Serialize, Deserialize)]
pub struct Tile {
    /// The hashes, hex.
    pub data: String,
    /// 256 hashes wide: it never changes.
    pub full: bool,
}

/// Where an appended row went, as the signatory's receipt shows it.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Receipt {
    /// The shard.
    pub shard: u32,
    /// The row's place in it.
    pub seq: u64,
    /// The row's chain hash (hex).
    pub chain: String,
    /// The transparency log's receipt (absent only where the log is off).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub log: Option<LogReceipt>,
}

/// The answer to [`ShardRequest::Append`].
#[derive(Debug, Serialize, Deserialize)]
#[serde(tag = "result", rename_all = "snake_case")]
pub enum Appended {
    /// Stored and durable.
    Stored(Box<Receipt>),
    /// A row with the same dedupe token is there: the same person signed before.
    Duplicate,
}

/// The answer to [`ShardRequest::Counts`].
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Counts {
    /// Statements per nationality, erased ones not counted.
    pub per_nationality: std::collections::BTreeMap<String, u64>,
    /// Signatures made through each partner. A shard cannot tell whose an erased statement was
    /// (the partner is sealed), so erasures are not subtracted here: `ocs stats --key` counts
    /// exactly.
    pub per_partner: std::collections::BTreeMap<String, u64>,
    /// The shard's latest signed checkpoint, read in the same step as the counts: its
    /// `size − erased` is their sum, so anyone can check published totals against the log.
    #[serde(default)]
    pub checkpoint: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_limit_is_clamped() {
        assert_eq!(page_limit(0), 0);
        assert_eq!(page_limit(1), 1);
        assert_eq!(page_limit(MAX_PAGE), 1000);
        assert_eq!(page_limit(MAX_PAGE + 1), 1000);
        assert_eq!(page_limit(1_000_000_000_000_000), 1000);
        assert_eq!(page_limit(u64::MAX), 1000);
    }
}
