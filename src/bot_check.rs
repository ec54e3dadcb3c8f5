//! The bot check: Turnstile's siteverify
//! (https://developers.cloudflare.com/turnstile/get-started/server-side-validation/), at the
//! URL the configuration names (tests point it at a local stub).

use serde::Deserialize;
use worker::{console_error, Fetch, Headers, Method, Request, RequestInit};

use crate::config::Config;
use crate::error::EdgeResult;

/// Names under which clients send the Turnstile token (the widget's form field, or JSON).
pub const TOKEN_FIELDS: [&str; 2] = [ocs_core::pages::BOT_TOKEN_FIELD, "turnstile_token"];

#[derive(Deserialize)]
struct SiteVerify {
    success: bool,
}

/// Whether siteverify accepts `token` from `client`.
pub async fn passes(config: &Config, token: &str, client: &str) -> EdgeResult<bool> {
    if token.is_empty() || token.len() > 2048 || config.turnstile_secret.is_empty() {
        return Ok(false);
    }
    let body = serde_json::json!({
        "secret": config.turnstile_secret, "response": token, "remoteip": client,
    });
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
