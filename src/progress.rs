//! Progress: statements per nationality from every shard, against the thresholds; the public
//! progress API serves it from the edge cache.

use std::collections::BTreeMap;

use ocs_core::rules::Progress;
use worker::{Cache, Env, Request, Response};

use crate::config::{Config, ConfigError};
use crate::error::{EdgeError, EdgeResult};
use crate::respond;
use crate::shard::ShardClient;

/// How long caches may keep the figures (seconds).
pub const MAX_AGE: u32 = 10;

/// Counts per nationality from every shard, against the thresholds in force.
pub async fn figures(config: &Config, env: &Env) -> EdgeResult<Progress> {
    let mut counts = BTreeMap::<String, u64>::new();
    for shard in 0..config.shards {
        for (nationality, n) in ShardClient::new(env, shard)?.counts().await? {
            *counts.entry(nationality).or_default() += n;
        }
    }
    config
        .rules
        .progress(config.initiative.registration_date, &counts)
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

/// `GET /api/v1/progress`: the figures fan out to every shard, so they are served from the edge
/// cache for a few seconds, keyed without the query so the cache cannot be bypassed.
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
