//! Which handler answers which request, and the one place errors become responses.

use ocs_core::i18n::Lang;
use worker::{Env, Method, Request, Response};

use crate::config::{self, Config};
use crate::error::{EdgeError, EdgeResult};
use crate::request_url::RequestUrl;
use crate::{catalogues, citizen_pages, organiser, progress, respond, signing};

/// Answers a request: every error becomes its JSON response here, and every response gets the
/// security headers.
pub async fn handle(req: Request, env: &Env) -> worker::Result<Response> {
    let path = req.path();
    let head = req.method() == Method::Head;
    let config = config::get(env);
    // An unusable configuration frames nothing (every page answers 503 misconfigured anyway).
    let frame_ancestors = config
        .as_ref()
        .map_or_else(|_| "'none'".to_owned(), |c| c.frame_ancestors.clone());
    let response = match route(req, env, config).await {
        Ok(response) => response,
        Err(error) => {
            if matches!(error, EdgeError::Invalid(_)) {
                // Field errors carry their English text from the catalogue; without it they
                // still carry their codes.
                if let Err(e) = catalogues::ensure(env, Lang::ENGLISH).await {
                    e.log();
                }
            }
            error.into_response()
        }
    };
    let response = respond::with_security_headers(response, framing(&path, &frame_ancestors))?;
    if head {
        return respond::without_body(response);
    }
    Ok(response)
}

/// Who may frame the answer to `path`: the counter page anyone, the signing pages the
/// embedding sites, everything else nobody.
fn framing<'a>(path: &str, embedders: &'a str) -> respond::Framing<'a> {
    let mut segments = path.trim_start_matches('/').splitn(2, '/');
    let lang = segments.next().unwrap_or("");
    let page = segments.next();
    if Lang::from_code(lang).is_none() {
        return respond::Framing::Nobody;
    }
    match page {
        Some("counter") => respond::Framing::Anyone,
        Some("" | "sign" | "check" | "paper" | "privacy") => respond::Framing::Embedders(embedders),
        _ => respond::Framing::Nobody,
    }
}

/// The configuration, unless it is unusable or unsafe to serve at this request's address.
fn usable(
    config: Result<std::rc::Rc<Config>, config::ConfigError>,
    req: &Request,
    env: &Env,
) -> EdgeResult<std::rc::Rc<Config>> {
    let config = config?;
    let url = RequestUrl::of(req);
    let host = url.host();
    let refusal = config
        .refusal_for(host)
        .or_else(|| crate::jurisdiction::refusal_for(env, config.jurisdiction, host));
    match refusal {
        Some(refusal) => Err(EdgeError::Misconfigured(refusal)),
        None => Ok(config),
    }
}

async fn route(
    req: Request,
    env: &Env,
    config: Result<std::rc::Rc<Config>, config::ConfigError>,
) -> EdgeResult<Response> {
    let path = req.path();
    if (req.method(), path.as_str()) == (Method::Get, "/healthz") {
        // Liveness only: says nothing of the configuration (`/api/v1/deployment` does).
        return Ok(Response::ok("ok")?);
    }
    let config = usable(config, &req, env)?;
    let config = config.as_ref();
    if let Some(answer) = crate::test_hooks::route(&req, env, config).await {
        return answer;
    }
    match (req.method(), path.as_str()) {
        (Method::Get, "/api/v1/ruleset") => Ok(Response::from_json(config.rules)?),
        (Method::Get, "/api/v1/deployment") => crate::deployment::api(&req, env, config).await,
        (Method::Get, "/api/v1/progress") => progress::api(&req, env, config).await,
        (Method::Get, "/api/v1/counter") => progress::counter_api(&req, env, config).await,
        (Method::Post, "/api/v1/statements") => signing::post_statement(req, env, config).await,
        (Method::Get, "/api/v1/export") => organiser::export(req, env, config).await,
        (Method::Get, "/api/v1/erasures") => organiser::erasures(req, env, config).await,
        (Method::Get, "/api/v1/counts") => organiser::counts(req, env, config).await,
        (Method::Delete, p) if p.starts_with("/api/v1/statements/") => {
            let id = p.trim_start_matches("/api/v1/statements/").to_owned();
            organiser::erase(req, env, config, &id).await
        }
        (Method::Get, p) if p.starts_with("/log/") => crate::log::route(&req, env, config).await,
        // HEAD as generic HTTP tooling probes the log with it: the GET's status and headers.
        (Method::Head, p) if p.starts_with("/log/") => crate::log::route(&req, env, config).await,
        (Method::Post, "/__load-baseline") => crate::load_baseline::post(req, env, config).await,
        (_, p) if p.starts_with("/api/") || p.starts_with("/log/") || p == "/healthz" => {
            Err(match allowed_methods(p) {
                Some(allow) => EdgeError::MethodNotAllowed(allow),
                None => EdgeError::NotFound,
            })
        }
        _ => citizen_pages::route(req, env, config).await,
    }
}

/// The methods an API path answers, so any other method is a 405 naming them (`allow`).
fn allowed_methods(path: &str) -> Option<&'static str> {
    match path {
        "/healthz" | "/api/v1/ruleset" | "/api/v1/deployment" | "/api/v1/progress"
        | "/api/v1/counter" | "/api/v1/export" | "/api/v1/erasures" | "/api/v1/counts" => {
            Some("GET")
        }
        "/api/v1/statements" => Some("POST"),
        p if p.starts_with("/api/v1/statements/") => Some("DELETE"),
        p if p.starts_with("/log/") => Some("GET, HEAD"),
        _ => None,
    }
}
