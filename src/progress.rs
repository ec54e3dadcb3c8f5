//! Progress: statements per nationality against the thresholds, for the public progress page and
//! API. The figures come from the tally ([`crate::tally`]), never from the shards directly, and
//! the API is served from the edge cache besides.

use ocs_core::rules::Progress;
use worker::{Cache, Env, Request, Response};

use crate::config::{Config, ConfigError};
use crate::error::{EdgeError, EdgeResult};
use crate::respond;
use crate::tally::{self, TallyClient};

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

/// The `cache-control` of public figures.
pub fn cache_control() -> String {
    format!("public, max-age={MAX_AGE}")
}

/// `GET /api/v1/progress`, served from the edge cache, keyed without the query so the cache
/// cannot be bypassed.
pub async fn api(req: &Request, env: &Env) -> EdgeResult<Response> {
    let config = Config::from_env(env)?;
    let mut url = req.url()?;
    url.set_query(None);
    let key = url.to_string();
    let cache = Cache::default();
    if let Some(hit) = cache.get(key.as_str(), false).await? {
        return Ok(hit);
    }
    let mut fresh = respond::json(&figures(&config, env).await?, &cache_control())?;
    cache.put(key.as_str(), fresh.cloned()?).await?;
    Ok(fresh)
}
