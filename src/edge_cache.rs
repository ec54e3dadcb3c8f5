//! Public answers kept close to the reader, so that public traffic never reaches the Durable
//! Objects signing depends on once per request (docs/operations.md, "Public traffic").
//!
//! Two layers, both consulted before anything is computed:
//! 1. this isolate's memory, bounded ([`MAX_ENTRIES`]): works everywhere, `*.workers.dev`
//!    included, and keeps a flood served by one isolate to one computation per lifetime;
//! 2. the data centre's cache (the Cache API): shared by every isolate of a data centre, but
//!    only on a custom domain: on `*.workers.dev` Cloudflare keeps nothing in it
//!    (developers.cloudflare.com/workers/runtime-apis/cache/).
//!
//! Callers [`lookup`] an answer and, on a miss, compute it and [`keep`] it (no generic
//! helper: each instance of one would be a state machine of its own in the bundle).
//!
//! Every answer says where it came from in `x-ocs-cache` (`memory`, `edge` or `origin`), which
//! `ocs doctor` reads to tell an operator whether the edge cache works for their domain.
//! Only successful answers are kept; nothing personal ever goes through here (callers serve
//! public figures, the log's checkpoints and tiles, and pages without personal data).

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use worker::{Cache, Response};

use crate::error::EdgeResult;

/// Entries kept in an isolate's memory (a full tile is 8 KiB: at most a few MiB in all).
pub const MAX_ENTRIES: usize = 512;

/// How long an answer may be kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lifetime {
    /// This many seconds.
    Seconds(u32),
    /// For good: the answer never changes (full tiles, tiles named by their width).
    Immutable,
}

impl Lifetime {
    fn cache_control(self) -> String {
        match self {
            Lifetime::Seconds(s) => format!("public, max-age={s}"),
            Lifetime::Immutable => "public, max-age=31536000, immutable".to_owned(),
        }
    }

    fn millis(self) -> f64 {
        match self {
            Lifetime::Seconds(s) => f64::from(s) * 1000.0,
            Lifetime::Immutable => f64::INFINITY,
        }
    }
}

/// A public answer.
#[derive(Clone)]
pub struct Public {
    /// The body.
    pub body: Rc<[u8]>,
    /// Its content type.
    pub content_type: &'static str,
    /// Whether any site's scripts may read it (`access-control-allow-origin: *`).
    pub any_origin: bool,
}

impl Public {
    /// A text answer.
    pub fn text(body: impl Into<String>, content_type: &'static str, any_origin: bool) -> Self {
        Public {
            body: body.into().into_bytes().into(),
            content_type,
            any_origin,
        }
    }
}

struct Entry {
    answer: Public,
    lifetime: Lifetime,
    expires_ms: f64,
    inserted: u64,
}

thread_local! {
    static MEMORY: RefCell<(HashMap<String, Entry>, u64)> = RefCell::new((HashMap::new(), 0));
}

fn now_ms() -> f64 {
    js_sys::Date::now()
}

fn remember(key: &str, answer: &Public, lifetime: Lifetime, age_ms: f64) {
    MEMORY.with(|m| {
        let (map, counter) = &mut *m.borrow_mut();
        let now = now_ms();
        if map.len() >= MAX_ENTRIES {
            map.retain(|_, e| e.expires_ms > now);
        }
        if map.len() >= MAX_ENTRIES {
            // The oldest goes: a crawl of many keys cycles through memory but stays bounded.
            if let Some(oldest) = map
                .iter()
                .min_by_key(|(_, e)| e.inserted)
                .map(|(k, _)| k.clone())
            {
                map.remove(&oldest);
            }
        }
        *counter += 1;
        map.insert(
            key.to_owned(),
            Entry {
                answer: answer.clone(),
                lifetime,
                expires_ms: now + lifetime.millis() - age_ms,
                inserted: *counter,
            },
        );
    });
}

fn recalled(key: &str) -> Option<(Public, Lifetime)> {
    MEMORY.with(|m| {
        let (map, _) = &*m.borrow();
        map.get(key)
            .filter(|e| e.expires_ms > now_ms())
            .map(|e| (e.answer.clone(), e.lifetime))
    })
}

/// Puts a newer answer for `path` in this isolate's memory (one it learnt itself: the
/// checkpoint a signature made).
pub fn replace(path: &str, answer: Public, lifetime: Lifetime) {
    remember(path, &answer, lifetime, 0.0);
}

/// Where an answer came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// This isolate's memory.
    Memory,
    /// The data centre's cache.
    Edge,
    /// Computed now.
    Origin,
}

impl Source {
    fn name(self) -> &'static str {
        match self {
            Source::Memory => "memory",
            Source::Edge => "edge",
            Source::Origin => "origin",
        }
    }
}

/// The response for `answer`, saying where it came from.
pub fn respond(answer: &Public, lifetime: Lifetime, from: Source) -> EdgeResult<Response> {
    let mut response = Response::from_bytes(answer.body.to_vec())?;
    let headers = response.headers_mut();
    headers.set("content-type", answer.content_type)?;
    headers.set("cache-control", &lifetime.cache_control())?;
    headers.set("x-ocs-cache", from.name())?;
    if answer.any_origin {
        headers.set("access-control-allow-origin", "*")?;
    }
    Ok(response)
}

/// A kept answer of `key` (on the site whose URL without query is `url`): from this isolate's
/// memory, else from the data centre's cache (then kept in memory too), with its lifetime and
/// where it came from. Callers compute it on a miss and [`keep`] it.
pub async fn lookup(url: &str, key: &str) -> EdgeResult<Option<(Public, Lifetime, Source)>> {
    if let Some((answer, lifetime)) = recalled(key) {
        return Ok(Some((answer, lifetime, Source::Memory)));
    }
    let Some(mut hit) = Cache::default().get(url, false).await? else {
        return Ok(None);
    };
    let headers = hit.headers();
    // Whole milliseconds, written and read as an integer: no float formatting in the bundle.
    let stored_at = headers
        .get("x-ocs-stored-at")?
        .and_then(|v| v.parse::<u64>().ok())
        .map_or_else(now_ms, |ms| ms as f64);
    let control = headers.get("cache-control")?.unwrap_or_default();
    let lifetime = match control
        .split(',')
        .find_map(|d| d.trim().strip_prefix("max-age="))
        .and_then(|v| v.parse::<u32>().ok())
    {
        _ if control.contains("immutable") => Lifetime::Immutable,
        Some(seconds) => Lifetime::Seconds(seconds),
        None => return Ok(None),
    };
    let content_type = content_type_of(headers.get("content-type")?.as_deref());
    let any_origin = headers.get("access-control-allow-origin")?.is_some();
    let answer = Public {
        body: hit.bytes().await?.into(),
        content_type,
        any_origin,
    };
    remember(key, &answer, lifetime, (now_ms() - stored_at).max(0.0));
    Ok(Some((answer, lifetime, Source::Edge)))
}

/// Keeps `answer` of `key` for `lifetime`: in this isolate's memory and in the data centre's
/// cache (keyed by `url`).
pub async fn keep(url: &str, key: &str, answer: &Public, lifetime: Lifetime) -> EdgeResult<()> {
    remember(key, answer, lifetime, 0.0);
    let mut stored = respond(answer, lifetime, Source::Edge)?;
    stored
        .headers_mut()
        .set("x-ocs-stored-at", &(now_ms() as u64).to_string())?;
    Cache::default().put(url, stored).await?;
    Ok(())
}

/// The content types this cache serves (static strings, so entries carry no allocation).
fn content_type_of(value: Option<&str>) -> &'static str {
    match value {
        Some(v) if v.starts_with("application/json") => "application/json",
        Some(v) if v.starts_with("application/octet-stream") => "application/octet-stream",
        Some(v) if v.starts_with("text/html") => "text/html; charset=utf-8",
        Some(v) if v.starts_with("image/svg+xml") => "image/svg+xml",
        _ => "text/plain; charset=utf-8",
    }
}
