//! The edge worker (wasm32 only): a thin shell over the core. Routes, the statement pipeline,
//! the ledger shards and the export API. See docs/api.md.

mod config;
mod ledger_do;
mod organiser;
mod pages;
mod pipeline;
mod vault;

use crate::statement::{ParseError, RawSubmission};
use config::Config;
use pipeline::Outcome;
use worker::*;

/// Largest body accepted by any endpoint (the core refuses more too).
const MAX_BODY: usize = crate::statement::MAX_BODY_BYTES;

#[event(fetch)]
async fn fetch(req: Request, env: Env, _ctx: Context) -> Result<Response> {
    let response = match route(req, &env).await {
        Ok(r) => r,
        Err(e) => {
            // Errors name no personal data: statements are parsed, never logged.
            console_error!("internal error: {e}");
            json_error(
                500,
                "internal_error",
                "Something went wrong; nothing was stored.",
            )?
        }
    };
    with_security_headers(response)
}

/// The cron trigger (wrangler.toml `[triggers]`): enforces the retention deadline.
#[event(scheduled)]
async fn scheduled(_event: ScheduledEvent, env: Env, _ctx: ScheduleContext) {
    if let Err(e) = organiser::enforce_retention(&env).await {
        console_error!("retention: {e}");
    }
}

async fn route(req: Request, env: &Env) -> Result<Response> {
    let path = req.path();
    match (req.method(), path.as_str()) {
        (Method::Get, "/healthz") => Response::ok("ok"),
        (Method::Get, "/api/v1/ruleset") => {
            let config = match Config::from_env(env) {
                Ok(c) => c,
                Err(e) => return misconfigured(e),
            };
            Response::from_json(config.rules)
        }
        (Method::Get, "/api/v1/progress") => {
            let config = match Config::from_env(env) {
                Ok(c) => c,
                Err(e) => return misconfigured(e),
            };
            progress_cached(&req, &config, env).await
        }
        (Method::Post, "/api/v1/statements") => statements(req, env).await,
        (Method::Get, "/api/v1/export") => organiser::export(req, env).await,
        (Method::Get, "/api/v1/erasures") => organiser::erasures(req, env).await,
        (Method::Delete, p) if p.starts_with("/api/v1/statements/") => {
            let id = p.trim_start_matches("/api/v1/statements/").to_owned();
            organiser::erase(req, env, &id).await
        }
        (_, p) if p.starts_with("/api/") => json_error(404, "not_found", "No such endpoint."),
        _ => pages::route(req, env).await,
    }
}

/// Why a submission was turned away before reaching the pipeline.
pub(crate) enum Refused {
    WrongType,
    TooLarge,
    RateLimited,
    Unreadable,
}

/// A submission, read and parsed after the cheap checks (type, declared size, per-client limit).
pub(crate) struct Received {
    pub raw: RawSubmission,
    pub client: String,
}

pub(crate) async fn receive(
    mut req: Request,
    env: &Env,
    config: &Config,
) -> Result<std::result::Result<Received, Refused>> {
    let content_type = req.headers().get("content-type")?.unwrap_or_default();
    let kind = content_type
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    let json = match kind.as_str() {
        "application/json" => true,
        "application/x-www-form-urlencoded" => false,
        _ => return Ok(Err(Refused::WrongType)),
    };
    let declared = req
        .headers()
        .get("content-length")?
        .and_then(|l| l.parse::<usize>().ok());
    if declared.is_some_and(|l| l > MAX_BODY) {
        return Ok(Err(Refused::TooLarge));
    }
    let client = req
        .headers()
        .get("cf-connecting-ip")?
        .unwrap_or_else(|| "unknown".to_owned());
    if let Ok(limiter) = env.rate_limiter("SIGNING_LIMITER") {
        let key = pipeline::client_key(env, config, &client).await?;
        if !limiter.limit(key).await?.success {
            return Ok(Err(Refused::RateLimited));
        }
    }
    let body = zeroize::Zeroizing::new(req.bytes().await?);
    let parsed = if json {
        RawSubmission::from_json(&body)
    } else {
        RawSubmission::from_form(&body)
    };
    Ok(match parsed {
        Ok(raw) => Ok(Received { raw, client }),
        Err(ParseError::TooLarge) => Err(Refused::TooLarge),
        Err(_) => Err(Refused::Unreadable),
    })
}

async fn statements(req: Request, env: &Env) -> Result<Response> {
    let config = match Config::from_env(env) {
        Ok(c) => c,
        Err(e) => return misconfigured(e),
    };
    let mut received = match receive(req, env, &config).await? {
        Ok(r) => r,
        Err(Refused::Unreadable) => {
            return json_error(400, "bad_request", "The body could not be read.")
        }
        Err(Refused::WrongType) => {
            return json_error(
                415,
                "unsupported_media_type",
                "Send application/json or a form.",
            )
        }
        Err(Refused::TooLarge) => {
            return json_error(413, "too_large", "The statement is too large.")
        }
        Err(Refused::RateLimited) => {
            return json_error(
                429,
                "rate_limited",
                "Too many attempts; wait a minute and try again.",
            )
        }
    };
    match pipeline::sign(&config, env, &mut received.raw, &received.client).await? {
        Outcome::Accepted(receipt) => Ok(Response::from_json(&receipt)?.with_status(201)),
        Outcome::Invalid(errors) => Ok(Response::from_json(&serde_json::json!({
            "errors": errors.iter().map(|e| serde_json::json!({
                "field": e.field, "code": e.code, "message": crate::pages::error_message(e.code),
            })).collect::<Vec<_>>(),
        }))?
        .with_status(422)),
        Outcome::Closed(status) => json_error(
            410,
            "collection_closed",
            match status {
                crate::rules::CollectionStatus::NotStarted => "The collection has not started yet.",
                _ => "The collection has ended.",
            },
        ),
        Outcome::Duplicate => json_error(
            409,
            "already_supported",
            "You have already supported this initiative.",
        ),
        Outcome::BotCheckFailed => json_error(
            403,
            "bot_check_failed",
            "The anti-bot check failed; please try again.",
        ),
    }
}

/// Progress fans out to every shard, so it is served from the edge cache for a few seconds
/// (`cache-control: max-age=10`), keyed without the query so it cannot be bypassed.
async fn progress_cached(req: &Request, config: &Config, env: &Env) -> Result<Response> {
    let mut url = req.url()?;
    url.set_query(None);
    let key = url.to_string();
    let cache = Cache::default();
    if let Some(hit) = cache.get(key.as_str(), false).await? {
        return Ok(hit);
    }
    let mut fresh = pipeline::progress(config, env).await?;
    if fresh.status_code() == 200 {
        cache.put(key.as_str(), fresh.cloned()?).await?;
    }
    Ok(fresh)
}

fn redirect(location: &str, status: u16) -> Result<Response> {
    let mut response = Response::empty()?.with_status(status);
    response.headers_mut().set("location", location)?;
    Ok(response)
}

fn json_error(status: u16, code: &str, message: &str) -> Result<Response> {
    Ok(
        Response::from_json(&serde_json::json!({ "error": code, "message": message }))?
            .with_status(status),
    )
}

fn misconfigured(e: config::ConfigError) -> Result<Response> {
    console_error!("{e}");
    json_error(503, "misconfigured", "The collector is not configured.")
}

fn with_security_headers(response: Response) -> Result<Response> {
    let headers = response.headers().clone();
    for (name, value) in [
        (
            "strict-transport-security",
            "max-age=63072000; includeSubDomains; preload",
        ),
        ("x-content-type-options", "nosniff"),
        ("referrer-policy", "no-referrer"),
        ("x-frame-options", "DENY"),
        (
            "content-security-policy",
            "default-src 'self'; script-src 'self' https://challenges.cloudflare.com; \
             frame-src https://challenges.cloudflare.com; style-src 'self'; img-src 'self' data:; \
             connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
        ),
        (
            "permissions-policy",
            "camera=(), microphone=(), geolocation=(), interest-cohort=()",
        ),
    ] {
        headers.set(name, value)?;
    }
    Ok(response.with_headers(headers))
}
