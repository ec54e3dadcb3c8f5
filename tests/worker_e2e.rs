//! End to end against the real worker: workerd through `wrangler dev`, local SQLite Durable
//! Objects in a fresh `--persist-to` folder, and a local Turnstile stub (never Cloudflare).
//!
//! One test function starts the worker once (starting it takes seconds; see TOOLCHAIN.md) and runs
//! the scenarios in order; a guard stops every process it started, also when a scenario fails.
//! Needs the worker toolchain that `scripts/test` installs, so it runs only with the `e2e`
//! feature. `OCS_E2E_PREBUILT=1` skips the build when `scripts/test` has just built the worker
//! for the bundle-size check.
#![cfg(feature = "e2e")]

mod support;

use common::{letters, part_a, part_b, PART_A, PART_B};
use ocs_core::envelope::{open, Binding, Purpose};
use ocs_core::keys::{SecretKey, Suite};
use ocs_core::ledger::{verify_shard, Row};
use ocs_core::statement::Statement;
use ocs_testkit as common;
use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;
use std::sync::Arc;
use std::time::Duration;
use support::*;

#[test]
fn worker_end_to_end() {
    build_worker();
    let dir = tempfile::tempdir().expect("temp dir");
    let mut processes = Processes(Vec::new());
    let stub = start_turnstile_stub(&mut processes);
    let organiser = SecretKey::generate(Suite::X25519).expect("key");
    let public = organiser.public_key().expect("public key").to_bech32();
    let vars = |start: i64, end: i64, registered: i64| {
        vec![
            ("ORGANISER_PUBLIC_KEY", public.clone()),
            ("TURNSTILE_VERIFY_URL", stub.clone()),
            ("SHARD_COUNT", SHARDS.to_string()),
            ("INITIATIVE_ID", INITIATIVE.to_owned()),
            ("INITIATIVE_REGISTRATION_DATE", iso_day(registered)),
            ("COLLECTION_START", iso_day(start)),
            ("COLLECTION_END", iso_day(end)),
        ]
    };
    let open_index = processes.0.len();
    let open_worker = start_worker(
        dir.path(),
        "open",
        &vars(-30, 270, -60),
        None,
        &mut processes,
    );
    let mut closed_vars = vars(30, 330, -10);
    closed_vars.push(("LANGUAGES", "fr de".to_owned()));
    let closed_worker = start_worker(dir.path(), "closed", &closed_vars, None, &mut processes);

    let mut secrets_signed: Vec<String> = Vec::new();
    let mut accepted: BTreeMap<String, Vec<(&str, String)>> = BTreeMap::new();

    pages_and_headers(&open_worker, &closed_worker);
    every_status_code(
        &open_worker,
        &closed_worker,
        &mut accepted,
        &mut secrets_signed,
    );
    form_posts(&open_worker, &mut accepted, &mut secrets_signed);
    for (id, pairs) in simultaneous_signatures(&open_worker, 48) {
        secrets_signed.extend([pairs[1].1.clone(), pairs[2].1.clone()]);
        accepted.insert(id, pairs);
    }
    simultaneous_duplicates(&open_worker, 24, &mut accepted);
    several_nationalities(&open_worker, &mut accepted, &mut secrets_signed);
    counters_are_exact(&open_worker, &mut accepted);
    stored_rows_open_with_the_organiser_key(&open_worker, &organiser, &accepted);
    no_plaintext_at_rest_or_in_logs(&open_worker, &secrets_signed);
    organiser_pull_and_verify(&open_worker, dir.path(), &organiser, &mut accepted);

    // The same ledger after the initiative was withdrawn 45 days ago: the retention cron deletes it.
    processes.stop(open_index);
    let mut withdrawn = vars(-30, 270, -60);
    withdrawn.push(("WITHDRAWN", iso_day(-45)));
    let retired = start_worker(
        dir.path(),
        "retired",
        &withdrawn,
        Some(&open_worker.state_dir),
        &mut processes,
    );
    retention_deletes_the_ledger(&retired, dir.path(), accepted.len());
    drop(processes);
}

fn pages_and_headers(w: &Worker, fewer_languages: &Worker) {
    assert_eq!(w.get("/healthz").status, 200);
    let root = w.get("/");
    assert_eq!(root.status, 302);
    assert_eq!(
        root.headers.get("location").map(String::as_str),
        Some("/en/")
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
    let csp = &form.headers["content-security-policy"];
    assert!(csp.contains("frame-ancestors 'none'") && !csp.contains("unsafe-inline"));
    assert!(form.headers["strict-transport-security"].contains("max-age="));
    assert_eq!(form.headers["x-content-type-options"], "nosniff");
    assert_eq!(form.headers["referrer-policy"], "no-referrer");
    assert_eq!(form.headers["cache-control"], "no-store");
    let css = w.get("/assets/style.css");
    assert_eq!(css.status, 200);
    assert_eq!(css.headers["x-content-type-options"], "nosniff");
    assert_eq!(w.get("/en/sign?nationality=US").status, 404);
    assert_eq!(w.get("/xx/").status, 404);
    let root = fewer_languages.get("/");
    assert_eq!(
        root.headers.get("location").map(String::as_str),
        Some("/fr/")
    );
    assert_eq!(
        fewer_languages.get("/pl/").status,
        404,
        "language not offered"
    );
    let ruleset = w.get("/api/v1/ruleset").json();
    assert_eq!(ruleset["states"].as_object().map(|s| s.len()), Some(27));
}

fn every_status_code(
    w: &Worker,
    closed: &Worker,
    accepted: &mut BTreeMap<String, Vec<(&'static str, String)>>,
    secrets: &mut Vec<String>,
) {
    let (nat, doc, number) = PART_B[13]; // PL
    let pl = part_b(nat, doc, number);
    let created = w.sign_json("10.1.0.1", &pl, "pass");
    assert_eq!(created.status, 201, "{}", created.body);
    let receipt = created.json();
    let id = receipt["id"].as_str().expect("id").to_owned();
    assert!(receipt["receipt"]["seq"].as_u64().is_some());
    accepted.insert(id, pl.clone());
    secrets.push(number.to_owned());

    let again = w.sign_json("10.1.0.2", &pl, "pass");
    assert_eq!(
        (again.status, again.json()["error"].clone()),
        (409, "already_supported".into())
    );

    let mut bad = part_b(nat, doc, "44051401358");
    bad.retain(|(k, _)| *k != "declaration");
    let invalid = w.sign_json("10.1.0.3", &bad, "pass");
    assert_eq!(invalid.status, 422);
    let errors = invalid.json()["errors"].clone();
    let fields: BTreeSet<String> = errors
        .as_array()
        .expect("errors")
        .iter()
        .map(|e| {
            assert!(e["message"].as_str().is_some_and(|m| !m.is_empty()));
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

    let (nat, doc, number) = PART_B[5]; // EE
    let bot = w.sign_json("10.1.0.4", &part_b(nat, doc, number), "fail-bot");
    assert_eq!(bot.status, 403);
    let no_token = w.sign_json("10.1.0.4", &part_b(nat, doc, number), "");
    assert_eq!(no_token.status, 403);

    assert_eq!(
        w.post("/api/v1/statements", "10.1.0.5", "text/plain", "hello")
            .status,
        415
    );
    let huge = format!("{{\"full_first_names\":\"{}\"}}", "a".repeat(20_000));
    assert_eq!(
        w.post("/api/v1/statements", "10.1.0.6", "application/json", &huge)
            .status,
        413
    );
    assert_eq!(
        w.post("/api/v1/statements", "10.1.0.7", "application/json", "[1")
            .status,
        400
    );

    let gone = closed.sign_json("10.1.0.8", &part_a("FR"), "pass");
    assert_eq!(
        (gone.status, gone.json()["error"].clone()),
        (410, "collection_closed".into())
    );
    let gone_page = closed.get("/fr/sign?nationality=FR");
    assert_eq!(gone_page.status, 410);
    assert!(
        gone_page.body.contains("pas encore commencé"),
        "the closed page, in French"
    );

    // The per-client limit: 30 attempts a minute from one address. The limiter's window may
    // roll over during the loop, so look for the first 429 and require 30 answers before it.
    let mut statuses = Vec::new();
    while statuses.len() < 90 && statuses.last() != Some(&429) {
        statuses.push(
            w.post("/api/v1/statements", "10.1.0.9", "application/json", "{}")
                .status,
        );
    }
    assert_eq!(statuses.last(), Some(&429), "{statuses:?}");
    assert!(statuses.len() > 30, "{statuses:?}");
    assert!(
        statuses[..statuses.len() - 1].iter().all(|s| *s == 422),
        "{statuses:?}"
    );
    assert_eq!(
        w.sign_json("10.1.0.10", &[], "pass").status,
        422,
        "others unaffected"
    );

    let export = w.get("/api/v1/export?shard=0");
    assert_eq!(export.status, 401);
    let wrong = w.get_as(
        "/api/v1/export?shard=0",
        "Bearer e2e-export-token-8c1f0d2b7a-5e9b2c4d1a7e",
    );
    assert_eq!(wrong.status, 401);
    assert_eq!(w.get("/api/v1/nothing").status, 404);
}

fn form_posts(
    w: &Worker,
    accepted: &mut BTreeMap<String, Vec<(&'static str, String)>>,
    secrets: &mut Vec<String>,
) {
    let mut de = part_a("DE");
    de.retain(|(k, _)| *k != "full_first_names");
    de.push(("full_first_names", "Hildegard Formularia".into()));
    de.push(("cf-turnstile-response", "no-widget".into()));
    let mut wrong = de.clone();
    wrong.retain(|(k, _)| *k != "date_of_birth");
    wrong.push(("date_of_birth", "31/02/1990".into()));
    let page = w.post(
        "/en/sign",
        "10.2.0.1",
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
        "10.2.0.1",
        "application/x-www-form-urlencoded",
        &form_body(&de),
    );
    assert_eq!(done.status, 201, "{}", done.body);
    let id = done
        .body
        .split("<code id=\"statement-id\">")
        .nth(1)
        .and_then(|s| s.split('<').next())
        .expect("confirmation shows the statement id")
        .to_owned();
    de.retain(|(k, _)| *k != "cf-turnstile-response");
    accepted.insert(id, de);
    secrets.push("Formularia".into());

    let no_bot_token = w.post(
        "/en/sign",
        "10.2.0.2",
        "application/x-www-form-urlencoded",
        &form_body(&part_a("DE")),
    );
    assert_eq!(no_bot_token.status, 403);
    assert!(
        no_bot_token.body.contains("value=\"Anna Maria\""),
        "input kept"
    );
}

/// Many different signatories at once: every statement is stored and counted exactly once.
fn simultaneous_signatures(w: &Worker, n: usize) -> BTreeMap<String, Vec<(&'static str, String)>> {
    let w = Arc::new(w.clone());
    let handles: Vec<_> = (0..n)
        .map(|i| {
            let w = Arc::clone(&w);
            std::thread::spawn(move || {
                let mut pairs = part_a("DE");
                pairs.retain(|(k, _)| *k != "full_first_names" && *k != "family_names");
                pairs.insert(
                    1,
                    (
                        "full_first_names",
                        format!("Concurrent {}", letters(i as u64 + 1000)),
                    ),
                );
                pairs.insert(
                    2,
                    (
                        "family_names",
                        format!("Zeitgleich{}", letters(i as u64 + 2000)),
                    ),
                );
                let r = w.sign_json(&format!("10.3.{}.{}", i / 200, i % 200), &pairs, "pass");
                assert_eq!(r.status, 201, "{}", r.body);
                (r.json()["id"].as_str().expect("id").to_owned(), pairs)
            })
        })
        .collect();
    handles
        .into_iter()
        .map(|h| h.join().expect("signing thread"))
        .collect()
}

/// The same signatory many times at once: exactly one statement is accepted.
fn simultaneous_duplicates(
    w: &Worker,
    n: usize,
    accepted: &mut BTreeMap<String, Vec<(&'static str, String)>>,
) {
    let (nat, doc, number) = PART_B[16]; // SE
    let handles: Vec<_> = (0..n)
        .map(|i| {
            let worker = w.clone();
            std::thread::spawn(move || {
                let r = worker.sign_json(&format!("10.4.0.{i}"), &part_b(nat, doc, number), "pass");
                (r.status, r.json()["id"].as_str().map(str::to_owned))
            })
        })
        .collect();
    let results: Vec<(u16, Option<String>)> = handles
        .into_iter()
        .map(|h| h.join().expect("thread"))
        .collect();
    let created: Vec<_> = results.iter().filter(|(s, _)| *s == 201).collect();
    assert_eq!(created.len(), 1, "{results:?}");
    assert_eq!(results.iter().filter(|(s, _)| *s == 409).count(), n - 1);
    let id = created[0].1.clone().expect("id");
    accepted.insert(id, part_b(nat, doc, number));
}

/// Distinctive values for several nationalities, searched for afterwards.
fn several_nationalities(
    w: &Worker,
    accepted: &mut BTreeMap<String, Vec<(&'static str, String)>>,
    secrets: &mut Vec<String>,
) {
    for (i, nat) in PART_A.iter().enumerate() {
        let mut pairs = part_a(nat);
        let first = format!("Quirinus {}", letters(i as u64 + 5000));
        let family = format!("Wolkensteiner{}", letters(i as u64 + 6000));
        let street = format!("Xylophonweg{}", letters(i as u64 + 7000));
        let city = format!("Quakenbrueck{}", letters(i as u64 + 8000));
        let day = format!("1971-03-{:02}", i + 10);
        for (k, v) in [
            ("full_first_names", &first),
            ("family_names", &family),
            ("street", &street),
            ("city", &city),
            ("date_of_birth", &day),
        ] {
            pairs.retain(|(key, _)| *key != k);
            pairs.push((k, v.clone()));
        }
        let r = w.sign_json(&format!("10.5.0.{i}"), &pairs, "pass");
        assert_eq!(r.status, 201, "{nat}: {}", r.body);
        secrets.extend([first, family, street, city, day.clone()]);
        secrets.push(format!("{}/03/1971", &day[8..]));
        accepted.insert(r.json()["id"].as_str().expect("id").to_owned(), pairs);
    }
    for (i, (nat, doc, number)) in PART_B.iter().enumerate() {
        if ["PL", "SE"].contains(nat) {
            continue; // signed above
        }
        let mut pairs = part_b(nat, doc, number);
        let family = format!("Vertraulich{}", letters(i as u64 + 9000));
        pairs.retain(|(k, _)| *k != "family_names");
        pairs.push(("family_names", family.clone()));
        let r = w.sign_json(&format!("10.6.0.{i}"), &pairs, "pass");
        assert_eq!(r.status, 201, "{nat}: {}", r.body);
        secrets.push(family);
        let compact: String = number
            .chars()
            .filter(|c| c.is_ascii_alphanumeric())
            .collect();
        if compact.len() >= 8 {
            secrets.push(compact);
        }
        accepted.insert(r.json()["id"].as_str().expect("id").to_owned(), pairs);
    }
}

/// The per-nationality counters (bumped in the same SQL statement as the insert) equal what was
/// accepted, after the concurrent bursts; progress is then served from the cache for a while.
fn counters_are_exact(w: &Worker, accepted: &mut BTreeMap<String, Vec<(&'static str, String)>>) {
    let mut expected: BTreeMap<String, u64> = BTreeMap::new();
    for pairs in accepted.values() {
        let nationality = pairs
            .iter()
            .find(|(k, _)| *k == "nationality")
            .map(|(_, v)| v.clone())
            .expect("nationality");
        *expected.entry(nationality).or_default() += 1;
    }
    let counts = w.counts();
    let nonzero: BTreeMap<String, u64> = counts.into_iter().filter(|(_, n)| *n > 0).collect();
    assert_eq!(nonzero, expected);
    assert!(expected.len() >= 20, "many nationalities signed");
    assert_eq!(expected.get("DE").copied(), Some(48 + 2));
    // Cached briefly: a signature right now does not show until the cache entry expires.
    let cached = w.get("/api/v1/progress");
    assert_eq!(
        cached.headers.get("cache-control").map(String::as_str),
        Some("public, max-age=10")
    );
    assert_eq!(cached.json()["total"].as_u64(), Some(accepted.len() as u64));
}

/// Every accepted statement is in the export exactly once, chains verify, and the organiser's key
/// opens each envelope to exactly what was signed.
fn stored_rows_open_with_the_organiser_key(
    w: &Worker,
    organiser: &SecretKey,
    accepted: &BTreeMap<String, Vec<(&'static str, String)>>,
) {
    let shards = w.export_all();
    let mut seen = BTreeSet::new();
    let mut used_shards = 0;
    for (shard, rows) in shards.iter().enumerate() {
        let shard = u32::try_from(shard).expect("shard");
        verify_shard(INITIATIVE, shard, rows).unwrap_or_else(|f| panic!("shard {shard}: {f:?}"));
        used_shards += usize::from(!rows.is_empty());
        for row in rows {
            let id = row.id.to_string();
            assert!(seen.insert(id.clone()), "statement {id} stored twice");
            let binding = Binding {
                purpose: Purpose::Statement,
                statement_id: row.id,
                initiative: INITIATIVE,
                nationality: &row.nationality,
            };
            let sealed = row.sealed().expect("not erased");
            let plaintext = open(organiser, &binding, &sealed.envelope).expect("envelope opens");
            let statement = Statement::from_canonical(&plaintext).expect("canonical statement");
            let signed = accepted
                .get(&id)
                .unwrap_or_else(|| panic!("stored statement {id} was never accepted"));
            let value = |k: &str| signed.iter().find(|(key, _)| *key == k).map(|(_, v)| v);
            assert_eq!(Some(&statement.nationality), value("nationality"));
            assert_eq!(Some(&statement.nationality), Some(&row.nationality));
            for (field, stored) in statement.fields.iter() {
                if field == "family_names" || field == "full_first_names" || field == "city" {
                    assert_eq!(
                        Some(stored),
                        value(field).map(String::as_str),
                        "{id}: {field}"
                    );
                }
            }
        }
    }
    assert_eq!(
        seen,
        accepted.keys().cloned().collect(),
        "every accepted statement stored once"
    );
    assert!(used_shards > 1, "statements spread over shards");
}

/// Nothing a signatory typed is in the wrangler state folder or the worker's log.
fn no_plaintext_at_rest_or_in_logs(w: &Worker, secrets: &[String]) {
    let mut files = vec![w.log.clone()];
    let mut stack = vec![w.state_dir.clone()];
    while let Some(dir) = stack.pop() {
        for entry in fs::read_dir(&dir).expect("state dir").flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else {
                files.push(path);
            }
        }
    }
    assert!(files.len() > 2, "state files exist: {files:?}");
    let mut bytes_checked = 0;
    for file in &files {
        let content = fs::read(file).expect("readable");
        bytes_checked += content.len();
        let text = String::from_utf8_lossy(&content).to_lowercase();
        for secret in secrets {
            assert!(
                !text.contains(&secret.to_lowercase()),
                "{secret:?} found in {}",
                file.display()
            );
        }
    }
    assert!(
        bytes_checked > 10_000,
        "the ledger holds data ({bytes_checked} bytes)"
    );
    assert!(secrets.len() > 60);
}

/// `ocs pull` fetches every row into a bundle and a second pull only new ones; `ocs verify` passes
/// on the pulled bundle (counts matching the collector) and names the row a tamperer changed.
fn organiser_pull_and_verify(
    w: &Worker,
    dir: &Path,
    organiser: &SecretKey,
    signed: &mut BTreeMap<String, Vec<(&'static str, String)>>,
) {
    let accepted = signed.len();
    let bundle = dir.join("bundle");
    let bundle_arg = bundle.to_str().expect("utf-8 path");
    let (ok, out) = ocs(&["pull", "--url", &w.base, "--page", "7", bundle_arg]);
    assert!(ok, "{out}");
    assert!(
        out.contains(&format!("pulled {accepted} new rows")),
        "{out}"
    );
    let (ok, out) = ocs(&["pull", "--url", &w.base, bundle_arg]);
    assert!(ok && out.contains("pulled 0 new rows"), "{out}");

    erase_one_statement(w, dir, &bundle, signed);

    // Progress is cached for 10 s after the last read; wait it out to compare counts.
    std::thread::sleep(Duration::from_secs(11));
    let (ok, out) = ocs(&["verify", "--url", &w.base, bundle_arg]);
    assert!(ok, "{out}");
    assert!(out.contains("counts match") && out.contains("OK:"), "{out}");

    organiser_export(dir, &bundle, organiser, signed);

    // Alter one byte of meaning in one stored row: verify fails and names it.
    let (shard, file) = (0..SHARDS)
        .map(|s| (s, bundle.join(format!("shard-{s:04}.jsonl"))))
        .find(|(_, f)| fs::read_to_string(f).is_ok_and(|t| t.lines().count() >= 3))
        .expect("a shard with three rows");
    let original = fs::read_to_string(&file).expect("shard file");
    let mut lines: Vec<String> = original.lines().map(str::to_owned).collect();
    let mut row: serde_json::Value = serde_json::from_str(&lines[1]).expect("row");
    row["nationality"] = "MT".into();
    lines[1] = row.to_string();
    fs::write(&file, lines.join("\n") + "\n").expect("tamper");
    let (ok, out) = ocs(&["verify", bundle_arg]);
    assert!(!ok, "{out}");
    assert!(
        out.contains(&format!("shard {shard}, row 2: hash does not chain")),
        "{out}"
    );

    // Remove a row instead: the gap is named.
    let mut lines: Vec<&str> = original.lines().collect();
    lines.remove(1);
    fs::write(&file, lines.join("\n") + "\n").expect("remove");
    let (ok, out) = ocs(&["verify", bundle_arg]);
    assert!(!ok, "{out}");
    assert!(
        out.contains(&format!(
            "shard {shard}: row 3 found where row 2 was expected"
        )),
        "{out}"
    );
}

/// `ocs export` on the pulled bundle: every accepted statement appears exactly once, in the file
/// of its nationality, with exactly the Annex III property keys and what the signatory typed.
fn organiser_export(
    dir: &Path,
    bundle: &Path,
    organiser: &SecretKey,
    signed: &BTreeMap<String, Vec<(&'static str, String)>>,
) {
    const PASSPHRASE: &str = "end-to-end organiser passphrase";
    let pass = dir.join("pass");
    fs::write(&pass, PASSPHRASE).expect("passphrase file");
    let key_file = dir.join("organiser.key");
    let sealed = ocs::keyfile::encrypt_key(
        organiser,
        &age::secrecy::SecretString::from(PASSPHRASE.to_owned()),
        "2026-11-22T00:00:00Z",
        Some(10),
    )
    .expect("key file");
    ocs::keyfile::write_private_file(&key_file, &sealed).expect("write key file");
    let out_dir = dir.join("handover");
    let path = |p: &Path| p.to_str().expect("utf-8 path").to_owned();
    let (ok, out) = ocs(&[
        "export",
        &path(bundle),
        "--key",
        &path(&key_file),
        "--passphrase-file",
        &path(&pass),
        "--out",
        &path(&out_dir),
    ]);
    assert!(ok, "{out}");
    assert!(
        out.contains(&format!("{} statements", signed.len())),
        "{out}"
    );
    let rules = common::rules();
    let mut seen = BTreeSet::new();
    let mut countries = BTreeSet::new();
    for entry in fs::read_dir(&out_dir).expect("handover folder") {
        let file = entry.expect("entry").path();
        if file.extension().and_then(|e| e.to_str()) != Some("xml") {
            continue;
        }
        let (country, signatures) =
            common::read_hand_over_xml(&fs::read_to_string(&file).expect("xml"));
        assert_eq!(
            file.file_stem().and_then(|s| s.to_str()),
            Some(country.as_str())
        );
        countries.insert(country.to_uppercase());
        for (id, _, _, properties) in signatures {
            let pairs = signed
                .get(&id)
                .unwrap_or_else(|| panic!("exported {id} was never accepted"));
            let value = |k: &str| {
                pairs
                    .iter()
                    .find(|(key, _)| *key == k)
                    .map(|(_, v)| v.as_str())
            };
            let (nationality, _) = rules
                .resolve_nationality(value("nationality").expect("nationality"))
                .expect("member state");
            assert_eq!(
                country.to_uppercase(),
                nationality,
                "{id} in the wrong file"
            );
            let document = value("id_type").map(|doc| {
                rules
                    .state(nationality)
                    .and_then(|s| s.document(doc))
                    .expect("document")
                    .export_key
                    .trim_start_matches("oct.property.")
                    .to_owned()
            });
            let mut keys: Vec<String> = properties.iter().map(|(_, k, _)| k.clone()).collect();
            keys.sort();
            assert_eq!(
                keys,
                common::annex_iii_keys(nationality, document.as_deref()),
                "{id}"
            );
            for (_, key, exported) in &properties {
                let field = key.trim_start_matches("oct.property.").replace('.', "_");
                if ["family_names", "full_first_names", "city"].contains(&field.as_str()) {
                    assert_eq!(Some(exported.as_str()), value(&field), "{id}: {key}");
                }
            }
            assert!(seen.insert(id.clone()), "{id} exported twice");
        }
    }
    assert_eq!(
        seen,
        signed.keys().cloned().collect(),
        "every statement exported once"
    );
    assert_eq!(
        countries.len(),
        27,
        "a file for every nationality: {countries:?}"
    );
}

/// A signatory asks for their statement to be erased: `ocs erase statement` makes it a tombstone
/// at the collector and in the bundle; chains still verify; a fresh pull gets the tombstone.
fn erase_one_statement(
    w: &Worker,
    dir: &Path,
    bundle: &Path,
    signed: &mut BTreeMap<String, Vec<(&'static str, String)>>,
) {
    // One of a nationality that keeps other statements, so every country still has a file.
    let nationality = |pairs: &Vec<(&'static str, String)>| {
        pairs
            .iter()
            .find(|(k, _)| *k == "nationality")
            .map(|(_, v)| v.clone())
    };
    let id = signed
        .iter()
        .find(|(_, pairs)| {
            signed
                .values()
                .filter(|p| nationality(p) == nationality(pairs))
                .count()
                > 1
        })
        .map(|(id, _)| id.clone())
        .expect("a nationality signed twice");
    let bundle_arg = bundle.to_str().expect("utf-8 path");
    let (ok, out) = ocs(&[
        "erase",
        "statement",
        "--url",
        &w.base,
        "--bundle",
        bundle_arg,
        &id,
    ]);
    assert!(ok, "{out}");
    assert!(
        out.contains(&format!("statement {id}: erased at the collector")),
        "{out}"
    );
    assert!(out.contains("1 rows of"), "{out}");
    let (ok, out) = ocs(&["erase", "statement", "--url", &w.base, &id]);
    assert!(ok && out.contains("was already erased"), "{out}");
    let (ok, out) = ocs(&[
        "erase",
        "statement",
        "--url",
        &w.base,
        &uuid_v4_never_issued(),
    ]);
    assert!(!ok && out.contains("holds no statement"), "{out}");
    // (That it no longer counts is checked by `ocs verify --url` once the progress cache expires.)
    // The bundle holds a tombstone where the statement was; the chain verifies.
    let (ok, out) = ocs(&["verify", bundle_arg]);
    assert!(ok, "{out}");
    let rows: Vec<Row> = (0..SHARDS)
        .flat_map(|s| {
            let text =
                fs::read_to_string(bundle.join(format!("shard-{s:04}.jsonl"))).unwrap_or_default();
            text.lines()
                .map(|l| serde_json::from_str::<Row>(l).expect("row"))
                .collect::<Vec<_>>()
        })
        .collect();
    let tombstone = rows
        .iter()
        .find(|r| r.id.to_string() == id)
        .expect("tombstone kept");
    assert!(tombstone.is_erased());
    // A fresh pull gets it as a tombstone from the start.
    let fresh = dir.join("fresh-bundle");
    let fresh_arg = fresh.to_str().expect("utf-8 path");
    let (ok, out) = ocs(&["pull", "--url", &w.base, fresh_arg]);
    assert!(ok, "{out}");
    let (ok, out) = ocs(&["verify", fresh_arg]);
    assert!(ok, "{out}");
    let direct: Vec<Row> = w.export_all().into_iter().flatten().collect();
    let served = direct
        .iter()
        .find(|r| r.id.to_string() == id)
        .expect("served");
    assert_eq!(served, tombstone);
    signed.remove(&id);
}

fn uuid_v4_never_issued() -> String {
    "0f8fad5b-d9cb-469f-a165-70867728950e".to_owned()
}

/// After the retention deadline, the cron trigger deletes every shard: nothing left to export,
/// counters at zero.
fn retention_deletes_the_ledger(w: &Worker, dir: &Path, held: usize) {
    assert_eq!(
        w.export_all().iter().map(Vec::len).sum::<usize>(),
        held + 1,
        "the ledger as left"
    );
    let reply = w.get("/__scheduled?cron=30+3+*+*+*");
    assert_eq!(reply.status, 200, "{}", reply.body);
    assert!(
        w.export_all().iter().all(Vec::is_empty),
        "rows left after the retention sweep"
    );
    assert!(w.counts().values().all(|n| *n == 0), "{:?}", w.counts());
    let empty = dir.join("after-retention");
    let (ok, out) = ocs(&[
        "pull",
        "--url",
        &w.base,
        empty.to_str().expect("utf-8 path"),
    ]);
    assert!(ok && out.contains("pulled 0 new rows"), "{out}");
    let log = fs::read_to_string(&w.log).unwrap_or_default();
    assert!(log.contains("rows and the dedupe key deleted"), "{log}");
    // The dedupe key is gone with the rows: even a fresh isolate cannot sign any more.
    let late = w.sign_json("203.0.113.201", &part_a("DE"), "ok");
    assert_eq!(late.status, 410, "{}", late.body);
}
