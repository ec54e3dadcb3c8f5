//! The ocs-edge collector: a Cloudflare Worker, a thin shell of I/O around `ocs-core`.
//!
//! - [`router`] picks the handler; [`error`] turns every failure into one JSON response;
//! - [`signing`] reads a submission and runs the core's signing step around the bot check
//!   ([`bot_check`]), the per-client limit ([`rate_limit`]), the dedupe key ([`vault`]) and the
//!   shard append ([`shard`]);
//! - [`citizen_pages`] serves the citizen pages (their texts from [`catalogues`]), [`progress`] the figures (from the [`tally`]),
//!   [`organiser`] the organiser API, [`retention`] the cron sweep;
//! - [`config`] reads vars and secrets, [`clock`] the time, [`respond`] builds responses,
//!   [`durable`] carries the calls between Durable Objects and their clients, [`unicode`]
//!   normalises and maps case with the runtime's ICU, [`patterns`] matches the ruleset's
//!   patterns with the runtime's `RegExp`;
//! - [`wallet`] asks for and verifies EU Digital Identity Wallet answers (the core reads them,
//!   [`webcrypto`] has the runtime check their signatures), [`wallet_status`] their revocation.
//!
//! See docs/architecture.md and docs/api.md.
#![forbid(unsafe_code)]
// A panic aborts the request (and resets the isolate): nothing may reach one.
#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::indexing_slicing,
        clippy::panic
    )
)]

mod body;
mod bot_check;
mod catalogues;
mod citizen_pages;
mod clock;
mod config;
mod deployment;
mod durable;
mod edge_cache;
mod error;
mod jurisdiction;
mod load_baseline;
mod log;
mod meter;
mod organiser;
mod patterns;
mod progress;
mod rate_limit;
mod request_url;
mod respond;
mod retention;
mod router;
mod shard;
mod signing;
mod tally;
mod test_hooks;
mod unicode;
mod vault;
mod wallet;
mod wallet_status;
mod webcrypto;

use worker::{
    console_error, event, Context, Env, Request, Response, ScheduleContext, ScheduledEvent,
};

/// When the module is instantiated, before any request, alarm or cron trigger: the runtime's
/// text services take the place of the tables the core leaves out of this build.
#[event(start)]
fn start() {
    unicode::install();
    patterns::install();
}

#[event(fetch)]
async fn fetch(req: Request, env: Env, _ctx: Context) -> worker::Result<Response> {
    router::handle(req, &env).await
}

/// The cron trigger (wrangler.toml `[triggers]`): enforces the retention deadline.
#[event(scheduled)]
async fn scheduled(_event: ScheduledEvent, env: Env, _ctx: ScheduleContext) {
    if let Err(e) = retention::enforce(&env).await {
        console_error!("retention: {e}");
    }
}
