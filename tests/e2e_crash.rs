//! The crash test: the local runtime (wrangler dev and workerd, the whole process group) is killed
//! with SIGKILL in the middle of a concurrent signing load and restarted on the same state, twice.
//! Every statement that received 201 must be exported, every chain must verify, the counters
//! must equal the rows, and a client that lost its response and tries again gets 201 or 409,
//! never a second statement. Long: `scripts/test --long` runs it (it is `#[ignore]`d otherwise).
#![cfg(feature = "e2e")]

mod support;

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicBool, AtomicU32, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use ocs_testkit::{part_a, with};
use support::*;

const SIGNERS: usize = 16;
const CYCLES: usize = 2;
/// Acknowledgements per cycle before the kill.
const ACKNOWLEDGED_BEFORE_KILL: usize = 250;

/// A German statement of a person of their own: `n` spelled in letters makes the family name.
fn person(n: u32) -> Vec<(&'static str, String)> {
    let mut name = String::from("Absturz");
    let mut rest = n;
    loop {
        name.push(char::from(b'a' + (rest % 26) as u8));
        rest /= 26;
        if rest == 0 {
            break;
        }
    }
    with(&part_a("DE"), "family_names", Some(&name))
}

fn family_name(pairs: &[(&'static str, String)]) -> String {
    pairs
        .iter()
        .find(|(k, _)| *k == "family_names")
        .map(|(_, v)| v.clone())
        .unwrap_or_default()
}

#[derive(Default)]
struct Outcomes {
    /// Statement id → what was signed, for every 201.
    acknowledged: BTreeMap<String, Vec<(&'static str, String)>>,
    /// Submissions whose response was lost (connection reset, timeout, 5xx from the dying
    /// runtime): the client does not know whether they were stored.
    lost: Vec<Vec<(&'static str, String)>>,
}

/// Signs from `SIGNERS` threads until `stop`, each request a new person from a new address.
fn load(w: &Worker, next: &Arc<AtomicU32>, stop: &Arc<AtomicBool>, out: &Arc<Mutex<Outcomes>>) {
    std::thread::scope(|scope| {
        for _ in 0..SIGNERS {
            scope.spawn(|| {
                let agent = agent();
                while !stop.load(Ordering::Relaxed) {
                    let n = next.fetch_add(1, Ordering::Relaxed);
                    let pairs = person(n);
                    let mut body: serde_json::Map<String, serde_json::Value> = pairs
                        .iter()
                        .map(|(k, v)| ((*k).to_owned(), v.clone().into()))
                        .collect();
                    body.insert("turnstile_token".into(), "pass".into());
                    let sent = agent
                        .post(format!("{}/api/v1/statements", w.base))
                        .header("content-type", "application/json")
                        .header(
                            "cf-connecting-ip",
                            format!("10.{}.{}.{}", 100 + n / 62500, n / 250 % 250, n % 250 + 1),
                        )
                        .send(serde_json::Value::Object(body).to_string());
                    let mut outcomes = out.lock().expect("outcomes");
                    let answer =
                        sent.map(|mut r| (r.status().as_u16(), r.body_mut().read_to_string()));
                    // A 201 whose body was cut off by the kill is a lost response too: the
                    // client never learnt its statement id.
                    let id = |text: &str| {
                        serde_json::from_str::<serde_json::Value>(text)
                            .ok()
                            .and_then(|v| v["id"].as_str().map(str::to_owned))
                    };
                    match answer {
                        Ok((201, Ok(text))) if id(&text).is_some() => {
                            let id = id(&text).unwrap_or_default();
                            outcomes.acknowledged.insert(id, pairs);
                        }
                        Ok((status, _)) if status != 201 && status < 500 => {
                            panic!("a signature refused under load: {status}")
                        }
                        _ => outcomes.lost.push(pairs),
                    }
                }
            });
        }
    });
}

#[test]
#[ignore = "long: scripts/test --long runs it"]
fn every_acknowledged_statement_survives_a_sigkill_of_the_runtime() {
    let mut worker = start(Instance::new("crash", open_vars()));
    let next = Arc::new(AtomicU32::new(0));
    let out = Arc::new(Mutex::new(Outcomes::default()));
    for cycle in 1..=CYCLES {
        let stop = Arc::new(AtomicBool::new(false));
        let before = out.lock().expect("outcomes").acknowledged.len();
        std::thread::scope(|scope| {
            scope.spawn(|| load(&worker, &next, &stop, &out));
            eventually(Duration::from_secs(300), "signatures under load", || {
                let now = out.lock().expect("outcomes").acknowledged.len();
                (now >= before + ACKNOWLEDGED_BEFORE_KILL).then_some(())
            });
            // Mid-load: the signers start no new request, and the ones in flight die with the
            // runtime.
            stop.store(true, Ordering::Relaxed);
            worker.stop(true);
        });
        let mut restarted =
            Instance::new(if cycle == 1 { "crash-1" } else { "crash-2" }, open_vars());
        restarted.state = Some(worker.state_dir.clone());
        worker = start(restarted);
    }

    // Clients that lost their response try again: stored already → 409, else stored now → 201.
    let lost = std::mem::take(&mut out.lock().expect("outcomes").lost);
    let (mut stored_before, mut stored_now) = (Vec::new(), BTreeMap::new());
    for (i, pairs) in lost.iter().enumerate() {
        let r = worker.sign_json(
            &format!("10.250.{}.{}", i / 250, i % 250 + 1),
            pairs,
            "pass",
        );
        match r.status {
            409 => stored_before.push(family_name(pairs)),
            201 => {
                stored_now.insert(
                    r.json()["id"].as_str().expect("id").to_owned(),
                    pairs.clone(),
                );
            }
            other => panic!("a retry after a lost response got {other}: {}", r.body),
        }
    }
    let acknowledged = out.lock().expect("outcomes").acknowledged.clone();

    // Pull, verify, export, read back.
    let dir = setup().dir.join("crash-files");
    std::fs::create_dir_all(&dir).expect("dir");
    let bundle = dir.join("bundle");
    let path = |p: &std::path::Path| p.to_str().expect("utf-8 path").to_owned();
    let (ok, text) = ocs(&["pull", "--url", &worker.base, &path(&bundle)]);
    assert!(ok, "{text}");
    let (ok, text) = ocs(&["verify", "--url", &worker.base, &path(&bundle)]);
    assert!(ok, "chains verify and counts match: {text}");
    let (ok, text, handover) = export_with_key(&dir, &bundle);
    assert!(ok, "{text}");
    let xml = std::fs::read_to_string(handover.join("de.xml")).expect("de.xml");
    let mut exported = BTreeMap::new();
    for (id, _, _, properties) in ocs_testkit::read_hand_over_xml(&xml).1 {
        let values: BTreeMap<String, String> = properties
            .into_iter()
            .filter(|(_, _, v)| !v.is_empty())
            .map(|(_, k, v)| (k, v))
            .collect();
        assert!(
            exported.insert(id, values).is_none(),
            "a statement exported twice"
        );
    }

    // Every field of every acknowledged statement, as signed (normalised natively).
    for (id, pairs) in acknowledged.iter().chain(&stored_now) {
        assert_eq!(
            exported.get(id),
            Some(&expected_hand_over(pairs)),
            "acknowledged {id} was exported as signed"
        );
    }
    let mut names: Vec<&String> = exported
        .values()
        .filter_map(|v| v.get("oct.property.family.names"))
        .collect();
    names.sort();
    names.dedup();
    assert_eq!(names.len(), exported.len(), "no person twice");
    assert_eq!(
        exported.len(),
        acknowledged.len() + stored_now.len() + stored_before.len(),
        "exported = acknowledged + stored while the response was lost"
    );
    let counted: u64 = worker.counts().values().sum();
    assert_eq!(counted, exported.len() as u64, "counters equal rows");
    eprintln!(
        "crash test: {CYCLES} SIGKILLs under {SIGNERS} signers: {} acknowledged, {} exported; \
         {} responses lost, of which {} had been stored (409 on retry) and {} had not (201)",
        acknowledged.len(),
        exported.len(),
        lost.len(),
        stored_before.len(),
        stored_now.len()
    );
    worker.stop(false);
}
