//! The per-client signing limit (wrangler.toml `[[ratelimits]]`).

use ocs_core::dedupe::DedupeSecret;
use worker::Env;

use crate::error::{EdgeError, EdgeResult};

/// The rate limiter binding.
const BINDING: &str = "SIGNING_LIMITER";

/// The rate-limit key: an HMAC of the client address under the vault's key, so the limiter
/// never holds the address nor anything a guess of it could be checked against.
pub fn client_key(secret: &DedupeSecret, initiative: &str, client: &str) -> EdgeResult<String> {
    let mut data = initiative.as_bytes().to_vec();
    data.push(0x1f);
    data.extend_from_slice(client.as_bytes());
    let mac = secret
        .mac("ocs-edge/rate-limit/v1", &data)
        .map_err(|e| EdgeError::Internal(format!("rate-limit key: {e}")))?;
    Ok(hex::encode(&mac[..16]))
}

/// Whether one more attempt under `key` is allowed (true when no limiter is bound).
pub async fn allows(env: &Env, key: String) -> EdgeResult<bool> {
    match env.rate_limiter(BINDING) {
        Ok(limiter) => Ok(limiter.limit(key).await?.success),
        Err(_) => Ok(true),
    }
}
