//! End to end, what happens to the log when the collector's storage goes back in time or the
//! log is switched off (docs/transparency.md, "Forks and downgrades"): a shard restored to an
//! earlier point (Durable Objects' point-in-time recovery, or a copy of its storage) signs a
//! history that forks from what readers saw; the organiser's pull, `ocs verify`, the public
//! audit and a witness all catch it. A collector that stops serving the log a bundle pinned is
//! refused by `ocs pull` and reported by `ocs verify`.
#![cfg(feature = "e2e")]

mod support;

use std::fs;

use ocs_testkit::{part_a, with, PART_A};
use support::*;

fn sign(w: &Worker, n: usize) {
    let nat = PART_A[n % PART_A.len()];
    let name = format!("Gabel{}", ocs_testkit::letters(n as u64));
    let r = w.sign_json(
        &format!("10.78.{}.{}", n / 200, n % 200 + 1),
        &with(&part_a(nat), "family_names", Some(&name)),
        "pass",
    );
    assert_eq!(r.status, 201, "{}", r.body);
}

fn restarted(
    name: &'static str,
    state: &std::path::Path,
    extra: &[(&'static str, &str)],
) -> Worker {
    let mut vars = open_vars();
    vars.extend(extra.iter().map(|(k, v)| (*k, (*v).to_owned())));
    let mut instance = Instance::new(name, vars);
    instance.state = Some(state.to_owned());
    start(instance)
}

#[test]
fn a_shard_restored_to_an_earlier_point_forks_and_is_caught_and_a_dropped_log_is_refused() {
    let dir = setup().dir.join("forks-files");
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).expect("dir");
    let path = |name: &str| dir.join(name).to_str().expect("utf-8").to_owned();
    // The public audit with the witness, its state kept in audit.json, cosigning into `into`.
    let audit = |w: &Worker, into: &str| {
        ocs(&[
            "audit",
            "--url",
            &w.base,
            "--state",
            &path("audit.json"),
            "--witness-key",
            &path("witness.key"),
            "--cosigned",
            &path(into),
        ])
    };

    // Ten signatures; the storage as it is now is the point a restore goes back to.
    let w = start(Instance::new("forks", open_vars()));
    for n in 0..10 {
        sign(&w, n);
    }
    let state = w.state_dir.clone();
    w.stop(false);
    let restore_point = dir.join("restore-point");
    copy_dir(&state, &restore_point);

    // Life goes on: ten more, seen by the organiser, an auditor and a witness.
    let w = restarted("forks-on", &state, &[]);
    for n in 10..20 {
        sign(&w, n);
    }
    let (ok, out) = ocs(&["pull", "--url", &w.base, &path("bundle")]);
    assert!(ok, "{out}");
    let (ok, out) = ocs(&[
        "witness",
        "keygen",
        "--name",
        "witness.example.org/forks",
        "-o",
        &path("witness.key"),
    ]);
    assert!(ok, "{out}");
    let (ok, out) = audit(&w, "cosigned");
    assert!(ok, "{out}");
    let cosigned_before = fs::read_dir(dir.join("cosigned"))
        .expect("cosigned")
        .count();
    assert!(cosigned_before > 0);
    w.stop(false);

    // The storage restored to the earlier point, and new statements signed on it: the same
    // sizes again, other roots. Every reader who saw the later history catches the fork.
    let w = restarted("forks-restored", &restore_point, &[]);
    for n in 100..115 {
        sign(&w, n);
    }
    let (ok, out) = ocs(&["pull", "--url", &w.base, &path("bundle")]);
    assert!(
        !ok && out.contains("rewritten")
            && out.contains("nothing pulled")
            && out.contains("what to do: keep this bundle as evidence"),
        "pull: {out}"
    );
    let (ok, out) = ocs(&["verify", "--url", &w.base, &path("bundle")]);
    assert!(!ok && out.contains("LOG:"), "verify: {out}");
    let snapshot = fs::read(dir.join("audit.json")).expect("audit state");
    let (ok, out) = audit(&w, "cosigned-after");
    assert!(!ok && out.contains("does not extend"), "audit: {out}");
    // The witness cosigned nothing of the fork, and the audit kept its state as it was.
    assert!(
        !dir.join("cosigned-after").exists(),
        "the witness cosigned a fork"
    );
    assert_eq!(
        fs::read(dir.join("audit.json")).expect("audit state"),
        snapshot
    );
    w.stop(false);

    // The log switched off on the later state: the organiser's bundle pinned it, so the pull
    // refuses (taking rows without the log would let whoever can write storage turn it off),
    // and `ocs verify --url` reports it.
    let w = restarted("forks-log-off", &state, &[("TRANSPARENCY_LOG", "off")]);
    let rows_before = fs::read(dir.join("bundle/shard-0000.jsonl")).unwrap_or_default();
    let (ok, out) = ocs(&["pull", "--url", &w.base, &path("bundle")]);
    assert!(
        !ok && out.contains("no longer serves the transparency log this bundle pinned")
            && out.contains("what to do: ask the operator why"),
        "pull: {out}"
    );
    assert_eq!(
        fs::read(dir.join("bundle/shard-0000.jsonl")).unwrap_or_default(),
        rows_before,
        "nothing pulled"
    );
    let (ok, out) = ocs(&["verify", "--url", &w.base, &path("bundle")]);
    assert!(
        !ok && out.contains("LOG: the collector no longer serves its transparency log"),
        "verify: {out}"
    );
    w.stop(false);
}
