//! End to end, the citizen pages and the headers of every kind of response, against the real
//! worker: languages from the URL and from Accept-Language, the forms per nationality, the
//! closed collection, and nothing from the address that could speak on the collector's behalf.
#![cfg(feature = "e2e")]

mod support;

use support::*;

/// The headers every response carries, whatever answers it (page, API, asset, redirect, 404).
fn assert_security_headers(what: &str, r: &Reply) {
    let csp = r
        .headers
        .get("content-security-policy")
        .unwrap_or_else(|| panic!("{what}: no CSP"));
    assert!(
        csp.contains("frame-ancestors 'none'") && !csp.contains("unsafe-inline"),
        "{what}: {csp}"
    );
    assert!(
        r.headers
            .get("strict-transport-security")
            .is_some_and(|h| h.contains("max-age=")),
        "{what}: HSTS"
    );
    assert_eq!(
        r.headers.get("x-content-type-options").map(String::as_str),
        Some("nosniff"),
        "{what}"
    );
    assert_eq!(
        r.headers.get("referrer-policy").map(String::as_str),
        Some("no-referrer"),
        "{what}"
    );
    assert!(r.headers.contains_key("permissions-policy"), "{what}");
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
