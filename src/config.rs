//! The worker's configuration, read from wrangler vars and secrets on each request (cheap: a few
//! string reads), so a `wrangler secret put` takes effect without a redeploy.

use ocs_core::campaign::{EmbedOrigins, Partners};
use ocs_core::i18n::Lang;
use ocs_core::keys::PublicKey;
use ocs_core::rules::{Initiative, Retention, Ruleset};
use worker::Env;

/// Cloudflare's Turnstile verification endpoint; tests point `TURNSTILE_VERIFY_URL` at a stub.
pub const DEFAULT_TURNSTILE_VERIFY_URL: &str =
    "https://challenges.cloudflare.com/turnstile/v0/siteverify";

/// What the worker is configured with (docs/api.md, Configuration).
pub struct Config {
    /// The ruleset the collector was built with (build.rs: `OCS_RULESET`, by default the ECI's).
    pub rules: &'static Ruleset,
    /// The initiative's register data and collection period.
    pub initiative: Initiative,
    /// The organiser's public key: statements are sealed to it.
    pub public_key: PublicKey,
    /// How many ledger shards there are.
    pub shards: u32,
    /// Page languages offered (`LANGUAGES`; empty or missing: all 24).
    pub languages: Vec<Lang>,
    /// Turnstile's site key (empty: the form sends the placeholder token).
    pub turnstile_site_key: String,
    /// Turnstile's secret.
    pub turnstile_secret: String,
    /// Where siteverify is (tests point it at a local stub).
    pub turnstile_verify_url: String,
    /// The organiser API's credential.
    pub export_token: ExportToken,
    /// Hosts besides the collector's own on which a Turnstile token may have been solved
    /// (`TURNSTILE_HOSTNAMES`, space-separated).
    pub turnstile_hostnames: Vec<String>,
    /// Submission and withdrawal dates that bring the destruction deadline forward.
    pub retention: Retention,
    /// The partner organisations (`PARTNERS`, a JSON list; docs/campaigns.md).
    pub partners: Partners,
    /// The sites that may frame the signing pages (`EMBED_ORIGINS`).
    pub embed: EmbedOrigins,
}

/// The ruleset JSON the worker was built with (build.rs).
const DEPLOYED_RULESET: &str = include_str!(concat!(env!("OUT_DIR"), "/ruleset.json"));

/// The ruleset the worker was built with, parsed once per isolate.
pub fn deployed_ruleset() -> Result<&'static Ruleset, ConfigError> {
    static RULES: std::sync::OnceLock<Result<Ruleset, String>> = std::sync::OnceLock::new();
    RULES
        .get_or_init(|| Ruleset::from_json(DEPLOYED_RULESET).map_err(|e| e.to_string()))
        .as_ref()
        .map_err(|e| ConfigError(format!("the built-in ruleset: {e}")))
}

/// Shortest `EXPORT_TOKEN` accepted: 32 characters of a random string carry far more than the
/// 128 bits that make guessing hopeless.
pub const MIN_EXPORT_TOKEN_CHARS: usize = 32;

/// The organiser API's credential as configured.
pub enum ExportToken {
    /// No `EXPORT_TOKEN` secret: the organiser API is off.
    Unset,
    /// Set, but too short to be safe: the organiser API refuses to work with it.
    TooShort,
    /// Set and long enough.
    Set(String),
}

/// A configuration problem: the worker answers 503 and logs the reason (never personal data).
#[derive(Debug, thiserror::Error)]
#[error("configuration: {0}")]
pub struct ConfigError(pub String);

fn var(env: &Env, name: &str) -> Result<String, ConfigError> {
    env.var(name)
        .map(|v| v.to_string())
        .map_err(|_| ConfigError(format!("missing var {name}")))
}

fn secret(env: &Env, name: &str) -> Option<String> {
    env.secret(name)
        .ok()
        .map(|s| s.to_string())
        .filter(|s| !s.is_empty())
}

impl Config {
    /// Reads and checks every var and secret.
    pub fn from_env(env: &Env) -> Result<Config, ConfigError> {
        let rules = deployed_ruleset()?;
        let (registration_date, collection_start, collection_end) = Initiative::parse_dates(
            &var(env, "INITIATIVE_REGISTRATION_DATE")?,
            &var(env, "COLLECTION_START")?,
            &var(env, "COLLECTION_END")?,
        )
        .map_err(|e| ConfigError(format!("bad date: {e}")))?;
        let initiative = Initiative {
            id: var(env, "INITIATIVE_ID")?,
            title: var(env, "INITIATIVE_TITLE")?,
            register_url: var(env, "INITIATIVE_REGISTER_URL").unwrap_or_default(),
            objectives: var(env, "INITIATIVE_OBJECTIVES").unwrap_or_default(),
            contact_persons: var(env, "INITIATIVE_CONTACT_PERSONS").unwrap_or_default(),
            website: var(env, "INITIATIVE_WEBSITE").unwrap_or_default(),
            registration_date,
            collection_start,
            collection_end,
        };
        initiative
            .check(rules)
            .map_err(|e| ConfigError(format!("initiative: {e}")))?;
        let public_key = PublicKey::parse(&var(env, "ORGANISER_PUBLIC_KEY")?)
            .map_err(|e| ConfigError(format!("ORGANISER_PUBLIC_KEY: {e}")))?;
        let optional_date = |name: &str| -> Result<Option<time::Date>, ConfigError> {
            match var(env, name).unwrap_or_default().trim() {
                "" => Ok(None),
                day => ocs_core::dates::parse_iso_date(day)
                    .map(Some)
                    .map_err(|e| ConfigError(format!("{name}: {e}"))),
            }
        };
        let retention = Retention {
            collection_start,
            submitted: optional_date("SUBMITTED_TO_COMMISSION")?,
            withdrawn: optional_date("WITHDRAWN")?,
        };
        let shards: u32 = var(env, "SHARD_COUNT")?
            .parse()
            .ok()
            .filter(|n| (1..=1024).contains(n))
            .ok_or_else(|| ConfigError("SHARD_COUNT must be 1..=1024".into()))?;
        let languages = Lang::parse_list(&var(env, "LANGUAGES").unwrap_or_default())
            .map_err(|e| ConfigError(format!("LANGUAGES: {e}")))?;
        Ok(Config {
            languages,
            rules,
            initiative,
            public_key,
            shards,
            turnstile_site_key: var(env, "TURNSTILE_SITE_KEY").unwrap_or_default(),
            turnstile_secret: secret(env, "TURNSTILE_SECRET").unwrap_or_default(),
            turnstile_verify_url: var(env, "TURNSTILE_VERIFY_URL")
                .ok()
                .filter(|u| !u.is_empty())
                .unwrap_or_else(|| DEFAULT_TURNSTILE_VERIFY_URL.to_owned()),
            export_token: match secret(env, "EXPORT_TOKEN") {
                None => ExportToken::Unset,
                Some(t) if t.chars().count() < MIN_EXPORT_TOKEN_CHARS => ExportToken::TooShort,
                Some(t) => ExportToken::Set(t),
            },
            turnstile_hostnames: var(env, "TURNSTILE_HOSTNAMES")
                .unwrap_or_default()
                .split_whitespace()
                .map(str::to_owned)
                .collect(),
            retention,
            partners: Partners::parse(&var(env, "PARTNERS").unwrap_or_default())
                .map_err(|e| ConfigError(e.to_string()))?,
            embed: embed_origins(env)?,
        })
    }
}

/// `EMBED_ORIGINS`, read on its own: every response's framing policy needs it.
pub fn embed_origins(env: &Env) -> Result<EmbedOrigins, ConfigError> {
    EmbedOrigins::parse(&var(env, "EMBED_ORIGINS").unwrap_or_default())
        .map_err(|e| ConfigError(e.to_string()))
}
