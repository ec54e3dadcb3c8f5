//! The worker's configuration: wrangler vars and secrets, read and checked once per isolate.
//!
//! Vars and secrets cannot change under a running isolate: a deploy, and a `wrangler secret
//! put` (which deploys a new version of the worker), start new isolates, which read the new
//! values. So the parsed configuration, or the reason it is unusable, is kept for the isolate's
//! life ([`get`]).
//!
//! What is refused (503 `misconfigured`, naming the setting; docs/operations.md): anything
//! missing or unreadable; an `EXPORT_TOKEN` missing or shorter than
//! [`MIN_EXPORT_TOKEN_CHARS`]; and, on any address but this machine's ([`Config::refusal_for`]),
//! a published organiser key (its secret is public) and an empty Turnstile site key or secret.

use std::rc::Rc;

use ocs_core::api::MAX_SHARDS;
use ocs_core::campaign::{EmbedOrigins, Partners};
use ocs_core::i18n::Lang;
use ocs_core::keys::PublicKey;
use ocs_core::rules::{Initiative, Particular, Retention, Ruleset};
use worker::Env;

/// Cloudflare's Turnstile verification endpoint; tests point `TURNSTILE_VERIFY_URL` at a stub.
pub const DEFAULT_TURNSTILE_VERIFY_URL: &str =
    "https://challenges.cloudflare.com/turnstile/v0/siteverify";

/// Shortest `EXPORT_TOKEN` accepted: 32 characters of a random string carry far more than the
/// 128 bits that make guessing hopeless.
pub const MIN_EXPORT_TOKEN_CHARS: usize = 32;

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
    /// Where the Durable Objects keep their data (`DATA_JURISDICTION`).
    pub jurisdiction: Jurisdiction,
    /// Page languages offered (`LANGUAGES`; empty or missing: all 24).
    pub languages: Vec<Lang>,
    /// Turnstile's site key (empty: the form sends a placeholder token; this machine only).
    pub turnstile_site_key: String,
    /// Turnstile's secret (none: this machine only).
    pub turnstile_secret: Option<Secret>,
    /// Where siteverify is (tests point it at a local stub).
    pub turnstile_verify_url: String,
    /// The organiser API's credential.
    pub export_token: Secret,
    /// Hosts besides the collector's own on which a Turnstile token may have been solved
    /// (`TURNSTILE_HOSTNAMES`, space-separated).
    pub turnstile_hostnames: Vec<String>,
    /// Submission and withdrawal dates that bring the destruction deadline forward.
    pub retention: Retention,
    /// The partner organisations (`PARTNERS`, a JSON list; docs/campaigns.md).
    pub partners: Partners,
    /// The sites that may frame the signing pages (`EMBED_ORIGINS`).
    pub embed: EmbedOrigins,
    /// `EMBED_ORIGINS` as a CSP `frame-ancestors` source list.
    pub frame_ancestors: String,
    /// The PID providers' trust anchors (`PID_TRUST_ANCHORS`); none: no wallet signatures.
    pub pid_trust_anchors: Option<ocs_core::wallet::TrustAnchors>,
}

/// A secret as configured: never printed, zeroised when dropped; [`Secret::expose`] says where
/// it is read.
pub struct Secret(zeroize::Zeroizing<String>);

impl Secret {
    /// The secret's text, for the one place that needs it.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Secret(…)")
    }
}

/// A data location for the Durable Objects.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Jurisdiction {
    /// The European Union (the default): objects run and store data only in the EU.
    Eu,
    /// The United States.
    Us,
    /// FedRAMP-compliant data centres (accounts that have them).
    FedRamp,
    /// FedRAMP High (accounts that have them).
    FedRampHigh,
    /// No constraint: Cloudflare places each object where it is first used. Only for a
    /// collection that began before jurisdictions were set (its objects live there) or one
    /// whose rules name no location.
    Unrestricted,
}

impl Jurisdiction {
    /// Every value, in the order the vault probes them for a collection begun elsewhere.
    pub const ALL: [Jurisdiction; 5] = [
        Jurisdiction::Unrestricted,
        Jurisdiction::Eu,
        Jurisdiction::Us,
        Jurisdiction::FedRamp,
        Jurisdiction::FedRampHigh,
    ];

    /// Reads `DATA_JURISDICTION`: empty is `eu`.
    pub fn parse(value: &str) -> Result<Self, ConfigError> {
        match value.trim() {
            "" | "eu" => Ok(Jurisdiction::Eu),
            "us" => Ok(Jurisdiction::Us),
            "fedramp" => Ok(Jurisdiction::FedRamp),
            "fedramp-high" => Ok(Jurisdiction::FedRampHigh),
            "none" => Ok(Jurisdiction::Unrestricted),
            _ => Err(ConfigError::new(
                "DATA_JURISDICTION",
                "must be eu, us, fedramp, fedramp-high or none",
            )),
        }
    }

    /// The value as written in `DATA_JURISDICTION`.
    pub fn name(self) -> &'static str {
        match self {
            Jurisdiction::Eu => "eu",
            Jurisdiction::Us => "us",
            Jurisdiction::FedRamp => "fedramp",
            Jurisdiction::FedRampHigh => "fedramp-high",
            Jurisdiction::Unrestricted => "none",
        }
    }

    /// The runtime's name of the jurisdiction (`None`: no constraint).
    pub fn runtime_name(self) -> Option<&'static str> {
        match self {
            Jurisdiction::Unrestricted => None,
            other => Some(other.name()),
        }
    }
}

/// A configuration problem: the worker answers 503 naming the setting and logs the reason
/// (never personal data: only configuration is described).
#[derive(Debug, Clone, thiserror::Error)]
#[error("configuration: {setting}: {problem}")]
pub struct ConfigError {
    /// The var, secret or binding at fault.
    pub setting: &'static str,
    /// What is wrong with it, and what to do.
    pub problem: String,
}

impl ConfigError {
    /// A problem with `setting`.
    pub fn new(setting: &'static str, problem: impl Into<String>) -> Self {
        ConfigError {
            setting,
            problem: problem.into(),
        }
    }
}

/// The ruleset JSON the worker was built with (build.rs).
const DEPLOYED_RULESET: &str = include_str!(concat!(env!("OUT_DIR"), "/ruleset.json"));

/// The ruleset the worker was built with, parsed once per isolate.
pub fn deployed_ruleset() -> Result<&'static Ruleset, ConfigError> {
    static RULES: std::sync::OnceLock<Result<Ruleset, String>> = std::sync::OnceLock::new();
    RULES
        .get_or_init(|| Ruleset::from_json(DEPLOYED_RULESET).map_err(|e| e.to_string()))
        .as_ref()
        .map_err(|e| ConfigError::new("OCS_RULESET", format!("the built-in ruleset: {e}")))
}

thread_local! {
    /// The configuration of this isolate, or why it has none (workers run one isolate per
    /// thread).
    static CONFIG: std::cell::OnceCell<Result<Rc<Config>, ConfigError>> =
        const { std::cell::OnceCell::new() };
    /// How many times this isolate read its configuration (tests: once).
    static PARSES: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

/// The configuration, read and checked on the isolate's first request and kept.
pub fn get(env: &Env) -> Result<Rc<Config>, ConfigError> {
    // For the benchmark of what reading it once saves (`scripts/bench worker`): the hooks build
    // reads it on every request when told to.
    #[cfg(feature = "test-hooks")]
    if env
        .var("CONFIG_EVERY_REQUEST")
        .is_ok_and(|v| v.to_string() == "on")
    {
        PARSES.with(|p| p.set(p.get() + 1));
        return Config::from_env(env).map(Rc::new);
    }
    CONFIG.with(|cell| {
        cell.get_or_init(|| {
            PARSES.with(|p| p.set(p.get() + 1));
            Config::from_env(env).map(Rc::new)
        })
        .clone()
    })
}

/// How many times this isolate read its configuration.
#[cfg(feature = "test-hooks")]
pub fn parses() -> u64 {
    PARSES.with(std::cell::Cell::get)
}

/// A var as a string.
pub fn var(env: &Env, name: &'static str) -> Result<String, ConfigError> {
    env.var(name)
        .map(|v| v.to_string())
        .map_err(|_| ConfigError::new(name, "missing (set it in wrangler.toml [vars])"))
}

/// A var that may be missing or empty.
pub fn optional_var(env: &Env, name: &'static str) -> String {
    var(env, name).unwrap_or_default()
}

fn secret(env: &Env, name: &str) -> Option<Secret> {
    env.secret(name)
        .ok()
        .map(|s| s.to_string())
        .filter(|s| !s.is_empty())
        .map(|s| Secret(zeroize::Zeroizing::new(s)))
}

/// A `YYYY-MM-DD` var that may be empty.
pub fn optional_date(env: &Env, name: &'static str) -> Result<Option<time::Date>, ConfigError> {
    match optional_var(env, name).trim() {
        "" => Ok(None),
        day => ocs_core::dates::parse_iso_date(day)
            .map(Some)
            .map_err(|e| ConfigError::new(name, format!("{e} (write YYYY-MM-DD)"))),
    }
}

/// `PID_TRUST_ANCHORS`: PEM certificates, or empty for a collector without wallet signatures.
pub fn pid_trust_anchors(env: &Env) -> Result<Option<ocs_core::wallet::TrustAnchors>, ConfigError> {
    let pem = optional_var(env, "PID_TRUST_ANCHORS");
    if pem.trim().is_empty() {
        return Ok(None);
    }
    ocs_core::wallet::TrustAnchors::from_pem(&pem)
        .map(Some)
        .map_err(|e| {
            ConfigError::new(
                "PID_TRUST_ANCHORS",
                format!("{e} (PEM certificates, P-256 keys)"),
            )
        })
}

/// `SHARD_COUNT`, checked.
pub fn shard_count(env: &Env) -> Result<u32, ConfigError> {
    var(env, "SHARD_COUNT")?
        .trim()
        .parse()
        .ok()
        .filter(|n| (1..=MAX_SHARDS).contains(n))
        .ok_or_else(|| ConfigError::new("SHARD_COUNT", format!("must be 1 to {MAX_SHARDS}")))
}

/// `DATA_JURISDICTION` (missing: `eu`), read on its own: every Durable Object client needs it.
pub fn jurisdiction(env: &Env) -> Result<Jurisdiction, ConfigError> {
    Jurisdiction::parse(&optional_var(env, "DATA_JURISDICTION"))
}

/// The setting that configures an item the forms show (docs/operations.md, "The form's
/// particulars").
fn particular_setting(particular: Particular) -> &'static str {
    match particular {
        Particular::Title => "INITIATIVE_TITLE",
        Particular::RegisterUrl => "INITIATIVE_REGISTER_URL",
        Particular::Objectives => "INITIATIVE_OBJECTIVES",
        Particular::ContactPersons => "INITIATIVE_CONTACT_PERSONS",
        Particular::Website => "INITIATIVE_WEBSITE",
        Particular::ControllerContact => "CONTROLLER_CONTACT",
        Particular::DataProtectionOfficer => "DATA_PROTECTION_OFFICER",
    }
}

impl Config {
    /// Reads and checks every var and secret.
    fn from_env(env: &Env) -> Result<Config, ConfigError> {
        let rules = deployed_ruleset()?;
        let date = |name: &'static str| -> Result<String, ConfigError> { var(env, name) };
        let (registration_date, collection_start, collection_end) = Initiative::parse_dates(
            &date("INITIATIVE_REGISTRATION_DATE")?,
            &date("COLLECTION_START")?,
            &date("COLLECTION_END")?,
        )
        .map_err(|e| ConfigError::new("COLLECTION_START", format!("the dates: {e}")))?;
        let initiative = Initiative {
            id: var(env, "INITIATIVE_ID")?,
            title: var(env, "INITIATIVE_TITLE")?,
            register_url: optional_var(env, "INITIATIVE_REGISTER_URL"),
            objectives: optional_var(env, "INITIATIVE_OBJECTIVES"),
            contact_persons: optional_var(env, "INITIATIVE_CONTACT_PERSONS"),
            website: optional_var(env, "INITIATIVE_WEBSITE"),
            legal_entity: optional_var(env, "INITIATIVE_LEGAL_ENTITY"),
            controller_contact: optional_var(env, "CONTROLLER_CONTACT"),
            data_protection_officer: optional_var(env, "DATA_PROTECTION_OFFICER"),
            registration_date,
            collection_start,
            collection_end,
        };
        initiative
            .check(rules)
            .map_err(|e| ConfigError::new("INITIATIVE_ID", format!("the initiative: {e}")))?;
        initiative
            .check_particulars()
            .map_err(|e| ConfigError::new(particular_setting(e.particular), e.problem))?;
        let public_key = PublicKey::parse(&var(env, "ORGANISER_PUBLIC_KEY")?)
            .map_err(|e| ConfigError::new("ORGANISER_PUBLIC_KEY", e.to_string()))?;
        let retention = Retention {
            collection_start,
            submitted: optional_date(env, "SUBMITTED_TO_COMMISSION")?,
            withdrawn: optional_date(env, "WITHDRAWN")?,
        };
        let export_token = secret(env, "EXPORT_TOKEN").ok_or_else(|| {
            ConfigError::new(
                "EXPORT_TOKEN",
                "missing: `npx wrangler secret put EXPORT_TOKEN` (docs/operations.md)",
            )
        })?;
        if export_token.expose().chars().count() < MIN_EXPORT_TOKEN_CHARS {
            return Err(ConfigError::new(
                "EXPORT_TOKEN",
                format!("shorter than {MIN_EXPORT_TOKEN_CHARS} characters"),
            ));
        }
        let languages = Lang::parse_list(&optional_var(env, "LANGUAGES"))
            .map_err(|e| ConfigError::new("LANGUAGES", e.to_string()))?;
        let embed = EmbedOrigins::parse(&optional_var(env, "EMBED_ORIGINS"))
            .map_err(|e| ConfigError::new("EMBED_ORIGINS", e.to_string()))?;
        Ok(Config {
            languages,
            rules,
            initiative,
            public_key,
            shards: shard_count(env)?,
            jurisdiction: jurisdiction(env)?,
            turnstile_site_key: optional_var(env, "TURNSTILE_SITE_KEY"),
            turnstile_secret: secret(env, "TURNSTILE_SECRET"),
            turnstile_verify_url: Some(optional_var(env, "TURNSTILE_VERIFY_URL"))
                .filter(|u| !u.is_empty())
                .unwrap_or_else(|| DEFAULT_TURNSTILE_VERIFY_URL.to_owned()),
            export_token,
            turnstile_hostnames: optional_var(env, "TURNSTILE_HOSTNAMES")
                .split_whitespace()
                .map(str::to_owned)
                .collect(),
            retention,
            partners: Partners::parse(&optional_var(env, "PARTNERS"))
                .map_err(|e| ConfigError::new("PARTNERS", e.to_string()))?,
            frame_ancestors: embed.frame_ancestors(),
            embed,
            pid_trust_anchors: pid_trust_anchors(env)?,
        })
    }

    /// What makes this configuration unsafe to serve at `host`: nothing on this machine (the
    /// demo key, the Turnstile stub); elsewhere a published organiser key or a missing Turnstile
    /// key.
    pub fn refusal_for(&self, host: &str) -> Option<ConfigError> {
        if is_loopback(host) {
            return None;
        }
        if let Some(source) = ocs_core::keys::published_key(&self.public_key) {
            return Some(ConfigError::new(
                "ORGANISER_PUBLIC_KEY",
                format!(
                    "a published key ({source}): anyone can open what is sealed to it; set \
                     your own from `ocs keygen`"
                ),
            ));
        }
        // The test anchor's key is published with the tests: anyone can issue PIDs under it.
        if self
            .pid_trust_anchors
            .as_ref()
            .is_some_and(|anchors| anchors.holds_test_anchor())
        {
            return Some(ConfigError::new(
                "PID_TRUST_ANCHORS",
                "holds the published test anchor: anyone can issue identities under it; \
                 set the PID providers' anchors from the trusted lists",
            ));
        }
        if self.turnstile_site_key.trim().is_empty() {
            return Some(ConfigError::new(
                "TURNSTILE_SITE_KEY",
                "empty: set the site key of your Turnstile widget",
            ));
        }
        if self.turnstile_secret.is_none() {
            return Some(ConfigError::new(
                "TURNSTILE_SECRET",
                "missing: `npx wrangler secret put TURNSTILE_SECRET`",
            ));
        }
        None
    }
}

/// Whether `host` (as the request URL has it, with or without a port) is this machine.
pub fn is_loopback(host: &str) -> bool {
    let name = match host.strip_prefix('[') {
        // [::1]:8787
        Some(v6) => v6.split(']').next().unwrap_or(""),
        None => host.rsplit_once(':').map_or(host, |(name, _)| name),
    };
    name.eq_ignore_ascii_case("localhost")
        || name.to_ascii_lowercase().ends_with(".localhost")
        || name
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback())
}

#[cfg(test)]
mod tests {
    use super::is_loopback;

    #[test]
    fn loopback_hosts_are_this_machine_only() {
        for host in [
            "127.0.0.1",
            "127.0.0.1:8787",
            "localhost:8787",
            "LOCALHOST",
            "a.localhost",
            "[::1]:8787",
            "127.8.9.1",
        ] {
            assert!(is_loopback(host), "{host}");
        }
        for host in [
            "sign.example.eu",
            "localhost.example.eu",
            "127.0.0.1.nip.io",
            "[2001:db8::1]:443",
            "10.0.0.1",
            "",
        ] {
            assert!(!is_loopback(host), "{host}");
        }
    }
}
