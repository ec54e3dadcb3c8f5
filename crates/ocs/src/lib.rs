//! The organiser's toolkit for ocs-edge, native only: the `ocs` command line ([`cli`]) and what
//! it is made of, over the platform-free `ocs-core`:
//! - [`keyfile`]: the passphrase-protected secret key file;
//! - [`bundle`]: the local, still encrypted copy of the ledger that `ocs pull` writes;
//! - [`check`]: a bundle's integrity, checked as its rows are read;
//! - [`bundle_log`]: what the bundle keeps of the collector's transparency log;
//! - [`collector`]: the collector's HTTP API, typed and never trusted;
//! - [`log_client`]: the collector's transparency log, every checkpoint and tile checked;
//! - [`log_check`]: the bundle held against the log, offline and online;
//! - [`decrypt`]: every row of a bundle opened in parallel batches;
//! - [`handover`]: opening rows with the organiser's key and writing the hand-over files;
//! - [`repeats`]: statement ids and dedupe tokens that appear twice in a bundle;
//! - [`duplicates`]: exact and near duplicates found after decryption.

// Files and collector answers control much of what this crate reads: a panic on them would be
// a crash instead of a message.
#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::indexing_slicing,
        clippy::panic
    )
)]

pub mod bundle;
pub mod bundle_log;
pub mod check;
pub mod cli;
pub mod collector;
pub mod decrypt;
pub mod duplicates;
pub mod handover;
pub mod keyfile;
pub mod log_check;
pub mod log_client;
pub mod repeats;
