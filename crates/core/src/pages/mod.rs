//! Server-rendered pages: landing, the Annex III form for one nationality (works without
//! JavaScript), field errors next to their fields with the input kept, confirmation, the
//! closed-collection page, the progress page and the page that checks receipts. Pure functions from data to HTML (maud escapes
//! every value), so they are tested natively; the worker only picks the page and the status
//! code. Every text comes from the page language's catalogue ([`crate::i18n`]).

pub mod check;
pub mod counter;
pub mod ids;
pub mod info;
pub mod layout;
pub mod notice;
pub mod paper;
pub mod particulars;
pub mod progress;
pub mod sign;

pub use check::check;
pub use counter::{counter_badge, counter_page, Count};
pub use ids::{document_id, error_id, error_message, label_id};
pub use info::{closed, confirmation, landing, message};
pub use layout::{
    state_name, Empty, Notice, Site, Values, BOT_TOKEN_FIELD, NO_WIDGET_TOKEN, TURNSTILE_ACTION,
    TURNSTILE_SCRIPT,
};
pub use notice::privacy_notice;
pub use paper::paper;
pub use particulars::PRIVACY_PARAGRAPHS;
pub use progress::progress;
pub use sign::{choose, form, form_fragment};
