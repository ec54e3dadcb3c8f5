//! The hostile-input matrix: every request an attacker (or a broken client) is likely to try,
//! against the real worker, each with the status and code docs/api.md documents. After the whole
//! matrix nothing was stored that the setup did not store, and the worker still serves and still
//! accepts a genuine signature. Every case is listed in docs/security-tests.md (checked here).
//!
//! All cases run even when one fails, and the failures are reported together, so one broken
//! promise cannot hide another.
#![cfg(feature = "e2e")]

mod support;

use ocs_testkit::{part_a, rules, PART_A, PART_B};
use support::*;

mod hostile;
use hostile::{matrix, Target};

/// The statements the setup stores (the replayed token's first use, the earlier signature of
/// the duplicate): the matrix may store nothing beyond them.
fn set_up(w: &Worker) -> usize {
    for (token, nationality) in [("once-matrix-replay", "LT"), ("pass", "PT")] {
        let r = w.sign_json(&hostile::client(), &hostile::valid(nationality), token);
        assert_eq!(r.status, 201, "setup: {}", r.body);
    }
    2
}

fn stored_rows(w: &Worker) -> usize {
    w.export_all().iter().map(Vec::len).sum()
}

#[test]
fn every_hostile_request_gets_its_documented_answer_and_stores_nothing() {
    let open = open_worker();
    let closed = std::thread::spawn(|| start(Instance::new("ended", vars(-300, -10, -400))));
    let wallet = std::thread::spawn(|| {
        let mut vars = open_vars();
        vars.push((
            "PID_TRUST_ANCHORS",
            ocs_core::wallet::TEST_ANCHOR_PEM.to_owned(),
        ));
        start(Instance::new("hostile-wallet", vars))
    });
    let stored = set_up(open);
    let closed = closed.join().expect("the ended collection starts");
    let wallet = wallet.join().expect("the wallet collection starts");
    let target = Target {
        open,
        closed: &closed,
        wallet: &wallet,
    };

    let cases = matrix();
    let documented = documented_cases();
    assert_eq!(
        cases.len(),
        documented.len(),
        "cases in the code and in docs/security-tests.md"
    );
    // OCS_MATRIX_ONLY=text runs only the cases whose name contains it (when chasing one).
    let only = std::env::var("OCS_MATRIX_ONLY").unwrap_or_default();
    let cases: Vec<_> = cases.into_iter().filter(|c| c.id.contains(&only)).collect();
    assert!(!cases.is_empty(), "OCS_MATRIX_ONLY={only:?} names no case");
    let mut failures = Vec::new();
    for case in &cases {
        if !documented.contains(&case.id) {
            failures.push(format!("{}: not listed in docs/security-tests.md", case.id));
        }
        let started = std::time::Instant::now();
        let reply = (case.run)(&target);
        if let Err(why) = case.expect.check(&reply, started.elapsed()) {
            failures.push(format!("{}: {why}", case.id));
        }
        if let Some(afterwards) = case.expect.afterwards() {
            if let Err(why) = afterwards(&target) {
                failures.push(format!("{}: {why}", case.id));
            }
        }
        let health = open.get("/healthz");
        if health.status != 200 {
            failures.push(format!("{}: the worker stopped serving", case.id));
        }
    }
    eprintln!(
        "hostile-input matrix: {} cases, {} failed",
        cases.len(),
        failures.len()
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));

    if !only.is_empty() {
        return;
    }
    // Nothing stored beyond the setup, and the counters agree.
    assert_eq!(stored_rows(open), stored, "rows after the matrix");
    assert_eq!(
        open.counts().values().sum::<u64>(),
        stored as u64,
        "counters after the matrix"
    );
    assert_eq!(stored_rows(&wallet), 0, "rows of the wallet collection");
    // Still serving: a genuine signature is accepted.
    let genuine = open.sign_json(&hostile::client(), &part_a("FI"), "pass");
    assert_eq!(genuine.status, 201, "{}", genuine.body);
    closed.stop(false);
    wallet.stop(false);
}

/// The case names docs/security-tests.md lists in its matrix tables (the first column's name in
/// backticks; `wrong-document-XX` stands for the 27 named in the paragraph after the table), and
/// checks the count the page states.
fn documented_cases() -> std::collections::BTreeSet<String> {
    let page = std::fs::read_to_string(root().join("docs/security-tests.md"))
        .expect("docs/security-tests.md");
    let matrix = page
        .split("## The hostile-input matrix")
        .nth(1)
        .and_then(|rest| rest.split("\n## ").next())
        .expect("the matrix section");
    let mut names = std::collections::BTreeSet::new();
    for line in matrix.lines() {
        let Some(name) = line
            .strip_prefix("| `")
            .and_then(|rest| rest.split('`').next())
        else {
            continue;
        };
        if name == "wrong-document-XX" {
            let listed = matrix
                .split("The matrix's ")
                .nth(1)
                .and_then(|p| p.split(" are the 27 rows above").next())
                .expect("the wrong-document paragraph");
            let codes: Vec<&str> = listed
                .split('`')
                .filter(|w| w.starts_with("wrong-document-"))
                .collect();
            assert_eq!(codes.len(), 27, "{codes:?}");
            names.extend(codes.into_iter().map(str::to_owned));
        } else {
            assert!(names.insert(name.to_owned()), "{name} listed twice");
        }
    }
    let stated: usize = matrix
        .split("The matrix has **")
        .nth(1)
        .and_then(|rest| rest.split("**").next())
        .and_then(|n| n.parse().ok())
        .expect("the page states the matrix's size: The matrix has **N** cases");
    assert_eq!(stated, names.len(), "the stated count and the rows listed");
    for (page, quoted) in [
        (
            "docs/certification.md",
            format!("the matrix ({stated} cases"),
        ),
        (
            "docs/threat-model.md",
            format!("matrix ({stated} requests)"),
        ),
    ] {
        let text = std::fs::read_to_string(root().join(page)).expect(page);
        assert!(text.contains(&quoted), "{page} must say {quoted:?}");
    }
    names
}

#[test]
fn the_matrix_covers_every_nationality_with_a_wrong_document() {
    let ids: Vec<String> = matrix().into_iter().map(|c| c.id).collect();
    let unique: std::collections::BTreeSet<String> = ids.iter().cloned().collect();
    assert_eq!(unique.len(), ids.len(), "a case name used twice");
    assert_eq!(
        unique,
        documented_cases(),
        "the code's cases and docs/security-tests.md"
    );
    for code in rules().states.keys() {
        assert!(
            ids.contains(&format!("wrong-document-{}", code.to_lowercase())),
            "{code}"
        );
    }
    assert_eq!(PART_A.len() + PART_B.len(), 27);
    // The fixtures the matrix builds on are themselves accepted (else every 422 would be moot).
    for (nationality, _, _) in PART_B {
        let pairs = hostile::valid(nationality);
        let borrowed = ocs_testkit::borrow(&pairs);
        assert!(ocs_testkit::validate(&borrowed).is_ok(), "{nationality}");
    }
}
