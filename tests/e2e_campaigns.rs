//! Campaigns against the real worker (docs/campaigns.md): who may frame which page, partners
//! from link to `ocs stats` and per-partner contact files, the public counter for any site, the
//! suggested nationality, paper forms and link previews.
#![cfg(feature = "e2e")]

mod support;

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

use ocs_testkit::{part_a, with};
use support::*;

const EMBEDDER: &str = "https://partner.example.org";

fn partners() -> String {
    serde_json::json!([
        {"code": "friends", "name": "Friends of the Earth", "public": true},
        {"code": "quiet", "name": "A Quiet Partner"},
    ])
    .to_string()
}

fn campaign_worker(name: &'static str) -> Worker {
    let mut vars = open_vars();
    vars.push(("PARTNERS", partners()));
    vars.push(("EMBED_ORIGINS", EMBEDDER.into()));
    start(Instance::new(name, vars))
}

fn frame_ancestors(r: &Reply) -> String {
    r.headers
        .get("content-security-policy")
        .and_then(|csp| csp.split("frame-ancestors ").nth(1))
        .map(|rest| rest.split(';').next().unwrap_or("").trim().to_owned())
        .unwrap_or_default()
}

#[test]
fn the_signing_pages_frame_only_on_the_listed_sites_and_the_counter_anywhere() {
    let w = campaign_worker("campaign-framing");
    for path in ["/en/", "/en/sign?nationality=DE", "/en/check", "/en/paper"] {
        let r = w.get(path);
        assert_eq!(r.status, 200, "{path}");
        assert_eq!(frame_ancestors(&r), EMBEDDER, "{path}");
        assert!(
            !r.headers.contains_key("x-frame-options"),
            "{path}: X-Frame-Options would forbid every site"
        );
    }
    let counter = w.get("/en/counter");
    assert_eq!(frame_ancestors(&counter), "*");
    for path in [
        "/en/progress",
        "/api/v1/progress",
        "/api/v1/counter",
        "/healthz",
        "/log/",
    ] {
        let r = w.get(path);
        assert_eq!(frame_ancestors(&r), "'none'", "{path}");
        assert_eq!(
            r.headers.get("x-frame-options").map(String::as_str),
            Some("DENY"),
            "{path}"
        );
    }
    // Without EMBED_ORIGINS nothing frames the signing pages.
    let plain = open_worker();
    let r = plain.get("/en/sign?nationality=DE");
    assert_eq!(frame_ancestors(&r), "'none'");
    assert_eq!(
        r.headers.get("x-frame-options").map(String::as_str),
        Some("DENY")
    );
}

#[test]
fn a_partner_reaches_the_counts_the_stats_and_its_own_contact_file() {
    let w = campaign_worker("campaign-partners");
    let dir = setup().dir.join("campaign-partners-files");
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).expect("dir");
    let person = |n: u32, extra: &[(&'static str, &str)]| {
        let mut pairs = with(
            &part_a("DE"),
            "family_names",
            Some(&format!("Partner {}", ocs_testkit::letters(u64::from(n)))),
        );
        pairs.extend(extra.iter().map(|(k, v)| (*k, (*v).to_owned())));
        pairs
    };
    let sign = |n: u32, extra: &[(&'static str, &str)]| {
        let r = w.sign_json(&format!("10.77.0.{n}"), &person(n, extra), "pass");
        assert_eq!(r.status, 201, "{}", r.body);
        r.json()["id"].as_str().expect("id").to_owned()
    };
    // Through "friends": with consent to the partner only, to both, to the organisers only.
    let partner_only = sign(
        1,
        &[
            ("partner", "friends"),
            ("email", "p1@example.eu"),
            ("partner_consent", "true"),
        ],
    );
    let both = sign(
        2,
        &[
            ("partner", "friends"),
            ("email", "p2@example.eu"),
            ("partner_consent", "true"),
            ("email_consent", "true"),
        ],
    );
    let organisers_only = sign(
        3,
        &[
            ("partner", "friends"),
            ("email", "p3@example.eu"),
            ("email_consent", "true"),
        ],
    );
    sign(4, &[("partner", "quiet")]);
    // An unknown code is no partner and no error; a partner consent without a partner counts
    // for nothing, so the address needs the organisers' consent.
    sign(5, &[("partner", "Unknown Code!")]);
    let r = w.sign_json(
        "10.77.0.6",
        &person(
            6,
            &[
                ("partner", "nobody"),
                ("email", "p6@example.eu"),
                ("partner_consent", "true"),
            ],
        ),
        "pass",
    );
    assert_eq!(r.status, 422, "{}", r.body);
    assert_eq!(
        r.json()["errors"][0]["field"],
        "email_consent",
        "{}",
        r.body
    );
    // A form post carries the partner too.
    let form = form_body(&person(
        7,
        &[("partner", "friends"), ("cf-turnstile-response", "pass")],
    ));
    let r = w.post(
        "/en/sign",
        "10.77.0.7",
        "application/x-www-form-urlencoded",
        &form,
    );
    assert_eq!(r.status, 201, "{}", r.body);
    assert!(
        r.body.contains("partner=friends"),
        "the sharing links keep the partner"
    );

    let counts = w.organiser("/api/v1/counts").json();
    assert_eq!(
        counts["per_partner"],
        serde_json::json!({"friends": 4, "quiet": 1})
    );
    assert_eq!(counts["per_nationality"]["DE"], 6);

    let path = |p: &Path| p.to_str().expect("utf-8 path").to_owned();
    let bundle = dir.join("bundle");
    let (ok, out) = ocs(&["pull", "--url", &w.base, &path(&bundle)]);
    assert!(ok, "{out}");
    let (key, pass) = key_file(&dir);
    let keyed = |args: &[&str]| {
        let mut all: Vec<String> = args.iter().map(|a| (*a).to_owned()).collect();
        all.extend([
            "--key".into(),
            path(&key),
            "--passphrase-file".into(),
            path(&pass),
        ]);
        let refs: Vec<&str> = all.iter().map(String::as_str).collect();
        ocs(&refs)
    };
    let (ok, out) = keyed(&["stats", &path(&bundle), "--json"]);
    assert!(ok, "{out}");
    let stats: serde_json::Value = serde_json::from_str(out.trim()).expect("stats JSON");
    assert_eq!(
        stats["per_partner"],
        serde_json::json!({"friends": 4, "quiet": 1})
    );

    // One file per audience, each with exactly those who consented to it.
    let contacts = dir.join("contacts");
    let (ok, out) = keyed(&[
        "export",
        &path(&bundle),
        "--out",
        &path(&contacts),
        "--contacts",
    ]);
    assert!(ok, "{out}");
    let read = |name: &str| -> BTreeMap<String, String> {
        let text =
            fs::read_to_string(contacts.join(name)).unwrap_or_else(|e| panic!("{name}: {e}"));
        let records = ocs_testkit::read_csv(text.trim_start_matches('\u{feff}'));
        records[1..]
            .iter()
            .map(|r| (r[1].clone(), r[0].clone()))
            .collect()
    };
    let ids = |pairs: &[(&str, &str)]| -> BTreeMap<String, String> {
        pairs
            .iter()
            .map(|(id, email)| ((*id).to_owned(), (*email).to_owned()))
            .collect()
    };
    assert_eq!(
        read("contacts-partner-friends.csv"),
        ids(&[(&partner_only, "p1@example.eu"), (&both, "p2@example.eu")])
    );
    assert_eq!(
        read("contacts-organisers.csv"),
        ids(&[
            (&both, "p2@example.eu"),
            (&organisers_only, "p3@example.eu")
        ])
    );
    assert!(
        !contacts.join("contacts-partner-quiet.csv").exists(),
        "nobody consented to quiet"
    );
    // `ocs contacts` gives the same lists one at a time; the hand-over export has none of them.
    let single = dir.join("friends.csv");
    let (ok, out) = keyed(&[
        "contacts",
        &path(&bundle),
        "--out",
        &path(&single),
        "--partner",
        "friends",
    ]);
    assert!(ok, "{out}");
    assert!(out.contains("2 e-mail addresses written"), "{out}");
    let handover = dir.join("handover");
    let (ok, out) = keyed(&["export", &path(&bundle), "--out", &path(&handover)]);
    assert!(ok, "{out}");
    let xml = fs::read_to_string(handover.join("de.xml")).expect("de.xml");
    assert!(
        !["p1@", "p2@", "p3@", "friends", "Friends of"]
            .iter()
            .any(|t| xml.contains(t)),
        "no contact or partner in a hand-over file"
    );
}

#[test]
fn the_public_counter_serves_any_site_and_shows_public_partners_only() {
    let w = campaign_worker("campaign-counter");
    for (n, partner) in [(1, "friends"), (2, "friends"), (3, "quiet")] {
        let pairs = with(
            &part_a("FR"),
            "family_names",
            Some(&format!("Compteur {}", ocs_testkit::letters(n))),
        );
        let mut pairs = pairs;
        pairs.push(("partner", partner.to_owned()));
        assert_eq!(
            w.sign_json(&format!("10.78.0.{n}"), &pairs, "pass").status,
            201
        );
    }
    let counter = eventually(
        std::time::Duration::from_secs(40),
        "the counter shows 3",
        || {
            let r = w.get_with("/api/v1/counter", &[("origin", "https://anywhere.example")]);
            (r.status == 200 && r.json()["total"] == 3).then_some(r)
        },
    );
    assert_eq!(
        counter
            .headers
            .get("access-control-allow-origin")
            .map(String::as_str),
        Some("*")
    );
    assert!(counter
        .headers
        .get("cache-control")
        .is_some_and(|c| c.starts_with("public")));
    let c = counter.json();
    assert_eq!(c["per_nationality"]["FR"], 3);
    assert_eq!(
        c["per_partner"],
        serde_json::json!({"friends": {"name": "Friends of the Earth", "count": 2}})
    );
    assert_eq!(c["goal"], 1_000_000);
    // The page and the badge, in the page language, for the total and for a public partner.
    let page = w.get("/de/counter");
    // The long word may break at its soft hyphen in the page, never in its title.
    assert!(
        page.body.contains("3 Unterstützungs\u{ad}bekundungen")
            && page.body.contains("<title>3 Unterstützungsbekundungen"),
        "{}",
        page.body
    );
    let partner_page = w.get("/en/counter?partner=friends");
    assert!(
        partner_page.body.contains("2 statements of support")
            && partner_page.body.contains("Friends of the Earth")
    );
    // A partner that is not public is not counted in public: its link shows the total.
    let quiet = w.get("/en/counter?partner=quiet");
    assert!(
        quiet.body.contains("3 statements of support") && !quiet.body.contains("A Quiet Partner")
    );
    let badge = w.get("/fr/counter.svg");
    assert_eq!(
        badge.headers.get("content-type").map(String::as_str),
        Some("image/svg+xml")
    );
    assert!(
        badge.body.starts_with("<svg") && badge.body.contains("déclarations de soutien"),
        "{}",
        badge.body
    );
}

#[test]
fn pages_suggest_a_nationality_preview_well_and_print_paper_forms() {
    let w = campaign_worker("campaign-pages");
    let selected = |html: &str| {
        html.split("<option value=\"")
            .find(|o| o.contains("\" selected"))
            .map(|o| o[..2].to_owned())
    };
    // The request's country is a suggestion; a nationality in the link wins; neither is forced.
    let r = w.get_with("/en/", &[("cf-ipcountry", "AT")]);
    assert_eq!(selected(&r.body).as_deref(), Some("AT"));
    let r = w.get_with("/en/?nationality=IE", &[("cf-ipcountry", "AT")]);
    assert_eq!(selected(&r.body).as_deref(), Some("IE"));
    let r = w.get_with("/en/", &[("cf-ipcountry", "US")]);
    assert_eq!(selected(&r.body), None, "no member state, no suggestion");
    // Link previews in the page language, on every public page.
    for path in [
        "/de/",
        "/de/sign?nationality=DE",
        "/de/progress",
        "/de/check",
        "/de/paper",
    ] {
        let r = w.get(path);
        for tag in [
            "name=\"description\" content=\"Unterstützen Sie",
            "property=\"og:title\"",
            "property=\"og:locale\" content=\"de_DE\"",
            "name=\"twitter:card\"",
        ] {
            assert!(r.body.contains(tag), "{path}: {tag}");
        }
    }
    let r = w.get("/en/?partner=friends");
    assert!(
        r.body.contains("og:url\" content=\"http://127.0.0.1")
            && r.body.contains("/en/?partner=friends\""),
        "the preview's address keeps the partner"
    );
    // A paper form for every member state, with the partner's name when given.
    for (iso, _) in ocs_testkit::rules().states.iter() {
        let r = w.get(&format!("/pl/paper?nationality={iso}&partner=friends"));
        assert_eq!(r.status, 200, "{iso}");
        assert!(
            r.body.contains("Friends of the Earth") && r.body.contains("paper-table"),
            "{iso}"
        );
    }
}
