//! `/{lang}/privacy`: what the collector processes beyond the statement Annex III's privacy
//! statement covers: the bot check, the limit on repeated attempts, the public log, the e-mail
//! address given with consent, the hosting provider, records and cookies; what, why, how long
//! and by whom, and whom to contact. Every form links to it.

use maud::{html, Markup};

use super::layout::{layout, Site};
use super::particulars::controller;

/// The sections of the notice: (heading, text) catalogue ids, in the page's order.
pub const NOTICE_SECTIONS: [(&str, &str); 7] = [
    ("notice-statement-heading", "notice-statement"),
    ("notice-bot-heading", "notice-bot"),
    ("notice-limit-heading", "notice-limit"),
    ("notice-log-heading", "notice-log"),
    ("notice-email-heading", "notice-email"),
    ("notice-hosting-heading", "notice-hosting"),
    ("notice-records-heading", "notice-records"),
];

/// The privacy notice in the page language.
pub fn privacy_notice(site: &Site) -> Markup {
    let t = site.texts();
    let title = t.get("notice-title");
    let region = if site.storage_in_eu { "eu" } else { "other" };
    layout(
        site,
        &title,
        "privacy",
        html! {
            h1 { (title) }
            p { (t.get("notice-intro")) }
            @for (heading, text) in NOTICE_SECTIONS {
                h2 { (t.get(heading)) }
                p { (t.with(text, &[("where", region)])) }
            }
            h2 { (t.get("notice-rights-heading")) }
            p { (t.get("notice-rights")) }
            (controller(site))
            p { a href=(site.link(&format!("/{}/", site.lang.code()))) { (t.get("back-to-initiative")) } }
        },
    )
}
