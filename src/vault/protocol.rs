//! What the vault and its client exchange: one JSON request per call to the object's `fetch`,
//! and a typed answer for each. Internal to the worker (client and object deploy together).

use serde::{Deserialize, Serialize};

/// The URL every call is sent to (names nothing; never resolved).
pub const CALL_URL: &str = "https://vault.internal/call";

/// The settings a collection is bound to from its first signature: a later deployment with
/// other values would strand the data (another jurisdiction holds other objects), mix rulesets
/// in one collection, or send a person to another shard, where the dedupe check does not see
/// the first signature.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Settings {
    /// `DATA_JURISDICTION`.
    pub jurisdiction: String,
    /// The ruleset's id and annex revision (build.rs: `OCS_RULESET`).
    pub ruleset: String,
    /// `SHARD_COUNT`.
    pub shards: u32,
}

impl Settings {
    /// The settings of `config`: what the vault records at the first signature and compares
    /// every isolate's with.
    pub fn of(config: &crate::config::Config) -> Settings {
        Settings {
            jurisdiction: config.jurisdiction.name().to_owned(),
            ruleset: format!("{}/{}", config.rules.id, config.rules.annex_revision),
            shards: config.shards,
        }
    }

    /// The first setting that differs from `recorded`: (var, recorded value, configured value).
    pub fn difference(&self, recorded: &Settings) -> Option<(&'static str, String, String)> {
        if self.jurisdiction != recorded.jurisdiction {
            return Some((
                "DATA_JURISDICTION",
                recorded.jurisdiction.clone(),
                self.jurisdiction.clone(),
            ));
        }
        if self.ruleset != recorded.ruleset {
            return Some((
                "OCS_RULESET",
                recorded.ruleset.clone(),
                self.ruleset.clone(),
            ));
        }
        if self.shards != recorded.shards {
            return Some((
                "SHARD_COUNT",
                recorded.shards.to_string(),
                self.shards.to_string(),
            ));
        }
        None
    }
}

/// One call to the vault.
#[derive(Serialize, Deserialize)]
#[serde(tag = "op", rename_all = "snake_case")]
pub enum VaultRequest {
    /// The dedupe key (made on first use): answers [`KeyAnswer`]. With `settings` (a signature),
    /// the settings are recorded the first time and compared every later time.
    DedupeKey {
        /// The settings of the caller's deployment, when it is about to sign.
        #[serde(default)]
        settings: Option<Settings>,
    },
    /// Every shard ever written: the highest shard count recorded, or `shards` (the caller's
    /// `SHARD_COUNT`) if higher; records nothing. Answers a number.
    Shards {
        /// `SHARD_COUNT` of the caller.
        shards: u32,
    },
    /// The transparency log's key seed (made on first use): answers [`KeyAnswer`].
    LogKey,
    /// What this vault holds of a collection, without making anything: answers [`Began`]. A
    /// vault asks the vaults of the other jurisdictions before its first signature.
    Began,
    /// Delete the dedupe key for good: answers the time it was retired.
    Retire,
    /// What the vault did since it started (src/meter.rs).
    #[cfg(feature = "test-hooks")]
    Meter,
}

impl VaultRequest {
    /// The operation's name, as the meter counts it.
    pub fn op(&self) -> &'static str {
        match self {
            VaultRequest::DedupeKey { settings: None } => "dedupe_key",
            VaultRequest::DedupeKey { settings: Some(_) } => "settle",
            VaultRequest::Shards { .. } => "shards",
            VaultRequest::LogKey => "log_key",
            VaultRequest::Began => "began",
            VaultRequest::Retire => "retire",
            #[cfg(feature = "test-hooks")]
            VaultRequest::Meter => "meter",
        }
    }
}

/// The answer to a key request.
#[derive(Serialize, Deserialize)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum KeyAnswer {
    /// The key, hex.
    Key {
        /// The 32 bytes, hex.
        hex: String,
    },
    /// Retired at this time: there is no key any more.
    Retired {
        /// When (RFC 3339).
        at: String,
    },
    /// The caller's settings differ from the collection's: nothing may be signed.
    Mismatch {
        /// The var at fault.
        setting: String,
        /// What the collection began with.
        recorded: String,
        /// What the caller has.
        configured: String,
    },
}

/// The answer to [`VaultRequest::Began`].
#[derive(Debug, Default, Serialize, Deserialize)]
pub struct Began {
    /// The settings recorded at the first signature, if there was one under this release.
    pub settings: Option<Settings>,
    /// Whether a collection began here (a dedupe key was made, or retired): also true for one
    /// begun before settings were recorded.
    pub began: bool,
}
