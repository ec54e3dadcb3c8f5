//! Where the Durable Objects run and keep their data: `DATA_JURISDICTION` (docs/operations.md,
//! "Where the data lives"). Every object the collector makes is made in that jurisdiction
//! (Cloudflare's data location for Durable Objects: `namespace.jurisdiction(…)`), so the ledger,
//! the vault and the tally never rest outside it.
//!
//! The same name in another jurisdiction is another object: a jurisdiction cannot be added to a
//! running collection, only chosen before its first signature. The vault records the one in use
//! and refuses any other (src/vault/).

use std::cell::Cell;

use wasm_bindgen::JsCast;
use worker::{Env, ObjectNamespace, Stub};

use crate::config::{ConfigError, Jurisdiction};
use crate::error::{EdgeError, EdgeResult};

thread_local! {
    /// Whether this runtime places objects in jurisdictions: Cloudflare's does; the local
    /// runtime (workerd under `wrangler dev`) has none and says so.
    static ENFORCED: Cell<Option<bool>> = const { Cell::new(None) };
}

/// What the local runtime answers when asked for a jurisdiction.
const NOT_IN_THIS_RUNTIME: &str = "not implemented in workerd";

/// Whether this runtime keeps objects in jurisdictions: false in the local runtime, which has
/// none (there the objects are on this machine, and the collector refuses to serve any other
/// address: [`refusal_for`]).
pub fn in_this_runtime(env: &Env) -> bool {
    if ENFORCED.with(Cell::get).is_none() {
        let _ = namespace(env, "VAULT", Jurisdiction::Eu);
    }
    ENFORCED.with(Cell::get) == Some(true)
}

/// Why the collector must not serve `host` with `jurisdiction`: the runtime cannot keep its
/// objects there and the address is not this machine's.
pub fn refusal_for(env: &Env, jurisdiction: Jurisdiction, host: &str) -> Option<ConfigError> {
    if jurisdiction == Jurisdiction::Unrestricted || crate::config::is_loopback(host) {
        return None;
    }
    (!in_this_runtime(env)).then(|| {
        ConfigError::new(
            "DATA_JURISDICTION",
            format!(
                "this runtime cannot keep the Durable Objects in the jurisdiction {}",
                jurisdiction.name()
            ),
        )
    })
}

/// The namespace of `binding` restricted to `jurisdiction` (workers-rs has no binding for
/// `DurableObjectNamespace.jurisdiction()`, so it is called through the JavaScript object).
fn namespace(env: &Env, binding: &str, jurisdiction: Jurisdiction) -> EdgeResult<ObjectNamespace> {
    let plain = env.durable_object(binding).map_err(|_| {
        EdgeError::Misconfigured(ConfigError::new(
            "durable_objects",
            format!(
                "the {binding} binding is missing (wrangler.toml [[durable_objects.bindings]])"
            ),
        ))
    })?;
    let Some(name) = jurisdiction.runtime_name() else {
        return Ok(plain);
    };
    let method = js_sys::Reflect::get(plain.as_ref(), &"jurisdiction".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        .ok_or_else(|| {
            EdgeError::Misconfigured(ConfigError::new(
                "DATA_JURISDICTION",
                "this runtime has no Durable Object jurisdictions",
            ))
        })?;
    match method.call1(plain.as_ref(), &name.into()) {
        Ok(restricted) => {
            ENFORCED.with(|e| e.set(Some(true)));
            Ok(ObjectNamespace::unchecked_from_js(restricted))
        }
        Err(e) => {
            let why = e
                .dyn_ref::<js_sys::Error>()
                .map(|e| String::from(e.message()))
                .unwrap_or_default();
            if why.contains(NOT_IN_THIS_RUNTIME) {
                // The local runtime: its objects are on this machine whatever is asked, and only
                // this machine is served (`refusal_for`).
                ENFORCED.with(|e| e.set(Some(false)));
                return Ok(plain);
            }
            Err(EdgeError::Misconfigured(ConfigError::new(
                "DATA_JURISDICTION",
                format!("the runtime refuses the jurisdiction {name}: {why}"),
            )))
        }
    }
}

/// The stub of the object named `name` of `binding`, in `jurisdiction`.
pub fn stub(env: &Env, binding: &str, name: &str, jurisdiction: Jurisdiction) -> EdgeResult<Stub> {
    let namespace = namespace(env, binding, jurisdiction)?;
    Ok(namespace.id_from_name(name)?.get_stub()?)
}

/// The stub of the object named `name` of `binding`, in the configured jurisdiction.
pub fn configured_stub(env: &Env, binding: &str, name: &str) -> EdgeResult<Stub> {
    stub(env, binding, name, crate::config::jurisdiction(env)?)
}
