//! `ocs` trusts nothing it downloads: against a collector that lies (a local HTTP server
//! written here, answering what each test scripts), `ocs pull` refuses absurd shard counts,
//! oversized pages, pages that do not advance, bodies past their bound, plain `http://` beyond
//! this machine, and changed register data unless told; and never prints a server's terminal
//! escapes.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpListener;
use std::path::Path;
use std::process::{Command, Output};
use std::sync::Arc;

use ocs_core::ledger::Row;
use ocs_testkit::{initiative, ledger_rows};

const TOKEN: &str = "hostile-collector-test-token-0123456789";

/// What the fake collector answers for a path (status, body).
type Script = dyn Fn(&str) -> (u16, String) + Send + Sync;

/// Serves `script` on a loopback port until the test ends; returns the base URL.
fn serve(script: Arc<Script>) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = listener.local_addr().expect("addr").port();
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { continue };
            let script = Arc::clone(&script);
            std::thread::spawn(move || {
                let mut reader = BufReader::new(stream.try_clone().expect("clone"));
                let mut request_line = String::new();
                if reader.read_line(&mut request_line).is_err() {
                    return;
                }
                let mut line = String::new();
                while reader.read_line(&mut line).is_ok() && line.trim() != "" {
                    line.clear();
                }
                let path = request_line
                    .split_whitespace()
                    .nth(1)
                    .unwrap_or("/")
                    .to_owned();
                let (status, body) = script(&path);
                let head = format!(
                    "HTTP/1.1 {status} X\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n",
                    body.len()
                );
                let _ = stream.write_all(head.as_bytes());
                let _ = stream.write_all(body.as_bytes());
            });
        }
    });
    format!("http://127.0.0.1:{port}")
}

fn query(path: &str, name: &str) -> u64 {
    path.split(['?', '&'])
        .find_map(|kv| kv.strip_prefix(&format!("{name}=")))
        .and_then(|v| v.parse().ok())
        .unwrap_or(0)
}

/// An honest page: `rows` of shard 0 after `after`, at most `limit`.
fn page(rows: &[Row], path: &str, shards: u32, data: &serde_json::Value) -> String {
    let (after, limit) = (query(path, "after"), query(path, "limit").max(1));
    let shard = query(path, "shard") as u32;
    let page: Vec<&Row> = rows
        .iter()
        .filter(|r| r.shard == shard && r.seq > after)
        .take(limit as usize)
        .collect();
    serde_json::json!({
        "initiative": initiative().id, "initiative_data": data, "shard": shard,
        "shards": shards, "rows": page,
    })
    .to_string()
}

/// The counts of a one-shard collector holding `rows`: its head is the last row.
fn counts(rows: &[Row]) -> String {
    let last = rows.iter().filter(|r| r.shard == 0).max_by_key(|r| r.seq);
    serde_json::json!({
        "initiative": initiative().id, "shards": 1, "per_nationality": {},
        "heads": [{"shard": 0, "rows": last.map_or(0, |r| r.seq),
                   "head": last.map(|r| serde_json::to_value(r).unwrap()["chain"].clone())}],
    })
    .to_string()
}

fn honest(path: &str, rows: &[Row], data: &serde_json::Value) -> (u16, String) {
    if path.starts_with("/api/v1/export") {
        (200, page(rows, path, 1, data))
    } else if path.starts_with("/api/v1/counts") {
        (200, counts(rows))
    } else if path.starts_with("/api/v1/erasures") {
        (
            200,
            serde_json::json!({"initiative": initiative().id, "rows": []}).to_string(),
        )
    } else {
        (404, "{}".into())
    }
}

fn ocs(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_ocs"))
        .args(args)
        .env("OCS_EXPORT_TOKEN", TOKEN)
        .output()
        .expect("ocs runs")
}

fn text(out: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

fn pull(url: &str, bundle: &Path, extra: &[&str]) -> Output {
    let mut args = vec!["pull", "--url", url];
    args.extend(extra);
    args.push(bundle.to_str().expect("utf-8"));
    ocs(&args)
}

#[test]
fn plain_http_beyond_this_machine_is_refused_before_connecting() {
    let dir = tempfile::tempdir().unwrap();
    let out = pull("http://collector.example.eu", &dir.path().join("b"), &[]);
    assert!(!out.status.success());
    assert!(
        text(&out).contains("unencrypted\n  what to do: use the collector's https:// address"),
        "{}",
        text(&out)
    );
    let out = pull("ftp://collector.example.eu", &dir.path().join("b"), &[]);
    assert!(
        text(&out).contains("is not an https:// address"),
        "{}",
        text(&out)
    );
}

#[test]
fn an_absurd_shard_count_is_refused() {
    let data = serde_json::to_value(initiative()).unwrap();
    let url = serve(Arc::new(move |path: &str| {
        if path.starts_with("/api/v1/export") {
            let body = serde_json::json!({
                "initiative": initiative().id, "initiative_data": data, "shards": 4294967295u32, "rows": [],
            });
            (200, body.to_string())
        } else {
            (404, "{}".into())
        }
    }));
    let dir = tempfile::tempdir().unwrap();
    let out = pull(&url, &dir.path().join("b"), &[]);
    assert!(!out.status.success());
    assert!(
        text(&out).contains("claims 4294967295 shards"),
        "{}",
        text(&out)
    );
}

#[test]
fn a_page_that_does_not_advance_or_grows_is_an_error_not_a_loop() {
    let rows = ledger_rows(&initiative().id, 0, 5);
    let data = serde_json::to_value(initiative()).unwrap();
    // Always the first rows, whatever `after` says.
    let stuck = {
        let (rows, data) = (rows.clone(), data.clone());
        serve(Arc::new(move |path: &str| {
            if path.starts_with("/api/v1/export") {
                let body = serde_json::json!({
                    "initiative": initiative().id, "initiative_data": data, "shards": 1,
                    "rows": &rows[..query(path, "limit").clamp(1, 5) as usize],
                });
                (200, body.to_string())
            } else {
                honest(path, &rows, &data)
            }
        }))
    };
    let dir = tempfile::tempdir().unwrap();
    let out = pull(&stuck, &dir.path().join("b"), &["--page", "2"]);
    assert!(!out.status.success());
    assert!(
        text(&out).contains("where shard 0 row 3 was due"),
        "{}",
        text(&out)
    );
    // More rows than the page asked for.
    let greedy = {
        let (rows, data) = (rows.clone(), data.clone());
        serve(Arc::new(move |path: &str| {
            if path.starts_with("/api/v1/export") {
                let body = serde_json::json!({
                    "initiative": initiative().id, "initiative_data": data, "shards": 1, "rows": rows,
                });
                (200, body.to_string())
            } else {
                honest(path, &rows, &data)
            }
        }))
    };
    let out = pull(&greedy, &dir.path().join("c"), &["--page", "2"]);
    assert!(!out.status.success());
    assert!(text(&out).contains("rows for a page of"), "{}", text(&out));
}

#[test]
fn an_unbounded_body_is_refused() {
    let url = serve(Arc::new(|_: &str| {
        (200, format!("[\"{}\"]", "a".repeat(20 * 1024 * 1024)))
    }));
    let dir = tempfile::tempdir().unwrap();
    let out = pull(&url, &dir.path().join("b"), &[]);
    assert!(!out.status.success());
    assert!(text(&out).contains("at most"), "{}", text(&out));
}

#[test]
fn server_text_never_reaches_the_terminal_raw() {
    let url = serve(Arc::new(|_: &str| {
        (
            500,
            "\u{1b}]0;owned\u{7}\u{1b}[2J error \u{202E}txet".into(),
        )
    }));
    let dir = tempfile::tempdir().unwrap();
    let out = pull(&url, &dir.path().join("b"), &[]);
    assert!(!out.status.success());
    let shown = text(&out);
    assert!(shown.contains("answered 500"), "{shown}");
    assert!(
        !shown.contains('\u{1b}') && !shown.contains('\u{7}') && !shown.contains('\u{202E}'),
        "{shown:?}"
    );
}

#[test]
fn changed_register_data_is_shown_and_refused_unless_accepted() {
    let rows = ledger_rows(&initiative().id, 0, 3);
    let mut changed = initiative();
    changed.title = "A different title".into();
    let data = Arc::new(std::sync::Mutex::new(
        serde_json::to_value(initiative()).unwrap(),
    ));
    let url = {
        let (rows, data) = (rows.clone(), Arc::clone(&data));
        serve(Arc::new(move |path: &str| {
            let data = data.lock().unwrap().clone();
            honest(path, &rows, &data)
        }))
    };
    let dir = tempfile::tempdir().unwrap();
    let bundle = dir.path().join("b");
    assert!(pull(&url, &bundle, &[]).status.success());
    *data.lock().unwrap() = serde_json::to_value(&changed).unwrap();
    let out = pull(&url, &bundle, &[]);
    assert!(!out.status.success());
    let shown = text(&out);
    assert!(
        shown.contains("A different title")
            && shown.contains("what to do: check it against the Commission's register, then pull again with --accept-initiative-change"),
        "{shown}"
    );
    let manifest = std::fs::read_to_string(bundle.join("bundle.json")).unwrap();
    assert!(
        !manifest.contains("A different title"),
        "nothing taken before it is accepted"
    );
    let out = pull(&url, &bundle, &["--accept-initiative-change"]);
    assert!(out.status.success(), "{}", text(&out));
    let manifest = std::fs::read_to_string(bundle.join("bundle.json")).unwrap();
    assert!(manifest.contains("A different title"));
}

#[test]
fn a_shard_file_line_beyond_its_bound_is_an_error_not_an_allocation() {
    let rows = ledger_rows(&initiative().id, 0, 2);
    let data = serde_json::to_value(initiative()).unwrap();
    let url = serve(Arc::new(move |path: &str| honest(path, &rows, &data)));
    let dir = tempfile::tempdir().unwrap();
    let bundle = dir.path().join("b");
    assert!(pull(&url, &bundle, &[]).status.success());
    let mut file = std::fs::OpenOptions::new()
        .append(true)
        .open(bundle.join("shard-0000.jsonl"))
        .unwrap();
    file.write_all(&vec![b'x'; 200 * 1024]).unwrap();
    file.write_all(b"\n").unwrap();
    let out = ocs(&["verify", bundle.to_str().unwrap()]);
    assert!(!out.status.success());
    assert!(
        text(&out).contains("longer than 65536 bytes"),
        "{}",
        text(&out)
    );
    let mut content = Vec::new();
    std::fs::File::open(bundle.join("shard-0000.jsonl"))
        .unwrap()
        .read_to_end(&mut content)
        .unwrap();
    assert!(content.len() > 200 * 1024);
}

#[test]
fn a_collector_serving_rows_past_its_stated_heads_is_not_followed() {
    // It states 5 rows, then serves page after page of new ones, without end.
    let rows = ledger_rows(&initiative().id, 0, 5);
    let endless = ledger_rows(&initiative().id, 0, 400);
    let data = serde_json::to_value(initiative()).unwrap();
    let url = serve(Arc::new(move |path: &str| {
        if path.starts_with("/api/v1/counts") {
            (200, counts(&rows))
        } else {
            honest(path, &endless, &data)
        }
    }));
    let dir = tempfile::tempdir().unwrap();
    let bundle = dir.path().join("b");
    let out = pull(&url, &bundle, &["--page", "2"]);
    assert!(out.status.success(), "{}", text(&out));
    let held = ocs::bundle::Bundle::open(&bundle)
        .unwrap()
        .read_shard(0)
        .unwrap();
    assert_eq!(held.len(), 5, "pulled up to the stated head only");
}

/// Refusals that need a collector say what to do too: a credential the collector refuses, a
/// collector that fails.
#[test]
fn a_refused_credential_and_a_failing_collector_say_what_to_do() {
    let refusing = serve(Arc::new(|_: &str| {
        (401, r#"{"error":"unauthorised"}"#.into())
    }));
    let dir = tempfile::tempdir().unwrap();
    let out = pull(&refusing, &dir.path().join("b"), &[]);
    assert!(!out.status.success());
    assert!(
        text(&out).contains(
            "error: the collector refused the export credential (401)\n  what to do: check --token-file (or OCS_EXPORT_TOKEN)"
        ),
        "{}",
        text(&out)
    );
    let failing = serve(Arc::new(|_: &str| {
        (503, r#"{"error":"unavailable"}"#.into())
    }));
    let out = pull(&failing, &dir.path().join("c"), &[]);
    assert!(!out.status.success());
    assert!(
        text(&out).contains("answered 503")
            && text(&out).contains("what to do: try again in a minute"),
        "{}",
        text(&out)
    );
}
