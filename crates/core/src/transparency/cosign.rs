//! Witness cosignatures (C2SP tlog-cosignature, Ed25519 `cosignature/v1`): an independent party
//! that checked a checkpoint's consistency with everything it saw before adds its signature
//! line. A client that requires cosignatures from witnesses it trusts is safe from a log that
//! shows different histories to different people (a split view).

use base64::Engine as _;

use super::tree::LogError;

/// The signature type byte of a cosignature/v1 Ed25519 key.
const COSIGNATURE_V1: u8 = 0x04;

/// A witness's cosigning key.
pub struct WitnessKey {
    name: String,
    signing: ed25519_dalek::SigningKey,
}

impl std::fmt::Debug for WitnessKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "WitnessKey({}, <redacted>)", self.name)
    }
}

/// The key id: signed-note's, over the type byte and the public key.
fn key_id(name: &str, public: &[u8; 32]) -> [u8; 4] {
    let mut material = vec![COSIGNATURE_V1];
    material.extend_from_slice(public);
    signed_note::key_id(name, &material).to_be_bytes()
}

/// The note body a cosignature signs (the checkpoint without its signature lines).
fn body(note: &str) -> Result<&str, LogError> {
    note.find("\n\n")
        .and_then(|at| note.get(..=at))
        .ok_or_else(|| LogError::checkpoint("not a signed note", None))
}

fn message(body: &str, timestamp: u64) -> Vec<u8> {
    format!("cosignature/v1\ntime {timestamp}\n{body}").into_bytes()
}

impl WitnessKey {
    /// The key named `name` (a schema-less URL identifying the witness) from its seed.
    pub fn from_seed(name: &str, seed: &[u8; 32]) -> Result<WitnessKey, LogError> {
        if name.is_empty() || name.contains(|c: char| c.is_whitespace() || c == '+') {
            return Err(LogError::key(format!("{name:?} is not a key name"), None));
        }
        Ok(WitnessKey {
            name: name.to_owned(),
            signing: ed25519_dalek::SigningKey::from_bytes(seed),
        })
    }

    /// The public key, as a signed-note verifier key of type 0x04 (publish it).
    pub fn verifier_key(&self) -> String {
        let public = self.signing.verifying_key().to_bytes();
        let mut material = vec![COSIGNATURE_V1];
        material.extend_from_slice(&public);
        format!(
            "{}+{}+{}",
            self.name,
            hex::encode(key_id(&self.name, &public)),
            base64::engine::general_purpose::STANDARD.encode(material)
        )
    }

    /// The checkpoint `note` with this witness's cosignature (made at `timestamp`, POSIX
    /// seconds) added.
    pub fn cosign(&self, note: &str, timestamp: u64) -> Result<String, LogError> {
        use ed25519_dalek::Signer as _;
        let body = body(note)?;
        let signature = self.signing.sign(&message(body, timestamp));
        let mut blob = key_id(&self.name, &self.signing.verifying_key().to_bytes()).to_vec();
        blob.extend_from_slice(&timestamp.to_be_bytes());
        blob.extend_from_slice(&signature.to_bytes());
        let line = format!(
            "\u{2014} {} {}\n",
            self.name,
            base64::engine::general_purpose::STANDARD.encode(blob)
        );
        Ok(format!("{note}{line}"))
    }
}

/// The time of the cosignature by `witness_key` (a verifier key as [`WitnessKey::verifier_key`]
/// prints it) on `note`, if the note carries a valid one.
pub fn verify_cosignature(note: &str, witness_key: &str) -> Result<u64, LogError> {
    let bad = |why: &str| LogError::key(format!("witness key: {why}"), None);
    let mut parts = witness_key.trim().splitn(3, '+');
    let (name, id, material) = match (parts.next(), parts.next(), parts.next()) {
        (Some(n), Some(i), Some(m)) => (n, i, m),
        _ => return Err(bad("not name+id+key")),
    };
    let material = base64::engine::general_purpose::STANDARD
        .decode(material)
        .map_err(|_| bad("not base64"))?;
    let (kind, public) = material.split_first().ok_or_else(|| bad("empty"))?;
    let public: [u8; 32] = public.try_into().map_err(|_| bad("not 32 bytes"))?;
    if *kind != COSIGNATURE_V1 || hex::encode(key_id(name, &public)) != id {
        return Err(bad("not a cosignature/v1 key"));
    }
    let verifying =
        ed25519_dalek::VerifyingKey::from_bytes(&public).map_err(|_| bad("not a point"))?;
    let body = body(note)?;
    let prefix = format!("\u{2014} {name} ");
    for line in note.lines().filter_map(|l| l.strip_prefix(&prefix)) {
        let Ok(blob) = base64::engine::general_purpose::STANDARD.decode(line) else {
            continue;
        };
        if blob.len() != 4 + 8 + 64 || blob.get(..4) != Some(&key_id(name, &public)[..]) {
            continue;
        }
        let (Some(ts), Some(sig)) = (blob.get(4..12), blob.get(12..)) else {
            continue;
        };
        let timestamp = u64::from_be_bytes(ts.try_into().map_err(|_| bad("time"))?);
        let Ok(signature) = ed25519_dalek::Signature::from_slice(sig) else {
            continue;
        };
        if verifying
            .verify_strict(&message(body, timestamp), &signature)
            .is_ok()
        {
            return Ok(timestamp);
        }
    }
    Err(LogError::checkpoint(
        format!("no valid cosignature by {name}"),
        None,
    ))
}
