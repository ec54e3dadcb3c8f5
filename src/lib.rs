//! ocs-edge: an online collection system for statements of support.
//!
//! This crate's core is platform-free and builds natively and for `wasm32-unknown-unknown`:
//! - [`rules`]: the ruleset as data (Annex III fields per member state, ages, thresholds);
//! - [`statement`]: parsing, normalisation, validation, canonical plaintext;
//! - [`dedupe`]: the keyed token that refuses a second statement from the same person;
//! - [`envelope`] and [`keys`]: the HPKE envelope and the organiser's keys;
//! - [`ledger`]: the ledger row and its hash chain, shared by the worker and the CLI.
//!
//! The organiser CLI (`ocs`, native only) is a thin shell over it; see [`keyfile`] for the
//! passphrase-protected secret key file.
#![forbid(unsafe_code)]

pub mod checksum;
pub mod dates;
pub mod dedupe;
pub mod duplicates;
pub mod envelope;
pub mod i18n;
pub mod keys;
pub mod ledger;
pub mod normalize;
pub mod pages;
pub mod rules;
pub mod statement;

#[cfg(not(target_arch = "wasm32"))]
pub mod bundle;
#[cfg(not(target_arch = "wasm32"))]
pub mod export;
#[cfg(not(target_arch = "wasm32"))]
pub mod keyfile;

#[cfg(target_arch = "wasm32")]
mod edge;

pub use envelope::{Binding, Purpose};
pub use keys::{PublicKey, SecretKey, Suite};
pub use rules::{Field, Initiative, Ruleset};
pub use statement::{Context, RawSubmission, Statement, StatementId, ValidationError};
