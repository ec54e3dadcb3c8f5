//! The vault: a Durable Object that holds the worker's dedupe key, so the worker can destroy it.
//!
//! The key (32 random bytes) is made inside the vault on first use and never leaves Cloudflare.
//! Each isolate fetches it once and keeps it in memory. When the retention deadline passes, the
//! cron retires the vault: the key is deleted (deleteAll) and a retired marker stays, so no new
//! key is ever made and signing stays closed. A wrangler secret could not be deleted by the worker
//! itself; this can.

use std::cell::RefCell;
use std::rc::Rc;

use crate::dedupe::DedupeSecret;
use serde::Deserialize;
use worker::*;

const SCHEMA: &str =
    "CREATE TABLE IF NOT EXISTS vault (name TEXT PRIMARY KEY, value TEXT NOT NULL)";

#[durable_object]
pub struct Vault {
    state: State,
}

#[derive(Deserialize)]
struct Entry {
    name: String,
    value: String,
}

impl DurableObject for Vault {
    fn new(state: State, _env: Env) -> Self {
        if let Err(e) = state.storage().sql().exec(SCHEMA, None) {
            console_error!("vault schema: {e}");
        }
        Vault { state }
    }

    async fn fetch(&self, req: Request) -> Result<Response> {
        let sql = self.state.storage().sql();
        match (req.method(), req.path().as_str()) {
            (Method::Get, "/dedupe-key") => {
                let entries: Vec<Entry> = sql
                    .exec("SELECT name, value FROM vault", None)?
                    .to_array()?;
                if let Some(retired) = entries.iter().find(|e| e.name == "retired") {
                    return Response::error(format!("retired at {}", retired.value), 410);
                }
                if let Some(key) = entries.iter().find(|e| e.name == "dedupe_key") {
                    return Response::ok(key.value.clone());
                }
                // No await between the read above and this insert: no other request interleaves.
                let mut key = zeroize::Zeroizing::new([0u8; 32]);
                getrandom::fill(&mut key[..]).map_err(|e| Error::RustError(e.to_string()))?;
                let hex_key = zeroize::Zeroizing::new(hex::encode(&key[..]));
                sql.exec(
                    "INSERT INTO vault (name, value) VALUES ('dedupe_key', ?)",
                    vec![hex_key.as_str().into()],
                )?;
                Response::ok(hex_key.as_str())
            }
            (Method::Post, "/retire") => {
                let at = crate::dates::format_timestamp(super::pipeline::now()?);
                self.state.storage().delete_all().await?;
                sql.exec(SCHEMA, None)?;
                sql.exec(
                    "INSERT INTO vault (name, value) VALUES ('retired', ?)",
                    vec![at.clone().into()],
                )?;
                Response::ok(at)
            }
            _ => Response::error("not found", 404),
        }
    }
}

thread_local! {
    /// The key as fetched by this isolate (workers run one isolate per thread).
    static CACHED: RefCell<Option<Rc<DedupeSecret>>> = const { RefCell::new(None) };
}

fn stub(env: &Env) -> Result<Stub> {
    env.durable_object("VAULT")?
        .id_from_name("vault")?
        .get_stub()
}

/// The dedupe key, or `None` once the vault was retired (retention deadline passed).
pub async fn dedupe_secret(env: &Env) -> Result<Option<Rc<DedupeSecret>>> {
    if let Some(cached) = CACHED.with(|c| c.borrow().clone()) {
        return Ok(Some(cached));
    }
    let mut response = stub(env)?
        .fetch_with_str("https://vault/dedupe-key")
        .await?;
    match response.status_code() {
        200 => {
            let hex_key = zeroize::Zeroizing::new(response.text().await?);
            let secret = Rc::new(
                DedupeSecret::from_hex(&hex_key).map_err(|e| Error::RustError(e.to_string()))?,
            );
            CACHED.with(|c| *c.borrow_mut() = Some(secret.clone()));
            Ok(Some(secret))
        }
        410 => Ok(None),
        other => Err(Error::RustError(format!("vault answered {other}"))),
    }
}

/// Deletes the dedupe key for good (the retention sweep).
pub async fn retire(env: &Env) -> Result<()> {
    let mut init = RequestInit::new();
    init.with_method(Method::Post);
    let request = Request::new_with_init("https://vault/retire", &init)?;
    let response = stub(env)?.fetch_with_request(request).await?;
    CACHED.with(|c| *c.borrow_mut() = None);
    match response.status_code() {
        200 => Ok(()),
        other => Err(Error::RustError(format!("vault answered {other}"))),
    }
}
