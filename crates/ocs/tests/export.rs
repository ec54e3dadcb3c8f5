//! `ocs export`: a bundle of sealed statements for every nationality becomes one hand-over file
//! per member state, each statement exactly once with exactly its Annex III fields; filters,
//! CSV, rows that fail to open, and a bundle with integrity faults.

use ocs_testkit as common;

use age::secrecy::SecretString;
use common::{annex_iii_keys, borrow, part_a, part_b, read_hand_over_xml, with, PART_A, PART_B};
use ocs::bundle::{Bundle, Manifest, FORMAT, VERSION};
use ocs::keyfile;
use ocs_core::dedupe::DedupeSecret;
use ocs_core::envelope::{seal, Binding, Purpose};
use ocs_core::ledger::{genesis, Body, Row, Sealed};
use ocs_core::{SecretKey, Statement, Suite};
use std::collections::{BTreeMap, BTreeSet};
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use time::Duration;

const PASSPHRASE: &str = "correct horse battery staple";
const SHARDS: u32 = 3;

struct Fixture {
    dir: tempfile::TempDir,
    key: SecretKey,
    /// Statement id → (nationality, submission day dd/mm/yyyy, expected properties key → value).
    signed: BTreeMap<String, (String, String, BTreeMap<String, String>)>,
}

impl Fixture {
    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }
    fn arg(&self, name: &str) -> String {
        self.path(name).display().to_string()
    }
    fn export(&self, bundle: &str, out: &str, extra: &[&str]) -> Output {
        let mut args = vec![
            "export".to_owned(),
            self.arg(bundle),
            "--key".into(),
            self.arg("organiser.key"),
            "--passphrase-file".into(),
            self.arg("pass"),
            "--out".into(),
            self.arg(out),
        ];
        args.extend(extra.iter().map(|s| s.to_string()));
        Command::new(env!("CARGO_BIN_EXE_ocs"))
            .args(&args)
            .output()
            .expect("ocs runs")
    }
}

fn submissions() -> Vec<Vec<(&'static str, String)>> {
    let mut all: Vec<Vec<(&'static str, String)>> = Vec::new();
    for (i, nationality) in PART_A.iter().enumerate() {
        // Names that need escaping in XML and quoting in CSV.
        let named = with(
            &part_a(nationality),
            "family_names",
            Some(&format!("O'Brien-Zoë {}", char::from(b'A' + i as u8))),
        );
        all.push(named);
    }
    for (nationality, doc, number) in PART_B {
        all.push(part_b(nationality, doc, number));
    }
    all
}

/// Seals `statements` into a bundle of SHARDS shards, as the worker would.
fn write_bundle(dir: &Path, key: &SecretKey, statements: &[Statement], mislabel: Option<usize>) {
    let initiative = common::initiative();
    let secret = DedupeSecret::from_hex(&"ab".repeat(32)).unwrap();
    let public = key.public_key().unwrap();
    let mut shards: Vec<Vec<Row>> = vec![Vec::new(); SHARDS as usize];
    for (i, statement) in statements.iter().enumerate() {
        let token = secret.token(common::rules(), statement).unwrap();
        let shard = token.shard(SHARDS);
        let binding = Binding {
            purpose: Purpose::Statement,
            statement_id: statement.id,
            initiative: &initiative.id,
            nationality: &statement.nationality,
        };
        let envelope = seal(&public, &binding, &statement.to_canonical()).unwrap();
        let rows = &mut shards[shard as usize];
        let prev = rows
            .last()
            .map_or_else(|| genesis(&initiative.id, shard), |r: &Row| r.chain);
        let mut row = Row {
            shard,
            seq: rows.len() as u64 + 1,
            id: statement.id,
            submitted_at: statement.submitted_at.clone(),
            // A row whose clear nationality disagrees with its envelope's binding (chained
            // correctly, so only opening it can tell).
            nationality: if mislabel == Some(i) {
                "BE".into()
            } else {
                statement.nationality.clone()
            },
            body: Body::Sealed(Sealed {
                token: token.0,
                envelope,
                contact: None,
            }),
            chain: [0; 32],
        };
        row.chain = row.compute_chain(&prev);
        rows.push(row);
    }
    let bundle = Bundle::open_or_create(
        dir,
        Manifest {
            format: FORMAT.into(),
            version: VERSION,
            initiative: initiative.id.clone(),
            shards: SHARDS,
            source: "http://127.0.0.1:8787".into(),
            initiative_data: Some(initiative),
            ruleset_sha256: None,
        },
    )
    .unwrap();
    for (shard, rows) in shards.iter().enumerate() {
        bundle.append(shard as u32, rows).unwrap();
    }
}

fn fixture(mislabel: Option<usize>) -> Fixture {
    fixture_with(mislabel, &[])
}

/// `extra` submissions are signed after the usual 27.
fn fixture_with(mislabel: Option<usize>, extra: &[Vec<(&'static str, String)>]) -> Fixture {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("pass"), format!("{PASSPHRASE}\n")).unwrap();
    let key = SecretKey::generate(Suite::X25519).unwrap();
    let file = keyfile::encrypt_key(
        &key,
        &SecretString::from(PASSPHRASE.to_owned()),
        "2026-11-22T12:00:00Z",
        Some(10),
    )
    .unwrap();
    keyfile::write_private_file(&dir.path().join("organiser.key"), &file).unwrap();
    let mut statements = Vec::new();
    let mut signed = BTreeMap::new();
    let rules = common::rules();
    let mut all = submissions();
    all.extend(extra.iter().cloned());
    for (i, pairs) in all.iter().enumerate() {
        // Spread over five days, to filter by date.
        let now = common::NOW - Duration::days(i as i64 % 5);
        let statement = common::validate_at(&borrow(pairs), now).unwrap().statement;
        let state = rules.state(&statement.nationality).unwrap();
        let mut expected = BTreeMap::new();
        for (field, value) in statement.fields.iter() {
            let key = match field {
                "id_type" => continue,
                "id_number" => {
                    let doc = state
                        .document(statement.fields.get("id_type").unwrap())
                        .unwrap();
                    doc.export_key.clone()
                }
                name => format!("oct.property.{}", name.replace('_', ".")),
            };
            let value = match field {
                "date_of_birth" => "15/01/1990".to_owned(),
                // The data model writes the country of residence in lower case.
                "country" => value.to_ascii_lowercase(),
                _ => value.to_owned(),
            };
            expected.insert(key, value);
        }
        let day = now.date();
        signed.insert(
            statement.id.to_string(),
            (
                statement.nationality.clone(),
                // An xs:date, as the data model has it.
                day.to_string(),
                expected,
            ),
        );
        statements.push(statement);
    }
    write_bundle(&dir.path().join("bundle"), &key, &statements, mislabel);
    Fixture { dir, key, signed }
}

fn mode(path: &Path) -> u32 {
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn every_statement_once_in_its_country_file_with_exactly_its_annex_iii_fields() {
    let f = fixture(None);
    let out = f.export("bundle", "handover", &[]);
    assert!(
        out.status.success(),
        "{}{}",
        text(&out.stdout),
        text(&out.stderr)
    );
    let dir = f.path("handover");
    assert_eq!(mode(&dir), 0o700);
    let mut seen = BTreeSet::new();
    let nationalities: BTreeSet<&String> = f.signed.values().map(|(n, _, _)| n).collect();
    assert_eq!(nationalities.len(), 27);
    for nationality in nationalities {
        let path = dir.join(format!("{}.xml", nationality.to_lowercase()));
        assert_eq!(mode(&path), 0o600, "{}", path.display());
        let (country, signatures) = read_hand_over_xml(&std::fs::read_to_string(&path).unwrap());
        assert_eq!(&country.to_uppercase(), nationality);
        for (id, day, revision, properties) in signatures {
            let (signed_nationality, signed_day, expected) = &f.signed[&id];
            assert_eq!(signed_nationality, nationality, "{id} in the wrong file");
            assert_eq!(&day, signed_day);
            assert_eq!(revision, "1", "the amended Annex III of 2019/788");
            let got: BTreeMap<String, String> = properties
                .iter()
                .map(|(_, k, v)| (k.clone(), v.clone()))
                .collect();
            assert_eq!(got.len(), properties.len(), "a key twice in {id}");
            assert_eq!(&got, expected, "{id} ({nationality})");
            let part_b = !PART_A.contains(&nationality.as_str());
            let document = got
                .keys()
                .find(|k| part_b && !k.contains("names"))
                .map(|k| k.trim_start_matches("oct.property.").to_owned());
            let keys: Vec<String> = got.keys().cloned().collect();
            assert_eq!(
                keys,
                annex_iii_keys(nationality, document.as_deref()),
                "{id}"
            );
            for (group, key, _) in &properties {
                let want = if key.contains("names") || key.contains("birth") {
                    "oct.group.general"
                } else if PART_A.contains(&nationality.as_str()) {
                    "oct.group.address"
                } else {
                    "oct.group.id"
                };
                assert_eq!(group, want, "{key}");
            }
            assert!(seen.insert(id.clone()), "{id} exported twice");
        }
    }
    assert_eq!(seen.len(), f.signed.len());
    let report: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.join("export-report.json")).unwrap()).unwrap();
    assert_eq!(report["files"].as_array().unwrap().len(), 27);
    assert_eq!(report["failures"].as_array().unwrap().len(), 0);
    // Every file of the report is there with the digest and the count the report gives.
    for entry in report["files"].as_array().unwrap() {
        let name = entry["file"].as_str().unwrap();
        let bytes = std::fs::read(dir.join(name)).unwrap();
        let digest = {
            use sha2::Digest;
            hex::encode(sha2::Sha256::digest(&bytes))
        };
        assert_eq!(entry["sha256"], digest, "{name}");
        let (_, signatures) = common::read_hand_over_xml(std::str::from_utf8(&bytes).unwrap());
        assert_eq!(entry["statements"], signatures.len(), "{name}");
    }
    // The report holds no personal data.
    let report_text = report.to_string();
    assert!(!report_text.contains("O'Brien") && !report_text.contains("Kowalski"));

    // A second export into the same folder is refused rather than overwriting.
    let again = f.export("bundle", "handover", &[]);
    assert!(!again.status.success());
    assert!(
        text(&again.stderr).contains("export into a new, empty folder"),
        "{}",
        text(&again.stderr)
    );
    assert_eq!(
        std::fs::read_dir(&dir).unwrap().count(),
        28,
        "nothing added or removed"
    );
}

#[test]
fn csv_with_nationality_and_date_filters() {
    let f = fixture(None);
    let from = common::NOW.date() - Duration::days(2);
    let until = common::NOW.date() - Duration::days(1);
    let out = f.export(
        "bundle",
        "csv",
        &[
            "--format",
            "csv",
            "--nationality",
            "fr,PL",
            "--nationality",
            "GR",
            "--from",
            &from.to_string(),
            "--until",
            &until.to_string(),
        ],
    );
    assert!(
        out.status.success(),
        "{}{}",
        text(&out.stdout),
        text(&out.stderr)
    );
    let wanted: BTreeSet<&String> = f
        .signed
        .iter()
        .filter(|(_, (n, day, _))| {
            ["FR", "PL", "GR"].contains(&n.as_str())
                && [from, until].iter().any(|d| *day == d.to_string())
        })
        .map(|(id, _)| id)
        .collect();
    assert!(!wanted.is_empty());
    let mut got = BTreeSet::new();
    for entry in std::fs::read_dir(f.path("csv")).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if name == "export-report.json" {
            continue;
        }
        assert!(
            ["fr.csv", "pl.csv", "gr.csv"].contains(&name.as_str()),
            "{name}"
        );
        let mut reader = csv::Reader::from_path(&path).unwrap();
        let header: Vec<String> = reader
            .headers()
            .unwrap()
            .iter()
            .map(str::to_owned)
            .collect();
        assert_eq!(
            &header[..3],
            ["signatureIdentifier", "submissionDate", "annexRevision"]
        );
        for record in reader.records() {
            let record = record.unwrap();
            let id = record[0].to_owned();
            let (_, day, expected) = &f.signed[&id];
            assert_eq!(&record[1], day);
            for (column, value) in header.iter().zip(record.iter()).skip(3) {
                assert_eq!(
                    expected.get(column).map(String::as_str).unwrap_or(""),
                    value,
                    "{id} {column}"
                );
            }
            assert!(got.insert(id));
        }
    }
    let got: BTreeSet<&String> = f.signed.keys().filter(|id| got.contains(*id)).collect();
    assert_eq!(got, wanted);
}

#[test]
fn a_row_that_does_not_open_is_reported_by_shard_and_row() {
    // Statement 3 (FR) is stored under the clear nationality BE: its envelope's AAD disagrees.
    let f = fixture(Some(3));
    let out = f.export("bundle", "handover", &[]);
    assert!(!out.status.success());
    let stdout = text(&out.stdout);
    let bundle = Bundle::open(&f.path("bundle")).unwrap();
    let bad = (0..SHARDS)
        .flat_map(|s| bundle.read_shard(s).unwrap())
        .find(|r| r.nationality == "BE" && f.signed[&r.id.to_string()].0 == "FR")
        .unwrap();
    let line = format!(
        "FAILED: shard {}, row {}, statement {}",
        bad.shard, bad.seq, bad.id
    );
    assert!(stdout.contains(&line), "{stdout}");
    assert!(text(&out.stderr).contains("1 row could not be exported"));
    let report: serde_json::Value = serde_json::from_slice(
        &std::fs::read(f.path("handover").join("export-report.json")).unwrap(),
    )
    .unwrap();
    assert_eq!(report["failures"][0]["seq"], bad.seq);
    // Everything else was exported.
    let exported: u64 = report["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["statements"].as_u64().unwrap())
        .sum();
    assert_eq!(exported, f.signed.len() as u64 - 1);
    let _ = &f.key;
}

#[test]
fn a_bundle_with_integrity_faults_is_not_exported_unless_asked() {
    let f = fixture(None);
    let bundle = f.path("bundle");
    let shard = bundle.join("shard-0001.jsonl");
    let content = std::fs::read_to_string(&shard).unwrap();
    // Alter one row's submission time: its chain breaks.
    let altered = content.replacen("T12:00:00Z", "T12:00:01Z", 1);
    assert_ne!(altered, content);
    std::fs::write(&shard, altered).unwrap();
    let out = f.export("bundle", "handover", &[]);
    assert!(!out.status.success());
    assert!(
        text(&out.stderr).contains("hash does not chain"),
        "{}",
        text(&out.stderr)
    );
    // Refused after the one pass that decrypts and checks: no file, not even the folder, stays.
    assert!(!f.path("handover").exists());
    // `ocs stats` finds the fault whether it decrypts (the check rides along) or not.
    for with_key in [false, true] {
        let mut args = vec!["stats".to_owned(), f.arg("bundle"), "--json".to_owned()];
        if with_key {
            args.extend([
                "--key".to_owned(),
                f.arg("organiser.key"),
                "--passphrase-file".to_owned(),
                f.arg("pass"),
            ]);
        }
        let out = Command::new(env!("CARGO_BIN_EXE_ocs"))
            .args(&args)
            .output()
            .unwrap();
        // With the key, the altered row also fails to open, which makes the exit status 1.
        assert_eq!(out.status.success(), !with_key, "{}", text(&out.stderr));
        let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(json["integrity"], "FAULTY", "with the key: {with_key}");
    }
    let forced = f.export("bundle", "handover", &["--ignore-faults"]);
    // The altered row no longer matches its envelope: reported, the rest exported.
    assert!(!forced.status.success());
    assert!(
        text(&forced.stdout).contains("FAILED: shard 1, row 1"),
        "{}",
        text(&forced.stdout)
    );
}

#[test]
fn stats_count_against_thresholds_and_list_near_duplicates_after_decryption() {
    // The first DE signatory again, names swapped between the fields: another dedupe token, so
    // the collector took it; only decryption shows the likeness.
    let de = with(&part_a("DE"), "family_names", Some("O'Brien-Zoë A"));
    let swapped = with(
        &with(&de, "full_first_names", Some("O'Brien-Zoë A")),
        "family_names",
        Some("Anna Maria"),
    );
    let f = fixture_with(None, &[swapped]);
    let stats = |extra: &[&str]| {
        let mut args = vec!["stats".to_owned(), f.arg("bundle")];
        args.extend(extra.iter().map(|s| s.to_string()));
        Command::new(env!("CARGO_BIN_EXE_ocs"))
            .args(&args)
            .output()
            .unwrap()
    };
    let table = stats(&[]);
    assert!(table.status.success(), "{}", text(&table.stderr));
    let table = text(&table.stdout);
    assert!(
        table.contains("total 28 of 1000000 needed; 0 member states over threshold of 7 needed"),
        "{table}"
    );
    // Registered 2026-03-02: the table for initiatives registered from 16 July 2024 (×720).
    assert!(
        table.contains("DE  Germany") && table.contains("69120"),
        "{table}"
    );

    let key_args = [
        "--key",
        &f.arg("organiser.key"),
        "--passphrase-file",
        &f.arg("pass"),
        "--json",
    ];
    let out = stats(&key_args);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["integrity"], "clean");
    assert_eq!(json["progress"]["total"], 28);
    assert_eq!(json["progress"]["successful"], false);
    let de_progress = json["progress"]["states"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["code"] == "DE")
        .unwrap();
    assert_eq!(de_progress["count"], 2);
    assert_eq!(de_progress["threshold"], 69120);
    let groups = json["duplicates"].as_array().unwrap();
    assert_eq!(groups.len(), 1, "{groups:?}");
    assert_eq!(groups[0]["likeness"], "SameNameWords");
    assert_eq!(groups[0]["exact"], false);
    let ids: BTreeSet<String> = groups[0]["statements"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap().to_owned())
        .collect();
    let de_ids: BTreeSet<String> = f
        .signed
        .iter()
        .filter(|(_, (n, _, _))| n == "DE")
        .map(|(id, _)| id.clone())
        .collect();
    assert_eq!(ids, de_ids);
}

#[test]
fn erase_local_destroys_files_and_prints_a_destruction_record() {
    let f = fixture(None);
    let out = f.export("bundle", "handover", &[]);
    assert!(out.status.success());
    let fr = std::fs::read(f.path("handover").join("fr.xml")).unwrap();
    let fr_sha = {
        use sha2::Digest;
        hex::encode(sha2::Sha256::digest(&fr))
    };
    let erase = |extra: &[&str]| {
        let mut args = vec!["erase".to_owned(), "local".to_owned()];
        args.extend(extra.iter().map(|s| s.to_string()));
        Command::new(env!("CARGO_BIN_EXE_ocs"))
            .args(&args)
            .stdin(std::process::Stdio::null())
            .output()
            .unwrap()
    };
    // Without a terminal to confirm on, nothing happens unless --yes.
    let refused = erase(&[&f.arg("handover")]);
    assert!(!refused.status.success());
    assert!(
        text(&refused.stderr).contains("--yes"),
        "{}",
        text(&refused.stderr)
    );
    assert!(f.path("handover").join("fr.xml").exists());

    let record = f.path("record.json");
    let out = erase(&[
        "--yes",
        "--record",
        &record.display().to_string(),
        &f.arg("handover"),
        &f.arg("bundle"),
        &f.arg("organiser.key"),
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    for gone in ["handover", "bundle", "organiser.key"] {
        assert!(!f.path(gone).exists(), "{gone} still exists");
    }
    assert_eq!(mode(&record), 0o600);
    let doc: serde_json::Value = serde_json::from_slice(&std::fs::read(&record).unwrap()).unwrap();
    assert_eq!(doc["format"], "ocs-destruction-record");
    let files = doc["files"].as_array().unwrap();
    // 27 hand-over files, the report, the manifest, 3 shards, the key.
    assert_eq!(files.len(), 27 + 1 + 1 + SHARDS as usize + 1, "{files:?}");
    let fr_entry = files
        .iter()
        .find(|e| e["path"].as_str().unwrap().ends_with("handover/fr.xml"))
        .unwrap();
    assert_eq!(fr_entry["sha256"], fr_sha);
    assert_eq!(fr_entry["bytes"], fr.len());
    // The record on stdout is the same document.
    let printed: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(printed, doc);
    // What the record must say: absolute paths, the initiative, the host, the tool, the outcome.
    assert!(fr_entry["path"].as_str().unwrap().starts_with('/'));
    assert_eq!(
        doc["initiatives"],
        serde_json::json!([common::initiative().id])
    );
    assert!(doc["host"].as_str().is_some_and(|h| !h.is_empty()));
    assert!(doc["tool"].as_str().unwrap().starts_with("ocs "));
    assert_eq!(doc["status"], "destroyed");
    assert!(doc["started_at"].is_string() && doc["completed_at"].is_string());
}

/// An existing record file stops everything before anything is destroyed; so does a record
/// that would be destroyed with the files.
#[test]
fn erase_local_with_an_existing_record_file_destroys_nothing() {
    let f = fixture(None);
    std::fs::write(f.path("record.json"), "an earlier record\n").unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_ocs"))
        .args([
            "erase",
            "local",
            "--yes",
            "--record",
            &f.arg("record.json"),
            &f.arg("bundle"),
            &f.arg("organiser.key"),
        ])
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(
        text(&out.stderr).contains("already exists")
            && text(&out.stderr).contains("nothing was destroyed"),
        "{}",
        text(&out.stderr)
    );
    assert!(f.path("bundle").join("bundle.json").exists() && f.path("organiser.key").exists());
    assert_eq!(
        std::fs::read_to_string(f.path("record.json")).unwrap(),
        "an earlier record\n"
    );
    let inside = f.path("bundle").join("record.json");
    let out = Command::new(env!("CARGO_BIN_EXE_ocs"))
        .args([
            "erase",
            "local",
            "--yes",
            "--record",
            inside.to_str().unwrap(),
            &f.arg("bundle"),
        ])
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(f.path("bundle").join("bundle.json").exists());
}

/// Plaintext goes only into a folder of the user's own that nobody else can write to, and into
/// files created new: an existing, shared or planted folder is refused before anything is
/// decrypted.
#[test]
fn exports_go_only_into_a_private_empty_folder() {
    use std::os::unix::fs::PermissionsExt;
    let f = fixture(None);
    let shared = f.path("shared");
    std::fs::create_dir(&shared).unwrap();
    std::fs::set_permissions(&shared, std::fs::Permissions::from_mode(0o777)).unwrap();
    let out = f.export("bundle", "shared", &[]);
    assert!(!out.status.success());
    assert!(
        text(&out.stderr).contains("can be written by other users"),
        "{}",
        text(&out.stderr)
    );
    assert_eq!(std::fs::read_dir(&shared).unwrap().count(), 0);
    // A symbolic link planted where a staged file will be written.
    let planted = f.path("planted");
    std::fs::create_dir(&planted).unwrap();
    std::os::unix::fs::symlink(f.path("elsewhere.xml"), planted.join("fr.xml.partial")).unwrap();
    let out = f.export("bundle", "planted", &[]);
    assert!(!out.status.success());
    assert!(
        text(&out.stderr).contains("not empty"),
        "{}",
        text(&out.stderr)
    );
    assert!(
        !f.path("elsewhere.xml").exists(),
        "nothing written through the link"
    );
    // The folder itself a link.
    let target = f.path("target-folder");
    std::fs::create_dir(&target).unwrap();
    std::os::unix::fs::symlink(&target, f.path("linked")).unwrap();
    let out = f.export("bundle", "linked", &[]);
    assert!(!out.status.success());
    assert!(
        text(&out.stderr).contains("not a folder"),
        "{}",
        text(&out.stderr)
    );
    assert_eq!(std::fs::read_dir(&target).unwrap().count(), 0);
}

/// A key file of another key than the collector's: every row says so once with both key ids,
/// the terminal shows at most 20 of them, and one explanation names the way out.
#[test]
fn another_key_names_both_key_ids_and_the_way_out() {
    let f = fixture(None);
    let other = SecretKey::generate(Suite::X25519).unwrap();
    let file = keyfile::encrypt_key(
        &other,
        &SecretString::from(PASSPHRASE.to_owned()),
        "2026-11-22T12:00:00Z",
        Some(10),
    )
    .unwrap();
    std::fs::remove_file(f.path("organiser.key")).unwrap();
    keyfile::write_private_file(&f.path("organiser.key"), &file).unwrap();
    let out = f.export("bundle", "handover", &[]);
    assert!(!out.status.success());
    let stdout = text(&out.stdout);
    let stderr = text(&out.stderr);
    let ours = hex::encode(f.key.public_key().unwrap().key_id());
    let theirs = hex::encode(other.key_id().unwrap());
    assert!(
        stdout.contains(&format!("key id {ours}; this key's id is {theirs}")),
        "{stdout}"
    );
    assert_eq!(stdout.matches("FAILED:").count(), 20, "{stdout}");
    assert!(
        stdout.contains(&format!("… and {} more", f.signed.len() - 20)),
        "{stdout}"
    );
    assert!(
        stderr.contains(&format!(
            "{} row(s) were sealed to the key with id {ours}",
            f.signed.len()
        )) && stderr.contains("scripts/dev --public-key"),
        "{stderr}"
    );
}
