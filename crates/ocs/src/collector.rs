//! The collector's HTTP API as `ocs` uses it, typed: one agent per run (connections are reused
//! across the many pages of a pull), the organiser credential, and an answer that is never
//! trusted: `https://` is required except on this machine, bodies and counts are bounded, and
//! whatever text the server sends is cleaned before it reaches the terminal. The wire types are
//! the core's ([`ocs_core::api`]); every failure is a [`CollectorError`].

use std::path::Path;
use std::time::Duration;

use serde::de::DeserializeOwned;
use zeroize::Zeroizing;

pub use ocs_core::api::{ErasurePage, ExactCounts, ExportPage, ShardHead, MAX_PAGE, MAX_SHARDS};

/// Where the credential comes from when no `--token-file` is given.
pub const TOKEN_ENV: &str = "OCS_EXPORT_TOKEN";

/// Largest response body read (a page of 1,000 rows is about 1 MiB; X-Wing rows are larger).
const MAX_BODY: u64 = 16 * 1024 * 1024;
/// The most characters of server text shown in an error.
const MAX_SHOWN: usize = 300;

/// What went wrong with a collector. Server text in it is sanitised ([`sanitise`]).
#[derive(Debug, thiserror::Error)]
#[allow(missing_docs)] // Each variant is documented by its message.
pub enum CollectorError {
    #[error("{url} is not a URL (write it as https://…)")]
    NotAUrl {
        url: String,
        #[source]
        source: url::ParseError,
    },
    #[error("{0} would send the export credential unencrypted")]
    PlainHttp(String),
    #[error("{0} is not an https:// address")]
    NotHttps(String),
    #[error(
        "no export credential: set {TOKEN_ENV} or pass --token-file (the worker's EXPORT_TOKEN)"
    )]
    NoCredential,
    #[error("reading the export credential from {path}")]
    CredentialFile {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error("the export credential is empty")]
    EmptyCredential,
    #[error("connecting to {base}")]
    Connect {
        base: String,
        #[source]
        source: ureq::Error,
    },
    #[error("reading {what} (at most {MAX_BODY} bytes)")]
    Read {
        what: String,
        #[source]
        source: ureq::Error,
    },
    #[error("reading {what}")]
    Json {
        what: String,
        #[source]
        source: serde_json::Error,
    },
    #[error("the collector refused the export credential (401)")]
    Refused,
    #[error("the collector answered {code} for {what}: {body}")]
    Status {
        code: u16,
        what: String,
        body: String,
    },
    #[error("the collector has no {0}")]
    Missing(String),
    #[error("the collector serves no exact counts (an older version?)")]
    NoCounts,
    #[error("the collector claims {0} shards (at most {MAX_SHARDS} are possible)")]
    TooManyShards(u32),
    #[error("the collector sent {sent} rows for a page of {limit}")]
    PageTooLarge { sent: usize, limit: u64 },
    #[error(
        "the collector sent shard {shard} row {seq} where shard {due_shard} row {due_seq} was due"
    )]
    OutOfOrder {
        shard: u32,
        seq: u64,
        due_shard: u32,
        due_seq: u64,
    },
    #[error("the collector's erasures of shard {0} hold rows that are not its tombstones")]
    NotTombstones(u32),
    #[error("the collector's counts describe {0} shards inconsistently")]
    InconsistentCounts(u32),
}

impl CollectorError {
    /// What the user can do about it, where they can.
    pub fn remedy(&self) -> Option<&'static str> {
        Some(match self {
            CollectorError::NotAUrl { .. } | CollectorError::NotHttps(_) => {
                "give the collector's address as https://host"
            }
            CollectorError::PlainHttp(_) => {
                "use the collector's https:// address (http:// only for one on this machine)"
            }
            CollectorError::NoCredential | CollectorError::EmptyCredential => {
                "put the collector's EXPORT_TOKEN on the first line of --token-file, or in OCS_EXPORT_TOKEN"
            }
            CollectorError::CredentialFile { .. } => "check the path given to --token-file",
            CollectorError::Refused => {
                "check --token-file (or OCS_EXPORT_TOKEN): it must hold the collector's EXPORT_TOKEN"
            }
            CollectorError::Connect { .. } => {
                "check the address and your connection, then run the command again"
            }
            CollectorError::NoCounts => "update the collector (`wrangler deploy` of this release)",
            CollectorError::Status { code, .. } if *code >= 500 => {
                "try again in a minute; if it persists, the operator reads the collector's logs"
            }
            // The collector answered what no collector of ours answers: nothing to do here
            // but report it.
            _ => return None,
        })
    }
}

/// An answer's body, read at most [`MAX_BODY`] bytes of it.
fn bounded(response: &mut ureq::http::Response<ureq::Body>) -> ureq::BodyWithConfig<'_> {
    response.body_mut().with_config().limit(MAX_BODY)
}

/// The failure to read `what`'s body.
fn read_error(what: &str) -> impl FnOnce(ureq::Error) -> CollectorError + '_ {
    move |source| CollectorError::Read {
        what: what.to_owned(),
        source,
    }
}

/// An answer's body as text, bounded.
fn text_of(response: &mut ureq::http::Response<ureq::Body>, what: &str) -> Result<String> {
    bounded(response).read_to_string().map_err(read_error(what))
}

/// What a collector call returns.
pub type Result<T> = std::result::Result<T, CollectorError>;

/// An answer as the collector sent it.
pub struct Answer {
    /// The HTTP status.
    pub status: u16,
    /// The headers, names in lower case.
    pub headers: Vec<(String, String)>,
    /// The body (bounded).
    pub body: String,
}

impl Answer {
    /// A header's value.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
}

/// A collector at a base URL, with the organiser's credential when one was given.
pub struct Collector {
    agent: ureq::Agent,
    base: String,
    token: Option<Zeroizing<String>>,
}

/// The credential from `--token-file` or [`TOKEN_ENV`].
pub fn read_token(token_file: Option<&Path>) -> Result<Zeroizing<String>> {
    let token = Zeroizing::new(match token_file {
        Some(path) => {
            std::fs::read_to_string(path).map_err(|source| CollectorError::CredentialFile {
                path: path.display().to_string(),
                source,
            })?
        }
        None => std::env::var(TOKEN_ENV).map_err(|_| CollectorError::NoCredential)?,
    });
    let token = Zeroizing::new(token.trim().to_owned());
    if token.is_empty() {
        return Err(CollectorError::EmptyCredential);
    }
    Ok(token)
}

/// Server text made safe to print: control characters (terminal escapes among them) and
/// invisible ones replaced, and cut short.
pub fn sanitise(text: &str) -> String {
    let mut out: String = text
        .trim()
        .chars()
        .take(MAX_SHOWN)
        .map(|c| {
            if ocs_core::normalize::is_forbidden(c) || c.is_control() {
                '\u{FFFD}'
            } else {
                c
            }
        })
        .collect();
    if text.trim().chars().count() > MAX_SHOWN {
        out.push('…');
    }
    out
}

/// Checks that a collector address keeps the credential private: `https://`, or `http://` to
/// this machine only.
pub fn checked_base(url: &str) -> Result<String> {
    let parsed = url::Url::parse(url).map_err(|source| CollectorError::NotAUrl {
        url: sanitise(url),
        source,
    })?;
    let loopback = match parsed.host() {
        Some(url::Host::Domain(d)) => d == "localhost",
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        None => false,
    };
    match parsed.scheme() {
        "https" => {}
        "http" if loopback => {}
        "http" => return Err(CollectorError::PlainHttp(sanitise(url))),
        other => return Err(CollectorError::NotHttps(sanitise(other))),
    }
    Ok(url.trim_end_matches('/').to_owned())
}

impl Collector {
    /// A collector without credential (public endpoints only).
    pub fn public(url: &str) -> Result<Collector> {
        let agent: ureq::Agent = ureq::Agent::config_builder()
            .timeout_global(Some(Duration::from_secs(120)))
            .user_agent(concat!("ocs/", env!("CARGO_PKG_VERSION")))
            .http_status_as_error(false)
            .build()
            .into();
        Ok(Collector {
            agent,
            base: checked_base(url)?,
            token: None,
        })
    }

    /// A collector with the organiser's credential.
    pub fn organiser(url: &str, token_file: Option<&Path>) -> Result<Collector> {
        let mut collector = Collector::public(url)?;
        collector.token = Some(read_token(token_file)?);
        Ok(collector)
    }

    /// The base URL, without a trailing slash.
    pub fn base(&self) -> &str {
        &self.base
    }

    fn answer<T: DeserializeOwned>(
        &self,
        result: std::result::Result<ureq::http::Response<ureq::Body>, ureq::Error>,
        what: &str,
    ) -> Result<Option<T>> {
        let mut response = result.map_err(|source| self.connect(source))?;
        let status = response.status().as_u16();
        let body = text_of(&mut response, what)?;
        match status {
            200..=299 => {
                serde_json::from_str(&body)
                    .map(Some)
                    .map_err(|source| CollectorError::Json {
                        what: what.to_owned(),
                        source,
                    })
            }
            404 => Ok(None),
            401 => Err(CollectorError::Refused),
            code => Err(CollectorError::Status {
                code,
                what: what.to_owned(),
                body: sanitise(&body),
            }),
        }
    }

    fn bearer(&self) -> Result<String> {
        let token = self.token.as_ref().ok_or(CollectorError::NoCredential)?;
        Ok(format!("Bearer {}", token.as_str()))
    }

    fn connect(&self, source: ureq::Error) -> CollectorError {
        CollectorError::Connect {
            base: self.base.clone(),
            source,
        }
    }

    /// `GET` an organiser endpoint; `None` for a 404.
    pub fn organiser_get<T: DeserializeOwned>(&self, path: &str, what: &str) -> Result<Option<T>> {
        let request = self
            .agent
            .get(format!("{}{path}", self.base))
            .header("authorization", &self.bearer()?);
        self.answer(request.call(), what)
    }

    /// `DELETE` an organiser endpoint; `None` for a 404.
    pub fn organiser_delete<T: DeserializeOwned>(
        &self,
        path: &str,
        what: &str,
    ) -> Result<Option<T>> {
        let request = self
            .agent
            .delete(format!("{}{path}", self.base))
            .header("authorization", &self.bearer()?);
        self.answer(request.call(), what)
    }

    /// `GET` a public endpoint.
    pub fn public_get<T: DeserializeOwned>(&self, path: &str, what: &str) -> Result<T> {
        let result = self.agent.get(format!("{}{path}", self.base)).call();
        self.answer(result, what)?
            .ok_or_else(|| CollectorError::Missing(format!("{what} (404)")))
    }

    /// `GET` a public endpoint's raw bytes (bounded); `None` for a 404.
    pub fn public_bytes(&self, path: &str, what: &str) -> Result<Option<Vec<u8>>> {
        let mut response = self
            .agent
            .get(format!("{}{path}", self.base))
            .call()
            .map_err(|source| self.connect(source))?;
        let status = response.status().as_u16();
        let body = bounded(&mut response)
            .read_to_vec()
            .map_err(read_error(what))?;
        match status {
            200..=299 => Ok(Some(body)),
            404 => Ok(None),
            code => Err(CollectorError::Status {
                code,
                what: what.to_owned(),
                body: sanitise(&String::from_utf8_lossy(&body)),
            }),
        }
    }

    /// `GET` a public path as it is answered, whatever the status: for `ocs doctor`, which
    /// reads refusals and headers too. The body is bounded and sanitised by the caller.
    pub fn look(&self, path: &str) -> Result<Answer> {
        let mut response = self
            .agent
            .get(format!("{}{path}", self.base))
            .call()
            .map_err(|source| self.connect(source))?;
        let headers = response
            .headers()
            .iter()
            .filter_map(|(name, value)| {
                Some((
                    name.as_str().to_ascii_lowercase(),
                    value.to_str().ok()?.to_owned(),
                ))
            })
            .collect();
        let status = response.status().as_u16();
        let body = text_of(&mut response, path)?;
        Ok(Answer {
            status,
            headers,
            body,
        })
    }

    /// A page of a shard's rows after `after`, checked: no more rows than asked for, each the
    /// next of the shard (a page that does not advance, or skips, is an error, never a loop).
    pub fn export_page(&self, shard: u32, after: u64, limit: u64) -> Result<ExportPage> {
        let limit = limit.clamp(1, MAX_PAGE);
        let path = format!("/api/v1/export?shard={shard}&after={after}&limit={limit}");
        let page: ExportPage = self
            .organiser_get(&path, &format!("shard {shard} after row {after}"))?
            .ok_or_else(|| CollectorError::Missing(format!("shard {shard}")))?;
        if page.shards == 0 || page.shards > MAX_SHARDS {
            return Err(CollectorError::TooManyShards(page.shards));
        }
        if page.rows.len() as u64 > limit {
            return Err(CollectorError::PageTooLarge {
                sent: page.rows.len(),
                limit,
            });
        }
        for (i, row) in page.rows.iter().enumerate() {
            let expected = after + 1 + i as u64;
            if row.shard != shard || row.seq != expected {
                return Err(CollectorError::OutOfOrder {
                    shard: row.shard,
                    seq: row.seq,
                    due_shard: shard,
                    due_seq: expected,
                });
            }
        }
        Ok(page)
    }

    /// A shard's tombstones.
    pub fn erasures(&self, shard: u32) -> Result<ErasurePage> {
        let path = format!("/api/v1/erasures?shard={shard}");
        let page: ErasurePage = self
            .organiser_get(&path, &format!("the erasures of shard {shard}"))?
            .ok_or_else(|| CollectorError::Missing(format!("shard {shard}")))?;
        if page
            .rows
            .iter()
            .any(|row| row.shard != shard || !row.is_erased())
        {
            return Err(CollectorError::NotTombstones(shard));
        }
        Ok(page)
    }

    /// The exact counts and every shard's head, read from the shards now.
    pub fn counts(&self) -> Result<ExactCounts> {
        let counts: ExactCounts = self
            .organiser_get("/api/v1/counts", "the exact counts")?
            .ok_or(CollectorError::NoCounts)?;
        if counts.shards > MAX_SHARDS || counts.heads.len() as u64 != u64::from(counts.shards) {
            return Err(CollectorError::InconsistentCounts(counts.shards));
        }
        Ok(counts)
    }
}
