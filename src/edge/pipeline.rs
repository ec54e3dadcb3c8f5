//! The statement pipeline: parse → validate → bot check → dedupe token → seal → ledger shard.
//! Plaintext lives only in this request's memory; what leaves it is ciphertext.

use crate::envelope::{seal, Binding, Purpose};
use crate::ledger::{Body, Row, Sealed};
use crate::rules::CollectionStatus;
use crate::statement::{Context as Validation, FieldError, RawSubmission};
use crate::{StatementId, ValidationError};
use serde::Serialize;
use worker::*;

use super::config::Config;

#[derive(Serialize)]
pub struct Receipt {
    pub id: String,
    pub receipt: ReceiptDetail,
}

#[derive(Serialize, serde::Deserialize)]
pub struct ReceiptDetail {
    pub shard: u32,
    pub seq: u64,
    pub chain: String,
}

pub enum Outcome {
    Accepted(Receipt),
    Invalid(Vec<FieldError>),
    Closed(CollectionStatus),
    Duplicate,
    BotCheckFailed,
}

/// Names under which clients send the Turnstile token (the widget's form field, or JSON).
const TURNSTILE_FIELDS: [&str; 2] = [crate::pages::BOT_TOKEN_FIELD, "turnstile_token"];

/// The rate-limit key: an HMAC of the client address under the worker's secret, so the limiter
/// never holds the address nor anything a guess of it could be checked against. Once the vault
/// is retired (nothing can be signed any more), the address is not used at all.
pub async fn client_key(env: &Env, config: &Config, client: &str) -> Result<String> {
    let Some(secret) = super::vault::dedupe_secret(env).await? else {
        return Ok("retired".to_owned());
    };
    let mut data = config.initiative.id.as_bytes().to_vec();
    data.push(0x1f);
    data.extend_from_slice(client.as_bytes());
    let mac = secret
        .mac("ocs-edge/rate-limit/v1", &data)
        .map_err(|e| Error::RustError(e.to_string()))?;
    Ok(hex::encode(&mac[..16]))
}

/// Signs one submission. The edge keeps `raw` (zeroised on drop) to re-render a form with the
/// signatory's input; the bot-check token is taken out of it here.
pub async fn sign(
    config: &Config,
    env: &Env,
    raw: &mut RawSubmission,
    client: &str,
) -> Result<Outcome> {
    let bot_token = TURNSTILE_FIELDS
        .iter()
        .find_map(|f| raw.take(f))
        .unwrap_or_default();

    let now = now()?;
    // Submitted to the Commission or withdrawn: the collection is over, whatever its end date.
    if config.retention.collection_over(now.date()) {
        return Ok(Outcome::Closed(CollectionStatus::Ended));
    }
    let validation = Validation {
        rules: config.rules,
        initiative: &config.initiative,
        now,
    };
    let id = StatementId::generate().map_err(|e| Error::RustError(e.to_string()))?;
    let validated = match validation.validate(raw, id) {
        Ok(v) => v,
        Err(ValidationError::CollectionNotOpen(status)) => return Ok(Outcome::Closed(status)),
        Err(ValidationError::Invalid(errors)) => return Ok(Outcome::Invalid(errors)),
    };

    if !turnstile_ok(config, &bot_token, client).await? {
        return Ok(Outcome::BotCheckFailed);
    }

    let statement = &validated.statement;
    // After the retention sweep the key is gone for good: nothing can be signed any more.
    let Some(secret) = super::vault::dedupe_secret(env).await? else {
        return Ok(Outcome::Closed(CollectionStatus::Ended));
    };
    let token = secret
        .token(config.rules, statement)
        .map_err(|e| Error::RustError(e.to_string()))?;
    let binding = |purpose| Binding {
        purpose,
        statement_id: id,
        initiative: &config.initiative.id,
        nationality: &statement.nationality,
    };
    let envelope = seal(
        &config.public_key,
        &binding(Purpose::Statement),
        &statement.to_canonical(),
    )
    .map_err(|e| Error::RustError(e.to_string()))?;
    let contact = match &validated.contact {
        Some(contact) => {
            let plaintext = zeroize::Zeroizing::new(
                serde_json::to_vec(contact).map_err(|e| Error::RustError(e.to_string()))?,
            );
            Some(
                seal(&config.public_key, &binding(Purpose::Contact), &plaintext)
                    .map_err(|e| Error::RustError(e.to_string()))?,
            )
        }
        None => None,
    };
    let shard = token.shard(config.shards);
    let row = Row {
        shard,
        seq: 0,
        id,
        submitted_at: statement.submitted_at.clone(),
        nationality: statement.nationality.clone(),
        body: Body::Sealed(Sealed {
            token: token.0,
            envelope,
            contact,
        }),
        chain: [0; 32],
    };
    drop(validated);

    let body = serde_json::to_string(&row).map_err(|e| Error::RustError(e.to_string()))?;
    let mut init = RequestInit::new();
    init.with_method(Method::Post).with_body(Some(body.into()));
    let request = Request::new_with_init("https://ledger/append", &init)?;
    let mut response = shard_stub(env, shard)?.fetch_with_request(request).await?;
    match response.status_code() {
        201 => {
            let detail: ReceiptDetail = response.json().await?;
            Ok(Outcome::Accepted(Receipt {
                id: id.to_string(),
                receipt: detail,
            }))
        }
        409 => Ok(Outcome::Duplicate),
        other => Err(Error::RustError(format!(
            "ledger shard {shard} answered {other}"
        ))),
    }
}

/// The worker's clock (millisecond precision), as a UTC date-time.
pub(crate) fn now() -> Result<time::OffsetDateTime> {
    time::OffsetDateTime::from_unix_timestamp_nanos((Date::now().as_millis() as i128) * 1_000_000)
        .map_err(|e| Error::RustError(e.to_string()))
}

pub(crate) fn shard_stub(env: &Env, shard: u32) -> Result<Stub> {
    env.durable_object("LEDGER")?
        .id_from_name(&format!("shard-{shard}"))?
        .get_stub()
}

#[derive(serde::Deserialize)]
struct SiteVerify {
    success: bool,
}

/// Turnstile siteverify (https://developers.cloudflare.com/turnstile/get-started/server-side-validation/).
async fn turnstile_ok(config: &Config, token: &str, client: &str) -> Result<bool> {
    if token.is_empty() || token.len() > 2048 || config.turnstile_secret.is_empty() {
        return Ok(false);
    }
    let body = serde_json::json!({ "secret": config.turnstile_secret, "response": token, "remoteip": client });
    let headers = Headers::new();
    headers.set("content-type", "application/json")?;
    let mut init = RequestInit::new();
    init.with_method(Method::Post)
        .with_headers(headers)
        .with_body(Some(body.to_string().into()));
    let request = Request::new_with_init(&config.turnstile_verify_url, &init)?;
    let mut response = match Fetch::Request(request).send().await {
        Ok(r) => r,
        Err(e) => {
            console_error!("turnstile verify unreachable: {e}");
            return Ok(false);
        }
    };
    if response.status_code() != 200 {
        return Ok(false);
    }
    Ok(response
        .json::<SiteVerify>()
        .await
        .map(|v| v.success)
        .unwrap_or(false))
}

/// Counts per nationality from every shard, against the thresholds (None: no table in force).
pub async fn progress_figures(
    config: &Config,
    env: &Env,
) -> Result<Option<crate::rules::Progress>> {
    let mut counts = std::collections::BTreeMap::<String, u64>::new();
    for shard in 0..config.shards {
        let mut response = shard_stub(env, shard)?
            .fetch_with_str("https://ledger/counts")
            .await?;
        let shard_counts: std::collections::BTreeMap<String, u64> = response.json().await?;
        for (nationality, n) in shard_counts {
            *counts.entry(nationality).or_default() += n;
        }
    }
    Ok(config
        .rules
        .progress(config.initiative.registration_date, &counts))
}

pub async fn progress(config: &Config, env: &Env) -> Result<Response> {
    let Some(progress) = progress_figures(config, env).await? else {
        return Response::error("no thresholds", 503);
    };
    let mut response = Response::from_json(&progress)?;
    response
        .headers_mut()
        .set("cache-control", "public, max-age=10")?;
    Ok(response)
}
