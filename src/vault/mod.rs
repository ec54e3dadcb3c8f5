//! The vault: a Durable Object that holds the worker's dedupe key and the transparency log's
//! key, so the worker can destroy them, and the settings a collection began with, so no later
//! deployment can quietly change where its data lives, which ruleset it applies or how it
//! shards ([`object`]); its typed client ([`client`]) and what they exchange ([`protocol`]).

pub mod client;
pub mod object;
pub mod protocol;

pub use client::VaultClient;
pub use protocol::Settings;
