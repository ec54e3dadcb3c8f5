//! End to end, what the ledger holds: many signatories at once, the same one many times at once,
//! every nationality; every accepted statement stored once, counted once, sealed to the
//! organiser's key with exactly what was signed; and nothing a signatory typed at rest or in the
//! logs. One worker of its own, so nothing else writes to its ledger meanwhile.
#![cfg(feature = "e2e")]

mod support;

use std::collections::{BTreeMap, BTreeSet};
use std::fs;

use ocs_core::envelope::{open, Binding, Purpose};
use ocs_core::keys::SecretKey;
use ocs_core::ledger::verify_shard;
use ocs_testkit::{letters, part_a, part_b, PART_A, PART_B};
use support::*;

type Accepted = BTreeMap<String, Vec<(&'static str, String)>>;

#[test]
fn every_accepted_statement_is_stored_counted_and_sealed_once_and_nothing_in_clear() {
    // Leaked: the signing threads borrow it for the life of the test binary.
    let w: &'static Worker = Box::leak(Box::new(start(Instance::new("ledger", open_vars()))));
    let mut accepted: Accepted = BTreeMap::new();
    let mut secrets: Vec<String> = Vec::new();
    for (id, pairs) in simultaneous_signatures(w, 48) {
        secrets.extend([pairs[1].1.clone(), pairs[2].1.clone()]);
        accepted.insert(id, pairs);
    }
    simultaneous_duplicates(w, 24, &mut accepted);
    several_nationalities(w, &mut accepted, &mut secrets);
    counters_are_exact(w, &accepted);
    stored_rows_open_with_the_organiser_key(w, &setup().organiser, &accepted);
    no_plaintext_at_rest_or_in_logs(w, &secrets);
}

/// The counters (bumped in the same SQL statement as the insert) equal what was accepted, read
/// exactly from the shards; the public figures reach the same once the tally refreshes.
fn counters_are_exact(w: &Worker, accepted: &Accepted) {
    let mut expected: BTreeMap<String, u64> = BTreeMap::new();
    for pairs in accepted.values() {
        let nationality = pairs
            .iter()
            .find(|(k, _)| *k == "nationality")
            .map(|(_, v)| v.clone())
            .expect("nationality");
        *expected.entry(nationality).or_default() += 1;
    }
    assert_eq!(w.counts(), expected);
    assert!(expected.len() >= 20, "many nationalities signed");
    assert_eq!(expected.get("DE").copied(), Some(48 + 1));
    let progress = w.progress_showing(accepted.len() as u64);
    for state in progress["states"].as_array().expect("states") {
        let code = state["code"].as_str().expect("code");
        assert_eq!(
            state["count"].as_u64(),
            Some(expected.get(code).copied().unwrap_or(0)),
            "{code}"
        );
    }
}

/// Many different signatories at once: every statement is stored and counted exactly once.
fn simultaneous_signatures(w: &'static Worker, n: usize) -> Accepted {
    let handles: Vec<_> = (0..n)
        .map(|i| {
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
fn simultaneous_duplicates(w: &'static Worker, n: usize, accepted: &mut Accepted) {
    let (nat, doc, number) = PART_B[16]; // SE
    let handles: Vec<_> = (0..n)
        .map(|i| {
            std::thread::spawn(move || {
                let r = w.sign_json(&format!("10.4.0.{i}"), &part_b(nat, doc, number), "pass");
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
fn several_nationalities(w: &Worker, accepted: &mut Accepted, secrets: &mut Vec<String>) {
    for (i, nat) in PART_A.iter().enumerate() {
        let mut pairs = part_a(nat);
        // Decomposed letters (NFD, as some keyboards send them), ß, Ł, apostrophes and hyphens:
        // the worker normalises with the JavaScript runtime, the expectation with Rust's tables.
        let first = format!("Quirinus Zo\u{65}\u{308} {}", letters(i as u64 + 5000));
        let family = format!("O\u{2019}Wolkensteiner-Łęcki{}", letters(i as u64 + 6000));
        let street = format!("Xylophonstraße {}", letters(i as u64 + 7000));
        let city = format!("Quakenbru\u{308}ck{}", letters(i as u64 + 8000));
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
        // As stored (normalised), too: that is what would sit in clear if anything did.
        let normal = expected_fields(&pairs);
        for k in ["full_first_names", "family_names", "street", "city"] {
            secrets.push(normal[k].clone());
        }
        secrets.push(format!("{}/03/1971", &day[8..]));
        accepted.insert(r.json()["id"].as_str().expect("id").to_owned(), pairs);
    }
    for (i, (nat, doc, number)) in PART_B.iter().enumerate() {
        if *nat == "SE" {
            continue; // signed by simultaneous_duplicates
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

/// Every accepted statement is in the export exactly once, chains verify, and the organiser's key
/// opens each envelope to exactly what was signed.
fn stored_rows_open_with_the_organiser_key(w: &Worker, organiser: &SecretKey, accepted: &Accepted) {
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
            let statement = open_statement(organiser, row);
            let signed = accepted
                .get(&id)
                .unwrap_or_else(|| panic!("stored statement {id} was never accepted"));
            let value = |k: &str| signed.iter().find(|(key, _)| *key == k).map(|(_, v)| v);
            assert_eq!(Some(&statement.nationality), value("nationality"));
            assert_eq!(Some(&statement.nationality), Some(&row.nationality));
            // Every field, as the core built natively normalises what was signed.
            let stored: BTreeMap<String, String> = statement
                .fields
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect();
            assert_eq!(stored, expected_fields(signed), "{id}");
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

/// An e-mail address given with its consent is sealed apart from the statement (its own
/// envelope, purpose "contact", bound to the statement id), never inside it; erasing the
/// statement erases the contact with it; and with its dedupe token gone the person may sign
/// again (docs/retention.md).
#[test]
fn an_e_mail_is_sealed_apart_erased_with_its_statement_and_the_person_may_sign_again() {
    let w = open_worker();
    let email = "anna.contact@example.eu";
    let mut pairs = part_a("LU");
    pairs.extend([
        ("email", email.to_owned()),
        ("email_consent", "true".into()),
    ]);
    let signed = w.sign_json("10.44.0.1", &pairs, "pass");
    assert_eq!(signed.status, 201, "{}", signed.body);
    let id = signed.json()["id"].as_str().expect("id").to_owned();
    let row = w
        .export_all()
        .into_iter()
        .flatten()
        .find(|r| r.id.to_string() == id)
        .expect("stored");
    let sealed = row.sealed().expect("sealed");
    let binding = |purpose| Binding {
        purpose,
        statement_id: row.id,
        initiative: INITIATIVE,
        nationality: &row.nationality,
    };
    let organiser = &setup().organiser;
    let statement = open(organiser, &binding(Purpose::Statement), &sealed.envelope).expect("opens");
    assert!(
        !String::from_utf8_lossy(&statement).contains(email),
        "the statement does not carry the e-mail address"
    );
    let contact = sealed.contact.as_ref().expect("a contact envelope");
    // The contact envelope does not pass as a statement, and opens as a contact.
    assert!(open(organiser, &binding(Purpose::Statement), contact).is_err());
    let opened = open(organiser, &binding(Purpose::Contact), contact).expect("opens");
    let contact = ocs_core::statement::Contact::from_canonical(&opened).expect("a contact");
    let text = String::from_utf8_lossy(&opened);
    assert!(text.contains(email) && text.contains(&id), "{contact:?}");

    let erased = w.request(
        "DELETE",
        &format!("/api/v1/statements/{id}"),
        &[("authorization", &format!("Bearer {EXPORT_TOKEN}"))],
        b"",
    );
    assert_eq!(erased.status, 200, "{}", erased.body);
    let tombstone = w
        .export_all()
        .into_iter()
        .flatten()
        .find(|r| r.id.to_string() == id)
        .expect("a tombstone in its place");
    // The tombstone holds neither envelope: the contact went with the statement.
    assert!(tombstone.is_erased() && tombstone.sealed().is_none());
    let again = w.sign_json("10.44.0.2", &pairs, "pass");
    assert_eq!(
        again.status, 201,
        "signing again after the erasure: {}",
        again.body
    );
    assert_ne!(again.json()["id"].as_str(), Some(id.as_str()));
}
