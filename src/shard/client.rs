//! The typed client of a ledger shard: what the rest of the worker calls instead of building
//! requests to the Durable Object itself.

use ocs_core::ledger::{PendingRow, Row};
use ocs_core::statement::StatementId;
use serde::de::DeserializeOwned;
use worker::{Env, Stub};

use super::protocol::{object_name, Appended, Counts, Erased, ShardHead, ShardRequest, CALL_URL};
use crate::durable;
use crate::error::{EdgeError, EdgeResult};

/// The `LEDGER` Durable Object binding (wrangler.toml).
const BINDING: &str = "LEDGER";

/// One ledger shard, by number.
pub struct ShardClient {
    shard: u32,
    stub: Stub,
}

impl ShardClient {
    /// The client of shard `shard`.
    pub fn new(env: &Env, shard: u32) -> EdgeResult<Self> {
        let stub = crate::jurisdiction::configured_stub(env, BINDING, &object_name(shard))?;
        Ok(ShardClient { shard, stub })
    }

    async fn call<T: DeserializeOwned>(&self, request: &ShardRequest) -> EdgeResult<T> {
        durable::call(
            &self.stub,
            CALL_URL,
            request,
            &format!("shard {}", self.shard),
        )
        .await
    }

    /// Appends a row, unless its dedupe token is there already; counts it for `partner`. The
    /// append is one transaction: when it fails, nothing was stored, and the signatory is told
    /// to try again (503), never that something broke for good.
    pub async fn append(
        &self,
        row: PendingRow,
        partner: Option<String>,
        fault: Option<String>,
    ) -> EdgeResult<Appended> {
        self.call(&ShardRequest::Append {
            row,
            partner,
            fault,
        })
        .await
        .map_err(|e| match e {
            EdgeError::Internal(why) => {
                EdgeError::Unavailable(format!("append rolled back: {why}"))
            }
            other => other,
        })
    }

    /// Statements per nationality (erased ones not counted) and per partner.
    pub async fn counts(&self) -> EdgeResult<Counts> {
        self.call(&ShardRequest::Counts).await
    }

    /// The latest signed checkpoint of the shard's log (signed now if it has none yet).
    pub async fn checkpoint(&self) -> EdgeResult<Option<String>> {
        self.call(&ShardRequest::Checkpoint).await
    }

    /// A tile of the shard's log, if the tree holds it.
    pub async fn tile(&self, path: &str) -> EdgeResult<Option<super::protocol::Tile>> {
        self.call(&ShardRequest::Tile {
            path: path.to_owned(),
        })
        .await
    }

    /// Counts and the head of the chain.
    pub async fn status(&self) -> EdgeResult<ShardHead> {
        self.call(&ShardRequest::Status).await
    }

    /// A page of rows after `after`.
    pub async fn rows(&self, after: u64, limit: u64) -> EdgeResult<Vec<Row>> {
        self.call(&ShardRequest::Rows { after, limit }).await
    }

    /// The load baseline's write (an append's SQL, no crypto).
    pub async fn baseline(&self, key: String, payload: String) -> EdgeResult<u64> {
        self.call(&ShardRequest::Baseline { key, payload }).await
    }

    /// Every tombstone.
    pub async fn erased(&self) -> EdgeResult<Vec<Row>> {
        self.call(&ShardRequest::Erased).await
    }

    /// Erases a statement, if this shard holds it.
    pub async fn erase(&self, id: StatementId, at: &str) -> EdgeResult<Option<Erased>> {
        self.call(&ShardRequest::Erase {
            id,
            at: at.to_owned(),
        })
        .await
    }

    /// What the shard did since it started (a build with the `test-hooks` feature).
    #[cfg(feature = "test-hooks")]
    pub async fn meter(&self) -> EdgeResult<crate::meter::Snapshot> {
        self.call(&ShardRequest::Meter).await
    }

    /// Deletes everything; returns how many rows there were.
    pub async fn purge(&self) -> EdgeResult<u64> {
        self.call(&ShardRequest::Purge).await
    }
}
