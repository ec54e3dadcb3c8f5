//! End to end, the organiser's side: `ocs pull`, `verify` (alone and against the collector),
//! `export`, `erase statement`, and the organiser API's refusals, against the real worker and
//! the real `ocs` binary.
#![cfg(feature = "e2e")]

mod support;

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;
use std::process::Command;

use ocs_core::ledger::Row;
use ocs_testkit as common;
use ocs_testkit::{part_a, part_b, PART_A, PART_B};
use support::*;

type Accepted = BTreeMap<String, Vec<(&'static str, String)>>;

/// One statement of every member state, on `w`, from client addresses of `net`.
fn sign_every_state(w: &Worker, net: u8) -> Accepted {
    let mut accepted = Accepted::new();
    let all = PART_A.iter().map(|nat| part_a(nat)).chain(
        PART_B
            .iter()
            .map(|(nat, doc, number)| part_b(nat, doc, number)),
    );
    for (i, pairs) in all.enumerate() {
        let r = w.sign_json(&format!("10.{net}.0.{}", i + 1), &pairs, "pass");
        assert_eq!(r.status, 201, "{}", r.body);
        accepted.insert(r.json()["id"].as_str().expect("id").to_owned(), pairs);
    }
    accepted
}

/// `ocs pull` fetches every row into a bundle and a second pull only new ones; `ocs verify`
/// passes, alone and against the collector; erasure, export; a tamperer's change is named.
#[test]
fn pull_verify_erase_export_and_tampering() {
    let w = start(Instance::new("organiser", open_vars()));
    let dir = setup().dir.join("organiser-files");
    fs::create_dir_all(&dir).expect("dir");
    let mut signed = sign_every_state(&w, 30);
    // A statement with a second signatory of a member state, so erasing one leaves its file.
    let extra = ocs_testkit::with(&part_a("FR"), "family_names", Some("Deuxième"));
    let r = w.sign_json("10.30.1.1", &extra, "pass");
    assert_eq!(r.status, 201, "{}", r.body);
    signed.insert(r.json()["id"].as_str().expect("id").to_owned(), extra);
    let bundle = dir.join("bundle");
    let bundle_arg = bundle.to_str().expect("utf-8 path");
    let (ok, out) = ocs(&["pull", "--url", &w.base, "--page", "7", bundle_arg]);
    assert!(ok, "{out}");
    assert!(
        out.contains(&format!("pulled {} new rows", signed.len())),
        "{out}"
    );
    let (ok, out) = ocs(&["pull", "--url", &w.base, bundle_arg]);
    assert!(ok && out.contains("pulled 0 new rows"), "{out}");

    erase_one_statement(&w, &dir, &bundle, &mut signed);

    // Against the collector: exact counts and heads, read now (no cache to wait out).
    let (ok, out) = ocs(&["verify", "--url", &w.base, bundle_arg]);
    assert!(ok, "{out}");
    assert!(
        out.contains("counts match the collector: 0 statements signed since the pull"),
        "{out}"
    );

    organiser_export(&dir, &bundle, &signed);
    tampering_is_named(&bundle);
}

/// Right after a signature, the bundle is behind, not wrong: `ocs verify --url` says so and
/// exits 0; a row changed at the collector is a fault.
#[test]
fn verify_against_the_collector_tells_rows_since_the_pull_from_a_loss() {
    let w = start(Instance::new("verify-url", open_vars()));
    let dir = setup().dir.join("verify-url-files");
    fs::create_dir_all(&dir).expect("dir");
    let (nat, doc, number) = PART_B[0];
    let r = w.sign_json("10.31.0.1", &part_b(nat, doc, number), "pass");
    assert_eq!(r.status, 201, "{}", r.body);
    let bundle = dir.join("bundle");
    let bundle_arg = bundle.to_str().expect("utf-8 path");
    let (ok, out) = ocs(&["pull", "--url", &w.base, bundle_arg]);
    assert!(ok, "{out}");
    let (nat, doc, number) = PART_B[1];
    let r = w.sign_json("10.31.0.2", &part_b(nat, doc, number), "pass");
    assert_eq!(r.status, 201, "{}", r.body);
    let (ok, out) = ocs(&["verify", "--url", &w.base, bundle_arg]);
    assert!(ok, "{out}");
    assert!(out.contains("1 statement signed since the pull"), "{out}");
    assert_eq!(out.matches("COUNT").count(), 0, "{out}");
    // A statement of the bundle erased at the collector: accounted for, not a loss.
    let id = r.json()["id"].as_str().expect("id").to_owned();
    let (ok, out) = ocs(&["pull", "--url", &w.base, bundle_arg]);
    assert!(ok, "{out}");
    let (ok, out) = ocs(&["erase", "statement", "--url", &w.base, &id]);
    assert!(ok, "{out}");
    let (ok, out) = ocs(&["verify", "--url", &w.base, bundle_arg]);
    assert!(ok && out.contains("1 erased since"), "{out}");
    // A row rewritten at the collector after the pull (its hash recomputed, as a tamperer with
    // storage access would): not "behind", a fault.
    let state = w.state_dir.clone();
    w.stop(false);
    let script = r#"
import glob, sqlite3, sys
for path in sorted(glob.glob(sys.argv[1] + "/**/*.sqlite", recursive=True)):
    db = sqlite3.connect(path)
    tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    if "rows" in tables and db.execute("SELECT COUNT(*) FROM rows").fetchone()[0] > 0:
        db.execute("UPDATE rows SET chain = ? WHERE seq = (SELECT MAX(seq) FROM rows)", ("ab" * 32,))
        db.commit()
        print(path)
        break
"#;
    let changed = Command::new("python3")
        .args(["-c", script, state.to_str().expect("utf-8")])
        .output()
        .expect("python3");
    assert!(
        !changed.stdout.is_empty(),
        "a row was rewritten: {changed:?}"
    );
    let mut again = Instance::new("verify-url-2", open_vars());
    again.state = Some(state.clone());
    let w = start(again);
    let (ok, out) = ocs(&["verify", "--url", &w.base, bundle_arg]);
    assert!(!ok, "{out}");
    assert!(out.contains("rows rewritten at the collector"), "{out}");
    w.stop(false);

    // Rows removed at the collector, and a counter that no longer matches its rows: each named.
    let script = r#"
import glob, sqlite3, sys
for path in sorted(glob.glob(sys.argv[1] + "/**/*.sqlite", recursive=True)):
    db = sqlite3.connect(path)
    tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    if "rows" in tables and db.execute("SELECT COUNT(*) FROM rows").fetchone()[0] > 0:
        db.execute("DELETE FROM rows")
        db.execute("UPDATE counts SET n = n + 5")
        db.commit()
        print(path)
"#;
    let changed = Command::new("python3")
        .args(["-c", script, state.to_str().expect("utf-8")])
        .output()
        .expect("python3");
    assert!(!changed.stdout.is_empty(), "rows were removed: {changed:?}");
    let mut third = Instance::new("verify-url-3", open_vars());
    third.state = Some(state);
    let w = start(third);
    let (ok, out) = ocs(&["verify", "--url", &w.base, bundle_arg]);
    assert!(!ok, "{out}");
    assert!(out.contains("rows were removed at the collector"), "{out}");
    assert!(out.contains("COUNT: "), "{out}");
    w.stop(false);
}

/// The organiser API refuses clearly, as JSON: no token, a wrong one, a malformed query, an
/// unknown shard, an unknown statement; too many failures throttle the client.
#[test]
fn the_organiser_api_refuses_clearly_and_throttles_guessing() {
    let w = open_worker();
    let r = w.get("/api/v1/export?shard=0");
    assert_eq!((r.status, r.code()), (401, "unauthorised".into()));
    let r = w.organiser("/api/v1/export?shard=abc");
    assert_eq!(
        (r.status, r.code()),
        (400, "bad_request".into()),
        "{}",
        r.body
    );
    let r = w.organiser("/api/v1/export?shard=4000000000");
    assert_eq!(
        (r.status, r.code()),
        (404, "no_such_shard".into()),
        "{}",
        r.body
    );
    let r = w.organiser("/api/v1/export?shard=0&after=-1");
    assert_eq!(r.status, 400, "{}", r.body);
    let r = w.request(
        "DELETE",
        "/api/v1/statements/not-a-uuid",
        &[("authorization", &format!("Bearer {EXPORT_TOKEN}"))],
        b"",
    );
    assert_eq!((r.status, r.code()), (400, "bad_request".into()));
    let r = w.request(
        "DELETE",
        "/api/v1/statements/0f8fad5b-d9cb-469f-a165-70867728950e",
        &[("authorization", &format!("Bearer {EXPORT_TOKEN}"))],
        b"",
    );
    assert_eq!((r.status, r.code()), (404, "no_such_statement".into()));
    // Ten wrong guesses a minute, then even the right credential waits.
    let (me, statuses) = in_one_limit_window(|run| {
        let me = format!("10.99.{run}.1");
        let statuses: Vec<u16> = (0..12)
            .map(|i| {
                w.get_with(
                    "/api/v1/counts",
                    &[
                        ("authorization", &format!("Bearer wrong-{i}")),
                        ("cf-connecting-ip", &me),
                    ],
                )
                .status
            })
            .collect();
        (me, statuses)
    });
    // Exactly ten answered 401, then refused: neither sooner nor later.
    let mut expected = vec![401; 10];
    expected.extend([429, 429]);
    assert_eq!(statuses, expected);
    let right = w.get_with(
        "/api/v1/counts",
        &[
            ("authorization", &format!("Bearer {EXPORT_TOKEN}")),
            ("cf-connecting-ip", &me),
        ],
    );
    assert_eq!(
        (right.status, right.code()),
        (429, "too_many_failures".into())
    );
    let elsewhere = w.get_with(
        "/api/v1/counts",
        &[
            ("authorization", &format!("Bearer {EXPORT_TOKEN}")),
            ("cf-connecting-ip", "10.98.0.2"),
        ],
    );
    assert_eq!(elsewhere.status, 200, "{}", elsewhere.body);
}

#[test]
fn a_short_or_missing_export_token_keeps_the_organiser_api_shut() {
    let mut short = Instance::new("short-token", open_vars());
    short.secrets = vec![
        ("TURNSTILE_SECRET", TURNSTILE_SECRET.to_owned()),
        ("EXPORT_TOKEN", "only-twenty-characters".to_owned()),
    ];
    let w = start(short);
    // Not only the organiser API: a collector whose organiser cannot pull safely does not
    // collect (the statements would reach the retention deadline unpulled).
    for path in ["/api/v1/counts", "/en/", "/api/v1/progress"] {
        let r = w.get_as(path, "Bearer only-twenty-characters");
        assert_eq!(
            (r.status, r.code()),
            (503, "misconfigured".into()),
            "{path}: {}",
            r.body
        );
        assert_eq!(r.json()["setting"], "EXPORT_TOKEN", "{}", r.body);
    }
    w.stop(false);
    let mut none = Instance::new("no-token", open_vars());
    none.secrets = vec![("TURNSTILE_SECRET", TURNSTILE_SECRET.to_owned())];
    let w = start(none);
    let r = w.get_as("/api/v1/counts", "Bearer anything");
    assert_eq!(
        (r.status, r.code()),
        (503, "misconfigured".into()),
        "{}",
        r.body
    );
    assert_eq!(r.json()["setting"], "EXPORT_TOKEN");
    eventually(
        std::time::Duration::from_secs(10),
        "the refusal is logged",
        || {
            w.log_text()
                .contains("configuration: EXPORT_TOKEN: missing")
                .then_some(())
        },
    );
    w.stop(false);
}

/// A shard that cannot answer might hold the statement: erasing it is "try again" (503), never
/// "no such statement" (404), so a signatory's request is not closed wrongly.
#[test]
fn erasure_with_a_failing_shard_is_a_503_not_a_404() {
    let w = start(Instance::new("failing-shard", open_vars()));
    let (nat, doc, number) = PART_B[2];
    let r = w.sign_json("10.32.0.1", &part_b(nat, doc, number), "pass");
    assert_eq!(r.status, 201, "{}", r.body);
    let id = r.json()["id"].as_str().expect("id").to_owned();
    let state = w.state_dir.clone();
    w.stop(false);
    // Break the storage of the shard that holds the statement: its table becomes a view without
    // the columns the shard reads (as if its storage failed).
    let script = r#"
import glob, sqlite3, sys
statement = sys.argv[2]
for path in sorted(glob.glob(sys.argv[1] + "/**/*.sqlite", recursive=True)):
    db = sqlite3.connect(path)
    tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    if "rows" in tables and db.execute("SELECT 1 FROM rows WHERE id = ?", (statement,)).fetchone():
        db.execute("DROP TABLE rows")
        db.execute("CREATE VIEW rows AS SELECT 1 AS broken")
        db.commit()
        print(path)
        break
"#;
    let broke = Command::new("python3")
        .args(["-c", script, state.to_str().expect("utf-8"), &id])
        .output()
        .expect("python3");
    assert!(!broke.stdout.is_empty(), "a shard was broken: {broke:?}");
    let mut again = Instance::new("failing-shard-2", open_vars());
    again.state = Some(state);
    let w = start(again);
    let r = w.request(
        "DELETE",
        "/api/v1/statements/0f8fad5b-d9cb-469f-a165-70867728950e",
        &[("authorization", &format!("Bearer {EXPORT_TOKEN}"))],
        b"",
    );
    assert_eq!(
        (r.status, r.code()),
        (503, "unavailable".into()),
        "{}",
        r.body
    );
    assert!(r.headers.contains_key("retry-after"));
    w.stop(false);
}

fn tampering_is_named(bundle: &Path) {
    let bundle_arg = bundle.to_str().expect("utf-8 path");
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
fn organiser_export(dir: &Path, bundle: &Path, signed: &Accepted) {
    let (ok, out, out_dir) = export_with_key(dir, bundle);
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
        let text = fs::read_to_string(&file).expect("xml");
        if let Err(breaches) = common::check_data_model(&text) {
            panic!("{}: {breaches:?}", file.display());
        }
        let (country, signatures) = common::read_hand_over_xml(&text);
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
            // The document's key from what the signatory chose, as the data model names it
            // (never from the ruleset, whose typo would otherwise pass through).
            let document = value("id_type");
            let mut keys: Vec<String> = properties.iter().map(|(_, k, _)| k.clone()).collect();
            keys.sort();
            assert_eq!(keys, common::annex_iii_keys(nationality, document), "{id}");
            // Every value, as the native core normalises what was signed and as the data model
            // writes it (an optional field left empty is written empty).
            let exported: BTreeMap<String, String> = properties
                .iter()
                .filter(|(_, _, v)| !v.is_empty())
                .map(|(_, k, v)| (k.clone(), v.clone()))
                .collect();
            assert_eq!(exported, expected_hand_over(pairs), "{id}");
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
fn erase_one_statement(w: &Worker, dir: &Path, bundle: &Path, signed: &mut Accepted) {
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
    assert!(out.contains("1 row of"), "{out}");
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

/// `ocs contacts` writes exactly the addresses given with consent, of statements not erased:
/// signed through the real worker, pulled, opened with the organiser's key file.
#[test]
fn contacts_round_trip_every_consented_address_and_no_other() {
    let w = start(Instance::new("contacts", open_vars()));
    let dir = setup().dir.join("contacts-files");
    fs::create_dir_all(&dir).expect("dir");
    let mut consented = BTreeMap::new();
    let mut erase = None;
    for (i, nationality) in PART_A.iter().enumerate() {
        let mut pairs = part_a(nationality);
        // Every other signatory gives an address with consent; the others give none.
        if i % 2 == 0 {
            let email = format!("person.{i}@example.eu");
            pairs.extend([("email", email.clone()), ("email_consent", "true".into())]);
            let r = w.sign_json(&format!("10.36.0.{}", i + 1), &pairs, "pass");
            assert_eq!(r.status, 201, "{}", r.body);
            let id = r.json()["id"].as_str().expect("id").to_owned();
            if erase.is_none() {
                erase = Some((id, email));
            } else {
                consented.insert(id, email);
            }
        } else {
            let r = w.sign_json(&format!("10.36.0.{}", i + 1), &pairs, "pass");
            assert_eq!(r.status, 201, "{}", r.body);
        }
    }
    let (erased_id, erased_email) = erase.expect("one to erase");
    let (ok, out) = ocs(&["erase", "statement", "--url", &w.base, &erased_id]);
    assert!(ok, "{out}");
    let bundle = dir.join("bundle");
    let path = |p: &Path| p.to_str().expect("utf-8 path").to_owned();
    let (ok, out) = ocs(&["pull", "--url", &w.base, &path(&bundle)]);
    assert!(ok, "{out}");
    let (key, pass) = key_file(&dir);
    let csv = dir.join("contacts.csv");
    let args = [
        "contacts",
        &path(&bundle),
        "--key",
        &path(&key),
        "--passphrase-file",
        &path(&pass),
        "--out",
        &path(&csv),
    ];
    let (ok, out) = ocs(&args);
    assert!(ok, "{out}");
    assert!(
        out.contains(&format!(
            "{} e-mail address{} written",
            consented.len(),
            if consented.len() == 1 { "" } else { "es" }
        )),
        "{out}"
    );
    assert!(out.contains("1 statement erased"), "{out}");
    let text = fs::read_to_string(&csv).expect("the contacts file");
    let text = text
        .strip_prefix('\u{FEFF}')
        .expect("a byte-order mark for spreadsheets");
    let records = ocs_testkit::read_csv(text);
    assert_eq!(records[0], ["email", "statement", "consented_at"]);
    let got: BTreeMap<String, String> = records[1..]
        .iter()
        .map(|r| (r[1].clone(), r[0].clone()))
        .collect();
    assert_eq!(
        got, consented,
        "exactly the consented, not erased, addresses"
    );
    assert!(!text.contains(&erased_email));
    use std::os::unix::fs::PermissionsExt;
    assert_eq!(
        fs::metadata(&csv).expect("meta").permissions().mode() & 0o777,
        0o600
    );
    // Never overwritten.
    let (ok, out) = ocs(&args);
    assert!(!ok && out.contains("must not exist yet"), "{out}");
    w.stop(false);
}
