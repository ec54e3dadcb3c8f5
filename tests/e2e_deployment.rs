//! End to end, what a real deployment must hold to (docs/operations.md): the settings a
//! collection begins with are fixed; what is unsafe to serve is refused, naming the setting;
//! the bot check's verdicts are read for whose fault a refusal is; public traffic never reaches
//! the objects signing needs per request (counted at the objects); an append that fails part
//! way leaves nothing (checked in the objects' storage); the configuration is read once per
//! isolate. The last three run the worker built with its test hooks (src/test_hooks.rs).
#![cfg(feature = "e2e")]

mod support;

use std::collections::BTreeMap;
use std::time::Instant;

use ocs_testkit::{part_b, PART_B};
use support::objects::{requests, stored_leaves, stored_rows, vault_entries};
use support::*;

/// A fresh client address for each call (the per-client limit is not what is tested here).
fn client() -> String {
    use std::sync::atomic::{AtomicU32, Ordering};
    static NEXT: AtomicU32 = AtomicU32::new(1);
    let n = NEXT.fetch_add(1, Ordering::Relaxed);
    format!("10.28.{}.{}", n / 250, n % 250 + 1)
}

/// The Part B fixture `i` (one statement per member state of the fixtures).
fn statement(i: usize) -> Vec<(&'static str, String)> {
    let (nat, doc, number) = PART_B[i % PART_B.len()];
    part_b(nat, doc, number)
}

fn with_var(
    mut vars: Vec<(&'static str, String)>,
    key: &'static str,
    value: &str,
) -> Vec<(&'static str, String)> {
    vars.retain(|(k, _)| *k != key);
    vars.push((key, value.to_owned()));
    vars
}

/// A request as if to the collector's public address (the worker reads the Host header).
fn remote(w: &Worker, path: &str) -> Reply {
    w.request("GET", path, &[("host", "sign.example.eu")], b"")
}

/// Waits until the runtime's output holds `text` (the worker's console lines reach it a moment
/// after the response).
fn logged(w: &Worker, text: &str) {
    eventually(std::time::Duration::from_secs(10), text, || {
        w.log_text().contains(text).then_some(())
    });
}

/// The setting a 503 `misconfigured` names.
fn refused_setting(r: &Reply) -> String {
    assert_eq!(
        (r.status, r.code()),
        (503, "misconfigured".into()),
        "{}",
        r.body
    );
    r.json()["setting"].as_str().unwrap_or_default().to_owned()
}

#[test]
fn a_collection_keeps_the_settings_it_began_with() {
    let first = start(Instance::new("settings-first", open_vars()));
    let signed = first.sign_json(&client(), &statement(0), "pass");
    assert_eq!(signed.status, 201, "{}", signed.body);
    let deployment = first.get("/api/v1/deployment").json();
    assert_eq!(deployment["jurisdiction"], "eu");
    // The local runtime has no jurisdictions, and says so (it serves this machine only).
    assert_eq!(deployment["jurisdiction_enforced"], false);
    let state = first.state_dir.clone();
    first.stop(false);
    let recorded: serde_json::Value = vault_entries(&state)
        .into_iter()
        .find(|(name, _)| name == "settings")
        .map(|(_, v)| serde_json::from_str(&v).expect("JSON"))
        .expect("the vault recorded the settings at the first signature");
    assert_eq!(
        recorded,
        serde_json::json!({"jurisdiction": "eu", "ruleset": "eci-2019-788/2019/788-annex-III", "shards": SHARDS})
    );

    // Another jurisdiction, another shard count: refused at the first signature, named.
    for (name, key, value) in [
        ("settings-elsewhere", "DATA_JURISDICTION", "none"),
        ("settings-reshard", "SHARD_COUNT", "5"),
    ] {
        let mut instance = Instance::new(name, with_var(open_vars(), key, value));
        instance.state = Some(state.clone());
        let w = start(instance);
        let r = w.sign_json(&client(), &statement(1), "pass");
        assert_eq!(refused_setting(&r), key);
        assert!(
            r.json()["problem"]
                .as_str()
                .unwrap_or("")
                .contains("began with"),
            "{}",
            r.body
        );
        logged(&w, &format!("configuration: {key}:"));
        w.stop(false);
    }
    // Back as it began: signing goes on, and the first signatory is still recognised.
    let mut instance = Instance::new("settings-again", open_vars());
    instance.state = Some(state);
    let w = start(instance);
    assert_eq!(w.sign_json(&client(), &statement(1), "pass").status, 201);
    assert_eq!(w.sign_json(&client(), &statement(0), "pass").status, 409);
    w.stop(false);
}

#[test]
fn what_is_unsafe_to_serve_is_refused_beyond_this_machine_naming_the_setting() {
    let s = setup();
    let demo = "ocs-x25519-pk16yy0za9wveu9xn2pz5llrnnxrt2hms9tsczsk0g3q5k7y06kfp4qrlhuhk";
    let site_key = "0x4AAAAAAAtest-site-key";
    let cases: [(&str, &str, &str, &str, bool, &str); 5] = [
        // (name, key, site key, jurisdiction, secret set, refused setting or "" for served)
        (
            "unsafe-demo-key",
            demo,
            site_key,
            "none",
            true,
            "ORGANISER_PUBLIC_KEY",
        ),
        (
            "unsafe-no-site-key",
            &s.public,
            "",
            "none",
            true,
            "TURNSTILE_SITE_KEY",
        ),
        (
            "unsafe-no-secret",
            &s.public,
            site_key,
            "none",
            false,
            "TURNSTILE_SECRET",
        ),
        (
            "unsafe-eu-here",
            &s.public,
            site_key,
            "eu",
            true,
            "DATA_JURISDICTION",
        ),
        ("safe", &s.public, site_key, "none", true, ""),
    ];
    for (name, key, site, jurisdiction, secret, refused) in cases {
        let mut vars = with_var(open_vars(), "ORGANISER_PUBLIC_KEY", key);
        vars = with_var(vars, "TURNSTILE_SITE_KEY", site);
        vars = with_var(vars, "DATA_JURISDICTION", jurisdiction);
        let mut instance = Instance::new(name, vars);
        if !secret {
            instance.secrets.retain(|(k, _)| *k != "TURNSTILE_SECRET");
        }
        let w = start(instance);
        // This machine is always served (the demo key and the stub are for it).
        assert_eq!(w.get("/en/").status, 200, "{name} on loopback");
        for path in ["/en/", "/api/v1/deployment", "/api/v1/ruleset"] {
            let r = remote(&w, path);
            if refused.is_empty() {
                assert_eq!(r.status, 200, "{name} {path}: {}", r.body);
            } else {
                assert_eq!(refused_setting(&r), refused, "{name} {path}");
            }
        }
        if !refused.is_empty() {
            logged(&w, &format!("configuration: {refused}:"));
        }
        w.stop(false);
    }
}

#[test]
fn siteverify_says_whose_fault_a_refusal_is() {
    // A secret siteverify does not know: the operator's fault, named, on every signature.
    let mut wrong = Instance::new("wrong-turnstile-secret", open_vars());
    wrong.secrets = vec![
        ("TURNSTILE_SECRET", "not-the-widget-secret".into()),
        ("EXPORT_TOKEN", EXPORT_TOKEN.into()),
    ];
    let w = start(wrong);
    let r = w.sign_json(&client(), &statement(2), "pass");
    assert_eq!(refused_setting(&r), "TURNSTILE_SECRET");
    assert_eq!(
        w.get("/api/v1/deployment").json()["bot_check"]["secret"],
        "refused"
    );
    logged(&w, "configuration: TURNSTILE_SECRET:");
    w.stop(false);

    let w = open_worker();
    assert_eq!(
        w.get("/api/v1/deployment").json()["bot_check"]["secret"],
        "accepted"
    );
    // Siteverify's own trouble: try again, nobody's fault.
    let r = w.sign_json(&client(), &statement(3), "internalerror-1");
    assert_eq!(
        (r.status, r.code()),
        (503, "bot_check_unavailable".into()),
        "{}",
        r.body
    );
    assert!(r.headers.contains_key("retry-after"));
    // Only a token refused, or a verdict that vouches for another site or action, is a 403.
    for token in [
        "fail-1",
        "nohostname-1",
        "noaction-1",
        "elsewhere-1",
        "otheraction-1",
    ] {
        let r = w.sign_json(&client(), &statement(3), token);
        assert_eq!(
            (r.status, r.code()),
            (403, "bot_check_failed".into()),
            "{token}: {}",
            r.body
        );
    }
    assert_eq!(w.sign_json(&client(), &statement(3), "pass").status, 201);
}

/// Every public route, as a flood would hit it.
fn public_routes(shards: u32) -> Vec<String> {
    let mut routes: Vec<String> = [
        "/log/",
        "/log/checkpoint",
        "/api/v1/progress",
        "/api/v1/counter",
        "/en/progress",
        "/de/progress",
        "/en/counter",
        "/fr/counter.svg",
    ]
    .iter()
    .map(|s| (*s).to_owned())
    .collect();
    for shard in 0..shards {
        routes.push(format!("/log/{shard}/checkpoint"));
        routes.push(format!("/log/{shard}/tile/0/000.p/1"));
    }
    routes
}

#[test]
fn public_traffic_reaches_no_shard_and_no_vault_per_request() {
    let mut instance = Instance::new("public-flood", open_vars());
    instance.build = Some(hooks_build());
    let w = start(instance);
    // At least a dozen statements, and until every shard holds one: a shard without rows has no
    // tile to serve (404, never cached), which would count as a view the caches missed. (With
    // a dozen alone, one of the four shards stayed empty in about one run in eight.)
    let mut shards_written = std::collections::BTreeSet::new();
    let mut i = 0;
    while i < 12 || shards_written.len() < SHARDS as usize {
        // Past the Part B fixtures, Germans of their own (a fixture twice would be a duplicate).
        let pairs = if i < PART_B.len() {
            statement(i)
        } else {
            ocs_testkit::with(
                &ocs_testkit::part_a("DE"),
                "family_names",
                Some(&format!("Flut {}", ocs_testkit::letters(i as u64))),
            )
        };
        let r = w.sign_json(&client(), &pairs, "pass");
        assert_eq!(r.status, 201, "{}", r.body);
        shards_written.insert(r.json()["receipt"]["shard"].as_u64().expect("shard"));
        i += 1;
        assert!(i < 200, "the shards written: {shards_written:?}");
    }
    let routes = public_routes(SHARDS);
    // Each route once: the first view of each fills the caches.
    for route in &routes {
        let r = w.get(route);
        assert!(r.status == 200 || r.status == 404, "{route}: {}", r.body);
    }
    let before = requests(&w.meter());
    const VIEWS: usize = 150;
    let started = Instant::now();
    let mut served = BTreeMap::<String, usize>::new();
    for route in &routes {
        for _ in 0..VIEWS {
            let r = w.get(route);
            assert!(r.status == 200 || r.status == 404, "{route}: {}", r.body);
            let from = r.headers.get("x-ocs-cache").cloned().unwrap_or_default();
            *served.entry(from).or_default() += 1;
        }
    }
    let seconds = started.elapsed().as_secs_f64();
    let after = requests(&w.meter());
    let delta = |object: &str| -> u64 {
        after
            .iter()
            .filter(|((o, op), _)| o == object && op != "meter")
            .map(|(k, n)| n - before.get(k).copied().unwrap_or(0))
            .sum()
    };
    let views = routes.len() * VIEWS;
    eprintln!(
        "{views} public views in {seconds:.1} s: shards {}, vault {}, tally {}; served {served:?}",
        delta("shard"),
        delta("vault"),
        delta("tally")
    );
    // The vault: never (what public routes need of it is kept per isolate).
    assert_eq!(delta("vault"), 0);
    // A shard: its checkpoint once per 5 s while read, its tiles once each (they never
    // change), its counts once per tally refresh (5 s here): never once per view.
    let periods = (seconds / 5.0).ceil() as u64 + 1;
    let shard_bound = u64::from(SHARDS) * periods * 2;
    assert!(
        delta("shard") <= shard_bound,
        "shards asked {} times (bound {shard_bound})",
        delta("shard")
    );
    // The tally: once per 10 s of figures per isolate, plus its own refreshes.
    let tally_bound = (seconds / 5.0).ceil() as u64 + 2;
    assert!(
        delta("tally") <= tally_bound,
        "tally asked {} times (bound {tally_bound})",
        delta("tally")
    );
    // Nearly every view from a cache.
    let cached =
        served.get("memory").copied().unwrap_or(0) + served.get("edge").copied().unwrap_or(0);
    assert!(cached * 100 >= views * 95, "{served:?}");
    w.stop(false);
}

#[test]
fn an_append_that_fails_part_way_leaves_nothing_and_the_shard_goes_on() {
    let mut instance = Instance::new("append-faults", open_vars());
    instance.build = Some(hooks_build());
    let w = start(instance);
    for i in 0..3 {
        assert_eq!(w.sign_json(&client(), &statement(i), "pass").status, 201);
    }
    let counts = w.counts();
    let (rows, leaves) = (stored_rows(&w.state_dir), stored_leaves(&w.state_dir));
    assert_eq!((rows, leaves), (3, (3, 3)));
    let body = |i: usize| {
        let mut pairs: serde_json::Map<String, serde_json::Value> = statement(i)
            .into_iter()
            .map(|(k, v)| (k.to_owned(), v.into()))
            .collect();
        pairs.insert("turnstile_token".into(), "pass".into());
        serde_json::Value::Object(pairs).to_string()
    };
    for fault in ["after-insert", "after-leaf"] {
        let r = w.request(
            "POST",
            "/api/v1/statements",
            &[
                ("content-type", "application/json"),
                ("cf-connecting-ip", &client()),
                ("x-ocs-test-fault", fault),
            ],
            body(4).as_bytes(),
        );
        assert_eq!(
            (r.status, r.code()),
            (503, "unavailable".into()),
            "{fault}: {}",
            r.body
        );
        assert!(r.headers.contains_key("retry-after"));
        // Nothing of it in any shard: no row, no leaf, no count.
        assert_eq!(stored_rows(&w.state_dir), rows, "{fault}: a row stayed");
        assert_eq!(
            stored_leaves(&w.state_dir),
            leaves,
            "{fault}: a leaf stayed"
        );
        assert_eq!(w.counts(), counts, "{fault}: a count stayed");
    }
    // The same person signs again: accepted (no trace of the failed attempts), and the shard's
    // chain and log go on from where they were.
    let again = w.sign_json(&client(), &statement(4), "pass");
    assert_eq!(again.status, 201, "{}", again.body);
    assert_eq!(stored_rows(&w.state_dir), rows + 1);
    assert_eq!(stored_leaves(&w.state_dir), (leaves.0 + 1, leaves.1 + 1));
    let bundle = setup().dir.join("append-faults-bundle");
    let (ok, out) = ocs(&["pull", "--url", &w.base, bundle.to_str().expect("path")]);
    assert!(ok, "{out}");
    let (ok, out) = ocs(&["verify", bundle.to_str().expect("path")]);
    assert!(ok, "the chain and the log hold up: {out}");
    w.stop(false);
}

#[test]
fn the_configuration_is_read_once_per_isolate() {
    let mut instance = Instance::new("config-once", open_vars());
    instance.build = Some(hooks_build());
    let w = start(instance);
    for path in [
        "/en/",
        "/api/v1/progress",
        "/log/",
        "/api/v1/deployment",
        "/en/sign?nationality=DE",
    ] {
        for _ in 0..5 {
            w.get(path);
        }
    }
    assert_eq!(w.sign_json(&client(), &statement(5), "pass").status, 201);
    // One isolate serves all of it locally: one parse, whatever the number of requests.
    assert_eq!(w.meter()["config_parses"], 1);
    w.stop(false);
}

#[test]
fn ocs_doctor_says_what_to_fix() {
    let w = open_worker();
    let s = setup();
    // The collector as configured: sealing to the organiser's key; on this machine the demo
    // parts are notes, not faults.
    let (ok, out) = ocs(&["doctor", "--url", &w.base, "--public-key", &s.public]);
    assert!(
        ok && out.contains("statements are sealed to your key"),
        "{out}"
    );
    assert!(out.contains("Nothing to fix."), "{out}");
    // Another organiser's key: statements sealed to a key that is not theirs.
    let other = ocs_core::keys::SecretKey::generate(ocs_core::keys::Suite::X25519)
        .expect("key")
        .public_key()
        .expect("public")
        .to_bech32();
    let (ok, out) = ocs(&["doctor", "--url", &w.base, "--public-key", &other]);
    assert!(
        !ok && out.contains("FIX") && out.contains(&format!("not to your {other}")),
        "{out}"
    );
    // A pinned log key the collector does not serve.
    let (ok, out) = ocs(&[
        "doctor",
        "--url",
        &w.base,
        "--log-key",
        "ocs-edge/other+00000000+AAAA",
    ]);
    assert!(!ok && out.contains("the log was replaced"), "{out}");
    // A collector that refuses to run: the setting it names, and the remedy.
    let mut short = Instance::new("doctor-short-token", open_vars());
    short.secrets = vec![
        ("TURNSTILE_SECRET", TURNSTILE_SECRET.to_owned()),
        ("EXPORT_TOKEN", "only-twenty-characters".to_owned()),
    ];
    let refused = start(short);
    let (ok, out) = ocs(&["doctor", "--url", &refused.base]);
    assert!(
        !ok && out.contains("the collector refuses to run: EXPORT_TOKEN"),
        "{out}"
    );
    refused.stop(false);
}
