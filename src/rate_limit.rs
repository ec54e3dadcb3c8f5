//! The per-client limits (wrangler.toml `[[ratelimits]]`): signing, the wallet routes, failed
//! organiser authentications.

use ocs_core::dedupe::DedupeSecret;
use worker::{Env, Request};

use crate::config::ConfigError;
use crate::error::{EdgeError, EdgeResult};

/// The rate limiter binding.
const BINDING: &str = "SIGNING_LIMITER";

/// The client's address as Cloudflare gives it (`cf-connecting-ip`); `unknown` without one (a
/// local runtime), which every limit then counts as one client.
pub fn client_of(req: &Request) -> EdgeResult<String> {
    Ok(req
        .headers()
        .get("cf-connecting-ip")?
        .unwrap_or_else(|| "unknown".to_owned()))
}

/// The part of a client address that names one client: the whole IPv4 address, the /64 prefix
/// of an IPv6 one (a single subscriber holds a whole /64, so counting its 2^64 addresses apart
/// would give it 2^64 budgets). Anything unparsable is taken as given.
pub fn client_prefix(client: &str) -> String {
    match client.trim().parse::<std::net::IpAddr>() {
        Ok(std::net::IpAddr::V6(v6)) => match v6.to_ipv4_mapped() {
            Some(v4) => v4.to_string(),
            None => {
                let s = v6.segments();
                format!("{:x}:{:x}:{:x}:{:x}::/64", s[0], s[1], s[2], s[3])
            }
        },
        Ok(std::net::IpAddr::V4(v4)) => v4.to_string(),
        Err(_) => client.to_owned(),
    }
}

/// The rate-limit key: an HMAC of the client's address (its /64 for IPv6) under the vault's
/// key, so the limiter never holds the address nor anything a guess of it could be checked
/// against.
pub fn client_key(secret: &DedupeSecret, initiative: &str, client: &str) -> EdgeResult<String> {
    let mut data = initiative.as_bytes().to_vec();
    data.push(0x1f);
    data.extend_from_slice(client_prefix(client).as_bytes());
    let mac = secret
        .mac("ocs-edge/rate-limit/v1", &data)
        .map_err(|e| EdgeError::Internal(format!("rate-limit key: {e}")))?;
    Ok(hex::encode(&mac[..16]))
}

/// The organiser-auth throttle's key for a client: an HMAC of its address (its /64 for IPv6)
/// under the organiser's credential. It needs nothing from the vault, so it stays one key per
/// client after retirement deleted the vault's secret (one shared key would let ten bad attempts
/// anywhere lock every organiser out).
pub fn auth_client_key(token: &[u8], initiative: &str, client: &str) -> EdgeResult<String> {
    keyed_client_key(token, "ocs-edge/auth-throttle/v1", initiative, client)
}

/// The wallet routes' limit key for a client: an HMAC of its address (its /64 for IPv6) under
/// the key the wallet's nonces are made with, so those routes need no call to the vault.
pub fn wallet_client_key(key: &[u8], initiative: &str, client: &str) -> EdgeResult<String> {
    keyed_client_key(key, "ocs-edge/wallet-limit/v1", initiative, client)
}

fn keyed_client_key(key: &[u8], label: &str, initiative: &str, client: &str) -> EdgeResult<String> {
    let mut data = initiative.as_bytes().to_vec();
    data.push(0x1f);
    data.extend_from_slice(client_prefix(client).as_bytes());
    let mac = ocs_core::dedupe::labelled_mac(key, label, &data)
        .map_err(|e| EdgeError::Internal(format!("{label} key: {e}")))?;
    Ok(hex::encode(&mac[..16]))
}

/// Whether one more attempt under `key` is allowed. A missing binding is a misconfiguration,
/// never a collector without a limit.
pub async fn allows(env: &Env, key: String) -> EdgeResult<bool> {
    limit(env, BINDING, key).await
}

/// One more attempt under `key` with the limiter bound as `binding`.
pub async fn limit(env: &Env, binding: &str, key: String) -> EdgeResult<bool> {
    let limiter = env.rate_limiter(binding).map_err(|_| {
        EdgeError::Misconfigured(ConfigError::new(
            "ratelimits",
            format!("the rate limiter binding {binding} is missing (wrangler.toml [[ratelimits]])"),
        ))
    })?;
    Ok(limiter.limit(key).await?.success)
}
