//! End to end, signing beyond the hostile-input matrix (tests/e2e_hostile.rs): receipts,
//! duplicates, field errors, the form posts, the bot check's and the limiter's failures, against
//! the real worker, each in a test of its own sharing one open collection (each test signs as
//! clients of its own, so the per-client limit of one does not touch the others).
#![cfg(feature = "e2e")]

mod support;

use std::collections::BTreeSet;

use ocs_testkit::{part_a, part_b, with, PART_B};
use support::*;

/// A fresh client address for each call, so tests do not share the per-client limit.
fn client() -> String {
    use std::sync::atomic::{AtomicU32, Ordering};
    static NEXT: AtomicU32 = AtomicU32::new(1);
    let n = NEXT.fetch_add(1, Ordering::Relaxed);
    format!("10.20.{}.{}", n / 250, n % 250 + 1)
}

/// A valid Part B submission of `nationality` (the fixtures), for tests that need one that
/// passes.
fn valid(nationality: &str) -> Vec<(&'static str, String)> {
    let (nat, doc, number) = PART_B
        .iter()
        .find(|(n, _, _)| *n == nationality)
        .expect("a Part B fixture");
    part_b(nat, doc, number)
}

#[test]
fn accepted_then_already_supported() {
    let w = open_worker();
    let pl = valid("PL");
    let created = w.sign_json(&client(), &pl, "pass");
    assert_eq!(created.status, 201, "{}", created.body);
    let receipt = created.json();
    assert!(receipt["id"].as_str().is_some());
    assert!(receipt["receipt"]["seq"].as_u64().is_some());
    let again = w.sign_json(&client(), &pl, "pass");
    assert_eq!(
        (again.status, again.code()),
        (409, "already_supported".into())
    );
}

#[test]
fn field_errors_are_listed_once_each_without_the_values() {
    let w = open_worker();
    let (nat, doc, _) = PART_B[13]; // PL
    let mut bad = part_b(nat, doc, "44051401358");
    bad.retain(|(k, _)| *k != "declaration");
    let invalid = w.sign_json(&client(), &bad, "pass");
    assert_eq!((invalid.status, invalid.code()), (422, "invalid".into()));
    let fields: BTreeSet<String> = invalid.json()["errors"]
        .as_array()
        .expect("errors")
        .iter()
        .map(|e| {
            // The English text from the catalogue (an asset the worker reads), not its id.
            let message = e["message"].as_str().unwrap_or("");
            assert!(
                message.contains(' ') && !message.starts_with("error-"),
                "{message:?}"
            );
            format!(
                "{}:{}",
                e["field"].as_str().unwrap_or(""),
                e["code"].as_str().unwrap_or("")
            )
        })
        .collect();
    assert_eq!(
        fields,
        BTreeSet::from([
            "id_number:checksum".into(),
            "declaration:declaration_required".into()
        ])
    );
    assert!(
        !invalid.body.contains("44051401358"),
        "errors never echo the number"
    );
}

#[test]
fn an_unusable_bot_check_is_the_collectors_fault_not_the_signatorys() {
    // The API's 503s are in the hostile-input matrix (tests/e2e_hostile.rs); the form says so
    // too, with the input kept.
    let w = open_worker();
    let mut de = part_a("DE");
    de.push(("cf-turnstile-response", "error500".into()));
    let page = w.post(
        "/en/sign",
        &client(),
        "application/x-www-form-urlencoded",
        &form_body(&de),
    );
    assert_eq!(page.status, 503);
    assert!(page.headers.contains_key("retry-after"));
    assert!(page.body.contains("value=\"Anna Maria\""), "input kept");
}

#[test]
fn an_unreachable_bot_check_is_a_503() {
    let mut vars = open_vars();
    vars.retain(|(k, _)| *k != "TURNSTILE_VERIFY_URL");
    // Nothing listens there.
    vars.push((
        "TURNSTILE_VERIFY_URL",
        format!("http://127.0.0.1:{}/", free_port()),
    ));
    let w = start(Instance::new("unreachable-bot-check", vars));
    let r = w.sign_json(&client(), &valid("SI"), "pass");
    assert_eq!(
        (r.status, r.code()),
        (503, "bot_check_unavailable".into()),
        "{}",
        r.body
    );
    w.stop(false);
}

#[test]
fn the_per_client_limit_counts_an_ipv6_64_as_one_client() {
    let w = open_worker();
    // 30 attempts a minute per client, all within one window: exactly 30 answered, the 31st
    // refused. Every attempt comes from another address of the same /64.
    let (prefix, statuses) = in_one_limit_window(|run| {
        let prefix = format!("2001:db8:1:{:x}", 0x100 + run);
        let statuses: Vec<u16> = (1..=31)
            .map(|n| {
                let address = format!("{prefix}::{n:x}");
                w.post("/api/v1/statements", &address, "application/json", "{}")
                    .status
            })
            .collect();
        (prefix, statuses)
    });
    assert_eq!(statuses[..30], [422; 30], "{statuses:?}");
    assert_eq!(statuses[30], 429, "{statuses:?}");
    let limited = w.post(
        "/api/v1/statements",
        &format!("{prefix}::ffff"),
        "application/json",
        "{}",
    );
    assert!(limited.headers.contains_key("retry-after"));
    // Another /64 is another client.
    assert_eq!(
        w.post(
            "/api/v1/statements",
            "2001:db8:1:3::1",
            "application/json",
            "{}"
        )
        .status,
        422
    );
}

#[test]
fn a_missing_limiter_binding_is_a_misconfiguration_not_a_bypass() {
    let mut instance = Instance::new("no-limiter", open_vars());
    instance.without = vec!["ratelimits"];
    let w = start(instance);
    let r = w.sign_json(&client(), &valid("BG"), "pass");
    assert_eq!(
        (r.status, r.code()),
        (503, "misconfigured".into()),
        "{}",
        r.body
    );
    w.stop(false);
}

#[test]
fn form_posts_keep_the_input_and_confirm_with_the_statement_id() {
    let w = open_worker();
    let mut de = with(
        &part_a("DE"),
        "full_first_names",
        Some("Hildegard Formularia"),
    );
    de.push(("cf-turnstile-response", "no-widget".into()));
    let wrong = with(&de, "date_of_birth", Some("31/02/1990"));
    let page = w.post(
        "/en/sign",
        &client(),
        "application/x-www-form-urlencoded",
        &form_body(&wrong),
    );
    assert_eq!(page.status, 422);
    assert!(page.body.contains("id=\"f-date_of_birth-error\""));
    assert!(
        page.body.contains("value=\"Hildegard Formularia\""),
        "input kept"
    );
    let done = w.post(
        "/de/sign",
        &client(),
        "application/x-www-form-urlencoded",
        &form_body(&de),
    );
    assert_eq!(done.status, 201, "{}", done.body);
    assert!(done.body.contains("<code id=\"statement-id\">"));
    let no_bot_token = w.post(
        "/en/sign",
        &client(),
        "application/x-www-form-urlencoded",
        &form_body(&part_a("FR")),
    );
    assert_eq!(no_bot_token.status, 403);
    assert!(
        no_bot_token.body.contains("value=\"Anna Maria\""),
        "input kept"
    );
}

#[test]
fn greece_is_el_as_nationality_and_as_country_of_residence() {
    let w = open_worker();
    let el = with(
        &with(&part_a("GR"), "nationality", Some("EL")),
        "country",
        Some("EL"),
    );
    let r = w.sign_json(&client(), &el, "pass");
    assert_eq!(r.status, 201, "{}", r.body);
}
