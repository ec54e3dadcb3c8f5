//! `GET /api/v1/deployment`: what a running collector says of its own configuration, for the
//! operator and `ocs doctor --url` (docs/api.md): the initiative and ruleset, where its data
//! lives, the organiser's public key, the collection and retention dates, whether its bot check
//! works, and its clock. All of it public already or harmless to show; no Durable Object is
//! asked (a flood of this route costs one siteverify check per isolate).

use std::cell::RefCell;

use ocs_core::rules::CollectionStatus;
use serde::Serialize;
use worker::{Env, Request, Response};

use crate::config::Config;
use crate::error::EdgeResult;
use crate::{bot_check, clock, respond};

/// What the bot check answered a token that must fail, once per isolate.
#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum SecretCheck {
    /// Siteverify knows the secret (it refused only the token).
    Accepted,
    /// Siteverify refuses the secret: signing answers 503 misconfigured.
    Refused,
    /// No secret is set (this machine only).
    Missing,
    /// Siteverify could not be asked.
    Unreachable,
}

thread_local! {
    static SECRET_CHECK: RefCell<Option<SecretCheck>> = const { RefCell::new(None) };
    static EDGE_CACHE: RefCell<Option<bool>> = const { RefCell::new(None) };
}

/// Whether the data centre's cache keeps what is put in it at this address (once per isolate):
/// on `*.workers.dev` it keeps nothing, and public traffic is then shielded from the Durable
/// Objects by each isolate's memory alone (src/edge_cache.rs).
async fn edge_cache_works(origin: &str) -> bool {
    if let Some(known) = EDGE_CACHE.with(|c| *c.borrow()) {
        return known;
    }
    let key = format!("{origin}/__ocs-edge-cache-probe");
    let cache = worker::Cache::default();
    let kept = async {
        let mut probe = Response::ok("probe")?;
        probe
            .headers_mut()
            .set("cache-control", "public, max-age=300")?;
        cache.put(key.as_str(), probe).await?;
        Ok::<bool, worker::Error>(cache.get(key.as_str(), false).await?.is_some())
    }
    .await
    .unwrap_or(false);
    EDGE_CACHE.with(|c| *c.borrow_mut() = Some(kept));
    kept
}

/// A token no widget ever made: siteverify refuses it, and why tells whether the secret works.
const SELF_CHECK_TOKEN: &str = "fail-ocs-doctor-self-check";

async fn secret_check(config: &Config) -> SecretCheck {
    if let Some(known) = SECRET_CHECK.with(|c| *c.borrow()) {
        return known;
    }
    let outcome = match bot_check::check(config, SELF_CHECK_TOKEN, "", "self-check").await {
        Err(crate::error::EdgeError::Misconfigured(e)) if e.problem.starts_with("missing") => {
            SecretCheck::Missing
        }
        Err(crate::error::EdgeError::Misconfigured(_)) => SecretCheck::Refused,
        Err(crate::error::EdgeError::BotCheckUnavailable(_)) => SecretCheck::Unreachable,
        _ => SecretCheck::Accepted,
    };
    // Passing trouble is asked again next time; a verdict on the secret holds for the isolate.
    if outcome != SecretCheck::Unreachable {
        SECRET_CHECK.with(|c| *c.borrow_mut() = Some(outcome));
    }
    outcome
}

/// `GET /api/v1/deployment`.
pub async fn api(req: &Request, env: &Env, config: &Config) -> EdgeResult<Response> {
    let now = clock::now()?;
    let url = crate::request_url::RequestUrl::of(req);
    let retention = &config.retention;
    let initiative = &config.initiative;
    let day = ocs_core::dates::format_iso_date;
    let body = serde_json::json!({
        "version": env!("CARGO_PKG_VERSION"),
        "time": ocs_core::dates::format_timestamp(now),
        "initiative": initiative.id,
        "ruleset": { "id": config.rules.id, "annex_revision": config.rules.annex_revision },
        "jurisdiction": config.jurisdiction.name(),
        // False only in the local runtime, which has no jurisdictions (and serves only this
        // machine).
        "jurisdiction_enforced": crate::jurisdiction::in_this_runtime(env),
        "shards": config.shards,
        "organiser_key": {
            "public_key": config.public_key.to_bech32(),
            "key_id": hex::encode(config.public_key.key_id()),
            "published": ocs_core::keys::published_key(&config.public_key).is_some(),
        },
        "transparency_log": crate::log::enabled(env),
        "host": url.host(),
        "edge_cache": edge_cache_works(url.origin()).await,
        "bot_check": {
            "site_key_set": !config.turnstile_site_key.trim().is_empty(),
            "secret": secret_check(config).await,
        },
        // Wallet signatures (docs/wallet.md): the PID trust anchors' SHA-256 fingerprints, for
        // the operator to compare with the trusted lists.
        "wallet": {
            "offered": config.pid_trust_anchors.is_some(),
            "trust_anchors": config
                .pid_trust_anchors
                .as_ref()
                .map(|anchors| anchors.fingerprints())
                .unwrap_or_default(),
        },
        "collection": {
            "start": day(initiative.collection_start),
            "end": day(initiative.collection_end),
            "status": match initiative.collection_status(now.date()) {
                CollectionStatus::NotStarted => "not_started",
                CollectionStatus::Open => "open",
                CollectionStatus::Ended => "ended",
            },
        },
        "retention": {
            "submitted_to_commission": retention.submitted.map(day),
            "withdrawn": retention.withdrawn.map(day),
            "legal_deadline": day(retention.deadline()),
            "destroyed_from": day(retention.collector_destroys_on()),
        },
    });
    Ok(respond::json(&body, "no-store")?)
}
