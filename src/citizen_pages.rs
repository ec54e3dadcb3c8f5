//! The citizen pages under `/{lang}/`: a thin shell choosing what `ocs_core::pages` renders and
//! with which status. Form posts go through the same signing steps as the JSON API; the refusals
//! a citizen can meet become pages in their language.

use ocs_core::i18n::Lang;
use ocs_core::pages::{self as render, Empty, Notice, Site};
use ocs_core::rules::CollectionStatus;
use ocs_core::statement::FieldError;
use worker::{Env, Method, Request, Response};

use crate::config::Config;
use crate::error::{EdgeError, EdgeResult};
use crate::respond::{html, method_not_allowed_text, not_found_text, redirect};
use crate::signing::{receive, sign};
use crate::{clock, progress};

/// Routes `/` and `/{lang}/…`.
pub async fn route(req: Request, env: &Env) -> EdgeResult<Response> {
    let path = req.path();
    let config = Config::from_env(env)?;
    if (req.method(), path.as_str()) == (Method::Get, "/") {
        let accept = req.headers().get("accept-language")?.unwrap_or_default();
        let lang = Lang::negotiate_among(&accept, &config.languages);
        return Ok(redirect(&format!("/{}/", lang.code()), 302)?);
    }
    let mut segments = path.trim_start_matches('/').splitn(2, '/');
    let lang_segment = segments.next().unwrap_or("");
    let rest = segments.next();
    let Some(lang) = Lang::from_code(lang_segment).filter(|l| config.languages.contains(l)) else {
        return Ok(not_found_text()?);
    };
    let site = Site {
        lang,
        languages: &config.languages,
        rules: config.rules,
        initiative: &config.initiative,
        turnstile_site_key: &config.turnstile_site_key,
        status: config.initiative.collection_status(clock::now()?.date()),
    };
    Ok(match (req.method(), rest) {
        (Method::Get, None) => redirect(&format!("/{}/", lang.code()), 301)?,
        (Method::Get, Some("")) => html(render::landing(&site).into_string(), 200)?,
        (Method::Get, Some("sign")) => sign_page(&req, &site)?,
        (Method::Get, Some("progress")) => progress_page(&config, env, &site).await?,
        (Method::Get, Some("check")) => {
            let url = req.url()?;
            let origin = url.origin().ascii_serialization();
            html(render::check(&site, &origin).into_string(), 200)?
        }
        (Method::Post, Some("sign")) => sign_post(req, env, &config, &site).await?,
        (_, Some("sign")) => method_not_allowed_text("GET, POST")?,
        (_, None | Some("" | "progress" | "check")) => method_not_allowed_text("GET")?,
        _ => not_found_text()?,
    })
}

/// The progress page carries no personal data: caches may keep it as long as the API's figures.
async fn progress_page(config: &Config, env: &Env, site: &Site<'_>) -> EdgeResult<Response> {
    let figures = progress::figures(config, env).await?;
    let mut response = Response::from_html(render::progress(site, &figures).into_string())?;
    response
        .headers_mut()
        .set("cache-control", &progress::cache_control())?;
    Ok(response)
}

#[derive(serde::Deserialize)]
struct SignQuery {
    nationality: Option<String>,
}

fn sign_page(req: &Request, site: &Site) -> worker::Result<Response> {
    if site.status != CollectionStatus::Open {
        return html(render::closed(site).into_string(), 410);
    }
    let query: SignQuery = req.query().unwrap_or(SignQuery { nationality: None });
    let Some(code) = query.nationality.filter(|n| !n.trim().is_empty()) else {
        return html(render::choose(site, None).into_string(), 200);
    };
    match site.rules.resolve_nationality(&code) {
        Some((iso, state)) => html(
            render::form(site, iso, state, &Empty, &[], None).into_string(),
            200,
        ),
        None => html(render::choose(site, Some(&code)).into_string(), 404),
    }
}

/// The catalogue messages (heading, text) of a refusal shown as a page of its own.
fn refusal_texts(error: &EdgeError) -> Option<(&'static str, &'static str)> {
    Some(match error {
        EdgeError::Unreadable => ("unreadable-title", "unreadable-text"),
        EdgeError::UnsupportedMediaType => ("unsupported-title", "unsupported-text"),
        EdgeError::TooLarge => ("too-large-title", "too-large-text"),
        EdgeError::RateLimited => ("rate-limited-title", "rate-limited-text"),
        EdgeError::AlreadySupported => ("duplicate-title", "duplicate-text"),
        _ => return None,
    })
}

async fn sign_post(
    req: Request,
    env: &Env,
    config: &Config,
    site: &Site<'_>,
) -> EdgeResult<Response> {
    if site.status != CollectionStatus::Open {
        return Ok(html(render::closed(site).into_string(), 410)?);
    }
    let mut received = match receive(req, env, config).await {
        Ok(r) => r,
        Err(e) => return refused(site, e),
    };
    let state = received
        .raw
        .nationality()
        .and_then(|code| site.rules.resolve_nationality(&code));
    let outcome = sign(config, env, &mut received).await;
    let kept = &received.raw.redisplayable();
    let form = |errors: &[FieldError], notice, status| -> EdgeResult<Response> {
        let page = match state {
            Some((iso, rules)) => render::form(site, iso, rules, kept, errors, notice),
            None => render::choose(site, None),
        };
        Ok(html(page.into_string(), status)?)
    };
    match outcome {
        Ok(accepted) => Ok(html(
            render::confirmation(
                site,
                &accepted.id,
                accepted
                    .receipt
                    .log
                    .as_ref()
                    .and_then(|r| serde_json::to_string(r).ok())
                    .as_deref(),
            )
            .into_string(),
            201,
        )?),
        Err(EdgeError::Invalid(errors)) => form(&errors, None, 422),
        Err(EdgeError::BotCheckFailed) => form(&[], Some(Notice::BotCheckFailed), 403),
        Err(e @ EdgeError::BotCheckUnavailable(_)) => {
            Ok(e.with_retry_after(form(&[], Some(Notice::BotCheckUnavailable), 503)?))
        }
        Err(e) => refused(site, e),
    }
}

/// The page for a refusal outside the form; anything else stays an error.
fn refused(site: &Site, error: EdgeError) -> EdgeResult<Response> {
    if let EdgeError::CollectionClosed(_) = error {
        return Ok(html(render::closed(site).into_string(), 410)?);
    }
    match refusal_texts(&error) {
        Some((heading, text)) => Ok(error.with_retry_after(html(
            render::message(site, heading, text).into_string(),
            error.status(),
        )?)),
        None => Err(error),
    }
}
