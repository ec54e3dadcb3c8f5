//! `/{lang}/check`: the page that checks a receipt against the public log. The check runs in the
//! browser (`/assets/check.js`: it reads the receipt file, fetches the shard's checkpoint and
//! tiles, and verifies the signature and the inclusion); without JavaScript the page says how to
//! run the same check with `ocs receipt verify`.

use maud::{html, Markup};

use super::layout::{layout, Site};

/// The check page; `site_url` is this collector's address, for the `ocs` command.
pub fn check(site: &Site, site_url: &str) -> Markup {
    let t = site.texts();
    // The script puts the figures in place of these marks (private-use characters no catalogue
    // has).
    let ok_detail = t.with(
        "check-ok-detail",
        &[
            ("leaf", "\u{e001}"),
            ("size", "\u{e002}"),
            ("shard", "\u{e003}"),
        ],
    );
    layout(
        site,
        &t.get("check-title"),
        "check",
        html! {
            h1 { (t.get("check-heading")) }
            p { (t.get("check-intro")) }
            div id="check-nojs" {
                p { (t.get("check-nojs")) }
                pre { code { "ocs receipt verify receipt.json --url " (site_url) } }
            }
            form id="check-form" hidden
                data-ok=(t.get("check-ok")) data-ok-detail=(ok_detail)
                data-fail=(t.get("check-fail")) data-fail-file=(t.get("check-fail-file"))
                data-fail-unreachable=(t.get("check-fail-unreachable"))
                data-fail-missing=(t.with("check-fail-missing", &[("contact", &site.initiative.controller_contact)])) {
                p class="field" {
                    label for="receipt-file" { (t.get("check-file")) }
                    input type="file" id="receipt-file" name="receipt" accept=".json,application/json";
                }
                p { button type="submit" { (t.get("check-button")) } }
            }
            div id="check-result" role="status" aria-live="polite" {}
            script src="/assets/check.js" defer {}
        },
    )
}
