//! What every page shares: the site, the page frame (header, language switcher, footer), the
//! collection period line and member-state names in the page language.

use std::rc::Rc;

use maud::{html, Markup, DOCTYPE};

use crate::campaign::Partner;
use crate::i18n::{Lang, Texts};
use crate::rules::{CollectionStatus, Initiative, Ruleset};
use crate::statement::RawSubmission;

/// Turnstile's client script, the only third-party script a page may load.
pub const TURNSTILE_SCRIPT: &str = "https://challenges.cloudflare.com/turnstile/v0/api.js";

/// The form field carrying the bot-check token. Without a Turnstile site key the page sends a
/// placeholder, which the configured verify endpoint judges like any token (Cloudflare's refuses
/// it; the local development stub accepts it), so the worker itself has no bypass.
pub const BOT_TOKEN_FIELD: &str = "cf-turnstile-response";
/// The action the signing form's widget declares; the worker refuses tokens of another.
pub const TURNSTILE_ACTION: &str = "sign";

/// The placeholder token a form without the Turnstile widget sends.
pub const NO_WIDGET_TOKEN: &str = "no-widget";

/// What every page needs to know.
pub struct Site<'a> {
    /// The page language.
    pub lang: Lang,
    /// The languages the initiative offers (the switcher lists them).
    pub languages: &'a [Lang],
    /// The ruleset (the forms follow it).
    pub rules: &'a Ruleset,
    /// The initiative (title, id, period).
    pub initiative: &'a Initiative,
    /// Turnstile's site key; empty: no widget, the placeholder token is sent.
    pub turnstile_site_key: &'a str,
    /// Whether signing is open today.
    pub status: CollectionStatus,
    /// The collector's own origin (`https://sign.example.eu`), for addresses that leave the
    /// page: sharing links and link previews.
    pub origin: &'a str,
    /// The partner whose link or embed brought the signatory, if it is one of ours: its code
    /// stays in every link of the pages and goes with the statement.
    pub partner: Option<&'a Partner>,
    /// The sites that may show the pages in a frame: a framed page posts its height, and that
    /// a statement was accepted, to these origins only.
    pub embed_origins: &'a [String],
    /// Whether the statements are stored in the European Union (the privacy notice says where).
    pub storage_in_eu: bool,
    /// Whether the collector takes signatures with the EU Digital Identity Wallet
    /// (docs/wallet.md): the form then offers it where the browser can ask a wallet.
    pub wallet: bool,
}

impl Site<'_> {
    /// The texts of the page language.
    pub fn texts(&self) -> Rc<Texts> {
        Texts::of(self.lang)
    }

    /// A path of this site with the partner's code kept in it (`?partner=…` or `&partner=…`).
    pub fn link(&self, path: &str) -> String {
        match self.partner {
            None => path.to_owned(),
            Some(p) if path.contains('?') => format!("{path}&partner={}", p.code),
            Some(p) => format!("{path}?partner={}", p.code),
        }
    }

    /// The same, as an absolute address on the collector's origin.
    pub fn absolute(&self, path: &str) -> String {
        format!("{}{}", self.origin, self.link(path))
    }
}

/// `og:locale` of a page language (the language with its most populous EU country).
fn og_locale(lang: Lang) -> &'static str {
    match lang.code() {
        "bg" => "bg_BG",
        "cs" => "cs_CZ",
        "da" => "da_DK",
        "de" => "de_DE",
        "el" => "el_GR",
        "es" => "es_ES",
        "et" => "et_EE",
        "fi" => "fi_FI",
        "fr" => "fr_FR",
        "ga" => "ga_IE",
        "hr" => "hr_HR",
        "hu" => "hu_HU",
        "it" => "it_IT",
        "lt" => "lt_LT",
        "lv" => "lv_LV",
        "mt" => "mt_MT",
        "nl" => "nl_NL",
        "pl" => "pl_PL",
        "pt" => "pt_PT",
        "ro" => "ro_RO",
        "sk" => "sk_SK",
        "sl" => "sl_SI",
        "sv" => "sv_SE",
        _ => "en_IE",
    }
}

/// The signatory's input to re-render after an error (values are as submitted).
pub trait Values {
    /// The value submitted under `key`.
    fn value(&self, key: &str) -> Option<&str>;
}

impl Values for RawSubmission {
    fn value(&self, key: &str) -> Option<&str> {
        self.get(key)
    }
}

/// No input yet (a fresh form).
pub struct Empty;

impl Values for Empty {
    fn value(&self, _key: &str) -> Option<&str> {
        None
    }
}

/// A notice shown above the form (e.g. the bot check failed; input is kept).
pub enum Notice {
    /// The bot check refused the submission.
    BotCheckFailed,
    /// The bot check could not be made; nothing was stored and the signatory may try again.
    BotCheckUnavailable,
    /// The wallet's answer was refused; nothing was stored.
    WalletRefused(crate::wallet::WalletError),
}

/// `text` without its soft hyphens: the break points a catalogue puts in long words belong in the
/// page's flowing text, not in a title, a link preview or a badge, where nothing wraps.
pub(crate) fn unbroken(text: &str) -> String {
    text.replace('\u{ad}', "")
}

/// What every page's `<head>` starts with: encoding, viewport, title, description, the style
/// sheet, and no favicon request (one round trip less on a phone).
pub(crate) fn head_basics(site: &Site, page_title: &str) -> Markup {
    let description = unbroken(
        &site
            .texts()
            .with("meta-description", &[("title", &site.initiative.title)]),
    );
    html! {
        meta charset="utf-8";
        meta name="viewport" content="width=device-width, initial-scale=1";
        title { (unbroken(page_title)) }
        meta name="description" content=(description);
        link rel="stylesheet" href="/assets/style.css";
        link rel="icon" href="data:,";
    }
}

pub(crate) fn layout(site: &Site, title: &str, path_after_lang: &str, body: Markup) -> Markup {
    let t = site.texts();
    let description = unbroken(&t.with("meta-description", &[("title", &site.initiative.title)]));
    let page_title = unbroken(&format!("{title} — {}", site.initiative.title));
    let url = site.absolute(&format!("/{}/{path_after_lang}", site.lang.code()));
    let embed = site.embed_origins.join(" ");
    html! {
        (DOCTYPE)
        html lang=(site.lang.code()) {
            head {
                (head_basics(site, &page_title))
                // Link previews where the page is shared, in the page's language.
                meta property="og:type" content="website";
                meta property="og:title" content=(page_title);
                meta property="og:description" content=(description);
                meta property="og:url" content=(url);
                meta property="og:site_name" content=(site.initiative.title);
                meta property="og:locale" content=(og_locale(site.lang));
                meta name="twitter:card" content="summary";
                meta name="twitter:title" content=(page_title);
                meta name="twitter:description" content=(description);
                script src="/assets/sign.js" defer {}
            }
            // Which sites the page talks to when framed (sign.js), and whether it may tell them
            // that a statement was accepted (only a partner that asked for it).
            body data-embed=[(!embed.is_empty()).then_some(&embed)]
                data-embed-accepted=[(!embed.is_empty() && site.partner.is_some_and(|p| p.acceptance_message)).then_some("")] {
                a class="skip" href="#main" { (t.get("skip-to-content")) }
                header {
                    p class="initiative" {
                        a href=(site.link(&format!("/{}/", site.lang.code()))) { (site.initiative.title) }
                    }
                    nav aria-label=(t.get("language").trim_end_matches([':', ' ', '\u{a0}'])) {
                        details {
                            summary { (t.get("language")) " " span lang=(site.lang.code()) { (site.lang.autonym()) } }
                            ul {
                                @for lang in site.languages {
                                    li {
                                        a href=(site.link(&format!("/{}/{path_after_lang}", lang.code()))) lang=(lang.code()) hreflang=(lang.code())
                                            aria-current=[(*lang == site.lang).then_some("true")] { (lang.autonym()) }
                                    }
                                }
                            }
                        }
                    }
                }
                main id="main" tabindex="-1" { (body) }
                footer {
                    p {
                        (t.with("footer-initiative", &[("id", &site.initiative.id)])) " "
                        a href=(site.link(&format!("/{}/progress", site.lang.code()))) { (t.get("progress-link")) }
                        " · " a href=(site.initiative.register_url) { (t.get("official-register")) }
                        " · " a href=(site.link(&format!("/{}/privacy", site.lang.code()))) { (t.get("notice-title")) }
                    }
                }
            }
        }
    }
}

/// The collection period, as a line of its own (the landing and closed pages).
pub(crate) fn period(site: &Site) -> Markup {
    let t = site.texts();
    let start = t.date(site.initiative.collection_start);
    let end = t.date(site.initiative.collection_end);
    html! {
        p { (t.get("particular-period")) " " (t.with("date-range", &[("start", &start), ("end", &end)])) }
    }
}

/// A member state's name in the page language.
pub fn state_name(texts: &Texts, iso: &str) -> String {
    texts.get(&format!("state-{iso}"))
}

/// The member states as (code, name in the page language), in that language's alphabetical
/// order (accents ignored, which is close enough to each language's collation for 27 names).
pub(crate) fn states_by_name(site: &Site) -> Vec<(String, String)> {
    let t = site.texts();
    let mut states: Vec<(String, String)> = site
        .rules
        .states
        .keys()
        .map(|iso| (iso.clone(), state_name(&t, iso)))
        .collect();
    states.sort_by_cached_key(|(_, name)| sort_key(site.lang, name));
    states
}

/// The key place names sort by in a page language: marks and case ignored, Maltese articles
/// skipped.
pub(crate) fn sort_key(lang: Lang, name: &str) -> String {
    use crate::normalize::{unmarked_lower, Form};
    // Maltese names start with the article ("L-Awstrija", "Is-Slovakkja", "ir-Renju Unit"):
    // sort on the noun.
    let noun = match name.split_once('-') {
        Some((article, rest)) if lang.code() == "mt" && article.chars().count() <= 3 => rest,
        _ => name,
    };
    unmarked_lower(noun, Form::Nfd)
}
