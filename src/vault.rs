//! The vault: a Durable Object that holds the worker's dedupe key, so the worker can destroy it,
//! and its typed client.
//!
//! The key (32 random bytes) is made inside the vault on first use and never leaves Cloudflare.
//! Each isolate fetches it once and keeps it in memory. When the retention deadline passes, the
//! cron retires the vault: the key is deleted (deleteAll) and a retired marker stays, so no new
//! key is ever made and signing stays closed. A wrangler secret could not be deleted by the worker
//! itself; this can.

use std::cell::RefCell;
use std::rc::Rc;

use ocs_core::dedupe::DedupeSecret;
use ocs_core::transparency::LogKey;
use serde::{Deserialize, Serialize};
use worker::*;

use crate::durable;
use crate::error::{EdgeError, EdgeResult};

const SCHEMA: &str =
    "CREATE TABLE IF NOT EXISTS vault (name TEXT PRIMARY KEY, value TEXT NOT NULL)";

/// The `VAULT` Durable Object binding (wrangler.toml) and the one object's name.
const BINDING: &str = "VAULT";
const OBJECT_NAME: &str = "vault";
const CALL_URL: &str = "https://vault.internal/call";

/// One call to the vault.
#[derive(Serialize, Deserialize)]
#[serde(tag = "op", rename_all = "snake_case")]
enum VaultRequest {
    /// The dedupe key (made on first use), recording the shard count in use: answers
    /// [`KeyAnswer`].
    DedupeKey {
        /// `SHARD_COUNT` of the caller.
        shards: u32,
    },
    /// The highest shard count ever used, `shards` included: answers a number.
    Shards {
        /// `SHARD_COUNT` of the caller.
        shards: u32,
    },
    /// The transparency log's key seed (made on first use): answers [`KeyAnswer`].
    LogKey,
    /// Delete the key for good: answers the time it was retired.
    Retire,
}

#[derive(Serialize, Deserialize)]
#[serde(tag = "state", rename_all = "snake_case")]
enum KeyAnswer {
    /// The key, hex.
    Key { hex: String },
    /// Retired at this time: there is no key any more.
    Retired { at: String },
}

/// The vault (a Durable Object of class `Vault`; there is one, named `vault`).
#[durable_object]
pub struct Vault {
    state: State,
}

#[derive(Deserialize)]
struct Entry {
    name: String,
    value: String,
}

impl DurableObject for Vault {
    fn new(state: State, _env: Env) -> Self {
        if let Err(e) = state.storage().sql().exec(SCHEMA, None) {
            console_error!("vault schema: {e}");
        }
        Vault { state }
    }

    async fn fetch(&self, mut req: Request) -> Result<Response> {
        let request: VaultRequest = match durable::read_call(&mut req, "vault").await {
            Ok(r) => r,
            Err(refused) => return refused,
        };
        let answer = match request {
            VaultRequest::DedupeKey { shards } => self
                .record_shards(shards)
                .and_then(|_| self.dedupe_key())
                .and_then(|a| Ok(Response::from_json(&a)?)),
            VaultRequest::Shards { shards } => self
                .record_shards(shards)
                .and_then(|max| Ok(Response::from_json(&max)?)),
            VaultRequest::LogKey => self
                .secret("log_key")
                .and_then(|a| Ok(Response::from_json(&a)?)),
            VaultRequest::Retire => self
                .retire()
                .await
                .and_then(|at| Ok(Response::from_json(&at)?)),
        };
        durable::reply(answer, "vault")
    }
}

impl Vault {
    /// Remembers the highest shard count ever used, so lowering `SHARD_COUNT` never strands a
    /// shard: the export, erasure, the tally and the retention sweep visit every shard that was
    /// ever written. Kept across retirement (it names no one).
    fn record_shards(&self, shards: u32) -> EdgeResult<u32> {
        let sql = self.state.storage().sql();
        let entries: Vec<Entry> = sql
            .exec(
                "SELECT name, value FROM vault WHERE name = 'max_shards'",
                None,
            )?
            .to_array()?;
        let known = entries
            .first()
            .and_then(|e| e.value.parse::<u32>().ok())
            .unwrap_or(0);
        if shards > known {
            sql.exec(
                "INSERT INTO vault (name, value) VALUES ('max_shards', ?) \
                 ON CONFLICT (name) DO UPDATE SET value = excluded.value",
                vec![shards.to_string().into()],
            )?;
        }
        Ok(shards.max(known))
    }

    fn dedupe_key(&self) -> EdgeResult<KeyAnswer> {
        self.secret("dedupe_key")
    }

    /// The 32-byte secret stored under `name`, made on first use, never seen by anyone; none
    /// made once the vault is retired. Retiring deletes the dedupe key but keeps the log key
    /// (a signing key, not personal data), so erasures after the collection still get a signed
    /// checkpoint.
    fn secret(&self, name: &str) -> EdgeResult<KeyAnswer> {
        let sql = self.state.storage().sql();
        let entries: Vec<Entry> = sql
            .exec("SELECT name, value FROM vault", None)?
            .to_array()?;
        if let Some(key) = entries.iter().find(|e| e.name == name) {
            return Ok(KeyAnswer::Key {
                hex: key.value.clone(),
            });
        }
        if let Some(retired) = entries.iter().find(|e| e.name == "retired") {
            return Ok(KeyAnswer::Retired {
                at: retired.value.clone(),
            });
        }
        // No await between the read above and this insert: no other request interleaves.
        let mut key = zeroize::Zeroizing::new([0u8; 32]);
        getrandom::fill(&mut key[..]).map_err(|e| EdgeError::Internal(format!("random: {e}")))?;
        let hex_key = zeroize::Zeroizing::new(hex::encode(&key[..]));
        sql.exec(
            "INSERT INTO vault (name, value) VALUES (?, ?)",
            vec![name.into(), hex_key.as_str().into()],
        )?;
        Ok(KeyAnswer::Key {
            hex: hex_key.to_string(),
        })
    }

    async fn retire(&self) -> EdgeResult<String> {
        let now = crate::clock::now()?;
        let at = ocs_core::dates::format_timestamp(now);
        let shards = self.record_shards(0)?;
        let log_key: Vec<Entry> = self
            .state
            .storage()
            .sql()
            .exec("SELECT name, value FROM vault WHERE name = 'log_key'", None)?
            .to_array()?;
        self.state.storage().delete_all().await?;
        let sql = self.state.storage().sql();
        sql.exec(SCHEMA, None)?;
        sql.exec(
            "INSERT INTO vault (name, value) VALUES ('retired', ?), ('max_shards', ?)",
            vec![at.clone().into(), shards.to_string().into()],
        )?;
        for kept in log_key {
            sql.exec(
                "INSERT INTO vault (name, value) VALUES (?, ?)",
                vec![kept.name.into(), kept.value.into()],
            )?;
        }
        Ok(at)
    }
}

thread_local! {
    /// The key as fetched by this isolate (workers run one isolate per thread).
    static CACHED: RefCell<Option<Rc<DedupeSecret>>> = const { RefCell::new(None) };
    /// The log key as fetched by this isolate.
    static LOG_KEY: RefCell<Option<Rc<LogKey>>> = const { RefCell::new(None) };
}

/// The typed client of the vault.
pub struct VaultClient {
    stub: Stub,
}

impl VaultClient {
    /// The client of the one vault.
    pub fn new(env: &Env) -> EdgeResult<Self> {
        let stub = env
            .durable_object(BINDING)?
            .id_from_name(OBJECT_NAME)?
            .get_stub()?;
        Ok(VaultClient { stub })
    }

    async fn call<T: serde::de::DeserializeOwned>(&self, request: &VaultRequest) -> EdgeResult<T> {
        durable::call(&self.stub, CALL_URL, request, "vault").await
    }

    /// The dedupe key, or `None` once the vault was retired (retention deadline passed). The
    /// first call of an isolate also records `shards`, the shard count in use.
    pub async fn dedupe_secret(&self, shards: u32) -> EdgeResult<Option<Rc<DedupeSecret>>> {
        if let Some(cached) = CACHED.with(|c| c.borrow().clone()) {
            return Ok(Some(cached));
        }
        match self.call(&VaultRequest::DedupeKey { shards }).await? {
            KeyAnswer::Key { hex } => {
                let hex = zeroize::Zeroizing::new(hex);
                let secret = Rc::new(
                    DedupeSecret::from_hex(&hex)
                        .map_err(|e| EdgeError::Internal(format!("vault key: {e}")))?,
                );
                CACHED.with(|c| *c.borrow_mut() = Some(secret.clone()));
                Ok(Some(secret))
            }
            KeyAnswer::Retired { .. } => Ok(None),
        }
    }

    /// The transparency log's signing key of `initiative`, or `None` once the vault was retired.
    pub async fn log_key(&self, initiative: &str) -> EdgeResult<Option<Rc<LogKey>>> {
        if let Some(cached) = LOG_KEY.with(|c| c.borrow().clone()) {
            return Ok(Some(cached));
        }
        match self.call(&VaultRequest::LogKey).await? {
            KeyAnswer::Key { hex } => {
                let mut seed = zeroize::Zeroizing::new([0u8; 32]);
                hex::decode_to_slice(zeroize::Zeroizing::new(hex).as_str(), &mut seed[..])
                    .map_err(|e| EdgeError::Internal(format!("vault log key: {e}")))?;
                let key = Rc::new(LogKey::from_seed(initiative, &seed));
                LOG_KEY.with(|c| *c.borrow_mut() = Some(key.clone()));
                Ok(Some(key))
            }
            KeyAnswer::Retired { .. } => Ok(None),
        }
    }

    /// Every shard that was ever written: the highest shard count ever used, `shards` (the
    /// count in use) included.
    pub async fn shards_ever(&self, shards: u32) -> EdgeResult<u32> {
        self.call(&VaultRequest::Shards { shards }).await
    }

    /// Deletes the dedupe key for good (the retention sweep); returns when.
    pub async fn retire(&self) -> EdgeResult<String> {
        let at = self.call(&VaultRequest::Retire).await;
        CACHED.with(|c| *c.borrow_mut() = None);
        at
    }
}
