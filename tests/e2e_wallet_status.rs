//! End to end, revocation of wallet PIDs (docs/wallet.md#revocation) through the real worker:
//! Token Status Lists served beside it, each PID pointing to its provider's list, in both
//! formats: valid, revoked and suspended statuses, a list that cannot be fetched and one signed
//! by a key the anchor never certified.
#![cfg(feature = "e2e")]

mod support;

use std::fs;

use ocs_testkit::wallet::{self, Anchor};
use support::wallet::*;
use support::*;

/// Revocation (docs/wallet.md): a PID whose Token Status List says revoked or suspended is
/// refused; one whose list cannot be fetched, or is not signed under the anchors, is refused as
/// uncheckable (503, the signatory may try again); a valid one signs. The lists are served by a
/// plain HTTP server beside the worker, as a PID provider serves them.
#[test]
fn revoked_or_uncheckable_credentials_are_refused() {
    let w = wallet_worker("wallet-status");
    let lists = setup().dir.join("wallet-status-lists");
    fs::create_dir_all(&lists).expect("dir");
    let port = free_port();
    let mut server = std::process::Command::new("python3")
        .args([
            "-m",
            "http.server",
            &port.to_string(),
            "--bind",
            "127.0.0.1",
            "--directory",
        ])
        .arg(&lists)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("python3 -m http.server");
    let base = format!("http://127.0.0.1:{port}");
    eventually(
        std::time::Duration::from_secs(10),
        "the status list server",
        || std::net::TcpStream::connect(("127.0.0.1", port)).ok(),
    );
    let cases = [
        ("valid", &[][..], 201, "", "DE"),
        ("revoked", &["revoked"][..], 422, "wallet_revoked", "DE"),
        ("suspended", &["suspended"][..], 422, "wallet_revoked", "DE"),
        (
            "missing",
            &["status_list_missing"][..],
            503,
            "wallet_status_unavailable",
            "SE",
        ),
        (
            "forged",
            &["status_list_forged"][..],
            503,
            "wallet_status_unavailable",
            "SE",
        ),
        // An mdoc PID's status list (in its MSO), the same lists.
        ("mdoc-valid", &[][..], 201, "", "FR"),
        (
            "mdoc-revoked",
            &["revoked"][..],
            422,
            "wallet_revoked",
            "FR",
        ),
        (
            "mdoc-missing",
            &["status_list_missing"][..],
            503,
            "wallet_status_unavailable",
            "FR",
        ),
    ];
    for (id, faults, status, code, iso) in cases {
        let asked = request(&w, iso);
        let mut person = wallet::person(iso);
        person["family_name"] = format!("Status {id}").into();
        let reply = wallet::run_with_status(
            &w.base,
            Anchor::Published,
            Some((&lists, &base)),
            vec![wallet::case_in(
                if id.starts_with("mdoc") {
                    "mso_mdoc"
                } else {
                    "dc+sd-jwt"
                },
                id,
                &asked["request"],
                person,
                faults,
            )],
        );
        let nonce = asked["nonce"].as_str().expect("nonce");
        let r = w.sign_json(
            &client(),
            &answer_pairs(iso, reply.presentation(id), nonce),
            "pass",
        );
        assert_eq!(r.status, status, "{id}: {}", r.body);
        if !code.is_empty() {
            assert_eq!(r.code(), code, "{id}");
        }
    }
    assert_eq!(w.export_all().iter().map(Vec::len).sum::<usize>(), 2);
    let _ = server.kill();
    let _ = server.wait();
    w.stop(false);
}
