//! The collector's HTTP API as `ocs` uses it: one agent per run (connections are reused across
//! the many pages of a pull), the organiser credential, and refusals turned into readable errors.

use std::path::Path;
use std::time::Duration;

use anyhow::{anyhow, bail, Context as _, Result};
use serde::de::DeserializeOwned;
use zeroize::Zeroizing;

/// Where the credential comes from when no `--token-file` is given.
pub const TOKEN_ENV: &str = "OCS_EXPORT_TOKEN";

/// Largest response body read (a page of 1,000 rows is about 1 MiB).
const MAX_BODY: u64 = 64 * 1024 * 1024;

/// A collector at a base URL, with the organiser's credential when one was given.
pub struct Collector {
    agent: ureq::Agent,
    base: String,
    token: Option<Zeroizing<String>>,
}

/// The credential from `--token-file` or [`TOKEN_ENV`].
pub fn read_token(token_file: Option<&Path>) -> Result<Zeroizing<String>> {
    let token = match token_file {
        Some(path) => std::fs::read_to_string(path)
            .with_context(|| format!("reading the export credential from {}", path.display()))?,
        None => std::env::var(TOKEN_ENV).map_err(|_| {
            anyhow!(
                "no export credential: set {TOKEN_ENV} or pass --token-file (the worker's EXPORT_TOKEN)"
            )
        })?,
    };
    let token = Zeroizing::new(token.trim().to_owned());
    if token.is_empty() {
        bail!("the export credential is empty");
    }
    Ok(token)
}

impl Collector {
    /// A collector without credential (public endpoints only).
    pub fn public(url: &str) -> Collector {
        let agent: ureq::Agent = ureq::Agent::config_builder()
            .timeout_global(Some(Duration::from_secs(120)))
            .user_agent(concat!("ocs/", env!("CARGO_PKG_VERSION")))
            .http_status_as_error(false)
            .build()
            .into();
        Collector {
            agent,
            base: url.trim_end_matches('/').to_owned(),
            token: None,
        }
    }

    /// A collector with the organiser's credential.
    pub fn organiser(url: &str, token_file: Option<&Path>) -> Result<Collector> {
        let mut collector = Collector::public(url);
        collector.token = Some(read_token(token_file)?);
        Ok(collector)
    }

    /// The base URL, without a trailing slash.
    pub fn base(&self) -> &str {
        &self.base
    }

    fn answer<T: DeserializeOwned>(
        &self,
        result: Result<ureq::http::Response<ureq::Body>, ureq::Error>,
        what: &str,
    ) -> Result<Option<T>> {
        let mut response = result.with_context(|| format!("connecting to {}", self.base))?;
        let status = response.status().as_u16();
        let body = response
            .body_mut()
            .with_config()
            .limit(MAX_BODY)
            .read_to_string()
            .with_context(|| format!("reading {what}"))?;
        match status {
            200..=299 => serde_json::from_str(&body)
                .map(Some)
                .with_context(|| format!("reading {what}")),
            404 => Ok(None),
            401 => bail!("the collector refused the export credential (401)"),
            code => bail!("the collector answered {code} for {what}: {}", body.trim()),
        }
    }

    fn bearer(&self) -> Result<String> {
        let token = self
            .token
            .as_ref()
            .ok_or_else(|| anyhow!("no export credential"))?;
        Ok(format!("Bearer {}", token.as_str()))
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
            .with_context(|| format!("the collector has no {what} (404)"))
    }
}
