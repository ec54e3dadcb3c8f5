//! The short pages: the landing page, the closed-collection page, messages and the
//! confirmation.

use maud::{html, Markup};

use super::layout::{layout, period, Site};
use super::particulars::{particulars, privacy_statement};
use super::sign::{nationality_choice, partner_note};
use crate::i18n::Texts;
use crate::rules::CollectionStatus;

/// `/{lang}/`: the initiative and the nationality choice, with `selected` preselected (one a
/// link named, or one suggested from where the request comes from).
pub fn landing(site: &Site, selected: Option<&str>) -> Markup {
    let t = site.texts();
    layout(
        site,
        &t.get("support-title"),
        "",
        html! {
            h1 { (site.initiative.title) }
            p { (t.get("particular-registration")) " " strong { (site.initiative.id) } }
            (period(site))
            @match site.status {
                CollectionStatus::Open => {
                    p { (t.get("landing-intro")) }
                    (partner_note(site))
                    (nationality_choice(site, selected, "sign"))
                    p class="hint paper-link" {
                        a href=(site.link(&format!("/{}/paper", site.lang.code()))) { (t.get("paper-link")) }
                    }
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

/// The confirmation page with the statement id (needed to ask for the statement's erasure),
/// the initiative's particulars for the signatory's nationality (`iso`) and the privacy
/// statement. With `receipt` (the transparency log's receipt, JSON), a link to download it and
/// one to the page that checks receipts.
pub fn confirmation(
    site: &Site,
    iso: Option<&str>,
    statement_id: &str,
    receipt: Option<&str>,
) -> Markup {
    use base64::Engine as _;
    let t = site.texts();
    layout(
        site,
        &t.get("thanks-title"),
        "",
        html! {
            h1 { (t.get("thanks-heading")) }
            p { (t.get("thanks-stored")) }
            p { (t.get("statement-number")) }
            p class="statement-id" { code id="statement-id" { (statement_id) } }
            p class="hint" { (t.get("statement-number-hint")) }
            (share(site))
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
            (particulars(site, iso))
            (privacy_statement(site, true))
        },
    )
}

fn encoded(text: &str) -> String {
    form_urlencoded::byte_serialize(text.as_bytes()).collect()
}

/// Asking others to sign: plain links (nothing is loaded from the networks until someone follows
/// one) and, where the browser has one, its own share sheet (`sign.js`). The partner stays in the
/// shared address.
fn share(site: &Site) -> Markup {
    let t = site.texts();
    let url = site.absolute(&format!("/{}/", site.lang.code()));
    let text = t.with("share-text", &[("title", &site.initiative.title)]);
    let (u, m) = (encoded(&url), encoded(&format!("{text} {url}")));
    let links = [
        (
            t.get("share-email"),
            format!(
                "mailto:?subject={}&body={m}",
                encoded(&site.initiative.title)
            ),
        ),
        ("WhatsApp".to_owned(), format!("https://wa.me/?text={m}")),
        (
            "Telegram".to_owned(),
            format!("https://t.me/share/url?url={u}&text={}", encoded(&text)),
        ),
        (
            "Facebook".to_owned(),
            format!("https://www.facebook.com/sharer/sharer.php?u={u}"),
        ),
        (
            "X".to_owned(),
            format!("https://x.com/intent/post?text={}&url={u}", encoded(&text)),
        ),
        (
            "LinkedIn".to_owned(),
            format!("https://www.linkedin.com/sharing/share-offsite/?url={u}"),
        ),
        (
            "Bluesky".to_owned(),
            format!("https://bsky.app/intent/compose?text={m}"),
        ),
    ];
    html! {
        section class="share" aria-labelledby="share-heading" {
            h2 id="share-heading" { (t.get("share-heading")) }
            p { (text) }
            button type="button" id="share-native" hidden
                data-title=(site.initiative.title) data-text=(text) data-url=(url) { (t.get("share-more")) }
            ul class="share-links" {
                @for (name, href) in &links {
                    li { a href=(href) target="_blank" rel="noopener noreferrer" { (name) } }
                }
            }
            p class="hint" { (t.get("share-hint")) }
            p { input type="text" id="share-url" readonly value=(url) aria-label=(t.get("share-address")); }
        }
    }
}
