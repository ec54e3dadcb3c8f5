//! End to end, the transparency log (docs/transparency.md) against the real worker and `ocs`:
//! receipts under concurrent signing verify (natively, with `ocs receipt verify`, and by an
//! independent RFC 9162 script); checkpoints stay consistent; a collector whose storage was
//! rewritten (a row altered, removed or inserted, the log recomputed and re-signed with the key
//! read from the vault's storage) is caught by `ocs verify` and `ocs audit` with the leaf named;
//! a forged checkpoint is refused.
#![cfg(feature = "e2e")]

mod support;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use ocs_core::ledger::{genesis, Row};
use ocs_core::transparency::{
    origin, sign_checkpoint, split_notes, verify_checkpoint, Leaf, LogKey, LogReceipt, MemoryTree,
};
use ocs_testkit::{part_a, with, PART_A};
use support::*;

/// A distinct signatory `n` (a unique family name), of a Part A member state.
fn signatory(n: usize) -> Vec<(&'static str, String)> {
    let nat = PART_A[n % PART_A.len()];
    let name = format!("Transparenz{}", ocs_testkit::letters(n as u64));
    with(&part_a(nat), "family_names", Some(&name))
}

fn sign(w: &Worker, n: usize) -> serde_json::Value {
    let r = w.sign_json(
        &format!("10.77.{}.{}", n / 200, n % 200 + 1),
        &signatory(n),
        "pass",
    );
    assert_eq!(r.status, 201, "{}", r.body);
    r.json()
}

fn receipt_of(accepted: &serde_json::Value) -> LogReceipt {
    serde_json::from_value(accepted["receipt"]["log"].clone()).expect("a log receipt in the 201")
}

/// RFC 9162 §2.1.3.2 inclusion verification and the leaf encoding of docs/transparency.md, in
/// Python's standard library only: none of our code, nor tlog_tiles, is involved.
const INDEPENDENT: &str = r#"
import base64, hashlib, json, sys, uuid
def leaf_hash(leaf):
    def put(b): return len(b).to_bytes(8, "big") + b
    data = (b"ocs-edge leaf v1" + leaf["shard"].to_bytes(4, "big") + leaf["seq"].to_bytes(8, "big")
            + uuid.UUID(leaf["statement"]).bytes + put(leaf["submitted_at"].encode())
            + put(leaf["nationality"].encode()) + bytes.fromhex(leaf["sealed"]))
    return hashlib.sha256(b"\x00" + data).digest()
def node(l, r): return hashlib.sha256(b"\x01" + l + r).digest()
def included(index, size, leaf, proof, root):
    if index >= size: return False
    fn, sn, r = index, size - 1, leaf
    for p in proof:
        if sn == 0: return False
        if fn & 1 or fn == sn:
            r = node(p, r)
            if not fn & 1:
                while True:
                    fn >>= 1; sn >>= 1
                    if fn & 1 or fn == 0: break
        else:
            r = node(r, p)
        fn >>= 1; sn >>= 1
    return sn == 0 and r == root
ok = 0
for path in sys.argv[1:]:
    receipt = json.load(open(path))
    lines = receipt["checkpoint"].split("\n")
    size, root = int(lines[1]), base64.b64decode(lines[2])
    proof = [base64.b64decode(h) for h in receipt["inclusion"]]
    if not included(receipt["leaf"]["seq"] - 1, size, leaf_hash(receipt["leaf"]), proof, root):
        print("NOT INCLUDED", path); sys.exit(1)
    bad = bytearray(leaf_hash(receipt["leaf"])); bad[0] ^= 1
    if included(receipt["leaf"]["seq"] - 1, size, bytes(bad), proof, root):
        print("A CHANGED LEAF PASSED", path); sys.exit(1)
    ok += 1
print("independently verified", ok)
"#;

#[test]
fn concurrent_receipts_verify_and_checkpoints_stay_consistent() {
    let w = start(Instance::new("transparency", open_vars()));
    let dir = setup().dir.join("transparency-files");
    fs::create_dir_all(&dir).expect("dir");
    // 24 signatories on 8 threads at once.
    let accepted: Vec<serde_json::Value> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..8)
            .map(|t| {
                let w = &w;
                scope.spawn(move || (0..3).map(|i| sign(w, t * 3 + i)).collect::<Vec<_>>())
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().expect("thread"))
            .collect()
    });
    assert_eq!(accepted.len(), 24);
    let index = w.get("/log/");
    assert_eq!(index.status, 200, "{}", index.body);
    let key = index.json()["verifier_key"]
        .as_str()
        .expect("key")
        .to_owned();
    let mut paths = Vec::new();
    for (n, a) in accepted.iter().enumerate() {
        let receipt = receipt_of(a);
        assert_eq!(receipt.leaf.statement, a["id"].as_str().expect("id"));
        assert_eq!(
            (receipt.leaf.shard, receipt.leaf.seq),
            (
                u32::try_from(a["receipt"]["shard"].as_u64().expect("shard")).expect("u32"),
                a["receipt"]["seq"].as_u64().expect("seq"),
            )
        );
        assert_eq!(receipt.key, key);
        // On its own (its checkpoint is the first tree that includes it).
        let signed = receipt
            .verify(&key, &origin(INITIATIVE, receipt.leaf.shard))
            .expect("the receipt verifies");
        assert_eq!(signed.size, receipt.leaf.seq);
        let path = dir.join(format!("receipt-{n}.json"));
        fs::write(
            &path,
            serde_json::to_string(&a["receipt"]["log"]).expect("json"),
        )
        .expect("write");
        paths.push(path);
    }
    // Independently (Python, RFC 9162), every receipt.
    let out = Command::new("python3")
        .arg("-c")
        .arg(INDEPENDENT)
        .args(&paths)
        .output()
        .expect("python3");
    assert!(
        out.status.success(),
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("independently verified 24"));
    // The API's own shapes verify as they come: the whole 201 answer and its `receipt` object.
    for (name, value) in [
        ("answer.json", accepted[0].clone()),
        ("receipt-object.json", accepted[0]["receipt"].clone()),
    ] {
        let file = dir.join(name);
        fs::write(&file, value.to_string()).expect("write");
        let (ok, out) = ocs(&["receipt", "verify", file.to_str().expect("utf-8")]);
        assert!(
            ok && out.contains("OK: the receipt verifies"),
            "{name}: {out}"
        );
    }
    // Against the log as it is now: consistency from the receipt's checkpoint, inclusion in the
    // latest tree (tiles fetched by `ocs`).
    for path in &paths {
        let p = path.to_str().expect("utf-8");
        let (ok, out) = ocs(&["receipt", "verify", p]);
        assert!(ok && out.contains("OK: the receipt verifies"), "{out}");
        let (ok, out) = ocs(&["receipt", "verify", p, "--url", &w.base]);
        assert!(ok && out.contains("still includes it and extends"), "{out}");
    }
    // Every shard's checkpoint, in one response, signed.
    let all = w.get("/log/checkpoint");
    assert_eq!(all.status, 200);
    let notes = split_notes(&all.body);
    assert_eq!(notes.len(), SHARDS as usize, "{}", all.body);
    let total: u64 = notes
        .iter()
        .map(|n| verify_checkpoint(n, &key).expect("signed").size)
        .sum();
    assert_eq!(total, 24);
    // The public audit: signatures, count; twice, the second against the first run's state.
    let state = dir.join("audit.json");
    let s = state.to_str().expect("utf-8");
    let (ok, out) = ocs(&["audit", "--url", &w.base, "--state", s, "--log-key", &key]);
    assert!(ok && out.contains("OK: the published total, 24,"), "{out}");
    sign(&w, 100);
    let (ok, out) = ocs(&["audit", "--url", &w.base, "--state", s]);
    assert!(ok && out.contains("extends the one of"), "{out}");
    // The published total holds up whenever it was counted (it carries its checkpoints), and
    // counts the new statement once the figures are refreshed (every 5 s here, kept 10 s).
    eventually(
        std::time::Duration::from_secs(40),
        "the published total counts the new statement",
        || {
            let (ok, out) = ocs(&["audit", "--url", &w.base, "--state", s]);
            assert!(ok, "{out}");
            out.contains("OK: the published total, 25,").then_some(())
        },
    );
    // A witness: cosigns what held up against its previous run; the cosigned checkpoints carry
    // both the log's signature and the witness's.
    let witness_key = dir.join("witness.key");
    let _ = fs::remove_file(&witness_key);
    let (ok, out) = ocs(&[
        "witness",
        "keygen",
        "--name",
        "witness.example.org/ocs",
        "-o",
        witness_key.to_str().expect("utf-8"),
    ]);
    assert!(ok, "{out}");
    let witness_vkey = out.lines().next().expect("the verifier key").to_owned();
    let cosigned = dir.join("cosigned");
    let (ok, out) = ocs(&[
        "audit",
        "--url",
        &w.base,
        "--state",
        s,
        "--witness-key",
        witness_key.to_str().expect("utf-8"),
        "--cosigned",
        cosigned.to_str().expect("utf-8"),
    ]);
    assert!(ok && out.contains("cosigned 4 checkpoints"), "{out}");
    for shard in 0..SHARDS {
        let note = fs::read_to_string(cosigned.join(format!("shard-{shard}.checkpoint")))
            .expect("cosigned checkpoint");
        verify_checkpoint(&note, &key).expect("the log's signature");
        ocs_core::transparency::verify_cosignature(&note, &witness_vkey)
            .expect("the witness's cosignature");
    }

    // An erasure: the leaf stays (the receipt still verifies), the shard's checkpoint counts it,
    // and the audit's total is one less.
    let erased = receipt_of(&accepted[0]);
    let (ok, out) = ocs(&[
        "erase",
        "statement",
        "--url",
        &w.base,
        &erased.leaf.statement,
    ]);
    assert!(ok, "{out}");
    // The shard's checkpoint counts the erasure at once; the published total, once refreshed.
    let out = eventually(
        std::time::Duration::from_secs(40),
        "the published total counts the erasure",
        || {
            let (ok, out) = ocs(&["audit", "--url", &w.base, "--state", s]);
            assert!(ok, "{out}");
            out.contains("OK: the published total, 24,").then_some(out)
        },
    );
    assert!(
        out.contains(&format!("shard {}: ", erased.leaf.shard)) && out.contains("1 erased"),
        "{out}"
    );
    let (ok, out) = ocs(&[
        "receipt",
        "verify",
        paths[0].to_str().expect("utf-8"),
        "--url",
        &w.base,
    ]);
    assert!(ok && out.contains("(1 erased since)"), "{out}");

    // Forged checkpoints: a changed size under the log's signature, and a note signed by a key
    // of the same name that is not the log's.
    let mut receipt: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(&paths[0]).expect("read")).expect("json");
    let text = receipt["checkpoint"].as_str().expect("text").to_owned();
    let parsed = verify_checkpoint(&text, &key).expect("signed");
    let resized = text.replacen(
        &format!("\n{}\n", parsed.size),
        &format!("\n{}\n", parsed.size + 1),
        1,
    );
    // `ocs receipt verify` of the receipt with that checkpoint: (success, output).
    let mut verify_forged = |name: &str, checkpoint: String, pin: [&str; 2]| {
        receipt["checkpoint"] = checkpoint.into();
        let forged = dir.join(name);
        fs::write(&forged, receipt.to_string()).expect("write");
        ocs(&[
            "receipt",
            "verify",
            forged.to_str().expect("utf-8"),
            pin[0],
            pin[1],
        ])
    };
    let (ok, out) = verify_forged("forged-size.json", resized, ["--url", &w.base]);
    assert!(!ok && out.contains("signature"), "{out}");
    let impostor = LogKey::from_seed(INITIATIVE, &[9u8; 32]);
    let by_impostor =
        sign_checkpoint(&impostor, &parsed.origin, parsed.size, parsed.root, 0).expect("signed");
    let (ok, out) = verify_forged("forged-key.json", by_impostor, ["--log-key", &key]);
    assert!(!ok && out.contains("signature"), "{out}");
    w.stop(false);
}

/// A row of the dump, as stored.
#[derive(serde::Deserialize, serde::Serialize, Clone)]
struct Stored {
    seq: i64,
    id: String,
    submitted_at: String,
    nationality: String,
    token: Option<String>,
    envelope: Option<String>,
    contact: Option<String>,
    erased_at: Option<String>,
    sealed: Option<String>,
    chain: String,
    /// The hashes the row's leaf added to the tree (the shard keeps them in the row).
    #[serde(default)]
    leaf_hashes: Option<String>,
}

impl Stored {
    fn row(&self, shard: u32) -> Row {
        let mut v = serde_json::json!({
            "shard": shard, "seq": self.seq, "id": self.id, "submitted_at": self.submitted_at,
            "nationality": self.nationality, "chain": self.chain,
        });
        match &self.erased_at {
            Some(at) => v["erased"] = serde_json::json!({"at": at, "sealed": self.sealed}),
            None => {
                v["token"] = self.token.clone().into();
                v["envelope"] = self.envelope.clone().into();
                if let Some(c) = &self.contact {
                    v["contact"] = c.clone().into();
                }
            }
        }
        serde_json::from_value(v).expect("a stored row")
    }
}

const DUMP: &str = r#"
import glob, json, sqlite3, sys
out = {"shards": [], "log_key": None}
for path in sorted(glob.glob(sys.argv[1] + "/**/*.sqlite", recursive=True)):
    db = sqlite3.connect(path)
    tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    if "vault" in tables:
        for (v,) in db.execute("SELECT value FROM vault WHERE name = 'log_key'"):
            out["log_key"] = v
    if "rows" in tables:
        cols = ["seq", "id", "submitted_at", "nationality", "token", "envelope", "contact", "erased_at", "sealed", "chain", "leaf_hashes"]
        rows = [dict(zip(cols, r)) for r in db.execute("SELECT " + ",".join(cols) + " FROM rows ORDER BY seq")]
        out["shards"].append({"path": path, "rows": rows})
print(json.dumps(out))
"#;

const WRITE: &str = r#"
import json, sqlite3, sys
plan = json.load(open(sys.argv[1]))
db = sqlite3.connect(plan["path"])
if plan.get("rows") is not None:
    db.execute("DELETE FROM rows")
    cols = ["seq", "id", "submitted_at", "nationality", "token", "envelope", "contact", "erased_at", "sealed", "chain", "leaf_hashes"]
    for r in plan["rows"]:
        db.execute("INSERT INTO rows (" + ",".join(cols) + ") VALUES (" + ",".join("?" * len(cols)) + ")", [r[c] for c in cols])
    db.execute("DELETE FROM counts")
    db.execute("INSERT INTO counts SELECT nationality, COUNT(*) FROM rows WHERE erased_at IS NULL GROUP BY nationality")
if plan.get("tree") is not None:
    db.execute("DELETE FROM tree")
    for i, h in enumerate(plan["tree"]):
        db.execute("INSERT INTO tree (idx, hash) VALUES (?, ?)", (i, h))
if plan.get("size") is not None:
    db.execute("INSERT OR REPLACE INTO log (name, value) VALUES ('size', ?)", (str(plan["size"]),))
if plan.get("checkpoint") is not None:
    db.execute("UPDATE log SET value = ? WHERE name = 'checkpoint'", (plan["checkpoint"],))
db.commit()
"#;

fn python(script: &str, args: &[&str]) -> String {
    let out = Command::new("python3")
        .arg("-c")
        .arg(script)
        .args(args)
        .output()
        .expect("python3");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// What an attacker with the collector's storage does: edit a shard's rows, recompute the
/// chain, the log's tree and its checkpoint, signed with the log key read from the vault.
fn rewrite(state: &Path, edit: &dyn Fn(&mut Vec<Stored>), resign: bool) -> u32 {
    let dump: serde_json::Value =
        serde_json::from_str(&python(DUMP, &[state.to_str().expect("utf-8")])).expect("dump");
    let seed_hex = dump["log_key"].as_str().expect("the vault's log key");
    let mut seed = [0u8; 32];
    hex::decode_to_slice(seed_hex, &mut seed).expect("hex");
    let key = LogKey::from_seed(INITIATIVE, &seed);
    // The shard with the most rows.
    let target = dump["shards"]
        .as_array()
        .expect("shards")
        .iter()
        .max_by_key(|s| s["rows"].as_array().map_or(0, Vec::len))
        .expect("a shard");
    let mut rows: Vec<Stored> = serde_json::from_value(target["rows"].clone()).expect("rows");
    assert!(rows.len() >= 3, "enough rows to tamper with");
    let chain0 = rows[0].chain.clone();
    let shard = (0..SHARDS)
        .find(|s| hex::encode(rows[0].row(*s).compute_chain(&genesis(INITIATIVE, *s))) == chain0)
        .expect("the shard");
    edit(&mut rows);
    let mut prev = genesis(INITIATIVE, shard);
    let mut tree = MemoryTree::new();
    for (i, r) in rows.iter_mut().enumerate() {
        r.seq = i64::try_from(i + 1).expect("seq");
        let row = r.row(shard);
        prev = row.compute_chain(&prev);
        r.chain = hex::encode(prev);
        tree.push(Leaf::of_row(&r.row(shard)).hash()).expect("leaf");
    }
    let n = tree.size();
    let erased = rows.iter().filter(|r| r.erased_at.is_some()).count() as u64;
    let mut plan = serde_json::json!({"path": target["path"], "rows": rows});
    if resign {
        // The tree rewritten too: each row's leaf hashes, as the shard keeps them.
        let stored = tree.stored();
        let bound = |leaf: u64| {
            usize::try_from(ocs_core::transparency::first_stored_index(leaf))
                .expect("index")
                .min(stored.len())
        };
        for (leaf, r) in (0u64..).zip(rows.iter_mut()) {
            r.leaf_hashes = Some(
                stored[bound(leaf)..bound(leaf + 1)]
                    .iter()
                    .map(|h| hex::encode(h.0))
                    .collect(),
            );
        }
        plan["rows"] = serde_json::to_value(&rows).expect("rows");
        plan["tree"] = Vec::<String>::new().into();
        plan["checkpoint"] = sign_checkpoint(
            &key,
            &origin(INITIATIVE, shard),
            n,
            tree.root(n).expect("root"),
            erased,
        )
        .expect("sign")
        .into();
    }
    let file = state.join("../plan.json");
    fs::write(&file, plan.to_string()).expect("plan");
    python(WRITE, &[file.to_str().expect("utf-8")]);
    shard
}

#[test]
fn a_rewritten_collector_is_caught_with_the_leaf_named() {
    let w = start(Instance::new("transparency-tamper", open_vars()));
    let dir = setup().dir.join("transparency-tamper-files");
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).expect("dir");
    for n in 0..20 {
        sign(&w, 300 + n);
    }
    let bundle = dir.join("bundle");
    let b = bundle.to_str().expect("utf-8").to_owned();
    let (ok, out) = ocs(&["pull", "--url", &w.base, &b]);
    assert!(
        ok && out.contains("pinned the collector's log key"),
        "{out}"
    );
    let (ok, out) = ocs(&["verify", &b]);
    assert!(ok && out.contains("log leaves kept"), "{out}");
    let audit = dir.join("audit.json");
    let (ok, out) = ocs(&[
        "audit",
        "--url",
        &w.base,
        "--state",
        audit.to_str().expect("utf-8"),
    ]);
    assert!(ok, "{out}");
    let state = w.state_dir.clone();
    w.stop(false);

    let run = |name: &'static str,
               edit: &dyn Fn(&mut Vec<Stored>),
               resign: bool|
     -> (u32, PathBuf, Worker) {
        let copy = dir.join(format!("state-{name}"));
        copy_dir(&state, &copy);
        let shard = rewrite(&copy, edit, resign);
        let mut instance = Instance::new(name, open_vars());
        instance.state = Some(copy.clone());
        (shard, copy, start(instance))
    };
    let audit_copy = |name: &str| {
        let p = dir.join(format!("audit-{name}.json"));
        fs::copy(&audit, &p).expect("copy");
        p
    };
    // Row 2 altered (its submission time), row 2 removed, a row inserted before row 2.
    let alter = |rows: &mut Vec<Stored>| rows[1].submitted_at = "2026-01-01T00:00:00Z".into();
    let remove = |rows: &mut Vec<Stored>| {
        rows.remove(1);
    };
    let insert = |rows: &mut Vec<Stored>| {
        let mut extra = rows[0].clone();
        extra.id = "00000000-0000-4000-8000-000000000001".into();
        extra.token = extra.token.map(|t| format!("{}00", &t[..t.len() - 2]));
        rows.insert(1, extra);
    };
    for (name, edit) in [
        ("tamper-alter", &alter as &dyn Fn(&mut Vec<Stored>)),
        ("tamper-remove", &remove),
        ("tamper-insert", &insert),
    ] {
        let (shard, _, w) = run(name, edit, true);
        let leaf = format!("shard {shard}, leaf 1 (ledger row 2)");
        let (ok, out) = ocs(&["verify", "--url", &w.base, &b]);
        eprintln!("{name}, ocs verify --url:\n{out}");
        assert!(!ok && out.contains(&leaf), "{name}: {out}");
        let state_file = audit_copy(name);
        let (ok, out) = ocs(&[
            "audit",
            "--url",
            &w.base,
            "--state",
            state_file.to_str().expect("utf-8"),
        ]);
        eprintln!("{name}, ocs audit:\n{out}");
        assert!(
            !ok && out.contains(&leaf) && out.contains("does not extend"),
            "{name}: {out}"
        );
        // The organiser's next pull refuses the rewritten log too.
        let again = dir.join(format!("bundle-{name}"));
        copy_dir(&bundle, &again);
        let (ok, out) = ocs(&["pull", "--url", &w.base, again.to_str().expect("utf-8")]);
        assert!(!ok && out.contains(&leaf), "{name}: {out}");
        w.stop(false);
    }
    // Rows rewritten but the log left alone, before the organiser's first pull: the pull and
    // then `ocs verify` offline name the row that is not the log's leaf.
    let (shard, _, w) = run("tamper-rows-only", &alter, false);
    let fresh = dir.join("bundle-fresh");
    let (ok, out) = ocs(&["pull", "--url", &w.base, fresh.to_str().expect("utf-8")]);
    let leaf = format!("shard {shard}, leaf 1 (ledger row 2)");
    assert!(!ok && out.contains(&leaf), "{out}");
    let (ok, out) = ocs(&["verify", fresh.to_str().expect("utf-8")]);
    assert!(!ok && out.contains(&leaf), "{out}");
    w.stop(false);
    // A checkpoint signed by another key: refused by the audit and by the organiser.
    let (_, _, w) = run("tamper-forged", &|_: &mut Vec<Stored>| {}, false);
    w.stop(false);
    let copy = dir.join("state-tamper-forged");
    let dump: serde_json::Value =
        serde_json::from_str(&python(DUMP, &[copy.to_str().expect("utf-8")])).expect("dump");
    let target = dump["shards"]
        .as_array()
        .expect("shards")
        .iter()
        .max_by_key(|s| s["rows"].as_array().map_or(0, Vec::len))
        .expect("a shard");
    let impostor = LogKey::from_seed(INITIATIVE, &[9u8; 32]);
    let forged = sign_checkpoint(
        &impostor,
        &origin(INITIATIVE, 0),
        1,
        ocs_core::transparency::Hash([0u8; 32]),
        0,
    )
    .expect("sign");
    let file = dir.join("plan.json");
    fs::write(
        &file,
        serde_json::json!({"path": target["path"], "checkpoint": forged}).to_string(),
    )
    .expect("plan");
    python(WRITE, &[file.to_str().expect("utf-8")]);
    let mut instance = Instance::new("tamper-forged-2", open_vars());
    instance.state = Some(copy);
    let w = start(instance);
    let (ok, out) = ocs(&[
        "audit",
        "--url",
        &w.base,
        "--state",
        audit_copy("forged").to_str().expect("utf-8"),
    ]);
    assert!(!ok && out.contains("checkpoint is refused"), "{out}");
    let (ok, out) = ocs(&["verify", "--url", &w.base, &b]);
    assert!(!ok && out.contains("checkpoint is refused"), "{out}");
    w.stop(false);
}

/// Signing throughput through the local runtime with and without the log, same run, rounds
/// alternating so that drift in the machine's load hits both alike. A measurement, not a test
/// of speed: `scripts/bench --log` runs it and prints the figures (docs/performance figures in
/// docs/transparency.md).
#[test]
#[ignore = "a benchmark: scripts/bench --log"]
fn signing_throughput_with_and_without_the_log() {
    let with_log = start(Instance::new("throughput-log", open_vars()));
    let mut vars = open_vars();
    vars.push(("TRANSPARENCY_LOG", "off".into()));
    let without_log = start(Instance::new("throughput-nolog", vars));
    let rounds = 4;
    let per_round = 160;
    let threads = 16;
    let mut next = 10_000;
    let mut elapsed = [std::time::Duration::ZERO; 2];
    // A warm-up round each (isolates, SQLite files, the vault's keys).
    for (i, w) in [&with_log, &without_log]
        .into_iter()
        .cycle()
        .take(2 + 2 * rounds)
        .enumerate()
    {
        let first = next;
        next += per_round;
        let started = std::time::Instant::now();
        std::thread::scope(|scope| {
            for t in 0..threads {
                scope.spawn(move || {
                    for n in (first + t..first + per_round).step_by(threads) {
                        sign(w, n);
                    }
                });
            }
        });
        if i >= 2 {
            elapsed[i % 2] += started.elapsed();
        }
    }
    let total = (rounds * per_round) as f64;
    let rate = |d: std::time::Duration| total / d.as_secs_f64();
    let (on, off) = (rate(elapsed[0]), rate(elapsed[1]));
    let line = serde_json::json!({
        "signatures_per_instance": rounds * per_round,
        "connections": threads,
        "with_log_per_s": (on * 10.0).round() / 10.0,
        "without_log_per_s": (off * 10.0).round() / 10.0,
        "ratio_with_to_without": (on / off * 1000.0).round() / 1000.0,
    });
    println!("signing throughput: {line}");
    let out = root().join("target/bench");
    fs::create_dir_all(&out).expect("target/bench");
    fs::write(out.join("transparency-throughput.json"), line.to_string()).expect("write");
    with_log.stop(false);
    without_log.stop(false);
}

/// A shard past one full tile (256 leaves): the full tile is served immutable, the partial one
/// and the level-1 tile as they are, and receipts, pull, verify and audit all hold through them.
#[test]
fn a_log_past_a_full_tile_serves_and_checks() {
    let mut vars = open_vars();
    vars.retain(|(k, _)| *k != "SHARD_COUNT");
    vars.push(("SHARD_COUNT", "1".into()));
    let w = start(Instance::new("transparency-tiles", vars));
    let dir = setup().dir.join("transparency-tiles-files");
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).expect("dir");
    let total = 300;
    let first: Vec<serde_json::Value> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..10)
            .map(|t| {
                let w = &w;
                scope.spawn(move || {
                    (0..total / 10)
                        .map(|i| sign(w, 2000 + t * 100 + i))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().expect("thread"))
            .collect()
    });
    // (status, cache-control, bytes) of a tile.
    let tile = |path: &str| {
        let mut r = agent()
            .get(format!("{}/log/0/tile/{path}", w.base))
            .call()
            .expect("a tile");
        let cache = r
            .headers()
            .get("cache-control")
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_owned();
        let bytes = r.body_mut().read_to_vec().expect("bytes");
        (r.status().as_u16(), cache, bytes.len())
    };
    let (status, cache, len) = tile("0/000");
    assert_eq!((status, len), (200, 256 * 32));
    assert!(cache.contains("immutable"), "{cache}");
    // A partial tile is named by its width, and what a width names never changes either
    // (tlog-tiles): immutable too.
    let (status, cache, len) = tile(&format!("0/001.p/{}", total - 256));
    assert_eq!((status, len), (200, (total - 256) * 32));
    assert!(cache.contains("immutable"), "{cache}");
    // An older width of it is cut from the same tile, never asked of the shard again.
    let (status, _, len) = tile("0/001.p/3");
    assert_eq!((status, len), (200, 3 * 32));
    let (status, _, _) = tile(&format!("0/001.p/{}", total - 255));
    assert_eq!(status, 404, "wider than the tree");
    let (status, _, len) = tile("1/000.p/1");
    assert_eq!((status, len), (200, 32));
    // The earliest receipt verifies against the tree of 300 (through the full tile).
    let earliest = first
        .iter()
        .map(receipt_of)
        .min_by_key(|r| r.leaf.seq)
        .expect("receipts");
    let path = dir.join("receipt.json");
    fs::write(&path, serde_json::to_string(&earliest).expect("json")).expect("write");
    let (ok, out) = ocs(&[
        "receipt",
        "verify",
        path.to_str().expect("utf-8"),
        "--url",
        &w.base,
    ]);
    assert!(ok && out.contains("tree of 300 leaves"), "{out}");
    let bundle = dir.join("bundle");
    let b = bundle.to_str().expect("utf-8");
    let (ok, out) = ocs(&["pull", "--url", &w.base, b]);
    assert!(ok, "{out}");
    let (ok, out) = ocs(&["verify", "--url", &w.base, b]);
    assert!(ok && out.contains("300 log leaves kept"), "{out}");
    let state = dir.join("audit.json");
    let (ok, out) = ocs(&[
        "audit",
        "--url",
        &w.base,
        "--state",
        state.to_str().expect("utf-8"),
    ]);
    assert!(ok && out.contains("OK: the published total, 300,"), "{out}");
    w.stop(false);
}
