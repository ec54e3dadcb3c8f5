//! The vault object (class `Vault`; one per jurisdiction, named `vault`).
//!
//! The keys (32 random bytes each) are made inside the vault on first use and never leave
//! Cloudflare. Each isolate fetches them once and keeps them in memory. When the retention
//! deadline passes, the cron retires the vault: the dedupe key is deleted (deleteAll) and a
//! retired marker stays, so no new key is ever made and signing stays closed. A wrangler secret
//! could not be deleted by the worker itself; this can.
//!
//! Nothing is written until something must be: a vault that is only asked what it holds (the
//! probe of [`VaultRequest::Began`]) stays empty, so probing another jurisdiction leaves no
//! object behind there.

use std::rc::Rc;

use serde::Deserialize;
use worker::*;

use super::protocol::{Began, KeyAnswer, Settings, VaultRequest};
use crate::config::Jurisdiction;
use crate::durable;
use crate::error::{EdgeError, EdgeResult};
use crate::meter::{Meter, Sql};

const SCHEMA: &str =
    "CREATE TABLE IF NOT EXISTS vault (name TEXT PRIMARY KEY, value TEXT NOT NULL)";

/// The `VAULT` Durable Object binding (wrangler.toml) and the one object's name.
pub const BINDING: &str = "VAULT";
pub const OBJECT_NAME: &str = "vault";

/// The vault (a Durable Object of class `Vault`).
#[durable_object]
pub struct Vault {
    state: State,
    env: Env,
    meter: Rc<Meter>,
}

#[derive(Deserialize)]
struct Entry {
    name: String,
    value: String,
}

impl DurableObject for Vault {
    fn new(state: State, env: Env) -> Self {
        Vault {
            state,
            env,
            meter: Rc::default(),
        }
    }

    async fn fetch(&self, mut req: Request) -> Result<Response> {
        let request: VaultRequest = match durable::read_call(&mut req, "vault").await {
            Ok(r) => r,
            Err(refused) => return refused,
        };
        self.meter.request(request.op());
        let answer = match request {
            VaultRequest::DedupeKey { settings } => self
                .dedupe_key(settings)
                .await
                .and_then(|a| Ok(Response::from_json(&a)?)),
            VaultRequest::Shards { shards } => self
                .shards_ever(shards)
                .and_then(|max| Ok(Response::from_json(&max)?)),
            VaultRequest::LogKey => self
                .secret("log_key")
                .and_then(|a| Ok(Response::from_json(&a)?)),
            VaultRequest::Began => self.began().and_then(|b| Ok(Response::from_json(&b)?)),
            VaultRequest::Retire => self
                .retire()
                .await
                .and_then(|at| Ok(Response::from_json(&at)?)),
            #[cfg(feature = "test-hooks")]
            VaultRequest::Meter => Ok(Response::from_json(&self.meter.snapshot())?),
        };
        durable::reply(answer, "vault")
    }
}

impl Vault {
    /// The vault's SQL storage, every statement counted.
    fn sql(&self) -> Sql {
        Sql::new(self.state.storage().sql(), self.meter.clone())
    }

    /// Every entry, without making the table (an empty vault stays empty).
    fn entries(&self) -> EdgeResult<Vec<Entry>> {
        let sql = self.sql();
        if !sql.any(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'vault'",
            Vec::new(),
        )? {
            return Ok(Vec::new());
        }
        sql.all("SELECT name, value FROM vault", Vec::new())
    }

    fn value(entries: &[Entry], name: &str) -> Option<String> {
        entries
            .iter()
            .find(|e| e.name == name)
            .map(|e| e.value.clone())
    }

    /// Writes `name` unless it is there (no await between the read and this write: no other
    /// request of this object interleaves).
    fn insert(&self, name: &str, value: &str) -> EdgeResult<()> {
        let sql = self.sql();
        sql.batch(SCHEMA)?;
        sql.run(
            "INSERT INTO vault (name, value) VALUES (?, ?) ON CONFLICT (name) DO NOTHING",
            vec![name.into(), value.into()],
        )
    }

    /// The highest shard count recorded (by a first signature, or by an earlier release that
    /// kept the highest `SHARD_COUNT` ever used), or `shards` if higher. Writes nothing.
    fn shards_ever(&self, shards: u32) -> EdgeResult<u32> {
        let entries = self.entries()?;
        let recorded = [
            Self::value(&entries, "max_shards").and_then(|v| v.parse::<u32>().ok()),
            Self::value(&entries, "settings")
                .and_then(|v| serde_json::from_str::<Settings>(&v).ok())
                .map(|s| s.shards),
        ];
        Ok(recorded.into_iter().flatten().fold(shards, u32::max))
    }

    fn began(&self) -> EdgeResult<Began> {
        let entries = self.entries()?;
        let settings = Self::value(&entries, "settings")
            .map(|v| serde_json::from_str::<Settings>(&v))
            .transpose()
            .map_err(|e| EdgeError::Internal(format!("vault settings: {e}")))?;
        let began = settings.is_some()
            || Self::value(&entries, "dedupe_key").is_some()
            || Self::value(&entries, "retired").is_some();
        Ok(Began { settings, began })
    }

    /// The dedupe key; with `settings`, after checking them against the collection's.
    async fn dedupe_key(&self, settings: Option<Settings>) -> EdgeResult<KeyAnswer> {
        if let Some(settings) = settings {
            if let Some(mismatch) = self.settle(settings).await? {
                return Ok(mismatch);
            }
        }
        self.secret("dedupe_key")
    }

    /// Records `settings` at the first signature, or compares them with those recorded. Before
    /// the first record it asks the vaults of every other jurisdiction whether a collection
    /// began there: the same names there are other objects, holding that collection's rows.
    async fn settle(&self, settings: Settings) -> EdgeResult<Option<KeyAnswer>> {
        let mismatch =
            |(setting, recorded, configured): (&str, String, String)| KeyAnswer::Mismatch {
                setting: setting.to_owned(),
                recorded,
                configured,
            };
        let entries = self.entries()?;
        if let Some(recorded) = Self::value(&entries, "settings") {
            let recorded: Settings = serde_json::from_str(&recorded)
                .map_err(|e| EdgeError::Internal(format!("vault settings: {e}")))?;
            return Ok(settings.difference(&recorded).map(mismatch));
        }
        // A collection begun before settings were recorded kept its highest SHARD_COUNT.
        let known_shards = Self::value(&entries, "max_shards").and_then(|v| v.parse::<u32>().ok());
        if let Some(known) = known_shards.filter(|k| *k != settings.shards) {
            return Ok(Some(mismatch((
                "SHARD_COUNT",
                known.to_string(),
                settings.shards.to_string(),
            ))));
        }
        // The local runtime has no jurisdictions: every name there is the same object, so
        // there is nothing elsewhere to ask.
        let configured = Jurisdiction::parse(&settings.jurisdiction).map_err(EdgeError::from)?;
        let elsewhere_exists = crate::jurisdiction::in_this_runtime(&self.env);
        for other in Jurisdiction::ALL {
            if !elsewhere_exists || other == configured {
                continue;
            }
            if let Some(elsewhere) = probe(&self.env, other).await? {
                let recorded = elsewhere
                    .settings
                    .map_or_else(|| other.name().to_owned(), |s| s.jurisdiction);
                return Ok(Some(mismatch((
                    "DATA_JURISDICTION",
                    recorded,
                    settings.jurisdiction,
                ))));
            }
        }
        let json = serde_json::to_string(&settings)
            .map_err(|e| EdgeError::Internal(format!("vault settings: {e}")))?;
        self.insert("settings", &json)?;
        self.insert("max_shards", &settings.shards.to_string())?;
        // Two first signatures at once record the same thing; if not, the later one is refused.
        let recorded = self.began()?.settings;
        Ok(recorded.and_then(|r| settings.difference(&r)).map(mismatch))
    }

    /// The 32-byte secret stored under `name`, made on first use, never seen by anyone; none
    /// made once the vault is retired. Retiring deletes the dedupe key but keeps the log key
    /// (a signing key, not personal data), so erasures after the collection still get a signed
    /// checkpoint.
    fn secret(&self, name: &str) -> EdgeResult<KeyAnswer> {
        let entries = self.entries()?;
        if let Some(hex) = Self::value(&entries, name) {
            return Ok(KeyAnswer::Key { hex });
        }
        if let Some(at) = Self::value(&entries, "retired") {
            return Ok(KeyAnswer::Retired { at });
        }
        let mut key = zeroize::Zeroizing::new([0u8; 32]);
        getrandom::fill(&mut key[..]).map_err(|e| EdgeError::Internal(format!("random: {e}")))?;
        let hex_key = zeroize::Zeroizing::new(hex::encode(&key[..]));
        self.insert(name, &hex_key)?;
        Ok(KeyAnswer::Key {
            hex: hex_key.to_string(),
        })
    }

    async fn retire(&self) -> EdgeResult<String> {
        let now = crate::clock::now()?;
        let at = ocs_core::dates::format_timestamp(now);
        // Kept across retirement: the log key, the settings and the shard count (none names
        // anyone).
        let kept: Vec<Entry> = self
            .entries()?
            .into_iter()
            .filter(|e| matches!(e.name.as_str(), "log_key" | "settings" | "max_shards"))
            .collect();
        self.state.storage().delete_all().await?;
        self.insert("retired", &at)?;
        for entry in kept {
            self.insert(&entry.name, &entry.value)?;
        }
        Ok(at)
    }
}

/// What the vault of `jurisdiction` holds, if a collection began there. `none` and `eu` are
/// open to every account: failing to ask them is passing trouble (the signature is refused, try
/// again). The others exist only for some accounts: one that cannot be asked cannot have been
/// used, and is skipped with a warning.
async fn probe(env: &Env, jurisdiction: Jurisdiction) -> EdgeResult<Option<Began>> {
    let asked = match crate::jurisdiction::stub(env, BINDING, OBJECT_NAME, jurisdiction) {
        Ok(stub) => {
            durable::call::<_, Began>(
                &stub,
                super::protocol::CALL_URL,
                &VaultRequest::Began,
                "vault",
            )
            .await
        }
        Err(e) => Err(e),
    };
    match asked {
        Ok(began) => Ok(Some(began).filter(|b| b.began)),
        Err(e) if matches!(jurisdiction, Jurisdiction::Unrestricted | Jurisdiction::Eu) => Err(
            EdgeError::Unavailable(format!("the {} vault: {e}", jurisdiction.name())),
        ),
        Err(e) => {
            console_warn!(
                "vault: the {} jurisdiction cannot be asked ({e}); taken as unused",
                jurisdiction.name()
            );
            Ok(None)
        }
    }
}
