//! The ledger shards: the Durable Object ([`object`]), its typed client ([`client`]) and what
//! they exchange ([`protocol`]).

mod append;
pub mod client;
pub mod object;
pub mod protocol;
pub mod tree;

pub use client::ShardClient;
pub use protocol::{Appended, Receipt};
