//! Any ruleset at deploy (docs/ruleset.md): a collector built with the national-petition example
//! (`OCS_RULESET=crates/core/data/example-national-petition.json`) asks that petition's fields,
//! refuses what it does not cover, and its statements are pulled and exported with `ocs --ruleset`
//! reading the same file; `ocs` refuses to read them under the ECI's ruleset.
#![cfg(feature = "e2e")]

mod support;

use std::fs;
use std::path::Path;

use support::*;

const EXAMPLE: &str = "crates/core/data/example-national-petition.json";

/// A valid EMŠO (Slovenian personal number: DDMMYYY, region, serial, mod-11 check digit) for
/// someone born on 8 May 1945, with serial number `serial`; `None` where no check digit exists.
fn emso(serial: u32) -> Option<String> {
    let head = format!("080594550{:03}", serial % 1000);
    let digits: Vec<u32> = head.chars().filter_map(|c| c.to_digit(10)).collect();
    let weights = [7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
    let sum: u32 = digits.iter().zip(weights).map(|(d, w)| d * w).sum();
    match 11 - sum % 11 {
        10 => None,
        11 => Some(format!("{head}0")),
        k => Some(format!("{head}{k}")),
    }
}

#[test]
fn a_collector_built_with_another_ruleset_signs_pulls_and_exports_under_it() {
    let build = root().join("target/e2e-petition-build");
    worker_build(Some(&build), Some(&root().join(EXAMPLE)), &[]);
    let mut vars = vars(-10, 150, -20);
    vars.retain(|(k, _)| *k != "INITIATIVE_ID");
    vars.push(("INITIATIVE_ID", "SI-PETITION-2026-1".into()));
    let mut instance = Instance::new("petition", vars);
    instance.build = Some(build);
    let w = start(instance);

    // The form asks the petition's fields, and only for its one state.
    let form = w.get("/en/sign?nationality=SI");
    assert_eq!(form.status, 200);
    assert!(form.body.contains("name=\"city\"") && !form.body.contains("name=\"street\""));
    assert_eq!(
        w.get("/en/sign?nationality=DE").status,
        404,
        "DE is not in this ruleset"
    );
    let ruleset = w.get("/api/v1/ruleset").json();
    assert_eq!(ruleset["id"], "example-national-petition");

    let numbers: Vec<String> = (0..60).filter_map(emso).take(3).collect();
    let mut ids = Vec::new();
    for (i, number) in numbers.iter().enumerate() {
        let pairs = vec![
            ("nationality", "SI".to_owned()),
            ("full_first_names", "Ana".to_owned()),
            (
                "family_names",
                format!("Novak {}", ocs_testkit::letters(i as u64)),
            ),
            ("city", "Ljubljana".to_owned()),
            ("id_number", number.clone()),
            ("declaration", "on".to_owned()),
        ];
        let r = w.sign_json(&format!("10.79.0.{}", i + 1), &pairs, "pass");
        assert_eq!(r.status, 201, "{}", r.body);
        ids.push(r.json()["id"].as_str().expect("id").to_owned());
    }
    let german = ocs_testkit::part_a("DE");
    assert_eq!(w.sign_json("10.79.1.1", &german, "pass").status, 422);

    let dir = setup().dir.join("petition-files");
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).expect("dir");
    let path = |p: &Path| p.to_str().expect("utf-8 path").to_owned();
    let bundle = dir.join("bundle");
    let (ok, out) = ocs(&["pull", "--url", &w.base, &path(&bundle)]);
    assert!(ok, "{out}");
    let (key, pass) = key_file(&dir);
    let export = |out_dir: &Path, ruleset: Option<&str>, nationality: Option<&str>| {
        let mut args = vec![
            "export".to_owned(),
            path(&bundle),
            "--key".into(),
            path(&key),
            "--passphrase-file".into(),
            path(&pass),
            "--out".into(),
            path(out_dir),
        ];
        if let Some(file) = ruleset {
            args.extend(["--ruleset".to_owned(), file.to_owned()]);
        }
        if let Some(code) = nationality {
            args.extend(["--nationality".to_owned(), code.to_owned()]);
        }
        let refs: Vec<&str> = args.iter().map(String::as_str).collect();
        ocs(&refs)
    };
    // Under the built-in ECI ruleset the bundle is refused, before anything is decrypted.
    let (ok, out) = export(&dir.join("wrong"), None, None);
    assert!(!ok && out.contains("another ruleset"), "{out}");
    assert!(!dir.join("wrong").join("si.xml").exists());
    let example = path(&root().join(EXAMPLE));
    // The nationality filter is checked against the petition's ruleset, not the ECI one.
    let (ok, out) = export(&dir.join("france"), Some(&example), Some("FR"));
    assert!(!ok && out.contains("collects no such state"), "{out}");
    let (ok, out) = export(&dir.join("handover"), Some(&example), Some("si"));
    assert!(ok, "{out}");
    let xml = fs::read_to_string(dir.join("handover").join("si.xml")).expect("si.xml");
    let doc = roxmltree::Document::parse(&xml).expect("well-formed");
    let signatures: Vec<_> = doc
        .descendants()
        .filter(|n| n.has_tag_name("signature"))
        .collect();
    assert_eq!(signatures.len(), 3);
    for id in &ids {
        assert!(xml.contains(id.as_str()), "{id} handed over");
    }
    for number in &numbers {
        assert!(xml.contains(number.as_str()));
    }
    assert!(xml.contains("municipality") && xml.contains("Ljubljana"));
    assert!(xml.contains("SI-PETITION-2026-1"));

    // A later plain deploy (the ECI's ruleset, the default) on the same collection: refused at
    // its first signature, naming the setting, instead of collecting under another ruleset.
    let state = w.state_dir.clone();
    w.stop(false);
    let mut again = support::vars(-10, 150, -20);
    again.retain(|(k, _)| *k != "INITIATIVE_ID");
    again.push(("INITIATIVE_ID", "SI-PETITION-2026-1".into()));
    let mut redeployed = Instance::new("petition-redeployed-as-eci", again);
    redeployed.state = Some(state);
    let w = start(redeployed);
    let r = w.sign_json("10.79.2.1", &ocs_testkit::part_a("DE"), "pass");
    assert_eq!(
        (r.status, r.json()["setting"].as_str()),
        (503, Some("OCS_RULESET")),
        "{}",
        r.body
    );
    assert!(
        r.json()["problem"]
            .as_str()
            .unwrap_or_default()
            .contains("began with example-national-petition"),
        "{}",
        r.body
    );
    w.stop(false);
}
