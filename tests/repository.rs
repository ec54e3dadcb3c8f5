//! The repository as a checkout holds it: no symbolic links anywhere (a checkout on a file system
//! without them breaks them, and an assets walker may skip them), and the page catalogues the
//! worker serves are real files, copies of the one set translators edit, made by the build.

use std::path::PathBuf;
use std::process::Command;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn git_tracks_no_symbolic_link() {
    let out = Command::new("git")
        .args(["ls-files", "--stage"])
        .current_dir(root())
        .output();
    let Some(out) = out.ok().filter(|o| o.status.success()) else {
        eprintln!("not a git checkout: nothing to check");
        return;
    };
    let links: Vec<String> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter(|l| l.starts_with("120000 "))
        .map(str::to_owned)
        .collect();
    assert!(links.is_empty(), "symbolic links tracked: {links:?}");
}

#[test]
fn the_served_catalogues_are_real_copies_made_by_the_build() {
    // build.rs ran for this test's crate: static/locales/ holds what it copied.
    let sources = root().join("crates/core/locales");
    let mut copied = 0;
    for entry in std::fs::read_dir(&sources).expect("crates/core/locales") {
        let source = entry.expect("entry").path();
        if source.extension().and_then(|e| e.to_str()) != Some("ftl") {
            continue;
        }
        let served = root()
            .join("static/locales")
            .join(source.file_name().expect("name"));
        let meta = std::fs::symlink_metadata(&served)
            .unwrap_or_else(|e| panic!("{}: {e}", served.display()));
        assert!(
            meta.file_type().is_file(),
            "{} is not a regular file",
            served.display()
        );
        assert_eq!(
            std::fs::read(&served).expect("served"),
            std::fs::read(&source).expect("source"),
            "{} differs from its source",
            served.display()
        );
        copied += 1;
    }
    assert_eq!(copied, 24);
}

/// Every source file a doc may name a test in.
fn test_sources() -> String {
    let mut text = String::new();
    let mut stack = vec![
        root().join("tests"),
        root().join("src"),
        root().join("crates"),
    ];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if path
                .extension()
                .is_some_and(|e| e == "rs" || e == "mjs" || e == "py")
            {
                text.push_str(&std::fs::read_to_string(&path).unwrap_or_default());
            }
        }
    }
    text
}

/// What docs/certification.md and docs/security-tests.md name (in backticks) exists: each file
/// path, each test function or error code (`snake_case` of three words or more), and each
/// matrix case or catalogue message (`kebab-case` of two words or more). A renamed or deleted test fails
/// here, not in front of an authority reading the docs.
#[test]
fn the_tests_and_files_the_certification_docs_name_exist() {
    let sources = test_sources();
    let messages = std::fs::read_to_string(root().join("crates/core/locales/en.ftl"))
        .expect("the English catalogue");
    let is_path = |t: &str| {
        !t.starts_with("../")
            && !t.starts_with('/')
            && !t.contains("://")
            && !t.contains(['{', '<', ' '])
            && (t.ends_with('/')
                || [".rs", ".mjs", ".py", ".json", ".txt", ".md", ".toml"]
                    .iter()
                    .any(|e| t.ends_with(e)))
            && t.contains('/')
    };
    let is_test_name = |t: &str| {
        t.split('_').count() >= 3
            && t.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
    };
    let is_case = |t: &str| {
        t.split('-').count() >= 2
            && !t.starts_with('-')
            && !t.ends_with('-')
            && t.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
    };
    let mut missing = Vec::new();
    for page in ["docs/certification.md", "docs/security-tests.md"] {
        let text = std::fs::read_to_string(root().join(page)).expect(page);
        for token in text.split('`').skip(1).step_by(2) {
            let found = if is_path(token) {
                // From the root, or within a crate's sources (`pages/notice.rs`).
                root().join(token.trim_end_matches('/')).exists()
                    || [
                        "crates/core/src",
                        "crates/core/tests",
                        "crates/ocs/src",
                        "src",
                    ]
                    .iter()
                    .any(|base| root().join(base).join(token).exists())
            } else if is_test_name(token) {
                // A test function, or an error code the code sends.
                sources.contains(&format!("fn {token}("))
                    || sources.contains(&format!("\"{token}\""))
            } else if is_case(token) {
                // A matrix case, or a catalogue message.
                token == "wrong-document-xx"
                    || sources.contains(&format!("\"{token}\""))
                    || messages.contains(&format!("\n{token} ="))
                    || (token.starts_with("wrong-document-") && token.len() == 17)
            } else {
                continue;
            };
            if !found {
                missing.push(format!("{page}: `{token}`"));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "named but not found:\n{}",
        missing.join("\n")
    );
}

/// The organiser API's wire types and limits are defined once, in `ocs_core::api`: no struct,
/// enum or constant of that name is defined again in the worker, the CLI or the rest of the
/// core (the testkit's independent readers keep copies on purpose).
#[test]
fn the_organiser_api_is_defined_once() {
    let api = std::fs::read_to_string(root().join("crates/core/src/api.rs")).expect("api.rs");
    let names: Vec<&str> = api
        .lines()
        .filter_map(|l| {
            let l = l.trim_start();
            ["pub struct ", "pub enum ", "pub const "]
                .iter()
                .find_map(|p| l.strip_prefix(p))
        })
        .filter_map(|rest| rest.split([' ', ':', '{', '(', '<']).next())
        .collect();
    assert!(names.len() >= 7, "{names:?}");
    let mut stack = vec![
        root().join("src"),
        root().join("crates/ocs/src"),
        root().join("crates/core/src"),
    ];
    let mut again = Vec::new();
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            if path.ends_with("crates/core/src/api.rs")
                || path.extension().is_none_or(|e| e != "rs")
            {
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap_or_default();
            for name in &names {
                for kind in ["struct", "enum", "const"] {
                    for sep in [" ", ":", "{", "(", "<"] {
                        if text.contains(&format!("{kind} {name}{sep}")) {
                            again.push(format!("{}: {kind} {name}", path.display()));
                        }
                    }
                }
            }
        }
    }
    assert!(
        again.is_empty(),
        "defined again beside ocs_core::api:\n{}",
        again.join("\n")
    );
}
