//! The typed client of the vault, and what each isolate keeps of its answers: the keys, the
//! check of its settings against the collection's, and the number of shards ever written, each
//! asked once per isolate (the vault is on every signature's path; public traffic must never
//! reach it per request).

use std::cell::RefCell;
use std::rc::Rc;

use ocs_core::dedupe::DedupeSecret;
use ocs_core::transparency::LogKey;
use worker::{Env, Stub};

use super::object::{BINDING, OBJECT_NAME};
use super::protocol::{KeyAnswer, Settings, VaultRequest, CALL_URL};
use crate::config::ConfigError;
use crate::durable;
use crate::error::{EdgeError, EdgeResult};

thread_local! {
    /// The dedupe key as fetched by this isolate (workers run one isolate per thread).
    static DEDUPE_KEY: RefCell<Option<Rc<DedupeSecret>>> = const { RefCell::new(None) };
    /// Whether this isolate's settings are the collection's (checked at its first signature).
    static SETTLED: RefCell<Option<Result<(), ConfigError>>> = const { RefCell::new(None) };
    /// The log key as fetched by this isolate.
    static LOG_KEY: RefCell<Option<Rc<LogKey>>> = const { RefCell::new(None) };
    /// Every shard ever written, as this isolate learnt it.
    static SHARDS_EVER: RefCell<Option<u32>> = const { RefCell::new(None) };
}

/// The typed client of the vault.
pub struct VaultClient {
    stub: Stub,
}

impl VaultClient {
    /// The client of the vault of the configured jurisdiction.
    pub fn new(env: &Env) -> EdgeResult<Self> {
        Ok(VaultClient {
            stub: crate::jurisdiction::configured_stub(env, BINDING, OBJECT_NAME)?,
        })
    }

    async fn call<T: serde::de::DeserializeOwned>(&self, request: &VaultRequest) -> EdgeResult<T> {
        durable::call(&self.stub, CALL_URL, request, "vault").await
    }

    /// The dedupe key (for keys that are not a signature's, such as the rate limiter's), or
    /// `None` once the vault was retired.
    pub async fn dedupe_secret(&self) -> EdgeResult<Option<Rc<DedupeSecret>>> {
        if let Some(cached) = DEDUPE_KEY.with(|c| c.borrow().clone()) {
            return Ok(Some(cached));
        }
        self.fetch_dedupe_key(None).await
    }

    /// The dedupe key for a signature: the first signature of an isolate also has the vault
    /// check (or, at the collection's first, record) `settings`; a difference refuses every
    /// signature of this deployment (503 misconfigured, naming the setting).
    pub async fn signing_secret(
        &self,
        settings: &Settings,
    ) -> EdgeResult<Option<Rc<DedupeSecret>>> {
        match SETTLED.with(|s| s.borrow().clone()) {
            Some(Err(e)) => return Err(EdgeError::Misconfigured(e)),
            Some(Ok(())) => {
                if let Some(cached) = DEDUPE_KEY.with(|c| c.borrow().clone()) {
                    return Ok(Some(cached));
                }
            }
            None => {}
        }
        let secret = self.fetch_dedupe_key(Some(settings.clone())).await;
        match &secret {
            Err(EdgeError::Misconfigured(e)) => {
                SETTLED.with(|s| *s.borrow_mut() = Some(Err(e.clone())));
            }
            Ok(_) => SETTLED.with(|s| *s.borrow_mut() = Some(Ok(()))),
            Err(_) => {}
        }
        secret
    }

    async fn fetch_dedupe_key(
        &self,
        settings: Option<Settings>,
    ) -> EdgeResult<Option<Rc<DedupeSecret>>> {
        match self.call(&VaultRequest::DedupeKey { settings }).await? {
            KeyAnswer::Key { hex } => {
                let hex = zeroize::Zeroizing::new(hex);
                let secret = Rc::new(
                    DedupeSecret::from_hex(&hex)
                        .map_err(|e| EdgeError::Internal(format!("vault key: {e}")))?,
                );
                DEDUPE_KEY.with(|c| *c.borrow_mut() = Some(secret.clone()));
                Ok(Some(secret))
            }
            KeyAnswer::Retired { .. } => Ok(None),
            KeyAnswer::Mismatch {
                setting,
                recorded,
                configured,
            } => Err(EdgeError::Misconfigured(mismatch(
                &setting,
                &recorded,
                &configured,
            ))),
        }
    }

    /// The transparency log's signing key of `initiative`, or `None` once the vault was retired
    /// before it made one.
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
            KeyAnswer::Mismatch { .. } => Err(EdgeError::Internal(
                "the vault answered a key request with a mismatch".into(),
            )),
        }
    }

    /// Every shard that was ever written: the highest shard count recorded, or `shards` (the
    /// count in use) if higher. Asked once per isolate: it changes only with a deployment, and
    /// a deployment starts new isolates.
    pub async fn shards_ever(&self, shards: u32) -> EdgeResult<u32> {
        if let Some(known) = SHARDS_EVER.with(|c| *c.borrow()) {
            return Ok(known);
        }
        let known: u32 = self.call(&VaultRequest::Shards { shards }).await?;
        SHARDS_EVER.with(|c| *c.borrow_mut() = Some(known));
        Ok(known)
    }

    /// What the vault did since it started (a build with the `test-hooks` feature).
    #[cfg(feature = "test-hooks")]
    pub async fn meter(&self) -> EdgeResult<crate::meter::Snapshot> {
        self.call(&VaultRequest::Meter).await
    }

    /// Deletes the dedupe key for good (the retention sweep); returns when.
    pub async fn retire(&self) -> EdgeResult<String> {
        let at = self.call(&VaultRequest::Retire).await;
        DEDUPE_KEY.with(|c| *c.borrow_mut() = None);
        at
    }
}

/// The refusal for a deployment whose `setting` differs from the collection's.
fn mismatch(setting: &str, recorded: &str, configured: &str) -> ConfigError {
    let (setting, advice) = match setting {
        "DATA_JURISDICTION" => (
            "DATA_JURISDICTION",
            "the same names in another jurisdiction are other objects, without this \
             collection's rows",
        ),
        "OCS_RULESET" => (
            "OCS_RULESET",
            "one collection is checked against one ruleset: deploy with the ruleset it began \
             with",
        ),
        _ => (
            "SHARD_COUNT",
            "a person's shard follows from the shard count, and a duplicate is only seen in \
             its own shard",
        ),
    };
    ConfigError::new(
        setting,
        format!(
            "the collection began with {recorded}, this deployment has {configured}: set it \
             back ({advice}; docs/operations.md)"
        ),
    )
}
