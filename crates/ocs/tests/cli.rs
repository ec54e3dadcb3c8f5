//! The `ocs` binary: keygen, key public, key export-raw; and an independent decryptor (Python,
//! written from docs/envelope.md) opening what the library sealed, with the exported raw key.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use age::secrecy::SecretString;
use ocs::keyfile::read_key_file;
use ocs_core::envelope::{open, seal, Binding, Purpose};
use ocs_core::{PublicKey, StatementId};

const PASSPHRASE: &str = "correct horse battery staple";

fn ocs(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_ocs"))
        .args(args)
        .stdin(Stdio::null())
        .output()
        .expect("run ocs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

struct Fixture {
    dir: tempfile::TempDir,
}

impl Fixture {
    fn new() -> Self {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("pass"), format!("{PASSPHRASE}\n")).unwrap();
        std::fs::write(dir.path().join("wrong"), "not the passphrase at all\n").unwrap();
        Fixture { dir }
    }
    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }
    fn arg(&self, name: &str) -> String {
        self.path(name).display().to_string()
    }
    /// Runs `ocs keygen`, returning the printed public key.
    fn keygen(&self, name: &str, suite: &str) -> String {
        let out = ocs(&[
            "keygen",
            "--suite",
            suite,
            "-o",
            &self.arg(name),
            "--passphrase-file",
            &self.arg("pass"),
        ]);
        assert!(out.status.success(), "keygen: {}", text(&out.stderr));
        text(&out.stdout).trim().to_owned()
    }
}

#[test]
fn keygen_then_key_public_round_trips() {
    let f = Fixture::new();
    for suite in ["x25519", "xwing"] {
        let name = format!("{suite}.key");
        let public = f.keygen(&name, suite);
        assert!(public.starts_with(&format!("ocs-{suite}-pk1")), "{public}");
        assert!(PublicKey::parse(&public).is_ok());
        let out = ocs(&[
            "key",
            "public",
            &f.arg(&name),
            "--passphrase-file",
            &f.arg("pass"),
        ]);
        assert!(out.status.success(), "{}", text(&out.stderr));
        assert_eq!(text(&out.stdout).trim(), public);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(f.path(&name))
                .unwrap()
                .permissions()
                .mode()
                & 0o777;
            assert_eq!(mode, 0o600);
        }
    }
}

#[test]
fn wrong_passphrase_is_a_clear_error() {
    let f = Fixture::new();
    f.keygen("org.key", "x25519");
    let out = ocs(&[
        "key",
        "public",
        &f.arg("org.key"),
        "--passphrase-file",
        &f.arg("wrong"),
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        text(&out.stderr).trim(),
        "error: wrong passphrase for this key file\n  what to do: type the passphrase again, or check the first line of --passphrase-file"
    );
    assert!(out.stdout.is_empty());
}

#[test]
fn refuses_to_overwrite_and_to_prompt_without_a_terminal() {
    let f = Fixture::new();
    f.keygen("org.key", "x25519");
    let before = std::fs::read(f.path("org.key")).unwrap();
    let out = ocs(&[
        "keygen",
        "-o",
        &f.arg("org.key"),
        "--passphrase-file",
        &f.arg("pass"),
    ]);
    assert!(!out.status.success());
    assert!(
        text(&out.stderr).contains("refusing to overwrite"),
        "{}",
        text(&out.stderr)
    );
    assert_eq!(std::fs::read(f.path("org.key")).unwrap(), before);

    let out = ocs(&["keygen", "-o", &f.arg("new.key")]);
    assert!(!out.status.success());
    assert!(
        text(&out.stderr).contains("--passphrase-file"),
        "{}",
        text(&out.stderr)
    );
    assert!(!f.path("new.key").exists());

    std::fs::write(f.path("short"), "tiny\n").unwrap();
    let out = ocs(&[
        "keygen",
        "-o",
        &f.arg("weak.key"),
        "--passphrase-file",
        &f.arg("short"),
    ]);
    assert!(
        text(&out.stderr).contains("at least 12 characters"),
        "{}",
        text(&out.stderr)
    );
    assert!(!f.path("weak.key").exists());
}

#[test]
fn help_teaches() {
    let out = ocs(&["--help"]);
    let help = text(&out.stdout);
    assert!(help.contains("keygen") && help.contains("key"), "{help}");
    let out = ocs(&["keygen", "--help"]);
    let help = text(&out.stdout);
    assert!(
        help.contains("--suite") && help.contains("xwing") && help.contains("ORGANISER_PUBLIC_KEY"),
        "{help}"
    );
}

fn binding(id: StatementId, nationality: &str) -> Binding<'_> {
    Binding {
        purpose: Purpose::Statement,
        statement_id: id,
        initiative: "ECI(2026)000001",
        nationality,
    }
}

#[test]
fn an_envelope_opens_with_its_key_file_and_no_other() {
    let f = Fixture::new();
    for suite in ["x25519", "xwing"] {
        let public = PublicKey::parse(&f.keygen(&format!("{suite}.key"), suite)).unwrap();
        let other = format!("{suite}-other.key");
        f.keygen(&other, suite);
        let id = StatementId::generate().unwrap();
        let env = seal(&public, &binding(id, "FR"), b"{\"v\":1}").unwrap();
        let pass = SecretString::from(PASSPHRASE.to_owned());
        let key = read_key_file(&f.path(&format!("{suite}.key")), &pass).unwrap();
        assert_eq!(
            open(&key, &binding(id, "FR"), &env).unwrap().as_slice(),
            b"{\"v\":1}"
        );
        let wrong = read_key_file(&f.path(&other), &pass).unwrap();
        assert!(open(&wrong, &binding(id, "FR"), &env).is_err());
    }
}

fn python() -> &'static str {
    "python3"
}

fn run_python_decryptor(script: &Path, request: &serde_json::Value) -> Vec<serde_json::Value> {
    let mut child = Command::new(python())
        .arg(script)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("python3 is installed by scripts/test");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(request.to_string().as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "python decryptor: {}",
        text(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

/// Needs Python's `cryptography` package (scripts/test installs it and turns the feature on).
#[cfg(feature = "interop")]
#[test]
fn an_independent_rfc9180_implementation_opens_envelopes_with_the_exported_raw_key() {
    let f = Fixture::new();
    let public = PublicKey::parse(&f.keygen("org.key", "x25519")).unwrap();
    let out = ocs(&[
        "key",
        "export-raw",
        &f.arg("org.key"),
        "--passphrase-file",
        &f.arg("pass"),
    ]);
    assert!(out.status.success());
    assert!(
        text(&out.stderr).contains("WARNING"),
        "the raw key is printed only after a warning"
    );
    let raw_hex = text(&out.stdout).trim().to_owned();
    assert_eq!(raw_hex.len(), 64);

    let initiatives = ["ECI(2026)000001", "Initiative «Ünïcödé» ✓"];
    let mut envelopes = Vec::new();
    let mut expected = Vec::new();
    for (n, nationality) in ["DE", "PL", "GR"].iter().enumerate() {
        let id = StatementId::generate().unwrap();
        let initiative = initiatives[n % 2];
        let plaintext = format!(r#"{{"fields":{{"family_names":"Ελένη {n}"}},"v":1}}"#);
        let b = Binding {
            purpose: Purpose::Statement,
            statement_id: id,
            initiative,
            nationality,
        };
        let env = seal(&public, &b, plaintext.as_bytes()).unwrap();
        let item = |env: &[u8], purpose: &str, nat: &str| {
            serde_json::json!({
                "envelope_hex": hex::encode(env), "purpose": purpose, "statement_id": id.to_string(),
                "initiative": initiative, "nationality": nat,
            })
        };
        envelopes.push(item(&env, "statement", nationality));
        expected.push(Some(plaintext));
        // The same envelope presented for another nationality, as a contact, or altered: refused.
        envelopes.push(item(&env, "statement", "AT"));
        expected.push(None);
        envelopes.push(item(&env, "contact", nationality));
        expected.push(None);
        let mut altered = env.clone();
        *altered.last_mut().unwrap() ^= 1;
        envelopes.push(item(&altered, "statement", nationality));
        expected.push(None);
    }
    let script = ocs_testkit::python_decryptor();
    let results = run_python_decryptor(
        &script,
        &serde_json::json!({ "secret_key_hex": raw_hex, "envelopes": envelopes }),
    );
    assert_eq!(results.len(), expected.len());
    for (i, (result, expected)) in results.iter().zip(&expected).enumerate() {
        match expected {
            Some(plaintext) => assert_eq!(
                result["plaintext"].as_str(),
                Some(plaintext.as_str()),
                "envelope {i}: {result}"
            ),
            None => assert!(
                result.get("error").is_some(),
                "envelope {i} should not open: {result}"
            ),
        }
    }
}

/// The other direction: envelopes sealed by the independent implementation (each with its own
/// ephemeral key) open with the organiser's key file through the library's opening KEM, which
/// keeps the receiver's public key rather than deriving it per envelope (src/receiver.rs), and
/// stay shut under any other binding.
#[cfg(feature = "interop")]
#[test]
fn envelopes_sealed_by_an_independent_rfc9180_implementation_open() {
    let f = Fixture::new();
    let public = PublicKey::parse(&f.keygen("org.key", "x25519")).unwrap();
    let secret = read_key_file(
        &f.path("org.key"),
        &SecretString::from(PASSPHRASE.to_owned()),
    )
    .unwrap();
    let statements: Vec<(StatementId, &str, &str, String)> = ["DE", "PL", "GR", "IE"]
        .iter()
        .enumerate()
        .map(|(n, nationality)| {
            let initiative = ["ECI(2026)000001", "Initiative «Ünïcödé» ✓"][n % 2];
            let plaintext = format!(r#"{{"fields":{{"family_names":"Ελένη {n}"}},"v":1}}"#);
            (
                StatementId::generate().unwrap(),
                initiative,
                *nationality,
                plaintext,
            )
        })
        .collect();
    let request = serde_json::json!({
        "seal_to_public_key_hex": hex::encode(public.as_bytes()),
        "statements": statements.iter().map(|(id, initiative, nationality, plaintext)| serde_json::json!({
            "plaintext": plaintext, "purpose": "statement", "statement_id": id.to_string(),
            "initiative": initiative, "nationality": nationality,
        })).collect::<Vec<_>>(),
    });
    let sealed = run_python_decryptor(&ocs_testkit::python_decryptor(), &request);
    assert_eq!(sealed.len(), statements.len());
    for (envelope, (id, initiative, nationality, plaintext)) in sealed.iter().zip(&statements) {
        let envelope = hex::decode(envelope.as_str().unwrap()).unwrap();
        let binding = |purpose, nationality| Binding {
            purpose,
            statement_id: *id,
            initiative,
            nationality,
        };
        let opened = open(
            &secret,
            &binding(Purpose::Statement, nationality),
            &envelope,
        )
        .unwrap();
        assert_eq!(opened.as_slice(), plaintext.as_bytes());
        assert!(open(&secret, &binding(Purpose::Contact, nationality), &envelope).is_err());
        assert!(open(&secret, &binding(Purpose::Statement, "AT"), &envelope).is_err());
    }
}

/// docs/keys.md: below its two clear comment lines, the key file is a standard age file, so
/// `sed '/^#/d' organiser.key | age -d` opens it with the passphrase and the organiser is never
/// locked into this tool. Run with the reference implementation (Go, Debian's `age`, which reads
/// passphrases only from a terminal: driven through a pty), on the file as the docs say.
#[cfg(feature = "interop")]
#[test]
fn the_reference_age_implementation_opens_the_key_file() {
    let f = Fixture::new();
    for suite in ["x25519", "xwing"] {
        let name = format!("{suite}.key");
        let public = PublicKey::parse(&f.keygen(&name, suite)).unwrap();
        // What `sed '/^#/d'` leaves: the armour.
        let file = std::fs::read_to_string(f.path(&name)).unwrap();
        let armour: String = file
            .lines()
            .filter(|l| !l.starts_with('#'))
            .map(|l| format!("{l}\n"))
            .collect();
        assert!(armour.starts_with("-----BEGIN AGE ENCRYPTED FILE-----"));
        let name = format!("{suite}.age");
        std::fs::write(f.path(&name), armour).unwrap();
        let opened = f.path(&format!("{suite}.opened"));
        let driver = r#"
import os, pty, sys, time
key, out, passphrase = sys.argv[1], sys.argv[2], sys.argv[3]
pid, fd = pty.fork()
if pid == 0:
    os.execvp("age", ["age", "--decrypt", "-o", out, key])
seen, deadline = b"", time.time() + 120
while b"passphrase" not in seen.lower() and time.time() < deadline:
    seen += os.read(fd, 1024)
os.write(fd, passphrase.encode() + b"\n")
while True:
    try:
        if not os.read(fd, 1024):
            break
    except OSError:
        break
sys.exit(os.waitpid(pid, 0)[1] >> 8)
"#;
        let out = Command::new(python())
            .args([
                "-c",
                driver,
                &f.arg(&name),
                &opened.display().to_string(),
                PASSPHRASE,
            ])
            .output()
            .expect("python3 and age run (scripts/test installs age)");
        assert!(
            out.status.success(),
            "age: {}{}",
            text(&out.stdout),
            text(&out.stderr)
        );
        let plaintext = std::fs::read_to_string(&opened).expect("age wrote the key");
        let line = plaintext
            .lines()
            .find(|l| l.starts_with("OCS-"))
            .expect("the secret key line");
        let secret = ocs_core::SecretKey::parse(line).unwrap();
        assert_eq!(secret.public_key().unwrap(), public, "{suite}");
    }
}
