//! Hooks for the tests and benchmarks, compiled in only with the `test-hooks` feature: a build
//! that is never deployed (`worker-build --release -d build-hooks -- --features test-hooks`, as
//! tests/support builds it). Without the feature every hook here is inert: [`fault_of`] finds
//! no fault, [`honoured`] drops any, and [`route`] answers nothing.
//!
//! With it, on this machine's address only:
//! - a signing request's `x-ocs-test-fault` header (`after-insert`, `after-leaf`) makes the
//!   shard fail part way through the append, to prove that nothing of it stays;
//! - `GET /__meter` answers what each Durable Object counted (src/meter.rs): requests by
//!   operation, rows read and written;
//! - `GET /__probe/{noop,fetch,limit}` spend one Durable Object call that does nothing, one
//!   outbound fetch to the bot-check endpoint, one rate-limiter call: the parts a signature's
//!   cost is split into by `scripts/bench worker` (docs/performance.md).

use worker::{Env, Request, Response};

use crate::config::Config;
use crate::error::{EdgeError, EdgeResult};

/// The fault a request asks for (none without the `test-hooks` feature).
#[cfg(feature = "test-hooks")]
pub fn fault_of(req: &Request) -> Option<String> {
    let host = crate::request_url::RequestUrl::of(req).host().to_owned();
    if !crate::config::is_loopback(&host) {
        return None;
    }
    req.headers().get("x-ocs-test-fault").ok().flatten()
}

/// The fault a request asks for (none without the `test-hooks` feature).
#[cfg(not(feature = "test-hooks"))]
pub fn fault_of(_req: &Request) -> Option<String> {
    None
}

/// The fault an object is asked for, if this build honours faults.
pub fn honoured(fault: Option<String>) -> Option<String> {
    fault.filter(|_| cfg!(feature = "test-hooks"))
}

/// Fails at `point` when `fault` names it.
pub fn inject(fault: Option<&str>, point: &str) -> EdgeResult<()> {
    match fault {
        Some(f) if f == point => Err(EdgeError::Internal(format!("injected fault {point}"))),
        _ => Ok(()),
    }
}

/// The hooks' routes: `Some` answer for a path they serve.
#[cfg(feature = "test-hooks")]
pub async fn route(req: &Request, env: &Env, config: &Config) -> Option<EdgeResult<Response>> {
    let path = req.path();
    if !path.starts_with("/__meter") && !path.starts_with("/__probe/") {
        return None;
    }
    let host = crate::request_url::RequestUrl::of(req).host().to_owned();
    if !crate::config::is_loopback(&host) {
        return Some(Err(EdgeError::NotFound));
    }
    Some(match path.as_str() {
        "/__meter" => meter(env, config).await,
        "/__probe/noop" => noop(env).await,
        "/__probe/fetch" => probe_fetch(config).await,
        "/__probe/limit" => crate::rate_limit::allows(env, "probe".into())
            .await
            .and_then(|ok| Ok(Response::ok(ok.to_string())?)),
        _ => Err(EdgeError::NotFound),
    })
}

/// The hooks' routes: none without the `test-hooks` feature.
#[cfg(not(feature = "test-hooks"))]
pub async fn route(_req: &Request, _env: &Env, _config: &Config) -> Option<EdgeResult<Response>> {
    None
}

/// One Durable Object call that does nothing but answer (shard 0's meter, read from memory).
#[cfg(feature = "test-hooks")]
async fn noop(env: &Env) -> EdgeResult<Response> {
    let counts = crate::shard::ShardClient::new(env, 0)?.meter().await?;
    Ok(Response::ok(counts.len().to_string())?)
}

#[cfg(feature = "test-hooks")]
async fn probe_fetch(config: &Config) -> EdgeResult<Response> {
    let mut init = worker::RequestInit::new();
    init.with_method(worker::Method::Post)
        .with_body(Some("{}".into()));
    let request = Request::new_with_init(&config.turnstile_verify_url, &init)?;
    let mut answer = worker::Fetch::Request(request).send().await?;
    let _ = answer.text().await?;
    Ok(Response::ok("fetched")?)
}

#[cfg(feature = "test-hooks")]
async fn meter(env: &Env, config: &Config) -> EdgeResult<Response> {
    let shards = crate::vault::VaultClient::new(env)?
        .shards_ever(config.shards)
        .await?;
    let mut per_shard = Vec::new();
    for shard in 0..shards {
        per_shard.push(crate::shard::ShardClient::new(env, shard)?.meter().await?);
    }
    let body = serde_json::json!({
        "config_parses": crate::config::parses(),
        "shards": per_shard,
        "vault": crate::vault::VaultClient::new(env)?.meter().await?,
        "tally": crate::tally::TallyClient::new(env)?.meter().await?,
    });
    Ok(Response::from_json(&body)?)
}
