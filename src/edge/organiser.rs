//! The organiser's API, behind `Authorization: Bearer <EXPORT_TOKEN>`: the ledger export, the
//! list of erased statements, and erasing one statement. Also the retention sweep run by the cron
//! trigger. See docs/api.md and docs/retention.md.

use crate::ledger::Row;
use crate::rules::RetentionStatus;
use crate::statement::StatementId;
use worker::*;

use super::config::Config;
use super::ledger_do::MAX_PAGE;
use super::pipeline::{now, shard_stub};

/// The configuration, when the request carries the organiser's credential; otherwise the answer.
fn authorised(req: &Request, env: &Env) -> Result<std::result::Result<Config, Response>> {
    let config = match Config::from_env(env) {
        Ok(c) => c,
        Err(e) => {
            console_error!("{e}");
            return Ok(Err(Response::error("not configured", 503)?));
        }
    };
    let Some(expected) = config.export_token.as_deref() else {
        return Ok(Err(Response::error(
            "organiser API disabled: set the EXPORT_TOKEN secret",
            403,
        )?));
    };
    let given = req.headers().get("authorization")?.unwrap_or_default();
    let given = given.strip_prefix("Bearer ").unwrap_or("");
    if !constant_time_eq(given.as_bytes(), expected.as_bytes()) {
        return Ok(Err(Response::error("unauthorised", 401)?));
    }
    Ok(Ok(config))
}

/// Compares in constant time, so timing does not reveal how much of a guess was right.
fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    use subtle::ConstantTimeEq;
    a.ct_eq(b).into()
}

/// Calls one shard's Durable Object (it learns its own number from `x-shard`).
async fn call_shard(
    env: &Env,
    shard: u32,
    url: &str,
    method: Method,
    body: Option<String>,
) -> Result<Response> {
    let headers = Headers::new();
    headers.set("x-shard", &shard.to_string())?;
    let mut init = RequestInit::new();
    init.with_method(method).with_headers(headers);
    if let Some(body) = body {
        init.with_body(Some(body.into()));
    }
    shard_stub(env, shard)?
        .fetch_with_request(Request::new_with_init(url, &init)?)
        .await
}

fn no_store(mut response: Response) -> Result<Response> {
    response.headers_mut().set("cache-control", "no-store")?;
    Ok(response)
}

#[derive(serde::Deserialize)]
struct ShardQuery {
    shard: Option<u32>,
    after: Option<u64>,
    limit: Option<u64>,
}

/// An authorised organiser request naming an existing shard: the config, the query and the
/// shard; otherwise the answer to give.
fn authorised_shard(
    req: &Request,
    env: &Env,
) -> Result<std::result::Result<(Config, ShardQuery, u32), Response>> {
    let config = match authorised(req, env)? {
        Ok(c) => c,
        Err(refused) => return Ok(Err(refused)),
    };
    let query: ShardQuery = req.query()?;
    let shard = query.shard.unwrap_or(0);
    if shard >= config.shards {
        return Ok(Err(Response::error("no such shard", 404)?));
    }
    Ok(Ok((config, query, shard)))
}

/// `GET /api/v1/export?shard=N&after=SEQ&limit=M`: a page of ledger rows, erased ones as
/// tombstones.
pub async fn export(req: Request, env: &Env) -> Result<Response> {
    let (config, query, shard) = match authorised_shard(&req, env)? {
        Ok(ok) => ok,
        Err(refused) => return Ok(refused),
    };
    let url = format!(
        "https://ledger/rows?after={}&limit={}",
        query.after.unwrap_or(0),
        query.limit.unwrap_or(MAX_PAGE)
    );
    let mut response = call_shard(env, shard, &url, Method::Get, None).await?;
    let rows: Vec<Row> = response.json().await?;
    no_store(Response::from_json(&serde_json::json!({
        "initiative": config.initiative.id, "initiative_data": config.initiative,
        "shard": shard, "shards": config.shards, "rows": rows,
    }))?)
}

/// `GET /api/v1/erasures?shard=N`: the tombstones of a shard, so `ocs pull` erases its copies too.
pub async fn erasures(req: Request, env: &Env) -> Result<Response> {
    let (config, _, shard) = match authorised_shard(&req, env)? {
        Ok(ok) => ok,
        Err(refused) => return Ok(refused),
    };
    let mut response = call_shard(env, shard, "https://ledger/erased", Method::Get, None).await?;
    let rows: Vec<Row> = response.json().await?;
    no_store(Response::from_json(&serde_json::json!({
        "initiative": config.initiative.id, "shard": shard, "rows": rows,
    }))?)
}

/// `DELETE /api/v1/statements/{id}`: erases one statement (a signatory's request), leaving a
/// tombstone that keeps the shard's chain verifiable. Idempotent.
pub async fn erase(req: Request, env: &Env, id: &str) -> Result<Response> {
    let config = match authorised(&req, env)? {
        Ok(c) => c,
        Err(refused) => return Ok(refused),
    };
    let Some(id) = StatementId::parse(id) else {
        return Response::error("not a statement id", 400);
    };
    let at = crate::dates::format_timestamp(now()?);
    let body = serde_json::json!({"id": id.to_string(), "at": at}).to_string();
    // The id does not say which shard holds it (the dedupe token does): ask each.
    for shard in 0..config.shards {
        let mut response = call_shard(
            env,
            shard,
            "https://ledger/erase",
            Method::Post,
            Some(body.clone()),
        )
        .await?;
        if response.status_code() == 200 {
            let detail: serde_json::Value = response.json().await?;
            return no_store(Response::from_json(&detail)?);
        }
    }
    Response::error("no such statement", 404)
}

/// The cron trigger: once the retention deadline has passed, every shard's rows and counters
/// are deleted, and the vault's dedupe key with them. Logs counts only.
pub async fn enforce_retention(env: &Env) -> Result<()> {
    let config = Config::from_env(env).map_err(|e| Error::RustError(e.to_string()))?;
    let today = now()?.date();
    match config.retention.status(today) {
        RetentionStatus::Keep { until } => {
            console_log!("retention: statements kept until {until}");
            Ok(())
        }
        RetentionStatus::Destroy { since } => {
            let mut purged = 0u64;
            for shard in 0..config.shards {
                let mut response =
                    call_shard(env, shard, "https://ledger/purge", Method::Post, None).await?;
                let detail: serde_json::Value = response.json().await?;
                purged += detail["purged"].as_u64().unwrap_or(0);
            }
            super::vault::retire(env).await?;
            console_log!(
                "retention: deadline {since} passed; {purged} rows and the dedupe key deleted"
            );
            Ok(())
        }
    }
}
