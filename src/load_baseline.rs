//! The load baseline (docs/performance.md): with `LOAD_BASELINE = "on"` (off by default and in
//! production), `POST /__load-baseline` writes its body into a ledger shard the way signing
//! appends a row (one Durable Object call; a lookup, the last row, one INSERT), without
//! validation, bot check, dedupe key, sealing or transparency log. Measured beside signing in
//! the same run (`scripts/bench --worker`), it separates our cost from the runtime's. It writes
//! to a table of its own, never to the ledger.

use worker::{Env, Request, Response};

use crate::config::Config;
use crate::error::{EdgeError, EdgeResult};
use crate::shard::ShardClient;

/// Whether the baseline route answers (`LOAD_BASELINE = "on"`).
pub fn enabled(env: &Env) -> bool {
    env.var("LOAD_BASELINE")
        .is_ok_and(|v| v.to_string() == "on")
}

/// `POST /__load-baseline`: body `key payload` (the key unique per write).
pub async fn post(mut req: Request, env: &Env, config: &Config) -> EdgeResult<Response> {
    if !enabled(env) {
        return Err(EdgeError::NotFound);
    }
    let body = req.text().await?;
    if body.len() > ocs_core::statement::MAX_BODY_BYTES {
        return Err(EdgeError::TooLarge);
    }
    let (key, payload) = body.split_once(' ').ok_or(EdgeError::Unreadable)?;
    // The shard from the key, as signing takes it from the dedupe token.
    let shard = key
        .bytes()
        .fold(0u32, |h, b| h.wrapping_mul(31).wrapping_add(u32::from(b)))
        % config.shards.max(1);
    let n = ShardClient::new(env, shard)?
        .baseline(key.to_owned(), payload.to_owned())
        .await?;
    let mut response = Response::from_json(&serde_json::json!({ "shard": shard, "n": n }))?;
    response = response.with_status(201);
    Ok(response)
}
