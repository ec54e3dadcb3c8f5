//! The public transparency log (docs/transparency.md): every shard's signed checkpoint and the
//! tiles of its tree, per C2SP tlog-tiles, for anyone to check receipts and audit the count.
//!
//! - `GET /log/` — the log's description: key name, verifier key, shards, tile height;
//! - `GET /log/checkpoint` — every shard's latest signed checkpoint, one after the other;
//! - `GET /log/{shard}/checkpoint` — the shard's latest signed checkpoint (text);
//! - `GET /log/{shard}/tile/{L}/{N}[.p/{W}]` — hash tiles (full ones never change).
//!
//! Data tiles (entry bundles) are not served: they would publish every statement's id, time and
//! nationality (docs/transparency.md, "Privacy").

use worker::{Env, Response};

use crate::config::Config;
use crate::error::{EdgeError, EdgeResult};
use crate::shard::{tree::TILE_HEIGHT, ShardClient};
use crate::vault::VaultClient;

/// Tiles that are full never change: cache them for a year.
const IMMUTABLE: &str = "public, max-age=31536000, immutable";
/// The checkpoint and partial tiles change with each signature.
const CHANGING: &str = "public, max-age=5";

fn with_cache(mut response: Response, cache: &str) -> EdgeResult<Response> {
    response.headers_mut().set("cache-control", cache)?;
    response
        .headers_mut()
        .set("access-control-allow-origin", "*")?;
    Ok(response)
}

/// Whether the transparency log is on (`TRANSPARENCY_LOG = "off"` is for measurement only).
pub fn enabled(env: &Env) -> bool {
    !env.var("TRANSPARENCY_LOG")
        .is_ok_and(|v| v.to_string() == "off")
}

/// Routes `/log/…`.
pub async fn route(env: &Env, path: &str) -> EdgeResult<Response> {
    if !enabled(env) {
        return Err(EdgeError::NotFound);
    }
    let config = Config::from_env(env)?;
    let rest = path.trim_start_matches("/log/");
    if rest.is_empty() {
        return index(&config, env).await;
    }
    if rest == "checkpoint" {
        return all_checkpoints(&config, env).await;
    }
    let (shard, rest) = rest.split_once('/').ok_or(EdgeError::NotFound)?;
    let shard: u32 = shard.parse().map_err(|_| EdgeError::NotFound)?;
    let shards = VaultClient::new(env)?.shards_ever(config.shards).await?;
    if shard >= shards {
        return Err(EdgeError::NoSuchShard);
    }
    let client = ShardClient::new(env, shard)?;
    if rest == "checkpoint" {
        return text(client.checkpoint().await?.ok_or(EdgeError::NotFound)?);
    }
    let tile_path = rest.strip_prefix("tile/").ok_or(EdgeError::NotFound)?;
    let tile = client.tile(tile_path).await?.ok_or(EdgeError::NotFound)?;
    let bytes = hex::decode(&tile.data).map_err(|e| EdgeError::Internal(format!("tile: {e}")))?;
    let mut response = Response::from_bytes(bytes)?;
    response
        .headers_mut()
        .set("content-type", "application/octet-stream")?;
    with_cache(response, if tile.full { IMMUTABLE } else { CHANGING })
}

fn text(body: String) -> EdgeResult<Response> {
    let mut response = Response::ok(body)?;
    response
        .headers_mut()
        .set("content-type", "text/plain; charset=utf-8")?;
    with_cache(response, CHANGING)
}

/// `GET /log/checkpoint`: the shards' checkpoints in shard order, separated by a blank line (each
/// verifies on its own; together they are the collection's count).
async fn all_checkpoints(config: &Config, env: &Env) -> EdgeResult<Response> {
    let shards = VaultClient::new(env)?.shards_ever(config.shards).await?;
    let mut notes = Vec::new();
    for shard in 0..shards {
        if let Some(note) = ShardClient::new(env, shard)?.checkpoint().await? {
            notes.push(note);
        }
    }
    text(notes.join("\n"))
}

/// `GET /log/`: what a client needs to check checkpoints and find the tiles.
async fn index(config: &Config, env: &Env) -> EdgeResult<Response> {
    let initiative = &config.initiative.id;
    let key = VaultClient::new(env)?
        .log_key(initiative)
        .await?
        .ok_or(EdgeError::NotFound)?;
    let shards = VaultClient::new(env)?.shards_ever(config.shards).await?;
    let body = serde_json::json!({
        "key_name": ocs_core::transparency::key_name(initiative),
        "verifier_key": key.verifier_key(),
        "shards": shards,
        "origins": (0..shards).map(|s| ocs_core::transparency::origin(initiative, s)).collect::<Vec<_>>(),
        "tile_height": TILE_HEIGHT,
        "leaf": "docs/transparency.md",
    });
    with_cache(Response::from_json(&body)?, "public, max-age=60")
}
