//! The citizen pages under `/{lang}/`: a thin shell choosing what `crate::pages` renders and
//! with which status. Form posts go through the same pipeline as the JSON API.

use super::config::Config;
use super::pipeline::{self, Outcome};
use super::{misconfigured, receive, redirect, Refused};
use crate::i18n::Lang;
use crate::pages::{self as render, Empty, Notice, Site};
use crate::rules::CollectionStatus;
use maud::Markup;
use worker::*;

fn html(markup: Markup, status: u16) -> Result<Response> {
    let mut response = Response::from_html(markup.into_string())?.with_status(status);
    // Pages may hold what the signatory typed: never cache them anywhere.
    response.headers_mut().set("cache-control", "no-store")?;
    Ok(response)
}

pub async fn route(req: Request, env: &Env) -> Result<Response> {
    let path = req.path();
    let mut segments = path.trim_start_matches('/').splitn(2, '/');
    let lang_segment = segments.next().unwrap_or("");
    let rest = segments.next();
    let config = match Config::from_env(env) {
        Ok(c) => c,
        Err(e) => return misconfigured(e),
    };
    if (req.method(), path.as_str()) == (Method::Get, "/") {
        let accept = req.headers().get("accept-language")?.unwrap_or_default();
        let lang = Lang::negotiate_among(&accept, &config.languages);
        return redirect(&format!("/{}/", lang.code()), 302);
    }
    let Some(lang) = Lang::from_code(lang_segment).filter(|l| config.languages.contains(l)) else {
        return not_found();
    };
    let site = Site {
        lang,
        languages: &config.languages,
        rules: config.rules,
        initiative: &config.initiative,
        turnstile_site_key: &config.turnstile_site_key,
        status: config.initiative.collection_status(pipeline::now()?.date()),
    };
    match (req.method(), rest) {
        (Method::Get, None) => redirect(&format!("/{}/", lang.code()), 301),
        (Method::Get, Some("")) => html(render::landing(&site), 200),
        (Method::Get, Some("sign")) => sign_page(&req, &site),
        (Method::Get, Some("progress")) => progress_page(&config, env, &site).await,
        (Method::Post, Some("sign")) => sign_post(req, env, &config, &site).await,
        _ => not_found(),
    }
}

/// The progress page carries no personal data: caches may keep it as long as the API's figures.
async fn progress_page(config: &Config, env: &Env, site: &Site<'_>) -> Result<Response> {
    let Some(progress) = pipeline::progress_figures(config, env).await? else {
        return Response::error("no thresholds", 503);
    };
    let mut response = Response::from_html(render::progress(site, &progress).into_string())?;
    response
        .headers_mut()
        .set("cache-control", "public, max-age=10")?;
    Ok(response)
}

fn not_found() -> Result<Response> {
    let mut response = Response::error("Not found", 404)?;
    response
        .headers_mut()
        .set("content-type", "text/plain; charset=utf-8")?;
    Ok(response)
}

#[derive(serde::Deserialize)]
struct SignQuery {
    nationality: Option<String>,
}

fn sign_page(req: &Request, site: &Site) -> Result<Response> {
    if site.status != CollectionStatus::Open {
        return html(render::closed(site), 410);
    }
    let query: SignQuery = req.query().unwrap_or(SignQuery { nationality: None });
    let Some(code) = query.nationality.filter(|n| !n.trim().is_empty()) else {
        return html(render::choose(site, None), 200);
    };
    match site.rules.resolve_nationality(&code) {
        Some((iso, state)) => html(render::form(site, iso, state, &Empty, &[], None), 200),
        None => html(render::choose(site, Some(&code)), 404),
    }
}

async fn sign_post(req: Request, env: &Env, config: &Config, site: &Site<'_>) -> Result<Response> {
    if site.status != CollectionStatus::Open {
        return html(render::closed(site), 410);
    }
    let mut received = match receive(req, env, config).await? {
        Ok(r) => r,
        Err(Refused::Unreadable) => {
            return html(
                render::message(site, "unreadable-title", "unreadable-text"),
                400,
            )
        }
        Err(Refused::WrongType) => {
            return html(
                render::message(site, "unsupported-title", "unsupported-text"),
                415,
            )
        }
        Err(Refused::TooLarge) => {
            return html(
                render::message(site, "too-large-title", "too-large-text"),
                413,
            )
        }
        Err(Refused::RateLimited) => {
            return html(
                render::message(site, "rate-limited-title", "rate-limited-text"),
                429,
            );
        }
    };
    let state = received
        .raw
        .nationality()
        .and_then(|code| site.rules.resolve_nationality(&code));
    let outcome = pipeline::sign(config, env, &mut received.raw, &received.client).await?;
    let kept = &received.raw;
    let form = |errors: &[crate::statement::FieldError], notice, status| match state {
        Some((iso, rules)) => html(render::form(site, iso, rules, kept, errors, notice), status),
        None => html(render::choose(site, None), status),
    };
    match outcome {
        Outcome::Accepted(receipt) => html(render::confirmation(site, &receipt.id), 201),
        Outcome::Invalid(errors) => form(&errors, None, 422),
        Outcome::BotCheckFailed => form(&[], Some(Notice::BotCheckFailed), 403),
        Outcome::Closed(_) => html(render::closed(site), 410),
        Outcome::Duplicate => html(
            render::message(site, "duplicate-title", "duplicate-text"),
            409,
        ),
    }
}
