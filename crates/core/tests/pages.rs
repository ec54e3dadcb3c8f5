//! The server-rendered pages: every nationality's form asks exactly its Annex III fields, errors
//! sit next to their fields with the input kept, values are escaped, and no page carries inline
//! script or style (so the CSP needs no 'unsafe-inline').

use ocs_testkit as common;

use common::*;
use ocs_core::i18n::{Lang, LANGUAGES};
use ocs_core::pages::{self, Empty, Notice, Site};
use ocs_core::rules::{CollectionStatus, Field};
use ocs_core::statement::{ErrorCode, FieldError};
use ocs_core::{Initiative, RawSubmission};

fn site<'a>(initiative: &'a Initiative, status: CollectionStatus, key: &'a str) -> Site<'a> {
    static ALL: std::sync::OnceLock<Vec<Lang>> = std::sync::OnceLock::new();
    Site {
        lang: Lang::ENGLISH,
        languages: ALL.get_or_init(Lang::all),
        rules: rules(),
        initiative,
        turnstile_site_key: key,
        status,
        origin: "https://sign.example.eu",
        partner: None,
        embed_origins: &[],
        storage_in_eu: true,
        wallet: false,
    }
}

fn form_for(code: &str, values: &dyn pages::Values, errors: &[FieldError]) -> String {
    let initiative = initiative();
    let site = site(&initiative, CollectionStatus::Open, "");
    let (iso, state) = rules().resolve_nationality(code).unwrap();
    pages::form(&site, iso, state, values, errors, None).into_string()
}

/// The names of the form's inputs, selects and radio groups.
fn input_names(html: &str) -> Vec<String> {
    let mut names: Vec<String> = html
        .split("name=\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .map(str::to_owned)
        .filter(|n| n != "viewport" && n != "description" && !n.contains(':'))
        .collect();
    names.sort();
    names.dedup();
    names
}

#[test]
fn every_form_asks_exactly_the_annex_iii_fields_of_its_nationality() {
    for (iso, state) in &rules().states {
        let html = form_for(iso, &Empty, &[]);
        let mut expected: Vec<String> = state
            .required_fields()
            .iter()
            .map(|f| f.as_str().to_owned())
            .chain(
                [
                    "nationality",
                    "email",
                    "email_consent",
                    "declaration",
                    "cf-turnstile-response",
                ]
                .map(str::to_owned),
            )
            .collect();
        expected.sort();
        assert_eq!(input_names(&html), expected, "form for {iso}");
        assert!(html.contains(&format!("value=\"{iso}\"")), "{iso}");
        for field in Field::all() {
            if !state.required_fields().contains(&field) {
                assert!(!html.contains(&format!("name=\"{}\"", field.as_str())));
            }
        }
    }
}

#[test]
fn every_input_has_a_label() {
    for iso in rules().states.keys() {
        let html = form_for(iso, &Empty, &[]);
        for chunk in html.split("<input").skip(1) {
            let tag = chunk.split('>').next().unwrap();
            if tag.contains("type=\"hidden\"") {
                continue;
            }
            let id = tag
                .split("id=\"")
                .nth(1)
                .unwrap()
                .split('"')
                .next()
                .unwrap();
            assert!(
                html.contains(&format!("<label for=\"{id}\"")),
                "{iso}: input {id} has no label"
            );
        }
    }
}

#[test]
fn errors_are_shown_next_to_their_fields_with_the_input_kept() {
    let pairs = with(
        &part_b("PL", "", "44051401458"),
        "id_number",
        Some("44051401459"),
    );
    let raw = RawSubmission::from_pairs(pairs.iter().map(|(k, v)| (*k, v.clone())));
    let errors = vec![FieldError::new("id_number", ErrorCode::Checksum)];
    let html = form_for("PL", &raw, &errors);
    assert!(html.contains("value=\"44051401459\""), "input kept");
    assert!(html.contains("id=\"f-id_number-error\""));
    assert!(html.contains("aria-invalid=\"true\""));
    assert!(html.contains("aria-describedby=\"f-id_number-hint f-id_number-error\""));
    assert!(
        html.contains("href=\"#f-id_number\""),
        "summary links to the field"
    );
    assert!(html.contains(&pages::error_message(ErrorCode::Checksum)));
    let first_name = raw.get("full_first_names").unwrap();
    assert!(html.contains(&format!("value=\"{first_name}\"")));
}

#[test]
fn an_unusual_number_offers_the_confirmation_box() {
    let errors = vec![FieldError::new("id_number", ErrorCode::UnusualFormat)];
    assert!(form_for("AT", &Empty, &errors).contains("name=\"id_number_confirmed\""));
    assert!(!form_for("AT", &Empty, &[]).contains("name=\"id_number_confirmed\""));
}

#[test]
fn submitted_values_are_escaped() {
    let raw = RawSubmission::from_pairs([
        ("nationality", "DE"),
        ("full_first_names", "\"><script>alert(1)</script>"),
    ]);
    let html = form_for("DE", &raw, &[]);
    assert!(!html.contains("<script>alert"));
    assert!(html.contains("&quot;&gt;&lt;script&gt;"));
}

#[test]
fn no_page_has_inline_script_or_style() {
    let initiative = initiative();
    for key in ["", "0x4AAAAAAA-site-key"] {
        let open = site(&initiative, CollectionStatus::Open, key);
        let ended = site(&initiative, CollectionStatus::Ended, key);
        let (iso, state) = rules().resolve_nationality("FR").unwrap();
        let errors = [FieldError::new(
            "declaration",
            ErrorCode::DeclarationRequired,
        )];
        for html in [
            pages::landing(&open, None),
            pages::landing(&ended, None),
            pages::choose(&open, Some("XX")),
            pages::closed(&ended),
            pages::confirmation(
                &open,
                Some("DE"),
                "6f1c2d3e-0000-4000-8000-000000000000",
                Some("{}"),
            ),
            pages::check(&open, "https://sign.example.eu"),
            pages::message(&open, "duplicate-title", "duplicate-text"),
            pages::progress(
                &open,
                &rules()
                    .progress(initiative.registration_date, &Default::default())
                    .unwrap(),
            ),
            pages::form(
                &open,
                iso,
                state,
                &Empty,
                &errors,
                Some(Notice::BotCheckFailed),
            ),
        ]
        .map(|m| m.into_string())
        {
            assert!(html.starts_with("<!DOCTYPE html><html lang=\"en\">"));
            for script in html.split("<script").skip(1) {
                let tag = script.split('>').next().unwrap();
                assert!(tag.contains("src="), "inline script: {tag}");
            }
            assert!(!html.contains("<style") && !html.contains(" style="));
            for handler in [" onclick=", " onload=", " onchange=", " onsubmit="] {
                assert!(!html.contains(handler), "inline handler {handler}");
            }
        }
    }
}

#[test]
fn the_turnstile_widget_appears_only_with_a_site_key() {
    let initiative = initiative();
    let (iso, state) = rules().resolve_nationality("IE").unwrap();
    let with_key = site(&initiative, CollectionStatus::Open, "site-key-1");
    let html = pages::form(&with_key, iso, state, &Empty, &[], None).into_string();
    assert!(html.contains("data-sitekey=\"site-key-1\""));
    assert!(html.contains(pages::TURNSTILE_SCRIPT));
    let without = form_for("IE", &Empty, &[]);
    assert!(!without.contains(pages::TURNSTILE_SCRIPT));
    assert!(without.contains(&format!("value=\"{}\"", pages::NO_WIDGET_TOKEN)));
}

#[test]
fn closed_pages_say_why() {
    let initiative = initiative();
    let early = pages::closed(&site(&initiative, CollectionStatus::NotStarted, "")).into_string();
    assert!(early.contains("has not started yet"));
    let late = pages::landing(&site(&initiative, CollectionStatus::Ended, ""), None).into_string();
    assert!(late.contains("has ended"));
    assert!(
        !late.contains("name=\"nationality\""),
        "no way to sign when closed"
    );
}

#[test]
fn every_page_links_all_24_languages() {
    let initiative = initiative();
    let html = pages::landing(&site(&initiative, CollectionStatus::Open, ""), None).into_string();
    for (code, _) in LANGUAGES {
        assert!(html.contains(&format!("href=\"/{code}/\"")), "{code}");
    }
}

#[test]
fn languages_come_from_the_url_or_accept_language() {
    assert_eq!(LANGUAGES.len(), 24);
    assert_eq!(Lang::from_code("ga").map(Lang::code), Some("ga"));
    assert_eq!(Lang::from_code("GA"), None, "one address per page");
    assert_eq!(Lang::from_code("ru"), None);
    assert_eq!(Lang::negotiate("de-AT,de;q=0.9,en;q=0.8").code(), "de");
    assert_eq!(Lang::negotiate("ru, fr;q=0.5, pl;q=0.7").code(), "pl");
    assert_eq!(Lang::negotiate("fr;q=0, it;q=0.1").code(), "it");
    assert_eq!(Lang::negotiate("").code(), "en");
    assert_eq!(Lang::negotiate("*").code(), "en");
}

#[test]
fn an_initiative_may_offer_fewer_languages() {
    let offered = Lang::parse_list("de, fr mt").unwrap();
    assert_eq!(
        offered.iter().map(|l| l.code()).collect::<Vec<_>>(),
        ["de", "fr", "mt"]
    );
    assert_eq!(Lang::parse_list("").unwrap().len(), 24);
    assert!(Lang::parse_list("de ru").is_err());
    assert_eq!(Lang::negotiate_among("pl, fr;q=0.5", &offered).code(), "fr");
    assert_eq!(
        Lang::negotiate_among("pl", &offered).code(),
        "de",
        "first offered"
    );
    let initiative = initiative();
    let mut page = site(&initiative, CollectionStatus::Open, "");
    page.languages = &offered;
    let html = pages::landing(&page, None).into_string();
    assert!(html.contains("href=\"/mt/\"") && !html.contains("href=\"/pl/\""));
}

#[test]
fn the_error_summary_follows_the_order_of_the_form() {
    let errors = vec![
        FieldError::new("declaration", ErrorCode::DeclarationRequired),
        FieldError::new("family_names", ErrorCode::Required),
    ];
    let html = form_for("DE", &Empty, &errors);
    let summary = html.split("id=\"error-summary-title\"").nth(1).unwrap();
    let family = summary.find("href=\"#f-family_names\"").unwrap();
    let declaration = summary.find("href=\"#f-declaration\"").unwrap();
    assert!(family < declaration);
}

#[test]
fn a_key_that_is_not_the_forms_is_never_shown() {
    // A cross-site post may name any key: bidi controls, markup, words meant to mislead.
    let planted = "\u{202E}Call +32 000 to confirm";
    let errors = vec![
        FieldError::new(planted, ErrorCode::UnknownField),
        FieldError::new("<b>shout</b>", ErrorCode::DuplicateField),
        FieldError::new("family_names", ErrorCode::Required),
    ];
    let html = form_for("DE", &Empty, &errors);
    let summary = html.split("id=\"error-summary-title\"").nth(1).unwrap();
    assert!(
        !html.contains('\u{202E}') && !html.contains("Call +32"),
        "{summary}"
    );
    assert!(!html.contains("shout"), "{summary}");
    // The problems are still listed, without the key.
    assert!(summary.contains("<li>Unknown field.</li>"), "{summary}");
    assert!(
        summary.contains("<li>This field was sent twice.</li>"),
        "{summary}"
    );
    assert!(summary.contains("href=\"#f-family_names\""), "{summary}");
}

#[test]
fn framed_pages_talk_to_the_listed_sites_only_and_tell_an_acceptance_only_when_asked() {
    let initiative = initiative();
    let origins = [
        "https://partner.example".to_owned(),
        "https://unions.example:8443".to_owned(),
    ];
    let partner = |acceptance_message| ocs_core::campaign::Partner {
        code: "friends".into(),
        name: "Friends".into(),
        public: false,
        acceptance_message,
    };
    let body_tag = |html: &str| -> String {
        let start = html.find("<body").expect("a body");
        html[start..]
            .split('>')
            .next()
            .unwrap_or_default()
            .to_owned()
    };
    let (asked, silent) = (partner(true), partner(false));
    for (partner, embed, told) in [
        (Some(&asked), &origins[..], true),
        (Some(&silent), &origins[..], false),
        (None, &origins[..], false),
        (Some(&asked), &[][..], false),
    ] {
        let mut site = site(&initiative, CollectionStatus::Open, "");
        site.partner = partner;
        site.embed_origins = embed;
        let html = pages::confirmation(&site, Some("DE"), "0b8f", None).into_string();
        let body = body_tag(&html);
        if embed.is_empty() {
            assert!(!body.contains("data-embed"), "{body}");
        } else {
            // Exactly the listed origins, as sign.js splits them.
            assert!(
                body.contains("data-embed=\"https://partner.example https://unions.example:8443\""),
                "{body}"
            );
        }
        assert_eq!(body.contains("data-embed-accepted"), told, "{body}");
    }
}
