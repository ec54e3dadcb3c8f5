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

/// An API route: what answers a path.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Api {
    Health,
    Ruleset,
    Deployment,
    Progress,
    Counter,
    Sign,
    Export,
    Erasures,
    Counts,
    Erase,
    Log,
    WalletRequest,
    WalletOpen,
}

/// The API's one route table: the route a path names and the methods it answers (the `allow`
/// of a 405 for any other). `None`: not an API path.
fn api_route(path: &str) -> Option<(Api, &'static str)> {
    Some(match path {
        "/healthz" => (Api::Health, "GET"),
        "/api/v1/ruleset" => (Api::Ruleset, "GET"),
        "/api/v1/deployment" => (Api::Deployment, "GET"),
        "/api/v1/progress" => (Api::Progress, "GET"),
        "/api/v1/counter" => (Api::Counter, "GET"),
        "/api/v1/statements" => (Api::Sign, "POST"),
        "/api/v1/export" => (Api::Export, "GET"),
        "/api/v1/erasures" => (Api::Erasures, "GET"),
        "/api/v1/counts" => (Api::Counts, "GET"),
        "/api/v1/wallet/request" => (Api::WalletRequest, "GET"),
        "/api/v1/wallet/open" => (Api::WalletOpen, "POST"),
        p if p.starts_with("/api/v1/statements/") => (Api::Erase, "DELETE"),
        // HEAD as generic HTTP tooling probes the log with it: the GET's status and headers.
        p if p.starts_with("/log/") => (Api::Log, "GET, HEAD"),
        _ => return None,
    })
}

/// Whether `allow` (as [`api_route`] writes it) names `method`.
fn allows(allow: &str, method: &Method) -> bool {
    let name = match method {
        Method::Get => "GET",
        Method::Head => "HEAD",
        Method::Post => "POST",
        Method::Delete => "DELETE",
        _ => return false,
    };
    allow.split(", ").any(|m| m == name)
}

async fn route(
    req: Request,
    env: &Env,
    config: Result<std::rc::Rc<Config>, config::ConfigError>,
) -> EdgeResult<Response> {
    let path = req.path();
    let api = api_route(&path);
    if let Some((api, allow)) = api {
        if !allows(allow, &req.method()) {
            return Err(EdgeError::MethodNotAllowed(allow));
        }
        if api == Api::Health {
            // Liveness only: says nothing of the configuration (`/api/v1/deployment` does).
            return Ok(Response::ok("ok")?);
        }
    }
    let config = usable(config, &req, env)?;
    let config = config.as_ref();
    if let Some(answer) = crate::test_hooks::route(&req, env, config).await {
        return answer;
    }
    let Some((api, _)) = api else {
        return match (req.method(), path.as_str()) {
            (Method::Post, "/__load-baseline") => {
                crate::load_baseline::post(req, env, config).await
            }
            (_, p) if p.starts_with("/api/") => Err(EdgeError::NotFound),
            _ => citizen_pages::route(req, env, config).await,
        };
    };
    match api {
        Api::Health => Ok(Response::ok("ok")?),
        Api::Ruleset => Ok(Response::from_json(config.rules)?),
        Api::Deployment => crate::deployment::api(&req, env, config).await,
        Api::Progress => progress::api(&req, env, config).await,
        Api::Counter => progress::counter_api(&req, env, config).await,
        Api::Sign => signing::post_statement(req, env, config).await,
        Api::Export => organiser::export(req, env, config).await,
        Api::Erasures => organiser::erasures(req, env, config).await,
        Api::Counts => organiser::counts(req, env, config).await,
        Api::Erase => {
            let id = path.trim_start_matches("/api/v1/statements/").to_owned();
            organiser::erase(req, env, config, &id).await
        }
        Api::Log => crate::log::route(&req, env, config).await,
        Api::WalletRequest => crate::wallet::request_api(&req, env, config).await,
        Api::WalletOpen => crate::wallet::open_api(req, env, config).await,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_table_says_what_each_api_path_answers() {
        // As docs/api.md states them.
        for (path, allow) in [
            ("/healthz", "GET"),
            ("/api/v1/ruleset", "GET"),
            ("/api/v1/deployment", "GET"),
            ("/api/v1/progress", "GET"),
            ("/api/v1/counter", "GET"),
            ("/api/v1/statements", "POST"),
            ("/api/v1/export", "GET"),
            ("/api/v1/erasures", "GET"),
            ("/api/v1/counts", "GET"),
            ("/api/v1/wallet/request", "GET"),
            ("/api/v1/wallet/open", "POST"),
            (
                "/api/v1/statements/0f8fad5b-d9cb-469f-a165-70867728950e",
                "DELETE",
            ),
            ("/log/", "GET, HEAD"),
            ("/log/0/tile/0/000", "GET, HEAD"),
        ] {
            assert_eq!(api_route(path).map(|(_, a)| a), Some(allow), "{path}");
        }
        for path in [
            "/api/v2/statements",
            "/en/sign",
            "/",
            "/__load-baseline",
            "/logs",
        ] {
            assert_eq!(api_route(path), None, "{path}");
        }
        assert!(allows("GET, HEAD", &Method::Head) && allows("GET, HEAD", &Method::Get));
        assert!(!allows("GET", &Method::Head) && !allows("POST", &Method::Get));
        assert!(!allows("GET", &Method::Put) && !allows("DELETE", &Method::Patch));
    }

    #[test]
    fn only_the_signing_pages_follow_the_embedders_and_the_counter_goes_anywhere() {
        let named = |path| match framing(path, "https://partner.example") {
            respond::Framing::Nobody => "nobody",
            respond::Framing::Embedders(_) => "embedders",
            respond::Framing::Anyone => "anyone",
        };
        for path in ["/en/", "/de/sign", "/fr/check", "/pl/paper", "/mt/privacy"] {
            assert_eq!(named(path), "embedders", "{path}");
        }
        assert_eq!(named("/ga/counter"), "anyone");
        for path in [
            "/en/progress",
            "/en/counter.svg",
            "/xx/sign",
            "/api/v1/statements",
            "/log/",
            "/",
            "/en",
        ] {
            assert_eq!(named(path), "nobody", "{path}");
        }
    }
}
