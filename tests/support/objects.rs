//! The Durable Objects as the tests look at them: what each counted (the `/__meter` route of the
//! worker built with its test hooks), and what each holds in storage, read from the SQLite files
//! the local runtime keeps them in (`<state>/v3/do/ocs-edge-<Class>/<id>.sqlite`), with Python's
//! sqlite3: the storage itself, not any answer of the worker's.

use std::path::{Path, PathBuf};
use std::process::Command;

use super::Worker;

/// The SQLite files of every object of `class` (`Ledger`, `Vault`, `Tally`) in a state folder.
pub fn object_files(state: &Path, class: &str) -> Vec<PathBuf> {
    let dir = state.join(format!("v3/do/ocs-edge-{class}"));
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map(|entries| {
            entries
                .flatten()
                .map(|e| e.path())
                .filter(|p| {
                    p.extension().is_some_and(|e| e == "sqlite")
                        && p.file_name().is_some_and(|n| n != "metadata.sqlite")
                })
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}

/// The rows `query` returns from every object of `class` that has the tables it names (objects
/// without them count as empty), as JSON values, one list per object file.
pub fn query_objects(state: &Path, class: &str, query: &str) -> Vec<Vec<serde_json::Value>> {
    const SCRIPT: &str = r#"
import json, sqlite3, sys
out = []
for path in sys.argv[2:]:
    db = sqlite3.connect("file:" + path + "?mode=ro", uri=True)
    try:
        out.append([list(r) for r in db.execute(sys.argv[1])])
    except sqlite3.OperationalError as e:
        if "no such table" not in str(e):
            raise
        out.append([])
    db.close()
print(json.dumps(out))
"#;
    let files = object_files(state, class);
    let output = Command::new("python3")
        .arg("-c")
        .arg(SCRIPT)
        .arg(query)
        .args(&files)
        .output()
        .expect("python3 runs");
    assert!(
        output.status.success(),
        "reading the {class} objects: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let rows: Vec<Vec<serde_json::Value>> =
        serde_json::from_slice(&output.stdout).expect("JSON from the reader");
    rows
}

/// Rows in every ledger shard's `rows` table, tombstones included.
pub fn stored_rows(state: &Path) -> u64 {
    query_objects(state, "Ledger", "SELECT COUNT(*) FROM rows")
        .iter()
        .flatten()
        .filter_map(|r| r.as_array()?.first()?.as_u64())
        .sum()
}

/// Leaves in every shard's log, as each shard's latest stored checkpoint states them, and the
/// rows that carry leaf hashes: (leaves, rows with their leaf's hashes).
pub fn stored_leaves(state: &Path) -> (u64, u64) {
    let leaves = query_objects(
        state,
        "Ledger",
        "SELECT value FROM log WHERE name = 'checkpoint'",
    )
    .iter()
    .flatten()
    .filter_map(|r| {
        r.as_array()?
            .first()?
            .as_str()?
            .lines()
            .nth(1)?
            .parse::<u64>()
            .ok()
    })
    .sum();
    let hashed = query_objects(
        state,
        "Ledger",
        "SELECT COUNT(*) FROM rows WHERE leaf_hashes IS NOT NULL",
    )
    .iter()
    .flatten()
    .filter_map(|r| r.as_array()?.first()?.as_u64())
    .sum();
    (leaves, hashed)
}

/// The entries of every vault (name → value).
pub fn vault_entries(state: &Path) -> Vec<(String, String)> {
    query_objects(state, "Vault", "SELECT name, value FROM vault")
        .into_iter()
        .flatten()
        .filter_map(|r| {
            let r = r.as_array()?;
            Some((
                r.first()?.as_str()?.to_owned(),
                r.get(1)?.as_str()?.to_owned(),
            ))
        })
        .collect()
}

impl Worker {
    /// What every Durable Object counted (a worker built with its test hooks).
    pub fn meter(&self) -> serde_json::Value {
        let r = self.get("/__meter");
        assert_eq!(r.status, 200, "{}", r.body);
        r.json()
    }
}

/// Requests every object answered, by object and operation, summed over the shards:
/// `("shard", "checkpoint") → n`.
pub fn requests(meter: &serde_json::Value) -> std::collections::BTreeMap<(String, String), u64> {
    let mut out = std::collections::BTreeMap::new();
    let mut add = |object: &str, counts: &serde_json::Value| {
        if let Some(ops) = counts.as_object() {
            for (op, c) in ops {
                *out.entry((object.to_owned(), op.clone())).or_insert(0) +=
                    c["requests"].as_u64().unwrap_or(0);
            }
        }
    };
    for shard in meter["shards"].as_array().into_iter().flatten() {
        add("shard", shard);
    }
    add("vault", &meter["vault"]);
    add("tally", &meter["tally"]);
    out
}
