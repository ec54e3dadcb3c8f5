//! Building responses: HTML pages, redirects, JSON with a cache policy, and the security
//! headers every response carries.

use worker::{Headers, Response, Result};

/// An HTML page. Pages may hold what the signatory typed: never cached anywhere.
pub fn html(markup: impl AsRef<str>, status: u16) -> Result<Response> {
    let mut response = Response::from_html(markup)?.with_status(status);
    response.headers_mut().set("cache-control", "no-store")?;
    Ok(response)
}

/// A redirect to a path on this site.
pub fn redirect(location: &str, status: u16) -> Result<Response> {
    let mut response = Response::empty()?.with_status(status);
    response.headers_mut().set("location", location)?;
    Ok(response)
}

/// JSON with a `cache-control` header.
pub fn json<T: serde::Serialize>(value: &T, cache_control: &str) -> Result<Response> {
    let mut response = Response::from_json(value)?;
    response.headers_mut().set("cache-control", cache_control)?;
    Ok(response)
}

/// The answer to a HEAD: `response`'s status and headers, without its body.
pub fn without_body(response: Response) -> Result<Response> {
    let headers = response.headers().clone();
    let status = response.status_code();
    Ok(Response::empty()?.with_status(status).with_headers(headers))
}

/// A plain-text 404 for paths outside the API and the pages.
pub fn not_found_text() -> Result<Response> {
    let mut response = Response::error("Not found", 404)?;
    response
        .headers_mut()
        .set("content-type", "text/plain; charset=utf-8")?;
    Ok(response)
}

/// A plain-text 405 for a page asked with a method it does not answer.
pub fn method_not_allowed_text(allow: &str) -> Result<Response> {
    let mut response = Response::error("Method not allowed", 405)?;
    let headers = response.headers_mut();
    headers.set("content-type", "text/plain; charset=utf-8")?;
    headers.set("allow", allow)?;
    Ok(response)
}

/// The Content-Security-Policy of every response, but for who may frame it: scripts only from
/// this site and Turnstile, no inline script or style.
pub const CONTENT_SECURITY_POLICY: &str =
    "default-src 'self'; script-src 'self' https://challenges.cloudflare.com; \
     frame-src https://challenges.cloudflare.com; style-src 'self'; img-src 'self' data:; \
     connect-src 'self'; form-action 'self'; base-uri 'none'";

/// Who may show a response in a frame (CSP `frame-ancestors`).
pub enum Framing<'a> {
    /// Nobody: every API answer and most pages.
    Nobody,
    /// The sites of `EMBED_ORIGINS` (the signing pages; nobody when there are none).
    Embedders(&'a str),
    /// Any site (the counter page, made to be put anywhere).
    Anyone,
}

/// Adds HSTS, the CSP, `nosniff`, the referrer and permissions policies.
pub fn with_security_headers(response: Response, framing: Framing) -> Result<Response> {
    let headers: Headers = response.headers().clone();
    let ancestors = match framing {
        Framing::Nobody => "'none'",
        Framing::Embedders(origins) => origins,
        Framing::Anyone => "*",
    };
    for (name, value) in [
        (
            "strict-transport-security",
            "max-age=63072000; includeSubDomains; preload",
        ),
        ("x-content-type-options", "nosniff"),
        ("referrer-policy", "no-referrer"),
        (
            "content-security-policy",
            &format!("{CONTENT_SECURITY_POLICY}; frame-ancestors {ancestors}"),
        ),
        (
            "permissions-policy",
            "camera=(), microphone=(), geolocation=(), interest-cohort=()",
        ),
    ] {
        headers.set(name, value)?;
    }
    // X-Frame-Options cannot name sites; browsers that know CSP follow frame-ancestors.
    if ancestors == "'none'" {
        headers.set("x-frame-options", "DENY")?;
    }
    Ok(response.with_headers(headers))
}
