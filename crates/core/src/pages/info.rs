//! The short pages: the landing page, the closed-collection page, messages and the
//! confirmation.

use maud::{html, Markup};

use super::layout::{layout, period, Site};
use super::sign::nationality_choice;
use crate::i18n::Texts;
use crate::rules::CollectionStatus;

/// `/{lang}/`: the initiative and the nationality choice.
pub fn landing(site: &Site) -> Markup {
    let t = site.texts();
    layout(
        site,
        &t.get("support-title"),
        "",
        html! {
            h1 { (site.initiative.title) }
            p { (t.get("registration-number")) " " strong { (site.initiative.id) } }
            (period(site))
            @match site.status {
                CollectionStatus::Open => {
                    p { (t.get("landing-intro")) }
                    (nationality_choice(site, None))
                }
                status => (closed_text(&t, status)),
            }
        },
    )
}

fn closed_text(t: &Texts, status: CollectionStatus) -> Markup {
    html! {
        p class="closed" role="status" {
            @if status == CollectionStatus::NotStarted { (t.get("not-started")) } @else { (t.get("ended")) }
        }
    }
}

/// The page for signing attempts outside the collection period (served with 410).
pub fn closed(site: &Site) -> Markup {
    let t = site.texts();
    layout(
        site,
        &t.get("closed-title"),
        "sign",
        html! {
            h1 { (t.get("closed-title")) }
            (period(site))
            (closed_text(&t, site.status))
        },
    )
}

/// A short page with a heading and a message (duplicate, errors outside the form), both given
/// as catalogue ids.
pub fn message(site: &Site, heading_id: &str, text_id: &str) -> Markup {
    let t = site.texts();
    let heading = t.get(heading_id);
    layout(
        site,
        &heading,
        "",
        html! {
            h1 { (heading) }
            p { (t.get(text_id)) }
            p { a href={ "/" (site.lang.code()) "/" } { (t.get("back-to-initiative")) } }
        },
    )
}

/// The confirmation page with the statement id (needed to ask for the statement's erasure).
/// With `receipt` (the transparency log's receipt, JSON), a link to download it and one to the
/// page that checks receipts.
pub fn confirmation(site: &Site, statement_id: &str, receipt: Option<&str>) -> Markup {
    use base64::Engine as _;
    let t = site.texts();
    layout(
        site,
        &t.get("thanks-title"),
        "",
        html! {
            h1 { (t.get("thanks-heading")) }
            p { (t.get("thanks-stored")) }
            p { (t.get("statement-number")) " " code id="statement-id" { (statement_id) } }
            p class="hint" { (t.get("statement-number-hint")) }
            @if let Some(receipt) = receipt {
                h2 { (t.get("check-title")) }
                p { (t.get("receipt-text")) }
                p {
                    // A data: link downloads the receipt the page already holds: nothing is
                    // stored for it, and no script is needed.
                    a id="receipt-download" download={ "receipt-" (statement_id) ".json" }
                        href={ "data:application/json;base64," (base64::engine::general_purpose::STANDARD.encode(receipt)) } {
                        (t.get("receipt-download"))
                    }
                    " · "
                    a href={ "/" (site.lang.code()) "/check" } { (t.get("receipt-check-link")) }
                }
            }
        },
    )
}
