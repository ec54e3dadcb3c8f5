//! End to end, the citizen pages and the headers of every kind of response, against the real
//! worker: languages from the URL and from Accept-Language, the forms per nationality, the
//! closed collection, and nothing from the address that could speak on the collector's behalf.
#![cfg(feature = "e2e")]

mod support;

use support::*;

/// The policies as docs/threat-model.md states them, written out here rather than taken from
/// the code (src/respond.rs), so a loosened directive or a shorter HSTS fails.
const PAGE_CSP: &str = "default-src 'self'; script-src 'self' https://challenges.cloudflare.com; \
     frame-src https://challenges.cloudflare.com; style-src 'self'; img-src 'self' data:; \
     connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
/// Static assets are served by the platform with static/_headers: they run nothing.
const ASSET_CSP: &str = "default-src 'none'; frame-ancestors 'none'";
const HSTS: &str = "max-age=63072000; includeSubDomains; preload";
const PERMISSIONS: &str = "camera=(), microphone=(), geolocation=(), interest-cohort=()";

/// The headers every response carries, whatever answers it (page, API, asset, redirect, 404),
/// each with its exact value.
fn assert_security_headers(what: &str, r: &Reply) {
    let expected_csp = if what == "asset" { ASSET_CSP } else { PAGE_CSP };
    for (name, value) in [
        ("content-security-policy", expected_csp),
        ("strict-transport-security", HSTS),
        ("x-content-type-options", "nosniff"),
        ("referrer-policy", "no-referrer"),
        ("permissions-policy", PERMISSIONS),
        ("x-frame-options", "DENY"),
    ] {
        assert_eq!(
            r.headers.get(name).map(String::as_str),
            Some(value),
            "{what}: {name}"
        );
    }
}

#[test]
fn every_kind_of_response_carries_the_security_headers() {
    let w = open_worker();
    for (what, r) in [
        ("page", w.get("/en/sign?nationality=pl")),
        ("redirect", w.get("/")),
        ("404 text", w.get("/xx/")),
        ("asset", w.get("/assets/style.css")),
        ("api", w.get("/api/v1/ruleset")),
        ("api error", w.get("/api/v1/nothing")),
        ("organiser refusal", w.get("/api/v1/export?shard=0")),
        ("health", w.get("/healthz")),
    ] {
        assert_security_headers(what, &r);
    }
}

#[test]
fn pages_speak_the_language_asked_for_and_ask_what_the_nationality_requires() {
    let w = open_worker();
    let root = w.get("/");
    assert_eq!(root.status, 302);
    assert_eq!(
        root.headers.get("location").map(String::as_str),
        Some("/en/")
    );
    let german = w.get_with("/", &[("accept-language", "fr;q=0.5, de-AT, en;q=0.8")]);
    assert_eq!(
        german.headers.get("location").map(String::as_str),
        Some("/de/")
    );
    let landing = w.get("/fr/");
    assert_eq!(landing.status, 200);
    assert!(landing.body.contains("<html lang=\"fr\">"));
    assert!(landing.body.contains("name=\"nationality\""));
    let form = w.get("/en/sign?nationality=pl");
    assert_eq!(form.status, 200);
    assert!(form.body.contains("name=\"id_number\""));
    assert!(
        !form.body.contains("name=\"date_of_birth\""),
        "Part B asks no birth date"
    );
    assert_eq!(form.headers["cache-control"], "no-store");
    // Germans see the rule for signing from abroad, in the page language.
    let de = w.get("/de/sign?nationality=DE");
    assert!(
        de.body.contains("Auslandsvertretung"),
        "the note for Germans abroad"
    );
    assert!(!form.body.contains("class=\"note\""), "only for Germans");
    assert_eq!(w.get("/en/sign?nationality=US").status, 404);
    assert_eq!(w.get("/xx/").status, 404);
    let ruleset = w.get("/api/v1/ruleset").json();
    assert_eq!(ruleset["states"].as_object().map(|s| s.len()), Some(27));
}

#[test]
fn text_from_the_address_never_reaches_the_page_as_given() {
    let w = open_worker();
    // A right-to-left override and a sentence in the nationality parameter.
    let r = w.get("/en/sign?nationality=%E2%80%AEevil%20text%20here");
    assert_eq!(r.status, 404);
    assert!(!r.body.contains('\u{202E}'), "no bidi control from the URL");
    assert!(
        !r.body.contains("evil text here"),
        "no sentence from the URL"
    );
    assert!(r.body.contains("EVI"), "what could be a code is shown");
}

#[test]
fn a_closed_collection_says_so_in_the_page_language() {
    let mut vars = vars(30, 330, -10);
    vars.push(("LANGUAGES", "fr de".to_owned()));
    let closed = start(Instance::new("closed", vars));
    let gone = closed.sign_json("10.9.0.1", &ocs_testkit::part_a("FR"), "pass");
    assert_eq!(
        (gone.status, gone.code()),
        (410, "collection_closed".into())
    );
    let page = closed.get("/fr/sign?nationality=FR");
    assert_eq!(page.status, 410);
    assert!(
        page.body.contains("pas encore commencé"),
        "the closed page, in French"
    );
    let root = closed.get("/");
    assert_eq!(
        root.headers.get("location").map(String::as_str),
        Some("/fr/")
    );
    assert_eq!(closed.get("/pl/").status, 404, "language not offered");
    closed.stop(false);
}

/// The catalogues are static assets, not code: the built WebAssembly holds no page text, the
/// assets serve the core's catalogue files as they are, and every language's page speaks it.
#[test]
fn page_texts_come_from_the_catalogues_served_as_assets() {
    let w = open_worker();
    let wasm = std::fs::read(root().join("build/index_bg.wasm")).expect("the built worker");
    for (code, _) in ocs_core::i18n::LANGUAGES {
        let file = std::fs::read_to_string(root().join(format!("crates/core/locales/{code}.ftl")))
            .expect("catalogue");
        let served = w.get(&format!("/locales/{code}.ftl"));
        assert_eq!(served.status, 200, "{code}");
        assert_eq!(served.body, file, "{code}: the asset is the catalogue");
        let skip = file
            .lines()
            .find_map(|l| l.strip_prefix("skip-to-content = "))
            .expect("skip-to-content");
        assert!(
            !wasm.windows(skip.len()).any(|w| w == skip.as_bytes()),
            "{code}: {skip:?} is compiled into the worker"
        );
        let page = w.get(&format!("/{code}/"));
        assert_eq!(page.status, 200, "{code}");
        assert!(page.body.contains(skip), "{code}: the page lacks {skip:?}");
        assert!(!page.body.contains("skip-to-content"), "{code}: a raw id");
    }
}

/// What a page shows as text: `&amp;`, `&quot;` and `&#39;` as the characters they stand for.
fn shown(html: &str) -> String {
    html.replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

#[test]
fn every_language_has_its_privacy_notice_its_country_names_and_its_dates() {
    use ocs_core::i18n::{Lang, Texts};
    let w = open_worker();
    // The worker's build of the core has no catalogues compiled in: this test reads the files.
    for lang in std::iter::once(Lang::ENGLISH).chain(Lang::all()) {
        let file = root().join(format!("crates/core/locales/{}.ftl", lang.code()));
        Texts::provide(lang, &std::fs::read_to_string(file).expect("catalogue"));
    }
    // Switzerland as each language names it (CLDR, locales/regions/), Irish and Maltese included.
    let switzerland = [
        ("bg", "Швейцария"),
        ("de", "Schweiz"),
        ("el", "Ελβετία"),
        ("fr", "Suisse"),
        ("ga", "An Eilvéis"),
        ("mt", "L-Iżvizzera"),
        ("pl", "Szwajcaria"),
    ];
    for lang in Lang::all() {
        let code = lang.code();
        let texts = Texts::of(lang);
        let notice = w.get(&format!("/{code}/privacy"));
        assert_eq!(notice.status, 200, "{code}");
        let body = shown(&notice.body);
        assert!(body.contains(&texts.get("notice-title")), "{code}");
        assert!(
            body.contains(&texts.get("notice-log")),
            "{code}: the log's paragraph"
        );
        // The demo configuration keeps the data in the EU, and has no data protection officer.
        let hosting = texts.with("notice-hosting", &[("where", "eu")]);
        assert!(body.contains(&hosting), "{code}: where the data is stored");
        assert!(body.contains(&texts.get("dpo-none")), "{code}");
        let form = shown(&w.get(&format!("/{code}/sign?nationality=DE")).body);
        assert!(
            form.contains(&format!("href=\"/{code}/privacy\"")),
            "{code}: the form links the notice"
        );
        // Every country of residence has a name; none is shown as its bare code.
        assert!(
            !form.contains(">CH<") && !form.contains(">US<"),
            "{code}: a bare code"
        );
        if let Some((_, name)) = switzerland.iter().find(|(c, _)| *c == code) {
            assert!(form.contains(&format!(">{name}<")), "{code}: {name}");
        }
    }
    // Dates as each language writes them: 1 June 2026 in German, Hungarian and Swedish.
    let mut vars = open_vars();
    vars.retain(|(k, _)| !k.starts_with("COLLECTION_") && *k != "INITIATIVE_REGISTRATION_DATE");
    vars.extend([
        ("INITIATIVE_REGISTRATION_DATE", "2026-03-02".to_owned()),
        ("COLLECTION_START", "2026-06-01".to_owned()),
        ("COLLECTION_END", "2027-05-31".to_owned()),
    ]);
    let dated = start(Instance::new("pages-dates", vars));
    for (code, start_day, end_day) in [
        ("de", "1.6.2026", "31.5.2027"),
        ("hu", "2026.\u{a0}06.\u{a0}01.", "2027.\u{a0}05.\u{a0}31."),
        ("sv", "2026-06-01", "2027-05-31"),
        ("en", "1/6/2026", "31/5/2027"),
    ] {
        let page = dated.get(&format!("/{code}/paper?nationality=DE")).body;
        assert!(page.contains(start_day) && page.contains(end_day), "{code}");
    }
    dated.stop(false);
}

#[test]
fn a_collector_missing_a_particular_refuses_to_open_naming_it() {
    for (name, key, value) in [
        ("particulars-controller", "CONTROLLER_CONTACT", ""),
        ("particulars-officer", "DATA_PROTECTION_OFFICER", " "),
        (
            "particulars-contacts",
            "INITIATIVE_CONTACT_PERSONS",
            "Erika Mustermann",
        ),
        ("particulars-objectives", "INITIATIVE_OBJECTIVES", ""),
        (
            "particulars-register",
            "INITIATIVE_REGISTER_URL",
            "citizens-initiative.europa.eu",
        ),
    ] {
        let mut vars = open_vars();
        vars.retain(|(k, _)| *k != key);
        vars.push((key, value.to_owned()));
        let w = start(Instance::new(name, vars));
        for path in ["/en/", "/de/sign?nationality=DE", "/api/v1/ruleset"] {
            let r = w.get(path);
            assert_eq!(r.status, 503, "{name} {path}: {}", r.body);
            if path.starts_with("/api") {
                assert_eq!(r.json()["setting"], key, "{name}");
                assert_eq!(r.code(), "misconfigured");
            }
        }
        w.stop(false);
    }
}
