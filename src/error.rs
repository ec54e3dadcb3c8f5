//! The worker's one error type, and its one conversion to an HTTP response: every `/api/v1`
//! error is JSON `{"error": code, "message": text}` with a stable code (docs/api.md). Pages turn
//! the refusals a citizen can meet into HTML pages instead (`citizen_pages.rs`).

use ocs_core::rules::CollectionStatus;
use ocs_core::statement::FieldError;
use worker::Response;

use crate::config::ConfigError;

/// Everything a request can end in besides success.
#[derive(Debug, thiserror::Error)]
pub enum EdgeError {
    /// Another content type than JSON or a form.
    #[error("unsupported media type")]
    UnsupportedMediaType,
    /// A body over the size limit.
    #[error("body too large")]
    TooLarge,
    /// A body that is not JSON or a form.
    #[error("unreadable body")]
    Unreadable,
    /// Too many attempts from one client.
    #[error("rate limited")]
    RateLimited,
    /// Field-level validation errors.
    #[error("{} field error(s)", .0.len())]
    Invalid(Vec<FieldError>),
    /// Outside the collection period, or after submission or withdrawal.
    #[error("collection closed ({0:?})")]
    CollectionClosed(CollectionStatus),
    /// The same person signed before.
    #[error("already supported")]
    AlreadySupported,
    /// The bot check refused the token.
    #[error("bot check failed")]
    BotCheckFailed,
    /// The bot check could not be made (siteverify unreachable or answering nonsense): the
    /// signatory is not at fault and should try again shortly.
    #[error("bot check unavailable: {0}")]
    BotCheckUnavailable(String),
    /// No such route.
    #[error("not found")]
    NotFound,
    /// A route that answers other methods (listed, for `allow`).
    #[error("method not allowed")]
    MethodNotAllowed(&'static str),
    /// A malformed request to the organiser API.
    #[error("bad request: {0}")]
    BadRequest(&'static str),
    /// The organiser API without the right credential.
    #[error("unauthorised")]
    Unauthorised,
    /// Too many failed organiser authentications from one client: it waits a minute.
    #[error("too many failed authentications")]
    AuthThrottled,
    /// A shard number the collector does not have.
    #[error("no such shard")]
    NoSuchShard,
    /// A statement id no shard holds.
    #[error("no such statement")]
    NoSuchStatement,
    /// Vars, secrets or bindings missing or invalid.
    #[error("{0}")]
    Misconfigured(#[from] ConfigError),
    /// A Durable Object did not answer (overloaded, restarting, unreachable): try again.
    #[error("unavailable: {0}")]
    Unavailable(String),
    /// A wallet answer refused (docs/wallet.md), or wallet signing not offered.
    #[error("wallet: {0}")]
    Wallet(ocs_core::wallet::WalletError),
    /// Anything else: a bug, or the runtime failing.
    #[error("internal: {0}")]
    Internal(String),
}

impl From<worker::Error> for EdgeError {
    fn from(e: worker::Error) -> Self {
        EdgeError::Internal(e.to_string())
    }
}

impl EdgeError {
    /// The HTTP status.
    pub fn status(&self) -> u16 {
        match self {
            EdgeError::UnsupportedMediaType => 415,
            EdgeError::TooLarge => 413,
            EdgeError::Unreadable | EdgeError::BadRequest(_) => 400,
            EdgeError::RateLimited | EdgeError::AuthThrottled => 429,
            EdgeError::Invalid(_) => 422,
            EdgeError::CollectionClosed(_) => 410,
            EdgeError::AlreadySupported => 409,
            EdgeError::BotCheckFailed => 403,
            EdgeError::NotFound | EdgeError::NoSuchShard | EdgeError::NoSuchStatement => 404,
            EdgeError::MethodNotAllowed(_) => 405,
            EdgeError::Unauthorised => 401,
            EdgeError::Misconfigured(_)
            | EdgeError::Unavailable(_)
            | EdgeError::BotCheckUnavailable(_) => 503,
            EdgeError::Wallet(ocs_core::wallet::WalletError::NotOffered) => 404,
            EdgeError::Wallet(ocs_core::wallet::WalletError::StatusUnavailable) => 503,
            EdgeError::Wallet(_) => 422,
            EdgeError::Internal(_) => 500,
        }
    }

    /// The stable code clients act on.
    pub fn code(&self) -> &'static str {
        match self {
            EdgeError::UnsupportedMediaType => "unsupported_media_type",
            EdgeError::TooLarge => "too_large",
            EdgeError::Unreadable => "bad_request",
            EdgeError::RateLimited => "rate_limited",
            EdgeError::Invalid(_) => "invalid",
            EdgeError::CollectionClosed(_) => "collection_closed",
            EdgeError::AlreadySupported => "already_supported",
            EdgeError::BotCheckFailed => "bot_check_failed",
            EdgeError::BotCheckUnavailable(_) => "bot_check_unavailable",
            EdgeError::AuthThrottled => "too_many_failures",
            EdgeError::Unavailable(_) => "unavailable",
            EdgeError::NotFound => "not_found",
            EdgeError::MethodNotAllowed(_) => "method_not_allowed",
            EdgeError::BadRequest(_) => "bad_request",
            EdgeError::Unauthorised => "unauthorised",
            EdgeError::NoSuchShard => "no_such_shard",
            EdgeError::NoSuchStatement => "no_such_statement",
            EdgeError::Misconfigured(_) => "misconfigured",
            EdgeError::Wallet(e) => e.code(),
            EdgeError::Internal(_) => "internal_error",
        }
    }

    /// A sentence for people (English; clients localise by `code`). Never personal data.
    fn message(&self) -> &'static str {
        match self {
            EdgeError::UnsupportedMediaType => "Send application/json or a form.",
            EdgeError::TooLarge => "The statement is too large.",
            EdgeError::Unreadable => "The body could not be read.",
            EdgeError::RateLimited => "Too many attempts; wait a minute and try again.",
            EdgeError::Invalid(_) => "Some fields are not valid.",
            EdgeError::CollectionClosed(CollectionStatus::NotStarted) => {
                "The collection has not started yet."
            }
            EdgeError::CollectionClosed(_) => "The collection has ended.",
            EdgeError::AlreadySupported => "You have already supported this initiative.",
            EdgeError::BotCheckFailed => "The anti-bot check failed; please try again.",
            EdgeError::BotCheckUnavailable(_) => {
                "The anti-bot check cannot be made right now; please try again in a minute."
            }
            EdgeError::AuthThrottled => "Too many failed attempts; wait a minute.",
            EdgeError::Unavailable(_) => "The collector is busy; nothing was stored. Try again.",
            EdgeError::NotFound => "No such endpoint.",
            EdgeError::MethodNotAllowed(_) => "This endpoint does not answer that method.",
            EdgeError::BadRequest(why) => why,
            EdgeError::Unauthorised => "The organiser credential is missing or wrong.",
            EdgeError::NoSuchShard => "The collector has no such shard.",
            EdgeError::NoSuchStatement => "No shard holds that statement.",
            EdgeError::Misconfigured(_) => {
                "The collector is not configured to run safely; its operator must fix the setting named."
            }
            EdgeError::Wallet(e) => e.message(),
            EdgeError::Internal(_) => "Something went wrong; nothing was stored.",
        }
    }

    /// Logs what the operator must know (never personal data: statements are parsed, never
    /// logged, and no variant carries a submitted value).
    pub fn log(&self) {
        match self {
            EdgeError::Misconfigured(e) => worker::console_error!("{e}"),
            EdgeError::Internal(e) => worker::console_error!("internal error: {e}"),
            EdgeError::Unavailable(e) | EdgeError::BotCheckUnavailable(e) => {
                worker::console_warn!("unavailable: {e}")
            }
            _ => {}
        }
    }

    /// Seconds a client should wait before trying again, for refusals that pass.
    pub fn retry_after(&self) -> Option<u32> {
        match self {
            EdgeError::Unavailable(_)
            | EdgeError::BotCheckUnavailable(_)
            | EdgeError::Wallet(ocs_core::wallet::WalletError::StatusUnavailable) => Some(30),
            EdgeError::RateLimited | EdgeError::AuthThrottled => Some(60),
            _ => None,
        }
    }

    /// Adds `retry-after` where the refusal passes (and `allow` to a 405).
    pub fn with_retry_after(&self, mut response: Response) -> Response {
        if let EdgeError::MethodNotAllowed(allow) = self {
            let _ = response.headers_mut().set("allow", allow);
        }
        if let Some(seconds) = self.retry_after() {
            // Setting a valid header name and value cannot fail.
            let _ = response
                .headers_mut()
                .set("retry-after", &seconds.to_string());
        }
        response
    }

    /// The JSON response.
    pub fn into_response(self) -> Response {
        self.log();
        let mut body = serde_json::Map::new();
        body.insert("error".into(), self.code().into());
        body.insert("message".into(), self.message().into());
        if let EdgeError::Misconfigured(e) = &self {
            // The operator's clue, in the answer too (configuration only, never personal data).
            body.insert("setting".into(), e.setting.into());
            body.insert("problem".into(), e.problem.clone().into());
        }
        if let EdgeError::Invalid(errors) = &self {
            let errors = errors
                .iter()
                .map(|e| {
                    serde_json::json!({
                        "field": e.field, "code": e.code,
                        "message": ocs_core::pages::error_message(e.code),
                    })
                })
                .collect();
            body.insert("errors".into(), errors);
        }
        // Serialising a JSON value cannot fail; an empty body would still carry the status.
        let bytes = serde_json::to_vec(&body).unwrap_or_default();
        let mut response = Response::builder().with_status(self.status()).fixed(bytes);
        // Setting a valid header name and value cannot fail.
        let _ = response
            .headers_mut()
            .set("content-type", "application/json");
        self.with_retry_after(response)
    }
}

/// What handlers return.
pub type EdgeResult<T> = Result<T, EdgeError>;

#[cfg(test)]
mod tests {
    use super::*;
    use ocs_core::rules::CollectionStatus;

    /// One of each variant (a new variant must be added here, or this does not compile).
    fn every() -> Vec<EdgeError> {
        let all = vec![
            EdgeError::UnsupportedMediaType,
            EdgeError::TooLarge,
            EdgeError::Unreadable,
            EdgeError::RateLimited,
            EdgeError::Invalid(Vec::new()),
            EdgeError::CollectionClosed(CollectionStatus::Ended),
            EdgeError::AlreadySupported,
            EdgeError::BotCheckFailed,
            EdgeError::BotCheckUnavailable(String::new()),
            EdgeError::NotFound,
            EdgeError::MethodNotAllowed("GET"),
            EdgeError::BadRequest("why"),
            EdgeError::Unauthorised,
            EdgeError::AuthThrottled,
            EdgeError::NoSuchShard,
            EdgeError::NoSuchStatement,
            EdgeError::Misconfigured(ConfigError::new("X", "y")),
            EdgeError::Unavailable(String::new()),
            EdgeError::Internal(String::new()),
        ];
        let mut all = all;
        all.extend(ocs_core::wallet::WalletError::all().map(EdgeError::Wallet));
        // Exhaustive: the compiler lists a variant missing from `every`.
        for e in &all {
            match e {
                EdgeError::UnsupportedMediaType
                | EdgeError::TooLarge
                | EdgeError::Unreadable
                | EdgeError::RateLimited
                | EdgeError::Invalid(_)
                | EdgeError::CollectionClosed(_)
                | EdgeError::AlreadySupported
                | EdgeError::BotCheckFailed
                | EdgeError::BotCheckUnavailable(_)
                | EdgeError::NotFound
                | EdgeError::MethodNotAllowed(_)
                | EdgeError::BadRequest(_)
                | EdgeError::Unauthorised
                | EdgeError::AuthThrottled
                | EdgeError::NoSuchShard
                | EdgeError::NoSuchStatement
                | EdgeError::Misconfigured(_)
                | EdgeError::Unavailable(_)
                | EdgeError::Wallet(_)
                | EdgeError::Internal(_) => {}
            }
        }
        all
    }

    /// Every status and code the worker can answer is one docs/api.md documents, in a row of its
    /// error table with that status; refusals that pass say when to try again.
    #[test]
    fn every_error_is_documented_with_its_status() {
        let api = include_str!("../docs/api.md");
        for e in every() {
            let (status, code) = (e.status(), e.code());
            let documented = api.lines().any(|l| {
                l.starts_with(&format!("| {status} |")) && l.contains(&format!("\"{code}\""))
            }) || api.contains(&format!("{status} `{code}`"));
            assert!(documented, "{status} {code} is not in docs/api.md");
            assert_eq!(
                e.retry_after().is_some(),
                matches!(status, 429 | 503) && code != "misconfigured",
                "{code}"
            );
        }
    }
}
