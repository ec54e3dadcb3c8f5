//! Progress: statements per nationality against the thresholds, for the public progress page,
//! counters, badges and their APIs. The figures come from the tally ([`crate::tally`]), never
//! from the shards, and each isolate keeps them for [`FIGURES_SECONDS`]; the pages and APIs
//! made of them are served through [`crate::edge_cache`] besides. A flood of public views
//! reaches the tally at most once per [`FIGURES_SECONDS`] per isolate, and the shards only when
//! the tally refreshes itself (`FIGURES_REFRESH_SECONDS`).

use std::cell::RefCell;

use ocs_core::rules::Progress;
use worker::{Env, Request, Response};

use crate::config::{Config, ConfigError};
use crate::edge_cache::{self, Lifetime, Public};
use crate::error::{EdgeError, EdgeResult};
use crate::request_url::RequestUrl;
use crate::tally::{self, Aggregate, TallyClient};

/// How long the figures and what is made of them are kept (seconds).
pub const FIGURES_SECONDS: u32 = 10;

thread_local! {
    /// The tally's aggregate as this isolate last read it, and when (Unix milliseconds).
    static KEPT: RefCell<Option<(Aggregate, f64)>> = const { RefCell::new(None) };
}

/// The tally's counts, once it has computed them (from this isolate's memory for up to
/// [`FIGURES_SECONDS`]).
pub async fn counts(env: &Env) -> EdgeResult<Aggregate> {
    let now = js_sys::Date::now();
    let kept = KEPT.with(|k| {
        k.borrow()
            .as_ref()
            .filter(|(_, at)| now - at < f64::from(FIGURES_SECONDS) * 1000.0)
            .map(|(a, _)| a.clone())
    });
    if let Some(aggregate) = kept {
        return Ok(aggregate);
    }
    let aggregate = tally::fresh(TallyClient::new(env)?.figures().await?)?;
    KEPT.with(|k| *k.borrow_mut() = Some((aggregate.clone(), now)));
    Ok(aggregate)
}

/// Counts per nationality, against the thresholds in force.
pub async fn figures(config: &Config, env: &Env) -> EdgeResult<Progress> {
    let aggregate = counts(env).await?;
    config
        .rules
        .progress(config.initiative.registration_date, &aggregate.counts)
        .ok_or_else(|| {
            EdgeError::Misconfigured(ConfigError::new(
                "INITIATIVE_REGISTRATION_DATE",
                "no threshold table of the ruleset covers the registration date",
            ))
        })
}

/// The success rule's total (what counters measure against).
pub fn goal(config: &Config) -> u64 {
    config
        .rules
        .progress(config.initiative.registration_date, &Default::default())
        .map_or(1_000_000, |p| p.min_total)
}

/// A public answer made of the figures, if a cache holds it: keyed by the URL without its
/// query (`query` adds the parts of it that change the answer), so adding parameters cannot
/// bypass the cache. On a miss, the caller makes it and hands it to [`kept`].
pub async fn cached(req: &Request, query: &str) -> EdgeResult<(String, Option<Response>)> {
    let url = format!("{}{query}", RequestUrl::of(req).without_query());
    let hit = match edge_cache::lookup(&url, &url).await? {
        Some((answer, lifetime, from)) => Some(edge_cache::respond(&answer, lifetime, from)?),
        None => None,
    };
    Ok((url, hit))
}

/// Keeps a public answer made of the figures (see [`cached`]) and serves it.
pub async fn kept(url: &str, answer: Public) -> EdgeResult<Response> {
    let lifetime = Lifetime::Seconds(FIGURES_SECONDS);
    edge_cache::keep(url, url, &answer, lifetime).await?;
    edge_cache::respond(&answer, lifetime, edge_cache::Source::Origin)
}

/// `GET /api/v1/counter`: the figures for counters on any site (CORS for every origin): the
/// total against the goal, per member state, and per partner for the partners that are public.
pub async fn counter_api(req: &Request, env: &Env, config: &Config) -> EdgeResult<Response> {
    let (url, hit) = cached(req, "").await?;
    if let Some(hit) = hit {
        return Ok(hit);
    }
    let body = counter_figures(env, config).await?;
    kept(
        &url,
        Public::text(body.to_string(), "application/json", true),
    )
    .await
}

async fn counter_figures(env: &Env, config: &Config) -> EdgeResult<serde_json::Value> {
    let aggregate = counts(env).await?;
    // Inserted one by one: collecting into the map would sort first, a sort the bundle would
    // carry for this one type.
    let mut partners = serde_json::Map::new();
    for p in config.partners.all().iter().filter(|p| p.public) {
        let count = aggregate.partners.get(&p.code).copied().unwrap_or(0);
        partners.insert(
            p.code.clone(),
            serde_json::json!({ "name": p.name, "count": count }),
        );
    }
    Ok(serde_json::json!({
        "initiative": config.initiative.id,
        "title": config.initiative.title,
        "total": aggregate.counts.values().sum::<u64>(),
        "goal": goal(config),
        "per_nationality": aggregate.counts,
        "per_partner": partners,
        // The log's checkpoints the total was counted with (`ocs audit` checks one against
        // the other).
        "checkpoints": aggregate.checkpoints,
    }))
}

/// `GET /api/v1/progress`.
pub async fn api(req: &Request, env: &Env, config: &Config) -> EdgeResult<Response> {
    let (url, hit) = cached(req, "").await?;
    if let Some(hit) = hit {
        return Ok(hit);
    }
    let body = serde_json::to_string(&figures(config, env).await?)
        .map_err(|e| EdgeError::Internal(format!("progress: {e}")))?;
    kept(&url, Public::text(body, "application/json", false)).await
}
