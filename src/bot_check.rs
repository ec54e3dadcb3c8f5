//! The bot check: Turnstile's siteverify
//! (<https://developers.cloudflare.com/turnstile/get-started/server-side-validation/>), at the
//! URL the configuration names (tests point it at a local stub).
//!
//! Siteverify's own error codes decide whose fault a refusal is: only a token it refuses
//! (`invalid-input-response`, `missing-input-response`, `timeout-or-duplicate`) is the
//! signatory's (403). A secret it refuses (`invalid-input-secret`, `missing-input-secret`) is the
//! operator's (503 `misconfigured`, naming `TURNSTILE_SECRET`, and logged); its own trouble
//! (`internal-error`), a malformed request, an unknown code, an endpoint that cannot be reached
//! or answers nonsense are nobody's (503, try again). Nobody is told they are a robot because
//! the check could not be made.

use std::time::Duration;

use futures_util::future::Either;
use serde::Deserialize;
use worker::{console_warn, Delay, Fetch, Headers, Method, Request, RequestInit};

use crate::config::{Config, ConfigError};
use crate::error::{EdgeError, EdgeResult};

/// How long siteverify may take before the check counts as unavailable.
const TIMEOUT: Duration = Duration::from_secs(5);

/// Names under which clients send the Turnstile token (the widget's form field, or JSON).
pub const TOKEN_FIELDS: [&str; 2] = [ocs_core::pages::BOT_TOKEN_FIELD, "turnstile_token"];

/// The action the form's widget declares (`data-action`); a token made for another is refused.
pub const ACTION: &str = ocs_core::pages::TURNSTILE_ACTION;

#[derive(Deserialize)]
struct SiteVerify {
    success: bool,
    /// Why not, when not.
    #[serde(default, rename = "error-codes")]
    error_codes: Vec<String>,
    /// The site the token was solved on.
    #[serde(default)]
    hostname: Option<String>,
    /// The widget's declared action.
    #[serde(default)]
    action: Option<String>,
}

/// Passes when siteverify accepts `token` from `client`, solved for the signing form on `host`
/// (the collector's own address) or on a host of `TURNSTILE_HOSTNAMES`.
pub async fn check(config: &Config, token: &str, client: &str, host: &str) -> EdgeResult<()> {
    let Some(secret) = &config.turnstile_secret else {
        return Err(EdgeError::Misconfigured(ConfigError::new(
            "TURNSTILE_SECRET",
            "missing: `npx wrangler secret put TURNSTILE_SECRET`",
        )));
    };
    if token.is_empty() || token.len() > 2048 {
        return Err(EdgeError::BotCheckFailed);
    }
    let body = serde_json::json!({
        "secret": secret.expose(), "response": token, "remoteip": client,
    });
    let headers = Headers::new();
    headers.set("content-type", "application/json")?;
    let mut init = RequestInit::new();
    init.with_method(Method::Post)
        .with_headers(headers)
        .with_body(Some(body.to_string().into()));
    let request = Request::new_with_init(&config.turnstile_verify_url, &init)?;
    let unavailable = |why: String| EdgeError::BotCheckUnavailable(why);
    // Siteverify answers in well under a second; a worker waiting longer only ties up the
    // signatory, who is better told to try again.
    let fetch = Fetch::Request(request);
    let sent = fetch.send();
    let timeout = Delay::from(TIMEOUT);
    futures_util::pin_mut!(sent, timeout);
    let mut response = match futures_util::future::select(sent, timeout).await {
        Either::Left((answer, _)) => {
            answer.map_err(|e| unavailable(format!("siteverify unreachable: {e}")))?
        }
        Either::Right(_) => return Err(unavailable("siteverify did not answer in time".into())),
    };
    if response.status_code() != 200 {
        return Err(unavailable(format!(
            "siteverify answered {}",
            response.status_code()
        )));
    }
    let verdict: SiteVerify = response
        .json()
        .await
        .map_err(|e| unavailable(format!("siteverify answered nonsense: {e}")))?;
    if !verdict.success {
        return Err(refusal(&verdict.error_codes));
    }
    // A token solved on another site, or for another action, is someone else's.
    let allowed = |h: &str| h == host || config.turnstile_hostnames.iter().any(|a| a == h);
    // A verdict that names no site or no action vouches for nothing we can check.
    if !verdict.hostname.as_deref().is_some_and(allowed) {
        console_warn!("turnstile: a token of another hostname");
        return Err(EdgeError::BotCheckFailed);
    }
    if verdict.action.as_deref() != Some(ACTION) {
        console_warn!("turnstile: a token of another action");
        return Err(EdgeError::BotCheckFailed);
    }
    Ok(())
}

/// Whose fault a refusal is, by siteverify's error codes
/// (developers.cloudflare.com/turnstile/get-started/server-side-validation/, "Error codes").
fn refusal(codes: &[String]) -> EdgeError {
    let has = |code: &str| codes.iter().any(|c| c == code);
    if has("invalid-input-secret") || has("missing-input-secret") {
        return EdgeError::Misconfigured(ConfigError::new(
            "TURNSTILE_SECRET",
            "siteverify refuses it: set the secret of the widget whose site key is \
             TURNSTILE_SITE_KEY",
        ));
    }
    let token_refused = [
        "invalid-input-response",
        "missing-input-response",
        "timeout-or-duplicate",
    ];
    if !codes.is_empty() && codes.iter().all(|c| token_refused.contains(&c.as_str())) {
        return EdgeError::BotCheckFailed;
    }
    // internal-error, bad-request, codes this worker does not know, or none at all.
    let named: Vec<&str> = codes
        .iter()
        .map(String::as_str)
        .filter(|c| c.len() <= 40 && c.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'))
        .collect();
    EdgeError::BotCheckUnavailable(format!("siteverify refused: [{}]", named.join(", ")))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codes(list: &[&str]) -> Vec<String> {
        list.iter().map(|c| (*c).to_owned()).collect()
    }

    #[test]
    fn only_a_refused_token_is_the_signatory_s_fault() {
        for token in [
            &["invalid-input-response"][..],
            &["timeout-or-duplicate"],
            &["missing-input-response", "invalid-input-response"],
        ] {
            assert!(matches!(refusal(&codes(token)), EdgeError::BotCheckFailed));
        }
        for secret in [
            &["invalid-input-secret"][..],
            &["missing-input-secret", "invalid-input-response"],
        ] {
            match refusal(&codes(secret)) {
                EdgeError::Misconfigured(e) => assert_eq!(e.setting, "TURNSTILE_SECRET"),
                other => panic!("{other:?}"),
            }
        }
        for passing in [
            &["internal-error"][..],
            &["bad-request"],
            &[],
            &["something-new"],
        ] {
            assert!(matches!(
                refusal(&codes(passing)),
                EdgeError::BotCheckUnavailable(_)
            ));
        }
    }
}
