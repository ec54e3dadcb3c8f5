//! End to end, nothing personal reaches the logs: a signing run with accepted and refused input
//! of every kind (JSON and form posts, field errors, a bad bot-check token, a duplicate, an
//! unreadable and an oversized body), the organiser's export and an erasure, the public pages
//! and the retention sweep; then the runtime's whole output (everything `wrangler dev` and the
//! runtime printed, the worker's own `console_*` lines among it) is searched for every value
//! submitted and for the clients' addresses. What Cloudflare's own logs would record is governed
//! by wrangler.toml's `[observability]` (invocation logs off), checked here too.
#![cfg(feature = "e2e")]

mod support;

use ocs_testkit::{part_a, part_b, with};
use support::*;

/// Values no page, message or log line could contain by chance.
fn distinctive_a() -> Vec<(&'static str, String)> {
    let mut a = part_a("DE");
    for (key, value) in [
        ("full_first_names", "Quendolyn Xaveria"),
        ("family_names", "Brumbleworth-Zyx"),
        ("street", "Zinnoberweg"),
        // Not hex: the log holds statement ids (UUIDs), which a short hex-like value can turn up in.
        ("street_number", "417 Hinterhaus"),
        ("postal_code", "10117"),
        ("city", "Grauwackenhausen"),
        ("date_of_birth", "1987-03-29"),
    ] {
        a = with(&a, key, Some(value));
    }
    a
}

#[test]
fn no_submitted_value_and_no_client_address_reaches_the_logs() {
    let w = start(Instance::new("logs", open_vars()));
    let v4 = "198.51.100.77";
    let v6 = "2001:db8:77:1::42";
    let accepted_a = distinctive_a();
    let accepted_b = part_b("PL", "national.id.number", "90090515836");
    let young = with(&distinctive_a(), "date_of_birth", Some("2019-11-30"));
    let bad_checksum = part_b("PL", "national.id.number", "90090515837");
    let bad_postal = with(&distinctive_a(), "postal_code", Some("ABCDEFG"));
    let mut submitted: Vec<Vec<(&'static str, String)>> = Vec::new();

    let r = w.sign_json(v4, &accepted_a, "pass");
    assert_eq!(r.status, 201, "{}", r.body);
    let id = r.json()["id"].as_str().expect("id").to_owned();
    assert_eq!(w.sign_json(v6, &accepted_b, "pass").status, 201);
    assert_eq!(w.sign_json(v4, &accepted_a, "pass").status, 409);
    for (pairs, token, status) in [
        (&young, "pass", 422),
        (&bad_checksum, "pass", 422),
        (&bad_postal, "pass", 422),
        (
            &with(&accepted_b, "family_names", Some("Wrzosowska-Qi")),
            "fail-token",
            403,
        ),
    ] {
        assert_eq!(w.sign_json(v6, pairs, token).status, status);
    }
    // The form posts: the signing page, re-rendered with the input for the field errors.
    let form = form_body(&with(&bad_postal, "cf-turnstile-response", Some("pass")));
    assert_eq!(
        w.post("/en/sign", v4, "application/x-www-form-urlencoded", &form)
            .status,
        422
    );
    // An unreadable body and an oversized one, each holding a value.
    let unreadable = r#"{"family_names": "Vorsilbenstein", "#;
    assert_eq!(
        w.post("/api/v1/statements", v4, "application/json", unreadable)
            .status,
        400
    );
    let huge = format!(r#"{{"family_names": "Ozymandiasz{}"}}"#, "x".repeat(70_000));
    assert_eq!(
        w.post("/api/v1/statements", v4, "application/json", &huge)
            .status,
        413
    );
    submitted.extend([accepted_a, accepted_b, young, bad_checksum, bad_postal]);

    // The organiser's work, the public pages and the sweep also run in this runtime.
    assert_eq!(w.organiser("/api/v1/export?shard=0").status, 200);
    let erased = w.request(
        "DELETE",
        &format!("/api/v1/statements/{id}"),
        &[("authorization", &format!("Bearer {EXPORT_TOKEN}"))],
        b"",
    );
    assert_eq!(erased.status, 200, "{}", erased.body);
    for page in [
        "/en/",
        "/api/v1/progress",
        "/en/progress",
        "/log/checkpoint",
    ] {
        w.get(page);
    }
    assert_eq!(w.get("/__scheduled?cron=30+3+*+*+*").status, 200);
    let log = eventually(std::time::Duration::from_secs(10), "the sweep logs", || {
        Some(w.log_text()).filter(|l| l.contains("retention: statements kept until"))
    });
    w.stop(false);

    let mut searched = vec![
        v4.to_owned(),
        v6.to_owned(),
        "2001:db8:77:1".to_owned(),
        "Wrzosowska".to_owned(),
        "Vorsilbenstein".to_owned(),
        "Ozymandiasz".to_owned(),
    ];
    for pairs in &submitted {
        for (key, value) in pairs {
            // Codes (nationality, document type, "true") are not personal data.
            if !["nationality", "country", "id_type", "declaration"].contains(key) {
                searched.push(value.clone());
            }
        }
    }
    let lower = log.to_lowercase();
    for value in &searched {
        assert!(
            !lower.contains(&value.to_lowercase()),
            "{value:?} is in the runtime's output:\n{log}"
        );
    }
    eprintln!(
        "{} values searched in {} bytes of output",
        searched.len(),
        log.len()
    );
}

#[test]
fn the_platforms_invocation_logs_and_traces_are_off() {
    let config = std::fs::read_to_string(root().join("wrangler.toml")).expect("wrangler.toml");
    let observability: String = config
        .split("\n[")
        .filter(|section| section.starts_with("observability"))
        .collect::<Vec<_>>()
        .join("\n[");
    for line in [
        "observability.logs]\nenabled = true\ninvocation_logs = false",
        "observability.traces]\nenabled = false",
    ] {
        assert!(
            observability.contains(line),
            "wrangler.toml lacks `{line}`:\n{observability}"
        );
    }
    assert!(
        !config.contains("logpush = true"),
        "Logpush would ship every request"
    );
}
