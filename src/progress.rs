//! Progress: statements per nationality against the thresholds, for the public progress page and
//! API. The figures come from the tally ([`crate::tally`]), never from the shards directly, and
//! the API is served from the edge cache besides.

use ocs_core::rules::Progress;
use worker::{Cache, Env, Request, Response};

use crate::config::{Config, ConfigError};
use crate::error::{EdgeError, EdgeResult};
use crate::request_url::RequestUrl;
use crate::respond;
use crate::tally::{self, Aggregate, TallyClient};

/// How long caches may keep the figures (seconds): the tally's own refresh period.
pub const MAX_AGE: i64 = tally::REFRESH_MS / 1000;

/// Counts per nationality from the tally, against the thresholds in force.
pub async fn figures(config: &Config, env: &Env) -> EdgeResult<Progress> {
    let aggregate = tally::fresh(TallyClient::new(env)?.figures().await?)?;
    config
        .rules
        .progress(config.initiative.registration_date, &aggregate.counts)
        .ok_or_else(|| {
            EdgeError::Misconfigured(ConfigError(
                "no threshold table covers the registration date".into(),
            ))
        })
}

/// The tally's counts, once it has computed them.
pub async fn counts(env: &Env) -> EdgeResult<Aggregate> {
    tally::fresh(TallyClient::new(env)?.figures().await?)
}

/// The success rule's total (what counters measure against).
pub fn goal(config: &Config) -> u64 {
    config
        .rules
        .progress(config.initiative.registration_date, &Default::default())
        .map_or(1_000_000, |p| p.min_total)
}

/// `GET /api/v1/counter`: the figures for counters on any site (CORS for every origin): the
/// total against the goal, per member state, and per partner for the partners that are public.
/// Served from the edge cache like the progress API.
pub async fn counter_api(req: &Request, env: &Env) -> EdgeResult<Response> {
    from_edge_cache(req, || async {
        let mut fresh = respond::json(&counter_figures(env).await?, &cache_control())?;
        fresh
            .headers_mut()
            .set("access-control-allow-origin", "*")?;
        Ok(fresh)
    })
    .await
}

async fn counter_figures(env: &Env) -> EdgeResult<serde_json::Value> {
    let config = Config::from_env(env)?;
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
        "goal": goal(&config),
        "per_nationality": aggregate.counts,
        "per_partner": partners,
    }))
}

/// Answers from the edge cache, keyed without the query so the cache cannot be bypassed; on a
/// miss, `fresh` makes the answer and the cache keeps it.
async fn from_edge_cache<F>(req: &Request, fresh: impl FnOnce() -> F) -> EdgeResult<Response>
where
    F: std::future::Future<Output = EdgeResult<Response>>,
{
    let key = RequestUrl::of(req).without_query().to_owned();
    let cache = Cache::default();
    if let Some(hit) = cache.get(key.as_str(), false).await? {
        return Ok(hit);
    }
    let mut answer = fresh().await?;
    cache.put(key.as_str(), answer.cloned()?).await?;
    Ok(answer)
}

/// The `cache-control` of public figures.
pub fn cache_control() -> String {
    format!("public, max-age={MAX_AGE}")
}

/// `GET /api/v1/progress`, served from the edge cache, keyed without the query so the cache
/// cannot be bypassed.
pub async fn api(req: &Request, env: &Env) -> EdgeResult<Response> {
    from_edge_cache(req, || async {
        let config = Config::from_env(env)?;
        Ok(respond::json(
            &figures(&config, env).await?,
            &cache_control(),
        )?)
    })
    .await
}
