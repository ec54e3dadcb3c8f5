//! The citizen pages under `/{lang}/`: a thin shell choosing what `ocs_core::pages` renders and
//! with which status. Form posts go through the same signing steps as the JSON API; the refusals
//! a citizen can meet become pages in their language.

use ocs_core::i18n::Lang;
use ocs_core::pages::{self as render, Empty, Notice, Site};
use ocs_core::rules::CollectionStatus;
use ocs_core::statement::FieldError;
use worker::{Env, Method, Request, Response};

use crate::config::Config;
use crate::edge_cache::Public;
use crate::error::{EdgeError, EdgeResult};
use crate::request_url::RequestUrl;
use crate::respond::{html, method_not_allowed_text, not_found_text, redirect};
use crate::signing::{receive, sign};
use crate::{catalogues, clock, progress};

/// What the pages read from the address.
#[derive(serde::Deserialize, Default)]
struct PageQuery {
    nationality: Option<String>,
    partner: Option<String>,
    /// `1`: the form alone, for `sign.js` to show on the page where the nationality was chosen.
    fragment: Option<String>,
}

/// Routes `/` and `/{lang}/…`.
pub async fn route(req: Request, env: &Env, config: &Config) -> EdgeResult<Response> {
    let path = req.path();
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
    catalogues::ensure(env, lang).await?;
    let url = RequestUrl::of(&req);
    let query: PageQuery = url.query().unwrap_or_default();
    let origin = url.origin().to_owned();
    let site = Site {
        lang,
        languages: &config.languages,
        rules: config.rules,
        initiative: &config.initiative,
        turnstile_site_key: &config.turnstile_site_key,
        status: config.initiative.collection_status(clock::now()?.date()),
        origin: &origin,
        // A code from a link that is not one of ours is no partner, and no error.
        partner: query
            .partner
            .as_deref()
            .and_then(|c| config.partners.find(c)),
        embed_origins: config.embed.all(),
        storage_in_eu: config.jurisdiction == crate::config::Jurisdiction::Eu,
        wallet: config.pid_trust_anchors.is_some(),
    };
    Ok(match (req.method(), rest) {
        (Method::Get, None) => redirect(&format!("/{}/", lang.code()), 301)?,
        (Method::Get, Some("")) => {
            let chosen = query
                .nationality
                .as_deref()
                .map(str::trim)
                .filter(|n| !n.is_empty());
            // Suggested from where the request comes from, if it is a member state; never forced.
            let suggested = req.headers().get("cf-ipcountry")?;
            let selected = chosen
                .or(suggested.as_deref())
                .and_then(|code| site.rules.resolve_nationality(code))
                .map(|(iso, _)| iso);
            html(render::landing(&site, selected).into_string(), 200)?
        }
        (Method::Get, Some("sign")) => sign_page(&site, &query)?,
        (Method::Get, Some("progress")) => match progress::cached(&req, "").await? {
            (_, Some(hit)) => hit,
            (url, None) => progress::kept(&url, progress_page(config, env, &site).await?).await?,
        },
        (Method::Get, Some("check")) => html(render::check(&site, &origin).into_string(), 200)?,
        (Method::Get, Some("privacy")) => public_page(
            render::privacy_notice(&site).into_string(),
            "text/html; charset=utf-8",
        )?,
        (Method::Get, Some("paper")) => {
            let state = query
                .nationality
                .as_deref()
                .and_then(|c| site.rules.resolve_nationality(c));
            public_page(
                render::paper(&site, state).into_string(),
                "text/html; charset=utf-8",
            )?
        }
        (Method::Get, Some(page @ ("counter" | "counter.svg"))) => {
            // The partner is the one part of the query that changes the answer.
            let partner = site.partner.filter(|p| p.public).map(|p| p.code.clone());
            let key = partner.map_or_else(String::new, |code| format!("?partner={code}"));
            let badge = page == "counter.svg";
            match progress::cached(&req, &key).await? {
                (_, Some(hit)) => hit,
                (url, None) => {
                    progress::kept(&url, counter(config, env, &site, badge).await?).await?
                }
            }
        }
        (Method::Post, Some("sign")) => sign_post(req, env, config, &site).await?,
        (_, Some("sign")) => method_not_allowed_text("GET, POST")?,
        (
            _,
            None
            | Some("" | "progress" | "check" | "paper" | "privacy" | "counter" | "counter.svg"),
        ) => method_not_allowed_text("GET")?,
        _ => not_found_text()?,
    })
}

/// A page with nothing personal on it: caches may keep it as long as the progress figures.
fn public_page(body: String, content_type: &str) -> worker::Result<Response> {
    let mut response = Response::ok(body)?;
    let headers = response.headers_mut();
    headers.set("content-type", content_type)?;
    headers.set(
        "cache-control",
        &format!("public, max-age={}", progress::FIGURES_SECONDS),
    )?;
    Ok(response)
}

/// `/{lang}/counter` (a page any site may frame) and `/{lang}/counter.svg` (a badge): the
/// total, or a public partner's own count.
async fn counter(config: &Config, env: &Env, site: &Site<'_>, badge: bool) -> EdgeResult<Public> {
    let counts = progress::counts(env).await?;
    let partner = site.partner.filter(|p| p.public);
    let count = render::Count {
        count: match partner {
            Some(p) => counts.partners.get(&p.code).copied().unwrap_or(0),
            None => counts.counts.values().sum(),
        },
        goal: progress::goal(config),
        partner: partner.map(|p| p.name.as_str()),
    };
    Ok(if badge {
        Public::text(
            render::counter_badge(site, &count).into_string(),
            "image/svg+xml",
            false,
        )
    } else {
        Public::text(
            render::counter_page(site, &count).into_string(),
            "text/html; charset=utf-8",
            false,
        )
    })
}

/// The progress page carries no personal data: caches may keep it as long as the API's figures.
async fn progress_page(config: &Config, env: &Env, site: &Site<'_>) -> EdgeResult<Public> {
    let figures = progress::figures(config, env).await?;
    Ok(Public::text(
        render::progress(site, &figures).into_string(),
        "text/html; charset=utf-8",
        false,
    ))
}

fn sign_page(site: &Site, query: &PageQuery) -> worker::Result<Response> {
    if site.status != CollectionStatus::Open {
        return html(render::closed(site).into_string(), 410);
    }
    let Some(code) = query
        .nationality
        .as_deref()
        .filter(|n| !n.trim().is_empty())
    else {
        return html(render::choose(site, None).into_string(), 200);
    };
    let fragment = query.fragment.as_deref() == Some("1");
    match site.rules.resolve_nationality(code) {
        Some((iso, state)) if fragment => html(
            render::form_fragment(site, iso, state, &Empty, &[], None).into_string(),
            200,
        ),
        Some((iso, state)) => html(
            render::form(site, iso, state, &Empty, &[], None).into_string(),
            200,
        ),
        None => html(render::choose(site, Some(code)).into_string(), 404),
    }
}

/// The catalogue messages (heading, text) of a refusal shown as a page of its own.
fn refusal_texts(error: &EdgeError) -> Option<(&'static str, &'static str)> {
    Some(match error {
        // A wallet answer that comes without its nonce (the page always sends both).
        EdgeError::Unreadable | EdgeError::Wallet(_) => ("unreadable-title", "unreadable-text"),
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
    let received = match receive(req, env, config).await {
        Ok(r) => r,
        Err(e) => return refused(site, e),
    };
    // The partner came with the form: the pages that follow keep it.
    let partner = received
        .raw
        .get(ocs_core::statement::PARTNER)
        .and_then(|code| config.partners.find(code));
    let site = &Site { partner, ..*site };
    let state = received
        .raw
        .nationality()
        .and_then(|code| site.rules.resolve_nationality(&code));
    let outcome = sign(config, env, &received).await;
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
                state.map(|(iso, _)| iso),
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
        Err(e @ EdgeError::Wallet(refusal)) => {
            let page = form(&[], Some(Notice::WalletRefused(refusal)), e.status())?;
            Ok(e.with_retry_after(page))
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
