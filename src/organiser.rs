//! The organiser's API, behind `Authorization: Bearer <EXPORT_TOKEN>`: the ledger export, the
//! list of erased statements, and erasing one statement. See docs/api.md.

use ocs_core::statement::StatementId;
use serde::Deserialize;
use worker::{Env, Request, Response};

use crate::config::Config;
use crate::error::{EdgeError, EdgeResult};
use crate::shard::{ShardClient, MAX_PAGE};
use crate::{clock, respond};

/// The configuration, when the request carries the organiser's credential.
fn authorised(req: &Request, env: &Env) -> EdgeResult<Config> {
    let config = Config::from_env(env)?;
    let Some(expected) = config.export_token.as_deref() else {
        return Err(EdgeError::OrganiserApiDisabled);
    };
    let given = req.headers().get("authorization")?.unwrap_or_default();
    let given = given.strip_prefix("Bearer ").unwrap_or("");
    if !constant_time_eq(given.as_bytes(), expected.as_bytes()) {
        return Err(EdgeError::Unauthorised);
    }
    Ok(config)
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
fn authorised_shard(req: &Request, env: &Env) -> EdgeResult<(Config, ShardQuery, ShardClient)> {
    let config = authorised(req, env)?;
    let query: ShardQuery = req
        .query()
        .map_err(|_| EdgeError::BadRequest("shard, after and limit must be whole numbers"))?;
    let shard = query.shard.unwrap_or(0);
    if shard >= config.shards {
        return Err(EdgeError::NoSuchShard);
    }
    let client = ShardClient::new(env, shard)?;
    Ok((config, query, client))
}

/// `GET /api/v1/export?shard=N&after=SEQ&limit=M`: a page of ledger rows, erased ones as
/// tombstones.
pub async fn export(req: Request, env: &Env) -> EdgeResult<Response> {
    let (config, query, client) = authorised_shard(&req, env)?;
    let rows = client
        .rows(query.after.unwrap_or(0), query.limit.unwrap_or(MAX_PAGE))
        .await?;
    Ok(respond::json(
        &serde_json::json!({
            "initiative": config.initiative.id, "initiative_data": config.initiative,
            "shard": query.shard.unwrap_or(0), "shards": config.shards, "rows": rows,
        }),
        "no-store",
    )?)
}

/// `GET /api/v1/erasures?shard=N`: the tombstones of a shard, so `ocs pull` erases its copies too.
pub async fn erasures(req: Request, env: &Env) -> EdgeResult<Response> {
    let (config, query, client) = authorised_shard(&req, env)?;
    let rows = client.erased().await?;
    Ok(respond::json(
        &serde_json::json!({
            "initiative": config.initiative.id, "shard": query.shard.unwrap_or(0), "rows": rows,
        }),
        "no-store",
    )?)
}

/// `DELETE /api/v1/statements/{id}`: erases one statement (a signatory's request), leaving a
/// tombstone that keeps the shard's chain verifiable. Idempotent.
pub async fn erase(req: Request, env: &Env, id: &str) -> EdgeResult<Response> {
    let config = authorised(&req, env)?;
    let id = StatementId::parse(id).ok_or(EdgeError::BadRequest("not a statement id"))?;
    let at = ocs_core::dates::format_timestamp(clock::now()?);
    // The id does not say which shard holds it (the dedupe token does): ask each.
    for shard in 0..config.shards {
        if let Some(erased) = ShardClient::new(env, shard)?.erase(id, &at).await? {
            return Ok(respond::json(&erased, "no-store")?);
        }
    }
    Err(EdgeError::NoSuchStatement)
}
