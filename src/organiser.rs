//! The organiser's API, behind `Authorization: Bearer <EXPORT_TOKEN>`: the ledger export, the
//! list of erased statements, and erasing one statement. See docs/api.md.

use ocs_core::statement::StatementId;
use serde::Deserialize;
use worker::{Cache, Env, Request, Response};

use crate::config::Config;
use crate::error::{EdgeError, EdgeResult};
use crate::request_url::RequestUrl;
use ocs_core::api::{ErasurePage, ExactCounts, ExportPage, MAX_PAGE};

use crate::shard::ShardClient;
use crate::vault::VaultClient;
use crate::{clock, rate_limit, respond};

/// Failed organiser authentications allowed from one client per minute (the `AUTH_LIMITER`
/// binding); past them, every organiser request from it is refused for a minute, right
/// credential or not, so guessing cannot go faster than that.
const AUTH_LIMITER: &str = "AUTH_LIMITER";

/// Passes when the request carries the organiser's credential (`EXPORT_TOKEN`, which the
/// configuration requires: a collector without it refuses every request).
async fn authorised(req: &Request, env: &Env, config: &Config) -> EdgeResult<()> {
    let client = rate_limit::client_of(req)?;
    // An HMAC of the address under the credential: no address is stored anywhere, and no vault
    // call is needed (nor its secret, which retirement deletes).
    let key = rate_limit::auth_client_key(
        config.export_token.expose().as_bytes(),
        &config.initiative.id,
        &client,
    )?;
    let cache = Cache::default();
    let blocked = format!("https://auth-throttle.internal/{key}");
    // The marker is kept in this isolate's memory and in the data centre's cache (which keeps
    // nothing on *.workers.dev: there the isolate's memory is all).
    if throttled_here(&key) || cache.get(blocked.as_str(), false).await?.is_some() {
        return Err(EdgeError::AuthThrottled);
    }
    let given = req.headers().get("authorization")?.unwrap_or_default();
    let given = given.strip_prefix("Bearer ").unwrap_or("");
    if !constant_time_eq(given.as_bytes(), config.export_token.expose().as_bytes()) {
        if !rate_limit::limit(env, AUTH_LIMITER, key.clone()).await? {
            throttle_here(&key);
            let mut marker = Response::ok("throttled")?;
            marker.headers_mut().set("cache-control", "max-age=60")?;
            cache.put(blocked.as_str(), marker).await?;
            return Err(EdgeError::AuthThrottled);
        }
        return Err(EdgeError::Unauthorised);
    }
    Ok(())
}

thread_local! {
    /// Clients throttled by this isolate, until when (Unix milliseconds).
    static THROTTLED: std::cell::RefCell<std::collections::HashMap<String, f64>> =
        std::cell::RefCell::new(std::collections::HashMap::new());
}

/// How long a throttled client waits (milliseconds).
const THROTTLE_MS: f64 = 60_000.0;

fn throttled_here(key: &str) -> bool {
    let now = js_sys::Date::now();
    THROTTLED.with(|t| {
        let mut t = t.borrow_mut();
        t.retain(|_, until| *until > now);
        t.contains_key(key)
    })
}

fn throttle_here(key: &str) {
    let until = js_sys::Date::now() + THROTTLE_MS;
    THROTTLED.with(|t| t.borrow_mut().insert(key.to_owned(), until));
}

/// Compares in constant time, so timing does not reveal how much of a guess was right.
fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    use subtle::ConstantTimeEq;
    a.ct_eq(b).into()
}

#[derive(Deserialize)]
struct ShardQuery {
    shard: Option<u32>,
    after: Option<u64>,
    limit: Option<u64>,
}

/// An authorised organiser request naming an existing shard: the config, the query and the
/// shard's client.
async fn authorised_shard(
    req: &Request,
    env: &Env,
    config: &Config,
) -> EdgeResult<(ShardQuery, ShardClient, u32)> {
    authorised(req, env, config).await?;
    let query: ShardQuery = RequestUrl::of(req)
        .query()
        .map_err(|_| EdgeError::BadRequest("shard, after and limit must be whole numbers"))?;
    let shard = query.shard.unwrap_or(0);
    // Every shard ever written, also after SHARD_COUNT was lowered.
    let shards = VaultClient::new(env)?.shards_ever(config.shards).await?;
    if shard >= shards {
        return Err(EdgeError::NoSuchShard);
    }
    let client = ShardClient::new(env, shard)?;
    Ok((query, client, shards))
}

/// `GET /api/v1/export?shard=N&after=SEQ&limit=M`: a page of ledger rows, erased ones as
/// tombstones.
pub async fn export(req: Request, env: &Env, config: &Config) -> EdgeResult<Response> {
    let (query, client, shards) = authorised_shard(&req, env, config).await?;
    let rows = client
        .rows(query.after.unwrap_or(0), query.limit.unwrap_or(MAX_PAGE))
        .await?;
    let page = ExportPage {
        initiative: config.initiative.id.clone(),
        initiative_data: Some(config.initiative.clone()),
        shard: query.shard.unwrap_or(0),
        shards,
        rows,
    };
    Ok(respond::json(&page, "no-store")?)
}

/// `GET /api/v1/counts`: the exact counts per nationality and every shard's head, read from the
/// shards now (never cached), so `ocs verify --url` compares a bundle with the ledger itself.
pub async fn counts(req: Request, env: &Env, config: &Config) -> EdgeResult<Response> {
    authorised(&req, env, config).await?;
    let shards = VaultClient::new(env)?.shards_ever(config.shards).await?;
    let mut heads = Vec::new();
    for shard in 0..shards {
        heads.push(ShardClient::new(env, shard)?.status().await?);
    }
    let counts = ExactCounts::of(&config.initiative.id, shards, heads);
    Ok(respond::json(&counts, "no-store")?)
}

/// `GET /api/v1/erasures?shard=N`: the tombstones of a shard, so `ocs pull` erases its copies too.
pub async fn erasures(req: Request, env: &Env, config: &Config) -> EdgeResult<Response> {
    let (query, client, _) = authorised_shard(&req, env, config).await?;
    let rows = client.erased().await?;
    let page = ErasurePage {
        initiative: config.initiative.id.clone(),
        shard: query.shard.unwrap_or(0),
        rows,
    };
    Ok(respond::json(&page, "no-store")?)
}

/// `DELETE /api/v1/statements/{id}`: erases one statement (a signatory's request), leaving a
/// tombstone that keeps the shard's chain verifiable. Idempotent.
pub async fn erase(req: Request, env: &Env, config: &Config, id: &str) -> EdgeResult<Response> {
    authorised(&req, env, config).await?;
    let id = StatementId::parse(id).ok_or(EdgeError::BadRequest("not a statement id"))?;
    let at = ocs_core::dates::format_timestamp(clock::now()?);
    let shards = VaultClient::new(env)?.shards_ever(config.shards).await?;
    // The id does not say which shard holds it (the dedupe token does): ask each. A shard that
    // cannot answer might hold it, so its failure is "try again", never "no such statement".
    let mut failed = None;
    for shard in 0..shards {
        match ShardClient::new(env, shard)?.erase(id, &at).await {
            Ok(Some(mut erased)) => {
                // The log's public checkpoint counts the erasure at once here.
                if let Some(note) = erased.checkpoint.take() {
                    crate::log::learnt(shard, &note);
                }
                return Ok(respond::json(&erased, "no-store")?);
            }
            Ok(None) => {}
            Err(e) => failed = Some(e),
        }
    }
    match failed {
        Some(e) => Err(EdgeError::Unavailable(format!(
            "a shard could not be asked for the statement: {e}"
        ))),
        None => Err(EdgeError::NoSuchStatement),
    }
}
