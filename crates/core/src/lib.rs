//! ocs-core: the platform-free core of ocs-edge, an online collection system for statements of
//! support. It builds natively and for `wasm32-unknown-unknown`; the collector (the worker at the
//! repository root) and the organiser CLI (`crates/ocs`) are thin shells of I/O around it.
//!
//! - [`rules`]: the ruleset as data (Annex III fields per member state, ages, thresholds), the
//!   initiative, retention deadlines and progress against the thresholds;
//! - [`statement`]: what a client sent, its validation, and the canonical plaintext;
//! - [`signing`]: the whole pure signing step, validate → dedupe token → seal → ledger row;
//! - [`dedupe`]: the keyed token that refuses a second statement from the same person;
//! - [`envelope`] and [`keys`]: the HPKE envelope and the organiser's keys;
//! - [`ledger`]: the ledger row and its hash chain, shared by the worker and the CLI;
//! - [`i18n`] and [`pages`]: the 24 page languages and the server-rendered citizen pages;
//! - [`campaign`]: partners and the sites that may embed the pages;
//! - [`api`]: the organiser API's wire types and limits, for the worker and the CLI.
//! - [`wallet`]: what a signature with the EU Digital Identity Wallet is asked and must prove.
//!
//! See docs/architecture.md for how the crates fit together.
#![forbid(unsafe_code)]
// Nothing a request or a file controls may reach a panic: the worker would abort the request.
#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::indexing_slicing,
        clippy::panic
    )
)]

pub mod api;
pub mod campaign;
pub mod checksum;
pub mod dates;
pub mod dedupe;
pub mod envelope;
pub mod i18n;
pub mod keys;
pub mod ledger;
pub mod local_format;
pub mod normalize;
pub mod pages;
pub mod receiver;
pub mod rules;
pub mod signing;
pub mod statement;
pub mod transparency;
pub mod wallet;

pub use envelope::{Binding, Purpose};
pub use keys::{PublicKey, SecretKey, Suite};
pub use rules::{Field, Initiative, Ruleset};
pub use statement::{RawSubmission, Statement, StatementId, ValidationError, Validator};
