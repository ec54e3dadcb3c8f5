//! The bot check: Turnstile's siteverify
//! (https://developers.cloudflare.com/turnstile/get-started/server-side-validation/), at the
//! URL the configuration names (tests point it at a local stub).
//!
//! A refusal by siteverify is the signatory's (403); an endpoint that cannot be reached, answers
//! with an error or with nonsense is not (503, try again): nobody is told they are a robot because
//! the check could not be made.

use std::time::Duration;

use futures_util::future::Either;
use serde::Deserialize;
use worker::{console_warn, Delay, Fetch, Headers, Method, Request, RequestInit};

use crate::config::Config;
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
    if token.is_empty() || token.len() > 2048 || config.turnstile_secret.is_empty() {
        return Err(EdgeError::BotCheckFailed);
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
        return Err(EdgeError::BotCheckFailed);
    }
    // A token solved on another site, or for another action, is someone else's.
    let allowed = |h: &str| h == host || config.turnstile_hostnames.iter().any(|a| a == h);
    if verdict.hostname.as_deref().is_some_and(|h| !allowed(h)) {
        console_warn!("turnstile: a token of another hostname");
        return Err(EdgeError::BotCheckFailed);
    }
    if verdict
        .action
        .as_deref()
        .is_some_and(|a| !a.is_empty() && a != ACTION)
    {
        console_warn!("turnstile: a token of another action");
        return Err(EdgeError::BotCheckFailed);
    }
    Ok(())
}
